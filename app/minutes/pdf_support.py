"""Text in Kvadrant's PDFs: characters the fonts can draw, text that fits, safe saving.

Every PDF Kvadrant writes uses the bundled DejaVu Sans (regular and bold), embedded, so æøå and the
Sámi letters (č, đ, ŋ, š, ŧ, ž) print everywhere, with the bundled Noto Emoji for emoji
(:mod:`app.minutes.pdf_fonts`). :func:`markup` is user text made safe for a reportlab ``Paragraph``
(``<``, ``&`` and ``>`` escaped, emoji in their font, addresses as links); :func:`text_flowables` is a
whole typed text (a summary, a task) as Paragraphs that keep its paragraphs and line breaks, for the
minutes and the kommune sheets alike. :func:`drawable` is plain text for places no font draws
(document metadata).
"""
from __future__ import annotations

import errno
import os
import re
import secrets
import unicodedata
from collections.abc import Callable
from typing import Protocol
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from app.common.messages import KvadrantError
from app.common.text import clean
from app.minutes.gathered import Progress
from app.minutes.pdf_fonts import FONT as FONT, FONT_BOLD as FONT_BOLD, PLACEHOLDER as PLACEHOLDER
from app.minutes.pdf_fonts import register_fonts as register_fonts, sans_characters, text_width as text_width
from app.minutes.pdf_links import URI_WASTE_REDUCE, linked_markup

ELLIPSIS = "\u2026"

_JOINER = 0x200D
_KEEP_CONTROLS = "\n\t"


def _clings(cp: int) -> bool:
    """A code point that belongs to the character before it in an emoji sequence."""
    return (
        0xFE00 <= cp <= 0xFE0F  # variation selectors
        or 0x1F3FB <= cp <= 0x1F3FF  # skin tones
        or 0xE0020 <= cp <= 0xE007F  # tag characters (subdivision flags)
        or cp == 0x20E3  # combining enclosing keycap
    )


def drawable(text: str) -> str:
    """``text`` as DejaVu Sans alone can draw it, in NFC: plain text for a document's metadata.

    A character the font lacks becomes :data:`PLACEHOLDER`; one emoji counts once, however many
    code points it is made of (a skin tone, a joined family, a flag). Invisible format characters
    (joiners, variation selectors) are dropped, other control characters too; line breaks and tabs
    are kept for the caller to handle. Text a font draws goes through :func:`markup` or
    :func:`app.minutes.pdf_fonts.draw_text` instead, which draw emoji.
    """
    known = sans_characters()
    out: list[str] = []
    last_missing = False  # the previous output was a placeholder for a missing character
    joined = False  # ... and a zero-width joiner followed it
    regional = 0  # regional indicators seen in a row (two make one flag)
    for ch in unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")):
        cp = ord(ch)
        if ch in _KEEP_CONTROLS:
            out.append(ch)
            last_missing = joined = False
            regional = 0
            continue
        if cp == _JOINER:
            joined = last_missing
            continue
        if _clings(cp):
            continue  # a modifier: part of the character before (drawn or placeholder)
        if unicodedata.category(ch) in ("Cc", "Cf", "Cs"):
            continue  # control and invisible format characters, stray surrogates
        if 0x1F1E6 <= cp <= 0x1F1FF:  # regional indicator: a pair is one flag
            regional += 1
            if regional % 2 == 0 and last_missing:
                continue
        else:
            regional = 0
        if ch in known:
            out.append(ch)
            last_missing = joined = False
            continue
        if joined and last_missing:
            joined = False
            continue  # the next part of a joined emoji: one placeholder for the whole
        out.append(PLACEHOLDER)
        last_missing = True
        joined = False
    return "".join(out)


def markup(text: str) -> str:
    """``text`` ready for a reportlab Paragraph: ``<``, ``&`` and ``>`` escaped, emoji in their
    font, a character no font has as :data:`PLACEHOLDER`, web and e-mail addresses as links."""
    return linked_markup(text)


def fit_size(text: str, font: str, size: float, max_width: float, *, min_size: float = 0.0) -> float:
    """The largest font size up to ``size`` at which ``text`` is at most ``max_width`` wide.

    Never below ``min_size``; a caller that must not overflow uses :func:`fit_text`, which also
    shortens the text when even ``min_size`` is too big.
    """
    width = text_width(text, font, size)
    if width <= max_width or width <= 0:
        return size
    # Width grows linearly with size; round down a hair so float error never overflows.
    return max(min_size, size * max_width / width * 0.999)


def fit_text(text: str, font: str, size: float, max_width: float, *, min_size: float) -> tuple[str, float]:
    """``text`` and a size at which it fits ``max_width``: shrunk down to ``min_size``, then cut
    short with an ellipsis (only then) so it never runs over."""
    fitted = fit_size(text, font, size, max_width, min_size=min_size)
    if text_width(text, font, fitted) <= max_width:
        return text, fitted
    cut = text
    while cut and text_width(cut.rstrip() + ELLIPSIS, font, fitted) > max_width:
        cut = cut[:-1]
    return (cut.rstrip() + ELLIPSIS if cut else ""), fitted


def wrap_to_fit(
    text: str, font: str, size: float, max_width: float, *, min_size: float, max_lines: int
) -> tuple[list[str], float]:
    """``text`` in at most ``max_lines`` lines of at most ``max_width``, in as few lines as it can
    be between ``size`` and ``min_size``: one line shrunk, else broken at spaces and hyphens. Past
    ``max_lines`` at ``min_size`` it shrinks further, and only as a last resort is the last line
    cut short with an ellipsis."""
    sizes = [size]
    while sizes[-1] - 0.5 > min_size:
        sizes.append(sizes[-1] - 0.5)
    if min_size < size:
        sizes.append(min_size)
    for lines_wanted in range(1, max(1, max_lines) + 1):
        for current in sizes:
            lines = _split(text, font, current, max_width)
            if len(lines) <= lines_wanted and all(text_width(s, font, current) <= max_width for s in lines):
                return lines, current
    current = min_size
    while current > min_size * 0.6:
        current = max(min_size * 0.6, current * 0.95)
        lines = _split(text, font, current, max_width)
        if len(lines) <= max_lines and all(text_width(s, font, current) <= max_width for s in lines):
            return lines, current
    lines = _split(text, font, current, max_width)
    kept = [fit_text(s, font, current, max_width, min_size=current)[0] for s in lines[: max_lines - 1]]
    last, _ = fit_text(" ".join(lines[max_lines - 1 :]), font, current, max_width, min_size=current)
    return [*kept, last], current


def _split(text: str, font: str, size: float, max_width: float) -> list[str]:
    """Greedy lines, broken at spaces and after the hyphens inside words (a piece wider than
    ``max_width`` gets a line of its own; the caller shrinks it)."""
    pieces: list[tuple[str, str]] = []  # (what joins it to the piece before, the piece)
    for word in text.split():
        parts = word.split("-")
        for k, part in enumerate(parts):
            piece = part + ("-" if k < len(parts) - 1 else "")
            if piece:
                pieces.append((" " if k == 0 else "", piece))
    lines: list[str] = []
    current = ""
    for joiner, piece in pieces:
        candidate = current + joiner + piece if current else piece
        if not current or text_width(candidate, font, size) <= max_width:
            current = candidate
        else:
            lines.append(current)
            current = piece
    lines.append(current)
    return lines


#: A paragraph longer than this many words is cut, at line ends, into pieces that each fit on a
#: page: reportlab re-wraps the rest of a paragraph on every page it splits, which is slow (and
#: quadratic) for a 20 000-word summary typed without a blank line.
_LONG_PARAGRAPH_WORDS = 600
_LINES_PER_PIECE = 40


def _one_line(text: str) -> str:
    """A name or a title: one line, escaped for a Paragraph."""
    return markup(clean(text))


def _paragraphs(text: str) -> list[list[str]]:
    """``text`` as paragraphs (split on blank lines), each a list of its lines, as typed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    out = []
    for chunk in re.split(r"\n[ \t\u00a0]*\n", text.strip("\n")):
        lines = [line.rstrip() for line in chunk.split("\n")]
        while lines and not lines[0].strip():
            lines.pop(0)
        while lines and not lines[-1].strip():
            lines.pop()
        if lines:
            out.append(lines)
    return out


def text_flowables(text: str, style: ParagraphStyle, width: float, *, first_style: ParagraphStyle | None = None) -> list[Flowable]:
    """A user's text as Paragraphs that keep its paragraphs and line breaks and flow across pages.

    Blank lines separate paragraphs (``style``'s space before each, ``first_style`` for the first);
    a single line break stays a line break. A very long paragraph is cut, at line ends, into
    pieces that look the same but split across pages quickly.
    """
    out: list[Flowable] = []
    if "://" in text:  # let a long web address break at "/" (reportlab's URI splitting)
        style = ParagraphStyle(style.name + "-uri", parent=style, uriWasteReduce=URI_WASTE_REDUCE)
        if first_style is not None:
            first_style = ParagraphStyle(first_style.name + "-uri", parent=first_style, uriWasteReduce=URI_WASTE_REDUCE)
    tight = ParagraphStyle(style.name + "-line", parent=style, spaceBefore=0, spaceAfter=0)
    for index, lines in enumerate(_paragraphs(text)):
        st = first_style if (index == 0 and first_style is not None) else style
        escaped = [_escape_line(line) for line in lines]
        if sum(line.count(" ") + 1 for line in escaped) <= _LONG_PARAGRAPH_WORDS:
            out.append(Paragraph("<br/>".join(e if e.strip() else "\u00a0" for e in escaped), st))
            continue
        for k, line in enumerate(escaped):
            out.extend(_long_line(line, st if k == 0 else tight, tight, width))
    return out


#: A word of Paragraph markup: what lies between spaces, a space inside a tag not counting (the
#: text itself has ``<`` and ``>`` escaped, so every ``<`` opens a tag).
_WORD = re.compile(r"(?:<[^>]*>|[^ <])+")


def _escape_line(line: str) -> str:
    """One typed line as :func:`markup`; leading spaces (an indented line) kept as no-break spaces."""
    stripped = line.lstrip(" ")
    indent = len(line) - len(stripped)
    return "\u00a0" * indent + markup(stripped) if indent else markup(stripped)


def _long_line(escaped: str, style: ParagraphStyle, rest_style: ParagraphStyle, width: float) -> list[Flowable]:
    """One line of text as Paragraphs: one if short, else pieces of whole lines."""
    if not escaped.strip():
        return [Paragraph("\u00a0", style)]
    # Words: split at spaces outside tags (no-break spaces stay inside a word).
    tokens = _WORD.findall(escaped)
    if len(tokens) <= _LONG_PARAGRAPH_WORDS:
        return [Paragraph(escaped, style)]
    whole = Paragraph(escaped, style)
    whole.wrap(width, 1e9)
    bl = getattr(whole, "blPara", None)
    counts: list[int] = []
    if bl is not None:
        counts = [len(line[1]) if bl.kind == 0 else getattr(line, "wordCount", 0) for line in bl.lines]
    pieces: list[Flowable] = []
    at = 0
    if counts and sum(counts) == len(tokens) and all(counts):
        for start in range(0, len(counts), _LINES_PER_PIECE):
            n = sum(counts[start : start + _LINES_PER_PIECE])
            text = " ".join(tokens[at : at + n])
            pieces.append(Paragraph(text, style if start == 0 else rest_style))
            at += n
        return pieces
    # A word longer than a line was split across lines: cut at words (a line may end short there).
    step = _LONG_PARAGRAPH_WORDS // 2
    for start in range(0, len(tokens), step):
        text = " ".join(tokens[start : start + step])
        pieces.append(Paragraph(text, style if start == 0 else rest_style))
    return pieces


def write_atomically(path: str | os.PathLike[str], build: Callable[[str], None]) -> Path:
    """Let ``build`` write a file at a temporary name beside ``path``, then put it in place.

    ``path`` is never left half written; any file-system failure becomes a
    :class:`KvadrantError` ``file_io_error``.
    """
    target = Path(path).expanduser().absolute()
    temp: str | None = None
    try:
        if target.is_dir():
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
        # Created like any new file (the umask decides its permissions), under a name of its own.
        candidate = str(target.with_name(f".{target.name}.{secrets.token_hex(4)}.partial"))
        os.close(os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        temp = candidate
        build(temp)
        os.replace(temp, target)
        temp = None
    except OSError as error:
        raise KvadrantError("file_io_error", path=str(target), detail=error.strerror or str(error)) from None
    finally:
        if temp is not None:
            try:
                os.unlink(temp)
            except OSError:
                pass
    return target


class Saveable(Protocol):
    def save(self, path: str) -> None: ...


def save_document(
    path: str | os.PathLike[str],
    make: Callable[[Progress], Saveable],
    *,
    progress: Callable[[float], None] | None,
    made_at: float,
) -> Path:
    """Make a Word or Excel document (reporting progress up to ``made_at``), save it atomically
    at ``path`` and report it done; see :func:`write_atomically`."""
    report = Progress(progress)
    report(0.0)

    def build(temp: str) -> None:
        document = make(report)
        report(made_at)
        document.save(temp)

    target = write_atomically(path, build)
    report(1.0)
    return target
