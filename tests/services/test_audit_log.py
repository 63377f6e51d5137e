"""Reading the audit log: filters by user, kind, local date and person; newest-first pages; exports that
read back and are themselves logged; the chain's first broken link; administrators only."""

from __future__ import annotations

import csv
import time
from datetime import UTC, date, datetime, timedelta

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, text

from talenta_desktop.models import AuditEvent, Person
from talenta_desktop.services import audit as audit_service
from talenta_desktop.services.actor import Actor
from talenta_desktop.services.audit import record
from talenta_desktop.services.audit_log import (
    ACTION_LABELS,
    EXPORT_HEADERS,
    FIELD_LABELS,
    AuditExportCancelled,
    AuditExportError,
    AuditFilter,
    action_label,
    audit_choices,
    audit_events,
    chain_status,
    export_audit_log,
    summarize,
)
from talenta_desktop.services.export_log import KIND_LABELS, export_log, record_export
from talenta_desktop.services.permissions import PermissionDenied

ANI = Actor("ani")  # administrators, as the default test actor
BUDI = Actor("budi")


def _write(db, actor: Actor, action: str, *, at: datetime | None = None, monkeypatch=None, **kwargs) -> int:
    if at is not None:
        monkeypatch.setattr(audit_service, "utcnow", lambda: at)
    with db.transaction() as session:
        return record(session, actor, action, **kwargs).id


def _all(session, actor, flt=None):
    return audit_events(session, actor, flt, limit=10_000)


@pytest.fixture
def jakarta(monkeypatch):
    """The computer's clock set to West Indonesia Time (UTC+7), as the agencies' laptops are."""
    monkeypatch.setenv("TZ", "Asia/Jakarta")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


# -- filters ---------------------------------------------------------------------------------------------


def test_filter_by_user_and_kind(db, actor):
    _write(db, ANI, "calibration.create", entity="person", entity_id=1, after={"box": 8})
    _write(db, BUDI, "calibration.reverse", entity="person", entity_id=1, after={"box": 5})
    _write(db, BUDI, "meeting.create", entity="meeting", entity_id=1, after={"number": "BA-01"})
    _write(db, ANI, "meeting.finalize", entity="meeting", entity_id=1)
    with db.session() as session:
        assert _all(session, actor).total == 4
        by_budi = _all(session, actor, AuditFilter(user="budi"))
        assert {r.actor for r in by_budi.rows} == {"budi"} and by_budi.total == 2
        calibrations = _all(session, actor, AuditFilter(kind="calibration"))
        assert [r.action for r in calibrations.rows] == ["calibration.reverse", "calibration.create"]
        exact = _all(session, actor, AuditFilter(kind="meeting.finalize"))
        assert [r.action for r in exact.rows] == ["meeting.finalize"]
        both = _all(session, actor, AuditFilter(user="ani", kind="meeting"))
        assert [r.action for r in both.rows] == ["meeting.finalize"]
        assert _all(session, actor, AuditFilter(user="nobody")).total == 0


def test_kind_group_is_a_whole_first_word(db, actor):
    """ "meeting" means meeting.*, not an action that merely starts with the same letters."""
    _write(db, ANI, "meeting.create")
    _write(db, ANI, "meeting_room.book")
    with db.session() as session:
        assert [r.action for r in _all(session, actor, AuditFilter(kind="meeting")).rows] == [
            "meeting.create"
        ]


def test_dates_are_the_users_local_calendar_days(db, actor, monkeypatch, jakarta):
    # 20.00 UTC on 1 March is 03.00 on 2 March in Jakarta: the event belongs to 2 March there.
    late = _write(
        db, ANI, "period.create", at=datetime(2025, 3, 1, 20, 0, tzinfo=UTC), monkeypatch=monkeypatch
    )
    early = _write(
        db, ANI, "period.status", at=datetime(2025, 3, 1, 10, 0, tzinfo=UTC), monkeypatch=monkeypatch
    )
    later = _write(
        db, ANI, "mapping.run", at=datetime(2025, 3, 3, 16, 59, tzinfo=UTC), monkeypatch=monkeypatch
    )
    last = _write(db, ANI, "mapping.run", at=datetime(2025, 3, 3, 17, 0, tzinfo=UTC), monkeypatch=monkeypatch)

    def ids(**kwargs):
        with db.session() as session:
            return [r.id for r in _all(session, actor, AuditFilter(**kwargs)).rows]

    assert ids(date_from=date(2025, 3, 2), date_to=date(2025, 3, 2)) == [late]
    assert ids(date_to=date(2025, 3, 1)) == [early]
    # both ends included: 3 March ends at 23.59 Jakarta time, 16.59 UTC
    assert ids(date_from=date(2025, 3, 2), date_to=date(2025, 3, 3)) == [later, late]
    assert ids(date_from=date(2025, 3, 4)) == [last]
    assert ids(date_from=date(2025, 3, 3), date_to=date(2025, 3, 2)) == []  # the wrong way round: nothing


def _calibrated_person(db) -> tuple[int, str, str]:
    """A demo person whose box the committee calibrated, and who was discussed in a meeting."""
    with db.session() as session:
        calibrated = {
            int(e) for e in session.scalars(select(AuditEvent.entity_id).where(AuditEvent.entity == "person"))
        }
        noted = {
            (e or {}).get("person_id")
            for e in session.scalars(select(AuditEvent.after).where(AuditEvent.action == "meeting.note"))
        }
        person_id = min(calibrated & noted)
        person = session.get(Person, person_id)
        return person_id, person.nip, person.nama


def test_filter_by_person_finds_every_way_an_event_names_them(demo_db, actor):
    person_id, nip, nama = _calibrated_person(demo_db)
    with demo_db.transaction() as session:  # a profile report names its person by NIP only
        record_export(session, actor, "report.profile", "/tmp/profil.pdf", rows=1, nip=nip, period="2025")
    with demo_db.session() as session:
        by_id = _all(session, actor, AuditFilter(person=person_id))
        actions = {r.action for r in by_id.rows}
        assert {"calibration.create", "meeting.note", "export.report.profile"} <= actions
        assert all(r.person_id == person_id for r in by_id.rows)
        assert all(r.person_nip == nip and r.person_name == nama for r in by_id.rows)
        # the same events, however the person is typed
        written = f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
        for spec in (nip, written, nama.upper()):
            page = _all(session, actor, AuditFilter(person=spec))
            if spec == nama.upper():  # a name may be shared: at least this person's events
                assert {r.id for r in by_id.rows} <= {r.id for r in page.rows}
            else:
                assert [r.id for r in page.rows] == [r.id for r in by_id.rows]
                assert page.matched_people == 1
        nobody = _all(session, actor, AuditFilter(person="Tidak Ada Orang Bernama Ini"))
        assert nobody.total == 0 and nobody.matched_people == 0
        # and combined with a kind
        only = _all(session, actor, AuditFilter(person=person_id, kind="calibration"))
        assert only.rows and {r.group for r in only.rows} == {"calibration"}


def test_filter_by_person_follows_plans_and_successors(demo_db, actor):
    with demo_db.session() as session:
        activity = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "development.activity_update").limit(1)
        ).one()
        rows = _all(session, actor, AuditFilter(kind="development.activity_update")).rows
        person_id = next(r.person_id for r in rows if r.id == activity.id)
        assert person_id is not None
        assert activity.id in {r.id for r in _all(session, actor, AuditFilter(person=person_id)).rows}
        confirmed = _all(session, actor, AuditFilter(kind="succession.confirm")).rows
        assert confirmed and all(r.person_name for r in confirmed)
        someone = confirmed[0]
        assert someone.id in {r.id for r in _all(session, actor, AuditFilter(person=someone.person_id)).rows}


# -- pages -----------------------------------------------------------------------------------------------


def test_pages_are_newest_first_and_do_not_overlap(db, actor):
    for i in range(25):
        _write(db, ANI, "setting.save", entity="setting", entity_id=f"kunci{i}", after={"value": i})
    with db.session() as session:
        first = audit_events(session, actor, limit=10)
        assert first.total == 25 and [r.id for r in first.rows] == list(range(25, 15, -1))
        second = audit_events(session, actor, limit=10, before_id=first.last_id, with_total=False)
        third = audit_events(session, actor, limit=10, before_id=second.last_id, with_total=False)
        assert second.total == -1
        ids = [r.id for page in (first, second, third) for r in page.rows]
        assert ids == list(range(25, 0, -1))
        by_offset = audit_events(session, actor, limit=10, offset=20)
        assert [r.id for r in by_offset.rows] == [5, 4, 3, 2, 1]
        filtered = audit_events(session, actor, AuditFilter(user="nobody"), limit=10)
        assert filtered.rows == () and filtered.last_id is None


def test_choices_list_users_and_kinds_with_counts(db, actor):
    _write(db, ANI, "calibration.create")
    _write(db, ANI, "calibration.create")
    _write(db, BUDI, "meeting.finalize")
    with db.session() as session:
        choices = audit_choices(session, actor)
    assert choices.users == (("ani", 2), ("budi", 1))
    codes = [(k.code, k.count, k.is_group) for k in choices.kinds]
    assert codes == [
        ("calibration", 2, True),
        ("calibration.create", 2, False),
        ("meeting", 1, True),
        ("meeting.finalize", 1, False),
    ]
    assert choices.kinds[1].label == "Kotak talenta dikalibrasi"


# -- words -----------------------------------------------------------------------------------------------


def test_every_demo_action_has_a_label(demo_db, actor):
    with demo_db.session() as session:
        actions = {k.code for k in audit_choices(session, actor).kinds if not k.is_group}
    assert actions <= set(ACTION_LABELS)


def test_labels_and_summaries_read_as_indonesian():
    assert action_label("calibration.create") == "Kotak talenta dikalibrasi"
    assert action_label("export.audit") == f"Ekspor: {KIND_LABELS['audit']}"
    assert action_label("privacy.purge") == "Privasi data: purge"  # a new action still reads
    line = summarize(
        "calibration.create",
        {"period": "2025", "box": 9},
        {"period": "2025", "box": 7, "reason": "Potensi belum teruji", "calibration_id": 4},
    )
    assert line == "kotak 9 → 7, periode 2025 · alasan: Potensi belum teruji"
    assert summarize("period.status", {"status": "open"}, {"status": "closed"}) == "status: terbuka → ditutup"
    assert summarize("meeting.pause", None, None) == ""
    long = summarize("meeting.minutes", None, {"note": "x" * 500})
    assert len(long) <= 160 and long.endswith("…")
    assert FIELD_LABELS["reason"] == "alasan"


# -- export ----------------------------------------------------------------------------------------------


def _some_events(db) -> None:
    _write(db, ANI, "calibration.create", entity="person", entity_id=7, after={"box": 8, "reason": "Kinerja"})
    _write(db, BUDI, "meeting.finalize", entity="meeting", entity_id=1, after={"number": "BA/01"})
    _write(db, ANI, "setting.save", entity="setting", entity_id="tema", after={"value": "terang"})


def test_export_xlsx_reads_back_with_header_frozen(db, actor, tmp_path):
    _some_events(db)
    out = tmp_path / "log.xlsx"
    with db.transaction() as session:
        export = export_audit_log(session, actor, AuditFilter(user="ani"), out)
    assert export.rows == 2 and export.path == out
    assert not list(tmp_path.glob("*.partial"))
    sheet = load_workbook(out).active
    assert sheet.freeze_panes == "A2"
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == EXPORT_HEADERS
    assert [r[0] for r in rows[1:]] == [3, 1]  # newest first, only ani's
    assert rows[2][3] == "Kotak talenta dikalibrasi" and rows[2][4] == "calibration.create"
    assert isinstance(rows[2][1], datetime)
    assert '"reason": "Kinerja"' in rows[2][10]


def test_export_keeps_typed_text_as_text(db, actor, tmp_path):
    """Text that looks like a formula, or carries a control character, is written as plain text."""
    _write(db, ANI, "setting.save", entity="setting", entity_id="=SUM(1,2)\x07")
    out = tmp_path / "log.xlsx"
    with db.transaction() as session:
        export_audit_log(session, actor, None, out)
    sheet = load_workbook(out).active
    assert sheet.cell(2, 7).value == "=SUM(1,2)" and sheet.cell(2, 7).data_type == "s"
    assert sheet.cell(2, 9).value == "=SUM(1,2)" and sheet.cell(2, 9).data_type == "s"


def test_export_csv_reads_back_and_is_logged(db, actor, tmp_path):
    _some_events(db)
    out = tmp_path / "log.csv"
    with db.transaction() as session:
        export = export_audit_log(session, actor, AuditFilter(kind="meeting"), out)
    assert export.rows == 1
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert tuple(rows[0]) == EXPORT_HEADERS
    assert rows[1][0] == "2" and rows[1][2] == "budi" and rows[1][4] == "meeting.finalize"
    with db.session() as session:
        logged = export_log(session)[0]
        assert logged.kind == "audit" and logged.rows == 1 and logged.actor == actor.username
        assert logged.path == str(out.resolve())
        assert logged.details["filter"] == {"kind": "meeting"}
        assert logged.label == KIND_LABELS["audit"]
        # the export is itself an event of the log, and the chain still holds
        newest = audit_events(session, actor, limit=1).rows[0]
        assert newest.action == "export.audit"
        assert chain_status(session, actor).intact


def test_export_refuses_other_formats_and_a_cancel_leaves_nothing(db, actor, tmp_path):
    _some_events(db)
    with db.transaction() as session, pytest.raises(AuditExportError, match="xlsx"):
        export_audit_log(session, actor, None, tmp_path / "log.pdf")
    with pytest.raises(AuditExportCancelled), db.transaction() as session:
        export_audit_log(session, actor, None, tmp_path / "log.xlsx", cancel=lambda: True)
    assert not list(tmp_path.glob("log.*"))
    with db.session() as session:
        assert export_log(session) == []


def test_export_streams_in_chunks(db, actor, tmp_path, monkeypatch):
    """More events than one chunk: each event once, newest first, progress reported to 100%."""
    import talenta_desktop.services.audit_log as audit_log

    monkeypatch.setattr(audit_log, "_CHUNK", 7)
    for i in range(30):
        _write(db, ANI, "setting.save", entity="setting", entity_id=str(i))
    seen: list[int] = []
    with db.transaction() as session:
        export = export_audit_log(
            session, actor, None, tmp_path / "log.csv", progress=lambda p, _s: seen.append(p)
        )
    assert export.rows == 30 and seen[-1] == 100
    with (tmp_path / "log.csv").open(encoding="utf-8-sig", newline="") as fh:
        ids = [int(r[0]) for r in list(csv.reader(fh))[1:]]
    assert ids == list(range(30, 0, -1))


# -- permissions and the chain ---------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["operator", "komite", "pembaca"])
def test_only_administrators_read_or_export_the_log(db, tmp_path, role):
    _some_events(db)
    other = Actor("siti", role)
    with db.session() as session:
        for call in (
            lambda: audit_events(session, other),
            lambda: audit_choices(session, other),
            lambda: chain_status(session, other),
            lambda: export_audit_log(session, other, None, tmp_path / "log.xlsx"),
        ):
            with pytest.raises(PermissionDenied, match="log audit"):
                call()
    assert not (tmp_path / "log.xlsx").exists()


def test_a_tampered_event_is_the_first_broken_link(db, actor):
    _some_events(db)
    with db.session() as session:
        status = chain_status(session, actor)
    assert status.intact and status.events == 3 and "utuh" in status.message
    with db.engine.begin() as conn:
        conn.execute(
            text("""UPDATE audit_event SET after = '{"box": 9, "reason": "Kinerja"}' WHERE id = 1""")
        )
    with db.session() as session:
        status = chain_status(session, actor)
        at = session.scalar(select(AuditEvent.at).where(AuditEvent.id == 1))
    assert not status.intact
    assert status.broken_id == 1 and status.events == 3
    assert status.broken_at == at and status.broken_at.tzinfo is not None
    assert "diubah" in status.reason
    assert "#1" in status.message


def test_a_deleted_event_is_named(db, actor):
    _some_events(db)
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_event WHERE id = 2"))
    with db.session() as session:
        status = chain_status(session, actor)
    assert status.broken_id == 2 and status.broken_at is None and "hilang" in status.reason


def test_times_are_aware_utc(db, actor):
    _write(db, ANI, "setting.save")
    with db.session() as session:
        row = audit_events(session, actor).rows[0]
    assert row.at.tzinfo is not None and abs(datetime.now(UTC) - row.at) < timedelta(minutes=5)
