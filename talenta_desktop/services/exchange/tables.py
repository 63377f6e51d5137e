"""What a package carries, table by table, and how a row is recognised on another installation.

Row ids differ between installations, so every row travels with its natural key (a NIP, a period label, a
meeting's number…) and every foreign key travels as the natural key of the row it points to. The same
``dump`` turns local rows into that form for export and for comparison with what a package brings.

How rows merge (``policy``):
- MASTER: master data edited in place (personnel, units, histories, posts…). A row that exists on both
  sides with other values is a conflict for the user to settle, unless ``advances`` says the package is
  simply further along (a period closed, a successor confirmed).
- APPEND: rows that are never edited (calibrations, decisions, mapping runs): both sides' rows are kept.
- RECORD: a row and its children form one record (a meeting with its agenda, attendance and notes; a plan
  with its activities) compared and taken as a whole.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import Date, DateTime, Table, func, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from talenta_desktop import models as m
from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP

MASTER, APPEND, RECORD = "master", "append", "record"
PLAN_STATUS_ORDER = {"draf": 0, "disetujui": 1, "selesai": 2}

Scope = Callable[[Table, int], ColumnElement[bool] | None]


def _everything(_table: Table, _period_id: int) -> None:
    return None


def _of_period(table: Table, period_id: int) -> ColumnElement[bool]:
    return table.c.period_id == period_id


def _id_in(sql: str) -> Scope:
    """Rows whose id is in a sub-select over the period (bind :p)."""
    return lambda table, period_id: table.c.id.in_(text(sql).bindparams(p=period_id))


@dataclass(frozen=True)
class Part:
    name: str
    model: type
    label: str  # what the preview calls these rows (Indonesian; the GUI translates)
    key: tuple[str, ...]
    refs: dict[str, str] = field(default_factory=dict)  # foreign-key column -> the part it points to
    policy: str = MASTER
    parent: str | None = None  # the column pointing at the record this child belongs to
    scope: Scope = _everything  # which rows an export of a period sends
    local_scope: Scope = _everything  # which local rows can match (all, unless that is wasteful)
    local_only: tuple[str, ...] = ()  # never sent: autosaved drafts, materialised paths
    not_compared: tuple[str, ...] = ("created_at", "created_by")
    locked: Callable[[dict, dict], bool] | None = None  # conflicts the local side may not give up
    advances: Callable[[dict, dict], bool] | None = None  # the package is simply further along

    @property
    def table(self) -> Table:
        return self.model.__table__


def _person_history(model: type, label: str, *key: str) -> Part:
    return Part(model.__tablename__, model, label, ("person_id", *key), {"person_id": "person"})


def _period_closed(local: dict, incoming: dict) -> bool:
    differing = {k for k in incoming if incoming[k] != local.get(k)}
    return differing == {"status"} and local["status"] == "open" and incoming["status"] == "closed"


def _meeting_finalised(local: dict, incoming: dict) -> bool:
    return local["status"] != "final" and incoming["status"] == "final"


def _meeting_final_here(local: dict, _incoming: dict) -> bool:
    return local["status"] == "final"


def _successor_confirmed(local: dict, incoming: dict) -> bool:
    return local["status"] == "usulan" and incoming["status"] == "ditetapkan"


def _plan_further(local: dict, incoming: dict) -> bool:
    here, there = PLAN_STATUS_ORDER.get(local["status"]), PLAN_STATUS_ORDER.get(incoming["status"])
    return here is not None and there is not None and there > here


_MEETINGS = "SELECT id FROM meeting WHERE period_id = :p"

# In dependency order: a part's references point only to parts above it (or to itself).
PARTS: tuple[Part, ...] = (
    Part("instansi", m.Instansi, QT_TRANSLATE_NOOP("services.exchange.tables", "Instansi"), ("nama",)),
    Part(
        "unit", m.Unit, QT_TRANSLATE_NOOP("services.exchange.tables", "Unit kerja"), ("kode",), {"instansi_id": "instansi", "parent_id": "unit"},
        local_only=("path",),
    ),
    Part("person", m.Person, QT_TRANSLATE_NOOP("services.exchange.tables", "Pegawai"), ("nip",), {"unit_id": "unit"}),
    _person_history(m.JabatanHistory, QT_TRANSLATE_NOOP("services.exchange.tables", "Riwayat jabatan"), "tmt", "jabatan_nama"),
    _person_history(m.GolonganHistory, QT_TRANSLATE_NOOP("services.exchange.tables", "Riwayat golongan"), "golongan", "tmt"),
    _person_history(m.PendidikanHistory, QT_TRANSLATE_NOOP("services.exchange.tables", "Riwayat pendidikan"), "tingkat", "nama"),
    _person_history(m.DiklatHistory, QT_TRANSLATE_NOOP("services.exchange.tables", "Riwayat diklat"), "nama", "tanggal_mulai"),
    _person_history(m.PenghargaanHistory, QT_TRANSLATE_NOOP("services.exchange.tables", "Riwayat penghargaan"), "nama", "tanggal"),
    _person_history(m.HukdisHistory, QT_TRANSLATE_NOOP("services.exchange.tables", "Riwayat hukuman disiplin"), "jenis", "tmt"),
    _person_history(m.Skp, QT_TRANSLATE_NOOP("services.exchange.tables", "SKP"), "tahun"),
    _person_history(m.Assessment, QT_TRANSLATE_NOOP("services.exchange.tables", "Asesmen"), "tanggal", "jenis"),
    Part(
        "scoring_scheme", m.ScoringScheme, QT_TRANSLATE_NOOP("services.exchange.tables", "Skema penilaian"), ("name", "version"),
        scope=_id_in(
            "SELECT scheme_id FROM talent_period WHERE id = :p UNION SELECT scheme_id FROM mapping_run"
            " WHERE period_id = :p"
        ),
        not_compared=("created_at", "created_by", "is_default"),
        locked=lambda _local, _incoming: True,  # a saved version never changes
    ),
    Part(
        "talent_period", m.TalentPeriod, QT_TRANSLATE_NOOP("services.exchange.tables", "Periode"), ("label",), {"scheme_id": "scoring_scheme"},
        scope=lambda table, period_id: table.c.id == period_id, advances=_period_closed,
    ),
    Part(
        "mapping_run", m.MappingRun, QT_TRANSLATE_NOOP("services.exchange.tables", "Pemetaan"), ("period_id", "computed_at", "computed_by"),
        {"period_id": "talent_period", "scheme_id": "scoring_scheme"}, policy=APPEND, scope=_of_period,
    ),
    Part(
        "placement", m.Placement, QT_TRANSLATE_NOOP("services.exchange.tables", "Penempatan"), ("run_id", "person_id"),
        {"run_id": "mapping_run", "period_id": "talent_period", "person_id": "person"},
        parent="run_id", scope=_of_period, local_scope=_of_period,
    ),
    Part(
        "committee", m.Committee, QT_TRANSLATE_NOOP("services.exchange.tables", "Komite Talenta"), ("name", "sk_number"),
        scope=_id_in("SELECT committee_id FROM meeting WHERE period_id = :p"),
    ),
    Part(
        "committee_member", m.CommitteeMember, QT_TRANSLATE_NOOP("services.exchange.tables", "Anggota komite"), ("committee_id", "nama"),
        {"committee_id": "committee", "person_id": "person"},
        scope=lambda table, period_id: table.c.committee_id.in_(
            select(m.Meeting.committee_id).where(m.Meeting.period_id == period_id)
        ),
    ),
    Part(
        "meeting", m.Meeting, QT_TRANSLATE_NOOP("services.exchange.tables", "Rapat komite"), ("committee_id", "number"),
        {"committee_id": "committee", "period_id": "talent_period", "corrects_meeting_id": "meeting"},
        policy=RECORD, scope=_of_period, local_only=("minutes_draft", "minutes_draft_at"),
        locked=_meeting_final_here, advances=_meeting_finalised,
    ),
    Part(
        "meeting_agenda", m.AgendaItem, QT_TRANSLATE_NOOP("services.exchange.tables", "Acara rapat"), ("meeting_id", "position"), {"meeting_id": "meeting"},
        parent="meeting_id", scope=_id_in(f"SELECT id FROM meeting_agenda WHERE meeting_id IN ({_MEETINGS})"),
    ),
    Part(
        "meeting_attendance", m.Attendance, QT_TRANSLATE_NOOP("services.exchange.tables", "Kehadiran"), ("meeting_id", "member_id"),
        {"meeting_id": "meeting", "member_id": "committee_member"}, parent="meeting_id",
        scope=_id_in(f"SELECT id FROM meeting_attendance WHERE meeting_id IN ({_MEETINGS})"),
    ),
    Part(
        "meeting_note", m.DiscussionNote, QT_TRANSLATE_NOOP("services.exchange.tables", "Catatan pembahasan"), ("meeting_id", "person_id"),
        {"meeting_id": "meeting", "person_id": "person"}, parent="meeting_id",
        scope=_id_in(f"SELECT id FROM meeting_note WHERE meeting_id IN ({_MEETINGS})"),
    ),
    Part(
        "meeting_conflict", m.ConflictOfInterest, QT_TRANSLATE_NOOP("services.exchange.tables", "Benturan kepentingan"), ("meeting_id", "member_id", "person_id"),
        {"meeting_id": "meeting", "member_id": "committee_member", "person_id": "person"}, parent="meeting_id",
        scope=_id_in(f"SELECT id FROM meeting_conflict WHERE meeting_id IN ({_MEETINGS})"),
    ),
    Part(
        "meeting_follow_up", m.FollowUp, QT_TRANSLATE_NOOP("services.exchange.tables", "Tindak lanjut"), ("meeting_id", "task"), {"meeting_id": "meeting"},
        parent="meeting_id",
        scope=_id_in(f"SELECT id FROM meeting_follow_up WHERE meeting_id IN ({_MEETINGS})"),
    ),
    Part(
        "calibration", m.Calibration, QT_TRANSLATE_NOOP("services.exchange.tables", "Kalibrasi"), ("period_id", "person_id", "decided_at"),
        {"period_id": "talent_period", "person_id": "person", "meeting_id": "meeting", "reverses_id": "calibration"},
        policy=APPEND, scope=_of_period,
    ),
    Part(
        "meeting_decision", m.Decision, QT_TRANSLATE_NOOP("services.exchange.tables", "Keputusan rapat"), ("meeting_id", "kind", "person_id", "created_at"),
        {"meeting_id": "meeting", "person_id": "person", "calibration_id": "calibration"},
        policy=APPEND, scope=_id_in(f"SELECT id FROM meeting_decision WHERE meeting_id IN ({_MEETINGS})"),
    ),
    Part(
        "critical_post", m.CriticalPost, QT_TRANSLATE_NOOP("services.exchange.tables", "Jabatan target/kritikal"), ("unit_id", "jabatan_nama"),
        {"unit_id": "unit", "incumbent_id": "person"},
    ),
    Part(
        "successor", m.Successor, QT_TRANSLATE_NOOP("services.exchange.tables", "Suksesor"), ("post_id", "person_id", "period_id"),
        {"post_id": "critical_post", "person_id": "person", "period_id": "talent_period",
         "decision_id": "meeting_decision"},
        scope=_of_period, advances=_successor_confirmed,
    ),
    Part(
        "development_plan", m.DevelopmentPlan, QT_TRANSLATE_NOOP("services.exchange.tables", "Rencana pengembangan"), ("person_id", "period_id"),
        {"person_id": "person", "period_id": "talent_period", "decision_id": "meeting_decision"},
        policy=RECORD, scope=_of_period, advances=_plan_further,
    ),
    Part(
        "development_activity", m.DevelopmentActivity, QT_TRANSLATE_NOOP("services.exchange.tables", "Kegiatan pengembangan"), ("plan_id", "position", "title"),
        {"plan_id": "development_plan"}, parent="plan_id",
        scope=_id_in("SELECT id FROM development_activity WHERE plan_id IN"
                     " (SELECT id FROM development_plan WHERE period_id = :p)"),
    ),
)  # fmt: skip
PARTS_BY_NAME = {part.name: part for part in PARTS}
SENSITIVE_PARTS = frozenset({"riwayat_hukdis"})  # left out on request (DOMAIN §10)


def children_of(parent: Part) -> list[Part]:
    return [p for p in PARTS if p.parent is not None and p.refs[p.parent] == parent.name]


# -- values ------------------------------------------------------------------------------------------


def to_json(value: Any) -> Any:
    """Dates and times as ISO text; everything else as it is (json writes tuples as lists)."""
    return value.isoformat() if isinstance(value, date) else value


def freeze(value: Any) -> Any:
    """A key value made hashable: JSON lists become tuples, all the way down."""
    return tuple(freeze(v) for v in value) if isinstance(value, list | tuple) else value


def key_of(part: Part, row: dict[str, Any]) -> tuple:
    """A row's natural key; references in ``row`` must already be tuples (see ``freeze_refs``)."""
    if part.name == "unit" and not row.get("kode"):
        # A unit without a SIASN code is known by its place in the tree and its name.
        return ("nama", row["parent_id"], row["nama"])
    return tuple(row[name] for name in part.key)


def freeze_refs(part: Part, row: dict[str, Any]) -> dict[str, Any]:
    """A package row with its references as tuples, the form ``dump`` gives local rows, so the two
    compare directly and keys are hashable."""
    for name in part.refs:
        value = row.get(name)
        if isinstance(value, list):
            row[name] = freeze(value)
    return row


@dataclass
class Dump:
    """One part's local rows in exchange form, with their ids; ``ids`` maps a natural key to the row id."""

    rows: list[dict[str, Any]]  # each with "_id"
    ids: dict[tuple, int]

    @property
    def keys_by_id(self) -> dict[int, tuple]:
        return {row_id: key for key, row_id in self.ids.items()}


def dump(session: Session, part: Part, keys: dict[str, dict[int, tuple]], where=None) -> Dump:
    """Local rows of one part in exchange form: references replaced by natural keys (``keys``: the
    earlier parts' id -> key maps), dates as ISO text. Duplicate natural keys are told apart by their
    order (a second identical diklat line is kept, not merged into the first)."""
    table = part.table
    # A unit's path is its parent's path and more, so ordering by its length puts parents first: a unit
    # without a code is known by its parent's key, which must be known before its own.
    order = (func.length(table.c.path), table.c.id) if part.name == "unit" else (table.c.id,)
    query = select(table).order_by(*order)
    if where is not None:
        query = query.where(where)
    sent = [c.name for c in table.columns if c.name != "id" and c.name not in part.local_only]
    own: dict[int, tuple] = {}
    rows: list[dict[str, Any]] = []
    ids: dict[tuple, int] = {}
    seen: defaultdict[tuple, int] = defaultdict(int)
    pending: list[tuple[dict, dict]] = []  # rows whose self-reference resolves once every key is known
    for record in session.execute(query).mappings():
        row: dict[str, Any] = {"_id": record["id"]}
        for name in sent:
            value = record[name]
            target = part.refs.get(name)
            if target is not None and value is not None:
                if target == part.name:
                    pending.append((row, {name: value}))
                    value = own.get(value)  # parents come first for units; others are fixed below
                else:
                    value = keys.get(target, {}).get(value)
            row[name] = to_json(value)
        key = key_of(part, row)
        occurrence = seen[key]
        seen[key] += 1
        if occurrence:
            key = (*key, occurrence)
        row["_key"] = key
        own[row["_id"]] = key
        ids[key] = row["_id"]
        rows.append(row)
    for row, refs in pending:
        for name, value in refs.items():
            row[name] = own.get(value)
    return Dump(rows, ids)


def comparable(part: Part, row: dict[str, Any]) -> dict[str, Any]:
    """The values that say whether two rows hold the same thing (not ids, keys or bookkeeping)."""
    return {name: row.get(name) for name in compared_columns(part.name)}


@cache
def compared_columns(part_name: str) -> tuple[str, ...]:
    part = PARTS_BY_NAME[part_name]
    skipped = {"id", *part.local_only, *part.not_compared, part.parent}
    return tuple(c.name for c in part.table.columns if c.name not in skipped)


def column_plan(part: Part) -> tuple[tuple[str, str, str | None, bool], ...]:
    """Per column written on import: (name, kind: local | ref | datetime | date | plain, the part a
    reference points to, nullable)."""
    return _column_plan(part.name)


@cache
def _column_plan(part_name: str) -> tuple[tuple[str, str, str | None, bool], ...]:
    part = PARTS_BY_NAME[part_name]
    plan = []
    for column in part.table.columns:
        if column.name == "id":
            continue
        kind_type = getattr(column.type, "impl_instance", column.type)  # UTCDateTime decorates a DateTime
        kind = (
            "local" if column.name in part.local_only
            else "ref" if column.name in part.refs
            else "datetime" if isinstance(kind_type, DateTime)
            else "date" if isinstance(kind_type, Date)
            else "plain"
        )  # fmt: skip
        plan.append((column.name, kind, part.refs.get(column.name), bool(column.nullable)))
    return tuple(plan)
