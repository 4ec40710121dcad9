"""The "Hovedfunn" chapter of the minutes PDF: what the closing plenum made of the groups' key points.

It opens the minutes (after the contents), because it is what a reader wants first: each theme
the facilitator sorted the key points into, with the groups that raised it ("3 av 17 grupper") and
its points, then the key points not placed in any theme. Each group's own key points are also shown
beside its summary (:mod:`app.minutes.pdf_groups`), with :func:`key_points_box`.
"""
from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from app.minutes.gathered import Minutes, groups_of
from app.minutes.pdf_layout import ACCENT, CONTENT_WIDTH, RULE, ZEBRA, Styles, _table_style
from app.minutes.pdf_page_numbers import _Heading
from app.minutes.pdf_support import FONT, FONT_BOLD, _one_line, markup, text_width
from app.minutes.wording import group_list, point_group, words
from app.plenum.themes import KeyPoint, Theme

#: The link target of the chapter's heading (the contents point at it).
PLENUM_KEY = "plenum"


def _theme_key(theme: Theme) -> str:
    """The link target of a theme's heading."""
    return f"t{theme.id}"


def plenum_story(minutes: Minutes, lang: str, s: Styles) -> list[Flowable]:
    """The chapter; empty when no group wrote key points."""
    day = minutes.plenum
    if day is None:
        return []
    w = words(lang)
    several = len(minutes.plenum_kvadranter) > 1
    count = sum(len(t.points) for t in day.themes) + len(day.unsorted)
    intro = (w["plenum_intro"] if day.themes else w["plenum_intro_unsorted"]).format(
        points=count, groups=day.groups, themes=len(day.themes)
    )
    out: list[Flowable] = [
        _Heading(markup(w["key_findings"]), s["h1"], key=PLENUM_KEY, outline=w["key_findings"], level=0, section=w["key_findings"]),
        Paragraph(markup(intro), s["meta"]),
        Spacer(0, 4),
    ]
    for theme in day.themes:
        raised = groups_of(theme.points)
        line = f"{group_list(raised, lang, with_kvadrant=several)} · {w['raised_by'].format(n=len(raised), total=day.groups)}"
        heading = _Heading(_one_line(theme.name), s["h2"], key=_theme_key(theme), outline=theme.name, level=1)
        out.append(_theme_block(heading, Paragraph(markup(line), s["meta"]), theme.points, lang, s, several=several))
    if day.unsorted:
        if day.themes:
            title = w["other_points"]
            heading = _Heading(markup(title), s["h2"], key=f"{PLENUM_KEY}-other", outline=title, level=1)
            out.append(_theme_block(heading, None, day.unsorted, lang, s, several=several))
        else:
            out.append(_points_table(day.unsorted, lang, s, several=several))
    return out


def _theme_block(heading: Flowable, line: Flowable | None, points: tuple[KeyPoint, ...], lang: str, s: Styles, *, several: bool) -> Flowable:
    """A theme's heading, its groups and its points; kept on one page when it fits."""
    parts: list[Flowable] = [Spacer(0, 12), heading]
    if line is not None:
        parts.append(line)
    parts += [Spacer(0, 4), _points_table(points, lang, s, several=several)]
    return KeepTogether(parts)


def _points_table(points: tuple[KeyPoint, ...], lang: str, s: Styles, *, several: bool) -> Table:
    """One row per key point: the group it came from (bold, in the accent colour), the point."""
    w = words(lang)
    number = ParagraphStyle("point_group", parent=s["cell_bold"], textColor=ACCENT)
    texts = [f"{w['group']} {point_group(p.kvadrant, p.group, lang, with_kvadrant=several)}" for p in points]
    first = max(text_width(t, FONT_BOLD, 9.5) for t in texts) + 14
    rows = [[Paragraph(markup(t), number), Paragraph(markup(p.text), s["body"])] for t, p in zip(texts, points)]
    table = Table(rows, colWidths=[min(first, 60 * mm), CONTENT_WIDTH - min(first, 60 * mm)], hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("LINEABOVE", (0, 0), (-1, 0), 1.2, ACCENT),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    commands += [("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(1, len(rows), 2)]
    table.setStyle(_table_style(commands))
    return table


def key_points_flowables(points: tuple[str, ...], lang: str, s: Styles) -> list[Flowable]:
    """A group's key points under their label, as a bulleted list (for the group chapters)."""
    if not points:
        return []
    bullet = ParagraphStyle("key_point", parent=s["task"], leftIndent=12, bulletIndent=0, bulletFontName=FONT, spaceBefore=2)
    out: list[Flowable] = [Paragraph(markup(words(lang)["key_points"]), ParagraphStyle("kl", parent=s["label"], spaceBefore=0))]
    out += [Paragraph(markup(point), bullet, bulletText="\u2022") for point in points]
    return out
