"""The main window: a navigation list on the left, one page per area, created when first shown; menus
with the application's keyboard shortcuts; rebuilt in place when the language, theme or font changes."""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from talenta_desktop import __version__
from talenta_desktop.resources import resource_path
from talenta_desktop.services.backups import daily_backup_due, daily_backup_if_due
from talenta_desktop.services.overview import instansi_name
from talenta_desktop.services.permissions import Permission
from talenta_desktop.services.workspace import Workspace
from talenta_desktop.ui.appearance import Appearance, apply_appearance, current_appearance, save_appearance
from talenta_desktop.ui.icons import themed_icon
from talenta_desktop.ui.messages import user_text
from talenta_desktop.ui.permissions import guard, role_text
from talenta_desktop.ui.shortcuts import PAGE_KEYS, set_keys, shown
from talenta_desktop.ui.workers import Task

log = logging.getLogger(__name__)
SIDEBAR_WIDTH = 184
NAVIGATION_MARGIN = 8  # app.qss: QListWidget#navigation::item { margin: 1px 8px }


@dataclass(frozen=True)
class PageSpec:
    name: str  # stable name for show_page() and screenshots; its module is talenta_desktop.ui.pages.<name>
    title: str  # source text, marked for lupdate; translated when shown
    icon: str
    page_class: str  # the page's class in its module, imported on first use: start-up pays for one page

    def make(self, workspace: Workspace, parent: QWidget) -> QWidget:
        module = importlib.import_module(f"talenta_desktop.ui.pages.{self.name}")
        return getattr(module, self.page_class)(workspace, parent)


# A page joins this list when its feature is built; there are no placeholder pages.
PAGES: tuple[PageSpec, ...] = (
    PageSpec("home", QT_TRANSLATE_NOOP("MainWindow", "Beranda"), "home.svg", "HomePage"),
    PageSpec("personnel", QT_TRANSLATE_NOOP("MainWindow", "Pegawai"), "people.svg", "PersonnelPage"),
    PageSpec("ninebox", QT_TRANSLATE_NOOP("MainWindow", "Peta Talenta"), "ninebox.svg", "NineBoxPage"),
    PageSpec("committee", QT_TRANSLATE_NOOP("MainWindow", "Komite"), "committee.svg", "CommitteePage"),
    PageSpec(
        "development", QT_TRANSLATE_NOOP("MainWindow", "Pengembangan"), "development.svg", "DevelopmentPage"
    ),
    PageSpec("succession", QT_TRANSLATE_NOOP("MainWindow", "Suksesi"), "succession.svg", "SuccessionPage"),
    PageSpec("reports", QT_TRANSLATE_NOOP("MainWindow", "Laporan"), "reports.svg", "ReportsPage"),
    PageSpec("settings", QT_TRANSLATE_NOOP("MainWindow", "Pengaturan"), "settings.svg", "SettingsPage"),
)


class MainWindow(QMainWindow):
    # Emitted after data was written behind the pages' backs (a committed import): pages refresh.
    data_changed = Signal()

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.setObjectName("MainWindow")
        self._pages: dict[str, QWidget] = {}
        self._specs = {spec.name: spec for spec in PAGES}
        self._stale: set[str] = set()  # pages to refresh when next shown
        self._pending_appearance: Appearance | None = None
        self._help = None
        self._backup_task: Task | None = None

        self.navigation = QListWidget(objectName="navigation")
        self.navigation.setIconSize(QSize(20, 20))
        for spec in PAGES:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, spec.name)
            self.navigation.addItem(item)
        self.stack = QStackedWidget(objectName="pages")

        self.sidebar = QWidget(objectName="sidebar")
        side = QVBoxLayout(self.sidebar)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(0)
        self.brand = brand = QLabel(objectName="brand")
        brand.setText(
            f"<img src='{resource_path('icons', 'talenta.svg').as_posix()}' width='28' height='28'>"
            "&nbsp;&nbsp;<b>Talenta</b> Desktop"
        )
        side.addWidget(brand)
        side.addWidget(self.navigation, 1)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.navigation.currentRowChanged.connect(lambda row: self.show_page(PAGES[row].name))
        self.data_changed.connect(self._refresh_pages)
        self._build_chrome()
        self.resize(1280, 760)
        self.show_page(PAGES[0].name)

    # -- pages ---------------------------------------------------------------------------------------

    def page_names(self) -> list[str]:
        return [spec.name for spec in PAGES]

    def page(self, name: str) -> QWidget:
        """The page widget, created on first use so start-up pays only for the first page."""
        if name not in self._specs:
            raise KeyError(f"unknown page {name!r}; pages: {', '.join(self._specs)}")
        if name not in self._pages:
            # Built inside the stack: reparenting a finished page re-styles every widget in it (a tenth of a
            # second for the larger pages).
            widget = self._specs[name].make(self.workspace, self.stack)
            widget.setObjectName(f"page-{name}")
            changed = getattr(widget, "changed", None)
            if changed is not None:  # what one page records, the others show when next opened
                changed.connect(lambda name=name: self._stale.update(set(self._pages) - {name}))
            replaced = getattr(widget, "database_replaced", None)
            if replaced is not None:  # encrypted in place: the same data, a new database and user
                replaced.connect(self._identity_changed)
            chosen = getattr(widget, "appearance_chosen", None)
            if chosen is not None:
                chosen.connect(self.change_appearance)
            self._pages[name] = widget
            # Before the page first asks for room: styled; no size cached from before it hid widgets
            # while it was built (Qt keeps such stale sizes until shown); and at the stack's size, so
            # that a page that adapts to a narrow window (1024 px) does so at once. Else it would widen
            # the window, which never shrinks back by itself.
            widget.ensurePolished()
            for layout in widget.findChildren(QLayout):
                layout.invalidate()
            widget.resize(self.stack.size())
            self.stack.addWidget(widget)
        return self._pages[name]

    def show_page(self, name: str) -> QWidget:
        widget = self.page(name)
        if name in self._stale:
            self._stale.discard(name)
            refresh = getattr(widget, "refresh", None)
            if callable(refresh):
                refresh()
        self.stack.setCurrentWidget(widget)
        row = self.page_names().index(name)
        if self.navigation.currentRow() != row:
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(row)
            self.navigation.blockSignals(False)
        return widget

    def current_page_name(self) -> str:
        return next(name for name, w in self._pages.items() if w is self.stack.currentWidget())

    def release_pages(self) -> bool:
        """Whether every page may go (a page with unsaved work asks, through its `may_close`); pages with
        drafts save them when hidden, as they are by then."""
        return all(getattr(widget, "may_close", lambda: True)() for widget in self._pages.values())

    # -- appearance ----------------------------------------------------------------------------------

    def change_appearance(self, appearance: Appearance) -> None:
        """Save a new language, theme or font size and rebuild the window in it once the event that chose
        it is over (it may come from a widget the rebuild deletes; several choices in a row rebuild once)."""
        appearance = appearance.normalised()
        save_appearance(appearance)
        if self._pending_appearance is None:
            QTimer.singleShot(0, self._rebuild_in_appearance)
        self._pending_appearance = appearance

    def _rebuild_in_appearance(self) -> None:
        appearance, self._pending_appearance = self._pending_appearance, None
        if appearance is None or appearance == current_appearance():
            return
        if not self.release_pages():  # unsaved work the user kept: the choice waits for the next start
            self.statusBar().showMessage(
                self.tr("Tampilan baru dipakai saat Talenta Desktop dibuka lagi."), 8000
            )
            return
        apply_appearance(appearance)
        self.rebuild()

    def rebuild(self) -> None:
        """Build the pages and the window's menus and labels again, in the current language and theme;
        the page on screen stays on screen (its data is read again)."""
        current = self.current_page_name()
        section = None
        if current == "settings":
            section = self._pages[current].tabs.currentIndex()
        for widget in self._pages.values():
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self._pages.clear()
        self._stale.clear()
        self._build_chrome()
        page = self.show_page(current)
        if section is not None:
            page.tabs.setCurrentIndex(section)

    def _step_font(self, steps: int) -> None:
        self.change_appearance(current_appearance().with_font_step(steps))

    def _reset_font(self) -> None:
        self.change_appearance(replace(current_appearance(), font_scale=1.0))

    # -- chrome --------------------------------------------------------------------------------------

    def _build_chrome(self) -> None:
        """Everything around the pages that speaks: navigation, menus, status bar and title."""
        for row, spec in enumerate(PAGES):
            self.navigation.item(row).setText(self.tr(spec.title))
            self.navigation.item(row).setIcon(themed_icon(spec.icon))
            if row < len(PAGE_KEYS):
                self.navigation.item(row).setToolTip(f"{self.tr(spec.title)} ({shown(PAGE_KEYS[row])})")
        # The sidebar fits its longest entry in the chosen font and language, and no less than its usual
        # width (the entries' margins come from the style sheet, which sizeHintForColumn leaves out).
        longest = max(
            self.navigation.sizeHintForColumn(0) + 2 * NAVIGATION_MARGIN, self.brand.sizeHint().width()
        )
        self.sidebar.setFixedWidth(max(SIDEBAR_WIDTH, min(longest, 2 * SIDEBAR_WIDTH)))
        self.menuBar().clear()
        for action in self.actions():
            self.removeAction(action)
        self._build_menus()
        self._build_status_bar()
        self._update_title()

    def _action(self, text: str, shortcut: str | None, slot, name: str | None = None) -> QAction:
        action = QAction(text, self, objectName=name or f"action-{shortcut}")
        if shortcut is not None:
            set_keys(action, shortcut)
            self.addAction(action)  # its keys work while the menu bar is hidden (full screen)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Berkas"))
        import_action = self._action(
            self.tr("&Impor data…"), "import", self.open_import_wizard, "action-import"
        )
        guard(self.workspace, Permission.PERSONNEL_EDIT, import_action)
        file_menu.addAction(import_action)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Keluar"), "quit", self.close, "action-quit"))

        pages_menu = self.menuBar().addMenu(self.tr("&Halaman"))
        for row, spec in enumerate(PAGES):
            action = QAction(self.tr(spec.title), self, objectName=f"action-page-{spec.name}")
            if row < len(PAGE_KEYS):
                action.setShortcut(QKeySequence(PAGE_KEYS[row]))
            action.triggered.connect(lambda _=False, name=spec.name: self.show_page(name))
            self.addAction(action)
            pages_menu.addAction(action)
        pages_menu.addSeparator()
        pages_menu.addAction(self._action(self.tr("&Cari di halaman ini"), "search", self.focus_search))

        view_menu = self.menuBar().addMenu(self.tr("&Tampilan"))
        full = self._action(self.tr("&Layar penuh"), "full-screen", self.toggle_full_screen)
        full.setCheckable(True)
        full.setChecked(self.isFullScreen())
        view_menu.addAction(full)
        view_menu.addSeparator()
        view_menu.addAction(
            self._action(self.tr("Per&besar huruf"), "font-larger", lambda: self._step_font(1))
        )
        view_menu.addAction(
            self._action(self.tr("Per&kecil huruf"), "font-smaller", lambda: self._step_font(-1))
        )
        view_menu.addAction(self._action(self.tr("Ukuran huruf &normal"), "font-reset", self._reset_font))
        view_menu.addSeparator()
        view_menu.addAction(
            self._action(self.tr("&Bahasa, tema dan huruf…"), None, self.show_appearance, "action-appearance")
        )

        help_menu = self.menuBar().addMenu(self.tr("Ban&tuan"))
        help_menu.addAction(self._action(self.tr("&Panduan"), "help", self.show_help, "action-help"))
        help_menu.addAction(
            self._action(
                self.tr("Pin&tasan papan ketik"), "cheat-sheet", self.show_shortcuts, "action-shortcuts"
            )
        )
        help_menu.addSeparator()
        help_menu.addAction(
            self._action(self.tr("&Tentang Talenta Desktop"), None, self.show_about, "action-about")
        )

    def focus_search(self) -> QLineEdit | None:
        """Put the cursor in the page's search field (a line edit named …Search), if it has one."""
        page = self.stack.currentWidget()
        fields = [
            field
            for field in page.findChildren(QLineEdit)
            if field.objectName().endswith("Search") and field.isVisibleTo(page) and field.isEnabled()
        ]
        if not fields:
            self.statusBar().showMessage(self.tr("Halaman ini tidak memiliki kotak pencarian."), 4000)
            return None
        fields[0].setFocus(Qt.FocusReason.ShortcutFocusReason)
        fields[0].selectAll()
        return fields[0]

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def show_appearance(self) -> QWidget:
        return self.show_page("settings").show_section("appearance")

    def show_help(self) -> QWidget:
        """The user guide at the page on screen."""
        from talenta_desktop.ui.help import open_help

        self._help = open_help(self, self.current_page_name())
        return self._help

    def show_shortcuts(self) -> QWidget:
        from talenta_desktop.ui.shortcut_sheet import ShortcutSheet

        sheet = ShortcutSheet(self)
        sheet.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        sheet.open()
        return sheet

    def open_import_wizard(self) -> QWidget:
        """The import wizard, window-modal; pages refresh after a committed import."""
        from talenta_desktop.ui.import_wizard import ImportWizard

        wizard = ImportWizard(self.workspace, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(self._imported)
        wizard.open()
        return wizard

    def _imported(self, _report) -> None:
        self._update_title()  # the first import may have named the instansi
        self.data_changed.emit()

    def _refresh_pages(self) -> None:
        for widget in self._pages.values():
            refresh = getattr(widget, "refresh", None)
            if callable(refresh):
                refresh()

    def _build_status_bar(self) -> None:
        self.setStatusBar(QStatusBar())  # a fresh one in the current language; Qt deletes the old
        path = self.workspace.db.path
        where = str(path) if path is not None else self.workspace.db.engine.url.render_as_string()
        label = QLabel(self.tr("Database: {0}").format(where))
        label.setObjectName("statusDatabase")
        self.statusBar().addWidget(label, 1)
        if self.workspace.is_demo:
            demo = QLabel(self.tr("DEMO — data rekaan, bukan data pegawai sebenarnya"))
            demo.setObjectName("demoBadge")
            self.statusBar().addPermanentWidget(demo)
        self.user_label = QLabel(objectName="statusUser")
        self.user_label.setToolTip(self.tr("Pengguna yang masuk dan perannya"))
        self.statusBar().addPermanentWidget(self.user_label)
        self._show_user()

    def _show_user(self) -> None:
        actor = self.workspace.actor
        self.user_label.setText(self.tr("{0} · {1}").format(actor.username, role_text(actor.role)))

    def _identity_changed(self) -> None:
        self._show_user()
        self._update_title()

    def _update_title(self) -> None:
        name = self.workspace.read(instansi_name)
        title = "Talenta Desktop"
        if name:
            title += f" — {name}"
        if self.workspace.is_demo:
            title += " " + self.tr("[DEMO, tidak terenkripsi]")
        elif self.workspace.db.path is not None and not self.workspace.db.encrypted:
            title += " " + self.tr("[tidak terenkripsi]")
        self.setWindowTitle(title)

    def about_text(self) -> str:
        return self.tr(
            "<h3>Talenta Desktop {0}</h3>"
            "<p>Manajemen Talenta ASN untuk BKPSDM: peta talenta sembilan kotak, Komite Talenta, "
            "rencana pengembangan, suksesi jabatan kritikal dan pertukaran data dengan BKN — "
            "bekerja tanpa internet.</p>"
            "<p>Dasar: UU 20/2023 tentang ASN; PermenPANRB 3/2020 jo. 20/2025 tentang Manajemen "
            "Talenta ASN.</p>"
        ).format(__version__)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("Tentang Talenta Desktop"), self.about_text())

    # -- the day's backup ----------------------------------------------------------------------------

    def start_daily_backup(self) -> Task | None:
        """The day's automatic copy of the database (not of the demo, which can be rebuilt), made in the
        background: on a large database it takes seconds, and nobody should wait for it to start
        working. A failed copy keeps nobody from working either: it is logged and said in the status
        bar, and the next start tries again. Closing the window cancels the copy (workers.cancel_all on
        quit): its unfinished file is deleted, and the database itself is only read."""
        workspace = self.workspace
        if workspace.is_demo or not daily_backup_due(workspace.db):
            return None
        task = Task(
            lambda _progress, cancel: daily_backup_if_due(workspace.db, workspace.actor, cancel=cancel)
        )
        task.finished.connect(self._daily_backup_made)
        task.failed.connect(self._daily_backup_failed)
        self._backup_task = task
        self.statusBar().showMessage(self.tr("Membuat cadangan harian database…"))
        return task.start()

    def _daily_backup_made(self) -> None:
        self.statusBar().showMessage(self.tr("Cadangan harian database dibuat."), 5000)

    def _daily_backup_failed(self, error: BaseException) -> None:
        if self._backup_task.cancel_requested:  # the window is closing
            return
        log.warning("daily backup failed: %s", error, exc_info=error)
        self.statusBar().showMessage(
            self.tr(
                "Cadangan harian gagal dibuat: {0} Pekerjaan dapat dilanjutkan; cadangan dicoba lagi saat "
                "Talenta Desktop dibuka berikutnya."
            ).format(user_text(error))
        )

    # -- geometry ------------------------------------------------------------------------------------

    def restore_geometry(self) -> None:
        saved = QSettings().value("ui/geometry")
        if isinstance(saved, QByteArray):
            self.restoreGeometry(saved)

    def closeEvent(self, event) -> None:
        if not self.release_pages():  # a page kept unsaved work open
            event.ignore()
            return
        QSettings().setValue("ui/geometry", self.saveGeometry())
        if self._help is not None:
            self._help.close()
        super().closeEvent(event)
