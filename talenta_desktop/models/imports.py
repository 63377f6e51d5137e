"""Saved column mappings for imports ("profiles"), reusable from the GUI and the CLI."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, CheckConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime, utcnow


class ImportProfile(Base):
    __tablename__ = "import_profile"
    __table_args__ = (CheckConstraint("kind in ('personnel', 'skp', 'assessment')", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    # field key (SIASN name) -> the header as written in the agency's files
    mapping: Mapped[dict[str, str]] = mapped_column(JSON)
    sheet: Mapped[str | None] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80))
