"""Role spellings people type, mapped to the four roles of the conference."""
from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.common.roles import ROLES, NormalizedRole, normalize_role

SPELLINGS = {
    "kulturskoleeier": [
        "kulturskoleeier", "Kulturskoleeier", "KULTURSKOLEEIER", "Kulturskole-eier", "Skoleeier", "eier",
        "Eier", "Kommunalsjef (eier)", "Politiker", "Ordfører", "ordforer", "Rådmann", "Raadmann",
        "Kommunedirektør", "Kultursjef", "Owner", "School owner", "Skuleeigar", "Leder hovedutvalg for kultur",
    ],
    "kulturskoleleder": [
        "kulturskoleleder", "Kulturskoleleder", "Rektor", "rektor", "Kulturskolerektor", "Leder", "Daglig leder",
        "School leader", "Principal", "Head teacher", "Kulturskuleleiar", "Avdelingsleder",
    ],
    "ressurslærer": [
        "ressurslærer", "Ressurslærer", "ressurslaerer", "RESSURSLÆRER", "Ressurs-lærer", "Lærer (ressurslærer)",
        "Kulturskolelærer", "Lærer", "Teacher", "Resource teacher", "Lærar",
    ],
    "veileder": [
        "veileder", "Veileder", "VEILEDER", "Adviser", "Advisor", "Rettleiar", "Veileder (Norsk kulturskoleråd)",
    ],
}
CASES = [(typed, role) for role, spellings in SPELLINGS.items() for typed in spellings]


@pytest.mark.parametrize(("typed", "expected"), CASES)
def test_spelling_maps_to_role(typed: str, expected: str) -> None:
    assert normalize_role(typed) == NormalizedRole(expected, True)


@pytest.mark.parametrize("role", ROLES)
def test_canonical_roles_are_fixed_points(role: str) -> None:
    assert normalize_role(role) == NormalizedRole(role, True)


def test_parenthesised_part_wins() -> None:
    assert normalize_role("Kommunalsjef (eier)").role == "kulturskoleeier"
    assert normalize_role("Lærer (ressurslærer)").role == "ressurslærer"
    assert normalize_role("Rektor (kulturskoleeier)").role == "kulturskoleeier"


def test_unknown_parenthesis_falls_back_to_the_rest() -> None:
    assert normalize_role("Rektor (Hamar)").role == "kulturskoleleder"


def test_veileder_is_not_leder_and_kulturskoleeier_is_eier() -> None:
    assert normalize_role("veileder").role == "veileder"
    assert normalize_role("kulturskoleeier").role == "kulturskoleeier"


def test_unknown_role_is_kept_cleaned() -> None:
    assert normalize_role("  Konsulent \t innkjøp ") == NormalizedRole("Konsulent innkjøp", False)


@pytest.mark.parametrize("blank", ["", "   ", "\t\n"])
def test_empty_role_stays_empty_without_warning(blank: str) -> None:
    assert normalize_role(blank) == NormalizedRole("", True)


@given(st.text(max_size=40))
def test_idempotent(text: str) -> None:
    once = normalize_role(text)
    assert normalize_role(once.role).role == once.role


def test_fast_even_uncached() -> None:
    texts = [f"Stilling nr {i} (ukjent)" for i in range(5000)]
    start = time.perf_counter()
    for text in texts:
        normalize_role(text)
    assert time.perf_counter() - start < 1.0
