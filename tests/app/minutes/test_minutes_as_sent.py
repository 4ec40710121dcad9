"""Minutes a council would send as they are: block notes in every format, the organiser's pages,
the delivery overview's late flags on a fake-clock day, deadlines as what happened, the appendix
by surname, kommune sheets as forms, and one bundle per veileder. Checked by text extraction."""
from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.common.clock import FakeClock
from app.common.roles import VEILEDER
from app.conference_file.schema import BlockKind
from app.conference_file.storage import ConferenceDb
from app.groups.plans import make_plan
from app.minutes.exports import export_minutes
from app.minutes.front_matter import set_front_matter
from app.minutes.gathered import Minutes, gather_minutes
from app.minutes.people import surname_key
from app.referent.block_notes import note_blocks
from app.referent.links import ensure_links
from app.referent.summaries import save_summary
from app.roster.demo import create_demo
from tests.app.minutes.test_pdf import _run_the_day as run_the_day

pypdf = pytest.importorskip("pypdf")
docx = pytest.importorskip("docx")
openpyxl = pytest.importorskip("openpyxl")

DAY = dt.date(2020, 1, 28)
TALK_NOTE = "Irgens: utvikling er <læring> & refleksjon 🎻. Se https://www.kulturskoleradet.no/veiledning"
PLENUM_NOTE = "Fjeld om lærende møter: tre spørsmål til hver kommune."
OPENING = "Dagen viste stort engasjement, og gruppene leverte nesten alle i tide."


def at(hhmm: str) -> dt.datetime:
    return dt.datetime.combine(DAY, dt.time.fromisoformat(hhmm))


def _text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(str(path)).pages)


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(str(path)).pages]


@pytest.fixture(scope="module")
def day(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ConferenceDb]:
    """The Gardermoen day, run: group 1 delivers late (11.41), group 2 leaves a draft, group 3
    writes nothing; kommunegruppe 3 delivers after the day, 6 leaves a draft; the talk of
    2. kvadrant and the 15.00 plenum have notes."""
    db = create_demo(tmp_path_factory.mktemp("sent") / "dag.kvadrant")
    make_plan(db, kvadrant=1, seed=1)
    make_plan(db, kvadrant=4, seed=1)
    run_the_day(db)
    for link in ensure_links(db):
        where = {"block_id": link.block_id, "group_id": link.group_id, "base_version": 0, "source": "phone"}
        if link.kvadrant == 1 and link.group != 3:
            db.clock = FakeClock(at("11:41" if link.group == 1 else "11:25"))
            save_summary(db, **where, text=f"Referat fra bord {link.group}.", delivered=link.group != 2)
        elif link.kvadrant == 4 and link.group in (3, 6):
            db.clock = FakeClock(dt.datetime(2020, 3, 1, 10, 12))
            save_summary(db, **where, text=f"Notat fra kommunegruppe {link.group}.", delivered=link.group == 3)
    db.clock = FakeClock(at("16:10"))
    for block in note_blocks(db):
        if block.kind == BlockKind.KVADRANT2:
            save_summary(db, block_id=block.id, group_id=None, text=TALK_NOTE, base_version=0, source="laptop")
        if block.presenter == "Svein Erik Fjeld":
            save_summary(db, block_id=block.id, group_id=None, text=PLENUM_NOTE, base_version=0, source="laptop")
    set_front_matter(db, organiser="Norsk kulturskoleråd", recipients="Kommunene og veilederne",
                     opening=OPENING, guidance_meeting=dt.date(2020, 3, 17))
    db.clock = FakeClock(dt.datetime(2020, 4, 1, 9, 0))
    yield db
    db.close()


@pytest.fixture(scope="module")
def minutes(day: ConferenceDb) -> Minutes:
    return gather_minutes(day)


@pytest.fixture(scope="module")
def pdf(day: ConferenceDb, tmp_path_factory: pytest.TempPathFactory) -> Path:
    (path,) = export_minutes(day, "pdf", tmp_path_factory.mktemp("pdf") / "referat.pdf")
    return path


def test_block_notes_in_every_format(day: ConferenceDb, pdf: Path, tmp_path: Path) -> None:
    text = _text(pdf).replace("/ ", "/")  # a long address breaks after a "/"
    assert TALK_NOTE in text and PLENUM_NOTE in text
    assert text.index("Innleder: Eirik Irgens") < text.index(TALK_NOTE) < text.index(PLENUM_NOTE)
    (word,) = export_minutes(day, "docx", tmp_path / "r.docx")
    paragraphs = [p.text for p in docx.Document(str(word)).paragraphs]
    assert TALK_NOTE in "\n".join(paragraphs).replace("\u200b", "")  # break chances after "/" in the shown text
    assert any(PLENUM_NOTE == p for p in paragraphs)
    assert "kulturskoleradet.no/veiledning" in zipfile.ZipFile(word).read("word/_rels/document.xml.rels").decode()
    (sheet,) = export_minutes(day, "xlsx", tmp_path / "r.xlsx")
    notes = [row for row in openpyxl.load_workbook(sheet)["Notater"].iter_rows(values_only=True)]
    assert any(TALK_NOTE in row for row in notes) and any(PLENUM_NOTE in row for row in notes)


def test_the_organiser_opens_the_minutes(pdf: Path) -> None:
    pages = _pages(pdf)
    assert "Arrangør: Norsk kulturskoleråd" in pages[0] and "Sendes til: Kommunene og veilederne" in pages[0]
    opening = next(k for k, page in enumerate(pages) if page.lstrip().startswith(("Hovedinntrykk", "Dialogkonferanse")) and OPENING in " ".join(page.split()))
    assert opening == 2  # after the cover and the contents, before everything else
    assert "Hovedinntrykk" in pages[1]  # in the contents


def test_the_delivery_overview_flags_late_ones_against_the_deadline(minutes: Minutes, pdf: Path) -> None:
    first = next(b for b in minutes.group_blocks if b.block.kvadrant == 1)
    rows = {row.group: row for row in first.deliveries}
    assert rows[1].late is True and rows[1].state == "delivered" and not rows[1].on_time
    assert rows[4].late is False and rows[4].on_time
    assert rows[2].state == "writing" and rows[2].late is None
    assert rows[3].state == "empty" and rows[3].words == 0
    on_time = sum(1 for r in first.deliveries if r.on_time)
    text = _text(pdf)
    assert f"Frist 11.30 · {on_time} av {len(first.groups)} levert i tide" in text
    assert "Levering av referater" in text and "11.41 (for sent)" in text and "Utkast, ikke levert" in text
    fourth = next(b for b in minutes.group_blocks if b.block.kvadrant == 4)
    assert fourth.deadline_date == dt.date(2020, 3, 3)  # 14 days before the meeting on 17 March
    assert f"Frist 3. mars 2020 · 1 av {len(fourth.groups)} levert i tide" in text


def test_instructions_from_before_the_day_stay_out_of_the_minutes(pdf: Path, day: ConferenceDb, tmp_path: Path) -> None:
    text = _text(pdf)
    for instruction in ("Oppgaver er sendt alle deltakere", "sendes aste.domaas@kulturskoleradet.no", "sendes veileder senest 14 dager"):
        assert instruction not in text
    sheets = export_minutes(day, "kommune-pdf", tmp_path / "k")
    assert "sendes veileder senest 14 dager før 7. veiledningsmøte" in _text(sheets[0])  # the task sheet keeps it


def test_the_appendix_sorts_by_surname_and_keeps_advisers_apart(minutes: Minutes, pdf: Path) -> None:
    for municipality, people in minutes.people_by_municipality():
        assert [surname_key(p.participant.name) for p in people] == sorted(surname_key(p.participant.name) for p in people)
        assert all(p.participant.role != VEILEDER for p in people), municipality
        assert all(p.table is not None for p in people if p.participant.present)
    advisers = minutes.advisers()
    assert advisers and all(p.participant.role == VEILEDER for p in advisers)
    assert "Norsk kulturskoleråd" not in [m for m, _ in minutes.people_by_municipality()]
    appendix = _text(pdf).split("Vedlegg: Deltakere etter kommune")[-1]
    assert "Veiledere" in appendix and "Kommunegruppe" in appendix
    assert surname_key("Kari Nordmann") == surname_key("Nordmann, Kari")


def test_a_kommune_sheet_says_what_came_in(minutes: Minutes, day: ConferenceDb, tmp_path: Path) -> None:
    sheets = export_minutes(day, "kommune-pdf", tmp_path / "k")
    fourth = next(b for b in minutes.group_blocks if b.block.kvadrant == 4)
    by_number = dict(zip((g.number for g in fourth.groups), sheets))
    draft = _text(by_number[6])
    assert "Status Utkast, ikke levert" in draft and "Notat fra kommunegruppe 6." in draft
    assert "Frist 3. mars 2020" in draft
    assert "Hvilken støtte trenger dere i denne sammenhengen i siste del av veiledningsperioden?" in draft
    delivered = _text(by_number[3])
    assert "Status Levert 1. mars 2020 kl. 10.12" in delivered and "Skriv notatet" not in delivered
    empty = _text(by_number[1])
    assert "Status Ikke levert" in empty and "Skriv notatet fra møtet her" in empty


def test_a_bundle_per_veileder(minutes: Minutes, day: ConferenceDb, tmp_path: Path) -> None:
    bundles = export_minutes(day, "veileder-pdf", tmp_path / "v")
    advisers = [p for p in minutes.participants if p.role == VEILEDER]
    assert 0 < len(bundles) <= len(advisers)
    first = _text(bundles[0])
    name = bundles[0].stem.split("Veileder ", 1)[1]
    assert first.startswith(f"VEILEDER Kommunegruppene til {name}")
    assert first.count("OPPGAVE TIL KOMMUNEGRUPPA") >= 1 and "Frist for notatet: 3. mars 2020".lower() in first.lower()


def test_the_running_header_names_the_group_on_its_later_pages(day: ConferenceDb, tmp_path: Path) -> None:
    first = next(b for b in ensure_links(day) if b.kvadrant == 1 and b.group == 5)
    long = "\n\n".join(f"Avsnitt {k}: " + "gruppa snakket lenge om veien videre " * 30 for k in range(12))
    current = gather_minutes(day).group_blocks[0]
    version = next(g for g in current.groups if g.number == 5).summary
    assert version is not None
    save_summary(day, block_id=first.block_id, group_id=first.group_id, text=long, base_version=version.version, source="laptop")
    (path,) = export_minutes(day, "pdf", tmp_path / "lang.pdf")
    pages = _pages(path)
    continued = [page for page in pages if "Avsnitt 6:" in page]
    assert continued and all("1. kvadrant · Gruppe 5" in page for page in continued)
