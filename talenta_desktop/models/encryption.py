"""Encryption at rest: a SQLCipher database whose random key is wrapped once per user (key slots).

The database is encrypted with one random 256-bit key that never changes. A small JSON file beside the
database (``<database>.kunci``) holds that key once per user, sealed with AES-GCM under a key derived from
the user's password with scrypt — like the key slots of disk encryption. Adding or removing a user, or a
new password, rewrites only that file; the database is never re-encrypted. The slot's user name is bound
into the seal, so one user's slot cannot be passed off as another's.

Failed sign-ins are counted in the slot and lock it for a while after `MAX_FAILED`. The file is not
secret, so the counter only slows a person at the login dialog; what stops an attacker with the file is
scrypt's cost per guess.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP, MessageError

KEY_FILE_SUFFIX = ".kunci"
FORMAT = "talenta-kunci"
VERSION = 1
KEY_BYTES = 32
# scrypt cost: about 0.4 s and 128 MiB per guess on a modest laptop. Stored per slot, so raising it later
# leaves existing slots readable.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
MAX_FAILED = 5
LOCKOUT = timedelta(minutes=15)
SQLITE_HEADER = b"SQLite format 3\x00"


class SignInError(MessageError):
    """A user could not be signed in; the message is for the user (a Message the screen translates)."""


class WrongPassword(SignInError):
    pass


class LockedOut(SignInError):
    def __init__(self, username: str, until: datetime) -> None:
        local = until.astimezone().strftime("%H:%M")
        super().__init__(
            QT_TRANSLATE_NOOP(
                "models.encryption",
                "Pengguna {username} dikunci sementara setelah {attempts} kali salah kata sandi; "
                "coba lagi setelah pukul {time}.",
            ),
            username=username,
            attempts=MAX_FAILED,
            time=local,
        )
        self.until = until


class KeyFileError(SignInError):
    """The key file is missing, unreadable, or not for this database."""


def key_file_path(database: Path) -> Path:
    return database.with_name(database.name + KEY_FILE_SUFFIX)


def is_encrypted(database: Path) -> bool:
    """Whether an existing database file is encrypted: a plain SQLite file starts with its magic header."""
    if not database.is_file() or database.stat().st_size == 0:
        return False
    with database.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER


def new_database_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def sqlcipher_key_pragma(key: bytes) -> str:
    """The PRAGMA giving SQLCipher a raw key (no second key derivation: the key is already random)."""
    return f"PRAGMA key = \"x'{key.hex()}'\""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


# What a slot may ask of scrypt: a hostile key file must not make a sign-in allocate gigabytes.
_MAX_N, _MAX_R, _MAX_P = 2**20, 16, 4


def _check_cost(slot: dict[str, Any]) -> None:
    n, r, p = (int(slot[name]) for name in ("n", "r", "p"))
    if not (1 < n <= _MAX_N and 0 < r <= _MAX_R and 0 < p <= _MAX_P):
        raise ValueError(f"biaya scrypt n={n}, r={r}, p={p} di luar batas")


def _derive(password: str, slot: dict[str, Any]) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt  # only signing in needs it

    _check_cost(slot)
    kdf = Scrypt(salt=_unb64(slot["salt"]), length=KEY_BYTES, n=slot["n"], r=slot["r"], p=slot["p"])
    return kdf.derive(password.encode("utf-8"))


def _seal_label(username: str) -> bytes:
    return f"talenta-kunci:{username}".encode()


@dataclass
class KeySlots:
    """The key file of one encrypted database: one slot per user who can open it."""

    path: Path
    slots: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def load(cls, database: Path) -> KeySlots:
        path = key_file_path(database)
        if not path.is_file():
            raise KeyFileError(
                QT_TRANSLATE_NOOP(
                    "models.encryption",
                    "Database {database} terenkripsi, tetapi berkas kuncinya ({key_file}) tidak ada di "
                    "sampingnya. Salin berkas kunci dari tempat database berasal atau dari cadangan.",
                ),
                database=database.name,
                key_file=path.name,
            )
        try:
            content = json.loads(path.read_text(encoding="utf-8"))
            if content.get("format") != FORMAT:
                raise ValueError(QT_TRANSLATE_NOOP("models.encryption", "bukan berkas kunci Talenta"))
            if content.get("version", 0) > VERSION:
                raise ValueError(
                    QT_TRANSLATE_NOOP(
                        "models.encryption", "dibuat oleh versi Talenta Desktop yang lebih baru"
                    )
                )
            slots = {str(name): dict(slot) for name, slot in content["slots"].items()}
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            reason = exc.args[0] if type(exc) is ValueError and exc.args else exc
            raise KeyFileError(
                QT_TRANSLATE_NOOP(
                    "models.encryption", "Berkas kunci {key_file} tidak dapat dibaca: {reason}"
                ),
                key_file=path.name,
                reason=reason if isinstance(reason, str) else str(reason),
            ) from exc
        return cls(path, slots)

    @classmethod
    def create(cls, database: Path) -> KeySlots:
        return cls(key_file_path(database))

    def save(self, path: Path | None = None) -> None:
        """Write the whole file atomically (a sibling file renamed over it), readable by its owner only."""
        target = path or self.path
        partial = target.with_name(target.name + ".partial")
        content = {"format": FORMAT, "version": VERSION, "slots": self.slots}
        partial.write_text(json.dumps(content, indent=1, sort_keys=True), encoding="utf-8")
        os.chmod(partial, 0o600)
        with partial.open("rb") as handle:
            os.fsync(handle.fileno())
        partial.replace(target)

    @property
    def usernames(self) -> list[str]:
        return sorted(self.slots)

    def put(self, username: str, password: str, database_key: bytes) -> None:
        """Seal the database key for a user (a new slot, or a new password for an existing one)."""
        slot: dict[str, Any] = {
            "kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
            "salt": _b64(secrets.token_bytes(16)), "failed": 0, "locked_until": None,
        }  # fmt: skip
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        nonce = secrets.token_bytes(12)
        sealed = AESGCM(_derive(password, slot)).encrypt(nonce, database_key, _seal_label(username))
        slot["nonce"], slot["sealed"] = _b64(nonce), _b64(sealed)
        self.slots[username] = slot

    def remove(self, username: str) -> None:
        self.slots.pop(username, None)

    def open(self, username: str, password: str, *, now: datetime | None = None) -> bytes:
        """The database key, if the password is right. Failures are counted in the file (see `Attempts`);
        a right password resets the count."""
        moment = now or datetime.now(UTC)
        slot = self.slots.get(username)
        if slot is None:
            raise WrongPassword(WRONG)
        try:
            locked = slot.get("locked_until")
            locked = datetime.fromisoformat(locked).astimezone(UTC) if locked else None  # naive: local time
            attempts = Attempts(username, int(slot.get("failed") or 0), locked)
            sealed = (_unb64(slot["nonce"]), _unb64(slot["sealed"]))
            _check_cost(slot)
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            raise KeyFileError(
                QT_TRANSLATE_NOOP(
                    "models.encryption",
                    "Slot kunci pengguna {username} di {key_file} rusak; administrator dapat mengatur ulang "
                    "kata sandinya.",
                ),
                username=username,
                key_file=self.path.name,
            ) from exc
        attempts.check(moment)
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            key = AESGCM(_derive(password, slot)).decrypt(*sealed, _seal_label(username))
        except (InvalidTag, KeyError, ValueError, TypeError, AttributeError) as exc:
            error = attempts.fail(moment)
            slot["failed"] = attempts.failed
            slot["locked_until"] = attempts.locked_until and attempts.locked_until.isoformat()
            self.save()
            raise error from exc
        if slot.get("failed") or slot.get("locked_until"):
            slot["failed"], slot["locked_until"] = 0, None
            self.save()
        return key


WRONG = QT_TRANSLATE_NOOP("models.encryption", "Nama pengguna atau kata sandi salah.")


@dataclass
class Attempts:
    """The lockout rule, wherever the count is kept (a key slot, or a user row of a plain database)."""

    username: str
    failed: int
    locked_until: datetime | None

    def check(self, now: datetime) -> None:
        if self.locked_until is not None and self.locked_until > now:
            raise LockedOut(self.username, self.locked_until)

    def fail(self, now: datetime) -> SignInError:
        """Count one failure; the error to show (locked after `MAX_FAILED`)."""
        self.failed += 1
        if self.failed >= MAX_FAILED:
            self.failed, self.locked_until = 0, now + LOCKOUT
            return LockedOut(self.username, self.locked_until)
        left = MAX_FAILED - self.failed
        return WrongPassword(
            QT_TRANSLATE_NOOP(
                "models.encryption",
                "Nama pengguna atau kata sandi salah. Tersisa {left} kali percobaan sebelum pengguna dikunci "
                "sementara.",
            ),
            left=left,
        )


def hash_password(password: str) -> str:
    """A password verifier for a plain database's user row (an encrypted database's slot is its own)."""
    params = {"n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": _b64(secrets.token_bytes(16))}
    digest = _derive(password, params)
    return f"scrypt${params['n']}${params['r']}${params['p']}${params['salt']}${_b64(digest)}"


def check_password(password: str, stored: str | None) -> bool:
    try:
        kind, n, r, p, salt, digest = (stored or "").split("$")
        if kind != "scrypt":
            return False
        derived = _derive(password, {"n": int(n), "r": int(r), "p": int(p), "salt": salt})
        return secrets.compare_digest(derived, _unb64(digest))
    except ValueError:  # a damaged verifier (binascii.Error is a ValueError) checks nothing
        return False
