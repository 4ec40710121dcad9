"""How the Referater section shows a referat, the same on the board, the editor and the conflict
view: the status names and their colours, a group's name ("Bord 7", "Gruppe 20 · Sunnfjord"),
and a label that shows user text exactly as typed. Strings here are translated in the
"Referater" context, whichever widget shows them.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from app.groups.plans import Table
from app.referent.summaries import SummaryState

#: Status colours (background, text): calm, readable on white, the same on the board and editor.
STATUS_COLORS: dict[str, tuple[str, str]] = {
    "empty": ("#ececec", "#4a4a4a"),
    "writing": ("#fff0c2", "#6b4e00"),
    "delivered": ("#d4efd8", "#1e5b27"),
    "conflict": ("#ffd8c9", "#a23c00"),
}
WARNING_COLOR = "#a23c00"


def plain_label(text: str = "", *, wrap: bool = False) -> QLabel:
    """A label that shows user text exactly as typed (never as rich text)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


def group_name(state_or_table: SummaryState | Table, kvadrant: int | None) -> str:
    """ "Bord 7" in 1. kvadrant, "Gruppe 20 · Sunnfjord" in 4. kvadrant; a block's own notes by
    the block's title."""
    if isinstance(state_or_table, SummaryState) and state_or_table.group_id is None:
        return state_or_table.label
    number = state_or_table.group_number if isinstance(state_or_table, SummaryState) else state_or_table.number
    label = state_or_table.label
    if kvadrant == 4:
        name = QCoreApplication.translate("Referater", "Gruppe {number}").format(number=number)
        return f"{name} · {label}" if label else name
    return QCoreApplication.translate("Referater", "Bord {number}").format(number=number)


def status_text(status: str) -> str:
    """The status of a referat as the board and the editor say it."""
    names = {
        "empty": QT_TRANSLATE_NOOP("Referater", "Tomt"),
        "writing": QT_TRANSLATE_NOOP("Referater", "Skriver"),
        "delivered": QT_TRANSLATE_NOOP("Referater", "Levert"),
        "conflict": QT_TRANSLATE_NOOP("Referater", "To versjoner"),
    }
    return QCoreApplication.translate("Referater", names[status]) if status in names else status
