"""Encryption at rest (issue "Trust", part 1), done when: an encrypted database is unreadable to plain
sqlite3, opens with a valid user's password, refuses a wrong one with a clear message, and survives adding
and removing users. Also: encrypting a plain database in place (a verified backup first, all or nothing),
a missing key file, backups and restores of an encrypted database, and the last administrator."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, update

from talenta_desktop.models import AuditEvent, Person, User, encryption
from talenta_desktop.models.db import (
    Database,
    DatabaseError,
    EncryptedDatabaseError,
    backup_sqlite,
    connect_file,
    open_database,
)
from talenta_desktop.models.encryption import (
    KeyFileError,
    KeySlots,
    LockedOut,
    WrongPassword,
    is_encrypted,
    key_file_path,
    new_database_key,
)
from talenta_desktop.services.actor import Actor
from talenta_desktop.services.audit import verify_database
from talenta_desktop.services.backups import (
    BEFORE_ENCRYPTION,
    BackupError,
    backup_database,
    list_backups,
    restore_database,
    summarize,
)
from talenta_desktop.services.organization import set_instansi
from talenta_desktop.services.permissions import PermissionDenied
from talenta_desktop.services.users import (
    UserError,
    add_user,
    create_encrypted_database,
    encrypt_database,
    list_users,
    needs_sign_in,
    set_active,
    set_password,
    set_role,
    sign_in,
)

ADMIN_PASSWORD = "rahasia-admin-1"
PASSWORDS = {"admin": ADMIN_PASSWORD, "budi": "rahasia-budi-1", "citra": "rahasia-citra-1"}
ROLES = {"admin": "administrator", "budi": "operator", "citra": "komite"}
SETUP = Actor("penyiap")  # the person at the computer who encrypts the demo: an administrator


@pytest.fixture(autouse=True)
def _cheap_scrypt(monkeypatch):
    monkeypatch.setattr(encryption, "SCRYPT_N", 2**10)


# -- helpers ----------------------------------------------------------------------------------------------


def _tables(path: Path, key: bytes | None = None) -> dict[str, list[tuple]]:
    """Every row of every table, straight from the file (plain, or encrypted with its key)."""
    connection = connect_file(path, key, read_only=True)
    try:
        names = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {n: connection.execute(f'SELECT * FROM "{n}" ORDER BY 1').fetchall() for n in sorted(names)}
    finally:
        connection.close()


def _counts(tables: dict[str, list[tuple]]) -> dict[str, int]:
    return {name: len(rows) for name, rows in tables.items()}


def _file_bytes(path: Path) -> str:
    """The database as it stands on disk (with its -wal, if one is left): equal means byte-identical."""
    digest = hashlib.sha256(path.read_bytes())
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        digest.update(wal.read_bytes())
    return digest.hexdigest()


def _copy_encrypted(source: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", ".kunci"):
        if source.with_name(source.name + suffix).exists():
            shutil.copyfile(source.with_name(source.name + suffix), target.with_name(target.name + suffix))
    return target


def _sign_in(path: Path, username: str, password: str | None = None) -> tuple[Database, Actor]:
    return sign_in(path, username, password or PASSWORDS[username])


def _can_sign_in(path: Path, username: str, password: str | None = None) -> bool:
    try:
        db, _ = _sign_in(path, username, password)
    except WrongPassword:
        return False
    db.dispose()
    return True


def _people(db: Database) -> list[tuple[str, str]]:
    with db.session() as session:
        return [tuple(row) for row in session.execute(select(Person.nip, Person.nama).order_by(Person.id))]


def _unreadable_to_sqlite3(path: Path) -> None:
    connection = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="not a database"):
            connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
    finally:
        connection.close()


# -- fixtures ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def known(_demo_template) -> list[tuple[str, str]]:
    """NIPs and names of real people in the demo, to look for in the encrypted bytes."""
    connection = sqlite3.connect(_demo_template)
    try:
        return connection.execute("SELECT nip, nama FROM person ORDER BY id LIMIT 25").fetchall()
    finally:
        connection.close()


@pytest.fixture(scope="module")
def _encrypted_template(_demo_template, tmp_path_factory) -> Path:
    """The demo agency encrypted in place, with an administrator, an operator and a committee member."""
    folder = tmp_path_factory.mktemp("terenkripsi")
    plain = open_database(backup_sqlite(_demo_template, folder / "talenta.sqlite"))
    encryption.SCRYPT_N, saved = 2**10, encryption.SCRYPT_N  # module scope: no monkeypatch fixture here
    try:
        db = encrypt_database(plain, SETUP, "admin", "Admin BKPSDM", ADMIN_PASSWORD)
        admin = Actor("admin", "administrator")
        add_user(db, admin, "budi", "Budi Santoso", "operator", PASSWORDS["budi"])
        add_user(db, admin, "citra", "Citra Lestari", "komite", PASSWORDS["citra"])
        db.dispose()
    finally:
        encryption.SCRYPT_N = saved
    return folder / "talenta.sqlite"


@pytest.fixture
def encrypted(_encrypted_template, tmp_path) -> Path:
    """A fresh copy of the encrypted demo (database and key file) for one test."""
    return _copy_encrypted(_encrypted_template, tmp_path / "kantor" / "talenta.sqlite")


@pytest.fixture
def small_db(_small_template, tmp_path) -> Database:
    """A plain database with a little in it (for the encryption paths that need no demo agency): an
    instansi, an administrator and an operator, each with a password."""
    path = tmp_path / "kecil" / "talenta.sqlite"
    path.parent.mkdir()
    shutil.copyfile(_small_template, path)  # closed: one self-contained file
    db = open_database(path, create=False)
    yield db
    db.dispose()


@pytest.fixture(scope="module")
def _small_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("kecil") / "talenta.sqlite"
    encryption.SCRYPT_N, saved = 2**10, encryption.SCRYPT_N
    db = open_database(path)
    try:
        with db.transaction() as session:
            set_instansi(session, SETUP, "Pemerintah Kabupaten Sukamaju")
        add_user(db, SETUP, "admin", "Admin", "administrator", ADMIN_PASSWORD)
        add_user(db, Actor("admin"), "budi", "Budi", "operator", PASSWORDS["budi"])
    finally:
        encryption.SCRYPT_N = saved
        db.dispose()
    return path


@pytest.fixture
def admin_db(encrypted):
    db, actor = _sign_in(encrypted, "admin")
    yield db, actor
    db.dispose()


# -- unreadable without the key ---------------------------------------------------------------------------


def test_an_encrypted_database_is_unreadable_to_plain_sqlite3(encrypted, known):
    assert is_encrypted(encrypted)
    _unreadable_to_sqlite3(encrypted)
    content = encrypted.read_bytes() + key_file_path(encrypted).read_bytes()
    assert not content.startswith(b"SQLite format 3")
    for nip, nama in known:
        assert nip.encode() not in content
        assert nama.encode("utf-8") not in content
    for text in (b"CREATE TABLE", b"person", b"audit_event", b"Admin BKPSDM"):
        assert text not in content


def test_an_encrypted_database_needs_a_user_and_its_real_key(encrypted):
    assert needs_sign_in(encrypted)
    with pytest.raises(EncryptedDatabaseError, match="terenkripsi") as refused:
        open_database(encrypted, create=False)
    assert "--user" in str(refused.value) and "TALENTA_PASSWORD" in str(refused.value)
    with pytest.raises(DatabaseError, match="tidak dapat dibuka"):
        open_database(encrypted, create=False, key=new_database_key())


def test_a_valid_users_password_opens_it(encrypted, known):
    for username, role in ROLES.items():
        db, actor = _sign_in(encrypted, username)
        try:
            assert actor == Actor(username, role)
            assert db.encrypted and db.path == encrypted.resolve()
            assert _people(db)[: len(known)] == known
            with db.session() as session:
                assert verify_database(session).ok
                last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
                assert (last.action, last.actor) == ("user.login", username)
        finally:
            db.dispose()
    assert _can_sign_in(encrypted, "ADMIN ", ADMIN_PASSWORD)  # the name as typed at a login dialog


def test_a_wrong_password_is_refused_with_a_clear_message_and_the_database_untouched(encrypted):
    before = _file_bytes(encrypted)
    with pytest.raises(WrongPassword) as refused:
        sign_in(encrypted, "admin", "bukan-sandinya")
    assert str(refused.value).startswith("Nama pengguna atau kata sandi salah.")
    assert "Tersisa 4 kali" in str(refused.value)
    with pytest.raises(WrongPassword, match=r"^Nama pengguna atau kata sandi salah\.$"):
        sign_in(encrypted, "tidak-ada", ADMIN_PASSWORD)
    assert _file_bytes(encrypted) == before
    assert _can_sign_in(encrypted, "admin")


def test_five_wrong_passwords_lock_one_user_only(encrypted):
    for attempt in range(4):
        with pytest.raises(WrongPassword):
            sign_in(encrypted, "budi", f"salah-{attempt}")
    with pytest.raises(LockedOut, match="dikunci sementara"):
        sign_in(encrypted, "budi", "salah-lagi")
    with pytest.raises(LockedOut):
        _sign_in(encrypted, "budi")  # the right password waits for the lockout too
    assert _can_sign_in(encrypted, "admin")
    admin, actor = _sign_in(encrypted, "admin")
    try:
        set_password(admin, actor, "budi", "sandi-baru-budi")  # an administrator's reset unlocks
    finally:
        admin.dispose()
    assert _can_sign_in(encrypted, "budi", "sandi-baru-budi")


# -- surviving users coming and going ---------------------------------------------------------------------


def test_adding_and_disabling_a_user_changes_who_can_open_it_and_keeps_the_data(encrypted, admin_db):
    db, admin = admin_db
    data = {k: v for k, v in _tables(encrypted, db.key).items() if k not in ("audit_event", "app_user")}
    add_user(db, admin, "dewi", "Dewi Anggraini", "pembaca", "rahasia-dewi-1", nip="199001012015032001")
    assert KeySlots.load(encrypted).usernames == ["admin", "budi", "citra", "dewi"]
    dewi, actor = sign_in(encrypted, "dewi", "rahasia-dewi-1")
    assert actor == Actor("dewi", "pembaca")
    assert dewi.key == db.key  # every slot opens the one database key: nothing was re-encrypted
    dewi.dispose()

    set_active(db, admin, "dewi", False)
    assert "dewi" not in KeySlots.load(encrypted).usernames
    assert not _can_sign_in(encrypted, "dewi", "rahasia-dewi-1")
    for username in PASSWORDS:
        assert _can_sign_in(encrypted, username), username
    assert {
        k: v for k, v in _tables(encrypted, db.key).items() if k not in ("audit_event", "app_user")
    } == data
    with db.session() as session:
        assert verify_database(session).ok
        assert [(u.username, u.active) for u in list_users(session)] == [
            ("admin", True), ("budi", True), ("citra", True), ("dewi", False),
        ]  # fmt: skip
        about_dewi = list(session.scalars(select(AuditEvent.action).where(AuditEvent.entity_id == "dewi")))
    assert about_dewi == ["user.add", "user.login", "user.disable"]


def test_enabling_a_user_again_needs_a_new_password(encrypted, admin_db):
    db, admin = admin_db
    set_active(db, admin, "budi", False)
    with pytest.raises(UserError, match="kata sandi baru"):
        set_active(db, admin, "budi", True)
    assert not _can_sign_in(encrypted, "budi")
    with pytest.raises(UserError, match="minimal 8"):
        set_active(db, admin, "budi", True, password="pendek")
    with db.session() as session:
        assert not session.scalar(select(User.active).where(User.username == "budi"))  # still disabled
    set_active(db, admin, "budi", True, password="sandi-baru-budi")
    assert _can_sign_in(encrypted, "budi", "sandi-baru-budi")
    assert not _can_sign_in(encrypted, "budi")  # the old password went with the old slot


def test_a_new_password_works_and_the_old_one_does_not(encrypted, admin_db):
    db, admin = admin_db
    set_password(db, admin, "budi", "sandi-baru-budi")
    assert _can_sign_in(encrypted, "budi", "sandi-baru-budi")
    assert not _can_sign_in(encrypted, "budi")
    assert _can_sign_in(encrypted, "citra")


def test_a_user_may_change_their_own_password_but_nobody_elses(encrypted):
    db, budi = _sign_in(encrypted, "budi")
    try:
        set_password(db, budi, "budi", "sandi-sendiri-1")
        keys, data = key_file_path(encrypted).read_bytes(), _tables(encrypted, db.key)
        with pytest.raises(PermissionDenied, match="budi"):
            set_password(db, budi, "citra", "sandi-dari-budi")
        with pytest.raises(PermissionDenied):
            add_user(db, budi, "eko", "Eko", "administrator", "rahasia-eko-1")
        with pytest.raises(PermissionDenied):
            set_active(db, budi, "citra", False)
        with pytest.raises(PermissionDenied):
            set_role(db, budi, "budi", "administrator")
        assert key_file_path(encrypted).read_bytes() == keys
        assert _tables(encrypted, db.key) == data
    finally:
        db.dispose()
    assert _can_sign_in(encrypted, "budi", "sandi-sendiri-1")
    assert _can_sign_in(encrypted, "citra")


def test_new_users_and_passwords_are_checked(admin_db):
    db, admin = admin_db
    for username, password, message in [
        ("Bad Name!", "rahasia-1234", "tidak valid"),
        ("eko", "pendek", "minimal 8"),
        ("ekoekoeko", "ekoekoeko", "sama dengan nama pengguna"),
        ("budi", "rahasia-1234", "sudah ada"),
    ]:
        with pytest.raises(UserError, match=message):
            add_user(db, admin, username, "Eko", "operator", password)
    with pytest.raises(UserError, match="tidak dikenal"):
        add_user(db, admin, "eko", "Eko", "superuser", "rahasia-1234")
    assert KeySlots.load(db.path).usernames == ["admin", "budi", "citra"]


# -- the last administrator -------------------------------------------------------------------------------


def test_the_last_active_administrator_cannot_be_disabled_or_demoted(encrypted, admin_db):
    db, admin = admin_db
    with pytest.raises(UserError, match="terakhir"):
        set_active(db, admin, "admin", False)
    with pytest.raises(UserError, match="terakhir"):
        set_role(db, admin, "admin", "operator")
    assert _can_sign_in(encrypted, "admin")

    set_role(db, admin, "budi", "administrator")  # a second administrator: now either may go
    set_role(db, admin, "admin", "operator")
    with pytest.raises(UserError, match="terakhir"):
        set_active(db, admin, "budi", False)
    with db.session() as session:
        assert {u.username: u.role for u in list_users(session)} == {
            "admin": "operator", "budi": "administrator", "citra": "komite",
        }  # fmt: skip


def test_a_disabled_administrator_can_be_demoted(admin_db):
    db, admin = admin_db
    add_user(db, admin, "eko", "Eko", "administrator", "rahasia-eko-1")
    set_active(db, admin, "eko", False)
    set_role(db, admin, "eko", "operator")  # "admin" stays the one active administrator


# -- encrypting a plain database in place -----------------------------------------------------------------


def test_encrypting_a_plain_demo_in_place_keeps_every_row_and_the_audit_chain(demo_db, known):
    path = demo_db.path
    before = _tables(path)
    encrypted = encrypt_database(demo_db, SETUP, "admin", "Admin BKPSDM", ADMIN_PASSWORD)
    try:
        assert encrypted.encrypted and encrypted.path == path
        key = encrypted.key
        after = _tables(path, key)
        assert _counts(after) == {
            **_counts(before),
            "app_user": 1,
            "audit_event": len(before["audit_event"]) + 2,
        }
        for table, rows in before.items():
            if table not in ("audit_event", "app_user"):
                assert after[table] == rows, table
        assert after["audit_event"][: len(before["audit_event"])] == before["audit_event"]
        with encrypted.session() as session:
            report = verify_database(session)
            assert report.ok and report.events_checked == len(before["audit_event"]) + 2
            new = list(session.scalars(select(AuditEvent).where(AuditEvent.id > len(before["audit_event"]))))
        assert [(e.action, e.actor) for e in new] == [
            ("database.encrypt", "penyiap"),
            ("user.add", "penyiap"),
        ]
    finally:
        encrypted.dispose()

    # The plain file is gone: what is at the path now is encrypted, and nothing staged is left beside it.
    assert is_encrypted(path)
    _unreadable_to_sqlite3(path)
    content = path.read_bytes()
    assert not any(nip.encode() in content for nip, _ in known)
    assert sorted(p.name for p in path.parent.iterdir() if p.is_file() and not p.name.endswith(("-wal", "-shm"))) == [
        "demo.sqlite", "demo.sqlite.kunci",
    ]  # fmt: skip

    # The verified backup from before is there with the same rows — encrypted once the database is, like
    # every automatic copy beside it: a plain copy would undo the encryption.
    backups = [b for b in list_backups(demo_db) if b.reason == BEFORE_ENCRYPTION]
    assert len(backups) == 1 and is_encrypted(backups[0].path)
    _unreadable_to_sqlite3(backups[0].path)
    assert _tables(backups[0].path, key) == before
    assert Path(new[0].after["backup"]) == backups[0].path
    assert _can_sign_in(path, "admin")


def test_other_users_of_a_plain_database_keep_their_accounts_but_need_a_new_password(small_db):
    path = small_db.path
    plain_admin, admin = sign_in(path, "admin", ADMIN_PASSWORD)  # a plain database's users sign in too
    small_db.dispose()
    db = encrypt_database(plain_admin, admin, "admin", "Admin", ADMIN_PASSWORD)
    try:
        with db.session() as session:
            assert [(u.username, u.role, u.active) for u in list_users(session)] == [
                ("admin", "administrator", True), ("budi", "operator", True),
            ]  # fmt: skip
            assert session.scalar(select(User.password_hash).where(User.username == "budi")) is None
        assert not _can_sign_in(path, "budi")  # no slot yet: the password was not known
        set_password(db, admin, "budi", "sandi-baru-budi")
    finally:
        db.dispose()
    assert _can_sign_in(path, "budi", "sandi-baru-budi")
    assert _can_sign_in(path, "admin")


def test_only_an_administrator_may_encrypt(small_db):
    small_db.dispose()
    before = _file_bytes(small_db.path)
    with pytest.raises(PermissionDenied):
        encrypt_database(small_db, Actor("budi", "operator"), "budi", "Budi", PASSWORDS["budi"])
    small_db.dispose()
    assert _file_bytes(small_db.path) == before
    assert not key_file_path(small_db.path).exists()
    assert list_backups(small_db) == []  # refused before the backup, too


def test_an_encrypted_database_is_not_encrypted_twice(admin_db):
    db, admin = admin_db
    with pytest.raises(UserError, match="belum terenkripsi"):
        encrypt_database(db, admin, "admin", "Admin", ADMIN_PASSWORD)


def _fail_export(plain, target, key):
    Path(target).write_bytes(b"setengah jadi")  # a partial file beside the database
    raise sqlite3.OperationalError("disk I/O error")


def _fail_key_file(self, path=None):
    raise OSError(28, "No space left on device")


def _fail_after_the_key_file(*args, **kwargs):
    raise RuntimeError("listrik padam")


_RENAME = Path.replace


def _fail_the_last_rename(self, target):
    """The staged encrypted copy cannot take the database's name (Windows: the file is held open)."""
    if self.name.endswith(".enkripsi"):
        raise PermissionError(13, "Berkas sedang dipakai proses lain")
    return _RENAME(self, target)


@pytest.mark.parametrize(
    ("where", "replacement", "error"),
    [
        ("talenta_desktop.services.users.export_encrypted", _fail_export, UserError),
        ("talenta_desktop.models.encryption.KeySlots.save", _fail_key_file, UserError),
        ("talenta_desktop.services.users._make_administrator", _fail_after_the_key_file, RuntimeError),
        ("pathlib.Path.replace", _fail_the_last_rename, UserError),
    ],
    ids=["export", "key-file", "administrator", "rename"],
)
def test_a_failure_while_encrypting_leaves_the_plain_database_byte_identical(
    small_db, monkeypatch, where, replacement, error
):
    path = small_db.path
    rows = _tables(path)
    small_db.dispose()
    before = _file_bytes(path)
    monkeypatch.setattr(where, replacement)
    with pytest.raises(error) as failed:
        encrypt_database(small_db, SETUP, "admin", "Admin", ADMIN_PASSWORD)
    if error is UserError:
        assert "tetap tidak terenkripsi" in str(failed.value)
    monkeypatch.undo()

    assert _file_bytes(path) == before
    assert not is_encrypted(path)
    leftovers = {p.name for p in path.parent.iterdir() if p.is_file()} - {path.name}
    assert not {n for n in leftovers if not n.endswith(("-wal", "-shm"))}, leftovers  # no key file, no stage
    assert _tables(path) == rows
    with small_db.session() as session:  # the open Database the GUI holds keeps working
        assert verify_database(session).ok
    reopened = open_database(path, create=False)
    reopened.dispose()
    assert [b.reason for b in list_backups(small_db)] == [BEFORE_ENCRYPTION]  # the verified copy came first


# -- the key file -----------------------------------------------------------------------------------------


def test_a_missing_key_file_is_a_clear_error(encrypted):
    key_file_path(encrypted).rename(encrypted.parent / "di-tempat-lain.kunci")
    with pytest.raises(KeyFileError) as missing:
        _sign_in(encrypted, "admin")
    message = str(missing.value)
    assert "talenta.sqlite" in message and "talenta.sqlite.kunci" in message and "tidak ada" in message


def test_a_database_moved_without_its_key_file_is_a_clear_error(encrypted, tmp_path):
    moved = tmp_path / "flashdisk" / "talenta.sqlite"
    moved.parent.mkdir()
    shutil.copyfile(encrypted, moved)
    with pytest.raises(KeyFileError, match=r"talenta\.sqlite\.kunci"):
        _sign_in(moved, "admin")


def test_a_key_file_of_another_database_does_not_open_it(encrypted, tmp_path):
    other, _ = create_encrypted_database(tmp_path / "lain.sqlite", "admin", "Admin", ADMIN_PASSWORD)
    other.dispose()
    shutil.copyfile(key_file_path(tmp_path / "lain.sqlite"), key_file_path(encrypted))
    with pytest.raises(DatabaseError, match="tidak dapat dibuka"):
        _sign_in(encrypted, "admin")


# -- a new encrypted database -----------------------------------------------------------------------------


def test_a_new_encrypted_database_starts_with_its_administrator(tmp_path):
    path = tmp_path / "baru.sqlite"
    db, actor = create_encrypted_database(path, "Admin", "Admin BKPSDM", ADMIN_PASSWORD)
    try:
        assert actor == Actor("admin", "administrator") and db.encrypted
        with db.session() as session:
            assert [(u.username, u.role, u.full_name) for u in list_users(session)] == [
                ("admin", "administrator", "Admin BKPSDM")
            ]
    finally:
        db.dispose()
    assert is_encrypted(path) and KeySlots.load(path).usernames == ["admin"]
    _unreadable_to_sqlite3(path)
    with pytest.raises(UserError, match="talenta encrypt"):
        create_encrypted_database(path, "admin", "Admin", ADMIN_PASSWORD)


def test_a_refused_new_encrypted_database_leaves_no_files(tmp_path):
    with pytest.raises(UserError, match="minimal 8"):
        create_encrypted_database(tmp_path / "baru.sqlite", "admin", "Admin", "pendek")
    with pytest.raises(UserError, match="tidak valid"):
        create_encrypted_database(tmp_path / "baru.sqlite", "Bukan Nama", "Admin", ADMIN_PASSWORD)
    assert list(tmp_path.iterdir()) == []


# -- a plain database with users --------------------------------------------------------------------------


def test_a_plain_database_with_users_checks_passwords_and_counts_failures(small_db):
    path = small_db.path
    assert needs_sign_in(path)
    with small_db.session() as session:
        stored = session.scalar(select(User.password_hash).where(User.username == "admin"))
    assert stored.startswith("scrypt$") and ADMIN_PASSWORD not in stored
    for attempt in range(4):
        with pytest.raises(WrongPassword, match="Tersisa"):
            sign_in(path, "admin", f"salah-{attempt}")
    with pytest.raises(LockedOut):
        sign_in(path, "admin", "salah-lagi")
    with pytest.raises(LockedOut):
        sign_in(path, "admin", ADMIN_PASSWORD)
    with small_db.transaction() as session:  # the lockout is over (as if 15 minutes had passed)
        session.execute(update(User).values(locked_until=None))
    db, actor = sign_in(path, "admin", ADMIN_PASSWORD)
    try:
        assert actor == Actor("admin", "administrator")
        with db.session() as session:
            assert verify_database(session).ok
            actions = list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id.desc()).limit(6)))
        assert actions == ["user.login", *["user.login_failed"] * 5]
    finally:
        db.dispose()


# -- backups and restores ---------------------------------------------------------------------------------


def test_a_backup_of_an_encrypted_database_is_encrypted_and_travels_with_its_key_file(
    encrypted, admin_db, tmp_path, known
):
    db, admin = admin_db
    out = tmp_path / "flashdisk" / "cadangan.sqlite"
    out.parent.mkdir()
    made = backup_database(db, admin, out=out)
    assert made.path == out and is_encrypted(out)
    assert key_file_path(out).read_bytes() == key_file_path(encrypted).read_bytes()
    _unreadable_to_sqlite3(out)
    assert not any(nip.encode() in out.read_bytes() for nip, _ in known)
    copy, _ = _sign_in(out, "budi")
    try:
        assert _people(copy) == _people(db)
    finally:
        copy.dispose()
    with db.session() as session:
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
    assert event.action == "database.backup" and event.after["file"] == str(out.resolve())

    automatic = backup_database(db, admin, "harian")
    assert automatic.path.parent == encrypted.parent / "backups" and is_encrypted(automatic.path)
    assert not key_file_path(automatic.path).exists()  # the key file beside the database opens it
    assert summarize(automatic.path, db.key).counts == summarize(encrypted, db.key).counts
    with pytest.raises(BackupError, match="terenkripsi"):
        summarize(automatic.path)


def test_an_encrypted_backup_restores_into_the_encrypted_database(encrypted, admin_db, tmp_path):
    db, admin = admin_db
    out = backup_database(db, admin, out=tmp_path / "cadangan.sqlite").path
    people = _people(db)
    with db.transaction() as session:
        session.execute(update(Person).where(Person.id == 1).values(nama="Diubah Setelah Cadangan"))
    kept = restore_database(db, admin, out)
    assert is_encrypted(kept.path) and is_encrypted(encrypted)
    _unreadable_to_sqlite3(encrypted)
    assert _people(db) == people
    with db.session() as session:
        assert verify_database(session).ok
    for username in PASSWORDS:
        assert _can_sign_in(encrypted, username), username


def test_restoring_an_older_plain_backup_keeps_the_current_accounts(
    encrypted, admin_db, _demo_template, known
):
    db, admin = admin_db
    set_active(db, admin, "citra", False)
    add_user(db, admin, "dewi", "Dewi", "pembaca", "rahasia-dewi-1")
    accounts = lambda: [(u.username, u.role, u.active) for u in list_users(session)]  # noqa: E731
    with db.session() as session:
        before = accounts()
    with db.transaction() as session:
        session.execute(update(Person).where(Person.id == 1).values(nama="Diubah Setelah Cadangan"))

    restore_database(db, admin, _demo_template)  # the plain demo: no users at all

    assert is_encrypted(encrypted)  # encrypted on the way in
    _unreadable_to_sqlite3(encrypted)
    assert not any(nip.encode() in encrypted.read_bytes() for nip, _ in known)
    with db.session() as session:
        assert accounts() == before
        assert verify_database(session).ok
    assert _people(db)[: len(known)] == known
    for username in ("admin", "budi"):
        assert _can_sign_in(encrypted, username), username
    assert _can_sign_in(encrypted, "dewi", "rahasia-dewi-1")
    assert not _can_sign_in(encrypted, "citra")  # disabled stays disabled


def test_restoring_a_copy_made_while_a_user_was_active_does_not_enable_them_again(
    encrypted, admin_db, tmp_path
):
    db, admin = admin_db
    out = backup_database(db, admin, out=tmp_path / "cadangan.sqlite").path
    set_active(db, admin, "citra", False)
    restore_database(db, admin, out)
    with db.session() as session:
        assert not session.scalar(select(User.active).where(User.username == "citra"))
    assert not _can_sign_in(encrypted, "citra")


def test_a_copy_of_another_encrypted_database_is_refused_and_changes_nothing(encrypted, admin_db, tmp_path):
    db, admin = admin_db
    other, _ = create_encrypted_database(tmp_path / "lain.sqlite", "admin", "Admin", ADMIN_PASSWORD)
    other.dispose()
    data = _tables(encrypted, db.key)
    with pytest.raises(BackupError):
        restore_database(db, admin, tmp_path / "lain.sqlite")
    assert _tables(encrypted, db.key) == data
    assert _can_sign_in(encrypted, "budi")


def test_only_an_administrator_restores(encrypted, tmp_path):
    db, budi = _sign_in(encrypted, "budi")
    try:
        out = backup_database(db, budi, out=tmp_path / "cadangan.sqlite").path  # an operator may back up
        data = _tables(encrypted, db.key)
        with pytest.raises(PermissionDenied):
            restore_database(db, budi, out)
        assert _tables(encrypted, db.key) == data
    finally:
        db.dispose()
    citra, komite = _sign_in(encrypted, "citra")
    try:
        with pytest.raises(PermissionDenied):
            backup_database(citra, komite, out=tmp_path / "komite.sqlite")
        assert not (tmp_path / "komite.sqlite").exists()
    finally:
        citra.dispose()
