"""Komite Talenta: committees, their members, meetings and what a meeting records (DOMAIN §5).

A meeting moves draft → active → final. Finalising locks the meeting and everything linked to it
(calibrations, decisions, notes); a correction afterwards is a new meeting that names the old one in
``corrects_meeting_id``. The minutes have an unaudited autosaved draft beside the saved text, so a power
cut loses only the last seconds while the audit log records each real save, not each keystroke.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, UTCDateTime, utcnow

ROLES = ("ketua", "sekretaris", "anggota")
ATTENDANCE = ("hadir", "tidak_hadir", "diwakili")
MEETING_STATUSES = ("draft", "active", "final")
DECISION_KINDS = ("kalibrasi", "krs", "suksesor", "idp", "lainnya")
CONFLICT_RELATIONS = ("diri_sendiri", "keluarga", "bawahan_langsung", "lainnya")


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} in ({', '.join(repr(v) for v in values)})"


class Committee(Base):
    """A Komite Talenta as established by an SK of the PPK."""

    __tablename__ = "committee"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    sk_number: Mapped[str] = mapped_column(String(120))
    sk_date: Mapped[date] = mapped_column(Date)
    sk_title: Mapped[str | None] = mapped_column(String(300))  # "Keputusan Bupati … tentang Komite Talenta"
    serves_from: Mapped[date] = mapped_column(Date)
    serves_until: Mapped[date | None] = mapped_column(Date)
    quorum: Mapped[int | None]  # members present needed; None: more than half of the members
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80))


class CommitteeMember(Base):
    """A member, from the personnel list (person_id) or from outside (name and jabatan only)."""

    __tablename__ = "committee_member"
    __table_args__ = (CheckConstraint(_one_of("role", ROLES), name="role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committee.id", ondelete="RESTRICT"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    nama: Mapped[str] = mapped_column(String(250))  # with gelar, as signed
    nip: Mapped[str | None] = mapped_column(String(18))
    jabatan: Mapped[str | None] = mapped_column(String(250))
    role: Mapped[str] = mapped_column(String(10))
    sign_order: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class Meeting(Base):
    __tablename__ = "meeting"
    __table_args__ = (
        CheckConstraint(_one_of("status", MEETING_STATUSES), name="status"),
        UniqueConstraint("committee_id", "number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committee.id", ondelete="RESTRICT"), index=True)
    period_id: Mapped[int] = mapped_column(ForeignKey("talent_period.id", ondelete="RESTRICT"))
    number: Mapped[str] = mapped_column(String(120))  # the berita acara number
    title: Mapped[str] = mapped_column(String(300))
    held_on: Mapped[date] = mapped_column(Date)
    starts_at: Mapped[str] = mapped_column(String(5))  # "09.00", local time as written on the document
    ends_at: Mapped[str | None] = mapped_column(String(5))
    place: Mapped[str] = mapped_column(String(250))
    status: Mapped[str] = mapped_column(String(6), default="draft")
    minutes: Mapped[str] = mapped_column(Text, default="")
    minutes_draft: Mapped[str | None] = mapped_column(Text)  # autosaved, not yet saved
    minutes_draft_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    corrects_meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="RESTRICT"))
    finalized_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    finalized_by: Mapped[str | None] = mapped_column(String(80))
    # the berita acara as finalised (canonical JSON) and its SHA-256: the record does not follow later
    # changes of personnel data, and a changed snapshot no longer matches its fingerprint
    document: Mapped[str | None] = mapped_column(Text)
    fingerprint: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80))


class AgendaItem(Base):
    __tablename__ = "meeting_agenda"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    text: Mapped[str] = mapped_column(Text)


class Attendance(Base):
    __tablename__ = "meeting_attendance"
    __table_args__ = (
        UniqueConstraint("meeting_id", "member_id"),
        CheckConstraint(_one_of("status", ATTENDANCE), name="status"),
        CheckConstraint("status != 'diwakili' or length(trim(represented_by)) > 0", name="representative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("committee_member.id", ondelete="RESTRICT"))
    status: Mapped[str] = mapped_column(String(12))
    represented_by: Mapped[str | None] = mapped_column(String(250))


class DiscussionNote(Base):
    """What was said about one person, and whether the committee has discussed them ("dibahas")."""

    __tablename__ = "meeting_note"
    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    text: Mapped[str] = mapped_column(Text, default="")
    discussed: Mapped[bool] = mapped_column(default=False)


class Decision(Base):
    __tablename__ = "meeting_decision"
    __table_args__ = (
        CheckConstraint(_one_of("kind", DECISION_KINDS), name="kind"),
        CheckConstraint("length(trim(text)) > 0", name="text_required"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="RESTRICT"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    calibration_id: Mapped[int | None] = mapped_column(ForeignKey("calibration.id", ondelete="RESTRICT"))
    text: Mapped[str] = mapped_column(Text)  # what was decided
    basis: Mapped[str | None] = mapped_column(Text)  # dasar
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80))


class ConflictOfInterest(Base):
    """A member who stepped out while one person was discussed."""

    __tablename__ = "meeting_conflict"
    __table_args__ = (
        UniqueConstraint("meeting_id", "member_id", "person_id"),
        CheckConstraint(_one_of("relation", CONFLICT_RELATIONS), name="relation"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("committee_member.id", ondelete="RESTRICT"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    relation: Mapped[str] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)


class FollowUp(Base):
    __tablename__ = "meeting_follow_up"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    task: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(250))
    due_on: Mapped[date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(default=False)
