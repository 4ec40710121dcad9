"""The control panel on the laptop: what runs now and how long is left, what comes next, how
late the day is, and the buttons that run the day, the speaker rotation and the projector.

Everything shown comes from the :class:`DayView` the controller announces; the buttons call
the controller, which writes each action to the file before anything changes on screen. The
buttons never take keyboard focus: Space, the arrows, PageUp/PageDown and B belong to the day
(see ``run_keys``), and a clicker's key must not "press" whichever button was clicked last.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.run.day_runner import DayView, Phase, clock_face
from ui.shell.dialog_buttons import accept_cancel_buttons
from ui.shell.formatting import format_date, format_time, format_time_range, kind_name
from ui.projector.projector_painter import open_tables_text, rotation_text
from ui.projector.projector_window import ProjectorDisplay
from ui.programme.run_controller import RunController
from ui.programme.speaking_view import SpeakingDialog
from ui.shell.style import make_quiet
from ui.shell.retranslating import Retranslating

WARNING_COLOUR = "#b86e00"
OVERTIME_COLOUR = "#c62828"
#: Lateness beyond this means the conference is dated another day (a rehearsal): not "late".
OTHER_DAY_MINUTES = 12 * 60


def _set_style(label: QLabel, sheet: str) -> None:
    """A style sheet only when it changes: restyling every second would cost a repaint each time."""
    if label.styleSheet() != sheet:
        label.setStyleSheet(sheet)


def _button(text: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setMinimumHeight(34)
    return button


class ShiftDayDialog(QDialog):
    """ "Forskyv resten av dagen": how many minutes, and what stays where it is."""

    def __init__(self, view: DayView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Forskyv resten av dagen"))
        self.setMinimumWidth(480)
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(-180, 240)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setValue(view.late_minutes if 0 < view.late_minutes <= 240 else 5)
        self.minutes_spin.selectAll()
        explanation = QLabel(self.explanation(view))
        explanation.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Flytt blokkene etter denne med")))
        row.addWidget(self.minutes_spin)
        row.addStretch(1)
        buttons, self.ok_button = accept_cancel_buttons(self, self.tr("Forskyv"))
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(explanation)
        layout.addSpacing(8)
        layout.addWidget(buttons)

    def minutes(self) -> int:
        return self.minutes_spin.value()

    def explanation(self, view: DayView) -> str:
        after = view.block.position if view.block is not None and view.phase is Phase.RUNNING else -1
        if view.phase is not Phase.RUNNING and view.block is not None:
            after = view.block.position - 1
        fixed = [t for t in view.timings if t.block.position > after and t.block.fixed_time]
        text = self.tr(
            "Alle blokker som ikke har begynt, flyttes like mye (bruk minus for å flytte tidligere). "
            "Faste punkter blir stående og tar opp forsinkelsen; blokkene etter dem flyttes ikke."
        )
        if fixed:
            names = ", ".join(
                f"{t.block.title} ({format_time_range(t.block.start, t.block.end)})" for t in fixed
            )
            text += "\n\n" + self.tr("Faste punkter: {names}. Skal et fast punkt flyttes likevel, fjern "
                                     "«Fast tidspunkt» på blokken først.").format(names=names)
        return text


class ControlPanel(Retranslating, QFrame):
    """The run's state in large, calm type, and the buttons that run it."""

    def __init__(self, controller: RunController, display: ProjectorDisplay, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.display = display
        self.setObjectName("controlPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#controlPanel { background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }"
        )
        base = self.font().pointSizeF()

        self.caption_label = QLabel()
        caption_font = QFont(self.font())
        caption_font.setBold(True)
        caption_font.setPointSizeF(base * 0.9)
        self.caption_label.setFont(caption_font)
        make_quiet(self.caption_label)
        self.title_label = QLabel()
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setPointSizeF(base * 1.45)
        self.title_label.setFont(title_font)
        self.title_label.setWordWrap(True)
        self.meta_label = QLabel()
        make_quiet(self.meta_label)
        self.rotation_label = QLabel()
        rotation_font = QFont(self.font())
        rotation_font.setBold(True)
        rotation_font.setPointSizeF(base * 1.25)
        self.rotation_label.setFont(rotation_font)
        self.next_label = QLabel()
        self.late_label = QLabel()
        self.late_label.setWordWrap(True)

        self.time_label = QLabel()
        time_font = QFont("DejaVu Sans")
        time_font.setBold(True)
        time_font.setPointSizeF(base * 3.4)
        self.time_label.setFont(time_font)
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.time_caption = QLabel()
        self.time_caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

        # run buttons
        self.play_button = _button()
        self.back_button = _button()
        self.next_button = _button()
        self.plus_one_button = _button()
        self.plus_five_button = _button()
        self.end_button = _button()
        self.shift_button = _button()
        # rotation
        self.rotation_start_button = _button()
        self.rotation_pause_button = _button()
        self.skip_button = _button()
        self.slot_label = QLabel()
        self.slot_spin = QDoubleSpinBox()
        self.slot_spin.setRange(0.5, 60.0)
        self.slot_spin.setSingleStep(0.5)
        self.slot_spin.setDecimals(1)
        self.slot_spin.setValue(5.0)
        self.slot_spin.setKeyboardTracking(False)
        # projector
        self.projector_button = _button()
        self.blank_button = _button()
        self.blank_button.setCheckable(True)
        self.placement_label = QLabel()
        make_quiet(self.placement_label)
        self.speaking_button = _button()
        self._speaking_dialog: SpeakingDialog | None = None

        left = QVBoxLayout()
        left.setSpacing(3)
        left.addWidget(self.caption_label)
        left.addWidget(self.title_label)
        left.addWidget(self.meta_label)
        left.addSpacing(4)
        left.addWidget(self.rotation_label)
        left.addWidget(self.next_label)
        left.addWidget(self.late_label)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(0)
        right.addWidget(self.time_label)
        right.addWidget(self.time_caption)
        right.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addSpacing(16)
        top.addLayout(right)

        run_row = QHBoxLayout()
        run_row.setSpacing(6)
        for button in (self.play_button, self.back_button, self.next_button):
            button.setMinimumWidth(120)
            run_row.addWidget(button)
        run_row.addSpacing(10)
        for button in (self.plus_one_button, self.plus_five_button, self.end_button, self.shift_button):
            run_row.addWidget(button)
        run_row.addStretch(1)

        self.rotation_row = QWidget()
        rotation_layout = QHBoxLayout(self.rotation_row)
        rotation_layout.setContentsMargins(0, 0, 0, 0)
        rotation_layout.setSpacing(6)
        for button in (self.rotation_start_button, self.rotation_pause_button, self.skip_button):
            rotation_layout.addWidget(button)
        rotation_layout.addSpacing(10)
        rotation_layout.addWidget(self.slot_label)
        rotation_layout.addWidget(self.slot_spin)
        rotation_layout.addStretch(1)

        projector_row = QHBoxLayout()
        projector_row.setSpacing(6)
        projector_row.addWidget(self.projector_button)
        projector_row.addWidget(self.blank_button)
        projector_row.addSpacing(8)
        projector_row.addWidget(self.placement_label, 1)
        projector_row.addWidget(self.speaking_button)

        grid = QGridLayout(self)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setVerticalSpacing(8)
        grid.addLayout(top, 0, 0)
        grid.addLayout(run_row, 1, 0)
        grid.addWidget(self.rotation_row, 2, 0)
        grid.addLayout(projector_row, 3, 0)

        self.play_button.clicked.connect(controller.toggle_pause)
        self.back_button.clicked.connect(controller.back)
        self.next_button.clicked.connect(controller.next)
        self.plus_one_button.clicked.connect(self._add_one)
        self.plus_five_button.clicked.connect(self._add_five)
        self.end_button.clicked.connect(controller.end_block)
        self.shift_button.clicked.connect(self.shift_day)
        self.rotation_start_button.clicked.connect(self._start_rotation)
        self.rotation_pause_button.clicked.connect(controller.toggle_rotation_pause)
        self.skip_button.clicked.connect(controller.skip_slot)
        self.slot_spin.valueChanged.connect(self._slot_changed)
        self.projector_button.clicked.connect(display.toggle)
        self.blank_button.clicked.connect(self._blank_clicked)
        self.speaking_button.clicked.connect(self.show_speaking)
        controller.view_changed.connect(self.show_view)
        controller.active_changed.connect(self._active_changed)
        display.visible_changed.connect(self._update_projector)
        display.placement_changed.connect(self._update_projector)

        self._slot_block: int | None = None
        self._retranslate()
        self._active_changed(controller.is_active)

    # -- language ---------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.back_button.setText(self.tr("◀  Tilbake"))
        self.back_button.setToolTip(self.tr("Forrige blokk går videre (← eller PageUp)"))
        self.next_button.setText(self.tr("Neste  ▶"))
        self.next_button.setToolTip(self.tr("Avslutt blokken og start neste (→ eller PageDown)"))
        self.plus_one_button.setText(self.tr("+1 min"))
        self.plus_five_button.setText(self.tr("+5 min"))
        self.end_button.setText(self.tr("Avslutt blokk"))
        self.end_button.setToolTip(self.tr("Avslutt blokken nå uten å starte neste"))
        self.shift_button.setText(self.tr("Forskyv resten av dagen…"))
        self.rotation_start_button.setText(self.tr("Start taleliste"))
        self.skip_button.setText(self.tr("Hopp over taler"))
        self.slot_label.setText(self.tr("Taletid:"))
        self.slot_spin.setSuffix(self.tr(" min"))
        self.blank_button.setText(self.tr("Blank skjerm (B)"))
        self.blank_button.setToolTip(self.tr("Svart projektor (B eller punktum)"))
        self.speaking_button.setText(self.tr("Taletid…"))
        self.speaking_button.setToolTip(self.tr("Hvor lang taletid hver fikk i gruppeblokkene, og hvem som ble hoppet over"))
        self._update_projector()
        if self.controller.view is not None:
            self.show_view(self.controller.view)

    # -- showing ------------------------------------------------------------------------------
    def _active_changed(self, active: bool) -> None:
        self.setEnabled(active)
        if not active:
            for label in (self.caption_label, self.title_label, self.meta_label, self.rotation_label,
                          self.next_label, self.late_label, self.time_label, self.time_caption):
                label.setText("")
        elif self.controller.view is not None:
            self.show_view(self.controller.view)

    def show_view(self, view: DayView) -> None:
        running = view.phase is Phase.RUNNING
        block = view.block
        self.caption_label.setText(self.tr("NÅ") if running else self.tr("NESTE") if block else "")
        self.title_label.setText(block.title if block else self.tr("Dagen er ferdig"))
        self._show_meta(view)
        self._show_time(view)
        self._show_rotation(view)
        self._show_next(view)
        self._show_lateness(view)
        self._show_buttons(view)

    def _show_meta(self, view: DayView) -> None:
        block = view.block
        if block is None:
            self.meta_label.setText("")
            return
        parts = [kind_name(block.kind), format_time_range(block.start, block.end)]
        timing = next((t for t in view.timings if t.block.id == block.id), None)
        if timing is not None and timing.actual_start is not None and view.phase is Phase.RUNNING:
            parts.append(self.tr("startet {time}").format(time=format_time(timing.actual_start.time())))
        if block.presenter:
            parts.append(block.presenter)
        self.meta_label.setText(" · ".join(p for p in parts if p))

    def _show_time(self, view: DayView) -> None:
        colour = ""
        if view.phase is Phase.RUNNING and view.remaining is not None:
            self.time_label.setText(clock_face(view.remaining))
            if view.paused:
                caption, colour = self.tr("pause – klokka står"), "palette(mid)"
            elif view.overtime:
                caption, colour = self.tr("på overtid"), OVERTIME_COLOUR
            elif view.warning:
                caption, colour = self.tr("igjen – snart slutt"), WARNING_COLOUR
            else:
                caption = self.tr("igjen")
        elif view.until_next is not None and view.block is not None:
            if 0 < view.until_next < OTHER_DAY_MINUTES * 60:
                self.time_label.setText(clock_face(view.until_next))
                caption = self.tr("til planlagt start")
            else:
                self.time_label.setText(format_time(view.now.time()))
                caption = self.tr("klokka nå")
        else:
            self.time_label.setText(format_time(view.now.time()))
            caption = self.tr("klokka nå")
        _set_style(self.time_label, f"color: {colour};" if colour else "")
        self.time_caption.setText(caption)

    def _show_rotation(self, view: DayView) -> None:
        rotation = view.rotation
        if rotation is None:
            self.rotation_label.setText("")
            self.rotation_label.setVisible(False)
            return
        text = rotation_text(rotation)
        if rotation.paused:
            text += " · " + self.tr("pause")
        tables = open_tables_text(rotation)
        if tables:
            text += " · " + tables
        self.rotation_label.setText(text)
        self.rotation_label.setVisible(True)

    def _show_next(self, view: DayView) -> None:
        block = view.next_block
        if block is None or view.phase is not Phase.RUNNING:
            self.next_label.setText("")
            self.next_label.setVisible(False)
            return
        when = format_time(view.next_start.time()) if view.next_start else ""
        self.next_label.setText(self.tr("Neste: {time} {title}").format(time=when, title=block.title).replace("  ", " "))
        self.next_label.setVisible(True)

    def _show_lateness(self, view: DayView) -> None:
        late = view.late_minutes
        colour = ""
        if view.phase is Phase.BEFORE_START:
            text = ""
        elif abs(late) > OTHER_DAY_MINUTES:
            date = view.timings[0].planned_start.date() if view.timings and view.timings[0].planned_start else None
            text = self.tr("Konferansen er datert {date}; planen gjelder den dagen.").format(date=format_date(date))
        elif late > 0:
            text = self.tr("Dagen ligger {minutes} min etter planen").format(minutes=late)
            colour = WARNING_COLOUR
        elif late < 0:
            text = self.tr("Dagen ligger {minutes} min foran planen").format(minutes=-late)
        else:
            text = self.tr("Dagen går etter planen")
        self.late_label.setText(text)
        _set_style(self.late_label, f"color: {colour}; font-weight: bold;" if colour else "")
        self.late_label.setVisible(bool(text))

    def _show_buttons(self, view: DayView) -> None:
        running = view.phase is Phase.RUNNING
        if not running:
            self.play_button.setText(self.tr("▶  Start"))
            self.play_button.setToolTip(self.tr("Start neste blokk (mellomrom)"))
        elif view.paused:
            self.play_button.setText(self.tr("▶  Fortsett"))
            self.play_button.setToolTip(self.tr("Klokka går videre (mellomrom)"))
        else:
            self.play_button.setText(self.tr("❚❚  Pause"))
            self.play_button.setToolTip(self.tr("Stopp klokka (mellomrom)"))
        self.play_button.setEnabled(running or view.block is not None)
        self.next_button.setEnabled(running or view.block is not None)
        for button in (self.plus_one_button, self.plus_five_button, self.end_button):
            button.setEnabled(running)
        self.shift_button.setEnabled(view.phase is not Phase.FINISHED)
        self.back_button.setEnabled(view.phase is not Phase.BEFORE_START)
        group = running and view.block is not None and view.block.is_group_block
        self.rotation_row.setVisible(group)
        rotation = view.rotation
        self.rotation_start_button.setEnabled(group and rotation is None)
        self.rotation_pause_button.setEnabled(rotation is not None)
        self.skip_button.setEnabled(rotation is not None and not rotation.open_discussion)
        self.rotation_pause_button.setText(
            self.tr("Fortsett tale") if rotation is not None and rotation.paused else self.tr("Pause tale")
        )
        if group and view.block is not None:
            seconds = rotation.slot_seconds if rotation is not None else None
            if rotation is not None or self._slot_block != view.block.id:
                shown = (seconds or view.block.slot_seconds) / 60
                if abs(self.slot_spin.value() - shown) > 1e-6 and not self.slot_spin.hasFocus():
                    self.slot_spin.blockSignals(True)
                    self.slot_spin.setValue(shown)
                    self.slot_spin.blockSignals(False)
            self._slot_block = view.block.id
        self.blank_button.setChecked(view.blank)
        runner = self.controller.runner
        self.speaking_button.setEnabled(runner is not None and any(
            runner.rotation_marks(t.block.id) for t in view.timings if t.block.is_group_block))

    def _update_projector(self, *args: object) -> None:
        shown = self.display.is_shown
        self.projector_button.setText(self.tr("Skjul projektor") if shown else self.tr("Vis projektor"))
        self.placement_label.setText(self.tr("Projektor: {where}").format(where=self.display.placement_text()))

    # -- actions ------------------------------------------------------------------------------
    def _add_one(self) -> None:
        self.controller.add_minutes(1)

    def _add_five(self) -> None:
        self.controller.add_minutes(5)

    def _start_rotation(self) -> None:
        self.controller.start_rotation(round(self.slot_spin.value() * 60))

    def _slot_changed(self, minutes: float) -> None:
        view = self.controller.view
        if view is not None and view.rotation is not None:
            self.controller.set_slot_seconds(round(minutes * 60))

    def _blank_clicked(self) -> None:
        self.controller.toggle_blank()

    def show_speaking(self) -> SpeakingDialog:
        """Taletid: one window, raised again if it is open."""
        if self._speaking_dialog is None:
            self._speaking_dialog = SpeakingDialog(self.controller, self.window())
        self._speaking_dialog.reload()
        self._speaking_dialog.show()
        self._speaking_dialog.raise_()
        return self._speaking_dialog

    def shift_day(self) -> None:
        view = self.controller.view
        if view is None:
            return
        dialog = ShiftDayDialog(view, self)
        if dialog.exec() and dialog.minutes():
            self.controller.shift_day(dialog.minutes())
