"""Backups (issue 8): a checked copy of the live database, a retention rule for automatic copies, and a
restore that first keeps the database it replaces."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

import talenta_desktop.models.db as db_module
from talenta_desktop.models import AuditEvent, Person
from talenta_desktop.models.db import CopyCancelled
from talenta_desktop.services.audit import verify_chain
from talenta_desktop.services.backups import (
    BEFORE_IMPORT,
    BEFORE_RESTORE,
    DAILY,
    KEEP_DAILY,
    KEEP_EACH,
    BackupError,
    backup_database,
    daily_backup_due,
    daily_backup_if_due,
    list_backups,
    plan_restore,
    restore_database,
    summarize,
)


def _people(database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(Person))


def test_a_backup_is_a_checked_copy_and_is_logged(demo_db, actor, tmp_path):
    made = backup_database(demo_db, actor, out=tmp_path / "luar" / "cadangan.sqlite")
    summary = summarize(made.path)
    assert summary.counts["pegawai"] == _people(demo_db) > 0
    assert not list(made.path.parent.glob("*.partial"))
    with demo_db.session() as session:
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
        assert event.action == "database.backup" and event.after["file"] == str(made.path.resolve())
        assert verify_chain(session)[1] is None


def test_retention_keeps_a_week_of_days_then_one_a_month(demo_db, actor):
    start = datetime(2026, 1, 1, 8, tzinfo=UTC)
    for day in range(0, 75, 3):  # a copy every third day for 75 days
        backup_database(demo_db, actor, DAILY, now=start + timedelta(days=day))
    daily = [b for b in list_backups(demo_db) if b.reason == DAILY]
    newest = [b.made_at for b in daily[:KEEP_DAILY]]
    assert newest == [start + timedelta(days=d) for d in range(72, 72 - 3 * KEEP_DAILY, -3)]
    # before those, the last copy of each month survives: January's (February's is among the newest)
    assert [b.made_at for b in daily[KEEP_DAILY:]] == [start + timedelta(days=30)]


def test_copies_before_imports_keep_the_newest_ten(demo_db, actor):
    start = datetime(2026, 3, 1, tzinfo=UTC)
    for minute in range(KEEP_EACH + 3):
        backup_database(demo_db, actor, BEFORE_IMPORT, now=start + timedelta(minutes=minute))
    kept = [b.made_at for b in list_backups(demo_db) if b.reason == BEFORE_IMPORT]
    assert kept == [start + timedelta(minutes=m) for m in range(KEEP_EACH + 2, 2, -1)]


def test_the_daily_copy_is_made_once_a_day(demo_db, actor):
    morning = datetime(2026, 5, 4, 7, tzinfo=UTC)
    assert daily_backup_if_due(demo_db, actor, now=morning) is not None
    assert daily_backup_if_due(demo_db, actor, now=morning + timedelta(hours=5)) is None
    assert daily_backup_if_due(demo_db, actor, now=morning + timedelta(days=1)) is not None


def test_restore_shows_what_it_replaces_keeps_the_current_database_and_brings_the_copy_back(
    demo_db, actor, tmp_path
):
    copy = backup_database(demo_db, actor, out=tmp_path / "cadangan.sqlite").path
    people = _people(demo_db)
    with demo_db.transaction() as session:  # a later change the restore will undo
        session.scalars(select(Person).limit(1)).one().nama = "Diubah setelah cadangan"
    plan = plan_restore(demo_db, copy)
    assert "Akan diganti dengan cadangan.sqlite" in plan.describe()
    assert plan.replacement.counts["pegawai"] == people

    kept = restore_database(demo_db, actor, copy)
    assert kept.reason == BEFORE_RESTORE and summarize(kept.path).counts["pegawai"] == people
    with demo_db.session() as session:
        assert "Diubah setelah cadangan" not in set(session.scalars(select(Person.nama)))
        assert session.scalars(select(AuditEvent.action).order_by(AuditEvent.id.desc()).limit(1)).one() == (
            "database.restore"
        )
        assert verify_chain(session)[1] is None


@pytest.mark.parametrize("content", [b"", b"bukan database", b"SQLite format 3\x00" + b"\x00" * 200])
def test_a_file_that_is_no_talenta_database_is_refused_and_nothing_changes(demo_db, actor, tmp_path, content):
    bad = tmp_path / "rusak.sqlite"
    bad.write_bytes(content)
    people = _people(demo_db)
    with pytest.raises(BackupError):
        restore_database(demo_db, actor, bad)
    assert _people(demo_db) == people
    assert not [b for b in list_backups(demo_db) if b.reason == BEFORE_RESTORE]


def test_a_copy_of_a_foreign_sqlite_database_is_refused(demo_db, actor, tmp_path):
    other = tmp_path / "lain.sqlite"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE catatan (isi TEXT)")
    with pytest.raises(BackupError, match="bukan database Talenta"):
        plan_restore(demo_db, other)


@pytest.mark.parametrize("copied_first", [False, True], ids=["while-copying", "while-checking"])
def test_a_cancelled_copy_leaves_nothing_behind(demo_db, actor, monkeypatch, copied_first):
    """The day's copy runs in the background and is cancelled when the window closes: whether the pages
    are being copied or the copy is being checked, it stops, and no file is left of it."""
    monkeypatch.setattr(db_module, "CANCEL_CHECK_STEPS", 100)  # the small demo's check asks often too
    asked = []

    def cancel() -> bool:
        asked.append(True)
        return len(asked) > 1 if copied_first else True  # the copy's first step asks first

    with pytest.raises(CopyCancelled):
        daily_backup_if_due(demo_db, actor, cancel=cancel)
    assert not list((demo_db.path.parent / "backups").iterdir())
    assert daily_backup_due(demo_db)  # the next start tries again
    assert summarize(demo_db.path).counts["pegawai"] == _people(demo_db) > 0


def test_a_copy_made_while_the_database_is_written_is_one_state_of_it(demo_db, actor, monkeypatch):
    """A copy made in steps (so that it can be cancelled) while another connection writes between two
    steps starts again, and holds the write: never half of the old state and half of the new."""
    monkeypatch.setattr(db_module, "COPY_STEP_PAGES", 5)
    steps = []

    def write_between_steps() -> bool:
        steps.append(True)
        if len(steps) == 2:
            with sqlite3.connect(demo_db.path) as other:
                other.execute("UPDATE person SET nama = 'Ditulis Saat Disalin' WHERE id = 1")
        return False

    made = backup_database(demo_db, actor, DAILY, cancel=write_between_steps)
    assert len(steps) > 3
    with sqlite3.connect(made.path) as copy:
        assert copy.execute("SELECT nama FROM person WHERE id = 1").fetchone() == ("Ditulis Saat Disalin",)
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
