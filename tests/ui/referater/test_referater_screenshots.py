"""Screenshots of the Referater section and a table card with its QR code, saved to screenshots/
(referater-*.png, qr-*.png) for a person to look at. The assertions only check that each was made."""
from __future__ import annotations

import asyncio
import datetime as dt
import shutil
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtWidgets import QApplication

from app.common.clock import FakeClock
from app.referent.qr import card_links
from app.referent.summaries import PHONE, block_for_kvadrant, board, save_summary
from app.minutes.table_cards import write_table_cards
from ui.shell.main_window import MainWindow
from ui.shell.settings import Settings

ROOT = Path(__file__).resolve().parents[3]
SHOTS = ROOT / "screenshots"
TEXTS = [
    (
        "Vi snakket om hvordan kulturskolen kan nå flere barn. Alle var enige om at samarbeid med "
        "grunnskolen er viktigst, og at rammetimene må sees i sammenheng."
    ),
    "Gruppen mener at lærerne trenger mer tid til samarbeid. <Viktig> & haster: 🎻",
    "Stikkord: lokaler, økonomi, rekruttering",
]


@pytest.fixture
def loop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        loop.close()
        asyncio.set_event_loop(None)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def save(widget, name: str) -> Path:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(exist_ok=True)
    QApplication.processEvents()
    path = SHOTS / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


def test_referater_section(qtbot, loop, settings: Settings, demo_file: Path) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock(dt.datetime(2020, 1, 28, 11, 21, 14))
    window = MainWindow(settings=settings, clock=clock)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.open_file(demo_file)
    session = window.session
    session.make_plan(kvadrant=1, size=6, seed=7)
    service = window.referent_service
    window.referater_view.server_panel.wifi_name_edit.setText("Scandic Gardermoen Gjest")
    window.referater_view.server_panel.wifi_password_edit.setText("kulturskole2020")
    window.referater_view.server_panel.wifi_password_edit.editingFinished.emit()
    assert loop.run_until_complete(service.start_async(host="127.0.0.1", port=free_port()))
    block = block_for_kvadrant(session.db, 1)
    assert block is not None
    rows = board(session.db, block.id).rows
    for k, row in enumerate(rows[:13]):
        at = dt.datetime(2020, 1, 28, 10, 40) + dt.timedelta(minutes=k * 3)
        delivered = k % 2 == 0 and k < 12
        session.db.clock = FakeClock(at)
        save_summary(
            session.db, block_id=block.id, group_id=row.group_id, text=" ".join([TEXTS[k % 3]] * (1 + k % 4)),
            base_version=0, source=PHONE if k % 3 else "laptop", delivered=delivered or None,
        )
    conflict = rows[5]
    session.db.clock = FakeClock(dt.datetime(2020, 1, 28, 11, 19))
    save_summary(
        session.db, block_id=block.id, group_id=conflict.group_id, text="Telefonen skrev dette samtidig.",
        base_version=0, source=PHONE,
    )
    session.db.clock = session.clock
    window.show_section("minutes")
    view = window.referater_view
    view.reload()
    view.select_row(3)
    assert save(window, "referater-board").stat().st_size > 0
    view.select_row(5)
    assert view.editor.in_conflict
    assert save(window, "referater-conflict").stat().st_size > 0
    window.resize(1920, 1080)
    assert save(window, "referater-board-1920").stat().st_size > 0
    from ui.referater.qr_board import QrBoardWindow

    hall = QrBoardWindow(service, block_id=None)
    qtbot.addWidget(hall)
    hall.resize(1920, 1080)
    hall.show()
    assert len(hall.board.tiles) == 1 and not hall.board.grid
    assert save(hall, "projector-hall-code").stat().st_size > 0
    hall.close()
    loop.run_until_complete(service.stop_async())
    window.resize(1366, 768)
    view.select_row(15)
    assert save(window, "referater-server-stopped").stat().st_size > 0


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler-utils)")
def test_table_card_with_its_qr_code(tmp_path: Path, demo_file: Path) -> None:
    from app.conference_file.conference import get_conference
    from app.groups.plans import make_plan
    from app.referent.links import set_server_address
    from app.conference_file.storage import ConferenceDb

    db = ConferenceDb.open(demo_file)
    try:
        plans = {k: make_plan(db, kvadrant=k, seed=7) for k in (1, 4)}
        set_server_address(db, "192.168.10.23", 8765)
        SHOTS.mkdir(exist_ok=True)
        for kvadrant, plan in plans.items():
            pdf = write_table_cards(plan, get_conference(db), tmp_path / f"k{kvadrant}.pdf", links=card_links(db, kvadrant))
            page = 1 if kvadrant == 1 else next(k for k, t in enumerate(plan.tables, 1) if len(t.members) > 10)
            out = SHOTS / f"qr-table-card-k{kvadrant}"
            subprocess.run(
                ["pdftoppm", "-png", "-r", "60", "-f", str(page), "-l", str(page), "-singlefile", str(pdf), str(out)],
                check=True,
            )
            assert out.with_suffix(".png").stat().st_size > 0
    finally:
        db.close()
