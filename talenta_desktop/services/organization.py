"""The instansi record: its name is printed on every report and export."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from talenta_desktop.models import Instansi
from talenta_desktop.services import audit
from talenta_desktop.services.actor import Actor

UNNAMED_INSTANSI = "Instansi (belum diberi nama)"
INSTANSI_KINDS = ("kabupaten", "kota", "provinsi")


def has_instansi(session: Session) -> bool:
    return session.scalar(select(Instansi.id).limit(1)) is not None


def ensure_instansi(session: Session, nama: str | None = None) -> int:
    """The instansi's id, creating it (named `nama`, or unnamed for now) when the database has none."""
    instansi_id = session.scalar(select(Instansi.id).order_by(Instansi.id).limit(1))
    if instansi_id is None:
        instansi = Instansi(nama=nama or UNNAMED_INSTANSI, jenis=_kind_of(nama))
        session.add(instansi)
        session.flush()
        instansi_id = instansi.id
    return instansi_id


def set_instansi(session: Session, actor: Actor, nama: str, jenis: str | None = None) -> None:
    """Name (or rename) the instansi; the kind follows the name ("Pemerintah Kota …") unless given."""
    nama = " ".join(nama.split())
    if not nama:
        raise ValueError("Nama instansi wajib diisi.")
    jenis = jenis or _kind_of(nama)
    if jenis not in INSTANSI_KINDS:
        raise ValueError(f"Jenis instansi '{jenis}' tidak dikenal; gunakan kabupaten, kota atau provinsi.")
    instansi = session.get(Instansi, ensure_instansi(session, nama))
    before = {"nama": instansi.nama, "jenis": instansi.jenis}
    instansi.nama, instansi.jenis = nama, jenis
    session.flush()
    audit.record(session, actor, "instansi.set", entity="instansi", entity_id=instansi.id, before=before,
                 after={"nama": nama, "jenis": jenis})  # fmt: skip


def _kind_of(nama: str | None) -> str:
    text = (nama or "").lower()
    if "provinsi" in text:
        return "provinsi"
    return "kota" if " kota " in f" {text} " else "kabupaten"
