"""The organiser's settings for the minutes and the kommunegrupper's deadline as a real date."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.conference_file.settings import set_setting
from app.minutes.front_matter import days_before, front_matter, kommune_deadline, set_front_matter
from app.minutes.instructions import as_run, is_instruction
from app.roster.demo import create_demo


def test_settings_round_trip_and_a_damaged_date_reads_as_not_set(tmp_path: Path) -> None:
    db = create_demo(tmp_path / "d.kvadrant")
    try:
        assert front_matter(db).organiser == "" and front_matter(db).guidance_meeting is None
        set_front_matter(db, organiser="Norsk kulturskoleråd", opening="<&> 🎻", guidance_meeting=dt.date(2020, 3, 17))
        value = front_matter(db)
        assert (value.organiser, value.opening, value.guidance_meeting) == ("Norsk kulturskoleråd", "<&> 🎻", dt.date(2020, 3, 17))
        set_setting(db, "minutes.guidance_meeting", "17. mars")
        assert front_matter(db).guidance_meeting is None
        with pytest.raises(TypeError):
            set_front_matter(db, colour="red")
    finally:
        db.close()


@pytest.mark.parametrize(("note", "days"), [
    ("Notat fra møtet om 4. kvadrant sendes veileder senest 14 dager før 7. veiledningsmøte vår 2020", 14),
    ("Frist: Notat fra møtet sendes veileder innen 14 dager før 7.veiledningsmøte", 14),
    ("Send it 10 days before the meeting", 10),
    ("innen kl 11.30", None),
    ("", None),
])
def test_the_days_a_deadline_counts_back(note: str, days: int | None) -> None:
    assert days_before(note) == days


def test_an_entered_deadline_wins_over_a_counted_one() -> None:
    from app.minutes.front_matter import FrontMatter

    note = "senest 14 dager før 7. veiledningsmøte"
    assert kommune_deadline(FrontMatter(guidance_meeting=dt.date(2020, 3, 17)), note) == dt.date(2020, 3, 3)
    assert kommune_deadline(FrontMatter(guidance_meeting=dt.date(2020, 3, 17), kommune_deadline=dt.date(2020, 3, 1)), note) == dt.date(2020, 3, 1)
    assert kommune_deadline(FrontMatter(), note) is None
    assert kommune_deadline(FrontMatter(guidance_meeting=dt.date(2020, 3, 17)), "innen mars") is None


def test_instructions_from_before_the_day_are_left_out_of_the_minutes() -> None:
    text = ("Møter på individnivå på tvers av kommuner. Oppgaver er sendt alle deltakere.\n\n"
            "Oppsummeringen fra dialogen i gruppa sendes aste.domaas@kulturskoleradet.no – innen kl 11.30\n\n"
            "• Referent velges og lager notat fra diskusjonen. Referatet skal leveres inn.")
    assert as_run(text) == ("Møter på individnivå på tvers av kommuner.\n\n"
                            "• Referent velges og lager notat fra diskusjonen. Referatet skal leveres inn.")
    assert is_instruction("Notat fra møtet om 4. kvadrant sendes veileder senest 14 dager før")
    assert not is_instruction("Hva blir viktig for deg i din rolle i dette arbeidet?")
