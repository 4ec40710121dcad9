"""The "who moved where" bar above the cards: at each check-in or no-show it says who came or
left and who was moved to make room, newest on top, and it stays until the facilitator closes it,
so nothing said at the door is missed while they look elsewhere. The section writes the entries;
the bar only keeps and shows them.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.shell.style import scaled_font

#: The calm yellow of the bar.
NOTICE_BACKGROUND = QColor("#fff6d5")
NOTICE_BORDER = QColor("#dcc167")
#: At most this many check-ins in the bar.
MAX_NOTICES = 3


class NoticeBar(QFrame):
    """Who moved where at the latest check-ins; stays until the facilitator closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setStyleSheet(
            f"QFrame#noticeBar {{ background: {NOTICE_BACKGROUND.name()}; border: 1px solid {NOTICE_BORDER.name()};"
            " border-radius: 5px; }"
        )
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setStyleSheet("color: #2b2100;")
        font = scaled_font(self, 1.08)
        self.label.setFont(font)
        self.close_button = QPushButton()
        #: "Angre" for the newest entry, while it is still the last thing done.
        self.undo_button = QPushButton()
        self.undo_button.setVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._entries: list[str] = []
        self._undo: Callable[[], None] | None = None
        self.close_button.clicked.connect(self.dismiss)
        self.undo_button.clicked.connect(self._run_undo)
        self.setVisible(False)

    @property
    def entries(self) -> list[str]:
        return list(self._entries)

    def add(self, entry_html: str, *, undo: Callable[[], None] | None = None) -> None:
        """Put a check-in on top; older ones stay below it, quieter, until the bar is closed.
        ``undo`` (if given) is offered as "Angre" for this newest one."""
        self._undo = undo
        self.undo_button.setVisible(undo is not None)
        self._entries.insert(0, entry_html)
        del self._entries[MAX_NOTICES:]
        older = "".join(f"<div style='color:#6b5a1e; margin-top:4px'>{entry}</div>" for entry in self._entries[1:])
        self.label.setText(f"<div>{self._entries[0]}</div>{older}")
        self.setVisible(True)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """A wrapped rich-text label does not ask for its height in a layout; give it by hand."""
        margins = self.layout().contentsMargins()
        spacing = max(0, self.layout().spacing())
        width = self.width() - margins.left() - margins.right() - self.close_button.sizeHint().width() - spacing
        height = self.label.heightForWidth(width) if width > 50 else -1
        if height > 0:
            self.setFixedHeight(max(height + 4, self.close_button.sizeHint().height()) + margins.top() + margins.bottom())

    def _run_undo(self) -> None:
        undo, self._undo = self._undo, None
        self.undo_button.setVisible(False)
        if undo is not None:
            undo()

    def dismiss(self) -> None:
        self._undo = None
        self.undo_button.setVisible(False)
        self._entries.clear()
        self.label.clear()
        self.setVisible(False)

    def plain_text(self) -> str:
        """What the bar says now, as plain text."""
        document = QTextDocument()
        document.setHtml(self.label.text())
        return document.toPlainText()
