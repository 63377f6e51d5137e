"""The development codes as the user reads them, marked for translation.

services.development keeps Indonesian labels for its documents (KINDS, CATEGORY_LABELS); the screen shows
these, translated. tests/gui/test_development_page.py checks that the codes and source texts here are
exactly the service's, so a new kind of intervention cannot silently show up as a bare code.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from talenta_desktop.domain.nip import format_nip

CONTEXT = "Development"

PLAN_STATUS_TEXT = {
    "draf": QT_TRANSLATE_NOOP("Development", "Draf"),
    "disetujui": QT_TRANSLATE_NOOP("Development", "Disetujui"),
    "selesai": QT_TRANSLATE_NOOP("Development", "Selesai"),
    "batal": QT_TRANSLATE_NOOP("Development", "Batal"),
}
ACTIVITY_STATUS_TEXT = {
    "rencana": QT_TRANSLATE_NOOP("Development", "Rencana"),
    "berjalan": QT_TRANSLATE_NOOP("Development", "Berjalan"),
    "selesai": QT_TRANSLATE_NOOP("Development", "Selesai"),
    "batal": QT_TRANSLATE_NOOP("Development", "Batal"),
}
FORM_TEXT = {
    "klasikal": QT_TRANSLATE_NOOP("Development", "Klasikal"),
    "nonklasikal": QT_TRANSLATE_NOOP("Development", "Nonklasikal"),
}
MENTOR_TYPE_TEXT = {
    "tetap": QT_TRANSLATE_NOOP("Development", "Mentor tetap"),
    "tidak_tetap": QT_TRANSLATE_NOOP("Development", "Mentor tidak tetap"),
}
CATEGORY_TEXT = {
    "70": QT_TRANSLATE_NOOP("Development", "70 — pengalaman"),
    "20": QT_TRANSLATE_NOOP("Development", "20 — belajar dari orang lain"),
    "10": QT_TRANSLATE_NOOP("Development", "10 — pembelajaran formal"),
}
KIND_TEXT = {
    "pelatihan_kepemimpinan": QT_TRANSLATE_NOOP("Development", "Pelatihan kepemimpinan"),
    "pelatihan_manajerial": QT_TRANSLATE_NOOP("Development", "Pelatihan manajerial"),
    "pelatihan_teknis": QT_TRANSLATE_NOOP("Development", "Pelatihan teknis"),
    "pelatihan_fungsional": QT_TRANSLATE_NOOP("Development", "Pelatihan fungsional"),
    "seminar": QT_TRANSLATE_NOOP("Development", "Seminar"),
    "workshop": QT_TRANSLATE_NOOP("Development", "Workshop"),
    "kursus": QT_TRANSLATE_NOOP("Development", "Kursus"),
    "tugas_belajar": QT_TRANSLATE_NOOP("Development", "Tugas belajar"),
    "coaching": QT_TRANSLATE_NOOP("Development", "Coaching (bimbingan kinerja)"),
    "mentoring": QT_TRANSLATE_NOOP("Development", "Mentoring"),
    "konseling": QT_TRANSLATE_NOOP("Development", "Konseling kinerja"),
    "e_learning": QT_TRANSLATE_NOOP("Development", "E-learning"),
    "detasering": QT_TRANSLATE_NOOP("Development", "Detasering (secondment)"),
    "magang": QT_TRANSLATE_NOOP("Development", "Magang"),
    "patok_banding": QT_TRANSLATE_NOOP("Development", "Patok banding (benchmarking)"),
    "pertukaran_pns": QT_TRANSLATE_NOOP("Development", "Pertukaran PNS"),
    "penugasan_khusus": QT_TRANSLATE_NOOP("Development", "Penugasan khusus"),
    "rotasi": QT_TRANSLATE_NOOP("Development", "Rotasi/perluasan jabatan"),
    "komunitas_belajar": QT_TRANSLATE_NOOP("Development", "Komunitas belajar"),
}


def text(table: dict[str, str], code: str | None) -> str:
    """The translated label of a code; the code itself when unknown (a newer database)."""
    if code is None:
        return ""
    source = table.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else code


def nip_text(nip: str | None) -> str:
    """A NIP in its written form ("19680411 199303 1 009"); as stored when it is not 18 digits."""
    if not nip:
        return ""
    try:
        return format_nip(nip)
    except ValueError:
        return nip


def percent(share: float) -> str:
    """A 0–1 share as a whole percentage in the interface's locale ("45%")."""
    return QLocale().toString(round(float(share) * 100)) + "%"
