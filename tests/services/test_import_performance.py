"""SKP history (rw-skp22 names) and assessment results (JPM, kompetensi, potensi) imports."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from talenta_desktop.models import Assessment, AuditEvent, Person, Skp
from talenta_desktop.services.importing import run_import
from tests.fixtures.workbooks import (
    ASSESSMENT_HEADERS,
    SKP_HEADERS,
    assessment_fraction_workbook,
    assessment_workbook,
    clean_personnel_workbook,
    skp_workbook,
    write_workbook,
)


@pytest.fixture
def nips(db, actor, tmp_path) -> list[str]:
    """Three people in the database, as SKP and assessment files need."""
    path, expected = clean_personnel_workbook(tmp_path, count=3, name="pegawai dasar.xlsx")
    with db.transaction() as session:
        assert run_import(session, actor, path, "personnel").committed
    return sorted(expected.imported)


def _import(db, actor, path, kind, **options):
    with db.transaction() as session:
        return run_import(session, actor, path, kind, **options)


def _skp(db) -> set[tuple]:
    with db.session() as session:
        rows = session.execute(
            select(Person.nip, Skp.tahun, Skp.predikat).join(Person, Skp.person_id == Person.id)
        )
        return {tuple(r) for r in rows}


def _assessments(db) -> set[tuple]:
    with db.session() as session:
        rows = session.execute(
            select(
                Person.nip, Assessment.tanggal, Assessment.jenis, Assessment.jpm, Assessment.kategori
            ).join(Person, Assessment.person_id == Person.id)
        )
        return {tuple(r) for r in rows}


def _errors(report) -> set[tuple[int, str]]:
    return {(p.row, p.code) for p in report.errors}


def _audit_actions(db) -> list[str]:
    with db.session() as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


# -- SKP ---------------------------------------------------------------------------------------------


def test_skp_file_imports_exactly_its_good_rows(db, actor, tmp_path, nips):
    path, expected = skp_workbook(tmp_path, nips)
    report = _import(db, actor, path, "skp", skip_invalid=True)

    assert report.committed
    assert report.mapping["PerilakuKerjaNilai"] == "PerilakuKerjaNilai"  # SIASN's odd capitals, verbatim
    assert _errors(report) == expected.errors
    assert _skp(db) == expected.imported
    assert (report.new, report.invalid, report.rows_read) == (
        len(expected.imported),
        len(expected.errors),
        expected.rows_read,
    )


def test_skp_ratings_are_stored_with_the_predikat_they_give(db, actor, tmp_path, nips):
    path, _ = skp_workbook(tmp_path, nips)
    _import(db, actor, path, "skp", skip_invalid=True)
    with db.session() as session:
        rows = session.execute(
            select(Person.nip, Skp.tahun, Skp.hasil_kerja, Skp.perilaku_kerja, Skp.nilai).join(Person)
        ).all()
    stored = {(nip, tahun): (hasil, perilaku, nilai) for nip, tahun, hasil, perilaku, nilai in rows}
    assert stored[(nips[0], 2023)] == (3, 3, 95)  # di atas × di atas, with hasilKinerjaNilai
    assert stored[(nips[0], 2024)] == (2, 3, None)  # sesuai × di atas = Baik
    assert stored[(nips[1], 2024)] == (None, None, None)  # predikat only
    assert stored[(nips[1], 2022)] == (3, 2, None)  # ratings typed as 3 and 2


def test_skp_problems_name_the_nip_and_the_earlier_row(db, actor, tmp_path, nips):
    path, expected = skp_workbook(tmp_path, nips)
    report = _import(db, actor, path, "skp", dry_run=True)
    by_code = {p.code: p for p in report.errors}
    unknown = by_code["nip.unknown"]
    assert unknown.value == expected.details["unknown_nip"]
    assert expected.details["unknown_nip"] in unknown.message and "impor data pegawainya" in unknown.message
    duplicate = by_code["duplicate"]
    assert f"baris {expected.details['duplicate_of']}" in duplicate.message
    assert duplicate.value == nips[0]
    mismatch = by_code["skp.predikat_mismatch"]
    assert mismatch.column == "kuadranKinerja" and "Butuh Perbaikan" in mismatch.message
    assert by_code["number.range"].value == "1999"


def test_skp_with_invalid_rows_commits_nothing_by_default(db, actor, tmp_path, nips):
    path, expected = skp_workbook(tmp_path, nips)
    report = _import(db, actor, path, "skp")
    assert not report.committed and report.new == len(expected.imported)
    assert _skp(db) == set()
    assert _audit_actions(db) == ["personnel.import"]


def test_skp_upsert_by_nip_and_year_and_idempotent_reimport(db, actor, tmp_path, nips):
    rows = [[nips[0], 2024, "Sesuai Ekspektasi", None, "Sesuai Ekspektasi", None, None, None],
            [nips[1], 2024, None, None, None, None, "Sangat Baik", None]]  # fmt: skip
    path = write_workbook(tmp_path / "skp.xlsx", rows, SKP_HEADERS)
    first = _import(db, actor, path, "skp")
    assert (first.new, first.updated, first.unchanged) == (2, 0, 0)

    second = _import(db, actor, path, "skp")
    assert (second.new, second.updated, second.unchanged) == (0, 0, 2)

    book = load_workbook(path)
    book.active.cell(2, 5, "Di Atas Ekspektasi")  # perilaku sesuai → di atas: still Baik, but a new rating
    book.active.cell(3, 7, "Baik")
    book.save(path)
    third = _import(db, actor, path, "skp")
    assert (third.new, third.updated, third.unchanged) == (0, 2, 0)
    assert _skp(db) == {(nips[0], 2024, "Baik"), (nips[1], 2024, "Baik")}
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Skp)) == 2
        assert session.scalar(select(Skp.perilaku_kerja).join(Person).where(Person.nip == nips[0])) == 3
    assert _audit_actions(db) == ["personnel.import", "skp.import", "skp.import", "skp.import"]


def test_skp_import_records_one_audit_event_with_the_file_hash(db, actor, tmp_path, nips):
    path, expected = skp_workbook(tmp_path, nips)
    _import(db, actor, path, "skp", skip_invalid=True)
    with db.session() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "skp.import")).one()
    assert event.after["file"] == path.name
    assert event.after["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert (event.after["new"], event.after["invalid"]) == (len(expected.imported), len(expected.errors))


# -- assessments -------------------------------------------------------------------------------------


def test_assessment_file_imports_exactly_its_good_rows_with_derived_categories(db, actor, tmp_path, nips):
    path, expected = assessment_workbook(tmp_path, nips)
    report = _import(db, actor, path, "assessment", skip_invalid=True)
    assert report.committed
    assert _errors(report) == expected.errors
    assert _assessments(db) == expected.imported


@pytest.mark.parametrize(
    ("jpm", "kategori"),
    [(100, "Optimal"), (90, "Optimal"), (89.99, "Cukup Optimal"), (78, "Cukup Optimal"), (77.99, "Kurang Optimal"), (0, "Kurang Optimal")],
)  # fmt: skip
def test_jpm_category_boundaries(db, actor, tmp_path, nips, jpm, kategori):
    path = write_workbook(
        tmp_path / "jpm.xlsx", [[nips[0], "01-02-2024", None, None, jpm, None]], ASSESSMENT_HEADERS
    )
    report = _import(db, actor, path, "assessment")
    assert report.committed
    assert _assessments(db) == {(nips[0], date(2024, 2, 1), "pemetaan", float(jpm), kategori)}


@pytest.mark.parametrize("jpm", [120, -1, 100.01, "seratus", "101%"])
def test_jpm_outside_0_to_100_is_rejected(db, actor, tmp_path, nips, jpm):
    path = write_workbook(
        tmp_path / "jpm.xlsx", [[nips[0], "01-02-2024", None, None, jpm, None]], ASSESSMENT_HEADERS
    )
    report = _import(db, actor, path, "assessment")
    assert not report.committed
    assert {code for _, code in _errors(report)} <= {"number.range", "number.invalid"} and report.invalid == 1
    assert report.errors[0].column == "JPM (%)"
    assert _assessments(db) == set()


def test_a_column_of_fractions_formatted_as_percent_is_scaled(db, actor, tmp_path, nips):
    path, expected = assessment_fraction_workbook(tmp_path, nips)
    report = _import(db, actor, path, "assessment")
    assert report.committed and report.problems == []
    assert _assessments(db) == expected.imported


def test_assessment_for_an_unknown_nip_names_it(db, actor, tmp_path, nips):
    stranger = "199901012023011099"
    path = write_workbook(
        tmp_path / "asing.xlsx", [[stranger, "01-02-2024", None, None, 80, None]], ASSESSMENT_HEADERS
    )
    report = _import(db, actor, path, "assessment")
    assert _errors(report) == {(2, "nip.unknown")}
    assert stranger in report.errors[0].message


def test_assessment_reimport_is_idempotent_and_a_changed_score_updates(db, actor, tmp_path, nips):
    path, expected = assessment_workbook(tmp_path, nips)
    _import(db, actor, path, "assessment", skip_invalid=True)
    again = _import(db, actor, path, "assessment", skip_invalid=True)
    assert (again.new, again.updated, again.unchanged) == (0, 0, len(expected.imported))

    book = load_workbook(path)
    book.active.cell(2, 5, 88)  # 92.5 → 88: Optimal becomes Cukup Optimal
    book.save(path)
    changed = _import(db, actor, path, "assessment", skip_invalid=True)
    assert (changed.new, changed.updated) == (0, 1)
    assert (nips[0], date(2024, 3, 15), "pemetaan", 88.0, "Cukup Optimal") in _assessments(db)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Assessment)) == len(expected.imported)
