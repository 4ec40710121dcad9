"""The closing plenum in the Word minutes: the "Hovedfunn" part and each group's key points.

The same content as the PDF's chapter (:mod:`app.minutes.pdf_plenum`): the themes (Heading 2, so
the contents list them) with the groups that raised them and a table of their points, then the
key points not placed in a theme. Each group's own key points are a bulleted list before its
summary. Kept apart from :mod:`app.minutes.word`, which calls these with its builder.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from app.minutes.gathered import MinutesGroup, groups_of
from app.minutes.wording import export_text, group_list, point_group
from app.plenum.themes import KeyPoint

if TYPE_CHECKING:
    from app.minutes.word import _Builder

_WIDTHS = (2.6, 13.4)
_WIDTHS_WITH_KVADRANT = (4.0, 12.0)


def plenum_part(builder: _Builder) -> None:
    """The "Hovedfunn" part, right after the contents; nothing when no group wrote key points."""
    day = builder.m.plenum
    if day is None:
        return
    w, lang = builder.w, builder.lang
    several = len(builder.m.plenum_kvadranter) > 1
    builder._heading(w["key_findings"], 1)
    count = sum(len(t.points) for t in day.themes) + len(day.unsorted)
    intro = w["plenum_intro"] if day.themes else w["plenum_intro_unsorted"]
    builder._note(intro.format(points=count, groups=day.groups, themes=len(day.themes)))
    for theme in day.themes:
        builder._heading(theme.name, 2)
        raised = groups_of(theme.points)
        line = f"{group_list(raised, lang, with_kvadrant=several)} \u00b7 {w['raised_by'].format(n=len(raised), total=day.groups)}"
        builder._note(line).paragraph_format.keep_with_next = True
        _points_table(builder, theme.points, several=several)
    if day.unsorted:
        if day.themes:
            builder._heading(w["other_points"], 2)
        _points_table(builder, day.unsorted, several=several)


def _points_table(builder: _Builder, points: tuple[KeyPoint, ...], *, several: bool) -> None:
    w, lang = builder.w, builder.lang
    rows = [(point_group(p.kvadrant, p.group, lang, with_kvadrant=several), p.text) for p in points]
    builder._table((w["group"], w["key_point"]), _WIDTHS_WITH_KVADRANT if several else _WIDTHS, rows)


def group_points(builder: _Builder, group: MinutesGroup) -> None:
    """A group's key points as a bulleted list under a bold label, before its summary."""
    if not group.key_points:
        return
    label = builder._paragraph()
    label.add_run(export_text(builder.w["key_points"])).bold = True
    label.paragraph_format.keep_with_next = True
    for point in group.key_points:
        paragraph = builder.links.paragraph(builder._paragraph("List Bullet"), export_text(point))
        paragraph.paragraph_format.keep_with_next = True
