"""Reading files as users bring them: .xlsx with titles, merged cells and formulas, .ods, Windows CSV,
and files that cannot be imported at all (which must be refused with a reason, never crash)."""

from __future__ import annotations

import zipfile
from datetime import date

import pytest
import python_calamine
from openpyxl import Workbook
from sqlalchemy import func, select

from talenta_desktop.models import AuditEvent, Person
from talenta_desktop.services.importing import (
    ImportFileError,
    ImportKind,
    MissingColumnsError,
    RawSheet,
    choose_sheet,
    detect_mapping,
    read_sheet,
    run_import,
    sheet_names,
)
from tests.fixtures.workbooks import (
    MESSY_HEADER_ROW,
    MESSY_SHEET,
    NIP_SITI,
    PERSONNEL_HEADERS,
    clean_personnel_rows,
    csv_cp1252_semicolon,
    messy_personnel_workbook,
    ods_personnel,
    with_cached_formula_values,
    write_ods,
    write_workbook,
)


def _import(db, actor, path, kind="personnel", **options):
    with db.transaction() as session:
        return run_import(session, actor, path, kind, **options)


def _people(db) -> dict[str, str]:
    with db.session() as session:
        return dict(session.execute(select(Person.nip, Person.nama)).all())


# -- the messy workbook as read ----------------------------------------------------------------------


def test_messy_workbook_reads_merged_cells_formulas_and_sheets(tmp_path):
    path, expected = messy_personnel_workbook(tmp_path)
    assert sheet_names(path) == ["Rekap", MESSY_SHEET]

    sheet = read_sheet(path, MESSY_SHEET)
    top, below = expected.details["merged_rows"]
    header = [str(c).strip() for c in sheet.rows[MESSY_HEADER_ROW - 1]]
    unit = header.index("Unit Kerja")
    assert sheet.rows[top - 1][unit] == sheet.rows[below - 1][unit] == "Dinas Kesehatan"
    assert sheet.rows[expected.details["formula_row"] - 1][1] == "Dewi Lestari"


def test_without_a_cached_value_a_formula_cell_reads_empty(tmp_path):
    """Why the fixture rewrites the XML: a file never calculated has no value for the importer to read."""
    book = Workbook()
    book.active.append(["NIP", "Nama"])
    book.active.append(["200012312024121001", '=PROPER("ani")'])
    path = tmp_path / "rumus.xlsx"
    book.save(path)
    assert not read_sheet(path).rows[1][1]
    with_cached_formula_values(path, {"B2": "Ani"})
    assert read_sheet(path).rows[1][1] == "Ani"
    with_cached_formula_values(path, {}, sheet=None)  # no change, still a valid file
    assert zipfile.ZipFile(path).testzip() is None


@pytest.mark.parametrize(
    "header",
    ["NIP", "nip", "  nip baru ", "NIP BARU", "nipBaru", "nip_baru", "N.I.P.", "NIP\nBARU", "Nip  Baru"],
)
def test_headers_match_without_case_spacing_or_punctuation(header):
    sheet = RawSheet("x", [[header, "NAMA"], ["200012312024121001", "Ani"]])
    mapping = detect_mapping(sheet, ImportKind.PERSONNEL)
    assert mapping.columns == {"nipBaru": 0, "nama": 1}
    assert mapping.missing_required == ()


@pytest.mark.parametrize(
    ("header", "field"),
    [("GOL/RUANG", "golRuangAkhir"), ("Pangkat/Gol", "golRuangAkhir"), ("golRuangAkhirId", "golRuangAkhir"),
     ("TMT CPNS", "tmtCpns"), ("TMT GOL", "tmtGolAkhir"), ("TMT Jabatan", "tmtJabatan"), ("UNIT KERJA", "unorNama"),
     ("unorNama", "unorNama"), ("Unit Induk", "unorIndukNama"), ("JABATAN", "jabatanNama"), ("TGL. LAHIR", "tglLahir"),
     ("L/P", "jenisKelamin"), ("jenisJabatan", "jenisJabatan"), ("NIP LAMA", "nipLama"), ("instansiKerjaNama", "instansiKerjaNama")],
)  # fmt: skip
def test_siasn_names_and_local_headers_map_to_fields(header, field):
    sheet = RawSheet("x", [["NIP", header]])
    assert detect_mapping(sheet, ImportKind.PERSONNEL).columns.get(field) == 1


def test_header_is_found_below_title_rows():
    rows = [
        ["PEMERINTAH KABUPATEN SUKAMAJU"],
        [None],
        ["Keadaan: Desember 2024", None],
        ["NIP", "NAMA", "GOL"],
    ]
    mapping = detect_mapping(
        RawSheet("x", [*rows, ["200012312024121001", "Ani", "III/a"]]), ImportKind.PERSONNEL
    )
    assert mapping.header_row == 4


def test_a_hidden_sheet_is_not_chosen(tmp_path):
    book = Workbook()
    book.active.title = "Pegawai"
    for row in [PERSONNEL_HEADERS[:2], *[r[:2] for r in clean_personnel_rows(2)]]:
        book.active.append(list(row))
    hidden = book.create_sheet("Lama")
    for row in [PERSONNEL_HEADERS, *clean_personnel_rows(2, start=5)]:
        hidden.append(list(row))
    hidden.sheet_state = "hidden"
    path = tmp_path / "tersembunyi.xlsx"
    book.save(path)
    assert sheet_names(path) == ["Pegawai"]
    sheet, mapping = choose_sheet(path, ImportKind.PERSONNEL)
    assert sheet.name == "Pegawai" and set(mapping.columns) == {"nipBaru", "nama"}


def test_first_sheet_wins_a_tie(tmp_path):
    rows = clean_personnel_rows(1)
    path = write_workbook(tmp_path / "dua.xlsx", rows, extra_sheets={"Salinan": [PERSONNEL_HEADERS, *rows]})
    sheet, _ = choose_sheet(path, ImportKind.PERSONNEL)
    assert sheet.name == "Pegawai"


# -- other formats -----------------------------------------------------------------------------------


def test_windows_csv_with_semicolons_and_accents(db, actor, tmp_path):
    path, expected = csv_cp1252_semicolon(tmp_path)
    raw = path.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # really Windows-1252, as Excel writes it
    report = _import(db, actor, path, skip_invalid=True)
    assert {(p.row, p.code) for p in report.errors} == expected.errors
    assert _people(db) == {
        nip: "Françoise Siregar" if "," in nama else nama for nip, nama in expected.details["names"].items()
    }
    with db.session() as session:
        gelar = session.scalars(select(Person.gelar_belakang).where(Person.nama == "Françoise Siregar")).one()
    assert gelar == "S.Pd."  # the quoted comma did not split the cell


def test_utf8_csv_with_bom_and_commas(db, actor, tmp_path):
    rows = clean_personnel_rows(2)
    lines = [",".join(PERSONNEL_HEADERS)] + [",".join("" if v is None else str(v) for v in r) for r in rows]
    lines[1] = lines[1].replace("Pegawai Uji 1", "Ákos Łukasz")
    path = tmp_path / "utf8.csv"
    path.write_bytes(b"\xef\xbb\xbf" + "\n".join(lines).encode("utf-8"))
    report = _import(db, actor, path)
    assert report.committed and report.mapping["nipBaru"] == "NIP"  # the BOM is not part of the header
    assert _people(db)[rows[0][0]] == "Ákos Łukasz"


def test_hand_written_ods_is_read_by_calamine_and_imported(db, actor, tmp_path):
    path, expected = ods_personnel(tmp_path)
    with zipfile.ZipFile(path) as archive:
        first = archive.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
    book = python_calamine.CalamineWorkbook.from_path(str(path))
    assert book.sheet_names == ["Pegawai"]
    rows = book.get_sheet_by_name("Pegawai").to_python()
    assert rows[1][:4] == [NIP_SITI, "Siti Rahmawati", 33.0, date(1975, 8, 17)]
    book.close()

    report = _import(db, actor, path, skip_invalid=True)
    assert {(p.row, p.code) for p in report.errors} == expected.errors
    assert set(_people(db)) == expected.imported
    with db.session() as session:
        assert session.scalars(select(Person.golongan).where(Person.nip == NIP_SITI)).one() == "33"


def test_ods_with_several_tables_picks_the_matching_one(db, actor, tmp_path):
    rows = clean_personnel_rows(2)
    path = write_ods(
        tmp_path / "dua.ods",
        {"Catatan": [["Keterangan"], ["dibuat oleh operator"]], "Data": [list(PERSONNEL_HEADERS), *rows]},
    )
    report = _import(db, actor, path)
    assert report.sheet == "Data" and report.new == 2


# -- files that cannot be imported -------------------------------------------------------------------


UNREADABLE = [
    ("empty xlsx", "kosong.xlsx", b"", "kosong"),
    ("damaged zip", "rusak.xlsx", b"PK\x03\x04 bukan zip yang utuh", "tidak dapat dibaca"),
    ("text named xlsx", "teks.xlsx", b"NIP;NAMA\n", "tidak dapat dibaca"),
    ("unsupported type", "gambar.png", b"\x89PNG", "tidak didukung"),
    ("missing", "tidak ada.xlsx", None, "tidak ditemukan"),
    ("empty csv", "kosong.csv", b"", "kosong"),
    ("binary csv", "biner.csv", b"NIP\x00\x01\x02", "biner"),
]


@pytest.mark.parametrize(
    ("name", "data", "message"), [u[1:] for u in UNREADABLE], ids=[u[0] for u in UNREADABLE]
)
def test_unreadable_files_are_refused_with_a_reason_and_nothing_written(
    db, actor, tmp_path, name, data, message
):
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    with pytest.raises(ImportFileError, match=message):
        _import(db, actor, path)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == 0


def test_a_misnamed_workbook_is_read_by_its_content(db, actor, tmp_path):
    """Downloads are often misnamed; Excel opens an .xlsx saved as .xls, so the importer does too."""
    rows = clean_personnel_rows(2)
    real = write_workbook(tmp_path / "asli.xlsx", rows)
    misnamed = tmp_path / "unduhan SIASN.xls"
    misnamed.write_bytes(real.read_bytes())
    report = _import(db, actor, misnamed)
    assert report.committed and set(_people(db)) == {r[0] for r in rows}


def test_a_workbook_with_an_empty_sheet_names_the_missing_columns(db, actor, tmp_path):
    path = tmp_path / "kosong isi.xlsx"
    Workbook().save(path)
    with pytest.raises(MissingColumnsError, match="NIP"):
        _import(db, actor, path)


def test_very_long_cells_and_extra_columns_do_not_break_the_import(db, actor, tmp_path):
    rows = clean_personnel_rows(2)
    rows[0] = [*rows[0], "x" * 32_000, "catatan"]
    rows[1] = [*rows[1], None, "y" * 5000]
    path = write_workbook(tmp_path / "panjang.xlsx", rows, (*PERSONNEL_HEADERS, "Keterangan", "Catatan"))
    report = _import(db, actor, path)
    assert report.committed and report.new == 2
    assert report.ignored_columns == ["Keterangan", "Catatan"]


def test_missing_optional_columns_are_fine_and_leave_stored_values_alone(db, actor, tmp_path):
    rows = clean_personnel_rows(2)
    full = write_workbook(tmp_path / "lengkap.xlsx", rows)
    _import(db, actor, full)
    nips_names = write_workbook(
        tmp_path / "nama saja.xlsx", [[r[0], r[1] + " Baru"] for r in rows], ["NIP", "Nama"]
    )
    report = _import(db, actor, nips_names)
    assert (report.new, report.updated) == (0, 2)
    with db.session() as session:
        stored = session.execute(select(Person.nama, Person.jabatan_nama, Person.golongan)).all()
    assert {tuple(r) for r in stored} == {
        (r[1] + " Baru", "Pengadministrasi Umum", g) for r, g in zip(rows, ("31", "32"), strict=True)
    }
