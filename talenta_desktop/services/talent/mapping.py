"""Mapping a period: compute everyone's placement with one scheme version and store it as a new run.

Runs are never overwritten: the nine-box reads the latest run, earlier runs remain for comparison.
Calibrations belong to the period and the person, not to a run, so re-mapping keeps every one of them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from sqlalchemy.orm import Session

from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP, MessageError
from talenta_desktop.domain.ninebox import box_number
from talenta_desktop.models import MappingRun, Placement, TalentPeriod

from ..actor import Actor
from ..audit import record
from ..bulk import insert_columns, raw_frame
from ..permissions import authorize_action
from .inputs import load_inputs
from .latest import latest_run_id
from .periods import PeriodError, _row, require_open
from .schemes import SchemeInfo, _check, find_scheme, get_scheme
from .scoring import compute_placements

Progress = Callable[[int, str], None]


class MappingCancelled(MessageError):
    pass


@dataclass(frozen=True)
class BoxChange:
    person_id: int
    before: int | None  # None: was in the holding area (or not mapped)
    after: int | None


@dataclass
class MappingSummary:
    period: str
    scheme: str
    run_id: int
    placed: int
    holding: int
    by_box: dict[int, int]
    changes: list[BoxChange] = field(default_factory=list)
    first_run: bool = True
    seconds: float = 0.0


def preview_placements(session: Session, period_label: str, params: dict) -> pd.DataFrame:
    """What a scheme would give for a period, without storing anything (the scheme editor's preview)."""
    period = _row(session, period_label)
    return compute_placements(_inputs(session, period, params), params, period.reference_date)


def _inputs(session: Session, period: TalentPeriod, params: dict) -> pd.DataFrame:
    eligibility = params.get("eligibility") or {}
    return load_inputs(
        session,
        skp_years=(period.skp_year_from, period.skp_year_to),
        reference_date=period.reference_date,
        assessment_valid_years=period.assessment_valid_years,
        penghargaan_years=int(params.get("penghargaan_years", 5)),
        integritas_years=int(params.get("integritas_years", 5)),
        hukdis_years=int(np.ceil(eligibility.get("hukdis_years", 0) or 0)),
    )


def boxes_of(
    frame: pd.DataFrame, kinerja: str = "kinerja_level", potensial: str = "potensial_level"
) -> pd.Series:
    """Box numbers (Int64, <NA> in the holding area) from two level columns, without a Python loop."""
    k = frame[kinerja].to_numpy(dtype=float)
    p = frame[potensial].to_numpy(dtype=float)
    table = np.zeros((4, 4))
    for kl in (1, 2, 3):
        for pl in (1, 2, 3):
            table[kl, pl] = box_number(kl, pl)
    placed = ~(np.isnan(k) | np.isnan(p))
    boxes = np.full(len(frame), np.nan)
    boxes[placed] = table[k[placed].astype(int), p[placed].astype(int)]
    return pd.Series(boxes, index=frame.index).astype("Int64")


def map_period(
    session: Session,
    actor: Actor,
    period_label: str,
    scheme_name: str | None = None,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> MappingSummary:
    authorize_action(actor, "mapping.run")  # refused before the work, not after
    started = time.perf_counter()
    say = progress or (lambda _p, _t: None)

    def check() -> None:
        if cancel is not None and cancel():
            raise MappingCancelled(
                QT_TRANSLATE_NOOP("services.talent.mapping", "Pemetaan dibatalkan; tidak ada yang disimpan.")
            )

    period = _row(session, period_label)
    require_open(session, period.id)
    if scheme_name:
        scheme = find_scheme(session, scheme_name)
    elif period.scheme_id:
        scheme = _latest_of(session, get_scheme(session, period.scheme_id))
    else:
        scheme = find_scheme(session)
    _check(scheme.params)

    say(5, QT_TRANSLATE_NOOP("services.talent.mapping", "Membaca SKP, asesmen dan riwayat"))
    frame = _inputs(session, period, scheme.params)
    if frame.empty:
        raise PeriodError(
            QT_TRANSLATE_NOOP(
                "services.talent.mapping",
                "Belum ada data pegawai untuk dipetakan. Impor data pegawai terlebih dahulu.",
            )
        )
    check()
    say(40, QT_TRANSLATE_NOOP("services.talent.mapping", "Menghitung nilai kinerja dan potensial"))
    result = compute_placements(frame, scheme.params, period.reference_date)
    check()

    previous_run = latest_run_id(session, period.id)
    say(60, QT_TRANSLATE_NOOP("services.talent.mapping", "Menyimpan penempatan"))
    held = result["holding_reason"].notna()
    run = MappingRun(
        period_id=period.id,
        scheme_id=scheme.id,
        computed_by=actor.username,
        placed_count=int((~held).sum()),
        holding_count=int(held.sum()),
    )
    session.add(run)
    period.scheme_id = scheme.id
    session.flush()

    def column(name: str) -> list:
        values = result[name].to_numpy(dtype=object)
        return [None if v is None or (isinstance(v, float) and np.isnan(v)) else v for v in values]

    n = len(result)
    levels = {
        name: [None if np.isnan(v) else int(v) for v in result[name].to_numpy(dtype=float)]
        for name in ("kinerja_level", "potensial_level")
    }
    insert_columns(
        session,
        Placement.__table__,
        {
            "run_id": [run.id] * n,
            "period_id": [period.id] * n,
            "person_id": result.index.tolist(),
            "nilai_kinerja": column("nilai_kinerja"),
            "nilai_potensial": column("nilai_potensial"),
            "nilai_talenta": column("nilai_talenta"),
            "kinerja_level": levels["kinerja_level"],
            "potensial_level": levels["potensial_level"],
            "holding_reason": column("holding_reason"),
            "components": result["components"].tolist(),
        },
    )
    check()
    say(85, QT_TRANSLATE_NOOP("services.talent.mapping", "Membandingkan dengan pemetaan sebelumnya"))
    boxes = boxes_of(result)
    changes: list[BoxChange] = []
    if previous_run is not None:
        before = _run_boxes(session, previous_run).reindex(boxes.index)
        differs = ~((before == boxes) | (before.isna() & boxes.isna())).fillna(False)
        for pid in boxes.index[differs.to_numpy(dtype=bool)]:
            b, a = before[pid], boxes[pid]
            changes.append(
                BoxChange(int(pid), None if pd.isna(b) else int(b), None if pd.isna(a) else int(a))
            )
    by_box = {box: int((boxes == box).sum()) for box in range(1, 10)}
    summary = MappingSummary(
        period=period.label,
        scheme=scheme.title,
        run_id=run.id,
        placed=run.placed_count,
        holding=run.holding_count,
        by_box=by_box,
        changes=changes,
        first_run=previous_run is None,
    )
    record(
        session,
        actor,
        "mapping.run",
        entity="talent_period",
        entity_id=period.id,
        after={
            "run_id": run.id,
            "scheme_id": scheme.id,
            "scheme": scheme.title,
            "placed": summary.placed,
            "holding": summary.holding,
            "changed": len(changes),
        },
    )
    say(100, QT_TRANSLATE_NOOP("services.talent.mapping", "Selesai"))
    summary.seconds = time.perf_counter() - started
    return summary


def _latest_of(session: Session, scheme: SchemeInfo) -> SchemeInfo:
    return find_scheme(session, scheme.name)


def _run_boxes(session: Session, run_id: int) -> pd.Series:
    frame = raw_frame(
        session,
        "SELECT person_id, kinerja_level, potensial_level FROM placement WHERE run_id = ?",
        (run_id,),
        ["person_id", "kinerja_level", "potensial_level"],
    )
    frame = frame.set_index("person_id").astype(float)
    return boxes_of(frame)
