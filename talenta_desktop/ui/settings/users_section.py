"""Pengaturan › Pengguna: who can open this database, with which role, and whether it is encrypted.

Administrators add users, reset passwords, change roles and disable accounts; everyone can change their
own password. On a plain database an administrator can set up the first account and encrypt it in
place. All of it goes through services.users; the services refuse what a role may not do, and this page
only hides it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from talenta_desktop.models.auth import ROLES
from talenta_desktop.models.encryption import key_file_path
from talenta_desktop.services.permissions import ROLE_PERMISSIONS, Permission, PermissionDenied
from talenta_desktop.services.users import (
    MIN_PASSWORD_LENGTH,
    UserError,
    UserInfo,
    add_user,
    list_users,
    set_active,
    set_password,
    set_role,
)
from talenta_desktop.services.workspace import Workspace
from talenta_desktop.ui import palette
from talenta_desktop.ui.forms import ServiceDialog, ask, hint, say
from talenta_desktop.ui.messages import user_text
from talenta_desktop.ui.models.rows import RowsModel
from talenta_desktop.ui.permissions import role_text
from talenta_desktop.ui.sign_in import NewAdministratorDialog
from talenta_desktop.ui.tables import say_when_empty

CONTEXT = "UsersSection"


@dataclass(frozen=True)
class _Column:
    header: str
    value: Any


class UsersModel(RowsModel):
    context = CONTEXT
    columns = (
        _Column(QT_TRANSLATE_NOOP("UsersSection", "Nama pengguna"), lambda u: u.username),
        _Column(QT_TRANSLATE_NOOP("UsersSection", "Nama lengkap"), lambda u: u.full_name),
        _Column(QT_TRANSLATE_NOOP("UsersSection", "Peran"), lambda u: role_text(u.role)),
        _Column(
            QT_TRANSLATE_NOOP("UsersSection", "Status"),
            lambda u: (
                QCoreApplication.translate("UsersSection", "Aktif")
                if u.active
                else QCoreApplication.translate("UsersSection", "Nonaktif")
            ),
        ),
    )

    def extra(self, row: UserInfo, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QColor(palette.TEXT_MUTED)
        return None


class _PasswordFields:
    """A new password, typed twice."""

    def __init__(self, dialog: ServiceDialog, label: str) -> None:
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password, objectName="password")
        self.password.setPlaceholderText(
            QCoreApplication.translate("UsersSection", "minimal {0} karakter").format(MIN_PASSWORD_LENGTH)
        )
        self.repeat = QLineEdit(echoMode=QLineEdit.EchoMode.Password, objectName="repeat")
        dialog.form.addRow(label, self.password)
        dialog.form.addRow(QCoreApplication.translate("UsersSection", "&Ulangi kata sandi:"), self.repeat)

    def value(self) -> str:
        if self.password.text() != self.repeat.text():
            raise UserError(QCoreApplication.translate("UsersSection", "Kedua kata sandi tidak sama."))
        return self.password.text()


class AddUserDialog(ServiceDialog):
    refusals = (UserError,)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setWindowTitle(self.tr("Tambah pengguna"))
        self.username = QLineEdit(objectName="username")
        self.username.setPlaceholderText(self.tr("mis. sari.operator"))
        self.full_name = QLineEdit(objectName="fullName")
        self.nip = QLineEdit(objectName="nip")
        self.nip.setPlaceholderText(self.tr("bila pengguna seorang ASN"))
        self.role = QComboBox(objectName="role")
        for role in ROLES:
            self.role.addItem(role_text(role), role)
        self.role.setCurrentIndex(ROLES.index("operator"))
        self.form.addRow(self.tr("&Nama pengguna:"), self.username)
        self.form.addRow(self.tr("Nama &lengkap:"), self.full_name)
        self.form.addRow(self.tr("NI&P:"), self.nip)
        self.form.addRow(self.tr("&Peran:"), self.role)
        self.passwords = _PasswordFields(self, self.tr("&Kata sandi:"))
        self.finish(
            self.tr("Tambah"),
            hint(
                self.tr(
                    "Sampaikan kata sandi kepada pengguna secara langsung; ia dapat menggantinya sendiri "
                    "di halaman ini setelah masuk."
                )
            ),
        )

    def submit(self) -> UserInfo:
        nip = self.nip.text().replace(" ", "") or None
        return add_user(
            self.workspace.db, self.workspace.actor, self.username.text(), self.full_name.text(),
            self.role.currentData(), self.passwords.value(), nip=nip,
        )  # fmt: skip


class PasswordDialog(ServiceDialog):
    """A new password for a user: one's own, a reset by an administrator, or enabling an account."""

    refusals = (UserError,)

    def __init__(self, workspace: Workspace, username: str, *, enable: bool = False, parent=None) -> None:
        super().__init__(workspace, parent)
        self.username, self.enable = username, enable
        if enable:
            self.setWindowTitle(self.tr("Aktifkan {0}").format(username))
        elif username == workspace.actor.username:
            self.setWindowTitle(self.tr("Ganti kata sandi saya"))
        else:
            self.setWindowTitle(self.tr("Atur ulang kata sandi {0}").format(username))
        self.passwords = _PasswordFields(self, self.tr("Kata sandi &baru:"))
        self.finish(self.tr("Aktifkan") if enable else self.tr("Simpan"))

    def submit(self) -> None:
        password = self.passwords.value()
        if self.enable:
            set_active(self.workspace.db, self.workspace.actor, self.username, True, password=password)
        else:
            set_password(self.workspace.db, self.workspace.actor, self.username, password)


class RoleDialog(ServiceDialog):
    refusals = (UserError,)

    def __init__(self, workspace: Workspace, user: UserInfo, parent=None) -> None:
        super().__init__(workspace, parent)
        self.user = user
        self.setWindowTitle(self.tr("Peran {0}").format(user.username))
        self.role = QComboBox(objectName="role")
        for role in ROLES:
            self.role.addItem(role_text(role), role)
        self.role.setCurrentIndex(ROLES.index(user.role))
        self.form.addRow(self.tr("&Peran:"), self.role)
        self.finish(self.tr("Simpan"))

    def submit(self) -> None:
        set_role(self.workspace.db, self.workspace.actor, self.user.username, self.role.currentData())


class UsersSection(QWidget):
    """The users of this database and its encryption. Emits `changed` after any change, and
    `database_replaced` after the database was encrypted in place (the window must be rebuilt on it)."""

    changed = Signal()
    database_replaced = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.security = QLabel(objectName="securityStatus", wordWrap=True)
        self.encrypt_button = QPushButton(self.tr("&Amankan dan enkripsi…"), objectName="encrypt")
        self.encrypt_button.clicked.connect(self.encrypt)

        self.model = UsersModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(objectName="usersTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        say_when_empty(self.table, self.tr("Belum ada pengguna di database ini."))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.change_role())

        self.add_button = QPushButton(self.tr("&Tambah pengguna…"), objectName="addUser")
        self.reset_button = QPushButton(self.tr("Atur ulang kata &sandi…"), objectName="resetPassword")
        self.role_button = QPushButton(self.tr("Ubah &peran…"), objectName="changeRole")
        self.toggle_button = QPushButton(self.tr("&Nonaktifkan"), objectName="toggleActive")
        self.own_button = QPushButton(self.tr("&Ganti kata sandi saya…"), objectName="ownPassword")
        self.add_button.clicked.connect(self.add)
        self.reset_button.clicked.connect(self.reset_password)
        self.role_button.clicked.connect(self.change_role)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.own_button.clicked.connect(self.change_own_password)
        self.message = QLabel(objectName="usersMessage", wordWrap=True)

        actions = QHBoxLayout()
        for button in (self.add_button, self.reset_button, self.role_button, self.toggle_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.own_button)
        security_row = QHBoxLayout()
        security_row.addWidget(self.security, 1)
        security_row.addWidget(self.encrypt_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.addLayout(security_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self._matrix_hint())
        self.reload()

    def _matrix_hint(self) -> QLabel:
        """What each role may do, from the same matrix the services enforce."""
        lines = []
        for role in ROLES:
            allowed = ROLE_PERMISSIONS[role]
            if allowed == frozenset(Permission):
                what = self.tr("semua, termasuk pengguna, log audit, pemulihan dan retensi data")
            elif not allowed:
                what = self.tr("melihat data (tanpa hukuman disiplin); tidak mengubah dan tidak mengekspor")
            elif Permission.PERSONNEL_EDIT in allowed:
                what = self.tr(
                    "pekerjaan sehari-hari: impor, pemetaan, rapat, pengembangan, suksesi, laporan"
                )
            else:
                what = self.tr("melihat, mengkalibrasi dalam rapat, dan membuat laporan")
            lines.append(f"<b>{role_text(role)}</b>: {what}")
        label = QLabel("<br>".join(lines), objectName="rolesHint", wordWrap=True)
        label.setTextFormat(Qt.TextFormat.RichText)
        return label

    # -- state ------------------------------------------------------------------------------------------

    def reload(self) -> None:
        self.model.set_rows(self.workspace.read(list_users))
        db = self.workspace.db
        can_manage = self.workspace.can(Permission.USERS_MANAGE)
        if self.workspace.is_demo:
            text = self.tr("Database demo: tidak terenkripsi dan tanpa pengguna, karena datanya rekaan.")
        elif db.encrypted:
            text = self.tr(
                "Database terenkripsi (SQLCipher). Kuncinya disimpan per pengguna di berkas {0} di samping "
                "database: simpan berkas itu bersama database dan cadangannya."
            ).format(key_file_path(db.path).name)
        elif db.path is not None:
            text = self.tr(
                "Database ini belum terenkripsi: siapa pun yang memegang berkasnya dapat membacanya. "
                "Administrator dapat membuat akun pertama dan mengenkripsinya."
            )
        else:
            text = self.tr("Database server: keamanannya diatur di server basis data.")
        self.security.setText(text)
        plain_file = db.path is not None and not db.encrypted and not self.workspace.is_demo
        self.encrypt_button.setVisible(plain_file and can_manage and not self.model.rows)
        # Users of a plain database would be theatre: accounts come with encryption.
        self.add_button.setVisible(can_manage and not self.workspace.is_demo)
        self.add_button.setEnabled(db.encrypted or bool(self.model.rows))
        for button in (self.reset_button, self.role_button, self.toggle_button):
            button.setVisible(can_manage and not self.workspace.is_demo)
        known = any(u.username == self.workspace.actor.username for u in self.model.rows)
        self.own_button.setVisible(known)
        self._update_buttons()

    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.rows[self.proxy.mapToSource(rows[0]).row()]

    def _update_buttons(self) -> None:
        user = self.selected()
        for button in (self.reset_button, self.role_button, self.toggle_button):
            button.setEnabled(user is not None)
        if user is not None:
            self.toggle_button.setText(self.tr("&Nonaktifkan") if user.active else self.tr("&Aktifkan…"))
            self.reset_button.setEnabled(user.active)

    def _done(self, message: str) -> None:
        self.reload()
        say(self.message, message, "ok")
        self.changed.emit()

    # -- actions ----------------------------------------------------------------------------------------

    def add(self) -> None:
        dialog = AddUserDialog(self.workspace, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            user = dialog.result_value
            self._done(self.tr("Pengguna {0} ({1}) ditambahkan.").format(user.username, role_text(user.role)))

    def reset_password(self) -> None:
        user = self.selected()
        if user is not None and PasswordDialog(self.workspace, user.username, parent=self).exec():
            self._done(self.tr("Kata sandi {0} diganti.").format(user.username))

    def change_own_password(self) -> None:
        if PasswordDialog(self.workspace, self.workspace.actor.username, parent=self).exec():
            self._done(self.tr("Kata sandi Anda diganti."))

    def change_role(self) -> None:
        user = self.selected()
        if user is None or not self.role_button.isVisible():
            return
        if RoleDialog(self.workspace, user, self).exec():
            self._done(self.tr("Peran {0} diubah.").format(user.username))

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        if not user.active:
            if PasswordDialog(self.workspace, user.username, enable=True, parent=self).exec():
                self._done(self.tr("Pengguna {0} diaktifkan kembali.").format(user.username))
            return
        if not ask(
            self,
            self.tr("Nonaktifkan pengguna"),
            self.tr(
                "Nonaktifkan {0}? Ia tidak dapat membuka database lagi; catatan dan keputusannya tetap ada."
            ).format(user.username),
            self.tr("Nonaktifkan"),
            self.tr("Batal"),
        ):
            return
        try:
            set_active(self.workspace.db, self.workspace.actor, user.username, False)
        except (UserError, PermissionDenied) as exc:
            say(self.message, user_text(exc), "error")
            return
        self._done(self.tr("Pengguna {0} dinonaktifkan.").format(user.username))

    def encrypt(self) -> None:
        """Set up the first administrator and encrypt this plain database in place."""
        db = self.workspace.db
        dialog = NewAdministratorDialog(db.path, database=db, parent=self)
        if not dialog.exec():
            return
        self.workspace.db, self.workspace.actor = dialog.database, dialog.actor
        self.reload()
        say(
            self.message,
            self.tr("Database dienkripsi. Anda kini masuk sebagai {0} (Administrator).").format(
                dialog.actor.username
            ),
            "ok",
        )
        self.database_replaced.emit()
