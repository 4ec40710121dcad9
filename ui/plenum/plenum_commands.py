"""The plenum board's edits, each one undo step on the session's stack.

The themes and placements are a few dozen rows, so every edit snapshots all of them before and
after (``row_snapshots``) and pushes that through ``session.push_rows``: undo puts back exactly
the themes (ids, names, order) and where every point was, whatever the edit did — a drag, a
merge, a split or an accepted suggestion. An edit that changed nothing is not pushed; a refused
one raises :class:`KvadrantError` for the caller to show.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication

from app.conference_file import row_snapshots
from app.conference_file.row_snapshots import Part
from app.conference_file.schema import PlenumPlacement, PlenumTheme
from app.plenum import themes
from ui.shell.changes import Changes
from ui.shell.conference_session import ConferenceSession

Key = tuple[int, int]

_THEMES = Part(PlenumTheme, PlenumTheme.id.is_not(None))
_PLACEMENTS = Part(PlenumPlacement, PlenumPlacement.summary_id.is_not(None))


class PlenumEditor:
    """The board's edits as undo steps on ``session.undo_stack``; each announces
    ``Changes(plenum=True)``. ``name_of`` gives a theme's name for the undo texts."""

    def __init__(self, session: ConferenceSession, name_of: Callable[[int], str]) -> None:
        self._session = session
        self._name = name_of

    def place(self, keys: tuple[Key, ...], theme_id: int | None) -> bool:
        """Put points in a theme (None: back among the unsorted); False when none moved."""
        if theme_id is None:
            text = QCoreApplication.translate("PlenumBoard", "Ta hovedpunkt ut av temaet")
        else:
            text = QCoreApplication.translate("PlenumBoard", "Legg hovedpunkt i «{name}»").format(name=self._name(theme_id))
        return self._rows(text, lambda: themes.place_points(self._session.db, keys, theme_id))

    def add_theme(self, name: str, keys: Iterable[Key] = ()) -> int:
        """A new theme at the end with these points (a split, or an accepted suggestion); its id."""
        made: list[int] = []
        text = QCoreApplication.translate("PlenumBoard", "Nytt tema «{name}»").format(name=name)
        self._rows(text, lambda: made.append(themes.add_theme(self._session.db, name, tuple(keys))))
        return made[0]

    def rename_theme(self, theme_id: int, name: str) -> None:
        text = QCoreApplication.translate("PlenumBoard", "Gi temaet navnet «{name}»").format(name=name)
        self._rows(text, lambda: themes.rename_theme(self._session.db, theme_id, name))

    def move_theme(self, theme_id: int, position: int) -> None:
        text = QCoreApplication.translate("PlenumBoard", "Flytt «{name}»").format(name=self._name(theme_id))
        self._rows(text, lambda: themes.move_theme(self._session.db, theme_id, position))

    def merge_themes(self, source_id: int, target_id: int) -> None:
        """``source``'s points into ``target``; ``source`` is removed."""
        text = QCoreApplication.translate("PlenumBoard", "Slå «{source}» sammen med «{target}»").format(
            source=self._name(source_id), target=self._name(target_id)
        )
        self._rows(text, lambda: themes.merge_themes(self._session.db, source_id, target_id))

    def remove_theme(self, theme_id: int) -> None:
        text = QCoreApplication.translate("PlenumBoard", "Fjern temaet «{name}»").format(name=self._name(theme_id))
        self._rows(text, lambda: themes.remove_theme(self._session.db, theme_id))

    def _rows(self, text: str, edit: Callable[[], object]) -> bool:
        db = self._session.db
        before = row_snapshots.take(db, _THEMES, _PLACEMENTS)
        edit()
        after = row_snapshots.take(db, _THEMES, _PLACEMENTS)
        if after == before:
            return False
        self._session.push_rows(text, before=before, after=after, changes=Changes(plenum=True))
        return True
