"""Personnel import (issue: "import SIASN-style spreadsheets without losing a row").

The messy workbook holds every problem a regional file has; the import must take exactly its good rows,
name exactly its bad rows by spreadsheet row number, and leave the database as it was whenever it does not
commit (invalid rows without skip_invalid, dry run, cancel, a killed process).
"""

from __future__ import annotations

import hashlib
import signal
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import func, select

from talenta_desktop.models import AuditEvent, Instansi, Person, Unit
from talenta_desktop.models.db import open_database
from talenta_desktop.services.audit import verify_database
from talenta_desktop.services.importing import (
    ImportCancelled,
    ImportFileError,
    MissingColumnsError,
    list_profiles,
    run_import,
    save_profile,
    write_problems_workbook,
)
from tests.fixtures.workbooks import (
    BAD_UNIT,
    MESSY_SHEET,
    NIP_AHMAD,
    NIP_BAMBANG,
    NIP_DEWI,
    NIP_MADE,
    NIP_RUDI,
    NIP_SITI,
    NIP_WEDARI,
    NIP_YOHANES,
    NIP_ZOE,
    PERSONNEL_HEADERS,
    SIASN_INSTANSI,
    clean_personnel_rows,
    clean_personnel_workbook,
    empty_xlsx,
    excel_serial,
    generated_personnel_workbook,
    headers_only_workbook,
    messy_personnel_workbook,
    missing_nip_workbook,
    person_row,
    pns_nip,
    siasn_data_utama_workbook,
    write_workbook,
)

PNS_NIP = "200012312024121001"  # DOMAIN §8 test vectors
PPPK_NIP = "200012312024211001"


def _import(db, actor, path, **options):
    with db.transaction() as session:
        return run_import(session, actor, path, "personnel", **options)


def _count(db, model) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def _nips(db) -> set[str]:
    with db.session() as session:
        return set(session.scalars(select(Person.nip)))


def _person(db, nip: str) -> Person:
    with db.session() as session:
        return session.scalars(select(Person).where(Person.nip == nip)).one()


def _snapshot(db) -> dict[str, list[tuple]]:
    """Every row of the tables an import may touch, for before/after comparisons."""
    with sqlite3.connect(db.path) as conn:
        return {
            table: conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
            for table in ("instansi", "unit", "person", "audit_event")
        }


def _errors(report) -> set[tuple[int, str]]:
    return {(p.row, p.code) for p in report.errors}


def _row_warnings(report) -> set[tuple[int, str]]:
    return {(p.row, p.code) for p in report.warnings if p.row is not None}


# -- the messy workbook ------------------------------------------------------------------------------


def test_messy_workbook_imports_exactly_its_good_rows_and_reports_exactly_its_bad_rows(db, actor, tmp_path):
    path, expected = messy_personnel_workbook(tmp_path)
    report = _import(db, actor, path, skip_invalid=True)

    assert report.committed
    assert _nips(db) == expected.imported
    assert _errors(report) == expected.errors
    assert _row_warnings(report) == expected.warnings
    assert report.new == len(expected.imported)
    assert report.invalid == len(expected.bad_rows)
    assert report.rows_read == expected.rows_read  # the blank rows in the middle are not rows
    assert (report.sheet, report.header_row) == (MESSY_SHEET, expected.header_row)
    assert report.ignored_columns == list(expected.ignored_columns)


def test_messy_workbook_values_arrive_normalised(db, actor, tmp_path):
    path, _expected = messy_personnel_workbook(tmp_path)
    _import(db, actor, path, skip_invalid=True)

    ahmad = _person(db, NIP_AHMAD)  # NIP written "19680411 199303 1 009"
    assert (ahmad.gelar_depan, ahmad.nama, ahmad.gelar_belakang) == ("Drs.", "Ahmad Fauzi", "M.Si.")
    assert ahmad.tanggal_lahir == date(1968, 4, 11) and ahmad.tmt_cpns == date(1993, 3, 1)
    wedari = _person(db, NIP_WEDARI)
    assert (wedari.gelar_depan, wedari.nama, wedari.gelar_belakang) == (
        "Dr.",
        "Ni Luh Putu Ayu Wédari",
        "S.Kom., M.T.",
    )
    assert (wedari.jenis_pegawai, wedari.golongan, wedari.jenis_kelamin) == ("PPPK", "IX", "P")
    assert _person(db, NIP_ZOE).nama == "Zoë Anggraïni Ñoto-Siregar"
    yohanes = _person(db, NIP_YOHANES)  # stray spaces everywhere
    assert (yohanes.nama, yohanes.jabatan_nama, yohanes.jenis_kelamin) == (
        "Yohanes Kristianto",
        "Pengelola Data",
        "L",
    )
    # "III/c", "3c", "III c", "Penata (III/c)" and the SIASN code 33 are one golongan
    for nip in (NIP_AHMAD, NIP_SITI, NIP_BAMBANG, NIP_DEWI, NIP_YOHANES):
        assert _person(db, nip).golongan == "33"
    # dd-mm-yyyy, ISO, a serial number, a real date cell, Indonesian month names
    assert _person(db, NIP_SITI).tanggal_lahir == date(1975, 8, 17)
    bambang = _person(db, NIP_BAMBANG)
    assert (bambang.tanggal_lahir, bambang.tmt_cpns) == (date(1982, 3, 15), date(2006, 4, 1))
    dewi = _person(db, NIP_DEWI)  # the name is a formula: its cached value is read
    assert (dewi.nama, dewi.tanggal_lahir, dewi.jenis_kelamin) == ("Dewi Lestari", date(1985, 12, 20), "P")
    assert yohanes.tanggal_lahir == date(1980, 8, 17)
    # the unit cell merged over Bambang's and Dewi's rows applies to both
    with db.session() as session:
        unit_of = dict(
            session.execute(select(Person.nip, Unit.nama).join(Unit, Person.unit_id == Unit.id)).all()
        )
    assert unit_of[NIP_BAMBANG] == unit_of[NIP_DEWI] == unit_of[NIP_YOHANES] == "Dinas Kesehatan"
    # a warning does not block the row, and the stated value is kept (either side may be wrong)
    assert _person(db, NIP_RUDI).tanggal_lahir == date(1979, 12, 30)
    assert _person(db, NIP_MADE).jenis_kelamin == "P"


def test_messy_workbook_problems_name_row_column_value_and_reason(db, actor, tmp_path):
    path, expected = messy_personnel_workbook(tmp_path)
    report = _import(db, actor, path, dry_run=True)
    by_row = {p.row: p for p in report.errors}

    assert all(p.column for p in report.problems if p.row is not None)
    duplicate = by_row[expected.details["duplicate_row"]]
    assert duplicate.column == "nip baru"
    assert duplicate.value == NIP_AHMAD
    assert f"baris {expected.details['first_row_of_duplicate']}" in duplicate.message
    precision = [p for p in report.errors if p.code == "nip.precision"]
    assert {p.value for p in precision} >= {"1.97E+17"}
    assert all("angka" in p.message and "Teks" in p.message for p in precision)
    impossible = next(p for p in report.errors if p.code == "date.invalid")
    assert (impossible.column, impossible.value) == ("TGL. LAHIR", "31-02-1980")
    assert "tidak ada di kalender" in impossible.message
    too_long = next(p for p in report.errors if p.code == "text.too_long")
    assert too_long.column == "NAMA" and "paling banyak 200" in too_long.message
    order = next(p for p in report.errors if p.code == "date.order")
    assert order.column == "TMT CPNS" and "sebelum tanggal lahir" in order.message
    birth, gender = sorted((p for p in report.warnings if p.row is not None), key=lambda p: p.row)
    assert (birth.column, birth.value) == ("TGL. LAHIR", "30-12-1979")
    assert NIP_RUDI in birth.message and "31 Desember 1979" in birth.message
    assert (gender.column, gender.value) == ("Jenis  Kelamin", "Perempuan")
    assert "laki-laki" in gender.message
    # the unknown column is listed once, not once per row
    assert report.ignored_columns == ["Catatan Operator"]
    assert not any("Catatan" in (p.column or "") for p in report.problems)


def test_any_invalid_row_means_nothing_is_committed_by_default(db, actor, tmp_path):
    path, expected = messy_personnel_workbook(tmp_path)
    before = _snapshot(db)
    report = _import(db, actor, path)

    assert not report.committed
    assert _errors(report) == expected.errors
    assert report.new == len(expected.imported)  # what would have been imported
    assert _snapshot(db) == before  # no person, no unit, no instansi, no audit event


def test_dry_run_writes_nothing_and_counts_what_a_commit_would_do(db, actor, tmp_path):
    path, expected = messy_personnel_workbook(tmp_path)
    before = _snapshot(db)
    dry = _import(db, actor, path, dry_run=True, skip_invalid=True)
    assert not dry.committed and dry.dry_run
    assert _snapshot(db) == before

    real = _import(db, actor, path, skip_invalid=True)
    assert (dry.new, dry.updated, dry.unchanged, dry.invalid) == (
        real.new,
        real.updated,
        real.unchanged,
        real.invalid,
    )
    assert dry.problems == real.problems
    assert sorted(dry.units_created) == sorted(real.units_created) == sorted(expected.units)

    after_commit = _snapshot(db)
    again = _import(db, actor, path, dry_run=True)
    assert (again.new, again.updated, again.unchanged) == (0, 0, len(expected.imported))
    assert _snapshot(db) == after_commit


def test_importing_the_same_file_twice_changes_nothing_the_second_time(db, actor, tmp_path):
    path, expected = messy_personnel_workbook(tmp_path)
    _import(db, actor, path, skip_invalid=True)
    first = _snapshot(db)

    second = _import(db, actor, path, skip_invalid=True)
    assert (second.new, second.updated, second.unchanged) == (0, 0, len(expected.imported))
    assert second.units_created == []
    after = _snapshot(db)
    for table in ("instansi", "unit", "person"):
        assert after[table] == first[table], table


def test_changing_one_cell_updates_exactly_that_person(db, actor, tmp_path):
    path, _expected = clean_personnel_workbook(tmp_path, count=5)
    _import(db, actor, path)
    book = load_workbook(path)
    book.active.cell(3, PERSONNEL_HEADERS.index("Jabatan") + 1, "Analis Kepegawaian Ahli Pertama")
    book.save(path)
    changed_nip = book.active.cell(3, 1).value

    report = _import(db, actor, path)
    assert (report.new, report.updated, report.unchanged, report.invalid) == (0, 1, 4, 0)
    person = _person(db, changed_nip)
    assert person.jabatan_nama == "Analis Kepegawaian Ahli Pertama"
    assert (person.jenis_jabatan, person.jenjang_jabatan) == ("fungsional", "Ahli Pertama")
    assert _count(db, Person) == 5


def test_unknown_units_are_created_in_the_tree_with_parent_and_path(db, actor, tmp_path):
    path, expected = messy_personnel_workbook(tmp_path)
    report = _import(db, actor, path, skip_invalid=True)

    with db.session() as session:
        units = {u.nama: u for u in session.scalars(select(Unit))}
        parents = {nama: (units[nama].parent.nama if units[nama].parent else None) for nama in units}
        for unit in units.values():
            expected_path = (unit.parent.path if unit.parent else "/") + f"{unit.id}/"
            assert unit.path == expected_path
        instansi = session.scalars(select(Instansi)).all()
    assert parents == dict(expected.units)
    assert BAD_UNIT not in units  # units named only by rejected rows are not created
    assert sorted(report.units_created) == sorted(expected.units)
    assert len(instansi) == 1 and {u.instansi_id for u in units.values()} == {instansi[0].id}
    assert units["Puskesmas Sukamaju"].jenis == "puskesmas"
    # the file has no instansi column and the database none: said once, for the whole file
    unnamed = [p for p in report.warnings if p.code == "instansi.unnamed"]
    assert len(unnamed) == 1 and unnamed[0].row is None


def test_case_variants_and_a_unit_that_is_its_own_induk_are_one_unit(db, actor, tmp_path):
    """SIASN repeats the OPD as the induk of its own staff, and regional files mix capitals."""
    rows = clean_personnel_rows(4)
    spellings = [("Dinas Kesehatan", "Dinas Kesehatan"), ("DINAS KESEHATAN", None),
                 ("Puskesmas Martapura", "dinas kesehatan"), ("dinas  kesehatan", None)]  # fmt: skip
    for row, (unit, induk) in zip(rows, spellings, strict=True):
        row[PERSONNEL_HEADERS.index("Unit Kerja")] = unit
        row.append(induk)
    path = write_workbook(tmp_path / "unit.xlsx", rows, (*PERSONNEL_HEADERS, "Unit Induk"))

    first = _import(db, actor, path)
    assert first.committed and sorted(first.units_created) == ["Dinas Kesehatan", "Puskesmas Martapura"]
    with db.session() as session:
        tree = {u.nama: (u.parent.nama if u.parent else None) for u in session.scalars(select(Unit))}
    assert tree == {"Dinas Kesehatan": None, "Puskesmas Martapura": "Dinas Kesehatan"}
    before = _snapshot(db)
    second = _import(db, actor, path)
    assert (second.invalid, second.new, second.updated, second.unchanged) == (0, 0, 0, 4)
    assert _snapshot(db)["unit"] == before["unit"]


def test_each_committed_import_writes_one_audit_event_with_file_hash_and_counts(db, actor, tmp_path):
    path, expected = messy_personnel_workbook(tmp_path)
    report = _import(db, actor, path, skip_invalid=True)

    with db.session() as session:
        events = session.scalars(select(AuditEvent)).all()
        assert len(events) == 1
        event = events[0]
        assert event.action == "personnel.import"
        assert event.actor == actor.username
        assert event.after["file"] == path.name
        assert event.after["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest() == report.sha256
        counts = {k: event.after[k] for k in ("new", "updated", "unchanged", "invalid")}
        assert counts == {
            "new": len(expected.imported),
            "updated": 0,
            "unchanged": 0,
            "invalid": len(expected.bad_rows),
        }
        assert sorted(event.after["units_created"]) == sorted(expected.units)

    _import(db, actor, path, skip_invalid=True)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == 2
        assert verify_database(session).ok


# -- each rule on its own ----------------------------------------------------------------------------


def _one_row(tmp_path, values: dict[str, object], name: str = "satu.xlsx") -> Path:
    """A file with one data row: the standard columns (a valid PNS by default) plus any extra ones."""
    base = dict(zip(PERSONNEL_HEADERS, person_row(PNS_NIP, "Pegawai Uji", "III/a"), strict=True))
    base.update(values)
    return write_workbook(tmp_path / name, [list(base.values())], list(base))


REJECTED = [
    ("nip stored as a number", {"NIP": int(PNS_NIP)}, "nip.precision"),
    ("nip shown in scientific notation", {"NIP": "2,00012E+17"}, "nip.precision"),
    ("nip turned into float text", {"NIP": "200012312024121001.0"}, "nip.precision"),
    ("17 digits", {"NIP": PNS_NIP[:-1]}, "nip.length"),
    ("old 9-digit nip", {"NIP": "060012345"}, "nip.length"),
    ("letter O for zero", {"NIP": "20001231202412100O"}, "nip.digits"),
    ("impossible birth date", {"NIP": "200013312024121001"}, "nip.birth_date"),
    ("gender digit 3", {"NIP": "200012312024123001"}, "nip.gender"),
    ("digits 13-14 neither month nor PPPK", {"NIP": "200012312024151001"}, "nip.kind"),
    ("tmt cpns before the birth year", {"NIP": "200012311999121001"}, "nip.tmt"),
    ("serial 000", {"NIP": "200012312024121000"}, "nip.serial"),
    ("nip blank", {"NIP": None}, "required"),
    ("name blank", {"Nama": "   "}, "required"),
    ("name of 201 characters", {"Nama": "A" * 201}, "text.too_long"),
    ("31 February", {"Tgl Lahir": "31-02-2000"}, "date.invalid"),
    ("unknown month name", {"Tgl Lahir": "31 Desembar 2000"}, "date.invalid"),
    ("two-digit year", {"Tgl Lahir": "31-12-00"}, "date.invalid"),
    ("a year alone", {"Tgl Lahir": 2000}, "date.invalid"),
    ("tmt cpns before birth", {"TMT CPNS": "01-01-1999"}, "date.order"),
    ("tmt pns before tmt cpns", {"TMT CPNS": "01-12-2024", "TMT PNS": "01-01-2024"}, "date.order"),
    ("golongan III/z", {"Gol/Ruang": "III/z"}, "golongan.invalid"),
    ("ruang e below IV", {"Gol/Ruang": "III/e"}, "golongan.invalid"),
    ("pangkat and golongan disagree", {"Gol/Ruang": "Penata (III/d)"}, "golongan.invalid"),
    ("PNS golongan without ruang", {"Gol/Ruang": "III"}, "golongan.invalid"),
    ("PPPK with a PNS golongan", {"NIP": PPPK_NIP, "Gol/Ruang": "III/c"}, "golongan.invalid"),
    ("PPPK golongan XVIII", {"NIP": PPPK_NIP, "Gol/Ruang": "XVIII"}, "golongan.invalid"),
    ("gender X", {"Jenis Kelamin": "X"}, "gender.invalid"),
    ("jenis jabatan unknown", {"Jenis Jabatan": "Honorer"}, "jenis_jabatan.invalid"),
    ("eselon unknown", {"Eselon": "V.c"}, "eselon.invalid"),
    ("jenis pegawai unknown", {"Jenis Pegawai": "Honorer"}, "jenis_pegawai.invalid"),
    ("jenis pegawai contradicts the nip", {"Jenis Pegawai": "PPPK"}, "jenis_pegawai.mismatch"),
    ("masa kerja 12 months", {"MK Bulan": 12}, "number.range"),
    ("tahun lulus in the future", {"Tahun Lulus": date.today().year + 1}, "number.range"),
    ("tahun lulus not a number", {"Tahun Lulus": "dua ribu"}, "number.invalid"),
    ("a date in a text column", {"Jabatan": datetime(2020, 1, 1)}, "text.invalid"),
]


@pytest.mark.parametrize(("values", "code"), [r[1:] for r in REJECTED], ids=[r[0] for r in REJECTED])
def test_each_rule_rejects_its_row_with_a_message_naming_column_and_value(db, actor, tmp_path, values, code):
    report = _import(db, actor, _one_row(tmp_path, values))
    assert _errors(report) == {(2, code)}
    problem = report.errors[0]
    assert problem.column in values
    assert problem.message
    assert not report.committed
    assert _count(db, Person) == 0


DATE_FORMS = [
    ("dd-mm-yyyy", "17-08-1980"),
    ("dd/mm/yyyy", "17/08/1980"),
    ("iso", "1980-08-17"),
    ("serial number", excel_serial(date(1980, 8, 17))),
    ("date cell", date(1980, 8, 17)),
    ("datetime cell", datetime(1980, 8, 17, 0, 0)),
    ("indonesian month", "17 Agustus 1980"),
    ("abbreviated month", "17 Agt 1980"),
    ("upper case month", "17 AGUSTUS 1980"),
]


@pytest.mark.parametrize("value", [v for _, v in DATE_FORMS], ids=[k for k, _ in DATE_FORMS])
def test_every_date_form_reads_as_the_same_day(db, actor, tmp_path, value):
    nip = pns_nip(date(1980, 8, 17), "200501", 1, 1)
    report = _import(db, actor, _one_row(tmp_path, {"NIP": nip, "Tgl Lahir": value, "TMT CPNS": value}))
    # the TMT equal to the birth date is refused: it proves the value was read as that very day
    assert _errors(report) == {(2, "date.order")}
    report = _import(db, actor, _one_row(tmp_path, {"NIP": nip, "Tgl Lahir": value}, "lahir.xlsx"))
    assert report.committed and not _row_warnings(report)
    assert _person(db, nip).tanggal_lahir == date(1980, 8, 17)


GOLONGAN_FORMS = [
    "III/c",
    "3c",
    "III c",
    "3/c",
    "III-c",
    "Penata (III/c)",
    "Penata",
    "penata",
    33,
    "33",
    "Gol. III/c",
]


@pytest.mark.parametrize("value", GOLONGAN_FORMS, ids=[str(v) for v in GOLONGAN_FORMS])
def test_every_golongan_form_normalises_to_the_siasn_code(db, actor, tmp_path, value):
    report = _import(db, actor, _one_row(tmp_path, {"Gol/Ruang": value}))
    assert report.committed, report.problems
    assert _person(db, PNS_NIP).golongan == "33"


@pytest.mark.parametrize(
    ("value", "stored"),
    [("L", "L"), ("l", "L"), ("Laki-laki", "L"), ("LAKI-LAKI", "L"), ("Pria", "L"), (" pria ", "L"),
     ("P", "P"), ("Perempuan", "P"), ("wanita", "P"), ("WANITA", "P")],
)  # fmt: skip
def test_gender_spellings(db, actor, tmp_path, value, stored):
    nip = PNS_NIP if stored == "L" else "200012312024122001"
    report = _import(db, actor, _one_row(tmp_path, {"NIP": nip, "Jenis Kelamin": value}))
    assert report.committed and not _row_warnings(report)
    assert _person(db, nip).jenis_kelamin == stored


def test_nip_written_with_spaces_and_invisible_characters_is_accepted(db, actor, tmp_path):
    report = _import(db, actor, _one_row(tmp_path, {"NIP": "\u200b20001231\u00a0202412 1 001 "}))
    assert report.committed
    assert _nips(db) == {PNS_NIP}


def test_pppk_structure_sets_the_kind_and_accepts_a_roman_golongan(db, actor, tmp_path):
    report = _import(
        db, actor, _one_row(tmp_path, {"NIP": PPPK_NIP, "Gol/Ruang": "Gol. IX", "Jenis Pegawai": "PPPK"})
    )
    assert report.committed, report.problems
    person = _person(db, PPPK_NIP)
    assert (person.jenis_pegawai, person.golongan, person.tanggal_lahir) == ("PPPK", "IX", date(2000, 12, 31))


def test_nip_mismatches_are_warnings_and_do_not_block_a_default_import(db, actor, tmp_path):
    path = _one_row(tmp_path, {"Tgl Lahir": "30-12-2000", "Jenis Kelamin": "P"})
    report = _import(db, actor, path)
    assert report.committed and report.invalid == 0
    assert {(p.row, p.column, p.code) for p in report.warnings if p.row} == {
        (2, "Tgl Lahir", "nip.mismatch"),
        (2, "Jenis Kelamin", "nip.mismatch"),
    }
    person = _person(db, PNS_NIP)
    assert (person.tanggal_lahir, person.jenis_kelamin) == (date(2000, 12, 30), "P")


def test_birth_date_and_gender_come_from_the_nip_when_the_file_lacks_them(db, actor, tmp_path):
    path = write_workbook(tmp_path / "minimal.xlsx", [["200012312024122001", "Ani"]], ["NIP", "Nama"])
    report = _import(db, actor, path)
    assert report.committed
    person = _person(db, "200012312024122001")
    assert (person.tanggal_lahir, person.jenis_kelamin, person.jenis_pegawai) == (
        date(2000, 12, 31),
        "P",
        "PNS",
    )


def test_duplicate_nips_name_the_earlier_row(db, actor, tmp_path):
    rows = clean_personnel_rows(3)
    rows.insert(2, [*rows[0][:1], "Orang Lain", *rows[0][2:]])  # row 4 repeats row 2's NIP
    rows.append(
        [" ".join([rows[1][0][:8], rows[1][0][8:14], rows[1][0][14], rows[1][0][15:]]), "Lagi", "III/a"]
    )
    path = write_workbook(tmp_path / "ganda.xlsx", rows)
    report = _import(db, actor, path, skip_invalid=True)
    assert _errors(report) == {(4, "nip.duplicate"), (6, "nip.duplicate")}
    messages = {p.row: p.message for p in report.errors}
    assert "baris 2" in messages[4] and "baris 3" in messages[6]
    assert _person(db, rows[0][0]).nama == "Pegawai Uji 1"  # the first row wins
    assert _count(db, Person) == 3


def test_blank_rows_are_skipped_silently(db, actor, tmp_path):
    rows = clean_personnel_rows(2)
    path = write_workbook(tmp_path / "kosong.xlsx", [rows[0], [None] * 8, ["  ", None, " "], rows[1], [None]])
    report = _import(db, actor, path)
    assert report.committed and report.rows_read == 2
    assert [p for p in report.problems if p.row is not None] == []
    assert _count(db, Person) == 2


# -- sheets, columns, profiles -----------------------------------------------------------------------


def test_the_best_matching_sheet_is_chosen_and_an_explicit_sheet_is_obeyed(db, actor, tmp_path):
    path, expected = messy_personnel_workbook(tmp_path)
    chosen = _import(db, actor, path, dry_run=True)
    explicit = _import(db, actor, path, dry_run=True, sheet=MESSY_SHEET)
    assert chosen.sheet == explicit.sheet == MESSY_SHEET
    assert _errors(explicit) == expected.errors

    with pytest.raises(MissingColumnsError, match="nipBaru"):
        _import(db, actor, path, sheet="Rekap")
    with pytest.raises(ImportFileError, match="'Rekap', 'Data Pegawai'"):
        _import(db, actor, path, sheet="Sheet1")


def test_missing_required_column_names_it_and_an_explicit_mapping_fixes_it(db, actor, tmp_path):
    path, expected = missing_nip_workbook(tmp_path)
    with pytest.raises(MissingColumnsError) as raised:
        _import(db, actor, path)
    assert "NIP (nipBaru)" in str(raised.value)
    assert "Nomor Pegawai" in raised.value.mapping.headers
    assert raised.value.mapping.missing_required == ("nipBaru",)

    report = _import(db, actor, path, mapping={"nipBaru": "Nomor Pegawai"})
    assert report.committed
    assert _nips(db) == expected.imported
    assert report.mapping["nipBaru"] == "Nomor Pegawai"


def test_a_saved_profile_fixes_the_mapping_next_time(db, actor, tmp_path):
    path, expected = missing_nip_workbook(tmp_path)
    with db.transaction() as session:
        save_profile(
            session, actor, "Format BKPSDM lama", "personnel", {"nipBaru": "nomor pegawai"}, "Pegawai"
        )
    with db.session() as session:
        assert [p.name for p in list_profiles(session)] == ["Format BKPSDM lama"]

    report = _import(db, actor, path, profile="Format BKPSDM lama")
    assert report.committed and _nips(db) == expected.imported

    with pytest.raises(ImportFileError, match="Format BKPSDM lama"):
        _import(db, actor, path, profile="Tidak Ada")
    with db.transaction() as session:
        save_profile(session, actor, "SKP", "skp", {"nipBaru": "Nomor Pegawai"})
    with pytest.raises(ImportFileError, match="skp"):
        _import(db, actor, path, profile="SKP")


def test_an_explicit_header_wins_over_an_alias_in_an_earlier_column(db, actor, tmp_path):
    rows = [["060012345", *row] for row in clean_personnel_rows(2)]  # old 9-digit NIP first
    path = write_workbook(tmp_path / "dua nip.xlsx", rows, ("NIP", "NIP 18", *PERSONNEL_HEADERS[1:]))
    # "NIP" is an alias and comes first, so automatic matching takes the old NIP…
    automatic = _import(db, actor, path, dry_run=True)
    assert {code for _, code in _errors(automatic)} == {"nip.length"}
    report = _import(db, actor, path, mapping={"nipBaru": "NIP 18"})
    assert report.committed and len(_nips(db)) == 2


def test_empty_file_and_headers_only_are_refused_with_a_reason(db, actor, tmp_path):
    with pytest.raises(ImportFileError, match="kosong"):
        _import(db, actor, empty_xlsx(tmp_path))
    with pytest.raises(ImportFileError, match="tidak berisi baris data"):
        _import(db, actor, headers_only_workbook(tmp_path))
    assert _count(db, AuditEvent) == 0


# -- the errors workbook -----------------------------------------------------------------------------


def test_problems_workbook_reads_back_with_rows_columns_values_and_text_nips(db, actor, tmp_path):
    path, expected = messy_personnel_workbook(tmp_path)
    report = _import(db, actor, path, dry_run=True)
    out = write_problems_workbook(report.problems, tmp_path / "hasil" / "masalah.xlsx")

    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("Baris", "Kolom", "Nilai", "Pesan")
    body = rows[1:]
    assert len(body) == len(report.problems)
    errors = {row[0] for row in body if row[4] == "Kesalahan"}
    assert errors == expected.bad_rows
    assert {row[0] for row in body if row[4] == "Peringatan" and row[0]} == {r for r, _ in expected.warnings}
    duplicate = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == expected.details["duplicate_row"])
    assert duplicate[2].value == NIP_AHMAD and duplicate[2].data_type == "s"  # not 1.96804E+17
    assert all(isinstance(row[2], str | None) for row in body)


# -- interruption ------------------------------------------------------------------------------------


def test_cancel_during_the_write_leaves_the_database_unchanged(db, actor, tmp_path):
    path, _ = generated_personnel_workbook(tmp_path, 2500)
    before = _snapshot(db)
    seen: list[int] = []

    def progress(percent: int, _step: str) -> None:
        seen.append(percent)

    def cancel() -> bool:
        return bool(seen) and seen[-1] > 70

    with pytest.raises(ImportCancelled), db.transaction() as session:
        run_import(session, actor, path, "personnel", progress=progress, cancel=cancel)
    assert max(seen) > 70  # it was cancelled while writing, not before
    assert _snapshot(db) == before


def test_cancel_before_anything_is_read(db, actor, tmp_path):
    path, _ = clean_personnel_workbook(tmp_path)
    with pytest.raises(ImportCancelled, match="dibatalkan"), db.transaction() as session:
        run_import(session, actor, path, "personnel", cancel=lambda: True)
    assert _count(db, Person) == 0


KILL_SCRIPT = """
import os, signal, sys
from talenta_desktop.models.db import open_database
from talenta_desktop.services.actor import Actor
from talenta_desktop.services.importing import run_import

db = open_database(sys.argv[1])

def progress(percent, step):
    if percent >= 75:
        os.kill(os.getpid(), signal.SIGKILL)

with db.transaction() as session:
    run_import(session, Actor("penguji"), sys.argv[2], "personnel", progress=progress)
print("selesai tanpa dibunuh")
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
def test_killing_the_process_mid_import_leaves_the_database_as_it_was(tmp_path):
    database = tmp_path / "mati.sqlite"
    open_database(database).dispose()
    path, _ = generated_personnel_workbook(tmp_path, 3000)

    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(KILL_SCRIPT), str(database), str(path)],
        capture_output=True, text=True, timeout=120, cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert "selesai" not in result.stdout

    with sqlite3.connect(database) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM person").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM unit").fetchone() == (0,)
    reopened = open_database(database)
    try:
        with reopened.session() as session:
            report = verify_database(session)
            assert report.ok, report
            assert session.scalar(select(func.count()).select_from(Person)) == 0
    finally:
        reopened.dispose()


# -- arbitrary cells ---------------------------------------------------------------------------------

FUZZ_HEADERS = (
    "nipBaru", "nama", "golRuangAkhir", "tglLahir", "jenisKelamin", "jenisPegawaiNama", "jenisJabatan", "eselon",
    "jabatanNama", "unorNama", "unorIndukNama", "tmtCpns", "tmtPns", "tahunLulus", "mkBulan", "email",
)  # fmt: skip
_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40)
_CELL = st.one_of(
    st.none(),
    _TEXT,
    st.integers(min_value=-(10**18), max_value=10**19),
    st.floats(allow_nan=False, allow_infinity=False),
    st.dates(min_value=date(1900, 3, 1), max_value=date(2100, 12, 31)),
    st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(2100, 12, 31)),
    st.booleans(),
)
# Values a real file would hold in each column (None where the column may be empty), so that some rows
# are valid and the commit path is exercised as well as the rejecting one.
_PLAUSIBLE = {
    "nama": ["Ani", "Dr. Budi Santoso, M.Si.", "Wédari"],
    "tglLahir": [None, "31-12-2000", "17 Agustus 1980", date(1975, 8, 17)],
    "jenisKelamin": [None, "L", "P", "Perempuan"],
    "jenisJabatan": [None, "Struktural", "Fungsional", "Pelaksana"],
    "eselon": [None, "II.a", "-", 32],
    "jabatanNama": [None, "Analis Ahli Muda", "Kepala Dinas"],
    "unorNama": [None, "Dinas A", "dinas a", "Bidang B"],
    "unorIndukNama": [None, "Dinas A"],
    "tmtCpns": [None, "01-01-2025"],
    "tmtPns": [None, "01-01-2026"],
    "tahunLulus": [None, 2010, "2010"],
    "mkBulan": [None, 0, 11],
    "email": [None, "ani@contoh.go.id"],
}
_NIP_POOL = [
    PNS_NIP,
    PPPK_NIP,
    "200012312024122001",
    "19680411 199303 1 009",
    "197508172000032002",
    "200012312024221002",
]


@st.composite
def _rows(draw) -> list[list[object]]:
    nips = draw(st.lists(st.sampled_from(_NIP_POOL), max_size=6, unique=draw(st.booleans())))
    rows = []
    for nip in nips:
        pppk = nip.replace(" ", "")[12] == "2"
        plausible = {
            **{h: st.sampled_from(v) for h, v in _PLAUSIBLE.items()},
            "nipBaru": st.just(nip),
            "golRuangAkhir": st.sampled_from([None, "IX", 9] if pppk else [None, "III/c", "3c", 33]),
            "jenisPegawaiNama": st.sampled_from([None, "PPPK" if pppk else "PNS"]),
        }
        mode = draw(st.sampled_from(["plausible", "plausible", "mixed", "arbitrary"]))
        if mode == "arbitrary":
            cells = [_CELL] * len(FUZZ_HEADERS)
        elif mode == "mixed":
            cells = [st.one_of(plausible[h], _CELL) for h in FUZZ_HEADERS]
        else:
            cells = [plausible[h] for h in FUZZ_HEADERS]
        rows.append([draw(cell) for cell in cells])
    return rows


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=_rows())
def test_arbitrary_cells_give_a_clean_report_and_never_write_when_invalid(db, actor, rows):
    with tempfile.TemporaryDirectory() as folder:
        path = write_workbook(Path(folder) / "acak.xlsx", rows, FUZZ_HEADERS)
        with db.session() as session:
            session.begin()
            try:
                report = run_import(session, actor, path, "personnel")
            except ImportFileError:
                report = None
            people = session.scalar(select(func.count()).select_from(Person))
            events = session.scalar(select(func.count()).select_from(AuditEvent))
            session.rollback()
    if report is None:
        event("file refused")
        assert (people, events) == (0, 0)
        return
    event("committed" if report.committed else "rejected")
    assert all(p.message and (p.row is None or p.row >= 2) for p in report.problems)
    assert {p.row for p in report.errors} <= set(range(2, len(rows) + 2))
    if report.invalid:
        assert not report.committed and (people, events) == (0, 0)
    else:
        assert report.committed and (people, events) == (report.new, 1)
    assert report.new + report.invalid == report.rows_read


def test_a_full_siasn_data_utama_export_imports_every_column_and_reimports_unchanged(db, actor, tmp_path):
    path, expected = siasn_data_utama_workbook(tmp_path)
    report = _import(db, actor, path)
    assert report.committed and report.problems == []  # the file names the instansi: no warning
    assert {"nipBaru", "nipLama", "PerilakuKerjaNilai"}.isdisjoint(report.ignored_columns)

    ahmad = _person(db, NIP_AHMAD)
    assert (ahmad.nip_lama, ahmad.gelar_depan, ahmad.nama, ahmad.gelar_belakang) == (
        "060012345",
        "Drs.",
        "Ahmad Fauzi",
        "M.Si.",
    )
    assert (ahmad.golongan, ahmad.eselon, ahmad.jenis_jabatan, ahmad.jenjang_jabatan) == (
        "41",
        "31",
        "struktural",
        "Administrator",
    )
    assert (ahmad.tmt_pns, ahmad.tmt_jabatan, ahmad.tmt_golongan) == (
        date(1994, 3, 1),
        date(2020, 1, 2),
        date(2018, 4, 1),
    )
    assert (ahmad.tahun_lulus, ahmad.mk_tahun, ahmad.mk_bulan, ahmad.bup) == (1998, 30, 5, 58)
    assert (ahmad.agama, ahmad.email, ahmad.kedudukan, ahmad.tingkat_pendidikan) == (
        "Islam",
        "ahmad@contoh.go.id",
        "Aktif",
        "S-2",
    )
    wedari = _person(db, NIP_WEDARI)
    assert (wedari.jenis_pegawai, wedari.golongan, wedari.jenjang_jabatan) == ("PPPK", "IX", "Ahli Pertama")
    with db.session() as session:
        units = {u.nama: u for u in session.scalars(select(Unit))}
        assert {n: (u.parent.nama if u.parent else None) for n, u in units.items()} == dict(expected.units)
        assert {n: units[n].kode for n in expected.details["unit_codes"]} == expected.details["unit_codes"]
        assert session.scalars(select(Instansi.nama)).one() == SIASN_INSTANSI

    before = _snapshot(db)
    again = _import(db, actor, path)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 2)
    after = _snapshot(db)
    assert all(after[t] == before[t] for t in ("instansi", "unit", "person"))
