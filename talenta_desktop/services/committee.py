"""Komite Talenta (DOMAIN §5): committees, meetings and what they decide, up to the locked record.

A meeting is prepared (draft), held (active — only one at a time, and only with a quorum), and
finalised: from then on it and everything linked to it (its calibrations, decisions, notes) is locked,
and a correction needs a new meeting that names the old one. Every write is audited, except the
autosaved draft of the minutes, which is a safety copy of what is being typed rather than a record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from talenta_desktop.domain.dates import format_tanggal
from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP, Message, MessageError
from talenta_desktop.domain.ninebox import box_number
from talenta_desktop.domain.nip import format_nip
from talenta_desktop.models import (
    AgendaItem,
    Attendance,
    Calibration,
    Committee,
    CommitteeMember,
    ConflictOfInterest,
    Decision,
    DiscussionNote,
    FollowUp,
    Meeting,
    Person,
    TalentPeriod,
)
from talenta_desktop.models.base import utcnow
from talenta_desktop.models.committee import ATTENDANCE, CONFLICT_RELATIONS, DECISION_KINDS, ROLES

from .actor import Actor
from .audit import record
from .berita_acara_template import get_template
from .permissions import Permission, require
from .reports.berita_acara_data import (
    Attendee,
    BeritaAcaraDocument,
    DecisionRow,
    FollowUpRow,
    KrsRow,
    Signatory,
    canonical_json,
    document_from_json,
    fingerprint_of,
)
from .reports.kop import agency_kop, signing_city
from .talent.calibration import current_box

ROLE_LABELS = {"ketua": "Ketua", "sekretaris": "Sekretaris", "anggota": "Anggota"}
ATTENDANCE_LABELS = {"hadir": "Hadir", "tidak_hadir": "Tidak hadir", "diwakili": "Diwakili"}
DECISION_LABELS = {
    "kalibrasi": "Penetapan kotak/kalibrasi",
    "krs": "Keanggotaan Kelompok Rencana Suksesi",
    "suksesor": "Suksesor jabatan target",
    "idp": "Persetujuan rencana pengembangan",
    "lainnya": "Lainnya",
}
RELATION_LABELS = {
    "diri_sendiri": "diri sendiri",
    "keluarga": "keluarga",
    "bawahan_langsung": "bawahan langsung",
    "lainnya": "lainnya",
}
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")  # for the berita acara
# Refusals that name a role or a kind of decision: one sentence each, so each translates whole.
_ALREADY_HAS = {
    "ketua": QT_TRANSLATE_NOOP("services.committee", "Komite ini sudah mempunyai ketua."),
    "sekretaris": QT_TRANSLATE_NOOP("services.committee", "Komite ini sudah mempunyai sekretaris."),
}
_NAMES_PERSON = {
    "krs": QT_TRANSLATE_NOOP(
        "services.committee", "Keputusan keanggotaan kelompok rencana suksesi harus menyebut pegawainya."
    ),
    "suksesor": QT_TRANSLATE_NOOP(
        "services.committee", "Keputusan suksesor jabatan target harus menyebut pegawainya."
    ),
    "idp": QT_TRANSLATE_NOOP(
        "services.committee", "Keputusan persetujuan rencana pengembangan harus menyebut pegawainya."
    ),
}


class CommitteeError(MessageError, ValueError):
    """A committee action that cannot be done; the message says why (Indonesian as text, and as a
    message for the screen in the user's language)."""


class MeetingLocked(CommitteeError):
    """The meeting is final: it and what it decided can no longer change."""


# -- committees -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class MemberInfo:
    id: int
    nama: str
    nip: str | None
    jabatan: str | None
    role: str
    sign_order: int
    person_id: int | None


@dataclass(frozen=True)
class CommitteeInfo:
    id: int
    name: str
    sk_number: str
    sk_date: date
    sk_title: str | None
    serves_from: date
    serves_until: date | None
    quorum: int  # members present needed
    members: tuple[MemberInfo, ...]


def _members(session: Session, committee_id: int, only: set[int] | None = None) -> tuple[MemberInfo, ...]:
    """The active members, or exactly the members ``only`` names (a final meeting's attendance list)."""
    query = select(CommitteeMember).where(CommitteeMember.committee_id == committee_id)
    query = (
        query.where(CommitteeMember.id.in_(only)) if only is not None else query.where(CommitteeMember.active)
    )
    rows = session.scalars(query.order_by(CommitteeMember.sign_order, CommitteeMember.id))
    return tuple(MemberInfo(m.id, m.nama, m.nip, m.jabatan, m.role, m.sign_order, m.person_id) for m in rows)


def _required(committee: Committee, members: int) -> int:
    return committee.quorum if committee.quorum else members // 2 + 1


def _committee_info(session: Session, committee: Committee) -> CommitteeInfo:
    members = _members(session, committee.id)
    return CommitteeInfo(
        committee.id, committee.name, committee.sk_number, committee.sk_date, committee.sk_title,
        committee.serves_from, committee.serves_until, _required(committee, len(members)), members,
    )  # fmt: skip


def create_committee(
    session: Session,
    actor: Actor,
    name: str,
    *,
    sk_number: str,
    sk_date: date,
    serves_from: date,
    serves_until: date | None = None,
    sk_title: str | None = None,
    quorum: int | None = None,
) -> CommitteeInfo:
    if not name.strip() or not sk_number.strip():
        raise CommitteeError(QT_TRANSLATE_NOOP("services.committee", "Nama komite dan nomor SK wajib diisi."))
    if serves_until is not None and serves_until < serves_from:
        raise CommitteeError(
            QT_TRANSLATE_NOOP("services.committee", "Masa tugas berakhir ({serves_until}) sebelum dimulai."),
            serves_until=serves_until,
        )
    if quorum is not None and quorum < 1:
        raise CommitteeError(
            QT_TRANSLATE_NOOP("services.committee", "Kuorum harus paling sedikit 1 anggota, bukan {quorum}."),
            quorum=quorum,
        )
    row = Committee(
        name=name.strip(), sk_number=sk_number.strip(), sk_date=sk_date, sk_title=sk_title,
        serves_from=serves_from, serves_until=serves_until, quorum=quorum, created_by=actor.username,
    )  # fmt: skip
    session.add(row)
    session.flush()
    record(session, actor, "committee.create", entity="committee", entity_id=row.id,
           after={"name": row.name, "sk_number": row.sk_number, "sk_date": sk_date})  # fmt: skip
    return _committee_info(session, row)


def add_member(
    session: Session,
    actor: Actor,
    committee_id: int,
    *,
    role: str,
    person_id: int | None = None,
    nama: str | None = None,
    nip: str | None = None,
    jabatan: str | None = None,
    sign_order: int | None = None,
) -> MemberInfo:
    """A member from the personnel list (``person_id``: name, NIP and jabatan are taken from it) or from
    outside (``nama`` required)."""
    if session.get(Committee, committee_id) is None:
        raise CommitteeError(
            QT_TRANSLATE_NOOP("services.committee", "Komite #{committee_id} tidak ditemukan."),
            committee_id=committee_id,
        )
    if role not in ROLES:
        raise CommitteeError(
            QT_TRANSLATE_NOOP(
                "services.committee", "Peran anggota harus ketua, sekretaris atau anggota, bukan '{role}'."
            ),
            role=role,
        )
    if person_id is not None:
        person = session.get(Person, person_id)
        if person is None:
            raise CommitteeError(
                QT_TRANSLATE_NOOP("services.committee", "Pegawai #{person_id} tidak ditemukan."),
                person_id=person_id,
            )
        from talenta_desktop.domain.people import full_name

        nama = nama or full_name(person.gelar_depan, person.nama, person.gelar_belakang)
        nip = nip or person.nip
        jabatan = jabatan or person.jabatan_nama
    if not (nama or "").strip():
        raise CommitteeError(QT_TRANSLATE_NOOP("services.committee", "Nama anggota wajib diisi."))
    if role in ("ketua", "sekretaris") and session.scalar(
        select(CommitteeMember.id).where(
            CommitteeMember.committee_id == committee_id, CommitteeMember.role == role, CommitteeMember.active
        )
    ):
        raise CommitteeError(_ALREADY_HAS[role])
    if sign_order is None:
        top = session.scalar(
            select(func.max(CommitteeMember.sign_order)).where(CommitteeMember.committee_id == committee_id)
        )
        sign_order = (top or 0) + 1
    row = CommitteeMember(
        committee_id=committee_id, person_id=person_id, nama=nama.strip(), nip=nip, jabatan=jabatan, role=role,
        sign_order=sign_order,
    )  # fmt: skip
    session.add(row)
    session.flush()
    record(session, actor, "committee.member", entity="committee", entity_id=committee_id,
           after={"member_id": row.id, "nama": row.nama, "role": role})  # fmt: skip
    return MemberInfo(row.id, row.nama, row.nip, row.jabatan, row.role, row.sign_order, row.person_id)


def update_member(
    session: Session,
    actor: Actor,
    member_id: int,
    *,
    role: str | None = None,
    jabatan: str | None = None,
    sign_order: int | None = None,
    active: bool | None = None,
) -> MemberInfo:
    """Change a member's role, jabatan or signing order, or end their membership (``active=False``).

    Final meetings keep their attendance list as it was; from now on the member counts (or not) towards
    the quorum of meetings still to be held.
    """
    row = session.get(CommitteeMember, member_id)
    if row is None:
        raise CommitteeError(
            QT_TRANSLATE_NOOP("services.committee", "Anggota #{member_id} tidak ditemukan."),
            member_id=member_id,
        )
    before = {"role": row.role, "jabatan": row.jabatan, "sign_order": row.sign_order, "active": row.active}
    if role is not None and role not in ROLES:
        raise CommitteeError(
            QT_TRANSLATE_NOOP(
                "services.committee", "Peran anggota harus ketua, sekretaris atau anggota, bukan '{role}'."
            ),
            role=role,
        )
    new_role = role or row.role
    stays = row.active if active is None else active
    if stays and new_role in ("ketua", "sekretaris") and session.scalar(
        select(CommitteeMember.id).where(
            CommitteeMember.committee_id == row.committee_id, CommitteeMember.role == new_role,
            CommitteeMember.active, CommitteeMember.id != member_id,
        )
    ):  # fmt: skip
        raise CommitteeError(_ALREADY_HAS[new_role])
    if sign_order is not None and sign_order < 1:
        raise CommitteeError(
            QT_TRANSLATE_NOOP(
                "services.committee", "Urutan tanda tangan harus 1 atau lebih, bukan {sign_order}."
            ),
            sign_order=sign_order,
        )
    row.role = new_role
    if jabatan is not None:
        row.jabatan = jabatan.strip() or None
    if sign_order is not None:
        row.sign_order = sign_order
    row.active = stays
    session.flush()
    after = {"role": row.role, "jabatan": row.jabatan, "sign_order": row.sign_order, "active": row.active}
    record(session, actor, "committee.member_update", entity="committee", entity_id=row.committee_id,
           before={"member_id": member_id, **before}, after={"member_id": member_id, **after})  # fmt: skip
    return MemberInfo(row.id, row.nama, row.nip, row.jabatan, row.role, row.sign_order, row.person_id)


def list_committees(session: Session) -> list[CommitteeInfo]:
    rows = session.scalars(select(Committee).order_by(Committee.serves_from.desc(), Committee.id.desc()))
    return [_committee_info(session, row) for row in rows]


# -- meetings -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingInfo:
    id: int
    committee_id: int
    period_label: str
    number: str
    title: str
    held_on: date
    starts_at: str
    ends_at: str | None
    place: str
    status: str
    corrects_meeting_id: int | None
    fingerprint: str | None
    agenda: tuple[str, ...]

    @property
    def is_final(self) -> bool:
        return self.status == "final"


def _meeting(session: Session, meeting_id: int) -> Meeting:
    row = session.get(Meeting, meeting_id)
    if row is None:
        raise CommitteeError(
            QT_TRANSLATE_NOOP("services.committee", "Rapat #{meeting_id} tidak ditemukan."),
            meeting_id=meeting_id,
        )
    return row


def _open_meeting(session: Session, meeting_id: int) -> Meeting:
    row = _meeting(session, meeting_id)
    if row.status == "final":
        raise MeetingLocked(
            QT_TRANSLATE_NOOP(
                "services.committee",
                "Rapat {number} sudah difinalkan dan terkunci; koreksi dilakukan melalui rapat baru yang "
                "merujuk rapat ini.",
            ),
            number=row.number,
        )
    return row


def _meeting_info(session: Session, row: Meeting) -> MeetingInfo:
    label = session.scalar(select(TalentPeriod.label).where(TalentPeriod.id == row.period_id))
    agenda = tuple(
        session.scalars(
            select(AgendaItem.text).where(AgendaItem.meeting_id == row.id).order_by(AgendaItem.position)
        )
    )
    return MeetingInfo(
        row.id, row.committee_id, label, row.number, row.title, row.held_on, row.starts_at, row.ends_at, row.place,
        row.status, row.corrects_meeting_id, row.fingerprint, agenda,
    )  # fmt: skip


def create_meeting(
    session: Session,
    actor: Actor,
    committee_id: int,
    *,
    period_label: str,
    number: str,
    title: str,
    held_on: date,
    starts_at: str,
    place: str,
    agenda: tuple[str, ...] | list[str] = (),
    ends_at: str | None = None,
    corrects_meeting_id: int | None = None,
) -> MeetingInfo:
    if session.get(Committee, committee_id) is None:
        raise CommitteeError(
            QT_TRANSLATE_NOOP("services.committee", "Komite #{committee_id} tidak ditemukan."),
            committee_id=committee_id,
        )
    period = session.scalar(select(TalentPeriod).where(TalentPeriod.label == period_label))
    if period is None:
        raise CommitteeError(
            QT_TRANSLATE_NOOP("services.committee", "Periode '{period_label}' tidak ditemukan."),
            period_label=period_label,
        )
    number = number.strip()  # compared as stored: a pasted trailing space is the same number
    if not number or not place.strip():
        raise CommitteeError(
            QT_TRANSLATE_NOOP("services.committee", "Nomor berita acara dan tempat rapat wajib diisi.")
        )
    if session.scalar(
        select(Meeting.id).where(Meeting.committee_id == committee_id, Meeting.number == number)
    ):
        raise CommitteeError(
            QT_TRANSLATE_NOOP(
                "services.committee", "Nomor berita acara '{number}' sudah dipakai rapat lain."
            ),
            number=number,
        )
    if corrects_meeting_id is not None and _meeting(session, corrects_meeting_id).status != "final":
        raise CommitteeError(
            QT_TRANSLATE_NOOP(
                "services.committee", "Rapat koreksi hanya dapat merujuk rapat yang sudah difinalkan."
            )
        )
    row = Meeting(
        committee_id=committee_id, period_id=period.id, number=number.strip(), title=title.strip(), held_on=held_on,
        starts_at=starts_at, ends_at=ends_at, place=place.strip(), corrects_meeting_id=corrects_meeting_id,
        created_by=actor.username,
    )  # fmt: skip
    session.add(row)
    session.flush()
    for position, text in enumerate(t.strip() for t in agenda if t.strip()):
        session.add(AgendaItem(meeting_id=row.id, position=position, text=text))
    session.flush()
    record(session, actor, "meeting.create", entity="meeting", entity_id=row.id,
           after={"number": row.number, "period": period_label, "held_on": held_on,
                  "corrects_meeting_id": corrects_meeting_id})  # fmt: skip
    return _meeting_info(session, row)


def get_meeting(session: Session, meeting_id: int) -> MeetingInfo:
    return _meeting_info(session, _meeting(session, meeting_id))


def list_meetings(session: Session, committee_id: int | None = None) -> list[MeetingInfo]:
    query = select(Meeting).order_by(Meeting.held_on.desc(), Meeting.id.desc())
    if committee_id is not None:
        query = query.where(Meeting.committee_id == committee_id)
    return [_meeting_info(session, row) for row in session.scalars(query)]


def set_agenda(session: Session, actor: Actor, meeting_id: int, items: list[str]) -> MeetingInfo:
    row = _open_meeting(session, meeting_id)
    for item in session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)):
        session.delete(item)
    session.flush()
    texts = [t.strip() for t in items if t.strip()]
    for position, text in enumerate(texts):
        session.add(AgendaItem(meeting_id=meeting_id, position=position, text=text))
    session.flush()
    record(session, actor, "meeting.agenda", entity="meeting", entity_id=meeting_id, after={"agenda": texts})
    return _meeting_info(session, row)


# -- attendance and quorum ------------------------------------------------------------------------


@dataclass(frozen=True)
class AttendanceRow:
    member: MemberInfo
    status: str | None  # None: not yet recorded
    represented_by: str | None


@dataclass(frozen=True)
class Quorum:
    present: int  # hadir + diwakili
    members: int
    required: int

    @property
    def met(self) -> bool:
        return self.present >= self.required

    def describe(self) -> str:
        """In Indonesian, as the berita acara and the audit log keep it."""
        return str(self.message())

    def message(self) -> Message:
        if self.met:
            template = QT_TRANSLATE_NOOP(
                "services.committee",
                "Dihadiri {present} dari {members} anggota (kuorum terpenuhi: paling sedikit {required}).",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "services.committee",
                "Dihadiri {present} dari {members} anggota (kuorum belum terpenuhi: paling sedikit {required}).",
            )
        return Message(template, present=self.present, members=self.members, required=self.required)


def set_attendance(
    session: Session,
    actor: Actor,
    meeting_id: int,
    member_id: int,
    status: str,
    represented_by: str | None = None,
) -> AttendanceRow:
    row = _open_meeting(session, meeting_id)
    if status not in ATTENDANCE:
        raise CommitteeError(
            QT_TRANSLATE_NOOP(
                "services.committee",
                "Status kehadiran harus hadir, tidak_hadir atau diwakili, bukan '{status}'.",
            ),
            status=status,
        )
    member = session.get(CommitteeMember, member_id)
    if member is None or member.committee_id != row.committee_id:
        raise CommitteeError(
            QT_TRANSLATE_NOOP("services.committee", "Anggota #{member_id} bukan anggota komite rapat ini."),
            member_id=member_id,
        )
    if status == "diwakili" and not (represented_by or "").strip():
        raise CommitteeError(
            QT_TRANSLATE_NOOP("services.committee", "{nama} diwakili: nama wakilnya wajib diisi."),
            nama=member.nama,
        )
    if status != "diwakili":
        represented_by = None
    entry = session.scalar(
        select(Attendance).where(Attendance.meeting_id == meeting_id, Attendance.member_id == member_id)
    )
    before = entry.status if entry else None
    if entry is None:
        entry = Attendance(meeting_id=meeting_id, member_id=member_id, status=status)
        session.add(entry)
    entry.status, entry.represented_by = status, (represented_by or "").strip() or None
    session.flush()
    record(session, actor, "meeting.attendance", entity="meeting", entity_id=meeting_id,
           before={"member_id": member_id, "status": before},
           after={"member_id": member_id, "status": status, "represented_by": entry.represented_by})  # fmt: skip
    info = MemberInfo(member.id, member.nama, member.nip, member.jabatan, member.role, member.sign_order,
                      member.person_id)  # fmt: skip
    return AttendanceRow(info, entry.status, entry.represented_by)


def attendance(session: Session, meeting_id: int) -> list[AttendanceRow]:
    row = _meeting(session, meeting_id)
    recorded = {
        a.member_id: a for a in session.scalars(select(Attendance).where(Attendance.meeting_id == meeting_id))
    }
    # a final meeting lists who was recorded when it was finalised, whatever the committee is now, so its
    # berita acara (and fingerprint) survive a later change of members
    only = set(recorded) if row.status == "final" else None
    return [
        AttendanceRow(
            m,
            recorded[m.id].status if m.id in recorded else None,
            recorded[m.id].represented_by if m.id in recorded else None,
        )
        for m in _members(session, row.committee_id, only)
    ]


def quorum(session: Session, meeting_id: int) -> Quorum:
    row = _meeting(session, meeting_id)
    rows = attendance(session, meeting_id)
    present = sum(1 for r in rows if r.status in ("hadir", "diwakili"))
    return Quorum(present, len(rows), _required(session.get(Committee, row.committee_id), len(rows)))


# -- holding the meeting ---------------------------------------------------------------------------


def active_meeting(session: Session) -> MeetingInfo | None:
    row = session.scalar(select(Meeting).where(Meeting.status == "active"))
    return _meeting_info(session, row) if row else None


def activate_meeting(session: Session, actor: Actor, meeting_id: int) -> MeetingInfo:
    """Open the session: decisions can be taken and nine-box calibrations link to this meeting."""
    row = _open_meeting(session, meeting_id)
    other = session.scalar(select(Meeting).where(Meeting.status == "active", Meeting.id != meeting_id))
    if other is not None:
        raise CommitteeError(
            QT_TRANSLATE_NOOP(
                "services.committee",
                "Rapat {number} masih berlangsung; tutup dulu sebelum membuka rapat lain.",
            ),
            number=other.number,
        )
    q = quorum(session, meeting_id)
    if not q.met:
        raise CommitteeError(
            QT_TRANSLATE_NOOP("services.committee", "Rapat belum dapat dimulai: {quorum}"), quorum=q.message()
        )
    row.status = "active"
    record(
        session,
        actor,
        "meeting.activate",
        entity="meeting",
        entity_id=meeting_id,
        after={"quorum": q.describe()},
    )
    return _meeting_info(session, row)


def pause_meeting(session: Session, actor: Actor, meeting_id: int) -> MeetingInfo:
    """Stop linking calibrations to this meeting (a break, or the session continues another day)."""
    row = _open_meeting(session, meeting_id)
    row.status = "draft"
    record(session, actor, "meeting.pause", entity="meeting", entity_id=meeting_id)
    return _meeting_info(session, row)


def _require_active(session: Session, meeting_id: int) -> Meeting:
    row = _open_meeting(session, meeting_id)
    if row.status != "active":
        raise CommitteeError(
            QT_TRANSLATE_NOOP(
                "services.committee",
                "Rapat {number} belum dimulai; keputusan hanya diambil dalam rapat yang berlangsung.",
            ),
            number=row.number,
        )
    return row


def save_minutes_draft(session: Session, actor: Actor, meeting_id: int, text: str) -> datetime:
    """The autosave: a safety copy of the minutes being typed. Not audited — it is not yet a record, and
    an event every few seconds would drown the log — so the role is checked here rather than by the log."""
    require(actor, Permission.COMMITTEE_MANAGE)
    row = _open_meeting(session, meeting_id)
    row.minutes_draft = text
    row.minutes_draft_at = utcnow()
    return row.minutes_draft_at


def save_minutes(session: Session, actor: Actor, meeting_id: int, text: str) -> None:
    row = _open_meeting(session, meeting_id)
    before = len(row.minutes or "")
    row.minutes, row.minutes_draft, row.minutes_draft_at = text, None, None
    record(session, actor, "meeting.minutes", entity="meeting", entity_id=meeting_id,
           before={"length": before}, after={"length": len(text)})  # fmt: skip


def discard_minutes_draft(session: Session, actor: Actor, meeting_id: int) -> None:
    """Drop the autosaved draft (the user chose the saved minutes over it); not audited, like the draft."""
    require(actor, Permission.COMMITTEE_MANAGE)
    row = _open_meeting(session, meeting_id)
    row.minutes_draft, row.minutes_draft_at = None, None


@dataclass(frozen=True)
class MinutesState:
    saved: str
    draft: str | None  # newer than saved when not None: offer to restore it
    draft_at: datetime | None


def minutes_state(session: Session, meeting_id: int) -> MinutesState:
    row = _meeting(session, meeting_id)
    return MinutesState(row.minutes or "", row.minutes_draft, row.minutes_draft_at)


def set_note(
    session: Session, actor: Actor, meeting_id: int, person_id: int, text: str, discussed: bool
) -> None:
    """The discussion note on one person and the "dibahas" mark."""
    _open_meeting(session, meeting_id)
    if session.get(Person, person_id) is None:
        raise CommitteeError(
            QT_TRANSLATE_NOOP("services.committee", "Pegawai #{person_id} tidak ditemukan."),
            person_id=person_id,
        )
    note = session.scalar(
        select(DiscussionNote).where(
            DiscussionNote.meeting_id == meeting_id, DiscussionNote.person_id == person_id
        )
    )
    if note is None:
        note = DiscussionNote(meeting_id=meeting_id, person_id=person_id)
        session.add(note)
    note.text, note.discussed = text, discussed
    session.flush()
    record(session, actor, "meeting.note", entity="meeting", entity_id=meeting_id,
           after={"person_id": person_id, "discussed": discussed, "length": len(text)})  # fmt: skip


def add_decision(
    session: Session,
    actor: Actor,
    meeting_id: int,
    kind: str,
    text: str,
    *,
    person_id: int | None = None,
    basis: str | None = None,
    calibration_id: int | None = None,
) -> int:
    _require_active(session, meeting_id)
    if kind not in DECISION_KINDS:
        raise CommitteeError(
            QT_TRANSLATE_NOOP("services.committee", "Jenis keputusan tidak dikenal: '{kind}'."), kind=kind
        )
    if not text.strip():
        raise CommitteeError(QT_TRANSLATE_NOOP("services.committee", "Isi keputusan wajib diisi."))
    if person_id is not None and session.get(Person, person_id) is None:
        raise CommitteeError(
            QT_TRANSLATE_NOOP("services.committee", "Pegawai #{person_id} tidak ditemukan."),
            person_id=person_id,
        )
    if kind in ("krs", "suksesor", "idp") and person_id is None:
        raise CommitteeError(_NAMES_PERSON[kind])
    if calibration_id is not None and session.get(Calibration, calibration_id) is None:
        raise CommitteeError(
            QT_TRANSLATE_NOOP("services.committee", "Kalibrasi #{calibration_id} tidak ditemukan."),
            calibration_id=calibration_id,
        )
    row = Decision(
        meeting_id=meeting_id, kind=kind, text=text.strip(), person_id=person_id, basis=basis,
        calibration_id=calibration_id, created_by=actor.username,
    )  # fmt: skip
    session.add(row)
    session.flush()
    record(session, actor, "meeting.decision", entity="meeting", entity_id=meeting_id,
           after={"decision_id": row.id, "kind": kind, "person_id": person_id})  # fmt: skip
    return row.id


def record_conflict(
    session: Session, actor: Actor, meeting_id: int, member_id: int, person_id: int, relation: str,
    note: str | None = None,
) -> None:  # fmt: skip
    """A member steps out while ``person_id`` is discussed (themselves, a relative, a direct report)."""
    row = _open_meeting(session, meeting_id)
    if relation not in CONFLICT_RELATIONS:
        raise CommitteeError(
            QT_TRANSLATE_NOOP("services.committee", "Hubungan tidak dikenal: '{relation}'."),
            relation=relation,
        )
    member = session.get(CommitteeMember, member_id)
    if member is None or member.committee_id != row.committee_id:
        raise CommitteeError(
            QT_TRANSLATE_NOOP("services.committee", "Anggota #{member_id} bukan anggota komite rapat ini."),
            member_id=member_id,
        )
    if session.scalar(
        select(ConflictOfInterest.id).where(
            ConflictOfInterest.meeting_id == meeting_id,
            ConflictOfInterest.member_id == member_id,
            ConflictOfInterest.person_id == person_id,
        )
    ):
        raise CommitteeError(
            QT_TRANSLATE_NOOP(
                "services.committee", "{nama} sudah tercatat keluar ruangan saat pegawai ini dibahas."
            ),
            nama=member.nama,
        )
    session.add(ConflictOfInterest(meeting_id=meeting_id, member_id=member_id, person_id=person_id,
                                   relation=relation, note=note))  # fmt: skip
    session.flush()
    record(session, actor, "meeting.conflict", entity="meeting", entity_id=meeting_id,
           after={"member_id": member_id, "person_id": person_id, "relation": relation})  # fmt: skip


def add_follow_up(
    session: Session, actor: Actor, meeting_id: int, task: str, owner: str, due_on: date | None = None
) -> int:
    _open_meeting(session, meeting_id)
    if not task.strip() or not owner.strip():
        raise CommitteeError(
            QT_TRANSLATE_NOOP(
                "services.committee", "Kegiatan tindak lanjut dan penanggung jawabnya wajib diisi."
            )
        )
    row = FollowUp(meeting_id=meeting_id, task=task.strip(), owner=owner.strip(), due_on=due_on)
    session.add(row)
    session.flush()
    record(session, actor, "meeting.follow_up", entity="meeting", entity_id=meeting_id,
           after={"follow_up_id": row.id, "task": row.task, "due_on": due_on})  # fmt: skip
    return row.id


@dataclass(frozen=True)
class NoteInfo:
    person_id: int
    nip: str
    nama: str
    jabatan: str | None
    discussed: bool
    text: str


def meeting_notes(session: Session, meeting_id: int) -> list[NoteInfo]:
    """The per-person discussion notes of a meeting, in the order they were first written."""
    rows = session.execute(
        select(DiscussionNote, Person.nip, Person.nama, Person.jabatan_nama)
        .join(Person, Person.id == DiscussionNote.person_id)
        .where(DiscussionNote.meeting_id == meeting_id)
        .order_by(DiscussionNote.id)
    )
    return [NoteInfo(n.person_id, nip, nama, jabatan, n.discussed, n.text) for n, nip, nama, jabatan in rows]


@dataclass(frozen=True)
class ConflictInfo:
    member: str
    person_id: int
    nip: str
    nama: str
    relation: str  # code of models.committee.CONFLICT_RELATIONS
    note: str | None


def meeting_conflicts(session: Session, meeting_id: int) -> list[ConflictInfo]:
    """Who stepped out while whom was discussed."""
    rows = session.execute(
        select(ConflictOfInterest, CommitteeMember.nama, Person.nip, Person.nama)
        .join(CommitteeMember, CommitteeMember.id == ConflictOfInterest.member_id)
        .join(Person, Person.id == ConflictOfInterest.person_id)
        .where(ConflictOfInterest.meeting_id == meeting_id)
        .order_by(ConflictOfInterest.id)
    )
    return [ConflictInfo(member, c.person_id, nip, nama, c.relation, c.note) for c, member, nip, nama in rows]


@dataclass(frozen=True)
class FollowUpInfo:
    id: int
    meeting_id: int
    meeting_number: str
    task: str
    owner: str
    due_on: date | None
    done: bool

    def overdue(self, today: date) -> bool:
        return not self.done and self.due_on is not None and self.due_on < today


def list_follow_ups(session: Session, meeting_id: int | None = None) -> list[FollowUpInfo]:
    """Follow-up tasks of one meeting, or of every meeting (open ones first, by due date)."""
    query = select(FollowUp, Meeting.number).join(Meeting, Meeting.id == FollowUp.meeting_id)
    if meeting_id is not None:
        query = query.where(FollowUp.meeting_id == meeting_id).order_by(FollowUp.id)
    else:
        query = query.order_by(FollowUp.done, FollowUp.due_on.is_(None), FollowUp.due_on, FollowUp.id)
    return [
        FollowUpInfo(f.id, f.meeting_id, number, f.task, f.owner, f.due_on, f.done)
        for f, number in session.execute(query)
    ]


def set_follow_up_done(session: Session, actor: Actor, follow_up_id: int, done: bool = True) -> None:
    """Mark a follow-up done (or open again). Allowed after finalising: carrying out what a meeting
    decided is not a change of the record, and the berita acara lists the tasks, not their progress."""
    row = session.get(FollowUp, follow_up_id)
    if row is None:
        raise CommitteeError(
            QT_TRANSLATE_NOOP("services.committee", "Tindak lanjut #{follow_up_id} tidak ditemukan."),
            follow_up_id=follow_up_id,
        )
    if row.done == done:
        return
    row.done = done
    session.flush()
    record(session, actor, "meeting.follow_up_done", entity="meeting", entity_id=row.meeting_id,
           before={"follow_up_id": row.id, "done": not done}, after={"follow_up_id": row.id, "done": done})  # fmt: skip


# -- locking and the record ------------------------------------------------------------------------


def locked_meeting_of(session: Session, calibration: Calibration) -> Meeting | None:
    """The final meeting a calibration was decided in, if any: then it may no longer be changed."""
    if calibration.meeting_id is None:
        return None
    meeting = session.get(Meeting, calibration.meeting_id)
    return meeting if meeting is not None and meeting.status == "final" else None


def finalize_meeting(session: Session, actor: Actor, meeting_id: int) -> str:
    """Lock the meeting and store the fingerprint of its berita acara; returns the fingerprint."""
    row = _open_meeting(session, meeting_id)
    q = quorum(session, meeting_id)
    if not q.met:
        raise CommitteeError(
            QT_TRANSLATE_NOOP("services.committee", "Rapat tidak dapat difinalkan: {quorum}"),
            quorum=q.message(),
        )
    recorded = set(session.scalars(select(Attendance.member_id).where(Attendance.meeting_id == meeting_id)))
    for member in _members(session, row.committee_id):  # the record names every member, absent ones too
        if member.id not in recorded:
            session.add(Attendance(meeting_id=meeting_id, member_id=member.id, status="tidak_hadir"))
    if row.minutes_draft is not None:  # what was typed last counts
        row.minutes, row.minutes_draft, row.minutes_draft_at = row.minutes_draft, None, None
    row.finalized_at = utcnow()
    row.finalized_by = actor.username
    session.flush()
    row.document = canonical_json(berita_acara_document(session, meeting_id))
    row.fingerprint = fingerprint_of(row.document)
    row.status = "final"
    record(session, actor, "meeting.finalize", entity="meeting", entity_id=meeting_id,
           after={"number": row.number, "fingerprint": row.fingerprint})  # fmt: skip
    return row.fingerprint


def _day_date(day: date) -> str:
    return f"{DAYS[day.weekday()]}, {format_tanggal(day)}"


class RecordAltered(CommitteeError):
    """The stored berita acara of a final meeting no longer matches its fingerprint."""


def berita_acara_document(session: Session, meeting_id: int) -> BeritaAcaraDocument:
    """What the berita acara says: for a final meeting, the snapshot taken when it was finalised (checked
    against its fingerprint); otherwise built from the database as it is now."""
    row = _meeting(session, meeting_id)
    if row.status == "final" and row.document is not None:
        if fingerprint_of(row.document) != row.fingerprint:
            raise RecordAltered(
                QT_TRANSLATE_NOOP(
                    "services.committee",
                    "Berita acara rapat {number} yang tersimpan tidak cocok lagi dengan sidik jarinya; "
                    "isinya telah diubah di luar aplikasi. Periksa database dengan `talenta verify`.",
                ),
                number=row.number,
            )
        return document_from_json(row.document)
    committee = session.get(Committee, row.committee_id)
    period = session.get(TalentPeriod, row.period_id)
    template = get_template(session)
    kop = agency_kop(session, instansi_fallback=committee.name)
    rows = attendance(session, meeting_id)
    attendees = tuple(
        Attendee(
            r.member.sign_order,
            r.member.nama,
            r.member.nip,
            r.member.jabatan,
            ROLE_LABELS[r.member.role],
            ATTENDANCE_LABELS.get(r.status or "tidak_hadir", "Tidak hadir"),
            r.represented_by,
        )
        for r in rows
    )
    stepped_out: dict[int, list[str]] = {}
    members = {r.member.id: r.member for r in rows}
    for c in session.scalars(select(ConflictOfInterest).where(ConflictOfInterest.meeting_id == meeting_id)):
        name = members[c.member_id].nama if c.member_id in members else f"anggota #{c.member_id}"
        stepped_out.setdefault(c.person_id, []).append(f"{name} ({RELATION_LABELS[c.relation]})")

    people: dict[int, Person] = {}

    def person(pid: int | None) -> Person | None:
        if pid is None:
            return None
        if pid not in people:
            people[pid] = session.get(Person, pid)
        return people[pid]

    decisions: list[DecisionRow] = []
    for cal in session.scalars(
        select(Calibration).where(Calibration.meeting_id == meeting_id).order_by(Calibration.id)
    ):
        p = person(cal.person_id)
        decisions.append(
            DecisionRow(
                len(decisions) + 1,
                DECISION_LABELS["kalibrasi"],
                p.nip,
                p.nama,
                p.jabatan_nama,
                box_number(cal.kinerja_before, cal.potensial_before) if cal.kinerja_before else None,
                box_number(cal.kinerja_after, cal.potensial_after),
                cal.reason,
                "Pembatalan keputusan sebelumnya" if cal.reverses_id else None,
                tuple(stepped_out.get(cal.person_id, ())),
            )
        )
    krs: dict[str, list[tuple[int, str, str]]] = {}  # target → (box, name, line), ranked below
    for d in session.scalars(select(Decision).where(Decision.meeting_id == meeting_id).order_by(Decision.id)):
        p = person(d.person_id)
        decisions.append(
            DecisionRow(
                len(decisions) + 1,
                DECISION_LABELS[d.kind],
                p.nip if p else None,
                p.nama if p else None,
                p.jabatan_nama if p else None,
                None,
                None,
                d.text,
                d.basis,
                tuple(stepped_out.get(d.person_id, ())) if d.person_id else (),
            )
        )
        if d.kind in ("krs", "suksesor") and p is not None:
            target = d.basis or "Kelompok Rencana Suksesi Instansi"
            box = current_box(session, row.period_id, p.id)[1]
            line = f"{p.nama} ({format_nip(p.nip)})" + (f" — kotak {box}" if box else "")
            if all(existing[2] != line for existing in krs.get(target, ())):
                krs.setdefault(target, []).append((box or 0, p.nama, line))
    follow_ups = tuple(
        FollowUpRow(f.task, f.owner, f.due_on)
        for f in session.scalars(
            select(FollowUp).where(FollowUp.meeting_id == meeting_id).order_by(FollowUp.id)
        )
    )
    agenda = tuple(
        session.scalars(
            select(AgendaItem.text).where(AgendaItem.meeting_id == meeting_id).order_by(AgendaItem.position)
        )
    )
    city = signing_city(session) or row.place
    time = f"{row.starts_at}–{row.ends_at} WIB" if row.ends_at else f"{row.starts_at} WIB s.d. selesai"
    legal_basis = (
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 3 Tahun 2020 tentang "
        "Manajemen Talenta Aparatur Sipil Negara",
        f"{committee.sk_title or 'Keputusan Pejabat Pembina Kepegawaian tentang Komite Talenta'} Nomor "
        f"{committee.sk_number} tanggal {format_tanggal(committee.sk_date)}",
    )
    opening = template.fill_opening(
        {
            "hari_tanggal": _day_date(row.held_on),
            "waktu": time,
            "tempat": row.place,
            "komite": committee.name,
            "acara": row.title[:1].lower() + row.title[1:],
            "periode": period.label,
            "nomor": row.number,
        }
    )
    corrects = None
    if row.corrects_meeting_id:
        corrects = session.get(Meeting, row.corrects_meeting_id).number
    signatories = tuple(
        Signatory(
            f"{ROLE_LABELS[r.member.role]} {committee.name}" if r.member.role != "anggota" else "Anggota",
            r.member.nama,
            r.member.nip,
            r.status in ("hadir", "diwakili"),
        )
        for r in rows
        if template.signers == "semua"
        or (template.signers == "hadir" and r.status in ("hadir", "diwakili"))
        or (template.signers == "pimpinan" and r.member.role in ("ketua", "sekretaris"))
    )
    acknowledger = None
    if template.mengetahui_nama:
        acknowledger = Signatory(
            template.mengetahui_jabatan, template.mengetahui_nama, template.mengetahui_nip or None
        )
    return BeritaAcaraDocument(
        kop=kop,
        number=row.number,
        title="BERITA ACARA RAPAT KOMITE TALENTA",
        subtitle=f"{row.title} Periode {period.label}",
        legal_basis=legal_basis,
        opening=opening,
        place=row.place,
        day_date=_day_date(row.held_on),
        time=time,
        period_label=period.label,
        quorum=quorum(session, meeting_id).describe(),
        attendees=attendees,
        agenda=agenda,
        decisions=tuple(decisions),
        krs=tuple(  # ranked as DOMAIN §6 ranks candidates: box 9 > 8 > 7, then by name
            KrsRow(target, tuple(line for _, _, line in sorted(rows, key=lambda r: (-r[0], r[1]))))
            for target, rows in krs.items()
        ),
        follow_ups=follow_ups,
        minutes=row.minutes_draft if row.minutes_draft is not None else (row.minutes or ""),
        closing=template.closing,
        city=city,
        signed_date=format_tanggal(row.held_on),
        signatories=signatories,
        corrects=corrects,
        acknowledger=acknowledger,
    )
