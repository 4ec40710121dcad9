"""Where a new conference file goes: a path field with "Velg…", shared by the new-conference and
next-day dialogs. The dialog suggests a name as the facilitator fills in the rest, until the
facilitator types or chooses a path of their own."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from app.conference_file.storage import SUFFIX


def with_suffix(path: Path) -> Path:
    """``path`` ending in ``.kvadrant`` (added if the facilitator left it out)."""
    return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)


def file_name_for(title: str) -> str:
    """A file name from a title: "Dialogkonferanse 2" -> "Dialogkonferanse 2.kvadrant"."""
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title)
    name = " ".join(name.split()).strip(" .")
    return (name or "Konferanse") + SUFFIX


class SavePathField(QWidget):
    """A path to save a new ``.kvadrant`` file at, suggested until chosen."""

    changed = Signal()

    def __init__(self, path: Path, *, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._caption = caption
        self.chosen = False  # the facilitator typed or chose it: suggestions stop
        self.edit = QLineEdit(str(path))
        self.browse_button = QPushButton(self.tr("Velg…"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.browse_button)
        self.edit.textEdited.connect(self._typed)
        self.edit.textChanged.connect(self.changed)
        self.browse_button.clicked.connect(self.browse)

    def _typed(self) -> None:
        self.chosen = True

    def suggest(self, path: Path) -> None:
        """Show ``path`` unless the facilitator has chosen one."""
        if not self.chosen:
            self.edit.setText(str(path))

    def text(self) -> str:
        return self.edit.text().strip()

    def path(self) -> Path:
        """The chosen path, ending in ``.kvadrant``."""
        return with_suffix(Path(self.text()).expanduser())

    def browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self._caption, self.edit.text(), self.tr("Kvadrant-konferanser (*.kvadrant)")
        )
        if path:
            self.chosen = True
            self.edit.setText(str(with_suffix(Path(path))))
