"""Draft plans for many people at once: everyone in the chosen boxes (optionally within one unit) who has
no plan in the period yet. The work (services.development.bulk_create_plans, one transaction) runs off
the UI thread; the dialog closes with the service's BulkResult when it is done.

The boxes checked at first are 4–8: BKN's advice is that the essence of talent management is developing
the middle boxes (4, 5, 6), and 7–8 are the Kelompok Rencana Suksesi who are being readied. Box 9 is
usually handled through succession and promotion, boxes 2–3 through bimbingan and konseling kinerja by the
direct superior; the user ticks them when the agency wants plans for them too. Box 1 gets no plan (its
rekomendasi is a process under the regulations).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QGridLayout, QLabel, QProgressBar, QWidget

from talenta_desktop.domain.ninebox import grid_position
from talenta_desktop.services.development.plans import BulkResult, bulk_create_plans
from talenta_desktop.services.units import UnitNode
from talenta_desktop.services.workspace import Workspace
from talenta_desktop.ui import palette
from talenta_desktop.ui.forms import hint
from talenta_desktop.ui.messages import user_text
from talenta_desktop.ui.workers import Task

from .dialogs import REFUSALS, ServiceDialog
from .filters import subtree

DEFAULT_BOXES = (4, 5, 6, 7, 8)
BOXES = (2, 3, 4, 5, 6, 7, 8, 9)


class BulkPlanDialog(ServiceDialog):
    """``candidates``: the period's placed people (person_id, box, unit_id); ``have``: who has a plan."""

    def __init__(
        self,
        workspace: Workspace,
        period_label: str,
        units: list[UnitNode],
        candidates: pd.DataFrame,
        have: set[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("BulkPlanDialog")
        self.setWindowTitle(self.tr("Buat draf rencana — periode {0}").format(period_label))
        self.setMinimumWidth(560)
        self.period_label = period_label
        self.units = units
        self.candidates = candidates[["person_id", "box", "unit_id"]]
        self.has_plan = self.candidates["person_id"].isin(list(have)).to_numpy(dtype=bool)
        self.task: Task | None = None

        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(6)
        self.box_checks: dict[int, QCheckBox] = {}
        for box in range(1, 10):
            check = QCheckBox(objectName=f"box{box}")
            check.setStyleSheet(
                f"QCheckBox {{ background: {palette.BOX_TINTS[box]}; border: {palette.LINE} solid {palette.BORDER};"
                " border-radius: 4px; padding: 5px 8px; }"
            )
            if box == 1:
                check.setText(self.tr("Kotak 1"))
                check.setEnabled(False)
                check.setToolTip(
                    self.tr(
                        "Kotak 1 tidak dibuatkan rencana: diproses sesuai ketentuan peraturan perundang-undangan."
                    )
                )
            else:
                check.setChecked(box in DEFAULT_BOXES)
                check.toggled.connect(self._update)
                self.box_checks[box] = check
            row, column = grid_position(box)
            grid.addWidget(check, row, column)
        boxes_host = QWidget()
        boxes_host.setLayout(grid)

        self.unit = QComboBox(objectName="unit")
        self.unit.addItem(self.tr("Seluruh instansi"), None)
        for node in units:
            self.unit.addItem("    " * node.depth + node.nama, node.id)
        self.unit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit.setMinimumContentsLength(24)
        self.unit.view().setMinimumWidth(self.unit.view().sizeHintForColumn(0) + 24)
        self.unit.currentIndexChanged.connect(self._update)

        self.preview = QLabel(objectName="preview")
        self.preview.setWordWrap(True)
        self.progress = QProgressBar(objectName="progress")
        self.progress.setRange(0, 0)  # the service reports no steps: a busy bar
        self.progress.setTextVisible(False)
        self.progress.hide()

        self.form.addRow(self.tr("Kotak:"), boxes_host)
        self.form.addRow(self.tr("&Unit kerja:"), self.unit)
        self.form.addRow("", self.preview)
        self.finish(
            self.tr("Buat draf rencana"),
            hint(
                self.tr(
                    "Bawaan kotak 4–8: inti manajemen talenta menurut BKN adalah mengembangkan kotak tengah "
                    "(4–6), dan kotak 7–8 disiapkan sebagai Kelompok Rencana Suksesi. Kotak 9 biasanya "
                    "ditangani melalui suksesi dan promosi, kotak 2–3 melalui bimbingan dan konseling kinerja "
                    "oleh atasan: centang bila instansi juga menghendaki rencananya. Kegiatan diusulkan dari "
                    "rekomendasi kotak dan kesenjangan kompetensi tiap pegawai. Rencana yang sudah ada tidak "
                    "diubah."
                )
            ),
            self.progress,
        )
        self._update()

    def boxes(self) -> list[int]:
        return [box for box, check in self.box_checks.items() if check.isChecked()]

    def unit_ids(self) -> list[int] | None:
        unit = self.unit.currentData()
        return None if unit is None else subtree(self.units, unit)

    def counts(self) -> tuple[int, int]:
        """(new plans, people who already have one) for the chosen boxes and unit."""
        frame = self.candidates
        mask = frame["box"].isin(self.boxes()).to_numpy(dtype=bool)
        unit_ids = self.unit_ids()
        in_unit = (
            frame["unit_id"].isin(unit_ids).to_numpy(dtype=bool)
            if unit_ids is not None
            else np.ones(len(frame), dtype=bool)
        )
        for box, check in self.box_checks.items():
            n = int(((frame["box"] == box).to_numpy(dtype=bool) & in_unit & ~self.has_plan).sum())
            check.setText(self.tr("Kotak {0} ({1})").format(box, n))
            check.setToolTip(self.tr("{0} pegawai di kotak {1} belum mempunyai rencana").format(n, box))
        chosen = mask & in_unit
        return int((chosen & ~self.has_plan).sum()), int((chosen & self.has_plan).sum())

    def _update(self) -> None:
        new, existing = self.counts()
        if not self.boxes():
            self.preview.setText(self.tr("Pilih paling sedikit satu kotak."))
        elif existing:
            self.preview.setText(
                self.tr(
                    "{0} pegawai akan mendapat rencana draf baru; {1} pegawai sudah mempunyai rencana."
                ).format(new, existing)
            )
        else:
            self.preview.setText(self.tr("{0} pegawai akan mendapat rencana draf baru.").format(new))
        self.ok_button.setEnabled(new > 0 and self.task is None)

    # -- running -------------------------------------------------------------------------------------

    def accept(self) -> None:
        if self.task is not None or not self.ok_button.isEnabled():
            return
        label, boxes, unit_ids, workspace = self.period_label, self.boxes(), self.unit_ids(), self.workspace
        self.task = Task(
            lambda _progress, _cancel: workspace.write(bulk_create_plans, label, boxes, unit_ids=unit_ids)
        )
        self.task.finished.connect(self._done)
        self.task.failed.connect(self._failed)
        self._busy(True)
        self.task.start()

    def reject(self) -> None:
        if self.task is None:  # the transaction cannot be stopped halfway: wait for it
            super().reject()

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (*self.box_checks.values(), self.unit, self.ok_button, self.cancel_button):
            widget.setEnabled(not busy)
        self.messages.setVisible(not busy and bool(self.messages.text()))
        if busy:
            self.preview.setText(self.tr("Membuat rencana…"))

    def _done(self, result: BulkResult) -> None:
        self.task = None
        self.result_value = result
        self.done(QDialog.DialogCode.Accepted)

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self._busy(False)
        self._update()
        if isinstance(error, REFUSALS):
            self.show_message(user_text(error))
        else:
            self.show_message(self.tr("Rencana tidak dapat dibuat: {0}").format(user_text(error)))
