"""Scoring arithmetic (DOMAIN §3–§4): each preset on hand-computed cases, the cut-off edges, weight
redistribution, the holding area's rules and the national box numbers of `boxes_of`.

The frames here have the columns `load_inputs` produces (one row per person, index person_id), so the
numbers are exactly what `compute_placements` receives from a real database; every expected score is
worked out by hand in the comments.
"""

from __future__ import annotations

import copy
import json
from datetime import date

import numpy as np
import pandas as pd
import pytest

from talenta_desktop.services.talent.mapping import boxes_of
from talenta_desktop.services.talent.schemes import PRESETS, validate_params
from talenta_desktop.services.talent.scoring import compute_placements, levels_of

REFERENCE = date(2025, 12, 31)  # period "2025"
PARAMS = {preset.name: preset.params for preset in PRESETS}
BKN = PARAMS["BKN Kepka 411/2025"]
SKP_LANGSUNG = PARAMS["Predikat SKP langsung"]
JPM = PARAMS["JPM pemetaan"]
TANJUNGPINANG = PARAMS["Tanjungpinang 2022"]

NO_SKP = "Tidak ada SKP pada tahun periode"
NO_ASSESSMENT = "Tidak ada hasil asesmen yang masih berlaku"


def person(**values) -> dict:
    """A person who is mapped under every preset unless a test says otherwise; numbers are round so
    that the arithmetic in the tests stays readable."""
    row = {
        "jenis_pegawai": "PNS",
        "tanggal_lahir": "1985-05-05",  # ISO text, as SQLite returns it
        "bup": 58,
        "tingkat_pendidikan": "S1",
        "golongan": "33",
        "kedudukan": "Aktif",
        "jabatan_nama": "Analis Kebijakan",
        "skp_mean": 80.0,
        "skp_latest": 80.0,
        "skp_latest_year": 2025.0,
        "asesmen_tanggal": "2024-03-01",
        "jpm": 80.0,
        "nilai_manajerial": 80.0,
        "nilai_sosial_kultural": 80.0,
        "nilai_teknis": 80.0,
        "nilai_potensi": 80.0,
        "asesmen_lama": False,
        "jp_per_year": 20.0,
        "jabatan_count": 3.0,
        "penghargaan_score": 0.0,
        "integritas_score": 100.0,
        "hukdis_tingkat": None,
        "hukdis_tmt": None,
        "golongan_score": 64.71,  # III/c: rank 11 of 17
    }
    unknown = set(values) - set(row)
    assert not unknown, f"not a load_inputs column: {unknown}"
    row.update(values)
    return row


def frame(*people: dict) -> pd.DataFrame:
    out = pd.DataFrame(list(people), index=pd.Index(range(1, len(people) + 1), name="person_id"))
    out["bup"] = out["bup"].astype(np.int64)
    return out


def one(params: dict, **values) -> pd.Series:
    """The placement row of a single person."""
    return compute_placements(frame(person(**values)), params, REFERENCE).iloc[0]


def box(row: pd.Series) -> int | None:
    boxes = boxes_of(pd.DataFrame([row]))
    return None if pd.isna(boxes.iloc[0]) else int(boxes.iloc[0])


def test_every_preset_is_valid_as_shipped():
    for preset in PRESETS:
        assert validate_params(preset.params) == [], preset.name


# -- the national numbering ------------------------------------------------------------------------

NATIONAL = {  # (kinerja, potensial) -> kotak (DOMAIN §3)
    (1, 1): 1,
    (2, 1): 2,
    (1, 2): 3,
    (3, 1): 4,
    (2, 2): 5,
    (1, 3): 6,
    (3, 2): 7,
    (2, 3): 8,
    (3, 3): 9,
}


def test_boxes_of_numbers_every_level_pair_nationally_and_leaves_the_holding_area_empty():
    levels = pd.DataFrame(
        [(k, p) for k, p in NATIONAL] + [(np.nan, np.nan), (2.0, np.nan)],
        columns=["kinerja_level", "potensial_level"],
        index=range(101, 112),
    )
    boxes = boxes_of(levels)
    assert boxes.dtype == "Int64"
    assert boxes.index.tolist() == list(range(101, 112))  # aligned with the people, not renumbered
    assert boxes.iloc[:9].tolist() == list(NATIONAL.values())
    assert boxes.iloc[9:].isna().all()  # no levels, no box — never a default one


def test_boxes_of_reads_other_level_columns_such_as_the_calibrated_ones():
    levels = pd.DataFrame({"k": [3.0, 1.0], "p": [1.0, 3.0]})
    assert boxes_of(levels, "k", "p").tolist() == [4, 6]


def test_levels_of_puts_each_cut_off_in_the_upper_level():
    scores = np.array([0.0, 59.99, 60.0, 79.99, 80.0, 100.0])
    assert levels_of(scores, [60, 80]).tolist() == [1, 1, 2, 2, 3, 3]


# -- A. BKN Kepka 411/2025 -------------------------------------------------------------------------


def test_bkn_worked_example_shares_out_the_weights_of_unrecorded_components():
    row = one(
        BKN,
        skp_mean=90.0,  # Sangat Baik 2025 (100) and Baik 2024 (80)
        penghargaan_score=70.0,  # an award of the kabupaten
        jpm=70.0,
        jp_per_year=10.0,  # pengembangan 10 / 20 JP × 100 = 50
        jabatan_count=2.0,  # pengalaman 20 + 20 × 2 = 60
        nilai_potensi=80.0,
        tingkat_pendidikan="S1",  # 80
    )
    # kinerja: tim kerja (15) and umpan balik 360° (10) are not recorded, so only 60 + 15 count:
    #   (90 × 60 + 70 × 15) / 75 = (5400 + 1050) / 75 = 86.00  → di atas (≥ 80)
    #   (without sharing out, (5400 + 1050) / 100 = 64.5 would have read "sesuai")
    assert row["nilai_kinerja"] == 86.0
    assert row["kinerja_level"] == 3
    # potensial: kesesuaian bidang (10) is not recorded, so 90 of the weights count:
    #   (70×20 + 50×10 + 60×10 + 80×25 + 80×10 + 100×15) / 90
    #   = (1400 + 500 + 600 + 2000 + 800 + 1500) / 90 = 6800 / 90 = 75.555…  → 75.56 menengah
    assert row["nilai_potensial"] == 75.56
    assert row["potensial_level"] == 2
    # nilai talenta = 50% kinerja + 50% potensial = (86 + 75.56) / 2 = 80.78
    assert row["nilai_talenta"] == 80.78
    assert box(row) == 7
    assert pd.isna(row["holding_reason"])
    components = json.loads(row["components"])
    assert components["kinerja"] == {
        "skp_predikat": 90.0,
        "penghargaan": 70.0,
        "tim_kerja": None,
        "umpan_balik_360": None,
    }
    assert components["potensial"] == {
        "kompetensi": 70.0,
        "pengembangan_kompetensi": 50.0,
        "pengalaman_jabatan": 60.0,
        "potensi": 80.0,
        "pendidikan": 80.0,
        "kesesuaian_bidang": None,
        "integritas": 100.0,
    }


def test_bkn_sub_scores_are_capped_at_100():
    row = one(
        BKN,
        skp_mean=80.0,  # Baik both years
        penghargaan_score=0.0,  # no award in the last five years
        jpm=95.0,
        jp_per_year=30.0,  # 150 → capped at 100
        jabatan_count=5.0,  # 20 + 100 → capped at 100
        nilai_potensi=90.0,
        tingkat_pendidikan="S2",  # 90
    )
    # kinerja: (80 × 60 + 0 × 15) / 75 = 4800 / 75 = 64.00 → sesuai
    assert (row["nilai_kinerja"], row["kinerja_level"]) == (64.0, 2)
    # potensial: (95×20 + 100×10 + 100×10 + 90×25 + 90×10 + 100×15) / 90
    #   = (1900 + 1000 + 1000 + 2250 + 900 + 1500) / 90 = 8550 / 90 = 95.00 → tinggi
    assert (row["nilai_potensial"], row["potensial_level"]) == (95.0, 3)
    assert box(row) == 8


def test_bkn_optional_component_without_data_gives_its_weight_to_the_others():
    # the worked example above, with the level of education unknown: pendidikan (10) drops out too
    #   (1400 + 500 + 600 + 2000 + 1500) / 80 = 6000 / 80 = 75.00
    row = one(
        BKN,
        jpm=70.0,
        jp_per_year=10.0,
        jabatan_count=2.0,
        nilai_potensi=80.0,
        tingkat_pendidikan="",
    )
    assert row["nilai_potensial"] == 75.0
    assert json.loads(row["components"])["potensial"]["pendidikan"] is None
    assert pd.isna(row["holding_reason"])


@pytest.mark.parametrize(
    ("values", "score", "level"),
    [
        # kinerja (60 SKP + 15 penghargaan over 75):
        #   SB both years, no award: 100 × 60 / 75 = 80.00 → exactly the upper cut-off: di atas
        ({"skp_mean": 100.0, "penghargaan_score": 0.0}, 80.0, 3),
        #   BP + K (mean 50), national award 100: (3000 + 1500) / 75 = 60.00 → exactly 60: sesuai
        ({"skp_mean": 50.0, "penghargaan_score": 100.0}, 60.0, 2),
        #   BP + K, provincial award 85: (3000 + 1275) / 75 = 57.00 → di bawah
        ({"skp_mean": 50.0, "penghargaan_score": 85.0}, 57.0, 1),
    ],
)
def test_bkn_kinerja_cut_offs(values, score, level):
    row = one(BKN, **values)
    assert (row["nilai_kinerja"], row["kinerja_level"]) == (score, level)


# potensial parts that stay fixed below: jpm 80 (×20 = 1600), 20 JP (100 ×10 = 1000), two posts
# (60 ×10 = 600), S1 (80 ×10 = 800), a ringan sentence (integritas 75 ×15 = 1125): 5125 without potensi
_HIGH_EDGE = {"jpm": 80.0, "jp_per_year": 20.0, "jabatan_count": 2.0, "integritas_score": 75.0}
# and near 60: jpm 60 (1200), 10 JP (50 → 500), one post (40 → 400), D3 (65 → 650),
# no sentence (100 → 1500): 4250 without potensi
_LOW_EDGE = {"jpm": 60.0, "jp_per_year": 10.0, "jabatan_count": 1.0, "tingkat_pendidikan": "D3"}


@pytest.mark.parametrize(
    ("values", "score", "level"),
    [
        # (5125 + 83 × 25) / 90 = (5125 + 2075) / 90 = 7200 / 90 = 80.00 → tinggi
        ({**_HIGH_EDGE, "nilai_potensi": 83.0}, 80.0, 3),
        # (5125 + 82.96 × 25) / 90 = (5125 + 2074) / 90 = 7199 / 90 = 79.988… → 79.99 → menengah
        ({**_HIGH_EDGE, "nilai_potensi": 82.96}, 79.99, 2),
        # (4250 + 46 × 25) / 90 = (4250 + 1150) / 90 = 5400 / 90 = 60.00 → menengah
        ({**_LOW_EDGE, "nilai_potensi": 46.0}, 60.0, 2),
        # (4250 + 45.96 × 25) / 90 = (4250 + 1149) / 90 = 5399 / 90 = 59.988… → 59.99 → rendah
        ({**_LOW_EDGE, "nilai_potensi": 45.96}, 59.99, 1),
    ],
)
def test_bkn_potensial_cut_offs(values, score, level):
    row = one(BKN, **values)
    assert (row["nilai_potensial"], row["potensial_level"]) == (score, level)


# -- B. Predikat SKP langsung ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("predikat", "score", "level"),
    [
        ("Sangat Baik", 100.0, 3),  # di atas ekspektasi
        ("Baik", 80.0, 2),  # sesuai ekspektasi
        ("Butuh Perbaikan", 60.0, 1),  # di bawah ekspektasi
        ("Kurang/Misconduct", 40.0, 1),
        ("Sangat Kurang", 20.0, 1),
    ],
)
def test_predikat_skp_langsung_maps_the_latest_predikat_straight_to_a_level(predikat, score, level):
    # the numeric conversion of DOMAIN §4 (SB 100, B 80, BP 60, K 40, SK 20) is what load_inputs stores
    # as skp_latest; the mean of both years (60 here) plays no part in this scheme
    row = one(SKP_LANGSUNG, skp_latest=score, skp_mean=60.0)
    assert row["nilai_kinerja"] == score
    assert row["kinerja_level"] == level


def test_predikat_skp_langsung_takes_potensial_as_bkn_does():
    values = {"jpm": 70.0, "jp_per_year": 10.0, "jabatan_count": 2.0, "nilai_potensi": 80.0}
    row = one(SKP_LANGSUNG, skp_latest=100.0, **values)
    # the same 6800 / 90 = 75.56 as the BKN worked example → menengah; SB → di atas: box 7
    assert row["nilai_potensial"] == 75.56
    assert box(row) == 7
    # nilai talenta (100 + 75.56) / 2 = 87.78
    assert row["nilai_talenta"] == 87.78


# -- C. JPM pemetaan -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("jpm", "level"),
    [
        (100.0, 3),
        (90.0, 3),  # ≥ 90%: Optimal → tinggi
        (89.99, 2),  # Cukup Optimal → menengah
        (78.0, 2),  # 78% is the lower edge of Cukup Optimal
        (77.99, 1),  # Kurang Optimal → rendah
        (0.0, 1),
    ],
)
def test_jpm_pemetaan_edges(jpm, level):
    row = one(JPM, jpm=jpm)
    assert row["nilai_potensial"] == jpm  # JPM is the whole potensial axis
    assert row["potensial_level"] == level


def test_jpm_pemetaan_needs_only_jpm_and_the_latest_skp():
    # no potential test, no technical score: BKN holds this person, JPM pemetaan maps them
    values = {"nilai_potensi": np.nan, "nilai_teknis": np.nan, "jpm": 91.5, "skp_latest": 80.0}
    held = one(BKN, **values)
    assert held["holding_reason"] == NO_ASSESSMENT
    placed = one(JPM, **values)
    assert pd.isna(placed["holding_reason"])
    # Baik → sesuai (80 ≥ 80, < 100); JPM 91.5 → tinggi: box 8
    assert (placed["kinerja_level"], placed["potensial_level"]) == (2, 3)
    assert box(placed) == 8


# -- D. Tanjungpinang 2022 -------------------------------------------------------------------------


def test_tanjungpinang_worked_example():
    row = one(
        TANJUNGPINANG,
        skp_mean=90.0,
        penghargaan_score=85.0,  # provincial award
        integritas_score=75.0,  # a ringan sentence within five years
        nilai_manajerial=70.0,
        nilai_sosial_kultural=80.0,  # manajerial + sosial kultural: (70 + 80) / 2 = 75
        nilai_teknis=60.0,
        tingkat_pendidikan="S2",  # 90
        golongan_score=64.71,  # III/c
        jabatan_count=3.0,  # 20 + 60 = 80
        jp_per_year=15.0,  # 75
    )
    # kinerja (every part recorded, weights sum to 100): (90×60 + 85×20 + 75×20) / 100
    #   = (5400 + 1700 + 1500) / 100 = 86.00 → di atas
    assert (row["nilai_kinerja"], row["kinerja_level"]) == (86.0, 3)
    # potensial: (75×25 + 60×20 + 90×10 + 64.71×5 + 80×5 + 75×35) / 100
    #   = (1875 + 1200 + 900 + 323.55 + 400 + 2625) / 100 = 73.2355 → 73.24 → menengah
    assert (row["nilai_potensial"], row["potensial_level"]) == (73.24, 2)
    # (86 + 73.24) / 2 = 79.62
    assert row["nilai_talenta"] == 79.62
    assert box(row) == 7


def test_tanjungpinang_holds_a_person_without_a_technical_score():
    row = one(TANJUNGPINANG, nilai_teknis=np.nan)
    assert row["holding_reason"] == NO_ASSESSMENT
    assert box(row) is None


# -- the holding area ("Belum dapat dipetakan") ----------------------------------------------------


@pytest.mark.parametrize("name", list(PARAMS))
def test_no_skp_in_the_period_holds_the_person_under_every_preset(name):
    row = one(PARAMS[name], skp_mean=np.nan, skp_latest=np.nan, skp_latest_year=np.nan)
    assert row["holding_reason"] == NO_SKP
    assert np.isnan(row["kinerja_level"]) and np.isnan(row["potensial_level"])
    assert box(row) is None


def test_no_valid_assessment_is_named_once_even_when_two_required_parts_lack_it():
    no_assessment = {c: np.nan for c in ("jpm", "nilai_manajerial", "nilai_sosial_kultural")}
    no_assessment |= {"nilai_teknis": np.nan, "nilai_potensi": np.nan, "asesmen_tanggal": None}
    row = one(BKN, **no_assessment)  # kompetensi and potensi are both required
    assert row["holding_reason"] == NO_ASSESSMENT
    both = one(BKN, skp_mean=np.nan, **no_assessment)
    assert both["holding_reason"] == f"{NO_SKP}; {NO_ASSESSMENT}"


@pytest.mark.parametrize("kedudukan", ["Tugas Belajar", "Cuti di Luar Tanggungan Negara", "Diberhentikan"])
def test_inactive_kedudukan_is_held_with_its_name(kedudukan):
    row = one(BKN, kedudukan=kedudukan)
    assert row["holding_reason"] == f"Kedudukan {kedudukan}"
    assert box(row) is None


@pytest.mark.parametrize("kedudukan", ["Aktif", "aktif ", None])
def test_active_or_unknown_kedudukan_is_mapped(kedudukan):
    assert pd.isna(one(BKN, kedudukan=kedudukan)["holding_reason"])


@pytest.mark.parametrize("tingkat", ["sedang", "berat"])
def test_recent_sedang_or_berat_sentence_is_held_naming_level_and_date(tingkat):
    # load_inputs fills hukdis_* only for sentences within the eligibility window (2 years)
    row = one(BKN, hukdis_tingkat=tingkat, hukdis_tmt="2024-06-01", integritas_score=50.0)
    assert row["holding_reason"] == (
        f"Hukuman disiplin tingkat {tingkat} (TMT 1 Juni 2024) dalam 2 tahun terakhir"
    )
    assert box(row) is None


def test_recent_ringan_sentence_only_lowers_integritas():
    row = one(BKN, hukdis_tingkat="ringan", hukdis_tmt="2025-06-01", integritas_score=75.0)
    assert pd.isna(row["holding_reason"])
    assert json.loads(row["components"])["potensial"]["integritas"] == 75.0


@pytest.mark.parametrize(
    ("born", "bup", "held"),
    [
        # retirement takes effect on the 1st of the month after the BUP birthday; the limit is
        # one year after 31 December 2025, i.e. 31 December 2026
        ("1968-11-30", 58, True),  # pensiun 1 Desember 2026
        ("1968-12-15", 58, False),  # pensiun 1 Januari 2027: just outside the year
        ("1966-06-01", 60, True),  # JPT / Ahli Madya: pensiun 1 Juli 2026
        ("1967-01-10", 60, False),  # at BUP 58 already retired; at 60: 1 Februari 2027
        ("1961-10-20", 65, True),  # Ahli Utama: pensiun 1 November 2026
    ],
)
def test_within_a_year_of_retirement_is_held(born, bup, held):
    row = one(BKN, tanggal_lahir=born, bup=bup)
    if held:
        assert row["holding_reason"].startswith(f"Mencapai BUP {bup} tahun, pensiun ")
        assert row["holding_reason"].endswith("(kurang dari 1 tahun)")
        assert box(row) is None
    else:
        assert pd.isna(row["holding_reason"])


def test_retirement_reason_names_the_date():
    row = one(BKN, tanggal_lahir="1968-11-30", bup=58)
    assert row["holding_reason"] == "Mencapai BUP 58 tahun, pensiun 1 Desember 2026 (kurang dari 1 tahun)"


def test_every_cause_is_listed_when_several_apply():
    row = one(BKN, skp_mean=np.nan, kedudukan="Tugas Belajar", tanggal_lahir="1968-11-30")
    assert row["holding_reason"].split("; ") == [
        NO_SKP,
        "Kedudukan Tugas Belajar",
        "Mencapai BUP 58 tahun, pensiun 1 Desember 2026 (kurang dari 1 tahun)",
    ]


def test_eligibility_rules_are_the_schemes_to_switch_off():
    params = copy.deepcopy(BKN)
    params["eligibility"] = {"hukdis_levels": [], "hukdis_years": 0, "years_before_retirement": 0}
    row = one(params, hukdis_tingkat="berat", hukdis_tmt="2025-01-02", tanggal_lahir="1968-11-30")
    assert pd.isna(row["holding_reason"])
    assert box(row) is not None


def test_nobody_lands_in_a_default_box():
    people = frame(
        person(),  # placed
        person(skp_mean=np.nan),
        person(jpm=np.nan),
        person(kedudukan="Tugas Belajar"),
        person(hukdis_tingkat="berat", hukdis_tmt="2025-02-03"),
        person(tanggal_lahir="1968-01-01"),
        person(skp_mean=100.0, penghargaan_score=100.0, jpm=100.0, nilai_potensi=100.0),  # placed
    )
    result = compute_placements(people, BKN, REFERENCE)
    held = result["holding_reason"].notna()
    assert held.tolist() == [False, True, True, True, True, True, False]
    assert result.loc[held, ["kinerja_level", "potensial_level"]].isna().all().all()
    assert result.loc[~held, ["kinerja_level", "potensial_level"]].isin([1, 2, 3]).all().all()
    boxes = boxes_of(result)
    assert boxes[held].isna().all()
    # the first: kinerja 4800 / 75 = 64 sesuai; potensial 7700 / 90 = 85.56 tinggi → 8; the last → 9
    assert boxes[~held].tolist() == [8, 9]


def test_components_are_compact_json_of_every_sub_score():
    """The profile tooltip reads these back: valid JSON, compact, one key per component, null for none."""
    rng = np.random.default_rng(11)
    people = frame(
        *(
            person(
                skp_mean=float(rng.choice([20, 30, 40, 50, 60, 70, 80, 90, 100])),
                jpm=round(float(rng.uniform(0, 100)), 2),
                nilai_potensi=round(float(rng.uniform(0, 100)), 2),
                jp_per_year=round(float(rng.uniform(0, 40)), 1),  # × 5 → at most one decimal
                tingkat_pendidikan=str(rng.choice(["S1", "D3", ""])),
            )
            for _ in range(200)
        )
    )
    result = compute_placements(people, BKN, REFERENCE)
    for (pid, row), text in zip(people.iterrows(), result["components"], strict=True):
        parsed = json.loads(text)
        assert json.dumps(parsed, separators=(",", ":")) == text
        assert list(parsed["potensial"]) == [c["source"] for c in BKN["potensial"]["components"]]
        assert parsed["potensial"]["kompetensi"] == row["jpm"]
        assert parsed["potensial"]["pengembangan_kompetensi"] == round(
            min(row["jp_per_year"] / 20 * 100, 100), 2
        )
        assert parsed["potensial"]["pendidikan"] == {"S1": 80, "D3": 65, "": None}[row["tingkat_pendidikan"]]
        assert parsed["kinerja"]["tim_kerja"] is None, pid
