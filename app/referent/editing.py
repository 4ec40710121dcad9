"""The laptop's draft of one referat: the rules of typing, saving and conflicts, without a screen.
The summary editor saves a second after typing stops, with the version it started from; keeps the
text in memory when a save fails and tries again; and never lets a phone's newer version silently
replace unsaved typing (saving ours then makes the file keep both, as a conflict a person
resolves). :class:`SummaryDraft` holds those rules so they are tested without Qt: the editor widget
tells it each event (a keystroke, a save's answer, a phone's save, a resolve), writes the file with
the :class:`SaveRequest` it hands out, and does what the returned :class:`Reaction` says.
"""
from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, replace

from app.common.messages import KvadrantError
from app.referent.summaries import SaveResult, SummaryState

#: (block id, group id): one referat.
Key = tuple[int, int | None]  # (block id, group id; None: the block's own notes)


class DraftState(enum.Enum):
    """Where the open referat stands; earlier members win when more than one is true."""

    CLOSED = "closed"  # no group is open
    SAVING = "saving"  # a save (or a resolve) is on its way to the file
    SAVE_FAILED = "save_failed"  # the last save failed: the text stays, kept in memory, and is tried again
    CONFLICT = "conflict"  # two versions wait for a person to choose one or a merge
    TYPING = "typing"  # typed and not saved yet; the autosave is waiting
    DELIVERED = "delivered"  # what is shown is in the file, and the referat is delivered
    CLEAN = "clean"  # what is shown is in the file


@dataclass(frozen=True)
class SaveRequest:
    """One write to the file: ``text`` over ``base_version``; ``delivered`` True delivers, False
    reopens, None leaves it; ``resolves`` is the conflict a person's choice settles (its id)."""

    block_id: int
    group_id: int | None
    text: str
    base_version: int
    delivered: bool | None = None
    resolves: int | None = None

    @property
    def key(self) -> Key:
        return (self.block_id, self.group_id)


@dataclass(frozen=True)
class KeptDraft:
    """Typing a failed save left behind, kept while another group is open."""

    text: str
    base_version: int


@dataclass(frozen=True)
class Reaction:
    """What the editor must do after an event (the draft has already moved on).

    ``load``: show this text in the editor (``keep_cursor`` for a live update of the same referat);
    ``autosave``: (re)start the autosave wait; ``save_now``: save at once, without waiting.
    """

    load: str | None = None
    keep_cursor: bool = False
    autosave: bool = False
    save_now: bool = False


class SummaryDraft:
    """The open referat as the laptop's editor holds it: what the file has, what is typed, and
    whether a save is on its way, failed, or waits behind a conflict."""

    def __init__(self) -> None:
        self._stored: SummaryState | None = None
        self._text = ""
        self._base_version = 0
        self._failed: KvadrantError | None = None
        self._in_flight: SaveRequest | None = None
        self._kept: dict[Key, KeptDraft] = {}

    # -- what it holds ---------------------------------------------------------------------------
    @property
    def stored(self) -> SummaryState | None:
        """The open referat as last read from (or written to) the file."""
        return self._stored

    @property
    def key(self) -> Key | None:
        return (self._stored.block_id, self._stored.group_id) if self._stored is not None else None

    @property
    def text(self) -> str:
        """The text in the editor."""
        return self._text

    @property
    def base_version(self) -> int:
        """The version the typing started from; a save names it, so a newer one is never overwritten."""
        return self._base_version

    @property
    def failed(self) -> KvadrantError | None:
        """Why the last save failed, until one succeeds."""
        return self._failed

    @property
    def is_dirty(self) -> bool:
        """Typing that is not in the file yet."""
        return self._stored is not None and self._text != self._stored.text

    @property
    def in_conflict(self) -> bool:
        return self._stored is not None and bool(self._stored.conflicts)

    @property
    def is_saving(self) -> bool:
        return self._in_flight is not None

    @property
    def has_unsaved_typing(self) -> bool:
        """Typing to save before the group, the block or the file changes (not while two wait)."""
        return self.is_dirty and not self.in_conflict

    @property
    def is_saved(self) -> bool:
        """Everything shown is in the file, and no conflict waits."""
        return self._stored is not None and not self.in_conflict and not self.is_dirty and self._failed is None

    @property
    def state(self) -> DraftState:
        if self._stored is None:
            return DraftState.CLOSED
        if self._in_flight is not None:
            return DraftState.SAVING
        if self._failed is not None:
            return DraftState.SAVE_FAILED
        if self.in_conflict:
            return DraftState.CONFLICT
        if self.is_dirty:
            return DraftState.TYPING
        return DraftState.DELIVERED if self._stored.delivered else DraftState.CLEAN

    @property
    def can_deliver(self) -> bool:
        """"Levert" once there is something to deliver; not while two versions wait."""
        stored = self._stored
        return stored is not None and not self.in_conflict and not stored.delivered and bool(self._text.strip())

    @property
    def can_reopen(self) -> bool:
        stored = self._stored
        return stored is not None and not self.in_conflict and stored.delivered

    def kept(self, key: Key) -> KeptDraft | None:
        """Typing a failed save left behind for ``key``, if any."""
        return self._kept.get(key)

    def both_texts(self) -> str | None:
        """The stored text and the refused one waiting first, one after the other, for a person
        to merge by hand."""
        stored = self._stored
        if stored is None or stored.conflict is None:
            return None
        return f"{stored.text}\n\n{stored.conflict.text}"

    def shows(self, state: SummaryState | None) -> bool:
        """True if ``state`` is the referat already open (then opening it changes nothing)."""
        return state is not None and self.key == (state.block_id, state.group_id)

    # -- events ----------------------------------------------------------------------------------
    def open(self, state: SummaryState | None) -> Reaction:
        """Open ``state``'s referat (save the one open before first: :attr:`has_unsaved_typing`).

        Typing that a failed save left behind comes back and is tried again at once.
        """
        if self.shows(state):
            return Reaction()
        self._failed = None
        if state is None:
            self._stored, self._base_version = None, 0
            return self._load("")
        self._take(state)
        kept = self._kept.get((state.block_id, state.group_id))
        if kept is not None and kept.text != state.text:
            self._base_version = kept.base_version
            return self._load(kept.text, save_now=True)
        return self._load(state.text)

    def typed(self, text: str) -> Reaction:
        """A keystroke: wait for the typing to stop, then save; not while two versions wait."""
        self._text = text
        if self._stored is None or self.in_conflict:
            return Reaction()
        return Reaction(autosave=True)

    def shown(self, text: str) -> None:
        """The editor now shows ``text`` because it was loaded, not typed."""
        self._text = text

    def begin_save(self, *, delivered: bool | None = None) -> SaveRequest | None:
        """The write to make now (autosave, "Prøv igjen", another group, "Levert", "Gjenåpne"), or
        None: nothing new to save (see :attr:`is_saved`), a conflict waits, or a save is on its way.

        After a failed save the text is sent again even if unchanged: a retry.
        """
        stored = self._stored
        if stored is None or self.in_conflict or self._in_flight is not None:
            return None
        if delivered is None and not self.is_dirty and self._failed is None:
            return None
        request = SaveRequest(stored.block_id, stored.group_id, self._text, self._base_version, delivered)
        self._in_flight = request
        return request

    def saved(self, result: SaveResult, fresh: SummaryState | None, *, now: dt.datetime) -> Reaction:
        """The file took the save (``result.ok``), or kept it beside a newer text as a conflict.

        ``fresh`` is the referat read back from the file. What is in the editor stays (the person
        may have typed on); the same text saved over a stale version counts as saved, not a conflict.
        """
        request = self._finish()
        self._failed = None
        self._kept.pop(request.key, None)
        if result.ok and self._stored is not None and (fresh is None or fresh.version != result.version):
            # A phone saved right after us; its change is on its way and will load then.
            fresh = replace(
                self._stored, text=request.text, version=result.version, delivered=result.delivered, updated_at=now
            )
        if fresh is not None:
            self._take(fresh)
        return Reaction()

    def save_failed(self, error: KvadrantError) -> Reaction:
        """The save did not reach the file: keep the text (in memory, also when another group is
        opened) and try again on the next edit or "Prøv igjen". A failed resolve leaves both
        versions waiting, as they are in the file."""
        request = self._finish()
        if request.resolves is None:
            self._failed = error
            self._kept[request.key] = KeptDraft(request.text, request.base_version)
        return Reaction()

    def abandon_save(self) -> None:
        """The save ended with an unexpected error (which goes on to the app): no longer on its way."""
        self._in_flight = None

    def remote_changed(self, state: SummaryState) -> Reaction | None:
        """A save elsewhere (a phone, or another path of this laptop) touched a referat.

        None when it is not the open one, or it is the echo of our own save on its way. Unsaved
        typing over an older version is saved at once, which makes the file keep both; otherwise
        the new state is taken, and its text shown unless typing (or a merge being made) is there.
        """
        if self._in_flight is not None or self._stored is None or not self.shows(state):
            return None
        if self.is_dirty and not self.in_conflict and state.version != self._base_version:
            return Reaction(save_now=True)
        typing = self.is_dirty
        self._take(state)
        return Reaction() if typing else self._load(state.text, keep_cursor=True)

    def begin_resolve(self, text: str) -> SaveRequest | None:
        """The write that keeps ``text`` (one of the two, or a merge) and settles the conflict
        waiting first; any others wait on."""
        stored = self._stored
        if stored is None or stored.conflict is None or self._in_flight is not None:
            return None
        request = SaveRequest(stored.block_id, stored.group_id, text, stored.version, resolves=stored.conflict.id)
        self._in_flight = request
        return request

    def resolved(self, result: SaveResult, fresh: SummaryState | None) -> Reaction:
        """The chosen text is in the file (the next conflict, if any, waits); if someone saved in
        between, the file keeps the choice as a conflict in place of the one it settled."""
        self._finish()
        if fresh is None:
            return Reaction()
        self._take(fresh)
        return self._load(fresh.text) if result.ok or not fresh.conflicts else Reaction()

    # -- inside ----------------------------------------------------------------------------------
    def _take(self, state: SummaryState) -> None:
        self._stored = state
        self._base_version = state.version

    def _load(self, text: str, *, keep_cursor: bool = False, save_now: bool = False) -> Reaction:
        self._text = text
        return Reaction(load=text, keep_cursor=keep_cursor, save_now=save_now)

    def _finish(self) -> SaveRequest:
        request = self._in_flight
        if request is None:
            raise RuntimeError("no save is on its way")
        self._in_flight = None
        return request
