"""How the Grupper section shows what is wrong with a plan: the one warning colour and the wording
of a rule break or plan warning. The table cards (each table's rule breaks) and the figures panel
(the plan's warnings) both use it, so a warning reads and looks the same wherever it is shown.
"""
from __future__ import annotations

from PySide6.QtGui import QColor

from app.common.messages import Message
from ui.shell.formatting import role_name
from ui.shell.messages import message_text

#: Dark orange: rule breaks and warnings, readable on white (contrast above 5:1).
WARNING_COLOR = QColor("#a23c00")


def plan_message_text(message: Message) -> str:
    """A rule break or plan warning in the interface's language; a role in it by its name.

    The core puts the stored role code ("kulturskoleeier") into ``table_role_count``; shown
    as is, English would read "3 kulturskoleeier (expected 1–2)".
    """
    role = message.params.get("role")
    if isinstance(role, str) and role:
        message = Message(message.code, {**message.params, "role": role_name(role).lower()})
    return message_text(message)
