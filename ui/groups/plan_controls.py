"""The first row of the Grupper section: which kvadrant is shown, how 1. kvadrant's tables are to be
made (by size or by number of tables, by role, avoiding pairs from earlier conference files), and
the button that makes the plan. The row only gathers the facilitator's choices (``plan_options``)
and says when to make a plan, so the section alone talks to the session; its texts stay in the
``GroupsView`` translation context, where the English translation has them.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.groups.plans import DEFAULT_SIZE, Plan
from ui.shell.conference_session import ConferenceSession
from ui.shell.style import make_quiet, scaled_font
from ui.shell.retranslating import Retranslating

#: What the spin box allows: people per table, or tables.
SPIN_RANGES = {"size": (2, 40), "tables": (1, 200)}


@dataclass(frozen=True)
class PlanOptions:
    """What "Lag grupper" asks the session for; 4. kvadrant asks for nothing (the kommunegrupper)."""

    size: int | None = None
    tables: int | None = None
    by_role: bool = False


class PlanControls(Retranslating, QWidget):
    """Kvadrant buttons, 1. kvadrant's options or 4. kvadrant's hint, and "Lag grupper"."""

    kvadrant_chosen = Signal(int)
    make_requested = Signal()

    def __init__(self, session: ConferenceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._has_plan = False
        self._spin_values = {"size": DEFAULT_SIZE, "tables": 18}

        self.k1_button = QPushButton()
        self.k4_button = QPushButton()
        self.kvadrant_buttons = QButtonGroup(self)
        for number, button in ((1, self.k1_button), (4, self.k4_button)):
            button.setCheckable(True)
            self.kvadrant_buttons.addButton(button, number)
        self.k1_button.setChecked(True)
        self.size_mode_combo = QComboBox()
        self.size_spin = QSpinBox()
        self.size_spin.setRange(*SPIN_RANGES["size"])
        self.size_spin.setValue(DEFAULT_SIZE)
        self.size_spin.setMinimumWidth(64)
        self.by_role_check = QCheckBox()
        self.k4_hint = QLabel()
        make_quiet(self.k4_hint)
        self.make_button = QPushButton()
        make_font = scaled_font(self, 1.08, bold=True)
        self.make_button.setFont(make_font)
        self.make_button.setMinimumWidth(150)
        self.make_button.setMinimumHeight(32)

        kvadrants = QHBoxLayout()
        kvadrants.setSpacing(0)
        kvadrants.addWidget(self.k1_button)
        kvadrants.addWidget(self.k4_button)
        self.k1_options = QWidget()
        options = QHBoxLayout(self.k1_options)
        options.setContentsMargins(0, 0, 0, 0)
        options.setSpacing(6)
        options.addWidget(self.size_mode_combo)
        options.addWidget(self.size_spin)
        options.addSpacing(12)
        options.addWidget(self.by_role_check)
        options.addSpacing(12)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addLayout(kvadrants)
        row.addSpacing(16)
        row.addWidget(self.k1_options)
        row.addWidget(self.k4_hint)
        row.addStretch(1)
        row.addWidget(self.make_button)

        self.kvadrant_buttons.idClicked.connect(self.kvadrant_chosen)
        self.size_mode_combo.currentIndexChanged.connect(self._size_mode_chosen)
        self.size_spin.valueChanged.connect(self._spin_changed)
        self.make_button.clicked.connect(self.make_requested)
        self._retranslate()

    # -- texts -----------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.k1_button.setText(QCoreApplication.translate("GroupsView", "1. kvadrant"))
        self.k4_button.setText(QCoreApplication.translate("GroupsView", "4. kvadrant"))
        self.k1_button.setToolTip(
            QCoreApplication.translate("GroupsView", "Møte med andres praksis: bord på tvers av kommuner")
        )
        self.k4_button.setToolTip(QCoreApplication.translate("GroupsView", "Hver kommunegruppe sitter sammen"))
        mode = self.size_mode_combo.currentIndex()
        self.size_mode_combo.blockSignals(True)
        self.size_mode_combo.clear()
        self.size_mode_combo.addItem(QCoreApplication.translate("GroupsView", "Bordstørrelse"), "size")
        self.size_mode_combo.addItem(QCoreApplication.translate("GroupsView", "Antall bord"), "tables")
        self.size_mode_combo.setCurrentIndex(max(mode, 0))
        self.size_mode_combo.blockSignals(False)
        self.size_spin.setAccessibleName(self.size_mode_combo.currentText())
        self.by_role_check.setText(QCoreApplication.translate("GroupsView", "Etter rolle"))
        self.by_role_check.setToolTip(
            QCoreApplication.translate("GroupsView", "Eiere, ledere og ressurslærere ved hvert sitt bord; veiledere spres")
        )
        self.k4_hint.setText(
            QCoreApplication.translate("GroupsView", "Hver kommunegruppe sitter sammen; veiledere hos kommunene de veileder.")
        )
        self._update_make_button()

    def _update_make_button(self) -> None:
        if self._has_plan:
            self.make_button.setText(QCoreApplication.translate("GroupsView", "Nytt forslag"))
            self.make_button.setToolTip(
                QCoreApplication.translate(
                    "GroupsView", "Lag et nytt forslag; låste personer og bord beholder plassene. Angre med Ctrl+Z."
                )
            )
        else:
            self.make_button.setText(QCoreApplication.translate("GroupsView", "Lag grupper"))
            self.make_button.setToolTip(QCoreApplication.translate("GroupsView", "Lag bordplan for kvadranten"))
        self.make_button.setEnabled(self._session.is_open)

    # -- what is shown ---------------------------------------------------------------------------
    def show_plan(self, plan: Plan | None, *, kvadrant: int) -> None:
        """The kvadrant shown and whether it has a plan: the options that apply, "Nytt forslag"."""
        self.kvadrant_buttons.button(kvadrant).setChecked(True)
        self.k1_options.setVisible(kvadrant == 1)
        self.k4_hint.setVisible(kvadrant != 1)
        self._has_plan = plan is not None
        self._update_make_button()

    def sync_to_plan(self, plan: Plan | None) -> None:
        """Show how a 1. kvadrant plan was made: by table size or by number of tables."""
        if plan is None or plan.kvadrant != 1:
            return
        if plan.table_count:
            self._spin_values["tables"] = plan.table_count
            self.size_mode_combo.setCurrentIndex(1)
        elif plan.target_size:
            self._spin_values["size"] = plan.target_size
            self.size_mode_combo.setCurrentIndex(0)
        self._size_mode_chosen()

    # -- the options -----------------------------------------------------------------------------
    def plan_options(self) -> PlanOptions:
        """What the facilitator chose for 1. kvadrant."""
        by_tables = self.size_mode_combo.currentData() == "tables"
        return PlanOptions(
            size=None if by_tables else self.size_spin.value(),
            tables=self.size_spin.value() if by_tables else None,
            by_role=self.by_role_check.isChecked(),
        )

    def set_table_count(self, count: int) -> None:
        self.size_mode_combo.setCurrentIndex(1)
        self.size_spin.setValue(count)

    def _size_mode_chosen(self) -> None:
        mode = self.size_mode_combo.currentData() or "size"
        self.size_spin.blockSignals(True)
        self.size_spin.setRange(*SPIN_RANGES[mode])
        self.size_spin.setValue(self._spin_values[mode])
        self.size_spin.blockSignals(False)
        self.size_spin.setAccessibleName(self.size_mode_combo.currentText())

    def _spin_changed(self, value: int) -> None:
        self._spin_values[self.size_mode_combo.currentData() or "size"] = value
