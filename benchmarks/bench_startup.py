"""Start-up on a 50,000-person database (DESIGN §6): from a new process to an interactive main window,
target ≤ 1.5 s. Beside it, in the same run, the floor: a new process showing a bare Qt window.

Each measurement is a fresh Python process (offscreen), timed from just before it is started until it
prints that its window is shown and the event loop has handled the first events; the median of several
runs, alternating with the floor.

    .venv/bin/python -m benchmarks.bench_startup [--size 50000] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

from benchmarks.common import demo_database_apart, report

APP = """
import sys
from PySide6.QtCore import QCoreApplication
from talenta_desktop.app import build_window
window = build_window(sys.argv[1])
window.resize(1366, 768)
window.show()
QCoreApplication.processEvents()
print("shown", flush=True)
"""
FLOOR = """
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1366, 768)
window.show()
QCoreApplication.processEvents()
print("shown", flush=True)
"""


def _time(code: str, *args: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if "shown" not in done.stdout:
        raise SystemExit(f"the window did not show:\n{done.stderr}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    database = demo_database_apart(args.size)
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TALENTA_DATA_DIR": data}
        _time(APP, str(database), env=env)  # warm the disk cache and migrate once, as a second start would
        app, floor = [], []
        for _ in range(args.runs):
            app.append(_time(APP, str(database), env=env))
            floor.append(_time(FLOOR, env=env))
    app_s, floor_s = statistics.median(app), statistics.median(floor)
    report(f"start to a shown main window, {args.size:,} people", app_s, "≤ 1.5 s", ok=app_s <= 1.5)
    report("floor: a bare Qt window in a new process", floor_s, "none")
    report("start-up / floor", app_s / floor_s, "none", unit="x")


if __name__ == "__main__":
    main()
