"""Age and retirement (batas usia pensiun, BUP) arithmetic."""

from __future__ import annotations

from datetime import date


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
