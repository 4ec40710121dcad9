"""The words every minutes format uses, in bokmål and English, kept in one place."""
from __future__ import annotations

from app.roles import KULTURSKOLEEIER, KULTURSKOLELEDER, RESSURSLAERER, VEILEDER
from app.schema import BlockKind

WORDS: dict[str, dict[str, str]] = {
    "nb": {
        "minutes": "Referat",
        "contents": "Innhold",
        "programme": "Program",
        "programme_planned_run": "Programmet – planlagt og gjennomført",
        "planned": "Planlagt",
        "actual": "Gjennomført",
        "overrun": "Avvik",
        "minutes_short": "min",
        "not_run": "ikke kjørt",
        "after_conference": "Etter konferansen",
        "participants": "Deltakere",
        "municipalities": "Kommuner",
        "participants_by_municipality": "Vedlegg: Deltakere etter kommune",
        "group": "Gruppe",
        "table": "Bord",
        "members": "Deltakere",
        "name": "Navn",
        "municipality": "Kommune",
        "role": "Rolle",
        "kommunegruppe": "Kommunegruppe",
        "email": "E-post",
        "present": "Til stede",
        "yes": "ja",
        "no": "nei",
        "ordstyrer": "Ordstyrer",
        "referent": "Referent",
        "summary": "Referat",
        "no_summary": "Ikke levert ennå.",
        "delivered": "Levert",
        "not_delivered": "Ikke levert",
        "task": "Oppgave",
        "deadline": "Frist",
        "veileder": "Veileder",
        "send_to": "Notatet sendes",
        "date": "Dato",
        "venue": "Sted",
        "presenter": "Innleder",
        "page": "Side",
        "of": "av",
        "generated": "Laget",
        "kommune_note": "Notat fra kommunegruppa",
        "next_steps": "Refleksjoner og nye ideer, veien videre for oss, neste steg",
        "sheet_programme": "Program",
        "sheet_groups": "Grupper",
        "sheet_summaries": "Referater",
        "sheet_participants": "Deltakere",
        "words": "ord",
        "status": "Status",
        "version": "Versjon",
        "updated": "Sist lagret",
    },
    "en": {
        "minutes": "Minutes",
        "contents": "Contents",
        "programme": "Programme",
        "programme_planned_run": "The programme – planned and as run",
        "planned": "Planned",
        "actual": "As run",
        "overrun": "Difference",
        "minutes_short": "min",
        "not_run": "not run",
        "after_conference": "After the conference",
        "participants": "Participants",
        "municipalities": "Municipalities",
        "participants_by_municipality": "Appendix: Participants by municipality",
        "group": "Group",
        "table": "Table",
        "members": "Members",
        "name": "Name",
        "municipality": "Municipality",
        "role": "Role",
        "kommunegruppe": "Municipality group",
        "email": "Email",
        "present": "Present",
        "yes": "yes",
        "no": "no",
        "ordstyrer": "Chair",
        "referent": "Note-taker",
        "summary": "Summary",
        "no_summary": "Not delivered yet.",
        "delivered": "Delivered",
        "not_delivered": "Not delivered",
        "task": "Task",
        "deadline": "Deadline",
        "veileder": "Adviser",
        "send_to": "Send the note to",
        "date": "Date",
        "venue": "Venue",
        "presenter": "Presenter",
        "page": "Page",
        "of": "of",
        "generated": "Made",
        "kommune_note": "Note from the municipality group",
        "next_steps": "Reflections and new ideas, the way ahead for us, next steps",
        "sheet_programme": "Program",
        "sheet_groups": "Grupper",
        "sheet_summaries": "Referater",
        "sheet_participants": "Deltakere",
        "words": "words",
        "status": "Status",
        "version": "Version",
        "updated": "Last saved",
    },
}

ROLE_NAMES = {
    "nb": {KULTURSKOLEEIER: "Kulturskoleeier", KULTURSKOLELEDER: "Kulturskoleleder", RESSURSLAERER: "Ressurslærer", VEILEDER: "Veileder"},
    "en": {KULTURSKOLEEIER: "School owner", KULTURSKOLELEDER: "School leader", RESSURSLAERER: "Resource teacher", VEILEDER: "Adviser"},
}

KIND_NAMES = {
    "nb": {
        BlockKind.PLENUM: "Plenum", BlockKind.KVADRANT1: "1. kvadrant", BlockKind.KVADRANT2: "2. kvadrant",
        BlockKind.KVADRANT3: "3. kvadrant", BlockKind.KVADRANT4: "4. kvadrant", BlockKind.PAUSE: "Pause",
        BlockKind.LUNSJ: "Lunsj", BlockKind.ANNET: "Annet",
    },
    "en": {
        BlockKind.PLENUM: "Plenary", BlockKind.KVADRANT1: "Quadrant 1", BlockKind.KVADRANT2: "Quadrant 2",
        BlockKind.KVADRANT3: "Quadrant 3", BlockKind.KVADRANT4: "Quadrant 4", BlockKind.PAUSE: "Break",
        BlockKind.LUNSJ: "Lunch", BlockKind.ANNET: "Other",
    },
}

MONTHS_NB = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember")


def words(lang: str) -> dict[str, str]:
    return WORDS.get(lang, WORDS["nb"])


def role_name(role: str, lang: str) -> str:
    return ROLE_NAMES.get(lang, ROLE_NAMES["nb"]).get(role, role)


def kind_name(kind: BlockKind, lang: str) -> str:
    return KIND_NAMES.get(lang, KIND_NAMES["nb"])[kind]


def long_date(value, lang: str) -> str:  # type: ignore[no-untyped-def]
    """28. januar 2020 / 28 January 2020."""
    if value is None:
        return ""
    if lang == "en":
        return value.strftime("%-d %B %Y")
    return f"{value.day}. {MONTHS_NB[value.month - 1]} {value.year}"


def hhmm(value) -> str:  # type: ignore[no-untyped-def]
    """10.30 (Norwegian style) from a time or datetime, "" for None."""
    return value.strftime("%H.%M") if value is not None else ""
