"""Small text rules shared by import, editing and matching across files."""
from __future__ import annotations

import unicodedata


def clean(value: object) -> str:
    """A cell or field as text: NFC, no control characters, single spaces, trimmed."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value))
    text = "".join(" " if unicodedata.category(ch)[0] == "C" else ch for ch in text)
    return " ".join(text.split())


def fold(value: str) -> str:
    """The form two spellings are compared in: cleaned and casefolded."""
    return clean(value).casefold()


def match_key(name: str, municipality: str) -> str:
    """A person's identity in a file and across files: name and municipality, case ignored."""
    return f"{fold(name)}|{fold(municipality)}"


_NORWEGIAN_ORDER = str.maketrans({"æ": "{", "ä": "{", "ø": "|", "ö": "|", "å": "}", "é": "e", "è": "e", "á": "a", "ü": "u"})


def norwegian_key(text: str) -> str:
    """A sort key for Norwegian alphabetical order without a locale: æ, ø, å after z."""
    return fold(text).translate(_NORWEGIAN_ORDER)
