"""Shared fixtures: offscreen Qt, a private data folder and settings, a fresh database per test."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt
_SANDBOX = Path(tempfile.mkdtemp(prefix="talenta-tests-"))
os.environ["TALENTA_DATA_DIR"] = str(_SANDBOX / "data")  # never touch the developer's data folder
os.environ.pop("TALENTA_DB", None)

import pytest  # noqa: E402

from talenta_desktop.models.db import Database, backup_sqlite, open_database  # noqa: E402
from talenta_desktop.services.actor import Actor  # noqa: E402

TEST_ACTOR = Actor(username="penguji")
DEMO_SIZE = 400  # small enough to build in a second, large enough for every post and unit kind


@pytest.fixture(scope="session", autouse=True)
def _private_qsettings():
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(_SANDBOX / "settings"))
    yield
    shutil.rmtree(_SANDBOX, ignore_errors=True)


@pytest.fixture
def actor() -> Actor:
    return TEST_ACTOR


@pytest.fixture
def db(tmp_path: Path) -> Database:
    """A fresh, migrated, empty database."""
    database = open_database(tmp_path / "talenta.sqlite")
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory) -> Path:
    from talenta_desktop.services.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database = open_database(path)
    with database.transaction() as session:
        build_demo(session, TEST_ACTOR, size=DEMO_SIZE, seed=7)
    database.dispose()
    return path


@pytest.fixture
def demo_db(_demo_template: Path, tmp_path: Path) -> Database:
    """A fresh copy of a small demo agency (built once per test session)."""
    target = backup_sqlite(_demo_template, tmp_path / "demo.sqlite")
    database = open_database(target)
    yield database
    database.dispose()
