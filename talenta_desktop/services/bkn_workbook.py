"""The BKN exchange workbook (DESIGN §4 ``talenta export bkn``): one period's talent results, per person,
in SIASN's own column names, for the Kantor Regional and for SIMATA-style uploads.

BKN has published no column list for talent results (DOMAIN §9), so this module *is* the definition:
:data:`BKN_COLUMNS` fixes the order, spelling and cell kind of every column, and the "Metadata" sheet of
each workbook says how it was made and carries a SHA-256 of the data rows. The same module reads a
workbook back (:func:`read_bkn_workbook`) and checks it (:func:`verify_bkn_workbook`): a receiving office
can tell whether a cell was changed after the export, and our own importer reads the file without loss.

Nothing is recomputed here. The boxes, scores, holding reasons and calibrations come from the talent map
(:func:`talent_map`), identity columns from :func:`personnel_frame`, JPM from the assessment the scoring
itself counts, successors from the succession tables, and the berita acara from final committee meetings.

Personal data (DOMAIN §10): religion, e-mail and phone number are never written (``NEVER_EXPORTED``);
birth data and calibration reasons are :data:`SENSITIVE_COLUMNS`, left out on request; every export is
recorded in the export log in the caller's transaction.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import secrets
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import numpy as np
import pandas as pd
from sqlalchemy import case, select
from sqlalchemy.orm import Session

import talenta_desktop
from talenta_desktop.domain.dates import add_years
from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP, MessageError
from talenta_desktop.domain.ninebox import (
    KINERJA_LABELS,
    POTENSIAL_LABELS,
    REKOMENDASI,
    TALENT_POOL_BOXES,
    box_levels,
)
from talenta_desktop.models import CriticalPost, Decision, Instansi, Meeting, Successor, Unit

from .actor import Actor
from .bulk import raw_frame
from .export_log import record_export
from .permissions import Permission, require
from .personnel import _PROGRESS_EVERY, ExportCancelled, ExportError, Progress, _Ticker, personnel_frame
from .succession.settings import get_settings
from .talent.periods import PeriodError, get_period
from .talent.talent_map import distribution_by_unit, talent_map

__all__ = [
    "BKN_COLUMNS",
    "BKN_HEADER",
    "DATA_SHEET",
    "METADATA_SHEET",
    "SENSITIVE_COLUMNS",
    "SUMMARY_SHEET",
    "BknColumn",
    "BknExport",
    "BknWorkbook",
    "BknWorkbookError",
    "ExportCancelled",
    "ExportError",
    "bkn_cells",
    "bkn_frame",
    "read_bkn_workbook",
    "rows_sha256",
    "verify_bkn_workbook",
    "write_bkn_workbook",
]

DATA_SHEET = "Data Talenta"  # the first sheet: what `libreoffice --convert-to csv` and most tools read
SUMMARY_SHEET = "Ringkasan"
METADATA_SHEET = "Metadata"

DATE_FORMAT = "dd-mm-yyyy"  # as SIASN writes dates (DOMAIN §9)
NUMBER_FORMATS = {"code": "@", "date": DATE_FORMAT, "number": "0.00"}


# --------------------------------------------------------------------------------------------------
# Columns
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BknColumn:
    """One column of the "Data Talenta" sheet.

    ``kind``: ``text``; ``code`` (identifiers: NIP, ids, codes — text cells with the Text format "@", so a
    spreadsheet never turns them into numbers such as 1.97E+17); ``date`` (real date cells shown
    dd-mm-yyyy); ``int``; ``number`` (two decimals).
    """

    field: str  # the header: SIASN spelling for identity columns, Talenta's for results (DOMAIN §9)
    kind: str = "text"
    sensitive: bool = False
    siasn: bool = True  # a SIASN data-utama field (False: a talent-result field Talenta defines)


def _s(field: str, kind: str = "text", *, sensitive: bool = False) -> BknColumn:
    return BknColumn(field, kind, sensitive, True)


def _t(field: str, kind: str = "text", *, sensitive: bool = False) -> BknColumn:
    return BknColumn(field, kind, sensitive, False)


# SIASN "Data utama" (DOMAIN §9) in its order and spelling, except:
#   * agama, email, noHp — never exported: talent management does not need them (DOMAIN §10,
#     personnel.NEVER_EXPORTED).
# Columns the app does not store as such and derives here (see bkn_frame):
#   * statusPegawai — "PPPK" for PPPK; "PNS" for a PNS with a TMT PNS. A PNS without one is left blank:
#     they may be a CPNS or simply lack the date, and the app cannot tell which.
#   * instansiIndukNama, instansiKerjaNama, instansiKerjaId — the Instansi row of the person's unit (the
#     pemda is both the parent and the working agency of its own staff).
#   * satuanKerjaKerjaNama — the unit induk (the top-level OPD), as SIASN names a satuan kerja.
#   * jenisJabatanId — SIASN's code of the kind of post: 1 struktural, 2 fungsional, 4 pelaksana.
#   * tmtEselon — the TMT jabatan, for someone who holds an eselon (the eselon comes with the post).
#   * tmtPensiun — the first of the month after the BUP birthday (domain.dates.retirement_date).
# Every other data-utama column is stored or honestly derivable, so none is left out for lack of data (a
# column the app could only ever write empty would be left out rather than written blank).
SIASN_COLUMNS: tuple[BknColumn, ...] = (
    _s("nipBaru", "code"),
    _s("nipLama", "code"),
    _s("nama"),
    _s("gelarDepan"),
    _s("gelarBelakang"),
    _s("tempatLahir", sensitive=True),
    _s("tglLahir", "date", sensitive=True),
    _s("jenisKelamin"),
    _s("jenisPegawaiNama"),
    _s("statusPegawai"),
    _s("kedudukanPnsNama"),
    _s("tkPendidikanTerakhir"),
    _s("pendidikanTerakhirNama"),
    _s("tahunLulus", "int"),
    _s("tmtCpns", "date"),
    _s("tmtPns", "date"),
    _s("tmtPensiun", "date"),
    _s("bupPensiun", "int"),
    _s("instansiIndukNama"),
    _s("instansiKerjaId", "code"),
    _s("instansiKerjaNama"),
    _s("satuanKerjaKerjaNama"),
    _s("unorId", "code"),
    _s("unorNama"),
    _s("unorIndukId", "code"),
    _s("unorIndukNama"),
    _s("jenisJabatanId", "code"),
    _s("jenisJabatan"),
    _s("jabatanNama"),
    _s("tmtJabatan", "date"),
    _s("eselon"),
    _s("eselonId", "code"),
    _s("tmtEselon", "date"),
    _s("golRuangAkhirId", "code"),
    _s("golRuangAkhir"),
    _s("pangkatAkhir"),
    _s("tmtGolAkhir", "date"),
    _s("mkTahun", "int"),
    _s("mkBulan", "int"),
)

# The talent-result columns Talenta Desktop defines (DOMAIN §9), in that order and spelling.
TALENT_COLUMNS: tuple[BknColumn, ...] = (
    _t("periodeTalenta", "code"),
    _t("nilaiKinerja", "number"),
    _t("kategoriKinerja"),
    _t("nilaiPotensial", "number"),
    _t("kategoriPotensial"),
    _t("nilaiJpm", "number"),
    _t("kategoriJpm"),
    _t("nilaiTalenta", "number"),
    _t("kotakTalentaHitung", "int"),
    _t("kotakTalenta", "int"),
    _t("alasanKalibrasi", sensitive=True),
    _t("statusKRS"),
    _t("jabatanTarget"),
    _t("kesiapan"),
    _t("rekomendasi"),
    _t("nomorBeritaAcara", "code"),
    _t("tanggalPenetapan", "date"),
    _t("skemaBobot"),
)

BKN_COLUMNS: tuple[BknColumn, ...] = SIASN_COLUMNS + TALENT_COLUMNS
BKN_HEADER: tuple[str, ...] = tuple(c.field for c in BKN_COLUMNS)
COLUMNS_BY_FIELD: dict[str, BknColumn] = {c.field: c for c in BKN_COLUMNS}

# Left out entirely with include_sensitive=False (DOMAIN §10, UU 27/2022: export only what the receiver
# needs). Birth place and date identify a person beyond the NIP and are not talent results; a calibration
# reason is the committee's free-text judgement of one person (performance problems, conduct, sometimes
# health or family circumstances) — evaluation data the law asks to keep to those who decide. The export
# log records for every file whether these columns went out.
SENSITIVE_COLUMNS: tuple[str, ...] = tuple(c.field for c in BKN_COLUMNS if c.sensitive)

# SIASN's jenisJabatanId for the kinds of post personnel_frame labels.
JENIS_JABATAN_ID = {"Struktural": "1", "Fungsional": "2", "Pelaksana": "4"}

KRS_INSTANSI = "KRS Instansi"
# Box 9 is *eligible* for the national KRS (ninebox.NATIONAL_KRS_BOXES) but membership is decided
# nationally, and the app records no such decision: the berita acara lists KRS decisions under their
# basis, "Kelompok Rencana Suksesi Instansi" unless one is typed (services.committee.berita_acara_document),
# and nothing marks a national one. So boxes 7–9 are all "KRS Instansi" here; "KRS Nasional" waits for
# the app to record national membership.
NOT_KRS = "–"
HOLDING_PREFIX = "Belum dapat dipetakan: "

_SEPARATOR = "; "  # several target posts (and their readiness) in one cell
_NO_UNIT = "(tanpa unit kerja)"


def _columns(include_sensitive: bool) -> tuple[BknColumn, ...]:
    return BKN_COLUMNS if include_sensitive else tuple(c for c in BKN_COLUMNS if not c.sensitive)


# --------------------------------------------------------------------------------------------------
# The frame
# --------------------------------------------------------------------------------------------------

_PERSON_KEYS = (
    "nip", "nip_lama", "nama", "gelar_depan", "gelar_belakang", "tempat_lahir", "tanggal_lahir",
    "jenis_kelamin", "jenis_pegawai", "kedudukan", "pendidikan", "pendidikan_nama", "tahun_lulus", "tmt_cpns",
    "tmt_pns", "tmt_pensiun", "bup", "unit", "unit_kode", "unit_induk", "unit_induk_kode", "jenis_jabatan",
    "jabatan", "tmt_jabatan", "eselon", "eselon_id", "golongan_id", "golongan", "pangkat", "tmt_golongan",
    "mk_tahun", "mk_bulan",
)  # fmt: skip
_MAP_KEYS = (
    "person_id", "nilai_kinerja", "nilai_potensial", "nilai_talenta", "holding_reason", "calibration_reason",
    "meeting_id", "computed_box", "box", "calibrated",
)  # fmt: skip


def _texts(values) -> np.ndarray:
    """Object array of str/None from any column (NaN, NA and None become None)."""
    array = np.asarray(values, dtype=object)
    out = array.copy()
    out[pd.isna(array)] = None
    return out


def _ints(values) -> pd.Series:
    return pd.Series(pd.to_numeric(pd.Series(values), errors="coerce").round(), dtype="Float64").astype(
        "Int64"
    )


def _instansi_of_units(session: Session) -> tuple[dict[int, tuple[str, str | None]], tuple[str, str | None]]:
    """(unit id → (instansi name, kode), the database's instansi for people without a unit)."""
    rows = session.execute(
        select(Unit.id, Instansi.nama, Instansi.kode).join(Instansi, Instansi.id == Unit.instansi_id)
    ).all()
    first = session.execute(select(Instansi.nama, Instansi.kode).order_by(Instansi.id).limit(1)).first()
    return {r.id: (r.nama, r.kode) for r in rows}, (tuple(first) if first else (None, None))


def _valid_jpm(session: Session, reference: date, valid_years: int) -> pd.DataFrame:
    """Per person (index person_id): jpm and kategori of the JPM the period's scoring counts.

    The rule of services/talent/inputs.load_inputs: assessments dated after reference − validity years and
    on or before the reference date, the latest (by date, then id) — and, since load_inputs takes the last
    *non-empty* JPM, the latest assessment that has one. Its kategori travels with it.
    """
    frame = raw_frame(
        session,
        "SELECT person_id, jpm, kategori FROM assessment WHERE tanggal > ? AND tanggal <= ?"
        " AND jpm IS NOT NULL ORDER BY person_id, tanggal, id",
        (add_years(reference, -valid_years).isoformat(), reference.isoformat()),
        ["person_id", "jpm", "kategori"],
    )
    return frame.groupby("person_id").tail(1).set_index("person_id")


def _successors(session: Session, period_id: int) -> pd.DataFrame:
    """Per person (index person_id): the posts they are named successor for this period (not cancelled, on
    active posts — the list the Suksesi page shows), confirmed ones first, and the readiness of each."""
    settings = get_settings(session)
    rows = session.execute(
        select(Successor.person_id, CriticalPost.jabatan_nama, Successor.readiness)
        .join(CriticalPost, CriticalPost.id == Successor.post_id)
        .where(Successor.period_id == period_id, Successor.status != "batal", CriticalPost.active)
        .order_by(Successor.person_id, case((Successor.status == "ditetapkan", 0), else_=1), Successor.id)
    ).all()
    posts: dict[int, list[str]] = {}
    readiness: dict[int, list[str]] = {}
    for person_id, jabatan, code in rows:
        level = settings.readiness_of(code)
        posts.setdefault(person_id, []).append(jabatan)
        readiness.setdefault(person_id, []).append(level.label if level else code)
    return pd.DataFrame(
        {
            "jabatan_target": {p: _SEPARATOR.join(v) for p, v in posts.items()},
            "kesiapan": {p: _SEPARATOR.join(v) for p, v in readiness.items()},
        },
        dtype=object,
    )


def _final_meetings(session: Session, period_id: int) -> dict[int, tuple[str, date, int]]:
    """Final meetings of the period: id → (berita acara number, held on, id)."""
    rows = session.execute(
        select(Meeting.id, Meeting.number, Meeting.held_on).where(
            Meeting.period_id == period_id, Meeting.status == "final"
        )
    ).all()
    return {r.id: (r.number, r.held_on, r.id) for r in rows}


def _deciding_meetings(
    session: Session, finals: dict[int, tuple[str, date, int]], frame: pd.DataFrame
) -> tuple[np.ndarray, np.ndarray]:
    """(berita acara number, date) per row of ``frame``: the final meeting that set the person's current
    box — the latest calibration's meeting when that meeting is final — else the latest final meeting of
    the period with a decision naming the person (a KRS membership, a successor, an IDP…), else blank.

    A meeting that is not final has decided nothing yet (its decisions may still change), so it is never
    named. A blanket decision without a person ("the uncalibrated boxes stand as computed") names nobody
    and so cannot be attributed to anyone here."""
    latest_decision: dict[int, tuple[str, date, int]] = {}
    if finals:
        rows = session.execute(
            select(Decision.person_id, Decision.meeting_id).where(
                Decision.meeting_id.in_(list(finals)), Decision.person_id.is_not(None)
            )
        ).all()
        for person_id, meeting_id in rows:
            meeting = finals[meeting_id]
            known = latest_decision.get(person_id)
            if known is None or (meeting[1], meeting[2]) > (known[1], known[2]):
                latest_decision[person_id] = meeting
    numbers = np.full(len(frame), None, dtype=object)
    days = np.full(len(frame), None, dtype=object)
    placed = frame["box"].notna().to_numpy()
    for i, (person_id, meeting_id) in enumerate(
        zip(frame["person_id"].tolist(), frame["meeting_id"].tolist(), strict=True)
    ):
        meeting = None
        if placed[i] and meeting_id is not None and meeting_id == meeting_id:  # not NaN
            meeting = finals.get(int(meeting_id))
        if meeting is None:
            meeting = latest_decision.get(person_id)
        if meeting is not None:
            numbers[i], days[i] = meeting[0], meeting[1]
    return numbers, days


def _period_or_error(session: Session, period_label: str):
    try:
        period = get_period(session, period_label)
    except PeriodError as exc:
        raise ExportError(
            QT_TRANSLATE_NOOP("services.bkn_workbook", "Lembar kerja BKN tidak dapat dibuat: {exc}"), exc=exc
        ) from exc
    if period.last_run_id is None:
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "services.bkn_workbook",
                "Periode {label} belum pernah dipetakan; jalankan pemetaan periode ini terlebih dahulu "
                "sebelum membuat lembar kerja BKN.",
            ),
            label=period.label,
        )
    return period


def bkn_frame(session: Session, period_label: str, *, include_sensitive: bool = True) -> pd.DataFrame:
    """One row per person of the period's latest mapping run (placed and in the holding area), ordered by
    unit induk, then NIP; the columns are the headers of :data:`BKN_COLUMNS` (without
    :data:`SENSITIVE_COLUMNS` when ``include_sensitive`` is false).

    Column types: text and code — object (str, None when empty); date — datetime64 (NaT); int — Int64;
    number — float64 rounded to 2 decimals (NaN). Raises ExportError for an unknown or never-mapped period.
    """
    period = _period_or_error(session, period_label)
    tm = talent_map(session, period.label)
    people = personnel_frame(session, today=period.reference_date, columns=_PERSON_KEYS)
    frame = tm.frame[list(_MAP_KEYS)].merge(
        people[["id", "unit_id", *_PERSON_KEYS]], left_on="person_id", right_on="id", how="left"
    )
    frame = frame.sort_values(
        ["unit_induk", "nip"],
        key=lambda s: s.str.casefold() if s.name == "unit_induk" else s,
        na_position="last",
        kind="stable",
    ).reset_index(drop=True)
    n = len(frame)

    box = frame["box"].astype("Int64")
    placed = box.notna().to_numpy()
    boxes = box.fillna(0).to_numpy(dtype=np.int64)
    kinerja_of = np.array([None] + [KINERJA_LABELS[box_levels(b)[0]] for b in range(1, 10)], dtype=object)
    potensial_of = np.array([None] + [POTENSIAL_LABELS[box_levels(b)[1]] for b in range(1, 10)], dtype=object)
    rekomendasi_of = np.array([None] + [REKOMENDASI[b] for b in range(1, 10)], dtype=object)

    rekomendasi = rekomendasi_of[boxes]
    held = frame["holding_reason"].notna().to_numpy() & ~placed
    rekomendasi[held] = (HOLDING_PREFIX + frame["holding_reason"][held].astype(str)).to_numpy(dtype=object)
    status_krs = np.where(np.isin(boxes, list(TALENT_POOL_BOXES)), KRS_INSTANSI, NOT_KRS).astype(object)
    reasons = _texts(frame["calibration_reason"])
    reasons[~frame["calibrated"].fillna(False).to_numpy(dtype=bool)] = None

    units, default_instansi = _instansi_of_units(session)
    unit_ids = frame["unit_id"].to_numpy(dtype=float)
    instansi = [
        units.get(int(u), default_instansi) if u == u else default_instansi for u in unit_ids.tolist()
    ]
    instansi_nama = np.array([i[0] for i in instansi], dtype=object)
    instansi_kode = np.array([i[1] for i in instansi], dtype=object)

    jenis_pegawai = _texts(frame["jenis_pegawai"])
    status_pegawai = np.full(n, None, dtype=object)
    status_pegawai[jenis_pegawai == "PPPK"] = "PPPK"
    status_pegawai[(jenis_pegawai == "PNS") & frame["tmt_pns"].notna().to_numpy()] = "PNS"
    eselon_id = _texts(frame["eselon_id"])
    tmt_eselon = frame["tmt_jabatan"].where(pd.Series(eselon_id != None))  # noqa: E711

    jpm = _valid_jpm(session, period.reference_date, period.assessment_valid_years)
    successors = _successors(session, period.id)
    person_ids = frame["person_id"]
    numbers, days = _deciding_meetings(session, _final_meetings(session, period.id), frame)

    def by_person(table: pd.DataFrame, column: str) -> pd.Series:
        if column not in table:
            return pd.Series(np.nan, index=frame.index)
        return pd.Series(person_ids.map(table[column]).to_numpy(), index=frame.index)

    def score(column) -> np.ndarray:
        return pd.to_numeric(pd.Series(column), errors="coerce").astype(float).round(2).to_numpy()

    data = {
        "nipBaru": _texts(frame["nip"]),
        "nipLama": _texts(frame["nip_lama"]),
        "nama": _texts(frame["nama"]),
        "gelarDepan": _texts(frame["gelar_depan"]),
        "gelarBelakang": _texts(frame["gelar_belakang"]),
        "tempatLahir": _texts(frame["tempat_lahir"]),
        "tglLahir": frame["tanggal_lahir"],
        "jenisKelamin": _texts(frame["jenis_kelamin"]),
        "jenisPegawaiNama": jenis_pegawai,
        "statusPegawai": status_pegawai,
        "kedudukanPnsNama": _texts(frame["kedudukan"]),
        "tkPendidikanTerakhir": _texts(frame["pendidikan"]),
        "pendidikanTerakhirNama": _texts(frame["pendidikan_nama"]),
        "tahunLulus": _ints(frame["tahun_lulus"]),
        "tmtCpns": frame["tmt_cpns"],
        "tmtPns": frame["tmt_pns"],
        "tmtPensiun": frame["tmt_pensiun"],
        "bupPensiun": _ints(frame["bup"]),
        "instansiIndukNama": instansi_nama,
        "instansiKerjaId": instansi_kode,
        "instansiKerjaNama": instansi_nama,
        "satuanKerjaKerjaNama": _texts(frame["unit_induk"]),
        "unorId": _texts(frame["unit_kode"]),
        "unorNama": _texts(frame["unit"]),
        "unorIndukId": _texts(frame["unit_induk_kode"]),
        "unorIndukNama": _texts(frame["unit_induk"]),
        "jenisJabatanId": _texts(frame["jenis_jabatan"].map(JENIS_JABATAN_ID)),
        "jenisJabatan": _texts(frame["jenis_jabatan"]),
        "jabatanNama": _texts(frame["jabatan"]),
        "tmtJabatan": frame["tmt_jabatan"],
        "eselon": _texts(frame["eselon"]),
        "eselonId": eselon_id,
        "tmtEselon": tmt_eselon,
        "golRuangAkhirId": _texts(frame["golongan_id"]),
        "golRuangAkhir": _texts(frame["golongan"]),
        "pangkatAkhir": _texts(frame["pangkat"]),
        "tmtGolAkhir": frame["tmt_golongan"],
        "mkTahun": _ints(frame["mk_tahun"]),
        "mkBulan": _ints(frame["mk_bulan"]),
        "periodeTalenta": np.full(n, period.label, dtype=object),
        "nilaiKinerja": score(frame["nilai_kinerja"]),
        "kategoriKinerja": kinerja_of[boxes],
        "nilaiPotensial": score(frame["nilai_potensial"]),
        "kategoriPotensial": potensial_of[boxes],
        "nilaiJpm": score(by_person(jpm, "jpm")),
        "kategoriJpm": _texts(by_person(jpm, "kategori")),
        "nilaiTalenta": score(frame["nilai_talenta"]),
        "kotakTalentaHitung": frame["computed_box"].astype("Int64"),
        "kotakTalenta": box,
        "alasanKalibrasi": reasons,
        "statusKRS": status_krs,
        "jabatanTarget": _texts(by_person(successors, "jabatan_target")),
        "kesiapan": _texts(by_person(successors, "kesiapan")),
        "rekomendasi": rekomendasi,
        "nomorBeritaAcara": numbers,
        "tanggalPenetapan": pd.to_datetime(pd.Series(days, dtype=object)).astype("datetime64[s]"),
        "skemaBobot": np.full(n, tm.period.scheme_title, dtype=object),
    }
    out = {}
    for column in _columns(include_sensitive):
        values = data[column.field]
        if column.kind in ("text", "code"):  # object, not pandas' str dtype: None stays None
            out[column.field] = pd.Series(_texts(values), dtype=object)
        else:
            out[column.field] = pd.Series(values).reset_index(drop=True)
    return pd.DataFrame(out)


# --------------------------------------------------------------------------------------------------
# Cell values and the SHA-256 of the data
# --------------------------------------------------------------------------------------------------

# Characters XML 1.0 cannot carry (openpyxl refuses them) and carriage returns, which XML readers turn into
# line feeds; and "_xHHHH_", which readers decode as an escaped character — see _clean_texts.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\r]")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_XML_ESCAPED = re.compile(r"_(x[0-9A-Fa-f]{4}_)")


def _clean_texts(values: list) -> tuple[list, list | None]:
    """(values as the workbook holds them, what to hand openpyxl when that differs, else None).

    Control characters are dropped and line breaks become "\\n" — what any reader returns anyway, so the
    SHA-256 covers what a reader sees. A literal "_x000D_" is written as "_x005F_x000D_", the form
    spreadsheet readers decode back to the literal text (openpyxl does not escape it itself). The whole
    column is searched at once; almost every column has nothing to change."""
    joined = "\n".join(filter(None, values))
    escapes = "_x" in joined and _XML_ESCAPED.search(joined) is not None
    if not escapes and _CONTROL.search(joined) is None:
        return values, None
    clean = [
        None if v is None else _ILLEGAL.sub("", v.replace("\r\n", "\n").replace("\r", "\n")) or None
        for v in values
    ]
    if not escapes:
        return clean, None
    return clean, [None if v is None else _XML_ESCAPED.sub(r"_x005F_\1", v) for v in clean]


def _column_values(series: pd.Series, kind: str) -> list:
    """One frame column as the Python values of its cells: str, int, float, date or None."""
    if kind == "date":
        days = series.to_numpy(dtype="datetime64[s]").astype("datetime64[D]").astype(object)
        return [v if isinstance(v, date) else None for v in days]
    if kind == "int":
        return [None if v is pd.NA or v != v else int(v) for v in series.tolist()]
    if kind == "number":
        return [None if v != v else round(float(v), 2) for v in series.to_numpy(dtype=float).tolist()]
    return [
        (v or None) if type(v) is str else None if v is None or v != v else str(v) for v in series.tolist()
    ]


def bkn_cells(frame: pd.DataFrame) -> tuple[list[BknColumn], list[list], list[list]]:
    """(columns, values per column as the workbook holds them, values per column as handed to openpyxl).

    The last two differ only in text columns with characters a spreadsheet cannot hold as they are (see
    _clean_texts); the list is then the same object. Unknown frame columns raise ExportError."""
    unknown = [name for name in frame.columns if name not in COLUMNS_BY_FIELD]
    if unknown:
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "services.bkn_workbook", "Kolom tidak dikenal untuk lembar kerja BKN: {columns}."
            ),
            columns=", ".join(map(str, unknown)),
        )
    columns = [COLUMNS_BY_FIELD[name] for name in frame.columns]
    data, written = [], []
    for column in columns:
        values = _column_values(frame[column.field], column.kind)
        escaped = None
        if column.kind in ("text", "code"):
            values, escaped = _clean_texts(values)
        data.append(values)
        written.append(values if escaped is None else escaped)
    return columns, data, written


_TEXT_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})

SHA256_EXPLANATION = (
    "SHA-256 (heksadesimal, huruf kecil) atas isi lembar 'Data Talenta', baris judul kolom ikut dihitung. "
    "Setiap baris ditulis sebagai teks: sel-selnya dipisahkan satu karakter TAB dan baris diakhiri satu "
    "karakter baris baru (LF), seluruhnya dalam UTF-8. Isi sel: kosong menjadi teks kosong; teks apa "
    "adanya, dengan \\ ditulis \\\\, TAB ditulis \\t, baris baru \\n dan CR \\r; tanggal yyyy-mm-dd (ISO "
    "8601); bilangan bulat tanpa desimal (7, bukan 7.0); bilangan lain dengan titik desimal tanpa nol di "
    "belakang (83.45, 80.5). Urutan baris dan kolom sama dengan di lembar. Perubahan satu sel pun "
    "menghasilkan nilai yang berbeda."
)


def _canonical(value: object) -> str:
    """One cell in the canonical form SHA256_EXPLANATION describes."""
    kind = type(value)
    if kind is str:
        return value.translate(_TEXT_ESCAPES)
    if value is None:
        return ""
    if kind is float:
        if value != value:
            return ""
        return str(int(value)) if value.is_integer() else repr(value)
    if kind is int:
        return str(value)
    if kind is date:
        return value.isoformat()
    if isinstance(value, datetime):
        if value.time() == datetime.min.time():
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int | np.integer):
        return str(int(value))
    if isinstance(value, float | np.floating):
        return _canonical(float(value))
    return str(value).translate(_TEXT_ESCAPES)


def rows_sha256(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """The SHA-256 of a data sheet in its one canonical form (SHA256_EXPLANATION, written into every
    workbook's Metadata): the header line, then each row — cells as text, tab-joined, newline-ended, UTF-8.

    The writer feeds it the rows as they are written and the reader the rows as read, so equal digests
    mean every cell arrived unchanged."""
    digest = hashlib.sha256()
    digest.update(("\t".join(_canonical(v) for v in header) + "\n").encode("utf-8"))
    for row in rows:
        digest.update(("\t".join([_canonical(v) for v in row]) + "\n").encode("utf-8"))
    return digest.hexdigest()


# --------------------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------------------

_WIDTHS = {"date": 12, "int": 9, "number": 10}  # text and code columns are fitted to their values
_MAX_WIDTH = 50
_HEADER_FILL = "DCE6F2"

# Metadata keys (the "Kunci" column), in the order written.
META_INSTANSI = "Instansi"
META_PERIOD = "Periode"
META_SCHEME = "Skema penilaian"
META_CREATED = "Dibuat pada"
META_CREATED_ISO = "Dibuat pada (ISO 8601)"
META_CREATED_BY = "Dibuat oleh"
META_VERSION = "Versi aplikasi"
META_ROWS = "Jumlah baris"
META_SENSITIVE = "Kolom sensitif disertakan"
META_SHA256 = "SHA-256 data"
META_SHA256_HOW = "Cara menghitung SHA-256"
META_COLUMNS = "Jumlah kolom"

# What the talent-result columns mean (DOMAIN §9: Talenta Desktop defines and documents them), written
# under the Metadata keys so that whoever receives the file can read it without this program.
COLUMN_NOTES = {
    "periodeTalenta": "Periode pemetaan talenta.",
    "nilaiKinerja": "Nilai sumbu kinerja 0–100 menurut skema penilaian.",
    "kategoriKinerja": "Tingkat kinerja kotak yang ditetapkan: di bawah / sesuai / di atas ekspektasi.",
    "nilaiPotensial": "Nilai sumbu potensial 0–100 menurut skema penilaian.",
    "kategoriPotensial": "Tingkat potensial kotak yang ditetapkan: rendah / menengah / tinggi.",
    "nilaiJpm": "Job Person Match (%) asesmen yang masih berlaku dan dihitung pada periode ini.",
    "kategoriJpm": "Kategori JPM asesmen tersebut (Optimal / Cukup Optimal / Kurang Optimal).",
    "nilaiTalenta": "Nilai talenta gabungan menurut skema penilaian.",
    "kotakTalentaHitung": "Kotak 1–9 hasil perhitungan (usulan sistem, penomoran nasional).",
    "kotakTalenta": "Kotak 1–9 yang berlaku setelah kalibrasi Komite Talenta.",
    "alasanKalibrasi": "Alasan kalibrasi terakhir bila kotak berbeda dari hasil perhitungan (data sensitif).",
    "statusKRS": "KRS Instansi untuk kotak 7–9 (Kelompok Rencana Suksesi); – bila bukan anggota.",
    "jabatanTarget": "Jabatan target/kritikal tempat pegawai diusulkan atau ditetapkan sebagai suksesor "
    "(yang ditetapkan lebih dulu; beberapa dipisah titik koma).",
    "kesiapan": "Kesiapan sebagai suksesor, berurutan sama dengan jabatanTarget.",
    "rekomendasi": "Rekomendasi tindak lanjut kotak; bagi yang belum dapat dipetakan, alasannya.",
    "nomorBeritaAcara": "Nomor berita acara rapat Komite Talenta final yang menetapkan kotak atau memutuskan "
    "tentang pegawai ini; kosong bila belum ada.",
    "tanggalPenetapan": "Tanggal rapat tersebut.",
    "skemaBobot": "Skema penilaian dan versinya yang menghasilkan nilai dan kotak.",
    "statusPegawai": "PPPK bagi PPPK; PNS bila TMT PNS tercatat; kosong bila belum dapat dipastikan (CPNS, "
    "atau TMT PNS belum dicatat).",
    "jenisJabatanId": "Kode jenis jabatan SIASN: 1 struktural, 2 fungsional, 4 pelaksana.",
    "satuanKerjaKerjaNama": "Unit induk (perangkat daerah) tempat pegawai bekerja.",
    "tmtEselon": "TMT jabatan, bagi pemangku jabatan eselon.",
}


@dataclass(frozen=True)
class BknExport:
    path: Path
    rows: int
    sha256: str
    period: str
    columns: tuple[str, ...]


def _header_cells(ws, texts: Sequence[str]):
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill

    bold = Font(name="Calibri", size=11, bold=True)
    fill = PatternFill("solid", fgColor=_HEADER_FILL)
    middle = Alignment(vertical="center")
    cells = []
    for text in texts:
        cell = WriteOnlyCell(ws, value=text)
        cell.font, cell.fill, cell.alignment = bold, fill, middle
        cells.append(cell)
    return cells


def _page_setup(ws, *, fit_width: bool) -> None:
    """A4 landscape (what a BKPSDM office prints on); a small sheet scaled to one page wide."""
    ws.page_setup.paperSize = "9"  # A4 (Worksheet.PAPERSIZE_A4; write-only sheets lack the constant)
    ws.page_setup.orientation = "landscape"
    if fit_width:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0


def _width(column: BknColumn, values: list) -> float:
    fitted = _WIDTHS.get(column.kind)
    if fitted is None:
        longest = max((len(v) for v in values[:2000] if v is not None), default=0)
        fitted = min(longest + (3 if column.kind == "code" else 2), _MAX_WIDTH)
    return max(len(column.field) + 4, fitted)  # room for the filter button beside the header


def _write_data_sheet(
    wb, columns: list[BknColumn], data: list[list], written: list[list], tick: _Ticker
) -> str:
    """The "Data Talenta" sheet; returns the SHA-256 of its rows as written."""
    from openpyxl.cell import Cell, WriteOnlyCell
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(DATA_SHEET)
    n = len(data[0]) if data else 0
    for i, (column, values) in enumerate(zip(columns, data, strict=True), start=1):
        ws.column_dimensions[get_column_letter(i)].width = _width(column, values)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{n + 1}"
    ws.print_title_rows = "1:1"
    _page_setup(ws, fit_width=False)  # 57 columns: readable only in a spreadsheet, the header repeats
    header = [c.field for c in columns]
    ws.append(_header_cells(ws, header))

    # One reusable cell per formatted column: openpyxl serialises a row the moment it is appended, so the
    # same cell object can carry the next row's value (a fresh styled cell per value costs twice as much).
    styled = []
    for i, column in enumerate(columns):
        fmt = NUMBER_FORMATS.get(column.kind)
        if fmt is not None:
            cell = WriteOnlyCell(ws)
            cell.number_format = fmt
            styled.append((i, cell))
    # Text starting with "=" would become a formula; such values are written as explicit text cells.
    formula_like = [
        i
        for i, (column, values) in enumerate(zip(columns, written, strict=True))
        if column.kind in ("text", "code") and any(v is not None and v[:1] == "=" for v in values)
    ]

    def text_cell(value: str, kind: str) -> Cell:
        cell = WriteOnlyCell(ws, value=value)
        cell.data_type = "s"
        if kind in NUMBER_FORMATS:
            cell.number_format = NUMBER_FORMATS[kind]
        return cell

    def rows() -> Iterator[tuple]:
        source = zip(*data, strict=True)
        out = source if written is data else zip(*written, strict=True)
        for done, row in enumerate(source):
            if done % _PROGRESS_EVERY == 0:
                tick(done)
            cells = list(row if written is data else next(out))
            if formula_like:
                for i in formula_like:
                    value = cells[i]
                    if value is not None and len(value) > 1 and value[0] == "=":
                        cells[i] = text_cell(value, columns[i].kind)
                for i, cell in styled:
                    value = cells[i]
                    if value is not None and type(value) is not Cell:
                        cell.value = value
                        cells[i] = cell
            else:
                for i, cell in styled:
                    value = cells[i]
                    if value is not None:
                        cell.value = value
                        cells[i] = cell
            ws.append(cells)
            yield row
        tick(n)

    return rows_sha256(header, rows())


def _write_summary_sheet(wb, frame: pd.DataFrame, period: str, instansi: str | None) -> None:
    """People per box and unit induk, the holding area and totals: what a reader checks first."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(SUMMARY_SHEET)
    header = [
        "Unit induk",
        *(f"Kotak {b}" for b in range(1, 10)),
        "Terpetakan",
        "Belum dapat dipetakan",
        "Jumlah pegawai",
    ]
    longest = max((len(u) for u in frame["unit_induk"].dropna().tolist()), default=0)
    ws.column_dimensions["A"].width = min(max(longest + 2, 24), 70)
    for i in range(2, len(header) + 1):
        ws.column_dimensions[get_column_letter(i)].width = max(9, len(header[i - 1]) + 2)
    ws.freeze_panes = "B5"
    _page_setup(ws, fit_width=True)

    units = frame["unit_induk"].fillna(_NO_UNIT)
    order = list(dict.fromkeys(units.tolist()))  # the Data sheet's order: unit induk by name
    counts = (
        distribution_by_unit(frame.assign(unit_induk=units))
        .reindex(order, fill_value=0)
        .drop(columns="total")
    )
    holding = units[frame["box"].isna()].value_counts().reindex(order, fill_value=0)
    people = units.value_counts().reindex(order, fill_value=0)

    title = WriteOnlyCell(ws, value=f"Ringkasan Peta Talenta Periode {period}")
    title.font = Font(name="Calibri", bold=True, size=13)
    ws.append([title])
    ws.append([instansi or ""])
    ws.append([])
    ws.append(_header_cells(ws, header))
    for unit in order:
        boxes = [int(v) for v in counts.loc[unit].tolist()]
        ws.append([unit, *boxes, sum(boxes), int(holding[unit]), int(people[unit])])
    bold = Font(name="Calibri", size=11, bold=True)
    totals = [int(v) for v in counts.sum().tolist()]
    row = ["Jumlah", *totals, sum(totals), int(holding.sum()), int(people.sum())]
    cells = []
    for value in row:
        cell = WriteOnlyCell(ws, value=value)
        cell.font = bold
        cells.append(cell)
    ws.append(cells)


def _write_metadata_sheet(wb, items: list[tuple[str, object]]) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment

    width = 100
    ws = wb.create_sheet(METADATA_SHEET)
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = width
    _page_setup(ws, fit_width=True)
    ws.append(_header_cells(ws, ["Kunci", "Nilai"]))
    wrap = Alignment(wrap_text=True, vertical="top")
    left = Alignment(horizontal="left", vertical="top")
    top = Alignment(vertical="top")
    for row, (key, value) in enumerate(items, start=2):
        label = WriteOnlyCell(ws, value=key)
        label.alignment = top
        cell = WriteOnlyCell(ws, value=value)
        cell.alignment = top
        if isinstance(value, str):
            cell.data_type = "s"  # never a formula, whatever the text
            if len(value) > width:
                cell.alignment = wrap
                # a streamed sheet cannot fit row heights afterwards: give the wrapped lines their room
                lines = -(-len(value) // int(width * 1.1))
                ws.row_dimensions[row].height = 15 * lines + 2
        else:
            cell.alignment = left  # a count reads as a value here, not as a column of figures
        ws.append([label, cell])


def write_bkn_workbook(
    session: Session,
    actor: Actor,
    period_label: str,
    path: str | Path,
    *,
    include_sensitive: bool = True,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BknExport:
    """Write the BKN exchange workbook of a period to ``path`` (.xlsx) and record the export.

    Sheets: "Data Talenta" (one row per person, :data:`BKN_COLUMNS`), "Ringkasan" (people per box and unit
    induk) and "Metadata" (instansi, period, scheme, when, by whom, application version, rows, whether the
    sensitive columns are in, and the SHA-256 of the data with how it is computed).

    ``progress(done, total)`` is called every thousand rows and ``cancelled()`` asked as often; a cancel
    raises ExportCancelled. The file appears whole or not at all (a temporary file in the target folder,
    renamed at the end), and the export is recorded in the export log in the caller's transaction.

    PermissionDenied, before anything is read, for a role that may not export (or, with
    ``include_sensitive``, may not export sensitive columns).
    """
    require(actor, Permission.REPORT)
    if include_sensitive:
        require(actor, Permission.SENSITIVE_DATA)
    from openpyxl import Workbook

    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "services.bkn_workbook", "Lembar kerja BKN ditulis sebagai .xlsx, bukan '{suffix}'."
            ),
            suffix=target.suffix or target.name,
        )
    if not target.parent.is_dir():
        raise ExportError(
            QT_TRANSLATE_NOOP("services.bkn_workbook", "Folder {parent} tidak ada."), parent=target.parent
        )
    frame = bkn_frame(session, period_label, include_sensitive=include_sensitive)
    period = get_period(session, period_label)
    n = len(frame)
    tick = _Ticker(n, progress, cancelled)
    tick(0)
    columns, data, written = bkn_cells(frame)
    header = tuple(c.field for c in columns)
    instansi = session.scalar(select(Instansi.nama).order_by(Instansi.id).limit(1))
    created = datetime.now().astimezone()

    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    wb = Workbook(write_only=True)
    try:
        try:
            sha256 = _write_data_sheet(wb, columns, data, written, tick)
            summary = pd.DataFrame(
                {"unit_induk": _texts(frame["unorIndukNama"]), "box": frame["kotakTalenta"]}
            )
            _write_summary_sheet(wb, summary, period.label, instansi)
            items: list[tuple[str, object]] = [
                (META_INSTANSI, instansi or ""),
                (META_PERIOD, period.label),
                (META_SCHEME, period.scheme_title or ""),
                (META_CREATED, created.strftime("%d-%m-%Y %H:%M")),
                (META_CREATED_ISO, created.isoformat(timespec="seconds")),
                (META_CREATED_BY, actor.username),
                (META_VERSION, talenta_desktop.__version__),
                (META_ROWS, n),
                (META_COLUMNS, len(columns)),
                (META_SENSITIVE, "ya" if include_sensitive else "tidak"),
                (META_SHA256, sha256),
                (META_SHA256_HOW, SHA256_EXPLANATION),
            ]
            items += [(f"Kolom {c.field}", COLUMN_NOTES[c.field]) for c in columns if c.field in COLUMN_NOTES]
            _write_metadata_sheet(wb, items)
            wb.save(tmp)
        except BaseException:
            for ws in wb.worksheets:  # close half-written sheets and remove openpyxl's temporary files
                with contextlib.suppress(Exception):
                    ws.close()
                with contextlib.suppress(Exception):
                    ws._writer.cleanup()
            raise
        record_export(
            session,
            actor,
            "bkn",
            target,
            rows=n,
            period=period.label,
            sensitive=include_sensitive,
            sha256=sha256,
            columns=list(header),
        )
        os.replace(tmp, target)
    except PermissionError as exc:
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "services.bkn_workbook",
                "Berkas {name} tidak dapat ditulis (mungkin sedang dibuka di program lain): {strerror}.",
            ),
            name=target.name,
            strerror=exc.strerror,
        ) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    return BknExport(target, n, sha256, period.label, header)


# --------------------------------------------------------------------------------------------------
# Reading back and verifying
# --------------------------------------------------------------------------------------------------


class BknWorkbookError(MessageError):
    """A BKN workbook that cannot be read or does not verify; the message says what is wrong."""


@dataclass(frozen=True)
class BknWorkbook:
    header: tuple[str, ...]
    rows: list[tuple]  # Python values: str, int, float, date or None, per BKN_COLUMNS kinds
    metadata: dict[str, str]

    def column(self, field: str) -> list:
        index = self.header.index(field)
        return [row[index] for row in self.rows]


def _typed(kind: str | None, value: object) -> object:
    if value is None or value == "":
        return None
    if kind == "int" and isinstance(value, float) and value.is_integer():
        return int(value)
    if kind == "date" and isinstance(value, datetime) and value.time() == datetime.min.time():
        return value.date()
    return value


def _meta_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_bkn_workbook(path: str | Path) -> BknWorkbook:
    """The data sheet (header and rows, typed by BKN_COLUMNS) and the metadata of a BKN workbook, read
    with python-calamine as the importer reads spreadsheets."""
    import python_calamine as calamine

    source = Path(path)
    if not source.is_file():
        raise BknWorkbookError(
            QT_TRANSLATE_NOOP("services.bkn_workbook", "Berkas {source} tidak ditemukan."), source=source
        )
    try:
        book = calamine.CalamineWorkbook.from_path(str(source))
    except Exception as exc:
        raise BknWorkbookError(
            QT_TRANSLATE_NOOP(
                "services.bkn_workbook", "Berkas {name} tidak dapat dibaca sebagai lembar kerja: {exc}"
            ),
            name=source.name,
            exc=exc,
        ) from exc
    try:
        names = book.sheet_names
        missing = [name for name in (DATA_SHEET, METADATA_SHEET) if name not in names]
        if missing:
            raise BknWorkbookError(
                QT_TRANSLATE_NOOP(
                    "services.bkn_workbook",
                    "Berkas {name} bukan lembar kerja BKN yang utuh: lembar {missing} tidak ada (lembar yang "
                    "ada: {present}).",
                ),
                name=source.name,
                missing=" dan ".join(repr(m) for m in missing),
                present=", ".join(repr(n) for n in names)
                or QT_TRANSLATE_NOOP("services.bkn_workbook", "tidak ada"),
            )
        sheets = []
        for name in (DATA_SHEET, METADATA_SHEET):
            try:
                sheets.append(book.get_sheet_by_name(name).to_python(skip_empty_area=False))
            except Exception as exc:  # calamine raises several kinds for a damaged sheet
                raise BknWorkbookError(
                    QT_TRANSLATE_NOOP(
                        "services.bkn_workbook",
                        "Lembar '{sheet}' di {name} rusak dan tidak dapat dibaca: {exc}",
                    ),
                    sheet=name,
                    name=source.name,
                    exc=exc,
                ) from exc
        cells, meta_cells = sheets
    finally:
        book.close()
    if not cells:
        raise BknWorkbookError(
            QT_TRANSLATE_NOOP(
                "services.bkn_workbook", "Lembar '{sheet}' di {name} kosong: judul kolom pun tidak ada."
            ),
            sheet=DATA_SHEET,
            name=source.name,
        )
    header = tuple("" if v is None else str(v) for v in cells[0])
    while header and header[-1] == "":
        header = header[:-1]
    kinds = [COLUMNS_BY_FIELD[h].kind if h in COLUMNS_BY_FIELD else None for h in header]
    width = len(header)
    rows = []
    for raw in cells[1:]:
        values = list(raw[:width]) + [None] * (width - len(raw))
        rows.append(tuple(_typed(kind, v) for kind, v in zip(kinds, values, strict=True)))
    while rows and all(v is None for v in rows[-1]):
        rows.pop()
    metadata = {
        _meta_text(r[0]): _meta_text(r[1] if len(r) > 1 else None)
        for r in meta_cells[1:]
        if r and _meta_text(r[0])
    }
    return BknWorkbook(header, rows, metadata)


def verify_bkn_workbook(path: str | Path) -> BknWorkbook:
    """Read a BKN workbook and check its data against the Metadata: the row count and the SHA-256
    recomputed from the "Data Talenta" sheet. Returns the workbook; raises BknWorkbookError naming what
    is wrong (a missing sheet, a missing or different SHA-256, a different number of rows)."""
    book = read_bkn_workbook(path)
    name = Path(path).name
    recorded = book.metadata.get(META_SHA256, "").strip().lower()
    if not recorded:
        raise BknWorkbookError(
            QT_TRANSLATE_NOOP("services.bkn_workbook", "Lembar '{sheet}' di {name} tidak memuat '{field}'."),
            sheet=METADATA_SHEET,
            name=name,
            field=META_SHA256,
        )
    rows = book.metadata.get(META_ROWS, "").strip()
    if rows and rows != str(len(book.rows)):
        raise BknWorkbookError(
            QT_TRANSLATE_NOOP(
                "services.bkn_workbook",
                "Lembar '{sheet}' di {name} berisi {found} baris data, sedangkan Metadata "
                "mencatat {rows}; baris telah ditambah atau dihapus setelah diekspor.",
            ),
            sheet=DATA_SHEET,
            name=name,
            found=len(book.rows),
            rows=rows,
        )
    computed = rows_sha256(book.header, book.rows)
    if computed != recorded:
        raise BknWorkbookError(
            QT_TRANSLATE_NOOP(
                "services.bkn_workbook",
                "SHA-256 lembar '{sheet}' di {name} tidak cocok dengan Metadata (tercatat "
                "{recorded}, dihitung {computed}): isi data telah berubah setelah diekspor.",
            ),
            sheet=DATA_SHEET,
            name=name,
            recorded=recorded,
            computed=computed,
        )
    return book
