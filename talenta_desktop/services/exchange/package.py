"""The package file: a ZIP holding ``manifest.json`` and one JSON Lines part per table under ``data/``,
signed with Ed25519.

The manifest names the format and its version, the instansi, the source installation and its public key,
the period, when and by whom it was made, the row counts, and the SHA-256 of every part. The signature sits
in the ZIP's comment, the last bytes of the file, and covers every byte before it: a single changed bit
anywhere (a part, the manifest, a date in a ZIP header) breaks it. Reading checks all of it before a single
row is parsed; anything amiss is a PackageError with a message for the user. Any ZIP tool still opens the
file, so what it carries can be inspected.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import secrets
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP, MessageError

from ..importing.reading import file_sha256
from .identity import Installation, decode_key, key_fingerprint

FORMAT = "talenta-paket"
FORMAT_VERSION = 1
SUFFIX = ".talenta"
MANIFEST, DATA = "manifest.json", "data/"
SIGNATURE_LENGTH = 88  # base64 of a 64-byte Ed25519 signature


class PackageError(MessageError):
    """The file is not a package this version can trust and read; nothing was changed."""


@dataclass(frozen=True)
class Package:
    """A checked package. Its parts stay compressed in memory and are parsed one at a time, when asked."""

    manifest: dict[str, Any]
    data: bytes = field(repr=False)
    sha256: str  # of the whole file: names this package in the audit log
    _parsed: dict[str, list[dict[str, Any]]] = field(default_factory=dict, repr=False, compare=False)

    def rows(self, part: str) -> list[dict[str, Any]]:
        """The rows of one part (empty when the package does not carry it); parsed once."""
        if part not in self._parsed:
            path = f"{DATA}{part}.jsonl"
            if path not in self.manifest["parts"]:
                return []
            with zipfile.ZipFile(io.BytesIO(self.data)) as archive:
                text = archive.read(path).decode("utf-8")
            self._parsed[part] = [json.loads(line) for line in text.splitlines() if line]
        return self._parsed[part]

    def forget(self, part: str) -> None:
        """Drop a parsed part that is no longer needed (memory on a 50,000-person package)."""
        self._parsed.pop(part, None)

    @property
    def source_id(self) -> str:
        return self.manifest["source"]["installation_id"]

    @property
    def source_name(self) -> str:
        return self.manifest["source"]["name"]

    @property
    def public_key(self) -> bytes:
        return decode_key(self.manifest["source"]["public_key"])

    @property
    def fingerprint(self) -> str:
        return key_fingerprint(self.public_key)

    @property
    def period(self) -> str:
        return self.manifest["period"]


def _jsonl(rows: Iterable[dict[str, Any]]) -> bytes:
    return b"".join(
        json.dumps(row, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8") + b"\n"
        for row in rows
    )


def write_package(
    target: Path,
    manifest: dict[str, Any],
    parts: Iterable[tuple[str, list[dict[str, Any]]]],
    signer: Installation,
) -> tuple[str, dict[str, int]]:
    """Write the package through a temporary file in the target folder; return the file's SHA-256 and the
    rows per part. ``parts`` may be a generator (one part in memory at a time); if it raises, for a
    cancel, no file is left behind."""
    manifest = dict(manifest, format=FORMAT, format_version=FORMAT_VERSION, counts={}, parts={})
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
            for name, rows in parts:
                data = _jsonl(rows)
                path = f"{DATA}{name}.jsonl"
                archive.writestr(path, data)
                manifest["counts"][name] = len(rows)
                manifest["parts"][path] = hashlib.sha256(data).hexdigest()
            body = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
            archive.writestr(MANIFEST, body)
        sign_archive(tmp, signer)
        digest = file_sha256(tmp)
        os.replace(tmp, target)
        return digest, manifest["counts"]
    finally:
        tmp.unlink(missing_ok=True)


def sign_archive(path: Path, signer: Installation) -> None:
    """Put the signature of everything before it into the ZIP's comment (which ends the file)."""
    with zipfile.ZipFile(path, "a") as archive:
        archive.comment = b"\0" * SIGNATURE_LENGTH
    data = path.read_bytes()
    signed = data[:-SIGNATURE_LENGTH]
    path.write_bytes(signed + base64.b64encode(signer.sign(signed)))


def read_package(path: str | Path) -> Package:
    """Open, check and parse a package; PackageError when it is not whole, not ours or not authentic."""
    path = Path(path)
    if not path.is_file():
        raise PackageError(
            QT_TRANSLATE_NOOP("services.exchange.package", "Berkas paket tidak ditemukan: {path}"), path=path
        )
    try:
        data = path.read_bytes()
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if MANIFEST not in names:
                raise PackageError(
                    QT_TRANSLATE_NOOP(
                        "services.exchange.package", "{name} bukan paket Talenta: tidak ada manifest."
                    ),
                    name=path.name,
                )
            if len(archive.comment) != SIGNATURE_LENGTH:
                raise PackageError(
                    QT_TRANSLATE_NOOP(
                        "services.exchange.package",
                        "{name} bukan paket Talenta yang utuh: tanda tangannya tidak ada.",
                    ),
                    name=path.name,
                )
            manifest = _manifest(path, archive.read(MANIFEST), data)
            listed = set(manifest["parts"])
            if names - listed - {MANIFEST}:
                extra = ", ".join(sorted(names - listed - {MANIFEST}))
                raise PackageError(
                    QT_TRANSLATE_NOOP(
                        "services.exchange.package",
                        "Paket {name} berisi bagian yang tidak tercantum di manifest: {extra}.",
                    ),
                    name=path.name,
                    extra=extra,
                )
            for part_path, expected in manifest["parts"].items():
                if part_path not in names:
                    raise PackageError(
                        QT_TRANSLATE_NOOP(
                            "services.exchange.package",
                            "Paket {name} tidak lengkap: bagian {part_path} tidak ada.",
                        ),
                        name=path.name,
                        part_path=part_path,
                    )
                part = archive.read(part_path)
                if hashlib.sha256(part).hexdigest() != expected:
                    raise PackageError(
                        QT_TRANSLATE_NOOP(
                            "services.exchange.package",
                            "Bagian {part_path} dalam paket {name} tidak cocok dengan checksum-nya: isinya rusak "
                            "atau telah diubah.",
                        ),
                        part_path=part_path,
                        name=path.name,
                    )
    except PackageError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, KeyError) as exc:
        # BadZipFile: truncated or not a ZIP; zlib errors and CRC mismatches surface as BadZipFile/OSError;
        # ValueError covers broken JSON and text. None of them says anything useful to a user alone.
        raise PackageError(
            QT_TRANSLATE_NOOP(
                "services.exchange.package",
                "{name} bukan paket Talenta yang utuh (berkas rusak, terpotong atau berformat lain): {exc}",
            ),
            name=path.name,
            exc=exc,
        ) from exc
    except Exception as exc:  # zlib.error and friends: a damaged file must never crash the import
        raise PackageError(
            QT_TRANSLATE_NOOP(
                "services.exchange.package", "{name} tidak dapat dibaca sebagai paket Talenta: {exc}"
            ),
            name=path.name,
            exc=exc,
        ) from exc
    package = Package(manifest, data, hashlib.sha256(data).hexdigest())
    try:
        for part_path in manifest["parts"]:
            package.rows(part_path.removeprefix(DATA).removesuffix(".jsonl"))
    except ValueError as exc:  # signed, checksummed, and still not our JSON: a bug on the other side
        raise PackageError(
            QT_TRANSLATE_NOOP("services.exchange.package", "Isi paket {name} tidak dapat dibaca: {exc}"),
            name=path.name,
            exc=exc,
        ) from exc
    for part_path in manifest["parts"]:
        package.forget(part_path.removeprefix(DATA).removesuffix(".jsonl"))
    return package


def _manifest(path: Path, body: bytes, data: bytes) -> dict[str, Any]:
    manifest = json.loads(body.decode("utf-8"))
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PackageError(
            QT_TRANSLATE_NOOP("services.exchange.package", "{name} bukan paket Talenta (format {format})."),
            name=path.name,
            format=repr(manifest.get("format")),
        )
    version = manifest.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise PackageError(
            QT_TRANSLATE_NOOP(
                "services.exchange.package",
                "Paket {name} berformat versi {version}, lebih baru dari yang dapat dibaca aplikasi ini "
                "(versi {supported}). Perbarui Talenta Desktop terlebih dahulu.",
            ),
            name=path.name,
            version=version,
            supported=FORMAT_VERSION,
        )
    try:
        key = Ed25519PublicKey.from_public_bytes(decode_key(manifest["source"]["public_key"]))
        signed, signature = data[:-SIGNATURE_LENGTH], data[-SIGNATURE_LENGTH:]
        key.verify(base64.b64decode(signature, validate=True), signed)
    except (InvalidSignature, ValueError, KeyError, TypeError) as exc:
        raise PackageError(
            QT_TRANSLATE_NOOP(
                "services.exchange.package",
                "Tanda tangan paket {name} tidak sah: berkasnya rusak atau telah diubah setelah "
                "ditandatangani, atau paket tidak berasal dari instalasi yang disebutkannya.",
            ),
            name=path.name,
        ) from exc
    return manifest
