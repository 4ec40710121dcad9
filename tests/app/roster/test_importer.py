"""Roster import: messy real-world CSV and XLSX files in, participants (or a clear error) out."""
from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.common.messages import KvadrantError
from app.groups.presence import set_presence
from app.roster.participants import add_participant, list_participants
from app.roster.importer import (
    Field,
    ParsedRoster,
    RawTable,
    apply_roster,
    guess_mapping,
    import_roster,
    missing_fields,
    parse_roster,
    preview_statuses,
    read_table,
)
from app.conference_file.storage import ConferenceDb

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = Path("/work/shared/data/participants-sample.csv")
DEMO = ROOT / "resources" / "demo" / "roster.csv"


@pytest.fixture
def db(tmp_path: Path):
    conference = ConferenceDb.create(tmp_path / "t.kvadrant")
    yield conference
    conference.close()


def write(tmp_path: Path, text: str, *, name: str = "roster.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def write_xlsx(tmp_path: Path, sheets: dict[str, list[list[object]]], *, name: str = "roster.xlsx",
               active: int = 0) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.active = active
    path = tmp_path / name
    book.save(path)
    return path


def people(db: ConferenceDb) -> dict[str, object]:
    return {p.name: p for p in list_participants(db)}


def codes(result) -> list[str]:
    return [w.code for w in result.warnings]


def parse(path: Path) -> ParsedRoster:
    table = read_table(path)
    return parse_roster(table, guess_mapping(table.headers))


# --- delimiters, encodings, CSV dialects ----------------------------------------------------


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_each_delimiter(db, tmp_path, delimiter) -> None:
    rows = [["Navn", "Kommune", "Rolle"], ["Kari Nordmann", "Hamar", "Rektor"], ["Ola Nordmann", "Gjøvik", "eier"]]
    path = write(tmp_path, "\n".join(delimiter.join(r) for r in rows) + "\n")
    result = import_roster(db, path)
    assert (result.imported, result.updated, result.skipped, result.warnings) == (2, 0, 0, ())
    assert people(db)["Kari Nordmann"].role == "kulturskoleleder"
    assert people(db)["Ola Nordmann"].municipality == "Gjøvik"


def test_semicolon_file_with_commas_in_cells(db, tmp_path) -> None:
    path = write(tmp_path, "Navn;Kommune;Veileder for\nHilde Holm;Norsk kulturskoleråd;Hamar, Gjøvik\n")
    import_roster(db, path)
    assert people(db)["Hilde Holm"].advises == ("Gjøvik", "Hamar")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
def test_encodings_keep_norwegian_letters(db, tmp_path, encoding) -> None:
    text = "Navn;Kommune;Rolle\r\nBjørn Østby;Fredrikstad;ressurslærer\r\nÅse Ærø;Ålesund;Kulturskolelærer\r\n"
    path = write(tmp_path, text, encoding=encoding)
    result = import_roster(db, path)
    assert result.imported == 2 and not result.warnings
    assert people(db)["Bjørn Østby"].role == "ressurslærer"
    assert people(db)["Åse Ærø"].municipality == "Ålesund"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(db, tmp_path, encoding) -> None:
    path = write(tmp_path, "Navn\tKommune\r\nKari\tBodø\r\n", encoding=encoding)
    import_roster(db, path)
    assert people(db)["Kari"].municipality == "Bodø"


def test_excel_sep_line_crlf_and_multiline_quoted_cells(db, tmp_path) -> None:
    text = (
        "sep=;\r\n"                                        # line 1
        "Navn;Kommune;Allergier\r\n"                       # line 2
        '"Nordmann; Kari";Hamar;"nøtter\r\nog melk"\r\n'   # lines 3-4
        "Per Hansen;;\r\n"                                 # line 5: no municipality
        ';Gjøvik;"gluten\r\nlaktose\r\negg"\r\n'           # lines 6-8: no name
        ";Lillehammer;\r\n"                                # line 9: no name
    )
    path = write(tmp_path, text, encoding="cp1252")
    table = read_table(path)
    assert table.header_line == 2
    assert [line for line, _cells in table.rows] == [3, 5, 6, 9]
    result = import_roster(db, path)
    assert result.imported == 1 and result.skipped == 3
    assert [(w.code, w.params["line"]) for w in result.warnings] == [
        ("row_missing_municipality", 5), ("row_missing_name", 6), ("row_missing_name", 9),
    ]
    assert "Nordmann; Kari" in people(db)


def test_old_mac_line_endings(db, tmp_path) -> None:
    path = write(tmp_path, "Navn,Kommune\rKari,Hamar\rOla,Gjøvik\r")
    assert import_roster(db, path).imported == 2


# --- headers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Navn", Field.NAME), ("NAVN", Field.NAME), ("name", Field.NAME), ("Fullt navn", Field.NAME),
        ("Deltaker", Field.NAME), ("Navn:", Field.NAME), (" Name ", Field.NAME), ("Full name", Field.NAME),
        ("Fornavn", Field.FIRST_NAME), ("First name", Field.FIRST_NAME), ("Etternavn", Field.LAST_NAME),
        ("Last name", Field.LAST_NAME), ("Kommune", Field.MUNICIPALITY), ("kommune", Field.MUNICIPALITY),
        ("Kommunenavn", Field.MUNICIPALITY), ("Municipality", Field.MUNICIPALITY),
        ("Kommune/organisasjon", Field.MUNICIPALITY), ("Rolle", Field.ROLE), ("ROLE", Field.ROLE),
        ("Stilling", Field.ROLE), ("Kommunegruppe", Field.KOMMUNEGRUPPE),
        ("Municipality group", Field.KOMMUNEGRUPPE), ("E-post", Field.EMAIL), ("Epost", Field.EMAIL),
        ("E-postadresse", Field.EMAIL), ("E-mail", Field.EMAIL), ("Email", Field.EMAIL),
        ("e-post :", Field.EMAIL), ("Veileder for", Field.ADVISES), ("Advises", Field.ADVISES),
        ("E-post (jobb)", Field.EMAIL), ("Navn / Name", Field.NAME),
    ],
)
def test_header_variants(header, field) -> None:
    assert guess_mapping([header]) == {field: 0}


@pytest.mark.parametrize("header", ["Allergier", "Veileder", "Kommunenummer", "Gruppe", "", "Kommentar"])
def test_other_headers_are_not_guessed(header) -> None:
    assert guess_mapping([header]) == {}


def test_first_of_two_alike_columns_wins() -> None:
    assert guess_mapping(["Navn", "Kommune", "Navn"]) == {Field.NAME: 0, Field.MUNICIPALITY: 1}


def test_missing_fields() -> None:
    assert missing_fields({Field.NAME: 0, Field.MUNICIPALITY: 1}) == []
    assert missing_fields({Field.FIRST_NAME: 0, Field.LAST_NAME: 1, Field.MUNICIPALITY: 2}) == []
    assert missing_fields({Field.FIRST_NAME: 0, Field.MUNICIPALITY: 2}) == [Field.LAST_NAME]
    assert missing_fields({Field.ROLE: 0}) == [Field.NAME, Field.MUNICIPALITY]


@pytest.mark.parametrize(
    "header",
    [
        "Navn,Kommune,Rolle,Kommunegruppe,E-post",
        "NAME,MUNICIPALITY,ROLE,MUNICIPALITY GROUP,EMAIL",
        "name,municipality,role,municipality group,e-mail",
        "Fullt navn:,Kommunenavn:,Stilling,Kommunegruppe,E-postadresse",
    ],
)
def test_headers_bokmal_english_any_case(db, tmp_path, header) -> None:
    path = write(tmp_path, header + "\nKari Nordmann,Førde,Rektor,Sunnfjord,kari@example.no\n")
    import_roster(db, path)
    kari = people(db)["Kari Nordmann"]
    assert (kari.municipality, kari.role, kari.kommunegruppe, kari.email) == (
        "Førde", "kulturskoleleder", "Sunnfjord", "kari@example.no",
    )


@pytest.mark.parametrize("header", ["Fornavn;Etternavn;Kommune", "First name;Last name;Municipality"])
def test_first_and_last_name_columns_are_joined(db, tmp_path, header) -> None:
    path = write(tmp_path, header + "\nKari;Nordmann;Hamar\n")
    import_roster(db, path)
    assert "Kari Nordmann" in people(db)


def test_extra_columns_are_ignored(db, tmp_path) -> None:
    path = write(tmp_path, "Allergier;Navn;Tlf;Kommune;Kommentar\nnøtter;Kari;12345678;Hamar;kommer sent\n")
    result = import_roster(db, path)
    assert result.imported == 1 and not result.warnings
    assert people(db)["Kari"].municipality == "Hamar"


def test_title_rows_above_header_in_csv(db, tmp_path) -> None:
    text = "Deltakerliste dialogkonferanse;;\nGardermoen 2024;;\n\nNavn;Kommune;Rolle\nKari;Hamar;eier\n"
    path = write(tmp_path, text)
    table = read_table(path)
    assert table.header_line == 4
    assert table.rows == ((5, ("Kari", "Hamar", "eier")),)
    assert import_roster(db, path).imported == 1


def test_unrecognised_headers_can_be_mapped_by_hand(db, tmp_path) -> None:
    path = write(tmp_path, "Person;Sted;Jobb\nKari Nordmann;Hamar;Rektor\nOla;Gjøvik;Lærer\n")
    before = list_participants(db)
    table = read_table(path)
    assert table.headers == ("Person", "Sted", "Jobb")
    mapping = guess_mapping(table.headers)
    assert mapping == {}
    assert missing_fields(mapping) == [Field.NAME, Field.MUNICIPALITY]
    with pytest.raises(KvadrantError) as caught:
        parse_roster(table, mapping)
    assert caught.value.message.code == "roster_missing_columns"
    assert caught.value.message.params["missing_nb"] == "Navn, Kommune"
    with pytest.raises(KvadrantError):
        import_roster(db, path)
    assert list_participants(db) == before
    parsed = parse_roster(table, {Field.NAME: 0, Field.MUNICIPALITY: 1, Field.ROLE: 2})
    assert [(e.line, e.name, e.municipality, e.role) for e in parsed.entries] == [
        (2, "Kari Nordmann", "Hamar", "kulturskoleleder"), (3, "Ola", "Gjøvik", "ressurslærer"),
    ]
    assert apply_roster(db, parsed).imported == 2


def test_unrecognised_headers_below_a_title_row(tmp_path) -> None:
    table = read_table(write(tmp_path, "Deltakerliste\n\nPerson;Sted;Jobb\nKari;Hamar;x\n"))
    assert (table.header_line, table.headers) == (3, ("Person", "Sted", "Jobb"))
    assert table.rows == ((4, ("Kari", "Hamar", "x")),)


def test_repeated_header_row_is_skipped(db, tmp_path) -> None:
    path = write(tmp_path, "Navn;Kommune\nKari;Hamar\nNavn;Kommune\nOla;Gjøvik\n")
    result = import_roster(db, path)
    assert (result.imported, result.skipped, result.warnings) == (2, 0, ())


# --- XLSX ---------------------------------------------------------------------------------


def test_xlsx_with_title_rows_numbers_and_dates(db, tmp_path) -> None:
    path = write_xlsx(tmp_path, {"Deltakere": [
        ["Dialogkonferanse Gardermoen"],
        [None, "Påmeldte per", dt.datetime(2024, 3, 1)],
        [],
        ["Navn", "Kommune", "Rolle", "Kommunegruppe", "E-post", "Allergier"],
        ["Kari Nordmann", "Hamar", "Rektor", 12.0, "kari@example.no", None],
        ["Ola Nordmann", 3401, "eier", 2.5, None, dt.date(2024, 1, 2)],
        [None, None, None, None, None, None],
        ["Per", None, "Lærer", None, None, None],
    ]})
    table = read_table(path)
    assert table.header_line == 4
    assert table.rows[0][0] == 5
    assert table.rows[1][1][:4] == ("Ola Nordmann", "3401", "eier", "2.5")
    assert table.rows[1][1][5] == "2024-01-02"
    result = import_roster(db, path)
    assert (result.imported, result.skipped) == (2, 1)
    assert [(w.code, w.params["line"]) for w in result.warnings] == [("row_missing_municipality", 8)]
    assert people(db)["Kari Nordmann"].kommunegruppe == "12"
    assert people(db)["Ola Nordmann"].municipality == "3401"


def test_xlsx_header_on_another_sheet(db, tmp_path) -> None:
    path = write_xlsx(tmp_path, {
        "Forside": [["Velkommen"], ["Se neste ark"]],
        "Liste": [["Name", "Municipality"], ["Kari", "Hamar"]],
    })
    assert import_roster(db, path).imported == 1


def test_xlsx_prefers_active_sheet(db, tmp_path) -> None:
    path = write_xlsx(tmp_path, {
        "Gammel": [["Navn", "Kommune"], ["Gammel Person", "Hamar"]],
        "Ny": [["Navn", "Kommune"], ["Ny Person", "Hamar"]],
    }, active=1)
    import_roster(db, path)
    assert list(people(db)) == ["Ny Person"]


def test_xlsx_with_csv_suffix_is_still_read(db, tmp_path) -> None:
    path = write_xlsx(tmp_path, {"Ark1": [["Navn", "Kommune"], ["Kari", "Hamar"]]}, name="roster.csv")
    assert import_roster(db, path).imported == 1


# --- roles, municipalities, duplicates, e-mail -------------------------------------------


def test_roles_in_roster_and_unknown_role_warning(db, tmp_path) -> None:
    path = write(tmp_path, "Navn;Kommune;Rolle\nA;Hamar;Kommunalsjef (eier)\nB;Hamar;Konsulent\nC;Hamar;\n")
    result = import_roster(db, path)
    assert codes(result) == ["row_unknown_role"]
    assert result.warnings[0].params == {"line": 3, "role": "Konsulent", "name": "B"}
    assert {n: p.role for n, p in people(db).items()} == {"A": "kulturskoleeier", "B": "Konsulent", "C": ""}


def test_municipality_spelling_in_roster(db, tmp_path) -> None:
    path = write(tmp_path, "Navn;Kommune\nA; gjøvik \nB;GJØVIK\nC;Gjøvik\n")
    import_roster(db, path)
    assert {p.municipality for p in list_participants(db)} == {"Gjøvik"}


def test_most_frequent_spelling_wins(db, tmp_path) -> None:
    path = write(tmp_path, "Navn;Kommune\nA;GJØVIK\nB;Gjøvik\nC;GJØVIK\n")
    import_roster(db, path)
    assert {p.municipality for p in list_participants(db)} == {"GJØVIK"}


def test_spelling_already_in_file_wins(db, tmp_path) -> None:
    add_participant(db, name="Eksisterende", municipality="gjøvik", kommunegruppe="gjøvikregionen")
    path = write(tmp_path, "Navn;Kommune;Kommunegruppe\nA;Gjøvik;Gjøvikregionen\nB;GJØVIK;GJØVIKREGIONEN\n")
    import_roster(db, path)
    assert {(p.municipality, p.kommunegruppe) for p in list_participants(db)} == {("gjøvik", "gjøvikregionen")}


def test_kommunegruppe_is_stored_and_canonical(db, tmp_path) -> None:
    rows = "\n".join(f"P{i};{m};{g}" for i, (m, g) in enumerate(
        [("Førde", "Sunnfjord"), ("Naustdal", "sunnfjord"), ("Gaular", "Sunnfjord"), ("Jølster", " Sunnfjord ")]
    ))
    import_roster(db, write(tmp_path, "Navn;Kommune;Kommunegruppe\n" + rows + "\n"))
    assert {p.kommunegruppe for p in list_participants(db)} == {"Sunnfjord"}
    assert len(list_participants(db)) == 4


def test_duplicates_are_imported_once_and_filled(db, tmp_path) -> None:
    text = "Navn;Kommune;Rolle;E-post\nKari Nordmann;Hamar;Rektor;\nKARI NORDMANN;hamar;eier;kari@example.no\n"
    path = write(tmp_path, text)
    result = import_roster(db, path)
    assert (result.imported, result.skipped) == (1, 1)
    assert codes(result) == ["row_duplicate"]
    assert result.warnings[0].params == {"line": 3, "name": "Kari Nordmann", "municipality": "Hamar", "first_line": 2}
    kari = people(db)["Kari Nordmann"]
    assert (kari.role, kari.email) == ("kulturskoleleder", "kari@example.no")


def test_blank_rows_are_skipped_silently(db, tmp_path) -> None:
    path = write(tmp_path, "Navn;Kommune\n\n;;\n  ;  \nKari;Hamar\n\n\n;\nOla;Gjøvik\n;;;\n")
    result = import_roster(db, path)
    assert (result.imported, result.skipped, result.warnings) == (2, 0, ())


def test_invalid_email_is_kept_with_warning(db, tmp_path) -> None:
    path = write(tmp_path, "Navn;Kommune;E-post\nKari;Hamar;kari.example.no\nOla;Hamar;mailto:ola@example.no\n")
    result = import_roster(db, path)
    assert codes(result) == ["row_invalid_email"]
    assert result.warnings[0].params["line"] == 2
    assert people(db)["Kari"].email == "kari.example.no"
    assert people(db)["Ola"].email == "ola@example.no"


def test_advises_split_on_separators(db, tmp_path) -> None:
    path = write(tmp_path, "Navn;Kommune;Rolle;Advises\n"
                           'V;Norsk kulturskoleråd;Veileder;"Førde, Naustdal; Gaular/Jølster, førde"\n'
                           "A;FØRDE;Rektor;\nB;Førde;Lærer;\n")
    import_roster(db, path)
    assert people(db)["V"].advises == ("Førde", "Gaular", "Jølster", "Naustdal")


def test_warnings_are_single_lines(db, tmp_path) -> None:
    path = write(tmp_path, 'Navn;Kommune;Rolle;E-post\n"Kari\nNordmann";"Hamar\n";"Sjef\nover alt";x\n'
                           ";Hamar;;\nPer;;;\nKari Nordmann;Hamar;;\n")
    result = import_roster(db, path)
    assert set(codes(result)) == {"row_unknown_role", "row_invalid_email", "row_missing_name",
                                  "row_missing_municipality", "row_duplicate"}
    for warning in result.warnings:
        for lang in ("nb", "en"):
            assert "\n" not in warning.text(lang) and "\r" not in warning.text(lang)


# --- re-import ----------------------------------------------------------------------------


def test_reimport_updates_and_keeps_present(db, tmp_path) -> None:
    first = write(tmp_path, "Navn;Kommune;Rolle;E-post\n"
                            "Kari;Hamar;Rektor;kari@example.no\nOla;Gjøvik;Lærer;ola@example.no\n", name="a.csv")
    assert import_roster(db, first).imported == 2
    kari_id = people(db)["Kari"].id
    set_presence(db, [kari_id], False)
    second = write(tmp_path, "Navn;Kommune;Rolle;E-post;Veileder for\nkari;HAMAR;eier;;\nOla;Gjøvik;;;\nNy;Stord;;;\n"
                             "Vera;NKR;Veileder;;Hamar, Stord\n", name="b.csv")
    parsed = parse(second)
    assert preview_statuses(db, parsed) == ["update", "update", "new", "new"]
    result = apply_roster(db, parsed)
    assert (result.imported, result.updated, result.skipped) == (2, 2, 0)
    assert set(result.changed.updated) == {kari_id, people(db)["Ola"].id}
    assert set(result.changed.added) == {people(db)["Ny"].id, people(db)["Vera"].id}
    now = people(db)
    assert len(now) == 4
    assert (now["Kari"].role, now["Kari"].email, now["Kari"].present) == ("kulturskoleeier", "kari@example.no", False)
    assert now["Ola"].role == "ressurslærer"
    assert now["Vera"].advises == ("Hamar", "Stord")
    third = write(tmp_path, "Navn;Kommune;Veileder for\nVera;nkr;Stord/Gjøvik\n", name="c.csv")
    result = import_roster(db, third)
    assert (result.imported, result.updated) == (0, 1)
    assert people(db)["Vera"].advises == ("Gjøvik", "Stord")


def test_importing_the_same_file_twice_changes_nothing(db) -> None:
    import_roster(db, SAMPLE)
    before = list_participants(db)
    result = import_roster(db, SAMPLE)
    assert (result.imported, result.updated) == (0, 105)
    assert list_participants(db) == before


# --- shipped rosters ----------------------------------------------------------------------


def test_sample_roster(db) -> None:
    result = import_roster(db, SAMPLE)
    assert (result.imported, result.skipped, result.warnings) == (105, 0, ())
    rows = list_participants(db)
    assert len(rows) == 105
    assert sum(p.role == "veileder" for p in rows) == 4


def test_demo_roster_advises(db) -> None:
    result = import_roster(db, DEMO)
    assert result.imported == 105 and not result.warnings
    veiledere = {p.name: p for p in list_participants(db) if p.role == "veileder"}
    assert len(veiledere) == 4
    assert "Jølster" in veiledere["Hilde Holm"].advises and len(veiledere["Hilde Holm"].advises) == 10
    advised = {m for p in veiledere.values() for m in p.advises}
    municipalities = {p.municipality for p in list_participants(db) if p.role != "veileder"}
    assert advised == municipalities


# --- not a roster -------------------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "not a workbook")
    return buffer.getvalue()


def _corrupt_xlsx(tmp_path: Path) -> bytes:
    good = write_xlsx(tmp_path, {"Ark1": [["Navn", "Kommune"], ["Kari", "Hamar"]]}, name="good.xlsx").read_bytes()
    return good[: len(good) // 2]


NOT_ROSTERS = {
    "missing_columns": ("x.csv", lambda t: "Navn;Rolle\nKari;Rektor\n".encode(), "roster_missing_columns"),
    "binary": ("x.csv", lambda t: bytes(range(256)) * 8, "roster_binary"),
    "empty": ("x.csv", lambda t: b" \r\n\r\n  \n", "roster_empty"),
    "zero_bytes": ("x.csv", lambda t: b"", "roster_empty"),
    "only_bom": ("x.csv", lambda t: b"\xef\xbb\xbf", "roster_empty"),
    "png": ("x.csv", lambda t: PNG, "roster_binary"),
    "header_only": ("x.csv", lambda t: b"Navn;Kommune\n", "roster_no_rows"),
    "corrupt_xlsx": ("x.xlsx", _corrupt_xlsx, "roster_unreadable_xlsx"),
    "random_zip": ("x.xlsx", lambda t: _zip_bytes(), "roster_unreadable_xlsx"),
    "random_zip_as_csv": ("x.csv", lambda t: _zip_bytes(), "roster_unreadable_xlsx"),
    "text_named_xlsx": ("x.xlsx", lambda t: b"Navn;Kommune\nKari;Hamar\n", "roster_unreadable_xlsx"),
    "old_xls": ("x.xls", lambda t: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500, "roster_old_xls"),
    "pdf": ("x.csv", lambda t: b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "roster_binary"),
}


@pytest.mark.parametrize("case", NOT_ROSTERS)
def test_not_a_roster_changes_nothing(db, tmp_path, case) -> None:
    name, make, code = NOT_ROSTERS[case]
    add_participant(db, name="Kari", municipality="Hamar")
    before = list_participants(db)
    path = tmp_path / name
    path.write_bytes(make(tmp_path))
    with pytest.raises(KvadrantError) as caught:
        import_roster(db, path)
    assert caught.value.message.code == code
    assert list_participants(db) == before
    text = caught.value.message.text("en")
    if code != "roster_io_error":
        assert "Name and Municipality" in text and "\n" not in text


def test_missing_file_and_directory(db, tmp_path) -> None:
    with pytest.raises(KvadrantError) as missing:
        import_roster(db, tmp_path / "nope.csv")
    assert missing.value.message.code == "roster_not_found"
    with pytest.raises(KvadrantError) as folder:
        import_roster(db, tmp_path)
    assert folder.value.message.code == "roster_is_directory"
    assert list_participants(db) == []


def test_empty_workbook(db, tmp_path) -> None:
    path = write_xlsx(tmp_path, {"Ark1": [], "Ark2": [[None, None]]})
    with pytest.raises(KvadrantError) as caught:
        import_roster(db, path)
    assert caught.value.message.code == "roster_empty"


def test_missing_columns_message_names_them(tmp_path) -> None:
    path = write(tmp_path, "Fornavn;Rolle\nKari;Rektor\n")
    with pytest.raises(KvadrantError) as caught:
        parse(path)
    assert caught.value.message.params["missing_en"] == "Last name, Municipality"
    assert "Navn og Kommune" in caught.value.message.text("nb")


def test_parse_with_out_of_range_mapping_does_not_crash(tmp_path) -> None:
    table = RawTable(tmp_path / "x.csv", 1, ("a", "b"), ((2, ("Kari", "Hamar")), (3, ("Ola",))))
    parsed = parse_roster(table, {Field.NAME: 0, Field.MUNICIPALITY: 1, Field.EMAIL: 9})
    assert [e.name for e in parsed.entries] == ["Kari"]
    assert [w.code for w in parsed.warnings] == ["row_missing_municipality"]


# --- property -----------------------------------------------------------------------------

TOKENS = ["Navn", "Kommune", "Rolle", "E-post", "Kari", "Hamar", "Rektor", "x@y", '"', "\n", "\r\n", "", "æøå",
          "sep=;", "\x00", "\ufeff", "PK\x03\x04"]
cells = st.one_of(st.sampled_from(TOKENS), st.text(max_size=8))
lines = st.lists(st.lists(cells, max_size=5), max_size=8)
texts = st.tuples(lines, st.sampled_from([",", ";", "\t"]), st.sampled_from(["utf-8", "utf-8-sig", "cp1252"])).map(
    lambda t: "\n".join(t[1].join(row) for row in t[0]).encode(t[2], errors="replace")
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=3000), texts))
def test_any_bytes_either_import_or_fail_cleanly(db, tmp_path, data: bytes) -> None:
    path = tmp_path / "random.csv"
    path.write_bytes(data)
    before = list_participants(db)
    try:
        result = import_roster(db, path)
    except KvadrantError as error:
        assert error.message.code.startswith("roster_")
        assert list_participants(db) == before
    else:
        assert len(list_participants(db)) == len(before) + result.imported
