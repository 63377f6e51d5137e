"""Individual development plans (IDP, DOMAIN §7): one per person per period, with its activities."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime, utcnow

PLAN_STATUSES = ("draf", "disetujui", "selesai", "batal")
FORMS = ("klasikal", "nonklasikal")
CATEGORIES = ("70", "20", "10")  # experience : learning from others : formal training (a guideline)
ACTIVITY_STATUSES = ("rencana", "berjalan", "selesai", "batal")
MENTOR_TYPES = ("tetap", "tidak_tetap")


class DevelopmentPlan(Base):
    __tablename__ = "development_plan"
    __table_args__ = (UniqueConstraint("person_id", "period_id", name="uq_development_plan_person_period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    period_id: Mapped[int] = mapped_column(ForeignKey("talent_period.id", ondelete="RESTRICT"))
    # The box the plan was made for, as its two levels (never a box number alone).
    kinerja_level: Mapped[int | None]
    potensial_level: Mapped[int | None]
    target_jabatan: Mapped[str | None] = mapped_column(String(250))
    status: Mapped[str] = mapped_column(String(10), default="draf")
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("meeting_decision.id", ondelete="RESTRICT"))
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80))


class DevelopmentActivity(Base):
    __tablename__ = "development_activity"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("development_plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    title: Mapped[str] = mapped_column(String(250))
    form: Mapped[str] = mapped_column(String(12))  # klasikal | nonklasikal
    kind: Mapped[str] = mapped_column(String(40))  # e.g. "pelatihan_teknis", "coaching", "mentoring"
    category: Mapped[str] = mapped_column(String(2))  # "70" | "20" | "10"
    jp: Mapped[int] = mapped_column(default=0)  # planned jam pelajaran
    starts_on: Mapped[date | None] = mapped_column(Date)
    due_on: Mapped[date | None] = mapped_column(Date)
    mentor_name: Mapped[str | None] = mapped_column(String(250))
    mentor_type: Mapped[str | None] = mapped_column(String(12))  # tetap | tidak_tetap
    status: Mapped[str] = mapped_column(String(10), default="rencana")
    evidence: Mapped[str | None] = mapped_column(Text)  # certificate number, report, file name
    completed_on: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(12), default="manual")  # rekomendasi | kesenjangan | manual
