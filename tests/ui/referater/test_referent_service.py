"""The referent server inside the app: on the asyncio loop qasync runs on Qt's loop, in this
process, answering real HTTP requests made from another thread; clear errors; stops with the file."""
from __future__ import annotations

import asyncio
import json
import socket
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest
import qasync
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.referent.links import server_address
from app.referent.summaries import PHONE, get_summary
from ui.shell.conference_session import ConferenceSession
from ui.referater.referater_view import ReferaterView
from ui.referater.referent_service import ReferentService

NASTY = "<script>alert(1)</script> & 🎻 æøå"


@pytest.fixture
def loop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    """Qt's event loop as the asyncio loop, as ui/shell/app_main.py sets it up."""
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        loop.close()
        asyncio.set_event_loop(None)


@pytest.fixture
def planned(session: ConferenceSession) -> ConferenceSession:
    session.make_plan(kvadrant=1, size=6, seed=7)
    return session


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def http(method: str, url: str, body: Any = None) -> tuple[int, Any, str]:
    """A plain HTTP request (urllib): (status, JSON body, the thread it ran on)."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status, json.loads(answer.read()), threading.current_thread().name
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read()), threading.current_thread().name


def test_the_server_runs_in_process_beside_the_qt_loop(loop, planned: ConferenceSession) -> None:  # type: ignore[no-untyped-def]
    service = ReferentService(planned)
    port = free_port()
    changes: list[Any] = []
    threads: list[str] = []
    planned.changed.connect(lambda change: (changes.append(change.summaries), threads.append(threading.current_thread().name)))
    qt_ticks: list[int] = []

    async def main() -> None:
        assert await service.start_async(host="127.0.0.1", port=port)
        assert service.is_running and service.url == f"http://127.0.0.1:{port}"
        assert server_address(planned.db) == ("127.0.0.1", port)  # remembered in the file
        link = service.links()[2]
        url = service.link_url(link.block_id, link.group_id)
        assert url == f"http://127.0.0.1:{port}/r/{link.token}"
        api = f"http://127.0.0.1:{port}/api/r/{link.token}"
        QTimer.singleShot(0, lambda: qt_ticks.append(1))  # Qt's own timers keep firing meanwhile
        status, data, thread = await loop.run_in_executor(None, http, "GET", api)
        assert status == 200 and (data["group"], data["version"]) == (3, 0)
        assert thread != threading.main_thread().name
        status, data, _ = await loop.run_in_executor(None, http, "PUT", api, {"text": NASTY, "base_version": 0})
        assert status == 200 and data["version"] == 1
        status, data, _ = await loop.run_in_executor(None, http, "GET", f"http://127.0.0.1:{port}/api/r/nope")
        assert status == 404
        await service.stop_async()
        assert not service.is_running

    loop.run_until_complete(main())
    assert qt_ticks == [1]
    assert [(c.group_id, c.source) for c in changes] == [(link_group(planned, 2), PHONE)]
    assert threads == [threading.main_thread().name]  # the signal comes on the GUI thread
    state = get_summary(planned.db, changes[0].block_id, changes[0].group_id)
    assert state.text == NASTY


def link_group(session: ConferenceSession, index: int) -> int:
    from app.referent.links import ensure_links

    return ensure_links(session.db)[index].group_id


def test_a_port_in_use_is_a_clear_message(loop, planned: ConferenceSession, qtbot, message_boxes) -> None:  # type: ignore[no-untyped-def]
    service = ReferentService(planned)
    view = ReferaterView(planned, service)
    qtbot.addWidget(view)
    failures: list[Any] = []
    service.failed.connect(failures.append)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert loop.run_until_complete(service.start_async(host="127.0.0.1", port=port)) is False
        assert failures[0].message.code == "server_cannot_listen"
        assert failures[0].message.params["port"] == port
        assert message_boxes.texts[-1].startswith(f"Kan ikke lytte på 127.0.0.1:{port}: ")
        assert message_boxes.texts[-1].endswith("Velg en annen port.")
        assert not service.is_running
        assert view.server_panel.start_button.text() == "Start server"

        # through the panel's button, on the running loop
        view.server_panel.host_combo.setCurrentText("127.0.0.1")
        view.server_panel.port_spin.setValue(port)
        view.server_panel.start_button.click()

        async def settle() -> None:
            for _ in range(20):
                await asyncio.sleep(0.01)

        loop.run_until_complete(settle())
        assert len(message_boxes.shown) == 2 and message_boxes.shown[-1]["title"] == "Kunne ikke starte serveren"
        assert view.server_panel.start_button.isEnabled()


def test_a_bad_port_is_refused(loop, planned: ConferenceSession) -> None:  # type: ignore[no-untyped-def]
    service = ReferentService(planned)
    failures: list[Any] = []
    service.failed.connect(failures.append)
    assert loop.run_until_complete(service.start_async(host="127.0.0.1", port=70000)) is False
    assert failures[0].message.code == "server_bad_port"


def test_the_server_stops_when_the_file_closes(loop, planned: ConferenceSession, qtbot) -> None:  # type: ignore[no-untyped-def]
    service = ReferentService(planned)
    view = ReferaterView(planned, service)
    qtbot.addWidget(view)
    port = free_port()
    assert loop.run_until_complete(service.start_async(host="127.0.0.1", port=port))
    assert view.server_panel.start_button.text() == "Stopp server"
    assert view.server_panel.qr_widget.data.startswith(f"http://127.0.0.1:{port}/r/")  # the open group's link
    assert view.server_panel.projector_button.isEnabled()
    planned.close()
    assert not service.is_running

    async def settle() -> None:
        await asyncio.sleep(0.05)

    loop.run_until_complete(settle())
    with socket.socket() as again:
        again.bind(("127.0.0.1", port))  # the port is free again
    assert view.server_panel.start_button.text() == "Start server"


def test_the_panel_starts_and_stops_the_server(loop, planned: ConferenceSession, qtbot) -> None:  # type: ignore[no-untyped-def]
    service = ReferentService(planned)
    view = ReferaterView(planned, service)
    qtbot.addWidget(view)
    panel = view.server_panel
    panel.host_combo.setCurrentText("127.0.0.1")
    panel.port_spin.setValue(free_port())
    panel.wifi_name_edit.setText("Scandic Gjest")
    panel.wifi_password_edit.setText("p;ss")
    panel.start_button.click()

    async def until(condition) -> None:  # type: ignore[no-untyped-def]
        for _ in range(200):
            if condition():
                return
            await asyncio.sleep(0.01)
        raise AssertionError("timed out")

    loop.run_until_complete(until(lambda: service.is_running))
    assert service.wifi().payload == r"WIFI:T:WPA;S:Scandic Gjest;P:p\;ss;;"
    assert panel.summary_label.text().startswith(f"Serveren kjører på {service.url} – ")
    panel.start_button.click()
    loop.run_until_complete(until(lambda: not service.is_running))
    assert panel.start_button.text() == "Start server"
    assert not panel.qr_widget.isVisibleTo(panel)


def test_the_qr_board_follows_the_server_and_the_links(loop, planned: ConferenceSession, qtbot, message_boxes) -> None:  # type: ignore[no-untyped-def]
    from ui.referater.qr_board import QrBoardWindow

    service = ReferentService(planned)
    view = ReferaterView(planned, service)
    qtbot.addWidget(view)
    service.set_wifi("Scandic Gjest", "kulturskole")
    view.show_qr_board()
    assert view.qr_window is None  # nothing to show while the server is stopped
    port = free_port()
    assert loop.run_until_complete(service.start_async(host="127.0.0.1", port=port))
    view.show_qr_board()
    window = view.qr_window
    assert isinstance(window, QrBoardWindow) and window.isVisible()
    board = window.board
    assert [t.number for t in board.tiles] == [str(n) for n in range(1, 19)]
    assert board.tiles[0].matrix.data.startswith(f"http://127.0.0.1:{port}/r/")
    assert board.wifi is not None and board.wifi.matrix.data == "WIFI:T:WPA;S:Scandic Gjest;P:kulturskole;;"
    before = board.tiles[0].matrix.data
    message_boxes.answer = message_boxes.answer.Yes
    view.renew_links()
    assert board.tiles[0].matrix.data != before  # the projector shows the new codes at once
    loop.run_until_complete(service.stop_async())
    assert board.tiles == [] and "stoppet" in board.empty_text
    planned.close()
    assert not window.isVisible() and view.qr_window is None


def test_a_phone_check_in_is_an_undo_step_on_the_laptop(loop, planned: ConferenceSession) -> None:  # type: ignore[no-untyped-def]
    from app.arrival.hall_link import hall_token, set_self_checkin
    from app.groups.plans import mark_used

    service = ReferentService(planned)
    port = free_port()
    plan = planned.plan(1)
    assert plan is not None
    late = plan.tables[4].members[1]
    planned.set_present([late.participant_id], False)
    mark_used(planned.db, 1)
    said: list[tuple[int, Any]] = []
    service.checked_in.connect(lambda pid, change: said.append((pid, change)))
    api = f"http://127.0.0.1:{port}/api/p/{hall_token(planned.db)}/people/{late.participant_id}/checkin"

    async def main() -> None:
        assert await service.start_async(host="127.0.0.1", port=port)
        assert service.participant_url() == f"http://127.0.0.1:{port}/p/{hall_token(planned.db)}"
        status, data, _ = await loop.run_in_executor(None, http, "POST", api, {})
        assert status == 200 and data["present"] is True and data["tables"][0]["kvadrant"] == 1
        status, again, _ = await loop.run_in_executor(None, http, "POST", api, {})  # a second tap
        assert status == 200 and again["tables"] == data["tables"]
        set_self_checkin(planned.db, False)
        other = plan.tables[0].members[0].participant_id
        planned.set_present([other], False)
        status, refused, _ = await loop.run_in_executor(None, http, "POST", api.replace(f"/{late.participant_id}/", f"/{other}/"), {})
        assert status == 409 and "error" in refused
        await service.stop_async()

    loop.run_until_complete(main())
    assert [pid for pid, _ in said] == [late.participant_id]  # once, not twice
    present = {p.id: p.present for p in planned.participants()}
    assert present[late.participant_id]
    planned.undo_stack.undo()  # the facilitator takes back the 409'd person's absence ...
    planned.undo_stack.undo()  # ... and then the phone's check-in
    assert not {p.id: p.present for p in planned.participants()}[late.participant_id]
    assert planned.plan(1).table_of(late.participant_id) is None  # type: ignore[union-attr]
