"""The question asked on every move in the nine-box: why? (DESIGN §4 contract: `CalibrationDialog`
with the reason field `reason` and the OK button `ok`.)"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from talenta_desktop.domain.ninebox import REKOMENDASI, box_levels
from talenta_desktop.ui import palette


def box_description(box: int) -> str:
    """ "Kotak 7 — kinerja di atas ekspektasi, potensial menengah", in the user's language."""
    kinerja, potensial = box_levels(box)
    kinerja_text = (
        QCoreApplication.translate("CalibrationDialog", "di bawah ekspektasi"),
        QCoreApplication.translate("CalibrationDialog", "sesuai ekspektasi"),
        QCoreApplication.translate("CalibrationDialog", "di atas ekspektasi"),
    )[int(kinerja) - 1]
    potensial_text = (
        QCoreApplication.translate("CalibrationDialog", "rendah"),
        QCoreApplication.translate("CalibrationDialog", "menengah"),
        QCoreApplication.translate("CalibrationDialog", "tinggi"),
    )[int(potensial) - 1]
    return QCoreApplication.translate("CalibrationDialog", "Kotak {0} — kinerja {1}, potensial {2}").format(
        box, kinerja_text, potensial_text
    )


class CalibrationDialog(QDialog):
    """Asks for the reason of a move; OK stays disabled until a reason is written."""

    def __init__(
        self,
        name: str,
        nip: str,
        from_box: int,
        to_box: int,
        computed_box: int | None,
        meeting: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CalibrationDialog")
        self.setWindowTitle(self.tr("Kalibrasi"))
        self.setMinimumWidth(520)

        title = QLabel(self.tr("Pindahkan <b>{0}</b> ({1})").format(name, nip))
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.RichText)

        def chip(box: int) -> QLabel:
            label = QLabel(box_description(box))
            label.setWordWrap(True)
            label.setStyleSheet(f"border-left: 6px solid {palette.BOX_COLORS[box]}; padding-left: 8px;")
            return label

        form = QFormLayout()
        form.addRow(self.tr("Dari"), chip(from_box))
        form.addRow(self.tr("Ke"), chip(to_box))
        if computed_box is not None:
            form.addRow(self.tr("Hasil hitung"), QLabel(self.tr("Kotak {0}").format(computed_box)))
        advice = QLabel(REKOMENDASI[to_box])
        advice.setWordWrap(True)
        advice.setProperty("role", "pageSubtitle")
        form.addRow(self.tr("Rekomendasi"), advice)
        meeting_label = QLabel(
            self.tr("Dicatat pada rapat: {0}").format(meeting)
            if meeting
            else self.tr("Tidak ada rapat Komite Talenta yang aktif; kalibrasi dicatat tanpa rapat.")
        )
        meeting_label.setObjectName("calibrationMeeting")
        meeting_label.setWordWrap(True)
        form.addRow(self.tr("Rapat"), meeting_label)

        self.reason = QPlainTextEdit(objectName="reason")
        self.reason.setPlaceholderText(
            self.tr("Alasan kalibrasi (wajib), mis. dasar data atau pertimbangan komite yang dibahas")
        )
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(110)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("ok")
        self.ok.setText(self.tr("Catat kalibrasi"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        self.hint = QLabel(
            self.tr("Alasan wajib diisi; kalibrasi tercatat di log audit dan tidak dapat dihapus.")
        )
        self.hint.setProperty("role", "pageSubtitle")
        self.hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Alasan")))
        layout.addWidget(self.reason)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)

        self.reason.textChanged.connect(self._update_ok)
        self._update_ok()
        self.reason.setFocus()

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()

    def _update_ok(self) -> None:
        self.ok.setEnabled(bool(self.reason_text()))
