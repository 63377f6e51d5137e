"""Thin table models over the plain rows of the export log and of a package preview.

Each keeps a tuple of the service's dataclasses and formats cells in ``data()``; a
QSortFilterProxyModel on ``SortRole`` sorts them (times as times, counts as numbers). Only the conflicts
model takes an edit: the "Ambil dari paket" check box, which the preview dialog reads when the user
imports.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from talenta_desktop.services.exchange.exchange import Conflict, PartCounts
from talenta_desktop.services.exchange.tables import PARTS
from talenta_desktop.services.export_log import ExportLogEntry
from talenta_desktop.ui import palette
from talenta_desktop.ui.models.rows import RowsModel as SharedRowsModel

from .labels import EXPORT_KIND_TEXT, NO, YES, Describer, field_text, local_time, lock_reason, part_text, text
from .labels import tr as label_tr

CONTEXT = "ReportsTables"
SortRole = Qt.ItemDataRole.UserRole + 1  # a value that sorts as the column means
IdRole = Qt.ItemDataRole.UserRole + 2  # the row's id (an audit event, a conflict)

_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_PART_ORDER = {part.name: index for index, part in enumerate(PARTS)}


def tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def count(value: int | None) -> str:
    return "—" if value is None else QLocale().toString(int(value))


@dataclass(frozen=True)
class Column:
    header: str  # source text in the "ReportsTables" context
    value: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None  # defaults to the shown text
    tooltip: Callable[[Any], str | None] | None = None
    align: int = _LEFT
    header_tip: str | None = None  # source text, same context


class RowsModel(SharedRowsModel):
    context = CONTEXT
    sort_role = SortRole


# -- the export log ----------------------------------------------------------------------------------


def _kind(entry: ExportLogEntry) -> str:
    shown = text(EXPORT_KIND_TEXT, entry.kind, entry.label)
    if entry.details.get("redacted"):
        return QCoreApplication.translate(CONTEXT, "{0} (tersamar)").format(shown)
    return shown


def _sensitive(entry: ExportLogEntry) -> str:
    if entry.details.get("redacted"):  # initials and masked NIPs: not sensitive, and the log says why
        return QCoreApplication.translate(CONTEXT, "tidak (tersamar)")
    return label_tr(YES) if entry.sensitive else label_tr(NO)


def _entry_tooltip(entry: ExportLogEntry) -> str:
    lines = [entry.path]
    details = entry.details
    if details.get("unit"):
        lines.append(QCoreApplication.translate("ReportsTables", "Unit kerja: {0}").format(details["unit"]))
    if details.get("nip"):
        lines.append(QCoreApplication.translate("ReportsTables", "NIP: {0}").format(details["nip"]))
    if details.get("meeting"):
        lines.append(QCoreApplication.translate("ReportsTables", "Rapat: #{0}").format(details["meeting"]))
    if details.get("paper"):
        lines.append(QCoreApplication.translate("ReportsTables", "Kertas: {0}").format(details["paper"]))
    if details.get("redacted"):
        lines.append(
            QCoreApplication.translate("ReportsTables", "Identitas disamarkan: inisial dan NIP tersamar")
        )
    if details.get("columns"):
        lines.append(
            QCoreApplication.translate("ReportsTables", "Kolom: {0}").format(len(details["columns"]))
        )
    if details.get("fingerprint"):
        lines.append(
            QCoreApplication.translate("ReportsTables", "Sidik jari kunci: {0}").format(
                details["fingerprint"]
            )
        )
    if details.get("sha256"):
        lines.append(QCoreApplication.translate("ReportsTables", "SHA-256: {0}").format(details["sha256"]))
    return "\n".join(lines)


def _sort_time(entry: ExportLogEntry) -> float:
    at = entry.at
    return at.timestamp() if isinstance(at, datetime) else 0.0


class ExportLogModel(RowsModel):
    """Every recorded export (services.export_log), newest first until the user sorts."""

    TIME, USER, KIND, PERIOD, FILE, ROWS, SENSITIVE, PATH = range(8)
    columns = (
        Column(QT_TRANSLATE_NOOP("ReportsTables", "Waktu"), lambda e: local_time(e.at), _sort_time),
        Column(QT_TRANSLATE_NOOP("ReportsTables", "Pengguna"), lambda e: e.actor),
        Column(QT_TRANSLATE_NOOP("ReportsTables", "Jenis"), _kind),
        Column(QT_TRANSLATE_NOOP("ReportsTables", "Periode"), lambda e: e.period or "—"),
        Column(QT_TRANSLATE_NOOP("ReportsTables", "Berkas"), lambda e: e.file, tooltip=_entry_tooltip),
        Column(
            QT_TRANSLATE_NOOP("ReportsTables", "Baris"),
            lambda e: count(e.rows),
            lambda e: -1 if e.rows is None else int(e.rows),
            align=_RIGHT,
            header_tip=QT_TRANSLATE_NOOP("ReportsTables", "Jumlah pegawai atau baris data dalam berkas"),
        ),
        Column(
            QT_TRANSLATE_NOOP("ReportsTables", "Kolom sensitif"),
            _sensitive,
            align=_CENTER,
            header_tip=QT_TRANSLATE_NOOP(
                "ReportsTables",
                "Apakah berkas memuat data sensitif: tempat/tanggal lahir, alasan kalibrasi atau hukuman "
                "disiplin",
            ),
        ),
        Column(QT_TRANSLATE_NOOP("ReportsTables", "Lokasi"), lambda e: e.path, tooltip=_entry_tooltip),
    )

    def entry(self, row: int) -> ExportLogEntry | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def extra(self, row: ExportLogEntry, column: int, role: int):
        if role == IdRole:
            return row.event_id
        if column == self.SENSITIVE and role == Qt.ItemDataRole.ForegroundRole and row.sensitive:
            return QBrush(QColor(palette.CAUTION_TEXT))
        if column == self.PATH and role == Qt.ItemDataRole.ForegroundRole and not Path(row.path).exists():
            return QBrush(QColor(palette.TEXT_MUTED))  # moved or deleted since
        return None


class LogFilter(QSortFilterProxyModel):
    """The log searched as you type (every word must occur in the row: user, kind, period, file, path),
    and narrowed to some kinds of export when ``kinds`` says so."""

    def __init__(self, parent=None, *, kinds: Callable[[str], bool] | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.kinds = kinds  # which kinds of export to list (all when None)
        self._words: list[str] = []

    def set_search(self, text: str) -> None:
        words = text.casefold().split()
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.9; invalidateFilter() is deprecated there
            self.beginFilterChange()
            self._words = words
            self.endFilterChange()
        else:
            self._words = words
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if self.kinds is not None:
            entry = model.entry(source_row) if isinstance(model, ExportLogModel) else None
            if entry is None or not self.kinds(entry.kind):
                return False
        if not self._words:
            return True
        haystack = " ".join(
            str(model.index(source_row, column, source_parent).data() or "")
            for column in range(model.columnCount())
        ).casefold()
        return all(word in haystack for word in self._words)


# -- a package preview -------------------------------------------------------------------------------


@dataclass(frozen=True)
class CountRow:
    name: str
    counts: PartCounts

    @property
    def total(self) -> int:
        return self.counts.new + self.counts.changed + self.counts.same + self.counts.conflicts


def count_rows(counts: dict[str, PartCounts]) -> list[CountRow]:
    """The kinds of data the package carries, in the order they are merged; empty kinds left out."""
    rows = [CountRow(name, c) for name, c in counts.items()]
    rows = [r for r in rows if r.total]
    return sorted(rows, key=lambda r: _PART_ORDER.get(r.name, len(_PART_ORDER)))


def _number(get: Callable[[PartCounts], int]) -> Callable[[CountRow], str]:
    return lambda r: count(get(r.counts)) if get(r.counts) else "–"


class PartCountsModel(RowsModel):
    """Per kind of data: how many rows are new here, updated, already the same, in conflict."""

    NAME, NEW, CHANGED, SAME, CONFLICTS = range(5)
    columns = (
        Column(
            QT_TRANSLATE_NOOP("ReportsTables", "Jenis data"),
            lambda r: part_text(r.name),
            lambda r: _PART_ORDER.get(r.name, len(_PART_ORDER)),
        ),
        Column(
            QT_TRANSLATE_NOOP("ReportsTables", "Baru"),
            _number(lambda c: c.new),
            lambda r: r.counts.new,
            align=_RIGHT,
            header_tip=QT_TRANSLATE_NOOP("ReportsTables", "Belum ada di database ini: ditambahkan"),
        ),
        Column(
            QT_TRANSLATE_NOOP("ReportsTables", "Diperbarui"),
            _number(lambda c: c.changed),
            lambda r: r.counts.changed,
            align=_RIGHT,
            header_tip=QT_TRANSLATE_NOOP(
                "ReportsTables",
                "Paket lebih mutakhir (periode ditutup, rapat difinalkan, suksesor ditetapkan, rencana "
                "disetujui): diperbarui",
            ),
        ),
        Column(
            QT_TRANSLATE_NOOP("ReportsTables", "Sama"),
            _number(lambda c: c.same),
            lambda r: r.counts.same,
            align=_RIGHT,
            header_tip=QT_TRANSLATE_NOOP("ReportsTables", "Sudah ada dengan isi yang sama: dibiarkan"),
        ),
        Column(
            QT_TRANSLATE_NOOP("ReportsTables", "Bertentangan"),
            _number(lambda c: c.conflicts),
            lambda r: r.counts.conflicts,
            align=_RIGHT,
            header_tip=QT_TRANSLATE_NOOP(
                "ReportsTables", "Diubah berbeda di sini dan di paket: Anda memilih mana yang dipakai"
            ),
        ),
    )

    def extra(self, row: CountRow, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.CONFLICTS and row.counts.conflicts:
                return QBrush(QColor(palette.ERROR_TEXT))
            if column == self.NEW and row.counts.new:
                return QBrush(QColor(palette.OK_TEXT))
        return None


class ConflictModel(QAbstractTableModel):
    """The rows edited differently here and in the package, each with an "Ambil dari paket" check box
    (none for a locked row: the reason is its tooltip)."""

    checked_changed = Signal()

    CHECK, KIND, WHAT, FIELDS = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("ReportsTables", "Ambil dari paket"),
        QT_TRANSLATE_NOOP("ReportsTables", "Jenis data"),
        QT_TRANSLATE_NOOP("ReportsTables", "Data"),
        QT_TRANSLATE_NOOP("ReportsTables", "Yang berbeda"),
    )

    def __init__(self, describer: Describer | None = None, parent=None) -> None:
        super().__init__(parent)
        self.describer = describer or Describer()
        self.rows: tuple[Conflict, ...] = ()
        self.checked: set[str] = set()

    def set_rows(self, rows: Sequence[Conflict]) -> None:
        self.beginResetModel()
        self.rows = tuple(rows)
        self.checked &= {c.id for c in self.rows if not c.locked}
        self.endResetModel()

    def conflict(self, row: int) -> Conflict | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def taken(self) -> list[str]:
        """The ids of the conflicts to settle in the package's favour, in the table's order."""
        return [c.id for c in self.rows if c.id in self.checked]

    def set_all(self, checked: bool) -> None:
        self.checked = {c.id for c in self.rows if not c.locked} if checked else set()
        if self.rows:
            self.dataChanged.emit(
                self.index(0, self.CHECK), self.index(len(self.rows) - 1, self.CHECK),
                [Qt.ItemDataRole.CheckStateRole],
            )  # fmt: skip
        self.checked_changed.emit()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section == self.CHECK:
            return QCoreApplication.translate(
                "ReportsTables",
                "Dicentang: isi paket menimpa data di sini. Tidak dicentang: data di sini dipertahankan.",
            )
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.CHECK:
            conflict = self.conflict(index.row())
            if conflict is not None and conflict.locked:
                return Qt.ItemFlag.ItemIsSelectable  # shown greyed, cannot be ticked
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        conflict = self.conflict(index.row()) if index.isValid() else None
        if conflict is None:
            return None
        column = index.column()
        if role == IdRole:
            return conflict.id
        if role == Qt.ItemDataRole.ToolTipRole and conflict.locked:
            return lock_reason(conflict.part)
        if column == self.CHECK:
            if role == Qt.ItemDataRole.CheckStateRole:
                taken = conflict.id in self.checked
                return Qt.CheckState.Checked if taken else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("ReportsTables", "terkunci") if conflict.locked else None
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate(
                    "ReportsTables",
                    "Centang untuk memakai isi paket; tanpa centang data di sini dipertahankan.",
                )
            if role == Qt.ItemDataRole.ForegroundRole and conflict.locked:
                return QBrush(QColor(palette.TEXT_MUTED))
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.KIND:
                return part_text(conflict.part)
            if column == self.WHAT:
                return self.describer.key(conflict.part, conflict.key)
            if column == self.FIELDS:
                names = ", ".join(field_text(name) for name, _here, _theirs in conflict.fields)
                if role == Qt.ItemDataRole.DisplayRole:
                    return names
                return "\n".join(
                    QCoreApplication.translate("ReportsTables", "{0}: di sini «{1}», di paket «{2}»").format(
                        field_text(name), self.describer.value(here), self.describer.value(theirs)
                    )
                    for name, here, theirs in conflict.fields
                )
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != self.CHECK:
            return False
        conflict = self.conflict(index.row())
        if conflict is None or conflict.locked:
            return False
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(int(value))
        if state == Qt.CheckState.Checked:
            self.checked.add(conflict.id)
        else:
            self.checked.discard(conflict.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()
        return True


@dataclass(frozen=True)
class Difference:
    field: str
    here: Any
    package: Any


class DifferenceModel(RowsModel):
    """One conflict's differing fields side by side: here and in the package."""

    def __init__(self, describer: Describer | None = None, parent=None) -> None:
        super().__init__(parent)
        describe = (describer or Describer()).value
        self.columns = (
            Column(QT_TRANSLATE_NOOP("ReportsTables", "Isian"), lambda d: field_text(d.field)),
            Column(QT_TRANSLATE_NOOP("ReportsTables", "Di database ini"), lambda d: describe(d.here)),
            Column(QT_TRANSLATE_NOOP("ReportsTables", "Di paket"), lambda d: describe(d.package)),
        )

    def show_conflict(self, conflict: Conflict | None) -> None:
        self.set_rows([Difference(*f) for f in conflict.fields] if conflict else [])
