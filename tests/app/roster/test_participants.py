"""Editing participants: every change committed, identities kept unique."""
from __future__ import annotations

import pytest

from app.common.messages import KvadrantError
from app.roster.participants import (
    add_participant,
    list_participants,
    remove_participants,
    update_participant,
)
from app.conference_file.storage import ConferenceDb
from app.groups.presence import set_presence


def test_add_list_update_remove(blank_db: ConferenceDb) -> None:
    changed = add_participant(blank_db, name=" Kari  Nordmann ", municipality="Gjøvik", role="Rektor")
    (kari,) = list_participants(blank_db)
    assert changed.added == (kari.id,)
    assert (kari.name, kari.municipality, kari.role, kari.present) == ("Kari Nordmann", "Gjøvik", "kulturskoleleder", True)

    update_participant(blank_db, kari.id, email="kari@example.no", kommunegruppe="Innlandet")
    (kari,) = list_participants(blank_db)
    assert (kari.email, kari.kommunegruppe, kari.present) == ("kari@example.no", "Innlandet", True)
    with pytest.raises(TypeError):  # presence is set_presence's alone (it fits the plans)
        update_participant(blank_db, kari.id, present=False)

    assert remove_participants(blank_db, [kari.id]).removed == (kari.id,)
    assert list_participants(blank_db) == []


def test_municipality_takes_the_spelling_already_in_the_file(blank_db: ConferenceDb) -> None:
    add_participant(blank_db, name="Kari", municipality="Gjøvik")
    add_participant(blank_db, name="Ola", municipality="  GJØVIK ")
    assert {p.municipality for p in list_participants(blank_db)} == {"Gjøvik"}


def test_same_person_twice_is_refused(blank_db: ConferenceDb) -> None:
    add_participant(blank_db, name="Kari Nordmann", municipality="Gjøvik")
    with pytest.raises(KvadrantError) as caught:
        add_participant(blank_db, name="kari nordmann", municipality="gjøvik")
    assert caught.value.message.code == "participant_exists"
    assert len(list_participants(blank_db)) == 1


def test_renaming_into_someone_else_is_refused(blank_db: ConferenceDb) -> None:
    add_participant(blank_db, name="Kari", municipality="Gjøvik")
    add_participant(blank_db, name="Ola", municipality="Gjøvik")
    ola = list_participants(blank_db)[1]
    with pytest.raises(KvadrantError):
        update_participant(blank_db, ola.id, name="KARI")
    assert [p.name for p in list_participants(blank_db)] == ["Kari", "Ola"]


@pytest.mark.parametrize("field", ["name", "municipality"])
def test_name_and_municipality_are_required(blank_db: ConferenceDb, field: str) -> None:
    add_participant(blank_db, name="Kari", municipality="Gjøvik")
    (kari,) = list_participants(blank_db)
    with pytest.raises(KvadrantError):
        update_participant(blank_db, kari.id, **{field: "   "})
    assert list_participants(blank_db) == [kari]


def test_nasty_text_is_kept_exactly(blank_db: ConferenceDb) -> None:
    name = "<script>alert('&')</script> Øyvind 🎻"
    add_participant(blank_db, name=name, municipality="Ål & <Hol>")
    (person,) = list_participants(blank_db)
    assert (person.name, person.municipality) == (name, "Ål & <Hol>")


def test_check_in_and_out(blank_db: ConferenceDb) -> None:
    for name in ("A", "B", "C"):
        add_participant(blank_db, name=name, municipality="Hamar")
    ids = [p.id for p in list_participants(blank_db)]
    set_presence(blank_db, ids[:2], False)
    assert [p.present for p in list_participants(blank_db)] == [False, False, True]


def test_veileder_advises(blank_db: ConferenceDb) -> None:
    add_participant(
        blank_db, name="Hilde Holm", municipality="Norsk kulturskoleråd", role="veileder", advises=["Gjøvik", "gjøvik", "Hamar"]
    )
    (hilde,) = list_participants(blank_db)
    assert hilde.advises == ("Gjøvik", "Hamar")
    update_participant(blank_db, hilde.id, advises=["Voss"])
    assert list_participants(blank_db)[0].advises == ("Voss",)


def test_missing_participant(blank_db: ConferenceDb) -> None:
    with pytest.raises(KvadrantError) as caught:
        update_participant(blank_db, 999, name="X")
    assert caught.value.message.code == "participant_not_found"
