"""Calibration: the committee moves a person to another box, with a reason (DOMAIN §5).

Append-only: a move is a new row with the box before and after; undoing it is another row that reverses
it (``reverses_id``), so the record of what was decided, and then taken back, is never lost.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP, MessageError
from talenta_desktop.domain.ninebox import box_levels, box_number
from talenta_desktop.models import Calibration, Meeting, Person, Placement, TalentPeriod

from ..actor import Actor
from ..audit import record
from .latest import latest_calibration, latest_run_id
from .periods import _row, require_open


class CalibrationError(MessageError, ValueError):
    """A move that cannot be recorded; the message says why, in the user's language."""


@dataclass(frozen=True)
class CalibrationResult:
    id: int
    period_id: int
    person_id: int
    before_box: int | None
    after_box: int
    computed_box: int
    reason: str
    reverses_id: int | None


def current_box(session: Session, period_id: int, person_id: int) -> tuple[int | None, int | None]:
    """(computed box of the latest run, current box after calibrations); None in the holding area."""
    run_id = latest_run_id(session, period_id)
    if run_id is None:
        return None, None
    placement = session.scalar(
        select(Placement).where(Placement.run_id == run_id, Placement.person_id == person_id)
    )
    if placement is None or placement.kinerja_level is None:
        return None, None
    computed = box_number(placement.kinerja_level, placement.potensial_level)
    last = latest_calibration(session, period_id, person_id)
    return computed, box_number(last.kinerja_after, last.potensial_after) if last else computed


def _insert(
    session: Session,
    actor: Actor,
    period_id: int,
    person_id: int,
    to_box: int,
    reason: str,
    meeting_id: int | None,
    reverses_id: int | None = None,
) -> CalibrationResult:
    period = require_open(session, period_id)
    reason = (reason or "").strip()
    if not reason:
        raise CalibrationError(
            QT_TRANSLATE_NOOP("services.talent.calibration", "Alasan kalibrasi wajib diisi.")
        )
    if to_box not in range(1, 10):
        raise CalibrationError(
            QT_TRANSLATE_NOOP("services.talent.calibration", "Kotak tujuan harus 1–9, bukan {to_box}."),
            to_box=repr(to_box),
        )
    person = session.get(Person, person_id)
    if person is None:
        raise CalibrationError(
            QT_TRANSLATE_NOOP("services.talent.calibration", "Pegawai #{person_id} tidak ditemukan."),
            person_id=person_id,
        )
    meeting_id = _meeting_for(session, period_id, person_id, meeting_id, person.nama)
    computed, before = current_box(session, period_id, person_id)
    if before is None:
        raise CalibrationError(
            QT_TRANSLATE_NOOP(
                "services.talent.calibration",
                "{nama} ({nip}) belum dapat dipetakan pada periode {label}; lengkapi datanya lalu "
                "petakan ulang sebelum kalibrasi.",
            ),
            nama=person.nama,
            nip=person.nip,
            label=period.label,
        )
    if before == to_box:
        raise CalibrationError(
            QT_TRANSLATE_NOOP("services.talent.calibration", "{nama} sudah berada di kotak {to_box}."),
            nama=person.nama,
            to_box=to_box,
        )
    k_before, p_before = box_levels(before)
    k_after, p_after = box_levels(to_box)
    row = Calibration(
        period_id=period_id,
        person_id=person_id,
        kinerja_before=int(k_before),
        potensial_before=int(p_before),
        kinerja_after=int(k_after),
        potensial_after=int(p_after),
        reason=reason,
        decided_by=actor.username,
        meeting_id=meeting_id,
        reverses_id=reverses_id,
    )
    session.add(row)
    session.flush()
    record(
        session,
        actor,
        "calibration.reverse" if reverses_id else "calibration.create",
        entity="person",
        entity_id=person_id,
        before={"period": period.label, "box": before},
        after={
            "period": period.label,
            "box": to_box,
            "reason": reason,
            "calibration_id": row.id,
            "meeting_id": meeting_id,
            "reverses_id": reverses_id,
        },
    )
    return CalibrationResult(row.id, period_id, person_id, before, to_box, computed, reason, reverses_id)


def _final_meeting(session: Session, meeting_id: int | None) -> Meeting | None:
    meeting = session.get(Meeting, meeting_id) if meeting_id is not None else None
    return meeting if meeting is not None and meeting.status == "final" else None


def _meeting_for(
    session: Session, period_id: int, person_id: int, meeting_id: int | None, name: str
) -> int | None:
    """The meeting a new calibration belongs to: the one given, else the active meeting of the period.

    A person whose box was set in a finalised meeting can only be moved again in a meeting that corrects
    that one (DOMAIN §5: decisions stand until the committee itself revisits them)."""
    if meeting_id is None:
        meeting_id = session.scalar(
            select(Meeting.id).where(Meeting.status == "active", Meeting.period_id == period_id)
        )
    meeting = session.get(Meeting, meeting_id) if meeting_id is not None else None
    if meeting_id is not None and (meeting is None or meeting.status != "active"):
        raise CalibrationError(
            QT_TRANSLATE_NOOP(
                "services.talent.calibration",
                "Rapat #{meeting_id} tidak sedang berlangsung; kalibrasi tidak dicatat.",
            ),
            meeting_id=meeting_id,
        )
    if meeting is not None and meeting.period_id != period_id:
        other = session.get(TalentPeriod, meeting.period_id).label
        raise CalibrationError(
            QT_TRANSLATE_NOOP(
                "services.talent.calibration",
                "Rapat {number} membahas periode {other}; kalibrasi tidak dicatat.",
            ),
            number=meeting.number,
            other=other,
        )
    last = latest_calibration(session, period_id, person_id)
    locked = _final_meeting(session, last.meeting_id) if last is not None else None
    if locked is not None and (meeting is None or meeting.corrects_meeting_id != locked.id):
        raise CalibrationError(
            QT_TRANSLATE_NOOP(
                "services.talent.calibration",
                "Kotak {name} sudah ditetapkan dalam rapat {number} yang telah difinalkan; perubahan "
                "hanya melalui rapat koreksi yang merujuk rapat tersebut.",
            ),
            name=name,
            number=locked.number,
        )
    return meeting_id


def calibrate(
    session: Session,
    actor: Actor,
    period_label: str,
    person_id: int,
    to_box: int,
    reason: str,
    meeting_id: int | None = None,
) -> CalibrationResult:
    """Move a person to ``to_box`` in a period, with the committee's reason."""
    return _insert(session, actor, _row(session, period_label).id, person_id, to_box, reason, meeting_id)


def reverse_calibration(
    session: Session,
    actor: Actor,
    calibration_id: int,
    reason: str | None = None,
    meeting_id: int | None = None,
) -> CalibrationResult:
    """Take a move back with a new row (undo; reversing a reversal is redo). Refused when the person has
    been moved again since, because reversing then would silently undo the later decision."""
    target = session.get(Calibration, calibration_id)
    if target is None:
        raise CalibrationError(
            QT_TRANSLATE_NOOP("services.talent.calibration", "Kalibrasi #{calibration_id} tidak ditemukan."),
            calibration_id=calibration_id,
        )
    locked = _final_meeting(session, target.meeting_id)
    if locked is not None:
        raise CalibrationError(
            QT_TRANSLATE_NOOP(
                "services.talent.calibration",
                "Kalibrasi #{calibration_id} sudah ditetapkan dalam rapat {number} yang telah "
                "difinalkan; koreksi hanya melalui rapat baru yang merujuk rapat tersebut.",
            ),
            calibration_id=calibration_id,
            number=locked.number,
        )
    _, now = current_box(session, target.period_id, target.person_id)
    after = box_number(target.kinerja_after, target.potensial_after)
    if now != after:
        raise CalibrationError(
            QT_TRANSLATE_NOOP(
                "services.talent.calibration",
                "Kalibrasi #{calibration_id} tidak dapat dibatalkan: pegawai sudah dipindah lagi (kini "
                "kotak {now}).",
            ),
            calibration_id=calibration_id,
            now=now,
        )
    back_to = box_number(target.kinerja_before, target.potensial_before)
    reason = reason or f"Pembatalan kalibrasi #{calibration_id} ({target.reason})"
    return _insert(
        session,
        actor,
        target.period_id,
        target.person_id,
        back_to,
        reason,
        meeting_id,
        reverses_id=calibration_id,
    )


@dataclass(frozen=True)
class CalibrationEntry:
    id: int
    period_label: str
    before_box: int | None
    after_box: int
    reason: str
    decided_by: str
    decided_at: object
    meeting_id: int | None
    reverses_id: int | None


def calibrations_of(session: Session, person_id: int) -> list[CalibrationEntry]:
    """A person's calibrations in every period, oldest first."""
    from talenta_desktop.models import TalentPeriod

    rows = session.execute(
        select(Calibration, TalentPeriod.label)
        .join(TalentPeriod, TalentPeriod.id == Calibration.period_id)
        .where(Calibration.person_id == person_id)
        .order_by(Calibration.decided_at, Calibration.id)
    ).all()
    return [
        CalibrationEntry(
            c.id,
            label,
            box_number(c.kinerja_before, c.potensial_before) if c.kinerja_before else None,
            box_number(c.kinerja_after, c.potensial_after),
            c.reason,
            c.decided_by,
            c.decided_at,
            c.meeting_id,
            c.reverses_id,
        )
        for c, label in rows
    ]
