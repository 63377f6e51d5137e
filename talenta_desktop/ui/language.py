"""The interface language: Indonesian source strings, each language's compiled catalogue, and the
QLocale that formats dates and numbers the way each language writes them (17 Agustus 2025; 1.234,5)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from talenta_desktop import config
from talenta_desktop.resources import resource_path

LANGUAGES = ("id", "en")
# Each language is named in itself, so a user who cannot read the current one still finds their own.
LANGUAGE_NAMES = {"id": "Bahasa Indonesia", "en": "English"}
_LOCALES = {"id": QLocale.Language.Indonesian, "en": QLocale.Language.English}
log = logging.getLogger(__name__)


def saved_language() -> str:
    """The language chosen in Pengaturan (QSettings), Indonesian when none or an unknown one."""
    value = str(QSettings().value("ui/language", config.SETTINGS["ui/language"].default))
    return value if value in LANGUAGES else "id"


def current_language() -> str:
    return getattr(QCoreApplication.instance(), "_talenta_language", "id")


def apply_language(app: QCoreApplication, language: str) -> None:
    """Install the language's catalogue in place of the previous one (widgets built afterwards speak it)."""
    language = language if language in LANGUAGES else "id"
    country = QLocale.Country.Indonesia if language == "id" else QLocale.Country.UnitedKingdom
    QLocale.setDefault(QLocale(_LOCALES[language], country))
    previous = getattr(app, "_talenta_translator", None)
    if previous is not None:
        app.removeTranslator(previous)
        app._talenta_translator = None  # type: ignore[attr-defined]
    # Indonesian has a catalogue too (each source its own translation) so wording can be corrected
    # without touching code; without it the Indonesian sources show as they are.
    translator = QTranslator(app)
    catalogue = resource_path("translations", f"talenta_{language}.qm")
    if translator.load(str(catalogue)):
        app.installTranslator(translator)
        app._talenta_translator = translator  # type: ignore[attr-defined]
    else:
        log.warning("translation catalogue not found or unreadable: %s", catalogue)
    app._talenta_language = language  # type: ignore[attr-defined]
