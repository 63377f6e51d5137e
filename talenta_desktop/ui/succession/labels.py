"""The succession codes as the user reads them, marked for translation.

services.succession keeps Indonesian labels for its reports; the screen shows these, translated.
tests/gui/test_succession_page.py checks that the codes here are exactly the service's.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Succession"

KIND_TEXT = {
    "target": QT_TRANSLATE_NOOP("Succession", "Target"),
    "kritikal": QT_TRANSLATE_NOOP("Succession", "Kritikal"),
}
KIND_LONG_TEXT = {
    "target": QT_TRANSLATE_NOOP("Succession", "Jabatan target"),
    "kritikal": QT_TRANSLATE_NOOP("Succession", "Jabatan kritikal"),
}
SUCCESSOR_STATUS_TEXT = {
    "usulan": QT_TRANSLATE_NOOP("Succession", "Usulan"),
    "ditetapkan": QT_TRANSLATE_NOOP("Succession", "Ditetapkan"),
    "batal": QT_TRANSLATE_NOOP("Succession", "Ditarik"),
}
# One column per eligibility rule (services.succession.candidates.RULES): a short header (a table
# header, so in the tables' context) and the rule in full for the header's tooltip.
RULE_HEADER = {
    "level": QT_TRANSLATE_NOOP("SuccessionTables", "Jenjang"),
    "golongan": QT_TRANSLATE_NOOP("SuccessionTables", "Gol."),
    "hukdis": QT_TRANSLATE_NOOP("SuccessionTables", "Hukdis"),
    "retirement": QT_TRANSLATE_NOOP("SuccessionTables", "BUP"),
}
RULE_TEXT = {
    "level": QT_TRANSLATE_NOOP("Succession", "Satu tingkat di bawah jabatan target"),
    "golongan": QT_TRANSLATE_NOOP("Succession", "Golongan paling rendah"),
    "hukdis": QT_TRANSLATE_NOOP("Succession", "Tidak sedang/baru menjalani hukuman disiplin"),
    "retirement": QT_TRANSLATE_NOOP("Succession", "Tidak mendekati batas usia pensiun"),
}
HUKDIS_LEVEL_TEXT = {
    "ringan": QT_TRANSLATE_NOOP("Succession", "ringan"),
    "sedang": QT_TRANSLATE_NOOP("Succession", "sedang"),
    "berat": QT_TRANSLATE_NOOP("Succession", "berat"),
}


def text(table: dict[str, str], code: str | None) -> str:
    """The translated label of a code; the code itself when unknown (a newer database)."""
    if code is None:
        return ""
    source = table.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else code
