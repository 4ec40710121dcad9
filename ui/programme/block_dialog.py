"""The block dialog: every field of a programme block, for a new block or an existing one.

Times are typed the Norwegian way ("10.30"; "10:30", "1030" and "10" are understood too);
both empty means the block happens after the conference. What the dialog cannot read, and what
the core refuses (an end before the start, a missing title), is said in plain words and keeps
the dialog open with what was typed.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any, Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.conference_file.conference import BlockRow
from app.common.messages import KvadrantError
from app.conference_file.schema import BlockKind
from ui.shell.dialog_buttons import accept_cancel_buttons
from ui.shell.formatting import format_time, kind_name
from ui.shell.messages import show_error, show_warning
from ui.shell.style import make_quiet

_TIME = re.compile(r"^(\d{1,2})(?:\s*[.:,]\s*(\d{2})|(\d{2}))?$")
#: The kinds in the order the facilitator thinks of them.
KINDS = (
    BlockKind.PLENUM,
    BlockKind.KVADRANT1,
    BlockKind.KVADRANT2,
    BlockKind.KVADRANT3,
    BlockKind.KVADRANT4,
    BlockKind.PAUSE,
    BlockKind.LUNSJ,
    BlockKind.ANNET,
)


class BlockRefused(Exception):
    """The view refuses a change the core would allow (e.g. times off a running block)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


class BadTime(ValueError):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def parse_time(text: str) -> dt.time | None:
    """ "10.30" (or "10:30", "1030", "10") -> 10:30; "" -> None; anything else raises BadTime."""
    text = text.strip()
    if not text:
        return None
    match = _TIME.match(text)
    if match:
        hours = int(match.group(1))
        minutes = int(match.group(2) or match.group(3) or 0)
        if hours < 24 and minutes < 60:
            return dt.time(hours, minutes)
    raise BadTime(text)


#: Writes the block: values -> None; raises KvadrantError or BlockRefused.
Submit = Callable[[dict[str, Any]], None]


def _buddy(text: str, field: QWidget) -> QLabel:
    """A row's label for a row of several widgets: its shortcut goes to ``field`` (a label the
    form makes for a layout has no buddy and would show the "&")."""
    label = QLabel(text)
    label.setBuddy(field)
    return label


class BlockDialog(QDialog):
    def __init__(self, submit: Submit, *, block: BlockRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._submit = submit
        self._block = block
        self.setWindowTitle(self.tr("Ny blokk") if block is None else self.tr("Rediger blokk"))
        self.setMinimumWidth(560)

        self.title_edit = QLineEdit()
        self.kind_combo = QComboBox()
        for kind in KINDS:
            self.kind_combo.addItem(kind_name(kind), kind.value)
        self.start_edit = QLineEdit()
        self.end_edit = QLineEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setPlaceholderText(self.tr("tt.mm"))
            edit.setMaximumWidth(90)
        times = QHBoxLayout()
        times.addWidget(self.start_edit)
        times.addWidget(QLabel("–"))
        times.addWidget(self.end_edit)
        times_hint = QLabel(self.tr("Tomt: etter konferansen"))
        make_quiet(times_hint)
        times.addSpacing(10)
        times.addWidget(times_hint)
        times.addStretch(1)
        self.fixed_check = QCheckBox(self.tr("Fast tidspunkt – blir stående når resten av dagen forskyves"))
        self.presenter_edit = QLineEdit()
        self.day_presenters_edit = QLineEdit()
        self.day_presenters_edit.setPlaceholderText(self.tr("f.eks. Porsanger, Ålesund, Gjøvik"))
        self.day_presenters_edit.setToolTip(
            self.tr("Når programmet kjøres flere dager: hvem som legger fram hver dag, i rekkefølge. "
                    "«Ny konferanse fra denne» setter neste navn som innleder.")
        )
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.fontMetrics().height() * 4 + 14)
        self.task_edit = QPlainTextEdit()
        self.task_edit.setTabChangesFocus(True)
        self.task_edit.setFixedHeight(self.fontMetrics().height() * 7 + 14)
        self.task_edit.setPlaceholderText(self.tr("Oppgaven gruppene får (vises på projektoren før gruppearbeidet)"))
        self.deadline_edit = QLineEdit()
        self.deadline_edit.setPlaceholderText(self.tr("tt.mm"))
        self.deadline_edit.setMaximumWidth(90)
        self.deadline_note_edit = QLineEdit()
        self.deadline_note_edit.setPlaceholderText(self.tr("f.eks. «Etter dialogkonferansen»"))
        deadline = QHBoxLayout()
        deadline.addWidget(self.deadline_edit)
        deadline.addWidget(self.deadline_note_edit, 1)
        self.slot_spin = QDoubleSpinBox()
        self.slot_spin.setRange(0.5, 60.0)
        self.slot_spin.setSingleStep(0.5)
        self.slot_spin.setDecimals(1)
        self.slot_spin.setSuffix(self.tr(" min"))
        self.slot_spin.setValue(5.0)
        self.slot_hint = QLabel(self.tr("per person, likt for alle bord"))
        make_quiet(self.slot_hint)
        slot = QHBoxLayout()
        slot.addWidget(self.slot_spin)
        slot.addWidget(self.slot_hint)
        slot.addStretch(1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Tittel:"), self.title_edit)
        form.addRow(self.tr("T&ype:"), self.kind_combo)
        form.addRow(_buddy(self.tr("T&id:"), self.start_edit), times)
        form.addRow("", self.fixed_check)
        form.addRow(self.tr("&Innleder:"), self.presenter_edit)
        form.addRow(self.tr("Presentasjon &dag for dag:"), self.day_presenters_edit)
        form.addRow(self.tr("&Beskrivelse:"), self.description_edit)
        form.addRow(self.tr("&Oppgave til gruppene:"), self.task_edit)
        form.addRow(_buddy(self.tr("&Frist for referat:"), self.deadline_edit), deadline)
        form.addRow(_buddy(self.tr("T&aletid:"), self.slot_spin), slot)
        self.form = form

        buttons, self.save_button = accept_cancel_buttons(
            self, self.tr("Legg til") if block is None else self.tr("Lagre")
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(buttons)

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.title_edit.textChanged.connect(self._update_button)
        self._fill(block)
        self._kind_changed()
        self._update_button()

    def _fill(self, block: BlockRow | None) -> None:
        if block is None:
            return
        self.title_edit.setText(block.title)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(block.kind.value)))
        self.start_edit.setText(format_time(block.start))
        self.end_edit.setText(format_time(block.end))
        self.fixed_check.setChecked(block.fixed_time)
        self.presenter_edit.setText(block.presenter)
        self.day_presenters_edit.setText(", ".join(block.day_presenters))
        self.description_edit.setPlainText(block.description)
        self.task_edit.setPlainText(block.task_text)
        self.deadline_edit.setText(format_time(block.summary_deadline))
        self.deadline_note_edit.setText(block.summary_deadline_note)
        self.slot_spin.setValue(block.slot_seconds / 60)

    def kind(self) -> BlockKind:
        return BlockKind(self.kind_combo.currentData())

    def _kind_changed(self, *args: object) -> None:
        group = self.kind() in (BlockKind.KVADRANT1, BlockKind.KVADRANT4)
        self.slot_spin.setEnabled(group)
        self.slot_hint.setEnabled(group)
        if self._block is None and self.kind() is BlockKind.LUNSJ:
            self.fixed_check.setChecked(True)

    def _update_button(self) -> None:
        self.save_button.setEnabled(bool(self.title_edit.text().strip()))

    def values(self) -> dict[str, Any]:
        """What was typed, as block values; raises BadTime for a time it cannot read. Without a
        presenter of its own, the block is on its first day: the first of the day-by-day list."""
        days = [name.strip() for name in self.day_presenters_edit.text().split(",") if name.strip()]
        return {
            "title": self.title_edit.text(),
            "kind": self.kind(),
            "start": parse_time(self.start_edit.text()),
            "end": parse_time(self.end_edit.text()),
            "fixed_time": self.fixed_check.isChecked(),
            "presenter": self.presenter_edit.text().strip() or next(iter(days), ""),
            "day_presenters": days,
            "description": self.description_edit.toPlainText(),
            "task_text": self.task_edit.toPlainText(),
            "summary_deadline": parse_time(self.deadline_edit.text()),
            "summary_deadline_note": self.deadline_note_edit.text(),
            "slot_seconds": round(self.slot_spin.value() * 60),
        }

    def accept(self) -> None:
        title = self.tr("Kunne ikke lagre blokken")
        try:
            values = self.values()
        except BadTime as error:
            show_warning(
                self,
                self.tr("«{text}» er ikke et klokkeslett. Skriv for eksempel 10.30.").format(text=error.text),
                title=title,
            )
            return
        try:
            self._submit(values)
        except KvadrantError as error:
            show_error(self, error, title=title)
            return
        except BlockRefused as refusal:
            show_warning(self, refusal.text, title=title)
            return
        super().accept()
