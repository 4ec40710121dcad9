"""Saving referat summaries in the core (no server): ``delivered`` is versioned like the text.

A delivery or reopening decided on a stale version is refused exactly like a stale text change,
but with nothing to keep as a conflict: the same text is already stored.
"""
from __future__ import annotations

import itertools
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


def resolve(db: ConferenceDb, link: Link, text: str, base: int) -> SaveResult:
    """The laptop settles the conflict waiting first."""
    first = state(db, link).conflict
    assert first is not None
    return resolve_conflict(
        db, block_id=link.block_id, group_id=link.group_id, conflict_id=first.id, text=text, base_version=base
    )


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
    assert not before.conflicts and before.status == "writing"


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
    assert not after.conflicts and after.status == "delivered"


def test_a_stale_delivery_with_a_different_text_keeps_the_text_as_the_conflict(
    demo: ConferenceDb, link: Link
) -> None:
    delivered_then_reopened_on_the_laptop(demo, link)
    result = save(demo, link, TEXT + " Og en fjerde.", 1, delivered=True)
    assert result == SaveResult(False, 3, TEXT, False)
    after = state(demo, link)
    assert (after.text, after.delivered, after.version) == (TEXT, False, 3)
    assert [(c.text, c.source, c.base_version) for c in after.conflicts] == [(TEXT + " Og en fjerde.", PHONE, 1)]


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
    assert after.delivered_at is not None and not after.conflicts

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

    result = resolve(demo, link, "Begge", 2)

    assert result == SaveResult(True, 3, "Begge", True)  # the delivery stands
    after = state(demo, link)
    assert (after.text, after.conflicts, after.updated_from, after.status) == ("Begge", (), LAPTOP, "delivered")


def test_resolving_by_keeping_the_stored_text_from_a_stale_version_clears_the_conflict(
    demo: ConferenceDb, link: Link
) -> None:
    save(demo, link, TEXT, 0)
    assert not save(demo, link, "Telefonens tekst", 0).ok
    # The laptop chose the stored text while a phone saved that very text again (a lost answer).
    result = resolve(demo, link, TEXT, 0)
    assert result == SaveResult(True, 1, TEXT, False)
    assert state(demo, link).conflicts == ()


def test_a_resolve_over_a_newer_version_waits_again_as_the_conflict(demo: ConferenceDb, link: Link) -> None:
    save(demo, link, TEXT, 0)
    assert not save(demo, link, "Telefonens tekst", 0).ok
    save(demo, link, "Enda nyere", 1)  # v2: someone saved while the laptop was choosing
    result = resolve(demo, link, "Valgt", 1)
    assert result == SaveResult(False, 2, "Enda nyere", False)
    after = state(demo, link)
    # The choice takes the place of the refused text it settled.
    assert [(c.text, c.source) for c in after.conflicts] == [("Valgt", LAPTOP)]


# -- every refused text is kept until a person resolves that one ---------------------------------
WRITERS = {
    "phone A": dict(source=PHONE, device="a1"),
    "laptop": dict(source=LAPTOP, device=""),
    "phone B": dict(source=PHONE, device="b2"),
}


def refused_in_turn(db: ConferenceDb, link: Link) -> dict[str, str]:
    """Version 1 is stored; then each writer, still at version 0, is refused in turn."""
    assert save(db, link, TEXT, 0).ok
    texts = {}
    for name, who in WRITERS.items():
        texts[name] = f"Teksten fra {name} 🎻 <&>"
        assert not save(db, link, texts[name], 0, who["source"], device=who["device"]).ok
    return texts


def settle(db: ConferenceDb, link: Link, name: str, texts: dict[str, str]) -> None:
    """``name`` settles its refused text: a phone by choosing on its page, the laptop by id."""
    current = state(db, link)
    who = WRITERS[name]
    if who["source"] == PHONE:
        assert save(db, link, current.text + "\n" + texts[name], current.version, PHONE, device=who["device"], resolved=True).ok
    else:
        mine = next(c for c in current.conflicts if c.text == texts[name])
        assert resolve_conflict(
            db, block_id=link.block_id, group_id=link.group_id, conflict_id=mine.id, text=current.text, base_version=current.version
        ).ok


@pytest.mark.parametrize("order", list(itertools.permutations(WRITERS)), ids="-".join)
def test_three_writers_refused_in_turn_keep_every_text_until_each_is_resolved(
    tmp_path: Path, order: tuple[str, ...]
) -> None:
    path = tmp_path / "tre.kvadrant"
    db = create_demo(path)
    make_plan(db, kvadrant=1, seed=1)
    link = ensure_links(db)[0]
    texts = refused_in_turn(db, link)
    first = state(db, link)
    assert [(c.text, c.source, c.device, c.base_version) for c in first.conflicts] == [
        (texts[n], w["source"], w["device"], 0) for n, w in WRITERS.items()
    ]
    assert first.status == "conflict" and first.text == TEXT
    for done, name in enumerate(order, 1):
        settle(db, link, name, texts)
        db.close()  # what is in the file, not in memory
        db = ConferenceDb.open(path)
        waiting = [c.text for c in state(db, link).conflicts]
        assert waiting == [texts[n] for n in WRITERS if n not in order[:done]]
    final = state(db, link)
    assert final.status == "writing" and all(texts[n] in final.text for n in WRITERS if WRITERS[n]["source"] == PHONE)
    db.close()


def test_the_same_text_refused_twice_from_one_device_is_kept_once(demo: ConferenceDb, link: Link) -> None:
    save(demo, link, TEXT, 0)
    for _ in range(3):  # a phone whose answers were lost sends it again
        assert not save(demo, link, "Min", 0, device="a1").ok
    assert not save(demo, link, "Min", 0, device="b2").ok  # another phone with the same text
    assert [(c.text, c.device) for c in state(demo, link).conflicts] == [("Min", "a1"), ("Min", "b2")]


def test_a_phone_choosing_settles_its_own_refused_text_only(demo: ConferenceDb, link: Link) -> None:
    save(demo, link, TEXT, 0)
    assert not save(demo, link, "A", 0, device="a1").ok
    assert not save(demo, link, "PC", 0, LAPTOP).ok
    assert save(demo, link, TEXT, 1, device="a1", resolved=True) == SaveResult(True, 1, TEXT, False)
    assert [(c.text, c.source) for c in state(demo, link).conflicts] == [("PC", LAPTOP)]


def test_resolving_a_conflict_of_another_summary_settles_nothing(demo: ConferenceDb) -> None:
    one, other = ensure_links(demo)[:2]
    save(demo, one, TEXT, 0)
    assert not save(demo, one, "Min", 0).ok
    save(demo, other, TEXT, 0)
    theirs = state(demo, one).conflicts[0].id
    result = resolve_conflict(
        demo, block_id=other.block_id, group_id=other.group_id, conflict_id=theirs, text=TEXT, base_version=1
    )
    assert result.ok and [c.text for c in state(demo, one).conflicts] == ["Min"]
