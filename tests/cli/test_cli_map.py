"""`talenta map --period P [--scheme NAME]` (DESIGN §4): counts on stdout, exit 1 with a message on
stderr and nothing changed when it cannot map, a new year period created on demand."""

from __future__ import annotations

import re
import sqlite3

import pytest

from talenta_desktop.cli import main
from talenta_desktop.domain.ninebox import box_number


def talenta(*args: str) -> int:
    return main(list(args))


def _scalar(path, sql: str, *params):
    with sqlite3.connect(path) as conn:
        return conn.execute(sql, params).fetchone()[0]


def _counts(path) -> dict[str, int]:
    return {
        table: _scalar(path, f"SELECT count(*) FROM {table}")
        for table in (
            "mapping_run",
            "placement",
            "talent_period",
            "scoring_scheme",
            "calibration",
            "audit_event",
        )
    }


def _latest_run(path, label: str) -> tuple[int, int, int]:
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT r.id, r.placed_count, r.holding_count FROM mapping_run r JOIN talent_period p"
            " ON p.id = r.period_id WHERE p.label = ? ORDER BY r.id DESC LIMIT 1",
            (label,),
        ).fetchone()


def _run_boxes(path, run_id: int) -> dict[int, tuple]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT person_id, kinerja_level, potensial_level FROM placement WHERE run_id = ?", (run_id,)
        ).fetchall()
    return {pid: (k, p) for pid, k, p in rows}


def _shown(levels: tuple) -> str:
    return "belum dipetakan" if levels[0] is None else str(box_number(*levels))


def test_map_prints_the_counts_per_box_and_exits_0(demo_db, capsys):
    path = str(demo_db.path)
    runs_before = _scalar(path, "SELECT count(*) FROM mapping_run")
    assert talenta("map", "--db", path, "--period", "2025") == 0
    out = capsys.readouterr().out
    _, placed, holding = _latest_run(path, "2025")
    assert _scalar(path, "SELECT count(*) FROM mapping_run") == runs_before + 1
    assert (
        "Periode 2025 dipetakan dengan BKN Kepka 411/2025 (versi 1) dalam " in out
        and f"{placed} pegawai ditempatkan, {holding} belum dapat dipetakan." in out
    )
    per_box = dict(re.findall(r"(\d): (\d+)", out.split("Per kotak — ")[1].splitlines()[0]))
    assert sum(int(v) for v in per_box.values()) == placed
    assert list(per_box) == [str(b) for b in range(1, 10)]
    # same data, same scheme as the demo's own run: nothing moved, and the calibrations still count
    assert "Kotak hasil hitung berubah untuk 0 pegawai" in out
    assert "kalibrasi yang sudah ada tetap berlaku" in out


def test_an_unknown_scheme_lists_the_schemes_and_changes_nothing(demo_db, capsys):
    path = str(demo_db.path)
    before = _counts(path)
    assert talenta("map", "--db", path, "--period", "2025", "--scheme", "Perbup Fiktif") == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "Skema 'Perbup Fiktif' tidak ditemukan" in captured.err
    for name in ("BKN Kepka 411/2025", "JPM pemetaan", "Predikat SKP langsung", "Tanjungpinang 2022"):
        assert name in captured.err
    assert _counts(path) == before


def test_unknown_scheme_does_not_leave_a_new_year_period_behind(demo_db, capsys):
    path = str(demo_db.path)
    before = _counts(path)
    assert talenta("map", "--db", path, "--period", "2026", "--scheme", "tidak ada") == 1
    assert "tidak ditemukan" in capsys.readouterr().err
    assert _counts(path) == before
    assert _scalar(path, "SELECT count(*) FROM talent_period WHERE label = '2026'") == 0


def test_a_closed_period_is_refused(demo_db, capsys):
    path = str(demo_db.path)
    before = _counts(path)
    assert talenta("map", "--db", path, "--period", "2024") == 1
    assert "Periode 2024 sudah ditutup" in capsys.readouterr().err
    assert _counts(path) == before


def test_an_unknown_period_that_is_not_a_year_is_refused_listing_the_periods(demo_db, capsys):
    path = str(demo_db.path)
    before = _counts(path)
    assert talenta("map", "--db", path, "--period", "semester-1") == 1
    err = capsys.readouterr().err
    assert "Periode 'semester-1' tidak ditemukan. Periode yang ada: 2024, 2025." in err
    assert _counts(path) == before


def test_a_new_year_is_created_mapped_and_a_second_run_lists_the_changes(demo_db, capsys):
    path = str(demo_db.path)
    assert talenta("map", "--db", path, "--period", "2026") == 0
    out = capsys.readouterr().out
    assert "Periode 2026 dibuat: SKP 2025–2026, tanggal acuan 31-12-2026, asesmen berlaku 3 tahun." in out
    with sqlite3.connect(path) as conn:
        assert conn.execute(
            "SELECT skp_year_from, skp_year_to, reference_date, assessment_valid_years, status"
            " FROM talent_period WHERE label = '2026'"
        ).fetchone() == (2025, 2026, "2026-12-31", 3, "open")
    first_id, placed, holding = _latest_run(path, "2026")
    assert placed + holding == _scalar(path, "SELECT count(*) FROM person")
    assert f"{placed} pegawai ditempatkan, {holding} belum dapat dipetakan" in out
    assert "berubah" not in out  # a first run has nothing to compare with

    assert talenta("map", "--db", path, "--period", "2026", "--scheme", "JPM pemetaan") == 0
    out = capsys.readouterr().out
    assert "dibuat" not in out  # the period exists now
    assert "dengan JPM pemetaan (versi 1)" in out
    second_id, _, _ = _latest_run(path, "2026")
    before, after = _run_boxes(path, first_id), _run_boxes(path, second_id)
    changed = sorted(pid for pid in after if before[pid] != after[pid])
    assert len(changed) > 20  # enough to show the cut-off of the list
    assert f"Kotak hasil hitung berubah untuk {len(changed)} pegawai dibanding pemetaan sebelumnya" in out
    change_lines = [line.strip() for line in out.splitlines() if "→" in line]
    assert len(change_lines) == 20
    nips = [_scalar(path, "SELECT nip FROM person WHERE id = ?", pid) for pid in changed[:20]]
    assert [line.split()[0] for line in change_lines] == nips
    for pid, line in zip(changed[:20], change_lines, strict=True):
        assert line.endswith(f"{_shown(before[pid])} → {_shown(after[pid])}")
    assert f"… dan {len(changed) - 20} lainnya" in out


def test_an_empty_database_fails_without_creating_the_period(tmp_path, capsys):
    path = str(tmp_path / "kosong.sqlite")
    assert talenta("init", "--db", path) == 0
    capsys.readouterr()
    assert talenta("map", "--db", path, "--period", "2025") == 1
    assert "Belum ada data pegawai" in capsys.readouterr().err
    assert _scalar(path, "SELECT count(*) FROM talent_period") == 0
    assert _scalar(path, "SELECT count(*) FROM mapping_run") == 0


def test_a_missing_database_is_not_created(tmp_path, capsys):
    path = tmp_path / "tidak-ada.sqlite"
    assert talenta("map", "--db", str(path), "--period", "2025") == 1
    assert "tidak ditemukan" in capsys.readouterr().err
    assert not path.exists()


@pytest.mark.parametrize("args", [["map"], ["map", "--scheme", "JPM pemetaan"], ["map", "--period"]])
def test_bad_usage_exits_2(args, capsys):
    with pytest.raises(SystemExit) as exit_info:
        talenta(*args)
    assert exit_info.value.code == 2
    assert "--period" in capsys.readouterr().err
