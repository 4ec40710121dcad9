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


def search_fold(text: str) -> str:
    """For searching: case and accents ignored, but æ, ø and å kept as the letters they are."""
    decomposed = unicodedata.normalize("NFD", fold(text))
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch) or ch == "\u030a")  # å's ring
    return unicodedata.normalize("NFC", kept)


#: ä and ö sort as æ and ø; then æ, ø, å come after z.
_AS_NORWEGIAN = str.maketrans({"ä": "æ", "ö": "ø"})
_AFTER_Z = str.maketrans({"æ": "{", "ø": "|", "å": "}"})


def norwegian_key(text: str) -> str:
    """A sort key for Norwegian alphabetical order without a locale: accents ignored (é as e),
    æ, ø, å after z. The one sort key of the app: lists, the participants table, the minutes."""
    return search_fold(fold(text).translate(_AS_NORWEGIAN)).translate(_AFTER_Z)
