"""Read-only tables over slices of the talent map: the holding area and the calibrated people.

One small model serves both: a list of columns (frame key, header, kind) over a DataFrame, sorting itself
on the raw values, so numbers sort as numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from talenta_desktop.ui import palette

PersonIdRole = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class ListColumn:
    key: str
    header: str  # source text in the "TalentLists" context
    kind: str = "text"  # text | box | score


HOLDING_COLUMNS = (
    ListColumn("nip", QT_TRANSLATE_NOOP("TalentLists", "NIP")),
    ListColumn("nama_lengkap", QT_TRANSLATE_NOOP("TalentLists", "Nama")),
    ListColumn("jabatan", QT_TRANSLATE_NOOP("TalentLists", "Jabatan")),
    ListColumn("unit_induk", QT_TRANSLATE_NOOP("TalentLists", "Unit induk")),
    ListColumn("holding_reason", QT_TRANSLATE_NOOP("TalentLists", "Alasan belum dapat dipetakan")),
)
CALIBRATED_COLUMNS = (
    ListColumn("nip", QT_TRANSLATE_NOOP("TalentLists", "NIP")),
    ListColumn("nama_lengkap", QT_TRANSLATE_NOOP("TalentLists", "Nama")),
    ListColumn("jabatan", QT_TRANSLATE_NOOP("TalentLists", "Jabatan")),
    ListColumn("computed_box", QT_TRANSLATE_NOOP("TalentLists", "Kotak hasil hitung"), "box"),
    ListColumn("box", QT_TRANSLATE_NOOP("TalentLists", "Kotak kini"), "box"),
    ListColumn("calibration_reason", QT_TRANSLATE_NOOP("TalentLists", "Alasan kalibrasi")),
    ListColumn("calibrated_by", QT_TRANSLATE_NOOP("TalentLists", "Oleh")),
)
CHANGE_COLUMNS = (
    ListColumn("nip", QT_TRANSLATE_NOOP("TalentLists", "NIP")),
    ListColumn("nama_lengkap", QT_TRANSLATE_NOOP("TalentLists", "Nama")),
    ListColumn("before", QT_TRANSLATE_NOOP("TalentLists", "Kotak hitung sebelumnya"), "box"),
    ListColumn("after", QT_TRANSLATE_NOOP("TalentLists", "Kotak hitung baru"), "box"),
)
BOX_COLUMNS = (
    ListColumn("nip", QT_TRANSLATE_NOOP("TalentLists", "NIP")),
    ListColumn("nama_lengkap", QT_TRANSLATE_NOOP("TalentLists", "Nama")),
    ListColumn("jabatan", QT_TRANSLATE_NOOP("TalentLists", "Jabatan")),
    ListColumn("unit_induk", QT_TRANSLATE_NOOP("TalentLists", "Unit induk")),
    ListColumn("nilai_kinerja", QT_TRANSLATE_NOOP("TalentLists", "Kinerja"), "score"),
    ListColumn("nilai_potensial", QT_TRANSLATE_NOOP("TalentLists", "Potensial"), "score"),
    ListColumn("nilai_talenta", QT_TRANSLATE_NOOP("TalentLists", "Nilai talenta"), "score"),
    ListColumn("computed_box", QT_TRANSLATE_NOOP("TalentLists", "Kotak hasil hitung"), "box"),
)


class TalentListModel(QAbstractTableModel):
    """Rows of a frame slice; sorts itself (pandas over the whole column) so a list of thousands sorts
    at once instead of through a proxy that asks for every cell."""

    def __init__(self, columns: tuple[ListColumn, ...], parent=None) -> None:
        super().__init__(parent)
        self.columns = columns
        self._frame = pd.DataFrame(columns=[c.key for c in columns] + ["person_id"])
        self._rows: list[tuple] = []
        self._ids: list[int] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._locale = QLocale()

    def set_frame(self, frame: pd.DataFrame) -> None:
        self.beginResetModel()
        self._frame = frame[[c.key for c in self.columns] + ["person_id"]]
        self._fill()
        self.endResetModel()

    def _fill(self) -> None:
        frame = self._frame
        if self._sort is not None and len(frame):
            column, order = self._sort
            spec = self.columns[column]
            values = frame[spec.key]
            key = values.astype(str).str.casefold() if spec.kind == "text" else values.astype(float)
            frame = frame.iloc[
                key.argsort(kind="stable").to_numpy()[:: 1 if order == Qt.SortOrder.AscendingOrder else -1]
            ]
        keys = [c.key for c in self.columns]
        values = frame[keys].astype(object)
        self._rows = list(values.where(values.notna(), None).itertuples(index=False, name=None))
        self._ids = frame["person_id"].astype(int).tolist()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._fill()
        self.layoutChanged.emit()

    def person_id(self, row: int) -> int:
        return self._ids[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        horizontal = orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns)
        if horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("TalentLists", self.columns[section].header)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None:
                return "—"
            if column.kind == "score":
                return self._locale.toString(float(value), "f", 2)
            return str(int(value)) if column.kind == "box" else str(value)
        if role == Qt.ItemDataRole.ToolTipRole and column.kind == "text" and value:
            return str(value)
        if role == PersonIdRole:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind != "text":
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column.kind == "box" and value is not None:
            return QBrush(QColor(palette.BOX_TINTS[int(value)]))
        return None
