"""The berita acara template: kop, opening and closing wording, who signs, and "Mengetahui".

Checked as the user types (the service's own validation, so the dialog and the service never disagree);
Save stays disabled while a problem is listed. The opening is previewed with example values.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from talenta_desktop.services.berita_acara_template import (
    PLACEHOLDERS,
    SIGNERS,
    BeritaAcaraTemplate,
    TemplateError,
    get_template,
    save_template,
    template_problems,
)
from talenta_desktop.services.permissions import PermissionDenied
from talenta_desktop.services.workspace import Workspace
from talenta_desktop.ui.messages import user_text
from talenta_desktop.ui.restyle import restyle

SIGNER_TEXT = {  # translated where shown: self.tr() in the dialog's own context
    "semua": QT_TRANSLATE_NOOP(
        "BeritaAcaraTemplateDialog", "Semua anggota komite (yang berhalangan ditandai)"
    ),
    "hadir": QT_TRANSLATE_NOOP("BeritaAcaraTemplateDialog", "Hanya anggota yang hadir atau diwakili"),
    "pimpinan": QT_TRANSLATE_NOOP("BeritaAcaraTemplateDialog", "Ketua dan sekretaris saja"),
}


def _text_edit(name: str, text: str, height: int) -> QPlainTextEdit:
    edit = QPlainTextEdit(text, objectName=name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


class BeritaAcaraTemplateDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BeritaAcaraTemplateDialog")
        self.setWindowTitle(self.tr("Templat berita acara"))
        self.setMinimumWidth(720)
        self.workspace = workspace
        current = workspace.read(get_template)

        self.kop_pemerintah = QLineEdit(current.kop_pemerintah, objectName="kopPemerintah")
        self.kop_pemerintah.setPlaceholderText(self.tr("kosong: nama pemerintah daerah dari data instansi"))
        self.kop_instansi = QLineEdit(current.kop_instansi, objectName="kopInstansi")
        self.kop_instansi.setPlaceholderText(self.tr("kosong: nama BKPSDM dari data instansi"))
        self.kop_alamat = QLineEdit(current.kop_alamat, objectName="kopAlamat")
        self.kop_alamat.setPlaceholderText(self.tr("kosong: alamat dari data instansi"))
        self.logo_path = QLineEdit(current.logo_path, objectName="logoPath")
        self.logo_path.setPlaceholderText(self.tr("berkas PNG atau JPG lambang daerah (boleh kosong)"))
        browse = QPushButton(self.tr("Pilih…"), objectName="browseLogo")
        logo_row = QHBoxLayout()
        logo_row.setContentsMargins(0, 0, 0, 0)
        logo_row.addWidget(self.logo_path, 1)
        logo_row.addWidget(browse)
        logo_host = QWidget()
        logo_host.setLayout(logo_row)
        kop = QWidget()
        kop_form = QFormLayout(kop)
        kop_form.addRow(self.tr("Pemerintah:"), self.kop_pemerintah)
        kop_form.addRow(self.tr("Instansi:"), self.kop_instansi)
        kop_form.addRow(self.tr("Alamat:"), self.kop_alamat)
        kop_form.addRow(self.tr("Logo:"), logo_host)

        self.opening = _text_edit("opening", current.opening, 84)
        markers = " ".join("{" + name + "}" for name in PLACEHOLDERS)
        self.markers = QLabel(self.tr("Penanda yang tersedia: {0}").format(markers), objectName="markers")
        self.markers.setProperty("role", "hint")
        self.markers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview = QLabel(objectName="preview")  # the opening with example values
        self.preview.setWordWrap(True)
        # A top-level dialog does not grow for wrapped text: room for the example's three lines up front.
        self.preview.setMinimumHeight(self.preview.fontMetrics().lineSpacing() * 3 + 4)
        self.preview.setProperty("role", "hint")
        self.closing = _text_edit("closing", current.closing, 52)
        wording = QWidget()
        wording_layout = QVBoxLayout(wording)
        wording_layout.setSpacing(4)
        for label, widgets in (
            (self.tr("Paragraf pembuka:"), (self.opening, self.markers, self.preview)),
            (self.tr("Paragraf penutup:"), (self.closing,)),
        ):
            wording_layout.addWidget(QLabel(label))
            for widget in widgets:
                wording_layout.addWidget(widget)
            wording_layout.addSpacing(4)

        self.signers = QComboBox(objectName="signers")
        for code in SIGNERS:
            self.signers.addItem(self.tr(SIGNER_TEXT[code]), code)
        self.signers.setCurrentIndex(max(self.signers.findData(current.signers), 0))
        self.mengetahui_jabatan = QLineEdit(current.mengetahui_jabatan, objectName="mengetahuiJabatan")
        self.mengetahui_jabatan.setPlaceholderText(
            self.tr("mis. Bupati Sukamaju Timur selaku Pejabat Pembina Kepegawaian")
        )
        self.mengetahui_nama = QLineEdit(current.mengetahui_nama, objectName="mengetahuiNama")
        self.mengetahui_nip = QLineEdit(current.mengetahui_nip, objectName="mengetahuiNip")
        self.mengetahui_nip.setPlaceholderText(self.tr("bila ada"))
        signing = QWidget()
        signing_form = QFormLayout(signing)
        signing_form.addRow(self.tr("Penanda tangan:"), self.signers)
        signing_form.addRow(self.tr("Mengetahui — jabatan:"), self.mengetahui_jabatan)
        signing_form.addRow(self.tr("Nama:"), self.mengetahui_nama)
        signing_form.addRow(self.tr("NIP:"), self.mengetahui_nip)
        for form in (kop_form, signing_form):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for part in (kop_form, wording_layout, signing_form):
            part.setContentsMargins(12, 2, 0, 6)

        note = QLabel(
            self.tr(
                "Templat berlaku untuk berita acara rapat yang belum final. Rapat yang sudah final tetap "
                "tercetak seperti saat difinalkan."
            )
        )
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        self.messages = QLabel(objectName="messages")
        self.messages.setWordWrap(True)
        self.messages.setTextFormat(Qt.TextFormat.PlainText)
        restyle(self.messages, "tone", "error")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Simpan"))
        self.save_button.setObjectName("save")
        self.save_button.setProperty("role", "primary")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.reset_button = self.buttons.addButton(
            self.tr("Kembalikan bawaan"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.reset_button.setObjectName("reset")

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        # Headings, not group boxes: the theme's group-box margin is not counted in size hints, so a
        # group box holding wrapped text gets squeezed until its lines overlap.
        for title, part in (
            (self.tr("Kop surat"), kop), (self.tr("Kata-kata"), wording), (self.tr("Tanda tangan"), signing),
        ):  # fmt: skip
            heading = QLabel(title)
            heading.setProperty("role", "sectionTitle")
            layout.addWidget(heading)
            layout.addWidget(part)
        layout.addWidget(note)
        layout.addWidget(self.messages)
        layout.addWidget(self.buttons)

        for edit in (
            self.kop_pemerintah, self.kop_instansi, self.kop_alamat, self.logo_path,
            self.mengetahui_jabatan, self.mengetahui_nama, self.mengetahui_nip,
        ):  # fmt: skip
            edit.textChanged.connect(self._check)
        self.opening.textChanged.connect(self._check)
        self.closing.textChanged.connect(self._check)
        self.signers.currentIndexChanged.connect(self._check)
        browse.clicked.connect(self._browse)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reset_button.clicked.connect(lambda: self.show_template(BeritaAcaraTemplate()))
        self._check()
        self.resize(self.minimumWidth(), self.sizeHint().height())
        self._fit_height()

    def template(self) -> BeritaAcaraTemplate:
        return BeritaAcaraTemplate(
            kop_pemerintah=self.kop_pemerintah.text(),
            kop_instansi=self.kop_instansi.text(),
            kop_alamat=self.kop_alamat.text(),
            logo_path=self.logo_path.text(),
            opening=self.opening.toPlainText(),
            closing=self.closing.toPlainText(),
            signers=self.signers.currentData(),
            mengetahui_jabatan=self.mengetahui_jabatan.text(),
            mengetahui_nama=self.mengetahui_nama.text(),
            mengetahui_nip=self.mengetahui_nip.text(),
        )

    def show_template(self, template: BeritaAcaraTemplate) -> None:
        values = dataclasses.asdict(template)
        for name in ("kop_pemerintah", "kop_instansi", "kop_alamat", "logo_path"):
            getattr(self, name).setText(values[name])
        for name in ("mengetahui_jabatan", "mengetahui_nama", "mengetahui_nip"):
            getattr(self, name).setText(values[name])
        self.opening.setPlainText(template.opening)
        self.closing.setPlainText(template.closing)
        self.signers.setCurrentIndex(self.signers.findData(template.signers))

    def _check(self) -> None:
        template = self.template()
        found = template_problems(template)
        problems = [str(p) for p in found]  # Indonesian: what the checks below look at
        self.messages.setText("\n".join(user_text(p) for p in found))
        if self.messages.isVisibleTo(self) != bool(problems):
            self.messages.setVisible(bool(problems))
            if self.isVisible():  # a top-level window does not grow by itself for wrapped text
                QTimer.singleShot(0, self._fit_height)  # once the layout has taken the change in
        self.save_button.setEnabled(not problems)
        if not any(p.startswith("Paragraf pembuka") for p in problems):
            self.preview.setText(self.tr("Contoh: {0}").format(template.fill_opening(PLACEHOLDERS)))
        else:
            self.preview.setText("—")

    def _fit_height(self) -> None:
        """Tall enough for the wrapped lines at the present width (a dialog is sized by its plain size
        hint, which counts a wrapped label as one line, and the layout then squeezes the rest)."""
        needed = self.layout().totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih logo"), self.logo_path.text(), self.tr("Gambar (*.png *.jpg *.jpeg)")
        )
        if path:
            self.logo_path.setText(path)

    def accept(self) -> None:
        if not self.save_button.isEnabled():
            return
        try:
            self.workspace.write(save_template, self.template())
        except (TemplateError, PermissionDenied) as exc:
            self.messages.setText(user_text(exc))
            self.messages.show()
            return
        super().accept()
