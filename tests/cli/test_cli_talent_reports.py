"""`talenta report talent-map|profile|executive` (DESIGN §4): a PDF, a summary line and an entry in the
export log; exit 1 naming an unknown unit or period, exit 2 for a mistyped NIP, and no file either way."""

from __future__ import annotations

from sqlalchemy import select

from talenta_desktop.cli import main
from talenta_desktop.domain.nip import format_nip
from talenta_desktop.models import Person, Unit
from talenta_desktop.services.export_log import export_log


def run(db, *args: str) -> int:
    return main(["report", *args, "--db", str(db.path)])


def test_talent_map_of_a_unit_is_written_and_logged(demo_db, tmp_path, capsys):
    with demo_db.session() as session:
        unit = session.scalars(select(Unit).where(Unit.parent_id.is_(None)).order_by(Unit.id).limit(1)).one()
        name = unit.nama
    out = tmp_path / "keluaran" / "peta.pdf"
    assert (
        run(demo_db, "talent-map", "--period", "2025", "--unit", name, "--paper", "F4", "--out", str(out))
        == 0
    )
    assert out.read_bytes().startswith(b"%PDF") and [p.name for p in out.parent.iterdir()] == ["peta.pdf"]
    said = capsys.readouterr().out
    assert f"Peta talenta {name} periode 2025 (F4) ditulis ke {out}" in said
    with demo_db.session() as session:
        entry = export_log(session)[0]
    assert (entry.kind, entry.file, entry.period, entry.details["unit"]) == (
        "report.talent-map",
        "peta.pdf",
        "2025",
        name,
    )
    assert entry.rows and entry.sensitive is False


def test_profile_and_executive_summary(demo_db, tmp_path, capsys):
    with demo_db.session() as session:
        nip = session.scalars(select(Person.nip).order_by(Person.id).limit(1)).one()
    assert (
        run(
            demo_db, "profile", "--nip", format_nip(nip), "--period", "2025", "--out", str(tmp_path / "p.pdf")
        )
        == 0
    )
    assert f"(NIP {format_nip(nip)}) periode 2025 (A4)" in capsys.readouterr().out
    assert run(demo_db, "executive", "--period", "2025", "--out", str(tmp_path / "e.pdf")) == 0
    assert "Ringkasan eksekutif periode 2025 (A4)" in capsys.readouterr().out
    with demo_db.session() as session:
        assert [e.kind for e in export_log(session)[:2]] == ["report.executive", "report.profile"]


def test_unknown_unit_period_and_mistyped_nip(demo_db, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert (
        run(demo_db, "talent-map", "--period", "2025", "--unit", "Dinas Antah Berantah", "--out", str(out))
        == 1
    )
    assert "Dinas Antah Berantah" in capsys.readouterr().err
    assert run(demo_db, "executive", "--period", "1999", "--out", str(out)) == 1
    assert "1999" in capsys.readouterr().err
    assert run(demo_db, "profile", "--nip", "12345", "--period", "2025", "--out", str(out)) == 2
    assert "12345" in capsys.readouterr().err
    assert not out.exists()
    with demo_db.session() as session:
        assert export_log(session) == []
