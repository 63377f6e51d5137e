"""The Peta Talenta page driven as the committee's operator would: drag and keyboard calibration with
a reason, undo/redo as compensating rows, filters, the holding and calibration lists, re-mapping, and
the projector window."""

from __future__ import annotations

import sqlite3

import pandas as pd
import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from talenta_desktop.app import build_window
from talenta_desktop.domain.ninebox import grid_position
from talenta_desktop.ui.calibration_dialog import CalibrationDialog
from talenta_desktop.ui.map_dialog import MapDialog
from talenta_desktop.ui.projector import SETTINGS_NAMES_HIDDEN, ProjectorWindow


@pytest.fixture(autouse=True)
def _fresh_settings():
    QSettings().remove(SETTINGS_NAMES_HIDDEN)
    yield
    QSettings().remove(SETTINGS_NAMES_HIDDEN)


@pytest.fixture
def window(qtbot, demo_db):
    win = build_window(demo_db)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def page(qtbot, window):
    shown = window.show_page("ninebox")
    qtbot.waitUntil(lambda: not shown.loading, timeout=10_000)  # the map is read in the background
    return shown


def _sql(db, query: str, *args):
    with sqlite3.connect(db.path) as conn:
        return conn.execute(query, args).fetchall()


def _drawn_person(page, box: int | None = None):
    """A placed, uncalibrated person whose chip or dot is drawn (not hidden behind a +N badge)."""
    shown = page.shown[page.shown["box"].notna() & ~page.shown["calibrated"]]
    if box is not None:
        shown = shown[shown["box"] == box]
    for row in shown.itertuples():
        if page.view.person_item(row.nip) is not None:
            return row
    raise AssertionError("no drawn person")


def _neighbour(box: int) -> int:
    """A box next to this one on the drawn grid."""
    row, column = grid_position(box)
    for other in range(1, 10):
        r, c = grid_position(other)
        if abs(r - row) + abs(c - column) == 1:
            return other
    raise AssertionError


def _viewport_point(view, scene_point: QPointF) -> QPoint:
    return view.mapFromScene(scene_point)


def _drag(qtbot, view, start: QPointF, end: QPointF) -> None:
    viewport = view.viewport()
    a, b = _viewport_point(view, start), _viewport_point(view, end)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    for step in range(1, 11):
        point = a + (b - a) * (step / 10)
        QTest.mouseMove(viewport, point)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)


def _dialog(qtbot, page) -> CalibrationDialog:
    qtbot.waitUntil(lambda: page.findChild(CalibrationDialog) is not None, timeout=3000)
    return page.findChild(CalibrationDialog)


def _person_rows(db, person_id: int):
    return _sql(
        db,
        "SELECT id, kinerja_before, potensial_before, kinerja_after, potensial_after, reason, reverses_id"
        " FROM calibration WHERE person_id = ? AND period_id = (SELECT id FROM talent_period WHERE label='2025')"
        " ORDER BY id",
        person_id,
    )


def test_the_newest_period_is_shown_with_every_placed_person(page):
    assert page.period_combo.currentData() == "2025"
    placed = int(page.map.frame["box"].notna().sum())
    assert sum(page.view.box_counts().values()) == placed
    assert page.subtitle.text().startswith("Terbuka · BKN Kepka 411/2025 (versi 1)")
    assert page.tabs.tabText(1).endswith(f"({int(page.map.frame['holding_reason'].notna().sum())})")


def test_a_mouse_drag_asks_for_the_reason_and_records_the_calibration(qtbot, page, demo_db):
    person = _drawn_person(page, 5)
    target = _neighbour(5)
    before_counts = page.view.box_counts()
    item = page.view.person_item(person.nip)
    _drag(qtbot, page.view, item.sceneBoundingRect().center(), page.view.cell_center(target))

    dialog = _dialog(qtbot, page)
    assert not dialog.findChild(type(dialog.ok), "ok").isEnabled()  # a reason is required
    qtbot.keyClicks(
        dialog.findChild(type(dialog.reason), "reason"), "Capaian program prioritas di atas target"
    )
    assert dialog.ok.isEnabled()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    rows = _person_rows(demo_db, person.person_id)
    assert len(rows) == 1 and rows[0][5] == "Capaian program prioritas di atas target"
    audit = _sql(demo_db, "SELECT action, entity_id FROM audit_event ORDER BY id DESC LIMIT 1")
    assert audit == [("calibration.create", str(person.person_id))]
    counts = page.view.box_counts()
    assert counts[5] == before_counts[5] - 1 and counts[target] == before_counts[target] + 1
    assert page.tabs.tabText(2).startswith("Kalibrasi")
    page.tabs.setCurrentWidget(page.calibrated_table)
    ids = {page.calibrated_model.person_id(r) for r in range(page.calibrated_model.rowCount())}
    assert person.person_id in ids


def test_cancelling_the_dialog_records_nothing(qtbot, page, demo_db):
    person = _drawn_person(page, 5)
    item = page.view.person_item(person.nip)
    _drag(qtbot, page.view, item.sceneBoundingRect().center(), page.view.cell_center(_neighbour(5)))
    dialog = _dialog(qtbot, page)
    dialog.reject()
    assert _person_rows(demo_db, person.person_id) == []
    assert page.view.box_counts()[5] == int((page.shown["box"] == 5).sum())


def test_the_keyboard_moves_a_person_with_arrows_and_enter_and_undo_redo_add_rows(qtbot, page, demo_db):
    person = _drawn_person(page, 5)
    page.view.setFocus()
    page.view.select_person(person.person_id)
    QTest.keyClick(page.view, Qt.Key.Key_Up)  # kinerja up: 5 -> 7
    QTest.keyClick(page.view, Qt.Key.Key_Return)
    dialog = _dialog(qtbot, page)
    qtbot.keyClicks(dialog.reason, "Memimpin tim lintas OPD")
    dialog.ok.click()
    assert page._row(person.person_id)["box"] == 7
    assert len(_person_rows(demo_db, person.person_id)) == 1

    page.undo_action.trigger()
    rows = _person_rows(demo_db, person.person_id)
    assert len(rows) == 2  # nothing deleted: a reversing row
    assert rows[1][6] == rows[0][0] and (rows[1][3], rows[1][4]) == (rows[0][1], rows[0][2])
    assert page._row(person.person_id)["box"] == 5
    assert not page._row(person.person_id)["calibrated"]

    page.redo_action.trigger()
    rows = _person_rows(demo_db, person.person_id)
    assert len(rows) == 3 and rows[2][6] == rows[1][0]
    assert page._row(person.person_id)["box"] == 7
    actions = _sql(demo_db, "SELECT action FROM audit_event ORDER BY id DESC LIMIT 3")
    assert [a for (a,) in actions] == ["calibration.reverse", "calibration.reverse", "calibration.create"]


def test_filters_narrow_the_map_like_the_personnel_list(qtbot, page):
    combo = page.filters.jenis_pegawai_filter
    combo.setCurrentIndex(combo.findData("PPPK"))
    expected = int(((page.map.frame["jenis_pegawai"] == "PPPK") & page.map.frame["box"].notna()).sum())
    assert sum(page.view.box_counts().values()) == expected
    page.filters.reset()
    assert sum(page.view.box_counts().values()) == int(page.map.frame["box"].notna().sum())


def test_a_closed_period_refuses_moves(qtbot, page, demo_db, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args, **kw: shown.append(args[2]))
    page.period_combo.setCurrentIndex(page.period_combo.findData("2024"))
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    assert page.map.period.label == "2024" and not page.map.period.is_open
    assert not page.map_button.isEnabled()
    person = _drawn_person(page)
    before = _sql(demo_db, "SELECT count(*) FROM calibration")
    assert page.request_move(person.person_id, int(person.box), _neighbour(int(person.box))) is None
    assert shown and "ditutup" in shown[0]
    assert _sql(demo_db, "SELECT count(*) FROM calibration") == before


def test_remapping_from_the_page_keeps_calibrations(qtbot, page, demo_db):
    calibrated = page.map.frame[page.map.frame["calibrated"]]
    assert len(calibrated) > 0
    runs = _sql(demo_db, "SELECT count(*) FROM mapping_run")[0][0]
    dialog = page.open_map_dialog()
    assert isinstance(dialog, MapDialog)
    dialog.scheme.setCurrentIndex(dialog.scheme.findData("JPM pemetaan"))
    dialog.run_button.click()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=15000)
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)  # the page reads the new mapping
    assert _sql(demo_db, "SELECT count(*) FROM mapping_run")[0][0] == runs + 1
    assert "JPM pemetaan" in page.subtitle.text()
    # the dialog names whose computed box changed, with the boxes before and after
    model = dialog.changes_model
    assert dialog.summary.changes and model.rowCount() == len(dialog.summary.changes)
    first = dialog.summary.changes[0]
    row = next(r for r in range(model.rowCount()) if model.person_id(r) == first.person_id)
    assert model.index(row, 1).data() not in (None, "—")  # the name
    assert model.index(row, 3).data() == (str(first.after) if first.after else "—")
    frame = page.map.frame.set_index("person_id")
    still_placed = [r for r in calibrated.itertuples() if pd.notna(frame.at[r.person_id, "computed_box"])]
    assert still_placed
    for row in still_placed:
        assert frame.at[row.person_id, "box"] == row.box  # the committee's decision still stands
    dialog.accept()


def test_the_projector_follows_the_operator_and_hides_names(qtbot, page):
    projector = page.open_projector()
    qtbot.addWidget(projector)
    assert isinstance(projector, ProjectorWindow) and projector.isVisible()
    assert projector.view.box_counts() == page.view.box_counts()
    combo = page.filters.jenis_pegawai_filter
    combo.setCurrentIndex(combo.findData("PNS"))
    assert projector.view.box_counts() == page.view.box_counts()

    page.names_action.setChecked(True)
    assert projector.names_hidden and QSettings().value(SETTINGS_NAMES_HIDDEN, type=bool)
    page.blank_action.setChecked(True)
    assert projector.is_blank()
    page.blank_action.setChecked(False)
    assert not projector.is_blank()
    projector.activateWindow()
    qtbot.waitUntil(projector.isActiveWindow)
    QTest.keyClick(projector, Qt.Key.Key_B)  # the wall window answers keys too (a presenter remote)
    assert projector.is_blank()
    projector.close()


def test_a_crowded_box_opens_its_whole_list_and_picks_a_person(qtbot, page):
    crowded = max(range(1, 10), key=lambda b: page.view.box_counts()[b])
    dialog = page.open_box_list(crowded)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == page.view.box_counts()[crowded]
    talenta = [dialog.model._rows[r][6] for r in range(dialog.model.rowCount())]
    assert talenta == sorted(talenta, reverse=True)  # best nilai talenta first
    index = dialog.model.index(dialog.model.rowCount() - 1, 1)
    picked = dialog.model.person_id(index.row())
    dialog.table.doubleClicked.emit(index)
    assert page.view.selected_person_id() == picked
    assert page._row(picked)["nama_lengkap"] in page.panel.label.text()


def test_the_holding_list_gives_each_reason_and_the_panel_explains(qtbot, page):
    page.tabs.setCurrentWidget(page.holding_table)
    model = page.holding_model
    holding = page.map.frame[page.map.frame["holding_reason"].notna()]
    assert model.rowCount() == len(holding) > 0
    reasons = {model.index(r, 4).data() for r in range(model.rowCount())}
    assert any("asesmen" in reason for reason in reasons)
    page.holding_table.doubleClicked.emit(model.index(0, 0))
    assert "Belum dapat dipetakan" in page.panel.label.text()


def test_selecting_a_person_shows_scores_components_and_history(qtbot, page):
    person = _drawn_person(page, 9)
    page.view.select_person(person.person_id)
    text = page.panel.label.text()
    assert "Predikat SKP" in text  # a component of the default scheme
    assert "2025" in text and "Riwayat penempatan" in text


def test_an_empty_database_says_what_to_do(qtbot, db):
    win = build_window(db)
    qtbot.addWidget(win)
    page = win.show_page("ninebox")
    assert page.map is None
    assert not page.tabs.isVisibleTo(page) and page.empty.isVisibleTo(page)
    assert "Belum ada periode" in page.empty.text()
    assert not page.projector_button.isEnabled() and page.open_projector() is None
