"""The IDP (rencana pengembangan individu) PDF: who it is for, every activity, the JP against the 20 JP
minimum, the committee's approval, and the signatures (DESIGN §4, DOMAIN §7)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import select

from talenta_desktop.domain.golongan import golongan_by_code
from talenta_desktop.domain.ninebox import REKOMENDASI
from talenta_desktop.domain.nip import format_nip
from talenta_desktop.domain.people import full_name
from talenta_desktop.models import DevelopmentPlan, Person
from talenta_desktop.services.development.interventions import KINDS
from talenta_desktop.services.development.plans import (
    JP_MINIMUM,
    add_activity,
    approve_plan,
    create_plan,
    get_plan,
    jp_by_year,
    update_activity,
)
from talenta_desktop.services.talent.periods import PeriodError
from talenta_desktop.services.talent.talent_map import talent_map
from tests.conftest import TEST_ACTOR
from tests.services.test_berita_acara_pdf import PdfReadBack, normalize
from tests.services.test_succession_report import A4, F4, PERIOD, TODAY, open_meeting, squash


@dataclass(frozen=True)
class Plan:
    plan_id: int
    nip: str
    nama: str  # with gelar
    meeting_number: str | None


def _someone_without_plan(session, boxes: tuple[int, ...], *, skip: set[int] = frozenset()) -> Person:
    placed = talent_map(session, PERIOD).placed
    have = set(session.scalars(select(DevelopmentPlan.person_id)))
    for row in placed[placed["box"].isin(boxes)].sort_values("person_id").itertuples():
        person = session.get(Person, int(row.person_id))
        if person.id not in have and person.id not in skip and person.jenis_pegawai == "PNS":
            return person
    raise AssertionError("the demo should hold someone in these boxes without a plan")


def add_plan(db, *, approve: bool = True) -> Plan:
    """A plan of our own through the services: proposed activities, a manual one with a mentor, one done
    with its evidence, one cancelled; approved in the open meeting when ``approve``."""
    with db.transaction() as session:
        person = _someone_without_plan(session, (7, 8))
        plan_id = create_plan(session, TEST_ACTOR, PERIOD, person.id, target_jabatan="Kepala Bidang Uji Coba")
        add_activity(
            session, TEST_ACTOR, plan_id, kind="mentoring", title="Mentoring oleh Kepala Dinas Uji",
            jp=12, starts_on=date(2026, 1, 5), due_on=date(2026, 11, 30), mentor_name="Drs. Mentor Uji, M.Si.",
            mentor_type="tetap",
        )  # fmt: skip
        number = None
        if approve:
            meeting_id, number = open_meeting(session)
            approve_plan(session, TEST_ACTOR, meeting_id, plan_id)
        activities = get_plan(session, plan_id).activities
        update_activity(session, TEST_ACTOR, activities[0].id, status="selesai", evidence="Sertifikat 77/UJI/2026",
                        completed_on=date(2026, 1, 20))  # fmt: skip
        update_activity(session, TEST_ACTOR, activities[1].id, status="batal")
        nama = full_name(person.gelar_depan, person.nama, person.gelar_belakang)
        return Plan(plan_id, person.nip, nama, number)


def render(db, nip: str, paper: str = "A4") -> PdfReadBack:
    from talenta_desktop.services.reports.idp import render_idp_report

    out = io.BytesIO()
    with db.session() as session:
        render_idp_report(session, nip, PERIOD, out, paper=paper, today=TODAY)
    return PdfReadBack(out.getvalue())


@pytest.fixture
def plan(demo_db) -> Plan:
    return add_plan(demo_db)


@pytest.fixture
def a4(demo_db, plan) -> PdfReadBack:
    return render(demo_db, plan.nip)


def test_identity_box_and_rekomendasi(demo_db, plan, a4):
    text = a4.text
    with demo_db.session() as session:
        person = session.scalar(select(Person).where(Person.nip == plan.nip))
        info = get_plan(session, plan.plan_id)
        golongan = golongan_by_code(person.golongan)
    first = normalize(a4.texts[0])
    assert "RENCANA PENGEMBANGAN INDIVIDU" in first and f"Periode Pemetaan Talenta {PERIOD}" in first
    assert f"Nama : {plan.nama}" in first
    assert f"NIP : {format_nip(plan.nip)}" in first
    assert squash(f"{golongan.pangkat}, {golongan.label}") in squash(first)
    assert squash(person.jabatan_nama) in squash(first)
    assert "Jabatan target : Kepala Bidang Uji Coba" in first
    assert f"Kotak {info.box} (kinerja" in text
    assert squash(REKOMENDASI[info.box]) in squash(text)
    assert "Kesenjangan Kompetensi dan Kinerja" in text


def test_every_activity_is_printed(demo_db, plan, a4):
    with demo_db.session() as session:
        info = get_plan(session, plan.plan_id)
    text = squash(a4.text)
    assert len(info.activities) >= 3
    for number, activity in enumerate(info.activities, start=1):
        assert squash(f"{number}.{activity.title}") in text, activity.title
        assert squash(KINDS[activity.kind].label) in text
    assert squash("Drs. Mentor Uji, M.Si.") in text and "mentor tetap" in a4.text
    assert squash("Sertifikat 77/UJI/2026") in text and "Selesai 20-01-2026" in a4.text
    assert "Dibatalkan" in a4.text
    assert "05-01-2026 s.d. 30-11-2026" in a4.text  # the schedule
    assert f"Jumlah JP direncanakan {info.jp_planned}" in a4.text
    assert "Kegiatan yang dibatalkan tidak dihitung dalam jumlah JP." in a4.text


def test_jp_totals_against_the_minimum(demo_db, plan, a4):
    with demo_db.session() as session:
        info = get_plan(session, plan.plan_id)
        jp = jp_by_year(session, [info.person_id])
    this_year = int(jp[jp["year"] == TODAY.year]["jp"].sum())
    done = sum(a.jp for a in info.counted if a.status == "selesai")
    text = a4.text
    assert f"JP direncanakan : {info.jp_planned} JP dalam {len(info.counted)} kegiatan" in text
    assert f"JP kegiatan selesai : {done} JP dalam 1 kegiatan" in text
    verdict = "terpenuhi" if this_year >= JP_MINIMUM else f"kurang {JP_MINIMUM - this_year} JP"
    assert (
        f"JP tahun {TODAY.year} : {this_year} JP dari paling sedikit {JP_MINIMUM} JP per tahun: {verdict}"
        in text
    )
    assert "Komposisi 70:20:10" in text


def test_the_approval_names_the_berita_acara(plan, a4):
    text = a4.text
    assert "Status rencana : Disetujui" in text
    assert squash(f"Berita Acara Nomor {plan.meeting_number}") in squash(text)
    last = normalize(a4.texts[-1])
    assert "Atasan Langsung," in last and "Pegawai yang Bersangkutan," in last
    assert plan.nama in last and f"NIP {format_nip(plan.nip)}" in last
    assert "NIP ..." in last  # the atasan's NIP is written in by hand
    assert "10 Februari 2026" in last


def test_page_footers_and_a_draft_is_marked(demo_db, plan, a4):
    total = len(a4.pages)
    for number, page in enumerate(a4.texts, start=1):
        page = normalize(page)
        assert f"Halaman {number} dari {total}" in page
        assert f"Rencana Pengembangan Individu Periode {PERIOD} — NIP {format_nip(plan.nip)}" in page
        assert "DRAF" not in page

    draft = add_plan(demo_db, approve=False)
    pdf = render(demo_db, draft.nip)
    for page in pdf.texts:
        assert f"DRAF — Rencana Pengembangan Individu Periode {PERIOD}" in normalize(page)
    assert "Draf (belum disetujui Komite Talenta)" in pdf.text
    assert "Belum dibahas dalam rapat Komite Talenta" in pdf.text


@pytest.mark.parametrize(("paper", "size"), [("A4", A4), ("F4", F4)])
def test_paper_size(demo_db, plan, paper, size):
    pdf = render(demo_db, plan.nip, paper)
    for width, height in pdf.pages:
        assert width == pytest.approx(size[0], abs=0.1)
        assert height == pytest.approx(size[1], abs=0.1)


def test_the_nip_may_be_typed_with_spaces(demo_db, plan):
    assert plan.nama in render(demo_db, format_nip(plan.nip)).text


def test_clear_errors_and_nothing_written(demo_db, plan, tmp_path):
    from talenta_desktop.services.reports.idp import IdpReportError, InvalidNip, render_idp_report

    folder = tmp_path / "laporan"
    folder.mkdir()
    target = folder / "idp.pdf"
    with demo_db.session() as session:
        with pytest.raises(IdpReportError, match=r"NIP 19990101 202001 1 999 tidak ditemukan"):
            render_idp_report(session, "199901012020011999", PERIOD, target)
        with pytest.raises(InvalidNip, match="18 digit"):
            render_idp_report(session, "12345", PERIOD, target)
        with pytest.raises(PeriodError, match="tidak ditemukan"):
            render_idp_report(session, plan.nip, "2031", target)
        with pytest.raises(ValueError, match="Ukuran kertas"):
            render_idp_report(session, plan.nip, PERIOD, target, paper="Letter")
        other = _someone_without_plan(session, (5, 6, 7, 8, 9))
        with pytest.raises(
            IdpReportError, match=f"belum mempunyai rencana pengembangan individu pada periode {PERIOD}"
        ):
            render_idp_report(session, other.nip, PERIOD, target)
    assert issubclass(IdpReportError, ValueError)
    assert list(folder.iterdir()) == []
