"""Core schema: instansi, unit tree, personnel, users and the audit log.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import talenta_desktop.models.base

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "app_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=60), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("nip", sa.String(length=18), nullable=True),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("password_hash", sa.String(length=300), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", talenta_desktop.models.base.UTCDateTime(), nullable=True),
        sa.Column("created_at", talenta_desktop.models.base.UTCDateTime(), nullable=False),
        sa.CheckConstraint(
            "role in ('administrator', 'operator', 'komite', 'pembaca')", name=op.f("ck_app_user_role")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
        sa.UniqueConstraint("username", name=op.f("uq_app_user_username")),
    )
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", talenta_desktop.models.base.UTCDateTime(), nullable=False),
        sa.Column("actor", sa.String(length=80), nullable=False),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("entity", sa.String(length=60), nullable=True),
        sa.Column("entity_id", sa.String(length=60), nullable=True),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
        sa.UniqueConstraint("hash", name=op.f("uq_audit_event_hash")),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_event_action"), ["action"], unique=False)

    op.create_table(
        "instansi",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kode", sa.String(length=40), nullable=True),
        sa.Column("nama", sa.String(length=200), nullable=False),
        sa.Column("jenis", sa.String(length=20), nullable=False),
        sa.Column("ibu_kota", sa.String(length=100), nullable=True),
        sa.Column("alamat", sa.String(length=300), nullable=True),
        sa.Column("nama_bkpsdm", sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_instansi")),
        sa.UniqueConstraint("kode", name=op.f("uq_instansi_kode")),
    )
    op.create_table(
        "unit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("instansi_id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("kode", sa.String(length=60), nullable=True),
        sa.Column("nama", sa.String(length=250), nullable=False),
        sa.Column("jenis", sa.String(length=30), nullable=False),
        sa.Column("path", sa.String(length=400), nullable=False),
        sa.Column("urutan", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["instansi_id"], ["instansi.id"], name=op.f("fk_unit_instansi_id_instansi"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["unit.id"], name=op.f("fk_unit_parent_id_unit"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit")),
        sa.UniqueConstraint("kode", name=op.f("uq_unit_kode")),
    )
    with op.batch_alter_table("unit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_unit_instansi_id"), ["instansi_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_unit_parent_id"), ["parent_id"], unique=False)
        batch_op.create_index("ix_unit_path", ["path"], unique=False)

    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("nip", sa.String(length=18), nullable=False),
        sa.Column("nip_lama", sa.String(length=9), nullable=True),
        sa.Column("nama", sa.String(length=200), nullable=False),
        sa.Column("gelar_depan", sa.String(length=60), nullable=True),
        sa.Column("gelar_belakang", sa.String(length=100), nullable=True),
        sa.Column("tempat_lahir", sa.String(length=100), nullable=True),
        sa.Column("tanggal_lahir", sa.Date(), nullable=False),
        sa.Column("jenis_kelamin", sa.String(length=1), nullable=False),
        sa.Column("agama", sa.String(length=30), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("no_hp", sa.String(length=30), nullable=True),
        sa.Column("jenis_pegawai", sa.String(length=4), nullable=False),
        sa.Column("kedudukan", sa.String(length=60), nullable=True),
        sa.Column("tingkat_pendidikan", sa.String(length=20), nullable=True),
        sa.Column("pendidikan_nama", sa.String(length=200), nullable=True),
        sa.Column("tahun_lulus", sa.Integer(), nullable=True),
        sa.Column("tmt_cpns", sa.Date(), nullable=True),
        sa.Column("tmt_pns", sa.Date(), nullable=True),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("jabatan_nama", sa.String(length=250), nullable=True),
        sa.Column("jenis_jabatan", sa.String(length=12), nullable=True),
        sa.Column("jenjang_jabatan", sa.String(length=30), nullable=True),
        sa.Column("eselon", sa.String(length=2), nullable=True),
        sa.Column("tmt_jabatan", sa.Date(), nullable=True),
        sa.Column("golongan", sa.String(length=5), nullable=True),
        sa.Column("tmt_golongan", sa.Date(), nullable=True),
        sa.Column("mk_tahun", sa.Integer(), nullable=True),
        sa.Column("mk_bulan", sa.Integer(), nullable=True),
        sa.Column("bup", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "jenis_jabatan is null or jenis_jabatan in ('struktural', 'fungsional', 'pelaksana')",
            name=op.f("ck_person_jenis_jabatan"),
        ),
        sa.CheckConstraint("jenis_kelamin in ('L', 'P')", name=op.f("ck_person_jenis_kelamin")),
        sa.CheckConstraint("jenis_pegawai in ('PNS', 'PPPK')", name=op.f("ck_person_jenis_pegawai")),
        sa.CheckConstraint("length(nip) = 18", name=op.f("ck_person_nip_length")),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["unit.id"], name=op.f("fk_person_unit_id_unit"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
        sa.UniqueConstraint("nip", name=op.f("uq_person_nip")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index("ix_person_unit_id", ["unit_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index("ix_person_unit_id")

    op.drop_table("person")
    with op.batch_alter_table("unit", schema=None) as batch_op:
        batch_op.drop_index("ix_unit_path")
        batch_op.drop_index(batch_op.f("ix_unit_parent_id"))
        batch_op.drop_index(batch_op.f("ix_unit_instansi_id"))

    op.drop_table("unit")
    op.drop_table("instansi")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_event_action"))

    op.drop_table("audit_event")
    op.drop_table("app_user")
