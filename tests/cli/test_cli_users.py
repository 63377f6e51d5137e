"""`talenta` with users and encryption (DESIGN §4): `init --encrypt --user NAME`, `encrypt --user NAME`,
`user add|list|passwd|disable|enable`, the global `--user NAME` with the password from TALENTA_PASSWORD
(a new one from TALENTA_NEW_PASSWORD), and the exit statuses: 0 done, 1 failed with a message on stderr
and nothing changed, 2 bad usage, 3 input rejected."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from talenta_desktop.cli import main
from talenta_desktop.models import encryption
from talenta_desktop.models.db import backup_sqlite, connect_file
from talenta_desktop.models.encryption import KeySlots, is_encrypted, key_file_path

ADMIN, BUDI, DEWI = "rahasia-admin-1", "rahasia-budi-1", "rahasia-dewi-1"


@pytest.fixture(autouse=True)
def _environment(monkeypatch):
    monkeypatch.setattr(encryption, "SCRYPT_N", 2**10)
    for name in ("TALENTA_PASSWORD", "TALENTA_NEW_PASSWORD", "TALENTA_DB"):
        monkeypatch.delenv(name, raising=False)


def talenta(*args: str) -> int:
    return main(list(args))


def _as(monkeypatch, password: str | None, new: str | None = None) -> None:
    """The signing-in user's password (TALENTA_PASSWORD) and the one being set (TALENTA_NEW_PASSWORD)."""
    for name, value in (("TALENTA_PASSWORD", password), ("TALENTA_NEW_PASSWORD", new)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)


def _state(path: Path, key: bytes) -> tuple[str, list[str]]:
    """Every row of every table but the audit log, and the audit log without sign-ins: equal means nothing
    changed but who signed in (each command signs in, and that is recorded)."""
    digest = hashlib.sha256()
    connection = connect_file(path, key, read_only=True)
    try:
        for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"):
            if name != "audit_event":
                for row in connection.execute(f'SELECT * FROM "{name}" ORDER BY 1'):
                    digest.update(repr(row).encode())
        actions = [r[0] for r in connection.execute("SELECT action FROM audit_event ORDER BY id")]
    finally:
        connection.close()
    return digest.hexdigest(), [a for a in actions if a != "user.login"]


def _key(path: Path) -> bytes:
    return KeySlots.load(path).open("admin", ADMIN)


def _plain_sqlite_cannot_read(path: Path) -> None:
    connection = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            connection.execute("SELECT count(*) FROM person").fetchall()
    finally:
        connection.close()


@pytest.fixture(scope="module")
def _fresh_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli-baru") / "talenta.sqlite"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(encryption, "SCRYPT_N", 2**10)
        patch.setenv("TALENTA_PASSWORD", ADMIN)
        assert talenta("init", "--encrypt", "--user", "admin", "--db", str(path)) == 0
    return path


@pytest.fixture
def fresh(_fresh_template, tmp_path, monkeypatch) -> Path:
    """A new, empty encrypted database made by `talenta init --encrypt --user admin` (made once, copied)."""
    path = tmp_path / "talenta.sqlite"
    backup_sqlite(_fresh_template, path, _key(_fresh_template))  # consistent, though the CLI left a WAL
    shutil.copyfile(key_file_path(_fresh_template), key_file_path(path))
    _as(monkeypatch, ADMIN)
    return path


@pytest.fixture(scope="module")
def _encrypted_demo(_demo_template, tmp_path_factory) -> Path:
    """The demo agency encrypted with `talenta encrypt --user admin`, with an operator and a pembaca."""
    path = backup_sqlite(_demo_template, tmp_path_factory.mktemp("cli-terenkripsi") / "talenta.sqlite")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(encryption, "SCRYPT_N", 2**10)
        patch.setenv("TALENTA_PASSWORD", ADMIN)
        assert talenta("encrypt", "--user", "admin", "--db", str(path)) == 0
        for name, role, password in (("budi", "operator", BUDI), ("dewi", "pembaca", DEWI)):
            patch.setenv("TALENTA_NEW_PASSWORD", password)
            assert talenta("--user", "admin", "user", "add", name, "--role", role, "--db", str(path)) == 0
    return path


@pytest.fixture
def demo(_encrypted_demo, tmp_path) -> Path:
    target = tmp_path / "kantor" / "talenta.sqlite"
    backup_sqlite(_encrypted_demo, target, _key(_encrypted_demo))  # consistent, though the CLI left a WAL
    shutil.copyfile(key_file_path(_encrypted_demo), key_file_path(target))
    return target


# -- init --encrypt and signing in ------------------------------------------------------------------------


def test_init_encrypt_makes_an_encrypted_database_with_its_administrator(tmp_path, monkeypatch, capsys):
    path = tmp_path / "talenta.sqlite"
    _as(monkeypatch, ADMIN)
    assert (
        talenta("init", "--encrypt", "--user", "admin", "--full-name", "Admin BKPSDM", "--db", str(path)) == 0
    )
    said = capsys.readouterr()
    assert "Database siap" in said.out
    assert "terenkripsi" in said.err and "talenta.sqlite.kunci" in said.err
    assert is_encrypted(path) and KeySlots.load(path).usernames == ["admin"]
    _plain_sqlite_cannot_read(path)

    assert (
        talenta("init", "--encrypt", "--user", "admin", "--db", str(path)) == 0
    )  # again: signs in, no change
    assert KeySlots.load(path).usernames == ["admin"]


def test_init_encrypt_without_a_user_is_bad_usage(tmp_path, monkeypatch, capsys):
    _as(monkeypatch, ADMIN)
    assert talenta("init", "--encrypt", "--db", str(tmp_path / "t.sqlite")) == 2
    assert "--user" in capsys.readouterr().err
    assert not (tmp_path / "t.sqlite").exists()


def test_init_encrypt_with_a_weak_password_fails_and_leaves_nothing(tmp_path, monkeypatch, capsys):
    _as(monkeypatch, "pendek")
    assert talenta("init", "--encrypt", "--user", "admin", "--db", str(tmp_path / "t.sqlite")) == 1
    assert "minimal 8" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_a_command_on_an_encrypted_database_without_a_user_is_bad_usage(fresh, capsys):
    before = _state(fresh, _key(fresh))
    for command in (["verify"], ["user", "list"], ["backup", "--out", str(fresh.parent / "c.sqlite")]):
        assert talenta(*command, "--db", str(fresh)) == 2, command
        assert "--user NAMA" in capsys.readouterr().err
    assert _state(fresh, _key(fresh)) == before and not (fresh.parent / "c.sqlite").exists()


def test_a_wrong_password_is_exit_1_with_the_message_on_stderr(fresh, monkeypatch, capsys):
    before = _state(fresh, _key(fresh))
    _as(monkeypatch, "bukan-sandinya")
    assert talenta("--user", "admin", "verify", "--db", str(fresh)) == 1
    said = capsys.readouterr()
    assert said.out == ""
    assert said.err.startswith("talenta: Nama pengguna atau kata sandi salah.")
    _as(monkeypatch, ADMIN)
    assert _state(fresh, _key(fresh)) == before
    _as(monkeypatch, ADMIN)
    assert talenta("--user", "tidak-ada", "verify", "--db", str(fresh)) == 1
    assert "kata sandi salah" in capsys.readouterr().err


def test_the_right_password_is_exit_0(fresh, monkeypatch, capsys):
    _as(monkeypatch, ADMIN)
    assert talenta("--user", "admin", "verify", "--db", str(fresh)) == 0
    assert "rantai audit sah" in capsys.readouterr().out
    assert talenta("verify", "--user", "admin", "--db", str(fresh)) == 0  # --user after the command, too


def test_no_password_and_no_terminal_is_bad_usage(fresh, monkeypatch, capsys):
    _as(monkeypatch, None)
    assert talenta("--user", "admin", "verify", "--db", str(fresh)) == 2
    assert "TALENTA_PASSWORD" in capsys.readouterr().err


def test_a_missing_key_file_is_exit_1_naming_it(fresh, monkeypatch, capsys):
    key_file_path(fresh).unlink()
    _as(monkeypatch, ADMIN)
    assert talenta("--user", "admin", "verify", "--db", str(fresh)) == 1
    assert "talenta.sqlite.kunci" in capsys.readouterr().err


def test_five_wrong_passwords_lock_the_user_for_a_while(fresh, monkeypatch, capsys):
    _as(monkeypatch, "bukan-sandinya")
    for _ in range(5):
        assert talenta("--user", "admin", "verify", "--db", str(fresh)) == 1
    assert "dikunci sementara" in capsys.readouterr().err.splitlines()[-1]
    _as(monkeypatch, ADMIN)
    assert talenta("--user", "admin", "verify", "--db", str(fresh)) == 1
    assert "dikunci sementara" in capsys.readouterr().err


# -- user add / list / passwd / disable / enable ----------------------------------------------------------


def test_user_add_and_list(fresh, monkeypatch, capsys):
    _as(monkeypatch, ADMIN, BUDI)
    assert talenta("--user", "admin", "user", "add", "Budi", "--role", "operator", "--full-name", "Budi Santoso",
                   "--nip", "199001012015031001", "--db", str(fresh)) == 0  # fmt: skip
    assert "budi (Operator BKPSDM) ditambahkan" in capsys.readouterr().out
    assert KeySlots.load(fresh).usernames == ["admin", "budi"]
    assert talenta("--user", "admin", "user", "list", "--db", str(fresh)) == 0
    assert capsys.readouterr().out.splitlines() == [
        "admin\tAdministrator\taktif\tadmin",
        "budi\tOperator BKPSDM\taktif\tBudi Santoso",
    ]
    _as(monkeypatch, BUDI)
    assert talenta("--user", "budi", "user", "list", "--db", str(fresh)) == 0  # anyone may list


@pytest.mark.parametrize(
    ("name", "role", "password", "message"),
    [
        ("Bukan Nama!", "operator", BUDI, "tidak valid"),
        ("budi", "raja", BUDI, "tidak dikenal"),
        ("budi", "operator", "pendek", "minimal 8"),
        ("admin", "operator", BUDI, "sudah ada"),
    ],
    ids=["name", "role", "password", "exists"],
)
def test_user_add_with_invalid_input_is_exit_3_and_adds_nobody(
    fresh, monkeypatch, capsys, name, role, password, message
):
    before, keys = _state(fresh, _key(fresh)), key_file_path(fresh).read_bytes()
    _as(monkeypatch, ADMIN, password)
    assert talenta("--user", "admin", "user", "add", name, "--role", role, "--db", str(fresh)) == 3
    assert message in capsys.readouterr().err
    assert key_file_path(fresh).read_bytes() == keys
    assert _state(fresh, _key(fresh)) == before


def test_user_add_without_a_role_is_bad_usage(fresh, monkeypatch, capsys):
    _as(monkeypatch, ADMIN, BUDI)
    with pytest.raises(SystemExit) as usage:
        talenta("--user", "admin", "user", "add", "budi", "--db", str(fresh))
    assert usage.value.code == 2
    assert "--role" in capsys.readouterr().err


def test_user_passwd_disable_and_enable(fresh, monkeypatch, capsys):
    db = str(fresh)
    _as(monkeypatch, ADMIN, BUDI)
    assert talenta("--user", "admin", "user", "add", "budi", "--role", "operator", "--db", db) == 0

    _as(monkeypatch, ADMIN, "sandi-baru-budi")
    assert talenta("--user", "admin", "user", "passwd", "budi", "--db", db) == 0
    assert "Kata sandi budi diganti" in capsys.readouterr().out
    _as(monkeypatch, BUDI)
    assert talenta("--user", "budi", "verify", "--db", db) == 1
    _as(monkeypatch, "sandi-baru-budi")
    assert talenta("--user", "budi", "verify", "--db", db) == 0

    _as(monkeypatch, ADMIN)
    assert talenta("--user", "admin", "user", "disable", "budi", "--db", db) == 0
    assert "dinonaktifkan" in capsys.readouterr().out
    assert KeySlots.load(fresh).usernames == ["admin"]
    _as(monkeypatch, "sandi-baru-budi")
    assert talenta("--user", "budi", "verify", "--db", db) == 1
    assert "kata sandi salah" in capsys.readouterr().err
    _as(monkeypatch, ADMIN)
    assert talenta("--user", "admin", "user", "list", "--db", db) == 0
    assert "budi\tOperator BKPSDM\tnonaktif" in capsys.readouterr().out

    _as(monkeypatch, ADMIN, "sandi-lagi-budi")
    assert talenta("--user", "admin", "user", "enable", "budi", "--db", db) == 0
    assert "diaktifkan kembali" in capsys.readouterr().out
    _as(monkeypatch, "sandi-lagi-budi")
    assert talenta("--user", "budi", "verify", "--db", db) == 0
    _as(monkeypatch, "sandi-baru-budi")
    assert talenta("--user", "budi", "verify", "--db", db) == 1


def test_a_user_changes_their_own_password(fresh, monkeypatch, capsys):
    _as(monkeypatch, ADMIN, BUDI)
    assert talenta("--user", "admin", "user", "add", "budi", "--role", "operator", "--db", str(fresh)) == 0
    _as(monkeypatch, BUDI, "sandi-sendiri-1")
    assert talenta("--user", "budi", "user", "passwd", "budi", "--db", str(fresh)) == 0
    _as(monkeypatch, "sandi-sendiri-1", "sandi-untuk-admin")
    assert talenta("--user", "budi", "user", "passwd", "admin", "--db", str(fresh)) == 1  # not another's
    assert "tidak berwenang" in capsys.readouterr().err
    _as(monkeypatch, ADMIN)
    assert talenta("--user", "admin", "verify", "--db", str(fresh)) == 0


def test_an_operator_may_not_manage_users(fresh, monkeypatch, capsys):
    for name, role in (("budi", "operator"), ("citra", "komite")):
        _as(monkeypatch, ADMIN, BUDI)
        assert talenta("--user", "admin", "user", "add", name, "--role", role, "--db", str(fresh)) == 0
    keys = key_file_path(fresh).read_bytes()
    _as(monkeypatch, BUDI, "rahasia-eko-1")
    for command in (["add", "eko", "--role", "administrator"], ["disable", "citra"], ["passwd", "citra"]):
        assert talenta("--user", "budi", "user", *command, "--db", str(fresh)) == 1, command
        assert "tidak berwenang" in capsys.readouterr().err
    assert key_file_path(fresh).read_bytes() == keys


def test_the_last_administrator_cannot_be_disabled(fresh, monkeypatch, capsys):
    _as(monkeypatch, ADMIN)
    assert talenta("--user", "admin", "user", "disable", "admin", "--db", str(fresh)) == 3
    assert "terakhir" in capsys.readouterr().err
    assert talenta("--user", "admin", "verify", "--db", str(fresh)) == 0


def test_user_commands_on_unknown_users_are_exit_3(fresh, monkeypatch, capsys):
    _as(monkeypatch, ADMIN, "sandi-baru-xx")
    for action in ("passwd", "disable", "enable"):
        assert talenta("--user", "admin", "user", action, "siapa", "--db", str(fresh)) == 3, action
        assert "siapa" in capsys.readouterr().err


# -- roles on real commands -------------------------------------------------------------------------------


def test_a_pembacas_map_is_exit_1_and_changes_nothing(demo, monkeypatch, capsys):
    key = _key(demo)
    before = _state(demo, key)
    _as(monkeypatch, DEWI)
    assert talenta("--user", "dewi", "map", "--period", "2025", "--db", str(demo)) == 1
    said = capsys.readouterr()
    assert said.out == ""
    assert "dewi" in said.err and "tidak berwenang" in said.err
    assert _state(demo, key) == before
    _as(monkeypatch, BUDI)
    assert talenta("--user", "budi", "map", "--period", "2025", "--db", str(demo)) == 0  # an operator may
    assert _state(demo, key)[1][-1] == "mapping.run"


# -- encrypting an existing database ----------------------------------------------------------------------


def test_encrypt_a_plain_database(demo_db, monkeypatch, capsys):
    path = demo_db.path
    demo_db.dispose()
    nip = sqlite3.connect(path).execute("SELECT nip FROM person LIMIT 1").fetchone()[0]
    _as(monkeypatch, ADMIN)
    assert talenta("encrypt", "--user", "admin", "--db", str(path)) == 0
    said = capsys.readouterr()
    assert "kini terenkripsi" in said.out and "talenta.sqlite.kunci" not in said.out
    assert "demo.sqlite.kunci" in said.out
    assert is_encrypted(path) and key_file_path(path).exists()
    _plain_sqlite_cannot_read(path)
    assert nip.encode() not in path.read_bytes()
    assert talenta("--user", "admin", "verify", "--db", str(path)) == 0
    assert talenta("encrypt", "--user", "admin", "--db", str(path)) == 1  # already encrypted
    assert "sudah terenkripsi" in capsys.readouterr().err


def test_encrypt_without_a_user_is_bad_usage(demo_db, capsys):
    demo_db.dispose()
    before = demo_db.path.read_bytes()
    assert talenta("encrypt", "--db", str(demo_db.path)) == 2
    assert "--user" in capsys.readouterr().err
    assert demo_db.path.read_bytes() == before


def test_encrypt_a_missing_database_is_exit_1(tmp_path, monkeypatch, capsys):
    _as(monkeypatch, ADMIN)
    assert talenta("encrypt", "--user", "admin", "--db", str(tmp_path / "tidak-ada.sqlite")) == 1
    assert "tidak ditemukan" in capsys.readouterr().err


def test_encrypt_failing_to_write_the_key_file_is_exit_1_and_leaves_the_plain_database(
    demo_db, monkeypatch, capsys
):
    demo_db.dispose()
    before = demo_db.path.read_bytes()

    def full_disk(self, path=None):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(KeySlots, "save", full_disk)
    _as(monkeypatch, ADMIN)
    assert talenta("encrypt", "--user", "admin", "--db", str(demo_db.path)) == 1
    assert "No space left" in capsys.readouterr().err
    assert demo_db.path.read_bytes() == before


# -- backups ----------------------------------------------------------------------------------------------


def test_backup_out_of_an_encrypted_database_takes_the_key_file_along(fresh, monkeypatch, capsys):
    out = fresh.parent / "flashdisk" / "cadangan.sqlite"
    out.parent.mkdir()
    _as(monkeypatch, ADMIN)
    assert talenta("--user", "admin", "backup", "--out", str(out), "--db", str(fresh)) == 0
    assert "diperiksa utuh" in capsys.readouterr().out


def test_backup_out_of_an_encrypted_database_writes_an_encrypted_copy_and_its_key_file(fresh, monkeypatch):
    out = fresh.parent / "flashdisk" / "cadangan.sqlite"
    out.parent.mkdir()
    _as(monkeypatch, ADMIN)
    talenta("--user", "admin", "backup", "--out", str(out), "--db", str(fresh))  # exit status: see above
    assert is_encrypted(out)
    assert key_file_path(out).read_bytes() == key_file_path(fresh).read_bytes()
    _plain_sqlite_cannot_read(out)
    assert talenta("--user", "admin", "verify", "--db", str(out)) == 0  # the copy opens on its own


def test_restore_of_an_encrypted_backup(demo, monkeypatch, capsys, tmp_path):
    from talenta_desktop.services.backups import backup_database
    from talenta_desktop.services.users import sign_in

    db, admin = sign_in(demo, "admin", ADMIN)
    try:
        out = backup_database(db, admin, out=tmp_path / "cadangan.sqlite").path
    finally:
        db.dispose()
    _as(monkeypatch, BUDI)
    assert (
        talenta("--user", "budi", "restore", str(out), "--yes", "--db", str(demo)) == 1
    )  # operators may not
    assert "tidak berwenang" in capsys.readouterr().err
    _as(monkeypatch, ADMIN)
    assert talenta("--user", "admin", "restore", str(out), "--yes", "--db", str(demo)) == 0
    assert "Database dipulihkan" in capsys.readouterr().out
    assert is_encrypted(demo)
    for user, password in (("admin", ADMIN), ("budi", BUDI), ("dewi", DEWI)):
        _as(monkeypatch, password)
        assert talenta("--user", user, "verify", "--db", str(demo)) == 0, user


def test_an_operator_disabling_the_administrator_is_told_they_may_not(fresh, monkeypatch, capsys):
    _as(monkeypatch, ADMIN, BUDI)
    assert talenta("--user", "admin", "user", "add", "budi", "--role", "operator", "--db", str(fresh)) == 0
    _as(monkeypatch, BUDI)
    assert talenta("--user", "budi", "user", "disable", "admin", "--db", str(fresh)) == 1
    assert "tidak berwenang" in capsys.readouterr().err


def test_a_plain_database_with_users_runs_without_user_but_warns(tmp_path, monkeypatch, capsys):
    """DESIGN §4: only an encrypted database requires --user; a plain one with accounts says that its
    roles cannot protect anything while the file is plain."""
    db = tmp_path / "polos.sqlite"
    _as(monkeypatch, "rahasia-123")
    assert talenta("--db", str(db), "user", "add", "admin", "--role", "administrator") == 0
    capsys.readouterr()
    assert talenta("--db", str(db), "verify") == 0
    assert "tidak terenkripsi" in capsys.readouterr().err
    _as(monkeypatch, "salah-sekali")
    assert talenta("--db", str(db), "--user", "admin", "verify") == 1
    assert "kata sandi salah" in capsys.readouterr().err
    _as(monkeypatch, "rahasia-123")
    assert talenta("--db", str(db), "--user", "admin", "verify") == 0


def test_init_encrypt_creates_the_folder_like_a_plain_init(tmp_path, monkeypatch):
    target = tmp_path / "belum" / "ada" / "kab.sqlite"
    _as(monkeypatch, "rahasia-123")
    assert talenta("--db", str(target), "init", "--encrypt", "--user", "admin") == 0
    assert is_encrypted(target) and key_file_path(target).is_file()
    assert talenta("--db", str(target), "--user", "admin", "verify") == 0
