"""Grupper → "Tidligere konferanser…": adding and removing earlier conferences, finding a moved one
again (in a folder, or by asking where it went), refusing another conference in its place, the
renamed municipalities, and the plan's figures counting the repeats against the history."""
from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.conference_file.aliases import aliases
from app.conference_file.conference import set_conference
from app.conference_file.history import add_history, history
from app.groups.plans import GroupsChanged, Plan, make_plan
from app.roster.demo import create_demo
from ui.groups.figures_panel import FiguresPanel
from ui.groups.groups_view import GroupsView
from ui.groups.history_dialog import STATUS, HistoryDialog
from ui.shell.changes import Changes
from ui.shell.conference_session import ConferenceSession


@pytest.fixture(scope="module")
def earlier_templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """DK1 and DK2: the demo roster, each with a used 1. kvadrant plan (made once per module)."""
    folder = tmp_path_factory.mktemp("earlier")
    made = {}
    for name, title, day, seed in (("dk1", "DK1 Gardermoen", 10, 1), ("dk2", "DK2 Trondheim", 20, 2)):
        path = folder / f"{name}.kvadrant"
        db = create_demo(path)
        set_conference(db, title=title, date=dt.date(2019, 3, day), venue="")
        make_plan(db, kvadrant=1, size=6, seed=seed)
        db.close()
        made[name] = path
    return made


@pytest.fixture
def earlier(tmp_path: Path, earlier_templates: dict[str, Path]) -> dict[str, Path]:
    """This test's own copies, in a folder of their own (the conference is in ``tmp_path``)."""
    folder = tmp_path / "tidligere"
    folder.mkdir()
    return {name: Path(shutil.copy(path, folder / path.name)) for name, path in earlier_templates.items()}


@pytest.fixture
def announced(session: ConferenceSession) -> list[Changes]:
    said: list[Changes] = []
    session.changed.connect(said.append)
    return said


@pytest.fixture
def dialog(qtbot, session: ConferenceSession) -> HistoryDialog:  # type: ignore[no-untyped-def]
    dialog = HistoryDialog(session)
    qtbot.addWidget(dialog)
    return dialog


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> list[str]:
    """The file dialog answers ``path`` (None: cancelled); returns the folders it was opened in."""
    opened: list[str] = []

    def fake(parent: object, title: str, folder: str, filters: str) -> tuple[str, str]:
        opened.append(folder)
        return (str(path) if path else "", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake)
    return opened


def row_texts(dialog: HistoryDialog, row: int) -> list[str]:
    """Title, date, status and path as the list shows them."""
    item = dialog.list.topLevelItem(row)
    assert item is not None
    return [item.text(column) for column in range(4)]


def statuses(dialog: HistoryDialog) -> list[str]:
    return [row_texts(dialog, row)[STATUS] for row in range(dialog.list.topLevelItemCount())]


def test_an_earlier_conference_is_added_from_a_file(
    dialog: HistoryDialog, earlier: dict[str, Path], monkeypatch: pytest.MonkeyPatch, announced: list[Changes]
) -> None:
    assert dialog.entries == [] and not dialog.empty_label.isHidden()
    assert not dialog.remove_button.isEnabled() and not dialog.find_button.isEnabled()
    opened = choose_file(monkeypatch, earlier["dk1"])
    dialog.add_button.click()
    assert opened == [str(dialog._session.path.parent)]  # type: ignore[union-attr]
    [entry] = dialog.entries
    assert (entry.title, entry.date, entry.found) == ("DK1 Gardermoen", dt.date(2019, 3, 10), True)
    assert row_texts(dialog, 0) == ["DK1 Gardermoen", "10. mars 2019", "Funnet", str(earlier["dk1"])]
    assert dialog.selected_entry() == entry and dialog.remove_button.isEnabled()
    assert not dialog.find_button.isEnabled()
    assert announced == [Changes(groups=GroupsChanged(kvadrant=None))]
    choose_file(monkeypatch, None)  # cancelled: nothing happens
    dialog.add_button.click()
    assert len(dialog.entries) == 1 and len(announced) == 1


def test_the_conference_itself_is_refused_with_a_message(
    dialog: HistoryDialog, session: ConferenceSession, monkeypatch: pytest.MonkeyPatch, message_boxes, announced
) -> None:  # type: ignore[no-untyped-def]
    choose_file(monkeypatch, session.path)
    dialog.add_button.click()
    assert dialog.entries == [] and announced == []
    assert "er denne konferansen selv" in message_boxes.texts[0]


def test_removing_asks_first(
    dialog: HistoryDialog, session: ConferenceSession, earlier: dict[str, Path], message_boxes, announced
) -> None:  # type: ignore[no-untyped-def]
    add_history(session.db, earlier["dk1"])
    add_history(session.db, earlier["dk2"])
    dialog.refresh()
    dialog.select(dialog.entries[1].uid)
    message_boxes.answer = QMessageBox.StandardButton.Cancel
    dialog.remove_button.click()
    assert len(dialog.entries) == 2 and announced == []
    assert message_boxes.shown[0]["text"] == "Ta «DK2 Trondheim» ut av de tidligere konferansene?"
    message_boxes.answer = QMessageBox.StandardButton.Yes
    dialog.remove_button.click()
    assert [e.title for e in dialog.entries] == ["DK1 Gardermoen"] and len(announced) == 1
    assert earlier["dk2"].exists()  # the file itself is not touched


def test_a_moved_file_is_found_again_in_the_conference_folder(
    dialog: HistoryDialog, session: ConferenceSession, earlier: dict[str, Path], announced
) -> None:  # type: ignore[no-untyped-def]
    add_history(session.db, earlier["dk1"])
    moved = Path(shutil.move(earlier["dk1"], session.path.parent / "dk1-flyttet.kvadrant"))  # type: ignore[union-attr]
    dialog.refresh()
    assert statuses(dialog) == ["⚠ Finner ikke filen"]
    assert row_texts(dialog, 0)[3] == str(earlier["dk1"])  # where it was last found
    dialog.select(dialog.entries[0].uid)
    assert dialog.find_button.isEnabled()
    dialog.find_button.click()  # no file dialog: the autouse fixture would fail the test
    [entry] = dialog.entries
    assert entry.found and Path(entry.path) == moved and statuses(dialog) == ["Funnet"]
    assert len(announced) == 1


def test_a_moved_file_elsewhere_is_asked_for(
    dialog: HistoryDialog, session: ConferenceSession, earlier: dict[str, Path], tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    add_history(session.db, earlier["dk1"])
    elsewhere = tmp_path / "minnepinne"
    elsewhere.mkdir()
    moved = Path(shutil.move(earlier["dk1"], elsewhere / "dk1.kvadrant"))
    dialog.refresh()
    dialog.select(dialog.entries[0].uid)
    opened = choose_file(monkeypatch, moved)
    dialog.find_button.click()
    assert opened == [str(earlier["dk1"].parent)]  # the dialog opens where the file was
    assert dialog.entries[0].found and Path(dialog.entries[0].path) == moved


def test_another_conference_in_its_place_is_refused(
    dialog: HistoryDialog, session: ConferenceSession, earlier: dict[str, Path], tmp_path: Path, monkeypatch,
    message_boxes, announced,
) -> None:  # type: ignore[no-untyped-def]
    add_history(session.db, earlier["dk1"])
    gone = tmp_path / "borte"
    gone.mkdir()
    shutil.move(earlier["dk1"], gone / "dk1.kvadrant")
    dialog.refresh()
    dialog.select(dialog.entries[0].uid)
    choose_file(monkeypatch, earlier["dk2"])
    dialog.find_button.click()
    assert message_boxes.texts == [f"{earlier['dk2']} er ikke «DK1 Gardermoen»: det er en annen konferanse."]
    assert not dialog.entries[0].found and announced == []
    assert [e.title for e in history(session.db)] == ["DK1 Gardermoen"]


def test_renamed_municipalities_are_added_and_removed(
    qtbot, dialog: HistoryDialog, session: ConferenceSession, message_boxes, announced
) -> None:  # type: ignore[no-untyped-def]
    assert not dialog.alias_add_button.isEnabled() and not dialog.alias_remove_button.isEnabled()
    dialog.old_edit.setText("Førde")
    dialog.new_edit.setText("Sunnfjord")
    dialog.alias_add_button.click()
    assert aliases(session.db) == {"Førde": "Sunnfjord"}
    assert dialog.alias_list.item(0).text() == "Førde → Sunnfjord" and dialog.old_edit.text() == ""
    assert len(announced) == 1
    dialog.old_edit.setText("Sunnfjord")
    dialog.new_edit.setText("sunnfjord")
    dialog.alias_add_button.click()
    assert message_boxes.texts == ["Skriv både det gamle og det nye kommunenavnet, og to ulike navn."]
    assert dialog.alias_list.count() == 1 and dialog.old_edit.text() == "Sunnfjord"  # kept to correct
    dialog.new_edit.setText("Kinn")
    qtbot.keyClick(dialog.new_edit, Qt.Key.Key_Return)  # Enter adds it, and does not close the dialog
    assert aliases(session.db) == {"Førde": "Sunnfjord", "Sunnfjord": "Kinn"} and dialog.result() == 0
    assert [dialog.alias_list.item(i).text() for i in range(2)] == ["Førde → Sunnfjord", "Sunnfjord → Kinn"]
    dialog.alias_list.setCurrentRow(0)
    dialog.alias_remove_button.click()
    assert aliases(session.db) == {"Sunnfjord": "Kinn"} and dialog.alias_list.count() == 1 and len(announced) == 3


def test_the_repeat_figure_names_the_earlier_conferences(qtbot, k1_plan: Plan) -> None:  # type: ignore[no-untyped-def]
    panel = FiguresPanel()
    qtbot.addWidget(panel)
    for files, said in ((0, "gjentatte par: 0 · "), (1, "0 par har møtt hverandre før (av 1 tidligere konferanse) · ")):
        plan = replace(k1_plan, figures=replace(k1_plan.figures, earlier_conferences=files))
        panel.show_plan(plan, kvadrant=1, is_open=True)
        assert said in panel.figures_text()
    plan = replace(k1_plan, figures=replace(k1_plan.figures, repeat_pairs=2, earlier_conferences=3))
    panel.show_plan(plan, kvadrant=1, is_open=True)
    assert "2 par har møtt hverandre før (av 3 tidligere konferanser)" in panel.figures_label.text()


def test_the_section_opens_the_dialog_and_counts_again_after_a_change(
    qtbot, session: ConferenceSession, earlier: dict[str, Path], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    view = GroupsView(session)
    qtbot.addWidget(view)
    add_history(session.db, earlier["dk1"])
    view.make_groups()
    assert "par har møtt hverandre før (av 1 tidligere konferanse)" in view.figures_text()
    shown: list[HistoryDialog] = []

    def add_dk2(dialog: HistoryDialog) -> int:
        shown.append(dialog)
        choose_file(monkeypatch, earlier["dk2"])
        dialog.add_button.click()
        return 0

    monkeypatch.setattr(HistoryDialog, "exec", add_dk2)
    assert view.earlier_button.text() == "Tidligere konferanser…" and not view.earlier_button.isHidden()
    view.earlier_button.click()
    assert len(shown) == 1
    assert "par har møtt hverandre før (av 2 tidligere konferanser)" in view.figures_text()
    view.set_kvadrant(4)
    assert view.earlier_button.isHidden()
