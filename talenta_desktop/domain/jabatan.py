"""Kinds and levels of post (jabatan) and eselon codes (DOMAIN §8)."""

from __future__ import annotations

import re

from talenta_desktop.domain.cells import is_blank
from talenta_desktop.domain.errors import RuleError, shown
from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP

JENIS_JABATAN = ("struktural", "fungsional", "pelaksana")
_JENIS_ALIASES = {
    "struktural": "struktural", "jabatan struktural": "struktural", "1": "struktural",
    "jpt": "struktural", "administrator": "struktural", "pengawas": "struktural", "manajerial": "struktural",
    "fungsional": "fungsional", "fungsional tertentu": "fungsional", "jabatan fungsional": "fungsional",
    "jft": "fungsional", "2": "fungsional",
    "pelaksana": "pelaksana", "fungsional umum": "pelaksana", "jfu": "pelaksana", "jabatan pelaksana": "pelaksana",
    "4": "pelaksana",
}  # fmt: skip

# SIASN eselonId → label; the customary mapping to levels of post follows DOMAIN §8.
ESELON_LABELS = {
    "11": "I.a", "12": "I.b", "21": "II.a", "22": "II.b",
    "31": "III.a", "32": "III.b", "41": "IV.a", "42": "IV.b",
    "51": "V.a", "52": "V.b",  # abolished, but still on old records
}  # fmt: skip
_ESELON_ROMAN = {"I": "1", "II": "2", "III": "3", "IV": "4", "V": "5"}
_ESELON_TEXT = re.compile(r"(?:eselon\s*)?(IV|V|III|II|I)\s*[./\- ]?\s*([ab])", re.IGNORECASE)

JENJANG_FUNGSIONAL = (
    "Ahli Utama",
    "Ahli Madya",
    "Ahli Muda",
    "Ahli Pertama",
    "Penyelia",
    "Mahir",
    "Terampil",
    "Pemula",
)
JENJANG_STRUKTURAL = ("JPT Utama", "JPT Madya", "JPT Pratama", "Administrator", "Pengawas")
# "One level below" a post (DOMAIN §6): the levels a successor customarily moves up from — the structural
# ladder, with the fungsional levels that convert to it (PermenPANRB on penyetaraan jabatan).
FEEDER_JENJANG = {
    "JPT Utama": ("JPT Madya",),
    "JPT Madya": ("JPT Pratama", "Ahli Utama"),
    "JPT Pratama": ("Administrator", "Ahli Madya"),
    "Administrator": ("Pengawas", "Ahli Muda"),
    "Pengawas": ("Pelaksana", "Ahli Pertama", "Penyelia"),
    "Ahli Utama": ("Ahli Madya",),
    "Ahli Madya": ("Ahli Muda",),
    "Ahli Muda": ("Ahli Pertama",),
    "Ahli Pertama": ("Penyelia", "Pelaksana"),
    "Penyelia": ("Mahir",),
    "Mahir": ("Terampil",),
    "Terampil": ("Pemula", "Pelaksana"),
}
JENJANG_TARGETS = tuple(FEEDER_JENJANG)

# Batas usia pensiun by level of post (PP 11/2017 Pasal 239 as amended; configurable once settings exist).
BUP_DEFAULT = 58
BUP_BY_JENJANG = {"JPT Utama": 60, "JPT Madya": 60, "JPT Pratama": 60, "Ahli Madya": 60, "Ahli Utama": 65}


def parse_jenis_jabatan(raw: object) -> str:
    """ "struktural", "fungsional" or "pelaksana" from SIASN names, ids and local spellings."""
    if is_blank(raw):
        raise RuleError(
            "jenis_jabatan.required", QT_TRANSLATE_NOOP("domain.jabatan", "Jenis jabatan wajib diisi.")
        )
    text = str(int(raw)) if isinstance(raw, float) and raw.is_integer() else str(raw)
    key = " ".join(text.lower().split())
    if key in _JENIS_ALIASES:
        return _JENIS_ALIASES[key]
    raise RuleError(
        "jenis_jabatan.invalid",
        QT_TRANSLATE_NOOP(
            "domain.jabatan",
            "Jenis jabatan '{value}' tidak dikenal; gunakan Struktural, Fungsional atau Pelaksana.",
        ),
        {"value": shown(raw)},
    )


def parse_eselon(raw: object) -> str | None:
    """The SIASN eselon code ("22") from "II.b", "IIb", "II/b", "Eselon II.b" or "22"; None for non-eselon
    markers ("-", "Non Eselon")."""
    if is_blank(raw):
        return None
    text = str(int(raw)) if isinstance(raw, float) and raw.is_integer() else str(raw).strip()
    if text in ESELON_LABELS:
        return text
    if text.lower() in ("-", "non eselon", "non-eselon", "nonesselon", "0", "99"):
        return None
    if match := _ESELON_TEXT.fullmatch(text):
        return _ESELON_ROMAN[match.group(1).upper()] + ("1" if match.group(2).lower() == "a" else "2")
    raise RuleError(
        "eselon.invalid",
        QT_TRANSLATE_NOOP(
            "domain.jabatan",
            "Eselon '{value}' tidak dikenal; gunakan misalnya II.b, III.a, IV.a atau kode SIASN 22.",
        ),
        {"value": shown(raw)},
    )


def eselon_label(code: str | None) -> str:
    return ESELON_LABELS.get(code or "", "")


def jenjang_of(jenis_jabatan: str | None, jabatan_nama: str | None, eselon: str | None) -> str | None:
    """The level of a post: from the eselon for structural posts, from the name for functional ones."""
    name = (jabatan_nama or "").lower()
    if jenis_jabatan == "struktural":
        for jenjang in JENJANG_STRUKTURAL:
            if jenjang.lower() in name:
                return jenjang
        if eselon:
            return {"1": "JPT Madya", "2": "JPT Pratama", "3": "Administrator", "4": "Pengawas"}.get(
                eselon[0]
            )
        return None
    if jenis_jabatan == "fungsional":
        return next((j for j in JENJANG_FUNGSIONAL if j.lower() in name), None)
    if jenis_jabatan == "pelaksana":
        return "Pelaksana"
    return None


def jenis_from_name(jabatan_nama: str | None, eselon: str | None) -> str | None:
    """The kind of post when a file has no jenis-jabatan column: an eselon means structural, a functional
    level in the name ("Analis Keuangan Ahli Muda", "Perawat Terampil") means functional; otherwise unknown."""
    if eselon:
        return "struktural"
    name = (jabatan_nama or "").lower()
    if any(re.search(rf"\b{j.lower()}\b", name) for j in JENJANG_FUNGSIONAL):
        return "fungsional"
    return None


def bup_of(jenjang: str | None) -> int:
    return BUP_BY_JENJANG.get(jenjang or "", BUP_DEFAULT)
