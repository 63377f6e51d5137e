"""What a berita acara of a Komite Talenta meeting says, as plain data (DOMAIN §5).

The committee service builds this from the database; the PDF renderer only lays it out. The document's
fingerprint is the SHA-256 of this data in a canonical form, so the number printed on the last page can
be recomputed from the database and compared with a printed copy — the PDF bytes themselves (fonts,
timestamps) play no part.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Kop:
    """The letterhead: who issues the document."""

    pemerintah: str  # "PEMERINTAH KABUPATEN SUKAMAJU TIMUR"
    instansi: str  # "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA"
    alamat: str | None = None  # street, town, postcode, telephone
    logo_path: str | None = None  # a PNG/JPG of the regional emblem, when configured


@dataclass(frozen=True)
class Attendee:
    order: int  # order of signature
    nama: str
    nip: str | None
    jabatan: str | None
    role: str  # "Ketua" | "Sekretaris" | "Anggota"
    status: str  # "Hadir" | "Tidak hadir" | "Diwakili"
    represented_by: str | None = None  # name (and jabatan) of the representative when "Diwakili"


@dataclass(frozen=True)
class DecisionRow:
    number: int
    kind: str  # e.g. "Penetapan kotak/kalibrasi", "Keanggotaan KRS", "Suksesor jabatan target"
    nip: str | None
    nama: str | None
    jabatan: str | None
    box_before: int | None
    box_after: int | None
    reason: str
    basis: str | None = None  # dasar: data or regulation the decision rests on
    stepped_out: tuple[str, ...] = ()  # members who left the room for this person (conflict of interest)


@dataclass(frozen=True)
class KrsRow:
    jabatan_target: str
    candidates: tuple[str, ...]  # "Nama (NIP) — kotak 9", in ranking order


@dataclass(frozen=True)
class FollowUpRow:
    task: str
    owner: str
    due: date | None


@dataclass(frozen=True)
class Signatory:
    role: str  # "Ketua Komite Talenta"
    nama: str
    nip: str | None
    signed: bool = True  # False: absent, the line stays empty


@dataclass(frozen=True)
class BeritaAcaraDocument:
    kop: Kop
    number: str  # "800.1.3/BA-01/KT/2025"
    title: str  # "BERITA ACARA RAPAT KOMITE TALENTA"
    subtitle: str  # "Penetapan Hasil Pemetaan Talenta Periode 2025"
    legal_basis: tuple[str, ...]  # "Keputusan Bupati Sukamaju Timur Nomor … tentang Komite Talenta"
    opening: str  # the opening paragraph, template filled in (day, date, time, place)
    place: str
    day_date: str  # "Senin, 17 November 2025"
    time: str  # "09.00–12.00 WIB"
    period_label: str
    quorum: str  # "Dihadiri 5 dari 7 anggota (kuorum terpenuhi: paling sedikit 4)"
    attendees: tuple[Attendee, ...]
    agenda: tuple[str, ...]
    decisions: tuple[DecisionRow, ...]
    krs: tuple[KrsRow, ...]
    follow_ups: tuple[FollowUpRow, ...]
    minutes: str  # the notulen: what was discussed, paragraphs separated by blank lines
    closing: str  # "Demikian berita acara ini dibuat untuk dipergunakan sebagaimana mestinya."
    city: str  # where it is signed, e.g. "Martapura Baru"
    signed_date: str  # "17 November 2025"
    signatories: tuple[Signatory, ...]
    corrects: str | None = None  # the number of the berita acara this one corrects, if any
    acknowledger: Signatory | None = None  # "Mengetahui," below the committee (e.g. the PPK), if configured
    extra: dict[str, str] = field(default_factory=dict)  # room for template fields added later


def _jsonable(value):
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def canonical_json(document: BeritaAcaraDocument) -> str:
    """The document as canonical JSON (sorted keys, UTF-8, no spaces): what is stored and hashed."""
    return json.dumps(
        dataclasses.asdict(document),
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
        default=_jsonable,
    )


def fingerprint_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def fingerprint(document: BeritaAcaraDocument) -> str:
    """SHA-256 (hex) of the document's canonical JSON."""
    return fingerprint_of(canonical_json(document))


def document_from_json(text: str) -> BeritaAcaraDocument:
    """The document back from its canonical JSON (the snapshot stored when the meeting was finalised)."""
    data = json.loads(text)
    return BeritaAcaraDocument(
        **{
            **data,
            "kop": Kop(**data["kop"]),
            "legal_basis": tuple(data["legal_basis"]),
            "attendees": tuple(Attendee(**a) for a in data["attendees"]),
            "agenda": tuple(data["agenda"]),
            "decisions": tuple(
                DecisionRow(**{**d, "stepped_out": tuple(d["stepped_out"])}) for d in data["decisions"]
            ),
            "krs": tuple(KrsRow(k["jabatan_target"], tuple(k["candidates"])) for k in data["krs"]),
            "follow_ups": tuple(
                FollowUpRow(f["task"], f["owner"], date.fromisoformat(f["due"]) if f["due"] else None)
                for f in data["follow_ups"]
            ),
            "signatories": tuple(Signatory(**g) for g in data["signatories"]),
            "acknowledger": Signatory(**data["acknowledger"]) if data.get("acknowledger") else None,
        }
    )
