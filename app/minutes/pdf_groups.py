"""The group blocks in the minutes PDF: each block's task, then every group with its summary.

A group block opens on a new page with its heading, when it was planned and ran, how many
summaries came in, and its task in a tinted box. Each group follows under a rule: its heading, who
chaired and took notes, the members in speaking order, its key points in a tinted box, then the
summary, which flows across pages
while its heading and first lines stay together. The members table and the tinted box are also
used by the kommune sheets.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, FrameBreak, KeepTogether, Paragraph, Spacer, Table

from app.common.roles import VEILEDER
from app.common.text import clean
from app.groups.plans import Member
from app.minutes.gathered import Minutes, MinutesBlock, MinutesGroup
from app.minutes.pdf_layout import (
    ACCENT,
    ACCENT_LIGHT,
    BODY_LEADING,
    CONTENT_HEIGHT,
    CONTENT_WIDTH,
    INK,
    RULE,
    Styles,
    _table_style,
    list_style,
)
from app.minutes.pdf_page_numbers import _Heading
from app.minutes.pdf_plenum import key_points_flowables
from app.minutes.delivery_text import deadline_line, delivered_text
from app.minutes.instructions import as_run
from app.minutes.pdf_notes import block_meta
from app.minutes.pdf_programme import _section_name
from app.minutes.pdf_support import FONT, FONT_BOLD, _one_line, markup, text_flowables
from app.common.roles import role_name
from app.minutes.wording import words


def _block_key(block: MinutesBlock) -> str:
    """The link target of a group block's heading (the contents point at it)."""
    return f"b{block.block.id}"


def _group_key(block: MinutesBlock, group: MinutesGroup) -> str:
    """The link target of a group's heading."""
    return f"b{block.block.id}g{group.number}"


def _group_title(group: MinutesGroup, lang: str) -> str:
    w = words(lang)
    label = clean(group.label)
    return f"{w['group']} {group.number}" + (f" – {label}" if label else "")


def _members_table(members: Sequence[Member], styles: dict[str, ParagraphStyle], lang: str, width: float) -> Table:
    w = words(lang)
    rows: list[list[Any]] = [[
        Paragraph("#", styles["head_right"]),
        Paragraph(w["name"], styles["head"]),
        Paragraph(w["municipality"], styles["head"]),
        Paragraph(w["role"], styles["head"]),
    ]]
    for position, m in enumerate(members, start=1):
        rows.append([
            Paragraph(str(position), styles["cell_right"]),
            Paragraph(_one_line(m.name), styles["cell_bold" if m.role == VEILEDER else "cell"]),
            Paragraph(_one_line(m.municipality), styles["cell"]),
            Paragraph(markup(role_name(m.role, lang)), styles["cell"]),
        ])
    number = 9 * mm
    rest = width - number
    table = Table(rows, colWidths=[number, rest * 0.42, rest * 0.33, rest * 0.25], repeatRows=1, hAlign="LEFT")
    table.setStyle(list_style(len(rows)))
    return table


class _NeedSpace(Flowable):
    """Go to the next page unless the flowables after it, plus a few lines, fit on this one.

    Put before a group so its heading, members and the start of its summary stay together, while
    a long summary after them still flows across pages (a KeepTogether around a long summary would
    move it all to a new page and leave this one nearly empty)."""

    def __init__(self, flowables: Sequence[Flowable], extra: float) -> None:
        super().__init__()
        self.flowables = flowables
        self.extra = extra

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        needed = self.extra
        for f in self.flowables:
            _, h = f.wrap(availWidth, CONTENT_HEIGHT)
            needed += h + f.getSpaceBefore() + f.getSpaceAfter()
        needed = min(needed, CONTENT_HEIGHT * 0.8)
        if availHeight < needed:
            frame = self._doctemplateAttr("frame")
            if frame is not None:
                frame.add_generated_content(FrameBreak)
        return 0, 0

    def draw(self) -> None:
        pass


class _Rule(Flowable):
    def __init__(self, *, colour: Color = RULE, thickness: float = 0.8, space_before: float = 10, space_after: float = 8) -> None:
        super().__init__()
        self.colour, self.thickness = colour, thickness
        self.spaceBefore, self.spaceAfter = space_before, space_after

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        frame = self._doctemplateAttr("frame")
        self.hidden = bool(frame is not None and getattr(frame, "_atTop", False))
        return (availWidth, 0) if self.hidden else (availWidth, self.thickness)

    def getSpaceBefore(self) -> float:
        return 0 if getattr(self, "hidden", False) else self.spaceBefore

    def getSpaceAfter(self) -> float:
        return 0 if getattr(self, "hidden", False) else self.spaceAfter

    def draw(self) -> None:
        if self.hidden:
            return
        self.canv.setStrokeColor(self.colour)
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, self.thickness / 2, self.width, self.thickness / 2)


def _boxed(flowables: list[Flowable], width: float, *, fill: Color = ACCENT_LIGHT, bar: Color = ACCENT) -> Table:
    """Flowables in a tinted box with a bar on the left; rows split across pages."""
    rows = [[f] for f in flowables] or [[Spacer(0, 0)]]
    table = Table(rows, colWidths=[width], hAlign="LEFT", splitInRow=1)
    gaps = [("TOPPADDING", (0, r), (0, r), f.getSpaceBefore()) for r, f in enumerate(flowables) if r and f.getSpaceBefore()]
    table.setStyle(_table_style([
        ("BACKGROUND", (0, 0), (-1, -1), fill),
        ("LINEBEFORE", (0, 0), (0, -1), 2.5, bar),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, 0), 6),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
        *gaps,
    ]))
    return table


def block_story(minutes: Minutes, block: MinutesBlock, lang: str, s: Styles) -> list[Flowable]:
    w = words(lang)
    b = block.block
    title = clean(b.title) or _section_name(block, lang)
    out: list[Flowable] = [
        _Heading(_one_line(title), s["h1"], key=_block_key(block), outline=title, level=0, section=_section_name(block, lang)),
    ]
    meta = [block_meta(minutes, block, lang), f"{len(block.groups)} {w['groups'].lower()}"]
    out.append(Paragraph(markup(" · ".join(meta)), s["meta"]))
    # What happened against the deadline, not the instruction given before the day.
    outcome = ParagraphStyle("outcome", parent=s["meta"], textColor=INK, fontName=FONT_BOLD)
    out.append(Paragraph(markup(deadline_line(minutes, block, lang)), outcome))
    description = as_run(b.description)
    if description.strip():
        out += text_flowables(description, ParagraphStyle("desc", parent=s["body"], spaceBefore=4), CONTENT_WIDTH)
    task_text = as_run(b.task_text)
    if task_text.strip():
        task: list[Flowable] = [Paragraph(markup(w["task"]), ParagraphStyle("tl", parent=s["label"], spaceBefore=0))]
        task += text_flowables(task_text, ParagraphStyle("tp", parent=s["task"], spaceBefore=4), CONTENT_WIDTH - 20,
                               first_style=s["task"])
        out += [Spacer(0, 8), _boxed(task, CONTENT_WIDTH)]
    out.append(Spacer(0, 6))
    for group in block.groups:
        out += group_story(minutes, block, group, lang, s)
    return out


def summary_status(minutes: Minutes, block: MinutesBlock, group: MinutesGroup, lang: str) -> str:
    """"Levert 11.12", "Levert 11.41 (for sent)" or "utkast, ikke levert"; "" with no text."""
    summary = group.summary
    if summary is None or not summary.text.strip():
        return ""
    if not summary.delivered:
        return words(lang)["draft"]
    row = next(d for d in block.deliveries if d.group == group.number)
    when = delivered_text(minutes, row, lang)
    return f"{words(lang)['delivered']} {when}".strip()


def group_story(minutes: Minutes, block: MinutesBlock, group: MinutesGroup, lang: str, s: Styles) -> list[Flowable]:
    w = words(lang)
    title = _group_title(group, lang)
    section = f"{_section_name(block, lang)} · {title}"
    heading = _Heading(_one_line(title), s["h2"], key=_group_key(block, group), outline=title, level=1, section=section)
    roles = []
    roles.append(f"<b>{markup(w['ordstyrer'])}:</b> {_one_line(group.ordstyrer) if group.ordstyrer else '–'}")
    roles.append(f"<b>{markup(w['referent'])}:</b> {_one_line(group.referent) if group.referent else '–'}")
    veiledere = group.veiledere
    if veiledere and block.block.kvadrant == 4:
        names = ", ".join(_one_line(v.name) for v in veiledere)
        roles.append(f"<b>{markup(w['veileder'])}:</b> {names}")
    roles_para = Paragraph(" &nbsp;·&nbsp; ".join(roles), ParagraphStyle("roles", parent=s["meta"], textColor=INK, spaceAfter=4))
    members = _members_table(group.members, s, lang, CONTENT_WIDTH)
    summary = group.summary
    status = summary_status(minutes, block, group, lang)
    label_text = f"{markup(w['summary'])}" + (f' <font name="{FONT}" color="#5A5F66" size="8.5">· {markup(status)}</font>' if status else "")
    label = Paragraph(label_text, s["label"])
    head: list[Flowable] = [heading, roles_para, members]
    points = key_points_flowables(group.key_points, lang, s)
    if points:
        head += [Spacer(0, 8), _boxed(points, CONTENT_WIDTH)]
    head.append(label)
    body: list[Flowable] = []
    extra = 0.0
    if summary is not None and summary.text.strip():
        body = text_flowables(summary.text, s["para"], CONTENT_WIDTH, first_style=s["body"])
        extra = BODY_LEADING * 2 + 4  # the summary's first two lines stay with its heading
    else:
        head.append(Paragraph(markup(w["no_summary"]), s["missing"]))
    rule = _Rule(space_before=14, space_after=8)
    return [_NeedSpace([rule, *head], extra), rule, KeepTogether(head), *body]
