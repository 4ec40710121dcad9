"""What the speaker rotation's replay leaves behind: a mark at every logged action of its block.

The day runner makes them while it replays the run log for the countdown; speaking time
(``speaking_time``) reads them, so the two can never disagree about how long a slot ran.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.conference_file.schema import RunEventKind


@dataclass(frozen=True)
class RotationMark:
    """The rotation at a logged action: its running time (pauses excluded) just before and just
    after the action (a skip jumps it to the next slot), the slot length and whether it then stood
    paused. ``kind`` None is the moment asked about, not an action."""

    kind: RunEventKind | None
    t: float  # the process's monotonic clock, as the replay computed it
    before: float
    after: float
    slot_seconds: float
    paused: bool

    def until(self, t: float, elapsed: float) -> RotationMark:
        """The mark for the moment ``t`` when nothing was done since this one."""
        return RotationMark(None, t, elapsed, elapsed, self.slot_seconds, self.paused)
