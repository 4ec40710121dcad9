"""Importing a participant roster (CSV or XLSX) into the conference file.

Three steps the preview dialog can stop between: :func:`read_table` turns any file into rows
of text, :func:`guess_mapping` says which column is which (the facilitator may correct it), and
:func:`parse_roster` turns rows into entries and warnings. Only :func:`apply_roster` writes, in
one transaction, so a file that is not a roster never changes the conference file.
"""
from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import enum
import io
import itertools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generator, Iterable, Iterator, Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.common.messages import KvadrantError, Message
from app.roster.participants import ParticipantsChanged
from app.common.roles import normalize_role
from app.conference_file.schema import AdvisedMunicipality, Participant
from app.conference_file.storage import ConferenceDb
from app.common.text import clean, fold, match_key

#: How many non-empty rows from the top may hold titles before the header row.
HEADER_SEARCH_ROWS = 15
DELIMITERS: tuple[str, ...] = (";", ",", "\t")


class Field(str, enum.Enum):
    NAME = "name"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    MUNICIPALITY = "municipality"
    ROLE = "role"
    KOMMUNEGRUPPE = "kommunegruppe"
    EMAIL = "email"
    ADVISES = "advises"


#: Field -> (bokmål, English) column label, for messages and the mapping dialog.
FIELD_LABELS: dict[Field, tuple[str, str]] = {
    Field.NAME: ("Navn", "Name"),
    Field.FIRST_NAME: ("Fornavn", "First name"),
    Field.LAST_NAME: ("Etternavn", "Last name"),
    Field.MUNICIPALITY: ("Kommune", "Municipality"),
    Field.ROLE: ("Rolle", "Role"),
    Field.KOMMUNEGRUPPE: ("Kommunegruppe", "Municipality group"),
    Field.EMAIL: ("E-post", "Email"),
    Field.ADVISES: ("Veileder for", "Advises"),
}


@dataclass(frozen=True)
class RawTable:
    """A file's rows as text, before anyone decides what the columns mean."""

    path: Path
    header_line: int
    headers: tuple[str, ...]
    #: (line, cells) for each non-blank row below the header; cells are uncleaned text.
    rows: tuple[tuple[int, tuple[str, ...]], ...]


@dataclass(frozen=True)
class RosterEntry:
    line: int
    name: str
    municipality: str
    role: str
    kommunegruppe: str
    email: str
    advises: tuple[str, ...]


@dataclass(frozen=True)
class ParsedRoster:
    entries: tuple[RosterEntry, ...]
    warnings: tuple[Message, ...]
    skipped: int


@dataclass(frozen=True)
class ImportResult:
    imported: int
    updated: int
    skipped: int
    warnings: tuple[Message, ...]
    changed: ParticipantsChanged


# --- headers -----------------------------------------------------------------------------


def _letters(text: str) -> str:
    """Letters only, casefolded, accents and ø/æ folded: "E-post:" and "epost" are one key."""
    text = unicodedata.normalize("NFKD", clean(text).casefold())
    text = text.replace("ø", "o").replace("æ", "ae")
    return "".join(ch for ch in text if ch.isalpha() and not unicodedata.combining(ch))


_ALIASES: dict[Field, tuple[str, ...]] = {
    Field.NAME: ("Navn", "Fullt navn", "Fullt namn", "Fullnavn", "Namn", "Deltaker", "Deltakar",
                 "Deltakernavn", "Deltakarnamn", "Navn på deltaker", "Personnavn",
                 "Fornavn og etternavn", "Name", "Full name", "Participant", "Participant name"),
    Field.FIRST_NAME: ("Fornavn", "Førenamn", "Fornamn", "First name", "Given name", "Forename"),
    Field.LAST_NAME: ("Etternavn", "Etternamn", "Last name", "Surname", "Family name"),
    Field.MUNICIPALITY: ("Kommune", "Kommunenavn", "Kommunenamn", "Hjemkommune",
                         "Kommune/organisasjon", "Municipality", "Municipality name"),
    Field.ROLE: ("Rolle", "Roller", "Rolle i kommunen", "Stilling", "Stillingstittel", "Tittel",
                 "Funksjon", "Role", "Title", "Job title", "Position"),
    Field.KOMMUNEGRUPPE: ("Kommunegruppe", "Kommunegruppa", "Kommunegrupper",
                          "Municipality group", "Municipal group"),
    Field.EMAIL: ("E-post", "E-postadresse", "E-post adresse", "Mailadresse", "Mail",
                  "E-mail", "E-mail address", "Email address"),
    Field.ADVISES: ("Veileder for", "Veileder for kommuner", "Veileder for kommunene",
                    "Veiledningskommuner", "Rettleiar for", "Advises", "Adviser for",
                    "Advisor for", "Advised municipalities"),
}
_HEADER_KEYS: dict[str, Field] = {_letters(a): f for f, aliases in _ALIASES.items() for a in aliases}
_PARENTHESISED = re.compile(r"\([^()]*\)")


def _header_field(header: str) -> Field | None:
    """The field a header names: whole, without a parenthesised note, or one of "A / B"."""
    for candidate in (header, _PARENTHESISED.sub("", header), *re.split(r"[/|()]", header)):
        found = _HEADER_KEYS.get(_letters(candidate))
        if found is not None:
            return found
    return None


def guess_mapping(headers: Sequence[str]) -> dict[Field, int]:
    """Field -> column index for the headers we recognise; the first of two alike wins."""
    mapping: dict[Field, int] = {}
    for index, header in enumerate(headers):
        found = _header_field(str(header))
        if found is not None and found not in mapping:
            mapping[found] = index
    return mapping


def missing_fields(mapping: Mapping[Field, int]) -> list[Field]:
    """The required fields not mapped: a name (whole or first + last) and a municipality."""
    missing: list[Field] = []
    if Field.NAME not in mapping:
        first, last = Field.FIRST_NAME in mapping, Field.LAST_NAME in mapping
        if first and not last:
            missing.append(Field.LAST_NAME)
        elif last and not first:
            missing.append(Field.FIRST_NAME)
        elif not first and not last:
            missing.append(Field.NAME)
    if Field.MUNICIPALITY not in mapping:
        missing.append(Field.MUNICIPALITY)
    return missing


def _header_score(cells: Sequence[str]) -> int:
    """How many fields a row names if it could be the header row, else 0."""
    mapping = guess_mapping(cells)
    return 0 if missing_fields(mapping) else len(mapping)


# --- reading -----------------------------------------------------------------------------

Row = tuple[int, tuple[str, ...]]

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_BINARY_MAGIC = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"\x1f\x8b", b"BZh", b"7z\xbc\xaf", b"Rar!")


def _is_blank(cells: Sequence[str]) -> bool:
    return not any(clean(cell) for cell in cells)


def _detail(error: BaseException) -> str:
    """An exception as a short single line for a message's {detail}."""
    text = clean(str(error)) or type(error).__name__
    return text if len(text) <= 160 else text[:157] + "..."


def _read_bytes(path: Path) -> bytes:
    if path.is_dir():
        raise KvadrantError("roster_is_directory", path=str(path))
    if not path.exists():
        raise KvadrantError("roster_not_found", path=str(path))
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise KvadrantError("roster_not_found", path=str(path)) from None
    except OSError as error:
        raise KvadrantError("roster_io_error", path=str(path), detail=error.strerror or _detail(error)) from None


def _utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le"/"-be" when every other byte is zero, as in UTF-16 text of Latin letters."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    for encoding, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if high.count(0) >= 0.9 * len(high) and low.count(0) <= 0.1 * len(low):
            return encoding
    return None


_ODD_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")


def _decode(path: Path, data: bytes) -> str:
    """Text from UTF-8 (BOM or not), UTF-16 (Excel's "Unicode text"), else Windows-1252.

    Refuses what is plainly not text: known binary signatures, NUL bytes, or more than a few
    control characters or undecodable bytes.
    """
    if data.startswith(_BINARY_MAGIC):
        raise KvadrantError("roster_binary", path=str(path))
    if data.startswith(codecs.BOM_UTF8):
        text = data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise KvadrantError("roster_binary", path=str(path)) from None
    elif utf16 := _utf16_without_bom(data):
        text = data.decode(utf16, errors="replace")
    else:
        if b"\x00" in data:
            raise KvadrantError("roster_binary", path=str(path))
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    sample = text[:65536]
    if len(_ODD_CHARACTERS.findall(sample)) > max(2, len(sample) // 50):
        raise KvadrantError("roster_binary", path=str(path))
    return text


def _csv_rows(text: str, delimiter: str, first_line: int) -> Iterator[Row]:
    """Records with the physical line each starts on, counting newlines inside quoted cells."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    consumed = 0
    for cells in reader:
        yield first_line + consumed, tuple(cells)
        consumed = reader.line_num


def _head(rows: Iterable[Row]) -> list[Row]:
    """The first non-blank rows, where a header row may be."""
    return list(itertools.islice((r for r in rows if not _is_blank(r[1])), HEADER_SEARCH_ROWS))


def _best_header(head: Sequence[Row]) -> tuple[int, int]:
    """(score, index in head) of the row naming the most fields; score 0 if none will do."""
    best = (0, 0)
    for index, (_line, cells) in enumerate(head):
        score = _header_score(cells)
        if score > best[0]:
            best = (score, index)
    return best


def _regularity(head: Sequence[Row]) -> int:
    """How many rows share the most common width above one column: a delimiter's plausibility."""
    widths = Counter(len(cells) for _line, cells in head if len(cells) > 1)
    return widths.most_common(1)[0][1] if widths else 0


_SEP_LINE = re.compile(r'[ \t]*"?sep=([^"\r\n])"?[ \t]*(\r\n|\n|\r|$)', re.IGNORECASE)


def _read_csv(path: Path, data: bytes) -> list[Row]:
    text = _decode(path, data)
    first_line, delimiters = 1, DELIMITERS
    sep = _SEP_LINE.match(text)
    if sep:  # Excel's "sep=;" line names the delimiter and is not part of the table
        text, first_line, delimiters = text[sep.end():], 2, (sep.group(1),)
    try:
        heads = {d: _head(_csv_rows(text, d, first_line)) for d in delimiters}
        chosen = max(delimiters, key=lambda d: (_best_header(heads[d])[0], _regularity(heads[d])))
        return list(_csv_rows(text, chosen, first_line))
    except csv.Error:
        raise KvadrantError("roster_binary", path=str(path)) from None


def _cell_text(value: object) -> str:
    """An Excel value as the text a person sees: 12.0 -> "12", a date as 2024-03-01."""
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def _xlsx_sheets(path: Path, data: bytes) -> Generator[list[Row], None, None]:
    """Each worksheet's rows, the active sheet first; openpyxl's failures become ours."""
    import openpyxl  # imported here: only XLSX files pay for it

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a broken file
        raise KvadrantError("roster_unreadable_xlsx", path=str(path), detail=_detail(error)) from None
    try:
        sheets = list(book.worksheets)
        active = book.active
        if active in sheets:
            sheets.remove(active)
            sheets.insert(0, active)
        for sheet in sheets:
            try:
                sheet.reset_dimensions()  # some writers store wrong dimensions; read what is there
                rows = [
                    (number, tuple(_cell_text(v) for v in values))
                    for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
                ]
            except Exception as error:
                raise KvadrantError("roster_unreadable_xlsx", path=str(path), detail=_detail(error)) from None
            yield rows
    finally:
        book.close()


def _filled(cells: Sequence[str]) -> int:
    return sum(1 for cell in cells if clean(cell))


def _table(path: Path, rows: list[Row], head: list[Row]) -> RawTable:
    """Split rows at the header row or, if none is recognised, at the widest of the top rows
    (a title row has one cell), so the facilitator can say which column is which."""
    score, index = _best_header(head)
    if not score:
        widths = [_filled(cells) for _line, cells in head]
        index = widths.index(max(widths))
    header_line, headers = head[index]
    body = tuple((line, cells) for line, cells in rows if line > header_line and not _is_blank(cells))
    if not body:
        if score:
            raise KvadrantError("roster_no_rows", path=str(path))
        raise _missing_columns(path, missing_fields(guess_mapping(headers)))
    return RawTable(path, header_line, tuple(clean(h) for h in headers), body)


def read_table(path: str | Path) -> RawTable:
    """Read a CSV or XLSX file into rows of text below its header row; writes nothing."""
    path = Path(path).expanduser()
    data = _read_bytes(path)
    if not data.strip():
        raise KvadrantError("roster_empty", path=str(path))
    if data.startswith(_OLE_MAGIC):
        raise KvadrantError("roster_old_xls", path=str(path))
    if data.startswith(b"PK\x03\x04") or path.suffix.lower() in (".xlsx", ".xlsm"):
        fallback: tuple[list[Row], list[Row]] | None = None
        with contextlib.closing(_xlsx_sheets(path, data)) as sheets:
            for rows in sheets:
                head = _head(rows)
                if head and _best_header(head)[0]:
                    return _table(path, rows, head)
                if head and fallback is None:
                    fallback = (rows, head)
        if fallback is None:
            raise KvadrantError("roster_empty", path=str(path))
        return _table(path, *fallback)
    rows = _read_csv(path, data)
    head = _head(rows)
    if not head:
        raise KvadrantError("roster_empty", path=str(path))
    return _table(path, rows, head)


# --- parsing -----------------------------------------------------------------------------

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+")
_LIST_SEPARATORS = re.compile(r"[,;/\n\r]+")


def _missing_columns(path: Path, missing: Sequence[Field]) -> KvadrantError:
    return KvadrantError(
        "roster_missing_columns",
        path=str(path),
        missing_nb=", ".join(FIELD_LABELS[f][0] for f in missing),
        missing_en=", ".join(FIELD_LABELS[f][1] for f in missing),
    )


def _split_list(text: str) -> list[str]:
    """ "Førde, Naustdal; Gaular/Jølster" -> the four names, cleaned, each once."""
    found: dict[str, str] = {}
    for part in _LIST_SEPARATORS.split(text):
        if clean(part):
            found.setdefault(fold(part), clean(part))
    return list(found.values())


def _canonical_spellings(spellings: Iterable[str]) -> dict[str, str]:
    """fold -> the spelling to keep: most frequent, then neither all-lower nor all-upper, then first."""
    counts: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    for index, spelling in enumerate(spellings):
        counts[spelling] += 1
        first_seen.setdefault(spelling, index)

    def rank(spelling: str) -> tuple[int, bool, int]:
        return (-counts[spelling], spelling.islower() or spelling.isupper(), first_seen[spelling])

    best: dict[str, str] = {}
    for spelling in first_seen:
        key = fold(spelling)
        if key not in best or rank(spelling) < rank(best[key]):
            best[key] = spelling
    return best


@dataclass
class _Draft:
    """An entry while rows are still merging into it."""

    line: int
    name: str
    municipality: str
    role: str
    kommunegruppe: str
    email: str
    advises: list[str] = field(default_factory=list)

    def fill_from(self, later: _Draft) -> None:
        """A later row for the same person fills what the first row left empty."""
        for attribute in ("role", "kommunegruppe", "email", "advises"):
            if not getattr(self, attribute):
                setattr(self, attribute, getattr(later, attribute))


def _row_draft(line: int, cells: Sequence[str], mapping: Mapping[Field, int]) -> tuple[_Draft, list[Message]]:
    def cell(f: Field) -> str:
        index = mapping.get(f)
        return cells[index] if index is not None and 0 <= index < len(cells) else ""

    name = clean(cell(Field.NAME)) or clean(f"{cell(Field.FIRST_NAME)} {cell(Field.LAST_NAME)}")
    draft = _Draft(line, name, clean(cell(Field.MUNICIPALITY)), "", clean(cell(Field.KOMMUNEGRUPPE)),
                   re.sub(r"(?i)^mailto:", "", clean(cell(Field.EMAIL))), _split_list(cell(Field.ADVISES)))
    warnings: list[Message] = []
    typed = clean(cell(Field.ROLE))
    role = normalize_role(typed)
    draft.role = role.role
    if typed and not role.known:
        warnings.append(Message("row_unknown_role", {"line": line, "role": typed, "name": name}))
    if draft.email and not _EMAIL.fullmatch(draft.email):
        warnings.append(Message("row_invalid_email", {"line": line, "email": draft.email, "name": name}))
    return draft, warnings


def parse_roster(table: RawTable, mapping: Mapping[Field, int]) -> ParsedRoster:
    """Entries from a table and a column mapping; nothing is written."""
    missing = missing_fields(mapping)
    if missing:
        raise _missing_columns(table.path, missing)
    drafts: dict[str, _Draft] = {}
    warnings: list[Message] = []
    skipped = 0
    header = _row_draft(table.header_line, table.headers, mapping)[0]
    for line, cells in table.rows:
        if _is_blank(cells):
            continue
        draft, row_warnings = _row_draft(line, cells, mapping)
        if header.name and match_key(draft.name, draft.municipality) == match_key(header.name, header.municipality):
            continue  # the header repeated, as in two exports pasted together
        if not draft.name:
            warnings.append(Message("row_missing_name", {"line": line}))
            skipped += 1
            continue
        if not draft.municipality:
            warnings.append(Message("row_missing_municipality", {"line": line, "name": draft.name}))
            skipped += 1
            continue
        warnings.extend(row_warnings)
        key = match_key(draft.name, draft.municipality)
        first = drafts.get(key)
        if first is None:
            drafts[key] = draft
            continue
        warnings.append(Message("row_duplicate", {
            "line": line, "name": first.name, "municipality": first.municipality, "first_line": first.line,
        }))
        first.fill_from(draft)
        skipped += 1
    return ParsedRoster(_canonical_entries(drafts.values()), tuple(warnings), skipped)


def _canonical_entries(drafts: Iterable[_Draft]) -> tuple[RosterEntry, ...]:
    drafts = list(drafts)
    places = _canonical_spellings(
        itertools.chain((d.municipality for d in drafts), (a for d in drafts for a in d.advises))
    )
    groups = _canonical_spellings(d.kommunegruppe for d in drafts if d.kommunegruppe)
    return tuple(
        RosterEntry(
            line=d.line,
            name=d.name,
            municipality=places[fold(d.municipality)],
            role=d.role,
            kommunegruppe=groups[fold(d.kommunegruppe)] if d.kommunegruppe else "",
            email=d.email,
            advises=tuple(places[fold(a)] for a in d.advises),
        )
        for d in drafts
    )


# --- writing -----------------------------------------------------------------------------


def _file_spellings(spellings: Iterable[str]) -> dict[str, str]:
    """fold -> the spelling the file already uses (the earliest participant's)."""
    found: dict[str, str] = {}
    for spelling in spellings:
        if spelling:
            found.setdefault(fold(spelling), spelling)
    return found


def _replace_advises(person: Participant, municipalities: Sequence[str]) -> None:
    """Make ``person.advises`` exactly these, keeping rows that stay (no delete-and-reinsert)."""
    wanted = {fold(m): m for m in municipalities}
    kept = [a for a in person.advises if fold(a.municipality) in wanted]
    have = {fold(a.municipality) for a in kept}
    person.advises = kept + [AdvisedMunicipality(municipality=m) for k, m in wanted.items() if k not in have]


def preview_statuses(db: ConferenceDb, parsed: ParsedRoster) -> list[str]:
    """For each entry, "new" or "update": what applying it would do (reads only)."""
    with db.read() as session:
        keys = set(session.scalars(select(Participant.match_key)))
    return ["update" if match_key(e.name, e.municipality) in keys else "new" for e in parsed.entries]


def apply_roster(db: ConferenceDb, parsed: ParsedRoster) -> ImportResult:
    """Add new people and update known ones, in one transaction; ``present`` is never touched."""
    added: list[Participant] = []
    matched: dict[int, Participant] = {}
    with db.write() as session:
        people = list(session.scalars(
            select(Participant).options(selectinload(Participant.advises)).order_by(Participant.id)
        ))
        by_key = {p.match_key: p for p in people}
        places = _file_spellings(p.municipality for p in people)
        groups = _file_spellings(p.kommunegruppe for p in people)
        for entry in parsed.entries:
            municipality = places.get(fold(entry.municipality), entry.municipality)
            group = groups.get(fold(entry.kommunegruppe), entry.kommunegruppe)
            advises = [places.get(fold(a), a) for a in entry.advises]
            key = match_key(entry.name, municipality)
            person = by_key.get(key)
            if person is None:
                person = Participant(name=entry.name, municipality=municipality, match_key=key, role=entry.role,
                                     kommunegruppe=group, email=entry.email, present=True)
                _replace_advises(person, advises)
                session.add(person)
                by_key[key] = person
                added.append(person)
                continue
            if person.id is not None:
                matched[person.id] = person
            for attribute, value in (("role", entry.role), ("kommunegruppe", group), ("email", entry.email)):
                if value:
                    setattr(person, attribute, value)
            if advises:
                _replace_advises(person, advises)
        session.flush()
        added_ids = tuple(p.id for p in added)
    warnings = parsed.warnings
    changed = ParticipantsChanged(added=added_ids, updated=tuple(matched), warnings=warnings)
    return ImportResult(len(added_ids), len(matched), parsed.skipped, warnings, changed)


def import_roster(db: ConferenceDb, path: str | Path) -> ImportResult:
    """Read, map by the headers, parse and apply: the whole import without a dialog."""
    table = read_table(path)
    return apply_roster(db, parse_roster(table, guess_mapping(table.headers)))
