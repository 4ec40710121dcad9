"""The minutes as an Excel workbook (openpyxl): the sheets Program, Grupper, Referater, Deltakere,
and first Hovedpunkter (theme, group, key point) when groups wrote key points, and after Program
the sheet Taletid (every speaker's turn) when a speaker rotation ran.

The sheet names are the same in both languages; the column headings follow ``lang``. Every sheet
has a bold, frozen header row with an autofilter. Times and counts are real date-time and number
cells, not text.

Text is stored exactly as typed, as text: a value starting with ``=``, ``+``, ``-`` or ``@`` (or
looking like an error code such as ``#N/A``) is a string cell with Excel's "quote prefix", so it is
never taken for a formula, not even when someone edits the cell later. What XML cannot hold is
dropped (see :func:`app.minutes.wording.export_text`).

An Excel cell holds at most 32 767 characters. A longer summary is never cut: it continues in the
rows below its first (the group's columns repeated, the numbers only on the first row), and the
"Merknad" column says "Del 1 av 2 ..." on each. Concatenating the Referat cells of a group's rows
in order gives the summary back. (Other text this long cannot come from Kvadrant's forms; should it
happen anyway, it is shortened with an ellipsis and the note column, where there is one, says so.)
"""
from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.cell.cell import Cell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.minutes.gathered import Minutes, Progress
from app.common.roles import role_name
from app.conference_file.conference import kind_name
from app.minutes.wording import export_text, words
from app.minutes.pdf_support import save_document

#: The most characters Excel shows in one cell (counted in UTF-16 code units, as Excel does).
CELL_LIMIT = 32_767
SHEETS = ("sheet_programme", "sheet_groups", "sheet_summaries", "sheet_participants")

_FORMULA_START = ("=", "+", "-", "@")
_TIME = "hh:mm"
_DATETIME = "yyyy-mm-dd hh:mm"
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
_HEADER_BORDER = Border(bottom=Side(style="thin", color="4F81BD"))
_TOP = Alignment(vertical="top")
_WRAP = Alignment(vertical="top", wrap_text=True)
_MAX_AUTO_WIDTH = 45
#: Points per line of 11 pt Calibri, and the tallest row Excel allows.
_LINE_HEIGHT = 15.0
_MAX_ROW_HEIGHT = 409.0


def write_minutes_xlsx(
    minutes: Minutes,
    path: str | Path,
    *,
    lang: str = "nb",
    progress: Callable[[float], None] | None = None,
) -> Path:
    """Write the minutes as an .xlsx at ``path`` (atomically) and return where it is.

    ``progress`` is called now and then with the share done (0..1). A target that cannot be
    written raises :class:`app.common.messages.KvadrantError` ``file_io_error``.
    """
    return save_document(path, lambda report: _Builder(minutes, lang, report).build(), progress=progress, made_at=0.8)


def utf16_length(text: str) -> int:
    """The length Excel counts: characters outside the BMP (most emoji) count twice."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def split_for_cells(text: str, limit: int = CELL_LIMIT) -> list[str]:
    """``text`` in pieces of at most ``limit`` (UTF-16) characters that join back to ``text``.

    A piece ends after a line break or a space where there is one in its last 2 000 characters, so
    words are not cut; never between a character and the marks that belong to it.
    """
    if utf16_length(text) <= limit:
        return [text]
    pieces: list[str] = []
    rest = text
    while utf16_length(rest) > limit:
        # The most code points that fit.
        end, units = 0, 0
        for ch in rest:
            units += 2 if ord(ch) > 0xFFFF else 1
            if units > limit:
                break
            end += 1
        cut = max(rest.rfind("\n", end - 2000, end), rest.rfind(" ", end - 2000, end))
        if cut > 0:
            end = cut + 1
        else:
            while end > 1 and _clings(rest[end]):
                end -= 1
        pieces.append(rest[:end])
        rest = rest[end:]
    pieces.append(rest)
    return pieces


def _clings(ch: str) -> bool:
    """A character that belongs to the one before it (combining mark, joiner, emoji modifier)."""
    cp = ord(ch)
    return (
        unicodedata.category(ch) in ("Mn", "Me", "Mc")
        or cp in (0x200C, 0x200D)
        or 0xFE00 <= cp <= 0xFE0F
        or 0x1F3FB <= cp <= 0x1F3FF
    )


def _wrapped_lines(text: str, width: float) -> int:
    """About how many lines ``text`` takes in a column ``width`` characters wide (erring high).

    A column's width counts digit widths; text averages narrower (about 1.4 letters a digit in
    Calibri), and a word-wrapped line loses some to its last word, hence 1.3.
    """
    per_line = max(1, int(width * 1.3) - 2)
    total = 0
    for line in text.split("\n"):
        total += max(1, -(-len(line) // per_line))
        if total * _LINE_HEIGHT >= _MAX_ROW_HEIGHT:
            break
    return total


@dataclass(frozen=True)
class _Column:
    header: str
    kind: str = "text"  # text, wrap, int, time, datetime
    width: float | None = None  # None: fitted to the content

    @property
    def number_format(self) -> str | None:
        return {"time": _TIME, "datetime": _DATETIME, "int": "0"}.get(self.kind)


class _Sheet:
    def __init__(self, workbook: Workbook, title: str, columns: Sequence[_Column], cut_note: str) -> None:
        self.ws: Worksheet = workbook.create_sheet(title)
        self.columns = tuple(columns)
        self.widths = [len(c.header) for c in self.columns]
        self.row = 1
        self.cut_note = cut_note
        self._note_column: int | None = None
        for k, column in enumerate(self.columns, 1):
            cell = self.ws.cell(row=1, column=k)
            self._put(cell, column.header)
            cell.font, cell.fill, cell.border = _HEADER_FONT, _HEADER_FILL, _HEADER_BORDER
            cell.alignment = _TOP

    def note_column(self, index: int) -> None:
        self._note_column = index

    def add(self, values: Sequence[object]) -> None:
        self.row += 1
        cut = False
        lines = 1
        for k, (column, value) in enumerate(zip(self.columns, values), 1):
            if value is None or value == "":
                continue
            cell = self.ws.cell(row=self.row, column=k)
            if isinstance(value, str):
                value = export_text(value)
                if utf16_length(value) > CELL_LIMIT:
                    value = split_for_cells(value, CELL_LIMIT - 1)[0] + "\u2026"
                    cut = True
                self._put(cell, value)
                longest = max((len(line) for line in value.split("\n")), default=0)
                self.widths[k - 1] = max(self.widths[k - 1], longest)
                if column.kind == "wrap" and column.width:
                    lines = max(lines, _wrapped_lines(value, column.width))
            else:
                cell.value = value
                self.widths[k - 1] = max(self.widths[k - 1], {"time": 5, "datetime": 16}.get(column.kind, len(str(value))))
            if column.number_format:
                cell.number_format = column.number_format
            cell.alignment = _WRAP if column.kind == "wrap" else _TOP
        if lines > 1:
            # Excel fits a row to wrapped text by itself, but not every reader does (LibreOffice
            # keeps such rows one line high): give the row the height its text needs, roughly.
            self.ws.row_dimensions[self.row].height = min(_MAX_ROW_HEIGHT, lines * _LINE_HEIGHT)
        if cut and self._note_column is not None:
            cell = self.ws.cell(row=self.row, column=self._note_column + 1)
            self._put(cell, " ".join(filter(None, [cell.value or "", self.cut_note])))
            cell.alignment = _WRAP

    @staticmethod
    def _put(cell: Cell, text: str) -> None:
        """A string cell holding ``text`` as text, never a formula or an error value."""
        cell.value = text
        cell.data_type = "s"
        if text.startswith(_FORMULA_START):
            cell.quotePrefix = True  # Excel keeps it text when the cell is edited, too

    def finish(self) -> None:
        ws = self.ws
        last = get_column_letter(len(self.columns))
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{last}{max(1, self.row)}"
        for k, column in enumerate(self.columns, 1):
            width = column.width if column.width is not None else min(_MAX_AUTO_WIDTH, self.widths[k - 1] + 2)
            ws.column_dimensions[get_column_letter(k)].width = max(width, len(column.header) + 3)
        ws.print_title_rows = "1:1"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True


class _Builder:
    def __init__(self, minutes: Minutes, lang: str, report: Progress) -> None:
        self.m = minutes
        self.lang = lang
        self.w = words(lang)
        self.report = report
        members = sum(len(g.members) for b in minutes.group_blocks for g in b.groups)
        groups = sum(len(b.groups) for b in minutes.group_blocks)
        self._units = max(1, len(minutes.blocks) + members + groups * 5 + len(minutes.participants))
        self._done = 0

    def _step(self, units: int = 1) -> None:
        self._done += units
        self.report(0.8 * self._done / self._units)

    def build(self) -> Workbook:
        workbook = Workbook()
        workbook.remove(workbook.active)
        conf = self.m.conference
        workbook.properties.title = export_text(f"{conf.title} \u2013 {self.w['minutes']}" if conf.title else self.w["minutes"])
        workbook.properties.creator = "Kvadrant"
        workbook.properties.lastModifiedBy = "Kvadrant"
        workbook.properties.created = workbook.properties.modified = self.m.generated_at
        workbook.properties.language = {"en": "en-GB"}.get(self.lang, "nb-NO")
        sheets = [self._key_points(workbook)] if self.m.plenum is not None else []
        sheets += [self._programme(workbook)]
        sheets += [self._speaking(workbook)] if self.m.speaking else []
        sheets += [self._groups(workbook), self._summaries(workbook), self._participants(workbook)]
        for sheet in sheets:
            sheet.finish()
        workbook.active = 0
        return workbook

    def _sheet(self, workbook: Workbook, key: str, columns: Sequence[_Column]) -> _Sheet:
        return _Sheet(workbook, self.w[key], columns, self.w["cut_note"])

    def _key_points(self, workbook: Workbook) -> _Sheet:
        """The closing plenum's key points, theme by theme, then the unsorted ones (no theme)."""
        w = self.w
        sheet = self._sheet(
            workbook,
            "sheet_key_points",
            [_Column(w["theme"], "wrap", 30), _Column(w["group"], "int"), _Column(w["key_point"], "wrap", 80), _Column(w["kvadrant"], "int")],
        )
        day = self.m.plenum
        assert day is not None
        rows = [(theme.name, point) for theme in day.themes for point in theme.points]
        rows += [("", point) for point in day.unsorted]
        for theme, point in rows:
            sheet.add([theme, point.group, point.text, point.kvadrant])
        return sheet

    def _speaking(self, workbook: Workbook) -> _Sheet:
        """Every turn of every rotation that ran: who, at which table, how long (whole seconds)."""
        w = self.w
        sheet = self._sheet(
            workbook,
            "sheet_speaking",
            [
                _Column(w["kvadrant"], "int"),
                _Column(w["block"], "wrap", 30),
                _Column(w["table"], "int"),
                _Column(w["speaking_order"], "int"),
                _Column(w["name"]),
                _Column(w["municipality"]),
                _Column(w["speaking_seconds"], "int"),
                _Column(w["speaking_state"]),
            ],
        )
        for block in self.m.speaking:
            for table in block.tables:
                for p in table.speakers:
                    sheet.add([block.kvadrant, block.title, table.number, p.slot, p.name, p.municipality, round(p.seconds), w[f"state_{p.state.value}"]])
        return sheet

    def _programme(self, workbook: Workbook) -> _Sheet:
        w = self.w
        sheet = self._sheet(
            workbook,
            "sheet_programme",
            [
                _Column(w["planned_start"], "time"),
                _Column(w["planned_end"], "time"),
                _Column(w["title"], "wrap", 45),
                _Column(w["kind"]),
                _Column(w["presenter"]),
                _Column(w["actual_start"], "time"),
                _Column(w["actual_end"], "time"),
                _Column(w["overrun_minutes"], "int"),
                _Column(w["note"], "wrap", 30),
            ],
        )
        sheet.note_column(8)
        for block in self.m.blocks:
            b, t = block.block, block.timing
            start: dt.datetime | dt.time | None = t.planned_start if t and t.planned_start else b.start
            end: dt.datetime | dt.time | None = t.planned_end if t and t.planned_end else b.end
            actual_start = t.actual_start if t else None
            actual_end = t.actual_end if t else None
            if b.start is None and b.end is None:
                note = w["after_conference"]
            elif actual_start is None:
                note = w["not_run"]
            else:
                note = ""
            sheet.add(
                [start, end, b.title, kind_name(b.kind, self.lang), b.presenter, actual_start, actual_end, block.overrun_minutes, note]
            )
            self._step()
        return sheet

    def _groups(self, workbook: Workbook) -> _Sheet:
        w = self.w
        sheet = self._sheet(
            workbook,
            "sheet_groups",
            [
                _Column(w["kvadrant"], "int"),
                _Column(w["group"], "int"),
                _Column(w["label"]),
                _Column(w["speaking_order"], "int"),
                _Column(w["name"]),
                _Column(w["municipality"]),
                _Column(w["role"]),
                _Column(w["kommunegruppe"]),
                _Column(w["ordstyrer"]),
                _Column(w["referent"]),
            ],
        )
        yes, no = w["yes"], w["no"]
        seen: set[int | None] = set()
        for block in self.m.group_blocks:
            kvadrant = block.block.kvadrant
            if kvadrant in seen:  # the groups belong to the kvadrant: list them once
                continue
            seen.add(kvadrant)
            for group in block.groups:
                for position, member in enumerate(group.members, 1):
                    sheet.add(
                        [
                            kvadrant,
                            group.number,
                            group.label,
                            position,
                            member.name,
                            member.municipality,
                            role_name(member.role, self.lang),
                            member.kommunegruppe,
                            yes if member.name == group.ordstyrer else no,
                            yes if member.name == group.referent else no,
                        ]
                    )
                self._step(len(group.members))
        return sheet

    def _summaries(self, workbook: Workbook) -> _Sheet:
        w = self.w
        sheet = self._sheet(
            workbook,
            "sheet_summaries",
            [
                _Column(w["kvadrant"], "int"),
                _Column(w["block"], "wrap", 30),
                _Column(w["group"], "int"),
                _Column(w["label"]),
                _Column(w["status"]),
                _Column(w["delivered"], "datetime"),
                _Column(w["word_count"], "int"),
                _Column(w["updated"], "datetime"),
                _Column(w["summary"], "wrap", 100),
                _Column(w["note"], "wrap", 40),
            ],
        )
        sheet.note_column(9)
        for block in self.m.group_blocks:
            for group in block.groups:
                summary = group.summary
                status = w[f"status_{summary.status}"] if summary is not None else w["status_empty"]
                text = export_text(group.text)
                notes = [w["conflict_note"]] if summary is not None and summary.conflicts else []
                pieces = split_for_cells(text)
                for part, piece in enumerate(pieces, 1):
                    first = part == 1
                    part_notes = list(notes)
                    if len(pieces) > 1:
                        key = "long_text_last" if part == len(pieces) else "long_text_part"
                        part_notes.append(w[key].format(part=part, parts=len(pieces), limit=f"{CELL_LIMIT:,}".replace(",", "\u00a0")))
                    sheet.add(
                        [
                            block.block.kvadrant,
                            block.block.title,
                            group.number,
                            group.label,
                            status,
                            summary.delivered_at if first and summary is not None and summary.delivered else None,
                            (summary.words if summary is not None else 0) if first else None,
                            summary.updated_at if first and summary is not None else None,
                            piece,
                            " ".join(part_notes),
                        ]
                    )
                self._step(5)
        return sheet

    def _participants(self, workbook: Workbook) -> _Sheet:
        w = self.w
        sheet = self._sheet(
            workbook,
            "sheet_participants",
            [
                _Column(w["name"]),
                _Column(w["municipality"]),
                _Column(w["role"]),
                _Column(w["kommunegruppe"]),
                _Column(w["email"]),
                _Column(w["present"]),
            ],
        )
        for _municipality, people in self.m.by_municipality():
            for p in people:
                sheet.add([p.name, p.municipality, role_name(p.role, self.lang), p.kommunegruppe, p.email, w["yes"] if p.present else w["no"]])
            self._step(len(people))
        return sheet
