"""The minutes as a Word document (python-docx), with the same structure as the PDF.

Cover (style "Title"), contents (a Word TOC field), the key findings of the closing plenum
(:mod:`app.minutes.word_plenum`, when groups wrote key points), the programme as planned and as
run with the speaking time (:mod:`app.minutes.word_speaking`), one part per group block (Heading 1)
with its task and every group (Heading 2: members, ordstyrer and referent, its key points, the
summary under Heading 3), and an appendix of participants by municipality. Tables
use a real Word table style; page numbers are PAGE/NUMPAGES fields in the footer. Each Heading 1
starts a section of its own whose running header names the part and, on its later pages, the group
or theme running on (:mod:`app.minutes.word_fields`).

The contents are a real TOC field (levels 1–2). Page numbers are only known once Word lays the
document out, so the field is written already filled in with every entry as a link to its heading,
without page numbers, and the document asks Word to update its fields on opening (which adds them).
Web and e-mail addresses in what people wrote are links.

Text is written exactly as typed, except what XML cannot hold (see
:func:`app.minutes.wording.export_text`). A summary's blank lines separate Word paragraphs; a single
line break stays a line break inside its paragraph, so joining the paragraphs with a blank line
gives the summary back.
"""
from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from docx import Document
from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

from app.common.roles import role_name
from app.conference_file.conference import kind_name
from app.minutes.gathered import Minutes, MinutesBlock, MinutesGroup, Progress
from app.minutes.pdf_support import save_document
from app.minutes.word_fields import (
    Linker,
    fld_char,
    instr,
    new_part_section,
    page_number_footer,
    refresh_fields_on_open,
    run_headings_in_header,
    text_run,
)
from app.minutes.word_plenum import group_points, plenum_part
from app.minutes.word_report import block_facts, delivery_part, notes_part, opening_part
from app.minutes.word_speaking import speaking_part
from app.minutes.delivery_text import delivered_text, delivery_words
from app.minutes.instructions import as_run
from app.minutes.wording import export_text, hhmm, long_date, words

#: The table style every table uses (one of the styles python-docx's template carries).
TABLE_STYLE = "Medium Shading 1 Accent 1"
#: Heading levels the contents list.
TOC_LEVELS = 2

_PAGE_WIDTH, _PAGE_HEIGHT = Cm(21.0), Cm(29.7)  # A4
_MARGIN = Cm(2.5)
_TEXT_WIDTH_CM = 16.0
_LANG = {"nb": "nb-NO", "en": "en-GB"}
_MINUS = "\u2212"
_DASH = "\u2013"

_TC = qn("w:tc")
_CELL_STYLE = "Kvadrant Table Text"
_CELL_KEEP_STYLE = "Kvadrant Table Text Kept"
_SUMMARY_STYLE = "Kvadrant Summary"
_NOTE_STYLE = "Kvadrant Note"


def write_minutes_docx(
    minutes: Minutes,
    path: str | Path,
    *,
    lang: str = "nb",
    progress: Callable[[float], None] | None = None,
) -> Path:
    """Write the minutes as a .docx at ``path`` (atomically) and return where it is.

    ``progress`` is called now and then with the share done (0..1). A target that cannot be
    written raises :class:`app.common.messages.KvadrantError` ``file_io_error``.
    """
    return save_document(path, lambda report: _Builder(minutes, lang, report).build(), progress=progress, made_at=0.85)


def _paragraphs(text: str) -> list[str]:
    """The Word paragraphs of a typed text: blank lines part them, single line breaks stay."""
    return export_text(text).split("\n\n")


class _Builder:
    def __init__(self, minutes: Minutes, lang: str, report: Progress) -> None:
        self.m = minutes
        self.lang = lang
        self.w = words(lang)
        self.report = report
        self.doc = Document()
        self._toc: list[tuple[int, str, str]] = []  # (level, text, bookmark)
        self._style_ids: dict[str, str] = {}
        self._bookmarks = 0
        self._section = self.doc.sections[0]
        self.links = Linker(self.doc)
        groups = sum(len(b.groups) for b in minutes.group_blocks)
        # Work units: each group, and the programme and appendix by their rows.
        self._units = max(1, groups + (len(minutes.blocks) + len(minutes.participants)) / 10)
        self._done = 0.0

    # -- the whole document --------------------------------------------------------------------

    def build(self) -> WordDocument:
        self._setup()
        self._cover()
        toc_anchor = self._contents()
        opening_part(self)
        plenum_part(self)
        self._programme()
        speaking_part(self)
        delivery_part(self)
        for block in self.m.blocks:  # as the day went: group blocks, talks and plenums with notes
            if block.groups:
                self._group_block(block)
            elif block.notes_text:
                notes_part(self, block)
        self._appendix()
        self._fill_toc(toc_anchor)
        return self.doc

    def _step(self, units: float = 1.0) -> None:
        self._done += units
        self.report(0.8 * self._done / self._units)

    def _setup(self) -> None:
        doc = self.doc
        conf = self.m.conference
        props = doc.core_properties
        props.title = export_text(f"{conf.title} {_DASH} {self.w['minutes']}" if conf.title else self.w["minutes"])
        props.author = "Kvadrant"
        props.last_modified_by = "Kvadrant"
        props.language = _LANG.get(self.lang, "nb-NO")
        props.created = props.modified = self.m.generated_at
        props.revision = 1
        props.comments = ""
        refresh_fields_on_open(doc)

        # The language of the text (for Word's spelling and hyphenation), and one sans-serif
        # font for the text (the template's theme would set it in Cambria).
        styles = doc.styles
        for lang in styles.element.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:lang"):
            lang.set(qn("w:val"), _LANG.get(self.lang, "nb-NO"))
        for fonts in styles.element.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:rFonts"):
            for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme"):
                fonts.attrib.pop(qn(attribute), None)
            for attribute in ("w:ascii", "w:hAnsi", "w:cs"):
                fonts.set(qn(attribute), "Calibri")

        section = doc.sections[0]
        section.page_width, section.page_height = _PAGE_WIDTH, _PAGE_HEIGHT
        section.left_margin = section.right_margin = _MARGIN
        section.top_margin = section.bottom_margin = _MARGIN
        section.header_distance = section.footer_distance = Cm(1.2)
        section.different_first_page_header_footer = True  # the cover has neither

        # Each main part starts on a page of its own (a Heading 1 starts a section).
        styles["TOC Heading"].paragraph_format.page_break_before = True
        for name in ("Heading 1", "Heading 2", "Heading 3"):
            styles[name].paragraph_format.keep_with_next = True
        styles["Heading 2"].paragraph_format.space_before = Pt(18)

        cell = styles.add_style(_CELL_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        cell.base_style = styles["Normal"]
        cell.font.size = Pt(9.5)
        cell.paragraph_format.space_after = Pt(0)
        cell.paragraph_format.space_before = Pt(0)
        cell.paragraph_format.line_spacing = 1.0
        kept = styles.add_style(_CELL_KEEP_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        kept.base_style = cell
        kept.paragraph_format.keep_with_next = True

        summary = styles.add_style(_SUMMARY_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        summary.base_style = styles["Normal"]
        summary.paragraph_format.space_after = Pt(8)
        summary.paragraph_format.widow_control = True

        note = styles.add_style(_NOTE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        note.base_style = styles["Normal"]
        note.font.italic = True
        note.font.size = Pt(9.5)
        note.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        note.paragraph_format.space_after = Pt(6)

        for name in (_CELL_STYLE, _CELL_KEEP_STYLE):
            self._style_ids[name] = styles[name].style_id
        self._table_style = styles[TABLE_STYLE]

        for level in range(1, TOC_LEVELS + 1):
            toc = styles.add_style(f"toc {level}", WD_STYLE_TYPE.PARAGRAPH)  # Word's own name
            toc.base_style = styles["Normal"]
            toc.next_paragraph_style = styles["Normal"]
            fmt = toc.paragraph_format
            fmt.left_indent = Cm(0.6 * (level - 1))
            fmt.space_after = Pt(2 if level > 1 else 3)
            fmt.space_before = Pt(6 if level == 1 else 0)
            fmt.line_spacing = 1.0
            fmt.tab_stops.add_tab_stop(Cm(_TEXT_WIDTH_CM), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            toc.font.bold = level == 1

        # Header (the conference's title) and footer (page numbers) from page two on.
        header = section.header.paragraphs[0].add_run(export_text(conf.title))
        header.font.size = Pt(8.5)
        header.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        page_number_footer(section.footer.paragraphs[0], self.w["page"], self.w["of"])

    # -- building blocks -----------------------------------------------------------------------

    def _paragraph(self, style: str | None = None) -> Paragraph:
        """A new paragraph at the end, in ``style`` (a name)."""
        paragraph = self.doc.add_paragraph()
        if style is not None:
            style_id = self._style_ids.get(style)
            if style_id is None:
                style_id = self._style_ids[style] = self.doc.styles[style].style_id
            paragraph._p.style = style_id
        return paragraph

    def _heading(self, text: str, level: int, *, running: bool = True) -> Paragraph:
        """A heading; level 1 starts a part (a section with its own header), and a ``running``
        level 2 heading is named in the header on the part's later pages."""
        if level == 1:
            w = self.w
            self._section = new_part_section(self.doc, export_text(self.m.conference.title), export_text(text), w["page"], w["of"])
        elif level == 2 and running:
            run_headings_in_header(self._section, _TEXT_WIDTH_CM)
        paragraph = self._paragraph(f"Heading {level}")
        paragraph.add_run(export_text(text))
        if level <= TOC_LEVELS:
            self._bookmarks += 1
            name = f"_Toc{self._bookmarks:08d}"
            start = OxmlElement("w:bookmarkStart")
            start.set(qn("w:id"), str(self._bookmarks))
            start.set(qn("w:name"), name)
            end = OxmlElement("w:bookmarkEnd")
            end.set(qn("w:id"), str(self._bookmarks))
            p = paragraph._p
            p.insert(1 if p.pPr is not None else 0, start)
            p.append(end)
            self._toc.append((level, export_text(text).replace("\n", " ").replace("\t", " "), name))
        return paragraph

    def _labelled(self, pairs: Sequence[tuple[str, str]], *, style: str | None = None) -> Paragraph:
        """One paragraph of "Label: value" pairs, the labels bold, separated by a middle dot."""
        paragraph = self._paragraph(style)
        for k, (label, value) in enumerate(pairs):
            if k:
                paragraph.add_run("   \u00b7   ")
            paragraph.add_run(f"{label}: ").bold = True
            paragraph.add_run(export_text(value))
        return paragraph

    def _note(self, text: str) -> Paragraph:
        return self.links.paragraph(self._paragraph(_NOTE_STYLE), export_text(text))

    def _table(
        self,
        headers: Sequence[str],
        widths_cm: Sequence[float],
        rows: Sequence[Sequence[str]],
        *,
        keep_together: bool = False,
    ) -> Table:
        """A table in :data:`TABLE_STYLE` with a header row repeated on every page; rows never
        break across pages, and a ``keep_together`` table stays on one page with the paragraph
        after it (when they fit).

        The rows are copies of one template row made with lxml: python-docx's own row and cell
        objects take seconds for the thousand rows of a big conference.
        """
        style_id = self._style_ids[_CELL_KEEP_STYLE if keep_together else _CELL_STYLE]
        table = self.doc.add_table(rows=0, cols=len(headers))
        table.style = self._table_style
        table.autofit = False
        for column, width in zip(table.columns, widths_cm):
            column.width = Cm(width)

        template = OxmlElement("w:tr")
        tr_pr = OxmlElement("w:trPr")
        tr_pr.append(OxmlElement("w:cantSplit"))  # a row never breaks across pages
        template.append(tr_pr)
        for width in widths_cm:
            tc = OxmlElement("w:tc")
            tc_pr = OxmlElement("w:tcPr")
            tc_w = OxmlElement("w:tcW")
            tc_w.set(qn("w:w"), str(Cm(width).twips))
            tc_w.set(qn("w:type"), "dxa")
            tc_pr.append(tc_w)
            tc.append(tc_pr)
            p = OxmlElement("w:p")
            p_pr = OxmlElement("w:pPr")
            p_style = OxmlElement("w:pStyle")
            p_style.set(qn("w:val"), style_id)
            p_pr.append(p_style)
            if keep_together:
                # Also as direct formatting: LibreOffice keeps a table with what follows only then.
                p_pr.append(OxmlElement("w:keepNext"))
            p.append(p_pr)
            tc.append(p)
            template.append(tc)
        tbl = table._tbl
        for k, values in enumerate([headers, *rows]):
            tr = copy.deepcopy(template)
            if k == 0:
                tr[0].append(OxmlElement("w:tblHeader"))  # the header row repeats on every page
            for tc, value in zip(tr.iterchildren(_TC), values):
                if value:
                    self.links.append(tc[-1], export_text(value))
            tbl.append(tr)
        return table

    def _text(self, text: str, style: str = _SUMMARY_STYLE) -> None:
        for part in _paragraphs(text):
            self.links.paragraph(self._paragraph(style), part)

    def _when(self, value: dt.datetime | None) -> str:
        if value is None:
            return ""
        if value.date() == self.m.conference.date:
            return f"{self.w['at_time']} {hhmm(value)}"
        return f"{long_date(value, self.lang)} {self.w['at_time']} {hhmm(value)}"

    # -- the parts -----------------------------------------------------------------------------

    def _cover(self) -> None:
        w, conf = self.w, self.m.conference
        spacer = self.doc.add_paragraph()
        spacer.paragraph_format.space_before = Cm(5)
        self._paragraph("Title").add_run(export_text(conf.title) or w["minutes"])
        self._paragraph("Subtitle").add_run(w["minutes"])
        rows: list[tuple[str, str]] = []
        if conf.date is not None:
            rows.append((w["date"], long_date(conf.date, self.lang)))
        if conf.venue:
            rows.append((w["venue"], conf.venue))
        for key, value in (("organiser", self.m.front.organiser), ("recipients", self.m.front.recipients)):
            if value.strip():
                rows.append((delivery_words(self.lang)[key], value.strip()))
        rows.append((w["participants"], str(len(self.m.present))))
        rows.append((w["municipalities"], str(self.m.municipalities)))
        for label, value in rows:
            self._labelled([(label, value)]).paragraph_format.space_after = Pt(4)
        counts = self.m.role_counts()
        if counts:
            roles = ", ".join(f"{role_name(role, self.lang)} {n}" for role, n in sorted(counts.items(), key=lambda rc: -rc[1]))
            self._note(roles)
        made = self.m.generated_at
        self._note(f"{w['generated']} {long_date(made, self.lang)} {w['at_time']} {hhmm(made)}")

    def _contents(self) -> Paragraph:
        """The contents' heading and an empty paragraph after it that the field goes before (it
        ends the first section: LibreOffice loses the footer's fields when a TOC field ends one)."""
        self._paragraph("TOC Heading").add_run(self.w["contents"])
        return self.doc.add_paragraph()

    def _fill_toc(self, anchor: Paragraph) -> None:
        """The TOC field, filled in with every Heading 1 and 2, placed before ``anchor``."""
        styles = {level: self.doc.styles[f"toc {level}"].style_id for level in range(1, TOC_LEVELS + 1)}
        entries = self._toc or [(1, "", "")]
        for k, (level, text, bookmark) in enumerate(entries):
            p = OxmlElement("w:p")
            p_pr = OxmlElement("w:pPr")
            p_style = OxmlElement("w:pStyle")
            p_style.set(qn("w:val"), styles[level])
            p_pr.append(p_style)
            p.append(p_pr)
            if k == 0:
                p.append(fld_char("begin"))
                p.append(instr(f' TOC \\o "1-{TOC_LEVELS}" \\h \\z \\u '))
                p.append(fld_char("separate"))
            if bookmark:
                # Word fills in page numbers when the field is updated (F9); until then each entry
                # is a link to its heading.
                link = OxmlElement("w:hyperlink")
                link.set(qn("w:anchor"), bookmark)
                link.set(qn("w:history"), "1")
                link.append(text_run(text))
                p.append(link)
            if k == len(entries) - 1:
                p.append(fld_char("end"))
            anchor._p.addprevious(p)

    def _programme(self) -> None:
        w = self.w
        self._heading(w["programme_planned_run"], 1)
        rows = []
        for block in self.m.blocks:
            b, t = block.block, block.timing
            if b.start is None and b.end is None:
                planned = w["after_conference"]
            else:
                planned = f"{hhmm(b.start)}{_DASH}{hhmm(b.end)}"
            if t is not None and t.actual_start is not None:
                actual = f"{hhmm(t.actual_start)}{_DASH}{hhmm(t.actual_end)}"
            elif b.start is None:
                actual = ""
            else:
                actual = w["not_run"]
            over = block.overrun_minutes
            overrun = "" if over is None else f"{'+' if over > 0 else _MINUS if over < 0 else ''}{abs(over)} {w['minutes_short']}"
            rows.append((planned, actual, overrun, b.title, kind_name(b.kind, self.lang), b.presenter))
        self._table(
            (w["planned"], w["actual"], w["overrun"], w["item"], w["kind"], w["presenter"]),
            (2.2, 2.4, 2.1, 5.2, 2.1, 2.0),
            rows,
        )
        self._note(w["overrun_note"])
        self._step(len(self.m.blocks) / 10)

    def _group_block(self, block: MinutesBlock) -> None:
        w, b = self.w, block.block
        self._heading(b.title or kind_name(b.kind, self.lang), 1)
        block_facts(self, block)
        if as_run(b.description).strip():
            self._text(as_run(b.description))
        if as_run(b.task_text).strip():
            self.doc.add_paragraph().add_run(w["task"]).bold = True
            self._text(as_run(b.task_text))
        for group in block.groups:
            self._group(block, group)
            self._step()

    def _group(self, block: MinutesBlock, group: MinutesGroup) -> None:
        w = self.w
        title = f"{w['group']} {group.number}"
        if group.label:
            title += f" {_DASH} {group.label}"
        self._heading(title, 2)
        people = [(w["ordstyrer"], group.ordstyrer or _DASH), (w["referent"], group.referent or _DASH)]
        veiledere = ", ".join(m.name for m in group.veiledere)
        if veiledere:
            people.append((w["veileder"], veiledere))
        self._labelled(people).paragraph_format.keep_with_next = True
        if group.members:
            self._table(
                (w["number"], w["name"], w["municipality"], w["role"]),
                (1.2, 6.0, 4.8, 4.0),
                [(str(k), m.name, m.municipality, role_name(m.role, self.lang)) for k, m in enumerate(group.members, 1)],
                keep_together=True,
            )
        group_points(self, group)
        self._heading(w["summary"], 3)
        summary = group.summary
        if summary is None or not summary.text.strip():
            self._note(w["no_summary"])
        else:
            count = f"{summary.words} {w['words']}"
            if summary.delivered:
                row = next(d for d in block.deliveries if d.group == group.number)
                status = f"{w['delivered']} {delivered_text(self.m, row, self.lang)}".strip()
            else:
                status = f"{w['draft_note']}, {w['updated'].lower()} {self._when(summary.updated_at)}".strip(", ")
            self._note(f"{status} \u00b7 {count}").paragraph_format.keep_with_next = True
            self._text(summary.text)
        if summary is not None and summary.conflicts:
            self._note(w["conflict_note"])

    def _appendix(self) -> None:
        w = self.w
        self._heading(w["participants_by_municipality"], 1)
        rows: list[tuple[str, ...]] = []
        spans: list[tuple[int, int]] = []
        # Each municipality's people by surname; the council's advisers last, as a group of their own.
        groups = [*self.m.people_by_municipality(), (w["advisers"], self.m.advisers())]
        for municipality, people in groups:
            first = len(rows) + 1  # row 0 is the header
            for k, person in enumerate(people):
                p = person.participant
                rows.append(
                    (
                        municipality if k == 0 else "",
                        p.name,
                        role_name(p.role, self.lang),
                        str(person.table) if person.table is not None else "",
                        person.kommunegruppe,
                        w["yes"] if p.present else w["no"],
                    )
                )
            spans.append((first, len(rows)))
        table = self._table(
            (w["municipality"], w["name"], w["role"], w["table"], w["kommunegruppe"], w["present"]),
            (3.0, 4.2, 3.0, 1.3, 3.0, 1.5),
            rows,
        )
        # One municipality cell spanning its people's rows.
        trs = table._tbl.tr_lst
        for first, last in spans:
            if last <= first:
                continue
            for index in range(first, last + 1):
                tc = trs[index].tc_lst[0]
                merge = OxmlElement("w:vMerge")
                tc_pr = tc.get_or_add_tcPr()
                if index == first:
                    merge.set(qn("w:val"), "restart")
                tc_pr.append(merge)
                if index == first:
                    top = OxmlElement("w:vAlign")
                    top.set(qn("w:val"), "top")
                    tc_pr.append(top)
        self._step(len(self.m.participants) / 10)

