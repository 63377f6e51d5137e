"""Personnel service: the frame, search, the profile (and who sees hukuman disiplin), and exports."""

from __future__ import annotations

import csv
import itertools
import sqlite3
from datetime import date, datetime

import numpy as np
import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from talenta_desktop.domain.golongan import golongan_by_code
from talenta_desktop.models import AuditEvent, DiklatHistory, HukdisHistory, Instansi, Person, Unit
from talenta_desktop.services.actor import Actor
from talenta_desktop.services.audit import verify_chain
from talenta_desktop.services.personnel import (
    COLUMNS_BY_KEY,
    DEFAULT_VISIBLE_COLUMNS,
    HELPER_COLUMNS,
    MIN_JP_PER_YEAR,
    NEVER_EXPORTED,
    PERSONNEL_COLUMNS,
    SIASN_EXPORT_COLUMNS,
    ExportCancelled,
    ExportError,
    PersonNotFound,
    can_view_hukdis,
    export_personnel,
    fold_text,
    is_nip_query,
    jp_per_year,
    person_profile,
    personnel_frame,
    search_mask,
    visible_column_keys,
)

TODAY = date(2026, 1, 15)

# (nip, nama, gelar depan, gelar belakang, birth date, L/P, PNS/PPPK, golongan, eselon)
PEOPLE = [
    ("196804111993031009", "Siti Aminah", "Dr.", "M.Si.", date(1968, 4, 11), "P", "PNS", "41", "22"),
    ("198501012010011001", "José Ramos", None, "S.T.", date(1985, 1, 1), "L", "PNS", "33", None),
    ("199002022020121002", "Jose Santoso", None, None, date(1990, 2, 2), "L", "PNS", "31", None),
    ("199503032023211001", "Muhammad Ma'ruf", "H.", "S.Ag.", date(1995, 3, 3), "L", "PPPK", "IX", None),
    ("197712122005012001", "Nur Aminah Siregar", None, "S.E.", date(1977, 12, 12), "P", "PNS", "34", None),
    ("198806062015032002", "Dewi Lestari", None, "A.Md.", date(1988, 6, 6), "P", "PNS", "23", None),
]


@pytest.fixture
def small_db(db):
    """Six people in two units (an OPD and its bidang), with names chosen to exercise the search."""
    with db.transaction() as session:
        session.add(Instansi(id=1, nama="Pemerintah Kabupaten Uji", jenis="kabupaten"))
        session.flush()
        session.add(
            Unit(
                id=1,
                instansi_id=1,
                parent_id=None,
                nama="Dinas Kesehatan",
                jenis="dinas",
                path="/1/",
                kode="U1",
            )
        )
        session.add(
            Unit(id=2, instansi_id=1, parent_id=1, nama="Bidang P2P", jenis="bidang", path="/1/2/", kode="U2")
        )
        session.flush()
        for i, (nip, nama, depan, belakang, born, jk, jenis, gol, eselon) in enumerate(PEOPLE, start=1):
            session.add(
                Person(
                    id=i,
                    nip=nip,
                    nama=nama,
                    gelar_depan=depan,
                    gelar_belakang=belakang,
                    tanggal_lahir=born,
                    jenis_kelamin=jk,
                    jenis_pegawai=jenis,
                    golongan=gol,
                    eselon=eselon,
                    jenis_jabatan="struktural" if eselon else "fungsional",
                    jenjang_jabatan="Administrator" if eselon else "Ahli Muda",
                    jabatan_nama="Kepala Bidang P2P" if eselon else "Epidemiolog Kesehatan Ahli Muda",
                    unit_id=2 if i % 2 else 1,
                    bup=58,
                    agama="Islam",
                    email=f"orang{i}@contoh.go.id",
                )
            )
    return db


def _frame(db, today=TODAY):
    with db.session() as session:
        return personnel_frame(session, today=today)


def _names(frame, mask) -> set[str]:
    return set(frame["nama"][mask])


def _sql(db, query: str, *args):
    with sqlite3.connect(db.path) as conn:
        return conn.execute(query, args).fetchall()


# -- columns and frame ---------------------------------------------------------------------------------


def test_columns_are_named_as_siasn_names_them():
    fields = {c.key: c.field for c in PERSONNEL_COLUMNS}
    assert fields["nip"] == "nipBaru"
    assert fields["tanggal_lahir"] == "tglLahir"
    assert fields["unit"] == "unorNama"
    assert fields["unit_induk"] == "unorIndukNama"
    assert fields["golongan"] == "golRuangAkhir"
    assert fields["jabatan"] == "jabatanNama"
    assert len(set(fields.values())) == len(fields)
    assert 7 <= len(DEFAULT_VISIBLE_COLUMNS) <= 10
    assert {"nip", "nama_lengkap", "jabatan", "unit"} <= set(DEFAULT_VISIBLE_COLUMNS)
    # Talenta-only columns are marked, so the SIASN master export leaves them out.
    assert "usia" not in SIASN_EXPORT_COLUMNS and "nama_lengkap" not in SIASN_EXPORT_COLUMNS


def test_visible_column_keys_drops_unknown_keys_and_falls_back_to_the_default():
    assert visible_column_keys(["usia", "nip", "no-such-column"]) == ["nip", "usia"]
    assert visible_column_keys([]) == list(DEFAULT_VISIBLE_COLUMNS)
    assert visible_column_keys(None) == list(DEFAULT_VISIBLE_COLUMNS)


def test_frame_holds_every_person_of_the_demo_agency(demo_db):
    frame = _frame(demo_db)
    (count,) = _sql(demo_db, "SELECT count(*) FROM person")[0]
    assert len(frame) == count
    assert set(frame.columns) == {*HELPER_COLUMNS, *COLUMNS_BY_KEY}
    assert frame["id"].is_unique
    assert all(isinstance(n, str) and len(n) == 18 and n.isdigit() for n in frame["nip"])


def test_frame_values_are_formatted_and_derived(demo_db):
    frame = _frame(demo_db).set_index("id")
    rows = _sql(
        demo_db,
        "SELECT p.id, p.golongan, p.eselon, p.tanggal_lahir, p.bup, u.nama, u.path, p.gelar_depan, "
        "p.nama, p.gelar_belakang FROM person p JOIN unit u ON u.id = p.unit_id",
    )
    units = dict(_sql(demo_db, "SELECT id, nama FROM unit"))
    eselon_labels = {"21": "II.a", "22": "II.b", "31": "III.a", "32": "III.b", "41": "IV.a", "42": "IV.b"}
    seen_eselon = False
    for pid, gol, eselon, born, bup, unit, path, depan, nama, belakang in rows:
        row = frame.loc[pid]
        assert row["golongan"] == golongan_by_code(gol).label
        assert row["unit"] == unit
        assert row["unit_induk"] == units[int(path.strip("/").split("/")[0])]
        born = date.fromisoformat(born)
        assert row["tanggal_lahir"].date() == born
        assert row["usia"] == TODAY.year - born.year - ((TODAY.month, TODAY.day) < (born.month, born.day))
        assert row["tmt_pensiun"].day == 1 and row["tmt_pensiun"].year == born.year + bup + (born.month == 12)
        expected = " ".join(x for x in (depan, nama) if x) + (f", {belakang}" if belakang else "")
        assert row["nama_lengkap"] == expected
        if eselon:
            seen_eselon = True
            assert row["eselon"] == eselon_labels[eselon]
    assert seen_eselon


def test_frame_of_an_empty_database_is_empty_with_all_columns(db):
    frame = _frame(db)
    assert len(frame) == 0
    assert set(frame.columns) == {*HELPER_COLUMNS, *COLUMNS_BY_KEY}
    assert search_mask(frame, "siti").shape == (0,)


# -- search ----------------------------------------------------------------------------------------------


def test_search_ignores_gelar_case_and_word_order(small_db):
    frame = _frame(small_db)
    assert _names(frame, search_mask(frame, "siti")) == {"Siti Aminah"}
    assert _names(frame, search_mask(frame, "SITI")) == {"Siti Aminah"}
    assert _names(frame, search_mask(frame, "aminah siti")) == {"Siti Aminah"}
    assert _names(frame, search_mask(frame, "  sit   amin ")) == {"Siti Aminah"}
    # Every word must match: "aminah" alone finds both Aminahs, with "nur" only one.
    assert _names(frame, search_mask(frame, "aminah")) == {"Siti Aminah", "Nur Aminah Siregar"}
    assert _names(frame, search_mask(frame, "nur aminah")) == {"Nur Aminah Siregar"}
    # Gelar are not part of the name searched.
    assert _names(frame, search_mask(frame, "Dr.")) == set()
    assert _names(frame, search_mask(frame, "S.Ag.")) == set()
    assert _names(frame, search_mask(frame, "dr siti")) == set()


def test_search_ignores_accents_and_apostrophes(small_db):
    frame = _frame(small_db)
    both = {"José Ramos", "Jose Santoso"}
    assert _names(frame, search_mask(frame, "jose")) == both
    assert _names(frame, search_mask(frame, "José")) == both
    assert _names(frame, search_mask(frame, "JOSÉ ramos")) == {"José Ramos"}
    assert _names(frame, search_mask(frame, "maruf")) == {"Muhammad Ma'ruf"}
    assert _names(frame, search_mask(frame, "ma'ruf")) == {"Muhammad Ma'ruf"}
    assert fold_text("José MA’RUF") == "jose maruf"


def test_search_by_nip_with_or_without_spaces(small_db):
    frame = _frame(small_db)
    assert _names(frame, search_mask(frame, "19680411 199303 1 009")) == {"Siti Aminah"}
    assert _names(frame, search_mask(frame, "196804111993031009")) == {"Siti Aminah"}
    assert _names(frame, search_mask(frame, " 1968-04-11 ")) == {"Siti Aminah"}
    # A part of the NIP anywhere: "2023 21" is the PPPK appointment year and kind.
    assert _names(frame, search_mask(frame, "2023 21")) == {"Muhammad Ma'ruf"}
    # A digit word beside a name word narrows by NIP.
    assert _names(frame, search_mask(frame, "jose 1990")) == {"Jose Santoso"}
    assert is_nip_query("19680411 199303 1 009")
    assert not is_nip_query("siti 1968")


def test_empty_search_matches_everyone(small_db):
    frame = _frame(small_db)
    for text in ("", "   ", "''"):
        mask = search_mask(frame, text)
        assert mask.dtype == bool and mask.all() and len(mask) == len(PEOPLE)


def test_search_on_the_demo_agency_agrees_with_a_plain_python_search(demo_db):
    frame = _frame(demo_db)
    for word in ("a", "sri", "wati", "nur h"):
        expected = {
            pid
            for pid, nama in zip(frame["id"], frame["nama"], strict=True)
            if all(w in nama.lower() for w in word.split())
        }
        assert set(frame["id"][search_mask(frame, word)]) == expected


# -- profile ---------------------------------------------------------------------------------------------


def test_jp_per_year_fills_gaps_and_flags_years_below_twenty():
    assert MIN_JP_PER_YEAR == 20
    years = jp_per_year([(2023, 12), (2023, 8), (2025, 19), (2025, 0)])
    assert [(y.tahun, y.jp, y.meets_minimum) for y in years] == [
        (2025, 19, False),
        (2024, 0, False),
        (2023, 20, True),
    ]
    assert jp_per_year([]) == []


def test_can_view_hukdis_only_for_administrator_and_operator():
    assert can_view_hukdis(Actor("a", "administrator"))
    assert can_view_hukdis(Actor("o", "operator"))
    assert not can_view_hukdis(Actor("k", "komite"))
    assert not can_view_hukdis(Actor("p", "pembaca"))


def test_profile_holds_every_section(demo_db):
    with demo_db.session() as session:
        person_id = session.scalar(
            select(DiklatHistory.person_id)
            .group_by(DiklatHistory.person_id)
            .order_by(DiklatHistory.person_id)
            .limit(1)
        )
        person = session.get(Person, person_id)
        profile = person_profile(session, person_id, Actor("o", "operator"), today=TODAY)
        diklat = session.execute(
            select(DiklatHistory.tanggal_mulai, DiklatHistory.jp).where(DiklatHistory.person_id == person_id)
        ).all()
    assert profile.id == person_id
    assert profile.identity.nip == person.nip
    assert profile.identity.nip_formatted.replace(" ", "") == person.nip
    assert person.nama in profile.identity.nama_lengkap
    assert profile.position.jabatan == person.jabatan_nama
    assert profile.position.golongan == golongan_by_code(person.golongan).label
    assert profile.jabatan_history and profile.golongan_history and profile.pendidikan
    assert [e.tmt for e in profile.jabatan_history] == sorted(
        (e.tmt for e in profile.jabatan_history), reverse=True
    )
    assert profile.skp and all(e.predikat for e in profile.skp)
    assert [s.tahun for s in profile.skp] == sorted((s.tahun for s in profile.skp), reverse=True)
    assert len(profile.diklat) == len(diklat)
    totals: dict[int, int] = {}
    for day, jp in diklat:
        totals[day.year] = totals.get(day.year, 0) + jp
    for year in profile.jp_per_year:
        assert year.jp == totals.get(year.tahun, 0)
        assert year.meets_minimum == (year.jp >= 20)
    assert profile.hukdis_visible


def test_hukdis_hidden_for_a_reader_and_shown_for_an_operator(demo_db):
    with demo_db.session() as session:
        person_id, jenis = session.execute(
            select(HukdisHistory.person_id, HukdisHistory.jenis).limit(1)
        ).one()
        hidden = person_profile(session, person_id, Actor("p", "pembaca"))
        shown = person_profile(session, person_id, Actor("o", "operator"))
    assert not hidden.hukdis_visible and hidden.hukdis == []
    assert shown.hukdis_visible and jenis in {h.jenis for h in shown.hukdis}


def test_profile_of_a_missing_person(demo_db, actor):
    with demo_db.session() as session, pytest.raises(PersonNotFound):
        person_profile(session, 10**9, actor)


# -- export ----------------------------------------------------------------------------------------------


def _export(db, actor, path, **kwargs) -> int:
    with db.transaction() as session:
        return export_personnel(session, actor, path, **kwargs)


def _last_event(db) -> AuditEvent:
    with db.session() as session:
        return session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()


def test_xlsx_export_uses_siasn_names_text_nips_and_real_dates(demo_db, actor, tmp_path):
    target = tmp_path / "pegawai.xlsx"
    n = _export(demo_db, actor, target)
    (count,) = _sql(demo_db, "SELECT count(*) FROM person")[0]
    assert n == count

    wb = load_workbook(target)
    ws = wb.active
    header = [c.value for c in ws[1]]
    assert header == [COLUMNS_BY_KEY[k].field for k in SIASN_EXPORT_COLUMNS]
    assert header[:3] == ["nipBaru", "nama", "gelarDepan"]
    assert {"tglLahir", "unorNama", "jabatanNama", "golRuangAkhir", "tmtJabatan"} <= set(header)
    assert not {"agama", "email", "noHp", "nik", "NIK"} & set(header)
    assert ws.max_row == count + 1
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{ws.cell(1, len(header)).column_letter}{count + 1}"
    assert all(c.font.b for c in ws[1])

    nip_col = header.index("nipBaru") + 1
    born_col = header.index("tglLahir") + 1
    gol_col = header.index("golRuangAkhirId") + 1
    nips = _sql(demo_db, "SELECT nip, tanggal_lahir FROM person")
    birth = dict(nips)
    for row in ws.iter_rows(min_row=2, max_row=50):
        nip = row[nip_col - 1]
        assert nip.data_type == "s" and isinstance(nip.value, str) and len(nip.value) == 18
        assert nip.value.isdigit() and nip.number_format == "@"
        born = row[born_col - 1]
        assert isinstance(born.value, datetime) and born.number_format == "dd-mm-yyyy"
        assert born.value.date().isoformat() == birth[nip.value]
        assert isinstance(row[gol_col - 1].value, str)  # "33", never the number 33
    assert ws.column_dimensions["A"].width >= 18

    event = _last_event(demo_db)
    assert event.action == "export.personnel" and event.actor == actor.username
    assert event.after["file"] == "pegawai.xlsx"
    assert event.after["rows"] == count
    assert event.after["columns"] == header
    with demo_db.session() as session:
        assert verify_chain(session)[1] is None


def test_csv_export_has_a_bom_and_keeps_nips_as_text(demo_db, actor, tmp_path):
    target = tmp_path / "pegawai.csv"
    n = _export(demo_db, actor, target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with target.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    header, body = rows[0], rows[1:]
    assert header == [COLUMNS_BY_KEY[k].field for k in SIASN_EXPORT_COLUMNS]
    assert len(body) == n
    nips = {nip for (nip,) in _sql(demo_db, "SELECT nip FROM person")}
    assert {r[header.index("nipBaru")] for r in body} == nips
    first = body[0][header.index("tglLahir")]
    assert datetime.strptime(first, "%d-%m-%Y")
    # Quoted text, so a program that honours quoting never reads the NIP as a number.
    assert raw.decode("utf-8-sig").splitlines()[1].startswith('"')
    assert _last_event(demo_db).after["format"] == "csv"


def test_export_only_the_chosen_people_and_columns_in_that_order(small_db, actor, tmp_path):
    target = tmp_path / "pilihan.xlsx"
    n = _export(
        small_db,
        actor,
        target,
        person_ids=[4, 1, 999],
        columns=["nama_lengkap", "nip", "usia", "tanggal_lahir"],
    )
    assert n == 2
    ws = load_workbook(target).active
    values = [[c.value for c in row] for row in ws.iter_rows()]
    assert values[0] == ["namaLengkap", "nipBaru", "usia", "tglLahir"]
    assert values[1][:2] == ["H. Muhammad Ma'ruf, S.Ag.", "199503032023211001"]
    assert values[2][:2] == ["Dr. Siti Aminah, M.Si.", "196804111993031009"]
    assert isinstance(values[1][2], int)
    event = _last_event(small_db)
    assert event.after["rows"] == 2 and event.after["selection"] == "chosen"


def test_export_never_writes_data_talent_management_does_not_need(small_db, actor, tmp_path):
    assert {"agama", "email", "no_hp"} == NEVER_EXPORTED
    assert not NEVER_EXPORTED & set(COLUMNS_BY_KEY)
    with pytest.raises(ExportError):
        _export(small_db, actor, tmp_path / "x.csv", columns=["nip", "email"])
    target = tmp_path / "semua.csv"
    _export(small_db, actor, target)
    text = target.read_text(encoding="utf-8-sig")
    assert "Islam" not in text and "contoh.go.id" not in text


def test_a_failed_or_cancelled_export_leaves_no_file_and_no_audit_event(small_db, actor, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ExportError):
        _export(small_db, actor, out / "pegawai.pdf")
    with pytest.raises(ExportError):
        _export(small_db, actor, tmp_path / "no-such-folder" / "pegawai.xlsx")
    with pytest.raises(ExportCancelled):
        _export(small_db, actor, out / "baru.xlsx", cancelled=lambda: True)
    target = out / "pegawai.xlsx"
    target.write_bytes(b"old")
    calls = []

    def cancel_after_start() -> bool:
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(ExportCancelled):
        _export(small_db, actor, target, cancelled=cancel_after_start)
    assert target.read_bytes() == b"old"  # the earlier file is untouched
    assert [p.name for p in out.iterdir()] == ["pegawai.xlsx"]  # no half file, no temporary file
    assert _sql(small_db, "SELECT count(*) FROM audit_event WHERE action = 'export.personnel'")[0][0] == 0


def test_export_reports_progress(demo_db, actor, tmp_path):
    seen: list[tuple[int, int]] = []
    n = _export(demo_db, actor, tmp_path / "p.csv", progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, n) and seen[-1] == (n, n)
    assert all(a[0] <= b[0] for a, b in itertools.pairwise(seen))


def test_frame_dates_are_day_precise_in_a_large_range():
    # Guard for the SQLite julianday shortcut: day numbers convert back exactly.
    days = np.array([-25567.0, 0.0, 20453.0, None], dtype=object)
    from talenta_desktop.services.personnel import _as_dates

    out = _as_dates(days)
    assert str(out[0]) == "1900-01-01" and str(out[1]) == "1970-01-01" and str(out[2]) == "2025-12-31"
    assert np.isnat(out[3])
