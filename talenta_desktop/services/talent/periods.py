"""Talent periods (e.g. "2025"): which SKP years and which assessments count, and whether it is still open."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from talenta_desktop.models import ScoringScheme, TalentPeriod

from ..actor import Actor
from ..audit import record
from .latest import latest_run


class PeriodError(ValueError):
    """A period that does not exist, cannot be created, or is closed for changes."""


@dataclass(frozen=True)
class PeriodInfo:
    id: int
    label: str
    skp_year_from: int
    skp_year_to: int
    reference_date: date
    assessment_valid_years: int
    status: str
    scheme_id: int | None
    scheme_title: str | None
    last_run_id: int | None
    last_run_at: datetime | None
    placed: int
    holding: int

    @property
    def is_open(self) -> bool:
        return self.status == "open"


def _info(session: Session, period: TalentPeriod) -> PeriodInfo:
    run = latest_run(session, period.id)
    scheme = (
        session.get(ScoringScheme, run.scheme_id if run else period.scheme_id)
        if (run or period.scheme_id)
        else None
    )
    return PeriodInfo(
        period.id,
        period.label,
        period.skp_year_from,
        period.skp_year_to,
        period.reference_date,
        period.assessment_valid_years,
        period.status,
        scheme.id if scheme else None,
        f"{scheme.name} (versi {scheme.version})" if scheme else None,
        run.id if run else None,
        run.computed_at if run else None,
        run.placed_count if run else 0,
        run.holding_count if run else 0,
    )


def list_periods(session: Session) -> list[PeriodInfo]:
    """Newest first: the period a user most likely wants is the first."""
    rows = session.scalars(
        select(TalentPeriod).order_by(TalentPeriod.reference_date.desc(), TalentPeriod.id.desc())
    )
    return [_info(session, row) for row in rows]


def _row(session: Session, label: str) -> TalentPeriod:
    row = session.scalar(select(TalentPeriod).where(TalentPeriod.label == str(label).strip()))
    if row is None:
        labels = ", ".join(
            p.label for p in session.scalars(select(TalentPeriod).order_by(TalentPeriod.label))
        )
        raise PeriodError(
            f"Periode {label!r} tidak ditemukan."
            + (f" Periode yang ada: {labels}." if labels else " Belum ada periode.")
        )
    return row


def get_period(session: Session, label: str) -> PeriodInfo:
    return _info(session, _row(session, label))


def previous_period(session: Session, label: str) -> PeriodInfo | None:
    current = _row(session, label)
    row = session.scalar(
        select(TalentPeriod)
        .where(TalentPeriod.reference_date < current.reference_date)
        .order_by(TalentPeriod.reference_date.desc())
        .limit(1)
    )
    return _info(session, row) if row else None


def create_period(
    session: Session,
    actor: Actor,
    label: str,
    *,
    skp_year_from: int,
    skp_year_to: int,
    reference_date: date,
    assessment_valid_years: int = 3,
) -> PeriodInfo:
    label = str(label).strip()
    if not label:
        raise PeriodError("Nama periode wajib diisi.")
    if session.scalar(select(TalentPeriod.id).where(TalentPeriod.label == label)):
        raise PeriodError(f"Periode {label!r} sudah ada.")
    if skp_year_from > skp_year_to:
        raise PeriodError(f"Tahun SKP awal ({skp_year_from}) sesudah tahun akhir ({skp_year_to}).")
    if not 1 <= assessment_valid_years <= 10:
        raise PeriodError(f"Masa berlaku asesmen harus 1–10 tahun, bukan {assessment_valid_years}.")
    row = TalentPeriod(
        label=label,
        skp_year_from=skp_year_from,
        skp_year_to=skp_year_to,
        reference_date=reference_date,
        assessment_valid_years=assessment_valid_years,
    )
    session.add(row)
    session.flush()
    record(
        session,
        actor,
        "period.create",
        entity="talent_period",
        entity_id=row.id,
        after={
            "label": label,
            "skp_years": [skp_year_from, skp_year_to],
            "reference_date": reference_date,
            "assessment_valid_years": assessment_valid_years,
        },
    )
    return _info(session, row)


def set_period_status(session: Session, actor: Actor, label: str, status: str) -> PeriodInfo:
    if status not in ("open", "closed"):
        raise PeriodError(f"Status periode tidak dikenal: {status!r}.")
    row = _row(session, label)
    before = row.status
    row.status = status
    record(
        session,
        actor,
        "period.status",
        entity="talent_period",
        entity_id=row.id,
        before={"status": before},
        after={"status": status},
    )
    return _info(session, row)


def require_open(session: Session, period_id: int) -> TalentPeriod:
    row = session.get(TalentPeriod, period_id)
    if row is None:
        raise PeriodError(f"Periode #{period_id} tidak ditemukan.")
    if row.status != "open":
        raise PeriodError(f"Periode {row.label} sudah ditutup; buka kembali periode untuk mengubahnya.")
    return row


def ensure_year_period(session: Session, actor: Actor, label: str) -> tuple[PeriodInfo, bool]:
    """The period with this label; a year ("2026") that does not exist yet is created with the usual
    settings — SKP of that year and the one before, reference date 31 December, assessments valid 3 years.
    Returns (period, created)."""
    label = str(label).strip()
    existing = session.scalar(select(TalentPeriod).where(TalentPeriod.label == label))
    if existing is not None:
        return _info(session, existing), False
    if not (label.isdigit() and len(label) == 4 and 2000 <= int(label) <= 2100):
        _row(session, label)  # raises the "not found" message listing the periods that exist
    year = int(label)
    created = create_period(
        session, actor, label, skp_year_from=year - 1, skp_year_to=year, reference_date=date(year, 12, 31)
    )
    return created, True
