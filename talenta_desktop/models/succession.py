"""Critical posts (jabatan target / kritikal) and their successors (DOMAIN §6)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime, utcnow

POST_KINDS = ("target", "kritikal")
SUCCESSOR_STATUSES = ("usulan", "ditetapkan", "batal")


class CriticalPost(Base):
    __tablename__ = "critical_post"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"))
    jabatan_nama: Mapped[str] = mapped_column(String(250))
    kind: Mapped[str] = mapped_column(String(10))  # target | kritikal
    jenis_jabatan: Mapped[str | None] = mapped_column(String(12))
    jenjang_jabatan: Mapped[str] = mapped_column(String(30))  # the level a successor moves up to
    eselon: Mapped[str | None] = mapped_column(String(2))
    min_golongan: Mapped[str | None] = mapped_column(String(5))  # PNS code, e.g. "34" (III/d)
    bup: Mapped[int | None]  # None: the usual BUP of the level (domain.jabatan.bup_of)
    incumbent_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    successors_needed: Mapped[int] = mapped_column(default=2)
    note: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80))


class Successor(Base):
    """A person named as successor for a post in a period; confirmed by a committee decision."""

    __tablename__ = "successor"
    __table_args__ = (UniqueConstraint("post_id", "person_id", "period_id", name="uq_successor"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("critical_post.id", ondelete="RESTRICT"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    period_id: Mapped[int] = mapped_column(ForeignKey("talent_period.id", ondelete="RESTRICT"))
    readiness: Mapped[str] = mapped_column(String(20))  # a code of the configured readiness categories
    status: Mapped[str] = mapped_column(String(10), default="usulan")
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("meeting_decision.id", ondelete="RESTRICT"))
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80))
