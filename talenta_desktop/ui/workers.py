"""Running a service off the UI thread, with progress, Cancel, and the outcome back on the UI thread.

A `Task` wraps a function `work(progress, cancel)`: `progress(percent, step)` and `cancel() -> bool` are
exactly the callables the services accept, so the same service runs unchanged from the CLI. The work
runs in a plain `QThread`; what it reports reaches the UI thread through queued signals, so slots may
touch widgets. A task keeps itself (and its thread) alive until the thread has really ended, even when
the dialog that started it is gone, so Qt never sees a thread destroyed while running.

Typical use, with the service run through the workspace (one transaction, rolled back on any error)::

    task = Task(lambda progress, cancel: workspace.write(run_import, path, kind,
                                                         progress=progress, cancel=cancel))
    task.progress.connect(bar_update)        # (percent, step)
    task.finished.connect(show_report)       # the return value
    task.failed.connect(show_error)          # the exception (ImportCancelled after cancel())
    task.start()
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from talenta_desktop.domain.messages import Message
from talenta_desktop.ui.messages import user_text

log = logging.getLogger(__name__)

Progress = Callable[[int, str], None]
Cancel = Callable[[], bool]
Work = Callable[[Progress, Cancel], Any]

# Tasks whose thread has not ended yet: the strong references that keep them alive.
_RUNNING: set[Task] = set()
_QUIT_HOOKED = False


class _Thread(QThread):
    """Calls the work once and keeps its outcome; signals emitted here are queued to the UI thread."""

    progressed = Signal(int, str)

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.work = work
        self.cancel_event = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        self._last: tuple[int, str] | None = None

    def run(self) -> None:
        try:
            self.result = self.work(self._progress, self.cancel_event.is_set)
        except Exception as exc:  # handed to the UI thread, which decides what the user sees
            self.error = exc

    def _progress(self, percent: int, step: str | Message) -> None:
        # Services may tick per chunk; only a change is worth a trip through the event queue. A step
        # said as a message is put in the interface language here (translating is thread-safe).
        text = user_text(step) if isinstance(step, Message) else str(step)
        report = (max(0, min(100, int(percent))), text)
        if report != self._last:
            self._last = report
            self.progressed.emit(*report)


class Task(QObject):
    """One piece of background work. Signals are delivered on the UI thread; exactly one of
    `finished` (with the return value) or `failed` (with the exception) follows `start()`."""

    progress = Signal(int, str)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work) -> None:
        # No parent on purpose: the task must outlive a dialog closed while it runs.
        super().__init__()
        self._thread = _Thread(work)
        self._thread.progressed.connect(self.progress)
        self._thread.finished.connect(self._thread_ended)
        self._started = False
        self._done = False

    def start(self) -> Task:
        if self._started:
            raise RuntimeError("a Task runs once; make a new one")
        self._started = True
        _RUNNING.add(self)
        _hook_quit()
        self._thread.start()
        return self

    def cancel(self) -> None:
        """Ask the work to stop; a service raises its cancellation exception at its next check."""
        self._thread.cancel_event.set()

    @property
    def cancel_requested(self) -> bool:
        return self._thread.cancel_event.is_set()

    @property
    def running(self) -> bool:
        return self._started and not self._done

    @property
    def done(self) -> bool:
        return self._done

    def wait(self, timeout_ms: int = -1) -> bool:
        """Block until the thread ends (for shutdown); the outcome signals still arrive through the
        event loop. True when the thread has ended."""
        if not self._started:
            return True
        return self._thread.wait(timeout_ms) if timeout_ms >= 0 else self._thread.wait()

    def _thread_ended(self) -> None:
        # QThread.finished is emitted from the worker thread just before it returns: wait for it.
        self._thread.wait()
        self._done = True
        _RUNNING.discard(self)
        error = self._thread.error
        if error is not None:
            log.debug("background task failed: %r", error)
            self.failed.emit(error)
        else:
            self.finished.emit(self._thread.result)


def _hook_quit() -> None:
    """On quit, stop what still runs before Qt tears down: a thread must not outlive its QThread."""
    global _QUIT_HOOKED
    app = QCoreApplication.instance()
    if not _QUIT_HOOKED and app is not None:
        app.aboutToQuit.connect(cancel_all)
        _QUIT_HOOKED = True


def running_tasks() -> list[Task]:
    return list(_RUNNING)


def cancel_all(timeout_ms: int = 10_000) -> bool:
    """Cancel every running task and wait for its thread (on quit). True when all have ended."""
    tasks = running_tasks()
    for task in tasks:
        task.cancel()
    return all(task.wait(timeout_ms) for task in tasks)


class LatestLoader(QObject):
    """Background reads for one widget where only the newest matters: a page loading a period, a post's
    candidates. ``load(work, apply)`` runs ``work()`` off the UI thread and calls ``apply(result)`` on the
    UI thread — unless a newer ``load`` was started meanwhile (the user chose another period while the
    first one was read), whose result alone is applied. ``failed(error)`` is called likewise instead of
    ``apply`` when the work raised. ``busy_changed`` tells the widget to show or hide its "Memuat…" state.

    The loader is a child of its widget: once the widget is gone, a late result is dropped."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._generation = 0
        self._pending: dict[
            int, tuple[Task, Callable[[Any], None], Callable[[BaseException], None] | None]
        ] = {}
        # Set when the widget (and this child of it) is destroyed; a plain list, readable after that.
        self._closed = closed = [False]
        self.destroyed.connect(lambda *_: closed.__setitem__(0, True))

    @property
    def busy(self) -> bool:
        return self._generation in self._pending

    def load(
        self,
        work: Callable[[], Any],
        apply: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> Task:
        was_busy = self.busy
        for task, _, _ in self._pending.values():
            task.cancel()  # a read that checks nothing runs to its end; its result is dropped
        self._generation += 1
        generation = self._generation
        task = Task(lambda _progress, _cancel: work())
        self._pending[generation] = (task, apply, failed)
        task.finished.connect(lambda result, g=generation: self._deliver(g, result, None))
        task.failed.connect(lambda error, g=generation: self._deliver(g, None, error))
        task.start()
        if not was_busy:
            self.busy_changed.emit(True)
        return task

    def drop(self) -> None:
        """Forget the load under way (the user went back to what is shown): its result is not applied."""
        if self.busy:
            self._generation += 1
            self.busy_changed.emit(False)

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until the newest load's thread has ended (its result still arrives through the event
        loop). For shutdown and for code that must have the data now."""
        entry = self._pending.get(self._generation)
        return entry is None or entry[0].wait(timeout_ms)

    def _deliver(self, generation: int, result: Any, error: BaseException | None) -> None:
        if self._closed[0]:
            return
        entry = self._pending.pop(generation, None)
        if entry is None:
            return
        if generation != self._generation:
            return  # superseded by a newer load
        _, apply, failed = entry
        try:
            if error is None:
                apply(result)
            elif failed is not None:
                failed(error)
            else:
                log.error("background read failed", exc_info=error)
        finally:
            if not self.busy:
                self.busy_changed.emit(False)


def preload(modules: list[str]) -> Task:
    """Import ``modules`` off the UI thread (a page's module brings pandas and the like: most of a
    second on first use). Meant for just after the window is shown, while the user reads the first
    page: the first visit to another page then costs its widgets only. Importing creates no Qt object;
    a page opened while its module is still being imported simply waits for that import to finish."""

    _incarnate_qt_types()

    def work(_progress: Progress, cancel: Cancel) -> None:
        for name in modules:
            if cancel():
                return
            try:
                importlib.import_module(name)
            except Exception:  # the page will say what is wrong when it is opened
                log.debug("preloading %s failed", name, exc_info=True)

    return Task(work).start()


_QT_MODULES = ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg")


@cache
def _incarnate_qt_types() -> None:
    """PySide6 makes each Qt type (and its enums) the first time Python asks for it, and that is not
    thread-safe: a module imported in a worker that reads QtCore's attributes (pyqtgraph copies them all)
    while the UI thread makes another type crashed the app now and then (a segmentation fault in
    enum creation). Asked for once here, on the UI thread (about 0.15 s), every type exists before a
    worker imports anything."""
    for module_name in _QT_MODULES:
        module = importlib.import_module(module_name)
        for name in dir(module):
            getattr(module, name)
