"""The Word minutes' fields, sections and links: contents refreshed on opening with no instruction
text, a running header per part naming the group on later pages, web and e-mail addresses as real
hyperlinks that break at "/"."""
from __future__ import annotations

import dataclasses
import zipfile
from pathlib import Path

import docx
import pytest

from app.minutes.gathered import Minutes
from app.minutes.word import write_minutes_docx
from app.minutes.word_fields import breakable, find_links
from tests.app.minutes.test_word_excel import make_minutes

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
LONG = "https://www.kulturskoleradet.no/rammeplan/kapittel-3/veiledning?utgave=2025"
TEXT = f"Les {LONG}. Skriv til ola.nordmann@kommune.no, eller se www.ks.no!\n\n<&> «sitat» 🎉👩\u200d👩\u200d👧 slutt."


@pytest.fixture(scope="module")
def minutes() -> Minutes:
    m = make_minutes(3, texts={1: TEXT, 2: "Kort.", 3: "Ingen lenker her."}, names=('Ola <http://x.example>     m = make_minutes(3, texts={1: TEXT, 2: "Kort.", 3: "Ingen lenker her."}) Co',))
    k1 = m.blocks[1]
    first = k1.groups[0]
    assert first.summary is not None
    summary = dataclasses.replace(first.summary, key_points=("Se https://a.example/punkt", "Uten lenke"))
    groups = (dataclasses.replace(first, summary=summary), *k1.groups[1:])
    return dataclasses.replace(m, blocks=(m.blocks[0], dataclasses.replace(k1, groups=groups), *m.blocks[2:]))


@pytest.fixture(scope="module")
def path(minutes: Minutes, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_minutes_docx(minutes, tmp_path_factory.mktemp("fields") / "referat.docx")


@pytest.fixture(scope="module")
def document(path: Path) -> docx.document.Document:
    return docx.Document(str(path))


def _links(document: docx.document.Document) -> dict[str, str]:
    """Each external hyperlink's shown text by its target."""
    rels = document.part.rels
    out: dict[str, str] = {}
    for link in document.element.body.iter(f"{W}hyperlink"):
        rid = link.get(f"{R}id")
        if rid is not None:
            out[rels[rid].target_ref] = "".join(t.text or "" for t in link.iter(f"{W}t"))
    return out


def test_contents_refresh_on_opening_with_no_instruction(path: Path) -> None:
    with zipfile.ZipFile(path) as z:
        settings = z.read("word/settings.xml").decode()
        body = z.read("word/document.xml").decode()
    assert '<w:updateFields w:val="true"/>' in settings
    assert settings.index("w:updateFields") < settings.index("<w:compat")  # the schema's order
    assert "F9" not in body and "Oppdater felt" not in body  # no instruction to the reader
    assert 'TOC \\o "1-2"' in body


def test_each_part_has_a_header_naming_it_and_the_running_group(minutes: Minutes, document: docx.document.Document) -> None:
    title = minutes.conference.title
    sections = document.sections
    parts = ["Programmet – planlagt og gjennomført", "Levering av referater", "1. kvadrant: Erfaringsdeling",
             "4. kvadrant: Kommunegruppene", "Vedlegg: Deltakere etter kommune"]
    assert len(sections) == 1 + len(parts)  # cover and contents, then one section per part
    assert sections[0].header.paragraphs[0].text == title
    for section, part in zip(sections[1:], parts):
        assert section.different_first_page_header_footer
        assert section.first_page_header.paragraphs[0].text == f"{title} · {part}"
        assert section.header.paragraphs[0].text.startswith(f"{title} · {part}")
        first_instr = " ".join(t.text or "" for t in section.first_page_header._element.iter(f"{W}instrText"))
        instr = " ".join(t.text or "" for t in section.header._element.iter(f"{W}instrText"))
        assert "STYLEREF" not in first_instr  # the part's heading stands on its first page
        # Parts with groups name the group running on; the programme and appendix don't.
        assert ('STYLEREF "Heading 2"' in instr) == ("kvadrant:" in part)
        footer = " ".join(t.text or "" for t in section.first_page_footer._element.iter(f"{W}instrText"))
        assert "PAGE" in footer and "NUMPAGES" in footer
        assert not section.footer.is_linked_to_previous or section is not sections[0]


def test_addresses_are_links_with_clean_targets(document: docx.document.Document) -> None:
    links = _links(document)
    assert links[LONG].replace("\u200b", "") == LONG and "/\u200b" in links[LONG]
    assert links["mailto:ola.nordmann@kommune.no"] == "ola.nordmann@kommune.no"
    assert links["https://www.ks.no"] == "www.ks.no"
    assert links["https://a.example/punkt"] == "https://a.example/punkt"  # a key point; short: as typed
    assert links['http://x.example'] == "http://x.example"  # in a table cell (a name)
    assert all("\u200b" not in target for target in links)
    for rel in document.part.rels.values():
        if rel.reltype.endswith("/hyperlink"):
            assert rel.is_external


def test_text_around_links_is_as_typed(document: docx.document.Document) -> None:
    texts = [p.text.replace("\u200b", "") for p in document.paragraphs]
    assert f"Les {LONG}. Skriv til ola.nordmann@kommune.no, eller se www.ks.no!" in texts
    assert "<&> «sitat» 🎉👩\u200d👩\u200d👧 slutt." in texts
    link_runs = [r for r in document.element.body.iter(f"{W}hyperlink")]
    assert all(r.find(f"{W}r/{W}rPr/{W}rStyle") is not None for r in link_runs if r.get(f"{R}id"))


def test_find_links_and_breaks() -> None:
    assert find_links("(se https://a.no/b_(c)).") == [("(se ", None), ("https://a.no/b_(c)", "https://a.no/b_(c)"), (").", None)]
    assert find_links("www. og https:// og a@b") == [("www. og https:// og a@b", None)]
    assert find_links("<a@b.no>") == [("<", None), ("a@b.no", "mailto:a@b.no"), (">", None)]
    assert breakable("http://x.example/a") == "http://x.example/a"
    assert breakable(LONG) == LONG.replace("/r", "/\u200br").replace("/k", "/\u200bk").replace("/v", "/\u200bv")
    assert breakable(LONG).split("\u200b")[0] == "https://www.kulturskoleradet.no/"  # never after "//"
