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
