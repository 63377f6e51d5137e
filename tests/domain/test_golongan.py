"""Golongan/ruang and pangkat (DOMAIN §8): the table, every accepted spelling, errors and round trips."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from talenta_desktop.domain.errors import RuleError
from talenta_desktop.domain.golongan import ALL_PNS, ALL_PPPK, Golongan, golongan_by_code, parse_golongan

PNS_TABLE = [
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
]
ROMANS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
ROMANS += ["XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII"]
ROMAN_OF_DIGIT = {"1": "I", "2": "II", "3": "III", "4": "IV"}
PENATA = Golongan("PNS", "33", "III/c", "Penata", 11)


def error_code(raw: object, kind: str | None = None) -> str:
    with pytest.raises(RuleError) as caught:
        parse_golongan(raw, kind)
    return caught.value.code


# --- the tables ----------------------------------------------------------------------------------------


def test_pns_table_is_complete_and_exact() -> None:
    assert [(g.code, g.label, g.pangkat) for g in ALL_PNS] == PNS_TABLE
    assert [g.rank for g in ALL_PNS] == list(range(1, 18))
    assert {g.kind for g in ALL_PNS} == {"PNS"}


def test_pppk_table() -> None:
    assert [(g.code, g.label, g.pangkat, g.rank) for g in ALL_PPPK] == [
        (r, r, None, i) for i, r in enumerate(ROMANS, start=1)
    ]
    assert {g.kind for g in ALL_PPPK} == {"PPPK"}


def test_ranks_order_like_codes() -> None:
    assert sorted(ALL_PNS, key=lambda g: g.rank) == sorted(ALL_PNS, key=lambda g: int(g.code))


def test_str_is_label() -> None:
    assert str(PENATA) == "III/c"


# --- accepted spellings ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        "III/c",
        "III/C",
        "iii/c",
        "3c",
        "3C",
        "3/c",
        "III c",
        "III-c",
        "III.c",
        "IIIc",
        "  III  /  c  ",
        "III\u00a0c",
        "Penata (III/c)",
        "penata  ( iii/c )",
        "III/c (Penata)",
        "Penata, III/c",
        "Penata",
        "PENATA",
        "Gol. III/c",
        "Golongan III/c",
        "Gol/Ruang III/c",
        "33",
        " 33 ",
        "33.0",
        "33,0",
        33,
        33.0,
        Decimal("33"),
        PENATA,
    ],
)
def test_pns_spellings(raw: object) -> None:
    assert parse_golongan(raw) == PENATA
    assert parse_golongan(raw, "PNS") == PENATA


@pytest.mark.parametrize(
    ("raw", "label"),
    [
        ("Penata Tk. I", "III/d"),
        ("Penata Tk.I", "III/d"),
        ("Penata Tk I", "III/d"),
        ("PENATA TK. I", "III/d"),
        ("Penata Tingkat I", "III/d"),
        ("Penata Tingkat 1", "III/d"),
        ("Penata Muda Tk. I", "III/b"),
        ("Juru Muda Tk.I", "I/b"),
        ("Pembina Tk. I (IV/b)", "IV/b"),
        ("pembina utama madya", "IV/d"),
        ("Pembina Utama", "IV/e"),
        ("IV/e", "IV/e"),
        ("4e", "IV/e"),
        ("I/a", "I/a"),
        ("1a", "I/a"),
        ("II-d", "II/d"),
    ],
)
def test_pangkat_names_and_other_labels(raw: str, label: str) -> None:
    assert parse_golongan(raw).label == label


@pytest.mark.parametrize("raw", ["IX", "ix", "Gol. IX", "gol ix", "Golongan IX", " IX "])
def test_pppk_roman(raw: str) -> None:
    assert parse_golongan(raw) == ALL_PPPK[8]
    assert parse_golongan(raw, "PPPK") == ALL_PPPK[8]


@pytest.mark.parametrize("raw", ["9", 9, 9.0, "9.0", "IX", "Gol. 9"])
def test_pppk_number_only_with_kind(raw: object) -> None:
    assert parse_golongan(raw, "PPPK") == ALL_PPPK[8]
    assert parse_golongan(raw, "pppk") == ALL_PPPK[8]


@pytest.mark.parametrize("roman", ["I", "II", "III", "IV"])
def test_low_pppk_roman_needs_kind(roman: str) -> None:
    assert parse_golongan(roman, "PPPK").label == roman
    with pytest.raises(RuleError) as caught:
        parse_golongan(roman)
    assert caught.value.code == "golongan.invalid"
    assert "PPPK" in caught.value.message
    assert f"'{roman}'" in caught.value.message


# --- errors --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("raw", [None, "", "   ", float("nan"), Decimal("NaN")])
def test_required(raw: object) -> None:
    assert error_code(raw) == "golongan.required"


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        ("III/e", None),  # ruang e exists only for IV
        ("V/a", None),
        ("III/f", None),
        ("IX", "PNS"),  # PPPK roman without ruang for a PNS
        ("XVII", "PNS"),
        ("III", "PNS"),
        ("9", None),  # a bare number is PPPK only when the kind says so
        (9, None),
        ("9", "PNS"),
        ("18", "PPPK"),
        ("XVIII", None),
        ("0", "PPPK"),
        ("III/c", "PPPK"),  # PPPK have no ruang
        ("Penata", "PPPK"),
        (33, "PPPK"),
        ("Penata (III/d)", None),  # pangkat and label disagree
        ("Penata Tk. II", None),
        ("Penata Sekali", None),
        ("xyz", None),
        ("()", None),
        ("33.5", None),
        (33.5, None),
        (46, None),
        (10**30, None),
        (float("inf"), None),
        (True, None),
        (-33, None),
        ("III/c/d", None),
    ],
)
def test_invalid(raw: object, kind: str | None) -> None:
    with pytest.raises(RuleError) as caught:
        parse_golongan(raw, kind)
    err = caught.value
    assert err.code == "golongan.invalid"
    assert "Bentuk yang diterima" in err.message
    assert str(err) == err.message


def test_invalid_message_names_value() -> None:
    with pytest.raises(RuleError) as caught:
        parse_golongan("Penata (III/d)")
    assert "'Penata (III/d)'" in caught.value.message
    assert "tidak cocok" in caught.value.message


def test_ruang_e_message() -> None:
    with pytest.raises(RuleError) as caught:
        parse_golongan("III/e")
    assert "Ruang 'e' hanya ada pada golongan IV" in caught.value.message


def test_unknown_kind() -> None:
    assert error_code("III/c", "honorer") == "golongan.kind"


def test_cpns_counts_as_pns() -> None:
    assert parse_golongan("III/a", "CPNS").code == "31"


def test_golongan_instance_of_other_kind_is_refused() -> None:
    assert error_code(ALL_PPPK[8], "PNS") == "golongan.invalid"


# --- golongan_by_code ----------------------------------------------------------------------------------


def test_by_code() -> None:
    assert golongan_by_code("33") == PENATA
    assert golongan_by_code(33) == PENATA
    assert golongan_by_code("IX") == ALL_PPPK[8]
    assert golongan_by_code("ix") == ALL_PPPK[8]


@pytest.mark.parametrize("code", ["35", "III/c", "", None, 33.0, True, "XVIII", 0, -33])
def test_by_code_invalid(code: object) -> None:
    with pytest.raises(RuleError) as caught:
        golongan_by_code(code)
    assert caught.value.code == "golongan.invalid"


def test_by_code_with_unprintably_long_int() -> None:
    with pytest.raises(RuleError) as caught:
        golongan_by_code(10**5000)
    assert caught.value.code == "golongan.invalid"


# --- round trips and properties ------------------------------------------------------------------------


def _digit_forms(g: Golongan) -> list[str]:
    roman, ruang = g.label.split("/")
    digit = g.code[0]
    assert ROMAN_OF_DIGIT[digit] == roman
    return [f"{digit}{ruang}", f"{digit}/{ruang}", f"{roman} {ruang}", f"{roman}-{ruang}", f"{roman}.{ruang}"]


@pytest.mark.parametrize("g", ALL_PNS, ids=lambda g: g.label)
def test_every_pns_code_round_trips(g: Golongan) -> None:
    forms: list[object] = [
        g.code,
        int(g.code),
        float(g.code),
        g.label,
        g.label.upper(),
        g.label.lower(),
        g.pangkat,
        f"{g.pangkat} ({g.label})",
        f"{g.pangkat}({g.label})",
        *_digit_forms(g),
    ]
    for form in forms:
        assert parse_golongan(form) == g, form
        assert parse_golongan(form, "PNS") == g, form
    assert golongan_by_code(g.code) == g


@pytest.mark.parametrize("g", ALL_PPPK, ids=lambda g: g.label)
def test_every_pppk_code_round_trips(g: Golongan) -> None:
    for form in (g.code, g.label.lower(), f"Gol. {g.label}", str(g.rank), g.rank):
        assert parse_golongan(form, "PPPK") == g, form
    assert golongan_by_code(g.code) == g


def _vary_case(draw: st.DrawFn, text: str) -> str:
    flips = draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    return "".join(ch.upper() if flip else ch.lower() for ch, flip in zip(text, flips, strict=True))


@st.composite
def pns_spellings(draw: st.DrawFn) -> tuple[Golongan, str]:
    g = draw(st.sampled_from(ALL_PNS))
    roman, ruang = g.label.split("/")
    head = draw(st.sampled_from([roman, g.code[0]]))
    sep = draw(st.sampled_from(["/", " / ", "-", ".", " ", ""]))
    text = _vary_case(draw, f"{head}{sep}{ruang}")
    pad = draw(st.sampled_from(["", " ", "  "]))
    if draw(st.booleans()):
        text = f"{_vary_case(draw, g.pangkat or '')} ({text})"
    return g, f"{pad}{text}{pad}"


@given(pns_spellings())
def test_generated_pns_spellings(case: tuple[Golongan, str]) -> None:
    g, text = case
    assert parse_golongan(text) == g


@given(
    st.one_of(st.none(), st.text(), st.integers(), st.floats(), st.decimals()),
    st.sampled_from([None, "PNS", "PPPK"]),
)
def test_parse_raises_only_rule_errors(raw: object, kind: str | None) -> None:
    try:
        found = parse_golongan(raw, kind)
    except RuleError as err:
        assert err.code in {"golongan.invalid", "golongan.required"}
        assert err.message
    else:
        assert found in ALL_PNS or found in ALL_PPPK
        if kind is not None:
            assert found.kind == kind
