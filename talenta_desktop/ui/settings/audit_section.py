"""Pengaturan › Log audit: who did what, when, and to whom — for administrators.

The log can hold hundreds of thousands of events, so the table never holds them all: the filters become
SQL in services.audit_log, the model loads one page of events at a time as the user scrolls
(canFetchMore/fetchMore, newest first), and the total is counted in the database. Sorting is the log's own
order (newest first); narrowing is what the filters are for, so there is no sort proxy over a partial list.

The hash chain is checked in the background when the tab is first shown (every event is read and hashed),
and again when events were added since; a broken link is named with its event number and time, and its
row is marked in red. An export writes the filtered events to .xlsx or .csv in the background, and is
itself recorded in the export log.
"""

from __future__ import annotations

import atexit
import html
import json
import logging
import weakref
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from talenta_desktop.services.audit_log import (
    ACTION_LABELS,
    PAGE_SIZE,
    AuditChoices,
    AuditExport,
    AuditExportCancelled,
    AuditExportError,
    AuditFilter,
    AuditPage,
    AuditRow,
    ChainStatus,
    action_label,
    audit_choices,
    audit_events,
    chain_status,
    export_audit_log,
    field_label,
    group_label,
    shorten,
    summary_message,
)
from talenta_desktop.services.export_log import ACTION_PREFIX, KIND_LABELS
from talenta_desktop.services.permissions import Permission, PermissionDenied
from talenta_desktop.services.workspace import Workspace
from talenta_desktop.ui import palette
from talenta_desktop.ui.formatting import datetime_text
from talenta_desktop.ui.forms import last_folder, remember_folder
from talenta_desktop.ui.messages import user_text
from talenta_desktop.ui.reports.feedback import JobPanel, ResultPanel
from talenta_desktop.ui.reports.labels import EXPORT_KIND_TEXT, PART_TEXT, local_time, part_text
from talenta_desktop.ui.restyle import restyle
from talenta_desktop.ui.tables import read_only_table
from talenta_desktop.ui.theme import points, style_sheet
from talenta_desktop.ui.workers import LatestLoader, Task

log = logging.getLogger(__name__)

CONTEXT = "AuditLog"
SETTINGS_FOLDER = "audit/folder"  # where the last export was saved: the next save dialog opens there
NO_DATE = QDate(2000, 1, 1)  # an unset date filter's value, shown as "—"
RowRole = Qt.ItemDataRole.UserRole + 1  # the row's AuditRow

# Background work still running. A process that ends without the event loop's quit (--screenshots) must
# not let Python destroy a QThread that still runs: wait for them.
_TASKS: weakref.WeakSet[Task] = weakref.WeakSet()


def _finish_tasks(timeout_ms: int = 30_000) -> None:
    for task in list(_TASKS):
        if task.running:
            task.cancel()
            task.wait(timeout_ms)


atexit.register(_finish_tasks)


# -- words -----------------------------------------------------------------------------------------------
# The services' Indonesian labels, marked for translation here (the screen shows these; the services keep
# theirs for exports and the CLI). tests/gui/test_audit_section.py checks the codes are exactly theirs.

GROUP_TEXT = {
    "personnel": QT_TRANSLATE_NOOP("AuditLog", "Data pegawai"),
    "skp": QT_TRANSLATE_NOOP("AuditLog", "SKP"),
    "assessment": QT_TRANSLATE_NOOP("AuditLog", "Asesmen"),
    "import_profile": QT_TRANSLATE_NOOP("AuditLog", "Profil impor"),
    "unit": QT_TRANSLATE_NOOP("AuditLog", "Unit kerja"),
    "mapping": QT_TRANSLATE_NOOP("AuditLog", "Pemetaan talenta"),
    "period": QT_TRANSLATE_NOOP("AuditLog", "Periode talenta"),
    "calibration": QT_TRANSLATE_NOOP("AuditLog", "Kalibrasi"),
    "committee": QT_TRANSLATE_NOOP("AuditLog", "Komite talenta"),
    "meeting": QT_TRANSLATE_NOOP("AuditLog", "Rapat komite"),
    "berita_acara": QT_TRANSLATE_NOOP("AuditLog", "Berita acara"),
    "development": QT_TRANSLATE_NOOP("AuditLog", "Rencana pengembangan"),
    "succession": QT_TRANSLATE_NOOP("AuditLog", "Suksesi"),
    "scheme": QT_TRANSLATE_NOOP("AuditLog", "Skema penilaian"),
    "setting": QT_TRANSLATE_NOOP("AuditLog", "Pengaturan"),
    "instansi": QT_TRANSLATE_NOOP("AuditLog", "Instansi"),
    "export": QT_TRANSLATE_NOOP("AuditLog", "Ekspor berkas"),
    "report": QT_TRANSLATE_NOOP("AuditLog", "Laporan"),
    "package": QT_TRANSLATE_NOOP("AuditLog", "Paket pertukaran"),
    "exchange": QT_TRANSLATE_NOOP("AuditLog", "Pertukaran data"),
    "user": QT_TRANSLATE_NOOP("AuditLog", "Pengguna"),
    "privacy": QT_TRANSLATE_NOOP("AuditLog", "Privasi data"),
    "database": QT_TRANSLATE_NOOP("AuditLog", "Database"),
    "demo": QT_TRANSLATE_NOOP("AuditLog", "Data demo"),
}

ACTION_TEXT = {
    "personnel.import": QT_TRANSLATE_NOOP("AuditLog", "Impor data pegawai"),
    "personnel.export": QT_TRANSLATE_NOOP("AuditLog", "Ekspor data pegawai"),
    "skp.import": QT_TRANSLATE_NOOP("AuditLog", "Impor SKP"),
    "assessment.import": QT_TRANSLATE_NOOP("AuditLog", "Impor asesmen"),
    "import_profile.save": QT_TRANSLATE_NOOP("AuditLog", "Profil impor disimpan"),
    "mapping.run": QT_TRANSLATE_NOOP("AuditLog", "Pemetaan talenta dijalankan"),
    "period.create": QT_TRANSLATE_NOOP("AuditLog", "Periode dibuat"),
    "period.status": QT_TRANSLATE_NOOP("AuditLog", "Status periode diubah"),
    "calibration.create": QT_TRANSLATE_NOOP("AuditLog", "Kotak talenta dikalibrasi"),
    "calibration.reverse": QT_TRANSLATE_NOOP("AuditLog", "Kalibrasi dibatalkan"),
    "committee.create": QT_TRANSLATE_NOOP("AuditLog", "Komite dibentuk"),
    "committee.member": QT_TRANSLATE_NOOP("AuditLog", "Anggota komite ditambahkan"),
    "committee.member_update": QT_TRANSLATE_NOOP("AuditLog", "Anggota komite diubah"),
    "meeting.create": QT_TRANSLATE_NOOP("AuditLog", "Rapat dijadwalkan"),
    "meeting.agenda": QT_TRANSLATE_NOOP("AuditLog", "Acara rapat diubah"),
    "meeting.attendance": QT_TRANSLATE_NOOP("AuditLog", "Kehadiran rapat dicatat"),
    "meeting.activate": QT_TRANSLATE_NOOP("AuditLog", "Rapat dimulai"),
    "meeting.pause": QT_TRANSLATE_NOOP("AuditLog", "Rapat dijeda"),
    "meeting.minutes": QT_TRANSLATE_NOOP("AuditLog", "Notula rapat diubah"),
    "meeting.note": QT_TRANSLATE_NOOP("AuditLog", "Catatan pembahasan pegawai"),
    "meeting.decision": QT_TRANSLATE_NOOP("AuditLog", "Keputusan rapat"),
    "meeting.conflict": QT_TRANSLATE_NOOP("AuditLog", "Benturan kepentingan dicatat"),
    "meeting.follow_up": QT_TRANSLATE_NOOP("AuditLog", "Tindak lanjut ditambahkan"),
    "meeting.follow_up_done": QT_TRANSLATE_NOOP("AuditLog", "Tindak lanjut selesai"),
    "meeting.finalize": QT_TRANSLATE_NOOP("AuditLog", "Rapat difinalkan"),
    "development.plan_create": QT_TRANSLATE_NOOP("AuditLog", "Rencana pengembangan dibuat"),
    "development.plan_bulk": QT_TRANSLATE_NOOP("AuditLog", "Rencana pengembangan dibuat sekaligus"),
    "development.plan_status": QT_TRANSLATE_NOOP("AuditLog", "Status rencana pengembangan diubah"),
    "development.plan_approve": QT_TRANSLATE_NOOP("AuditLog", "Rencana pengembangan disetujui"),
    "development.activity_add": QT_TRANSLATE_NOOP("AuditLog", "Kegiatan pengembangan ditambahkan"),
    "development.activity_update": QT_TRANSLATE_NOOP("AuditLog", "Kegiatan pengembangan diubah"),
    "development.activity_remove": QT_TRANSLATE_NOOP("AuditLog", "Kegiatan pengembangan dihapus"),
    "succession.post_create": QT_TRANSLATE_NOOP("AuditLog", "Jabatan target/kritikal ditambahkan"),
    "succession.post_update": QT_TRANSLATE_NOOP("AuditLog", "Jabatan target/kritikal diubah"),
    "succession.propose": QT_TRANSLATE_NOOP("AuditLog", "Suksesor diusulkan"),
    "succession.readiness": QT_TRANSLATE_NOOP("AuditLog", "Kesiapan suksesor diubah"),
    "succession.withdraw": QT_TRANSLATE_NOOP("AuditLog", "Usulan suksesor ditarik"),
    "succession.confirm": QT_TRANSLATE_NOOP("AuditLog", "Suksesor ditetapkan"),
    "scheme.create": QT_TRANSLATE_NOOP("AuditLog", "Skema penilaian dibuat"),
    "scheme.version": QT_TRANSLATE_NOOP("AuditLog", "Versi skema baru disimpan"),
    "scheme.default": QT_TRANSLATE_NOOP("AuditLog", "Skema bawaan diganti"),
    "setting.save": QT_TRANSLATE_NOOP("AuditLog", "Pengaturan disimpan"),
    "instansi.set": QT_TRANSLATE_NOOP("AuditLog", "Data instansi diubah"),
    "package.import": QT_TRANSLATE_NOOP("AuditLog", "Paket pertukaran diimpor"),
    "exchange.source": QT_TRANSLATE_NOOP("AuditLog", "Pengirim paket dicatat"),
    "user.login": QT_TRANSLATE_NOOP("AuditLog", "Masuk aplikasi"),
    "user.login_failed": QT_TRANSLATE_NOOP("AuditLog", "Gagal masuk"),
    "user.add": QT_TRANSLATE_NOOP("AuditLog", "Pengguna ditambahkan"),
    "user.password": QT_TRANSLATE_NOOP("AuditLog", "Kata sandi diganti"),
    "user.enable": QT_TRANSLATE_NOOP("AuditLog", "Pengguna diaktifkan"),
    "user.disable": QT_TRANSLATE_NOOP("AuditLog", "Pengguna dinonaktifkan"),
    "user.role": QT_TRANSLATE_NOOP("AuditLog", "Peran pengguna diubah"),
    "database.backup": QT_TRANSLATE_NOOP("AuditLog", "Salinan cadangan dibuat"),
    "database.restore": QT_TRANSLATE_NOOP("AuditLog", "Database dipulihkan dari salinan"),
    "database.encrypt": QT_TRANSLATE_NOOP("AuditLog", "Database dienkripsi"),
    "demo.build": QT_TRANSLATE_NOOP("AuditLog", "Data demo dibuat"),
}

# Payload keys as words, for the detail pane (any other key is shown with spaces).
FIELD_TEXT = {
    "period": QT_TRANSLATE_NOOP("AuditLog", "periode"),
    "box": QT_TRANSLATE_NOOP("AuditLog", "kotak"),
    "boxes": QT_TRANSLATE_NOOP("AuditLog", "kotak"),
    "reason": QT_TRANSLATE_NOOP("AuditLog", "alasan"),
    "status": QT_TRANSLATE_NOOP("AuditLog", "status"),
    "number": QT_TRANSLATE_NOOP("AuditLog", "nomor"),
    "held_on": QT_TRANSLATE_NOOP("AuditLog", "tanggal rapat"),
    "corrects_meeting_id": QT_TRANSLATE_NOOP("AuditLog", "mengoreksi rapat"),
    "task": QT_TRANSLATE_NOOP("AuditLog", "tugas"),
    "due_on": QT_TRANSLATE_NOOP("AuditLog", "tenggat"),
    "length": QT_TRANSLATE_NOOP("AuditLog", "panjang teks"),
    "kind": QT_TRANSLATE_NOOP("AuditLog", "jenis"),
    "name": QT_TRANSLATE_NOOP("AuditLog", "nama"),
    "nama": QT_TRANSLATE_NOOP("AuditLog", "nama"),
    "full_name": QT_TRANSLATE_NOOP("AuditLog", "nama lengkap"),
    "version": QT_TRANSLATE_NOOP("AuditLog", "versi"),
    "preset": QT_TRANSLATE_NOOP("AuditLog", "bawaan aplikasi"),
    "label": QT_TRANSLATE_NOOP("AuditLog", "label"),
    "file": QT_TRANSLATE_NOOP("AuditLog", "berkas"),
    "rows": QT_TRANSLATE_NOOP("AuditLog", "baris"),
    "mentor_name": QT_TRANSLATE_NOOP("AuditLog", "mentor"),
    "completed_on": QT_TRANSLATE_NOOP("AuditLog", "selesai pada"),
    "evidence": QT_TRANSLATE_NOOP("AuditLog", "bukti"),
    "role": QT_TRANSLATE_NOOP("AuditLog", "peran"),
    "relation": QT_TRANSLATE_NOOP("AuditLog", "hubungan"),
    "readiness": QT_TRANSLATE_NOOP("AuditLog", "kesiapan"),
    "jabatan": QT_TRANSLATE_NOOP("AuditLog", "jabatan"),
    "jabatan_nama": QT_TRANSLATE_NOOP("AuditLog", "jabatan"),
    "quorum": QT_TRANSLATE_NOOP("AuditLog", "kuorum"),
    "discussed": QT_TRANSLATE_NOOP("AuditLog", "dibahas"),
    "agenda": QT_TRANSLATE_NOOP("AuditLog", "acara"),
    "placed": QT_TRANSLATE_NOOP("AuditLog", "dipetakan"),
    "holding": QT_TRANSLATE_NOOP("AuditLog", "belum dapat dipetakan"),
    "changed": QT_TRANSLATE_NOOP("AuditLog", "berubah"),
    "created": QT_TRANSLATE_NOOP("AuditLog", "dibuat"),
    "existing": QT_TRANSLATE_NOOP("AuditLog", "sudah ada"),
    "skp_years": QT_TRANSLATE_NOOP("AuditLog", "tahun SKP"),
    "reference_date": QT_TRANSLATE_NOOP("AuditLog", "tanggal acuan"),
    "assessment_valid_years": QT_TRANSLATE_NOOP("AuditLog", "masa berlaku asesmen"),
    "sk_number": QT_TRANSLATE_NOOP("AuditLog", "nomor SK"),
    "sk_date": QT_TRANSLATE_NOOP("AuditLog", "tanggal SK"),
    "represented_by": QT_TRANSLATE_NOOP("AuditLog", "diwakili"),
    "sign_order": QT_TRANSLATE_NOOP("AuditLog", "urutan tanda tangan"),
    "active": QT_TRANSLATE_NOOP("AuditLog", "aktif"),
    "title": QT_TRANSLATE_NOOP("AuditLog", "judul"),
    "scheme": QT_TRANSLATE_NOOP("AuditLog", "skema"),
    "default": QT_TRANSLATE_NOOP("AuditLog", "bawaan"),
    "note": QT_TRANSLATE_NOOP("AuditLog", "catatan"),
    "failed": QT_TRANSLATE_NOOP("AuditLog", "gagal"),
    "locked_until": QT_TRANSLATE_NOOP("AuditLog", "terkunci sampai"),
    "backup": QT_TRANSLATE_NOOP("AuditLog", "salinan"),
    "sensitive": QT_TRANSLATE_NOOP("AuditLog", "data sensitif"),
    "format": QT_TRANSLATE_NOOP("AuditLog", "format"),
    "filter": QT_TRANSLATE_NOOP("AuditLog", "saringan"),
    "source": QT_TRANSLATE_NOOP("AuditLog", "sumber"),
    "instansi": QT_TRANSLATE_NOOP("AuditLog", "instansi"),
    "units": QT_TRANSLATE_NOOP("AuditLog", "unit kerja"),
    "personnel": QT_TRANSLATE_NOOP("AuditLog", "pegawai"),
    "pns": QT_TRANSLATE_NOOP("AuditLog", "PNS"),
    "pppk": QT_TRANSLATE_NOOP("AuditLog", "PPPK"),
    "skp_rows": QT_TRANSLATE_NOOP("AuditLog", "baris SKP"),
    "assessments": QT_TRANSLATE_NOOP("AuditLog", "asesmen"),
    "diklat_rows": QT_TRANSLATE_NOOP("AuditLog", "baris diklat"),
    "hukdis_rows": QT_TRANSLATE_NOOP("AuditLog", "baris hukuman disiplin"),
    "periods": QT_TRANSLATE_NOOP("AuditLog", "periode"),
    "calibrations": QT_TRANSLATE_NOOP("AuditLog", "kalibrasi"),
    "size": QT_TRANSLATE_NOOP("AuditLog", "ukuran"),
    "seed": QT_TRANSLATE_NOOP("AuditLog", "seed"),
    "sheet": QT_TRANSLATE_NOOP("AuditLog", "lembar"),
    "new": QT_TRANSLATE_NOOP("AuditLog", "baru"),
    "updated": QT_TRANSLATE_NOOP("AuditLog", "diperbarui"),
    "unchanged": QT_TRANSLATE_NOOP("AuditLog", "tidak berubah"),
    "invalid": QT_TRANSLATE_NOOP("AuditLog", "tidak valid"),
    "skip_invalid": QT_TRANSLATE_NOOP("AuditLog", "lewati baris tidak valid"),
    "units_created": QT_TRANSLATE_NOOP("AuditLog", "unit kerja baru"),
    "person_id": QT_TRANSLATE_NOOP("AuditLog", "nomor pegawai"),
    "incumbent_id": QT_TRANSLATE_NOOP("AuditLog", "pemangku (nomor pegawai)"),
    "nip": QT_TRANSLATE_NOOP("AuditLog", "NIP"),
    "path": QT_TRANSLATE_NOOP("AuditLog", "lokasi berkas"),
    "sha256": QT_TRANSLATE_NOOP("AuditLog", "SHA-256"),
    "fingerprint": QT_TRANSLATE_NOOP("AuditLog", "sidik jari"),
    "columns": QT_TRANSLATE_NOOP("AuditLog", "kolom"),
    "calibration_id": QT_TRANSLATE_NOOP("AuditLog", "nomor kalibrasi"),
    "reverses_id": QT_TRANSLATE_NOOP("AuditLog", "membatalkan kalibrasi nomor"),
    "decision_id": QT_TRANSLATE_NOOP("AuditLog", "nomor keputusan"),
    "successor_id": QT_TRANSLATE_NOOP("AuditLog", "nomor suksesor"),
    "activity_id": QT_TRANSLATE_NOOP("AuditLog", "nomor kegiatan"),
    "follow_up_id": QT_TRANSLATE_NOOP("AuditLog", "nomor tindak lanjut"),
    "member_id": QT_TRANSLATE_NOOP("AuditLog", "nomor anggota komite"),
    "meeting_id": QT_TRANSLATE_NOOP("AuditLog", "nomor rapat"),
    "run_id": QT_TRANSLATE_NOOP("AuditLog", "nomor pemetaan"),
    "scheme_id": QT_TRANSLATE_NOOP("AuditLog", "nomor skema"),
    "plan_id": QT_TRANSLATE_NOOP("AuditLog", "nomor rencana"),
    "period_id": QT_TRANSLATE_NOOP("AuditLog", "nomor periode"),
    "unit_id": QT_TRANSLATE_NOOP("AuditLog", "nomor unit kerja"),
}


def tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def group_text(group: str) -> str:
    source = GROUP_TEXT.get(group)
    return tr(source) if source else group_label(group)


def action_text(action: str) -> str:
    """An action as the screen names it, translated: "calibration.create" → "Kotak talenta dikalibrasi"."""
    source = ACTION_TEXT.get(action)
    if source:
        return tr(source)
    if action.startswith(ACTION_PREFIX):
        kind = action.removeprefix(ACTION_PREFIX)
        known = EXPORT_KIND_TEXT.get(kind)
        name = QCoreApplication.translate("Reports", known) if known else KIND_LABELS.get(kind, kind)
        return tr("Ekspor: {0}").format(name)
    if action in ACTION_LABELS:  # pragma: no cover - the tables are kept equal by a test
        return ACTION_LABELS[action]
    return action_label(action)


def field_text(key: str) -> str:
    source = FIELD_TEXT.get(key)
    return tr(source) if source else field_label(key)


def entity_text(entity: str, entity_id: str | None) -> str:
    """What an event was about: "Rapat komite #3", "Pegawai #129", "Berkas pegawai.xlsx"."""
    name = part_text(entity) if entity in PART_TEXT else entity.replace("_", " ").capitalize()
    return f"{name} #{entity_id}" if entity_id else name


def _count(n: int) -> str:
    return QLocale().toString(int(n))


def _value(value: Any) -> str:
    """A payload value as text for the detail pane."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return tr("ya") if value else tr("tidak")
    if isinstance(value, list | tuple):
        return ", ".join(_value(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, float):
        return QLocale().toString(value, "g", 12)
    return str(value)


# -- the table model -------------------------------------------------------------------------------------


class AuditLogModel(QAbstractTableModel):
    """The events matching the filter, newest first, a page at a time.

    ``fetch(before_id)`` returns the next page (events older than ``before_id``); the model asks for it
    when the view scrolls near the end (fetchMore), while fewer rows are loaded than ``total``.
    """

    ID, TIME, USER, ACTION, SUMMARY = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("AuditLog", "No."),
        QT_TRANSLATE_NOOP("AuditLog", "Waktu"),
        QT_TRANSLATE_NOOP("AuditLog", "Pengguna"),
        QT_TRANSLATE_NOOP("AuditLog", "Tindakan"),
        QT_TRANSLATE_NOOP("AuditLog", "Pegawai dan isi"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[AuditRow] = []
        self.total = 0
        self.broken_id: int | None = None  # the first broken link of the chain: shown in red
        self.fetch = None  # Callable[[int], Sequence[AuditRow]]
        self._summaries: dict[int, str] = {}  # event id -> its summary on screen

    def reset(self, rows, total: int) -> None:
        self.beginResetModel()
        self._summaries.clear()
        self.rows = list(rows)
        self.total = max(int(total), len(self.rows))
        self.endResetModel()

    def set_broken(self, event_id: int | None) -> None:
        self.broken_id = event_id
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.HEADERS) - 1))

    def summary(self, row: AuditRow) -> str:
        """What the event recorded, in the interface language (the service's summary, translated)."""
        text = self._summaries.get(row.id)
        if text is None:
            message = summary_message(row.action, row.before, row.after, entity_id=row.entity_id)
            text = self._summaries[row.id] = shorten(user_text(message))
        return text

    def row_of(self, event_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == event_id), -1)

    # -- lazy loading --------------------------------------------------------------------------------

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.fetch is not None and len(self.rows) < self.total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        more = list(self.fetch(self.rows[-1].id if self.rows else None))
        if not more:  # events were removed behind the list: stop asking
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    # -- the table -----------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(
                (Qt.AlignmentFlag.AlignRight if section == self.ID else Qt.AlignmentFlag.AlignLeft)
                | Qt.AlignmentFlag.AlignVCenter
            )
        if role == Qt.ItemDataRole.ToolTipRole and section == self.ID:
            return tr("Nomor urut peristiwa dalam rantai log audit")
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.ID:
                return str(row.id)
            if column == self.TIME:
                return local_time(row.at)
            if column == self.USER:
                return row.actor
            if column == self.ACTION:
                return action_text(row.action)
            if column == self.SUMMARY:
                who, summary = row.person_name or row.person, self.summary(row)
                return f"{who} · {summary}" if who and summary else who or summary
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.TIME:
                return datetime_text(row.at, seconds=True)
            if column == self.ACTION:
                return row.action
            if column == self.SUMMARY:
                return "\n".join(part for part in (row.person, self.summary(row)) if part) or None
            if column == self.ID and row.id == self.broken_id:
                return tr("Rantai log audit terputus di peristiwa ini")
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == self.ID:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.id == self.broken_id:
                return QColor(palette.ERROR_TEXT)
            if column in (self.ID, self.TIME):
                return QColor(palette.TEXT_MUTED)
            return None
        if role == RowRole:
            return row
        return None


# -- the section -----------------------------------------------------------------------------------------

# Palette @tokens, filled in when the section is built (theme.style_sheet).
STYLE = """
QFrame#chainBanner { border: @line solid @border; border-radius: 6px; background: @surface; }
QFrame#chainBanner[tone="ok"] { background: @ok_bg; border-color: @ok_border; }
QFrame#chainBanner[tone="error"] { background: @error_bg; border-color: @error_border; }
QLabel#chainStatus { color: @text; }
QFrame#chainBanner[tone="error"] QLabel#chainStatus { color: @error_strong; font-weight: 600; }
QLabel#auditCount { color: @text_muted; }
QLabel#personNote { color: @text_muted; }
QLabel#personNote[tone="error"] { color: @error_text; }
QFrame#detailPanel {
    background: @surface; border: @line solid @border; border-radius: 6px;
}
QLabel#detailTitle { font-size: 10.5pt; font-weight: 600; color: @text; }
QTextBrowser#auditDetail { border: none; background: @surface; }
QFrame#jobPanel { background: @info_bg; border: @line solid @info_border; border-radius: 6px; }
QFrame#resultPanel { border: @line solid @border; border-radius: 6px; background: @surface; }
QFrame#resultPanel[tone="ok"] { background: @ok_bg; border-color: @ok_border; }
QFrame#resultPanel[tone="error"] { background: @error_bg; border-color: @error_border; }
"""


def _date_edit(name: str, accessible: str) -> QDateEdit:
    """An optional date: "—" while not set (its minimum date)."""
    edit = QDateEdit(objectName=name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("—")
    edit.setDate(NO_DATE)
    edit.setMinimumWidth(112)
    edit.setAccessibleName(accessible)
    return edit


def _date_value(edit: QDateEdit) -> date | None:
    return None if edit.date() == NO_DATE else edit.date().toPython()


def _log_size(workspace: Workspace) -> int:
    return workspace.read(audit_events, workspace.actor, AuditFilter(), limit=0).total


class AuditSection(QWidget):
    """The audit log: filters, the events (a page at a time), the chosen event's before and after, the
    chain's state, and an export of what the filters show.

    Emits ``exported`` (the AuditExport) after a file was written, ``chain_checked`` (the ChainStatus).
    """

    exported = Signal(object)
    chain_checked = Signal(object)
    task_ended = Signal(object)  # the export's result, or None when it failed or was cancelled

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, *, open_url=None) -> None:
        super().__init__(parent)
        self.setObjectName("auditSection")
        self.workspace = workspace
        self.open_url = open_url or QDesktopServices.openUrl  # tests replace it: nothing is really opened
        self.allowed = workspace.can(Permission.AUDIT_VIEW)
        self.filter = AuditFilter()
        self.chain: ChainStatus | None = None
        self.chain_task: Task | None = None
        self.export_task: Task | None = None
        self.last_error: str | None = None
        self._checked_total: int | None = None  # the event count the last chain check saw
        self._loaded_size: int | None = None  # the event count when the list was last loaded
        self.setStyleSheet(style_sheet(STYLE))

        # -- the chain --------------------------------------------------------------------------------
        self.chain_banner = QFrame(objectName="chainBanner")
        self.chain_label = QLabel(objectName="chainStatus")
        self.chain_label.setWordWrap(True)
        self.chain_label.setTextFormat(Qt.TextFormat.PlainText)
        self.chain_label.setText(self.tr("Rantai log audit belum diperiksa."))
        self.chain_button = QPushButton(self.tr("Periksa &rantai"), objectName="checkChain")
        self.chain_button.setToolTip(
            self.tr(
                "Hitung ulang sidik jari setiap peristiwa: peristiwa yang diubah, disisipkan atau dihapus "
                "setelah dicatat akan ketahuan"
            )
        )
        self.broken_button = QPushButton(self.tr("Tampilkan peristiwa"), objectName="showBroken")
        self.broken_button.setToolTip(self.tr("Pilih peristiwa pertama yang rantainya terputus"))
        self.broken_button.hide()
        chain_layout = QHBoxLayout(self.chain_banner)
        chain_layout.setContentsMargins(12, 6, 8, 6)
        chain_layout.setSpacing(10)
        chain_layout.addWidget(self.chain_label, 1)
        chain_layout.addWidget(self.broken_button)
        chain_layout.addWidget(self.chain_button)

        # -- filters ----------------------------------------------------------------------------------
        self.user_combo = QComboBox(objectName="auditUser")
        self.user_combo.setMinimumWidth(130)
        self.user_combo.setAccessibleName(self.tr("Pengguna"))
        self.kind_combo = QComboBox(objectName="auditKind")
        self.kind_combo.setMinimumWidth(176)
        self.kind_combo.setMaxVisibleItems(24)
        self.kind_combo.setMaximumWidth(380)
        self.kind_combo.setAccessibleName(self.tr("Jenis tindakan"))
        self.date_from = _date_edit("auditFrom", self.tr("Tanggal mulai"))
        self.date_to = _date_edit("auditTo", self.tr("Tanggal akhir"))
        self.person_edit = QLineEdit(objectName="auditPerson")
        self.person_edit.setPlaceholderText(self.tr("NIP atau nama pegawai"))
        self.person_edit.setClearButtonEnabled(True)
        self.person_edit.setMinimumWidth(240)
        self.person_edit.setAccessibleName(self.tr("Pegawai"))
        self.clear_button = QPushButton(self.tr("&Hapus filter"), objectName="clearFilters")
        self.export_button = QPushButton(self.tr("&Ekspor…"), objectName="exportAudit")
        self.export_button.setProperty("role", "primary")
        self.export_button.setToolTip(
            self.tr("Simpan peristiwa yang sesuai saringan ke berkas Excel (.xlsx) atau CSV")
        )

        def labelled(text: str, widget: QWidget) -> QLabel:
            label = QLabel(text)
            label.setBuddy(widget)
            return label

        user_label = labelled(self.tr("&Pengguna:"), self.user_combo)
        person_label = labelled(self.tr("Pe&gawai:"), self.person_edit)
        width = max(user_label.sizeHint().width(), person_label.sizeHint().width())
        user_label.setMinimumWidth(width)
        person_label.setMinimumWidth(width)
        first = QHBoxLayout()
        first.setSpacing(8)
        first.addWidget(user_label)
        first.addWidget(self.user_combo)
        first.addSpacing(8)
        first.addWidget(labelled(self.tr("&Jenis:"), self.kind_combo))
        first.addWidget(self.kind_combo, 1)
        first.addSpacing(8)
        first.addWidget(labelled(self.tr("&Tanggal:"), self.date_from))
        first.addWidget(self.date_from)
        first.addWidget(QLabel(self.tr("s.d.")))
        first.addWidget(self.date_to)
        first.addStretch(0)
        self.person_note = QLabel(objectName="personNote")
        second = QHBoxLayout()
        second.setSpacing(8)
        second.addWidget(person_label)
        second.addWidget(self.person_edit)
        second.addWidget(self.person_note)
        second.addStretch(1)
        second.addWidget(self.clear_button)
        second.addWidget(self.export_button)

        # -- the events -------------------------------------------------------------------------------
        self.model = AuditLogModel(self)
        self._loader = LatestLoader(self)  # what showing the tab reads
        self.model.fetch = self._next_page
        self.model.rowsInserted.connect(lambda *_: self._update_count())
        self.table = read_only_table(self.model, "auditTable")
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in (
            (AuditLogModel.ID, 56),
            (AuditLogModel.TIME, 168),  # "24 November 2026 14.05" whole
            (AuditLogModel.USER, 96),
            (AuditLogModel.ACTION, 220),
        ):
            header.resizeSection(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setMinimumWidth(420)

        self.count_label = QLabel(objectName="auditCount")

        # -- the chosen event -------------------------------------------------------------------------
        self.detail_panel = QFrame(objectName="detailPanel")
        self.detail_title = QLabel(self.tr("Rincian peristiwa"), objectName="detailTitle")
        self.detail = QTextBrowser(objectName="auditDetail")
        self.detail.setOpenLinks(False)
        self.detail.setMinimumWidth(280)
        detail_layout = QVBoxLayout(self.detail_panel)
        detail_layout.setContentsMargins(12, 10, 8, 8)
        detail_layout.setSpacing(6)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="auditSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([780, 320])

        self.job = JobPanel()
        self.result = ResultPanel()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.chain_banner)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.job)
        layout.addWidget(self.result)

        # -- wiring -----------------------------------------------------------------------------------
        self._person_timer = QTimer(self, singleShot=True, interval=400)
        self._person_timer.timeout.connect(self.apply_filters)
        self.person_edit.textChanged.connect(lambda _text: self._person_timer.start())
        self.person_edit.returnPressed.connect(self.apply_filters)
        self.user_combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.date_from.dateChanged.connect(lambda _d: self.apply_filters())
        self.date_to.dateChanged.connect(lambda _d: self.apply_filters())
        self.clear_button.clicked.connect(self.clear_filters)
        self.export_button.clicked.connect(self.choose_export_path)
        self.chain_button.clicked.connect(self.check_chain)
        self.broken_button.clicked.connect(self.show_broken)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.job.cancel_requested.connect(self.cancel)
        self.result.open_requested.connect(lambda folder: self.open_url(QUrl.fromLocalFile(str(folder))))

        if not self.allowed:
            self._refuse()
            return
        self.count_label.setText(self.tr("Memuat log audit…"))
        self._show_detail()
        # Nothing is read until the tab is first shown: Pengaturan opens without reading the log.

    # -- loading ---------------------------------------------------------------------------------------

    def _refuse(self) -> None:
        """A role without the permission sees why, and nothing of the log."""
        for widget in (self.user_combo, self.kind_combo, self.date_from, self.date_to, self.person_edit):
            widget.setEnabled(False)
        for button in (self.clear_button, self.export_button, self.chain_button):
            button.setEnabled(False)
        self.chain_label.setText(self.tr("Hanya administrator yang dapat melihat log audit."))
        self._show_detail()

    def reload_choices(self) -> None:
        """The users and kinds present in the log, keeping what is chosen."""
        self._show_choices(self.workspace.read(audit_choices, self.workspace.actor))

    def _show_choices(self, choices: AuditChoices) -> None:
        user, kind = self.user_combo.currentData(), self.kind_combo.currentData()
        for combo in (self.user_combo, self.kind_combo):
            combo.blockSignals(True)
            combo.clear()
        self.user_combo.addItem(self.tr("Semua pengguna"), None)
        for name, n in choices.users:
            self.user_combo.addItem(self.tr("{0} ({1})").format(name, _count(n)), name)
        self.kind_combo.addItem(self.tr("Semua jenis tindakan"), None)
        bold = self.kind_combo.font()
        bold.setBold(True)
        for choice in choices.kinds:
            if choice.is_group:
                self.kind_combo.addItem(
                    self.tr("{0} (semua, {1})").format(group_text(choice.code), _count(choice.count)),
                    choice.code,
                )
                self.kind_combo.setItemData(self.kind_combo.count() - 1, bold, Qt.ItemDataRole.FontRole)
            else:
                self.kind_combo.addItem(
                    "    " + self.tr("{0} ({1})").format(action_text(choice.code), _count(choice.count)),
                    choice.code,
                )
                self.kind_combo.setItemData(
                    self.kind_combo.count() - 1, choice.code, Qt.ItemDataRole.ToolTipRole
                )
        for combo, value in ((self.user_combo, user), (self.kind_combo, kind)):
            index = combo.findData(value) if value is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def current_filter(self) -> AuditFilter:
        person = self.person_edit.text().strip()
        return AuditFilter(
            user=self.user_combo.currentData(),
            kind=self.kind_combo.currentData(),
            date_from=_date_value(self.date_from),
            date_to=_date_value(self.date_to),
            person=person or None,
        )

    def apply_filters(self) -> None:
        self._person_timer.stop()
        if self.allowed:
            self.reload()

    def clear_filters(self) -> None:
        for widget in (self.user_combo, self.kind_combo, self.date_from, self.date_to, self.person_edit):
            widget.blockSignals(True)
        self.user_combo.setCurrentIndex(0)
        self.kind_combo.setCurrentIndex(0)
        self.date_from.setDate(NO_DATE)
        self.date_to.setDate(NO_DATE)
        self.person_edit.clear()
        for widget in (self.user_combo, self.kind_combo, self.date_from, self.date_to, self.person_edit):
            widget.blockSignals(False)
        self.apply_filters()

    def reload(self) -> None:
        """The first page of the events matching the filters, keeping the chosen event when it is there."""
        filter = self.current_filter()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            page = self.workspace.read(audit_events, self.workspace.actor, filter, limit=PAGE_SIZE)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._show_page(filter, page)

    def _show_page(self, filter: AuditFilter, page: AuditPage) -> None:
        keep = self.selected()
        self.filter = filter
        self.model.reset(page.rows, page.total)
        self._update_count()
        self._update_person_note(page.matched_people)
        self.clear_button.setEnabled(self.filter != AuditFilter())
        row = self.model.row_of(keep.id) if keep is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self._show_detail()

    def refresh(self) -> None:
        """After data changed elsewhere: the lists and the filter choices again."""
        if self.allowed:
            self._loaded_size = _log_size(self.workspace)
            self.reload_choices()
            self.reload()

    def load(self) -> None:
        """What showing the tab reads, in the background: the log's size, and when it changed since the
        list was loaded (or on the first showing), the filter choices and the first page."""
        workspace, filter, loaded_size = self.workspace, self.current_filter(), self._loaded_size

        def work() -> tuple[int, AuditChoices | None, AuditPage | None]:
            size = _log_size(workspace)
            if size == loaded_size:
                return size, None, None
            choices = workspace.read(audit_choices, workspace.actor)
            return size, choices, workspace.read(audit_events, workspace.actor, filter, limit=PAGE_SIZE)

        self._loader.load(work, lambda result: self._loaded(filter, *result))

    def _loaded(self, filter: AuditFilter, size: int, choices: AuditChoices | None, page: AuditPage | None):
        if choices is not None and page is not None:
            self._loaded_size = size
            self._show_choices(choices)
            if self.current_filter() == filter:
                self._show_page(filter, page)
            else:  # filters changed while it was read, or a chosen user or kind is no longer in the log
                self.reload()
        if self.chain_task is None and (self.chain is None or self._checked_total != size):
            self.check_chain()

    def _next_page(self, before_id: int | None) -> tuple[AuditRow, ...]:
        page = self.workspace.read(
            audit_events,
            self.workspace.actor,
            self.filter,
            limit=PAGE_SIZE,
            before_id=before_id,
            with_total=False,
        )
        return page.rows

    def _update_count(self) -> None:
        total, shown = self.model.total, self.model.rowCount()
        if total == 0:
            text = (
                self.tr("Tidak ada peristiwa yang sesuai saringan.")
                if self.filter != AuditFilter()
                else self.tr("Log audit masih kosong.")
            )
        elif shown >= total:
            text = self.tr("{0} peristiwa").format(_count(total))
        else:
            text = self.tr("{0} peristiwa terbaru dari {1}; gulir ke bawah untuk memuat lebih banyak").format(
                _count(shown), _count(total)
            )
        self.count_label.setText(text)

    def _update_person_note(self, matched: int | None) -> None:
        if matched is None:
            self.person_note.setText("")
            restyle(self.person_note, "tone", None)
        elif matched == 0:
            self.person_note.setText(self.tr("Tidak ada pegawai yang cocok."))
            restyle(self.person_note, "tone", "error")
        else:
            self.person_note.setText(self.tr("{0} pegawai cocok").format(_count(matched)))
            restyle(self.person_note, "tone", None)

    def selected(self) -> AuditRow | None:
        index = self.table.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.allowed:  # the first showing, or events may have been written on other pages meanwhile
            self.load()

    # -- the detail pane ---------------------------------------------------------------------------------

    def _show_detail(self) -> None:
        row = self.selected()
        if not self.allowed:
            self.detail.setHtml(
                f"<p>{html.escape(self.tr('Hanya administrator yang dapat melihat log audit.'))}</p>"
            )
            return
        if row is None:
            self.detail_title.setText(self.tr("Rincian peristiwa"))
            self.detail.setHtml(
                f"<p style='color:{palette.TEXT_MUTED}'>"
                + html.escape(self.tr("Pilih sebuah peristiwa untuk melihat isinya sebelum dan sesudah."))
                + "</p>"
            )
            return
        self.detail_title.setText(self.tr("Peristiwa #{0}").format(row.id))
        self.detail.setHtml(self.detail_html(row))

    def detail_html(self, row: AuditRow) -> str:
        esc = html.escape
        muted = palette.TEXT_MUTED
        facts = [
            (
                self.tr("Tindakan"),
                f"{esc(action_text(row.action))} <span style='color:{muted}'>({esc(row.action)})</span>",
            ),
            (self.tr("Waktu"), esc(datetime_text(row.at, seconds=True))),
            (self.tr("Pengguna"), esc(row.actor)),
        ]
        if row.entity:
            facts.append((self.tr("Data"), esc(entity_text(row.entity, row.entity_id))))
        if row.person:
            facts.append((self.tr("Pegawai"), esc(row.person)))
        if row.id == self.model.broken_id and self.chain is not None:
            facts.append(
                (
                    self.tr("Rantai"),
                    f"<span style='color:{palette.ERROR_TEXT}'><b>{esc(self.tr('terputus di sini'))}</b>: "
                    f"{esc(user_text(self.chain.reason_message or self.chain.reason or ''))}</span>",
                )
            )
        parts = ["<table cellspacing='0' cellpadding='2'>"]
        for name, value in facts:
            parts.append(
                f"<tr><td style='color:{muted}; padding-right:8px'>{esc(name)}</td><td>{value}</td></tr>"
            )
        parts.append("</table>")

        before, after = row.before or {}, row.after or {}
        keys = list(dict.fromkeys([*before, *after]))
        if keys:
            field_head, before_head, after_head = self.tr("Isian"), self.tr("Sebelum"), self.tr("Sesudah")
            head = (
                f"<tr style='background:{palette.BACKGROUND}'><th align='left'>{esc(field_head)}</th>"
                + (f"<th align='left'>{esc(before_head)}</th>" if before else "")
                + f"<th align='left'>{esc(after_head)}</th></tr>"
            )
            parts.append(
                "<p style='margin-top:10px; margin-bottom:4px'><b>"
                + esc(self.tr("Isi yang dicatat"))
                + "</b></p><table width='100%' cellspacing='0' cellpadding='3' "
                "style='border-collapse:collapse'>" + head
            )
            for key in keys:
                old, new = before.get(key), after.get(key)
                changed = bool(before) and old != new
                style = f" style='background:{palette.CAUTION_BG}'" if changed else ""
                name = f"<span title='{esc(key)}'>{esc(field_text(key))}</span>"
                cells = f"<td valign='top'>{name}</td>"
                if before:
                    cells += f"<td valign='top'>{esc(_value(old)) if key in before else '—'}</td>"
                cells += f"<td valign='top'>{esc(_value(new)) if key in after else '—'}</td>"
                parts.append(f"<tr{style}>{cells}</tr>")
            parts.append("</table>")
        else:
            parts.append(f"<p style='color:{muted}'>{esc(self.tr('Peristiwa ini tidak membawa isian.'))}</p>")
        parts.append(
            f"<p style='color:{muted}; font-size:{points(8):g}pt; margin-top:10px'>"
            + esc(self.tr("Sidik jari: {0}").format(row.hash[:16] + "…"))
            + "</p>"
        )
        return "".join(parts)

    # -- the chain ---------------------------------------------------------------------------------------

    def check_chain(self) -> Task | None:
        """Verify the hash chain in the background; the banner says what was found."""
        if not self.allowed or self.chain_task is not None:
            return None
        workspace = self.workspace
        self.chain_button.setEnabled(False)
        self.chain_label.setText(self.tr("Memeriksa rantai log audit…"))
        restyle(self.chain_banner, "tone", None)
        task = Task(lambda _progress, _cancel: workspace.read(chain_status, workspace.actor))
        self.chain_task = task
        _TASKS.add(task)
        task.finished.connect(self._chain_done)
        task.failed.connect(self._chain_failed)
        return task.start()

    def _chain_done(self, status: ChainStatus) -> None:
        self.chain_task = None
        self.chain = status
        self._checked_total = status.events
        self.chain_button.setEnabled(True)
        if status.intact:
            text = self.tr(
                "Rantai log audit utuh: {0} peristiwa diperiksa, tidak ada yang diubah atau hilang."
            ).format(_count(status.events))
            restyle(self.chain_banner, "tone", "ok")
        else:
            when = local_time(status.broken_at) if status.broken_at else self.tr("waktu tidak diketahui")
            text = self.tr(
                "Rantai log audit terputus di peristiwa #{0} ({1}): {2}. Peristiwa sejak itu tidak dapat "
                "dipercaya sepenuhnya; simpan salinan database ini dan laporkan."
            ).format(status.broken_id, when, status.reason)
            restyle(self.chain_banner, "tone", "error")
        self.chain_label.setText(text)
        self.broken_button.setVisible(not status.intact)
        self.model.set_broken(status.broken_id)
        self._show_detail()
        self.chain_checked.emit(status)

    def _chain_failed(self, error: BaseException) -> None:
        self.chain_task = None
        self.chain_button.setEnabled(True)
        self.chain_label.setText(
            self.tr("Rantai log audit tidak dapat diperiksa: {0}").format(user_text(error))
        )
        restyle(self.chain_banner, "tone", "error")

    def show_broken(self) -> None:
        """Show the first broken event: clear the filters and page down to it."""
        if self.chain is None or self.chain.broken_id is None:
            return
        target = self.chain.broken_id
        if self.filter != AuditFilter():
            self.clear_filters()
        while self.model.row_of(target) < 0 and self.model.canFetchMore():
            self.model.fetchMore()
        row = self.model.row_of(target)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)

    # -- export ------------------------------------------------------------------------------------------

    def _folder(self) -> Path:
        return last_folder(SETTINGS_FOLDER)

    def choose_export_path(self) -> None:
        xlsx, csv_ = self.tr("Buku kerja Excel (*.xlsx)"), self.tr("CSV (*.csv)")
        name = f"log-audit-{date.today():%Y%m%d}.xlsx"
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Ekspor log audit"), str(self._folder() / name), f"{xlsx};;{csv_}"
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_name(target.name + (".csv" if chosen == csv_ else ".xlsx"))
        self.export(target)

    def export(self, path: str | Path) -> Task | None:
        """Write the events the filters show to ``path`` (.xlsx or .csv) in the background."""
        if not self.allowed or self.export_task is not None:
            return None
        target = Path(path)
        flt = self.filter
        workspace = self.workspace

        def work(progress, cancel):
            return workspace.write(export_audit_log, flt, target, progress=progress, cancel=cancel)

        task = Task(work)
        self.export_task = task
        _TASKS.add(task)
        self.result.hide()
        self.job.start(self.tr("Mengekspor log audit ke {0}…").format(target.name), measured=True)
        self.export_button.setEnabled(False)
        task.progress.connect(self.job.progress)
        task.finished.connect(self._exported)
        task.failed.connect(self._export_failed)
        return task.start()

    def cancel(self) -> None:
        if self.export_task is not None:
            self.export_task.cancel()

    def _export_ended(self) -> None:
        self.export_task = None
        self.job.finish()
        self.export_button.setEnabled(True)

    def _exported(self, export: AuditExport) -> None:
        self._export_ended()
        remember_folder(SETTINGS_FOLDER, export.path)
        self.result.show_result(
            self.tr("{0} peristiwa disimpan ke {1}. Ekspor ini tercatat di log ekspor.").format(
                _count(export.rows), export.path
            ),
            "ok",
            export.path.parent,
        )
        self.refresh()  # the export is itself an event
        self.exported.emit(export)
        self.task_ended.emit(export)

    def _export_failed(self, error: BaseException) -> None:
        self._export_ended()
        if isinstance(error, AuditExportCancelled):
            self.result.show_result(self.tr("Dibatalkan; tidak ada berkas yang ditulis."), None)
        elif isinstance(error, AuditExportError | PermissionDenied):
            self.last_error = user_text(error)
            self.result.show_result(self.last_error, "error")
        elif isinstance(error, OSError):
            self.last_error = str(error)
            self.result.show_result(
                self.tr("Berkas {0}: {1}. Tidak ada berkas yang ditulis.").format(
                    error.filename or "", error.strerror or error
                ),
                "error",
            )
        else:  # a bug: logged with its traceback, told without one
            log.error("audit export failed", exc_info=error)
            self.last_error = str(error)
            self.result.show_result(
                self.tr("Terjadi kesalahan yang tidak terduga: {0}. Tidak ada berkas yang ditulis.").format(
                    error
                ),
                "error",
            )
        self.task_ended.emit(None)
