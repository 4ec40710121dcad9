"""Running the day on the UI side: the core's :class:`DayRunner` behind buttons, keys and a tick.

The controller owns the runner of the open file. Every control action goes straight to the
core (which writes it to the file with its timestamps before anything is shown), then the
view is recomputed and announced with ``view_changed``. Between actions a single-shot timer
wakes up exactly when something shown would change — the next whole second of the countdown,
of the speaker slot, or of the wall clock — recomputes the view from the clock and announces
it. Nothing counts ticks: every number shown is a difference of timestamps, so a late or
missed tick can delay a repaint but never make the countdown wrong.

The chime sounds when the rotation's speaker changes (not when a file opens mid-slot).
"""
from __future__ import annotations

import math
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from app.conference_file.conference import BlockRow
from app.groups.plans import SeatListing, current_plan, find_your_table
from app.common.messages import KvadrantError
from app.run.day_runner import DayRunner, DayView, Phase, RunChanged, next_whole_second
from ui.shell.changes import Changes
from ui.shell.conference_session import ConferenceSession

#: A tick fires this long after the moment it waits for, so the value shown has really changed.
TICK_MARGIN_MS = 2


class Player(Protocol):
    def play(self) -> None: ...


def tick_delay(view: DayView) -> float:
    """Seconds until the next moment anything shown by ``view`` changes."""
    candidates: list[float] = []
    counting = view.phase is Phase.RUNNING and not view.paused and view.remaining is not None
    if counting:
        assert view.remaining is not None
        candidates.append(next_whole_second(view.remaining))
    if view.rotation is not None and not view.rotation.paused:
        candidates.append(next_whole_second(view.rotation.slot_remaining))
    if view.phase is not Phase.RUNNING and view.until_next is not None:
        candidates.append(next_whole_second(view.until_next))
    if view.shows_find_your_table:
        # The pages of Finn ditt bord turn on the wall clock's seconds.
        candidates.append(1.0 - view.now.microsecond / 1e6)
    else:
        # The time of day is shown in hours and minutes.
        candidates.append(60.0 - view.now.second - view.now.microsecond / 1e6)
    return max(0.0, min(candidates))


class RunController(QObject):
    """The day's runner for the open conference file, with its tick and its chime."""

    #: The day as it is now (a DayView), after an action or when a shown second changed.
    view_changed = Signal(object)
    #: A control action was taken and committed (the core's RunChanged).
    run_changed = Signal(object)
    #: A control action could not be written (a KvadrantError); nothing changed.
    failed = Signal(object)
    #: A conference file was opened (True) or closed (False).
    active_changed = Signal(bool)
    #: The seating or the conference title changed: Finn ditt bord and the title are read again.
    content_changed = Signal()

    def __init__(
        self,
        session: ConferenceSession,
        *,
        chime: Player | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.clock = session.clock
        self._chime = chime
        self._runner: DayRunner | None = None
        self._view: DayView | None = None
        self._rotation_key: tuple[int, int] | None = None
        self._seats: dict[int, tuple[SeatListing, ...]] = {}
        self._title = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)
        session.file_opened.connect(self._file_opened)
        session.file_closed.connect(self._file_closed)
        session.changed.connect(self._changed)
        if session.is_open:
            self._file_opened()

    # -- state -------------------------------------------------------------------------------
    @property
    def is_active(self) -> bool:
        return self._runner is not None

    @property
    def runner(self) -> DayRunner | None:
        return self._runner

    @property
    def view(self) -> DayView | None:
        """The day as last announced (None when no file is open)."""
        return self._view

    @property
    def chime(self) -> Player:
        if self._chime is None:
            from ui.programme.chime import Chime

            self._chime = Chime(self)
        return self._chime

    @chime.setter
    def chime(self, player: Player) -> None:
        self._chime = player

    @property
    def conference_title(self) -> str:
        return self._title

    def seats(self, block: BlockRow | None) -> tuple[SeatListing, ...]:
        """Finn ditt bord for a group block: everyone present, alphabetically, with their tables."""
        if block is None or block.kvadrant is None or self._runner is None:
            return ()
        if block.kvadrant not in self._seats:
            plan = current_plan(self._session.db, block.kvadrant)
            self._seats[block.kvadrant] = tuple(find_your_table(plan)) if plan is not None else ()
        return self._seats[block.kvadrant]

    # -- the file ----------------------------------------------------------------------------
    def _file_opened(self, *args: object) -> None:
        self._runner = DayRunner(self._session.db, self.clock)
        self._seats.clear()
        self._rotation_key = None
        self._read_title()
        self.active_changed.emit(True)
        self.refresh()

    def _file_closed(self) -> None:
        self._timer.stop()
        self._runner = None
        self._view = None
        self._rotation_key = None
        self._seats.clear()
        self._title = ""
        self.active_changed.emit(False)

    def _changed(self, changes: Changes) -> None:
        if self._runner is None:
            return
        if changes.programme:
            # Replay the whole log against the new programme: a removed block drops out cleanly.
            self._runner.reload()
        if changes.groups is not None:
            self._runner.groups_changed()
            self._seats.clear()
        if changes.conference:
            self._read_title()
        if changes.groups is not None or changes.conference:
            self.content_changed.emit()
        if changes.programme or changes.groups is not None or changes.conference:
            self.refresh()

    def _read_title(self) -> None:
        try:
            self._title = self._session.conference().title
        except KvadrantError:
            self._title = ""

    # -- the tick ----------------------------------------------------------------------------
    def refresh(self, *, acted: bool = False) -> DayView | None:
        """Compute the view from the clock, announce it and wait for the next shown change."""
        if self._runner is None:
            return None
        view = self._runner.view()
        self._listen_for_speaker(view, acted=acted)
        self._view = view
        self.view_changed.emit(view)
        self._timer.start(math.floor(tick_delay(view) * 1000) + TICK_MARGIN_MS)
        return view

    def _tick(self) -> None:
        self.refresh()

    def _listen_for_speaker(self, view: DayView, *, acted: bool) -> None:
        rotation = view.rotation
        block = view.block
        key = (block.id, rotation.speaker) if rotation is not None and block is not None else None
        previous, self._rotation_key = self._rotation_key, key
        if key is None or rotation is None:
            return
        if previous is not None and previous[0] == key[0]:
            # The speaker moved on; the one chime after the last speaker calls open discussion.
            if key[1] != previous[1] and previous[1] <= rotation.speakers:
                self.chime.play()
        elif acted and key[1] == 1:
            self.chime.play()  # the rotation was just started: first speaker, go

    # -- actions -----------------------------------------------------------------------------
    def _act(self, action: str, *args: float | int | None) -> RunChanged | None:
        """Carry out one of the runner's actions (written to the file first), then show it."""
        if self._runner is None:
            return None
        try:
            change = getattr(self._runner, action)(*args)
        except KvadrantError as error:
            self.failed.emit(error)
            return None
        if change is not None:
            self.run_changed.emit(change)
        self.refresh(acted=True)
        return change

    def start(self, block_id: int | None = None) -> RunChanged | None:
        return self._act("start", block_id)

    def next(self) -> RunChanged | None:
        return self._act("next")

    def back(self) -> RunChanged | None:
        return self._act("back")

    def toggle_pause(self) -> RunChanged | None:
        return self._act("toggle_pause")

    def add_minutes(self, minutes: float) -> RunChanged | None:
        return self._act("add_minutes", minutes)

    def end_block(self) -> RunChanged | None:
        return self._act("end_block")

    def shift_day(self, minutes: float) -> RunChanged | None:
        return self._act("shift_day", minutes)

    def start_rotation(self, slot_seconds: float | None = None) -> RunChanged | None:
        return self._act("start_rotation", slot_seconds)

    def toggle_rotation_pause(self) -> RunChanged | None:
        return self._act("toggle_rotation_pause")

    def skip_slot(self) -> RunChanged | None:
        return self._act("skip_slot")

    def set_slot_seconds(self, seconds: float) -> RunChanged | None:
        return self._act("set_slot_seconds", seconds)

    def toggle_blank(self) -> RunChanged | None:
        return self._act("toggle_blank")

    def running_block_id(self) -> int | None:
        view = self._view
        if view is None or view.phase is not Phase.RUNNING or view.block is None:
            return None
        return view.block.id

    def started_block_ids(self) -> set[int]:
        view = self._view
        return {t.block.id for t in view.timings if t.actual_start is not None} if view else set()
