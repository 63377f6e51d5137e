"""Dates and numbers as the interface language writes them, through the default QLocale that
`ui.language.apply_language` sets: "17 Agustus 2025" and "1.234,5" in Indonesian, "17 August 2025" and
"1,234.5" in English. The UI formats through here; services keep ISO dates and plain numbers."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

NONE = "—"


def date_text(day: date | None) -> str:
    """17 Agustus 2025."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy") if day else NONE


def weekday_text(day: date) -> str:
    """Senin / Monday."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd")


def short_date_text(day: date | None) -> str:
    """17 Agu 2025: for narrow table columns."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy") if day else NONE


def datetime_text(moment: datetime | None, seconds: bool = False) -> str:
    """17 Agustus 2025 14.05 (17 August 2025 14:05 in English) in local time (an aware moment is
    converted first)."""
    if moment is None:
        return NONE
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    time_format = QLocale().timeFormat(QLocale.FormatType.ShortFormat)  # HH.mm / HH:mm
    if seconds:
        time_format += time_format[2] + "ss"  # the same separator as between hours and minutes
    qt = QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute, moment.second)
    )
    return QLocale().toString(qt, f"d MMMM yyyy {time_format}")


def clock_text(stored: str) -> str:
    """A time of day stored as "09.00" written as the language does: 09.00 / 09:00."""
    hours, _, minutes = stored.replace(":", ".").partition(".")
    if not (hours.isdigit() and minutes.isdigit()):
        return stored  # not a time this app wrote: shown as typed
    return QLocale().toString(
        QTime(int(hours), int(minutes)), QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    )


def number_text(value: float | int | None, decimals: int = 0) -> str:
    """1.234,5 — with thousands grouping, `decimals` places."""
    if value is None:
        return NONE
    if decimals == 0:
        return QLocale().toString(round(value))
    return QLocale().toString(float(value), "f", decimals)


def percent_text(value: float | None, decimals: int = 1) -> str:
    """12,5% from 12.5."""
    return NONE if value is None else number_text(value, decimals) + "%"
