"""What an import found and did: problems with their spreadsheet row, column and value, and counts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP, Message

ERROR, WARNING = "error", "warning"
SEVERITY_LABELS = {ERROR: "Kesalahan", WARNING: "Peringatan"}


@dataclass(frozen=True)
class Problem:
    row: int | None  # the spreadsheet's row number, as the user sees it; None for the whole file
    column: str | None  # the header as written in the file
    value: str | None  # the cell as read, shortened
    message: str  # Indonesian, for the user (the CLI, the problems workbook)
    severity: str = ERROR
    code: str = ""  # stable machine code (e.g. "nip.length"), for filtering and tests
    # the same message for a screen in the user's language (None: ``message`` is all there is)
    text: Message | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(
        cls,
        row: int | None,
        column: str | None,
        value: str | None,
        message: Message | str,
        severity: str = ERROR,
        code: str = "",
    ) -> Problem:
        """A problem from a message: its Indonesian text is ``message``, the message itself ``text``."""
        if isinstance(message, Message):
            return cls(row, column, value, str(message), severity, code, message)
        return cls(row, column, value, message, severity, code)

    @property
    def user_message(self) -> Message:
        return self.text if self.text is not None else Message(self.message)

    def describe(self) -> str:
        return str(self.description())

    def description(self) -> Message:
        """Where and what: "Baris 7, kolom 'NIP': …"."""
        if self.row is None and self.column:
            template = QT_TRANSLATE_NOOP("services.importing.report", "Berkas, kolom '{column}': {message}")
        elif self.row is None:
            template = QT_TRANSLATE_NOOP("services.importing.report", "Berkas: {message}")
        elif self.column:
            template = QT_TRANSLATE_NOOP(
                "services.importing.report", "Baris {row}, kolom '{column}': {message}"
            )
        else:
            template = QT_TRANSLATE_NOOP("services.importing.report", "Baris {row}: {message}")
        return Message(template, row=self.row, column=self.column, message=self.user_message)


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
        return str(self.summary_message())

    def summary_message(self) -> Message:
        params = {
            "rows": self.rows_read,
            "sheet": self.sheet,
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "invalid": self.invalid,
        }
        if self.units_created:
            return Message(
                QT_TRANSLATE_NOOP(
                    "services.importing.report",
                    "{rows} baris dibaca dari lembar '{sheet}': {new} baru, {updated} diperbarui, "
                    "{unchanged} tidak berubah, {invalid} tidak valid; {units} unit kerja baru.",
                ),
                units=len(self.units_created),
                **params,
            )
        return Message(
            QT_TRANSLATE_NOOP(
                "services.importing.report",
                "{rows} baris dibaca dari lembar '{sheet}': {new} baru, {updated} diperbarui, "
                "{unchanged} tidak berubah, {invalid} tidak valid.",
            ),
            **params,
        )


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
