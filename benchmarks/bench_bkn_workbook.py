"""The BKN exchange workbook for 50,000 people (DESIGN §6): target ≤ 2× writing the same cells with
openpyxl in write-only mode.

Writes period "2025" of a 50,000-person demo agency (built once and cached under benchmarks/.data/) with
`write_bkn_workbook` — reading the talent map, personnel, assessments, successors and meetings, three
sheets with header styles, text and date formats, the SHA-256 of the data, the export-log entry — each run
inside a transaction that is rolled back. Beside it, in the same process, the baseline: the same cell
values (prepared outside the timing) appended to one write-only sheet without any style, and saved.

    .venv/bin/python -m benchmarks.bench_bkn_workbook [--size 50000] [--runs 3] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.common import demo_database_apart, peak_rss_mb, report
from talenta_desktop.models.db import backup_sqlite, open_database
from talenta_desktop.services.actor import SYSTEM

PERIOD = "2025"


def prepared_cells(db) -> tuple[list[str], list[list]]:
    """The header and the cell values per column exactly as the workbook holds them (outside the timing)."""
    from talenta_desktop.services.bkn_workbook import bkn_cells, bkn_frame

    with db.session() as session:
        frame = bkn_frame(session, PERIOD)
    columns, _data, written = bkn_cells(frame)
    return [c.field for c in columns], written


def baseline(header: list[str], columns: list[list], target: Path) -> int:
    """The floor: the same cells, one write-only sheet, no styles, saved."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Data Talenta")
    ws.append(header)
    rows = 0
    for row in zip(*columns, strict=True):
        ws.append(row)
        rows += 1
    wb.save(target)
    return rows


def export_rolled_back(db, target: Path, profile: cProfile.Profile | None = None):
    from talenta_desktop.services.bkn_workbook import write_bkn_workbook

    session = db.session()
    try:
        session.begin()
        started = time.perf_counter()
        if profile is not None:
            profile.enable()
        result = write_bkn_workbook(session, SYSTEM, PERIOD, target)
        if profile is not None:
            profile.disable()
        seconds = time.perf_counter() - started
        session.rollback()
    finally:
        session.close()
    return seconds, result


def frame_seconds(db) -> float:
    from talenta_desktop.services.bkn_workbook import bkn_frame

    with db.session() as session:
        started = time.perf_counter()
        bkn_frame(session, PERIOD)
        return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3, help="median of this many runs of each")
    parser.add_argument("--profile", action="store_true", help="print where one export spends its time")
    args = parser.parse_args()
    source = demo_database_apart(args.size)

    import openpyxl  # noqa: F401  (imported once, as the running application has it)
    import pandas  # noqa: F401

    from talenta_desktop.services.bkn_workbook import verify_bkn_workbook

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = open_database(backup_sqlite(source, folder / "bench.sqlite"))
        # one export first, so that the peak memory is the export's (the baseline's cells come after)
        seconds, result = export_rolled_back(db, folder / "bkn.xlsx")
        export_times, base_times = [seconds], []
        export_peak = peak_rss_mb()
        header, columns = prepared_cells(db)
        # then alternately, so that a busy moment of a shared machine weighs on both sides alike
        for run in range(args.runs):
            started = time.perf_counter()
            rows = baseline(header, columns, folder / f"baseline{run}.xlsx")
            base_times.append(time.perf_counter() - started)
            if run < args.runs - 1:
                seconds, result = export_rolled_back(db, folder / f"bkn{run}.xlsx")
                export_times.append(seconds)
        frame = frame_seconds(db)
        verify_bkn_workbook(result.path)  # the file the timing produced reads back and verifies
        size_mb = result.path.stat().st_size / 1e6
        base_mb = (folder / "baseline0.xlsx").stat().st_size / 1e6
        profile = None
        if args.profile:
            profile = cProfile.Profile()
            export_rolled_back(db, folder / "profiled.xlsx", profile)
        db.dispose()

    base, export = statistics.median(base_times), statistics.median(export_times)
    ratio = export / base
    cells = rows * len(header)
    report(f"baseline: openpyxl write-only, no styles, {cells:,} cells", base, "(reference)")
    report(f"write_bkn_workbook, {result.rows:,} rows (median of {args.runs})", export, "(absolute)")
    report("  of which bkn_frame (reading and assembling)", frame, "(for information)")
    report("ratio export / baseline", ratio, "≤ 2.0", unit="×", ok=ratio <= 2.0)
    report("ratio, fastest runs", min(export_times) / min(base_times), "(for information)", unit="×")
    report("peak memory after the exports", export_peak, "(for information)", unit="MB")
    print(f"  file {size_mb:.1f} MB (baseline {base_mb:.1f} MB), {len(header)} columns, verified", flush=True)
    if profile is not None:
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(30)
        print(out.getvalue())


if __name__ == "__main__":
    main()
