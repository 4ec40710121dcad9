"""The dialog that merges a kommunegruppe of one into another group in 4. kvadrant: the
facilitator picks the group the lone participant should sit with (a group of one has no dialogue).
"""
from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.groups.plans import Table
from ui.shell.dialog_buttons import accept_cancel_buttons


class MergeDialog(QDialog):
    """Choose the group a kommunegruppe of one should join."""

    def __init__(self, source: Table, tables: Iterable[Table], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Slå sammen grupper"))
        name = source.label or self.tr("gruppe {number}").format(number=source.number)
        self.text_label = QLabel(self.tr("Hvilken gruppe skal {name} sitte sammen med?").format(name=name))
        self.text_label.setWordWrap(True)
        self.list = QListWidget()
        for table in sorted(tables, key=lambda t: (t.label.casefold(), t.number)):
            if table.id == source.id or not table.members:
                continue
            count = len(table.present_members)
            item = QListWidgetItem(
                self.tr("{name} (gruppe {number}, {n} personer)").format(
                    name=table.label or self.tr("gruppe {number}").format(number=table.number),
                    number=table.number,
                    n=count,
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, table.id)
            self.list.addItem(item)
        buttons, self.accept_button = accept_cancel_buttons(self, self.tr("Slå sammen"))
        self.accept_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._row_chosen)
        self.list.itemDoubleClicked.connect(self.accept)
        self.resize(420, 460)

    def _row_chosen(self, row: int) -> None:
        self.accept_button.setEnabled(row >= 0)

    def chosen_group_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

