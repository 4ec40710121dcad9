"""Errors shown to the facilitator: in their language, and unexpected ones in a dialog."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from app.common.messages import KvadrantError
from ui.shell.messages import confirm, make_excepthook, show_error


def test_show_error_uses_the_interface_language(qapp, message_boxes, languages) -> None:  # type: ignore[no-untyped-def]
    error = KvadrantError("file_read_only", path="/x/k.kvadrant")
    show_error(None, error)
    languages.set_language("en")
    show_error(None, error)
    assert message_boxes.texts == [
        "/x/k.kvadrant er skrivebeskyttet. Kopier filen eller gi skrivetilgang, og prøv igjen.",
        "/x/k.kvadrant is read-only. Copy the file or make it writable, and try again.",
    ]
    assert message_boxes.shown[0]["buttons"] == ["OK"]


def test_confirm_says_what_the_button_does(qapp, message_boxes) -> None:  # type: ignore[no-untyped-def]
    message_boxes.answer = QMessageBox.StandardButton.Yes
    assert confirm(None, title="T", text="Fjerne?", confirm_text="Fjern 3 deltakere")
    # The order of the two buttons is the platform's; their words are ours.
    assert sorted(message_boxes.shown[0]["buttons"]) == ["Avbryt", "Fjern 3 deltakere"]
    message_boxes.answer = QMessageBox.StandardButton.Cancel
    assert not confirm(None, title="T", text="Fjerne?", confirm_text="Fjern")


def test_unexpected_errors_are_logged_and_shown(qapp, message_boxes, capsys) -> None:  # type: ignore[no-untyped-def]
    hook = make_excepthook(lambda: None)
    try:
        raise ZeroDivisionError("delt på null")
    except ZeroDivisionError as error:
        hook(type(error), error, error.__traceback__)
    assert "ZeroDivisionError: delt på null" in capsys.readouterr().err
    (box,) = message_boxes.shown
    assert box["icon"] == QMessageBox.Icon.Critical
    assert box["text"] == "Det oppstod en uventet feil i Kvadrant."
    assert "ZeroDivisionError" in box["details"]


def test_an_escaped_kvadrant_error_is_shown_as_its_message(qapp, message_boxes, capsys) -> None:  # type: ignore[no-untyped-def]
    hook = make_excepthook(lambda: None)
    error = KvadrantError("file_disk_full", path="k.kvadrant")
    hook(KvadrantError, error, None)
    assert message_boxes.shown[0]["icon"] == QMessageBox.Icon.Warning
    assert message_boxes.texts[0].startswith("Disken er full")
