"""Hostile input (issue "Trust") reaching import mapping profiles.

A profile is a saved column mapping — field key → the header as written in an agency's files — kept in
the ``import_profile`` table and chosen by name in the import wizard or with ``--profile``. Hostile
content reaches one three ways: a name and headers the user types; the headers of whatever file was
imported when ``--save-profile`` (or the wizard's "Simpan sebagai profil") saves the mapping it found;
and a database restored from a copy made elsewhere, whose profile rows may hold anything. Whichever way,
saving either keeps exactly what was given or refuses with a message and writes nothing, and using a
profile either maps the file or refuses with ImportFileError — never another exception.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st
from sqlalchemy import select

from talenta_desktop.models import ImportProfile
from talenta_desktop.services.importing import (
    FIELDS,
    ImportFileError,
    ImportKind,
    Profile,
    list_profiles,
    load_profile,
    run_import,
    save_profile,
)
from tests.conftest import TEST_ACTOR
from tests.fixtures.workbooks import PERSONNEL_HEADERS, clean_personnel_rows
from tests.services.hostile import database_bytes, fuzz

KINDS = list(ImportKind)
_TEXT = st.text(max_size=40)


@st.composite
def _profiles(draw) -> tuple[str, ImportKind, dict[str, str], str | None]:
    kind = draw(st.sampled_from(KINDS))
    known = [spec.key for spec in FIELDS[kind]]
    keys = st.one_of(st.sampled_from(known), _TEXT) if draw(st.booleans()) else st.sampled_from(known)
    mapping = draw(st.dictionaries(keys, _TEXT, max_size=6))
    return draw(_TEXT), kind, mapping, draw(st.none() | _TEXT)


@fuzz
@given(profile=_profiles())
@example(profile=("  Rekap\tBKPSDM  2025 ", ImportKind.SKP, {"nipBaru": "NIP BARU", "tahun": ""}, None))
@example(profile=("\u3000", ImportKind.PERSONNEL, {}, None))  # only (ideographic) space: no name
def test_a_profile_saves_whole_or_not_at_all(db, profile):
    name, kind, mapping, sheet = profile
    before = database_bytes(db)
    try:
        with db.transaction() as session:
            saved = save_profile(session, TEST_ACTOR, name, kind, mapping, sheet)
    except ValueError as exc:  # save_profile's documented refusal, in Indonesian
        assert str(exc).strip()
        assert database_bytes(db) == before
        return
    assert saved == Profile(" ".join(name.split()), kind, mapping, sheet)
    with db.session() as session:
        assert load_profile(session, saved.name) == saved
        assert saved in list_profiles(session, kind)


# -- a profile saved from whatever file was imported --------------------------------------------------

_HEADER = st.one_of(
    _TEXT,
    st.sampled_from([*PERSONNEL_HEADERS, "NIP", "nip", " N I P ", "Nama", "NAMA LENGKAP", "Unit Kerja", ""]),
)


def _csv(header: list[str], rows: list[list[object]]) -> bytes:
    text = io.StringIO()
    writer = csv.writer(text, delimiter=";")
    writer.writerow(header)
    writer.writerows(rows)
    return text.getvalue().encode("utf-8")


@fuzz
@given(header=st.lists(_HEADER, min_size=1, max_size=10), name=_TEXT.filter(str.strip))
# Found by this test: the name is saved with its spaces tidied, but was looked up as typed, so
# "--save-profile 'Rekap 2025 '" then "--profile 'Rekap 2025 '" said the profile did not exist.
@example(header=["NIP", "NAMA"], name="Rekap 2025 ")
@example(header=["NIP", "nip", "Nama"], name="dua NIP")  # the first of two equal headers is used
@example(header=["Nama", "N.I.P.", "Nama Lengkap"], name="dua nama")
def test_a_profile_saved_from_any_header_maps_that_file_again(db, header, name):
    rows = [(row + [None] * len(header))[: len(header)] for row in clean_personnel_rows(2)]
    folder = Path(tempfile.mkdtemp())
    try:
        path = folder / "rekap.csv"
        path.write_bytes(_csv(header, rows))
        with db.transaction() as session:
            try:
                first = run_import(session, TEST_ACTOR, path, "personnel", dry_run=True)
            except ImportFileError as exc:
                assert str(exc).strip()
                return
            save_profile(session, TEST_ACTOR, name, "personnel", first.mapping, first.sheet)
        with db.session() as session:
            again = run_import(session, TEST_ACTOR, path, "personnel", profile=name, dry_run=True)
        assert (again.header_row, again.mapping) == (first.header_row, first.mapping)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# -- a profile row holding anything (a database restored from a copy made elsewhere) -------------------

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | _TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_TEXT, inner, max_size=3),
    max_leaves=8,
)
_STORED_MAPPING = st.one_of(
    st.dictionaries(st.sampled_from(["nipBaru", "nama", "unorNama"]) | _TEXT, _JSON, max_size=4).map(
        json.dumps
    ),
    _JSON.map(json.dumps),
    _TEXT,  # not JSON at all
)


@fuzz
@given(mapping=_STORED_MAPPING, sheet=st.none() | _TEXT | st.integers(-(2**63), 2**63 - 1))
@example(mapping='["nipBaru", "NIP"]', sheet=None)
@example(mapping='{"nipBaru": ["NIP"]}', sheet=None)
@example(mapping='{"nipBaru": 7}', sheet=7)
@example(mapping="null", sheet=None)
@example(mapping="{nipBaru: NIP", sheet=None)
# Found by these examples: list_profiles and load_profile raised TypeError, ValueError or JSONDecodeError
# on such a row, so the wizard's profile list failed to fill.
def test_a_stored_profile_holding_anything_maps_or_is_refused(db, mapping, sheet):
    with db.transaction() as session:
        save_profile(session, TEST_ACTOR, "dari cadangan", "personnel", {"nipBaru": "NIP"})
    db.dispose()
    with sqlite3.connect(db.path) as connection:  # as another program, or another version, left it
        connection.execute("UPDATE import_profile SET mapping = ?, sheet = ?", (mapping, sheet))
    connection.close()
    folder = Path(tempfile.mkdtemp())
    try:
        path = folder / "pegawai.csv"
        path.write_bytes(_csv(list(PERSONNEL_HEADERS), clean_personnel_rows(2)))
        with db.session() as session:
            listed = list_profiles(session)  # the wizard lists profiles by name
            assert all(isinstance(p.mapping, dict) for p in listed)
            try:
                load_profile(session, "dari cadangan")
                report = run_import(
                    session, TEST_ACTOR, path, "personnel", profile="dari cadangan", dry_run=True
                )
            except ImportFileError as exc:
                assert str(exc).strip()
            else:
                assert report.rows_read == 2
            assert session.scalar(select(ImportProfile.name)) == "dari cadangan"
    finally:
        shutil.rmtree(folder, ignore_errors=True)
