"""`talenta report … --redact`: initials and masked NIPs on the reports that list people, logged as redacted;
not offered on the reports about one person or a signed record; and a role that may not make reports is
told so with exit 1 and no file."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from talenta_desktop.cli import main
from talenta_desktop.models import Person
from talenta_desktop.services.actor import Actor
from talenta_desktop.services.export_log import export_log
from tests.services.test_berita_acara_pdf import PdfReadBack


def run(db, *args: str) -> int:
    return main(["report", *args, "--db", str(db.path)])


@pytest.mark.parametrize("kind", ["talent-map", "executive", "succession"])
def test_redact_prints_no_name_or_nip_and_is_logged(demo_db, tmp_path, capsys, kind):
    out = tmp_path / "laporan" / f"{kind}.pdf"
    assert run(demo_db, kind, "--period", "2025", "--redact", "--out", str(out)) == 0
    said = capsys.readouterr()
    assert "Identitas pegawai disamarkan" in said.err and str(out.name) in said.out
    text = PdfReadBack(out.read_bytes()).text
    flat = re.sub(r"\s+", "", text)
    with demo_db.session() as session:
        people = session.execute(select(Person.nip, Person.nama)).all()
        entry = export_log(session)[0]
    assert not [nama for _, nama in people if re.sub(r"\s+", "", nama) in flat]
    assert not [nip for nip, _ in people if nip in flat]
    assert (entry.kind, entry.details.get("redacted"), entry.sensitive) == (f"report.{kind}", True, False)


@pytest.mark.parametrize("kind", ["profile", "idp", "berita-acara"])
def test_redact_is_not_offered_where_it_does_not_apply(demo_db, tmp_path, capsys, kind):
    args = {"profile": ["--nip", "196912302001071002", "--period", "2025"], "idp": ["--nip", "196912302001071002",
            "--period", "2025"], "berita-acara": ["--meeting", "1"]}[kind]  # fmt: skip
    with pytest.raises(SystemExit) as exit_:
        run(demo_db, kind, *args, "--redact", "--out", str(tmp_path / "x.pdf"))
    assert exit_.value.code == 2 and "--redact" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_redact_with_sensitive_is_refused(demo_db, tmp_path, capsys):
    out = tmp_path / "peta.pdf"
    assert run(demo_db, "talent-map", "--period", "2025", "--redact", "--sensitive", "--out", str(out)) == 1
    assert "pilih salah satu" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize(
    ("role", "args", "status"),
    [
        ("pembaca", ["talent-map", "--period", "2025"], 1),
        ("pembaca", ["executive", "--period", "2025", "--redact"], 1),
        ("komite", ["talent-map", "--period", "2025", "--sensitive"], 1),
        ("komite", ["talent-map", "--period", "2025", "--redact"], 0),
    ],
)
def test_roles_on_the_command_line(demo_db, tmp_path, capsys, monkeypatch, role, args, status):
    # Whoever runs the command on a database without user accounts; here with a role that is not admin.
    monkeypatch.setattr(Actor, "local", classmethod(lambda cls: cls("budi", role)))
    out = tmp_path / "x.pdf"
    with demo_db.session() as session:
        before = len(export_log(session))
    assert run(demo_db, *args, "--out", str(out)) == status
    with demo_db.session() as session:
        after = len(export_log(session))
    if status:
        assert "tidak berwenang" in capsys.readouterr().err
        assert not out.exists() and after == before
    else:
        assert out.is_file() and after == before + 1
