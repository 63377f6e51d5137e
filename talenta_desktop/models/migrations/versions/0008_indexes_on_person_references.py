"""Indexes on the columns that reference a person, so deleting or looking up one person (retention,
a profile, the audit viewer's person filter) does not scan whole placement and calibration tables.

Revision ID: 0008
Revises: 0007
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = (
    ("calibration", "person_id"),
    ("committee_member", "person_id"),
    ("critical_post", "incumbent_id"),
    ("meeting_conflict", "person_id"),
    ("meeting_decision", "person_id"),
    ("meeting_note", "person_id"),
    ("placement", "person_id"),
    ("successor", "person_id"),
)


def upgrade() -> None:
    for table, column in INDEXES:
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column])


def downgrade() -> None:
    for table, column in INDEXES:
        op.drop_index(op.f(f"ix_{table}_{column}"), table_name=table)
