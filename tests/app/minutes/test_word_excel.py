"""The minutes as Word and Excel: the same content as the Minutes value, read back with
python-docx and openpyxl; nasty text, long summaries, no summaries, many groups, bad targets."""
from __future__ import annotations

import datetime as dt
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
import openpyxl
import pytest

from app.common.clock import FakeClock
from app.conference_file.conference import BlockRow, ConferenceInfo
from app.groups.plans import Member, make_plan
from app.common.messages import KvadrantError
from app.minutes.gathered import Minutes, MinutesBlock, MinutesGroup, gather_minutes
from app.minutes.word import write_minutes_docx
from app.common.roles import role_name
from app.minutes.wording import export_text, words
from app.minutes.excel import write_minutes_xlsx
from app.roster.participants import ParticipantRow
from app.referent.links import ensure_links
from app.common.roles import KULTURSKOLEEIER, KULTURSKOLELEDER, RESSURSLAERER, VEILEDER
from app.run.day_runner import BlockTiming, DayRunner
from app.conference_file.schema import BlockKind
from app.referent.summaries import Conflict, SummaryState, save_summary
from app.roster.demo import create_demo
from tests.app.minutes.test_excel_rows import assert_no_cell_taller_than_its_row

DAY = dt.date(2020, 1, 28)
CONTROL = "".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n\r")
NASTY = (
    "Vi snakket om <samarbeid> & «kulturskole for alle» > ingenting.\n"
    "ÆØÅ æøå – č đ ŋ š ŧ ž 🎉👩‍👩‍👧 🇳🇴" + CONTROL + "slutt\n\n"
    "Nytt avsnitt\tmed tab.\n\n\nTre linjeskift over.\n"
    "=SUM(A1:A3)\n+47 99 88 77 66\n-minus\n@nevnt\r\nWindows-linje"
)
FORMULAS = ("=1+1", '=HYPERLINK("http://x.example","klikk")', "+47 12345678", "-3", "@ola", "#N/A")
ROLES = (KULTURSKOLEEIER, KULTURSKOLELEDER, RESSURSLAERER)


def at(hhmm: str) -> dt.datetime:
    return dt.datetime.combine(DAY, dt.time.fromisoformat(hhmm))


def block_row(bid: int, position: int, title: str, kind: BlockKind, start: str | None, end: str | None, **extra: object) -> BlockRow:
    return BlockRow(
        id=bid,
        position=position,
        title=title,
        kind=kind,
        start=dt.time.fromisoformat(start) if start else None,
        end=dt.time.fromisoformat(end) if end else None,
        description=str(extra.get("description", "")),
        presenter=str(extra.get("presenter", "")),
        task_text=str(extra.get("task_text", "")),
        summary_deadline=None,
        summary_deadline_note=str(extra.get("note", "")),
    )


def summary_state(block_id: int, group: int, text: str, *, delivered: bool = True, conflict: bool = False) -> SummaryState:
    return SummaryState(
        block_id=block_id,
        group_id=group,
        group_number=group,
        label="",
        text=text,
        version=1,
        delivered=delivered,
        delivered_at=at("11:42") if delivered else None,
        updated_at=at("11:40"),
        updated_from="phone",
        conflicts=(Conflict(1, "den andre", "laptop", "", at("11:41"), 1),) if conflict else (),
    )


def make_minutes(groups: int = 4, *, texts: dict[int, str] | None = None, names: tuple[str, ...] = ()) -> Minutes:
    """A day with a plenum, one kvadrant-1 block of ``groups`` groups (five people each), and
    kvadrant 4 after the conference with one group; ``texts`` maps group number to summary."""
    people: list[ParticipantRow] = []
    extra = list(names)
    for k in range(groups * 5 + 3):
        name = extra.pop(0) if extra else f"Deltaker {k + 1:03d} Ærlig"
        municipality = f"Kommune {k // 2:02d} Øst" if k % 7 else "Bø i <Telemark> & Co"
        people.append(ParticipantRow(k + 1, name, municipality, ROLES[k % 3], "Sunnfjord" if k % 11 == 0 else "", f"p{k}@example.no", k % 13 != 5))
    people.append(ParticipantRow(9999, "Vera Veileder", "Norsk kulturskoleråd", VEILEDER, "", "vera@example.no", True))

    def member(p: ParticipantRow) -> Member:
        return Member(p.id, p.name, p.municipality, p.role, p.kommunegruppe, True, False)

    plenum = block_row(1, 0, "Velkommen", BlockKind.PLENUM, "10:00", "10:30", presenter="Eirik <Irgens>")
    k1 = block_row(2, 1, "1. kvadrant: Erfaringsdeling", BlockKind.KVADRANT1, "10:30", "11:30", task_text="Oppgave <1> & 2\n• punkt\n\nAvsnitt")
    k4 = block_row(3, 2, "4. kvadrant: Kommunegruppene", BlockKind.KVADRANT4, None, None, note="Sendes veileder")
    texts = texts or {}
    k1_groups = []
    for g in range(1, groups + 1):
        members = tuple(member(p) for p in people[(g - 1) * 5 : g * 5])
        text = texts.get(g)
        k1_groups.append(
            MinutesGroup(
                number=g,
                label="",
                members=members,
                ordstyrer=members[0].name,
                referent=members[1].name,
                summary=None if text is None else summary_state(2, g, text, delivered=g % 2 == 1, conflict=g == 2),
            )
        )
    k4_members = (member(people[-2]), member(people[-1]))
    k4_group = MinutesGroup(1, "Bø i <Telemark> & Co", k4_members, k4_members[0].name, None, None)
    return Minutes(
        conference=ConferenceInfo("Dialogkonferanse <2> & «mer»", DAY, "Gardermoen 🛫"),
        participants=tuple(people),
        blocks=(
            MinutesBlock(plenum, BlockTiming(plenum, at("10:00"), at("10:30"), at("10:00"), at("10:30"), at("10:02"), at("10:35")), (), None),
            MinutesBlock(k1, BlockTiming(k1, at("10:30"), at("11:30"), at("10:35"), at("11:35"), at("10:35"), at("11:31")), tuple(k1_groups), at("11:30")),
            MinutesBlock(k4, BlockTiming(k4, None, None, None, None, None, None), (k4_group,), None),
        ),
        generated_at=at("16:05"),
    )


NASTY_NAMES = ("Øyvind <Ærlig> & Åse 🎻", "Kari\x07 Nordmann\x00", *FORMULAS)


@pytest.fixture(scope="module")
def nasty() -> Minutes:
    return make_minutes(4, texts={1: NASTY, 2: "Kort.\nTo linjer.", 3: "   "}, names=NASTY_NAMES)


@pytest.fixture(scope="module")
def nasty_docx(nasty: Minutes, tmp_path_factory: pytest.TempPathFactory) -> docx.document.Document:
    path = write_minutes_docx(nasty, tmp_path_factory.mktemp("docx") / "referat.docx")
    return docx.Document(str(path))


@pytest.fixture(scope="module")
def nasty_xlsx(nasty: Minutes, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, openpyxl.Workbook]]:
    path = write_minutes_xlsx(nasty, tmp_path_factory.mktemp("xlsx") / "referat.xlsx")
    yield path, openpyxl.load_workbook(path)


# -- shared text rule ----------------------------------------------------------------------------


def test_export_text_drops_only_what_xml_cannot_hold() -> None:
    assert export_text("a\x00b\x08c\x0b\x0c\x0e\x1fd") == "abcd"
    assert export_text("tab\there\nline") == "tab\there\nline"
    assert export_text("win\r\nmac\rend") == "win\nmac\nend"
    assert export_text("<&> æøå 🎉 \x7f \u200d") == "<&> æøå 🎉 \x7f \u200d"
    assert export_text("\ud800x\uffff") == "x"
    assert export_text(None) == ""


# -- Word ----------------------------------------------------------------------------------------


def _sections(document: docx.document.Document) -> dict[str, list[str]]:
    """Each Heading 2's paragraphs in the summary style, by the heading's text."""
    out: dict[str, list[str]] = {}
    current: str | None = None
    for p in document.paragraphs:
        style = p.style.name
        if style.startswith("Heading 1"):
            current = None
        elif style == "Heading 2":
            current = p.text
            out[current] = []
        elif current is not None and style == "Kvadrant Summary":
            out[current].append(p.text)
    return out


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _cell_texts(document: docx.document.Document) -> set[str]:
    """Every table cell's text (read with lxml: python-docx's cell objects are slow)."""
    return {"".join(t.text or "" for t in tc.iter(f"{W}t")) for tc in document.element.body.iter(f"{W}tc")}


def test_docx_every_summary_exactly(nasty: Minutes, nasty_docx: docx.document.Document) -> None:
    sections = _sections(nasty_docx)
    groups = nasty.blocks[1].groups
    assert set(sections) >= {f"Gruppe {g.number}" for g in groups}
    assert "\n\n".join(sections["Gruppe 1"]) == export_text(NASTY)
    assert "\n\n".join(sections["Gruppe 2"]) == "Kort.\nTo linjer."
    assert sections["Gruppe 3"] == [] and sections["Gruppe 4"] == []  # blank and missing: a note instead
    body = "\n".join(p.text for p in nasty_docx.paragraphs)
    assert body.count(words("nb")["no_summary"]) == 3  # groups 3, 4 and kvadrant 4's group
    assert words("nb")["conflict_note"] in body
    # What went in came out: <&>, æøå, Sámi letters, emoji with joiners, flags, tabs.
    for piece in ("<samarbeid> & «kulturskole for alle» >", "č đ ŋ š ŧ ž", "🎉👩\u200d👩\u200d👧 🇳🇴slutt", "\tmed tab", "\n\nTre linjeskift", "=SUM(A1:A3)"):
        assert piece in "\n\n".join(sections["Gruppe 1"])
    assert not any(ch in body for ch in CONTROL)


def test_docx_names_tables_and_task(nasty: Minutes, nasty_docx: docx.document.Document) -> None:
    cells = _cell_texts(nasty_docx)
    for p in nasty.participants:
        assert export_text(p.name) in cells
        assert export_text(p.municipality) in cells
    assert "Øyvind <Ærlig> & Åse 🎻" in cells and "Kari Nordmann" in cells
    assert role_name(VEILEDER, "nb") in cells
    body = "\n".join(p.text for p in nasty_docx.paragraphs)
    assert "Oppgave <1> & 2\n• punkt" in body
    assert "Sendes veileder" not in body  # an instruction from before the day: the task sheet has it
    group_1 = nasty.blocks[1].groups[0]
    assert f"Ordstyrer: {group_1.ordstyrer}" in body and f"Referent: {export_text(group_1.referent)}" in body
    # The programme, as planned and as run.
    programme = nasty_docx.tables[0]
    rows = [[c.text for c in row.cells] for row in programme.rows]
    assert rows[0][:3] == ["Planlagt", "Gjennomført", "Avvik"]
    assert rows[1][:4] == ["10.00–10.30", "10.02–10.35", "+3 min", "Velkommen"]
    assert rows[2][:3] == ["10.30–11.30", "10.35–11.31", "−4 min"]
    assert rows[3][0] == "Etter konferansen"
    assert "Eirik <Irgens>" in rows[1]


def test_docx_structure_styles_toc_and_page_numbers(nasty: Minutes, nasty_docx: docx.document.Document) -> None:
    styles = [p.style.name for p in nasty_docx.paragraphs]
    assert styles.count("Title") == 1
    title = next(p for p in nasty_docx.paragraphs if p.style.name == "Title")
    assert title.text == "Dialogkonferanse <2> & «mer»"
    assert styles.count("Heading 1") == 5  # programme, delivery, two group blocks, appendix
    assert styles.count("Heading 2") == 5 + 2 and "Heading 3" in styles  # five groups; the delivery overview's two blocks
    headings = [p.text for p in nasty_docx.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["Programmet – planlagt og gjennomført", "Levering av referater", "1. kvadrant: Erfaringsdeling", "4. kvadrant: Kommunegruppene", "Vedlegg: Deltakere etter kommune"]
    body = nasty_docx.element.body
    instructions = " ".join(t.text for t in body.iter(f"{W}instrText"))
    assert 'TOC \\o "1-2"' in instructions
    assert not any("F9" in p.text for p in nasty_docx.paragraphs)  # Word refreshes it on opening
    # The TOC is filled in already: every Heading 1 and 2 has an entry.
    toc = [p.text for p in nasty_docx.paragraphs if p.style.name.startswith("toc")]
    assert toc[0] == headings[0] and "Gruppe 4" in toc and len(toc) == 5 + 5 + 2  # parts, groups, the delivery overview's blocks
    footer = nasty_docx.sections[0].footer._element
    footer_instr = " ".join(t.text for t in footer.iter(f"{W}instrText"))
    assert "PAGE" in footer_instr and "NUMPAGES" in footer_instr
    assert all(t.style is not None and t.style.name == "Medium Shading 1 Accent 1" for t in nasty_docx.tables)
    assert round(nasty_docx.sections[0].page_width.cm, 1) == 21.0  # A4
    assert nasty_docx.core_properties.language == "nb-NO"


def test_docx_in_english(nasty: Minutes, tmp_path: Path) -> None:
    document = docx.Document(str(write_minutes_docx(nasty, tmp_path / "minutes.docx", lang="en")))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == "The programme – planned and as run" and headings[-1] == "Appendix: Participants by municipality"
    assert [c.text for c in document.tables[0].rows[0].cells][:3] == ["Planned", "As run", "Difference"]
    assert "Group 1" in [p.text for p in document.paragraphs]


# -- Excel ---------------------------------------------------------------------------------------


def _rows(ws) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    header = [c.value for c in ws[1]]
    return [dict(zip(header, row)) for row in ws.iter_rows(min_row=2, values_only=True)]


def test_xlsx_sheets_and_header(nasty_xlsx: tuple[Path, openpyxl.Workbook]) -> None:
    _path, wb = nasty_xlsx
    assert wb.sheetnames == ["Program", "Grupper", "Referater", "Levering", "Deltakere"]
    for ws in wb:
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}{ws.max_row}"
        assert all(c.font.bold for c in ws[1])
        for letter, dim in ws.column_dimensions.items():
            assert 8 <= dim.width <= 100, (ws.title, letter)
    summary_column = [c.value for c in wb["Referater"][1]].index("Referat") + 1
    assert wb["Referater"].cell(2, summary_column).alignment.wrap_text
    assert wb["Referater"].column_dimensions["I"].width == 100


def test_xlsx_programme_real_times_and_numbers(nasty: Minutes, nasty_xlsx: tuple[Path, openpyxl.Workbook]) -> None:
    rows = _rows(nasty_xlsx[1]["Program"])
    assert [r["Tittel"] for r in rows] == [b.block.title for b in nasty.blocks]
    assert rows[0]["Planlagt start"] == at("10:00") and rows[0]["Faktisk slutt"] == at("10:35")
    assert rows[0]["Avvik (min)"] == 3 and rows[1]["Avvik (min)"] == -4
    assert rows[0]["Innleder"] == "Eirik <Irgens>" and rows[0]["Type"] == "Plenum"
    assert rows[2]["Planlagt start"] is None and rows[2]["Merknad"] == "Etter konferansen"
    assert nasty_xlsx[1]["Program"]["A2"].number_format == "hh:mm"


def test_xlsx_groups_and_participants(nasty: Minutes, nasty_xlsx: tuple[Path, openpyxl.Workbook]) -> None:
    wb = nasty_xlsx[1]
    groups = _rows(wb["Grupper"])
    expected = [
        (b.block.kvadrant, g.number, k, export_text(m.name)) for b in nasty.group_blocks for g in b.groups for k, m in enumerate(g.members, 1)
    ]
    assert [(r["Kvadrant"], r["Gruppe"], r["Taletur"], r["Navn"]) for r in groups] == expected
    first = nasty.blocks[1].groups[0]
    assert [(r["Ordstyrer"], r["Referent"]) for r in groups[:3]] == [("ja", "nei"), ("nei", "ja"), ("nei", "nei")]
    assert groups[0]["Navn"] == first.members[0].name
    assert groups[-1]["Etikett"] == "Bø i <Telemark> & Co" and groups[-1]["Rolle"] == "Veileder"
    people = _rows(wb["Deltakere"])
    assert sorted(str(r["Navn"]) for r in people) == sorted(export_text(p.name) for p in nasty.participants)
    assert {r["Til stede"] for r in people} == {"ja", "nei"}
    assert "Øyvind <Ærlig> & Åse 🎻" in {r["Navn"] for r in people}


def test_xlsx_summaries_exactly(nasty: Minutes, nasty_xlsx: tuple[Path, openpyxl.Workbook]) -> None:
    rows = _rows(nasty_xlsx[1]["Referater"])
    assert len(rows) == 5  # four kvadrant-1 groups, one kvadrant-4 group
    by_group = {(r["Kvadrant"], r["Gruppe"]): r for r in rows}
    one = by_group[(1, 1)]
    assert one["Referat"] == export_text(NASTY)
    assert one["Status"] == "Levert" and one["Levert"] == at("11:42") and one["Sist lagret"] == at("11:40")
    assert one["Antall ord"] == len(NASTY.split())
    assert by_group[(1, 2)]["Status"] == "Konflikt" and "annen versjon" in str(by_group[(1, 2)]["Merknad"])
    assert by_group[(1, 2)]["Levert"] is None
    assert by_group[(1, 4)]["Referat"] is None and by_group[(1, 4)]["Antall ord"] == 0 and by_group[(1, 4)]["Status"] == "Tom"


def test_xlsx_formula_looking_text_stays_text(nasty_xlsx: tuple[Path, openpyxl.Workbook]) -> None:
    path, wb = nasty_xlsx
    names = {c.value: c for c in wb["Deltakere"]["A"]}
    for text in FORMULAS:
        cell = names[text]
        assert cell.data_type == "s", text
        if text[0] in "=+-@":
            assert cell.quotePrefix, text
    with zipfile.ZipFile(path) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        assert sheets and not any(b"<f>" in z.read(n) or b"<f " in z.read(n) for n in sheets)
        assert not any(b't="e"' in z.read(n) for n in sheets)


def test_xlsx_in_english_keeps_sheet_names(nasty: Minutes, tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(write_minutes_xlsx(nasty, tmp_path / "minutes.xlsx", lang="en"))
    assert wb.sheetnames == ["Program", "Grupper", "Referater", "Levering", "Deltakere"]
    assert [c.value for c in wb["Referater"][1]][:3] == ["Quadrant", "Block", "Group"]
    assert {r["Status"] for r in _rows(wb["Referater"])} >= {"Delivered", "Conflict"}


def _summary_text(words_wanted: int, seed: int) -> str:
    """A summary of about ``words_wanted`` words in paragraphs of 40–160 words, some with emoji."""
    vocabulary = "kulturskolen samarbeid med grunnskolen «rammeplan» æøå ÆØÅ 🎉 ressurslærer kommunen & <skole>".split()
    paragraphs, made, k = [], 0, seed
    while made < words_wanted:
        size = min(40 + (k * 37) % 120, words_wanted - made)
        sentence = [vocabulary[(k + j * 7) % len(vocabulary)] + ("." if j % 11 == 10 else "") for j in range(size)]
        paragraphs.append(" ".join(sentence).capitalize() + ".")
        made, k = made + size, k + 1
    return "\n\n".join(paragraphs)


def test_xlsx_long_summary_continues_one_paragraph_a_row(tmp_path: Path) -> None:
    paragraphs = [f"Avsnitt {k}. " + "Vi snakket om æøå 🎉 og samarbeid. " * 12 for k in range(40)]
    long_text = "\n\n".join(paragraphs)
    minutes = make_minutes(2, texts={1: long_text, 2: "kort"})
    wb = openpyxl.load_workbook(write_minutes_xlsx(minutes, tmp_path / "lang.xlsx"))
    ws = wb["Referater"]
    rows = [r for r in _rows(ws) if (r["Kvadrant"], r["Gruppe"]) == (1, 1)]
    assert [r["Referat"] for r in rows] == paragraphs  # one row a paragraph, in the same column
    assert {(r["Blokk"], r["Status"], r["Levert"]) for r in rows} == {(rows[0]["Blokk"], "Levert", at("11:42"))}
    assert rows[0]["Antall ord"] == len(long_text.split()) and all(r["Antall ord"] is None for r in rows[1:])
    assert [(r["Kvadrant"], r["Gruppe"]) for r in _rows(ws)] == [(1, 1)] * 40 + [(1, 2), (4, 1)]
    # The Word file has it whole, in one go.
    document = docx.Document(str(write_minutes_docx(minutes, tmp_path / "lang.docx")))
    assert "\n\n".join(_sections(document)["Gruppe 1"]) == long_text


def test_xlsx_no_cell_taller_than_its_row(tmp_path: Path) -> None:
    """18 summaries of 400–600 words and one of 20 000: every cell of every sheet fits its row,
    rows are as tall as their text, and a filter on Referat finds every word of every summary."""
    texts = {g: _summary_text(400 + (g * 53) % 201, g) for g in range(1, 19)}
    texts[19] = _summary_text(20_000, 19)
    long_name = "Anne-Kristin " + "Langnavn-" * 12 + "Ærlig"
    minutes = make_minutes(20, texts=texts, names=(long_name,))
    path = write_minutes_xlsx(minutes, tmp_path / "stort.xlsx")
    wb = openpyxl.load_workbook(path)
    assert_no_cell_taller_than_its_row(wb)
    summaries = _rows(wb["Referater"])
    for group, text in texts.items():
        cells = [str(r["Referat"]) for r in summaries if (r["Kvadrant"], r["Gruppe"]) == (1, group)]
        assert " ".join(cells).split() == export_text(text).split()
    assert sum((r["Kvadrant"], r["Gruppe"]) == (1, 19) for r in summaries) > 100
    assert sum(r["Antall ord"] or 0 for r in summaries) == sum(len(t.split()) for t in texts.values())
    assert long_name in {r["Navn"] for r in _rows(wb["Deltakere"])}


# -- both: no summaries, 200 groups, bad targets, progress ---------------------------------------


def test_no_summaries_and_200_groups(tmp_path: Path) -> None:
    minutes = make_minutes(200)
    seen: list[float] = []
    document = docx.Document(str(write_minutes_docx(minutes, tmp_path / "stor.docx", progress=seen.append)))
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen) and len(seen) < 200
    # 201 groups, and the delivery overview's two group blocks
    assert sum(p.style.name == "Heading 2" for p in document.paragraphs) == 201 + 2
    body = "\n".join(p.text for p in document.paragraphs)
    assert body.count(words("nb")["no_summary"]) == 201
    cells = _cell_texts(document)
    assert all(p.name in cells for p in minutes.participants)

    seen.clear()
    wb = openpyxl.load_workbook(write_minutes_xlsx(minutes, tmp_path / "stor.xlsx", progress=seen.append))
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    assert len(_rows(wb["Referater"])) == 201
    assert len(_rows(wb["Grupper"])) == 200 * 5 + 2
    assert {r["Status"] for r in _rows(wb["Referater"])} == {"Tom"}
    assert len(_rows(wb["Deltakere"])) == len(minutes.participants)


@pytest.mark.parametrize("writer", [write_minutes_docx, write_minutes_xlsx])
def test_bad_target_is_a_kvadrant_error(writer, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    minutes = make_minutes(1)
    with pytest.raises(KvadrantError) as missing:
        writer(minutes, tmp_path / "finnes-ikke" / "referat.out")
    assert missing.value.message.code == "file_io_error" and "finnes-ikke" in missing.value.message.params["path"]
    with pytest.raises(KvadrantError):
        writer(minutes, tmp_path)  # a folder
    if os.geteuid() != 0:
        locked = tmp_path / "låst"
        locked.mkdir()
        locked.chmod(0o500)
        try:
            with pytest.raises(KvadrantError):
                writer(minutes, locked / "referat.out")
        finally:
            locked.chmod(0o700)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "låst") == []  # nothing half written


@pytest.mark.parametrize("writer", [write_minutes_docx, write_minutes_xlsx])
def test_rewrite_replaces_the_file(writer, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "referat.fil"
    target.write_text("gammelt")
    assert writer(make_minutes(1), str(target)) == target
    assert zipfile.is_zipfile(target)
    assert [p.name for p in tmp_path.iterdir()] == ["referat.fil"]


# -- from a real file, run on a fake clock -------------------------------------------------------


def test_from_a_run_day(tmp_path: Path) -> None:
    db = create_demo(tmp_path / "dag.kvadrant")
    try:
        make_plan(db, kvadrant=1, seed=1)
        clock = FakeClock(at("09:30"))
        run = DayRunner(db, clock)
        for minutes_later in (31, 32, 64):  # coffee, welcome, 1. kvadrant (4 minutes over)
            run.next()
            clock.advance(minutes_later * 60)
        run.next()
        links = ensure_links(db)
        db.clock = clock
        save_summary(db, block_id=links[0].block_id, group_id=links[0].group_id, text=NASTY, base_version=0, source="phone", delivered=True)
        minutes = gather_minutes(db)
    finally:
        db.close()
    wb = openpyxl.load_workbook(write_minutes_xlsx(minutes, tmp_path / "dag.xlsx"))
    programme = _rows(wb["Program"])
    assert programme[2]["Faktisk start"] == at("10:33") and programme[2]["Faktisk slutt"] == at("11:37")
    assert programme[2]["Avvik (min)"] == 4
    summaries = _rows(wb["Referater"])
    assert summaries[0]["Referat"] == export_text(NASTY) and summaries[0]["Status"] == "Levert"
    assert len(_rows(wb["Grupper"])) == sum(len(g.members) for g in minutes.group_blocks[0].groups)

    document = docx.Document(str(write_minutes_docx(minutes, tmp_path / "dag.docx")))
    assert "\n\n".join(_sections(document)["Gruppe 1"]) == export_text(NASTY)
    rows = [[c.text for c in row.cells] for row in document.tables[0].rows]
    assert rows[3][:3] == ["10.30–11.30", "10.33–11.37", "+4 min"]
    cells = _cell_texts(document)
    assert all(p.name in cells for p in minutes.participants)
