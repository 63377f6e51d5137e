"""What an import found and did: problems with their spreadsheet row, column and value, and counts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

ERROR, WARNING = "error", "warning"
SEVERITY_LABELS = {ERROR: "Kesalahan", WARNING: "Peringatan"}


@dataclass(frozen=True)
class Problem:
    row: int | None  # the spreadsheet's row number, as the user sees it; None for the whole file
    column: str | None  # the header as written in the file
    value: str | None  # the cell as read, shortened
    message: str  # Indonesian, for the user
    severity: str = ERROR
    code: str = ""  # stable machine code (e.g. "nip.length"), for filtering and tests

    def describe(self) -> str:
        where = f"Baris {self.row}" if self.row is not None else "Berkas"
        if self.column:
            where += f", kolom '{self.column}'"
        return f"{where}: {self.message}"


@dataclass
class ImportReport:
    kind: str
    file_name: str
    sha256: str
    sheet: str
    header_row: int
    mapping: dict[str, str]  # field key -> header as written
    ignored_columns: list[str]
    rows_read: int = 0  # data rows that were not blank
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    invalid: int = 0
    units_created: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    dry_run: bool = False
    committed: bool = False

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == WARNING]

    def summary(self) -> str:
        text = (
            f"{self.rows_read} baris dibaca dari lembar '{self.sheet}': {self.new} baru, {self.updated} diperbarui, "
            f"{self.unchanged} tidak berubah, {self.invalid} tidak valid"
        )
        if self.units_created:
            text += f"; {len(self.units_created)} unit kerja baru"
        return text + "."


def write_problems_workbook(problems: Iterable[Problem], path: Path) -> Path:
    """The problems as a workbook a user can sort and filter: Baris, Kolom, Nilai, Pesan, Jenis."""
    book = Workbook(write_only=False)
    sheet = book.active
    sheet.title = "Masalah impor"
    headers = ("Baris", "Kolom", "Nilai", "Pesan", "Jenis")
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F5FA8")
    for problem in problems:
        sheet.append(
            [
                problem.row,
                problem.column or "",
                problem.value or "",
                problem.message,
                SEVERITY_LABELS[problem.severity],
            ]
        )
        # Values are text: a NIP shown back must not turn into 2.00012E+17 again.
        sheet.cell(sheet.max_row, 3).number_format = "@"
    for column, width in zip(range(1, 6), (8, 22, 28, 90, 12), strict=True):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    book.save(temporary)
    temporary.replace(path)
    return path
