"""NIP (Nomor Induk Pegawai) rules, DOMAIN §8.

A NIP is 18 ASCII digits kept as text. Its parts carry facts (birth date, TMT CPNS or PPPK appointment
year, gender, serial) that this module decodes so importers can reject impossible numbers and warn about
disagreements with the stored personal data.

Layouts (1-based digit positions)::

    PNS   1–8 birth date YYYYMMDD · 9–14 TMT CPNS YYYYMM (month 01–12) · 15 gender · 16–18 serial
    PPPK  1–8 birth date YYYYMMDD · 9–12 appointment year · 13 "2" · 14 contract digit 1–9 · 15 gender
          · 16–18 serial

so digits 13–14 tell the two apart: 01–12 is PNS, 21–29 is PPPK. The NIK rule "day + 40 for women" does
not apply to a NIP and is never used here.
"""

from __future__ import annotations

import numbers
import re
from datetime import date, datetime
from decimal import Decimal
from typing import NamedTuple

from talenta_desktop.domain.errors import RuleError, shown
from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from talenta_desktop.domain.people import GENDER_ALIASES

NIP_LENGTH = 18
KIND_PNS = "PNS"
KIND_PPPK = "PPPK"
MIN_BIRTH_YEAR = 1940

# Spreadsheets keep numbers as IEEE doubles: 15 significant digits survive, the 16th onwards do not.
_MAX_EXACT_DIGITS = 15
# Invisible characters that arrive with text copied from PDFs and web pages; treated like whitespace
# because the user cannot see them to remove them.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff")
# "1.97E+17", "2,00012E+17", "2e17": the spreadsheet's display of a number it has already rounded.
_SCIENTIFIC = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)[eE][+-]?\d+")
# "200012312024121001.0": a number turned back into text by a program that went through a float.
_FLOAT_TEXT = re.compile(r"\d+[.,]0+")

_GENDER_NAMES = {
    "L": QT_TRANSLATE_NOOP("domain.nip", "laki-laki"),
    "P": QT_TRANSLATE_NOOP("domain.nip", "perempuan"),
}
_GENDER_BY_DIGIT = {"1": "L", "2": "P"}


class NipInfo(NamedTuple):
    """What a valid NIP encodes. (A named tuple: importers build one per row, 50,000 at a time.)"""

    nip: str
    kind: str  # "PNS" | "PPPK"
    birth_date: date
    tmt_cpns: date | None  # PNS only: first day of the encoded month
    appointment_year: int  # PNS: year of TMT CPNS; PPPK: appointment year
    gender: str  # "L" | "P"
    serial: int  # 1–999
    pppk_contract_digit: int | None  # PPPK only: 1–9 (meaning of some values disputed; see DOMAIN §8)


def _precision_error(value: object) -> RuleError:
    text = shown(value)
    return RuleError(
        "nip.precision",
        QT_TRANSLATE_NOOP(
            "domain.nip",
            "NIP '{value}' tersimpan sebagai angka sehingga digit terakhirnya hilang; "
            "ubah format kolom menjadi Teks lalu ketik ulang NIP.",
        ),
        {"value": text},
    )


def _required_error() -> RuleError:
    return RuleError("nip.required", QT_TRANSLATE_NOOP("domain.nip", "NIP wajib diisi."), {})


def _digits_error(value: object, bad: str) -> RuleError:
    text = shown(value)
    found = ", ".join(repr(ch) for ch in bad[:5])
    return RuleError(
        "nip.digits",
        QT_TRANSLATE_NOOP("domain.nip", "NIP '{value}' hanya boleh berisi angka 0–9; ditemukan {found}."),
        {"value": text, "characters": bad, "found": found},
    )


def _digits_of_integer(value: object, number: int) -> str:
    """Digits of an integral spreadsheet value, refusing any long enough to have been rounded."""
    if number < 0:
        raise _digits_error(value, "-")
    if number >= 10**_MAX_EXACT_DIGITS:
        raise _precision_error(value)
    return str(number)


def _text_of(raw: object) -> str:
    """Turn a cell value into candidate NIP text; numbers only survive when too short to be a NIP."""
    if raw is None:
        raise _required_error()
    if isinstance(raw, str):
        return raw
    if isinstance(raw, bool):
        raise _digits_error(raw, str(raw))
    if isinstance(raw, numbers.Integral):
        return _digits_of_integer(raw, int(raw))
    if isinstance(raw, Decimal):
        if raw.is_nan():
            raise _required_error()
        sign, digits, exponent = raw.as_tuple()
        if not raw.is_finite() or exponent != 0:
            raise _precision_error(raw)
        if sign:
            raise _digits_error(raw, "-")
        if len(digits) > _MAX_EXACT_DIGITS:
            raise _precision_error(raw)
        return "".join(map(str, digits))
    if isinstance(raw, numbers.Real):  # float, numpy floats, Fraction
        if raw != raw:  # NaN: how pandas reads an empty cell
            raise _required_error()
        raise _precision_error(raw)
    try:
        return str(raw)
    except ValueError:
        raise _digits_error(raw, "?") from None


def normalize_nip(raw: object) -> str:
    """The 18-digit NIP in ``raw``, or a RuleError saying why there is none.

    Strips whitespace (including non-breaking and zero-width spaces, as in "19680411 199303 1 009") and
    nothing else. Numbers are refused unless short, because an 18-digit number has passed through a float
    somewhere and its last digits cannot be trusted.
    """
    if raw.__class__ is str and len(raw) == NIP_LENGTH and raw.isdigit() and raw.isascii():
        return raw  # the common case, without the per-character scan below
    original = _text_of(raw)
    text = "".join(ch for ch in original if not ch.isspace() and ch not in _INVISIBLE)
    if not text:
        raise _required_error()
    if _SCIENTIFIC.fullmatch(text) or _FLOAT_TEXT.fullmatch(text):
        raise _precision_error(text)
    if not (text.isascii() and text.isdigit()):
        bad = "".join(dict.fromkeys(ch for ch in text if not ("0" <= ch <= "9")))
        raise _digits_error(original, bad)
    if len(text) != NIP_LENGTH:
        if len(text) == 9:
            template = QT_TRANSLATE_NOOP(
                "domain.nip",
                "NIP '{value}' berisi {length} digit; NIP harus tepat {expected} digit. "
                "Ini tampak seperti NIP lama (9 digit); isikan NIP baru.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "domain.nip", "NIP '{value}' berisi {length} digit; NIP harus tepat {expected} digit."
            )
        raise RuleError(
            "nip.length", template, {"value": shown(text), "length": len(text), "expected": NIP_LENGTH}
        )
    return text


def _birth_date(nip: str, today: date) -> date:
    try:
        birth = date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))
    except ValueError:
        raise RuleError(
            "nip.birth_date",
            QT_TRANSLATE_NOOP(
                "domain.nip",
                "NIP '{value}': 8 digit pertama ({part}) bukan tanggal lahir yang sah "
                "(format tahun-bulan-tanggal, TTTTBBHH).",
            ),
            {"value": nip, "part": nip[:8]},
        ) from None
    if not (MIN_BIRTH_YEAR <= birth.year <= today.year) or birth > today:
        raise RuleError(
            "nip.birth_date",
            QT_TRANSLATE_NOOP(
                "domain.nip",
                "NIP '{value}': tanggal lahir {birth_date} tidak wajar "
                "(tahun lahir harus antara {min_year} dan {max_year}, bukan tanggal mendatang).",
            ),
            {
                "value": nip,
                "part": nip[:8],
                "birth_date": birth,
                "min_year": MIN_BIRTH_YEAR,
                "max_year": today.year,
            },
        )
    return birth


def _check_year(nip: str, year: int, birth: date, today: date, kind: str) -> None:
    if not (birth.year < year <= today.year + 1):
        if kind == KIND_PNS:
            template = QT_TRANSLATE_NOOP(
                "domain.nip",
                "NIP '{value}': TMT CPNS {part} (tahun {year}) harus setelah tahun lahir {birth_year} "
                "dan tidak melewati {max_year}.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "domain.nip",
                "NIP '{value}': tahun pengangkatan PPPK {year} harus setelah tahun lahir {birth_year} "
                "dan tidak melewati {max_year}.",
            )
        raise RuleError(
            "nip.tmt",
            template,
            {
                "value": nip,
                "year": year,
                "birth_year": birth.year,
                "part": nip[8:14],
                "max_year": today.year + 1,
            },
        )


def parse_nip(raw: object, *, today: date | None = None) -> NipInfo:
    """Decode a NIP, or raise RuleError naming the first part that cannot be right.

    ``today`` bounds the plausible years (defaults to the system date); tests pass a fixed day.
    """
    nip = normalize_nip(raw)
    today = today or date.today()
    birth = _birth_date(nip, today)
    year = int(nip[8:12])
    kind_digits = nip[12:14]
    code = int(kind_digits)
    if 1 <= code <= 12:
        kind = KIND_PNS
        _check_year(nip, year, birth, today, KIND_PNS)
        tmt: date | None = date(year, code, 1)
        contract: int | None = None
    elif 21 <= code <= 29:
        kind = KIND_PPPK
        _check_year(nip, year, birth, today, KIND_PPPK)
        tmt = None
        contract = code - 20
    else:
        raise RuleError(
            "nip.kind",
            QT_TRANSLATE_NOOP(
                "domain.nip",
                "NIP '{value}': digit ke-13–14 ('{part}') bukan struktur NIP PNS (bulan 01–12) "
                "maupun PPPK (21–29).",
            ),
            {"value": nip, "part": kind_digits},
        )
    gender = _GENDER_BY_DIGIT.get(nip[14])
    if gender is None:
        raise RuleError(
            "nip.gender",
            QT_TRANSLATE_NOOP(
                "domain.nip", "NIP '{value}': digit ke-15 ('{part}') harus 1 (laki-laki) atau 2 (perempuan)."
            ),
            {"value": nip, "part": nip[14]},
        )
    serial = int(nip[15:18])
    if serial == 0:
        raise RuleError(
            "nip.serial",
            QT_TRANSLATE_NOOP(
                "domain.nip", "NIP '{value}': nomor urut (3 digit terakhir) harus 001–999, bukan 000."
            ),
            {"value": nip, "part": nip[15:18]},
        )
    return NipInfo(
        nip=nip,
        kind=kind,
        birth_date=birth,
        tmt_cpns=tmt,
        appointment_year=year,
        gender=gender,
        serial=serial,
        pppk_contract_digit=contract,
    )


def is_valid_nip(raw: object, *, today: date | None = None) -> bool:
    """True when ``raw`` is a NIP that :func:`parse_nip` accepts."""
    try:
        parse_nip(raw, today=today)
    except RuleError:
        return False
    return True


def _gender_code(gender: str | None) -> str | None:
    if gender is None or gender in ("L", "P"):
        return gender
    key = " ".join(str(gender).upper().split())
    return GENDER_ALIASES.get(key)


def nip_warnings(info: NipInfo, birth_date: date | None, gender: str | None) -> list[str]:
    """Disagreements between the NIP and the stored tanggal lahir / jenis kelamin, in Indonesian.

    Warnings, not errors: either side may be the wrong one, and the person still has to be imported.
    A gender that is missing or not recognisable ("L"/"P" and common spellings) is not compared.
    """
    return [str(warning) for warning in nip_warning_messages(info, birth_date, gender)]


def nip_warning_messages(info: NipInfo, birth_date: date | None, gender: str | None) -> list[Message]:
    """:func:`nip_warnings` as messages, for a screen in the user's language."""
    warnings: list[Message] = []
    if isinstance(birth_date, datetime):
        birth_date = birth_date.date()
    if birth_date is not None and birth_date != info.birth_date:
        warnings.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "domain.nip",
                    "Tanggal lahir {stated} berbeda dengan tanggal lahir pada NIP {nip} ({encoded}).",
                ),
                stated=birth_date,
                nip=info.nip,
                encoded=info.birth_date,
            )
        )
    stated = _gender_code(gender)
    if stated is not None and stated != info.gender:
        warnings.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "domain.nip",
                    "Jenis kelamin {stated} berbeda dengan NIP {nip} (digit ke-15 '{digit}' berarti {encoded}).",
                ),
                stated=_GENDER_NAMES[stated],
                nip=info.nip,
                digit=info.nip[14],
                encoded=_GENDER_NAMES[info.gender],
            )
        )
    return warnings


def format_nip(nip: object) -> str:
    """The written form, groups separated by single spaces.

    PNS:  "19680411 199303 1 009"      (birth date, TMT CPNS, gender, serial) — the customary form.
    PPPK: "20001231 2024 21 1 001"     (birth date, appointment year, "2" + contract digit, gender, serial).

    Needs 18 digits (RuleError otherwise) but does not validate the parts, so a stored NIP with a doubtful
    date still displays.
    """
    d = normalize_nip(nip)
    if 21 <= int(d[12:14]) <= 29:
        return f"{d[0:8]} {d[8:12]} {d[12:14]} {d[14]} {d[15:18]}"
    return f"{d[0:8]} {d[8:14]} {d[14]} {d[15:18]}"


def mask_nip(nip: object) -> str:
    """The NIP for a projected screen: first 4 and last 3 digits kept, the rest '*', length unchanged.

    Never raises, so a bad record cannot break a Komite Talenta display; short values are masked entirely.
    """
    text = "" if nip is None else shown(nip, limit=10_000)
    text = "".join(ch for ch in text if not ch.isspace() and ch not in _INVISIBLE)
    if len(text) <= 7:
        return "*" * len(text)
    return text[:4] + "*" * (len(text) - 7) + text[-3:]
