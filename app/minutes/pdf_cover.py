"""The first pages of the minutes PDF: the cover and the contents.

The cover is drawn straight on the canvas (a dark band with the title, the key figures in tiles,
who came by role); the contents list the key findings, the programme and its speaking time, every
group block with a grid of its groups, the evaluation (when it has responses) and the appendix,
each with its page number and a link to it (see :mod:`app.minutes.pdf_page_numbers` for how the
numbers are known in one pass).
"""
from __future__ import annotations

from reportlab.lib.colors import HexColor, white
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from app.common.text import clean
from app.minutes.evaluation_wording import eval_words
from app.minutes.gathered import Minutes, MinutesGroup
from app.minutes.pdf_groups import _block_key, _group_key
from app.minutes.pdf_fonts import draw_text
from app.minutes.pdf_layout import (
    ACCENT,
    ACCENT_LIGHT,
    CONTENT_WIDTH,
    GREY,
    INK,
    MARGIN_X,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    Styles,
    _table_style,
)
from app.minutes.pdf_page_numbers import _Anchor, _TocEntry
from app.minutes.delivery_text import delivery_words
from app.minutes.pdf_delivery import DELIVERY_KEY
from app.minutes.pdf_notes import OPENING_KEY, notes_key
from app.minutes.pdf_plenum import PLENUM_KEY
from app.minutes.pdf_speaking import SPEAKING_KEY
from app.minutes.pdf_programme import _cover_line, _section_name
from app.minutes.pdf_support import FONT, FONT_BOLD, drawable, fit_text, markup, wrap_to_fit
from app.common.roles import role_name
from app.conference_file.conference import kind_name
from app.minutes.wording import hhmm, long_date, words


def report_title(minutes: Minutes, lang: str) -> str:
    """The conference's title, or "Referat" when it has none: on the cover and in every header."""
    return clean(minutes.conference.title) or words(lang)["minutes"]


def _contents(minutes: Minutes, lang: str) -> list[tuple[int, str, str, list[tuple[str, str]]]]:
    """The contents' entries: (groups have labels, text, key, [(group text, group key)])."""
    w = words(lang)
    entries: list[tuple[int, str, str, list[tuple[str, str]]]] = []
    if minutes.front.opening.strip():
        entries.append((0, delivery_words(lang)["opening"], OPENING_KEY, []))
    if minutes.plenum is not None:
        entries.append((0, w["key_findings"], PLENUM_KEY, []))  # its themes are on its first page
    entries.append((0, w["programme_planned_run"], "programme", []))
    if minutes.speaking:
        entries.append((0, w["speaking_time"], SPEAKING_KEY, []))
    if minutes.group_blocks:
        entries.append((0, delivery_words(lang)["overview"], DELIVERY_KEY, []))
    for block in minutes.blocks:
        title = clean(block.block.title) or _section_name(block, lang)
        if block.groups:
            groups = [(_toc_group(g, lang), _group_key(block, g)) for g in block.groups]
            entries.append((1 if any(clean(g.label) for g in block.groups) else 0, title, _block_key(block), groups))
        elif block.notes_text:
            entries.append((0, title, notes_key(block), []))
    if minutes.evaluation is not None:
        entries.append((0, eval_words(lang)["evaluation"], "evaluation", []))
    entries.append((0, w["participants_by_municipality"], "appendix", []))
    return entries


def _toc_group(group: MinutesGroup, lang: str) -> str:
    label = clean(group.label)
    return f"{group.number}. {label}" if label else f"{words(lang)['group']} {group.number}"


def contents_story(minutes: Minutes, lang: str, s: Styles) -> list[Flowable]:
    w = words(lang)
    out: list[Flowable] = [
        _Anchor(key="contents", outline=w["contents"], level=0, section=w["contents"]),
        Paragraph(markup(w["contents"]), s["h1"]),
        Spacer(0, 6),
    ]
    for labelled, text, key, groups in _contents(minutes, lang):
        out.append(_TocEntry(text, key, bold=True, size=11))
        if groups:
            out.append(_toc_grid(groups, labelled=bool(labelled)))
            out.append(Spacer(0, 6))
    return out


def _toc_grid(groups: list[tuple[str, str]], *, labelled: bool) -> Table:
    columns = 3 if labelled else 4
    cells: list[Flowable | str] = [_TocEntry(text, key, bold=False, size=9.5, leader=False) for text, key in groups]
    rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    if rows and len(rows[-1]) < columns:
        rows[-1] += [""] * (columns - len(rows[-1]))
    indent = 8 * mm
    gap = 6 * mm
    col = (CONTENT_WIDTH - indent - gap * (columns - 1)) / columns
    widths: list[float] = []
    for c in range(columns):
        widths.append(col + (gap if c < columns - 1 else 0))
    table = Table(rows, colWidths=widths, hAlign="RIGHT")
    table.setStyle(_table_style([
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-2, -1), gap),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return table


def draw_cover(canv: Canvas, m: Minutes, lang: str) -> None:
    """The cover page: the title on a dark band, key figures, who came by role, when it was made."""
    w = words(lang)
    canv.saveState()
    band = 92 * mm
    canv.setFillColor(ACCENT)
    canv.rect(0, PAGE_HEIGHT - band, PAGE_WIDTH, band, stroke=0, fill=1)
    left = MARGIN_X
    width = CONTENT_WIDTH
    y = PAGE_HEIGHT - 30 * mm
    canv.setFillColor(HexColor("#B9C8DA"))
    canv.setFont(FONT_BOLD, 12)
    canv.drawString(left, y, w["minutes"].upper())
    lines, size = wrap_to_fit(report_title(m, lang), FONT_BOLD, 30, width, min_size=18, max_lines=3)
    canv.setFillColor(white)
    canv.setFont(FONT_BOLD, size)
    y -= 14 + size
    for line in lines:
        draw_text(canv, left, y, line, FONT_BOLD, size)
        y -= size * 1.18
    sub = _cover_line(m, lang)
    if sub:
        text, sub_size = fit_text(sub, FONT, 13, width, min_size=8)
        canv.setFillColor(HexColor("#DCE5F0"))
        canv.setFont(FONT, sub_size)
        draw_text(canv, left, PAGE_HEIGHT - band + 14 * mm, text, FONT, sub_size)
    organiser = clean(m.front.organiser)
    if organiser:
        text, org_size = fit_text(f"{delivery_words(lang)['organiser']}: {organiser}", FONT, 10.5, width, min_size=8)
        canv.setFillColor(HexColor("#B9C8DA"))
        canv.setFont(FONT, org_size)
        draw_text(canv, left, PAGE_HEIGHT - band + 7 * mm, text, FONT, org_size)

    # Key figures.
    figures = [
        (str(len(m.present)), w["participants"]),
        (str(m.municipalities), w["municipalities"]),
    ]
    for block in m.group_blocks:
        delivered = sum(1 for g in block.groups if g.summary is not None and g.summary.delivered)
        name = w["kommunegrupper"] if block.block.kvadrant == 4 else f"{w['groups']}, {kind_name(block.block.kind, lang)}"
        figures.append((str(len(block.groups)), name))
        figures.append((f"{delivered}/{len(block.groups)}", f"{w['summaries_delivered']}, {kind_name(block.block.kind, lang)}"))
    if m.evaluation is not None:
        figures.append((str(m.evaluation.results.responses), eval_words(lang)["tile_evaluation"]))
    top = PAGE_HEIGHT - band - 16 * mm
    columns = 2
    cell_w = (width - 8 * mm) / columns
    cell_h = 21 * mm
    for i, (value, label) in enumerate(figures):
        col, row = i % columns, i // columns
        x = left + col * (cell_w + 8 * mm)
        yy = top - row * (cell_h + 5 * mm)
        canv.setFillColor(ACCENT_LIGHT)
        canv.roundRect(x, yy - cell_h, cell_w, cell_h, 3, stroke=0, fill=1)
        canv.setFillColor(ACCENT)
        canv.rect(x, yy - cell_h, 2.5, cell_h, stroke=0, fill=1)
        canv.setFont(FONT_BOLD, 22)
        canv.drawString(x + 9, yy - 10 * mm, value)
        text, lsize = fit_text(label, FONT, 10, cell_w - 18, min_size=7)
        canv.setFillColor(GREY)
        canv.setFont(FONT, lsize)
        draw_text(canv, x + 9, yy - 16.5 * mm, text, FONT, lsize)
    rows = (len(figures) + columns - 1) // columns
    y = top - rows * (cell_h + 5 * mm) - 6 * mm

    # Who came, by role.
    counts = m.role_counts()
    if counts:
        canv.setFillColor(ACCENT)
        canv.setFont(FONT_BOLD, 10.5)
        canv.drawString(left, y, w["participants_by_role"])
        y -= 16
        canv.setFont(FONT, 10.5)
        for role, count in sorted(counts.items(), key=lambda kv: (-kv[1], role_name(kv[0], lang))):
            if y < 44 * mm:
                break
            name, _ = fit_text(drawable(role_name(role, lang) or "–"), FONT, 10.5, width - 30 * mm, min_size=8)
            canv.setFillColor(INK)
            canv.drawString(left, y, name)
            canv.drawRightString(left + 70 * mm, y, str(count))
            y -= 15

    recipients = clean(m.front.recipients)
    if recipients:
        label = f"{delivery_words(lang)['recipients']}: "
        lines, rsize = wrap_to_fit(label + recipients, FONT, 10, width, min_size=8, max_lines=2)
        canv.setFillColor(INK)
        canv.setFont(FONT, rsize)
        for k, line in enumerate(lines):
            draw_text(canv, left, 27 * mm + (len(lines) - 1 - k) * rsize * 1.3, line, FONT, rsize)
    made = w["made_with"].format(when=f"{long_date(m.generated_at, lang)} {w['clock']} {hhmm(m.generated_at)}")
    canv.setFillColor(GREY)
    canv.setFont(FONT, 8.5)
    draw_text(canv, left, 16 * mm, made, FONT, 8.5)
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.6)
    canv.line(left, 21 * mm, PAGE_WIDTH - MARGIN_X, 21 * mm)
    canv.restoreState()
