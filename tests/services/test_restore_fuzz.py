"""Hostile input (issue "Trust"): whatever file is offered as a backup to restore — random bytes, bytes
behind a real SQLite header, a genuine backup damaged or cut anywhere, or a genuine one whose schema
version says anything — checking it (``summarize``, ``plan_restore``) and restoring it either succeed or
end in BackupError with a message; never another exception, and a refused restore leaves the current
database byte-for-byte as it was. The same for a file opened directly as the database (``--db FILE``):
it opens, or open_database refuses it with DatabaseError."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from talenta_desktop.models.db import DatabaseError, backup_sqlite, head_revision, open_database
from talenta_desktop.services.backups import (
    BackupError,
    backup_database,
    plan_restore,
    restore_database,
    summarize,
)
from talenta_desktop.services.importing import run_import
from tests.conftest import TEST_ACTOR
from tests.fixtures.workbooks import clean_personnel_workbook
from tests.services.hostile import EXAMPLES, damage, database_bytes, fuzz

SQLITE_HEADER = b"SQLite format 3\x00"
PAGE = 4096  # the header and the schema table live in the first pages
HEAD = head_revision()
# Each restore takes about half a second (every check of the schema reads the migration scripts again).
restore_fuzz = settings(fuzz, max_examples=max(EXAMPLES // 4, 5))
open_fuzz = settings(fuzz, max_examples=max(EXAMPLES // 2, 5))


class Genuine:
    """The database a restore would replace (three people), and a genuine backup of another agency's
    database (five people)."""

    def __init__(self, current: Path, backup: bytes) -> None:
        self.current, self.backup = current, backup

    def __repr__(self) -> str:  # hypothesis prints a failing example's arguments: not megabytes
        return f"Genuine({self.current.parent})"


@pytest.fixture(scope="module")
def genuine(tmp_path_factory) -> Genuine:
    folder = tmp_path_factory.mktemp("restore-fuzz")
    made = {}
    for name, count in (("sekarang", 3), ("lain", 5)):
        people, _ = clean_personnel_workbook(folder, count=count, name=f"{name}.xlsx")
        db = open_database(folder / f"{name}.sqlite")
        with db.transaction() as session:
            assert run_import(session, TEST_ACTOR, people, "personnel").committed
        made[name] = db
    backup = backup_database(made["lain"], TEST_ACTOR, out=folder / "cadangan.sqlite").path
    for db in made.values():
        db.dispose()
    summarize(backup)  # the genuine backup checks
    return Genuine(folder / "sekarang.sqlite", backup.read_bytes())


@pytest.fixture
def place(tmp_path):
    """A fresh folder per example (a restore replaces the database and keeps copies beside it)."""
    counter = iter(range(1_000_000))
    return lambda: (tmp_path / f"contoh-{next(counter)}").resolve()


def _check(path: Path) -> None:
    try:
        summary = summarize(path)
    except BackupError as exc:
        assert str(exc).strip()
    else:
        assert summary.revision is None or summary.revision <= HEAD


def _restore(genuine: Genuine, folder: Path, data: bytes) -> None:
    folder.mkdir(parents=True)
    offered = folder / "cadangan.sqlite"
    offered.write_bytes(data)
    db = open_database(backup_sqlite(genuine.current, folder / "talenta.sqlite"))
    try:
        before = database_bytes(db)
        try:
            plan_restore(db, offered)
            restore_database(db, TEST_ACTOR, offered)
        except BackupError as exc:
            assert str(exc).strip()  # a message for the user
            assert database_bytes(db) == before, "a refused restore changed the database"
            return
        db.dispose()
        reopened = open_database(db.path, create=False)  # what was restored opens as a database
        reopened.dispose()
    finally:
        db.dispose()
        shutil.rmtree(folder, ignore_errors=True)


_ANY = st.one_of(st.binary(max_size=4096), st.binary(max_size=4096).map(lambda tail: SQLITE_HEADER + tail))


@fuzz
@given(data=_ANY)
def test_checking_any_bytes_as_a_backup(tmp_path, data):
    path = tmp_path / "cadangan.sqlite"
    path.write_bytes(data)
    _check(path)


@fuzz
@given(draw=st.data())
def test_checking_a_genuine_backup_damaged_anywhere(tmp_path, genuine, draw):
    path = tmp_path / "cadangan.sqlite"
    path.write_bytes(damage(draw, genuine.backup, head=2 * PAGE))
    _check(path)


@restore_fuzz
@given(data=_ANY)
def test_restoring_any_bytes(genuine, place, data):
    _restore(genuine, place(), data)


@restore_fuzz
@given(draw=st.data())
def test_restoring_a_genuine_backup_damaged_anywhere(genuine, place, draw):
    _restore(genuine, place(), damage(draw, genuine.backup, head=2 * PAGE))


@restore_fuzz
@given(version=st.one_of(st.text(max_size=12), st.sampled_from(["0001", "0006", HEAD])))
# Found by this test: "0000" sorts before the newest schema, so the check let it through; the copy
# replaced the database, then the migration failed with alembic's CommandError ("Can't locate revision
# identified by '0000'"), leaving the database replaced by a copy no version can open.
@example(version="0000")
@example(version="0007a")
def test_restoring_a_backup_whose_schema_version_says_anything(genuine, place, version):
    folder = place()
    folder.mkdir(parents=True)
    copy = folder / "asal.sqlite"
    copy.write_bytes(genuine.backup)
    with sqlite3.connect(copy) as connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (version,))
    connection.close()
    _restore(genuine, folder / "pulihkan", copy.read_bytes())


# -- a file opened directly as the database ------------------------------------------------------------


def _open(path: Path) -> None:
    before = path.read_bytes()
    try:
        db = open_database(path, create=False)
    except DatabaseError as exc:
        assert str(exc).strip()
        assert path.read_bytes() == before, "a refused database file was changed"
    else:
        db.dispose()


@open_fuzz
@given(data=_ANY.filter(bool))
def test_opening_any_bytes_as_the_database(place, data):
    folder = place()
    folder.mkdir(parents=True)
    path = folder / "talenta.sqlite"
    path.write_bytes(data)
    _open(path)


@open_fuzz
@given(draw=st.data())
def test_opening_a_genuine_database_damaged_anywhere(place, genuine, draw):
    folder = place()
    folder.mkdir(parents=True)
    path = folder / "talenta.sqlite"
    path.write_bytes(damage(draw, genuine.backup, head=2 * PAGE))
    if path.stat().st_size:  # an empty file is a new database: open_database creates it
        _open(path)


# -- regressions found above, as plain inputs ------------------------------------------------------------


def _schema_byte_not_utf8(backup: bytes) -> bytes:
    """The genuine backup with one byte of a CREATE TABLE statement in the schema replaced by 0x80, which
    is not UTF-8: SQLite's error message quotes the statement, and decoding the message failed."""
    data = bytearray(backup)
    data[data.index(b"username VARCHAR(60)") + len(b"username VARCHAR(")] = 0x80
    return bytes(data)


@pytest.mark.parametrize("reader", ["summarize", "restore", "open"])
# Found by test_checking_a_genuine_backup_damaged_anywhere and test_opening_a_genuine_database_damaged_
# anywhere: sqlite3 raised UnicodeDecodeError ("'utf-8' codec can't decode byte 0x80 in position 45"),
# which neither summarize (catching sqlite3.DatabaseError) nor open_database (catching the drivers'
# errors) turned into their own error.
def test_a_schema_that_is_not_utf8_is_refused_with_a_message(genuine, place, reader):
    folder = place()
    data = _schema_byte_not_utf8(genuine.backup)
    if reader == "restore":
        _restore(genuine, folder, data)
        return
    folder.mkdir(parents=True)
    path = folder / "cadangan.sqlite"
    path.write_bytes(data)
    _check(path) if reader == "summarize" else _open(path)


# Found by test_opening_a_genuine_database_damaged_anywhere: open_database sets journal_mode=WAL on
# connecting, before it checks what the file is, so a file it then refuses (another program's database,
# one too new, one damaged) is left converted to WAL — bytes 18 and 19 of its header changed 1 → 2.
def test_another_programs_database_is_refused_and_left_as_it_was(place):
    folder = place()
    folder.mkdir(parents=True)
    path = folder / "aplikasi-lain.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE catatan (id INTEGER PRIMARY KEY, isi TEXT)")
        connection.execute("INSERT INTO catatan (isi) VALUES ('milik program lain')")
    connection.close()
    _open(path)
