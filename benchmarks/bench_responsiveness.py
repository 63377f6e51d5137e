"""No operation freezes the window for more than 200 ms: a scripted tour of what a BKPSDM operator does
all day, through the real main window on the 50,000-person demo, with a stall watchdog on the GUI thread.

The watchdog is a monitor thread that pings the GUI thread every few milliseconds (a queued signal); the
GUI thread notes when it handles each ping, and the longest gap between two handled pings is the longest
time the window could not answer the user — whatever held it: a query, a model reset with 50,000 rows,
a layout, a paint. Each operation of the tour is done through the widgets a user touches (navigation
list, search box, header click, scroll bar, row click, combos, a mouse drag on the nine-box with its
reason dialog confirmed, tabs…), then the event loop runs until every background task has ended
(ui/workers.py ``running_tasks()``) and the window has been idle a moment; the step's figure is the
longest stall in that whole span, so the hand-off of a background result (e.g. a model reset) counts.

Beside the tour, in the same run, a trivial baseline (a QLabel setText): its figure is the watchdog's
own resolution, and every operation is also given as a ratio to it (DESIGN §6 habit).

    .venv/bin/python -m benchmarks.bench_responsiveness [--size 50000] [--profile SUBSTRING]

The window starts as the application starts it (app.start_background_work after show: the pages'
modules imported in the background once Beranda is counted, then gc.freeze()), and the first step lasts
until that is done, so its stalls count there.

``--profile`` (repeatable) runs cProfile on the GUI thread during the steps whose name contains SUBSTRING
and prints the heaviest functions: where a stall comes from. The run ends with the number and the longest
of the full garbage collections: they hold the GIL, so one in a worker thread stalls the window too.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import os
import pstats
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SANDBOX = Path(tempfile.mkdtemp(prefix="talenta-bench-"))
os.environ["TALENTA_DATA_DIR"] = str(_SANDBOX / "data")  # never the developer's data folder

from PySide6.QtCore import QEventLoop, QObject, QPoint, QSettings, Qt, QTimer, Signal  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QTableView  # noqa: E402

from benchmarks.common import demo_database_apart, peak_rss_mb  # noqa: E402

LIMIT_MS = 200.0
PING_S = 0.004  # the watchdog's resolution: a stall is measured to within this
BUSY_S = 0.04  # a gap longer than this means the GUI thread is still working through something
WATCHDOG: StallWatchdog | None = None  # the one running, for settle()


class StallWatchdog(QObject):
    """A thread pings the GUI thread every PING_S; the longest gap between handled pings is the stall."""

    _ping = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._ping.connect(self._pong, Qt.ConnectionType.QueuedConnection)
        self._last = time.perf_counter()
        self.worst = 0.0
        self.last_busy = self._last  # when the GUI thread last stalled noticeably (settle waits it out)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="stall-watchdog", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def reset(self) -> None:
        """Start a new step: what was handled before it does not count."""
        self._last = time.perf_counter()
        self.worst = 0.0

    def _run(self) -> None:
        while not self._stop.wait(PING_S):
            self._ping.emit()

    def _pong(self) -> None:
        now = time.perf_counter()
        gap = now - self._last
        self.worst = max(self.worst, gap)
        if gap > BUSY_S:
            self.last_busy = now
        self._last = now


class GcPauses:
    """How long each full (oldest-generation) garbage collection takes, in any thread."""

    def __init__(self) -> None:
        self.full: list[float] = []
        self._started: dict[int, float] = {}
        gc.callbacks.append(self._callback)

    def stop(self) -> None:
        gc.callbacks.remove(self._callback)

    def _callback(self, phase: str, info: dict) -> None:
        if info.get("generation") != 2:
            return
        if phase == "start":
            self._started[threading.get_ident()] = time.perf_counter()
        elif (began := self._started.pop(threading.get_ident(), None)) is not None:
            self.full.append(time.perf_counter() - began)


def settle(*, at_least_s: float = 0.25, idle_s: float = 0.15, timeout_s: float = 300.0) -> None:
    """Run the event loop until no background task runs and none has for ``idle_s`` (a finished task may
    start the next), the GUI thread has not stalled for ``idle_s`` either (work staged over several
    turns of the event loop is finished), and at least ``at_least_s`` has passed (debounce timers fire,
    posted work is handled)."""
    from talenta_desktop.ui.workers import running_tasks

    loop = QEventLoop()
    started = time.perf_counter()
    idle_since: list[float | None] = [None]

    def check() -> None:
        now = time.perf_counter()
        if running_tasks():
            idle_since[0] = None
        elif idle_since[0] is None:
            idle_since[0] = now
        quiet = WATCHDOG is None or now - WATCHDOG.last_busy >= idle_s
        done = (
            idle_since[0] is not None
            and now - idle_since[0] >= idle_s
            and quiet
            and now - started >= at_least_s
        )
        if done or now - started > timeout_s:
            loop.quit()

    timer = QTimer(interval=10)
    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()


@dataclass
class Result:
    name: str
    stall_ms: float
    wall_s: float
    gc_ms: float = 0.0  # the longest full garbage collection during the step: part of the stall, if any


class Tour:
    def __init__(self, watchdog: StallWatchdog, pauses: GcPauses, profile: list[str] | None) -> None:
        self.watchdog = watchdog
        self.pauses = pauses
        self.profile = profile
        self.results: list[Result] = []

    def step(self, name: str, *actions: Callable[[], object], between_s: float = 0.25) -> None:
        """Do the actions one after the other (each followed by settling), as one operation: its figure
        is the longest stall of any of them (e.g. the keystrokes of a search)."""
        wanted = any(part.lower() in name.lower() for part in self.profile or ())
        profiler = cProfile.Profile() if wanted else None
        worst, started, collections = 0.0, time.perf_counter(), len(self.pauses.full)
        for action in actions:
            self.watchdog.reset()
            if profiler:
                profiler.enable()
            action()
            settle(at_least_s=between_s)
            if profiler:
                profiler.disable()
            worst = max(worst, self.watchdog.worst)
        gc_s = max(self.pauses.full[collections:], default=0.0)
        result = Result(name, worst * 1000, time.perf_counter() - started, gc_s * 1000)
        self.results.append(result)
        mark = "✓" if result.stall_ms <= LIMIT_MS else "✗"
        print(f"  {name:<58} {result.stall_ms:8.0f} ms  {mark}{_gc_note(result)}", flush=True)
        if profiler:
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(35)
            print(out.getvalue(), flush=True)


def _gc_note(result: Result) -> str:
    return f"  (a full garbage collection of {result.gc_ms:.0f} ms)" if result.gc_ms else ""


# -- driving the real widgets ---------------------------------------------------------------------------


def click(widget, pos: QPoint | None = None) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos or QPoint())


def click_row(table: QTableView, row: int, column: int = 0) -> None:
    index = table.model().index(row, column)
    table.scrollTo(index)
    click(table.viewport(), table.visualRect(index).center())


def click_header(table: QTableView, column: int) -> None:
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    click(header.viewport(), QPoint(x, header.height() // 2))


def choose(combo, index: int) -> Callable[[], None]:
    return lambda: combo.setCurrentIndex(index)


def type_text(widget, text: str) -> list[Callable[[], None]]:
    return [lambda ch=ch: QTest.keyClick(widget, ch) for ch in text]


def drag(view, start, end) -> None:
    viewport = view.viewport()
    a, b = view.mapFromScene(start), view.mapFromScene(end)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    for step in range(1, 11):
        QTest.mouseMove(viewport, a + (b - a) * (step / 10))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=50_000)
    parser.add_argument(
        "--profile", metavar="SUBSTRING", action="append", help="cProfile the steps whose name has this"
    )
    args = parser.parse_args()

    app = QApplication([])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)  # a private settings file, not the user's
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(_SANDBOX / "settings"))

    from talenta_desktop.app import build_window, start_background_work
    from talenta_desktop.domain.ninebox import grid_position
    from talenta_desktop.models.db import backup_sqlite
    from talenta_desktop.ui.calibration_dialog import CalibrationDialog
    from talenta_desktop.ui.main_window import PAGES
    from talenta_desktop.ui.workers import cancel_all

    source = demo_database_apart(args.size)
    path = backup_sqlite(source, _SANDBOX / "bench.sqlite")
    global WATCHDOG
    watchdog = WATCHDOG = StallWatchdog()
    watchdog.start()
    pauses = GcPauses()
    tour = Tour(watchdog, pauses, args.profile)
    print(f"longest stall of the GUI thread per operation, {args.size:,} people (limit {LIMIT_MS:.0f} ms)")

    holder: dict[str, object] = {}

    def build() -> None:
        window = build_window(path, is_demo=True)
        window.resize(1366, 768)
        window.show()
        start_background_work(window)
        holder["window"] = window

    tour.step("open the main window (start-up, Beranda)", build)
    window = holder["window"]
    baseline = QLabel(window)
    baseline.show()
    tour.step("baseline: QLabel.setText", *[lambda i=i: baseline.setText(f"baseline {i}") for i in range(5)])

    names = [spec.name for spec in PAGES]
    nav = window.navigation

    def go(name: str) -> Callable[[], None]:
        return lambda: nav.setCurrentRow(names.index(name))

    for name in names[1:]:
        tour.step(f"show {name} (first time)", go(name))
    for name in names:
        tour.step(f"show {name} (again)", go(name))

    # -- Beranda ------------------------------------------------------------------------------------
    home = window.show_page("home")
    settle()
    tour.step("Beranda: choose a unit", choose(home.unit_filter, 2), choose(home.unit_filter, 0))

    # -- Pegawai ------------------------------------------------------------------------------------
    personnel = window.show_page("personnel")
    settle()
    table = personnel.table
    tour.step("Pegawai: type a search (per keystroke)", *type_text(personnel.search, "sri wa"))
    tour.step("Pegawai: clear the search", personnel.search.clear)
    tour.step("Pegawai: type a NIP prefix", *type_text(personnel.search, "1985"))
    tour.step("Pegawai: clear the search again", personnel.search.clear)
    unit_col = personnel.model.column_index("unit")
    tour.step("Pegawai: sort by Unit kerja (click header)", lambda: click_header(table, unit_col))
    tour.step("Pegawai: sort descending (click again)", lambda: click_header(table, unit_col))
    name_col = personnel.model.column_index("nama_lengkap")
    tour.step("Pegawai: sort by Nama", lambda: click_header(table, name_col))
    bar = table.verticalScrollBar()
    tour.step(
        "Pegawai: scroll the table",
        lambda: bar.setValue(bar.maximum()),
        lambda: bar.setValue(bar.maximum() // 2),
        lambda: bar.triggerAction(bar.SliderAction.SliderPageStepAdd),
        lambda: bar.setValue(0),
        between_s=0.1,
    )
    tour.step(
        "Pegawai: open a profile (click a row)", lambda: click_row(table, 3), lambda: click_row(table, 7)
    )
    tour.step("Pegawai: filter by unit", choose(personnel.unit_filter, 2))
    tour.step("Pegawai: filter by jenis jabatan", choose(personnel.jenis_jabatan_filter, 2))
    tour.step("Pegawai: reset filters", lambda: click(personnel.reset_button))

    # -- Peta Talenta -------------------------------------------------------------------------------
    ninebox = window.show_page("ninebox")
    settle()
    period = ninebox.period_combo
    if period.count() > 1:
        tour.step("Peta Talenta: change period", choose(ninebox.period_combo, 1))
        tour.step("Peta Talenta: change period back", choose(ninebox.period_combo, 0))
    filters = ninebox.filters
    tour.step("Peta Talenta: filter by unit", choose(filters.unit_filter, 2))
    tour.step("Peta Talenta: filter by jenis jabatan", choose(filters.jenis_jabatan_filter, 2))
    tour.step("Peta Talenta: filter PNS/PPPK", choose(filters.jenis_pegawai_filter, 1))
    tour.step("Peta Talenta: type a search", *type_text(filters.search, "adi"))
    tour.step("Peta Talenta: reset filters", lambda: click(filters.reset_button))

    view = ninebox.view

    def drawn(box: int):
        shown = ninebox.shown[(ninebox.shown["box"] == box) & ~ninebox.shown["calibrated"]]
        for row in shown.itertuples():
            item = view.person_item(row.nip)
            if item is not None:
                return row, item
        raise SystemExit(f"nobody drawn in box {box}")

    _, item = drawn(5)
    tour.step(
        "Peta Talenta: select a person (click)",
        lambda: click(view.viewport(), view.mapFromScene(item.sceneBoundingRect().center())),
    )
    _, item = drawn(5)
    target = next(b for b in range(1, 10) if b != 5 and grid_position(b)[1] == grid_position(5)[1])
    tour.step(
        "Peta Talenta: drag a person (reason dialog opens)",
        lambda: drag(view, item.sceneBoundingRect().center(), view.cell_center(target)),
    )
    dialog = ninebox.findChild(CalibrationDialog)
    if dialog is None:
        raise SystemExit("the calibration dialog did not open")
    dialog.reason.setPlainText("Tolok ukur: kalibrasi contoh")
    tour.step("Peta Talenta: confirm the move (calibration recorded)", lambda: click(dialog.ok))
    tour.step("Peta Talenta: undo the move", ninebox.undo_action.trigger)
    tabs = ninebox.tabs
    tour.step("Peta Talenta: tab Belum dapat dipetakan", lambda: tabs.setCurrentIndex(1))
    tour.step("Peta Talenta: tab Kalibrasi", lambda: tabs.setCurrentIndex(2))
    tour.step("Peta Talenta: tab Distribusi dan pergerakan", lambda: tabs.setCurrentIndex(3))
    tour.step("Peta Talenta: back to the map", lambda: tabs.setCurrentIndex(0))
    holder["box"] = None
    tour.step("Peta Talenta: open a crowded box's list", lambda: holder.update(box=ninebox.open_box_list(5)))
    if holder["box"] is not None:
        tour.step("Peta Talenta: close the box list", holder["box"].close)
    tour.step("Peta Talenta: open the projector", ninebox.open_projector)
    tour.step("Peta Talenta: filter with the projector open", choose(filters.unit_filter, 3))
    tour.step("Peta Talenta: hide names on the wall", lambda: ninebox.names_action.setChecked(True))
    tour.step("Peta Talenta: close the projector", lambda: ninebox.projector.close())
    tour.step("Peta Talenta: reset filters again", lambda: click(filters.reset_button))

    # -- Komite -------------------------------------------------------------------------------------
    committee = window.show_page("committee")
    settle()
    meetings = committee.meetings_table
    if committee.meeting_model.rowCount() > 1:
        tour.step("Komite: switch meeting", lambda: click_row(meetings, 1), lambda: click_row(meetings, 0))
    tour.step(
        "Komite: switch tabs",
        *[lambda i=i: committee.tabs.setCurrentIndex(i) for i in range(committee.tabs.count())],
        lambda: committee.tabs.setCurrentIndex(0),
    )

    # -- Pengembangan -------------------------------------------------------------------------------
    development = window.show_page("development")
    settle()
    plans = development.plans_table
    if development.plan_model.rowCount() > 3:
        tour.step(
            "Pengembangan: open plans (click rows)", *[lambda r=r: click_row(plans, r) for r in (1, 2, 3)]
        )
    tour.step("Pengembangan: type a search", *type_text(development.filters.search, "adi"))
    tour.step("Pengembangan: clear the search", development.filters.search.clear)
    tour.step("Pengembangan: sort the plans", lambda: click_header(plans, 1), lambda: click_header(plans, 0))
    tour.step("Pengembangan: tab Per unit", lambda: development.tabs.setCurrentIndex(1))
    tour.step("Pengembangan: back to Rencana", lambda: development.tabs.setCurrentIndex(0))
    if development.period_combo.count() > 1:
        other = 1 - max(development.period_combo.currentIndex(), 0)
        current = development.period_combo.currentIndex()
        tour.step("Pengembangan: change period", choose(development.period_combo, other))
        tour.step("Pengembangan: change period back", choose(development.period_combo, current))

    # -- Suksesi ------------------------------------------------------------------------------------
    succession = window.show_page("succession")
    settle()
    posts = succession.posts_table
    rows = succession.post_proxy.rowCount()
    if rows > 3:
        tour.step("Suksesi: open posts (click rows)", *[lambda r=r: click_row(posts, r) for r in (1, 2, 3)])
        tour.step("Suksesi: open a post again (cached)", lambda: click_row(posts, 1))
    tour.step("Suksesi: tab Calon", lambda: succession.tabs.setCurrentIndex(1))
    tour.step("Suksesi: tab Suksesor", lambda: succession.tabs.setCurrentIndex(0))
    if succession.period_combo.count() > 1:
        current = succession.period_combo.currentIndex()
        tour.step("Suksesi: change period", choose(succession.period_combo, 1 - current))
        tour.step("Suksesi: change period back", choose(succession.period_combo, current))

    # -- Laporan ------------------------------------------------------------------------------------
    reports = window.show_page("reports")
    settle()
    tour.step(
        "Laporan: switch tabs",
        *[lambda i=i: reports.tabs.setCurrentIndex(i) for i in range(reports.tabs.count())],
    )
    reports.tabs.setCurrentIndex(1)
    pdf = reports.pdf
    tour.step(
        "Laporan: choose report kinds",
        *[lambda r=r: pdf.kinds.setCurrentRow(r) for r in range(pdf.kinds.count())],
    )
    pdf.choose_kind("talent-map")
    settle()
    tour.step("Laporan: choose a unit", choose(pdf.unit_combo, 2))
    pdf.choose_kind("profile")
    settle()
    nip = str(personnel.model.column_values("nip")[0])
    tour.step("Laporan: type a NIP", *type_text(pdf.nip_edit, nip[:6]), lambda: pdf.nip_edit.setText(nip))

    # -- Pengaturan ---------------------------------------------------------------------------------
    settings = window.show_page("settings")
    settle()
    tour.step(
        "Pengaturan: switch tabs",
        *[lambda i=i: settings.tabs.setCurrentIndex(i) for i in range(settings.tabs.count())],
        lambda: settings.tabs.setCurrentIndex(0),
    )
    tour.step("back to Beranda", go("home"))

    watchdog.stop()
    pauses.stop()
    cancel_all()
    window.close()

    base = next(r for r in tour.results if r.name.startswith("baseline")).stall_ms
    print()
    print(f"{'operation':<58} {'longest stall':>13} {'× baseline':>10}  ≤{LIMIT_MS:.0f} ms")
    for r in tour.results:
        mark = "✓" if r.stall_ms <= LIMIT_MS else "✗"
        print(f"{r.name:<58} {r.stall_ms:10.0f} ms {r.stall_ms / max(base, 1e-3):9.1f}×  {mark}{_gc_note(r)}")
    over = [r for r in tour.results if r.stall_ms > LIMIT_MS]
    print(
        f"\n{len(over)} of {len(tour.results)} operations over {LIMIT_MS:.0f} ms; peak memory {peak_rss_mb():.0f} MB"
    )
    print(
        f"garbage collections of the oldest generation: {len(pauses.full)}, longest "
        f"{max(pauses.full, default=0) * 1000:.0f} ms (they hold the GIL: the window waits, whichever "
        "thread runs them)"
    )
    del app


if __name__ == "__main__":
    main()
