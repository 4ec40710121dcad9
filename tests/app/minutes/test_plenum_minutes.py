"""The closing plenum in the minutes: the "Hovedfunn" chapter (themes, their points and groups,
then the unsorted points) before the group chapters, each group's key points beside its summary,
and the sheet Hovedpunkter; in PDF, Word and Excel, read back as text."""
from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import docx
import openpyxl
import pytest

from app.common.clock import FakeClock
from app.conference_file.storage import ConferenceDb
from app.groups.plans import current_plan, make_plan
from app.minutes.exports import export_minutes
from app.minutes.gathered import gather_minutes
from app.plenum.themes import add_theme, key_points
from app.referent.summaries import PHONE, block_for_kvadrant, save_summary
from app.roster.demo import create_demo
from app.run.day_runner import DayRunner

pypdf = pytest.importorskip("pypdf")

NASTY = "<b>&</b> 🎻"
POINTS = {
    1: ("Mer tid til samtale i gruppene", "Forankring hos eier", NASTY),
    2: ("For lite tid til refleksjon", "Forankringen i planverket"),
    3: ("Eier må delta på neste samling",),
    5: ("Kulturskolen som ressurs for grunnskolen",),
}
SUMMARY = "Referat fra gruppe {n}: vi snakket om tid og eierskap."
#: The themes: name and the (group, point) pairs placed in it.
THEMES = {
    "Tid & rom": [(1, "Mer tid til samtale i gruppene"), (2, "For lite tid til refleksjon")],
    "Eierskap og forankring": [(1, "Forankring hos eier"), (2, "Forankringen i planverket"), (3, "Eier må delta på neste samling")],
}
UNSORTED = [(1, NASTY), (5, "Kulturskolen som ressurs for grunnskolen")]
SHOTS = Path("/tmp/shots/minutesplenum")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _demo(path: Path, *, points: bool = True) -> ConferenceDb:
    db = create_demo(path)
    make_plan(db, kvadrant=1, seed=1)
    block = block_for_kvadrant(db, 1)
    plan = current_plan(db, 1)
    assert block is not None and plan is not None
    for table in plan.tables:
        if table.number in POINTS:
            save_summary(db, block_id=block.id, group_id=table.id, text=SUMMARY.format(n=table.number), base_version=0,
                         source=PHONE, delivered=True, key_points=POINTS[table.number] if points else None)
    if points:
        by_text = {(p.group, p.text): p.key for p in key_points(db)}
        for name, placed in THEMES.items():
            add_theme(db, name, [by_text[pair] for pair in placed])
    return db


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    folder = tmp_path_factory.mktemp("plenum")
    db = _demo(folder / "dag.kvadrant")
    files = {fmt: export_minutes(db, fmt, folder / f"referat.{fmt}")[0] for fmt in ("pdf", "docx", "xlsx")}
    db.close()
    yield files


def test_gathered_plenum_and_key_points(tmp_path: Path) -> None:
    db = _demo(tmp_path / "dag.kvadrant")
    minutes = gather_minutes(db)
    db.close()
    assert minutes.plenum is not None and minutes.plenum.groups == 4
    assert [(t.name, [(p.group, p.text) for p in t.points]) for t in minutes.plenum.themes] == list(
        (name, placed) for name, placed in THEMES.items()
    )
    assert [(p.group, p.text) for p in minutes.plenum.unsorted] == UNSORTED
    assert minutes.plenum_kvadranter == (1,)
    groups = {g.number: g for g in minutes.group_blocks[0].groups}
    assert groups[1].key_points == POINTS[1] and groups[4].key_points == ()


def test_pdf_opens_with_the_key_findings(exported: dict[str, Path]) -> None:
    pages = [_norm(page.extract_text()) for page in pypdf.PdfReader(str(exported["pdf"])).pages]
    text = " ".join(pages)
    chapter = text.index("Hovedfunn 7 hovedpunkter")  # the heading, not the contents' entry
    programme = text.index("Program 28. januar 2020", chapter)  # the day has not run
    assert chapter < programme < text.index("Gruppe 1 Ordstyrer")
    findings = text[chapter:programme]
    assert "7 hovedpunkter fra 4 grupper, samlet i 2 temaer" in findings
    for name, placed in THEMES.items():
        at = findings.index(name)
        for group, point in placed:
            assert f"Gruppe {group} {point}" in findings[at:]
    assert "Grupper 1 og 2 · 2 av 4 grupper" in findings
    assert "Grupper 1, 2 og 3 · 3 av 4 grupper" in findings
    other = findings.index("Hovedpunkter utenfor temaene")
    assert f"Gruppe 1 {NASTY}" in findings[other:] and "Gruppe 5 Kulturskolen som ressurs" in findings[other:]
    # Each group's key points are beside its summary.
    group1 = text[text.index("Gruppe 1 Ordstyrer") :]
    box = group1.index("Hovedpunkter")
    assert box < group1.index(f"• Mer tid til samtale i gruppene • Forankring hos eier • {NASTY}", box) < group1.index(SUMMARY.format(n=1))
    assert "Hovedfunn" in pages[1]  # in the contents
    assert "\u25a1" not in text  # no placeholder: the emoji prints as itself


def test_word_opens_with_the_key_findings(exported: dict[str, Path]) -> None:
    document = docx.Document(str(exported["docx"]))
    body = [(p.style.name, p.text) for p in document.paragraphs]
    headings = [text for style, text in body if style == "Heading 1"]
    assert headings[0] == "Hovedfunn" and headings[1].startswith("Programmet")
    texts = [text for _, text in body]
    start = body.index(("Heading 1", "Hovedfunn"))  # not the contents' entry
    end = body.index(("Heading 1", headings[1]))
    findings = texts[start:end]
    tables = "\n".join(cell.text for table in document.tables for row in table.rows for cell in row.cells)
    for name, placed in THEMES.items():
        assert name in findings
        for _, point in placed:
            assert point in tables
    assert "Grupper 1 og 2 · 2 av 4 grupper" in findings
    assert "Hovedpunkter utenfor temaene" in findings
    assert NASTY in tables
    # The group's key points come under its heading, before the summary.
    group1 = texts.index("Gruppe 1", end)
    summary = texts.index(SUMMARY.format(n=1), group1)
    assert texts.index("Hovedpunkter", group1) < summary
    assert all(point in texts[group1:summary] for point in POINTS[1])


def test_xlsx_has_the_sheet_of_key_points(exported: dict[str, Path]) -> None:
    workbook = openpyxl.load_workbook(str(exported["xlsx"]))
    assert workbook.sheetnames[0] == "Hovedpunkter"
    rows = [tuple(row) for row in workbook["Hovedpunkter"].iter_rows(values_only=True)]
    assert rows[0][:3] == ("Tema", "Gruppe", "Hovedpunkt")
    expected = [(name, group, point) for name, placed in THEMES.items() for group, point in placed]
    expected += [(None, group, point) for group, point in UNSORTED]
    assert [row[:3] for row in rows[1:]] == expected


def test_no_key_points_no_chapter(tmp_path: Path) -> None:
    db = _demo(tmp_path / "dag.kvadrant", points=False)
    assert gather_minutes(db).plenum is None
    pdf = export_minutes(db, "pdf", tmp_path / "r.pdf")[0]
    word = export_minutes(db, "docx", tmp_path / "r.docx")[0]
    excel = export_minutes(db, "xlsx", tmp_path / "r.xlsx")[0]
    db.close()
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(str(pdf)).pages)
    assert "Hovedfunn" not in text and "Hovedpunkter" not in text
    assert "Hovedfunn" not in [p.text for p in docx.Document(str(word)).paragraphs]
    assert "Hovedpunkter" not in openpyxl.load_workbook(str(excel)).sheetnames


def test_english(tmp_path: Path) -> None:
    db = _demo(tmp_path / "dag.kvadrant")
    pdf = export_minutes(db, "pdf", tmp_path / "r.pdf", lang="en")[0]
    db.close()
    text = _norm(" ".join(page.extract_text() for page in pypdf.PdfReader(str(pdf)).pages))
    assert "Key findings 7 key points from 4 groups" in text and "Groups 1, 2 and 3 · 3 of 4 groups" in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed")
def test_render_for_a_person_to_look_at(exported: dict[str, Path]) -> None:
    """The contents, the Hovedfunn page and a group page as PNGs, for a person to look at."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "2", "-l", "6", str(exported["pdf"]), str(SHOTS / "minutes")], check=True)
    assert list(SHOTS.glob("minutes-*.png"))


def test_points_from_two_kvadranter_name_the_kvadrant(tmp_path: Path) -> None:
    """With key points from both 1. and 4. kvadrant a group number alone is ambiguous."""
    db = _demo(tmp_path / "dag.kvadrant")
    make_plan(db, kvadrant=4, seed=1)
    block = block_for_kvadrant(db, 4)
    plan = current_plan(db, 4)
    assert block is not None and plan is not None
    save_summary(db, block_id=block.id, group_id=plan.tables[0].id, text="Notat", base_version=0, source=PHONE,
                 key_points=("Felles plan for kommunegruppa",))
    four = next(p for p in key_points(db) if p.kvadrant == 4)
    add_theme(db, "Plan", [four.key, next(p for p in key_points(db) if p.group == 5).key])
    minutes = gather_minutes(db)
    assert minutes.plenum_kvadranter == (1, 4)
    pdf = export_minutes(db, "pdf", tmp_path / "r.pdf")[0]
    excel = export_minutes(db, "xlsx", tmp_path / "r.xlsx")[0]
    db.close()
    text = _norm(" ".join(page.extract_text() for page in pypdf.PdfReader(str(pdf)).pages))
    assert "Grupper 5 (1. kvadrant), 1 (4. kvadrant) · 2 av 5 grupper" in text
    assert "Gruppe 1 (4. kvadrant) Felles plan for kommunegruppa" in text
    rows = list(openpyxl.load_workbook(str(excel))["Hovedpunkter"].iter_rows(values_only=True))
    assert ("Plan", 1, "Felles plan for kommunegruppa", 4) in rows


def _run_kvadrant1(db: ConferenceDb) -> None:
    """1. kvadrant with its rotation: taler 2 paused for 40 s, taler 3 skipped after 20 s, taler 6
    cut short (4:40) by the end of the block."""
    block = block_for_kvadrant(db, 1)
    assert block is not None
    clock = FakeClock(dt.datetime(2020, 1, 28, 10, 30))
    run = DayRunner(db, clock)
    run.start(block.id)
    clock.advance(60)
    run.start_rotation()
    clock.advance(360)
    run.toggle_rotation_pause()
    clock.advance(40)
    run.toggle_rotation_pause()
    clock.advance(260)
    run.skip_slot()
    clock.advance(300 + 300 + 280)
    run.end_block()
    db.clock = clock


def test_speaking_time_after_the_programme(tmp_path: Path) -> None:
    db = _demo(tmp_path / "dag.kvadrant")
    _run_kvadrant1(db)
    minutes = gather_minutes(db)
    assert [b.title for b in minutes.speaking] == [minutes.group_blocks[0].block.title]
    files = {fmt: export_minutes(db, fmt, tmp_path / f"r.{fmt}")[0] for fmt in ("pdf", "docx", "xlsx")}
    db.close()
    figures = "Alle fikk 5:00 ± 0:20 (87 taleturer) · snitt 4:57 · kortest 4:40 · lengst 5:00"
    skips = "Taler 3 hoppet over · rotasjonen sto på pause i 0:40"
    text = _norm(" ".join(page.extract_text() for page in pypdf.PdfReader(str(files["pdf"])).pages))
    programme = text.index("Programmet – planlagt og gjennomført 28. januar")
    speaking = text.index("Taletid", programme)
    assert programme < speaking < text.index(figures, speaking) < text.index(skips, speaking) < text.index("Gruppe 1 Ordstyrer")
    paragraphs = [(p.style.name, p.text) for p in docx.Document(str(files["docx"])).paragraphs]
    at = paragraphs.index(("Heading 2", "Taletid"))
    assert paragraphs[at - 1][0] != "Heading 1" and figures in paragraphs[at + 1][1] and skips in paragraphs[at + 1][1]
    sheet = openpyxl.load_workbook(str(files["xlsx"]))["Taletid"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("Kvadrant", "Blokk", "Bord", "Taletur")
    assert [(r[2], r[3], r[6], r[7]) for r in rows[1:7]] == [
        (1, 1, 300, "ferdig"), (1, 2, 300, "ferdig"), (1, 3, 20, "hoppet over"), (1, 4, 300, "ferdig"),
        (1, 5, 300, "ferdig"), (1, 6, 280, "avbrutt da posten sluttet"),
    ]


def test_no_rotation_no_speaking_time(exported: dict[str, Path]) -> None:
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(str(exported["pdf"])).pages)
    assert "Taletid" not in text
    assert "Taletid" not in openpyxl.load_workbook(str(exported["xlsx"])).sheetnames
