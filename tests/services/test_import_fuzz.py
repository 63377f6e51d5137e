"""Hostile input (issue 8): whatever bytes arrive as a spreadsheet or CSV — random, or a genuine file
damaged or cut anywhere — the import reads them or refuses with a message; it never raises anything
else and never writes when it refuses."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from talenta_desktop.models import AuditEvent, Person
from talenta_desktop.services.importing import ImportFileError, run_import
from talenta_desktop.services.personnel import export_personnel

fuzz = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def genuine(_demo_template, tmp_path_factory) -> dict[str, bytes]:
    from talenta_desktop.models.db import backup_sqlite, open_database
    from talenta_desktop.services.actor import Actor

    folder = tmp_path_factory.mktemp("import-fuzz")
    demo = open_database(backup_sqlite(_demo_template, folder / "demo.sqlite"))
    with demo.transaction() as session:
        frame_ids = list(session.scalars(select(Person.id).order_by(Person.id).limit(30)))
        for suffix in (".xlsx", ".csv"):
            export_personnel(session, Actor(username="penguji"), folder / f"p{suffix}", person_ids=frame_ids)
    demo.dispose()
    return {suffix: (folder / f"p{suffix}").read_bytes() for suffix in (".xlsx", ".csv")}


def _import(db, actor, data: bytes, suffix: str) -> None:
    folder = Path(tempfile.mkdtemp())
    try:
        path = folder / f"masuk{suffix}"
        path.write_bytes(data)
        with db.session() as session:
            try:
                report = run_import(session, actor, path, "personnel")
            except ImportFileError as exc:
                assert str(exc)  # a message for the user
                assert not session.new and not session.dirty  # refused before anything was written
            else:
                if not report.committed:  # rows rejected: nothing of the file may be in the database
                    assert session.scalar(select(func.count()).select_from(Person)) == 0
                    assert session.scalar(select(func.count()).select_from(AuditEvent)) == 0
            finally:
                session.rollback()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@fuzz
@given(data=st.binary(max_size=2048), suffix=st.sampled_from([".xlsx", ".xls", ".ods", ".csv"]))
def test_any_bytes(db, actor, data, suffix):
    _import(db, actor, data, suffix)


@fuzz
@given(draw=st.data(), suffix=st.sampled_from([".xlsx", ".csv"]))
def test_a_genuine_file_damaged_anywhere(db, actor, genuine, draw, suffix):
    damaged = bytearray(genuine[suffix])
    for _ in range(draw.draw(st.integers(1, 4))):
        damaged[draw.draw(st.integers(0, len(damaged) - 1))] = draw.draw(st.integers(0, 255))
    if draw.draw(st.booleans()):
        damaged = damaged[: draw.draw(st.integers(0, len(damaged)))]
    _import(db, actor, bytes(damaged), suffix)
