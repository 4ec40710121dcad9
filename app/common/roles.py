"""The four roles of a dialogkonferanse, recognised from the many ways people type them.

Rosters are filled in by hand, in bokmål, nynorsk or English, so a role is matched on a
folded key (case, accents and æ/ø/å spellings ignored) by keywords tried in a fixed order:
veileder before leder (``veileder`` contains ``leder``) and owner words before leader words
(a "politisk leder" is on the owner side). A parenthesised part is tried first, because that
is where people put the role the conference knows: "Kommunalsjef (eier)".
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from app.common.text import clean

KULTURSKOLEEIER = "kulturskoleeier"
KULTURSKOLELEDER = "kulturskoleleder"
RESSURSLAERER = "ressurslærer"
VEILEDER = "veileder"

#: The canonical roles, in the order the conference presents them.
ROLES: tuple[str, ...] = (KULTURSKOLEEIER, KULTURSKOLELEDER, RESSURSLAERER, VEILEDER)

#: How the roles are written, by language: the one table for the screens and the minutes.
ROLE_NAMES: dict[str, dict[str, str]] = {
    "nb": {KULTURSKOLEEIER: "Kulturskoleeier", KULTURSKOLELEDER: "Kulturskoleleder", RESSURSLAERER: "Ressurslærer", VEILEDER: "Veileder"},
    "en": {KULTURSKOLEEIER: "School owner", KULTURSKOLELEDER: "School leader", RESSURSLAERER: "Resource teacher", VEILEDER: "Adviser"},
}


def role_name(role: str, lang: str) -> str:
    """A stored role as written in ``lang`` ("nb" or "en"); an unknown role as it was typed."""
    return ROLE_NAMES.get(lang, ROLE_NAMES["nb"]).get(role, role)


@dataclass(frozen=True)
class NormalizedRole:
    """A role as stored; ``known`` is False only when non-empty text matched no role."""

    role: str
    known: bool


def _key(text: str) -> str:
    """Letters only, casefolded, with æ/ae, ø/oe, å/aa and accents made one spelling."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("æ", "ae").replace("ø", "o").replace("ß", "ss")
    text = "".join(ch for ch in text if ch.isalpha())
    return text.replace("ae", "a").replace("oe", "o").replace("aa", "a")


# Keywords in folded form (see _key), tried in this order; the first role with a hit wins.
_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (VEILEDER, ("veileder", "veiledar", "rettleiar", "rettleder", "adviser", "advisor",
                "mentor", "supervisor", "coach")),
    (KULTURSKOLEEIER, ("eier", "eigar", "owner", "politi", "ordfor", "radman", "kommunedirektor",
                       "kommunaldirektor", "kultursjef", "kommunalsjef", "mayor", "councillor",
                       "councilor", "utvalg", "kommunestyre", "formannskap")),
    (KULTURSKOLELEDER, ("leder", "leiar", "rektor", "principal", "leader", "head", "manager",
                        "director", "inspektor")),
    (RESSURSLAERER, ("larer", "larar", "teacher", "ressurs", "pedagog", "instruktor",
                     "instructor", "educator")),
)

_PARENTHESISED = re.compile(r"[(\[]([^()\[\]]*)[)\]]")


def _match(text: str) -> str | None:
    key = _key(text)
    if not key:
        return None
    for role, words in _KEYWORDS:
        if any(word in key for word in words):
            return role
    return None


@lru_cache(maxsize=4096)
def normalize_role(text: str) -> NormalizedRole:
    """The canonical role for what someone typed; unknown text is kept, cleaned, as not known.

    Cached, since it runs for every roster row and rosters repeat a handful of spellings.
    Idempotent: a canonical role maps to itself.
    """
    cleaned = clean(text)
    if not cleaned:
        return NormalizedRole("", True)
    for inner in _PARENTHESISED.findall(cleaned):
        role = _match(inner)
        if role is not None:
            return NormalizedRole(role, True)
    role = _match(_PARENTHESISED.sub(" ", cleaned))
    if role is None:
        return NormalizedRole(cleaned, False)
    return NormalizedRole(role, True)
