"""Web addresses and e-mail addresses in user text, made clickable links in a PDF Paragraph.

A summary that names ``https://kulturskoleradet.no/veiledning`` or ``post@kommune.no`` should let
the reader click it. :func:`linked_markup` finds them (``http(s)://…``, ``www.…`` and e-mail
addresses; punctuation that ends a sentence stays outside) and wraps each in ``<a href>``,
the rest of the text set as :func:`app.minutes.pdf_fonts.markup` sets it. A long address breaks
at ``/`` through reportlab's own URI splitting (:data:`URI_WASTE_REDUCE` on the Paragraph style).
"""
from __future__ import annotations

import re
from xml.sax.saxutils import escape

from app.minutes.pdf_fonts import markup

LINK_COLOUR = "#1f4e8c"
#: For a Paragraph style: break a web address at "/" rather than leave this much of a line empty.
URI_WASTE_REDUCE = 0.3

_ADDRESS = re.compile(
    r"(?P<url>\b(?:https?://|www\.)[^\s<>\"]+)"
    r"|(?P<mail>(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,})",
    re.IGNORECASE,
)
_TRAILING = ".,;:!?'\"»”’)]}"


def _trimmed(url: str) -> str:
    """``url`` without the punctuation after it; a ``)`` stays if the address opened one."""
    while url and url[-1] in _TRAILING:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


def linked_markup(text: str) -> str:
    """``text`` for a Paragraph (see :func:`app.minutes.pdf_fonts.markup`) with its web and
    e-mail addresses as links; the text shown is the address as typed."""
    if "@" not in text and "://" not in text and "www." not in text.lower():
        return markup(text)
    out: list[str] = []
    at = 0
    for match in _ADDRESS.finditer(text):
        shown = _trimmed(match.group()) if match.group("url") else match.group()
        if not shown or shown.lower() in ("http://", "https://", "www."):
            continue
        if match.group("url"):
            href = shown if "://" in shown else f"https://{shown}"
        else:
            href = f"mailto:{shown}"
        out.append(markup(text[at : match.start()]))
        out.append(f'<a href="{escape(href)}" color="{LINK_COLOUR}">{markup(shown)}</a>')
        at = match.start() + len(shown)
    out.append(markup(text[at:]))
    return "".join(out)
