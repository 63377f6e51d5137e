"""The nine-box page with 20,000 people on the map (DESIGN §6; a 29,000-person demo places about 20,000): open ≤ 500 ms, filter ≤ 100 ms, one committed
drag ≤ 100 ms — each beside a baseline measured in the same process.

* open: building the Peta Talenta page (reading the talent map in the background, laying out the
  nine-box) until it has painted; baseline: reading the same person and placement rows with raw sqlite3.
* filter: one change of filters (mask + redrawing the view + the lists); baseline: the mask alone.
* drag: recording a calibration and updating the view (what happens after the reason is confirmed);
  baseline: one raw sqlite3 INSERT and COMMIT.

    .venv/bin/python -m benchmarks.bench_ninebox [--size 20000]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop
from PySide6.QtWidgets import QApplication

from benchmarks.common import demo_database_apart, peak_rss_mb, report
from talenta_desktop.domain.ninebox import grid_position
from talenta_desktop.models.db import backup_sqlite, open_database
from talenta_desktop.services.actor import SYSTEM
from talenta_desktop.services.workspace import Workspace


def _until_loaded(app: QApplication, page) -> None:
    """The page reads its map in the background: run the event loop until it is shown and painted."""
    app.processEvents()
    while page.loading:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.002)
    app.processEvents()


def _median_ms(times: list[float]) -> float:
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=29_000)  # about 20,000 placed on the map
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    app = QApplication([])
    from talenta_desktop.ui.pages.ninebox import NineBoxPage

    with tempfile.TemporaryDirectory() as tmp:
        path = backup_sqlite(demo_database_apart(args.size, seed=3), Path(tmp) / "bench.sqlite")
        db = open_database(path)
        workspace = Workspace(db, SYSTEM)

        def raw_read() -> None:
            with sqlite3.connect(path) as conn:
                conn.execute("SELECT * FROM person").fetchall()
                conn.execute(
                    "SELECT * FROM placement WHERE run_id = (SELECT max(id) FROM mapping_run)"
                ).fetchall()

        opens, baseline_reads = [], []
        for _ in range(args.runs):
            started = time.perf_counter()
            raw_read()
            baseline_reads.append(time.perf_counter() - started)
            started = time.perf_counter()
            page = NineBoxPage(workspace)
            page.resize(1366, 700)
            page.show()
            _until_loaded(app, page)
            opens.append(time.perf_counter() - started)
            page.close()
            page.deleteLater()
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # really free it before the next run
        people = int(page.map.frame["box"].notna().sum())

        page = NineBoxPage(workspace)
        page.resize(1366, 700)
        page.show()
        _until_loaded(app, page)
        filters, masks = [], []
        combo = page.filters.jenis_pegawai_filter
        for choice in ("PNS", "PPPK", None) * args.runs:
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(choice))
            combo.blockSignals(False)
            started = time.perf_counter()
            page._filter.mask(**page.filters.criteria())
            masks.append(time.perf_counter() - started)
            started = time.perf_counter()
            page.apply_filters()
            app.processEvents()
            filters.append(time.perf_counter() - started)

        drags, inserts = [], []
        candidates = page.shown[page.shown["box"] == 5].head(args.runs)
        for row in candidates.itertuples():
            started = time.perf_counter()
            with sqlite3.connect(path) as conn:
                conn.execute("CREATE TABLE IF NOT EXISTS bench_probe (x TEXT)")
                conn.execute("INSERT INTO bench_probe VALUES ('x')")
            inserts.append(time.perf_counter() - started)
            target = next(b for b in range(1, 10) if grid_position(b)[1] == grid_position(5)[1] and b != 5)
            started = time.perf_counter()
            page._commit_move(int(row.person_id), target, "Tolok ukur: kalibrasi contoh")
            app.processEvents()
            drags.append(time.perf_counter() - started)
        db.dispose()

    print(f"nine-box with {people:,} placed people of {args.size:,}")
    report(
        "raw sqlite3 read of persons and placements (baseline)", _median_ms(baseline_reads), "—", unit="ms"
    )
    value = _median_ms(opens)
    report("open the Peta Talenta page", value, "≤ 500 ms", unit="ms", ok=value <= 500)
    print(f"{'':55} ratio to baseline {value / _median_ms(baseline_reads):.1f}×")
    report("filter mask alone (baseline)", _median_ms(masks), "—", unit="ms")
    value = _median_ms(filters)
    report("change a filter (mask, view, lists)", value, "≤ 100 ms", unit="ms", ok=value <= 100)
    print(f"{'':55} ratio to baseline {value / max(_median_ms(masks), 1e-3):.1f}×")
    report("raw sqlite3 insert + commit (baseline)", _median_ms(inserts), "—", unit="ms")
    value = _median_ms(drags)
    report("commit one drag (calibration row, audit, view)", value, "≤ 100 ms", unit="ms", ok=value <= 100)
    print(f"{'':55} ratio to baseline {value / _median_ms(inserts):.1f}×")
    report("peak memory", peak_rss_mb(), "≤ 500 MB (50k loaded)", unit="MB")


if __name__ == "__main__":
    main()
