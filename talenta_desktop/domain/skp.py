"""SKP predikat kinerja (PermenPANRB 6/2022; DOMAIN §4).

An SKP appraisal rates hasil kerja and perilaku kerja each di bawah / sesuai / di atas ekspektasi; the
predikat follows from the pair by a fixed 3×3 table. Scheme B ("Predikat SKP langsung") then maps the
predikat to a kinerja level and, when a number is needed, to a score.
"""

from __future__ import annotations

import numbers
import re
from decimal import Decimal
from enum import StrEnum

from talenta_desktop.domain.errors import RuleError, shown
from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP
from talenta_desktop.domain.ninebox import Level


class Predikat(StrEnum):
    """The five predikat kinerja, valued as e-Kinerja and SIASN spell them."""

    SANGAT_BAIK = "Sangat Baik"
    BAIK = "Baik"
    BUTUH_PERBAIKAN = "Butuh Perbaikan"
    KURANG = "Kurang/Misconduct"
    SANGAT_KURANG = "Sangat Kurang"


# (hasil kerja, perilaku kerja) -> predikat; rows of DOMAIN §4 are hasil kerja, columns perilaku.
_TABLE: dict[tuple[Level, Level], Predikat] = {
    (Level.HIGH, Level.LOW): Predikat.KURANG,
    (Level.HIGH, Level.MIDDLE): Predikat.BAIK,
    (Level.HIGH, Level.HIGH): Predikat.SANGAT_BAIK,
    (Level.MIDDLE, Level.LOW): Predikat.KURANG,
    (Level.MIDDLE, Level.MIDDLE): Predikat.BAIK,
    (Level.MIDDLE, Level.HIGH): Predikat.BAIK,
    (Level.LOW, Level.LOW): Predikat.SANGAT_KURANG,
    (Level.LOW, Level.MIDDLE): Predikat.BUTUH_PERBAIKAN,
    (Level.LOW, Level.HIGH): Predikat.BUTUH_PERBAIKAN,
}

# Scheme B numeric conversion (DOMAIN §4), used where a 0–100 kinerja score is needed.
PREDIKAT_SCORE: dict[Predikat, int] = {
    Predikat.SANGAT_BAIK: 100,
    Predikat.BAIK: 80,
    Predikat.BUTUH_PERBAIKAN: 60,
    Predikat.KURANG: 40,
    Predikat.SANGAT_KURANG: 20,
}

# Scheme B level: only Sangat Baik is above expectation; Baik meets it; the rest fall below.
_PREDIKAT_LEVEL: dict[Predikat, Level] = {
    Predikat.SANGAT_BAIK: Level.HIGH,
    Predikat.BAIK: Level.MIDDLE,
    Predikat.BUTUH_PERBAIKAN: Level.LOW,
    Predikat.KURANG: Level.LOW,
    Predikat.SANGAT_KURANG: Level.LOW,
}

RATING_LABELS: dict[Level, str] = {
    Level.LOW: "Di Bawah Ekspektasi",
    Level.MIDDLE: "Sesuai Ekspektasi",
    Level.HIGH: "Di Atas Ekspektasi",
}


def _key(text: str) -> str:
    """Letters only, lower case: "Kurang / Misconduct", "KURANG/MISCONDUCT" and "kurang misconduct" meet."""
    return re.sub(r"[^a-z]", "", text.lower())


_PREDIKAT_ALIASES: dict[str, Predikat] = {
    "sangatbaik": Predikat.SANGAT_BAIK,
    "sb": Predikat.SANGAT_BAIK,
    "baik": Predikat.BAIK,
    "b": Predikat.BAIK,
    "butuhperbaikan": Predikat.BUTUH_PERBAIKAN,
    "bp": Predikat.BUTUH_PERBAIKAN,
    "kurang": Predikat.KURANG,
    "misconduct": Predikat.KURANG,
    "kurangmisconduct": Predikat.KURANG,
    "k": Predikat.KURANG,
    "sangatkurang": Predikat.SANGAT_KURANG,
    "sk": Predikat.SANGAT_KURANG,
}

_RATING_ALIASES: dict[str, Level] = {
    "dibawahekspektasi": Level.LOW,
    "dibawah": Level.LOW,
    "bawah": Level.LOW,
    "sesuaiekspektasi": Level.MIDDLE,
    "sesuai": Level.MIDDLE,
    "diatasekspektasi": Level.HIGH,
    "diatas": Level.HIGH,
    "atas": Level.HIGH,
}


def _rating_error(raw: object) -> RuleError:
    text = shown(raw)
    return RuleError(
        "skp.rating",
        QT_TRANSLATE_NOOP(
            "domain.skp",
            "Penilaian '{value}' tidak dikenali; gunakan 'Di Bawah Ekspektasi', 'Sesuai Ekspektasi' atau "
            "'Di Atas Ekspektasi' (atau angka 1, 2, 3).",
        ),
        {"value": text},
    )


def parse_rating(raw: object) -> Level:
    """A hasil kerja or perilaku kerja rating as a Level: text as e-Kinerja writes it, or 1/2/3."""
    if isinstance(raw, bool) or raw is None:
        raise _rating_error(raw)
    if isinstance(raw, numbers.Number | Decimal):
        # Whole numbers only: 2.0 from a spreadsheet cell is fine, 2.5 is not.
        if isinstance(raw, Decimal) and (not raw.is_finite() or raw.adjusted() > 1):
            raise _rating_error(raw)
        try:
            whole = int(raw)
        except (TypeError, ValueError, OverflowError):
            raise _rating_error(raw) from None
        if whole != raw or whole not in (1, 2, 3):
            raise _rating_error(raw)
        return Level(whole)
    if not isinstance(raw, str):
        raise _rating_error(raw)
    text = raw.strip()
    if text in ("1", "2", "3"):
        return Level(int(text))
    found = _RATING_ALIASES.get(_key(text))
    if found is None:
        raise _rating_error(raw)
    return found


def _level(value: object) -> Level:
    return value if isinstance(value, Level) else parse_rating(value)


def predikat(hasil_kerja: Level, perilaku_kerja: Level) -> Predikat:
    """The predikat kinerja for a hasil kerja rating (table row) and a perilaku kerja rating (column)."""
    return _TABLE[(_level(hasil_kerja), _level(perilaku_kerja))]


def parse_predikat(raw: object) -> Predikat:
    """A predikat as spelled in e-Kinerja exports and spreadsheets, tolerant of case, spacing and "/"."""
    if isinstance(raw, Predikat):
        return raw
    found = _PREDIKAT_ALIASES.get(_key(raw)) if isinstance(raw, str) else None
    if found is None:
        text = shown(raw)
        raise RuleError(
            "skp.predikat",
            QT_TRANSLATE_NOOP(
                "domain.skp",
                "Predikat '{value}' tidak dikenali; gunakan Sangat Baik, Baik, Butuh Perbaikan, "
                "Kurang/Misconduct atau Sangat Kurang.",
            ),
            {"value": text},
        )
    return found


def predikat_score(p: Predikat | str) -> int:
    """Scheme B score (SB 100, B 80, BP 60, K 40, SK 20)."""
    return PREDIKAT_SCORE[parse_predikat(p)]


def predikat_level(p: Predikat | str) -> Level:
    """Scheme B kinerja level: Sangat Baik above, Baik meets, the rest below expectation."""
    return _PREDIKAT_LEVEL[parse_predikat(p)]
