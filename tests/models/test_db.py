"""Opening databases: pragmas, migrations forward with a backup, refusal of newer and foreign files."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

import talenta_desktop.models as models
from talenta_desktop.models.db import (
    DatabaseError,
    SchemaTooNewError,
    alembic_config,
    current_revision,
    database_url,
    head_revision,
    make_engine,
    open_database,
    upgrade,
)


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_plain_path_means_sqlite_and_urls_pass_through(tmp_path):
    assert database_url(tmp_path / "a.sqlite") == f"sqlite:///{tmp_path / 'a.sqlite'}"
    assert database_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"


def test_new_database_is_at_head_with_power_cut_safe_pragmas(db):
    assert current_revision(db.engine) == head_revision()
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0


def test_head_revision_is_the_one_alembic_finds(db):
    """Start-up reads the newest revision from the migration files without loading Alembic: the same
    answer as Alembic's, and the same revision Alembic's own reading of the database gives."""
    from alembic.script import ScriptDirectory

    assert head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()
    with db.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == current_revision(db.engine)


def test_migrations_produce_exactly_the_models(db):
    """A model change without a migration (or the reverse) fails here."""
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, models.Base.metadata) == []


def test_old_schema_is_migrated_forward_keeping_data_and_a_backup(tmp_path):
    path = tmp_path / "lama.sqlite"
    engine = make_engine(database_url(path))
    upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO instansi (id, nama, jenis) VALUES (1, 'Pemkab Uji', 'kabupaten')"))
        conn.execute(
            text(
                "INSERT INTO unit (id, instansi_id, nama, jenis, path, urutan)"
                " VALUES (1, 1, 'Dinas Uji', 'dinas', '/1/', 0)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO person (nip, nama, tanggal_lahir, jenis_kelamin, jenis_pegawai, unit_id)"
                " VALUES ('200012312024121001', 'Siti Aminah', '2000-12-31', 'P', 'PNS', 1)"
            )
        )
    engine.dispose()

    db = open_database(path)
    try:
        assert current_revision(db.engine) == head_revision()
        with db.session() as session:
            person = session.query(models.Person).one()
            assert (person.nip, person.nama, person.tanggal_lahir) == (
                "200012312024121001",
                "Siti Aminah",
                date(2000, 12, 31),
            )
            session.query(models.Skp).count()  # the tables of the newer revision exist
        assert len(db.backups) == 1
        with sqlite3.connect(db.backups[0]) as backup:
            assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
            assert backup.execute("SELECT nama FROM person").fetchone() == ("Siti Aminah",)
    finally:
        db.dispose()


def _calibrated_database_at_0003(path, meeting_id: int | None):
    """A 0003 database with one person calibrated in period 2025 (meeting_id is a bare number there)."""
    engine = make_engine(database_url(path))
    upgrade(engine, "0003")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO person (id, nip, nama, tanggal_lahir, jenis_kelamin, jenis_pegawai)"
                " VALUES (1, '200012312024121001', 'Siti Aminah', '2000-12-31', 'P', 'PNS')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO talent_period (id, label, skp_year_from, skp_year_to, reference_date,"
                " assessment_valid_years, status) VALUES (1, '2025', 2024, 2025, '2025-12-31', 3, 'open')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO calibration (id, period_id, person_id, kinerja_before, potensial_before,"
                " kinerja_after, potensial_after, reason, decided_by, decided_at, meeting_id)"
                " VALUES (1, 1, 1, 2, 2, 3, 2, 'Capaian di atas target', 'uji', '2025-12-01 00:00:00.000000', :m)"
            ),
            {"m": meeting_id},
        )
    engine.dispose()


def test_a_table_others_refer_to_is_rebuilt_keeping_its_rows(tmp_path):
    """0004 rebuilds calibration (a new foreign key) while calibration rows refer to each other and
    decisions will refer to it: foreign keys are checked once, after the copy."""
    path = tmp_path / "lama.sqlite"
    _calibrated_database_at_0003(path, meeting_id=None)
    db = open_database(path)
    try:
        assert current_revision(db.engine) == head_revision()
        with sqlite3.connect(path) as conn:
            assert conn.execute("SELECT reason FROM calibration").fetchall() == [("Capaian di atas target",)]
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
            assert conn.execute("PRAGMA foreign_keys").fetchone() == (0,)  # a fresh connection's default
        with db.session() as session:
            assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1  # on again for the app
    finally:
        db.dispose()


def test_a_failing_migration_changes_nothing(tmp_path):
    """A calibration naming a meeting that does not exist breaks 0004's new foreign key: the whole
    migration is rolled back — no half-made tables — and the database stays at 0003."""
    path = tmp_path / "lama.sqlite"
    _calibrated_database_at_0003(path, meeting_id=999)
    with pytest.raises(DatabaseError, match="kunci asing"):
        open_database(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0003",)
        tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "committee" not in tables and "meeting" not in tables
        assert conn.execute("SELECT count(*) FROM calibration").fetchone() == (1,)


def test_database_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "baru.sqlite"
    open_database(path).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_masa_depan'")
    before = _digest(path)
    with pytest.raises(SchemaTooNewError, match="versi Talenta Desktop yang lebih baru"):
        open_database(path)
    assert _digest(path) == before
    assert not (tmp_path / "backups").exists()


def test_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "lain.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE belanja (id INTEGER)")
    with pytest.raises(DatabaseError, match="bukan database Talenta Desktop"):
        open_database(path)


def test_missing_database_is_not_created_when_asked_not_to(tmp_path):
    with pytest.raises(DatabaseError, match="tidak ditemukan"):
        open_database(tmp_path / "tidak-ada.sqlite", create=False)
    assert not (tmp_path / "tidak-ada.sqlite").exists()


def _person(**overrides) -> models.Person:
    values = dict(
        nip="200012312024121001",
        nama="Budi Santoso",
        tanggal_lahir=date(2000, 12, 31),
        jenis_kelamin="L",
        jenis_pegawai="PNS",
    )
    values.update(overrides)
    return models.Person(**values)


def test_nip_is_unique_and_exactly_18_characters(db):
    with db.transaction() as session:
        session.add(_person())
    with pytest.raises(IntegrityError), db.transaction() as session:
        session.add(_person(nama="Orang Lain"))
    with pytest.raises(IntegrityError), db.transaction() as session:
        session.add(_person(nip="20001231202412100"))


def test_placement_is_either_placed_or_held_with_a_reason(db):
    with db.transaction() as session:
        person = _person()
        scheme = models.ScoringScheme(name="Uji", source="uji", params={}, created_by="penguji")
        session.add_all([person, scheme])
        session.flush()
        period = models.TalentPeriod(
            label="2025", skp_year_from=2024, skp_year_to=2025, reference_date=date(2025, 12, 31)
        )
        session.add(period)
        session.flush()
        run = models.MappingRun(period_id=period.id, scheme_id=scheme.id, computed_by="penguji")
        session.add(run)
        session.flush()
        ids = dict(run_id=run.id, period_id=period.id, person_id=person.id)
    with pytest.raises(IntegrityError), db.transaction() as session:
        session.add(models.Placement(**ids, kinerja_level=3, potensial_level=None))
    with pytest.raises(IntegrityError), db.transaction() as session:
        session.add(
            models.Placement(**ids, kinerja_level=3, potensial_level=2, holding_reason="tidak ada SKP")
        )
    with db.transaction() as session:
        session.add(models.Placement(**ids, holding_reason="Tidak ada SKP 2025"))


def test_calibration_needs_a_reason(db):
    with db.transaction() as session:
        person = _person()
        period = models.TalentPeriod(
            label="2025", skp_year_from=2024, skp_year_to=2025, reference_date=date(2025, 12, 31)
        )
        session.add_all([person, period])
        session.flush()
        ids = dict(period_id=period.id, person_id=person.id, decided_by="penguji")
    with pytest.raises(IntegrityError), db.transaction() as session:
        session.add(models.Calibration(**ids, kinerja_after=3, potensial_after=3, reason="   "))
    with db.transaction() as session:
        session.add(
            models.Calibration(**ids, kinerja_after=3, potensial_after=3, reason="Prestasi luar biasa")
        )
