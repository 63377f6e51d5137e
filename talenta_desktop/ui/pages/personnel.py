"""Pegawai: every civil servant of the agency in one table, searchable as you type, with a profile
panel for the selected person, a column chooser and "export what I see".

The list is loaded once (services.personnel.personnel_frame) and filtered inside the table model with
NumPy (see ui/models/personnel_table.py for why there is no QSortFilterProxyModel here). Reading 50,000
people takes seconds, so it happens off the UI thread (ui.workers.LatestLoader), together with what the
table computes once per list (PersonnelTableModel.prepare); the count says "Memuat…" meanwhile.
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pandas as pd
from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    QStandardPaths,
    Qt,
    QThread,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from talenta_desktop.services.permissions import Permission, PermissionDenied
from talenta_desktop.services.personnel import (
    DEFAULT_VISIBLE_COLUMNS,
    PERSONNEL_COLUMNS,
    ExportCancelled,
    ExportError,
    PersonNotFound,
    export_personnel,
    person_profile,
    personnel_frame,
    visible_column_keys,
)
from talenta_desktop.services.units import subtree_ids, unit_tree
from talenta_desktop.services.workspace import Workspace
from talenta_desktop.ui.messages import user_text
from talenta_desktop.ui.models.personnel_table import (
    PersonIdRole,
    PersonnelTableModel,
    column_header,
)
from talenta_desktop.ui.permissions import guard
from talenta_desktop.ui.person_filters import PersonFilterBar
from talenta_desktop.ui.profile_panel import ProfilePanel
from talenta_desktop.ui.workers import LatestLoader

SETTINGS_COLUMNS = "personnel/columns"
SETTINGS_SPLITTER = "personnel/splitter"
# Starting widths (pixels) of the columns people look at most; the rest fit their header.
COLUMN_WIDTHS = {
    "nama_lengkap": 230,
    "nama": 180,
    "jenis_pegawai": 70,
    "golongan": 54,
    "pangkat": 150,
    "jabatan": 230,
    "jenjang": 110,
    "eselon": 60,
    "unit": 210,
    "unit_induk": 210,
    "usia": 48,
    "jenis_kelamin": 40,
    "pendidikan": 80,
    "pendidikan_nama": 200,
    "kedudukan": 80,
}


def remembered_columns() -> list[str]:
    """The column keys chosen in the column chooser, or the default set."""
    saved = QSettings().value(SETTINGS_COLUMNS)
    if isinstance(saved, str):
        keys = [k for k in saved.split(",") if k]
    elif isinstance(saved, list):
        keys = [str(k) for k in saved]
    else:
        keys = []
    return visible_column_keys(keys)


class ColumnChooser(QDialog):
    """A checkable list of every column; at least one must stay checked."""

    def __init__(self, chosen: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("columnChooser")
        self.setWindowTitle(self.tr("Pilih kolom"))
        self.list = QListWidget(objectName="columnList")
        for column in PERSONNEL_COLUMNS:
            item = QListWidgetItem(column_header(column))
            item.setData(Qt.ItemDataRole.UserRole, column.key)
            item.setToolTip(self.tr("Nama kolom SIASN/ekspor: {0}").format(column.field))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if column.key in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.defaults = self.buttons.addButton(self.tr("Kolom bawaan"), QDialogButtonBox.ButtonRole.ResetRole)
        self.defaults.setObjectName("defaultColumns")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("ok")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.defaults.clicked.connect(lambda: self.set_chosen(list(DEFAULT_VISIBLE_COLUMNS)))
        self.list.itemChanged.connect(self._update_ok)
        hint = QLabel(self.tr("Kolom yang dicentang tampil di tabel dan ikut diekspor."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(340, 520)

    def chosen(self) -> list[str]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_chosen(self, keys: list[str]) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in keys
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.chosen()))


class ExportWorker(QThread):
    """Runs export_personnel off the UI thread: 50,000 rows of .xlsx take several seconds."""

    progressed = Signal(int, int)
    succeeded = Signal(int)
    failed = Signal(str)
    cancelled_ = Signal()

    def __init__(self, workspace: Workspace, path: Path, kwargs: dict, parent=None) -> None:
        super().__init__(parent)
        self.workspace, self.path, self.kwargs = workspace, path, kwargs
        self.stop = threading.Event()

    def run(self) -> None:
        try:
            n = self.workspace.write(
                export_personnel,
                self.path,
                progress=lambda done, total: self.progressed.emit(done, total),
                cancelled=self.stop.is_set,
                **self.kwargs,
            )
        except ExportCancelled:
            self.cancelled_.emit()
        except (ExportError, PermissionDenied, OSError) as exc:
            self.failed.emit(user_text(exc))
        else:
            self.succeeded.emit(n)


class PersonnelPage(QWidget):
    export_finished = Signal(object)  # rows written (int), or None when cancelled or failed

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._shown_once = False
        self._worker: ExportWorker | None = None
        self._subtrees: dict[int, list[int]] = {}

        # 50,000 people are read in the background (seconds); the page says "Memuat…" meanwhile.
        self.frame = pd.DataFrame()
        self.model = PersonnelTableModel(self.frame, self)
        self._loader = LatestLoader(self)
        self._first_row_pending = True  # select the first person once there are people and a screen

        # -- header and toolbar ------------------------------------------------------------------
        title = QLabel(self.tr("Pegawai"), objectName="pageTitle")
        self.count_label = QLabel(objectName="personnelCount")
        self.count_label.setProperty("role", "pageSubtitle")
        self.columns_button = QPushButton(self.tr("Kolom…"), objectName="columnsButton")
        self.columns_button.setToolTip(self.tr("Pilih kolom yang ditampilkan dan diekspor"))
        self.export_button = QPushButton(self.tr("Ekspor tampilan…"), objectName="exportButton")
        self.export_button.setToolTip(
            self.tr("Simpan baris dan kolom yang tampil sebagai .xlsx atau .csv (dicatat di log audit)")
        )
        self.export_button.setProperty("role", "primary")

        self.filters = PersonFilterBar(workspace.read(unit_tree), self.frame, self._subtree, self)
        # the widgets tests and shortcuts reach for
        self.search = self.filters.search
        self.unit_filter = self.filters.unit_filter
        self.jenis_pegawai_filter = self.filters.jenis_pegawai_filter
        self.jenis_jabatan_filter = self.filters.jenis_jabatan_filter
        self.eselon_filter = self.filters.eselon_filter
        self.golongan_filter = self.filters.golongan_filter
        self.reset_button = self.filters.reset_button

        heading = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(title)
        titles.addWidget(self.count_label)
        heading.addLayout(titles, 1)
        heading.addWidget(self.columns_button, 0, Qt.AlignmentFlag.AlignBottom)
        heading.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignBottom)

        # -- table and profile -------------------------------------------------------------------
        self.table = QTableView(objectName="personnelTable")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform rows: cheap at 50,000
        vertical.setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setSortIndicatorShown(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        metrics = self.table.fontMetrics()
        for column, spec in enumerate(PERSONNEL_COLUMNS):
            if spec.kind == "code":
                width = metrics.horizontalAdvance("0" * 18) + 28
            elif spec.kind == "date":
                width = metrics.horizontalAdvance("00-00-0000") + 28
            else:
                width = COLUMN_WIDTHS.get(spec.key, 90)
            # Room for the bold header text and the sort arrow.
            width = max(width, header.fontMetrics().horizontalAdvance(column_header(spec)) * 1.1 + 34)
            self.table.setColumnWidth(column, int(width))
        header.setSortIndicator(self.model.column_index("nama_lengkap"), Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)

        self.profile = ProfilePanel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="personnelSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.profile)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.table.setMinimumWidth(360)
        self.profile.setMinimumWidth(380)
        saved = QSettings().value(SETTINGS_SPLITTER)
        if saved is not None:
            self.splitter.restoreState(saved)
        else:
            self.splitter.setSizes([660, 460])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(10)
        layout.addLayout(heading)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)

        # -- behaviour ---------------------------------------------------------------------------
        self.filters.changed.connect(self.apply_filters)
        self.columns_button.clicked.connect(self.choose_columns)
        self.export_button.clicked.connect(self.export_dialog)
        self.splitter.splitterMoved.connect(
            lambda *_: QSettings().setValue(SETTINGS_SPLITTER, self.splitter.saveState())
        )
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        # An export leaves the office (and the audit log says so): only for a role that may report.
        self.may_export = guard(workspace, Permission.REPORT, self.export_button)
        self.apply_columns(remembered_columns(), remember=False)
        self._loader.busy_changed.connect(lambda _busy: self._update_count())
        self._read()

    # -- loading -------------------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        """Whether the list is being read (the count says "Memuat…")."""
        return self._loader.busy

    def _read(self) -> None:
        """Read the list and make it ready for the table (columns, filter codes, the current sort) off
        the UI thread; ``_loaded`` shows it."""
        workspace, sort = self.workspace, self.model.sort_state()

        def work():
            frame = workspace.read(personnel_frame)
            return frame, PersonnelTableModel.prepare(frame, sort)

        self._loader.load(work, self._loaded, self._load_failed)
        self._update_count()

    def _loaded(self, result) -> None:
        selected = self.selected_person_id()
        self.frame, rows = result
        self._subtrees.clear()
        self.filters.set_choices(self.frame)
        self.model.set_prepared(rows)
        self._update_count()
        if selected is None and self._first_row_pending and self._shown_once:
            self._select_first_row()
        else:
            self._keep_selection(selected)

    def _load_failed(self, error: BaseException) -> None:
        self.count_label.setText(self.tr("Daftar pegawai tidak dapat dibaca: {0}").format(user_text(error)))

    def _select_first_row(self) -> None:
        if self.model.visible_count and self.selected_person_id() is None:
            self._first_row_pending = False
            self.select_row(0)

    # -- filters -------------------------------------------------------------------------------------

    def apply_filters(self) -> None:
        """Filter the table by the search box and the combos now (the search box calls this after a
        short pause in typing); keeps the selected person selected when still shown."""
        selected = self.selected_person_id()
        self.model.set_filters(**self.filters.criteria())
        self._update_count()
        self._keep_selection(selected)

    def _keep_selection(self, person_id: int | None) -> None:
        row = self.model.row_of(person_id) if person_id is not None else None
        if row is not None:
            self.select_row(row)
        elif self.model.visible_count == 0 and self.model.total_count > 0:
            self.profile.clear(self.tr("Tidak ada pegawai yang cocok dengan pencarian dan filter ini."))
        else:
            self.profile.clear()

    def _subtree(self, unit_id: int) -> list[int]:
        if unit_id not in self._subtrees:
            self._subtrees[unit_id] = self.workspace.read(subtree_ids, unit_id)
        return self._subtrees[unit_id]

    def filter_combos(self) -> tuple[QComboBox, ...]:
        return self.filters.combos()

    def reset_filters(self) -> None:
        self.filters.reset()

    def _update_count(self) -> None:
        n = self.locale().toString
        shown, total = self.model.visible_count, self.model.total_count
        if self.loading:
            self.count_label.setText(self.tr("Memuat daftar pegawai…"))
        else:
            self.count_label.setText(self.tr("{0} dari {1} pegawai").format(n(shown), n(total)))
        self.export_button.setEnabled(shown > 0 and not self.loading)

    def refresh(self) -> None:
        """Reload the list from the database (after an import), keeping filters, sort and selection; in
        the background, the list shown stays until the new one is there."""
        self._read()

    # -- selection and profile -----------------------------------------------------------------------

    def selected_person_id(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return index.data(PersonIdRole)

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        self._show_person(index.data(PersonIdRole))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show_person(current.data(PersonIdRole))
        else:
            self.profile.clear()

    def _show_person(self, person_id: int | None) -> None:
        if person_id is None:
            self.profile.clear()
            return
        if self.profile.profile is not None and self.profile.profile.id == person_id:
            return
        try:
            profile = self.workspace.read(person_profile, person_id, self.workspace.actor)
        except PersonNotFound:
            self.profile.clear()
            return
        self.profile.show_profile(profile)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if self._first_row_pending:
                self._select_first_row()

    # -- columns -------------------------------------------------------------------------------------

    def visible_columns(self) -> list[str]:
        """Keys of the columns shown, left to right."""
        header = self.table.horizontalHeader()
        logical = sorted(range(self.model.columnCount()), key=header.visualIndex)
        return [self.model.column_key(c) for c in logical if not header.isSectionHidden(c)]

    def apply_columns(self, keys: list[str], *, remember: bool = True) -> None:
        keys = visible_column_keys(keys)
        for column, spec in enumerate(PERSONNEL_COLUMNS):
            self.table.setColumnHidden(column, spec.key not in keys)
        if remember:
            QSettings().setValue(SETTINGS_COLUMNS, ",".join(keys))

    def choose_columns(self) -> None:
        dialog = ColumnChooser(self.visible_columns(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply_columns(dialog.chosen())

    # -- export --------------------------------------------------------------------------------------

    def export_dialog(self) -> None:
        if not self.may_export:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder or Path.home()) / f"pegawai-{date.today():%Y%m%d}.xlsx"
        excel, text = self.tr("Buku kerja Excel (*.xlsx)"), self.tr("CSV UTF-8 (*.csv)")
        path, chosen_filter = QFileDialog.getSaveFileName(
            self, self.tr("Ekspor tampilan"), str(suggested), f"{excel};;{text}"
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_suffix(".csv" if chosen_filter == text else ".xlsx")
        self.export_view(target)

    def export_view(self, path: str | Path) -> ExportWorker:
        """Export exactly the rows and columns shown, in the order shown, in the background.

        Emits export_finished with the row count (or None) when done; returns the worker.
        """
        kwargs = {
            "person_ids": self.model.visible_ids(),
            "columns": self.visible_columns(),
            "frame": self.frame,
        }
        worker = ExportWorker(self.workspace, Path(path), kwargs, self)
        progress = QProgressDialog(
            self.tr("Menulis {0}…").format(Path(path).name), self.tr("Batal"), 0, 100, self
        )
        progress.setObjectName("exportProgress")
        progress.setWindowTitle(self.tr("Ekspor tampilan"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)  # quick exports finish before the dialog would appear
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(worker.stop.set)
        worker.progressed.connect(lambda done, total: progress.setValue(int(100 * done / max(total, 1))))
        worker.succeeded.connect(lambda n: self._export_done(n, Path(path)))
        worker.failed.connect(self._export_failed)
        worker.cancelled_.connect(lambda: self.export_finished.emit(None))
        worker.finished.connect(progress.close)
        worker.finished.connect(progress.deleteLater)
        worker.finished.connect(worker.deleteLater)
        worker.finished.connect(self._export_cleanup)
        self._worker = worker
        self.export_button.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        worker.start()
        return worker

    def _export_cleanup(self) -> None:
        QApplication.restoreOverrideCursor()
        self._worker = None
        self._update_count()

    def _export_done(self, n: int, path: Path) -> None:
        self.export_finished.emit(n)
        if self.isVisible():
            QMessageBox.information(
                self,
                self.tr("Ekspor selesai"),
                self.tr(
                    "{0} pegawai diekspor ke {1}.\n\nBerkas ini berisi data pribadi: simpan dan kirim hanya "
                    "kepada yang berhak. Ekspor ini tercatat di log audit."
                ).format(self.locale().toString(n), path),
            )

    def _export_failed(self, message: str) -> None:
        self.export_finished.emit(None)
        if self.isVisible():
            QMessageBox.warning(self, self.tr("Ekspor gagal"), message)
