"""User-facing messages from the core, as codes with parameters.

The core never decides the language: it returns a :class:`Message`, and the edge (the CLI or
the Qt UI) renders it in the user's language. Bokmål is the default; English the second.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Mapping

EXPECTED_COLUMNS_NB = "Navn og Kommune (valgfritt: Rolle, Kommunegruppe, E-post)"
EXPECTED_COLUMNS_EN = "Name and Municipality (optional: Role, Municipality group, Email)"

#: code -> (bokmål, English). Parameters are filled with str.format.
CATALOGUE: dict[str, tuple[str, str]] = {
    # conference file
    "file_not_found": ("Finner ikke filen {path}.", "File not found: {path}."),
    "file_exists": (
        "Filen {path} finnes allerede; velg et annet navn.",
        "The file {path} already exists; choose another name.",
    ),
    "file_is_directory": ("{path} er en mappe, ikke en fil.", "{path} is a folder, not a file."),
    "file_empty": (
        "{path} er tom og er ikke en Kvadrant-konferansefil.",
        "{path} is empty and is not a Kvadrant conference file.",
    ),
    "file_not_sqlite": (
        "{path} er ikke en Kvadrant-konferansefil.",
        "{path} is not a Kvadrant conference file.",
    ),
    "file_foreign_sqlite": (
        "{path} er en SQLite-database, men ikke en Kvadrant-konferansefil.",
        "{path} is an SQLite database but not a Kvadrant conference file.",
    ),
    "file_newer_version": (
        "{path} er laget av en nyere versjon av Kvadrant (filformat {found}, denne versjonen kan {supported}). Oppdater Kvadrant.",
        "{path} was made by a newer version of Kvadrant (file format {found}; this version reads up to {supported}). Update Kvadrant.",
    ),
    "file_read_only": (
        "{path} er skrivebeskyttet. Kopier filen eller gi skrivetilgang, og prøv igjen.",
        "{path} is read-only. Copy the file or make it writable, and try again.",
    ),
    "file_disk_full": (
        "Disken er full: {path} kunne ikke lagres. Frigjør plass og prøv igjen; det som er lagret fra før, er urørt.",
        "The disk is full: {path} could not be saved. Free some space and try again; what was saved before is untouched.",
    ),
    "file_corrupt": (
        "{path} er skadet eller ikke en Kvadrant-konferansefil ({detail}).",
        "{path} is damaged or not a Kvadrant conference file ({detail}).",
    ),
    "file_locked": (
        "{path} er i bruk av et annet program. Lukk det og prøv igjen.",
        "{path} is in use by another program. Close it and try again.",
    ),
    "file_io_error": (
        "Kunne ikke lese eller skrive {path}: {detail}",
        "Could not read or write {path}: {detail}",
    ),
    "file_no_conference": (
        "{path} har ingen konferanse.",
        "{path} holds no conference.",
    ),
    # the history of a conference (earlier conferences whose tables new plans avoid repeating)
    "history_is_itself": (
        "{path} er denne konferansen selv (eller en kopi av den), ikke en tidligere konferanse.",
        "{path} is this conference itself (or a copy of it), not an earlier one.",
    ),
    "history_same_id": (
        "{path} sier at den er samme konferanse som {other}, som fortsatt ligger der. Er den ene en kopi? "
        "Bruk originalen.",
        "{path} claims to be the same conference as {other}, which is still there. Is one a copy? Use the original.",
    ),
    "history_not_found": ("Konferansen finnes ikke i historikken.", "That conference is not in the history."),
    "history_not_same": (
        "{path} er ikke «{title}»: det er en annen konferanse.",
        "{path} is not “{title}”: it is another conference.",
    ),
    "history_missing": (
        "Finner ikke den tidligere konferansen «{title}» ({path}). Si hvor den ligger nå, eller ta den ut av "
        "historikken under Grupper → Tidligere konferanser; ingen plan er laget.",
        "The earlier conference “{title}” ({path}) cannot be found. Say where it is now, or remove it from the "
        "history under Groups → Earlier conferences; no plan was made.",
    ),
    "history_no_id": (
        "{path} er fra en eldre Kvadrant og har ingen id ennå; åpne den én gang først.",
        "{path} is from an older Kvadrant and has no id yet; open it once first.",
    ),
    "series_loop": (
        "Konferansene er laget fra hverandre i ring ({path}); serien kan ikke vises.",
        "The conferences are made from each other in a loop ({path}); the series cannot be shown.",
    ),
    "alias_bad": (
        "Skriv både det gamle og det nye kommunenavnet, og to ulike navn.",
        "Give both the old and the new municipality name, and two different names.",
    ),
    # roster import
    "roster_not_found": ("Finner ikke deltakerlisten {path}.", "Roster not found: {path}."),
    "roster_empty": (
        "{path} er tom. Forventet kolonner: " + EXPECTED_COLUMNS_NB + ".",
        "{path} is empty. Expected columns: " + EXPECTED_COLUMNS_EN + ".",
    ),
    "roster_binary": (
        "{path} er ikke en deltakerliste (CSV eller XLSX). Forventet kolonner: " + EXPECTED_COLUMNS_NB + ".",
        "{path} is not a roster (CSV or XLSX). Expected columns: " + EXPECTED_COLUMNS_EN + ".",
    ),
    "roster_is_directory": (
        "{path} er en mappe, ikke en deltakerliste. Forventet kolonner: " + EXPECTED_COLUMNS_NB + ".",
        "{path} is a folder, not a roster. Expected columns: " + EXPECTED_COLUMNS_EN + ".",
    ),
    "roster_io_error": (
        "Kunne ikke lese deltakerlisten {path}: {detail}",
        "Could not read the roster {path}: {detail}",
    ),
    "roster_old_xls": (
        "{path} er i det gamle Excel-formatet (.xls). Lagre den som .xlsx eller CSV og prøv igjen. Forventet kolonner: "
        + EXPECTED_COLUMNS_NB + ".",
        "{path} is in the old Excel format (.xls). Save it as .xlsx or CSV and try again. Expected columns: "
        + EXPECTED_COLUMNS_EN + ".",
    ),
    "roster_unreadable_xlsx": (
        "{path} kunne ikke leses som Excel-fil ({detail}). Forventet kolonner: " + EXPECTED_COLUMNS_NB + ".",
        "{path} could not be read as an Excel file ({detail}). Expected columns: " + EXPECTED_COLUMNS_EN + ".",
    ),
    "roster_missing_columns": (
        "{path} mangler kolonnene {missing_nb}. Forventet kolonner: " + EXPECTED_COLUMNS_NB + ".",
        "{path} lacks the columns {missing_en}. Expected columns: " + EXPECTED_COLUMNS_EN + ".",
    ),
    "roster_no_rows": (
        "{path} har ingen deltakere under overskriftene. Forventet kolonner: " + EXPECTED_COLUMNS_NB + ".",
        "{path} has no participants below its headers. Expected columns: " + EXPECTED_COLUMNS_EN + ".",
    ),
    "row_missing_name": ("Linje {line}: mangler navn; hoppet over.", "Line {line}: no name; skipped."),
    "row_missing_municipality": (
        "Linje {line}: {name} mangler kommune; hoppet over.",
        "Line {line}: {name} has no municipality; skipped.",
    ),
    "row_duplicate": (
        "Linje {line}: {name} ({municipality}) står også på linje {first_line}; importert én gang.",
        "Line {line}: {name} ({municipality}) is also on line {first_line}; imported once.",
    ),
    "row_unknown_role": (
        "Linje {line}: ukjent rolle «{role}» for {name}; beholdt som skrevet.",
        "Line {line}: unknown role \"{role}\" for {name}; kept as written.",
    ),
    "row_invalid_email": (
        "Linje {line}: e-postadressen «{email}» for {name} ser feil ut; beholdt som skrevet.",
        "Line {line}: the e-mail address \"{email}\" for {name} looks wrong; kept as written.",
    ),
    # participants
    "participant_name_required": ("Navn må fylles ut.", "A name is required."),
    "participant_municipality_required": ("Kommune må fylles ut.", "A municipality is required."),
    "participant_exists": (
        "{name} ({municipality}) finnes allerede.",
        "{name} ({municipality}) already exists.",
    ),
    "participant_not_found": ("Deltakeren finnes ikke lenger.", "The participant no longer exists."),
    "undo_conflict": (
        "Kan ikke angres: noe som er lagt til siden, står i veien (for eksempel en deltaker med samme navn).",
        "Cannot be undone: something added since is in the way (for example a participant with the same name).",
    ),
    # groups
    "groups_bad_kvadrant": ("Grupper lages for 1. eller 4. kvadrant, ikke «{value}».", "Groups are made for kvadrant 1 or 4, not \"{value}\"."),
    "groups_size_and_tables": ("Velg enten gruppestørrelse eller antall bord, ikke begge.", "Give either a group size or a number of tables, not both."),
    "groups_bad_size": ("Gruppestørrelsen må være minst 1 (ikke {value}).", "The group size must be at least 1 (not {value})."),
    "groups_bad_tables": ("Antall bord må være minst 1 (ikke {value}).", "The number of tables must be at least 1 (not {value})."),
    "groups_no_participants": ("Ingen deltakere er til stede; importer eller sjekk inn deltakere først.", "No participants are present; import or check in participants first."),
    "groups_too_many_tables": ("{tables} bord er flere enn de {people} deltakerne som er til stede.", "{tables} tables are more than the {people} participants present."),
    "group_not_found": ("Gruppen finnes ikke lenger.", "The group no longer exists."),
    "group_role_not_member": ("Ordstyrer og referent må sitte ved bordet.", "The chair and the note-taker must sit at the table."),
    "group_role_twice": ("Samme person kan ikke være både ordstyrer og referent.", "The same person cannot be both chair and note-taker."),
    "table_same_unit": ("{count} fra {unit}", "{count} from {unit}"),
    "table_role_count": ("{count} {role} (ventet {low}–{high})", "{count} {role} (expected {low}–{high})"),
    "table_veiledere": ("{count} veiledere", "{count} advisers"),
    "table_repeat_pair": ("{a} og {b} har sittet sammen før", "{a} and {b} have sat together before"),
    "table_absent": ("Fraværende: {names}", "Absent: {names}"),
    "plan_unseated": ("{name} ({municipality}) er til stede, men har ikke bord.", "{name} ({municipality}) is present but has no table."),
    "plan_uneven": ("Bordene har fra {smallest} til {largest} deltakere.", "The tables have from {smallest} to {largest} participants."),
    "group_single": ("Gruppe {number} ({unit}) har bare én deltaker; slå den sammen med en annen.", "Group {number} ({unit}) has only one participant; merge it with another."),
    # programme
    "block_title_required": ("Blokken må ha en tittel.", "A block needs a title."),
    "block_bad_kind": ("Ukjent blokktype «{value}».", "Unknown block kind \"{value}\"."),
    "block_bad_slot": ("Taletiden må være mellom 30 sekunder og 60 minutter (ikke {value} s).", "The speaking slot must be between 30 seconds and 60 minutes (not {value} s)."),
    "block_time_half": ("Oppgi både start og slutt, eller ingen av dem (etter konferansen).", "Give both a start and an end, or neither (after the conference)."),
    "block_end_before_start": ("Slutt ({end}) må være etter start ({start}).", "The end ({end}) must be after the start ({start})."),
    "block_not_found": ("Blokken finnes ikke lenger.", "The block no longer exists."),
    # referent server
    "server_bad_port": ("Porten må være mellom 1 og 65535 (ikke {value}).", "The port must be between 1 and 65535 (not {value})."),
    "self_checkin_off": ("Innsjekking fra telefonen er slått av. Gå til konferansebordet.", "Checking in from the phone is turned off. Please go to the registration desk."),
    "server_cannot_listen": ("Kan ikke lytte på {host}:{port}: {detail}. Velg en annen port.", "Cannot listen on {host}:{port}: {detail}. Choose another port."),
    # evaluation
    "evaluation_empty": ("Spørreskjemaet har ingen spørsmål ennå; lag det først (for eksempel fra malen).", "The questionnaire has no questions yet; make it first (for example from the template)."),
    "evaluation_exists": ("Konferansen har allerede et spørreskjema; endre det i appen.", "The conference already has a questionnaire; change it in the app."),
    "evaluation_closed": ("Evalueringen er stengt.", "The evaluation is closed."),
    "unknown_evaluation_template": ("Ukjent mal for spørreskjema «{value}»; velg dialogkonferanse.", "Unknown questionnaire template \"{value}\"; choose dialogkonferanse."),
    "question_no_text": ("Skriv spørsmålet.", "Write the question."),
    "question_too_long": ("Spørsmålet kan ha høyst {limit} tegn.", "A question can have at most {limit} characters."),
    "question_choices": ("Et flervalgsspørsmål trenger 2 til {limit} ulike svaralternativer.", "A choice question needs 2 to {limit} different choices."),
    "question_not_found": ("Spørsmålet finnes ikke lenger.", "The question no longer exists."),
    "question_kind_answered": ("Spørsmålet har svar, så typen kan ikke endres. Lag et nytt spørsmål i stedet.", "The question has answers, so its kind cannot change. Make a new question instead."),
    "response_not_found": ("Svaret finnes ikke lenger.", "The response no longer exists."),
    "answers_invalid": ("Svarene passer ikke til spørsmålene: {detail}.", "The answers do not fit the questions: {detail}."),
    "category_no_name": ("Gi kategorien et navn.", "Give the category a name."),
    "category_not_found": ("Kategorien finnes ikke lenger.", "The category no longer exists."),
    "card_not_found": ("Kortet finnes ikke lenger.", "The card no longer exists."),
    "card_is_answer": ("Et kort med et svar fra skjemaet går bare bort med svaret.", "A card holding a questionnaire answer goes only with the answer."),
    # plenum
    "theme_no_name": ("Gi temaet et navn.", "Give the theme a name."),
    "theme_not_found": ("Temaet finnes ikke lenger.", "The theme no longer exists."),
    "key_point_not_found": ("Hovedpunktet finnes ikke lenger.", "The key point no longer exists."),
    # export
    "export_bad_format": ("Ukjent format «{value}»; velg pdf, docx, xlsx, kommune-pdf, veileder-pdf, evaluation-pdf eller evaluation-xlsx.", "Unknown format \"{value}\"; choose pdf, docx, xlsx, kommune-pdf, veileder-pdf, evaluation-pdf or evaluation-xlsx."),
    # CLI
    "bad_date": (
        "Ugyldig dato «{value}»; bruk ÅÅÅÅ-MM-DD.",
        "Invalid date \"{value}\"; use YYYY-MM-DD.",
    ),
    "unknown_template": (
        "Ukjent mal «{value}»; velg gardermoen-2020 eller blank.",
        "Unknown template \"{value}\"; choose gardermoen-2020 or blank.",
    ),
}

LANGUAGES = ("nb", "en")


@dataclass(frozen=True)
class Message:
    """A translatable message: a catalogue code and its parameters."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def text(self, lang: str = "nb") -> str:
        nb, en = CATALOGUE[self.code]
        template = en if lang == "en" else nb
        return template.format(**self.params)

    def __str__(self) -> str:
        return self.text("en")


def cli_language(environ: Mapping[str, str] | None = None) -> str:
    """The CLI speaks English unless the locale asks for Norwegian (nb, nn, no)."""
    env = os.environ if environ is None else environ
    lang = env.get("KVADRANT_LANG") or env.get("LC_ALL") or env.get("LC_MESSAGES") or env.get("LANG") or ""
    return "nb" if lang[:2].lower() in ("nb", "nn", "no") else "en"


class KvadrantError(Exception):
    """An expected failure with a message the user can act on (never a traceback)."""

    def __init__(self, code: str, **params: Any) -> None:
        self.message = Message(code, params)
        super().__init__(self.message.text("en"))
