"""Finding the header row and matching its columns to fields; saved mappings ("profiles").

Regional files put titles, logos and blank rows above the header, so the header is the row among the
first ones whose cells match the most known field names.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, defer

from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP, Message, MessageError, joined
from talenta_desktop.models import ImportProfile
from talenta_desktop.services import audit
from talenta_desktop.services.actor import Actor

from .fields import FIELDS, FieldSpec, ImportKind, alias_index, header_key
from .reading import ImportFileError, RawSheet, read_sheet, sheet_names

HEADER_SEARCH_ROWS = 30


@dataclass(frozen=True)
class ColumnMapping:
    sheet: str
    header_row: int  # spreadsheet row number of the header (1-based)
    headers: tuple[str, ...]  # the header cells as written ("" where empty)
    columns: dict[str, int]  # field key -> 0-based column index
    ignored: tuple[str, ...]  # headers that match no field: listed once, then ignored
    missing_required: tuple[str, ...]  # field keys of required fields with no column

    def header_of(self, field: str) -> str:
        return self.headers[self.columns[field]]

    def as_profile(self) -> dict[str, str]:
        """field key -> header text, the form saved in a profile."""
        return {field: self.headers[index] for field, index in self.columns.items()}


class ProfileError(MessageError, ValueError):
    """A mapping profile that cannot be saved as asked."""


class MissingColumnsError(ImportFileError):
    """Required fields have no column: the GUI offers the mapping dialog, the CLI says which."""

    def __init__(self, mapping: ColumnMapping, fields: tuple[FieldSpec, ...]) -> None:
        labels = {spec.key: spec.label for spec in fields}
        missing = joined(
            [
                Message(
                    QT_TRANSLATE_NOOP("services.importing.mapping", "{label} ({key})"),
                    label=labels[key],
                    key=key,
                )
                for key in mapping.missing_required
            ]
        )
        super().__init__(
            QT_TRANSLATE_NOOP(
                "services.importing.mapping",
                "Kolom wajib tidak ditemukan di lembar '{sheet}': {missing}. "
                "Petakan kolomnya (profil pemetaan) atau ubah judul kolom di berkas.",
            ),
            sheet=mapping.sheet,
            missing=missing,
        )
        self.mapping = mapping


def _match_row(
    cells: list[object],
    index: dict[str, str],
    explicit: dict[str, str],
    excluded: frozenset[str] = frozenset(),
) -> dict[str, int]:
    """field -> column for one candidate header row. An explicit header (the user's choice) wins over an
    alias wherever the two columns stand; fields in `excluded` (the user said "not used") take no column
    by alias; the first column wins when two aliases mean the same field (the second is listed as ignored)."""
    keys = [header_key(cell) for cell in cells]
    found: dict[str, int] = {}
    for column, key in enumerate(keys):
        field = explicit.get(key) if key else None
        if field is not None and field not in found:
            found[field] = column
    used = set(found.values())
    for column, key in enumerate(keys):
        if not key or column in used or key in explicit:
            continue
        field = index.get(key)
        if field is not None and field not in found and field not in excluded:
            found[field] = column
    return found


def detect_mapping(
    sheet: RawSheet, kind: ImportKind, explicit: dict[str, str] | None = None
) -> ColumnMapping:
    """The header row and field columns of a sheet. `explicit` maps field keys to header texts (a profile
    or the user's choices in the mapping dialog) and takes precedence over automatic matching; an empty
    header text means the user chose not to use that field, so no alias claims it."""
    fields = FIELDS[kind]
    index = alias_index(fields)
    chosen = {header_key(header): field for field, header in (explicit or {}).items() if header}
    excluded = frozenset(field for field, header in (explicit or {}).items() if not header)
    best_row, best = 0, {}
    for number, cells in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
        found = _match_row(cells, index, chosen, excluded)
        if len(found) > len(best):
            best_row, best = number, found
    header_cells = sheet.rows[best_row] if sheet.rows else []
    headers = tuple("" if cell is None else str(cell).strip() for cell in header_cells)
    used = set(best.values())
    ignored = tuple(h for column, h in enumerate(headers) if h and column not in used)
    missing = tuple(spec.key for spec in fields if spec.required and spec.key not in best)
    return ColumnMapping(sheet.name, best_row + 1, headers, best, ignored, missing)


def no_sheets(path: Path) -> ImportFileError:
    """The refusal of a file without a worksheet."""
    return ImportFileError(
        QT_TRANSLATE_NOOP("services.importing.mapping", "Berkas {name} tidak berisi lembar kerja."),
        name=path.name,
    )


def choose_sheet(
    path: Path, kind: ImportKind, explicit: dict[str, str] | None = None
) -> tuple[RawSheet, ColumnMapping]:
    """The sheet whose header matches best (the first on a tie)."""
    names = sheet_names(path)
    if not names:
        raise no_sheets(path)
    best: tuple[RawSheet, ColumnMapping] | None = None
    for name in names:
        sheet = read_sheet(path, name)
        mapping = detect_mapping(sheet, kind, explicit)
        if best is None or len(mapping.columns) > len(best[1].columns):
            best = (sheet, mapping)
    return best


# -- profiles ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Profile:
    name: str
    kind: ImportKind
    mapping: dict[str, str]
    sheet: str | None


def save_profile(
    session: Session,
    actor: Actor,
    name: str,
    kind: ImportKind,
    mapping: dict[str, str],
    sheet: str | None = None,
) -> Profile:
    """Create or replace a named mapping profile."""
    name = " ".join(name.split())
    if not name:
        raise ProfileError(QT_TRANSLATE_NOOP("services.importing.mapping", "Nama profil wajib diisi."))
    known = {spec.key for spec in FIELDS[kind]}
    unknown = sorted(set(mapping) - known)
    if unknown:
        raise ProfileError(
            QT_TRANSLATE_NOOP(
                "services.importing.mapping", "Profil memuat kolom yang tidak dikenal untuk {kind}: {fields}"
            ),
            kind=str(kind),
            fields=", ".join(unknown),
        )
    query = select(ImportProfile).where(ImportProfile.name == name)
    try:
        row = session.scalar(query)
        stored = None if row is None else row.mapping
    except ValueError:  # a stored mapping that is not JSON (see load_profile): replaced, unread
        row, stored = session.scalar(query.options(defer(ImportProfile.mapping))), None
    before = None if row is None else {"kind": row.kind, "mapping": stored, "sheet": row.sheet}
    if row is None:
        row = ImportProfile(
            name=name, kind=str(kind), mapping=dict(mapping), sheet=sheet, created_by=actor.username
        )
        session.add(row)
    else:
        row.kind, row.mapping, row.sheet = str(kind), dict(mapping), sheet
    session.flush()
    audit.record(
        session, actor, "import_profile.save", entity="import_profile", entity_id=row.id, before=before,
        after={"name": name, "kind": str(kind), "mapping": mapping, "sheet": sheet},
    )  # fmt: skip
    return Profile(name, kind, dict(mapping), sheet)


def _stored(row: ImportProfile) -> Profile:
    """A profile row as the importer uses it. A database restored from a copy made elsewhere may hold a
    row of another shape (the mapping not an object of header texts); it is refused by name, not used."""
    mapping, sheet = row.mapping, row.sheet
    if (
        not isinstance(mapping, dict)
        or not all(isinstance(header, str) for header in mapping.values())
        or not (sheet is None or isinstance(sheet, str))
    ):
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "services.importing.mapping",
                "Profil pemetaan '{name}' rusak (isinya bukan pasangan kolom dan judul kolom); simpan "
                "ulang profil itu dari pemetaan kolom.",
            ),
            name=row.name,
        )
    return Profile(row.name, ImportKind(row.kind), dict(mapping), sheet)


def load_profile(session: Session, name: str) -> Profile:
    name = " ".join(name.split())  # as save_profile keeps it: "--profile 'Rekap 2025 '" finds it
    try:
        row = session.scalar(select(ImportProfile).where(ImportProfile.name == name))
    except ValueError as exc:  # the stored mapping is not JSON at all
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "services.importing.mapping",
                "Profil pemetaan '{name}' rusak (isinya tidak dapat dibaca); simpan ulang profil itu "
                "dari pemetaan kolom.",
            ),
            name=name,
        ) from exc
    if row is None:
        names = ", ".join(
            session.scalars(select(ImportProfile.name).order_by(ImportProfile.name))
        ) or QT_TRANSLATE_NOOP("services.importing.mapping", "belum ada")
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "services.importing.mapping",
                "Profil pemetaan '{name}' tidak ada; profil yang tersimpan: {names}.",
            ),
            name=name,
            names=names,
        )
    return _stored(row)


def list_profiles(session: Session, kind: ImportKind | None = None) -> list[Profile]:
    """The saved profiles, by name; one that cannot be read is left out (load_profile says why)."""
    query = select(ImportProfile.name).order_by(ImportProfile.name)
    if kind is not None:
        query = query.where(ImportProfile.kind == str(kind))
    profiles = []
    for name in session.scalars(query).all():
        try:
            profiles.append(load_profile(session, name))
        except ImportFileError:
            continue
    return profiles
