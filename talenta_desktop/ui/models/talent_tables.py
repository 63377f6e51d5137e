"""Table models of the nine-box page's "Distribusi dan pergerakan" panel, and how a move between two
periods is classified.

Each model is a thin QAbstractTableModel over a small DataFrame computed by
``services.talent.talent_map`` (``distribution``, ``movement_matrix``, ``distribution_by_unit``) or over
the columns of the map itself (``MoversModel``). Numbers are formatted with the default QLocale, which
the application sets to Indonesian unless the user chose English ("12,5%" and "3.000").

How a move between two periods is classified (naik, bergeser, turun…) is services.talent.talent_map.movement.
"""

from __future__ import annotations

import numpy as np
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
from PySide6.QtGui import QColor, QFont

from talenta_desktop.domain.ninebox import BOXES, KINERJA_LABELS, POTENSIAL_LABELS, box_levels
from talenta_desktop.services.personnel import fold_column
from talenta_desktop.services.talent.talent_map import (  # noqa: F401 (re-exported for the panel)
    DOWN,
    MOVED,
    MOVEMENT_ORDER,
    NEW,
    OUT,
    SAME,
    SIDEWAYS,
    UP,
    _box_array,
    move_direction,
    movement,
    movement_summary,
)
from talenta_desktop.ui import palette

PersonIdRole = Qt.ItemDataRole.UserRole
SortRole = Qt.ItemDataRole.UserRole + 1  # the raw number (or folded text) a column sorts by
CountRole = Qt.ItemDataRole.UserRole + 2  # the raw count of a matrix cell

HIGHLIGHT_POINTS = 5.0  # a box whose share differs from the guideline by more than this is flagged

_ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ALIGN_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_ALIGN_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

# -- movement ---------------------------------------------------------------------------------------

MOVEMENT_LABELS = {
    UP: QT_TRANSLATE_NOOP("Movement", "Naik kelas"),
    SAME: QT_TRANSLATE_NOOP("Movement", "Tetap"),
    SIDEWAYS: QT_TRANSLATE_NOOP("Movement", "Bergeser"),
    DOWN: QT_TRANSLATE_NOOP("Movement", "Turun"),
    NEW: QT_TRANSLATE_NOOP("Movement", "Baru dipetakan"),
    OUT: QT_TRANSLATE_NOOP("Movement", "Kini di area tunggu"),
}
# Palette token per movement, read when drawn so it follows the theme.
MOVEMENT_TOKENS = {
    UP: "SECONDARY",
    SAME: "ACCENT",
    SIDEWAYS: "SIDEWAYS",  # neither good nor bad news: a quiet violet, apart from the other three
    DOWN: "WARNING",
    NEW: "TEXT_MUTED",
    OUT: "TEXT_MUTED",
}


def movement_color(code: str) -> str:
    return getattr(palette, MOVEMENT_TOKENS[code])


def movement_label(code: str) -> str:
    return QCoreApplication.translate("Movement", MOVEMENT_LABELS[code])


# -- formatting ---------------------------------------------------------------------------------------


def format_count(value: float) -> str:
    return QLocale().toString(int(value))


def format_percent(value: float, decimals: int = 1) -> str:
    """12,5% in Indonesian (the default locale of the application)."""
    return QLocale().toString(float(value), "f", decimals) + "%"


def format_points(value: float) -> str:
    """A signed difference in percentage points: +3,4 / −9,1 / 0,0."""
    text = QLocale().toString(abs(float(value)), "f", 1)
    if round(float(value), 1) > 0:
        return "+" + text
    if round(float(value), 1) < 0:
        return "−" + text
    return text


def blend(color: str, strength: float) -> QColor:
    """``color`` laid over the table's surface at ``strength`` (0 = the surface, 1 = the colour itself)."""
    base, under = QColor(color), QColor(palette.SURFACE)
    t = min(max(strength, 0.0), 1.0)
    return QColor(
        round(under.red() + (base.red() - under.red()) * t),
        round(under.green() + (base.green() - under.green()) * t),
        round(under.blue() + (base.blue() - under.blue()) * t),
    )


def text_on(background: QColor) -> QColor:
    """Dark text on light backgrounds, white on dark ones (in every theme)."""
    luminance = 0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue()
    return QColor(palette.TEXT_ON_LIGHT if luminance > 150 else palette.TEXT_ON_DARK)


def box_tooltip(box: int) -> str:
    kinerja, potensial = box_levels(box)
    return QCoreApplication.translate("TalentTables", "Kotak {0}: kinerja {1}, potensial {2}").format(
        box, KINERJA_LABELS[kinerja], POTENSIAL_LABELS[potensial]
    )


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class _TableModel(QAbstractTableModel):
    """Read-only basics shared by the models below."""

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows()

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._columns()

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def _rows(self) -> int:
        raise NotImplementedError

    def _columns(self) -> int:
        raise NotImplementedError

    def _valid(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        return index.isValid() and 0 <= index.row() < self._rows() and 0 <= index.column() < self._columns()


# -- distribution against the guideline ---------------------------------------------------------------


class DistributionModel(_TableModel):
    """Boxes 1–9 and a total row; columns box, count, actual %, guideline %, difference (points).

    Built from ``distribution(frame, guideline)``. A difference beyond ±HIGHLIGHT_POINTS is flagged:
    tinted, bold and explained in a tooltip — the boxes a calibration meeting should talk about.
    """

    BOX, COUNT, PERCENT, GUIDELINE, DIFFERENCE = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._table = pd.DataFrame()
        self._has_guideline = False
        self._bold = _bold()

    def set_distribution(self, table: pd.DataFrame) -> None:
        """``table``: index boxes 1–9, columns count, percent and, with a guideline, guideline and difference."""
        self.beginResetModel()
        self._table = table.reindex(list(BOXES)) if len(table) else table
        self._has_guideline = "guideline" in table.columns
        self.endResetModel()

    def _rows(self) -> int:
        return len(self._table) + 1 if len(self._table) else 0

    def _columns(self) -> int:
        return 5

    @property
    def total(self) -> int:
        return int(self._table["count"].sum()) if len(self._table) else 0

    def is_total_row(self, row: int) -> bool:
        return row == len(self._table)

    def is_flagged(self, row: int) -> bool:
        """Whether the box in ``row`` is more than HIGHLIGHT_POINTS away from the guideline."""
        if not self._has_guideline or self.is_total_row(row) or not self.total:
            return False
        return abs(float(self._table["difference"].iloc[row])) > HIGHLIGHT_POINTS + 1e-9

    def value(self, row: int, column: int) -> float | None:
        """The raw number behind a cell (the box number in the first column); None when not applicable."""
        if self.is_total_row(row):
            return {
                self.COUNT: float(self.total),
                self.PERCENT: 100.0 if self.total else 0.0,
                self.GUIDELINE: float(self._table["guideline"].sum()) if self._has_guideline else None,
            }.get(column)
        record = self._table.iloc[row]
        if column == self.BOX:
            return float(self._table.index[row])
        if column == self.COUNT:
            return float(record["count"])
        if column == self.PERCENT:
            return float(record["percent"])
        if not self._has_guideline:
            return None
        return float(record["guideline" if column == self.GUIDELINE else "difference"])

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not self._valid(index):
            return None
        row, column = index.row(), index.column()
        total = self.is_total_row(row)
        flagged = column == self.DIFFERENCE and self.is_flagged(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role in (SortRole, Qt.ItemDataRole.EditRole):
            return self.value(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN_LEFT if column == self.BOX else _ALIGN_RIGHT
        if role == Qt.ItemDataRole.DecorationRole and column == self.BOX and not total:
            return QColor(palette.BOX_COLORS[int(self._table.index[row])])
        if role == Qt.ItemDataRole.BackgroundRole:
            if flagged:
                return QColor(palette.ERROR_ROW)
            if total:
                return QColor(palette.BACKGROUND)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and flagged:
            return QColor(palette.WARNING)
        if role == Qt.ItemDataRole.FontRole and (flagged or total):
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            if flagged:
                return self.tr("Selisih lebih dari {0} poin dari pedoman").format(
                    QLocale().toString(HIGHLIGHT_POINTS, "f", 0)
                )
            if column == self.BOX and not total:
                return box_tooltip(int(self._table.index[row]))
        return None

    def _display(self, row: int, column: int) -> str:
        if column == self.BOX:
            return self.tr("Jumlah") if self.is_total_row(row) else str(int(self._table.index[row]))
        value = self.value(row, column)
        if value is None:
            return "–"
        if column == self.COUNT:
            return format_count(value)
        if column == self.DIFFERENCE:
            return format_points(value)
        return format_percent(value)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 5:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Kotak"),
                self.tr("Jumlah", "number of people (column header)"),
                self.tr("Aktual"),
                self.tr("Pedoman"),
                self.tr("Selisih"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                None,
                self.tr("Pegawai di kotak ini"),
                self.tr("Persentase dari pegawai yang dipetakan"),
                self.tr("Persentase menurut pedoman distribusi skema penilaian"),
                self.tr("Aktual dikurangi pedoman, dalam poin persentase"),
            )[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN_LEFT if section == self.BOX else _ALIGN_RIGHT
        return None


# -- movement matrix ----------------------------------------------------------------------------------


class MovementMatrixModel(_TableModel):
    """Rows: box in the previous period (1–9, then the column totals); columns: box now (1–9, then the
    row totals). Cells are coloured by the kind of move (see the module docstring) and shaded by count
    on a logarithmic scale, so that a handful of movers still shows beside hundreds who stayed."""

    SIZE = len(BOXES)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._counts = np.zeros((self.SIZE, self.SIZE), dtype=np.int64)
        self._empty = True
        self.previous_label = ""
        self.period_label = ""
        self._bold = _bold()

    def set_matrix(
        self, matrix: pd.DataFrame | None, previous_label: str = "", period_label: str = ""
    ) -> None:
        """``matrix`` as ``movement_matrix()`` returns it; None empties the model."""
        self.beginResetModel()
        self._empty = matrix is None
        if matrix is None:
            self._counts = np.zeros((self.SIZE, self.SIZE), dtype=np.int64)
        else:
            full = matrix.reindex(index=list(BOXES), columns=list(BOXES), fill_value=0)
            self._counts = full.to_numpy(dtype=np.int64)
        self.previous_label, self.period_label = previous_label, period_label
        peak = int(self._counts.max()) if self._counts.size else 0
        self._scale = np.log1p(peak) if peak else 1.0
        self.endResetModel()

    def _rows(self) -> int:
        return 0 if self._empty else self.SIZE + 1

    def _columns(self) -> int:
        return 0 if self._empty else self.SIZE + 1

    def count(self, row: int, column: int) -> int:
        """People in a cell, totals included (row SIZE / column SIZE)."""
        if row == self.SIZE and column == self.SIZE:
            return int(self._counts.sum())
        if row == self.SIZE:
            return int(self._counts[:, column].sum())
        if column == self.SIZE:
            return int(self._counts[row].sum())
        return int(self._counts[row, column])

    def counts(self) -> np.ndarray:
        return self._counts.copy()

    def direction(self, row: int, column: int) -> str | None:
        if row >= self.SIZE or column >= self.SIZE:
            return None
        return move_direction(row + 1, column + 1)

    def boxes_at(self, index: QModelIndex | QPersistentModelIndex) -> tuple[int | None, int | None]:
        """(box before, box now) of a cell; None on a total row or column."""
        row, column = index.row(), index.column()
        return (row + 1 if row < self.SIZE else None, column + 1 if column < self.SIZE else None)

    def background(self, row: int, column: int) -> QColor | None:
        direction = self.direction(row, column)
        if direction is None:
            return QColor(palette.BACKGROUND)
        count = self._counts[row, column]
        if not count:
            return blend(movement_color(SAME), 0.06) if direction == SAME else None
        return blend(movement_color(direction), 0.12 + 0.78 * np.log1p(count) / self._scale)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not self._valid(index):
            return None
        row, column = index.row(), index.column()
        count = self.count(row, column)
        total = row == self.SIZE or column == self.SIZE
        if role == Qt.ItemDataRole.DisplayRole:
            return format_count(count) if count or total else ""
        if role in (CountRole, SortRole, Qt.ItemDataRole.EditRole):
            return count
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN_CENTER
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.background(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            background = self.background(row, column)
            return text_on(background) if background is not None else QColor(palette.TEXT)
        if role == Qt.ItemDataRole.FontRole and (total or row == column):
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column, count)
        return None

    def _tooltip(self, row: int, column: int, count: int) -> str:
        people = self.tr("{0} pegawai").format(format_count(count))
        if row == self.SIZE and column == self.SIZE:
            return self.tr("Dipetakan pada kedua periode: {0}").format(people)
        if row == self.SIZE:
            return self.tr("Kini di kotak {0} ({1}), dari kotak mana pun: {2}").format(
                column + 1, self.period_label, people
            )
        if column == self.SIZE:
            return self.tr("Dari kotak {0} ({1}), kini di kotak mana pun: {2}").format(
                row + 1, self.previous_label, people
            )
        return self.tr("Kotak {0} ({1}) → kotak {2} ({3}): {4} — {5}").format(
            row + 1,
            self.previous_label,
            column + 1,
            self.period_label,
            people,
            movement_label(self.direction(row, column)).lower(),
        )

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if self._empty or not 0 <= section <= self.SIZE:
            return None
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Jumlah") if section == self.SIZE else str(section + 1)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN_CENTER
        if role == Qt.ItemDataRole.ToolTipRole:
            label = self.period_label if horizontal else self.previous_label
            if section == self.SIZE:
                return self.tr("Jumlah")
            return self.tr("Kotak {0} pada periode {1}").format(section + 1, label)
        return None


# -- distribution by unit -----------------------------------------------------------------------------


class UnitDistributionModel(_TableModel):
    """Unit induk rows; columns unit, boxes 1–9, total, and the share in the talent pool (7–9).

    Built from ``distribution_by_unit(frame)``. Each box cell is shaded in the box's colour by the
    share of the unit's people in that box, so a unit's profile reads at a glance. Sort through a
    QSortFilterProxyModel on SortRole (a few dozen units: Python comparisons cost nothing here).
    """

    UNIT = 0
    TOTAL = 1 + len(BOXES)
    POOL = TOTAL + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._units: list[str] = []
        self._folded: list[str] = []
        self._counts = np.zeros((0, len(BOXES)), dtype=np.int64)
        self._totals = np.zeros(0, dtype=np.int64)
        self._pool = np.zeros(0)

    def set_table(self, table: pd.DataFrame) -> None:
        self.beginResetModel()
        self._units = [str(u) for u in table.index]
        self._folded = list(fold_column(np.array(self._units, dtype=object))) if self._units else []
        boxes = table.reindex(columns=list(BOXES), fill_value=0) if len(table) else table
        self._counts = (
            boxes.to_numpy(dtype=np.int64) if len(table) else np.zeros((0, len(BOXES)), dtype=np.int64)
        )
        self._totals = self._counts.sum(axis=1)
        pool = self._counts[:, 6:9].sum(axis=1)
        self._pool = np.divide(
            pool * 100.0, self._totals, out=np.zeros(len(self._totals)), where=self._totals > 0
        )
        self.endResetModel()

    def _rows(self) -> int:
        return len(self._units)

    def _columns(self) -> int:
        return self.POOL + 1

    def unit(self, row: int) -> str:
        return self._units[row]

    def value(self, row: int, column: int) -> float | str:
        if column == self.UNIT:
            return self._units[row]
        if column == self.TOTAL:
            return int(self._totals[row])
        if column == self.POOL:
            return float(self._pool[row])
        return int(self._counts[row, column - 1])

    def _share(self, row: int, column: int) -> float:
        total = self._totals[row]
        return float(self._counts[row, column - 1] / total) if total else 0.0

    def background(self, row: int, column: int) -> QColor | None:
        if column == self.UNIT:
            return None
        if column == self.TOTAL:
            return QColor(palette.BACKGROUND)
        if column == self.POOL:
            return blend(palette.BOX_COLORS[8], 0.08 + 0.7 * float(self._pool[row]) / 100)
        share = self._share(row, column)
        if not share:
            return None
        # half the unit in one box is already the deepest shade
        return blend(palette.BOX_COLORS[column], 0.12 + 0.8 * min(share / 0.5, 1.0))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not self._valid(index):
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.value(row, column)
            if column == self.UNIT:
                return value
            return format_percent(value) if column == self.POOL else format_count(value)
        if role == SortRole:
            return self._folded[row] if column == self.UNIT else self.value(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN_LEFT if column == self.UNIT else _ALIGN_RIGHT
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.background(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.UNIT:
                return None
            if self.value(row, column) == 0:
                return QColor(palette.TEXT_FAINT)
            background = self.background(row, column)
            return text_on(background) if background is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.UNIT:
                return self._units[row]
            if 1 <= column <= len(BOXES):
                return self.tr("{0}: {1} pegawai di kotak {2} ({3} dari unit ini)").format(
                    self._units[row],
                    format_count(self.value(row, column)),
                    column,
                    format_percent(100 * self._share(row, column)),
                )
            if column == self.POOL:
                return self.tr("Pegawai di kotak 7–9 (kelompok rencana suksesi)")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section <= self.POOL:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == self.UNIT:
                return self.tr("Unit induk")
            if section == self.TOTAL:
                return self.tr("Jumlah")
            if section == self.POOL:
                return self.tr("Kotak 7–9")
            return str(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            if 1 <= section <= len(BOXES):
                return box_tooltip(section)
            if section == self.POOL:
                return self.tr("Persentase pegawai unit di kelompok rencana suksesi (kotak 7–9)")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            # centred: a right-aligned title would run into the sort indicator
            return _ALIGN_LEFT if section == self.UNIT else _ALIGN_CENTER
        return None


# -- people who moved ---------------------------------------------------------------------------------


class MoversModel(_TableModel):
    """People placed in either period with their box then and now and the kind of move; filtered by
    kind or by a cell of the movement matrix.

    Sorted and filtered with NumPy in the model, as the personnel table is, rather than through a
    QSortFilterProxyModel: at 20,000 people a proxy's Python ``lessThan`` calls take seconds.
    """

    NAME, UNIT, BEFORE, NOW, CHANGE = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.previous_label = ""
        self.period_label = ""
        self._set_arrays(pd.DataFrame(columns=["person_id", "nama_lengkap", "unit_induk", "box"]))
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._filter: tuple[tuple[str, ...] | None, int | None, int | None] = (MOVED, None, None)
        self._visible = np.arange(0, dtype=np.intp)

    def _set_arrays(self, frame: pd.DataFrame) -> None:
        # Column by column through the rows kept, not a copy of the whole (wide) frame: a map's movers
        # are tens of thousands of rows, and this runs on the UI thread when the tab is shown.
        codes = movement(frame)
        keep = codes.notna().to_numpy()
        n = int(keep.sum())

        def column(name: str, dtype=object) -> np.ndarray:
            return frame[name].to_numpy(dtype=dtype)[keep]

        self._ids = column("person_id", np.int64) if n else np.empty(0, np.int64)
        self._names = column("nama_lengkap") if n else np.empty(0, object)
        if n and "unit_induk" in frame:
            units = frame["unit_induk"].fillna("").to_numpy(dtype=object)[keep]
        else:
            units = np.full(n, "", dtype=object)
        self._units = units
        self._before = _box_array(frame, "previous_box")[keep]
        self._now = _box_array(frame, "box")[keep]
        self._codes = codes.to_numpy(dtype=object)[keep] if n else np.empty(0, object)
        folded = column("search_name") if "search_name" in frame and n else None
        # A few dozen units: fold each name once, not once per person.
        unit_codes, unit_names = pd.factorize(units) if n else (np.empty(0, np.intp), np.empty(0, object))
        folded_units = fold_column(np.asarray(unit_names, dtype=object))[unit_codes] if n else units
        order = {code: float(i) for i, code in enumerate(MOVEMENT_ORDER)}
        self._keys = {
            self.NAME: _rank(folded if folded is not None else fold_column(self._names)),
            self.UNIT: _rank(folded_units),
            self.BEFORE: self._before,
            self.NOW: self._now,
            self.CHANGE: pd.Series(self._codes, dtype=object).map(order).to_numpy(dtype=float),
        }

    def set_frame(self, frame: pd.DataFrame, previous_label: str = "", period_label: str = "") -> None:
        """Show the people of a talent-map frame, keeping the current filter and sort."""
        self.beginResetModel()
        self.previous_label, self.period_label = previous_label, period_label
        self._set_arrays(frame)
        self._visible = self._arrange()
        self.endResetModel()

    def set_filter(
        self, kinds: tuple[str, ...] | None = MOVED, before: int | None = None, now: int | None = None
    ) -> int:
        """Show only these kinds of move (None: all) from box ``before`` to box ``now`` (None: any).
        Returns how many are shown."""
        self.beginResetModel()
        self._filter = (tuple(kinds) if kinds is not None else None, before, now)
        self._visible = self._arrange()
        self.endResetModel()
        return len(self._visible)

    def _arrange(self) -> np.ndarray:
        kinds, before, now = self._filter
        mask = np.ones(len(self._ids), dtype=bool)
        if kinds is not None:
            mask &= np.isin(self._codes, np.array(kinds, dtype=object))
        if before is not None:
            mask &= self._before == before
        if now is not None:
            mask &= self._now == now
        rows = np.flatnonzero(mask)
        order = np.lexsort((self._keys[self.NAME][rows], self._keys[self.CHANGE][rows]))  # default order
        rows = rows[order]
        if self._sort is not None:
            column, direction = self._sort
            key = self._keys[column][rows]
            if direction == Qt.SortOrder.DescendingOrder:
                key = -key  # NaN stays NaN and argsort puts it last either way
            rows = rows[np.argsort(key, kind="stable")]
        return rows

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < 5:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        people = [int(self._visible[i.row()]) if i.isValid() else -1 for i in persistent]
        self._sort = (column, order)
        self._visible = self._arrange()
        where = {int(p): r for r, p in enumerate(self._visible)}
        self.changePersistentIndexList(
            persistent,
            [
                self.index(where[p], i.column()) if p in where else QModelIndex()
                for i, p in zip(persistent, people, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _rows(self) -> int:
        return len(self._visible)

    def _columns(self) -> int:
        return 5

    @property
    def total_count(self) -> int:
        return len(self._ids)

    def person_id(self, row: int) -> int:
        return int(self._ids[self._visible[row]])

    def codes(self) -> list[str]:
        """The movement code of every visible row, in order (tests and summaries)."""
        return self._codes[self._visible].tolist()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not self._valid(index):
            return None
        row, column = int(self._visible[index.row()]), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return str(self._names[row] or "")
            if column == self.UNIT:
                return str(self._units[row])
            if column in (self.BEFORE, self.NOW):
                box = (self._before if column == self.BEFORE else self._now)[row]
                return "–" if np.isnan(box) else str(int(box))
            return movement_label(self._codes[row])
        if role == PersonIdRole:
            return int(self._ids[row])
        if role == SortRole:
            key = self._keys[column][row]
            return None if np.isnan(key) else float(key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN_CENTER if column in (self.BEFORE, self.NOW) else _ALIGN_LEFT
        if role == Qt.ItemDataRole.DecorationRole and column in (self.BEFORE, self.NOW):
            box = (self._before if column == self.BEFORE else self._now)[row]
            return None if np.isnan(box) else QColor(palette.BOX_COLORS[int(box)])
        if role == Qt.ItemDataRole.ForegroundRole and column == self.CHANGE:
            return QColor(movement_color(self._codes[row]))
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.NAME, self.UNIT):
            return str((self._names if column == self.NAME else self._units)[row] or "") or None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 5:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == self.BEFORE:
                return self.previous_label or self.tr("Sebelumnya")
            if section == self.NOW:
                return self.period_label or self.tr("Kini")
            return (self.tr("Nama"), self.tr("Unit induk"), "", "", self.tr("Perubahan"))[section]
        if role == Qt.ItemDataRole.ToolTipRole and section in (self.BEFORE, self.NOW):
            label = self.previous_label if section == self.BEFORE else self.period_label
            return self.tr("Kotak pada periode {0}").format(label)
        return None


def _rank(texts: np.ndarray) -> np.ndarray:
    """Folded texts as float ranks (NaN for empty), so one argsort serves text and number columns."""
    if not len(texts):
        return np.empty(0)
    codes, _ = pd.factorize(texts, sort=True, use_na_sentinel=True)
    key = codes.astype(float)
    key[(codes < 0) | (np.asarray(texts, dtype=object) == "")] = np.nan
    return key
