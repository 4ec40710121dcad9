"""Web and e-mail addresses in user text become clickable links in the PDF, and long ones break at "/"."""
from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate

from app.minutes.pdf_links import linked_markup
from app.minutes.pdf_support import FONT, markup, register_fonts, text_flowables

pypdf = pytest.importorskip("pypdf")

LONG = "https://kulturskoleradet.no/veiledning/dialogkonferanse/2024/program/oversikt/dokumenter/referat?a=1&b=2"
TEXT = (
    f"Se {LONG} og www.kulturradet.no. Skriv til post@kommune.no!\n"
    "(Mer på https://example.org/side_(2)) – <b> & «sitat» 😀"
)


def _pdf(tmp_path: Path, text: str, width: float = 300) -> tuple[list[str], list[str]]:
    register_fonts()
    path = tmp_path / "links.pdf"
    style = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14)
    doc = SimpleDocTemplate(str(path), leftMargin=50, rightMargin=595 - 50 - width)
    doc.build(text_flowables(text, style, width))
    reader = pypdf.PdfReader(str(path))
    uris = [a.get_object()["/A"]["/URI"] for page in reader.pages for a in page.get("/Annots", [])]
    lines = [line for page in reader.pages for line in page.extract_text().splitlines()]
    return uris, lines


def test_addresses_become_links_with_the_right_target(tmp_path: Path) -> None:
    uris, lines = _pdf(tmp_path, TEXT)
    assert LONG in uris
    assert "https://www.kulturradet.no" in uris
    assert "mailto:post@kommune.no" in uris
    assert "https://example.org/side_(2)" in uris
    body = " ".join(" ".join(lines).split())
    assert "www.kulturradet.no. Skriv til post@kommune.no!" in body  # trailing punctuation stays text
    assert "– <b> & «sitat» 😀" in body


def test_a_long_address_breaks_at_a_slash_and_reads_back_whole(tmp_path: Path) -> None:
    uris, lines = _pdf(tmp_path, f"Lenke: {LONG}", width=220)
    parts = [line for line in lines if "kulturskoleradet" in line or "referat" in line or "/" in line]
    assert len(parts) >= 2  # it needed more than one line
    assert all(line.rstrip().endswith("/") for line in parts[:-1])  # broken after a slash, not mid-word
    assert "".join(line.strip() for line in parts).endswith(LONG)  # nothing added to the text
    assert set(uris) == {LONG}  # each line's piece links to the whole address


def test_markup_escapes_the_href_and_the_text() -> None:
    made = linked_markup("https://x.no/?a=1&b=2<x> og mer")
    assert made.startswith('<a href="https://x.no/?a=1&amp;b=2"')
    assert made.endswith(">https://x.no/?a=1&amp;b=2</a>&lt;x&gt; og mer")  # an address ends at < > " or space
    assert markup("a < b & c") == "a &lt; b &amp; c"  # no address: as before


def test_an_address_with_an_ampersand_keeps_it_in_the_target(tmp_path: Path) -> None:
    uris, _ = _pdf(tmp_path, "https://x.no/s?a=1&b=2")
    assert uris == ["https://x.no/s?a=1&b=2"]


def test_not_everything_with_an_at_sign_is_an_address() -> None:
    assert "<a " not in linked_markup("Møtet @ 12.00, og e-post@ ingen")
    assert "<a " not in linked_markup("https:// alene")
