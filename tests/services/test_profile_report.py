"""The talent profile PDF of one person: identity, box and scores, calibrations with reasons, earlier
periods, SKP, assessment, JP, succession, development plan — and disciplinary records only when asked
(DESIGN §4, DOMAIN §3–§7, §10)."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import select

from talenta_desktop.domain.golongan import golongan_by_code
from talenta_desktop.domain.ninebox import REKOMENDASI
from talenta_desktop.domain.nip import format_nip
from talenta_desktop.domain.people import full_name
from talenta_desktop.models import DevelopmentPlan, HukdisHistory, Meeting, Person, Successor
from talenta_desktop.models.db import backup_sqlite, open_database
from talenta_desktop.services.development.plans import jp_by_year
from talenta_desktop.services.reports.errors import InvalidNipError, ReportError
from talenta_desktop.services.reports.profile_report import profile_report_data, write_profile_report
from talenta_desktop.services.talent.talent_map import placement_history, talent_map
from tests.services.test_berita_acara_pdf import PdfReadBack, normalize
from tests.services.test_succession_report import A4, F4, PERIOD, TODAY, squash


@pytest.fixture(scope="module")
def demo(_demo_template, tmp_path_factory):
    """One copy of the demo agency for the whole module: the profile only reads."""
    target = backup_sqlite(_demo_template, tmp_path_factory.mktemp("profile") / "demo.sqlite")
    database = open_database(target)
    yield database
    database.dispose()


def render(report, paper: str = "A4") -> PdfReadBack:
    out = io.BytesIO()
    write_profile_report(report, out, paper=paper)
    return PdfReadBack(out.getvalue())


def profile(db, nip: str, **kw):
    with db.session() as session:
        report = profile_report_data(session, nip, PERIOD, today=TODAY, **kw)
    return report, render(report)


@pytest.fixture(scope="module")
def calibrated(demo) -> Person:
    """Someone the committee moved in the period."""
    with demo.session() as session:
        frame = talent_map(session, PERIOD).frame
        row = frame[frame["calibrated"]].sort_values("person_id").iloc[0]
        person = session.get(Person, int(row["person_id"]))
        session.expunge(person)
        return person


@pytest.fixture(scope="module")
def successor(demo) -> Person:
    """Someone proposed as successor in the period, with a development plan."""
    with demo.session() as session:
        planned = set(session.scalars(select(DevelopmentPlan.person_id)))
        ids = sorted(set(session.scalars(select(Successor.person_id))) & planned)
        assert ids, "the demo should hold a successor with a plan"
        person = session.get(Person, ids[0])
        session.expunge(person)
        return person


@pytest.fixture(scope="module")
def disciplined(demo) -> tuple[Person, HukdisHistory]:
    with demo.session() as session:
        record = session.scalar(select(HukdisHistory).order_by(HukdisHistory.id).limit(1))
        assert record is not None, "the demo should hold a disciplinary record"
        person = session.get(Person, record.person_id)
        session.expunge_all()
        return person, record


def test_identity_box_and_scores(demo, calibrated):
    report, pdf = profile(demo, calibrated.nip)
    first = normalize(pdf.texts[0])
    nama = full_name(calibrated.gelar_depan, calibrated.nama, calibrated.gelar_belakang)
    assert "PROFIL TALENTA PEGAWAI" in first and f"Periode Pemetaan Talenta {PERIOD}" in first
    assert "Dicetak 10 Februari 2026" in first
    assert f"Nama : {nama}" in first
    assert f"NIP : {format_nip(calibrated.nip)}" in first
    assert squash(calibrated.jabatan_nama) in squash(first)
    golongan = golongan_by_code(calibrated.golongan)
    assert golongan.label in first
    assert f"(usia {report.profile.identity.usia} tahun)" in first
    with demo.session() as session:
        entry = next(h for h in placement_history(session, calibrated.id) if h.period_label == PERIOD)
    box = entry.current_box
    assert report.box == box and box != entry.computed_box
    text = pdf.text
    assert f"Kotak talenta : Kotak {box}:" in text
    assert f"Kotak hasil perhitungan : Kotak {entry.computed_box} (diubah melalui kalibrasi)" in text
    assert squash(REKOMENDASI[box]) in squash(text)
    assert (
        f"Nilai talenta : {report.placement.nilai_talenta:.2f}".replace(".", ",").rstrip("0").rstrip(",")
        in text
    )
    # the small nine-box: every number drawn, the axes named
    for b in range(1, 10):
        assert f" {b} " in f" {first} "
    assert "Kinerja" in first and "Potensial" in first
    # sub-scores from the placement's components, with the scheme's weights
    assert "Komponen kinerja" in text and "Komponen potensial" in text
    assert "Predikat SKP (rata-rata tahun periode) 60%" in text


def test_calibrations_with_reasons_and_history_across_periods(demo, calibrated):
    report, pdf = profile(demo, calibrated.nip)
    assert report.calibrations
    text = squash(pdf.text)
    with demo.session() as session:
        numbers = dict(session.execute(select(Meeting.id, Meeting.number)).all())
        history = placement_history(session, calibrated.id)
    for entry in history:
        for cal in entry.calibrations:
            assert squash(cal.reason) in text
            assert squash(f"{cal.before_box} → {cal.after_box}") in text
            if cal.meeting_id:
                assert squash(f"BA {numbers[cal.meeting_id]}") in text
    placed = normalize(pdf.text[pdf.text.index("Penempatan per periode") :])
    assert history[0].period_label == PERIOD  # newest first
    for h in history:
        assert f"{h.period_label} " in placed


def test_skp_assessment_jp_succession_and_plan(demo, successor):
    report, pdf = profile(demo, successor.nip)
    text = pdf.text
    for skp in report.profile.skp[:3]:
        assert f"{skp.tahun} {skp.hasil_kerja} {skp.perilaku_kerja} {skp.predikat}" in text
    if report.assessment is not None:
        assert "Job Person Match (JPM)" in text
        assert f"{report.assessment.jpm:.2f}".replace(".", ",") + "%" in text
    with demo.session() as session:
        jp = jp_by_year(session, [successor.id])
    this_year = int(jp[jp["year"] == TODAY.year]["jp"].sum())
    assert f"JP tahun {TODAY.year} : {this_year} JP dari paling sedikit 20 JP" in text
    assert report.successor_for
    section = squash(text[text.index("Suksesi") :])
    for entry in report.successor_for:
        assert squash(entry.jabatan) in section and squash(entry.readiness) in section
    assert report.plan is not None
    assert "Rencana pengembangan :" in text
    assert squash(f"{len(report.plan.counted)} kegiatan") in squash(text)


def test_hukdis_only_when_asked(demo, disciplined):
    person, record = disciplined
    plain, pdf = profile(demo, person.nip)
    assert plain.hukdis is None
    assert "Hukuman Disiplin" not in pdf.text
    assert squash(record.jenis) not in squash(pdf.text)
    if record.keterangan:
        assert squash(record.keterangan) not in squash(pdf.text)
    sensitive, pdf = profile(demo, person.nip, include_sensitive=True)
    assert sensitive.hukdis and any(h.jenis == record.jenis for h in sensitive.hukdis)
    assert "Hukuman Disiplin (Data Sensitif)" in pdf.text
    assert squash(record.jenis) in squash(pdf.text)


def test_nip_with_spaces_and_f4(demo, calibrated):
    report, pdf = profile(demo, format_nip(calibrated.nip))
    assert report.nip == calibrated.nip
    out = io.BytesIO()
    write_profile_report(report, out, paper="F4")
    f4 = PdfReadBack(out.getvalue())
    assert all(size == pytest.approx(F4, abs=0.1) for size in f4.pages)
    assert all(size == pytest.approx(A4, abs=0.1) for size in pdf.pages)
    total = len(pdf.pages)
    for number, page in enumerate(pdf.texts, start=1):
        page = normalize(page)
        assert f"Halaman {number} dari {total}" in page
        assert f"NIP {format_nip(calibrated.nip)}" in page


@pytest.mark.parametrize(
    ("nip", "error", "named"),
    [
        ("1968041119930310", InvalidNipError, "1968041119930310"),
        ("19680411 1993O3 1 009", InvalidNipError, "1993O3"),
        ("200012312024121001", ReportError, "NIP 20001231 202412 1 001 tidak ditemukan"),
    ],
)
def test_bad_or_unknown_nip_is_named(demo, nip, error, named):
    with demo.session() as session, pytest.raises(error) as caught:
        profile_report_data(session, nip, PERIOD)
    assert named in str(caught.value)
    assert isinstance(caught.value, ReportError)


def test_unknown_period_is_named(demo, calibrated):
    with demo.session() as session, pytest.raises(ReportError, match="Periode '2031' tidak ditemukan"):
        profile_report_data(session, calibrated.nip, "2031")
