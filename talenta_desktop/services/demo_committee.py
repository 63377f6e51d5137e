"""The demo agency's Komite Talenta: the committee set by the Bupati's SK, meeting 1 on the 2025 map
(held, with its calibrations, decisions, notes and follow-ups, and finalised) and meeting 2 prepared.

The committee's senior officials are taken from the demo's own posts (Sekretaris Daerah as ketua, the
head of BKPSDM as sekretaris, Inspektur, asisten, Bappeda) plus one external academic, as many regions do.
"""

from __future__ import annotations

from datetime import date

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from talenta_desktop.models import Person

from .actor import Actor
from .committee import (
    MeetingInfo,
    activate_meeting,
    add_decision,
    add_follow_up,
    add_member,
    create_committee,
    create_meeting,
    finalize_meeting,
    record_conflict,
    save_minutes,
    set_attendance,
    set_note,
)
from .demo_development import build_development_demo
from .talent.calibration import CalibrationResult

_POSTS = (
    ("ketua", "Sekretaris Daerah"),
    ("sekretaris", "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"),
    ("anggota", "Inspektur"),
    ("anggota", "Asisten Pemerintahan dan Kesejahteraan Rakyat"),
    ("anggota", "Asisten Administrasi Umum"),
    ("anggota", "Kepala Badan Perencanaan Pembangunan Daerah"),
)
_AGENDA_1 = (
    "Pembukaan dan pengesahan kehadiran anggota Komite Talenta",
    "Paparan hasil pemetaan talenta periode 2025 oleh Sekretaris Komite",
    "Pembahasan dan kalibrasi penempatan pegawai pada kotak sembilan",
    "Penetapan Kelompok Rencana Suksesi (KRS) Instansi",
    "Penetapan suksesor jabatan target dan persetujuan rencana pengembangan individu",
    "Tindak lanjut dan penutup",
)
_MINUTES_1 = """Rapat dibuka oleh Ketua Komite Talenta pukul 09.00 WIB. Sekretaris Komite memaparkan hasil \
pemetaan talenta periode 2025 dengan skema BKN Kepka 411/2025: sebaran pegawai per kotak, pegawai yang belum \
dapat dipetakan beserta alasannya, dan perbandingan dengan distribusi acuan.

Komite membahas pegawai yang nilainya berada di sekitar batas kotak. Atas dasar data kinerja semester berjalan, \
laporan atasan langsung dan rekam jejak penugasan, komite menetapkan kalibrasi sebagaimana tercantum dalam \
daftar keputusan. Satu usulan kalibrasi ditinjau ulang karena data pendukung belum lengkap dan dibatalkan.

Komite menetapkan suksesor bagi sebagian jabatan target dari calon yang memenuhi syarat dalam Kelompok Rencana \
Suksesi, dengan memperhatikan kesiapan masing-masing calon, dan menyetujui rencana pengembangan individu yang \
telah disusun. Usulan suksesor lainnya dibahas pada rapat berikutnya.

Komite meminta BKPSDM melengkapi hasil asesmen bagi pegawai yang belum dapat dipetakan dan menyiapkan rencana \
pengembangan bagi pegawai di kotak 5 sampai 8."""


def _member_person(session: Session, jabatan: str) -> Person | None:
    return session.scalar(select(Person).where(Person.jabatan_nama == jabatan).order_by(Person.id).limit(1))


def start_committee_meeting(session: Session, actor: Actor, period_label: str) -> MeetingInfo | None:
    """The committee, meeting 1 with attendance, and the meeting opened — before the calibrations, so
    they link to it. None when the demo is too small to have the officials."""
    people = [(role, _member_person(session, jabatan)) for role, jabatan in _POSTS]
    if people[0][1] is None or people[1][1] is None:
        return None
    committee = create_committee(
        session, actor, "Komite Talenta Instansi",
        sk_number="800.1.3/45/KPTS/BKPSDM/2025", sk_date=date(2025, 3, 3), serves_from=date(2025, 3, 3),
        serves_until=date(2027, 12, 31),
        sk_title="Keputusan Bupati Sukamaju Timur tentang Pembentukan Komite Talenta Instansi",
    )  # fmt: skip
    members = [add_member(session, actor, committee.id, role=role, person_id=p.id) for role, p in people if p]
    members.append(
        add_member(
            session, actor, committee.id, role="anggota", nama="Prof. Dr. Hendra Saputra, M.Si.",
            jabatan="Akademisi, Universitas Sriwijaya (anggota eksternal)",
        )
    )  # fmt: skip
    meeting = create_meeting(
        session, actor, committee.id, period_label=period_label, number="800.1.3/BA-01/KT/2026",
        title="Penetapan Hasil Pemetaan Talenta", held_on=date(2026, 1, 12), starts_at="09.00", ends_at="12.30",
        place="Ruang Rapat Sekretariat Daerah", agenda=_AGENDA_1,
    )  # fmt: skip
    for member in members:
        if member.jabatan and member.jabatan.startswith("Asisten Administrasi"):
            set_attendance(session, actor, meeting.id, member.id, "diwakili",
                           "Kepala Bagian Organisasi Sekretariat Daerah")  # fmt: skip
        else:
            set_attendance(session, actor, meeting.id, member.id, "hadir")
    activate_meeting(session, actor, meeting.id)
    return meeting


def finish_committee_meeting(
    session: Session,
    actor: Actor,
    meeting: MeetingInfo,
    calibrations: list[CalibrationResult],
    talent_pool: list[int],
    rng: np.random.Generator,
) -> None:
    """Notes, decisions, a conflict of interest and follow-ups; then meeting 1 is finalised and
    meeting 2 is prepared."""
    from .committee import attendance

    members = [row.member for row in attendance(session, meeting.id)]
    for result in calibrations[:6]:
        set_note(session, actor, meeting.id, result.person_id,
                 "Dibahas berdasarkan laporan atasan langsung dan capaian SKP semester berjalan.", True)  # fmt: skip
    if calibrations:  # the Inspektur steps out for someone from the Inspektorat's own line
        inspektur = next((m for m in members if m.jabatan == "Inspektur"), None)
        if inspektur is not None:
            record_conflict(session, actor, meeting.id, inspektur.id, calibrations[0].person_id, "bawahan_langsung",
                            "Atasan langsung pegawai yang dibahas")  # fmt: skip
    for person_id in talent_pool[: 3 + int(rng.integers(3))]:
        add_decision(
            session, actor, meeting.id, "krs",
            "Ditetapkan sebagai anggota Kelompok Rencana Suksesi Instansi", person_id=person_id,
            basis="Kelompok Rencana Suksesi Instansi",
        )  # fmt: skip
    build_development_demo(session, actor, meeting, rng)
    add_decision(
        session, actor, meeting.id, "lainnya",
        "Hasil pemetaan pegawai yang tidak dikalibrasi ditetapkan sesuai hasil perhitungan skema penilaian.",
        basis="BKN Kepka 411/2025",
    )  # fmt: skip
    add_follow_up(session, actor, meeting.id, "Melengkapi hasil asesmen pegawai yang belum dapat dipetakan",
                  "Kepala BKPSDM", date(2026, 3, 31))  # fmt: skip
    add_follow_up(session, actor, meeting.id, "Menyusun rencana pengembangan individu pegawai kotak 5–8",
                  "Kepala Bidang Pengembangan Kompetensi, BKPSDM", date(2026, 2, 28))  # fmt: skip
    add_follow_up(session, actor, meeting.id, "Menyampaikan laporan hasil rapat kepada Bupati",
                  "Sekretaris Komite Talenta", date(2026, 1, 19))  # fmt: skip
    save_minutes(session, actor, meeting.id, _MINUTES_1)
    finalize_meeting(session, actor, meeting.id)

    second = create_meeting(
        session, actor, meeting.committee_id, period_label=meeting.period_label, number="800.1.3/BA-02/KT/2026",
        title="Penetapan Suksesor Jabatan Target dan Rencana Pengembangan", held_on=date(2026, 2, 9),
        starts_at="09.00", place="Ruang Rapat Sekretariat Daerah",
        agenda=("Pembukaan", "Penetapan suksesor jabatan target", "Persetujuan rencana pengembangan individu",
                "Penutup"),
    )  # fmt: skip
    for member in members[:3]:
        set_attendance(session, actor, second.id, member.id, "hadir")
