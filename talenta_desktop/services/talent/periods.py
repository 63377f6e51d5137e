"""Talent periods (e.g. "2025"): which SKP years and which assessments count, and whether it is still open."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP, Message, MessageError
from talenta_desktop.models import ScoringScheme, TalentPeriod

from ..actor import Actor
from ..audit import record
from .latest import latest_run


class PeriodError(MessageError, ValueError):
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
    scheme_title_message: Message | None = field(default=None, compare=False)  # scheme_title, for the screen

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
    title = (
        Message(
            QT_TRANSLATE_NOOP("services.talent.periods", "{name} (versi {version})"),
            name=scheme.name,
            version=scheme.version,
        )
        if scheme
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
        str(title) if title else None,
        run.id if run else None,
        run.computed_at if run else None,
        run.placed_count if run else 0,
        run.holding_count if run else 0,
        title,
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
        if labels:
            raise PeriodError(
                QT_TRANSLATE_NOOP(
                    "services.talent.periods",
                    "Periode '{label}' tidak ditemukan. Periode yang ada: {labels}.",
                ),
                label=str(label),
                labels=labels,
            )
        raise PeriodError(
            QT_TRANSLATE_NOOP(
                "services.talent.periods", "Periode '{label}' tidak ditemukan. Belum ada periode."
            ),
            label=str(label),
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
        raise PeriodError(QT_TRANSLATE_NOOP("services.talent.periods", "Nama periode wajib diisi."))
    if session.scalar(select(TalentPeriod.id).where(TalentPeriod.label == label)):
        raise PeriodError(
            QT_TRANSLATE_NOOP("services.talent.periods", "Periode '{label}' sudah ada."), label=label
        )
    if skp_year_from > skp_year_to:
        raise PeriodError(
            QT_TRANSLATE_NOOP(
                "services.talent.periods",
                "Tahun SKP awal ({skp_year_from}) sesudah tahun akhir ({skp_year_to}).",
            ),
            skp_year_from=skp_year_from,
            skp_year_to=skp_year_to,
        )
    if not 1 <= assessment_valid_years <= 10:
        raise PeriodError(
            QT_TRANSLATE_NOOP(
                "services.talent.periods",
                "Masa berlaku asesmen harus 1–10 tahun, bukan {assessment_valid_years}.",
            ),
            assessment_valid_years=assessment_valid_years,
        )
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
        raise PeriodError(
            QT_TRANSLATE_NOOP("services.talent.periods", "Status periode tidak dikenal: '{status}'."),
            status=status,
        )
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
        raise PeriodError(
            QT_TRANSLATE_NOOP("services.talent.periods", "Periode #{period_id} tidak ditemukan."),
            period_id=period_id,
        )
    if row.status != "open":
        raise PeriodError(
            QT_TRANSLATE_NOOP(
                "services.talent.periods",
                "Periode {label} sudah ditutup; buka kembali periode untuk mengubahnya.",
            ),
            label=row.label,
        )
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
