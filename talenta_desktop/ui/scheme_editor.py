"""Editing a scoring scheme's numbers (DOMAIN §4), and the mini nine-box that previews their effect.

`SchemeEditor` edits a copy of a scheme's ``params``: per axis a table of weighted components and two
cut-offs, the talent-score weights, the eligibility rules, and the guideline distribution. It never
writes anything: the Pengaturan page validates what `params()` returns with the service's
`validate_params` and stores it as a new version. Keys the editor does not know are carried through
unchanged, so a scheme written by a newer version of the application keeps its extra settings.

`PreviewGrid` shows, box by box, how many people a scheme would place for a period next to a baseline
(the unedited version), so a change of a weight or a cut-off shows its effect before it is saved.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QLocale,
    QMargins,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from talenta_desktop.domain.ninebox import BOXES, TALENT_POOL_BOXES, grid_position
from talenta_desktop.services.talent.mapping import boxes_of
from talenta_desktop.services.talent.sources import AXES, SOURCES, sources_of
from talenta_desktop.ui import palette
from talenta_desktop.ui.messages import user_text
from talenta_desktop.ui.restyle import restyle
from talenta_desktop.ui.theme import points

HUKDIS_LEVELS = ("ringan", "sedang", "berat")


def clean_number(value: float) -> int | float:
    """A spin box value as the scheme stores it: 60, not 60.0 (the presets are whole numbers)."""
    value = round(float(value), 2)
    return int(value) if value.is_integer() else value


def format_number(value: float, locale: QLocale | None = None) -> str:
    """A weight or percentage without a needless ",0": 60, 12,5."""
    locale = locale or QLocale()
    text = locale.toString(float(value), "f", 2)
    point = locale.decimalPoint()
    if point in text:
        text = text.rstrip("0").rstrip(point)
    return text


class NumberBox(QDoubleSpinBox):
    """A 0–100 number entry that shows whole numbers without decimals and accepts one decimal."""

    def __init__(self, maximum: float = 100, decimals: int = 1, suffix: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setRange(0, maximum)
        self.setDecimals(decimals)
        self.setSuffix(suffix)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setAccelerated(True)
        # A spin box under the mouse in a scrolling form must not steal the wheel from the page.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def textFromValue(self, value: float) -> str:
        return format_number(value, self.locale())

    def wheelEvent(self, event) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class WholeBox(QSpinBox):
    """A spin box for years, ignoring the wheel unless focused (the form scrolls)."""

    def __init__(self, minimum: int, maximum: int, suffix: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setRange(minimum, maximum)
        self.setSuffix(suffix)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


# -- components of one axis -----------------------------------------------------------------------------

COL_LABEL, COL_WEIGHT, COL_EFFECTIVE, COL_REQUIRED, COL_DATA = range(5)
SourceRole = Qt.ItemDataRole.UserRole + 1


class ComponentsModel(QAbstractTableModel):
    """The weighted components of one axis, as the scheme stores them: source, weight, required.

    The "effective weight" column shows what a component really counts for everyone once the weights
    of components without any data in the application (``recorded=False``) are shared out."""

    changed = Signal()

    def __init__(self, axis: str, parent=None) -> None:
        super().__init__(parent)
        self.axis = axis
        self.components: list[dict[str, Any]] = []
        self.read_only = False

    # -- content -------------------------------------------------------------------------------------

    def set_components(self, components: list[dict[str, Any]], read_only: bool = False) -> None:
        self.beginResetModel()
        self.components = [dict(c) for c in components]
        self.read_only = read_only
        self.endResetModel()

    def sources(self) -> list[str]:
        return [c.get("source") for c in self.components]

    def add(self, source: str) -> int:
        recorded = SOURCES[source].recorded
        row = len(self.components)
        self.beginInsertRows(QModelIndex(), row, row)
        self.components.append(
            {"source": source, "weight": 0, "required": SOURCES[source].required_default and recorded}
        )
        self.endInsertRows()
        self.changed.emit()
        return row

    def remove(self, row: int) -> None:
        if not 0 <= row < len(self.components):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.components[row]
        self.endRemoveRows()
        self._effective_changed()
        self.changed.emit()

    def total(self) -> float:
        return sum(float(c.get("weight") or 0) for c in self.components)

    def recorded_total(self) -> float:
        return sum(float(c.get("weight") or 0) for c in self.components if _recorded(c.get("source")))

    def effective_weight(self, row: int) -> float | None:
        comp = self.components[row]
        base = self.recorded_total()
        if not _recorded(comp.get("source")) or base <= 0:
            return None
        return 100 * float(comp.get("weight") or 0) / base

    # -- Qt model ------------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.components)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 5:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Komponen"),
                self.tr("Bobot"),
                self.tr("Efektif"),
                self.tr("Wajib"),
                self.tr("Data"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("Sumber nilai (0–100) yang ditimbang pada sumbu ini"),
                self.tr("Bobot komponen; jumlah bobot satu sumbu harus 100"),
                self.tr(
                    "Bobot yang benar-benar berlaku bila komponen tanpa data di aplikasi dibagi ulang ke "
                    "komponen lain"
                ),
                self.tr("Pegawai tanpa data komponen wajib masuk daftar 'belum dapat dipetakan'"),
                self.tr("Apakah aplikasi mencatat data untuk komponen ini"),
            )[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (COL_WEIGHT, COL_EFFECTIVE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only:
            return flags
        if index.column() == COL_WEIGHT:
            flags |= Qt.ItemFlag.ItemIsEditable
        elif index.column() == COL_REQUIRED:
            if _recorded(self.components[index.row()].get("source")):
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            else:
                flags &= ~Qt.ItemFlag.ItemIsEnabled  # no data at all: it cannot be required
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.components):
            return None
        comp = self.components[index.row()]
        key = comp.get("source")
        source = SOURCES.get(key)
        recorded = _recorded(key)
        column = index.column()
        if role == SourceRole:
            return key
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_LABEL:
                return user_text(source.label) if source else str(key)
            if column == COL_WEIGHT:
                return format_number(float(comp.get("weight") or 0))
            if column == COL_EFFECTIVE:
                effective = self.effective_weight(index.row())
                return "–" if effective is None else format_number(round(effective, 1))
            if column == COL_DATA:
                return self.tr("Tercatat") if recorded else self.tr("Belum tercatat")
            return None
        if role == Qt.ItemDataRole.EditRole and column == COL_WEIGHT:
            return float(comp.get("weight") or 0)
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_REQUIRED:
            return Qt.CheckState.Checked if comp.get("required") else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_WEIGHT, COL_EFFECTIVE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_DATA and not recorded:
                return QColor(palette.CAUTION_TEXT)
            if column == COL_EFFECTIVE or (not recorded and column == COL_LABEL):
                return QColor(palette.TEXT_MUTED)
        if role == Qt.ItemDataRole.ToolTipRole:
            if not recorded:
                return self.tr(
                    "Data komponen ini belum tercatat di aplikasi: nilainya kosong untuk semua pegawai, "
                    "jadi bobotnya dibagi ke komponen lain secara proporsional."
                )
            if column == COL_WEIGHT and not self.read_only:
                return self.tr("Ketik angka atau klik dua kali untuk mengubah bobot")
            if column == COL_REQUIRED and source is not None and source.missing_reason:
                return self.tr("Bila wajib, pegawai tanpa data ini tidak dipetakan: {0}").format(
                    source.missing_reason
                )
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or not (self.flags(index) & Qt.ItemFlag.ItemIsEnabled) or self.read_only:
            return False
        comp = self.components[index.row()]
        if index.column() == COL_WEIGHT and role == Qt.ItemDataRole.EditRole:
            try:
                number = float(str(value).replace(",", ".")) if isinstance(value, str) else float(value)
            except (TypeError, ValueError):
                return False
            number = clean_number(min(max(number, 0.0), 100.0))
            if comp.get("weight") == number:
                return True
            comp["weight"] = number
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
            self._effective_changed()
            self.changed.emit()
            return True
        if index.column() == COL_REQUIRED and role == Qt.ItemDataRole.CheckStateRole:
            if not (self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable):
                return False
            checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            comp["required"] = bool(checked)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
            self.changed.emit()
            return True
        return False

    def _effective_changed(self) -> None:
        if self.components:
            self.dataChanged.emit(
                self.index(0, COL_EFFECTIVE),
                self.index(len(self.components) - 1, COL_EFFECTIVE),
                [Qt.ItemDataRole.DisplayRole],
            )


def _recorded(key: str | None) -> bool:
    return key in SOURCES and SOURCES[key].recorded


class WeightDelegate(QStyledItemDelegate):
    """Draws the weight like an input box and edits it with a spin box that updates the total live."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:
        editor = NumberBox(parent=parent)
        editor.setObjectName("weightEditor")
        editor.setFrame(False)
        # Every step of the spin box reaches the model at once, so the total and the preview follow
        # while the user is still editing. Straight to the model rather than through commitData: the
        # spin box may report a value while the view is already closing it.
        model, target = index.model(), QPersistentModelIndex(index)
        editor.valueChanged.connect(
            lambda value: target.isValid() and model.setData(target, value, Qt.ItemDataRole.EditRole)
        )
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        value = float(index.data(Qt.ItemDataRole.EditRole) or 0)
        if abs(editor.value() - value) < 1e-9 and editor.hasFocus():
            return  # our own live update coming back: leave what the user is typing alone
        editor.blockSignals(True)
        editor.setValue(value)
        editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)

    def eventFilter(self, obj, event) -> bool:
        # A view releasing the editor of a column delegate removes only its default delegate's filter;
        # events reaching the hidden editor afterwards (focus leaving it) must not commit it again.
        if isinstance(obj, QWidget) and not obj.isVisible():
            return False
        return super().eventFilter(obj, event)

    def destroyEditor(self, editor: QWidget, index: QModelIndex) -> None:
        editor.removeEventFilter(self)
        super().destroyEditor(editor, index)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        editable = bool(index.flags() & Qt.ItemFlag.ItemIsEditable)
        if not editable:
            super().paint(painter, option, index)
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(option.rect).adjusted(4, 3, -4, -3)
        painter.setPen(QPen(QColor(palette.BORDER_STRONG), 1))
        painter.setBrush(QColor(palette.SURFACE))
        painter.drawRoundedRect(box, 3, 3)
        painter.setPen(QColor(palette.TEXT))
        painter.drawText(
            box.adjusted(6, 0, -8, 0),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
        )
        painter.restore()


class ComponentsTable(QTableView):
    """A table that is as tall as its rows: it sits in a scrolling form and must not scroll itself."""

    def __init__(self, model: ComponentsModel, parent=None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegateForColumn(COL_WEIGHT, WeightDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setTabKeyNavigation(False)  # Tab leaves the table, arrows move within it
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(30)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(COL_LABEL, QHeaderView.ResizeMode.Stretch)
        for column, width in ((COL_WEIGHT, 76), (COL_EFFECTIVE, 64), (COL_REQUIRED, 58), (COL_DATA, 118)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.setColumnWidth(column, width)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        model.modelReset.connect(self._fit)
        model.rowsInserted.connect(self._fit)
        model.rowsRemoved.connect(self._fit)
        self._fit()

    def _fit(self) -> None:
        rows = max(self.model().rowCount(), 1)
        height = (
            self.horizontalHeader().sizeHint().height() + rows * self.verticalHeader().defaultSectionSize()
        )
        self.setFixedHeight(height + 2 * self.frameWidth() + 2)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit()  # the header's height is known only once the style sheet has been applied

    def sizeHint(self) -> QSize:
        return QSize(480, self.height())


@dataclass
class AxisTexts:
    title: str
    low: str
    middle_from: str
    high_from: str
    hint: str


class AxisEditor(QGroupBox):
    """One axis: its components, their running total, and the two cut-offs."""

    changed = Signal()

    def __init__(self, axis: str, texts: AxisTexts, parent=None) -> None:
        super().__init__(texts.title, parent)
        self.axis = axis
        self.texts = texts
        self.setObjectName(f"axis-{axis}")
        self.model = ComponentsModel(axis, self)
        self.table = ComponentsTable(self.model)
        self.table.setObjectName(f"components-{axis}")
        self.table.setAccessibleName(self.tr("Komponen {0}").format(texts.title))

        self.add_combo = QComboBox(objectName=f"addSource-{axis}")
        self.add_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.add_combo.setMinimumContentsLength(18)
        self.add_combo.setAccessibleName(self.tr("Komponen yang dapat ditambahkan"))
        self.add_button = QPushButton(self.tr("Tambah"), objectName=f"addComponent-{axis}")
        self.remove_button = QPushButton(self.tr("Hapus komponen"), objectName=f"removeComponent-{axis}")
        self.remove_button.setToolTip(self.tr("Hapus komponen yang dipilih di tabel"))
        self.total_label = QLabel(objectName=f"total-{axis}")
        self.total_label.setProperty("role", "total")

        self.low_box = NumberBox()
        self.low_box.setObjectName(f"cutLow-{axis}")
        self.high_box = NumberBox()
        self.high_box.setObjectName(f"cutHigh-{axis}")
        self.low_box.setAccessibleName(texts.middle_from)
        self.high_box.setAccessibleName(texts.high_from)
        low_label = QLabel(texts.middle_from)
        low_label.setBuddy(self.low_box)
        high_label = QLabel(texts.high_from)
        high_label.setBuddy(self.high_box)
        self.cut_hint = QLabel(objectName=f"cutHint-{axis}")
        self.cut_hint.setProperty("role", "hint")
        self.cut_hint.setWordWrap(True)

        tools = QHBoxLayout()
        tools.setSpacing(6)
        tools.addWidget(self.add_combo, 1)
        tools.addWidget(self.add_button)
        tools.addWidget(self.remove_button)
        tools.addSpacing(12)
        tools.addWidget(self.total_label)

        cuts = QHBoxLayout()
        cuts.setSpacing(6)
        cuts.addWidget(low_label)
        cuts.addWidget(self.low_box)
        cuts.addSpacing(14)
        cuts.addWidget(high_label)
        cuts.addWidget(self.high_box)
        cuts.addStretch(1)
        self.low_box.setFixedWidth(78)
        self.high_box.setFixedWidth(78)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(6)
        layout.addWidget(self.table)
        layout.addLayout(tools)
        layout.addLayout(cuts)
        layout.addWidget(self.cut_hint)

        self.model.changed.connect(self._model_changed)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.low_box.valueChanged.connect(self._cuts_changed)
        self.high_box.valueChanged.connect(self._cuts_changed)
        self.read_only = False

    # -- content -------------------------------------------------------------------------------------

    def set_spec(self, spec: dict[str, Any], read_only: bool) -> None:
        self.read_only = read_only
        self.model.set_components(list(spec.get("components") or []), read_only)
        cut = list(spec.get("cutoffs") or [60, 80])
        for box, value in ((self.low_box, cut[0] if cut else 60), (self.high_box, cut[-1] if cut else 80)):
            box.blockSignals(True)
            box.setValue(float(value))
            box.setReadOnly(read_only)
            box.blockSignals(False)
        for widget in (self.add_combo, self.add_button, self.remove_button):
            widget.setVisible(not read_only)
        self._refill_sources()
        self._update_total()
        self._update_cut_hint()
        self._update_buttons()

    def spec(self, base: dict[str, Any]) -> dict[str, Any]:
        spec = copy.deepcopy(base) if isinstance(base, dict) else {}
        spec["components"] = [dict(c) for c in self.model.components]
        spec["cutoffs"] = [clean_number(self.low_box.value()), clean_number(self.high_box.value())]
        return spec

    def cutoffs_ordered(self) -> bool:
        return 0 < self.low_box.value() < self.high_box.value() <= 100

    # -- behaviour -----------------------------------------------------------------------------------

    def _refill_sources(self) -> None:
        used = set(self.model.sources())
        self.add_combo.clear()
        for key in sources_of(self.axis):
            if key in used:
                continue
            source = SOURCES[key]
            label = user_text(source.label)
            text = label if source.recorded else self.tr("{0} (belum tercatat)").format(label)
            self.add_combo.addItem(text, key)
        has_choice = self.add_combo.count() > 0
        if not has_choice:
            self.add_combo.addItem(self.tr("Semua komponen sudah dipakai"), None)
        self.add_combo.setEnabled(has_choice and not self.read_only)
        self.add_button.setEnabled(has_choice and not self.read_only)

    def _add(self) -> None:
        key = self.add_combo.currentData()
        if not key:
            return
        row = self.model.add(key)
        self._refill_sources()
        self.table.setCurrentIndex(self.model.index(row, COL_WEIGHT))
        self.table.setFocus()

    def _remove(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        self.model.remove(index.row())
        self._refill_sources()
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.table.selectionModel().hasSelection()
        self.remove_button.setEnabled(selected and not self.read_only and self.model.rowCount() > 0)

    def _model_changed(self) -> None:
        self._update_total()
        self.changed.emit()

    def _cuts_changed(self) -> None:
        self._update_cut_hint()
        self.changed.emit()

    def _update_total(self) -> None:
        total = self.model.total()
        ok = abs(total - 100) <= 1e-6
        self.total_label.setText(self.tr("Jumlah bobot: {0}").format(format_number(total, self.locale())))
        self.total_label.setToolTip("" if ok else self.tr("Jumlah bobot satu sumbu harus tepat 100"))
        restyle(self.total_label, "tone", "ok" if ok else "error")

    def _update_cut_hint(self) -> None:
        ordered = self.cutoffs_ordered()
        for box in (self.low_box, self.high_box):
            restyle(box, "invalid", not ordered)
        low, high = (format_number(b.value(), self.locale()) for b in (self.low_box, self.high_box))
        if ordered:
            self.cut_hint.setText(self.texts.hint.format(low=low, high=high))
            restyle(self.cut_hint, "tone", None)
        else:
            self.cut_hint.setText(
                self.tr("Batas tidak berurutan: batas {0} harus lebih kecil dari batas {1}.").format(
                    low, high
                )
            )
            restyle(self.cut_hint, "tone", "error")


# -- the whole scheme ------------------------------------------------------------------------------------


class SchemeEditor(QWidget):
    """Every number of a scheme in one form. Emits `changed` on each edit (the caller debounces)."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("SchemeEditor")
        self._base: dict[str, Any] = {}
        self._loaded: dict[str, Any] = {}
        self._loading = False
        self.read_only = False

        self.axes: dict[str, AxisEditor] = {
            "kinerja": AxisEditor(
                "kinerja",
                AxisTexts(
                    self.tr("Kinerja"),
                    self.tr("di bawah ekspektasi"),
                    self.tr("Sesuai ekspektasi mulai"),
                    self.tr("Di atas ekspektasi mulai"),
                    self.tr(
                        "Nilai < {low}: di bawah ekspektasi · {low} – < {high}: sesuai · ≥ {high}: di atas"
                    ),
                ),
            ),
            "potensial": AxisEditor(
                "potensial",
                AxisTexts(
                    self.tr("Potensial"),
                    self.tr("rendah"),
                    self.tr("Menengah mulai"),
                    self.tr("Tinggi mulai"),
                    self.tr("Nilai < {low}: rendah · {low} – < {high}: menengah · ≥ {high}: tinggi"),
                ),
            ),
        }
        unrecorded_note = QLabel(
            self.tr(
                "Komponen “belum tercatat” tidak punya data di aplikasi, jadi bobotnya dibagi ke komponen "
                "lain secara proporsional (kolom Efektif). Komponen tanpa data untuk seorang pegawai juga "
                "dibagi ulang, kecuali komponen wajib: tanpa data itu pegawai masuk daftar “belum dapat "
                "dipetakan”."
            ),
            objectName="unrecordedNote",
        )
        unrecorded_note.setProperty("role", "hint")
        unrecorded_note.setWordWrap(True)

        # -- nilai talenta ----------------------------------------------------------------------------
        self.talenta_box = QGroupBox(self.tr("Nilai talenta"), objectName="talentaWeights")
        self.talenta_kinerja = NumberBox(suffix=" %")
        self.talenta_kinerja.setObjectName("talentaKinerja")
        self.talenta_potensial = NumberBox(suffix=" %")
        self.talenta_potensial.setObjectName("talentaPotensial")
        self.talenta_total = QLabel(objectName="talentaTotal")
        k_label = QLabel(self.tr("Kinerja"))
        k_label.setBuddy(self.talenta_kinerja)
        p_label = QLabel(self.tr("+ potensial"))
        p_label.setBuddy(self.talenta_potensial)
        talenta_hint = QLabel(
            self.tr("Dipakai untuk mengurutkan pegawai dalam satu kotak (mis. calon suksesor).")
        )
        talenta_hint.setProperty("role", "hint")
        talenta_hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(k_label)
        row.addWidget(self.talenta_kinerja)
        row.addWidget(p_label)
        row.addWidget(self.talenta_potensial)
        row.addSpacing(12)
        row.addWidget(self.talenta_total)
        row.addStretch(1)
        for box in (self.talenta_kinerja, self.talenta_potensial):
            box.setFixedWidth(86)
            box.valueChanged.connect(self._talenta_changed)
        talenta_layout = QVBoxLayout(self.talenta_box)
        talenta_layout.setContentsMargins(10, 8, 10, 10)
        talenta_layout.addLayout(row)
        talenta_layout.addWidget(talenta_hint)

        # -- eligibility ------------------------------------------------------------------------------
        self.eligibility_box = QGroupBox(self.tr("Syarat dipetakan"), objectName="eligibility")
        self.hukdis_checks: dict[str, QCheckBox] = {}
        hukdis_row = QHBoxLayout()
        hukdis_row.setSpacing(10)
        hukdis_row.addWidget(QLabel(self.tr("Tidak dipetakan bila ada hukuman disiplin tingkat")))
        for level, text in zip(
            HUKDIS_LEVELS, (self.tr("ringan"), self.tr("sedang"), self.tr("berat")), strict=True
        ):
            check = QCheckBox(text, objectName=f"hukdis-{level}")
            check.toggled.connect(self._edited)
            self.hukdis_checks[level] = check
            hukdis_row.addWidget(check)
        hukdis_row.addStretch(1)
        self.hukdis_years = WholeBox(0, 10, self.tr(" tahun"))
        self.hukdis_years.setObjectName("hukdisYears")
        self.retirement_years = WholeBox(0, 10, self.tr(" tahun"))
        self.retirement_years.setObjectName("retirementYears")
        self.penghargaan_years = WholeBox(1, 20, self.tr(" tahun"))
        self.penghargaan_years.setObjectName("penghargaanYears")
        self.integritas_years = WholeBox(1, 20, self.tr(" tahun"))
        self.integritas_years.setObjectName("integritasYears")
        form = QGridLayout()
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(6)
        pairs = (
            (self.tr("… dalam kurun terakhir"), self.hukdis_years, self.tr("0 = syarat ini tidak dipakai")),
            (
                self.tr("Tidak dipetakan bila pensiun (BUP) dalam"),
                self.retirement_years,
                self.tr("0 = syarat ini tidak dipakai"),
            ),
            (self.tr("Penghargaan dihitung dari"), self.penghargaan_years, self.tr("terakhir")),
            (self.tr("Rekam jejak disiplin dihitung dari"), self.integritas_years, self.tr("terakhir")),
        )
        for r, (text, box, note) in enumerate(pairs):
            label = QLabel(text)
            label.setBuddy(box)
            box.setFixedWidth(96)
            box.valueChanged.connect(self._edited)
            hint = QLabel(note)
            hint.setProperty("role", "hint")
            form.addWidget(label, r, 0)
            form.addWidget(box, r, 1)
            form.addWidget(hint, r, 2)
        form.setColumnStretch(2, 1)
        eligibility_layout = QVBoxLayout(self.eligibility_box)
        eligibility_layout.setContentsMargins(10, 8, 10, 10)
        eligibility_layout.addLayout(hukdis_row)
        eligibility_layout.addLayout(form)

        # -- guideline --------------------------------------------------------------------------------
        self.guideline_box = QGroupBox(
            self.tr("Distribusi acuan (% pegawai per kotak)"), objectName="guideline"
        )
        self.guideline: dict[int, NumberBox] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(6)
        kinerja_rows = (self.tr("Di atas"), self.tr("Sesuai"), self.tr("Di bawah"))
        potensial_cols = (self.tr("Rendah"), self.tr("Menengah"), self.tr("Tinggi"))
        for r, text in enumerate(kinerja_rows):
            label = QLabel(text)
            label.setProperty("role", "axisLabel")
            grid.addWidget(label, r, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for c, text in enumerate(potensial_cols):
            label = QLabel(text)
            label.setProperty("role", "axisLabel")
            grid.addWidget(label, 3, c + 1, Qt.AlignmentFlag.AlignCenter)
        # Tab order follows the box numbers, not the drawing: 1, 2, … 9.
        for box in BOXES:
            r, c = grid_position(box)
            cell = QFrame(objectName="guideCell")
            cell.setProperty("box", box)  # tinted by the page's sheet: a sheet per cell costs a restyle each
            number = QLabel(self.tr("Kotak {0}").format(box))
            number.setProperty("role", "boxNumber")
            spin = NumberBox(suffix=" %")
            spin.setObjectName(f"guide-{box}")
            spin.setAccessibleName(self.tr("Distribusi acuan kotak {0}").format(box))
            spin.setFixedWidth(84)
            spin.valueChanged.connect(self._guideline_changed)
            inner = QHBoxLayout(cell)
            inner.setContentsMargins(8, 4, 6, 4)
            inner.addWidget(number)
            inner.addStretch(1)
            inner.addWidget(spin)
            grid.addWidget(cell, r, c + 1)
            self.guideline[box] = spin
        for c in range(1, 4):
            grid.setColumnStretch(c, 1)
        self.guideline_total = QLabel(objectName="guidelineTotal")
        guide_hint = QLabel(
            self.tr(
                "Acuan yang ditampilkan saat kalibrasi (misalnya kurva distribusi predikat kinerja "
                "organisasi); tidak membatasi pemetaan."
            )
        )
        guide_hint.setProperty("role", "hint")
        guide_hint.setWordWrap(True)
        guide_layout = QVBoxLayout(self.guideline_box)
        guide_layout.setContentsMargins(10, 8, 10, 10)
        guide_layout.addLayout(grid)
        guide_layout.addWidget(self.guideline_total)
        guide_layout.addWidget(guide_hint)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.axes["kinerja"])
        layout.addWidget(self.axes["potensial"])
        layout.addWidget(unrecorded_note)
        layout.addWidget(self.talenta_box)
        layout.addWidget(self.eligibility_box)
        layout.addWidget(self.guideline_box)
        layout.addStretch(1)

        for editor in self.axes.values():
            editor.changed.connect(self._edited)

    # -- content -------------------------------------------------------------------------------------

    def set_params(
        self, params: dict[str, Any], read_only: bool = False, reference: dict[str, Any] | None = None
    ) -> None:
        """Show a scheme's numbers. `is_modified()` compares with `reference` (the stored version) when
        given — numbers restored from an older version differ from it before any edit — else with
        `params` itself."""
        if reference is not None:
            self._fill(reference, read_only)
            loaded = self.params()
            self._fill(params, read_only)
            self._loaded = loaded
        else:
            self._fill(params, read_only)
            self._loaded = self.params()

    def _fill(self, params: dict[str, Any], read_only: bool) -> None:
        self._loading = True
        try:
            self._base = copy.deepcopy(params)
            self.read_only = read_only
            for axis, editor in self.axes.items():
                editor.set_spec(params.get(axis) or {}, read_only)
            weights = params.get("talenta_weights") or {}
            for axis, box in (("kinerja", self.talenta_kinerja), ("potensial", self.talenta_potensial)):
                box.setValue(float(weights.get(axis, 50)))
            rules = params.get("eligibility") or {}
            levels = {str(v).lower() for v in rules.get("hukdis_levels") or []}
            for level, check in self.hukdis_checks.items():
                check.setChecked(level in levels)
            self.hukdis_years.setValue(round(float(rules.get("hukdis_years", 0) or 0)))
            self.retirement_years.setValue(round(float(rules.get("years_before_retirement", 0) or 0)))
            self.penghargaan_years.setValue(int(params.get("penghargaan_years", 5) or 5))
            self.integritas_years.setValue(int(params.get("integritas_years", 5) or 5))
            guide = {int(k): float(v) for k, v in (params.get("guideline") or {}).items()}
            for box, spin in self.guideline.items():
                spin.setValue(guide.get(box, 0.0))
            widgets: list[QWidget] = [
                self.talenta_kinerja,
                self.talenta_potensial,
                self.hukdis_years,
                self.retirement_years,
                self.penghargaan_years,
                self.integritas_years,
                *self.guideline.values(),
            ]
            for widget in widgets:
                widget.setReadOnly(read_only)
            for check in self.hukdis_checks.values():
                check.setEnabled(not read_only)
            self._talenta_changed()
            self._guideline_changed()
        finally:
            self._loading = False

    def params(self) -> dict[str, Any]:
        """The scheme as edited, in the shape the services store."""
        params = copy.deepcopy(self._base)
        for axis, editor in self.axes.items():
            params[axis] = editor.spec(self._base.get(axis) or {})
        params["talenta_weights"] = {
            "kinerja": clean_number(self.talenta_kinerja.value()),
            "potensial": clean_number(self.talenta_potensial.value()),
        }
        eligibility = copy.deepcopy(self._base.get("eligibility") or {})
        eligibility["hukdis_levels"] = [lvl for lvl in HUKDIS_LEVELS if self.hukdis_checks[lvl].isChecked()]
        eligibility["hukdis_years"] = self.hukdis_years.value()
        eligibility["years_before_retirement"] = self.retirement_years.value()
        params["eligibility"] = eligibility
        params["penghargaan_years"] = self.penghargaan_years.value()
        params["integritas_years"] = self.integritas_years.value()
        params["guideline"] = {str(box): clean_number(spin.value()) for box, spin in self.guideline.items()}
        return params

    def is_modified(self) -> bool:
        return self.params() != self._loaded

    # -- behaviour -----------------------------------------------------------------------------------

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()

    def _talenta_changed(self) -> None:
        total = self.talenta_kinerja.value() + self.talenta_potensial.value()
        ok = abs(total - 100) <= 1e-6
        self.talenta_total.setText(self.tr("= {0} %").format(format_number(total, self.locale())))
        restyle(self.talenta_total, "tone", "ok" if ok else "error")
        self._edited()

    def _guideline_changed(self) -> None:
        total = sum(spin.value() for spin in self.guideline.values())
        ok = abs(total - 100) <= 1e-6
        self.guideline_total.setText(self.tr("Jumlah: {0} %").format(format_number(total, self.locale())))
        restyle(self.guideline_total, "tone", "ok" if ok else "error")
        self._edited()

    def describe_changes(self, before: dict[str, Any], after: dict[str, Any]) -> list[str]:
        """Plain-language lines naming each number that differs between two schemes' params."""
        lines: list[str] = []
        n = format_number
        axis_titles = {"kinerja": self.tr("Kinerja"), "potensial": self.tr("Potensial")}
        for axis in AXES:
            title = axis_titles[axis]
            old = {c.get("source"): c for c in (before.get(axis) or {}).get("components") or []}
            new = {c.get("source"): c for c in (after.get(axis) or {}).get("components") or []}
            for key, comp in new.items():
                label = user_text(SOURCES[key].label) if key in SOURCES else str(key)
                if key not in old:
                    lines.append(
                        self.tr("{0}: {1} ditambahkan (bobot {2})").format(
                            title, label, n(comp.get("weight", 0))
                        )
                    )
                    continue
                if float(old[key].get("weight", 0)) != float(comp.get("weight", 0)):
                    lines.append(
                        self.tr("{0}: bobot {1} {2} → {3}").format(
                            title, label, n(old[key].get("weight", 0)), n(comp.get("weight", 0))
                        )
                    )
                if bool(old[key].get("required")) != bool(comp.get("required")):
                    lines.append(
                        (
                            self.tr("{0}: {1} menjadi wajib")
                            if comp.get("required")
                            else self.tr("{0}: {1} tidak lagi wajib")
                        ).format(title, label)
                    )
            for key in old:
                if key not in new:
                    label = user_text(SOURCES[key].label) if key in SOURCES else str(key)
                    lines.append(self.tr("{0}: {1} dihapus").format(title, label))
            old_cut = list((before.get(axis) or {}).get("cutoffs") or [])
            new_cut = list((after.get(axis) or {}).get("cutoffs") or [])
            if [float(v) for v in old_cut] != [float(v) for v in new_cut]:
                lines.append(
                    self.tr("{0}: batas {1} → {2}").format(
                        title, " / ".join(n(v) for v in old_cut), " / ".join(n(v) for v in new_cut)
                    )
                )
        old_w, new_w = before.get("talenta_weights") or {}, after.get("talenta_weights") or {}
        if any(float(old_w.get(a, 0)) != float(new_w.get(a, 0)) for a in AXES):
            lines.append(
                self.tr("Nilai talenta: kinerja {0} % + potensial {1} % → {2} % + {3} %").format(
                    n(old_w.get("kinerja", 0)),
                    n(old_w.get("potensial", 0)),
                    n(new_w.get("kinerja", 0)),
                    n(new_w.get("potensial", 0)),
                )
            )
        old_e, new_e = before.get("eligibility") or {}, after.get("eligibility") or {}
        if sorted(old_e.get("hukdis_levels") or []) != sorted(new_e.get("hukdis_levels") or []) or float(
            old_e.get("hukdis_years", 0) or 0
        ) != float(new_e.get("hukdis_years", 0) or 0):
            lines.append(self.tr("Syarat hukuman disiplin diubah"))
        if float(old_e.get("years_before_retirement", 0) or 0) != float(
            new_e.get("years_before_retirement", 0) or 0
        ):
            lines.append(
                self.tr("Syarat pensiun: {0} → {1} tahun").format(
                    n(old_e.get("years_before_retirement", 0) or 0),
                    n(new_e.get("years_before_retirement", 0) or 0),
                )
            )
        for key, caption in (
            ("penghargaan_years", self.tr("Masa penghargaan")),
            ("integritas_years", self.tr("Masa rekam jejak disiplin")),
        ):
            if float(before.get(key, 5) or 5) != float(after.get(key, 5) or 5):
                lines.append(
                    self.tr("{0}: {1} → {2} tahun").format(
                        caption, n(before.get(key, 5)), n(after.get(key, 5))
                    )
                )
        old_g = {int(k): float(v) for k, v in (before.get("guideline") or {}).items()}
        new_g = {int(k): float(v) for k, v in (after.get("guideline") or {}).items()}
        if old_g != new_g:
            lines.append(self.tr("Distribusi acuan diubah"))
        return lines


# -- preview ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlacementCounts:
    """How many people a scheme places in each box of a period, and how many it cannot map."""

    by_box: dict[int, int] = field(default_factory=dict)
    holding: int = 0

    @property
    def placed(self) -> int:
        return sum(self.by_box.values())

    @property
    def talent_pool(self) -> int:
        return sum(self.by_box.get(box, 0) for box in TALENT_POOL_BOXES)


def count_placements(frame: pd.DataFrame) -> PlacementCounts:
    """Counts per box of a `preview_placements` (or `compute_placements`) frame."""
    if frame.empty:
        return PlacementCounts({box: 0 for box in BOXES}, 0)
    boxes = boxes_of(frame)
    counts = boxes.dropna().astype(int).value_counts()
    return PlacementCounts(
        {box: int(counts.get(box, 0)) for box in BOXES}, int(frame["holding_reason"].notna().sum())
    )


@dataclass
class TileText:
    """What one box of the preview shows: its count, and beside a baseline the count before and the change."""

    count: str = "–"
    before: str = ""
    delta: str = ""
    tone: str | None = None  # "up" or "down": the colour of the change
    tooltip: str = ""


class BoxCounts(QWidget):
    """The nine boxes of the preview with their axis labels, drawn in one widget.

    Nine framed tiles of four labels each were 45 widgets, each styled under the application's style
    sheet: a tenth of a second of the first visit to Pengaturan. Drawn, they cost a paint."""

    SPACING = 4
    TILE_MIN_HEIGHT = 52
    PADDING = QMargins(6, 3, 6, 3)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("previewBoxes")
        self.tiles: dict[int, TileText] = {box: TileText() for box in BOXES}
        self.stale = False
        self.row_labels = (self.tr("Di atas"), self.tr("Sesuai"), self.tr("Di bawah"))  # kinerja, top down
        self.column_labels = (self.tr("Rendah"), self.tr("Menengah"), self.tr("Tinggi"))  # potensial
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Pratinjau jumlah pegawai per kotak"))

    def set_tiles(self, tiles: dict[int, TileText]) -> None:
        self.tiles = dict(tiles)
        self.setAccessibleDescription(
            "; ".join(self.tr("Kotak {0}: {1}").format(box, self.tiles[box].count) for box in BOXES)
        )
        self.update()

    def set_stale(self, stale: bool) -> None:
        self.stale = stale
        self.update()

    # -- geometry ------------------------------------------------------------------------------------

    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        """Small (box number, axis, before), small bold (box number, change), count."""
        small = QFont(self.font())
        small.setPointSizeF(points(8.5))
        small_bold = QFont(small)
        small_bold.setWeight(QFont.Weight.DemiBold)
        count = QFont(self.font())
        count.setPointSizeF(points(13))
        count.setWeight(QFont.Weight.DemiBold)
        return small, small_bold, count

    def _tile_height(self) -> int:
        small, _, count = self._fonts()
        inner = max(QFontMetrics(count).height(), QFontMetrics(small).height()) + QFontMetrics(small).height()
        return max(self.TILE_MIN_HEIGHT, inner + self.PADDING.top() + self.PADDING.bottom())

    def _label_width(self) -> int:
        metrics = QFontMetrics(self._fonts()[0])
        return max(metrics.horizontalAdvance(text) for text in self.row_labels)

    def _cell(self, row: int, column: int) -> QRect:
        """A tile's place on the drawn grid: row 0 at the top, column 0 at the left."""
        left = self._label_width() + self.SPACING
        width = (self.width() - left - 2 * self.SPACING) // 3
        height = self._tile_height()
        return QRect(left + column * (width + self.SPACING), row * (height + self.SPACING), width, height)

    def tile_rect(self, box: int) -> QRect:
        """Where a box is drawn, in the national layout (4-7-9 / 2-5-8 / 1-3-6)."""
        return self._cell(*grid_position(box))

    def box_at(self, pos: QPoint) -> int | None:
        return next((box for box in BOXES if self.tile_rect(box).contains(pos)), None)

    def sizeHint(self) -> QSize:
        axis = QFontMetrics(self._fonts()[0]).height()
        return QSize(360, 3 * self._tile_height() + 3 * self.SPACING + axis)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._label_width() + 3 * 60, self.sizeHint().height())

    # -- drawing -------------------------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        small, small_bold, count_font = self._fonts()
        muted = QColor(palette.TEXT_MUTED)
        centre_right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        line = float(palette.LINE.removesuffix("px"))
        top_height = max(QFontMetrics(count_font).height(), QFontMetrics(small).height())
        for box in BOXES:
            rect = self.tile_rect(box)
            painter.setPen(QPen(QColor(palette.BOX_COLORS[box]), line))
            painter.setBrush(QColor(palette.BOX_TINTS[box]))
            half = line / 2
            painter.drawRoundedRect(QRectF(rect).adjusted(half, half, -half, -half), 5, 5)
            inner = rect.marginsRemoved(self.PADDING)
            top = QRect(inner.left(), inner.top(), inner.width(), top_height)
            bottom = QRect(inner.left(), top.bottom() + 1, inner.width(), inner.bottom() - top.bottom())
            tile = self.tiles[box]
            painter.setFont(small_bold)
            painter.setPen(muted)
            painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), str(box))
            painter.setFont(count_font)
            painter.setPen(QColor(palette.TEXT_DISABLED if self.stale else palette.TEXT))
            painter.drawText(top, int(centre_right), tile.count)
            tone = {"up": palette.ACCENT, "down": palette.DECLINE}.get(tile.tone or "", palette.TEXT_MUTED)
            painter.setFont(small_bold)
            painter.setPen(QColor(tone))
            painter.drawText(bottom, int(centre_right), tile.delta)
            delta_width = QFontMetrics(small_bold).horizontalAdvance(tile.delta + " ")
            painter.setFont(small)
            painter.setPen(muted)
            before = bottom.adjusted(0, 0, -delta_width, 0)
            elided = QFontMetrics(small).elidedText(tile.before, Qt.TextElideMode.ElideRight, before.width())
            painter.drawText(before, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided)
        # the axes: kinerja beside the rows, potensial under the columns
        painter.setFont(small)
        painter.setPen(muted)
        for row, text in enumerate(self.row_labels):
            cell = self._cell(row, 0)
            painter.drawText(
                QRect(0, cell.top(), cell.left() - self.SPACING, cell.height()), int(centre_right), text
            )
        for column, text in enumerate(self.column_labels):
            cell = self._cell(2, column)
            below = cell.bottom() + self.SPACING
            painter.drawText(
                QRect(cell.left(), below, cell.width(), self.height() - below),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                text,
            )

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            box = self.box_at(event.pos())
            text = self.tiles[box].tooltip if box is not None else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self, self.tile_rect(box))
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)


class PreviewGrid(QWidget):
    """A mini nine-box in the national layout (4-7-9 / 2-5-8 / 1-3-6) with counts and changes."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("PreviewGrid")
        self.current: PlacementCounts | None = None
        self.baseline: PlacementCounts | None = None
        self.boxes = BoxCounts()
        axis_note = QLabel(self.tr("↑ kinerja · potensial →"))
        axis_note.setProperty("role", "hint")
        axis_note.setAlignment(Qt.AlignmentFlag.AlignRight)

        self.legend = QLabel(objectName="previewLegend")
        self.legend.setProperty("role", "hint")
        self.legend.setWordWrap(True)
        self.holding = QLabel(objectName="previewHolding")
        self.pool = QLabel(objectName="previewPool")
        for label in (self.holding, self.pool):
            label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.boxes)
        layout.addWidget(axis_note)
        layout.addWidget(self.legend)
        layout.addWidget(self.pool)
        layout.addWidget(self.holding)
        self.clear()

    def tile(self, box: int) -> TileText:
        return self.boxes.tiles[box]

    @property
    def stale(self) -> bool:
        return self.boxes.stale

    def clear(self) -> None:
        self.current = self.baseline = None
        self.boxes.set_tiles({box: TileText() for box in BOXES})
        self.legend.hide()
        self.holding.setText(self.tr("Belum dapat dipetakan: –"))
        self.pool.setText(self.tr("Kelompok Rencana Suksesi (kotak 7–9): –"))

    def set_stale(self, stale: bool) -> None:
        """Dim the numbers while they no longer match the form (invalid scheme, computing)."""
        self.boxes.set_stale(stale)

    def show_counts(
        self, current: PlacementCounts, baseline: PlacementCounts | None, baseline_name: str = ""
    ) -> None:
        """Counts per box; with a baseline, each tile also shows the baseline count and the change."""
        self.current, self.baseline = current, baseline
        n = self.locale().toString
        self.legend.setText(
            self.tr("Angka kecil: jumlah semula dengan {0}, dan selisihnya.").format(baseline_name)
        )
        self.legend.setVisible(baseline is not None)
        tiles: dict[int, TileText] = {}
        for box in BOXES:
            now = current.by_box.get(box, 0)
            if baseline is None:
                tiles[box] = TileText(n(now), tooltip=self.tr("Kotak {0}: {1} pegawai").format(box, n(now)))
                continue
            before = baseline.by_box.get(box, 0)
            tooltip = self.tr("Kotak {0}: {1} pegawai dengan perubahan, {2} dengan versi tersimpan").format(
                box, n(now), n(before)
            )
            tiles[box] = TileText(n(now), n(before), _delta(now - before, n), _tone(now - before), tooltip)
        self.boxes.set_tiles(tiles)
        self.pool.setText(
            self._line(
                self.tr("Kelompok Rencana Suksesi (kotak 7–9)"),
                current.talent_pool,
                None if baseline is None else baseline.talent_pool,
            )
        )
        self.holding.setText(
            self._line(
                self.tr("Belum dapat dipetakan"),
                current.holding,
                None if baseline is None else baseline.holding,
            )
        )

    def _line(self, caption: str, now: int, before: int | None) -> str:
        n = self.locale().toString
        if before is None:
            return self.tr("{0}: <b>{1}</b>").format(caption, n(now))
        return self.tr("{0}: <b>{1}</b> <span style='color:{3}'>(semula {2})</span>").format(
            caption, n(now), n(before), palette.TEXT_MUTED
        )


def _delta(change: int, n) -> str:
    if change == 0:
        return ""
    return ("+" if change > 0 else "−") + n(abs(change))


def _tone(change: int) -> str | None:
    return None if change == 0 else ("up" if change > 0 else "down")
