"""The sub-scores a scheme can weigh (DOMAIN §4), each 0–100 and computed for all people at once.

Every source reads columns of the scoring inputs frame (one row per person, built by `inputs.py`) and
returns a float Series: NaN means "no data for this person". A *required* component with NaN sends the
person to the holding area; an optional one gives its weight to the others. Sources the application does
not record yet (``recorded=False``) are NaN for everyone, so their weight is always shared out — which the
scheme's description says in words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP

AXES = ("kinerja", "potensial")

EDUCATION_SCORE = {
    "S3": 100,
    "S2": 90,
    "S1": 80,
    "D4": 80,
    "D3": 65,
    "D2": 55,
    "D1": 55,
    "SMA": 50,
    "SMP": 35,
    "SD": 30,
}
AWARD_SCORE = {"nasional": 100, "provinsi": 85, "kabupaten": 70, "kota": 70, "instansi": 55}
HUKDIS_SCORE = {"ringan": 75, "sedang": 50, "berat": 25}  # none 100; still serving 0
JP_MINIMUM = 20
_NO_ASSESSMENT = (
    "Tidak ada hasil asesmen yang masih berlaku"  # JP per year every ASN should reach (DOMAIN §7)
)


@dataclass(frozen=True)
class Source:
    axis: str
    label: str  # marked for translation: the scheme editor shows it in the user's language
    compute: Callable[[pd.DataFrame], pd.Series]
    recorded: bool = True
    required_default: bool = False
    missing_reason: str = ""  # holding-area text when a required component has no data


def _col(name: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda frame: frame[name].astype(float)


def _unrecorded(frame: pd.DataFrame) -> pd.Series:
    return pd.Series(np.nan, index=frame.index)


def _mean_of(*names: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda frame: frame[list(names)].astype(float).mean(axis=1, skipna=True)


def _pengembangan(frame: pd.DataFrame) -> pd.Series:
    return (frame["jp_per_year"].astype(float) / JP_MINIMUM * 100).clip(upper=100)


def _pengalaman(frame: pd.DataFrame) -> pd.Series:
    # one post 40, then 20 more per post, 100 from the fourth
    return (20 + 20 * frame["jabatan_count"].astype(float).clip(lower=1)).clip(upper=100)


def _pendidikan(frame: pd.DataFrame) -> pd.Series:
    return frame["tingkat_pendidikan"].map(EDUCATION_SCORE).astype(float)


SOURCES: dict[str, Source] = {
    # kinerja
    "skp_predikat": Source(
        "kinerja",
        QT_TRANSLATE_NOOP("services.talent.sources", "Predikat SKP (rata-rata tahun periode)"),
        _col("skp_mean"),
        required_default=True,
        missing_reason="Tidak ada SKP pada tahun periode",
    ),
    "skp_predikat_terakhir": Source(
        "kinerja",
        QT_TRANSLATE_NOOP("services.talent.sources", "Predikat SKP tahun terakhir"),
        _col("skp_latest"),
        required_default=True,
        missing_reason="Tidak ada SKP pada tahun periode",
    ),
    "penghargaan": Source(
        "kinerja", QT_TRANSLATE_NOOP("services.talent.sources", "Penghargaan"), _col("penghargaan_score")
    ),
    "tim_kerja": Source(
        "kinerja",
        QT_TRANSLATE_NOOP("services.talent.sources", "Penugasan tim kerja"),
        _unrecorded,
        recorded=False,
    ),
    "umpan_balik_360": Source(
        "kinerja",
        QT_TRANSLATE_NOOP("services.talent.sources", "Umpan balik 360°"),
        _unrecorded,
        recorded=False,
    ),
    "integritas_kinerja": Source(
        "kinerja",
        QT_TRANSLATE_NOOP("services.talent.sources", "Rekam jejak disiplin"),
        _col("integritas_score"),
    ),
    # potensial
    "kompetensi": Source(
        "potensial",
        QT_TRANSLATE_NOOP("services.talent.sources", "Penilaian kompetensi (JPM)"),
        _col("jpm"),
        required_default=True,
        missing_reason=_NO_ASSESSMENT,
    ),
    "jpm": Source(
        "potensial",
        QT_TRANSLATE_NOOP("services.talent.sources", "Job Person Match (JPM)"),
        _col("jpm"),
        required_default=True,
        missing_reason=_NO_ASSESSMENT,
    ),
    "potensi": Source(
        "potensial",
        QT_TRANSLATE_NOOP("services.talent.sources", "Penilaian potensi"),
        _col("nilai_potensi"),
        required_default=True,
        missing_reason=_NO_ASSESSMENT,
    ),
    "kompetensi_manajerial_sosiokultural": Source(
        "potensial",
        QT_TRANSLATE_NOOP("services.talent.sources", "Kompetensi manajerial dan sosial kultural"),
        _mean_of("nilai_manajerial", "nilai_sosial_kultural"),
        required_default=True,
        missing_reason=_NO_ASSESSMENT,
    ),
    "kompetensi_teknis": Source(
        "potensial",
        QT_TRANSLATE_NOOP("services.talent.sources", "Kompetensi teknis"),
        _col("nilai_teknis"),
        required_default=True,
        missing_reason=_NO_ASSESSMENT,
    ),
    "pengembangan_kompetensi": Source(
        "potensial",
        QT_TRANSLATE_NOOP("services.talent.sources", "Pengembangan kompetensi (JP per tahun)"),
        _pengembangan,
    ),
    "pengalaman_jabatan": Source(
        "potensial",
        QT_TRANSLATE_NOOP("services.talent.sources", "Pengalaman / rekam jejak jabatan"),
        _pengalaman,
    ),
    "pendidikan": Source(
        "potensial", QT_TRANSLATE_NOOP("services.talent.sources", "Pendidikan formal"), _pendidikan
    ),
    "kesesuaian_bidang": Source(
        "potensial",
        QT_TRANSLATE_NOOP("services.talent.sources", "Kesesuaian bidang ilmu"),
        _unrecorded,
        recorded=False,
    ),
    "golongan": Source(
        "potensial", QT_TRANSLATE_NOOP("services.talent.sources", "Pangkat/golongan"), _col("golongan_score")
    ),
    "integritas": Source(
        "potensial",
        QT_TRANSLATE_NOOP("services.talent.sources", "Integritas / rekam jejak disiplin"),
        _col("integritas_score"),
    ),
}


def sources_of(axis: str) -> list[str]:
    return [key for key, source in SOURCES.items() if source.axis == axis]
