"""Suksesi: jabatan target and kritikal, their bench strength, and who may succeed to each (DOMAIN §6).

The top half lists the active posts of the chosen period's succession plan: incumbent, expected vacancy
and successors ready now / later against the number needed; a post without anyone ready stands out, and
one that falls vacant within the warning period without anyone ready (urgent) stands out strongly and is
named in the banner. The bottom half is the selected post: its successors (the readiness chosen in place;
a proposal confirmed by the Komite Talenta in the meeting being held, or withdrawn), and its candidates
from the KRS with every eligibility rule checked, ranked, to propose one or to compare up to four side by
side.

Candidates are computed by services.succession.candidates (set-based, fast enough to run on the UI
thread) once per period and post, and kept until a post or the rules change.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from datetime import date

import pandas as pd
from PySide6.QtCore import QEvent, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from talenta_desktop.services.committee import MeetingInfo, active_meeting
from talenta_desktop.services.permissions import Permission
from talenta_desktop.services.personnel import can_view_hukdis, personnel_frame
from talenta_desktop.services.succession.candidates import candidates, talent_cards
from talenta_desktop.services.succession.posts import (
    BenchSummary,
    PostInfo,
    SuccessorInfo,
    bench_summary,
    confirm_successor,
    list_posts,
    set_readiness,
    update_post,
    vacancy_message,
    withdraw_successor,
)
from talenta_desktop.services.succession.settings import SuccessionSettings, get_settings
from talenta_desktop.services.talent.periods import PeriodInfo, list_periods
from talenta_desktop.services.talent.talent_map import TalentMap, talent_map
from talenta_desktop.services.units import UnitNode, unit_tree
from talenta_desktop.services.workspace import Workspace
from talenta_desktop.ui import palette
from talenta_desktop.ui.committee.labels import nip_text
from talenta_desktop.ui.committee.person_picker import PEOPLE_COLUMNS
from talenta_desktop.ui.formatting import number_text
from talenta_desktop.ui.forms import ElidedLabel, ask, hbox, say, section
from talenta_desktop.ui.messages import user_text
from talenta_desktop.ui.permissions import denial, guard
from talenta_desktop.ui.shortcuts import bind
from talenta_desktop.ui.succession.compare import CompareDialog
from talenta_desktop.ui.succession.dialogs import (
    REFUSALS,
    PostDialog,
    ProposeDialog,
    SettingsDialog,
)
from talenta_desktop.ui.succession.labels import KIND_LONG_TEXT, text
from talenta_desktop.ui.succession.models import (
    MAX_COMPARE,
    CandidateFilter,
    CandidateModel,
    CandidateRow,
    IdRole,
    PostModel,
    ReadinessDelegate,
    SortRole,
    SuccessorModel,
    candidate_rows,
)
from talenta_desktop.ui.succession.style import style
from talenta_desktop.ui.tables import read_only_table, set_widths
from talenta_desktop.ui.workers import LatestLoader

log = logging.getLogger(__name__)

CANDIDATE_CACHE = 24  # (period, post) candidate lists kept; a committee session moves among a few posts


# Posts table: column → width; Jabatan (0) takes the rest. On a narrow window the columns in
# OPTIONAL_POST_COLUMNS hide, least needed first (their facts stay in the Jabatan tooltip).
POST_WIDTHS = {1: 66, 2: 140, 3: 92, 4: 140, 5: 210, 6: 150, 7: 150}  # 6: "Ready now / later" whole
SHRINKABLE_POST_COLUMNS = {4: 120, 5: 190}  # narrowed first, down to these widths
NARROWEST_POST_COLUMNS = {4: 100, 5: 170, 7: 130}  # and last, when hiding was not enough
OPTIONAL_POST_COLUMNS = (1, 3, 2)
MIN_JABATAN_WIDTH = 170


class SuccessionPage(QWidget):
    """Emits ``changed`` after every recorded write (the committee's decisions list may have grown)."""

    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.periods: list[PeriodInfo] = []
        self.period: str | None = None
        self.settings = SuccessionSettings()
        self.posts: list[PostInfo] = []
        self.post: PostInfo | None = None
        self.summary: BenchSummary | None = None
        self.active: MeetingInfo | None = None  # the committee meeting being held, if any
        self.last_error: str | None = None
        self.show_hukdis = can_view_hukdis(workspace.actor)
        self.candidate_runs = 0  # how many times candidates were computed (kept low by the cache)
        self._candidates: dict[tuple[str, int], tuple[CandidateRow, ...]] = {}
        self._shown_candidates: tuple[str, int] | None = None
        # A post's candidates (thousands of KRS members, every rule checked) are computed off the UI
        # thread, on the period's talent map read once for all its posts.
        self._candidate_loader = LatestLoader(self)
        self._posts_loader = LatestLoader(self)  # the period's posts and bench strength, likewise
        self._loading_candidates: tuple[str, int] | None = None
        self._talent: dict[str, TalentMap] = {}
        self._people: pd.DataFrame | None = None
        self._units: list[UnitNode] | None = None
        self._selecting = False
        self.setStyleSheet(style())

        # -- heading ----------------------------------------------------------------------------------
        title = QLabel(self.tr("Suksesi"), objectName="pageTitle")
        subtitle = QLabel(
            self.tr("Jabatan target dan kritikal, suksesornya, dan calon dari KRS"),
            objectName="pageSubtitle",
        )
        subtitle.setProperty("role", "pageSubtitle")
        subtitle.setWordWrap(True)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(title)
        titles.addWidget(subtitle)
        period_label = QLabel(self.tr("&Periode:"))
        self.period_combo = QComboBox(objectName="periodCombo")
        self.period_combo.setMinimumWidth(100)
        self.period_combo.setToolTip(self.tr("Periode pemetaan talenta; suksesor diusulkan per periode"))
        period_label.setBuddy(self.period_combo)
        self.settings_button = QPushButton(self.tr("Aturan suksesi…"), objectName="successionSettings")
        self.settings_button.setToolTip(
            self.tr("Syarat calon, jumlah suksesor per jabatan, batas peringatan dan kategori kesiapan")
        )
        heading = QHBoxLayout()
        heading.addLayout(titles, 1)
        heading.addWidget(period_label, 0, Qt.AlignmentFlag.AlignVCenter)
        heading.addWidget(self.period_combo, 0, Qt.AlignmentFlag.AlignVCenter)
        heading.addSpacing(6)
        heading.addWidget(self.settings_button, 0, Qt.AlignmentFlag.AlignVCenter)

        self.bench_label = QLabel(objectName="benchSummary")
        self.bench_label.setWordWrap(True)
        self.urgent_banner = QFrame(objectName="urgentBanner")
        self.urgent_label = QLabel(objectName="urgentText")
        self.urgent_label.setWordWrap(True)
        self.urgent_label.setTextFormat(Qt.TextFormat.RichText)
        self.urgent_label.setToolTip(self.tr("Klik nama jabatan untuk memilihnya"))
        banner = QHBoxLayout(self.urgent_banner)
        banner.setContentsMargins(12, 7, 12, 7)
        banner.addWidget(self.urgent_label, 1)
        self.urgent_banner.hide()

        # -- top: the posts ----------------------------------------------------------------------------
        self.new_post_button = QPushButton(self.tr("Jabatan baru…"), objectName="newPost")
        self.new_post_button.setToolTip(self.tr("Tambahkan jabatan target atau jabatan kritikal"))
        self.edit_post_button = QPushButton(self.tr("Ubah…"), objectName="editPost")
        self.deactivate_button = QPushButton(self.tr("Nonaktifkan"), objectName="deactivatePost")
        self.deactivate_button.setToolTip(
            self.tr("Keluarkan jabatan ini dari rencana suksesi (riwayatnya tetap tersimpan)")
        )
        self.post_model = PostModel(self)
        self.post_proxy = QSortFilterProxyModel(self)
        self.post_proxy.setSourceModel(self.post_model)
        self.post_proxy.setSortRole(SortRole)
        self.posts_table = read_only_table(self.post_proxy, "postsTable")
        self.posts_table.setSortingEnabled(True)
        # soonest vacancy first: the posts the Bupati asks about
        self.posts_table.sortByColumn(PostModel.VACANCY_COLUMN, Qt.SortOrder.AscendingOrder)
        self.posts_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.posts_table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Its own fit (_fit_post_columns: narrow, then hide) sets every width; set_widths' proportional
        # narrowing would undo it on the same resize.
        posts_header = self.posts_table.horizontalHeader()
        posts_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        posts_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.posts_table.horizontalHeader().setMinimumSectionSize(56)
        self.posts_table.viewport().installEventFilter(self)
        self.posts_table.setMinimumHeight(120)
        self.posts_panel = QFrame(objectName="postsPanel")
        top = QVBoxLayout(self.posts_panel)
        top.setContentsMargins(14, 10, 14, 10)
        top.setSpacing(6)
        top.addLayout(
            hbox(
                section(self.tr("Jabatan target dan kritikal")),
                1,
                self.new_post_button,
                self.edit_post_button,
                self.deactivate_button,
            )
        )
        top.addWidget(self.posts_table, 1)

        # -- bottom: the selected post -----------------------------------------------------------------
        self.post_title = ElidedLabel(objectName="postTitle")
        self.post_title.setMinimumWidth(160)
        self.post_facts = ElidedLabel(objectName="postFacts")
        self.post_facts.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.tabs = QTabWidget(objectName="postTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._successors_tab(), "")
        self.tabs.addTab(self._candidates_tab(), "")
        self.post_panel = QFrame(objectName="postPanel")
        bottom = QVBoxLayout(self.post_panel)
        bottom.setContentsMargins(14, 10, 14, 8)
        bottom.setSpacing(4)
        post_heading = QHBoxLayout()
        post_heading.setSpacing(12)
        post_heading.addWidget(self.post_title, 0, Qt.AlignmentFlag.AlignBaseline)
        post_heading.addWidget(self.post_facts, 1, Qt.AlignmentFlag.AlignBaseline)
        bottom.addLayout(post_heading)
        bottom.addWidget(self.tabs, 1)
        self.no_post = QLabel(objectName="noPost")
        self.no_post.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_post.setWordWrap(True)
        no_post_panel = QFrame(objectName="postPanel")
        QVBoxLayout(no_post_panel).addWidget(self.no_post)
        self.post_stack = QStackedWidget(objectName="postStack")
        self.post_stack.addWidget(no_post_panel)
        self.post_stack.addWidget(self.post_panel)

        self.splitter = QSplitter(Qt.Orientation.Vertical, objectName="successionSplitter")
        self.splitter.addWidget(self.posts_panel)
        self.splitter.addWidget(self.post_stack)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([250, 300])

        self.page_status = QLabel(objectName="pageStatus")
        self.page_status.setWordWrap(True)
        self.page_status.setProperty("role", "hint")
        self.page_status.hide()

        # -- no period yet -----------------------------------------------------------------------------
        self.empty = QLabel(objectName="successionEmpty")
        self.empty.setProperty("role", "emptyNote")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setText(
            self.tr(
                "Belum ada periode pemetaan talenta. Suksesor diambil dari Kelompok Rencana Suksesi suatu "
                "periode: petakan periode di halaman Peta Talenta terlebih dahulu."
            )
        )
        self.body = QStackedWidget(objectName="successionBody")
        self.body.addWidget(self.empty)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(8)
        body_layout.addWidget(self.bench_label)
        body_layout.addWidget(self.urgent_banner)
        body_layout.addWidget(self.splitter, 1)
        body_layout.addWidget(self.page_status)
        self.body.addWidget(body)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 12)
        layout.setSpacing(8)
        layout.addLayout(heading)
        layout.addWidget(self.body, 1)

        # -- wiring ------------------------------------------------------------------------------------
        self.period_combo.currentIndexChanged.connect(lambda _: self._period_chosen())
        self.settings_button.clicked.connect(self.open_settings_dialog)
        self.urgent_label.linkActivated.connect(lambda link: self.select_post(int(link.split(":")[1])))
        self.new_post_button.clicked.connect(lambda: self.open_post_dialog(new=True))
        bind(self, "succession.new-post", self.new_post_button.click)  # a disabled button ignores it
        self.edit_post_button.clicked.connect(lambda: self.open_post_dialog(new=False))
        self.deactivate_button.clicked.connect(self.deactivate_post)
        self.posts_table.selectionModel().currentRowChanged.connect(lambda *_: self._post_chosen())
        self.posts_table.doubleClicked.connect(lambda _: self.open_post_dialog(new=False))

        # Everyone reads the plan; changing it needs the role's permission (confirming a successor is a
        # decision of the meeting being held, so it needs the committee's too).
        self.may_manage = guard(
            workspace,
            Permission.SUCCESSION_MANAGE,
            self.new_post_button,
            self.edit_post_button,
            self.deactivate_button,
            self.withdraw_button,
            self.propose_button,
        )
        self.may_confirm = guard(
            workspace, (Permission.SUCCESSION_MANAGE, Permission.COMMITTEE_MANAGE), self.confirm_button
        )
        self.may_edit_rules = guard(workspace, Permission.SETTINGS_MANAGE, self.settings_button)
        self.successor_model.editable = self.may_manage  # the readiness shows as text, not as a combo

        self.reload()

    # -- the tabs ---------------------------------------------------------------------------------------

    def _successors_tab(self) -> QWidget:
        self.successor_model = SuccessorModel(self)
        self.successors_table = read_only_table(self.successor_model, "successorsTable")
        self.successors_table.setItemDelegate(
            ReadinessDelegate(lambda: self.settings.readiness, self.successors_table)
        )
        self.successors_table.verticalHeader().setDefaultSectionSize(34)
        set_widths(self.successors_table, {0: 220, 1: 170, 2: 56, 3: 175, 4: 96}, 5)
        self.successor_model.modelReset.connect(self._open_readiness_editors)
        # Queued: the record is written after the combo has finished committing its choice.
        self.successor_model.readiness_requested.connect(
            self.change_readiness, Qt.ConnectionType.QueuedConnection
        )
        self.confirm_button = QPushButton(self.tr("Tetapkan dalam rapat"), objectName="confirmSuccessor")
        self.confirm_button.setProperty("role", "primary")
        self.withdraw_button = QPushButton(self.tr("Tarik usulan"), objectName="withdrawSuccessor")
        self.withdraw_button.setToolTip(self.tr("Batalkan usulan suksesor yang belum ditetapkan komite"))
        self.meeting_hint = QLabel(objectName="meetingHint")
        self.meeting_hint.setProperty("role", "hint")
        self.meeting_hint.setWordWrap(True)
        tab = QWidget(objectName="successorsTab")
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.successors_table, 1)
        actions = hbox(self.confirm_button, self.withdraw_button)
        actions.addWidget(self.meeting_hint, 1)
        layout.addLayout(actions)
        self.successors_table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.confirm_button.clicked.connect(self.confirm)
        self.withdraw_button.clicked.connect(self.withdraw)
        return tab

    def _candidates_tab(self) -> QWidget:
        self.candidate_model = CandidateModel(self)
        self.candidate_proxy = CandidateFilter(self)
        self.candidate_proxy.setSourceModel(self.candidate_model)
        self.candidates_table = read_only_table(self.candidate_proxy, "candidatesTable")
        self.candidates_table.setSortingEnabled(True)
        self.candidates_table.sortByColumn(CandidateModel.RANK_COLUMN, Qt.SortOrder.AscendingOrder)
        self.candidates_table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rules = {CandidateModel.FIRST_RULE_COLUMN + i: 64 for i in range(4)}
        set_widths(
            self.candidates_table,
            {0: 64, 1: 42, 2: 210, 3: 100, 4: 50, 5: 52, 6: 64, **rules},
            CandidateModel.NOTE_COLUMN,
        )
        self.eligible_only = QCheckBox(self.tr("Hanya yang memenuhi &syarat"), objectName="eligibleOnly")
        self.eligible_only.setChecked(True)
        self.search = QLineEdit(objectName="candidateSearch")
        self.search.setPlaceholderText(self.tr("Cari nama atau NIP…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(240)
        self.compare_button = QPushButton(self.tr("Bandingkan…"), objectName="compare")
        self.compare_button.setToolTip(
            self.tr("Kartu talenta calon yang dicentang, berdampingan (2–{0} calon)").format(MAX_COMPARE)
        )
        self.propose_button = QPushButton(self.tr("Usulkan sebagai suksesor…"), objectName="propose")
        self.propose_button.setProperty("role", "primary")
        tab = QWidget(objectName="candidatesTab")
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(
            hbox(
                self.eligible_only,
                self.search,
                1,
                self.compare_button,
                self.propose_button,
            )
        )
        layout.addWidget(self.candidates_table, 1)
        self.eligible_only.toggled.connect(self._filter_changed)
        self.search.textChanged.connect(lambda t: (self.candidate_proxy.set_query(t), self._tab_titles()))
        self.candidate_model.checked_changed.connect(self._checked_changed)
        self.candidate_model.limit_reached.connect(self._compare_limit)
        self.candidates_table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.candidates_table.doubleClicked.connect(self._candidate_double_clicked)
        self.compare_button.clicked.connect(lambda: self.open_compare_dialog())
        self.propose_button.clicked.connect(self.open_propose_dialog)
        return tab

    # -- loading ----------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read periods, rules, the meeting being held and the posts again, keeping what was chosen."""
        keep_period = self.period_combo.currentData() or self.period
        self.periods = self.workspace.read(list_periods)
        self.settings = self.workspace.read(get_settings)
        self.active = self.workspace.read(active_meeting)
        self._selecting = True
        self.period_combo.clear()
        for period in self.periods:
            self.period_combo.addItem(period.label, period.label)
        if keep_period is None and self.active is not None:
            keep_period = self.active.period_label  # the committee is discussing that period
        index = self.period_combo.findData(keep_period) if keep_period else -1
        self.period_combo.setCurrentIndex(max(index, 0) if self.periods else -1)
        self._selecting = False
        self.period = self.period_combo.currentData()
        self.body.setCurrentIndex(1 if self.periods else 0)
        self.settings_button.setEnabled(True)
        self._load_posts(self.post.id if self.post else None)

    def refresh(self) -> None:
        """After data changed behind the page (an import, a new mapping, the committee): read all again."""
        self._candidates.clear()
        self._talent.clear()
        self._forget_candidates()
        self._people = None
        self._units = None
        self.reload()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.posts_table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_post_columns(event.size().width())
        return super().eventFilter(watched, event)

    def _fit_post_columns(self, width: int) -> None:
        """Narrow the widest columns, then hide the least needed ones, rather than scroll sideways."""
        shown = dict(POST_WIDTHS)

        def deficit() -> int:
            return sum(shown.values()) + MIN_JABATAN_WIDTH - width

        def shrink(floor: dict[int, int]) -> None:
            for column, narrowest in floor.items():
                shown[column] -= max(0, min(deficit(), shown[column] - narrowest))

        shrink(SHRINKABLE_POST_COLUMNS)
        for column in OPTIONAL_POST_COLUMNS:
            if deficit() <= 0:
                break
            shown.pop(column)
        shrink(NARROWEST_POST_COLUMNS)
        for column in POST_WIDTHS:
            self.posts_table.setColumnHidden(column, column not in shown)
            if column in shown:
                self.posts_table.setColumnWidth(column, shown[column])

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # The Komite page may have opened or closed a meeting meanwhile (one small query).
        active = self.workspace.read(active_meeting)
        if active != self.active:
            self.active = active
            self._update_buttons()

    def _period_chosen(self) -> None:
        if self._selecting:
            return
        label = self.period_combo.currentData()
        if label and label != self.period:
            self.period = label
            self._status("")
            self._load_posts(self.post.id if self.post else None)

    def _load_posts(self, keep: int | None, after: Callable[[], None] | None = None) -> None:
        """Read the period's posts and bench strength off the UI thread, then show them keeping the
        post ``keep``; ``after``: what to do once they are shown."""
        if self.period is None:
            self._posts_loader.drop()
            self.posts, self.summary = [], None
            self.post_model.set_rows(())
            self._show_summary()
            self._post_chosen(force=True)
            if after is not None:
                after()
            return
        period, settings, workspace = self.period, self.settings, self.workspace

        def work():
            posts = workspace.read(list_posts, period, settings=settings)
            return posts, workspace.read(bench_summary, period, posts=posts)

        self._posts_loader.load(
            work,
            lambda result: self._posts_read(period, keep, result, after),
            lambda error: self._posts_read(period, keep, error, after),
        )

    def _posts_read(self, period: str, keep: int | None, result, after) -> None:
        if period != self.period:
            return  # another period was chosen meanwhile
        if isinstance(result, BaseException):
            self.posts, self.summary = [], None
            if isinstance(result, REFUSALS):
                self.show_error(self.tr("Rencana suksesi tidak dapat dibaca"), user_text(result))
            else:
                log.error("posts of period %s", period, exc_info=result)
                self.show_error(self.tr("Rencana suksesi tidak dapat dibaca"), str(result))
        else:
            self.posts, self.summary = result
        self._show_posts(keep)
        if after is not None:
            after()

    def _show_posts(self, keep: int | None) -> None:
        self._selecting = True
        self.post_model.set_posts(
            self.posts,
            date.today(),
            self.settings.vacancy_warning_months,
            lambda post, today: user_text(vacancy_message(post, today)),
        )
        index = self._post_index(keep)
        if not index.isValid() and self.posts:
            index = self.post_proxy.index(0, 0)
        if index.isValid():
            self.posts_table.setCurrentIndex(index)
        self._selecting = False
        self._show_summary()
        self._post_chosen(force=True)

    def _show_summary(self) -> None:
        summary = self.summary
        if summary is None or summary.posts == 0:
            self.bench_label.setText(
                self.tr(
                    'Belum ada jabatan target. Tambahkan jabatan dengan "Jabatan baru…", lalu usulkan '
                    "suksesornya dari calon yang memenuhi syarat."
                )
                if self.period
                else ""
            )
            self.urgent_banner.hide()
            return
        ratio = number_text(summary.ratio, 1)
        self.bench_label.setText(
            self.tr(
                "<b>{0}</b> jabatan target · <b>{1}</b> talenta KRS (rasio <b>{2}</b> per jabatan) · "
                "<b>{3}</b> dari {0} punya suksesor siap sekarang"
            ).format(summary.posts, summary.talents, ratio, summary.with_ready)
        )
        urgent = [r for r in self.post_model.rows if r.urgent]
        if not urgent:
            self.urgent_banner.hide()
            return
        urgent.sort(key=lambda r: r.post.vacancy_on or date.min)
        names = "; ".join(
            f'<a href="post:{r.id}" style="color:{palette.ERROR_STRONG}">{html.escape(r.post.jabatan_nama)}</a>'
            f" — {html.escape(r.vacancy)}"
            for r in urgent
        )
        self.urgent_label.setText(
            self.tr("⚠ Lowong dalam {0} bulan tanpa suksesor siap sekarang: {1}").format(
                self.settings.vacancy_warning_months, names
            )
        )
        self.urgent_banner.show()

    def _post_index(self, post_id: int | None) -> QModelIndex:
        """The post's row in the table as sorted (invalid when not listed)."""
        row = self.post_model.row_of(post_id)
        return self.post_proxy.mapFromSource(self.post_model.index(row, 0)) if row >= 0 else QModelIndex()

    def select_post(self, post_id: int) -> None:
        index = self._post_index(post_id)
        if index.isValid():
            self.posts_table.setCurrentIndex(index)
            self.posts_table.scrollTo(index)

    def _post_chosen(self, force: bool = False) -> None:
        if self._selecting:
            return
        index = self.posts_table.currentIndex()
        post_id = index.data(IdRole) if index.isValid() else None
        if not force and self.post is not None and self.post.id == post_id:
            return
        changed_post = self.post is None or self.post.id != post_id
        self.post = next((p for p in self.posts if p.id == post_id), None)
        if changed_post:
            self.candidate_model.clear_checks()
        self._show_post()

    def _show_post(self) -> None:
        post = self.post
        self.edit_post_button.setEnabled(post is not None)
        self.deactivate_button.setEnabled(post is not None)
        if post is None:
            if not self.period:
                self.no_post.setText(self.tr("Pilih periode."))
            elif self.may_manage:
                self.no_post.setText(self.tr('Belum ada jabatan target. Tambahkan dengan "Jabatan baru…".'))
            else:
                self.no_post.setText(
                    self.tr("Belum ada jabatan target.")
                    + "\n"
                    + denial(self.workspace, Permission.SUCCESSION_MANAGE)
                )
            self.post_stack.setCurrentIndex(0)
            self.successor_model.set_rows(())
            self.candidate_model.set_rows(())
            self._shown_candidates = None
            self._update_buttons()
            return
        self.post_stack.setCurrentIndex(1)
        self.post_title.setText(post.jabatan_nama)
        self.post_title.setToolTip(text(KIND_LONG_TEXT, post.kind))
        incumbent = (
            self.tr("Pemangku {0} ({1})").format(post.incumbent, nip_text(post.incumbent_nip))
            if post.incumbent
            else self.tr("Tanpa pemangku")
        )
        requirement = (
            self.tr("golongan paling rendah {0}").format(post.min_golongan)
            if post.min_golongan
            else self.tr("tanpa syarat golongan")
        )
        self.post_facts.setText(
            self.tr("{0} · {1} · jenjang {2}, {3}, BUP {4} tahun").format(
                text(KIND_LONG_TEXT, post.kind), incumbent, post.jenjang_jabatan, requirement, post.bup
            )
        )
        keep = self._current_successor_id()
        self.successor_model.set_rows(post.successors)
        row = self.successor_model.row_of(keep)
        if row >= 0:
            self.successors_table.setCurrentIndex(self.successor_model.index(row, 0))
        self._show_candidates()
        elsewhere = {
            s.person_id: other.jabatan_nama
            for other in self.posts
            if other.id != post.id
            for s in other.successors
        }
        self.candidate_model.set_successors({s.person_id: s.status for s in post.successors}, elsewhere)
        self._update_buttons()

    def _show_candidates(self) -> None:
        """The post's candidates, computed once per period and post (the cache outlives a selection)."""
        if self.post is None or self.period is None:
            return
        key = (self.period, self.post.id)
        if key == self._shown_candidates:
            return
        rows = self._candidates.get(key)
        if rows is not None:
            self._loading_candidates = None
            self._candidate_loader.drop()
            self._put_candidates(key, rows)
            return
        if key == self._loading_candidates:
            return
        # Computed in the background; the list says "memuat…" rather than show another post's people.
        self._loading_candidates = key
        self._shown_candidates = None
        self.candidate_model.set_rows(())
        workspace, settings, show_hukdis = self.workspace, self.settings, self.show_hukdis
        period, post_id = key
        talent = self._talent.get(period)

        def work():
            tm = talent if talent is not None else workspace.read(talent_map, period)
            frame = workspace.read(candidates, period, post_id, settings=settings, talent=tm)
            return tm, candidate_rows(frame, show_hukdis=show_hukdis)

        self._candidate_loader.load(
            work,
            lambda result: self._candidates_computed(key, *result),
            lambda error: self._candidates_failed(key, error),
        )
        self._tab_titles()

    def _candidates_computed(self, key: tuple[str, int], talent: TalentMap, rows) -> None:
        self._loading_candidates = None
        self._talent = {key[0]: talent}  # one period's map is kept: the one whose posts are browsed
        self.candidate_runs += 1
        self._candidates[key] = rows
        while len(self._candidates) > CANDIDATE_CACHE:
            self._candidates.pop(next(iter(self._candidates)))
        if self.post is not None and (self.period, self.post.id) == key:
            self._put_candidates(key, rows)
            self._update_buttons()

    def _candidates_failed(self, key: tuple[str, int], error: BaseException) -> None:
        self._loading_candidates = None
        if isinstance(error, REFUSALS):
            self.show_error(self.tr("Calon suksesor tidak dapat dihitung"), user_text(error))
        else:  # a page never falls over on a read; the log keeps the detail
            log.error("candidates for post %s, period %s", key[1], key[0], exc_info=error)
            self.show_error(self.tr("Calon suksesor tidak dapat dihitung"), user_text(error))
        self._put_candidates(key, ())

    def _put_candidates(self, key: tuple[str, int], rows) -> None:
        self.candidate_model.set_rows(rows)
        self._shown_candidates = key
        self._tab_titles()

    @property
    def loading(self) -> bool:
        """Whether the posts or the selected post's candidates are being read."""
        return self._posts_loader.busy or self._candidate_loader.busy

    def _forget_candidates(self, post_id: int | None = None) -> None:
        """A post (or, without one, the rules) changed: its candidates are computed again when shown."""
        for key in [k for k in self._candidates if post_id is None or k[1] == post_id]:
            del self._candidates[key]
        if self._loading_candidates and (post_id is None or self._loading_candidates[1] == post_id):
            self._loading_candidates = None  # computed from what changed: computed again
            self._candidate_loader.drop()
        if self._shown_candidates and (post_id is None or self._shown_candidates[1] == post_id):
            self._shown_candidates = None

    def _tab_titles(self) -> None:
        post = self.post
        self.tabs.setTabText(0, self.tr("Suksesor ({0})").format(len(post.successors) if post else 0))
        if self._loading_candidates is not None:
            self.tabs.setTabText(1, self.tr("Calon dari KRS (memuat…)"))
            return
        eligible = sum(r.eligible for r in self.candidate_model.rows)
        self.tabs.setTabText(
            1,
            self.tr("Calon dari KRS ({0} memenuhi syarat dari {1})").format(
                eligible, len(self.candidate_model.rows)
            ),
        )

    def _open_readiness_editors(self) -> None:
        if not self.successor_model.editable:
            return
        for row in range(self.successor_model.rowCount()):
            self.successors_table.openPersistentEditor(
                self.successor_model.index(row, SuccessorModel.READINESS_COLUMN)
            )

    def readiness_combo(self, row: int) -> QComboBox:
        """The readiness combo of one successor row (for keyboard users' scripts and for tests)."""
        return self.successors_table.indexWidget(
            self.successor_model.index(row, SuccessorModel.READINESS_COLUMN)
        )

    def people(self) -> pd.DataFrame:
        """Everyone on the personnel list (a few columns), read once, for choosing an incumbent."""
        if self._people is None:
            self._people = self.workspace.read(personnel_frame, columns=PEOPLE_COLUMNS)
        return self._people

    def units(self) -> list[UnitNode]:
        if self._units is None:
            self._units = self.workspace.read(unit_tree)
        return self._units

    # -- selection --------------------------------------------------------------------------------------

    def _current_successor_id(self) -> int | None:
        index = self.successors_table.currentIndex()
        if not index.isValid() or not 0 <= index.row() < len(self.successor_model.rows):
            return None
        return self.successor_model.rows[index.row()].id

    def current_successor(self) -> SuccessorInfo | None:
        successor_id = self._current_successor_id()
        return next((s for s in self.successor_model.rows if s.id == successor_id), None)

    def select_successor(self, successor_id: int) -> None:
        row = self.successor_model.row_of(successor_id)
        if row >= 0:
            self.successors_table.setCurrentIndex(self.successor_model.index(row, 0))

    def current_candidate(self) -> CandidateRow | None:
        index = self.candidates_table.currentIndex()
        if not index.isValid():
            return None
        source = self.candidate_proxy.mapToSource(index)
        return self.candidate_model.rows[source.row()] if source.isValid() else None

    def select_candidate(self, person_id: int) -> bool:
        """Select a candidate (shown by the filters) in the candidates table; False when not listed."""
        row = self.candidate_model.row_of(person_id)
        if row < 0:
            return False
        index = self.candidate_proxy.mapFromSource(
            self.candidate_model.index(row, CandidateModel.NAME_COLUMN)
        )
        if not index.isValid():
            return False
        self.candidates_table.setCurrentIndex(index)
        self.candidates_table.scrollTo(index)
        return True

    def _filter_changed(self, on: bool) -> None:
        self.candidate_proxy.set_eligible_only(on)
        self._update_buttons()

    def _checked_changed(self) -> None:
        n = len(self.candidate_model.checked)
        self.compare_button.setText(self.tr("Bandingkan ({0})…").format(n) if n else self.tr("Bandingkan…"))
        if n < MAX_COMPARE and self.page_status.property("tone") == "error":
            self._status("")
        self._update_buttons()

    def _compare_limit(self) -> None:
        self._status(
            self.tr(
                "Paling banyak {0} calon dapat dibandingkan sekaligus; hapus salah satu centang dulu."
            ).format(MAX_COMPARE),
            "error",
        )

    def _update_buttons(self) -> None:
        successor = self.current_successor()
        active = self.active
        can_confirm = False
        if active is None:
            why = self.tr(
                "Penetapan suksesor adalah keputusan Komite Talenta: mulai rapat komite di halaman Komite "
                "terlebih dahulu."
            )
            hint = self.tr("Tidak ada rapat komite yang sedang berlangsung.")
        elif active.period_label != self.period:
            why = self.tr(
                "Rapat {0} yang sedang berlangsung membahas periode {1}; pilih periode itu."
            ).format(active.number, active.period_label)
            hint = why
        else:
            hint = self.tr("Rapat berlangsung: {0}.").format(active.number)
            if successor is None:
                why = self.tr("Pilih suksesor berstatus usulan.")
            elif successor.status != "usulan":
                why = self.tr("{0} sudah ditetapkan komite.").format(successor.nama)
            else:
                why = self.tr("Catat penetapan {0} sebagai keputusan rapat {1}.").format(
                    successor.nama, active.number
                )
                can_confirm = True
        self.confirm_button.setEnabled(can_confirm)
        self.confirm_button.setToolTip(why)
        self.meeting_hint.setText(hint)
        self.withdraw_button.setEnabled(successor is not None and successor.status == "usulan")

        candidate = self.current_candidate()
        already = (
            self.post is not None
            and candidate is not None
            and any(s.person_id == candidate.person_id for s in self.post.successors)
        )
        if candidate is None:
            tip = self.tr("Pilih calon yang memenuhi syarat.")
        elif already:
            tip = self.tr("{0} sudah menjadi suksesor jabatan ini.").format(candidate.nama)
        elif not candidate.eligible:
            tip = self.tr("{0} tidak memenuhi syarat: {1}").format(
                candidate.nama, " ".join(w for w in candidate.why if w)
            )
        else:
            tip = self.tr("Usulkan {0} sebagai suksesor dengan kategori kesiapan.").format(candidate.nama)
        self.propose_button.setEnabled(candidate is not None and candidate.eligible and not already)
        self.propose_button.setToolTip(tip)
        n = len(self.candidate_model.checked)
        self.compare_button.setEnabled(2 <= n <= MAX_COMPARE and self.period is not None)
        self._tab_titles()

    # -- posts ------------------------------------------------------------------------------------------

    def open_post_dialog(self, *, new: bool) -> PostDialog | None:
        if (not new and self.post is None) or not self.may_manage:
            return None
        dialog = PostDialog(
            self.workspace, self.people, self.units(), self.settings, None if new else self.post, self
        )

        def done(post_id: int) -> None:
            self._forget_candidates(post_id)
            self._load_posts(post_id)
            self._written(
                self.tr("Jabatan {0} ditambahkan.").format(dialog.name.text().strip())
                if new
                else self.tr("Jabatan {0} disimpan.").format(dialog.name.text().strip())
            )

        self._open(dialog, done)
        return dialog

    def deactivate_post(self) -> bool:
        post = self.post
        if post is None or not self.may_manage:
            return False
        if not ask(
            self,
            self.tr("Nonaktifkan jabatan?"),
            self.tr(
                "{0} dikeluarkan dari rencana suksesi dan tidak tampil lagi di daftar. Suksesor dan keputusan "
                "komite tentangnya tetap tersimpan.\n\nNonaktifkan sekarang?"
            ).format(post.jabatan_nama),
            self.tr("Nonaktifkan"),
            self.tr("Batal"),
        ):
            return False
        try:
            self.workspace.write(update_post, post.id, active=False)
        except REFUSALS as exc:
            self.show_error(self.tr("Jabatan tidak dapat dinonaktifkan"), user_text(exc))
            return False
        self._forget_candidates(post.id)
        self.post = None
        self._load_posts(None)
        self._written(self.tr("Jabatan {0} dinonaktifkan.").format(post.jabatan_nama))
        return True

    # -- successors -------------------------------------------------------------------------------------

    def change_readiness(self, successor_id: int, code: str) -> bool:
        if not self.may_manage:
            return False
        successor = next((s for s in self.successor_model.rows if s.id == successor_id), None)
        try:
            self.workspace.write(set_readiness, successor_id, code)
        except REFUSALS as exc:
            self.show_error(self.tr("Kesiapan tidak dapat diubah"), user_text(exc))
            self._load_posts(self.post.id if self.post else None)  # the combo shows what is stored
            return False
        self._reload_keeping(successor_id)
        label = self.settings.readiness_of(code)
        self._written(
            self.tr("Kesiapan {0}: {1}.").format(
                successor.nama if successor else "", label.label if label else code
            )
        )
        return True

    def confirm(self) -> int | None:
        """The committee confirms the selected proposal in the meeting being held."""
        successor = self.current_successor()
        post = self.post
        self.active = self.workspace.read(active_meeting)  # it may have ended on the Komite page
        self._update_buttons()
        if successor is None or post is None or not self.confirm_button.isEnabled():
            return None
        meeting = self.active
        if not ask(
            self,
            self.tr("Tetapkan suksesor?"),
            self.tr(
                "{0} ditetapkan sebagai suksesor {1} (kesiapan: {2}) dan dicatat sebagai keputusan rapat {3}.\n\n"
                "Tetapkan sekarang?"
            ).format(successor.nama, post.jabatan_nama, successor.readiness_label, meeting.number),
            self.tr("Tetapkan"),
            self.tr("Batal"),
        ):
            return None
        try:
            decision_id = self.workspace.write(confirm_successor, meeting.id, successor.id)
        except REFUSALS as exc:
            self.show_error(self.tr("Suksesor tidak dapat ditetapkan"), user_text(exc))
            self.active = self.workspace.read(active_meeting)
            self._update_buttons()
            return None
        self._reload_keeping(successor.id)
        self._written(
            self.tr("{0} ditetapkan sebagai suksesor {1} (keputusan #{2}, rapat {3}).").format(
                successor.nama, post.jabatan_nama, decision_id, meeting.number
            )
        )
        return decision_id

    def withdraw(self) -> bool:
        successor = self.current_successor()
        if successor is None or not self.may_manage:
            return False
        try:
            self.workspace.write(withdraw_successor, successor.id)
        except REFUSALS as exc:
            self.show_error(self.tr("Usulan tidak dapat ditarik"), user_text(exc))
            return False
        self._reload_keeping(None)
        self._written(self.tr("Usulan {0} ditarik.").format(successor.nama))
        return True

    def _reload_keeping(self, successor_id: int | None) -> None:
        after = None if successor_id is None else lambda: self.select_successor(successor_id)
        self._load_posts(self.post.id if self.post else None, after)

    # -- candidates -------------------------------------------------------------------------------------

    def _candidate_double_clicked(self, index: QModelIndex) -> None:
        if index.column() != CandidateModel.CHECK_COLUMN and self.propose_button.isEnabled():
            self.open_propose_dialog()

    def open_propose_dialog(self) -> ProposeDialog | None:
        candidate = self.current_candidate()
        post = self.post
        if candidate is None or post is None or self.period is None or not self.propose_button.isEnabled():
            return None
        dialog = ProposeDialog(self.workspace, self.period, post, candidate, self.settings.readiness, self)

        def done(successor_id: int) -> None:
            self._reload_keeping(successor_id)
            self.select_candidate(candidate.person_id)
            self._written(
                self.tr("{0} diusulkan sebagai suksesor {1} (kesiapan: {2}).").format(
                    candidate.nama, post.jabatan_nama, dialog.readiness.currentText()
                )
            )

        self._open(dialog, done)
        return dialog

    def open_compare_dialog(self, person_ids: list[int] | None = None) -> CompareDialog | None:
        """Talent cards of the ticked candidates (or of ``person_ids``) side by side; 2–4 of them."""
        ids = list(self.candidate_model.checked if person_ids is None else person_ids)
        if len(ids) > MAX_COMPARE:
            self.show_error(
                self.tr("Terlalu banyak calon"),
                self.tr("Paling banyak {0} calon dapat dibandingkan sekaligus; Anda memilih {1}.").format(
                    MAX_COMPARE, len(ids)
                ),
            )
            return None
        if len(ids) < 2 or self.period is None:
            self.show_error(
                self.tr("Pilih calon"),
                self.tr('Centang 2 sampai {0} calon di kolom "Bandingkan", lalu tekan "Bandingkan…".').format(
                    MAX_COMPARE
                ),
            )
            return None
        try:
            cards = self.workspace.read(talent_cards, self.period, ids)
        except REFUSALS as exc:
            self.show_error(self.tr("Calon tidak dapat dibandingkan"), user_text(exc))
            return None
        dialog = CompareDialog(
            cards,
            show_hukdis=self.show_hukdis,
            post_name=self.post.jabatan_nama if self.post else None,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- rules ------------------------------------------------------------------------------------------

    def open_settings_dialog(self) -> SettingsDialog | None:
        if not self.may_edit_rules:
            return None
        dialog = SettingsDialog(self.workspace, self.settings, self)

        def done(settings: SuccessionSettings) -> None:
            self.settings = settings
            self._forget_candidates()
            self._load_posts(self.post.id if self.post else None)
            self._written(self.tr("Aturan suksesi disimpan; calon dihitung ulang dengan aturan baru."))

        self._open(dialog, done)
        return dialog

    # -- messages ---------------------------------------------------------------------------------------

    def _open(self, dialog, done) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: done(dialog.result_value))
        dialog.open()

    def _written(self, message: str) -> None:
        self._status(message, "ok")
        self.changed.emit()

    def _status(self, message: str, tone: str | None = None) -> None:
        say(self.page_status, message, tone)
        self.page_status.setVisible(bool(message))

    def show_error(self, title: str, message: str) -> QMessageBox:
        """A refusal, window-modal but not blocking: the page keeps running behind it."""
        self.last_error = message
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("successionMessage")
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("Tutup"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box
