"""The BKN exchange workbook: what an official opening it sees, what a receiving office can verify, and
that our own importer (and LibreOffice) read it back without loss."""

from __future__ import annotations

import csv
import hashlib
import itertools
import shutil
import sqlite3
import subprocess
from collections import Counter
from datetime import date, datetime
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from talenta_desktop.models import Person, Unit
from talenta_desktop.models.db import backup_sqlite, open_database
from talenta_desktop.services.bkn_workbook import (
    BKN_COLUMNS,
    BKN_HEADER,
    DATA_SHEET,
    METADATA_SHEET,
    SENSITIVE_COLUMNS,
    SUMMARY_SHEET,
    BknWorkbookError,
    ExportCancelled,
    ExportError,
    bkn_frame,
    read_bkn_workbook,
    rows_sha256,
    verify_bkn_workbook,
    write_bkn_workbook,
)
from talenta_desktop.services.export_log import export_log
from talenta_desktop.services.importing import run_import
from talenta_desktop.services.succession.posts import list_posts
from talenta_desktop.services.talent.periods import create_period
from talenta_desktop.services.talent.talent_map import talent_map
from tests.conftest import TEST_ACTOR

PERIOD = "2025"

# DOMAIN §9 "Data utama" in its order and spelling, less agama, email and noHp (DOMAIN §10) …
SIASN_DATA_UTAMA = [
    "nipBaru", "nipLama", "nama", "gelarDepan", "gelarBelakang", "tempatLahir", "tglLahir", "jenisKelamin",
    "jenisPegawaiNama", "statusPegawai", "kedudukanPnsNama", "tkPendidikanTerakhir", "pendidikanTerakhirNama",
    "tahunLulus", "tmtCpns", "tmtPns", "tmtPensiun", "bupPensiun", "instansiIndukNama", "instansiKerjaId",
    "instansiKerjaNama", "satuanKerjaKerjaNama", "unorId", "unorNama", "unorIndukId", "unorIndukNama",
    "jenisJabatanId", "jenisJabatan", "jabatanNama", "tmtJabatan", "eselon", "eselonId", "tmtEselon",
    "golRuangAkhirId", "golRuangAkhir", "pangkatAkhir", "tmtGolAkhir", "mkTahun", "mkBulan",
]  # fmt: skip
# … then the talent-result columns of DOMAIN §9.
TALENT_RESULTS = [
    "periodeTalenta", "nilaiKinerja", "kategoriKinerja", "nilaiPotensial", "kategoriPotensial", "nilaiJpm",
    "kategoriJpm", "nilaiTalenta", "kotakTalentaHitung", "kotakTalenta", "alasanKalibrasi", "statusKRS",
    "jabatanTarget", "kesiapan", "rekomendasi", "nomorBeritaAcara", "tanggalPenetapan", "skemaBobot",
]  # fmt: skip
KINDS = {c.field: c.kind for c in BKN_COLUMNS}


def _write(db, path: Path, **options):
    with db.transaction() as session:
        return write_bkn_workbook(session, TEST_ACTOR, PERIOD, path, **options)


def _sql(db, query: str, *params):
    with sqlite3.connect(db.path) as conn:
        return conn.execute(query, params).fetchall()


@pytest.fixture(scope="module")
def exported(_demo_template, tmp_path_factory):
    """The demo agency's workbook for period 2025, written once for the read-only tests."""
    folder = tmp_path_factory.mktemp("bkn")
    db = open_database(backup_sqlite(_demo_template, folder / "demo.sqlite"))
    result = _write(db, folder / "hasil-talenta-2025.xlsx")
    yield db, result
    db.dispose()


@pytest.fixture(scope="module")
def loaded(exported):
    """The workbook opened with openpyxl: cells with their formats, not just values."""
    _, result = exported
    return load_workbook(result.path)


# -- what an official sees ------------------------------------------------------------------------------


def test_header_is_siasn_data_utama_then_the_talent_results_in_the_documented_spelling(exported):
    _, result = exported
    assert list(BKN_HEADER) == SIASN_DATA_UTAMA + TALENT_RESULTS
    assert not {"agama", "email", "noHp", "nik", "NIK"} & set(BKN_HEADER)
    wb = load_workbook(result.path, read_only=True)
    # the data first: what converters and most readers take
    assert wb.sheetnames == [DATA_SHEET, SUMMARY_SHEET, METADATA_SHEET]
    header = next(wb[DATA_SHEET].iter_rows(max_row=1, values_only=True))
    assert list(header) == SIASN_DATA_UTAMA + TALENT_RESULTS
    assert list(result.columns) == list(header)


def test_codes_are_text_dates_are_dates_and_the_header_is_frozen_and_filtered(exported, loaded):
    db, result = exported
    ws = loaded[DATA_SHEET]
    header = [c.value for c in ws[1]]
    assert all(c.font.b for c in ws[1]) and ws[1][0].fill.fgColor.rgb.endswith("DCE6F2")
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{ws.cell(1, len(header)).column_letter}{result.rows + 1}"
    assert ws.column_dimensions["A"].width >= 18

    births = dict(_sql(db, "SELECT nip, tanggal_lahir FROM person"))
    nip_col = header.index("nipBaru")
    for row in ws.iter_rows(min_row=2):
        nip = row[nip_col]
        assert isinstance(nip.value, str) and len(nip.value) == 18 and nip.value.isdigit(), nip.value
        assert nip.data_type == "s" and nip.number_format == "@"
        for cell, name in zip(row, header, strict=True):
            if cell.value is None:
                continue
            kind = KINDS[name]
            if kind == "code":
                assert isinstance(cell.value, str) and cell.number_format == "@", (name, cell.value)
            elif kind == "date":
                assert isinstance(cell.value, datetime) and cell.number_format == "dd-mm-yyyy", name
            elif kind == "number":
                assert isinstance(cell.value, int | float) and cell.number_format == "0.00", name
            elif kind == "int":
                assert isinstance(cell.value, int), name
        born = row[header.index("tglLahir")].value
        assert born.date().isoformat() == births[nip.value]
    # ids that look like numbers stay text: "22", "33", "1", never 22, 33, 1
    eselon = {r[header.index("eselonId")].value for r in ws.iter_rows(min_row=2)} - {None}
    assert eselon and all(isinstance(v, str) for v in eselon)
    assert {r[header.index("jenisJabatanId")].value for r in ws.iter_rows(min_row=2)} <= {"1", "2", "4", None}


def test_one_row_per_person_of_the_latest_run_with_the_talent_maps_boxes_and_reasons(exported):
    db, result = exported
    with db.session() as session:
        frame = talent_map(session, PERIOD).frame
    book = read_bkn_workbook(result.path)
    assert result.rows == len(book.rows) == len(frame)
    rows = [dict(zip(book.header, row, strict=True)) for row in book.rows]
    by_nip = {r["nipBaru"]: r for r in rows}
    assert set(by_nip) == set(frame["nip"])

    held = 0
    for m in frame.itertuples():
        row = by_nip[m.nip]
        assert row["periodeTalenta"] == PERIOD
        assert row["skemaBobot"] == "BKN Kepka 411/2025 (versi 1)"
        if pd.isna(m.box):
            held += 1
            assert row["kotakTalenta"] is None and row["kotakTalentaHitung"] is None
            assert row["kategoriKinerja"] is None and row["statusKRS"] == "–"
            assert row["rekomendasi"] == f"Belum dapat dipetakan: {m.holding_reason}"
            continue
        assert row["kotakTalenta"] == int(m.box)
        assert row["kotakTalentaHitung"] == int(m.computed_box)
        assert row["alasanKalibrasi"] == (m.calibration_reason if m.calibrated else None)
        assert row["statusKRS"] == ("KRS Instansi" if m.box >= 7 else "–")
        assert row["rekomendasi"] and not row["rekomendasi"].startswith("Belum")
    assert held, "the demo has people in the holding area"
    assert any(r["alasanKalibrasi"] for r in rows), "the demo has calibrated people"
    assert sum(r["kotakTalenta"] != r["kotakTalentaHitung"] for r in rows if r["kotakTalenta"]) == sum(
        frame["calibrated"]
    )

    # a box 9 is "di atas ekspektasi" and "tinggi"; a box 1 the opposite
    levels = {(r["kotakTalenta"], r["kategoriKinerja"], r["kategoriPotensial"]) for r in rows}
    assert {(9, "di atas ekspektasi", "tinggi"), (5, "sesuai ekspektasi", "menengah")} <= levels
    # ordered by unit induk, then NIP
    keys = [(r["unorIndukNama"].casefold(), r["nipBaru"]) for r in rows]
    assert keys == sorted(keys)


def test_jpm_successors_and_berita_acara_come_from_their_records(exported):
    db, result = exported
    book = read_bkn_workbook(result.path)
    rows = {r[0]: dict(zip(book.header, r, strict=True)) for r in book.rows}

    # nilaiJpm: the latest assessment with a JPM inside the period's validity window (the scoring's rule)
    ref, years = _sql(
        db, "SELECT reference_date, assessment_valid_years FROM talent_period WHERE label = ?", PERIOD
    )[0]
    start = date.fromisoformat(ref).replace(year=date.fromisoformat(ref).year - years).isoformat()
    latest = {}
    for nip, jpm, kategori in _sql(
        db, "SELECT p.nip, a.jpm, a.kategori FROM assessment a JOIN person p ON p.id = a.person_id WHERE a.tanggal > ?"
        " AND a.tanggal <= ? AND a.jpm IS NOT NULL ORDER BY a.person_id, a.tanggal, a.id", start, ref,
    ):  # fmt: skip
        latest[nip] = (jpm, kategori)
    assert latest
    for nip, row in rows.items():
        assert (row["nilaiJpm"], row["kategoriJpm"]) == latest.get(nip, (None, None)), nip

    # successors: the Suksesi page's list, confirmed ones first
    with db.session() as session:
        posts = list_posts(session, PERIOD)
    expected = {}
    for post in posts:
        for s in post.successors:
            expected.setdefault(s.nip, []).append(
                (s.status != "ditetapkan", s.id, post.jabatan_nama, s.readiness_label)
            )
    assert expected
    for nip, row in rows.items():
        named = sorted(expected.get(nip, []))
        assert row["jabatanTarget"] == ("; ".join(n[2] for n in named) or None)
        assert row["kesiapan"] == ("; ".join(n[3] for n in named) or None)

    # berita acara: the final meeting behind the current box, else the latest final one deciding on the person
    final = {mid: (number, date.fromisoformat(day)) for mid, number, day in _sql(
        db, "SELECT m.id, m.number, m.held_on FROM meeting m JOIN talent_period t ON t.id = m.period_id"
        " WHERE t.label = ? AND m.status = 'final'", PERIOD)}  # fmt: skip
    assert final
    calibrated = dict(_sql(
        db, "SELECT p.nip, c.meeting_id FROM calibration c JOIN person p ON p.id = c.person_id JOIN talent_period t"
        " ON t.id = c.period_id WHERE t.label = ? AND c.id IN (SELECT MAX(id) FROM calibration GROUP BY period_id,"
        " person_id)", PERIOD))  # fmt: skip
    decided = {}
    for nip, mid in _sql(
        db, "SELECT p.nip, d.meeting_id FROM meeting_decision d JOIN person p ON p.id = d.person_id"
    ):
        if mid in final and (nip not in decided or final[mid][1] >= final[decided[nip]][1]):
            decided[nip] = mid
    named = 0
    for nip, row in rows.items():
        mid = calibrated.get(nip) if row["kotakTalenta"] else None
        mid = mid if mid in final else decided.get(nip)
        assert (row["nomorBeritaAcara"], row["tanggalPenetapan"]) == final.get(mid, (None, None)), nip
        named += mid is not None
    assert named


def test_summary_counts_equal_the_data_sheet(exported, loaded):
    _, result = exported
    book = read_bkn_workbook(result.path)
    header = book.header
    unit, box = header.index("unorIndukNama"), header.index("kotakTalenta")
    per_unit = Counter(r[unit] for r in book.rows)
    per_box = Counter((r[unit], r[box]) for r in book.rows)

    ws = loaded[SUMMARY_SHEET]
    values = [[c.value for c in row] for row in ws.iter_rows()]
    assert values[0][0] == "Ringkasan Peta Talenta Periode 2025"
    start = next(i for i, r in enumerate(values) if r[0] == "Unit induk")
    table = values[start]
    assert table == ["Unit induk", *(f"Kotak {b}" for b in range(1, 10)), "Terpetakan", "Belum dapat dipetakan",
                     "Jumlah pegawai"]  # fmt: skip
    body, total = values[start + 1 : -1], values[-1]
    assert [r[0] for r in body] == list(dict.fromkeys(r[unit] for r in book.rows))
    for r in body:
        assert r[1:10] == [per_box[(r[0], b)] for b in range(1, 10)]
        assert r[10] == sum(r[1:10]) and r[11] == per_box[(r[0], None)] and r[12] == per_unit[r[0]]
    assert total[0] == "Jumlah"
    assert total[1:] == [sum(r[i] for r in body) for i in range(1, 13)]
    assert total[12] == result.rows
    assert total[1:10] == [sum(1 for r in book.rows if r[box] == b) for b in range(1, 10)]


def test_metadata_says_what_when_by_whom_and_with_which_fingerprint(exported):
    db, result = exported
    meta = read_bkn_workbook(result.path).metadata
    assert meta["Instansi"] == _sql(db, "SELECT nama FROM instansi")[0][0]
    assert meta["Periode"] == PERIOD
    assert meta["Skema penilaian"] == "BKN Kepka 411/2025 (versi 1)"
    created = datetime.strptime(meta["Dibuat pada"], "%d-%m-%Y %H:%M")
    iso = datetime.fromisoformat(meta["Dibuat pada (ISO 8601)"])
    assert iso.tzinfo is not None and created == iso.replace(second=0, tzinfo=None)
    assert abs((datetime.now().astimezone() - iso).total_seconds()) < 3600
    assert meta["Dibuat oleh"] == TEST_ACTOR.username
    import talenta_desktop

    assert meta["Versi aplikasi"] == talenta_desktop.__version__
    assert meta["Jumlah baris"] == str(result.rows)
    assert meta["Kolom sensitif disertakan"] == "ya"
    assert meta["SHA-256 data"] == result.sha256 and len(result.sha256) == 64
    assert "TAB" in meta["Cara menghitung SHA-256"] and "UTF-8" in meta["Cara menghitung SHA-256"]
    assert meta["Kolom kotakTalentaHitung"]  # the talent columns are explained in the file itself


def test_the_export_is_in_the_export_log(exported):
    db, result = exported
    with db.session() as session:
        entry = export_log(session)[0]
    assert entry.kind == "bkn" and entry.label == "Lembar kerja BKN"
    assert entry.actor == TEST_ACTOR.username and entry.file == result.path.name
    assert entry.rows == result.rows and entry.period == PERIOD and entry.sensitive is True
    assert entry.details["sha256"] == result.sha256
    assert entry.details["columns"] == list(BKN_HEADER)


# -- the fingerprint ------------------------------------------------------------------------------------


def test_rows_sha256_canonical_form():
    header = ["nipBaru", "n", "t", "x"]
    rows = [["200012312024121001", 7, date(2025, 12, 31), 83.45], ["a\tb\\c\nd", 80.0, None, None]]
    text = "nipBaru\tn\tt\tx\n200012312024121001\t7\t2025-12-31\t83.45\na\\tb\\\\c\\nd\t80\t\t\n"
    assert rows_sha256(header, rows) == hashlib.sha256(text.encode("utf-8")).hexdigest()
    # what a reader returns for the same cells hashes the same: floats for whole numbers, midnight datetimes
    read = [["200012312024121001", 7.0, datetime(2025, 12, 31), 83.45], ["a\tb\\c\nd", 80, "", ""]]
    assert rows_sha256(header, read) == rows_sha256(header, rows)


def test_sha256_verifies_and_a_changed_cell_is_detected(exported, tmp_path):
    _, result = exported
    book = verify_bkn_workbook(result.path)
    assert rows_sha256(book.header, book.rows) == result.sha256

    changed = tmp_path / "diubah.xlsx"
    wb = load_workbook(result.path)
    ws = wb[DATA_SHEET]
    column = list(BKN_HEADER).index("kotakTalenta") + 1
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, column).value == 5)
    ws.cell(row, column).value = 9  # someone "improves" a box after the committee
    wb.save(changed)
    with pytest.raises(BknWorkbookError, match=r"SHA-256.*tidak cocok"):
        verify_bkn_workbook(changed)

    removed = tmp_path / "tanpa-metadata.xlsx"
    wb = load_workbook(result.path)
    del wb[METADATA_SHEET]
    wb.save(removed)
    with pytest.raises(BknWorkbookError, match="Metadata"):
        verify_bkn_workbook(removed)


def test_awkward_text_survives_the_round_trip(demo_db, tmp_path):
    """Text with line breaks, a leading "=", an XML escape look-alike and a control character comes back as
    the workbook holds it, and the fingerprint still verifies."""
    nip = _sql(demo_db, "SELECT p.nip FROM placement pl JOIN person p ON p.id = pl.person_id LIMIT 1")[0][0]
    with sqlite3.connect(demo_db.path) as conn:
        conn.execute("UPDATE person SET nama = ?, pendidikan_nama = ?, tempat_lahir = ? WHERE nip = ?",
                     ("Nama_x000D_Uji", "=SUM(1;2)", "Baris satu\r\nbaris\tdua\x07", nip))  # fmt: skip
    result = _write(demo_db, tmp_path / "aneh.xlsx")
    book = verify_bkn_workbook(result.path)
    row = dict(zip(book.header, next(r for r in book.rows if r[0] == nip), strict=True))
    assert row["nama"] == "Nama_x000D_Uji"
    assert row["pendidikanTerakhirNama"] == "=SUM(1;2)"  # text, not a formula
    assert row["tempatLahir"] == "Baris satu\nbaris\tdua"


# -- options and failures -------------------------------------------------------------------------------


def test_without_sensitive_columns(demo_db, tmp_path):
    assert set(SENSITIVE_COLUMNS) == {"tempatLahir", "tglLahir", "alasanKalibrasi"}
    result = _write(demo_db, tmp_path / "tanpa.xlsx", include_sensitive=False)
    book = verify_bkn_workbook(result.path)
    assert list(book.header) == [c for c in BKN_HEADER if c not in SENSITIVE_COLUMNS]
    assert book.metadata["Kolom sensitif disertakan"] == "tidak"
    assert "Kolom alasanKalibrasi" not in book.metadata
    with demo_db.session() as session:
        entry = export_log(session)[0]
        assert entry.sensitive is False and entry.details["columns"] == list(book.header)
        assert list(bkn_frame(session, PERIOD, include_sensitive=False).columns) == list(book.header)


def test_progress_is_reported_and_cancel_leaves_no_file_and_no_log_entry(demo_db, tmp_path):
    seen: list[tuple[int, int]] = []
    result = _write(demo_db, tmp_path / "a.xlsx", progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, result.rows) and seen[-1] == (result.rows, result.rows)
    assert all(a[0] <= b[0] for a, b in itertools.pairwise(seen))

    out = tmp_path / "out"
    out.mkdir()
    target = out / "bkn.xlsx"
    target.write_bytes(b"old")
    calls = []

    def cancel_after_start() -> bool:
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(ExportCancelled):
        _write(demo_db, target, cancelled=cancel_after_start)
    assert target.read_bytes() == b"old"
    assert [p.name for p in out.iterdir()] == ["bkn.xlsx"]  # no half file, no temporary file
    with demo_db.session() as session:
        assert len([e for e in export_log(session) if e.kind == "bkn"]) == 1  # only the first export


def test_unknown_or_never_mapped_period_and_wrong_target_are_refused(demo_db, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with demo_db.session() as session:
        with pytest.raises(ExportError, match="'2031'"):
            write_bkn_workbook(session, TEST_ACTOR, "2031", out / "x.xlsx")
        create_period(session, TEST_ACTOR, "2026", skp_year_from=2025, skp_year_to=2026,
                      reference_date=date(2026, 12, 31))  # fmt: skip
        with pytest.raises(ExportError, match="2026 belum pernah dipetakan"):
            write_bkn_workbook(session, TEST_ACTOR, "2026", out / "x.xlsx")
        with pytest.raises(ExportError, match=r"\.xlsx"):
            write_bkn_workbook(session, TEST_ACTOR, PERIOD, out / "x.csv")
        with pytest.raises(ExportError, match="tidak ada"):
            write_bkn_workbook(session, TEST_ACTOR, PERIOD, out / "nope" / "x.xlsx")
        session.rollback()
    assert list(out.iterdir()) == []


# -- read back by other programs ------------------------------------------------------------------------


def test_the_personnel_importer_reads_the_data_sheet_into_an_empty_database(exported, db):
    source_db, result = exported
    with db.transaction() as session:
        report = run_import(session, TEST_ACTOR, result.path, "personnel", sheet=DATA_SHEET)
    assert report.committed and report.invalid == 0, [p.message for p in report.errors[:5]]
    assert report.new == result.rows

    fields = ("nip", "nama", "gelar_depan", "gelar_belakang", "tempat_lahir", "tanggal_lahir", "jenis_kelamin",
              "jenis_pegawai", "jabatan_nama", "jenis_jabatan", "eselon", "golongan", "tmt_cpns", "tmt_pns",
              "tmt_jabatan", "tmt_golongan", "mk_tahun", "mk_bulan", "bup")  # fmt: skip

    def people(database):
        with database.session() as session:
            rows = session.execute(
                select(Person, Unit.nama).join(Unit, Unit.id == Person.unit_id, isouter=True)
            )
            return {p.nip: (tuple(getattr(p, f) for f in fields), unit) for p, unit in rows}

    exported_nips = set(read_bkn_workbook(result.path).column("nipBaru"))
    imported, original = people(db), people(source_db)
    assert set(imported) == exported_nips
    for nip in exported_nips:
        assert imported[nip] == original[nip], nip
    # the unit tree comes back too: each unit under its unit induk
    with db.session() as session:
        assert session.scalar(select(Unit.id).where(Unit.parent_id.is_not(None)).limit(1)) is not None


# LibreOffice's CSV export: comma, double quotes, UTF-8 (76), from line 1, cells as shown on screen (the 9th
# option) — what an official who saves the sheet as CSV gets. Plain "csv" writes the system encoding and
# dates in the locale's default form instead.
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true"


def test_libreoffice_reads_every_nip_as_text(exported, tmp_path):
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office is None:
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-calc-nogui)")
    _, result = exported
    profile = tmp_path / "lo-profile"
    completed = subprocess.run(
        [office, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", CSV_FILTER,
         "--outdir", str(tmp_path), str(result.path)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    converted = tmp_path / f"{result.path.stem}.csv"
    assert converted.exists(), completed.stderr or completed.stdout
    with converted.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    header, body = rows[0], rows[1:]
    assert header == list(BKN_HEADER)
    assert len(body) == result.rows
    nips = [r[0] for r in body]
    assert all(len(n) == 18 and n.isdigit() for n in nips), [n for n in nips if len(n) != 18][:3]
    assert nips == read_bkn_workbook(result.path).column("nipBaru")
    born = body[0][header.index("tglLahir")]
    assert datetime.strptime(born, "%d-%m-%Y")
