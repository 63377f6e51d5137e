"""Komite Talenta: committees, members, meetings with agenda, attendance, notes, decisions, conflicts of
interest and follow-ups; calibrations link to the meeting they were made in.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import talenta_desktop.models.base

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "committee",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("sk_number", sa.String(length=120), nullable=False),
        sa.Column("sk_date", sa.Date(), nullable=False),
        sa.Column("sk_title", sa.String(length=300), nullable=True),
        sa.Column("serves_from", sa.Date(), nullable=False),
        sa.Column("serves_until", sa.Date(), nullable=True),
        sa.Column("quorum", sa.Integer(), nullable=True),
        sa.Column("created_at", talenta_desktop.models.base.UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_committee")),
    )
    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("committee_id", sa.Integer(), nullable=False),
        sa.Column("period_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=120), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("starts_at", sa.String(length=5), nullable=False),
        sa.Column("ends_at", sa.String(length=5), nullable=True),
        sa.Column("place", sa.String(length=250), nullable=False),
        sa.Column("status", sa.String(length=6), nullable=False),
        sa.Column("minutes", sa.Text(), nullable=False),
        sa.Column("minutes_draft", sa.Text(), nullable=True),
        sa.Column("minutes_draft_at", talenta_desktop.models.base.UTCDateTime(), nullable=True),
        sa.Column("corrects_meeting_id", sa.Integer(), nullable=True),
        sa.Column("finalized_at", talenta_desktop.models.base.UTCDateTime(), nullable=True),
        sa.Column("finalized_by", sa.String(length=80), nullable=True),
        sa.Column("document", sa.Text(), nullable=True),
        sa.Column("fingerprint", sa.String(length=64), nullable=True),
        sa.Column("created_at", talenta_desktop.models.base.UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.CheckConstraint("status in ('draft', 'active', 'final')", name=op.f("ck_meeting_status")),
        sa.ForeignKeyConstraint(
            ["committee_id"],
            ["committee.id"],
            name=op.f("fk_meeting_committee_id_committee"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["corrects_meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_corrects_meeting_id_meeting"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["period_id"],
            ["talent_period.id"],
            name=op.f("fk_meeting_period_id_talent_period"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
        sa.UniqueConstraint("committee_id", "number", name=op.f("uq_meeting_committee_id_number")),
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_committee_id"), ["committee_id"], unique=False)

    op.create_table(
        "committee_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("committee_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("nama", sa.String(length=250), nullable=False),
        sa.Column("nip", sa.String(length=18), nullable=True),
        sa.Column("jabatan", sa.String(length=250), nullable=True),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("sign_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "role in ('ketua', 'sekretaris', 'anggota')", name=op.f("ck_committee_member_role")
        ),
        sa.ForeignKeyConstraint(
            ["committee_id"],
            ["committee.id"],
            name=op.f("fk_committee_member_committee_id_committee"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_committee_member_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_committee_member")),
    )
    with op.batch_alter_table("committee_member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_committee_member_committee_id"), ["committee_id"], unique=False)

    op.create_table(
        "meeting_agenda",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_agenda_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_agenda")),
    )
    with op.batch_alter_table("meeting_agenda", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_agenda_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "meeting_follow_up",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("task", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=250), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_follow_up_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_follow_up")),
    )
    with op.batch_alter_table("meeting_follow_up", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_follow_up_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "meeting_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("discussed", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_note_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_meeting_note_person_id_person"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_note")),
        sa.UniqueConstraint("meeting_id", "person_id", name=op.f("uq_meeting_note_meeting_id_person_id")),
    )
    with op.batch_alter_table("meeting_note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_note_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "meeting_attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("represented_by", sa.String(length=250), nullable=True),
        sa.CheckConstraint(
            "status != 'diwakili' or length(trim(represented_by)) > 0",
            name=op.f("ck_meeting_attendance_representative"),
        ),
        sa.CheckConstraint(
            "status in ('hadir', 'tidak_hadir', 'diwakili')", name=op.f("ck_meeting_attendance_status")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_attendance_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["committee_member.id"],
            name=op.f("fk_meeting_attendance_member_id_committee_member"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_attendance")),
        sa.UniqueConstraint(
            "meeting_id", "member_id", name=op.f("uq_meeting_attendance_meeting_id_member_id")
        ),
    )
    with op.batch_alter_table("meeting_attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_attendance_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "meeting_conflict",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("relation", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "relation in ('diri_sendiri', 'keluarga', 'bawahan_langsung', 'lainnya')",
            name=op.f("ck_meeting_conflict_relation"),
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_conflict_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["committee_member.id"],
            name=op.f("fk_meeting_conflict_member_id_committee_member"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_meeting_conflict_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_conflict")),
        sa.UniqueConstraint(
            "meeting_id",
            "member_id",
            "person_id",
            name=op.f("uq_meeting_conflict_meeting_id_member_id_person_id"),
        ),
    )
    with op.batch_alter_table("meeting_conflict", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_conflict_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "meeting_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("calibration_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("basis", sa.Text(), nullable=True),
        sa.Column("created_at", talenta_desktop.models.base.UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.CheckConstraint(
            "kind in ('kalibrasi', 'krs', 'suksesor', 'idp', 'lainnya')",
            name=op.f("ck_meeting_decision_kind"),
        ),
        sa.CheckConstraint("length(trim(text)) > 0", name=op.f("ck_meeting_decision_text_required")),
        sa.ForeignKeyConstraint(
            ["calibration_id"],
            ["calibration.id"],
            name=op.f("fk_meeting_decision_calibration_id_calibration"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_decision_meeting_id_meeting"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_meeting_decision_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_decision")),
    )
    with op.batch_alter_table("meeting_decision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_decision_meeting_id"), ["meeting_id"], unique=False)

    with op.batch_alter_table("calibration", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_calibration_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_calibration_meeting_id_meeting"),
            "meeting",
            ["meeting_id"],
            ["id"],
            ondelete="RESTRICT",
        )


def downgrade() -> None:
    with op.batch_alter_table("calibration", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_calibration_meeting_id_meeting"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_calibration_meeting_id"))

    with op.batch_alter_table("meeting_decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_decision_meeting_id"))

    op.drop_table("meeting_decision")
    with op.batch_alter_table("meeting_conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_conflict_meeting_id"))

    op.drop_table("meeting_conflict")
    with op.batch_alter_table("meeting_attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_attendance_meeting_id"))

    op.drop_table("meeting_attendance")
    with op.batch_alter_table("meeting_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_note_meeting_id"))

    op.drop_table("meeting_note")
    with op.batch_alter_table("meeting_follow_up", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_follow_up_meeting_id"))

    op.drop_table("meeting_follow_up")
    with op.batch_alter_table("meeting_agenda", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_agenda_meeting_id"))

    op.drop_table("meeting_agenda")
    with op.batch_alter_table("committee_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_committee_member_committee_id"))

    op.drop_table("committee_member")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_committee_id"))

    op.drop_table("meeting")
    op.drop_table("committee")
