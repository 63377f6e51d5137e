"""Export a period as a signed package, preview what importing one would do, and merge it.

The merge never loses a row: what is new is added; what is the same is left alone; a run, a calibration or
a decision is never edited, so both sides' rows are kept; master data edited differently on both sides is
a conflict the user settles (``take``: the conflicts to settle in the package's favour, by ``Conflict.id``).
Everything happens in the caller's transaction: a refused or failed import leaves the database untouched.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from talenta_desktop import __version__
from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP, Lowered, Message
from talenta_desktop.models import ExchangeSource, Instansi, TalentPeriod
from talenta_desktop.models.base import utcnow

from ..actor import Actor
from ..audit import record
from ..export_log import record_export
from ..permissions import Permission, require
from ..units import refresh_paths
from .identity import Installation, decode_key, encode_key, installation, key_fingerprint
from .package import Package, PackageError, write_package
from .tables import (
    APPEND,
    PARTS,
    PARTS_BY_NAME,
    SENSITIVE_PARTS,
    Part,
    children_of,
    column_plan,
    comparable,
    dump,
    freeze_refs,
    key_of,
)

Progress = Callable[[int, str | Message], None]  # (percent, step)


class PackageCancelled(PackageError):
    """The user cancelled; nothing was written."""


# -- export ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PackageExport:
    path: Path
    sha256: str
    period: str
    counts: dict[str, int]
    fingerprint: str

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def export_package(
    session: Session,
    actor: Actor,
    period_label: str,
    path: str | Path,
    *,
    include_sensitive: bool = True,
    signer: Installation | None = None,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> PackageExport:
    """Write the period's data to ``path`` as a package signed by this installation, and log the export.
    PermissionDenied first for a role that may not export (with ``include_sensitive``: may not export
    disciplinary records)."""
    require(actor, Permission.REPORT)
    if include_sensitive:
        require(actor, Permission.SENSITIVE_DATA)
    target = Path(path)
    if not target.parent.is_dir():
        raise PackageError(
            QT_TRANSLATE_NOOP("services.exchange.exchange", "Folder {parent} tidak ada."),
            parent=target.parent,
        )
    period = session.scalar(select(TalentPeriod).where(TalentPeriod.label == period_label))
    if period is None:
        raise PackageError(
            QT_TRANSLATE_NOOP(
                "services.exchange.exchange", "Periode {period_label} tidak ada di database ini."
            ),
            period_label=repr(period_label),
        )
    instansi = session.scalar(select(Instansi).order_by(Instansi.id).limit(1))
    if instansi is None:
        raise PackageError(
            QT_TRANSLATE_NOOP(
                "services.exchange.exchange",
                "Data instansi belum diisi; paket harus menyebut instansi asalnya.",
            )
        )
    signer = signer or installation()
    say = progress or (lambda _p, _s: None)

    def check() -> None:
        if cancel is not None and cancel():
            raise PackageCancelled(
                QT_TRANSLATE_NOOP(
                    "services.exchange.exchange", "Ekspor paket dibatalkan; tidak ada berkas yang ditulis."
                )
            )

    def parts():
        keys: dict[str, dict[int, tuple]] = {}
        for index, part in enumerate(PARTS):
            check()
            say(
                int(95 * index / len(PARTS)),
                Message(
                    QT_TRANSLATE_NOOP("services.exchange.exchange", "Menyiapkan {part}"),
                    part=Lowered(part.label),
                ),
            )
            local = dump(session, part, keys, part.local_scope(part.table, period.id))
            keys[part.name] = local.keys_by_id
            if part.name in SENSITIVE_PARTS and not include_sensitive:
                continue
            where = part.scope(part.table, period.id)
            chosen = None if where is None else set(session.scalars(select(part.table.c.id).where(where)))
            yield (
                part.name,
                [
                    {k: v for k, v in row.items() if not k.startswith("_")}
                    for row in local.rows
                    if chosen is None or row["_id"] in chosen
                ],
            )
        say(97, Message(QT_TRANSLATE_NOOP("services.exchange.exchange", "Menandatangani paket")))

    manifest = {
        "app_version": __version__,
        "created_at": utcnow().isoformat(),
        "created_by": actor.username,
        "instansi": {"kode": instansi.kode, "nama": instansi.nama},
        "period": period.label,
        "sensitive": include_sensitive,
        "source": {
            "installation_id": signer.id,
            "name": signer.name,
            "public_key": encode_key(signer.public_key),
        },
    }
    digest, counts = write_package(target, manifest, parts(), signer)
    record_export(
        session, actor, "package", target, rows=counts.get("person", 0), period=period.label,
        sensitive=include_sensitive, sha256=digest, counts=counts, fingerprint=signer.fingerprint,
    )  # fmt: skip
    say(100, Message(QT_TRANSLATE_NOOP("services.exchange.exchange", "Selesai")))
    return PackageExport(target, digest, period.label, counts, signer.fingerprint)


# -- preview and merge -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Conflict:
    """One row edited differently here and in the package."""

    part: str
    key: tuple
    title: str  # what the row is, for people: "Pegawai 197601202001081001" …
    fields: tuple[tuple[str, Any, Any], ...]  # (field, here, in the package)
    locked: bool  # the local row may not change (a finalised meeting, a saved scheme version)
    taken: bool = False  # settled in the package's favour by the import

    @property
    def id(self) -> str:
        return f"{self.part}|{json.dumps(self.key, ensure_ascii=False)}"

    @property
    def label(self) -> str:
        return PARTS_BY_NAME[self.part].label


@dataclass
class PartCounts:
    new: int = 0
    changed: int = 0  # the package is further along (a meeting finalised, a successor confirmed)
    same: int = 0
    conflicts: int = 0
    taken: int = 0  # conflicts settled in the package's favour (import only)


@dataclass
class ImportPreview:
    file: str
    sha256: str
    period: str
    source_id: str
    source_name: str
    fingerprint: str
    known_source: bool  # pinned before; False: the user should compare the fingerprint with the sender
    created_at: str
    created_by: str
    instansi: str
    counts: dict[str, PartCounts] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    applied: bool = False

    @property
    def total_new(self) -> int:
        return sum(c.new for c in self.counts.values())

    @property
    def total_changed(self) -> int:
        return sum(c.changed for c in self.counts.values())

    @property
    def nothing_new(self) -> bool:
        return not self.total_new and not self.total_changed and not self.conflicts


def preview_import(session: Session, package: Package, *, file: str = "") -> ImportPreview:
    """What importing the package would add, change and leave in conflict; changes nothing."""
    preview = _check_source(session, package, file)
    _merge(session, package, preview, take=frozenset(), apply=False)
    return preview


def import_package(
    session: Session,
    actor: Actor,
    package: Package,
    *,
    take: Collection[str] | None = (),
    file: str = "",
    progress: Progress | None = None,
) -> ImportPreview:
    """Merge the package into the database (the caller's transaction) and record it in the audit log.
    ``take``: the conflicts to settle in the package's favour, or None for every one that may be.
    Importing the same package again finds everything the same and writes nothing. PermissionDenied,
    before anything is read, for a role that may not import packages."""
    require(actor, Permission.EXCHANGE_IMPORT)
    preview = _check_source(session, package, file)
    try:
        _merge(session, package, preview, take=take, apply=True, progress=progress)
    except IntegrityError as exc:
        raise PackageError(
            QT_TRANSLATE_NOOP(
                "services.exchange.exchange",
                "Paket {file} tidak dapat digabungkan: {orig}. Tidak ada yang diubah.",
            ),
            file=file or package.sha256[:12],
            orig=exc.orig,
        ) from exc
    if not preview.known_source:
        session.add(
            ExchangeSource(
                installation_id=package.source_id,
                name=package.source_name,
                public_key=package.manifest["source"]["public_key"],
                first_import_by=actor.username,
            )
        )
    if preview.total_new or preview.total_changed or any(c.taken for c in preview.counts.values()):
        record(
            session,
            actor,
            "package.import",
            entity="package",
            entity_id=package.sha256[:16],
            after={
                "file": file,
                "sha256": package.sha256,
                "period": package.period,
                "source": package.source_name,
                "source_id": package.source_id,
                "fingerprint": package.fingerprint,
                "new": {k: c.new for k, c in preview.counts.items() if c.new},
                "changed": {k: c.changed for k, c in preview.counts.items() if c.changed},
                "taken": {k: c.taken for k, c in preview.counts.items() if c.taken},
                "kept": [c.id for c in preview.conflicts if not c.taken],
            },
        )
    elif not preview.known_source:
        record(session, actor, "exchange.source", entity="exchange_source", entity_id=package.source_id,
               after={"name": package.source_name, "fingerprint": package.fingerprint})  # fmt: skip
    preview.applied = True
    return preview


def _check_source(session: Session, package: Package, file: str) -> ImportPreview:
    """Refuse a package from another instansi or one signed in a known installation's name by another key."""
    manifest = package.manifest
    theirs = manifest.get("instansi") or {}
    ours = session.scalar(select(Instansi).order_by(Instansi.id).limit(1))
    if ours is not None:
        same_code = ours.kode and theirs.get("kode") and ours.kode == theirs.get("kode")
        if (
            not same_code
            and (ours.nama or "").strip().casefold() != str(theirs.get("nama", "")).strip().casefold()
        ):
            raise PackageError(
                QT_TRANSLATE_NOOP(
                    "services.exchange.exchange",
                    "Paket ini dari {theirs}, sedangkan database ini milik {ours}. Paket dari instansi "
                    "lain tidak diimpor.",
                ),
                theirs=repr(theirs.get("nama")),
                ours=repr(ours.nama),
            )
    pinned = session.scalar(select(ExchangeSource).where(ExchangeSource.installation_id == package.source_id))
    if pinned is not None and pinned.public_key != manifest["source"]["public_key"]:
        raise PackageError(
            QT_TRANSLATE_NOOP(
                "services.exchange.exchange",
                "Paket ini mengaku berasal dari {source_name}, tetapi ditandatangani dengan kunci lain "
                "(sidik jari {fingerprint}; yang dikenal: {known}). Paket ditolak: bisa jadi dibuat atau "
                "diubah oleh pihak lain.",
            ),
            source_name=repr(package.source_name),
            fingerprint=package.fingerprint,
            known=key_fingerprint_of(pinned.public_key),
        )
    return ImportPreview(
        file=file,
        sha256=package.sha256,
        period=package.period,
        source_id=package.source_id,
        source_name=package.source_name,
        fingerprint=package.fingerprint,
        known_source=pinned is not None,
        created_at=str(manifest.get("created_at", "")),
        created_by=str(manifest.get("created_by", "")),
        instansi=str(theirs.get("nama", "")),
    )


def key_fingerprint_of(public_key_b64: str) -> str:
    return key_fingerprint(decode_key(public_key_b64))


def _incoming(part: Part, rows: list[dict[str, Any]]) -> list[tuple[tuple, dict[str, Any]]]:
    """The package's rows of one part with their natural keys (duplicates numbered as ``dump`` does)."""
    seen: defaultdict[tuple, int] = defaultdict(int)
    out = []
    for number, row in enumerate(rows, start=1):
        try:
            key = key_of(part, freeze_refs(part, row))
        except (KeyError, TypeError) as exc:
            raise PackageError(
                QT_TRANSLATE_NOOP(
                    "services.exchange.exchange",
                    "Baris {number} bagian {name} tidak lengkap: kolom {exc} tidak ada.",
                ),
                number=number,
                name=part.name,
                exc=exc,
            ) from exc
        occurrence = seen[key]
        seen[key] += 1
        out.append(((*key, occurrence) if occurrence else key, row))
    return out


def _title(part: Part, key: tuple) -> str:
    def text(value: Any) -> str:
        return " / ".join(text(v) for v in value) if isinstance(value, tuple) else str(value)

    return f"{part.label} {text(key)}"


class _Merge:
    """One walk over the parts, deciding (and, when applying, writing) row by row."""

    def __init__(self, session: Session, package: Package, preview: ImportPreview,
                 take: Collection[str] | None, apply: bool) -> None:  # fmt: skip
        self.session, self.package, self.preview = session, package, preview
        self.take = None if take is None else frozenset(take)
        self.apply = apply
        self.keys: dict[str, dict[int, tuple]] = {}  # local id -> natural key, per part
        self.ids: dict[str, dict[tuple, int]] = {}  # natural key -> local id, per part
        label = package.period
        self.period_id = session.scalar(select(TalentPeriod.id).where(TalentPeriod.label == label)) or -1
        self.units_changed = False

    def run(self, progress: Progress | None) -> None:
        say = progress or (lambda _p, _s: None)
        top = [part for part in PARTS if part.parent is None]
        for index, part in enumerate(top):
            say(
                int(95 * index / len(top)),
                Message(
                    QT_TRANSLATE_NOOP("services.exchange.exchange", "Menggabungkan {part}"),
                    part=Lowered(part.label),
                ),
            )
            self.merge_part(part)
        if self.apply and self.units_changed:
            refresh_paths(self.session)
        say(100, Message(QT_TRANSLATE_NOOP("services.exchange.exchange", "Selesai")))

    def local(self, part: Part):
        found = dump(self.session, part, self.keys, part.local_scope(part.table, self.period_id))
        self.keys[part.name] = found.keys_by_id
        self.ids[part.name] = dict(found.ids)
        return found

    def merge_part(self, part: Part) -> None:
        local = self.local(part)
        by_key = {row["_key"]: row for row in local.rows}
        children = children_of(part)
        local_children = {c.name: self._grouped(c, self.local(c).rows) for c in children}
        incoming_children = {
            c.name: self._grouped(c, [r for _, r in _incoming(c, self.package.rows(c.name))])
            for c in children
        }
        counts = self.preview.counts.setdefault(part.name, PartCounts())
        new_rows: list[tuple[tuple, dict]] = []
        for key, row in _incoming(part, self.package.rows(part.name)):
            here = by_key.get(key)
            if here is None:
                counts.new += 1
                new_rows.append((key, row))
                continue
            if part.policy == APPEND:
                counts.same += 1
                continue
            mine = self._record(part, here, {c.name: local_children[c.name].get(key, []) for c in children})
            theirs = self._record(
                part, row, {c.name: incoming_children[c.name].get(key, []) for c in children}
            )
            if mine == theirs:
                counts.same += 1
                continue
            if part.advances is not None and part.advances(here, row):
                counts.changed += 1
                self._replace(part, here["_id"], row, incoming_children, key, children)
                continue
            conflict = Conflict(
                part.name, key, _title(part, key), _differences(mine, theirs),
                locked=part.locked is not None and part.locked(here, row),
            )  # fmt: skip
            if not conflict.locked and (self.take is None or conflict.id in self.take):
                conflict = replace(conflict, taken=self.apply)
            counts.conflicts += 1
            self.preview.conflicts.append(conflict)
            if conflict.taken:
                counts.taken += 1
                self._replace(part, here["_id"], row, incoming_children, key, children)
        if self.apply and new_rows:
            self._insert(part, new_rows)
            for child in children:
                rows = [
                    (r[child.parent], r)
                    for key, _ in new_rows
                    for r in incoming_children[child.name].get(key, [])
                ]
                self._insert_children(child, rows)
        for child in children:
            added = sum(len(incoming_children[child.name].get(key, [])) for key, _ in new_rows)
            self.preview.counts.setdefault(child.name, PartCounts()).new += added
        if part.name == "unit" and (new_rows or counts.changed or counts.taken):
            self.units_changed = True
        for name in (part.name, *(c.name for c in children)):
            self.package.forget(name)

    def _grouped(self, child: Part, rows: list[dict]) -> dict[tuple, list[dict]]:
        groups: defaultdict[tuple, list[dict]] = defaultdict(list)
        for row in rows:
            groups[row[child.parent]].append(row)
        return groups

    def _record(self, part: Part, row: dict, children: dict[str, list[dict]]) -> dict[str, Any]:
        out = {"row": comparable(part, row)}
        for name, rows in children.items():
            child = PARTS_BY_NAME[name]
            out[name] = sorted(
                (comparable(child, r) for r in rows), key=lambda r: json.dumps(r, sort_keys=True)
            )
        return out

    # -- writing ----------------------------------------------------------------------------------

    def _values(self, part: Part, row: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, kind, target, nullable in column_plan(part):
            value = row.get(name)
            if kind == "local":
                value = "" if name == "path" else None
            elif value is None:
                pass
            elif kind == "ref":
                resolved = self.ids.get(target, {}).get(value)
                if resolved is None and not nullable:
                    raise PackageError(
                        QT_TRANSLATE_NOOP(
                            "services.exchange.exchange",
                            "Paket tidak utuh: {part} merujuk {target} {value} yang tidak ada di paket maupun di "
                            "database ini.",
                        ),
                        part=Lowered(part.label),
                        target=Lowered(PARTS_BY_NAME[target].label),
                        value=repr(value),
                    )
                value = resolved
            elif kind == "datetime":
                value = datetime.fromisoformat(value)
            elif kind == "date":
                value = date.fromisoformat(value)
            out[name] = value
        return out

    def _insert(self, part: Part, rows: list[tuple[tuple, dict]]) -> None:
        table = part.table
        self_ref = any(target == part.name for target in part.refs.values())
        if self_ref:
            # one by one, in the package's order (parents, corrected meetings and reversed calibrations
            # come before what points at them), so each reference resolves to a row already written
            ordered = (
                rows  # units come parents first already
                if part.name == "unit"
                else sorted(
                    rows, key=lambda kr: str(kr[1].get("decided_at") or kr[1].get("created_at") or "")
                )
            )
            for key, row in ordered:
                new_id = self.session.execute(insert(table).returning(table.c.id), [self._values(part, row)])
                self._remember(part, key, new_id.scalar_one())
            return
        values = [self._values(part, row) for _, row in rows]
        result = self.session.execute(
            insert(table).returning(table.c.id, sort_by_parameter_order=True), values
        )
        for (key, _), new_id in zip(rows, result.scalars(), strict=True):
            self._remember(part, key, new_id)

    def _insert_children(self, child: Part, rows: list[tuple[tuple, dict]]) -> None:
        if rows:
            self.session.execute(insert(child.table), [self._values(child, row) for _, row in rows])

    def _remember(self, part: Part, key: tuple, row_id: int) -> None:
        self.ids.setdefault(part.name, {})[key] = row_id
        self.keys.setdefault(part.name, {})[row_id] = key

    def _replace(self, part: Part, row_id: int, row: dict, incoming_children, key: tuple, children) -> None:
        if not self.apply:
            return
        values = {k: v for k, v in self._values(part, row).items() if k not in part.local_only}
        self.session.execute(update(part.table).where(part.table.c.id == row_id).values(values))
        for child in children:
            self.session.execute(delete(child.table).where(child.table.c[child.parent] == row_id))
            self._insert_children(child, [(key, r) for r in incoming_children[child.name].get(key, [])])


def _differences(mine: dict[str, Any], theirs: dict[str, Any]) -> tuple[tuple[str, Any, Any], ...]:
    out = [
        (name, mine["row"].get(name), theirs["row"].get(name))
        for name in sorted(set(mine["row"]) | set(theirs["row"]))
        if mine["row"].get(name) != theirs["row"].get(name)
    ]
    for name in mine.keys() - {"row"}:
        if mine[name] != theirs.get(name):
            out.append((name, f"{len(mine[name])} baris", f"{len(theirs.get(name, []))} baris"))
    return tuple(out)


def _merge(session: Session, package: Package, preview: ImportPreview, *, take: Collection[str] | None,
           apply: bool,
           progress: Progress | None = None) -> None:  # fmt: skip
    _Merge(session, package, preview, take, apply).run(progress)


def describe_time(value: str) -> str:
    """A manifest's ISO time as the user reads it (local time, dd-mm-yyyy HH.MM)."""
    try:
        return datetime.fromisoformat(value).astimezone().strftime("%d-%m-%Y %H.%M")
    except ValueError:
        return value
