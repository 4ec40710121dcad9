"""The interface language: bokmål is the source text, English comes from a compiled ``.qm``.

Which language is showing is read back from the installed translation itself (the string
"nb" is translated to its own language code), so there is no module-level state to keep in
step: whatever translator is installed on the application decides.
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator

from app.common.paths import resource

#: The languages the interface offers, by code, with their names in their own language (not
#: translated: a person looks for the name of their own language).
LANGUAGES: dict[str, str] = {"nb": "Norsk bokmål", "en": "English"}
DEFAULT_LANGUAGE = "nb"

_LOCALES: dict[str, tuple[QLocale.Language, QLocale.Country]] = {
    "nb": (QLocale.Language.NorwegianBokmal, QLocale.Country.Norway),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def translation_file(language: str) -> Path:
    return resource("i18n", f"kvadrant_{language}.qm")


def ui_language() -> str:
    """The code of the language the interface is showing now ("nb" or "en")."""
    code = QCoreApplication.translate("Language", "nb", "The code of this translation's language, e.g. en")
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def ui_locale(language: str | None = None) -> QLocale:
    """The locale used to write dates and month names in ``language`` (default: the UI's)."""
    lang, country = _LOCALES[language or ui_language()]
    return QLocale(lang, country)


class LanguageInstaller:
    """Owns the translator installed on one application and swaps it when the language changes.

    Installing or removing a translator makes Qt send every widget a LanguageChange event;
    widgets answer it by setting their texts again.
    """

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translator: QTranslator | None = None
        self.language = DEFAULT_LANGUAGE

    def set_language(self, language: str) -> bool:
        """Show ``language``; False (and bokmål) if its translation cannot be loaded."""
        if language not in LANGUAGES:
            language = DEFAULT_LANGUAGE
        requested = language
        translator: QTranslator | None = None
        if language != DEFAULT_LANGUAGE:
            translator = QTranslator(self._app)
            if not translator.load(str(translation_file(language))):
                print(f"kvadrant: could not load the {language} translation", file=sys.stderr)
                language, translator = DEFAULT_LANGUAGE, None
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator.deleteLater()
        self._translator = translator
        if translator is not None:
            self._app.installTranslator(translator)
        QLocale.setDefault(ui_locale(language))
        # Qt posts LanguageChange to every widget; deliver them now, so the switch is complete
        # when this returns.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.language = language
        return language == requested
