"""The fonts of Kvadrant's PDFs, and user text cut into runs each font can draw.

Text is set in the bundled DejaVu Sans; a character it lacks (most emoji) is drawn from the bundled
monochrome Noto Emoji, embedded the same way, so emoji print as themselves in every PDF. A character
neither font has becomes :data:`PLACEHOLDER`. Emoji sequences come out as the monochrome font means
them: a skin tone is dropped from the drawing (not from the text), joiners and variation selectors
are invisible, a flag shows its two letters. :func:`markup` is the text for a ``Paragraph``,
:func:`draw_text` and :func:`text_width` the same for text drawn straight on a canvas,
:func:`text_shapes` for a graphics drawing.

Reportlab 4 writes a broken ToUnicode entry for a character above U+FFFF (see
:func:`_to_unicode_cmap`), so emoji would print but not copy or search; this module mends that.
"""
from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache
from typing import Literal, Protocol
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Group, String
from reportlab.lib.colors import Color
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from app.common.paths import resource

FONT = "KvadrantSans"
FONT_BOLD = "KvadrantSans-Bold"
EMOJI_FONT = "KvadrantEmoji"
#: Shown where no bundled font has a glyph for a character (a private-use character, say).
PLACEHOLDER = "\u25a1"  # □

_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf", EMOJI_FONT: "NotoEmoji-Regular.ttf"}
_JOINER = "\u200d"
_VS16 = "\ufe0f"
_KEYCAP = "\u20e3"
_KEEP_CONTROLS = "\n\t"
#: Code points the emoji font's face gets for a sequence drawn as one glyph (a toned emoji):
#: Supplementary Private Use Area-A, which user text never reaches the fonts with.
_CLUSTER_BASE = 0xF0000


def register_fonts() -> tuple[str, str]:
    """Register the bundled fonts with reportlab (once) and return the text fonts: (regular, bold).

    The two are a font family, so ``<b>`` in a Paragraph set in :data:`FONT` turns bold; the emoji
    font has one weight, used in bold text too.
    """
    registered = pdfmetrics.getRegisteredFontNames()
    for name, filename in _FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FONT, bold, italic, FONT_BOLD if bold else FONT)
            addMapping(EMOJI_FONT, bold, italic, EMOJI_FONT)
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    return FONT, FONT_BOLD


@lru_cache(maxsize=1)
def sans_characters() -> frozenset[str]:
    """Characters DejaVu draws as they are: both faces have them (so a name looks the same in
    regular and bold), they are not emoji (DejaVu's few emoji beyond the BMP are left to the emoji
    font, so all emoji look alike), not parts of an emoji sequence (variation selectors, joiners)
    and not invisible format or control characters; with line break and tab, which callers handle."""
    register_fonts()
    regular = pdfmetrics.getFont(FONT).face.charToGlyph
    bold = pdfmetrics.getFont(FONT_BOLD).face.charToGlyph
    drawn = (chr(cp) for cp in regular.keys() & bold.keys() if regular[cp] and bold[cp] and cp < 0x1F000 and not _private(cp))
    visible = (ch for ch in drawn if unicodedata.category(ch) not in ("Cc", "Cf", "Cs") and not _modifier(ch))
    return frozenset(visible) | frozenset(_KEEP_CONTROLS)


@lru_cache(maxsize=1)
def _emoji_characters() -> frozenset[str]:
    register_fonts()
    glyphs = pdfmetrics.getFont(EMOJI_FONT).face.charToGlyph
    return frozenset(chr(cp) for cp, glyph in glyphs.items() if glyph and not _private(cp))


def _private(cp: int) -> bool:
    return 0xE000 <= cp <= 0xF8FF or cp >= 0xF0000


def _modifier(ch: str) -> bool:
    """A code point that belongs to the emoji before it: joiner, variation selector, skin tone, tag, keycap."""
    cp = ord(ch)
    return (
        ch == _JOINER
        or 0xFE00 <= cp <= 0xFE0F
        or 0x1F3FB <= cp <= 0x1F3FF
        or 0xE0020 <= cp <= 0xE007F
        or ch == _KEYCAP
    )


def _wants_emoji(text: str, at: int) -> bool:
    """The emoji font draws ``text[at]`` even where DejaVu has it when it is asked for as emoji
    (followed by U+FE0F or a keycap)."""
    return text[at + 1 : at + 2] in (_VS16, _KEYCAP)


def runs(text: str) -> list[tuple[bool, str]]:
    """``text`` (NFC) as runs ``(in_emoji_font, piece)`` the two fonts can draw.

    Line breaks and tabs are kept for the caller; other control and format characters are dropped
    unless they belong to an emoji. A character no font has becomes :data:`PLACEHOLDER`, one for
    a whole joined sequence of such.
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    sans = sans_characters()
    if sans.issuperset(text):
        return [(False, text)] if text else []
    emoji = _emoji_characters()
    out: list[tuple[bool, str]] = []
    last = ""  # what the last kept character was: "sans", "emoji", "missing" or "" (nothing yet)
    joined = False  # a joiner followed a missing character

    def put(in_emoji: bool, piece: str) -> None:
        if out and out[-1][0] == in_emoji:
            out[-1] = (in_emoji, out[-1][1] + piece)
        else:
            out.append((in_emoji, piece))

    done = 0
    for span in _other_spans().finditer(text):  # DejaVu's stretches in between go in whole
        if span.start() > done:
            put(False, text[done : span.start()])
            last, joined = "sans", False
        done = span.end()
        for at in range(span.start(), span.end()):
            ch = text[at]
            if _modifier(ch) and last == "emoji" and ch in emoji:
                put(True, ch)  # invisible in the emoji font, or a tone its cluster hides
            elif ch == _JOINER:
                joined = last == "missing"
            elif _modifier(ch) or (unicodedata.category(ch) in ("Cc", "Cf", "Cs") and not _private(ord(ch))):
                continue  # a stray modifier, a control or an invisible format character
            elif ch in emoji and (ch not in sans or _wants_emoji(text, at)):
                put(True, ch)
                last, joined = "emoji", False
            elif ch in sans:
                put(False, ch)
                last, joined = "sans", False
            elif joined and last == "missing":
                joined = False  # the next part of a joined sequence no font has: one placeholder for all
            else:
                put(False, PLACEHOLDER)
                last, joined = "missing", False
    if done < len(text):
        put(False, text[done:])
    return [(in_emoji, _clustered(piece) if in_emoji else piece) for in_emoji, piece in out]


@lru_cache(maxsize=1)
def _other_spans() -> re.Pattern[str]:
    """Stretches of characters :func:`runs` must look at one by one: those not in
    :func:`sans_characters`, and a character asked for as emoji (before U+FE0F or a keycap)."""
    codes = sorted(map(ord, sans_characters()))
    ranges: list[tuple[int, int]] = []
    for cp in codes:
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1] = (ranges[-1][0], cp)
        else:
            ranges.append((cp, cp))
    known = "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges)
    return re.compile(f"(?:[^{known}]|.(?=[{_VS16}{_KEYCAP}]))+")


def markup(text: str) -> str:
    """``text`` for a reportlab Paragraph: escaped, emoji in the emoji font, placeholders for the rest."""
    return "".join(
        f'<font name="{EMOJI_FONT}">{escape(piece)}</font>' if in_emoji else escape(piece) for in_emoji, piece in runs(text)
    )


def text_width(text: str, font: str, size: float) -> float:
    """How wide ``text`` is in ``font`` at ``size``, its emoji measured in the emoji font."""
    if sans_characters().issuperset(text):
        return pdfmetrics.stringWidth(text, font, size)
    return sum(pdfmetrics.stringWidth(piece, EMOJI_FONT if in_emoji else font, size) for in_emoji, piece in runs(text))


class _TextObject(Protocol):
    def setFont(self, psfontname: str, size: float, leading: float | None = None) -> None: ...
    def textOut(self, text: str) -> None: ...
    def textLine(self, text: str = "") -> None: ...


class _Canvas(Protocol):
    def setFont(self, psfontname: str, size: float, leading: float | None = None) -> None: ...
    def beginText(self, x: float = 0, y: float = 0, direction: str | None = None) -> _TextObject: ...
    def drawText(self, aTextObject: _TextObject) -> None: ...
    def drawString(self, x: float, y: float, text: str) -> None: ...


def draw_text(
    canv: _Canvas, x: float, y: float, text: str, font: str, size: float, *, anchor: Literal["left", "centre", "right"] = "left"
) -> float:
    """Draw user text on a canvas at baseline ``y``, ``x`` being its left edge, centre or right edge.

    DejaVu runs in ``font``, emoji in the emoji font, missing characters as :data:`PLACEHOLDER`.
    Returns the width drawn; the canvas is left set to ``font`` at ``size``.
    """
    pieces = runs(text.replace("\n", " ").replace("\t", " "))
    widths = [pdfmetrics.stringWidth(piece, EMOJI_FONT if in_emoji else font, size) for in_emoji, piece in pieces]
    total = sum(widths)
    left = x - (total / 2 if anchor == "centre" else total if anchor == "right" else 0.0)
    if not any(in_emoji for in_emoji, _ in pieces):  # plain text: as drawString always drew it
        canv.setFont(font, size)
        canv.drawString(left, y, "".join(piece for _, piece in pieces))
        return total
    line = canv.beginText(left, y)
    for in_emoji, piece in pieces:  # one text object, so a reader copies the line as one
        line.setFont(EMOJI_FONT if in_emoji else font, size)
        line.textOut(piece)
    line.textLine("")  # ends the line as drawString does, so text extraction sees a line break
    canv.drawText(line)
    canv.setFont(font, size)
    return total


def text_shapes(
    x: float, y: float, text: str, font: str, size: float, *, fill: Color, anchor: Literal["left", "centre", "right"] = "left"
) -> Group:
    """:func:`draw_text` for a reportlab graphics ``Drawing``: one ``String`` per font run."""
    pieces = runs(text.replace("\n", " ").replace("\t", " "))
    widths = [pdfmetrics.stringWidth(piece, EMOJI_FONT if in_emoji else font, size) for in_emoji, piece in pieces]
    total = sum(widths)
    at = x - (total / 2 if anchor == "centre" else total if anchor == "right" else 0.0)
    group = Group()
    for (in_emoji, piece), width in zip(pieces, widths):
        group.add(String(at, y, piece, fontName=EMOJI_FONT if in_emoji else font, fontSize=size, fillColor=fill))
        at += width
    return group


# --- emoji sequences drawn as one glyph ---------------------------------------------------------

_clusters: dict[str, str] = {}  # sequence -> its private code point, as a one-character string
_cluster_text: dict[int, str] = {}  # the reverse, for the ToUnicode map
_cluster_lock = threading.Lock()


def _clustered(piece: str) -> str:
    """An emoji run with each toned emoji (base, optional U+FE0F, skin tone) made one character that
    draws the base glyph: the monochrome font shows no tone, and a visible swatch after the emoji
    would look like a stray box. The ToUnicode map gives the whole sequence back."""
    if not any(0x1F3FB <= ord(ch) <= 0x1F3FF for ch in piece):
        return piece
    out: list[str] = []
    for ch in piece:
        if 0x1F3FB <= ord(ch) <= 0x1F3FF and out:
            start = len(out) - 1 - (out[-1] == _VS16 and len(out) > 1)
            base = out[start]
            if base != _JOINER and ord(base) < _CLUSTER_BASE:
                out[start:] = [_cluster("".join(out[start:]) + ch, base)]
                continue
        out.append(ch)
    return "".join(out)


def _cluster(sequence: str, base: str) -> str:
    with _cluster_lock:
        known = _clusters.get(sequence)
        if known is None:
            face = pdfmetrics.getFont(EMOJI_FONT).face
            code = _CLUSTER_BASE + len(_clusters)
            face.charToGlyph[code] = face.charToGlyph[ord(base)]
            face.charWidths[code] = face.charWidths[ord(base)]
            known = _clusters[sequence] = chr(code)
            _cluster_text[code] = sequence
        return known


# --- reportlab's ToUnicode map, mended ------------------------------------------------------------


def _utf16_hex(code: int) -> str:
    return _cluster_text.get(code, chr(code)).encode("utf-16-be", "surrogatepass").hex().upper()


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """The ToUnicode CMap of one 256-character subset of a TrueType font, as PDF readers need it.

    What goes wrong in reportlab 4 (``reportlab.pdfbase.ttfonts.makeToUnicodeCMap``): it writes each
    destination as ``"<%04X>" % code``, which is right only inside the BMP. U+1F600 becomes
    ``<1F600>``, five hex digits; a reader pads an odd hex string with a 0, reads the bytes
    1F 60 00 as UTF-16BE and extracts U+1F60 ("ὠ") instead of 😀. A destination must be the
    character in UTF-16BE: above U+FFFF a surrogate pair (``<D83DDE00>``), and for a cluster
    glyph (see :func:`_clustered`) the whole sequence. This version writes that, and keeps to the
    PDF limit of 100 entries per ``beginbfchar`` block, which reportlab also overruns.
    """
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
    ]
    entries = [f"<{index:02X}> <{_utf16_hex(code)}>" for index, code in enumerate(subset)]
    for start in range(0, len(entries), 100):
        block = entries[start : start + 100]
        lines += [f"{len(block)} beginbfchar", *block, "endbfchar"]
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


ttfonts.makeToUnicodeCMap = _to_unicode_cmap
