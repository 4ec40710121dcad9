"""The evaluation's printed side: the report PDF, the workbook, the paper form and the minutes'
evaluation chapter, read back (pypdf, openpyxl) and compared with what was answered and coded."""
from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from app.common.messages import KvadrantError
from app.conference_file.schema import QuestionKind
from app.conference_file.storage import ConferenceDb
from app.evaluation.coding import (
    board,
    ensure_categories,
    file_card,
    set_finding,
    set_quote,
)
from app.evaluation.gathered import gather_evaluation
from app.evaluation.questionnaire import Question, questions, set_open
from app.evaluation.responses import add_paper_response, submit_response
from app.evaluation.template import create_from_template
from app.minutes.evaluation_paper import write_paper_questionnaire
from app.minutes.exports import export_minutes
from app.minutes.pdf_support import PLACEHOLDER
from app.roster.demo import create_demo

pypdf = pytest.importorskip("pypdf")

NASTY = "Mer tid <b>&</b> færre innlegg 🎻 – ÆØÅ"
FORMULA = "=HYPERLINK(\"http://x\")"
QUOTE = "Veldig positivt å møte andre på samme nivå i de forskjellige kommunene."
FINDING = "Erfaringsdeling <på tvers> & i grupper gir mest."
UNCODED = "Dette svaret er ikke kodet ennå."
GRADES = (6, 5, 5, 4, 3, 5, 6, 2, 5, 4)


def _norm(text: str) -> str:
    return " ".join(text.split())


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(str(path)).pages]


def _text(path: Path) -> str:
    return _norm(" ".join(_pages(path)))


def _by_kind(asked: list[Question], kind: QuestionKind) -> list[Question]:
    return [q for q in asked if q.kind is kind]


def _answer(db: ConferenceDb, asked: list[Question], index: int) -> None:
    scales = _by_kind(asked, QuestionKind.SCALE)
    role, useful = _by_kind(asked, QuestionKind.CHOICE)
    expand, keep, change = _by_kind(asked, QuestionKind.OPEN)
    answers: dict[str, object] = {str(q.id): GRADES[index] for q in scales}
    answers[str(role.id)] = [role.choices[index % 2]]
    answers[str(useful.id)] = list(useful.choices[: 1 + index % 3])
    answers[str(expand.id)] = [QUOTE, NASTY, FORMULA, UNCODED][index % 4] if index < 4 else f"Svar nummer {index}"
    if index % 2:
        answers[str(keep.id)] = "Behold gruppene på tvers av kommuner."
    if index == 9:
        answers[str(change.id)] = "Kortere lunsj."
    if index == 0:
        add_paper_response(db, answers)
    else:
        submit_response(db, f"phone-{index:08d}", answers)


@pytest.fixture(scope="module")
def conference(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ConferenceDb]:
    """The demo conference with the template questionnaire, ten responses (one from paper) and
    the open answers coded: one quote, a finding with markup, one answer left uncoded."""
    db = create_demo(tmp_path_factory.mktemp("eval") / "x.kvadrant")
    create_from_template(db, "dialogkonferanse")
    set_open(db, True)
    asked = questions(db)
    for index in range(len(GRADES)):
        _answer(db, asked, index)
    ensure_categories(db)
    coding = board(db)
    first, second = coding.categories[0], coding.categories[1]
    for card in coding.cards:
        if card.text == UNCODED:
            continue
        file_card(db, card.id, first.id)
        if card.text == NASTY:
            file_card(db, card.id, second.id)
        if card.text in (QUOTE, NASTY):
            set_quote(db, card.id, True)
    set_finding(db, first.id, FINDING)
    yield db
    db.close()


@pytest.fixture(scope="module")
def report(conference: ConferenceDb, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    [path] = export_minutes(conference, "evaluation-pdf", tmp_path_factory.mktemp("pdf") / "evaluering.pdf")
    return path, _pages(path)


# --- the report --------------------------------------------------------------------------------


def test_report_opens_with_turnout_and_every_question_with_its_count(conference: ConferenceDb, report: tuple[Path, list[str]]) -> None:
    evaluation = gather_evaluation(conference)
    first = _norm(report[1][0])
    assert first.startswith("EVALUERINGSRAPPORT Dialogkonferanse 2 28. januar 2020 · Park Inn")
    assert "10 svar av 105 til stede (10 %) · 9 fra mobil, 1 fra papir" in first
    for number, result in enumerate(evaluation.results.questions, 1):
        assert f"{number}. {result.question.text}" in _norm(" ".join(report[1][:2]))
    assert re.search(r"9\. Hva var mest nyttig for deg i dag\? Velg én eller flere\. Flervalg, flere 10", first)
    assert re.search(r"12\. Hva bør vi endre til neste gang\? Åpent 1", first)


def test_a_chart_per_scale_and_choice_question_with_mean_and_counts(report: tuple[Path, list[str]]) -> None:
    results = _norm(" ".join(p for p in report[1] if "Resultater" in p))
    mean = sum(GRADES) / len(GRADES)  # 4.5
    assert results.count("snitt 4,5") >= 7 * 2  # under each heading and on each chart
    # Grade 5 was given four times of ten, grade 1 never; the end labels under the bars.
    assert "4 (40 %)" in results and "0 (0 %)" in results
    assert "Svært lite" in results and "Svært stort" in results
    assert f"{mean:.1f}".replace(".", ",") in results
    # The role question: the first two roles, five each; the others none.
    assert "Kulturskoleeier" in results and "5 (50 %)" in results
    assert "Den enkelte kunne velge flere; prosent av dem som svarte." in results


def test_charts_are_vector_graphics_not_images(report: tuple[Path, list[str]]) -> None:
    for page in pypdf.PdfReader(str(report[0])).pages:
        assert not list(page.images)


def test_each_category_with_finding_count_and_quotes(conference: ConferenceDb, report: tuple[Path, list[str]]) -> None:
    coding = board(conference)
    first = coding.categories[0]
    categories = _norm(" ".join(p for p in report[1] if "Funn per kategori" in p))
    coded = len(coding.in_category(first.id))
    assert f"Kategori 1: Forventninger {coded} kort kodet · 2 sitater" in categories
    assert f"FUNN: {FINDING}" in categories
    assert f"«{QUOTE}»" in categories
    assert "Kategori 2: Forankring 1 kort kodet · 1 sitat" in categories
    for category in coding.categories:
        assert category.name in categories
    assert "Ikke skrevet funn for denne kategorien ennå." in categories


def test_user_text_prints_as_typed(report: tuple[Path, list[str]]) -> None:
    text = _text(report[0])
    assert f"«{NASTY}»" in text  # the emoji too
    assert PLACEHOLDER not in text
    assert f"FUNN: {FINDING}" in text
    assert "&lt;" not in text and "&amp;" not in text


def test_uncoded_answers_are_in_the_appendix(report: tuple[Path, list[str]]) -> None:
    appendix = [p for p in report[1] if "Vedlegg: Åpne svar som ikke er kodet" in p]
    assert appendix
    text = _norm(" ".join(appendix))
    assert f"– {UNCODED}" in text
    assert "10. Utdyp gjerne svarene dine over" in text
    assert QUOTE not in text  # coded answers are not repeated there


def test_pages_are_numbered(report: tuple[Path, list[str]]) -> None:
    total = len(report[1])
    assert total >= 4
    for number, page in enumerate(report[1][1:], 2):
        assert f"Side {number} av {total}" in page
        assert "Dialogkonferanse 2 · Evaluering · 28. januar 2020" in page


def test_report_in_english(conference: ConferenceDb, tmp_path: Path) -> None:
    [path] = export_minutes(conference, "evaluation-pdf", tmp_path / "evaluation.pdf", lang="en")
    text = _text(path)
    assert "EVALUATION REPORT" in text and "28 January 2020" in text
    assert "10 responses of 105 present (10%) · 9 by phone, 1 on paper" in text
    assert "Findings by category" in text and "mean 4.5" in text and "Page 2 of" in text


def test_questions_without_responses_still_make_a_report(tmp_path: Path) -> None:
    db = create_demo(tmp_path / "tom.kvadrant")
    try:
        create_from_template(db, "dialogkonferanse")
        [path] = export_minutes(db, "evaluation-pdf", tmp_path / "tom.pdf")
    finally:
        db.close()
    text = _text(path)
    assert "0 svar av 105 til stede (0 %)" in text
    assert "Ingen har svart på dette spørsmålet." in text
    assert "Svarene er ikke kodet i kategorier ennå." in text


def test_an_empty_questionnaire_is_refused(tmp_path: Path) -> None:
    db = create_demo(tmp_path / "ingen.kvadrant")
    try:
        for fmt in ("evaluation-pdf", "evaluation-xlsx"):
            with pytest.raises(KvadrantError) as error:
                export_minutes(db, fmt, tmp_path / f"ut.{fmt}")
            assert error.value.message.code == "evaluation_empty"
        with pytest.raises(KvadrantError) as error:
            write_paper_questionnaire(gather_evaluation(db), tmp_path / "skjema.pdf")
        assert error.value.message.code == "evaluation_empty"
    finally:
        db.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ingen.kvadrant"]


# --- the workbook ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def workbook(conference: ConferenceDb, tmp_path_factory: pytest.TempPathFactory) -> Workbook:
    [path] = export_minutes(conference, "evaluation-xlsx", tmp_path_factory.mktemp("xlsx") / "evaluering.xlsx")
    return load_workbook(path)


def test_every_response_is_a_row(conference: ConferenceDb, workbook: Workbook) -> None:
    evaluation = gather_evaluation(conference)
    assert workbook.sheetnames == ["Svar", "Kort", "Spørsmål", "Kategorier"]
    sheet = workbook["Svar"]
    rows = list(sheet.iter_rows(values_only=True))
    head = rows[0]
    assert head[:2] == ("Svar nr.", "Kilde")
    assert head[2:] == tuple(f"{n}. {q.text}" for n, q in enumerate(evaluation.questions, 1))
    assert len(rows) == 1 + len(GRADES)
    useful = evaluation.questions[8]
    for index, row in enumerate(rows[1:]):
        assert row[0] == index + 1
        assert row[1] == ("papir" if index == 0 else "mobil")
        assert row[2:9] == (GRADES[index],) * 7
        assert row[10] == "; ".join(useful.choices[: 1 + index % 3])
    assert rows[2][11] == NASTY  # as typed, emoji and all


def test_text_that_looks_like_a_formula_stays_text(workbook: Workbook) -> None:
    cells = [cell for row in workbook["Svar"].iter_rows() for cell in row if cell.value == FORMULA]
    cells += [cell for row in workbook["Kort"].iter_rows() for cell in row if cell.value == FORMULA]
    assert len(cells) == 2
    for cell in cells:
        assert cell.data_type == "s" and cell.quotePrefix


def test_every_card_with_its_categories_and_quote(conference: ConferenceDb, workbook: Workbook) -> None:
    coding = board(conference)
    rows = list(workbook["Kort"].iter_rows(values_only=True))
    assert rows[0] == ("Kort nr.", "Tekst", "Fra", "Type", "Kategorier", "Sitat")
    assert len(rows) == 1 + len(coding.cards)
    by_text = {row[1]: row for row in rows[1:]}
    assert by_text[NASTY][4] == "Forventninger; Forankring" and by_text[NASTY][5] == "ja"
    assert by_text[UNCODED][4] is None and by_text[UNCODED][5] == "nei"
    assert by_text[QUOTE][2] == "Utdyp gjerne svarene dine over: hva var bra, og hva var mindre bra?"


def test_questions_sheet_counts_and_means(workbook: Workbook) -> None:
    rows = list(workbook["Spørsmål"].iter_rows(values_only=True))
    assert rows[0][:5] == ("Nr.", "Spørsmål", "Type", "Svar", "Snitt")
    first = rows[1]
    assert first[2:5] == ("Skala 1–6", 10, 4.5)
    assert first[5:11] == (0, 1, 1, 2, 4, 2)
    role = rows[8]
    assert role[3] == 10 and role[11].splitlines()[:2] == ["Kulturskoleeier: 5", "Kulturskoleleder: 5"]
    categories = list(workbook["Kategorier"].iter_rows(values_only=True))
    assert categories[1][:2] == ("Forventninger", FINDING)


# --- the paper form ----------------------------------------------------------------------------


def test_paper_questionnaire_has_every_question_on_one_page(conference: ConferenceDb, tmp_path: Path) -> None:
    evaluation = gather_evaluation(conference)
    path = write_paper_questionnaire(evaluation, tmp_path / "skjema.pdf")
    pages = [_norm(p) for p in _pages(path)]
    text = " ".join(pages)
    assert "Svarene er anonyme: ikke skriv navnet ditt på skjemaet." in pages[0]
    for number, question in enumerate(evaluation.questions, 1):
        page = next(p for p in pages if f"{number}. {question.text}" in p)
        if question.kind is QuestionKind.SCALE:
            assert f"{question.text} Sett ett kryss. 1 2 3 4 5 6 {question.low_label} {question.high_label}" in page
        elif question.kind is QuestionKind.CHOICE:
            hint = "velg én eller flere" if question.multiple else "velg én"
            assert f"{question.text} ({hint}) {' '.join(question.choices)}" in page
    assert "Takk for svarene!" in text and "Side 1 av" in pages[0]


def test_paper_questionnaire_in_english(conference: ConferenceDb, tmp_path: Path) -> None:
    path = write_paper_questionnaire(gather_evaluation(conference), tmp_path / "form.pdf", lang="en")
    text = _text(path)
    assert "Your answers are anonymous" in text and "(choose one or more)" in text and "Page 1 of" in text


# --- the minutes' chapter ----------------------------------------------------------------------


def test_minutes_gain_an_evaluation_chapter_with_responses(conference: ConferenceDb, tmp_path: Path) -> None:
    [path] = export_minutes(conference, "pdf", tmp_path / "referat.pdf")
    pages = _pages(path)
    contents = pages[1].splitlines()
    starts = [number for number, page in enumerate(pages, 1) if page.startswith("Evaluering\n")]
    assert len(starts) == 1
    assert contents[contents.index("Evaluering") + 1] == str(starts[0])
    chapter = _norm(" ".join(p for p in pages if p.rstrip().splitlines()[-2:-1] == ["Evaluering"]))
    assert "10 svar av 105 til stede (10 %) · 9 fra mobil, 1 fra papir" in chapter
    assert "Hvilket utbytte hadde du av 1. kvadrant" in chapter and "4,5" in chapter
    assert "Kulturskoleeier 5 50 %" in chapter
    assert f"Forventninger {len(board(conference).in_category(board(conference).categories[0].id))} {FINDING}" in chapter
    assert "Svar på evalueringen" in _norm(pages[0])


def test_minutes_without_responses_have_no_chapter(tmp_path: Path) -> None:
    db = create_demo(tmp_path / "uten.kvadrant")
    try:
        create_from_template(db, "dialogkonferanse")
        [path] = export_minutes(db, "pdf", tmp_path / "referat.pdf")
    finally:
        db.close()
    text = _text(path)
    assert "Evaluering" not in text and "Svar på evalueringen" not in text


# --- load --------------------------------------------------------------------------------------


def test_hundred_responses_to_twelve_questions_export_quickly(tmp_path: Path) -> None:
    db = create_demo(tmp_path / "hundre.kvadrant")
    try:
        create_from_template(db, "dialogkonferanse")
        set_open(db, True)
        asked = questions(db)
        for index in range(100):
            answers: dict[str, object] = {}
            for q in asked:
                if q.kind is QuestionKind.SCALE:
                    answers[str(q.id)] = 1 + index % 6
                elif q.kind is QuestionKind.CHOICE:
                    answers[str(q.id)] = [q.choices[index % len(q.choices)]]
                else:
                    answers[str(q.id)] = f"Svar {index} på «{q.text}»: " + "ord " * (index % 40)
            submit_response(db, f"phone-{index:08d}", answers)
        started = time.perf_counter()
        [pdf] = export_minutes(db, "evaluation-pdf", tmp_path / "hundre.pdf")
        [xlsx] = export_minutes(db, "evaluation-xlsx", tmp_path / "hundre.xlsx")
        elapsed = time.perf_counter() - started
    finally:
        db.close()
    assert elapsed < 20
    assert "Svar 99 på «Hva bør vi endre til neste gang?»" in _text(pdf)  # 300 uncoded, all listed
    assert load_workbook(xlsx)["Svar"].max_row == 101
