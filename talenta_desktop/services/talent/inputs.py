"""Everything scoring needs, for everyone, in one frame: a handful of set-based queries per period.

One row per person (index ``person_id``). Dates in SQLite are ISO text, so windows compare as strings.
The frame is plain data; `scoring.py` turns it into scores without touching the database.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
from sqlalchemy.orm import Session

from talenta_desktop.domain.dates import add_years
from talenta_desktop.domain.golongan import ALL_PNS, ALL_PPPK
from talenta_desktop.domain.skp import PREDIKAT_SCORE

from ..bulk import raw_frame
from .sources import AWARD_SCORE, HUKDIS_SCORE

_GOLONGAN_SCORE = {g.code: round(100 * g.rank / len(ALL_PNS), 2) for g in ALL_PNS} | {
    g.code: round(100 * g.rank / len(ALL_PPPK), 2) for g in ALL_PPPK
}
_PREDIKAT_SCORE = {str(p.value): float(score) for p, score in PREDIKAT_SCORE.items()}
_HUKDIS_WEIGHT = {"ringan": 1, "sedang": 2, "berat": 3}


def load_inputs(
    session: Session,
    *,
    skp_years: tuple[int, int],
    reference_date: date,
    assessment_valid_years: int,
    penghargaan_years: int,
    integritas_years: int,
    hukdis_years: int,
) -> pd.DataFrame:
    ref = reference_date.isoformat()
    people = raw_frame(
        session,
        "SELECT id, jenis_pegawai, tanggal_lahir, bup, tingkat_pendidikan, golongan, kedudukan, jabatan_nama"
        " FROM person ORDER BY id",
        (),
        [
            "person_id",
            "jenis_pegawai",
            "tanggal_lahir",
            "bup",
            "tingkat_pendidikan",
            "golongan",
            "kedudukan",
            "jabatan_nama",
        ],
    ).set_index("person_id")
    frame = people
    index = frame.index

    skp = raw_frame(
        session,
        "SELECT person_id, tahun, predikat FROM skp WHERE tahun BETWEEN ? AND ? ORDER BY person_id, tahun",
        skp_years,
        ["person_id", "tahun", "predikat"],
    )
    skp["score"] = skp["predikat"].map(_PREDIKAT_SCORE)
    grouped = skp.groupby("person_id")["score"]
    frame["skp_mean"] = grouped.mean().reindex(index)
    frame["skp_latest"] = grouped.last().reindex(index)
    frame["skp_latest_year"] = skp.groupby("person_id")["tahun"].last().reindex(index)

    valid_from = add_years(reference_date, -assessment_valid_years).isoformat()
    assessment = raw_frame(
        session,
        "SELECT person_id, tanggal, jpm, nilai_manajerial, nilai_sosial_kultural, nilai_teknis, nilai_potensi"
        " FROM assessment WHERE tanggal > ? AND tanggal <= ? ORDER BY person_id, tanggal, id",
        (valid_from, ref),
        [
            "person_id",
            "asesmen_tanggal",
            "jpm",
            "nilai_manajerial",
            "nilai_sosial_kultural",
            "nilai_teknis",
            "nilai_potensi",
        ],
    )
    latest = assessment.groupby("person_id").last()
    for column in latest.columns:
        frame[column] = latest[column].reindex(index)
    frame["asesmen_lama"] = raw_frame(
        session, "SELECT DISTINCT person_id FROM assessment WHERE tanggal <= ?", (valid_from,), ["person_id"]
    )["person_id"].pipe(lambda ids: index.isin(ids))

    years = skp_years[1] - skp_years[0] + 1
    jp = raw_frame(
        session,
        "SELECT person_id, SUM(jp) FROM riwayat_diklat WHERE tanggal_mulai >= ? AND tanggal_mulai <= ?"
        " GROUP BY person_id",
        (f"{skp_years[0]:04d}-01-01", f"{skp_years[1]:04d}-12-31"),
        ["person_id", "jp"],
    ).set_index("person_id")["jp"]
    frame["jp_per_year"] = jp.reindex(index).fillna(0).astype(float) / years

    posts = raw_frame(
        session,
        "SELECT person_id, COUNT(*) FROM riwayat_jabatan WHERE tmt <= ? GROUP BY person_id",
        (ref,),
        ["person_id", "n"],
    ).set_index("person_id")["n"]
    frame["jabatan_count"] = posts.reindex(index).fillna(0).astype(float)
    frame.loc[(frame["jabatan_count"] == 0) & frame["jabatan_nama"].notna(), "jabatan_count"] = 1

    awards = raw_frame(
        session,
        "SELECT person_id, tingkat FROM riwayat_penghargaan WHERE tanggal > ? AND tanggal <= ?",
        (add_years(reference_date, -penghargaan_years).isoformat(), ref),
        ["person_id", "tingkat"],
    )
    awards["score"] = awards["tingkat"].str.lower().map(AWARD_SCORE).fillna(min(AWARD_SCORE.values()))
    frame["penghargaan_score"] = awards.groupby("person_id")["score"].max().reindex(index).fillna(0.0)

    hukdis = raw_frame(
        session,
        "SELECT person_id, tingkat, tmt, tanggal_akhir FROM riwayat_hukdis WHERE tmt <= ? ORDER BY tmt",
        (ref,),
        ["person_id", "tingkat", "tmt", "tanggal_akhir"],
    )
    hukdis["tingkat"] = hukdis["tingkat"].str.lower()
    recent = hukdis[hukdis["tmt"] > add_years(reference_date, -integritas_years).isoformat()].copy()
    recent["score"] = recent["tingkat"].map(HUKDIS_SCORE).fillna(0.0)
    serving = recent["tanggal_akhir"].notna() & (recent["tanggal_akhir"].fillna("") > ref)
    recent.loc[serving, "score"] = 0.0
    frame["integritas_score"] = recent.groupby("person_id")["score"].min().reindex(index).fillna(100.0)
    # the heaviest sentence inside the eligibility window (the latest of that level), for the holding
    # rule and its reason: a later ringan must not hide a berat from the same two years
    window = hukdis[hukdis["tmt"] > add_years(reference_date, -hukdis_years).isoformat()]
    window = window.assign(weight=window["tingkat"].map(_HUKDIS_WEIGHT).fillna(0))
    last = (
        window.sort_values(["weight", "tmt"], kind="stable").groupby("person_id")[["tingkat", "tmt"]].last()
    )
    frame["hukdis_tingkat"] = last["tingkat"].reindex(index)
    frame["hukdis_tmt"] = last["tmt"].reindex(index)

    frame["golongan_score"] = frame["golongan"].map(_GOLONGAN_SCORE).astype(float)
    frame["tingkat_pendidikan"] = frame["tingkat_pendidikan"].fillna("").str.upper().replace({"SLTA": "SMA"})
    frame["bup"] = frame["bup"].fillna(58).astype(np.int64)
    return frame
