"""Pengaturan, driven as a user would with pytest-qt: the scheme editor (validation, live preview, saving a
new version, making a scheme the default) and the periods (new period dialog, closing and reopening)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from talenta_desktop.app import create_application
from talenta_desktop.models import MappingRun, ScoringScheme, TalentPeriod
from talenta_desktop.services.talent.mapping import preview_placements
from talenta_desktop.services.talent.schemes import PRESETS
from talenta_desktop.services.workspace import Workspace
from talenta_desktop.ui.pages.settings import (
    PeriodRole,
    PeriodTableModel,
    SaveVersionDialog,
    SettingsPage,
)
from talenta_desktop.ui.period_dialog import PeriodDialog
from talenta_desktop.ui.scheme_editor import COL_REQUIRED, COL_WEIGHT, NumberBox, count_placements
from talenta_desktop.ui.workers import running_tasks

BKN = PRESETS[0].name  # the default preset


@pytest.fixture
def make_page(qtbot, actor):
    def make(db) -> SettingsPage:
        create_application()
        page = SettingsPage(Workspace(db, actor))
        page.setObjectName("page-settings")
        qtbot.addWidget(page)
        page.resize(1160, 700)
        page.show()
        return page

    yield make
    # pytest-qt has closed and deleted the pages by now; no preview may outlive its database
    qtbot.waitUntil(lambda: not running_tasks(), timeout=10_000)


@pytest.fixture
def page(make_page, demo_db) -> SettingsPage:
    return make_page(demo_db)


def _idle(qtbot, page: SettingsPage) -> None:
    qtbot.waitUntil(
        lambda: not page.schemes.preview_busy() and page.schemes.preview_counts is not None, timeout=10_000
    )


def _schemes(db, name: str = BKN) -> list[ScoringScheme]:
    with db.session() as session:
        return list(
            session.scalars(
                select(ScoringScheme).where(ScoringScheme.name == name).order_by(ScoringScheme.version)
            )
        )


def _edit_weight(qtbot, page: SettingsPage, axis: str, row: int, value: float) -> None:
    """Type a weight as a user does: open the cell's spin box, set the number, press Enter."""
    editor = page.schemes.editor.axes[axis]
    index = editor.model.index(row, COL_WEIGHT)
    editor.table.setCurrentIndex(index)
    editor.table.edit(index)
    # an editor closed earlier lingers until deleted later: take the open one
    (spin,) = [w for w in editor.table.findChildren(NumberBox, "weightEditor") if w.isVisible()]
    spin.setValue(value)
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits and closes the editor through a queued call
    assert not spin.isVisible()


def _counts_for(db, actor, label: str, params: dict):
    return count_placements(Workspace(db, actor).read(preview_placements, label, params))


# -- the scheme editor -----------------------------------------------------------------------------------


def test_default_scheme_is_shown_with_its_source(page, qtbot):
    section = page.schemes
    assert section.scheme_combo.currentData() == BKN
    assert "bawaan" in section.scheme_combo.currentText()
    assert section.version_combo.currentText() == "Versi 1 (terbaru)"
    assert "sumber sekunder" in section.source_label.text()
    assert section.source_label.text().startswith("Sumber angka:")
    assert "Nilai talenta = 50% kinerja" in section.description_label.text()
    assert section.default_badge.isVisibleTo(page) and not section.default_button.isVisibleTo(page)
    assert not section.save_button.isEnabled()  # nothing changed yet
    kinerja = section.editor.axes["kinerja"]
    assert [kinerja.model.index(r, 0).data() for r in range(kinerja.model.rowCount())] == [
        "Predikat SKP (rata-rata tahun periode)",
        "Penghargaan",
        "Penugasan tim kerja",
        "Umpan balik 360°",
    ]
    assert kinerja.total_label.text() == "Jumlah bobot: 100"
    # unrecorded sources say so, show no effective weight, and cannot be required
    assert kinerja.model.index(2, 4).data() == "Belum tercatat"
    assert kinerja.model.index(2, 2).data() == "–"
    assert kinerja.model.index(0, 2).data() == "80"  # SKP 60 of the 75 recorded points
    assert not kinerja.model.flags(kinerja.model.index(2, COL_REQUIRED)) & Qt.ItemFlag.ItemIsUserCheckable
    assert section.editor.hukdis_checks["sedang"].isChecked()
    assert not section.editor.hukdis_checks["ringan"].isChecked()
    assert section.editor.guideline[5].value() == 30
    _idle(qtbot, page)


def test_weights_not_summing_to_100_block_saving_until_fixed(page, qtbot):
    section = page.schemes
    _edit_weight(qtbot, page, "kinerja", 0, 50)
    kinerja = section.editor.axes["kinerja"]
    assert kinerja.model.components[0]["weight"] == 50
    assert kinerja.total_label.text() == "Jumlah bobot: 90"
    assert kinerja.total_label.property("tone") == "error"
    assert "Sumbu kinerja: jumlah bobot harus 100, sekarang 90." in section.problems_label.text()
    assert section.problems_label.property("tone") == "error"
    assert not section.save_button.isEnabled()

    _edit_weight(qtbot, page, "kinerja", 1, 25)
    assert kinerja.total_label.text() == "Jumlah bobot: 100"
    assert kinerja.total_label.property("tone") == "ok"
    assert "jumlah bobot" not in section.problems_label.text()
    assert section.save_button.isEnabled()
    assert section.revert_button.isEnabled()

    section.revert_button.click()
    assert kinerja.model.components[0]["weight"] == 60
    assert not section.save_button.isEnabled()
    _idle(qtbot, page)


def test_cutoffs_out_of_order_are_refused(page, qtbot, demo_db):
    section = page.schemes
    potensial = section.editor.axes["potensial"]
    potensial.low_box.setValue(85)  # menengah from 85, tinggi from 80
    assert potensial.low_box.property("invalid") is True
    assert "tidak berurutan" in potensial.cut_hint.text()
    assert "Sumbu potensial: batas harus dua angka berurutan" in section.problems_label.text()
    assert not section.save_button.isEnabled()
    assert section.save_version() is None  # the service refuses it too
    assert section.save_status.property("tone") == "error"
    assert [s.version for s in _schemes(demo_db)] == [1]
    potensial.low_box.setValue(60)
    assert potensial.low_box.property("invalid") is False
    assert not section.problems()


def test_saving_creates_version_2_and_leaves_version_1(page, qtbot, demo_db, actor):
    section = page.schemes
    _edit_weight(qtbot, page, "kinerja", 0, 50)
    _edit_weight(qtbot, page, "kinerja", 1, 25)
    section.editor.axes["potensial"].high_box.setValue(75)
    changed = []
    page.changed.connect(lambda: changed.append(True))

    section.save_button.click()
    dialog = page.findChild(SaveVersionDialog)
    assert dialog is not None and dialog.isVisible()
    changes = dialog.findChild(type(section.source_label), "changes").text()
    assert "Kinerja: bobot Predikat SKP (rata-rata tahun periode) 60 → 50" in changes
    assert "Potensial: batas 60 / 80 → 60 / 75" in changes
    dialog.description.setPlainText("Kinerja: SKP 50, penghargaan 25 (Perbup 12/2026).")
    qtbot.mouseClick(dialog.findChild(type(section.save_button), "ok"), Qt.MouseButton.LeftButton)

    versions = _schemes(demo_db)
    assert [s.version for s in versions] == [1, 2]
    v1, v2 = versions
    assert v1.params == PRESETS[0].params  # untouched
    assert [c["weight"] for c in v2.params["kinerja"]["components"]] == [50, 25, 15, 10]
    assert v2.params["potensial"]["cutoffs"] == [60, 75]
    assert v2.description == "Kinerja: SKP 50, penghargaan 25 (Perbup 12/2026)."
    assert v2.created_by == actor.username and v2.is_default
    with demo_db.session() as session:  # stored placements keep the version that produced them
        assert set(session.scalars(select(MappingRun.scheme_id))) == {v1.id}

    # the editor now shows version 2, unmodified, and says what happened
    assert section.current.id == v2.id and section.current.version == 2
    assert section.version_combo.currentText() == "Versi 2 (terbaru)"
    assert section.version_combo.count() == 2
    assert not section.editor.is_modified() and not section.save_button.isEnabled()
    assert "versi 2" in section.save_status.text() and section.save_status.isVisible()
    assert "Peta Talenta" in section.save_status.text()
    assert section.description_label.text() == v2.description
    assert changed == [True]

    # version 1 can still be seen, read-only, and its numbers brought back as a new version
    section.version_combo.setCurrentIndex(section.version_combo.findData(v1.id))
    assert section.current.id == v1.id
    assert section.read_only_banner.isVisibleTo(page)
    kinerja = section.editor.axes["kinerja"]
    assert kinerja.model.components[0]["weight"] == 60
    assert not kinerja.model.flags(kinerja.model.index(0, COL_WEIGHT)) & Qt.ItemFlag.ItemIsEditable
    assert section.editor.axes["potensial"].high_box.isReadOnly()
    assert not section.save_button.isVisibleTo(page)
    assert "Versi 1 dari 2" in section.version_info.text()

    section.restore_button.click()
    assert section.current.id == v2.id and not section.read_only_banner.isVisibleTo(page)
    assert kinerja.model.components[0]["weight"] == 60
    assert section.editor.is_modified() and section.save_button.isEnabled()
    assert "versi 3" in section.save_status.text()
    _idle(qtbot, page)


def test_preview_follows_edits_and_matches_the_service(page, qtbot, demo_db, actor):
    section = page.schemes
    _idle(qtbot, page)
    assert section.period_combo.currentData() == "2025"  # newest period first
    expected = _counts_for(demo_db, actor, "2025", PRESETS[0].params)
    assert section.preview_counts == expected
    n = QLocale().toString
    assert section.grid.tile(5).count == n(expected.by_box[5])
    assert not section.grid.legend.isVisibleTo(page)  # nothing to compare yet

    updates = []
    section.preview_updated.connect(updates.append)
    section.editor.axes["potensial"].high_box.setValue(70)
    section.editor.axes["kinerja"].low_box.setValue(55)
    qtbot.waitUntil(lambda: bool(updates) and not section.preview_busy(), timeout=10_000)
    assert len(updates) == 1  # two quick edits, one preview
    params = section.editor.params()
    assert section.preview_params == params
    now = _counts_for(demo_db, actor, "2025", params)
    assert section.preview_counts == now and now != expected
    for box, tile in section.grid.boxes.tiles.items():
        assert tile.count == n(now.by_box[box])
        assert tile.before == n(expected.by_box[box])
        change = now.by_box[box] - expected.by_box[box]
        assert tile.delta == ("" if change == 0 else ("+" if change > 0 else "−") + n(abs(change)))
        assert tile.tone == (None if change == 0 else "up" if change > 0 else "down")
        assert n(now.by_box[box]) in tile.tooltip and n(expected.by_box[box]) in tile.tooltip
    assert section.grid.legend.isVisibleTo(page)
    assert n(now.holding) in section.grid.holding.text()

    # another period: counts for that period, same edits
    updates.clear()
    section.period_combo.setCurrentIndex(section.period_combo.findData("2024"))
    qtbot.waitUntil(lambda: bool(updates) and not section.preview_busy(), timeout=10_000)
    assert section.preview_counts == _counts_for(demo_db, actor, "2024", params)
    assert "2024" in section.stored_label.text()


def test_an_invalid_scheme_is_not_previewed(page, qtbot):
    section = page.schemes
    _idle(qtbot, page)
    before = section.preview_counts
    _edit_weight(qtbot, page, "kinerja", 0, 10)
    qtbot.waitUntil(lambda: not section.preview_busy(), timeout=5000)
    assert section.preview_status.text() == "Pratinjau menunggu angka yang sah."
    assert section.preview_counts == before
    assert section.grid.stale is True


def test_a_preview_running_when_the_numbers_change_is_dropped(page, qtbot):
    section = page.schemes
    shown = []
    section.preview_updated.connect(shown.append)
    qtbot.waitUntil(lambda: section._preview_task is not None, timeout=5000)  # the first preview runs
    section.editor.axes["kinerja"].low_box.setValue(85)  # supersedes the running preview at once
    qtbot.waitUntil(lambda: not running_tasks() and not section.preview_busy(), timeout=10_000)
    qtbot.wait(50)
    assert shown == []  # the numbers for the old values never replace the warning
    assert section.preview_status.text() == "Pratinjau menunggu angka yang sah."
    assert not section.busy.isVisibleTo(page)


def test_set_default(page, qtbot, demo_db, monkeypatch):
    section = page.schemes
    monkeypatch.setattr(type(section), "confirm", lambda self, title, text: True)
    section.scheme_combo.setCurrentIndex(section.scheme_combo.findData("JPM pemetaan"))
    assert section.current.name == "JPM pemetaan"
    assert "Peraturan BRIN 3/2023" in section.source_label.text()
    assert section.default_button.isVisibleTo(page) and not section.default_badge.isVisibleTo(page)
    with qtbot.waitSignal(page.changed, timeout=1000):
        section.default_button.click()
    with demo_db.session() as session:
        defaults = set(session.scalars(select(ScoringScheme.name).where(ScoringScheme.is_default)))
    assert defaults == {"JPM pemetaan"}
    assert section.current.name == "JPM pemetaan" and section.current.is_default
    assert section.scheme_combo.currentText() == "JPM pemetaan — bawaan"
    assert section.scheme_combo.itemText(section.scheme_combo.findData(BKN)) == BKN
    assert section.default_badge.isVisibleTo(page)
    _idle(qtbot, page)


def test_declining_the_confirmation_keeps_the_default(page, qtbot, demo_db, monkeypatch):
    section = page.schemes
    monkeypatch.setattr(type(section), "confirm", lambda self, title, text: False)
    section.scheme_combo.setCurrentIndex(section.scheme_combo.findData("Tanjungpinang 2022"))
    assert not section.make_default()
    assert [s.is_default for s in _schemes(demo_db)] == [True]
    _idle(qtbot, page)


def test_components_can_be_added_and_removed(page, qtbot):
    axis = page.schemes.editor.axes["kinerja"]
    offered = [axis.add_combo.itemData(i) for i in range(axis.add_combo.count())]
    assert offered == ["skp_predikat_terakhir", "integritas_kinerja"]  # only what the axis lacks
    axis.add_combo.setCurrentIndex(offered.index("integritas_kinerja"))
    axis.add_button.click()
    assert axis.model.sources()[-1] == "integritas_kinerja"
    assert axis.model.components[-1] == {"source": "integritas_kinerja", "weight": 0, "required": False}
    assert axis.add_combo.findData("integritas_kinerja") == -1
    assert page.schemes.editor.is_modified()

    axis.table.selectRow(2)  # Penugasan tim kerja
    assert axis.remove_button.isEnabled()
    axis.remove_button.click()
    assert "tim_kerja" not in axis.model.sources()
    assert axis.add_combo.findData("tim_kerja") >= 0
    assert axis.total_label.text() == "Jumlah bobot: 85"
    assert not page.schemes.save_button.isEnabled()
    qtbot.waitUntil(lambda: not page.schemes.preview_busy(), timeout=5000)


def test_required_flag_is_edited_in_place(page, qtbot):
    axis = page.schemes.editor.axes["potensial"]
    index = axis.model.index(1, COL_REQUIRED)  # pengembangan kompetensi, optional in the preset
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert axis.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert page.schemes.editor.params()["potensial"]["components"][1]["required"] is True
    assert page.schemes.save_button.isEnabled()
    _idle(qtbot, page)


def test_an_empty_database_offers_the_presets(make_page, db, qtbot):
    page = make_page(db)
    section = page.schemes
    assert section.install_button.isVisibleTo(page) and not section.content.isVisibleTo(page)
    section.install_button.click()
    assert section.content.isVisibleTo(page)
    assert sorted(section.scheme_combo.itemData(i) for i in range(section.scheme_combo.count())) == sorted(
        p.name for p in PRESETS
    )
    assert section.current.name == BKN
    qtbot.waitUntil(lambda: not section.preview_busy(), timeout=5000)
    assert "Belum ada periode" in section.preview_status.text()
    assert page.periods.model.rowCount() == 0
    assert not page.periods.close_button.isEnabled() and not page.periods.reopen_button.isEnabled()


def test_components_model_passes_the_model_tester(page, qtmodeltester, qtbot):
    qtmodeltester.check(page.schemes.editor.axes["potensial"].model, force_py=True)
    _idle(qtbot, page)


# -- periods ---------------------------------------------------------------------------------------------


def test_periods_are_listed_newest_first(page, qtbot):
    section = page.show_section("periods")
    model = section.model
    assert model.rowCount() == 2
    row = {
        model.headerData(c, Qt.Orientation.Horizontal): model.index(0, c).data()
        for c in range(model.columnCount())
    }
    assert row["Periode"] == "2025"
    assert row["Tahun SKP"] == "2024–2025"
    assert row["Tanggal acuan"] == "31 Desember 2025"
    assert row["Asesmen berlaku"] == "3 tahun"
    assert row["Status"] == "Terbuka"
    assert row["Skema"] == f"{BKN} (versi 1)"
    assert model.index(1, 4).data() == "Ditutup"
    assert section.selected().label == "2025"
    assert section.close_button.isEnabled() and not section.reopen_button.isEnabled()
    _idle(qtbot, page)


def test_period_model_passes_the_model_tester(page, qtmodeltester, qtbot):
    qtmodeltester.check(page.periods.model, force_py=True)
    empty = PeriodTableModel()
    qtmodeltester.check(empty, force_py=True)
    _idle(qtbot, page)


def test_creating_a_period_through_the_dialog(page, qtbot, demo_db):
    section = page.show_section("periods")
    changed = []
    page.changed.connect(lambda: changed.append(True))
    section.new_button.click()
    dialog = section.findChild(PeriodDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.label_edit.text() == "2026"  # the year after the newest period
    assert (dialog.skp_from.value(), dialog.skp_to.value()) == (2025, 2026)
    assert dialog.reference_date() == date(2026, 12, 31)
    assert dialog.ok_button.isEnabled()

    dialog.label_edit.clear()
    qtbot.keyClicks(dialog.label_edit, "2025")
    assert not dialog.ok_button.isEnabled()
    assert "Periode 2025 sudah ada." in dialog.messages.text()
    dialog.label_edit.clear()
    qtbot.keyClicks(dialog.label_edit, "2027")
    assert dialog.ok_button.isEnabled()
    assert (dialog.skp_from.value(), dialog.skp_to.value()) == (2026, 2027)  # follows a year-like name
    dialog.skp_from.setValue(2028)
    assert not dialog.ok_button.isEnabled()
    assert "Tahun SKP awal (2028) sesudah tahun akhir (2027)." in dialog.messages.text()
    dialog.skp_from.setValue(2027)
    dialog.valid_years.setValue(2)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    with demo_db.session() as session:
        created = session.scalar(select(TalentPeriod).where(TalentPeriod.label == "2027"))
        assert (created.skp_year_from, created.skp_year_to) == (2027, 2027)
        assert created.reference_date == date(2027, 12, 31)
        assert created.assessment_valid_years == 2 and created.status == "open"
    assert section.model.rowCount() == 3
    assert section.selected().label == "2027"
    assert section.model.index(0, 1).data() == "2027"
    assert "Periode 2027 dibuat" in section.status.text()
    assert changed == [True]
    # the scheme editor's preview can use it straight away
    assert page.schemes.period_combo.findData("2027") >= 0
    _idle(qtbot, page)


def test_the_dialog_shows_the_services_refusal(page, qtbot, demo_db, actor):
    from talenta_desktop.services.talent.periods import create_period

    section = page.show_section("periods")
    dialog = section.new_period()
    # someone else creates 2026 while the dialog is open
    Workspace(demo_db, actor).write(
        create_period, "2026", skp_year_from=2025, skp_year_to=2026, reference_date=date(2026, 12, 31)
    )
    dialog.accept()
    assert dialog.isVisible()
    assert "sudah ada" in dialog.messages.text()
    dialog.reject()
    _idle(qtbot, page)


def test_closing_and_reopening_a_period(page, qtbot, demo_db, monkeypatch):
    section = page.show_section("periods")
    answers = [False, True, True]
    asked = []

    def confirm(self, title, text):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(type(section), "confirm", confirm)

    def status(label):
        with demo_db.session() as session:
            return session.scalar(select(TalentPeriod.status).where(TalentPeriod.label == label))

    section.select("2025")
    section.close_button.click()  # declined
    assert status("2025") == "open" and "Tutup periode 2025?" in asked[0]

    section.close_button.click()
    assert status("2025") == "closed"
    assert section.selected().label == "2025" and not section.selected().is_open
    assert section.model.index(section.model.row_of("2025"), 4).data() == "Ditutup"
    assert not section.close_button.isEnabled() and section.reopen_button.isEnabled()
    assert section.status.text() == "Periode 2025 ditutup."
    assert "(ditutup)" in page.schemes.period_combo.itemText(page.schemes.period_combo.findData("2025"))

    section.reopen_button.click()
    assert status("2025") == "open"
    assert section.model.index(section.model.row_of("2025"), 0).data(PeriodRole).is_open
    assert section.close_button.isEnabled()
    _idle(qtbot, page)


def test_page_fits_a_laptop_screen(page, qtbot):
    """At 1366×768 the page area is about 1160×700: the editor scrolls, the preview column does not."""
    _idle(qtbot, page)
    QApplication.processEvents()
    side = page.schemes.side_scroll
    assert not side.verticalScrollBar().isVisible()
    grid = page.schemes.grid
    assert grid.boxes.tile_rect(9).right() <= grid.boxes.width()
    assert grid.boxes.tile_rect(9).bottom() <= grid.boxes.height()
    assert page.schemes.save_button.visibleRegion().boundingRect().width() == page.schemes.save_button.width()


def test_switching_scheme_asks_before_dropping_edits(page, qtbot, monkeypatch):
    section = page.schemes
    answers = [False, True]
    monkeypatch.setattr(type(section), "confirm", lambda self, title, text: answers.pop(0))
    section.editor.axes["kinerja"].high_box.setValue(85)
    section.scheme_combo.setCurrentIndex(section.scheme_combo.findData("JPM pemetaan"))  # declined
    assert section.current.name == BKN and section.scheme_combo.currentData() == BKN
    assert section.editor.axes["kinerja"].high_box.value() == 85
    section.scheme_combo.setCurrentIndex(section.scheme_combo.findData("JPM pemetaan"))  # accepted
    assert section.current.name == "JPM pemetaan"
    assert section.editor.params() == section.current.params
    _idle(qtbot, page)


def test_refresh_picks_up_versions_saved_elsewhere(page, qtbot, demo_db, actor):
    from talenta_desktop.services.talent.schemes import save_new_version

    section = page.schemes
    params = section.current.params
    params["potensial"]["cutoffs"] = [65, 85]
    Workspace(demo_db, actor).write(save_new_version, section.current.id, params)
    page.refresh()
    assert section.version_combo.count() == 2
    assert section.current.version == 1 and section.read_only_banner.isVisibleTo(page)
    assert "Versi terbaru adalah versi 2" in section.read_only_text.text()
    _idle(qtbot, page)


def test_preview_without_personnel_says_so(make_page, db, qtbot, actor):
    from talenta_desktop.services.talent.periods import create_period
    from talenta_desktop.services.talent.schemes import ensure_presets

    workspace = Workspace(db, actor)
    workspace.write(ensure_presets)
    workspace.write(
        create_period, "2026", skp_year_from=2025, skp_year_to=2026, reference_date=date(2026, 12, 31)
    )
    page = make_page(db)
    qtbot.waitUntil(lambda: "Belum ada data pegawai" in page.schemes.preview_status.text(), timeout=5000)
    assert page.schemes.grid.tile(5).count == "–"


def test_an_edit_supersedes_a_running_preview(page, qtbot, demo_db, actor):
    section = page.schemes
    shown = []
    section.preview_updated.connect(lambda counts: shown.append(section.preview_params))
    qtbot.waitUntil(lambda: section._preview_task is not None, timeout=5000)  # the first preview runs
    section.editor.axes["potensial"].high_box.setValue(72)
    qtbot.waitUntil(lambda: bool(shown) and not section.preview_busy(), timeout=10_000)
    assert shown == [section.editor.params()]  # only the preview of the newest numbers was shown
    assert section.preview_counts == _counts_for(demo_db, actor, "2025", section.editor.params())
