"""Pengembangan: the period's individual development plans (IDP), how far they have got, and one plan in
full.

At the top, the period and a summary line (plans, progress, late activities, who reached 20 JP). The
"Rencana" tab lists the plans (filtered in memory over services.development.plans_frame) above the chosen
plan's detail (ui.development.detail: who, box and rekomendasi, gaps, activities and what can be done with
them). The list sits above the detail rather than beside it so that both tables keep all their columns on
a 1366 px screen. The "Per unit" tab shows progress per unit induk. Drafts for many people are made off
the UI thread (ui.development.bulk_dialog).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from talenta_desktop.services.committee import MeetingInfo, active_meeting
from talenta_desktop.services.development.plans import (
    JP_MINIMUM,
    BulkResult,
    JpCompliance,
    jp_compliance,
    plans_frame,
    progress_by_unit,
)
from talenta_desktop.services.permissions import Permission
from talenta_desktop.services.talent.periods import PeriodInfo, list_periods
from talenta_desktop.services.talent.talent_map import talent_map
from talenta_desktop.services.units import UnitNode, unit_tree
from talenta_desktop.services.workspace import Workspace
from talenta_desktop.ui import palette
from talenta_desktop.ui.development.bulk_dialog import BulkPlanDialog
from talenta_desktop.ui.development.delegates import ProgressDelegate
from talenta_desktop.ui.development.detail import PlanDetail
from talenta_desktop.ui.development.dialogs import PlanDialog
from talenta_desktop.ui.development.filters import PlanFilterBar, plan_mask, prepare
from talenta_desktop.ui.development.labels import percent
from talenta_desktop.ui.development.models import (
    ACTIVITIES,
    BOX,
    JABATAN,
    JP,
    NAME,
    NIP,
    OVERDUE_COLUMN,
    PROGRESS,
    STATUS,
    UNIT_PROGRESS_COLUMN,
    PlanTableModel,
    SortRole,
    UnitProgressModel,
    unit_rows,
)
from talenta_desktop.ui.development.style import style
from talenta_desktop.ui.forms import period_label
from talenta_desktop.ui.messages import user_text
from talenta_desktop.ui.permissions import denial, guard
from talenta_desktop.ui.restyle import restyle
from talenta_desktop.ui.shortcuts import bind
from talenta_desktop.ui.tables import read_only_table
from talenta_desktop.ui.workers import LatestLoader

# Plans list: widths that show every column whole at 1366 px; Jabatan takes what is left.
PLAN_WIDTHS = {
    NAME: 200,
    NIP: 160,
    BOX: 54,
    STATUS: 84,
    ACTIVITIES: 72,
    PROGRESS: 108,
    JP: 70,
    OVERDUE_COLUMN: 86,
}
NARROW = 1000  # below this page width (a 1024 px window) the list leaves Jabatan to the name's tooltip
CANDIDATE_COLUMNS = [
    "person_id",
    "nip",
    "nama_lengkap",
    "search_name",
    "jabatan",
    "unit_induk",
    "box",
    "unit_id",
]


def jp_year(period: PeriodInfo, today: date) -> int:
    """The year whose JP the summary counts: plans of a period are carried out in the year after its
    reference date (period 2025 → 2026), but never a year that has not begun."""
    return min(period.reference_date.year + 1, today.year)


def placed_people(workspace: Workspace, period_label: str) -> pd.DataFrame:
    """The period's placed people as the dialogs that make plans need them (their box and unit)."""
    placed = workspace.read(talent_map, period_label).placed
    return placed[CANDIDATE_COLUMNS].reset_index(drop=True)


def default_period(periods: list[PeriodInfo]) -> PeriodInfo | None:
    """The latest open period (periods come newest first), else the latest."""
    return next((p for p in periods if p.is_open), periods[0] if periods else None)


class DevelopmentPage(QWidget):
    """Emits ``changed`` after every recorded write (the committee page shows the approvals)."""

    changed = Signal()

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._today = today
        self.periods: list[PeriodInfo] = []
        self.period: PeriodInfo | None = None
        self.units: list[UnitNode] = []
        self.frame = prepare(pd.DataFrame(columns=["plan_id", "person_id", "nip", "nama", "unit_id"]), [])
        self.meeting: MeetingInfo | None = None
        self._candidates: pd.DataFrame | None = None
        self._loader = LatestLoader(self)  # the period's plans are read off the UI thread
        self._people = LatestLoader(self)  # the period's placed people, read when plans are first made
        self._people.busy_changed.connect(self._people_busy)
        self._shown_label: str | None = None  # the period whose plans the list shows
        self._shown_once = False
        self._narrow: bool | None = None
        self.setStyleSheet(style())

        # -- heading -----------------------------------------------------------------------------------
        title = QLabel(self.tr("Rencana Pengembangan"), objectName="pageTitle")
        subtitle = QLabel(
            self.tr("Rencana pengembangan individu (IDP): kegiatan, progres dan JP tiap pegawai"),
            objectName="pageSubtitle",
        )
        subtitle.setProperty("role", "pageSubtitle")
        subtitle.setWordWrap(True)
        self.period_combo = QComboBox(objectName="periodCombo")
        self.period_combo.setAccessibleName(self.tr("Periode"))
        self.period_combo.setToolTip(self.tr("Periode talenta yang rencananya ditampilkan"))
        # Sized for a period label, not its longest entry, so the heading fits a 1024 px screen.
        self.period_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.period_combo.setMinimumContentsLength(4)
        self.plan_button = QPushButton(self.tr("Buat rencana…"), objectName="newPlan")
        self.plan_button.setToolTip(self.tr("Rencana pengembangan untuk satu pegawai"))
        self.bulk_button = QPushButton(self.tr("Buat draf rencana…"), objectName="bulkPlans")
        self.bulk_button.setProperty("role", "primary")
        self.bulk_button.setToolTip(self.tr("Draf rencana untuk semua pegawai di kotak yang dipilih"))
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(title)
        titles.addWidget(subtitle)
        heading = QHBoxLayout()
        heading.addLayout(titles, 1)
        label = period_label(self.tr("Periode:"), self.period_combo)
        for widget in (label, self.period_combo, self.plan_button, self.bulk_button):
            heading.addWidget(widget, 0, Qt.AlignmentFlag.AlignBottom)

        self.summary = QLabel(objectName="summary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.page_status = QLabel(objectName="pageStatus")
        self.page_status.setWordWrap(True)
        self.page_status.setTextFormat(Qt.TextFormat.PlainText)
        self.page_status.hide()

        # -- the plans and the chosen plan ---------------------------------------------------------------
        self.filters = PlanFilterBar([], self)
        self.plan_count = QLabel(objectName="planCount")
        self.plan_model = PlanTableModel(self)
        self.plans_table = read_only_table(self.plan_model, "plansTable")
        self.plans_table.setSortingEnabled(True)
        self.plans_table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.plans_table.setItemDelegateForColumn(PROGRESS, ProgressDelegate(self.plans_table))
        header = self.plans_table.horizontalHeader()
        for column, width in PLAN_WIDTHS.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.plans_table.setColumnWidth(column, width)
        header.setSectionResizeMode(JABATAN, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        self.plans_table.setMinimumHeight(120)

        plans_panel = QFrame(objectName="plansPanel")
        plans_layout = QVBoxLayout(plans_panel)
        plans_layout.setContentsMargins(10, 8, 10, 8)
        plans_layout.setSpacing(6)
        plans_layout.addLayout(self._row(self.filters, self.plan_count, stretch_first=True))
        plans_layout.addWidget(self.plans_table, 1)

        self.detail = PlanDetail(workspace, self, today=today)
        detail_panel = QFrame(objectName="detailPanel")
        detail_layout = QVBoxLayout(detail_panel)
        detail_layout.setContentsMargins(12, 8, 12, 8)
        detail_layout.addWidget(self.detail)
        detail_panel.setMinimumHeight(250)

        self.splitter = QSplitter(Qt.Orientation.Vertical, objectName="developmentSplitter")
        self.splitter.addWidget(plans_panel)
        self.splitter.addWidget(detail_panel)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([450, 550])  # the detail, where the work is done, gets the larger share

        self.no_plans = QLabel(objectName="noPlans")
        self.no_plans.setProperty("role", "emptyNote")
        self.no_plans.setWordWrap(True)
        self.no_plans.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_plans.setFixedWidth(600)
        self.first_bulk_button = QPushButton(self.tr("Buat draf rencana…"), objectName="firstBulkPlans")
        self.first_bulk_button.setProperty("role", "primary")
        empty = QWidget(objectName="plansEmpty")
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.no_plans, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addWidget(self.first_bulk_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.plans_stack = QStackedWidget(objectName="plansStack")
        self.plans_stack.addWidget(empty)
        self.plans_stack.addWidget(self.splitter)

        # -- per unit ----------------------------------------------------------------------------------
        self.unit_model = UnitProgressModel(self)
        self.unit_proxy = QSortFilterProxyModel(self)
        self.unit_proxy.setSourceModel(self.unit_model)
        self.unit_proxy.setSortRole(SortRole)
        self.units_table = read_only_table(self.unit_proxy, "unitsTable")
        self.units_table.setSortingEnabled(True)
        self.units_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.units_table.setItemDelegateForColumn(UNIT_PROGRESS_COLUMN, ProgressDelegate(self.units_table))
        unit_header = self.units_table.horizontalHeader()
        unit_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in {1: 90, 2: 90, 3: 90, 4: 170, 5: 100}.items():
            unit_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.units_table.setColumnWidth(column, width)
        units_hint = QLabel(
            self.tr(
                "Rencana dan kegiatannya per unit induk (OPD) menurut unit pegawai saat ini. Progres: bagian "
                "kegiatan yang sudah selesai, tanpa kegiatan yang dibatalkan."
            )
        )
        units_hint.setProperty("role", "hint")
        units_hint.setWordWrap(True)
        units_panel = QFrame(objectName="unitsPanel")
        units_layout = QVBoxLayout(units_panel)
        units_layout.setContentsMargins(10, 8, 10, 8)
        units_layout.addWidget(units_hint)
        units_layout.addWidget(self.units_table, 1)

        self.tabs = QTabWidget(objectName="developmentTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.plans_stack, self.tr("Rencana"))
        self.tabs.addTab(units_panel, self.tr("Per unit"))

        # -- no period yet -----------------------------------------------------------------------------
        self.no_period = QLabel(
            self.tr(
                "Belum ada periode talenta. Rencana pengembangan dibuat dari kotak pegawai pada suatu periode: "
                "petakan periode di halaman Peta Talenta lebih dulu."
            ),
            objectName="noPeriod",
        )
        self.no_period.setProperty("role", "emptyNote")
        self.no_period.setWordWrap(True)
        self.no_period.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QStackedWidget(objectName="developmentBody")
        self.body.addWidget(self.no_period)
        self.body.addWidget(self.tabs)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(8)
        layout.addLayout(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.page_status)
        layout.addWidget(self.body, 1)

        # -- wiring ------------------------------------------------------------------------------------
        self.period_combo.currentIndexChanged.connect(lambda _: self._period_chosen())
        self.filters.changed.connect(self.apply_filters)
        # The selection, not the current row: a view moves the current row before it selects the row.
        self.plans_table.selectionModel().selectionChanged.connect(lambda *_: self._plan_chosen())
        self.detail.changed.connect(self._plan_written)
        self.plan_button.clicked.connect(self.open_plan_dialog)
        bind(self, "development.new-plan", self.plan_button.click)  # a disabled button ignores it
        self.bulk_button.clicked.connect(self.open_bulk_dialog)
        self.first_bulk_button.clicked.connect(self.open_bulk_dialog)

        self.may_manage = guard(
            workspace,
            Permission.DEVELOPMENT_MANAGE,
            self.plan_button,
            self.bulk_button,
            self.first_bulk_button,
        )
        self.first_bulk_button.setVisible(self.may_manage)  # the empty page says why instead

        self.reload()

    @staticmethod
    def _row(*widgets: QWidget, stretch_first: bool = False) -> QHBoxLayout:
        layout = QHBoxLayout()
        layout.setSpacing(10)
        for i, widget in enumerate(widgets):
            layout.addWidget(widget, 1 if stretch_first and i == 0 else 0)
        return layout

    # -- loading -------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read periods, units and the shown period's plans again, keeping the period and the plan."""
        self.periods = self.workspace.read(list_periods)
        self.units = self.workspace.read(unit_tree)
        self.filters.set_units(self.units)
        keep = self.period.label if self.period else None
        chosen = next((p for p in self.periods if p.label == keep), None) or default_period(self.periods)
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for period in self.periods:
            shown = period.label if period.is_open else self.tr("{0} (ditutup)").format(period.label)
            self.period_combo.addItem(shown, period.label)
        self.period_combo.setCurrentIndex(self.period_combo.findData(chosen.label) if chosen else -1)
        self.period_combo.blockSignals(False)
        self.body.setCurrentWidget(self.tabs if self.periods else self.no_period)
        self.meeting = self.workspace.read(active_meeting)
        self.detail.set_meeting(self.meeting)
        self._load(chosen, force=True)

    def refresh(self) -> None:
        """After data changed behind the page (an import, a mapping): read everything again."""
        self.reload()

    def _period_chosen(self) -> None:
        label = self.period_combo.currentData()
        period = next((p for p in self.periods if p.label == label), None)
        if period is not None and (self.period is None or period.label != self.period.label):
            self._say("")
            self._load(period)

    def _load(
        self, period: PeriodInfo | None, *, force: bool = False, after: Callable[[], None] | None = None
    ) -> None:
        self.period = period
        self._candidates = None
        if self._people.busy:  # read for the period shown until now: no dialog opens for it
            self._people.drop()
            self._say("")
        mapped = period is not None and period.placed > 0
        for button in (self.plan_button, self.bulk_button, self.first_bulk_button):
            button.setEnabled(mapped)
        if period is not None and not mapped:
            tip = self.tr("Periode {0} belum dipetakan: belum ada kotak pegawai.").format(period.label)
            self.bulk_button.setToolTip(tip)
            self.plan_button.setToolTip(tip)
        if period is None:
            self._loader.drop()
            self._shown_label = None
            self.tabs.setEnabled(True)
            self.frame = self.frame.iloc[0:0]
            self.summary.clear()
            self.unit_model.set_rows(())
            self._show_plans(force=force)
            if after is not None:
                after()
        else:
            self._read(force=force, after=after)

    @property
    def loading(self) -> bool:
        """Whether the period's plans are being read (the summary says "Memuat…")."""
        return self._loader.busy

    def _read(self, *, force: bool = False, after: Callable[[], None] | None = None) -> None:
        """Read the period's plans, their progress per unit and the JP summary off the UI thread;
        the list shown stays until they are there. ``after``: what to do once they are shown."""
        period, units, today, workspace = self.period, self.units, self._today(), self.workspace
        year = jp_year(period, today)

        def work():
            frame = prepare(workspace.read(plans_frame, period.label, today=today), units)
            by_unit = unit_rows(workspace.read(progress_by_unit, period.label, today=today))
            people = frame["person_id"].astype(int).tolist() if len(frame) else []
            return frame, by_unit, workspace.read(jp_compliance, year, people)

        self._loader.load(
            work, lambda result: self._read_done(period, result, force, after), self._read_failed
        )
        if period.label != self._shown_label:  # another period: its list is not there yet
            self.summary.setText(self.tr("Memuat rencana pengembangan periode {0}…").format(period.label))
            self.tabs.setEnabled(False)

    def _read_done(self, period: PeriodInfo, result, force: bool, after) -> None:
        if self.period is None or self.period.label != period.label:
            return  # another period was chosen meanwhile
        self.frame, by_unit, compliance = result
        self._shown_label = period.label
        self.tabs.setEnabled(True)
        self.unit_model.set_rows(by_unit)
        self._show_summary(compliance)
        self._show_plans(force=force)
        if after is not None:
            after()

    def _read_failed(self, error: BaseException) -> None:
        self.tabs.setEnabled(True)
        self.summary.setText(  # the summary is rich text: the message is shown as written
            self.tr("Rencana pengembangan tidak dapat dibaca: {0}").format(html.escape(user_text(error)))
        )

    def _show_plans(self, *, force: bool) -> None:
        period = self.period
        self.no_plans.setText(
            self.tr(
                "Belum ada rencana pengembangan pada periode {0}. Buat draf rencana untuk pegawai di kotak "
                'yang dipilih dengan "Buat draf rencana…", atau untuk satu pegawai dengan "Buat rencana…".'
            ).format(period.label if period else "—")
            if self.may_manage
            else self.tr("Belum ada rencana pengembangan pada periode {0}.").format(
                period.label if period else "—"
            )
            + "\n"
            + denial(self.workspace, Permission.DEVELOPMENT_MANAGE)
        )
        self.no_plans.setMinimumHeight(self.no_plans.heightForWidth(self.no_plans.width()))  # all lines show
        self.plans_stack.setCurrentIndex(1 if len(self.frame) else 0)
        self.apply_filters(force=force)

    def _show_summary(self, compliance: JpCompliance) -> None:
        frame = self.frame
        locale = QLocale()
        n = len(frame)
        if not n:
            self.summary.setText(self.tr("Belum ada rencana pada periode {0}.").format(self.period.label))
            self.summary.setToolTip("")
            return
        activities = int(frame["activities"].sum()) if n else 0
        done = int(frame["done"].sum()) if n else 0
        overdue = int(frame["overdue"].sum()) if n else 0
        year = compliance.year
        overdue_text = self.tr("{0} kegiatan terlambat").format(locale.toString(overdue))
        if overdue:
            overdue_text = f"<span style='color:{palette.ERROR_TEXT}; font-weight:600'>{overdue_text}</span>"
        parts = [
            self.tr("<b>{0}</b> rencana").format(locale.toString(n)),
            self.tr("progres <b>{0}</b> ({1} dari {2} kegiatan selesai)").format(
                percent(done / activities if activities else 0.0),
                locale.toString(done),
                locale.toString(activities),
            ),
            overdue_text,
            self.tr("{0} dari {1} pegawai mencapai {2} JP pada tahun {3}").format(
                locale.toString(compliance.meeting), locale.toString(compliance.people), JP_MINIMUM, year
            ),
        ]
        self.summary.setText(" &nbsp;·&nbsp; ".join(parts))
        self.summary.setToolTip(
            self.tr(
                "JP dihitung dari riwayat diklat dan kegiatan rencana yang selesai pada tahun {0} (rencana "
                "periode {1} dilaksanakan sesudah tanggal acuannya). Minimal {2} JP per pegawai per tahun."
            ).format(year, self.period.label, JP_MINIMUM)
        )

    # -- the list ------------------------------------------------------------------------------------

    def apply_filters(self, *, force: bool = False) -> None:
        keep = self.selected_plan_id()
        mask = plan_mask(self.frame, **self.filters.criteria()) if len(self.frame) else np.zeros(0, bool)
        self.plan_model.set_frame(self.frame[mask])
        total, shown = len(self.frame), int(mask.sum())
        locale = QLocale()
        self.plan_count.setText(
            self.tr("{0} rencana").format(locale.toString(total))
            if shown == total
            else self.tr("{0} dari {1} rencana").format(locale.toString(shown), locale.toString(total))
        )
        if (keep is None or self.plan_model.row_of(keep) < 0) and self.plan_model.rowCount():
            keep = self.plan_model.plan_id(0)  # a plan is always open: the detail is where the work is
        self.select_plan(keep, force=force)

    def selected_plan_id(self) -> int | None:
        rows = self.plans_table.selectionModel().selectedRows()
        return self.plan_model.plan_id(rows[0].row()) if rows else None

    def select_plan(self, plan_id: int | None, *, force: bool = False) -> None:
        """Select the plan in the list (when it is shown) and show it in the detail."""
        row = self.plan_model.row_of(plan_id) if plan_id is not None else -1
        selection = self.plans_table.selectionModel()
        selection.blockSignals(True)
        if row >= 0:
            index = self.plan_model.index(row, 0)
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.plans_table.scrollTo(index)
        else:
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
        selection.blockSignals(False)
        self.plans_table.viewport().update()
        self._plan_chosen(force=force)

    def _plan_chosen(self, *, force: bool = False) -> None:
        plan_id = self.selected_plan_id()
        current = self.detail.plan.id if self.detail.plan else None
        if plan_id == current and not force:
            return
        if plan_id is None and len(self.frame) and not self.plan_model.rowCount():
            self.detail.show_plan(None, empty_text=self.tr("Tidak ada rencana yang cocok dengan filter."))
            return
        self.detail.show_plan(plan_id)

    def _plan_written(self, plan_id: int) -> None:
        """The detail recorded something: the list, the summary and the units follow (read in the
        background; the detail already shows what was recorded)."""
        self._candidates = None

        def keep_shown() -> None:
            if self.selected_plan_id() != plan_id:  # filtered out by the change (e.g. "late only")
                self.detail.show_plan(plan_id)

        self._read(after=keep_shown)
        self.changed.emit()

    # -- creating plans ------------------------------------------------------------------------------

    def candidates(self) -> pd.DataFrame:
        """The period's placed people (their box and unit), read once per period and write (the dialogs
        open once _with_people has read them in the background)."""
        if self._candidates is None:
            self._candidates = placed_people(self.workspace, self.period.label)
        return self._candidates

    def _with_people(self, then: Callable[[], object]) -> None:
        """Call ``then`` once the period's placed people are at hand: at once when they were read
        already, else after reading them off the UI thread (the talent map of 50,000 people: most of a
        second), with the buttons that need them waiting and the page saying why."""
        if self._candidates is not None:
            then()
            return
        workspace, label = self.workspace, self.period.label
        self._say(self.tr("Membaca peta talenta periode {0}…").format(label))
        self._people.load(
            lambda: placed_people(workspace, label),
            lambda frame: self._people_read(frame, then),
            self._people_failed,
        )

    def _people_read(self, frame: pd.DataFrame, then: Callable[[], object]) -> None:
        self._candidates = frame
        self._say("")
        then()

    def _people_failed(self, error: BaseException) -> None:
        self._say(
            self.tr("Peta talenta periode ini tidak dapat dibaca: {0}").format(user_text(error)), "error"
        )

    def _people_busy(self, busy: bool) -> None:
        mapped = self.period is not None and self.period.placed > 0
        for button in (self.plan_button, self.bulk_button, self.first_bulk_button):
            button.setEnabled(mapped and not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _have_plan(self) -> set[int]:
        return set(self.frame["person_id"].astype(int)) if len(self.frame) else set()

    def _without_plan(self) -> pd.DataFrame:
        """People a plan can be made for: a box of 2–9 and no plan yet (the person picker's list)."""
        frame = self.candidates()
        frame = frame[(frame["box"] != 1) & ~frame["person_id"].isin(list(self._have_plan()))]
        return frame.rename(columns={"person_id": "id"}).reset_index(drop=True)

    def open_plan_dialog(self) -> None:
        """A plan for one person; the dialog opens once the period's placed people are read."""
        if self.period is not None and self.plan_button.isEnabled():
            self._with_people(self._open_plan_dialog)

    def _open_plan_dialog(self) -> None:
        dialog = PlanDialog(self.workspace, self.period.label, self._without_plan, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._plan_created(dialog.result_value, dialog.picker.person_name()))
        dialog.open()

    def _plan_created(self, plan_id: int, name: str | None) -> None:
        self.filters.search.clear()  # the new plan must be in the list to be selected
        self._reload_plans(after=lambda: self.select_plan(plan_id, force=True))
        self.tabs.setCurrentIndex(0)
        self._say(self.tr("Rencana pengembangan {0} dibuat (draf).").format(name or ""), "ok")
        self.changed.emit()

    def open_bulk_dialog(self) -> None:
        """Draft plans for many people; the dialog opens once the period's placed people are read."""
        if self.period is not None and self.bulk_button.isEnabled():
            self._with_people(self._open_bulk_dialog)

    def _open_bulk_dialog(self) -> None:
        dialog = BulkPlanDialog(
            self.workspace, self.period.label, self.units, self.candidates(), self._have_plan(), self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._bulk_done(dialog.result_value))
        dialog.open()

    def _bulk_done(self, result: BulkResult) -> None:
        self._reload_plans()
        if result.existing:
            message = self.tr(
                "{0} rencana draf dibuat; {1} pegawai sudah mempunyai rencana (tidak diubah)."
            ).format(result.created, result.existing)
        else:
            message = self.tr("{0} rencana draf dibuat.").format(result.created)
        self._say(message, "ok")
        self.changed.emit()

    def _reload_plans(self, after: Callable[[], None] | None = None) -> None:
        self._candidates = None
        self._load(self.period, force=True, after=after)

    def _say(self, message: str, tone: str | None = None) -> None:
        self.page_status.setText(message)
        restyle(self.page_status, "tone", tone)
        self.page_status.setVisible(bool(message))

    # -- the page coming and going -------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._shown_once:
            # A meeting may have been started or paused on the Komite page meanwhile.
            QTimer.singleShot(0, self._check_meeting)
        self._shown_once = True

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        narrow = self.width() < NARROW
        if narrow == self._narrow:
            return
        self._narrow = narrow
        self.plans_table.setColumnHidden(JABATAN, narrow)
        header = self.plans_table.horizontalHeader()
        header.setSectionResizeMode(
            NAME, QHeaderView.ResizeMode.Stretch if narrow else QHeaderView.ResizeMode.Interactive
        )
        if not narrow:
            self.plans_table.setColumnWidth(NAME, PLAN_WIDTHS[NAME])
        self.detail.set_narrow(narrow)

    def _check_meeting(self) -> None:
        self.meeting = self.workspace.read(active_meeting)
        self.detail.set_meeting(self.meeting)
