"""A small committee meeting for service tests that need a decision taken (approvals, confirmations)."""

from __future__ import annotations

from datetime import date

from talenta_desktop.services.committee import (
    activate_meeting,
    active_meeting,
    add_member,
    create_committee,
    create_meeting,
    pause_meeting,
    set_attendance,
)


def committee_meeting(session, actor, *, period: str, serial: int, title: str, opened: bool = True) -> int:
    """A committee of three with everyone present and its meeting ``…/BA-<serial>/…``, opened unless told
    (any meeting already being held is paused first: decisions are taken in the one meeting being held)."""
    if opened and (held := active_meeting(session)) is not None:
        pause_meeting(session, actor, held.id)
    committee = create_committee(
        session, actor, "Komite Talenta Instansi (uji)", sk_number=f"800.1.3/{serial}/KPTS/BKPSDM/2025",
        sk_date=date(2025, 10, 1), serves_from=date(2025, 10, 1),
    )  # fmt: skip
    members = [
        add_member(session, actor, committee.id, role="ketua", nama="Drs. Hendra Saputra, M.Si."),
        add_member(session, actor, committee.id, role="sekretaris", nama="Rahmawati, S.Sos., M.A.P."),
        add_member(session, actor, committee.id, role="anggota", nama="Dr. Arif Budiman, M.M."),
    ]
    meeting = create_meeting(
        session, actor, committee.id, period_label=period, number=f"800.1.3/BA-{serial}/KT/2025", title=title,
        held_on=date(2025, 11, 24), starts_at="09.00", place="Ruang Rapat BKPSDM",
    )  # fmt: skip
    for member in members:
        set_attendance(session, actor, meeting.id, member.id, "hadir")
    return activate_meeting(session, actor, meeting.id).id if opened else meeting.id
