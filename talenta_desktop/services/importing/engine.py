"""One import from file to database: read, map, validate, plan, and write in the caller's transaction.

Commit semantics (issue #3, DESIGN §2): nothing is written unless the whole file is valid, or the user
asked to skip invalid rows; a dry run writes nothing at all. Every committed import records one audit
event naming the file and its SHA-256. Cancel raises ImportCancelled, and the caller's transaction rolls
everything back.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.orm import Session

from talenta_desktop.domain.cells import is_blank
from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP, Message, MessageError
from talenta_desktop.services import audit
from talenta_desktop.services.actor import Actor
from talenta_desktop.services.organization import has_instansi
from talenta_desktop.services.permissions import authorize_action

from . import performance, personnel
from .checking import RowChecker, Table
from .fields import FIELDS, ImportKind
from .mapping import ColumnMapping, MissingColumnsError, choose_sheet, detect_mapping, load_profile
from .reading import ImportFileError, RawSheet, file_sha256, read_sheet
from .report import WARNING, ImportReport, Problem

Progress = Callable[[int, str], None]


class ImportCancelled(MessageError):
    """The user cancelled; the transaction is rolled back and nothing is changed."""


def _noop(_percent: int, _step: str) -> None:
    pass


def load_table(sheet: RawSheet, mapping: ColumnMapping) -> tuple[Table, int]:
    """The data rows under the header as columns of the mapped fields; blank rows are left out silently.
    Returns the table and how many data rows were blank."""
    fields = list(mapping.columns)
    indexes = [mapping.columns[f] for f in fields]
    width = max(indexes) + 1
    data = sheet.rows[mapping.header_row :]
    if any(len(cells) < width for cells in data):  # CSV rows may be ragged
        data = [
            cells if len(cells) >= width else [*cells, *([None] * (width - len(cells)))] for cells in data
        ]
    columns = {field: [cells[c] for cells in data] for field, c in zip(fields, indexes, strict=True)}
    # A row is blank when every mapped cell is. Check the first mapped column (usually the NIP, rarely
    # empty) for every row, and the other columns only for the rows where that one is empty.
    first_column = columns[fields[0]]
    maybe_blank = [i for i, v in enumerate(first_column) if is_blank(v)]
    blank = [i for i in maybe_blank if all(is_blank(columns[f][i]) for f in fields[1:])]
    start = mapping.header_row + 1
    if blank:
        keep = sorted(set(range(len(data))) - set(blank))
        columns = {field: [values[i] for i in keep] for field, values in columns.items()}
        row_numbers = [start + i for i in keep]
    else:
        row_numbers = list(range(start, start + len(data)))
    headers = {field: mapping.headers[c] or field for field, c in mapping.columns.items()}
    return Table(row_numbers, columns, headers), len(blank)


@contextmanager
def _without_cyclic_gc() -> Iterator[None]:
    """An import allocates millions of small objects and frees them all at the end; the cyclic collector
    would walk them again and again meanwhile (about a fifth of the time at 50,000 rows)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def run_import(
    session: Session, actor: Actor, path: Path | str, kind: ImportKind | str, **options
) -> ImportReport:
    """Import a personnel, SKP or assessment file. `mapping` (field key -> header) or a saved `profile`
    overrides automatic column matching; see _run_import for the options. Raises ImportFileError for a
    file that cannot be imported at all (MissingColumnsError when required columns are not found)."""
    if not options.get("dry_run"):  # refused before the file is read, not after
        authorize_action(actor, f"{ImportKind(kind).value}.import")
    with _without_cyclic_gc():
        return _run_import(session, actor, path, kind, **options)


def _run_import(
    session: Session,
    actor: Actor,
    path: Path | str,
    kind: ImportKind | str,
    *,
    sheet: str | None = None,
    mapping: dict[str, str] | None = None,
    profile: str | None = None,
    dry_run: bool = False,
    skip_invalid: bool = False,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> ImportReport:
    path, kind = Path(path), ImportKind(kind)
    progress = progress or _noop

    def check_cancel() -> None:
        if cancel is not None and cancel():
            raise ImportCancelled(
                QT_TRANSLATE_NOOP("services.importing.engine", "Impor dibatalkan; tidak ada yang diubah.")
            )

    explicit = dict(mapping or {})
    if profile:
        saved = load_profile(session, profile)
        if saved.kind != kind:
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "services.importing.engine", "Profil '{profile}' untuk impor {saved}, bukan {kind}."
                ),
                profile=profile,
                saved=str(saved.kind),
                kind=str(kind),
            )
        explicit = {**saved.mapping, **explicit}
        sheet = sheet or saved.sheet
    progress(2, "Membaca berkas")
    if sheet is not None:
        raw = read_sheet(path, sheet)
        columns = detect_mapping(raw, kind, explicit)
    else:
        raw, columns = choose_sheet(path, kind, explicit)
    if columns.missing_required:
        raise MissingColumnsError(columns, FIELDS[kind])
    check_cancel()
    table, _blank = load_table(raw, columns)
    if not len(table):
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "services.importing.engine",
                "Lembar '{sheet}' tidak berisi baris data di bawah judul kolom (baris {row}).",
            ),
            sheet=raw.name,
            row=columns.header_row,
        )
    report = ImportReport(
        kind=str(kind), file_name=path.name, sha256=file_sha256(path), sheet=raw.name,
        header_row=columns.header_row, mapping=columns.as_profile(), ignored_columns=list(columns.ignored),
        rows_read=len(table), dry_run=dry_run,
    )  # fmt: skip
    progress(20, "Memeriksa data")
    checker = RowChecker(table)
    if kind is ImportKind.PERSONNEL:
        _personnel(session, actor, checker, report, dry_run, skip_invalid, progress, check_cancel)
    else:
        _performance(session, actor, kind, checker, report, dry_run, skip_invalid, progress, check_cancel)
    progress(100, "Selesai")
    return report


def _finish_checks(checker: RowChecker, report: ImportReport) -> None:
    report.problems = sorted(checker.problems, key=lambda p: (p.row or 0, p.severity != "error"))
    report.invalid = len(checker.invalid_rows)


def _may_write(report: ImportReport, dry_run: bool, skip_invalid: bool) -> bool:
    return not dry_run and (report.invalid == 0 or skip_invalid)


def _audit(session: Session, actor: Actor, report: ImportReport, skip_invalid: bool) -> None:
    audit.record(
        session, actor, f"{report.kind}.import", entity="file", entity_id=report.file_name,
        after={
            "file": report.file_name, "sha256": report.sha256, "sheet": report.sheet, "new": report.new,
            "updated": report.updated, "unchanged": report.unchanged, "invalid": report.invalid,
            "skip_invalid": skip_invalid, "units_created": report.units_created,
        },
    )  # fmt: skip


def _personnel(session, actor, checker, report, dry_run, skip_invalid, progress, check_cancel) -> None:
    batch = personnel.validate(checker)
    check_cancel()
    progress(55, "Mencocokkan unit kerja")
    units = personnel.plan_units(session, checker, batch)
    if units.to_create and batch.instansi_nama is None and not has_instansi(session):
        checker.problems.append(
            Problem.of(
                None,
                None,
                None,
                Message(
                    QT_TRANSLATE_NOOP(
                        "services.importing.engine",
                        "Database belum memiliki instansi dan berkas tidak berisi kolom instansiKerjaNama; unit "
                        "kerja baru dimasukkan ke instansi tanpa nama. Beri nama dengan "
                        "'talenta init --instansi \"Pemerintah Kabupaten …\"'.",
                    )
                ),
                WARNING,
                "instansi.unnamed",
            )
        )
    _finish_checks(checker, report)
    existing = personnel.existing_people(session, batch.columns)
    write = _may_write(report, dry_run, skip_invalid)
    if write:
        report.units_created = personnel.create_units(session, units, batch.instansi_nama)
    else:
        report.units_created = [nama for _, nama, _ in units.to_create]
    new, changed, report.unchanged = personnel.classify(batch, existing, units)
    report.new, report.updated = len(new), len(changed)
    check_cancel()
    if not write:
        return
    progress(70, "Menyimpan")
    total = max(len(new) + len(changed), 1)

    def tick(done: int) -> None:
        check_cancel()
        progress(70 + min(29, 29 * done // total), "Menyimpan")

    personnel.write(session, new, changed, tick=tick)
    _audit(session, actor, report, skip_invalid)
    session.flush()
    report.committed = True


def _performance(
    session, actor, kind, checker, report, dry_run, skip_invalid, progress, check_cancel
) -> None:
    validate = performance.validate_skp if kind is ImportKind.SKP else performance.validate_assessment
    rows = validate(session, checker)
    _finish_checks(checker, report)
    new, changed, report.unchanged = performance.classify(session, str(kind), rows)
    report.new, report.updated = len(new), len(changed)
    check_cancel()
    if not _may_write(report, dry_run, skip_invalid):
        return
    progress(70, "Menyimpan")
    performance.write(session, str(kind), new, changed, tick=lambda done: check_cancel())
    _audit(session, actor, report, skip_invalid)
    session.flush()
    report.committed = True
