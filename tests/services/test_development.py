"""Individual development plans (DOMAIN §7): a draft from the box's rekomendasi (DOMAIN §3) and the
competence gaps, activities closed with their evidence, the committee's approval, overdue work, and JP per
year against the 20 JP minimum.

Every test runs in a fresh copy of the demo agency (period 2025 mapped, reference date 31 December 2025,
so a proposed activity starts on 1 January 2026). Plans the demo may ship are cleared first: every plan
here is the test's own. People are picked from the 2025 talent map; when a test needs a particular
situation (an assessment, a training history) it writes those rows itself.
"""

from __future__ import annotations

import re
from datetime import date

import pandas as pd
import pytest
from sqlalchemy import delete, func, select

from talenta_desktop.models import (
    Assessment,
    AuditEvent,
    Decision,
    DevelopmentActivity,
    DevelopmentPlan,
    DiklatHistory,
    Person,
)
from talenta_desktop.services.committee import (
    CommitteeError,
    activate_meeting,
    berita_acara_document,
)
from talenta_desktop.services.development.interventions import BY_BOX, KINDS
from talenta_desktop.services.development.plans import (
    JP_MINIMUM,
    DevelopmentError,
    Gap,
    add_activity,
    approve_plan,
    create_plan,
    find_plan,
    gaps,
    get_plan,
    jp_by_year,
    jp_compliance,
    overdue_activities,
    plans_frame,
    proposed_activities,
    remove_activity,
    set_plan_status,
    update_activity,
)
from talenta_desktop.services.talent.talent_map import talent_map
from tests.services.meetings import committee_meeting

PERIOD = "2025"
REFERENCE = date(2025, 12, 31)  # the 2025 period's reference date
START = date(2026, 1, 1)  # proposals start the day after it
DUE = {"klasikal": date(2026, 7, 2), "nonklasikal": date(2026, 12, 31)}  # within six months / the year


@pytest.fixture
def dev_db(demo_db):
    """The demo agency without development plans."""
    with demo_db.transaction() as session:
        session.execute(delete(DevelopmentActivity))
        session.execute(delete(DevelopmentPlan))
    return demo_db


# -- helpers ----------------------------------------------------------------------------------------


def _in_box(session, box: int, skip: int = 0) -> int:
    """A person whose current box in 2025 is ``box`` (by id, ``skip`` of them passed over)."""
    placed = talent_map(session, PERIOD).placed
    ids = sorted(int(p) for p in placed.loc[placed["box"] == box, "person_id"])
    return ids[skip]


def _assessed(session, person_id: int, manajerial=95.0, sosial_kultural=95.0, teknis=95.0) -> None:
    """A fresh assessment on the reference date: the one the gaps are read from."""
    session.add(
        Assessment(
            person_id=person_id, tanggal=REFERENCE, jenis="pemetaan", lembaga="UPT Penilaian Kompetensi",
            jpm=92.0, nilai_manajerial=manajerial, nilai_sosial_kultural=sosial_kultural, nilai_teknis=teknis,
        )
    )  # fmt: skip
    session.flush()


def _plan(session, actor, person_id: int, **kw) -> int:
    """A plan with no competence gap: exactly the box's rekomendasi."""
    _assessed(session, person_id)
    return create_plan(session, actor, PERIOD, person_id, **kw)


def _by_kind(plan_id: int, session) -> dict[str, int]:
    return {a.kind: a.id for a in get_plan(session, plan_id).activities}


def _count(session, model, *where) -> int:
    return session.scalar(select(func.count()).select_from(model).where(*where))


def _last_event(session) -> AuditEvent:
    return session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()


def _open_meeting(session, actor, *, opened: bool = True) -> int:
    return committee_meeting(
        session,
        actor,
        period=PERIOD,
        serial=90,
        title="Persetujuan Rencana Pengembangan Individu",
        opened=opened,
    )


# -- a plan from the rekomendasi and the gaps -------------------------------------------------------


@pytest.mark.parametrize("box", [9, 8, 7, 6, 5, 4, 3, 2])
def test_a_plan_proposes_the_rekomendasi_of_the_persons_box(dev_db, actor, box):
    with dev_db.transaction() as session:
        person_id = _in_box(session, box)
        plan_id = _plan(session, actor, person_id, target_jabatan="  Kepala Bidang Mutasi  ")
        plan = get_plan(session, plan_id)
        person = session.get(Person, person_id)
    assert (plan.person_id, plan.nip, plan.nama, plan.jabatan) == (
        person_id, person.nip, person.nama, person.jabatan_nama,
    )  # fmt: skip
    assert (plan.period_label, plan.box, plan.status, plan.decision_id, plan.target_jabatan) == (
        PERIOD, box, "draf", None, "Kepala Bidang Mutasi",
    )  # fmt: skip
    assert [(a.kind, a.title, a.source) for a in plan.activities] == [
        (p.kind, p.title, "rekomendasi") for p in BY_BOX[box]
    ]
    assert [a.position for a in plan.activities] == list(range(1, len(BY_BOX[box]) + 1))
    for a in plan.activities:
        spec = KINDS[a.kind]
        assert (a.form, a.category, a.jp, a.status) == (spec.form, spec.category, spec.jp, "rencana")
        assert (a.starts_on, a.due_on) == (START, DUE[spec.form])
        assert a.mentor_type == ("tetap" if a.kind == "mentoring" else None)
        assert (a.evidence, a.completed_on, a.mentor_name) == (None, None, None)
    assert plan.jp_planned == sum(KINDS[p.kind].jp for p in BY_BOX[box])
    assert plan.progress == 0.0


def test_the_box_7_plan_in_full(dev_db, actor):
    with dev_db.transaction() as session:
        plan = get_plan(session, _plan(session, actor, _in_box(session, 7)))
    assert [(a.kind, a.form, a.category, a.jp, a.due_on) for a in plan.activities] == [
        ("rotasi", "nonklasikal", "70", 0, date(2026, 12, 31)),
        ("pelatihan_manajerial", "klasikal", "10", 24, date(2026, 7, 2)),
        ("mentoring", "nonklasikal", "20", 8, date(2026, 12, 31)),
    ]
    assert plan.jp_planned == 32
    assert plan.mix() == {"70": 1, "20": 1, "10": 1}


def test_each_competence_gap_adds_one_course_unless_the_rekomendasi_has_one(dev_db, actor):
    with dev_db.transaction() as session:
        seven, five = _in_box(session, 7), _in_box(session, 5)
        # box 7 already proposes pelatihan manajerial: its gap adds nothing; the other two add a course each
        _assessed(session, seven, manajerial=85.0, sosial_kultural=70.0, teknis=89.5)
        # box 5 already proposes pelatihan teknis; manajerial 90 is the standard itself, not a gap
        _assessed(session, five, manajerial=90.0, sosial_kultural=95.0, teknis=60.0)
        found = gaps(session, seven, PERIOD)
        plan_seven = get_plan(session, create_plan(session, actor, PERIOD, seven))
        plan_five = get_plan(session, create_plan(session, actor, PERIOD, five))

    competence = [g for g in found if g.area != "kinerja"]
    assert [(g.area, g.value, g.standard) for g in competence] == [
        ("manajerial", 85.0, 90.0),
        ("sosial_kultural", 70.0, 90.0),
        ("teknis", 89.5, 90.0),
    ]
    assert competence[1].text == (
        "Kompetensi sosial kultural 70% dari standar jabatan (kurang 20 poin dari 90%; asesmen 31 Desember 2025)."
    )
    assert competence[2].text == (
        "Kompetensi teknis 89,5% dari standar jabatan (kurang 0,5 poin dari 90%; asesmen 31 Desember 2025)."
    )
    assert [(a.kind, a.title, a.source, a.form, a.jp, a.due_on) for a in plan_seven.activities] == [
        (p.kind, p.title, "rekomendasi", KINDS[p.kind].form, KINDS[p.kind].jp, DUE[KINDS[p.kind].form])
        for p in BY_BOX[7]
    ] + [
        ("workshop", "Pelatihan untuk menutup kesenjangan kompetensi sosial kultural", "kesenjangan",
         "klasikal", 5, date(2026, 7, 2)),
        ("pelatihan_teknis", "Pelatihan untuk menutup kesenjangan kompetensi teknis", "kesenjangan",
         "klasikal", 24, date(2026, 7, 2)),
    ]  # fmt: skip
    assert [(a.kind, a.source) for a in plan_five.activities] == [
        ("coaching", "rekomendasi"),
        ("pelatihan_teknis", "rekomendasi"),
        ("penugasan_khusus", "rekomendasi"),
    ]


def test_proposals_add_a_gap_course_once_and_ignore_other_gaps():
    found = [
        Gap("teknis", "teknis"),
        Gap("teknis", "teknis lagi"),
        Gap("kinerja", "SKP"),
        Gap("kompetensi", "Belum ada hasil asesmen kompetensi yang masih berlaku."),
        Gap("manajerial", "manajerial"),
    ]
    assert proposed_activities(4, found) == [
        ("rotasi", "Rotasi jabatan", "rekomendasi"),
        ("pelatihan_teknis", "Pelatihan pengembangan kompetensi", "rekomendasi"),
        ("pelatihan_manajerial", "Pelatihan untuk menutup kesenjangan kompetensi manajerial", "kesenjangan"),
    ]
    assert proposed_activities(1, found) == [
        ("pelatihan_teknis", "Pelatihan untuk menutup kesenjangan kompetensi teknis", "kesenjangan"),
        ("pelatihan_manajerial", "Pelatihan untuk menutup kesenjangan kompetensi manajerial", "kesenjangan"),
    ]


def test_an_assessment_older_than_its_validity_is_a_gap_of_its_own(dev_db):
    with dev_db.transaction() as session:
        person_id = _in_box(session, 5)
        session.execute(delete(Assessment).where(Assessment.person_id == person_id))
        session.add(Assessment(person_id=person_id, tanggal=date(2022, 12, 30), jenis="pemetaan",
                               nilai_manajerial=50.0, nilai_sosial_kultural=50.0, nilai_teknis=50.0))  # fmt: skip
        session.flush()
        found = gaps(session, person_id, PERIOD)
    assert [g for g in found if g.area != "kinerja"] == [
        Gap("kompetensi", "Belum ada hasil asesmen kompetensi yang masih berlaku.")
    ]


def test_a_plan_is_created_once_with_an_audit_event(dev_db, actor):
    with dev_db.transaction() as session:
        person_id = _in_box(session, 8)
        plan_id = _plan(session, actor, person_id)
        event = _last_event(session)
        assert (event.action, event.entity, event.entity_id, event.after) == (
            "development.plan_create", "development_plan", str(plan_id),
            {"person_id": person_id, "period": PERIOD},
        )  # fmt: skip
        assert find_plan(session, person_id, PERIOD).id == plan_id
        with pytest.raises(
            DevelopmentError, match=r"^Pegawai ini sudah mempunyai rencana pengembangan periode 2025\.$"
        ):
            create_plan(session, actor, PERIOD, person_id)
        assert _count(session, DevelopmentPlan, DevelopmentPlan.person_id == person_id) == 1
        assert _last_event(session).id == event.id


def test_box_1_gets_no_plan(dev_db, actor):
    with dev_db.transaction() as session:
        person_id = _in_box(session, 1)
        events = _count(session, AuditEvent)
        with pytest.raises(
            DevelopmentError, match=r"^Pegawai di kotak 1 tidak dibuatkan rencana pengembangan"
        ):
            _plan(session, actor, person_id)
        assert _count(session, DevelopmentPlan) == 0
        assert _count(session, DevelopmentActivity) == 0
        assert _count(session, AuditEvent) == events
        assert find_plan(session, person_id, PERIOD) is None


def test_someone_not_on_the_map_gets_no_plan(dev_db, actor):
    with dev_db.transaction() as session:
        holding = talent_map(session, PERIOD).holding
        person_id = int(holding["person_id"].iloc[0])
        message = (
            f"Pegawai #{person_id} belum mempunyai kotak talenta pada periode 2025; petakan atau lengkapi "
            "datanya lebih dulu."
        )
        with pytest.raises(DevelopmentError, match=f"^{re.escape(message)}$"):
            create_plan(session, actor, PERIOD, person_id)
        with pytest.raises(DevelopmentError, match=r"^Pegawai #999999 tidak ditemukan\.$"):
            create_plan(session, actor, PERIOD, 999_999)
        assert _count(session, DevelopmentPlan) == 0


# -- activities -------------------------------------------------------------------------------------


def test_finishing_an_activity_needs_evidence_and_dates_it(dev_db, actor):
    with dev_db.transaction() as session:
        plan_id = _plan(session, actor, _in_box(session, 5))
        activity_id = _by_kind(plan_id, session)["pelatihan_teknis"]
        for evidence in ({}, {"evidence": "   "}):
            with pytest.raises(
                DevelopmentError, match=r"^Kegiatan yang selesai memerlukan bukti penyelesaian"
            ):
                update_activity(session, actor, activity_id, status="selesai", **evidence)
        done = update_activity(
            session, actor, activity_id, status="selesai", evidence="  Sertifikat 800/77/BPSDM/2026  "
        )
        assert (done.status, done.evidence, done.completed_on) == (
            "selesai", "Sertifikat 800/77/BPSDM/2026", date.today(),
        )  # fmt: skip
        event = _last_event(session)
        assert (event.action, event.entity_id) == ("development.activity_update", str(plan_id))
        assert event.after == {
            "activity_id": activity_id, "status": "selesai", "evidence": "Sertifikat 800/77/BPSDM/2026",
        }  # fmt: skip
        # reopened: no longer completed; the evidence stays for when it is closed again
        reopened = update_activity(session, actor, activity_id, status="berjalan")
        assert (reopened.status, reopened.evidence, reopened.completed_on) == (
            "berjalan", "Sertifikat 800/77/BPSDM/2026", None,
        )  # fmt: skip
        again = update_activity(session, actor, activity_id, status="selesai", completed_on=date(2026, 3, 14))
        assert (again.status, again.completed_on) == ("selesai", date(2026, 3, 14))
        plan = get_plan(session, plan_id)
    assert plan.progress == pytest.approx(1 / 3)


def test_a_refused_change_leaves_the_activity_as_it_was(dev_db, actor):
    with dev_db.transaction() as session:
        plan_id = _plan(session, actor, _in_box(session, 5))
        activity_id = _by_kind(plan_id, session)["pelatihan_teknis"]
        events = _count(session, AuditEvent)
        with pytest.raises(DevelopmentError, match="memerlukan bukti penyelesaian"):
            update_activity(session, actor, activity_id, status="selesai", title="Pelatihan teknis lanjutan")
        with pytest.raises(
            DevelopmentError, match=r"^Batas waktu 1 Desember 2025 sebelum tanggal mulai 1 Januari 2026\.$"
        ):
            update_activity(session, actor, activity_id, due_on=date(2025, 12, 1))
        assert _count(session, AuditEvent) == events
        (activity,) = (a for a in get_plan(session, plan_id).activities if a.id == activity_id)
    assert (activity.status, activity.title, activity.completed_on, activity.due_on) == (
        "rencana", "Pelatihan teknis sesuai bidang tugas", None, date(2026, 7, 2),
    )  # fmt: skip


def test_activities_are_removed_only_from_a_draft_plan(dev_db, actor):
    with dev_db.transaction() as session:
        plan_id = _plan(session, actor, _in_box(session, 7))
        kinds = _by_kind(plan_id, session)
        remove_activity(session, actor, kinds["rotasi"])
        event = _last_event(session)
        assert (event.action, event.entity_id, event.before) == (
            "development.activity_remove", str(plan_id),
            {"activity_id": kinds["rotasi"], "title": "Rotasi/pengayaan jabatan"},
        )  # fmt: skip
        assert [a.kind for a in get_plan(session, plan_id).activities] == [
            "pelatihan_manajerial",
            "mentoring",
        ]
        approve_plan(session, actor, _open_meeting(session, actor), plan_id)
        with pytest.raises(
            DevelopmentError,
            match=re.escape("Rencana sudah disetujui: kegiatannya dibatalkan (status batal), tidak dihapus."),
        ):
            remove_activity(session, actor, kinds["mentoring"])
        update_activity(session, actor, kinds["mentoring"], status="batal")
        plan = get_plan(session, plan_id)
    assert [(a.kind, a.status) for a in plan.activities] == [
        ("pelatihan_manajerial", "rencana"),
        ("mentoring", "batal"),
    ]
    assert [a.kind for a in plan.counted] == ["pelatihan_manajerial"]
    assert plan.jp_planned == 24


def test_a_plan_is_finished_only_when_no_activity_is_open(dev_db, actor):
    with dev_db.transaction() as session:
        plan_id = _plan(session, actor, _in_box(session, 4))  # rotasi, pelatihan teknis
        kinds = _by_kind(plan_id, session)
        update_activity(session, actor, kinds["rotasi"], status="selesai", evidence="SK rotasi 821/15/2026")
        with pytest.raises(
            DevelopmentError, match=r"^Rencana belum dapat diselesaikan: 1 kegiatan belum selesai"
        ):
            set_plan_status(session, actor, plan_id, "selesai")
        update_activity(session, actor, kinds["pelatihan_teknis"], status="batal")
        set_plan_status(session, actor, plan_id, "selesai")
        assert get_plan(session, plan_id).status == "selesai"
        with pytest.raises(DevelopmentError, match="sudah selesai; buka kembali untuk mengubahnya"):
            add_activity(session, actor, plan_id, kind="seminar", title="Seminar tambahan")


# -- the committee's approval -----------------------------------------------------------------------


def test_the_committee_approves_a_plan_in_the_meeting_being_held(dev_db, actor):
    with dev_db.transaction() as session:
        person_id = _in_box(session, 9)
        plan_id = _plan(session, actor, person_id)
        not_opened = _open_meeting(session, actor, opened=False)
        with pytest.raises(
            CommitteeError, match="belum dimulai; keputusan hanya diambil dalam rapat yang berlangsung"
        ):
            approve_plan(session, actor, not_opened, plan_id)
        assert get_plan(session, plan_id).status == "draf"
        assert _count(session, Decision, Decision.meeting_id == not_opened) == 0

    with dev_db.transaction() as session:
        activate_meeting(session, actor, not_opened)
        decision_id = approve_plan(session, actor, not_opened, plan_id)
        event = _last_event(session)
        assert (event.action, event.entity_id, event.after) == (
            "development.plan_approve", str(plan_id), {"decision_id": decision_id, "meeting_id": not_opened},
        )  # fmt: skip
        with pytest.raises(
            DevelopmentError,
            match=re.escape("Hanya rencana berstatus draf yang dapat disetujui (kini disetujui)."),
        ):
            approve_plan(session, actor, not_opened, plan_id)
        set_plan_status(session, actor, plan_id, "draf")  # reopened: the approval stands

    text = "Rencana pengembangan individu periode 2025 disetujui: 3 kegiatan, 48 JP direncanakan."
    with dev_db.session() as session:
        plan = get_plan(session, plan_id)
        decision = session.get(Decision, decision_id)
        doc = berita_acara_document(session, not_opened)
        person = session.get(Person, person_id)
    assert (plan.status, plan.decision_id) == ("disetujui", decision_id)
    assert (decision.meeting_id, decision.kind, decision.person_id, decision.basis, decision.text) == (
        not_opened, "idp", person_id, "Rekomendasi kotak 9", text,
    )  # fmt: skip
    assert [(d.kind, d.nip, d.nama, d.reason, d.basis) for d in doc.decisions] == [
        ("Persetujuan rencana pengembangan", person.nip, person.nama, text, "Rekomendasi kotak 9")
    ]
    assert doc.krs == ()  # an IDP is not a KRS decision


def test_a_plan_without_activities_is_not_approved(dev_db, actor):
    with dev_db.transaction() as session:
        plan_id = _plan(session, actor, _in_box(session, 2))
        for activity_id in _by_kind(plan_id, session).values():
            remove_activity(session, actor, activity_id)
        meeting_id = _open_meeting(session, actor)
        with pytest.raises(DevelopmentError, match=r"^Rencana tanpa kegiatan tidak dapat disetujui\.$"):
            approve_plan(session, actor, meeting_id, plan_id)
        assert _count(session, Decision, Decision.meeting_id == meeting_id) == 0


# -- overdue work -----------------------------------------------------------------------------------


@pytest.fixture
def two_plans(dev_db, actor):
    """Box 7 (rotasi, pelatihan manajerial due 2 July 2026, mentoring) with four activities added: a seminar
    done, a workshop cancelled, a course under way due 31 May 2026, an e-learning without a due date, then
    approved; and box 8 (rotasi, coaching, mentoring: all due 31 December 2026) as proposed, still a draft."""
    with dev_db.transaction() as session:
        seven = _plan(session, actor, _in_box(session, 7))
        eight = _plan(session, actor, _in_box(session, 8))
        seminar = add_activity(session, actor, seven, kind="seminar", title="Seminar Nasional Manajemen Talenta",
                               starts_on=date(2026, 3, 2), due_on=date(2026, 3, 31))  # fmt: skip
        workshop = add_activity(session, actor, seven, kind="workshop", title="Workshop Analisis Jabatan",
                                due_on=date(2026, 2, 28))  # fmt: skip
        course = add_activity(session, actor, seven, kind="kursus", title="Kursus Kepemimpinan Daring",
                              starts_on=date(2026, 4, 1), due_on=date(2026, 5, 31))  # fmt: skip
        add_activity(session, actor, seven, kind="e_learning", title="E-learning Etika ASN")
        update_activity(session, actor, seminar, status="selesai", evidence="Sertifikat seminar 045/2026")
        update_activity(session, actor, workshop, status="batal")
        update_activity(session, actor, course, status="berjalan")
        approve_plan(session, actor, _open_meeting(session, actor), seven)
    return seven, eight


def test_overdue_activities_are_open_ones_past_their_due_date(dev_db, two_plans):
    seven, _ = two_plans
    with dev_db.session() as session:
        kinds = _by_kind(seven, session)
        nama = get_plan(session, seven).nama
        on_due_day = overdue_activities(session, PERIOD, today=date(2026, 7, 2))
        day_after = overdue_activities(session, PERIOD, today=date(2026, 7, 3))
        new_year = overdue_activities(session, PERIOD, today=date(2027, 1, 1))
        much_later = overdue_activities(session, PERIOD, today=date(2030, 1, 1))
        plan = get_plan(session, seven)

    assert [(r.activity_id, r.title, r.due_on, r.days_late) for r in on_due_day.itertuples()] == [
        (kinds["kursus"], "Kursus Kepemimpinan Daring", date(2026, 5, 31), 32)
    ]
    assert [(r.activity_id, r.plan_id, r.nama, r.due_on, r.days_late) for r in day_after.itertuples()] == [
        (kinds["kursus"], seven, nama, date(2026, 5, 31), 33),
        (kinds["pelatihan_manajerial"], seven, nama, date(2026, 7, 2), 1),
    ]
    assert len(new_year) == 4  # the four open ones of box 7 that have a date; box 8's plan is a draft
    assert new_year["days_late"].tolist() == [215, 183, 1, 1]
    never = {kinds["seminar"], kinds["workshop"], kinds["e_learning"]}  # done, cancelled, no due date
    assert never.isdisjoint(much_later["activity_id"])
    assert len(much_later) == 4 and set(much_later["plan_id"]) == {seven}
    assert [a.kind for a in plan.activities if a.overdue(date(2026, 7, 3))] == [
        "pelatihan_manajerial",
        "kursus",
    ]
    assert [a.kind for a in plan.activities if a.overdue(date(2030, 1, 1))] == [
        "rotasi", "pelatihan_manajerial", "mentoring", "kursus",
    ]  # fmt: skip


def test_the_plans_frame_counts_activities_jp_and_overdue_work(dev_db, two_plans):
    seven, eight = two_plans
    with dev_db.session() as session:
        frame = plans_frame(session, PERIOD, today=date(2026, 7, 3)).set_index("plan_id")
        later = plans_frame(session, PERIOD, today=date(2027, 1, 1)).set_index("plan_id")
        plan = get_plan(session, seven)
    assert sorted(frame.index) == sorted([seven, eight])
    columns = ["box", "status", "activities", "done", "jp_planned", "jp_done", "overdue", "next_due"]
    assert frame.loc[seven, columns].tolist() == [7, "disetujui", 6, 1, 62, 4, 2, pd.Timestamp(2026, 5, 31)]
    assert frame.loc[eight, columns].tolist() == [8, "draf", 3, 0, 16, 0, 0, pd.Timestamp(2026, 12, 31)]
    assert frame.loc[seven, "progress"] == pytest.approx(1 / 6)
    assert frame.loc[eight, "progress"] == 0.0
    # a draft's dates are proposals: late for nobody
    assert (later.loc[seven, "overdue"], later.loc[eight, "overdue"]) == (4, 0)
    # the plan itself says the same
    assert (len(plan.counted), plan.jp_planned, plan.progress) == (6, 62, pytest.approx(1 / 6))
    assert plan.mix() == {"70": 1, "20": 1, "10": 4}


# -- JP against the 20 JP minimum -------------------------------------------------------------------


def _diklat(session, person_id: int, *rows: tuple[str, str, date, date | None, int]) -> None:
    """Replace the person's training history with ``rows`` (nama, jenis, mulai, selesai, JP)."""
    session.execute(delete(DiklatHistory).where(DiklatHistory.person_id == person_id))
    for nama, jenis, mulai, selesai, jp in rows:
        session.add(DiklatHistory(person_id=person_id, nama=nama, jenis=jenis, penyelenggara="BPSDM Provinsi",
                                  tanggal_mulai=mulai, tanggal_selesai=selesai, jp=jp))  # fmt: skip
    session.flush()


@pytest.fixture
def jp_people(dev_db, actor):
    """Five people with hand-written training: A has a plan with two activities done (8 JP in 2025, 24 JP in
    2026) and one under way; B reaches exactly 20 JP in 2025, C has nothing, D 19 JP, E 25 JP.

    Totals: A 2024 40, 2025 4 + 5 + 8 = 17, 2026 16 + 24 = 40 (a course ending in 2026 counts in 2026);
    B 2024 30, 2025 20; D 2024 8, 2025 19; E 2025 25."""
    with dev_db.transaction() as session:
        a = _in_box(session, 7)
        others = sorted(int(p) for p in talent_map(session, PERIOD).frame["person_id"] if int(p) != a)
        b, c, d, e = others[:4]
        _diklat(session, a,
                ("Pelatihan Kepemimpinan Pengawas", "struktural", date(2024, 3, 4), date(2024, 5, 31), 40),
                ("Seminar Nasional Reformasi Birokrasi", "seminar", date(2025, 5, 5), None, 4),
                ("Workshop Penyusunan SKP", "workshop", date(2025, 8, 1), date(2025, 8, 1), 5),
                ("Kursus Bahasa Inggris", "kursus", date(2025, 12, 29), date(2026, 1, 9), 16))  # fmt: skip
        _diklat(session, b,
                ("Pelatihan Teknis Arsip", "teknis", date(2024, 9, 2), date(2024, 9, 5), 30),
                ("E-learning Kebijakan Publik", "e-learning", date(2025, 3, 10), date(2025, 3, 14), 10),
                ("Pelatihan Teknis Pengadaan", "teknis", date(2025, 10, 1), date(2025, 10, 2), 10))  # fmt: skip
        _diklat(session, c)
        _diklat(session, d,
                ("Pelatihan Fungsional Analis", "fungsional", date(2024, 12, 16), date(2024, 12, 20), 8),
                ("Pelatihan Teknis Perencanaan", "teknis", date(2025, 6, 2), date(2025, 6, 4), 19))  # fmt: skip
        _diklat(session, e,
                ("Pelatihan Fungsional Auditor", "fungsional", date(2025, 2, 3), date(2025, 2, 7), 25))  # fmt: skip
        plan_id = _plan(session, actor, a)
        kinds = _by_kind(plan_id, session)
        update_activity(session, actor, kinds["mentoring"], status="selesai", evidence="Laporan mentoring 12/2025",
                        completed_on=date(2025, 11, 28))  # fmt: skip
        update_activity(session, actor, kinds["pelatihan_manajerial"], status="selesai",
                        evidence="Sertifikat 800/123/BPSDM/2026", completed_on=date(2026, 2, 10))  # fmt: skip
        update_activity(session, actor, kinds["rotasi"], status="berjalan", jp=12)  # under way: not counted
    return a, b, c, d, e


def test_jp_per_year_adds_the_diklat_history_and_the_activities_done(dev_db, jp_people):
    a, b, c, d, e = jp_people
    with dev_db.session() as session:
        totals = jp_by_year(session, [a, b, c, d, e])
        only_a = jp_by_year(session, [a])
    expected = {
        (a, 2024): 40, (a, 2025): 17, (a, 2026): 40, (b, 2024): 30, (b, 2025): 20, (d, 2024): 8, (d, 2025): 19,
        (e, 2025): 25,
    }  # fmt: skip
    assert {(int(r.person_id), int(r.year)): int(r.jp) for r in totals.itertuples()} == expected
    assert len(totals) == len(expected)
    assert list(totals.columns) == ["person_id", "year", "jp"]
    assert only_a[["year", "jp"]].values.tolist() == [[2024, 40], [2025, 17], [2026, 40]]


def test_jp_compliance_counts_who_reached_20_jp_and_lists_the_rest(dev_db, jp_people):
    a, b, c, d, e = jp_people
    with dev_db.session() as session:
        y2025 = jp_compliance(session, 2025, [a, b, c, d, e, b])  # a name twice counts once
        y2024 = jp_compliance(session, 2024, [a, b, c, d, e])
        y2026 = jp_compliance(session, 2026, [a])
        nobody = jp_compliance(session, 2025, [])
    assert JP_MINIMUM == 20
    assert (y2025.year, y2025.people, y2025.meeting, y2025.share) == (2025, 5, 2, 0.4)  # B (exactly 20), E
    assert y2025.below.values.tolist() == [[c, 0], [a, 17], [d, 19]]
    assert list(y2025.below.columns) == ["person_id", "jp"]
    assert (y2024.people, y2024.meeting) == (5, 2)  # A 40, B 30
    assert y2024.below.values.tolist() == sorted([[c, 0], [e, 0], [d, 8]], key=lambda r: (r[1], r[0]))
    assert (y2026.meeting, y2026.share, len(y2026.below)) == (1, 1.0, 0)
    assert (nobody.people, nobody.meeting, nobody.share, len(nobody.below)) == (0, 0, 0.0, 0)
