"""SKP predikat (PermenPANRB 6/2022; DOMAIN §4): the 3×3 table, scheme B conversions and parsing."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from talenta_desktop.domain.errors import RuleError
from talenta_desktop.domain.ninebox import Level
from talenta_desktop.domain.skp import (
    PREDIKAT_SCORE,
    Predikat,
    parse_predikat,
    parse_rating,
    predikat,
    predikat_level,
    predikat_score,
)

LOW, MIDDLE, HIGH = Level.LOW, Level.MIDDLE, Level.HIGH

# DOMAIN §4, written out row by row: (hasil kerja, perilaku kerja) -> predikat.
TABLE = [
    (HIGH, LOW, Predikat.KURANG),
    (HIGH, MIDDLE, Predikat.BAIK),
    (HIGH, HIGH, Predikat.SANGAT_BAIK),
    (MIDDLE, LOW, Predikat.KURANG),
    (MIDDLE, MIDDLE, Predikat.BAIK),
    (MIDDLE, HIGH, Predikat.BAIK),
    (LOW, LOW, Predikat.SANGAT_KURANG),
    (LOW, MIDDLE, Predikat.BUTUH_PERBAIKAN),
    (LOW, HIGH, Predikat.BUTUH_PERBAIKAN),
]


@pytest.mark.parametrize(("hasil", "perilaku", "expected"), TABLE)
def test_predikat_table(hasil: Level, perilaku: Level, expected: Predikat) -> None:
    assert predikat(hasil, perilaku) is expected


def test_table_is_not_symmetric() -> None:
    # Rows are hasil kerja: good results with poor behaviour is misconduct, the reverse needs improvement.
    assert predikat(HIGH, LOW) is Predikat.KURANG
    assert predikat(LOW, HIGH) is Predikat.BUTUH_PERBAIKAN


def test_predikat_accepts_plain_ints_and_text() -> None:
    assert predikat(3, 3) is Predikat.SANGAT_BAIK
    assert predikat("Di Atas Ekspektasi", "Sesuai Ekspektasi") is Predikat.BAIK


def test_predikat_rejects_out_of_range_level() -> None:
    with pytest.raises(RuleError) as caught:
        predikat(4, 2)
    assert caught.value.code == "skp.rating"


def test_predikat_values() -> None:
    assert [p.value for p in Predikat] == [
        "Sangat Baik",
        "Baik",
        "Butuh Perbaikan",
        "Kurang/Misconduct",
        "Sangat Kurang",
    ]
    assert Predikat.KURANG == "Kurang/Misconduct"


@pytest.mark.parametrize(
    ("p", "score", "level"),
    [
        (Predikat.SANGAT_BAIK, 100, HIGH),
        (Predikat.BAIK, 80, MIDDLE),
        (Predikat.BUTUH_PERBAIKAN, 60, LOW),
        (Predikat.KURANG, 40, LOW),
        (Predikat.SANGAT_KURANG, 20, LOW),
    ],
)
def test_scheme_b(p: Predikat, score: int, level: Level) -> None:
    assert PREDIKAT_SCORE[p] == score
    assert predikat_score(p) == score
    assert predikat_level(p) is level
    assert predikat_score(p.value.upper()) == score
    assert predikat_level(p.value.lower()) is level


@given(st.sampled_from(list(Level)), st.sampled_from(list(Level)), st.sampled_from(list(Level)))
def test_better_rating_never_lowers_score(fixed: Level, a: Level, b: Level) -> None:
    low, high = sorted((a, b))
    assert predikat_score(predikat(fixed, low)) <= predikat_score(predikat(fixed, high))
    assert predikat_score(predikat(low, fixed)) <= predikat_score(predikat(high, fixed))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Sangat Baik", Predikat.SANGAT_BAIK),
        ("SANGAT BAIK", Predikat.SANGAT_BAIK),
        ("sangat  baik", Predikat.SANGAT_BAIK),
        (" SangatBaik ", Predikat.SANGAT_BAIK),
        ("SB", Predikat.SANGAT_BAIK),
        ("Baik", Predikat.BAIK),
        ("baik", Predikat.BAIK),
        ("Butuh Perbaikan", Predikat.BUTUH_PERBAIKAN),
        ("butuh perbaikan", Predikat.BUTUH_PERBAIKAN),
        ("BUTUH-PERBAIKAN", Predikat.BUTUH_PERBAIKAN),
        ("Kurang", Predikat.KURANG),
        ("Misconduct", Predikat.KURANG),
        ("Kurang/Misconduct", Predikat.KURANG),
        ("Kurang / Misconduct", Predikat.KURANG),
        ("KURANG (MISCONDUCT)", Predikat.KURANG),
        ("Sangat Kurang", Predikat.SANGAT_KURANG),
        ("sangat kurang", Predikat.SANGAT_KURANG),
        (Predikat.BAIK, Predikat.BAIK),
    ],
)
def test_parse_predikat(raw: object, expected: Predikat) -> None:
    assert parse_predikat(raw) is expected


@pytest.mark.parametrize("raw", ["", "Cukup", "Sangat", "Baik Sekali", None, 80, "100", 3.0])
def test_parse_predikat_errors(raw: object) -> None:
    with pytest.raises(RuleError) as caught:
        parse_predikat(raw)
    assert caught.value.code == "skp.predikat"
    assert str(caught.value) == caught.value.message
    assert "Sangat Baik" in caught.value.message


@given(st.sampled_from(list(Predikat)), st.data())
def test_parse_predikat_tolerates_case_and_spacing(p: Predikat, data: st.DataObject) -> None:
    flips = data.draw(st.lists(st.booleans(), min_size=len(p.value), max_size=len(p.value)))
    text = "".join(ch.upper() if flip else ch.lower() for ch, flip in zip(p.value, flips, strict=True))
    spaced = text.replace(" ", data.draw(st.sampled_from([" ", "  ", "\t", "\u00a0"])))
    assert parse_predikat(f" {spaced} ") is p


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Di Bawah Ekspektasi", LOW),
        ("dibawah ekspektasi", LOW),
        ("DI BAWAH EKSPEKTASI", LOW),
        ("di bawah", LOW),
        ("Sesuai Ekspektasi", MIDDLE),
        ("sesuai", MIDDLE),
        ("Di Atas Ekspektasi", HIGH),
        ("diatas", HIGH),
        ("Di atas", HIGH),
        (1, LOW),
        (2, MIDDLE),
        (3, HIGH),
        ("1", LOW),
        (" 2 ", MIDDLE),
        (3.0, HIGH),
        (Decimal(2), MIDDLE),
        (Level.HIGH, HIGH),
    ],
)
def test_parse_rating(raw: object, expected: Level) -> None:
    assert parse_rating(raw) is expected


@pytest.mark.parametrize("raw", ["", "Baik", "ekspektasi", "4", 0, 4, 2.5, None, True, float("nan")])
def test_parse_rating_errors(raw: object) -> None:
    with pytest.raises(RuleError) as caught:
        parse_rating(raw)
    assert caught.value.code == "skp.rating"
    assert "Sesuai Ekspektasi" in caught.value.message


@given(st.one_of(st.none(), st.text(), st.integers(), st.floats(), st.decimals(), st.booleans()))
def test_parsers_raise_only_rule_errors(raw: object) -> None:
    for parse, code in ((parse_predikat, "skp.predikat"), (parse_rating, "skp.rating")):
        try:
            parse(raw)
        except RuleError as err:
            assert err.code == code
