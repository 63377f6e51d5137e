"""The demo agency: deterministic, valid per DOMAIN §8, realistic in shape, atomic and audited."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections import Counter, defaultdict
from datetime import date

import pytest
from sqlalchemy import func, select, text

from talenta_desktop.domain.dates import age_on
from talenta_desktop.domain.golongan import golongan_by_code
from talenta_desktop.domain.nip import nip_warnings, parse_nip
from talenta_desktop.domain.skp import predikat
from talenta_desktop.models import AuditEvent, Instansi, Person, Unit
from talenta_desktop.models.db import open_database
from talenta_desktop.services.actor import Actor
from talenta_desktop.services.audit import verify_chain
from talenta_desktop.services.demo import (
    DEMO_TODAY,
    MIN_SIZE,
    PNS_SHARE,
    SKP_YEARS,
    DemoCancelled,
    DemoError,
    DemoSummary,
    build_demo,
)
from talenta_desktop.services.units import subtree_ids, unit_tree

ACTOR = Actor(username="penguji")
COMPARED_TABLES = (
    "instansi",
    "unit",
    "person",
    "skp",
    "assessment",
    "riwayat_jabatan",
    "riwayat_golongan",
    "riwayat_pendidikan",
    "riwayat_diklat",
    "riwayat_penghargaan",
    "riwayat_hukdis",
)
MANAGERIAL = ("JPT Pratama", "Administrator", "Pengawas")


def _open(path):
    return open_database(path)


def _build(path, *, size: int, seed: int, **kwargs):
    database = _open(path)
    with database.transaction() as session:
        summary = build_demo(session, ACTOR, size=size, seed=seed, **kwargs)
    return database, summary


def _table(database, name: str) -> list[tuple]:
    # Raw SQL: compares exactly what is stored (and sidesteps Decimal conversion of Numeric columns).
    with database.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(text(f"SELECT * FROM {name} ORDER BY id"))]


def _count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def _rows(database, sql: str) -> list:
    with database.engine.connect() as conn:
        return conn.execute(text(sql)).all()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """One default-sized demo (1,500 personnel), built once for the read-only checks below."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    steps: list[tuple[int, str]] = []
    database, summary = _build(path, size=1500, seed=2025, progress=lambda p, t: steps.append((p, t)))
    yield database, summary, steps
    database.dispose()


# -- determinism ---------------------------------------------------------------------------------


def test_same_seed_gives_identical_rows_and_another_seed_does_not(tmp_path):
    first, s1 = _build(tmp_path / "a.sqlite", size=300, seed=11)
    second, s2 = _build(tmp_path / "b.sqlite", size=300, seed=11)
    third, s3 = _build(tmp_path / "c.sqlite", size=300, seed=12)
    try:
        assert s1 == s2
        for table in COMPARED_TABLES:
            rows = _table(first, table)
            assert rows, f"{table} is empty"
            assert rows == _table(second, table), f"{table} differs between two builds with one seed"
        assert _table(first, "person") != _table(third, "person")
        assert _table(first, "skp") != _table(third, "skp")
        assert s3.seed == 12 and s3.personnel == 300
    finally:
        for database in (first, second, third):
            database.dispose()


def test_rows_do_not_depend_on_the_process_hash_seed(tmp_path):
    """Another interpreter with another PYTHONHASHSEED builds the same people (no set-order leaks)."""
    here, _ = _build(tmp_path / "here.sqlite", size=MIN_SIZE, seed=5)
    there = tmp_path / "there.sqlite"
    script = textwrap.dedent(
        f"""
        from talenta_desktop.models.db import open_database
        from talenta_desktop.services.actor import Actor
        from talenta_desktop.services.demo import build_demo
        db = open_database({str(there)!r})
        with db.transaction() as session:
            build_demo(session, Actor("penguji"), size={MIN_SIZE}, seed=5)
        db.dispose()
        """
    )
    env = dict(os.environ, PYTHONHASHSEED="12345")
    subprocess.run([sys.executable, "-c", script], check=True, env=env, timeout=120)
    other = _open(there)
    try:
        for table in ("person", "riwayat_jabatan", "riwayat_diklat", "skp"):
            assert _table(here, table) == _table(other, table), table
    finally:
        here.dispose()
        other.dispose()


# -- size, kinds, identifiers ------------------------------------------------------------------


def test_size_is_honoured_and_the_pns_share_is_near_the_constant(demo):
    database, summary, _ = demo
    assert isinstance(summary, DemoSummary)
    assert summary.personnel == 1500
    assert summary.pns + summary.pppk == 1500
    assert abs(summary.pns / 1500 - PNS_SHARE) <= 0.01
    with database.session() as session:
        assert _count(session, Person) == 1500
        kinds = dict(
            session.execute(select(Person.jenis_pegawai, func.count()).group_by(Person.jenis_pegawai)).all()
        )
        assert kinds == {"PNS": summary.pns, "PPPK": summary.pppk}
        assert _count(session, Unit) == summary.units
    counts = {
        "skp": summary.skp_rows,
        "assessment": summary.assessments,
        "riwayat_diklat": summary.diklat_rows,
        "riwayat_hukdis": summary.hukdis_rows,
    }
    for table, expected in counts.items():
        assert _rows(database, f"SELECT count(*) FROM {table}")[0][0] == expected


def test_every_nip_is_valid_unique_and_agrees_with_the_stored_person(demo):
    database, _, _ = demo
    rows = _rows(
        database,
        "SELECT nip, jenis_pegawai, tanggal_lahir, jenis_kelamin, tmt_cpns, tmt_pns FROM person",
    )
    assert len({r.nip for r in rows}) == len(rows)
    for r in rows:
        info = parse_nip(r.nip, today=DEMO_TODAY)
        birth = date.fromisoformat(r.tanggal_lahir)
        tmt = date.fromisoformat(r.tmt_cpns)
        assert info.kind == r.jenis_pegawai, r.nip
        assert nip_warnings(info, birth, r.jenis_kelamin) == [], r.nip
        if r.jenis_pegawai == "PNS":
            assert info.tmt_cpns == tmt
            assert 20 <= age_on(birth, tmt) <= 35, r.nip
            assert date.fromisoformat(r.tmt_pns) == tmt.replace(year=tmt.year + 1)
            assert 23 <= age_on(birth, DEMO_TODAY) <= 59
        else:
            assert info.appointment_year == tmt.year
            assert 2021 <= tmt.year <= 2025
            assert info.nip[12] == "2" and info.pppk_contract_digit in range(1, 10)
            assert r.tmt_pns is None
            assert 20 <= age_on(birth, DEMO_TODAY) <= 56


# -- units ---------------------------------------------------------------------------------------


def test_about_forty_units_in_a_tree_with_correct_paths(demo):
    database, summary, _ = demo
    assert 38 <= summary.units <= 46
    with database.session() as session:
        units = session.execute(
            select(Unit.id, Unit.parent_id, Unit.path, Unit.jenis, Unit.nama, Unit.kode)
        ).all()
        by_id = {u.id: u for u in units}
        for u in units:
            expected = (by_id[u.parent_id].path if u.parent_id else "/") + f"{u.id}/"
            assert u.path == expected
        assert len({u.kode for u in units}) == len(units)
        kinds = Counter(u.jenis for u in units)
        for kind in (
            "sekretariat",
            "inspektorat",
            "dinas",
            "badan",
            "bagian",
            "bidang",
            "kecamatan",
            "kelurahan",
            "puskesmas",
            "sekolah",
            "rsud",
            "uptd",
            "satpol_pp",
        ):
            assert kinds[kind] >= 1, kind
        assert kinds["dinas"] >= 6 and kinds["badan"] >= 3 and kinds["kecamatan"] >= 4

        dinkes = next(u for u in units if u.nama == "Dinas Kesehatan")
        below = set(subtree_ids(session, dinkes.id))
        assert {u.id for u in units if u.jenis in ("puskesmas", "rsud")} <= below
        tree = unit_tree(session)
        assert len(tree) == len(units)
        assert all(node.depth == node.path.count("/") - 2 for node in tree)

        staff = dict(session.execute(select(Person.unit_id, func.count()).group_by(Person.unit_id)).all())
        assert all(staff.get(u.id, 0) >= 1 for u in units)
        by_kind: dict[str, int] = defaultdict(int)
        for u in units:
            by_kind[u.jenis] += staff.get(u.id, 0)
        # Schools and health facilities employ most people, as in a real kabupaten.
        assert by_kind["sekolah"] > by_kind["dinas"]
        assert by_kind["sekolah"] + by_kind["puskesmas"] + by_kind["rsud"] > 1500 * 0.45


def test_a_minimal_demo_is_compact_but_keeps_every_head(tmp_path):
    database, summary = _build(tmp_path / "t.sqlite", size=MIN_SIZE, seed=4)
    try:
        assert summary.personnel == MIN_SIZE
        assert 20 <= summary.units < 38
        heads = _rows(
            database,
            "SELECT u.nama, (SELECT count(*) FROM person p WHERE p.unit_id = u.id"
            " AND p.jenjang_jabatan = 'JPT Pratama') n FROM unit u WHERE u.jenis IN ('dinas', 'badan')",
        )
        assert heads and all(h.n == 1 for h in heads)
    finally:
        database.dispose()


def test_one_head_per_opd_kecamatan_puskesmas_and_school(demo):
    database, _, _ = demo
    with database.session() as session:
        units = session.execute(select(Unit.id, Unit.jenis, Unit.nama)).all()
        people = session.execute(
            select(Person.unit_id, Person.jabatan_nama, Person.jenjang_jabatan, Person.eselon)
        ).all()
    by_unit: dict[int, list] = defaultdict(list)
    for p in people:
        by_unit[p.unit_id].append(p)
    jpt_total = sum(1 for p in people if p.jenjang_jabatan == "JPT Pratama")
    assert 15 <= jpt_total <= 40  # a few dozen
    for u in units:
        staff = by_unit[u.id]
        if u.jenis in ("dinas", "badan"):
            heads = [p for p in staff if p.jenjang_jabatan == "JPT Pratama"]
            assert len(heads) == 1, u.nama
            assert heads[0].jabatan_nama == f"Kepala {u.nama}"
            assert heads[0].eselon == "22"
        elif u.jenis == "kecamatan":
            assert sum(p.jabatan_nama.startswith("Camat ") for p in staff) == 1, u.nama
        elif u.jenis == "kelurahan":
            assert sum(p.jabatan_nama.startswith("Lurah ") for p in staff) == 1, u.nama
        elif u.jenis == "puskesmas":
            assert sum(p.jabatan_nama == f"Kepala {u.nama}" for p in staff) == 1, u.nama
        elif u.jenis == "sekolah":
            assert sum("Kepala Sekolah" in p.jabatan_nama for p in staff) == 1, u.nama
    sekda = [p for p in people if p.jabatan_nama == "Sekretaris Daerah"]
    assert len(sekda) == 1 and sekda[0].eselon == "21" and sekda[0].jenjang_jabatan == "JPT Pratama"


# -- posts, ranks, ages ------------------------------------------------------------------------


def test_posts_ranks_and_ages_agree(demo):
    database, _, _ = demo
    rows = _rows(
        database,
        "SELECT jenis_pegawai, jenis_jabatan, jenjang_jabatan, jabatan_nama, eselon, golongan, bup,"
        " tanggal_lahir, tingkat_pendidikan, gelar_depan, gelar_belakang, mk_tahun, mk_bulan, tmt_cpns,"
        " tmt_golongan, tmt_jabatan, kedudukan FROM person",
    )
    eselon_of = {"JPT Pratama": {"21", "22"}, "Administrator": {"31", "32"}, "Pengawas": {"41", "42"}}
    pns_range = {
        "JPT Pratama": ("41", "45"),
        "Administrator": ("34", "41"),
        "Pengawas": ("33", "34"),
        "Ahli Pertama": ("31", "32"),
        "Ahli Muda": ("33", "34"),
        "Ahli Madya": ("41", "43"),
        "Pelaksana": ("21", "33"),
    }
    jenjang_seen = Counter()
    for r in rows:
        jenjang_seen[r.jenjang_jabatan] += 1
        assert r.kedudukan == "Aktif"
        if r.jenjang_jabatan in MANAGERIAL:
            assert r.jenis_pegawai == "PNS", r.jabatan_nama
            assert r.jenis_jabatan == "struktural"
            assert r.eselon in eselon_of[r.jenjang_jabatan]
        else:
            assert r.eselon is None
            assert r.jenis_jabatan == ("pelaksana" if r.jenjang_jabatan == "Pelaksana" else "fungsional")
            if r.jenis_jabatan == "fungsional":
                assert r.jabatan_nama.startswith(r.jabatan_nama.split(" Ahli ")[0])
                assert r.jenjang_jabatan in r.jabatan_nama
        gol = golongan_by_code(r.golongan)
        assert gol.kind == r.jenis_pegawai
        if r.jenis_pegawai == "PNS" and r.jenjang_jabatan in pns_range:
            lo, hi = pns_range[r.jenjang_jabatan]
            assert lo <= r.golongan <= hi, (r.jabatan_nama, r.golongan)
        expected_bup = {"JPT Pratama": 60, "Ahli Madya": 60, "Ahli Utama": 65}.get(r.jenjang_jabatan, 58)
        assert r.bup == expected_bup
        birth = date.fromisoformat(r.tanggal_lahir)
        assert age_on(birth, DEMO_TODAY) < r.bup
        assert r.tingkat_pendidikan in ("SMA", "D3", "D4", "S1", "S2", "S3")
        if r.tingkat_pendidikan == "SMA":
            assert r.gelar_belakang is None
        if r.tingkat_pendidikan == "S3":
            assert r.gelar_depan.startswith("Dr.")
        if r.gelar_depan and "dr." in r.gelar_depan.split():
            assert r.tingkat_pendidikan in ("S1", "S2", "S3")
        tmt = date.fromisoformat(r.tmt_cpns)
        months = (DEMO_TODAY.year - tmt.year) * 12 + DEMO_TODAY.month - tmt.month
        assert (r.mk_tahun, r.mk_bulan) == divmod(months, 12)
        assert tmt <= date.fromisoformat(r.tmt_golongan) <= DEMO_TODAY
        assert tmt <= date.fromisoformat(r.tmt_jabatan) <= DEMO_TODAY
    for jenjang in ("Ahli Pertama", "Ahli Muda", "Ahli Madya", "Terampil", "Mahir", "Penyelia", "Pelaksana"):
        assert jenjang_seen[jenjang] > 0, jenjang
    assert jenjang_seen["Ahli Utama"] <= 5  # rare
    edu = Counter(r.tingkat_pendidikan for r in rows)
    assert edu["S1"] > edu["S2"] > 0 and edu["D3"] > 0 and edu["SMA"] > 0
    with_gelar = sum(1 for r in rows if r.gelar_belakang)
    assert with_gelar > len(rows) * 0.6


def test_histories_end_with_the_current_post_and_rank(demo):
    database, _, _ = demo
    people = {
        r.id: r
        for r in _rows(
            database,
            "SELECT id, jenis_pegawai, jabatan_nama, tmt_jabatan, golongan, tmt_golongan, tingkat_pendidikan,"
            " tahun_lulus FROM person",
        )
    }
    jabatan: dict[int, list] = defaultdict(list)
    for r in _rows(database, "SELECT person_id, jabatan_nama, tmt FROM riwayat_jabatan ORDER BY id"):
        jabatan[r.person_id].append(r)
    golongan: dict[int, list] = defaultdict(list)
    for r in _rows(database, "SELECT person_id, golongan, tmt FROM riwayat_golongan ORDER BY id"):
        golongan[r.person_id].append(r)
    pendidikan: dict[int, list] = defaultdict(list)
    for r in _rows(database, "SELECT person_id, tingkat, tahun_lulus FROM riwayat_pendidikan"):
        pendidikan[r.person_id].append(r)

    lengths = Counter()
    for pid, p in people.items():
        posts = jabatan[pid]
        assert 1 <= len(posts) <= 4
        lengths[len(posts)] += 1
        assert posts[-1].jabatan_nama == p.jabatan_nama
        assert posts[-1].tmt == p.tmt_jabatan
        assert [x.tmt for x in posts] == sorted(x.tmt for x in posts)
        ranks = golongan[pid]
        assert ranks[-1].golongan == p.golongan and ranks[-1].tmt == p.tmt_golongan
        dates = [x.tmt for x in ranks]
        assert dates == sorted(dates) and len(set(dates)) == len(dates)
        if p.jenis_pegawai == "PNS":
            codes = [x.golongan for x in ranks]
            assert codes == sorted(codes)
        levels = {x.tingkat: x.tahun_lulus for x in pendidikan[pid]}
        assert levels[p.tingkat_pendidikan] == p.tahun_lulus
    assert lengths[1] and lengths[2] and lengths[3]


def test_managerial_posts_are_pns_and_have_assessments(demo):
    database, _, _ = demo
    managers = _rows(
        database,
        "SELECT p.id, p.jenis_pegawai, (SELECT count(*) FROM assessment a WHERE a.person_id = p.id) n"
        " FROM person p WHERE jenjang_jabatan IN ('JPT Pratama', 'Administrator', 'Pengawas')",
    )
    assert len(managers) > 100
    assert {m.jenis_pegawai for m in managers} == {"PNS"}
    assert all(1 <= m.n <= 2 for m in managers)
    assessments = _rows(
        database, "SELECT jenis, tanggal, jpm, kategori, nilai_manajerial, nilai_potensi FROM assessment"
    )
    for a in assessments:
        jpm = float(a.jpm)
        assert 55 <= jpm <= 98
        expected = "Optimal" if jpm >= 90 else "Cukup Optimal" if jpm >= 78 else "Kurang Optimal"
        assert a.kategori == expected
        assert 2021 <= date.fromisoformat(a.tanggal).year <= 2025
        assert 0 <= float(a.nilai_manajerial) <= 100 and 0 <= float(a.nilai_potensi) <= 100
        assert a.jenis in ("pemetaan", "seleksi")
    assert {a.kategori for a in assessments} == {"Optimal", "Cukup Optimal", "Kurang Optimal"}
    # Open selection comes before the JPT appointment it led to.
    selections = _rows(
        database,
        "SELECT a.tanggal, p.tmt_jabatan, p.jenjang_jabatan FROM assessment a JOIN person p ON p.id = a.person_id"
        " WHERE a.jenis = 'seleksi'",
    )
    assert selections
    assert all(s.jenjang_jabatan == "JPT Pratama" and s.tanggal < s.tmt_jabatan for s in selections)


# -- SKP, diklat, hukdis ------------------------------------------------------------------------


def test_three_skp_years_with_consistent_predikat(demo):
    database, _, _ = demo
    rows = _rows(database, "SELECT person_id, tahun, hasil_kerja, perilaku_kerja, predikat, nilai FROM skp")
    per_year = Counter(r.tahun for r in rows)
    assert set(per_year) == set(SKP_YEARS)
    assert per_year[2023] >= 1500 * 0.85 and per_year[2024] >= 1500 * 0.9
    assert 1500 * 0.95 <= per_year[2025] < 1500  # a few lack 2025: the holding area gets examples
    predikats = Counter()
    for r in rows:
        assert r.predikat == predikat(r.hasil_kerja, r.perilaku_kerja).value
        assert 0 <= float(r.nilai) <= 100
        predikats[r.predikat] += 1
    assert predikats["Baik"] > len(rows) / 2
    assert (
        predikats["Sangat Baik"] > 0
        and predikats["Butuh Perbaikan"] > 0
        and predikats["Kurang/Misconduct"] > 0
    )
    # A latent performance makes years correlate: Sangat Baik in 2024 predicts Sangat Baik in 2025.
    by_person = {(r.person_id, r.tahun): r.predikat for r in rows}
    sb_2024 = [pid for (pid, year), pred in by_person.items() if year == 2024 and pred == "Sangat Baik"]
    again = sum(by_person.get((pid, 2025)) == "Sangat Baik" for pid in sb_2024) / len(sb_2024)
    overall = predikats["Sangat Baik"] / len(rows)
    assert again > 1.5 * overall


def test_training_hours_straddle_the_20_jp_minimum(demo):
    database, _, _ = demo
    jp = dict(
        _rows(
            database,
            "SELECT p.id, coalesce(sum(d.jp), 0) FROM person p LEFT JOIN riwayat_diklat d"
            " ON d.person_id = p.id AND d.tanggal_mulai BETWEEN '2025-01-01' AND '2025-12-31' GROUP BY p.id",
        )
    )
    reached = sum(1 for v in jp.values() if v >= 20) / len(jp)
    assert 0.45 <= reached <= 0.75
    assert any(v == 0 for v in jp.values()) and any(0 < v < 20 for v in jp.values())
    kinds = {r[0] for r in _rows(database, "SELECT DISTINCT jenis FROM riwayat_diklat")}
    assert {"seminar", "workshop", "teknis", "fungsional", "e-learning", "kursus"} <= kinds
    for r in _rows(database, "SELECT jenis, jp, tanggal_mulai, tanggal_selesai FROM riwayat_diklat"):
        assert r.tanggal_mulai <= r.tanggal_selesai <= DEMO_TODAY.isoformat()
        assert r.tanggal_mulai >= "2023-01-01"
        if r.jenis == "seminar":
            assert r.jp <= 8
        if r.jenis == "struktural":
            assert r.jp >= 200


def test_a_few_disciplinary_sentences_mostly_light(demo):
    database, _, _ = demo
    rows = _rows(database, "SELECT person_id, tingkat, jenis, tmt, tanggal_akhir FROM riwayat_hukdis")
    assert 0.01 * 1500 <= len(rows) <= 0.02 * 1500
    tingkat = Counter(r.tingkat for r in rows)
    assert tingkat["ringan"] > tingkat["sedang"] >= tingkat["berat"]
    for r in rows:
        assert r.tmt <= DEMO_TODAY.isoformat()
        if r.tingkat != "ringan":
            assert r.tanggal_akhir > r.tmt
    managers = {
        r[0]
        for r in _rows(
            database,
            "SELECT id FROM person WHERE jenjang_jabatan IN ('JPT Pratama','Administrator','Pengawas')",
        )
    }
    assert not managers & {r.person_id for r in rows}


def test_satyalancana_follows_years_of_service(demo):
    database, _, _ = demo
    rows = _rows(
        database,
        "SELECT a.nama, a.tanggal, p.tmt_cpns, p.jenis_pegawai FROM riwayat_penghargaan a"
        " JOIN person p ON p.id = a.person_id WHERE a.nama LIKE 'Satyalancana%'",
    )
    assert rows
    for r in rows:
        years = {"X": 10, "XX": 20, "XXX": 30}[r.nama.split()[3]]
        assert r.jenis_pegawai == "PNS"
        assert date.fromisoformat(r.tanggal).year - date.fromisoformat(r.tmt_cpns).year >= years


# -- contract: progress, audit, refusal, cancel ------------------------------------------------


def test_progress_is_reported_in_indonesian_up_to_100(demo):
    _, _, steps = demo
    percents = [p for p, _ in steps]
    assert percents == sorted(percents)
    assert percents[0] == 0 and percents[-1] == 100
    assert all(isinstance(t, str) and t for _, t in steps)
    assert "Selesai" in steps[-1][1]


def test_one_audit_event_records_counts_and_seed(demo):
    """Personnel are one bulk event; the talent map's writes (schemes, periods, runs, calibrations) are
    audited one by one, as they would be when a user makes them."""
    database, summary, _ = demo
    with database.session() as session:
        events = session.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
        instansi = session.scalars(select(Instansi)).one()
        assert verify_chain(session) == (len(events), None)
    assert {e.action for e in events[:-1]} == {
        "scheme.create",
        "period.create",
        "period.status",
        "mapping.run",
        "calibration.create",
        "calibration.reverse",
        "committee.create",
        "committee.member",
        "meeting.create",
        "meeting.attendance",
        "meeting.activate",
        "meeting.note",
        "meeting.conflict",
        "meeting.decision",
        "meeting.follow_up",
        "meeting.minutes",
        "meeting.finalize",
        "succession.post_create",
        "succession.propose",
        "succession.confirm",
        "development.plan_bulk",
        "development.plan_approve",
        "development.activity_update",
    }
    assert sum(e.action.startswith("calibration.") for e in events) == summary.calibrations > 0
    event = events[-1]
    assert event.action == "demo.build"
    assert event.actor == "penguji"
    assert event.entity == "instansi" and event.entity_id == str(instansi.id)
    assert event.after["seed"] == 2025
    assert event.after["personnel"] == summary.personnel == 1500
    assert event.after["pns"] == summary.pns and event.after["units"] == summary.units
    assert instansi.nama == "Pemerintah Kabupaten Sukamaju Timur"
    assert instansi.jenis == "kabupaten" and instansi.ibu_kota and instansi.nama_bkpsdm and instansi.kode


def test_second_build_is_refused_and_adds_nothing(tmp_path):
    database, _ = _build(tmp_path / "t.sqlite", size=MIN_SIZE, seed=1)
    try:
        before = {
            t: _rows(database, f"SELECT count(*) FROM {t}")[0][0] for t in (*COMPARED_TABLES, "audit_event")
        }
        with pytest.raises(DemoError, match="sudah berisi data pegawai"), database.transaction() as session:
            build_demo(session, ACTOR, size=MIN_SIZE, seed=2)
        after = {t: _rows(database, f"SELECT count(*) FROM {t}")[0][0] for t in before}
        assert after == before
    finally:
        database.dispose()


@pytest.mark.parametrize("stop_after", [1, 4, 12])
def test_cancel_rolls_everything_back(tmp_path, stop_after):
    database = _open(tmp_path / "t.sqlite")
    calls = 0

    def cancel() -> bool:
        nonlocal calls
        calls += 1
        return calls > stop_after

    try:
        with pytest.raises(DemoCancelled, match="dibatalkan"), database.transaction() as session:
            build_demo(session, ACTOR, size=MIN_SIZE, seed=3, cancel=cancel)
        assert issubclass(DemoCancelled, DemoError)
        with database.session() as session:
            for model in (Person, Unit, Instansi, AuditEvent):
                assert _count(session, model) == 0
        for table in COMPARED_TABLES:
            assert _rows(database, f"SELECT count(*) FROM {table}")[0][0] == 0
        # The database is still usable afterwards.
        with database.transaction() as session:
            assert build_demo(session, ACTOR, size=MIN_SIZE, seed=3).personnel == MIN_SIZE
    finally:
        database.dispose()


@pytest.mark.parametrize("size", [MIN_SIZE - 1, 0, -5, 10**7, "1500", 1500.0, True])
def test_impossible_sizes_are_refused(tmp_path, size):
    database = _open(tmp_path / "t.sqlite")
    try:
        with pytest.raises(DemoError, match="Jumlah pegawai demo"), database.transaction() as session:
            build_demo(session, ACTOR, size=size)
        with pytest.raises(DemoError, match="Seed"), database.transaction() as session:
            build_demo(session, ACTOR, size=MIN_SIZE, seed=-1)
    finally:
        database.dispose()
