"""The two strips at the foot of the Laporan page: the work under way (what it is doing, how far, and
Cancel) and the outcome of the last piece of work (with "Buka folder" after a file was written).

Both live on the page rather than in a modal dialog: an export of 50,000 rows takes a while, and the
user may read the other tabs meanwhile."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy

from talenta_desktop.ui.restyle import restyle


class JobPanel(QFrame):
    """Shown while a task runs; ``cancel_requested`` when the user presses Batal."""

    cancel_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("jobPanel")
        self.step = QLabel(objectName="jobStep")
        self.step.setTextFormat(Qt.TextFormat.PlainText)
        self.step.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.bar = QProgressBar(objectName="jobProgress")
        self.bar.setFixedWidth(240)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Batal"), objectName="cancelJob")
        self.cancel_button.setToolTip(
            self.tr("Hentikan pekerjaan ini; tidak ada berkas atau data yang berubah")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        layout.setSpacing(10)
        layout.addWidget(self.step, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.cancel_button.clicked.connect(self._cancel)
        self.hide()

    def start(self, text: str, *, measured: bool, cancellable: bool = True) -> None:
        """``measured``: the work reports how far it is (else the bar just shows that it works)."""
        self.step.setText(text)
        self.bar.setRange(0, 100 if measured else 0)
        self.bar.setValue(0)
        self.cancel_button.setText(self.tr("Batal"))
        self.cancel_button.setEnabled(cancellable)
        self.show()

    def progress(self, percent: int, step: str) -> None:
        if self.bar.maximum() == 0:
            self.bar.setRange(0, 100)
        self.bar.setValue(percent)
        if step:
            self.step.setText(step)

    def finish(self) -> None:
        self.hide()

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Membatalkan…"))
        self.cancel_requested.emit()


class ResultPanel(QFrame):
    """The last outcome: a message in its tone, and "Buka folder" when a file was written."""

    open_requested = Signal(Path)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("resultPanel")
        self.folder: Path | None = None
        self.text = QLabel(objectName="resultText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Buka folder"), objectName="openFolder")
        self.open_button.setToolTip(self.tr("Tampilkan folder berkas ini di pengelola berkas"))
        self.close_button = QPushButton(self.tr("Tutup"), objectName="closeResult")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.setSpacing(10)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.open_button.clicked.connect(lambda: self.folder and self.open_requested.emit(self.folder))
        self.close_button.clicked.connect(self.hide)
        self.hide()

    def show_result(self, message: str, tone: str | None = None, folder: Path | None = None) -> None:
        self.text.setText(message)
        self.folder = folder
        self.open_button.setVisible(folder is not None)
        restyle(self, "tone", tone)
        self.show()
