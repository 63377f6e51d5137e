"""The personnel table: a thin QAbstractTableModel over the columns of ``personnel_frame``.

Why not a QSortFilterProxyModel (as DESIGN §3 suggests for ordinary tables): at 50,000 people a proxy
calls ``filterAcceptsRow`` once per row on every keystroke — 50,000 Python calls, far beyond the 50 ms a
keystroke may take (DESIGN §6) — and its sort compares rows through ``lessThan``, again in Python. Here
the model keeps the frame's columns as NumPy arrays plus one array of visible row positions:

* filtering builds one boolean mask from vectorised operations (``services.personnel.search_mask`` for
  the search text, ``np.isin`` and comparisons for the combo filters) and takes the rows of the current
  order that pass it;
* sorting is a stable ``argsort`` of a per-column sort key (computed once per column and cached):
  case- and accent-folded text, golongan and jenjang by rank, dates and numbers as numbers, missing
  values last. Because the sort is stable over the previous order, clicking "Unit kerja" after "Nama"
  lists each unit's people by name.

Only the cells on screen are formatted, in ``data()``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from talenta_desktop.domain.nip import format_nip
from talenta_desktop.services.personnel import (
    PERSONNEL_COLUMNS,
    PersonnelColumn,
    fold_column,
)
from talenta_desktop.ui.models.frame_filter import FrameFilter

# Column headers, marked for translation here because the service that defines them cannot use Qt.
# tests/gui/test_personnel_page.py checks they match services.personnel.PERSONNEL_COLUMNS.
HEADERS = {
    "nip": QT_TRANSLATE_NOOP("PersonnelTableModel", "NIP"),
    "nama_lengkap": QT_TRANSLATE_NOOP("PersonnelTableModel", "Nama"),
    "nama": QT_TRANSLATE_NOOP("PersonnelTableModel", "Nama tanpa gelar"),
    "gelar_depan": QT_TRANSLATE_NOOP("PersonnelTableModel", "Gelar depan"),
    "gelar_belakang": QT_TRANSLATE_NOOP("PersonnelTableModel", "Gelar belakang"),
    "nip_lama": QT_TRANSLATE_NOOP("PersonnelTableModel", "NIP lama"),
    "jenis_pegawai": QT_TRANSLATE_NOOP("PersonnelTableModel", "PNS/PPPK"),
    "kedudukan": QT_TRANSLATE_NOOP("PersonnelTableModel", "Kedudukan"),
    "golongan": QT_TRANSLATE_NOOP("PersonnelTableModel", "Gol."),
    "golongan_id": QT_TRANSLATE_NOOP("PersonnelTableModel", "Kode golongan"),
    "pangkat": QT_TRANSLATE_NOOP("PersonnelTableModel", "Pangkat"),
    "tmt_golongan": QT_TRANSLATE_NOOP("PersonnelTableModel", "TMT golongan"),
    "mk_tahun": QT_TRANSLATE_NOOP("PersonnelTableModel", "Masa kerja (tahun)"),
    "mk_bulan": QT_TRANSLATE_NOOP("PersonnelTableModel", "Masa kerja (bulan)"),
    "jabatan": QT_TRANSLATE_NOOP("PersonnelTableModel", "Jabatan"),
    "jenis_jabatan": QT_TRANSLATE_NOOP("PersonnelTableModel", "Jenis jabatan"),
    "jenjang": QT_TRANSLATE_NOOP("PersonnelTableModel", "Jenjang"),
    "eselon": QT_TRANSLATE_NOOP("PersonnelTableModel", "Eselon"),
    "eselon_id": QT_TRANSLATE_NOOP("PersonnelTableModel", "Kode eselon"),
    "tmt_jabatan": QT_TRANSLATE_NOOP("PersonnelTableModel", "TMT jabatan"),
    "unit": QT_TRANSLATE_NOOP("PersonnelTableModel", "Unit kerja"),
    "unit_kode": QT_TRANSLATE_NOOP("PersonnelTableModel", "Kode unit kerja"),
    "unit_induk": QT_TRANSLATE_NOOP("PersonnelTableModel", "Unit induk"),
    "unit_induk_kode": QT_TRANSLATE_NOOP("PersonnelTableModel", "Kode unit induk"),
    "tempat_lahir": QT_TRANSLATE_NOOP("PersonnelTableModel", "Tempat lahir"),
    "tanggal_lahir": QT_TRANSLATE_NOOP("PersonnelTableModel", "Tanggal lahir"),
    "usia": QT_TRANSLATE_NOOP("PersonnelTableModel", "Usia"),
    "jenis_kelamin": QT_TRANSLATE_NOOP("PersonnelTableModel", "L/P"),
    "pendidikan": QT_TRANSLATE_NOOP("PersonnelTableModel", "Pendidikan"),
    "pendidikan_nama": QT_TRANSLATE_NOOP("PersonnelTableModel", "Program studi"),
    "tahun_lulus": QT_TRANSLATE_NOOP("PersonnelTableModel", "Tahun lulus"),
    "tmt_cpns": QT_TRANSLATE_NOOP("PersonnelTableModel", "TMT CPNS/PPPK"),
    "tmt_pns": QT_TRANSLATE_NOOP("PersonnelTableModel", "TMT PNS"),
    "bup": QT_TRANSLATE_NOOP("PersonnelTableModel", "BUP"),
    "tmt_pensiun": QT_TRANSLATE_NOOP("PersonnelTableModel", "TMT pensiun"),
}

# Codes of "not eselon" in an eselon filter, beside the SIASN eselon ids.

PersonIdRole = Qt.ItemDataRole.UserRole


@dataclass
class PreparedRows:
    """A personnel_frame made ready for the table (see PersonnelTableModel.prepare)."""

    frame: pd.DataFrame
    arrays: dict[str, np.ndarray]
    ids: np.ndarray
    filter: FrameFilter
    sort_keys: dict[str, np.ndarray]
    order: np.ndarray
    sort: tuple[int, Qt.SortOrder] | None


def _sort_key_of(
    frame: pd.DataFrame, n: int, cache: dict[str, np.ndarray], column: PersonnelColumn
) -> np.ndarray:
    """A float per row (NaN when missing) whose numeric order is the column's natural order; kept in
    ``cache`` (computed once per column)."""
    name = column.sort_key or column.key
    if name not in cache:
        values = frame[name].to_numpy() if name in frame else np.full(n, None)
        if values.dtype.kind == "M":
            key = values.astype("datetime64[s]").astype(np.int64).astype(np.float64)
            key[np.isnat(values)] = np.nan
        elif values.dtype.kind in "iuf":
            key = values.astype(np.float64)
        else:
            missing = pd.isna(values) | (values == "")
            text = values if column.kind == "code" or name == "search_name" else fold_column(values)
            codes, _ = pd.factorize(text, sort=True, use_na_sentinel=True)
            key = codes.astype(np.float64)
            key[missing] = np.nan
        cache[name] = key
    return cache[name]


def _sorted_by(key: np.ndarray, current: np.ndarray, order: Qt.SortOrder) -> np.ndarray:
    """``current`` re-ordered by a sort key, stable, missing values last in both directions."""
    key = key[current]
    if order == Qt.SortOrder.DescendingOrder:
        key = -key  # NaN stays NaN, and argsort puts NaN last
    return current[np.argsort(key, kind="stable")]


def column_header(column: PersonnelColumn) -> str:
    return QCoreApplication.translate("PersonnelTableModel", HEADERS.get(column.key, column.header))


def format_date(value: np.datetime64) -> str:
    """dd-mm-yyyy, as SIASN and Indonesian offices write dates in tables."""
    if np.isnat(value):
        return ""
    day: date = value.astype("datetime64[D]").item()
    return f"{day.day:02d}-{day.month:02d}-{day.year:04d}"


class PersonnelTableModel(QAbstractTableModel):
    """All personnel as rows, PERSONNEL_COLUMNS as columns; filtered and sorted with NumPy."""

    def __init__(self, frame: pd.DataFrame | None = None, parent=None) -> None:
        super().__init__(parent)
        self.columns: tuple[PersonnelColumn, ...] = PERSONNEL_COLUMNS
        self._keys = [c.key for c in self.columns]
        self._frame = pd.DataFrame()
        self._arrays: dict[str, np.ndarray] = {}
        self._ids = np.empty(0, dtype=np.int64)
        self._order = np.empty(0, dtype=np.intp)  # every row position, in the current sort order
        self._mask = np.empty(0, dtype=bool)  # which row positions pass the filters
        self._visible = np.empty(0, dtype=np.intp)  # the rows shown, in order
        self._sort_keys: dict[str, np.ndarray] = {}
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._filters: dict[str, object] = {}
        self._search_cache: tuple[str, np.ndarray] | None = None
        self.set_frame(frame if frame is not None else pd.DataFrame())

    # -- data in -----------------------------------------------------------------------------------

    def set_frame(self, frame: pd.DataFrame) -> None:
        """Show a new personnel_frame, keeping the current filters and sort."""
        self.set_prepared(self.prepare(frame, self._sort))

    @staticmethod
    def prepare(frame: pd.DataFrame, sort: tuple[int, Qt.SortOrder] | None = None) -> PreparedRows:
        """What ``set_frame`` computes before it shows a frame — columns, the filter's codes, the sort —
        without touching Qt, so that a page can do it in its background read; ``set_prepared`` then
        costs the UI thread only the model reset. ``sort`` is the model's ``sort_state()``."""
        frame = frame.reset_index(drop=True)
        n = len(frame)
        rows = PreparedRows(
            frame=frame,
            arrays={
                key: frame[key].to_numpy() if key in frame else np.full(n, None, dtype=object)
                for key in (c.key for c in PERSONNEL_COLUMNS)
            },
            ids=frame["id"].to_numpy(dtype=np.int64) if n else np.empty(0, dtype=np.int64),
            filter=FrameFilter(frame),
            sort_keys={},
            order=np.arange(n, dtype=np.intp),
            sort=sort,
        )
        if sort is not None:
            key = _sort_key_of(frame, n, rows.sort_keys, PERSONNEL_COLUMNS[sort[0]])
            rows.order = _sorted_by(key, rows.order, sort[1])
        return rows

    def set_prepared(self, rows: PreparedRows) -> None:
        """Show a frame made ready by ``prepare``, keeping the current filters and sort."""
        self.beginResetModel()
        self._frame, self._arrays, self._ids, self._filter = rows.frame, rows.arrays, rows.ids, rows.filter
        self._sort_keys = dict(rows.sort_keys)
        self._order = rows.order
        n = len(self._ids)
        if self._sort != rows.sort:  # sorted otherwise since it was prepared
            self._order = np.arange(n, dtype=np.intp)
            if self._sort is not None:
                self._order = self._sorted(self._order, *self._sort)
        self._mask = self._filter_mask(**self._filters) if self._filters else np.ones(n, dtype=bool)
        self._visible = self._order[self._mask[self._order]]
        self.endResetModel()

    def sort_state(self) -> tuple[int, Qt.SortOrder] | None:
        """The column and order last sorted by (for ``prepare``), or None."""
        return self._sort

    # -- filtering ---------------------------------------------------------------------------------

    def set_filters(
        self,
        text: str = "",
        unit_ids: Collection[int] | None = None,
        jenis_pegawai: str | None = None,
        jenis_jabatan: str | None = None,
        eselon: Collection[str] | None = None,
        golongan: Collection[str] | None = None,
    ) -> int:
        """Show only the people who match every given filter; returns how many are shown.

        ``text``: search_mask text (name or NIP). ``unit_ids``: units to include (a subtree). ``jenis_pegawai``:
        "PNS" or "PPPK". ``jenis_jabatan``: "struktural", "fungsional" or "pelaksana". ``eselon``: SIASN
        eselon ids, NON_ESELON for people without one. ``golongan``: golongan codes ("33", "IX"). None
        means no filter. Synchronous, so it can be timed (benchmarks/bench_filter.py). The search mask
        of the last text is kept, so changing only a combo does not search again: a benchmark of the
        search must vary the text between calls (as typing does).
        """
        self._filters = {
            "text": text,
            "unit_ids": unit_ids,
            "jenis_pegawai": jenis_pegawai,
            "jenis_jabatan": jenis_jabatan,
            "eselon": eselon,
            "golongan": golongan,
        }
        mask = self._filter_mask(**self._filters)
        self.beginResetModel()
        self._mask = mask
        self._visible = self._order[mask[self._order]]
        self.endResetModel()
        return len(self._visible)

    def _filter_mask(self, **filters) -> np.ndarray:
        return self._filter.mask(**filters)

    # -- sorting -----------------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        # Remember the row position (in the frame) behind every persistent index, e.g. the selection.
        rows = [int(self._visible[i.row()]) if i.isValid() else -1 for i in persistent]
        self._order = self._sorted(self._order, column, order)
        self._visible = self._order[self._mask[self._order]]
        where = np.empty(len(self._ids), dtype=np.intp)
        where[self._visible] = np.arange(len(self._visible))
        self.changePersistentIndexList(
            persistent,
            [
                self.index(int(where[row]), index.column()) if row >= 0 else QModelIndex()
                for index, row in zip(persistent, rows, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _sorted(self, current: np.ndarray, column: int, order: Qt.SortOrder) -> np.ndarray:
        """``current`` re-ordered by a column, stable, missing values last in both directions."""
        return _sorted_by(self._sort_key(self.columns[column]), current, order)

    def _sort_key(self, column: PersonnelColumn) -> np.ndarray:
        return _sort_key_of(self._frame, len(self._ids), self._sort_keys, column)

    def sort_column(self) -> int | None:
        return None if self._sort is None else self._sort[0]

    # -- Qt model interface ------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._visible)):
            return None
        column = self.columns[index.column()]
        row = int(self._visible[index.row()])
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(column, self._arrays[column.key][row])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(column, row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.kind == "int":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == PersonIdRole:
            return int(self._ids[row])
        return None

    @staticmethod
    def _display(column: PersonnelColumn, value) -> str:
        if column.kind == "date":
            return format_date(value)
        if column.kind == "int":
            return "" if value != value else str(int(value))  # NaN != NaN
        return "" if value is None or (isinstance(value, float) and value != value) else str(value)

    def _tooltip(self, column: PersonnelColumn, row: int) -> str | None:
        arrays = self._arrays
        if column.key == "nip":
            try:
                return format_nip(arrays["nip"][row])
            except ValueError:
                return None
        if column.key in ("golongan", "golongan_id") and arrays["pangkat"][row]:
            return f"{arrays['golongan'][row]} — {arrays['pangkat'][row]}"
        if column.key in ("nama_lengkap", "jabatan", "unit", "unit_induk", "pendidikan_nama"):
            text = self._display(column, arrays[column.key][row])
            return text or None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column_header(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{column_header(column)} ({column.field})"
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    # -- for the page ------------------------------------------------------------------------------

    @property
    def total_count(self) -> int:
        return len(self._ids)

    @property
    def visible_count(self) -> int:
        return len(self._visible)

    def person_id(self, row: int) -> int:
        return int(self._ids[self._visible[row]])

    def visible_ids(self) -> list[int]:
        """The people shown, in the order shown (for "export what I see")."""
        return self._ids[self._visible].tolist()

    def row_of(self, person_id: int) -> int | None:
        """The row showing a person, or None when filtered out or unknown."""
        hits = np.flatnonzero(self._ids[self._visible] == person_id)
        return int(hits[0]) if len(hits) else None

    def column_index(self, key: str) -> int:
        return self._keys.index(key)

    def column_key(self, column: int) -> str:
        return self._keys[column]

    def column_values(self, key: str) -> Iterable:
        """The visible rows' values of one column, in order (tests and summaries)."""
        return self._arrays[key][self._visible]
