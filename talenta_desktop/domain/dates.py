"""Dates as Indonesian files write them, and age and retirement (BUP) arithmetic.

SIASN exports and regional spreadsheets carry dates as dd-mm-yyyy text, ISO text, spreadsheet serial
numbers, real date cells, or in words with Indonesian month names ("17 Agustus 1980").
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from talenta_desktop.domain.cells import is_blank
from talenta_desktop.domain.errors import RuleError, shown
from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP, Message, Template

MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip
# Month words and abbreviations met in files, Indonesian first (old spellings too), then English.
_MONTH_WORDS = {
    **{name.lower(): i for i, name in enumerate(MONTHS, 1)},
    "pebruari": 2, "nopember": 11, "agustus": 8,
    "jan": 1, "feb": 2, "peb": 2, "mar": 3, "apr": 4, "mei": 5, "jun": 6, "jul": 7, "agu": 8, "agt": 8,
    "ags": 8, "agus": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "nop": 11, "des": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8, "aug": 8,
    "october": 10, "oct": 10, "december": 12, "dec": 12,
}  # fmt: skip
_EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 = 1900-01-01, counting Excel's phantom 29 Feb 1900
_SERIAL_RANGE = (366, 73050)  # 1901 … 2099: any wider and a year or a count would pass as a date
_DAY_FIRST = re.compile(r"(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})")
_ISO = re.compile(r"(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})")
_WORDS = re.compile(r"(\d{1,2})[\s\-/.]*([A-Za-z]+)\.?[\s\-/.,]*(\d{4})")
_TIME_SUFFIX = re.compile(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$")
ACCEPTED_FORMS = QT_TRANSLATE_NOOP(
    "domain.dates", "dd-mm-yyyy, yyyy-mm-dd, '17 Agustus 1980', atau sel tanggal"
)


def _invalid(raw: object, reason: Template | Message | None = None) -> RuleError:
    params = {"value": shown(raw), "forms": ACCEPTED_FORMS, "reason": reason}
    if reason is None:
        template = QT_TRANSLATE_NOOP("domain.dates", "Tanggal '{value}' tidak dikenali; gunakan {forms}.")
    else:
        template = QT_TRANSLATE_NOOP(
            "domain.dates", "Tanggal '{value}' tidak dikenali ({reason}); gunakan {forms}."
        )
    return RuleError("date.invalid", template, params)


_REQUIRED = QT_TRANSLATE_NOOP("domain.dates", "Tanggal wajib diisi.")


def _make(year: int, month: int, day: int, raw: object) -> date:
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise _invalid(raw, QT_TRANSLATE_NOOP("domain.dates", "tanggal itu tidak ada di kalender")) from exc


def parse_date(raw: object) -> date:
    """A date from any form a personnel file uses; RuleError ("date.required"/"date.invalid") otherwise."""
    if is_blank(raw):
        raise RuleError("date.required", _REQUIRED)
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    if isinstance(raw, bool):
        raise _invalid(raw)
    if isinstance(raw, int | float):
        if float(raw).is_integer() and 1900 <= raw <= 2100:
            raise _invalid(raw, QT_TRANSLATE_NOOP("domain.dates", "hanya tahun, bukan tanggal lengkap"))
        if not _SERIAL_RANGE[0] <= raw <= _SERIAL_RANGE[1]:
            raise _invalid(
                raw, QT_TRANSLATE_NOOP("domain.dates", "angka ini bukan nomor seri tanggal lembar kerja")
            )
        return _EXCEL_EPOCH + timedelta(days=int(raw))
    text = " ".join(str(raw).split())
    if not text:
        raise RuleError("date.required", _REQUIRED)
    text = _TIME_SUFFIX.sub("", text)
    if match := _DAY_FIRST.fullmatch(text):
        day, month, year = map(int, match.groups())
        return _make(year, month, day, raw)
    if match := _ISO.fullmatch(text):
        year, month, day = map(int, match.groups())
        return _make(year, month, day, raw)
    if match := _WORDS.fullmatch(text):
        month = _MONTH_WORDS.get(match.group(2).lower())
        if month is None:
            raise _invalid(
                raw,
                Message(
                    QT_TRANSLATE_NOOP("domain.dates", "nama bulan '{month}' tidak dikenal"),
                    month=match.group(2),
                ),
            )
        return _make(int(match.group(3)), month, int(match.group(1)), raw)
    if text.isdigit() and len(text) == 8:  # 19800817, as some exports write it
        return _make(int(text[:4]), int(text[4:6]), int(text[6:]), raw)
    if re.fullmatch(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2}", text):
        raise _invalid(
            raw, QT_TRANSLATE_NOOP("domain.dates", "tahun dua digit membingungkan; tulis tahun lengkap")
        )
    raise _invalid(raw)


def format_tanggal(day: date) -> str:
    """A date as Indonesian users write it in letters: "31 Desember 2000"."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def age_on(born: date, on: date) -> int:
    """Whole years of age on a day."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a common year
        return day.replace(year=day.year + years, day=28)


def retirement_date(born: date, bup: int) -> date:
    """Retirement (TMT pensiun) takes effect on the first day of the month after the BUP birthday."""
    year, month = born.year + bup, born.month + 1
    if month == 13:
        year, month = year + 1, 1
    return date(year, month, 1)
