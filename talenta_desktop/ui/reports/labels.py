"""The codes of the report, export-log and exchange services as the user reads them, marked for
translation, and the readable form of what an exchange package carries.

The services keep Indonesian labels for the CLI and their documents; the screen shows these, translated.
tests/gui/test_reports_page.py checks that the codes here are exactly the services'.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from talenta_desktop.domain.nip import format_nip
from talenta_desktop.ui.formatting import date_text, datetime_text

CONTEXT = "Reports"

REPORT_TITLE = {
    "talent-map": QT_TRANSLATE_NOOP("Reports", "Peta talenta"),
    "profile": QT_TRANSLATE_NOOP("Reports", "Profil talenta"),
    "executive": QT_TRANSLATE_NOOP("Reports", "Ringkasan eksekutif"),
    "succession": QT_TRANSLATE_NOOP("Reports", "Laporan suksesi"),
    "idp": QT_TRANSLATE_NOOP("Reports", "Rencana pengembangan individu"),
    "berita-acara": QT_TRANSLATE_NOOP("Reports", "Berita acara"),
}
REPORT_TEXT = {
    "talent-map": QT_TRANSLATE_NOOP(
        "Reports",
        "Sembilan kotak, sebaran terhadap pedoman skema, daftar pegawai per kotak, kalibrasi komite dan "
        "pegawai yang belum dapat dipetakan. Untuk Komite Talenta, atau untuk Kepala OPD bila dipilih "
        "unitnya.",
    ),
    "profile": QT_TRANSLATE_NOOP(
        "Reports",
        "Satu pegawai: kotak dan alasannya, nilai dan kalibrasi, kotak periode sebelumnya, SKP, asesmen, "
        "JP, jabatan target dan rencana pengembangannya. Untuk Komite Talenta dan arsip kepegawaian.",
    ),
    "executive": QT_TRANSLATE_NOOP(
        "Reports",
        "Dua sampai empat halaman untuk Pejabat Pembina Kepegawaian: jumlah terpetakan, KRS, jabatan "
        "tanpa suksesor siap, kepatuhan 20 JP, dan perubahan dari periode sebelumnya.",
    ),
    "succession": QT_TRANSLATE_NOOP(
        "Reports",
        "Jabatan target dan kritikal, rasio talenta KRS, jabatan yang segera lowong tanpa suksesor siap, "
        "serta suksesor tiap jabatan dengan kesiapan dan nomor berita acaranya.",
    ),
    "idp": QT_TRANSLATE_NOOP(
        "Reports",
        "Lembar rencana pengembangan individu yang ditandatangani pegawai dan atasan langsungnya: "
        "kegiatan, 70:20:10, JP dan jadwal. Rencana yang masih draf dicetak bertanda DRAF.",
    ),
    "berita-acara": QT_TRANSLATE_NOOP(
        "Reports",
        "Berita acara rapat Komite Talenta yang sudah difinalkan, dengan sidik jari isinya di halaman "
        "terakhir agar salinan cetak dapat diperiksa.",
    ),
}
# The report kinds, in the order the list shows them (the ones printed most often first).
REPORT_ORDER = ("talent-map", "profile", "executive", "succession", "idp", "berita-acara")

EXPORT_KIND_TEXT = {
    "personnel": QT_TRANSLATE_NOOP("Reports", "Data pegawai"),
    "bkn": QT_TRANSLATE_NOOP("Reports", "Lembar kerja BKN"),
    "package": QT_TRANSLATE_NOOP("Reports", "Paket pertukaran"),
    "report.talent-map": QT_TRANSLATE_NOOP("Reports", "Laporan peta talenta"),
    "report.profile": QT_TRANSLATE_NOOP("Reports", "Profil talenta"),
    "report.executive": QT_TRANSLATE_NOOP("Reports", "Ringkasan eksekutif"),
    "report.berita-acara": QT_TRANSLATE_NOOP("Reports", "Berita acara"),
    "report.succession": QT_TRANSLATE_NOOP("Reports", "Laporan suksesi"),
    "report.idp": QT_TRANSLATE_NOOP("Reports", "Rencana pengembangan individu"),
    "audit": QT_TRANSLATE_NOOP("Reports", "Log audit"),
    "privacy-register": QT_TRANSLATE_NOOP("Reports", "Register data pribadi"),
}

PART_TEXT = {
    "instansi": QT_TRANSLATE_NOOP("Reports", "Instansi"),
    "unit": QT_TRANSLATE_NOOP("Reports", "Unit kerja"),
    "person": QT_TRANSLATE_NOOP("Reports", "Pegawai"),
    "riwayat_jabatan": QT_TRANSLATE_NOOP("Reports", "Riwayat jabatan"),
    "riwayat_golongan": QT_TRANSLATE_NOOP("Reports", "Riwayat golongan"),
    "riwayat_pendidikan": QT_TRANSLATE_NOOP("Reports", "Riwayat pendidikan"),
    "riwayat_diklat": QT_TRANSLATE_NOOP("Reports", "Riwayat diklat"),
    "riwayat_penghargaan": QT_TRANSLATE_NOOP("Reports", "Riwayat penghargaan"),
    "riwayat_hukdis": QT_TRANSLATE_NOOP("Reports", "Riwayat hukuman disiplin"),
    "skp": QT_TRANSLATE_NOOP("Reports", "SKP"),
    "assessment": QT_TRANSLATE_NOOP("Reports", "Asesmen"),
    "scoring_scheme": QT_TRANSLATE_NOOP("Reports", "Skema penilaian"),
    "talent_period": QT_TRANSLATE_NOOP("Reports", "Periode"),
    "mapping_run": QT_TRANSLATE_NOOP("Reports", "Pemetaan"),
    "placement": QT_TRANSLATE_NOOP("Reports", "Penempatan"),
    "committee": QT_TRANSLATE_NOOP("Reports", "Komite Talenta"),
    "committee_member": QT_TRANSLATE_NOOP("Reports", "Anggota komite"),
    "meeting": QT_TRANSLATE_NOOP("Reports", "Rapat komite"),
    "meeting_agenda": QT_TRANSLATE_NOOP("Reports", "Acara rapat"),
    "meeting_attendance": QT_TRANSLATE_NOOP("Reports", "Kehadiran"),
    "meeting_note": QT_TRANSLATE_NOOP("Reports", "Catatan pembahasan"),
    "meeting_conflict": QT_TRANSLATE_NOOP("Reports", "Benturan kepentingan"),
    "meeting_follow_up": QT_TRANSLATE_NOOP("Reports", "Tindak lanjut"),
    "calibration": QT_TRANSLATE_NOOP("Reports", "Kalibrasi"),
    "meeting_decision": QT_TRANSLATE_NOOP("Reports", "Keputusan rapat"),
    "critical_post": QT_TRANSLATE_NOOP("Reports", "Jabatan target/kritikal"),
    "successor": QT_TRANSLATE_NOOP("Reports", "Suksesor"),
    "development_plan": QT_TRANSLATE_NOOP("Reports", "Rencana pengembangan"),
    "development_activity": QT_TRANSLATE_NOOP("Reports", "Kegiatan pengembangan"),
}

# Why a conflict cannot be settled in the package's favour (services.exchange.tables: Part.locked).
LOCK_REASON = {
    "scoring_scheme": QT_TRANSLATE_NOOP(
        "Reports",
        "Versi skema penilaian yang sudah tersimpan tidak pernah diubah; simpan sebagai versi baru.",
    ),
    "meeting": QT_TRANSLATE_NOOP(
        "Reports",
        "Rapat ini sudah difinalkan di database ini; isinya tidak dapat diubah lagi, hanya dikoreksi "
        "melalui rapat baru.",
    ),
}
LOCKED_OTHERWISE = QT_TRANSLATE_NOOP("Reports", "Data ini terkunci di database ini dan tidak dapat ditimpa.")

# The columns a conflict most often names; any other is shown as its name with spaces.
FIELD_TEXT = {
    "nama": QT_TRANSLATE_NOOP("Reports", "Nama"),
    "nip_lama": QT_TRANSLATE_NOOP("Reports", "NIP lama"),
    "gelar_depan": QT_TRANSLATE_NOOP("Reports", "Gelar depan"),
    "gelar_belakang": QT_TRANSLATE_NOOP("Reports", "Gelar belakang"),
    "tempat_lahir": QT_TRANSLATE_NOOP("Reports", "Tempat lahir"),
    "tanggal_lahir": QT_TRANSLATE_NOOP("Reports", "Tanggal lahir"),
    "jenis_kelamin": QT_TRANSLATE_NOOP("Reports", "Jenis kelamin"),
    "jenis_pegawai": QT_TRANSLATE_NOOP("Reports", "Jenis pegawai"),
    "kedudukan": QT_TRANSLATE_NOOP("Reports", "Kedudukan"),
    "tingkat_pendidikan": QT_TRANSLATE_NOOP("Reports", "Tingkat pendidikan"),
    "pendidikan_nama": QT_TRANSLATE_NOOP("Reports", "Pendidikan"),
    "tahun_lulus": QT_TRANSLATE_NOOP("Reports", "Tahun lulus"),
    "tmt_cpns": QT_TRANSLATE_NOOP("Reports", "TMT CPNS"),
    "tmt_pns": QT_TRANSLATE_NOOP("Reports", "TMT PNS"),
    "unit_id": QT_TRANSLATE_NOOP("Reports", "Unit kerja"),
    "parent_id": QT_TRANSLATE_NOOP("Reports", "Unit induk"),
    "jabatan_nama": QT_TRANSLATE_NOOP("Reports", "Jabatan"),
    "jenis_jabatan": QT_TRANSLATE_NOOP("Reports", "Jenis jabatan"),
    "jenjang_jabatan": QT_TRANSLATE_NOOP("Reports", "Jenjang jabatan"),
    "eselon": QT_TRANSLATE_NOOP("Reports", "Eselon"),
    "tmt_jabatan": QT_TRANSLATE_NOOP("Reports", "TMT jabatan"),
    "golongan": QT_TRANSLATE_NOOP("Reports", "Golongan"),
    "tmt_golongan": QT_TRANSLATE_NOOP("Reports", "TMT golongan"),
    "mk_tahun": QT_TRANSLATE_NOOP("Reports", "Masa kerja (tahun)"),
    "mk_bulan": QT_TRANSLATE_NOOP("Reports", "Masa kerja (bulan)"),
    "bup": QT_TRANSLATE_NOOP("Reports", "Batas usia pensiun"),
    "kode": QT_TRANSLATE_NOOP("Reports", "Kode"),
    "jenis": QT_TRANSLATE_NOOP("Reports", "Jenis"),
    "status": QT_TRANSLATE_NOOP("Reports", "Status"),
    "title": QT_TRANSLATE_NOOP("Reports", "Judul"),
    "number": QT_TRANSLATE_NOOP("Reports", "Nomor"),
    "held_on": QT_TRANSLATE_NOOP("Reports", "Tanggal rapat"),
    "place": QT_TRANSLATE_NOOP("Reports", "Tempat"),
    "minutes": QT_TRANSLATE_NOOP("Reports", "Notulen"),
    "readiness": QT_TRANSLATE_NOOP("Reports", "Kesiapan"),
    "incumbent_id": QT_TRANSLATE_NOOP("Reports", "Pemangku"),
    "nomor_sk": QT_TRANSLATE_NOOP("Reports", "Nomor SK"),
    "tmt": QT_TRANSLATE_NOOP("Reports", "TMT"),
    "tahun": QT_TRANSLATE_NOOP("Reports", "Tahun"),
}
EMPTY = QT_TRANSLATE_NOOP("Reports", "(kosong)")
YES = QT_TRANSLATE_NOOP("Reports", "ya")
NO = QT_TRANSLATE_NOOP("Reports", "tidak")

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_NIP = re.compile(r"\d{18}")


def tr(source: str) -> str:
    """A source text marked in this module's context, translated now."""
    return QCoreApplication.translate(CONTEXT, source)


def text(table: Mapping[str, str], code: str, fallback: str | None = None) -> str:
    """The translated label of a code; ``fallback`` (the service's own label) or the code when unknown."""
    source = table.get(code)
    return tr(source) if source else (fallback or code)


def part_text(name: str) -> str:
    return text(PART_TEXT, name)


def field_text(name: str) -> str:
    """A column as a person reads it: "tmt_jabatan" → "TMT jabatan"; a child part by its label."""
    if name in FIELD_TEXT:
        return tr(FIELD_TEXT[name])
    if name in PART_TEXT:
        return tr(PART_TEXT[name])
    words = name.replace("_id", "").replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def lock_reason(part: str) -> str:
    return tr(LOCK_REASON.get(part, LOCKED_OTHERWISE))


def local_time(value: datetime) -> str:
    """A moment in the user's local time, the way the app writes it: 23 November 2026 14.05."""
    if value.tzinfo is None:  # stored in UTC without a zone
        value = value.replace(tzinfo=UTC)
    return datetime_text(value)


class Describer:
    """Turns the natural keys and values of exchanged rows into words: a NIP becomes the person's name and
    written NIP, a unit's code its name, an ISO date "17 Agustus 2025".

    ``people``: NIP → name; ``units``: unit code → name (both from this database and the package)."""

    def __init__(self, people: Mapping[str, str] | None = None, units: Mapping[str, str] | None = None):
        self.people = dict(people or {})
        self.units = dict(units or {})

    def value(self, value: Any) -> str:
        if value is None or value == "":
            return tr(EMPTY)
        if isinstance(value, bool):
            return tr(YES) if value else tr(NO)
        if isinstance(value, list | tuple):
            if len(value) == 1 and isinstance(value[0], str):
                return self._single(value[0])
            return " · ".join(self.value(v) for v in value if v not in ("nama",))
        if isinstance(value, datetime):
            return local_time(value)
        if isinstance(value, date):
            return date_text(value)
        if isinstance(value, str):
            return self._single(value)
        if isinstance(value, float):
            return QLocale().toString(value, "g", 12)
        return str(value)

    def _single(self, value: str) -> str:
        if _NIP.fullmatch(value):
            written = format_nip(value)
            name = self.people.get(value)
            return f"{name} ({written})" if name else written
        if value in self.units:
            return self.units[value]
        if _ISO_TIME.match(value):
            try:
                return local_time(datetime.fromisoformat(value))
            except ValueError:
                return value
        if _ISO_DATE.fullmatch(value):
            try:
                return date_text(date.fromisoformat(value))
            except ValueError:
                return value
        return value

    def key(self, part: str, key: tuple) -> str:
        """What a conflicting row is, e.g. "Ihsan Galur (19691230 200107 1 002)" or "… · 01-03-2020"."""
        return self.value(key)
