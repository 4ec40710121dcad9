"""Undo by rows: a snapshot puts rows back exactly, with their ids, in one transaction."""
from __future__ import annotations

import pytest

from app.common.messages import KvadrantError
from app.conference_file.row_snapshots import Part, Snapshot, restore, take
from app.conference_file.schema import AdvisedMunicipality, Participant
from app.conference_file.storage import ConferenceDb
from app.roster.participants import add_participant, list_participants, remove_participants, update_participant


def parts(ids: list[int]) -> tuple[Part, ...]:
    return (
        Part(Participant, Participant.id.in_(ids)),
        Part(AdvisedMunicipality, AdvisedMunicipality.participant_id.in_(ids)),
    )


def test_a_removed_person_comes_back_with_their_id(blank_db: ConferenceDb) -> None:
    pid = add_participant(blank_db, name="Åse Veileder", municipality="Hamar", role="veileder", advises=["Gjøvik", "Løten"]).added[0]
    before = take(blank_db, *parts([pid]))
    remove_participants(blank_db, [pid])
    after = take(blank_db, *parts([pid]))
    restore(blank_db, before, expected=after)
    (row,) = list_participants(blank_db)
    assert (row.id, row.name, sorted(row.advises)) == (pid, "Åse Veileder", ["Gjøvik", "Løten"])
    restore(blank_db, after, expected=before)
    assert list_participants(blank_db) == []


def test_an_add_is_undone_by_the_empty_state(blank_db: ConferenceDb) -> None:
    pid = add_participant(blank_db, name="Kari Nordmann", municipality="Gjøvik").added[0]
    after = take(blank_db, *parts([pid]))
    before = Snapshot.empty(*parts([pid]))
    restore(blank_db, before, expected=after)
    assert list_participants(blank_db) == []
    restore(blank_db, after, expected=before)
    assert [r.id for r in list_participants(blank_db)] == [pid]


def test_an_edit_goes_back_and_forth(blank_db: ConferenceDb) -> None:
    pid = add_participant(blank_db, name="Kari Nordmann", municipality="Gjøvik", email="kari@x.no").added[0]
    before = take(blank_db, *parts([pid]))
    update_participant(blank_db, pid, email="kari@gjovik.kommune.no", role="rektor")
    after = take(blank_db, *parts([pid]))
    restore(blank_db, before, expected=after)
    assert list_participants(blank_db)[0].email == "kari@x.no"
    restore(blank_db, after, expected=before)
    assert list_participants(blank_db)[0].email == "kari@gjovik.kommune.no"


@pytest.mark.parametrize("name", ["Kari Nordmann", "Ola Hansen"])
def test_rows_changed_since_are_not_overwritten(blank_db: ConferenceDb, name: str) -> None:
    """Someone added since may hold the removed person's name, or the id SQLite gives again."""
    pid = add_participant(blank_db, name="Kari Nordmann", municipality="Gjøvik").added[0]
    before = take(blank_db, *parts([pid]))
    remove_participants(blank_db, [pid])
    after = take(blank_db, *parts([pid]))
    other = add_participant(blank_db, name=name, municipality="Gjøvik").added[0]
    with pytest.raises(KvadrantError) as raised:
        restore(blank_db, before, expected=after)
    assert raised.value.message.code == "undo_conflict"
    assert [(r.id, r.name) for r in list_participants(blank_db)] == [(other, name)]
