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

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.conference_file import conference as conference_core
from app.groups import plans as groups_core
from app.roster import participants as participants_core
from app.referent import summaries as summaries_core
from app.conference_file.conference import ConferenceInfo
from app.groups.plans import GroupsChanged, Plan, PlanState
from app.common.clock import Clock, SystemClock
from app.common.messages import KvadrantError
from app.conference_file import row_snapshots
from app.conference_file.row_snapshots import Snapshot
from app.roster.participants import ParticipantRow, ParticipantsChanged
from app.conference_file.storage import ConferenceDb
from app.referent.summaries import SaveResult
from ui.shell.changes import Changes
from ui.shell.undo import RestoreCommand

if TYPE_CHECKING:
    from app.roster.importer import ImportResult, ParsedRoster


#: The fields a participant can be re-created with after a removal is undone.
_ROW_FIELDS = ("name", "municipality", "role", "kommunegruppe", "email", "present", "advises")


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
        #: The one time source of the app: every view and core call takes the time from here.
        self.clock: Clock = clock if clock is not None else SystemClock()
        #: Ids given to participants re-created by undo/redo: first id -> newer id.
        self._aliases: dict[int, int] = {}
        self.undo_stack = QUndoStack(self)

    # -- the file -----------------------------------------------------------------------------
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
        self._db = db
        self.file_opened.emit(db.path)

    def close(self) -> None:
        if self._db is None:
            return
        self.file_closing.emit()
        db, self._db = self._db, None
        self.undo_stack.clear()
        self._aliases.clear()
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

    # -- referent summaries (not undoable: every version is kept by the core's versioning) ----
    def save_summary(
        self, *, block_id: int, group_id: int, text: str, base_version: int, delivered: bool | None = None
    ) -> SaveResult:
        """Save a referat typed on the laptop; a stale ``base_version`` keeps it as a conflict."""
        result = summaries_core.save_summary(
            self.db,
            block_id=block_id,
            group_id=group_id,
            text=text,
            base_version=base_version,
            source=summaries_core.LAPTOP,
            delivered=delivered,
            now=self.clock.now,
        )
        self.announce(Changes(summaries=summaries_core.SummariesChanged(block_id, group_id, summaries_core.LAPTOP)))
        return result

    def resolve_summary_conflict(self, *, block_id: int, group_id: int, text: str, base_version: int) -> SaveResult:
        result = summaries_core.resolve_conflict(
            self.db, block_id=block_id, group_id=group_id, text=text, base_version=base_version, now=self.clock.now
        )
        self.announce(Changes(summaries=summaries_core.SummariesChanged(block_id, group_id, summaries_core.LAPTOP)))
        return result

    # -- writing participants (undoable) ------------------------------------------------------
    def add_participant(self, **fields: Any) -> ParticipantsChanged:
        change = participants_core.add_participant(self.db, **fields)
        self._announce(change)
        name = str(fields.get("name", ""))
        self.undo_stack.push(_AddCommand(self, change.added[0], fields, self.tr("Legg til {name}").format(name=name)))
        return change

    def update_participant(self, participant_id: int, **fields: Any) -> ParticipantsChanged:
        before = self._row(participant_id)
        change = participants_core.update_participant(self.db, self.resolve(participant_id), **fields)
        self._announce(change)
        if before is not None:
            old = {key: getattr(before, key) for key in fields}
            self.undo_stack.push(_UpdateCommand(self, participant_id, old, dict(fields), self._update_text(fields)))
        return change

    def set_present(self, participant_ids: Iterable[int], present: bool) -> ParticipantsChanged:
        ids = [self.resolve(i) for i in participant_ids]
        rows = {row.id: row for row in self.participants()}
        before = {i: rows[i].present for i in ids if i in rows}
        change = participants_core.set_present(self.db, ids, present)
        self._announce(change)
        if present:
            text = self.tr("Marker {n} til stede").format(n=len(ids))
        else:
            text = self.tr("Marker {n} fraværende").format(n=len(ids))
        self.undo_stack.push(_PresenceCommand(self, before, present, text))
        return change

    def remove_participants(self, participant_ids: Iterable[int]) -> ParticipantsChanged:
        ids = {self.resolve(i) for i in participant_ids}
        removed = [row for row in self.participants() if row.id in ids]
        change = participants_core.remove_participants(self.db, [row.id for row in removed])
        self._announce(change)
        if len(removed) == 1:
            text = self.tr("Fjern {name}").format(name=removed[0].name)
        else:
            text = self.tr("Fjern {n} deltakere").format(n=len(removed))
        self.undo_stack.push(_RemoveCommand(self, removed, text))
        return change

    def apply_roster(self, parsed: ParsedRoster) -> ImportResult:
        """Write an import the facilitator has previewed. Not undoable: it clears the undo history."""
        from app.roster.importer import apply_roster

        result = apply_roster(self.db, parsed)
        self.undo_stack.clear()
        self._announce(result.changed)
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
        self, *, kvadrant: int, group_id: int, ordstyrer_id: int | None, referent_id: int | None
    ) -> GroupsChanged:
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
        """Seat everyone of one group at another (a kommunegruppe of one joins a neighbour).

        Done as moves rather than with ``groups.merge_groups``: that deletes the source group,
        which ``groups.restore`` cannot bring back, so Ctrl+Z would lose the person. The emptied
        group stays in the file; the groups view does not show empty kommunegrupper.
        """

        def action() -> GroupsChanged:
            plan = groups_core.current_plan(self.db, kvadrant)
            source = next((t for t in plan.tables if t.id == source_group_id), None) if plan else None
            if source is None or plan is None or not any(t.id == target_group_id for t in plan.tables):
                raise KvadrantError("group_not_found")
            moves = []
            for member in source.members:
                change = groups_core.move_member(
                    self.db,
                    participant_id=member.participant_id,
                    from_group_id=source_group_id,
                    to_group_id=target_group_id,
                )
                moves.extend(change.moves)
            return GroupsChanged(kvadrant=kvadrant, moves=tuple(moves))

        return self._run_groups((kvadrant,), action, text or self.tr("Slå sammen grupper"))

    def check_in(self, participant_id: int, present: bool, *, name: str = "") -> GroupsChanged:
        """Check someone in or out; the current plans of both kvadrants are fitted around it.

        The change carries who moved where (``GroupsChanged.moves``) for the view to say.
        """
        pid = self.resolve(participant_id)
        text = self.tr("Sjekk inn {name}") if present else self.tr("Marker {name} fraværende")
        return self._run_groups(
            groups_core.KVADRANTS,
            lambda: groups_core.set_presence(self.db, pid, present),
            text.format(name=name).strip(),
        )

    def _run_groups(
        self, kvadrants: tuple[int, ...], action: Callable[[], GroupsChanged], text: str | Callable[[GroupsChanged], str]
    ) -> GroupsChanged:
        """Carry out a groups operation, announce it, and push its undo (snapshots before and after)."""
        before = tuple(groups_core.snapshot(self.db, k) for k in kvadrants)
        change = action()
        after = tuple(groups_core.snapshot(self.db, k) for k in kvadrants)
        self._announce_groups(change)
        label = text(change) if callable(text) else text
        self.undo_stack.push(_GroupsCommand(self, before, after, change, label))
        return change

    def _move_text(self, change: GroupsChanged) -> str:
        if not change.moves:
            return self.tr("Endre talerekkefølge")
        move = change.moves[0]
        if move.kvadrant == 4:
            return self.tr("Flytt {name} til gruppe {number}").format(name=move.name, number=move.to_table)
        return self.tr("Flytt {name} til bord {number}").format(name=move.name, number=move.to_table)

    def _announce_groups(self, change: GroupsChanged) -> None:
        self.announce(Changes.of_groups(change))

    # -- helpers -------------------------------------------------------------------------------
    def resolve(self, participant_id: int) -> int:
        """The id a participant has now, after undo/redo may have re-created them."""
        seen = set()
        while participant_id in self._aliases and participant_id not in seen:
            seen.add(participant_id)
            participant_id = self._aliases[participant_id]
        return participant_id

    def _alias(self, old_id: int, new_id: int) -> None:
        if old_id != new_id:
            self._aliases[old_id] = new_id

    def _row(self, participant_id: int) -> ParticipantRow | None:
        wanted = self.resolve(participant_id)
        return next((row for row in self.participants() if row.id == wanted), None)

    def _announce(self, change: ParticipantsChanged) -> None:
        self.announce(Changes(participants=change))

    def _update_text(self, fields: dict[str, Any]) -> str:
        names = {
            "name": self.tr("Endre navn"),
            "municipality": self.tr("Endre kommune"),
            "role": self.tr("Endre rolle"),
            "kommunegruppe": self.tr("Endre kommunegruppe"),
            "email": self.tr("Endre e-post"),
            "present": self.tr("Endre oppmøte"),
            "advises": self.tr("Endre veileder for"),
        }
        if len(fields) == 1:
            return names.get(next(iter(fields)), self.tr("Endre deltaker"))
        return self.tr("Endre deltaker")

    def _undoable(self, action: Callable[[], None]) -> bool:
        """Run an undo or redo step; a refusal from the core is reported, not raised."""
        if self._db is None:
            return False
        try:
            action()
        except KvadrantError as error:
            self.undo_failed.emit(error)
            return False
        return True


class _SessionCommand(QUndoCommand):
    """A participant change that has already been carried out when it is pushed."""

    def __init__(self, session: ConferenceSession, text: str) -> None:
        super().__init__(text)
        self.session = session
        self._done = True

    def redo(self) -> None:
        if self._done:  # pushed after the change was made
            self._done = False
            return
        if not self.session._undoable(self.do):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self.session._undoable(self.revert):
            self.setObsolete(True)

    def do(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class _UpdateCommand(_SessionCommand):
    def __init__(self, session: ConferenceSession, pid: int, old: dict, new: dict, text: str) -> None:
        super().__init__(session, text)
        self.pid, self.old, self.new = pid, old, new

    def _apply(self, fields: dict) -> None:
        s = self.session
        s._announce(participants_core.update_participant(s.db, s.resolve(self.pid), **fields))

    def do(self) -> None:
        self._apply(self.new)

    def revert(self) -> None:
        self._apply(self.old)


class _PresenceCommand(_SessionCommand):
    def __init__(self, session: ConferenceSession, before: dict[int, bool], present: bool, text: str) -> None:
        super().__init__(session, text)
        self.before, self.present = before, present

    def do(self) -> None:
        s = self.session
        s._announce(participants_core.set_present(s.db, [s.resolve(i) for i in self.before], self.present))

    def revert(self) -> None:
        s = self.session
        for value in (True, False):
            ids = [s.resolve(i) for i, was in self.before.items() if was is value]
            if ids:
                s._announce(participants_core.set_present(s.db, ids, value))


class _AddCommand(_SessionCommand):
    def __init__(self, session: ConferenceSession, pid: int, fields: dict, text: str) -> None:
        super().__init__(session, text)
        self.pid, self.fields = pid, dict(fields)

    def do(self) -> None:
        s = self.session
        change = participants_core.add_participant(s.db, **self.fields)
        s._alias(s.resolve(self.pid), change.added[0])
        s._announce(change)

    def revert(self) -> None:
        s = self.session
        s._announce(participants_core.remove_participants(s.db, [s.resolve(self.pid)]))


class _RemoveCommand(_SessionCommand):
    def __init__(self, session: ConferenceSession, rows: list[ParticipantRow], text: str) -> None:
        super().__init__(session, text)
        self.rows = rows

    def do(self) -> None:
        s = self.session
        s._announce(participants_core.remove_participants(s.db, [s.resolve(r.id) for r in self.rows]))

    def revert(self) -> None:
        s = self.session
        added: list[int] = []
        try:
            for row in self.rows:
                change = participants_core.add_participant(s.db, **{k: getattr(row, k) for k in _ROW_FIELDS})
                s._alias(s.resolve(row.id), change.added[0])
                added.extend(change.added)
        finally:
            if added:
                s._announce(ParticipantsChanged(added=tuple(added)))


class _GroupsCommand(_SessionCommand):
    """A groups operation, undone and redone by putting back the plans as they were (snapshots).

    ``before`` and ``after`` hold one :class:`PlanState` per kvadrant the operation touched (both
    for a check-in, since presence reaches every plan). Redo says again who moved where.
    """

    def __init__(
        self,
        session: ConferenceSession,
        before: tuple[PlanState, ...],
        after: tuple[PlanState, ...],
        change: GroupsChanged,
        text: str,
    ) -> None:
        super().__init__(session, text)
        self.before, self.after, self.change = before, after, change

    def _put_back(self, states: tuple[PlanState, ...], change: GroupsChanged) -> None:
        s = self.session
        for state in states:
            groups_core.restore(s.db, state)
        presence = _presence_differences(self.before, self.after)
        s._announce_groups(
            GroupsChanged(
                kvadrant=states[0].kvadrant if len(states) == 1 else None,
                moves=change.moves,
                presence_changed=presence,
                new_plan=True,
            )
        )

    def do(self) -> None:
        self._put_back(self.after, self.change)

    def revert(self) -> None:
        self._put_back(self.before, GroupsChanged(kvadrant=None))


def _presence_differences(before: tuple[PlanState, ...], after: tuple[PlanState, ...]) -> tuple[int, ...]:
    if not before or not after:
        return ()
    was = dict(before[0].present)
    return tuple(pid for pid, present in after[0].present if was.get(pid) != present)
