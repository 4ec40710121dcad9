"""The Eksport section: formats, a background export with progress, and errors in a dialog."""
from __future__ import annotations

from pathlib import Path
from unittest import mock

import pytest

from app.common.messages import KvadrantError
from ui.shell.conference_session import ConferenceSession
from ui.export.export_view import ExportView, _safe_name


@pytest.fixture
def view(qtbot, tmp_path: Path):
    from app.roster.demo import create_demo

    create_demo(tmp_path / "demo.kvadrant").close()
    session = ConferenceSession()
    widget = ExportView(session)
    qtbot.addWidget(widget)
    session.open(tmp_path / "demo.kvadrant")
    widget.folder_edit.setText(str(tmp_path / "ut"))
    yield widget
    widget.shutdown()
    session.close()


def test_safe_file_names() -> None:
    assert _safe_name('Dialog: "2" <Gardermoen>/2020?') == "Dialog 2 Gardermoen 2020"
    assert _safe_name("  ...  ") == "Kvadrant"


def test_export_runs_in_the_background_and_lists_the_files(qtbot, view: ExportView, tmp_path: Path) -> None:
    calls = []

    def fake_export(db, fmt, target, *, lang, progress):
        calls.append((fmt, Path(target).name, lang))
        progress(0.5)
        Path(target).write_text("x") if fmt != "kommune-pdf" else None
        return [Path(target)]

    for fmt in ("docx", "xlsx", "kommune-pdf"):
        view.format_boxes[fmt].setChecked(True)
    with mock.patch("ui.export.export_view.export_minutes", side_effect=fake_export):
        view.start_export()
        assert not view.export_button.isEnabled()
        with qtbot.waitSignal(view.exported, timeout=10_000) as done:
            pass
    assert [c[0] for c in calls] == ["pdf", "docx", "xlsx", "kommune-pdf"]
    assert all(c[1].startswith("Dialogkonferanse 2 – ") for c in calls)
    assert len(done.args[0]) == 4 and view.files_list.count() == 4
    assert view.open_folder_button.isEnabled() and view.export_button.isEnabled()


def test_a_failed_export_says_why(qtbot, view: ExportView) -> None:
    error = KvadrantError("file_io_error", path="/x", detail="Disk full")
    with mock.patch("ui.export.export_view.export_minutes", side_effect=error), mock.patch("ui.export.export_view.show_error") as shown:
        view.start_export()
        qtbot.waitUntil(lambda: shown.called, timeout=10_000)
    assert shown.call_args.args[1] is error
    assert view.export_button.isEnabled()


def test_nothing_chosen_disables_export(view: ExportView) -> None:
    view.format_boxes["pdf"].setChecked(False)
    assert not view.export_button.isEnabled()


def test_the_organisers_fields_are_saved_as_they_are_written(qtbot, view: ExportView) -> None:
    import datetime as dt

    from app.minutes.front_matter import front_matter

    form = view.front_form
    form.organiser_edit.setText("Norsk kulturskoleråd")
    form.organiser_edit.editingFinished.emit()
    form.opening_edit.setPlainText("Stort engasjement <&> 🎻")
    assert front_matter(view.session.db).opening == ""  # waits for a pause in the typing
    qtbot.waitUntil(lambda: front_matter(view.session.db).opening == "Stort engasjement <&> 🎻", timeout=3000)
    form.meeting_edit.setDate(form.meeting_edit.date().fromString("17.03.2020", "dd.MM.yyyy"))
    saved = front_matter(view.session.db)
    assert saved.organiser == "Norsk kulturskoleråd" and saved.guidance_meeting == dt.date(2020, 3, 17)
    assert "3. mars 2020" in form.deadline_hint.text()  # 14 days before, from the 4. kvadrant note
    form.opening_edit.setPlainText("Skrevet rett før eksporten")
    with mock.patch("ui.export.export_view.export_minutes", return_value=[]):
        view.start_export()  # typing not yet saved goes in first
    assert front_matter(view.session.db).opening == "Skrevet rett før eksporten"
    form.meeting_edit.setDate(form.meeting_edit.minimumDate())
    assert front_matter(view.session.db).guidance_meeting is None
