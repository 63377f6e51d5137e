"""The plans list's filters: search by name or NIP (the Pegawai page's search), unit with its sub-units,
plan status, and "only late ones". The bar describes the filters; :func:`plan_mask` applies them to the
frame of services.development.plans_frame in one vectorised pass."""

from __future__ import annotations

from collections.abc import Collection

import numpy as np
import pandas as pd
from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from talenta_desktop.services.personnel import fold_column, search_mask
from talenta_desktop.services.units import UnitNode

from .labels import PLAN_STATUS_TEXT

SEARCH_DELAY_MS = 80  # coalesces fast typing
OPEN = "terbuka"  # the status choice "draf or disetujui": plans still being carried out


def prepare(frame: pd.DataFrame, units: list[UnitNode]) -> pd.DataFrame:
    """plans_frame plus what the list shows and searches: the unit's name and the folded name."""
    names = {node.id: node.nama for node in units}
    out = frame.copy()
    out["unit"] = out["unit_id"].map(names)
    out["search_name"] = fold_column(out["nama"].to_numpy(dtype=object))
    return out


def subtree(units: list[UnitNode], unit_id: int) -> list[int]:
    """The unit and every unit below it, from the stored paths (no trip to the database)."""
    path = next((node.path for node in units if node.id == unit_id), None)
    return [node.id for node in units if path and node.path.startswith(path)]


def plan_mask(
    frame: pd.DataFrame,
    text: str = "",
    unit_ids: Collection[int] | None = None,
    status: str | None = None,
    overdue_only: bool = False,
) -> np.ndarray:
    """Rows matching every given filter; None or empty means no filter."""
    n = len(frame)
    if not n:
        return np.zeros(0, dtype=bool)
    mask = search_mask(frame, text) if text and text.strip() else np.ones(n, dtype=bool)
    if unit_ids is not None:
        mask &= frame["unit_id"].isin(list(unit_ids)).to_numpy(dtype=bool)
    if status == OPEN:
        mask &= frame["status"].isin(("draf", "disetujui")).to_numpy(dtype=bool)
    elif status:
        mask &= (frame["status"] == status).to_numpy(dtype=bool)
    if overdue_only:
        mask &= (frame["overdue"] > 0).to_numpy(dtype=bool)
    return mask


class PlanFilterBar(QWidget):
    """Search box, unit and status combos and the "late only" switch in one row; ``changed`` fires
    after a combo or the switch changes or a short pause in typing."""

    changed = Signal()

    def __init__(self, units: list[UnitNode], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._units = units
        self.search = QLineEdit(objectName="planSearch")
        self.search.setPlaceholderText(self.tr("Cari nama atau NIP…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(120)

        self.unit_filter = QComboBox(objectName="planUnitFilter")
        self.unit_filter.setToolTip(self.tr("Unit kerja beserta sub-unitnya"))
        self.unit_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit_filter.setMinimumContentsLength(10)
        self.set_units(units)

        self.status_filter = QComboBox(objectName="planStatusFilter")
        self.status_filter.addItem(self.tr("Semua status"), None)
        self.status_filter.addItem(self.tr("Draf atau disetujui"), OPEN)
        for code, source in PLAN_STATUS_TEXT.items():
            self.status_filter.addItem(QCoreApplication.translate("Development", source), code)
        self.status_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.status_filter.setMinimumContentsLength(8)
        self.status_filter.view().setMinimumWidth(self.status_filter.view().sizeHintForColumn(0) + 24)

        self.overdue_only = QCheckBox(self.tr("Hanya yang terlambat"), objectName="overdueOnly")
        self.overdue_only.setToolTip(
            self.tr("Rencana dengan kegiatan yang lewat batas waktu dan belum selesai")
        )

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.search, 3)
        layout.addWidget(self.unit_filter, 3)
        layout.addWidget(self.status_filter, 2)
        layout.addWidget(self.overdue_only)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.search.returnPressed.connect(self._now)
        self.unit_filter.currentIndexChanged.connect(self._now)
        self.status_filter.currentIndexChanged.connect(self._now)
        self.overdue_only.toggled.connect(self._now)

    def set_units(self, units: list[UnitNode]) -> None:
        """Fill the unit choices again (after an import), keeping the chosen unit when it still exists."""
        keep = self.unit_filter.currentData()
        self._units = units
        self.unit_filter.blockSignals(True)
        self.unit_filter.clear()
        self.unit_filter.addItem(self.tr("Seluruh instansi"), None)
        for node in units:
            self.unit_filter.addItem("    " * node.depth + node.nama, node.id)
        self.unit_filter.setCurrentIndex(max(self.unit_filter.findData(keep), 0) if keep is not None else 0)
        self.unit_filter.blockSignals(False)
        self.unit_filter.view().setMinimumWidth(self.unit_filter.view().sizeHintForColumn(0) + 24)

    def _now(self) -> None:
        self._timer.stop()
        self.changed.emit()

    def criteria(self) -> dict:
        unit = self.unit_filter.currentData()
        return {
            "text": self.search.text(),
            "unit_ids": None if unit is None else subtree(self._units, unit),
            "status": self.status_filter.currentData(),
            "overdue_only": self.overdue_only.isChecked(),
        }

    def is_filtered(self) -> bool:
        return bool(
            self.search.text().strip()
            or self.unit_filter.currentIndex() > 0
            or self.status_filter.currentIndex() > 0
            or self.overdue_only.isChecked()
        )
