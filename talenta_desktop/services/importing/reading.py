"""Reading spreadsheets and CSV into plain rows, keeping the spreadsheet's own row numbers.

python-calamine reads .xlsx/.xlsm/.xls/.ods about 16× faster than openpyxl. Merged cells are filled from
their top-left cell, so a unit name merged down a block of rows applies to each of them; formulas come
back as the values the spreadsheet last computed.
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

import python_calamine as calamine

from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP, MessageError

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
CSV_SUFFIXES = (".csv", ".txt")
SUPPORTED = SPREADSHEET_SUFFIXES + CSV_SUFFIXES
_CSV_ENCODINGS = ("utf-8-sig", "cp1252")  # UTF-8 (with or without BOM), else Excel's Windows default


class ImportFileError(MessageError):
    """The file as a whole cannot be imported; the message says why, in the user's language."""


@dataclass(frozen=True)
class RawSheet:
    """One sheet's cells as read. `rows[i]` is spreadsheet row i + 1; empty cells are None or ""."""

    name: str
    rows: list[list[object]]


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _check(path: Path) -> None:
    if not path.is_file():
        raise ImportFileError(
            QT_TRANSLATE_NOOP("services.importing.reading", "Berkas tidak ditemukan: {path}"), path=path
        )
    if path.suffix.lower() not in SUPPORTED:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "services.importing.reading",
                "Jenis berkas '{suffix}' tidak didukung; gunakan .xlsx, .xls, .ods atau .csv.",
            ),
            suffix=path.suffix or path.name,
        )
    if path.stat().st_size == 0:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("services.importing.reading", "Berkas {name} kosong."), name=path.name
        )


def _open_by_content(path: Path) -> calamine.CalamineWorkbook:
    """calamine picks the format by the name; when that fails, by the content, because downloads are often
    misnamed (an .xlsx saved as .xls) and Excel opens them all the same."""
    try:
        return calamine.CalamineWorkbook.from_path(str(path))
    except calamine.PasswordError:
        raise
    except Exception:
        with path.open("rb") as handle:
            return calamine.CalamineWorkbook.from_filelike(handle)


def _open_workbook(path: Path) -> calamine.CalamineWorkbook:
    try:
        return _open_by_content(path)
    except calamine.PasswordError as exc:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "services.importing.reading",
                "Berkas {name} dilindungi kata sandi; simpan tanpa kata sandi lalu impor lagi.",
            ),
            name=path.name,
        ) from exc
    except Exception as exc:  # calamine raises several kinds for a damaged or mislabelled file
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "services.importing.reading", "Berkas {name} tidak dapat dibaca sebagai lembar kerja: {exc}"
            ),
            name=path.name,
            exc=exc,
        ) from exc


def sheet_names(path: Path) -> list[str]:
    """The visible worksheets of a file (a CSV has one, named after the file)."""
    _check(path)
    if path.suffix.lower() in CSV_SUFFIXES:
        return [path.stem]
    book = _open_workbook(path)
    try:
        return [
            meta.name
            for meta in book.sheets_metadata
            if meta.typ == calamine.SheetTypeEnum.WorkSheet
            and meta.visible == calamine.SheetVisibleEnum.Visible
        ]
    finally:
        book.close()


def read_sheet(path: Path, sheet: str | None = None) -> RawSheet:
    """One sheet of a spreadsheet (by name; the first when None), or the rows of a CSV file."""
    _check(path)
    if path.suffix.lower() in CSV_SUFFIXES:
        return RawSheet(path.stem, _read_csv(path))
    book = _open_workbook(path)
    try:
        names = book.sheet_names
        if sheet is None:
            sheet = names[0] if names else None
        if sheet not in names:
            available = ", ".join(f"'{n}'" for n in names) or QT_TRANSLATE_NOOP(
                "services.importing.reading", "tidak ada"
            )
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "services.importing.reading",
                    "Lembar '{sheet}' tidak ada di {name}; lembar yang ada: {available}.",
                ),
                sheet=sheet,
                name=path.name,
                available=available,
            )
        try:
            data = book.get_sheet_by_name(sheet)
            rows = data.to_python(skip_empty_area=False)  # empty cells are "" (blank to every check)
            merged = data.merged_cell_ranges or []
        except Exception as exc:
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "services.importing.reading", "Lembar '{sheet}' di {name} tidak dapat dibaca: {exc}"
                ),
                sheet=sheet,
                name=path.name,
                exc=exc,
            ) from exc
    finally:
        book.close()
    _fill_merged(rows, merged)
    return RawSheet(sheet, rows)


def _fill_merged(rows: list[list[object]], merged: list[tuple[tuple[int, int], tuple[int, int]]]) -> None:
    for (top, left), (bottom, right) in merged:
        if top >= len(rows) or left >= len(rows[top]):
            continue
        value = rows[top][left]
        for r in range(top, min(bottom, len(rows) - 1) + 1):
            row = rows[r]
            for c in range(left, min(right, len(row) - 1) + 1):
                if row[c] is None or row[c] == "":
                    row[c] = value


def _read_csv(path: Path) -> list[list[object]]:
    raw = path.read_bytes()
    for encoding in _CSV_ENCODINGS:
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # cp1252 decodes nearly everything; this is a safety net
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "services.importing.reading",
                "Berkas {name} bukan teks yang dapat dibaca (UTF-8 atau Windows-1252).",
            ),
            name=path.name,
        )
    if "\x00" in text:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "services.importing.reading", "Berkas {name} bukan berkas CSV (berisi data biner)."
            ),
            name=path.name,
        )
    sample = text[:20_000]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=";,\t|")
    except csv.Error:
        dialect = csv.excel  # a single column, or too little text to tell
    try:
        return [
            [cell if cell.strip() else None for cell in row] for row in csv.reader(io.StringIO(text), dialect)
        ]
    except csv.Error as exc:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "services.importing.reading", "Berkas {name} tidak dapat dibaca sebagai CSV: {exc}"
            ),
            name=path.name,
            exc=exc,
        ) from exc
