"""Who delivered when: every group of every group block against the block's deadline.

The minutes say what happened ("Frist 11.30 · 15 av 17 levert i tide"), and the delivery
overview lists each group: referent, when it was delivered, late or not, words, state.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.referent.summaries import SummaryState


@dataclass(frozen=True)
class Delivery:
    """One group's referat as delivered (or not)."""

    block_id: int
    group: int
    label: str
    referent: str | None
    state: str  # delivered / writing (a draft) / empty / conflict
    delivered_at: dt.datetime | None
    words: int
    #: True: delivered after the deadline; None: no deadline to be late against.
    late: bool | None

    @property
    def on_time(self) -> bool:
        return self.state in ("delivered", "conflict") and self.delivered_at is not None and self.late is False


def deadline_moment(clock_deadline: dt.datetime | None, date_deadline: dt.date | None) -> dt.datetime | None:
    """The last moment a delivery counts as on time: the time on the day, or the end of a date."""
    if clock_deadline is not None:
        return clock_deadline
    if date_deadline is not None:
        return dt.datetime.combine(date_deadline, dt.time(23, 59, 59))
    return None


def delivery(block_id: int, group: int, label: str, referent: str | None, summary: SummaryState | None,
             deadline: dt.datetime | None) -> Delivery:
    """One group's row of the overview, late measured against ``deadline`` (None: not measured)."""
    if summary is None:
        return Delivery(block_id, group, label, referent, "empty", None, 0, None)
    delivered_at = (summary.delivered_at or summary.updated_at) if summary.delivered else None
    late = None
    if deadline is not None and delivered_at is not None:
        late = delivered_at > deadline
    return Delivery(block_id, group, label, referent, summary.status, delivered_at, summary.words, late)
