"""Start-up imports only what the first window needs (DESIGN §6: start to an interactive main window on
50,000 people in ≤ 1.5 s). The heavy libraries are imported when a feature needs them, never on the way
to the shown window. Timing tests flake on a shared machine (benchmarks/bench_startup.py measures the
time); what a start imports does not."""

from __future__ import annotations

import json
import os
import subprocess
import sys

# What the start of the GUI must not import: each costs from a tenth to half a second (pyqtgraph with
# NumPy, pandas) and none is needed before Beranda's figures arrive.
HEAVY = (
    "pandas",
    "numpy",
    "pyqtgraph",
    "openpyxl",
    "reportlab",
    "faker",
    "python_calamine",
    "alembic",  # only to migrate a database that is not at the newest schema
    "cryptography",  # only to sign in to an encrypted database
    "sqlcipher3",
)

GUI_START = """
import json, sys, time
from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QLabel
from talenta_desktop.app import build_window

heavy = json.loads(sys.argv[2])
window = build_window(sys.argv[1])
window.resize(1366, 768)
window.show()
print(json.dumps(sorted(m for m in heavy if m in sys.modules)), flush=True)
home = window.show_page("home")
deadline = time.monotonic() + 60
while home.loading and time.monotonic() < deadline:
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    time.sleep(0.01)
print(json.dumps(sorted(m for m in heavy if m in sys.modules)), flush=True)
print(home.findChild(QLabel, "kpi-total").text(), flush=True)
"""

CLI_START = """
import json, sys
from talenta_desktop.cli import main

try:
    main(sys.argv[2:])
except SystemExit:
    pass
print(json.dumps(sorted(m for m in json.loads(sys.argv[1]) if m in sys.modules)))
"""


def _run(code: str, *args: str, tmp_path) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TALENTA_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120, env=env
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_the_main_window_shows_before_any_heavy_library_is_imported(demo_db, tmp_path):
    at_show, after_loading, total = _run(GUI_START, str(demo_db.path), json.dumps(HEAVY), tmp_path=tmp_path)
    assert json.loads(at_show) == []
    # Beranda's charts bring pyqtgraph in the background once the window is up: the check above is live
    assert "pyqtgraph" in json.loads(after_loading)
    assert int(total) > 0


def test_what_the_gui_imports_before_qt_needs_no_qt_and_nothing_heavy(tmp_path):
    """talenta_desktop.__main__ imports the database layer and services before Qt (PySide6's import
    hook makes every later import slower): none of it may bring Qt or a heavy library along."""
    code = (
        "import json, sys\n"
        "from talenta_desktop.__main__ import import_before_qt\n"
        "import_before_qt()\n"
        "print(json.dumps(sorted(m for m in json.loads(sys.argv[1]) if m in sys.modules)))\n"
    )
    assert json.loads(_run(code, json.dumps([*HEAVY, "PySide6"]), tmp_path=tmp_path)[-1]) == []


def test_the_command_line_answers_version_and_help_without_loading_the_database_layer(tmp_path):
    for option in ("--version", "--help"):
        imported = json.loads(_run(CLI_START, json.dumps([*HEAVY, "sqlalchemy", "PySide6"]), option,
                                   tmp_path=tmp_path)[-1])  # fmt: skip
        assert imported == [], option
