"""Personnel (pegawai) and the histories SIASN keeps for them (rw-jabatan, rw-golongan, …)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base
from .organization import Unit

JENIS_PEGAWAI = ("PNS", "PPPK")
# Kind of post (SIASN jenisJabatan): structural, functional (jabatan fungsional tertentu), pelaksana.
JENIS_JABATAN = ("struktural", "fungsional", "pelaksana")


class Person(Base):
    """A civil servant. NIP is 18 digits kept as text; the current position and rank are denormalised
    here from the histories because every screen and every scoring run needs them."""

    __tablename__ = "person"
    __table_args__ = (
        CheckConstraint("length(nip) = 18", name="nip_length"),
        CheckConstraint("jenis_kelamin in ('L', 'P')", name="jenis_kelamin"),
        CheckConstraint("jenis_pegawai in ('PNS', 'PPPK')", name="jenis_pegawai"),
        CheckConstraint(
            "jenis_jabatan is null or jenis_jabatan in ('struktural', 'fungsional', 'pelaksana')",
            name="jenis_jabatan",
        ),
        Index("ix_person_unit_id", "unit_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    nip: Mapped[str] = mapped_column(String(18), unique=True)  # nipBaru
    nip_lama: Mapped[str | None] = mapped_column(String(9))
    nama: Mapped[str] = mapped_column(String(200))  # without gelar
    gelar_depan: Mapped[str | None] = mapped_column(String(60))
    gelar_belakang: Mapped[str | None] = mapped_column(String(100))
    tempat_lahir: Mapped[str | None] = mapped_column(String(100))
    tanggal_lahir: Mapped[date] = mapped_column(Date)
    jenis_kelamin: Mapped[str] = mapped_column(String(1))  # L | P
    agama: Mapped[str | None] = mapped_column(String(30))
    email: Mapped[str | None] = mapped_column(String(200))
    no_hp: Mapped[str | None] = mapped_column(String(30))

    jenis_pegawai: Mapped[str] = mapped_column(String(4))  # PNS | PPPK
    kedudukan: Mapped[str | None] = mapped_column(String(60))  # kedudukanPnsNama, e.g. "Aktif"
    tingkat_pendidikan: Mapped[str | None] = mapped_column(String(20))  # tkPendidikanTerakhir: SMA, D3, S1…
    pendidikan_nama: Mapped[str | None] = mapped_column(String(200))
    tahun_lulus: Mapped[int | None]
    tmt_cpns: Mapped[date | None] = mapped_column(Date)  # PPPK: start of the contract
    tmt_pns: Mapped[date | None] = mapped_column(Date)

    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"))
    jabatan_nama: Mapped[str | None] = mapped_column(String(250))
    jenis_jabatan: Mapped[str | None] = mapped_column(String(12))
    # Level of the post: "JPT Pratama", "Administrator", "Pengawas", "Ahli Muda", "Terampil", "Pelaksana"…
    jenjang_jabatan: Mapped[str | None] = mapped_column(String(30))
    eselon: Mapped[str | None] = mapped_column(String(2))  # SIASN eselonId: 11, 12, 21 … 42
    tmt_jabatan: Mapped[date | None] = mapped_column(Date)
    golongan: Mapped[str | None] = mapped_column(String(5))  # PNS "33" (III/c); PPPK "IX"
    tmt_golongan: Mapped[date | None] = mapped_column(Date)
    mk_tahun: Mapped[int | None]
    mk_bulan: Mapped[int | None]
    bup: Mapped[int | None]  # batas usia pensiun in years, from the post

    unit: Mapped[Unit | None] = relationship()


class JabatanHistory(Base):
    __tablename__ = "riwayat_jabatan"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    jabatan_nama: Mapped[str] = mapped_column(String(250))
    jenis_jabatan: Mapped[str | None] = mapped_column(String(12))
    jenjang_jabatan: Mapped[str | None] = mapped_column(String(30))
    eselon: Mapped[str | None] = mapped_column(String(2))
    unit_nama: Mapped[str | None] = mapped_column(String(250))
    tmt: Mapped[date] = mapped_column(Date)
    nomor_sk: Mapped[str | None] = mapped_column(String(100))


class GolonganHistory(Base):
    __tablename__ = "riwayat_golongan"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    golongan: Mapped[str] = mapped_column(String(5))
    tmt: Mapped[date] = mapped_column(Date)
    nomor_sk: Mapped[str | None] = mapped_column(String(100))


class PendidikanHistory(Base):
    __tablename__ = "riwayat_pendidikan"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    tingkat: Mapped[str] = mapped_column(String(20))  # SD … S3
    nama: Mapped[str | None] = mapped_column(String(200))  # programme / institution
    tahun_lulus: Mapped[int | None]


class DiklatHistory(Base):
    """Training of any form (rw-diklat and rw-kursus), with the JP that count toward the 20 JP a year."""

    __tablename__ = "riwayat_diklat"
    __table_args__ = (CheckConstraint("jp >= 0", name="jp_nonnegative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    nama: Mapped[str] = mapped_column(String(250))
    # struktural | fungsional | teknis | seminar | workshop | kursus | e-learning …
    jenis: Mapped[str] = mapped_column(String(30))
    penyelenggara: Mapped[str | None] = mapped_column(String(200))
    tanggal_mulai: Mapped[date] = mapped_column(Date)
    tanggal_selesai: Mapped[date | None] = mapped_column(Date)
    jp: Mapped[int] = mapped_column(default=0)


class PenghargaanHistory(Base):
    __tablename__ = "riwayat_penghargaan"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    nama: Mapped[str] = mapped_column(String(250))
    tingkat: Mapped[str | None] = mapped_column(String(30))  # nasional | provinsi | kabupaten | instansi
    tanggal: Mapped[date] = mapped_column(Date)


class HukdisHistory(Base):
    """Disciplinary sentences (hukuman disiplin): sensitive, shown only to roles allowed to see them."""

    __tablename__ = "riwayat_hukdis"
    __table_args__ = (CheckConstraint("tingkat in ('ringan', 'sedang', 'berat')", name="tingkat"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    tingkat: Mapped[str] = mapped_column(String(6))
    jenis: Mapped[str] = mapped_column(String(200))  # e.g. "Teguran tertulis"
    tmt: Mapped[date] = mapped_column(Date)
    tanggal_akhir: Mapped[date | None] = mapped_column(Date)
    keterangan: Mapped[str | None] = mapped_column(Text)


class Skp(Base):
    """One year's SKP appraisal (rw-skp22): ratings as levels 1–3 and the predikat they give. Many regional
    files carry only the predikat, so the two ratings may be unknown."""

    __tablename__ = "skp"
    __table_args__ = (
        CheckConstraint("hasil_kerja is null or hasil_kerja between 1 and 3", name="hasil_kerja"),
        CheckConstraint("perilaku_kerja is null or perilaku_kerja between 1 and 3", name="perilaku_kerja"),
        Index("uq_skp_person_tahun", "person_id", "tahun", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    tahun: Mapped[int]
    hasil_kerja: Mapped[int | None]  # Level
    perilaku_kerja: Mapped[int | None]  # Level
    predikat: Mapped[str] = mapped_column(String(20))  # domain.skp.Predikat value
    nilai: Mapped[float | None] = mapped_column(
        Numeric(5, 2, asdecimal=False)
    )  # hasilKinerjaNilai when given


class Assessment(Base):
    """A competence/potential assessment (assessment centre, uji kompetensi, CACT)."""

    __tablename__ = "assessment"
    __table_args__ = (CheckConstraint("jpm is null or (jpm >= 0 and jpm <= 100)", name="jpm_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    tanggal: Mapped[date] = mapped_column(Date)
    jenis: Mapped[str] = mapped_column(String(40))  # pemetaan | seleksi | uji kompetensi …
    lembaga: Mapped[str | None] = mapped_column(String(200))
    jpm: Mapped[float | None] = mapped_column(Numeric(5, 2, asdecimal=False))  # Job Person Match, percent
    nilai_manajerial: Mapped[float | None] = mapped_column(Numeric(5, 2, asdecimal=False))
    nilai_sosial_kultural: Mapped[float | None] = mapped_column(Numeric(5, 2, asdecimal=False))
    nilai_teknis: Mapped[float | None] = mapped_column(Numeric(5, 2, asdecimal=False))
    nilai_potensi: Mapped[float | None] = mapped_column(Numeric(5, 2, asdecimal=False))
    kategori: Mapped[str | None] = mapped_column(String(40))  # e.g. "Optimal", "Cukup Optimal"


PERSON_HISTORIES = (
    JabatanHistory,
    GolonganHistory,
    PendidikanHistory,
    DiklatHistory,
    PenghargaanHistory,
    HukdisHistory,
)
