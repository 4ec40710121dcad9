"""Fields, sections and links in the Word minutes: the OOXML python-docx has no API for.

- Fields (PAGE, TOC, STYLEREF) are complex fields written with a cached result, and the document
  asks Word to refresh every field when it opens (``w:updateFields``), so the contents get their
  page numbers without the reader doing anything.
- Each main part is a section of its own, so its running header can name it; a part with groups
  (or themes) also names the one running on, by a STYLEREF field to "Heading 2" on the pages after
  the part's first. Word fills that field on every page; LibreOffice before 24.2 does not know the
  field and shows its cached result, which is empty, so the header still names the part.
- Web addresses and e-mail addresses in user text become real hyperlinks; the shown address gets a
  zero-width space after each "/" of its path (not in the link's target) when it is long, so it
  breaks at a "/" and not mid-word.
"""
from __future__ import annotations

import re

from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph

#: The style of the headings a running header names (groups, themes).
RUNNING_STYLE = "Heading 2"
#: Word's own name for the link character style.
LINK_STYLE = "Hyperlink"

_LINK_COLOUR = RGBColor(0x05, 0x63, 0xC1)
_GREY = RGBColor(0x59, 0x59, 0x59)
_ZWSP = "\u200b"
_BREAK_FROM = 30  # characters: shorter addresses fit a line and are left exactly as typed
# A web address (with its scheme or starting "www.") or an e-mail address. Trailing punctuation
# that ends the sentence is taken off below.
_LINK = re.compile(r"(?:https?://|www\.)[^\s<>\"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
_TRAILING = ".,;:!?'»”’›"
# Elements that must come after w:updateFields in w:settings (the schema's order).
_AFTER_UPDATE_FIELDS = (
    "w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat", "w:docVars", "w:rsids",
    "m:mathPr", "w:attachedSchema", "w:themeFontLang", "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats", "w:doNotAutoCompressPictures", "w:forceUpgrade", "w:captions",
    "w:readModeInkLockDown", "w:smartTagType", "sl:schemaLibrary", "w:shapeDefaults",
    "w:doNotEmbedSmartTags", "w:decimalSymbol", "w:listSeparator",
)


# -- fields --------------------------------------------------------------------------------------


def fld_char(kind: str) -> BaseOxmlElement:
    run = OxmlElement("w:r")
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    run.append(char)
    return run


def instr(text: str) -> BaseOxmlElement:
    run = OxmlElement("w:r")
    element = OxmlElement("w:instrText")
    element.set(qn("xml:space"), "preserve")
    element.text = text
    run.append(element)
    return run


def text_run(text: str) -> BaseOxmlElement:
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    run.append(t)
    return run


def add_field(paragraph: Paragraph, instruction: str, shown: str) -> None:
    """A complex field at the end of ``paragraph``, showing ``shown`` until updated."""
    p = paragraph._p
    p.append(fld_char("begin"))
    p.append(instr(f" {instruction} "))
    p.append(fld_char("separate"))
    p.append(text_run(shown))
    p.append(fld_char("end"))


def refresh_fields_on_open(doc: WordDocument) -> None:
    """Ask Word to update every field (the contents' page numbers) when it opens the file."""
    settings = doc.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    later = settings.xpath("|".join(_AFTER_UPDATE_FIELDS))
    if later:
        later[0].addprevious(update)
    else:
        settings.append(update)


# -- sections and running headers ----------------------------------------------------------------


def page_number_footer(paragraph: Paragraph, page: str, of: str) -> None:
    """"Side 3 av 12", centred and small."""
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run(f"{page} ")
    add_field(paragraph, "PAGE", "1")
    paragraph.add_run(f" {of} ")
    add_field(paragraph, "NUMPAGES", "1")
    for run in paragraph._p.xpath("w:r"):
        size = OxmlElement("w:sz")
        size.set(qn("w:val"), "18")
        run.get_or_add_rPr().append(size)


def _header_line(paragraph: Paragraph, text: str) -> None:
    run = paragraph.add_run(text)
    run.font.size = Pt(8.5)
    run.font.color.rgb = _GREY


def new_part_section(doc: WordDocument, title: str, part: str, page: str, of: str) -> Section:
    """End the current section and start one on a new page whose header names ``part``.

    The section's properties go into the last paragraph before it (or an empty one after a
    table); its first page (where the part's heading stands) has a header without the running
    group, the pages after it get one when :func:`run_headings_in_header` is called.
    """
    body = doc.element.body
    sentinel = body.get_or_add_sectPr()
    last = sentinel.getprevious()
    if last is None or last.tag != qn("w:p"):
        last = body.add_p()
    last.set_sectPr(sentinel.clone())
    for reference in sentinel.xpath("w:headerReference|w:footerReference"):
        sentinel.remove(reference)
    section = doc.sections[-1]
    section.different_first_page_header_footer = True
    line = " \u00b7 ".join(x for x in (title, part) if x)
    for header in (section.header, section.first_page_header):
        header.is_linked_to_previous = False
        _header_line(header.paragraphs[0], line)
    section.first_page_footer.is_linked_to_previous = False
    page_number_footer(section.first_page_footer.paragraphs[0], page, of)
    return section


def run_headings_in_header(section: Section, text_width_cm: float) -> None:
    """Add the running heading (a STYLEREF field, right-aligned) to the section's header, once."""
    paragraph = section.header.paragraphs[0]
    if paragraph._p.xpath(".//w:instrText[contains(., 'STYLEREF')]"):
        return
    paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(text_width_cm), WD_TAB_ALIGNMENT.RIGHT)
    _header_line(paragraph, "\t")
    before = len(paragraph._p.r_lst)
    add_field(paragraph, f'STYLEREF "{RUNNING_STYLE}"', "")
    for run in paragraph._p.r_lst[before:]:
        rpr = run.get_or_add_rPr()
        colour = OxmlElement("w:color")
        colour.set(qn("w:val"), str(_GREY))
        size = OxmlElement("w:sz")
        size.set(qn("w:val"), "17")
        rpr.append(colour)
        rpr.append(size)


# -- links ---------------------------------------------------------------------------------------


def add_link_style(doc: WordDocument) -> str:
    """The character style links use (blue, underlined); returns its style id."""
    styles = doc.styles
    style = styles.add_style(LINK_STYLE, WD_STYLE_TYPE.CHARACTER)
    style.font.color.rgb = _LINK_COLOUR
    style.font.underline = True
    return style.style_id


def find_links(text: str) -> list[tuple[str, str | None]]:
    """``text`` cut into pieces: (text, None) as it is, (address, target) for each link."""
    pieces: list[tuple[str, str | None]] = []
    at = 0
    for match in _LINK.finditer(text):
        found = match.group()
        while found and (found[-1] in _TRAILING or (found[-1] == ")" and found.count("(") < found.count(")"))):
            found = found[:-1]
        if "@" in found and "://" not in found and not found.lower().startswith("www."):
            target = f"mailto:{found}"
        elif found.lower().startswith("www."):
            if len(found) <= 4:
                continue
            target = f"https://{found}"
        else:
            if found.endswith("://"):
                continue
            target = found
        if match.start() > at:
            pieces.append((text[at : match.start()], None))
        pieces.append((found, target))
        at = match.start() + len(found)
    if at < len(text):
        pieces.append((text[at:], None))
    return pieces


def breakable(address: str) -> str:
    """A long ``address`` with a zero-width space after each "/" of its path that has more after
    it, so a line breaks there and not mid-word; a short one as it is."""
    if len(address) <= _BREAK_FROM:
        return address
    host_end = address.find("/", address.find("://") + 3 if "://" in address else 0)
    if host_end < 0:
        return address
    return address[:host_end] + re.sub(r"/(?=.)", "/" + _ZWSP, address[host_end:])


class Linker:
    """Writes user text into a paragraph, with its web and e-mail addresses as hyperlinks."""

    def __init__(self, doc: WordDocument) -> None:
        self._part = doc.part
        self._style = add_link_style(doc)

    def append(self, p: BaseOxmlElement, text: str) -> None:
        """Append ``text`` (export-safe) to the ``w:p`` element ``p`` as runs and links."""
        if "@" not in text and "www." not in text.lower() and "://" not in text:
            self._run(p, text)
            return
        for piece, target in find_links(text):
            if target is None:
                self._run(p, piece)
                continue
            link = OxmlElement("w:hyperlink")
            link.set(qn("r:id"), self._part.relate_to(target, RT.HYPERLINK, is_external=True))
            link.set(qn("w:history"), "1")
            run = OxmlElement("w:r")
            style = OxmlElement("w:rStyle")
            style.set(qn("w:val"), self._style)
            run.get_or_add_rPr().append(style)
            run.text = breakable(piece)
            link.append(run)
            p.append(link)

    def paragraph(self, paragraph: Paragraph, text: str) -> Paragraph:
        self.append(paragraph._p, text)
        return paragraph

    @staticmethod
    def _run(p: BaseOxmlElement, text: str) -> None:
        if text:
            run = OxmlElement("w:r")
            run.text = text  # python-docx's run: tabs and line breaks too
            p.append(run)
