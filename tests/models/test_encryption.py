"""Key slots of an encrypted database (models.encryption): the random database key sealed once per user
under a key derived from the user's password, failed sign-ins counted with a lockout, and a key file that
is written atomically, readable by its owner only, and refused with a clear message when it is damaged,
foreign, or from a newer version."""

from __future__ import annotations

import json
import os
import stat
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from talenta_desktop.models import encryption
from talenta_desktop.models.encryption import (
    LOCKOUT,
    MAX_FAILED,
    WRONG,
    KeyFileError,
    KeySlots,
    LockedOut,
    SignInError,
    WrongPassword,
    check_password,
    hash_password,
    is_encrypted,
    key_file_path,
    new_database_key,
)

PASSWORD = "kata-sandi-admin"
T0 = datetime(2025, 11, 24, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _cheap_scrypt(monkeypatch):
    """scrypt at 2**17 costs 0.4 s per derivation; the rules under test do not depend on the cost."""
    monkeypatch.setattr(encryption, "SCRYPT_N", 2**10)


@pytest.fixture
def database(tmp_path) -> Path:
    return tmp_path / "talenta.sqlite"


@pytest.fixture
def key() -> bytes:
    return new_database_key()


@pytest.fixture
def slots(database, key) -> KeySlots:
    """A key file with an administrator and an operator, saved beside the database."""
    made = KeySlots.create(database)
    made.put("admin", PASSWORD, key)
    made.put("budi", "kata-sandi-budi", key)
    made.save()
    return made


def _file(database: Path) -> dict:
    return json.loads(key_file_path(database).read_text(encoding="utf-8"))


# -- round trip -------------------------------------------------------------------------------------------


def test_each_users_slot_opens_the_same_database_key_after_a_round_trip_through_the_file(
    database, key, slots
):
    assert key_file_path(database).name == "talenta.sqlite.kunci"
    loaded = KeySlots.load(database)
    assert loaded.usernames == ["admin", "budi"]
    assert loaded.open("admin", PASSWORD, now=T0) == key
    assert loaded.open("budi", "kata-sandi-budi", now=T0) == key
    assert len(key) == 32 and new_database_key() != key


def test_the_file_holds_neither_the_key_nor_a_password(database, key, slots):
    text = key_file_path(database).read_text(encoding="utf-8")
    assert key.hex() not in text and key.hex().upper() not in text
    assert PASSWORD not in text and "kata-sandi-budi" not in text
    content = _file(database)
    assert (content["format"], content["version"]) == ("talenta-kunci", 1)
    assert content["slots"]["admin"]["salt"] != content["slots"]["budi"]["salt"]


def test_a_new_password_replaces_the_old_one_and_a_removed_slot_opens_nothing(database, key, slots):
    slots.put("budi", "sandi-baru-budi", key)
    slots.remove("admin")
    slots.save()
    loaded = KeySlots.load(database)
    assert loaded.usernames == ["budi"]
    assert loaded.open("budi", "sandi-baru-budi", now=T0) == key
    with pytest.raises(WrongPassword):
        loaded.open("budi", "kata-sandi-budi", now=T0)
    with pytest.raises(WrongPassword, match=WRONG):
        loaded.open("admin", PASSWORD, now=T0)


def test_a_slot_keeps_its_own_scrypt_cost_so_raising_the_cost_later_leaves_it_readable(
    database, key, slots, monkeypatch
):
    monkeypatch.setattr(encryption, "SCRYPT_N", 2**11)
    loaded = KeySlots.load(database)
    assert loaded.open("admin", PASSWORD, now=T0) == key
    loaded.put("citra", "kata-sandi-citra", key)
    assert loaded.slots["citra"]["n"] == 2**11 and loaded.slots["admin"]["n"] == 2**10


# -- wrong passwords and the lockout ----------------------------------------------------------------------


def test_a_wrong_password_is_refused_and_counted_in_the_file(database, slots):
    with pytest.raises(WrongPassword) as refused:
        KeySlots.load(database).open("admin", "salah-sandi", now=T0)
    assert WRONG in str(refused.value) and f"Tersisa {MAX_FAILED - 1} kali" in str(refused.value)
    assert _file(database)["slots"]["admin"]["failed"] == 1
    assert _file(database)["slots"]["budi"]["failed"] == 0  # one user's mistakes are not another's


def test_an_unknown_user_gets_the_same_message_as_a_wrong_password(database, slots):
    with pytest.raises(WrongPassword) as refused:
        KeySlots.load(database).open("tidak-ada", PASSWORD, now=T0)
    assert str(refused.value) == WRONG  # does not tell whether the name exists


def test_five_failures_lock_the_user_until_the_lockout_has_passed(database, key, slots):
    for attempt in range(1, MAX_FAILED):
        with pytest.raises(WrongPassword):
            KeySlots.load(database).open("admin", f"salah-{attempt}", now=T0)
    with pytest.raises(LockedOut) as locked:
        KeySlots.load(database).open("admin", "salah-5", now=T0)
    assert locked.value.until == T0 + LOCKOUT
    assert "dikunci sementara" in str(locked.value)
    assert (T0 + LOCKOUT).astimezone().strftime("%H:%M") in str(locked.value)

    # Locked: even the right password is refused, from a fresh load of the file, until the time is up.
    for moment in (T0 + timedelta(minutes=1), T0 + LOCKOUT - timedelta(seconds=1)):
        with pytest.raises(LockedOut):
            KeySlots.load(database).open("admin", PASSWORD, now=moment)
    assert KeySlots.load(database).open("budi", "kata-sandi-budi", now=T0) == key  # others are not locked

    assert KeySlots.load(database).open("admin", PASSWORD, now=T0 + LOCKOUT + timedelta(seconds=1)) == key
    slot = _file(database)["slots"]["admin"]
    assert (slot["failed"], slot["locked_until"]) == (0, None)  # a right password resets the count


def test_after_a_lockout_the_count_starts_again(database, slots):
    for attempt in range(MAX_FAILED):
        with pytest.raises(SignInError):
            KeySlots.load(database).open("admin", f"salah-{attempt}", now=T0)
    later = T0 + LOCKOUT + timedelta(minutes=1)
    with pytest.raises(WrongPassword, match=f"Tersisa {MAX_FAILED - 1} kali"):
        KeySlots.load(database).open("admin", "salah-lagi", now=later)


def test_a_right_password_resets_the_failure_count(database, key, slots):
    for attempt in range(MAX_FAILED - 1):
        with pytest.raises(WrongPassword):
            KeySlots.load(database).open("admin", f"salah-{attempt}", now=T0)
    assert KeySlots.load(database).open("admin", PASSWORD, now=T0) == key
    with pytest.raises(WrongPassword, match=f"Tersisa {MAX_FAILED - 1} kali"):
        KeySlots.load(database).open("admin", "salah-lagi", now=T0)


# -- the user name is sealed in ---------------------------------------------------------------------------


def test_a_slot_copied_under_another_users_name_does_not_open(database, slots):
    content = _file(database)
    content["slots"]["budi"] = dict(content["slots"]["admin"])  # budi tries admin's slot and password
    content["slots"]["mallory"] = dict(content["slots"]["admin"])
    key_file_path(database).write_text(json.dumps(content), encoding="utf-8")
    loaded = KeySlots.load(database)
    for name in ("budi", "mallory"):
        with pytest.raises(WrongPassword):
            loaded.open(name, PASSWORD, now=T0)


def test_a_slot_from_another_database_opens_that_databases_key_not_this_ones(tmp_path, database, key, slots):
    other = KeySlots.create(tmp_path / "lain.sqlite")
    other_key = new_database_key()
    other.put("admin", PASSWORD, other_key)
    other.save()
    assert KeySlots.load(tmp_path / "lain.sqlite").open("admin", PASSWORD, now=T0) == other_key != key


# -- a damaged, foreign or newer key file -----------------------------------------------------------------


def test_a_missing_key_file_says_which_file_is_missing_and_where_to_find_it(database):
    with pytest.raises(KeyFileError) as missing:
        KeySlots.load(database)
    message = str(missing.value)
    assert "talenta.sqlite.kunci" in message and "tidak ada" in message and "cadangan" in message


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"{ bukan json", "tidak dapat dibaca"),
        (b"\xff\xfe\x00garbage\x00", "tidak dapat dibaca"),
        (b"", "tidak dapat dibaca"),
        (b"[1, 2, 3]", "tidak dapat dibaca"),
        (json.dumps({"format": "keepass", "version": 1, "slots": {}}).encode(), "bukan berkas kunci Talenta"),
        (json.dumps({"version": 1, "slots": {}}).encode(), "bukan berkas kunci Talenta"),
        (json.dumps({"format": "talenta-kunci", "version": 2, "slots": {}}).encode(), "versi Talenta Desktop yang lebih baru"),
        (json.dumps({"format": "talenta-kunci", "version": 1}).encode(), "tidak dapat dibaca"),
        (json.dumps({"format": "talenta-kunci", "version": 1, "slots": ["admin"]}).encode(), "tidak dapat dibaca"),
        (json.dumps({"format": "talenta-kunci", "version": 1, "slots": {"admin": 5}}).encode(), "tidak dapat dibaca"),
    ],
    ids=["not-json", "binary", "empty", "a-list", "foreign", "no-format", "newer", "no-slots", "slots-list", "slot-number"],
)  # fmt: skip
def test_a_damaged_foreign_or_newer_key_file_is_refused_with_a_clear_message(database, content, reason):
    key_file_path(database).write_bytes(content)
    with pytest.raises(KeyFileError) as refused:
        KeySlots.load(database)
    assert "talenta.sqlite.kunci" in str(refused.value) and reason in str(refused.value)


@pytest.mark.parametrize(
    "damage",
    [
        {"sealed": "!!! bukan base64"},
        {"nonce": ""},
        {"salt": "AAAA"},
        {"n": 1000},  # not a power of two: scrypt refuses it
        {"sealed": "AAAA"},
    ],
    ids=["sealed", "nonce", "salt", "cost", "short-seal"],
)
def test_a_damaged_slot_is_a_refused_sign_in_not_a_crash(database, slots, damage):
    content = _file(database)
    content["slots"]["admin"].update(damage)
    key_file_path(database).write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(SignInError):
        KeySlots.load(database).open("admin", PASSWORD, now=T0)


@pytest.mark.parametrize(
    "damage",
    [{"locked_until": "kemarin"}, {"failed": "banyak"}, {"salt": None}],
    ids=["locked", "failed", "salt-null"],
)
def test_a_damaged_lockout_record_or_salt_is_a_refused_sign_in(database, slots, damage):
    content = _file(database)
    content["slots"]["admin"].update(damage)
    key_file_path(database).write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(SignInError):
        KeySlots.load(database).open("admin", PASSWORD, now=T0)


# -- writing the file -------------------------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_the_key_file_is_readable_by_its_owner_only(database, slots, key):
    assert stat.S_IMODE(key_file_path(database).stat().st_mode) == 0o600
    os.chmod(key_file_path(database), 0o644)  # e.g. copied from a flash drive
    slots.put("citra", "kata-sandi-citra", key)
    slots.save()
    assert stat.S_IMODE(key_file_path(database).stat().st_mode) == 0o600


def test_the_key_file_is_written_whole_or_not_at_all(database, slots, key, monkeypatch):
    before = key_file_path(database).read_bytes()
    seen = {}

    def interrupted(self, target):
        seen["partial"] = Path(self)
        seen["mode"] = stat.S_IMODE(Path(self).stat().st_mode)
        raise OSError("disk dicabut")

    monkeypatch.setattr(Path, "replace", interrupted)
    slots.put("citra", "kata-sandi-citra", key)
    with pytest.raises(OSError, match="disk dicabut"):
        slots.save()
    monkeypatch.undo()
    assert key_file_path(database).read_bytes() == before  # the old file is intact and still opens
    assert seen["partial"].parent == database.parent  # a sibling: the rename is atomic on one file system
    if sys.platform != "win32":
        assert seen["mode"] == 0o600  # private before it takes the key file's name
    assert KeySlots.load(database).usernames == ["admin", "budi"]
    assert KeySlots.load(database).open("admin", PASSWORD, now=T0) == key


def test_save_can_write_the_file_for_another_database(tmp_path, database, slots, key):
    """encrypt_database prepares the key file beside a staged copy and then gives it the real name."""
    slots.save(key_file_path(tmp_path / "salinan.sqlite"))
    assert KeySlots.load(tmp_path / "salinan.sqlite").open("budi", "kata-sandi-budi", now=T0) == key
    assert not list(tmp_path.glob("*.partial"))


# -- telling an encrypted file from a plain one -----------------------------------------------------------


def test_is_encrypted_reads_the_sqlite_header(tmp_path):
    import sqlite3

    plain = tmp_path / "biasa.sqlite"
    sqlite3.connect(plain).execute("CREATE TABLE t (x)").connection.close()
    empty = tmp_path / "kosong.sqlite"
    empty.touch()
    scrambled = tmp_path / "acak.sqlite"
    scrambled.write_bytes(os.urandom(4096))
    assert not is_encrypted(plain)
    assert not is_encrypted(empty)
    assert not is_encrypted(tmp_path / "tidak-ada.sqlite")
    assert not is_encrypted(tmp_path)  # a folder
    assert is_encrypted(scrambled)


# -- the verifier of a plain database's user row ----------------------------------------------------------


def test_a_password_hash_checks_the_right_password_only():
    stored = hash_password(PASSWORD)
    assert stored.startswith("scrypt$1024$8$1$")
    assert PASSWORD not in stored
    assert check_password(PASSWORD, stored)
    assert not check_password("salah-sandi", stored)
    assert hash_password(PASSWORD) != stored  # salted


@pytest.mark.parametrize(
    "stored",
    [None, "", "bcrypt$x", "scrypt$1024$8$1", "scrypt$abc$8$1$c2FsdA==$ZGln", "scrypt$1024$8$1$!!$ZGln"],
    ids=["none", "empty", "other-kind", "too-few-parts", "cost-not-a-number", "salt-not-base64"],
)
def test_a_missing_or_damaged_verifier_checks_nothing(stored):
    assert check_password(PASSWORD, stored) is False


def test_a_verifier_with_a_damaged_digest_checks_nothing():
    kind, n, r, p, salt, _ = hash_password(PASSWORD).split("$")
    assert check_password(PASSWORD, "$".join([kind, n, r, p, salt, "!!!"])) is False
