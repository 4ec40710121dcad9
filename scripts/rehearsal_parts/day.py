"""The rehearsed day: the Gardermoen 2020 conference's date and template, who comes late, what the
referents write, and the roster as Norwegian Excel saves it.

Everything here is fixed, so two rehearsals run the same day; the parts that act on the app take
their times (:func:`at`) and words from here.
"""
from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from . import ROOT

DAY = dt.date(2020, 1, 28)
TEMPLATE = "gardermoen-2020"
START = "09:10"

#: People who registered after the demo roster was printed (about 110 in all, as at Gardermoen).
LATE_REGISTRATIONS = (
    ("Ingvild Sætre", "Tromsø", "ressurslærer", ""),
    ("Magnus Fjeld", "Lillehammer", "kulturskoleleder", ""),
    ("Sigrid Brekke", "Naustdal", "ressurslærer", "Sunnfjord"),
    ("Eirik Vik", "Stord", "ressurslærer", ""),
    ("Tone Lien", "Voss", "kulturskoleeier", ""),
)
#: The two still travelling when the tables are made (the flights from the north are late).
LATE_FROM = ("Narvik", "Vadsø")

#: What the referents write about each speaker, about the open discussion, and to sum up.
IDEAS = (
    "fortalte om kulturskoletimen i samarbeid med grunnskolen",
    "deler erfaringer med fordypningstilbud for de mest motiverte elevene",
    "har fått til et fast samarbeid med barnehagene",
    "beskrev hvordan rammeplanen er blitt lokal læreplan",
    "jobber med inkludering gjennom åpne grupper uten venteliste",
    "har prøvd ut teamundervisning på tvers av fag",
    "peker på at rekruttering av lærere er den største utfordringen",
    "har laget en felles utviklingsplan med skoleeier",
    "har gode erfaringer med korps og kulturskole under samme tak",
    "forteller at kulturskolen nå er med i kommunens planstrategi",
    "har innført elevsamtaler for alle elever",
    "bruker digitale verktøy i samspillsundervisningen",
    "har etablert et nettverk for ressurslærere i regionen",
    "beskrev hvordan de når barn fra familier med lav inntekt",
    "har flyttet undervisningen ut til skolene på dagtid",
    "savner tid til felles planlegging i kollegiet",
    "har fått politisk vedtak om lavere elevavgift",
    "har startet visuell kunst og scenekunst som nye fag",
    "har gode erfaringer med prosjektuker på ungdomsskolen",
    "vil gjøre kulturskolen til et lokalt ressurssenter",
)
TALK = (
    "Samtale: Flere kjente seg igjen i utfordringen med lokaler.",
    "Samtale: Hvordan kan ressurslærerne dele mer på tvers av kommunene?",
    "Samtale: Skoleeier må være tydeligere i utviklingsarbeidet.",
    "Samtale: Hvordan henger fordypning og breddetilbud sammen?",
    "Samtale: Vi vil gjerne besøke hverandre og se praksis.",
    "Samtale: Samarbeidet med grunnskolen krever avtaler på ledernivå.",
)
WRAP_UP = (
    "Oppsummert: samarbeid med skolen og en tydelig skoleeier går igjen.",
    "Oppsummert: vi tar med oss ideen om åpne grupper og nettverk for ressurslærere.",
    "Oppsummert: lokal læreplan og elevsamtaler er gode neste steg.",
)
LAPTOP_ADDITION = "Tillegg fra ordstyrer (skrevet på PC-en): Gruppa ønsker en felles oversikt over gode eksempler."


def at(hhmm: str) -> dt.datetime:
    return dt.datetime.combine(DAY, dt.time.fromisoformat(hhmm))


def hm(moment: dt.datetime | dt.time | None) -> str:
    """10.30, as the app writes the time of day."""
    return moment.strftime("%H.%M") if moment is not None else "–"


def write_roster(path: Path) -> None:
    """The demo roster and the late registrations, as Norwegian Excel saves a CSV: semicolons,
    Windows-1252, a title row above the header."""
    with (ROOT / "resources" / "demo" / "roster.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    width = len(header)
    for name, municipality, role, group in LATE_REGISTRATIONS:
        email = f"{name.lower().replace(' ', '.')}@example.no".replace("æ", "ae").replace("ø", "o").replace("å", "a")
        rows.append([name, municipality, role, group, email, ""][:width])
    with path.open("w", encoding="cp1252", newline="") as handle:
        handle.write("Påmeldte – Dialogkonferanse 2, Gardermoen 28. januar 2020\r\n")
        csv.writer(handle, delimiter=";", lineterminator="\r\n").writerows(rows)
