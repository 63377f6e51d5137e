"""The `talenta` command: init, demo and verify with their exit codes and messages (DESIGN §4)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from talenta_desktop.cli import main


def talenta(*args: str) -> int:
    return main(list(args))


def test_init_creates_then_reports_an_up_to_date_database(tmp_path, capsys):
    path = tmp_path / "t.sqlite"
    assert talenta("init", "--db", str(path)) == 0
    assert path.exists()
    assert talenta("--db", str(path), "init") == 0  # --db before the command works too
    assert "Database siap" in capsys.readouterr().out


def test_db_from_environment(tmp_path, monkeypatch):
    path = tmp_path / "env.sqlite"
    monkeypatch.setenv("TALENTA_DB", str(path))
    assert talenta("init") == 0
    assert path.exists()


def test_demo_fills_an_empty_database_and_refuses_a_full_one(tmp_path, capsys):
    path = str(tmp_path / "d.sqlite")
    assert talenta("demo", "--db", path, "--size", "150", "--seed", "3") == 0
    out = capsys.readouterr().out
    assert "150 pegawai" in out
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM person").fetchone() == (150,)
    assert talenta("demo", "--db", path, "--size", "150") == 1
    assert "sudah berisi" in capsys.readouterr().err
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM person").fetchone() == (150,)


def test_verify_passes_then_names_the_tampered_audit_row(tmp_path, capsys):
    path = str(tmp_path / "v.sqlite")
    assert talenta("demo", "--db", path, "--size", "60") == 0
    assert talenta("init", "--db", path) == 0
    assert talenta("verify", "--db", path) == 0
    assert "rantai audit sah" in capsys.readouterr().out
    with sqlite3.connect(path) as conn:
        conn.execute("""UPDATE audit_event SET actor = 'penyusup' WHERE id = 1""")
    assert talenta("verify", "--db", path) == 1
    assert "peristiwa #1" in capsys.readouterr().err


def test_verify_of_a_missing_database_fails_without_creating_it(tmp_path, capsys):
    path = tmp_path / "tidak-ada.sqlite"
    assert talenta("verify", "--db", str(path)) == 1
    assert "tidak ditemukan" in capsys.readouterr().err
    assert not path.exists()


def test_newer_schema_is_refused_with_exit_1(tmp_path, capsys):
    path = tmp_path / "baru.sqlite"
    assert talenta("init", "--db", str(path)) == 0
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
    assert talenta("verify", "--db", str(path)) == 1
    assert "lebih baru" in capsys.readouterr().err


@pytest.mark.parametrize("args", [[], ["terbang"], ["demo", "--size", "banyak"]])
def test_bad_usage_exits_2(args):
    with pytest.raises(SystemExit) as exit_info:
        talenta(*args)
    assert exit_info.value.code == 2


def test_demo_size_must_be_positive(tmp_path, capsys):
    assert talenta("demo", "--db", str(tmp_path / "x.sqlite"), "--size", "0") == 2
    assert "--size" in capsys.readouterr().err


def test_console_script_is_installed():
    result = subprocess.run(
        [sys.executable, "-m", "talenta_desktop.cli", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.startswith("Talenta Desktop ")
