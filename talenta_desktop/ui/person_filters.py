"""The person filter bar shared by the Pegawai list and the nine-box: search, unit subtree, PNS/PPPK,
jenis jabatan, eselon and golongan. The mask it describes is ui.models.frame_filter.FrameFilter.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QPushButton, QWidget

from talenta_desktop.domain.golongan import ALL_PNS, ALL_PPPK
from talenta_desktop.services.personnel import ESELON_LABELS
from talenta_desktop.services.units import UnitNode
from talenta_desktop.ui.models.frame_filter import NON_ESELON

NO_ESELON_CHOICE = "-"  # combo data are plain strings (Qt keeps them reliably)
SEARCH_DELAY_MS = 80  # coalesces fast typing; well under the 120 ms a user notices


def _split(choice: str | None) -> list[str] | None:
    if not choice:
        return None
    return [NON_ESELON if code == NO_ESELON_CHOICE else code for code in choice.split(",")]


class PersonFilterBar(QWidget):
    """Search box and filter combos in one row. ``changed`` fires after a combo changes or a short
    pause in typing; ``criteria()`` gives the keyword arguments of FrameFilter.mask."""

    changed = Signal()

    def __init__(
        self,
        units: list[UnitNode],
        frame: pd.DataFrame,
        subtree: Callable[[int], list[int]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._subtree = subtree
        self.search = QLineEdit(objectName="personnelSearch")
        self.search.setPlaceholderText(self.tr("Cari nama atau NIP…"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(
            self.tr("Nama tanpa gelar (huruf besar/kecil dan aksen diabaikan; semua kata harus ada) atau NIP")
        )
        self.search.setMinimumWidth(100)

        self.unit_filter = QComboBox(objectName="unitFilter")
        self.unit_filter.setToolTip(self.tr("Unit kerja beserta sub-unitnya"))
        self.unit_filter.addItem(self.tr("Seluruh instansi"), None)
        for node in units:
            self.unit_filter.addItem("    " * node.depth + node.nama, node.id)
        self.unit_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit_filter.setMinimumContentsLength(8)
        self.unit_filter.view().setMinimumWidth(self.unit_filter.view().sizeHintForColumn(0) + 24)

        self.jenis_pegawai_filter = self._combo(
            "jenisPegawaiFilter",
            [(self.tr("PNS dan PPPK"), None), (self.tr("PNS"), "PNS"), (self.tr("PPPK"), "PPPK")],
        )
        self.jenis_jabatan_filter = self._combo(
            "jenisJabatanFilter",
            [
                (self.tr("Semua jabatan"), None),
                (self.tr("Struktural"), "struktural"),
                (self.tr("Fungsional"), "fungsional"),
                (self.tr("Pelaksana"), "pelaksana"),
            ],
        )
        self.eselon_filter = self._combo("eselonFilter", self._eselon_choices(frame))
        self.golongan_filter = self._combo("golonganFilter", self._golongan_choices(frame))

        self.reset_button = QPushButton(self.tr("Hapus filter"), objectName="resetFilters")
        self.reset_button.setProperty("role", "link")
        self.reset_button.setCursor(Qt.CursorShape.PointingHandCursor)

        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(8)
        self._rows: int | None = None
        self._arrange(rows=1)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.search.returnPressed.connect(self._now)
        for combo in self.combos():
            combo.currentIndexChanged.connect(self._now)
        self.reset_button.clicked.connect(self.reset)

    def resizeEvent(self, event) -> None:
        # In one row while every field shows its text whole; else two rows (a 1024-pixel screen), rather
        # than filters cut to "Semua jaba".
        widgets = (self.search, *self.combos(), self.reset_button)
        whole = sum(w.sizeHint().width() for w in widgets) + self.grid.spacing() * (len(widgets) - 1)
        self._arrange(rows=1 if event.size().width() >= whole else 2)
        super().resizeEvent(event)

    def _arrange(self, *, rows: int) -> None:
        if rows == self._rows:
            return
        self._rows = rows
        fields = (self.search, *self.combos())
        for widget in (*fields, self.reset_button):
            self.grid.removeWidget(widget)
        if rows == 1:  # search and unit wider than the lists
            for column, widget in enumerate(fields):
                self.grid.addWidget(widget, 0, column)
            stretches = (3, 3, 2, 2, 2, 2)
        else:  # search and unit above, the four short lists below
            self.grid.addWidget(self.search, 0, 0, 1, 2)
            self.grid.addWidget(self.unit_filter, 0, 2, 1, 2)
            for column, widget in enumerate(fields[2:]):
                self.grid.addWidget(widget, 1, column)
            stretches = (1, 1, 1, 1, 0, 0)
        self.grid.addWidget(self.reset_button, 0, len(fields) if rows == 1 else 4)
        for column, stretch in enumerate(stretches):
            self.grid.setColumnStretch(column, stretch)
        self.updateGeometry()  # one row or two: the page makes room for the new height

    def _now(self) -> None:
        self._timer.stop()
        self.changed.emit()

    def _combo(self, name: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox(objectName=name)
        for label, data in items:
            combo.addItem(label, data)
        # Shares the row's width with the others and elides on a narrow (1024 px) window rather than
        # overlap its neighbour; the open list always shows whole choices.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(5)
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        return combo

    def _eselon_choices(self, frame: pd.DataFrame) -> list[tuple[str, object]]:
        present = set(frame["eselon_id"].dropna().unique()) if len(frame) else set()
        choices: list[tuple[str, object]] = [(self.tr("Semua eselon"), None)]
        for level in ("1", "2", "3", "4", "5"):
            codes = sorted(code for code in ESELON_LABELS if code.startswith(level) and code in present)
            if codes:
                roman = ESELON_LABELS[codes[0]].split(".")[0]
                choices.append((self.tr("Eselon {0}").format(roman), ",".join(codes)))
        choices.append((self.tr("Non-eselon"), NO_ESELON_CHOICE))
        return choices

    def _golongan_choices(self, frame: pd.DataFrame) -> list[tuple[str, object]]:
        present = set(frame["golongan_id"].dropna().unique()) if len(frame) else set()
        choices: list[tuple[str, object]] = [(self.tr("Semua golongan"), None)]
        for group in ("I", "II", "III", "IV"):
            ranks = [g for g in ALL_PNS if g.label.split("/")[0] == group and g.code in present]
            if ranks:
                choices.append((self.tr("PNS golongan {0}").format(group), ",".join(g.code for g in ranks)))
                choices.extend(("    " + g.label, g.code) for g in ranks)
        choices.extend(
            (self.tr("PPPK golongan {0}").format(g.label), g.code) for g in ALL_PPPK if g.code in present
        )
        return choices

    def combos(self) -> tuple[QComboBox, ...]:
        return (
            self.unit_filter,
            self.jenis_pegawai_filter,
            self.jenis_jabatan_filter,
            self.eselon_filter,
            self.golongan_filter,
        )

    def criteria(self) -> dict:
        unit = self.unit_filter.currentData()
        return {
            "text": self.search.text(),
            "unit_ids": None if unit is None else self._subtree(unit),
            "jenis_pegawai": self.jenis_pegawai_filter.currentData(),
            "jenis_jabatan": self.jenis_jabatan_filter.currentData(),
            "eselon": _split(self.eselon_filter.currentData()),
            "golongan": _split(self.golongan_filter.currentData()),
        }

    def description(self, *, with_search: bool = True) -> str:
        """The active filters in words ("Dinas Kesehatan · PNS"), empty when none is active. The search
        text may be a name: leave it out where names must not show."""
        parts = [combo.currentText().strip() for combo in self.combos() if combo.currentIndex() > 0]
        if with_search and self.search.text().strip():
            parts.append(f"“{self.search.text().strip()}”")
        return " · ".join(parts)

    def is_filtered(self) -> bool:
        return bool(self.search.text().strip()) or any(c.currentIndex() > 0 for c in self.combos())

    def set_choices(self, frame: pd.DataFrame) -> None:
        """Offer the eselon and golongan present in a list read after the bar was made (pages read their
        people in the background), keeping what is chosen when it is still offered. Emits nothing: the
        page applies the filters to its new list itself."""
        for combo, choices in (
            (self.eselon_filter, self._eselon_choices(frame)),
            (self.golongan_filter, self._golongan_choices(frame)),
        ):
            if [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())] == choices:
                continue
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for label, data in choices:
                combo.addItem(label, data)
            combo.setCurrentIndex(max(0, combo.findData(keep)))
            combo.blockSignals(False)
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)

    def reset(self) -> None:
        for widget in (*self.combos(), self.search):
            widget.blockSignals(True)
        for combo in self.combos():
            combo.setCurrentIndex(0)
        self.search.clear()
        for widget in (*self.combos(), self.search):
            widget.blockSignals(False)
        self._now()
