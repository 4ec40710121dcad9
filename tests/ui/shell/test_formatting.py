"""Dates, times, roles and block kinds as the interface writes them."""
from __future__ import annotations

import datetime as dt

from app.conference_file.schema import BlockKind
from ui.shell.formatting import format_date, format_time, format_time_range, kind_name, role_name


def test_bokmal(qapp) -> None:  # type: ignore[no-untyped-def]
    assert format_date(dt.date(2020, 1, 28)) == "28. januar 2020"
    assert format_date(None) == ""
    assert format_time(dt.time(9, 5)) == "09.05"
    assert format_time_range(dt.time(10, 30), dt.time(11, 30)) == "10.30–11.30"
    assert format_time_range(None, None) == "Etter konferansen"
    assert kind_name(BlockKind.KVADRANT1) == "1. kvadrant"
    assert kind_name(BlockKind.LUNSJ) == "Lunsj"
    assert role_name("ressurslærer") == "Ressurslærer"
    assert role_name("Ordfører i Gjøvik") == "Ordfører i Gjøvik"


def test_english(qapp, languages) -> None:  # type: ignore[no-untyped-def]
    languages.set_language("en")
    assert format_date(dt.date(2020, 1, 28)) == "28 January 2020"
    assert format_time_range(dt.time(10, 30), dt.time(11, 30)) == "10:30–11:30"
    assert format_time_range(None, None) == "After the conference"
    assert kind_name(BlockKind.PLENUM) == "Plenary"
    assert [role_name(r) for r in ("kulturskoleeier", "kulturskoleleder", "ressurslærer", "veileder")] == [
        "School owner", "School leader", "Resource teacher", "Adviser"
    ]
