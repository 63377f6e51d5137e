"""What counts as an empty spreadsheet cell, for every parser and importer."""

from __future__ import annotations


def is_blank(value: object) -> bool:
    """None, whitespace-only text, or a float NaN (how pandas and some readers write an empty cell)."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    return isinstance(value, float) and value != value
