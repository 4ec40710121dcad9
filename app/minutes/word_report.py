"""The parts of the Word minutes that say how the day went beyond the groups: the organiser's
"Hovedinntrykk", the notes of a talk or a plenum under its block, and the delivery overview.
The same content as the PDF's (:mod:`app.minutes.pdf_notes`, :mod:`app.minutes.pdf_delivery`);
kept apart from :mod:`app.minutes.word`, which calls them with its builder."""
from __future__ import annotations

from typing import TYPE_CHECKING

from app.common.text import clean
from app.conference_file.conference import kind_name
from app.conference_file.schema import BlockKind
from app.minutes.delivery_text import deadline_line, delivered_text, delivery_words, state_text
from app.minutes.gathered import MinutesBlock
from app.minutes.instructions import as_run
from app.minutes.wording import hhmm

if TYPE_CHECKING:
    from app.minutes.word import _Builder


def opening_part(builder: _Builder) -> None:
    """The organiser's main impressions, before the key findings (nothing when none were written)."""
    text = builder.m.front.opening.strip()
    if not text:
        return
    builder._heading(delivery_words(builder.lang)["opening"], 1)
    if clean(builder.m.front.organiser):
        builder._note(clean(builder.m.front.organiser))
    builder._text(text)


def notes_part(builder: _Builder, block: MinutesBlock) -> None:
    """A talk's or a plenum's notes as a part of its own, where the block came in the day."""
    w, b = builder.w, block.block
    builder._heading(clean(b.title) or kind_name(b.kind, builder.lang), 1)
    facts: list[tuple[str, str]] = []
    if b.start is not None:
        facts.append((w["time"], f"{hhmm(b.start)}\u2013{hhmm(b.end)}"))
    if clean(b.presenter):
        label = delivery_words(builder.lang)["presented_by"] if b.kind == BlockKind.KVADRANT3 else w["presenter"]
        facts.append((label, clean(b.presenter)))
    if facts:
        builder._labelled(facts)
    description = as_run(b.description)
    if description.strip():
        builder._text(description)
    builder._text(block.notes_text)


def block_facts(builder: _Builder, block: MinutesBlock) -> None:
    """Under a group block's heading: its time, who presented, and what happened against the
    deadline ("Frist 11.30 · 15 av 17 levert i tide"), not the instruction given before the day."""
    w, b = builder.w, block.block
    facts: list[tuple[str, str]] = []
    if b.start is not None:
        facts.append((w["time"], f"{hhmm(b.start)}\u2013{hhmm(b.end)}"))
    if clean(b.presenter):
        facts.append((w["presenter"], clean(b.presenter)))
    if facts:
        builder._labelled(facts)
    builder._paragraph().add_run(deadline_line(builder.m, block, builder.lang)).bold = True


def delivery_part(builder: _Builder) -> None:
    """One table per group block: each group's referent, when it delivered (late ones marked),
    its words and its state."""
    blocks = [b for b in builder.m.group_blocks if b.groups]
    if not blocks:
        return
    w, d = builder.w, delivery_words(builder.lang)
    builder._heading(d["overview"], 1)
    builder._note(d["overview_intro"])
    for block in blocks:
        builder._heading(clean(block.block.title) or kind_name(block.block.kind, builder.lang), 2, running=False)
        builder._note(deadline_line(builder.m, block, builder.lang))
        rows = [
            (f"{row.group}" + (f" \u2013 {clean(row.label)}" if clean(row.label) else ""), row.referent or "\u2013",
             delivered_text(builder.m, row, builder.lang), str(row.words) if row.words else "\u2013", state_text(row, builder.lang))
            for row in block.deliveries
        ]
        builder._table((w["group"], w["referent"], d["delivered_at"], w["words"].capitalize(), w["status"]), (4.4, 4.0, 3.4, 1.4, 3.2), rows)
