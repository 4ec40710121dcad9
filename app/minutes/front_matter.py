"""What the organiser writes for the minutes, kept as settings in the conference file.

Who made the conference and who the minutes go to (on the cover), the organiser's "Hovedinntrykk"
(a page before the key findings), and the date of the guidance meeting the kommunegrupper's
deadline counts back from, or that deadline entered as it is.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, fields, replace

from app.conference_file.settings import get_setting, set_setting
from app.conference_file.storage import ConferenceDb

_PREFIX = "minutes."


@dataclass(frozen=True)
class FrontMatter:
    organiser: str = ""
    recipients: str = ""
    #: The organiser's main impressions ("Hovedinntrykk"), free text, printed before the key findings.
    opening: str = ""
    #: The guidance meeting a "senest 14 dager før 7. veiledningsmøte" deadline counts back from.
    guidance_meeting: dt.date | None = None
    #: The kommunegrupper's deadline entered as a date (wins over one counted from the meeting).
    kommune_deadline: dt.date | None = None


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip()) if text.strip() else None
    except ValueError:
        return None  # a damaged value reads as not set


def front_matter(db: ConferenceDb) -> FrontMatter:
    values: dict[str, object] = {}
    for field in fields(FrontMatter):
        raw = get_setting(db, _PREFIX + field.name)
        values[field.name] = _date(raw) if field.name in ("guidance_meeting", "kommune_deadline") else raw
    return FrontMatter(**values)  # type: ignore[arg-type]


def set_front_matter(db: ConferenceDb, **changes: str | dt.date | None) -> FrontMatter:
    """Store the given fields (``organiser="Norsk kulturskoleråd"``, ``guidance_meeting=None``);
    returns them all. An unknown field name is a programming error (TypeError)."""
    updated = replace(front_matter(db), **changes)  # type: ignore[arg-type]
    for name, value in changes.items():
        text = value.isoformat() if isinstance(value, dt.date) else (value or "")
        set_setting(db, _PREFIX + name, text)
    return updated


_DAYS_BEFORE = re.compile(r"(\d{1,3})\s*(?:dager|dagar|days)\s+(?:før|for|before)", re.IGNORECASE)


def days_before(note: str) -> int | None:
    """The days a deadline note counts back from a meeting: "senest 14 dager før 7.
    veiledningsmøte" → 14; None when the note names no such count."""
    found = _DAYS_BEFORE.search(note)
    return int(found.group(1)) if found else None


def kommune_deadline(front: FrontMatter, note: str) -> dt.date | None:
    """The kommunegrupper's deadline as a real date: the one entered, else counted back from the
    guidance meeting by the block's deadline note, else None."""
    if front.kommune_deadline is not None:
        return front.kommune_deadline
    days = days_before(note)
    if front.guidance_meeting is not None and days is not None:
        return front.guidance_meeting - dt.timedelta(days=days)
    return None
