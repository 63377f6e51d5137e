"""The import wizard: file → sheet and columns → dry-run preview with problems → commit with Cancel.

Every step that reads the file or the database runs in a background `Task` (ui.workers), so the window
stays responsive on a 50,000-row file. The preview is a real dry run of `run_import` in a read-only
session, so its counts and problems are exactly what the commit will meet; the commit runs through
`Workspace.write`, one transaction that a cancel or an error rolls back whole.
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from talenta_desktop.services.backups import backup_before_import
from talenta_desktop.services.importing import (
    ERROR,
    FIELDS,
    SUPPORTED,
    WARNING,
    ColumnMapping,
    ImportCancelled,
    ImportFileError,
    ImportKind,
    ImportReport,
    MissingColumnsError,
    Problem,
    choose_sheet,
    detect_mapping,
    list_profiles,
    load_profile,
    read_sheet,
    run_import,
    save_profile,
    sheet_names,
    write_problems_workbook,
)
from talenta_desktop.services.importing.mapping import no_sheets
from talenta_desktop.services.permissions import Permission, PermissionDenied
from talenta_desktop.services.workspace import Workspace
from talenta_desktop.ui import palette
from talenta_desktop.ui.mapping_dialog import MappingEditor, samples_of
from talenta_desktop.ui.messages import user_text
from talenta_desktop.ui.permissions import denial
from talenta_desktop.ui.restyle import restyle
from talenta_desktop.ui.theme import points
from talenta_desktop.ui.workers import Task

log = logging.getLogger(__name__)

PAGE_SOURCE, PAGE_MAPPING, PAGE_PREVIEW, PAGE_COMMIT = range(4)
KIND_ORDER = (ImportKind.PERSONNEL, ImportKind.SKP, ImportKind.ASSESSMENT)
# The steps run_import reports, marked here so that lupdate offers them for translation.
IMPORT_STEPS = (
    QT_TRANSLATE_NOOP("ImportSteps", "Membaca berkas"),
    QT_TRANSLATE_NOOP("ImportSteps", "Memeriksa data"),
    QT_TRANSLATE_NOOP("ImportSteps", "Mencocokkan unit kerja"),
    QT_TRANSLATE_NOOP("ImportSteps", "Menyimpan"),
    QT_TRANSLATE_NOOP("ImportSteps", "Selesai"),
)
FITTED_ROWS = 1500  # problem rows measured for wrapped messages; beyond this, one line each


def _title(text: str) -> str:
    """A page title for the wizard's header, a size above body text."""
    return f"<span style='font-size:{points(13):g}pt; font-weight:600'>{text}</span>"


def _step(text: str) -> str:
    """A service's progress step, translated, as an ongoing action."""
    return QCoreApplication.translate("ImportSteps", text) + "…"


def _say(label: QLabel, text: str, tone: str | None = None) -> None:
    """Show a message in a label that is hidden while it has nothing to say."""
    label.setText(text)
    restyle(label, "tone", tone)
    label.setVisible(bool(text))


def _hint(text: str = "", object_name: str = "") -> QLabel:
    label = QLabel(text, objectName=object_name, wordWrap=True)
    label.setProperty("role", "hint")
    return label


# -- reading the file (background) -----------------------------------------------------------------


@dataclass(frozen=True)
class Inspection:
    """What the mapping step needs to know about a file: its sheets, the chosen one and its columns."""

    sheets: list[str]
    sheet: str  # the chosen sheet's name (its cells are not kept: a 50k-row sheet is large)
    mapping: ColumnMapping
    samples: dict[str, str]  # header -> an example value under it
    data_rows: int  # non-blank rows under the header


def inspect_file(
    path: Path, kind: ImportKind, explicit: dict[str, str] | None = None, sheet: str | None = None
) -> Inspection:
    """The named sheet, or the one whose header matches best, with its detected column mapping."""
    names = sheet_names(path)
    if not names:
        raise no_sheets(path)
    if sheet is not None and sheet in names:
        raw = read_sheet(path, sheet)
        mapping = detect_mapping(raw, kind, explicit)
    else:
        raw, mapping = choose_sheet(path, kind, explicit)
    data_rows = sum(1 for row in raw.rows[mapping.header_row :] if any(c is not None for c in row))
    samples = samples_of(raw.rows, mapping.header_row, mapping.headers)
    return Inspection(names, raw.name, mapping, samples, data_rows)


# -- the problems table ----------------------------------------------------------------------------


class ProblemsModel(QAbstractTableModel):
    """The report's problems as rows: Baris, Kolom, Nilai, Pesan, Jenis."""

    SORT_ROLE = Qt.ItemDataRole.UserRole
    SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 1
    COLUMNS = 5

    def __init__(self, problems: list[Problem] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._problems: list[Problem] = list(problems or [])
        self._texts: dict[int, str] = {}
        self._headers = (
            self.tr("Baris"),
            self.tr("Kolom"),
            self.tr("Nilai"),
            self.tr("Pesan"),
            self.tr("Jenis"),
        )
        self._severity = {ERROR: self.tr("Kesalahan"), WARNING: self.tr("Peringatan")}
        self._colours = {ERROR: QColor(palette.WARNING), WARNING: QColor(palette.CAUTION_TEXT)}

    def set_problems(self, problems: list[Problem]) -> None:
        self.beginResetModel()
        self._problems = list(problems)
        self._texts = {}  # id(message) -> its text in the interface language
        self.endResetModel()

    def message_text(self, p: Problem) -> str:
        """A problem's message as the user reads it; a file's many rows share a few messages, so each
        is rendered once."""
        message = p.user_message
        key = id(p.text) if p.text is not None else id(p)
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = user_text(message)
        return text

    def problem(self, row: int) -> Problem:
        return self._problems[row]

    def problems(self) -> list[Problem]:
        return list(self._problems)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._problems):
            return None
        p, column = self._problems[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                "–" if p.row is None else str(p.row),
                p.column or "",
                p.value or "",
                self.message_text(p),
                self._severity.get(p.severity, p.severity),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (2, 3):
            return p.value if column == 2 else self.message_text(p)
        if role == self.SORT_ROLE:
            return (p.row or 0, p.column or "", p.value or "", self.message_text(p), p.severity)[column]
        if role == self.SEVERITY_ROLE:
            return p.severity
        if role == Qt.ItemDataRole.ForegroundRole and column == 4:
            return self._colours.get(p.severity)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < self.COLUMNS else None
        return None


class ProblemsFilter(QSortFilterProxyModel):
    """Shows all problems, or only errors, or only warnings; sorts rows by number."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._severity: str | None = None
        self.setSortRole(ProblemsModel.SORT_ROLE)

    def set_severity(self, severity: str | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.9; invalidateFilter() is deprecated there
            self.beginFilterChange()
            self._severity = severity
            self.endFilterChange()
        else:
            self._severity = severity
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if self._severity is None:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return index.data(ProblemsModel.SEVERITY_ROLE) == self._severity

    def visible_problems(self) -> list[Problem]:
        model: ProblemsModel = self.sourceModel()  # type: ignore[assignment]
        return [model.problem(self.mapToSource(self.index(row, 0)).row()) for row in range(self.rowCount())]


# -- the wizard ------------------------------------------------------------------------------------


class ImportWizard(QWizard):
    """Four steps; after a committed import emits `imported(ImportReport)`."""

    imported = Signal(object)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.locale = QLocale()
        self.setObjectName("ImportWizard")
        self.setWindowTitle(self.tr("Impor data"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setTitleFormat(Qt.TextFormat.RichText)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("< &Kembali")),
            (QWizard.WizardButton.NextButton, self.tr("&Lanjut >")),
            (QWizard.WizardButton.CommitButton, self.tr("&Impor")),
            (QWizard.WizardButton.FinishButton, self.tr("&Selesai")),
            (QWizard.WizardButton.CancelButton, self.tr("Batal")),
        ):
            self.setButtonText(button, text)
        for button in (
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.FinishButton,
        ):
            restyle(self.button(button), "role", "primary")  # the way forward stands out
        self.source_page = SourcePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.commit_page = CommitPage(self)
        self.setPage(PAGE_SOURCE, self.source_page)
        self.setPage(PAGE_MAPPING, self.mapping_page)
        self.setPage(PAGE_PREVIEW, self.preview_page)
        self.setPage(PAGE_COMMIT, self.commit_page)
        self.setStartId(PAGE_SOURCE)
        self.setMinimumSize(760, 560)
        self.resize(920, 660)
        self._close_when_idle = False
        self.report: ImportReport | None = None  # of the committed import

    # -- the choices made so far ---------------------------------------------------------------------

    def kind(self) -> ImportKind:
        return self.source_page.kind()

    def path(self) -> Path:
        return self.source_page.path()

    def set_file(self, path: Path | str) -> None:
        """Choose the file as the "Pilih…" dialog would (for tests and drag-and-drop)."""
        self.source_page.set_file(path)

    def set_kind(self, kind: ImportKind | str) -> None:
        self.source_page.set_kind(ImportKind(kind))

    def sheet(self) -> str | None:
        return self.mapping_page.sheet()

    def run_mapping(self) -> dict[str, str]:
        return self.mapping_page.editor.run_mapping()

    # -- background work and closing ------------------------------------------------------------------

    def running_task(self) -> Task | None:
        for page in (self.mapping_page, self.preview_page, self.commit_page):
            if page.task is not None and page.task.running:
                return page.task
        return None

    def reject(self) -> None:
        """Cancel closes only once background work has stopped: a half-run import is rolled back first."""
        task = self.running_task()
        if task is not None:
            self._close_when_idle = True
            if task is self.commit_page.task:
                self.commit_page.cancel()  # also says so on the page while the rollback runs
            else:
                task.cancel()
            return
        super().reject()

    def task_ended(self) -> None:
        if self._close_when_idle and self.running_task() is None:
            self._close_when_idle = False
            super().reject()


class _TaskPage(QWizardPage):
    """A page that runs background work and ignores results from work it has since abandoned."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.task: Task | None = None
        self.locale = QLocale()

    def _start(self, task: Task) -> Task:
        self._abandon()
        self.task = task
        task.progress.connect(self._on_progress)
        task.finished.connect(self._on_finished)
        task.failed.connect(self._on_failed)
        return task.start()

    def _abandon(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
        self.task = None

    def _current(self) -> bool:
        """Whether the signal being handled comes from the task this page still waits for."""
        sender = self.sender()
        return sender is not None and sender is self.task

    def _on_progress(self, percent: int, step: str) -> None:
        pass

    def _on_finished(self, result) -> None:
        self.wizard_.task_ended()

    def _on_failed(self, error) -> None:
        self.wizard_.task_ended()


# -- step 1: what and which file ------------------------------------------------------------------


class SourcePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setObjectName("page-source")
        self.setTitle(_title(self.tr("Jenis data dan berkas")))
        self.setSubTitle(
            self.tr(
                "Pilih data yang akan diimpor dan berkasnya: Excel (.xlsx, .xls), ODS atau CSV, "
                "misalnya unduhan SIASN atau rekap dari unit kerja."
            )
        )
        choices = {
            ImportKind.PERSONNEL: (
                self.tr("Data pegawai"),
                self.tr("Data utama SIASN: NIP, nama, jabatan, unit kerja, golongan, TMT."),
            ),
            ImportKind.SKP: (
                self.tr("Riwayat SKP"),
                self.tr("Predikat kinerja per tahun: NIP, tahun, hasil kerja, perilaku kerja."),
            ),
            ImportKind.ASSESSMENT: (
                self.tr("Hasil asesmen"),
                self.tr("Hasil uji kompetensi: NIP, tanggal asesmen, JPM, nilai potensi."),
            ),
        }
        self.kinds = QButtonGroup(self)
        kind_box = QGroupBox(self.tr("Jenis data"))
        kind_layout = QGridLayout(kind_box)
        kind_layout.setColumnStretch(1, 1)
        kind_layout.setVerticalSpacing(6)
        self.kind_buttons: dict[ImportKind, QRadioButton] = {}
        for row, kind in enumerate(KIND_ORDER):
            title, description = choices[kind]
            button = QRadioButton(title, objectName=f"kind-{kind.value}")
            self.kinds.addButton(button, row)
            self.kind_buttons[kind] = button
            kind_layout.addWidget(button, row, 0)
            kind_layout.addWidget(_hint(description), row, 1)

        self.file_edit = QLineEdit(objectName="file")
        self.file_edit.setPlaceholderText(self.tr("Pilih berkas lembar kerja…"))
        self.file_edit.setClearButtonEnabled(True)
        self.browse_button = QPushButton(self.tr("Pilih…"), objectName="browse")
        self.file_status = _hint(object_name="file-status")
        file_box = QGroupBox(self.tr("Berkas"))
        file_layout = QVBoxLayout(file_box)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.browse_button)
        file_layout.addLayout(row)
        file_layout.addWidget(self.file_status)

        self.profile_combo = QComboBox(objectName="profile")
        self.profile_hint = _hint(
            self.tr(
                "Profil menyimpan pemetaan kolom berkas yang pernah diimpor, untuk berkas dengan "
                "susunan kolom yang sama. Tanpa profil, kolom dikenali dari judulnya."
            )
        )
        profile_box = QGroupBox(self.tr("Profil pemetaan kolom"))
        profile_layout = QVBoxLayout(profile_box)
        profile_layout.addWidget(self.profile_combo)
        profile_layout.addWidget(self.profile_hint)

        # A role that may not import learns it here, before choosing a file, not after the dry run.
        self.refusal = denial(wizard.workspace, Permission.PERSONNEL_EDIT)
        self.refusal_label = QLabel(self.refusal or "", objectName="import-refused", wordWrap=True)
        restyle(self.refusal_label, "tone", "error")
        self.refusal_label.setVisible(self.refusal is not None)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.refusal_label)
        layout.addWidget(kind_box)
        layout.addWidget(file_box)
        layout.addWidget(profile_box)
        layout.addStretch(1)
        for box in (kind_box, file_box, profile_box):
            box.setEnabled(self.refusal is None)

        settings = QSettings()
        saved = str(settings.value("import/kind", ImportKind.PERSONNEL.value))
        self.set_kind(ImportKind(saved) if saved in {k.value for k in ImportKind} else ImportKind.PERSONNEL)
        self.kinds.idToggled.connect(self._kind_toggled)
        self.file_edit.textChanged.connect(self._file_changed)
        self.browse_button.clicked.connect(self.browse)
        self.setAcceptDrops(True)  # a file dragged from Explorer onto the page is chosen
        self._file_changed()

    def _dropped_file(self, event) -> str | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        return urls[0].toLocalFile() or None if len(urls) == 1 else None

    def dragEnterEvent(self, event) -> None:
        if self._dropped_file(event):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        path = self._dropped_file(event)
        if path:
            self.set_file(path)
            event.acceptProposedAction()

    def kind(self) -> ImportKind:
        return KIND_ORDER[max(self.kinds.checkedId(), 0)]

    def set_kind(self, kind: ImportKind) -> None:
        self.kind_buttons[kind].setChecked(True)
        self._reload_profiles()
        self._file_changed()

    def path(self) -> Path:
        return Path(self.file_edit.text().strip().strip('"'))

    def set_file(self, path: Path | str) -> None:
        self.file_edit.setText(str(path))

    def profile(self) -> str | None:
        return self.profile_combo.currentData() or None

    def _kind_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._reload_profiles()
            self._file_changed()

    def _reload_profiles(self) -> None:
        current = self.profile_combo.currentData()
        profiles = self.wizard_.workspace.read(list_profiles, self.kind())
        self.profile_combo.clear()
        if profiles:
            self.profile_combo.addItem(self.tr("Tanpa profil — kenali kolom dari judulnya"), "")
            for profile in profiles:
                self.profile_combo.addItem(profile.name, profile.name)
            self.profile_combo.setCurrentIndex(max(self.profile_combo.findData(current), 0))
        else:
            self.profile_combo.addItem(self.tr("Belum ada profil tersimpan untuk jenis data ini"), "")
        self.profile_combo.setEnabled(bool(profiles))

    def set_profile(self, name: str) -> None:
        index = self.profile_combo.findData(name)
        if index < 0:
            raise KeyError(name)
        self.profile_combo.setCurrentIndex(index)

    def browse(self) -> None:
        settings = QSettings()
        start = self.file_edit.text().strip() or str(settings.value("import/dir", str(Path.home())))
        patterns = " ".join(f"*{suffix}" for suffix in SUPPORTED)
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih berkas untuk diimpor"),
            start,
            self.tr("Lembar kerja dan CSV ({0});;Semua berkas (*)").format(patterns),
        )
        if chosen:
            settings.setValue("import/dir", str(Path(chosen).parent))
            self.set_file(chosen)

    def _problem(self) -> str | None:
        text = self.file_edit.text().strip()
        if not text:
            return None
        path = self.path()
        if not path.is_file():
            return self.tr("Berkas tidak ditemukan.")
        if path.suffix.lower() not in SUPPORTED:
            return self.tr("Jenis berkas ini tidak didukung; gunakan .xlsx, .xls, .ods atau .csv.")
        return None

    def _file_changed(self) -> None:
        problem = self._problem()
        if problem:
            self.file_status.setText(problem)
            restyle(self.file_status, "tone", "error")
        else:
            required = [user_text(spec.label) for spec in FIELDS[self.kind()] if spec.required]
            self.file_status.setText(
                self.tr("Kolom wajib untuk jenis data ini: {0}.").format(", ".join(required))
            )
            restyle(self.file_status, "tone", None)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.refusal is None and bool(self.file_edit.text().strip()) and self._problem() is None

    def validatePage(self) -> bool:
        settings = QSettings()
        settings.setValue("import/kind", self.kind().value)
        settings.setValue("import/dir", str(self.path().resolve().parent))
        return True


# -- step 2: sheet and columns --------------------------------------------------------------------


class MappingPage(_TaskPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("page-mapping")
        self.setTitle(_title(self.tr("Lembar dan kolom")))
        self.setSubTitle(
            self.tr(
                "Kolom berkas dikenali dari judulnya. Periksa pasangannya, lalu ubah bila ada yang keliru "
                "atau belum ditemukan."
            )
        )
        self.inspection: Inspection | None = None
        self._loaded_key: tuple | None = None
        self._error: str | None = None

        self.sheet_combo = QComboBox(objectName="sheet")
        self.sheet_combo.setMinimumWidth(220)
        self.header_info = _hint(object_name="header-info")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Lembar:")))
        top.addWidget(self.sheet_combo)
        top.addSpacing(12)
        top.addWidget(self.header_info, 1)

        self.busy = QProgressBar(objectName="busy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.status = QLabel(objectName="mapping-status", wordWrap=True)
        self.editor = MappingEditor(self)
        self.ignored = _hint(object_name="ignored-columns")
        self.ignored.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.profile_name = QLineEdit(objectName="profile-name")
        self.profile_name.setPlaceholderText(self.tr("Nama profil, mis. Rekap BKPSDM 2025"))
        self.save_profile_button = QPushButton(self.tr("Simpan sebagai profil"), objectName="save-profile")
        self.save_profile_button.setToolTip(
            self.tr("Simpan pemetaan ini agar dapat dipilih lagi untuk berkas dengan kolom yang sama")
        )
        self.profile_status = _hint(object_name="profile-status")
        profile_row = QHBoxLayout()
        profile_row.addWidget(QLabel(self.tr("Profil:")))
        profile_row.addWidget(self.profile_name, 1)
        profile_row.addWidget(self.save_profile_button)
        profile_row.addWidget(self.profile_status, 1)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.ignored)
        layout.addLayout(profile_row)

        self.sheet_combo.currentIndexChanged.connect(self._sheet_chosen)
        self.editor.changed.connect(self._mapping_changed)
        self.profile_name.textChanged.connect(self._update_profile_button)
        self.profile_name.returnPressed.connect(self.save_profile)
        self.save_profile_button.clicked.connect(self.save_profile)
        self._set_loading(False)

    def sheet(self) -> str | None:
        return self.inspection.sheet if self.inspection else None

    def loading(self) -> bool:
        return self.task is not None and self.task.running

    def initializePage(self) -> None:
        source = self.wizard_.source_page
        path = source.path()
        try:
            stat = path.stat()
        except OSError as exc:
            self._show_error(self.tr("Berkas tidak dapat dibuka: {0}").format(user_text(exc)))
            return
        key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size, source.kind(), source.profile())
        if key == self._loaded_key and self.inspection is not None:
            return  # coming back from the preview: keep the user's choices
        self._loaded_key = key
        self.inspection = None
        self.profile_status.clear()
        self.profile_name.setText(source.profile() or "")
        self._load(sheet=None)

    def _explicit(self) -> tuple[dict[str, str], str | None]:
        name = self.wizard_.source_page.profile()
        if not name:
            return {}, None
        profile = self.wizard_.workspace.read(load_profile, name)
        return dict(profile.mapping), profile.sheet

    def _load(self, sheet: str | None) -> None:
        try:
            explicit, profile_sheet = self._explicit()
        except ImportFileError as exc:
            self._show_error(user_text(exc))
            return
        path, kind = self.wizard_.path(), self.wizard_.kind()
        wanted = sheet if sheet is not None else profile_sheet
        self._error = None
        self._set_loading(True)
        self._start(Task(lambda _progress, _cancel: inspect_file(path, kind, explicit, wanted)))

    def _set_loading(self, loading: bool) -> None:
        self.busy.setVisible(loading)
        self.sheet_combo.setEnabled(not loading and self.sheet_combo.count() > 0)
        self.editor.setEnabled(not loading)
        if loading:
            self.status.setText(self.tr("Membaca berkas…"))
            restyle(self.status, "tone", None)
        self.completeChanged.emit()

    def _on_finished(self, result: Inspection) -> None:
        if not self._current():
            return
        self.inspection = result
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(result.sheets)
        self.sheet_combo.setCurrentText(result.sheet)
        self.sheet_combo.blockSignals(False)
        mapping = result.mapping
        self.editor.set_source(self.wizard_.kind(), mapping.headers, mapping.as_profile(), result.samples)
        self.header_info.setText(
            self.tr("Judul kolom di baris {0}; {1} baris data di bawahnya.").format(
                mapping.header_row, self.locale.toString(result.data_rows)
            )
        )
        self._set_loading(False)
        self._mapping_changed()
        # New rows are shown on the next turn of the event loop; focus them then.
        QTimer.singleShot(0, self._focus_missing)
        super()._on_finished(result)

    def _focus_missing(self) -> None:
        missing = self.editor.missing_required() if self.inspection is not None else []
        if missing:
            self.editor.combo(missing[0]).setFocus()  # where the user has to act

    def _on_failed(self, error: Exception) -> None:
        if not self._current():
            return
        self._set_loading(False)
        if isinstance(error, ImportFileError):
            self._show_error(user_text(error))
        else:
            log.error("reading %s failed", self.wizard_.path(), exc_info=error)
            self._show_error(self.tr("Berkas tidak dapat dibaca: {0}").format(user_text(error)))
        super()._on_failed(error)

    def _show_error(self, message: str) -> None:
        self._error = message
        self.status.setText(message)
        restyle(self.status, "tone", "error")
        self.completeChanged.emit()

    def _sheet_chosen(self) -> None:
        name = self.sheet_combo.currentText()
        if self.inspection is not None and name and name != self.inspection.sheet:
            self._load(sheet=name)

    def _mapping_changed(self) -> None:
        if self.inspection is None:
            return
        missing = self.editor.missing_labels()
        if missing:
            self.status.setText(
                self.tr(
                    "Kolom wajib belum ditemukan: {0}. Pilih kolom berkas yang berisi data tersebut "
                    "pada baris bertanda merah."
                ).format(", ".join(missing))
            )
            restyle(self.status, "tone", "error")
        else:
            used = len(self.editor.mapping())
            self.status.setText(
                self.tr("Semua kolom wajib ditemukan; {0} kolom berkas akan dipakai.").format(
                    self.locale.toString(used)
                )
            )
            restyle(self.status, "tone", "ok")
        ignored = self.editor.ignored_headers()
        if ignored:
            self.ignored.setText(
                self.tr("Kolom berkas yang tidak dipakai ({0}): {1}").format(
                    self.locale.toString(len(ignored)), ", ".join(ignored)
                )
            )
        else:
            self.ignored.setText(self.tr("Semua kolom berkas dipakai."))
        self._update_profile_button()
        self.completeChanged.emit()

    def _update_profile_button(self) -> None:
        ready = self.inspection is not None and not self.loading() and not self.editor.missing_required()
        self.save_profile_button.setEnabled(ready and bool(self.profile_name.text().strip()))

    def save_profile(self) -> bool:
        """Save the mapping on screen under the typed name (replacing a profile of that name)."""
        name = " ".join(self.profile_name.text().split())
        if not name or not self.save_profile_button.isEnabled():
            return False
        kind = self.wizard_.kind()
        existed = any(p.name == name for p in self.wizard_.workspace.read(list_profiles))
        try:
            self.wizard_.workspace.write(
                save_profile, name, kind, self.editor.profile_mapping(), self.sheet()
            )
        except (ValueError, PermissionDenied) as exc:
            self.profile_status.setText(user_text(exc))
            restyle(self.profile_status, "tone", "error")
            return False
        message = self.tr("Profil “{0}” diperbarui.") if existed else self.tr("Profil “{0}” disimpan.")
        self.profile_status.setText(message.format(name))
        restyle(self.profile_status, "tone", "ok")
        return True

    def cleanupPage(self) -> None:
        # Going back to step 1: stop reading; the file or kind may change there.
        if self.loading():
            self._abandon()
            self._loaded_key = None
            self._set_loading(False)

    def isComplete(self) -> bool:
        return (
            self.inspection is not None
            and not self.loading()
            and self._error is None
            and not self.editor.missing_required()
        )


# -- step 3: dry run --------------------------------------------------------------------------------


class PreviewPage(_TaskPage):
    FILTERS = (None, ERROR, WARNING)

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("page-preview")
        self.setTitle(_title(self.tr("Pratinjau")))
        self.setSubTitle(
            self.tr(
                "Berkas diperiksa seluruhnya tanpa menyimpan apa pun. Periksa hasilnya sebelum mengimpor."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Impor"))
        self.report: ImportReport | None = None
        self._error: str | None = None

        self.progress = QProgressBar(objectName="preview-progress")
        self.progress.setTextVisible(False)  # the step label says how far; text on the bar is hard to read
        self.step = _hint(object_name="preview-step")
        self.error = QLabel(objectName="preview-error", wordWrap=True)
        restyle(self.error, "tone", "error")

        self.counts: dict[str, QLabel] = {}
        self.tiles: dict[str, QFrame] = {}
        tiles = QHBoxLayout()
        tiles.setSpacing(8)
        for key, caption in (
            ("new", self.tr("Baru")),
            ("updated", self.tr("Diperbarui")),
            ("unchanged", self.tr("Tidak berubah")),
            ("invalid", self.tr("Tidak valid")),
            ("units", self.tr("Unit kerja baru")),
        ):
            tile = QFrame(objectName="countTile")
            box = QVBoxLayout(tile)
            box.setContentsMargins(12, 6, 12, 6)
            box.setSpacing(0)
            value = QLabel("–", objectName=f"count-{key}")
            value.setProperty("role", "countValue")
            label = QLabel(caption)
            label.setProperty("role", "countCaption")
            box.addWidget(value)
            box.addWidget(label)
            tiles.addWidget(tile, 1)
            self.counts[key] = value
            self.tiles[key] = tile
        self.summary = _hint(object_name="preview-summary")

        self.model = ProblemsModel(parent=self)
        self.proxy = ProblemsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(objectName="problems")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((60, 130, 150, 0, 90)):
            if width:
                self.table.setColumnWidth(column, width)

        # Messages wrap, so rows are fitted to their text; debounced, and only for lists short enough
        # to measure at once (a long list keeps one line per row and shows the message as a tooltip).
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self._fit_rows)
        header.sectionResized.connect(self._schedule_fit)

        self.filter_combo = QComboBox(objectName="problem-filter")
        self.filter_combo.currentIndexChanged.connect(self._filter_chosen)
        self.export_button = QPushButton(self.tr("Ekspor daftar masalah…"), objectName="export-problems")
        self.export_button.clicked.connect(self.choose_export)
        self.export_status = _hint(object_name="export-status")
        self.export_status.hide()
        self.export_task: Task | None = None
        problems_head = QHBoxLayout()
        title = QLabel(self.tr("Masalah yang ditemukan"))
        title.setProperty("role", "sectionTitle")
        problems_head.addWidget(title)
        problems_head.addStretch(1)
        problems_head.addWidget(QLabel(self.tr("Tampilkan:")))
        problems_head.addWidget(self.filter_combo)
        problems_head.addWidget(self.export_button)

        self.skip_invalid = QCheckBox(self.tr("Lewati baris yang tidak valid"), objectName="skip-invalid")
        self.skip_invalid.toggled.connect(self._decision_changed)
        self.decision = QLabel(objectName="decision", wordWrap=True)

        self.results = QWidget(objectName="preview-results")
        results = QVBoxLayout(self.results)
        results.setContentsMargins(0, 0, 0, 0)
        results.setSpacing(6)
        results.addLayout(tiles)
        results.addWidget(self.summary)
        results.addLayout(problems_head)
        results.addWidget(self.table, 1)
        results.addWidget(self.export_status)
        results.addWidget(self.skip_invalid)
        results.addWidget(self.decision)

        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addWidget(self.progress)
        layout.addWidget(self.step)
        layout.addWidget(self.error)
        layout.addWidget(self.results, 1)
        self._show_state("idle")

    def running(self) -> bool:
        return self.task is not None and self.task.running

    def _show_state(self, state: str) -> None:
        """idle | running | done | failed"""
        self.progress.setVisible(state == "running")
        self.step.setVisible(state == "running")
        self.error.setVisible(state == "failed")
        self.results.setVisible(state == "done")
        self.completeChanged.emit()

    def initializePage(self) -> None:
        wizard = self.wizard_
        workspace, path, kind = wizard.workspace, wizard.path(), wizard.kind()
        sheet, mapping = wizard.sheet(), wizard.run_mapping()
        self.report = None
        self._error = None
        self.skip_invalid.setChecked(False)
        _say(self.export_status, "")
        self.progress.setValue(0)
        self.step.setText(self.tr("Memeriksa berkas…"))
        self._show_state("running")

        def work(progress, cancel) -> ImportReport:
            # A read-only session: the dry run is rolled back when the session closes, whatever it did.
            return workspace.read(
                run_import, workspace.actor, path, kind, sheet=sheet, mapping=mapping, dry_run=True,
                progress=progress, cancel=cancel,
            )  # fmt: skip

        self._start(Task(work))

    def cleanupPage(self) -> None:
        self._abandon()
        self._show_state("idle")

    def _on_progress(self, percent: int, step: str) -> None:
        if self._current():
            self.progress.setValue(percent)
            self.step.setText(f"{_step(step)} {self.locale.toString(percent)}%")

    def _on_finished(self, report: ImportReport) -> None:
        if not self._current():
            return
        self.report = report
        self.show_report(report)
        self._show_state("done")
        super()._on_finished(report)

    def _on_failed(self, error: Exception) -> None:
        if not self._current():
            return
        if isinstance(error, MissingColumnsError):
            message = self.tr("{0}\n\nKembali ke langkah sebelumnya untuk memilih kolomnya.").format(
                user_text(error)
            )
        elif isinstance(error, ImportFileError | ImportCancelled):
            message = user_text(error)
        else:
            log.error("dry run of %s failed", self.wizard_.path(), exc_info=error)
            message = self.tr("Pemeriksaan berkas gagal: {0}").format(user_text(error))
        self._error = message
        self.error.setText(message)
        self._show_state("failed")
        super()._on_failed(error)

    def show_report(self, report: ImportReport) -> None:
        n = self.locale.toString
        self.counts["new"].setText(n(report.new))
        self.counts["updated"].setText(n(report.updated))
        self.counts["unchanged"].setText(n(report.unchanged))
        self.counts["invalid"].setText(n(report.invalid))
        self.counts["units"].setText(n(len(report.units_created)))
        self.tiles["units"].setVisible(report.kind == ImportKind.PERSONNEL.value)
        restyle(self.tiles["invalid"], "tone", "error" if report.invalid else None)
        restyle(self.counts["invalid"], "tone", "error" if report.invalid else None)
        text = self.tr("{0} baris dibaca dari lembar “{1}” (judul kolom di baris {2}).").format(
            n(report.rows_read), report.sheet, report.header_row
        )
        if report.units_created:
            shown = ", ".join(report.units_created[:5])
            more = len(report.units_created) - 5
            text += " " + self.tr("Unit kerja baru: {0}").format(shown)
            text += self.tr(" dan {0} lainnya.").format(n(more)) if more > 0 else "."
        self.summary.setText(text)
        self.model.set_problems(report.problems)
        errors, warnings = len(report.errors), len(report.warnings)
        self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        self.filter_combo.addItem(self.tr("Semua ({0})").format(n(errors + warnings)))
        self.filter_combo.addItem(self.tr("Kesalahan ({0})").format(n(errors)))
        self.filter_combo.addItem(self.tr("Peringatan ({0})").format(n(warnings)))
        self.filter_combo.setCurrentIndex(0)
        self.filter_combo.blockSignals(False)
        self.proxy.set_severity(None)
        has_problems = bool(report.problems)
        self.table.setVisible(has_problems)
        self.filter_combo.setEnabled(has_problems)
        self.export_button.setEnabled(has_problems)
        if not has_problems:
            _say(self.export_status, self.tr("Tidak ada masalah: semua baris valid."), "ok")
        self.skip_invalid.setVisible(report.invalid > 0)
        self._schedule_fit()
        self._decision_changed()

    def _schedule_fit(self, *_args) -> None:
        self._fit_timer.start()

    def _fit_rows(self) -> None:
        if self.proxy.rowCount() <= FITTED_ROWS:
            self.table.resizeRowsToContents()

    def set_filter(self, severity: str | None) -> None:
        """Show all problems (None), only errors ("error") or only warnings ("warning")."""
        self.filter_combo.setCurrentIndex(self.FILTERS.index(severity))

    def _filter_chosen(self, index: int) -> None:
        self.proxy.set_severity(self.FILTERS[index] if 0 <= index < len(self.FILTERS) else None)
        self._schedule_fit()

    def _decision_changed(self) -> None:
        report = self.report
        if report is None:
            return
        n = self.locale.toString
        valid = report.new + report.updated + report.unchanged
        if report.invalid and not self.skip_invalid.isChecked():
            text = self.tr(
                "{0} baris tidak valid, sehingga berkas belum dapat diimpor. Perbaiki berkasnya lalu mulai "
                "lagi, atau centang “Lewati baris yang tidak valid” untuk mengimpor {1} baris yang valid saja."
            ).format(n(report.invalid), n(valid))
            tone = "error"
        elif not report.new and not report.updated:
            text = self.tr("Tidak ada data baru atau perubahan; tidak ada yang perlu diimpor.")
            tone = "warning"
        else:
            parts = []
            if report.new:
                parts.append(self.tr("{0} baris baru").format(n(report.new)))
            if report.updated:
                parts.append(self.tr("{0} baris diperbarui").format(n(report.updated)))
            what = self.tr(" dan ").join(parts)
            if report.invalid:
                text = self.tr(
                    "{0} baris yang tidak valid akan dilewati; {1} akan disimpan. Tekan Impor untuk melanjutkan."
                ).format(n(report.invalid), what)
            else:
                text = self.tr(
                    "Berkas siap diimpor: {0} akan disimpan. Tekan Impor untuk melanjutkan."
                ).format(what)
            tone = "ok"
        self.decision.setText(text)
        restyle(self.decision, "tone", tone)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        report = self.report
        if report is None or self.running() or self._error is not None:
            return False
        if report.invalid and not self.skip_invalid.isChecked():
            return False
        return bool(report.new or report.updated)

    # -- export ------------------------------------------------------------------------------------

    def choose_export(self) -> None:
        source = self.wizard_.path()
        default = source.with_name(f"{source.stem}-masalah.xlsx")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Ekspor daftar masalah"), str(default), self.tr("Buku kerja Excel (*.xlsx)")
        )
        if chosen:
            self.export_problems(Path(chosen))

    def export_problems(self, path: Path | str) -> Task:
        """Write the problems shown (after the filter) to a workbook, in the background."""
        path = Path(path)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        problems = self.proxy.visible_problems()
        self.export_button.setEnabled(False)
        _say(self.export_status, self.tr("Menyimpan daftar masalah…"))
        task = Task(lambda _progress, _cancel: write_problems_workbook(problems, path))
        task.finished.connect(self._exported)
        task.failed.connect(self._export_failed)
        self.export_task = task
        return task.start()

    def _exported(self, path: Path) -> None:
        self.export_button.setEnabled(True)
        _say(self.export_status, self.tr("Daftar masalah disimpan ke {0}").format(path), "ok")

    def _export_failed(self, error: Exception) -> None:
        self.export_button.setEnabled(True)
        _say(
            self.export_status,
            self.tr("Daftar masalah tidak dapat disimpan: {0}").format(user_text(error)),
            "error",
        )


# -- step 4: commit ---------------------------------------------------------------------------------


class CommitPage(_TaskPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("page-commit")
        self.setTitle(_title(self.tr("Impor")))
        self.setSubTitle(
            self.tr("Data disimpan dalam satu transaksi: seluruhnya tersimpan, atau tidak sama sekali.")
        )
        self.report: ImportReport | None = None
        self.outcome: str | None = None  # "committed" | "cancelled" | "failed"

        self.progress = QProgressBar(objectName="commit-progress")
        self.progress.setTextVisible(False)
        self.what = _hint(object_name="commit-what")
        self.step = _hint(object_name="commit-step")
        self.cancel_button = QPushButton(self.tr("Batalkan impor"), objectName="cancel-import")
        self.cancel_button.clicked.connect(self.cancel)
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)

        self.result_title = QLabel(objectName="result-title")
        self.result_title.setProperty("role", "resultTitle")
        self.result_text = QLabel(objectName="result-summary", wordWrap=True)
        self.result_text.setProperty("role", "resultText")
        self.result_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.what)
        layout.addLayout(running)
        layout.addWidget(self.step)
        layout.addSpacing(8)
        layout.addWidget(self.result_title)
        layout.addWidget(self.result_text)
        layout.addStretch(1)

    def initializePage(self) -> None:
        wizard = self.wizard_
        workspace, path, kind = wizard.workspace, wizard.path(), wizard.kind()
        sheet, mapping = wizard.sheet(), wizard.run_mapping()
        skip_invalid = wizard.preview_page.skip_invalid.isChecked()
        self.report, self.outcome = None, None
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.step.setText(self.tr("Memulai impor…"))
        preview = wizard.preview_page.report
        if preview is not None:
            self.what.setText(
                self.tr("Mengimpor {0}, lembar “{1}”: {2} baris baru, {3} baris diperbarui.").format(
                    path.name, sheet, self.locale.toString(preview.new), self.locale.toString(preview.updated)
                )
            )
        self.what.show()
        self.result_title.clear()
        self.result_text.clear()

        def work(progress, cancel) -> ImportReport:
            backup_before_import(workspace.db, workspace.actor)
            return workspace.write(
                run_import, path, kind, sheet=sheet, mapping=mapping, skip_invalid=skip_invalid,
                progress=progress, cancel=cancel,
            )  # fmt: skip

        self._start(Task(work))
        self.completeChanged.emit()

    def cancel(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.step.setText(self.tr("Membatalkan… perubahan yang sudah dibuat dikembalikan."))

    def _on_progress(self, percent: int, step: str) -> None:
        if self._current() and not self.task.cancel_requested:
            self.progress.setValue(percent)
            self.step.setText(f"{_step(step)} {self.locale.toString(percent)}%")

    def _finish_running(self) -> None:
        self.what.hide()
        self.progress.hide()
        self.cancel_button.hide()
        self.step.clear()

    def _on_finished(self, report: ImportReport) -> None:
        if not self._current():
            return
        self._finish_running()
        self.report, self.outcome = report, "committed"
        self.wizard_.report = report
        n = self.locale.toString
        self.result_title.setText(self.tr("Impor selesai"))
        restyle(self.result_title, "tone", "ok")
        lines = [
            self.tr("{0} baris dibaca dari {1}, lembar “{2}”.").format(
                n(report.rows_read), report.file_name, report.sheet
            ),
            self.tr("Baru: {0} · diperbarui: {1} · tidak berubah: {2}").format(
                n(report.new), n(report.updated), n(report.unchanged)
            ),
        ]
        if report.invalid:
            lines.append(self.tr("{0} baris tidak valid dilewati.").format(n(report.invalid)))
        if report.units_created:
            lines.append(self.tr("{0} unit kerja baru dibuat.").format(n(len(report.units_created))))
        self.result_text.setText("<br>".join(lines))
        self.completeChanged.emit()
        self.wizard_.imported.emit(report)
        super()._on_finished(report)

    def _on_failed(self, error: Exception) -> None:
        if not self._current():
            return
        self._finish_running()
        if isinstance(error, ImportCancelled):
            self.outcome = "cancelled"
            self.result_title.setText(self.tr("Impor dibatalkan"))
            self.result_text.setText(
                self.tr("Tidak ada data yang diubah; database tetap seperti sebelum impor.")
            )
            restyle(self.result_title, "tone", "warning")
        else:
            self.outcome = "failed"
            if not isinstance(error, ImportFileError | PermissionDenied):  # those say what to do
                log.error("import of %s failed", self.wizard_.path(), exc_info=error)
            self.result_title.setText(self.tr("Impor gagal"))
            self.result_text.setText(
                self.tr(
                    "{0}<br><br>Tidak ada data yang diubah; database tetap seperti sebelum impor."
                ).format(html.escape(user_text(error)))
            )
            restyle(self.result_title, "tone", "error")
        self.completeChanged.emit()
        super()._on_failed(error)

    def isComplete(self) -> bool:
        return self.outcome is not None
