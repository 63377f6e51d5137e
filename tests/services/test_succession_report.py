"""The succession report PDF: every post and successor on paper, the warning about posts falling vacant
without anyone ready, and the page furniture of an official document (DESIGN §4, DOMAIN §6)."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import select

from talenta_desktop.domain.nip import format_nip
from talenta_desktop.domain.people import full_name
from talenta_desktop.models import Person
from talenta_desktop.services.committee import activate_meeting, attendance, list_meetings, set_attendance
from talenta_desktop.services.succession.candidates import candidates
from talenta_desktop.services.succession.posts import (
    confirm_successor,
    create_post,
    list_posts,
    propose_successor,
    update_post,
)
from talenta_desktop.services.talent.periods import PeriodError
from tests.conftest import TEST_ACTOR
from tests.services.test_berita_acara_pdf import PdfReadBack, normalize

PERIOD = "2025"
TODAY = date(2026, 2, 10)
A4 = (595.3, 841.9)
F4 = (609.4, 935.4)


def squash(value: str) -> str:
    """Text without any whitespace: a long name wrapped in a narrow cell still matches."""
    return re.sub(r"\s+", "", value)


def open_meeting(session) -> tuple[int, str]:
    """The demo's meeting still open, with everyone present and the session started: (id, number)."""
    meeting = next(m for m in list_meetings(session) if not m.is_final)
    for row in attendance(session, meeting.id):
        set_attendance(session, TEST_ACTOR, meeting.id, row.member.id, "hadir")
    activate_meeting(session, TEST_ACTOR, meeting.id)
    return meeting.id, meeting.number


@dataclass(frozen=True)
class Posts:
    vacant: int  # vacant, only a successor ready in 1–2 years: flagged
    covered: int  # an incumbent, a confirmed successor ready now and a proposal
    empty: int  # kritikal, nobody proposed yet
    meeting_number: str


def add_posts(db) -> Posts:
    """Three posts of our own, made through the services as a user would."""
    with db.transaction() as session:
        incumbent = session.scalar(select(Person).where(Person.jenjang_jabatan == "JPT Pratama").limit(1))
        vacant = create_post(
            session,
            TEST_ACTOR,
            "Kepala Badan Uji Suksesi Lowong",
            kind="target",
            jenjang_jabatan="JPT Pratama",
        )
        covered = create_post(
            session, TEST_ACTOR, "Kepala Dinas Uji Suksesi Terisi", kind="target", jenjang_jabatan="JPT Pratama",
            incumbent_id=incumbent.id, successors_needed=3,
        )  # fmt: skip
        empty = create_post(
            session, TEST_ACTOR, "Camat Uji Tanpa Calon", kind="kritikal", jenjang_jabatan="Administrator",
            successors_needed=2, note="Kecamatan perbatasan",
        )  # fmt: skip
        pool = candidates(session, PERIOD, vacant, eligible_only=True)["person_id"].tolist()
        assert len(pool) >= 3, "the demo should hold enough eligible KRS members"
        propose_successor(session, TEST_ACTOR, PERIOD, vacant, int(pool[0]), "siap_1_2")
        ready = propose_successor(session, TEST_ACTOR, PERIOD, covered, int(pool[1]), "siap_sekarang")
        propose_successor(session, TEST_ACTOR, PERIOD, covered, int(pool[2]), "siap_3")
        meeting_id, number = open_meeting(session)
        confirm_successor(session, TEST_ACTOR, meeting_id, ready)
    return Posts(vacant, covered, empty, number)


def render(db, paper: str = "A4", **kw) -> PdfReadBack:
    from talenta_desktop.services.reports.succession import render_succession_report

    out = io.BytesIO()
    with db.session() as session:
        render_succession_report(session, PERIOD, out, paper=paper, today=TODAY, **kw)
    return PdfReadBack(out.getvalue())


@pytest.fixture
def posts(demo_db) -> Posts:
    return add_posts(demo_db)


@pytest.fixture
def a4(demo_db, posts) -> PdfReadBack:
    return render(demo_db)


def section(text: str, start: str, end: str) -> str:
    return text[text.index(start) : text.index(end, text.index(start))]


def test_every_post_and_successor_is_printed(demo_db, posts, a4):
    text = squash(a4.text)
    with demo_db.session() as session:
        every = list_posts(session, PERIOD)
        people = {p.id: p for p in session.scalars(select(Person))}
    assert len(every) >= 3
    for post in every:
        assert squash(post.jabatan_nama) in text, post.jabatan_nama
        for s in post.successors:
            person = people[s.person_id]
            assert squash(full_name(person.gelar_depan, person.nama, person.gelar_belakang)) in text, s.nama
            assert squash(f"NIP {format_nip(s.nip)}") in text, s.nip
    assert f"{len(every)} jabatan (" in a4.text  # the summary counts them all


def test_reads_as_an_official_report(a4):
    first = normalize(a4.texts[0])
    for expected in (
        "PEMERINTAH KABUPATEN",
        "LAPORAN SUKSESI JABATAN TARGET/KRITIKAL",
        f"Periode Pemetaan Talenta {PERIOD}",
        "Keadaan per 10 Februari 2026",
        "Dasar:",
        "Manajemen Talenta Aparatur Sipil Negara",
        "Ringkasan",
        "Talenta KRS (kotak 7–9)",
        "Rasio talenta",
    ):
        assert expected in first, expected
    last = normalize(a4.texts[-1])
    assert "10 Februari 2026" in last and "Kepala " in last and "NIP ..." in last


def test_posts_falling_vacant_without_a_ready_successor_are_flagged(a4):
    warned = squash(
        section(a4.text, "Jabatan yang Akan Lowong tanpa Suksesor Siap", "Rincian Jabatan dan Suksesor")
    )
    assert squash("Kepala Badan Uji Suksesi Lowong") in warned
    assert squash("Camat Uji Tanpa Calon") in warned  # vacant, and nobody at all
    assert squash("Kepala Dinas Uji Suksesi Terisi") not in warned  # someone is ready now
    details = a4.text[a4.text.index("Rincian Jabatan dan Suksesor") :]
    assert re.search(r"Kepala Badan Uji Suksesi Lowong \(Jabatan target\) — PERLU PERHATIAN", details)
    assert re.search(r"Camat Uji Tanpa Calon \(Jabatan kritikal\)", details)
    assert "Belum ada calon suksesor." in details
    assert "Kecamatan perbatasan" in details  # the post's note


def test_each_post_shows_need_and_readiness(a4, posts):
    details = normalize(a4.text[a4.text.index("Kepala Dinas Uji Suksesi Terisi (Jabatan target)") :])
    details = details[: details.index("Camat Uji Tanpa Calon")]
    assert "Kebutuhan suksesor : 3 orang (kurang 1)" in details
    assert "Suksesor tersedia : 2 orang: siap sekarang 1, siap kemudian 1" in details
    assert "Siap sekarang" in details and "Siap 3+ tahun" in details
    assert "Ditetapkan" in details and "Usulan" in details
    assert squash(f"BA {posts.meeting_number}") in squash(details)  # the berita acara that confirmed
    assert "Perkiraan lowong" in details and "(BUP " in details


def test_page_footers(a4):
    total = len(a4.pages)
    assert total >= 2
    for number, page in enumerate(a4.texts, start=1):
        page = normalize(page)
        assert f"Halaman {number} dari {total}" in page
        assert "Laporan Suksesi Jabatan Target/Kritikal — Periode 2025" in page


@pytest.mark.parametrize(("paper", "size"), [("A4", A4), ("F4", F4), ("f4", F4)])
def test_paper_size(demo_db, paper, size):
    pdf = render(demo_db, paper)
    assert pdf.pages
    for width, height in pdf.pages:
        assert width == pytest.approx(size[0], abs=0.1)
        assert height == pytest.approx(size[1], abs=0.1)


def test_unknown_paper_or_period_writes_nothing(demo_db, tmp_path):
    from talenta_desktop.services.reports.succession import render_succession_report

    folder = tmp_path / "laporan"
    folder.mkdir()
    target = folder / "suksesi.pdf"
    with demo_db.session() as session:
        with pytest.raises(ValueError, match="Ukuran kertas tidak dikenal"):
            render_succession_report(session, PERIOD, target, paper="Letter")
        with pytest.raises(PeriodError, match="tidak ditemukan"):
            render_succession_report(session, "2031", target)
    assert list(folder.iterdir()) == []


def test_writes_to_a_path_with_metadata(demo_db, tmp_path):
    from talenta_desktop.services.reports.succession import render_succession_report

    folder = tmp_path / "laporan"
    folder.mkdir()
    target = folder / "laporan suksesi.pdf"
    with demo_db.session() as session:
        report = render_succession_report(session, PERIOD, target, today=TODAY)
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    assert b"/Title (Laporan Suksesi Jabatan Target/Kritikal Periode 2025)" in data
    assert report.period_label == PERIOD and report.today == TODAY
    assert [p.name for p in folder.iterdir()] == [target.name]  # no temporary file left behind


def test_a_period_without_posts_still_prints(demo_db):
    with demo_db.transaction() as session:
        for post in list_posts(session, PERIOD):
            update_post(session, TEST_ACTOR, post.id, active=False)
    text = render(demo_db).text
    assert "0 jabatan (0 jabatan target, 0 jabatan kritikal)" in text
    assert "Belum ada jabatan target atau jabatan kritikal yang dicatat." in text
    assert "Tidak ada jabatan yang lowong atau akan lowong dalam 12 bulan" in text
