"""Hostile input (issue "Trust"): whatever arrives as an SKP history or an assessment file — random bytes,
a genuine file damaged or cut anywhere, or a well-formed file whose cells hold anything at all (personnel
files too, at this cell level; their bytes are test_import_fuzz's) — the import either reads it or refuses
it with its own message (ImportFileError, or rows rejected with their row named), never another exception;
and a refused file leaves the database byte-for-byte as it was."""

from __future__ import annotations

import csv
import io
import shutil
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from talenta_desktop.models.db import backup_sqlite, open_database
from talenta_desktop.services.importing import ERROR, ImportFileError, read_sheet, run_import
from tests.conftest import TEST_ACTOR
from tests.fixtures.workbooks import (
    ASSESSMENT_HEADERS,
    SIASN_HEADERS,
    SKP_HEADERS,
    assessment_workbook,
    clean_personnel_rows,
    clean_personnel_workbook,
    skp_workbook,
)
from tests.services.hostile import damage, damage_inside_zip, database_bytes, fuzz

KINDS = ("skp", "assessment")
HEADERS = {"skp": SKP_HEADERS, "assessment": ASSESSMENT_HEADERS}
# The cell-level test runs the personnel validators too (bytes-level: test_import_fuzz), every SIASN column.
CELL_HEADERS = {**HEADERS, "personnel": SIASN_HEADERS}
NIPS = sorted(row[0] for row in clean_personnel_rows(3))  # the people in the `genuine` database


class Genuine:
    """A database holding the three people of NIPS, and genuine files: (kind, suffix) -> bytes."""

    def __init__(self, template: Path, files: dict[tuple[str, str], bytes]) -> None:
        self.template, self.files = template, files

    def __repr__(self) -> str:  # hypothesis prints a failing example's arguments: not the files
        return f"Genuine({self.template.parent})"


@pytest.fixture(scope="module")
def genuine(tmp_path_factory) -> Genuine:
    """A database holding three people, and genuine SKP and assessment files for them (.xlsx as the
    fixtures write them, and the same rows as a semicolon CSV as Excel saves one)."""
    folder = tmp_path_factory.mktemp("skp-fuzz")
    people, expected = clean_personnel_workbook(folder, count=3)
    template = folder / "tiga-pegawai.sqlite"
    db = open_database(template)
    with db.transaction() as session:
        assert run_import(session, TEST_ACTOR, people, "personnel").committed
    db.dispose()
    nips = sorted(expected.imported)
    assert nips == NIPS
    files: dict[tuple[str, str], bytes] = {}
    for kind, build in (("skp", skp_workbook), ("assessment", assessment_workbook)):
        path, _ = build(folder, nips)
        files[kind, ".xlsx"] = path.read_bytes()
        text = io.StringIO()
        writer = csv.writer(text, delimiter=";")
        for row in read_sheet(path).rows:
            writer.writerow(["" if v is None else v for v in row])
        files[kind, ".csv"] = text.getvalue().encode("utf-8-sig")
    return Genuine(template, files)


@pytest.fixture
def people_db(genuine, tmp_path):
    database = open_database(backup_sqlite(genuine.template, tmp_path / "talenta.sqlite"))
    yield database
    database.dispose()


def _import(db, data: bytes, suffix: str, kind: str, *, skip_invalid: bool = False) -> None:
    folder = Path(tempfile.mkdtemp())
    try:
        path = folder / f"masuk{suffix}"
        path.write_bytes(data)
        before = database_bytes(db)
        try:
            with db.transaction() as session:
                report = run_import(session, TEST_ACTOR, path, kind, skip_invalid=skip_invalid)
        except ImportFileError as exc:
            assert str(exc).strip()  # a message for the user
            assert database_bytes(db) == before  # refused: not a byte written
            return
        # Every rejected row is named with its row number and a message.
        assert all(p.row is not None and p.message for p in report.problems if p.severity == ERROR)
        assert report.invalid == len({p.row for p in report.problems if p.severity == ERROR})
        if not report.committed:
            assert database_bytes(db) == before
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@fuzz
@given(
    data=st.binary(max_size=2048),
    suffix=st.sampled_from([".xlsx", ".xls", ".ods", ".csv"]),
    kind=st.sampled_from(KINDS),
)
def test_any_bytes(people_db, data, suffix, kind):
    _import(people_db, data, suffix, kind)


@fuzz
@given(draw=st.data(), suffix=st.sampled_from([".xlsx", ".csv"]), kind=st.sampled_from(KINDS))
def test_a_genuine_file_damaged_anywhere(people_db, genuine, draw, suffix, kind):
    genuine_bytes = genuine.files[kind, suffix]
    if suffix == ".xlsx" and draw.draw(st.booleans(), label="inside the zip"):
        data = damage_inside_zip(draw, genuine_bytes)
    else:
        data = damage(draw, genuine_bytes, head=512 if suffix == ".csv" else None)
    _import(people_db, data, suffix, kind, skip_invalid=draw.draw(st.booleans(), label="skip_invalid"))


# -- well-formed files, any cell values ---------------------------------------------------------------

_TRICKY = st.sampled_from(
    [
        "sNaN", "NaN", "-nan", "Infinity", "-inf", "1e999", "1_000", "٢٠٢٤", "２０２４", "0x7e8", "2.024",
        "85,5%", "%", ",", "-", "DIATAS EKSPEKTASI", "Sangat Baik", "31-02-2024", "29-02-2023",
        "00-00-0000", "17 Agustus 1980", "9999-12-31", "0001-01-01", "=1+1", "\u00a0", "\ufeff",
    ]
)  # fmt: skip
_CELL = st.one_of(
    st.none(),
    _TRICKY,
    st.text(max_size=24),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=False, allow_infinity=False),
    st.dates(min_value=date(1900, 1, 1)),
    st.booleans(),
)


def _workbook_bytes(header: tuple[str, ...], rows: list[list[object]]) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(list(header))
    for row in rows:
        sheet.append([ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _csv_bytes(header: tuple[str, ...], rows: list[list[object]]) -> bytes:
    text = io.StringIO()
    writer = csv.writer(text, delimiter=";")
    writer.writerow(header)
    for row in rows:
        writer.writerow(
            ["" if v is None else v.strftime("%d-%m-%Y") if isinstance(v, date) else v for v in row]
        )
    return text.getvalue().encode("utf-8")


@st.composite
def _files(draw) -> tuple[str, list[list[object]]]:
    """A kind and its rows: any values under the genuine header, half the rows naming a real person."""
    kind = draw(st.sampled_from(sorted(CELL_HEADERS)))
    rows = []
    for _ in range(draw(st.integers(1, 4))):
        row = [draw(_CELL) for _ in CELL_HEADERS[kind]]
        if draw(st.booleans()):
            row[0] = draw(st.sampled_from(NIPS))
        rows.append(row)
    return kind, rows


@fuzz
@given(case=_files(), suffix=st.sampled_from([".xlsx", ".csv"]), skip_invalid=st.booleans())
# Found by this test: "sNaN" parses as a Decimal, a signalling one, and raised InvalidOperation.
@example(
    case=("skp", [[NIPS[0], "sNaN", None, None, None, None, "Baik", None]]), suffix=".csv", skip_invalid=False
)
# Found by test_import_fuzz (a damaged CSV): two rows giving one new unorId two unit names (or two
# parents) planned two units with one kode, and the insert raised IntegrityError (UNIQUE unit.kode).
@example(
    case=(
        "personnel",
        [
            [NIPS[0], None, "Pegawai Uji", *[None] * 16, "K-77", "Dinas Sosial", *[None] * 15],
            [NIPS[1], None, "Pegawai Uji", *[None] * 16, "K-77", '\x01Dinas Sosial"', *[None] * 15],
        ],
    ),
    suffix=".csv",
    skip_invalid=True,
)
@example(  # the same parser reads a personnel file's tahunLulus
    case=("personnel", [[NIPS[0], None, "Pegawai Uji", *[None] * 12, "sNaN", *[None] * 20]]),
    suffix=".xlsx",
    skip_invalid=True,
)
def test_any_cell_values(people_db, case, suffix, skip_invalid):
    kind, rows = case
    header = CELL_HEADERS[kind]
    data = _workbook_bytes(header, rows) if suffix == ".xlsx" else _csv_bytes(header, rows)
    _import(people_db, data, suffix, kind, skip_invalid=skip_invalid)
