"""The one masking rule (domain.masking) that the projector and the redacted reports share."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from talenta_desktop.domain import masking, nip
from talenta_desktop.domain.masking import initials, mask_nip, masked_identity


def test_initials_drop_gelar_and_keep_one_letter_a_word():
    assert initials("Dr. Siti Aminah, M.Si.") == "S.A."
    assert initials("Drs. H. Bambang Sutrisno, M.Si.") == "B.S."
    assert initials("Anak Agung Gede Ngurah") == "A.A.G.N."
    assert initials("Nur-Aini") == "N.A."
    assert initials("Faizah") == "F."


def test_a_missing_name_is_a_dash_never_the_raw_value():
    assert initials("") == initials(None) == initials("   ") == "—"
    assert initials("12345") == "—"  # a NIP typed in the name column is not echoed


def test_masked_identity_is_initials_and_the_masked_nip():
    assert masked_identity("Dr. Siti Aminah, M.Si.", "196804111993031009") == ("S.A.", "1968***********009")
    assert masked_identity("Siti Aminah", "19680411 199303 1 009") == ("S.A.", "1968***********009")
    assert masked_identity(None, None) == ("—", "")


def test_the_nip_rule_is_the_one_of_the_nip_module():
    assert mask_nip is nip.mask_nip  # one rule, exported from one place
    assert set(masking.__all__) == {"initials", "mask_nip", "masked_identity", "redact_hukdis"}


@given(st.from_regex(r"[0-9]{18}", fullmatch=True))
def test_a_masked_nip_keeps_only_the_ends(value):
    masked = mask_nip(value)
    assert len(masked) == 18 and masked[:4] == value[:4] and masked[-3:] == value[-3:]
    assert set(masked[4:-3]) == {"*"}


_WORD = st.from_regex(r"[A-Z][a-z]{2,10}", fullmatch=True).filter(lambda w: w != "Hajjah")  # a gelar


@given(st.lists(_WORD, min_size=1, max_size=5))
def test_initials_never_print_a_word_of_the_name(words):
    shown = initials(" ".join(words))
    assert shown == ".".join(w[0] for w in words) + "."
    assert not any(word in shown for word in words)


def test_a_disciplinary_holding_reason_loses_its_details_and_nothing_else():
    reason = "Hukuman disiplin tingkat berat (TMT 3 Maret 2024) dalam 5 tahun terakhir; Belum ada SKP 2025"
    assert masking.redact_hukdis(reason, "Hukuman disiplin (rahasia)") == (
        "Hukuman disiplin (rahasia); Belum ada SKP 2025"
    )
    assert masking.redact_hukdis("Belum ada asesmen", "x") == "Belum ada asesmen"
