"""The programme in the minutes PDF: every block as planned and as run, and how blocks' times read.

The programme section is one table (planned time, what, and once anything ran: the actual time
and how many minutes over or under), with a line under it on how the whole day ran, then the
speaking time of the group blocks (:mod:`app.minutes.pdf_speaking`). The texts for
a block's planned and actual time are also used by the group sections and the kommune sheets.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from app.common.text import clean
from app.conference_file.schema import BlockKind
from app.minutes.gathered import Minutes, MinutesBlock
from app.minutes.pdf_layout import (
    ACCENT,
    CONTENT_WIDTH,
    EARLY,
    GREY,
    INK,
    OVERRUN,
    RULE,
    ZEBRA,
    Styles,
    _hex,
    _table_style,
)
from app.minutes.instructions import as_run
from app.minutes.pdf_page_numbers import _Heading
from app.minutes.pdf_speaking import speaking_story
from app.minutes.pdf_support import FONT, FONT_BOLD, _escape_line, _one_line, markup, text_width
from app.conference_file.conference import kind_name
from app.minutes.wording import hhmm, long_date, words


def _span(start: dt.datetime | dt.time | None, end: dt.datetime | dt.time | None) -> str:
    if start is None and end is None:
        return ""
    return f"{hhmm(start)}–{hhmm(end)}"


def _minus(value: int) -> str:
    return f"+{value}" if value > 0 else ("\u2212" + str(-value) if value < 0 else "0")


def _overrun_text(block: MinutesBlock, lang: str) -> tuple[str, Color]:
    value = block.overrun_minutes
    if value is None:
        return "", INK
    colour = OVERRUN if value > 0 else (EARLY if value < 0 else GREY)
    return f"{_minus(value)} {words(lang)['minutes_short']}", colour


def _anything_ran(minutes: Minutes) -> bool:
    return any(b.timing is not None and b.timing.actual_start is not None for b in minutes.blocks)


def _actual_text(block: MinutesBlock, lang: str, ran: bool) -> str:
    w = words(lang)
    t = block.timing
    if block.block.start is None and block.block.end is None:
        return "—"
    if t is None or t.actual_start is None:
        return w["not_run"] if ran else ""
    if t.actual_end is None:
        return f"{hhmm(t.actual_start)}– ({w['running']})"
    return _span(t.actual_start, t.actual_end)


def _planned_text(block: MinutesBlock, lang: str) -> str:
    b = block.block
    if b.start is None and b.end is None:
        return words(lang)["after_conference"]
    return _span(b.start, b.end)


def _section_name(block: MinutesBlock, lang: str) -> str:
    return kind_name(block.block.kind, lang)


def _cover_line(minutes: Minutes, lang: str) -> str:
    """The date and the venue: on the cover, under the programme's heading, the PDF's subject."""
    c = minutes.conference
    parts = [long_date(c.date, lang), clean(c.venue)]
    return " · ".join(p for p in parts if p)


def programme_story(minutes: Minutes, lang: str, s: Styles) -> list[Flowable]:
    w = words(lang)
    ran = _anything_ran(minutes)
    heading = w["programme_planned_run"] if ran else w["programme"]
    out: list[Flowable] = [
        _Heading(markup(heading), s["h1"], key="programme", outline=heading, level=0, section=w["programme"]),
    ]
    out.append(Paragraph(markup(_cover_line(minutes, lang)), s["meta"]))
    out.append(Spacer(0, 8))
    head = [Paragraph(markup(w["planned"]), s["head"]), Paragraph(markup(w["what"]), s["head"])]
    if ran:
        head += [Paragraph(markup(w["actual"]), s["head"]), Paragraph(markup(w["overrun"]), s["head_right"])]
    rows: list[list[Any]] = [head]
    commands: list[tuple[Any, ...]] = []
    for index, block in enumerate(minutes.blocks, start=1):
        b = block.block
        what: list[Flowable] = [Paragraph(_one_line(b.title), s["cell_bold"])]
        kind = kind_name(b.kind, lang)
        details = [] if kind.casefold() in (clean(b.title).casefold(), kind_name(BlockKind.ANNET, lang).casefold()) else [kind]
        if clean(b.presenter):
            details.append(f"{w['presenter']}: {clean(b.presenter)}")
        if details:
            what.append(Paragraph(markup(" · ".join(details)), s["cell_grey"]))
        description = as_run(b.description)  # without what was sent out before the day
        if description.strip():
            desc = "<br/>".join(_escape_line(line.strip()) for line in description.split("\n") if line.strip())
            what.append(Paragraph(desc, s["cell_grey"]))
        row: list[Any] = [Paragraph(markup(_planned_text(block, lang)), s["cell"]), what]
        if ran:
            actual = _actual_text(block, lang, ran)
            row.append(Paragraph(markup(actual), s["cell_grey" if actual in (w["not_run"], "—") else "cell"]))
            text, colour = _overrun_text(block, lang)
            row.append(Paragraph(f'<font color="{_hex(colour)}">{markup(text)}</font>', s["cell_right"]))
        rows.append(row)
        if index % 2 == 0:
            commands.append(("BACKGROUND", (0, index), (-1, index), ZEBRA))
    if ran:
        # The last column as wide as its heading or "+120 min", whichever is wider.
        last = max(text_width(w["overrun"], FONT_BOLD, 8.5), text_width("+120 min", FONT, 9.5)) + 14
        widths = [27 * mm, CONTENT_WIDTH - 27 * mm - 30 * mm - last, 30 * mm, last]
    else:
        widths = [30 * mm, CONTENT_WIDTH - 30 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(_table_style([
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        *commands,
    ]))
    out.append(table)
    day = _day_line(minutes, lang)
    if day:
        out.append(Spacer(0, 8))
        out.append(Paragraph(markup(day), s["meta"]))
    return out + speaking_story(minutes, lang, s)


def _day_line(minutes: Minutes, lang: str) -> str:
    timings = [b.timing for b in minutes.blocks if b.timing is not None]
    starts = [t.actual_start for t in timings if t.actual_start]
    ends = [t.actual_end for t in timings if t.actual_end]
    planned_starts = [t.planned_start for t in timings if t.planned_start]
    planned_ends = [t.planned_end for t in timings if t.planned_end]
    if not (starts and ends and planned_starts and planned_ends):
        return ""
    last = max((t for t in timings if t.planned_end), key=lambda t: t.planned_end)  # type: ignore[arg-type,return-value]
    if last.actual_end is None:
        return ""  # the day is not over (or its last block never ran)
    return words(lang)["day_ran"].format(
        start=hhmm(min(starts)), end=hhmm(max(ends)),
        planned_start=hhmm(min(planned_starts)), planned_end=hhmm(max(planned_ends)),
    )
