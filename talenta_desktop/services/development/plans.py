"""Individual development plans: one per person per period, built from the gaps and the box's rekomendasi.

A plan starts as a draft of proposed activities (interventions.BY_BOX for the person's current box, plus a
course for each competence gap), which the user edits; the committee approves it (a decision of kind
"idp"); each activity is then carried out and closed with its evidence. JP count per calendar year against
the 20 JP minimum (DOMAIN §7), from the diklat history plus completed activities.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

import pandas as pd
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from talenta_desktop.domain.dates import add_years
from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP, Figure, Message, MessageError
from talenta_desktop.domain.ninebox import box_number
from talenta_desktop.models import (
    Assessment,
    DevelopmentActivity,
    DevelopmentPlan,
    Person,
    Skp,
    TalentPeriod,
)
from talenta_desktop.models.development import (
    ACTIVITY_STATUSES,
    CATEGORIES,
    MENTOR_TYPES,
    PLAN_STATUSES,
)

from ..actor import Actor
from ..audit import record
from ..bulk import raw_frame
from ..talent.periods import _row as period_row
from ..talent.talent_map import talent_map
from .interventions import BY_BOX, FOR_GAP, KINDS

JP_MINIMUM = 20  # per person per year (DOMAIN §7)
COMPETENCE_STANDARD = 90.0  # % of the job's standard: the "Optimal" threshold of a JPM (DOMAIN §4 C)
GOOD_PREDIKAT = ("Sangat Baik", "Baik")
COMPETENCES = {"manajerial": "manajerial", "sosial_kultural": "sosial kultural", "teknis": "teknis"}


class DevelopmentError(MessageError, ValueError):
    """A plan or activity that cannot be recorded; the message says why (Indonesian as text, and as a
    message for the screen in the user's language)."""


PLAN_STATUS_WORDS = {
    "draf": QT_TRANSLATE_NOOP("services.development.plans", "draf"),
    "disetujui": QT_TRANSLATE_NOOP("services.development.plans", "disetujui"),
    "selesai": QT_TRANSLATE_NOOP("services.development.plans", "selesai"),
    "batal": QT_TRANSLATE_NOOP("services.development.plans", "batal"),
}
_CLOSED = {
    "selesai": QT_TRANSLATE_NOOP(
        "services.development.plans",
        "Rencana pengembangan ini sudah selesai; buka kembali untuk mengubahnya.",
    ),
    "batal": QT_TRANSLATE_NOOP(
        "services.development.plans", "Rencana pengembangan ini sudah batal; buka kembali untuk mengubahnya."
    ),
}


# -- gaps -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Gap:
    area: str  # "manajerial" | "sosial_kultural" | "teknis" | "kinerja"
    text: str  # in Indonesian, with the figures (the IDP report prints it)
    value: float | None = None
    standard: float | None = None
    message: Message | None = field(default=None, compare=False, repr=False)  # the text, for the screen


def _gap(area: str, message: Message, value: float | None = None, standard: float | None = None) -> Gap:
    return Gap(area, str(message), value, standard, message)


# competence areas as a gap names them
_AREA_WORDS = {
    "manajerial": QT_TRANSLATE_NOOP("services.development.plans", "manajerial"),
    "sosial_kultural": QT_TRANSLATE_NOOP("services.development.plans", "sosial kultural"),
    "teknis": QT_TRANSLATE_NOOP("services.development.plans", "teknis"),
}


def gaps(session: Session, person_id: int, period_label: str) -> list[Gap]:
    """Competence gaps (the latest assessment still valid, each competence against the job's standard)
    and the performance gap (the latest SKP of the period)."""
    period = period_row(session, period_label)
    found: list[Gap] = []
    valid_from = add_years(period.reference_date, -period.assessment_valid_years)
    assessment = session.scalar(
        select(Assessment)
        .where(Assessment.person_id == person_id, Assessment.tanggal >= valid_from,
               Assessment.tanggal <= period.reference_date)
        .order_by(Assessment.tanggal.desc(), Assessment.id.desc())
        .limit(1)
    )  # fmt: skip
    if assessment is None:
        found.append(
            _gap(
                "kompetensi",
                Message(
                    QT_TRANSLATE_NOOP(
                        "services.development.plans", "Belum ada hasil asesmen kompetensi yang masih berlaku."
                    )
                ),
            )
        )
    else:
        for area, label in COMPETENCES.items():
            value = getattr(assessment, f"nilai_{area}")
            if value is not None and value < COMPETENCE_STANDARD:
                message = Message(
                    QT_TRANSLATE_NOOP(
                        "services.development.plans",
                        "Kompetensi {area} {value}% dari standar jabatan (kurang {short} poin dari {standard}%; "
                        "asesmen {day}).",
                    ),
                    area=_AREA_WORDS.get(area, label),
                    value=Figure(float(value)),
                    short=Figure(COMPETENCE_STANDARD - float(value)),
                    standard=Figure(COMPETENCE_STANDARD),
                    day=assessment.tanggal,
                )
                found.append(_gap(area, message, value, COMPETENCE_STANDARD))
    skp = session.scalar(
        select(Skp)
        .where(Skp.person_id == person_id, Skp.tahun.between(period.skp_year_from, period.skp_year_to))
        .order_by(Skp.tahun.desc())
        .limit(1)
    )
    if skp is None:
        found.append(
            _gap(
                "kinerja",
                Message(
                    QT_TRANSLATE_NOOP("services.development.plans", "Tidak ada SKP tahun {first}–{last}."),
                    first=period.skp_year_from,
                    last=period.skp_year_to,
                ),
            )
        )
    elif skp.predikat not in GOOD_PREDIKAT:
        found.append(
            _gap(
                "kinerja",
                Message(
                    QT_TRANSLATE_NOOP(
                        "services.development.plans",
                        "Predikat SKP {year} {predikat}: kinerja di bawah ekspektasi.",
                    ),
                    year=skp.tahun,
                    predikat=skp.predikat,
                ),
            )
        )
    else:
        low_result, low_behaviour = skp.hasil_kerja == 1, skp.perilaku_kerja == 1
        if low_result and low_behaviour:
            template = QT_TRANSLATE_NOOP(
                "services.development.plans",
                "SKP {year}: hasil kerja dan perilaku kerja di bawah ekspektasi.",
            )
        elif low_result:
            template = QT_TRANSLATE_NOOP(
                "services.development.plans", "SKP {year}: hasil kerja di bawah ekspektasi."
            )
        elif low_behaviour:
            template = QT_TRANSLATE_NOOP(
                "services.development.plans", "SKP {year}: perilaku kerja di bawah ekspektasi."
            )
        if low_result or low_behaviour:
            found.append(_gap("kinerja", Message(template, year=skp.tahun)))
    return found


# -- plans ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActivityInfo:
    id: int
    position: int
    title: str
    form: str
    kind: str
    category: str
    jp: int
    starts_on: date | None
    due_on: date | None
    mentor_name: str | None
    mentor_type: str | None
    status: str
    evidence: str | None
    completed_on: date | None
    source: str
    committed: bool  # its plan is approved: its dates are commitments, no longer proposals

    def overdue(self, today: date) -> bool:
        """Open past its due date in an approved plan (a draft's dates are proposals, late for nobody)."""
        open_ = self.status in ("rencana", "berjalan")
        return self.committed and open_ and self.due_on is not None and self.due_on < today


@dataclass(frozen=True)
class PlanInfo:
    id: int
    person_id: int
    nip: str
    nama: str
    jabatan: str | None
    period_label: str
    box: int | None
    target_jabatan: str | None
    status: str
    decision_id: int | None
    note: str | None
    activities: tuple[ActivityInfo, ...]

    @property
    def counted(self) -> tuple[ActivityInfo, ...]:
        """The activities that count towards progress (cancelled ones do not)."""
        return tuple(a for a in self.activities if a.status != "batal")

    @property
    def progress(self) -> float:
        """Share of activities done, 0–1 (0 for a plan without activities)."""
        counted = self.counted
        return sum(a.status == "selesai" for a in counted) / len(counted) if counted else 0.0

    @property
    def jp_planned(self) -> int:
        return sum(a.jp for a in self.counted)

    def mix(self) -> dict[str, int]:
        """Activities per 70:20:10 category (shown as a guideline, never enforced)."""
        return {c: sum(a.category == c for a in self.counted) for c in CATEGORIES}


def _activity(a: DevelopmentActivity, plan_status: str) -> ActivityInfo:
    return ActivityInfo(a.id, a.position, a.title, a.form, a.kind, a.category, a.jp, a.starts_on, a.due_on,
                        a.mentor_name, a.mentor_type, a.status, a.evidence, a.completed_on, a.source,
                        plan_status == "disetujui")  # fmt: skip


def _plan_row(session: Session, plan_id: int) -> DevelopmentPlan:
    row = session.get(DevelopmentPlan, plan_id)
    if row is None:
        raise DevelopmentError(
            QT_TRANSLATE_NOOP(
                "services.development.plans", "Rencana pengembangan #{plan_id} tidak ditemukan."
            ),
            plan_id=plan_id,
        )
    return row


def get_plan(session: Session, plan_id: int) -> PlanInfo:
    row = _plan_row(session, plan_id)
    person = session.get(Person, row.person_id)
    period = session.get(TalentPeriod, row.period_id)
    activities = session.scalars(
        select(DevelopmentActivity)
        .where(DevelopmentActivity.plan_id == plan_id)
        .order_by(DevelopmentActivity.position, DevelopmentActivity.id)
    )
    box = box_number(row.kinerja_level, row.potensial_level) if row.kinerja_level else None
    return PlanInfo(row.id, row.person_id, person.nip, person.nama, person.jabatan_nama, period.label, box,
                    row.target_jabatan, row.status, row.decision_id, row.note,
                    tuple(_activity(a, row.status) for a in activities))  # fmt: skip


def find_plan(session: Session, person_id: int, period_label: str) -> PlanInfo | None:
    period = period_row(session, period_label)
    plan_id = session.scalar(
        select(DevelopmentPlan.id).where(DevelopmentPlan.person_id == person_id,
                                         DevelopmentPlan.period_id == period.id)
    )  # fmt: skip
    return None if plan_id is None else get_plan(session, plan_id)


def proposed_activities(box: int, found_gaps: Iterable[Gap]) -> list[tuple[str, str, str]]:
    """(kind, title, source) proposals: the box's rekomendasi, then a course per competence gap not yet
    answered by a proposal of the same kind."""
    proposals = [(p.kind, p.title, "rekomendasi") for p in BY_BOX.get(box, ())]
    kinds = {k for k, _, _ in proposals}
    for gap in found_gaps:
        kind = FOR_GAP.get(gap.area)
        if kind and kind not in kinds:
            label = {"manajerial": "manajerial", "sosial_kultural": "sosial kultural", "teknis": "teknis"}[
                gap.area
            ]
            proposals.append((kind, f"Pelatihan untuk menutup kesenjangan kompetensi {label}", "kesenjangan"))
            kinds.add(kind)
    return proposals


def _schedule(start: date, kind: str) -> tuple[date, date]:
    """A proposal's dates: formal training within six months, experience and mentoring within the year."""
    months = 6 if KINDS[kind].form == "klasikal" else 12
    return start, add_years(start, 1) - timedelta(days=1) if months == 12 else start + timedelta(days=182)


def _new_plan(
    session: Session, actor: Actor, period: TalentPeriod, person_id: int, levels: tuple[int, int],
    target_jabatan: str | None,
) -> DevelopmentPlan:  # fmt: skip
    box = box_number(*levels)
    if box == 1:
        raise DevelopmentError(
            QT_TRANSLATE_NOOP(
                "services.development.plans",
                "Pegawai di kotak 1 tidak dibuatkan rencana pengembangan: rekomendasinya diproses sesuai "
                "ketentuan peraturan perundang-undangan.",
            )
        )
    plan = DevelopmentPlan(person_id=person_id, period_id=period.id, kinerja_level=levels[0],
                           potensial_level=levels[1], target_jabatan=target_jabatan, status="draf",
                           created_by=actor.username)  # fmt: skip
    session.add(plan)
    session.flush()
    start = period.reference_date + timedelta(days=1)
    found = gaps(session, person_id, period.label)
    for position, (kind, title, source) in enumerate(proposed_activities(box, found), start=1):
        starts_on, due_on = _schedule(start, kind)
        spec = KINDS[kind]
        session.add(
            DevelopmentActivity(plan_id=plan.id, position=position, title=title, form=spec.form, kind=kind,
                                category=spec.category, jp=spec.jp, starts_on=starts_on, due_on=due_on,
                                mentor_type="tetap" if kind == "mentoring" else None, source=source)
        )  # fmt: skip
    return plan


def _levels(session: Session, period_label: str, person_id: int) -> tuple[int, int]:
    frame = talent_map(session, period_label).placed
    row = frame[frame["person_id"] == person_id]
    if row.empty:
        raise DevelopmentError(
            QT_TRANSLATE_NOOP(
                "services.development.plans",
                "Pegawai #{person_id} belum mempunyai kotak talenta pada periode {period_label}; petakan "
                "atau lengkapi datanya lebih dulu.",
            ),
            person_id=person_id,
            period_label=period_label,
        )
    return int(row["kinerja_level"].iloc[0]), int(row["potensial_level"].iloc[0])


def create_plan(
    session: Session, actor: Actor, period_label: str, person_id: int, *, target_jabatan: str | None = None
) -> int:
    """A draft plan for one person from their current box and gaps; refuses a second plan in the period."""
    period = period_row(session, period_label)
    if session.get(Person, person_id) is None:
        raise DevelopmentError(
            QT_TRANSLATE_NOOP("services.development.plans", "Pegawai #{person_id} tidak ditemukan."),
            person_id=person_id,
        )
    if find_plan(session, person_id, period_label) is not None:
        raise DevelopmentError(
            QT_TRANSLATE_NOOP(
                "services.development.plans",
                "Pegawai ini sudah mempunyai rencana pengembangan periode {label}.",
            ),
            label=period.label,
        )
    plan = _new_plan(session, actor, period, person_id, _levels(session, period_label, person_id),
                     (target_jabatan or "").strip() or None)  # fmt: skip
    session.flush()
    record(session, actor, "development.plan_create", entity="development_plan", entity_id=plan.id,
           after={"person_id": person_id, "period": period.label})  # fmt: skip
    return plan.id


@dataclass(frozen=True)
class BulkResult:
    created: int
    existing: int  # already had a plan in the period: left as they are


def bulk_create_plans(
    session: Session,
    actor: Actor,
    period_label: str,
    boxes: Iterable[int],
    *,
    unit_ids: Iterable[int] | None = None,
) -> BulkResult:
    """Draft plans for everyone currently in ``boxes`` (optionally within units), one audit event."""
    wanted = sorted(set(boxes) - {1})
    if not wanted:
        raise DevelopmentError(
            QT_TRANSLATE_NOOP(
                "services.development.plans", "Pilih paling sedikit satu kotak (2–9) untuk dibuatkan rencana."
            )
        )
    period = period_row(session, period_label)
    frame = talent_map(session, period_label).placed
    frame = frame[frame["box"].isin(wanted)]
    if unit_ids is not None:
        frame = frame[frame["unit_id"].isin(list(unit_ids))]
    have = set(
        session.scalars(select(DevelopmentPlan.person_id).where(DevelopmentPlan.period_id == period.id))
    )
    created = 0
    for row in frame.itertuples(index=False):
        if int(row.person_id) in have:
            continue
        _new_plan(
            session,
            actor,
            period,
            int(row.person_id),
            (int(row.kinerja_level), int(row.potensial_level)),
            None,
        )
        created += 1
    session.flush()
    existing = int(frame["person_id"].isin(have).sum())
    record(session, actor, "development.plan_bulk", entity="talent_period", entity_id=period.id,
           after={"boxes": wanted, "created": created, "existing": existing})  # fmt: skip
    return BulkResult(created, existing)


def _open_plan(session: Session, plan_id: int) -> DevelopmentPlan:
    row = _plan_row(session, plan_id)
    if row.status in ("selesai", "batal"):
        raise DevelopmentError(_CLOSED[row.status])
    return row


def set_plan_status(session: Session, actor: Actor, plan_id: int, status: str) -> None:
    """Draft, done or cancelled (approval goes through the committee: approve_plan)."""
    if status not in PLAN_STATUSES or status == "disetujui":
        raise DevelopmentError(
            QT_TRANSLATE_NOOP(
                "services.development.plans", "Status rencana '{status}' tidak dapat dipilih langsung."
            ),
            status=status,
        )
    row = _plan_row(session, plan_id)
    before = row.status
    if status == "selesai":
        left = session.scalar(
            select(func.count())
            .select_from(DevelopmentActivity)
            .where(
                DevelopmentActivity.plan_id == plan_id,
                DevelopmentActivity.status.in_(("rencana", "berjalan")),
            )
        )
        if left:
            raise DevelopmentError(
                QT_TRANSLATE_NOOP(
                    "services.development.plans",
                    "Rencana belum dapat diselesaikan: {left} kegiatan belum selesai atau dibatalkan.",
                ),
                left=left,
            )
    if status == "draf" and row.decision_id is not None:
        status = "disetujui"  # reopening an approved plan: the approval stands
    row.status = status
    record(session, actor, "development.plan_status", entity="development_plan", entity_id=plan_id,
           before={"status": before}, after={"status": status})  # fmt: skip


def approve_plan(session: Session, actor: Actor, meeting_id: int, plan_id: int) -> int:
    """The committee approves the plan in the meeting being held; returns the decision id."""
    from ..committee import add_decision, get_meeting  # committee imports talent services; keep the cycle out

    plan = get_plan(session, plan_id)
    meeting = get_meeting(session, meeting_id)
    if meeting.period_label != plan.period_label:
        raise DevelopmentError(
            QT_TRANSLATE_NOOP(
                "services.development.plans",
                "Rapat {number} membahas periode {period_label}; rencana ini untuk periode {plan_period}.",
            ),
            number=meeting.number,
            period_label=meeting.period_label,
            plan_period=plan.period_label,
        )
    if plan.status != "draf":
        raise DevelopmentError(
            QT_TRANSLATE_NOOP(
                "services.development.plans",
                "Hanya rencana berstatus draf yang dapat disetujui (kini {status}).",
            ),
            status=PLAN_STATUS_WORDS.get(plan.status, plan.status),
        )
    if not plan.counted:
        raise DevelopmentError(
            QT_TRANSLATE_NOOP("services.development.plans", "Rencana tanpa kegiatan tidak dapat disetujui.")
        )
    text = (
        f"Rencana pengembangan individu periode {plan.period_label} disetujui: {len(plan.counted)} kegiatan, "
        f"{plan.jp_planned} JP direncanakan."
    )
    decision_id = add_decision(session, actor, meeting_id, "idp", text, person_id=plan.person_id,
                               basis=f"Rekomendasi kotak {plan.box}" if plan.box else None)  # fmt: skip
    row = _plan_row(session, plan_id)
    row.status, row.decision_id = "disetujui", decision_id
    record(session, actor, "development.plan_approve", entity="development_plan", entity_id=plan_id,
           after={"decision_id": decision_id, "meeting_id": meeting_id})  # fmt: skip
    return decision_id


# -- activities -----------------------------------------------------------------------------------------

_EDITABLE = ("title", "kind", "category", "jp", "starts_on", "due_on", "mentor_name", "mentor_type", "status",
             "evidence", "completed_on")  # fmt: skip


def _check_activity(values: dict) -> None:
    if "title" in values and not (values["title"] or "").strip():
        raise DevelopmentError(QT_TRANSLATE_NOOP("services.development.plans", "Nama kegiatan wajib diisi."))
    if "kind" in values and values["kind"] not in KINDS:
        raise DevelopmentError(
            QT_TRANSLATE_NOOP("services.development.plans", "Bentuk pengembangan '{kind}' tidak dikenal."),
            kind=values["kind"],
        )
    if "category" in values and values["category"] not in CATEGORIES:
        raise DevelopmentError(
            QT_TRANSLATE_NOOP(
                "services.development.plans", "Kategori 70:20:10 harus 70, 20 atau 10, bukan '{category}'."
            ),
            category=values["category"],
        )
    if "jp" in values and not 0 <= int(values["jp"]) <= 1000:
        raise DevelopmentError(
            QT_TRANSLATE_NOOP("services.development.plans", "JP harus antara 0 dan 1000, bukan {jp}."),
            jp=values["jp"],
        )
    if values.get("mentor_type") not in (None, *MENTOR_TYPES):
        raise DevelopmentError(
            QT_TRANSLATE_NOOP(
                "services.development.plans",
                "Jenis mentor harus tetap atau tidak tetap, bukan '{mentor_type}'.",
            ),
            mentor_type=values["mentor_type"],
        )
    if "status" in values and values["status"] not in ACTIVITY_STATUSES:
        raise DevelopmentError(
            QT_TRANSLATE_NOOP("services.development.plans", "Status kegiatan '{status}' tidak dikenal."),
            status=values["status"],
        )


def add_activity(
    session: Session, actor: Actor, plan_id: int, *, kind: str, title: str, jp: int | None = None,
    category: str | None = None, starts_on: date | None = None, due_on: date | None = None,
    mentor_name: str | None = None, mentor_type: str | None = None,
) -> int:  # fmt: skip
    _open_plan(session, plan_id)
    values = {"kind": kind, "title": title, "mentor_type": mentor_type}
    _check_activity(values)
    spec = KINDS[kind]
    values = {"jp": spec.jp if jp is None else jp, "category": category or spec.category}
    _check_activity(values)
    if starts_on and due_on and due_on < starts_on:
        raise DevelopmentError(
            QT_TRANSLATE_NOOP(
                "services.development.plans", "Batas waktu {due_on} sebelum tanggal mulai {starts_on}."
            ),
            due_on=due_on,
            starts_on=starts_on,
        )
    position = (session.scalar(select(func.max(DevelopmentActivity.position))
                               .where(DevelopmentActivity.plan_id == plan_id)) or 0) + 1  # fmt: skip
    row = DevelopmentActivity(plan_id=plan_id, position=position, title=title.strip(), form=spec.form, kind=kind,
                              category=values["category"], jp=int(values["jp"]), starts_on=starts_on, due_on=due_on,
                              mentor_name=(mentor_name or "").strip() or None, mentor_type=mentor_type,
                              source="manual")  # fmt: skip
    session.add(row)
    session.flush()
    record(session, actor, "development.activity_add", entity="development_plan", entity_id=plan_id,
           after={"activity_id": row.id, "kind": kind, "jp": row.jp})  # fmt: skip
    return row.id


def update_activity(session: Session, actor: Actor, activity_id: int, **changes) -> ActivityInfo:
    """Change an activity's fields (see _EDITABLE). Marking it "selesai" needs the evidence of completion."""
    row = session.get(DevelopmentActivity, activity_id)
    if row is None:
        raise DevelopmentError(
            QT_TRANSLATE_NOOP("services.development.plans", "Kegiatan #{activity_id} tidak ditemukan."),
            activity_id=activity_id,
        )
    unknown = set(changes) - set(_EDITABLE)
    if unknown:
        raise DevelopmentError(
            QT_TRANSLATE_NOOP("services.development.plans", "Kolom kegiatan tidak dapat diubah: {fields}."),
            fields=", ".join(sorted(unknown)),
        )
    _open_plan(session, row.plan_id)
    _check_activity(changes)
    cleaned = {
        key: (value.strip() if key == "title" else value.strip() or None) if isinstance(value, str) else value
        for key, value in changes.items()
    }
    new = {k: getattr(row, k) for k in _EDITABLE} | cleaned  # checked whole before anything changes
    if new["starts_on"] and new["due_on"] and new["due_on"] < new["starts_on"]:
        raise DevelopmentError(
            QT_TRANSLATE_NOOP(
                "services.development.plans", "Batas waktu {due_on} sebelum tanggal mulai {starts_on}."
            ),
            due_on=new["due_on"],
            starts_on=new["starts_on"],
        )
    if new["status"] == "selesai":
        if not (new["evidence"] or "").strip():
            raise DevelopmentError(
                QT_TRANSLATE_NOOP(
                    "services.development.plans",
                    "Kegiatan yang selesai memerlukan bukti penyelesaian (mis. nomor sertifikat atau "
                    "laporan).",
                )
            )
        new["completed_on"] = new["completed_on"] or date.today()
    else:
        new["completed_on"] = None
    before = {k: getattr(row, k) for k in changes}
    for key in {*cleaned, "completed_on"}:
        setattr(row, key, new[key])
    row.form = KINDS[row.kind].form
    session.flush()
    record(session, actor, "development.activity_update", entity="development_plan", entity_id=row.plan_id,
           before={"activity_id": activity_id, **before},
           after={"activity_id": activity_id, **{k: getattr(row, k) for k in changes}})  # fmt: skip
    return _activity(row, session.get(DevelopmentPlan, row.plan_id).status)


def remove_activity(session: Session, actor: Actor, activity_id: int) -> None:
    """Only from a draft plan; an approved plan's activity is cancelled instead (status "batal")."""
    row = session.get(DevelopmentActivity, activity_id)
    if row is None:
        raise DevelopmentError(
            QT_TRANSLATE_NOOP("services.development.plans", "Kegiatan #{activity_id} tidak ditemukan."),
            activity_id=activity_id,
        )
    plan = _open_plan(session, row.plan_id)
    if plan.status != "draf":
        raise DevelopmentError(
            QT_TRANSLATE_NOOP(
                "services.development.plans",
                "Rencana sudah disetujui: kegiatannya dibatalkan (status batal), tidak dihapus.",
            )
        )
    session.delete(row)
    record(session, actor, "development.activity_remove", entity="development_plan", entity_id=plan.id,
           before={"activity_id": activity_id, "title": row.title})  # fmt: skip


# -- overviews ------------------------------------------------------------------------------------------


def plans_frame(session: Session, period_label: str, *, today: date | None = None) -> pd.DataFrame:
    """One row per plan of the period: person, unit, box, status, activities, done, progress, JP planned and
    done, overdue count, next due date. Set-based (two reads), for the page and the reports."""
    today = today or date.today()
    period = period_row(session, period_label)
    plans = raw_frame(
        session,
        "SELECT dp.id, dp.person_id, p.nip, p.nama, p.jabatan_nama, p.unit_id, dp.kinerja_level,"
        " dp.potensial_level, dp.status, dp.target_jabatan FROM development_plan dp"
        " JOIN person p ON p.id = dp.person_id WHERE dp.period_id = ? ORDER BY p.nama",
        (period.id,),
        ["plan_id", "person_id", "nip", "nama", "jabatan", "unit_id", "kinerja_level", "potensial_level",
         "status", "target_jabatan"],
    )  # fmt: skip
    acts = raw_frame(
        session,
        "SELECT a.plan_id, a.status, a.jp, a.due_on, dp.status = 'disetujui' FROM development_activity a"
        " JOIN development_plan dp ON dp.id = a.plan_id WHERE dp.period_id = ? AND a.status != 'batal'",
        (period.id,),
        ["plan_id", "status", "jp", "due_on", "committed"],
    )
    due = pd.to_datetime(acts["due_on"], errors="coerce")
    open_ = acts["status"].isin(("rencana", "berjalan"))
    acts = acts.assign(
        done=(acts["status"] == "selesai").astype(int),
        jp_done=acts["jp"].where(acts["status"] == "selesai", 0),
        overdue=(open_ & acts["committed"].astype(bool) & (due < pd.Timestamp(today))).astype(int),
        next_due=due.where(open_),
    )
    summary = acts.groupby("plan_id").agg(
        activities=("status", "size"), done=("done", "sum"), jp_planned=("jp", "sum"), jp_done=("jp_done", "sum"),
        overdue=("overdue", "sum"), next_due=("next_due", "min"),
    )  # fmt: skip
    frame = plans.join(summary, on="plan_id")
    for column in ("activities", "done", "jp_planned", "jp_done", "overdue"):
        frame[column] = frame[column].fillna(0).astype(int)
    frame["progress"] = (frame["done"] / frame["activities"].where(frame["activities"] > 0)).fillna(0.0)
    frame["box"] = [
        box_number(int(k), int(p)) if pd.notna(k) else None
        for k, p in zip(frame["kinerja_level"], frame["potensial_level"], strict=True)
    ]
    return frame


def progress_by_unit(session: Session, period_label: str, *, today: date | None = None) -> pd.DataFrame:
    """Plans per unit induk: plans, activities, done, progress (0–1) and overdue activities."""
    from ..personnel import personnel_frame

    frame = plans_frame(session, period_label, today=today)
    units = personnel_frame(session, columns=("id", "unit_induk")).set_index("id")["unit_induk"]
    frame["unit_induk"] = frame["person_id"].map(units).fillna("—")
    out = frame.groupby("unit_induk").agg(
        plans=("plan_id", "size"), activities=("activities", "sum"), done=("done", "sum"),
        overdue=("overdue", "sum"),
    )  # fmt: skip
    out["progress"] = (out["done"] / out["activities"].where(out["activities"] > 0)).fillna(0.0)
    return out.sort_index()


_FEW_PEOPLE = 5_000  # up to this many people, jp_by_year reads their rows only
_ID_CHUNK = 500  # ids bound per statement


def jp_by_year(
    session: Session, person_ids: Iterable[int] | None = None, *, year: int | None = None
) -> pd.DataFrame:
    """JP per person per calendar year: diklat history (by end date, else start) plus completed plan
    activities (by completion date). Columns person_id, year, jp. ``year``: only that year (read by the
    database: a year is a small part of 50,000 people's whole diklat history)."""
    day = "COALESCE(tanggal_selesai, tanggal_mulai)"
    within, bounds = "", ()
    if year is not None:  # ISO dates compare as text in SQLite and as dates in PostgreSQL
        within, bounds = " AND {0} >= ? AND {0} < ?", (f"{year:04d}-01-01", f"{year + 1:04d}-01-01")
    columns = ["person_id", "day", "jp"]
    history_sql = f"SELECT person_id, {day}, jp FROM riwayat_diklat WHERE 1 = 1" + within.format(day)
    done_sql = (
        "SELECT dp.person_id, a.completed_on, a.jp FROM development_activity a"
        " JOIN development_plan dp ON dp.id = a.plan_id WHERE a.status = 'selesai' AND a.completed_on IS NOT NULL"
        + within.format("a.completed_on")
    )
    ids = None if person_ids is None else sorted({int(i) for i in person_ids})
    if ids is not None and len(ids) <= _FEW_PEOPLE:  # a few people: their rows by index, not everyone's
        parts = []
        for start in range(0, len(ids), _ID_CHUNK):
            chunk = ids[start : start + _ID_CHUNK]
            marks = ",".join("?" * len(chunk))
            parts.append(
                raw_frame(session, f"{history_sql} AND person_id IN ({marks})", (*bounds, *chunk), columns)
            )
            parts.append(
                raw_frame(session, f"{done_sql} AND dp.person_id IN ({marks})", (*bounds, *chunk), columns)
            )
        history = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=columns)
        done = history.iloc[0:0]
    else:
        history = raw_frame(session, history_sql, bounds, columns)
        done = raw_frame(session, done_sql, bounds, columns)
    both = pd.concat([history, done], ignore_index=True)
    if ids is not None:
        both = both[both["person_id"].isin(ids)]
    both["year"] = pd.to_datetime(both["day"], errors="coerce").dt.year
    both = both.dropna(subset=["year"])
    out = both.groupby(["person_id", "year"], as_index=False)["jp"].sum()
    out["year"] = out["year"].astype(int)
    out["jp"] = out["jp"].astype(int)
    return out


@dataclass(frozen=True)
class JpCompliance:
    year: int
    people: int
    meeting: int  # at least JP_MINIMUM
    below: pd.DataFrame  # person_id, jp (those short of the minimum, fewest first)

    @property
    def share(self) -> float:
        return self.meeting / self.people if self.people else 0.0


def jp_compliance(session: Session, year: int, person_ids: Iterable[int]) -> JpCompliance:
    """Who of ``person_ids`` reached 20 JP in ``year``."""
    ids = pd.Series(sorted(set(person_ids)), dtype="int64", name="person_id")
    totals = jp_by_year(session, ids, year=year)
    per_person = totals[totals["year"] == year].set_index("person_id")["jp"]
    jp = ids.map(per_person).fillna(0).astype(int)
    frame = pd.DataFrame({"person_id": ids, "jp": jp})
    below = frame[frame["jp"] < JP_MINIMUM].sort_values(["jp", "person_id"]).reset_index(drop=True)
    return JpCompliance(year, len(frame), int((frame["jp"] >= JP_MINIMUM).sum()), below)


def overdue_activities(session: Session, period_label: str, *, today: date | None = None) -> pd.DataFrame:
    """Open activities of approved plans past their due date: plan_id, person, title, due_on, days late."""
    today = today or date.today()
    period = period_row(session, period_label)
    frame = raw_frame(
        session,
        "SELECT a.id, a.plan_id, p.nip, p.nama, a.title, a.due_on FROM development_activity a"
        " JOIN development_plan dp ON dp.id = a.plan_id JOIN person p ON p.id = dp.person_id"
        " WHERE dp.period_id = ? AND dp.status = 'disetujui' AND a.status IN ('rencana', 'berjalan')"
        " AND a.due_on < ? ORDER BY a.due_on",
        (period.id, today.isoformat()),
        ["activity_id", "plan_id", "nip", "nama", "title", "due_on"],
    )
    frame["due_on"] = pd.to_datetime(frame["due_on"]).dt.date
    frame["days_late"] = [(today - d).days for d in frame["due_on"]]
    return frame
