"""Emoji in the PDFs: drawn from the bundled Noto Emoji, extracted as the characters typed.

The minutes of a conference whose summary holds a plain emoji, a toned one, a joined family, a
flag and a BMP emoji are read back with pypdf: every emoji is there as typed (reportlab's broken
ToUnicode for characters above U+FFFF is mended), nothing the emoji font has is boxed, and a
character no bundled font has prints as the one placeholder.
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from app.groups.plans import make_plan
from app.minutes.gathered import gather_minutes
from app.minutes.pdf import write_minutes_pdf
from app.minutes.pdf_fonts import EMOJI_FONT, FONT, FONT_BOLD, PLACEHOLDER, draw_text, markup, register_fonts, runs, text_width
from app.minutes.pdf_support import drawable
from app.referent.links import ensure_links
from app.referent.summaries import save_summary
from app.roster.demo import create_demo

pypdf = pytest.importorskip("pypdf")

EMOJI = ["😀", "👍🏽", "👩\u200d👩\u200d👧", "🇳🇴", "✅"]
SUMMARY = "Vi er fornøyde " + " ".join(EMOJI) + " – æøå <b> & co.\nUkjent: \ue000 og 中 her."


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)


@pytest.fixture(scope="module")
def minutes_text(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("emoji")
    db = create_demo(folder / "emoji.kvadrant")
    try:
        make_plan(db, kvadrant=1, seed=1)
        link = ensure_links(db)[0]
        save_summary(db, block_id=link.block_id, group_id=link.group_id, text=SUMMARY, base_version=0, source="phone")
        minutes = gather_minutes(db)
    finally:
        db.close()
    return _text(write_minutes_pdf(minutes, folder / "referat.pdf"))


def test_every_emoji_is_extracted_as_typed(minutes_text: str) -> None:
    body = " ".join(minutes_text.split())
    assert "Vi er fornøyde " + " ".join(EMOJI) + " – æøå <b> & co." in body
    for emoji in EMOJI:
        assert emoji in minutes_text


def test_nothing_the_emoji_font_has_is_boxed_and_the_rest_is_one_placeholder(minutes_text: str) -> None:
    body = " ".join(minutes_text.split())
    assert f"Ukjent: {PLACEHOLDER} og {PLACEHOLDER} her." in body
    assert body.count(PLACEHOLDER) == 2
    assert "\ue000" not in minutes_text and "\U000f0000" not in minutes_text  # no private code leaks out


def test_the_emoji_font_is_embedded(tmp_path: Path) -> None:
    path = tmp_path / "t.pdf"
    canv = Canvas(str(path))
    register_fonts()
    draw_text(canv, 50, 700, "Hei 😀", FONT, 12)
    canv.save()
    fonts = {
        font.get_object()["/BaseFont"]
        for page in pypdf.PdfReader(str(path)).pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any(name.endswith("+NotoEmoji-Regular") for name in fonts)
    descriptor = next(
        font.get_object()["/FontDescriptor"]
        for page in pypdf.PdfReader(str(path)).pages
        for font in page["/Resources"]["/Font"].values()
        if font.get_object()["/BaseFont"].endswith("NotoEmoji-Regular")
    )
    assert "/FontFile2" in descriptor  # embedded, not referenced


def test_runs_split_text_between_the_fonts() -> None:
    assert runs("Bare tekst æøå") == [(False, "Bare tekst æøå")]
    joined = runs("A 👩\u200d👩\u200d👧 B")
    assert joined == [(False, "A "), (True, "👩\u200d👩\u200d👧"), (False, " B")]  # joiners stay, unboxed
    assert [in_emoji for in_emoji, _ in runs("🇳🇴✅")] == [True]
    toned = runs("👍🏽")
    assert len(toned) == 1 and toned[0][0] and len(toned[0][1]) == 1  # drawn as the hand alone
    assert runs("x\u200dy") == [(False, "xy")]  # a stray joiner is dropped
    assert runs("\ue000\u200d\ue001 中") == [(False, f"{PLACEHOLDER} {PLACEHOLDER}")]  # one per joined unknown


def test_a_character_asked_for_as_emoji_uses_the_emoji_font() -> None:
    assert runs("❤\ufe0f") == [(True, "❤\ufe0f")]
    assert runs("©") == [(False, "©")]  # text presentation stays in DejaVu


def test_markup_escapes_and_wraps_emoji_in_their_font() -> None:
    assert markup("<b> & 😀") == f'&lt;b&gt; &amp; <font name="{EMOJI_FONT}">😀</font>'


def test_width_counts_the_emoji_font() -> None:
    register_fonts()
    assert text_width("😀", FONT, 10) > text_width("a", FONT, 10)
    assert text_width("ab😀", FONT_BOLD, 10) == pytest.approx(text_width("ab", FONT_BOLD, 10) + text_width("😀", FONT, 10))


def test_draw_text_anchors_and_extracts_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "anchor.pdf"
    canv = Canvas(str(path))
    register_fonts()
    width = draw_text(canv, 300, 700, "Midt 😀 👍🏽 på", FONT_BOLD, 14, anchor="centre")
    assert width == pytest.approx(text_width("Midt 😀 👍🏽 på", FONT_BOLD, 14))
    draw_text(canv, 550, 650, "Høyre 🇳🇴", FONT, 10, anchor="right")
    canv.save()
    lines = pypdf.PdfReader(str(path)).pages[0].extract_text().splitlines()
    assert "Midt 😀 👍🏽 på" in lines and "Høyre 🇳🇴" in lines


def test_drawable_stays_plain_text_for_metadata() -> None:
    assert drawable("Møte 😀 & <b>") == f"Møte {PLACEHOLDER} & <b>"
    assert unicodedata.normalize("NFC", drawable("e\u0301")) == "é"
