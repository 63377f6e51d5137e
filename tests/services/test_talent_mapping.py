"""Mapping a period on real rows (DOMAIN §3–§4, DESIGN §2): the input windows, the holding area, scheme
versions, stored placements and the read model the nine-box page, the projector and reports share.
"""

from __future__ import annotations

import copy
from datetime import date

import pandas as pd
import pytest
from sqlalchemy import func, select

from talenta_desktop.domain.ninebox import box_number
from talenta_desktop.models import (
    Assessment,
    AuditEvent,
    DiklatHistory,
    HukdisHistory,
    JabatanHistory,
    MappingRun,
    PenghargaanHistory,
    Person,
    Placement,
    ScoringScheme,
    Skp,
    TalentPeriod,
)
from talenta_desktop.services.audit import verify_chain
from talenta_desktop.services.talent.calibration import current_box
from talenta_desktop.services.talent.inputs import load_inputs
from talenta_desktop.services.talent.mapping import MappingCancelled, map_period, preview_placements
from talenta_desktop.services.talent.periods import PeriodError, create_period, get_period
from talenta_desktop.services.talent.schemes import (
    PRESETS,
    SchemeError,
    ensure_presets,
    find_scheme,
    list_schemes,
    save_new_version,
)
from talenta_desktop.services.talent.talent_map import (
    distribution,
    distribution_by_unit,
    movement_matrix,
    placement_history,
    talent_map,
)

REFERENCE = date(2025, 12, 31)
NO_SKP = "Tidak ada SKP pada tahun periode"
NO_ASSESSMENT = "Tidak ada hasil asesmen yang masih berlaku"
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


# -- building people through the ORM ---------------------------------------------------------------


def add_person(session, n: int, *, born: date = date(1985, 5, 5), **fields) -> int:
    """A PNS with an 18-digit NIP built from the birth date; fields override the defaults."""
    values = {
        "nip": f"{born:%Y%m%d}201001{1}{n:03d}",
        "nama": f"Pegawai Uji {n}",
        "tanggal_lahir": born,
        "jenis_kelamin": "L",
        "jenis_pegawai": "PNS",
        "kedudukan": "Aktif",
        "tingkat_pendidikan": "S1",
        "golongan": "33",
        "jabatan_nama": "Analis Kebijakan",
        "bup": 58,
    }
    values.update(fields)
    row = Person(**values)
    session.add(row)
    session.flush()
    return row.id


def add_mappable(
    session,
    n: int,
    *,
    predikat: tuple[str, str] = ("Baik", "Baik"),
    jpm: float = 80.0,
    potensi: float = 80.0,
    assessed: date = date(2024, 6, 1),
    **fields,
) -> int:
    """Someone every preset can map in period 2025: SKP 2024 and 2025, an assessment still valid."""
    pid = add_person(session, n, **fields)
    for tahun, value in zip((2024, 2025), predikat, strict=True):
        session.add(Skp(person_id=pid, tahun=tahun, predikat=value))
    session.add(
        Assessment(
            person_id=pid,
            tanggal=assessed,
            jenis="pemetaan",
            jpm=jpm,
            nilai_manajerial=jpm,
            nilai_sosial_kultural=jpm,
            nilai_teknis=jpm,
            nilai_potensi=potensi,
        )
    )
    session.flush()
    return pid


def open_period(session, actor, label: str = "2025") -> None:
    ensure_presets(session, actor)
    year = int(label)
    create_period(
        session, actor, label, skp_year_from=year - 1, skp_year_to=year, reference_date=date(year, 12, 31)
    )


def placement(session, run_id: int, person_id: int) -> Placement:
    return session.scalar(
        select(Placement).where(Placement.run_id == run_id, Placement.person_id == person_id)
    )


def count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def inputs(session, **overrides) -> pd.DataFrame:
    args = {
        "skp_years": (2024, 2025),
        "reference_date": REFERENCE,
        "assessment_valid_years": 3,
        "penghargaan_years": 5,
        "integritas_years": 5,
        "hukdis_years": 2,
    }
    return load_inputs(session, **(args | overrides))


# -- numbering through a real mapping --------------------------------------------------------------


def test_stored_levels_give_the_national_box_numbers(db, actor):
    """Nine people, one per level pair (JPM pemetaan: latest predikat SB/B/BP → di atas/sesuai/di bawah,
    JPM 95/80/70 → tinggi/menengah/rendah): each lands in the box DOMAIN §3 gives that pair."""
    predikat = {3: "Sangat Baik", 2: "Baik", 1: "Butuh Perbaikan"}
    jpm = {3: 95.0, 2: 80.0, 1: 70.0}
    expected = {}
    with db.transaction() as session:
        open_period(session, actor)
        for n, (k, p) in enumerate(NATIONAL, start=1):
            pid = add_mappable(session, n, predikat=("Baik", predikat[k]), jpm=jpm[p])
            expected[pid] = (k, p)
        summary = map_period(session, actor, "2025", "JPM pemetaan")
    assert (summary.placed, summary.holding) == (9, 0)
    assert summary.by_box == {b: 1 for b in range(1, 10)}
    with db.session() as session:
        period_id = get_period(session, "2025").id
        for pid, levels in expected.items():
            row = placement(session, summary.run_id, pid)
            assert (row.kinerja_level, row.potensial_level) == levels
            assert current_box(session, period_id, pid) == (NATIONAL[levels], NATIONAL[levels])
        frame = talent_map(session, "2025").frame.set_index("person_id")
    for pid, levels in expected.items():
        assert frame.at[pid, "computed_box"] == frame.at[pid, "box"] == NATIONAL[levels]


# -- load_inputs: the windows on real rows ---------------------------------------------------------


@pytest.fixture
def histories(db, actor):
    """Three people whose rows sit on both sides of every window of period 2025 (31-12-2025)."""
    with db.transaction() as session:
        a = add_person(session, 1)
        b = add_person(session, 2, tingkat_pendidikan="SLTA", bup=None)
        c = add_person(
            session, 3, jenis_pegawai="PPPK", golongan="IX", tingkat_pendidikan=None, jabatan_nama=None
        )
        session.add_all(
            [
                # SKP: only the period's years (2024–2025) count
                Skp(person_id=a, tahun=2023, predikat="Sangat Kurang"),
                Skp(person_id=a, tahun=2024, predikat="Baik"),
                Skp(person_id=a, tahun=2025, predikat="Sangat Baik"),
                Skp(person_id=b, tahun=2023, predikat="Sangat Baik"),
                Skp(person_id=c, tahun=2024, predikat="Butuh Perbaikan"),
                # assessments: valid for 3 years before the reference date, and not after it
                Assessment(person_id=a, tanggal=date(2022, 12, 31), jenis="pemetaan", jpm=95, nilai_potensi=95),
                Assessment(person_id=a, tanggal=date(2023, 1, 1), jenis="pemetaan", jpm=70, nilai_potensi=60),
                Assessment(person_id=a, tanggal=date(2025, 3, 1), jenis="pemetaan", jpm=82, nilai_potensi=77),
                Assessment(person_id=a, tanggal=date(2026, 1, 15), jenis="pemetaan", jpm=99, nilai_potensi=99),
                Assessment(person_id=b, tanggal=date(2022, 12, 31), jenis="pemetaan", jpm=88, nilai_potensi=88),
                Assessment(person_id=c, tanggal=date(2023, 1, 1), jenis="seleksi", jpm=70.5, nilai_potensi=65),
                # awards: the last 5 years count, the highest level wins
                PenghargaanHistory(person_id=a, nama="Satyalancana", tingkat="nasional", tanggal=date(2020, 12, 31)),
                PenghargaanHistory(person_id=a, nama="Inovasi", tingkat="kabupaten", tanggal=date(2021, 1, 1)),
                PenghargaanHistory(person_id=a, nama="Pegawai teladan", tingkat="instansi", tanggal=date(2024, 5, 5)),
                PenghargaanHistory(person_id=b, nama="Satyalancana", tingkat="nasional", tanggal=date(2020, 6, 1)),
                PenghargaanHistory(person_id=c, nama="Lomba", tingkat="provinsi", tanggal=date(2025, 8, 17)),
                PenghargaanHistory(person_id=c, nama="Nanti", tingkat="nasional", tanggal=date(2026, 2, 1)),
                # training: JP of the period's years, per year
                DiklatHistory(person_id=a, nama="Latsar", jenis="teknis", tanggal_mulai=date(2023, 11, 1), jp=40),
                DiklatHistory(person_id=a, nama="PKP", jenis="struktural", tanggal_mulai=date(2024, 3, 1), jp=30),
                DiklatHistory(person_id=a, nama="Seminar", jenis="seminar", tanggal_mulai=date(2025, 12, 31), jp=12),
                DiklatHistory(person_id=a, nama="Kursus", jenis="kursus", tanggal_mulai=date(2026, 1, 2), jp=16),
                DiklatHistory(person_id=c, nama="E-learning", jenis="e-learning", tanggal_mulai=date(2024, 2, 1), jp=8),
                # disciplinary record: 5 years for integritas, still serving → 0
                HukdisHistory(person_id=a, tingkat="berat", jenis="Penurunan jabatan", tmt=date(2019, 6, 1),
                              tanggal_akhir=date(2020, 6, 1)),
                HukdisHistory(person_id=a, tingkat="ringan", jenis="Teguran lisan", tmt=date(2023, 3, 1)),
                HukdisHistory(person_id=b, tingkat="sedang", jenis="Pemotongan tunjangan", tmt=date(2025, 10, 1),
                              tanggal_akhir=date(2026, 4, 1)),
                HukdisHistory(person_id=c, tingkat="sedang", jenis="Pemotongan tunjangan", tmt=date(2025, 1, 1),
                              tanggal_akhir=date(2025, 6, 30)),
                # posts held by the reference date
                JabatanHistory(person_id=a, jabatan_nama="Pengadministrasi", tmt=date(2010, 3, 1)),
                JabatanHistory(person_id=a, jabatan_nama="Analis", tmt=date(2015, 3, 1)),
                JabatanHistory(person_id=a, jabatan_nama="Kasubbag", tmt=date(2020, 3, 1)),
                JabatanHistory(person_id=a, jabatan_nama="Kabag", tmt=date(2026, 3, 1)),
            ]
        )  # fmt: skip
    with db.session() as session:
        return inputs(session), (a, b, c)


def test_skp_of_the_period_years_only(histories):
    frame, (a, b, c) = histories
    # a: 2024 Baik (80) and 2025 Sangat Baik (100); 2023 is outside the period
    assert (frame.at[a, "skp_mean"], frame.at[a, "skp_latest"], frame.at[a, "skp_latest_year"]) == (
        90,
        100,
        2025,
    )
    assert pd.isna(frame.at[b, "skp_mean"]) and pd.isna(frame.at[b, "skp_latest"])  # only 2023
    assert (frame.at[c, "skp_mean"], frame.at[c, "skp_latest"], frame.at[c, "skp_latest_year"]) == (
        60,
        60,
        2024,
    )


def test_the_latest_assessment_still_valid_on_the_reference_date(histories):
    frame, (a, b, c) = histories
    # a: 31-12-2022 is exactly three years old (expired), 15-01-2026 is after the reference date
    assert (frame.at[a, "jpm"], frame.at[a, "nilai_potensi"]) == (82, 77)
    assert frame.at[a, "asesmen_tanggal"] == "2025-03-01"
    assert pd.isna(frame.at[b, "jpm"]) and bool(frame.at[b, "asesmen_lama"])
    assert frame.at[c, "jpm"] == 70.5  # 01-01-2023: one day inside the window


def test_awards_of_the_last_five_years_at_their_highest_level(histories):
    frame, (a, b, c) = histories
    assert frame.at[a, "penghargaan_score"] == 70  # kabupaten; the national one is from 31-12-2020
    assert frame.at[b, "penghargaan_score"] == 0
    assert frame.at[c, "penghargaan_score"] == 85  # provinsi; the national one comes after the reference


def test_jp_per_year_of_the_period(histories):
    frame, (a, b, c) = histories
    assert frame.at[a, "jp_per_year"] == (30 + 12) / 2  # 2023 and 2026 training do not count
    assert frame.at[b, "jp_per_year"] == 0
    assert frame.at[c, "jp_per_year"] == 8 / 2


def test_integritas_from_the_disciplinary_record(histories):
    frame, (a, b, c) = histories
    assert frame.at[a, "integritas_score"] == 75  # ringan 2023; the berat of 2019 is over five years old
    assert frame.at[b, "integritas_score"] == 0  # still serving on 31-12-2025
    assert frame.at[c, "integritas_score"] == 50  # sedang, served
    # the eligibility window (2 years) sees b's and c's sentences, not a's ringan of 2023
    assert pd.isna(frame.at[a, "hukdis_tingkat"])
    assert (frame.at[b, "hukdis_tingkat"], frame.at[b, "hukdis_tmt"]) == ("sedang", "2025-10-01")
    assert (frame.at[c, "hukdis_tingkat"], frame.at[c, "hukdis_tmt"]) == ("sedang", "2025-01-01")


def test_posts_rank_and_education(histories):
    frame, (a, b, c) = histories
    assert frame.at[a, "jabatan_count"] == 3  # the post of 2026 is not held yet
    assert frame.at[b, "jabatan_count"] == 1  # no history, but a current post
    assert frame.at[c, "jabatan_count"] == 0
    assert frame.at[a, "golongan_score"] == 64.71  # III/c: 11th of 17 PNS ranks
    assert frame.at[c, "golongan_score"] == 52.94  # PPPK IX: 9th of 17
    assert frame.at[b, "tingkat_pendidikan"] == "SMA"  # SLTA is the old name
    assert frame.at[b, "bup"] == 58  # unknown BUP: the general one


# -- the holding area on real rows -----------------------------------------------------------------


@pytest.fixture
def holding_run(db, actor):
    """People mapped with the default scheme, each either fine or kept out by one rule."""
    with db.transaction() as session:
        open_period(session, actor)
        ids = {"baseline": add_mappable(session, 1)}
        no_skp = add_person(session, 2)
        session.add(Skp(person_id=no_skp, tahun=2023, predikat="Sangat Baik"))
        session.add(
            Assessment(person_id=no_skp, tanggal=date(2024, 6, 1), jenis="pemetaan", jpm=80, nilai_potensi=80)
        )
        ids["no_skp"] = no_skp
        ids["expired_assessment"] = add_mappable(session, 3, assessed=date(2022, 12, 31))
        ids["assessment_one_day_inside"] = add_mappable(session, 4, assessed=date(2023, 1, 1))
        for n, (key, tingkat, tmt) in enumerate(
            [
                ("sedang_recent", "sedang", date(2024, 3, 1)),
                ("berat_recent", "berat", date(2025, 11, 1)),
                ("berat_old", "berat", date(2023, 6, 1)),
                ("ringan_recent", "ringan", date(2025, 5, 1)),
            ],
            start=5,
        ):
            ids[key] = add_mappable(session, n)
            session.add(HukdisHistory(person_id=ids[key], tingkat=tingkat, jenis="Hukuman", tmt=tmt))
        ids["berat_then_ringan"] = add_mappable(session, 9)
        session.add_all(
            [
                HukdisHistory(person_id=ids["berat_then_ringan"], tingkat="berat", jenis="Penurunan jabatan",
                              tmt=date(2025, 1, 10), tanggal_akhir=date(2025, 6, 30)),
                HukdisHistory(person_id=ids["berat_then_ringan"], tingkat="ringan", jenis="Teguran lisan",
                              tmt=date(2025, 8, 1)),
            ]
        )  # fmt: skip
        ids["retiring"] = add_mappable(session, 10, born=date(1968, 11, 30))
        ids["retiring_later"] = add_mappable(session, 11, born=date(1968, 12, 15))
        ids["tugas_belajar"] = add_mappable(session, 12, kedudukan="Tugas Belajar")
        summary = map_period(session, actor, "2025")
    with db.session() as session:
        rows = {key: placement(session, summary.run_id, pid) for key, pid in ids.items()}
        session.expunge_all()
    return summary, rows


def test_holding_area_reasons_name_the_cause(holding_run):
    _, rows = holding_run
    assert rows["no_skp"].holding_reason == NO_SKP
    assert rows["expired_assessment"].holding_reason == NO_ASSESSMENT
    assert rows["sedang_recent"].holding_reason == (
        "Hukuman disiplin tingkat sedang (TMT 1 Maret 2024) dalam 2 tahun terakhir"
    )
    assert rows["berat_recent"].holding_reason.startswith(
        "Hukuman disiplin tingkat berat (TMT 1 November 2025)"
    )
    assert rows["retiring"].holding_reason == (
        "Mencapai BUP 58 tahun, pensiun 1 Desember 2026 (kurang dari 1 tahun)"
    )
    assert rows["tugas_belajar"].holding_reason == "Kedudukan Tugas Belajar"


def test_a_later_light_sentence_does_not_hide_a_recent_heavy_one(holding_run):
    _, rows = holding_run
    assert rows["berat_then_ringan"].holding_reason == (
        "Hukuman disiplin tingkat berat (TMT 10 Januari 2025) dalam 2 tahun terakhir"
    )


@pytest.mark.parametrize(
    "key",
    ["baseline", "assessment_one_day_inside", "berat_old", "ringan_recent", "retiring_later"],
)
def test_people_outside_every_rule_are_placed(holding_run, key):
    _, rows = holding_run
    row = rows[key]
    assert row.holding_reason is None
    assert row.kinerja_level in (1, 2, 3) and row.potensial_level in (1, 2, 3)


def test_held_people_have_no_levels_and_are_counted_apart(holding_run):
    summary, rows = holding_run
    held = [r for r in rows.values() if r.holding_reason is not None]
    assert len(held) == 7
    assert all(r.kinerja_level is None and r.potensial_level is None for r in held)
    assert (summary.placed, summary.holding) == (len(rows) - 7, 7)
    assert sum(summary.by_box.values()) == summary.placed  # nobody counted in a default box


def test_mapping_stores_the_sub_scores_for_the_profile(holding_run):
    _, rows = holding_run
    components = rows["baseline"].components  # stored as JSON, read back as a dict
    # Baik both years: skp 80; no award: 0; the rest are not recorded
    assert components["kinerja"] == {"skp_predikat": 80.0, "penghargaan": 0.0, "tim_kerja": None,
                                     "umpan_balik_360": None}  # fmt: skip
    # (80 × 60 + 0 × 15) / 75 = 64.00
    assert rows["baseline"].nilai_kinerja == 64.0


# -- runs, progress, cancel ------------------------------------------------------------------------


def test_map_period_reports_progress_and_audits_the_run(db, actor):
    steps = []
    with db.transaction() as session:
        open_period(session, actor)
        add_mappable(session, 1)
        summary = map_period(session, actor, "2025", progress=lambda p, text: steps.append((p, text)))
    assert [p for p, _ in steps] == sorted(p for p, _ in steps) and steps[-1][0] == 100
    assert summary.first_run and summary.changes == []
    with db.session() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "mapping.run")).one()
        assert event.after["run_id"] == summary.run_id
        assert event.after["scheme"] == "BKN Kepka 411/2025 (versi 1)"
        assert verify_chain(session)[1] is None


def test_cancelled_mapping_leaves_nothing_behind(db, actor):
    with db.transaction() as session:
        open_period(session, actor)
        add_mappable(session, 1)
    with pytest.raises(MappingCancelled), db.transaction() as session:
        map_period(session, actor, "2025", cancel=lambda: True)
    with db.session() as session:
        assert count(session, MappingRun) == count(session, Placement) == 0
        assert get_period(session, "2025").last_run_id is None


def test_an_empty_database_is_refused_with_a_message(db, actor):
    with db.transaction() as session:
        open_period(session, actor)
        with pytest.raises(PeriodError, match="Belum ada data pegawai"):
            map_period(session, actor, "2025")


def test_preview_stores_nothing(demo_db):
    with demo_db.session() as session:
        before = count(session, Placement)
        preview = preview_placements(session, "2025", PRESETS[2].params)
        assert count(session, Placement) == before
        assert len(preview) == count(session, Person)
        assert preview["holding_reason"].notna().any() and preview["kinerja_level"].notna().any()


# -- scheme versions -------------------------------------------------------------------------------


def _bkn(session) -> ScoringScheme:
    return session.scalars(select(ScoringScheme).where(ScoringScheme.name == "BKN Kepka 411/2025")).one()


def test_every_database_offers_the_four_presets_once(db, actor):
    with db.transaction() as session:
        assert ensure_presets(session, actor) == 4
        assert ensure_presets(session, actor) == 0
        schemes = list_schemes(session)
    assert sorted(s.title for s in schemes) == [
        "BKN Kepka 411/2025 (versi 1)",
        "JPM pemetaan (versi 1)",
        "Predikat SKP langsung (versi 1)",
        "Tanjungpinang 2022 (versi 1)",
    ]
    assert [s.name for s in schemes if s.is_default] == ["BKN Kepka 411/2025"]


def test_saving_makes_version_2_and_leaves_version_1_as_it_was(db, actor):
    with db.transaction() as session:
        ensure_presets(session, actor)
        v1 = find_scheme(session, "BKN Kepka 411/2025")
        params = copy.deepcopy(v1.params)
        params["potensial"]["cutoffs"] = [65, 85]
        v2 = save_new_version(session, actor, v1.id, params, description="Batas Perbup 2026")
    assert (v2.version, v2.title, v2.is_latest) == (2, "BKN Kepka 411/2025 (versi 2)", True)
    assert v2.id != v1.id
    with db.session() as session:
        rows = session.scalars(
            select(ScoringScheme)
            .where(ScoringScheme.name == "BKN Kepka 411/2025")
            .order_by(ScoringScheme.version)
        ).all()
        assert [r.version for r in rows] == [1, 2]
        assert rows[0].params == PRESETS[0].params  # version 1 untouched
        assert rows[1].params["potensial"]["cutoffs"] == [65, 85]
        assert rows[1].description == "Batas Perbup 2026"
        assert find_scheme(session, "bkn kepka 411/2025").version == 2  # latest, any case
        assert find_scheme(session).version == 2  # still the default scheme
        assert [s.version for s in list_schemes(session, latest_only=True) if s.name == rows[0].name] == [2]
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "scheme.version")).one()
        assert event.before["version"] == 1 and event.after["version"] == 2


def _weights_90(p):
    p["kinerja"]["components"][0]["weight"] = 50


def _cutoffs_reversed(p):
    p["potensial"]["cutoffs"] = [80, 60]


def _unknown_source(p):
    p["potensial"]["components"][0]["source"] = "bakat_terpendam"


def _unrecorded_required(p):
    p["kinerja"]["components"][2]["required"] = True  # tim_kerja is not recorded by the application


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (_weights_90, "Sumbu kinerja: jumlah bobot harus 100, sekarang 90."),
        (_cutoffs_reversed, "Sumbu potensial: batas harus dua angka berurutan"),
        (_cutoffs_reversed, "sekarang [80, 60]"),
        (_unknown_source, "Sumbu potensial: komponen tidak dikenal: 'bakat_terpendam'."),
        (
            _unrecorded_required,
            "Sumbu kinerja: Penugasan tim kerja belum tercatat di aplikasi, jadi tidak bisa wajib.",
        ),
    ],
)
def test_invalid_versions_are_refused_naming_field_and_value(db, actor, edit, message):
    with db.transaction() as session:
        ensure_presets(session, actor)
        base = find_scheme(session, "BKN Kepka 411/2025")
        params = copy.deepcopy(base.params)
        edit(params)
        with pytest.raises(SchemeError) as error:
            save_new_version(session, actor, base.id, params)
        assert message in str(error.value)
        assert count(session, ScoringScheme) == 4
        assert find_scheme(session, "BKN Kepka 411/2025").version == 1


def test_every_problem_is_listed_at_once(db, actor):
    with db.transaction() as session:
        ensure_presets(session, actor)
        base = find_scheme(session, "BKN Kepka 411/2025")
        params = copy.deepcopy(base.params)
        _weights_90(params)
        _cutoffs_reversed(params)
        with pytest.raises(SchemeError) as error:
            save_new_version(session, actor, base.id, params)
    text = str(error.value)
    assert "jumlah bobot harus 100, sekarang 90" in text and "sekarang [80, 60]" in text


def test_runs_keep_the_version_that_produced_them(demo_db, actor):
    with demo_db.transaction() as session:
        v1 = _bkn(session)
        old_runs = dict(session.execute(select(MappingRun.id, MappingRun.scheme_id)).all())
        old_2025 = get_period(session, "2025").last_run_id
        old_placements = session.execute(
            select(Placement.person_id, Placement.kinerja_level, Placement.potensial_level).where(
                Placement.run_id == old_2025
            )
        ).all()
        params = copy.deepcopy(v1.params)
        params["potensial"]["cutoffs"] = [70, 85]  # a stricter Perbup
        v2 = save_new_version(session, actor, v1.id, params)
    assert set(old_runs.values()) == {v1.id}
    with demo_db.session() as session:
        # nothing computed before is relabelled by the new version
        assert dict(session.execute(select(MappingRun.id, MappingRun.scheme_id)).all()) == old_runs
        assert get_period(session, "2025").scheme_title == "BKN Kepka 411/2025 (versi 1)"
        assert talent_map(session, "2025").cutoffs["potensial"] == [60, 80]
    with demo_db.transaction() as session:
        summary = map_period(session, actor, "2025")  # no --scheme: the newest version of the period's
    assert summary.scheme == "BKN Kepka 411/2025 (versi 2)"
    with demo_db.session() as session:
        assert session.get(MappingRun, summary.run_id).scheme_id == v2.id
        assert session.get(MappingRun, old_2025).scheme_id == v1.id
        assert get_period(session, "2024").scheme_title == "BKN Kepka 411/2025 (versi 1)"
        assert talent_map(session, "2025").cutoffs["potensial"] == [70, 85]
        # the old run's placements are still there, unchanged
        assert (
            session.execute(
                select(Placement.person_id, Placement.kinerja_level, Placement.potensial_level).where(
                    Placement.run_id == old_2025
                )
            ).all()
            == old_placements
        )
    # a higher potensial cut-off moves people out of the upper boxes, and the summary says who
    assert summary.changes
    assert all(c.before is not None and c.after is not None for c in summary.changes)


def test_remapping_without_scheme_uses_the_newest_version_of_the_periods_scheme(demo_db, actor):
    with demo_db.transaction() as session:
        first = map_period(session, actor, "2025", "JPM pemetaan")
        jpm = find_scheme(session, "JPM pemetaan")
        params = copy.deepcopy(jpm.params)
        params["potensial"]["cutoffs"] = [80, 92]
        v2 = save_new_version(session, actor, jpm.id, params)
        again = map_period(session, actor, "2025")  # not the default BKN scheme: the period's own
    assert first.scheme == "JPM pemetaan (versi 1)"
    assert again.scheme == "JPM pemetaan (versi 2)"
    with demo_db.session() as session:
        assert session.get(MappingRun, again.run_id).scheme_id == v2.id
        assert get_period(session, "2025").scheme_title == "JPM pemetaan (versi 2)"


# -- the read model --------------------------------------------------------------------------------


def test_distribution_percentages_and_difference_from_the_guideline():
    frame = pd.DataFrame({"box": pd.array([5, 5, 5, 9, pd.NA, 7, 5, 1], dtype="Int64")})
    guideline = {1: 5, 2: 10, 3: 10, 4: 10, 5: 30, 6: 5, 7: 15, 8: 10, 9: 5}
    table = distribution(frame, guideline)
    assert table.index.tolist() == list(range(1, 10))
    # 7 placed (the holding-area row does not count): box 5 has 4 → 57.1%, others 1 → 14.3%
    assert table["count"].tolist() == [1, 0, 0, 0, 4, 0, 1, 0, 1]
    assert table.loc[5, "percent"] == 57.1 and table.loc[9, "percent"] == 14.3
    assert table.loc[2, "percent"] == 0.0
    assert table.loc[5, "difference"] == round(57.1 - 30, 1)  # 27.1 points over the guideline
    assert table.loc[2, "difference"] == -10.0
    assert table.loc[9, "difference"] == 9.3


def test_distribution_of_an_empty_selection_is_all_zero():
    table = distribution(pd.DataFrame({"box": pd.array([pd.NA], dtype="Int64")}), {5: 100})
    assert table["count"].sum() == 0 and (table["percent"] == 0).all()


def test_demo_distribution_counts_everyone_placed(demo_db):
    with demo_db.session() as session:
        tm = talent_map(session, "2025")
    table = distribution(tm.frame, tm.guideline)
    assert table["count"].sum() == len(tm.placed) == tm.period.placed
    assert table["guideline"].sum() == 100
    assert abs(table["percent"].sum() - 100) < 0.6  # rounding to one decimal, nine times
    assert (table["percent"] == (table["count"] / len(tm.placed) * 100).round(1)).all()
    by_unit = distribution_by_unit(tm.frame)
    assert by_unit["total"].sum() == len(tm.placed)
    assert by_unit["total"].is_monotonic_decreasing


def test_movement_matrix_counts_people_placed_in_both_periods(demo_db):
    with demo_db.session() as session:
        tm = talent_map(session, "2025")
        ids = {p.label: p.id for p in session.scalars(select(TalentPeriod))}
        expected = pd.DataFrame(0, index=range(1, 10), columns=range(1, 10))
        both = 0
        for pid in tm.frame["person_id"]:
            before = current_box(session, ids["2024"], int(pid))[1]
            now = current_box(session, ids["2025"], int(pid))[1]
            if before is not None and now is not None:
                expected.loc[before, now] += 1
                both += 1
    matrix = movement_matrix(tm.frame)
    assert tm.previous is not None and tm.previous.label == "2024"
    assert int(matrix.to_numpy().sum()) == both > 0
    assert (matrix.to_numpy() == expected.to_numpy()).all()


def test_placement_history_of_a_calibrated_person(demo_db):
    with demo_db.session() as session:
        tm = talent_map(session, "2025")
        moved = tm.frame[tm.frame["calibrated"] & tm.frame["previous_box"].notna()].iloc[0]
        history = placement_history(session, int(moved["person_id"]))
    assert [h.period_label for h in history] == ["2025", "2024"]  # newest first
    latest = history[0]
    assert latest.computed_box == moved["computed_box"]
    assert latest.current_box == moved["box"] != latest.computed_box
    assert latest.scheme == "BKN Kepka 411/2025 (versi 1)"
    assert latest.nilai_talenta == pytest.approx(moved["nilai_talenta"])
    assert latest.calibrations[-1].after_box == moved["box"]
    assert latest.calibrations[-1].reason == moved["calibration_reason"]
    assert all(c.period_label == "2025" for c in latest.calibrations)
    assert history[1].current_box == moved["previous_box"]


def test_placement_history_of_a_held_person_names_the_reason(demo_db):
    with demo_db.session() as session:
        tm = talent_map(session, "2025")
        held = tm.holding.iloc[0]
        history = placement_history(session, int(held["person_id"]))
    assert history[0].period_label == "2025"
    assert history[0].computed_box is None and history[0].current_box is None
    assert history[0].holding_reason == held["holding_reason"]


def test_stored_levels_agree_with_the_national_numbering_on_the_demo(demo_db):
    with demo_db.session() as session:
        tm = talent_map(session, "2025")
    placed = tm.placed
    expected = [
        box_number(int(k), int(p))
        for k, p in zip(placed["computed_kinerja"], placed["computed_potensial"], strict=True)
    ]
    assert placed["computed_box"].tolist() == expected
    assert tm.holding["box"].isna().all()
