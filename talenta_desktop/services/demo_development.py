"""The demo agency's development plans and succession, decided in Komite meeting 1 (DOMAIN §6, §7).

Critical posts: every JPT Pratama (jabatan target) and a few administrator posts (jabatan kritikal), with
their incumbents. Successors are proposed from the eligible KRS with varied readiness; the committee
confirms some. The post whose incumbent retires first is left without anyone ready now — the case the
succession page must flag. Draft plans for the middle boxes of a few OPDs; some are approved in the
meeting and under way. Everything goes through the services, like a user's work.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from talenta_desktop.domain.dates import retirement_date
from talenta_desktop.domain.jabatan import bup_of
from talenta_desktop.models import Person, Unit

from .actor import Actor
from .committee import MeetingInfo
from .development.plans import approve_plan, bulk_create_plans, get_plan, plans_frame, update_activity
from .succession.candidates import candidates
from .succession.posts import confirm_successor, create_post, propose_successor
from .talent.talent_map import TalentMap, talent_map

# Administrator posts treated as critical (service delivery that cannot wait for a vacancy).
_KRITIKAL = (
    "Camat",
    "Kepala Bidang Kesehatan Masyarakat",
    "Kepala Bagian Pemerintahan",
    "Sekretaris Inspektorat",
)
_PLAN_BOXES = (5, 6, 7, 8)
_PLAN_LIMIT = 600  # draft plans the demo makes at most
_APPROVED_PLANS = 12
_READINESS = ("siap_sekarang", "siap_1_2", "siap_3")


@dataclass(frozen=True)
class DevelopmentDemoSummary:
    posts: int
    successors: int
    confirmed: int
    plans: int
    approved: int


def _posts(session: Session, actor: Actor) -> list[tuple[int, date | None]]:
    """(post id, incumbent's retirement) for the JPT Pratama posts and the critical administrator posts."""
    people = session.scalars(
        select(Person).where(Person.jenjang_jabatan.in_(("JPT Pratama", "Administrator"))).order_by(Person.id)
    ).all()
    made = []
    camat = 0
    for person in people:
        if person.jenjang_jabatan == "Administrator":
            if not person.jabatan_nama.startswith(_KRITIKAL):
                continue
            if person.jabatan_nama.startswith("Camat"):
                camat += 1
                if camat > 2:  # two districts are enough to show the kind
                    continue
        target = person.jenjang_jabatan == "JPT Pratama"
        post_id = create_post(
            session, actor, person.jabatan_nama, kind="target" if target else "kritikal",
            jenjang_jabatan=person.jenjang_jabatan, unit_id=person.unit_id, jenis_jabatan="struktural",
            eselon=person.eselon, min_golongan="IV/a" if target else "III/d", incumbent_id=person.id,
            successors_needed=3 if target else 2,
        )  # fmt: skip
        made.append((post_id, retirement_date(person.tanggal_lahir, bup_of(person.jenjang_jabatan))))
    return made


def build_development_demo(
    session: Session, actor: Actor, meeting: MeetingInfo, rng: np.random.Generator
) -> DevelopmentDemoSummary:
    """Posts, successors and plans; confirmations and approvals in ``meeting`` (which must be active)."""
    label = meeting.period_label
    posts = _posts(session, actor)
    first_to_retire = min((p for p in posts if p[1] is not None), key=lambda p: p[1], default=(None, None))[0]
    successors = confirmed = 0
    taken: set[int] = set()
    talent = talent_map(session, label)  # proposals change no box: one map serves every post
    for post_id, _ in posts:
        pool = candidates(session, label, post_id, eligible_only=True, talent=talent)
        pool = pool[~pool["person_id"].isin(taken)]
        picks = pool["person_id"].head(1 + int(rng.integers(3))).tolist()
        for order, person_id in enumerate(picks):
            if post_id == first_to_retire:
                readiness = "siap_1_2" if order == 0 else "siap_3"
            else:
                readiness = (
                    _READINESS[0]
                    if order == 0 and rng.random() < 0.7
                    else _READINESS[1 + int(rng.integers(2))]
                )
            successor_id = propose_successor(
                session, actor, label, post_id, int(person_id), readiness, talent=talent
            )
            taken.add(int(person_id))
            successors += 1
            if order == 0 and rng.random() < 0.6:
                confirm_successor(session, actor, meeting.id, successor_id)
                confirmed += 1

    units = _plan_units(session, talent)
    bulk_create_plans(session, actor, label, _PLAN_BOXES, unit_ids=units)
    frame = plans_frame(session, label)
    approved = 0
    for plan_id in frame.sort_values("plan_id")["plan_id"].head(_APPROVED_PLANS):
        approve_plan(session, actor, meeting.id, int(plan_id))
        approved += 1
        _under_way(session, actor, int(plan_id), rng)
    return DevelopmentDemoSummary(len(posts), successors, confirmed, len(frame), approved)


def _plan_units(session: Session, talent: TalentMap) -> list[int]:
    """The units of the first OPDs (after the Sekretariat Daerah) whose middle boxes together stay within
    _PLAN_LIMIT people: a region starts with a few OPDs, and a large demo stays quick to build."""
    parent = {u.id: u.parent_id for u in session.scalars(select(Unit))}

    def top_of(unit_id: int) -> int:
        while parent.get(unit_id) is not None:
            unit_id = parent[unit_id]
        return unit_id

    middle = talent.placed[talent.placed["box"].isin(_PLAN_BOXES)]
    per_top = middle["unit_id"].dropna().astype(int).map(top_of).value_counts()
    chosen: list[int] = []
    total = 0
    for top in sorted(u for u, p in parent.items() if p is None)[1:]:
        count = int(per_top.get(top, 0))
        if chosen and total + count > _PLAN_LIMIT:
            break
        chosen.append(top)
        total += count
    return [u for u in parent if top_of(u) in chosen]


def _under_way(session: Session, actor: Actor, plan_id: int, rng: np.random.Generator) -> None:
    """An approved plan in progress: the coaching started, and a short activity already done."""
    for activity in get_plan(session, plan_id).activities:
        if activity.kind in ("coaching", "mentoring", "konseling"):
            update_activity(session, actor, activity.id, status="berjalan",
                            mentor_name="Atasan langsung" if activity.kind != "mentoring" else None)  # fmt: skip
        elif activity.kind in ("e_learning", "workshop") or rng.random() < 0.2:
            update_activity(session, actor, activity.id, status="selesai", completed_on=date(2026, 1, 14),
                            evidence=f"Sertifikat nomor {int(rng.integers(100, 999))}/BKPSDM/I/2026")  # fmt: skip
