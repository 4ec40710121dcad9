"""The server panel at the top of the section: start and stop the phones' server on the app's
loop, the address and port the phones reach this laptop on, the venue's Wi-Fi (for the QR
codes), the link and QR code of the group open in the editor, "Nye lenker…" and "Vis QR-koder på
projektor" (both asked of the section, which owns the dialogs and the projector window). It folds
away to one line that says whether the server runs.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.common.messages import KvadrantError
from ui.referater.qr_image import QrWidget
from ui.referater.referat_display import plain_label
from ui.referater.referent_service import ReferentService
from ui.shell.messages import show_error
from ui.shell.retranslating import Retranslating


class ServerPanel(Retranslating, QFrame):
    """Start and stop the phones' server, its address and port, the Wi-Fi, the QR codes."""

    projector_requested = Signal()
    hall_projector_requested = Signal()
    renew_requested = Signal()

    def __init__(self, service: ReferentService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.setObjectName("serverPanel")
        self.setStyleSheet("QFrame#serverPanel { border: 1px solid #cdd1d6; border-radius: 6px; }")
        self.toggle_button = QToolButton()
        self.toggle_button.setCheckable(True)
        self.toggle_button.setChecked(True)
        self.toggle_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle_button.setArrowType(Qt.ArrowType.DownArrow)
        self.toggle_button.setStyleSheet("QToolButton { border: none; font-weight: bold; }")
        self.summary_label = plain_label()
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.start_button = QPushButton()
        self.host_combo = QComboBox()
        self.host_combo.setEditable(True)
        self.host_combo.setMinimumContentsLength(15)
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setGroupSeparatorShown(False)
        self.wifi_name_edit = QLineEdit()
        self.wifi_password_edit = QLineEdit()
        self.renew_button = QPushButton()
        self.projector_button = QPushButton()
        self.copy_button = QPushButton()
        #: The participants' own check-in ("Jeg er her" on their phones), kept in the file.
        self.self_checkin_box = QCheckBox()
        self.copy_hall_button = QPushButton()
        self.hall_projector_button = QPushButton()
        self.qr_widget = QrWidget(minimum=92)
        self.qr_widget.setFixedSize(92, 92)
        self.qr_caption = plain_label()
        self.qr_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.host_label, self.port_label = QLabel(), QLabel()
        self.wifi_name_label, self.wifi_password_label = QLabel(), QLabel()
        self.host_label.setBuddy(self.host_combo)
        self.port_label.setBuddy(self.port_spin)
        self.wifi_name_label.setBuddy(self.wifi_name_edit)
        self.wifi_password_label.setBuddy(self.wifi_password_edit)
        self._link = ""

        top = QHBoxLayout()
        top.addWidget(self.toggle_button)
        top.addSpacing(8)
        top.addWidget(self.summary_label, 1)
        self.body = QWidget()
        self.host_combo.setMaximumWidth(200)
        self.port_spin.setMaximumWidth(90)
        fields = QHBoxLayout()
        fields.setSpacing(6)
        fields.addWidget(self.start_button)
        fields.addSpacing(10)
        fields.addWidget(self.host_label)
        fields.addWidget(self.host_combo)
        fields.addWidget(self.port_label)
        fields.addWidget(self.port_spin)
        fields.addSpacing(18)
        fields.addWidget(self.wifi_name_label)
        fields.addWidget(self.wifi_name_edit, 1)
        fields.addWidget(self.wifi_password_label)
        fields.addWidget(self.wifi_password_edit, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.projector_button)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.renew_button)
        buttons.addStretch(1)
        hall = QHBoxLayout()
        hall.setSpacing(6)
        hall.addWidget(self.hall_projector_button)
        hall.addWidget(self.copy_hall_button)
        hall.addWidget(self.self_checkin_box)
        hall.addStretch(1)
        left = QVBoxLayout()
        left.setSpacing(6)
        left.addLayout(fields)
        left.addLayout(buttons)
        left.addLayout(hall)
        left.addStretch(1)
        qr_column = QVBoxLayout()
        qr_column.setSpacing(0)
        qr_column.addWidget(self.qr_widget, 0, Qt.AlignmentFlag.AlignHCenter)
        qr_column.addWidget(self.qr_caption)
        body_layout = QHBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(left, 1)
        body_layout.addLayout(qr_column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.body)

        self.toggle_button.toggled.connect(self._toggled)
        self.start_button.clicked.connect(self._start_or_stop)
        self.renew_button.clicked.connect(self.renew_requested)
        self.projector_button.clicked.connect(self.projector_requested)
        self.copy_button.clicked.connect(self._copy)
        self.copy_hall_button.clicked.connect(self._copy_hall_link)
        self.hall_projector_button.clicked.connect(self.hall_projector_requested)
        self.self_checkin_box.toggled.connect(self._self_checkin_toggled)
        self.wifi_name_edit.editingFinished.connect(self._save_wifi)
        self.wifi_password_edit.editingFinished.connect(self._save_wifi)
        service.running_changed.connect(self._running_changed)
        service.failed.connect(self._failed)
        self._retranslate()

    def _retranslate(self) -> None:
        self.toggle_button.setText(self.tr("Telefoner og QR-koder"))
        self.host_label.setText(self.tr("&Adresse"))
        self.port_label.setText(self.tr("Po&rt"))
        self.wifi_name_label.setText(self.tr("&Wi-Fi"))
        self.wifi_password_label.setText(self.tr("Pass&ord"))
        self.wifi_name_edit.setPlaceholderText(self.tr("Nettverkets navn"))
        self.wifi_password_edit.setPlaceholderText(self.tr("Tomt for åpent nett"))
        self.renew_button.setText(self.tr("Nye lenker…"))
        self.renew_button.setToolTip(self.tr("Lag nye lenker for alle grupper; de gamle QR-kodene slutter å virke"))
        self.projector_button.setText(self.tr("Vis QR-koder på projektor"))
        self.copy_button.setText(self.tr("Kopier lenken"))
        self.self_checkin_box.setText(self.tr("Deltakerne kan sjekke seg inn selv på telefonen"))
        self.copy_hall_button.setText(self.tr("Kopier deltakerlenken"))
        self.hall_projector_button.setText(self.tr("Vis deltakerkoden på projektor"))
        self.copy_hall_button.setToolTip(self.tr("Lenken alle deltakerne åpner: finn bordet ditt, sjekk inn, programmet"))
        self.host_combo.setToolTip(self.tr("Adressen telefonene når denne PC-en på (i lokalnettet)"))
        self.refresh()

    def load(self) -> None:
        """Fill the fields from the open file (address, port, Wi-Fi)."""
        if not self._service.session.is_open:
            return
        saved_host, port = self._service.saved_address()
        detected = self._service.detected_address()
        self.host_combo.clear()
        for host in dict.fromkeys((detected, saved_host)):
            self.host_combo.addItem(host)
        self.host_combo.setCurrentText(detected)
        self.port_spin.setValue(port)
        wifi = self._service.wifi()
        self.wifi_name_edit.setText(wifi.ssid)
        self.wifi_password_edit.setText(wifi.password)
        self.self_checkin_box.blockSignals(True)
        self.self_checkin_box.setChecked(self._service.self_checkin_allowed())
        self.self_checkin_box.blockSignals(False)
        self.refresh()

    def set_link(self, link: str | None, caption: str) -> None:
        """The QR code beside the fields: the link of the group open in the editor."""
        self._link = link or ""
        self.qr_widget.set_data(self._link)
        self.qr_widget.setVisible(bool(self._link))
        self.qr_caption.setText(caption if self._link else "")
        self.copy_button.setEnabled(bool(self._link))

    def refresh(self) -> None:
        running = self._service.is_running
        self.start_button.setText(self.tr("Stopp server") if running else self.tr("Start server"))
        self.host_combo.setEnabled(not running)
        self.port_spin.setEnabled(not running)
        self.projector_button.setEnabled(running)
        if running:
            url = self._service.url or ""
            self.summary_label.setText(
                self.tr("Serveren kjører på {url} – telefonene må være på samme nett som denne PC-en.").format(url=url)
            )
        else:
            self.summary_label.setText(
                self.tr("Serveren er stoppet: referentene kan bare skrive her på PC-en. Start den for å vise QR-kodene.")
            )
        self.copy_button.setEnabled(bool(self._link))
        self.copy_hall_button.setEnabled(running)
        self.hall_projector_button.setEnabled(running)

    def _toggled(self, shown: bool) -> None:
        self.body.setVisible(shown)
        self.toggle_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _start_or_stop(self) -> None:
        if self._service.is_running:
            self._service.stop()
        else:
            self._save_wifi()
            self.start_button.setEnabled(False)
            task = self._service.start(host=self.host_combo.currentText(), port=self.port_spin.value())
            task.add_done_callback(self._start_done)

    def _start_done(self, _task: object) -> None:
        self.start_button.setEnabled(True)

    def _running_changed(self, running: bool) -> None:
        self.start_button.setEnabled(True)
        address = self._service.address
        if running and address is not None:
            self.host_combo.setCurrentText(address[0])
            self.port_spin.setValue(address[1])
        self.refresh()

    def _failed(self, error: KvadrantError) -> None:
        self.start_button.setEnabled(True)
        show_error(self, error, title=self.tr("Kunne ikke starte serveren"))

    def _save_wifi(self) -> None:
        if not self._service.session.is_open:
            return
        wifi = self._service.wifi()
        name, password = self.wifi_name_edit.text().strip(), self.wifi_password_edit.text()
        if (wifi.ssid, wifi.password) != (name, password):
            try:
                self._service.set_wifi(name, password)
            except KvadrantError as error:
                show_error(self, error)

    def _self_checkin_toggled(self, allowed: bool) -> None:
        if self._service.session.is_open:
            self._service.set_self_checkin(allowed)

    def _copy_hall_link(self) -> None:
        url = self._service.participant_url()
        if url:
            QGuiApplication.clipboard().setText(url)

    def _copy(self) -> None:
        if self._link:
            QGuiApplication.clipboard().setText(self._link)
