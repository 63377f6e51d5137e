"""Pengaturan: the scoring schemes (weights, cut-offs, eligibility, guideline) and the talent periods.

Schemes are versioned data (DOMAIN §4): the editor never changes a stored version, it saves the next one,
so every placement keeps pointing at the numbers that produced it. While the user edits, a background
task recomputes the period's placements with the edited numbers and shows, box by box, the difference
from the unedited version — the effect of a change is visible before anything is saved.
"""

from __future__ import annotations

import atexit
import logging
import weakref
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from talenta_desktop.services.overview import person_count
from talenta_desktop.services.permissions import Permission, PermissionDenied
from talenta_desktop.services.talent.mapping import preview_placements
from talenta_desktop.services.talent.periods import PeriodError, PeriodInfo, list_periods, set_period_status
from talenta_desktop.services.talent.schemes import (
    SchemeError,
    SchemeInfo,
    ensure_presets,
    list_schemes,
    save_new_version,
    set_default,
    validate_params,
)
from talenta_desktop.services.workspace import Workspace
from talenta_desktop.ui import palette
from talenta_desktop.ui.formatting import date_text, datetime_text
from talenta_desktop.ui.lazy_tab import LazyTab
from talenta_desktop.ui.messages import user_text
from talenta_desktop.ui.period_dialog import PeriodDialog
from talenta_desktop.ui.permissions import denial, guard
from talenta_desktop.ui.restyle import restyle
from talenta_desktop.ui.scheme_editor import (
    PlacementCounts,
    PreviewGrid,
    SchemeEditor,
    count_placements,
)
from talenta_desktop.ui.settings.appearance_section import AppearanceSection
from talenta_desktop.ui.settings.audit_section import AuditSection
from talenta_desktop.ui.settings.privacy_section import PrivacySection
from talenta_desktop.ui.settings.users_section import UsersSection
from talenta_desktop.ui.shortcuts import bind
from talenta_desktop.ui.theme import style_sheet
from talenta_desktop.ui.workers import Task

log = logging.getLogger(__name__)

PREVIEW_DELAY_MS = 300
# Previews still computing. A process that ends without running the event loop's quit (the
# --screenshots mode) must not let Python destroy a QThread that is still running: wait for them.
_PREVIEWS: weakref.WeakSet[Task] = weakref.WeakSet()


def _finish_previews(timeout_ms: int = 30_000) -> None:
    for task in list(_PREVIEWS):
        if task.running:
            task.cancel()
            task.wait(timeout_ms)


atexit.register(_finish_previews)  # edits closer together than this make one preview

# The page styles its own controls: palette @tokens, filled in when the page is built (theme.style_sheet).
STYLE = """
QTabWidget#settingsTabs QTabBar::tab { padding: 7px 14px; font-size: 10.5pt; }
QWidget#schemeSection, QWidget#periodSection, QWidget#editorBody { background: @background; }
QScrollArea#editorScroll, QScrollArea#previewScroll { background: @background; border: none; }
QGroupBox {
    background: @surface; border: @line solid @border; border-radius: 6px;
    margin-top: 14px; padding-top: 6px; font-weight: 600;
}
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; color: @text; }
QGroupBox QLabel, QGroupBox QCheckBox, QGroupBox QPushButton, QGroupBox QComboBox,
QGroupBox QAbstractSpinBox, QGroupBox QTableView { font-weight: normal; }
QFrame#previewPanel, QFrame#sourceBox {
    background: @surface; border: @line solid @border; border-radius: 6px;
}
QFrame#readOnlyBanner { background: @caution_bg; border: @line solid @caution_border; border-radius: 5px; }
QLabel#schemeSource { font-weight: 600; color: @text; }
QLabel#schemeDescription, QLabel#versionInfo { color: @text_muted; }
QLabel#defaultBadge {
    background: @ok_bg; color: @ok_text; border: @line solid @ok_border; border-radius: 4px; padding: 2px 8px;
}
QLabel[role="panelTitle"] { font-size: 11pt; font-weight: 600; color: @text; }
QLabel[role="total"] { font-weight: 600; }
QLabel[role="boxNumber"] { font-size: 8.5pt; font-weight: 600; color: @text_muted; }
QFrame#guideCell[box="1"] { background: @box_tint_1; border-radius: 4px; }
QFrame#guideCell[box="2"] { background: @box_tint_2; border-radius: 4px; }
QFrame#guideCell[box="3"] { background: @box_tint_3; border-radius: 4px; }
QFrame#guideCell[box="4"] { background: @box_tint_4; border-radius: 4px; }
QFrame#guideCell[box="5"] { background: @box_tint_5; border-radius: 4px; }
QFrame#guideCell[box="6"] { background: @box_tint_6; border-radius: 4px; }
QFrame#guideCell[box="7"] { background: @box_tint_7; border-radius: 4px; }
QFrame#guideCell[box="8"] { background: @box_tint_8; border-radius: 4px; }
QFrame#guideCell[box="9"] { background: @box_tint_9; border-radius: 4px; }
QLabel[role="axisLabel"] { font-size: 8.5pt; color: @text_muted; }
QLabel#problems, QLabel#saveStatus, QLabel#periodStatus {
    border: @line solid transparent; border-radius: 5px; padding: 5px 8px;
}
QLabel#problems[tone="error"], QLabel#saveStatus[tone="error"], QLabel#periodStatus[tone="error"] {
    background: @error_bg; border-color: @error_border;
}
QLabel#problems[tone="ok"], QLabel#saveStatus[tone="ok"], QLabel#periodStatus[tone="ok"] {
    background: @ok_bg; border-color: @ok_border;
}
QLineEdit[invalid="true"], QAbstractSpinBox[invalid="true"] { background: @error_row; color: @error_text; }
QTableView#periodTable { border: @line solid @border; }
QTableView#periodTable::item { padding: 0 6px; }
"""


def _say(label: QLabel, text: str, tone: str | None = None) -> None:
    label.setText(text)
    restyle(label, "tone", tone)
    label.setVisible(bool(text))


def _when(moment: datetime | None) -> str:
    """A stored UTC time as the user's local date and time: "23 November 2026 11.17"."""
    return "" if moment is None else datetime_text(moment)


class _Superseded(Exception):
    """A preview whose numbers were edited again while it ran: its result is of no use."""


class _NoPeople(Exception):
    """Nothing to preview: no personnel imported yet."""


# -- Skema penilaian -------------------------------------------------------------------------------------


class SaveVersionDialog(QDialog):
    """Confirms what a save does (a new version, old placements untouched) and lets the user bring the
    scheme's description up to date, since preset descriptions quote the numbers."""

    def __init__(
        self,
        scheme: SchemeInfo,
        next_version: int,
        changes: list[str],
        description: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SaveVersionDialog")
        self.setWindowTitle(self.tr("Simpan versi baru"))
        heading = QLabel(
            self.tr("Simpan <b>{0}</b> sebagai <b>versi {1}</b>?").format(scheme.name, next_version)
        )
        heading.setWordWrap(True)
        summary = QLabel(objectName="changes")
        summary.setWordWrap(True)
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setText(
            self.tr("Perubahan:") + "\n" + "\n".join(f"• {line}" for line in changes)
            if changes
            else self.tr("Tidak ada angka yang berubah.")
        )
        note = QLabel(
            self.tr(
                "Versi {0} tetap tersimpan dan penempatan yang sudah dihitung dengannya tidak berubah. "
                "Versi {1} dipakai saat sebuah periode dipetakan ulang di halaman Peta Talenta."
            ).format(scheme.version, next_version)
        )
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        description_label = QLabel(self.tr("&Uraian skema (perbarui bila angka yang disebut berubah):"))
        self.description = QPlainTextEdit(description, objectName="description")
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(110)
        description_label.setBuddy(self.description)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("ok")
        ok.setText(self.tr("Simpan versi {0}").format(next_version))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(summary)
        layout.addWidget(note)
        layout.addWidget(description_label)
        layout.addWidget(self.description, 1)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def description_text(self) -> str:
        return self.description.toPlainText().strip()


class SchemeSection(QWidget):
    """Choose a scheme and a version, edit the latest version, preview its effect, save or make default."""

    changed = Signal()
    preview_updated = Signal(object)  # PlacementCounts shown for the edited numbers

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schemeSection")
        self.workspace = workspace
        self.schemes: list[SchemeInfo] = []
        self.current: SchemeInfo | None = None  # the version shown (editable when it is the latest)
        self.periods: list[PeriodInfo] = []
        self.preview_counts: PlacementCounts | None = None
        self.preview_params: dict[str, Any] | None = None
        self._baselines: dict[tuple[int, str], PlacementCounts] = {}
        self._preview_task: Task | None = None  # the preview whose result is wanted
        self._draining: Task | None = None  # a superseded preview still running; its result is dropped
        self._preview_again = False  # start a preview as soon as the draining one has ended

        # -- chooser ----------------------------------------------------------------------------------
        self.scheme_combo = QComboBox(objectName="schemeCombo")
        self.scheme_combo.setMinimumWidth(260)
        self.scheme_combo.setAccessibleName(self.tr("Skema penilaian"))
        self.version_combo = QComboBox(objectName="versionCombo")
        self.version_combo.setMinimumWidth(190)
        self.version_combo.setAccessibleName(self.tr("Versi skema"))
        scheme_label = QLabel(self.tr("&Skema:"))
        scheme_label.setBuddy(self.scheme_combo)
        version_label = QLabel(self.tr("&Versi:"))
        version_label.setBuddy(self.version_combo)
        self.default_badge = QLabel(self.tr("Skema bawaan"), objectName="defaultBadge")
        self.default_badge.setToolTip(self.tr("Dipakai saat periode dipetakan tanpa memilih skema"))
        self.default_button = QPushButton(self.tr("&Jadikan bawaan"), objectName="setDefault")
        self.default_button.setToolTip(
            self.tr("Jadikan skema ini yang dipakai saat periode dipetakan tanpa memilih skema")
        )
        chooser = QHBoxLayout()
        chooser.setSpacing(8)
        chooser.addWidget(scheme_label)
        chooser.addWidget(self.scheme_combo)
        chooser.addSpacing(6)
        chooser.addWidget(version_label)
        chooser.addWidget(self.version_combo)
        chooser.addSpacing(6)
        chooser.addWidget(self.default_badge)
        chooser.addWidget(self.default_button)
        chooser.addStretch(1)

        # -- where the numbers come from ---------------------------------------------------------------
        self.source_box = QFrame(objectName="sourceBox")
        self.source_label = QLabel(objectName="schemeSource")
        self.source_label.setWordWrap(True)
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description_label = QLabel(objectName="schemeDescription")
        self.description_label.setWordWrap(True)
        self.description_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.version_info = QLabel(objectName="versionInfo")
        self.version_info.setWordWrap(True)
        source_layout = QVBoxLayout(self.source_box)
        source_layout.setContentsMargins(12, 8, 12, 8)
        source_layout.setSpacing(3)
        source_layout.addWidget(self.source_label)
        source_layout.addWidget(self.description_label)
        source_layout.addWidget(self.version_info)

        self.read_only_banner = QFrame(objectName="readOnlyBanner")
        self.read_only_text = QLabel(objectName="readOnlyText")
        self.read_only_text.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Pakai angka versi ini"), objectName="restoreVersion")
        self.restore_button.setToolTip(
            self.tr("Muat angka versi ini ke versi terbaru untuk disunting dan disimpan sebagai versi baru")
        )
        banner_layout = QHBoxLayout(self.read_only_banner)
        banner_layout.setContentsMargins(10, 6, 10, 6)
        banner_layout.addWidget(self.read_only_text, 1)
        banner_layout.addWidget(self.restore_button)
        self.read_only_banner.hide()

        # -- editor (scrolls) --------------------------------------------------------------------------
        self.editor = SchemeEditor()
        editor_body = QWidget(objectName="editorBody")
        body_layout = QVBoxLayout(editor_body)
        body_layout.setContentsMargins(0, 0, 8, 8)
        body_layout.setSpacing(4)
        body_layout.addWidget(self.source_box)
        body_layout.addWidget(self.editor)
        self.editor_scroll = QScrollArea(objectName="editorScroll", widgetResizable=True)
        self.editor_scroll.setFrameShape(QFrame.Shape.NoFrame)
        # on a 1024-pixel screen the editor is wider than its column: it scrolls rather than being cut
        self.editor_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.editor_scroll.setWidget(editor_body)
        self.editor_scroll.setFocusPolicy(
            Qt.FocusPolicy.NoFocus
        )  # Tab goes to the fields, which it scrolls to

        # -- preview and saving ------------------------------------------------------------------------
        self.preview_panel = QFrame(objectName="previewPanel")
        preview_title = QLabel(self.tr("Pratinjau"))
        preview_title.setProperty("role", "panelTitle")
        self.period_combo = QComboBox(objectName="previewPeriod")
        self.period_combo.setAccessibleName(self.tr("Periode pratinjau"))
        period_label = QLabel(self.tr("P&eriode:"))
        period_label.setBuddy(self.period_combo)
        self.busy = QProgressBar(objectName="previewBusy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setFixedHeight(4)
        self.busy.setStyleSheet(
            style_sheet(
                "QProgressBar { border: none; background: @track; min-height: 4px; max-height: 4px; }"
                "QProgressBar::chunk { background: @accent; }"
            )
        )
        self.busy_space = QWidget()
        self.busy_space.setFixedHeight(4)
        self.preview_status = QLabel(objectName="previewStatus")
        self.preview_status.setWordWrap(True)
        self.preview_status.setProperty("role", "hint")
        self.grid = PreviewGrid()
        self.stored_label = QLabel(objectName="storedMapping")
        self.stored_label.setWordWrap(True)
        self.stored_label.setProperty("role", "hint")

        self.problems_label = QLabel(objectName="problems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)
        self.save_button = QPushButton(self.tr("Simpan sebagai versi &baru…"), objectName="saveVersion")
        self.save_button.setProperty("role", "primary")
        self.revert_button = QPushButton(self.tr("Batalkan &perubahan"), objectName="revertChanges")
        self.save_status = QLabel(objectName="saveStatus")
        self.save_status.setWordWrap(True)
        self.save_status.hide()
        version_note = QLabel(
            self.tr(
                "Menyimpan membuat versi baru; versi lama tetap ada. Penempatan yang sudah dihitung tetap "
                "memakai versi yang menghasilkannya. Petakan ulang periode di halaman Peta Talenta untuk "
                "memakai versi baru."
            ),
            objectName="versionNote",
        )
        version_note.setWordWrap(True)
        version_note.setProperty("role", "hint")

        period_row = QHBoxLayout()
        period_row.addWidget(preview_title)
        period_row.addStretch(1)
        period_row.addWidget(period_label)
        period_row.addWidget(self.period_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)

        preview_layout = QVBoxLayout(self.preview_panel)
        preview_layout.setContentsMargins(12, 10, 12, 12)
        preview_layout.setSpacing(6)
        preview_layout.addLayout(period_row)
        preview_layout.addWidget(self.busy)
        preview_layout.addWidget(self.busy_space)
        preview_layout.addWidget(self.preview_status)
        preview_layout.addWidget(self.grid)
        preview_layout.addWidget(self.stored_label)
        side_body = QWidget(objectName="editorBody")
        side = QVBoxLayout(side_body)
        side.setContentsMargins(0, 0, 4, 4)
        side.setSpacing(8)
        side.addWidget(self.preview_panel)
        side.addWidget(self.problems_label)
        side.addLayout(buttons)
        side.addWidget(self.save_status)
        side.addWidget(version_note)
        side.addStretch(1)
        self.side_scroll = QScrollArea(objectName="previewScroll", widgetResizable=True)
        self.side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_scroll.setWidget(side_body)
        self.side_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.side_scroll.setFixedWidth(410)

        columns = QHBoxLayout()
        columns.setSpacing(12)
        columns.addWidget(self.editor_scroll, 1)
        columns.addWidget(self.side_scroll)

        # -- empty database ----------------------------------------------------------------------------
        self.empty = QFrame(objectName="noSchemes")
        empty_text = QLabel(
            self.tr(
                "Belum ada skema penilaian di database ini. Pasang keempat skema bawaan (BKN Kepka 411/2025, "
                "Predikat SKP langsung, JPM pemetaan, Tanjungpinang 2022), lalu sesuaikan dengan peraturan "
                "daerah Anda."
            )
        )
        empty_text.setWordWrap(True)
        self.install_button = QPushButton(self.tr("Pasang skema &bawaan"), objectName="installPresets")
        self.install_button.setProperty("role", "primary")
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addWidget(empty_text)
        empty_layout.addWidget(self.install_button, 0, Qt.AlignmentFlag.AlignLeft)
        empty_layout.addStretch(1)

        self.content = QWidget()
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(8)
        content_layout.addLayout(chooser)
        content_layout.addWidget(self.read_only_banner)
        content_layout.addLayout(columns, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.content, 1)

        self.setTabOrder(self.scheme_combo, self.version_combo)
        self.setTabOrder(self.version_combo, self.default_button)
        self.setTabOrder(self.default_button, self.restore_button)

        # -- behaviour ---------------------------------------------------------------------------------
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._start_preview)
        self.scheme_combo.currentIndexChanged.connect(self._scheme_chosen)
        self.version_combo.currentIndexChanged.connect(self._version_chosen)
        self.period_combo.currentIndexChanged.connect(self._period_chosen)
        self.editor.changed.connect(self._edited)
        self.default_button.clicked.connect(self.make_default)
        self.restore_button.clicked.connect(self.restore_version)
        self.save_button.clicked.connect(self.save_dialog)
        self.revert_button.clicked.connect(self.revert)
        self.install_button.clicked.connect(self.install_presets)
        bind(self, "settings.save-scheme", self.save_dialog)

        # A role that may not change schemes reads them (and their preview) like an older version.
        self.may_edit = guard(
            workspace,
            Permission.SETTINGS_MANAGE,
            self.default_button,
            self.restore_button,
            self.save_button,
            self.revert_button,
            self.install_button,
        )
        self.restore_button.setVisible(self.may_edit)
        version_note.setVisible(self.may_edit)  # about saving: nothing to save here

        self.reload_periods()
        self.reload()

    # -- loading -------------------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        """Read the schemes again; show `select_id`, else the version shown before, else the default."""
        keep = select_id if select_id is not None else (self.current.id if self.current else None)
        self.schemes = self.workspace.read(list_schemes)
        self.empty.setVisible(not self.schemes)
        self.content.setVisible(bool(self.schemes))
        if not self.schemes:
            self.current = None
            return
        chosen = next((s for s in self.schemes if s.id == keep), None)
        if chosen is None:
            chosen = next((s for s in self.schemes if s.is_default and s.is_latest), None)
        if chosen is None:
            chosen = next(s for s in self.schemes if s.is_latest)
        self.scheme_combo.blockSignals(True)
        self.scheme_combo.clear()
        for info in self.latest_versions():
            text = info.name + (self.tr(" — bawaan") if info.is_default else "")
            self.scheme_combo.addItem(text, info.name)
        self.scheme_combo.setCurrentIndex(self.scheme_combo.findData(chosen.name))
        self.scheme_combo.blockSignals(False)
        self._fill_versions(chosen.name, chosen.id)
        self.show_scheme(chosen)

    def reload_periods(self) -> None:
        keep = self.period_combo.currentData()
        self.periods = self.workspace.read(list_periods)
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for period in self.periods:
            status = self.tr("terbuka") if period.is_open else self.tr("ditutup")
            self.period_combo.addItem(f"{period.label} ({status})", period.label)
        index = self.period_combo.findData(keep) if keep is not None else -1
        self.period_combo.setCurrentIndex(index if index >= 0 else (0 if self.periods else -1))
        self.period_combo.setEnabled(bool(self.periods))
        self.period_combo.blockSignals(False)
        self._show_stored()

    def refresh(self) -> None:
        """After data changed elsewhere (an import, a mapping): new numbers, same edits."""
        self._baselines.clear()
        self.reload_periods()
        if self.current is None or self.editor.read_only or not self.editor.is_modified():
            self.reload()  # schemes may have changed too (a new version, another default)
        self.schedule_preview()

    def latest_versions(self) -> list[SchemeInfo]:
        return [s for s in self.schemes if s.is_latest]

    def versions_of(self, name: str) -> list[SchemeInfo]:
        return sorted((s for s in self.schemes if s.name == name), key=lambda s: -s.version)

    def latest_of(self, name: str) -> SchemeInfo:
        return self.versions_of(name)[0]

    def _fill_versions(self, name: str, selected_id: int) -> None:
        self.version_combo.blockSignals(True)
        self.version_combo.clear()
        for info in self.versions_of(name):
            text = (
                self.tr("Versi {0} (terbaru)").format(info.version)
                if info.is_latest
                else self.tr("Versi {0} (hanya baca)").format(info.version)
            )
            self.version_combo.addItem(text, info.id)
        self.version_combo.setCurrentIndex(max(self.version_combo.findData(selected_id), 0))
        self.version_combo.blockSignals(False)

    def show_scheme(self, info: SchemeInfo, params: dict[str, Any] | None = None) -> None:
        """Show one version: editable when it is the latest, read-only otherwise. `params` loads other
        numbers (an older version's) into the latest version, as unsaved edits."""
        self.current = info
        read_only = not info.is_latest or not self.may_edit
        self.editor.set_params(params if params is not None else info.params, read_only, info.params)
        self.source_label.setText(self.tr("Sumber angka: {0}").format(info.source))
        self.description_label.setText(info.description or "")
        self.description_label.setVisible(bool(info.description))
        self.version_info.setText(self._version_text(info))
        self.default_badge.setVisible(info.is_default)
        self.default_button.setVisible(not info.is_default)
        if not self.may_edit:
            self.read_only_text.setText(denial(self.workspace, Permission.SETTINGS_MANAGE))
        elif read_only:
            latest = self.latest_of(info.name)
            self.read_only_text.setText(
                self.tr(
                    "Versi {0} hanya dapat dilihat: penempatan yang dihitung dengannya tetap memakai "
                    "angka ini. Versi terbaru adalah versi {1}."
                ).format(info.version, latest.version)
            )
        self.read_only_banner.setVisible(read_only)
        self._update_validation()
        self._baseline_changed()

    def _version_text(self, info: SchemeInfo) -> str:
        count = len(self.versions_of(info.name))
        parts = [self.tr("Versi {0} dari {1}").format(info.version, count)]
        created_by = getattr(info, "created_by", None)
        created_at = getattr(info, "created_at", None)
        if created_by or created_at:
            parts.append(
                self.tr("dibuat oleh {0} pada {1}").format(created_by or "–", _when(created_at) or "–")
            )
        return " · ".join(parts)

    # -- choosing ------------------------------------------------------------------------------------

    def may_discard(self) -> bool:
        if self.current is None or self.editor.read_only or not self.editor.is_modified():
            return True
        return self.confirm(
            self.tr("Buang perubahan?"),
            self.tr("Perubahan pada {0} belum disimpan. Buang perubahan itu?").format(self.current.name),
        )

    def _scheme_chosen(self) -> None:
        name = self.scheme_combo.currentData()
        if name is None or (self.current is not None and name == self.current.name):
            return
        if not self.may_discard():
            self.scheme_combo.blockSignals(True)
            self.scheme_combo.setCurrentIndex(self.scheme_combo.findData(self.current.name))
            self.scheme_combo.blockSignals(False)
            return
        latest = self.latest_of(name)
        self._fill_versions(name, latest.id)
        self.save_status.hide()
        self.show_scheme(latest)

    def _version_chosen(self) -> None:
        scheme_id = self.version_combo.currentData()
        if scheme_id is None or (self.current is not None and scheme_id == self.current.id):
            return
        if not self.may_discard():
            self.version_combo.blockSignals(True)
            self.version_combo.setCurrentIndex(self.version_combo.findData(self.current.id))
            self.version_combo.blockSignals(False)
            return
        self.save_status.hide()
        self.show_scheme(next(s for s in self.schemes if s.id == scheme_id))

    def select_version(self, scheme_id: int) -> None:
        """Show a stored version, as choosing it in the two lists would."""
        info = next(s for s in self.schemes if s.id == scheme_id)
        self.scheme_combo.setCurrentIndex(self.scheme_combo.findData(info.name))
        self.version_combo.setCurrentIndex(self.version_combo.findData(scheme_id))

    def restore_version(self) -> None:
        """Load the numbers of the (older) version shown into the latest version, unsaved."""
        if self.current is None or self.current.is_latest:
            return
        old = self.current
        latest = self.latest_of(old.name)
        self._fill_versions(old.name, latest.id)
        self.show_scheme(latest, params=old.params)
        _say(
            self.save_status,
            self.tr("Angka versi {0} dimuat. Simpan untuk menjadikannya versi {1}.").format(
                old.version, latest.version + 1
            ),
            "ok",
        )

    def revert(self) -> None:
        if self.current is not None:
            self.save_status.hide()
            self.show_scheme(self.current)

    # -- editing and validation ----------------------------------------------------------------------

    def _edited(self) -> None:
        self._update_validation()
        self.schedule_preview()

    def problems(self) -> list[str]:
        return [user_text(p) for p in validate_params(self.editor.params())]

    def _update_validation(self) -> None:
        if self.current is None:
            return
        problems = self.problems()
        editable = self.current.is_latest and self.may_edit
        modified = editable and self.editor.is_modified()
        if problems:
            _say(
                self.problems_label,
                self.tr("Belum dapat disimpan:") + "\n" + "\n".join(f"• {p}" for p in problems),
                "error",
            )
        elif modified:
            _say(self.problems_label, self.tr("Angka sah dan siap disimpan sebagai versi baru."), "ok")
        else:
            _say(self.problems_label, "")
        self.save_button.setEnabled(editable and modified and not problems)
        if problems:
            tip = self.tr("Perbaiki kesalahan yang tercantum dulu")
        elif modified:
            tip = self.tr("Simpan angka ini sebagai versi baru (Ctrl+S)")
        else:
            tip = self.tr("Belum ada perubahan")
        self.save_button.setToolTip(tip)
        self.revert_button.setEnabled(modified)
        self.save_button.setVisible(editable)
        self.revert_button.setVisible(editable)

    # -- preview -------------------------------------------------------------------------------------

    def schedule_preview(self, delay_ms: int = PREVIEW_DELAY_MS) -> None:
        """Recompute the preview once the user pauses (edits within PREVIEW_DELAY_MS make one run).
        A preview still running for earlier values is superseded at once: its result is dropped."""
        self._supersede()
        self._preview_timer.start(delay_ms)

    def preview_busy(self) -> bool:
        running = any(t is not None and t.running for t in (self._preview_task, self._draining))
        return running or self._preview_again or self._preview_timer.isActive()

    def _supersede(self) -> None:
        task, self._preview_task = self._preview_task, None
        if task is not None and task.running:
            task.cancel()
            self._draining = task  # one computation at a time: the next waits for this one to end

    def _period_chosen(self) -> None:
        self._show_stored()
        self.schedule_preview(0)

    def _baseline_changed(self) -> None:
        self.grid.clear()
        self.preview_counts = None
        self.schedule_preview(0)

    def _show_stored(self) -> None:
        label = self.period_combo.currentData()
        period = next((p for p in self.periods if p.label == label), None)
        if period is None:
            self.stored_label.setText("")
            return
        n = self.locale().toString
        if period.last_run_id is None:
            self.stored_label.setText(self.tr("Periode {0} belum dipetakan.").format(period.label))
        else:
            self.stored_label.setText(
                self.tr(
                    "Pemetaan tersimpan {0}: {1} · {2} dipetakan · {3} belum dapat dipetakan · {4}"
                ).format(
                    period.label,
                    user_text(period.scheme_title_message or period.scheme_title or "–"),
                    n(period.placed),
                    n(period.holding),
                    _when(period.last_run_at),
                )
            )

    def _start_preview(self) -> None:
        if self.current is None:
            return
        label = self.period_combo.currentData()
        if label is None:
            self.grid.clear()
            self._busy(False)
            _say(
                self.preview_status,
                self.tr("Belum ada periode. Buat periode di tab Periode untuk melihat pratinjau."),
            )
            return
        params = self.editor.params()
        if validate_params(params):
            self.grid.set_stale(True)
            _say(self.preview_status, self.tr("Pratinjau menunggu angka yang sah."), "warning")
            self._supersede()
            self._preview_again = False
            self._busy(False)
            return
        self._supersede()
        if self._draining is not None and self._draining.running:
            self._preview_again = True  # starts when the superseded one has ended
            self._busy(True)
            return
        key = (self.current.id, str(label))
        baseline = self._baselines.get(key)
        base_params = None if baseline is not None else self.current.params
        same = not self.editor.is_modified()
        workspace = self.workspace

        def work(_progress, cancel):
            if workspace.read(person_count) == 0:
                raise _NoPeople
            base = None
            if base_params is not None:
                base = count_placements(workspace.read(preview_placements, label, base_params))
                if same:
                    return key, base, base, params
                if cancel():
                    raise _Superseded
            now = count_placements(workspace.read(preview_placements, label, params))
            return key, base, now, params

        task = Task(work)
        self._preview_task = task
        _PREVIEWS.add(task)
        task.finished.connect(self._preview_finished)
        task.failed.connect(self._preview_failed)
        self._busy(True)
        self.grid.set_stale(True)
        _say(self.preview_status, self.tr("Menghitung pratinjau periode {0}…").format(label))
        task.start()

    def _busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_space.setVisible(not busy)

    def _take(self) -> bool:
        """Whether the finishing task is the one still wanted; a superseded one that ends lets the
        waiting preview start."""
        task = self.sender()
        if task is not None and task is self._draining:
            self._draining = None
            if self._preview_again:
                self._preview_again = False
                self._start_preview()
            return False
        if task is None or task is not self._preview_task:
            return False
        self._preview_task = None
        return True

    def _preview_finished(self, result) -> None:
        if not self._take():
            return
        key, base, now, params = result
        if base is not None:
            self._baselines[key] = base
        baseline = self._baselines.get(key)
        self._busy(False)
        self.grid.set_stale(False)
        modified = self.editor.is_modified()
        self.grid.show_counts(now, baseline if modified else None, self._base_title())
        self.preview_counts = now
        self.preview_params = params
        _say(self.preview_status, "")
        self.preview_updated.emit(now)

    def _base_title(self) -> str:
        return user_text(self.current.title_message) if self.current else ""

    def _preview_failed(self, error) -> None:
        if not self._take():
            return
        self._busy(False)
        if isinstance(error, _Superseded):
            return
        self.grid.clear()
        if isinstance(error, _NoPeople):
            _say(
                self.preview_status,
                self.tr("Belum ada data pegawai. Impor data pegawai untuk melihat pratinjau."),
            )
            return
        log.warning("scheme preview failed: %r", error)
        _say(
            self.preview_status,
            self.tr("Pratinjau tidak dapat dihitung: {0}").format(user_text(error)),
            "error",
        )

    # -- writing -------------------------------------------------------------------------------------

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def save_dialog(self) -> SaveVersionDialog | None:
        """Ask for confirmation (and an updated description), then save; window-modal, not blocking."""
        if self.current is None or not self.save_button.isEnabled():
            return None
        latest = self.latest_of(self.current.name)
        dialog = SaveVersionDialog(
            self.current,
            latest.version + 1,
            self.editor.describe_changes(self.current.params, self.editor.params()),
            self.current.description or "",
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.save_version(dialog.description_text()))
        dialog.open()
        return dialog

    def save_version(self, description: str | None = None) -> SchemeInfo | None:
        """Store the edited numbers as the next version and show it; returns the new version."""
        if self.current is None or not self.may_edit:
            return None
        base = self.current
        if description is not None and description == (base.description or ""):
            description = None  # unchanged: the service keeps the current one
        try:
            info = self.workspace.write(save_new_version, base.id, self.editor.params(), description or None)
        except (SchemeError, PermissionDenied) as exc:
            _say(self.save_status, user_text(exc), "error")
            return None
        self.reload(select_id=info.id)
        _say(
            self.save_status,
            self.tr(
                "Tersimpan sebagai {0} versi {1}. Penempatan yang sudah ada tetap memakai versi {2}; "
                "petakan ulang periode di halaman Peta Talenta untuk memakai versi {1}."
            ).format(info.name, info.version, base.version),
            "ok",
        )
        self.changed.emit()
        return info

    def make_default(self, *, ask: bool = True) -> bool:
        if self.current is None or self.current.is_default or not self.may_edit:
            return False
        name = self.current.name
        if ask and not self.confirm(
            self.tr("Jadikan bawaan"),
            self.tr(
                "Jadikan {0} skema bawaan? Periode yang dipetakan tanpa memilih skema akan memakai versi "
                "terbarunya. Penempatan yang sudah ada tidak berubah."
            ).format(name),
        ):
            return False
        try:
            self.workspace.write(set_default, name)
        except (SchemeError, PermissionDenied) as exc:
            _say(self.save_status, user_text(exc), "error")
            return False
        edits = self.editor.params() if self.editor.is_modified() else None
        self.reload(select_id=self.current.id)
        if edits is not None:  # keep unsaved edits: making a scheme default is not a reason to lose them
            self.show_scheme(self.current, params=edits)
        _say(self.save_status, self.tr("{0} sekarang menjadi skema bawaan.").format(name), "ok")
        self.changed.emit()
        return True

    def install_presets(self) -> None:
        if not self.may_edit:
            return
        try:
            self.workspace.write(ensure_presets)
        except PermissionDenied as exc:
            box = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("Skema bawaan tidak dipasang"), user_text(exc), parent=self
            )
            box.setObjectName("schemeMessage")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return
        self.reload()
        self.changed.emit()


# -- Periode ---------------------------------------------------------------------------------------------

PERIOD_COLUMNS = (
    "label",
    "skp_years",
    "reference_date",
    "validity",
    "status",
    "scheme",
    "last_run",
    "placed",
)
PeriodRole = Qt.ItemDataRole.UserRole + 1


class PeriodTableModel(QAbstractTableModel):
    """The periods as list_periods returns them (newest first), read-only."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.periods: list[PeriodInfo] = []

    def set_periods(self, periods: list[PeriodInfo]) -> None:
        self.beginResetModel()
        self.periods = list(periods)
        self.endResetModel()

    def row_of(self, label: str) -> int:
        return next((i for i, p in enumerate(self.periods) if p.label == label), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.periods)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PERIOD_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(PERIOD_COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Periode"),
                self.tr("Tahun SKP"),
                self.tr("Tanggal acuan"),
                self.tr("Asesmen berlaku"),
                self.tr("Status"),
                self.tr("Skema"),
                self.tr("Pemetaan terakhir"),
                self.tr("Dipetakan / belum"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole and PERIOD_COLUMNS[section] == "placed":
            return self.tr(
                "Pegawai yang dipetakan ke kotak / yang belum dapat dipetakan pada pemetaan terakhir"
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and PERIOD_COLUMNS[section] == "placed":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.periods):
            return None
        period = self.periods[index.row()]
        column = PERIOD_COLUMNS[index.column()]
        if role == PeriodRole:
            return period
        mapped = period.last_run_id is not None
        if role == Qt.ItemDataRole.DisplayRole:
            n = self._locale().toString
            if column == "label":
                return period.label
            if column == "skp_years":
                if period.skp_year_from == period.skp_year_to:
                    return str(period.skp_year_to)
                return f"{period.skp_year_from}–{period.skp_year_to}"
            if column == "reference_date":
                return date_text(period.reference_date)
            if column == "validity":
                return self.tr("{0} tahun").format(period.assessment_valid_years)
            if column == "status":
                return self.tr("Terbuka") if period.is_open else self.tr("Ditutup")
            if column == "scheme":
                return user_text(period.scheme_title_message or period.scheme_title or "–")
            if column == "last_run":
                return _when(period.last_run_at) if mapped else self.tr("Belum dipetakan")
            if column == "placed":
                return f"{n(period.placed)} / {n(period.holding)}" if mapped else "–"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "placed":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "status":
                return QColor(palette.OK_TEXT if period.is_open else palette.TEXT_MUTED)
            if column == "last_run" and not mapped:
                return QColor(palette.TEXT_MUTED)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "status":
                return (
                    self.tr("Periode terbuka: dapat dipetakan ulang dan dikalibrasi")
                    if period.is_open
                    else self.tr("Periode ditutup: penempatan dan kalibrasinya tidak dapat diubah")
                )
            if column == "validity":
                return self.tr("Hasil asesmen dihitung bila tidak lebih tua dari ini pada tanggal acuan")
        return None

    def _locale(self) -> QLocale:
        return QLocale()


class PeriodSection(QWidget):
    """The periods, a "new period" dialog, and closing or reopening a period."""

    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("periodSection")
        self.workspace = workspace
        intro = QLabel(
            self.tr(
                "Periode menentukan tahun SKP dan asesmen yang dihitung dalam pemetaan. Periode yang ditutup "
                "tidak dapat dipetakan ulang atau dikalibrasi sampai dibuka kembali; setiap perubahan "
                "status tercatat di log audit."
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")
        self.new_button = QPushButton(self.tr("Periode &baru…"), objectName="newPeriod")
        self.new_button.setProperty("role", "primary")
        self.close_button = QPushButton(self.tr("&Tutup periode"), objectName="closePeriod")
        self.reopen_button = QPushButton(self.tr("B&uka kembali"), objectName="reopenPeriod")
        tools = QHBoxLayout()
        tools.setSpacing(8)
        tools.addWidget(self.new_button)
        tools.addWidget(self.close_button)
        tools.addWidget(self.reopen_button)
        tools.addStretch(1)

        self.model = PeriodTableModel(self)
        self.table = QTableView(objectName="periodTable")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(PERIOD_COLUMNS.index("scheme"), QHeaderView.ResizeMode.Stretch)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self.status = QLabel(objectName="periodStatus")
        self.status.setWordWrap(True)
        self.status.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(tools)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)

        self.new_button.clicked.connect(self.new_period)
        self.close_button.clicked.connect(lambda: self.set_status("closed"))
        self.reopen_button.clicked.connect(lambda: self.set_status("open"))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.may_manage = guard(
            workspace, Permission.TALENT_MAP, self.new_button, self.close_button, self.reopen_button
        )
        self.reload()

    def reload(self, select: str | None = None) -> None:
        keep = select or (self.selected().label if self.selected() else None)
        self.model.set_periods(self.workspace.read(list_periods))
        for column, key in enumerate(PERIOD_COLUMNS):
            if key != "scheme":
                self.table.resizeColumnToContents(column)
                self.table.setColumnWidth(column, self.table.columnWidth(column) + 16)
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        self._update_buttons()

    refresh = reload

    def selected(self) -> PeriodInfo | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].data(PeriodRole) if rows else None

    def select(self, label: str) -> None:
        row = self.model.row_of(label)
        if row >= 0:
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        period = self.selected()
        self.close_button.setEnabled(period is not None and period.is_open)
        self.reopen_button.setEnabled(period is not None and not period.is_open)

    def new_period(self) -> PeriodDialog | None:
        if not self.may_manage:
            return None
        dialog = PeriodDialog(self.workspace, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(self._created)
        dialog.open()
        return dialog

    def _created(self, period: PeriodInfo) -> None:
        self.reload(select=period.label)
        _say(
            self.status,
            self.tr("Periode {0} dibuat. Petakan periode ini di halaman Peta Talenta.").format(period.label),
            "ok",
        )
        self.changed.emit()

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def set_status(self, status: str, *, ask: bool = True) -> bool:
        period = self.selected()
        if period is None or (status == "closed") != period.is_open or not self.may_manage:
            return False
        if status == "closed":
            title = self.tr("Tutup periode")
            text = self.tr(
                "Tutup periode {0}? Penempatan dan kalibrasinya tidak dapat diubah sampai periode "
                "dibuka kembali."
            ).format(period.label)
        else:
            title = self.tr("Buka kembali periode")
            text = self.tr(
                "Buka kembali periode {0}? Periode itu dapat dipetakan ulang dan dikalibrasi lagi. "
                "Perubahan ini tercatat di log audit."
            ).format(period.label)
        if ask and not self.confirm(title, text):
            return False
        try:
            self.workspace.write(set_period_status, period.label, status)
        except (PeriodError, PermissionDenied) as exc:
            _say(self.status, user_text(exc), "error")
            return False
        self.reload(select=period.label)
        _say(
            self.status,
            (
                self.tr("Periode {0} ditutup.")
                if status == "closed"
                else self.tr("Periode {0} dibuka kembali.")
            ).format(period.label),
            "ok",
        )
        self.changed.emit()
        return True


# -- the page --------------------------------------------------------------------------------------------


class SettingsPage(QWidget):
    """Pengaturan, one tab per area. Emits `changed` after any write so other pages can refresh, and
    `database_replaced` after the database was encrypted in place."""

    changed = Signal()
    database_replaced = Signal()
    appearance_chosen = Signal(object)  # an Appearance chosen in Tampilan, for the main window to apply

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setStyleSheet(style_sheet(STYLE))
        title = QLabel(self.tr("Pengaturan"), objectName="pageTitle")
        subtitle = QLabel(
            self.tr("Skema penilaian, periode talenta, pengguna, log audit, data pribadi, dan tampilan"),
            objectName="pageSubtitle",
        )
        self.tabs = QTabWidget(objectName="settingsTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)  # six tabs in English are wider than a 1024 px screen allows
        # Each section is built when its tab is first shown (or the section is asked for).
        self._sections: dict[str, LazyTab] = {}
        self._add_section("schemes", self.tr("Skema penilaian"), self._build_schemes)
        self._add_section("periods", self.tr("Periode"), self._build_periods)
        self._add_section("users", self.tr("Pengguna"), self._build_users)
        if workspace.can(Permission.AUDIT_VIEW):
            self._add_section("audit", self.tr("Log audit"), lambda parent: AuditSection(workspace, parent))
        self._add_section("privacy", self.tr("Data pribadi"), self._build_privacy)
        self._add_section("appearance", self.tr("Tampilan"), self._build_appearance)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)  # narrower sides: the page fits 1024 px in English too
        layout.setSpacing(2)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addWidget(self.tabs, 1)

    # -- the sections ------------------------------------------------------------------------------------

    def _add_section(self, name: str, title: str, build) -> None:
        tab = LazyTab(build)
        tab.setObjectName(f"{name}Tab")
        self._sections[name] = tab
        self.tabs.addTab(tab, title)

    def _build_schemes(self, parent: QWidget) -> SchemeSection:
        schemes = SchemeSection(self.workspace, parent)
        schemes.changed.connect(self.changed)
        return schemes

    def _build_periods(self, parent: QWidget) -> PeriodSection:
        periods = PeriodSection(self.workspace, parent)
        periods.changed.connect(self.changed)
        periods.changed.connect(self._periods_changed)
        return periods

    def _periods_changed(self) -> None:
        if (schemes := self.built("schemes")) is not None:  # else it reads the periods when built
            schemes.reload_periods()

    def _build_users(self, parent: QWidget) -> UsersSection:
        users = UsersSection(self.workspace, parent)
        users.changed.connect(self.changed)
        users.database_replaced.connect(self.database_replaced)
        return users

    def _build_privacy(self, parent: QWidget) -> PrivacySection:
        privacy = PrivacySection(self.workspace, parent)
        privacy.changed.connect(self.changed)
        return privacy

    def _build_appearance(self, parent: QWidget) -> AppearanceSection:
        appearance = AppearanceSection(parent)
        appearance.appearance_chosen.connect(self.appearance_chosen)
        return appearance

    def section(self, name: str) -> Any:
        """A section by name ("schemes", "periods", "users", "audit", "privacy", "appearance"), built if
        need be; None for the audit log when the role may not see it."""
        tab = self._sections.get(name)
        return None if tab is None else tab.content()

    def built(self, name: str) -> Any:
        """The section if it was built, else None."""
        tab = self._sections.get(name)
        return None if tab is None else tab.built

    @property
    def schemes(self) -> SchemeSection:
        return self.section("schemes")

    @property
    def periods(self) -> PeriodSection:
        return self.section("periods")

    @property
    def users(self) -> UsersSection:
        return self.section("users")

    @property
    def audit(self) -> AuditSection | None:
        return self.section("audit")

    @property
    def privacy(self) -> PrivacySection:
        return self.section("privacy")

    @property
    def appearance(self) -> AppearanceSection:
        return self.section("appearance")

    def show_section(self, name: str) -> Any:
        """Switch to a section by name (see ``section``)."""
        if name in self._sections:
            self.tabs.setCurrentWidget(self._sections[name])
        return self.section(name)

    def refresh(self) -> None:
        """After data changed elsewhere; a section not built yet reads everything when it is."""
        if (periods := self.built("periods")) is not None:
            periods.reload()
        if (schemes := self.built("schemes")) is not None:
            schemes.refresh()

    def may_close(self) -> bool:
        """Before the window closes or is rebuilt in a new appearance: unsaved scheme edits are asked about."""
        schemes = self.built("schemes")
        return schemes is None or schemes.may_discard()
