"""Thin table models over the committee service's plain rows (members, meetings, attendance,
decisions, follow-ups), plus the delegate that puts a status combo on every attendance row.

The rows are few (a committee has a handful of members, a meeting a few dozen decisions), so each model
keeps a tuple of the service's dataclasses and formats cells in ``data()``. None of them writes:
the attendance model turns an edit into ``edit_requested`` and the page records it through the service,
then hands the model the rows as they now are.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from talenta_desktop.services.committee import AttendanceRow, FollowUpInfo, MeetingInfo, MemberInfo
from talenta_desktop.services.reports.berita_acara_data import DecisionRow
from talenta_desktop.ui import palette
from talenta_desktop.ui.formatting import date_text
from talenta_desktop.ui.models.rows import RowsModel as SharedRowsModel

from .labels import (
    ATTENDANCE_TEXT,
    RELATION_TEXT,
    ROLE_TEXT,
    STATUS_TEXT,
    decision_kind_text,
    nip_text,
    text,
)

IdRole = Qt.ItemDataRole.UserRole  # the row's database id (member, meeting)
CodeRole = Qt.ItemDataRole.UserRole + 1  # the attendance status code behind the shown label

CONTEXT = "CommitteeTables"
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Column:
    header: str  # source text in the "CommitteeTables" context
    value: Callable[[Any], str]
    tooltip: Callable[[Any], str | None] | None = None
    centered: bool = False

    @property
    def align(self) -> int:
        return _CENTER if self.centered else _LEFT


class RowsModel(SharedRowsModel):
    context = CONTEXT
    id_role = IdRole


def _member_tooltip(member: MemberInfo) -> str:
    return "\n".join(part for part in (member.nama, nip_text(member.nip), member.jabatan) if part)


class MemberModel(RowsModel):
    """The committee's members in order of signature."""

    columns = (
        Column(QT_TRANSLATE_NOOP("CommitteeTables", "No."), lambda m: str(m.sign_order), centered=True),
        Column(QT_TRANSLATE_NOOP("CommitteeTables", "Nama"), lambda m: m.nama, _member_tooltip),
        Column(QT_TRANSLATE_NOOP("CommitteeTables", "Peran"), lambda m: text(ROLE_TEXT, m.role)),
    )


class MeetingListModel(RowsModel):
    """The committee's meetings, newest first; the one being held stands out."""

    columns = (
        Column(QT_TRANSLATE_NOOP("CommitteeTables", "Nomor"), lambda m: m.number, lambda m: m.title),
        Column(QT_TRANSLATE_NOOP("CommitteeTables", "Tanggal"), lambda m: date_text(m.held_on)),
        Column(QT_TRANSLATE_NOOP("CommitteeTables", "Status"), lambda m: text(STATUS_TEXT, m.status)),
    )

    def row_of(self, meeting_id: int) -> int:
        return next((i for i, m in enumerate(self.rows) if m.id == meeting_id), -1)

    def extra(self, row: MeetingInfo, column: int, role: int):
        if column != 2:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = {"active": palette.SECONDARY, "final": palette.TEXT_MUTED}.get(row.status)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.FontRole and row.status == "active":
            font = QFont()
            font.setBold(True)
            return font
        return None


STATUS_COLUMN = 3
REPRESENTATIVE_COLUMN = 4


class AttendanceModel(RowsModel):
    """One row per member; the status and the representative are editable until the meeting is final.

    An edit is not stored here: ``edit_requested(member_id, status, represented_by)`` asks the page to
    record it, and the page answers with :meth:`set_rows`.
    """

    edit_requested = Signal(int, str, str)

    columns = (
        Column(
            QT_TRANSLATE_NOOP("CommitteeTables", "No."), lambda r: str(r.member.sign_order), centered=True
        ),
        Column(
            QT_TRANSLATE_NOOP("CommitteeTables", "Nama"),
            lambda r: r.member.nama,
            lambda r: _member_tooltip(r.member),
        ),
        Column(QT_TRANSLATE_NOOP("CommitteeTables", "Peran"), lambda r: text(ROLE_TEXT, r.member.role)),
        Column(
            QT_TRANSLATE_NOOP("CommitteeTables", "Kehadiran"),
            lambda r: (
                text(ATTENDANCE_TEXT, r.status)
                if r.status
                else QCoreApplication.translate("CommitteeTables", "Belum dicatat")
            ),
        ),
        Column(QT_TRANSLATE_NOOP("CommitteeTables", "Diwakili oleh"), lambda r: r.represented_by or ""),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.locked = False

    def set_rows(self, rows: Sequence[AttendanceRow]) -> None:
        """Same members as before: the cells change in place (the status combos stay open)."""
        rows = tuple(rows)
        if [r.member.id for r in rows] == [r.member.id for r in self.rows] and rows:
            self.rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.columns) - 1))
            return
        super().set_rows(rows)

    def set_locked(self, locked: bool) -> None:
        self.locked = locked
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.locked and index.column() in (STATUS_COLUMN, REPRESENTATIVE_COLUMN):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and 0 <= index.row() < len(self.rows):
            row = self.rows[index.row()]
            if role == IdRole:
                return row.member.id
            if role == CodeRole:
                return row.status
            if role == Qt.ItemDataRole.EditRole:
                if index.column() == STATUS_COLUMN:
                    return row.status
                if index.column() == REPRESENTATIVE_COLUMN:
                    return row.represented_by or ""
        return super().data(index, role)

    def extra(self, row: AttendanceRow, column: int, role: int):
        if column == STATUS_COLUMN and role == Qt.ItemDataRole.ForegroundRole:
            token = {"hadir": "OK_TEXT", "diwakili": "OK_TEXT", "tidak_hadir": "ERROR_TEXT"}.get(
                row.status or "", "TEXT_MUTED"
            )
            return QBrush(QColor(getattr(palette, token)))
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.locked:
            return False
        row = self.rows[index.row()]
        if index.column() == STATUS_COLUMN:
            if value and value != row.status:
                self.edit_requested.emit(row.member.id, str(value), row.represented_by or "")
        elif index.column() == REPRESENTATIVE_COLUMN:
            name = str(value or "").strip()
            if name and name != (row.represented_by or ""):
                # Writing a representative's name means the member is represented.
                self.edit_requested.emit(row.member.id, "diwakili", name)
            elif not name and row.status == "diwakili":
                self.edit_requested.emit(row.member.id, "diwakili", "")
        return False  # nothing changes until the page has recorded it


class AttendanceDelegate(QStyledItemDelegate):
    """A combo (Hadir / Tidak hadir / Diwakili) that records the choice as soon as it is made."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index) -> QWidget:
        if index.column() != STATUS_COLUMN:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setObjectName("attendanceStatus")
        combo.setPlaceholderText(QCoreApplication.translate("CommitteeTables", "Belum dicatat"))
        for code, source in ATTENDANCE_TEXT.items():
            combo.addItem(QCoreApplication.translate("Committee", source), code)
        combo.currentIndexChanged.connect(lambda _=0, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index) -> None:
        if isinstance(editor, QComboBox):
            editor.blockSignals(True)  # showing the stored value is not a choice
            editor.setCurrentIndex(editor.findData(index.data(CodeRole)))
            editor.blockSignals(False)
            editor.setEnabled(bool(index.flags() & Qt.ItemFlag.ItemIsEditable))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index) -> None:
        if isinstance(editor, QComboBox):
            if editor.currentIndex() >= 0:
                model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


def _boxes(row: DecisionRow) -> str:
    if row.box_after is None:
        return ""
    if row.box_before is None:
        return str(row.box_after)
    return f"{row.box_before} → {row.box_after}"


def _decision_person(row: DecisionRow) -> str | None:
    return "\n".join(part for part in (row.nama, nip_text(row.nip), row.jabatan) if part) or None


class DecisionModel(RowsModel):
    """The meeting's decisions as the berita acara lists them: its calibrations, then other decisions.
    Who and what come first (the columns a projector shows); the kind, basis and conflicts follow."""

    columns = (
        Column(QT_TRANSLATE_NOOP("CommitteeTables", "No."), lambda d: str(d.number), centered=True),
        Column(QT_TRANSLATE_NOOP("CommitteeTables", "Nama"), lambda d: d.nama or "", _decision_person),
        Column(QT_TRANSLATE_NOOP("CommitteeTables", "NIP"), lambda d: nip_text(d.nip)),
        Column(QT_TRANSLATE_NOOP("CommitteeTables", "Kotak"), _boxes, centered=True),
        Column(QT_TRANSLATE_NOOP("CommitteeTables", "Keputusan / alasan"), lambda d: d.reason),
        Column(QT_TRANSLATE_NOOP("CommitteeTables", "Jenis"), lambda d: decision_kind_text(d.kind)),
        Column(QT_TRANSLATE_NOOP("CommitteeTables", "Dasar"), lambda d: d.basis or ""),
        Column(
            QT_TRANSLATE_NOOP("CommitteeTables", "Anggota keluar ruangan"), lambda d: "; ".join(d.stepped_out)
        ),
    )
    BOX_COLUMN = 3

    def extra(self, row: DecisionRow, column: int, role: int):
        if column == self.BOX_COLUMN and role == Qt.ItemDataRole.BackgroundRole and row.box_after is not None:
            return QBrush(QColor(palette.BOX_TINTS[row.box_after]))
        return None


class FollowUpModel(RowsModel):
    """The meeting's follow-ups; "Selesai" is a check box (allowed after finalising too), overdue ones red.

    Ticking is not stored here: ``done_requested(follow_up_id, done)`` asks the page to record it.
    """

    done_requested = Signal(int, bool)
    DONE_COLUMN = 4
    checkable = True  # False for a role that may not record follow-ups: the box shows, it does not tick

    columns = (
        Column(QT_TRANSLATE_NOOP("CommitteeTables", "No."), lambda f: "", centered=True),
        Column(QT_TRANSLATE_NOOP("CommitteeTables", "Kegiatan"), lambda f: f.task),
        Column(QT_TRANSLATE_NOOP("CommitteeTables", "Penanggung jawab"), lambda f: f.owner),
        Column(
            QT_TRANSLATE_NOOP("CommitteeTables", "Batas waktu"),
            lambda f: date_text(f.due_on) if f.due_on else "—",
            lambda f: (
                QCoreApplication.translate("CommitteeTables", "Lewat batas waktu dan belum selesai")
                if f.overdue(date.today())
                else None
            ),
        ),
        Column(QT_TRANSLATE_NOOP("CommitteeTables", "Selesai"), lambda f: "", centered=True),
    )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.DisplayRole:
            return str(index.row() + 1)
        if index.isValid() and index.column() == self.DONE_COLUMN and role == Qt.ItemDataRole.CheckStateRole:
            done = self.rows[index.row()].done
            return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
        return super().data(index, role)

    def extra(self, row: FollowUpInfo, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and row.overdue(date.today()):
            return QBrush(QColor(palette.ERROR_TEXT))
        if role == Qt.ItemDataRole.ForegroundRole and row.done and column in (1, 2, 3):
            return QBrush(QColor(palette.TEXT_MUTED))
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.DONE_COLUMN and self.checkable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if (
            role != Qt.ItemDataRole.CheckStateRole
            or not self.checkable
            or not index.isValid()
            or index.column() != self.DONE_COLUMN
        ):
            return False
        row = self.rows[index.row()]
        done = Qt.CheckState(value) == Qt.CheckState.Checked
        if done != row.done:
            self.done_requested.emit(row.id, done)
        return False  # nothing changes until the page has recorded it


class NoteModel(RowsModel):
    """Who the committee talked about, whether they were discussed, and what was said."""

    columns = (
        Column(QT_TRANSLATE_NOOP("CommitteeTables", "Nama"), lambda n: n.nama, lambda n: n.jabatan),
        Column(QT_TRANSLATE_NOOP("CommitteeTables", "NIP"), lambda n: nip_text(n.nip)),
        Column(
            QT_TRANSLATE_NOOP("CommitteeTables", "Dibahas"),
            lambda n: "✓" if n.discussed else "—",
            centered=True,
        ),
        Column(QT_TRANSLATE_NOOP("CommitteeTables", "Catatan"), lambda n: n.text.replace("\n", " ")),
    )

    def row_of(self, person_id: int) -> int:
        return next((i for i, n in enumerate(self.rows) if n.person_id == person_id), -1)


class ConflictModel(RowsModel):
    """Members who stepped out, and for whom."""

    columns = (
        Column(QT_TRANSLATE_NOOP("CommitteeTables", "Anggota"), lambda c: c.member),
        Column(
            QT_TRANSLATE_NOOP("CommitteeTables", "Keluar saat membahas"),
            lambda c: f"{c.nama} ({nip_text(c.nip)})",
        ),
        Column(
            QT_TRANSLATE_NOOP("CommitteeTables", "Hubungan"),
            lambda c: text(RELATION_TEXT, c.relation),
            lambda c: c.note or None,
        ),
    )
