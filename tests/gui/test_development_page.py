"""The Pengembangan page driven as BKPSDM staff would: draft plans for the middle boxes, a plan opened,
an activity added, one marked done (refused without evidence), the committee's approval only during a
meeting, late activities in red, and the list filtered."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date, timedelta

import pandas as pd
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

import talenta_desktop.ui.development.detail as detail_module
import talenta_desktop.ui.pages.development as page_module
from talenta_desktop.app import create_application
from talenta_desktop.domain.ninebox import REKOMENDASI
from talenta_desktop.models.development import ACTIVITY_STATUSES, MENTOR_TYPES, PLAN_STATUSES
from talenta_desktop.services import committee
from talenta_desktop.services.development import plans as service
from talenta_desktop.services.development.interventions import CATEGORY_LABELS, KINDS
from talenta_desktop.services.talent.talent_map import talent_map
from talenta_desktop.services.workspace import Workspace
from talenta_desktop.ui import palette
from talenta_desktop.ui.development import labels
from talenta_desktop.ui.development.bulk_dialog import DEFAULT_BOXES, BulkPlanDialog
from talenta_desktop.ui.development.dialogs import ActivityDialog, CompleteDialog, PlanDialog
from talenta_desktop.ui.development.filters import OPEN, prepare
from talenta_desktop.ui.development.models import (
    DUE_COLUMN,
    JABATAN,
    OVERDUE_COLUMN,
    STATUS_COLUMN,
    ActivityModel,
    PlanTableModel,
    UnitProgressModel,
    unit_rows,
)
from talenta_desktop.ui.pages.development import DevelopmentPage
from talenta_desktop.ui.workers import running_tasks

PERIOD = "2025"  # the demo's open period (2024 is closed)


@pytest.fixture
def workspace(demo_db, actor) -> Workspace:
    return Workspace(demo_db, actor)


@pytest.fixture
def with_plans(workspace) -> pd.DataFrame:
    """Draft plans for boxes 4–8, as the bulk dialog makes them by default."""
    workspace.write(service.bulk_create_plans, PERIOD, DEFAULT_BOXES)
    return workspace.read(service.plans_frame, PERIOD)


@pytest.fixture
def make_page(qtbot):
    def make(workspace: Workspace, *, today=None, width: int = 1166, height: int = 700) -> DevelopmentPage:
        create_application()
        kwargs = {"today": today} if today else {}
        page = DevelopmentPage(workspace, **kwargs)
        page.setObjectName("page-development")
        qtbot.addWidget(page)
        page.resize(width, height)
        page.show()
        qtbot.waitExposed(page)
        _settled(qtbot, page)
        return page

    yield make
    qtbot.waitUntil(lambda: not running_tasks(), timeout=20_000)


@pytest.fixture
def yes(monkeypatch):
    """Answer every confirmation with its "yes" button."""
    questions = []
    monkeypatch.setattr(detail_module, "ask", lambda *args: questions.append(args[1]) or True)  # the title
    return questions


def _dialog(qtbot, page, kind):
    qtbot.waitUntil(lambda: page.findChild(kind) is not None, timeout=5000)
    return page.findChild(kind)


def _settled(qtbot, page) -> None:
    """Wait for the page's background read of the period's plans (after a load or a write)."""
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)


def _ok(qtbot, dialog) -> None:
    assert dialog.ok_button.isEnabled(), dialog.messages.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def _sql(db, query: str, *args):
    with sqlite3.connect(db.path) as conn:
        return conn.execute(query, args).fetchall()


def _select(page: DevelopmentPage, plan_id: int) -> None:
    row = page.plan_model.row_of(plan_id)
    assert row >= 0
    page.plans_table.selectRow(row)
    assert page.detail.plan is not None and page.detail.plan.id == plan_id


def _select_activity(page: DevelopmentPage, activity_id: int) -> None:
    page.detail.activities_table.selectRow(page.detail.activity_model.row_of(activity_id))
    assert page.detail.selected_activity().id == activity_id


def _open_plan(frame: pd.DataFrame) -> int:
    """A draft plan whose activities are all still open."""
    return int(frame[(frame["status"] == "draf") & (frame["done"] == 0)]["plan_id"].iloc[0])


# -- labels and models ---------------------------------------------------------------------------------


def test_the_screen_labels_cover_exactly_the_service_codes():
    assert {code: source for code, source in labels.KIND_TEXT.items()} == {
        k: v.label for k, v in KINDS.items()
    }
    assert labels.CATEGORY_TEXT == CATEGORY_LABELS
    assert tuple(labels.PLAN_STATUS_TEXT) == PLAN_STATUSES
    assert tuple(labels.ACTIVITY_STATUS_TEXT) == ACTIVITY_STATUSES
    assert tuple(labels.MENTOR_TYPE_TEXT) == MENTOR_TYPES
    assert labels.nip_text("197210161999042001") == "19721016 199904 2 001"
    assert labels.nip_text("12345") == "12345"


def test_table_models_pass_the_model_tester(qtmodeltester, workspace, with_plans):
    plans = PlanTableModel()
    plans.set_frame(prepare(with_plans, []))
    plans.sort(6, Qt.SortOrder.DescendingOrder)
    activities = ActivityModel()
    activities.set_rows(workspace.read(service.get_plan, int(with_plans["plan_id"].iloc[0])).activities)
    units = UnitProgressModel()
    units.set_rows(unit_rows(workspace.read(service.progress_by_unit, PERIOD)))
    for model in (plans, activities, units, PlanTableModel(), ActivityModel()):
        qtmodeltester.check(model, force_py=True)
    assert plans.rowCount() == len(with_plans) > 0
    assert activities.rowCount() > 0 and units.rowCount() > 0
    assert sum(r.plans for r in units.rows) == len(with_plans)


def test_the_plans_list_sorts_numbers_as_numbers(workspace, with_plans):
    model = PlanTableModel()
    model.set_frame(prepare(with_plans, []))
    model.sort(3, Qt.SortOrder.DescendingOrder)  # Kotak
    boxes = [int(model.index(r, 3).data()) for r in range(model.rowCount())]
    assert boxes == sorted(boxes, reverse=True) and boxes[0] == max(DEFAULT_BOXES)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    names = [model.index(r, 0).data().casefold() for r in range(model.rowCount())]
    assert names == sorted(names)


# -- the page ------------------------------------------------------------------------------------------


def test_the_page_lists_the_period_plans_with_a_summary(make_page, workspace, with_plans):
    page = make_page(workspace)
    assert page.period.label == PERIOD  # the latest open period
    assert page.period_combo.currentData() == PERIOD
    assert page.plans_stack.currentIndex() == 1
    assert page.plan_model.rowCount() == len(with_plans)
    assert page.plan_count.text() == f"{len(with_plans)} rencana"
    summary = page.summary.text()
    assert f"<b>{len(with_plans)}</b> rencana" in summary
    assert "pegawai mencapai 20 JP pada tahun" in summary
    # the columns the brief asks for, the NIP in its written form, the box tinted
    headers = [page.plan_model.headerData(c, Qt.Orientation.Horizontal) for c in range(9)]
    assert headers == ["Nama", "NIP", "Jabatan", "Kotak", "Status", "Kegiatan", "Progres", "JP", "Terlambat"]
    first = with_plans.set_index("plan_id").loc[page.plan_model.plan_id(0)]
    assert page.plan_model.index(0, 1).data() == labels.nip_text(first["nip"])
    assert " " in page.plan_model.index(0, 1).data()
    assert page.plan_model.index(0, 3).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert page.plan_model.index(0, 5).data() == f"{first['done']}/{first['activities']}"
    # per unit
    assert page.unit_model.rowCount() > 0
    assert sum(r.plans for r in page.unit_model.rows) == len(with_plans)


def test_draft_plans_for_chosen_boxes_are_made_in_the_background(qtbot, make_page, workspace, demo_db):
    page = make_page(workspace)
    closed = page.period_combo.findData("2024")
    assert page.period_combo.itemText(closed) == "2024 (ditutup)"
    page.period_combo.setCurrentIndex(closed)  # the demo has no plans in 2024
    _settled(qtbot, page)
    assert page.period.label == "2024"
    assert page.plans_stack.currentIndex() == 0  # the empty note and its button
    assert "Belum ada rencana pengembangan pada periode 2024" in page.no_plans.text()
    qtbot.mouseClick(page.first_bulk_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, page, BulkPlanDialog)
    assert dialog.boxes() == list(DEFAULT_BOXES)
    assert not dialog.findChild(type(dialog.box_checks[2]), "box1").isEnabled()
    placed = workspace.read(talent_map, "2024").placed
    expected = int(placed["box"].isin(DEFAULT_BOXES).sum())
    assert dialog.counts() == (expected, 0)
    assert f"{expected} pegawai akan mendapat rencana draf baru" in dialog.preview.text()
    dialog.box_checks[9].setChecked(True)  # the stars too
    expected += int((placed["box"] == 9).sum())
    assert dialog.counts() == (expected, 0)
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.findChild(BulkPlanDialog) is None, timeout=20_000)
    _settled(qtbot, page)

    frame = workspace.read(service.plans_frame, "2024")
    assert len(frame) == expected > 0
    assert set(frame["box"]) == set(placed[placed["box"].isin({*DEFAULT_BOXES, 9})]["box"])
    assert (frame["activities"] > 0).all()
    assert page.plan_model.rowCount() == expected
    assert page.plans_stack.currentIndex() == 1
    assert page.page_status.isVisible() and f"{expected} rencana draf dibuat" in page.page_status.text()

    # a second run leaves the existing plans alone and says so
    page.open_bulk_dialog()
    dialog = _dialog(qtbot, page, BulkPlanDialog)
    assert dialog.counts() == (0, int(placed["box"].isin(DEFAULT_BOXES).sum()))
    assert not dialog.ok_button.isEnabled()
    dialog.reject()
    period_id = _sql(demo_db, "SELECT id FROM talent_period WHERE label = '2024'")[0][0]
    assert (
        _sql(demo_db, "SELECT COUNT(*) FROM development_plan WHERE period_id = ?", period_id)[0][0]
        == expected
    )


def test_the_demo_plans_and_the_bulk_run_add_up(qtbot, make_page, workspace):
    """The demo already has plans in 2025 (some approved and under way): a run for boxes 4–8 counts them
    as existing and adds the rest."""
    before = workspace.read(service.plans_frame, PERIOD)
    assert len(before) > 0
    page = make_page(workspace)
    assert page.plan_model.rowCount() == len(before)
    page.open_bulk_dialog()
    dialog = _dialog(qtbot, page, BulkPlanDialog)
    placed = workspace.read(talent_map, PERIOD).placed
    in_boxes = placed["box"].isin(DEFAULT_BOXES)
    existing = int((in_boxes & placed["person_id"].isin(before["person_id"])).sum())
    assert dialog.counts() == (int(in_boxes.sum()) - existing, existing)
    assert "sudah mempunyai rencana" in dialog.preview.text()
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.findChild(BulkPlanDialog) is None, timeout=20_000)
    _settled(qtbot, page)
    assert f"{existing} pegawai sudah mempunyai rencana" in page.page_status.text()
    assert page.plan_model.rowCount() == len(workspace.read(service.plans_frame, PERIOD))


def test_the_dialogs_wait_for_the_talent_map_read_in_the_background(qtbot, make_page, workspace, monkeypatch):
    """The dialogs that make plans need the period's placed people (most of a second on 50,000): they are
    read off the UI thread, once per period, while the buttons wait and the page says so."""
    readers = []
    read = page_module.placed_people
    monkeypatch.setattr(
        page_module, "placed_people", lambda *args: readers.append(threading.current_thread()) or read(*args)
    )
    page = make_page(workspace)
    qtbot.mouseClick(page.bulk_button, Qt.MouseButton.LeftButton)
    assert page.findChild(BulkPlanDialog) is None  # not yet: the talent map is being read
    assert not page.bulk_button.isEnabled() and not page.plan_button.isEnabled()
    assert page.page_status.isVisible()
    assert page.page_status.text() == f"Membaca peta talenta periode {PERIOD}…"
    dialog = _dialog(qtbot, page, BulkPlanDialog)
    assert readers and readers[0] is not threading.main_thread()
    assert len(dialog.candidates) == len(workspace.read(talent_map, PERIOD).placed)
    assert page.bulk_button.isEnabled() and not page.page_status.isVisible()
    dialog.reject()
    qtbot.waitUntil(lambda: page.findChild(BulkPlanDialog) is None)
    page.open_plan_dialog()  # the people were read for this period: the dialog opens at once
    assert page.findChild(PlanDialog) is not None and len(readers) == 1
    page.findChild(PlanDialog).reject()


def test_a_plan_for_one_person(qtbot, make_page, workspace, with_plans):
    page = make_page(workspace)
    page.open_plan_dialog()
    dialog = _dialog(qtbot, page, PlanDialog)
    people = page._without_plan()
    assert not people["id"].isin(with_plans["person_id"]).any()  # only people without a plan
    assert set(people["box"]) <= {2, 3, 9}
    nip = people["nip"].iloc[0]
    dialog.picker.set_query(nip)
    dialog.target.setText("Kepala Bidang Perencanaan")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.findChild(PlanDialog) is None)
    _settled(qtbot, page)
    person_id = int(people["id"].iloc[0])
    plan = workspace.read(service.find_plan, person_id, PERIOD)
    assert plan is not None and plan.target_jabatan == "Kepala Bidang Perencanaan" and plan.activities
    assert page.detail.plan.id == plan.id  # the new plan is selected and shown
    assert page.plan_model.rowCount() == len(with_plans) + 1
    assert "Jabatan target: Kepala Bidang Perencanaan" in page.detail.facts.text()


def test_the_detail_shows_the_person_box_gaps_and_activities(make_page, workspace, with_plans):
    page = make_page(workspace)
    plan_id = int(with_plans["plan_id"].iloc[3])
    _select(page, plan_id)
    plan = workspace.read(service.get_plan, plan_id)
    detail = page.detail
    assert detail.name.text() == plan.nama
    assert labels.nip_text(plan.nip) in detail.facts.text()
    assert detail.box_chip.text() == f"Kotak {plan.box}"
    assert detail.rekomendasi.text() == REKOMENDASI[plan.box]
    for gap in workspace.read(service.gaps, plan.person_id, PERIOD):
        assert gap.text.split(" (")[0] in detail.gaps_label.text()
    assert detail.activity_model.rowCount() == len(plan.activities)
    titles = [detail.activity_model.index(r, 0).data() for r in range(detail.activity_model.rowCount())]
    assert titles == [a.title for a in plan.activities]
    form = detail.activity_model.index(0, 5).data()
    assert form.startswith(("Klasikal · ", "Nonklasikal · "))
    assert "Pedoman BKN 70 : 20 : 10, tidak wajib" in detail.mix.text()
    assert f"{plan.jp_planned} JP direncanakan" in detail.mix.text()


def test_adding_and_changing_an_activity_through_the_dialog(qtbot, make_page, workspace, with_plans, yes):
    page = make_page(workspace)
    plan_id = _open_plan(with_plans)
    _select(page, plan_id)
    before = len(page.detail.plan.activities)
    qtbot.mouseClick(page.detail.add_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, page, ActivityDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("mentoring"))
    assert dialog.category.currentData() == "20" and dialog.jp.value() == KINDS["mentoring"].jp
    dialog.title.setText("Mentoring oleh Kepala Bidang")
    dialog.mentor_name.setText("Dr. Hendra Wijaya")
    dialog.mentor_type.setCurrentIndex(dialog.mentor_type.findData("tidak_tetap"))
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.findChild(ActivityDialog) is None)
    _settled(qtbot, page)

    plan = workspace.read(service.get_plan, plan_id)
    assert len(plan.activities) == before + 1
    added = plan.activities[-1]
    assert (added.kind, added.form, added.category, added.jp) == ("mentoring", "nonklasikal", "20", 8)
    assert (added.mentor_name, added.mentor_type, added.source) == (
        "Dr. Hendra Wijaya",
        "tidak_tetap",
        "manual",
    )
    assert page.detail.selected_activity().id == added.id
    assert page.detail.activity_model.index(before, 7).data() == "Dr. Hendra Wijaya (mentor tidak tetap)"
    assert page.plan_model.index(page.plan_model.row_of(plan_id), 5).data() == f"0/{before + 1}"

    # change it: the JP only
    dialog = page.detail.open_edit_dialog()
    dialog.jp.setValue(12)
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.findChild(ActivityDialog) is None)
    assert workspace.read(service.get_plan, plan_id).activities[-1].jp == 12

    # a draft's activity can be removed, after a question
    assert page.detail.remove_button.isEnabled()
    assert page.detail.remove_selected()
    assert yes == ["Hapus kegiatan?"]
    assert len(workspace.read(service.get_plan, plan_id).activities) == before


def test_marking_an_activity_done_needs_its_evidence(qtbot, make_page, workspace, with_plans, demo_db):
    page = make_page(workspace)
    done_before = int(with_plans["done"].sum())
    plan_id = _open_plan(with_plans)
    _select(page, plan_id)
    activity = page.detail.plan.activities[0]
    _select_activity(page, activity.id)
    assert page.detail.complete_button.isEnabled()
    qtbot.mouseClick(page.detail.complete_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, page, CompleteDialog)

    _ok(qtbot, dialog)  # no evidence: refused, in the dialog, which stays open
    assert dialog.isVisible()
    assert dialog.messages.isVisible() and "bukti penyelesaian" in dialog.messages.text()
    assert _sql(demo_db, "SELECT status FROM development_activity WHERE id = ?", activity.id) == [
        ("rencana",)
    ]

    dialog.evidence.setText("Sertifikat No. 12/PKA/2026")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.findChild(CompleteDialog) is None)
    _settled(qtbot, page)
    done = next(a for a in workspace.read(service.get_plan, plan_id).activities if a.id == activity.id)
    assert (done.status, done.evidence, done.completed_on) == (
        "selesai",
        "Sertifikat No. 12/PKA/2026",
        date.today(),
    )
    row = page.detail.activity_model.row_of(activity.id)
    assert page.detail.activity_model.index(row, STATUS_COLUMN).data() == "Selesai"
    assert page.detail.activity_model.index(row, 8).data() == "Sertifikat No. 12/PKA/2026"
    assert not page.detail.complete_button.isEnabled()  # already done
    total = len(page.detail.plan.counted)
    assert page.plan_model.index(page.plan_model.row_of(plan_id), 5).data() == f"1/{total}"
    assert f"({done_before + 1} dari" in page.summary.text()
    assert "ditandai selesai" in page.detail.status.text()


def test_approval_needs_a_committee_meeting_in_session(qtbot, make_page, workspace, with_plans, yes, demo_db):
    page = make_page(workspace)
    plan_id = _open_plan(with_plans)
    _select(page, plan_id)
    button = page.detail.approve_button
    assert not button.isEnabled()
    assert "Tidak ada rapat Komite Talenta" in button.toolTip()

    # the demo's meeting 2 opens with everyone present (as the Komite page would do it)
    members = workspace.read(committee.list_committees)[0].members
    for member in members:
        workspace.write(committee.set_attendance, 2, member.id, "hadir")
    meeting = workspace.write(committee.activate_meeting, 2)
    page.hide()  # back from the Komite page
    page.show()
    qtbot.waitUntil(lambda: button.isEnabled(), timeout=3000)
    assert meeting.number in button.toolTip()

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    _settled(qtbot, page)
    plan = workspace.read(service.get_plan, plan_id)
    assert plan.status == "disetujui" and plan.decision_id is not None
    assert _sql(
        demo_db, "SELECT meeting_id, kind, person_id FROM meeting_decision WHERE id = ?", plan.decision_id
    ) == [(2, "idp", plan.person_id)]
    assert yes == ["Setujui rencana?"]
    assert page.detail.status_chip.text() == "Disetujui"
    assert page.plan_model.index(page.plan_model.row_of(plan_id), 4).data() == "Disetujui"
    assert not button.isEnabled()  # approved once
    _select_activity(page, plan.activities[0].id)
    assert not page.detail.remove_button.isEnabled()  # cancelled, not removed, once approved
    assert "batalkan" in page.detail.remove_button.toolTip()


def test_a_refusal_behind_the_page_is_shown_not_raised(qtbot, make_page, workspace, with_plans, yes):
    members = workspace.read(committee.list_committees)[0].members
    for member in members:
        workspace.write(committee.set_attendance, 2, member.id, "hadir")
    workspace.write(committee.activate_meeting, 2)
    page = make_page(workspace)
    plan_id = _open_plan(with_plans)
    _select(page, plan_id)
    assert page.detail.approve_button.isEnabled()
    workspace.write(committee.pause_meeting, 2)  # paused on another computer meanwhile
    assert not page.detail.approve()
    assert page.detail.status.isVisible() and "belum dimulai" in page.detail.status.text()
    assert page.detail.status.property("tone") == "error"
    assert workspace.read(service.get_plan, plan_id).status == "draf"


def test_closing_and_reopening_a_plan(qtbot, make_page, workspace, with_plans, yes):
    page = make_page(workspace)
    plan_id = _open_plan(with_plans)
    _select(page, plan_id)
    assert not page.detail.finish_button.isEnabled()  # activities still open
    assert "belum selesai" in page.detail.finish_button.toolTip()
    assert page.detail.set_status("batal")
    assert workspace.read(service.get_plan, plan_id).status == "batal"
    assert not page.detail.add_button.isEnabled() and page.detail.reopen_button.isVisibleTo(page)
    assert page.detail.set_status("draf")
    assert workspace.read(service.get_plan, plan_id).status == "draf"
    assert page.detail.add_button.isEnabled()


def _approve(workspace: Workspace, plan_id: int) -> None:
    """Approve the plan in the demo's meeting 2, opened with everyone present (its dates become due)."""
    for member in workspace.read(committee.list_committees)[0].members:
        workspace.write(committee.set_attendance, 2, member.id, "hadir")
    workspace.write(committee.activate_meeting, 2)
    workspace.write(service.approve_plan, 2, plan_id)


def test_late_activities_stand_out(make_page, workspace, with_plans):
    plan_id = _open_plan(with_plans)
    draft_page = make_page(workspace, today=lambda: date(2030, 1, 1))
    _select(draft_page, plan_id)
    assert not any(a.overdue(date(2030, 1, 1)) for a in draft_page.detail.activity_model.rows)  # proposals
    _approve(workspace, plan_id)
    plan = workspace.read(service.get_plan, plan_id)
    klasikal = [a for a in plan.activities if a.due_on is not None]
    first_due = min(a.due_on for a in klasikal)
    today = first_due + timedelta(days=3)  # the earliest deadlines have passed, the later ones not
    late = {a.id for a in klasikal if a.due_on < today}
    assert late and len(late) < len(plan.activities)
    page = make_page(workspace, today=lambda: today)
    _select(page, plan_id)
    model = page.detail.activity_model
    red = QColor(palette.ERROR_TEXT)
    for row, activity in enumerate(model.rows):
        colour = model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole)
        if activity.id in late:
            assert colour is not None and colour.color() == red
            assert "Lewat batas waktu 3 hari" in model.index(row, DUE_COLUMN).data(
                Qt.ItemDataRole.ToolTipRole
            )
        else:
            assert colour is None or colour.color() != red
    row = page.plan_model.row_of(plan_id)
    assert page.plan_model.index(row, OVERDUE_COLUMN).data() == str(len(late))
    assert page.plan_model.index(row, OVERDUE_COLUMN).data(Qt.ItemDataRole.ForegroundRole).color() == red
    assert "kegiatan terlambat" in page.summary.text() and "#B03A2E" in page.summary.text()

    # before any deadline nothing is late
    frame = workspace.read(service.plans_frame, PERIOD)
    earliest = pd.to_datetime(frame[frame["status"] == "disetujui"]["next_due"]).min().date()
    calm = make_page(workspace, today=lambda: earliest - timedelta(days=1))
    assert "<b>0</b>" not in calm.summary.text()
    assert "0 kegiatan terlambat" in calm.summary.text()
    assert all(
        calm.plan_model.index(r, OVERDUE_COLUMN).data() == "—" for r in range(calm.plan_model.rowCount())
    )


def test_filters_narrow_the_list(qtbot, make_page, workspace, with_plans):
    plan = workspace.read(service.get_plan, int(with_plans["plan_id"].iloc[5]))
    workspace.write(service.set_plan_status, plan.id, "batal")
    late_day = pd.to_datetime(with_plans["next_due"]).min().date() + timedelta(days=1)
    page = make_page(workspace, today=lambda: late_day)
    bar = page.filters
    total = len(with_plans)

    bar.search.setText(plan.nama)
    qtbot.waitUntil(lambda: page.plan_model.rowCount() < total)
    names = {page.plan_model.index(r, 0).data() for r in range(page.plan_model.rowCount())}
    assert plan.nama in names
    assert f"dari {total} rencana" in page.plan_count.text()
    bar.search.setText(plan.nip[:14])  # digits: the NIP
    qtbot.waitUntil(lambda: page.plan_model.rowCount() == 1)
    assert page.plan_model.plan_id(0) == plan.id
    bar.search.clear()
    qtbot.waitUntil(lambda: page.plan_model.rowCount() == total)

    bar.status_filter.setCurrentIndex(bar.status_filter.findData("batal"))
    assert page.plan_model.rowCount() == 1 and page.plan_model.plan_id(0) == plan.id
    bar.status_filter.setCurrentIndex(bar.status_filter.findData(OPEN))
    assert page.plan_model.rowCount() == total - 1
    bar.status_filter.setCurrentIndex(0)

    bar.overdue_only.setChecked(True)
    late = int((workspace.read(service.plans_frame, PERIOD, today=late_day)["overdue"] > 0).sum())
    assert 0 < late < total and page.plan_model.rowCount() == late
    assert all(int(page.plan_model.index(r, OVERDUE_COLUMN).data()) > 0 for r in range(late))
    bar.overdue_only.setChecked(False)

    unit_id = int(with_plans["unit_id"].value_counts().index[0])
    bar.unit_filter.setCurrentIndex(bar.unit_filter.findData(unit_id))
    shown = {page.plan_model.plan_id(r) for r in range(page.plan_model.rowCount())}
    subtree = set(bar.criteria()["unit_ids"])
    assert shown == set(with_plans[with_plans["unit_id"].isin(subtree)]["plan_id"])
    assert 0 < len(shown) < total
    assert bar.is_filtered()


def test_a_narrow_window_keeps_the_plan_columns_in_view(qtbot, make_page, workspace, with_plans):
    page = make_page(workspace, width=824, height=668)  # a 1024×768 screen, less the navigation
    qtbot.waitUntil(lambda: page.plans_table.isColumnHidden(JABATAN))
    qtbot.wait(50)
    assert page.plans_table.horizontalScrollBar().maximum() == 0
    page.resize(1166, 668)
    qtbot.waitUntil(lambda: not page.plans_table.isColumnHidden(JABATAN))
    qtbot.wait(50)
    assert page.plans_table.horizontalScrollBar().maximum() == 0
