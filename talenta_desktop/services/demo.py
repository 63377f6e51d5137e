"""A believable, fictional kabupaten to demonstrate and benchmark Talenta Desktop (DESIGN §4 `talenta demo`).

"Pemerintah Kabupaten Sukamaju Timur" is made up, but its shape follows DOMAIN §1, §3 and §8: about forty
units (Sekretariat Daerah and its bagian, dinas and badan with bidang, kecamatan and kelurahan, puskesmas,
schools, an RSUD), PNS and PPPK in a realistic mix with valid, unique NIPs that agree with birth date,
gender and TMT, jabatan and golongan that agree with age and education, histories (jabatan, golongan,
pendidikan, diklat, penghargaan, hukuman disiplin), SKP for 2023–2025 and assessment results for
managerial posts.

Two promises matter to callers:

* **Deterministic.** The same ``seed`` and ``size`` give identical rows: every random draw comes from one
  ``numpy.random.default_rng(seed)`` in a fixed order, and every date is computed from :data:`DEMO_TODAY`,
  never from the clock. (Only the audit event's timestamp differs between runs.)
* **Fast and atomic.** Rows are generated as plain dicts and written with SQLAlchemy's executemany
  ``insert`` in chunks (no ORM object per row), so 50,000 personnel with histories take seconds. Nothing
  is committed here: the caller's transaction commits everything or — on an error or a cancel — nothing.

Scores in assessments (``nilai_manajerial``, ``nilai_sosial_kultural``, ``nilai_teknis``,
``nilai_potensi``) are on a 0–100 scale, like ``jpm``.
"""

from __future__ import annotations

import bisect
import dataclasses
import math
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import numpy as np
from faker.providers.person.id_ID import Provider as _IdNames
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from talenta_desktop.domain.golongan import ALL_PNS
from talenta_desktop.domain.jabatan import bup_of
from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP, MessageError
from talenta_desktop.domain.ninebox import Level
from talenta_desktop.domain.skp import predikat, predikat_score
from talenta_desktop.models import (
    Assessment,
    DiklatHistory,
    GolonganHistory,
    HukdisHistory,
    Instansi,
    JabatanHistory,
    PendidikanHistory,
    PenghargaanHistory,
    Person,
    Skp,
    Unit,
)

from .actor import Actor
from .audit import record
from .demo_talent import build_talent_demo
from .permissions import authorize_action
from .units import compute_paths

# The demo's "today": ages, service years and what is already in the past are computed from this day, so
# a demo database built next year holds the same rows as one built today.
DEMO_TODAY = date(2026, 1, 15)
PNS_SHARE = 0.60  # the rest are PPPK (OKU Timur has fewer PNS than PPPK, older agencies more: a middle)
MIN_SIZE = 50  # below this the unit heads alone would be most of the agency
MAX_SIZE = 200_000
DEFAULT_SIZE = 1500
DEFAULT_SEED = 2025
SKP_YEARS = (2023, 2024, 2025)
DIKLAT_YEARS = (2023, 2024, 2025)
MANAGERIAL_SHARE = 0.10  # fixed posts (heads, managers) may fill this share once every unit has its head
HUKDIS_SHARE = 0.015
SKP_2025_MISSING_SHARE = 0.01  # people without an SKP 2025 yet: they land in the holding area
INSTANSI_NAMA = "Pemerintah Kabupaten Sukamaju Timur"
KABUPATEN = "Sukamaju Timur"
IBU_KOTA = "Martapura Baru"
NAMA_BKPSDM = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"

_CHUNK = 5000


@dataclass(frozen=True)
class DemoSummary:
    """What was written: counts per kind of row, and the seed that reproduces it."""

    units: int
    personnel: int
    pns: int
    pppk: int
    skp_rows: int
    assessments: int
    diklat_rows: int
    hukdis_rows: int
    seed: int
    periods: int = 0
    placed: int = 0
    holding: int = 0
    calibrations: int = 0


class DemoError(MessageError):
    """The demo cannot be built as asked; the message is for the user (Indonesian)."""


class DemoCancelled(DemoError):
    """The user cancelled; the caller rolls the transaction back so nothing is half-written."""


# --------------------------------------------------------------------------------------------------
# Small helpers: weighted picks from pre-drawn uniforms, month arithmetic
# --------------------------------------------------------------------------------------------------


class _Pick:
    """A weighted choice driven by a uniform number in [0, 1), so draws can be made in bulk by numpy."""

    __slots__ = ("cum", "items")

    def __init__(self, weighted: Sequence[tuple[Any, float]]) -> None:
        total = float(sum(w for _, w in weighted))
        self.items = [item for item, _ in weighted]
        acc = 0.0
        self.cum: list[float] = []
        for _, w in weighted:
            acc += w / total
            self.cum.append(acc)
        self.cum[-1] = 1.0

    def __call__(self, u: float) -> Any:
        return self.items[bisect.bisect_right(self.cum, u)]


def _nth(items: Sequence[Any], u: float) -> Any:
    return items[int(u * len(items))]


def _months(day: date) -> int:
    return day.year * 12 + day.month - 1


def _month_date(months: int, day: int = 1) -> date:
    return date(months // 12, months % 12 + 1, day)


def _kp_period(months: int) -> int:
    """The kenaikan pangkat period (1 April or 1 October) on or before a month."""
    year, month = divmod(months, 12)
    if month >= 9:
        return year * 12 + 9
    if month >= 3:
        return year * 12 + 3
    return (year - 1) * 12 + 9


_TODAY_M = _months(DEMO_TODAY)
_TODAY_ORD = DEMO_TODAY.toordinal()
_LAST_CPNS_M = 2024 * 12 + 11  # TMT CPNS at the latest Dec 2024, so everyone is PNS (TMT PNS) by today

# --------------------------------------------------------------------------------------------------
# Ranks and posts
# --------------------------------------------------------------------------------------------------

PNS_GOLONGAN = tuple(g.code for g in ALL_PNS)  # "11" (I/a) … "45" (IV/e), in rank order
_GI = {code: i for i, code in enumerate(PNS_GOLONGAN)}
# Golongan range (PNS) by jenjang jabatan.
_JENJANG_GOL = {
    "JPT Pratama": ("41", "44"),
    "Administrator": ("34", "41"),
    "Pengawas": ("33", "34"),
    "Ahli Pertama": ("31", "32"),
    "Ahli Muda": ("33", "34"),
    "Ahli Madya": ("41", "43"),
    "Ahli Utama": ("44", "45"),
    "Pemula": ("21", "21"),
    "Terampil": ("22", "24"),
    "Mahir": ("31", "32"),
    "Penyelia": ("33", "34"),
}
_PELAKSANA_GOL = {"SMA": ("21", "32"), "D3": ("23", "33"), "D4": ("31", "33"), "S1": ("31", "33")}
_ENTRY_GOL = {"SMA": "21", "D3": "23", "D4": "31", "S1": "31", "S2": "32", "S3": "33"}
_PPPK_GOL = {
    "Pemula": "V",
    "Terampil": "VII",
    "Mahir": "VIII",
    "Penyelia": "IX",
    "Ahli Pertama": "IX",
    "Ahli Muda": "XI",
    "Ahli Madya": "XIII",
}
_PPPK_PELAKSANA_GOL = {"SMA": "V", "D3": "VII", "D4": "IX", "S1": "IX", "S2": "IX"}
_LADDERS = {
    "ahli": ("Ahli Pertama", "Ahli Muda", "Ahli Madya", "Ahli Utama"),
    "terampil": ("Terampil", "Mahir", "Penyelia"),
    "pemula": ("Pemula", "Terampil"),
}
_MANAGER_EDUCATION = {
    "JPT Pratama": _Pick([("S1", 0.13), ("S2", 0.82), ("S3", 0.05)]),
    "Administrator": _Pick([("S1", 0.42), ("S2", 0.55), ("D4", 0.03)]),
    "Pengawas": _Pick([("S1", 0.68), ("S2", 0.2), ("D4", 0.07), ("D3", 0.05)]),
}
_MANAGER_FEMALE = {"JPT Pratama": 0.2, "Administrator": 0.3, "Pengawas": 0.45}
_KEPSEK_EDUCATION = _Pick([("S1", 0.5), ("S2", 0.5)])
# PPPK appointment years (the NIP's year): the large 2024 recruitment was appointed in 2025, but most demo
# PPPK started earlier so that nearly everyone has three SKP years.
_AGE_GROUPS = {  # (youngest, span, beta a, beta b) of the age now
    "JPT Pratama": (46.0, 13.5, 2.2, 1.6),
    "Administrator": (38.0, 19.8, 2.0, 1.6),
    "Pengawas": (30.0, 27.8, 2.0, 1.8),
    "kepsek": (45.0, 14.5, 2.0, 1.8),
    "pns": (23.0, 34.8, 1.6, 1.3),
    "pppk": (20.0, 36.0, 2.2, 2.0),
}
_PPPK_YEAR = _Pick([(2021, 0.28), (2022, 0.32), (2023, 0.27), (2024, 0.09), (2025, 0.04)])
# Youngest age at which each level of schooling is usually finished.
_GRAD_AGE = {"SMA": 18, "D3": 21, "D4": 22, "S1": 22, "S2": 25, "S3": 31}


def _rung(ladder: str, golongan_index: int, allow_utama: bool) -> str:
    """The jenjang of a functional post that a golongan corresponds to."""
    if ladder == "ahli":
        if golongan_index <= _GI["32"]:
            return "Ahli Pertama"
        if golongan_index <= _GI["34"]:
            return "Ahli Muda"
        if golongan_index >= _GI["44"] and allow_utama:
            return "Ahli Utama"
        return "Ahli Madya"
    if ladder == "pemula" and golongan_index <= _GI["21"]:
        return "Pemula"
    if golongan_index <= _GI["24"] or ladder == "pemula":
        return "Terampil"
    if golongan_index <= _GI["32"]:
        return "Mahir"
    return "Penyelia"


# --------------------------------------------------------------------------------------------------
# Fields of study: gelar, study programmes and campuses
# --------------------------------------------------------------------------------------------------

_SMA_PRODI = ("SMA IPA", "SMA IPS", "SMA IPS", "SMK Administrasi Perkantoran", "SMK Akuntansi", "MA IPS")
_KAMPUS_UMUM = (
    "Universitas Sriwijaya",
    "Universitas Sriwijaya",
    "Universitas Muhammadiyah Palembang",
    "Universitas PGRI Palembang",
    "UIN Raden Fatah Palembang",
    "Universitas Baturaja",
    "Universitas Bina Darma",
    "Universitas Tridinanti",
    "Universitas Lampung",
    "Universitas Terbuka",
    "Universitas Gadjah Mada",
    "Universitas Negeri Yogyakarta",
    "Universitas Padjadjaran",
)
_KAMPUS_D3 = (
    "Politeknik Negeri Sriwijaya",
    "Politeknik Negeri Sriwijaya",
    "Akademi Manajemen Informatika dan Komputer Martapura Baru",
    "Politeknik Negeri Lampung",
    "Universitas Terbuka",
)
_KAMPUS_KESEHATAN = (
    "Poltekkes Kemenkes Palembang",
    "Poltekkes Kemenkes Palembang",
    "STIKes Al-Ma'arif Baturaja",
    "Universitas Kader Bangsa Palembang",
    "STIKes Muhammadiyah Palembang",
    "Poltekkes Kemenkes Tanjungkarang",
)
_KAMPUS_PASCA = (
    "Universitas Sriwijaya",
    "Universitas Sriwijaya",
    "Universitas Muhammadiyah Palembang",
    "Universitas PGRI Palembang",
    "Universitas Gadjah Mada",
    "Universitas Indonesia",
    "Universitas Terbuka",
    "Universitas Padjadjaran",
)
_KAMPUS_IPDN = ("Institut Pemerintahan Dalam Negeri",)


@dataclass(frozen=True)
class _Field:
    """A field of study: (gelar, programme) pairs per level, and where people study it."""

    d3: tuple[tuple[str, str], ...] = ()
    d4: tuple[tuple[str, str], ...] = ()
    s1: tuple[tuple[str, str], ...] = ()
    s2: tuple[tuple[str, str], ...] = ()
    depan: str | None = None  # "dr." / "drg.": professional title written before the name
    s2_alone: bool = False  # the S2 title replaces the S1 one (dokter spesialis: "dr. X, Sp.PD.")
    ir: bool = False  # older engineers and agronomists carry "Ir."
    kampus: tuple[str, ...] = _KAMPUS_UMUM
    kampus_d3: tuple[str, ...] = _KAMPUS_D3
    kampus_d4: tuple[str, ...] | None = None

    def options(self, tingkat: str) -> tuple[str, tuple[tuple[str, str], ...]]:
        """The level actually used (a field may lack D3 or D4) and its (gelar, programme) options."""
        if tingkat == "SMA":
            return "SMA", (("", "-"),)
        by_level = {"D3": self.d3, "D4": self.d4, "S1": self.s1, "S2": self.s2}
        for level in (*_LEVEL_FALLBACK[tingkat], "S1", "D4", "D3"):
            if by_level[level]:
                return ("S3" if tingkat == "S3" and level == "S2" else level), by_level[level]
        raise ValueError("a field of study needs at least one level")


_LEVEL_FALLBACK = {"D3": ("D3", "D4"), "D4": ("D4", "S1"), "S1": ("S1", "D4"), "S2": ("S2",), "S3": ("S2",)}


_F = _Field
# fmt: off
FIELDS: dict[str, _Field] = {
    "administrasi": _F(
        d3=(("A.Md.", "Administrasi Perkantoran"), ("A.Md.", "Manajemen Informatika"),
            ("A.Md.Ak.", "Akuntansi")),
        d4=(("S.Tr.AP.", "Administrasi Publik"),),
        s1=(("S.Sos.", "Ilmu Administrasi Negara"), ("S.Sos.", "Ilmu Administrasi Negara"),
            ("S.IP.", "Ilmu Pemerintahan"), ("S.AP.", "Administrasi Publik"), ("S.E.", "Manajemen"),
            ("S.E.", "Akuntansi"), ("S.H.", "Ilmu Hukum"), ("S.Kom.", "Sistem Informasi"),
            ("S.Psi.", "Psikologi")),
        s2=(("M.Si.", "Ilmu Administrasi"), ("M.M.", "Manajemen"), ("M.AP.", "Administrasi Publik"),
            ("M.H.", "Ilmu Hukum"), ("M.Si.", "Ilmu Pemerintahan")),
    ),
    "pemerintahan": _F(
        d4=(("S.STP.", "Manajemen Pemerintahan"), ("S.Tr.IP.", "Praktik Perpamongan")),
        s1=(("S.IP.", "Ilmu Pemerintahan"), ("S.Sos.", "Ilmu Administrasi Negara"), ("S.H.", "Ilmu Hukum")),
        s2=(("M.Si.", "Ilmu Pemerintahan"), ("M.AP.", "Administrasi Publik"), ("M.M.", "Manajemen")),
        kampus_d4=_KAMPUS_IPDN,
    ),
    "pendidikan": _F(
        s1=(("S.Pd.", "Pendidikan Guru Sekolah Dasar"), ("S.Pd.", "Pendidikan Guru Sekolah Dasar"),
            ("S.Pd.", "Pendidikan Matematika"), ("S.Pd.", "Pendidikan Bahasa Indonesia"),
            ("S.Pd.", "Pendidikan Bahasa Inggris"), ("S.Pd.", "Pendidikan Biologi"),
            ("S.Pd.", "Pendidikan Jasmani, Kesehatan dan Rekreasi"),
            ("S.Pd.", "Pendidikan Ilmu Pengetahuan Sosial"), ("S.Pd.", "Bimbingan dan Konseling"),
            ("S.Pd.I.", "Pendidikan Agama Islam")),
        s2=(("M.Pd.", "Manajemen Pendidikan"), ("M.Pd.", "Teknologi Pendidikan"),
            ("M.Pd.", "Pendidikan Matematika")),
        kampus=("Universitas PGRI Palembang", "Universitas Sriwijaya", "Universitas Terbuka",
                "STKIP Muhammadiyah Martapura Baru", "Universitas Baturaja", "UIN Raden Fatah Palembang",
                "Universitas Muhammadiyah Palembang"),
    ),
    "keperawatan": _F(
        d3=(("A.Md.Kep.", "Keperawatan"),), d4=(("S.Tr.Kep.", "Keperawatan"),),
        s1=(("S.Kep., Ns.", "Ilmu Keperawatan dan Profesi Ners"),),
        s2=(("M.Kep.", "Keperawatan"), ("M.Kes.", "Ilmu Kesehatan Masyarakat")),
        kampus=_KAMPUS_KESEHATAN, kampus_d3=_KAMPUS_KESEHATAN,
    ),
    "kebidanan": _F(
        d3=(("A.Md.Keb.", "Kebidanan"),), d4=(("S.Tr.Keb.", "Kebidanan"),),
        s1=(("S.Keb., Bd.", "Kebidanan dan Profesi Bidan"),),
        s2=(("M.Keb.", "Kebidanan"), ("M.Kes.", "Kesehatan Reproduksi")),
        kampus=_KAMPUS_KESEHATAN, kampus_d3=_KAMPUS_KESEHATAN,
    ),
    "kedokteran": _F(
        s1=(("", "Pendidikan Dokter"),),
        s2=(("M.Kes.", "Ilmu Kesehatan Masyarakat"), ("M.A.R.S.", "Administrasi Rumah Sakit")),
        depan="dr.",
        kampus=("Universitas Sriwijaya", "Universitas Sriwijaya", "Universitas Muhammadiyah Palembang",
                "Universitas Lampung", "Universitas Gadjah Mada", "Universitas Padjadjaran"),
    ),
    "kedokteran_spesialis": _F(
        s1=(("", "Pendidikan Dokter"),),
        s2=(("Sp.PD.", "Spesialis Penyakit Dalam"), ("Sp.A.", "Spesialis Anak"),
            ("Sp.OG.", "Spesialis Obstetri dan Ginekologi"), ("Sp.B.", "Spesialis Bedah"),
            ("Sp.An.", "Spesialis Anestesiologi"), ("Sp.Rad.", "Spesialis Radiologi"),
            ("Sp.P.", "Spesialis Pulmonologi")),
        depan="dr.", s2_alone=True,
        kampus=("Universitas Sriwijaya", "Universitas Gadjah Mada", "Universitas Padjadjaran",
                "Universitas Indonesia"),
    ),
    "kedokteran_gigi": _F(
        s1=(("", "Pendidikan Dokter Gigi"),), s2=(("M.Kes.", "Ilmu Kesehatan Masyarakat"),), depan="drg.",
        kampus=("Universitas Sriwijaya", "Universitas Gadjah Mada", "Universitas Padjadjaran"),
    ),
    "farmasi": _F(
        d3=(("A.Md.Farm.", "Farmasi"),), s1=(("S.Farm., Apt.", "Farmasi dan Profesi Apoteker"),),
        s2=(("M.Farm.", "Farmasi"),),
        kampus=("Universitas Sriwijaya", "Universitas Muhammadiyah Palembang", "Universitas Gadjah Mada"),
        kampus_d3=_KAMPUS_KESEHATAN,
    ),
    "kesmas": _F(
        d3=(("A.Md.Kes.", "Kesehatan Masyarakat"),), s1=(("S.K.M.", "Kesehatan Masyarakat"),),
        s2=(("M.K.M.", "Kesehatan Masyarakat"), ("M.Kes.", "Ilmu Kesehatan Masyarakat")),
        kampus=("Universitas Sriwijaya", "STIKes Al-Ma'arif Baturaja", "Universitas Kader Bangsa Palembang",
                "STIKes Bina Husada Palembang"),
        kampus_d3=_KAMPUS_KESEHATAN,
    ),
    "kesling": _F(
        d3=(("A.Md.K.L.", "Kesehatan Lingkungan"),), d4=(("S.Tr.K.L.", "Sanitasi Lingkungan"),),
        s1=(("S.K.M.", "Kesehatan Lingkungan"),), s2=(("M.K.M.", "Kesehatan Lingkungan"),),
        kampus=_KAMPUS_KESEHATAN, kampus_d3=_KAMPUS_KESEHATAN,
    ),
    "gizi": _F(
        d3=(("A.Md.Gz.", "Gizi"),), d4=(("S.Tr.Gz.", "Gizi dan Dietetika"),), s1=(("S.Gz.", "Ilmu Gizi"),),
        s2=(("M.Gz.", "Ilmu Gizi"),), kampus=_KAMPUS_KESEHATAN, kampus_d3=_KAMPUS_KESEHATAN,
    ),
    "analis": _F(
        d3=(("A.Md.A.K.", "Analis Kesehatan"), ("A.Md.Kes.", "Teknologi Laboratorium Medis")),
        d4=(("S.Tr.Kes.", "Teknologi Laboratorium Medis"),),
        kampus=_KAMPUS_KESEHATAN, kampus_d3=_KAMPUS_KESEHATAN,
    ),
    "radiologi": _F(
        d3=(("A.Md.Rad.", "Radiodiagnostik dan Radioterapi"),),
        d4=(("S.Tr.Rad.", "Teknologi Radiologi Pencitraan"),),
        kampus=_KAMPUS_KESEHATAN, kampus_d3=_KAMPUS_KESEHATAN,
    ),
    "rekam_medis": _F(
        d3=(("A.Md.RMIK.", "Rekam Medis dan Informasi Kesehatan"),),
        d4=(("S.Tr.RMIK.", "Manajemen Informasi Kesehatan"),),
        kampus=_KAMPUS_KESEHATAN, kampus_d3=_KAMPUS_KESEHATAN,
    ),
    "hukum": _F(s1=(("S.H.", "Ilmu Hukum"),), s2=(("M.H.", "Ilmu Hukum"), ("M.Kn.", "Kenotariatan"))),
    "keuangan": _F(
        d3=(("A.Md.Ak.", "Akuntansi"),),
        s1=(("S.E.", "Akuntansi"), ("S.Ak.", "Akuntansi"), ("S.E.", "Ekonomi Pembangunan"),
            ("S.E.", "Manajemen")),
        s2=(("M.Ak.", "Akuntansi"), ("M.Si.", "Ilmu Ekonomi"), ("M.M.", "Manajemen Keuangan")),
    ),
    "perencanaan": _F(
        s1=(("S.E.", "Ekonomi Pembangunan"), ("S.T.", "Perencanaan Wilayah dan Kota"), ("S.Si.", "Statistika")),
        s2=(("M.Si.", "Perencanaan Pembangunan"), ("M.T.", "Perencanaan Wilayah dan Kota"),
            ("M.E.", "Ilmu Ekonomi")),
    ),
    "teknik": _F(
        d3=(("A.Md.T.", "Teknik Sipil"),),
        s1=(("S.T.", "Teknik Sipil"), ("S.T.", "Teknik Sipil"), ("S.T.", "Teknik Lingkungan"),
            ("S.T.", "Arsitektur")),
        s2=(("M.T.", "Teknik Sipil"), ("M.T.", "Manajemen Rekayasa")),
        ir=True,
    ),
    "pertanian": _F(
        d3=(("A.Md.P.", "Budidaya Tanaman Pangan"),),
        d4=(("S.Tr.P.", "Penyuluhan Pertanian"), ("S.ST.", "Penyuluhan Pertanian")),
        s1=(("S.P.", "Agroteknologi"), ("S.P.", "Agribisnis"), ("S.Pt.", "Peternakan"), ("S.P.", "Ilmu Tanah")),
        s2=(("M.P.", "Agribisnis"), ("M.Si.", "Ilmu Tanaman")),
        ir=True,
        kampus=("Universitas Sriwijaya", "Universitas Sriwijaya", "Universitas Baturaja", "Universitas Lampung",
                "Institut Pertanian Bogor", "Politeknik Negeri Lampung"),
        kampus_d4=("Politeknik Pembangunan Pertanian Bogor", "Politeknik Pembangunan Pertanian Medan"),
    ),
    "informatika": _F(
        d3=(("A.Md.Kom.", "Manajemen Informatika"), ("A.Md.Kom.", "Teknik Komputer")),
        s1=(("S.Kom.", "Teknik Informatika"), ("S.Kom.", "Sistem Informasi"), ("S.T.", "Teknik Elektro")),
        s2=(("M.Kom.", "Ilmu Komputer"), ("M.T.I.", "Teknologi Informasi")),
    ),
    "komunikasi": _F(
        d3=(("A.Md.", "Penyiaran"),), s1=(("S.I.Kom.", "Ilmu Komunikasi"), ("S.Sos.", "Ilmu Komunikasi")),
        s2=(("M.I.Kom.", "Ilmu Komunikasi"),),
    ),
    "kearsipan": _F(
        d3=(("A.Md.", "Kearsipan"),), s1=(("S.Hum.", "Ilmu Perpustakaan"), ("S.Sos.", "Ilmu Administrasi Negara")),
        s2=(("M.Si.", "Ilmu Administrasi"),),
    ),
    "sosial": _F(
        d3=(("A.Md.", "Pekerjaan Sosial"),), d4=(("S.Tr.Sos.", "Pekerjaan Sosial"),),
        s1=(("S.Sos.", "Kesejahteraan Sosial"),), s2=(("M.Si.", "Kesejahteraan Sosial"),),
    ),
    "transportasi": _F(
        d3=(("A.Md.LLAJ.", "Manajemen Transportasi Jalan"),), d4=(("S.Tr.T.", "Transportasi Darat"),),
        s1=(("S.T.", "Teknik Sipil"), ("S.E.", "Manajemen Transportasi")), s2=(("M.T.", "Transportasi"),),
        kampus_d4=("Politeknik Transportasi Darat Indonesia-STTD",),
    ),
    "satpol": _F(
        d3=(("A.Md.", "Administrasi Perkantoran"),),
        s1=(("S.H.", "Ilmu Hukum"), ("S.Sos.", "Ilmu Administrasi Negara"), ("S.IP.", "Ilmu Pemerintahan")),
        s2=(("M.H.", "Ilmu Hukum"), ("M.Si.", "Ilmu Pemerintahan")),
    ),
}
# fmt: on


# --------------------------------------------------------------------------------------------------
# Job templates (non-managerial posts) and the staff mix of each kind of unit
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)  # hashable by identity: used as a key
class _Template:
    name: str
    jenis: str  # "fungsional" | "pelaksana"
    edu_pns: dict[str, float]
    edu_pppk: dict[str, float]
    field: str
    pppk_weight: float  # propensity to be filled by PPPK
    female: float
    domain: str  # which diklat catalogue applies: pendidikan, kesehatan, umum, pertanian, satpol, pelaksana
    ladder_sma: str = "pemula"  # functional ladder for SMA graduates (keterampilan)
    utama: bool = False  # Ahli Utama possible (rare)


def _jf(name, edu_pns, field, pppk, female=0.5, domain="umum", edu_pppk=None, utama=False) -> _Template:
    return _Template(
        name, "fungsional", edu_pns, edu_pppk or edu_pns, field, pppk, female, domain, utama=utama
    )


def _pl(name, edu_pns, pppk, female=0.5, field="administrasi", edu_pppk=None) -> _Template:
    return _Template(name, "pelaksana", edu_pns, edu_pppk or edu_pns, field, pppk, female, "pelaksana")


# fmt: off
TEMPLATES: dict[str, _Template] = {
    # Functional posts: name, education (PNS), field, PPPK propensity, share of women, diklat domain, …
    "guru": _jf("Guru", {"S1": 0.86, "S2": 0.14}, "pendidikan", 2.4, 0.68, "pendidikan", {"S1": 1.0}, True),
    "pengawas_sekolah": _jf("Pengawas Sekolah", {"S1": 0.4, "S2": 0.6}, "pendidikan", 0.0, 0.45, "pendidikan"),
    "perawat": _jf("Perawat", {"D3": 0.55, "S1": 0.4, "S2": 0.05}, "keperawatan", 1.8, 0.7, "kesehatan",
                   {"D3": 0.6, "S1": 0.4}),
    "bidan": _jf("Bidan", {"D3": 0.6, "D4": 0.25, "S1": 0.12, "S2": 0.03}, "kebidanan", 1.8, 1.0, "kesehatan",
                 {"D3": 0.7, "D4": 0.2, "S1": 0.1}),
    "dokter": _jf("Dokter", {"S1": 0.85, "S2": 0.15}, "kedokteran", 0.6, 0.58, "kesehatan", {"S1": 1.0}, True),
    "dokter_spesialis": _jf("Dokter", {"S2": 1.0}, "kedokteran_spesialis", 0.3, 0.45, "kesehatan", utama=True),
    "dokter_gigi": _jf("Dokter Gigi", {"S1": 0.9, "S2": 0.1}, "kedokteran_gigi", 0.6, 0.72, "kesehatan",
                       {"S1": 1.0}),
    "apoteker": _jf("Apoteker", {"S1": 0.92, "S2": 0.08}, "farmasi", 1.0, 0.75, "kesehatan", {"S1": 1.0}),
    "asisten_apoteker": _jf("Asisten Apoteker", {"D3": 1.0}, "farmasi", 1.2, 0.8, "kesehatan"),
    "sanitarian": _jf("Tenaga Sanitasi Lingkungan", {"D3": 0.6, "D4": 0.15, "S1": 0.25}, "kesling", 1.2, 0.6,
                      "kesehatan"),
    "nutrisionis": _jf("Nutrisionis", {"D3": 0.6, "D4": 0.1, "S1": 0.3}, "gizi", 1.2, 0.85, "kesehatan"),
    "pranata_lab": _jf("Pranata Laboratorium Kesehatan", {"D3": 0.7, "D4": 0.3}, "analis", 1.2, 0.7,
                       "kesehatan"),
    "penyuluh_kesmas": _jf("Penyuluh Kesehatan Masyarakat", {"S1": 0.85, "S2": 0.15}, "kesmas", 1.0, 0.65,
                           "kesehatan", {"S1": 1.0}),
    "epidemiolog": _jf("Epidemiolog Kesehatan", {"S1": 0.8, "S2": 0.2}, "kesmas", 0.6, 0.55, "kesehatan",
                       {"S1": 1.0}),
    "radiografer": _jf("Radiografer", {"D3": 0.8, "D4": 0.2}, "radiologi", 1.0, 0.45, "kesehatan"),
    "perekam_medis": _jf("Perekam Medis", {"D3": 0.85, "D4": 0.15}, "rekam_medis", 1.2, 0.6, "kesehatan"),
    "analis_kebijakan": _jf("Analis Kebijakan", {"S1": 0.6, "S2": 0.4}, "administrasi", 0.3, 0.45,
                            edu_pppk={"S1": 1.0}, utama=True),
    "perencana": _jf("Perencana", {"S1": 0.55, "S2": 0.45}, "perencanaan", 0.2, 0.45, edu_pppk={"S1": 1.0}),
    "pranata_komputer": _jf("Pranata Komputer", {"D3": 0.35, "S1": 0.6, "S2": 0.05}, "informatika", 1.0, 0.35,
                            edu_pppk={"D3": 0.4, "S1": 0.6}),
    "arsiparis": _jf("Arsiparis", {"D3": 0.5, "S1": 0.5}, "kearsipan", 0.8, 0.6),
    "analis_keuangan": _jf("Analis Keuangan Pusat dan Daerah", {"S1": 0.8, "S2": 0.2}, "keuangan", 0.3, 0.55,
                           edu_pppk={"S1": 1.0}),
    "auditor": _jf("Auditor", {"S1": 0.7, "S2": 0.3}, "keuangan", 0.1, 0.5, edu_pppk={"S1": 1.0}, utama=True),
    "p2upd": _jf("Pengawas Penyelenggaraan Urusan Pemerintahan Daerah", {"S1": 0.7, "S2": 0.3},
                 "pemerintahan", 0.1, 0.45, edu_pppk={"S1": 1.0}),
    "analis_sdm": _jf("Analis Sumber Daya Manusia Aparatur", {"S1": 0.8, "S2": 0.2}, "administrasi", 0.3,
                      0.55, edu_pppk={"S1": 1.0}),
    "asesor_sdm": _jf("Asesor Sumber Daya Manusia Aparatur", {"S1": 0.5, "S2": 0.5}, "administrasi", 0.0, 0.5),
    "pranata_humas": _jf("Pranata Hubungan Masyarakat", {"D3": 0.3, "S1": 0.7}, "komunikasi", 0.6, 0.55),
    "perancang_uu": _jf("Perancang Peraturan Perundang-undangan", {"S1": 0.7, "S2": 0.3}, "hukum", 0.2, 0.5,
                        edu_pppk={"S1": 1.0}),
    "pengelola_pbj": _jf("Pengelola Pengadaan Barang/Jasa", {"S1": 0.8, "S2": 0.2}, "teknik", 0.2, 0.35,
                         edu_pppk={"S1": 1.0}),
    "penyuluh_pertanian": _jf("Penyuluh Pertanian", {"D3": 0.3, "D4": 0.2, "S1": 0.5}, "pertanian", 1.6, 0.35,
                              "pertanian"),
    "teknik_jalan": _jf("Teknik Jalan dan Jembatan", {"D3": 0.3, "S1": 0.7}, "teknik", 0.8, 0.2),
    "penata_ruang": _jf("Penata Ruang", {"S1": 0.8, "S2": 0.2}, "perencanaan", 0.3, 0.35, edu_pppk={"S1": 1.0}),
    "penguji_kendaraan": _jf("Penguji Kendaraan Bermotor", {"SMA": 0.3, "D3": 0.4, "S1": 0.3}, "transportasi",
                             0.6, 0.15),
    "adminduk": _jf("Administrator Database Kependudukan", {"D3": 0.4, "S1": 0.6}, "informatika", 0.8, 0.5),
    "pekerja_sosial": _jf("Pekerja Sosial", {"D3": 0.2, "D4": 0.3, "S1": 0.5}, "sosial", 1.0, 0.6),
    "polisi_pp": _jf("Polisi Pamong Praja", {"SMA": 0.55, "D3": 0.15, "S1": 0.3}, "satpol", 1.0, 0.2, "satpol"),
    # Pelaksana posts (nomenclature of the 2022 equalisation), the title fixes the education.
    "adm_perkantoran": _pl("Pengadministrasi Perkantoran", {"SMA": 0.85, "D3": 0.15}, 1.2, 0.5,
                           edu_pppk={"SMA": 1.0}),
    "operator_layanan": _pl("Operator Layanan Operasional", {"SMA": 1.0}, 1.5, 0.3),
    "pengolah_data": _pl("Pengolah Data dan Informasi", {"D3": 1.0}, 1.0, 0.55),
    "pengelola_layanan": _pl("Pengelola Layanan Operasional", {"D3": 1.0}, 1.0, 0.5),
    "penata_layanan": _pl("Penata Layanan Operasional", {"S1": 0.9, "D4": 0.1}, 1.2, 0.55),
    "penelaah_teknis": _pl("Penelaah Teknis Kebijakan", {"S1": 0.85, "S2": 0.15}, 0.6, 0.5,
                           edu_pppk={"S1": 1.0}),
    "penata_kelola_sti": _pl("Penata Kelola Sistem dan Teknologi Informasi", {"S1": 1.0}, 0.8, 0.3,
                             field="informatika"),
}

_EDUCATION_PICK = {
    (t, kind): _Pick(list((t.edu_pns if kind == "PNS" else t.edu_pppk).items()))
    for t in TEMPLATES.values()
    for kind in ("PNS", "PPPK")
}

# Staff mix of an ordinary office; the profiles below add the functional posts typical of each unit.
_KANTOR = {
    "adm_perkantoran": 18, "operator_layanan": 10, "pengolah_data": 12, "pengelola_layanan": 8,
    "penata_layanan": 16, "penelaah_teknis": 10, "analis_kebijakan": 6, "perencana": 4, "arsiparis": 4,
    "pranata_komputer": 4, "analis_keuangan": 4, "analis_sdm": 2, "pranata_humas": 2,
}
# fmt: on


def _kantor(**extra: float) -> dict[str, float]:
    mix = dict(_KANTOR)
    for key, weight in extra.items():
        mix[key] = mix.get(key, 0) + weight
    return mix


# fmt: off
PROFILES: dict[str, dict[str, float]] = {
    "kantor": _kantor(),
    "sd": {"guru": 88, "adm_perkantoran": 6, "operator_layanan": 4, "pengolah_data": 2},
    "smp": {"guru": 86, "adm_perkantoran": 6, "operator_layanan": 4, "pengolah_data": 2, "penata_layanan": 2},
    "puskesmas": {
        "perawat": 28, "bidan": 26, "dokter": 6, "dokter_gigi": 2, "apoteker": 3, "asisten_apoteker": 4,
        "sanitarian": 4, "nutrisionis": 4, "pranata_lab": 4, "penyuluh_kesmas": 4, "epidemiolog": 2,
        "perekam_medis": 3, "adm_perkantoran": 5, "operator_layanan": 3, "pengolah_data": 2,
    },
    "rsud": {
        "perawat": 40, "bidan": 10, "dokter": 7, "dokter_spesialis": 6, "dokter_gigi": 1, "apoteker": 3,
        "asisten_apoteker": 4, "pranata_lab": 4, "radiografer": 3, "nutrisionis": 3, "perekam_medis": 4,
        "sanitarian": 1, "adm_perkantoran": 5, "operator_layanan": 4, "pengolah_data": 2, "penata_layanan": 3,
    },
    "kantor_pendidikan": _kantor(pengawas_sekolah=15),
    "kantor_kesehatan": _kantor(epidemiolog=6, penyuluh_kesmas=6, sanitarian=3, nutrisionis=2),
    "hukum": _kantor(perancang_uu=15),
    "organisasi": _kantor(analis_kebijakan=10, analis_sdm=4),
    "setwan": _kantor(pranata_humas=5, perancang_uu=5),
    "inspektorat": {"auditor": 30, "p2upd": 20, "adm_perkantoran": 8, "pengolah_data": 8, "penata_layanan": 8,
                    "operator_layanan": 4},
    "pupr": _kantor(teknik_jalan=20, penata_ruang=6, pengelola_pbj=2),
    "sosial": _kantor(pekerja_sosial=20),
    "pertanian": _kantor(penyuluh_pertanian=20),
    "penyuluhan": {"penyuluh_pertanian": 70, "adm_perkantoran": 10, "operator_layanan": 10, "pengolah_data": 5},
    "perhubungan": _kantor(penguji_kendaraan=15, operator_layanan=15),
    "kominfo": _kantor(pranata_komputer=20, pranata_humas=12, penata_kelola_sti=10),
    "dukcapil": _kantor(adminduk=20, pengolah_data=10),
    "satpol": {"polisi_pp": 70, "adm_perkantoran": 8, "operator_layanan": 8, "penata_layanan": 4},
    "bkpsdm": _kantor(analis_sdm=20, asesor_sdm=5),
    "bappeda": _kantor(perencana=25),
    "keuangan": _kantor(analis_keuangan=25),
    "pendapatan": _kantor(analis_keuangan=10, penata_layanan=10),
    "pbj": _kantor(pengelola_pbj=20),
    "kecamatan": {"adm_perkantoran": 25, "operator_layanan": 15, "pengolah_data": 10, "penata_layanan": 20,
                  "penelaah_teknis": 10, "analis_kebijakan": 5, "polisi_pp": 10},
    "kelurahan": {"adm_perkantoran": 35, "operator_layanan": 20, "pengolah_data": 15, "penata_layanan": 25,
                  "penelaah_teknis": 5},
}
# fmt: on


# --------------------------------------------------------------------------------------------------
# The unit tree
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Post:
    title: str
    jenjang: str
    eselon: str | None
    priority: int  # 1: always filled (unit heads); 2, 3: filled while the managerial budget lasts
    jenis: str = "struktural"
    template: str | None = None  # for a functional post with a duty (Kepala Sekolah)


@dataclass
class _UnitSpec:
    key: str
    parent: str | None
    nama: str
    jenis: str
    weight: float
    profile: str
    fields: tuple[str, ...]  # fields of study of its managers
    posts: list[_Post]
    id: int = 0
    kode: str = ""
    path: str = ""
    urutan: int = 0


def _jpt(title: str, eselon: str = "22", priority: int = 1) -> _Post:
    return _Post(title, "JPT Pratama", eselon, priority)


def _adm(title: str, eselon: str = "31", priority: int = 1) -> _Post:
    return _Post(title, "Administrator", eselon, priority)


def _pgw(title: str, eselon: str = "41", priority: int = 3) -> _Post:
    return _Post(title, "Pengawas", eselon, priority)


_KECAMATAN = ("Martapura Baru", "Sukamaju", "Belitang Makmur", "Cempaka Raya", "Bunga Mayang Indah")
_KELURAHAN = ("Pasar Martapura Baru", "Sukajadi Permai")
_PLACES = (
    "Martapura Baru",
    "Sukamaju",
    "Belitang Makmur",
    "Cempaka Raya",
    "Bunga Mayang Indah",
    "Sidomulyo",
    "Tanjung Kemala Baru",
    "Karang Endah",
)


def _opd_posts(nama: str) -> list[_Post]:
    """The posts of a dinas, badan or Satpol PP: a JPT head, a secretary and two heads of subbagian."""
    return [
        _jpt(f"Kepala {nama}"),
        _adm(f"Sekretaris {nama}", "31", 2),
        _pgw("Kepala Subbagian Umum dan Kepegawaian"),
        _pgw("Kepala Subbagian Perencanaan dan Keuangan"),
    ]


_KEPSEK = _Post("Guru Ahli Madya (Kepala Sekolah)", "Ahli Madya", None, 1, "fungsional", "guru")
COMPACT_BELOW = 300  # smaller demos drop bagian, bidang, kelurahan and some schools so heads do not crowd


def _unit_blueprint(size: int) -> list[_UnitSpec]:
    """The units of the demo kabupaten. Schools and puskesmas grow a little with the size (about 40 units
    at 300–1,500 personnel, about 55 at 50,000); very small demos get a compact tree of about 27 units."""
    compact = size < COMPACT_BELOW
    n_sd = 1 if compact else 3 + min(5, size // 8000)
    n_smp = 1 if compact else 2 + min(3, size // 12000)
    n_pkm = 2 if compact else 3 + min(4, size // 10000)
    specs: list[_UnitSpec] = []

    def add(key, parent, nama, jenis, weight, profile, fields, posts) -> None:
        specs.append(_UnitSpec(key, parent, nama, jenis, weight, profile, tuple(fields), posts))

    asisten = 2 if compact else 1
    # fmt: off
    add("setda", None, "Sekretariat Daerah", "sekretariat", 6, "kantor", ("pemerintahan", "administrasi"), [
        _jpt("Sekretaris Daerah", "21"),
        _jpt("Asisten Pemerintahan dan Kesejahteraan Rakyat", priority=asisten),
        _jpt("Asisten Perekonomian dan Pembangunan", priority=asisten),
        _jpt("Asisten Administrasi Umum", priority=asisten),
        _jpt("Staf Ahli Bupati Bidang Hukum, Politik dan Pemerintahan", priority=2),
        _jpt("Staf Ahli Bupati Bidang Ekonomi, Keuangan dan Pembangunan", priority=2),
    ])
    bagian = (
        ("Bagian Hukum", "hukum", ("hukum",),
         ("Kepala Subbagian Peraturan Perundang-undangan", "Kepala Subbagian Bantuan Hukum")),
        ("Bagian Organisasi", "organisasi", ("administrasi",),
         ("Kepala Subbagian Kelembagaan dan Analisis Jabatan", "Kepala Subbagian Reformasi Birokrasi")),
        ("Bagian Pemerintahan", "kantor", ("pemerintahan",),
         ("Kepala Subbagian Otonomi Daerah", "Kepala Subbagian Administrasi Kewilayahan")),
        ("Bagian Pengadaan Barang dan Jasa", "pbj", ("administrasi", "teknik"),
         ("Kepala Subbagian Pengelolaan Layanan Pengadaan", "Kepala Subbagian Pembinaan dan Advokasi")),
    )
    for urutan, (nama, profile, fields, subs) in enumerate(bagian[: 2 if compact else 4]):
        add(f"bagian{urutan}", "setda", nama, "bagian", 4, profile, fields,
            [_adm(f"Kepala {nama}", "31"), *(_pgw(s) for s in subs)])
    add("setwan", None, "Sekretariat Dewan Perwakilan Rakyat Daerah", "sekretariat", 10, "setwan",
        ("administrasi", "hukum"), [
            _jpt("Sekretaris DPRD"),
            _adm("Kepala Bagian Umum dan Keuangan", "31", 2),
            _adm("Kepala Bagian Persidangan dan Perundang-undangan", "31", 2),
            _pgw("Kepala Subbagian Tata Usaha dan Kepegawaian"),
        ])
    add("inspektorat", None, "Inspektorat Daerah", "inspektorat", 12, "inspektorat", ("keuangan", "administrasi"), [
        _jpt("Inspektur"),
        _adm("Sekretaris Inspektorat", "31", 2),
        _adm("Inspektur Pembantu Wilayah I", "32", 2),
        _adm("Inspektur Pembantu Wilayah II", "32", 2),
        _pgw("Kepala Subbagian Umum dan Kepegawaian"),
    ])
    dinas = (
        ("dikbud", "Dinas Pendidikan dan Kebudayaan", 10, "kantor_pendidikan", ("pendidikan",),
         ("Bidang Pembinaan Sekolah Dasar", "Bidang Pembinaan Sekolah Menengah Pertama")),
        ("dinkes", "Dinas Kesehatan", 10, "kantor_kesehatan", ("kesmas", "kedokteran"),
         ("Bidang Kesehatan Masyarakat",)),
        ("pupr", "Dinas Pekerjaan Umum dan Penataan Ruang", 12, "pupr", ("teknik",), ("Bidang Bina Marga",)),
        ("dinsos", "Dinas Sosial", 8, "sosial", ("sosial", "administrasi"), ()),
        ("pertanian", "Dinas Pertanian", 6, "pertanian", ("pertanian",), ()),
        ("dishub", "Dinas Perhubungan", 10, "perhubungan", ("transportasi", "administrasi"), ()),
        ("kominfo", "Dinas Komunikasi dan Informatika", 8, "kominfo", ("informatika", "komunikasi"), ()),
        ("dukcapil", "Dinas Kependudukan dan Pencatatan Sipil", 10, "dukcapil", ("administrasi", "informatika"),
         ()),
    )
    for key, nama, weight, profile, fields, bidang in dinas:
        add(key, None, nama, "dinas", weight, profile, fields, _opd_posts(nama))
        for b in () if compact else bidang:
            add(f"{key}:{b}", key, b, "bidang", 4, profile, fields, [_adm(f"Kepala {b}", "32")])
        if key == "dikbud":
            # Schools carry most of the staff, as in any kabupaten: a fixed share split among them.
            for i in range(n_sd):
                nama_sd = f"SD Negeri {i % 2 + 1} {_PLACES[i // 2]}"
                add(f"sd{i}", key, nama_sd, "sekolah", 120 / n_sd, "sd", ("pendidikan",), [_KEPSEK])
            for i in range(n_smp):
                nama_smp = f"SMP Negeri 1 {_PLACES[i]}"
                add(f"smp{i}", key, nama_smp, "sekolah", 100 / n_smp, "smp", ("pendidikan",), [_KEPSEK])
        elif key == "dinkes":
            for i in range(n_pkm):
                nama_pkm = f"Puskesmas {_PLACES[i]}"
                add(f"pkm{i}", key, nama_pkm, "puskesmas", 120 / n_pkm, "puskesmas", ("kesmas", "kedokteran"), [
                    _pgw(f"Kepala {nama_pkm}", "41", 1),
                    _pgw(f"Kepala Subbagian Tata Usaha {nama_pkm}", "42"),
                ])
            add("rsud", key, f"Rumah Sakit Umum Daerah {KABUPATEN}", "rsud", 80, "rsud", ("kedokteran", "kesmas"), [
                _adm("Direktur Rumah Sakit Umum Daerah", "31", 1),
                _adm("Kepala Bidang Pelayanan Medik dan Keperawatan", "32", 2),
                _adm("Kepala Bagian Umum dan Keuangan", "32", 2),
                _pgw("Kepala Seksi Pelayanan Medik"),
                _pgw("Kepala Seksi Keperawatan"),
            ])
        elif key == "pertanian" and not compact:
            nama_bpp = f"UPTD Balai Penyuluhan Pertanian {IBU_KOTA}"
            add("bpp", key, nama_bpp, "uptd", 14, "penyuluhan", ("pertanian",),
                [_pgw(f"Kepala {nama_bpp}", "41", 1)])
    nama_satpol = "Satuan Polisi Pamong Praja"
    add("satpol", None, nama_satpol, "satpol_pp", 18, "satpol", ("satpol", "pemerintahan"),
        _opd_posts(nama_satpol))
    for key, nama, weight, profile, fields in (
        ("bkpsdm", NAMA_BKPSDM, 10, "bkpsdm", ("administrasi",)),
        ("bappeda", "Badan Perencanaan Pembangunan Daerah", 8, "bappeda", ("perencanaan",)),
        ("bpkad", "Badan Pengelolaan Keuangan dan Aset Daerah", 14, "keuangan", ("keuangan",)),
        ("bapenda", "Badan Pendapatan Daerah", 10, "pendapatan", ("keuangan", "administrasi")),
    ):
        add(key, None, nama, "badan", weight, profile, fields, _opd_posts(nama))
    for i, kec in enumerate(_KECAMATAN[: 3 if compact else 5]):
        add(f"kec{i}", None, f"Kecamatan {kec}", "kecamatan", 8, "kecamatan", ("pemerintahan",), [
            _adm(f"Camat {kec}", "31", 1),
            _adm(f"Sekretaris Kecamatan {kec}", "32", 2),
            _pgw("Kepala Seksi Pemerintahan"),
            _pgw("Kepala Seksi Kesejahteraan Sosial"),
            _pgw("Kepala Seksi Ketenteraman dan Ketertiban Umum"),
        ])
        if i == 0 and not compact:
            for kel in _KELURAHAN:
                add(f"kel:{kel}", f"kec{i}", f"Kelurahan {kel}", "kelurahan", 3, "kelurahan", ("pemerintahan",),
                    [_pgw(f"Lurah {kel}", "41", 1), _pgw(f"Sekretaris Kelurahan {kel}", "42")])
    # fmt: on
    return specs


# --------------------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------------------

# fmt: off
_TEMPAT_LAHIR = _Pick([
    (IBU_KOTA, 14), ("Sukamaju", 6), ("Belitang", 6), ("Martapura", 6), ("Baturaja", 7), ("Palembang", 9),
    ("Prabumulih", 2), ("Muara Enim", 2), ("Lahat", 2), ("Kayuagung", 3), ("Muaradua", 3), ("Lubuklinggau", 1.5),
    ("Pagar Alam", 1), ("Sekayu", 1), ("Bandar Lampung", 3), ("Metro", 2), ("Kotabumi", 1.5),
    ("Yogyakarta", 2), ("Surakarta", 1), ("Kebumen", 1.5), ("Purworejo", 1), ("Madiun", 1), ("Kediri", 1),
    ("Semarang", 1), ("Bandung", 1), ("Ciamis", 1), ("Jakarta", 1.5), ("Padang", 0.7), ("Bengkulu", 0.8),
])
_AGAMA = _Pick([("Islam", 93.0), ("Kristen", 3.0), ("Katolik", 2.0), ("Hindu", 1.5), ("Buddha", 0.5)])
_HP_PREFIX = ("0811", "0812", "0813", "0821", "0822", "0823", "0852", "0853", "0877", "0878", "0857", "0858",
              "0895", "0896")
_EMAIL_DOMAIN = _Pick([("gmail.com", 72), ("yahoo.co.id", 12), ("sukamajutimurkab.go.id", 16)])
# fmt: on


_OLD_PELAKSANA = (
    "Pengadministrasi Umum",
    "Pengelola Data",
    "Pengadministrasi Kepegawaian",
    "Pengadministrasi Keuangan",
    "Pengelola Program dan Kegiatan",
    "Pengadministrasi Persuratan",
)
_FIRST_POST = {
    "pendidikan": "Guru Ahli Pertama",
    "kedokteran": "Dokter Ahli Pertama",
    "kesmas": "Penyuluh Kesehatan Masyarakat Ahli Pertama",
    "teknik": "Teknik Jalan dan Jembatan Ahli Pertama",
    "pertanian": "Penyuluh Pertanian Ahli Pertama",
}
_PREV_PENGAWAS = (
    "Kepala Subbagian Umum dan Kepegawaian",
    "Kepala Subbagian Perencanaan dan Keuangan",
    "Kepala Seksi Pemerintahan",
    "Kepala Seksi Pelayanan Umum",
    "Kepala Subbagian Tata Usaha",
    "Kepala Seksi Perencanaan dan Evaluasi",
)


@dataclass(eq=False)
class _Person:
    """One generated person while the rows are built: what the histories need to stay consistent."""

    id: int
    kind: str  # PNS | PPPK
    unit: _UnitSpec
    post: _Post | None  # a fixed post (head, manager, Kepala Sekolah) or None for staff
    template: _Template | None  # the staff post's template (also the Kepala Sekolah's: guru)
    perf: float  # latent performance (standard normal): SKP, awards, training, discipline
    pot: float  # latent potential: assessments
    field: str = ""
    gender: str = "L"
    tingkat: str = "S1"
    birth: date = DEMO_TODAY
    age: float = 0.0
    tmt_m: int = 0  # TMT CPNS (PNS) or contract start (PPPK), in months since year 0
    entry_index: int = 0  # golongan at TMT CPNS, as an index into PNS_GOLONGAN
    ladder: str = ""  # functional ladder: ahli | terampil | pemula
    jenjang: str = ""
    jenis_jabatan: str = ""
    jabatan: str = ""
    eselon: str | None = None
    steps: list[tuple[str, date]] = dataclasses.field(default_factory=list)  # golongan history
    jabatan_rows: list[tuple[str, str, str, str | None, str, date]] = dataclasses.field(default_factory=list)

    @property
    def managerial(self) -> bool:
        return self.post is not None and self.post.template is None


def _gelar(field: _Field, tingkat: str, u: Iterator[float]) -> tuple[str, str | None, str, str | None]:
    """(level actually used, gelar belakang, programme, programme one level below for S2/S3)."""
    level, options = field.options(tingkat)
    if level == "SMA":
        return "SMA", None, _nth(_SMA_PRODI, next(u)), None
    if level in ("S2", "S3"):
        s2_gelar, s2_prodi = _nth(options, next(u))
        s1_gelar, s1_prodi = _nth(field.s1 or field.d4 or field.d3, next(u))
        belakang = s2_gelar if field.s2_alone or not s1_gelar else f"{s1_gelar}, {s2_gelar}"
        prodi = f"Doktor {s2_prodi}" if level == "S3" else s2_prodi
        return level, belakang or None, prodi, s1_prodi
    gelar, prodi = _nth(options, next(u))
    return level, gelar or None, prodi, None


def _ascii_key(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


# --------------------------------------------------------------------------------------------------
# Training catalogue
# --------------------------------------------------------------------------------------------------

_BKPSDM_LOKAL = f"BKPSDM Kabupaten {KABUPATEN}"


@dataclass(frozen=True)
class _Course:
    nama: str
    jenis: str
    jp: tuple[int, ...]
    days: int
    penyelenggara: tuple[str, ...]
    weight: float = 1.0


_PROV = "Provinsi Sumatera Selatan"
_LAN = "Lembaga Administrasi Negara"
_KEMKES = "Kementerian Kesehatan"
_ANRI = "Arsip Nasional Republik Indonesia"
_C = _Course
# fmt: off
_GENERAL_COURSES = (
    _C("Seminar Nasional Pelayanan Publik", "seminar", (4,), 1,
       ("Kementerian PANRB", f"Ombudsman RI Perwakilan {_PROV}"), 3),
    _C("Seminar Reformasi Birokrasi dan Budaya Kerja BerAKHLAK", "seminar", (4,), 1, (_BKPSDM_LOKAL,), 3),
    _C("Seminar Transformasi Digital Pemerintahan Daerah", "seminar", (4, 8), 1,
       (f"Dinas Komunikasi dan Informatika {_PROV}", "Badan Siber dan Sandi Negara"), 2),
    _C("Seminar Pencegahan Korupsi dan Pengendalian Gratifikasi", "seminar", (4,), 1,
       (f"Inspektorat {_PROV}", "Komisi Pemberantasan Korupsi"), 2),
    _C("Workshop Penyusunan Standar Pelayanan", "workshop", (5, 10), 2, (_BKPSDM_LOKAL,), 2),
    _C("Workshop Manajemen Risiko Pemerintah Daerah", "workshop", (5, 10), 2, (f"BPKP Perwakilan {_PROV}",), 1.5),
    _C("Workshop Penyusunan Rencana Kerja Perangkat Daerah", "workshop", (5, 10), 2,
       ("Badan Perencanaan Pembangunan Daerah",), 1.5),
    _C("Bimtek Penyusunan SKP dan Pengelolaan Kinerja", "teknis", (16, 24), 3,
       (_BKPSDM_LOKAL, "Badan Kepegawaian Negara"), 3),
    _C("Bimtek Pengelolaan Keuangan Daerah melalui SIPD", "teknis", (24, 32), 4,
       ("Kementerian Dalam Negeri", f"BPSDM {_PROV}"), 2),
    _C("Bimtek Pengadaan Barang/Jasa Pemerintah", "teknis", (24, 32), 4, ("LKPP",), 1.5),
    _C("Bimtek Analisis Jabatan dan Analisis Beban Kerja", "teknis", (16, 24), 3,
       (_BKPSDM_LOKAL, "Kementerian PANRB"), 1.5),
    _C("Bimtek Tata Naskah Dinas dan Kearsipan", "teknis", (16,), 2, (_ANRI,), 1.5),
    _C("Bimtek Pemutakhiran Data SIASN", "teknis", (16,), 2, ("Badan Kepegawaian Negara",), 1.5),
    _C("Kursus Pengolahan Data dengan Microsoft Excel", "kursus", (10, 15, 20), 3, (_BKPSDM_LOKAL,), 1.5),
    _C("Kursus Bahasa Inggris untuk ASN", "kursus", (20, 30), 10, (_LAN,), 0.7),
    _C("E-Learning Literasi Digital ASN", "e-learning", (2, 4, 6), 5, (_LAN,), 3),
    _C("E-Learning Manajemen ASN dan Sistem Merit", "e-learning", (4, 8), 5, ("Badan Kepegawaian Negara",), 2),
    _C("E-Learning Pelayanan Publik Prima", "e-learning", (4, 6, 10), 5, (_LAN,), 2),
    _C("MOOC Wawasan Kebangsaan dan Nilai Bela Negara", "e-learning", (10, 15, 20), 14, (_LAN,), 1.5),
)
# Courses of a field, drawn for about a third of a person's trainings.
_DOMAIN_COURSES: dict[str, tuple[_Course, ...]] = {
    "pendidikan": (
        _C("Pelatihan Implementasi Kurikulum Merdeka", "fungsional", (32, 40), 5,
           (f"Balai Guru Penggerak {_PROV}",), 3),
        _C("Diklat Penguatan Kompetensi Guru: Pembelajaran Berdiferensiasi", "fungsional", (24, 32), 4,
           (f"Balai Besar Guru Penggerak {_PROV}", "Dinas Pendidikan dan Kebudayaan"), 2),
        _C("Lokakarya Komunitas Belajar Guru", "workshop", (8, 10), 2, ("Dinas Pendidikan dan Kebudayaan",), 2),
        _C("Pelatihan Mandiri Platform Merdeka Mengajar", "e-learning", (4, 8, 16), 10,
           ("Kementerian Pendidikan Dasar dan Menengah",), 3),
        _C("Webinar Asesmen Nasional dan Rapor Pendidikan", "seminar", (2, 4), 1,
           ("Kementerian Pendidikan Dasar dan Menengah",), 2),
    ),
    "kesehatan": (
        _C("Pelatihan Basic Trauma Cardiac Life Support (BTCLS)", "fungsional", (40, 48), 6,
           (f"Bapelkes {_PROV}",), 1.5),
        _C("Pelatihan Pencegahan dan Pengendalian Infeksi", "fungsional", (24, 32), 4,
           (f"Dinas Kesehatan {_PROV}", "Rumah Sakit Umum Daerah"), 2),
        _C("Pelatihan Asuhan Persalinan Normal", "fungsional", (40,), 5, (f"Bapelkes {_PROV}",), 1),
        _C("Pelatihan Tata Laksana Gizi Buruk dan Stunting", "fungsional", (24, 32), 4, (_KEMKES,), 1.5),
        _C("Webinar Kesehatan Ibu dan Anak", "seminar", (2, 4), 1, (_KEMKES,), 2),
        _C("E-Learning Plataran Sehat: Imunisasi Rutin Lengkap", "e-learning", (8, 12, 20), 10, (_KEMKES,), 2.5),
    ),
    "pertanian": (
        _C("Pelatihan Penyuluh Pertanian Tingkat Lanjut", "fungsional", (40,), 5,
           ("BBPP Lembang", f"Dinas Tanaman Pangan dan Hortikultura {_PROV}"), 2),
        _C("Bimtek Budidaya Padi Ramah Lingkungan", "teknis", (16, 24), 3, ("Kementerian Pertanian",), 2),
        _C("Pelatihan Pengendalian Organisme Pengganggu Tumbuhan", "teknis", (24,), 3,
           ("Kementerian Pertanian",), 1),
    ),
    "satpol": (
        _C("Pelatihan Dasar Polisi Pamong Praja", "fungsional", (56,), 7, ("Kementerian Dalam Negeri",), 1.5),
        _C("Bimtek Penegakan Peraturan Daerah", "teknis", (16, 24), 3,
           (f"Satuan Polisi Pamong Praja {_PROV}",), 2),
        _C("Pelatihan Penanganan Unjuk Rasa secara Humanis", "teknis", (16,), 2, ("Kepolisian Resor",), 1),
    ),
    "umum": (
        _C("Pelatihan Fungsional Penjenjangan", "fungsional", (40, 56), 7, (_LAN, f"BPSDM {_PROV}"), 2),
        _C("Pelatihan Analisis Data untuk Perumusan Kebijakan", "teknis", (24, 32), 4, (_LAN,), 1.5),
        _C("Pelatihan Penulisan Policy Brief", "teknis", (16, 24), 3, (_LAN,), 1),
    ),
    "pelaksana": (
        _C("Bimtek Pelayanan Prima bagi Pelaksana", "teknis", (16,), 2, (_BKPSDM_LOKAL,), 2),
        _C("Pelatihan Pengelolaan Arsip Dinamis", "teknis", (24,), 3, (_ANRI,), 1),
        _C("Kursus Aplikasi Perkantoran Digital", "kursus", (10, 15), 3, (_BKPSDM_LOKAL,), 1.5),
    ),
}
# Leadership training (PKP, PKA, PKN II): long and rare, for holders of managerial posts.
_LEADERSHIP_COURSE = {
    "Pengawas": _C("Pelatihan Kepemimpinan Pengawas", "struktural", (240,), 60, (f"BPSDM {_PROV}",)),
    "Administrator": _C("Pelatihan Kepemimpinan Administrator", "struktural", (300,), 75,
                        (f"BPSDM {_PROV}", _LAN)),
    "JPT Pratama": _C("Pelatihan Kepemimpinan Nasional Tingkat II", "struktural", (400,), 90, (_LAN,)),
}
# fmt: on


_AWARDS_LOCAL = {
    "pendidikan": (
        ("Guru Berprestasi Tingkat Kabupaten", "kabupaten"),
        ("Guru Berprestasi Tingkat Provinsi Sumatera Selatan", "provinsi"),
        ("Guru Inovatif Tingkat Kabupaten", "kabupaten"),
    ),
    "kesehatan": (
        ("Tenaga Kesehatan Teladan Tingkat Kabupaten", "kabupaten"),
        ("Tenaga Kesehatan Teladan Tingkat Provinsi Sumatera Selatan", "provinsi"),
    ),
    "*": (
        ("Pegawai Teladan Tingkat Kabupaten", "kabupaten"),
        ("Juara I Inovasi Pelayanan Publik Tingkat Kabupaten", "kabupaten"),
        (f"Piagam Penghargaan Bupati {KABUPATEN}", "kabupaten"),
        ("ASN Berprestasi Tingkat Provinsi Sumatera Selatan", "provinsi"),
        ("Pegawai Terbaik Perangkat Daerah", "instansi"),
    ),
}
_HUKDIS = {
    "ringan": (
        ("Teguran lisan", 0),
        ("Teguran tertulis", 0),
        ("Pernyataan tidak puas secara tertulis", 0),
    ),
    "sedang": (
        ("Pemotongan tunjangan kinerja sebesar 25% selama 6 bulan", 6),
        ("Pemotongan tunjangan kinerja sebesar 25% selama 9 bulan", 9),
        ("Pemotongan tunjangan kinerja sebesar 25% selama 12 bulan", 12),
    ),
    "berat": (
        ("Penurunan jabatan setingkat lebih rendah selama 12 bulan", 12),
        ("Pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan", 12),
    ),
}
_HUKDIS_REASON = {
    "ringan": (
        "Tidak masuk kerja tanpa alasan yang sah selama 3 hari kerja",
        "Tidak masuk kerja tanpa alasan yang sah selama 5 hari kerja",
        "Tidak menaati ketentuan jam kerja",
        "Tidak mencapai target kinerja yang ditetapkan",
    ),
    "sedang": (
        "Tidak masuk kerja tanpa alasan yang sah selama 12 hari kerja",
        "Tidak masuk kerja tanpa alasan yang sah selama 18 hari kerja",
        "Menyalahgunakan fasilitas kedinasan",
    ),
    "berat": (
        "Tidak masuk kerja tanpa alasan yang sah selama 24 hari kerja",
        "Menyalahgunakan wewenang dalam pelayanan",
    ),
}
_LEMBAGA_ASESMEN = _Pick(
    [
        ("UPT Penilaian Kompetensi BKN Kanreg VII Palembang", 5),
        ("Assessment Center Provinsi Sumatera Selatan", 4),
        (f"Assessment Center {NAMA_BKPSDM} Kabupaten {KABUPATEN}", 2),
    ]
)


_LEMBAGA_SELEKSI = "UPT Penilaian Kompetensi BKN Kanreg VII Palembang"


def _jpm_kategori(jpm: float) -> str:
    """Category of a JPM (DOMAIN §4 C): ≥ 90 Optimal, 78 – < 90 Cukup Optimal, < 78 Kurang Optimal."""
    if jpm >= 90:
        return "Optimal"
    if jpm >= 78:
        return "Cukup Optimal"
    return "Kurang Optimal"


# --------------------------------------------------------------------------------------------------
# The builder
# --------------------------------------------------------------------------------------------------


def build_demo(
    session: Session,
    actor: Actor,
    *,
    size: int = DEFAULT_SIZE,
    seed: int = DEFAULT_SEED,
    progress: Callable[[int, str], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> DemoSummary:
    """Fill an empty database with the demo kabupaten, inside the caller's transaction.

    Refuses (DemoError) a database that already holds personnel or units. ``progress(percent, text)``
    reports each step; when ``cancel()`` returns True a DemoCancelled is raised and the caller's
    transaction rolls back everything written so far.
    """
    authorize_action(actor, "demo.build")
    if isinstance(size, bool) or not isinstance(size, int) or not (MIN_SIZE <= size <= MAX_SIZE):
        raise DemoError(
            QT_TRANSLATE_NOOP(
                "services.demo",
                "Jumlah pegawai demo harus bilangan bulat antara {low} dan {high}; diminta {size}.",
            ),
            low=MIN_SIZE,
            high=MAX_SIZE,
            size=repr(size),
        )
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise DemoError(
            QT_TRANSLATE_NOOP(
                "services.demo", "Seed data demo harus bilangan bulat tidak negatif; diminta {seed}."
            ),
            seed=repr(seed),
        )
    builder = _Builder(session, size, seed, progress, cancel)
    return builder.run(actor)


class _Builder:
    def __init__(self, session, size, seed, progress, cancel) -> None:
        self.session = session
        self.size = size
        self.seed = seed
        self.progress = progress
        self.cancel = cancel
        self.rng = np.random.default_rng(seed)
        self.percent = 0
        self.text = ""
        self.hukdis: dict[int, tuple[str, int]] = {}  # person id -> (tingkat, year): lowers that SKP

    # -- plumbing --------------------------------------------------------------------------------

    def check(self) -> None:
        if self.cancel is not None and self.cancel():
            raise DemoCancelled(
                QT_TRANSLATE_NOOP(
                    "services.demo", "Pembuatan data demo dibatalkan; tidak ada data yang disimpan."
                )
            )

    def step(self, percent: int, text: str) -> None:
        self.check()
        self.percent, self.text = percent, text
        if self.progress is not None:
            self.progress(percent, text)

    def advance(self, percent: int) -> None:
        """Progress within a long step (same text); also the moment to notice a cancel."""
        self.check()
        if percent > self.percent:
            self.percent = percent
            if self.progress is not None:
                self.progress(percent, self.text)

    def insert(self, model, rows: list[dict[str, Any]], until: int | None = None) -> None:
        """Write rows in chunks; with ``until``, progress moves from the current step's percent towards it."""
        start_percent = self.percent
        for start in range(0, len(rows), _CHUNK):
            self.check()
            self.session.execute(insert(model), rows[start : start + _CHUNK])
            if until is not None:
                done = min(start + _CHUNK, len(rows)) / len(rows)
                self.advance(start_percent + int((until - start_percent) * done))

    def uniforms(self, n: int, k: int) -> list[list[float]]:
        return self.rng.random((n, k)).tolist()

    def hexcode(self) -> str:
        return self.rng.bytes(16).hex().upper()

    # -- steps -----------------------------------------------------------------------------------

    def run(self, actor: Actor) -> DemoSummary:
        session = self.session
        self.step(0, "Memeriksa database")
        if session.scalar(select(func.count()).select_from(Person)):
            raise DemoError(
                QT_TRANSLATE_NOOP(
                    "services.demo",
                    "Database sudah berisi data pegawai; data demo hanya dapat dibuat pada database kosong. "
                    "Buat database baru untuk demo.",
                )
            )
        if session.scalar(select(func.count()).select_from(Unit)):
            raise DemoError(
                QT_TRANSLATE_NOOP(
                    "services.demo",
                    "Database sudah berisi unit kerja; data demo hanya dapat dibuat pada database kosong. "
                    "Buat database baru untuk demo.",
                )
            )

        self.step(2, "Membuat instansi dan unit kerja")
        instansi_id = (session.scalar(select(func.max(Instansi.id))) or 0) + 1
        session.execute(
            insert(Instansi),
            [
                {
                    "id": instansi_id,
                    "kode": self.hexcode(),
                    "nama": INSTANSI_NAMA,
                    "jenis": "kabupaten",
                    "ibu_kota": IBU_KOTA,
                    "alamat": f"Kompleks Perkantoran Pemerintah Kabupaten, Jalan Lintas Timur Km 7, {IBU_KOTA} 32181",
                    "nama_bkpsdm": NAMA_BKPSDM,
                }
            ],
        )
        units = self.make_units(instansi_id)

        self.step(4, "Menyusun jabatan dan menempatkan pegawai")
        people = self.make_people(units)
        pns = sum(1 for p in people if p.kind == "PNS")

        self.step(22, "Menyimpan data pegawai")
        self.insert(Person, self.person_rows, until=35)

        self.step(36, "Membuat riwayat jabatan dan golongan")
        jabatan_rows, golongan_rows = self.career_rows(people)
        self.insert(JabatanHistory, jabatan_rows, until=42)
        self.insert(GolonganHistory, golongan_rows, until=49)

        self.step(50, "Membuat riwayat pendidikan")
        self.insert(PendidikanHistory, self.pendidikan_rows, until=52)

        self.step(53, "Membuat riwayat diklat")
        diklat_count = self.write_diklat(people, until=85)

        self.step(86, "Membuat riwayat penghargaan dan hukuman disiplin")
        hukdis_rows = self.hukdis_rows(people)
        self.insert(HukdisHistory, hukdis_rows)
        self.insert(PenghargaanHistory, self.penghargaan_rows(people))

        self.step(89, "Membuat SKP 2023–2025")
        skp_rows = self.skp_rows(people)
        self.insert(Skp, skp_rows, until=93)

        self.step(94, "Membuat hasil penilaian kompetensi")
        assessment_rows = self.assessment_rows(people)
        self.insert(Assessment, assessment_rows)

        self.step(96, "Memetakan talenta periode 2024 dan 2025")
        session.flush()
        talent = build_talent_demo(session, actor, self.seed)

        summary = DemoSummary(
            units=len(units),
            personnel=len(people),
            pns=pns,
            pppk=len(people) - pns,
            skp_rows=len(skp_rows),
            assessments=len(assessment_rows),
            diklat_rows=diklat_count,
            hukdis_rows=len(hukdis_rows),
            seed=self.seed,
            periods=talent.periods,
            placed=talent.placed,
            holding=talent.holding,
            calibrations=talent.calibrations,
        )
        self.step(99, "Mencatat jejak audit")
        after = dataclasses.asdict(summary)
        after.update(size=self.size, instansi=INSTANSI_NAMA, reference_date=DEMO_TODAY)
        record(session, actor, "demo.build", entity="instansi", entity_id=instansi_id, after=after)
        self.step(100, "Selesai")
        return summary

    # -- units -----------------------------------------------------------------------------------

    def make_units(self, instansi_id: int) -> list[_UnitSpec]:
        specs = _unit_blueprint(self.size)
        by_key = {s.key: s for s in specs}
        first_id = (self.session.scalar(select(func.max(Unit.id))) or 0) + 1
        sibling_count: dict[str | None, int] = {}
        for offset, spec in enumerate(specs):
            spec.id = first_id + offset
            spec.kode = self.hexcode()
            sibling_count[spec.parent] = sibling_count.get(spec.parent, 0) + 1
            spec.urutan = sibling_count[spec.parent]
        paths = compute_paths((s.id, by_key[s.parent].id if s.parent else None) for s in specs)
        rows = []
        for spec in specs:
            spec.path = paths[spec.id]
            rows.append(
                {
                    "id": spec.id,
                    "instansi_id": instansi_id,
                    "parent_id": by_key[spec.parent].id if spec.parent else None,
                    "kode": spec.kode,
                    "nama": spec.nama,
                    "jenis": spec.jenis,
                    "path": spec.path,
                    "urutan": spec.urutan,
                }
            )
        self.insert(Unit, rows)
        return specs

    # -- posts -----------------------------------------------------------------------------------

    def make_slots(self, units: list[_UnitSpec]) -> list[tuple[_UnitSpec, _Post | None, str | None]]:
        """One slot per person: (unit, fixed post or None, template key for staff)."""
        size = self.size
        prio1 = [(u, p) for u in units for p in u.posts if p.priority == 1]
        prio2 = [(u, p) for u in units for p in u.posts if p.priority == 2]
        # Priority 3 posts are taken round-robin across units so a small demo spreads them evenly.
        prio3_by_unit = [[p for p in u.posts if p.priority == 3] for u in units]
        prio3 = []
        for rank in range(max(len(x) for x in prio3_by_unit)):
            prio3.extend(
                (u, posts[rank]) for u, posts in zip(units, prio3_by_unit, strict=True) if rank < len(posts)
            )
        budget = max(len(prio1), round(MANAGERIAL_SHARE * size))
        fixed = prio1 + (prio2 + prio3)[: max(0, budget - len(prio1))]

        staff_total = size - len(fixed)
        weights = np.array([u.weight for u in units], dtype=float)
        exact = weights / weights.sum() * staff_total
        counts = np.floor(exact).astype(int)
        remainder = staff_total - int(counts.sum())
        for index in np.argsort(-(exact - counts), kind="stable")[:remainder]:
            counts[index] += 1

        slots: list[tuple[_UnitSpec, _Post | None, str | None]] = [(u, p, p.template) for u, p in fixed]
        draws = self.rng.random(staff_total).tolist()
        k = 0
        for unit, count in zip(units, counts.tolist(), strict=True):
            mix = _Pick(list(PROFILES[unit.profile].items()))
            for _ in range(count):
                slots.append((unit, None, mix(draws[k])))
                k += 1
        return slots

    # -- people ----------------------------------------------------------------------------------

    def make_people(self, units: list[_UnitSpec]) -> list[_Person]:
        """Place a person in every slot; also prepares the person and pendidikan rows."""
        rng = self.rng
        slots = self.make_slots(units)
        n = len(slots)
        order = rng.permutation(n).tolist()  # so the personnel table is not grouped by unit
        slots = [slots[i] for i in order]
        self.unit_pools = {
            jenis: [x.nama for x in units if x.jenis == jenis]
            for jenis in dict.fromkeys(x.jenis for x in units)
        }
        self.opd_names = [x.nama for x in units if x.parent is None and x.jenis in ("dinas", "badan")]

        # Who is PPPK: exactly the target share among staff posts, weighted towards teachers and nurses.
        fixed = np.array([s[1] is not None for s in slots])
        weight = np.array([0.0 if s[1] is not None else TEMPLATES[s[2]].pppk_weight for s in slots])
        n_pppk = min(round(n * (1 - PNS_SHARE)), int((weight > 0).sum()))
        keys = np.where(weight > 0, np.log(rng.random(n)) / np.where(weight > 0, weight, 1.0), -np.inf)
        is_pppk = np.zeros(n, dtype=bool)
        is_pppk[np.argsort(-keys, kind="stable")[:n_pppk]] = True

        # Latent performance and potential (correlated, a little higher for those already in charge).
        perf = rng.standard_normal(n) + np.where(fixed, 0.4, 0.0)
        pot = 0.35 * perf + 0.94 * rng.standard_normal(n) + np.where(fixed, 0.3, 0.0)

        # Ages: scaled beta distributions by kind of post.
        groups = np.array(
            [
                ("kepsek" if s[1].template else s[1].jenjang)
                if s[1] is not None
                else ("pppk" if pppk else "pns")
                for s, pppk in zip(slots, is_pppk.tolist(), strict=True)
            ]
        )
        age = np.empty(n)
        for group, (lo, span, a, b) in _AGE_GROUPS.items():
            mask = groups == group
            age[mask] = lo + span * rng.beta(a, b, size=int(mask.sum()))
        cpns_age = rng.normal(26.5, 3.2, n)
        names = rng.integers(0, 1 << 30, size=(n, 3)).tolist()
        uniforms = rng.random((n, 64))

        self.used_nip: dict[str, set[int]] = {}
        self.person_rows: list[dict[str, Any]] = []
        self.pendidikan_rows: list[dict[str, Any]] = []
        first_id = (self.session.scalar(select(func.max(Person.id))) or 0) + 1
        people = []
        for i, (perf_i, pot_i, age_i, cpns_i, pppk_i) in enumerate(
            zip(perf.tolist(), pot.tolist(), age.tolist(), cpns_age.tolist(), is_pppk.tolist(), strict=True)
        ):
            if i % 5000 == 0:
                self.advance(4 + 17 * i // n)
            unit, post, template_key = slots[i]
            p = _Person(
                id=first_id + i,
                kind="PPPK" if pppk_i else "PNS",
                unit=unit,
                post=post,
                template=TEMPLATES[template_key] if template_key else None,
                perf=perf_i,
                pot=pot_i,
            )
            u = iter(uniforms[i].tolist())
            fld, prodi, lower_prodi, gelar_belakang = self.education(p, u)
            self.timeline(p, age_i, cpns_i, u)
            self.post_and_rank(p, u)
            self.plan_jabatan(p, u)
            tahun_lulus = self.plan_pendidikan(p, fld, prodi, lower_prodi, u)
            self.person_rows.append(
                self.person_row(p, fld, names[i], u)
                | {
                    "gelar_belakang": gelar_belakang,
                    "tingkat_pendidikan": p.tingkat,
                    "pendidikan_nama": prodi if p.tingkat == "SMA" else f"{p.tingkat} {prodi}",
                    "tahun_lulus": tahun_lulus,
                }
            )
            people.append(p)
        return people

    @staticmethod
    def education(p: _Person, u: Iterator[float]) -> tuple[_Field, str, str | None, str | None]:
        """Gender, field of study and level; returns the field, programme(s) and gelar belakang."""
        post, template = p.post, p.template
        if post is not None and template is None:  # managerial: the unit decides the field
            female = _MANAGER_FEMALE[post.jenjang]
            p.field = _nth(p.unit.fields, next(u))
            tingkat = _MANAGER_EDUCATION[post.jenjang](next(u))
        else:
            assert template is not None
            female = template.female
            p.field = template.field
            if post is not None:  # Kepala Sekolah
                tingkat = _KEPSEK_EDUCATION(next(u))
            else:
                tingkat = _EDUCATION_PICK[(template, p.kind)](next(u))
            next(u)
        p.gender = "P" if next(u) < female else "L"
        fld = FIELDS[p.field]
        p.tingkat, gelar_belakang, prodi, lower_prodi = _gelar(fld, tingkat, u)
        return fld, prodi, lower_prodi, gelar_belakang

    @staticmethod
    def timeline(p: _Person, age: float, cpns_age: float, u: Iterator[float]) -> None:
        """Birth date and TMT (CPNS for PNS, contract for PPPK), consistent with age and education."""
        grad_age = _GRAD_AGE[p.tingkat]
        if p.kind == "PNS":
            if p.managerial:
                c = min(max(cpns_age - 1.0, 21.0), 32.0)
                c = min(max(c, grad_age + 0.5), age - 6)  # at least six years of service before the post
            else:
                c = max(min(max(cpns_age, 20.0), 35.0), grad_age + 0.5)
                extra = next(u)
                if age < c + 1.2:
                    age = c + 1.2 + extra * 2
            p.birth = date.fromordinal(_TODAY_ORD - int(age * 365.2425))
            birth_m = _months(p.birth)
            p.tmt_m = max(min(birth_m + int(c * 12) + 1, _LAST_CPNS_M), birth_m + 20 * 12 + 1)
        else:
            year = _PPPK_YEAR(next(u))
            month = _nth((1, 3, 4, 4, 5, 6, 7, 8, 10) if year < 2025 else (3, 4, 5, 6, 7, 8), next(u))
            p.tmt_m = year * 12 + month - 1
            elapsed = (_TODAY_M - p.tmt_m) / 12
            age = min(max(age, grad_age + 1.5 + elapsed, 20.3 + elapsed), 56.9)
            p.birth = date.fromordinal(_TODAY_ORD - int(age * 365.2425))
        p.age = age

    @staticmethod
    def post_and_rank(p: _Person, u: Iterator[float]) -> None:
        """Jabatan, jenjang and golongan with its steps since TMT."""
        post, template, tingkat = p.post, p.template, p.tingkat
        entry_code = _ENTRY_GOL[tingkat]
        if tingkat in ("S2", "S3") and next(u) < 0.6:
            entry_code = "31"  # most master's degrees are earned in service
        if template is not None and template.field.startswith("kedokteran"):
            entry_code = "32"  # doctors enter at III/b
        p.entry_index = entry = _GI[entry_code]
        # Kenaikan pangkat reguler every four years at best; many wait longer for their angka kredit.
        interval = 48 + int(next(u) * 24)
        mk_months = _TODAY_M - p.tmt_m
        natural = min(entry + mk_months // interval, len(PNS_GOLONGAN) - 1)
        if post is not None:
            p.jenjang, p.jenis_jabatan, p.jabatan, p.eselon = (
                post.jenjang,
                post.jenis,
                post.title,
                post.eselon,
            )
            p.ladder = "ahli"
        elif template.jenis == "pelaksana":
            p.jenjang, p.jenis_jabatan, p.jabatan, p.eselon = "Pelaksana", "pelaksana", template.name, None
        else:
            p.ladder = ladder = {"SMA": "pemula", "D3": "terampil"}.get(tingkat, "ahli")
            r = next(u)
            if p.kind == "PNS":
                p.jenjang = _rung(ladder, natural, template.utama and r < 0.15)
            elif ladder == "ahli":
                p.jenjang = "Ahli Muda" if r < 0.06 and p.age >= 35 else "Ahli Pertama"
            elif ladder == "terampil":
                p.jenjang = "Mahir" if r < 0.08 else "Terampil"
            else:
                p.jenjang = "Terampil" if r < 0.5 else "Pemula"
            p.jenis_jabatan, p.jabatan, p.eselon = "fungsional", f"{template.name} {p.jenjang}", None

        tmt = _month_date(p.tmt_m)
        if p.kind == "PPPK":
            p.steps = [(_PPPK_GOL.get(p.jenjang) or _PPPK_PELAKSANA_GOL[tingkat], tmt)]
            return
        lo, hi = _JENJANG_GOL.get(p.jenjang) or _PELAKSANA_GOL.get(tingkat, ("31", "33"))
        current = max(min(natural, _GI[hi]), _GI[lo], entry)
        n_steps = current - entry
        if natural >= current:  # the regular rhythm (or stuck at the ceiling of the post)
            months = [_kp_period(p.tmt_m + interval * k) for k in range(1, n_steps + 1)]
        else:  # promoted with the post faster than the regular rhythm
            final_m = max(_TODAY_M - 6 - int(next(u) * 36), p.tmt_m + 2 * n_steps + 6)
            final_m = min(final_m, _TODAY_M - 1)
            months = [p.tmt_m + round(k * (final_m - p.tmt_m) / n_steps) for k in range(1, n_steps + 1)]
        p.steps = [(entry_code, tmt)]
        p.steps.extend((PNS_GOLONGAN[entry + k], _month_date(m)) for k, m in enumerate(months, start=1))

    def person_row(self, p: _Person, fld: _Field, name_idx: list[int], u: Iterator[float]) -> dict[str, Any]:
        """Name, gelar depan, contact and NIP: the person table's row (education columns are added later)."""
        male = p.gender == "L"
        firsts = _IdNames.first_names_male if male else _IdNames.first_names_female
        lasts = _IdNames.last_names_male if male else _IdNames.last_names_female
        first = firsts[name_idx[0] % len(firsts)]
        second = firsts[name_idx[1] % len(firsts)]
        last = lasts[name_idx[2] % len(lasts)]
        r = next(u)
        if r < 0.12:
            parts = [first]
        elif r < 0.78 or second == first:
            parts = [first, last]
        elif r < 0.92:
            parts = [first, second]
        else:
            parts = [first, second, last]

        agama = _AGAMA(next(u))
        depan = []
        if p.tingkat == "S3":
            depan.append("Dr.")
        if agama == "Islam" and p.age >= 40 and next(u) < 0.12:
            depan.append("H." if male else "Hj.")
        if fld.depan:
            depan.append(fld.depan)
        elif fld.ir and p.birth.year < 1976 and p.tingkat in ("S1", "S2", "S3") and next(u) < 0.5:
            depan.append("Ir.")

        local = ".".join(_ascii_key(x) for x in parts[:2])
        domain = _EMAIL_DOMAIN(next(u))
        email = (
            f"{local}@{domain}" if domain.endswith(".go.id") else f"{local}{int(next(u) * 90) + 10}@{domain}"
        )
        no_hp = _nth(_HP_PREFIX, next(u)) + f"{int(next(u) * 1e8):08d}"

        # NIP (DOMAIN §8): unique, and consistent with birth date, TMT and gender.
        tmt = _month_date(p.tmt_m)
        gender_digit = "1" if male else "2"
        if p.kind == "PNS":
            prefix = f"{p.birth:%Y%m%d}{tmt:%Y%m}{gender_digit}"
        else:
            contract = "1" if next(u) < 0.9 else "2"
            prefix = f"{p.birth:%Y%m%d}{tmt.year:04d}2{contract}{gender_digit}"
        serial = min(1 + int(-math.log1p(-next(u) * 0.999) / 0.9), 999)  # mostly 001–003, as in real NIPs
        used = self.used_nip.setdefault(prefix, set())
        while serial in used:  # same birth date, TMT and gender: the next free number
            serial = serial % 999 + 1
        used.add(serial)
        mk_months = _TODAY_M - p.tmt_m
        golongan, tmt_golongan = p.steps[-1]
        return {
            "id": p.id,
            "nip": f"{prefix}{serial:03d}",
            "nip_lama": str(100_000_000 + int(next(u) * 899_999_999))
            if p.kind == "PNS" and tmt.year < 2008
            else None,
            "nama": " ".join(parts),
            "gelar_depan": " ".join(depan) or None,
            "tempat_lahir": _TEMPAT_LAHIR(next(u)),
            "tanggal_lahir": p.birth,
            "jenis_kelamin": p.gender,
            "agama": agama,
            "email": email,
            "no_hp": no_hp,
            "jenis_pegawai": p.kind,
            "kedudukan": "Aktif",
            "tmt_cpns": tmt,
            "tmt_pns": _month_date(p.tmt_m + 12) if p.kind == "PNS" else None,
            "unit_id": p.unit.id,
            "jabatan_nama": p.jabatan,
            "jenis_jabatan": p.jenis_jabatan,
            "jenjang_jabatan": p.jenjang,
            "eselon": p.eselon,
            "tmt_jabatan": p.jabatan_rows[-1][5],
            "golongan": golongan,
            "tmt_golongan": tmt_golongan,
            "mk_tahun": mk_months // 12,
            "mk_bulan": mk_months % 12,
            "bup": bup_of(p.jenjang),
        }

    def plan_jabatan(self, p: _Person, u: Iterator[float]) -> None:
        """The person's posts from the first SK to the current one (1–4 entries)."""
        post = p.post
        tmt = _month_date(p.tmt_m)
        unit_nama = p.unit.nama
        rows: list[tuple[str, str, str, str | None, str, date]] = []
        if p.kind == "PPPK":
            if p.tmt_m < 2023 * 12 and next(u) < 0.12:  # moved once since appointment
                moved_m = 2023 * 12 + int(next(u) * 30)
                other = self.other_unit(p.unit, next(u))
                rows.append((p.jabatan, p.jenis_jabatan, p.jenjang, None, other, tmt))
                rows.append((p.jabatan, p.jenis_jabatan, p.jenjang, None, unit_nama, _month_date(moved_m)))
            else:
                rows.append((p.jabatan, p.jenis_jabatan, p.jenjang, None, unit_nama, tmt))
            p.jabatan_rows = rows
            return

        if p.managerial:
            first = _FIRST_POST.get(p.field)
            if first is None:
                first = _nth(_OLD_PELAKSANA, next(u))
                first_row = (first, "pelaksana", "Pelaksana", None)
            else:
                first_row = (first, "fungsional", "Ahli Pertama", None)
            current_m = _TODAY_M - 3 - int(next(u) * 63)
            current_m = max(current_m, p.tmt_m + 48)
            current_m = min(current_m, _TODAY_M - 1)
            chain = [first_row]
            if p.jenjang in ("Administrator", "JPT Pratama"):
                chain.append((_nth(_PREV_PENGAWAS, next(u)), "struktural", "Pengawas", "41"))
            if p.jenjang == "JPT Pratama":
                prev = self.other_unit(p.unit, next(u), opd_only=True)
                title = f"Sekretaris {prev}" if next(u) < 0.5 else "Kepala Bidang Perencanaan dan Evaluasi"
                chain.append((title, "struktural", "Administrator", "31"))
            span = current_m - p.tmt_m
            for k, (title, jenis, jenjang, eselon) in enumerate(chain):
                m = p.tmt_m + (span * k) // len(chain)
                where = unit_nama if k == 0 and next(u) < 0.5 else self.other_unit(p.unit, next(u))
                rows.append((title, jenis, jenjang, eselon, where, _month_date(m)))
            rows.append((p.jabatan, p.jenis_jabatan, p.jenjang, p.eselon, unit_nama, _month_date(current_m)))
        elif p.jenis_jabatan == "pelaksana":
            if p.tmt_m < 2019 * 12 and next(u) < 0.6:
                renamed_m = max(2019 * 12 + int(next(u) * 60), p.tmt_m + 12)
                rows.append((_nth(_OLD_PELAKSANA, next(u)), "pelaksana", "Pelaksana", None, unit_nama, tmt))
                rows.append((p.jabatan, "pelaksana", "Pelaksana", None, unit_nama, _month_date(renamed_m)))
            else:
                rows.append((p.jabatan, "pelaksana", "Pelaksana", None, unit_nama, tmt))
        else:  # functional: one entry per rung climbed, dated by the golongan step that opened it
            template = p.template
            rungs = _LADDERS[p.ladder]
            entry_rung = _rung(p.ladder, p.entry_index, False)
            final_rung = "Ahli Madya" if post is not None else p.jenjang
            start = rungs.index(entry_rung)
            stop = rungs.index(final_rung)
            for k in range(start, max(stop, start) + 1):
                rung = rungs[k]
                if k == start:
                    when = tmt
                else:
                    lo = _GI[_JENJANG_GOL[rung][0]]
                    when = next((d for code, d in p.steps if _GI.get(code, -1) >= lo), p.steps[-1][1])
                rows.append((f"{template.name} {rung}", "fungsional", rung, None, unit_nama, when))
            if post is not None:  # Kepala Sekolah: the duty comes on top of the Ahli Madya post
                head_m = max(_months(rows[-1][5]) + 6, _TODAY_M - 12 - int(next(u) * 48))
                head_m = min(head_m, _TODAY_M - 1)
                rows.append((p.jabatan, "fungsional", p.jenjang, None, unit_nama, _month_date(head_m)))
            # An earlier school or puskesmas for some.
            if len(rows) > 1 and next(u) < 0.4:
                first = rows[0]
                rows[0] = (*first[:4], self.other_unit(p.unit, next(u)), first[5])
        p.jabatan_rows = rows[-4:]

    def other_unit(self, unit: _UnitSpec, r: float, opd_only: bool = False) -> str:
        """Another unit of the same kind (another school, another puskesmas…), or a dinas/badan."""
        pool = self.opd_names if opd_only else self.unit_pools[unit.jenis]
        name = _nth(pool, r)
        if name == unit.nama and len(pool) > 1:
            name = pool[(pool.index(name) + 1) % len(pool)]
        return name

    def plan_pendidikan(
        self, p: _Person, fld: _Field, prodi: str, lower_prodi: str | None, u: Iterator[float]
    ) -> int:
        """Education history rows for a person; returns the year the highest level was completed."""
        rows = self.pendidikan_rows
        birth_year = p.birth.year
        tmt_year = p.tmt_m // 12
        tingkat = p.tingkat
        earliest = birth_year + _GRAD_AGE[tingkat]
        # A PNS whose golongan started at III/a with a master's degree earned it in service.
        in_service = tingkat in ("S2", "S3") and p.kind == "PNS" and p.steps[0][0] == "31"
        late = tingkat in ("D3", "D4", "S1") and next(u) < 0.2  # alongside work (Universitas Terbuka…)
        if in_service:
            top_year = min(2025, tmt_year + 2 + int(next(u) * 12))
        elif late:
            top_year = earliest + int(next(u) * max(0, tmt_year - earliest))
        else:
            top_year = min(earliest + int(next(u) * 4), tmt_year)
        top_year = max(top_year, earliest)

        def kampus(level: str, r: float) -> str:
            if level == "SMA":
                town = _nth((IBU_KOTA, "Martapura", "Baturaja", "Belitang", "Palembang", "Sukamaju"), r)
                return town
            if level == "D3":
                return _nth(fld.kampus_d3, r)
            if level == "D4":
                return _nth(fld.kampus_d4 or fld.kampus, r)
            if level in ("S2", "S3"):
                return _nth(_KAMPUS_PASCA, r)
            return _nth(fld.kampus, r)

        def nama(level: str, programme: str, r: float) -> str:
            if level == "SMA":
                school = programme.split()[0]
                return f"{school} Negeri {1 + int(r * 3)} {kampus('SMA', r)}"
            return f"{programme}, {kampus(level, r)}"

        pid = p.id
        rows.append(
            {
                "person_id": pid,
                "tingkat": tingkat,
                "nama": nama(tingkat, prodi, next(u)),
                "tahun_lulus": top_year,
            }
        )
        if tingkat == "S3":
            rows.append(
                {
                    "person_id": pid,
                    "tingkat": "S2",
                    "nama": nama("S2", prodi.removeprefix("Doktor "), next(u)),
                    "tahun_lulus": max(top_year - 3 - int(next(u) * 5), birth_year + 25),
                }
            )
        elif tingkat == "S2":
            if in_service:
                s1_year = max(birth_year + 22, tmt_year - int(next(u) * 3))
            else:
                s1_year = top_year - 2 - int(next(u) * 3)
            s1_year = max(min(s1_year, top_year - 1), birth_year + 21)
            s1_level = "S1" if fld.s1 else "D4"
            rows.append(
                {
                    "person_id": pid,
                    "tingkat": s1_level,
                    "nama": nama(s1_level, lower_prodi, next(u)),
                    "tahun_lulus": s1_year,
                }
            )
        elif tingkat in ("S1", "D3") and next(u) < 0.35:
            rows.append(
                {
                    "person_id": pid,
                    "tingkat": "SMA",
                    "nama": nama("SMA", _nth(_SMA_PRODI, next(u)), next(u)),
                    "tahun_lulus": top_year - (4 if tingkat == "S1" else 3) - int(next(u) * 2),
                }
            )
        elif tingkat == "D4" and fld.d3 and next(u) < 0.25:
            d3_prodi = _nth(fld.d3, next(u))[1]
            rows.append(
                {
                    "person_id": pid,
                    "tingkat": "D3",
                    "nama": nama("D3", d3_prodi, next(u)),
                    "tahun_lulus": top_year - 1 - int(next(u) * 2),
                }
            )
        return top_year

    # -- histories ---------------------------------------------------------------------------------

    def career_rows(self, people: list[_Person]) -> tuple[list[dict], list[dict]]:
        numbers = self.rng.integers(100, 5000, size=(len(people), 10)).tolist()
        jabatan_rows: list[dict] = []
        golongan_rows: list[dict] = []
        for p, nums in zip(people, numbers, strict=True):
            for k, (title, jenis, jenjang, eselon, unit_nama, when) in enumerate(p.jabatan_rows):
                if p.kind == "PPPK":
                    sk = f"800.1.2.5/{nums[k]}/BKPSDM/{when.year}"
                elif when.year >= 2023:
                    sk = f"800.1.3.3/{nums[k]}/BKPSDM/{when.year}"
                else:
                    sk = f"821.2/{nums[k]}/{'BKD' if when.year < 2017 else 'BKPSDM'}/{when.year}"
                jabatan_rows.append(
                    {
                        "person_id": p.id,
                        "jabatan_nama": title,
                        "jenis_jabatan": jenis,
                        "jenjang_jabatan": jenjang,
                        "eselon": eselon,
                        "unit_nama": unit_nama,
                        "tmt": when,
                        "nomor_sk": sk,
                    }
                )
            for k, (code, when) in enumerate(p.steps):
                agency = "BKD" if when.year < 2017 else "BKPSDM"
                if p.kind == "PPPK":
                    sk = f"800.1.2.5/{nums[4]}/BKPSDM/{when.year}"
                elif k == 0:
                    sk = f"813.3/{nums[5 + k % 5]}/{agency}/{when.year}"
                elif when.year >= 2023:
                    sk = f"800.1.6.2/{nums[5 + k % 5]}/KP/BKPSDM/{when.year}"
                else:
                    sk = f"823.3/{nums[5 + k % 5]}/KP/{agency}/{when.year}"
                golongan_rows.append({"person_id": p.id, "golongan": code, "tmt": when, "nomor_sk": sk})
        return jabatan_rows, golongan_rows

    def write_diklat(self, people: list[_Person], until: int) -> int:
        """Training 2023–2025, written as it is generated (the largest table: about 6.5 rows a person).

        Courses per year follow a Poisson law around a personal propensity, so some people take many and
        others none; about 60% reach the 20 JP a year of PP 17/2020.
        """
        rng = self.rng
        n = len(people)
        start_percent = self.percent
        perf = np.array([p.perf for p in people])
        propensity = 0.45 * perf + 0.9 * rng.standard_normal(n)
        lam = 2.0 * np.exp(0.55 * propensity)
        counts = rng.poisson(lam[:, None], size=(n, len(DIKLAT_YEARS))).tolist()
        leadership = rng.random(n).tolist()
        leadership_year = rng.integers(0, len(DIKLAT_YEARS), n).tolist()
        draws = rng.random((sum(map(sum, counts)) + n, 6))  # one spare row per person for leadership
        general = _Pick([(c, c.weight) for c in _GENERAL_COURSES])
        domain_pick = {
            key: _Pick([(c, c.weight) for c in courses]) for key, courses in _DOMAIN_COURSES.items()
        }
        rows: list[dict] = []
        written = 0
        k = 0
        for idx, p in enumerate(people):
            tmt = _month_date(p.tmt_m)
            domain = p.template.domain if p.template else "umum"
            for year, count in zip(DIKLAT_YEARS, counts[idx], strict=True):
                for _ in range(count):
                    d = draws[k].tolist()
                    k += 1
                    course = domain_pick[domain](d[1]) if d[0] < 0.35 else general(d[1])
                    self._course_row(rows, p.id, course, year, d, tmt)
            d = draws[k].tolist()
            k += 1
            course = _LEADERSHIP_COURSE.get(p.jenjang)
            if course is not None and leadership[idx] < 0.08 and p.jabatan_rows[-1][5].year >= 2021:
                self._course_row(rows, p.id, course, DIKLAT_YEARS[leadership_year[idx]], d, tmt)
            if len(rows) >= _CHUNK or idx == n - 1:
                self.check()
                if rows:
                    self.session.execute(insert(DiklatHistory), rows)
                written += len(rows)
                rows = []
                self.advance(start_percent + (until - start_percent) * (idx + 1) // n)
        return written

    @staticmethod
    def _course_row(rows, person_id, course: _Course, year, d, tmt) -> None:
        latest = 330 - course.days
        day = date(year, 1, 8) + timedelta(days=int(d[2] * latest))
        if day.weekday() >= 5:
            day += timedelta(days=7 - day.weekday())
        if day < tmt:
            return
        rows.append(
            {
                "person_id": person_id,
                "nama": course.nama,
                "jenis": course.jenis,
                "penyelenggara": _nth(course.penyelenggara, d[4]),
                "tanggal_mulai": day,
                "tanggal_selesai": day + timedelta(days=course.days - 1),
                "jp": _nth(course.jp, d[3]),
            }
        )

    def penghargaan_rows(self, people: list[_Person]) -> list[dict]:
        n = len(people)
        U = self.uniforms(n, 8)
        rows: list[dict] = []
        for p, u in zip(people, U, strict=True):
            if p.kind == "PNS":
                service_years = (_TODAY_M - p.tmt_m) // 12
                for k, (years, label) in enumerate(((10, "X"), (20, "XX"), (30, "XXX"))):
                    if service_years < years or u[k] > 0.85:
                        continue
                    year = p.tmt_m // 12 + years + int(u[3 + k] * 2)
                    day = date(year, 8, 17)
                    if day <= DEMO_TODAY:
                        rows.append(
                            {
                                "person_id": p.id,
                                "nama": f"Satyalancana Karya Satya {label} Tahun",
                                "tingkat": "nasional",
                                "tanggal": day,
                            }
                        )
            if u[6] < 0.045 * np.exp(0.6 * p.perf):
                domain = p.template.domain if p.template else "*"
                options = _AWARDS_LOCAL.get(domain, _AWARDS_LOCAL["*"])
                nama, tingkat = _nth(options, u[7])
                start = max(2019 * 12, p.tmt_m + 12)
                if start < _TODAY_M - 1:
                    when = _month_date(start + int(u[5] * (_TODAY_M - 1 - start)), 1 + int(u[4] * 27))
                    rows.append({"person_id": p.id, "nama": nama, "tingkat": tingkat, "tanggal": when})
        return rows

    def hukdis_rows(self, people: list[_Person]) -> list[dict]:
        """About 1.5% of people, more often those with weak performance; never a managerial post."""
        rng = self.rng
        n = len(people)
        eligible = np.array(
            [
                p.eselon is None
                and "Kepala Sekolah" not in p.jabatan
                and p.jabatan_rows[0][5] < date(2024, 6, 1)
                for p in people
            ]
        )
        weight = np.exp(-0.8 * np.array([p.perf for p in people]))
        keys = np.where(eligible, np.log(rng.random(n)) / weight, -np.inf)
        count = min(round(n * HUKDIS_SHARE), int(eligible.sum()))
        chosen = sorted(np.argsort(-keys, kind="stable")[:count].tolist())
        U = self.uniforms(len(chosen), 6)
        # Mostly light sentences, some medium, very few heavy: fixed proportions, shuffled over people.
        n_berat = round(count * 0.08)
        n_sedang = round(count * 0.22)
        levels = ["berat"] * n_berat + ["sedang"] * n_sedang + ["ringan"] * (count - n_berat - n_sedang)
        levels = [levels[i] for i in rng.permutation(count).tolist()]
        rows: list[dict] = []
        for idx, u, tingkat in zip(chosen, U, levels, strict=True):
            p = people[idx]
            jenis, months = _nth(_HUKDIS[tingkat], u[1])
            start = max(2020 * 12 + 5, p.tmt_m + 12)
            when_m = start + int(u[2] * (_TODAY_M - 2 - start))
            when = _month_date(when_m, 1 + int(u[3] * 27))
            rows.append(
                {
                    "person_id": p.id,
                    "tingkat": tingkat,
                    "jenis": jenis,
                    "tmt": when,
                    "tanggal_akhir": _month_date(when_m + months, when.day) if months else None,
                    "keterangan": _nth(_HUKDIS_REASON[tingkat], u[4]),
                }
            )
            self.hukdis[p.id] = (tingkat, when.year)
        return rows

    def skp_rows(self, people: list[_Person]) -> list[dict]:
        rng = self.rng
        n = len(people)
        years = len(SKP_YEARS)
        perf = np.array([p.perf for p in people])[:, None]
        hasil = 0.8 * perf + 0.6 * rng.standard_normal((n, years))
        perilaku = 0.7 * perf + 0.7 * rng.standard_normal((n, years))
        hasil_level = np.where(hasil > 0.8, 3, np.where(hasil < -1.6, 1, 2)).tolist()
        perilaku_level = np.where(perilaku > 0.75, 3, np.where(perilaku < -1.85, 1, 2)).tolist()
        noise = rng.standard_normal((n, years)).tolist()
        missing_2025 = (rng.random(n) < SKP_2025_MISSING_SHARE).tolist()
        table = {(h, b): predikat(Level(h), Level(b)) for h in (1, 2, 3) for b in (1, 2, 3)}
        hukdis = self.hukdis
        rows: list[dict] = []
        for idx, p in enumerate(people):
            sanction = hukdis.get(p.id)
            for k, year in enumerate(SKP_YEARS):
                if p.tmt_m > year * 12 + 8:  # started after September: no appraisal that year
                    continue
                if year == 2025 and missing_2025[idx]:
                    continue
                h = hasil_level[idx][k]
                b = perilaku_level[idx][k]
                if sanction is not None and sanction[1] == year:
                    b = 1 if sanction[0] != "ringan" else min(b, 2)
                pred = table[(h, b)]
                score = predikat_score(pred)
                value = score + noise[idx][k] * (2.5 if score == 100 else 4.0)
                if score == 100:
                    value = 100 - abs(value - 100)
                value = round(min(max(value, 0.0), 100.0), 2)
                rows.append(
                    {
                        "person_id": p.id,
                        "tahun": year,
                        "hasil_kerja": h,
                        "perilaku_kerja": b,
                        "predikat": pred.value,
                        "nilai": value,
                    }
                )
        return rows

    def assessment_rows(self, people: list[_Person]) -> list[dict]:
        """Managerial posts and about 30% of Ahli Muda/Madya: 1–2 assessments in 2021–2025; most other
        staff took one competence mapping (uji kompetensi, as regions run for everyone before a talent
        map) in 2023–2025: 80% of PNS, 55% of PPPK. Staff score lower and wider than managers.

        A JPT appointed since 2021 often came through open selection: that assessment is dated a few
        months before the appointment. JPM follows the latent potential; scores are on 0–100.
        """
        n = len(people)
        U = self.uniforms(n, 8)
        Z = self.rng.standard_normal((n, 8)).tolist()
        rows: list[dict] = []
        for p, u, z in zip(people, U, Z, strict=True):
            staff = not p.managerial and not (
                p.kind == "PNS" and p.jenjang in ("Ahli Muda", "Ahli Madya") and u[0] < 0.3
            )
            if staff and u[1] >= (0.8 if p.kind == "PNS" else 0.55):
                continue
            count = 2 if u[1] < 0.4 and not staff else 1
            first_year = 2023 + int(u[2] * 3) if staff else 2021 + int(u[2] * (3 if count == 2 else 5))
            dates = [date(first_year, 2 + int(u[4] * 9), 1 + int(u[6] * 27))]
            if count == 2:
                dates.append(
                    date(min(first_year + 2 + int(u[3] * 2), 2025), 2 + int(u[5] * 9), 1 + int(u[6] * 27))
                )
            kinds = ["pemetaan"] * count
            appointed_m = _months(p.jabatan_rows[-1][5])
            if p.jenjang == "JPT Pratama" and appointed_m >= 2021 * 12 + 5 and u[7] < 0.7:
                dates[0] = _month_date(appointed_m - 2 - int(u[3] * 3), 1 + int(u[6] * 27))
                kinds[0] = "seleksi"
            jpm = min(max((74 + 9 * p.pot + 4 * z[0]) if staff else (82 + 8 * p.pot + 3 * z[0]), 55.0), 98.0)
            for k, (day, kind) in enumerate(zip(dates, kinds, strict=True)):
                if k:
                    jpm = min(max(jpm + 1.5 + 3 * z[1], 55.0), 98.0)
                jpm = round(jpm, 2)
                rows.append(
                    {
                        "person_id": p.id,
                        "tanggal": day,
                        "jenis": kind,
                        "lembaga": _LEMBAGA_SELEKSI if kind == "seleksi" else _LEMBAGA_ASESMEN(u[5]),
                        "jpm": jpm,
                        "nilai_manajerial": round(min(max(jpm + 4 * z[2 + k], 40.0), 100.0), 2),
                        "nilai_sosial_kultural": round(min(max(jpm + 2 + 3 * z[4 + k], 40.0), 100.0), 2),
                        "nilai_teknis": round(min(max(jpm - 2 + 6 * z[6], 40.0), 100.0), 2),
                        "nilai_potensi": round(
                            min(max((55 if staff else 62) + 12 * p.pot + 5 * z[7], 20.0), 100.0), 2
                        ),
                        "kategori": _jpm_kategori(jpm),
                    }
                )
        return rows
