"""The words of the evaluation report, its spreadsheet, the paper form and the minutes' chapter,
in bokmål and English, with the numbers written the way each language writes them."""
from __future__ import annotations

from app.conference_file.schema import QuestionKind
from app.evaluation.gathered import Evaluation
from app.evaluation.questionnaire import Question
from app.evaluation.responses import PAPER
from app.evaluation.results import Results

WORDS: dict[str, dict[str, str]] = {
    "nb": {
        "evaluation": "Evaluering",
        "report": "Evalueringsrapport",
        "responses_of_present": "{n} svar av {present} til stede",
        "responses_only": "{n} svar",
        "rate": "{rate} har svart",
        "sources": "{phone} fra mobil, {paper} fra papir",
        "tile_responses": "Svar",
        "tile_present": "Til stede",
        "tile_rate": "Svarprosent",
        "tile_cards": "Åpne svar kodet",
        "tile_evaluation": "Svar på evalueringen",
        "questions": "Spørsmålene",
        "number": "Nr.",
        "question": "Spørsmål",
        "kind": "Type",
        "answered": "Svar",
        "mean": "Snitt",
        "kind_scale": "Skala 1–6",
        "kind_one": "Flervalg, én",
        "kind_many": "Flervalg, flere",
        "kind_open": "Åpent",
        "results": "Resultater",
        "overview": "Graderte spørsmål, snitt på skalaen 1–6",
        "n_answers": "{n} svar",
        "mean_of": "snitt {mean}",
        "no_answers": "Ingen har svart på dette spørsmålet.",
        "multiple_note": "Den enkelte kunne velge flere; prosent av dem som svarte.",
        "open_note": "Svarene er kodet i kategorier (se «{heading}»); de som ikke er kodet, står i vedlegget.",
        "open_note_coded": "Svarene er kodet i kategorier (se «{heading}»).",
        "open_note_none": "Svarene er ikke kodet i kategorier ennå; de står i vedlegget.",
        "categories": "Funn per kategori",
        "category": "Kategori",
        "category_n": "Kategori {n}",
        "finding": "Funn",
        "no_finding": "Ikke skrevet funn for denne kategorien ennå.",
        "cards": "Kort",
        "coded_cards": "{n} kort kodet",
        "coded_card_one": "1 kort kodet",
        "quotes_n": "{n} sitater",
        "quote_one": "1 sitat",
        "quotes": "Sitater",
        "not_coded": "Svarene er ikke kodet i kategorier ennå.",
        "appendix": "Vedlegg: Åpne svar som ikke er kodet",
        "appendix_short": "Vedlegg",
        "summary_cards_uncoded": "I tillegg er {n} avsnitt fra gruppereferatene på tavla uten kategori.",
        "made": "Laget {when} med Kvadrant",
        "page_note": "Spørsmål gradert fra 1 til 6: 1 er dårligst, 6 er best.",
        # The paper form.
        "paper_intro": "Svarene er anonyme: ikke skriv navnet ditt på skjemaet.",
        "paper_how": "Sett kryss i rutene og skriv tydelig. Hopp gjerne over spørsmål du ikke vil svare på.",
        "paper_scale": "Sett ett kryss.",
        "choose_one": "velg én",
        "choose_many": "velg én eller flere",
        "paper_thanks": "Takk for svarene! Lever skjemaet til arrangøren.",
        # The spreadsheet.
        "sheet_responses": "Svar",
        "sheet_cards": "Kort",
        "sheet_questions": "Spørsmål",
        "sheet_categories": "Kategorier",
        "response_no": "Svar nr.",
        "source": "Kilde",
        "phone": "mobil",
        "paper": "papir",
        "card_no": "Kort nr.",
        "text": "Tekst",
        "origin": "Fra",
        "card_kind": "Type",
        "card_answer": "Åpent svar",
        "card_summary": "Gruppereferat",
        "quote": "Sitat",
        "spread": "Fordeling",
        "yes": "ja",
        "no": "nei",
    },
    "en": {
        "evaluation": "Evaluation",
        "report": "Evaluation report",
        "responses_of_present": "{n} responses of {present} present",
        "responses_only": "{n} responses",
        "rate": "{rate} responded",
        "sources": "{phone} by phone, {paper} on paper",
        "tile_responses": "Responses",
        "tile_present": "Present",
        "tile_rate": "Response rate",
        "tile_cards": "Open answers coded",
        "tile_evaluation": "Evaluation responses",
        "questions": "The questions",
        "number": "No.",
        "question": "Question",
        "kind": "Kind",
        "answered": "Answers",
        "mean": "Mean",
        "kind_scale": "Scale 1–6",
        "kind_one": "Choice, one",
        "kind_many": "Choice, several",
        "kind_open": "Open",
        "results": "Results",
        "overview": "Graded questions, mean on the scale 1–6",
        "n_answers": "{n} answers",
        "mean_of": "mean {mean}",
        "no_answers": "Nobody has answered this question.",
        "multiple_note": "Each could choose several; percent of those who answered.",
        "open_note": "The answers are coded in categories (see “{heading}”); those not coded are in the appendix.",
        "open_note_coded": "The answers are coded in categories (see “{heading}”).",
        "open_note_none": "The answers have not been coded in categories yet; they are in the appendix.",
        "categories": "Findings by category",
        "category": "Category",
        "category_n": "Category {n}",
        "finding": "Finding",
        "no_finding": "No finding written for this category yet.",
        "cards": "Cards",
        "coded_cards": "{n} cards coded",
        "coded_card_one": "1 card coded",
        "quotes_n": "{n} quotes",
        "quote_one": "1 quote",
        "quotes": "Quotes",
        "not_coded": "The answers have not been coded in categories yet.",
        "appendix": "Appendix: Open answers not coded",
        "appendix_short": "Appendix",
        "summary_cards_uncoded": "Also, {n} paragraphs of the group summaries are on the board without a category.",
        "made": "Made {when} with Kvadrant",
        "page_note": "Questions graded from 1 to 6: 1 is worst, 6 is best.",
        "paper_intro": "Your answers are anonymous: do not write your name on the form.",
        "paper_how": "Tick the boxes and write clearly. Skip any question you do not want to answer.",
        "paper_scale": "Tick one box.",
        "choose_one": "choose one",
        "choose_many": "choose one or more",
        "paper_thanks": "Thank you! Hand the form to the organisers.",
        "sheet_responses": "Svar",
        "sheet_cards": "Kort",
        "sheet_questions": "Spørsmål",
        "sheet_categories": "Kategorier",
        "response_no": "Response no.",
        "source": "Source",
        "phone": "phone",
        "paper": "paper",
        "card_no": "Card no.",
        "text": "Text",
        "origin": "From",
        "card_kind": "Kind",
        "card_answer": "Open answer",
        "card_summary": "Group summary",
        "quote": "Quote",
        "spread": "Spread",
        "yes": "yes",
        "no": "no",
    },
}


def eval_words(lang: str) -> dict[str, str]:
    return WORDS.get(lang, WORDS["nb"])


def decimal(value: float, lang: str, places: int = 1) -> str:
    """4,6 in bokmål, 4.6 in English."""
    text = f"{value:.{places}f}"
    return text if lang == "en" else text.replace(".", ",")


def percent(part: int, whole: int, lang: str) -> str:
    """"14 %" in bokmål (with a no-break space), "14%" in English; whole numbers."""
    share = round(100 * part / whole) if whole else 0
    return f"{share}%" if lang == "en" else f"{share}\u00a0%"


def kind_label(question: Question, lang: str) -> str:
    w = eval_words(lang)
    if question.kind is QuestionKind.SCALE:
        return w["kind_scale"]
    if question.kind is QuestionKind.CHOICE:
        return w["kind_many"] if question.multiple else w["kind_one"]
    return w["kind_open"]


def turnout(results: Results, lang: str) -> str:
    """"63 svar av 97 til stede (65 %)", or only the count when nobody is checked in."""
    w = eval_words(lang)
    if results.present:
        line = w["responses_of_present"].format(n=results.responses, present=results.present)
        return f"{line} ({percent(results.responses, results.present, lang)})"
    return w["responses_only"].format(n=results.responses)


def turnout_line(evaluation: Evaluation, lang: str) -> str:
    """The turnout and where the responses came from: "63 svar av 97 til stede (65 %) · 50 fra
    mobil, 13 fra papir"."""
    paper = sum(1 for response in evaluation.responses if response.source == PAPER)
    sources = eval_words(lang)["sources"].format(phone=len(evaluation.responses) - paper, paper=paper)
    return f"{turnout(evaluation.results, lang)} · {sources}"


def quotes_count(n: int, lang: str) -> str:
    w = eval_words(lang)
    return w["quote_one"] if n == 1 else w["quotes_n"].format(n=n)


def coded_count(n: int, lang: str) -> str:
    w = eval_words(lang)
    return w["coded_card_one"] if n == 1 else w["coded_cards"].format(n=n)
