"""'Ny konferanse fra denne…': the next day is made from the open one and opened in the window."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog

from app.conference_file.history import history
from app.roster.participants import list_participants
from ui.shell.main_window import MainWindow
from ui.shell.next_day_dialog import NextDayDialog

SHOTS = Path("/tmp/shots/seriesui")


def accept_as_is(monkeypatch: pytest.MonkeyPatch, change=lambda dialog: None) -> list[NextDayDialog]:  # type: ignore[no-untyped-def]
    """``exec`` of the dialog answers "Opprett og åpne" after ``change``; the dialogs seen."""
    seen: list[NextDayDialog] = []

    def fake_exec(dialog: NextDayDialog) -> int:
        seen.append(dialog)
        change(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(NextDayDialog, "exec", fake_exec)
    return seen


def test_the_action_is_enabled_only_with_a_conference_open(window: MainWindow, demo_file: Path) -> None:
    assert not window.next_day_action.isEnabled()
    window.open_file(demo_file)
    assert window.next_day_action.isEnabled()
    assert window.next_day_action in window.file_menu.actions()


def test_the_next_day_is_made_and_opened(window: MainWindow, demo_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window.open_file(demo_file)
    before = [(p.name, p.municipality) for p in window.session.participants()]
    seen = accept_as_is(monkeypatch)
    window.next_day_action.trigger()
    new = demo_file.parent / "Dialogkonferanse 2 2020-01-29.kvadrant"
    assert seen[0].date() == dt.date(2020, 1, 29)
    assert seen[0].roster()
    assert window.session.path == new
    assert window.windowTitle() == f"Kvadrant – Dialogkonferanse 2 – {new.name}"
    info = window.session.conference()
    assert (info.title, info.date) == ("Dialogkonferanse 2", dt.date(2020, 1, 29))
    assert [(p.name, p.municipality) for p in list_participants(window.session.db)] == before
    assert [Path(entry.path) for entry in history(window.session.db)] == [demo_file]
    assert window.settings.recent_files()[:2] == [new, demo_file]


def test_a_chosen_file_date_and_no_roster(window: MainWindow, demo_file: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    window.open_file(demo_file)
    chosen = tmp_path / "dag3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(chosen), ""))

    def change(dialog: NextDayDialog) -> None:
        dialog.date_field.set_date(dt.date(2020, 1, 30))
        dialog.roster_check.setChecked(False)
        dialog.path_field.browse()

    accept_as_is(monkeypatch, change)
    window.next_day_action.trigger()
    assert window.session.path == tmp_path / "dag3.kvadrant"
    assert window.session.conference().date == dt.date(2020, 1, 30)
    assert window.session.participants() == []


def test_the_default_name_follows_the_date_until_a_name_is_chosen(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = NextDayDialog(source=tmp_path / "a.kvadrant", title="Uke 5 <Dag> & co", date=dt.date(2020, 1, 29))
    qtbot.addWidget(dialog)
    assert Path(dialog.path_edit.text()) == tmp_path / "Uke 5 Dag & co 2020-01-29.kvadrant"
    dialog.date_field.set_date(dt.date(2020, 1, 30))
    assert Path(dialog.path_edit.text()).name == "Uke 5 Dag & co 2020-01-30.kvadrant"
    dialog.path_edit.setText(str(tmp_path / "min"))
    dialog.path_edit.textEdited.emit("min")
    dialog.date_field.set_date(dt.date(2020, 1, 31))
    assert dialog.chosen_path() == tmp_path / "min.kvadrant"


def test_an_existing_file_is_refused_and_the_old_one_stays_open(window: MainWindow, demo_file: Path, message_boxes,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    window.open_file(demo_file)
    taken = demo_file.parent / "Dialogkonferanse 2 2020-01-29.kvadrant"
    taken.write_text("noe annet", encoding="utf-8")

    def fake_exec(dialog: NextDayDialog) -> int:
        dialog.accept()  # refused: the dialog stays open, the facilitator cancels
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(NextDayDialog, "exec", fake_exec)
    window.next_day_action.trigger()
    assert len(message_boxes.shown) == 1 and "finnes" in message_boxes.texts[0].lower()
    assert window.session.path == demo_file
    assert taken.read_text(encoding="utf-8") == "noe annet"


def test_a_failure_while_making_is_shown_and_the_old_file_opened_again(window: MainWindow, demo_file: Path, message_boxes,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import ui.shell.next_day_dialog as module
    from app.common.messages import KvadrantError

    window.open_file(demo_file)
    accept_as_is(monkeypatch)

    def fail(*args: object, **kwargs: object) -> None:
        raise KvadrantError("file_disk_full", path=str(args[1]))

    monkeypatch.setattr(module, "new_from", fail)
    window.next_day_action.trigger()
    assert len(message_boxes.shown) == 1
    assert message_boxes.shown[0]["title"] == "Kunne ikke lage den nye konferansen"
    assert window.session.path == demo_file


def test_screenshot_next_day_dialog(qtbot, window: MainWindow, demo_file: Path, languages) -> None:  # type: ignore[no-untyped-def]
    languages.set_language("nb")  # month names as the app shows them
    window.open_file(demo_file)
    info = window.session.conference()
    dialog = NextDayDialog(source=demo_file, title=info.title, date=dt.date(2020, 1, 29), parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(SHOTS / "next-day-dialog.png"))
