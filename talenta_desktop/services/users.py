"""Local users: signing in, the first administrator, adding, disabling and new passwords, and encrypting
a plain database in place.

A user is a row of `app_user` (name, role, active) and — on an encrypted database — a key slot in the key
file beside it (models.encryption), which is both the password check and the way in. On a plain database
(the demo, or one made before encryption) the row's scrypt verifier checks the password instead; a plain
database with no users is opened by whoever runs the app, as the local administrator.

These functions take the Database, not a session: a change of users touches the database and its key
file together. The key file is written last inside the transaction, so a failure of either leaves both
as they were; the one gap (a crash between the key file's rename and the commit) leaves a slot without a
user row, which signs nobody in.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP, MessageError
from talenta_desktop.models import User
from talenta_desktop.models.auth import ROLES
from talenta_desktop.models.db import (
    Database,
    DatabaseError,
    connect_file,
    database_url,
    driver_errors,
    export_encrypted,
    open_database,
    sqlite_path,
)
from talenta_desktop.models.encryption import (
    WRONG,
    Attempts,
    KeySlots,
    WrongPassword,
    check_password,
    hash_password,
    is_encrypted,
    key_file_path,
    new_database_key,
)

from .actor import SYSTEM, Actor
from .audit import record
from .permissions import ROLE_LABELS, Permission, require

log = logging.getLogger(__name__)

MIN_PASSWORD_LENGTH = 8
USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,59}$")


class UserError(MessageError, ValueError):
    """A user change that cannot be made as asked; the message is for the user."""


@dataclass(frozen=True)
class UserInfo:
    username: str
    full_name: str
    role: str
    active: bool
    nip: str | None
    created_at: datetime

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)


def check_new_password(password: str, username: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(
            QT_TRANSLATE_NOOP("services.users", "Kata sandi minimal {length} karakter."),
            length=MIN_PASSWORD_LENGTH,
        )
    if password.strip().lower() == username.lower():
        raise UserError(
            QT_TRANSLATE_NOOP("services.users", "Kata sandi tidak boleh sama dengan nama pengguna.")
        )


def _check_username(username: str) -> str:
    name = username.strip().lower()
    if not USERNAME.match(name):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "services.users",
                "Nama pengguna '{username}' tidak valid: 2–60 huruf kecil, angka, titik, garis bawah "
                "atau tanda hubung, diawali huruf atau angka.",
            ),
            username=username,
        )
    return name


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise UserError(
            QT_TRANSLATE_NOOP("services.users", "Peran '{role}' tidak dikenal; pilih salah satu: {roles}."),
            role=role,
            roles=", ".join(ROLES),
        )
    return role


def _info(row: User) -> UserInfo:
    return UserInfo(row.username, row.full_name, row.role, row.active, row.nip, row.created_at)


def list_users(session: Session) -> list[UserInfo]:
    return [_info(row) for row in session.scalars(select(User).order_by(User.username))]


def has_users(session: Session) -> bool:
    return bool(session.scalar(select(func.count()).select_from(User)))


def _row(session: Session, username: str) -> User:
    row = session.scalar(select(User).where(User.username == username))
    if row is None:
        raise UserError(
            QT_TRANSLATE_NOOP("services.users", "Pengguna '{username}' tidak ada."), username=username
        )
    return row


# -- signing in -------------------------------------------------------------------------------------------


def is_encrypted_database(location: str | Path) -> bool:
    """Whether the database is an encrypted file with its key file: one that only a user can open."""
    path = sqlite_path(database_url(location))
    return path is not None and is_encrypted(path) and key_file_path(path).is_file()


def needs_sign_in(location: str | Path) -> bool:
    """Whether opening this database asks for a user: encrypted, or plain with users set up."""
    path = sqlite_path(database_url(location))
    if path is None or not path.is_file():
        return False
    if is_encrypted(path):
        return is_encrypted_database(path)  # without its key file it is no database to sign in to
    db = open_database(path, create=False, migrate=False)
    try:
        with db.session() as session:
            return has_users(session)
    except DatabaseError:
        return False
    finally:
        db.dispose()


def sign_in(location: str | Path, username: str, password: str) -> tuple[Database, Actor]:
    """Open the database as this user, or raise SignInError (wrong password, locked, unknown user,
    missing key file) — the message is for the user. The sign-in is recorded in the audit log."""
    username = username.strip().lower()
    path = sqlite_path(database_url(location))
    if path is not None and is_encrypted(path):
        key = KeySlots.load(path).open(username, password)
        db = open_database(path, create=False, key=key)
    else:
        db = open_database(location, create=False)
        try:
            _check_plain_password(db, username, password)
        except BaseException:
            db.dispose()
            raise
    try:
        with db.transaction() as session:
            row = session.scalar(select(User).where(User.username == username))
            if row is None or not row.active:
                if row is None:
                    raise WrongPassword(WRONG)
                raise WrongPassword(
                    QT_TRANSLATE_NOOP("services.users", "Pengguna {username} dinonaktifkan."),
                    username=username,
                )
            actor = Actor(row.username, row.role)
            record(session, actor, "user.login", entity="user", entity_id=row.username)
    except BaseException:
        db.dispose()
        raise
    return db, actor


def _check_plain_password(db: Database, username: str, password: str) -> None:
    """A plain database's password check, with the lockout counted in the user row (and audited)."""
    now = datetime.now(UTC)
    with db.transaction() as session:
        row = session.scalar(select(User).where(User.username == username))
        if row is None or not row.active or row.password_hash is None:
            raise WrongPassword(WRONG)
        attempts = Attempts(username, row.failed_logins, row.locked_until)
        attempts.check(now)
        if check_password(password, row.password_hash):
            row.failed_logins, row.locked_until = 0, None
            return
    with db.transaction() as session:  # the failure is kept although the sign-in fails
        row = _row(session, username)
        error = attempts.fail(now)
        row.failed_logins, row.locked_until = attempts.failed, attempts.locked_until
        record(session, SYSTEM, "user.login_failed", entity="user", entity_id=username,
               after={"failed": attempts.failed, "locked_until": attempts.locked_until})  # fmt: skip
    raise error


# -- users ------------------------------------------------------------------------------------------------


def add_user(
    db: Database,
    actor: Actor,
    username: str,
    full_name: str,
    role: str,
    password: str,
    *,
    nip: str | None = None,
) -> UserInfo:
    """A new user who can sign in with this password. The first user of a database must be an
    administrator (whoever sets it up); after that only administrators add users."""
    username, role = _check_username(username), _check_role(role)
    check_new_password(password, username)
    full_name = full_name.strip() or username
    with db.transaction() as session:
        if session.scalar(select(User).where(User.username == username)) is not None:
            raise UserError(
                QT_TRANSLATE_NOOP("services.users", "Pengguna '{username}' sudah ada."), username=username
            )
        if not has_users(session) and role != "administrator":
            raise UserError(QT_TRANSLATE_NOOP("services.users", "Pengguna pertama harus administrator."))
        row = User(username=username, full_name=full_name, role=role, nip=nip, active=True)
        session.add(row)
        session.flush()
        record(session, actor, "user.add", entity="user", entity_id=username,
               after={"full_name": full_name, "role": role})  # fmt: skip
        _set_verifier(db, session, row, password)
        return _info(row)


def _set_verifier(db: Database, session: Session, row: User, password: str) -> None:
    """The password's verifier: a key slot of an encrypted database (saved last, in the transaction),
    or the row's scrypt hash of a plain one."""
    if db.key is None:
        row.password_hash = hash_password(password)
        return
    row.password_hash = None
    slots = KeySlots.load(db.path)
    slots.put(row.username, password, db.key)
    slots.save()


def set_password(db: Database, actor: Actor, username: str, password: str) -> None:
    """A new password: one's own, or any user's by an administrator (a reset). A reset also unlocks."""
    check_new_password(password, username)
    with db.transaction() as session:
        row = _row(session, username)
        if not row.active:
            raise UserError(
                QT_TRANSLATE_NOOP("services.users", "Pengguna {username} dinonaktifkan; aktifkan dahulu."),
                username=username,
            )
        record(session, actor, "user.password", entity="user", entity_id=username)
        row.failed_logins, row.locked_until = 0, None
        _set_verifier(db, session, row, password)


def set_active(
    db: Database, actor: Actor, username: str, active: bool, *, password: str | None = None
) -> None:
    """Disable a user (their key slot is removed: they cannot open the database any more) or enable one
    again with a new password. The last active administrator cannot be disabled."""
    with db.transaction() as session:
        row = _row(session, username)
        # the role is checked (by the log) before anything about the accounts is told
        record(session, actor, "user.enable" if active else "user.disable", entity="user", entity_id=username)
        if not active and row.role == "administrator" and row.active:
            admins = session.scalar(
                select(func.count()).select_from(User).where(User.role == "administrator", User.active)
            )
            if admins <= 1:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "services.users", "Administrator terakhir yang aktif tidak dapat dinonaktifkan."
                    )
                )
        if active and password is None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "services.users", "Mengaktifkan pengguna kembali memerlukan kata sandi baru."
                )
            )
        row.active = active
        if active:
            check_new_password(password, username)
            _set_verifier(db, session, row, password)
        elif db.key is not None:
            slots = KeySlots.load(db.path)
            slots.remove(username)
            slots.save()
        else:
            row.password_hash = None


def set_role(db: Database, actor: Actor, username: str, role: str) -> None:
    role = _check_role(role)
    with db.transaction() as session:
        row = _row(session, username)
        record(session, actor, "user.role", entity="user", entity_id=username,
               before={"role": row.role}, after={"role": role})  # fmt: skip
        if row.role == "administrator" and row.active and role != "administrator":
            admins = session.scalar(
                select(func.count()).select_from(User).where(User.role == "administrator", User.active)
            )
            if admins <= 1:
                raise UserError(
                    QT_TRANSLATE_NOOP("services.users", "Administrator terakhir tidak dapat diubah perannya.")
                )
        row.role = role


# -- encryption -------------------------------------------------------------------------------------------


def create_encrypted_database(
    location: str | Path, username: str, full_name: str, password: str
) -> tuple[Database, Actor]:
    """A new encrypted database with its first administrator (`talenta init --encrypt`, first run)."""
    path = sqlite_path(database_url(location))
    if path is None:
        raise UserError(QT_TRANSLATE_NOOP("services.users", "Enkripsi hanya untuk database berkas SQLite."))
    if path.exists() and path.stat().st_size > 0:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "services.users", "{path} sudah ada; untuk mengenkripsinya gunakan `talenta encrypt`."
            ),
            path=path,
        )
    username = _check_username(username)
    check_new_password(password, username)
    key = new_database_key()
    path.parent.mkdir(parents=True, exist_ok=True)  # like open_database does for a new plain database
    KeySlots.create(path).save()  # empty: add_user below gives the administrator the first slot
    try:
        db = open_database(path, key=key)
        actor = Actor(username, "administrator")
        add_user(db, actor, username, full_name, "administrator", password)
    except BaseException:
        path.unlink(missing_ok=True)
        key_file_path(path).unlink(missing_ok=True)
        raise
    return db, actor


def encrypt_database(db: Database, actor: Actor, username: str, full_name: str, password: str) -> Database:
    """Encrypt a plain database in place, with a verified backup first; return it reopened encrypted.

    `username` becomes (or stays) an administrator with this password. Other users of the plain database
    keep their accounts but need a new password from an administrator (their passwords are not known
    here, so no key slot can be made for them).

    The encrypted copy is made beside the database, checked, given its key file, and renamed over the
    plain file in one step: a failure at any point leaves the plain database as it was.
    """
    from .backups import backup_database  # backups import this module's siblings; avoid a cycle

    require(actor, Permission.USERS_MANAGE)
    path = db.path
    if path is None or db.key is not None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "services.users", "Hanya database berkas SQLite yang belum terenkripsi yang dapat dienkripsi."
            )
        )
    username = _check_username(username)
    check_new_password(password, username)
    backup = backup_database(db, actor, "sebelum-enkripsi")
    key = new_database_key()
    staged = path.with_name(path.name + ".enkripsi")
    staged_keys = key_file_path(staged)
    staged.unlink(missing_ok=True)
    db.dispose()
    try:
        plain = connect_file(path, None)
        try:
            plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            plain.close()
        export_encrypted(path, staged, key)
        slots = KeySlots.create(staged)
        slots.put(username, password, key)
        slots.save()
        encrypted = open_database(staged, create=False, key=key)
        try:
            _make_administrator(encrypted, actor, username, full_name, password, backup.path)
        finally:
            encrypted.dispose()
        slots.save(key_file_path(path))
        try:
            staged.replace(path)  # the one step that makes the database encrypted
        except OSError:
            key_file_path(path).unlink(missing_ok=True)  # no key file beside a database that stayed plain
            raise
    except (OSError, *driver_errors()) as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "services.users", "Enkripsi gagal ({exc}); database tetap tidak terenkripsi seperti semula."
            ),
            exc=exc,
        ) from exc
    finally:
        staged.unlink(missing_ok=True)
        staged_keys.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm"):
            staged.with_name(staged.name + suffix).unlink(missing_ok=True)
    encrypted = open_database(path, create=False, key=key)
    _encrypt_backups(encrypted)
    return encrypted


def _encrypt_backups(db: Database) -> None:
    """The automatic copies beside a database that was just encrypted are plain copies of the same
    personal data: encrypt them with the database's key too, each through a checked sibling file."""
    from .backups import list_backups

    for backup in list_backups(db):
        if is_encrypted(backup.path):
            continue
        staged = backup.path.with_name(backup.path.name + ".enkripsi")
        try:
            export_encrypted(backup.path, staged, db.key)
            staged.replace(backup.path)
        except (OSError, DatabaseError, *driver_errors()) as exc:
            log.warning("backup %s stays unencrypted: %s", backup.path, exc)
        finally:
            staged.unlink(missing_ok=True)


def _make_administrator(
    db: Database, actor: Actor, username: str, full_name: str, password: str, backup: Path
) -> None:
    with db.transaction() as session:
        record(session, actor, "database.encrypt", entity="database", after={"backup": str(backup)})
        row = session.scalar(select(User).where(User.username == username))
        if row is None:
            row = User(username=username, full_name=full_name.strip() or username, role="administrator")
            session.add(row)
            session.flush()
            record(session, actor, "user.add", entity="user", entity_id=username,
                   after={"full_name": row.full_name, "role": "administrator"})  # fmt: skip
        row.role, row.active, row.failed_logins, row.locked_until = "administrator", True, 0, None
        for other in session.scalars(select(User)):
            other.password_hash = None  # the key slot is the only verifier now
