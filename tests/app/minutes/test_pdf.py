"""The minutes as PDF and the kommunegruppe sheets: what is printed, exactly, and that it holds up.

Text is read back with pypdf and compared with what was typed (whitespace normalised: the PDF
breaks lines where the page needs). The running header and the page footer are taken out first,
so a summary that flows over pages reads as one text.
"""
from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import itertools
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.common.clock import FakeClock
from app.groups.plans import make_plan
from app.minutes.kommune_sheets import safe_file_name, write_kommune_pdfs
from app.common.messages import KvadrantError
from app.minutes.gathered import Minutes, gather_minutes
from app.minutes.pdf import write_minutes_pdf
from app.minutes.pdf_support import PLACEHOLDER
from app.referent.links import ensure_links
from app.common.roles import VEILEDER
from app.roster.importer import import_roster
from app.run.day_runner import DayRunner
from app.conference_file.storage import ConferenceDb
from app.referent.summaries import save_summary
from app.conference_file.templates import create_conference
from app.roster.demo import create_demo

pypdf = pytest.importorskip("pypdf")

DAY = dt.date(2020, 1, 28)

PARAGRAPH = (
    "Gruppa delte erfaringer fra egen praksis. Flere fortalte om hvordan kulturskolen har fått en "
    "tydeligere plass i kommunens planverk, og om samarbeid med grunnskolen. Ålesund og Gjøvik "
    "beskrev nye møteplasser for lærerne."
)
NASTY = (
    "Vi diskuterte <script>alert('x')</script> & andre \"farlige\" tegn: a < b > c, R&D, 5 > 3.\n"
    "Emoji: 🎻 👍🏽 👨‍👩‍👧 🇳🇴 – og æøå ÆØÅ, samisk: čđŋšŧž.\n\n"
    "Punktliste:\n• første punkt\n• andre punkt &amp; ikke en entitet"
)
NOTE = "Notat fra kommunegruppa: vi møtes igjen i mars.\n\nNeste steg: plan for våren & høsten."


def at(hhmm: str) -> dt.datetime:
    return dt.datetime.combine(DAY, dt.time.fromisoformat(hhmm))


def _norm(text: str) -> str:
    return " ".join(text.split())


def _pages(path: Path) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(str(path)).pages]


_FOOTER = re.compile(r"^(Side|Page) \d+ (av|of) \d+$")


def _body(pages: list[str], *, header: str, sections: set[str]) -> str:
    """All pages' text without the running header and footer, whitespace normalised."""
    kept = []
    for text in pages:
        for line in text.splitlines():
            line = line.strip()
            # The header's right side names the section, and on a group's pages the group too.
            if _FOOTER.match(line) or line.startswith(header) or line.split(" · ")[0] in sections:
                continue
            kept.append(line)
    return _norm(" ".join(kept))


HEADER = "Dialogkonferanse 2 · Referat"
SECTIONS = {"Innhold", "Program", "1. kvadrant", "4. kvadrant", "Deltakere"}


def _run_the_day(db: ConferenceDb) -> None:
    """Every block of the Gardermoen day, a few minutes late here and there."""
    clock = FakeClock(at("09:28"))
    run = DayRunner(db, clock)
    for start in ("09:31", "10:02", "10:37", "11:38", "12:34", "14:04", "14:22", "14:58", "15:06", "15:52"):
        clock.advance((at(start) - clock.now()).total_seconds())
        run.next()
    clock.advance((at("16:05") - clock.now()).total_seconds())
    run.end_block()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ConferenceDb, dict[tuple[int, int], str]]]:
    """The Gardermoen demo, run, with summaries of mixed length, one nasty and one missing."""
    db = create_demo(tmp_path_factory.mktemp("demo") / "demo.kvadrant")
    make_plan(db, kvadrant=1, seed=1)
    make_plan(db, kvadrant=4, seed=1)
    _run_the_day(db)
    texts: dict[tuple[int, int], str] = {}
    for index, link in enumerate(ensure_links(db)):
        if link.kvadrant == 1:
            if index == 1:
                continue  # not delivered
            text = NASTY if index == 2 else "\n\n".join([PARAGRAPH] * (1 + index % 4)) + "\nNeste steg: møte i mars."
            if index == 5:
                text = "\n\n".join(f"Avsnitt {k}. {PARAGRAPH}" for k in range(40))  # several pages
        else:
            if link.group % 4:
                continue
            text = NOTE
        db.clock = FakeClock(at("11:25"))
        save_summary(db, block_id=link.block_id, group_id=link.group_id, text=text, base_version=0,
                     source="phone", delivered=True)
        texts[(link.block_id, link.group_id)] = text
    yield db, texts
    db.close()


@pytest.fixture(scope="module")
def demo_minutes(demo: tuple[ConferenceDb, dict[tuple[int, int], str]]) -> Minutes:
    demo[0].clock = FakeClock(at("17:00"))
    return gather_minutes(demo[0])


@pytest.fixture(scope="module")
def demo_pdf(demo_minutes: Minutes, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    path = write_minutes_pdf(demo_minutes, tmp_path_factory.mktemp("pdf") / "referat.pdf")
    return path, _pages(path)


# --- the minutes -----------------------------------------------------------------------------


def test_every_summary_is_in_the_pdf_exactly(demo: tuple, demo_minutes: Minutes, demo_pdf: tuple[Path, list[str]]) -> None:
    _, texts = demo
    body = _body(demo_pdf[1], header=HEADER, sections=SECTIONS)
    assert len(texts) > 20
    for text in texts.values():
        assert _norm(text) in body  # as typed, emoji and all
    assert PLACEHOLDER not in body  # every character typed has a font


def test_nasty_text_prints_as_typed(demo_pdf: tuple[Path, list[str]]) -> None:
    body = _body(demo_pdf[1], header=HEADER, sections=SECTIONS)
    assert "<script>alert('x')</script> & andre \"farlige\" tegn: a < b > c, R&D, 5 > 3." in body
    assert "&amp; ikke en entitet" in body
    assert "æøå ÆØÅ, samisk: čđŋšŧž." in body
    # Each emoji copies out as typed, whatever it is made of (skin tone, joined family, flag).
    assert "Emoji: 🎻 👍🏽 👨\u200d👩\u200d👧 🇳🇴 –" in body
    assert PLACEHOLDER not in body
    assert "&lt;" not in body and "&amp;amp;" not in body


def test_paragraphs_and_line_breaks_are_kept(demo_pdf: tuple[Path, list[str]]) -> None:
    lines = [line.strip() for page in demo_pdf[1] for line in page.splitlines()]
    assert "Punktliste:" in lines
    assert "• første punkt" in lines
    assert "Neste steg: møte i mars." in lines


def test_every_group_member_and_role_is_listed(demo_minutes: Minutes, demo_pdf: tuple[Path, list[str]]) -> None:
    body = _body(demo_pdf[1], header=HEADER, sections=SECTIONS)
    for block in demo_minutes.group_blocks:
        for group in block.groups:
            assert group.members
            for member in group.members:
                assert member.name in body and member.municipality in body
            if group.ordstyrer:
                assert f"Ordstyrer: {group.ordstyrer}" in body
            if group.referent:
                assert f"Referent: {group.referent}" in body
    assert "Ressurslærer" in body and "Kulturskoleeier" in body and "Veileder" in body
    assert "Gruppe 3 – Eigersund" in body


def test_cover_counts_participants_and_municipalities(demo_minutes: Minutes, demo_pdf: tuple[Path, list[str]]) -> None:
    cover = demo_pdf[1][0].splitlines()
    assert cover[:3] == ["REFERAT", "Dialogkonferanse 2", "28. januar 2020 · Park Inn by Radisson Oslo Airport, Gardermoen"]
    assert cover[cover.index("Deltakere") - 1] == str(len(demo_minutes.present)) == "105"
    assert cover[cover.index("Kommuner") - 1] == str(demo_minutes.municipalities)


def test_programme_as_planned_and_as_run(demo_pdf: tuple[Path, list[str]]) -> None:
    programme = next(p for p in demo_pdf[1] if p.startswith("Programmet – planlagt og gjennomført"))
    text = _norm(programme)
    assert "10.00–10.30 Velkommen Plenum Presentasjoner Kunstnerisk innslag 10.02–10.37 +5 min" in text
    assert "10.30–11.30 1. kvadrant" in text and "10.37–11.38 +1 min" in text
    assert "11.38–12.34 \u22124 min" in text  # a short lunch
    assert "12.34–14.04 0 min" in text
    assert "Etter konferansen" in text  # 4. kvadrant
    assert "Dagen startet 09.31 og sluttet 16.05 (planlagt 09.30–16.00)." in text


def test_blocks_not_run_are_marked(tmp_path: Path) -> None:
    db = create_demo(tmp_path / "halv.kvadrant")
    try:
        clock = FakeClock(at("09:30"))
        run = DayRunner(db, clock)
        run.next()
        clock.advance(1900)
        run.end_block()
        db.clock = clock
        path = write_minutes_pdf(gather_minutes(db), tmp_path / "halv.pdf")
    finally:
        db.close()
    programme = _norm(next(p for p in _pages(path) if p.startswith("Programmet")))
    assert "09.30–10.00 Ankomst og kaffe 09.30–10.01 +2 min" in programme
    assert programme.count("ikke kjørt") == 9  # every block with times but the first
    assert "Dagen startet" not in programme  # the day is not over


def test_contents_page_numbers_point_at_the_headings(demo_pdf: tuple[Path, list[str]]) -> None:
    pages = demo_pdf[1]
    contents = [line.strip() for line in pages[1].splitlines()]
    assert contents[0] == "Innhold"
    checked = 0
    for title in ("Gruppe 1", "Gruppe 9", "Gruppe 18", "Vedlegg: Deltakere etter kommune", "14. Narvik"):
        listed = int(contents[contents.index(title) + 1].strip())
        heading = title if not title[0].isdigit() else "Gruppe 14 – Narvik"
        actual = next(n for n, page in enumerate(pages[2:], start=3) if heading in [line.strip() for line in page.splitlines()])
        assert listed == actual, title
        checked += 1
    assert checked == 5


def test_page_numbers_and_running_header(demo_pdf: tuple[Path, list[str]]) -> None:
    pages = demo_pdf[1]
    total = len(pages)
    assert total > 10
    assert "Side" not in pages[0]  # the cover
    for number, text in enumerate(pages[1:], start=2):
        lines = [line.strip() for line in text.splitlines()]
        assert f"Side {number} av {total}" in lines
        assert any(line.startswith(HEADER + " · 28. januar 2020") for line in lines)


def test_no_page_is_empty(demo_pdf: tuple[Path, list[str]]) -> None:
    for number, text in enumerate(demo_pdf[1], start=1):
        body = _body([text], header=HEADER, sections=SECTIONS)
        assert len(body) > 200, f"page {number} is nearly empty: {body!r}"


def test_fonts_are_embedded_everywhere(demo_pdf: tuple[Path, list[str]]) -> None:
    reader = pypdf.PdfReader(str(demo_pdf[0]))
    seen: set[str] = set()

    def fonts(resources: object) -> None:
        resources = resources.get_object() if resources is not None else None
        if not resources:
            return
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            seen.add(str(font["/BaseFont"]))
            descendants = font.get("/DescendantFonts")
            descriptor = (descendants[0].get_object() if descendants else font).get("/FontDescriptor")
            assert descriptor is not None, font["/BaseFont"]
            assert "/FontFile2" in descriptor.get_object(), font["/BaseFont"]
        for xobject in (resources.get("/XObject") or {}).values():
            fonts(xobject.get_object().get("/Resources"))

    for page in reader.pages:
        fonts(page.get("/Resources"))
    # DejaVu for text, regular and bold, and Noto Emoji for the emoji in the nasty summary: all subsets.
    assert {name.split("+")[-1] for name in seen} == {"DejaVuSans", "DejaVuSans-Bold", "NotoEmoji-Regular"}, seen
    assert all("+" in name for name in seen), seen


def test_no_summaries_yet(tmp_path: Path) -> None:
    db = create_demo(tmp_path / "tom.kvadrant")
    try:
        make_plan(db, kvadrant=1, seed=2)
        minutes = gather_minutes(db)
    finally:
        db.close()
    path = write_minutes_pdf(minutes, tmp_path / "tom.pdf")
    pages = _pages(path)
    body = _body(pages, header=HEADER, sections=SECTIONS)
    assert body.count("Ikke levert ennå.") == len(minutes.group_blocks[0].groups) > 10
    assert pages[2].startswith("Program\n")  # nothing ran: the programme as planned
    assert "ikke kjørt" not in body and "Gjennomført" not in pages[2]
    assert "0/" in pages[0]


def test_nothing_at_all(tmp_path: Path) -> None:
    """A blank conference: no programme, no people. Still a valid PDF."""
    db = create_conference(tmp_path / "blank.kvadrant", title="", template="blank")
    try:
        minutes = gather_minutes(db)
    finally:
        db.close()
    pages = _pages(write_minutes_pdf(minutes, tmp_path / "blank.pdf"))
    assert pages[0].startswith("REFERAT\nReferat")
    assert any("Vedlegg: Deltakere etter kommune" in p for p in pages[2:])


def _generated(tmp_path: Path, people: int, *, per_municipality: int) -> ConferenceDb:
    db = create_conference(tmp_path / "stor.kvadrant", template="gardermoen-2020")
    roles = ("kulturskoleeier", "kulturskoleleder", "ressurslærer")
    roster = tmp_path / "stor.csv"
    with roster.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Navn", "Kommune", "Rolle"])
        for i in range(people):
            writer.writerow([f"Åse Ærlig-Østby {i:03d}", f"Kommune {i // per_municipality:03d}", roles[i % 3]])
    import_roster(db, roster)
    return db


def _outline(reader: object) -> dict[str, int]:
    """Every bookmark's title and its page number (1-based)."""
    found: dict[str, int] = {}

    def walk(items: list) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                found[item.title] = reader.get_destination_page_number(item) + 1

    walk(reader.outline)
    return found


def test_two_hundred_groups(tmp_path: Path) -> None:
    db = _generated(tmp_path, 400, per_municipality=4)
    try:
        make_plan(db, kvadrant=1, size=2, seed=1)
        make_plan(db, kvadrant=4, seed=1)
        minutes = gather_minutes(db)
    finally:
        db.close()
    assert len(minutes.group_blocks[0].groups) == 200
    started = time.perf_counter()
    path = write_minutes_pdf(minutes, tmp_path / "stor.pdf")
    took = time.perf_counter() - started
    reader = pypdf.PdfReader(str(path))
    outline = _outline(reader)
    assert {f"Gruppe {n}" for n in range(1, 201)} <= outline.keys()
    assert {f"Gruppe {n} – Kommune {n - 1:03d}" for n in range(1, 101)} <= outline.keys()
    last = reader.pages[outline["Gruppe 200"] - 1].extract_text()
    group = minutes.group_blocks[0].groups[-1]
    assert "Gruppe 200" in last and all(m.name in last for m in group.members)
    # The contents (several pages of it) says where each group is.
    contents = [line.strip() for n in range(1, outline["Program"] - 1)
                for line in reader.pages[n].extract_text().splitlines()]
    assert contents[contents.index("Gruppe 200") + 1] == str(outline["Gruppe 200"])
    assert took < 10


def test_a_twenty_thousand_word_summary_flows_over_pages(tmp_path: Path) -> None:
    db = create_demo(tmp_path / "lang.kvadrant")
    words = ["kulturskolen", "utvikling", "refleksjon", "<b>", "&", ">", "æøå", "praksis", "møte", "samarbeid"]
    text = " ".join(words[(i * 7) % len(words)] + ("." if i % 23 == 22 else "") for i in range(20_000))
    try:
        make_plan(db, kvadrant=1, seed=1)
        first, second = ensure_links(db)[:2]
        save_summary(db, block_id=first.block_id, group_id=first.group_id, text=text, base_version=0, source="phone")
        lines = "\n".join(f"Linje {k}: {' '.join(words)}" for k in range(300))  # line breaks only
        save_summary(db, block_id=second.block_id, group_id=second.group_id, text=lines, base_version=0, source="phone")
        minutes = gather_minutes(db)
    finally:
        db.close()
    started = time.perf_counter()
    path = write_minutes_pdf(minutes, tmp_path / "lang.pdf")
    took = time.perf_counter() - started
    pages = _pages(path)
    body = _body(pages, header=HEADER, sections=SECTIONS)
    assert _norm(text) in body
    assert _norm(lines) in body
    outline = _outline(pypdf.PdfReader(str(path)))
    assert outline["Gruppe 2"] - outline["Gruppe 1"] > 20  # the long one runs over many pages
    assert "utkast, ikke levert" in body  # saved, not delivered
    assert took < 8


def test_emoji_everywhere_print_as_typed_and_only_what_no_font_has_is_a_placeholder(tmp_path: Path) -> None:
    from app.roster.participants import add_participant

    db = create_demo(tmp_path / "emoji.kvadrant")
    try:
        add_participant(db, name="Bjørn 🎻 <Ødegård> & co", municipality="Hamar 🏔️", role="ressurslærer")
        make_plan(db, kvadrant=1, seed=3)
        make_plan(db, kvadrant=4, seed=3)
        link = ensure_links(db)[0]
        save_summary(db, block_id=link.block_id, group_id=link.group_id, text="Bra 👍🏽 møte 🎉🎉 \ue000", base_version=0, source="phone")
        minutes = gather_minutes(db)
    finally:
        db.close()
    pages = _pages(write_minutes_pdf(minutes, tmp_path / "emoji.pdf"))
    body = _body(pages, header=HEADER, sections=SECTIONS)
    assert "Bjørn 🎻 <Ødegård> & co" in body
    assert "Hamar 🏔️" in body  # with its variation selector
    assert f"Bra 👍🏽 møte 🎉🎉 {PLACEHOLDER}" in body  # a private-use character no font has
    assert body.count(PLACEHOLDER) == 1 and "\ufffd" not in body
    k4 = next(b for b in minutes.group_blocks if b.block.kvadrant == 4)
    his = tuple(g for g in k4.groups if g.label.startswith("Hamar "))  # a kommunegruppe of his own
    only = dataclasses.replace(minutes, blocks=tuple(dataclasses.replace(b, groups=his) if b is k4 else b for b in minutes.blocks))
    (own,) = write_kommune_pdfs(only, tmp_path / "k")
    assert own.name.endswith(f"-Hamar {PLACEHOLDER}.pdf")  # a file name is plain text: no emoji font there
    text = _norm(" ".join(_pages(own)))
    assert "OPPGAVE TIL KOMMUNEGRUPPA Hamar 🏔️" in text
    assert "Bjørn 🎻 <Ødegård> & co" in text and PLACEHOLDER not in text


def test_english(demo_minutes: Minutes, tmp_path: Path) -> None:
    pages = _pages(write_minutes_pdf(demo_minutes, tmp_path / "minutes.pdf", lang="en"))
    assert pages[0].startswith("MINUTES\n")
    assert pages[1].startswith("Contents")
    assert any("Page 2 of" in line for line in pages[1].splitlines())
    assert "After the conference" in _norm(pages[2]) and "Not delivered yet." in _norm(" ".join(pages))


def test_progress_and_atomic_write(demo_minutes: Minutes, tmp_path: Path) -> None:
    seen: list[float] = []
    target = tmp_path / "referat.pdf"
    target.write_bytes(b"old")
    write_minutes_pdf(demo_minutes, target, progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0 and len(seen) > 5
    assert all(0.0 <= a <= b <= 1.0 for a, b in itertools.pairwise(seen))
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["referat.pdf"]


def test_unwritable_target_is_a_kvadrant_error(demo_minutes: Minutes, tmp_path: Path) -> None:
    with pytest.raises(KvadrantError) as error:
        write_minutes_pdf(demo_minutes, tmp_path / "finnes-ikke" / "referat.pdf")
    assert error.value.message.code == "file_io_error"
    with pytest.raises(KvadrantError) as error:
        write_minutes_pdf(demo_minutes, tmp_path)  # a folder
    assert error.value.message.code == "file_io_error"


# --- per kommunegruppe -----------------------------------------------------------------------


def test_one_sheet_per_kommunegruppe(demo_minutes: Minutes, tmp_path: Path) -> None:
    folder = tmp_path / "ny" / "mappe"
    seen: list[float] = []
    paths = write_kommune_pdfs(demo_minutes, folder, progress=seen.append)
    block = next(b for b in demo_minutes.group_blocks if b.block.kvadrant == 4)
    assert len(paths) == len(block.groups) == 27
    assert [p.name for p in paths] == sorted(p.name for p in paths)
    assert paths[0].name == "01-Asker.pdf" and paths[-1].name == "27-Ålesund.pdf"
    assert sorted(folder.iterdir()) == sorted(paths)
    assert seen[-1] == 1.0
    emails = {p.id: p.email for p in demo_minutes.participants}
    for path, group in zip(paths, block.groups):
        pages = _pages(path)
        text = _norm(" ".join(pages))
        assert pages[0].startswith("OPPGAVE TIL KOMMUNEGRUPPA\n" + group.label)
        for member in group.members:
            assert member.name in text
        veileder = next(m for m in group.members if m.role == VEILEDER)
        assert f"Veileder {veileder.name} · {emails[veileder.participant_id]}" in text
        assert "Når Etter konferansen" in text
        assert "Refleksjoner og nye ideer, veien videre for oss, neste steg" in text
        assert "Hvilken støtte trenger dere i denne sammenhengen i siste del av veiledningsperioden?" in text
        assert "Notat fra møtet om 4. kvadrant sendes veileder senest 14 dager før 7. veiledningsmøte vår 2020" in text
        assert f"Notatet sendes: {veileder.name} ({emails[veileder.participant_id]})" in text
        if group.text:
            assert _norm(NOTE) in text and "Status Levert 11.25" in text
            assert len(pages) <= 2  # a delivered note: no form to fill in
        else:
            # A form: an answer section with ruled lines per question of the task.
            assert "Status Ikke levert" in text
            assert ("Notat fra kommunegruppa Hvor står dere ifh til punktene i grunnlagsdokumentet – hvorfor er dere "
                    "kommet dit dere er kommet? Skriv notatet fra møtet her, eller legg det ved.") in text
            assert text.count("Hva blir viktig for deg i din rolle i dette arbeidet?") == 2  # the task, its section


def test_sheets_are_rewritten_in_place(demo_minutes: Minutes, tmp_path: Path) -> None:
    k4 = next(b for b in demo_minutes.group_blocks if b.block.kvadrant == 4)
    few = dataclasses.replace(demo_minutes, blocks=tuple(
        dataclasses.replace(b, groups=b.groups[:3]) if b is k4 else b for b in demo_minutes.blocks
    ))
    first = write_kommune_pdfs(few, tmp_path)
    again = write_kommune_pdfs(few, tmp_path, lang="en")
    assert first == again and len(list(tmp_path.iterdir())) == len(first)
    assert _pages(again[0])[0].startswith("TASK FOR THE MUNICIPALITY GROUP\nAsker")


def test_file_names_are_safe_and_sort() -> None:
    assert safe_file_name(4, "Sunnfjord") == "04-Sunnfjord.pdf"
    assert safe_file_name(12, 'Ås/Vestby: "nord" <*?|> \\ sør.') == "12-Ås Vestby nord sør.pdf"
    assert safe_file_name(7, "Ålesund") == "07-Ålesund.pdf"
    assert safe_file_name(3, "  ..  ") == "03-Gruppe 3.pdf"
    assert safe_file_name(3, "CON") == "03-CON.pdf"  # the number keeps it from being a device name
    assert safe_file_name(5, "Bø 🎻") == f"05-Bø {PLACEHOLDER}.pdf"
    assert safe_file_name(150, "Voss", digits=3) == "150-Voss.pdf"
    assert len(safe_file_name(1, "x" * 500)) < 100


def test_a_folder_that_is_a_file_is_refused(demo_minutes: Minutes, tmp_path: Path) -> None:
    blocker = tmp_path / "referater"
    blocker.write_text("ikke en mappe")
    with pytest.raises(KvadrantError) as error:
        write_kommune_pdfs(demo_minutes, blocker)
    assert error.value.message.code == "file_io_error"
    assert blocker.read_text() == "ikke en mappe"


def test_no_kommunegrupper_no_sheets(tmp_path: Path) -> None:
    db = create_demo(tmp_path / "uten.kvadrant")
    try:
        make_plan(db, kvadrant=1, seed=1)
        minutes = gather_minutes(db)
    finally:
        db.close()
    assert write_kommune_pdfs(minutes, tmp_path / "ut") == []
    assert (tmp_path / "ut").is_dir()


def test_a_kvadrant_4_during_the_conference(demo_minutes: Minutes, tmp_path: Path) -> None:
    """When 4. kvadrant is in the day's programme, the sheet says when, and the deadline time."""
    block = next(b for b in demo_minutes.group_blocks if b.block.kvadrant == 4)
    timed = dataclasses.replace(
        block, block=dataclasses.replace(block.block, start=dt.time(14, 15), end=dt.time(15, 0), summary_deadline=dt.time(15, 30))
    )
    timed = dataclasses.replace(timed, groups=timed.groups[:1])
    minutes = dataclasses.replace(demo_minutes, blocks=tuple(timed if b is block else b for b in demo_minutes.blocks))
    text = _norm(" ".join(_pages(write_kommune_pdfs(minutes, tmp_path)[0])))
    assert "Når 14.15–15.00" in text
    assert "Frist 28. januar 2020 kl. 15.30 – Notat fra møtet" in text
