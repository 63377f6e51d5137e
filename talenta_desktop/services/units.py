"""The unit tree (unor/OPD): kinds of unit, materialised paths, subtrees and the display order.

A unit's ``path`` holds its ancestry as "/<root id>/…/<own id>/", so "everyone in Dinas Kesehatan and
its puskesmas" is one indexed ``LIKE '/7/%'`` query instead of a recursive walk. The GUI's unit filter
and the personnel importer read the tree through :func:`unit_tree`; whoever writes units sets the paths
with :func:`compute_paths` (in memory) or :func:`refresh_paths` (in the database).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP, MessageError
from talenta_desktop.models import Unit

# Kinds of unit kerja in a pemda, with the label shown to users. The code is what `Unit.jenis` stores.
UNIT_KINDS: tuple[tuple[str, str], ...] = (
    ("sekretariat", "Sekretariat"),
    ("inspektorat", "Inspektorat"),
    ("dinas", "Dinas"),
    ("badan", "Badan"),
    ("kantor", "Kantor"),
    ("satpol_pp", "Satuan Polisi Pamong Praja"),
    ("rsud", "Rumah Sakit Umum Daerah"),
    ("bagian", "Bagian"),
    ("bidang", "Bidang"),
    ("subbagian", "Subbagian"),
    ("seksi", "Seksi"),
    ("uptd", "UPTD"),
    ("kecamatan", "Kecamatan"),
    ("kelurahan", "Kelurahan"),
    ("puskesmas", "Puskesmas"),
    ("sekolah", "Sekolah"),
    ("lainnya", "Lainnya"),
)
UNIT_KIND_LABELS: dict[str, str] = dict(UNIT_KINDS)

# Kinds whose head leads an organisasi perangkat daerah (OPD) in its own right.
OPD_KINDS = frozenset({"sekretariat", "inspektorat", "dinas", "badan", "kantor", "satpol_pp"})


def unit_kind_label(jenis: str | None) -> str:
    """The label of a unit kind; an unknown code is shown as it is rather than hidden."""
    if jenis is None:
        return ""
    return UNIT_KIND_LABELS.get(jenis, jenis)


class UnitTreeError(MessageError, ValueError):
    """The parent links do not form a tree (a cycle, or a parent that does not exist)."""


@dataclass(frozen=True)
class UnitNode:
    """One unit as the tree shows it: plain data that outlives the session."""

    id: int
    parent_id: int | None
    nama: str
    jenis: str
    depth: int  # 0 for a root unit
    path: str
    kode: str | None = None
    urutan: int = 0

    @property
    def jenis_label(self) -> str:
        return unit_kind_label(self.jenis)

    @property
    def ancestor_ids(self) -> list[int]:
        """Ids from the root down to the parent, read from the path."""
        return [int(part) for part in self.path.strip("/").split("/")[:-1] if part]


def path_of(ancestors_and_self: Iterable[int]) -> str:
    """The stored path for a chain of ids from the root down: [1, 7, 31] -> "/1/7/31/"."""
    return "/" + "".join(f"{i}/" for i in ancestors_and_self)


def compute_paths(rows: Iterable[tuple[int, int | None]] | Mapping[int, int | None]) -> dict[int, str]:
    """Paths for every unit from ``(id, parent_id)`` pairs (or a mapping id -> parent_id).

    Raises UnitTreeError when a parent is missing or the links contain a cycle: both would leave a unit
    outside every subtree filter, which a user would only notice as "missing" people.
    """
    parents: dict[int, int | None] = dict(rows.items() if isinstance(rows, Mapping) else rows)
    paths: dict[int, str] = {}
    for start in parents:
        if start in paths:
            continue
        chain: list[int] = []
        seen: set[int] = set()
        node: int | None = start
        while node is not None and node not in paths:
            if node in seen:
                raise UnitTreeError(
                    QT_TRANSLATE_NOOP(
                        "services.units",
                        "Susunan unit kerja melingkar: unit {node} menjadi leluhurnya sendiri.",
                    ),
                    node=node,
                )
            if node not in parents:
                raise UnitTreeError(
                    QT_TRANSLATE_NOOP("services.units", "Unit induk {node} (dari unit {child}) tidak ada."),
                    node=node,
                    child=chain[-1],
                )
            seen.add(node)
            chain.append(node)
            node = parents[node]
        prefix = paths[node] if node is not None else "/"
        for unit_id in reversed(chain):
            prefix = f"{prefix}{unit_id}/"
            paths[unit_id] = prefix
    return paths


def refresh_paths(session: Session) -> int:
    """Recompute every unit's path from the parent links and store those that changed; returns how many."""
    rows = session.execute(select(Unit.id, Unit.parent_id, Unit.path)).all()
    paths = compute_paths((r.id, r.parent_id) for r in rows)
    changed = [{"id": r.id, "path": paths[r.id]} for r in rows if r.path != paths[r.id]]
    if changed:
        session.execute(update(Unit), changed)  # ORM bulk UPDATE by primary key
    return len(changed)


def subtree_ids(session: Session, unit_id: int) -> list[int]:
    """The unit and everything below it, in id order; empty when the unit does not exist."""
    path = session.scalar(select(Unit.path).where(Unit.id == unit_id))
    if not path:
        return []
    # Paths hold only digits and slashes, so LIKE needs no escaping.
    return list(session.scalars(select(Unit.id).where(Unit.path.like(f"{path}%")).order_by(Unit.id)))


def unit_tree(session: Session) -> list[UnitNode]:
    """All units in display order: depth-first, siblings by urutan then nama.

    A unit whose parent is missing is shown as a root rather than dropped, so a damaged tree still lists
    everyone.
    """
    # On the table, not the mapped class: Beranda lists the units before the window shows, and a query
    # without ORM entities does not wait for every mapper to be configured (a tenth of a second).
    unit = Unit.__table__.c
    rows = session.execute(
        select(unit.id, unit.parent_id, unit.nama, unit.jenis, unit.path, unit.kode, unit.urutan)
    ).all()
    ids = {r.id for r in rows}
    children: dict[int | None, list] = {}
    for r in rows:
        parent = r.parent_id if r.parent_id in ids else None
        children.setdefault(parent, []).append(r)
    for siblings in children.values():
        siblings.sort(key=lambda r: (r.urutan, r.nama.casefold(), r.id))

    result: list[UnitNode] = []
    visited: set[int] = set()
    stack = [(r, 0) for r in reversed(children.get(None, []))]
    while stack:
        row, depth = stack.pop()
        if row.id in visited:  # a cycle in damaged data: show each unit once
            continue
        visited.add(row.id)
        result.append(
            UnitNode(
                id=row.id,
                parent_id=row.parent_id,
                nama=row.nama,
                jenis=row.jenis,
                depth=depth,
                path=row.path,
                kode=row.kode,
                urutan=row.urutan,
            )
        )
        stack.extend((child, depth + 1) for child in reversed(children.get(row.id, [])))
    # Units caught in a cycle never hang below a root: list them at the end rather than lose them.
    for row in sorted((r for r in rows if r.id not in visited), key=lambda r: r.id):
        result.append(UnitNode(row.id, row.parent_id, row.nama, row.jenis, 0, row.path, row.kode, row.urutan))
    return result


# Name prefixes that tell a unit's kind, longest first so "Subbagian" is not read as "Bagian".
_KIND_BY_PREFIX = sorted(
    {
        "sekretariat": "sekretariat", "inspektorat": "inspektorat", "dinas": "dinas", "badan": "badan",
        "kantor": "kantor", "satuan polisi": "satpol_pp", "satpol": "satpol_pp", "rsud": "rsud",
        "rumah sakit": "rsud", "bagian": "bagian", "bidang": "bidang", "subbagian": "subbagian",
        "sub bagian": "subbagian", "seksi": "seksi", "uptd": "uptd", "upt": "uptd", "kecamatan": "kecamatan",
        "kelurahan": "kelurahan", "puskesmas": "puskesmas", "sd": "sekolah", "smp": "sekolah", "sma": "sekolah",
        "smk": "sekolah", "tk": "sekolah", "sekolah": "sekolah",
    }.items(),
    key=lambda item: -len(item[0]),
)  # fmt: skip


def guess_unit_kind(nama: str) -> str:
    """The kind of a unit from its name ("Puskesmas Sukamaju" → puskesmas), for units an import creates."""
    words = " ".join(nama.lower().replace(".", " ").split())
    for prefix, kind in _KIND_BY_PREFIX:
        if words == prefix or words.startswith(prefix + " "):
            return kind
    return "lainnya"
