"""How much text one Excel row can show, and long text cut into pieces that each fit in one.

Excel's tallest row is 409 points: a wrapped cell that needs more is cut off on screen and in print,
however much text the cell holds. So a text that needs more goes into several rows of the same
column (:mod:`app.minutes.excel_sheet` writes them): one piece a paragraph, a paragraph still too
long at sentence ends (or its line breaks), a sentence still too long between words, and only a
word longer than a whole row is cut inside.

The wrapped height is an estimate that errs high. A column's width counts the digits of the
sheet's font (Calibri 11); each character is counted at least as wide as it is in Calibri (a space
half a digit, wide letters more, emoji two), and lines are filled word by word, as Excel and
LibreOffice wrap them.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import cache

#: The tallest row Excel allows, in points, and the height of a line of 11 pt Calibri.
ROW_LIMIT = 409.0
LINE_HEIGHT = 15.0
#: The most characters Excel keeps in one cell (counted in UTF-16 code units, as Excel does).
CELL_LIMIT = 32_767

_NARROW = frozenset("iljtfrI.,;:'!|()[]{}\"-")
_WIDE = frozenset("mwMW@%æœÆŒ—")
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
#: Where a sentence (or a line) ends: the cut goes after the stop and its closing quote.
_SENTENCE_END = re.compile(r"[.!?…][\"'»”’)\]]*(?P<gap>\s+)|(?P<line>[ \t]*\n\s*)")
_SPACE = re.compile(r"\s+")

Fits = Callable[[str], bool]


def utf16_length(text: str) -> int:
    """The length Excel counts: characters outside the BMP (most emoji) count twice."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def row_lines(line_height: float = LINE_HEIGHT) -> int:
    """The most wrapped lines one row shows, a line spare for the cell's padding (26 for Calibri 11)."""
    return max(1, int(ROW_LIMIT // line_height) - 1)


@cache
def char_width(ch: str) -> float:
    """How many digit widths ``ch`` takes, rounded up from Calibri's."""
    if ch == " ":
        return 0.5
    if ch == "\t":
        return 4.0
    if _clings(ch):
        return 0.0
    if ord(ch) > 0xFFFF or unicodedata.east_asian_width(ch) in ("W", "F"):
        return 2.0
    if ch in _NARROW:
        return 0.6
    if ch in _WIDE:
        return 1.8
    return 1.3 if ch.isupper() else 1.05


def text_width(line: str) -> float:
    """How many digit widths one unwrapped line takes."""
    return sum(char_width(ch) for ch in line)


def wrapped_lines(text: str, width: float, limit: int | None = None) -> int:
    """How many lines ``text`` takes, wrapped in a column ``width`` digits wide (erring high).

    Counting stops soon after ``limit`` is passed, so asking whether a long text fits is cheap.
    """
    usable = max(1.0, width - 1.0)
    total = 0
    for line in text.split("\n"):
        total += _line_count(line, usable)
        if limit is not None and total > limit:
            break
    return total


def _line_count(line: str, usable: float) -> int:
    lines, x = 1, 0.0
    for word in line.split(" "):
        w = text_width(word)
        need = w if x == 0 else x + 0.5 + w
        if need <= usable:
            x = need
            continue
        if x > 0:
            lines += 1
        while w > usable:  # a word wider than the column breaks between letters
            lines += 1
            w -= usable
        x = w
    return lines


def split_to_rows(text: str, width: float, line_height: float = LINE_HEIGHT) -> list[str]:
    """``text`` as the pieces to write one a row in a column ``width`` digits wide.

    A text that fits one row is one piece, exactly as given. Otherwise every paragraph (blank lines
    between) is a piece of its own, a paragraph too tall for a row is cut at sentence ends, a
    sentence at spaces, a word only where it alone is taller than a row. The whitespace at a cut
    is dropped; every other character stays, in order.
    """
    capacity = row_lines(line_height)

    def fits(piece: str) -> bool:
        return wrapped_lines(piece, width, capacity) <= capacity and utf16_length(piece) <= CELL_LIMIT

    if fits(text):
        return [text]
    pieces: list[str] = []
    for paragraph in _PARAGRAPH.split(text):
        paragraph = paragraph.strip("\n")
        if paragraph.strip():
            pieces += _pack(paragraph, fits, 0, width, capacity)
    return pieces


def _pack(text: str, fits: Fits, level: int, width: float, capacity: int) -> list[str]:
    """``text`` in as few pieces as fit, each as long as it can be, cut where ``level`` allows."""
    if fits(text):
        return [text]
    if level == 2:
        return _hard_cut(text, width, capacity)
    bounds = list(_sentence_cuts(text) if level == 0 else _space_cuts(text)) + [(len(text), len(text))]
    pieces: list[str] = []
    start, i = 0, 0
    while i < len(bounds):
        best = _furthest(fits, text, start, bounds, i)
        finer = best < 0  # even the next unit alone is too tall: cut it finer
        best = i if finer else best
        piece = text[start : bounds[best][0]]
        pieces += _pack(piece, fits, level + 1, width, capacity) if finer else [piece]
        start, i = bounds[best][1], best + 1
    return [p for p in pieces if p.strip()]


def _furthest(fits: Fits, text: str, start: int, bounds: list[tuple[int, int]], lo: int) -> int:
    """The last cut from ``bounds[lo]`` on whose piece from ``start`` fits, or -1. A longer piece
    never fits where a shorter one fails; galloping from ``lo`` measures only pieces near a row's
    size, however long the text."""

    def fits_to(k: int) -> bool:
        return fits(text[start : bounds[k][0]])

    hi = len(bounds) - 1
    if not fits_to(lo):
        return -1
    step, good = 1, lo
    while good + step <= hi and fits_to(good + step):
        good, step = good + step, step * 2
    bad = min(hi + 1, good + step)
    while bad - good > 1:
        mid = (good + bad) // 2
        if fits_to(mid):
            good = mid
        else:
            bad = mid
    return good


def _sentence_cuts(text: str) -> Iterator[tuple[int, int]]:
    """(end of piece, start of the next) after each sentence and at each line break."""
    for m in _SENTENCE_END.finditer(text):
        yield (m.start("gap") if m.group("gap") else m.start()), m.end()


def _space_cuts(text: str) -> Iterator[tuple[int, int]]:
    for m in _SPACE.finditer(text):
        yield m.start(), m.end()


def _hard_cut(word: str, width: float, capacity: int) -> list[str]:
    """A word taller than a row, cut into rows between letters (never between a letter and its
    accent, nor inside an emoji sequence)."""
    usable = max(1.0, width - 1.0)
    pieces: list[str] = []
    current: list[str] = []
    lines, x, units = 1, 0.0, 0
    for cluster in _clusters(word):
        w, u = text_width(cluster), utf16_length(cluster)
        if x + w > usable:
            lines, x = lines + 1, 0.0
        if current and (lines > capacity or units + u > CELL_LIMIT):
            pieces.append("".join(current))
            current, lines, x, units = [], 1, 0.0, 0
        current.append(cluster)
        x, units = x + w, units + u
    pieces.append("".join(current))
    return pieces


def _clusters(text: str) -> Iterator[str]:
    """``text`` as what a reader sees as one character: a letter with its accents, an emoji with
    its modifiers and the emoji joined to it."""
    start = 0
    for k in range(1, len(text)):
        if not (_clings(text[k]) or text[k - 1] == "\u200d"):
            yield text[start:k]
            start = k
    if text:
        yield text[start:]


def _clings(ch: str) -> bool:
    """A character that belongs to the one before it (combining mark, joiner, emoji modifier)."""
    cp = ord(ch)
    return (
        unicodedata.category(ch) in ("Mn", "Me", "Mc")
        or cp in (0x200C, 0x200D)
        or 0xFE00 <= cp <= 0xFE0F
        or 0x1F3FB <= cp <= 0x1F3FF
    )
