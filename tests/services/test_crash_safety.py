"""Crash safety (issue 8): a process killed with SIGKILL in the middle of an import, a mapping or a package
import leaves a sound database in which the operation is either wholly there or not at all.

Each case runs the real service in a child process, kills it at a different moment each time (before the
write, during it, or after it finished), and then checks SQLite's integrity, the audit chain, and that
what the operation writes is all-or-nothing.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from talenta_desktop.models.db import backup_sqlite, open_database
from talenta_desktop.services.audit import verify_chain
from talenta_desktop.services.exchange.exchange import export_package
from talenta_desktop.services.exchange.identity import installation
from talenta_desktop.services.personnel import export_personnel

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL exists on POSIX only")

# When to kill, as a share of how long the operation takes here: early, midway, late in the write, and
# after it finished (which must then be all there).
KILL_AT = (0.2, 0.5, 0.8, 2.0)
READY_TIMEOUT_S = 120.0

CHILD = """
import sys
from pathlib import Path

from talenta_desktop.models.db import open_database
from talenta_desktop.services.actor import Actor

kind, database, source = sys.argv[1], sys.argv[2], sys.argv[3]
db = open_database(database)
actor = Actor(username="penguji")
if kind == "import":
    from talenta_desktop.services.importing import run_import
    work = lambda session: run_import(session, actor, Path(source), "personnel")
elif kind == "map":
    from talenta_desktop.services.talent.mapping import map_period
    work = lambda session: map_period(session, actor, "2025")
else:
    from talenta_desktop.services.exchange.exchange import import_package
    from talenta_desktop.services.exchange.package import read_package
    package = read_package(source)
    work = lambda session: import_package(session, actor, package)
print("ready", flush=True)
with db.transaction() as session:
    work(session)
print("done", flush=True)
"""


def _run_and_kill(kind: str, database: Path, source: Path, after: float | None) -> float | None:
    """Run the operation in a child and SIGKILL it ``after`` seconds into the write (None: let it finish).
    Returns how long the write took when it finished, else None."""
    child = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(CHILD), kind, str(database), str(source)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    started = time.monotonic()
    line = child.stdout.readline()
    assert line.strip() == "ready", f"the child did not start ({line!r})"
    ready = time.monotonic()
    assert ready - started < READY_TIMEOUT_S
    if after is not None:
        time.sleep(after)
        child.send_signal(signal.SIGKILL)
    finished = child.stdout.readline().strip() == "done"
    took = time.monotonic() - ready
    child.communicate(timeout=60)
    return took if finished else None


_DURATIONS: dict[str, float] = {}


def _duration(kind: str, prepare, source: Path, folder: Path) -> float:
    """How long the operation's write takes on this machine now (measured once per kind)."""
    if kind not in _DURATIONS:
        took = _run_and_kill(kind, prepare(folder / f"measure-{kind}.sqlite"), source, None)
        assert took is not None
        _DURATIONS[kind] = took
    return _DURATIONS[kind]


def _empty(path: Path) -> Path:
    open_database(path).dispose()
    return path


def _sql(database: Path, query: str) -> list[tuple]:
    with sqlite3.connect(database) as connection:
        return connection.execute(query).fetchall()


def _sound(database: Path) -> None:
    assert _sql(database, "PRAGMA integrity_check") == [("ok",)]
    db = open_database(database)
    try:
        with db.session() as session:
            assert verify_chain(session)[1] is None
    finally:
        db.dispose()


@pytest.fixture(scope="module")
def sources(_demo_template, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("crash")
    demo = open_database(backup_sqlite(_demo_template, folder / "demo.sqlite"))
    from talenta_desktop.services.actor import Actor

    actor = Actor(username="penguji")
    with demo.transaction() as session:
        export_personnel(session, actor, folder / "pegawai.xlsx")
        export_package(session, actor, "2025", folder / "2025.talenta", signer=installation(folder / "key"))
    demo.dispose()
    return {
        "demo": folder / "demo.sqlite",
        "xlsx": folder / "pegawai.xlsx",
        "package": folder / "2025.talenta",
    }


@pytest.mark.parametrize("share", KILL_AT)
def test_a_killed_import_is_all_or_nothing(sources, tmp_path, share):
    after = share * _duration("import", _empty, sources["xlsx"], tmp_path)
    database = _empty(tmp_path / "baru.sqlite")
    finished = _run_and_kill("import", database, sources["xlsx"], after)
    _sound(database)
    people = _sql(database, "SELECT count(*) FROM person")[0][0]
    imports = _sql(database, "SELECT count(*) FROM audit_event WHERE action = 'personnel.import'")[0][0]
    expected = _sql(sources["demo"], "SELECT count(*) FROM person")[0][0]
    assert (people, imports) in ((0, 0), (expected, 1))
    assert finished is None or people == expected  # a finished import is never lost


@pytest.mark.parametrize("share", KILL_AT)
def test_a_killed_mapping_is_all_or_nothing(sources, tmp_path, share):
    def copy(path: Path) -> Path:
        return backup_sqlite(sources["demo"], path)

    after = share * _duration("map", copy, sources["xlsx"], tmp_path)
    database = copy(tmp_path / "demo.sqlite")
    runs_before = _sql(database, "SELECT count(*) FROM mapping_run")[0][0]
    finished = _run_and_kill("map", database, sources["xlsx"], after)
    _sound(database)
    runs = _sql(database, "SELECT id FROM mapping_run ORDER BY id")
    assert len(runs) in (runs_before, runs_before + 1)
    assert finished is None or len(runs) == runs_before + 1
    newest = runs[-1][0]
    placed = _sql(database, f"SELECT count(*) FROM placement WHERE run_id = {newest}")[0][0]
    assert placed == _sql(database, "SELECT count(*) FROM person")[0][0]  # a run is never half written


@pytest.mark.parametrize("share", KILL_AT)
def test_a_killed_package_import_is_all_or_nothing(sources, tmp_path, share):
    after = share * _duration("package", _empty, sources["package"], tmp_path)
    database = _empty(tmp_path / "opd.sqlite")
    finished = _run_and_kill("package", database, sources["package"], after)
    _sound(database)
    counts = _sql(
        database,
        "SELECT (SELECT count(*) FROM person), (SELECT count(*) FROM calibration),"
        " (SELECT count(*) FROM exchange_source),"
        " (SELECT count(*) FROM audit_event WHERE action = 'package.import')",
    )[0]
    people = _sql(sources["demo"], "SELECT count(*) FROM person")[0][0]
    calibrations = _sql(
        sources["demo"],
        "SELECT count(*) FROM calibration c JOIN talent_period p ON p.id = c.period_id WHERE p.label = '2025'",
    )[0][0]
    assert counts in ((0, 0, 0, 0), (people, calibrations, 1, 1))
    assert finished is None or counts[0] == people
