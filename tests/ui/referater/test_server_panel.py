"""The server panel on its own: filled from the file, says whether the server runs, the QR code
and "Kopier lenken" of the open group, the Wi-Fi saved to the file, and it folds away."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QGuiApplication

from ui.referater.referent_service import ReferentService
from ui.referater.server_panel import ServerPanel
from ui.shell.conference_session import ConferenceSession


@pytest.fixture
def service(session: ConferenceSession) -> Iterator[ReferentService]:
    service = ReferentService(session)
    yield service
    service.shutdown()


def test_a_stopped_server_says_so_and_the_fields_come_from_the_file(qtbot, service: ReferentService) -> None:  # type: ignore[no-untyped-def]
    panel = ServerPanel(service)
    qtbot.addWidget(panel)
    panel.load()
    assert panel.summary_label.text().startswith("Serveren er stoppet")
    assert panel.start_button.text() == "Start server"
    assert panel.host_combo.isEnabled() and not panel.projector_button.isEnabled()
    assert (panel.host_combo.currentText(), panel.port_spin.value()) == (service.detected_address(), service.saved_address()[1])


def test_the_open_groups_link_and_its_qr_code(qtbot, service: ReferentService) -> None:  # type: ignore[no-untyped-def]
    panel = ServerPanel(service)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_link(None, "Bord 1")
    assert not panel.copy_button.isEnabled() and not panel.qr_widget.isVisible() and panel.qr_caption.text() == ""
    panel.set_link("http://192.168.10.23:8765/r/abc", "Bord 1")
    assert panel.copy_button.isEnabled() and panel.qr_widget.isVisible() and panel.qr_caption.text() == "Bord 1"
    panel.copy_button.click()
    assert QGuiApplication.clipboard().text() == "http://192.168.10.23:8765/r/abc"
    panel.toggle_button.setChecked(False)
    assert not panel.body.isVisible()


def test_the_wifi_is_saved_when_editing_ends(qtbot, service: ReferentService) -> None:  # type: ignore[no-untyped-def]
    panel = ServerPanel(service)
    qtbot.addWidget(panel)
    panel.wifi_name_edit.setText("  Scandic Gjest ")
    panel.wifi_password_edit.setText("kulturskole2020")
    panel.wifi_password_edit.editingFinished.emit()
    assert (service.wifi().ssid, service.wifi().password) == ("Scandic Gjest", "kulturskole2020")
