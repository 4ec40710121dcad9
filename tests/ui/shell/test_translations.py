"""The English translation: complete, compiled, and loaded when chosen."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.common.paths import resource
from ui.shell.i18n import LanguageInstaller, translation_file, ui_language

TS = resource("i18n", "kvadrant_en.ts")
UI = Path(__file__).resolve().parents[3] / "ui"


def messages() -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(TS).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.findall("context")
        for message in context.findall("message")
    ]


def english_of(message: ET.Element) -> str:
    """The translation; for a plural (numerus) message, its forms one after another."""
    translation = message.find("translation")
    assert translation is not None
    forms = [form.text or "" for form in translation.findall("numerusform")]
    return " ".join(forms) if forms else translation.text or ""


def test_every_string_is_translated() -> None:
    unfinished = [
        (context, source)
        for context, source, message in messages()
        if message.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
        or not english_of(message).strip()
        or (message.get("numerus") == "yes" and not all((f.text or "").strip() for f in message.iter("numerusform")))
    ]
    assert unfinished == []


def test_placeholders_survive_translation() -> None:
    for context, source, message in messages():
        english = english_of(message)
        forms = max(1, len(message.findall("translation/numerusform")))
        assert sorted(re.findall(r"\{\w+\}", source) * forms) == sorted(re.findall(r"\{\w+\}", english)), (context, source)
        assert source.count("&") * forms == english.count("&"), (context, source)


def test_the_compiled_translation_is_newer_than_its_source() -> None:
    qm = translation_file("en")
    assert qm.is_file() and qm.stat().st_size > 1000
    assert qm.stat().st_mtime >= TS.stat().st_mtime - 1


def test_the_ts_file_knows_every_translated_call_in_the_ui() -> None:
    """A cheap check that update_translations.sh was run after strings were added."""
    sources = {source for _context, source, _message in messages()}
    for path in UI.rglob("*.py"):
        for literal in re.findall(r'self\.tr\(\s*"([^"\\]+)"\s*\)', path.read_text(encoding="utf-8")):
            assert literal in sources, f"{path.name}: {literal!r} is not in kvadrant_en.ts"


def test_switching_to_english_and_back(qapp, languages: LanguageInstaller) -> None:  # type: ignore[no-untyped-def]
    assert ui_language() == "nb"
    assert languages.set_language("en")
    assert ui_language() == "en"
    assert QCoreApplication.translate("MainWindow", "Deltakere") == "Participants"
    languages.set_language("nb")
    assert ui_language() == "nb"
    assert QCoreApplication.translate("MainWindow", "Deltakere") == "Deltakere"
