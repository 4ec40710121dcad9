"""The blocks without groups in the minutes PDF (a talk, a plenum, the municipalities'
presentations) with their notes, and the organiser's "Hovedinntrykk" page.

A block's section sits where the block came in the day: its heading, when it was planned and ran,
who spoke or which municipality presented, and the notes as written. Blocks nobody wrote notes
for are in the programme table only.
"""
from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from app.common.text import clean
from app.conference_file.schema import BlockKind
from app.minutes.delivery_text import delivery_words
from app.minutes.gathered import Minutes, MinutesBlock
from app.minutes.instructions import as_run
from app.minutes.pdf_layout import CONTENT_WIDTH, Styles
from app.minutes.pdf_page_numbers import _Heading
from app.minutes.pdf_programme import _actual_text, _anything_ran, _overrun_text, _planned_text, _section_name
from app.minutes.pdf_support import _one_line, markup, text_flowables
from app.minutes.wording import words

#: The link target of the "Hovedinntrykk" page.
OPENING_KEY = "opening"


def notes_key(block: MinutesBlock) -> str:
    """The link target of a block's notes (the contents point at it)."""
    return f"n{block.block.id}"


def block_meta(minutes: Minutes, block: MinutesBlock, lang: str) -> str:
    """"Planlagt 12.30–14.00 · Gjennomført 12.34–14.02 (+2 min) · Innleder: Eirik Irgens"; for
    3. kvadrant, the municipality that presented."""
    w = words(lang)
    meta = [f"{w['planned']}: {_planned_text(block, lang)}"]
    actual = _actual_text(block, lang, _anything_ran(minutes))
    if actual and actual != "—":
        over, _ = _overrun_text(block, lang)
        meta.append(f"{w['actual']}: {actual}" + (f" ({over})" if over else ""))
    presenter = clean(block.block.presenter)
    if presenter:
        label = delivery_words(lang)["presented_by"] if block.block.kind == BlockKind.KVADRANT3 else w["presenter"]
        meta.append(f"{label}: {presenter}")
    return " · ".join(meta)


def notes_story(minutes: Minutes, block: MinutesBlock, lang: str, s: Styles) -> list[Flowable]:
    """A block's section with its notes; empty when it has none."""
    if not block.notes_text:
        return []
    title = clean(block.block.title) or _section_name(block, lang)
    heading = _Heading(_one_line(title), s["h1"], key=notes_key(block), outline=title, level=0, section=_section_name(block, lang))
    head: list[Flowable] = [heading, Paragraph(markup(block_meta(minutes, block, lang)), s["meta"])]
    description = as_run(block.block.description)
    if description.strip():
        head += text_flowables(description, s["para"], CONTENT_WIDTH)
    body = text_flowables(block.notes_text, s["para"], CONTENT_WIDTH, first_style=s["para"])
    return [KeepTogether([*head, *body[:1]]), *body[1:]]


def opening_story(minutes: Minutes, lang: str, s: Styles) -> list[Flowable]:
    """The organiser's main impressions, before the key findings; empty when none were written."""
    text = minutes.front.opening.strip()
    if not text:
        return []
    title = delivery_words(lang)["opening"]
    out: list[Flowable] = [_Heading(markup(title), s["h1"], key=OPENING_KEY, outline=title, level=0, section=title)]
    organiser = clean(minutes.front.organiser)
    if organiser:
        out.append(Paragraph(markup(organiser), s["meta"]))
    return out + text_flowables(text, s["para"], CONTENT_WIDTH, first_style=s["para"])
