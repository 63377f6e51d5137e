"""The talent map as the nine-box page, the projector and the reports read it: one row per person.

For a period: the latest run's computed placement, the latest calibration (which gives the current box),
the person's list columns, and the current box in the previous period (for movement).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session

from talenta_desktop.domain.ninebox import box_levels, box_number
from talenta_desktop.models import MappingRun, Placement, ScoringScheme, TalentPeriod

from ..bulk import raw_frame
from ..personnel import personnel_frame
from .calibration import CalibrationEntry, calibrations_of
from .latest import LATEST_CALIBRATION_IDS_SQL, latest_run, latest_run_id
from .mapping import boxes_of
from .periods import PeriodInfo, _info, _row, previous_period

# personnel columns the map needs beside the placement
PERSON_COLUMNS = (
    "id",
    "nip",
    "nama_lengkap",
    "search_name",
    "jabatan",
    "jenis_jabatan",
    "jenjang",
    "eselon",
    "eselon_id",
    "golongan",
    "golongan_id",
    "golongan_rank",
    "jenis_pegawai",
    "unit_id",
    "unit",
    "unit_induk",
)


def period_placements(session: Session, period_id: int) -> pd.DataFrame:
    """Index person_id; computed and current levels and boxes, scores, holding reason, latest calibration.
    Empty when the period has not been mapped."""
    run_id = latest_run_id(session, period_id)
    columns = [
        "person_id", "nilai_kinerja", "nilai_potensial", "nilai_talenta", "computed_kinerja", "computed_potensial",
        "holding_reason",
    ]  # fmt: skip
    frame = raw_frame(
        session,
        "SELECT person_id, nilai_kinerja, nilai_potensial, nilai_talenta, kinerja_level, potensial_level,"
        " holding_reason FROM placement WHERE run_id = ?",
        (run_id if run_id is not None else -1,),
        columns,
    ).set_index("person_id")
    for name in columns[1:6]:
        frame[name] = frame[name].astype(float)
    calibrated = raw_frame(
        session,
        "SELECT c.person_id, c.id, c.kinerja_after, c.potensial_after, c.reason, c.decided_by, c.meeting_id"
        f" FROM calibration c JOIN ({LATEST_CALIBRATION_IDS_SQL}) m ON c.id = m.id",
        (period_id,),
        [
            "person_id",
            "calibration_id",
            "kinerja_after",
            "potensial_after",
            "calibration_reason",
            "calibrated_by",
            "meeting_id",
        ],
    ).set_index("person_id")
    frame = frame.join(calibrated, how="left")
    frame["computed_box"] = boxes_of(frame, "computed_kinerja", "computed_potensial")
    has_cal = frame["calibration_id"].notna() & frame["computed_kinerja"].notna()
    frame["kinerja_level"] = frame["kinerja_after"].astype(float).where(has_cal, frame["computed_kinerja"])
    frame["potensial_level"] = (
        frame["potensial_after"].astype(float).where(has_cal, frame["computed_potensial"])
    )
    frame["box"] = boxes_of(frame)
    frame["calibrated"] = (frame["box"] != frame["computed_box"]).fillna(False).astype(bool)
    return frame.drop(columns=["kinerja_after", "potensial_after"])


_ID_CHUNK = 500  # ids bound per statement (well under every SQLite build's variable limit)


def current_boxes(session: Session, period_id: int, person_ids: Iterable[int] | None = None) -> pd.Series:
    """Each placed person's current box in a period (latest run, then the latest calibration), by
    person_id — the slim read for comparisons with an earlier period. ``person_ids``: only these people
    (a few successors need not read 50,000 placements).

    Two reads joined here rather than one LEFT JOIN on the ranked calibrations: SQLite scans that
    materialised subquery once per placement (seconds for 50,000 people), while both reads alone are
    index lookups."""
    columns = ["person_id", "kinerja_level", "potensial_level"]
    run_id = latest_run_id(session, period_id) or -1
    placements = (
        "SELECT person_id, kinerja_level, potensial_level FROM placement"
        " WHERE run_id = ? AND kinerja_level IS NOT NULL"
    )
    latest = (
        "SELECT c.person_id, c.kinerja_after, c.potensial_after"
        f" FROM calibration c JOIN ({LATEST_CALIBRATION_IDS_SQL}) m ON c.id = m.id"
    )
    if person_ids is None:
        levels = raw_frame(session, placements, (run_id,), columns)
        calibrated = raw_frame(session, latest, (period_id,), columns)
    else:
        ids = sorted({int(i) for i in person_ids})
        parts: list[tuple[pd.DataFrame, pd.DataFrame]] = []
        for start in range(0, len(ids), _ID_CHUNK):
            chunk = ids[start : start + _ID_CHUNK]
            marks = ",".join("?" * len(chunk))
            parts.append(
                (
                    raw_frame(session, f"{placements} AND person_id IN ({marks})", (run_id, *chunk), columns),
                    raw_frame(
                        session, f"{latest} WHERE c.person_id IN ({marks})", (period_id, *chunk), columns
                    ),
                )
            )
        empty = pd.DataFrame(columns=columns)
        levels = pd.concat([p[0] for p in parts], ignore_index=True) if parts else empty
        calibrated = pd.concat([p[1] for p in parts], ignore_index=True) if parts else empty
    levels = levels.set_index("person_id")
    calibrated = calibrated.set_index("person_id")
    levels = levels.astype(float)
    calibrated = calibrated[calibrated.index.isin(levels.index)].astype(float)
    levels.loc[calibrated.index, columns[1:]] = calibrated[columns[1:]]
    return boxes_of(levels)


@dataclass
class TalentMap:
    period: PeriodInfo
    frame: pd.DataFrame  # one row per person in the latest run, RangeIndex; see talent_map()
    previous: PeriodInfo | None
    scheme_params: dict[str, Any] = field(default_factory=dict)

    @property
    def placed(self) -> pd.DataFrame:
        return self.frame[self.frame["box"].notna()]

    @property
    def holding(self) -> pd.DataFrame:
        return self.frame[self.frame["holding_reason"].notna()]

    @property
    def guideline(self) -> dict[int, float]:
        raw = self.scheme_params.get("guideline") or {}
        return {int(k): float(v) for k, v in raw.items()}

    @property
    def cutoffs(self) -> dict[str, list[float]]:
        return (
            {axis: list(self.scheme_params[axis]["cutoffs"]) for axis in ("kinerja", "potensial")}
            if self.scheme_params
            else {}
        )


def talent_map(session: Session, period_label: str, *, today: date | None = None) -> TalentMap:
    period_row = _row(session, period_label)
    period = _info(session, period_row)
    placements = period_placements(session, period_row.id)
    people = personnel_frame(session, today=today or period_row.reference_date, columns=PERSON_COLUMNS)[
        list(PERSON_COLUMNS)
    ]
    frame = people.merge(placements, left_on="id", right_index=True, how="inner").reset_index(drop=True)
    frame = frame.rename(columns={"id": "person_id"})
    previous = previous_period(session, period_label)
    if previous is not None:
        before = current_boxes(session, previous.id)
        frame["previous_box"] = frame["person_id"].map(before).astype("Int64")
    else:
        frame["previous_box"] = pd.Series(pd.NA, index=frame.index, dtype="Int64")
    params: dict[str, Any] = {}
    if period.last_run_id is not None:
        scheme_id = session.scalar(select(MappingRun.scheme_id).where(MappingRun.id == period.last_run_id))
        params = session.get(ScoringScheme, scheme_id).params
    return TalentMap(period, frame, previous, params)


# -- summaries over a (filtered) frame: the same numbers on screen, on the wall and in reports ---------


def distribution(frame: pd.DataFrame, guideline: dict[int, float] | None = None) -> pd.DataFrame:
    """Per box: count, percent of the placed, guideline percent and the difference (index 1–9)."""
    placed = frame["box"].dropna().astype(int)
    counts = placed.value_counts().reindex(range(1, 10), fill_value=0)
    total = int(counts.sum())
    out = pd.DataFrame({"count": counts})
    out["percent"] = (counts / total * 100).round(1) if total else 0.0
    if guideline:
        out["guideline"] = [float(guideline.get(b, 0.0)) for b in range(1, 10)]
        out["difference"] = (out["percent"] - out["guideline"]).round(1)
    return out


def movement_matrix(frame: pd.DataFrame) -> pd.DataFrame:
    """Counts of people from box (rows, previous period) to box (columns, this period); 0 when absent."""
    both = frame[frame["box"].notna() & frame["previous_box"].notna()]
    matrix = pd.crosstab(both["previous_box"].astype(int), both["box"].astype(int))
    return matrix.reindex(index=range(1, 10), columns=range(1, 10), fill_value=0)


# How a person moved between two periods, by the sum of the two levels (kinerja + potensial, 1–3 each;
# the talent pool 7–9 is exactly "sum ≥ 5"). The national numbering is not an order of merit — box 6
# (kinerja di bawah, potensial tinggi) is not better than box 5 — so box numbers must not decide:
#   naik (UP): the sum rose (5 → 8, 3 → 4, 6 → 7); turun (DOWN): it fell (9 → 7, 5 → 2);
#   bergeser (SIDEWAYS): another box with the same sum, one axis up and the other down (2 ↔ 3, 4 ↔ 5 ↔ 6);
#   tetap (SAME): the same box; baru (NEW): placed now, not then; keluar (OUT): placed then, held now.
UP, SAME, SIDEWAYS, DOWN, NEW, OUT = "naik", "tetap", "bergeser", "turun", "baru", "keluar"
MOVED = (UP, SIDEWAYS, DOWN)
MOVEMENT_ORDER = (UP, SIDEWAYS, DOWN, SAME, NEW, OUT)
_LEVEL_SUM = np.array([np.nan] + [float(sum(box_levels(b))) for b in range(1, 10)])


def move_direction(before: int, now: int) -> str:
    """UP, SAME, SIDEWAYS or DOWN for one move between two boxes."""
    if before == now:
        return SAME
    change = _LEVEL_SUM[now] - _LEVEL_SUM[before]
    return UP if change > 0 else DOWN if change < 0 else SIDEWAYS


def _box_array(frame: pd.DataFrame, column: str) -> np.ndarray:
    if column not in frame or not len(frame):
        return np.full(len(frame), np.nan)
    return pd.to_numeric(frame[column], errors="coerce").to_numpy(dtype=float, na_value=np.nan)


def movement(frame: pd.DataFrame) -> pd.Series:
    """Per person (same index): UP, SAME, SIDEWAYS, DOWN, NEW, OUT, or None when in neither map."""
    now, before = _box_array(frame, "box"), _box_array(frame, "previous_box")
    has_now, has_before = ~np.isnan(now), ~np.isnan(before)
    sums_now = _LEVEL_SUM[np.where(has_now, now, 0).astype(int)]
    sums_before = _LEVEL_SUM[np.where(has_before, before, 0).astype(int)]
    both = has_now & has_before
    codes = np.select(
        [
            both & (now == before),
            both & (sums_now > sums_before),
            both & (sums_now < sums_before),
            both,
            has_now,
            has_before,
        ],
        [SAME, UP, DOWN, SIDEWAYS, NEW, OUT],
        default="",
    ).astype(object)
    codes[codes == ""] = None
    return pd.Series(codes, index=frame.index, dtype=object)


def movement_summary(frame: pd.DataFrame) -> dict[str, int]:
    """How many people per movement code, every code present (0 when none)."""
    counts = movement(frame).value_counts()
    return {code: int(counts.get(code, 0)) for code in MOVEMENT_ORDER}


def distribution_by_unit(frame: pd.DataFrame, column: str = "unit_induk") -> pd.DataFrame:
    """People per unit (rows, largest first) and box (columns 1–9), plus a total column."""
    placed = frame[frame["box"].notna()]
    table = pd.crosstab(placed[column].fillna("—"), placed["box"].astype(int))
    table = table.reindex(columns=range(1, 10), fill_value=0)
    table["total"] = table.sum(axis=1)
    return table.sort_values("total", ascending=False)


def deviations(frame: pd.DataFrame) -> pd.DataFrame:
    """Everyone whose current box differs from the computed one, with the latest reason."""
    return frame[frame["calibrated"]].sort_values(["box", "nama_lengkap"])


# -- one person across periods --------------------------------------------------------------------


@dataclass(frozen=True)
class PlacementHistoryEntry:
    period_label: str
    computed_box: int | None
    current_box: int | None
    nilai_kinerja: float | None
    nilai_potensial: float | None
    nilai_talenta: float | None
    holding_reason: str | None
    scheme: str
    calibrations: list[CalibrationEntry]
    components: dict[str, Any] | None = None  # sub-scores per axis, as the scheme computed them


def placement_history(session: Session, person_id: int) -> list[PlacementHistoryEntry]:
    """Every mapped period's placement of one person, newest period first."""
    periods = session.scalars(select(TalentPeriod).order_by(TalentPeriod.reference_date.desc())).all()
    calibrations = calibrations_of(session, person_id)
    out = []
    for period in periods:
        run = latest_run(session, period.id)
        if run is None:
            continue
        placement = session.scalar(
            select(Placement).where(Placement.run_id == run.id, Placement.person_id == person_id)
        )
        if placement is None:
            continue
        scheme = session.get(ScoringScheme, run.scheme_id)
        own = [c for c in calibrations if c.period_label == period.label]
        computed = (
            box_number(placement.kinerja_level, placement.potensial_level)
            if placement.kinerja_level
            else None
        )
        current = own[-1].after_box if own and computed else computed
        out.append(
            PlacementHistoryEntry(
                period.label,
                computed,
                current,
                placement.nilai_kinerja,
                placement.nilai_potensial,
                placement.nilai_talenta,
                placement.holding_reason,
                f"{scheme.name} (versi {scheme.version})",
                own,
                placement.components,
            )
        )
    return out
