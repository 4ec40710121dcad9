"""The coding board's edits, each one undo step on the session's stack.

Filing, quotes and findings are commands that call the core's ``file_card``, ``set_quote`` and
``set_finding`` and remember exactly what they changed, so undo puts back only that (filing a
card that was already in a category changes nothing, and its undo takes nothing away). Column
edits (add, rename, move, remove) and summary cards put rows back through the session's row
snapshots, ids included, so later steps that name a category or a card still find it.

Each command is carried out before it is pushed, so a :class:`KvadrantError` reaches the caller
(who shows it); a step that fails later on undo or redo is reported through
``session.undo_failed`` and the command is dropped.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.common.messages import KvadrantError
from app.conference_file import row_snapshots
from app.conference_file.row_snapshots import Part
from app.conference_file.schema import EvalCard, EvalCategory, EvalCoding
from app.evaluation import coding
from ui.shell.changes import Changes
from ui.shell.conference_session import ConferenceSession

_FINDING_ID = 14_01  # QUndoCommand.id of findings: typing one finding merges into one step


class _CodingCommand(QUndoCommand):
    """Done once before it is pushed; undo and redo run the core again and announce."""

    def __init__(self, session: ConferenceSession, text: str) -> None:
        super().__init__(text)
        self._session = session
        self._pushed = True

    def redo(self) -> None:
        if self._pushed:  # QUndoStack.push calls redo; the edit is already done
            self._pushed = False
            return
        self._run(self._forward)

    def undo(self) -> None:
        self._run(self._backward)

    def _run(self, step: Callable[[], None]) -> None:
        if not self._session.is_open:
            self.setObsolete(True)
            return
        try:
            step()
        except KvadrantError as error:
            self.setObsolete(True)
            self._session.undo_failed.emit(error)
            return
        self._session.announce(Changes(evaluation=True))

    def _forward(self) -> None:
        raise NotImplementedError

    def _backward(self) -> None:
        raise NotImplementedError


class FileCardCommand(_CodingCommand):
    """File a card in some categories and take it out of others; undo reverses only what changed."""

    def __init__(self, session: ConferenceSession, card_id: int, text: str, *, into: tuple[int, ...] = (), out_of: tuple[int, ...] = ()) -> None:
        super().__init__(session, text)
        self.card_id = card_id
        self._steps = [(c, True) for c in into] + [(c, False) for c in out_of]
        self._done: list[tuple[int, bool]] = []

    def apply(self) -> bool:
        """The first run; True when it changed anything (else there is nothing to push)."""
        db = self._session.db
        for category_id, filed in self._steps:
            if coding.file_card(db, self.card_id, category_id, filed):
                self._done.append((category_id, filed))
        return bool(self._done)

    def _forward(self) -> None:
        for category_id, filed in self._done:
            coding.file_card(self._session.db, self.card_id, category_id, filed)

    def _backward(self) -> None:
        for category_id, filed in reversed(self._done):
            coding.file_card(self._session.db, self.card_id, category_id, not filed)


class QuoteCommand(_CodingCommand):
    def __init__(self, session: ConferenceSession, card_id: int, quote: bool) -> None:
        super().__init__(session, QCoreApplication.translate("CodingBoard", "Merk som sitat") if quote else QCoreApplication.translate("CodingBoard", "Fjern sitatmerket"))
        self.card_id = card_id
        self._quote = quote

    def apply(self) -> None:
        coding.set_quote(self._session.db, self.card_id, self._quote)

    def _forward(self) -> None:
        coding.set_quote(self._session.db, self.card_id, self._quote)

    def _backward(self) -> None:
        coding.set_quote(self._session.db, self.card_id, not self._quote)


class FindingCommand(_CodingCommand):
    """A category's finding; the saves of one typing session merge into one undo step."""

    def __init__(self, session: ConferenceSession, category_id: int, before: str, after: str) -> None:
        super().__init__(session, QCoreApplication.translate("CodingBoard", "Endre funn"))
        self.category_id = category_id
        self._before, self._after = before, after

    def apply(self) -> None:
        coding.set_finding(self._session.db, self.category_id, self._after)

    def id(self) -> int:
        return _FINDING_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, FindingCommand) or other.category_id != self.category_id:
            return False
        self._after = other._after
        self.setObsolete(self._after == self._before)
        return True

    def _forward(self) -> None:
        coding.set_finding(self._session.db, self.category_id, self._after)

    def _backward(self) -> None:
        coding.set_finding(self._session.db, self.category_id, self._before)


class CodingEditor:
    """The board's edits as undo steps on ``session.undo_stack``; each announces the change.
    ``name_of`` gives a category's name for the undo texts (from the board the view shows, so
    filing a card reads the file no more than it must)."""

    def __init__(self, session: ConferenceSession, name_of: Callable[[int], str]) -> None:
        self._session = session
        self._name = name_of

    # -- cards --------------------------------------------------------------------------------
    def file_into(self, card_id: int, category_id: int, *, out_of: int | None = None) -> bool:
        """File a card in a category (moved out of ``out_of``, a column it was dragged from)."""
        name = self._name(category_id)
        if out_of is not None:
            text = QCoreApplication.translate("CodingBoard", "Flytt kortet til «{name}»").format(name=name)
        else:
            text = QCoreApplication.translate("CodingBoard", "Legg kortet i «{name}»").format(name=name)
        return self._file(FileCardCommand(self._session, card_id, text, into=(category_id,), out_of=() if out_of is None else (out_of,)))

    def take_out(self, card_id: int, category_id: int) -> bool:
        text = QCoreApplication.translate("CodingBoard", "Ta kortet ut av «{name}»").format(name=self._name(category_id))
        return self._file(FileCardCommand(self._session, card_id, text, out_of=(category_id,)))

    def _file(self, command: FileCardCommand) -> bool:
        if not command.apply():
            return False
        self._push(command)
        return True

    def set_quote(self, card_id: int, quote: bool) -> None:
        command = QuoteCommand(self._session, card_id, quote)
        command.apply()
        self._push(command)

    def set_finding(self, category_id: int, before: str, after: str) -> None:
        command = FindingCommand(self._session, category_id, before, after)
        command.apply()
        self._push(command)

    def _push(self, command: QUndoCommand) -> None:
        self._session.announce(Changes(evaluation=True))
        self._session.undo_stack.push(command)

    # -- columns and summary cards (rows put back by snapshot) --------------------------------
    def add_category(self, name: str) -> int:
        made: list[int] = []
        self._rows(QCoreApplication.translate("CodingBoard", "Ny kategori «{name}»").format(name=name), (_ALL_CATEGORIES,), lambda: made.append(coding.add_category(self._session.db, name).id))
        return made[0]

    def rename_category(self, category_id: int, name: str) -> None:
        part = Part(EvalCategory, EvalCategory.id == category_id)
        self._rows(QCoreApplication.translate("CodingBoard", "Gi kategorien navnet «{name}»").format(name=name), (part,), lambda: coding.rename_category(self._session.db, category_id, name))

    def move_category(self, category_id: int, position: int) -> None:
        self._rows(QCoreApplication.translate("CodingBoard", "Flytt «{name}»").format(name=self._name(category_id)), (_ALL_CATEGORIES,), lambda: coding.move_category(self._session.db, category_id, position))

    def remove_category(self, category_id: int) -> None:
        parts = (_ALL_CATEGORIES, Part(EvalCoding, EvalCoding.category_id == category_id))
        text = QCoreApplication.translate("CodingBoard", "Fjern kategorien «{name}»").format(name=self._name(category_id))
        self._rows(text, parts, lambda: coding.remove_category(self._session.db, category_id))

    def add_summary_cards(self, *, by_paragraph: bool) -> int:
        added: list[int] = []
        self._rows(
            QCoreApplication.translate("CodingBoard", "Legg til gruppereferatene"),
            (_SUMMARY_CARDS,),
            lambda: added.append(coding.add_summary_cards(self._session.db, by_paragraph=by_paragraph)),
            skip=lambda: not added[0],
        )
        return added[0]

    def remove_summary_card(self, card_id: int) -> None:
        parts = (Part(EvalCard, EvalCard.id == card_id), Part(EvalCoding, EvalCoding.card_id == card_id))
        self._rows(QCoreApplication.translate("CodingBoard", "Fjern kortet fra tavla"), parts, lambda: coding.remove_summary_card(self._session.db, card_id))

    def _rows(self, text: str, parts: tuple[Part, ...], edit: Callable[[], object], *, skip: Callable[[], bool] = lambda: False) -> None:
        db = self._session.db
        before = row_snapshots.take(db, *parts)
        edit()
        if skip():
            return
        self._session.push_rows(text, before=before, after=row_snapshots.take(db, *parts), changes=Changes(evaluation=True))


_ALL_CATEGORIES = Part(EvalCategory, EvalCategory.id.is_not(None))
_SUMMARY_CARDS = Part(EvalCard, EvalCard.summary_id.is_not(None))
