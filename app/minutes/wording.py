"""The words every minutes format uses, in bokmål and English, kept in one place."""
from __future__ import annotations

import datetime as dt
import re

from app.run.speaking_time import BlockSpeaking, duration_text


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

MONTHS_NB = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")


def words(lang: str) -> dict[str, str]:
    return WORDS.get(lang, WORDS["nb"])



def long_date(value: dt.date | None, lang: str) -> str:
    """28. januar 2020 / 28 January 2020."""
    if value is None:
        return ""
    # Not strftime: %B follows the machine's locale and %-d is not portable.
    if lang == "en":
        return f"{value.day} {MONTHS_EN[value.month - 1]} {value.year}"
    return f"{value.day}. {MONTHS_NB[value.month - 1]} {value.year}"


def hhmm(value: dt.time | dt.datetime | None) -> str:
    """10.30 (Norwegian style) from a time or datetime, "" for None."""
    return value.strftime("%H.%M") if value is not None else ""


# Added for the Word and Excel minutes (app/minutes/word.py, app/minutes/excel.py). Only keys not
# already in WORDS above are added: a word defined there wins.
_DOCX_XLSX_WORDS: dict[str, dict[str, str]] = {
    "nb": {
        "overrun_note": "Avvik: hvor mange minutter lenger (+) eller kortere (−) posten varte enn planlagt.",
        "item": "Programpost",
        "kind": "Type",
        "time": "Tid",
        "number": "Nr.",
        "block": "Blokk",
        "label": "Etikett",
        "kvadrant": "Kvadrant",
        "speaking_order": "Taletur",
        "title": "Tittel",
        "planned_start": "Planlagt start",
        "planned_end": "Planlagt slutt",
        "actual_start": "Faktisk start",
        "actual_end": "Faktisk slutt",
        "overrun_minutes": "Avvik (min)",
        "word_count": "Antall ord",
        "note": "Merknad",
        "status_empty": "Tom",
        "status_writing": "Under arbeid",
        "status_delivered": "Levert",
        "status_conflict": "Konflikt",
        "draft_note": "Ikke levert – utkast",
        "conflict_note": "Merk: en annen versjon av referatet venter på å bli løst i Kvadrant; den er ikke tatt med her.",
        "sheet_notes": "Notater",
        "sheet_delivery": "Levering",
        "advisers": "Veiledere",
        "late": "For sent",
        "notes": "Notater",
        "at_time": "kl.",
    },
    "en": {
        "overrun_note": "Difference: how many minutes longer (+) or shorter (−) the item ran than planned.",
        "item": "Item",
        "kind": "Kind",
        "time": "Time",
        "number": "No.",
        "block": "Block",
        "label": "Label",
        "kvadrant": "Quadrant",
        "speaking_order": "Speaking order",
        "title": "Title",
        "planned_start": "Planned start",
        "planned_end": "Planned end",
        "actual_start": "Actual start",
        "actual_end": "Actual end",
        "overrun_minutes": "Difference (min)",
        "word_count": "Words",
        "note": "Note",
        "status_empty": "Empty",
        "status_writing": "Being written",
        "status_delivered": "Delivered",
        "status_conflict": "Conflict",
        "draft_note": "Not delivered – draft",
        "conflict_note": "Note: another version of this summary is waiting to be resolved in Kvadrant; it is not included here.",
        "sheet_notes": "Notater",
        "sheet_delivery": "Levering",
        "advisers": "Advisers",
        "late": "Late",
        "notes": "Notes",
        "at_time": "at",
    },
}
for _lang, _words in _DOCX_XLSX_WORDS.items():
    for _key, _word in _words.items():
        WORDS[_lang].setdefault(_key, _word)

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def export_text(text: str | None) -> str:
    """``text`` as typed, safe for the XML inside .docx and .xlsx files.

    Line breaks become ``\\n`` (``\\r\\n`` and a lone ``\\r`` too); the control characters XML
    cannot hold (everything below U+0020 except tab and line feed), stray surrogates and the
    non-characters U+FFFE/U+FFFF are dropped. Everything else is kept exactly.
    """
    if not text:
        return ""
    return _XML_ILLEGAL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


# Added for the PDF minutes and the kommunegruppe sheets (new keys only; the ones above are shared).
WORDS["nb"].update(
    {
        "groups": "Grupper",
        "kommunegrupper": "Kommunegrupper",
        "summaries_delivered": "Referater levert",
        "draft": "utkast, ikke levert",
        "running": "pågår",
        "absent": "ikke til stede",
        "clock": "kl.",
        "when": "Når",
        "what": "Hva",
        "day_ran": "Dagen startet {start} og sluttet {end} (planlagt {planned_start}–{planned_end}).",
        "made_with": "Laget {when} med Kvadrant",
        "kommune_sheet": "Oppgave til kommunegruppa",
        "note_lines": "Notat",
        "note_hint": "Skriv notatet fra møtet her, eller legg det ved.",
        "unknown_page": "?",
        "participants_by_role": "Deltakere etter rolle",
    }
)
WORDS["en"].update(
    {
        "groups": "Groups",
        "kommunegrupper": "Municipality groups",
        "summaries_delivered": "Summaries delivered",
        "draft": "draft, not delivered",
        "running": "running",
        "absent": "not present",
        "clock": "at",
        "when": "When",
        "what": "What",
        "day_ran": "The day started at {start} and ended at {end} (planned {planned_start}–{planned_end}).",
        "made_with": "Made {when} with Kvadrant",
        "kommune_sheet": "Task for the municipality group",
        "note_lines": "Note",
        "note_hint": "Write the note from the meeting here, or attach it.",
        "unknown_page": "?",
        "participants_by_role": "Participants by role",
    }
)


# Added for the closing plenum's "Hovedfunn" chapter and each group's key points (every format).
WORDS["nb"].update(
    {
        "key_findings": "Hovedfunn",
        "key_points": "Hovedpunkter",
        "theme": "Tema",
        "key_point": "Hovedpunkt",
        "other_points": "Hovedpunkter utenfor temaene",
        "plenum_intro": "{points} hovedpunkter fra {groups} grupper, samlet i {themes} temaer i avslutningsplenumet.",
        "plenum_intro_unsorted": "{points} hovedpunkter fra {groups} grupper.",
        "raised_by": "{n} av {total} grupper",
        "sheet_key_points": "Hovedpunkter",
        "speaking_time": "Taletid",
        "sheet_speaking": "Taletid",
        "speaking_all": "Alle fikk {planned}",
        "speaking_turns": "{n} taleturer",
        "speaking_spread": "snitt {mean} · kortest {shortest} · lengst {longest}",
        "speaking_none": "Ingen taletur ble fullført.",
        "speaking_skipped": "Taler {slots} hoppet over",
        "speaking_no_skips": "Ingen hoppet over",
        "speaking_paused": "rotasjonen sto på pause i {time}",
        "speaking_seconds": "Sekunder",
        "speaking_state": "Status",
        "state_done": "ferdig",
        "state_skipped": "hoppet over",
        "state_cut": "avbrutt da posten sluttet",
        "state_speaking": "snakker nå",
        "state_not_reached": "kom ikke til",
    }
)
WORDS["en"].update(
    {
        "key_findings": "Key findings",
        "key_points": "Key points",
        "theme": "Theme",
        "key_point": "Key point",
        "other_points": "Key points outside the themes",
        "plenum_intro": "{points} key points from {groups} groups, gathered in {themes} themes in the closing plenum.",
        "plenum_intro_unsorted": "{points} key points from {groups} groups.",
        "raised_by": "{n} of {total} groups",
        "sheet_key_points": "Hovedpunkter",
        "speaking_time": "Speaking time",
        "sheet_speaking": "Taletid",
        "speaking_all": "Everyone got {planned}",
        "speaking_turns": "{n} turns",
        "speaking_spread": "mean {mean} · shortest {shortest} · longest {longest}",
        "speaking_none": "No turn was completed.",
        "speaking_skipped": "Speaker {slots} skipped",
        "speaking_no_skips": "Nobody skipped",
        "speaking_paused": "the rotation stood paused for {time}",
        "speaking_seconds": "Seconds",
        "speaking_state": "Status",
        "state_done": "done",
        "state_skipped": "skipped",
        "state_cut": "cut short when the block ended",
        "state_speaking": "speaking now",
        "state_not_reached": "not reached",
    }
)


def speaking_lines(block: BlockSpeaking, lang: str) -> list[str]:
    """How evenly a group block's speaking time went, in two short lines: "Alle fikk 5:00 ± 0:20
    (102 taleturer) · snitt 4:57 · kortest 4:40 · lengst 5:00" and the skips and pauses."""
    w = words(lang)
    fair = block.fairness
    if fair.planned is None or fair.mean is None or fair.shortest is None or fair.longest is None:
        first = w["speaking_none"]
    else:
        first = w["speaking_all"].format(planned=duration_text(fair.planned))
        if fair.spread is not None and fair.spread >= 0.5:
            first += f" \u00b1 {duration_text(fair.spread)}"
        first += f" ({w['speaking_turns'].format(n=fair.speakers)}) \u00b7 " + w["speaking_spread"].format(
            mean=duration_text(fair.mean), shortest=duration_text(fair.shortest), longest=duration_text(fair.longest)
        )
    if fair.skipped_slots:
        second = w["speaking_skipped"].format(slots=_and([str(n) for n in fair.skipped_slots], lang))
    else:
        second = w["speaking_no_skips"]
    paused = sum(slot.paused for slot in block.slots)
    if paused >= 0.5:
        second += f" \u00b7 {w['speaking_paused'].format(time=duration_text(paused))}"
    return [first, second]


def _and(items: list[str], lang: str) -> str:
    """"1, 2 og 5" / "1, 2 and 5"."""
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} {'and' if lang == 'en' else 'og'} {items[-1]}"


def group_list(groups: tuple[tuple[int, int], ...], lang: str, *, with_kvadrant: bool) -> str:
    """Which groups raised something: "Gruppe 1, 2 og 5", or with the kvadrant when the points
    come from more than one ("Gruppe 1 og 2 (1. kvadrant), gruppe 3 (4. kvadrant)")."""
    word = words(lang)["group"] if len(groups) == 1 else words(lang)["groups"]
    if not with_kvadrant:
        return f"{word} {_and([str(g) for _, g in groups], lang)}"
    parts = []
    for kvadrant in sorted({k for k, _ in groups}):
        numbers = [str(g) for k, g in groups if k == kvadrant]
        parts.append(f"{_and(numbers, lang)} ({kvadrant_name(kvadrant, lang)})")
    return f"{word} {', '.join(parts)}"


def point_group(kvadrant: int, group: int, lang: str, *, with_kvadrant: bool) -> str:
    """The group a key point came from, as a table column shows it: "3" or "3 (4. kvadrant)"."""
    return f"{group} ({kvadrant_name(kvadrant, lang)})" if with_kvadrant else str(group)


def kvadrant_name(kvadrant: int, lang: str) -> str:
    return f"quadrant {kvadrant}" if lang == "en" else f"{kvadrant}. kvadrant"
