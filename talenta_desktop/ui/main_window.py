"""The main window: a navigation list on the left, one page per area, created when first shown."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from talenta_desktop import __version__
from talenta_desktop.resources import resource_path
from talenta_desktop.services.overview import instansi_name
from talenta_desktop.services.permissions import Permission
from talenta_desktop.services.workspace import Workspace
from talenta_desktop.ui.permissions import guard, role_text


@dataclass(frozen=True)
class PageSpec:
    name: str  # stable name for show_page() and screenshots
    title: str  # source text, marked for lupdate; translated when shown
    icon: str
    factory: Callable[[Workspace], QWidget]


def _home(workspace: Workspace) -> QWidget:
    from talenta_desktop.ui.pages.home import HomePage

    return HomePage(workspace)


def _personnel(workspace: Workspace) -> QWidget:
    from talenta_desktop.ui.pages.personnel import PersonnelPage

    return PersonnelPage(workspace)


def _ninebox(workspace: Workspace) -> QWidget:
    from talenta_desktop.ui.pages.ninebox import NineBoxPage

    return NineBoxPage(workspace)


def _committee(workspace: Workspace) -> QWidget:
    from talenta_desktop.ui.pages.committee import CommitteePage

    return CommitteePage(workspace)


def _development(workspace: Workspace) -> QWidget:
    from talenta_desktop.ui.pages.development import DevelopmentPage

    return DevelopmentPage(workspace)


def _succession(workspace: Workspace) -> QWidget:
    from talenta_desktop.ui.pages.succession import SuccessionPage

    return SuccessionPage(workspace)


def _reports(workspace: Workspace) -> QWidget:
    from talenta_desktop.ui.pages.reports import ReportsPage

    return ReportsPage(workspace)


def _settings(workspace: Workspace) -> QWidget:
    from talenta_desktop.ui.pages.settings import SettingsPage

    return SettingsPage(workspace)


# A page joins this list when its feature is built; there are no placeholder pages.
PAGES: tuple[PageSpec, ...] = (
    PageSpec("home", QT_TRANSLATE_NOOP("MainWindow", "Beranda"), "home.svg", _home),
    PageSpec("personnel", QT_TRANSLATE_NOOP("MainWindow", "Pegawai"), "people.svg", _personnel),
    PageSpec("ninebox", QT_TRANSLATE_NOOP("MainWindow", "Peta Talenta"), "ninebox.svg", _ninebox),
    PageSpec("committee", QT_TRANSLATE_NOOP("MainWindow", "Komite"), "committee.svg", _committee),
    PageSpec("development", QT_TRANSLATE_NOOP("MainWindow", "Pengembangan"), "development.svg", _development),
    PageSpec("succession", QT_TRANSLATE_NOOP("MainWindow", "Suksesi"), "succession.svg", _succession),
    PageSpec("reports", QT_TRANSLATE_NOOP("MainWindow", "Laporan"), "reports.svg", _reports),
    PageSpec("settings", QT_TRANSLATE_NOOP("MainWindow", "Pengaturan"), "settings.svg", _settings),
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

        self.navigation = QListWidget(objectName="navigation")
        self.navigation.setIconSize(QSize(20, 20))
        for spec in PAGES:
            item = QListWidgetItem(QIcon(str(resource_path("icons", spec.icon))), self.tr(spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.name)
            self.navigation.addItem(item)
        self.stack = QStackedWidget(objectName="pages")

        sidebar = QWidget(objectName="sidebar")
        sidebar.setFixedWidth(200)
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(0)
        brand = QLabel(objectName="brand")
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
        layout.addWidget(sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.navigation.currentRowChanged.connect(lambda row: self.show_page(PAGES[row].name))
        self._build_menus()
        self.data_changed.connect(self._refresh_pages)
        self._build_status_bar()
        self._update_title()
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
            widget = self._specs[name].factory(self.workspace)
            widget.setObjectName(f"page-{name}")
            changed = getattr(widget, "changed", None)
            if changed is not None:  # what one page records, the others show when next opened
                changed.connect(lambda name=name: self._stale.update(set(self._pages) - {name}))
            replaced = getattr(widget, "database_replaced", None)
            if replaced is not None:  # encrypted in place: the same data, a new database and user
                replaced.connect(self._identity_changed)
            self._pages[name] = widget
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

    # -- chrome --------------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Berkas"))
        import_action = QAction(self.tr("&Impor data…"), self, objectName="action-import")
        import_action.setShortcut(QKeySequence("Ctrl+I"))
        import_action.triggered.connect(self.open_import_wizard)
        guard(self.workspace, Permission.PERSONNEL_EDIT, import_action)
        file_menu.addAction(import_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Keluar"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        help_menu = self.menuBar().addMenu(self.tr("Ban&tuan"))
        about = QAction(self.tr("&Tentang Talenta Desktop"), self, objectName="action-about")
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

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

    # -- geometry ------------------------------------------------------------------------------------

    def restore_geometry(self) -> None:
        saved = QSettings().value("ui/geometry")
        if isinstance(saved, QByteArray):
            self.restoreGeometry(saved)

    def closeEvent(self, event) -> None:
        QSettings().setValue("ui/geometry", self.saveGeometry())
        super().closeEvent(event)
