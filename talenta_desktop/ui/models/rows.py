"""One read-only table model over plain rows, for the small tables of the Komite, Pengembangan, Suksesi
and Laporan pages.

Each page declares its columns as small frozen dataclasses with ``header`` (source text in the model's
translation ``context``) and ``value(row) -> str``, and optionally ``tooltip(row)``, ``align``,
``sort(row)`` (what a proxy sorts by) and ``header_tip``. Roles beyond these (colours, ids, codes) come
from a subclass's ``extra``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTER = int(Qt.AlignmentFlag.AlignCenter)


class RowsModel(QAbstractTableModel):
    columns: tuple[Any, ...] = ()
    context = ""  # Qt translation context of the headers
    sort_role: int | None = None  # the role a proxy sorts by: the column's sort value, or its folded text
    id_role: int | None = None  # answered with the row's ``id``
    value_tooltips = True  # a column without a tooltip of its own shows its text (a cut-off cell reads whole)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: tuple = ()

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self.rows = tuple(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.context, column.header)
        if role == Qt.ItemDataRole.ToolTipRole and getattr(column, "header_tip", None):
            return QCoreApplication.translate(self.context, column.header_tip)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return getattr(column, "align", LEFT)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.value(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return getattr(column, "align", LEFT)
        tooltip = getattr(column, "tooltip", None)
        if role == Qt.ItemDataRole.ToolTipRole and (tooltip is not None or self.value_tooltips):
            return tooltip(row) if tooltip is not None else (column.value(row) or None)
        if self.sort_role is not None and role == self.sort_role:
            sort = getattr(column, "sort", None)
            return sort(row) if sort is not None else column.value(row).casefold()
        if self.id_role is not None and role == self.id_role:
            return getattr(row, "id", None)
        return self.extra(row, index.column(), role)

    def extra(self, row: Any, column: int, role: int):
        """Further roles (colours, fonts, codes) of a subclass."""
        return None
