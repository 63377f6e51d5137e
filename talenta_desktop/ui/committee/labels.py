"""The committee's codes as the user reads them, marked for translation.

services.committee keeps Indonesian labels for the berita acara (a document in Indonesian whatever the
interface language); the screen shows these, translated. tests/gui/test_committee_page.py checks that
the codes here are exactly the service's.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from talenta_desktop.domain.nip import format_nip
from talenta_desktop.services.committee import DECISION_LABELS

CONTEXT = "Committee"

ROLE_TEXT = {
    "ketua": QT_TRANSLATE_NOOP("Committee", "Ketua"),
    "sekretaris": QT_TRANSLATE_NOOP("Committee", "Sekretaris"),
    "anggota": QT_TRANSLATE_NOOP("Committee", "Anggota"),
}
ATTENDANCE_TEXT = {
    "hadir": QT_TRANSLATE_NOOP("Committee", "Hadir"),
    "tidak_hadir": QT_TRANSLATE_NOOP("Committee", "Tidak hadir"),
    "diwakili": QT_TRANSLATE_NOOP("Committee", "Diwakili"),
}
DECISION_TEXT = {
    "kalibrasi": QT_TRANSLATE_NOOP("Committee", "Penetapan kotak/kalibrasi"),
    "krs": QT_TRANSLATE_NOOP("Committee", "Keanggotaan Kelompok Rencana Suksesi"),
    "suksesor": QT_TRANSLATE_NOOP("Committee", "Suksesor jabatan target"),
    "idp": QT_TRANSLATE_NOOP("Committee", "Persetujuan rencana pengembangan"),
    "lainnya": QT_TRANSLATE_NOOP("Committee", "Lainnya"),
}
RELATION_TEXT = {
    "diri_sendiri": QT_TRANSLATE_NOOP("Committee", "diri sendiri"),
    "keluarga": QT_TRANSLATE_NOOP("Committee", "keluarga"),
    "bawahan_langsung": QT_TRANSLATE_NOOP("Committee", "bawahan langsung"),
    "lainnya": QT_TRANSLATE_NOOP("Committee", "lainnya"),
}
STATUS_TEXT = {
    "draft": QT_TRANSLATE_NOOP("Committee", "Persiapan"),
    "active": QT_TRANSLATE_NOOP("Committee", "Berlangsung"),
    "final": QT_TRANSLATE_NOOP("Committee", "Final"),
}
_DECISION_CODES = {label: code for code, label in DECISION_LABELS.items()}


def text(table: dict[str, str], code: str | None) -> str:
    """The translated label of a code; the code itself when unknown (a newer database)."""
    if code is None:
        return ""
    source = table.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else code


def decision_kind_text(label: str) -> str:
    """A berita acara's decision kind (the service's Indonesian label) in the interface language."""
    code = _DECISION_CODES.get(label)
    return text(DECISION_TEXT, code) if code else label


def nip_text(nip: str | None) -> str:
    """A NIP in its written form; as stored when it is not 18 digits (an external member's number)."""
    if not nip:
        return ""
    try:
        return format_nip(nip)
    except ValueError:
        return nip


def clock(moment: datetime | None) -> str:
    """A stored (UTC) time as the local wall clock, written the Indonesian way: "14.05.09"."""
    if moment is None:
        return ""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return f"{local:%H.%M.%S}"
