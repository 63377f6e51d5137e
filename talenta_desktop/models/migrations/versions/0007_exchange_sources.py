"""Exchange sources: installations packages were imported from, pinned to their signing keys.

Revision ID: 0007
Revises: 0006
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import talenta_desktop.models.base

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "exchange_source",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("installation_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("first_import_at", talenta_desktop.models.base.UTCDateTime(), nullable=False),
        sa.Column("first_import_by", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_source")),
        sa.UniqueConstraint("installation_id", name=op.f("uq_exchange_source_installation_id")),
    )


def downgrade() -> None:
    op.drop_table("exchange_source")
