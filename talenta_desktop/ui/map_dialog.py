"""Mapping a period from the GUI: choose the scheme, watch the progress, see what changed."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from talenta_desktop.services.talent.mapping import MappingSummary, map_period
from talenta_desktop.services.talent.periods import PeriodInfo
from talenta_desktop.services.talent.schemes import list_schemes
from talenta_desktop.services.workspace import Workspace
from talenta_desktop.ui.messages import user_text
from talenta_desktop.ui.models.talent_lists import CHANGE_COLUMNS, TalentListModel
from talenta_desktop.ui.workers import Task


class MapDialog(QDialog):
    """Runs services.talent.mapping.map_period in the background; ``mapped`` carries the summary."""

    mapped = Signal(object)

    def __init__(
        self,
        workspace: Workspace,
        period: PeriodInfo,
        people: pd.DataFrame | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``people``: person_id, nip and nama_lengkap of the shown map, to name whose box changed."""
        super().__init__(parent)
        self.people = people
        self.setObjectName("mapDialog")
        self.workspace = workspace
        self.period = period
        self.task: Task | None = None
        self.summary: MappingSummary | None = None
        self.setWindowTitle(self.tr("Petakan periode {0}").format(period.label))
        self.setMinimumWidth(520)

        self.scheme = QComboBox(objectName="mapScheme")
        current = (period.scheme_title or "").rsplit(" (versi", 1)[0]
        for scheme in workspace.read(list_schemes, latest_only=True):
            self.scheme.addItem(user_text(scheme.title_message), scheme.name)
            if scheme.name == current or (not current and scheme.is_default):
                self.scheme.setCurrentIndex(self.scheme.count() - 1)
        note = QLabel(
            self.tr(
                "Nilai kinerja dan potensial dihitung ulang untuk semua pegawai dengan versi terbaru skema "
                "ini. Penempatan lama tetap tersimpan, dan kalibrasi yang sudah dibuat tetap berlaku."
            )
        )
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        self.bar = QProgressBar(objectName="mapProgress")
        self.bar.setRange(0, 100)
        self.bar.hide()
        self.step = QLabel(objectName="mapStep")
        self.step.setWordWrap(True)
        self.step.setTextFormat(Qt.TextFormat.PlainText)
        self.changes_model = TalentListModel(CHANGE_COLUMNS, self)
        self.changes = QTableView(objectName="mapChanges")
        self.changes.setModel(self.changes_model)
        self.changes.setSortingEnabled(True)
        self.changes.verticalHeader().hide()
        self.changes.horizontalHeader().setStretchLastSection(True)
        self.changes.setColumnWidth(0, 160)
        self.changes.setColumnWidth(1, 220)
        self.changes.setColumnWidth(2, 150)
        self.changes.setMinimumHeight(220)
        self.changes.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        self.run_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.run_button.setObjectName("mapRun")
        self.run_button.setText(self.tr("Petakan"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Batal"))
        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self._cancel)

        form = QFormLayout()
        form.addRow(self.tr("Skema penilaian"), self.scheme)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.bar)
        layout.addWidget(self.step)
        layout.addWidget(self.changes, 1)
        layout.addWidget(self.buttons)

    def start(self) -> None:
        if self.summary is not None:  # the button reads "Tutup" after a run
            self.accept()
            return
        name = self.scheme.currentData()
        label = self.period.label
        self.scheme.setEnabled(False)
        self.run_button.setEnabled(False)
        self.bar.show()
        self.task = Task(
            lambda progress, cancel: self.workspace.write(
                map_period, label, name, progress=progress, cancel=cancel
            )
        )
        self.task.progress.connect(self._progress)
        self.task.finished.connect(self._finished)
        self.task.failed.connect(self._failed)
        self.task.start()

    def _progress(self, percent: int, step: str) -> None:
        self.bar.setValue(percent)
        # map_period's steps are marked for translation under its module's context
        self.step.setText(QCoreApplication.translate("services.talent.mapping", step))

    def _finished(self, summary: MappingSummary) -> None:
        self.task = None
        self.summary = summary
        self.bar.setValue(100)
        n = self.locale().toString
        text = self.tr("{0} pegawai ditempatkan, {1} belum dapat dipetakan ({2}).").format(
            n(summary.placed), n(summary.holding), summary.scheme
        )
        if not summary.first_run:
            text += " " + self.tr(
                "Kotak hasil hitung berubah untuk {0} pegawai dibanding pemetaan sebelumnya; kalibrasi tetap berlaku."
            ).format(n(len(summary.changes)))
        self.step.setText(text)
        if summary.changes:
            self._show_changes(summary)
        self.run_button.setText(self.tr("Tutup"))
        self.run_button.setEnabled(True)
        self.cancel_button.hide()
        self.mapped.emit(summary)

    def _show_changes(self, summary: MappingSummary) -> None:
        changes = pd.DataFrame(
            {
                "person_id": [c.person_id for c in summary.changes],
                "before": pd.array([c.before for c in summary.changes], dtype="Int64"),
                "after": pd.array([c.after for c in summary.changes], dtype="Int64"),
            }
        )
        if self.people is not None:
            names = self.people[["person_id", "nip", "nama_lengkap"]]
            changes = changes.merge(names, on="person_id", how="left")
        else:
            changes["nip"], changes["nama_lengkap"] = None, None
        self.changes_model.set_frame(changes)
        self.changes.show()
        self.resize(max(self.width(), 720), max(self.height(), 480))

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self.bar.hide()
        self.step.setText(user_text(error))
        self.scheme.setEnabled(True)
        self.run_button.setEnabled(True)

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            return
        self.reject()
