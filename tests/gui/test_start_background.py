"""What a start does in the background once the window is on screen: the day's backup (with the status bar
saying so, a failure said plainly, and a close while it runs leaving nothing half-written), and the other
pages' modules imported once Beranda is counted."""

from __future__ import annotations

import gc
import importlib
import sqlite3
import sys
import threading
import time

import pytest

import talenta_desktop.app as app_module
import talenta_desktop.services.backups as backups_module
import talenta_desktop.ui.main_window as main_window_module
from talenta_desktop.app import build_window, start_background_work
from talenta_desktop.models.db import CopyCancelled
from talenta_desktop.services.backups import DAILY, BackupError, list_backups
from talenta_desktop.ui.workers import cancel_all


@pytest.fixture
def window(qtbot, demo_db):
    """The main window on a database of the agency's own (a demo file not opened as the demo)."""
    window = build_window(demo_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _status(window) -> str:
    return window.statusBar().currentMessage()


def test_the_days_copy_is_made_in_the_background_and_said_in_the_status_bar(qtbot, window, demo_db):
    task = window.start_daily_backup()
    assert task is not None and _status(window) == "Membuat cadangan harian database…"
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    assert [b.reason for b in list_backups(demo_db)] == [DAILY]
    assert _status(window) == "Cadangan harian database dibuat."
    assert window.start_daily_backup() is None  # once a day


def test_the_demo_gets_no_daily_copy(qtbot, demo_db):
    window = build_window(demo_db, is_demo=True)
    qtbot.addWidget(window)
    assert window.start_daily_backup() is None
    assert list_backups(demo_db) == [] and _status(window) == ""


def test_a_failed_copy_is_said_and_work_goes_on(qtbot, window, monkeypatch):
    def fail(*_args, **_kwargs):
        raise BackupError("Ruang disk tidak cukup.")

    monkeypatch.setattr(main_window_module, "daily_backup_if_due", fail)
    task = window.start_daily_backup()
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    assert _status(window) == (
        "Cadangan harian gagal dibuat: Ruang disk tidak cukup. Pekerjaan dapat dilanjutkan; cadangan dicoba "
        "lagi saat Talenta Desktop dibuka berikutnya."
    )
    assert window.show_page("personnel").isVisible()


def test_closing_the_window_while_the_copy_runs_cancels_it_cleanly(qtbot, window, demo_db, monkeypatch):
    """The copy is caught in the middle (it waits there for the Cancel that closing the window sends):
    it stops, no unfinished file is left, nothing is said, and the database is whole."""
    copying = threading.Event()
    copy = backups_module.backup_sqlite

    def slow_copy(source, target, key=None, *, cancel):
        copying.set()
        deadline = time.monotonic() + 20
        while not cancel() and time.monotonic() < deadline:
            time.sleep(0.01)
        return copy(source, target, key, cancel=cancel)

    monkeypatch.setattr(backups_module, "backup_sqlite", slow_copy)
    failures = []
    task = window.start_daily_backup()
    task.failed.connect(failures.append)
    assert copying.wait(10)
    window.close()
    assert cancel_all()  # as on quit: every task is cancelled and its thread waited for
    qtbot.waitUntil(lambda: task.done)
    assert [type(error) for error in failures] == [CopyCancelled]
    assert list((demo_db.path.parent / "backups").iterdir()) == []
    assert _status(window) == "Membuat cadangan harian database…"  # no failure shown to a closing window
    with sqlite3.connect(demo_db.path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_the_pages_modules_are_imported_once_beranda_is_counted(qtbot, demo_db, monkeypatch):
    name = "json.tool"  # not imported by the application or the tests
    sys.modules.pop(name, None)
    monkeypatch.setattr(app_module, "PRELOADED", [name])
    window = build_window(demo_db, is_demo=True)
    qtbot.addWidget(window)
    window.show()
    home = window.page("home")
    try:
        start_background_work(window)
        assert name not in sys.modules  # Beranda's count comes first
        qtbot.waitUntil(lambda: not home.loading, timeout=30_000)
        qtbot.waitUntil(lambda: name in sys.modules, timeout=30_000)  # imported in a worker: not at once
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_every_preloaded_module_exists():
    """PRELOADED names the pages' modules after the pages: a page whose module is named otherwise would
    be slow again on its first visit without a word (a failed preload is logged at debug level only)."""
    for name in app_module.PRELOADED:
        importlib.import_module(name)
