"""The audit trail: one event per write, hash-chained, tampering found and named."""

from __future__ import annotations

import itertools
from datetime import date

from sqlalchemy import select, text

from talenta_desktop.models import AuditEvent
from talenta_desktop.services.audit import record, verify_chain, verify_database


def _write_events(db, actor, count: int) -> None:
    for i in range(count):
        with db.transaction() as session:
            record(
                session,
                actor,
                "uji.tulis",
                entity="person",
                entity_id=i,
                after={"nomor": i, "tgl": date(2025, 1, i + 1)},
            )


def test_events_chain_from_genesis_and_verify(db, actor):
    _write_events(db, actor, 5)
    with db.session() as session:
        events = session.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
        assert [e.id for e in events] == [1, 2, 3, 4, 5]
        assert events[0].prev_hash == "0" * 64
        assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(events))
        assert events[2].after == {"nomor": 2, "tgl": "2025-01-03"}
        assert events[2].actor == "penguji"
        assert verify_chain(session) == (5, None)
        assert verify_database(session).ok


def test_event_is_rolled_back_with_its_write(db, actor):
    try:
        with db.transaction() as session:
            record(session, actor, "uji.gagal")
            raise RuntimeError("the write fails")
    except RuntimeError:
        pass
    with db.session() as session:
        assert session.scalar(select(AuditEvent.id)) is None


def test_changed_content_is_found_at_that_row(db, actor):
    _write_events(db, actor, 5)
    with db.engine.begin() as conn:
        conn.execute(text("""UPDATE audit_event SET after = '{"nomor": 99}' WHERE id = 3"""))
    with db.session() as session:
        report = verify_database(session)
    assert not report.ok
    assert report.chain_break.event_id == 3
    assert "diubah" in report.chain_break.reason


def test_rehashed_row_breaks_the_link_to_the_next(db, actor):
    _write_events(db, actor, 4)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_event SET hash = '" + "e" * 64 + "' WHERE id = 2"))
    with db.session() as session:
        _, chain_break = verify_chain(session)
    assert chain_break.event_id == 2


def test_deleted_row_is_found(db, actor):
    _write_events(db, actor, 4)
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_event WHERE id = 2"))
    with db.session() as session:
        _, chain_break = verify_chain(session)
    assert chain_break.event_id == 2
    assert "hilang" in chain_break.reason
