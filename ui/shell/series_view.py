"""The series on the start page: the recent files grouped by the chain of "made from" links,
and for a chosen series who came which day (so the facilitator sees the cohort at a glance)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.common.messages import KvadrantError
from app.common.text import norwegian_key
from app.conference_file.history import Identity
from app.series.days import Attendee, Series, attendance, series_of
from ui.shell.formatting import format_date
from ui.shell.i18n import ui_language, ui_locale
from ui.shell.messages import message_text
from ui.shell.retranslating import Retranslating
from ui.shell.style import make_quiet, quiet_color, scaled_font


@dataclass(frozen=True)
class RecentRow:
    """One line of the recent list: a file on its own, a series' heading, or a day of a series."""

    path: Path  # what double-click opens (a series: its newest day)
    series: Series | None = None
    day: int = 0  # 1, 2, … for a day row; 0 for a heading or a file on its own

    @property
    def is_heading(self) -> bool:
        return self.series is not None and self.day == 0


def _key(path: Path) -> Path:
    return Path(path).expanduser().resolve()


def recent_rows(paths: list[Path]) -> list[RecentRow]:
    """The recent files in their order, each series once where its first file comes, with all
    its days; a file alone in its series, or one that cannot be read, stays a row of its own."""
    try:
        found = [s for s in series_of(paths) if len(s.days) > 1]
    except KvadrantError:  # a loop of links: the files are still there to open one by one
        found = []
    series_by_path = {_key(day.path): s for s in found for day in s.days}
    rows: list[RecentRow] = []
    placed: set[str] = set()
    for path in paths:
        series = series_by_path.get(_key(path))
        if series is None:
            rows.append(RecentRow(path))
        elif series.uid not in placed:
            placed.add(series.uid)
            rows.append(RecentRow(series.days[-1].path, series))
            rows.extend(RecentRow(day.path, series, number) for number, day in enumerate(series.days, start=1))
    return rows


def short_date(date: QDate) -> str:
    """ "28. jan" / "28 Jan": a column heading that leaves room for several days."""
    return ui_locale().toString(date, "d MMM" if ui_language() == "en" else "d. MMM").rstrip(".")


def day_heading(day: Identity, number: int) -> str:
    if day.date is None:
        return QCoreApplication.translate("SeriesView", "Dag {number}").format(number=number)
    return short_date(QDate(day.date.year, day.date.month, day.date.day))


# -- painting the rows ----------------------------------------------------------------------------
PADDING = 8
DAY_INDENT = 26


def row_height(row: RecentRow, font: QFont) -> int:
    line = QFontMetrics(font).height()
    if row.day:
        return line + 12
    return line * 2 + 4 + PADDING * 2 + (6 if row.is_heading else 0)


def paint_series_row(painter: QPainter, option: QStyleOptionViewItem, row: RecentRow) -> None:
    """A series' heading (title, how many days, from–to) or one of its days (date, file name)."""
    assert row.series is not None
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    palette = option.palette
    text_color = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
    quiet = text_color if selected else quiet_color(palette)
    metrics = QFontMetrics(option.font)
    painter.save()
    if row.day:
        rect = option.rect.adjusted(PADDING + DAY_INDENT, 0, -PADDING, 0)
        painter.setPen(quiet)
        painter.drawLine(rect.left() - 12, option.rect.top(), rect.left() - 12, option.rect.bottom())
        day = row.series.days[row.day - 1]
        label = QCoreApplication.translate("SeriesView", "Dag {number}").format(number=row.day)
        date = format_date(day.date) or QCoreApplication.translate("SeriesView", "uten dato")
        label_width = metrics.horizontalAdvance(label) + 16
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRect(rect.left(), rect.top(), label_width, rect.height()), flags, label)
        painter.setPen(text_color)
        date_rect = rect.adjusted(label_width, 0, 0, 0)
        painter.drawText(date_rect, flags, date)
        rest = date_rect.adjusted(metrics.horizontalAdvance(date) + 16, 0, 0, 0)
        painter.setPen(quiet)
        painter.drawText(rest, flags, metrics.elidedText(day.path.name, Qt.TextElideMode.ElideMiddle, rest.width()))
    else:
        rect = option.rect.adjusted(PADDING + 4, PADDING + 6, -PADDING, -PADDING)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_color)
        top = QRect(rect.left(), rect.top(), rect.width(), metrics.height())
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(bold).elidedText(row.series.title, Qt.TextElideMode.ElideRight, rect.width()))
        painter.setFont(option.font)
        painter.setPen(quiet)
        days = row.series.days
        dated = [d.date for d in days if d.date is not None]
        span = f"{format_date(min(dated))} – {format_date(max(dated))}" if dated else ""
        text = QCoreApplication.translate("SeriesView", "Serie med {count} dager").format(count=len(days))
        bottom = top.translated(0, metrics.height() + 4)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(" · ".join(t for t in (text, span) if t), Qt.TextElideMode.ElideRight,
                                            rect.width()))
    painter.restore()


# -- who came which day ---------------------------------------------------------------------------
class AttendanceModel(QAbstractTableModel):
    """Name, municipality, a ✓ per day, and on how many days; sorted by any column."""

    NAME, MUNICIPALITY = 0, 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: tuple[Identity, ...] = ()
        self.rows: list[Attendee] = []
        self._tick_font = QFont()
        self._tick_font.setBold(True)

    def set_attendance(self, days: tuple[Identity, ...], rows: list[Attendee]) -> None:
        self.beginResetModel()
        self.days, self.rows = days, list(rows)
        self.endResetModel()

    def count_column(self) -> int:
        return 2 + len(self.days)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3 + len(self.days)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        person, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return person.name
            if column == self.MUNICIPALITY:
                return person.municipality
            if column == self.count_column():
                return str(person.count)
            return "✓" if person.days[column - 2] else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column > self.MUNICIPALITY:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and self.MUNICIPALITY < column < self.count_column():
            return self._tick_font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        day = self.days[section - 2] if 2 <= section < self.count_column() else None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == self.NAME:
                return QCoreApplication.translate("SeriesView", "Navn")
            if section == self.MUNICIPALITY:
                return QCoreApplication.translate("SeriesView", "Kommune")
            if day is None:
                return QCoreApplication.translate("SeriesView", "Dager")
            return day_heading(day, section - 1)
        if role == Qt.ItemDataRole.ToolTipRole and day is not None:
            return " · ".join(t for t in (day.title, format_date(day.date), day.path.name) if t)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ties keep municipality-then-name order, whichever way the column is sorted."""
        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=lambda a: (norwegian_key(a.municipality), norwegian_key(a.name)))
        descending = order == Qt.SortOrder.DescendingOrder
        if column == self.NAME:
            self.rows.sort(key=lambda a: norwegian_key(a.name), reverse=descending)
        elif column == self.MUNICIPALITY:
            self.rows.sort(key=lambda a: norwegian_key(a.municipality), reverse=descending)
        elif column == self.count_column():
            self.rows.sort(key=lambda a: a.count, reverse=descending)
        elif 2 <= column < self.count_column():
            self.rows.sort(key=lambda a: a.days[column - 2], reverse=descending)
        self.layoutChanged.emit()


class AttendancePane(Retranslating, QWidget):
    """The chosen series' attendance under the recent list; a file that cannot be read is said
    in words where the table would be."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._series: Series | None = None
        self._error: KvadrantError | None = None
        self._cache: dict[str, list[Attendee]] = {}
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setFont(scaled_font(self, 1.1, bold=True))
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        make_quiet(self.summary)
        self.model = AttendanceModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setFrameShape(QFrame.Shape.StyledPanel)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(QFontMetrics(self.font()).height() + 8)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumSectionSize(40)
        self.table.sortByColumn(AttendanceModel.MUNICIPALITY, Qt.SortOrder.AscendingOrder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self._retranslate()

    def forget(self) -> None:
        """The recent files changed: read the days again when a series is next shown."""
        self._cache.clear()

    def show_series(self, series: Series) -> None:
        self._series, self._error = series, None
        rows = self._cache.get(series.uid)
        if rows is None:
            try:
                rows = self._cache[series.uid] = attendance(series)
            except KvadrantError as error:
                self._error, rows = error, []
        self.model.set_attendance(series.days, rows)
        self.table.setVisible(self._error is None)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(AttendanceModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(AttendanceModel.MUNICIPALITY, QHeaderView.ResizeMode.ResizeToContents)
        metrics = QFontMetrics(header.font())
        for column in range(2, self.model.columnCount()):  # room for the text and a sort arrow
            text = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, max(56, metrics.horizontalAdvance(text) + 30))
        self.table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._retranslate()

    def _retranslate(self) -> None:
        series = self._series
        if series is None:
            return
        self.heading.setText(self.tr("Hvem var med: {title}").format(title=series.title))
        if self._error is not None:
            self.summary.setText(message_text(self._error.message))
            return
        rows, days = self.model.rows, len(series.days)
        every_day = sum(1 for person in rows if person.count == days)
        self.summary.setText(
            self.tr("{people} deltakere, {every} av dem alle {days} dagene. Klikk en kolonne for å sortere.").format(
                people=len(rows), every=every_day, days=days
            )
        )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.model.columnCount() - 1))
