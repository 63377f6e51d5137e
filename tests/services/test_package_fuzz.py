"""Hostile input (issue 8): whatever bytes arrive as a package, reading them either succeeds or ends in a
PackageError with a message for the user — never another exception, never a crash."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from talenta_desktop.services.exchange.identity import encode_key, installation
from talenta_desktop.services.exchange.package import PackageError, read_package, write_package

ROWS = [{"nip": f"19760120200108100{i}", "nama": f"Pegawai {i}", "unit_id": ["kode", "U1"]} for i in range(5)]


@pytest.fixture(scope="module")
def genuine(tmp_path_factory) -> bytes:
    folder = tmp_path_factory.mktemp("fuzz")
    target = folder / "kecil.talenta"
    signer = installation(folder / "key")
    manifest = {
        "instansi": {"kode": None, "nama": "Pemerintah Kabupaten Uji"},
        "period": "2025",
        "source": {"installation_id": signer.id, "name": "uji", "public_key": encode_key(signer.public_key)},
    }
    write_package(target, manifest, [("person", ROWS), ("unit", [])], signer)
    read_package(target)  # the genuine file reads
    return target.read_bytes()


def _read(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "masuk.talenta"
    path.write_bytes(data)
    try:
        read_package(path)
    except PackageError as exc:
        assert str(exc)  # a message for the user


fuzz = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@fuzz
@given(st.binary(max_size=4096))
def test_any_bytes(tmp_path, data):
    _read(tmp_path, data)


@fuzz
@given(st.data())
def test_a_genuine_package_damaged_anywhere(tmp_path, genuine, data):
    damaged = bytearray(genuine)
    for _ in range(data.draw(st.integers(1, 4))):
        position = data.draw(st.integers(0, len(damaged) - 1))
        damaged[position] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(0, len(damaged)))
    _read(tmp_path, bytes(damaged[:cut] if data.draw(st.booleans()) else damaged))
