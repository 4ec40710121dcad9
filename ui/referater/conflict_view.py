"""The conflict view: when a save was refused because someone else saved first, both versions of one
referat side by side (the text and its key points), each with where it came from, when, and a
button to choose it ("Behold min",
"Bruk telefonens", or "Bruk denne" when both came from the same kind of device), and the buttons to
put both in the editor and save a merge. When several saves were refused, they wait in turn
("1 av 3"), oldest first. It only shows and asks; the editor resolves.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.referent.summaries import LAPTOP, SummaryState
from ui.referater.referat_display import WARNING_COLOR, plain_label
from ui.shell.formatting import format_time
from ui.shell.style import scaled_font
from ui.shell.retranslating import Retranslating

CONFLICT_BACKGROUND = "#fff3ec"
CONFLICT_BORDER = "#e0a27e"


class ConflictSide(QWidget):
    """One of the two versions: where it came from, when, its text and key points, and a button to
    choose it (which chooses both)."""

    chosen = Signal(str, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = plain_label()
        bold = QFont(self.font())
        bold.setBold(True)
        self.title_label.setFont(bold)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setReadOnly(True)
        self.text_edit.setMinimumHeight(70)
        self.text_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)  # the room left, no more
        # One line a point, cut at the side's edge (the whole of each in the tooltip): a wrapped label
        # would be squeezed over the text on a laptop's short screen.
        self.points_label = plain_label()
        self.points_label.setFont(bold)
        self.points_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._points: tuple[str, ...] = ()
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self._choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title_label)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.points_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.choose_button)
        layout.addLayout(row)

    def set_side(self, *, title: str, text: str, points: tuple[str, ...], button: str) -> None:
        self.title_label.setText(title)
        if self.text_edit.toPlainText() != text:
            self.text_edit.setPlainText(text)
        self._points = points
        listed = "\n".join(f"{n}. {point}" for n, point in enumerate(points, start=1))
        self.points_label.setText(listed)
        self.points_label.setToolTip(listed)
        self.points_label.setVisible(bool(points))
        self.choose_button.setText(button)

    @property
    def text(self) -> str:
        return self.text_edit.toPlainText()

    @property
    def points(self) -> tuple[str, ...]:
        return self._points

    def _choose(self) -> None:
        self.chosen.emit(self.text, list(self._points))


class ConflictPanel(Retranslating, QFrame):
    """Two versions of one referat side by side, until a person chooses one or a merge."""

    #: The text and key points (a list) of the version chosen.
    resolve_requested = Signal(str, list)
    merge_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictPanel")
        self.setStyleSheet(
            f"QFrame#conflictPanel {{ background: {CONFLICT_BACKGROUND}; border: 1px solid {CONFLICT_BORDER};"
            " border-radius: 6px; }"
        )
        self._state: SummaryState | None = None
        self.heading = QLabel()
        heading_font = scaled_font(self, 1.1, bold=True)
        self.heading.setFont(heading_font)
        self.heading.setStyleSheet(f"color: {WARNING_COLOR};")
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.stored_side = ConflictSide()
        self.other_side = ConflictSide()
        self.merge_button = QPushButton()
        self.save_merge_button = QPushButton()
        self.stored_side.chosen.connect(self.resolve_requested)
        self.other_side.chosen.connect(self.resolve_requested)
        self.merge_button.clicked.connect(self.merge_requested)
        sides = QHBoxLayout()
        sides.addWidget(self.stored_side, 1)
        sides.addWidget(self.other_side, 1)
        merge_row = QHBoxLayout()
        merge_row.addWidget(self.explanation, 1)
        merge_row.addWidget(self.merge_button)
        merge_row.addWidget(self.save_merge_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.heading)
        layout.addLayout(sides, 1)
        layout.addLayout(merge_row)

    @property
    def state(self) -> SummaryState | None:
        return self._state

    def set_state(self, state: SummaryState) -> None:
        self._state = state
        self._retranslate()

    def _source(self, source: str) -> str:
        return self.tr("Denne PC-en") if source == LAPTOP else self.tr("Telefonen")

    def _button(self, source: str, same_source: bool) -> str:
        if same_source:
            return self.tr("Bruk denne")
        return self.tr("Behold min") if source == LAPTOP else self.tr("Bruk telefonens")

    def _retranslate(self) -> None:
        state = self._state
        waiting = len(state.conflicts) if state is not None else 0
        heading = self.tr("To versjoner av referatet – velg hvilken som skal gjelde")
        if waiting > 1:
            heading += " " + self.tr("({n} venter)").format(n=waiting)
        self.heading.setText(heading)
        self.explanation.setText(
            self.tr("Begge tekstene er lagret. Du kan også slå dem sammen i feltet under og lagre det.")
        )
        self.merge_button.setText(self.tr("Sett begge inn i feltet"))
        self.save_merge_button.setText(self.tr("Lagre sammenslått"))
        conflict = state.conflict if state is not None else None
        if state is None or conflict is None:
            return
        same = state.updated_from == conflict.source
        stored_time = format_time(state.updated_at.time()) if state.updated_at else ""
        other_time = format_time(conflict.at.time())
        words = self.tr("{n} ord")
        self.stored_side.set_side(
            title=self.tr("{source} · lagret {time} · {words}").format(
                source=self._source(state.updated_from), time=stored_time, words=words.format(n=state.words)
            ),
            text=state.text,
            points=state.key_points,
            button=self._button(state.updated_from, same),
        )
        self.other_side.set_side(
            title=self.tr("{source} · skrevet {time} · {words}").format(
                source=self._source(conflict.source),
                time=other_time,
                words=words.format(n=len(conflict.text.split())),
            ),
            text=conflict.text,
            points=conflict.key_points,
            button=self._button(conflict.source, same),
        )
