"""How dates, times, roles and block kinds are written in the interface, in its language."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate

from app.common import roles
from app.common.roles import ROLES
from app.conference_file import conference
from app.conference_file.schema import BlockKind
from ui.shell.i18n import ui_language, ui_locale

#: The four roles in the order the conference presents them.
KNOWN_ROLES: tuple[str, ...] = ROLES


def role_name(role: str) -> str:
    """A stored role as shown: the four known roles by name (the core's table, in the interface's
    language), anything else as written."""
    return roles.role_name(role, ui_language())


def kind_name(kind: BlockKind) -> str:
    return conference.kind_name(kind, ui_language())


def format_date(date: dt.date | None) -> str:
    """ "28. januar 2020" in bokmål, "28 January 2020" in English; "" for no date."""
    if date is None:
        return ""
    pattern = "d MMMM yyyy" if ui_language() == "en" else "d. MMMM yyyy"
    return ui_locale().toString(QDate(date.year, date.month, date.day), pattern)


def format_time(time: dt.time | None) -> str:
    """ "10.30" in bokmål (the Norwegian way), "10:30" in English."""
    if time is None:
        return ""
    separator = ":" if ui_language() == "en" else "."
    return f"{time.hour:02d}{separator}{time.minute:02d}"


def format_time_range(start: dt.time | None, end: dt.time | None) -> str:
    """ "10.30–11.30"; a block with no time happens after the conference."""
    if start is None and end is None:
        return QCoreApplication.translate("Formatting", "Etter konferansen")
    if end is None:
        return format_time(start)
    if start is None:
        return QCoreApplication.translate("Formatting", "til {end}").format(end=format_time(end))
    return f"{format_time(start)}–{format_time(end)}"
