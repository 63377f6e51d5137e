"""Start-up on a 50,000-person database (DESIGN §6): from a new process to an interactive main window,
target ≤ 1.5 s. Beside it, in the same run, the floor: a new process showing a bare Qt window.

Each measurement is a fresh Python process (offscreen), timed from just before it is started until it
prints that its window is shown and the event loop has handled the first events ("interactive"), and —
in the same process — until Beranda's figures and charts, counted in the background, are on the page
("data loaded"); the median of several runs, alternating with the floor.

The processes run as an installed application does, with compiled bytecode cached (in a temporary
folder, so the checkout stays clean, and warmed by a first run), even where PYTHONDONTWRITEBYTECODE is
set: compiling the sources again at every start is not what a user's start-up costs.

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
from talenta_desktop.__main__ import import_before_qt
import_before_qt()  # as the talenta-desktop command starts
from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from talenta_desktop.app import build_window
window = build_window(sys.argv[1])
window.resize(1366, 768)
window.show()
QCoreApplication.processEvents()
print("shown", flush=True)
home = window.show_page("home")
if home.loading:
    loop = QEventLoop()
    home.loaded.connect(loop.quit)
    QTimer.singleShot(120_000, loop.quit)
    loop.exec()
QCoreApplication.processEvents()  # the figures and charts painted
print("loaded" if not home.loading else "timeout", flush=True)
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


def _time(code: str, *args: str, env: dict[str, str]) -> dict[str, float]:
    """Seconds from starting the process to each line it prints ("shown", "loaded")."""
    started = time.perf_counter()
    marks: dict[str, float] = {}
    output = []
    command = [sys.executable, "-c", code, *args]
    with subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    ) as child:
        for line in child.stdout:  # stderr too, so that neither pipe can fill up and stall the child
            marks.setdefault(line.strip(), time.perf_counter() - started)
            output.append(line)
    errors = "".join(output)
    if "shown" not in marks:
        raise SystemExit(f"the window did not show:\n{errors}")
    if "timeout" in marks or child.returncode:
        raise SystemExit(f"the window did not finish loading (exit {child.returncode}):\n{errors}")
    return marks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    database = demo_database_apart(args.size)
    with tempfile.TemporaryDirectory() as data, tempfile.TemporaryDirectory() as bytecode:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TALENTA_DATA_DIR": data}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = bytecode
        # warm the disk and bytecode caches and migrate once, as a second start would
        _time(APP, str(database), env=env)
        _time(FLOOR, env=env)
        shown, loaded, floor = [], [], []
        for _ in range(args.runs):
            marks = _time(APP, str(database), env=env)
            shown.append(marks["shown"])
            loaded.append(marks["loaded"])
            floor.append(_time(FLOOR, env=env)["shown"])
    shown_s, loaded_s, floor_s = (statistics.median(x) for x in (shown, loaded, floor))
    people = f"{args.size:,} people"
    report(f"start to an interactive main window, {people}", shown_s, "≤ 1.5 s", ok=shown_s <= 1.5)
    report(f"start to Beranda's figures and charts loaded, {people}", loaded_s, "none")
    report("floor: a bare Qt window in a new process", floor_s, "none")
    report("interactive window / floor", shown_s / floor_s, "none", unit="x")
    report("Beranda loaded / floor", loaded_s / floor_s, "none", unit="x")


if __name__ == "__main__":
    main()
