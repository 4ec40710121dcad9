"""The questions as a list: a model whose drop moves a question through the session (an undo
step), and a delegate that draws each question with its number, its kind as a coloured badge,
its text, the line under it (scale ends, choices, or "own words"), and how many answered it."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QTextLayout
from PySide6.QtWidgets import (
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from app.common.messages import KvadrantError
from app.conference_file.schema import QuestionKind
from app.evaluation.questionnaire import Question
from app.evaluation.results import results
from ui.evaluation import question_edits
from ui.evaluation.question_dialog import kind_label
from ui.shell.conference_session import ConferenceSession
from ui.shell.style import quiet_color

ModelIndex = QModelIndex | QPersistentModelIndex
QUESTION_ROLE = Qt.ItemDataRole.UserRole + 1
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2
MIME_TYPE = "application/x-kvadrant-question"
#: Each kind's badge colour: told apart at a glance, dark text readable on all three.
KIND_COLORS = {QuestionKind.SCALE: "#d3e3fa", QuestionKind.CHOICE: "#e8d9f7", QuestionKind.OPEN: "#d5eed9"}


def details(question: Question) -> str:
    """The line under a question: its scale's ends, its choices, or that it is free text."""
    if question.kind is QuestionKind.SCALE:
        ends = QCoreApplication.translate("QuestionList", "1 = {low}  ·  6 = {high}")
        return ends.format(low=question.low_label or "–", high=question.high_label or "–")
    if question.kind is QuestionKind.CHOICE:
        if question.multiple:
            lead = QCoreApplication.translate("QuestionList", "Én eller flere av:")
        else:
            lead = QCoreApplication.translate("QuestionList", "Én av:")
        return f"{lead} {'  ·  '.join(question.choices)}"
    return QCoreApplication.translate("QuestionList", "Deltakerne svarer med egne ord")


class QuestionListModel(QAbstractListModel):
    """The questions in order; a drop moves the dragged question through the session (undo)."""

    edit_failed = Signal(object)  # KvadrantError

    def __init__(self, session: ConferenceSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._questions: list[Question] = []
        self._counts: dict[int, int] = {}

    @property
    def questions(self) -> tuple[Question, ...]:
        return tuple(self._questions)

    def reload(self) -> None:
        self.beginResetModel()
        if self._session.is_open:
            now = results(self._session.db)
            self._questions = [result.question for result in now.questions]
            self._counts = {result.question.id: result.count for result in now.questions}
        else:
            self._questions, self._counts = [], {}
        self.endResetModel()

    def row_of(self, question_id: int) -> int:
        return next((row for row, q in enumerate(self._questions) if q.id == question_id), -1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._questions)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._questions):
            return None
        question = self._questions[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row() + 1}. {kind_label(question.kind)}: {question.text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{question.text}\n{details(question)}"
        if role == QUESTION_ROLE:
            return question
        if role == COUNT_ROLE:
            return self._counts.get(question.id, 0)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        if rows:
            data.setData(MIME_TYPE, QByteArray(str(self._questions[rows[0]].id).encode("ascii")))
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex) -> bool:
        """Move the dragged question before ``row`` (onto a question: to its place; else last)."""
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE):
            return False
        try:
            question_id = int(bytes(data.data(MIME_TYPE).data()).decode("ascii"))
        except ValueError:
            return False
        old = self.row_of(question_id)
        if old < 0:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._questions)
        if row > old:
            row -= 1  # its own place closes up first
        try:
            question_edits.move_question(self._session, question_id, row)
        except KvadrantError as error:
            self.edit_failed.emit(error)
            return False
        return True


def _lines(text: str, font: QFont, width: float, most: int) -> list[str]:
    """``text`` wrapped to ``width``, at most ``most`` lines, the last elided if it runs on."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines: list[str] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].rstrip())
        if len(lines) == most:
            rest = text[line.textStart() :]
            lines[-1] = QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, int(width))
            break
    layout.endLayout()
    return lines or [""]


class QuestionDelegate(QStyledItemDelegate):
    """A question as a row: its number, its kind as a coloured badge, the text (two lines at
    most) with its scale, choices or "own words" under it, and how many answered it."""

    PAD = 10
    BADGE_WIDTH = 110

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _text_width(self, rect_width: int, font: QFont, count: int) -> float:
        count_text = QCoreApplication.translate("QuestionList", "{n} svar").format(n=count) if count else ""
        count_width = QFontMetrics(font).horizontalAdvance(count_text) + self.PAD if count_text else 0
        return max(60.0, rect_width - 2 * self.PAD - 44 - self.BADGE_WIDTH - 14 - count_width)

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        """One or two lines of question (as it wraps at the list's width) and the detail line."""
        question = index.data(QUESTION_ROLE)
        font = QFont(option.font)
        bold = self._bold(font)
        width = self._view.viewport().width()
        lines = 1
        if isinstance(question, Question):
            lines = len(_lines(question.text, bold, self._text_width(width, font, int(index.data(COUNT_ROLE) or 0)), 2))
        line = QFontMetrics(bold).lineSpacing()
        return QSize(width, self.PAD * 2 + line * lines + 4 + QFontMetrics(font).lineSpacing())

    @staticmethod
    def _bold(font: QFont) -> QFont:
        bold = QFont(font)
        bold.setWeight(QFont.Weight.DemiBold)
        return bold

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        question = index.data(QUESTION_ROLE)
        if not isinstance(question, Question):
            return
        painter.save()
        rect = option.rect
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        quiet = text_color if selected else quiet_color(palette)
        font = QFont(option.font)
        bold = self._bold(font)
        metrics = QFontMetrics(bold)
        line = metrics.lineSpacing()
        left, top = rect.left() + self.PAD, rect.top() + self.PAD

        painter.setFont(bold)
        painter.setPen(text_color)
        number = f"{index.row() + 1}."
        painter.drawText(QRectF(left, top, 34, line), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, number)
        badge = QRectF(left + 44, top, self.BADGE_WIDTH, line + 2)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(KIND_COLORS[question.kind]))
        painter.drawRoundedRect(badge, 6, 6)
        painter.setPen(QColor("#1f2430"))
        painter.setFont(font)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, kind_label(question.kind))

        count = int(index.data(COUNT_ROLE) or 0)
        count_text = QCoreApplication.translate("QuestionList", "{n} svar").format(n=count) if count else ""
        count_width = QFontMetrics(font).horizontalAdvance(count_text) + self.PAD if count_text else 0
        text_left = badge.right() + 14
        width = self._text_width(rect.width(), font, count)
        painter.setPen(text_color)
        painter.setFont(bold)
        lines = _lines(question.text, bold, width, 2)
        for k, text in enumerate(lines):
            painter.drawText(QPointF(text_left, top + k * line + metrics.ascent()), text)
        painter.setFont(font)
        painter.setPen(quiet)
        detail = QFontMetrics(font).elidedText(details(question), Qt.TextElideMode.ElideRight, int(width))
        painter.drawText(QPointF(text_left, top + len(lines) * line + 4 + QFontMetrics(font).ascent()), detail)
        if count_text:
            painter.drawText(
                QRectF(rect.right() - count_width - self.PAD, top, count_width, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                count_text,
            )
        painter.restore()
