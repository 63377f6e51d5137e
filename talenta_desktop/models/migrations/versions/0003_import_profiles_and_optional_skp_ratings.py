"""Import profiles; SKP ratings may be unknown (many regional files carry only the predikat).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import talenta_desktop.models.base

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "import_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("mapping", sa.JSON(), nullable=False),
        sa.Column("sheet", sa.String(length=120), nullable=True),
        sa.Column("created_at", talenta_desktop.models.base.UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.CheckConstraint("kind in ('personnel', 'skp', 'assessment')", name=op.f("ck_import_profile_kind")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_profile")),
        sa.UniqueConstraint("name", name=op.f("uq_import_profile_name")),
    )
    with op.batch_alter_table("skp", schema=None) as batch_op:
        batch_op.alter_column("hasil_kerja", existing_type=sa.INTEGER(), nullable=True)
        batch_op.alter_column("perilaku_kerja", existing_type=sa.INTEGER(), nullable=True)


def downgrade() -> None:
    with op.batch_alter_table("skp", schema=None) as batch_op:
        batch_op.alter_column("perilaku_kerja", existing_type=sa.INTEGER(), nullable=False)
        batch_op.alter_column("hasil_kerja", existing_type=sa.INTEGER(), nullable=False)

    op.drop_table("import_profile")
