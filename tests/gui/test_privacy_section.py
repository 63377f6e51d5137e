"""Pengaturan › Data pribadi driven as a user would: the register read and exported for the DPIA, the
retention rules saved (and refused when wrong), the preview read, retention applied after a confirmation
and a backup, and the whole tab read-only for a reader."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from talenta_desktop.app import build_window
from talenta_desktop.models import AuditEvent
from talenta_desktop.services import privacy
from talenta_desktop.services.actor import Actor
from talenta_desktop.services.app_settings import get_setting
from talenta_desktop.services.backups import list_backups
from talenta_desktop.services.export_log import export_log
from talenta_desktop.ui.permissions import lock_reason
from talenta_desktop.ui.settings.privacy_section import (
    CANDIDATE_COLUMNS,
    REGISTER_COLUMNS,
    CandidateTableModel,
    PrivacySection,
    RegisterTableModel,
)

GONE_NIP = "196201011986031001"  # added below: died in 2011, named in no record


def _add_departed(db) -> None:
    """Someone the default rules reach today: left long ago and named nowhere (so removed whole)."""
    with sqlite3.connect(db.path) as conn:
        conn.execute(
            "INSERT INTO person (nip, nama, tanggal_lahir, jenis_kelamin, jenis_pegawai, kedudukan, tmt_jabatan, "
            "email) VALUES (?, 'Sutrisno', '1962-01-01', 'L', 'PNS', 'Meninggal Dunia', '2011-03-01', 'x@y.id')",
            (GONE_NIP,),
        )


def _section(qtbot, db, actor: Actor | None = None) -> PrivacySection:
    window = build_window(db, actor=actor or Actor("penguji"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("settings")
    section = page.show_section("privacy")
    qtbot.waitUntil(lambda: section.loaded)
    return section


def _people(db) -> set[str]:
    with sqlite3.connect(db.path) as conn:
        return {nip for (nip,) in conn.execute("SELECT nip FROM person")}


@pytest.fixture
def section(qtbot, demo_db) -> PrivacySection:
    _add_departed(demo_db)
    return _section(qtbot, demo_db)


def test_models_pass_the_model_tester(qtmodeltester, section):
    assert section.register_model.rowCount() == len(privacy.CATEGORY_KEYS)
    assert section.candidate_model.rowCount() == 1
    qtmodeltester.check(section.register_model, force_py=True)
    qtmodeltester.check(section.candidate_model, force_py=True)
    qtmodeltester.check(section.candidate_proxy, force_py=True)
    empty = RegisterTableModel()
    qtmodeltester.check(empty, force_py=True)
    qtmodeltester.check(CandidateTableModel(), force_py=True)


def test_the_register_shows_each_category_and_its_details(qtbot, section):
    model, table = section.register_model, section.register_table
    cell = lambda row, key: model.index(row, REGISTER_COLUMNS.index(key)).data()  # noqa: E731
    rows = {cell(r, "category"): r for r in range(model.rowCount())}
    hukdis = rows["Hukuman disiplin (data sensitif)"]
    assert cell(hukdis, "viewers") == "Administrator, Operator BKPSDM"
    assert cell(rows["Identitas dan kontak pegawai"], "viewers") == "Semua peran"
    assert cell(rows["Identitas dan kontak pegawai"], "count") == "401"
    assert cell(rows["Log audit"], "retention") == "Tanpa batas waktu"

    table.selectRow(hukdis)
    qtbot.waitUntil(lambda: "integritas" in section.detail.toPlainText())
    detail = section.detail.toPlainText()
    assert "Dasar hukum" in detail and "Kepka BKN 411/2025" in detail and "data sensitif" in detail
    assert "NPWP" in section.not_collected_label.text()


def test_the_register_is_exported_for_the_dpia_and_logged(section, demo_db, tmp_path):
    target = section.export_register(tmp_path / "register.pdf")
    assert target is not None and target.read_bytes().startswith(b"%PDF")
    assert section.register_status.isVisible() and "log ekspor" in section.register_status.text()
    with demo_db.session() as s:
        assert [(e.kind, e.file) for e in export_log(s)] == [("privacy-register", "register.pdf")]
    assert section.export_register(tmp_path / "register.txt") is None
    assert "'.txt'" in section.register_status.text()


def test_an_administrator_saves_the_rules_and_a_wrong_rule_is_refused(qtbot, section, demo_db):
    section.tabs.setCurrentIndex(1)
    section.statuses_edit.setPlainText("Pensiun\nAktif")
    assert "belum disimpan" in section.rules_status.text()
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    assert section.rules_status.property("tone") == "error"
    assert "'Aktif'" in section.rules_status.text()
    with demo_db.session() as s:
        assert get_setting(s, privacy.SETTING_KEY) is None

    section.statuses_edit.setPlainText("Pensiun\nMeninggal")
    section.departed_years.setValue(20)
    section.hukdis_years.setValue(0)
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    assert section.rules_status.property("tone") == "ok"
    with demo_db.session() as s:
        assert privacy.retention_settings(s) == privacy.RetentionSettings(20, ("Pensiun", "Meninggal"), 0)
        assert (
            s.scalar(select(AuditEvent.action).order_by(AuditEvent.id.desc()).limit(1)) == "privacy.retention"
        )
    # the preview follows at once: 2011 + 20 years has not come yet
    assert section.preview.candidates == () and section.preview.waiting == 1
    assert not section.apply_button.isEnabled()

    section.fill_defaults()
    assert section.departed_years.value() == privacy.DEFAULT_DEPARTED_YEARS
    assert section.is_modified()


def test_retention_is_applied_only_after_confirmation_and_a_backup(qtbot, section, demo_db):
    section.tabs.setCurrentIndex(1)
    preview = section.preview
    assert [c.nip for c in preview.candidates] == [GONE_NIP]
    row = section.candidate_model.index(0, CANDIDATE_COLUMNS.index("action"))
    assert row.data() == "Dihapus"
    assert "Meninggal Dunia" in section.statuses_label.text()
    assert "Sutrisno" in section.candidate_detail.text() and "TMT jabatan" in section.candidate_detail.text()
    assert section.apply_button.isEnabled()

    asked: list[str] = []
    section.confirm = lambda title, text: asked.append(text) or False
    qtbot.mouseClick(section.apply_button, Qt.MouseButton.LeftButton)
    assert asked and "1 pegawai dihapus seluruhnya" in asked[0] and "cadangan" in asked[0]
    assert GONE_NIP in _people(demo_db)  # declined: nothing happened
    assert not [b for b in list_backups(demo_db) if b.reason == privacy.BACKUP_REASON]

    section.confirm = lambda title, text: True
    with qtbot.waitSignal(section.changed):
        qtbot.mouseClick(section.apply_button, Qt.MouseButton.LeftButton)
    assert GONE_NIP not in _people(demo_db) and len(_people(demo_db)) == 400
    assert [b.reason for b in list_backups(demo_db)].count(privacy.BACKUP_REASON) == 1
    assert section.preview_status.property("tone") == "ok"
    assert "1 pegawai dihapus seluruhnya" in section.preview_status.text()
    assert section.preview.is_empty and not section.apply_button.isEnabled()
    with demo_db.session() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "privacy.apply")).one()
        assert event.after["deleted"] == [GONE_NIP]


def test_a_stale_preview_is_not_applied(section, demo_db):
    with sqlite3.connect(demo_db.path) as conn:  # another laptop's import changes the picture
        conn.execute("UPDATE person SET tmt_jabatan = ? WHERE nip = ?", (date.today().isoformat(), GONE_NIP))
    assert section.apply(ask=False) is None
    assert section.preview_status.property("tone") == "error" and "pratinjau" in section.preview_status.text()
    assert GONE_NIP in _people(demo_db)
    assert section.preview.is_empty  # refreshed: the person is no longer due


def test_a_reader_sees_everything_and_changes_nothing(qtbot, demo_db, tmp_path):
    _add_departed(demo_db)
    section = _section(qtbot, demo_db, Actor("budi", "pembaca"))
    section.tabs.setCurrentIndex(1)
    assert section.register_model.rowCount() == len(privacy.CATEGORY_KEYS)
    assert section.candidate_model.rowCount() == 1  # the preview is readable
    assert section.read_only_banner.isVisible() and "Pembaca" in section.read_only_text.text()
    assert section.departed_years.isReadOnly() and section.hukdis_years.isReadOnly()
    assert section.statuses_edit.isReadOnly()
    for button in (section.save_button, section.defaults_button, section.apply_button, section.export_button):
        assert not button.isEnabled() and lock_reason(button), button.objectName()
    assert section.apply(ask=False) is None and GONE_NIP in _people(demo_db)
    assert section.save_rules() is None and "Pembaca" in section.rules_status.text()
    assert section.export_register(tmp_path / "register.xlsx") is None
    assert not Path(tmp_path / "register.xlsx").exists()


def test_the_tab_loads_only_when_shown(qtbot, demo_db):
    window = build_window(demo_db, actor=Actor("penguji"))
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("settings")
    assert page.built("privacy") is None  # the counts touch every table: not before the tab is shown
    assert page.privacy.loaded is False  # built when asked for, read when shown
    assert page.tabs.tabText(page.tabs.indexOf(page.privacy.parentWidget())) == "Data pribadi"
    page.show_section("privacy")
    qtbot.waitUntil(lambda: page.privacy.loaded, timeout=10_000)
