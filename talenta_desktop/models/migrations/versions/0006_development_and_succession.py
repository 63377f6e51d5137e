"""Individual development plans with their activities; critical posts and their successors.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import talenta_desktop.models.base

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "critical_post",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("jabatan_nama", sa.String(length=250), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("jenis_jabatan", sa.String(length=12), nullable=True),
        sa.Column("jenjang_jabatan", sa.String(length=30), nullable=False),
        sa.Column("eselon", sa.String(length=2), nullable=True),
        sa.Column("min_golongan", sa.String(length=5), nullable=True),
        sa.Column("bup", sa.Integer(), nullable=True),
        sa.Column("incumbent_id", sa.Integer(), nullable=True),
        sa.Column("successors_needed", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", talenta_desktop.models.base.UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["incumbent_id"],
            ["person.id"],
            name=op.f("fk_critical_post_incumbent_id_person"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["unit.id"], name=op.f("fk_critical_post_unit_id_unit"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_critical_post")),
    )
    op.create_table(
        "development_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("period_id", sa.Integer(), nullable=False),
        sa.Column("kinerja_level", sa.Integer(), nullable=True),
        sa.Column("potensial_level", sa.Integer(), nullable=True),
        sa.Column("target_jabatan", sa.String(length=250), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", talenta_desktop.models.base.UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["meeting_decision.id"],
            name=op.f("fk_development_plan_decision_id_meeting_decision"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["period_id"],
            ["talent_period.id"],
            name=op.f("fk_development_plan_period_id_talent_period"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_development_plan_person_id_person"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_development_plan")),
        sa.UniqueConstraint("person_id", "period_id", name="uq_development_plan_person_period"),
    )
    with op.batch_alter_table("development_plan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_development_plan_person_id"), ["person_id"], unique=False)

    op.create_table(
        "successor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("period_id", sa.Integer(), nullable=False),
        sa.Column("readiness", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", talenta_desktop.models.base.UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["meeting_decision.id"],
            name=op.f("fk_successor_decision_id_meeting_decision"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["period_id"],
            ["talent_period.id"],
            name=op.f("fk_successor_period_id_talent_period"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_successor_person_id_person"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["post_id"],
            ["critical_post.id"],
            name=op.f("fk_successor_post_id_critical_post"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_successor")),
        sa.UniqueConstraint("post_id", "person_id", "period_id", name="uq_successor"),
    )
    with op.batch_alter_table("successor", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_successor_post_id"), ["post_id"], unique=False)

    op.create_table(
        "development_activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=250), nullable=False),
        sa.Column("form", sa.String(length=12), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("category", sa.String(length=2), nullable=False),
        sa.Column("jp", sa.Integer(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("mentor_name", sa.String(length=250), nullable=True),
        sa.Column("mentor_type", sa.String(length=12), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=True),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("source", sa.String(length=12), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["development_plan.id"],
            name=op.f("fk_development_activity_plan_id_development_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_development_activity")),
    )
    with op.batch_alter_table("development_activity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_development_activity_plan_id"), ["plan_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("development_activity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_development_activity_plan_id"))

    op.drop_table("development_activity")
    with op.batch_alter_table("successor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_successor_post_id"))

    op.drop_table("successor")
    with op.batch_alter_table("development_plan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_development_plan_person_id"))

    op.drop_table("development_plan")
    op.drop_table("critical_post")
