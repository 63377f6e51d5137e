"""Histories, SKP, assessments, talent periods, scoring schemes, placements and calibrations.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import talenta_desktop.models.base

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "scoring_scheme",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("params", sa.JSON(), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.Column("created_at", talenta_desktop.models.base.UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scoring_scheme")),
        sa.UniqueConstraint("name", "version", name=op.f("uq_scoring_scheme_name_version")),
    )
    op.create_table(
        "talent_period",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=40), nullable=False),
        sa.Column("skp_year_from", sa.Integer(), nullable=False),
        sa.Column("skp_year_to", sa.Integer(), nullable=False),
        sa.Column("reference_date", sa.Date(), nullable=False),
        sa.Column("assessment_valid_years", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=6), nullable=False),
        sa.Column("scheme_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("status in ('open', 'closed')", name=op.f("ck_talent_period_status")),
        sa.CheckConstraint("skp_year_from <= skp_year_to", name=op.f("ck_talent_period_skp_years")),
        sa.ForeignKeyConstraint(
            ["scheme_id"],
            ["scoring_scheme.id"],
            name=op.f("fk_talent_period_scheme_id_scoring_scheme"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_talent_period")),
        sa.UniqueConstraint("label", name=op.f("uq_talent_period_label")),
    )
    op.create_table(
        "mapping_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period_id", sa.Integer(), nullable=False),
        sa.Column("scheme_id", sa.Integer(), nullable=False),
        sa.Column("computed_at", talenta_desktop.models.base.UTCDateTime(), nullable=False),
        sa.Column("computed_by", sa.String(length=80), nullable=False),
        sa.Column("placed_count", sa.Integer(), nullable=False),
        sa.Column("holding_count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["period_id"],
            ["talent_period.id"],
            name=op.f("fk_mapping_run_period_id_talent_period"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["scheme_id"],
            ["scoring_scheme.id"],
            name=op.f("fk_mapping_run_scheme_id_scoring_scheme"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mapping_run")),
    )
    with op.batch_alter_table("mapping_run", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mapping_run_period_id"), ["period_id"], unique=False)

    op.create_table(
        "assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("tanggal", sa.Date(), nullable=False),
        sa.Column("jenis", sa.String(length=40), nullable=False),
        sa.Column("lembaga", sa.String(length=200), nullable=True),
        sa.Column("jpm", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("nilai_manajerial", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("nilai_sosial_kultural", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("nilai_teknis", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("nilai_potensi", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("kategori", sa.String(length=40), nullable=True),
        sa.CheckConstraint("jpm is null or (jpm >= 0 and jpm <= 100)", name=op.f("ck_assessment_jpm_range")),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_assessment_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment")),
    )
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assessment_person_id"), ["person_id"], unique=False)

    op.create_table(
        "calibration",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("kinerja_before", sa.Integer(), nullable=True),
        sa.Column("potensial_before", sa.Integer(), nullable=True),
        sa.Column("kinerja_after", sa.Integer(), nullable=False),
        sa.Column("potensial_after", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.String(length=80), nullable=False),
        sa.Column("decided_at", talenta_desktop.models.base.UTCDateTime(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("reverses_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("kinerja_after between 1 and 3", name=op.f("ck_calibration_kinerja_after")),
        sa.CheckConstraint("length(trim(reason)) > 0", name=op.f("ck_calibration_reason_required")),
        sa.CheckConstraint("potensial_after between 1 and 3", name=op.f("ck_calibration_potensial_after")),
        sa.ForeignKeyConstraint(
            ["period_id"],
            ["talent_period.id"],
            name=op.f("fk_calibration_period_id_talent_period"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_calibration_person_id_person"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["reverses_id"],
            ["calibration.id"],
            name=op.f("fk_calibration_reverses_id_calibration"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calibration")),
    )
    with op.batch_alter_table("calibration", schema=None) as batch_op:
        batch_op.create_index("ix_calibration_period_person", ["period_id", "person_id"], unique=False)

    op.create_table(
        "placement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("period_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("nilai_kinerja", sa.Numeric(precision=6, scale=2), nullable=True),
        sa.Column("nilai_potensial", sa.Numeric(precision=6, scale=2), nullable=True),
        sa.Column("nilai_talenta", sa.Numeric(precision=6, scale=2), nullable=True),
        sa.Column("kinerja_level", sa.Integer(), nullable=True),
        sa.Column("potensial_level", sa.Integer(), nullable=True),
        sa.Column("holding_reason", sa.Text(), nullable=True),
        sa.Column("components", sa.JSON(), nullable=True),
        sa.CheckConstraint(
            "(kinerja_level is not null and potensial_level is not null and holding_reason is null) or (kinerja_level is null and potensial_level is null and holding_reason is not null)",
            name=op.f("ck_placement_placed_or_held"),
        ),
        sa.CheckConstraint(
            "kinerja_level is null or kinerja_level between 1 and 3", name=op.f("ck_placement_kinerja_level")
        ),
        sa.CheckConstraint(
            "potensial_level is null or potensial_level between 1 and 3",
            name=op.f("ck_placement_potensial_level"),
        ),
        sa.ForeignKeyConstraint(
            ["period_id"],
            ["talent_period.id"],
            name=op.f("fk_placement_period_id_talent_period"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_placement_person_id_person"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["run_id"], ["mapping_run.id"], name=op.f("fk_placement_run_id_mapping_run"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placement")),
        sa.UniqueConstraint("run_id", "person_id", name=op.f("uq_placement_run_id_person_id")),
    )
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.create_index("ix_placement_period_person", ["period_id", "person_id"], unique=False)

    op.create_table(
        "riwayat_diklat",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("nama", sa.String(length=250), nullable=False),
        sa.Column("jenis", sa.String(length=30), nullable=False),
        sa.Column("penyelenggara", sa.String(length=200), nullable=True),
        sa.Column("tanggal_mulai", sa.Date(), nullable=False),
        sa.Column("tanggal_selesai", sa.Date(), nullable=True),
        sa.Column("jp", sa.Integer(), nullable=False),
        sa.CheckConstraint("jp >= 0", name=op.f("ck_riwayat_diklat_jp_nonnegative")),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_riwayat_diklat_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_riwayat_diklat")),
    )
    with op.batch_alter_table("riwayat_diklat", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_riwayat_diklat_person_id"), ["person_id"], unique=False)

    op.create_table(
        "riwayat_golongan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("golongan", sa.String(length=5), nullable=False),
        sa.Column("tmt", sa.Date(), nullable=False),
        sa.Column("nomor_sk", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_riwayat_golongan_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_riwayat_golongan")),
    )
    with op.batch_alter_table("riwayat_golongan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_riwayat_golongan_person_id"), ["person_id"], unique=False)

    op.create_table(
        "riwayat_hukdis",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("tingkat", sa.String(length=6), nullable=False),
        sa.Column("jenis", sa.String(length=200), nullable=False),
        sa.Column("tmt", sa.Date(), nullable=False),
        sa.Column("tanggal_akhir", sa.Date(), nullable=True),
        sa.Column("keterangan", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "tingkat in ('ringan', 'sedang', 'berat')", name=op.f("ck_riwayat_hukdis_tingkat")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_riwayat_hukdis_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_riwayat_hukdis")),
    )
    with op.batch_alter_table("riwayat_hukdis", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_riwayat_hukdis_person_id"), ["person_id"], unique=False)

    op.create_table(
        "riwayat_jabatan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("jabatan_nama", sa.String(length=250), nullable=False),
        sa.Column("jenis_jabatan", sa.String(length=12), nullable=True),
        sa.Column("jenjang_jabatan", sa.String(length=30), nullable=True),
        sa.Column("eselon", sa.String(length=2), nullable=True),
        sa.Column("unit_nama", sa.String(length=250), nullable=True),
        sa.Column("tmt", sa.Date(), nullable=False),
        sa.Column("nomor_sk", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_riwayat_jabatan_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_riwayat_jabatan")),
    )
    with op.batch_alter_table("riwayat_jabatan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_riwayat_jabatan_person_id"), ["person_id"], unique=False)

    op.create_table(
        "riwayat_pendidikan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("tingkat", sa.String(length=20), nullable=False),
        sa.Column("nama", sa.String(length=200), nullable=True),
        sa.Column("tahun_lulus", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_riwayat_pendidikan_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_riwayat_pendidikan")),
    )
    with op.batch_alter_table("riwayat_pendidikan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_riwayat_pendidikan_person_id"), ["person_id"], unique=False)

    op.create_table(
        "riwayat_penghargaan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("nama", sa.String(length=250), nullable=False),
        sa.Column("tingkat", sa.String(length=30), nullable=True),
        sa.Column("tanggal", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_riwayat_penghargaan_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_riwayat_penghargaan")),
    )
    with op.batch_alter_table("riwayat_penghargaan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_riwayat_penghargaan_person_id"), ["person_id"], unique=False)

    op.create_table(
        "skp",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("tahun", sa.Integer(), nullable=False),
        sa.Column("hasil_kerja", sa.Integer(), nullable=False),
        sa.Column("perilaku_kerja", sa.Integer(), nullable=False),
        sa.Column("predikat", sa.String(length=20), nullable=False),
        sa.Column("nilai", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.CheckConstraint("hasil_kerja between 1 and 3", name=op.f("ck_skp_hasil_kerja")),
        sa.CheckConstraint("perilaku_kerja between 1 and 3", name=op.f("ck_skp_perilaku_kerja")),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_skp_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skp")),
    )
    with op.batch_alter_table("skp", schema=None) as batch_op:
        batch_op.create_index("uq_skp_person_tahun", ["person_id", "tahun"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("skp", schema=None) as batch_op:
        batch_op.drop_index("uq_skp_person_tahun")

    op.drop_table("skp")
    with op.batch_alter_table("riwayat_penghargaan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_riwayat_penghargaan_person_id"))

    op.drop_table("riwayat_penghargaan")
    with op.batch_alter_table("riwayat_pendidikan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_riwayat_pendidikan_person_id"))

    op.drop_table("riwayat_pendidikan")
    with op.batch_alter_table("riwayat_jabatan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_riwayat_jabatan_person_id"))

    op.drop_table("riwayat_jabatan")
    with op.batch_alter_table("riwayat_hukdis", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_riwayat_hukdis_person_id"))

    op.drop_table("riwayat_hukdis")
    with op.batch_alter_table("riwayat_golongan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_riwayat_golongan_person_id"))

    op.drop_table("riwayat_golongan")
    with op.batch_alter_table("riwayat_diklat", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_riwayat_diklat_person_id"))

    op.drop_table("riwayat_diklat")
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.drop_index("ix_placement_period_person")

    op.drop_table("placement")
    with op.batch_alter_table("calibration", schema=None) as batch_op:
        batch_op.drop_index("ix_calibration_period_person")

    op.drop_table("calibration")
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessment_person_id"))

    op.drop_table("assessment")
    with op.batch_alter_table("mapping_run", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mapping_run_period_id"))

    op.drop_table("mapping_run")
    op.drop_table("talent_period")
    op.drop_table("scoring_scheme")
