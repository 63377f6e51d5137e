"""Personal data (UU 27/2022 PDP, DOMAIN §10): the register of what the app stores and why, the retention
rules, and applying them.

The register is the record of processing an agency keeps (Pasal 31) and the starting point of the
data-protection impact assessment that talent scoring needs (Pasal 34). It is built from the database and
the permission matrix every time, so it cannot drift from what the app really stores and who really sees
it: the counts are live, and "who may see / change" comes from ``permissions.ROLE_PERMISSIONS``.

Retention is data an administrator sets (``privacy.retention`` in the app settings), never a constant:
no regulation found fixes how long a regional talent-management copy of SIASN data may be kept. What the
rules may never touch is written down here as well as in the register:

* committee records (meetings, berita acara, decisions, notes, conflicts of interest) and the calibrations
  (who decided, why) are the agency's legal record; a person named in them keeps NIP and name;
* the audit log is append-only and hash-chained: removing an event breaks the chain for every later
  event, so it is never pruned, and neither is the export log, which is part of it;
* automatic backups follow their own rule (services.backups) and still hold removed data until they age out.

The date someone left is not in SIASN's data utama, so it is estimated conservatively: the latest date that
shows them still in service (TMT jabatan and golongan, SKP year, assessments, training, awards, placements,
calibrations, and the TMT pensiun from the BUP for those who retired). The preview shows the date and its
basis for every person before anything is applied.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Select, Text, cast, delete, func, null, or_, select, update
from sqlalchemy.orm import Session

from talenta_desktop.domain.dates import add_years, format_tanggal, retirement_date
from talenta_desktop.domain.masking import redact_hukdis
from talenta_desktop.domain.messages import (
    QT_TRANSLATE_NOOP,
    Lowered,
    Message,
    MessageError,
    joined,
    message_of,
)
from talenta_desktop.models import (
    Assessment,
    AuditEvent,
    Base,
    Calibration,
    CommitteeMember,
    ConflictOfInterest,
    CriticalPost,
    Decision,
    DevelopmentActivity,
    DevelopmentPlan,
    DiklatHistory,
    DiscussionNote,
    GolonganHistory,
    HukdisHistory,
    Instansi,
    JabatanHistory,
    PendidikanHistory,
    PenghargaanHistory,
    Person,
    Placement,
    ScoringScheme,
    Skp,
    Successor,
    TalentPeriod,
)
from talenta_desktop.models.db import Database

from . import backups
from .actor import Actor
from .app_settings import get_setting, put_setting
from .audit import record
from .export_log import ACTION_PREFIX as EXPORT_PREFIX
from .export_log import LEGACY_ACTIONS as LEGACY_EXPORTS
from .export_log import record_export
from .permissions import ROLE_LABELS, ROLE_PERMISSIONS, Permission, can, require

SETTING_KEY = "privacy.retention"
RETENTION_ACTION = "privacy.retention"
APPLY_ACTION = "privacy.apply"
REGISTER_EXPORT_KIND = "privacy-register"
BACKUP_REASON = backups.BEFORE_RETENTION  # the automatic copy made before retention is applied

MAX_YEARS = 30
STATUS_MAX_LENGTH = 60  # Person.kedudukan is String(60)

# Configurable defaults (DOMAIN: a rule regions vary is data, with its default documented).
# Five years after leaving: long enough for objections, appeals and an audit by the inspectorate or BPK of
# the periods the person was mapped in; no regulation found sets a term for talent-management data, so the
# agency should align it with its own Jadwal Retensi Arsip.
DEFAULT_DEPARTED_YEARS = 5
# Five years after a sentence ended: the longest window the shipped scoring schemes look back for the
# integritas score (Kepka BKN 411/2025 preset: 5 years); after that the record changes no score.
DEFAULT_HUKDIS_YEARS = 5
# kedudukanPnsNama values that mean the person is no longer with the agency, compared with the start of
# the stored text (case and spacing ignored): "Pensiun" also covers "Pensiun Dini", "Pemberhentian dengan
# hormat" covers "… atas permintaan sendiri". "Pemberhentian sementara" and "Masa persiapan pensiun" are
# still in service and are deliberately not matched. SIASN's own list is not verified: configurable.
DEFAULT_DEPARTED_STATUSES = (
    "Pensiun",
    "Meninggal",
    "Wafat",
    "Berhenti",
    "Diberhentikan",
    "Pemberhentian dengan hormat",
    "Pemberhentian tidak dengan hormat",
    "Pemutusan hubungan perjanjian kerja",
    "Pindah",
    "Mutasi keluar",
    "Keluar",
)

FIELD_LABELS = {
    "departed_years": QT_TRANSLATE_NOOP("services.privacy", "Masa simpan setelah pegawai keluar"),
    "departed_statuses": QT_TRANSLATE_NOOP("services.privacy", "Kedudukan yang berarti telah keluar"),
    "hukdis_years": QT_TRANSLATE_NOOP("services.privacy", "Masa simpan hukuman disiplin"),
}

# Person columns emptied when a person who left is anonymised, and those kept because the talent maps,
# reports and berita acara of past periods show them. Birth date stays: it is required and the NIP
# already carries it.
CLEARED_COLUMNS = (
    "nip_lama",
    "tempat_lahir",
    "agama",
    "email",
    "no_hp",
    "pendidikan_nama",
    "tahun_lulus",
    "tmt_cpns",
    "tmt_pns",
    "tmt_jabatan",
    "tmt_golongan",
    "mk_tahun",
    "mk_bulan",
    "bup",
)
KEPT_COLUMNS = (
    "nip",
    "nama",
    "gelar_depan",
    "gelar_belakang",
    "tanggal_lahir",
    "jenis_kelamin",
    "jenis_pegawai",
    "kedudukan",
    "tingkat_pendidikan",
    "unit_id",
    "jabatan_nama",
    "jenis_jabatan",
    "jenjang_jabatan",
    "eselon",
    "golongan",
)

# A person's own rows (SIASN histories and appraisals): removed whole once the person is past retention.
PERSON_ROWS: tuple[tuple[type, str], ...] = (
    (JabatanHistory, QT_TRANSLATE_NOOP("services.privacy", "Riwayat jabatan")),
    (GolonganHistory, QT_TRANSLATE_NOOP("services.privacy", "Riwayat golongan")),
    (PendidikanHistory, QT_TRANSLATE_NOOP("services.privacy", "Riwayat pendidikan")),
    (DiklatHistory, QT_TRANSLATE_NOOP("services.privacy", "Riwayat diklat")),
    (PenghargaanHistory, QT_TRANSLATE_NOOP("services.privacy", "Riwayat penghargaan")),
    (HukdisHistory, QT_TRANSLATE_NOOP("services.privacy", "Hukuman disiplin")),
    (Skp, QT_TRANSLATE_NOOP("services.privacy", "SKP")),
    (Assessment, QT_TRANSLATE_NOOP("services.privacy", "Asesmen")),
)

STALE_PREVIEW = QT_TRANSLATE_NOOP(
    "services.privacy",
    "Data atau aturan retensi berubah sejak pratinjau dibuat; periksa pratinjau yang baru sebelum menerapkan.",
)
HUKDIS_REDACTED = "Hukuman disiplin (rincian dihapus setelah masa retensi)"

ACTION_DELETE, ACTION_ANONYMISE = "hapus", "anonimkan"
ACTION_LABELS = {ACTION_DELETE: "Dihapus seluruhnya", ACTION_ANONYMISE: "Dianonimkan"}

_CHUNK = 500  # ids per IN (…) list: well under every database's parameter limit


class RetentionError(MessageError, ValueError):
    """A retention rule or run that cannot be accepted; the message is for the user (Indonesian as text,
    and as a message for the screen in the user's language)."""


# ------------------------------------------------------------------------------------------ settings


def _fold(text: str) -> str:
    return " ".join(str(text).split()).casefold()


@dataclass(frozen=True)
class RetentionSettings:
    departed_years: int = DEFAULT_DEPARTED_YEARS
    departed_statuses: tuple[str, ...] = DEFAULT_DEPARTED_STATUSES
    hukdis_years: int = DEFAULT_HUKDIS_YEARS  # 0: kept for as long as the person is in service

    def as_json(self) -> dict[str, Any]:
        return {
            "departed_years": self.departed_years,
            "departed_statuses": list(self.departed_statuses),
            "hukdis_years": self.hukdis_years,
        }

    def is_departed(self, kedudukan: str | None) -> bool:
        """Whether a kedudukan means the person has left: it starts with one of the configured statuses,
        followed by the end of the text or a non-letter ("Pindah instansi" yes, "Pindahan" no)."""
        if not kedudukan:
            return False
        value = _fold(kedudukan)
        for status in self.departed_statuses:
            prefix = _fold(status)
            if value == prefix or (value.startswith(prefix) and not value[len(prefix)].isalnum()):
                return True
        return False


DEFAULTS = RetentionSettings()


def _years(key: str, raw: object, low: int, high: int, hint: bool = False) -> int:
    value: int | None = None
    if isinstance(raw, int) and not isinstance(raw, bool):
        value = raw
    elif isinstance(raw, float) and raw.is_integer():
        value = int(raw)
    elif isinstance(raw, str) and raw.strip().isdigit():
        value = int(raw.strip())
    if value is None or not low <= value <= high:
        if hint:
            raise RetentionError(
                QT_TRANSLATE_NOOP(
                    "services.privacy",
                    "{field}: nilai '{raw}' tidak dapat dipakai; isikan bilangan bulat {low}–{high} tahun "
                    "(0: disimpan selama pegawai bekerja).",
                ),
                field=FIELD_LABELS[key],
                raw=raw,
                low=low,
                high=high,
            )
        raise RetentionError(
            QT_TRANSLATE_NOOP(
                "services.privacy",
                "{field}: nilai '{raw}' tidak dapat dipakai; isikan bilangan bulat {low}–{high} tahun.",
            ),
            field=FIELD_LABELS[key],
            raw=raw,
            low=low,
            high=high,
        )
    return value


def _statuses(raw: object) -> tuple[str, ...]:
    label = FIELD_LABELS["departed_statuses"]
    if isinstance(raw, str):
        items = re.split(r"[\n;,]", raw)
    elif isinstance(raw, Iterable):
        items = list(raw)
    else:
        raise RetentionError(
            QT_TRANSLATE_NOOP(
                "services.privacy",
                "{field}: nilai '{raw}' tidak dapat dipakai; isikan satu kedudukan per baris.",
            ),
            field=label,
            raw=raw,
        )
    out: list[str] = []
    seen: set[str] = set()
    for item in items:
        if not isinstance(item, str):
            raise RetentionError(
                QT_TRANSLATE_NOOP("services.privacy", "{field}: nilai '{item}' bukan teks kedudukan."),
                field=label,
                item=item,
            )
        text = " ".join(item.split())
        if not text:
            continue
        if len(text) > STATUS_MAX_LENGTH:
            raise RetentionError(
                QT_TRANSLATE_NOOP(
                    "services.privacy",
                    "{field}: '{text}…' lebih dari {limit} karakter, lebih panjang daripada kedudukan SIASN "
                    "mana pun.",
                ),
                field=label,
                text=text[:40],
                limit=STATUS_MAX_LENGTH,
            )
        if _fold(text).startswith("aktif"):
            raise RetentionError(
                QT_TRANSLATE_NOOP(
                    "services.privacy",
                    "{field}: '{text}' tidak boleh dipakai; pegawai yang aktif tidak dapat dianggap telah keluar.",
                ),
                field=label,
                text=text,
            )
        if _fold(text) not in seen:
            seen.add(_fold(text))
            out.append(text)
    if not out:
        raise RetentionError(
            QT_TRANSLATE_NOOP(
                "services.privacy", "{field}: isikan sedikitnya satu kedudukan (mis. Pensiun)."
            ),
            field=label,
        )
    return tuple(out)


def validate_retention(values: Mapping[str, Any]) -> RetentionSettings:
    """The settings ``values`` describe, or a RetentionError that names the field and the value."""
    unknown = sorted(set(values) - set(FIELD_LABELS))
    if unknown:
        raise RetentionError(
            QT_TRANSLATE_NOOP("services.privacy", "Pengaturan retensi tidak dikenal: {keys}."),
            keys=", ".join(unknown),
        )
    merged = {**DEFAULTS.as_json(), **values}
    return RetentionSettings(
        departed_years=_years("departed_years", merged["departed_years"], 1, MAX_YEARS),
        departed_statuses=_statuses(merged["departed_statuses"]),
        hukdis_years=_years("hukdis_years", merged["hukdis_years"], 0, MAX_YEARS, hint=True),
    )


def retention_settings(session: Session) -> RetentionSettings:
    """The rules in force: the stored ones, or the documented defaults when none were saved."""
    stored = get_setting(session, SETTING_KEY)
    return DEFAULTS if not stored else validate_retention(stored)


def scoring_window(session: Session) -> tuple[int, str | None]:
    """The most years any scoring scheme looks back at disciplinary records (integritas score, eligibility
    rule) and the scheme that does: a shorter hukdis retention would change the scores it computes."""
    longest, which = 0, None
    for name, version, params in session.execute(
        select(ScoringScheme.name, ScoringScheme.version, ScoringScheme.params)
    ):
        params = params or {}
        years = max(
            int(params.get("integritas_years", 5) or 0),  # services.talent.mapping's default
            math.ceil(float((params.get("eligibility") or {}).get("hukdis_years", 0) or 0)),
        )
        if years > longest:
            longest, which = years, f"{name} versi {version}"
    return longest, which


def save_retention(session: Session, actor: Actor, values: Mapping[str, Any]) -> RetentionSettings:
    """Validate and store the retention rules (administrators only), audited as "privacy.retention"."""
    require(actor, Permission.PRIVACY_MANAGE)
    settings = validate_retention(values)
    window, scheme = scoring_window(session)
    if 0 < settings.hukdis_years < window:
        raise RetentionError(
            QT_TRANSLATE_NOOP(
                "services.privacy",
                "{field}: nilai '{years}' lebih pendek daripada {window} tahun yang dipakai skema {scheme} untuk "
                "menilai integritas; isikan 0 atau sedikitnya {window}.",
            ),
            field=FIELD_LABELS["hukdis_years"],
            years=settings.hukdis_years,
            window=window,
            scheme=scheme,
        )
    put_setting(session, actor, SETTING_KEY, settings.as_json(), action=RETENTION_ACTION)
    return settings


# ------------------------------------------------------------------------------------------ register


@dataclass(frozen=True)
class _Category:
    key: str
    title: str
    data: str  # the fields, as a reader of a DPIA understands them
    tables: tuple[str, ...]
    purpose: str
    legal_basis: str
    source: str
    view: Permission | None  # None: every role (the talent data that is not sensitive)
    change: tuple[Permission, ...]  # () : nobody (written by the app itself)
    unit: str
    sensitive: bool = False
    note: str = ""


_PDP = "UU 27/2022 tentang Pelindungan Data Pribadi"
_PDP_BASIS = (
    f"{_PDP} Pasal 20 ayat (2) huruf e: pelaksanaan kewenangan instansi berdasarkan peraturan "
    "perundang-undangan"
)
_TALENTA = "PermenPANRB 3/2020 tentang Manajemen Talenta ASN, diubah dengan PermenPANRB 20/2025"
_MANAJEMEN_PNS = "PP 11/2017 tentang Manajemen PNS jo. PP 17/2020"

CATEGORIES: tuple[_Category, ...] = (
    _Category(
        "identitas",
        "Identitas dan kontak pegawai",
        "NIP, NIP lama, nama dan gelar, tempat dan tanggal lahir, jenis kelamin, agama, email, nomor HP, "
        "jenis pegawai, kedudukan",
        ("person",),
        "Mengenali pegawai dalam pemetaan, rapat komite, dan laporan; mencocokkan data antar-impor dengan NIP.",
        f"{_MANAJEMEN_PNS}; {_TALENTA}; UU 20/2023 tentang ASN; {_PDP_BASIS}",
        "Impor data utama SIASN (berkas .xlsx/.csv); paket pertukaran dari instalasi lain",
        None,
        (Permission.PERSONNEL_EDIT, Permission.EXCHANGE_IMPORT),
        "pegawai",
        note="Agama, email, dan nomor HP disimpan bila ada di berkas data utama, tetapi tidak dipakai dalam "
        "penilaian dan tidak pernah diekspor. Paket pertukaran dari instalasi lain dapat membawa kembali data "
        "yang telah dihapus: terapkan aturan retensi yang sama di sana.",
    ),
    _Category(
        "kepegawaian",
        "Riwayat kepegawaian",
        "Jabatan, unit kerja, golongan, pendidikan, masa kerja, BUP; riwayat jabatan, golongan, pendidikan, "
        "diklat (JP), dan penghargaan",
        (
            "riwayat_jabatan",
            "riwayat_golongan",
            "riwayat_pendidikan",
            "riwayat_diklat",
            "riwayat_penghargaan",
        ),
        "Menghitung potensial (pengalaman jabatan, pendidikan, pengembangan kompetensi, penghargaan), "
        "memantau 20 JP pengembangan per tahun, dan mencari calon suksesor.",
        f"{_MANAJEMEN_PNS} (Pasal 203 ayat 4: 20 JP per tahun); {_TALENTA}; {_PDP_BASIS}",
        "Data utama SIASN (jabatan, golongan, pendidikan terakhir); riwayat dari paket pertukaran",
        None,
        (Permission.PERSONNEL_EDIT, Permission.EXCHANGE_IMPORT),
        "baris riwayat",
    ),
    _Category(
        "kinerja",
        "Kinerja (SKP)",
        "Tahun, hasil kerja, perilaku kerja, predikat, dan nilai SKP",
        ("skp",),
        "Sumbu kinerja kotak talenta.",
        f"PermenPANRB 6/2022 tentang Pengelolaan Kinerja ASN; {_TALENTA}; {_PDP_BASIS}",
        "Impor riwayat SKP (e-Kinerja / SIASN rw-skp22); paket pertukaran",
        None,
        (Permission.PERSONNEL_EDIT, Permission.EXCHANGE_IMPORT),
        "baris",
    ),
    _Category(
        "potensi",
        "Asesmen kompetensi dan potensi",
        "Tanggal, jenis, lembaga, JPM, nilai manajerial, sosial kultural, teknis, dan potensi, kategori",
        ("assessment",),
        "Sumbu potensial kotak talenta; kesenjangan kompetensi untuk rencana pengembangan.",
        f"{_TALENTA}; PermenPANRB 38/2017 tentang Standar Kompetensi Jabatan ASN; {_PDP_BASIS}",
        "Impor hasil asesmen (assessment center, uji kompetensi, CACT); paket pertukaran",
        None,
        (Permission.PERSONNEL_EDIT, Permission.EXCHANGE_IMPORT),
        "baris",
    ),
    _Category(
        "hukdis",
        "Hukuman disiplin (data sensitif)",
        "Tingkat, jenis, TMT, tanggal berakhir, dan keterangan hukuman disiplin",
        ("riwayat_hukdis",),
        "Nilai integritas dan aturan kelayakan (hukuman sedang/berat dalam beberapa tahun terakhir tidak "
        "dipetakan).",
        f"Kepka BKN 411/2025 (komponen integritas/rekam jejak disiplin); {_TALENTA}; {_PDP_BASIS}",
        "Paket pertukaran dari instalasi lain (bagian ini dapat ditinggalkan saat mengekspor paket); "
        "belum ada impor berkas rw-hukdis",
        Permission.SENSITIVE_DATA,
        (Permission.EXCHANGE_IMPORT,),
        "baris",
        sensitive=True,
        note="Hanya peran yang berwenang melihat data sensitif yang melihatnya di profil dan ekspor; "
        "lembar kerja BKN dan paket memuatnya hanya bila diminta, dan ekspor itu tercatat di log ekspor.",
    ),
    _Category(
        "talenta",
        "Penempatan dan kalibrasi talenta",
        "Nilai kinerja, potensial dan talenta, tingkat kedua sumbu, sub-nilai, alasan belum dapat dipetakan; "
        "kalibrasi (kotak sebelum dan sesudah, alasan, siapa, kapan, rapat mana)",
        ("placement", "calibration"),
        "Peta talenta per periode; kotak hasil hitung adalah usulan, komite yang memutuskan dan alasannya "
        "dicatat (hak keberatan atas keputusan otomatis).",
        f"{_TALENTA}; Kepka BKN 411/2025; {_PDP} (pemrosesan otomatis, penilaian impak Pasal 34)",
        "Dihitung aplikasi dari SKP dan asesmen menurut skema penilaian; kalibrasi oleh komite",
        None,
        (Permission.TALENT_MAP, Permission.TALENT_CALIBRATE, Permission.EXCHANGE_IMPORT),
        "baris",
    ),
    _Category(
        "komite",
        "Komite, notula, dan keputusan",
        "Anggota komite (nama, NIP, jabatan), rapat, kehadiran, catatan pembahasan per pegawai, keputusan, "
        "benturan kepentingan, tindak lanjut, berita acara final",
        (
            "committee_member",
            "meeting",
            "meeting_attendance",
            "meeting_note",
            "meeting_decision",
            "meeting_conflict",
            "meeting_follow_up",
        ),
        "Mencatat keputusan Komite Talenta dan dasarnya sebagai arsip dinas.",
        f"{_TALENTA}; SK PPK tentang Komite Talenta; {_PDP_BASIS}",
        "Entri sekretariat komite dalam rapat; keputusan rapat Komite Talenta",
        None,
        (Permission.COMMITTEE_MANAGE, Permission.EXCHANGE_IMPORT),
        "baris",
    ),
    _Category(
        "pengembangan",
        "Rencana pengembangan individu",
        "Rencana per pegawai dan periode, jabatan target, kegiatan, JP, mentor, bukti penyelesaian",
        ("development_plan", "development_activity"),
        "Menindaklanjuti rekomendasi kotak talenta dan memenuhi 20 JP pengembangan per tahun.",
        f"{_MANAJEMEN_PNS} Pasal 203; {_TALENTA}; {_PDP_BASIS}",
        "Entri operator; rekomendasi kotak talenta; keputusan komite",
        None,
        (Permission.DEVELOPMENT_MANAGE, Permission.EXCHANGE_IMPORT),
        "baris",
    ),
    _Category(
        "suksesi",
        "Suksesi dan jabatan kritikal",
        "Jabatan target/kritikal dan pemangkunya, suksesor per periode, kesiapan, status",
        ("critical_post", "successor"),
        "Menyiapkan pengganti untuk jabatan target dan kritikal dari Kelompok Rencana Suksesi.",
        f"{_TALENTA}; UU 20/2023 tentang ASN; {_PDP_BASIS}",
        "Entri operator; kandidat dari Kelompok Rencana Suksesi; keputusan komite",
        None,
        (Permission.SUCCESSION_MANAGE, Permission.EXCHANGE_IMPORT),
        "baris",
    ),
    _Category(
        "pengguna",
        "Akun pengguna aplikasi",
        "Nama pengguna, nama lengkap, NIP, peran, verifikator kata sandi, upaya masuk yang gagal",
        ("app_user",),
        "Masuk ke aplikasi dan membatasi siapa boleh melakukan apa.",
        f"{_PDP} (keamanan pemrosesan)",
        "Dibuat administrator",
        Permission.USERS_MANAGE,
        (Permission.USERS_MANAGE,),
        "akun",
        note="Kata sandi tidak disimpan, hanya verifikatornya.",
    ),
    _Category(
        "audit",
        "Log audit",
        "Setiap perubahan: waktu, pengguna, tindakan, data sebelum dan sesudah (dapat memuat NIP dan nama)",
        ("audit_event",),
        "Menjelaskan setiap perubahan peta talenta dan mendeteksi pemalsuan secara luring.",
        f"{_PDP} (perekaman kegiatan pemrosesan, Pasal 31); {_TALENTA} (sistem merit)",
        "Dicatat otomatis oleh aplikasi pada setiap perubahan",
        Permission.AUDIT_VIEW,
        (),
        "peristiwa",
    ),
    _Category(
        "ekspor",
        "Log ekspor",
        "Siapa mengekspor apa, kapan, ke berkas mana, berapa baris, dengan atau tanpa data sensitif",
        ("audit_event",),
        "Menjawab dalam 3 × 24 jam data apa yang telah keluar dari kantor bila terjadi kebocoran.",
        f"{_PDP} (pemberitahuan kegagalan pelindungan data dalam 3 × 24 jam)",
        "Dicatat otomatis pada setiap ekspor, laporan, paket, dan salinan cadangan ke luar folder",
        None,
        (),
        "ekspor",
        note="Bagian dari log audit. Berkas hasil ekspor berada di luar aplikasi: penerimanya yang "
        "mengatur masa simpannya.",
    ),
    _Category(
        "cadangan",
        "Salinan cadangan database",
        "Salinan utuh database (semua kategori di atas) di folder backups/ di samping database",
        (),
        "Memulihkan data setelah kerusakan, impor yang keliru, atau penerapan retensi yang keliru.",
        f"{_PDP} (keamanan dan ketersediaan data)",
        "Dibuat otomatis (harian, sebelum impor, migrasi, pemulihan, enkripsi, dan retensi) dan manual",
        Permission.BACKUP,
        (Permission.RESTORE,),
        "salinan",
        note="Siapa pun yang dapat membuka folder database dapat menyalin berkas cadangan; enkripsi database "
        "juga melindungi salinannya.",
    ),
)
CATEGORY_KEYS = tuple(c.key for c in CATEGORIES)


def roles_with(permissions: Permission | Sequence[Permission] | None) -> tuple[str, ...]:
    """The roles (codes, in the matrix's order) that hold any of ``permissions``; None: every role."""
    if permissions is None:
        return tuple(ROLE_PERMISSIONS)
    wanted = (permissions,) if isinstance(permissions, Permission) else tuple(permissions)
    return tuple(role for role, granted in ROLE_PERMISSIONS.items() if any(p in granted for p in wanted))


def _role_labels(roles: Sequence[str]) -> tuple[str, ...]:
    return tuple(ROLE_LABELS.get(role, role) for role in roles)


@dataclass(frozen=True)
class RegisterEntry:
    key: str
    category: str
    data: str
    tables: tuple[str, ...]
    purpose: str
    legal_basis: str
    source: str
    viewer_roles: tuple[str, ...]  # role codes
    editor_roles: tuple[str, ...]
    retention: str  # the rule in full
    retention_short: str  # the rule in a table cell
    count: int | None  # None: not known (a database that is not a file has no backup folder)
    unit: str
    table_counts: tuple[tuple[str, int], ...]
    sensitive: bool
    note: str

    @property
    def viewers(self) -> tuple[str, ...]:
        return _role_labels(self.viewer_roles)

    @property
    def editors(self) -> tuple[str, ...]:
        return _role_labels(self.editor_roles)

    @property
    def viewers_text(self) -> str:
        return ", ".join(self.viewers) or "Tidak seorang pun"

    @property
    def editors_text(self) -> str:
        return ", ".join(self.editors) or "Tidak seorang pun: hanya ditambah oleh aplikasi"


@dataclass(frozen=True)
class NotCollected:
    item: str
    headers: tuple[str, ...]  # headers such a column typically carries in a SIASN or agency file


NOT_COLLECTED = (
    NotCollected("NIK (nomor induk kependudukan) dan nomor KK", ("NIK", "No KTP", "Nomor KK")),
    NotCollected(
        "Data keluarga (suami/istri, anak, orang tua)",
        ("Nama Istri", "Nama Suami", "Jumlah Anak", "Nama Ayah"),
    ),
    NotCollected("Data kesehatan dan golongan darah", ("Golongan Darah", "Riwayat Penyakit")),
    NotCollected("NPWP dan data pajak", ("NPWP",)),
    NotCollected("Nomor BPJS Kesehatan dan Ketenagakerjaan", ("No BPJS", "Nomor BPJS Kesehatan")),
    NotCollected("Rekening bank dan gaji", ("No Rekening", "Nama Bank", "Gaji Pokok")),
    NotCollected("Alamat rumah", ("Alamat", "Alamat Rumah")),
    NotCollected("Foto, sidik jari, dan data biometrik lain", ("Foto", "Sidik Jari")),
)
NOT_COLLECTED_NOTE = (
    "Aplikasi tidak mempunyai kolom untuk data ini. Bila berkas impor memuatnya, kolom itu tidak cocok dengan "
    "bidang mana pun dan dilewati: isinya tidak disimpan, dan laporan impor hanya menyebut judul kolomnya "
    "sebagai kolom yang diabaikan. Ekspor dan paket pertukaran tidak pernah memuatnya."
)

REGISTER_NOTES = (
    "Register ini adalah catatan kegiatan pemrosesan (UU 27/2022 Pasal 31) dan bahan penilaian dampak "
    "pelindungan data pribadi (Pasal 34) yang diwajibkan karena peta talenta menilai pegawai. Jumlah dihitung "
    "dari database saat register dibuat; siapa yang dapat melihat dan mengubah diambil dari matriks peran "
    "aplikasi.",
    "Log audit hanya dapat ditambah dan berantai hash: setiap peristiwa memuat sidik peristiwa sebelumnya. "
    "Menghapus satu peristiwa memutus rantai untuk semua peristiwa sesudahnya, sehingga pemalsuan tidak lagi "
    "dapat dideteksi. Karena itu log audit, termasuk log ekspor, tidak dipangkas oleh aturan retensi.",
    "Berita acara, keputusan, catatan pembahasan, benturan kepentingan, dan kalibrasi adalah arsip dinas: "
    "aturan retensi tidak menghapusnya, dan pegawai yang disebut di dalamnya tetap tercatat dengan NIP dan "
    "namanya. Berita acara yang sudah final dikunci dengan sidik jari.",
    "Data yang dihapus oleh aturan retensi masih ada di salinan cadangan lama sampai salinan itu terhapus "
    "menurut aturan cadangan.",
)


def backup_rule_text() -> str:
    """The backup retention rule as services.backups applies it (not configurable here)."""
    return (
        f"{backups.KEEP_DAILY} salinan harian terakhir, lalu salinan terakhir setiap bulan selama "
        f"{backups.KEEP_MONTHLY} bulan; salinan sebelum impor, migrasi, pemulihan, enkripsi, dan retensi: "
        f"{backups.KEEP_EACH} terbaru untuk setiap alasan. Data yang dihapus oleh retensi masih ada di "
        f"salinan lama sampai salinan itu terhapus (salinan bulanan sekitar {backups.KEEP_MONTHLY} bulan; "
        "salinan yang jarang dibuat dapat lebih lama)."
    )


def _retention_texts(key: str, settings: RetentionSettings) -> tuple[str, str]:
    """(full rule, short rule) for a category under the settings."""
    years = settings.departed_years
    after = f"{years} tahun setelah pegawai keluar"
    short_after = f"Bekerja + {years} th"
    if key == "identitas":
        return (
            f"Selama bekerja di instansi dan {after}. Sesudahnya pegawai yang tidak disebut dalam penempatan, "
            "kalibrasi, atau catatan komite dihapus seluruhnya; yang disebut dianonimkan: tempat lahir, agama, "
            "email, nomor HP, NIP lama, rincian pendidikan, TMT, dan masa kerja dikosongkan, sedangkan NIP, "
            "nama, gelar, tanggal lahir (sudah terkandung dalam NIP), dan jabatan terakhir tetap karena "
            "tercantum dalam arsip komite dan peta talenta periode lalu.",
            short_after,
        )
    if key in ("kepegawaian", "kinerja", "potensi"):
        return (f"Selama bekerja di instansi dan {after}; sesudahnya dihapus.", short_after)
    if key == "hukdis":
        if settings.hukdis_years:
            return (
                f"Dihapus {settings.hukdis_years} tahun setelah hukuman berakhir, bila tidak lagi dipakai "
                f"periode yang masih terbuka; seluruhnya dihapus {after}.",
                f"{settings.hukdis_years} th setelah berakhir",
            )
        return (f"Selama bekerja di instansi dan {after}; sesudahnya dihapus.", short_after)
    if key == "talenta":
        return (
            "Disimpan sebagai catatan peta talenta setiap periode. Kotak, nilai, dan kalibrasi (siapa "
            f"memutuskan dan mengapa) tetap; sub-nilai dan rincian hukuman disiplin pegawai dihapus {after}.",
            "Tetap (rincian dihapus)",
        )
    if key == "komite":
        return (
            "Disimpan tanpa batas waktu sebagai arsip dinas; tidak dihapus oleh aturan retensi.",
            "Arsip tetap",
        )
    if key == "pengembangan":
        return (
            f"Rencana yang ditetapkan dengan keputusan komite disimpan sebagai arsip; lainnya dihapus {after}.",
            short_after,
        )
    if key == "suksesi":
        return (
            f"Suksesor yang ditetapkan dengan keputusan komite disimpan sebagai arsip; usulan lain dihapus "
            f"{after}, dan pegawai itu tidak lagi dicatat sebagai pemangku jabatan kritikal.",
            short_after,
        )
    if key == "pengguna":
        return (
            "Selama akun ada. Akun dinonaktifkan, tidak dihapus, karena log audit merujuk nama penggunanya.",
            "Selama akun ada",
        )
    if key in ("audit", "ekspor"):
        return (
            "Tanpa batas waktu: log audit hanya dapat ditambah dan berantai hash, sehingga tidak dapat dipangkas "
            "tanpa memutus rantai.",
            "Tanpa batas waktu",
        )
    if key == "cadangan":
        return (
            backup_rule_text(),
            f"{backups.KEEP_DAILY} harian, {backups.KEEP_MONTHLY} bulanan",
        )
    raise KeyError(key)


def _export_count(session: Session) -> int:
    query = select(func.count()).where(
        or_(AuditEvent.action.startswith(EXPORT_PREFIX), AuditEvent.action.in_(list(LEGACY_EXPORTS)))
    )
    return int(session.scalar(query) or 0)


def _all_table_models() -> dict[str, type]:
    return {mapper.class_.__tablename__: mapper.class_ for mapper in Base.registry.mappers}


@dataclass(frozen=True)
class DataRegister:
    entries: tuple[RegisterEntry, ...]
    not_collected: tuple[NotCollected, ...]
    not_collected_note: str
    notes: tuple[str, ...]
    settings: RetentionSettings
    made_on: date
    instansi: str | None

    def entry(self, key: str) -> RegisterEntry:
        return next(e for e in self.entries if e.key == key)


def data_register(
    session: Session, *, backup_count: int | None = None, today: date | None = None
) -> DataRegister:
    """The register of personal data as it stands: one entry per category with live counts.

    ``backup_count``: how many automatic copies lie beside the database (the caller knows the file; a
    session does not) — None when unknown.
    """
    settings = retention_settings(session)
    models = _all_table_models()
    entries = []
    for category in CATEGORIES:
        if category.key == "ekspor":
            counts: tuple[tuple[str, int], ...] = (("audit_event (export.*)", _export_count(session)),)
            total: int | None = counts[0][1]
        elif category.key == "cadangan":
            counts, total = (), backup_count
        else:
            counts = tuple(
                (table, int(session.scalar(select(func.count()).select_from(models[table])) or 0))
                for table in category.tables
            )
            total = sum(n for _, n in counts)
        retention, short = _retention_texts(category.key, settings)
        entries.append(
            RegisterEntry(
                key=category.key,
                category=category.title,
                data=category.data,
                tables=category.tables,
                purpose=category.purpose,
                legal_basis=category.legal_basis,
                source=category.source,
                viewer_roles=roles_with(category.view),
                editor_roles=roles_with(category.change) if category.change else (),
                retention=retention,
                retention_short=short,
                count=total,
                unit=category.unit,
                table_counts=counts,
                sensitive=category.sensitive,
                note=category.note,
            )
        )
    instansi = session.scalar(select(Instansi.nama).order_by(Instansi.id).limit(1))
    return DataRegister(
        entries=tuple(entries),
        not_collected=NOT_COLLECTED,
        not_collected_note=NOT_COLLECTED_NOTE,
        notes=REGISTER_NOTES,
        settings=settings,
        made_on=today or date.today(),
        instansi=instansi,
    )


def count_backups(db: Database) -> int | None:
    """How many automatic copies lie beside a file database; None for a server database."""
    if db.path is None:
        return None
    return len(backups.list_backups(db))


# -------------------------------------------------------------------------------------------- preview


@dataclass(frozen=True)
class StatusCount:
    kedudukan: str  # "" for no kedudukan recorded (counted as in service)
    people: int
    departed: bool


@dataclass(frozen=True)
class RetentionCandidate:
    person_id: int
    nip: str
    nama: str
    kedudukan: str
    left_on: date  # the latest date known to show the person still in service
    left_basis: str  # what that date is (Indonesian)
    due_on: date
    action: str  # ACTION_DELETE | ACTION_ANONYMISE
    rows: int  # history, SKP and assessment rows that go
    kept_because: tuple[str, ...]  # for ACTION_ANONYMISE: the records that name the person
    left_basis_message: Message | None = field(default=None, compare=False, repr=False)  # for the screen

    @property
    def action_label(self) -> str:
        return ACTION_LABELS[self.action]


@dataclass(frozen=True)
class RetentionPreview:
    settings: RetentionSettings
    today: date
    candidates: tuple[RetentionCandidate, ...]
    departed: int  # people whose kedudukan says they left
    waiting: int  # … whose retention has not yet run out
    undated: int  # … with no date at all to count from (kept)
    done: int  # … already anonymised, nothing left to remove
    statuses: tuple[StatusCount, ...]
    removals: tuple[tuple[str, int], ...]  # what goes, as (label, rows), only non-zero
    hukdis_ids: tuple[int, ...]  # old disciplinary records of people still in service
    hukdis_cutoff: date | None
    token: str  # fingerprint of exactly what would be applied

    @property
    def to_delete(self) -> tuple[RetentionCandidate, ...]:
        return tuple(c for c in self.candidates if c.action == ACTION_DELETE)

    @property
    def to_anonymise(self) -> tuple[RetentionCandidate, ...]:
        return tuple(c for c in self.candidates if c.action == ACTION_ANONYMISE)

    @property
    def is_empty(self) -> bool:
        return not self.candidates and not self.hukdis_ids

    def summary(self) -> str:
        return str(self.summary_message())

    def summary_message(self) -> Message:
        if self.is_empty:
            return Message(
                QT_TRANSLATE_NOOP("services.privacy", "Tidak ada data yang melewati masa retensi.")
            )
        parts = []
        if self.to_delete:
            parts.append(
                Message(
                    QT_TRANSLATE_NOOP("services.privacy", "{count} pegawai dihapus seluruhnya"),
                    count=len(self.to_delete),
                )
            )
        if self.to_anonymise:
            parts.append(
                Message(
                    QT_TRANSLATE_NOOP("services.privacy", "{count} pegawai dianonimkan"),
                    count=len(self.to_anonymise),
                )
            )
        if self.hukdis_ids:
            parts.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "services.privacy", "{count} catatan hukuman disiplin lama pegawai lain dihapus"
                    ),
                    count=len(self.hukdis_ids),
                )
            )
        return Message(QT_TRANSLATE_NOOP("services.privacy", "{parts}."), parts=joined(parts, "; "))


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    ids = list(ids)
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _as_date(value: object) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


# Who a preview query is about: the ids themselves, or a query selecting them. The preview asks about all
# the people who left, as one sub-query, so each table is read once rather than once per chunk of ids.
People = Sequence[int] | Select


def _scopes(people: People) -> Iterator[Sequence[int] | Select]:
    if isinstance(people, Select):
        yield people
    else:
        yield from _chunks(people)


def _grouped(session: Session, query_for, people: People) -> dict[int, Any]:
    """person_id -> value, for a grouped query built for ``people`` (query_for(scope) uses ``in_(scope)``)."""
    out: dict[int, Any] = {}
    for scope in _scopes(people):
        for person_id, value in session.execute(query_for(scope)):
            out[person_id] = value
    return out


def _evidence(
    session: Session, people: list, ids: People, today: date
) -> dict[int, tuple[date, str | Message]]:
    """person_id -> (latest date that shows the person in service, what it is), for ``people`` (rows with
    the Person columns) whose ids ``ids`` selects."""
    best: dict[int, tuple[date, str | Message]] = {}

    def offer(person_id: int, day: object, basis: str | Message) -> None:
        day = _as_date(day)
        if day is not None and (person_id not in best or day > best[person_id][0]):
            best[person_id] = (day, basis)

    for p in people:
        for column, basis in (
            ("tmt_cpns", QT_TRANSLATE_NOOP("services.privacy", "TMT CPNS")),
            ("tmt_pns", QT_TRANSLATE_NOOP("services.privacy", "TMT PNS")),
            ("tmt_golongan", QT_TRANSLATE_NOOP("services.privacy", "TMT golongan")),
            ("tmt_jabatan", QT_TRANSLATE_NOOP("services.privacy", "TMT jabatan")),
        ):
            offer(p.id, getattr(p, column), basis)
        if p.bup and p.tanggal_lahir and _fold(p.kedudukan or "").startswith("pensiun"):
            # Retired at the BUP, unless that is still to come: then they left early, on a day not known.
            retired = retirement_date(p.tanggal_lahir, p.bup)
            if retired <= today:
                offer(
                    p.id,
                    retired,
                    Message(
                        QT_TRANSLATE_NOOP("services.privacy", "TMT pensiun menurut BUP {bup} tahun"),
                        bup=p.bup,
                    ),
                )

    dated = (
        (
            JabatanHistory.person_id,
            JabatanHistory.tmt,
            QT_TRANSLATE_NOOP("services.privacy", "Riwayat jabatan"),
        ),
        (
            GolonganHistory.person_id,
            GolonganHistory.tmt,
            QT_TRANSLATE_NOOP("services.privacy", "Riwayat golongan"),
        ),
        (
            DiklatHistory.person_id,
            func.coalesce(DiklatHistory.tanggal_selesai, DiklatHistory.tanggal_mulai),
            QT_TRANSLATE_NOOP("services.privacy", "Diklat"),
        ),
        (
            PenghargaanHistory.person_id,
            PenghargaanHistory.tanggal,
            QT_TRANSLATE_NOOP("services.privacy", "Penghargaan"),
        ),
        (
            HukdisHistory.person_id,
            HukdisHistory.tmt,
            QT_TRANSLATE_NOOP("services.privacy", "TMT hukuman disiplin"),
        ),
        (Assessment.person_id, Assessment.tanggal, QT_TRANSLATE_NOOP("services.privacy", "Asesmen")),
    )
    for person_col, day_col, basis in dated:
        found = _grouped(
            session,
            lambda chunk, pc=person_col, dc=day_col: (
                select(pc, func.max(dc)).where(pc.in_(chunk)).group_by(pc)
            ),
            ids,
        )
        for person_id, day in found.items():
            offer(person_id, day, basis)
    years = _grouped(
        session,
        lambda chunk: (
            select(Skp.person_id, func.max(Skp.tahun)).where(Skp.person_id.in_(chunk)).group_by(Skp.person_id)
        ),
        ids,
    )
    for person_id, year in years.items():
        if year:
            offer(
                person_id,
                date(int(year), 12, 31),
                Message(QT_TRANSLATE_NOOP("services.privacy", "SKP tahun {year}"), year=int(year)),
            )
    placed = _grouped(
        session,
        lambda chunk: (
            select(Placement.person_id, func.max(TalentPeriod.reference_date))
            .join(TalentPeriod, TalentPeriod.id == Placement.period_id)
            .where(Placement.person_id.in_(chunk), Placement.kinerja_level.is_not(None))
            .group_by(Placement.person_id)
        ),
        ids,
    )
    for person_id, day in placed.items():
        offer(person_id, day, QT_TRANSLATE_NOOP("services.privacy", "Dipetakan dalam periode talenta"))
    calibrated = _grouped(
        session,
        lambda chunk: (
            select(Calibration.person_id, func.max(Calibration.decided_at))
            .where(Calibration.person_id.in_(chunk))
            .group_by(Calibration.person_id)
        ),
        ids,
    )
    for person_id, moment in calibrated.items():
        offer(person_id, moment, QT_TRANSLATE_NOOP("services.privacy", "Kalibrasi"))
    return best


# The records that keep a person who left (anonymised rather than deleted), with what to call them.
def _keeping_queries():
    return (
        ("penempatan talenta", Placement.person_id, None),
        ("kalibrasi", Calibration.person_id, None),
        ("keputusan rapat komite", Decision.person_id, None),
        ("catatan pembahasan rapat", DiscussionNote.person_id, None),
        ("benturan kepentingan dalam rapat", ConflictOfInterest.person_id, None),
        ("anggota komite", CommitteeMember.person_id, None),
        ("suksesor yang ditetapkan komite", Successor.person_id, Successor.decision_id.is_not(None)),
        (
            "rencana pengembangan yang ditetapkan komite",
            DevelopmentPlan.person_id,
            DevelopmentPlan.decision_id.is_not(None),
        ),
    )


def _kept_because(session: Session, ids: People) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for label, person_col, condition in _keeping_queries():
        for chunk in _scopes(ids):
            query = select(person_col).where(person_col.in_(chunk)).distinct()
            if condition is not None:
                query = query.where(condition)
            for (person_id,) in session.execute(query):
                out.setdefault(person_id, []).append(label)
    return out


def _row_counts(session: Session, ids: People) -> dict[str, dict[int, int]]:
    """table -> person_id -> rows of the person's own histories and appraisals."""
    out: dict[str, dict[int, int]] = {}
    for model, _label in PERSON_ROWS:
        out[model.__tablename__] = _grouped(
            session,
            lambda chunk, m=model: (
                select(m.person_id, func.count()).where(m.person_id.in_(chunk)).group_by(m.person_id)
            ),
            ids,
        )
    return out


def _hukdis_cutoff(session: Session, settings: RetentionSettings, today: date) -> date | None:
    """Disciplinary records that ended on or before this day may go; None when the rule is off.

    Never later than what an open period may still need: re-mapping it looks back ``scoring_window``
    years from its reference date."""
    if not settings.hukdis_years:
        return None
    cutoff = add_years(today, -settings.hukdis_years)
    window, _ = scoring_window(session)
    earliest_open = session.scalar(
        select(func.min(TalentPeriod.reference_date)).where(TalentPeriod.status == "open")
    )
    if earliest_open is not None:
        cutoff = min(cutoff, add_years(_as_date(earliest_open), -window))
    return cutoff


def _statuses_seen(session: Session, settings: RetentionSettings) -> tuple[list[StatusCount], list[str]]:
    """Every kedudukan in the database with its head count (spelling variants together), and the stored
    values, exactly as stored, that mean the person has left."""
    counts: dict[str, int] = {}
    departed_raw: list[str] = []
    for kedudukan, n in session.execute(select(Person.kedudukan, func.count()).group_by(Person.kedudukan)):
        key = " ".join((kedudukan or "").split())
        counts[key] = counts.get(key, 0) + int(n)
        if settings.is_departed(kedudukan):
            departed_raw.append(kedudukan)
    rows = [StatusCount(k, n, settings.is_departed(k)) for k, n in counts.items()]
    return sorted(rows, key=lambda s: (not s.departed, -s.people, s.kedudukan)), departed_raw


def _token(payload: Any) -> str:
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode()).hexdigest()


def _name(p) -> str:
    return " ".join(part for part in (p.gelar_depan, p.nama) if part) + (
        f", {p.gelar_belakang}" if p.gelar_belakang else ""
    )


def preview_retention(
    session: Session, *, today: date | None = None, sensitive: bool = True
) -> RetentionPreview:
    """Who and what the retention rules would remove or anonymise today; changes nothing.

    The preview is open to every role, the disciplinary records are not: per person it gives only the
    total of rows that go, and with ``sensitive=False`` (a role that may not see disciplinary records)
    the disciplinary records of the people who left are counted with their other histories too, since a
    separate count would tell who had one whenever a single person is due.
    """
    today = today or date.today()
    settings = retention_settings(session)
    statuses, departed_values = _statuses_seen(session, settings)
    people: list = []
    if departed_values:
        base = ("id", "nip", "nama", "gelar_depan", "gelar_belakang", "kedudukan", "tanggal_lahir")
        columns = [*base, *(c for c in CLEARED_COLUMNS if c not in base)]
        people = list(
            session.execute(
                select(*(getattr(Person, c) for c in columns))
                .where(Person.kedudukan.in_(departed_values))
                .order_by(Person.nip)
            )
        )
    # A few hundred ids go in one IN (…) list (index look-ups); more, as a sub-query read once per table.
    ids: People = (
        [p.id for p in people]
        if len(people) <= _CHUNK
        else select(Person.id).where(Person.kedudukan.in_(departed_values))
    )
    kept = _kept_because(session, ids)
    rows = _row_counts(session, ids)

    def per_person(query_for) -> dict[int, int]:
        return _grouped(session, query_for, ids)

    plans_to_delete = per_person(
        lambda chunk: (
            select(DevelopmentPlan.person_id, func.count())
            .where(DevelopmentPlan.person_id.in_(chunk), DevelopmentPlan.decision_id.is_(None))
            .group_by(DevelopmentPlan.person_id)
        )
    )
    successors_to_delete = per_person(
        lambda chunk: (
            select(Successor.person_id, func.count())
            .where(Successor.person_id.in_(chunk), Successor.decision_id.is_(None))
            .group_by(Successor.person_id)
        )
    )
    incumbents = per_person(
        lambda chunk: (
            select(CriticalPost.incumbent_id, func.count())
            .where(CriticalPost.incumbent_id.in_(chunk))
            .group_by(CriticalPost.incumbent_id)
        )
    )
    detailed = per_person(
        lambda chunk: (
            select(Placement.person_id, func.count())
            .where(
                Placement.person_id.in_(chunk),
                or_(
                    cast(Placement.components, Text) != "null",  # SQL NULL is neither; JSON null is nothing
                    Placement.holding_reason.contains("Hukuman disiplin tingkat"),
                ),
            )
            .group_by(Placement.person_id)
        )
    )
    # Anonymised already (nothing of theirs is left to remove): not counted again, whatever their dates.
    done, open_people = 0, []
    for p in people:
        leftover = (
            sum(rows[table].get(p.id, 0) for table in rows)
            or any(getattr(p, c) is not None for c in CLEARED_COLUMNS)
            or plans_to_delete.get(p.id)
            or successors_to_delete.get(p.id)
            or incumbents.get(p.id)
            or detailed.get(p.id)
        )
        if p.id in kept and not leftover:
            done += 1
        else:
            open_people.append(p)
    evidence = _evidence(session, open_people, ids, today)
    candidates, waiting, undated = [], 0, 0
    for p in open_people:
        if p.id not in evidence:
            undated += 1
            continue
        left_on, basis = evidence[p.id]
        due_on = add_years(left_on, settings.departed_years)
        if due_on > today:
            waiting += 1
            continue
        own_rows = sum(rows[table].get(p.id, 0) for table in rows)
        reasons = tuple(kept.get(p.id, ()))
        candidates.append(
            RetentionCandidate(
                person_id=p.id,
                nip=p.nip,
                nama=_name(p),
                kedudukan=" ".join((p.kedudukan or "").split()),
                left_on=left_on,
                left_basis=str(basis),
                due_on=due_on,
                action=ACTION_ANONYMISE if reasons else ACTION_DELETE,
                rows=own_rows,
                kept_because=reasons,
                left_basis_message=message_of(basis),
            )
        )
    cutoff = _hukdis_cutoff(session, settings, today)
    hukdis_ids: list[int] = []
    if cutoff is not None:
        due_set = {c.person_id for c in candidates}
        query = select(HukdisHistory.id, HukdisHistory.person_id).where(
            HukdisHistory.tmt <= cutoff,
            func.coalesce(HukdisHistory.tanggal_akhir, HukdisHistory.tmt) <= cutoff,
        )
        hukdis_ids = [
            i
            for i, person_id in session.execute(query.order_by(HukdisHistory.id))
            if person_id not in due_set
        ]

    anonymised = [c.person_id for c in candidates if c.action == ACTION_ANONYMISE]
    deleted = [c.person_id for c in candidates if c.action == ACTION_DELETE]
    affected = anonymised + deleted
    removals = [
        (
            QT_TRANSLATE_NOOP("services.privacy", "Hukuman disiplin pegawai yang keluar")
            if model is HukdisHistory
            else label,
            sum(rows[model.__tablename__].get(i, 0) for i in affected),
        )
        for model, label in PERSON_ROWS
    ]
    removals += [
        (QT_TRANSLATE_NOOP("services.privacy", "Hukuman disiplin lama pegawai lain"), len(hukdis_ids)),
        (
            QT_TRANSLATE_NOOP("services.privacy", "Rencana pengembangan tanpa keputusan komite"),
            sum(plans_to_delete.get(i, 0) for i in affected),
        ),
        (
            QT_TRANSLATE_NOOP("services.privacy", "Usulan suksesor tanpa keputusan komite"),
            sum(successors_to_delete.get(i, 0) for i in affected),
        ),
        (
            QT_TRANSLATE_NOOP("services.privacy", "Jabatan kritikal yang pemangkunya dikosongkan"),
            sum(incumbents.get(i, 0) for i in affected),
        ),
        (
            QT_TRANSLATE_NOOP("services.privacy", "Penempatan yang rinciannya dihapus"),
            sum(detailed.get(i, 0) for i in anonymised),
        ),
        (QT_TRANSLATE_NOOP("services.privacy", "Pegawai dianonimkan"), len(anonymised)),
        (QT_TRANSLATE_NOOP("services.privacy", "Pegawai dihapus seluruhnya"), len(deleted)),
    ]
    token = _token(
        {
            "settings": settings.as_json(),
            "today": today.isoformat(),
            "candidates": [(c.person_id, c.action, c.rows) for c in candidates],
            "hukdis": hukdis_ids,
        }
    )
    return RetentionPreview(
        settings=settings,
        today=today,
        candidates=tuple(candidates),
        departed=len(people),
        waiting=waiting,
        undated=undated,
        done=done,
        statuses=tuple(statuses),
        removals=(
            tuple((label, n) for label, n in removals if n)
            if sensitive
            else preview_removals_without_hukdis([(label, n) for label, n in removals if n])
        ),
        hukdis_ids=tuple(hukdis_ids),
        hukdis_cutoff=cutoff,
        token=token,
    )


# ---------------------------------------------------------------------------------------------- apply


@dataclass(frozen=True)
class RetentionResult:
    deleted: tuple[str, ...]  # NIPs of people removed whole
    anonymised: tuple[str, ...]  # NIPs of people anonymised
    removals: tuple[tuple[str, int], ...]
    event_id: int

    def summary(self) -> str:
        return str(self.summary_message())

    def summary_message(self) -> Message:
        if not self.deleted and not self.anonymised and not self.removals:
            return Message(
                QT_TRANSLATE_NOOP(
                    "services.privacy", "Tidak ada data yang melewati masa retensi; tidak ada yang diubah."
                )
            )
        parts = [
            Message(QT_TRANSLATE_NOOP("services.privacy", "{count} {what}"), count=n, what=Lowered(label))
            for label, n in self.removals
        ]
        return Message(
            QT_TRANSLATE_NOOP("services.privacy", "Retensi diterapkan: {parts}."), parts=joined(parts, "; ")
        )


def _run(session: Session, statement) -> None:
    """A bulk statement; the session is expired afterwards instead of synchronised row by row."""
    session.execute(statement, execution_options={"synchronize_session": False})


def _redact_holding(reason: str | None) -> str | None:
    return redact_hukdis(reason, HUKDIS_REDACTED) if reason else reason


def apply_retention(
    session: Session, actor: Actor, *, today: date | None = None, token: str | None = None
) -> RetentionResult:
    """Remove or anonymise what the preview shows, in the caller's transaction (all of it or, on any
    error, none of it), recorded as one "privacy.apply" audit event. Administrators only.

    ``token``: the preview's fingerprint; when the data or the rules changed since that preview, nothing
    is done and a RetentionError asks for a new preview, so nobody applies what they have not seen.
    """
    require(actor, Permission.PRIVACY_MANAGE)
    preview = preview_retention(session, today=today)  # the audit event records the whole detail
    if token is not None and token != preview.token:
        raise RetentionError(STALE_PREVIEW)
    deleted = [c.person_id for c in preview.to_delete]
    anonymised = [c.person_id for c in preview.to_anonymise]
    affected = deleted + anonymised
    for chunk in _chunks(affected):
        for model, _label in PERSON_ROWS:
            _run(session, delete(model).where(model.person_id.in_(chunk)))
        plans = select(DevelopmentPlan.id).where(
            DevelopmentPlan.person_id.in_(chunk), DevelopmentPlan.decision_id.is_(None)
        )
        _run(session, delete(DevelopmentActivity).where(DevelopmentActivity.plan_id.in_(plans)))
        _run(
            session,
            delete(DevelopmentPlan).where(
                DevelopmentPlan.person_id.in_(chunk), DevelopmentPlan.decision_id.is_(None)
            ),
        )
        _run(
            session, delete(Successor).where(Successor.person_id.in_(chunk), Successor.decision_id.is_(None))
        )
        _run(
            session,
            update(CriticalPost).where(CriticalPost.incumbent_id.in_(chunk)).values(incumbent_id=None),
        )
    for chunk in _chunks(anonymised):
        _run(session, update(Person).where(Person.id.in_(chunk)).values(dict.fromkeys(CLEARED_COLUMNS)))
        _run(session, update(Placement).where(Placement.person_id.in_(chunk)).values(components=null()))
        held = session.execute(
            select(Placement.id, Placement.holding_reason).where(
                Placement.person_id.in_(chunk), Placement.holding_reason.contains("Hukuman disiplin tingkat")
            )
        ).all()
        for placement_id, reason in held:
            _run(
                session,
                update(Placement)
                .where(Placement.id == placement_id)
                .values(holding_reason=_redact_holding(reason)),
            )
    for chunk in _chunks(deleted):
        _run(session, delete(Person).where(Person.id.in_(chunk)))
    for chunk in _chunks(preview.hukdis_ids):
        _run(session, delete(HukdisHistory).where(HukdisHistory.id.in_(chunk)))
    session.expire_all()  # ORM objects loaded earlier in this session no longer match the rows
    by_id = {c.person_id: c.nip for c in preview.candidates}
    event = record(
        session,
        actor,
        APPLY_ACTION,
        entity="privacy",
        after={
            "settings": preview.settings.as_json(),
            "today": preview.today.isoformat(),
            "removals": dict(preview.removals),
            "deleted": [by_id[i] for i in deleted],
            "anonymised": [by_id[i] for i in anonymised],
            "hukdis_cutoff": preview.hukdis_cutoff,
        },
    )
    shown = preview.removals
    if not can(actor, Permission.SENSITIVE_DATA):
        shown = preview_removals_without_hukdis(preview.removals)
    return RetentionResult(
        deleted=tuple(by_id[i] for i in deleted),
        anonymised=tuple(by_id[i] for i in anonymised),
        removals=shown,
        event_id=event.id,
    )


_PERSON_ROW_LABELS = frozenset(
    {label for _, label in PERSON_ROWS}
    | {QT_TRANSLATE_NOOP("services.privacy", "Hukuman disiplin pegawai yang keluar")}
)


def preview_removals_without_hukdis(removals: Sequence[tuple[str, int]]) -> tuple[tuple[str, int], ...]:
    """The removals with the people's own rows counted together (see preview_retention)."""
    own = sum(n for label, n in removals if label in _PERSON_ROW_LABELS)
    rest = tuple((label, n) for label, n in removals if label not in _PERSON_ROW_LABELS)
    return (
        ((QT_TRANSLATE_NOOP("services.privacy", "Riwayat, SKP, dan asesmen"), own),) if own else ()
    ) + rest


def backup_before_retention(db: Database, actor: Actor) -> backups.BackupInfo | None:
    """The automatic copy made before retention is applied: the only way back from a mistaken rule (a
    kedudukan that does not mean leaving). Kept by the backup rule like the copies made before imports."""
    if db.path is None:
        return None
    return backups.backup_database(db, actor, BACKUP_REASON)


# ------------------------------------------------------------------------------------ register export

REGISTER_TITLE = "Register Pemrosesan Data Pribadi"
REGISTER_FORMATS = (".xlsx", ".pdf")


def export_register(
    session: Session,
    actor: Actor,
    path: str | Path,
    *,
    backup_count: int | None = None,
    today: date | None = None,
) -> DataRegister:
    """Write the register to ``path`` (.xlsx or .pdf) for the agency's DPIA, recorded in the export log."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in REGISTER_FORMATS:
        raise RetentionError(
            QT_TRANSLATE_NOOP(
                "services.privacy",
                "Format berkas '{suffix}' tidak didukung untuk register; pilih .xlsx atau .pdf.",
            ),
            suffix=target.suffix or target.name,
        )
    if not target.parent.is_dir():
        raise RetentionError(
            QT_TRANSLATE_NOOP("services.privacy", "Folder {folder} tidak ada."), folder=target.parent
        )
    require(actor, Permission.REPORT)
    register = data_register(session, backup_count=backup_count, today=today)
    data = _register_xlsx(register) if suffix == ".xlsx" else _register_pdf(register)
    record_export(
        session,
        actor,
        REGISTER_EXPORT_KIND,
        target,
        rows=len(register.entries),
        sensitive=False,
        format=suffix.lstrip("."),
    )
    from .reports.layout import write_pdf  # an atomic write, for any bytes

    write_pdf(data, target)
    return register


def _count_text(entry: RegisterEntry) -> str:
    return (
        "tidak diketahui" if entry.count is None else f"{entry.count:,}".replace(",", ".") + f" {entry.unit}"
    )


def _register_rows(register: DataRegister) -> list[list[str]]:
    return [
        [
            e.category,
            e.data,
            ", ".join(e.tables),
            e.purpose,
            e.legal_basis,
            e.source,
            e.viewers_text,
            e.editors_text,
            e.retention,
            _count_text(e),
            e.note,
        ]
        for e in register.entries
    ]


REGISTER_HEADERS = (
    "Kategori",
    "Data",
    "Tabel",
    "Tujuan",
    "Dasar hukum",
    "Sumber",
    "Dapat melihat",
    "Dapat mengubah",
    "Masa simpan",
    "Jumlah",
    "Catatan",
)


def _register_xlsx(register: DataRegister) -> bytes:
    from io import BytesIO

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "Register"
    bold = Font(name="Calibri", bold=True)
    fill = PatternFill("solid", fgColor="DCE6F2")
    wrap = Alignment(wrap_text=True, vertical="top")
    ws.append([REGISTER_TITLE])
    ws["A1"].font = Font(name="Calibri", bold=True, size=13)
    ws.append([f"{register.instansi or 'Instansi'} — dibuat {format_tanggal(register.made_on)}"])
    ws.append([])
    ws.append(list(REGISTER_HEADERS))
    for cell in ws[4]:
        cell.font, cell.fill, cell.alignment = bold, fill, wrap
    for row in _register_rows(register):
        ws.append(row)
    widths = (26, 40, 24, 40, 48, 34, 26, 30, 50, 14, 40)
    for i, width in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = width
    for row in ws.iter_rows(min_row=5):
        for cell in row:
            cell.alignment = wrap
    ws.freeze_panes = "B5"

    other = wb.create_sheet("Tidak dikumpulkan")
    other.append(["Data yang tidak dikumpulkan", "Contoh judul kolom yang dilewati saat impor"])
    for cell in other[1]:
        cell.font, cell.fill = bold, fill
    for item in register.not_collected:
        other.append([item.item, ", ".join(item.headers)])
    other.append([])
    other.append([register.not_collected_note])
    other.column_dimensions["A"].width = 48
    other.column_dimensions["B"].width = 60

    rules = wb.create_sheet("Retensi")
    settings = register.settings
    rules.append(["Aturan", "Nilai"])
    for cell in rules[1]:
        cell.font, cell.fill = bold, fill
    rules.append([FIELD_LABELS["departed_years"], f"{settings.departed_years} tahun"])
    rules.append([FIELD_LABELS["departed_statuses"], "; ".join(settings.departed_statuses)])
    rules.append(
        [
            FIELD_LABELS["hukdis_years"],
            f"{settings.hukdis_years} tahun setelah berakhir"
            if settings.hukdis_years
            else "Selama pegawai bekerja",
        ]
    )
    rules.append(["Salinan cadangan", backup_rule_text()])
    rules.append(["Log audit dan log ekspor", "Tanpa batas waktu (tidak dapat dipangkas)"])
    rules.append([])
    for note in register.notes:
        rules.append([note])
    rules.column_dimensions["A"].width = 44
    rules.column_dimensions["B"].width = 90
    for sheet in (other, rules):
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                cell.alignment = wrap
    buffer = BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _register_pdf(register: DataRegister) -> bytes:
    from io import BytesIO

    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer

    from .reports import layout

    fonts = layout.fonts()
    styles = layout.Styles(fonts)
    buffer = BytesIO()
    size = layout.page_size("A4")
    doc = layout.report_template(
        buffer,
        size,
        title=REGISTER_TITLE,
        author=register.instansi or "Talenta Desktop",
        subject="Catatan kegiatan pemrosesan data pribadi dan bahan penilaian dampak (UU 27/2022)",
        keywords="data pribadi, PDP, DPIA, register, retensi",
    )
    width = size[0] - layout.MARGIN_LEFT - layout.MARGIN_RIGHT
    story: list = [
        Paragraph(layout.text(REGISTER_TITLE.upper()), styles.title),
        Paragraph(layout.text(register.instansi or ""), styles.subtitle),
        Paragraph(
            layout.text(f"Dibuat {format_tanggal(register.made_on)} dengan Talenta Desktop"), styles.number
        ),
        Spacer(1, 5 * mm),
    ]
    story += [Paragraph(layout.text(note), styles.body) for note in register.notes[:1]]
    for number, entry in enumerate(register.entries, start=1):
        title = entry.category + (" — sensitif" if entry.sensitive else "")
        story += layout.section_heading(styles, number, title)
        rows = [
            ("Data", layout.text(entry.data)),
            ("Tabel", layout.text(", ".join(entry.tables) or "—")),
            ("Tujuan", layout.text(entry.purpose)),
            ("Dasar hukum", layout.text(entry.legal_basis)),
            ("Sumber", layout.text(entry.source)),
            ("Dapat melihat", layout.text(entry.viewers_text)),
            ("Dapat mengubah", layout.text(entry.editors_text)),
            ("Masa simpan", layout.text(entry.retention)),
            ("Jumlah saat ini", layout.text(_count_text(entry))),
        ]
        if entry.note:
            rows.append(("Catatan", layout.text(entry.note)))
        story.append(layout.info_table(styles, rows, width - layout.INDENT, label_width=34 * mm))
    story.append(Paragraph("Data yang tidak dikumpulkan", styles.heading))
    for item in register.not_collected:
        story.append(Paragraph(layout.text(item.item), styles.list_item, bulletText="•"))
    story.append(Paragraph(layout.text(register.not_collected_note), styles.body_indented))
    story.append(Paragraph("Catatan", styles.heading))
    for note in register.notes[1:]:
        story.append(Paragraph(layout.text(note), styles.list_item, bulletText="•"))
    doc.build(
        story,
        canvasmaker=layout.numbered_canvas(f"{REGISTER_TITLE} — {format_tanggal(register.made_on)}", fonts),
    )
    return buffer.getvalue()
