"""Showing messages: a :class:`KvadrantError` as a calm warning in the interface's language,
questions with buttons that say what they do, and unexpected errors instead of a silent crash.

Every dialog here is a ``QMessageBox`` run with ``exec()``, so a test can patch
``QMessageBox.exec`` to see what would have been shown and to answer it.
"""
from __future__ import annotations

import sys
import traceback
from types import TracebackType
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.common.messages import KvadrantError, Message
from ui.shell.i18n import ui_language


def message_text(message: Message) -> str:
    """A core message in the language the interface is showing."""
    return message.text(ui_language())


def show_error(parent: QWidget | None, error: KvadrantError, *, title: str | None = None) -> None:
    """Tell the facilitator what went wrong and what to do; never a traceback."""
    show_warning(parent, message_text(error.message), title=title)


def show_warning(parent: QWidget | None, text: str, *, title: str | None = None) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("Messages", "Kvadrant"))
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.button(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("Messages", "OK"))
    box.exec()


def confirm(
    parent: QWidget | None,
    *,
    title: str,
    text: str,
    confirm_text: str,
    informative_text: str = "",
    cancel_text: str | None = None,
) -> bool:
    """Ask before something that cannot easily be taken back; True if the facilitator agrees."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    if informative_text:
        box.setInformativeText(informative_text)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(confirm_text)
    cancel = cancel_text or QCoreApplication.translate("Messages", "Avbryt")
    box.button(QMessageBox.StandardButton.Cancel).setText(cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    answer = box.exec()
    try:
        return QMessageBox.StandardButton(answer) == QMessageBox.StandardButton.Yes
    except ValueError:
        return False


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def make_excepthook(parent: Callable[[], QWidget | None]) -> ExceptHook:
    """A ``sys.excepthook`` that logs the traceback to stderr and shows the error in a dialog.

    A :class:`KvadrantError` that escaped a handler is shown as its plain message. While one
    dialog is open, further errors are only logged, so a failing repaint cannot stack dialogs.
    """
    showing = False

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        print(details, file=sys.stderr, end="")
        if showing or QCoreApplication.instance() is None:
            return
        showing = True
        try:
            if isinstance(error, KvadrantError):
                show_error(parent(), error)
                return
            box = QMessageBox(parent())
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(QCoreApplication.translate("Messages", "Uventet feil"))
            box.setText(QCoreApplication.translate("Messages", "Det oppstod en uventet feil i Kvadrant."))
            box.setInformativeText(
                QCoreApplication.translate(
                    "Messages",
                    "Det som allerede er lagret, er trygt. Prøv igjen; hvis feilen kommer tilbake, "
                    "send gjerne detaljene under til den som drifter Kvadrant.",
                )
            )
            box.setDetailedText(details)
            box.setStandardButtons(QMessageBox.StandardButton.Ok)
            box.button(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("Messages", "OK"))
            box.exec()
        finally:
            showing = False

    return hook
