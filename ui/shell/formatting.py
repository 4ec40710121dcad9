"""How dates, times, roles and block kinds are written in the interface, in its language."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate

from app.common.roles import KULTURSKOLEEIER, KULTURSKOLELEDER, RESSURSLAERER, ROLES, VEILEDER
from app.conference_file.schema import BlockKind
from ui.shell.i18n import ui_language, ui_locale

_ROLE_NAMES: dict[str, str] = {
    KULTURSKOLEEIER: QT_TRANSLATE_NOOP("Roles", "Kulturskoleeier"),
    KULTURSKOLELEDER: QT_TRANSLATE_NOOP("Roles", "Kulturskoleleder"),
    RESSURSLAERER: QT_TRANSLATE_NOOP("Roles", "Ressurslærer"),
    VEILEDER: QT_TRANSLATE_NOOP("Roles", "Veileder"),
}

_KIND_NAMES: dict[BlockKind, str] = {
    BlockKind.PLENUM: QT_TRANSLATE_NOOP("BlockKinds", "Plenum"),
    BlockKind.KVADRANT1: QT_TRANSLATE_NOOP("BlockKinds", "1. kvadrant"),
    BlockKind.KVADRANT2: QT_TRANSLATE_NOOP("BlockKinds", "2. kvadrant"),
    BlockKind.KVADRANT3: QT_TRANSLATE_NOOP("BlockKinds", "3. kvadrant"),
    BlockKind.KVADRANT4: QT_TRANSLATE_NOOP("BlockKinds", "4. kvadrant"),
    BlockKind.PAUSE: QT_TRANSLATE_NOOP("BlockKinds", "Pause"),
    BlockKind.LUNSJ: QT_TRANSLATE_NOOP("BlockKinds", "Lunsj"),
    BlockKind.ANNET: QT_TRANSLATE_NOOP("BlockKinds", "Annet"),
}

#: The four roles in the order the conference presents them.
KNOWN_ROLES: tuple[str, ...] = ROLES


def role_name(role: str) -> str:
    """A stored role as shown: the four known roles by name, anything else as written."""
    source = _ROLE_NAMES.get(role)
    return QCoreApplication.translate("Roles", source) if source else role


def kind_name(kind: BlockKind) -> str:
    return QCoreApplication.translate("BlockKinds", _KIND_NAMES.get(kind, str(kind.value)))


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
