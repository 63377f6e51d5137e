"""The instansi (the pemda) and its tree of units (unor/OPD)."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base


class Instansi(Base):
    """The regional government whose civil servants are managed (kabupaten, kota or provinsi)."""

    __tablename__ = "instansi"

    id: Mapped[int] = mapped_column(primary_key=True)
    kode: Mapped[str | None] = mapped_column(String(40), unique=True)  # SIASN instansiKerjaId
    nama: Mapped[str] = mapped_column(String(200))  # e.g. "Pemerintah Kabupaten Ogan Komering Ulu Timur"
    jenis: Mapped[str] = mapped_column(String(20))  # kabupaten | kota | provinsi
    ibu_kota: Mapped[str | None] = mapped_column(String(100))  # place name printed on documents
    alamat: Mapped[str | None] = mapped_column(String(300))
    nama_bkpsdm: Mapped[str | None] = mapped_column(String(200))  # the agency that runs talent management

    units: Mapped[list[Unit]] = relationship(back_populates="instansi")


class Unit(Base):
    """One unit kerja in the tree: an OPD, a bagian, a kecamatan, a puskesmas, a school…

    `path` materialises the ancestry ("/1/7/31/") so that a whole subtree is one indexed LIKE query.
    """

    __tablename__ = "unit"
    __table_args__ = (Index("ix_unit_path", "path"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    instansi_id: Mapped[int] = mapped_column(ForeignKey("instansi.id", ondelete="RESTRICT"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"), index=True)
    kode: Mapped[str | None] = mapped_column(String(60), unique=True)  # SIASN unorId
    nama: Mapped[str] = mapped_column(String(250))
    jenis: Mapped[str] = mapped_column(String(30))  # see services.units.UNIT_KINDS
    path: Mapped[str] = mapped_column(String(400), default="")
    urutan: Mapped[int] = mapped_column(default=0)  # display order among siblings

    instansi: Mapped[Instansi] = relationship(back_populates="units")
    parent: Mapped[Unit | None] = relationship(remote_side=[id])
