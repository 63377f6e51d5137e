"""Komite Talenta (DOMAIN §5): the committee as its SK names it, meetings held with a quorum, what they
decide, and the finalised berita acara — locked, fingerprinted, and corrected only by a later meeting.

Every test builds its own committee of seven in the demo agency (ketua and sekretaris from the personnel
list, five external anggota), beside the demo's own committee, whose meeting 1 is final and meeting 2 open.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import func, select

from talenta_desktop.domain.nip import format_nip
from talenta_desktop.domain.people import full_name
from talenta_desktop.models import (
    AuditEvent,
    Calibration,
    CommitteeMember,
    ConflictOfInterest,
    Decision,
    DiscussionNote,
    FollowUp,
    Meeting,
    Person,
)
from talenta_desktop.services.audit import verify_chain
from talenta_desktop.services.committee import (
    CommitteeError,
    MeetingInfo,
    MeetingLocked,
    MemberInfo,
    activate_meeting,
    active_meeting,
    add_decision,
    add_follow_up,
    add_member,
    attendance,
    berita_acara_document,
    create_committee,
    create_meeting,
    discard_minutes_draft,
    finalize_meeting,
    get_meeting,
    list_committees,
    list_follow_ups,
    list_meetings,
    locked_meeting_of,
    meeting_conflicts,
    meeting_notes,
    minutes_state,
    pause_meeting,
    quorum,
    record_conflict,
    save_minutes,
    save_minutes_draft,
    set_agenda,
    set_attendance,
    set_follow_up_done,
    set_note,
    update_member,
)
from talenta_desktop.services.reports.berita_acara_data import (
    FollowUpRow,
    KrsRow,
    canonical_json,
    document_from_json,
    fingerprint,
)
from talenta_desktop.services.talent.calibration import CalibrationError, calibrate, reverse_calibration
from talenta_desktop.services.talent.talent_map import talent_map

HELD_ON = date(2025, 11, 17)  # a Monday
EXTERNAL = (
    ("Prof. Dr. Rina Kartika, M.Si.", "Guru Besar Administrasi Publik, Universitas Sriwijaya"),
    ("Dr. Arif Budiman, M.M.", "Praktisi Manajemen Sumber Daya Manusia"),
    ("Ir. Made Suarjana, M.T.", "Tenaga Ahli Bupati Bidang Tata Kelola"),
    ("Dra. Lestari Wulandari, M.Psi., Psikolog", "Psikolog, Lembaga Asesmen Independen"),
    ("Yohanes Tampubolon, S.H., M.H.", "Akademisi, Universitas Negeri Sukamaju"),
)


@dataclass(frozen=True)
class Komite:
    id: int
    members: tuple[MemberInfo, ...]  # signing order: ketua, sekretaris, five anggota

    @property
    def ketua(self) -> MemberInfo:
        return self.members[0]

    @property
    def sekretaris(self) -> MemberInfo:
        return self.members[1]

    @property
    def anggota(self) -> tuple[MemberInfo, ...]:
        return self.members[2:]


def _officials(session) -> list[Person]:
    """Two people from the personnel list who carry gelar before and after their name."""
    return list(
        session.scalars(
            select(Person)
            .where(
                Person.gelar_depan.is_not(None),
                Person.gelar_belakang.is_not(None),
                Person.jabatan_nama.is_not(None),
            )
            .order_by(Person.id)
            .limit(2)
        )
    )


def _new_committee(session, actor, name: str = "Komite Talenta Kabupaten Sukamaju Timur", **kw) -> int:
    return create_committee(
        session,
        actor,
        name,
        sk_number="800.1.3/77/KPTS/BKPSDM/2025",
        sk_date=date(2025, 10, 1),
        serves_from=date(2025, 10, 1),
        sk_title="Keputusan Bupati Sukamaju Timur tentang Komite Talenta Instansi",
        **kw,
    ).id


def _seven_members(session, actor, committee_id: int) -> tuple[MemberInfo, ...]:
    ketua, sekretaris = _officials(session)
    members = [
        add_member(session, actor, committee_id, role="ketua", person_id=ketua.id),
        add_member(session, actor, committee_id, role="sekretaris", person_id=sekretaris.id),
    ]
    for nama, jabatan in EXTERNAL:
        members.append(add_member(session, actor, committee_id, role="anggota", nama=nama, jabatan=jabatan))
    return tuple(members)


@pytest.fixture
def komite(demo_db, actor) -> Komite:
    with demo_db.transaction() as session:
        committee_id = _new_committee(session, actor)
        members = _seven_members(session, actor, committee_id)
    return Komite(committee_id, members)


def _meeting(session, actor, komite: Komite, number: str = "800.1.3/BA-11/KT/2025", **kw) -> MeetingInfo:
    kw.setdefault("period_label", "2025")
    kw.setdefault("title", "Penetapan Hasil Pemetaan Talenta")
    kw.setdefault("held_on", HELD_ON)
    kw.setdefault("starts_at", "09.00")
    kw.setdefault("ends_at", "12.00")
    kw.setdefault("place", "Ruang Rapat Bupati")
    return create_meeting(session, actor, komite.id, number=number, **kw)


def _attend(session, actor, meeting_id: int, members, status: str = "hadir") -> None:
    for member in members:
        set_attendance(session, actor, meeting_id, member.id, status)


def _held(session, actor, komite: Komite, number: str = "800.1.3/BA-11/KT/2025", **kw) -> MeetingInfo:
    """A meeting with everyone present, opened."""
    meeting = _meeting(session, actor, komite, number, **kw)
    _attend(session, actor, meeting.id, komite.members)
    return activate_meeting(session, actor, meeting.id)


def _uncalibrated(session, skip: int = 0, label: str = "2025") -> tuple[int, int]:
    """(person id, computed box) of a placed person nobody has moved in this period."""
    tm = talent_map(session, label)
    row = tm.placed[tm.placed["calibration_id"].isna()].iloc[skip]
    return int(row["person_id"]), int(row["computed_box"])


def _other(box: int, *avoid: int) -> int:
    return next(b for b in (9, 1, 5, 7, 3) if b != box and b not in avoid)


def _count(session, model, *where) -> int:
    return session.scalar(select(func.count()).select_from(model).where(*where))


def _events(session) -> int:
    return _count(session, AuditEvent)


# -- the committee ----------------------------------------------------------------------------------


def test_members_from_personnel_sign_with_gelar_nip_and_jabatan(demo_db, komite):
    with demo_db.session() as session:
        info = next(c for c in list_committees(session) if c.id == komite.id)
        ketua, sekretaris = _officials(session)
        for member, person in ((info.members[0], ketua), (info.members[1], sekretaris)):
            assert member.person_id == person.id
            assert member.nama == full_name(person.gelar_depan, person.nama, person.gelar_belakang)
            assert member.nama.startswith(person.gelar_depan + " ") and member.nama.endswith(
                person.gelar_belakang
            )
            assert (member.nip, member.jabatan) == (person.nip, person.jabatan_nama)
    assert [m.role for m in info.members] == ["ketua", "sekretaris"] + ["anggota"] * 5
    assert [m.sign_order for m in info.members] == [1, 2, 3, 4, 5, 6, 7]
    assert [(m.nama, m.jabatan, m.nip, m.person_id) for m in info.members[2:]] == [
        (nama, jabatan, None, None) for nama, jabatan in EXTERNAL
    ]
    assert info.sk_number == "800.1.3/77/KPTS/BKPSDM/2025"


@pytest.mark.parametrize("role", ["ketua", "sekretaris"])
def test_a_second_ketua_or_sekretaris_is_refused(demo_db, actor, komite, role):
    with demo_db.transaction() as session:
        events = _events(session)
        with pytest.raises(CommitteeError, match=f"sudah mempunyai {role}"):
            add_member(session, actor, komite.id, role=role, nama="Drs. Bambang Sutrisno, M.Si.")
        assert _events(session) == events
        assert _count(session, CommitteeMember, CommitteeMember.committee_id == komite.id) == 7
        # another anggota is always welcome
        extra = add_member(session, actor, komite.id, role="anggota", nama="Drs. Bambang Sutrisno, M.Si.")
    assert extra.sign_order == 8


def test_an_unknown_role_is_refused(demo_db, actor, komite):
    with demo_db.transaction() as session:
        with pytest.raises(CommitteeError, match="ketua, sekretaris atau anggota, bukan 'wakil_ketua'"):
            add_member(session, actor, komite.id, role="wakil_ketua", nama="Drs. Bambang Sutrisno, M.Si.")
        assert _count(session, CommitteeMember, CommitteeMember.committee_id == komite.id) == 7


def test_quorum_is_more_than_half_of_the_members_by_default(demo_db, actor, komite):
    with demo_db.transaction() as session:
        assert next(c for c in list_committees(session) if c.id == komite.id).quorum == 4  # of 7
        meeting = _meeting(session, actor, komite)
        assert quorum(session, meeting.id).required == 4
        add_member(session, actor, komite.id, role="anggota", nama="Drs. Bambang Sutrisno, M.Si.")
        assert next(c for c in list_committees(session) if c.id == komite.id).quorum == 5  # of 8: 4 is half
        assert (quorum(session, meeting.id).members, quorum(session, meeting.id).required) == (8, 5)


def test_a_configured_quorum_is_what_counts(demo_db, actor):
    with demo_db.transaction() as session:
        committee_id = _new_committee(session, actor, quorum=6)
        members = _seven_members(session, actor, committee_id)
        assert next(c for c in list_committees(session) if c.id == committee_id).quorum == 6
        meeting = create_meeting(
            session, actor, committee_id, period_label="2025", number="BA-Q/2025", title="Rapat Kuorum",
            held_on=HELD_ON, starts_at="09.00", place="Ruang Rapat Bupati",
        )  # fmt: skip
        _attend(session, actor, meeting.id, members[:5])
        assert not quorum(session, meeting.id).met  # 5 of 7 is a majority, but the SK asks for 6
        with pytest.raises(CommitteeError, match="paling sedikit 6"):
            activate_meeting(session, actor, meeting.id)
        _attend(session, actor, meeting.id, members[5:6])
        assert quorum(session, meeting.id).met
        assert activate_meeting(session, actor, meeting.id).status == "active"
        with pytest.raises(CommitteeError, match="paling sedikit 1 anggota, bukan 0"):
            _new_committee(session, actor, "Komite Tanpa Kuorum", quorum=0)


# -- meetings ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("again", ["800.1.3/BA-11/KT/2025", " 800.1.3/BA-11/KT/2025 "])
def test_a_berita_acara_number_is_used_once(demo_db, actor, komite, again):
    with demo_db.transaction() as session:
        _meeting(session, actor, komite)
        with pytest.raises(CommitteeError, match="sudah dipakai rapat lain"):
            _meeting(session, actor, komite, again, title="Rapat Lanjutan")
        assert _count(session, Meeting, Meeting.committee_id == komite.id) == 1


def test_a_meeting_needs_a_known_period(demo_db, actor, komite):
    with demo_db.transaction() as session:
        with pytest.raises(CommitteeError, match="Periode '2030' tidak ditemukan"):
            _meeting(session, actor, komite, period_label="2030")
        assert _count(session, Meeting, Meeting.committee_id == komite.id) == 0


def test_a_correction_may_only_refer_to_a_final_meeting(demo_db, actor, komite):
    with demo_db.transaction() as session:
        first = _held(session, actor, komite)
        with pytest.raises(CommitteeError, match="hanya dapat merujuk rapat yang sudah difinalkan"):
            _meeting(session, actor, komite, "BA-12", corrects_meeting_id=first.id)
        with pytest.raises(CommitteeError, match="#999999 tidak ditemukan"):
            _meeting(session, actor, komite, "BA-12", corrects_meeting_id=999999)
        finalize_meeting(session, actor, first.id)
        correction = _meeting(session, actor, komite, "BA-12", corrects_meeting_id=first.id)
    assert correction.corrects_meeting_id == first.id
    with demo_db.session() as session:
        assert get_meeting(session, correction.id).corrects_meeting_id == first.id


def test_the_agenda_keeps_its_order_and_set_agenda_replaces_it(demo_db, actor, komite):
    with demo_db.transaction() as session:
        items = ["Pembukaan", "  ", "Paparan hasil pemetaan talenta", "Kalibrasi kotak sembilan", "Penutup"]
        meeting = _meeting(session, actor, komite, agenda=items)
    assert meeting.agenda == (
        "Pembukaan",
        "Paparan hasil pemetaan talenta",
        "Kalibrasi kotak sembilan",
        "Penutup",
    )
    new = ["Pembukaan", "Penetapan Kelompok Rencana Suksesi", "Lain-lain", "Penutup"]
    with demo_db.transaction() as session:
        assert set_agenda(session, actor, meeting.id, new).agenda == tuple(new)
    with demo_db.session() as session:
        assert get_meeting(session, meeting.id).agenda == tuple(new)
        assert berita_acara_document(session, meeting.id).agenda == tuple(new)


# -- attendance and quorum --------------------------------------------------------------------------


def test_hadir_and_diwakili_count_as_present_tidak_hadir_does_not(demo_db, actor, komite):
    m = komite.members
    with demo_db.transaction() as session:
        meeting = _meeting(session, actor, komite)
        _attend(session, actor, meeting.id, m[:2])
        row = set_attendance(session, actor, meeting.id, m[2].id, "diwakili", "  Dr. Sari Dewi, M.Si.  ")
        assert (row.status, row.represented_by) == ("diwakili", "Dr. Sari Dewi, M.Si.")
        _attend(session, actor, meeting.id, m[3:5], "tidak_hadir")  # m[5], m[6]: not yet recorded
        q = quorum(session, meeting.id)
        assert (q.present, q.members, q.required, q.met) == (3, 7, 4, False)
        assert q.describe() == "Dihadiri 3 dari 7 anggota (kuorum belum terpenuhi: paling sedikit 4)."
        set_attendance(session, actor, meeting.id, m[3].id, "hadir")
        assert quorum(session, meeting.id).describe() == (
            "Dihadiri 4 dari 7 anggota (kuorum terpenuhi: paling sedikit 4)."
        )
    with demo_db.session() as session:
        rows = attendance(session, meeting.id)
    assert [r.member.id for r in rows] == [x.id for x in m]
    assert [r.status for r in rows] == ["hadir", "hadir", "diwakili", "hadir", "tidak_hadir", None, None]
    assert [r.represented_by for r in rows] == [None, None, "Dr. Sari Dewi, M.Si.", None, None, None, None]
    with demo_db.transaction() as session:  # the member came after all: the representative is dropped
        assert set_attendance(session, actor, meeting.id, m[2].id, "hadir").represented_by is None


@pytest.mark.parametrize("representative", [None, "   "])
def test_diwakili_needs_the_representatives_name(demo_db, actor, komite, representative):
    member = komite.anggota[0]
    with demo_db.transaction() as session:
        meeting = _meeting(session, actor, komite)
        events = _events(session)
        with pytest.raises(
            CommitteeError, match=re.escape(f"{member.nama} diwakili: nama wakilnya wajib diisi")
        ):
            set_attendance(session, actor, meeting.id, member.id, "diwakili", representative)
        assert _events(session) == events
        assert attendance(session, meeting.id)[2].status is None


def test_attendance_of_someone_outside_the_committee_is_refused(demo_db, actor, komite):
    with demo_db.transaction() as session:
        meeting = _meeting(session, actor, komite)
        outsider = session.scalar(
            select(CommitteeMember.id).where(CommitteeMember.committee_id != komite.id).limit(1)
        )
        with pytest.raises(CommitteeError, match=f"Anggota #{outsider} bukan anggota komite rapat ini"):
            set_attendance(session, actor, meeting.id, outsider, "hadir")
        with pytest.raises(CommitteeError, match="bukan 'datang'"):
            set_attendance(session, actor, meeting.id, komite.ketua.id, "datang")
        assert quorum(session, meeting.id).present == 0


def test_a_meeting_cannot_open_without_a_quorum(demo_db, actor, komite):
    with demo_db.transaction() as session:
        meeting = _meeting(session, actor, komite)
        _attend(session, actor, meeting.id, komite.members[:3])
        with pytest.raises(
            CommitteeError,
            match=re.escape(
                "Rapat belum dapat dimulai: Dihadiri 3 dari 7 anggota (kuorum belum terpenuhi: paling sedikit 4)."
            ),
        ):
            activate_meeting(session, actor, meeting.id)
        assert get_meeting(session, meeting.id).status == "draft"
        assert active_meeting(session) is None


def test_only_one_meeting_is_active_at_a_time_and_a_paused_one_resumes(demo_db, actor, komite):
    with demo_db.transaction() as session:
        first = _held(session, actor, komite, "BA-11")
        second = _meeting(session, actor, komite, "BA-12", title="Penetapan Suksesor Jabatan Target")
        _attend(session, actor, second.id, komite.members)
        with pytest.raises(CommitteeError, match="Rapat BA-11 masih berlangsung"):
            activate_meeting(session, actor, second.id)
        assert active_meeting(session).id == first.id
        assert pause_meeting(session, actor, first.id).status == "draft"
        assert active_meeting(session) is None
        assert activate_meeting(session, actor, second.id).status == "active"
        assert active_meeting(session).id == second.id
        with pytest.raises(CommitteeError, match="Rapat BA-12 masih berlangsung"):
            activate_meeting(session, actor, first.id)
        pause_meeting(session, actor, second.id)
        assert activate_meeting(session, actor, first.id).status == "active"
    with demo_db.session() as session:
        assert active_meeting(session).id == first.id
        assert get_meeting(session, second.id).status == "draft"


# -- during the meeting -----------------------------------------------------------------------------


def test_a_calibration_links_to_the_active_meeting_of_its_period(demo_db, actor, komite):
    with demo_db.transaction() as session:
        meeting = _held(session, actor, komite)
        pid, computed = _uncalibrated(session)
        result = calibrate(session, actor, "2025", pid, _other(computed), "Capaian kinerja di atas target")
    with demo_db.session() as session:
        assert session.get(Calibration, result.id).meeting_id == meeting.id
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "calibration.create").order_by(AuditEvent.id.desc())
        ).first()
        assert event.after["meeting_id"] == meeting.id
        rows = berita_acara_document(session, meeting.id).decisions
        assert [(r.nip, r.box_after) for r in rows] == [(session.get(Person, pid).nip, _other(computed))]


def test_a_calibration_does_not_link_to_a_meeting_of_another_period(demo_db, actor, komite):
    with demo_db.transaction() as session:
        meeting_2024 = _held(session, actor, komite, period_label="2024", title="Evaluasi Pemetaan 2024")
        assert active_meeting(session).period_label == "2024"
        pid, computed = _uncalibrated(session)
        result = calibrate(session, actor, "2025", pid, _other(computed), "Penugasan khusus berhasil")
        assert session.get(Calibration, result.id).meeting_id is None
        other, computed2 = _uncalibrated(session, skip=1)
        with pytest.raises(CalibrationError, match="periode 2024"):  # nor when named explicitly
            calibrate(
                session, actor, "2025", other, _other(computed2), "Salah rapat", meeting_id=meeting_2024.id
            )
        assert berita_acara_document(session, meeting_2024.id).decisions == ()


def test_a_calibration_without_an_active_meeting_links_to_none(demo_db, actor, komite):
    with demo_db.transaction() as session:
        meeting = _held(session, actor, komite)
        pause_meeting(session, actor, meeting.id)
        pid, computed = _uncalibrated(session)
        result = calibrate(session, actor, "2025", pid, _other(computed), "Keputusan di luar rapat")
        assert session.get(Calibration, result.id).meeting_id is None
        with pytest.raises(CalibrationError, match="tidak sedang berlangsung"):  # a paused meeting takes none
            calibrate(session, actor, "2025", pid, computed, "Dalam jeda rapat", meeting_id=meeting.id)


def test_decisions_are_taken_only_while_the_meeting_is_active(demo_db, actor, komite):
    with demo_db.transaction() as session:
        pid, _ = _uncalibrated(session)
        meeting = _meeting(session, actor, komite)
        _attend(session, actor, meeting.id, komite.members)
        with pytest.raises(CommitteeError, match="belum dimulai"):
            add_decision(session, actor, meeting.id, "krs", "Anggota KRS Instansi", person_id=pid)
        activate_meeting(session, actor, meeting.id)
        add_decision(session, actor, meeting.id, "krs", "Anggota KRS Instansi", person_id=pid)
        with pytest.raises(CommitteeError, match="Jenis keputusan tidak dikenal: 'mutasi'"):
            add_decision(session, actor, meeting.id, "mutasi", "Dipindah", person_id=pid)
        with pytest.raises(CommitteeError, match="Isi keputusan wajib diisi"):
            add_decision(session, actor, meeting.id, "lainnya", "   ")
        pause_meeting(session, actor, meeting.id)
        with pytest.raises(CommitteeError, match="belum dimulai"):
            add_decision(session, actor, meeting.id, "lainnya", "Diputuskan dalam jeda")
        assert _count(session, Decision, Decision.meeting_id == meeting.id) == 1


def test_a_note_per_person_is_updated_with_the_dibahas_mark(demo_db, actor, komite):
    with demo_db.transaction() as session:
        meeting = _held(session, actor, komite)
        first, _ = _uncalibrated(session)
        second, _ = _uncalibrated(session, skip=1)
        set_note(session, actor, meeting.id, first, "Menunggu laporan atasan langsung.", False)
        set_note(session, actor, meeting.id, first, "Laporan atasan diterima; layak naik kotak.", True)
        set_note(session, actor, meeting.id, second, "Belum dibahas.", False)
        with pytest.raises(CommitteeError, match="Pegawai #999999 tidak ditemukan"):
            set_note(session, actor, meeting.id, 999999, "Salah orang", True)
    with demo_db.session() as session:
        notes = {
            n.person_id: (n.text, n.discussed)
            for n in session.scalars(select(DiscussionNote).where(DiscussionNote.meeting_id == meeting.id))
        }
    assert notes == {
        first: ("Laporan atasan diterima; layak naik kotak.", True),
        second: ("Belum dibahas.", False),
    }


def test_a_member_stepping_out_is_recorded(demo_db, actor, komite):
    member = komite.anggota[1]
    with demo_db.transaction() as session:
        meeting = _held(session, actor, komite)
        pid, _ = _uncalibrated(session)
        record_conflict(session, actor, meeting.id, member.id, pid, "keluarga", "Saudara kandung")
        with pytest.raises(CommitteeError, match=re.escape(f"{member.nama} sudah tercatat keluar ruangan")):
            record_conflict(session, actor, meeting.id, member.id, pid, "keluarga")  # a second click
        with pytest.raises(CommitteeError, match="Hubungan tidak dikenal: 'teman'"):
            record_conflict(session, actor, meeting.id, member.id, pid, "teman")
        outsider = session.scalar(
            select(CommitteeMember.id).where(CommitteeMember.committee_id != komite.id).limit(1)
        )
        with pytest.raises(CommitteeError, match="bukan anggota komite rapat ini"):
            record_conflict(session, actor, meeting.id, outsider, pid, "keluarga")
    with demo_db.session() as session:
        rows = session.scalars(
            select(ConflictOfInterest).where(ConflictOfInterest.meeting_id == meeting.id)
        ).all()
        assert [(c.member_id, c.person_id, c.relation, c.note) for c in rows] == [
            (member.id, pid, "keluarga", "Saudara kandung")
        ]


def test_follow_ups_keep_their_owner_and_due_date(demo_db, actor, komite):
    with demo_db.transaction() as session:
        meeting = _held(session, actor, komite)
        add_follow_up(session, actor, meeting.id, "Menyampaikan laporan kepada Bupati", "Sekretaris Komite",
                      date(2025, 11, 24))  # fmt: skip
        add_follow_up(session, actor, meeting.id, "Menyusun rencana pengembangan individu", "Kepala BKPSDM")
        with pytest.raises(CommitteeError, match="penanggung jawabnya wajib diisi"):
            add_follow_up(session, actor, meeting.id, "Tanpa penanggung jawab", "  ")
    with demo_db.session() as session:
        assert berita_acara_document(session, meeting.id).follow_ups == (
            FollowUpRow("Menyampaikan laporan kepada Bupati", "Sekretaris Komite", date(2025, 11, 24)),
            FollowUpRow("Menyusun rencana pengembangan individu", "Kepala BKPSDM", None),
        )
        assert _count(session, FollowUp, FollowUp.meeting_id == meeting.id) == 2


# -- minutes ----------------------------------------------------------------------------------------


def test_the_autosaved_draft_is_kept_but_not_audited_and_a_save_is(demo_db, actor, komite):
    with demo_db.transaction() as session:
        meeting = _meeting(session, actor, komite)
        save_minutes(session, actor, meeting.id, "Rapat dibuka pukul 09.00 WIB.")
    with demo_db.transaction() as session:
        events = _events(session)
        save_minutes_draft(session, actor, meeting.id, "Rapat dibuka pukul 09.00 WIB. Sekretaris memaparkan")
        assert _events(session) == events
    with demo_db.session() as session:  # after a power cut: the draft is offered beside the saved text
        state = minutes_state(session, meeting.id)
        assert state.saved == "Rapat dibuka pukul 09.00 WIB."
        assert state.draft == "Rapat dibuka pukul 09.00 WIB. Sekretaris memaparkan"
        assert state.draft_at is not None
    with demo_db.transaction() as session:
        events = _events(session)
        save_minutes(session, actor, meeting.id, "Rapat dibuka pukul 09.00 WIB. Sekretaris memaparkan hasil.")
        assert _events(session) == events + 1
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
        assert (event.action, event.entity_id) == ("meeting.minutes", str(meeting.id))
    with demo_db.session() as session:
        state = minutes_state(session, meeting.id)
        assert state.saved == "Rapat dibuka pukul 09.00 WIB. Sekretaris memaparkan hasil."
        assert (state.draft, state.draft_at) == (None, None)


def test_finalising_keeps_what_was_typed_last(demo_db, actor, komite):
    with demo_db.transaction() as session:
        meeting = _held(session, actor, komite)
        save_minutes(session, actor, meeting.id, "Versi pertama.")
        save_minutes_draft(session, actor, meeting.id, "Versi pertama. Tambahan")
        save_minutes_draft(session, actor, meeting.id, "Versi pertama. Tambahan sebelum ditutup.")
        finalize_meeting(session, actor, meeting.id)
    with demo_db.session() as session:
        assert minutes_state(session, meeting.id) == minutes_state(session, meeting.id).__class__(
            "Versi pertama. Tambahan sebelum ditutup.", None, None
        )
        assert (
            berita_acara_document(session, meeting.id).minutes == "Versi pertama. Tambahan sebelum ditutup."
        )


# -- finalising -------------------------------------------------------------------------------------


def test_finalising_needs_a_quorum(demo_db, actor, komite):
    with demo_db.transaction() as session:
        meeting = _meeting(session, actor, komite)
        _attend(session, actor, meeting.id, komite.members[:3])
        with pytest.raises(
            CommitteeError, match=re.escape("tidak dapat difinalkan: Dihadiri 3 dari 7 anggota")
        ):
            finalize_meeting(session, actor, meeting.id)
        info = get_meeting(session, meeting.id)
        assert (info.status, info.fingerprint) == ("draft", None)


@dataclass(frozen=True)
class Finalised:
    meeting: MeetingInfo
    fingerprint: str
    person_id: int
    calibration_id: int
    box: int  # where the meeting put the person
    computed: int


@pytest.fixture
def finalised(demo_db, actor, komite) -> Finalised:
    with demo_db.transaction() as session:
        meeting = _held(session, actor, komite, agenda=["Pembukaan", "Kalibrasi", "Penutup"])
        pid, computed = _uncalibrated(session)
        box = _other(computed)
        move = calibrate(session, actor, "2025", pid, box, "Memimpin tim kerja lintas OPD")
        set_note(session, actor, meeting.id, pid, "Dibahas dengan laporan atasan langsung.", True)
        add_decision(session, actor, meeting.id, "idp", "Rencana pengembangan disetujui", person_id=pid)
        add_follow_up(
            session, actor, meeting.id, "Laporan kepada Bupati", "Sekretaris Komite", date(2025, 11, 24)
        )
        save_minutes(session, actor, meeting.id, "Rapat dibuka pukul 09.00 WIB.")
        print_ = finalize_meeting(session, actor, meeting.id)
    return Finalised(meeting, print_, pid, move.id, box, computed)


def test_a_final_meeting_carries_the_fingerprint_of_its_berita_acara(demo_db, actor, finalised):
    assert re.fullmatch(r"[0-9a-f]{64}", finalised.fingerprint)
    with demo_db.session() as session:
        info = get_meeting(session, finalised.meeting.id)
        assert (info.status, info.is_final, info.fingerprint) == ("final", True, finalised.fingerprint)
        assert session.get(Meeting, finalised.meeting.id).finalized_by == actor.username
        assert active_meeting(session) is None
        # the document is rebuilt from the database alone, and the same data gives the same number
        assert fingerprint(berita_acara_document(session, finalised.meeting.id)) == finalised.fingerprint
        assert fingerprint(berita_acara_document(session, finalised.meeting.id)) == finalised.fingerprint
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
        assert event.action == "meeting.finalize" and event.after["fingerprint"] == finalised.fingerprint
        assert verify_chain(session)[1] is None


def test_the_fingerprint_covers_the_content(demo_db, actor, komite):
    with demo_db.transaction() as session:
        meeting = _held(session, actor, komite)
        before = fingerprint(berita_acara_document(session, meeting.id))
        assert fingerprint(berita_acara_document(session, meeting.id)) == before
        add_follow_up(session, actor, meeting.id, "Laporan kepada Bupati", "Sekretaris Komite")
        assert fingerprint(berita_acara_document(session, meeting.id)) != before


def test_a_later_change_of_the_committee_leaves_a_final_berita_acara_as_it_was(demo_db, actor, komite):
    with demo_db.transaction() as session:
        meeting = _meeting(session, actor, komite)
        _attend(session, actor, meeting.id, komite.members[:6])  # the last anggota was never recorded
        printed = finalize_meeting(session, actor, meeting.id)
        attendees = berita_acara_document(session, meeting.id).attendees
    with demo_db.transaction() as session:  # a new SK adds a member for the meetings to come
        add_member(session, actor, komite.id, role="anggota", nama="Drs. Bambang Sutrisno, M.Si.")
    with demo_db.session() as session:
        document = berita_acara_document(session, meeting.id)
        assert document.attendees == attendees
        assert [a.status for a in attendees] == ["Hadir"] * 6 + ["Tidak hadir"]
        assert document.quorum == "Dihadiri 6 dari 7 anggota (kuorum terpenuhi: paling sedikit 4)."
        assert fingerprint(document) == printed


def _attempt(action: str, session, actor, komite: Komite, f: Finalised) -> None:
    m, pid = f.meeting.id, f.person_id
    match action:
        case "attendance":
            set_attendance(session, actor, m, komite.ketua.id, "tidak_hadir")
        case "agenda":
            set_agenda(session, actor, m, ["Pembukaan", "Agenda sisipan"])
        case "note":
            set_note(session, actor, m, pid, "Catatan susulan", False)
        case "decision":
            add_decision(session, actor, m, "lainnya", "Keputusan susulan")
        case "follow_up":
            add_follow_up(session, actor, m, "Tugas susulan", "Kepala BKPSDM")
        case "conflict":
            record_conflict(session, actor, m, komite.anggota[0].id, pid, "keluarga")
        case "minutes":
            save_minutes(session, actor, m, "Notulen diubah")
        case "minutes_draft":
            save_minutes_draft(session, actor, m, "Notulen diubah")
        case "activate":
            activate_meeting(session, actor, m)
        case "pause":
            pause_meeting(session, actor, m)
        case "finalize":
            finalize_meeting(session, actor, m)


@pytest.mark.parametrize(
    "action",
    ["attendance", "agenda", "note", "decision", "follow_up", "conflict", "minutes", "minutes_draft", "activate",
     "pause", "finalize"],
)  # fmt: skip
def test_a_final_meeting_refuses_every_edit(demo_db, actor, komite, finalised, action):
    with demo_db.transaction() as session:
        events = _events(session)
        with pytest.raises(MeetingLocked, match="sudah difinalkan dan terkunci"):
            _attempt(action, session, actor, komite, finalised)
        assert _events(session) == events
    with demo_db.session() as session:
        assert fingerprint(berita_acara_document(session, finalised.meeting.id)) == finalised.fingerprint
        assert get_meeting(session, finalised.meeting.id).status == "final"


def test_a_calibration_of_a_final_meeting_cannot_be_reversed(demo_db, actor, finalised):
    with demo_db.transaction() as session:
        assert locked_meeting_of(session, session.get(Calibration, finalised.calibration_id)).id == (
            finalised.meeting.id
        )
        rows = _count(session, Calibration)
        with pytest.raises(CalibrationError, match=re.escape("800.1.3/BA-11/KT/2025 yang telah difinalkan")):
            reverse_calibration(session, actor, finalised.calibration_id, "Data pendukung kurang")
        assert _count(session, Calibration) == rows


def test_a_person_decided_in_a_final_meeting_moves_again_only_in_its_correction(
    demo_db, actor, komite, finalised
):
    pid, target = finalised.person_id, _other(finalised.box, finalised.computed)
    with demo_db.transaction() as session:
        with pytest.raises(CalibrationError, match="hanya melalui rapat koreksi"):
            calibrate(session, actor, "2025", pid, target, "Tanpa rapat")
        unrelated = _held(session, actor, komite, "BA-12", title="Penetapan Suksesor")
        with pytest.raises(CalibrationError, match="hanya melalui rapat koreksi"):
            calibrate(session, actor, "2025", pid, target, "Dalam rapat biasa")
        pause_meeting(session, actor, unrelated.id)
        correction = _meeting(
            session,
            actor,
            komite,
            "BA-13",
            title="Koreksi Hasil Kalibrasi",
            corrects_meeting_id=finalised.meeting.id,
        )
        with pytest.raises(CalibrationError, match="hanya melalui rapat koreksi"):  # not yet opened
            calibrate(session, actor, "2025", pid, target, "Sebelum rapat dibuka")
        _attend(session, actor, correction.id, komite.members)
        activate_meeting(session, actor, correction.id)
        moved = calibrate(session, actor, "2025", pid, target, "Koreksi: data SKP semester II diterima")
    assert (moved.before_box, moved.after_box) == (finalised.box, target)
    with demo_db.session() as session:
        assert session.get(Calibration, moved.id).meeting_id == correction.id
        document = berita_acara_document(session, correction.id)
        assert document.corrects == "800.1.3/BA-11/KT/2025"
        assert [(r.box_before, r.box_after) for r in document.decisions] == [(finalised.box, target)]
        assert berita_acara_document(session, finalised.meeting.id).corrects is None
        assert fingerprint(berita_acara_document(session, finalised.meeting.id)) == finalised.fingerprint
        assert verify_chain(session)[1] is None


# -- the berita acara -------------------------------------------------------------------------------


def test_the_berita_acara_says_who_came_what_was_decided_and_what_follows(demo_db, actor, komite):
    m = komite.members
    with demo_db.transaction() as session:
        meeting = _meeting(
            session, actor, komite, agenda=["Pembukaan", "Kalibrasi", "Penetapan KRS", "Penutup"]
        )
        _attend(session, actor, meeting.id, m[:2])
        set_attendance(session, actor, meeting.id, m[2].id, "diwakili", "Dr. Sari Dewi, M.Si. (Wakil Dekan)")
        set_attendance(session, actor, meeting.id, m[3].id, "tidak_hadir")
        _attend(session, actor, meeting.id, m[4:])
        activate_meeting(session, actor, meeting.id)
        (a, box_a), (b, box_b), (c, _), (d, _) = (_uncalibrated(session, skip=i) for i in range(4))
        cal_a = calibrate(
            session, actor, "2025", a, _other(box_a), "Capaian program prioritas di atas target"
        )
        cal_b = calibrate(session, actor, "2025", b, _other(box_b), "Hasil asesmen potensial terbaru")
        record_conflict(session, actor, meeting.id, m[4].id, a, "keluarga", "Suami pegawai yang dibahas")
        add_decision(
            session, actor, meeting.id, "idp", "Rencana pengembangan individu disetujui", person_id=a
        )
        add_decision(session, actor, meeting.id, "krs", "Ditetapkan sebagai anggota KRS Instansi", person_id=c,
                     basis="Kelompok Rencana Suksesi Instansi")  # fmt: skip
        add_decision(session, actor, meeting.id, "suksesor", "Ditetapkan sebagai suksesor utama", person_id=d,
                     basis="Kepala Dinas Pendidikan")  # fmt: skip
        add_decision(session, actor, meeting.id, "lainnya", "Pegawai lain tetap sesuai hasil pemetaan")
        add_follow_up(
            session, actor, meeting.id, "Laporan kepada Bupati", "Sekretaris Komite", date(2025, 11, 24)
        )
        people = {pid: session.get(Person, pid) for pid in (a, b, c, d)}
        people = {pid: (p.nip, p.nama, p.jabatan_nama) for pid, p in people.items()}
    with demo_db.session() as session:
        doc = berita_acara_document(session, meeting.id)
        boxes = talent_map(session, "2025").placed.set_index("person_id")["box"]

    assert [(x.order, x.nama, x.nip, x.role) for x in doc.attendees] == [
        (x.sign_order, x.nama, x.nip, {"ketua": "Ketua", "sekretaris": "Sekretaris"}.get(x.role, "Anggota"))
        for x in m
    ]
    assert [(x.status, x.represented_by) for x in doc.attendees] == [
        ("Hadir", None), ("Hadir", None), ("Diwakili", "Dr. Sari Dewi, M.Si. (Wakil Dekan)"), ("Tidak hadir", None),
        ("Hadir", None), ("Hadir", None), ("Hadir", None),
    ]  # fmt: skip
    assert doc.quorum == "Dihadiri 6 dari 7 anggota (kuorum terpenuhi: paling sedikit 4)."
    assert doc.agenda == ("Pembukaan", "Kalibrasi", "Penetapan KRS", "Penutup")
    assert [s.signed for s in doc.signatories] == [True, True, True, False, True, True, True]
    assert doc.signatories[0].role == "Ketua Komite Talenta Kabupaten Sukamaju Timur"

    stepped_out = f"{m[4].nama} (keluarga)"
    rows = [
        (r.number, r.kind, r.nip, r.nama, r.jabatan, r.box_before, r.box_after, r.reason, r.stepped_out)
        for r in doc.decisions
    ]
    assert rows == [
        (1, "Penetapan kotak/kalibrasi", *people[a], box_a, cal_a.after_box, cal_a.reason, (stepped_out,)),
        (2, "Penetapan kotak/kalibrasi", *people[b], box_b, cal_b.after_box, cal_b.reason, ()),
        (3, "Persetujuan rencana pengembangan", *people[a], None, None, "Rencana pengembangan individu disetujui",
         (stepped_out,)),
        (4, "Keanggotaan Kelompok Rencana Suksesi", *people[c], None, None, "Ditetapkan sebagai anggota KRS Instansi",
         ()),
        (5, "Suksesor jabatan target", *people[d], None, None, "Ditetapkan sebagai suksesor utama", ()),
        (6, "Lainnya", None, None, None, None, None, "Pegawai lain tetap sesuai hasil pemetaan", ()),
    ]  # fmt: skip
    assert [k.jabatan_target for k in doc.krs] == [
        "Kelompok Rencana Suksesi Instansi",
        "Kepala Dinas Pendidikan",
    ]
    for row, pid in zip(doc.krs, (c, d), strict=True):
        assert isinstance(row, KrsRow) and len(row.candidates) == 1
        expected = f"{people[pid][1]} ({format_nip(people[pid][0])}) — kotak {int(boxes[pid])}"
        assert row.candidates == (expected,)
    assert doc.follow_ups == (FollowUpRow("Laporan kepada Bupati", "Sekretaris Komite", date(2025, 11, 24)),)

    assert doc.number == "800.1.3/BA-11/KT/2025"
    assert doc.day_date == "Senin, 17 November 2025"
    assert doc.opening.startswith(
        "Pada hari ini, Senin, 17 November 2025, pukul 09.00–12.00 WIB, bertempat di "
    )
    assert "Ruang Rapat Bupati" in doc.opening and "periode 2025" in doc.opening
    assert doc.signed_date == "17 November 2025"
    assert any("800.1.3/77/KPTS/BKPSDM/2025 tanggal 1 Oktober 2025" in basis for basis in doc.legal_basis)
    assert doc.corrects is None


@pytest.mark.parametrize(
    ("held_on", "day_date"),
    [
        (date(2025, 11, 17), "Senin, 17 November 2025"),
        (date(2025, 12, 31), "Rabu, 31 Desember 2025"),
        (date(2026, 1, 2), "Jumat, 2 Januari 2026"),
        (date(2025, 8, 17), "Minggu, 17 Agustus 2025"),
    ],
)
def test_the_opening_names_the_day_and_date_in_indonesian(demo_db, actor, komite, held_on, day_date):
    with demo_db.transaction() as session:
        meeting = _meeting(session, actor, komite, held_on=held_on, ends_at=None)
        doc = berita_acara_document(session, meeting.id)
    assert doc.day_date == day_date
    assert doc.opening.startswith(f"Pada hari ini, {day_date}, pukul 09.00 WIB s.d. selesai, ")


def test_a_final_berita_acara_is_a_snapshot_that_later_personnel_changes_do_not_touch(demo_db):
    with demo_db.session() as s:
        final = next(m for m in list_meetings(s) if m.is_final)
        before = berita_acara_document(s, final.id)
        assert document_from_json(canonical_json(before)) == before  # the snapshot round-trips exactly
        person_id = s.scalar(select(Calibration.person_id).where(Calibration.meeting_id == final.id).limit(1))
    with demo_db.transaction() as s:
        s.get(Person, person_id).jabatan_nama = "Jabatan sesudah impor berikutnya"
    with demo_db.session() as s:
        after = berita_acara_document(s, final.id)
        assert after == before and fingerprint(after) == final.fingerprint


# -- members, read-backs and follow-ups -------------------------------------------------------------


def test_a_member_changes_role_and_order_and_a_second_ketua_is_still_refused(demo_db, actor, komite):
    with demo_db.transaction() as session:
        with pytest.raises(CommitteeError, match="sudah mempunyai ketua"):
            update_member(session, actor, komite.anggota[0].id, role="ketua")
        changed = update_member(session, actor, komite.anggota[0].id, jabatan=" Inspektur ", sign_order=9)
        assert (changed.jabatan, changed.sign_order, changed.role) == ("Inspektur", 9, "anggota")
        with pytest.raises(CommitteeError, match="Urutan tanda tangan harus 1 atau lebih, bukan 0"):
            update_member(session, actor, komite.anggota[0].id, sign_order=0)
        # the ketua leaves; then another member may take the role
        update_member(session, actor, komite.ketua.id, active=False)
        assert update_member(session, actor, komite.anggota[1].id, role="ketua").role == "ketua"
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
        assert event.action == "committee.member_update" and event.after["role"] == "ketua"


def test_a_member_who_left_no_longer_counts_for_the_quorum(demo_db, actor, komite):
    with demo_db.transaction() as session:
        update_member(session, actor, komite.anggota[-1].id, active=False)
        update_member(session, actor, komite.anggota[-2].id, active=False)
        committee = next(c for c in list_committees(session) if c.id == komite.id)
        assert len(committee.members) == 5 and committee.quorum == 3
        meeting = _meeting(session, actor, komite)
        _attend(session, actor, meeting.id, komite.members[:3])
        assert quorum(session, meeting.id).met


def test_notes_and_conflicts_read_back_in_the_order_written(demo_db, actor, komite):
    with demo_db.transaction() as session:
        meeting = _meeting(session, actor, komite)
        first, _ = _uncalibrated(session)
        second, _ = _uncalibrated(session, skip=1)
        set_note(session, actor, meeting.id, second, "Perlu data asesmen terbaru.", False)
        set_note(session, actor, meeting.id, first, "Disepakati tetap di kotaknya.", True)
        set_note(session, actor, meeting.id, second, "Asesmen dijadwalkan ulang.", True)
        record_conflict(session, actor, meeting.id, komite.anggota[0].id, first, "keluarga", "Ipar")
        notes = meeting_notes(session, meeting.id)
        conflicts = meeting_conflicts(session, meeting.id)
        person = session.get(Person, second)
    assert [(n.person_id, n.text, n.discussed) for n in notes] == [
        (second, "Asesmen dijadwalkan ulang.", True),
        (first, "Disepakati tetap di kotaknya.", True),
    ]
    assert (notes[0].nip, notes[0].nama) == (person.nip, person.nama)
    assert [(c.member, c.person_id, c.relation, c.note) for c in conflicts] == [
        (komite.anggota[0].nama, first, "keluarga", "Ipar")
    ]


def test_follow_ups_are_done_even_after_the_meeting_is_final(demo_db, actor, finalised):
    with demo_db.transaction() as session:
        (task,) = list_follow_ups(session, finalised.meeting.id)
        assert (task.done, task.overdue(date(2025, 11, 25)), task.overdue(date(2025, 11, 24))) == (
            False, True, False,
        )  # fmt: skip
        before = fingerprint(berita_acara_document(session, finalised.meeting.id))
        set_follow_up_done(session, actor, task.id)
        events = _events(session)
        set_follow_up_done(session, actor, task.id)  # already done: nothing to record
        assert _events(session) == events
        (task,) = list_follow_ups(session, finalised.meeting.id)
        assert task.done and not task.overdue(date(2030, 1, 1))
        assert fingerprint(berita_acara_document(session, finalised.meeting.id)) == before
        with pytest.raises(CommitteeError, match="Tindak lanjut #999999 tidak ditemukan"):
            set_follow_up_done(session, actor, 999_999)


def test_all_follow_ups_list_open_ones_first_by_due_date(demo_db, actor, komite):
    with demo_db.transaction() as session:
        meeting = _meeting(session, actor, komite)
        late = add_follow_up(session, actor, meeting.id, "B", "Sekretaris", date(2026, 3, 1))
        soon = add_follow_up(session, actor, meeting.id, "A", "Sekretaris", date(2026, 1, 1))
        undated = add_follow_up(session, actor, meeting.id, "C", "Sekretaris")
        set_follow_up_done(session, actor, soon)
        ours = [f.id for f in list_follow_ups(session) if f.meeting_id == meeting.id]
    assert ours == [late, undated, soon]


def test_a_discarded_draft_is_gone_and_finalising_keeps_the_saved_minutes(demo_db, actor, komite):
    with demo_db.transaction() as session:
        meeting = _meeting(session, actor, komite)
        _attend(session, actor, meeting.id, komite.members)
        save_minutes(session, actor, meeting.id, "Versi yang disimpan.")
        save_minutes_draft(session, actor, meeting.id, "Versi yang disimpan. Lalu tambahan yang dibuang")
        discard_minutes_draft(session, actor, meeting.id)
        assert minutes_state(session, meeting.id).draft is None
        finalize_meeting(session, actor, meeting.id)
        assert berita_acara_document(session, meeting.id).minutes == "Versi yang disimpan."


def test_the_krs_list_ranks_box_9_before_8_before_7_and_names_each_once(demo_db, actor, komite):
    with demo_db.transaction() as session:
        meeting = _held(session, actor, komite)
        placed = talent_map(session, "2025").placed
        by_box = {box: int(placed[placed["box"] == box]["person_id"].iloc[0]) for box in (7, 8, 9)}
        for box in (7, 9, 8, 9):  # recorded out of order, one person twice
            add_decision(session, actor, meeting.id, "krs", "Anggota KRS", person_id=by_box[box])
        (row,) = berita_acara_document(session, meeting.id).krs
    assert [line.rsplit("kotak ", 1)[1] for line in row.candidates] == ["9", "8", "7"]


@pytest.mark.parametrize(
    ("kind", "kw", "message"),
    [
        ("krs", {}, "Keputusan keanggotaan kelompok rencana suksesi harus menyebut pegawainya."),
        ("lainnya", {"person_id": 999_999}, "Pegawai #999999 tidak ditemukan."),
        ("kalibrasi", {"calibration_id": 999_999}, "Kalibrasi #999999 tidak ditemukan."),
    ],
)
def test_a_decision_names_someone_who_exists(demo_db, actor, komite, kind, kw, message):
    with demo_db.transaction() as session:
        meeting = _held(session, actor, komite)
        with pytest.raises(CommitteeError, match=re.escape(message)):
            add_decision(session, actor, meeting.id, kind, "Keputusan", **kw)
        assert _count(session, Decision, Decision.meeting_id == meeting.id) == 0
