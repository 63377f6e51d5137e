"""Personnel (pegawai): the whole list as one DataFrame, search, a person's profile, and export.

The Pegawai page shows every civil servant of the agency at once (up to 50,000) and filters as the user
types, so the list is loaded once as columns (:func:`personnel_frame`) and searched with vectorised
string operations (:func:`search_mask`), never row by row through ORM objects (DESIGN §1, §6).

Personal data rules (DOMAIN §10) that live here:

* :func:`can_view_hukdis` is the single place that decides who may see disciplinary records;
* :func:`export_personnel` writes only the columns talent management needs (never NIK, religion or
  contact details) and records every export in the audit log, so the agency can say what left the office.
"""

from __future__ import annotations

import contextlib
import csv
import gc
import os
import re
import secrets
import unicodedata
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

import numpy as np
import pandas as pd
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from talenta_desktop.domain.dates import age_on, retirement_date
from talenta_desktop.domain.errors import RuleError
from talenta_desktop.domain.golongan import ALL_PNS, ALL_PPPK, golongan_by_code
from talenta_desktop.domain.jabatan import ESELON_LABELS, JENJANG_FUNGSIONAL, JENJANG_STRUKTURAL
from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP, MessageError
from talenta_desktop.domain.ninebox import Level
from talenta_desktop.domain.nip import format_nip
from talenta_desktop.domain.skp import RATING_LABELS
from talenta_desktop.models import (
    Assessment,
    DiklatHistory,
    GolonganHistory,
    HukdisHistory,
    JabatanHistory,
    PendidikanHistory,
    PenghargaanHistory,
    Person,
    Skp,
    Unit,
)

from .actor import Actor
from .export_log import record_export
from .permissions import Permission, can, require

# PP 11/2017 jo. PP 17/2020 Pasal 203 ayat (4): every PNS gets at least 20 JP of competence development
# a year. A regulation, not a regional choice, hence a constant.
MIN_JP_PER_YEAR = 20

JENIS_JABATAN_LABELS = {"struktural": "Struktural", "fungsional": "Fungsional", "pelaksana": "Pelaksana"}
JENIS_KELAMIN_LABELS = {"L": "Laki-laki", "P": "Perempuan"}
# Seniority of a jenjang jabatan, highest first: the order a header click on "Jenjang" should give.
JENJANG_ORDER = (*JENJANG_STRUKTURAL, *JENJANG_FUNGSIONAL, "Pelaksana")
PENDIDIKAN_ORDER = ("SD", "SMP", "SMA", "D1", "D2", "D3", "D4", "S1", "S2", "S3")


# --------------------------------------------------------------------------------------------------
# Columns
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonnelColumn:
    """One column of the personnel list, in the table and in exports.

    ``field`` is the export header: the SIASN name (DOMAIN §9) when ``siasn`` is true, otherwise a
    Talenta name in the same camelCase style (SIASN has no "age" or "name with gelar" field).
    """

    key: str  # the DataFrame column, the table column id, and what QSettings remembers
    field: str
    header: str  # Indonesian table header (the GUI translates it)
    kind: str = "text"  # text | code | date | int
    visible: bool = False  # shown in the table by default
    siasn: bool = True
    sort_key: str | None = None  # frame column to sort by when the shown text sorts badly


def _c(key: str, field: str, header: str, kind: str = "text", **extra) -> PersonnelColumn:
    return PersonnelColumn(key, field, header, kind, **extra)


PERSONNEL_COLUMNS: tuple[PersonnelColumn, ...] = (
    _c("nip", "nipBaru", "NIP", "code", visible=True),
    _c("nama_lengkap", "namaLengkap", "Nama", visible=True, siasn=False, sort_key="search_name"),
    _c("nama", "nama", "Nama tanpa gelar", sort_key="search_name"),
    _c("gelar_depan", "gelarDepan", "Gelar depan"),
    _c("gelar_belakang", "gelarBelakang", "Gelar belakang"),
    _c("nip_lama", "nipLama", "NIP lama", "code"),
    _c("jenis_pegawai", "jenisPegawaiNama", "PNS/PPPK", visible=True),
    _c("kedudukan", "kedudukanPnsNama", "Kedudukan"),
    _c("golongan", "golRuangAkhir", "Gol.", visible=True, sort_key="golongan_rank"),
    _c("golongan_id", "golRuangAkhirId", "Kode golongan", "code", sort_key="golongan_rank"),
    _c("pangkat", "pangkatAkhir", "Pangkat", sort_key="golongan_rank"),
    _c("tmt_golongan", "tmtGolAkhir", "TMT golongan", "date"),
    _c("mk_tahun", "mkTahun", "Masa kerja (tahun)", "int"),
    _c("mk_bulan", "mkBulan", "Masa kerja (bulan)", "int"),
    _c("jabatan", "jabatanNama", "Jabatan", visible=True),
    _c("jenis_jabatan", "jenisJabatan", "Jenis jabatan"),
    _c("jenjang", "jenjangJabatan", "Jenjang", visible=True, siasn=False, sort_key="jenjang_rank"),
    _c("eselon", "eselon", "Eselon", sort_key="eselon_rank"),
    _c("eselon_id", "eselonId", "Kode eselon", "code", sort_key="eselon_rank"),
    _c("tmt_jabatan", "tmtJabatan", "TMT jabatan", "date"),
    _c("unit", "unorNama", "Unit kerja", visible=True),
    _c("unit_kode", "unorId", "Kode unit kerja", "code"),
    _c("unit_induk", "unorIndukNama", "Unit induk", visible=True),
    _c("unit_induk_kode", "unorIndukId", "Kode unit induk", "code"),
    _c("tempat_lahir", "tempatLahir", "Tempat lahir"),
    _c("tanggal_lahir", "tglLahir", "Tanggal lahir", "date"),
    _c("usia", "usia", "Usia", "int", visible=True, siasn=False),
    _c("jenis_kelamin", "jenisKelamin", "L/P"),
    _c("pendidikan", "tkPendidikanTerakhir", "Pendidikan", sort_key="pendidikan_rank"),
    _c("pendidikan_nama", "pendidikanTerakhirNama", "Program studi"),
    _c("tahun_lulus", "tahunLulus", "Tahun lulus", "int"),
    _c("tmt_cpns", "tmtCpns", "TMT CPNS/PPPK", "date"),
    _c("tmt_pns", "tmtPns", "TMT PNS", "date"),
    _c("bup", "bupPensiun", "BUP", "int"),
    _c("tmt_pensiun", "tmtPensiun", "TMT pensiun", "date"),
)
COLUMNS_BY_KEY: dict[str, PersonnelColumn] = {c.key: c for c in PERSONNEL_COLUMNS}
DEFAULT_VISIBLE_COLUMNS: tuple[str, ...] = tuple(c.key for c in PERSONNEL_COLUMNS if c.visible)
SIASN_EXPORT_COLUMNS: tuple[str, ...] = tuple(c.key for c in PERSONNEL_COLUMNS if c.siasn)
# What the Person table holds but no export writes: talent management does not need it (DOMAIN §10).
# NIK, family, health, tax, BPJS and bank data are not even stored.
NEVER_EXPORTED = frozenset({"agama", "email", "no_hp"})

# Helper columns of the frame besides the PERSONNEL_COLUMNS keys.
HELPER_COLUMNS = ("id", "unit_id", "search_name", "golongan_rank", "jenjang_rank", "eselon_rank",
                  "pendidikan_rank")  # fmt: skip

# Person columns read straight from the table, in the frame's key names.
_PERSON_FIELDS = (
    ("id", Person.id),
    ("nip", Person.nip),
    ("nip_lama", Person.nip_lama),
    ("nama", Person.nama),
    ("gelar_depan", Person.gelar_depan),
    ("gelar_belakang", Person.gelar_belakang),
    ("tempat_lahir", Person.tempat_lahir),
    ("tanggal_lahir", Person.tanggal_lahir),
    ("jenis_kelamin", Person.jenis_kelamin),
    ("jenis_pegawai", Person.jenis_pegawai),
    ("kedudukan", Person.kedudukan),
    ("pendidikan", Person.tingkat_pendidikan),
    ("pendidikan_nama", Person.pendidikan_nama),
    ("tahun_lulus", Person.tahun_lulus),
    ("tmt_cpns", Person.tmt_cpns),
    ("tmt_pns", Person.tmt_pns),
    ("unit_id", Person.unit_id),
    ("jabatan", Person.jabatan_nama),
    ("jenis_jabatan", Person.jenis_jabatan),
    ("jenjang", Person.jenjang_jabatan),
    ("eselon_id", Person.eselon),
    ("tmt_jabatan", Person.tmt_jabatan),
    ("golongan_id", Person.golongan),
    ("tmt_golongan", Person.tmt_golongan),
    ("mk_tahun", Person.mk_tahun),
    ("mk_bulan", Person.mk_bulan),
    ("bup", Person.bup),
)
_DATE_FIELDS = ("tanggal_lahir", "tmt_cpns", "tmt_pns", "tmt_jabatan", "tmt_golongan")
_INT_FIELDS = ("tahun_lulus", "mk_tahun", "mk_bulan", "bup")


# --------------------------------------------------------------------------------------------------
# Text folding for search and sorting
# --------------------------------------------------------------------------------------------------

# Apostrophes vanish ("Ma'ruf" is found by "maruf"); other punctuation separates words ("Muh.Nur").
_PUNCTUATION = str.maketrans(
    {"'": None, "’": None, "‘": None, "`": None, "´": None, **{ch: " " for ch in '.,-/()_;:"\t'}}
)
# Combining marks left by NFKD decomposition ("é" → "e" + U+0301): the diacritics to drop.
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_SEPARATOR = "\x00"


def fold_text(text: str) -> str:
    """Text as search and sort compare it: accents stripped, case folded, apostrophes dropped."""
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return text.casefold().translate(_PUNCTUATION)


def fold_column(values: np.ndarray) -> np.ndarray:
    """fold_text over a whole column at C speed: the values are joined into one string, folded once,
    and split again (50,000 names take a few milliseconds instead of 50,000 Python calls)."""
    texts = np.where(values == None, "", values)  # noqa: E711 — elementwise on an object array
    big = _SEPARATOR.join(texts.tolist())
    folded = fold_text(big).split(_SEPARATOR)
    if len(folded) != len(texts):  # a value held the separator itself: fold one by one
        folded = [fold_text(t).replace(_SEPARATOR, " ") for t in texts.tolist()]
    out = np.empty(len(folded), dtype=object)
    out[:] = folded
    return out


# --------------------------------------------------------------------------------------------------
# The frame
# --------------------------------------------------------------------------------------------------


def _fetch_columns(session: Session, stmt) -> dict[str, np.ndarray]:
    """Run a select through the raw DB-API cursor and return its columns as object arrays.

    Skipping SQLAlchemy's per-value result processing (one Python call per date cell) is what keeps
    50,000 rows near the 400 ms budget; the caller converts whole columns instead (see _date_column).
    The cursor belongs to the session's connection, so the read sees the session's transaction.
    """
    connection = session.connection()
    compiled = stmt.compile(dialect=connection.dialect)
    cursor = connection.connection.dbapi_connection.cursor()
    try:
        params = compiled.params
        if compiled.positiontup is not None:
            cursor.execute(str(compiled), tuple(params[name] for name in compiled.positiontup))
        else:
            cursor.execute(str(compiled), params)
        # Fifty thousand fresh tuples would trigger the cyclic garbage collector over and over; none of
        # them can form a cycle, so it is paused while they arrive.
        collecting = gc.isenabled()
        gc.disable()
        try:
            rows = cursor.fetchall()
        finally:
            if collecting:
                gc.enable()
        names = [d[0] for d in cursor.description]
    finally:
        cursor.close()
    if not rows:
        return {name: np.empty(0, dtype=object) for name in names}
    table = np.array(rows, dtype=object)
    if table.shape != (len(rows), len(names)):  # cannot happen with plain values; be safe anyway
        table = np.empty((len(rows), len(names)), dtype=object)
        table[:] = rows
    return {name: np.ascontiguousarray(table[:, i]) for i, name in enumerate(names)}


_UNIX_EPOCH_JULIAN_DAY = 2440587.5


def _date_column(column, dialect_name: str):
    """On SQLite a date is ISO text; asking for its day number instead (``julianday``) lets the column
    convert with arithmetic rather than by parsing 50,000 strings. Other databases return dates."""
    if dialect_name == "sqlite":
        return func.julianday(column) - _UNIX_EPOCH_JULIAN_DAY
    return column


def _as_dates(values: np.ndarray) -> np.ndarray:
    """Days since 1970 (float, from SQLite), date objects or ISO text, None → datetime64[D] (NaT)."""
    present = values != None  # noqa: E711
    if present.any() and isinstance(values[present][0], float | int):
        out = np.full(len(values), np.datetime64("NaT"), dtype="datetime64[D]")
        out[present] = np.rint(values[present].astype(np.float64)).astype(np.int64).astype("datetime64[D]")
        return out
    return values.astype("datetime64[D]")


def _as_numbers(values: np.ndarray) -> np.ndarray:
    """Integers that may be missing → float64 with NaN (the table's and the sort's common type)."""
    out = np.full(len(values), np.nan)
    present = values != None  # noqa: E711 — elementwise on an object array
    out[present] = values[present].astype(np.float64)
    return out


class _Codes:
    """A column factorised once, so several lookups (label, pangkat, rank…) consult each dict once per
    distinct value instead of once per row."""

    def __init__(self, values: np.ndarray) -> None:
        if len(values):
            self.codes, self.uniques = pd.factorize(values, use_na_sentinel=True)
        else:
            self.codes, self.uniques = np.empty(0, dtype=np.intp), []

    def map(self, table: dict, default=None, missing=None, dtype=object) -> np.ndarray:
        mapped = np.array([table.get(u, default) for u in self.uniques] + [missing], dtype=dtype)
        return mapped[self.codes]  # code -1 (missing) picks the trailing entry


def _lookup(values: np.ndarray, table: dict) -> np.ndarray:
    return _Codes(values).map(table)


def _rank(codes: _Codes, order: Sequence[str]) -> np.ndarray:
    table = {value: float(i) for i, value in enumerate(order)}
    return codes.map(table, default=float(len(order)), missing=np.nan, dtype=np.float64)


def _unit_tables(session: Session) -> tuple[dict[int, str], dict[int, str | None], dict[int, int]]:
    """Unit names and codes by id, and each unit's top-level OPD (the first id of its path)."""
    units = session.execute(select(Unit.id, Unit.nama, Unit.kode, Unit.path)).all()
    names = {u.id: u.nama for u in units}
    codes = {u.id: u.kode for u in units}
    induk = {}
    for u in units:
        first = (u.path or "").strip("/").split("/")[0]
        induk[u.id] = int(first) if first.isdigit() and int(first) in names else u.id
    return names, codes, induk


# Raw person fields each derived column is computed from (the rest are read as they are).
_DERIVED_FROM = {
    "nama_lengkap": ("nama", "gelar_depan", "gelar_belakang"),
    "search_name": ("nama",),
    "golongan": ("golongan_id",),
    "pangkat": ("golongan_id",),
    "golongan_rank": ("golongan_id",),
    "eselon": ("eselon_id",),
    "eselon_rank": ("eselon_id",),
    "jenjang_rank": ("jenjang",),
    "pendidikan_rank": ("pendidikan",),
    "unit": ("unit_id",),
    "unit_kode": ("unit_id",),
    "unit_induk": ("unit_id",),
    "unit_induk_kode": ("unit_id",),
    "usia": ("tanggal_lahir",),
    "tmt_pensiun": ("tanggal_lahir", "bup"),
}


def personnel_frame(
    session: Session, *, today: date | None = None, columns: Collection[str] | None = None
) -> pd.DataFrame:
    """Every person, one row each (in id order), with the PERSONNEL_COLUMNS keys plus HELPER_COLUMNS.

    Personnel come from one query over the person table; unit names, codes and the unit induk (the
    top-level OPD, read from the unit's materialised path) are attached through the small unit table,
    by id, instead of once per person. Dates are datetime64 (NaT when missing); whole numbers
    that may be missing are float with NaN; text is object (None when missing). ``search_name`` is the
    name without gelar, folded by :func:`fold_text`.

    Dates are ``datetime64[s]`` at midnight (pandas has no day resolution).
    """
    today = today or date.today()
    dialect = session.get_bind().dialect.name
    wanted = None
    if columns is not None:  # read only the fields the asked-for columns need (the nine-box asks for few)
        wanted = {"id", *columns, *(f for c in columns for f in _DERIVED_FROM.get(c, ()))}
    stmt = select(
        *(
            (_date_column(column, dialect) if key in _DATE_FIELDS else column).label(key)
            for key, column in _PERSON_FIELDS
            if wanted is None or key in wanted
        )
    )
    raw = _fetch_columns(session, stmt)
    n = len(raw["id"])
    fetched = set(raw)
    data: dict[str, np.ndarray] = {}
    data["id"] = raw["id"].astype(np.int64)
    for key, _ in _PERSON_FIELDS[1:]:
        if key not in fetched:  # not asked for: an empty column of the right type
            if key in _DATE_FIELDS:
                data[key] = np.full(n, np.datetime64("NaT"), dtype="datetime64[D]")
            elif key in _INT_FIELDS:
                data[key] = np.full(n, np.nan)
            else:
                data[key] = np.full(n, None, dtype=object)
            continue
        values = raw[key]
        if key in _DATE_FIELDS:
            values = _as_dates(values)
        elif key in _INT_FIELDS:
            values = _as_numbers(values)
        data[key] = values

    # Name with gelar, as it is written on letters: "Dr. Siti Aminah, M.Si."
    depan, belakang, nama = data["gelar_depan"], data["gelar_belakang"], data["nama"]
    has_depan = (depan != None) & (depan != "")  # noqa: E711
    has_belakang = (belakang != None) & (belakang != "")  # noqa: E711
    full = nama.copy()
    if n:
        full[has_depan] = depan[has_depan] + " " + full[has_depan]
        full[has_belakang] = full[has_belakang] + ", " + belakang[has_belakang]
    data["nama_lengkap"] = full

    golongan = _Codes(data["golongan_id"])
    known = {g.code: g for g in ALL_PNS + ALL_PPPK}
    data["golongan"] = golongan.map({c: g.label for c, g in known.items()})
    data["pangkat"] = golongan.map({c: g.pangkat for c, g in known.items()})
    golongan_rank = {g.code: float(g.rank) for g in ALL_PNS}
    golongan_rank |= {g.code: 100.0 + g.rank for g in ALL_PPPK}  # PPPK after PNS: ranks do not compare
    data["golongan_rank"] = golongan.map(golongan_rank, default=np.nan, missing=np.nan, dtype=np.float64)

    eselon = _Codes(data["eselon_id"])
    data["eselon"] = eselon.map(ESELON_LABELS)
    data["eselon_rank"] = eselon.map(
        {c: float(c) for c in ESELON_LABELS}, default=99.0, missing=np.nan, dtype=np.float64
    )
    data["jenis_jabatan"] = _lookup(data["jenis_jabatan"], JENIS_JABATAN_LABELS)
    data["jenjang_rank"] = _rank(_Codes(data["jenjang"]), JENJANG_ORDER)
    data["pendidikan_rank"] = _rank(_Codes(data["pendidikan"]), PENDIDIKAN_ORDER)

    names, codes, induk = _unit_tables(session)
    units = _Codes(data["unit_id"])
    data["unit"] = units.map(names)
    data["unit_kode"] = units.map(codes)
    induk_units = _Codes(units.map(induk))
    data["unit_induk"] = induk_units.map(names)
    data["unit_induk_kode"] = induk_units.map(codes)
    data["unit_id"] = units.map(
        {u: float(u) for u in names}, default=np.nan, missing=np.nan, dtype=np.float64
    )

    born = data["tanggal_lahir"]
    data["usia"] = _ages(born, today)
    data["tmt_pensiun"] = _retirement_dates(born, data["bup"])

    data["search_name"] = fold_column(nama)

    out = {}
    for key in (*HELPER_COLUMNS, *(c for c in COLUMNS_BY_KEY if c not in HELPER_COLUMNS)):
        if columns is not None and key not in columns and key not in HELPER_COLUMNS:
            continue
        values = data[key]
        if values.dtype.kind == "M":
            values = values.astype("datetime64[s]")  # pandas has no day resolution
        out[key] = pd.Series(values, dtype=values.dtype, copy=False)
    return pd.DataFrame(out, copy=False)


def _ymd(days: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    years = days.astype("datetime64[Y]")
    months = days.astype("datetime64[M]")
    y = years.astype(np.int64) + 1970
    m = (months - years).astype(np.int64) + 1
    d = (days - months).astype(np.int64) + 1
    return y, m, d


def _ages(born: np.ndarray, today: date) -> np.ndarray:
    """Whole years of age on ``today`` (domain.dates.age_on, over a column)."""
    out = np.full(len(born), np.nan)
    present = ~np.isnat(born)
    y, m, d = _ymd(born[present])
    before_birthday = (today.month < m) | ((today.month == m) & (today.day < d))
    out[present] = today.year - y - before_birthday
    return out


def _retirement_dates(born: np.ndarray, bup: np.ndarray) -> np.ndarray:
    """domain.dates.retirement_date over a column: the first of the month after the BUP birthday."""
    out = np.full(len(born), np.datetime64("NaT"), dtype="datetime64[D]")
    present = ~np.isnat(born) & ~np.isnan(bup)
    y, m, _ = _ymd(born[present])
    months = (y + bup[present].astype(np.int64) - 1970) * 12 + m  # month index after the birthday month
    out[present] = months.astype("datetime64[M]").astype("datetime64[D]")
    return out


# --------------------------------------------------------------------------------------------------
# Search
# --------------------------------------------------------------------------------------------------

_NIP_SEPARATORS = re.compile(r"[\s.\-_/]+")


def is_nip_query(text: str) -> bool:
    """True when the text is mostly digits ("19680411 199303 1 009", "1968-04"): a NIP search."""
    compact = _NIP_SEPARATORS.sub("", text)
    digits = sum(ch.isdigit() for ch in compact)
    return digits > 0 and digits >= 0.8 * len(compact)


def search_mask(frame: pd.DataFrame, text: str) -> np.ndarray:
    """Which rows of ``frame`` match what the user typed (a boolean array, one entry per row).

    * Mostly digits (spaces, dots and dashes allowed): the digits must occur in the NIP, anywhere —
      "199303 1" finds every NIP containing "1993031".
    * Otherwise every word must occur in the name without gelar, in any order, as a substring, compared
      after :func:`fold_text` (case, accents and apostrophes ignored): "aminah siti" and "sit amin" both
      find "Dr. Siti Aminah, M.Si.". Substrings rather than prefixes, because Indonesian names are often
      one word ("Nuraminah") or spelled in parts ("Nur Aminah"), and a user types the part they remember.
      A word of digits may also match the NIP ("siti 1985").
    * Empty text matches everyone.

    Vectorised: each word is one pandas ``str.contains`` over the rows still in the running.
    """
    n = len(frame)
    if not text or not text.strip():
        return np.ones(n, dtype=bool)
    if is_nip_query(text):
        digits = "".join(ch for ch in text if ch.isdigit())
        return frame["nip"].str.contains(digits, regex=False, na=False).to_numpy(dtype=bool)
    words = fold_text(text).split()
    if not words:
        return np.ones(n, dtype=bool)
    names = frame["search_name"]
    nips = frame["nip"]
    candidates = np.arange(n)
    # Longest word first: it usually removes the most rows, so later words scan fewer.
    for word in sorted(words, key=len, reverse=True):
        if len(candidates) == 0:
            break
        hit = names.iloc[candidates].str.contains(word, regex=False, na=False).to_numpy(dtype=bool)
        if word.isdigit():
            hit = hit | nips.iloc[candidates].str.contains(word, regex=False, na=False).to_numpy(dtype=bool)
        candidates = candidates[hit]
    mask = np.zeros(n, dtype=bool)
    mask[candidates] = True
    return mask


# --------------------------------------------------------------------------------------------------
# Profile
# --------------------------------------------------------------------------------------------------


def can_view_hukdis(actor: Actor) -> bool:
    """Whether this actor may see hukuman disiplin (sensitive data, DOMAIN §10): the permission matrix
    lets administrators and operators of the BKPSDM; the committee and read-only users may not."""
    return can(actor, Permission.SENSITIVE_DATA)


@dataclass(frozen=True)
class Identity:
    nip: str
    nip_formatted: str
    nip_lama: str | None
    nama: str
    gelar_depan: str | None
    gelar_belakang: str | None
    nama_lengkap: str
    tempat_lahir: str | None
    tanggal_lahir: date
    usia: int
    jenis_kelamin: str  # "Laki-laki" / "Perempuan"
    jenis_pegawai: str
    kedudukan: str | None
    email: str | None
    no_hp: str | None
    pendidikan: str | None  # tingkat
    pendidikan_nama: str | None
    tahun_lulus: int | None
    tmt_cpns: date | None
    tmt_pns: date | None
    masa_kerja: tuple[int, int] | None  # (years, months)
    bup: int | None
    tmt_pensiun: date | None


@dataclass(frozen=True)
class Position:
    jabatan: str | None
    jenis_jabatan: str | None  # label
    jenjang: str | None
    eselon: str | None  # label "II.b"
    tmt_jabatan: date | None
    unit: str | None
    unit_induk: str | None
    golongan: str | None  # label "III/c" / "IX"
    pangkat: str | None
    tmt_golongan: date | None


@dataclass(frozen=True)
class JabatanEntry:
    tmt: date
    jabatan: str
    jenis_jabatan: str | None
    jenjang: str | None
    eselon: str | None
    unit: str | None
    nomor_sk: str | None


@dataclass(frozen=True)
class GolonganEntry:
    tmt: date
    golongan: str
    pangkat: str | None
    nomor_sk: str | None


@dataclass(frozen=True)
class PendidikanEntry:
    tingkat: str
    nama: str | None
    tahun_lulus: int | None


@dataclass(frozen=True)
class SkpEntry:
    tahun: int
    hasil_kerja: str  # "Di Atas Ekspektasi" …
    perilaku_kerja: str
    predikat: str
    nilai: float | None


@dataclass(frozen=True)
class AssessmentEntry:
    tanggal: date
    jenis: str
    lembaga: str | None
    jpm: float | None
    nilai_manajerial: float | None
    nilai_sosial_kultural: float | None
    nilai_teknis: float | None
    nilai_potensi: float | None
    kategori: str | None


@dataclass(frozen=True)
class DiklatEntry:
    tanggal_mulai: date
    tanggal_selesai: date | None
    nama: str
    jenis: str
    penyelenggara: str | None
    jp: int


@dataclass(frozen=True)
class JpYear:
    """Competence development in one year against the 20 JP minimum."""

    tahun: int
    jp: int
    meets_minimum: bool


@dataclass(frozen=True)
class PenghargaanEntry:
    tanggal: date
    nama: str
    tingkat: str | None


@dataclass(frozen=True)
class HukdisEntry:
    tmt: date
    tanggal_akhir: date | None
    tingkat: str
    jenis: str
    keterangan: str | None


@dataclass(frozen=True)
class PersonProfile:
    id: int
    identity: Identity
    position: Position
    jabatan_history: list[JabatanEntry]  # newest first
    golongan_history: list[GolonganEntry]  # newest first
    pendidikan: list[PendidikanEntry]  # highest / latest first
    skp: list[SkpEntry]  # newest year first
    assessments: list[AssessmentEntry]  # newest first
    diklat: list[DiklatEntry]  # newest first
    jp_per_year: list[JpYear]  # newest year first; years between the first and last training included
    penghargaan: list[PenghargaanEntry]  # newest first
    hukdis_visible: bool
    hukdis: list[HukdisEntry] = field(default_factory=list)  # empty when not visible

    @property
    def jp_minimum(self) -> int:
        return MIN_JP_PER_YEAR


class PersonNotFound(LookupError):
    """No person with that id (deleted meanwhile, or a stale selection)."""


def _num(value: Decimal | float | None) -> float | None:
    return None if value is None else float(value)


def _golongan_label(code: str | None) -> tuple[str | None, str | None]:
    if not code:
        return None, None
    try:
        g = golongan_by_code(code)
    except RuleError:
        return code, None  # an unknown code is shown as stored rather than hidden
    return g.label, g.pangkat


def _rating(level: int) -> str:
    try:
        return RATING_LABELS[Level(level)]
    except ValueError:
        return str(level)


def jp_per_year(entries: Iterable[tuple[int, int]]) -> list[JpYear]:
    """JP totals per year from (year, jp) pairs, newest first, with the years in between at 0 JP."""
    totals: dict[int, int] = {}
    for year, jp in entries:
        totals[year] = totals.get(year, 0) + int(jp or 0)
    if not totals:
        return []
    years = range(max(totals), min(totals) - 1, -1)
    return [JpYear(y, totals.get(y, 0), totals.get(y, 0) >= MIN_JP_PER_YEAR) for y in years]


def person_profile(
    session: Session, person_id: int, actor: Actor, *, today: date | None = None
) -> PersonProfile:
    """Everything the profile panel shows about one person, as plain data.

    Disciplinary records are read only when :func:`can_view_hukdis` allows it, so they never reach a
    screen (or a memory dump) of someone who may not see them.
    """
    today = today or date.today()
    p = session.get(Person, person_id)
    if p is None:
        raise PersonNotFound(f"Pegawai dengan id {person_id} tidak ditemukan.")
    unit_names, _, induk = _unit_tables(session)
    golongan, pangkat = _golongan_label(p.golongan)
    nama_lengkap = p.nama
    if p.gelar_depan:
        nama_lengkap = f"{p.gelar_depan} {nama_lengkap}"
    if p.gelar_belakang:
        nama_lengkap = f"{nama_lengkap}, {p.gelar_belakang}"
    try:
        nip_formatted = format_nip(p.nip)
    except RuleError:
        nip_formatted = p.nip
    identity = Identity(
        nip=p.nip,
        nip_formatted=nip_formatted,
        nip_lama=p.nip_lama,
        nama=p.nama,
        gelar_depan=p.gelar_depan,
        gelar_belakang=p.gelar_belakang,
        nama_lengkap=nama_lengkap,
        tempat_lahir=p.tempat_lahir,
        tanggal_lahir=p.tanggal_lahir,
        usia=age_on(p.tanggal_lahir, today),
        jenis_kelamin=JENIS_KELAMIN_LABELS.get(p.jenis_kelamin, p.jenis_kelamin),
        jenis_pegawai=p.jenis_pegawai,
        kedudukan=p.kedudukan,
        email=p.email,
        no_hp=p.no_hp,
        pendidikan=p.tingkat_pendidikan,
        pendidikan_nama=p.pendidikan_nama,
        tahun_lulus=p.tahun_lulus,
        tmt_cpns=p.tmt_cpns,
        tmt_pns=p.tmt_pns,
        masa_kerja=(p.mk_tahun, p.mk_bulan or 0) if p.mk_tahun is not None else None,
        bup=p.bup,
        tmt_pensiun=retirement_date(p.tanggal_lahir, p.bup) if p.bup else None,
    )
    position = Position(
        jabatan=p.jabatan_nama,
        jenis_jabatan=JENIS_JABATAN_LABELS.get(p.jenis_jabatan or "", p.jenis_jabatan),
        jenjang=p.jenjang_jabatan,
        eselon=ESELON_LABELS.get(p.eselon or "", p.eselon),
        tmt_jabatan=p.tmt_jabatan,
        unit=unit_names.get(p.unit_id) if p.unit_id is not None else None,
        unit_induk=unit_names.get(induk.get(p.unit_id)) if p.unit_id is not None else None,
        golongan=golongan,
        pangkat=pangkat,
        tmt_golongan=p.tmt_golongan,
    )

    def rows(model, *order):
        return session.execute(select(model).where(model.person_id == person_id).order_by(*order)).scalars()

    jabatan = [
        JabatanEntry(
            tmt=r.tmt,
            jabatan=r.jabatan_nama,
            jenis_jabatan=JENIS_JABATAN_LABELS.get(r.jenis_jabatan or "", r.jenis_jabatan),
            jenjang=r.jenjang_jabatan,
            eselon=ESELON_LABELS.get(r.eselon or "", r.eselon),
            unit=r.unit_nama,
            nomor_sk=r.nomor_sk,
        )
        for r in rows(JabatanHistory, JabatanHistory.tmt.desc(), JabatanHistory.id.desc())
    ]
    golongan_rows = []
    for r in rows(GolonganHistory, GolonganHistory.tmt.desc(), GolonganHistory.id.desc()):
        label, name = _golongan_label(r.golongan)
        golongan_rows.append(
            GolonganEntry(tmt=r.tmt, golongan=label or "", pangkat=name, nomor_sk=r.nomor_sk)
        )
    pendidikan = [
        PendidikanEntry(tingkat=r.tingkat, nama=r.nama, tahun_lulus=r.tahun_lulus)
        for r in rows(PendidikanHistory, PendidikanHistory.tahun_lulus.desc(), PendidikanHistory.id.desc())
    ]
    skp = [
        SkpEntry(
            tahun=r.tahun,
            hasil_kerja=_rating(r.hasil_kerja),
            perilaku_kerja=_rating(r.perilaku_kerja),
            predikat=r.predikat,
            nilai=_num(r.nilai),
        )
        for r in rows(Skp, Skp.tahun.desc())
    ]
    assessments = [
        AssessmentEntry(
            tanggal=r.tanggal,
            jenis=r.jenis,
            lembaga=r.lembaga,
            jpm=_num(r.jpm),
            nilai_manajerial=_num(r.nilai_manajerial),
            nilai_sosial_kultural=_num(r.nilai_sosial_kultural),
            nilai_teknis=_num(r.nilai_teknis),
            nilai_potensi=_num(r.nilai_potensi),
            kategori=r.kategori,
        )
        for r in rows(Assessment, Assessment.tanggal.desc(), Assessment.id.desc())
    ]
    diklat = [
        DiklatEntry(
            tanggal_mulai=r.tanggal_mulai,
            tanggal_selesai=r.tanggal_selesai,
            nama=r.nama,
            jenis=r.jenis,
            penyelenggara=r.penyelenggara,
            jp=r.jp,
        )
        for r in rows(DiklatHistory, DiklatHistory.tanggal_mulai.desc(), DiklatHistory.id.desc())
    ]
    penghargaan = [
        PenghargaanEntry(tanggal=r.tanggal, nama=r.nama, tingkat=r.tingkat)
        for r in rows(PenghargaanHistory, PenghargaanHistory.tanggal.desc(), PenghargaanHistory.id.desc())
    ]
    visible = can_view_hukdis(actor)
    hukdis = []
    if visible:
        hukdis = [
            HukdisEntry(
                tmt=r.tmt,
                tanggal_akhir=r.tanggal_akhir,
                tingkat=r.tingkat,
                jenis=r.jenis,
                keterangan=r.keterangan,
            )
            for r in rows(HukdisHistory, HukdisHistory.tmt.desc(), HukdisHistory.id.desc())
        ]
    return PersonProfile(
        id=p.id,
        identity=identity,
        position=position,
        jabatan_history=jabatan,
        golongan_history=golongan_rows,
        pendidikan=pendidikan,
        skp=skp,
        assessments=assessments,
        diklat=diklat,
        jp_per_year=jp_per_year((d.tanggal_mulai.year, d.jp) for d in diklat),
        penghargaan=penghargaan,
        hukdis_visible=visible,
        hukdis=hukdis,
    )


# --------------------------------------------------------------------------------------------------
# Export
# --------------------------------------------------------------------------------------------------

EXPORT_FORMATS = (".xlsx", ".csv")
DATE_FORMAT_EXCEL = "dd-mm-yyyy"
DATE_FORMAT_TEXT = "%d-%m-%Y"  # as SIASN writes dates (DOMAIN §9)
_WIDTHS = {"code": 21, "date": 12, "int": 8}
_MAX_WIDTH = 48
_PROGRESS_EVERY = 1000  # rows between progress reports (and cancel checks)

Progress = Callable[[int, int], None]  # (rows written, rows in total)


class ExportError(MessageError):
    """The export cannot be written as asked; the message is for the user (Indonesian)."""


class ExportCancelled(ExportError):
    """The user cancelled: no file was written and nothing was recorded."""


def _export_columns(columns: Sequence[str] | None) -> list[PersonnelColumn]:
    keys = SIASN_EXPORT_COLUMNS if columns is None else tuple(columns)
    unknown = [k for k in keys if k not in COLUMNS_BY_KEY]
    if unknown:
        raise ExportError(
            QT_TRANSLATE_NOOP("services.personnel", "Kolom tidak dikenal untuk ekspor: {columns}."),
            columns=", ".join(unknown),
        )
    if not keys:
        raise ExportError(
            QT_TRANSLATE_NOOP("services.personnel", "Pilih setidaknya satu kolom untuk diekspor.")
        )
    return [COLUMNS_BY_KEY[k] for k in dict.fromkeys(keys)]


def _cell_values(frame: pd.DataFrame, column: PersonnelColumn) -> list:
    """One column as Python values for a writer: str, int, date or None (never a float NIP)."""
    values = frame[column.key].to_numpy()
    if column.kind == "date":
        out = values.astype("datetime64[D]").astype(object)  # date objects, None for NaT
        return [v if isinstance(v, date) else None for v in out]
    if column.kind == "int":
        return [None if v != v else int(v) for v in values.tolist()]  # NaN != NaN
    return [None if v is None or (isinstance(v, float) and v != v) else str(v) for v in values.tolist()]


class _Ticker:
    """Reports progress and checks for a cancel every _PROGRESS_EVERY rows."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
        self.total, self.progress, self.cancelled = total, progress, cancelled

    def __call__(self, done: int) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled(
                QT_TRANSLATE_NOOP("services.personnel", "Ekspor dibatalkan; tidak ada berkas yang ditulis.")
            )
        if self.progress is not None:
            self.progress(done, self.total)


def _write_xlsx(target: Path, columns: list[PersonnelColumn], data: list[list], tick: _Ticker) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    n = len(data[0]) if data else 0
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Pegawai")
    for i, (column, values) in enumerate(zip(columns, data, strict=True), start=1):
        longest = max((len(str(v)) for v in values[:2000] if v is not None), default=0)
        width = max(len(column.field) + 4, _WIDTHS.get(column.kind, min(longest + 2, _MAX_WIDTH)))
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{n + 1}"

    bold = Font(name="Calibri", bold=True)  # unnamed, LibreOffice falls back to a serif face
    fill = PatternFill("solid", fgColor="DCE6F2")
    header = []
    for column in columns:
        cell = WriteOnlyCell(ws, value=column.field)
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(vertical="center")
        header.append(cell)
    ws.append(header)

    def styled(value, number_format: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = number_format
        return cell

    # Codes are strings and so text cells anyway; the "@" (Text) format keeps them text when edited.
    formats = {"date": DATE_FORMAT_EXCEL, "code": "@"}
    kinds = [formats.get(c.kind) for c in columns]
    try:
        for done, row in enumerate(zip(*data, strict=True)):
            if done % _PROGRESS_EVERY == 0:
                tick(done)
            ws.append(
                [
                    styled(v, fmt) if fmt is not None and v is not None else v
                    for v, fmt in zip(row, kinds, strict=True)
                ]
            )
        tick(n)
    except BaseException:
        # Close the half-written sheet and remove openpyxl's own temporary file.
        with contextlib.suppress(Exception):
            ws.close()
            ws._writer.cleanup()
        raise
    wb.save(target)


def _write_csv(target: Path, columns: list[PersonnelColumn], data: list[list], tick: _Ticker) -> None:
    # utf-8-sig: the byte-order mark makes Excel read the names' accents correctly. Text is quoted
    # (QUOTE_NONNUMERIC), numbers are not, so a reader that honours quoting keeps the NIP as text.
    # Excel itself still turns an 18-digit NIP in a CSV into a rounded number when the file is opened
    # by double-click: the .xlsx export is the one for people, the CSV is for other programs.
    n = len(data[0]) if data else 0
    with target.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, quoting=csv.QUOTE_NONNUMERIC)
        writer.writerow([c.field for c in columns])
        for done, row in enumerate(zip(*data, strict=True)):
            if done % _PROGRESS_EVERY == 0:
                tick(done)
            writer.writerow(
                ["" if v is None else v.strftime(DATE_FORMAT_TEXT) if isinstance(v, date) else v for v in row]
            )
        tick(n)


def export_personnel(
    session: Session,
    actor: Actor,
    path: str | Path,
    *,
    person_ids: Sequence[int] | None = None,
    columns: Sequence[str] | None = None,
    frame: pd.DataFrame | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write personnel to ``path`` (.xlsx or .csv) and return how many rows were written.

    ``person_ids``: these people in this order (the table's visible rows); None for everyone. ``columns``:
    PERSONNEL_COLUMNS keys in this order; None for the SIASN master (every column that has a SIASN name).
    Headers are the columns' ``field`` names: SIASN spelling (DOMAIN §9) wherever SIASN has the field.
    ``frame``: an already loaded personnel_frame, to skip loading it again. ``progress(done, total)`` is
    called every thousand rows; ``cancelled()`` is asked as often and stops the export (ExportCancelled).

    The file appears whole or not at all: it is written to a temporary file in the target folder and
    renamed over the target at the end. The export is recorded in the audit log (who, file, rows,
    columns) in the caller's transaction: the agency must be able to say what personal data left the
    office (DOMAIN §10).
    """
    require(actor, Permission.REPORT)  # before anything is written (the log would refuse it only at the end)
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in EXPORT_FORMATS:
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "services.personnel", "Format berkas '{suffix}' tidak didukung; pilih .xlsx atau .csv."
            ),
            suffix=target.suffix or target.name,
        )
    if not target.parent.is_dir():
        raise ExportError(
            QT_TRANSLATE_NOOP("services.personnel", "Folder {parent} tidak ada."), parent=target.parent
        )
    chosen = _export_columns(columns)
    if frame is None:
        frame = personnel_frame(session)
    if person_ids is not None:
        positions = pd.Index(frame["id"]).get_indexer(list(person_ids))
        frame = frame.iloc[positions[positions >= 0]]
    n = len(frame)
    tick = _Ticker(n, progress, cancelled)
    tick(0)
    data = [_cell_values(frame, c) for c in chosen]

    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        if suffix == ".xlsx":
            _write_xlsx(tmp, chosen, data, tick)
        else:
            _write_csv(tmp, chosen, data, tick)
        record_export(
            session,
            actor,
            "personnel",
            target,
            rows=n,
            format=suffix.lstrip("."),
            columns=[c.field for c in chosen],
            selection="all" if person_ids is None else "chosen",
        )
        os.replace(tmp, target)
    except PermissionError as exc:
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "services.personnel",
                "Berkas {name} tidak dapat ditulis (mungkin sedang dibuka di program lain): {strerror}.",
            ),
            name=target.name,
            strerror=exc.strerror,
        ) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    return n


def visible_column_keys(keys: Collection[str] | None) -> list[str]:
    """Known column keys from a remembered choice, in PERSONNEL_COLUMNS order; the default when empty."""
    chosen = [c.key for c in PERSONNEL_COLUMNS if keys and c.key in keys]
    return chosen or list(DEFAULT_VISIBLE_COLUMNS)
