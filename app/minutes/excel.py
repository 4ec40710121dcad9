"""The minutes as an Excel workbook (openpyxl): the sheets Program, Grupper, Referater, Deltakere,
and first Hovedpunkter (theme, group, key point) when groups wrote key points, and after Program
the sheet Taletid (every speaker's turn) when a speaker rotation ran.

The sheet names are the same in both languages; the column headings follow ``lang``. Every sheet
has a bold, frozen header row with an autofilter. Times and counts are real date-time and number
cells, not text.

The sheets are written by :class:`app.minutes.excel_sheet.Sheet`: text stays text (never a
formula), and a summary (or any text) taller than a 409-point row continues in the rows below it, in
the same column, one paragraph a row (see :mod:`app.minutes.excel_rows`).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from openpyxl import Workbook

from app.common.roles import role_name
from app.conference_file.conference import kind_name
from app.minutes.excel_sheet import Column, Sheet
from app.minutes.gathered import Minutes, Progress
from app.minutes.pdf_support import save_document
from app.minutes.wording import export_text, words


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
        sheets += [self._notes(workbook)] if any(b.notes_text for b in self.m.blocks) else []
        sheets += [self._groups(workbook), self._summaries(workbook)]
        sheets += [self._delivery(workbook)] if self.m.group_blocks else []
        sheets += [self._participants(workbook)]
        for sheet in sheets:
            sheet.finish()
        workbook.active = 0
        return workbook

    def _sheet(self, workbook: Workbook, key: str, columns: Sequence[Column]) -> Sheet:
        return Sheet(workbook, self.w[key], columns)

    def _key_points(self, workbook: Workbook) -> Sheet:
        """The closing plenum's key points, theme by theme, then the unsorted ones (no theme)."""
        w = self.w
        sheet = self._sheet(
            workbook,
            "sheet_key_points",
            [Column(w["theme"], "wrap", 30), Column(w["group"], "int"), Column(w["key_point"], "wrap", 80), Column(w["kvadrant"], "int")],
        )
        day = self.m.plenum
        assert day is not None
        rows = [(theme.name, point) for theme in day.themes for point in theme.points]
        rows += [("", point) for point in day.unsorted]
        for theme, point in rows:
            sheet.add([theme, point.group, point.text, point.kvadrant])
        return sheet

    def _speaking(self, workbook: Workbook) -> Sheet:
        """Every turn of every rotation that ran: who, at which table, how long (whole seconds)."""
        w = self.w
        sheet = self._sheet(
            workbook,
            "sheet_speaking",
            [
                Column(w["kvadrant"], "int"),
                Column(w["block"], "wrap", 30),
                Column(w["table"], "int"),
                Column(w["speaking_order"], "int"),
                Column(w["name"]),
                Column(w["municipality"]),
                Column(w["speaking_seconds"], "int", repeat=False),
                Column(w["speaking_state"]),
            ],
        )
        for block in self.m.speaking:
            for table in block.tables:
                for p in table.speakers:
                    sheet.add([block.kvadrant, block.title, table.number, p.slot, p.name, p.municipality, round(p.seconds), w[f"state_{p.state.value}"]])
        return sheet

    def _programme(self, workbook: Workbook) -> Sheet:
        w = self.w
        sheet = self._sheet(
            workbook,
            "sheet_programme",
            [
                Column(w["planned_start"], "time"),
                Column(w["planned_end"], "time"),
                Column(w["title"], "wrap", 45),
                Column(w["kind"]),
                Column(w["presenter"]),
                Column(w["actual_start"], "time"),
                Column(w["actual_end"], "time"),
                Column(w["overrun_minutes"], "int", repeat=False),
                Column(w["note"], "wrap", 30, repeat=False),
            ],
        )
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

    def _notes(self, workbook: Workbook) -> Sheet:
        """The notes of the blocks without groups (a talk, a plenum), in programme order."""
        w = self.w
        sheet = self._sheet(
            workbook,
            "sheet_notes",
            [Column(w["planned_start"], "time"), Column(w["title"], "wrap", 40), Column(w["presenter"]), Column(w["notes"], "wrap", 100)],
        )
        for block in self.m.blocks:
            if block.notes_text:
                sheet.add([block.block.start, block.block.title, block.block.presenter, block.notes_text])
        return sheet

    def _delivery(self, workbook: Workbook) -> Sheet:
        """Every group of every group block: referent, delivered at, late against the deadline."""
        w = self.w
        sheet = self._sheet(
            workbook,
            "sheet_delivery",
            [
                Column(w["kvadrant"], "int"),
                Column(w["block"], "wrap", 30),
                Column(w["group"], "int"),
                Column(w["label"]),
                Column(w["referent"]),
                Column(w["delivered"], "datetime"),
                Column(w["late"]),
                Column(w["word_count"], "int", repeat=False),
                Column(w["status"]),
            ],
        )
        for block in self.m.group_blocks:
            for row in block.deliveries:
                late = "" if row.late is None else (w["yes"] if row.late else w["no"])
                sheet.add([block.block.kvadrant, block.block.title, row.group, row.label, row.referent or "",
                           row.delivered_at, late, row.words, w[f"status_{row.state}"]])
        return sheet

    def _groups(self, workbook: Workbook) -> Sheet:
        w = self.w
        sheet = self._sheet(
            workbook,
            "sheet_groups",
            [
                Column(w["kvadrant"], "int"),
                Column(w["group"], "int"),
                Column(w["label"]),
                Column(w["speaking_order"], "int"),
                Column(w["name"]),
                Column(w["municipality"]),
                Column(w["role"]),
                Column(w["kommunegruppe"]),
                Column(w["ordstyrer"]),
                Column(w["referent"]),
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

    def _summaries(self, workbook: Workbook) -> Sheet:
        w = self.w
        sheet = self._sheet(
            workbook,
            "sheet_summaries",
            [
                Column(w["kvadrant"], "int"),
                Column(w["block"], "wrap", 30),
                Column(w["group"], "int"),
                Column(w["label"]),
                Column(w["status"]),
                Column(w["delivered"], "datetime"),
                Column(w["word_count"], "int", repeat=False),
                Column(w["updated"], "datetime"),
                Column(w["summary"], "wrap", 100),
                Column(w["note"], "wrap", 40, repeat=False),
            ],
        )
        for block in self.m.group_blocks:
            for group in block.groups:
                summary = group.summary
                status = w[f"status_{summary.status}"] if summary is not None else w["status_empty"]
                sheet.add(
                    [
                        block.block.kvadrant,
                        block.block.title,
                        group.number,
                        group.label,
                        status,
                        summary.delivered_at if summary is not None and summary.delivered else None,
                        summary.words if summary is not None else 0,
                        summary.updated_at if summary is not None else None,
                        group.text,
                        w["conflict_note"] if summary is not None and summary.conflicts else "",
                    ]
                )
                self._step(5)
        return sheet

    def _participants(self, workbook: Workbook) -> Sheet:
        w = self.w
        sheet = self._sheet(
            workbook,
            "sheet_participants",
            [
                Column(w["name"]),
                Column(w["municipality"]),
                Column(w["role"]),
                Column(w["kommunegruppe"]),
                Column(w["email"]),
                Column(w["present"]),
                Column(w["table"], "int", 8),
            ],
        )
        people = [p for _municipality, group in self.m.people_by_municipality() for p in group] + self.m.advisers()
        for person in people:
            p = person.participant
            sheet.add([p.name, p.municipality, role_name(p.role, self.lang), p.kommunegruppe or person.kommunegruppe,
                       p.email, w["yes"] if p.present else w["no"], person.table])
        self._step(len(people))
        return sheet
