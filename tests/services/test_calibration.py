"""Calibration (DOMAIN §5, DESIGN §2): the committee's moves are new rows with a reason, undo and redo are
compensating rows, the computed placement stays beside the decision, and re-mapping keeps every decision.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from talenta_desktop.domain.ninebox import box_number
from talenta_desktop.models import AuditEvent, Calibration, Placement, TalentPeriod
from talenta_desktop.services.audit import verify_chain
from talenta_desktop.services.talent.calibration import (
    CalibrationError,
    calibrate,
    calibrations_of,
    current_box,
    reverse_calibration,
)
from talenta_desktop.services.talent.mapping import map_period
from talenta_desktop.services.talent.periods import PeriodError, get_period
from talenta_desktop.services.talent.talent_map import deviations, talent_map


def _count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def _uncalibrated(session, label: str = "2025", skip: int = 0) -> tuple[int, int]:
    """(person id, computed box) of a placed person nobody has moved in this period."""
    tm = talent_map(session, label)
    rows = tm.placed[tm.placed["calibration_id"].isna()]
    row = rows.iloc[skip]
    return int(row["person_id"]), int(row["computed_box"])


def _other(box: int, *avoid: int) -> int:
    return next(b for b in (9, 1, 5, 7, 3) if b != box and b not in avoid)


def _period_id(session, label: str) -> int:
    return session.scalar(select(TalentPeriod.id).where(TalentPeriod.label == label))


def _last_event(session) -> AuditEvent:
    return session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()


def test_calibration_sets_the_current_box_beside_the_computed_one(demo_db, actor):
    with demo_db.transaction() as session:
        pid, computed = _uncalibrated(session)
        target = _other(computed)
        result = calibrate(session, actor, "2025", pid, target, "Capaian program prioritas di atas target")
    assert (result.before_box, result.after_box, result.computed_box) == (computed, target, computed)
    assert result.reverses_id is None
    with demo_db.session() as session:
        assert current_box(session, _period_id(session, "2025"), pid) == (computed, target)
        row = talent_map(session, "2025").frame.set_index("person_id").loc[pid]
        assert (row["computed_box"], row["box"], bool(row["calibrated"])) == (computed, target, True)
        assert row["calibration_reason"] == "Capaian program prioritas di atas target"
        assert row["calibrated_by"] == actor.username
        stored = session.get(Calibration, result.id)
        assert box_number(stored.kinerja_before, stored.potensial_before) == computed
        assert box_number(stored.kinerja_after, stored.potensial_after) == target
        event = _last_event(session)
        assert (event.action, event.entity, event.entity_id) == ("calibration.create", "person", str(pid))
        assert event.before == {"period": "2025", "box": computed}
        assert event.after["box"] == target and event.after["calibration_id"] == result.id
        assert event.after["reason"] == "Capaian program prioritas di atas target"
        assert verify_chain(session)[1] is None


@pytest.mark.parametrize("reason", ["", "   \n", None])
def test_a_reason_is_required(demo_db, actor, reason):
    with demo_db.transaction() as session:
        pid, computed = _uncalibrated(session)
        rows, events = _count(session, Calibration), _count(session, AuditEvent)
        with pytest.raises(CalibrationError, match="Alasan kalibrasi wajib diisi"):
            calibrate(session, actor, "2025", pid, _other(computed), reason)
        assert (_count(session, Calibration), _count(session, AuditEvent)) == (rows, events)


def test_moving_to_the_same_box_is_refused(demo_db, actor):
    with demo_db.transaction() as session:
        pid, computed = _uncalibrated(session)
        with pytest.raises(CalibrationError, match=f"sudah berada di kotak {computed}"):
            calibrate(session, actor, "2025", pid, computed, "Tidak berubah")


@pytest.mark.parametrize("box", [0, 10, -1])
def test_a_box_outside_1_to_9_is_refused(demo_db, actor, box):
    with demo_db.transaction() as session:
        pid, _ = _uncalibrated(session)
        with pytest.raises(CalibrationError, match=f"harus 1–9, bukan {box}"):
            calibrate(session, actor, "2025", pid, box, "Salah ketik")


def test_a_person_in_the_holding_area_cannot_be_calibrated(demo_db, actor):
    with demo_db.transaction() as session:
        held = talent_map(session, "2025").holding.iloc[0]
        rows = _count(session, Calibration)
        with pytest.raises(CalibrationError, match="belum dapat dipetakan pada periode 2025") as error:
            calibrate(session, actor, "2025", int(held["person_id"]), 5, "Komite menilai layak")
        assert held["nip"] in str(error.value)
        assert _count(session, Calibration) == rows


def test_a_closed_period_refuses_moves_and_undo(demo_db, actor):
    with demo_db.transaction() as session:
        assert get_period(session, "2024").status == "closed"
        pid, computed = _uncalibrated(session, "2024")
        rows = _count(session, Calibration)
        with pytest.raises(PeriodError, match="2024 sudah ditutup"):
            calibrate(session, actor, "2024", pid, _other(computed), "Terlambat")
        decided = session.scalars(
            select(Calibration).where(Calibration.period_id == _period_id(session, "2024")).limit(1)
        ).one()
        with pytest.raises(PeriodError, match="sudah ditutup"):
            reverse_calibration(session, actor, decided.id)
        assert _count(session, Calibration) == rows


def test_undo_is_a_new_row_that_restores_the_previous_box(demo_db, actor):
    with demo_db.transaction() as session:
        pid, computed = _uncalibrated(session)
        target = _other(computed)
        move = calibrate(session, actor, "2025", pid, target, "Memimpin tim kerja lintas OPD")
        rows = _count(session, Calibration)
        undo = reverse_calibration(session, actor, move.id)
    assert undo.id != move.id and undo.reverses_id == move.id
    assert (undo.before_box, undo.after_box) == (target, computed)
    assert undo.reason == f"Pembatalan kalibrasi #{move.id} (Memimpin tim kerja lintas OPD)"
    with demo_db.session() as session:
        assert _count(session, Calibration) == rows + 1  # nothing deleted, one row added
        original = session.get(Calibration, move.id)
        assert box_number(original.kinerja_after, original.potensial_after) == target  # untouched
        assert current_box(session, _period_id(session, "2025"), pid) == (computed, computed)
        assert pid not in set(deviations(talent_map(session, "2025").frame)["person_id"])
        event = _last_event(session)
        assert event.action == "calibration.reverse"
        assert event.after["reverses_id"] == move.id and event.after["box"] == computed
        assert verify_chain(session)[1] is None
        history = [(c.before_box, c.after_box, c.reverses_id) for c in calibrations_of(session, pid)]
        assert history[-2:] == [(computed, target, None), (target, computed, move.id)]


def test_redo_reverses_the_reversal(demo_db, actor):
    with demo_db.transaction() as session:
        pid, computed = _uncalibrated(session)
        target = _other(computed)
        move = calibrate(session, actor, "2025", pid, target, "Inovasi pelayanan tingkat provinsi")
        undo = reverse_calibration(session, actor, move.id, "Data pendukung belum lengkap")
        redo = reverse_calibration(session, actor, undo.id, "Data pendukung sudah diterima")
    assert redo.reverses_id == undo.id
    assert (redo.before_box, redo.after_box) == (computed, target)
    with demo_db.session() as session:
        assert current_box(session, _period_id(session, "2025"), pid) == (computed, target)
        assert [
            e.action for e in session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(2))
        ] == [
            "calibration.reverse",
            "calibration.reverse",
        ]
        assert verify_chain(session)[1] is None


def test_an_outdated_move_cannot_be_reversed_until_the_later_one_is(demo_db, actor):
    with demo_db.transaction() as session:
        pid, a = _uncalibrated(session)
        b = _other(a)
        c = _other(a, b)
        first = calibrate(session, actor, "2025", pid, b, "Rapat pertama")
        second = calibrate(session, actor, "2025", pid, c, "Rapat kedua")
        rows = _count(session, Calibration)
        with pytest.raises(CalibrationError, match=f"sudah dipindah lagi \\(kini kotak {c}\\)"):
            reverse_calibration(session, actor, first.id)
        assert _count(session, Calibration) == rows
        # undoing in order works: the second move, then the first
        assert reverse_calibration(session, actor, second.id).after_box == b
        assert reverse_calibration(session, actor, first.id).after_box == a
        assert current_box(session, _period_id(session, "2025"), pid) == (a, a)


def test_unknown_calibration_is_refused(demo_db, actor):
    with demo_db.transaction() as session, pytest.raises(CalibrationError, match="#999999 tidak ditemukan"):
        reverse_calibration(session, actor, 999999)


def test_deviations_are_exactly_the_people_moved_away_from_their_computed_box(demo_db, actor):
    with demo_db.transaction() as session:
        period_id = _period_id(session, "2025")
        kept, computed = _uncalibrated(session, skip=0)
        calibrate(session, actor, "2025", kept, _other(computed), "Rekam jejak kepemimpinan")
        undone, computed2 = _uncalibrated(session, skip=1)
        move = calibrate(session, actor, "2025", undone, _other(computed2), "Salah orang")
        reverse_calibration(session, actor, move.id)
        # the latest decision per person, straight from the rows
        expected = set()
        latest: dict[int, Calibration] = {}
        for row in session.scalars(
            select(Calibration).where(Calibration.period_id == period_id).order_by(Calibration.id)
        ):
            latest[row.person_id] = row
        for pid, row in latest.items():
            computed_now, _ = current_box(session, period_id, pid)
            if (
                computed_now is not None
                and box_number(row.kinerja_after, row.potensial_after) != computed_now
            ):
                expected.add(pid)
        frame = talent_map(session, "2025").frame
    found = deviations(frame)
    assert set(found["person_id"]) == expected
    assert kept in expected and undone not in expected
    assert (found["box"] != found["computed_box"]).all()
    assert found["calibration_reason"].notna().all()


def _computed_boxes(session, run_id: int) -> dict[int, int | None]:
    rows = session.execute(
        select(Placement.person_id, Placement.kinerja_level, Placement.potensial_level).where(
            Placement.run_id == run_id
        )
    )
    return {pid: box_number(k, p) if k is not None else None for pid, k, p in rows}


def test_remapping_keeps_calibrations_and_lists_the_computed_changes(demo_db, actor):
    with demo_db.transaction() as session:
        period_id = _period_id(session, "2025")
        old_run = get_period(session, "2025").last_run_id
        pid, computed = _uncalibrated(session)
        target = _other(computed)
        calibrate(session, actor, "2025", pid, target, "Penugasan khusus berhasil")
        decided = {
            int(r["person_id"]): int(r["box"])
            for _, r in deviations(talent_map(session, "2025").frame).iterrows()
        }
        rows = _count(session, Calibration)
        summary = map_period(session, actor, "2025", "JPM pemetaan")
    assert not summary.first_run
    assert summary.scheme == "JPM pemetaan (versi 1)"
    with demo_db.session() as session:
        assert _count(session, Calibration) == rows  # re-mapping neither adds nor removes decisions
        before, after = _computed_boxes(session, old_run), _computed_boxes(session, summary.run_id)
        changed = {p for p in after if before.get(p) != after[p]}
        assert {c.person_id for c in summary.changes} == changed
        assert changed  # another scheme does move people
        for change in summary.changes:
            assert (change.before, change.after) == (before[change.person_id], after[change.person_id])
        still_placed = [p for p in decided if after[p] is not None]
        assert pid in still_placed
        for p in still_placed:
            assert current_box(session, period_id, p) == (after[p], decided[p])
        frame = talent_map(session, "2025").frame.set_index("person_id")
        assert frame.at[pid, "box"] == target
        assert frame.at[pid, "computed_box"] == after[pid]


def test_the_latest_decision_is_the_one_decided_last_not_the_one_inserted_last(demo_db, actor):
    # An exchange package can bring in a calibration made elsewhere before one already here: the time it
    # was decided, not the order the rows arrived in, says which one holds.
    from datetime import timedelta

    with demo_db.transaction() as session:
        pid, computed = _uncalibrated(session)
        here = calibrate(session, actor, "2025", pid, _other(computed), "Diputuskan di sini, kemudian")
        earlier = calibrate(session, actor, "2025", pid, _other(computed, here.after_box), "Dari laptop OPD")
        moved = session.get(Calibration, earlier.id)
        moved.decided_at = session.get(Calibration, here.id).decided_at - timedelta(days=2)
    with demo_db.session() as session:
        assert current_box(session, _period_id(session, "2025"), pid) == (computed, here.after_box)
        row = talent_map(session, "2025").frame.set_index("person_id").loc[pid]
        assert (row["box"], row["calibration_reason"]) == (here.after_box, "Diputuskan di sini, kemudian")
        history = [c.reason for c in calibrations_of(session, pid) if c.period_label == "2025"]
        assert history[-2:] == ["Dari laptop OPD", "Diputuskan di sini, kemudian"]
