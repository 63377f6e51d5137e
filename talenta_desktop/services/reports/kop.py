"""The agency's letterhead (kop) and signing place, as every printed document of the agency uses them.

The berita acara template (Pengaturan) holds the kop the agency chose; a blank line there falls back to
the instansi record, so a fresh installation still prints a proper letterhead. One function, so that the
berita acara, the succession report and the IDP carry the same kop.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from talenta_desktop.models import Instansi

from ..berita_acara_template import get_template
from .berita_acara_data import Kop

__all__ = ["DEFAULT_INSTANSI", "agency_kop", "agency_name", "signing_city"]

DEFAULT_INSTANSI = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"


def _instansi(session: Session) -> Instansi | None:
    return session.scalar(select(Instansi).order_by(Instansi.id).limit(1))


def agency_kop(session: Session, *, instansi_fallback: str = DEFAULT_INSTANSI) -> Kop:
    """The kop from the template, each blank line from the instansi record.

    ``instansi_fallback`` is the agency line when neither the template nor the record names the BKPSDM
    (the berita acara uses the committee's name there).
    """
    instansi = _instansi(session)
    template = get_template(session)
    return Kop(
        pemerintah=(template.kop_pemerintah or (instansi.nama if instansi else "Pemerintah Daerah")).upper(),
        instansi=(
            template.kop_instansi
            or (instansi.nama_bkpsdm if instansi and instansi.nama_bkpsdm else instansi_fallback)
        ).upper(),
        alamat=template.kop_alamat or (instansi.alamat if instansi else None),
        logo_path=template.logo_path or None,
    )


def signing_city(session: Session) -> str | None:
    """Where the agency's documents are signed: the capital named in the instansi record, if any."""
    instansi = _instansi(session)
    return instansi.ibu_kota if instansi and instansi.ibu_kota else None


def agency_name(session: Session) -> str:
    """The issuing agency's name as written in a sentence or under a signature ("Kepala …")."""
    instansi = _instansi(session)
    name = (
        get_template(session).kop_instansi or (instansi.nama_bkpsdm if instansi else None) or DEFAULT_INSTANSI
    )
    name = " ".join(name.split())
    return name.title().replace(" Dan ", " dan ") if name.isupper() else name
