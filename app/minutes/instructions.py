"""The lines of a task or a block text that were instructions before the day.

A programme is written before the conference: "Oppsummeringen ... sendes aste@… innen kl 11.30",
"Oppgaver er sendt alle deltakere". The task sheet keeps them; the minutes say what happened
instead, so these lines are left out of them.
"""
from __future__ import annotations

import re

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_SENDING = re.compile(
    r"\b(?:sendes|sendast|er sendt|ble sendt|blir sendt|send inn|sende inn|leveres til|mailes|e-postes"
    r"|is sent|are sent|was sent|were sent|send (?:it|them|the \w+) to|e-?mail (?:it|them) to)\b",
    re.IGNORECASE,
)


def is_instruction(line: str) -> bool:
    """A line that tells where to send something, or that something was sent out beforehand."""
    return bool(_EMAIL.search(line) or _SENDING.search(line))


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")


def as_run(text: str) -> str:
    """``text`` without its instruction sentences (a line left empty by that goes too, and so
    does a blank line left doubled)."""
    kept: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.strip():
            sentences = _SENTENCE_END.split(line)
            line = " ".join(s for s in sentences if not is_instruction(s))
            if not line.strip():
                continue
        if not line.strip() and (not kept or not kept[-1].strip()):
            continue
        kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    return "\n".join(kept)
