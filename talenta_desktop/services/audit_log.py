"""Reading the audit log: who did what, when, to whom — for administrators, and for an inspector's copy.

The log grows with every write (a 50,000-person agency collects hundreds of thousands of events), so
everything here is done in SQL: a filter becomes a WHERE clause, a page is a keyset slice on the event id
(newest first), and an export streams the filtered events in chunks. Only one page — or one chunk of an
export — is ever held as Python objects.

Events name the people they concern in several ways, depending on the service that wrote them: the
entity itself (``entity="person"``, calibrations), a ``person_id`` or ``incumbent_id`` in the payload
(meeting notes and decisions, successors, critical posts), a ``nip`` (profile and IDP reports), a
development plan (whose person the plan table knows) or a ``successor_id`` (whose person the successor
table knows). The person filter looks in all of them.

Every function asks for ``Permission.AUDIT_VIEW`` first: the log holds calibration reasons, names and
who looked at what, so only administrators read or export it.
"""

from __future__ import annotations

import contextlib
import csv
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, String, and_, cast, false, func, or_, select, true
from sqlalchemy.orm import Session

from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP, Figure, Message, MessageError, joined
from talenta_desktop.domain.nip import format_nip
from talenta_desktop.models import AuditEvent, DevelopmentPlan, Person, Successor

from .actor import Actor
from .audit import verify_chain
from .export_log import ACTION_PREFIX, KIND_LABELS, record_export
from .permissions import Permission, require

PAGE_SIZE = 200
EXPORT_FORMATS = (".xlsx", ".csv")
_CHUNK = 2000  # events per database round trip in an export (and between progress reports)
_SUMMARY_WIDTH = 160

Progress = Callable[[int, str | Message], None]  # (percent, step), as ui.workers.Task passes it
Cancel = Callable[[], bool]


# -- labels ----------------------------------------------------------------------------------------------

# What the first word of an action means (the "kind" filter offers these as groups).
GROUP_LABELS: dict[str, str] = {
    "personnel": "Data pegawai",
    "skp": "SKP",
    "assessment": "Asesmen",
    "import_profile": "Profil impor",
    "unit": "Unit kerja",
    "mapping": "Pemetaan talenta",
    "period": "Periode talenta",
    "calibration": "Kalibrasi",
    "committee": "Komite talenta",
    "meeting": "Rapat komite",
    "berita_acara": "Berita acara",
    "development": "Rencana pengembangan",
    "succession": "Suksesi",
    "scheme": "Skema penilaian",
    "setting": "Pengaturan",
    "instansi": "Instansi",
    "export": "Ekspor berkas",
    "report": "Laporan",
    "package": "Paket pertukaran",
    "exchange": "Pertukaran data",
    "user": "Pengguna",
    "privacy": "Privasi data",
    "database": "Database",
    "demo": "Data demo",
}

# Every action the services record, as a person reads it. Exports ("export.<kind>") are named after the
# export log's kinds; an action missing here is shown as its group and its code.
ACTION_LABELS: dict[str, str] = {
    "personnel.import": "Impor data pegawai",
    "personnel.export": "Ekspor data pegawai",
    "skp.import": "Impor SKP",
    "assessment.import": "Impor asesmen",
    "import_profile.save": "Profil impor disimpan",
    "mapping.run": "Pemetaan talenta dijalankan",
    "period.create": "Periode dibuat",
    "period.status": "Status periode diubah",
    "calibration.create": "Kotak talenta dikalibrasi",
    "calibration.reverse": "Kalibrasi dibatalkan",
    "committee.create": "Komite dibentuk",
    "committee.member": "Anggota komite ditambahkan",
    "committee.member_update": "Anggota komite diubah",
    "meeting.create": "Rapat dijadwalkan",
    "meeting.agenda": "Acara rapat diubah",
    "meeting.attendance": "Kehadiran rapat dicatat",
    "meeting.activate": "Rapat dimulai",
    "meeting.pause": "Rapat dijeda",
    "meeting.minutes": "Notula rapat diubah",
    "meeting.note": "Catatan pembahasan pegawai",
    "meeting.decision": "Keputusan rapat",
    "meeting.conflict": "Benturan kepentingan dicatat",
    "meeting.follow_up": "Tindak lanjut ditambahkan",
    "meeting.follow_up_done": "Tindak lanjut selesai",
    "meeting.finalize": "Rapat difinalkan",
    "development.plan_create": "Rencana pengembangan dibuat",
    "development.plan_bulk": "Rencana pengembangan dibuat sekaligus",
    "development.plan_status": "Status rencana pengembangan diubah",
    "development.plan_approve": "Rencana pengembangan disetujui",
    "development.activity_add": "Kegiatan pengembangan ditambahkan",
    "development.activity_update": "Kegiatan pengembangan diubah",
    "development.activity_remove": "Kegiatan pengembangan dihapus",
    "succession.post_create": "Jabatan target/kritikal ditambahkan",
    "succession.post_update": "Jabatan target/kritikal diubah",
    "succession.propose": "Suksesor diusulkan",
    "succession.readiness": "Kesiapan suksesor diubah",
    "succession.withdraw": "Usulan suksesor ditarik",
    "succession.confirm": "Suksesor ditetapkan",
    "scheme.create": "Skema penilaian dibuat",
    "scheme.version": "Versi skema baru disimpan",
    "scheme.default": "Skema bawaan diganti",
    "setting.save": "Pengaturan disimpan",
    "instansi.set": "Data instansi diubah",
    "package.import": "Paket pertukaran diimpor",
    "exchange.source": "Pengirim paket dicatat",
    "user.login": "Masuk aplikasi",
    "user.login_failed": "Gagal masuk",
    "user.add": "Pengguna ditambahkan",
    "user.password": "Kata sandi diganti",
    "user.enable": "Pengguna diaktifkan",
    "user.disable": "Pengguna dinonaktifkan",
    "user.role": "Peran pengguna diubah",
    "database.backup": "Salinan cadangan dibuat",
    "database.restore": "Database dipulihkan dari salinan",
    "database.encrypt": "Database dienkripsi",
    "demo.build": "Data demo dibuat",
}

# Codes met in payloads, as words (period status, successor readiness, committee roles, …).
_VALUE_WORDS = {
    "open": QT_TRANSLATE_NOOP("services.audit_log", "terbuka"),
    "closed": QT_TRANSLATE_NOOP("services.audit_log", "ditutup"),
    "siap_sekarang": QT_TRANSLATE_NOOP("services.audit_log", "siap sekarang"),
    "siap_1_2": QT_TRANSLATE_NOOP("services.audit_log", "siap 1–2 tahun"),
    "siap_3": QT_TRANSLATE_NOOP("services.audit_log", "siap 3+ tahun"),
    "tidak_hadir": QT_TRANSLATE_NOOP("services.audit_log", "tidak hadir"),
    "bawahan_langsung": QT_TRANSLATE_NOOP("services.audit_log", "bawahan langsung"),
}


def group_of(action: str) -> str:
    return action.split(".", 1)[0]


def group_label(group: str) -> str:
    return GROUP_LABELS.get(group, group.replace("_", " ").capitalize())


def action_label(action: str) -> str:
    """The action as a person reads it: "calibration.create" → "Kotak talenta dikalibrasi"."""
    if action in ACTION_LABELS:
        return ACTION_LABELS[action]
    if action.startswith(ACTION_PREFIX):
        kind = action.removeprefix(ACTION_PREFIX)
        return f"Ekspor: {KIND_LABELS.get(kind, kind)}"
    group, _, rest = action.partition(".")
    return f"{group_label(group)}: {rest.replace('_', ' ')}" if rest else group_label(group)


# -- the filter ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditFilter:
    """Which events to show. Every part is optional; the parts combine with AND.

    ``kind``: an action ("calibration.create") or its first word ("calibration", every calibration
    action). ``date_from``/``date_to``: the user's local calendar dates, both included. ``person``: a
    person id (int), an 18-digit NIP, part of a NIP (digits), or part of a name.
    """

    user: str | None = None
    kind: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    person: int | str | None = None

    def describe(self) -> dict[str, Any]:
        """The parts that are set, for the export log."""
        parts = {
            "user": self.user,
            "kind": self.kind,
            "date_from": self.date_from.isoformat() if self.date_from else None,
            "date_to": self.date_to.isoformat() if self.date_to else None,
            "person": self.person,
        }
        return {k: v for k, v in parts.items() if v not in (None, "")}


def _local_midnight(day: date) -> datetime:
    """The start of a local calendar day as an aware moment (the column compares in UTC)."""
    return datetime.combine(day, time.min).astimezone()


def _person_ids(person: int | str) -> tuple[Any, Any]:
    """The people a person filter names: a SELECT of their ids, and the NIPs to look for in payloads (a
    list when the filter is a whole NIP, so that a NIP no longer on the personnel list is still found)."""
    if isinstance(person, int):
        return select(Person.id).where(Person.id == person), select(Person.nip).where(Person.id == person)
    text = person.strip()
    digits = re.sub(r"[\s.\-]", "", text)
    if digits.isdigit() and len(digits) == 18:
        return select(Person.id).where(Person.nip == digits), [digits]
    if digits.isdigit():
        condition = Person.nip.contains(digits, autoescape=True)
    else:
        condition = Person.nama.icontains(text, autoescape=True)
    return select(Person.id).where(condition), select(Person.nip).where(condition)


def _json_int(column, key: str):
    return column[key].as_integer()


def _person_clause(person: int | str) -> ColumnElement[bool]:
    ids, nips = _person_ids(person)
    id_texts = select(cast(ids.subquery().c.id, String))
    plans = select(cast(DevelopmentPlan.id, String)).where(DevelopmentPlan.person_id.in_(ids))
    successors = select(Successor.id).where(Successor.person_id.in_(ids))
    after, before = AuditEvent.after, AuditEvent.before
    return or_(
        and_(AuditEvent.entity == "person", AuditEvent.entity_id.in_(id_texts)),
        and_(AuditEvent.entity == "development_plan", AuditEvent.entity_id.in_(plans)),
        _json_int(after, "person_id").in_(ids),
        _json_int(before, "person_id").in_(ids),
        _json_int(after, "incumbent_id").in_(ids),
        _json_int(before, "incumbent_id").in_(ids),
        _json_int(after, "successor_id").in_(successors),
        after["nip"].as_string().in_(nips),
    )


def _where(flt: AuditFilter) -> list[ColumnElement[bool]]:
    clauses: list[ColumnElement[bool]] = []
    if flt.user:
        clauses.append(AuditEvent.actor == flt.user)
    if flt.kind:
        if "." in flt.kind:
            clauses.append(AuditEvent.action == flt.kind)
        else:
            clauses.append(
                or_(
                    AuditEvent.action == flt.kind,
                    AuditEvent.action.startswith(flt.kind + ".", autoescape=True),
                )
            )
    if flt.date_from:
        clauses.append(AuditEvent.at >= _local_midnight(flt.date_from))
    if flt.date_to:
        clauses.append(AuditEvent.at < _local_midnight(flt.date_to + timedelta(days=1)))
    if flt.date_from and flt.date_to and flt.date_from > flt.date_to:
        clauses.append(false())
    if flt.person not in (None, ""):
        clauses.append(_person_clause(flt.person))
    return clauses or [true()]


# -- rows ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditRow:
    """One event as the viewer shows it."""

    id: int
    at: datetime  # aware, UTC
    actor: str
    action: str
    entity: str | None
    entity_id: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    hash: str
    person_id: int | None  # the person the event concerns, when it names one
    person_name: str | None  # that person's name (None when only a NIP is known)
    person_nip: str | None
    summary: str

    @property
    def person(self) -> str | None:
        """ "Nama (NIP)" of the person the event concerns, with the NIP written in groups."""
        nip = format_nip(self.person_nip) if self.person_nip else None
        if self.person_name:
            return f"{self.person_name} ({nip})" if nip else self.person_name
        return nip

    @property
    def label(self) -> str:
        return action_label(self.action)

    @property
    def group(self) -> str:
        return group_of(self.action)


@dataclass(frozen=True)
class AuditPage:
    rows: tuple[AuditRow, ...]
    total: int  # events matching the filter, in all pages
    matched_people: int | None = None  # how many people the person filter names (None: no such filter)

    @property
    def last_id(self) -> int | None:
        return self.rows[-1].id if self.rows else None


_COLUMNS = (
    AuditEvent.id,
    AuditEvent.at,
    AuditEvent.actor,
    AuditEvent.action,
    AuditEvent.entity,
    AuditEvent.entity_id,
    AuditEvent.before,
    AuditEvent.after,
    AuditEvent.hash,
)


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


def _referenced(entity, entity_id, before, after) -> tuple[int | None, str | None, int | None, int | None]:
    """(person id, NIP, plan id, successor id) the event points at, before looking anything up."""
    payloads = [p for p in (after, before) if isinstance(p, dict)]
    person_id = _int(entity_id) if entity == "person" else None
    for key in ("person_id", "incumbent_id"):
        for payload in payloads:
            if person_id is None:
                person_id = _int(payload.get(key))
    nip = next((p["nip"] for p in payloads if isinstance(p.get("nip"), str)), None)
    plan_id = _int(entity_id) if entity == "development_plan" else None
    successor_id = next((_int(p.get("successor_id")) for p in payloads if p.get("successor_id")), None)
    return person_id, nip, plan_id, successor_id


def _rows(session: Session, raw: Sequence[Any]) -> list[AuditRow]:
    """Turn fetched events into rows, naming their people with one query per kind of reference."""
    refs = [_referenced(r.entity, r.entity_id, r.before, r.after) for r in raw]
    plan_ids = {ref[2] for ref in refs if ref[0] is None and ref[2] is not None}
    successor_ids = {ref[3] for ref in refs if ref[0] is None and ref[3] is not None}
    plans = (
        dict(
            session.execute(
                select(DevelopmentPlan.id, DevelopmentPlan.person_id).where(DevelopmentPlan.id.in_(plan_ids))
            ).all()
        )
        if plan_ids
        else {}
    )
    successors = (
        dict(
            session.execute(
                select(Successor.id, Successor.person_id).where(Successor.id.in_(successor_ids))
            ).all()
        )
        if successor_ids
        else {}
    )
    person_ids: list[int | None] = []
    for person_id, _nip, plan_id, successor_id in refs:
        if person_id is None and plan_id is not None:
            person_id = plans.get(plan_id)
        if person_id is None and successor_id is not None:
            person_id = successors.get(successor_id)
        person_ids.append(person_id)
    wanted_ids = {p for p in person_ids if p is not None}
    wanted_nips = {ref[1] for ref, p in zip(refs, person_ids, strict=True) if p is None and ref[1]}
    people: dict[int, tuple[str, str]] = {}
    by_nip: dict[str, int] = {}
    if wanted_ids or wanted_nips:
        query = select(Person.id, Person.nip, Person.nama).where(
            or_(Person.id.in_(wanted_ids), Person.nip.in_(wanted_nips))
        )
        for pid, nip, nama in session.execute(query):
            people[pid] = (nip, nama)
            by_nip[nip] = pid
    out = []
    for r, ref, person_id in zip(raw, refs, person_ids, strict=True):
        if person_id is None and ref[1]:
            person_id = by_nip.get(ref[1])
        nip, nama = people.get(person_id, (ref[1], None)) if person_id is not None else (ref[1], None)
        at = r.at if r.at.tzinfo else r.at.replace(tzinfo=UTC)
        out.append(
            AuditRow(
                id=r.id,
                at=at,
                actor=r.actor,
                action=r.action,
                entity=r.entity,
                entity_id=r.entity_id,
                before=r.before,
                after=r.after,
                hash=r.hash,
                person_id=person_id,
                person_name=nama,
                person_nip=nip,
                summary=summarize(r.action, r.before, r.after, entity_id=r.entity_id),
            )
        )
    return out


def audit_events(
    session: Session,
    actor: Actor,
    flt: AuditFilter | None = None,
    *,
    limit: int = PAGE_SIZE,
    offset: int = 0,
    before_id: int | None = None,
    with_total: bool = True,
) -> AuditPage:
    """One page of the events matching ``flt``, newest first, and how many match in all.

    Page on with ``before_id`` (the last id of the previous page: a keyset, so events written meanwhile do
    not shift the pages) or ``offset``. ``with_total=False`` skips the count (the next pages of a list
    whose total is already known): the total is then -1.
    """
    require(actor, Permission.AUDIT_VIEW)
    flt = flt or AuditFilter()
    where = _where(flt)
    query = select(*_COLUMNS).where(*where)
    if before_id is not None:
        query = query.where(AuditEvent.id < before_id)
    query = query.order_by(AuditEvent.id.desc()).limit(limit).offset(offset)
    rows = _rows(session, session.execute(query).all())
    total = session.scalar(select(func.count()).select_from(AuditEvent).where(*where)) if with_total else -1
    matched = None
    if flt.person not in (None, "") and with_total:
        ids, _ = _person_ids(flt.person)
        matched = session.scalar(select(func.count()).select_from(ids.subquery()))
    return AuditPage(tuple(rows), int(total or 0) if with_total else -1, matched)


# -- filter choices --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class KindChoice:
    code: str  # the filter value: a group ("meeting") or an action ("meeting.finalize")
    label: str
    count: int
    is_group: bool


@dataclass(frozen=True)
class AuditChoices:
    users: tuple[tuple[str, int], ...]  # (username, events), by name
    kinds: tuple[KindChoice, ...]  # each group, followed by its actions; groups by label


def audit_choices(session: Session, actor: Actor) -> AuditChoices:
    """The users and kinds of action present in the log, for the filter lists (two GROUP BY queries)."""
    require(actor, Permission.AUDIT_VIEW)
    users = session.execute(
        select(AuditEvent.actor, func.count()).group_by(AuditEvent.actor).order_by(AuditEvent.actor)
    ).all()
    actions = session.execute(select(AuditEvent.action, func.count()).group_by(AuditEvent.action)).all()
    groups: dict[str, list[tuple[str, int]]] = {}
    for action, n in actions:
        groups.setdefault(group_of(action), []).append((action, n))
    kinds: list[KindChoice] = []
    for group in sorted(groups, key=lambda g: group_label(g).casefold()):
        members = sorted(groups[group], key=lambda a: action_label(a[0]).casefold())
        kinds.append(KindChoice(group, group_label(group), sum(n for _, n in members), True))
        kinds.extend(KindChoice(action, action_label(action), n, False) for action, n in members)
    return AuditChoices(tuple((u, int(n)) for u, n in users), tuple(kinds))


# -- the chain -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChainStatus:
    events: int  # events in the log
    broken_id: int | None = None  # the first event whose link does not hold
    broken_at: datetime | None = None  # its time, when that event still exists
    reason: str | None = None
    reason_message: Message | None = field(default=None, compare=False)  # the reason, for the screen

    @property
    def intact(self) -> bool:
        return self.broken_id is None

    @property
    def message(self) -> str:
        if self.intact:
            return f"Rantai log audit utuh: {self.events} peristiwa diperiksa."
        when = f" ({self.broken_at.astimezone():%d-%m-%Y %H.%M})" if self.broken_at else ""
        return f"Rantai log audit terputus di peristiwa #{self.broken_id}{when}: {self.reason}."


def chain_status(session: Session, actor: Actor) -> ChainStatus:
    """Walk the hash chain (services.audit.verify_chain) and name the first broken link."""
    require(actor, Permission.AUDIT_VIEW)
    count, broken = verify_chain(session)
    total = session.scalar(select(func.count()).select_from(AuditEvent)) or 0
    if broken is None:
        return ChainStatus(count)
    at = session.scalar(select(AuditEvent.at).where(AuditEvent.id == broken.event_id))
    if at is not None and at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return ChainStatus(int(total), broken.event_id, at, broken.reason, broken.reason_message)


# -- summaries -------------------------------------------------------------------------------------------


def _word(value: Any) -> str:
    return str(_value_word(value))


def _value_word(value: Any) -> Any:
    """A payload value as the summary writes it: a marked word, a figure or a date, else its text."""
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return _YES if value else _NO
    if isinstance(value, float):
        return Figure(value, places=None)
    if isinstance(value, list | tuple):
        return joined([_value_word(v) for v in value])
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    text = str(value)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        with contextlib.suppress(ValueError):
            return date.fromisoformat(text).strftime("%d-%m-%Y")
    return _VALUE_WORDS.get(text, text)


_YES = QT_TRANSLATE_NOOP("services.audit_log", "ya")
_NO = QT_TRANSLATE_NOOP("services.audit_log", "tidak")


# Keys that are bookkeeping (ids already shown as the person, file paths, hashes): left out of summaries.
_QUIET_KEYS = {
    "person_id",
    "incumbent_id",
    "nip",
    "path",
    "sha256",
    "fingerprint",
    "calibration_id",
    "reverses_id",
    "decision_id",
    "successor_id",
    "activity_id",
    "follow_up_id",
    "member_id",
    "meeting_id",
    "run_id",
    "scheme_id",
    "columns",
}


# Payload keys as words (the services name them in English code); any other key is shown with spaces.
FIELD_LABELS: dict[str, str] = {
    "period": QT_TRANSLATE_NOOP("services.audit_log", "periode"),
    "box": QT_TRANSLATE_NOOP("services.audit_log", "kotak"),
    "boxes": QT_TRANSLATE_NOOP("services.audit_log", "kotak"),
    "reason": QT_TRANSLATE_NOOP("services.audit_log", "alasan"),
    "status": QT_TRANSLATE_NOOP("services.audit_log", "status"),
    "number": QT_TRANSLATE_NOOP("services.audit_log", "nomor"),
    "held_on": QT_TRANSLATE_NOOP("services.audit_log", "tanggal rapat"),
    "corrects_meeting_id": QT_TRANSLATE_NOOP("services.audit_log", "mengoreksi rapat"),
    "task": QT_TRANSLATE_NOOP("services.audit_log", "tugas"),
    "due_on": QT_TRANSLATE_NOOP("services.audit_log", "tenggat"),
    "length": QT_TRANSLATE_NOOP("services.audit_log", "panjang teks"),
    "kind": QT_TRANSLATE_NOOP("services.audit_log", "jenis"),
    "name": QT_TRANSLATE_NOOP("services.audit_log", "nama"),
    "nama": QT_TRANSLATE_NOOP("services.audit_log", "nama"),
    "full_name": QT_TRANSLATE_NOOP("services.audit_log", "nama lengkap"),
    "version": QT_TRANSLATE_NOOP("services.audit_log", "versi"),
    "preset": QT_TRANSLATE_NOOP("services.audit_log", "bawaan aplikasi"),
    "label": QT_TRANSLATE_NOOP("services.audit_log", "label"),
    "file": QT_TRANSLATE_NOOP("services.audit_log", "berkas"),
    "rows": QT_TRANSLATE_NOOP("services.audit_log", "baris"),
    "mentor_name": QT_TRANSLATE_NOOP("services.audit_log", "mentor"),
    "completed_on": QT_TRANSLATE_NOOP("services.audit_log", "selesai pada"),
    "evidence": QT_TRANSLATE_NOOP("services.audit_log", "bukti"),
    "role": QT_TRANSLATE_NOOP("services.audit_log", "peran"),
    "relation": QT_TRANSLATE_NOOP("services.audit_log", "hubungan"),
    "readiness": QT_TRANSLATE_NOOP("services.audit_log", "kesiapan"),
    "jabatan": QT_TRANSLATE_NOOP("services.audit_log", "jabatan"),
    "jabatan_nama": QT_TRANSLATE_NOOP("services.audit_log", "jabatan"),
    "quorum": QT_TRANSLATE_NOOP("services.audit_log", "kuorum"),
    "discussed": QT_TRANSLATE_NOOP("services.audit_log", "dibahas"),
    "agenda": QT_TRANSLATE_NOOP("services.audit_log", "acara"),
    "placed": QT_TRANSLATE_NOOP("services.audit_log", "dipetakan"),
    "holding": QT_TRANSLATE_NOOP("services.audit_log", "belum dapat dipetakan"),
    "changed": QT_TRANSLATE_NOOP("services.audit_log", "berubah"),
    "created": QT_TRANSLATE_NOOP("services.audit_log", "dibuat"),
    "existing": QT_TRANSLATE_NOOP("services.audit_log", "sudah ada"),
    "skp_years": QT_TRANSLATE_NOOP("services.audit_log", "tahun SKP"),
    "reference_date": QT_TRANSLATE_NOOP("services.audit_log", "tanggal acuan"),
    "assessment_valid_years": QT_TRANSLATE_NOOP("services.audit_log", "masa berlaku asesmen"),
    "sk_number": QT_TRANSLATE_NOOP("services.audit_log", "nomor SK"),
    "sk_date": QT_TRANSLATE_NOOP("services.audit_log", "tanggal SK"),
    "represented_by": QT_TRANSLATE_NOOP("services.audit_log", "diwakili"),
    "sign_order": QT_TRANSLATE_NOOP("services.audit_log", "urutan tanda tangan"),
    "active": QT_TRANSLATE_NOOP("services.audit_log", "aktif"),
    "title": QT_TRANSLATE_NOOP("services.audit_log", "judul"),
    "scheme": QT_TRANSLATE_NOOP("services.audit_log", "skema"),
    "default": QT_TRANSLATE_NOOP("services.audit_log", "bawaan"),
    "note": QT_TRANSLATE_NOOP("services.audit_log", "catatan"),
    "failed": QT_TRANSLATE_NOOP("services.audit_log", "gagal"),
    "locked_until": QT_TRANSLATE_NOOP("services.audit_log", "terkunci sampai"),
    "backup": QT_TRANSLATE_NOOP("services.audit_log", "salinan"),
    "sensitive": QT_TRANSLATE_NOOP("services.audit_log", "data sensitif"),
    "format": QT_TRANSLATE_NOOP("services.audit_log", "format"),
    "filter": QT_TRANSLATE_NOOP("services.audit_log", "saringan"),
    "source": QT_TRANSLATE_NOOP("services.audit_log", "sumber"),
    "instansi": QT_TRANSLATE_NOOP("services.audit_log", "instansi"),
    "units": QT_TRANSLATE_NOOP("services.audit_log", "unit kerja"),
    "personnel": QT_TRANSLATE_NOOP("services.audit_log", "pegawai"),
    "pns": QT_TRANSLATE_NOOP("services.audit_log", "PNS"),
    "pppk": QT_TRANSLATE_NOOP("services.audit_log", "PPPK"),
    "skp_rows": QT_TRANSLATE_NOOP("services.audit_log", "baris SKP"),
    "assessments": QT_TRANSLATE_NOOP("services.audit_log", "asesmen"),
    "diklat_rows": QT_TRANSLATE_NOOP("services.audit_log", "baris diklat"),
    "hukdis_rows": QT_TRANSLATE_NOOP("services.audit_log", "baris hukuman disiplin"),
    "periods": QT_TRANSLATE_NOOP("services.audit_log", "periode"),
    "calibrations": QT_TRANSLATE_NOOP("services.audit_log", "kalibrasi"),
    "size": QT_TRANSLATE_NOOP("services.audit_log", "ukuran"),
    "seed": QT_TRANSLATE_NOOP("services.audit_log", "seed"),
    "sheet": QT_TRANSLATE_NOOP("services.audit_log", "lembar"),
    "new": QT_TRANSLATE_NOOP("services.audit_log", "baru"),
    "updated": QT_TRANSLATE_NOOP("services.audit_log", "diperbarui"),
    "unchanged": QT_TRANSLATE_NOOP("services.audit_log", "tidak berubah"),
    "invalid": QT_TRANSLATE_NOOP("services.audit_log", "tidak valid"),
    "skip_invalid": QT_TRANSLATE_NOOP("services.audit_log", "lewati baris tidak valid"),
    "units_created": QT_TRANSLATE_NOOP("services.audit_log", "unit kerja baru"),
    "person_id": QT_TRANSLATE_NOOP("services.audit_log", "nomor pegawai"),
    "incumbent_id": QT_TRANSLATE_NOOP("services.audit_log", "pemangku (nomor pegawai)"),
    "nip": QT_TRANSLATE_NOOP("services.audit_log", "NIP"),
    "path": QT_TRANSLATE_NOOP("services.audit_log", "lokasi berkas"),
    "sha256": QT_TRANSLATE_NOOP("services.audit_log", "SHA-256"),
    "fingerprint": QT_TRANSLATE_NOOP("services.audit_log", "sidik jari"),
    "columns": QT_TRANSLATE_NOOP("services.audit_log", "kolom"),
    "calibration_id": QT_TRANSLATE_NOOP("services.audit_log", "nomor kalibrasi"),
    "reverses_id": QT_TRANSLATE_NOOP("services.audit_log", "membatalkan kalibrasi nomor"),
    "decision_id": QT_TRANSLATE_NOOP("services.audit_log", "nomor keputusan"),
    "successor_id": QT_TRANSLATE_NOOP("services.audit_log", "nomor suksesor"),
    "activity_id": QT_TRANSLATE_NOOP("services.audit_log", "nomor kegiatan"),
    "follow_up_id": QT_TRANSLATE_NOOP("services.audit_log", "nomor tindak lanjut"),
    "member_id": QT_TRANSLATE_NOOP("services.audit_log", "nomor anggota komite"),
    "meeting_id": QT_TRANSLATE_NOOP("services.audit_log", "nomor rapat"),
    "run_id": QT_TRANSLATE_NOOP("services.audit_log", "nomor pemetaan"),
    "scheme_id": QT_TRANSLATE_NOOP("services.audit_log", "nomor skema"),
    "plan_id": QT_TRANSLATE_NOOP("services.audit_log", "nomor rencana"),
    "period_id": QT_TRANSLATE_NOOP("services.audit_log", "nomor periode"),
    "unit_id": QT_TRANSLATE_NOOP("services.audit_log", "nomor unit kerja"),
}


def field_label(key: str) -> str:
    return FIELD_LABELS.get(key, key.replace("_", " "))


def _pairs(payload: dict[str, Any]) -> list[Message]:
    return [
        Message(
            QT_TRANSLATE_NOOP("services.audit_log", "{field}: {value}"),
            field=field_label(k),
            value=_value_word(v),
        )
        for k, v in payload.items()
        if k not in _QUIET_KEYS and v not in (None, "", [], {})
    ]


def summarize(
    action: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    *,
    entity_id: str | None = None,
) -> str:
    """One line on what the event recorded, in Indonesian: "kotak 9 → 8, periode 2024 · alasan: …".
    The person it concerns is not repeated here: rows carry it on their own."""
    return shorten(str(summary_message(action, before, after, entity_id=entity_id)))


def shorten(line: str) -> str:
    """A summary cut to the width the table and the export give it."""
    return line if len(line) <= _SUMMARY_WIDTH else line[: _SUMMARY_WIDTH - 1].rstrip() + "…"


def summary_message(
    action: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    *,
    entity_id: str | None = None,
) -> Message:
    """:func:`summarize` as a message (whole: the screen shortens it once it is in the user's language)."""
    before, after = dict(before or {}), dict(after or {})
    parts: list[Any] = []
    group = group_of(action)
    w = _value_word
    if group == "calibration":
        parts.append(
            Message(
                QT_TRANSLATE_NOOP("services.audit_log", "kotak {before} → {after}, periode {period}"),
                before=w(before.get("box")),
                after=w(after.get("box")),
                period=w(after.get("period")),
            )
        )
        if after.get("reason"):
            parts.append(
                Message(QT_TRANSLATE_NOOP("services.audit_log", "alasan: {reason}"), reason=after["reason"])
            )
    elif action.startswith(ACTION_PREFIX) or action == "personnel.export":
        if after.get("period"):
            parts.append(
                Message(
                    QT_TRANSLATE_NOOP("services.audit_log", "{file}, {rows} baris, periode {period}"),
                    file=after.get("file", ""),
                    rows=w(after.get("rows")),
                    period=after["period"],
                )
            )
        else:
            parts.append(
                Message(
                    QT_TRANSLATE_NOOP("services.audit_log", "{file}, {rows} baris"),
                    file=after.get("file", ""),
                    rows=w(after.get("rows")),
                )
            )
    elif action.endswith(".import") and "file" in after and "new" in after:
        parts.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "services.audit_log", "{file}: {new} baru, {updated} diperbarui, {invalid} tidak valid"
                ),
                file=after["file"],
                new=w(after.get("new")),
                updated=w(after.get("updated")),
                invalid=w(after.get("invalid")),
            )
        )
    elif action == "demo.build":
        parts.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "services.audit_log", "{instansi}: {personnel} pegawai, {units} unit kerja, seed {seed}"
                ),
                instansi=w(after.get("instansi")),
                personnel=w(after.get("personnel")),
                units=w(after.get("units")),
                seed=w(after.get("seed")),
            )
        )
    elif action == "mapping.run":
        parts.append(
            Message(
                QT_TRANSLATE_NOOP(
                    "services.audit_log",
                    "{placed} dipetakan, {holding} belum dapat dipetakan, skema {scheme}",
                ),
                placed=w(after.get("placed")),
                holding=w(after.get("holding")),
                scheme=w(after.get("scheme")),
            )
        )
    elif group == "user" and entity_id:
        parts.append(
            Message(QT_TRANSLATE_NOOP("services.audit_log", "pengguna {username}"), username=entity_id)
        )
        parts.extend(_changes(before, after))
    elif action == "setting.save" and entity_id:
        parts.append(entity_id)
    else:
        parts.extend(_changes(before, after))
    return joined([p for p in parts if str(p)], " · ")


def _changes(before: dict[str, Any], after: dict[str, Any]) -> list[Message]:
    """What changed from ``before`` to ``after``; everything recorded when there is no ``before``."""
    if not before:
        return _pairs(after)
    out = []
    for key in dict.fromkeys([*before, *after]):
        if key in _QUIET_KEYS:
            continue
        old, new = before.get(key), after.get(key)
        if old != new:
            out.append(
                Message(
                    QT_TRANSLATE_NOOP("services.audit_log", "{field}: {old} → {new}"),
                    field=field_label(key),
                    old=_value_word(old),
                    new=_value_word(new),
                )
            )
    return out or _pairs(after)


# -- export ----------------------------------------------------------------------------------------------


class AuditExportError(MessageError):
    """The export cannot be written as asked; the message is for the user (Indonesian)."""


class AuditExportCancelled(AuditExportError):
    """The user cancelled: no file was written and nothing was recorded."""


@dataclass(frozen=True)
class AuditExport:
    path: Path
    rows: int
    filter: AuditFilter = field(default_factory=AuditFilter)


EXPORT_HEADERS = (
    "No.",
    "Waktu",
    "Pengguna",
    "Tindakan",
    "Kode tindakan",
    "Entitas",
    "ID entitas",
    "Pegawai",
    "Ringkasan",
    "Sebelum",
    "Sesudah",
    "Hash",
)
_EXPORT_WIDTHS = (8, 17, 16, 34, 26, 16, 12, 40, 70, 50, 50, 20)


def _json(payload: dict[str, Any] | None) -> str:
    return "" if payload is None else json.dumps(payload, ensure_ascii=False, sort_keys=True)


def _export_values(row: AuditRow) -> list[Any]:
    return [
        row.id,
        row.at.astimezone().replace(tzinfo=None, microsecond=0),  # local time: a spreadsheet has no zones
        row.actor,
        row.label,
        row.action,
        row.entity or "",
        row.entity_id or "",
        row.person or "",
        row.summary,
        _json(row.before),
        _json(row.after),
        row.hash,
    ]


def _chunks(session: Session, flt: AuditFilter) -> Iterable[list[AuditRow]]:
    """The filtered events, newest first, a chunk at a time (keyset on the id)."""
    where = _where(flt)
    last: int | None = None
    while True:
        query = select(*_COLUMNS).where(*where)
        if last is not None:
            query = query.where(AuditEvent.id < last)
        raw = session.execute(query.order_by(AuditEvent.id.desc()).limit(_CHUNK)).all()
        if not raw:
            return
        yield _rows(session, raw)
        last = raw[-1].id


def export_audit_log(
    session: Session,
    actor: Actor,
    flt: AuditFilter | None,
    path: str | Path,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> AuditExport:
    """Write the events matching ``flt`` (newest first) to ``path``, .xlsx or .csv, and log the export.

    The file appears whole or not at all: it is written as ``<name>.partial`` beside the target and
    renamed at the end. The export is recorded (``export.audit``) in the caller's transaction.
    """
    require(actor, Permission.AUDIT_VIEW)
    flt = flt or AuditFilter()
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in EXPORT_FORMATS:
        raise AuditExportError(
            QT_TRANSLATE_NOOP(
                "services.audit_log", "Format berkas '{suffix}' tidak didukung; pilih .xlsx atau .csv."
            ),
            suffix=target.suffix or target.name,
        )
    if not target.parent.is_dir():
        raise AuditExportError(
            QT_TRANSLATE_NOOP("services.audit_log", "Folder {parent} tidak ada."), parent=target.parent
        )
    total = session.scalar(select(func.count()).select_from(AuditEvent).where(*_where(flt))) or 0

    def tick(done: int) -> None:
        if cancel is not None and cancel():
            raise AuditExportCancelled(
                QT_TRANSLATE_NOOP("services.audit_log", "Ekspor dibatalkan; tidak ada berkas yang ditulis.")
            )
        if progress is not None:
            progress(
                100 * done // total if total else 100,
                Message(
                    QT_TRANSLATE_NOOP("services.audit_log", "Menulis {done} dari {total} peristiwa"),
                    done=done,
                    total=total,
                ),
            )

    partial = target.with_name(target.name + ".partial")
    try:
        tick(0)
        writer = _write_xlsx if suffix == ".xlsx" else _write_csv
        written = writer(partial, _chunks(session, flt), tick)
        record_export(
            session,
            actor,
            "audit",
            target,
            rows=written,
            format=suffix.lstrip("."),
            filter=flt.describe(),
        )
        partial.replace(target)
    except PermissionError as exc:
        raise AuditExportError(
            QT_TRANSLATE_NOOP(
                "services.audit_log",
                "Berkas {name} tidak dapat ditulis (mungkin sedang dibuka di program lain): {strerror}.",
            ),
            name=target.name,
            strerror=exc.strerror,
        ) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    return AuditExport(target, written, flt)


def _write_xlsx(target: Path, chunks: Iterable[list[AuditRow]], tick: Callable[[int], None]) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    def as_text(value: Any) -> Any:
        """Logged text stays text: control characters are dropped (a workbook cannot hold them) and a
        reason that starts with "=" is not turned into a formula when the workbook is opened."""
        if not isinstance(value, str):
            return value
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        if not value.startswith("="):
            return value
        text_cell = WriteOnlyCell(ws, value=value)
        text_cell.data_type = "s"
        return text_cell

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Log audit")
    for i, width in enumerate(_EXPORT_WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    bold = Font(name="Calibri", bold=True)
    fill = PatternFill("solid", fgColor="DCE6F2")
    header = []
    for name in EXPORT_HEADERS:
        cell = WriteOnlyCell(ws, value=name)
        cell.font, cell.fill, cell.alignment = bold, fill, Alignment(vertical="center")
        header.append(cell)
    ws.append(header)
    done = 0
    try:
        for chunk in chunks:
            for row in chunk:
                values = [as_text(v) for v in _export_values(row)]
                when = WriteOnlyCell(ws, value=values[1])
                when.number_format = "dd-mm-yyyy hh:mm:ss"
                values[1] = when
                ws.append(values)
            done += len(chunk)
            tick(done)
    except BaseException:
        with contextlib.suppress(Exception):  # close the half-written sheet and openpyxl's temporary file
            ws.close()
            ws._writer.cleanup()
        raise
    wb.save(target)
    return done


def _write_csv(target: Path, chunks: Iterable[list[AuditRow]], tick: Callable[[int], None]) -> int:
    # utf-8-sig: the byte-order mark makes Excel read names' accents correctly (as the personnel export).
    done = 0
    with target.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(EXPORT_HEADERS)
        for chunk in chunks:
            for row in chunk:
                values = _export_values(row)
                values[1] = values[1].strftime("%d-%m-%Y %H:%M:%S")
                writer.writerow(values)
            done += len(chunk)
            tick(done)
    return done
