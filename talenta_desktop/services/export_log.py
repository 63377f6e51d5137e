"""Which personal data left the office, and when (DOMAIN §10: a breach must be reported within 3 × 24 hours).

Every export — a workbook, a report, an exchange package — is an audit event ``export.<kind>`` written in
the same transaction as the rest of the export's bookkeeping, so the log is as tamper-evident as the audit
chain itself and needs no table of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from talenta_desktop.models import AuditEvent

from .actor import Actor
from .audit import record

ACTION_PREFIX = "export."
# Exports recorded before the log had one prefix (personnel exports of earlier versions).
LEGACY_ACTIONS = {"personnel.export": "personnel"}

# What each kind is called on screen and in the log (Indonesian; the GUI translates these labels).
KIND_LABELS = {
    "personnel": "Data pegawai",
    "bkn": "Lembar kerja BKN",
    "package": "Paket pertukaran",
    "report.talent-map": "Laporan peta talenta",
    "report.profile": "Profil talenta",
    "report.executive": "Ringkasan eksekutif",
    "report.berita-acara": "Berita acara",
    "report.succession": "Laporan suksesi",
    "report.idp": "Rencana pengembangan individu",
    "audit": "Log audit",
    "privacy-register": "Register data pribadi",
}


@dataclass(frozen=True)
class ExportLogEntry:
    event_id: int
    at: datetime
    actor: str
    kind: str
    file: str
    path: str
    rows: int | None
    period: str | None
    sensitive: bool  # whether sensitive columns (birth data, calibration reasons, hukdis) were included
    details: dict[str, Any]

    @property
    def label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


def record_export(
    session: Session,
    actor: Actor,
    kind: str,
    path: str | Path,
    *,
    rows: int | None,
    period: str | None = None,
    sensitive: bool = True,
    **details: Any,
) -> None:
    """Record one export: who (the actor), when (the event time), what (kind, period, rows, details) and
    where to (the absolute path). Call it in the transaction that finishes the export."""
    target = Path(path)
    record(
        session,
        actor,
        ACTION_PREFIX + kind,
        entity="export",
        after={
            "file": target.name,
            "path": str(target.resolve()),
            "rows": rows,
            "period": period,
            "sensitive": sensitive,
            **details,
        },
    )


def export_log(session: Session, *, limit: int | None = None) -> list[ExportLogEntry]:
    """Every recorded export, newest first."""
    query = (
        select(AuditEvent)
        .where(or_(AuditEvent.action.startswith(ACTION_PREFIX), AuditEvent.action.in_(LEGACY_ACTIONS)))
        .order_by(AuditEvent.id.desc())
    )
    if limit is not None:
        query = query.limit(limit)
    out = []
    for event in session.scalars(query):
        after = dict(event.after or {})
        kind = LEGACY_ACTIONS.get(event.action) or event.action.removeprefix(ACTION_PREFIX)
        out.append(
            ExportLogEntry(
                event_id=event.id,
                at=event.at,
                actor=event.actor,
                kind=kind,
                file=str(after.pop("file", "")),
                path=str(after.pop("path", "")),
                rows=after.pop("rows", None),
                period=after.pop("period", None),
                sensitive=bool(after.pop("sensitive", True)),
                details=after,
            )
        )
    return out
