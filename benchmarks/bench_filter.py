"""Filter-as-you-type on the personnel table with 50,000 people (DESIGN §6): ≤ 50 ms per keystroke.

Types a name and a NIP one character at a time into the real table model, timing each keystroke's
filtering (search mask + filters + model reset), and reports the worst and the median.

    .venv/bin/python -m benchmarks.bench_filter [--size 50000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from benchmarks.common import report, timed
from talenta_desktop.models.db import open_database
from talenta_desktop.services.actor import SYSTEM
from talenta_desktop.services.demo import build_demo
from talenta_desktop.services.personnel import personnel_frame
from talenta_desktop.ui.models.personnel_table import PersonnelTableModel


def keystrokes(model: PersonnelTableModel, text: str, **filters) -> list[float]:
    times = []
    for end in range(1, len(text) + 1):
        started = time.perf_counter()
        model.set_filters(text=text[:end], **filters)
        times.append(time.perf_counter() - started)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=50_000)
    args = parser.parse_args()
    QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "bench.sqlite")
        with db.transaction() as session:
            build_demo(session, SYSTEM, size=args.size, seed=1)
        with db.session() as session, timed() as load:
            frame = personnel_frame(session)
            nip = str(frame["nip"].iloc[len(frame) // 2])
        db.dispose()
    model = PersonnelTableModel(frame)
    times = keystrokes(model, "siti rahma") + keystrokes(model, nip[:8] + " " + nip[8:14])
    times += keystrokes(model, "budi", jenis_pegawai="PNS")
    report(f"load personnel frame, {len(frame):,} rows", load.seconds, "(for information)")
    median = statistics.median(times) * 1000
    report("filter keystroke, median", median, "≤ 50 ms", unit="ms", ok=median <= 50)
    worst = max(times) * 1000
    report("filter keystroke, worst", worst, "≤ 50 ms", unit="ms", ok=worst <= 50)


if __name__ == "__main__":
    main()
