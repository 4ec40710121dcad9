"""Finding a name on the phone (æ, ø, å are letters of their own) and a person's card."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.arrival.people import find_people, person_card
from app.common.clock import FakeClock
from app.common.messages import KvadrantError
from app.conference_file.storage import ConferenceDb
from app.groups.plans import current_plan, make_plan
from app.roster.participants import add_participant
from app.run.day_runner import DayRunner


@pytest.fixture
def hall(blank_db: ConferenceDb) -> ConferenceDb:
    for name, municipality in [
        ("Åse Berg", "Ås"),
        ("Ase Lien", "Hamar"),
        ("Kari Hansen", "Gjøvik"),
        ("Kari Hansen", "Bodø"),
        ("Bjørg Hofsli", "Gjøvik"),
        ("Bjorn Dæhli", "Nes"),
        ("Anne-Kari Æsøy", "Ørland"),
        ("Per Åsen", "Os"),
        ("<b>Ole</b> & 🎻", "Hamar"),
    ]:
        add_participant(blank_db, name=name, municipality=municipality, role="kulturskoleleder", email="hemmelig@x.no")
    return blank_db


def names(db: ConferenceDb, query: str) -> list[str]:
    return [f"{h.name} ({h.municipality})" for h in find_people(db, query)]


def test_case_and_accents_are_ignored_but_ae_oe_aa_are_letters(hall: ConferenceDb) -> None:
    assert names(hall, "ÅSE") == ["Åse Berg (Ås)", "Per Åsen (Os)", "Ase Lien (Hamar)"]  # Ase only as a fallback
    assert names(hall, "ase") == ["Ase Lien (Hamar)", "Åse Berg (Ås)", "Per Åsen (Os)"]  # exact before fallback
    assert names(hall, "bjø") == ["Bjørg Hofsli (Gjøvik)", "Bjorn Dæhli (Nes)"]  # written without ø: last
    assert names(hall, "bjo") == ["Bjorn Dæhli (Nes)", "Bjørg Hofsli (Gjøvik)"]
    assert names(hall, "æsø") == ["Anne-Kari Æsøy (Ørland)"]


def test_two_kari_hansens_are_told_apart_and_word_starts_rank_before_inside(hall: ConferenceDb) -> None:
    assert names(hall, "kari") == ["Kari Hansen (Bodø)", "Kari Hansen (Gjøvik)", "Anne-Kari Æsøy (Ørland)"]
    assert names(hall, "han") == ["Kari Hansen (Bodø)", "Kari Hansen (Gjøvik)"]


def test_empty_odd_and_nasty_queries(hall: ConferenceDb) -> None:
    assert find_people(hall, "") == [] and find_people(hall, "   ") == []
    assert names(hall, "<b>") == ["<b>Ole</b> & 🎻 (Hamar)"]
    assert names(hall, "🎻") == ["<b>Ole</b> & 🎻 (Hamar)"]
    assert find_people(hall, "zzz") == []
    assert len(find_people(hall, "a", limit=3)) == 3


def test_a_card_shows_tables_and_the_programme_never_an_email(tmp_path: Path) -> None:
    from app.roster.demo import create_demo

    db = create_demo(tmp_path / "kort.kvadrant")
    make_plan(db, kvadrant=1, seed=1)
    plan = current_plan(db, 1)
    assert plan is not None
    person = plan.tables[6].members[0]
    clock = FakeClock(dt.datetime(2020, 1, 28, 10, 0))
    card = person_card(db, person.participant_id, clock)
    assert card["tables"] == [{"kvadrant": 1, "group": 7, "label": plan.tables[6].label}]
    assert (card["name"], card["municipality"], card["present"]) == (person.name, person.municipality, True)
    assert card["now"] is None and card["next"]["title"]
    assert "email" not in str(card) and "@" not in str(card)
    runner = DayRunner(db, clock)
    runner.start()
    card = person_card(db, person.participant_id, clock)
    assert card["now"]["title"] == runner.view().block.title and card["now"]["ends_at"].startswith("2020-01-28T")
    with pytest.raises(KvadrantError):
        person_card(db, 99_999, clock)
    db.close()


def test_a_persons_tables_read_alone_are_the_plans_seats(tmp_path: Path) -> None:
    from app.arrival.people import tables_of
    from app.groups.presence import plans_in_use
    from app.groups.plans import mark_used
    from app.roster.demo import create_demo

    db = create_demo(tmp_path / "seter.kvadrant")
    make_plan(db, kvadrant=1, seed=3)
    make_plan(db, kvadrant=4, seed=3)
    plans = {k: current_plan(db, k) for k in (1, 4)}
    for member in [m for t in plans[1].tables for m in t.members][:40]:  # type: ignore[union-attr]
        expected = [
            {"kvadrant": k, "group": table.number, "label": table.label}
            for k in (1, 4)
            if (table := plans[k].table_of(member.participant_id)) is not None  # type: ignore[union-attr]
        ]
        assert tables_of(db, member.participant_id) == expected
    assert plans_in_use(db) == ()
    mark_used(db, 4)
    assert plans_in_use(db) == (4,)
    db.close()
