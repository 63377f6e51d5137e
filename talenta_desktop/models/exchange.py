"""Installations this database has taken packages from, and the public key each signed with."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime, utcnow


class ExchangeSource(Base):
    """A source installation, pinned to its key on the first import: a later package that names the same
    installation but carries another key is refused (someone else is signing in its name)."""

    __tablename__ = "exchange_source"

    id: Mapped[int] = mapped_column(primary_key=True)
    installation_id: Mapped[str] = mapped_column(String(36), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    public_key: Mapped[str] = mapped_column(String(64))  # base64 of the raw Ed25519 key
    first_import_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    first_import_by: Mapped[str] = mapped_column(String(80))
