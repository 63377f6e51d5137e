"""Read and write agency-wide settings (models.AppSetting); each owning service defines its value's shape."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from talenta_desktop.models import AppSetting
from talenta_desktop.models.base import utcnow

from .actor import Actor
from .audit import record


def get_setting(session: Session, key: str) -> Any | None:
    row = session.get(AppSetting, key)
    return None if row is None else row.value


def put_setting(
    session: Session, actor: Actor, key: str, value: Any, *, action: str = "setting.save"
) -> None:
    """Store ``value`` (JSON-able) under ``key``, audited with what it replaced. ``action`` names the audit
    event, and so the permission the write needs (e.g. "privacy.retention" for the retention rules)."""
    row = session.get(AppSetting, key)
    before = None if row is None else row.value
    if row is None:
        row = AppSetting(key=key, updated_by=actor.username)
        session.add(row)
    row.value, row.updated_at, row.updated_by = value, utcnow(), actor.username
    session.flush()
    record(session, actor, action, entity="setting", entity_id=key,
           before={"value": before}, after={"value": value})  # fmt: skip
