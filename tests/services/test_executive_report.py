"""The executive summary PDF for the PPK: headline figures equal to the services' numbers, the chart, the
movement since the previous period, the units, the posts without a ready successor, 20 JP compliance, and
a short document in the house style (DESIGN §4, DOMAIN §3, §6, §7)."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest

from talenta_desktop.models.db import backup_sqlite, open_database
from talenta_desktop.services.development.plans import jp_compliance
from talenta_desktop.services.personnel import personnel_frame
from talenta_desktop.services.reports.errors import ReportError
from talenta_desktop.services.reports.executive_report import executive_report_data, write_executive_report
from talenta_desktop.services.reports.talent_map_report import angka, persen
from talenta_desktop.services.succession.posts import list_posts
from talenta_desktop.services.talent.talent_map import (
    distribution,
    distribution_by_unit,
    movement_matrix,
    movement_summary,
    talent_map,
)
from tests.services.test_berita_acara_pdf import PdfReadBack, normalize
from tests.services.test_succession_report import A4, F4, PERIOD, TODAY, squash


@pytest.fixture(scope="module")
def demo(_demo_template, tmp_path_factory):
    """One copy of the demo agency for the whole module: the summary only reads."""
    target = backup_sqlite(_demo_template, tmp_path_factory.mktemp("executive") / "demo.sqlite")
    database = open_database(target)
    yield database
    database.dispose()


def render(report, paper: str = "A4") -> PdfReadBack:
    out = io.BytesIO()
    write_executive_report(report, out, paper=paper)
    return PdfReadBack(out.getvalue())


@pytest.fixture(scope="module")
def summary(demo):
    with demo.session() as session:
        report = executive_report_data(session, PERIOD, today=TODAY)
        tm = talent_map(session, PERIOD)
        posts = list_posts(session, PERIOD)
        ids = personnel_frame(session, columns=("id",))["id"].astype(int)
        jp = jp_compliance(session, 2025, ids)
    return report, tm, posts, jp, render(report)


def test_headline_figures_are_the_services_numbers(summary):
    report, tm, posts, jp, pdf = summary
    dist = distribution(tm.frame, tm.guideline)
    placed = int(dist["count"].sum())
    krs = int(dist.loc[[7, 8, 9], "count"].sum())
    lacking = [p for p in posts if p.lacks_ready()]
    assert (report.placed, report.holding, report.krs) == (placed, len(tm.holding), krs)
    assert report.posts == len(posts) and len(report.gaps) == len(lacking)
    assert (report.jp_people, report.jp_meeting) == (jp.people, jp.meeting)
    first = normalize(pdf.texts[0])
    assert (
        f"{angka(placed)} pegawai dipetakan ({persen(placed / len(tm.frame) * 100)} dari {angka(len(tm.frame))} pegawai)"
        in first
    )
    assert f"{angka(len(tm.holding))} pegawai belum dapat dipetakan" in first
    assert f"{angka(krs)} talenta KRS (kotak 7–9) {persen(krs / placed * 100)} dari yang dipetakan" in first
    assert f"{angka(len(posts))} jabatan target/kritikal yang direncanakan" in first
    assert f"{angka(len(lacking))} jabatan target/kritikal tanpa suksesor siap sekarang" in first
    assert f"{persen(jp.share * 100)} pegawai memenuhi 20 JP tahun 2025" in first


def test_reads_as_a_short_official_document(summary):
    report, *_, pdf = summary
    first = normalize(pdf.texts[0])
    for expected in (
        "PEMERINTAH KABUPATEN",
        "RINGKASAN EKSEKUTIF MANAJEMEN TALENTA",
        f"Periode Pemetaan Talenta {PERIOD}",
        "Dicetak 10 Februari 2026",
        "selaku Pejabat Pembina Kepegawaian",
    ):
        assert expected in first, expected
    assert report.addressee and report.addressee.startswith(("Bupati ", "Wali Kota ", "Gubernur "))
    total = len(pdf.pages)
    assert 2 <= total <= 4
    for number, (size, page) in enumerate(zip(pdf.pages, pdf.texts, strict=True), start=1):
        assert size == pytest.approx(A4, abs=0.1)
        assert f"Halaman {number} dari {total}" in normalize(page)
    assert "Kepala " in normalize(pdf.texts[-1])  # signed by the head of the BKPSDM


def test_the_chart_compares_each_box_with_the_guideline(summary):
    _, tm, *_, pdf = summary
    first = normalize(pdf.texts[0])
    assert "Realisasi periode 2025 (% dari yang dipetakan)" in first
    assert "Pedoman sebaran skema penilaian" in first
    for box in range(1, 10):
        assert f"Kotak {box}" in first
    dist = distribution(tm.frame, tm.guideline)
    worst = dist["difference"].idxmax()
    assert f"kotak {worst} paling melebihi pedoman" in pdf.text


def test_movement_since_the_previous_period(summary):
    report, tm, *_, pdf = summary
    moves = movement_summary(tm.frame)
    assert report.movement == moves and report.previous_label == "2024"
    text = pdf.text
    assert "Pergerakan Talenta sejak Periode 2024" in text
    assert (
        f"Naik Bergeser Turun Tetap Baru dipetakan Keluar dari peta "
        f"{moves['naik']} {moves['bergeser']} {moves['turun']} {moves['tetap']} {moves['baru']} {moves['keluar']}"
    ) in text
    matrix = movement_matrix(tm.frame)
    assert report.matrix == tuple(tuple(int(matrix.at[a, b]) for b in range(1, 10)) for a in range(1, 10))
    row = " ".join(str(n) if n else "·" for n in matrix.loc[5].tolist())
    assert f"Kotak 5 {row} {angka(int(matrix.loc[5].sum()))}" in text


def test_units_posts_and_jp_per_unit(summary):
    report, tm, posts, jp, pdf = summary
    by_unit = distribution_by_unit(tm.frame)
    text = squash(pdf.text)
    biggest = by_unit.index[0]
    counts = " ".join(str(int(by_unit.loc[biggest, b])) for b in range(1, 10))
    assert squash(f"{biggest} {counts} {int(by_unit.loc[biggest, 'total'])}") in text
    for post in (p for p in posts if p.lacks_ready()):
        assert squash(post.jabatan_nama) in text
    lacking = {p.jabatan_nama for p in posts if p.lacks_ready()}
    assert {g.jabatan for g in report.gaps} == lacking
    part = squash(pdf.text[pdf.text.index("tanpa Suksesor Siap") : pdf.text.index("Pemenuhan 20 JP")])
    for post in posts:
        if post.jabatan_nama not in lacking and not any(post.jabatan_nama in name for name in lacking):
            assert squash(post.jabatan_nama) not in part, post.jabatan_nama
    assert sum(u.people for u in report.jp_units) == jp.people
    assert sum(u.meeting for u in report.jp_units) == jp.meeting
    for unit in report.jp_units:
        assert squash(f"{unit.unit} {angka(unit.people)} {angka(unit.meeting)} {persen(unit.share)}") in text
    shares = [u.share for u in report.jp_units]
    assert shares == sorted(shares)  # lowest first: where the Bupati should ask


def test_f4(summary):
    pdf = render(summary[0], "F4")
    assert all(size == pytest.approx(F4, abs=0.1) for size in pdf.pages)


def test_an_unknown_period_is_named(demo):
    with demo.session() as session, pytest.raises(ReportError, match="Periode '2031' tidak ditemukan"):
        executive_report_data(session, "2031")


def test_without_a_previous_period_posts_or_guideline(summary):
    report = summary[0]
    bare = replace(
        report,
        previous_label=None,
        posts=0,
        gaps=(),
        shares=tuple(replace(s, guideline=None, difference=None) for s in report.shares),
    )
    text = render(bare).text
    assert "Belum ada periode sebelumnya untuk dibandingkan." in text
    assert "Belum ada jabatan target atau jabatan kritikal yang dicatat." in text
    assert "Pedoman sebaran" not in text and "paling melebihi pedoman" not in text
