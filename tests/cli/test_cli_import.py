"""`talenta import …` and `talenta export personnel`: exit codes, messages and what is saved (DESIGN §4)."""

from __future__ import annotations

import sqlite3

from openpyxl import load_workbook

from talenta_desktop import cli
from talenta_desktop.cli import main
from talenta_desktop.models.db import open_database
from talenta_desktop.services.actor import Actor
from talenta_desktop.services.importing import list_profiles, save_profile
from tests.fixtures.workbooks import (
    MESSY_SHEET,
    clean_personnel_workbook,
    messy_personnel_workbook,
    missing_nip_workbook,
    skp_workbook,
)


def talenta(*args: str) -> int:
    return main([str(a) for a in args])


def _count(db_path, table: str) -> int:
    with sqlite3.connect(db_path) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _nips(db_path) -> set[str]:
    with sqlite3.connect(db_path) as conn:
        return {nip for (nip,) in conn.execute("SELECT nip FROM person")}


def test_messy_file_exits_3_and_saves_nothing(tmp_path, capsys):
    path, expected = messy_personnel_workbook(tmp_path)
    db = tmp_path / "t.sqlite"
    assert talenta("import", "personnel", path, "--db", db) == 3
    out, err = capsys.readouterr()
    assert "Tidak ada yang disimpan" in out and "--skip-invalid" in out
    assert f"{len(expected.bad_rows)} tidak valid" in out
    assert f"Baris {expected.details['duplicate_row']}, kolom 'nip baru': NIP" in err
    assert "Kolom yang diabaikan: Catatan Operator" in err
    assert "PERINGATAN Baris" in err  # warnings are shown, and marked as such
    assert _count(db, "person") == _count(db, "unit") == _count(db, "audit_event") == 0


def test_skip_invalid_exits_0_and_saves_the_good_rows(tmp_path, capsys):
    path, expected = messy_personnel_workbook(tmp_path)
    db = tmp_path / "t.sqlite"
    assert talenta("import", "personnel", path, "--db", db, "--skip-invalid") == 0
    out = capsys.readouterr().out
    assert "Disimpan." in out and "dilewati" in out
    assert _nips(db) == expected.imported
    assert _count(db, "audit_event") == 1
    assert talenta("verify", "--db", db) == 0


def test_dry_run_saves_nothing(tmp_path, capsys):
    db = tmp_path / "t.sqlite"
    clean, _ = clean_personnel_workbook(tmp_path)
    assert talenta("import", "personnel", clean, "--db", db, "--dry-run") == 0
    assert "Uji coba (--dry-run)" in capsys.readouterr().out
    messy, expected = messy_personnel_workbook(tmp_path)
    assert talenta("import", "personnel", messy, "--db", db, "--dry-run") == 3  # invalid rows: rejected
    assert talenta("import", "personnel", messy, "--db", db, "--dry-run", "--skip-invalid") == 0
    out = capsys.readouterr().out
    assert f"{len(expected.imported)} baru" in out
    assert _count(db, "person") == _count(db, "audit_event") == 0


def test_errors_workbook_is_written_even_when_nothing_is_saved(tmp_path, capsys):
    path, expected = messy_personnel_workbook(tmp_path)
    db, out = tmp_path / "t.sqlite", tmp_path / "laporan" / "masalah.xlsx"
    assert talenta("import", "personnel", path, "--db", db, "--errors", out) == 3
    assert f"Daftar masalah ditulis ke {out}" in capsys.readouterr().err
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][:4] == ("Baris", "Kolom", "Nilai", "Pesan")
    assert {r[0] for r in rows[1:] if r[4] == "Kesalahan"} == expected.bad_rows


def test_sheet_option_chooses_the_sheet(tmp_path, capsys):
    path, _expected = messy_personnel_workbook(tmp_path)
    db = tmp_path / "t.sqlite"
    assert talenta("import", "personnel", path, "--db", db, "--sheet", MESSY_SHEET, "--skip-invalid") == 0
    assert f"lembar '{MESSY_SHEET}'" in capsys.readouterr().out
    assert talenta("import", "personnel", path, "--db", db, "--sheet", "Rekap") == 3
    assert "Kolom wajib tidak ditemukan di lembar 'Rekap'" in capsys.readouterr().err
    assert talenta("import", "personnel", path, "--db", db, "--sheet", "Sheet1") == 3
    assert "lembar yang ada: 'Rekap', 'Data Pegawai'" in capsys.readouterr().err


def test_missing_column_exits_3_and_lists_the_headers_found(tmp_path, capsys):
    path, _ = missing_nip_workbook(tmp_path)
    db = tmp_path / "t.sqlite"
    assert talenta("import", "personnel", path, "--db", db) == 3
    err = capsys.readouterr().err
    assert "NIP (nipBaru)" in err
    assert "Judul kolom yang ditemukan: Nomor Pegawai, Nama, Gol/Ruang, Tgl Lahir" in err
    assert _count(db, "person") == 0


def test_a_saved_profile_maps_the_missing_column(tmp_path, capsys):
    path, expected = missing_nip_workbook(tmp_path)
    db_path = tmp_path / "t.sqlite"
    database = open_database(db_path)
    with database.transaction() as session:
        save_profile(session, Actor("penguji"), "BKPSDM lama", "personnel", {"nipBaru": "Nomor Pegawai"})
    database.dispose()
    assert talenta("import", "personnel", path, "--db", db_path, "--profile", "BKPSDM lama") == 0
    assert _nips(db_path) == expected.imported
    assert talenta("import", "personnel", path, "--db", db_path, "--profile", "Tidak Ada") == 3
    assert "profil yang tersimpan: BKPSDM lama" in capsys.readouterr().err


def test_save_profile_then_reuse_it(tmp_path, capsys):
    path, _expected = messy_personnel_workbook(tmp_path)
    db_path = tmp_path / "t.sqlite"
    assert (
        talenta("import", "personnel", path, "--db", db_path, "--skip-invalid", "--save-profile", "Nominatif")
        == 0
    )
    database = open_database(db_path)
    with database.session() as session:
        (profile,) = list_profiles(session)
    database.dispose()
    assert (profile.name, profile.sheet) == ("Nominatif", MESSY_SHEET)
    assert profile.mapping["nipBaru"] == "nip baru" and "Catatan Operator" not in profile.mapping.values()

    assert (
        talenta("import", "personnel", path, "--db", db_path, "--skip-invalid", "--profile", "Nominatif") == 0
    )
    assert "0 baru, 0 diperbarui" in capsys.readouterr().out


def test_missing_file_exits_1(tmp_path, capsys):
    db = tmp_path / "t.sqlite"
    assert talenta("import", "personnel", tmp_path / "tidak ada.xlsx", "--db", db) == 1
    assert "tidak ditemukan" in capsys.readouterr().err


def test_skp_import_from_the_command_line(tmp_path, capsys):
    people, expected_people = clean_personnel_workbook(tmp_path)
    db = tmp_path / "t.sqlite"
    assert talenta("import", "personnel", people, "--db", db) == 0
    path, expected = skp_workbook(tmp_path, sorted(expected_people.imported))
    assert talenta("import", "skp", path, "--db", db) == 3
    assert _count(db, "skp") == 0
    assert talenta("import", "skp", path, "--db", db, "--skip-invalid") == 0
    assert _count(db, "skp") == len(expected.imported)


def test_export_after_import_writes_the_siasn_master(tmp_path, capsys):
    path, expected = messy_personnel_workbook(tmp_path)
    db, out = tmp_path / "t.sqlite", tmp_path / "ekspor.xlsx"
    assert talenta("import", "personnel", path, "--db", db, "--skip-invalid") == 0
    assert talenta("export", "personnel", "--db", db, "--out", out) == 0
    assert f"{len(expected.imported)} pegawai" in capsys.readouterr().out
    sheet = load_workbook(out).active
    header = [c.value for c in next(sheet.iter_rows(max_row=1))]
    assert "nipBaru" in header and "nama" in header
    nip_column = header.index("nipBaru")
    cells = [row[nip_column] for row in sheet.iter_rows(min_row=2)]
    assert {c.value for c in cells} == expected.imported
    assert all(c.data_type == "s" for c in cells)  # NIPs stay text on the way out too


def test_ctrl_c_during_the_write_exits_1_and_saves_nothing(tmp_path, capsys, monkeypatch):
    def interrupting_printer():
        def progress(percent: int, _step: str) -> None:
            if percent >= 70:
                raise KeyboardInterrupt

        return progress

    monkeypatch.setattr(cli, "_progress_printer", interrupting_printer)
    path, _ = clean_personnel_workbook(tmp_path, count=5)
    db = tmp_path / "t.sqlite"
    assert talenta("import", "personnel", path, "--db", db) == 1
    assert "dibatalkan; tidak ada yang diubah" in capsys.readouterr().err
    assert _count(db, "person") == _count(db, "unit") == _count(db, "audit_event") == 0
