"""What the window shows with no conference open: three big ways in, and the recent files
(grouped by series, with who came which day of the chosen series)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ui.shell.series_view import AttendancePane, RecentRow, paint_series_row, recent_rows, row_height
from ui.shell.style import make_quiet, quiet_color, scaled_font
from ui.shell.retranslating import Retranslating

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the RecentRow


class RecentFileDelegate(QStyledItemDelegate):
    """A recent file as two lines: its name in bold, its folder below in quieter text; a series
    as a heading with its days below."""

    PADDING = 8

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        row = index.data(ROW_ROLE)
        if isinstance(row, RecentRow) and row.series is not None:
            return QSize(200, row_height(row, option.font))
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.height() * 2 + 4 + self.PADDING * 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        style_option = QStyleOptionViewItem(option)
        self.initStyleOption(style_option, index)
        style_option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, style_option, painter, widget)
        path = index.data(PATH_ROLE)
        if path is None:
            return
        row = index.data(ROW_ROLE)
        if isinstance(row, RecentRow) and row.series is not None:
            paint_series_row(painter, option, row)
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        rect = option.rect.adjusted(self.PADDING + 4, self.PADDING, -self.PADDING, -self.PADDING)
        metrics = QFontMetrics(option.font)
        painter.save()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        name_rect = QRect(rect.left(), rect.top(), rect.width(), metrics.height())
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(bold).elidedText(Path(path).name, Qt.TextElideMode.ElideRight, rect.width()))
        painter.setFont(option.font)
        if not selected:
            painter.setPen(quiet_color(palette))
        folder_rect = QRect(rect.left(), rect.top() + metrics.height() + 4, rect.width(), metrics.height())
        painter.drawText(folder_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(str(Path(path).parent), Qt.TextElideMode.ElideMiddle, rect.width()))
        painter.restore()


class StartPage(Retranslating, QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(object)  # Path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        heading_font = scaled_font(self, 2.0, bold=True)
        self.heading.setFont(heading_font)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        intro_font = scaled_font(self, 1.15)
        self.intro.setFont(intro_font)

        self.new_button = self._big_button()
        self.open_button = self._big_button()
        self.demo_button = self._big_button()

        self.recent_heading = QLabel()
        recent_font = scaled_font(self, 1.25, bold=True)
        self.recent_heading.setFont(recent_font)
        self.recent_list = QListWidget()
        self.recent_list.setItemDelegate(RecentFileDelegate(self.recent_list))
        self.recent_list.setFrameShape(QFrame.Shape.StyledPanel)
        self.recent_empty = QLabel()
        make_quiet(self.recent_empty)
        self.recent_empty.setWordWrap(True)
        self.recent_hint = QLabel()
        make_quiet(self.recent_hint)
        self.attendance = AttendancePane()
        self.attendance.hide()
        self._has_series = False

        buttons = QVBoxLayout()
        buttons.setSpacing(12)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)

        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.setContentsMargins(0, 4, 0, 0)
        empty_layout.addWidget(self.recent_empty)
        empty_layout.addStretch(1)
        self.recent_stack = QStackedWidget()
        self.recent_stack.addWidget(self.recent_list)
        self.recent_stack.addWidget(empty_page)

        recent = QVBoxLayout()
        recent.setSpacing(8)
        recent.addWidget(self.recent_heading)
        recent.addWidget(self.recent_stack, 2)
        recent.addWidget(self.recent_hint)
        recent.addWidget(self.attendance, 3)

        columns = QHBoxLayout()
        columns.setSpacing(40)
        columns.addLayout(buttons, 1)
        columns.addLayout(recent, 2)

        inner = QVBoxLayout()
        inner.setSpacing(12)
        inner.addWidget(self.heading)
        inner.addWidget(self.intro)
        inner.addSpacing(24)
        inner.addLayout(columns, 1)

        box = QWidget()
        box.setLayout(inner)
        box.setMaximumWidth(1000)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(48, 40, 48, 40)
        outer.addStretch(1)
        outer.addWidget(box, 12)
        outer.addStretch(1)

        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.recent_list.itemActivated.connect(self._recent_activated)
        self.recent_list.currentItemChanged.connect(self._recent_selected)
        self._retranslate()
        self.set_recent_files([])

    def _big_button(self) -> QPushButton:
        button = QPushButton()
        font = scaled_font(self, 1.2)
        button.setFont(font)
        button.setMinimumHeight(56)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setStyleSheet("text-align: left; padding-left: 18px; padding-right: 18px;")
        return button

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Kvadrant"))
        self.intro.setText(
            self.tr("Gjennomfør dialogkonferansen: program, deltakere, grupper og referater i én fil.")
        )
        self.new_button.setText(self.tr("Ny konferanse…"))
        self.open_button.setText(self.tr("Åpne…"))
        self.demo_button.setText(self.tr("Åpne demokonferansen"))
        self.new_button.setToolTip(self.tr("Lag en ny konferansefil, tom eller etter Gardermoen-programmet"))
        self.open_button.setToolTip(self.tr("Åpne en konferansefil (.kvadrant)"))
        self.demo_button.setToolTip(self.tr("En kopi av Gardermoen 2020 med 105 deltakere, til å prøve ut"))
        self.recent_heading.setText(self.tr("Nylige filer"))
        self.recent_empty.setText(self.tr("Ingen nylige filer ennå. Konferanser du åpner, havner her."))
        if self._has_series:
            self.recent_hint.setText(self.tr("Dobbeltklikk for å åpne. Velg en serie for å se hvem som var med hvilke dager."))
        else:
            self.recent_hint.setText(self.tr("Dobbeltklikk for å åpne."))
        for row in range(self.recent_list.count()):
            self._set_tooltip(self.recent_list.item(row))

    def set_recent_files(self, paths: list[Path]) -> None:
        self.attendance.hide()
        self.attendance.forget()
        self.recent_list.clear()
        rows = recent_rows(paths)
        self._has_series = any(row.series is not None for row in rows)
        for row in rows:
            item = QListWidgetItem(row.series.title if row.is_heading and row.series else row.path.name)
            item.setData(PATH_ROLE, row.path)
            item.setData(ROW_ROLE, row)
            self._set_tooltip(item)
            self.recent_list.addItem(item)
        has_files = bool(paths)
        self.recent_stack.setCurrentIndex(0 if has_files else 1)
        self.recent_hint.setVisible(has_files)
        self._retranslate()

    def _set_tooltip(self, item: QListWidgetItem) -> None:
        row = item.data(ROW_ROLE)
        if isinstance(row, RecentRow) and row.is_heading:
            item.setToolTip(self.tr("Dobbeltklikk for å åpne den siste dagen: {path}").format(path=row.path))
        elif isinstance(row, RecentRow):
            item.setToolTip(str(row.path))

    def _recent_selected(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        row = item.data(ROW_ROLE) if item is not None else None
        if isinstance(row, RecentRow) and row.series is not None:
            self.attendance.show_series(row.series)
            self.attendance.show()
        else:
            self.attendance.hide()

    def _recent_activated(self, item: QListWidgetItem) -> None:
        path = item.data(PATH_ROLE)
        if path is not None:
            self.recent_chosen.emit(Path(path))
