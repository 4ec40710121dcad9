"""Editing the programme: blocks added, changed, reordered and removed, with clear refusals."""
from __future__ import annotations

import datetime as dt

import pytest

from app.conference_file.conference import list_blocks
from app.common.messages import KvadrantError
from app.run.programme import add_block, block_values, get_block, move_block, remove_block, update_block
from app.conference_file.schema import BlockKind
from app.conference_file.storage import ConferenceDb


def titles(db: ConferenceDb) -> list[str]:
    return [b.title for b in list_blocks(db)]


def test_add_in_place_and_at_the_end(gardermoen_db: ConferenceDb) -> None:
    add_block(gardermoen_db, position=1, title="Kunstnerisk innslag", kind="annet", start=dt.time(9, 55), end=dt.time(10, 0))
    add_block(gardermoen_db, title="Middag", kind=BlockKind.ANNET)
    names = titles(gardermoen_db)
    assert names[1] == "Kunstnerisk innslag" and names[-1] == "Middag"
    assert [b.position for b in list_blocks(gardermoen_db)] == list(range(len(names)))


def test_edit_and_put_back(gardermoen_db: ConferenceDb) -> None:
    block = list_blocks(gardermoen_db)[2]
    before = block_values(block)
    update_block(gardermoen_db, block.id, title="1. kvadrant", slot_seconds=240, task_text="  <b>Oppgave</b> & 🎻  ")
    changed = get_block(gardermoen_db, block.id)
    assert (changed.title, changed.slot_seconds, changed.task_text) == ("1. kvadrant", 240, "<b>Oppgave</b> & 🎻")
    update_block(gardermoen_db, block.id, **before)
    assert block_values(get_block(gardermoen_db, block.id)) == before


def test_reorder_and_remove(gardermoen_db: ConferenceDb) -> None:
    first = list_blocks(gardermoen_db)[0]
    move_block(gardermoen_db, first.id, 3)
    assert titles(gardermoen_db)[3] == "Ankomst og kaffe"
    remove_block(gardermoen_db, first.id)
    assert "Ankomst og kaffe" not in titles(gardermoen_db)
    assert [b.position for b in list_blocks(gardermoen_db)] == list(range(10))


@pytest.mark.parametrize(
    ("values", "code"),
    [
        ({"title": "  "}, "block_title_required"),
        ({"kind": "workshop"}, "block_bad_kind"),
        ({"end": dt.time(10, 0)}, "block_end_before_start"),
        ({"start": None}, "block_time_half"),
        ({"slot_seconds": 5}, "block_bad_slot"),
    ],
)
def test_bad_edits_are_refused_and_change_nothing(gardermoen_db: ConferenceDb, values: dict, code: str) -> None:
    block = list_blocks(gardermoen_db)[2]
    with pytest.raises(KvadrantError) as caught:
        update_block(gardermoen_db, block.id, **values)
    assert caught.value.message.code == code
    assert get_block(gardermoen_db, block.id) == block


def test_missing_block(gardermoen_db: ConferenceDb) -> None:
    for call in (lambda: update_block(gardermoen_db, 999, title="x"), lambda: remove_block(gardermoen_db, 999), lambda: move_block(gardermoen_db, 999, 0)):
        with pytest.raises(KvadrantError):
            call()
