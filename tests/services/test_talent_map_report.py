"""The talent map PDF: the nine-box with the service's counts, everyone listed under their box, the
calibrations and the holding area, the unit filter, and the page furniture (DESIGN §4, DOMAIN §3)."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from talenta_desktop.domain.nip import format_nip
from talenta_desktop.models import Unit
from talenta_desktop.models.db import backup_sqlite, open_database
from talenta_desktop.services.reports.errors import ReportError
from talenta_desktop.services.reports.talent_map_report import (
    angka,
    box_description,
    persen,
    redact_reason,
    talent_map_report_data,
    write_talent_map_report,
)
from talenta_desktop.services.talent.periods import create_period
from talenta_desktop.services.talent.talent_map import distribution, talent_map
from talenta_desktop.services.units import subtree_ids
from tests.services.test_berita_acara_pdf import PdfReadBack, normalize
from tests.services.test_succession_report import A4, F4, PERIOD, TODAY, squash


@pytest.fixture(scope="module")
def demo(_demo_template, tmp_path_factory):
    """One copy of the demo agency for the whole module: these reports only read."""
    target = backup_sqlite(_demo_template, tmp_path_factory.mktemp("talent-map") / "demo.sqlite")
    database = open_database(target)
    yield database
    database.dispose()


def render(report, paper: str = "A4") -> PdfReadBack:
    out = io.BytesIO()
    write_talent_map_report(report, out, paper=paper)
    return PdfReadBack(out.getvalue())


@pytest.fixture(scope="module")
def whole(demo):
    with demo.session() as session:
        report = talent_map_report_data(session, PERIOD, today=TODAY)
        tm = talent_map(session, PERIOD)
    return report, tm, render(report)


@pytest.fixture(scope="module")
def health(demo):
    """Dinas Kesehatan and its puskesmas and hospital, on F4."""
    with demo.session() as session:
        unit = session.scalar(select(Unit).where(Unit.nama == "Dinas Kesehatan"))
        report = talent_map_report_data(session, PERIOD, "dinas kesehatan", today=TODAY)
        subtree = set(subtree_ids(session, unit.id))
        tm = talent_map(session, PERIOD)
    assert len(subtree) > 1, "the demo's Dinas Kesehatan should have units below it"
    return report, tm, subtree, render(report, "F4")


def box_sections(text: str) -> dict[int, str]:
    """The text of each box's list, from its first title to the next box's (or the next section)."""
    starts = {b: text.index(f"Kotak {b}: {box_description(b)}") for b in range(1, 10)}
    ends = {b: starts[b - 1] for b in range(2, 10)}
    after = [
        m.start()
        for m in re.finditer(r"Pegawai yang (Dikalibrasi|Belum Dapat)", text)
        if m.start() > starts[1]
    ]
    ends[1] = min(after) if after else len(text)
    return {b: text[starts[b] : ends[b]] for b in range(1, 10)}


def test_the_nine_box_and_the_table_carry_the_service_counts(whole):
    report, tm, pdf = whole
    dist = distribution(tm.frame, tm.guideline)
    placed = int(dist["count"].sum())
    assert report.placed == placed and report.total == len(tm.frame)
    assert [s.count for s in report.shares] == dist["count"].tolist()
    first = normalize(pdf.texts[0])
    for box in range(1, 10):
        count = int(dist.at[box, "count"])
        # the drawn box: its number, its count and its share; its list's title says the same
        assert f"{angka(count)} orang · {persen(float(dist.at[box, 'percent']))}" in first, box
        assert f"Kotak {box}: {box_description(box)}" in pdf.text
        assert re.search(rf"Kotak {box}: {box_description(box)}( — KRS)? \({angka(count)} orang\)", pdf.text)
    assert "KINERJA" in first and "POTENSIAL" in first
    for label in ("Di atas", "Sesuai", "Di bawah", "Rendah", "Menengah", "Tinggi"):
        assert label in first
    krs = int(dist.loc[[7, 8, 9], "count"].sum())
    assert f"Dipetakan : {angka(placed)} orang" in pdf.text
    assert f"Kelompok Rencana Suksesi : {angka(krs)} orang di kotak 7–9" in pdf.text
    assert f"Belum dapat dipetakan : {angka(len(tm.holding))} orang" in pdf.text


def test_the_distribution_table_compares_with_the_guideline(whole):
    report, tm, pdf = whole
    assert tm.guideline, "the demo scheme carries a guideline distribution"
    text = pdf.text
    table = text[text.index("Selisih (poin)") :]
    for box in (9, 5, 1):
        share = report.share(box)
        assert f"{persen(share.percent)} {persen(share.guideline)}" in table, box
    assert f"Jumlah {angka(report.placed)} 100% 100%" in table


def test_each_box_lists_its_own_people(whole):
    report, tm, pdf = whole
    sections = {b: squash(t) for b, t in box_sections(pdf.text).items()}
    placed = tm.placed
    assert len(placed) > 50
    for row in placed.itertuples():
        nip = squash(format_nip(row.nip))
        box = int(row.box)
        assert nip in sections[box], (row.nip, box)
        assert not any(nip in sections[b] for b in range(1, 10) if b != box), row.nip
    # box 9 first, then by nilai talenta
    nine = report.in_box(9)
    assert [p.nilai_talenta for p in nine] == sorted((p.nilai_talenta for p in nine), reverse=True)


def test_calibrated_people_are_marked_with_their_reason(whole):
    report, tm, pdf = whole
    moved = tm.frame[tm.frame["calibrated"]]
    assert len(moved) > 0 and len(report.calibrated) == len(moved)
    part = pdf.text[pdf.text.index("Pegawai yang Dikalibrasi Komite Talenta") :]
    part = part[: part.index("Pegawai yang Belum Dapat Dipetakan")]
    for row in moved.itertuples():
        assert squash(format_nip(row.nip)) in squash(part)
        assert f"{int(row.computed_box)} → {int(row.box)}" in part
        assert squash(row.calibration_reason) in squash(part)
    assert "Berita Acara Nomor" in part
    assert "Tanda K pada kolom keterangan" in pdf.text


def test_the_holding_area_lists_everyone_with_a_reason(whole):
    report, tm, pdf = whole
    part = squash(pdf.text[pdf.text.index("Pegawai yang Belum Dapat Dipetakan") :])
    assert len(tm.holding) > 0 and len(report.holding) == len(tm.holding)
    for person in report.holding:
        assert squash(format_nip(person.nip)) in part
        assert squash(person.holding_reason) in part
    assert squash("Tidak ada hasil asesmen yang masih berlaku") in part


def test_disciplinary_details_only_when_asked(demo, whole):
    _, tm, pdf = whole
    cited = tm.holding[tm.holding["holding_reason"].str.contains("Hukuman disiplin", na=False)]
    assert len(cited) > 0, "the demo should hold someone for a disciplinary record"
    assert "Hukuman disiplin tingkat" not in pdf.text
    assert "rincian data sensitif tidak dicetak" in pdf.text
    with demo.session() as session:
        sensitive = talent_map_report_data(session, PERIOD, include_sensitive=True, today=TODAY)
    nip = cited.iloc[0]["nip"]
    person = next(p for p in sensitive.holding if p.nip == nip)
    assert person.holding_reason == cited.iloc[0]["holding_reason"]
    assert redact_reason("Tidak ada SKP; Hukuman disiplin tingkat berat (TMT 1 Mei 2025)", False) == (
        "Tidak ada SKP; Rekam jejak hukuman disiplin (rincian data sensitif tidak dicetak)"
    )


def test_the_unit_filter_keeps_the_whole_subtree_and_nobody_else(health):
    report, tm, subtree, pdf = health
    inside = tm.frame[tm.frame["unit_id"].isin(subtree)]
    outside = tm.frame[~tm.frame["unit_id"].isin(subtree)]
    assert report.unit == "Dinas Kesehatan"
    assert {p.nip for p in report.people} | {p.nip for p in report.holding} == set(inside["nip"])
    assert inside["unit"].nunique() > 1  # puskesmas and the rest, not only the dinas itself
    text = squash(pdf.text)
    for nip in inside["nip"]:
        assert squash(format_nip(nip)) in text
    for nip in outside["nip"]:
        assert squash(format_nip(nip)) not in text, nip
    assert report.placed == int(inside["box"].notna().sum())
    first = normalize(pdf.texts[0])
    assert "PETA TALENTA DINAS KESEHATAN" in first and "PERIODE 2025" in first
    assert "Unit kerja Dinas Kesehatan beserta seluruh unit di bawahnya" in first
    assert f"{angka(report.placed)} orang" in first


def test_a_unit_by_id_or_code_is_the_same_unit(demo, health):
    report = health[0]
    with demo.session() as session:
        unit = session.get(Unit, report.unit_id)
        by_id = talent_map_report_data(session, PERIOD, unit.id, today=TODAY)
        by_text_id = talent_map_report_data(session, PERIOD, str(unit.id), today=TODAY)
        by_code = talent_map_report_data(session, PERIOD, unit.kode, today=TODAY)
    assert by_id.people == by_text_id.people == by_code.people == report.people


def test_f4_pages_footers_and_the_printing_date(health):
    pdf = health[3]
    total = len(pdf.pages)
    assert total >= 2
    for number, (size, page) in enumerate(zip(pdf.pages, pdf.texts, strict=True), start=1):
        assert size == pytest.approx(F4, abs=0.1)
        page = normalize(page)
        assert f"Halaman {number} dari {total}" in page
        assert "Peta Talenta Dinas Kesehatan Periode 2025 — dicetak 10 Februari 2026" in page
    assert "Dicetak 10 Februari 2026" in normalize(pdf.texts[0])


def test_long_lists_repeat_their_headers(whole):
    pdf = whole[2]
    assert all(size == pytest.approx(A4, abs=0.1) for size in pdf.pages)
    continued = [normalize(t) for t in pdf.texts[2:-1]]
    assert continued, "the demo's list should run over several pages"
    for page in continued:
        assert "No NIP Nama Jabatan" in page  # the column header on every page of a list


@pytest.mark.parametrize(
    ("unit", "message"),
    [
        ("Dinas Antah Berantah", "Unit kerja 'Dinas Antah Berantah' tidak ditemukan"),
        ("99999", "Unit kerja '99999' tidak ditemukan"),
    ],
)
def test_an_unknown_unit_is_named(demo, unit, message):
    with demo.session() as session, pytest.raises(ReportError, match=re.escape(message)):
        talent_map_report_data(session, PERIOD, unit)


def test_an_unknown_period_is_named(demo):
    with demo.session() as session, pytest.raises(ReportError, match="Periode '2031' tidak ditemukan"):
        talent_map_report_data(session, "2031")
    assert issubclass(ReportError, ValueError)


def test_indonesian_numbers():
    assert angka(1234567) == "1.234.567"
    assert persen(12.5) == "12,5%" and persen(15.0) == "15%" and persen(0.04) == "0%"
    assert persen(1234.5) == "1.234,5%"


def test_a_stream_or_a_path(demo, whole, tmp_path):
    report = whole[0]
    target = tmp_path / "peta talenta.pdf"
    write_talent_map_report(report, target)
    assert target.read_bytes().startswith(b"%PDF-")
    assert b"/Title (Peta Talenta" in target.read_bytes()
    assert [p.name for p in tmp_path.iterdir()] == [target.name]
    with pytest.raises(ValueError, match="Ukuran kertas tidak dikenal"):
        write_talent_map_report(report, tmp_path / "x.pdf", paper="Letter")
    assert not (tmp_path / "x.pdf").exists()
    assert report.today == date(2026, 2, 10)


def test_a_small_unit_prints_its_empty_boxes(demo, whole):
    tm = whole[1]
    sizes = tm.frame.groupby("unit_id")["box"].count()
    unit_id = int(sizes[sizes > 0].sort_values().index[0])
    with demo.session() as session:
        report = talent_map_report_data(session, PERIOD, unit_id, today=TODAY)
    assert 0 < report.placed < 10
    text = render(report).text
    assert "Tidak ada pegawai di kotak ini." in text
    assert f"Dipetakan : {report.placed} orang" in text


def test_without_a_guideline_the_map_still_prints(whole):
    report = whole[0]
    bare = replace(report, shares=tuple(replace(s, guideline=None, difference=None) for s in report.shares))
    text = render(bare).text
    assert "pedoman" not in normalize(text).split("Ringkasan")[0].lower()
    assert "Selisih (poin)" not in text


def test_a_period_not_yet_mapped_is_refused(demo_db, actor):
    with demo_db.transaction() as session:
        create_period(
            session, actor, "2026", skp_year_from=2025, skp_year_to=2026, reference_date=date(2026, 12, 31)
        )
    with demo_db.session() as session, pytest.raises(ReportError, match="Periode '2026' belum dipetakan"):
        talent_map_report_data(session, "2026")
