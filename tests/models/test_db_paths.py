"""Folder names users really have: spaces, '#', '%' (a path is put in URLs and an alembic config)."""

from __future__ import annotations

import pytest

from talenta_desktop.models import encryption
from talenta_desktop.models.db import open_database
from talenta_desktop.services.actor import Actor
from talenta_desktop.services.audit import verify_database
from talenta_desktop.services.backups import backup_database, summarize
from talenta_desktop.services.users import encrypt_database, sign_in


@pytest.fixture(autouse=True)
def _cheap_scrypt(monkeypatch):
    monkeypatch.setattr(encryption, "SCRYPT_N", 2**10)


def test_a_database_in_a_folder_named_with_hash_percent_and_spaces_works_end_to_end(tmp_path):
    folder = tmp_path / "BKPSDM #2 100% data"
    folder.mkdir()
    db = open_database(folder / "kab sukamaju.sqlite")  # created and migrated
    copy = backup_database(db, Actor.local(), out=folder / "cadangan #1.sqlite")
    assert summarize(copy.path).counts["pegawai"] == 0

    encrypted = encrypt_database(db, Actor.local(), "admin", "Admin", "rahasia-123")
    encrypted.dispose()
    reopened, admin = sign_in(folder / "kab sukamaju.sqlite", "admin", "rahasia-123")
    with reopened.session() as session:
        assert verify_database(session).ok
    assert admin.role == "administrator"
    reopened.dispose()
