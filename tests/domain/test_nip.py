"""NIP rules (DOMAIN §8): test vectors, every error code, spreadsheet precision loss and properties."""

from __future__ import annotations

import pickle
from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from talenta_desktop.domain.errors import RuleError
from talenta_desktop.domain.nip import (
    NipInfo,
    format_nip,
    is_valid_nip,
    mask_nip,
    nip_warnings,
    normalize_nip,
    parse_nip,
)

TODAY = date(2025, 6, 1)


def error_code(raw: object, **kwargs: object) -> str:
    with pytest.raises(RuleError) as caught:
        parse_nip(raw, **kwargs)
    return caught.value.code


# --- DOMAIN §8 test vectors -------------------------------------------------------------------------


def test_domain_vector_valid_pns() -> None:
    info = parse_nip("200012312024121001")
    assert info == NipInfo(
        nip="200012312024121001",
        kind="PNS",
        birth_date=date(2000, 12, 31),
        tmt_cpns=date(2024, 12, 1),
        appointment_year=2024,
        gender="L",
        serial=1,
        pppk_contract_digit=None,
    )
    assert is_valid_nip("200012312024121001")


def test_domain_vector_valid_pppk() -> None:
    info = parse_nip("200012312024211001")
    assert info == NipInfo(
        nip="200012312024211001",
        kind="PPPK",
        birth_date=date(2000, 12, 31),
        tmt_cpns=None,
        appointment_year=2024,
        gender="L",
        serial=1,
        pppk_contract_digit=1,
    )
    assert is_valid_nip("200012312024211001")


@pytest.mark.parametrize(
    ("nip", "code"),
    [
        ("20001231202412100", "nip.length"),
        ("200013312024121001", "nip.birth_date"),
        ("200012312024123001", "nip.gender"),
    ],
)
def test_domain_vectors_invalid(nip: str, code: str) -> None:
    assert error_code(nip) == code
    assert not is_valid_nip(nip)


# --- normalisation -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    [
        "19680411 199303 1 009",
        "  196804111993031009  ",
        "19680411\u00a0199303\u00a01\u00a0009",  # non-breaking spaces from Word/PDF
        "19680411\t199303\t1\t009",
        "19680411\n199303 1 009",
        "\ufeff196804111993031009\u200b",  # BOM and zero-width space from copy-paste
        "1968 0411 1993 0310 09",
    ],
)
def test_whitespace_in_written_form_is_stripped(written: str) -> None:
    assert normalize_nip(written) == "196804111993031009"
    info = parse_nip(written)
    assert info.birth_date == date(1968, 4, 11)
    assert info.tmt_cpns == date(1993, 3, 1)
    assert info.gender == "L"
    assert info.serial == 9


@pytest.mark.parametrize("raw", [None, "", "   ", "\u00a0\t\n", float("nan"), Decimal("NaN")])
def test_required(raw: object) -> None:
    assert error_code(raw) == "nip.required"
    with pytest.raises(RuleError) as caught:
        normalize_nip(raw)
    assert str(caught.value) == "NIP wajib diisi."


@pytest.mark.parametrize(
    "raw",
    [
        2.0001231202412102e17,
        int(2.0001231202412102e17),
        "1.97E+17",
        "1,97E+17",
        "2.00012E+17",
        "2,00012E+17",
        "2.00012312024121E+17",
        "2e17",
        " 1.97e+17 ",
        "200012312024121001.0",
        "200012312024121001,00",
        200012312024121001,  # even an exact-looking 18-digit number went through a float somewhere
        1968041119930310,  # 16 digits: beyond what a spreadsheet keeps
        Decimal("2.00012E+17"),
        Decimal("200012312024121001"),
        Decimal("200012312024121001.0"),
        Decimal("Infinity"),
        123.0,
        float("inf"),
    ],
)
def test_precision_loss_is_rejected_with_explanation(raw: object) -> None:
    with pytest.raises(RuleError) as caught:
        normalize_nip(raw)
    err = caught.value
    assert err.code == "nip.precision"
    assert "tersimpan sebagai angka" in err.message
    assert "digit terakhirnya hilang" in err.message
    assert "Teks" in err.message
    assert str(err) == err.message
    assert not is_valid_nip(raw)


def test_precision_message_names_the_value() -> None:
    with pytest.raises(RuleError) as caught:
        parse_nip("1.97E+17")
    assert caught.value.message == (
        "NIP '1.97E+17' tersimpan sebagai angka sehingga digit terakhirnya hilang; "
        "ubah format kolom menjadi Teks lalu ketik ulang NIP."
    )
    assert caught.value.params == {"value": "1.97E+17"}


def test_short_int_is_treated_as_its_digits() -> None:
    with pytest.raises(RuleError) as caught:
        normalize_nip(123456789)
    assert caught.value.code == "nip.length"
    assert caught.value.params["length"] == 9
    assert "9 digit" in caught.value.message
    assert "NIP lama" in caught.value.message


@pytest.mark.parametrize(
    ("raw", "bad"),
    [
        ("19680411-199303-1-009", "-"),
        ("19680411.199303.1.009", "."),
        ("'196804111993031009", "'"),
        ("NIP196804111993031009", "NIP"),
        ("１９６８０４１１１９９３０３１００９", "１９６８０４"),  # full-width digits are not ASCII digits
        (-5, "-"),
        (True, "True"),
    ],
)
def test_digits(raw: object, bad: str) -> None:
    with pytest.raises(RuleError) as caught:
        normalize_nip(raw)
    assert caught.value.code == "nip.digits"
    assert caught.value.params["characters"].startswith(bad[:1])
    assert repr(bad[0]) in caught.value.message


@pytest.mark.parametrize("raw", ["1", "20001231202412100", "2000123120241210011", "12345678901234567890"])
def test_length(raw: str) -> None:
    with pytest.raises(RuleError) as caught:
        parse_nip(raw)
    assert caught.value.code == "nip.length"
    assert f"berisi {len(raw)} digit" in caught.value.message
    assert "18 digit" in caught.value.message


# --- parts ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "nip",
    [
        "200002302024121001",  # 30 February
        "200000012024121001",  # month 00
        "200001002024121001",  # day 00
        "193912312024121001",  # born before 1940
        "202612312026121001",  # born after the current year (TODAY is 2025)
        "202506022026121001",  # born tomorrow
        "200012712024122001",  # day 31 + 40: the NIK rule for women never applies to a NIP
    ],
)
def test_birth_date(nip: str) -> None:
    assert error_code(nip, today=TODAY) == "nip.birth_date"


def test_leap_day_birth_date_is_valid() -> None:
    assert parse_nip("200002292024122001", today=TODAY).birth_date == date(2000, 2, 29)


@pytest.mark.parametrize(
    "nip",
    [
        "200012312000121001",  # TMT CPNS in the birth year
        "200012311999121001",  # TMT CPNS before birth
        "200012312027121001",  # TMT CPNS beyond next year
        "200012312000211001",  # PPPK appointed in the birth year
        "200012312027211001",  # PPPK appointed beyond next year
    ],
)
def test_tmt(nip: str) -> None:
    assert error_code(nip, today=TODAY) == "nip.tmt"


def test_tmt_next_year_is_accepted() -> None:
    assert parse_nip("200012312026011001", today=TODAY).tmt_cpns == date(2026, 1, 1)


@pytest.mark.parametrize("kind_digits", ["00", "13", "19", "20", "30", "50", "99"])
def test_kind(kind_digits: str) -> None:
    nip = f"200012312024{kind_digits}1001"
    with pytest.raises(RuleError) as caught:
        parse_nip(nip, today=TODAY)
    assert caught.value.code == "nip.kind"
    assert "bukan struktur NIP PNS (bulan 01–12) maupun PPPK (21–29)" in caught.value.message
    assert f"'{kind_digits}'" in caught.value.message


@pytest.mark.parametrize("digit", ["0", "3", "9"])
@pytest.mark.parametrize("kind_digits", ["12", "21"])
def test_gender(digit: str, kind_digits: str) -> None:
    assert error_code(f"200012312024{kind_digits}{digit}001", today=TODAY) == "nip.gender"


@pytest.mark.parametrize("nip", ["200012312024121000", "200012312024212000"])
def test_serial(nip: str) -> None:
    assert error_code(nip, today=TODAY) == "nip.serial"


def test_female_pns_and_serial_999() -> None:
    info = parse_nip("19850315 201001 2 999", today=TODAY)
    assert (info.kind, info.gender, info.serial, info.tmt_cpns) == ("PNS", "P", 999, date(2010, 1, 1))


def test_pppk_contract_digit_24_is_accepted_and_means_nothing_more() -> None:
    info = parse_nip("199001012025242015", today=TODAY)
    assert info.kind == "PPPK"
    assert info.pppk_contract_digit == 4
    assert info.appointment_year == 2025
    assert info.tmt_cpns is None
    assert info.gender == "P"
    assert info.serial == 15


def test_default_today_accepts_domain_vectors() -> None:
    assert parse_nip("200012312024121001").appointment_year == 2024


# --- warnings ------------------------------------------------------------------------------------------


def test_no_warnings_when_data_agrees() -> None:
    info = parse_nip("200012312024121001")
    assert nip_warnings(info, date(2000, 12, 31), "L") == []
    assert nip_warnings(info, None, None) == []
    assert nip_warnings(info, datetime(2000, 12, 31, 0, 0), "Laki-laki") == []


def test_birth_date_warning() -> None:
    info = parse_nip("200012312024121001")
    warnings = nip_warnings(info, date(2000, 1, 31), "L")
    assert len(warnings) == 1
    assert "31 Januari 2000" in warnings[0]
    assert "31 Desember 2000" in warnings[0]


@pytest.mark.parametrize("stated", ["P", "p", "Perempuan", "WANITA", "F"])
def test_gender_warning(stated: str) -> None:
    info = parse_nip("200012312024121001")
    warnings = nip_warnings(info, date(2000, 12, 31), stated)
    assert len(warnings) == 1
    assert "perempuan" in warnings[0]
    assert "laki-laki" in warnings[0]


def test_gender_warning_for_female_nip_and_both_warnings() -> None:
    info = parse_nip("200012312024122001")
    assert len(nip_warnings(info, date(1999, 12, 31), "Pria")) == 2


def test_unrecognised_gender_is_not_compared() -> None:
    info = parse_nip("200012312024121001")
    assert nip_warnings(info, None, "X") == []
    assert nip_warnings(info, None, "") == []


# --- format and mask -----------------------------------------------------------------------------------


def test_format_pns() -> None:
    assert format_nip("196804111993031009") == "19680411 199303 1 009"
    assert format_nip("200012312024121001") == "20001231 202412 1 001"


def test_format_pppk() -> None:
    assert format_nip("200012312024211001") == "20001231 2024 21 1 001"


def test_format_requires_18_digits() -> None:
    with pytest.raises(RuleError) as caught:
        format_nip("1968")
    assert caught.value.code == "nip.length"


def test_mask() -> None:
    assert mask_nip("196804111993031009") == "1968***********009"
    assert mask_nip("19680411 199303 1 009") == "1968***********009"
    assert mask_nip("") == ""
    assert mask_nip(None) == ""
    assert mask_nip("12345") == "*****"


# --- the error type ------------------------------------------------------------------------------------


def test_rule_error_is_value_error_and_picklable() -> None:
    err = RuleError("nip.length", "NIP '1' berisi 1 digit", {"length": 1})
    assert isinstance(err, ValueError)
    assert str(err) == err.message
    copy = pickle.loads(pickle.dumps(err))
    assert (copy.code, copy.message, copy.params) == (err.code, err.message, err.params)


# --- properties ----------------------------------------------------------------------------------------

births = st.dates(min_value=date(1940, 1, 1), max_value=TODAY)
genders = st.sampled_from([("1", "L"), ("2", "P")])
serials = st.integers(min_value=1, max_value=999)


@st.composite
def pns_nips(draw: st.DrawFn) -> tuple[str, date, int, int, str, int]:
    birth = draw(births)
    year = draw(st.integers(min_value=birth.year + 1, max_value=TODAY.year + 1))
    month = draw(st.integers(min_value=1, max_value=12))
    digit, gender = draw(genders)
    serial = draw(serials)
    nip = f"{birth:%Y%m%d}{year:04d}{month:02d}{digit}{serial:03d}"
    return nip, birth, year, month, gender, serial


@st.composite
def pppk_nips(draw: st.DrawFn) -> tuple[str, date, int, int, str, int]:
    birth = draw(births)
    year = draw(st.integers(min_value=birth.year + 1, max_value=TODAY.year + 1))
    contract = draw(st.integers(min_value=1, max_value=9))
    digit, gender = draw(genders)
    serial = draw(serials)
    nip = f"{birth:%Y%m%d}{year:04d}2{contract}{digit}{serial:03d}"
    return nip, birth, year, contract, gender, serial


@given(pns_nips())
def test_generated_pns_parses_back_to_its_parts(case: tuple[str, date, int, int, str, int]) -> None:
    nip, birth, year, month, gender, serial = case
    info = parse_nip(nip, today=TODAY)
    assert info == NipInfo(nip, "PNS", birth, date(year, month, 1), year, gender, serial, None)


@given(pppk_nips())
def test_generated_pppk_parses_back_to_its_parts(case: tuple[str, date, int, int, str, int]) -> None:
    nip, birth, year, contract, gender, serial = case
    info = parse_nip(nip, today=TODAY)
    assert info == NipInfo(nip, "PPPK", birth, None, year, gender, serial, contract)


@given(st.one_of(pns_nips(), pppk_nips()))
def test_format_then_normalize_round_trips(case: tuple[str, ...]) -> None:
    nip = case[0]
    written = format_nip(nip)
    assert " " in written
    assert normalize_nip(written) == nip
    assert parse_nip(written, today=TODAY) == parse_nip(nip, today=TODAY)


@given(st.text(alphabet="0123456789", min_size=18, max_size=18))
def test_format_round_trips_any_18_digits(nip: str) -> None:
    assert normalize_nip(format_nip(nip)) == nip


@given(st.text(alphabet="0123456789", min_size=8, max_size=30))
def test_mask_keeps_length_and_ends(nip: str) -> None:
    masked = mask_nip(nip)
    assert len(masked) == len(nip)
    assert masked[:4] == nip[:4]
    assert masked[-3:] == nip[-3:]
    assert set(masked[4:-3]) <= {"*"}


@given(st.floats(allow_nan=False))
def test_every_float_is_precision_loss(value: float) -> None:
    with pytest.raises(RuleError) as caught:
        normalize_nip(value)
    assert caught.value.code == "nip.precision"


@given(st.integers(min_value=10**15))
def test_every_long_integer_is_precision_loss(value: int) -> None:
    with pytest.raises(RuleError) as caught:
        normalize_nip(value)
    assert caught.value.code == "nip.precision"


@given(
    st.one_of(
        st.none(),
        st.text(),
        st.text(alphabet="0123456789 .,eE+-'\u00a0"),
        st.text(alphabet="0123456789", min_size=18, max_size=18),
        st.integers(),
        st.floats(),
        st.decimals(),
        st.booleans(),
    )
)
def test_parse_raises_only_rule_errors(raw: object) -> None:
    try:
        info = parse_nip(raw, today=TODAY)
    except RuleError as err:
        assert err.code.startswith("nip.")
        assert str(err) == err.message
        assert err.message
    else:
        assert isinstance(raw, str)
        assert len(info.nip) == 18
        assert is_valid_nip(raw, today=TODAY)
