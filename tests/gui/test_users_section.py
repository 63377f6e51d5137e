"""Signing in, the first administrator, and Pengaturan › Pengguna, driven through the real widgets."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from talenta_desktop import app as app_module
from talenta_desktop.models import encryption
from talenta_desktop.models.auth import ROLES
from talenta_desktop.models.db import DatabaseError, backup_sqlite, open_database
from talenta_desktop.services import users
from talenta_desktop.services.actor import Actor
from talenta_desktop.services.audit import verify_database
from talenta_desktop.services.overview import person_count
from talenta_desktop.services.workspace import Workspace
from talenta_desktop.ui.main_window import MainWindow
from talenta_desktop.ui.settings.users_section import AddUserDialog, PasswordDialog, UsersSection
from talenta_desktop.ui.sign_in import NewAdministratorDialog, SignInDialog

PASSWORD = "rahasia-123"


@pytest.fixture(autouse=True)
def _cheap_scrypt(monkeypatch):
    monkeypatch.setattr(encryption, "SCRYPT_N", 2**10)


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    path = tmp_path / "aman.sqlite"
    db, admin = users.create_encrypted_database(path, "admin", "Admin BKPSDM", PASSWORD)
    users.add_user(db, admin, "sari", "Sari Operator", "operator", "sari-12345")
    db.dispose()
    return path


def test_sign_in_dialog_opens_with_the_right_password_and_says_why_not(qtbot, encrypted):
    dialog = SignInDialog(encrypted)
    qtbot.addWidget(dialog)
    dialog.username.setText("sari")
    dialog.password.setText("salah-sekali")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "kata sandi salah" in dialog.error.text() and "4 kali" in dialog.error.text()
    assert dialog.password.text() == ""  # a wrong password is not left in the field

    dialog.password.setText("sari-12345")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor == Actor("sari", "operator")
    assert dialog.database.encrypted
    dialog.database.dispose()


def test_first_run_creates_an_encrypted_database_with_its_administrator(qtbot, tmp_path):
    path = tmp_path / "baru.sqlite"
    dialog = NewAdministratorDialog(path)
    qtbot.addWidget(dialog)
    dialog.username.setText("Admin.BKPSDM")
    dialog.full_name.setText("Admin BKPSDM")
    dialog.password.setText(PASSWORD)
    dialog.repeat.setText("lain-lagi-1")
    dialog.accept()
    assert "tidak sama" in dialog.error.text() and not path.exists()

    dialog.repeat.setText(PASSWORD)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor == Actor("admin.bkpsdm", "administrator")
    dialog.database.dispose()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT count(*) FROM sqlite_master").fetchone()
    db, actor = users.sign_in(path, "admin.bkpsdm", PASSWORD)
    assert actor.role == "administrator"
    db.dispose()


def test_securing_a_plain_database_encrypts_it_in_place(qtbot, demo_db, monkeypatch):
    with demo_db.session() as session:
        people = person_count(session)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    window = MainWindow(Workspace(db=demo_db, actor=Actor.local()))
    qtbot.addWidget(window)
    assert "[tidak terenkripsi]" in window.windowTitle()
    section = window.show_page("settings").show_section("users")
    assert section.encrypt_button.isVisibleTo(section) and not section.add_button.isEnabled()

    def fill_and_accept(dialog_self):
        dialog_self.username.setText("admin")
        dialog_self.full_name.setText("Admin")
        dialog_self.password.setText(PASSWORD)
        dialog_self.repeat.setText(PASSWORD)
        NewAdministratorDialog.accept(dialog_self)
        return dialog_self.result()

    monkeypatch.setattr(NewAdministratorDialog, "exec", fill_and_accept)
    section.encrypt()
    workspace = window.workspace
    assert workspace.db.encrypted and workspace.actor == Actor("admin", "administrator")
    assert "[tidak terenkripsi]" not in window.windowTitle()
    assert window.user_label.text() == "admin · Administrator"
    assert not section.encrypt_button.isVisibleTo(section) and section.add_button.isEnabled()
    assert workspace.read(person_count) == people  # the same data, now encrypted
    assert workspace.read(verify_database).ok
    workspace.db.dispose()
    with pytest.raises(DatabaseError):
        open_database(demo_db.path, create=False)


def test_an_administrator_adds_resets_and_disables_users(qtbot, qtmodeltester, encrypted, monkeypatch):
    db, admin = users.sign_in(encrypted, "admin", PASSWORD)
    section = UsersSection(Workspace(db=db, actor=admin))
    qtbot.addWidget(section)
    qtmodeltester.check(section.model)
    assert [u.username for u in section.model.rows] == ["admin", "sari"]

    add = AddUserDialog(section.workspace, section)
    qtbot.addWidget(add)
    add.username.setText("budi")
    add.full_name.setText("Budi Komite")
    add.role.setCurrentIndex(ROLES.index("komite"))
    add.passwords.password.setText("pendek")
    add.passwords.repeat.setText("pendek")
    add.accept()
    assert "minimal 8" in add.messages.text()
    add.passwords.password.setText("budi-12345")
    add.passwords.repeat.setText("budi-12345")
    add.accept()
    assert add.result() == QDialog.DialogCode.Accepted
    section.reload()
    assert [(u.username, u.role) for u in section.model.rows][1] == ("budi", "komite")
    users.sign_in(encrypted, "budi", "budi-12345")[0].dispose()

    section.table.selectRow(1)  # budi, sorted by name
    assert section.selected().username == "budi"
    monkeypatch.setattr("talenta_desktop.ui.settings.users_section.ask", lambda *a: True)
    section.toggle_active()
    assert "dinonaktifkan" in section.message.text()
    with pytest.raises(encryption.SignInError):
        users.sign_in(encrypted, "budi", "budi-12345")
    users.sign_in(encrypted, "sari", "sari-12345")[0].dispose()  # the others still open it
    db.dispose()


def test_everyone_changes_their_own_password_and_only_that(qtbot, encrypted):
    db, sari = users.sign_in(encrypted, "sari", "sari-12345")
    section = UsersSection(Workspace(db=db, actor=sari))
    qtbot.addWidget(section)
    assert section.own_button.isVisibleTo(section)
    assert not section.add_button.isVisibleTo(section) and not section.reset_button.isVisibleTo(section)

    own = PasswordDialog(section.workspace, "sari", parent=section)
    qtbot.addWidget(own)
    own.passwords.password.setText("sari-baru-1")
    own.passwords.repeat.setText("sari-baru-1")
    own.accept()
    assert own.result() == QDialog.DialogCode.Accepted

    other = PasswordDialog(section.workspace, "admin", parent=section)  # the service refuses, in place
    qtbot.addWidget(other)
    other.passwords.password.setText("diambil-alih")
    other.passwords.repeat.setText("diambil-alih")
    other.accept()
    assert other.result() != QDialog.DialogCode.Accepted and "tidak berwenang" in other.messages.text()
    db.dispose()
    users.sign_in(encrypted, "sari", "sari-baru-1")[0].dispose()
    users.sign_in(encrypted, "admin", PASSWORD)[0].dispose()


def test_screenshots_of_a_database_with_users_do_not_wait_for_a_sign_in(encrypted, tmp_path, capsys):
    assert app_module.run(["--db", str(encrypted), "--screenshots", str(tmp_path / "shots")]) == 1
    assert "memerlukan masuk" in capsys.readouterr().err


def test_the_demo_says_it_is_not_encrypted(qtbot, demo_db):
    window = MainWindow(Workspace(db=demo_db, actor=Actor.local(), is_demo=True))
    qtbot.addWidget(window)
    assert "[DEMO, tidak terenkripsi]" in window.windowTitle()
    section = window.show_page("settings").show_section("users")
    assert "demo" in section.security.text().lower()
    assert not section.add_button.isVisibleTo(section) and not section.encrypt_button.isVisibleTo(section)


def test_a_backup_copy_keeps_the_plain_file_format_for_the_migration_backup(tmp_path, demo_db):
    # backup_sqlite writes a self-contained copy (no -wal beside it), encrypted or not
    copy = backup_sqlite(demo_db.path, tmp_path / "salinan.sqlite")
    assert not (tmp_path / "salinan.sqlite-wal").exists()
    assert sqlite3.connect(copy).execute("PRAGMA journal_mode").fetchone()[0] == "delete"
