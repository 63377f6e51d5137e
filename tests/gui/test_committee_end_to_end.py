"""A Komite Talenta meeting held end to end in the main window, as the committee's secretary and the
nine-box operator would: the prepared meeting gets its quorum and is opened on the Komite page, a person
is calibrated by dragging them on the Peta Talenta page (the calibration is recorded on the meeting), a
discussion note and a decision are added, the meeting is finalised — and from then on the calibration
cannot be changed, neither through the services nor on the nine-box, while the berita acara
printed by the real renderer names every decision and carries the stored fingerprint."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

import talenta_desktop.ui.pages.committee as committee_page
from talenta_desktop.app import build_window
from talenta_desktop.domain.nip import format_nip
from talenta_desktop.services import committee as service
from talenta_desktop.services.reports.berita_acara import render_berita_acara
from talenta_desktop.services.talent.calibration import CalibrationError, calibrate, reverse_calibration
from talenta_desktop.services.workspace import Workspace
from talenta_desktop.ui.calibration_dialog import CalibrationDialog
from talenta_desktop.ui.committee.dialogs import DecisionDialog, NoteDialog
from talenta_desktop.ui.workers import running_tasks
from tests.gui.test_committee_page import _choose_status, _dialog, _ok
from tests.gui.test_ninebox_page import _drag, _neighbour
from tests.services.test_berita_acara_pdf import PdfReadBack, normalize, printed_fingerprint

REASON = "Capaian kinerja dua semester di atas target dan rekomendasi atasan langsung"
NOTE = "Dibahas bersama laporan atasan langsung; komite sepakat dengan kalibrasi"
DECISION = "Ditetapkan sebagai anggota Kelompok Rencana Suksesi Instansi"


def _sql(db, query: str, *args):
    with sqlite3.connect(db.path) as conn:
        return conn.execute(query, args).fetchall()


def _count(db, table: str) -> int:
    return _sql(db, f"SELECT count(*) FROM {table}")[0][0]


def _unexpected_question(*args, **kwargs):
    raise AssertionError(f"unexpected question: {args[1:3]}")


def _show_tab_of(page, widget: QWidget) -> None:
    """Open the meeting tab holding ``widget`` (found, not counted: the tabs may be rearranged)."""
    for index in range(page.tabs.count()):
        if page.tabs.widget(index).isAncestorOf(widget):
            page.tabs.setCurrentIndex(index)
            assert widget.isVisible(), widget.objectName()
            return
    raise AssertionError(f"{widget.objectName()} is on no tab")


def _drawn_uncalibrated_person(page, calibrated: set[int]):
    """A placed person, drawn on the map, never calibrated in the period (so no final meeting holds
    their box)."""
    shown = page.shown[page.shown["box"].notna() & ~page.shown["person_id"].isin(calibrated)]
    for row in shown.itertuples():
        if page.view.person_item(row.nip) is not None:
            return row
    raise AssertionError("no drawn, uncalibrated person")


class _MessageCatcher:
    """Answers the blocking message box a refused action shows (QMessageBox.warning runs its own event
    loop): notes its title and text, then closes it."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str]] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def _look(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            self.seen.append((box.windowTitle(), box.text()))
            box.done(0)

    def stop(self) -> None:
        self.timer.stop()


def test_a_meeting_held_in_the_main_window_from_quorum_to_a_locked_printed_record(
    qtbot, demo_db, actor, monkeypatch, tmp_path
):
    monkeypatch.setattr(committee_page, "ask", _unexpected_question)
    monkeypatch.setattr(committee_page, "ask_text", _unexpected_question)
    window = build_window(demo_db, actor=actor)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)

    # -- the Komite page: the demo committee's prepared meeting, attendance until the quorum ---------------
    page = window.show_page("committee")
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)  # the first meeting is read in the background
    assert page.objectName() == "page-committee"
    draft = next(m for m in page.meetings if m.status == "draft")
    assert any(m.is_final for m in page.meetings)  # the demo's first meeting: not the one to hold
    page.select_meeting(draft.id)
    assert page.meeting.id == draft.id and page.status_chip.text() == "Persiapan"
    _show_tab_of(page, page.attendance_table)
    assert not page.quorum.met and not page.activate_button.isEnabled()
    assert page.quorum_label.property("tone") == "error"
    absent = [i for i, r in enumerate(page.attendance_model.rows) if r.status not in ("hadir", "diwakili")]
    for row in absent:
        if page.quorum.met:
            break
        _choose_status(qtbot, page, row, "hadir")
    quorum = page.workspace.read(service.quorum, draft.id)
    assert quorum.met and quorum.present == quorum.required  # exactly enough members were recorded
    assert page.quorum_label.property("tone") == "ok"
    assert page.quorum_label.text() == (
        f"Dihadiri {quorum.present} dari {quorum.members} anggota "
        f"(kuorum terpenuhi: paling sedikit {quorum.required})."
    )
    assert page.activate_button.isEnabled()

    # -- the meeting is opened -------------------------------------------------------------------------
    page.activate()
    meeting_id = draft.id
    assert page.meeting.status == "active" and page.status_chip.text() == "Berlangsung"
    assert page.active_banner.isVisible()
    assert _sql(demo_db, "SELECT status FROM meeting WHERE id = ?", meeting_id) == [("active",)]

    # -- the Peta Talenta page: one person dragged to a neighbouring box, with the reason ------------------
    ninebox = window.show_page("ninebox")
    qtbot.waitUntil(lambda: not ninebox.loading, timeout=10_000)  # the map is read in the background
    period = ninebox.map.period.label
    assert period == draft.period_label
    calibrated_before = {
        pid
        for (pid,) in _sql(
            demo_db,
            "SELECT person_id FROM calibration WHERE period_id = (SELECT id FROM talent_period WHERE label = ?)",
            period,
        )
    }
    person = _drawn_uncalibrated_person(ninebox, calibrated_before)
    person_id, from_box = int(person.person_id), int(person.box)
    to_box = _neighbour(from_box)
    counts = ninebox.view.box_counts()
    item = ninebox.view.person_item(person.nip)
    _drag(qtbot, ninebox.view, item.sceneBoundingRect().center(), ninebox.view.cell_center(to_box))
    dialog = _dialog(qtbot, ninebox, CalibrationDialog)
    meeting_label = dialog.findChild(QWidget, "calibrationMeeting")
    assert draft.number in meeting_label.text()  # the dialog says which meeting records the move
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.reason, REASON)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ninebox.findChild(CalibrationDialog) is None, timeout=5000)

    rows = _sql(
        demo_db,
        "SELECT id, meeting_id, reason, reverses_id FROM calibration WHERE person_id = ? ORDER BY id",
        person_id,
    )
    assert len(rows) == 1
    calibration_id, linked_meeting, reason, reverses = rows[0]
    assert linked_meeting == meeting_id  # recorded on the meeting being held
    assert (reason, reverses) == (REASON, None)
    assert ninebox._row(person_id)["box"] == to_box
    moved = ninebox.view.box_counts()
    assert moved[from_box] == counts[from_box] - 1 and moved[to_box] == counts[to_box] + 1
    assert ninebox.undo_stack.canUndo()

    # -- back on the Komite page: the calibration is among the meeting's decisions -----------------------
    page = window.show_page("committee")
    assert page.meeting.id == meeting_id and page.meeting.status == "active"
    assert page.decision_model.rowCount() == 1
    assert page.decision_model.rows[0].nip == person.nip
    assert page.decision_model.rows[0].reason == REASON

    # a discussion note on the calibrated person, marked "dibahas", through the note dialog
    _show_tab_of(page, page.note_button)
    qtbot.mouseClick(page.note_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, page, NoteDialog)
    assert not dialog.ok_button.isEnabled()  # the person is required
    dialog.picker.set_query(person.nip)
    assert dialog.picker.person_id() == person_id
    qtbot.keyClicks(dialog.text_edit, NOTE)
    if not dialog.discussed.isChecked():
        qtbot.mouseClick(dialog.discussed, Qt.MouseButton.LeftButton)
    assert dialog.discussed.isChecked()
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.findChild(NoteDialog) is None, timeout=5000)
    assert _sql(
        demo_db, "SELECT person_id, text, discussed FROM meeting_note WHERE meeting_id = ?", meeting_id
    ) == [(person_id, NOTE, 1)]

    # a KRS decision about another person, through the decision dialog
    (other_id, other_nip), *_ = _sql(
        demo_db, "SELECT id, nip FROM person WHERE id != ? ORDER BY id LIMIT 1", person_id
    )
    _show_tab_of(page, page.add_decision_button)
    qtbot.mouseClick(page.add_decision_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, page, DecisionDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("krs"))
    dialog.picker.set_query(other_nip)
    assert dialog.picker.person_id() == other_id
    qtbot.keyClicks(dialog.text_edit, DECISION)
    dialog.basis.setText("Kelompok Rencana Suksesi Instansi")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: page.decision_model.rowCount() == 2, timeout=5000)
    assert _sql(
        demo_db, "SELECT kind, person_id, text FROM meeting_decision WHERE meeting_id = ?", meeting_id
    ) == [("krs", other_id, DECISION)]

    # -- finalised, after the confirmation -----------------------------------------------------------------
    confirmations = []

    def confirm(parent, title, question, yes, no):
        confirmations.append((title, question, yes))
        return True

    monkeypatch.setattr(committee_page, "ask", confirm)
    fingerprint = page.finalize()
    monkeypatch.setattr(committee_page, "ask", _unexpected_question)
    assert len(confirmations) == 1 and confirmations[0][2] == "Finalkan"
    assert "terkunci" in confirmations[0][1]
    stored = _sql(demo_db, "SELECT status, fingerprint FROM meeting WHERE id = ?", meeting_id)
    assert stored == [("final", fingerprint)] and len(fingerprint) == 64
    assert page.meeting.is_final and page.final_banner.isVisible()
    assert fingerprint in page.fingerprint_label.text()

    # -- (a) the locked calibration cannot be changed ------------------------------------------------------
    calibrations = _count(demo_db, "calibration")
    events = _count(demo_db, "audit_event")
    ws = Workspace(demo_db, actor)  # the services directly, as the command line or a script would
    with pytest.raises(CalibrationError, match="difinalkan"):
        ws.write(reverse_calibration, calibration_id)
    with pytest.raises(CalibrationError, match="difinalkan"):
        ws.write(calibrate, period, person_id, from_box, "Dikembalikan tanpa rapat koreksi")
    with pytest.raises(service.MeetingLocked):
        ws.write(service.set_note, meeting_id, person_id, "Catatan diubah", False)
    assert _count(demo_db, "calibration") == calibrations

    # back on the nine-box (refreshed, since the Komite page recorded the final meeting), undo no longer
    # offers the decided move, and moving the person again is refused with the service's reason
    ninebox = window.show_page("ninebox")
    qtbot.waitUntil(lambda: not ninebox.loading, timeout=10_000)  # read again: data changed meanwhile
    assert not ninebox.undo_stack.canUndo()
    catcher = _MessageCatcher()
    try:
        ninebox._commit_move(person_id, from_box, "Dikembalikan tanpa rapat koreksi")
        qtbot.waitUntil(lambda: bool(catcher.seen), timeout=5000)
    finally:
        catcher.stop()
    assert len(catcher.seen) == 1
    title, message = catcher.seen[0]
    assert title == "Kalibrasi tidak dicatat"
    assert "difinalkan" in message
    assert ninebox._row(person_id)["box"] == to_box
    assert ninebox.view.box_counts() == moved
    assert not ninebox.undo_stack.canUndo()
    assert _count(demo_db, "calibration") == calibrations
    assert _count(demo_db, "audit_event") == events
    assert _sql(demo_db, "SELECT max(id) FROM calibration WHERE person_id = ?", person_id) == [
        (calibration_id,)
    ]

    # -- (b) the berita acara, printed by the real renderer, names every decision ---------------------------
    document = ws.read(service.berita_acara_document, meeting_id)
    target = tmp_path / "berita acara.pdf"
    digest = render_berita_acara(document, target)
    pdf = PdfReadBack(target.read_bytes())
    text = pdf.text
    assert "BERITA ACARA RAPAT KOMITE TALENTA" in text and draft.number in text
    decided = _sql(
        demo_db,
        "SELECT p.nip, p.nama FROM calibration c JOIN person p ON p.id = c.person_id WHERE c.meeting_id = ?"
        " UNION ALL "
        "SELECT p.nip, p.nama FROM meeting_decision d JOIN person p ON p.id = d.person_id"
        " WHERE d.meeting_id = ?",
        meeting_id,
        meeting_id,
    )
    assert sorted(decided) == sorted(
        [(person.nip, _name(demo_db, person_id)), (other_nip, _name(demo_db, other_id))]
    )
    for nip, nama in decided:
        assert format_nip(nip) in text, nip
        assert normalize(nama) in text, nama
        assert f"{format_nip(nip)} {normalize(nama)}" in text, nip  # one table row: NIP, then the name
    assert len(document.decisions) == len(decided)
    assert printed_fingerprint(normalize(pdf.texts[-1])) == fingerprint == digest
    window.close()
    qtbot.waitUntil(lambda: not running_tasks(), timeout=20_000)


def _name(db, person_id: int) -> str:
    return _sql(db, "SELECT nama FROM person WHERE id = ?", person_id)[0][0]
