"""`talenta report succession --period P` and `talenta report idp --nip N --period P` (DESIGN §4): a PDF
and a summary line on success; exit 1 with a message naming what is wrong (period, NIP, plan) and no
file; exit 2 for bad usage."""

from __future__ import annotations

import pytest

from talenta_desktop.cli import main
from talenta_desktop.domain.nip import format_nip
from tests.services.test_idp_report import _someone_without_plan, add_plan
from tests.services.test_succession_report import PERIOD, add_posts


def run(db, *args: str) -> int:
    return main(["report", *args, "--db", str(db.path)])


@pytest.mark.parametrize("paper", ["A4", "F4"])
def test_the_succession_report_is_written(demo_db, tmp_path, capsys, paper):
    add_posts(demo_db)
    out = tmp_path / "keluaran" / f"suksesi-{paper}.pdf"
    assert run(demo_db, "succession", "--period", PERIOD, "--paper", paper, "--out", str(out)) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in out.parent.iterdir()] == [out.name]  # no .partial left behind
    said = capsys.readouterr().out
    assert f"Laporan suksesi periode {PERIOD} ({paper}) ditulis ke {out}" in said
    assert "jabatan perlu perhatian segera" in said


def test_the_idp_is_written(demo_db, tmp_path, capsys):
    plan = add_plan(demo_db)
    out = tmp_path / "idp.pdf"
    assert run(demo_db, "idp", "--nip", format_nip(plan.nip), "--period", PERIOD, "--out", str(out)) == 0
    assert out.read_bytes().startswith(b"%PDF")
    said = capsys.readouterr().out
    assert plan.nama in said and f"NIP {format_nip(plan.nip)}" in said and "status disetujui" in said


def test_unknown_period(demo_db, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert run(demo_db, "succession", "--period", "2031", "--out", str(out)) == 1
    assert "Periode '2031' tidak ditemukan" in capsys.readouterr().err and not out.exists()
    plan = add_plan(demo_db)
    assert run(demo_db, "idp", "--nip", plan.nip, "--period", "2031", "--out", str(out)) == 1
    assert "Periode '2031' tidak ditemukan" in capsys.readouterr().err and not out.exists()


def test_unknown_or_malformed_nip(demo_db, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert run(demo_db, "idp", "--nip", "199901012020011999", "--period", PERIOD, "--out", str(out)) == 1
    assert "NIP 19990101 202001 1 999 tidak ditemukan" in capsys.readouterr().err
    assert run(demo_db, "idp", "--nip", "12345", "--period", PERIOD, "--out", str(out)) == 2
    assert "'12345'" in capsys.readouterr().err
    assert not out.exists()


def test_person_without_plan(demo_db, tmp_path, capsys):
    with demo_db.session() as session:
        person = _someone_without_plan(session, (5, 6, 7, 8, 9))
        nip = person.nip
    out = tmp_path / "x.pdf"
    assert run(demo_db, "idp", "--nip", nip, "--period", PERIOD, "--out", str(out)) == 1
    err = capsys.readouterr().err
    assert (
        f"NIP {format_nip(nip)}" in err
        and f"belum mempunyai rencana pengembangan individu pada periode {PERIOD}" in err
    )
    assert not out.exists()


def test_bad_usage(demo_db, tmp_path, capsys):
    out = str(tmp_path / "x.pdf")
    with pytest.raises(SystemExit) as stop:
        run(demo_db, "succession", "--period", PERIOD, "--paper", "Letter", "--out", out)
    assert stop.value.code == 2
    with pytest.raises(SystemExit) as stop:
        run(demo_db, "idp", "--nip", "199901012020011999", "--period", PERIOD, "--paper", "A5", "--out", out)
    assert stop.value.code == 2
    with pytest.raises(SystemExit) as stop:
        run(demo_db, "idp", "--period", PERIOD, "--out", out)  # no --nip
    assert stop.value.code == 2
    assert run(demo_db, "succession", "--period", PERIOD, "--out", str(tmp_path / "x.docx")) == 2
    assert "harus .pdf" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
