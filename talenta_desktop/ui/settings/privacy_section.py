"""Pengaturan › Data pribadi: the register of personal data (UU 27/2022), its export for the agency's data
protection impact assessment, the retention rules, and applying them after a preview.

Everything shown comes from services.privacy: the register's counts and its "who may see / change" are
computed from the database and the permission matrix when the tab is opened, never typed here. Every role
may read the register and the preview (they show counts and people whom every role already sees in the
personnel list, never which disciplinary records exist); only a role that may manage privacy may change
the rules or apply them, and applying is confirmed, preceded by an automatic backup, and audited.
"""

from __future__ import annotations

import html
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from talenta_desktop.domain.nip import format_nip
from talenta_desktop.services import backups, privacy
from talenta_desktop.services.backups import BackupError
from talenta_desktop.services.permissions import Permission
from talenta_desktop.services.privacy import (
    DataRegister,
    RegisterEntry,
    RetentionCandidate,
    RetentionError,
    RetentionPreview,
    RetentionSettings,
)
from talenta_desktop.services.workspace import Workspace
from talenta_desktop.ui import palette
from talenta_desktop.ui.formatting import date_text, short_date_text
from talenta_desktop.ui.forms import last_folder, remember_folder
from talenta_desktop.ui.messages import user_text
from talenta_desktop.ui.permissions import PermissionDenied, denial, guard, role_text
from talenta_desktop.ui.restyle import restyle
from talenta_desktop.ui.tables import read_only_table
from talenta_desktop.ui.theme import points, style_sheet
from talenta_desktop.ui.workers import LatestLoader

SETTINGS_FOLDER = "privacy/exportFolder"
EntryRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2

# Palette @tokens, filled in when the section is built (theme.style_sheet).
STYLE = """
QWidget#privacySection, QWidget#registerTab, QWidget#retentionTab, QWidget#rulesBody {
    background: @background;
}
QTabWidget#privacyTabs::pane { border: none; background: transparent; }
QTabWidget#privacyTabs QTabBar::tab {
    background: transparent; color: @text_muted; padding: 5px 12px; border: none;
    border-bottom: @line_bold solid transparent; font-size: 9.5pt;
}
QTabWidget#privacyTabs QTabBar::tab:selected { color: @text; border-bottom-color: @accent_soft; }
QScrollArea#rulesScroll { background: @background; border: none; }
QTextBrowser#registerDetail {
    background: @surface; border: @line solid @border; border-radius: 6px; padding: 4px;
}
QFrame#notCollected, QFrame#previewPanel {
    background: @surface; border: @line solid @border; border-radius: 6px;
}
QFrame#privacyReadOnly { background: @caution_bg; border: @line solid @caution_border; border-radius: 5px; }
QLabel#rulesStatus, QLabel#previewStatus, QLabel#registerStatus {
    border: @line solid transparent; border-radius: 5px; padding: 5px 8px;
}
QLabel#rulesStatus[tone="error"], QLabel#previewStatus[tone="error"], QLabel#registerStatus[tone="error"] {
    background: @error_bg; border-color: @error_border; color: @text;
}
QLabel#rulesStatus[tone="ok"], QLabel#previewStatus[tone="ok"], QLabel#registerStatus[tone="ok"] {
    background: @ok_bg; border-color: @ok_border; color: @text;
}
QLabel#rulesStatus[tone="warning"], QLabel#previewStatus[tone="warning"] {
    background: @caution_bg_soft; border-color: @caution_border; color: @text;
}
QSpinBox[readOnly="true"], QPlainTextEdit[readOnly="true"] { background: @disabled_bg; color: @text_muted; }
"""


def _say(label: QLabel, text: str, tone: str | None = None) -> None:
    label.setText(text)
    restyle(label, "tone", tone)
    label.setVisible(bool(text))


def _number(value: int) -> str:
    return QLocale().toString(value)


def _nip(nip: str) -> str:
    try:
        return format_nip(nip)
    except Exception:
        return nip


# -- models ----------------------------------------------------------------------------------------------

# The purpose, legal basis and the rest are in the detail pane beside the table: whole sentences do not
# fit a table cell at 1366 pixels.
REGISTER_COLUMNS = ("category", "viewers", "retention", "count")


class RegisterTableModel(QAbstractTableModel):
    """The register's entries, one row per category of personal data, read-only."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entries: list[RegisterEntry] = []

    def set_entries(self, entries) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(REGISTER_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(REGISTER_COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Kategori data"),
                self.tr("Dapat melihat"),
                self.tr("Masa simpan"),
                self.tr("Jumlah"),
            )[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and REGISTER_COLUMNS[section] == "count":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def viewers(self, entry: RegisterEntry) -> str:
        if set(entry.viewer_roles) == set(privacy.roles_with(None)):
            return self.tr("Semua peran")
        return ", ".join(role_text(r) for r in entry.viewer_roles) or self.tr("Tidak seorang pun")

    def count(self, entry: RegisterEntry) -> str:
        return self.tr("tidak diketahui") if entry.count is None else _number(entry.count)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        column = REGISTER_COLUMNS[index.column()]
        if role == EntryRole:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "category": entry.category,
                "viewers": self.viewers(entry),
                "retention": entry.retention_short,
                "count": self.count(entry),
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                "category": entry.purpose,
                "viewers": self.viewers(entry),
                "retention": entry.retention,
                "count": f"{self.count(entry)} {entry.unit}",
            }[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "count":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == "category" and entry.sensitive:
            return QColor(palette.WARNING)
        return None


# The basis of the date, the due date and why a person is kept are in the line under the table.
CANDIDATE_COLUMNS = ("nip", "nama", "kedudukan", "left_on", "action")
# Widest a column may start (pixels); the name takes what is left. Longer text is elided, and the tooltip
# shows it whole.
CANDIDATE_WIDTHS = {"nip": 160, "kedudukan": 140, "left_on": 140, "action": 110}


def _read_register(workspace: Workspace) -> DataRegister:
    """The data register with the backup copies counted (they live beside the database, not in it)."""
    return workspace.read(privacy.data_register, backup_count=privacy.count_backups(workspace.db))


class CandidateTableModel(QAbstractTableModel):
    """The people the retention rules reach today, as the preview lists them."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.candidates: list[RetentionCandidate] = []

    def set_candidates(self, candidates) -> None:
        self.beginResetModel()
        self.candidates = list(candidates)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.candidates)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CANDIDATE_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(CANDIDATE_COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("NIP"),
                self.tr("Nama"),
                self.tr("Kedudukan"),
                self.tr("Terakhir bekerja"),
                self.tr("Tindakan"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole and CANDIDATE_COLUMNS[section] == "left_on":
            return self.tr(
                "Tanggal terakhir yang menunjukkan pegawai masih bekerja, dan asalnya; tanggal keluar tidak ada "
                "di data utama SIASN"
            )
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def action_text(self, candidate: RetentionCandidate) -> str:
        return self.tr("Dihapus") if candidate.action == privacy.ACTION_DELETE else self.tr("Dianonimkan")

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.candidates):
            return None
        c = self.candidates[index.row()]
        column = CANDIDATE_COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "nip": _nip(c.nip),
                "nama": c.nama,
                "kedudukan": c.kedudukan,
                "left_on": short_date_text(c.left_on),
                "action": self.action_text(c),
            }[column]
        if role == SortRole:
            return {
                "nip": c.nip,
                "nama": c.nama.casefold(),
                "kedudukan": c.kedudukan.casefold(),
                "left_on": c.left_on.toordinal(),
                "action": c.action,
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "left_on":
                return self.tr("{0} ({1}); masa simpan habis {2}").format(
                    date_text(c.left_on), user_text(c.left_basis_message or c.left_basis), date_text(c.due_on)
                )
            if column == "action":
                rows = self.tr("{0} baris riwayat, SKP, dan asesmen dihapus.").format(_number(c.rows))
                if c.action == privacy.ACTION_DELETE:
                    return (
                        self.tr("Tidak disebut dalam catatan apa pun: seluruh datanya dihapus.") + " " + rows
                    )
                return (
                    self.tr("Tetap tercatat (NIP, nama, jabatan terakhir) karena disebut dalam: {0}.").format(
                        ", ".join(c.kept_because)
                    )
                    + " "
                    + rows
                )
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == "action"
            and c.action == privacy.ACTION_DELETE
        ):
            return QColor(palette.WARNING)
        return None


# -- the section -----------------------------------------------------------------------------------------


class PrivacySection(QWidget):
    """The register, its export, the retention rules, and the preview and application of retention.

    Loads whenever it is shown, in the background (the counts touch every table), or at once when
    ``reload`` is called. Emits ``changed`` after retention was applied, so other pages reload the people
    they show."""

    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacySection")
        self.setStyleSheet(style_sheet(STYLE))
        self.workspace = workspace
        self.register: DataRegister | None = None
        self.preview: RetentionPreview | None = None
        self.stored: RetentionSettings | None = None
        self.loaded = False  # true once the register has been read and shown
        self.may_manage = workspace.can(Permission.PRIVACY_MANAGE)
        # The register's counts touch every table (a sixth of a second on 50k people): read off the UI
        # thread when the tab is shown, the rows on show staying until the new ones arrive.
        self._loader = LatestLoader(self)

        self.tabs = QTabWidget(objectName="privacyTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_register(), self.tr("Register data pribadi"))
        self.tabs.addTab(self._build_retention(), self.tr("Masa retensi"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.tabs)

        guard(workspace, Permission.REPORT, self.export_button)
        guard(
            workspace,
            Permission.PRIVACY_MANAGE,
            self.save_button,
            self.defaults_button,
            self.apply_button,
        )
        if not self.may_manage:
            for spin in (self.departed_years, self.hukdis_years):
                spin.setReadOnly(True)
                spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
            self.statuses_edit.setReadOnly(True)
            self.read_only_text.setText(
                (denial(workspace, Permission.PRIVACY_MANAGE) or "")
                + " "
                + self.tr("Aturan retensi hanya dapat diubah dan diterapkan oleh administrator.")
            )
            self.read_only_banner.show()

    # -- building ----------------------------------------------------------------------------------------

    def _build_register(self) -> QWidget:
        page = QWidget(objectName="registerTab")
        intro = QLabel(
            self.tr(
                "Catatan kegiatan pemrosesan data pribadi (UU 27/2022 Pasal 31) dan bahan penilaian dampak "
                "(Pasal 34): apa yang disimpan aplikasi, untuk apa, atas dasar apa, siapa yang dapat melihat, "
                "dan berapa lama. Jumlah dihitung dari database; hak akses diambil dari matriks peran."
            ),
            objectName="registerIntro",
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")
        self.export_button = QPushButton(self.tr("&Ekspor register…"), objectName="exportRegister")
        self.export_button.setToolTip(self.tr("Simpan register sebagai buku kerja Excel atau PDF untuk DPIA"))
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(intro, 1)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)

        self.register_model = RegisterTableModel(self)
        self.register_table = read_only_table(self.register_model, "registerTable")
        header = self.register_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(REGISTER_COLUMNS.index("category"), QHeaderView.ResizeMode.Stretch)
        self.register_table.setAccessibleName(self.tr("Register data pribadi"))

        self.detail = QTextBrowser(objectName="registerDetail")
        self.detail.setOpenLinks(False)
        self.detail.setAccessibleName(self.tr("Rincian kategori data"))
        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="registerSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.register_table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([760, 460])
        self.register_table.setMinimumWidth(560)

        self.not_collected = QFrame(objectName="notCollected")
        self.not_collected_label = QLabel(objectName="notCollectedText")
        self.not_collected_label.setWordWrap(True)
        self.not_collected_label.setTextFormat(Qt.TextFormat.RichText)
        box = QVBoxLayout(self.not_collected)
        box.setContentsMargins(12, 8, 12, 8)
        box.addWidget(self.not_collected_label)

        self.register_status = QLabel(objectName="registerStatus")
        self.register_status.setWordWrap(True)
        self.register_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.register_status.hide()

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.register_status)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.not_collected)

        self.export_button.clicked.connect(self.choose_export_path)
        self.register_table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        return page

    def _build_retention(self) -> QWidget:
        page = QWidget(objectName="retentionTab")

        # -- the rules (left) ---------------------------------------------------------------------------
        self.read_only_banner = QFrame(objectName="privacyReadOnly")
        self.read_only_text = QLabel(objectName="privacyReadOnlyText")
        self.read_only_text.setWordWrap(True)
        banner = QHBoxLayout(self.read_only_banner)
        banner.setContentsMargins(10, 6, 10, 6)
        banner.addWidget(self.read_only_text)
        self.read_only_banner.hide()

        rules = QGroupBox(self.tr("Aturan retensi"), objectName="retentionRules")
        self.departed_years = QSpinBox(objectName="departedYears")
        self.departed_years.setRange(1, privacy.MAX_YEARS)
        self.departed_years.setSuffix(self.tr(" tahun"))
        self.departed_years.setAccessibleName(self.tr("Masa simpan setelah pegawai keluar"))
        departed_label = QLabel(self.tr("&Data pegawai yang telah keluar disimpan"))
        departed_label.setBuddy(self.departed_years)
        departed_label.setWordWrap(True)
        departed_note = QLabel(
            self.tr(
                "setelah keluar. Lalu yang disebut dalam peta talenta atau catatan komite dianonimkan (NIP, "
                "nama, jabatan terakhir tetap); yang lain dihapus."
            )
        )
        departed_note.setWordWrap(True)
        departed_note.setProperty("role", "hint")

        self.statuses_edit = QPlainTextEdit(objectName="departedStatuses")
        self.statuses_edit.setTabChangesFocus(True)
        self.statuses_edit.setFixedHeight(80)
        self.statuses_edit.setAccessibleName(self.tr("Kedudukan yang berarti telah keluar"))
        statuses_label = QLabel(self.tr("&Kedudukan yang berarti telah keluar (satu per baris)"))
        statuses_label.setBuddy(self.statuses_edit)
        statuses_label.setWordWrap(True)
        statuses_note = QLabel(
            self.tr(
                "Dicocokkan dengan awal teks kedudukan SIASN, tanpa membedakan huruf besar dan kecil. Daftar "
                "bawaan belum diverifikasi: periksa kedudukan di database di bawah pratinjau."
            )
        )
        statuses_note.setWordWrap(True)
        statuses_note.setProperty("role", "hint")

        self.hukdis_years = QSpinBox(objectName="hukdisYears")
        self.hukdis_years.setRange(0, privacy.MAX_YEARS)
        self.hukdis_years.setSuffix(self.tr(" tahun"))
        self.hukdis_years.setSpecialValueText(self.tr("Selama bekerja"))
        self.hukdis_years.setAccessibleName(self.tr("Masa simpan hukuman disiplin"))
        hukdis_label = QLabel(self.tr("&Hukuman disiplin disimpan"))
        hukdis_label.setBuddy(self.hukdis_years)
        hukdis_note = QLabel(
            self.tr(
                "setelah hukuman berakhir; tidak kurang dari masa nilai integritas skema penilaian. Yang "
                "masih dipakai periode terbuka tetap disimpan."
            )
        )
        hukdis_note.setWordWrap(True)
        hukdis_note.setProperty("role", "hint")

        fixed = QLabel(objectName="fixedRules")
        fixed.setWordWrap(True)
        fixed.setProperty("role", "hint")
        fixed.setTextFormat(Qt.TextFormat.RichText)
        fixed.setText(
            self.tr(
                "<b>Tidak diatur di sini.</b> Log audit dan log ekspor: tanpa batas waktu, karena rantai "
                "hash putus bila dipangkas. Berita acara dan keputusan komite: arsip dinas. Salinan "
                "cadangan: {0} harian, bulanan selama {1} bulan, {2} terbaru untuk alasan lain; data yang "
                "dihapus masih ada di salinan lama sampai salinan itu terhapus."
            ).format(backups.KEEP_DAILY, backups.KEEP_MONTHLY, backups.KEEP_EACH)
        )

        self.save_button = QPushButton(self.tr("&Simpan aturan"), objectName="saveRetention")
        self.save_button.setProperty("role", "primary")
        self.defaults_button = QPushButton(self.tr("Nilai &bawaan"), objectName="retentionDefaults")
        self.defaults_button.setToolTip(self.tr("Isi formulir dengan nilai bawaan (belum disimpan)"))
        self.rules_status = QLabel(objectName="rulesStatus")
        self.rules_status.setWordWrap(True)
        self.rules_status.hide()
        self.saved_info = QLabel(objectName="rulesSavedInfo")
        self.saved_info.setWordWrap(True)
        self.saved_info.setProperty("role", "hint")

        grid = QGridLayout(rules)
        grid.setContentsMargins(12, 14, 12, 12)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        grid.addWidget(departed_label, 0, 0, 1, 2)
        grid.addWidget(self.departed_years, 1, 0)
        grid.addWidget(departed_note, 1, 1)
        grid.addWidget(statuses_label, 2, 0, 1, 2)
        grid.addWidget(self.statuses_edit, 3, 0, 1, 2)
        grid.addWidget(statuses_note, 4, 0, 1, 2)
        grid.addWidget(hukdis_label, 5, 0, 1, 2)
        grid.addWidget(self.hukdis_years, 6, 0)
        grid.addWidget(hukdis_note, 6, 1)
        grid.setRowMinimumHeight(2, 24)
        grid.setRowMinimumHeight(5, 24)
        buttons = QHBoxLayout()
        buttons.addWidget(self.defaults_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        grid.addLayout(buttons, 7, 0, 1, 2)
        grid.setRowMinimumHeight(7, 40)
        grid.addWidget(self.rules_status, 8, 0, 1, 2)
        grid.addWidget(self.saved_info, 9, 0, 1, 2)
        for spin in (self.departed_years, self.hukdis_years):
            spin.setMinimumWidth(130)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)

        rules_body = QWidget(objectName="rulesBody")
        rules_layout = QVBoxLayout(rules_body)
        rules_layout.setContentsMargins(0, 0, 8, 0)
        rules_layout.setSpacing(8)
        rules_layout.addWidget(self.read_only_banner)
        rules_layout.addWidget(rules)
        rules_layout.addWidget(fixed)
        rules_layout.addStretch(1)
        rules_scroll = QScrollArea(objectName="rulesScroll", widgetResizable=True)
        rules_scroll.setFrameShape(QFrame.Shape.NoFrame)
        rules_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rules_scroll.setWidget(rules_body)
        rules_scroll.setMinimumWidth(330)
        rules_scroll.setMaximumWidth(410)

        # -- preview and apply (right) ------------------------------------------------------------------
        panel = QFrame(objectName="previewPanel")
        title = QLabel(self.tr("Pratinjau dan penerapan"))
        title.setProperty("role", "panelTitle")
        self.preview_button = QPushButton(self.tr("&Perbarui pratinjau"), objectName="previewRetention")
        self.apply_button = QPushButton(self.tr("&Terapkan retensi…"), objectName="applyRetention")
        self.apply_button.setProperty("role", "primary")
        head = QHBoxLayout()  # the buttons under the title: the tab must fit a 1024-pixel screen
        head.addWidget(self.preview_button)
        head.addWidget(self.apply_button)
        head.addStretch(1)
        self.preview_summary = QLabel(objectName="previewSummary")
        self.preview_summary.setWordWrap(True)
        self.preview_summary.setTextFormat(Qt.TextFormat.RichText)
        self.preview_status = QLabel(objectName="previewStatus")
        self.preview_status.setWordWrap(True)
        self.preview_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_status.hide()
        self.candidate_model = CandidateTableModel(self)
        self.candidate_proxy = QSortFilterProxyModel(self)
        self.candidate_proxy.setSourceModel(self.candidate_model)
        self.candidate_proxy.setSortRole(SortRole)
        self.candidate_table = read_only_table(self.candidate_proxy, "retentionCandidates")
        self.candidate_table.setSortingEnabled(True)
        self.candidate_table.sortByColumn(CANDIDATE_COLUMNS.index("left_on"), Qt.SortOrder.AscendingOrder)
        self.candidate_table.horizontalHeader().setSectionResizeMode(
            CANDIDATE_COLUMNS.index("nama"), QHeaderView.ResizeMode.Stretch
        )
        self.candidate_detail = QLabel(objectName="candidateDetail")
        self.candidate_detail.setWordWrap(True)
        self.candidate_detail.setTextFormat(Qt.TextFormat.PlainText)
        self.candidate_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.candidate_table.setAccessibleName(self.tr("Pegawai yang terkena aturan retensi"))
        self.empty_note = QLabel(objectName="previewEmpty")
        self.empty_note.setWordWrap(True)
        self.empty_note.setProperty("role", "emptyNote")
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.statuses_label = QLabel(objectName="statusesSeen")
        self.statuses_label.setWordWrap(True)
        self.statuses_label.setProperty("role", "hint")
        self.statuses_label.setTextFormat(Qt.TextFormat.RichText)

        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(12, 10, 12, 12)
        panel_layout.setSpacing(6)
        panel_layout.addWidget(title)
        panel_layout.addLayout(head)
        panel_layout.addWidget(self.preview_summary)
        panel_layout.addWidget(self.preview_status)
        panel_layout.addWidget(self.candidate_table, 1)
        panel_layout.addWidget(self.candidate_detail)
        panel_layout.addWidget(self.empty_note, 1)  # takes the table's room when there is no table
        panel_layout.addWidget(self.statuses_label)

        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(rules_scroll, 2)
        layout.addWidget(panel, 3)

        self.save_button.clicked.connect(lambda: self.save_rules())
        self.defaults_button.clicked.connect(self.fill_defaults)
        self.preview_button.clicked.connect(self.refresh_preview)
        self.apply_button.clicked.connect(lambda: self.apply())
        self.candidate_table.selectionModel().currentRowChanged.connect(lambda *_: self._show_candidate())
        self.departed_years.valueChanged.connect(self._form_edited)
        self.hukdis_years.valueChanged.connect(self._form_edited)
        self.statuses_edit.textChanged.connect(self._form_edited)
        return page

    # -- loading -----------------------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if event.spontaneous() and self.loaded:  # the window restored: nothing new to read
            return
        # Counts change behind the tab (imports, mappings, another user): read them whenever it is shown.
        self.load()

    def load(self) -> None:
        """Read the register and the preview in the background and show them when they arrive, keeping
        what the user typed in the form meanwhile."""
        workspace = self.workspace
        sensitive = workspace.can(Permission.SENSITIVE_DATA)

        def work() -> tuple[DataRegister, RetentionPreview]:
            return _read_register(workspace), workspace.read(privacy.preview_retention, sensitive=sensitive)

        self._loader.load(work, self._loaded, self._load_failed)

    def _loaded(self, result: tuple[DataRegister, RetentionPreview]) -> None:
        register, preview = result
        self._show_loaded(register, keep_form=self.loaded and self.is_modified())
        self._show_preview(preview)

    def _load_failed(self, exc: BaseException) -> None:
        sys.excepthook(type(exc), exc, exc.__traceback__)  # as when it was read in the foreground

    def reload(self, *, keep_form: bool = False) -> None:
        """Read the register, the rules and the preview again now; ``keep_form`` leaves unsaved edits."""
        self._loader.drop()  # what is read here is newer than a background read under way
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            register = _read_register(self.workspace)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._show_loaded(register, keep_form=keep_form)
        self.refresh_preview()

    def _show_loaded(self, register: DataRegister, *, keep_form: bool) -> None:
        self.loaded = True
        self.register = register
        self._show_register()
        self.stored = self.register.settings
        if keep_form:
            self._form_edited()
        else:
            self._fill_form(self.stored)
        self._show_saved_info()

    def refresh(self) -> None:
        if self.loaded:
            self.reload(keep_form=self.is_modified())

    def _show_register(self) -> None:
        register = self.register
        keep = self.selected_entry()
        self.register_model.set_entries(register.entries)
        table = self.register_table
        for column, key in enumerate(REGISTER_COLUMNS):
            if key != "category":
                table.resizeColumnToContents(column)
                table.setColumnWidth(column, min(table.columnWidth(column) + 14, 210))
        keys = [e.key for e in register.entries]
        table.selectRow(keys.index(keep.key) if keep is not None and keep.key in keys else 0)
        self._show_detail()
        items = ", ".join(html.escape(item.item) for item in register.not_collected)
        self.not_collected_label.setText(
            "<b>"
            + self.tr("Tidak dikumpulkan:")
            + "</b> "
            + items
            + f".<br/><span style='color:{palette.TEXT_MUTED}'>{html.escape(register.not_collected_note)}</span>"
        )

    def selected_entry(self) -> RegisterEntry | None:
        index = self.register_table.currentIndex()
        return index.data(EntryRole) if index.isValid() else None

    def _show_detail(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            self.detail.clear()
            return
        model = self.register_model
        editors = ", ".join(role_text(r) for r in entry.editor_roles) or self.tr(
            "Tidak seorang pun: hanya ditambah oleh aplikasi"
        )
        counts = "<br/>".join(
            f"{html.escape(table)}: {_number(n)}" for table, n in entry.table_counts
        ) or html.escape(f"{model.count(entry)} {entry.unit}")
        rows = [
            (self.tr("Data"), html.escape(entry.data)),
            (self.tr("Tujuan"), html.escape(entry.purpose)),
            (self.tr("Dasar hukum"), html.escape(entry.legal_basis)),
            (self.tr("Sumber"), html.escape(entry.source)),
            (self.tr("Dapat melihat"), html.escape(model.viewers(entry))),
            (self.tr("Dapat mengubah"), html.escape(editors)),
            (self.tr("Masa simpan"), html.escape(entry.retention)),
            (self.tr("Jumlah"), counts),
        ]
        if entry.note:
            rows.append((self.tr("Catatan"), html.escape(entry.note)))
        body = "".join(
            f"<tr><td style='color:{palette.TEXT_MUTED}; padding:3px 10px 3px 0' valign='top' width='26%'>"
            f"{html.escape(label)}</td><td style='padding:3px 0'>{value}</td></tr>"
            for label, value in rows
        )
        badge = (
            f" <span style='color:{palette.WARNING}; font-size:{points(9):g}pt'>{html.escape(self.tr('data sensitif'))}</span>"
            if entry.sensitive
            else ""
        )
        self.detail.setHtml(
            f"<div style='font-size:{points(11):g}pt; font-weight:600; margin-bottom:6px'>{html.escape(entry.category)}"
            f"{badge}</div><table cellspacing='0' width='100%'>{body}</table>"
        )

    # -- the rules ---------------------------------------------------------------------------------------

    def _fill_form(self, settings: RetentionSettings) -> None:
        for widget in (self.departed_years, self.hukdis_years, self.statuses_edit):
            widget.blockSignals(True)
        self.departed_years.setValue(settings.departed_years)
        self.hukdis_years.setValue(settings.hukdis_years)
        self.statuses_edit.setPlainText("\n".join(settings.departed_statuses))
        for widget in (self.departed_years, self.hukdis_years, self.statuses_edit):
            widget.blockSignals(False)
        self._form_edited()

    def form_values(self) -> dict:
        return {
            "departed_years": self.departed_years.value(),
            "departed_statuses": self.statuses_edit.toPlainText(),
            "hukdis_years": self.hukdis_years.value(),
        }

    def is_modified(self) -> bool:
        if self.stored is None:
            return False
        try:
            return privacy.validate_retention(self.form_values()) != self.stored
        except RetentionError:
            return True

    def _form_edited(self) -> None:
        if not self.may_manage:
            return
        if self.is_modified():
            _say(
                self.rules_status,
                self.tr("Perubahan belum disimpan; pratinjau dan penerapan memakai aturan yang tersimpan."),
                "warning",
            )
        elif self.rules_status.property("tone") == "warning":
            _say(self.rules_status, "")

    def _show_saved_info(self) -> None:
        if self.stored == privacy.DEFAULTS:
            self.saved_info.setText(self.tr("Aturan yang berlaku: nilai bawaan."))
        else:
            self.saved_info.setText(
                self.tr("Aturan yang berlaku: disimpan administrator (tercatat di log audit).")
            )

    def fill_defaults(self) -> None:
        self._fill_form(privacy.DEFAULTS)

    def save_rules(self) -> RetentionSettings | None:
        self._loader.drop()  # a read begun before the save would bring back the old rules
        try:
            settings = self.workspace.write(privacy.save_retention, self.form_values())
        except (RetentionError, PermissionDenied) as exc:
            _say(self.rules_status, user_text(exc), "error")
            return None
        self.stored = settings
        self._fill_form(settings)
        self._show_saved_info()
        _say(self.rules_status, self.tr("Aturan retensi disimpan dan dicatat di log audit."), "ok")
        self.register = self.workspace.read(
            privacy.data_register, backup_count=privacy.count_backups(self.workspace.db)
        )
        self._show_register()
        self.refresh_preview()
        return settings

    # -- preview and apply -------------------------------------------------------------------------------

    def refresh_preview(self) -> RetentionPreview:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            preview = self.workspace.read(
                privacy.preview_retention, sensitive=self.workspace.can(Permission.SENSITIVE_DATA)
            )
        finally:
            QGuiApplication.restoreOverrideCursor()
        return self._show_preview(preview)

    def _show_preview(self, preview: RetentionPreview) -> RetentionPreview:
        self.preview = preview
        self.candidate_model.set_candidates(preview.candidates)
        table = self.candidate_table
        for column, key in enumerate(CANDIDATE_COLUMNS):
            if key != "nama":
                table.resizeColumnToContents(column)
                table.setColumnWidth(column, min(table.columnWidth(column) + 12, CANDIDATE_WIDTHS[key]))
        self._show_preview_text(preview)
        if preview.candidates:
            table.selectRow(0)
        self._show_candidate()
        self.apply_button.setEnabled(not preview.is_empty)
        return preview

    def _show_preview_text(self, preview: RetentionPreview) -> None:
        n = _number
        lines = [
            self.tr("Dihitung per {0} dengan aturan yang tersimpan.").format(date_text(preview.today)),
            self.tr(
                "Pegawai yang telah keluar: <b>{0}</b> · masa simpan belum habis: {1} · tanpa tanggal (tetap "
                "disimpan): {2} · sudah dianonimkan: {3}"
            ).format(n(preview.departed), n(preview.waiting), n(preview.undated), n(preview.done)),
        ]
        if preview.is_empty:
            lines.append("<b>" + self.tr("Tidak ada data yang melewati masa retensi.") + "</b>")
        else:
            parts = ", ".join(
                f"{html.escape(user_text(label))} {n(count)}" for label, count in preview.removals
            )
            lines.append("<b>" + self.tr("Akan diterapkan:") + "</b> " + parts + ".")
        if preview.hukdis_cutoff is not None:
            lines.append(
                self.tr(
                    "Hukuman disiplin pegawai lain dihapus bila berakhir pada atau sebelum {0}: {1} catatan."
                ).format(date_text(preview.hukdis_cutoff), n(len(preview.hukdis_ids)))
            )
        self.preview_summary.setText("<br/>".join(lines))
        self.candidate_table.setVisible(bool(preview.candidates))
        self.candidate_detail.setVisible(bool(preview.candidates))
        self.empty_note.setVisible(not preview.candidates)
        self.empty_note.setText(self.tr("Tidak ada pegawai yang masa simpannya telah habis."))
        statuses = " · ".join(
            f"{html.escape(s.kedudukan or self.tr('(kosong)'))} {n(s.people)}"
            + (f" <b>({html.escape(self.tr('keluar'))})</b>" if s.departed else "")
            for s in preview.statuses
        )
        self.statuses_label.setText(self.tr("Kedudukan di database: {0}").format(statuses or "–"))

    def selected_candidate(self) -> RetentionCandidate | None:
        index = self.candidate_table.currentIndex()
        if not index.isValid():
            return None
        return self.candidate_model.candidates[self.candidate_proxy.mapToSource(index).row()]

    def _show_candidate(self) -> None:
        c = self.selected_candidate()
        if c is None:
            self.candidate_detail.setText(
                self.tr("Pilih pegawai untuk melihat dasar tanggal dan tindakannya.")
            )
            return
        text = self.tr("{0}: terakhir bekerja {1} ({2}); masa simpan habis {3}.").format(
            c.nama, date_text(c.left_on), user_text(c.left_basis_message or c.left_basis), date_text(c.due_on)
        )
        if c.action == privacy.ACTION_DELETE:
            text += " " + self.tr("Tidak disebut dalam catatan apa pun: seluruh datanya dihapus")
        else:
            text += " " + self.tr(
                "Dianonimkan; NIP, nama, dan jabatan terakhir tetap karena disebut dalam {0}"
            ).format(", ".join(c.kept_because))
        text += ". " + self.tr("{0} baris riwayat, SKP, dan asesmen dihapus.").format(_number(c.rows))
        self.candidate_detail.setText(text)

    def confirm(self, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self)
        box.setObjectName("privacyConfirm")
        yes = box.addButton(self.tr("Terapkan"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(box.buttons()[-1])
        box.exec()
        return box.clickedButton() is yes

    def apply(self, *, ask: bool = True) -> privacy.RetentionResult | None:
        """Apply the rules as the preview shows them, after a confirmation and an automatic backup."""
        preview = self.preview
        if preview is None or preview.is_empty or not self.may_manage:
            return None
        if ask and not self.confirm(
            self.tr("Terapkan retensi"),
            self.tr(
                "{0}\n\nSebelumnya dibuat salinan cadangan otomatis; data yang dihapus hanya dapat "
                "dikembalikan dengan memulihkan salinan itu. Berita acara, keputusan komite, dan log audit "
                "tidak diubah. Lanjutkan?"
            ).format(user_text(preview.summary_message())),
        ):
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            # a preview that no longer holds is refused before a backup is made for nothing
            if self.workspace.read(privacy.preview_retention).token != preview.token:
                raise RetentionError(privacy.STALE_PREVIEW)
            made = privacy.backup_before_retention(self.workspace.db, self.workspace.actor)
            result = self.workspace.write(privacy.apply_retention, token=preview.token)
        except (RetentionError, PermissionDenied, BackupError) as exc:
            QGuiApplication.restoreOverrideCursor()
            _say(self.preview_status, user_text(exc), "error")
            self.refresh_preview()
            return None
        QGuiApplication.restoreOverrideCursor()
        self.reload(keep_form=self.is_modified())
        note = self.tr(" Salinan sebelum retensi: {0}.").format(made.path.name) if made is not None else ""
        _say(self.preview_status, user_text(result.summary_message()) + note, "ok")
        self.changed.emit()
        return result

    # -- export ------------------------------------------------------------------------------------------

    def _folder(self) -> Path:
        return last_folder(SETTINGS_FOLDER)

    def choose_export_path(self) -> None:
        xlsx, pdf = self.tr("Buku kerja Excel (*.xlsx)"), self.tr("PDF (*.pdf)")
        name = f"register-data-pribadi-{date.today():%Y%m%d}.xlsx"
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Ekspor register data pribadi"), str(self._folder() / name), f"{xlsx};;{pdf}"
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in privacy.REGISTER_FORMATS:
            target = target.with_name(target.name + (".pdf" if chosen == pdf else ".xlsx"))
        self.export_register(target)

    def export_register(self, path: str | Path) -> Path | None:
        """Write the register to ``path`` (.xlsx or .pdf); recorded in the export log."""
        target = Path(path)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.workspace.write(
                privacy.export_register, target, backup_count=privacy.count_backups(self.workspace.db)
            )
        except (RetentionError, PermissionDenied, OSError) as exc:
            _say(self.register_status, user_text(exc), "error")
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        remember_folder(SETTINGS_FOLDER, target)
        _say(
            self.register_status,
            self.tr("Register disimpan ke {0} dan dicatat di log ekspor.").format(target),
            "ok",
        )
        return target
