"""The window honours the actor's role: for each of the four roles, page by page, an action is enabled
exactly when the role's permissions (services.permissions.ROLE_PERMISSIONS) allow it, and otherwise
disabled with a tooltip that names the role; a reader cannot drag on the nine-box; disciplinary records
are hidden from the roles without SENSITIVE_DATA; and a write the services refuse all the same ends as a
message, never as an exception."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from talenta_desktop.app import build_window
from talenta_desktop.domain.ninebox import grid_position
from talenta_desktop.services.actor import Actor
from talenta_desktop.services.permissions import (
    PERMISSION_LABELS,
    ROLE_LABELS,
    ROLE_PERMISSIONS,
    Permission,
)
from talenta_desktop.ui import permissions as ui_permissions
from talenta_desktop.ui.calibration_dialog import CalibrationDialog
from talenta_desktop.ui.import_wizard import ImportWizard
from talenta_desktop.ui.permissions import lock_reason
from talenta_desktop.ui.succession.dialogs import SettingsDialog
from talenta_desktop.ui.workers import running_tasks

P = Permission
ROLES = tuple(ROLE_PERMISSIONS)

# Which permissions each guarded action needs (what the services check when it writes). Whether a
# role has them comes from ROLE_PERMISSIONS, never from this table.
ACTIONS: dict[str, dict[str, frozenset[Permission]]] = {
    "personnel": {"export_button": frozenset({P.REPORT})},
    "ninebox": {
        "map_button": frozenset({P.TALENT_MAP}),
        "empty_button": frozenset({P.TALENT_MAP}),
        "undo_action": frozenset({P.TALENT_CALIBRATE}),
        "redo_action": frozenset({P.TALENT_CALIBRATE}),
    },
    "committee": {
        **{
            name: frozenset({P.COMMITTEE_MANAGE})
            for name in (
                "new_committee_button",
                "empty_button",
                "members_button",
                "new_meeting_button",
                "correction_button",
                "finalize_button",
                "activate_button",
                "pause_button",
                "save_agenda_button",
                "save_minutes_button",
                "add_decision_button",
                "conflict_button",
                "note_button",
                "add_follow_up_button",
            )
        },
        "template_button": frozenset({P.SETTINGS_MANAGE}),  # the template is an agency-wide setting
        "pdf_button": frozenset({P.REPORT}),
    },
    "development": {
        **{
            name: frozenset({P.DEVELOPMENT_MANAGE})
            for name in (
                "plan_button",
                "bulk_button",
                "first_bulk_button",
                "detail.add_button",
                "detail.edit_button",
                "detail.remove_button",
                "detail.complete_button",
                "detail.finish_button",
                "detail.cancel_button",
                "detail.reopen_button",
            )
        },
        # approving records a decision of the meeting being held
        "detail.approve_button": frozenset({P.DEVELOPMENT_MANAGE, P.COMMITTEE_MANAGE}),
    },
    "succession": {
        **{
            name: frozenset({P.SUCCESSION_MANAGE})
            for name in (
                "new_post_button",
                "edit_post_button",
                "deactivate_button",
                "withdraw_button",
                "propose_button",
            )
        },
        "confirm_button": frozenset({P.SUCCESSION_MANAGE, P.COMMITTEE_MANAGE}),
        "settings_button": frozenset({P.SETTINGS_MANAGE}),
    },
    "settings": {
        **{
            f"schemes.{name}": frozenset({P.SETTINGS_MANAGE})
            for name in ("default_button", "restore_button", "save_button", "revert_button", "install_button")
        },
        **{
            f"periods.{name}": frozenset({P.TALENT_MAP})
            for name in ("new_button", "close_button", "reopen_button")
        },
    },
}


def allowed(role: str, needed: frozenset[Permission]) -> bool:
    return needed <= ROLE_PERMISSIONS[role]


def _attr(page: QWidget, path: str):
    target = page
    for part in path.split("."):
        target = getattr(target, part)
    return target


def _sql(db, query: str, *args):
    with sqlite3.connect(db.path) as conn:
        return conn.execute(query, args).fetchall()


@pytest.fixture
def open_window(qtbot, demo_db):
    def make(role: str):
        window = build_window(demo_db, actor=Actor(f"uji-{role}", role))
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    qtbot.waitUntil(lambda: not running_tasks(), timeout=20_000)


# -- the labels the screen shows ------------------------------------------------------------------------


def test_every_role_and_permission_has_a_label_on_screen():
    assert set(ui_permissions.ROLE_TEXT) == set(ROLE_LABELS) == set(ROLE_PERMISSIONS)
    assert set(ui_permissions.PERMISSION_TEXT) == set(PERMISSION_LABELS) == set(Permission)


# -- page by page: enabled exactly for the roles the matrix allows -----------------------------------------


def _shown(qtbot, window, name: str):
    """A page once what it reads in the background (the Pegawai list, a period's map or plans) is there."""
    page = window.show_page(name)
    qtbot.waitUntil(lambda: not getattr(page, "loading", False), timeout=10_000)
    return page


def _check_actions(window, role: str) -> None:
    label = ui_permissions.role_text(role)
    for page_name, actions in ACTIONS.items():
        page = window.show_page(page_name)
        for path, needed in actions.items():
            widget = _attr(page, path)
            reason = lock_reason(widget)
            where = f"{page_name}.{path} for {role}"
            if allowed(role, needed):
                assert reason is None, f"{where}: locked"
                assert "Peran Anda" not in (widget.toolTip() or ""), where
            else:
                assert reason is not None, f"{where}: not locked"
                assert f"Peran Anda ({label})" in reason, where
                assert not widget.isEnabled(), f"{where}: enabled"
                assert widget.toolTip() == reason, where


@pytest.mark.parametrize("role", ROLES)
def test_actions_follow_the_permission_matrix_and_stay_so(open_window, role):
    """Page by page; then the pages reload, choose another meeting, period or post, and what their own
    logic re-enables stays locked."""
    window = open_window(role)
    _check_actions(window, role)

    committee = window.show_page("committee")
    committee.refresh()
    may = allowed(role, frozenset({P.COMMITTEE_MANAGE}))
    follow_ups = committee.follow_up_model
    for row in reversed(range(committee.meeting_model.rowCount())):  # the final meeting, then the open one
        committee.meetings_table.selectRow(row)
        final = committee.meeting.is_final
        assert committee.finalize_button.isEnabled() == (may and not final)
        assert committee.minutes_edit.isReadOnly() == (not may or final)
        assert committee.agenda_edit.isReadOnly() == (not may or final)
        assert committee.attendance_model.locked == (not may or final)
        assert committee.activate_row.isVisibleTo(committee) == (may and not final)
        if follow_ups.rowCount():  # ticked "done" in place, also after finalising: only by who may
            flags = follow_ups.flags(follow_ups.index(0, follow_ups.DONE_COLUMN))
            assert bool(flags & Qt.ItemFlag.ItemIsUserCheckable) == may

    window.show_page("ninebox").refresh()
    window.show_page("development").refresh()
    succession = window.show_page("succession")
    succession.refresh()
    assert succession.successor_model.editable == allowed(role, frozenset({P.SUCCESSION_MANAGE}))
    if succession.successor_model.rowCount() and not succession.successor_model.editable:
        assert succession.readiness_combo(0) is None  # the readiness is text, not a combo
    window.show_page("settings").refresh()
    _check_actions(window, role)


@pytest.mark.parametrize("role", ROLES)
def test_the_scheme_editor_is_read_only_without_settings_permission(open_window, role):
    section = open_window(role).show_page("settings").schemes
    may = allowed(role, frozenset({P.SETTINGS_MANAGE}))
    assert section.editor.read_only == (not may or not section.current.is_latest)
    assert section.read_only_banner.isVisibleTo(section) == (not may or not section.current.is_latest)
    assert section.save_button.isVisibleTo(section) == (may and section.current.is_latest)


@pytest.mark.parametrize("role", ROLES)
def test_the_import_wizard_says_so_before_a_file_is_chosen(qtbot, open_window, role, tmp_path):
    window = open_window(role)
    wizard = ImportWizard(window.workspace, window)
    qtbot.addWidget(wizard)
    wizard.show()
    source = wizard.source_page
    may = allowed(role, frozenset({P.PERSONNEL_EDIT}))
    assert source.refusal_label.isVisible() == (not may)
    csv = tmp_path / "pegawai.csv"
    csv.write_text("NIP,Nama\n", encoding="utf-8")
    if may:
        wizard.set_file(csv)
        assert source.isComplete()
    else:
        assert "Peran Anda" in source.refusal_label.text()
        assert not source.isComplete()  # "Lanjut" stays disabled
    wizard.reject()


# -- the nine-box --------------------------------------------------------------------------------------


def _drawn_person(page):
    shown = page.shown[page.shown["box"].notna() & ~page.shown["calibrated"]]
    for row in shown.itertuples():
        if page.view.person_item(row.nip) is not None:
            return row
    raise AssertionError("no drawn person")


def _neighbour(box: int) -> int:
    row, column = grid_position(box)
    for other in range(1, 10):
        r, c = grid_position(other)
        if abs(r - row) + abs(c - column) == 1:
            return other
    raise AssertionError


def _drag(view, start: QPointF, end: QPointF) -> None:
    viewport = view.viewport()
    a, b = view.mapFromScene(start), view.mapFromScene(end)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    for step in range(1, 11):
        QTest.mouseMove(viewport, a + QPoint((b - a).x() * step // 10, (b - a).y() * step // 10))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)


@pytest.mark.parametrize("role", ROLES)
def test_only_a_role_that_may_calibrate_can_drag_or_move_with_the_keyboard(qtbot, open_window, role, demo_db):
    page = _shown(qtbot, open_window(role), "ninebox")
    may = allowed(role, frozenset({P.TALENT_CALIBRATE}))
    assert page.view.interactive == may
    assert page.undo_button.isVisibleTo(page) == may
    person = _drawn_person(page)
    box = int(person.box)
    requested = []
    page.view.moveRequested.connect(lambda *args: requested.append(args))
    item = page.view.person_item(person.nip)
    _drag(page.view, item.sceneBoundingRect().center(), page.view.cell_center(_neighbour(box)))
    assert page.view.selected_person_id() == person.person_id  # a click still selects and shows

    page.view.setFocus()
    page.view.select_person(person.person_id)
    QTest.keyClick(page.view, Qt.Key.Key_Up if box < 7 else Qt.Key.Key_Down)
    QTest.keyClick(page.view, Qt.Key.Key_Return)
    if may:
        assert len(requested) == 2
        qtbot.waitUntil(lambda: page.findChild(CalibrationDialog) is not None, timeout=3000)
        for dialog in page.findChildren(CalibrationDialog):
            dialog.reject()
    else:
        assert requested == []
        assert page.findChild(CalibrationDialog) is None
        assert "hanya lihat" in page.subtitle.text()
    assert page._row(person.person_id)["box"] == box
    assert _sql(demo_db, "SELECT count(*) FROM calibration WHERE person_id = ?", person.person_id) == [(0,)]


@pytest.mark.parametrize("role", ROLES)
def test_disciplinary_details_leave_the_nine_box_only_for_sensitive_roles(qtbot, open_window, role):
    page = _shown(qtbot, open_window(role), "ninebox")
    reasons = page.map.frame["holding_reason"].dropna().astype(str)
    detailed = reasons.str.contains("Hukuman disiplin tingkat").any()
    mentioned = reasons.str.contains("hukuman disiplin", case=False).any()
    assert mentioned  # the demo holds someone back for a recent disciplinary record
    assert detailed == allowed(role, frozenset({P.SENSITIVE_DATA}))


# -- hukuman disiplin on the Pegawai page --------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_hukdis_shows_only_for_roles_with_sensitive_data(qtbot, open_window, role, demo_db):
    (person_id,) = _sql(demo_db, "SELECT person_id FROM riwayat_hukdis ORDER BY id LIMIT 1")[0]
    page = _shown(qtbot, open_window(role), "personnel")
    page.search.setText(_sql(demo_db, "SELECT nip FROM person WHERE id = ?", person_id)[0][0])
    page.apply_filters()
    page.select_row(page.model.row_of(person_id))
    profile = page.profile
    assert profile.profile is not None and profile.profile.id == person_id
    hidden = profile.findChild(QLabel, "hukdisHidden")
    table = profile.findChild(QWidget, "hukdisTable")
    if allowed(role, frozenset({P.SENSITIVE_DATA})):
        assert table is not None and hidden is None
        assert profile.profile.hukdis
    else:
        assert table is None and hidden is not None
        assert not profile.profile.hukdis  # never read, not merely not drawn
        assert "Administrator dan Operator BKPSDM" in hidden.text()


# -- a refusal that comes all the same ------------------------------------------------------------------


@pytest.fixture
def demoted(open_window):
    """An administrator's window whose user has since become a reader: every control is still enabled,
    so each write reaches the services, which refuse it."""
    window = open_window("administrator")

    def demote():
        window.workspace.actor = Actor("uji-turun", "pembaca")

    return window, demote


def test_a_refused_calibration_is_a_message(qtbot, demoted, demo_db, monkeypatch):
    window, demote = demoted
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kw: shown.append(args[1:3]))
    page = _shown(qtbot, window, "ninebox")
    person = _drawn_person(page)
    box = int(person.box)
    demote()
    dialog = page.request_move(person.person_id, box, _neighbour(box))
    dialog.reason.setPlainText("Dibahas komite")
    dialog.ok.click()
    assert shown and "tidak berwenang" in shown[0][1] and "Pembaca" in shown[0][1]
    assert page._row(person.person_id)["box"] == box
    assert _sql(demo_db, "SELECT count(*) FROM calibration WHERE person_id = ?", person.person_id) == [(0,)]


def test_a_refused_committee_write_is_a_message(qtbot, demoted, demo_db):
    window, demote = demoted
    page = window.show_page("committee")
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    page.select_meeting(_sql(demo_db, "SELECT id FROM meeting WHERE status = 'draft'")[0][0])
    demote()
    page.agenda_edit.setPlainText("Kalibrasi\nSuksesor")
    page.save_agenda()
    assert page.last_error is not None and "tidak berwenang" in page.last_error
    box = page.findChild(QMessageBox, "committeeMessage")
    assert box is not None and box.isVisible()
    box.close()


def test_a_refused_dialog_keeps_the_form_open_with_the_reason(qtbot, demoted):
    window, demote = demoted
    page = window.show_page("succession")
    dialog = page.open_settings_dialog()
    assert isinstance(dialog, SettingsDialog)
    demote()
    dialog.accept()
    assert dialog.isVisible()
    assert "tidak berwenang" in dialog.messages.text()
    dialog.reject()


def test_a_refused_period_change_is_said_in_place(qtbot, demoted, demo_db):
    window, demote = demoted
    section = window.show_page("settings").show_section("periods")
    section.select("2025")
    demote()
    assert not section.set_status("closed", ask=False)
    assert "tidak berwenang" in section.status.text()
    assert _sql(demo_db, "SELECT status FROM talent_period WHERE label = '2025'") == [("open",)]


def test_a_refused_plan_action_is_said_in_the_detail(qtbot, demoted, monkeypatch):
    window, demote = demoted
    page = _shown(qtbot, window, "development")
    detail = page.detail
    monkeypatch.setattr("talenta_desktop.ui.development.detail.ask", lambda *args, **kw: True)
    status = "batal" if detail.plan.status not in ("selesai", "batal") else "draf"
    demote()
    assert not detail.set_status(status)
    assert "tidak berwenang" in detail.status.text()
