"""Thin table models over the succession services' plain rows: the posts with their bench strength, the
selected post's successors, the candidates from the KRS with one column per eligibility rule, and the
readiness categories of the settings dialog.

None of the page's models writes: an edit (a readiness chosen in a successor row) becomes a signal that
the page records through the service, then the page hands the model the rows as they now are.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import ClassVar

import pandas as pd
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from talenta_desktop.services.personnel import fold_text
from talenta_desktop.services.succession.candidates import RULES
from talenta_desktop.services.succession.posts import PostInfo, SuccessorInfo
from talenta_desktop.services.succession.settings import Readiness
from talenta_desktop.ui import palette
from talenta_desktop.ui.committee.labels import nip_text
from talenta_desktop.ui.committee.models import Column, IdRole, RowsModel
from talenta_desktop.ui.messages import user_text

from .labels import KIND_LONG_TEXT, KIND_TEXT, RULE_HEADER, RULE_TEXT, SUCCESSOR_STATUS_TEXT, text

CONTEXT = "SuccessionTables"
StateRole = Qt.ItemDataRole.UserRole + 2  # a post's state: "urgent", "no_ready", "short", "ok"
SortRole = Qt.ItemDataRole.UserRole + 3  # a value that sorts as the column means (numbers as numbers)
CodeRole = Qt.ItemDataRole.UserRole + 4  # the readiness code behind the shown label

MAX_COMPARE = 4  # services.succession.candidates.talent_cards takes one to four people

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _translated(source: str) -> str:
    """A source text marked elsewhere (QT_TRANSLATE_NOOP in this context), translated now."""
    return QCoreApplication.translate(CONTEXT, source)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def number(value: float | None, decimals: int = 2) -> str:
    """A score written the Indonesian way: 86,92."""
    if value is None or pd.isna(value):
        return "—"
    return f"{value:.{decimals}f}".replace(".", ",")


class Rows(RowsModel):
    """RowsModel with its headers in this module's translation context, plus header tooltips."""

    header_tips: ClassVar[dict[int, str]] = {}

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return _translated(self.columns[section].header)
            if role == Qt.ItemDataRole.ToolTipRole and section in self.header_tips:
                return _translated(self.header_tips[section])
        return super().headerData(section, orientation, role)


# -- posts ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PostRow:
    """A post as the table shows it: the service's PostInfo, its expected vacancy in words (relative to
    today) and whether it is urgent (vacant within the warning period with nobody ready now)."""

    post: PostInfo
    vacancy: str
    urgent: bool

    @property
    def id(self) -> int:
        return self.post.id

    @property
    def state(self) -> str:
        if self.urgent:
            return "urgent"
        if self.post.lacks_ready():
            return "no_ready"
        if len(self.post.successors) < self.post.successors_needed:
            return "short"
        return "ok"


def bench_text(post: PostInfo) -> str:
    """ "1 / 2 dari 2": ready now / ready later, of the successors the post needs."""
    return QCoreApplication.translate("SuccessionTables", "{0} / {1} dari {2}").format(
        post.ready_now, post.ready_later, post.successors_needed
    )


def _state_text(row: PostRow) -> str:
    state = row.state
    if state == "urgent":
        return QCoreApplication.translate("SuccessionTables", "Mendesak")
    if state == "no_ready":
        return QCoreApplication.translate("SuccessionTables", "Belum ada yang siap")
    if state == "short":
        return QCoreApplication.translate("SuccessionTables", "Kurang {0} suksesor").format(
            row.post.successors_needed - len(row.post.successors)
        )
    return QCoreApplication.translate("SuccessionTables", "Memadai")


def _state_tip(row: PostRow) -> str:
    state = row.state
    if state == "urgent":
        return QCoreApplication.translate(
            "SuccessionTables", "Lowong dalam masa peringatan dan belum ada suksesor yang siap sekarang."
        )
    if state == "no_ready":
        return QCoreApplication.translate("SuccessionTables", "Belum ada suksesor yang siap sekarang.")
    if state == "short":
        return QCoreApplication.translate(
            "SuccessionTables", "Suksesor yang diusulkan kurang dari jumlah yang dibutuhkan jabatan ini."
        )
    return QCoreApplication.translate(
        "SuccessionTables", "Ada suksesor siap sekarang dan jumlah suksesor memadai."
    )


def _incumbent(row: PostRow) -> str:
    return row.post.incumbent or QCoreApplication.translate("SuccessionTables", "(lowong)")


def _incumbent_tip(row: PostRow) -> str | None:
    if row.post.incumbent is None:
        return QCoreApplication.translate("SuccessionTables", "Jabatan ini tidak mempunyai pemangku.")
    return "\n".join(p for p in (row.post.incumbent, nip_text(row.post.incumbent_nip)) if p)


def _post_tip(row: PostRow) -> str:
    post = row.post
    lines = [post.jabatan_nama, text(KIND_LONG_TEXT, post.kind), post.unit or "", post.jenjang_jabatan]
    if post.min_golongan:
        lines.append(
            QCoreApplication.translate(
                "SuccessionTables", "Golongan paling rendah {0}; BUP {1} tahun"
            ).format(post.min_golongan, post.bup)
        )
    else:
        lines.append(QCoreApplication.translate("SuccessionTables", "BUP {0} tahun").format(post.bup))
    if post.note:
        lines.append(post.note)
    return "\n".join(line for line in lines if line)


def _bench_tip(row: PostRow) -> str:
    post = row.post
    return QCoreApplication.translate(
        "SuccessionTables", "{0} siap sekarang, {1} siap kemudian; dibutuhkan {2} suksesor."
    ).format(post.ready_now, post.ready_later, post.successors_needed)


class PostModel(Rows):
    """The active posts with their bench strength; posts lacking a ready successor stand out, urgent ones
    strongly."""

    VACANCY_COLUMN = 5
    BENCH_COLUMN = 6
    STATUS_COLUMN = 7

    columns = (
        Column(QT_TRANSLATE_NOOP("SuccessionTables", "Jabatan"), lambda r: r.post.jabatan_nama, _post_tip),
        Column(QT_TRANSLATE_NOOP("SuccessionTables", "Jenis"), lambda r: text(KIND_TEXT, r.post.kind)),
        Column(QT_TRANSLATE_NOOP("SuccessionTables", "Unit"), lambda r: r.post.unit or "—"),
        Column(QT_TRANSLATE_NOOP("SuccessionTables", "Jenjang"), lambda r: r.post.jenjang_jabatan),
        Column(QT_TRANSLATE_NOOP("SuccessionTables", "Pemangku"), _incumbent, _incumbent_tip),
        Column(QT_TRANSLATE_NOOP("SuccessionTables", "Perkiraan lowong"), lambda r: r.vacancy),
        Column(
            QT_TRANSLATE_NOOP("SuccessionTables", "Siap sekarang / kemudian"),
            lambda r: bench_text(r.post),
            _bench_tip,
            centered=True,
        ),
        Column(QT_TRANSLATE_NOOP("SuccessionTables", "Status"), _state_text, _state_tip),
    )
    header_tips: ClassVar[dict[int, str]] = {
        6: QT_TRANSLATE_NOOP(
            "SuccessionTables",
            "Suksesor siap sekarang / siap kemudian, dari jumlah suksesor yang dibutuhkan jabatan ini",
        ),
        5: QT_TRANSLATE_NOOP("SuccessionTables", "Tanggal pensiun pemangku menurut BUP jabatan"),
    }

    def set_posts(self, posts: Sequence[PostInfo], today: date, warning_months: int, vacancy) -> None:
        """``vacancy(post, today)`` writes the expected vacancy (services.succession.posts.vacancy_text)."""
        self.set_rows(PostRow(p, vacancy(p, today), p.urgent(today, warning_months)) for p in posts)

    def row_of(self, post_id: int | None) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == post_id), -1)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role in (StateRole, SortRole) and index.isValid() and 0 <= index.row() < len(self.rows):
            row = self.rows[index.row()]
            return row.state if role == StateRole else self.sort_value(row, index.column())
        return super().data(index, role)

    def sort_value(self, row: PostRow, column: int):
        post = row.post
        if column == self.VACANCY_COLUMN:  # vacant first, then by date
            return post.vacancy_on.toordinal() if post.vacancy_on else 0
        if column == self.BENCH_COLUMN:
            return post.ready_now * 1000 + post.ready_later * 10 - post.successors_needed
        if column == self.STATUS_COLUMN:
            return ("urgent", "no_ready", "short", "ok").index(row.state)
        return self.columns[column].value(row)

    def extra(self, row: PostRow, column: int, role: int):
        state = row.state
        if role == Qt.ItemDataRole.BackgroundRole:
            if state == "urgent":
                return QBrush(QColor(palette.ERROR_ROW))
            if state == "no_ready":
                return QBrush(QColor(palette.CAUTION_BG))
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.STATUS_COLUMN:
                token = {"urgent": "ERROR_TEXT", "no_ready": "CAUTION_TEXT", "short": "CAUTION_TEXT"}.get(
                    state, "OK_TEXT"
                )
                return QBrush(QColor(getattr(palette, token)))
            if column == 4 and row.post.incumbent is None:
                return QBrush(QColor(palette.TEXT_MUTED))
            return None
        if role == Qt.ItemDataRole.FontRole and (
            (state == "urgent" and column in (self.STATUS_COLUMN, self.VACANCY_COLUMN, 0))
            or column == self.BENCH_COLUMN
        ):
            return _bold()
        return None


# -- successors -------------------------------------------------------------------------------------------


def _decision(s: SuccessorInfo) -> str:
    return (
        QCoreApplication.translate("SuccessionTables", "Keputusan #{0}").format(s.decision_id)
        if s.decision_id
        else "—"
    )


def _decision_tip(s: SuccessorInfo) -> str:
    if s.decision_id:
        return QCoreApplication.translate(
            "SuccessionTables",
            "Ditetapkan Komite Talenta (keputusan #{0}); lihat daftar keputusan rapatnya di halaman Komite.",
        ).format(s.decision_id)
    return QCoreApplication.translate("SuccessionTables", "Belum ditetapkan komite.")


class SuccessorModel(Rows):
    """The selected post's successors in this period. The readiness is chosen in place: the choice is
    not stored here, ``readiness_requested(successor_id, code)`` asks the page to record it."""

    readiness_requested = Signal(int, str)

    BOX_COLUMN = 2
    READINESS_COLUMN = 3
    STATUS_COLUMN = 4

    columns = (
        Column(
            QT_TRANSLATE_NOOP("SuccessionTables", "Nama"),
            lambda s: s.nama,
            lambda s: "\n".join(p for p in (s.nama, nip_text(s.nip), s.jabatan) if p),
        ),
        Column(QT_TRANSLATE_NOOP("SuccessionTables", "NIP"), lambda s: nip_text(s.nip)),
        Column(
            QT_TRANSLATE_NOOP("SuccessionTables", "Kotak"),
            lambda s: str(s.box) if s.box else "—",
            centered=True,
        ),
        Column(QT_TRANSLATE_NOOP("SuccessionTables", "Kesiapan"), lambda s: s.readiness_label),
        Column(
            QT_TRANSLATE_NOOP("SuccessionTables", "Status"), lambda s: text(SUCCESSOR_STATUS_TEXT, s.status)
        ),
        Column(QT_TRANSLATE_NOOP("SuccessionTables", "Keputusan komite"), _decision, _decision_tip),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.editable = True

    def row_of(self, successor_id: int | None) -> int:
        return next((i for i, s in enumerate(self.rows) if s.id == successor_id), -1)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() == self.READINESS_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and 0 <= index.row() < len(self.rows):
            row = self.rows[index.row()]
            if role == CodeRole:
                return row.readiness
            if role == Qt.ItemDataRole.EditRole and index.column() == self.READINESS_COLUMN:
                return row.readiness
        return super().data(index, role)

    def extra(self, row: SuccessorInfo, column: int, role: int):
        if column == self.BOX_COLUMN and role == Qt.ItemDataRole.BackgroundRole and row.box:
            return QBrush(QColor(palette.BOX_TINTS.get(row.box, palette.SURFACE)))
        if column == self.READINESS_COLUMN and role == Qt.ItemDataRole.ForegroundRole and row.ready_now:
            return QBrush(QColor(palette.OK_TEXT))
        if column == self.STATUS_COLUMN and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(palette.OK_TEXT if row.status == "ditetapkan" else palette.TEXT_MUTED))
        if column == self.STATUS_COLUMN and role == Qt.ItemDataRole.FontRole and row.status == "ditetapkan":
            return _bold()
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self.editable:
            return False
        if index.column() != self.READINESS_COLUMN or not 0 <= index.row() < len(self.rows):
            return False
        row = self.rows[index.row()]
        if value and value != row.readiness:
            self.readiness_requested.emit(row.id, str(value))
        return False  # nothing changes until the page has recorded it


class ReadinessDelegate(QStyledItemDelegate):
    """A combo of the configured readiness categories that records the choice as soon as it is made."""

    def __init__(self, categories: Callable[[], Sequence[Readiness]], parent=None) -> None:
        super().__init__(parent)
        self.categories = categories

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index) -> QWidget:
        if index.column() != SuccessorModel.READINESS_COLUMN:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setObjectName("readinessCombo")
        combo.setAccessibleName(QCoreApplication.translate(CONTEXT, "Kesiapan"))
        for category in self.categories():
            combo.addItem(category.label, category.code)
        combo.currentIndexChanged.connect(lambda _=0, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index) -> None:
        if isinstance(editor, QComboBox):
            editor.blockSignals(True)  # showing the stored value is not a choice
            code = index.data(CodeRole)
            found = editor.findData(code)
            if found < 0 and code:  # a category since removed from the settings: still shown as stored
                editor.addItem(index.data(Qt.ItemDataRole.DisplayRole) or code, code)
                found = editor.count() - 1
            editor.setCurrentIndex(found)
            editor.blockSignals(False)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index) -> None:
        if isinstance(editor, QComboBox):
            if editor.currentIndex() >= 0:
                model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


# -- candidates -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CandidateRow:
    """One KRS member against one post: the rules each passed or not, and why not (per rule)."""

    person_id: int
    nip: str
    nama: str
    jabatan: str | None
    unit: str | None
    jenjang: str | None
    golongan: str | None
    box: int | None
    nilai_talenta: float | None
    rank: int | None  # 1 = first among the eligible; None when not eligible
    eligible: bool
    ok: tuple[bool, ...]  # per services.succession.candidates.RULES
    why: tuple[str, ...]  # per rule, "" when passed
    position: int  # the service's order (eligible first, box 9 > 8 > 7, then score)

    @property
    def id(self) -> int:
        return self.person_id


HIDDEN_HUKDIS = QT_TRANSLATE_NOOP(
    "SuccessionTables",
    "Ada hukuman disiplin dalam masa yang ditentukan aturan suksesi (rincian tidak ditampilkan).",
)


def candidate_rows(frame: pd.DataFrame, *, show_hukdis: bool = True) -> tuple[CandidateRow, ...]:
    """The rows of services.succession.candidates.candidates(): its reasons (one per failed rule, in rule
    order) assigned back to their rules; a hukdis reason in general words for who may not see hukdis."""
    if frame.empty:
        return ()
    flags = frame[[f"ok_{r}" for r in RULES]].to_numpy(dtype=bool)
    unit = frame["unit"] if "unit" in frame else pd.Series(None, index=frame.index)
    out = []
    for position, (row, ok, unit_name) in enumerate(
        zip(frame.itertuples(index=False), flags, unit.to_numpy(), strict=True)
    ):
        said = getattr(row, "reason_messages", None)  # frames built elsewhere may carry only the text
        reasons = iter(user_text(r) for r in said) if isinstance(said, tuple) else iter(row.reasons)
        why = []
        for rule, passed in zip(RULES, ok, strict=True):
            reason = "" if passed else next(reasons, "")
            if rule == "hukdis" and reason and not show_hukdis:
                reason = _translated(HIDDEN_HUKDIS)
            why.append(reason)
        box = row.box
        out.append(
            CandidateRow(
                int(row.person_id), row.nip, row.nama_lengkap, row.jabatan, unit_name, row.jenjang, row.golongan,
                None if pd.isna(box) else int(box),
                None if pd.isna(row.nilai_talenta) else float(row.nilai_talenta),
                None if pd.isna(row.rank) else int(row.rank), bool(row.eligible),
                tuple(bool(x) for x in ok), tuple(why), position,
            )
        )  # fmt: skip
    return tuple(out)


def _candidate_tip(c: CandidateRow) -> str:
    return "\n".join(p for p in (c.nama, nip_text(c.nip), c.jabatan, c.unit) if p)


class CandidateModel(Rows):
    """The KRS members ranked for the selected post. Column 0 ticks a candidate for the side-by-side
    comparison (at most MAX_COMPARE; a further tick is refused with ``limit_reached``)."""

    checked_changed = Signal()
    limit_reached = Signal()

    CHECK_COLUMN = 0
    RANK_COLUMN = 1
    NAME_COLUMN = 2
    BOX_COLUMN = 5
    SCORE_COLUMN = 6
    FIRST_RULE_COLUMN = 7
    NOTE_COLUMN = FIRST_RULE_COLUMN + len(RULES)

    columns = (
        Column(QT_TRANSLATE_NOOP("SuccessionTables", "Bandingkan"), lambda c: "", centered=True),
        Column(
            QT_TRANSLATE_NOOP("SuccessionTables", "No."),
            lambda c: str(c.rank) if c.rank else "—",
            centered=True,
        ),
        Column(QT_TRANSLATE_NOOP("SuccessionTables", "Nama"), lambda c: c.nama, _candidate_tip),
        Column(QT_TRANSLATE_NOOP("SuccessionTables", "Jenjang"), lambda c: c.jenjang or "—"),
        Column(QT_TRANSLATE_NOOP("SuccessionTables", "Gol."), lambda c: c.golongan or "—", centered=True),
        Column(
            QT_TRANSLATE_NOOP("SuccessionTables", "Kotak"),
            lambda c: str(c.box) if c.box else "—",
            centered=True,
        ),
        Column(QT_TRANSLATE_NOOP("SuccessionTables", "Nilai"), lambda c: number(c.nilai_talenta)),
        *(
            Column(RULE_HEADER[rule], lambda c, i=i: "✔" if c.ok[i] else "✘", centered=True)
            for i, rule in enumerate(RULES)
        ),
        Column(QT_TRANSLATE_NOOP("SuccessionTables", "Keterangan"), lambda c: ""),  # see data()
    )
    header_tips: ClassVar[dict[int, str]] = {
        0: QT_TRANSLATE_NOOP(
            "SuccessionTables", "Centang 2–4 calon, lalu tekan \u201cBandingkan\u2026\u201d"
        ),
        1: QT_TRANSLATE_NOOP("SuccessionTables", "Peringkat di antara calon yang memenuhi syarat"),
        6: QT_TRANSLATE_NOOP("SuccessionTables", "Nilai talenta periode ini"),
    }  # the rule columns' tips are the rules in full (labels.RULE_TEXT), see headerData

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        rule = section - self.FIRST_RULE_COLUMN
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.ToolTipRole
            and 0 <= rule < len(RULES)
        ):
            return text(RULE_TEXT, RULES[rule])
        return super().headerData(section, orientation, role)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.checked: list[int] = []  # person ids, in the order ticked
        self.successors: dict[int, str] = {}  # person id → status, for the post's successors
        self.elsewhere: dict[int, str] = {}  # person id → another post they are successor of
        self._rows_by_person: dict[int, int] = {}

    def set_rows(self, rows: Sequence[CandidateRow]) -> None:
        rows = tuple(rows)
        self._rows_by_person = {r.person_id: i for i, r in enumerate(rows)}
        self.checked = [pid for pid in self.checked if pid in self._rows_by_person]
        super().set_rows(rows)
        self.checked_changed.emit()

    def set_successors(self, successors: dict[int, str], elsewhere: dict[int, str] | None = None) -> None:
        """Who already succeeds to the post (their note says so; they cannot be proposed again), and who
        is named for another post (said, not refused: one person may be in several plans)."""
        elsewhere = dict(elsewhere or {})
        # Only their notes change: a few rows, not thousands (each would be filtered again).
        touched = {*self.successors, *successors, *self.elsewhere, *elsewhere}
        self.successors = dict(successors)
        self.elsewhere = elsewhere
        note = self.NOTE_COLUMN
        for row in sorted(self._rows_by_person[p] for p in touched if p in self._rows_by_person):
            self.dataChanged.emit(self.index(row, note), self.index(row, note))

    def clear_checks(self) -> None:
        if self.checked:
            self.checked = []
            if self.rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))
            self.checked_changed.emit()

    def row_of(self, person_id: int | None) -> int:
        return self._rows_by_person.get(person_id, -1)

    def note(self, c: CandidateRow) -> str:
        status = self.successors.get(c.person_id)
        if status:
            return QCoreApplication.translate("SuccessionTables", "Suksesor ({0})").format(
                text(SUCCESSOR_STATUS_TEXT, status).lower()
            )
        if c.eligible and c.person_id in self.elsewhere:
            return QCoreApplication.translate("SuccessionTables", "Memenuhi syarat; suksesor {0}").format(
                self.elsewhere[c.person_id]
            )
        if c.eligible:
            return QCoreApplication.translate("SuccessionTables", "Memenuhi syarat")
        return " ".join(w for w in c.why if w)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.CHECK_COLUMN:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row: CandidateRow = self.rows[index.row()]
        column = index.column()
        if column == self.CHECK_COLUMN and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row.person_id in self.checked else Qt.CheckState.Unchecked
        if column == self.CHECK_COLUMN and role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "SuccessionTables", "Pilih untuk dibandingkan (paling banyak {0} calon)"
            ).format(MAX_COMPARE)
        if column == self.NOTE_COLUMN and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.note(row) or None
        rule = column - self.FIRST_RULE_COLUMN
        if 0 <= rule < len(RULES) and role == Qt.ItemDataRole.ToolTipRole:
            verdict = (
                QCoreApplication.translate("SuccessionTables", "memenuhi")
                if row.ok[rule]
                else QCoreApplication.translate("SuccessionTables", "tidak memenuhi")
            )
            head = f"{text(RULE_TEXT, RULES[rule])}: {verdict}"
            return head + ("\n" + row.why[rule] if row.why[rule] else "")
        if role == SortRole:
            return self.sort_value(row, column)
        if role == IdRole:
            return row.person_id
        return super().data(index, role)

    def sort_value(self, row: CandidateRow, column: int):
        if column == self.CHECK_COLUMN:
            return int(row.person_id in self.checked)
        if column == self.RANK_COLUMN:
            return row.position
        if column == self.BOX_COLUMN:
            return row.box or 0
        if column == self.SCORE_COLUMN:
            return row.nilai_talenta if row.nilai_talenta is not None else -1.0
        rule = column - self.FIRST_RULE_COLUMN
        if 0 <= rule < len(RULES):
            return int(row.ok[rule])
        if column == self.NOTE_COLUMN:
            return self.note(row)
        return self.columns[column].value(row)

    def extra(self, row: CandidateRow, column: int, role: int):
        if column == self.BOX_COLUMN and role == Qt.ItemDataRole.BackgroundRole and row.box:
            return QBrush(QColor(palette.BOX_TINTS.get(row.box, palette.SURFACE)))
        rule = column - self.FIRST_RULE_COLUMN
        if 0 <= rule < len(RULES):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(palette.OK_TEXT if row.ok[rule] else palette.ERROR_TEXT))
            if role == Qt.ItemDataRole.FontRole:
                return _bold()
        if column == self.SCORE_COLUMN and role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and not row.eligible
            and column
            in (
                self.RANK_COLUMN,
                self.NAME_COLUMN,
                self.NOTE_COLUMN,
            )
        ):
            return QBrush(QColor(palette.TEXT_MUTED))
        if (
            column == self.NOTE_COLUMN
            and role == Qt.ItemDataRole.FontRole
            and row.person_id in self.successors
        ):
            return _bold()
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if (
            role != Qt.ItemDataRole.CheckStateRole
            or not index.isValid()
            or index.column() != self.CHECK_COLUMN
        ):
            return False
        if not 0 <= index.row() < len(self.rows):
            return False
        person_id = self.rows[index.row()].person_id
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(int(value))
        if state == Qt.CheckState.Checked:
            if person_id in self.checked:
                return True
            if len(self.checked) >= MAX_COMPARE:
                self.limit_reached.emit()
                return False
            self.checked.append(person_id)
        else:
            if person_id not in self.checked:
                return True
            self.checked.remove(person_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()
        return True


class CandidateFilter(QSortFilterProxyModel):
    """Only the eligible (at one switch) and a name/NIP search, over the candidates; sorts by SortRole."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.eligible_only = True
        self.query = ""
        self.setSortRole(SortRole)

    def _refilter(self, change: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.9; invalidateFilter() is deprecated there
            self.beginFilterChange()
            change()
            self.endFilterChange()
        else:  # pragma: no cover - Qt 6.8
            change()
            self.invalidateFilter()

    def set_eligible_only(self, on: bool) -> None:
        if on != self.eligible_only:
            self._refilter(lambda: setattr(self, "eligible_only", on))

    def set_query(self, query: str) -> None:
        query = fold_text(query.strip())
        if query != self.query:
            self._refilter(lambda: setattr(self, "query", query))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The candidates come ranked (the service's order, ``position``): by rank, ascending, is the
        source order itself — shown as is, instead of thousands of comparisons in Python on every new
        list (a post chosen)."""
        if column == CandidateModel.RANK_COLUMN and order == Qt.SortOrder.AscendingOrder:
            column = -1
        super().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, CandidateModel) or not 0 <= source_row < len(model.rows):
            return True
        row = model.rows[source_row]
        if self.eligible_only and not row.eligible:
            return False
        if self.query:
            digits = self.query.replace(" ", "")
            if digits.isdigit():
                return digits in row.nip
            return self.query in fold_text(row.nama)
        return True


# -- readiness categories (settings dialog) --------------------------------------------------------------


class ReadinessModel(QAbstractTableModel):
    """The readiness categories being edited: a name, and whether it counts as "siap sekarang".

    The code of a category stays what it was (successors store it); a new category gets one made from
    its first name, unique among the others."""

    LABEL_COLUMN = 0
    READY_COLUMN = 1
    HEADERS = (
        QT_TRANSLATE_NOOP("SuccessionTables", "Kategori kesiapan"),
        QT_TRANSLATE_NOOP("SuccessionTables", "Dihitung siap sekarang"),
    )

    def __init__(self, categories: Sequence[Readiness] = (), parent=None) -> None:
        super().__init__(parent)
        self.items: list[list] = [[r.code, r.label, r.ready_now] for r in categories]

    def categories(self) -> tuple[Readiness, ...]:
        return tuple(Readiness(code, label.strip(), bool(ready)) for code, label, ready in self.items)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            orientation == Qt.Orientation.Horizontal
            and 0 <= section < 2
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return _translated(self.HEADERS[section])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.LABEL_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        else:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        code, label, ready = self.items[index.row()]
        if index.column() == self.LABEL_COLUMN:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return label
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate("SuccessionTables", "Kode tersimpan: {0}").format(code)
        elif role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if ready else Qt.CheckState.Unchecked
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return False
        item = self.items[index.row()]
        if index.column() == self.LABEL_COLUMN and role == Qt.ItemDataRole.EditRole:
            item[1] = str(value or "")
        elif index.column() == self.READY_COLUMN and role == Qt.ItemDataRole.CheckStateRole:
            state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(int(value))
            item[2] = state == Qt.CheckState.Checked
        else:
            return False
        self.dataChanged.emit(index, index)
        return True

    def _code_for(self, label: str) -> str:
        base = "_".join(fold_text(label).replace("+", " plus ").split()) or "kategori"
        base = "".join(ch if ch.isalnum() or ch == "_" else "_" for ch in base)[:16].strip("_") or "kategori"
        taken = {item[0] for item in self.items}
        code, n = base, 2
        while code in taken:
            code = f"{base[:14]}_{n}"
            n += 1
        return code

    def add(self, label: str, ready_now: bool = False) -> int:
        row = len(self.items)
        self.beginInsertRows(QModelIndex(), row, row)
        self.items.append([self._code_for(label), label, ready_now])
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.items):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.items[row]
            self.endRemoveRows()

    def move(self, row: int, delta: int) -> int:
        """Move a category up (-1) or down (+1); returns its new row."""
        target = row + delta
        if not (0 <= row < len(self.items) and 0 <= target < len(self.items)):
            return row
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self.items.insert(target, self.items.pop(row))
        self.endMoveRows()
        return target
