"""One PDF per veileder: an overview of the kommunegrupper they advise, then each group's sheet.

A veileder advises a kommunegruppe they sit in at 4. kvadrant, and every group with a member
from a municipality they are registered as advising (the roster's "advises"). The overview says,
per group, who is in it, the deadline and the note's state, so the veileder sees at a glance whose
note is still to come.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table

from app.common.text import clean
from app.minutes.gathered import Minutes, MinutesBlock, MinutesGroup
from app.minutes.kommune_sheets import (
    KommuneSheet,
    kommune_block,
    prepare_folder,
    safe_file_name,
    sheet_section,
    sheets_header,
    write_sheets_pdf,
)
from app.minutes.pdf_layout import CONTENT_WIDTH, _styles, list_style
from app.minutes.pdf_support import _one_line, markup
from app.minutes.wording import words
from app.roster.participants import ParticipantRow
from app.common.roles import VEILEDER

WORDS = {
    "nb": {"bundle": "Kommunegruppene til {name}", "intro": "{n} kommunegrupper · frist for notatet: {deadline}",
           "no_deadline": "ikke satt", "file": "Veileder"},
    "en": {"bundle": "The municipality groups of {name}", "intro": "{n} municipality groups · deadline for the note: {deadline}",
           "no_deadline": "not set", "file": "Adviser"},
}


def advised_groups(block: MinutesBlock, veileder: ParticipantRow) -> list[MinutesGroup]:
    """The kommunegrupper ``veileder`` advises: those they sit in, and those with a member from
    a municipality they advise."""
    advised = {clean(m).casefold() for m in veileder.advises}
    return [
        g for g in block.groups
        if any(m.participant_id == veileder.id for m in g.members)
        or any(clean(m.municipality).casefold() in advised for m in g.members)
    ]


def _overview(minutes: Minutes, veileder: ParticipantRow, sheets: list[KommuneSheet], lang: str) -> list[Flowable]:
    s, w = _styles(), words(lang)
    b = WORDS.get(lang, WORDS["nb"])
    deadline = sheets[0].deadline_date_text() or b["no_deadline"]
    title = b["bundle"].format(name=clean(veileder.name))
    out: list[Flowable] = [
        sheet_section(clean(veileder.name)),
        Paragraph(markup(w["veileder"].upper()), ParagraphStyle("k", parent=s["label"], spaceBefore=0)),
        Paragraph(markup(title), ParagraphStyle("bt", parent=s["h1"], fontSize=20, leading=25)),
        Paragraph(markup(b["intro"].format(n=len(sheets), deadline=deadline)), s["meta"]),
        Spacer(0, 10),
    ]
    rows: list[list[Any]] = [[Paragraph(markup(t), s["head"]) for t in (w["kommunegruppe"], w["members"], w["status"])]]
    for sheet in sheets:
        names = ", ".join(_one_line(m.name) for m in sheet.group.members if m.role != VEILEDER)
        rows.append([
            Paragraph(f"{sheet.group.number}. {_one_line(sheet.title())}", s["cell_bold"]),
            Paragraph(names or "–", s["cell_grey"]),
            Paragraph(markup(sheet.state_text()), s["cell"]),
        ])
    table = Table(rows, colWidths=[CONTENT_WIDTH * 0.3, CONTENT_WIDTH * 0.42, CONTENT_WIDTH * 0.28], repeatRows=1, hAlign="LEFT")
    table.setStyle(list_style(len(rows), top=3, bottom=4))
    return out + [table]


def write_veileder_pdfs(
    minutes: Minutes,
    folder: str | Path,
    *,
    lang: str = "nb",
    progress: Callable[[float], None] | None = None,
) -> list[Path]:
    """One bundle per veileder who advises a kommunegruppe, in ``folder``; their paths (none
    without 4. kvadrant groups). Unwritable: :class:`KvadrantError` ``file_io_error``."""
    target = prepare_folder(folder)
    if progress is not None:
        progress(0.0)
    block = kommune_block(minutes)
    veiledere = [p for p in minutes.participants if p.role == VEILEDER] if block is not None else []
    chosen = [(v, advised_groups(block, v)) for v in veiledere if block is not None]
    chosen = [(v, groups) for v, groups in chosen if groups]
    written: list[Path] = []
    file_word = WORDS.get(lang, WORDS["nb"])["file"]
    for index, (veileder, groups) in enumerate(chosen, start=1):
        assert block is not None
        sheets = [KommuneSheet(minutes, block, g, lang) for g in groups]
        story = _overview(minutes, veileder, sheets, lang)
        for sheet in sheets:
            story += [PageBreak(), sheet_section(sheet.section()), *sheet.story()]
        name = safe_file_name(index, f"{file_word} {clean(veileder.name)}", fallback=file_word)
        written.append(write_sheets_pdf(
            target / name, story, title=WORDS.get(lang, WORDS["nb"])["bundle"].format(name=clean(veileder.name)),
            header=sheets_header(minutes, lang), subject=clean(minutes.conference.title), lang=lang,
        ))
        if progress is not None:
            progress(index / len(chosen))
    if progress is not None and not chosen:
        progress(1.0)
    return written
