"""Which mapping run and which calibration are "the latest": the one computed or decided last.

Time, not row id, decides: an exchange package can bring in a run or a calibration made elsewhere before
rows that are already here, and it must not overrule them just because it was inserted later. The id only
breaks ties between rows stamped in the same microsecond.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from talenta_desktop.models import Calibration, MappingRun

# Per person, the id of the latest calibration in one period (bind the period id once).
LATEST_CALIBRATION_IDS_SQL = (
    "SELECT person_id, id FROM (SELECT person_id, id, ROW_NUMBER() OVER (PARTITION BY person_id"
    " ORDER BY decided_at DESC, id DESC) AS rank FROM calibration WHERE period_id = ?) ranked WHERE rank = 1"
)


def latest_run(session: Session, period_id: int) -> MappingRun | None:
    return session.scalar(
        select(MappingRun)
        .where(MappingRun.period_id == period_id)
        .order_by(MappingRun.computed_at.desc(), MappingRun.id.desc())
        .limit(1)
    )


def latest_run_id(session: Session, period_id: int) -> int | None:
    run = latest_run(session, period_id)
    return run.id if run is not None else None


def latest_calibration(session: Session, period_id: int, person_id: int) -> Calibration | None:
    return session.scalar(
        select(Calibration)
        .where(Calibration.period_id == period_id, Calibration.person_id == person_id)
        .order_by(Calibration.decided_at.desc(), Calibration.id.desc())
        .limit(1)
    )
