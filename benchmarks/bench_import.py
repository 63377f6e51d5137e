"""Importing a 50,000-row personnel workbook, validation included (DESIGN §6):
target ≤ 2× reading the same file with python-calamine and inserting the rows with raw sqlite3.executemany.

    .venv/bin/python -m benchmarks.bench_import [--size 50000]
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
from pathlib import Path

import python_calamine

from benchmarks.common import peak_rss_mb, report, timed
from benchmarks.personnel_workbook import HEADERS, personnel_workbook
from talenta_desktop.models.db import open_database
from talenta_desktop.services.actor import SYSTEM
from talenta_desktop.services.importing import run_import


def baseline(path: Path, target: Path) -> int:
    """The floor: read every cell with calamine and insert the rows as they are, one transaction, with
    the same durability pragmas the application uses."""
    book = python_calamine.CalamineWorkbook.from_path(str(path))
    rows = book.get_sheet_by_index(0).to_python()[1:]
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    columns = ", ".join(f'"{h}"' for h in HEADERS)
    conn.execute(f"CREATE TABLE person ({columns})")
    with conn:
        conn.executemany(f"INSERT INTO person VALUES ({', '.join('?' * len(HEADERS))})", rows)
    conn.close()
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3, help="best of this many runs of each (less noise)")
    args = parser.parse_args()
    path = personnel_workbook(args.size)
    base_times, import_times = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(args.runs):
            with timed() as base:
                rows = baseline(path, Path(tmp) / f"baseline{run}.sqlite")
            base_times.append(base.seconds)
            db = open_database(Path(tmp) / f"talenta{run}.sqlite")
            with timed() as full, db.transaction() as session:
                result = run_import(session, SYSTEM, path, "personnel")
            db.dispose()
            import_times.append(full.seconds)
            assert result.committed and result.new == rows, result.summary()
    ratio = min(import_times) / min(base_times)
    report(f"baseline: calamine + sqlite3.executemany, {rows:,} rows", min(base_times), "(reference)")
    report("import personnel with validation", min(import_times), "(absolute)")
    report("ratio import / baseline", ratio, "≤ 2.0", unit="×", ok=ratio <= 2.0)
    report("peak memory", peak_rss_mb(), "(for information)", unit="MB")


if __name__ == "__main__":
    main()
