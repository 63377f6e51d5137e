"""Talent periods, scoring schemes, computed placements and calibrations (DOMAIN §3–§4).

What was computed and what people decided stay side by side: a mapping run writes placements with the
scheme version that produced them; a calibration is always a new row, so the current box is derived.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Date, ForeignKey, Index, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UTCDateTime, utcnow

_LEVEL = "between 1 and 3"


class ScoringScheme(Base):
    """A named, versioned set of weights, cut-offs and eligibility rules. Editing makes a new version."""

    __tablename__ = "scoring_scheme"
    __table_args__ = (UniqueConstraint("name", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    version: Mapped[int] = mapped_column(default=1)
    source: Mapped[str] = mapped_column(String(300))  # where the numbers come from, shown to users
    description: Mapped[str | None] = mapped_column(Text)
    params: Mapped[dict[str, Any]] = mapped_column(JSON)
    is_default: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80))


class TalentPeriod(Base):
    """A mapping period such as "2025": which SKP years and which assessments count."""

    __tablename__ = "talent_period"
    __table_args__ = (
        CheckConstraint("status in ('open', 'closed')", name="status"),
        CheckConstraint("skp_year_from <= skp_year_to", name="skp_years"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(40), unique=True)
    skp_year_from: Mapped[int]
    skp_year_to: Mapped[int]
    reference_date: Mapped[date] = mapped_column(Date)  # ages, validity windows and awards count from here
    assessment_valid_years: Mapped[int] = mapped_column(default=3)
    status: Mapped[str] = mapped_column(String(6), default="open")
    scheme_id: Mapped[int | None] = mapped_column(ForeignKey("scoring_scheme.id", ondelete="RESTRICT"))

    scheme: Mapped[ScoringScheme | None] = relationship()


class MappingRun(Base):
    """One computation of a period's placements with one scheme version."""

    __tablename__ = "mapping_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    period_id: Mapped[int] = mapped_column(ForeignKey("talent_period.id", ondelete="RESTRICT"), index=True)
    scheme_id: Mapped[int] = mapped_column(ForeignKey("scoring_scheme.id", ondelete="RESTRICT"))
    computed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    computed_by: Mapped[str] = mapped_column(String(80))
    placed_count: Mapped[int] = mapped_column(default=0)
    holding_count: Mapped[int] = mapped_column(default=0)


class Placement(Base):
    """A computed placement: scores, levels and the box's two levels — or, in the holding area
    ("Belum dapat dipetakan"), no levels and the reason why."""

    __tablename__ = "placement"
    __table_args__ = (
        UniqueConstraint("run_id", "person_id"),
        CheckConstraint(f"kinerja_level is null or kinerja_level {_LEVEL}", name="kinerja_level"),
        CheckConstraint(f"potensial_level is null or potensial_level {_LEVEL}", name="potensial_level"),
        CheckConstraint(
            "(kinerja_level is not null and potensial_level is not null and holding_reason is null)"
            " or (kinerja_level is null and potensial_level is null and holding_reason is not null)",
            name="placed_or_held",
        ),
        Index("ix_placement_period_person", "period_id", "person_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("mapping_run.id", ondelete="RESTRICT"))
    period_id: Mapped[int] = mapped_column(ForeignKey("talent_period.id", ondelete="RESTRICT"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    nilai_kinerja: Mapped[float | None] = mapped_column(Numeric(6, 2, asdecimal=False))
    nilai_potensial: Mapped[float | None] = mapped_column(Numeric(6, 2, asdecimal=False))
    nilai_talenta: Mapped[float | None] = mapped_column(Numeric(6, 2, asdecimal=False))
    kinerja_level: Mapped[int | None]
    potensial_level: Mapped[int | None]
    holding_reason: Mapped[str | None] = mapped_column(Text)
    components: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # sub-scores, for the profile tooltip


class Calibration(Base):
    """A move of a person's box in a period, decided by people. Append-only: undo is a new row that
    reverses an earlier one."""

    __tablename__ = "calibration"
    __table_args__ = (
        CheckConstraint(f"kinerja_after {_LEVEL}", name="kinerja_after"),
        CheckConstraint(f"potensial_after {_LEVEL}", name="potensial_after"),
        CheckConstraint("length(trim(reason)) > 0", name="reason_required"),
        Index("ix_calibration_period_person", "period_id", "person_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    period_id: Mapped[int] = mapped_column(ForeignKey("talent_period.id", ondelete="RESTRICT"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    kinerja_before: Mapped[int | None]  # None when the person came from the holding area
    potensial_before: Mapped[int | None]
    kinerja_after: Mapped[int]
    potensial_after: Mapped[int]
    reason: Mapped[str] = mapped_column(Text)
    decided_by: Mapped[str] = mapped_column(String(80))
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    meeting_id: Mapped[int | None] = mapped_column(  # the Komite Talenta meeting it was made in
        ForeignKey("meeting.id", ondelete="RESTRICT"), index=True
    )
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("calibration.id", ondelete="RESTRICT"))
