"""`talenta report berita-acara --meeting ID --out FILE.pdf` (DESIGN §4): only a finalised meeting whose
content still matches its fingerprint is printed; otherwise exit 1 and no file."""

from __future__ import annotations

import sqlite3

from talenta_desktop.cli import main


def _final_and_open(path) -> tuple[int, int]:
    with sqlite3.connect(path) as conn:
        final = conn.execute("SELECT id FROM meeting WHERE status = 'final'").fetchone()[0]
        other = conn.execute("SELECT id FROM meeting WHERE status != 'final'").fetchone()[0]
    return final, other


def test_the_berita_acara_of_a_final_meeting_is_written_on_a4_and_f4(demo_db, tmp_path, capsys):
    final, _ = _final_and_open(demo_db.path)
    for paper in ("A4", "F4"):
        out = tmp_path / f"ba-{paper}.pdf"
        assert main(["report", "berita-acara", "--db", str(demo_db.path), "--meeting", str(final),
                     "--paper", paper, "--out", str(out)]) == 0  # fmt: skip
        assert out.read_bytes().startswith(b"%PDF")
        assert not out.with_name(out.name + ".partial").exists()
    with sqlite3.connect(demo_db.path) as conn:
        stored = conn.execute("SELECT fingerprint FROM meeting WHERE id = ?", (final,)).fetchone()[0]
    assert stored in capsys.readouterr().out


def test_a_meeting_not_yet_final_is_not_printed(demo_db, tmp_path, capsys):
    _, other = _final_and_open(demo_db.path)
    out = tmp_path / "ba.pdf"
    assert (
        main(
            ["report", "berita-acara", "--db", str(demo_db.path), "--meeting", str(other), "--out", str(out)]
        )
        == 1
    )
    assert "belum difinalkan" in capsys.readouterr().err and not out.exists()


def test_an_altered_record_is_refused(demo_db, tmp_path, capsys):
    """Someone edits the finalised berita acara directly in the file: it no longer matches its
    fingerprint, so nothing is printed from it."""
    final, _ = _final_and_open(demo_db.path)
    with sqlite3.connect(demo_db.path) as conn:
        conn.execute(
            "UPDATE meeting SET document = replace(document, 'Hadir', 'Absen') WHERE id = ?", (final,)
        )
    out = tmp_path / "ba.pdf"
    assert (
        main(
            ["report", "berita-acara", "--db", str(demo_db.path), "--meeting", str(final), "--out", str(out)]
        )
        == 1
    )
    assert "sidik jari" in capsys.readouterr().err and not out.exists()


def test_the_record_stands_when_personnel_data_changes_later(demo_db, tmp_path, capsys):
    """A later import renames a post: the finalised berita acara still prints what was decided."""
    final, _ = _final_and_open(demo_db.path)
    with sqlite3.connect(demo_db.path) as conn:
        conn.execute(
            "UPDATE person SET jabatan_nama = 'Jabatan Baru' WHERE id IN"
            " (SELECT person_id FROM calibration WHERE meeting_id = ?)",
            (final,),
        )
    out = tmp_path / "ba.pdf"
    assert (
        main(
            ["report", "berita-acara", "--db", str(demo_db.path), "--meeting", str(final), "--out", str(out)]
        )
        == 0
    )
    assert out.exists()


def test_bad_usage(demo_db, tmp_path, capsys):
    final, _ = _final_and_open(demo_db.path)
    assert main(["report", "berita-acara", "--db", str(demo_db.path), "--meeting", str(final),
                 "--out", str(tmp_path / "ba.docx")]) == 2  # fmt: skip
    assert main(["report", "berita-acara", "--db", str(demo_db.path), "--meeting", "999", "--out",
                 str(tmp_path / "x.pdf")]) == 1  # fmt: skip
    assert "tidak ditemukan" in capsys.readouterr().err
