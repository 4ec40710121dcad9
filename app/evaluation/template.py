"""The questionnaire a dialogkonferanse starts from, after seed 004's kinds of question: the
utbytte of each of the four learning rooms and of the day's organisation graded 1–6, pre-coded
choices (role, what was most useful), and open questions to expand, to keep and to change."""
from __future__ import annotations

from app.common.messages import KvadrantError
from app.conference_file.schema import QuestionKind
from app.conference_file.storage import ConferenceDb
from app.evaluation.questionnaire import QuestionDraft, add_questions, questions

TEMPLATES = ("dialogkonferanse",)

_LOW, _HIGH = "Svært lite", "Svært stort"
_ROLES = ("Kulturskoleeier", "Kulturskoleleder", "Ressurslærer", "Veileder", "Annet")
_USEFUL = (
    "Erfaringsdeling på tvers av kommuner",
    "Innlegg og faglig påfyll",
    "Arbeid i egen kommunegruppe",
    "Samtale med veileder",
    "Uformelle samtaler i pausene",
)

DIALOGKONFERANSE: tuple[QuestionDraft, ...] = (
    QuestionDraft(QuestionKind.SCALE, "Hvilket utbytte hadde du av 1. kvadrant: erfaringsdeling i grupper på tvers av kommuner?", low_label=_LOW, high_label=_HIGH),
    QuestionDraft(QuestionKind.SCALE, "Hvilket utbytte hadde du av 2. kvadrant: innleggene og det faglige påfyllet?", low_label=_LOW, high_label=_HIGH),
    QuestionDraft(QuestionKind.SCALE, "Hvilket utbytte hadde du av 3. kvadrant: forventninger, visjoner og kommunenes presentasjoner?", low_label=_LOW, high_label=_HIGH),
    QuestionDraft(QuestionKind.SCALE, "Hvilket utbytte hadde du av 4. kvadrant: arbeidet i egen kommunegruppe og neste steg?", low_label=_LOW, high_label=_HIGH),
    QuestionDraft(QuestionKind.SCALE, "Hvordan vurderer du organiseringen av dagen (tid, grupper, lokaler)?", low_label="Svært dårlig", high_label="Svært god"),
    QuestionDraft(QuestionKind.SCALE, "Hvordan vurderer du informasjonen du fikk før konferansen?", low_label="Svært dårlig", high_label="Svært god"),
    QuestionDraft(QuestionKind.SCALE, "I hvilken grad er konferansens tema forankret i din kommune?", low_label="Svært liten grad", high_label="Svært stor grad"),
    QuestionDraft(QuestionKind.CHOICE, "Hvilken rolle har du?", choices=_ROLES),
    QuestionDraft(QuestionKind.CHOICE, "Hva var mest nyttig for deg i dag? Velg én eller flere.", choices=_USEFUL, multiple=True),
    QuestionDraft(QuestionKind.OPEN, "Utdyp gjerne svarene dine over: hva var bra, og hva var mindre bra?"),
    QuestionDraft(QuestionKind.OPEN, "Hva bør vi beholde til neste dialogkonferanse?"),
    QuestionDraft(QuestionKind.OPEN, "Hva bør vi endre til neste gang?"),
)


def create_from_template(db: ConferenceDb, name: str) -> int:
    """Create the questionnaire from a template; refused if the conference already has one.
    Returns the number of questions."""
    if name not in TEMPLATES:
        raise KvadrantError("unknown_evaluation_template", value=name)
    if questions(db):
        raise KvadrantError("evaluation_exists")
    return len(add_questions(db, list(DIALOGKONFERANSE)))
