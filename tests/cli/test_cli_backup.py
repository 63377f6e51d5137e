"""`talenta backup --out FILE` and `talenta restore FILE` (DESIGN §4), and the copy made before an import."""

from __future__ import annotations

from sqlalchemy import func, select

from talenta_desktop.cli import main
from talenta_desktop.models import Person
from talenta_desktop.services.backups import BEFORE_IMPORT, BEFORE_RESTORE, list_backups


def _people(database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(Person))


def test_backup_then_restore(demo_db, tmp_path, capsys):
    out = tmp_path / "cadangan.sqlite"
    assert main(["backup", "--out", str(out), "--db", str(demo_db.path)]) == 0
    assert f"Cadangan ditulis ke {out} dan diperiksa utuh" in capsys.readouterr().out
    with demo_db.transaction() as session:
        session.scalars(select(Person).limit(1)).one().nama = "Diubah"

    assert main(["restore", str(out), "--db", str(demo_db.path)]) == 2  # not a terminal: --yes needed
    assert "--yes" in capsys.readouterr().err
    assert main(["restore", str(out), "--yes", "--db", str(demo_db.path)]) == 0
    said = capsys.readouterr().out
    assert "Akan diganti dengan cadangan.sqlite" in said and "Database sebelumnya disimpan di" in said
    with demo_db.session() as session:
        assert "Diubah" not in set(session.scalars(select(Person.nama)))
    assert [b.reason for b in list_backups(demo_db)] == [BEFORE_RESTORE]


def test_restore_of_a_broken_file_is_exit_1_and_changes_nothing(demo_db, tmp_path, capsys):
    broken = tmp_path / "rusak.sqlite"
    broken.write_bytes(b"bukan database")
    people = _people(demo_db)
    assert main(["restore", str(broken), "--yes", "--db", str(demo_db.path)]) == 1
    assert "rusak.sqlite" in capsys.readouterr().err
    assert _people(demo_db) == people


def test_an_import_keeps_a_copy_first_but_a_dry_run_does_not(demo_db, tmp_path):
    out = tmp_path / "pegawai.xlsx"
    assert main(["export", "personnel", "--out", str(out), "--db", str(demo_db.path)]) == 0
    assert main(["import", "personnel", str(out), "--dry-run", "--db", str(demo_db.path)]) == 0
    assert list_backups(demo_db) == []
    assert main(["import", "personnel", str(out), "--db", str(demo_db.path)]) == 0
    assert [b.reason for b in list_backups(demo_db)] == [BEFORE_IMPORT]
