"""The start page groups the recent files by series and shows who came which day."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from app.conference_file.conference import set_conference
from app.conference_file.storage import ConferenceDb
from app.groups.presence import set_presence
from app.roster.demo import create_demo
from app.roster.participants import list_participants
from app.series.next_day import new_from
from ui.shell.series_view import AttendanceModel, RecentRow
from ui.shell.settings import Settings
from ui.shell.start_page import PATH_ROLE, ROW_ROLE, StartPage

SHOTS = Path("/tmp/shots/seriesui")


def make_day(old: Path, new: Path, date: dt.date, *, absent: int = 0) -> Path:
    """The next day from ``old``, with its first ``absent`` participants marked absent."""
    db = new_from(old, new, date=date)
    try:
        set_presence(db, [p.id for p in list_participants(db)[:absent]], False)
    finally:
        db.close()
    return new


def make_series(folder: Path, title: str, first: dt.date, days: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{title} 1.kvadrant"
    db = create_demo(path)
    try:
        set_conference(db, title=title, date=first, venue="Gardermoen")
    finally:
        db.close()
    paths = [path]
    for number in range(2, days + 1):
        paths.append(make_day(paths[-1], folder / f"{title} {number}.kvadrant",
                              first + dt.timedelta(days=number - 1), absent=3 * number))
    return paths


def rows(page: StartPage) -> list[RecentRow]:
    return [page.recent_list.item(i).data(ROW_ROLE) for i in range(page.recent_list.count())]


def test_two_series_are_grouped_and_a_bad_file_stays_on_its_own(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    week = make_series(tmp_path / "uke5", "Gardermoen uke 5", dt.date(2020, 1, 28), 3)
    dk = make_series(tmp_path / "dk", "Dialogkonferanse", dt.date(2024, 3, 4), 2)
    broken = tmp_path / "ødelagt.kvadrant"
    broken.write_text("ikke en konferanse", encoding="utf-8")
    page = StartPage()
    qtbot.addWidget(page)
    # most recent first; day 1 of the week is not in the recent files, but found through day 2
    page.set_recent_files([week[2], broken, dk[1], week[1], dk[0]])
    shown = rows(page)
    assert [(r.series.title if r.series else None, r.day, r.path.name) for r in shown] == [
        ("Gardermoen uke 5", 0, "Gardermoen uke 5 3.kvadrant"),
        ("Gardermoen uke 5", 1, "Gardermoen uke 5 1.kvadrant"),
        ("Gardermoen uke 5", 2, "Gardermoen uke 5 2.kvadrant"),
        ("Gardermoen uke 5", 3, "Gardermoen uke 5 3.kvadrant"),
        (None, 0, "ødelagt.kvadrant"),
        ("Dialogkonferanse", 0, "Dialogkonferanse 2.kvadrant"),
        ("Dialogkonferanse", 1, "Dialogkonferanse 1.kvadrant"),
        ("Dialogkonferanse", 2, "Dialogkonferanse 2.kvadrant"),
    ]
    assert shown[0].series is not None
    assert [d.date for d in shown[0].series.days] == [dt.date(2020, 1, 28), dt.date(2020, 1, 29), dt.date(2020, 1, 30)]
    assert not page.attendance.isVisibleTo(page)


def test_choosing_a_series_shows_who_came_which_day(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    week = make_series(tmp_path, "Gardermoen uke 5", dt.date(2020, 1, 28), 3)
    db = ConferenceDb.open(week[0])
    everyone = len(list_participants(db))
    db.close()
    page = StartPage()
    qtbot.addWidget(page)
    page.set_recent_files([week[2], week[1], week[0]])
    page.recent_list.setCurrentRow(2)  # day 2 selects its series too
    assert page.attendance.isVisibleTo(page)
    model = page.attendance.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Navn", "Kommune", "28. jan", "29. jan", "30. jan", "Dager"]
    assert model.rowCount() == everyone
    ticks = {c: sum(model.index(r, c).data() == "✓" for r in range(model.rowCount())) for c in (2, 3, 4)}
    assert ticks == {2: everyone, 3: everyone - 6, 4: everyone - 9}
    assert "alle 3 dagene" in page.attendance.summary.text()
    page.attendance.table.sortByColumn(model.count_column(), Qt.SortOrder.AscendingOrder)
    assert model.index(0, model.count_column()).data() == "1"
    assert model.index(0, 2).data() == "✓" and model.index(0, 3).data() == ""
    page.attendance.table.sortByColumn(AttendanceModel.NAME, Qt.SortOrder.AscendingOrder)
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names[0] < names[1]
    page.recent_list.setCurrentRow(0)
    assert page.attendance.isVisibleTo(page)


def test_a_series_heading_opens_its_newest_day(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    week = make_series(tmp_path, "Uke 5", dt.date(2020, 1, 28), 2)
    page = StartPage()
    qtbot.addWidget(page)
    page.set_recent_files([week[0], week[1]])
    assert page.recent_list.item(0).data(PATH_ROLE) == week[1]
    with qtbot.waitSignal(page.recent_chosen) as blocker:
        page.recent_list.itemActivated.emit(page.recent_list.item(0))
    assert blocker.args == [week[1]]
    with qtbot.waitSignal(page.recent_chosen) as blocker:
        page.recent_list.itemActivated.emit(page.recent_list.item(1))
    assert blocker.args == [week[0]]


def test_screenshot_start_page_with_a_series(qtbot, settings: Settings, tmp_path: Path, demo_template: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.shell.main_window import MainWindow

    folder = tmp_path / "Konferanser"
    week = make_series(folder, "Gardermoen uke 5", dt.date(2020, 1, 28), 3)
    lone = folder / "Øvingsrunde.kvadrant"
    shutil.copyfile(demo_template, lone)
    for path in (lone, week[0], week[1], week[2]):
        settings.add_recent_file(path)
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.start_page.recent_list.setCurrentRow(0)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SHOTS / "start-page-series.png"))
    window.start_page.attendance.table.sortByColumn(window.start_page.attendance.model.count_column(),
                                                    Qt.SortOrder.AscendingOrder)
    assert window.grab().save(str(SHOTS / "start-page-series-by-count.png"))


def test_a_day_that_cannot_be_read_is_said_in_words(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    week = make_series(tmp_path, "Uke 5", dt.date(2020, 1, 28), 2)
    page = StartPage()
    qtbot.addWidget(page)
    page.set_recent_files([week[1], week[0]])
    week[0].write_bytes(b"")  # emptied after the list was made
    page.recent_list.setCurrentRow(0)
    assert page.attendance.isVisibleTo(page)
    assert not page.attendance.table.isVisibleTo(page)
    assert page.attendance.summary.text()
    assert "Traceback" not in page.attendance.summary.text()
