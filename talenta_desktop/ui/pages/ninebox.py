"""Peta Talenta: the nine-box of a period, where the Komite Talenta calibrates.

The page loads the period's talent map once (services.talent.talent_map), off the UI thread with the
view's people built there too (NineBoxView.prepare_people), and filters it in memory
(ui.models.frame_filter); a move in the view asks for a reason (CalibrationDialog), is recorded by
services.talent.calibration, and then updates the one person in memory — no reload, so a drag commits
in a few milliseconds even with 20,000 people. Undo and redo add compensating calibrations.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from talenta_desktop.domain.masking import redact_hukdis
from talenta_desktop.domain.ninebox import box_levels
from talenta_desktop.services.committee import active_meeting
from talenta_desktop.services.permissions import Permission, PermissionDenied
from talenta_desktop.services.talent.calibration import CalibrationError, calibrate, reverse_calibration
from talenta_desktop.services.talent.periods import PeriodError, ensure_year_period, list_periods
from talenta_desktop.services.talent.talent_map import TalentMap, movement, placement_history, talent_map
from talenta_desktop.services.units import subtree_ids, unit_tree
from talenta_desktop.services.workspace import Workspace
from talenta_desktop.ui.calibration_dialog import CalibrationDialog
from talenta_desktop.ui.formatting import date_text
from talenta_desktop.ui.forms import period_label
from talenta_desktop.ui.map_dialog import MapDialog
from talenta_desktop.ui.messages import user_text
from talenta_desktop.ui.models.frame_filter import FrameFilter
from talenta_desktop.ui.models.talent_lists import (
    BOX_COLUMNS,
    CALIBRATED_COLUMNS,
    HOLDING_COLUMNS,
    PersonIdRole,
    TalentListModel,
)
from talenta_desktop.ui.ninebox_view import NineBoxView
from talenta_desktop.ui.permissions import denial, guard
from talenta_desktop.ui.person_filters import PersonFilterBar
from talenta_desktop.ui.placement_panel import PlacementPanel
from talenta_desktop.ui.projector import SETTINGS_NAMES_HIDDEN, ProjectorWindow, projector_screen
from talenta_desktop.ui.shortcuts import set_keys
from talenta_desktop.ui.tables import read_only_table
from talenta_desktop.ui.workers import LatestLoader


def _table(model: TalentListModel, name: str) -> QTableView:
    table = read_only_table(model, name)
    table.setSortingEnabled(True)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    widths = {"nip": 160, "nama_lengkap": 230, "jabatan": 230, "unit_induk": 220}
    for column, spec in enumerate(model.columns):
        table.setColumnWidth(column, widths.get(spec.key, 110))
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by name until the user clicks a header
    return table


def _redact_hukdis(reasons: pd.Series, replacement: str) -> pd.Series:
    """Holding reasons with the details of a disciplinary record replaced (domain.masking.redact_hukdis),
    touching only the rows that mention one."""
    text = reasons.astype("string")
    hit = text.str.contains("hukuman disiplin", case=False, regex=False).fillna(False).to_numpy(dtype=bool)
    if not hit.any():
        return reasons
    redacted = reasons.copy()
    redacted[hit] = [redact_hukdis(str(r), replacement) for r in reasons[hit]]
    return redacted


class BoxListDialog(QDialog):
    """Everyone in one box (what a "+N" badge opens); double-click picks a person."""

    picked = Signal(int)

    def __init__(self, box: int, frame: pd.DataFrame, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boxListDialog")
        self.setWindowTitle(self.tr("Kotak {0}: {1} pegawai").format(box, len(frame)))
        self.resize(980, 560)
        self.model = TalentListModel(BOX_COLUMNS, self)
        self.table = _table(self.model, "boxList")
        talenta = next(i for i, c in enumerate(BOX_COLUMNS) if c.key == "nilai_talenta")
        self.table.sortByColumn(talenta, Qt.SortOrder.DescendingOrder)  # the strongest first
        self.model.set_frame(frame)
        self.table.doubleClicked.connect(self._pick)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Klik dua kali untuk memilih pegawai di peta."))
        hint.setProperty("role", "hint")
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def _pick(self, index) -> None:
        self.picked.emit(int(index.data(PersonIdRole)))
        self.accept()


class _Move(QUndoCommand):
    """One recorded move. Undo and redo each add a row reversing the latest one (nothing is deleted)."""

    def __init__(self, page: NineBoxPage, calibration_id: int, text: str) -> None:
        super().__init__(text)
        self.page = page
        self.latest = calibration_id
        self._first = True

    def _reverse(self) -> None:
        result = self.page._record(reverse_calibration, self.latest)
        if result is None:
            self.setObsolete(True)
            return
        self.latest = result.id

    def redo(self) -> None:
        if self._first:  # the move itself was recorded before the command was pushed
            self._first = False
            return
        self._reverse()

    def undo(self) -> None:
        self._reverse()


class NineBoxPage(QWidget):
    """``frame_changed`` fires after the shown people or their boxes change (the projector follows)."""

    frame_changed = Signal()
    changed = Signal()  # a calibration or a mapping was recorded: other pages may show stale data
    selection_changed = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.map: TalentMap | None = None
        self.shown = pd.DataFrame()
        self._filter: FrameFilter | None = None
        self._subtrees: dict[int, list[int]] = {}
        self.undo_stack = QUndoStack(self)
        self.projector = None
        # A period's map (50,000 people) is read off the UI thread; the page says "Memuat…" meanwhile.
        self._loader = LatestLoader(self)
        self._loading_label: str | None = None
        self._after_load = None  # what to do once the map being read is shown
        self._map_stale = False  # the map shown is out of date (refresh() reads it again)
        # Holding reasons name disciplinary records (level, date): sensitive data, not for every role.
        self.may_see_sensitive = workspace.can(Permission.SENSITIVE_DATA)

        title = QLabel(self.tr("Peta Talenta"), objectName="pageTitle")
        self.subtitle = QLabel(objectName="nineboxSubtitle")
        self.subtitle.setProperty("role", "pageSubtitle")
        self.subtitle.setWordWrap(True)
        self.period_combo = QComboBox(objectName="periodCombo")
        self.period_combo.setToolTip(self.tr("Periode pemetaan"))
        self.period_combo.setMinimumWidth(90)
        self.map_button = QPushButton(self.tr("Petakan…"), objectName="mapButton")
        self.map_button.setToolTip(self.tr("Hitung ulang penempatan periode ini dengan skema penilaian"))

        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Batalkan"))
        set_keys(self.undo_action, "ninebox.undo")
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Ulangi"))
        set_keys(self.redo_action, "ninebox.redo")
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.undo_button = QToolButton(objectName="undoButton")
        self.undo_button.setDefaultAction(self.undo_action)
        self.redo_button = QToolButton(objectName="redoButton")
        self.redo_button.setDefaultAction(self.redo_action)
        for button in (self.undo_button, self.redo_button):
            button.setProperty("role", "button")  # drawn as the page's other buttons

        self.projector_button = QPushButton(self.tr("Proyektor"), objectName="projectorButton")
        self.projector_button.setToolTip(self.tr("Tampilkan peta di layar proyektor (F5)"))
        self.projector_button.setProperty("role", "primary")
        self.projector_action = QAction(self.tr("Mode proyektor"), self)
        set_keys(self.projector_action, "ninebox.projector")
        self.projector_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.projector_action.triggered.connect(self.toggle_projector)
        self.names_action = QAction(
            self.tr("Sembunyikan nama (inisial dan NIP tersamar)"), self, checkable=True
        )
        set_keys(self.names_action, "ninebox.names")
        self.names_action.setChecked(QSettings().value(SETTINGS_NAMES_HIDDEN, False, type=bool))
        self.names_action.toggled.connect(lambda on: self._projector_call("set_names_hidden", on))
        self.blank_action = QAction(self.tr("Layar kosong"), self, checkable=True)
        set_keys(self.blank_action, "ninebox.blank")
        self.blank_action.toggled.connect(lambda on: self._projector_call("set_blank", on))
        self.counts_action = QAction(self.tr("Hanya jumlah per kotak"), self, checkable=True)
        self.counts_action.toggled.connect(lambda on: self._projector_call("set_counts_only", on))
        for action in (self.projector_action, self.names_action, self.blank_action, self.counts_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        menu = QMenu(self.projector_button)
        menu.addAction(self.projector_action)
        menu.addSeparator()
        menu.addActions([self.names_action, self.blank_action, self.counts_action])
        self.screens_menu = menu.addMenu(self.tr("Layar proyektor"))
        self.screens_menu.aboutToShow.connect(self._list_screens)
        self.projector_button.setMenu(menu)

        heading = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(title)
        titles.addWidget(self.subtitle)
        heading.addLayout(titles, 1)
        for widget in (
            period_label(self.tr("&Periode:"), self.period_combo),
            self.period_combo,
            self.map_button,
            self.undo_button,
            self.redo_button,
            self.projector_button,
        ):
            heading.addWidget(widget, 0, Qt.AlignmentFlag.AlignBottom)

        units = workspace.read(unit_tree)
        self._periods = workspace.read(list_periods)
        for period in self._periods:
            self.period_combo.addItem(period.label, period.label)
        if self._periods:
            self._load(self._periods[0].label)
        frame = (
            self.map.frame
            if self.map is not None
            else pd.DataFrame(
                columns=[
                    "unit_id",
                    "jenis_pegawai",
                    "jenis_jabatan",
                    "eselon_id",
                    "golongan_id",
                    "nip",
                    "search_name",
                ]
            )
        )
        self.filters = PersonFilterBar(units, frame, self._subtree, self)

        self.view = NineBoxView(self)
        self.panel = PlacementPanel(show_sensitive=self.may_see_sensitive)
        self.panel.setMinimumWidth(240)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="nineboxSplitter")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.panel)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([880, 320])

        self.holding_model = TalentListModel(HOLDING_COLUMNS, self)
        self.holding_table = _table(self.holding_model, "holdingTable")
        self.calibrated_model = TalentListModel(CALIBRATED_COLUMNS, self)
        self.calibrated_table = _table(self.calibrated_model, "calibratedTable")
        self.analysis = None  # created on first show of its tab (pyqtgraph is not needed before)
        self.analysis_holder = QWidget(objectName="analysisHolder")
        self._dirty: set[QWidget] = set()
        QVBoxLayout(self.analysis_holder).setContentsMargins(0, 0, 0, 0)

        self.tabs = QTabWidget(objectName="nineboxTabs")
        self.tabs.addTab(self.splitter, self.tr("Peta"))
        self.tabs.addTab(self.holding_table, "")
        self.tabs.addTab(self.calibrated_table, "")
        self.tabs.addTab(self.analysis_holder, self.tr("Distribusi dan pergerakan"))

        self.empty = QLabel(objectName="nineboxEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setProperty("role", "emptyNote")
        self.empty_button = QPushButton(objectName="mapFirstPeriod")
        self.empty_button.setProperty("role", "primary")
        self.empty_button.clicked.connect(self._map_first_period)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(10)
        layout.addLayout(heading)
        layout.addWidget(self.filters)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)

        self.period_combo.currentIndexChanged.connect(lambda _: self._period_chosen())
        self.map_button.clicked.connect(self.open_map_dialog)
        self.filters.changed.connect(self.apply_filters)
        self.view.moveRequested.connect(self.request_move)
        self.view.personSelected.connect(self._person_selected)
        self.view.boxActivated.connect(self.open_box_list)
        self.holding_table.doubleClicked.connect(self._show_from_table)
        self.calibrated_table.doubleClicked.connect(self._show_from_table)
        self.tabs.currentChanged.connect(lambda _: self._update_current_tab())
        self._loader.busy_changed.connect(self._busy)

        # What the role may do: everyone reads the map; moving people and mapping need their permission.
        self.may_map = guard(workspace, Permission.TALENT_MAP, self.map_button, self.empty_button)
        self.may_calibrate = guard(workspace, Permission.TALENT_CALIBRATE, self.undo_action, self.redo_action)
        self.view.set_interactive(self.may_calibrate)  # no drag, no arrow-and-Enter move
        self._show_state()

    # -- loading -------------------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        """Whether a period's map is being read (the page shows "Memuat…" and takes no moves)."""
        return self._loader.busy

    def _load(self, label: str) -> None:
        """Read a period's map in the background; ``_loaded`` shows it. Everything that takes time with
        50,000 people — the read, movement, the filter's codes, the view's people — happens there."""
        workspace, redact = self.workspace, not self.may_see_sensitive
        replacement = self.tr("Hukuman disiplin (rincian data sensitif disembunyikan)")

        def work() -> tuple[TalentMap, FrameFilter, object]:
            # The analysis tab's module (and pyqtgraph) is imported here, off the UI thread, so that the
            # tab opens without that wait; importing creates no Qt object.
            import talenta_desktop.ui.talent_analysis  # noqa: F401

            loaded = workspace.read(talent_map, label)
            frame = loaded.frame
            frame["movement"] = movement(frame)
            if redact:
                frame["holding_reason"] = _redact_hukdis(frame["holding_reason"], replacement)
            return loaded, FrameFilter(frame), NineBoxView.prepare_people(frame)

        self._loading_label = label
        self._loader.load(work, self._loaded, self._load_failed)

    def _loaded(self, result: tuple[TalentMap, FrameFilter, object]) -> None:
        self.map, self._filter, people = result
        self._loading_label = None
        self._map_stale = False
        self.view.adopt_people(people)
        self.filters.set_choices(self.map.frame)
        self.undo_stack.clear()
        self._show_state()
        after, self._after_load = self._after_load, None
        if after is not None:
            after()

    def _load_failed(self, error: BaseException) -> None:
        self._loading_label = None
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Peta talenta tidak dapat dibaca"),
            user_text(error),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal, not blocking: the page keeps running behind it
        self._show_state()

    def _busy(self, busy: bool) -> None:
        """While a map is read the one shown (if any) stays visible, but takes no moves, filters or undo:
        they would apply to a map about to be replaced."""
        self.undo_action.setEnabled(not busy and self.undo_stack.canUndo())
        self.redo_action.setEnabled(not busy and self.undo_stack.canRedo())
        if self.map is None:
            self._show_state()
            return
        self._update_enabled()
        if busy:
            self.subtitle.setText(
                self.tr("Memuat peta talenta periode {0}…").format(self._loading_label or "")
            )
        elif self.map.period.last_run_id is not None:
            self._update_subtitle()

    def _update_enabled(self) -> None:
        busy = self.loading
        has_map = self.map is not None and self.map.period.last_run_id is not None
        self.tabs.setEnabled(not busy)
        self.filters.setEnabled(not busy)
        self.projector_button.setEnabled(has_map and not busy)
        self.map_button.setEnabled(self.map is not None and self.map.period.is_open and not busy)

    def _period_chosen(self) -> None:
        label = self.period_combo.currentData()
        if not label:
            return
        if self.map is not None and self.map.period.label == label and not self._map_stale:
            if self.loading:  # back to the period on screen before the other one was read
                self._loading_label = None
                self._loader.drop()
            return
        if label != self._loading_label:
            self._load(label)

    def refresh(self) -> None:
        """Reload periods and the shown period (after an import, a mapping, a new scheme version)."""
        label = self.period_combo.currentData()
        self._periods = self.workspace.read(list_periods)
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for period in self._periods:
            self.period_combo.addItem(period.label, period.label)
        index = self.period_combo.findData(label)
        self.period_combo.setCurrentIndex(max(index, 0))
        self.period_combo.blockSignals(False)
        if self._periods:
            self._map_stale = True  # the map shown is read again; going back to it reads it too
            self._load(self.period_combo.currentData())
        else:
            self.map = None
            self._show_state()

    def _show_state(self) -> None:
        if self.map is None and self.loading:  # the first map is being read: say so, nothing else
            for widget in (self.tabs, self.filters, self.empty_button, self.undo_button, self.redo_button):
                widget.setVisible(False)
            self.empty.setVisible(True)
            self.empty.setText(self.tr("Memuat peta talenta…"))
            self.subtitle.setText(self.tr("Memuat…"))
            self.projector_button.setEnabled(False)
            self.map_button.setEnabled(False)
            return
        has_map = self.map is not None and self.map.period.last_run_id is not None
        self.tabs.setVisible(has_map)
        self.filters.setVisible(has_map)
        self.empty.setVisible(not has_map)
        self.empty_button.setVisible(not has_map and self.may_map)
        self.undo_button.setVisible(has_map and self.may_calibrate)
        self.redo_button.setVisible(has_map and self.may_calibrate)
        self._update_enabled()
        if not has_map:
            year = date.today().year
            if self.map is None:
                self.empty.setText(
                    self.tr(
                        "Belum ada periode pemetaan. Petakan tahun {0} sekarang (SKP {1}–{0}, asesmen yang "
                        "berlaku 3 tahun), atau buat periode di Pengaturan."
                    ).format(year, year - 1)
                )
                self.empty_button.setText(self.tr("Petakan tahun {0}").format(year))
            else:
                self.empty.setText(self.tr("Periode {0} belum dipetakan.").format(self.map.period.label))
                self.empty_button.setText(self.tr("Petakan periode {0}").format(self.map.period.label))
            if not self.may_map:  # no button to press: say who maps instead
                self.empty.setText(
                    (
                        self.tr("Belum ada periode pemetaan.")
                        if self.map is None
                        else self.tr("Periode {0} belum dipetakan.").format(self.map.period.label)
                    )
                    + " "
                    + self.tr("Pemetaan dilakukan oleh operator BKPSDM.")
                    + "\n"
                    + denial(self.workspace, Permission.TALENT_MAP)
                )
            self.subtitle.clear()
            return
        if self.loading:  # another period is being read: the one shown stays until it is there
            return
        self._update_subtitle()
        self.apply_filters()

    def _update_subtitle(self) -> None:
        period = self.map.period
        n = self.locale().toString
        status = self.tr("Terbuka") if period.is_open else self.tr("Ditutup — kalibrasi tidak dapat diubah")
        text = self.tr("{0} · {1} · {2} dipetakan · {3} belum dapat dipetakan").format(
            status,
            user_text(period.scheme_title_message or period.scheme_title or "—"),
            n(period.placed),
            n(period.holding),
        )
        if not self.may_calibrate:
            text += " · " + self.tr("hanya lihat")
        self.subtitle.setText(text)
        self.subtitle.setToolTip(denial(self.workspace, Permission.TALENT_CALIBRATE) or "")

    # -- filters and the shown people ----------------------------------------------------------------

    def _subtree(self, unit_id: int) -> list[int]:
        if unit_id not in self._subtrees:
            self._subtrees[unit_id] = self.workspace.read(subtree_ids, unit_id)
        return self._subtrees[unit_id]

    def apply_filters(self) -> None:
        if self.map is None or self._filter is None:
            return
        mask = self._filter.mask(**self.filters.criteria())
        self.shown = self.map.frame[mask]
        selected = self.view.selected_person_id()
        self.view.set_people(self.shown)
        if selected is not None and selected in set(self.shown["person_id"]):
            self.view.select_person(selected)
        self._update_lists()
        self.frame_changed.emit()

    def _update_lists(self) -> None:
        """Counts in the tab titles now; a list's rows only when its tab is shown (they are not needed
        while the committee looks at the map, and a drag must stay instant)."""
        n = self.locale().toString
        holding = int(self.shown["holding_reason"].notna().sum())
        calibrated = int(self.shown["calibrated"].sum())
        self.tabs.setTabText(1, self.tr("Belum dapat dipetakan ({0})").format(n(holding)))
        self.tabs.setTabText(2, self.tr("Kalibrasi ({0})").format(n(calibrated)))
        self._dirty = {self.holding_table, self.calibrated_table, self.analysis_holder}
        self._update_current_tab()

    def _update_current_tab(self) -> None:
        current = self.tabs.currentWidget()
        if current not in self._dirty:
            return
        self._dirty.discard(current)
        if current is self.holding_table:
            self.holding_model.set_frame(self.shown[self.shown["holding_reason"].notna()])
        elif current is self.calibrated_table:
            self.calibrated_model.set_frame(self.shown[self.shown["calibrated"]])
        elif current is self.analysis_holder:
            self._update_analysis()

    def _update_analysis(self) -> None:
        if self.analysis is None:
            from talenta_desktop.ui.talent_analysis import TalentAnalysisPanel

            self.analysis = TalentAnalysisPanel(self.analysis_holder)
            self.analysis.personActivated.connect(self.show_person)
            self.analysis_holder.layout().addWidget(self.analysis)
        self.analysis.set_map(
            self.shown,
            guideline=self.map.guideline,
            cutoffs=self.map.cutoffs,
            previous_label=self.map.previous.label if self.map.previous else None,
            period_label=self.map.period.label,
            staged=True,  # 20,000 dots, the movement and the units each in their own turn
        )

    # -- selection -----------------------------------------------------------------------------------

    def _row(self, person_id: int) -> pd.Series | None:
        if self.map is None:
            return None
        hits = np.flatnonzero(self.map.frame["person_id"].to_numpy() == person_id)
        return self.map.frame.iloc[hits[0]] if len(hits) else None

    def _person_selected(self, person_id: int) -> None:
        row = self._row(person_id) if person_id >= 0 else None
        if row is None:
            self.panel.clear()
        else:
            self.panel.show_person(
                row, self.workspace.read(placement_history, person_id), self.map.period.label
            )
        self.selection_changed.emit(person_id)

    def show_person(self, person_id: int) -> None:
        """Show a person on the map (switching to it) or, when in the holding area, in the panel."""
        row = self._row(person_id)
        if row is None:
            return
        self.tabs.setCurrentIndex(0)
        if pd.notna(row["box"]) and person_id in set(self.shown["person_id"]):
            self.view.select_person(person_id)
        else:
            self._person_selected(person_id)

    def _show_from_table(self, index) -> None:
        self.show_person(int(index.data(PersonIdRole)))

    def open_box_list(self, box: int) -> BoxListDialog:
        people = self.shown[self.shown["box"] == box]
        dialog = BoxListDialog(box, people, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.picked.connect(self.show_person)
        dialog.open()
        return dialog

    # -- calibration ---------------------------------------------------------------------------------

    def request_move(self, person_id: int, from_box: int, to_box: int) -> CalibrationDialog | None:
        """Ask for the reason of a move (window-modal) and record it when confirmed."""
        row = self._row(person_id)
        if row is None or self.map is None:
            return None
        if not self.may_calibrate:  # the view does not offer moves to this role; this is the last door
            QMessageBox.information(
                self, self.tr("Kalibrasi"), denial(self.workspace, Permission.TALENT_CALIBRATE)
            )
            return None
        if not self.map.period.is_open:
            QMessageBox.information(
                self,
                self.tr("Periode ditutup"),
                self.tr(
                    "Periode {0} sudah ditutup; buka kembali di Pengaturan untuk mengubah penempatan."
                ).format(self.map.period.label),
            )
            return None
        computed = None if pd.isna(row["computed_box"]) else int(row["computed_box"])
        meeting = self.workspace.read(active_meeting)
        linked = None
        if meeting is not None and meeting.period_label == self.map.period.label:
            linked = self.tr("{0}, {1}").format(meeting.number, date_text(meeting.held_on))
        dialog = CalibrationDialog(row["nama_lengkap"], row["nip"], from_box, to_box, computed, linked, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._commit_move(person_id, to_box, dialog.reason_text()))
        dialog.open()
        return dialog

    def _commit_move(self, person_id: int, to_box: int, reason: str) -> None:
        result = self._record(calibrate, self.map.period.label, person_id, to_box, reason)
        if result is not None:
            row = self._row(person_id)
            self.undo_stack.push(
                _Move(self, result.id, self.tr("pindah {0} ke kotak {1}").format(row["nama_lengkap"], to_box))
            )

    def _record(self, service, *args):
        """Run a calibration service; apply its result to the map in memory, or explain the refusal."""
        try:
            result = self.workspace.write(service, *args)
        except (CalibrationError, PeriodError, PermissionDenied) as exc:
            QMessageBox.warning(self, self.tr("Kalibrasi tidak dicatat"), user_text(exc))
            return None
        self._apply(result)
        self.changed.emit()
        return result

    def _apply(self, result) -> None:
        frame = self.map.frame
        index = frame.index[frame["person_id"].to_numpy() == result.person_id][0]
        kinerja, potensial = box_levels(result.after_box)
        frame.loc[index, ["kinerja_level", "potensial_level"]] = [float(kinerja), float(potensial)]
        frame.loc[index, "box"] = result.after_box
        frame.loc[index, "calibration_id"] = result.id
        frame.loc[index, "calibration_reason"] = result.reason
        frame.loc[index, "calibrated_by"] = self.workspace.actor.username
        frame.loc[index, "calibrated"] = result.after_box != result.computed_box
        self.shown = self.map.frame.loc[self.shown.index]
        self.view.apply_move(
            result.person_id, result.after_box, calibrated=result.after_box != result.computed_box
        )
        self._update_lists()
        if self.view.selected_person_id() == result.person_id:
            self._person_selected(result.person_id)
        self.frame_changed.emit()

    # -- mapping -------------------------------------------------------------------------------------

    def open_map_dialog(self) -> MapDialog | None:
        if self.map is None or not self.may_map:
            return None
        dialog = MapDialog(self.workspace, self.map.period, self.map.frame, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.mapped.connect(lambda _summary: self.refresh())
        dialog.mapped.connect(lambda _summary: self.changed.emit())
        dialog.open()
        return dialog

    def _map_first_period(self) -> None:
        if not self.may_map:
            return
        if self.map is None:
            try:
                period, _ = self.workspace.write(ensure_year_period, str(date.today().year))
            except (PeriodError, PermissionDenied) as exc:
                QMessageBox.warning(self, self.tr("Periode tidak dapat dibuat"), user_text(exc))
                return
            self._after_load = self.open_map_dialog  # once the new period is read
            self.refresh()
            self.period_combo.setCurrentIndex(self.period_combo.findData(period.label))
            return
        self.open_map_dialog()

    # -- projector -----------------------------------------------------------------------------------

    def toggle_projector(self) -> None:
        if self.projector is not None and self.projector.isVisible():
            self.projector.close()
            return
        self.open_projector()

    def open_projector(self, screen=None):
        """The wall window, created on first use, showing what this page shows."""
        if self.map is None:
            return None
        if self.projector is None:
            self.projector = ProjectorWindow(self)
            self.projector.set_names_hidden(self.names_action.isChecked())
            self.projector.set_counts_only(self.counts_action.isChecked())
        self.projector.set_blank(self.blank_action.isChecked())
        self.projector.present(screen)
        return self.projector

    def _projector_call(self, method: str, on: bool) -> None:
        if self.projector is not None:
            getattr(self.projector, method)(on)

    def _list_screens(self) -> None:
        self.screens_menu.clear()
        chosen = projector_screen()
        for screen in QGuiApplication.screens():
            size = screen.size()
            action = self.screens_menu.addAction(f"{screen.name()} ({size.width()}×{size.height()})")
            action.setCheckable(True)
            action.setChecked(screen is chosen)
            action.triggered.connect(lambda _=False, s=screen: self.open_projector(s))
