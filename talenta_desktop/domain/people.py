"""Personal fields as files write them: jenis kelamin, jenis pegawai, and names with academic titles."""

from __future__ import annotations

import re

from talenta_desktop.domain.cells import is_blank
from talenta_desktop.domain.errors import RuleError, shown
from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP

# Spellings of jenis kelamin found in SIASN exports and regional spreadsheets.
GENDER_ALIASES = {
    "L": "L", "LAKI-LAKI": "L", "LAKI LAKI": "L", "LAKILAKI": "L", "LAKI": "L", "PRIA": "L", "M": "L",
    "MALE": "L", "1": "L",
    "P": "P", "PEREMPUAN": "P", "WANITA": "P", "F": "P", "FEMALE": "P", "2": "P",
}  # fmt: skip
_KIND_ALIASES = {
    "PNS": "PNS", "CPNS": "PNS", "PEGAWAI NEGERI SIPIL": "PNS", "CALON PEGAWAI NEGERI SIPIL": "PNS",
    "PNS DAERAH": "PNS", "PNS PUSAT DPK": "PNS", "PNS PUSAT DPB": "PNS",
    "PPPK": "PPPK", "P3K": "PPPK", "PEGAWAI PEMERINTAH DENGAN PERJANJIAN KERJA": "PPPK",
    "PPPK PARUH WAKTU": "PPPK", "PPPK PENUH WAKTU": "PPPK",
}  # fmt: skip

# Academic and religious titles written before a name. Longest first, so "Dr. Ir." is not read as "Dr."
# followed by a name starting with "Ir.".
_FRONT_TITLES = sorted(
    ("Prof.", "Dr.", "dr.", "drg.", "Ir.", "H.", "Hj.", "Drs.", "Dra.", "apt.", "Ns.", "KH.", "R.", "Hajjah"),
    key=len,
    reverse=True,
)
_TITLE_ALTERNATIVES = "|".join(re.escape(t) for t in _FRONT_TITLES)
_FRONT = re.compile(rf"^(?:(?:{_TITLE_ALTERNATIVES})\s*,?\s*)+", re.IGNORECASE)


def parse_gender(raw: object) -> str:
    """ "L" or "P" from the many ways files write jenis kelamin."""
    if is_blank(raw):
        raise RuleError("gender.required", QT_TRANSLATE_NOOP("domain.people", "Jenis kelamin wajib diisi."))
    key = " ".join(str(raw).upper().replace(".", "").split())
    if isinstance(raw, float) and raw.is_integer():
        key = str(int(raw))
    try:
        return GENDER_ALIASES[key]
    except KeyError:
        raise RuleError(
            "gender.invalid",
            QT_TRANSLATE_NOOP(
                "domain.people",
                "Jenis kelamin '{value}' tidak dikenal; gunakan L/P, Laki-laki/Perempuan atau Pria/Wanita.",
            ),
            {"value": shown(raw)},
        ) from None


def parse_jenis_pegawai(raw: object) -> str:
    """ "PNS" (CPNS included) or "PPPK"."""
    if is_blank(raw):
        raise RuleError(
            "jenis_pegawai.required", QT_TRANSLATE_NOOP("domain.people", "Jenis pegawai wajib diisi.")
        )
    key = " ".join(str(raw).upper().replace("(", " ").replace(")", " ").split())
    if key in _KIND_ALIASES:
        return _KIND_ALIASES[key]
    for alias, kind in _KIND_ALIASES.items():  # "PNS - Aktif", "PPPK Guru"
        if key.startswith(alias + " "):
            return kind
    raise RuleError(
        "jenis_pegawai.invalid",
        QT_TRANSLATE_NOOP(
            "domain.people", "Jenis pegawai '{value}' tidak dikenal; gunakan PNS, CPNS atau PPPK."
        ),
        {"value": shown(raw)},
    )


def split_gelar(full_name: str) -> tuple[str | None, str, str | None]:
    """(gelar depan, nama, gelar belakang) of a name written with its titles.

    "Dr. Ir. Siti Aminah, M.Si., M.M." → ("Dr. Ir.", "Siti Aminah", "M.Si., M.M."). Titles behind the name
    follow the first comma, as Indonesian names are written; titles before it are the known prefixes.
    """
    text = " ".join(full_name.split())
    front = None
    if match := _FRONT.match(text):
        front = " ".join(match.group(0).replace(",", " ").split())
        text = text[match.end() :]
    back = None
    if "," in text:
        text, back = (part.strip() for part in text.split(",", 1))
        back = back or None
    return front, text.strip(), back


def full_name(gelar_depan: str | None, nama: str, gelar_belakang: str | None) -> str:
    """The name as printed: "Dr. Siti Aminah, M.Si."."""
    name = f"{gelar_depan} {nama}" if gelar_depan else nama
    return f"{name}, {gelar_belakang}" if gelar_belakang else name
