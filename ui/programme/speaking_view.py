"""Taletid: after (or during) a group block, how evenly the speaking time went at the tables.

The facilitator's check before the next block: one sentence on fairness ("Alle fikk 5:00 ±
0:20"), who was skipped, and a grid of every table's speakers with the time each got. The
figures come from the core (``app.run.speaking_time``), read from the same run log that drives
the countdown; this window only words and lays them out.
"""
from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.run.day_runner import DayView
from app.run.speaking_time import BlockSpeaking, Slot, SlotState, day_speaking, duration_text
from ui.programme.run_controller import RunController
from ui.programme.run_keys import RunKeys
from ui.shell.style import make_quiet, scaled_font

SKIPPED_BACKGROUND = QColor("#fde7c4")
SKIPPED_TEXT = "#8a4b00"
OPEN_BACKGROUND = QColor("#eeeeee")


def count_word(n: int) -> str:
    """ "to hoppet over": small counts as words, larger as digits."""
    words = (
        QCoreApplication.translate("SpeakingView", "én"),
        QCoreApplication.translate("SpeakingView", "to"),
        QCoreApplication.translate("SpeakingView", "tre"),
        QCoreApplication.translate("SpeakingView", "fire"),
        QCoreApplication.translate("SpeakingView", "fem"),
        QCoreApplication.translate("SpeakingView", "seks"),
        QCoreApplication.translate("SpeakingView", "sju"),
        QCoreApplication.translate("SpeakingView", "åtte"),
        QCoreApplication.translate("SpeakingView", "ni"),
        QCoreApplication.translate("SpeakingView", "ti"),
    )
    return words[n - 1] if 1 <= n <= len(words) else str(n)


def number_list(numbers: list[int]) -> str:
    """Table numbers compactly: [1, 5, 6, 7, 8] → "1 og 5–8" (a range from three in a row)."""
    runs: list[list[int]] = []
    for n in sorted(numbers):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts: list[str] = []
    for run in runs:
        parts.extend([f"{run[0]}–{run[-1]}"] if len(run) > 2 else [str(n) for n in run])
    if len(parts) <= 1:
        return "".join(parts)
    return QCoreApplication.translate("SpeakingView", "{first} og {last}").format(
        first=", ".join(parts[:-1]), last=parts[-1]
    )


def fairness_text(speaking: BlockSpeaking) -> str:
    """The headline: "Alle fikk 5:00 ± 0:20" (or why there is nothing to say yet)."""
    fair = speaking.fairness
    if not speaking.rotated:
        return QCoreApplication.translate("SpeakingView", "Talelisten ble ikke startet i denne blokken")
    if fair.planned is None or fair.spread is None:
        return QCoreApplication.translate("SpeakingView", "Ingen har talt ferdig ennå")
    if round(fair.spread) == 0:
        return QCoreApplication.translate("SpeakingView", "Alle fikk {time}").format(time=duration_text(fair.planned))
    return QCoreApplication.translate("SpeakingView", "Alle fikk {time} ± {spread}").format(
        time=duration_text(fair.planned), spread=duration_text(fair.spread)
    )


def figures_text(speaking: BlockSpeaking) -> str:
    """ "Snitt 4:57 · kortest 4:40 · lengst 5:00 · 87 taletider"."""
    fair = speaking.fairness
    if fair.mean is None or fair.shortest is None or fair.longest is None:
        return ""
    return QCoreApplication.translate(
        "SpeakingView", "Snitt {mean} · kortest {shortest} · lengst {longest} · {count} taletider"
    ).format(
        mean=duration_text(fair.mean),
        shortest=duration_text(fair.shortest),
        longest=duration_text(fair.longest),
        count=fair.speakers,
    )


def skips_text(speaking: BlockSpeaking) -> str:
    """Who was skipped: per slot ("Taler 3 hoppet over etter 0:20"), then per table, grouped by
    how many ("Bord 2–4: én hoppet over; bord 1 og 5–18: to hoppet over")."""
    lines = [
        QCoreApplication.translate("SpeakingView", "Taler {number} hoppet over etter {time}").format(
            number=slot.number, time=duration_text(slot.seconds)
        )
        for slot in speaking.slots
        if slot.state is SlotState.SKIPPED
    ]
    by_count: dict[int, list[int]] = defaultdict(list)
    for table, count in speaking.fairness.skips_by_table:
        by_count[count].append(table)
    if len(by_count) == 1 and sum(map(len, by_count.values())) == len(speaking.tables) > 1:
        (count,) = by_count
        lines.append(QCoreApplication.translate("SpeakingView", "Ved alle bord: {count} hoppet over").format(
            count=count_word(count)))
    else:
        parts = [
            QCoreApplication.translate("SpeakingView", "Bord {tables}: {count} hoppet over").format(
                tables=number_list(tables), count=count_word(count))
            for count, tables in sorted(by_count.items())
        ]
        lines.extend(parts)
    return "\n".join(lines)


def pauses_text(speaking: BlockSpeaking) -> str:
    """ "Taletiden sto i pause 0:40 (taler 2)": pauses are not counted as speaking time."""
    paused = [slot for slot in speaking.slots if round(slot.paused) > 0]
    if not paused:
        return ""
    return QCoreApplication.translate(
        "SpeakingView", "Taletiden sto i pause {time} ({slots}); pausen er ikke regnet med"
    ).format(
        time=duration_text(sum(slot.paused for slot in paused)),
        slots=", ".join(
            QCoreApplication.translate("SpeakingView", "taler {number}").format(number=slot.number) for slot in paused
        ),
    )


def slot_header(slot: Slot | None, number: int) -> str:
    """A column's heading: "Taler 3" and how that slot went, the same at every table."""
    title = QCoreApplication.translate("SpeakingView", "Taler {number}").format(number=number)
    if slot is None:
        return title
    return f"{title}\n{_turn_text(slot.state, slot.seconds)}"


def _turn_text(state: SlotState, seconds: float) -> str:
    time = duration_text(seconds)
    if state is SlotState.SKIPPED:
        return QCoreApplication.translate("SpeakingView", "hoppet over ({time})").format(time=time)
    if state is SlotState.CUT:
        return QCoreApplication.translate("SpeakingView", "{time} – avbrutt").format(time=time)
    if state is SlotState.SPEAKING:
        return QCoreApplication.translate("SpeakingView", "taler nå")
    if state is SlotState.NOT_REACHED:
        return QCoreApplication.translate("SpeakingView", "ikke kommet til")
    return time


class SpeakingDialog(QDialog):
    """Taletid for a group block whose speaker rotation ran; follows the day while it is open."""

    def __init__(self, controller: RunController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Taletid"))
        self.resize(1120, 660)
        self._blocks: tuple[BlockSpeaking, ...] = ()
        self._shown: BlockSpeaking | None = None
        self._moment: tuple[object, ...] | None = None

        self.title_label = QLabel()
        self.title_label.setFont(scaled_font(self, 1.0, bold=True))
        self.title_label.setWordWrap(True)
        make_quiet(self.title_label)
        self.block_combo = QComboBox()
        self.block_combo.currentIndexChanged.connect(self._block_chosen)
        self.headline_label = QLabel()
        self.headline_label.setFont(scaled_font(self, 1.7, bold=True))
        self.figures_label = QLabel()
        make_quiet(self.figures_label)
        self.skips_label = QLabel()
        self.skips_label.setWordWrap(True)
        self.skips_label.setStyleSheet(f"color: {SKIPPED_TEXT}; font-weight: bold;")
        self.pauses_label = QLabel()
        self.pauses_label.setWordWrap(True)
        self.running_label = QLabel()
        make_quiet(self.running_label)
        self.grid = QTableWidget()
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.grid.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.grid.setWordWrap(True)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Lukk"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addWidget(self.title_label)
        layout.addWidget(self.block_combo)
        layout.addWidget(self.headline_label)
        layout.addWidget(self.figures_label)
        layout.addWidget(self.skips_label)
        layout.addWidget(self.pauses_label)
        layout.addWidget(self.running_label)
        layout.addWidget(self.grid, 1)
        layout.addWidget(buttons)

        for label in (self.title_label, self.headline_label, self.figures_label, self.skips_label, self.pauses_label):
            label.setTextFormat(Qt.TextFormat.PlainText)  # titles and names show as typed
        self.keys = RunKeys(self, controller)  # the clicker still runs the day while this is open
        controller.view_changed.connect(self._view_changed)
        self.reload()

    # -- reading -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read every rotated group block again; keep the one shown, else pick the latest."""
        runner = self.controller.runner
        self._blocks = day_speaking(runner.db, runner.clock) if runner is not None else ()
        keep = self._shown.block_id if self._shown is not None else None
        ids = [b.block_id for b in self._blocks]
        running = next((b.block_id for b in self._blocks if b.running), None)
        chosen = keep if keep in ids else running if running is not None else (ids[-1] if ids else None)
        self.block_combo.blockSignals(True)
        self.block_combo.clear()
        for block in self._blocks:
            self.block_combo.addItem(block.title, block.block_id)
        self.block_combo.setCurrentIndex(ids.index(chosen) if chosen is not None else -1)
        self.block_combo.blockSignals(False)
        self.block_combo.setVisible(len(self._blocks) > 1)
        self.title_label.setVisible(len(self._blocks) == 1)
        self.title_label.setText(self._blocks[0].title if len(self._blocks) == 1 else "")
        self.show_block(next((b for b in self._blocks if b.block_id == chosen), None))

    def _view_changed(self, view: DayView) -> None:
        """Read again when what is shown could have changed: another speaker, a pause, a skip, a
        block started or ended (not every second: the slot now speaking shows no running time)."""
        rotation = view.rotation
        moment = (
            view.phase,
            view.block.id if view.block is not None else None,
            (rotation.speaker, rotation.paused, rotation.slot_seconds) if rotation is not None else None,
        )
        if moment != self._moment and self.isVisible():
            self.reload()
        self._moment = moment

    def _block_chosen(self, index: int) -> None:
        block_id = self.block_combo.itemData(index)
        self.show_block(next((b for b in self._blocks if b.block_id == block_id), None))

    # -- showing -----------------------------------------------------------------------------
    def show_block(self, speaking: BlockSpeaking | None) -> None:
        self._shown = speaking
        if speaking is None:
            self.headline_label.setText(self.tr("Ingen taleliste er kjørt ennå"))
            for label in (self.figures_label, self.skips_label, self.pauses_label, self.running_label):
                label.setText("")
                label.setVisible(False)
            self.grid.clear()
            self.grid.setRowCount(0)
            self.grid.setColumnCount(0)
            return
        self.headline_label.setText(fairness_text(speaking))
        for label, text in (
            (self.figures_label, figures_text(speaking)),
            (self.skips_label, skips_text(speaking)),
            (self.pauses_label, pauses_text(speaking)),
            (self.running_label, self.tr("Blokken pågår: tallene gjelder til nå.") if speaking.running else ""),
        ):
            label.setText(text)
            label.setVisible(bool(text))
        self._fill_grid(speaking)

    def _fill_grid(self, speaking: BlockSpeaking) -> None:
        columns = max((len(t.speakers) for t in speaking.tables), default=0)
        slots = {slot.number: slot for slot in speaking.slots}
        self.grid.clear()
        self.grid.setColumnCount(columns)
        self.grid.setRowCount(len(speaking.tables))
        self.grid.setHorizontalHeaderLabels([slot_header(slots.get(k), k) for k in range(1, columns + 1)])
        self.grid.setVerticalHeaderLabels(
            [self.tr("Bord {number}").format(number=t.number) for t in speaking.tables]
        )
        italic = QFont(self.grid.font())
        italic.setItalic(True)
        for row, table in enumerate(speaking.tables):
            for column in range(columns):
                if column < len(table.speakers):
                    speaker = table.speakers[column]
                    item = QTableWidgetItem(f"{speaker.name}\n{_turn_text(speaker.state, speaker.seconds)}")
                    item.setToolTip(speaker.municipality)
                    if speaker.state is SlotState.SKIPPED:
                        item.setBackground(QBrush(SKIPPED_BACKGROUND))
                else:
                    item = QTableWidgetItem(self.tr("åpen diskusjon"))
                    item.setBackground(QBrush(OPEN_BACKGROUND))
                    item.setFont(italic)
                self.grid.setItem(row, column, item)
        self.grid.resizeRowsToContents()
