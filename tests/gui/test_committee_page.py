"""The Komite page driven as the committee's secretary would: a committee and its members through the
dialogs, a meeting, attendance until there is a quorum, the meeting opened, minutes autosaved and offered
back after a crash, a decision, the berita acara PDF, and the lock after "Finalkan…"."""

from __future__ import annotations

import sqlite3
import sys
import types
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QLabel, QMessageBox

import talenta_desktop.ui.pages.committee as committee_page
from talenta_desktop.app import build_window, create_application
from talenta_desktop.services import committee as service
from talenta_desktop.services.actor import Actor
from talenta_desktop.services.permissions import Permission
from talenta_desktop.services.workspace import Workspace
from talenta_desktop.ui.committee import labels
from talenta_desktop.ui.committee.dialogs import (
    BeritaAcaraDialog,
    CommitteeDialog,
    ConflictDialog,
    DecisionDialog,
    FollowUpDialog,
    MeetingDialog,
    MemberDialog,
    MemberEditDialog,
    NoteDialog,
    default_pdf_name,
    next_number,
)
from talenta_desktop.ui.committee.models import (
    AttendanceModel,
    ConflictModel,
    DecisionModel,
    FollowUpModel,
    MeetingListModel,
    MemberModel,
    NoteModel,
)
from talenta_desktop.ui.committee.person_picker import PersonMatchModel
from talenta_desktop.ui.committee.tabs import DecisionsTab, FollowUpsTab
from talenta_desktop.ui.pages.committee import CommitteePage
from talenta_desktop.ui.permissions import denial, lock_reason
from talenta_desktop.ui.workers import running_tasks


@pytest.fixture
def make_page(qtbot, actor):
    def make(db) -> CommitteePage:
        create_application()
        page = CommitteePage(Workspace(db, actor))
        page.setObjectName("page-committee")
        qtbot.addWidget(page)
        page.resize(1160, 700)
        page.show()
        qtbot.waitExposed(page)
        qtbot.waitUntil(
            lambda: not page.loading, timeout=10_000
        )  # the meeting shown is read in the background
        return page

    yield make
    qtbot.waitUntil(lambda: not running_tasks(), timeout=20_000)


def no_questions_ask(*args, **kwargs):
    raise AssertionError(f"unexpected question: {args[1:3]}")


@pytest.fixture
def no_questions(monkeypatch):
    """Fail loudly if the page asks a question the test did not expect (it would block)."""
    monkeypatch.setattr(committee_page, "ask", no_questions_ask)
    monkeypatch.setattr(committee_page, "ask_text", no_questions_ask)


def _sql(db, query: str, *args):
    with sqlite3.connect(db.path) as conn:
        return conn.execute(query, args).fetchall()


def _people(db, n: int) -> list[tuple[int, str]]:
    return _sql(db, "SELECT id, nip FROM person ORDER BY id LIMIT ?", n)


def _message(qtbot, page) -> QMessageBox:
    qtbot.waitUntil(lambda: page.findChild(QMessageBox, "committeeMessage") is not None, timeout=3000)
    return page.findChild(QMessageBox, "committeeMessage")


def _close_messages(page) -> None:
    for box in page.findChildren(QMessageBox, "committeeMessage"):
        box.done(0)


def _dialog(qtbot, page, kind):
    qtbot.waitUntil(lambda: page.findChild(kind) is not None, timeout=5000)
    return page.findChild(kind)


def _ok(qtbot, dialog) -> None:
    assert dialog.ok_button.isEnabled(), dialog.messages.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def _choose_status(qtbot, page, row: int, code: str) -> None:
    """Pick a status in an attendance row's combo, as a user would, and wait for the record."""
    combo = page.attendance_combo(row)
    combo.setCurrentIndex(combo.findData(code))
    member_id = page.attendance_model.rows[row].member.id
    qtbot.waitUntil(
        lambda: next(r for r in page.attendance_model.rows if r.member.id == member_id).status == code,
        timeout=5000,
    )


# -- labels and models ---------------------------------------------------------------------------------


def test_the_screen_labels_cover_exactly_the_service_codes():
    assert labels.ROLE_TEXT == service.ROLE_LABELS
    assert labels.ATTENDANCE_TEXT == service.ATTENDANCE_LABELS
    assert labels.DECISION_TEXT == service.DECISION_LABELS
    assert labels.RELATION_TEXT == service.RELATION_LABELS
    assert set(labels.STATUS_TEXT) == {"draft", "active", "final"}
    assert labels.decision_kind_text(service.DECISION_LABELS["krs"]) == "Keanggotaan Kelompok Rencana Suksesi"
    assert QT_TRANSLATE_NOOP("Committee", "Hadir") == labels.text(labels.ATTENDANCE_TEXT, "hadir")


def test_berita_acara_numbers_and_file_names():
    assert next_number(["800.1.3/BA-02/KT/2026", "800.1.3/BA-01/KT/2026"]) == "800.1.3/BA-03/KT/2026"
    assert next_number(["BA-9"]) == "BA-10"
    assert next_number(["tanpa nomor urut"]) == ""
    assert default_pdf_name("800.1.3/BA-01/KT/2026") == "Berita Acara 800.1.3-BA-01-KT-2026.pdf"


def test_table_models_pass_the_model_tester(qtmodeltester, demo_db, actor):
    ws = Workspace(demo_db, actor)
    committee = ws.read(service.list_committees)[0]
    meetings = ws.read(service.list_meetings, committee.id)
    final = next(m for m in meetings if m.is_final)
    document = ws.read(service.berita_acara_document, final.id)
    members = MemberModel()
    members.set_rows(committee.members)
    meeting_list = MeetingListModel()
    meeting_list.set_rows(meetings)
    presence = AttendanceModel()
    presence.set_rows(ws.read(service.attendance, final.id))
    decisions = DecisionModel()
    decisions.set_rows(document.decisions)
    follow_ups = FollowUpModel()
    follow_ups.set_rows(ws.read(service.list_follow_ups, final.id))
    notes = NoteModel()
    notes.set_rows(ws.read(service.meeting_notes, final.id))
    conflicts = ConflictModel()
    conflicts.set_rows(ws.read(service.meeting_conflicts, final.id))
    matches = PersonMatchModel()
    matches.set_rows([(1, "199001012015031001", "Siti Aminah", "Analis SDM", "BKPSDM")])
    for model in (members, meeting_list, presence, decisions, follow_ups, notes, conflicts, matches):
        qtmodeltester.check(model, force_py=True)
    assert follow_ups.rowCount() == len(document.follow_ups) > 0
    assert notes.rowCount() > 0 and conflicts.rowCount() > 0
    assert decisions.rowCount() == len(document.decisions) > 0
    assert any(
        "→" in decisions.index(r, DecisionModel.BOX_COLUMN).data() for r in range(decisions.rowCount())
    )


# -- the whole course of a meeting ----------------------------------------------------------------------


def test_a_meeting_from_committee_to_final_record(qtbot, make_page, demo_db, monkeypatch, no_questions):
    monkeypatch.setattr(committee_page, "AUTOSAVE_MS", 80)
    page = make_page(demo_db)
    changes = []
    page.changed.connect(lambda: changes.append(True))
    (_, ketua_nip), (_, anggota_nip), (subject_id, subject_nip) = _people(demo_db, 3)

    # a committee, through its dialog
    qtbot.mouseClick(page.new_committee_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, page, CommitteeDialog)
    assert not dialog.ok_button.isEnabled()  # the SK number is required
    dialog.name.setText("Komite Talenta Uji")
    qtbot.keyClicks(dialog.sk_number, "800/12/KPTS/2026")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.committee is not None and page.committee.name == "Komite Talenta Uji")
    assert page.committee_combo.isVisible()  # the demo's committee is there too
    assert "800/12/KPTS/2026" in page.committee_facts.text()

    # members: two from the personnel list by NIP, one from outside
    for nip, role in ((ketua_nip, "ketua"), (anggota_nip, "anggota")):
        qtbot.mouseClick(page.members_button, Qt.MouseButton.LeftButton)
        dialog = _dialog(qtbot, page, MemberDialog)
        dialog.picker.set_query(nip)  # a full NIP picks the person at once
        assert dialog.picker.person_id() is not None
        dialog.role.setCurrentIndex(dialog.role.findData(role))
        _ok(qtbot, dialog)
        qtbot.waitUntil(lambda: page.findChild(MemberDialog) is None)
    qtbot.mouseClick(page.members_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, page, MemberDialog)
    dialog.external.setChecked(True)
    qtbot.keyClicks(dialog.external_name, "Prof. Dr. Hendra, M.Si.")
    dialog.external_jabatan.setText("Akademisi")
    dialog.role.setCurrentIndex(dialog.role.findData("sekretaris"))
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.member_model.rowCount() == 3)
    assert [m.role for m in page.committee.members] == ["ketua", "anggota", "sekretaris"]
    assert page.committee.quorum == 2

    # a meeting
    qtbot.mouseClick(page.new_meeting_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, page, MeetingDialog)
    qtbot.keyClicks(dialog.number, "BA-01/KTU/2026")
    dialog.place.setText("Ruang Rapat BKPSDM")
    assert dialog.period.currentData() == "2025"  # the open period
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.meeting is not None and page.meeting.number == "BA-01/KTU/2026")
    assert page.status_chip.text() == "Persiapan"
    assert page.meeting_model.index(0, 2).data() == "Persiapan"

    # attendance until the quorum is met; "Mulai rapat" explains why it waits
    assert not page.activate_button.isEnabled()
    assert "paling sedikit 2" in page.activate_hint.text()
    _choose_status(qtbot, page, 0, "hadir")
    assert page.quorum_label.property("tone") == "error"
    assert page.quorum_label.text() == "Dihadiri 1 dari 3 anggota (kuorum belum terpenuhi: paling sedikit 2)."
    assert not page.activate_button.isEnabled()
    monkeypatch.setattr(committee_page, "ask_text", lambda *a: "Kepala Bidang Mutasi")
    _choose_status(qtbot, page, 1, "diwakili")
    assert page.attendance_model.rows[1].represented_by == "Kepala Bidang Mutasi"
    assert page.quorum_label.property("tone") == "ok"
    assert page.activate_button.isEnabled()
    assert not page.active_banner.isVisible()

    qtbot.mouseClick(page.activate_button, Qt.MouseButton.LeftButton)
    assert page.meeting.status == "active"
    assert page.active_banner.isVisible()
    assert "kalibrasi di Peta Talenta tercatat pada rapat ini" in page.active_text.text()
    assert page.pause_button.isEnabled() and not page.activate_button.isEnabled()
    assert page.meeting_model.index(0, 2).data() == "Berlangsung"
    meeting_id = page.meeting.id

    # minutes: autosaved as a draft, not audited
    audited = _sql(demo_db, "SELECT count(*) FROM audit_event WHERE action = 'meeting.minutes'")[0][0]
    page.tabs.setCurrentIndex(2)
    qtbot.keyClicks(page.minutes_edit, "Rapat dibuka pukul 09.05.")
    ws = page.workspace
    qtbot.waitUntil(lambda: ws.read(service.minutes_state, meeting_id).draft == "Rapat dibuka pukul 09.05.")
    assert ws.read(service.minutes_state, meeting_id).saved == ""
    assert _sql(demo_db, "SELECT count(*) FROM audit_event WHERE action = 'meeting.minutes'")[0][0] == audited
    qtbot.waitUntil(lambda: page.minutes_status.text().startswith("Tersimpan otomatis pukul "))
    assert len(page.minutes_status.text().removeprefix("Tersimpan otomatis pukul ")) == len("09.05.00")

    # a crash: the page is gone without "Simpan"; opened again, it offers the draft back
    page.close()
    asked = []

    def answer_yes(parent, title, question, yes, no):
        asked.append((title, yes, no))
        return True

    monkeypatch.setattr(committee_page, "ask", answer_yes)
    page = make_page(demo_db)
    qtbot.waitUntil(lambda: bool(asked), timeout=3000)
    assert asked[0] == ("Pulihkan notulen?", "Pulihkan draf", "Buang draf")
    assert page.meeting.id == meeting_id  # the meeting being held is the one shown
    assert page.minutes_edit.toPlainText() == "Rapat dibuka pukul 09.05."
    assert page.tabs.currentIndex() == 2
    monkeypatch.setattr(committee_page, "ask", no_questions_ask)

    # a decision about one person (the meeting is being held)
    page.tabs.setCurrentIndex(3)
    qtbot.mouseClick(page.add_decision_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, page, DecisionDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("krs"))
    dialog.picker.set_query(subject_nip)
    qtbot.keyClicks(dialog.text_edit, "Ditetapkan sebagai anggota KRS Instansi")
    dialog.basis.setText("Kelompok Rencana Suksesi Instansi")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.decision_model.rowCount() == 1)
    row = page.decision_model.rows[0]
    assert (row.nip, row.reason) == (subject_nip, "Ditetapkan sebagai anggota KRS Instansi")
    assert page.tabs.tabText(3) == "Keputusan (1)"
    assert _sql(demo_db, "SELECT person_id FROM meeting_decision WHERE meeting_id = ?", meeting_id) == [
        (subject_id,)
    ]

    # finalise: confirmed, locked, fingerprint shown
    confirmations = []

    def confirm(parent, title, question, yes, no):
        confirmations.append(question)
        return True

    monkeypatch.setattr(committee_page, "ask", confirm)
    qtbot.mouseClick(page.finalize_button, Qt.MouseButton.LeftButton)
    assert "terkunci" in confirmations[0] and "rapat baru" in confirmations[0]
    stored = _sql(demo_db, "SELECT status, fingerprint, minutes FROM meeting WHERE id = ?", meeting_id)[0]
    assert stored[0] == "final"
    assert stored[2] == "Rapat dibuka pukul 09.05."  # the restored draft is what was finalised
    assert page.meeting.is_final and page.status_chip.text() == "Final"
    assert page.final_banner.isVisible() and not page.active_banner.isVisible()
    assert page.final_text.text() == (
        "Rapat final — terkunci. Koreksi melalui rapat baru yang merujuk rapat ini."
    )
    assert stored[1] in page.fingerprint_label.text() and page.fingerprint_label.isVisible()
    assert page.correction_button.isVisible()
    assert page.minutes_edit.isReadOnly() and page.agenda_edit.isReadOnly()
    for button in (
        page.finalize_button,
        page.save_minutes_button,
        page.save_agenda_button,
        page.add_decision_button,
        page.conflict_button,
        page.note_button,
        page.add_follow_up_button,
    ):
        assert not button.isEnabled(), button.objectName()
    assert not page.activate_row.isVisible()
    assert page.attendance_combo(0) is None  # no status combos on a final meeting
    assert not page.attendance_model.flags(page.attendance_model.index(0, 3)) & Qt.ItemFlag.ItemIsEditable

    # a further change through the page is refused with the service's message
    member_id = page.attendance_model.rows[2].member.id
    events = _sql(demo_db, "SELECT count(*) FROM audit_event")[0][0]
    assert page.set_attendance(member_id, "hadir") is False
    box = _message(qtbot, page)
    assert box.windowTitle() == "Rapat terkunci"
    assert "sudah difinalkan dan terkunci" in box.text()
    assert _sql(demo_db, "SELECT count(*) FROM audit_event")[0][0] == events
    _close_messages(page)
    assert changes


# -- single behaviours --------------------------------------------------------------------------------


def test_an_empty_database_offers_to_record_the_committee(qtbot, make_page, db):
    page = make_page(db)
    assert page.body.currentWidget() is page.empty
    assert not page.new_committee_button.isVisible()
    qtbot.mouseClick(page.empty_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, page, CommitteeDialog)
    qtbot.keyClicks(dialog.sk_number, "800/1/2026")
    dialog.has_end.setChecked(True)
    dialog.serves_until.setDate(date(2027, 12, 31))
    dialog.quorum.setValue(3)
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.body.currentWidget() is page.splitter)
    assert page.committee.quorum == 3 and page.committee.serves_until == date(2027, 12, 31)
    assert page.right_stack.currentIndex() == 0  # no meeting yet
    assert "Rapat baru" in page.no_meeting.text()


def test_a_refused_member_keeps_the_dialog_open_with_the_reason(qtbot, make_page, demo_db):
    page = make_page(demo_db)  # the demo committee already has a ketua
    qtbot.mouseClick(page.members_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, page, MemberDialog)
    dialog.external.setChecked(True)
    dialog.external_name.setText("Drs. Yusuf")
    dialog.role.setCurrentIndex(dialog.role.findData("ketua"))
    _ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.messages.isVisible()
    assert dialog.messages.text() == "Komite ini sudah mempunyai ketua."
    dialog.reject()


def test_a_decision_waits_for_the_meeting_to_be_held(qtbot, make_page, demo_db):
    page = make_page(demo_db)
    draft = next(m for m in page.meetings if m.status == "draft")
    page.select_meeting(draft.id)
    assert page.open_decision_dialog() is None
    box = _message(qtbot, page)
    assert box.windowTitle() == "Rapat belum dimulai"
    assert "Mulai rapat" in box.text()
    _close_messages(page)


def test_the_demo_final_meeting_lists_its_calibrations_and_offers_a_correction(qtbot, make_page, demo_db):
    page = make_page(demo_db)
    final = next(m for m in page.meetings if m.is_final)
    page.select_meeting(final.id)
    assert page.final_banner.isVisible()
    document = page.workspace.read(service.berita_acara_document, final.id)
    assert page.decision_model.rows == document.decisions
    assert page.follow_up_model.rowCount() == len(document.follow_ups) > 0
    assert any(r.stepped_out for r in page.decision_model.rows)  # the Inspektur who stepped out

    qtbot.mouseClick(page.correction_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, page, MeetingDialog)
    assert dialog.corrects.currentData() == final.id
    assert dialog.windowTitle() == "Rapat koreksi"
    assert dialog.number.text() == "800.1.3/BA-03/KT/2026"
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.meeting is not None and page.meeting.corrects_meeting_id == final.id)
    assert f"Koreksi atas rapat {final.number}" in page.meeting_facts.text()
    assert not page.final_banner.isVisible()


def test_the_view_only_tabs_are_built_when_first_shown(qtbot, make_page, demo_db):
    """Keputusan, Pembahasan and Tindak lanjut are built when shown (or asked for), and get the meeting
    shown before then: the page opens paying for Kehadiran only."""
    page = make_page(demo_db)
    lazy = (page.decisions_tab, page.discussion_tab, page.follow_ups_tab)
    assert page.tabs.currentIndex() == 0 and page.attendance_table.isVisible()
    assert [tab.built for tab in lazy] == [None, None, None]
    final = next(m for m in page.meetings if m.is_final)
    page.select_meeting(final.id)
    assert [tab.built for tab in lazy] == [None, None, None]  # filling the models builds no view
    count = page.decision_model.rowCount()
    assert count > 0 and page.tabs.tabText(page.tabs.indexOf(page.decisions_tab)) == f"Keputusan ({count})"

    page.tabs.setCurrentWidget(page.decisions_tab)
    decisions = page.decisions_tab.built
    assert isinstance(decisions, DecisionsTab) and decisions.isVisible()
    assert page.decisions_table is decisions.table and decisions.table.model() is page.decision_model
    assert page.discussion_tab.built is None and page.follow_ups_tab.built is None
    for button in (page.add_decision_button, page.conflict_button, page.note_button):
        assert not button.isEnabled(), button.objectName()  # the meeting is final
    follow_ups = page.follow_ups  # asked for: built, not shown
    assert isinstance(follow_ups, FollowUpsTab) and not follow_ups.isVisible()
    assert not page.add_follow_up_button.isEnabled()

    draft = next(m for m in page.meetings if m.status == "draft")
    page.select_meeting(draft.id)  # the tabs built follow the meeting shown
    assert page.add_decision_button.isEnabled() and page.add_follow_up_button.isEnabled()
    assert page.add_decision_button.toolTip() == "Keputusan hanya dapat dicatat selama rapat berlangsung"
    assert lock_reason(page.add_decision_button) is None


@pytest.mark.parametrize("actor", [Actor("uji-pembaca", "pembaca")])  # the page's actor: a reader
def test_a_tab_built_late_carries_the_role_lock(qtbot, make_page, demo_db):
    page = make_page(demo_db)
    draft = next(m for m in page.meetings if m.status == "draft")
    page.select_meeting(draft.id)  # a meeting whose buttons the page would enable
    assert page.decisions_tab.built is None
    page.tabs.setCurrentWidget(page.decisions_tab)
    reason = denial(page.workspace, Permission.COMMITTEE_MANAGE)
    assert reason and "Pembaca" in reason
    for button in (
        page.add_decision_button,
        page.conflict_button,
        page.note_button,
        page.add_follow_up_button,
    ):
        assert not button.isEnabled(), button.objectName()
        assert lock_reason(button) == reason and button.toolTip() == reason
    page.select_meeting(next(m for m in page.meetings if m.is_final).id)
    page.select_meeting(draft.id)  # the meeting shown again: the lock holds
    assert not page.add_decision_button.isEnabled() and page.add_decision_button.toolTip() == reason
    page.tabs.setCurrentWidget(page.discussion_tab)
    assert page.notes_table.isVisible() and page.notes_table.toolTip() == ""  # nothing to double-click for


def test_hiding_the_page_writes_the_draft_at_once(qtbot, make_page, demo_db, no_questions):
    page = make_page(demo_db)
    draft = next(m for m in page.meetings if m.status == "draft")
    page.select_meeting(draft.id)
    page.minutes_edit.setPlainText("Catatan sementara")
    assert page.autosave_timer.isActive()
    page.refresh()  # data changed elsewhere: the typed text stays, and is not offered back as a draft
    qtbot.wait(50)  # (an offer would come from the event loop; no_questions fails the test on one)
    assert page.minutes_edit.toPlainText() == "Catatan sementara"
    assert page.workspace.read(service.minutes_state, draft.id).draft == "Catatan sementara"
    page.minutes_edit.appendPlainText("lagi")
    page.hide()
    state = page.workspace.read(service.minutes_state, draft.id)
    assert state.draft == "Catatan sementara\nlagi" and state.saved == ""
    assert not page.autosave_timer.isActive()


def test_save_records_the_minutes_and_declining_a_draft_discards_it(qtbot, make_page, demo_db, monkeypatch):
    page = make_page(demo_db)
    ws = page.workspace
    draft = next(m for m in page.meetings if m.status == "draft")
    page.select_meeting(draft.id)
    page.minutes_edit.setPlainText("Notulen resmi")
    qtbot.mouseClick(page.save_minutes_button, Qt.MouseButton.LeftButton)
    assert ws.read(service.minutes_state, draft.id) == service.MinutesState("Notulen resmi", None, None)
    assert page.minutes_status.text().startswith("Notulen disimpan pukul ")

    ws.write(service.save_minutes_draft, draft.id, "Draf yang tidak jadi")
    page.close()
    monkeypatch.setattr(committee_page, "ask", lambda *a: False)
    page = make_page(demo_db)
    page.select_meeting(draft.id)
    qtbot.waitUntil(lambda: page.minutes_status.text().startswith("Draf dibuang"), timeout=3000)
    assert page.minutes_edit.toPlainText() == "Notulen resmi"
    state = ws.read(service.minutes_state, draft.id)
    assert state.saved == "Notulen resmi" and state.draft in (None, "Notulen resmi")


def test_agenda_and_follow_ups_are_recorded(qtbot, make_page, demo_db, no_questions):
    page = make_page(demo_db)
    draft = next(m for m in page.meetings if m.status == "draft")
    page.select_meeting(draft.id)
    page.tabs.setCurrentIndex(1)
    assert not page.save_agenda_button.isEnabled()
    page.agenda_edit.setPlainText("Pembukaan\n\nPenetapan suksesor\nPenutup")
    assert page.save_agenda_button.isEnabled()
    qtbot.mouseClick(page.save_agenda_button, Qt.MouseButton.LeftButton)
    assert page.meeting.agenda == ("Pembukaan", "Penetapan suksesor", "Penutup")
    assert page.agenda_edit.toPlainText() == "Pembukaan\nPenetapan suksesor\nPenutup"
    assert not page.save_agenda_button.isEnabled()

    page.tabs.setCurrentWidget(page.follow_ups_tab)
    qtbot.mouseClick(page.add_follow_up_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, page, FollowUpDialog)
    qtbot.keyClicks(dialog.task, "Menyusun IDP pegawai KRS")
    qtbot.keyClicks(dialog.owner, "Kepala BKPSDM")
    dialog.due.setDate(date(2026, 3, 31))
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.follow_up_model.rowCount() == 1)
    assert page.follow_up_model.index(0, 3).data() == "31 Maret 2026"
    assert page.tabs.tabText(page.tabs.indexOf(page.follow_ups_tab)) == "Tindak lanjut (1)"
    # Ticking "Selesai" records it through the service; unticking opens the task again.
    done = page.follow_up_model.index(0, FollowUpModel.DONE_COLUMN)
    assert done.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    page.follow_up_model.setData(done, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: page.follow_up_model.rows[0].done)
    assert _sql(demo_db, "SELECT done FROM meeting_follow_up WHERE task = ?", "Menyusun IDP pegawai KRS") == [
        (1,)
    ]
    page.follow_up_model.setData(done, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: not page.follow_up_model.rows[0].done)


def test_conflicts_and_notes_are_recorded(qtbot, make_page, demo_db, no_questions):
    page = make_page(demo_db)
    draft = next(m for m in page.meetings if m.status == "draft")
    page.select_meeting(draft.id)
    (person_id, nip), *_ = _people(demo_db, 1)
    qtbot.mouseClick(page.conflict_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, page, ConflictDialog)
    assert not dialog.ok_button.isEnabled()
    dialog.picker.set_query(nip)
    dialog.relation.setCurrentIndex(dialog.relation.findData("keluarga"))
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: "Benturan kepentingan dicatat" in page.decisions_status.text())
    assert _sql(
        demo_db, "SELECT person_id, relation FROM meeting_conflict WHERE meeting_id = ?", draft.id
    ) == [(person_id, "keluarga")]

    qtbot.mouseClick(page.note_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, page, NoteDialog)
    dialog.picker.set_query(nip)
    qtbot.keyClicks(dialog.text_edit, "Dibahas bersama atasan langsung")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: "disimpan (dibahas)" in page.decisions_status.text())
    assert _sql(demo_db, "SELECT text, discussed FROM meeting_note WHERE meeting_id = ?", draft.id) == [
        ("Dibahas bersama atasan langsung", 1)
    ]
    # The Pembahasan tab reads both back; double-clicking the note opens it for a change.
    assert page.tabs.tabText(page.tabs.indexOf(page.discussion_tab)) == "Pembahasan (2)"
    assert page.note_model.rows[0].text == "Dibahas bersama atasan langsung"
    assert page.conflict_model.index(0, 2).data() == "keluarga"
    page._edit_note(page.note_model.index(0, 0))
    dialog = _dialog(qtbot, page, NoteDialog)
    assert dialog.picker.person_id() == person_id
    assert dialog.text_edit.toPlainText() == "Dibahas bersama atasan langsung"
    dialog.discussed.setChecked(False)
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.note_model.index(0, 2).data() == "—")
    assert _sql(demo_db, "SELECT discussed FROM meeting_note WHERE meeting_id = ?", draft.id) == [(0,)]


def test_a_member_changes_role_or_leaves_the_committee(qtbot, make_page, demo_db, no_questions):
    page = make_page(demo_db)
    count = page.member_model.rowCount()
    last = page.member_model.rows[-1]
    dialog = page.open_member_edit_dialog(count - 1)
    assert isinstance(dialog, MemberEditDialog) and dialog.role.currentData() == last.role
    dialog.role.setCurrentIndex(dialog.role.findData("ketua"))  # the committee has one already
    _ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.messages.text() == "Komite ini sudah mempunyai ketua."
    dialog.role.setCurrentIndex(dialog.role.findData("anggota"))
    dialog.jabatan.setText("Inspektur Pembantu Wilayah II")
    dialog.active.setChecked(False)
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.member_model.rowCount() == count - 1)
    assert _sql(demo_db, "SELECT active, jabatan FROM committee_member WHERE id = ?", last.id) == [
        (0, "Inspektur Pembantu Wilayah II")
    ]


def test_a_meeting_finalised_elsewhere_locks_at_the_next_change(
    qtbot, make_page, demo_db, actor, no_questions
):
    page = make_page(demo_db)
    draft = next(m for m in page.meetings if m.status == "draft")
    page.select_meeting(draft.id)
    ws = Workspace(demo_db, actor)  # another window, or the command line
    for row in ws.read(service.attendance, draft.id):
        ws.write(service.set_attendance, draft.id, row.member.id, "hadir")
    ws.write(service.finalize_meeting, draft.id)
    events = _sql(demo_db, "SELECT count(*) FROM audit_event")[0][0]

    combo = page.attendance_combo(0)  # the page still shows the meeting as it was
    combo.setCurrentIndex(combo.findData("tidak_hadir"))
    box = _message(qtbot, page)
    assert box.windowTitle() == "Rapat terkunci"
    assert "koreksi dilakukan melalui rapat baru" in box.text()
    assert _sql(demo_db, "SELECT count(*) FROM audit_event")[0][0] == events
    assert page.meeting.is_final and page.final_banner.isVisible()  # the page now shows the lock
    assert page.attendance_combo(0) is None and page.minutes_edit.isReadOnly()
    assert page.meeting_model.index(page.meeting_model.row_of(draft.id), 2).data() == "Final"
    _close_messages(page)


def test_a_second_meeting_cannot_start_while_one_is_held(qtbot, make_page, demo_db, actor):
    ws = Workspace(demo_db, actor)
    committee = ws.read(service.list_committees)[0]
    held = next(m for m in ws.read(service.list_meetings, committee.id) if m.status == "draft")
    for row in ws.read(service.attendance, held.id):
        ws.write(service.set_attendance, held.id, row.member.id, "hadir")
    ws.write(service.activate_meeting, held.id)
    other = ws.write(
        service.create_meeting, committee.id, period_label="2025", number="BA-09", title="Rapat lain",
        held_on=date(2026, 3, 2), starts_at="09.00", place="Aula",
    )  # fmt: skip
    for row in ws.read(service.attendance, other.id):
        ws.write(service.set_attendance, other.id, row.member.id, "hadir")
    page = make_page(demo_db)
    assert page.meeting.id == held.id  # the meeting being held is opened first
    page.select_meeting(other.id)
    assert page.quorum.met and not page.activate_button.isEnabled()
    assert held.number in page.activate_hint.text()
    page.activate()  # pressed anyway (a script): the service's refusal is shown
    box = _message(qtbot, page)
    assert "masih berlangsung" in box.text()
    _close_messages(page)


def _fake_renderer(monkeypatch, calls):
    module = types.ModuleType("talenta_desktop.services.reports.berita_acara")

    def render_berita_acara(document, out, *, paper="A4", draft=False):
        calls.append((document.number, paper, draft))
        Path(out).write_bytes(b"%PDF-1.4 fake")
        return "f" * 64

    module.render_berita_acara = render_berita_acara
    monkeypatch.setitem(sys.modules, "talenta_desktop.services.reports.berita_acara", module)


def test_the_berita_acara_button_renders_in_the_background(qtbot, make_page, demo_db, tmp_path, monkeypatch):
    calls = []
    _fake_renderer(monkeypatch, calls)
    page = make_page(demo_db)
    final = next(m for m in page.meetings if m.is_final)
    page.select_meeting(final.id)
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, page, BeritaAcaraDialog)
    assert Path(dialog.path_edit.text()).name == "Berita Acara 800.1.3-BA-01-KT-2026.pdf"
    target = tmp_path / "ba.pdf"
    dialog.path_edit.setText(str(target))
    dialog.f4.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.pdf_button.isEnabled() and target.exists(), timeout=10_000)
    assert calls == [(final.number, "F4", False)]
    assert str(target) in page.page_status.text() and page.page_status.isVisible()


def test_a_meeting_not_yet_final_prints_as_a_draft(qtbot, make_page, demo_db, tmp_path, monkeypatch):
    calls = []
    _fake_renderer(monkeypatch, calls)
    page = make_page(demo_db)
    draft = next(m for m in page.meetings if not m.is_final)
    page.select_meeting(draft.id)
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, page, BeritaAcaraDialog)
    assert "DRAF" in " ".join(label.text() for label in dialog.findChildren(QLabel))
    target = tmp_path / "draft.pdf"
    dialog.path_edit.setText(str(target))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.pdf_button.isEnabled() and target.exists(), timeout=10_000)
    assert calls == [(draft.number, "A4", True)]


def test_the_real_renderer_writes_a_pdf(qtbot, make_page, demo_db, tmp_path):
    page = make_page(demo_db)
    final = next(m for m in page.meetings if m.is_final)
    page.select_meeting(final.id)
    target = tmp_path / "berita acara.pdf"
    page.render_berita_acara(target, "A4")
    qtbot.waitUntil(lambda: page.pdf_button.isEnabled(), timeout=30_000)
    assert target.read_bytes().startswith(b"%PDF")
    assert page.page_status.property("tone") == "ok"


def test_a_missing_renderer_is_explained(qtbot, make_page, demo_db, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "talenta_desktop.services.reports.berita_acara", None)  # ImportError
    page = make_page(demo_db)
    page.render_berita_acara(tmp_path / "x.pdf", "A4")
    box = _message(qtbot, page)
    assert "belum tersedia" in box.text()
    assert page.pdf_button.isEnabled()
    _close_messages(page)


def test_the_page_in_the_main_window(qtbot, demo_db):
    window = build_window(demo_db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("committee")
    assert page.objectName() == "page-committee"
    assert page.loading and page.no_meeting.text() == "Memuat rapat…"  # read in the background
    qtbot.waitUntil(lambda: page.meeting is not None, timeout=10_000)
    assert page.right_stack.currentIndex() == 1
    # nothing clipped at 1366×768: the right panel's buttons are inside the page
    for button in (page.finalize_button, page.pdf_button, page.activate_button):
        corner = button.mapTo(page, button.rect().bottomRight())
        assert page.rect().contains(corner), button.objectName()
    window.show_page("home")  # leaving the page autosaves (nothing typed: nothing written)


def test_the_questions_say_what_their_buttons_do(qtbot, make_page, db):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog

    page = make_page(db)
    seen = []

    def answer(button_text: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(sorted(b.text() for b in box.buttons()))
        next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(0, lambda: answer("Finalkan"))
    assert committee_page.ask(page, "Finalkan rapat?", "…", "Finalkan", "Batal") is True
    QTimer.singleShot(0, lambda: answer("Batal"))
    assert committee_page.ask(page, "Finalkan rapat?", "…", "Finalkan", "Batal") is False
    assert seen == [["Batal", "Finalkan"], ["Batal", "Finalkan"]]

    def type_name() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("  Kepala Bagian Organisasi  ")
        dialog.accept()

    QTimer.singleShot(0, type_name)
    assert (
        committee_page.ask_text(page, "Diwakili", "Nama wakil:", "Catat", "Batal")
        == "Kepala Bagian Organisasi"
    )
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    assert committee_page.ask_text(page, "Diwakili", "Nama wakil:", "Catat", "Batal") is None
