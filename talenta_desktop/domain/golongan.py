"""Golongan/ruang and pangkat (DOMAIN §8).

PNS ranks are I/a … IV/e with a pangkat name each, stored by their SIASN code (golongan digit + ruang
digit: 11 = I/a … 45 = IV/e). PPPK have golongan I–XVII without ruang or pangkat, stored by the roman
numeral. Spreadsheets spell both in many ways ("III/c", "3c", "Penata (III/c)", 33.0, "Gol. IX");
:func:`parse_golongan` maps them all to one :class:`Golongan`.
"""

from __future__ import annotations

import numbers
import re
from dataclasses import dataclass
from decimal import Decimal

from talenta_desktop.domain.errors import RuleError, shown
from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP, Message, Template

KIND_PNS = "PNS"
KIND_PPPK = "PPPK"


@dataclass(frozen=True)
class Golongan:
    """One rank. ``rank`` orders ranks within a kind (1 = lowest); never compare ranks across kinds."""

    kind: str  # "PNS" | "PPPK"
    code: str  # PNS: SIASN code "11".."45"; PPPK: roman "I".."XVII" — what the database stores
    label: str  # PNS "III/c"; PPPK "IX"
    pangkat: str | None  # PNS pangkat name; None for PPPK
    rank: int

    def __str__(self) -> str:
        return self.label


_PNS_TABLE = (
    ("11", "I/a", "Juru Muda"),
    ("12", "I/b", "Juru Muda Tingkat I"),
    ("13", "I/c", "Juru"),
    ("14", "I/d", "Juru Tingkat I"),
    ("21", "II/a", "Pengatur Muda"),
    ("22", "II/b", "Pengatur Muda Tingkat I"),
    ("23", "II/c", "Pengatur"),
    ("24", "II/d", "Pengatur Tingkat I"),
    ("31", "III/a", "Penata Muda"),
    ("32", "III/b", "Penata Muda Tingkat I"),
    ("33", "III/c", "Penata"),
    ("34", "III/d", "Penata Tingkat I"),
    ("41", "IV/a", "Pembina"),
    ("42", "IV/b", "Pembina Tingkat I"),
    ("43", "IV/c", "Pembina Utama Muda"),
    ("44", "IV/d", "Pembina Utama Madya"),
    ("45", "IV/e", "Pembina Utama"),
)
_ROMANS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
_ROMANS += tuple("X" + r for r in _ROMANS[:7])  # XI … XVII

ALL_PNS: tuple[Golongan, ...] = tuple(
    Golongan(KIND_PNS, code, label, pangkat, rank)
    for rank, (code, label, pangkat) in enumerate(_PNS_TABLE, start=1)
)
ALL_PPPK: tuple[Golongan, ...] = tuple(
    Golongan(KIND_PPPK, roman, roman, None, rank) for rank, roman in enumerate(_ROMANS, start=1)
)

_BY_CODE = {g.code: g for g in ALL_PNS + ALL_PPPK}
_ROMAN_VALUE = {roman: value for value, roman in enumerate(_ROMANS, start=1)}
_GOLONGAN_DIGIT = {"I": "1", "II": "2", "III": "3", "IV": "4", "1": "1", "2": "2", "3": "3", "4": "4"}
_RUANG_DIGIT = {"A": "1", "B": "2", "C": "3", "D": "4", "E": "5"}


def _pangkat_key(text: str) -> str:
    """Pangkat spelling reduced to compare: case, dots, "Tk."/"Tk" and "Tingkat 1" all folded."""
    text = text.upper()
    text = re.sub(r"\bTK\b\.?", " TINGKAT ", text)
    text = re.sub(r"[^A-Z0-9]+", " ", text)
    text = " ".join(text.split())
    return re.sub(r"\bTINGKAT 1$", "TINGKAT I", text)


_BY_PANGKAT = {_pangkat_key(g.pangkat): g for g in ALL_PNS if g.pangkat}

_PREFIX = re.compile(r"^(?:GOL(?:ONGAN)?(?:\s*[/.]?\s*RUANG)?|GOL\.?\s*/\s*RUANG)\s*[.:]?\s*")
_LABEL = re.compile(r"(IV|I{1,3}|[1-4])\s*[/\-.]?\s*([A-E])")
_NUMBER = re.compile(r"\d+(?:[.,]0+)?")
_PARENS = re.compile(r"(.*?)\(\s*(.*?)\s*\)")

_ACCEPTED = {
    None: QT_TRANSLATE_NOOP(
        "domain.golongan",
        "PNS 'III/c', '3c', '3/c', kode SIASN '33', nama pangkat 'Penata' atau 'Penata (III/c)'; "
        "PPPK 'V'–'XVII' (golongan PPPK I–IV dan angka 1–17 hanya bila jenis pegawai PPPK)",
    ),
    KIND_PNS: QT_TRANSLATE_NOOP(
        "domain.golongan",
        "'III/c', '3c', '3/c', kode SIASN '33', nama pangkat 'Penata' atau 'Penata (III/c)'",
    ),
    KIND_PPPK: QT_TRANSLATE_NOOP(
        "domain.golongan", "angka romawi 'I'–'XVII' (mis. 'IX' atau 'Gol. IX') atau angka 1–17"
    ),
}
_PNS_NEEDS_RUANG = QT_TRANSLATE_NOOP("domain.golongan", "Golongan PNS harus disertai ruang (mis. 'III/c').")


def _invalid(raw: object, kind: str | None, reason: Template | Message | None = None) -> RuleError:
    text = shown(raw)
    params = {"value": text, "kind": kind, "accepted": _ACCEPTED[kind], "reason": reason}
    if kind is None and reason is None:
        template = QT_TRANSLATE_NOOP(
            "domain.golongan", "Golongan '{value}' tidak dikenali. Bentuk yang diterima: {accepted}."
        )
    elif kind is None:
        template = QT_TRANSLATE_NOOP(
            "domain.golongan",
            "Golongan '{value}' tidak dapat diterima. {reason} Bentuk yang diterima: {accepted}.",
        )
    elif reason is None:
        template = QT_TRANSLATE_NOOP(
            "domain.golongan", "Golongan {kind} '{value}' tidak dikenali. Bentuk yang diterima: {accepted}."
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "domain.golongan",
            "Golongan {kind} '{value}' tidak dapat diterima. {reason} Bentuk yang diterima: {accepted}.",
        )
    return RuleError("golongan.invalid", template, params)


def _normalize_kind(kind: str | None) -> str | None:
    if kind is None:
        return None
    key = str(kind).strip().upper()
    if key in (KIND_PNS, "CPNS"):
        return KIND_PNS
    if key == KIND_PPPK:
        return KIND_PPPK
    raise RuleError(
        "golongan.kind",
        QT_TRANSLATE_NOOP("domain.golongan", "Jenis pegawai '{kind}' tidak dikenali; gunakan PNS atau PPPK."),
        {"kind": shown(kind)},
    )


def _from_number(number: int, raw: object, kind: str | None) -> Golongan:
    if kind == KIND_PPPK:
        if 1 <= number <= len(ALL_PPPK):
            return ALL_PPPK[number - 1]
        raise _invalid(raw, kind)
    if 11 <= number <= 45 and str(number) in _BY_CODE:
        return _BY_CODE[str(number)]
    if kind is None and 1 <= number <= len(ALL_PPPK):
        raise _invalid(
            raw,
            kind,
            QT_TRANSLATE_NOOP("domain.golongan", "Angka golongan tanpa ruang hanya berlaku untuk PPPK."),
        )
    raise _invalid(raw, kind)


def _check_kind(found: Golongan, raw: object, kind: str | None) -> Golongan:
    if kind is not None and found.kind != kind:
        if kind == KIND_PPPK:
            raise _invalid(
                raw,
                kind,
                QT_TRANSLATE_NOOP("domain.golongan", "PPPK tidak memakai ruang maupun nama pangkat."),
            )
        raise _invalid(raw, kind, _PNS_NEEDS_RUANG)
    return found


def _parse_text(text: str, raw: object, kind: str | None) -> Golongan:
    """One spelling without parentheses: label, number, roman numeral or pangkat name."""
    text = " ".join(text.upper().split())
    text = _PREFIX.sub("", text).strip(" .,;:")
    if not text:
        raise _invalid(raw, kind)
    if _NUMBER.fullmatch(text):
        digits = re.split(r"[.,]", text)[0]
        if len(digits) > 3:
            raise _invalid(raw, kind)
        return _from_number(int(digits), raw, kind)
    label = _LABEL.fullmatch(text)
    if label:
        found = _BY_CODE.get(_GOLONGAN_DIGIT[label.group(1)] + _RUANG_DIGIT[label.group(2)])
        if found is None:
            raise _invalid(
                raw, kind, QT_TRANSLATE_NOOP("domain.golongan", "Ruang 'e' hanya ada pada golongan IV.")
            )
        return _check_kind(found, raw, kind)
    compact = text.replace(" ", "")
    if compact in _ROMAN_VALUE:
        value = _ROMAN_VALUE[compact]
        if kind == KIND_PPPK or (kind is None and value > 4):
            return ALL_PPPK[value - 1]
        if kind is None:
            raise _invalid(
                raw,
                kind,
                Message(
                    QT_TRANSLATE_NOOP(
                        "domain.golongan",
                        "Golongan '{roman}' tanpa ruang bisa berarti PNS maupun PPPK: untuk PNS sebutkan "
                        "ruangnya (mis. '{roman}/c'); untuk PPPK tetapkan jenis pegawai.",
                    ),
                    roman=compact,
                ),
            )
        raise _invalid(raw, kind, _PNS_NEEDS_RUANG)
    found = _BY_PANGKAT.get(_pangkat_key(text))
    if found is not None:
        return _check_kind(found, raw, kind)
    raise _invalid(raw, kind)


def parse_golongan(raw: object, kind: str | None = None) -> Golongan:
    """The Golongan a cell value names, or RuleError ("golongan.required" / "golongan.invalid").

    ``kind`` ("PNS"/"PPPK", e.g. known from the NIP) resolves what is ambiguous on its own: a bare "III"
    or "9" is a PPPK golongan only when ``kind == "PPPK"``; a bare roman numeral V–XVII without ``kind``
    can only be PPPK. Forms that contradict ``kind`` are errors, as is "Penata (III/d)".
    """
    kind = _normalize_kind(kind)
    if isinstance(raw, Golongan):
        return _check_kind(raw, raw, kind)
    if raw is None:
        raise RuleError(
            "golongan.required", QT_TRANSLATE_NOOP("domain.golongan", "Golongan wajib diisi."), {"kind": kind}
        )
    if isinstance(raw, bool):
        raise _invalid(raw, kind)
    if isinstance(raw, numbers.Integral):
        return _from_number(int(raw), raw, kind)
    if isinstance(raw, Decimal | numbers.Real):
        if raw.is_nan() if isinstance(raw, Decimal) else raw != raw:  # NaN: an empty cell read by pandas
            raise RuleError(
                "golongan.required",
                QT_TRANSLATE_NOOP("domain.golongan", "Golongan wajib diisi."),
                {"kind": kind},
            )
        if isinstance(raw, Decimal) and raw.is_finite() and raw.adjusted() > 3:
            raise _invalid(raw, kind)  # before int(): Decimal("1E+999999999") would take forever
        try:
            whole = int(raw)
        except (OverflowError, ValueError):
            raise _invalid(raw, kind) from None
        if whole != raw:
            raise _invalid(raw, kind)
        return _from_number(whole, raw, kind)
    text = raw if isinstance(raw, str) else shown(raw, limit=200)
    if not text.strip():
        raise RuleError(
            "golongan.required", QT_TRANSLATE_NOOP("domain.golongan", "Golongan wajib diisi."), {"kind": kind}
        )
    parens = _PARENS.fullmatch(text.strip())
    if _NUMBER.fullmatch(text.strip()):
        parts = [text]
    elif parens:
        parts = [part for part in (parens.group(1), parens.group(2)) if part.strip()]
    elif text.count(",") == 1:
        parts = [part for part in text.split(",") if part.strip()]
    else:
        parts = [text]
    if not parts:
        raise _invalid(raw, kind)
    found = {_parse_text(part, raw, kind) for part in parts}
    if len(found) > 1:
        first, second = sorted(f"{g.label} ({g.pangkat})" for g in found)[:2]
        raise _invalid(
            raw,
            kind,
            Message(
                QT_TRANSLATE_NOOP(
                    "domain.golongan", "Nama pangkat dan golongan tidak cocok: {first} dan {second}."
                ),
                first=first,
                second=second,
            ),
        )
    return found.pop()


def golongan_by_code(code: object) -> Golongan:
    """The Golongan stored under a database code: SIASN "33" (or 33) for PNS, roman "IX" for PPPK."""
    key: str | None = None
    if isinstance(code, str):
        key = code.strip().upper()
    elif isinstance(code, int) and not isinstance(code, bool) and 0 < code < 100:
        key = str(code)
    found = _BY_CODE.get(key) if key is not None else None
    if found is None:
        text = shown(code)
        raise RuleError(
            "golongan.invalid",
            QT_TRANSLATE_NOOP(
                "domain.golongan",
                "Kode golongan '{value}' tidak dikenali; kode PNS 11–45 (mis. 33 = III/c), kode PPPK I–XVII.",
            ),
            {"value": text},
        )
    return found
