"""Before the main window: signing in to a database with users, and setting up a new one (its first
administrator, and encryption). Both dialogs call services.users and end with an opened Database and
the Actor who will use it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from talenta_desktop.domain.messages import message_of
from talenta_desktop.models.db import Database, DatabaseError
from talenta_desktop.models.encryption import SignInError, key_file_path
from talenta_desktop.services.actor import Actor
from talenta_desktop.services.backups import BackupError
from talenta_desktop.services.users import (
    MIN_PASSWORD_LENGTH,
    UserError,
    create_encrypted_database,
    encrypt_database,
    sign_in,
)
from talenta_desktop.ui.messages import user_text
from talenta_desktop.ui.restyle import restyle
from talenta_desktop.ui.theme import style_sheet


class _AccountDialog(QDialog):
    """A small form with a heading, an explanation, fields, an error line and OK/Cancel."""

    def __init__(self, title: str, heading: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.database: Database | None = None
        self.actor: Actor | None = None
        self.form = QFormLayout()
        self.form.setVerticalSpacing(9)
        self.error = QLabel(objectName="messages")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setProperty("role", "primary")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        top = QLabel(heading, objectName="dialogHeading")
        top.setStyleSheet(style_sheet("font-size: 15pt; font-weight: 600;"))
        text = QLabel(explanation, wordWrap=True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(top)
        layout.addWidget(text)
        layout.addLayout(self.form)
        self.extra = QVBoxLayout()
        layout.addLayout(self.extra)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _password_field(self) -> QLineEdit:
        field = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        field.setMinimumWidth(240)
        return field

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        restyle(self.error, "tone", "error")
        self.error.setVisible(bool(message))
        self.layout().activate()  # grow to fit the message rather than squeeze the fields
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def accept(self) -> None:
        try:
            self.database, self.actor = self.submit()
        except (SignInError, UserError, DatabaseError) as exc:
            self.show_error(user_text(exc))
            return
        super().accept()

    def submit(self) -> tuple[Database, Actor]:  # pragma: no cover - each dialog has its own
        raise NotImplementedError


class SignInDialog(_AccountDialog):
    """User name and password for a database with users (encrypted, or plain with accounts)."""

    def __init__(self, location: str | Path, parent: QWidget | None = None) -> None:
        self.location = location
        name = Path(str(location)).name
        super().__init__(
            self.tr("Masuk — Talenta Desktop"),
            self.tr("Masuk"),
            self.tr("Database {0} dilindungi. Masuk dengan nama pengguna dan kata sandi Anda.").format(name),
            parent,
        )
        self.username = QLineEdit(objectName="username")
        self.password = self._password_field()
        self.password.setObjectName("password")
        self.form.addRow(self.tr("&Nama pengguna:"), self.username)
        self.form.addRow(self.tr("&Kata sandi:"), self.password)
        self.ok_button.setText(self.tr("Masuk"))
        self.username.setFocus()

    def submit(self) -> tuple[Database, Actor]:
        try:
            return sign_in(self.location, self.username.text(), self.password.text())
        finally:
            self.password.clear()
            self.password.setFocus()


class NewAdministratorDialog(_AccountDialog):
    """The first administrator of a database: a new one (created encrypted), or a plain one without
    users (encrypted in place, after a verified backup, unless the user unticks it)."""

    def __init__(
        self, location: str | Path, *, database: Database | None = None, parent: QWidget | None = None
    ) -> None:
        self.location = location
        self.plain_database = database  # an existing plain database; None: create a new one
        name = Path(str(location)).name
        if database is None:
            heading = self.tr("Database baru")
            text = self.tr(
                "Buat administrator pertama untuk {0}. Database dienkripsi: tanpa kata sandi pengguna, "
                "isinya tidak dapat dibaca, juga bila laptop hilang."
            ).format(name)
        else:
            heading = self.tr("Amankan database ini")
            text = self.tr(
                "Database {0} belum terenkripsi dan belum memiliki pengguna: siapa pun yang memegang berkasnya "
                "dapat membacanya. Buat administrator, lalu database dienkripsi di tempat (salinan cadangan "
                "dibuat dan diperiksa lebih dulu)."
            ).format(name)
        super().__init__(self.tr("Administrator — Talenta Desktop"), heading, text, parent)
        self.username = QLineEdit(objectName="username")
        self.username.setPlaceholderText(self.tr("mis. admin.bkpsdm"))
        self.full_name = QLineEdit(objectName="fullName")
        self.password = self._password_field()
        self.password.setObjectName("password")
        self.password.setPlaceholderText(self.tr("minimal {0} karakter").format(MIN_PASSWORD_LENGTH))
        self.repeat = self._password_field()
        self.repeat.setObjectName("repeat")
        self.form.addRow(self.tr("&Nama pengguna:"), self.username)
        self.form.addRow(self.tr("Nama &lengkap:"), self.full_name)
        self.form.addRow(self.tr("&Kata sandi:"), self.password)
        self.form.addRow(self.tr("&Ulangi kata sandi:"), self.repeat)
        key_name = key_file_path(Path(str(location))).name
        hint = QLabel(
            self.tr(
                "Kunci database disimpan di berkas {0} di samping database. Simpan berkas itu bersama database "
                "dan cadangannya; kata sandi yang terlupa hanya dapat diganti oleh administrator lain."
            ).format(key_name),
            wordWrap=True,
            objectName="hint",
        )
        self.extra.addWidget(hint)
        self.ok_button.setText(self.tr("Buat administrator"))
        if database is not None:  # declining leaves the database as it was, opened by the local user
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Nanti saja"))

    def submit(self) -> tuple[Database, Actor]:
        if self.password.text() != self.repeat.text():
            raise UserError(self.tr("Kedua kata sandi tidak sama."))
        username, full_name = self.username.text(), self.full_name.text()
        if self.plain_database is None:
            return create_encrypted_database(self.location, username, full_name, self.password.text())
        try:
            database = encrypt_database(
                self.plain_database, Actor.local(), username, full_name, self.password.text()
            )
        except BackupError as exc:
            raise UserError(message_of(exc)) from exc
        return database, Actor(username.strip().lower(), "administrator")
