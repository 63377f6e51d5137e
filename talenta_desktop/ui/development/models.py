"""Thin read-only table models for the Pengembangan page: the period's plans, one plan's activities,
and progress per unit.

The plans list can hold thousands of rows (one per person with a plan), so it keeps the frame of
services.development.plans_frame and sorts itself with pandas over whole columns instead of through a
proxy that asks Python for every cell. The activities (a handful per plan) and the units (a few dozen)
are small: plain rows formatted in ``data()``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

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
from PySide6.QtGui import QBrush, QColor, QFont

from talenta_desktop.services.development.plans import ActivityInfo
from talenta_desktop.ui import palette
from talenta_desktop.ui.formatting import short_date_text
from talenta_desktop.ui.models.rows import RowsModel as SharedRowsModel

from .labels import (
    ACTIVITY_STATUS_TEXT,
    CATEGORY_TEXT,
    FORM_TEXT,
    KIND_TEXT,
    MENTOR_TYPE_TEXT,
    PLAN_STATUS_TEXT,
    nip_text,
    percent,
    text,
)

IdRole = Qt.ItemDataRole.UserRole  # the row's database id (plan, activity)
ProgressRole = Qt.ItemDataRole.UserRole + 1  # a 0–1 share, for the progress bar delegate
SortRole = Qt.ItemDataRole.UserRole + 2  # the raw value a proxy sorts by (numbers as numbers)

CONTEXT = "DevelopmentTables"
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
PLAN_STATUS_ORDER = {code: i for i, code in enumerate(PLAN_STATUS_TEXT)}


def short_date(day: date | None) -> str:
    """A date in a table cell: "2 Jul 2026" in the interface's language; "—" when not set."""
    return short_date_text(day)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def _translate(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


# -- the period's plans --------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanColumn:
    header: str  # source text in the "DevelopmentTables" context
    sort_key: Callable[[pd.DataFrame], pd.Series]
    align: int = _LEFT


def _folded(column: str) -> Callable[[pd.DataFrame], pd.Series]:
    return lambda f: f[column].fillna("").astype(str).str.casefold()


PLAN_COLUMNS = (
    PlanColumn(QT_TRANSLATE_NOOP("DevelopmentTables", "Nama"), _folded("nama")),
    PlanColumn(QT_TRANSLATE_NOOP("DevelopmentTables", "NIP"), lambda f: f["nip"].astype(str)),
    PlanColumn(QT_TRANSLATE_NOOP("DevelopmentTables", "Jabatan"), _folded("jabatan")),
    PlanColumn(QT_TRANSLATE_NOOP("DevelopmentTables", "Kotak"), lambda f: f["box"].astype(float), _CENTER),
    PlanColumn(
        QT_TRANSLATE_NOOP("DevelopmentTables", "Status"), lambda f: f["status"].map(PLAN_STATUS_ORDER)
    ),
    PlanColumn(
        QT_TRANSLATE_NOOP("DevelopmentTables", "Kegiatan"),
        lambda f: f["done"] * 1000 + f["activities"],
        _CENTER,
    ),
    PlanColumn(QT_TRANSLATE_NOOP("DevelopmentTables", "Progres"), lambda f: f["progress"], _CENTER),
    PlanColumn(QT_TRANSLATE_NOOP("DevelopmentTables", "JP"), lambda f: f["jp_done"], _CENTER),
    PlanColumn(QT_TRANSLATE_NOOP("DevelopmentTables", "Terlambat"), lambda f: f["overdue"], _CENTER),
)
(NAME, NIP, JABATAN, BOX, STATUS, ACTIVITIES, PROGRESS, JP, OVERDUE_COLUMN) = range(len(PLAN_COLUMNS))
_PLAN_TOOLTIPS = {
    ACTIVITIES: QT_TRANSLATE_NOOP(
        "DevelopmentTables", "Kegiatan selesai dari seluruh kegiatan (tanpa yang batal)"
    ),
    PROGRESS: QT_TRANSLATE_NOOP("DevelopmentTables", "Bagian kegiatan yang sudah selesai"),
    JP: QT_TRANSLATE_NOOP("DevelopmentTables", "JP kegiatan selesai dari JP yang direncanakan"),
    OVERDUE_COLUMN: QT_TRANSLATE_NOOP(
        "DevelopmentTables", "Kegiatan yang lewat batas waktu dan belum selesai"
    ),
}
_PLAN_FIELDS = ("plan_id", "nama", "nip", "jabatan", "box", "status", "activities", "done", "progress",
                "jp_planned", "jp_done", "overdue", "unit")  # fmt: skip


class PlanTableModel(QAbstractTableModel):
    """The plans shown (already filtered by the page), sorted by the clicked column."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._frame = pd.DataFrame(columns=list(_PLAN_FIELDS))
        self._rows: list[tuple] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_frame(self, frame: pd.DataFrame) -> None:
        """``frame``: rows of plans_frame with a "unit" name column."""
        self.beginResetModel()
        self._frame = frame
        self._fill()
        self.endResetModel()

    def _fill(self) -> None:
        frame = self._frame
        if self._sort is not None and len(frame):
            column, order = self._sort
            key = PLAN_COLUMNS[column].sort_key(frame).to_numpy()
            # Stable in both directions: equal keys keep the service's order (by name).
            positions = np.arange(len(frame))
            if order == Qt.SortOrder.DescendingOrder:
                positions = positions[::-1]
                key = key[::-1]
            frame = frame.iloc[positions[pd.Series(key).argsort(kind="stable").to_numpy()]]
            if order == Qt.SortOrder.DescendingOrder:
                frame = frame.iloc[::-1]
        values = frame.reindex(columns=list(_PLAN_FIELDS)).astype(object)  # no period: no columns either
        self._rows = list(values.where(values.notna(), None).itertuples(index=False, name=None))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(PLAN_COLUMNS):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._fill()
        self.layoutChanged.emit()

    def plan_id(self, row: int) -> int:
        return int(self._rows[row][0])

    def row_of(self, plan_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r[0] == plan_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PLAN_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(PLAN_COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _translate(PLAN_COLUMNS[section].header)
        if role == Qt.ItemDataRole.ToolTipRole and section in _PLAN_TOOLTIPS:
            return _translate(_PLAN_TOOLTIPS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        (plan_id, nama, nip, jabatan, box, status, _activities, _done, progress, jp_planned, jp_done, overdue,
         unit) = self._rows[index.row()]  # fmt: skip
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(column, self._rows[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return PLAN_COLUMNS[column].align
        if role == IdRole:
            return int(plan_id)
        if role == ProgressRole and column == PROGRESS:
            return float(progress)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == NAME:
                return "\n".join(str(p) for p in (nama, nip_text(nip), jabatan, unit) if p)
            if column == JABATAN:
                return jabatan
            if column == OVERDUE_COLUMN and overdue:
                return QCoreApplication.translate(
                    "DevelopmentTables", "{0} kegiatan lewat batas waktu"
                ).format(overdue)
            if column == JP:
                return QCoreApplication.translate(
                    "DevelopmentTables", "{0} JP selesai dari {1} JP direncanakan"
                ).format(jp_done, jp_planned)
            return None
        if role == Qt.ItemDataRole.BackgroundRole and column == BOX and box is not None:
            return QBrush(QColor(palette.BOX_TINTS[int(box)]))
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == OVERDUE_COLUMN and overdue:
                return QBrush(QColor(palette.ERROR_TEXT))
            if column == STATUS and status == "selesai":
                return QBrush(QColor(palette.OK_TEXT))
            if column == STATUS and status == "batal":
                return QBrush(QColor(palette.TEXT_MUTED))
        if (
            role == Qt.ItemDataRole.FontRole
            and column in (OVERDUE_COLUMN, BOX)
            and (column == BOX or overdue)
        ):
            return _bold()
        return None

    @staticmethod
    def _display(column: int, row: tuple) -> str:
        (_, nama, nip, jabatan, box, status, activities, done, progress, jp_planned, jp_done, overdue,
         _unit) = row  # fmt: skip
        if column == NAME:
            return nama or ""
        if column == NIP:
            return nip_text(nip)
        if column == JABATAN:
            return jabatan or "—"
        if column == BOX:
            return str(int(box)) if box is not None else "—"
        if column == STATUS:
            return text(PLAN_STATUS_TEXT, status)
        if column == ACTIVITIES:
            return f"{int(done)}/{int(activities)}"
        if column == PROGRESS:
            return percent(progress)
        if column == JP:
            return f"{int(jp_done)}/{int(jp_planned)}"
        if column == OVERDUE_COLUMN:
            return str(int(overdue)) if overdue else "—"
        return ""


# -- one plan's activities -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    header: str  # source text in the "DevelopmentTables" context
    value: Callable[[Any], str]
    align: int = _LEFT
    sort: Callable[[Any], Any] | None = None  # the SortRole value; the shown text when None


def form_text(activity: ActivityInfo) -> str:
    return f"{text(FORM_TEXT, activity.form)} · {text(KIND_TEXT, activity.kind)}"


def mentor_text(activity: ActivityInfo) -> str:
    if not activity.mentor_name:
        return ""
    if activity.mentor_type:
        return f"{activity.mentor_name} ({text(MENTOR_TYPE_TEXT, activity.mentor_type).lower()})"
    return activity.mentor_name


# What tracking needs first (what, its state, when, how much), then how it is classified and who
# mentors it: on a narrow screen the table scrolls towards the less-read columns.
ACTIVITY_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("DevelopmentTables", "Kegiatan"), lambda a: a.title),
    Column(QT_TRANSLATE_NOOP("DevelopmentTables", "Status"), lambda a: text(ACTIVITY_STATUS_TEXT, a.status)),
    Column(QT_TRANSLATE_NOOP("DevelopmentTables", "Mulai"), lambda a: short_date(a.starts_on)),
    Column(QT_TRANSLATE_NOOP("DevelopmentTables", "Batas waktu"), lambda a: short_date(a.due_on)),
    Column(QT_TRANSLATE_NOOP("DevelopmentTables", "JP"), lambda a: str(a.jp), _RIGHT),
    Column(QT_TRANSLATE_NOOP("DevelopmentTables", "Bentuk"), form_text),
    Column(QT_TRANSLATE_NOOP("DevelopmentTables", "70:20:10"), lambda a: a.category, _CENTER),
    Column(QT_TRANSLATE_NOOP("DevelopmentTables", "Mentor"), mentor_text),
    Column(QT_TRANSLATE_NOOP("DevelopmentTables", "Bukti"), lambda a: a.evidence or ""),
)
(TITLE_COLUMN, STATUS_COLUMN, _, DUE_COLUMN, _, FORM_COLUMN, CATEGORY_COLUMN, _, EVIDENCE_COLUMN) = range(
    len(ACTIVITY_COLUMNS)
)


class RowsModel(SharedRowsModel):
    context = CONTEXT
    sort_role = SortRole
    value_tooltips = False  # tooltips come from extra


class ActivityModel(RowsModel):
    """A plan's activities in their order; overdue ones red, cancelled ones muted."""

    columns = ACTIVITY_COLUMNS

    def __init__(self, parent=None, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._today = today

    def row_of(self, activity_id: int) -> int:
        return next((i for i, a in enumerate(self.rows) if a.id == activity_id), -1)

    def is_overdue(self, row: int) -> bool:
        return self.rows[row].overdue(self._today())

    def extra(self, row: ActivityInfo, column: int, role: int):
        if role == IdRole:
            return row.id
        overdue = row.overdue(self._today())
        if role == Qt.ItemDataRole.ForegroundRole:
            if overdue:
                return QBrush(QColor(palette.ERROR_TEXT))
            if row.status == "batal":
                return QBrush(QColor(palette.TEXT_MUTED))
            if row.status == "selesai" and column == STATUS_COLUMN:
                return QBrush(QColor(palette.OK_TEXT))
            return None
        if role == Qt.ItemDataRole.FontRole and overdue and column in (DUE_COLUMN, STATUS_COLUMN):
            return _bold()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column, overdue)
        return None

    def _tooltip(self, row: ActivityInfo, column: int, overdue: bool) -> str | None:
        if overdue and column in (DUE_COLUMN, STATUS_COLUMN):
            days = (self._today() - row.due_on).days
            return QCoreApplication.translate(
                "DevelopmentTables", "Lewat batas waktu {0} hari dan belum selesai"
            ).format(days)
        if column == CATEGORY_COLUMN:
            return text(CATEGORY_TEXT, row.category)
        if column == STATUS_COLUMN and row.status == "selesai" and row.completed_on:
            return QCoreApplication.translate("DevelopmentTables", "Selesai {0}").format(
                short_date(row.completed_on)
            )
        if column == TITLE_COLUMN:
            source = {
                "rekomendasi": QT_TRANSLATE_NOOP("DevelopmentTables", "Dari rekomendasi kotak"),
                "kesenjangan": QT_TRANSLATE_NOOP("DevelopmentTables", "Untuk menutup kesenjangan kompetensi"),
                "manual": QT_TRANSLATE_NOOP("DevelopmentTables", "Ditambahkan oleh pengguna"),
            }.get(row.source)
            return f"{row.title}\n{_translate(source)}" if source else row.title
        value = self.columns[column].value(row)
        return value or None


# -- progress per unit ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class UnitRow:
    unit: str
    plans: int
    activities: int
    done: int
    overdue: int
    progress: float


def unit_rows(frame: pd.DataFrame) -> list[UnitRow]:
    """services.development.progress_by_unit as rows."""
    return [
        UnitRow(str(unit), int(r.plans), int(r.activities), int(r.done), int(r.overdue), float(r.progress))
        for unit, r in frame.iterrows()
    ]


UNIT_PROGRESS_COLUMN = 4


class UnitProgressModel(RowsModel):
    """Plans and their progress per unit induk (OPD); the units with overdue activities stand out."""

    columns = (
        Column(QT_TRANSLATE_NOOP("DevelopmentTables", "Unit induk"), lambda u: u.unit),
        Column(
            QT_TRANSLATE_NOOP("DevelopmentTables", "Rencana"),
            lambda u: str(u.plans),
            _RIGHT,
            lambda u: u.plans,
        ),
        Column(
            QT_TRANSLATE_NOOP("DevelopmentTables", "Kegiatan"),
            lambda u: str(u.activities),
            _RIGHT,
            lambda u: u.activities,
        ),
        Column(
            QT_TRANSLATE_NOOP("DevelopmentTables", "Selesai"), lambda u: str(u.done), _RIGHT, lambda u: u.done
        ),
        Column(
            QT_TRANSLATE_NOOP("DevelopmentTables", "Progres"),
            lambda u: percent(u.progress),
            _CENTER,
            lambda u: u.progress,
        ),
        Column(
            QT_TRANSLATE_NOOP("DevelopmentTables", "Terlambat"),
            lambda u: str(u.overdue) if u.overdue else "—",
            _RIGHT,
            lambda u: u.overdue,
        ),
    )

    def extra(self, row: UnitRow, column: int, role: int):
        if role == ProgressRole and column == UNIT_PROGRESS_COLUMN:
            return row.progress
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return row.unit
        if column == len(self.columns) - 1 and row.overdue:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(palette.ERROR_TEXT))
            if role == Qt.ItemDataRole.FontRole:
                return _bold()
        return None
