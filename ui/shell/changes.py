"""What one operation changed, as the session announces it on its one ``changed`` signal.

The core's operations each return their own value (``ParticipantsChanged``, ``GroupsChanged``,
``SummariesChanged``); the session wraps it in :class:`Changes` and every view looks at the parts
it shows, as Anki's ``OpChanges`` (``../shared/STYLE.md``). No view tells another to refresh.
"""
from __future__ import annotations

from dataclasses import dataclass

from app.groups.plans import GroupsChanged
from app.referent.summaries import SummariesChanged
from app.roster.participants import ParticipantsChanged


@dataclass(frozen=True)
class Changes:
    #: The conference's title, date or venue.
    conference: bool = False
    #: The programme's blocks (times, titles, tasks, order).
    programme: bool = False
    participants: ParticipantsChanged | None = None
    groups: GroupsChanged | None = None
    summaries: SummariesChanged | None = None
    #: The evaluation: its questions, open state, typed-in responses, or the coding board.
    #: (Phones' responses are not announced: the results views look at the file's change marks.)
    evaluation: bool = False
    #: The closing plenum's themes and where the key points are placed.
    plenum: bool = False

    @classmethod
    def of_groups(cls, change: GroupsChanged) -> Changes:
        """A groups operation; a check-in changes the people's presence too."""
        presence = tuple(change.presence_changed)
        return cls(groups=change, participants=ParticipantsChanged(updated=presence) if presence else None)
