"""`talenta export package` and `talenta import package` (DESIGN §4): the preview is printed, conflicts
need the user's choice (exit 3, nothing saved), a damaged file is exit 1 with nothing changed."""

from __future__ import annotations

from sqlalchemy import func, select

from talenta_desktop.cli import main
from talenta_desktop.models import Person


def _people(database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(Person))


def test_export_then_import_into_an_empty_database_and_again(demo_db, db, tmp_path, capsys):
    out = tmp_path / "2025.talenta"
    assert main(["export", "package", "--period", "2025", "--out", str(out), "--db", str(demo_db.path)]) == 0
    said = capsys.readouterr().out
    assert f"Paket periode 2025 ditulis ke {out}" in said and "Sidik jari kunci" in said

    assert main(["import", "package", str(out), "--db", str(db.path)]) == 0
    said = capsys.readouterr().out
    assert "Sumber baru" in said and f"Pegawai: {_people(demo_db)} baru" in said and "Paket diimpor" in said
    assert _people(db) == _people(demo_db)

    assert main(["import", "package", str(out), "--db", str(db.path)]) == 0
    said = capsys.readouterr().out
    assert "Sumber dikenal" in said and "Tidak ada yang baru" in said


def test_conflicts_need_a_choice(demo_db, db, tmp_path, capsys):
    out = tmp_path / "2025.talenta"
    main(["export", "package", "--period", "2025", "--out", str(out), "--db", str(demo_db.path)])
    main(["import", "package", str(out), "--db", str(db.path)])
    with db.transaction() as session:
        person = session.scalars(select(Person).order_by(Person.id).limit(1)).one()
        person.jabatan_nama, nip = "Jabatan diubah di sini", person.nip
    capsys.readouterr()

    assert main(["import", "package", str(out), "--db", str(db.path)]) == 3
    said = capsys.readouterr()
    assert f"BERBEDA Pegawai {nip}" in said.out and "'Jabatan diubah di sini' →" in said.out
    assert "Tidak ada yang disimpan" in said.err and "--conflicts keep" in said.err
    with db.session() as session:
        assert (
            session.scalar(select(Person.jabatan_nama).where(Person.nip == nip)) == "Jabatan diubah di sini"
        )

    assert main(["import", "package", str(out), "--db", str(db.path), "--conflicts", "take"]) == 0
    with db.session() as session:
        assert (
            session.scalar(select(Person.jabatan_nama).where(Person.nip == nip)) != "Jabatan diubah di sini"
        )


def test_a_damaged_package_is_exit_1(db, tmp_path, capsys):
    broken = tmp_path / "rusak.talenta"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    assert main(["import", "package", str(broken), "--db", str(db.path)]) == 1
    assert "bukan paket Talenta" in capsys.readouterr().err
    assert _people(db) == 0


def test_unknown_period_is_exit_1(demo_db, tmp_path, capsys):
    out = tmp_path / "x.talenta"
    assert main(["export", "package", "--period", "1999", "--out", str(out), "--db", str(demo_db.path)]) == 1
    assert "Periode '1999' tidak ada" in capsys.readouterr().err and not out.exists()


def test_export_bkn_workbook(demo_db, tmp_path, capsys):
    from talenta_desktop.services.bkn_workbook import verify_bkn_workbook

    out = tmp_path / "bkn-2025.xlsx"
    assert main(["export", "bkn", "--period", "2025", "--out", str(out), "--db", str(demo_db.path)]) == 0
    said = capsys.readouterr().out
    assert f"Lembar kerja BKN periode 2025 ditulis ke {out}" in said and "SHA-256 baris data" in said
    verify_bkn_workbook(out)
    assert main(["export", "bkn", "--period", "2030", "--out", str(out), "--db", str(demo_db.path)]) == 1
    assert "2030" in capsys.readouterr().err
    assert (
        main(
            ["export", "bkn", "--period", "2025", "--out", str(tmp_path / "x.csv"), "--db", str(demo_db.path)]
        )
        == 2
    )
