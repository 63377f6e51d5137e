"""This installation's identity: a random id and an Ed25519 key that signs the packages it exports.

Kept in the data folder, not in the database: the key belongs to the laptop that exports, and a copied
database must not be able to sign as the laptop it was copied from. The private key file is readable by
its owner only.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import platform
import uuid
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from talenta_desktop import config

FOLDER = "installation"
IDENTITY_FILE = "identity.json"
KEY_FILE = "signing_key.pem"


@dataclass(frozen=True)
class Installation:
    id: str
    name: str
    private_key: Ed25519PrivateKey

    @property
    def public_key(self) -> bytes:
        return public_bytes(self.private_key.public_key())

    @property
    def fingerprint(self) -> str:
        return key_fingerprint(self.public_key)

    def sign(self, data: bytes) -> bytes:
        return self.private_key.sign(data)


def public_bytes(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_fingerprint(public_key: bytes) -> str:
    """What two people compare by telephone before trusting a new source: 16 hex digits in groups of 4."""
    digest = hashlib.sha256(public_key).hexdigest()[:16].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 16, 4))


def encode_key(public_key: bytes) -> str:
    return base64.b64encode(public_key).decode("ascii")


def decode_key(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def installation(folder: Path | None = None) -> Installation:
    """This installation's identity, created on first use."""
    folder = folder or config.data_dir() / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    identity_path, key_path = folder / IDENTITY_FILE, folder / KEY_FILE
    if not key_path.exists():
        _create(identity_path, key_path)
    identity = json.loads(identity_path.read_text(encoding="utf-8"))
    key = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError(f"{key_path} bukan kunci Ed25519.")
    return Installation(identity["id"], identity["name"], key)


def _create(identity_path: Path, key_path: Path) -> None:
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    partial = key_path.with_suffix(".partial")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as fh:
        fh.write(pem)
    identity = {"id": str(uuid.uuid4()), "name": platform.node() or "Talenta Desktop"}
    identity_path.write_text(json.dumps(identity, indent=2), encoding="utf-8")
    os.replace(partial, key_path)
