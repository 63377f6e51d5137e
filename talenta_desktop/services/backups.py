"""Backups: consistent copies of the live database, checked after writing, kept by a retention rule, and
restored only after the database being replaced has itself been kept.

Copies go through SQLite's online backup API, so they are whole even while the app is writing. Automatic
copies live in ``backups/`` beside the database and are named ``<database>-<reason>-<UTC time>.sqlite``;
the reason says why one was made (daily, before a migration, an import, a restore or encryption).

A copy of an encrypted database is encrypted with the same key, so the key file beside the database opens
every automatic copy; a copy written elsewhere (``out``) takes a copy of the key file with it.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP
from talenta_desktop.models import User
from talenta_desktop.models.db import (
    Database,
    DatabaseError,
    backup_sqlite,
    check_schema,
    connect_file,
    database_url,
    driver_errors,
    export_encrypted,
    head_revision,
    make_engine,
    stoppable,
    upgrade,
)
from talenta_desktop.models.encryption import is_encrypted, key_file_path

from .actor import Actor
from .audit import record
from .permissions import Permission, require

FOLDER = "backups"
DAILY, BEFORE_IMPORT, BEFORE_RESTORE, BEFORE_MIGRATION, BEFORE_ENCRYPTION, BEFORE_RETENTION, MANUAL = (
    "harian",
    "sebelum-impor",
    "sebelum-pemulihan",
    "sebelum-migrasi",
    "sebelum-enkripsi",
    "sebelum-retensi",
    "manual",
)
REASON_LABELS = {
    DAILY: "Harian",
    BEFORE_IMPORT: "Sebelum impor",
    BEFORE_RESTORE: "Sebelum pemulihan",
    BEFORE_MIGRATION: "Sebelum migrasi",
    BEFORE_ENCRYPTION: "Sebelum enkripsi",
    BEFORE_RETENTION: "Sebelum penerapan retensi",
    MANUAL: "Manual",
}
KEEP_DAILY = 7  # the last week, day by day
KEEP_MONTHLY = 12  # then the last copy of each month, for a year
KEEP_EACH = 10  # copies before imports, restores and migrations: the newest ten of each
# the tables whose row counts tell a user what a copy holds
_COUNTED = (
    ("person", "pegawai"),
    ("talent_period", "periode"),
    ("meeting", "rapat"),
    ("audit_event", "peristiwa"),
)


class BackupError(DatabaseError):
    """A copy could not be made, checked or restored; the message is for the user."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    reason: str
    made_at: datetime
    size: int

    @property
    def label(self) -> str:
        return REASON_LABELS.get(self.reason, self.reason)


@dataclass(frozen=True)
class DatabaseSummary:
    """What a database file holds, in numbers a user recognises."""

    path: Path
    revision: str | None
    counts: dict[str, int]  # Indonesian noun -> rows
    last_change: str | None  # the newest audit event's time (ISO), None when there is none

    def describe(self) -> str:
        counts = ", ".join(f"{n} {noun}" for noun, n in self.counts.items())
        when = self.last_change[:16].replace("T", " ") if self.last_change else "—"
        return f"{counts}; perubahan terakhir {when} UTC"


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _require_file(db: Database) -> Path:
    if db.path is None:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "services.backups",
                "Cadangan dengan salinan berkas hanya untuk database SQLite; gunakan alat basis data.",
            )
        )
    return db.path


def summarize(
    path: Path, key: bytes | None = None, *, cancel: Callable[[], bool] = lambda: False
) -> DatabaseSummary:
    """Check a database file (SQLite integrity, a Talenta schema this version can read) and count it;
    an encrypted one with its key. Raises BackupError naming what is wrong, CopyCancelled when
    ``cancel()`` stopped the check."""
    if not path.is_file():
        raise BackupError(QT_TRANSLATE_NOOP("services.backups", "Berkas tidak ditemukan: {path}"), path=path)
    if key is None and is_encrypted(path):
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "services.backups",
                "{name} terenkripsi atau bukan database SQLite; salinan terenkripsi hanya dapat "
                "dipulihkan ke database terenkripsi yang sama.",
            ),
            name=path.name,
        )
    try:
        connection = connect_file(path, key, read_only=True)
    except driver_errors() as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP("services.backups", "{name} tidak dapat dibuka: {exc}"), name=path.name, exc=exc
        ) from exc
    try:
        with stoppable(connection, cancel):  # seconds on a large file
            whole = connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        if not whole:
            raise BackupError(
                QT_TRANSLATE_NOOP("services.backups", "{name} rusak (pemeriksaan integritas SQLite gagal)."),
                name=path.name,
            )
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "alembic_version" not in tables or "person" not in tables:
            raise BackupError(
                QT_TRANSLATE_NOOP("services.backups", "{name} bukan database Talenta Desktop."),
                name=path.name,
            )
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = revision[0] if revision else None
        try:
            check_schema(tables, revision)  # a schema this version knows, or it is refused before it is used
        except DatabaseError as exc:
            raise BackupError(
                QT_TRANSLATE_NOOP("services.backups", "{name}: {exc}"), name=path.name, exc=exc
            ) from exc
        counts = {
            noun: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            for table, noun in _COUNTED
            if table in tables
        }
        last = (
            connection.execute("SELECT max(at) FROM audit_event").fetchone()[0]
            if "audit_event" in tables
            else None
        )
    except (UnicodeDecodeError, *driver_errors()) as exc:  # a damaged schema is quoted in the error text
        raise BackupError(
            QT_TRANSLATE_NOOP("services.backups", "{name} bukan database SQLite yang dapat dibaca: {exc}"),
            name=path.name,
            exc=exc,
        ) from exc
    finally:
        connection.close()
    return DatabaseSummary(path, revision, counts, str(last) if last else None)


def backup_database(
    db: Database,
    actor: Actor,
    reason: str = MANUAL,
    *,
    out: str | Path | None = None,
    now: datetime | None = None,
    cancel: Callable[[], bool] = lambda: False,
) -> BackupInfo:
    """Copy the live database (to ``out``, or into ``backups/`` beside it) and check the copy. A copy to
    ``out`` is recorded in the audit log; automatic copies are pruned by the retention rule. When
    ``cancel()`` turns true the copy stops with CopyCancelled and nothing is left of it."""
    source = _require_file(db)
    if out is not None:  # automatic copies are made for everyone; a copy taken away needs the permission
        require(actor, Permission.BACKUP)
    moment = now or datetime.now(UTC)
    target = (
        Path(out)
        if out is not None
        else source.parent / FOLDER / f"{source.stem}-{reason}-{_stamp(moment)}.sqlite"
    )
    if target.resolve() == source.resolve():
        raise BackupError(
            QT_TRANSLATE_NOOP("services.backups", "Cadangan tidak boleh menimpa database itu sendiri.")
        )
    partial = target.with_name(target.name + ".partial")
    try:
        backup_sqlite(source, partial, db.key, cancel=cancel)
        summarize(partial, db.key, cancel=cancel)  # whole, and a Talenta database
        partial.replace(target)
        if db.key is not None and out is not None:  # the copy travels: its key file goes with it
            shutil.copyfile(key_file_path(source), key_file_path(target))
    except (OSError, *driver_errors()) as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP("services.backups", "Cadangan {target} tidak dapat ditulis: {exc}"),
            target=target,
            exc=exc,
        ) from exc
    finally:
        partial.unlink(missing_ok=True)
    if out is not None:
        # A copy the user sends somewhere (a flash drive, another disk) is personal data leaving the
        # database's folder, so it is logged like an export. Automatic copies stay beside the database and
        # are not: a refused import or a merely opened app must leave the audit log as it was.
        # (the importing package brings pandas and the spreadsheet readers: not at every start's backup)
        from .importing.reading import file_sha256

        digest = file_sha256(target)  # read in blocks: a database can be hundreds of megabytes
        with db.transaction() as session:
            record(session, actor, "database.backup", entity="database",
                   after={"file": str(target.resolve()), "reason": reason, "bytes": target.stat().st_size,
                          "sha256": digest})  # fmt: skip
    if out is None:
        prune_backups(db, now=moment)
    return BackupInfo(target, reason, moment, target.stat().st_size)


def backup_before_import(db: Database, actor: Actor) -> BackupInfo | None:
    """The automatic copy before an import (a file database only); a BackupError stops the import."""
    return backup_database(db, actor, BEFORE_IMPORT) if db.path is not None else None


def list_backups(db: Database) -> list[BackupInfo]:
    """The automatic copies beside the database, newest first."""
    source = _require_file(db)
    folder = source.parent / FOLDER
    # <stem>-<reason>[-<detail, e.g. the schema before a migration>]-<UTC time>.sqlite
    name = re.compile(
        rf"^{re.escape(source.stem)}-(?P<reason>[a-z]+(?:-[a-z]+)*)(?:-(?P<detail>[0-9a-z]+))?"
        r"-(?P<stamp>\d{8}T\d{6}Z)\.sqlite$"
    )
    found = []
    for path in folder.glob(f"{source.stem}-*.sqlite") if folder.is_dir() else ():
        match = name.match(path.name)
        if match is None:
            continue
        made_at = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        found.append(BackupInfo(path, match["reason"], made_at, path.stat().st_size))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def prune_backups(db: Database, *, now: datetime | None = None) -> list[Path]:
    """Delete automatic copies the retention rule no longer keeps; return what was deleted.

    Daily copies: the newest ``KEEP_DAILY``, then the newest of each month for ``KEEP_MONTHLY`` months.
    Copies made before imports, restores and migrations: the newest ``KEEP_EACH`` of each kind.
    """
    kept: set[Path] = set()
    by_reason: dict[str, list[BackupInfo]] = {}
    for backup in list_backups(db):
        by_reason.setdefault(backup.reason, []).append(backup)
    for reason, backups in by_reason.items():
        if reason != DAILY:
            kept.update(b.path for b in backups[:KEEP_EACH])
            continue
        kept.update(b.path for b in backups[:KEEP_DAILY])
        months: dict[str, Path] = {}
        for backup in backups:  # newest first: the first seen per month is that month's last copy
            months.setdefault(backup.made_at.strftime("%Y-%m"), backup.path)
        kept.update(list(months.values())[:KEEP_MONTHLY])
    removed = [b.path for backups in by_reason.values() for b in backups if b.path not in kept]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def daily_backup_if_due(
    db: Database, actor: Actor, *, now: datetime | None = None, cancel: Callable[[], bool] = lambda: False
) -> BackupInfo | None:
    """The day's automatic copy, when the app is used and none was made today (UTC); ``cancel`` as for
    backup_database."""
    moment = now or datetime.now(UTC)
    if not daily_backup_due(db, now=moment):
        return None
    return backup_database(db, actor, DAILY, now=moment, cancel=cancel)


def daily_backup_due(db: Database, *, now: datetime | None = None) -> bool:
    """Whether the day's copy is still to be made (a file database with no daily copy today, UTC)."""
    if db.path is None:
        return False
    today = (now or datetime.now(UTC)).astimezone(UTC).date()
    return not any(b.reason == DAILY and b.made_at.date() == today for b in list_backups(db))


@dataclass(frozen=True)
class RestorePlan:
    current: DatabaseSummary
    replacement: DatabaseSummary

    def describe(self) -> str:
        return (
            f"Database sekarang ({self.current.path.name}): {self.current.describe()}.\n"
            f"Akan diganti dengan {self.replacement.path.name}: {self.replacement.describe()}."
        )


def plan_restore(db: Database, source: str | Path) -> RestorePlan:
    """Check the copy to restore and say what it would replace; changes nothing. A copy of an encrypted
    database must be this database's (the same key); a plain copy may be restored into an encrypted
    database, and is encrypted on the way."""
    source = Path(source)
    key = db.key if is_encrypted(source) else None
    return RestorePlan(summarize(_require_file(db), db.key), summarize(source, key))


def restore_database(db: Database, actor: Actor, source: str | Path) -> BackupInfo:
    """Replace the database's content with the copy at ``source`` (migrated when it is older), after
    keeping the current one as a backup; return that backup. Recorded in the restored database's audit
    log."""
    require(actor, Permission.RESTORE)
    plan = plan_restore(db, source)
    kept = backup_database(db, actor, BEFORE_RESTORE)
    target = _require_file(db)
    staged = target.with_name(target.name + ".pemulihan")
    with db.session() as session:
        accounts = _accounts(session)
    db.dispose()
    try:
        # The copy is staged beside the database in its format (encrypted with its key when it is) and
        # migrated there, so a copy that cannot be brought up to date is refused before anything changes.
        _stage(plan.replacement, staged, db.key)
        src = connect_file(staged, db.key, read_only=True)
        dst = connect_file(target, db.key)
        try:
            src.backup(dst)  # page by page inside one transaction of the target: whole or not at all
            if dst.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise BackupError(
                    QT_TRANSLATE_NOOP(
                        "services.backups",
                        "Pemulihan gagal diperiksa; database sebelumnya tersimpan di {path}.",
                    ),
                    path=kept.path,
                )
        finally:
            dst.close()
            src.close()
    except (DatabaseError, SQLAlchemyError, *driver_errors()) as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "services.backups",
                "Pemulihan gagal ({exc}); database tidak diubah, dan salinannya ada di {path}.",
            ),
            exc=exc,
            path=kept.path,
        ) from exc
    finally:
        for leftover in (
            staged,
            staged.with_name(staged.name + "-wal"),
            staged.with_name(staged.name + "-shm"),
        ):
            leftover.unlink(missing_ok=True)
    with db.transaction() as session:  # recorded in the restored database's own chain
        _keep_accounts(session, accounts)
        record(session, actor, "database.restore", entity="database",
               after={"from": str(plan.replacement.path.resolve()), "kept": str(kept.path.resolve()),
                      "replaced": plan.current.counts, "restored": plan.replacement.counts})  # fmt: skip
    return kept


def _stage(replacement: DatabaseSummary, staged: Path, key: bytes | None) -> None:
    """A checked copy of the replacement at ``staged``, in the target's format, at this version's schema."""
    staged.unlink(missing_ok=True)
    if key is not None and not is_encrypted(replacement.path):
        export_encrypted(replacement.path, staged, key)  # the backup API copies pages, not plaintext
    else:
        backup_sqlite(replacement.path, staged, key)
    if replacement.revision != head_revision():
        engine = make_engine(database_url(staged), key)
        try:
            upgrade(engine)
        finally:
            engine.dispose()


def _accounts(session: Session) -> list[dict]:
    return [
        {c: getattr(user, c) for c in ("username", "full_name", "nip", "role", "active", "password_hash")}
        for user in session.scalars(select(User))
    ]


def _keep_accounts(session: Session, accounts: list[dict]) -> None:
    """A restore brings back the data, not the accounts: who may sign in (and, on an encrypted database,
    the key file) stays as it is now, so nobody is locked out by an older copy of the user table."""
    restored = {user.username: user for user in session.scalars(select(User))}
    for account in accounts:
        user = restored.get(account["username"])
        if user is None:
            session.add(User(**account))
        else:
            for column, value in account.items():
                setattr(user, column, value)
    session.flush()
