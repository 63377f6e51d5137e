"""Pengaturan › Log audit, driven as an administrator would: the events a page at a time, narrowed by
user, kind, date and person, one event's before and after, the chain's state (and a tampered event found),
and an export of what the filters show. Other roles do not see the tab."""

from __future__ import annotations

import csv
import sqlite3
from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog

from talenta_desktop.app import create_application
from talenta_desktop.services.actor import Actor
from talenta_desktop.services.audit_log import ACTION_LABELS, FIELD_LABELS, GROUP_LABELS
from talenta_desktop.services.export_log import export_log
from talenta_desktop.services.workspace import Workspace
from talenta_desktop.ui.pages.settings import SettingsPage
from talenta_desktop.ui.settings import audit_section
from talenta_desktop.ui.settings.audit_section import (
    ACTION_TEXT,
    FIELD_TEXT,
    GROUP_TEXT,
    AuditLogModel,
    AuditSection,
    RowRole,
    action_text,
)
from talenta_desktop.ui.workers import running_tasks


@pytest.fixture
def make_section(qtbot, actor):
    def make(db, who: Actor | None = None) -> AuditSection:
        create_application()
        section = AuditSection(Workspace(db, who or actor), open_url=lambda url: None)
        qtbot.addWidget(section)
        section.resize(1120, 640)
        section.show()
        if section.allowed:
            qtbot.waitUntil(lambda: section.chain is not None, timeout=20_000)
        return section

    yield make
    qtbot.waitUntil(lambda: not running_tasks(), timeout=20_000)


@pytest.fixture
def section(make_section, demo_db) -> AuditSection:
    return make_section(demo_db)


def _rows(section: AuditSection):
    return section.model.rows


def _choose(combo, code) -> None:
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)


def _sql(db, query: str, *args):
    with sqlite3.connect(db.path) as conn:
        return conn.execute(query, args).fetchall()


# -- the list --------------------------------------------------------------------------------------------


def test_model_passes_the_model_tester(qtmodeltester, section):
    assert section.model.rowCount() > 0
    qtmodeltester.check(section.model)


def test_events_load_a_page_at_a_time_newest_first(qtbot, make_section, demo_db, monkeypatch):
    monkeypatch.setattr(audit_section, "PAGE_SIZE", 25)
    section = make_section(demo_db)
    model = section.model
    (total,) = _sql(demo_db, "SELECT count(*) FROM audit_event")[0]
    assert model.total == total > 50
    assert model.rowCount() == 25 and model.canFetchMore()
    assert "25" in section.count_label.text() and "gulir" in section.count_label.text()
    section.table.scrollToBottom()  # the view asks for the next page as the user scrolls
    qtbot.waitUntil(lambda: model.rowCount() > 25)
    while model.canFetchMore():
        model.fetchMore()
    ids = [r.id for r in _rows(section)]
    assert len(ids) == total and ids == sorted(ids, reverse=True) and len(set(ids)) == total
    qtbot.waitUntil(lambda: "gulir" not in section.count_label.text())


def test_filters_narrow_the_rows(qtbot, section, demo_db):
    total = section.model.total
    _choose(section.kind_combo, "calibration")
    calibrations = _sql(demo_db, "SELECT count(*) FROM audit_event WHERE action LIKE 'calibration.%'")[0][0]
    assert section.model.total == calibrations > 0
    assert {r.group for r in _rows(section)} == {"calibration"}
    assert section.clear_button.isEnabled()

    _choose(section.kind_combo, "calibration.reverse")
    assert {r.action for r in _rows(section)} == {"calibration.reverse"}

    section.clear_button.click()
    assert section.model.total == total and section.kind_combo.currentIndex() == 0

    _choose(section.user_combo, "penguji")
    assert section.model.total == total  # the demo was built by one user
    section.user_combo.setCurrentIndex(0)

    tomorrow = date.today() + timedelta(days=1)
    section.date_from.setDate(QDate(tomorrow))
    assert section.model.rowCount() == 0
    assert "Tidak ada peristiwa" in section.count_label.text()
    section.date_from.setDate(QDate(date.today() - timedelta(days=1)))
    section.date_to.setDate(QDate(tomorrow))
    assert section.model.total == total  # the demo was built today


def test_typing_a_nip_shows_that_persons_events(qtbot, section, demo_db):
    nip, person_id = _sql(
        demo_db,
        "SELECT p.nip, p.id FROM person p JOIN audit_event e ON e.entity = 'person' AND e.entity_id = p.id "
        "ORDER BY p.id LIMIT 1",
    )[0]
    qtbot.keyClicks(section.person_edit, nip)
    qtbot.keyClick(section.person_edit, Qt.Key.Key_Return)
    rows = _rows(section)
    assert rows and all(r.person_id == person_id for r in rows)
    assert "calibration.create" in {r.action for r in rows}
    assert section.person_note.text() == "1 pegawai cocok"
    shown = section.model.index(0, AuditLogModel.SUMMARY).data()
    assert shown.startswith(rows[0].person_name)

    section.person_edit.setText("Tidak Ada Orang Bernama Ini")
    qtbot.waitUntil(lambda: section.model.rowCount() == 0)  # after a pause in typing
    assert section.person_note.text() == "Tidak ada pegawai yang cocok."


def test_the_detail_shows_before_and_after(qtbot, section):
    _choose(section.kind_combo, "calibration.create")
    row = section.model.rows[0]
    section.table.selectRow(0)
    assert section.selected() == row
    text = section.detail.toPlainText()
    assert section.detail_title.text() == f"Peristiwa #{row.id}"
    assert "Sebelum" in text and "Sesudah" in text
    assert row.after["reason"] in text
    assert row.person in text
    assert "Kotak talenta dikalibrasi" in text and "calibration.create" in text
    assert section.model.index(0, AuditLogModel.ID).data(RowRole) == row


# -- the chain -------------------------------------------------------------------------------------------


def test_chain_is_checked_when_shown(section, demo_db):
    (total,) = _sql(demo_db, "SELECT count(*) FROM audit_event")[0]
    assert section.chain.intact and section.chain.events == total
    assert section.chain_banner.property("tone") == "ok"
    assert "utuh" in section.chain_label.text()
    assert not section.broken_button.isVisible()


def test_a_tampered_event_is_named_and_shown(qtbot, section, demo_db):
    (target,) = _sql(demo_db, "SELECT min(id) FROM audit_event WHERE action = 'calibration.create'")[0]
    _sql(demo_db, "UPDATE audit_event SET after = json_set(after, '$.box', 9) WHERE id = ?", target)
    _choose(section.kind_combo, "meeting")  # the tampered event is not in view
    with qtbot.waitSignal(section.chain_checked, timeout=20_000):
        section.chain_button.click()
    assert section.chain.broken_id == target
    assert section.chain_banner.property("tone") == "error"
    assert f"#{target}" in section.chain_label.text()
    assert section.broken_button.isVisible()
    section.broken_button.click()
    assert section.selected().id == target and section.kind_combo.currentIndex() == 0
    row = section.model.row_of(target)
    assert (
        section.model.index(row, AuditLogModel.ACTION).data(Qt.ItemDataRole.ForegroundRole).name()
        == "#b03a2e"
    )
    assert "terputus di sini" in section.detail.toPlainText()


# -- export ----------------------------------------------------------------------------------------------


def test_export_writes_the_filtered_events(qtbot, section, demo_db, tmp_path, monkeypatch):
    _choose(section.kind_combo, "meeting")
    expected = [r.id for r in _rows(section)]
    target = tmp_path / "log-rapat.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(section.task_ended, timeout=20_000) as ended:
        section.export_button.click()
    assert ended.args[0] is not None and ended.args[0].rows == len(expected)
    sheet = load_workbook(target).active
    assert sheet.freeze_panes == "A2"
    assert [r[0] for r in sheet.iter_rows(min_row=2, values_only=True)] == expected
    assert section.result.isVisible() and section.result.property("tone") == "ok"
    with demo_db.session() as session:
        assert export_log(session)[0].kind == "audit"
    # the export is itself an event: the list shows it once the filter lets it through
    section.clear_button.click()
    assert _rows(section)[0].action == "export.audit"
    assert section.model.index(0, AuditLogModel.ACTION).data() == "Ekspor: Log audit"


def test_export_as_csv_from_the_dialog(qtbot, section, tmp_path, monkeypatch):
    target = tmp_path / "log"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV (*.csv)"))
    with qtbot.waitSignal(section.task_ended, timeout=20_000):
        section.choose_export_path()
    with (tmp_path / "log.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:3] == ["No.", "Waktu", "Pengguna"] and len(rows) - 1 == section.model.total - 1


# -- who sees it -----------------------------------------------------------------------------------------


def _settings(qtbot, db, who: Actor) -> SettingsPage:
    create_application()
    page = SettingsPage(Workspace(db, who))
    qtbot.addWidget(page)
    return page


def test_the_tab_is_for_administrators_only(qtbot, demo_db, actor):
    try:
        admin = _settings(qtbot, demo_db, actor)
        titles = [admin.tabs.tabText(i) for i in range(admin.tabs.count())]
        assert "Log audit" in titles
        assert admin.show_section("audit") is admin.audit
        operator = _settings(qtbot, demo_db, Actor("siti", "operator"))
        assert operator.audit is None
        assert "Log audit" not in [operator.tabs.tabText(i) for i in range(operator.tabs.count())]
    finally:
        qtbot.waitUntil(lambda: not running_tasks(), timeout=20_000)


def test_a_section_made_for_another_role_reads_nothing(make_section, demo_db):
    section = make_section(demo_db, Actor("siti", "operator"))
    assert not section.allowed and section.model.rowCount() == 0
    assert not section.export_button.isEnabled()
    assert "administrator" in section.chain_label.text()


def test_fits_a_1024_pixel_screen(qtbot, demo_db, actor):
    from talenta_desktop.app import build_window

    window = build_window(demo_db, actor=actor)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = window.show_page("settings")
    page.show_section("audit")
    qtbot.waitUntil(lambda: page.audit.chain is not None, timeout=20_000)
    # the window's chrome around the tabs (navigation, margins), plus what this tab needs
    chrome = window.minimumSizeHint().width() - page.tabs.minimumSizeHint().width()
    assert chrome + page.audit.minimumSizeHint().width() <= 1024
    chrome = window.minimumSizeHint().height() - page.tabs.minimumSizeHint().height()
    assert chrome + page.audit.minimumSizeHint().height() <= 740
    qtbot.waitUntil(lambda: not running_tasks(), timeout=20_000)


# -- words -----------------------------------------------------------------------------------------------


def test_screen_words_are_the_services_words():
    """Marked for translation here, the same Indonesian as the services (which exports and the CLI use)."""
    assert ACTION_TEXT == ACTION_LABELS
    assert GROUP_TEXT == GROUP_LABELS
    assert FIELD_TEXT == FIELD_LABELS
    assert action_text("calibration.create") == "Kotak talenta dikalibrasi"
    assert action_text("export.personnel") == "Ekspor: Data pegawai"
