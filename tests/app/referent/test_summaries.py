"""Saving referat summaries in the core (no server): ``delivered`` is versioned like the text.

A delivery or reopening decided on a stale version is refused exactly like a stale text change,
but with nothing to keep as a conflict: the same text is already stored.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

import pytest

from app.conference_file.storage import ConferenceDb
from app.groups.plans import make_plan
from app.referent.links import Link, ensure_links
from app.referent.summaries import LAPTOP, PHONE, SaveResult, SummaryState, get_summary, resolve_conflict, save_summary
from app.roster.demo import create_demo

TEXT = "Vi ble enige om tre ting."


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[ConferenceDb]:
    db = create_demo(tmp_path / "summaries.kvadrant")
    make_plan(db, kvadrant=1, seed=1)
    yield db
    db.close()


@pytest.fixture
def link(demo: ConferenceDb) -> Link:
    return ensure_links(demo)[0]


def save(db: ConferenceDb, link: Link, text: str, base: int, source: str = PHONE, **kwargs: Any) -> SaveResult:
    return save_summary(
        db, block_id=link.block_id, group_id=link.group_id, text=text, base_version=base, source=source, **kwargs
    )


def state(db: ConferenceDb, link: Link) -> SummaryState:
    return get_summary(db, link.block_id, link.group_id)


def delivered_then_reopened_on_the_laptop(db: ConferenceDb, link: Link) -> None:
    """v1 the text, v2 delivered (from the phone), v3 reopened on the laptop."""
    assert save(db, link, TEXT, 0).version == 1
    assert save(db, link, TEXT, 1, delivered=True) == SaveResult(True, 2, TEXT, True)
    assert save(db, link, TEXT, 2, LAPTOP, delivered=False) == SaveResult(True, 3, TEXT, False)


def test_a_stale_delivery_is_refused_and_changes_nothing(demo: ConferenceDb, link: Link) -> None:
    delivered_then_reopened_on_the_laptop(demo, link)
    before = state(demo, link)

    # The phone never heard of the reopening: it delivers again from version 1.
    result = save(demo, link, TEXT, 1, delivered=True)

    assert result == SaveResult(False, 3, TEXT, False)  # the server answers 409 with this
    assert state(demo, link) == before  # not delivered, same version, no conflict kept
    assert before.conflict_text is None and before.status == "writing"


def test_a_stale_delivery_from_version_0_is_refused(demo: ConferenceDb, link: Link) -> None:
    delivered_then_reopened_on_the_laptop(demo, link)
    result = save(demo, link, TEXT, 0, delivered=True)
    assert (result.ok, result.version, result.delivered) == (False, 3, False)
    assert not state(demo, link).delivered


def test_a_stale_reopening_is_refused_and_changes_nothing(demo: ConferenceDb, link: Link) -> None:
    assert save(demo, link, TEXT, 0).version == 1
    # The laptop delivers at version 1; a phone that still has version 1 wants it reopened.
    assert save(demo, link, TEXT, 1, LAPTOP, delivered=True) == SaveResult(True, 2, TEXT, True)
    before = state(demo, link)

    result = save(demo, link, TEXT, 1, delivered=False)

    assert result == SaveResult(False, 2, TEXT, True)
    after = state(demo, link)
    assert after == before and after.delivered and after.delivered_at is not None
    assert after.conflict_text is None and after.status == "delivered"


def test_a_stale_delivery_with_a_different_text_keeps_the_text_as_the_conflict(
    demo: ConferenceDb, link: Link
) -> None:
    delivered_then_reopened_on_the_laptop(demo, link)
    result = save(demo, link, TEXT + " Og en fjerde.", 1, delivered=True)
    assert result == SaveResult(False, 3, TEXT, False)
    after = state(demo, link)
    assert (after.text, after.delivered, after.version) == (TEXT, False, 3)
    assert (after.conflict_text, after.conflict_from) == (TEXT + " Og en fjerde.", PHONE)


def test_a_stale_delivery_flip_leaves_a_waiting_conflict_as_it_is(demo: ConferenceDb, link: Link) -> None:
    save(demo, link, TEXT, 0)
    assert not save(demo, link, "En annen tekst", 0).ok  # a conflict waits
    before = state(demo, link)
    assert not save(demo, link, TEXT, 0, delivered=True).ok
    assert state(demo, link) == before


def test_a_delivery_from_the_current_version_works(demo: ConferenceDb, link: Link) -> None:
    delivered_then_reopened_on_the_laptop(demo, link)
    assert save(demo, link, TEXT, 3, delivered=True) == SaveResult(True, 4, TEXT, True)
    after = state(demo, link)
    assert (after.delivered, after.version, after.updated_from) == (True, 4, PHONE)
    assert after.delivered_at is not None and after.conflict_text is None

    assert save(demo, link, TEXT, 4, delivered=False) == SaveResult(True, 5, TEXT, False)
    assert state(demo, link).delivered_at is None


def test_a_delivery_with_new_text_from_the_current_version_works(demo: ConferenceDb, link: Link) -> None:
    save(demo, link, TEXT, 0)
    assert save(demo, link, TEXT + " Ferdig.", 1, delivered=True) == SaveResult(True, 2, TEXT + " Ferdig.", True)


def test_an_identical_retry_of_a_delivery_is_not_a_conflict(demo: ConferenceDb, link: Link) -> None:
    save(demo, link, TEXT, 0)
    assert save(demo, link, TEXT, 1, delivered=True).ok  # the answer never reached the phone ...
    before = state(demo, link)
    retry = save(demo, link, TEXT, 1, delivered=True)  # ... so it sends the same again
    assert retry == SaveResult(True, 2, TEXT, True)
    assert state(demo, link) == before


def test_an_identical_retry_of_a_reopening_is_not_a_conflict(demo: ConferenceDb, link: Link) -> None:
    delivered_then_reopened_on_the_laptop(demo, link)
    before = state(demo, link)
    assert save(demo, link, TEXT, 2, LAPTOP, delivered=False) == SaveResult(True, 3, TEXT, False)
    assert state(demo, link) == before


def test_an_identical_text_retry_without_delivered_is_not_a_conflict(demo: ConferenceDb, link: Link) -> None:
    delivered_then_reopened_on_the_laptop(demo, link)
    before = state(demo, link)
    assert save(demo, link, TEXT, 0) == SaveResult(True, 3, TEXT, False)
    assert state(demo, link) == before


def test_resolving_a_conflict_on_the_laptop_is_unaffected(demo: ConferenceDb, link: Link) -> None:
    save(demo, link, TEXT, 0)
    save(demo, link, TEXT, 1, delivered=True)  # v2, delivered
    assert not save(demo, link, "Telefonens tekst", 1).ok  # stale: kept as the conflict
    assert state(demo, link).status == "conflict"

    result = resolve_conflict(demo, block_id=link.block_id, group_id=link.group_id, text="Begge", base_version=2)

    assert result == SaveResult(True, 3, "Begge", True)  # the delivery stands
    after = state(demo, link)
    assert (after.text, after.conflict_text, after.updated_from, after.status) == ("Begge", None, LAPTOP, "delivered")


def test_resolving_by_keeping_the_stored_text_from_a_stale_version_clears_the_conflict(
    demo: ConferenceDb, link: Link
) -> None:
    save(demo, link, TEXT, 0)
    assert not save(demo, link, "Telefonens tekst", 0).ok
    # The laptop chose the stored text while a phone saved that very text again (a lost answer).
    result = resolve_conflict(demo, block_id=link.block_id, group_id=link.group_id, text=TEXT, base_version=0)
    assert result == SaveResult(True, 1, TEXT, False)
    assert state(demo, link).conflict_text is None


def test_a_resolve_over_a_newer_version_waits_again_as_the_conflict(demo: ConferenceDb, link: Link) -> None:
    save(demo, link, TEXT, 0)
    assert not save(demo, link, "Telefonens tekst", 0).ok
    save(demo, link, "Enda nyere", 1)  # v2: someone saved while the laptop was choosing
    result = resolve_conflict(demo, block_id=link.block_id, group_id=link.group_id, text="Valgt", base_version=1)
    assert result == SaveResult(False, 2, "Enda nyere", False)
    after = state(demo, link)
    assert (after.conflict_text, after.conflict_from) == ("Valgt", LAPTOP)
