"""The open conference file on the UI side: one object that holds the ``ConferenceDb``, runs
the core's writes and says what changed through Qt signals.

Every write goes through here and ends in one ``changed`` signal carrying a :class:`Changes`
(the core's own change value inside); each view refreshes only the parts it shows, and no view
tells another to refresh. Participant edits, adds, removals and presence changes, and every
groups operation (a new plan, a move, a lock, a speaking order, a check-in), go on one
``QUndoStack``; the first run of each is done before it is pushed, so a :class:`KvadrantError`
reaches the caller, who shows it.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack
from sqlalchemy import or_

from app.conference_file import conference as conference_core
from app.groups import plans as groups_core
from app.roster import participants as participants_core
from app.referent import summaries as summaries_core
from app.conference_file.conference import ConferenceInfo
from app.groups.editing import KEEP, Keep
from app.groups.plans import GroupsChanged, MovedPerson, Plan, PlanState
from app.common.clock import Clock, SystemClock
from app.conference_file import row_snapshots
from app.conference_file.row_snapshots import Part, Snapshot
from app.conference_file.schema import AdvisedMunicipality, Block, Group, GroupMember, Participant
from app.run import programme as programme_core
from app.roster.participants import ParticipantRow, ParticipantsChanged
from app.conference_file.storage import ConferenceDb
from app.referent.summaries import SaveResult
from ui.shell.changes import Changes
from ui.shell.undo import RestoreCommand

if TYPE_CHECKING:
    from app.roster.importer import ImportResult, ParsedRoster


class ConferenceSession(QObject):
    """Holds at most one open conference file and announces every change to it."""

    file_opened = Signal(object)  # Path
    file_closed = Signal()
    #: Any write, here or from a phone (the referent service passes phones' saves on):
    #: carries what changed.
    changed = Signal(object)  # Changes
    #: After any write the core committed; carries the time it was saved.
    saved = Signal(object)  # datetime
    #: An undo or redo could not be carried out (e.g. the name is taken again by now).
    undo_failed = Signal(object)  # KvadrantError
    #: The file is about to close: the last moment to save what is typed and stop the server.
    file_closing = Signal()

    def __init__(self, parent: QObject | None = None, *, clock: Clock | None = None) -> None:
        super().__init__(parent)
        self._db: ConferenceDb | None = None
        self._clock: Clock = clock if clock is not None else SystemClock()
        self.undo_stack = QUndoStack(self)

    # -- the file -----------------------------------------------------------------------------
    @property
    def clock(self) -> Clock:
        """The one time source of the app: every view and the open file take the time from here."""
        return self._clock

    @clock.setter
    def clock(self, clock: Clock) -> None:
        self._clock = clock
        if self._db is not None:
            self._db.clock = clock

    @property
    def db(self) -> ConferenceDb:
        if self._db is None:
            raise RuntimeError("no conference file is open")
        return self._db

    @property
    def is_open(self) -> bool:
        return self._db is not None

    @property
    def path(self) -> Path | None:
        return self._db.path if self._db is not None else None

    def open(self, path: Path) -> None:
        """Open ``path`` in place of the current file; on failure the current one stays open."""
        self._adopt(ConferenceDb.open(path))

    def create(
        self, path: Path, *, title: str, date: dt.date | None, venue: str, template: str
    ) -> None:
        from app.conference_file.templates import create_conference

        self._adopt(create_conference(path, title=title, date=date, venue=venue, template=template))

    def create_demo(self, path: Path | None = None) -> None:
        """The demo at ``path``, or at a fresh path in the user's data folder."""
        from app.roster.demo import create_demo, default_demo_path

        self._adopt(create_demo(path or default_demo_path(self.clock.now())))

    def _adopt(self, db: ConferenceDb) -> None:
        self.close()
        db.clock = self.clock
        self._db = db
        self.file_opened.emit(db.path)

    def close(self) -> None:
        if self._db is None:
            return
        self.file_closing.emit()
        db, self._db = self._db, None
        self.undo_stack.clear()
        db.close()
        self.file_closed.emit()

    # -- reading -------------------------------------------------------------------------------
    def conference(self) -> ConferenceInfo:
        return conference_core.get_conference(self.db)

    def blocks(self) -> list[conference_core.BlockRow]:
        return conference_core.list_blocks(self.db)

    def participants(self) -> list[ParticipantRow]:
        return participants_core.list_participants(self.db)

    # -- writing the conference ----------------------------------------------------------------
    def set_conference(self, *, title: str, date: dt.date | None, venue: str) -> None:
        conference_core.set_conference(self.db, title=title, date=date, venue=venue)
        self.announce(Changes(conference=True))

    def push_rows(self, text: str, *, before: Snapshot, after: Snapshot, changes: Changes) -> None:
        """An edit that changed the rows ``before`` → ``after`` is done: announce ``changes`` and
        push its undo, which puts those rows back (ids included) and announces the same."""

        def put_back(target: Snapshot, expected: Snapshot) -> Changes:
            row_snapshots.restore(self.db, target, expected=expected)
            return changes

        self.announce(changes)
        self.undo_stack.push(
            RestoreCommand(self, text, undo=lambda: put_back(before, after), redo=lambda: put_back(after, before))
        )

    def announce(self, changes: Changes, *, saved_here: bool = True) -> None:
        """A write was committed: say it was saved (by this laptop), then what changed."""
        if saved_here:
            self.saved.emit(self.clock.now())
        self.changed.emit(changes)

    # -- the programme (undoable) --------------------------------------------------------------
    def add_block(self, *, position: int | None = None, **values: Any) -> int:
        """Add a block to the programme; returns its id."""
        added: list[int] = []

        def edit() -> str:
            added.extend(programme_core.add_block(self.db, position=position, **values).block_ids)
            title = programme_core.get_block(self.db, added[0]).title
            return QCoreApplication.translate("ProgrammeEditor", "Legg til «{title}»").format(title=title)

        self._edit_programme(edit)
        return added[0]

    def update_block(self, block_id: int, **values: Any) -> None:
        def edit() -> str | None:
            before = programme_core.block_values(programme_core.get_block(self.db, block_id))
            programme_core.update_block(self.db, block_id, **values)
            after = programme_core.block_values(programme_core.get_block(self.db, block_id))
            return None if after == before else QCoreApplication.translate("ProgrammeEditor", "Endre «{title}»").format(title=after["title"])

        self._edit_programme(edit)

    def move_block(self, block_id: int, position: int) -> None:
        def edit() -> str | None:
            block = programme_core.get_block(self.db, block_id)
            programme_core.move_block(self.db, block_id, position)
            if programme_core.get_block(self.db, block_id).position == block.position:
                return None
            return QCoreApplication.translate("ProgrammeEditor", "Flytt «{title}»").format(title=block.title)

        self._edit_programme(edit)

    def remove_block(self, block_id: int) -> None:
        def edit() -> str:
            block = programme_core.get_block(self.db, block_id)
            programme_core.remove_block(self.db, block_id)
            return QCoreApplication.translate("ProgrammeEditor", "Fjern «{title}»").format(title=block.title)

        self._edit_programme(edit)

    def _edit_programme(self, edit: Callable[[], str | None]) -> None:
        """Run ``edit`` (it returns the undo text, or None when nothing changed) and push its undo:
        every block's row, since adding, moving or removing one renumbers the others."""
        before = row_snapshots.take(self.db, _BLOCKS)
        text = edit()
        if text is not None:
            self.push_rows(text, before=before, after=row_snapshots.take(self.db, _BLOCKS), changes=Changes(programme=True))

    # -- referent summaries (not undoable: every version is kept by the core's versioning) ----
    def save_summary(
        self,
        *,
        block_id: int,
        group_id: int | None,
        text: str,
        base_version: int,
        delivered: bool | None = None,
        key_points: tuple[str, ...] | None = None,
    ) -> SaveResult:
        """Save a referat typed on the laptop (with its key points; None keeps the stored ones), or
        with ``group_id`` None a block's own notes; a stale ``base_version`` keeps it as a conflict."""
        result = summaries_core.save_summary(
            self.db,
            block_id=block_id,
            group_id=group_id,
            text=text,
            base_version=base_version,
            source=summaries_core.LAPTOP,
            delivered=delivered,
            key_points=key_points,
        )
        self.announce(Changes(summaries=summaries_core.SummariesChanged(block_id, group_id, summaries_core.LAPTOP)))
        return result

    def resolve_summary_conflict(
        self,
        *,
        block_id: int,
        group_id: int | None,
        conflict_id: int,
        text: str,
        base_version: int,
        key_points: tuple[str, ...] | None = None,
    ) -> SaveResult:
        """Keep the text (and key points) a person chose between the stored version and one refused."""
        result = summaries_core.resolve_conflict(
            self.db, block_id=block_id, group_id=group_id, conflict_id=conflict_id, text=text,
            base_version=base_version, key_points=key_points,
        )
        self.announce(Changes(summaries=summaries_core.SummariesChanged(block_id, group_id, summaries_core.LAPTOP)))
        return result

    # -- writing participants (undoable) ------------------------------------------------------
    def add_participant(self, **fields: Any) -> ParticipantsChanged:
        change = participants_core.add_participant(self.db, **fields)
        pid = change.added[0]
        name = str(fields.get("name", ""))
        self.push_rows(
            self.tr("Legg til {name}").format(name=name),
            before=Snapshot.empty(*_participant_rows([pid])),
            after=row_snapshots.take(self.db, *_participant_rows([pid])),
            changes=Changes(participants=change),
        )
        return change

    def update_participant(self, participant_id: int, **fields: Any) -> ParticipantsChanged:
        parts = _participant_rows([participant_id])
        before = row_snapshots.take(self.db, *parts)
        change = participants_core.update_participant(self.db, participant_id, **fields)
        self.push_rows(
            self._update_text(fields), before=before, after=row_snapshots.take(self.db, *parts), changes=Changes(participants=change)
        )
        return change

    def remove_participants(self, participant_ids: Iterable[int]) -> ParticipantsChanged:
        ids = set(participant_ids)
        removed = [row for row in self.participants() if row.id in ids]
        parts = _participant_rows([row.id for row in removed])
        before = row_snapshots.take(self.db, *parts)
        change = participants_core.remove_participants(self.db, [row.id for row in removed])
        if len(removed) == 1:
            text = self.tr("Fjern {name}").format(name=removed[0].name)
        else:
            text = self.tr("Fjern {n} deltakere").format(n=len(removed))
        self.push_rows(text, before=before, after=row_snapshots.take(self.db, *parts), changes=Changes(participants=change))
        return change

    def set_present(self, participant_ids: Iterable[int], present: bool, *, name: str = "") -> GroupsChanged:
        """Mark people present or absent (the Deltakere ticks and the Grupper check-in alike):
        the current plans of both kvadrants are fitted around it, and it is one undo step.

        The change carries who moved where (``GroupsChanged.moves``) for the view to say."""
        ids = list(participant_ids)
        if name:
            text = self.tr("Sjekk inn {name}") if present else self.tr("Marker {name} fraværende")
            label = text.format(name=name)
        elif present:
            label = self.tr("Marker {n} til stede").format(n=len(ids))
        else:
            label = self.tr("Marker {n} fraværende").format(n=len(ids))
        return self._run_groups(groups_core.KVADRANTS, lambda: groups_core.set_presence(self.db, ids, present), label)

    def check_in_from_phone(self, participant_id: int) -> GroupsChanged:
        """"Jeg er her" on a participant's phone, as one undo step (the core decides what is
        fitted: only the plans in use; refuses when self check-in is off or the person is unknown)."""
        from app.arrival.checkin import check_in

        row = next((p for p in self.participants() if p.id == participant_id), None)
        if row is not None and row.present:
            return GroupsChanged(kvadrant=None, moves=(), presence_changed=())  # a second tap: nothing to undo
        name = row.name if row is not None else ""
        label = self.tr("Sjekk inn {name} (fra telefonen)").format(name=name)
        return self._run_groups(groups_core.KVADRANTS, lambda: check_in(self.db, participant_id), label)

    def check_in(self, participant_id: int, present: bool, *, name: str = "") -> GroupsChanged:
        """Check one person in or out (see :meth:`set_present`)."""
        return self.set_present([participant_id], present, name=name)

    def apply_roster(self, parsed: ParsedRoster) -> ImportResult:
        """Write an import the facilitator has previewed. Not undoable: it clears the undo history."""
        from app.roster.importer import apply_roster

        result = apply_roster(self.db, parsed)
        self.undo_stack.clear()
        self.announce(Changes(participants=result.changed))
        return result

    # -- groups (undoable) ---------------------------------------------------------------------
    def plan(self, kvadrant: int) -> Plan | None:
        """The current plan of ``kvadrant`` (1 or 4), or None if none has been made."""
        return groups_core.current_plan(self.db, kvadrant)

    def make_plan(
        self,
        *,
        kvadrant: int,
        size: int | None = None,
        tables: int | None = None,
        by_role: bool = False,
        history_files: Iterable[str | Path] = (),
        seed: int | None = None,
    ) -> Plan:
        """A new plan for ``kvadrant``; locked people keep their seats, the old plan comes back on undo."""
        made: list[Plan] = []

        def action() -> GroupsChanged:
            made.append(
                groups_core.make_plan(
                    self.db,
                    kvadrant=kvadrant,
                    size=size,
                    tables=tables,
                    by_role=by_role,
                    seed=seed,
                    history_files=tuple(history_files),
                )
            )
            return GroupsChanged(kvadrant=kvadrant, new_plan=True)

        self._run_groups((kvadrant,), action, self.tr("Nye grupper for {kvadrant}. kvadrant").format(kvadrant=kvadrant))
        return made[0]

    def move_member(
        self, *, kvadrant: int, participant_id: int, from_group_id: int, to_group_id: int, position: int | None = None
    ) -> GroupsChanged:
        """Move someone to another table, or to ``position`` in the speaking order of their own."""

        def action() -> GroupsChanged:
            return groups_core.move_member(
                self.db,
                participant_id=participant_id,
                from_group_id=from_group_id,
                to_group_id=to_group_id,
                position=position,
            )

        return self._run_groups((kvadrant,), action, self._move_text)

    def set_speaking_order(self, *, kvadrant: int, group_id: int, participant_ids: Iterable[int]) -> GroupsChanged:
        ids = list(participant_ids)
        return self._run_groups(
            (kvadrant,),
            lambda: groups_core.set_speaking_order(self.db, group_id, ids),
            self.tr("Endre talerekkefølge"),
        )

    def set_chair_and_referent(
        self, *, kvadrant: int, group_id: int, ordstyrer_id: int | None | Keep = KEEP, referent_id: int | None | Keep = KEEP
    ) -> GroupsChanged:
        """Name a group's ordstyrer and/or referent; the core keeps one person from being both."""
        return self._run_groups(
            (kvadrant,),
            lambda: groups_core.set_chair_and_referent(
                self.db, group_id, ordstyrer_id=ordstyrer_id, referent_id=referent_id
            ),
            self.tr("Endre ordstyrer og referent"),
        )

    def set_member_locked(
        self, *, kvadrant: int, group_id: int, participant_id: int, locked: bool, name: str = ""
    ) -> GroupsChanged:
        text = self.tr("Lås {name}") if locked else self.tr("Lås opp {name}")
        return self._run_groups(
            (kvadrant,),
            lambda: groups_core.set_member_locked(self.db, group_id, participant_id, locked),
            text.format(name=name).strip(),
        )

    def set_group_locked(self, *, kvadrant: int, group_id: int, locked: bool, name: str = "") -> GroupsChanged:
        """Lock or unlock a whole table; ``name`` ("bord 7", "Sunnfjord") is for the undo text."""
        text = self.tr("Lås {name}") if locked else self.tr("Lås opp {name}")
        return self._run_groups(
            (kvadrant,),
            lambda: groups_core.set_group_locked(self.db, group_id, locked),
            text.format(name=name).strip(),
        )

    def merge_groups(self, *, kvadrant: int, source_group_id: int, target_group_id: int, text: str = "") -> GroupsChanged:
        """Seat everyone of one group at another (a kommunegruppe of one joins a neighbour), in one
        transaction; undo brings the merged-away group back with its id."""
        return self._run_groups(
            (kvadrant,),
            lambda: groups_core.merge_groups(self.db, source_group_id=source_group_id, target_group_id=target_group_id),
            text or self.tr("Slå sammen grupper"),
        )

    def _run_groups(
        self, kvadrants: tuple[int, ...], action: Callable[[], GroupsChanged], text: str | Callable[[GroupsChanged], str]
    ) -> GroupsChanged:
        """Carry out a groups operation, announce it, and push its undo: the plans (and presence)
        put back as they were before and after, groups with their ids."""
        before = tuple(groups_core.snapshot(self.db, k) for k in kvadrants)
        change = action()
        after = tuple(groups_core.snapshot(self.db, k) for k in kvadrants)
        presence = _presence_differences(before, after)

        def put_back(states: tuple[PlanState, ...], moves: tuple[MovedPerson, ...]) -> Changes:
            for state in states:
                groups_core.restore(self.db, state)
            kvadrant = states[0].kvadrant if len(states) == 1 else None
            return Changes.of_groups(GroupsChanged(kvadrant=kvadrant, moves=moves, presence_changed=presence, new_plan=True))

        self.announce(Changes.of_groups(change))
        label = text(change) if callable(text) else text
        self.undo_stack.push(
            RestoreCommand(self, label, undo=lambda: put_back(before, ()), redo=lambda: put_back(after, change.moves))
        )
        return change

    def _move_text(self, change: GroupsChanged) -> str:
        if not change.moves:
            return self.tr("Endre talerekkefølge")
        move = change.moves[0]
        if move.kvadrant == 4:
            return self.tr("Flytt {name} til gruppe {number}").format(name=move.name, number=move.to_table)
        return self.tr("Flytt {name} til bord {number}").format(name=move.name, number=move.to_table)

    def _update_text(self, fields: dict[str, Any]) -> str:
        names = {
            "name": self.tr("Endre navn"),
            "municipality": self.tr("Endre kommune"),
            "role": self.tr("Endre rolle"),
            "kommunegruppe": self.tr("Endre kommunegruppe"),
            "email": self.tr("Endre e-post"),
            "advises": self.tr("Endre veileder for"),
        }
        if len(fields) == 1:
            return names.get(next(iter(fields)), self.tr("Endre deltaker"))
        return self.tr("Endre deltaker")


#: Every block of the programme.
_BLOCKS = Part(Block, Block.id.is_not(None))


def _participant_rows(ids: list[int]) -> tuple[Part, ...]:
    """The rows a participant edit touches: the people, whom they advise, their seats, and the
    groups they chair or take notes for (emptied, not removed, when they go)."""
    return (
        Part(Participant, Participant.id.in_(ids)),
        Part(AdvisedMunicipality, AdvisedMunicipality.participant_id.in_(ids)),
        Part(Group, or_(Group.ordstyrer_id.in_(ids), Group.referent_id.in_(ids)), exact=False),
        Part(GroupMember, GroupMember.participant_id.in_(ids)),
    )


def _presence_differences(before: tuple[PlanState, ...], after: tuple[PlanState, ...]) -> tuple[int, ...]:
    if not before or not after:
        return ()
    was = dict(before[0].present)
    return tuple(pid for pid, present in after[0].present if was.get(pid) != present)
