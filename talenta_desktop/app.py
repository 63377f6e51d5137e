"""QApplication set-up (translators, theme, high-DPI, exception hook) and the GUI entry point."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
import time
import traceback
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDir,
    QEventLoop,
    QSettings,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from talenta_desktop import __version__, config
from talenta_desktop.models.db import Database, DatabaseError, open_database
from talenta_desktop.resources import resource_path
from talenta_desktop.services.actor import Actor
from talenta_desktop.services.workspace import Workspace
from talenta_desktop.ui.appearance import apply_appearance, saved_appearance
from talenta_desktop.ui.language import LANGUAGES
from talenta_desktop.ui.main_window import PAGES, MainWindow
from talenta_desktop.ui.theme import THEMES
from talenta_desktop.ui.workers import Task, cancel_all, preload, running_tasks

SCREENSHOT_SIZE = (1366, 768)  # the most common laptop screen in the offices that use this
# What the pages import (pandas, openpyxl, their widgets' modules): most of a second on a first visit.
PRELOADED = [f"talenta_desktop.ui.pages.{spec.name}" for spec in PAGES]
BACKGROUND_AFTER_MS = 5000  # the latest start of the backup and the preload (see start_background_work)
log = logging.getLogger("talenta_desktop")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="talenta-desktop", description="Talenta Desktop")
    parser.add_argument("--db", metavar="PATH_OR_URL", help="database (bawaan: $TALENTA_DB atau folder data)")
    parser.add_argument(
        "--demo", action="store_true", help="buka database demo (dibuat saat pertama dipakai)"
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, help="bahasa antarmuka (bawaan: pilihan di Pengaturan, atau id)"
    )
    parser.add_argument(
        "--theme", choices=THEMES, help="tema tampilan (bawaan: pilihan di Pengaturan, atau light)"
    )
    parser.add_argument(
        "--screenshots", metavar="DIR", type=Path, help="simpan gambar tiap halaman lalu keluar"
    )
    parser.add_argument("--version", action="version", version=f"Talenta Desktop {__version__}")
    return parser.parse_args(list(argv))


def create_application(language: str | None = None, theme: str | None = None) -> QApplication:
    """The QApplication with the saved appearance (language, theme, font size; `language` and `theme`
    override it for this run); reuses an existing one (tests create their own)."""
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(sys.argv[:1])
    app.setApplicationName(config.APP_NAME)
    app.setOrganizationName(config.APP_AUTHOR)
    app.setApplicationDisplayName("Talenta Desktop")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("icons", "talenta.svg"))))
    if not getattr(app, "_talenta_configured", False):
        app.setStyle("Fusion")
        # The theme names its images "icons:…", wherever resources/ is (checkout, wheel or bundle).
        QDir.addSearchPath("icons", str(resource_path("icons")))
        appearance = saved_appearance()
        appearance = replace(
            appearance, language=language or appearance.language, theme=theme or appearance.theme
        )
        apply_appearance(appearance)
        app._talenta_configured = True  # type: ignore[attr-defined]
    return app


def build_window(
    db: Database | str | Path, *, actor: Actor | None = None, is_demo: bool = False
) -> MainWindow:
    """The main window for a database (an opened Database, a path or a URL), without an event loop."""
    create_application()
    if not isinstance(db, Database):
        db = open_database(db)
    return MainWindow(Workspace(db=db, actor=actor or Actor.local(), is_demo=is_demo))


def open_demo_database() -> Database:
    """The demo database, built on first use."""
    from talenta_desktop.services.overview import person_count

    db = open_database(config.demo_db_location())
    with db.session() as session:
        empty = person_count(session) == 0
    if empty:
        from talenta_desktop.services.demo import build_demo  # Faker, NumPy: only to build it

        with db.transaction() as session:
            build_demo(session, Actor.local())
    return db


def take_screenshots(window: MainWindow, out_dir: Path) -> list[Path]:
    """Render every page of the real window to `out_dir/<page>.png`."""
    out_dir.mkdir(parents=True, exist_ok=True)
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    written = []
    for name in window.page_names():
        window.show_page(name)
        _settle()
        target = out_dir / f"{name}.png"
        if not window.grab().save(str(target)):
            raise OSError(f"gagal menyimpan {target}")
        written.append(target)
    written += _projector_screenshots(window, out_dir)
    return written


def _settle(timeout_s: float = 30.0) -> None:
    """Let a page finish what it started in the background (e.g. a preview) before it is pictured."""
    deadline = time.monotonic() + timeout_s
    QCoreApplication.processEvents()
    while running_tasks() and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)
    QCoreApplication.processEvents()


PROJECTOR_SIZE = (1024, 768)  # the projectors in these meeting rooms


def _projector_screenshots(window: MainWindow, out_dir: Path) -> list[Path]:
    """The wall window as the room sees it, with names shown and hidden."""
    if "ninebox" not in window.page_names():
        return []
    page = window.show_page("ninebox")
    projector = page.open_projector()
    if projector is None:  # nothing mapped yet: nothing to project
        return []
    # A committee reviews one OPD at a time: show a unit small enough for names to appear on the wall.
    combo = page.filters.unit_filter
    placed = page.map.frame["box"].notna().to_numpy()
    best, best_count = 0, 0
    for index in range(1, combo.count()):
        count = int((page._filter.mask(unit_ids=page._subtree(combo.itemData(index))) & placed).sum())
        if best_count < count <= 24:
            best, best_count = index, count
    combo.setCurrentIndex(best)
    written = []
    remembered = projector.names_hidden
    projector.showNormal()
    projector.resize(*PROJECTOR_SIZE)
    for hidden, name in ((False, "projector"), (True, "projector-names-hidden")):
        projector.set_names_hidden(hidden)
        QCoreApplication.processEvents()
        target = out_dir / f"{name}.png"
        if not projector.grab().save(str(target)):
            raise OSError(f"gagal menyimpan {target}")
        written.append(target)
    projector.set_names_hidden(remembered)
    projector.close()
    combo.setCurrentIndex(0)
    return written


def _excepthook(exc_type, exc, tb) -> None:
    """An unexpected error is logged and shown, instead of closing the window without a word. A refusal
    of the user's role that no page caught is no crash: it is said plainly."""
    from talenta_desktop.services.permissions import PermissionDenied

    if issubclass(exc_type, PermissionDenied) and QApplication.instance() is not None:
        from talenta_desktop.ui.messages import user_text

        QMessageBox.warning(None, "Talenta Desktop", user_text(exc))
        return
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("unhandled exception\n%s", text)
    if QApplication.instance() is not None:
        box = QMessageBox(QMessageBox.Icon.Critical, "Talenta Desktop",
                          QCoreApplication.translate("app", "Terjadi kesalahan yang tidak terduga. "
                                                     "Data yang sudah disimpan tetap aman."))  # fmt: skip
        box.setDetailedText(text)
        box.exec()


# Qt messages that say nothing to a user or an administrator (the offscreen platform cannot resize
# native windows, which only matters to screenshots).
_QUIET_QT_MESSAGES = ("This plugin does not support propagateSizeHints",)


def _qt_message(mode: QtMsgType, _context, message: str) -> None:
    if message.startswith(_QUIET_QT_MESSAGES):
        return
    level = logging.DEBUG if mode == QtMsgType.QtDebugMsg else logging.WARNING
    log.log(level, "Qt: %s", message)


def _configure_logging() -> None:
    log_dir = config.data_dir() / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    logging.basicConfig(
        filename=log_dir / "talenta.log",
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    qInstallMessageHandler(_qt_message)


def start_background_work(window: MainWindow) -> None:
    """What a start does once the window is on screen: the day's backup and the other pages' modules
    (warm_up), both in the background. They wait for Beranda's figures, whose count they would slow and
    stall (measured on 50,000 people, backup at once: figures 1.1 → 2.5 s, stalls up to 0.4 s), but not
    longer than BACKGROUND_AFTER_MS: the day's copy must not hang on a chart. gc.freeze(): what start-up
    built lives as long as the window, and a full garbage collection — which holds the GIL, so it stalls
    the window whichever thread runs it — need not walk it again and again."""
    gc.freeze()

    def start() -> None:
        window.start_daily_backup()
        warm_up()

    timer = QTimer(window, singleShot=True)
    timer.timeout.connect(start)
    timer.start(BACKGROUND_AFTER_MS)

    def counted() -> None:
        if timer.isActive():  # not yet started by the timer
            timer.start(0)

    window.page("home").loaded.connect(counted, Qt.ConnectionType.SingleShotConnection)


def warm_up() -> Task:
    """Import the pages' modules in a worker thread while the user reads Beranda: a first visit then
    costs the page's widgets only (on 50,000 people, Pegawai's stall 0.9 → 0.1 s, Laporan's 0.8 → 0.2 s;
    imported on the GUI thread in steps between events instead, pandas alone stalls the window 0.6 s).
    Then freeze what they brought, too, out of the garbage collector's way."""
    task = preload(PRELOADED)
    task.finished.connect(lambda _: gc.freeze())
    return task


def _open_workspace(args: argparse.Namespace) -> Workspace | None:
    """The database and who uses it. A new database gets its first administrator and is encrypted; one
    with users asks for a sign-in; a plain one without users (made before there were users) is opened by
    the local user, who is offered — once — to set up an administrator and encrypt it. The demo stays
    plain. Screenshots never wait for a dialog."""
    from talenta_desktop.models.db import EncryptedDatabaseError, database_url, sqlite_path
    from talenta_desktop.services.users import has_users, is_encrypted_database
    from talenta_desktop.ui.sign_in import NewAdministratorDialog, SignInDialog

    if args.demo:
        return Workspace(db=open_demo_database(), actor=Actor.local(), is_demo=True)
    location = args.db or config.default_db_location()
    path = sqlite_path(database_url(location))
    interactive = args.screenshots is None
    if interactive and path is not None and not path.exists():
        dialog = NewAdministratorDialog(location)
        return Workspace(db=dialog.database, actor=dialog.actor) if dialog.exec() else None
    db = None if is_encrypted_database(location) else open_database(location)  # opened once
    if db is not None:
        with db.session() as session:
            if has_users(session):
                db.dispose()
                db = None
    if db is None:  # encrypted, or plain with accounts: a user signs in
        if not interactive:
            raise EncryptedDatabaseError(f"{location}: database ini memerlukan masuk dengan pengguna.")
        dialog = SignInDialog(location)
        return Workspace(db=dialog.database, actor=dialog.actor) if dialog.exec() else None
    if interactive and path is not None:
        asked = QSettings()
        key = f"security/offered-encryption/{path}"
        if not asked.value(key, False, type=bool):
            asked.setValue(key, True)
            dialog = NewAdministratorDialog(location, database=db)
            if dialog.exec():
                return Workspace(db=dialog.database, actor=dialog.actor)
    return Workspace(db=db, actor=Actor.local())


def run(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    if args.screenshots is not None:
        # No screen needed for screenshots: render offscreen unless a platform was chosen explicitly.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _configure_logging()
    app = create_application(args.lang, args.theme)
    try:
        workspace = _open_workspace(args)
    except DatabaseError as exc:
        if args.screenshots is not None:
            print(f"talenta-desktop: {exc}", file=sys.stderr)
        else:
            from talenta_desktop.ui.messages import user_text

            QMessageBox.critical(None, "Talenta Desktop", user_text(exc))
        return 1
    if workspace is None:  # the user closed the sign-in or set-up dialog
        return 0
    window = MainWindow(workspace)
    if args.screenshots is not None:
        for path in take_screenshots(window, args.screenshots):
            print(path)
        window.close()
        cancel_all()
        return 0
    sys.excepthook = _excepthook
    window.restore_geometry()
    window.show()
    start_background_work(window)
    try:
        return app.exec()
    finally:
        cancel_all()  # no background thread may outlive the application
