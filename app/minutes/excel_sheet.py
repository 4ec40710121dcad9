"""One sheet of a Kvadrant workbook, written the same way everywhere (minutes, evaluation).

Make a :class:`Sheet` with its columns, :meth:`Sheet.add` one record (a list of values, one a
column) at a time, then :meth:`Sheet.finish`: that writes the rows, a bold frozen header row with an
autofilter, the columns' widths and the print setup (A4 landscape, fit to width, header row on every
page).

Every text wraps in its cell and no cell holds more than its row can show: a text taller than a
409-point row is written in several rows of the same column (:func:`split_to_rows`), so nothing is
hidden on screen or in print and a filter on that column finds every word. The record's other
columns are repeated on those continuation rows so a filter or sort keeps them together, except
those marked ``repeat=False`` (amounts a reader adds up, notes said once). Each row is given the
height its text needs (LibreOffice does not fit wrapped rows by itself).

Text is stored exactly as typed, as text: a value starting with ``=``, ``+``, ``-`` or ``@`` (or
looking like an error code such as ``#N/A``) is a string cell with Excel's "quote prefix", so it is
never taken for a formula, not even when someone edits the cell later. What XML cannot hold is
dropped (see :func:`app.minutes.wording.export_text`).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.minutes.excel_rows import LINE_HEIGHT, split_to_rows, text_width, wrapped_lines
from app.minutes.wording import export_text

_FORMULA_START = ("=", "+", "-", "@")
_FORMATS = {"time": "hh:mm", "datetime": "yyyy-mm-dd hh:mm", "int": "0", "decimal": "0.00"}
_FORMAT_WIDTH = {"time": 5, "datetime": 17}
_HEADER_FONT = Font(name="Calibri", size=11, bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
_HEADER_BORDER = Border(bottom=Side(style="thin", color="4F81BD"))
_TOP = Alignment(vertical="top")
_WRAP = Alignment(vertical="top", wrap_text=True)
#: The widest a column fitted to its content gets; longer text wraps.
_MAX_AUTO_WIDTH = 45.0
#: Bold headings run this much wider than the body text.
_BOLD = 1.1


@dataclass(frozen=True)
class Column:
    """A column: its heading, what it holds (text, wrap, int, decimal, time, datetime), its width
    in digits (None: fitted to the content, up to 45) and whether continuation rows repeat it."""

    header: str
    kind: str = "text"
    width: float | None = None
    repeat: bool = True


class Sheet:
    """A sheet being written: :meth:`add` the records, then :meth:`finish` once."""

    def __init__(self, workbook: Workbook, title: str, columns: Sequence[Column]) -> None:
        self.ws: Worksheet = workbook.create_sheet(title)
        self.columns = tuple(columns)
        self._records: list[list[object]] = []

    def add(self, values: Sequence[object]) -> None:
        """One record: a value a column (None or "" leaves the cell empty). Text is cleaned here."""
        self._records.append([export_text(v) if isinstance(v, str) else v for v in values])

    def finish(self) -> Worksheet:
        """Write the header and every record, then the filter, widths and print setup."""
        ws = self.ws
        widths = self._widths()
        self._header(widths)
        row = 1
        for record in self._records:
            row = self._write(record, row + 1, widths)
        last = get_column_letter(len(self.columns))
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{last}{row}"
        for k, width in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(k)].width = width
        ws.print_title_rows = "1:1"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        return ws

    def _widths(self) -> list[float]:
        """A fixed width as given; else the widest line (or the heading), up to 45 digits."""
        widths: list[float] = []
        for k, column in enumerate(self.columns):
            if column.width is not None:
                widths.append(column.width)
                continue
            widest = text_width(column.header) * _BOLD + 1
            for record in self._records:
                value = record[k] if k < len(record) else None
                if isinstance(value, str):
                    widest = max([widest, *(text_width(line) for line in value.split("\n"))])
                elif value is not None and value != "":
                    widest = max(widest, _FORMAT_WIDTH.get(column.kind, len(str(value))))
            widths.append(round(min(_MAX_AUTO_WIDTH, widest + 2), 1))
        return widths

    def _header(self, widths: list[float]) -> None:
        """The headings, bold; a heading wider than its fixed column wraps (cut short with "…"
        only if it were taller than a row)."""
        lines = 1
        for k, (column, width) in enumerate(zip(self.columns, widths), 1):
            header = column.header
            bold_width = width / _BOLD
            pieces = split_to_rows(header, bold_width)
            if len(pieces) > 1:
                header = split_to_rows(pieces[0], bold_width - 2)[0] + "\u2026"
            cell = self.ws.cell(row=1, column=k)
            _put(cell, header)
            cell.font, cell.fill, cell.border = _HEADER_FONT, _HEADER_FILL, _HEADER_BORDER
            cell.alignment = _WRAP
            lines = max(lines, wrapped_lines(header, bold_width))
        if lines > 1:
            self.ws.row_dimensions[1].height = lines * LINE_HEIGHT

    def _write(self, record: list[object], row: int, widths: list[float]) -> int:
        """The record from ``row`` on, in as many rows as its tallest text needs; the last row."""
        cells: list[list[object]] = []
        for k, width in enumerate(widths):
            value = record[k] if k < len(record) else None
            cells.append(list(split_to_rows(value, width)) if isinstance(value, str) and value else [value])
        span = max(len(values) for values in cells)
        for offset in range(span):
            lines = 1
            for k, (column, values) in enumerate(zip(self.columns, cells), 1):
                if offset < len(values):
                    value = values[offset]
                elif len(values) == 1 and column.repeat:
                    value = values[0]
                else:
                    continue
                if value is None or value == "":
                    continue
                cell = self.ws.cell(row=row + offset, column=k)
                if isinstance(value, str):
                    _put(cell, value)
                    cell.alignment = _WRAP
                    lines = max(lines, wrapped_lines(value, widths[k - 1]))
                else:
                    cell.value = value
                    cell.alignment = _TOP
                if column.kind in _FORMATS:
                    cell.number_format = _FORMATS[column.kind]
            if lines > 1:
                self.ws.row_dimensions[row + offset].height = lines * LINE_HEIGHT
        return row + span - 1


def _put(cell: Cell, text: str) -> None:
    """A string cell holding ``text`` as text, never a formula or an error value."""
    cell.value = text
    cell.data_type = "s"
    if text.startswith(_FORMULA_START):
        cell.quotePrefix = True  # Excel keeps it text when the cell is edited, too

