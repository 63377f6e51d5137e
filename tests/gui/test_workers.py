"""Background tasks: outcome and progress arrive on the UI thread; Cancel reaches the work."""

from __future__ import annotations

import gc
import sys
import threading
import time

import pytest
from PySide6.QtCore import QEvent, QObject, QThread
from PySide6.QtWidgets import QApplication

from talenta_desktop.ui.workers import LatestLoader, Task, cancel_all, preload, running_tasks


class Stopped(Exception):
    pass


def test_result_and_progress_arrive_on_the_ui_thread(qtbot):
    seen: list[tuple[int, str, bool]] = []
    worker_threads: list[threading.Thread] = []

    def work(progress, cancel):
        worker_threads.append(threading.current_thread())
        for percent in (0, 50, 50, 100):  # the repeated report is not sent twice
            progress(percent, "Menghitung")
        return 42

    task = Task(work)
    ui = QApplication.instance().thread()
    task.progress.connect(lambda p, s: seen.append((p, s, QThread.currentThread() is ui)))
    with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
        task.start()
    assert blocker.args == [42]
    assert worker_threads[0] is not threading.main_thread()
    assert seen == [(0, "Menghitung", True), (50, "Menghitung", True), (100, "Menghitung", True)]
    assert task.done and not task.running
    assert task not in running_tasks()
    with pytest.raises(RuntimeError):
        task.start()


def test_an_exception_is_delivered_as_failed(qtbot):
    task = Task(lambda progress, cancel: 1 / 0)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        task.start()
    assert isinstance(blocker.args[0], ZeroDivisionError)


def test_cancel_reaches_the_work(qtbot):
    started = threading.Event()

    def work(progress, cancel):
        started.set()
        while not cancel():
            time.sleep(0.005)
        raise Stopped

    task = Task(work)
    task.start()
    assert started.wait(5)
    assert task.running and not task.cancel_requested
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        task.cancel()
    assert isinstance(blocker.args[0], Stopped)
    assert task.cancel_requested


def test_a_task_nobody_holds_lives_until_its_thread_ends(qtbot):
    results: list[object] = []
    release = threading.Event()

    def work(progress, cancel):
        release.wait(5)
        return "selesai"

    task = Task(work)
    task.finished.connect(results.append)
    task.start()
    del task
    gc.collect()
    release.set()
    qtbot.waitUntil(lambda: results == ["selesai"], timeout=5000)


def test_cancel_all_stops_running_work(qtbot):
    def work(progress, cancel):
        while not cancel():
            time.sleep(0.005)
        raise Stopped

    tasks = [Task(work).start() for _ in range(2)]
    assert cancel_all(5000)
    qtbot.waitUntil(lambda: all(t.done for t in tasks), timeout=5000)
    assert running_tasks() == []


# -- LatestLoader: only the newest read is shown --------------------------------------------------------


def test_only_the_newest_load_is_applied_and_busy_follows(qtbot):
    owner = QObject()
    loader = LatestLoader(owner)
    applied: list[str] = []
    busy: list[bool] = []
    loader.busy_changed.connect(busy.append)
    release_first = threading.Event()

    def slow() -> str:
        release_first.wait(5)
        return "2024"

    loader.load(slow, applied.append)
    assert loader.busy
    loader.load(lambda: "2025", applied.append)  # the user chose again before the first was read
    qtbot.waitUntil(lambda: applied == ["2025"], timeout=5000)
    release_first.set()
    qtbot.waitUntil(lambda: not running_tasks(), timeout=5000)
    QApplication.processEvents()
    assert applied == ["2025"] and not loader.busy
    assert busy == [True, False]


def test_a_dropped_load_and_a_failed_one(qtbot):
    owner = QObject()
    loader = LatestLoader(owner)
    applied, failures = [], []
    release = threading.Event()
    loader.load(lambda: release.wait(5) and "lama", applied.append)
    loader.drop()  # back to what is shown: the read under way is not applied
    assert not loader.busy
    release.set()
    loader.load(lambda: 1 / 0, applied.append, failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    qtbot.waitUntil(lambda: not running_tasks(), timeout=5000)
    QApplication.processEvents()
    assert applied == [] and isinstance(failures[0], ZeroDivisionError) and not loader.busy


def test_a_result_arriving_after_its_widget_is_gone_is_dropped(qtbot):
    owner = QObject()
    loader = LatestLoader(owner)
    applied: list[object] = []
    release = threading.Event()
    loader.load(lambda: release.wait(5) and "data", applied.append)
    owner.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    release.set()
    qtbot.waitUntil(lambda: not running_tasks(), timeout=5000)
    QApplication.processEvents()
    assert applied == []


def test_preload_imports_modules_off_the_ui_thread(qtbot):
    name = "json.tool"  # not imported by the application or the tests
    sys.modules.pop(name, None)
    task = preload([name, "talenta_desktop.no_such_module"])  # a missing one is no failure
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert name in sys.modules
