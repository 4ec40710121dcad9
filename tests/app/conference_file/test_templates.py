"""New conferences and the Gardermoen 2020 programme as the seed has it."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.conference_file.conference import get_conference, list_blocks, set_conference
from app.common.messages import KvadrantError
from app.conference_file.schema import BlockKind
from app.conference_file.storage import ConferenceDb
from app.conference_file.templates import create_conference


def _hm(value: dt.time | None) -> str | None:
    return value.strftime("%H.%M") if value else None


def test_gardermoen_programme_is_the_seed(gardermoen_db: ConferenceDb) -> None:
    blocks = list_blocks(gardermoen_db)
    assert [(_hm(b.start), _hm(b.end), b.kind) for b in blocks] == [
        ("09.30", "10.00", BlockKind.ANNET),
        ("10.00", "10.30", BlockKind.PLENUM),
        ("10.30", "11.30", BlockKind.KVADRANT1),
        ("11.30", "12.30", BlockKind.LUNSJ),
        ("12.30", "14.00", BlockKind.KVADRANT2),
        ("14.00", "14.15", BlockKind.PAUSE),
        ("14.15", "14.50", BlockKind.KVADRANT3),
        ("14.50", "15.00", BlockKind.PAUSE),
        ("15.00", "15.45", BlockKind.PLENUM),
        ("15.45", "16.00", BlockKind.PLENUM),
        (None, None, BlockKind.KVADRANT4),
    ]
    assert blocks[0].title == "Ankomst og kaffe"
    assert blocks[9].title == "Oppsummering og avslutning"
    assert blocks[4].presenter == "Eirik Irgens"
    assert blocks[8].presenter == "Svein Erik Fjeld"


def test_first_kvadrant_has_the_task_rules_and_deadline(gardermoen_db: ConferenceDb) -> None:
    first = next(b for b in list_blocks(gardermoen_db) if b.kind is BlockKind.KVADRANT1)
    assert "Hvordan skal dere jobbe videre i kommunegruppa det neste skoleåret?" in first.task_text
    assert "Ordstyrer velges og leder møtet." in first.task_text
    assert "Referent velges og lager notat fra diskusjonen." in first.task_text
    assert "Ordet går rundt etter tur" in first.task_text
    assert first.summary_deadline == dt.time(11, 30)
    assert "aste.domaas@kulturskoleradet.no" in first.summary_deadline_note


def test_fourth_kvadrant_is_the_task_after_the_conference(gardermoen_db: ConferenceDb) -> None:
    fourth = list_blocks(gardermoen_db)[-1]
    assert fourth.start is None and fourth.end is None
    assert "Hva blir viktig for deg i din rolle i dette arbeidet?" in fourth.task_text
    assert "sendes veileder senest 14 dager" in fourth.summary_deadline_note


def test_conference_from_template_takes_given_title_date_venue(conference_path: Path) -> None:
    db = create_conference(
        conference_path, title="Dialogkonferanse 1", date=dt.date(2021, 5, 4), venue="Bodø", template="gardermoen-2020"
    )
    info = get_conference(db)
    assert (info.title, info.date, info.venue) == ("Dialogkonferanse 1", dt.date(2021, 5, 4), "Bodø")
    assert len(info.uid) == 32 and info.series_uid == info.uid and not info.source_uid  # a series of its own
    assert len(list_blocks(db)) == 11
    db.close()


def test_gardermoen_template_defaults(gardermoen_db: ConferenceDb) -> None:
    info = get_conference(gardermoen_db)
    assert info.title == "Dialogkonferanse 2"
    assert info.date == dt.date(2020, 1, 28)
    assert "Gardermoen" in info.venue


def test_blank_template_has_no_blocks(blank_db: ConferenceDb) -> None:
    assert list_blocks(blank_db) == []
    assert get_conference(blank_db).title == "Testkonferanse"


def test_unknown_template_writes_nothing(conference_path: Path) -> None:
    with pytest.raises(KvadrantError) as caught:
        create_conference(conference_path, template="oslo-1999")
    assert caught.value.message.code == "unknown_template"
    assert not conference_path.exists()


def test_set_conference_cleans_text(blank_db: ConferenceDb) -> None:
    set_conference(blank_db, title="  Dialog  <&> 🎻 ", date=None, venue="Gardermoen\n")
    assert get_conference(blank_db).title == "Dialog <&> 🎻"
    assert get_conference(blank_db).venue == "Gardermoen"
