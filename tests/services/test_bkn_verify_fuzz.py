"""Hostile input (issue "Trust"): whatever file a receiving office checks as a BKN workbook — random
bytes, a genuine export damaged or cut anywhere (the archive, or the sheets inside it), or a well-formed
workbook whose cells and Metadata hold anything — ``verify_bkn_workbook`` either returns the workbook
or raises BknWorkbookError with a message, never another exception. Verifying reads only: no database."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from talenta_desktop.models.db import backup_sqlite, open_database
from talenta_desktop.services.bkn_workbook import (
    DATA_SHEET,
    META_ROWS,
    META_SHA256,
    METADATA_SHEET,
    BknWorkbookError,
    rows_sha256,
    verify_bkn_workbook,
    write_bkn_workbook,
)
from tests.conftest import TEST_ACTOR
from tests.services.hostile import EXAMPLES, damage, damage_inside_zip, fuzz

# the genuine export holds the demo agency's 400 rows: each damaged copy takes a tenth of a second
export_fuzz = settings(fuzz, max_examples=max(EXAMPLES // 2, 5))


class Genuine:
    """The demo agency's BKN workbook for 2025 as exported, and its first rows re-written small (with
    the SHA-256 and row count of those rows), the base of the cell-level tests."""

    def __init__(self, exported: bytes, header: tuple[str, ...], rows: list[tuple], metadata: dict) -> None:
        self.exported, self.header, self.rows, self.metadata = exported, header, rows, metadata

    def __repr__(self) -> str:  # hypothesis prints a failing example's arguments: not the workbook
        return f"Genuine({len(self.exported)} bytes)"


@pytest.fixture(scope="module")
def genuine(_demo_template, tmp_path_factory) -> Genuine:
    folder = tmp_path_factory.mktemp("bkn-fuzz")
    db = open_database(backup_sqlite(_demo_template, folder / "demo.sqlite"))
    with db.transaction() as session:
        result = write_bkn_workbook(session, TEST_ACTOR, "2025", folder / "hasil-talenta-2025.xlsx")
    db.dispose()
    book = verify_bkn_workbook(result.path)
    rows = book.rows[:4]
    metadata = {**book.metadata, META_ROWS: str(len(rows)), META_SHA256: rows_sha256(book.header, rows)}
    small = Genuine(result.path.read_bytes(), book.header, rows, metadata)
    _verify(folder, _workbook(small.header, small.rows, small.metadata), must_verify=True)
    return small


def _workbook(header, rows, metadata: dict | list) -> bytes:
    book = Workbook()
    data = book.active
    data.title = DATA_SHEET
    for row in (header, *rows):
        data.append([ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in row])
    meta = book.create_sheet(METADATA_SHEET)
    meta.append(["Kunci", "Nilai"])
    for key, value in metadata.items() if isinstance(metadata, dict) else metadata:
        meta.append([ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in (key, value)])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _verify(folder, data: bytes, *, must_verify: bool = False) -> None:
    path = folder / "hasil-talenta.xlsx"
    path.write_bytes(data)
    try:
        book = verify_bkn_workbook(path)
    except BknWorkbookError as exc:
        assert not must_verify, exc
        assert str(exc).strip()  # a message for the user
    else:  # what verifies is the rows the Metadata vouches for
        assert rows_sha256(book.header, book.rows) == book.metadata[META_SHA256].strip().lower()


@fuzz
@given(data=st.binary(max_size=4096))
def test_any_bytes(tmp_path, data):
    _verify(tmp_path, data)


@export_fuzz
@given(draw=st.data())
# Found by this test: a sheet damaged inside an intact archive raised calamine's CalamineError
# ("Expecting 'v, f, or is' node") or XmlError from read_bkn_workbook; now a BknWorkbookError naming it.
def test_a_genuine_workbook_damaged_anywhere(tmp_path, genuine, draw):
    if draw.draw(st.booleans(), label="inside the zip"):
        _verify(tmp_path, damage_inside_zip(draw, genuine.exported))
    else:
        _verify(tmp_path, damage(draw, genuine.exported))


# -- well-formed workbooks, any cells -------------------------------------------------------------------

_CELL = st.one_of(
    st.none(),
    st.text(max_size=20),
    st.integers(-(2**53), 2**53),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.dates(min_value=date(1900, 3, 1)),
    st.datetimes(min_value=datetime(1900, 3, 1)),
    st.times(),
)


@st.composite
def _edits(draw) -> list[tuple[int, int, object]]:
    """A few cells (row 0 is the header) replaced by anything."""
    return draw(st.lists(st.tuples(st.integers(0, 4), st.integers(0, 60), _CELL), max_size=4))


@fuzz
@given(
    edits=_edits(),
    metadata=st.lists(st.tuples(_CELL, _CELL), max_size=4),
    keep_metadata=st.booleans(),
)
@example(edits=[], metadata=[(META_SHA256, 12345), (META_ROWS, 4.0)], keep_metadata=False)
@example(edits=[(1, 0, datetime(2024, 1, 1, 12))], metadata=[], keep_metadata=True)
@example(edits=[(0, 70, "kolomBaru")], metadata=[(META_ROWS, "empat")], keep_metadata=True)
def test_any_cells_and_metadata(tmp_path, genuine, edits, metadata, keep_metadata):
    table = [list(genuine.header), *(list(row) for row in genuine.rows)]
    for row, column, value in edits:
        line = table[min(row, len(table) - 1)]
        line.extend([None] * (column + 1 - len(line)))
        line[column] = value
    items = list(genuine.metadata.items()) if keep_metadata else []
    _verify(tmp_path, _workbook(table[0], table[1:], items + metadata))


@pytest.mark.parametrize("member", ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet3.xml"])
# Found by test_a_genuine_workbook_damaged_anywhere: the first byte of a sheet's XML set to 0 (the archive
# intact) raised calamine's XmlError ("ill-formed document") or CalamineError ("Expecting 'v, f, or is'
# node") out of read_bkn_workbook; now BknWorkbookError names the sheet.
def test_a_damaged_sheet_inside_an_intact_workbook_is_refused_by_name(tmp_path, genuine, member):
    with zipfile.ZipFile(io.BytesIO(genuine.exported)) as archive:
        members = [(info, archive.read(info)) for info in archive.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for info, content in members:
            archive.writestr(info, b"\x00" + content[1:] if info.filename == member else content)
    path = tmp_path / "hasil-talenta.xlsx"
    path.write_bytes(out.getvalue())
    with pytest.raises(BknWorkbookError, match="rusak dan tidak dapat dibaca"):
        verify_bkn_workbook(path)
