"""Cell editors of the participant table: a role picker that also takes free text, and a
municipality field that suggests the municipalities already in the file."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.shell.formatting import KNOWN_ROLES, role_name

ModelIndex = QModelIndex | QPersistentModelIndex


def fill_role_combo(combo: QComboBox) -> None:
    """The four roles by name (their stored code as item data); the text may be anything."""
    combo.clear()
    combo.addItem(QCoreApplication.translate("Roles", "(ingen rolle)"), "")
    for role in KNOWN_ROLES:
        combo.addItem(role_name(role), role)


def role_from_combo(combo: QComboBox) -> str:
    """The stored role for what the combo shows: a known role's code, else the text as typed."""
    text = combo.currentText().strip()
    for i in range(combo.count()):
        if combo.itemText(i).casefold() == text.casefold():
            return str(combo.itemData(i))
    return text


def set_combo_role(combo: QComboBox, role: str) -> None:
    index = combo.findData(role)
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setEditText(role)


class RoleDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        fill_role_combo(combo)
        return combo

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        if isinstance(editor, QComboBox):
            set_combo_role(editor, str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, role_from_combo(editor), Qt.ItemDataRole.EditRole)


class MunicipalityDelegate(QStyledItemDelegate):
    """A line edit that completes from the municipalities already in the file."""

    def __init__(self, municipalities: Callable[[], list[str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._municipalities = municipalities

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        completer = QCompleter(self._municipalities(), editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        editor.setCompleter(completer)
        return editor
