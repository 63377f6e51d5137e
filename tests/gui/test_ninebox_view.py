"""The nine-box widget, driven as a committee operator would: the BKN grid, counts, drag and keyboard
moves, crowded cells, projector privacy and a 20,000-person agency."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QEvent, QLocale, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

from talenta_desktop.domain.nip import mask_nip
from talenta_desktop.domain.people import split_gelar
from talenta_desktop.services.talent.talent_map import movement, talent_map
from talenta_desktop.ui.ninebox_view import (
    MAX_DOTS_PER_CELL,
    PRESENTATION,
    Cell,
    MoreBadge,
    NineBoxView,
    PersonChip,
    PersonDot,
    box_label,
    initials,
)

LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier


def make_frame(counts: dict[int, int], *, start_id: int = 1, seed: int = 3) -> pd.DataFrame:
    """Synthetic talent map rows: ``counts[box]`` people in each box, distinct names and NIPs."""
    rng = np.random.default_rng(seed)
    rows = []
    pid = start_id
    for box, n in counts.items():
        for i in range(n):
            rows.append(
                {
                    "person_id": pid,
                    "nip": f"19{80 + pid % 15:02d}0101200{pid % 10}01{1 + pid % 2}{pid % 1000:03d}",
                    "nama_lengkap": f"Pegawai{pid} Kotak{box} Urutan{i}, S.E.",
                    "jabatan": "Analis Kebijakan Ahli Muda" if pid % 3 else None,
                    "box": box,
                    "computed_box": box,
                    "nilai_kinerja": float(rng.uniform(50, 100)),
                    "nilai_potensial": float(rng.uniform(50, 100)),
                    "nilai_talenta": float(rng.uniform(50, 100)),
                    "calibrated": False,
                    "calibration_reason": None,
                }
            )
            pid += 1
    frame = pd.DataFrame(rows)
    frame["box"] = frame["box"].astype("Int64")
    frame["computed_box"] = frame["computed_box"].astype("Int64")
    return frame


@pytest.fixture
def view(qtbot):
    widget = NineBoxView()
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def demo_frame(demo_db) -> pd.DataFrame:
    with demo_db.session() as session:
        frame = talent_map(session, "2025").frame
    frame["movement"] = movement(frame)
    return frame


def _view_point(view: NineBoxView, scene_point: QPointF) -> QPoint:
    return view.mapFromScene(scene_point)


def _item_center(view: NineBoxView, item) -> QPoint:
    return _view_point(view, item.sceneBoundingRect().center())


def _drag(view: NineBoxView, start: QPoint, end: QPoint, steps: int = 6) -> None:
    viewport = view.viewport()
    QTest.mousePress(viewport, LEFT, NO_MOD, start)
    for k in range(1, steps + 1):
        QTest.mouseMove(viewport, start + (end - start) * k / steps)
    QTest.mouseRelease(viewport, LEFT, NO_MOD, end)


def _first_in_box(frame: pd.DataFrame, box: int) -> pd.Series:
    """The best-scored person of a box (drawn first in its cell)."""
    return frame[frame["box"] == box].sort_values("nilai_talenta", ascending=False).iloc[0]


# -- the grid -----------------------------------------------------------------------------------------


def test_contract_basics(view):
    assert view.objectName() == "NineBoxView"
    assert view.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert view.selected_person_id() is None
    assert view.box_counts() == dict.fromkeys(range(1, 10), 0)


def test_boxes_are_placed_as_bkn_draws_them(view):
    """Rows top→bottom 4-7-9 / 2-5-8 / 1-3-6: potensial grows to the right, kinerja upwards."""
    center = {box: view.cell_center(box) for box in range(1, 10)}
    for row in ((4, 7, 9), (2, 5, 8), (1, 3, 6)):
        ys = {round(center[box].y()) for box in row}
        assert len(ys) == 1, row  # one row
        assert center[row[0]].x() < center[row[1]].x() < center[row[2]].x()
    for column in ((4, 2, 1), (7, 5, 3), (9, 8, 6)):
        xs = {round(center[box].x()) for box in column}
        assert len(xs) == 1, column
        assert center[column[0]].y() < center[column[1]].y() < center[column[2]].y()
    for box in range(1, 10):
        assert view.box_at(center[box]) == box


def test_cells_carry_number_label_rekomendasi_and_krs(view):
    cells = {item.box: item for item in view.scene().items() if isinstance(item, Cell)}
    assert sorted(cells) == list(range(1, 10))
    assert box_label(9) == "Kinerja di atas · Potensial tinggi"
    assert box_label(1) == "Kinerja di bawah · Potensial rendah"
    assert box_label(3) == "Kinerja di bawah · Potensial menengah"
    for box, cell in cells.items():
        texts = cell.texts()
        assert texts[0] == str(box)
        assert box_label(box) in " · ".join(texts) or all(
            part in texts for part in box_label(box).split(" · ")
        )
        assert "Rekomendasi" in cell.toolTip()
        assert ("KRS" in texts) == (box in (7, 8, 9))
    assert "Diproses sesuai ketentuan" in cells[1].toolTip()


def test_axis_titles_and_levels_are_outside_the_grid(view):
    texts = view.drawn_texts()
    for caption in (
        "Rendah",
        "Menengah",
        "Tinggi",
        "Di bawah ekspektasi",
        "Sesuai ekspektasi",
        "Di atas ekspektasi",
    ):
        assert caption in texts
    assert any(text.startswith("Potensial") and "→" in text for text in texts)
    assert any(text.startswith("Kinerja") and "→" in text for text in texts)


def test_grid_fills_the_viewport_after_a_resize(view, qtbot):
    for width, height in ((1366, 768), (900, 560)):
        view.resize(width, height)
        qtbot.waitUntil(lambda w=width: view.sceneRect().width() == view.viewport().width())
        assert view.sceneRect().height() == view.viewport().height()
        union = view.cell_rect(4).united(view.cell_rect(6))
        assert union.right() <= width and union.bottom() <= height
        assert union.width() > 0.85 * width and union.height() > 0.8 * height
    assert not view.horizontalScrollBar().isVisible() and not view.verticalScrollBar().isVisible()


# -- people, counts and percentages ---------------------------------------------------------------------


def test_counts_and_percentages_match_the_talent_map(view, demo_frame):
    view.set_people(demo_frame)
    placed = demo_frame[demo_frame["box"].notna()]
    expected = placed["box"].astype(int).value_counts().reindex(range(1, 10), fill_value=0)
    assert view.box_counts() == {box: int(n) for box, n in expected.items()}
    total = len(placed)
    assert sum(view.box_counts().values()) == total < len(demo_frame)  # people without a box are left out
    percentages = view.box_percentages()
    for box in range(1, 10):
        assert percentages[box] == pytest.approx(round(expected[box] / total * 100, 1))
    assert sum(percentages.values()) == pytest.approx(100, abs=0.5)
    cells = {item.box: item for item in view.scene().items() if isinstance(item, Cell)}
    busiest = int(expected.idxmax())
    line = cells[busiest].count_text.text()
    assert line.startswith(f"{expected[busiest]}") and f"{percentages[busiest]:.1f}" in line.replace(",", ".")


def test_people_are_drawn_in_their_cell_best_first(view):
    frame = make_frame({5: 4, 9: 2})
    view.set_people(frame)
    for _, row in frame.iterrows():
        item = view.person_item(row["nip"])
        assert item is not None
        assert view.cell_rect(int(row["box"])).contains(item.sceneBoundingRect())
    in_five = frame[frame["box"] == 5].sort_values("nilai_talenta", ascending=False)
    tops = [view.person_item(nip).scenePos() for nip in in_five["nip"]]
    order = sorted(range(len(tops)), key=lambda i: (round(tops[i].y()), tops[i].x()))
    assert order == list(range(len(tops)))  # reading order follows nilai_talenta, best first
    chip = view.person_item(in_five.iloc[0]["nip"])
    assert isinstance(chip, PersonChip)
    assert "Pegawai" in chip.texts()[0]
    tooltip = view.person_tooltip(int(in_five.iloc[0]["person_id"]))
    assert in_five.iloc[0]["nip"] in tooltip and "Nilai kinerja" in tooltip


def test_calibrated_and_moved_people_are_marked(view, demo_frame):
    few = demo_frame[demo_frame["box"].notna()].head(0)
    calibrated = demo_frame[demo_frame["calibrated"]].head(3)
    up = demo_frame[(demo_frame["movement"] == "naik") & ~demo_frame["calibrated"]].head(2)
    down = demo_frame[(demo_frame["movement"] == "turun") & ~demo_frame["calibrated"]].head(2)
    frame = pd.concat([few, calibrated, up, down])
    assert len(calibrated) and len(up) and len(down)
    view.set_people(frame)
    for _, row in calibrated.iterrows():
        chip = view.person_item(row["nip"])
        assert chip.calibration_mark.isVisible()
        tooltip = view.person_tooltip(int(row["person_id"]))
        assert "Dikalibrasi" in tooltip and f"hasil perhitungan kotak {row['computed_box']}" in tooltip
    for rows, glyph in ((up, "▲"), (down, "▼")):
        for _, row in rows.iterrows():
            chip = view.person_item(row["nip"])
            assert chip.movement_mark.isVisible() and chip.movement_mark.text() == glyph
            assert not chip.calibration_mark.isVisible()


# -- selection --------------------------------------------------------------------------------------------


def test_click_selects_and_empty_space_clears(view, qtbot):
    frame = make_frame({5: 3, 1: 1})
    view.set_people(frame)
    row = _first_in_box(frame, 5)
    item = view.person_item(row["nip"])
    with qtbot.waitSignal(view.personSelected) as blocker:
        QTest.mouseClick(view.viewport(), LEFT, NO_MOD, _item_center(view, item))
    assert blocker.args == [int(row["person_id"])]
    assert view.selected_person_id() == row["person_id"] and item.selected
    empty = view.cell_rect(6).center()  # box 6 has nobody
    with qtbot.waitSignal(view.personSelected) as blocker:
        QTest.mouseClick(view.viewport(), LEFT, NO_MOD, _view_point(view, empty))
    assert blocker.args == [-1]
    assert view.selected_person_id() is None and not item.selected


def test_select_person_draws_someone_hidden_behind_the_badge(view, qtbot):
    frame = make_frame({5: 3000})
    view.set_people(frame)
    last = frame.sort_values("nilai_talenta").iloc[0]  # the lowest score is drawn last, so not at all
    assert view.person_item(last["nip"]) is None
    with qtbot.waitSignal(view.personSelected) as blocker:
        view.select_person(int(last["person_id"]))
    assert blocker.args == [int(last["person_id"])]
    item = view.person_item(last["nip"])
    assert item is not None and item.selected and view.cell_rect(5).contains(item.sceneBoundingRect())
    view.select_person(None)
    assert view.person_item(last["nip"]) is None
    with qtbot.assertNotEmitted(view.personSelected):
        view.select_person(None)  # no change, no signal


def test_tab_walks_through_the_cell(view, qtbot):
    frame = make_frame({8: 3})
    view.set_people(frame)
    ordered = frame.sort_values("nilai_talenta", ascending=False)["person_id"].tolist()
    view.select_person(ordered[0])
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert view.selected_person_id() == ordered[1]
    QTest.keyClick(view, Qt.Key.Key_Backtab)
    QTest.keyClick(view, Qt.Key.Key_Backtab)
    assert view.selected_person_id() == ordered[2]  # wraps around


# -- moves ------------------------------------------------------------------------------------------------


def test_drag_to_another_cell_requests_the_move(view, qtbot):
    frame = make_frame({5: 3, 8: 2})
    view.set_people(frame)
    row = _first_in_box(frame, 5)
    item = view.person_item(row["nip"])
    origin = item.pos()
    with qtbot.waitSignal(view.moveRequested) as blocker:
        _drag(view, _item_center(view, item), _view_point(view, view.cell_center(8)))
    assert blocker.args == [int(row["person_id"]), 5, 8]
    assert item.pos() == origin  # put back: the page decides, then calls apply_move
    assert view.box_counts()[5] == 3 and view.box_counts()[8] == 2
    assert not any(cell.drop_target for cell in view.scene().items() if isinstance(cell, Cell))


def test_drag_highlights_the_cell_under_the_cursor(view, qtbot):
    frame = make_frame({5: 2})
    view.set_people(frame)
    item = view.person_item(_first_in_box(frame, 5)["nip"])
    start = _item_center(view, item)
    over = _view_point(view, view.cell_center(1))
    viewport = view.viewport()
    cells = {cell.box: cell for cell in view.scene().items() if isinstance(cell, Cell)}
    QTest.mousePress(viewport, LEFT, NO_MOD, start)
    for k in range(1, 7):
        QTest.mouseMove(viewport, start + (over - start) * k / 6)
    assert [box for box, cell in cells.items() if cell.drop_target] == [1]
    assert view.cell_rect(1).contains(item.sceneBoundingRect().center())  # the chip follows the cursor
    with qtbot.waitSignal(view.moveRequested) as blocker:
        QTest.mouseRelease(viewport, LEFT, NO_MOD, over)
    assert blocker.args[1:] == [5, 1]
    assert not any(cell.drop_target for cell in cells.values())


def test_release_on_the_same_cell_or_outside_requests_nothing(view, qtbot):
    frame = make_frame({5: 2})
    view.set_people(frame)
    item = view.person_item(_first_in_box(frame, 5)["nip"])
    origin = item.pos()
    start = _item_center(view, item)
    elsewhere_in_five = _view_point(view, view.cell_rect(5).bottomRight() - QPointF(20, 20))
    outside = _view_point(view, QPointF(3, view.sceneRect().bottom() - 3))  # the margin, no cell
    with qtbot.assertNotEmitted(view.moveRequested):
        _drag(view, start, elsewhere_in_five)
        _drag(view, start, outside)
        QTest.mouseClick(view.viewport(), LEFT, NO_MOD, start)  # a click is not a drag
    assert item.pos() == origin


def test_keyboard_arrows_and_enter_request_the_move(view, qtbot):
    frame = make_frame({5: 2})
    view.set_people(frame)
    pid = int(_first_in_box(frame, 5)["person_id"])
    view.select_person(pid)
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Up)  # kinerja up: 5 -> 7
    QTest.keyClick(view, Qt.Key.Key_Right)  # potensial up: 7 -> 9
    cells = {cell.box: cell for cell in view.scene().items() if isinstance(cell, Cell)}
    assert [box for box, cell in cells.items() if cell.drop_target] == [9]
    with qtbot.waitSignal(view.moveRequested) as blocker:
        QTest.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [pid, 5, 9]
    assert not any(cell.drop_target for cell in cells.values())

    QTest.keyClick(view, Qt.Key.Key_Down)  # 5 -> 3
    QTest.keyClick(view, Qt.Key.Key_Left)  # 3 -> 1
    QTest.keyClick(view, Qt.Key.Key_Left)  # stays at the edge
    with qtbot.waitSignal(view.moveRequested) as blocker:
        QTest.keyClick(view, Qt.Key.Key_Enter)
    assert blocker.args == [pid, 5, 1]


def test_escape_cancels_the_keyboard_target(view, qtbot):
    frame = make_frame({5: 1})
    view.set_people(frame)
    pid = int(frame["person_id"].iloc[0])
    view.select_person(pid)
    view.setFocus()
    with qtbot.assertNotEmitted(view.moveRequested):
        QTest.keyClick(view, Qt.Key.Key_Up)
        QTest.keyClick(view, Qt.Key.Key_Escape)
        QTest.keyClick(view, Qt.Key.Key_Return)
        QTest.keyClick(view, Qt.Key.Key_Right)
        QTest.keyClick(view, Qt.Key.Key_Left)  # back on its own cell: nothing to move
        QTest.keyClick(view, Qt.Key.Key_Return)
    assert view.selected_person_id() == pid
    QTest.keyClick(view, Qt.Key.Key_Escape)  # a second Escape clears the selection
    assert view.selected_person_id() is None


def test_read_only_view_ignores_drags_and_keyboard_moves(qtbot):
    view = NineBoxView(interactive=False)
    qtbot.addWidget(view)
    view.resize(1024, 768)
    view.show()
    qtbot.waitExposed(view)
    frame = make_frame({5: 2})
    view.set_people(frame)
    row = _first_in_box(frame, 5)
    item = view.person_item(row["nip"])
    origin = item.pos()
    with qtbot.assertNotEmitted(view.moveRequested):
        _drag(view, _item_center(view, item), _view_point(view, view.cell_center(9)))
        view.select_person(int(row["person_id"]))
        view.setFocus()
        QTest.keyClick(view, Qt.Key.Key_Up)
        QTest.keyClick(view, Qt.Key.Key_Return)
    assert item.pos() == origin
    assert not any(cell.drop_target for cell in view.scene().items() if isinstance(cell, Cell))


def test_apply_move_updates_counts_percentages_and_layout(view, qtbot):
    frame = make_frame({5: 3, 9: 1})
    view.set_people(frame)
    row = _first_in_box(frame, 5)
    pid = int(row["person_id"])
    view.select_person(pid)
    view.apply_move(pid, 9, calibrated=True, reason="Rekam jejak kepemimpinan")
    assert view.box_counts() == {**dict.fromkeys(range(1, 10), 0), 5: 2, 9: 2}
    assert view.box_percentages()[5] == 50.0 and view.box_percentages()[9] == 50.0
    item = view.person_item(row["nip"])
    assert view.cell_rect(9).contains(item.sceneBoundingRect())
    assert item.selected and view.selected_person_id() == pid
    assert item.calibration_mark.isVisible()
    assert "Rekam jejak kepemimpinan" in view.person_tooltip(pid)
    cells = {cell.box: cell for cell in view.scene().items() if isinstance(cell, Cell)}
    assert cells[9].count_text.text().startswith("2 ")
    view.apply_move(pid, 5, calibrated=False)  # back where the formula put them
    assert view.box_counts()[5] == 3 and view.box_counts()[9] == 1
    assert not view.person_item(row["nip"]).calibration_mark.isVisible()


def test_a_slot_may_apply_the_move_while_the_drag_is_released(view, qtbot):
    """The page opens its dialog and calls apply_move from inside the moveRequested slot."""
    frame = make_frame({5: 2})
    view.set_people(frame)
    row = _first_in_box(frame, 5)
    view.moveRequested.connect(lambda pid, _from, to: view.apply_move(pid, to, calibrated=True))
    _drag(view, _item_center(view, view.person_item(row["nip"])), _view_point(view, view.cell_center(2)))
    assert view.box_counts()[2] == 1 and view.box_counts()[5] == 1
    assert view.cell_rect(2).contains(view.person_item(row["nip"]).sceneBoundingRect())


# -- re-filtering -----------------------------------------------------------------------------------------


def _snapshot(view: NineBoxView) -> dict:
    """Everything a re-filter must reproduce: counts, percentages, each cell's order, and per drawn item
    its person, place, look and texts (items in reading order), badges and every drawn text."""
    drawn = {}
    for box in range(1, 10):
        items = [
            i for i in view.scene().items() if isinstance(i, PersonChip | PersonDot) and i.person.box == box
        ]
        items.sort(key=lambda i: (round(i.pos().y(), 1), round(i.pos().x(), 1)))
        drawn[box] = [
            (
                type(item).__name__,
                item.person.person_id,
                (round(item.pos().x(), 1), round(item.pos().y(), 1)),
                item.selected,
                item.zValue(),
                tuple(item.texts()),
                item.boundingRect().getRect(),
                item.pen().color().name(),
                item.brush().color().name(),
                tuple(
                    (mark.isVisible(), mark.text() if mark.isVisible() else "")
                    for mark in (
                        (item.calibration_mark, item.movement_mark) if isinstance(item, PersonChip) else ()
                    )
                ),
            )
            for item in items
        ]
    badges = {
        b.box: b.hidden_count for b in view.scene().items() if isinstance(b, MoreBadge) and b.isVisible()
    }
    return {
        "counts": view.box_counts(),
        "percentages": view.box_percentages(),
        "order": {box: [p.person_id for p in view._by_box[box]] for box in range(1, 10)},
        "drawn": drawn,
        "badges": badges,
        "texts": sorted(view.drawn_texts()),
        "selected": view.selected_person_id(),
    }


def _fresh(qtbot, frame: pd.DataFrame, size, selected: int | None = None, **modes) -> NineBoxView:
    view = NineBoxView()
    qtbot.addWidget(view)
    view.resize(size)
    view.show()
    qtbot.waitExposed(view)
    for mode, on in modes.items():
        getattr(view, f"set_{mode}")(on)
    view.set_people(frame)
    if selected is not None:
        view.select_person(selected)
    return view


def test_refiltering_draws_exactly_what_a_fresh_view_draws(view, qtbot, demo_frame):
    """A change of filter reuses people and items: the result must not depend on what came before."""
    placed = demo_frame[demo_frame["box"].notna()]
    pns = demo_frame[demo_frame["jenis_pegawai"] == "PNS"]
    few = pd.concat([placed[placed["box"] == box].head(3) for box in range(1, 10)])
    kept = int(few[few["jenis_pegawai"] == "PNS"]["person_id"].iloc[-1])
    for frame in (demo_frame, pns, few, demo_frame, few.iloc[::-1], pns):
        view.set_people(frame)
        assert _snapshot(view) == _snapshot(_fresh(qtbot, frame, view.size()))
    view.select_person(kept)
    for frame in (demo_frame, few, pns):
        with qtbot.assertNotEmitted(view.personSelected):
            view.set_people(frame)  # the selected person stays selected (and drawn) while shown
        assert (
            view.selected_person_id() == kept
            and view.person_item(few.set_index("person_id").loc[kept, "nip"]).selected
        )
        assert _snapshot(view) == _snapshot(_fresh(qtbot, frame, view.size(), kept))
    view.set_presentation(True)
    view.set_names_hidden(True)
    for frame in (few, demo_frame, few):
        view.set_people(frame)
        fresh = _fresh(qtbot, frame, view.size(), kept, presentation=True, names_hidden=True)
        assert _snapshot(view) == _snapshot(fresh)
    with qtbot.waitSignal(view.personSelected) as blocker:
        view.set_people(placed[placed["person_id"] != kept])
    assert blocker.args == [-1] and view.selected_person_id() is None


def test_changed_rows_for_the_same_people_are_taken_up(view, qtbot):
    """Another period or a re-mapped frame brings the same person_ids with other values."""
    before = make_frame({5: 6, 8: 3, 1: 2})
    view.set_people(before)
    after = before.copy()
    after["movement"] = ["naik", "turun", "tetap", "bergeser", "baru", None] * 1 + ["naik"] * 5
    after.loc[0, "box"] = 9
    after.loc[1, "nama_lengkap"] = "Aaron Paling Awal"
    after.loc[2, "nilai_talenta"] = np.nan
    after.loc[3, ["calibrated", "calibration_reason"]] = [True, "Rekam jejak"]
    after.loc[4, "jabatan"] = "Kepala Bidang"
    after.loc[5, "nip"] = "199901012020011001"
    view.set_people(after)
    assert _snapshot(view) == _snapshot(_fresh(qtbot, after, view.size()))
    assert view.person_item("199901012020011001") is not None
    assert view.person_item(before.loc[5, "nip"]) is None
    view.set_people(before)
    assert _snapshot(view) == _snapshot(_fresh(qtbot, before, view.size()))


def test_order_in_a_cell_is_talenta_then_name_then_id(view):
    frame = make_frame({5: 7})
    frame["nilai_talenta"] = [80.0, np.nan, 80.0, 92.5, np.nan, 80.0, 60.0]
    frame["nama_lengkap"] = ["Budi", "Ani", "Ani", "Citra", "Ani", "Ani", "Dedi"]
    view.set_people(frame.iloc[::-1])
    ids = frame["person_id"].tolist()
    expected = [ids[3], ids[2], ids[5], ids[0], ids[6], ids[1], ids[4]]
    assert [p.person_id for p in view._by_box[5]] == expected
    tops = [view.person_item(frame.set_index("person_id").loc[pid, "nip"]).scenePos() for pid in expected]
    assert tops == sorted(tops, key=lambda p: (round(p.y()), p.x()))  # drawn in that reading order


def test_a_moved_person_stays_in_the_new_box_after_a_refilter(view, qtbot):
    """The page records the move in its frame, calls apply_move, and filters again later."""
    frame = make_frame({5: 4, 8: 2})
    view.set_people(frame)
    row = _first_in_box(frame, 5)
    pid = int(row["person_id"])
    view.select_person(pid)
    view.apply_move(pid, 8, calibrated=True, reason="Kinerja program prioritas")
    frame.loc[frame["person_id"] == pid, ["box", "calibrated", "calibration_reason"]] = [
        8,
        True,
        "Kinerja program prioritas",
    ]
    view.set_people(frame[frame["box"] == 8])  # a filter that keeps box 8 only
    assert view.box_counts()[8] == 3 and view.box_counts()[5] == 0
    view.set_people(frame)
    assert view.box_counts()[5] == 3 and view.box_counts()[8] == 3
    item = view.person_item(row["nip"])
    assert view.cell_rect(8).contains(item.sceneBoundingRect()) and item.calibration_mark.isVisible()
    assert item.selected and "Kinerja program prioritas" in view.person_tooltip(pid)
    assert _snapshot(view) == _snapshot(_fresh(qtbot, frame, view.size(), pid))
    # A frame that was not updated (the move was undone elsewhere) puts them back where it says.
    view.apply_move(pid, 2, calibrated=True)
    view.set_people(frame)
    assert view.box_counts()[2] == 0 and view.box_counts()[8] == 3
    assert view.cell_rect(8).contains(view.person_item(row["nip"]).sceneBoundingRect())
    assert _snapshot(view) == _snapshot(_fresh(qtbot, frame, view.size(), pid))


# -- crowded cells ----------------------------------------------------------------------------------------


def test_crowded_cells_turn_to_dots_then_a_badge(view, qtbot):
    frame = make_frame({5: 3000, 8: 60, 9: 3})
    view.set_people(frame)
    items = [item for item in view.scene().items() if isinstance(item, PersonChip | PersonDot)]
    by_box = {box: [i for i in items if i.person.box == box] for box in (5, 8, 9)}
    assert all(isinstance(i, PersonChip) for i in by_box[9]) and len(by_box[9]) == 3
    assert all(isinstance(i, PersonDot) for i in by_box[8]) and len(by_box[8]) == 60
    assert all(isinstance(i, PersonDot) for i in by_box[5])
    drawn = len(by_box[5])
    assert 0 < drawn <= MAX_DOTS_PER_CELL
    badges = {b.box: b for b in view.scene().items() if isinstance(b, MoreBadge) and b.isVisible()}
    assert list(badges) == [5]
    assert badges[5].label.text() == "+" + QLocale().toString(3000 - drawn)
    assert badges[5].hidden_count == 3000 - drawn
    for item in by_box[5] + by_box[8]:
        assert view.cell_rect(item.person.box).contains(item.sceneBoundingRect())
    assert not badges[5].sceneBoundingRect().intersects(by_box[5][-1].sceneBoundingRect())
    with qtbot.waitSignal(view.boxActivated) as blocker:
        QTest.mouseClick(view.viewport(), LEFT, NO_MOD, _item_center(view, badges[5]))
    assert blocker.args == [5]


def test_dots_can_be_dragged_too(view, qtbot):
    frame = make_frame({5: 3000})
    view.set_people(frame)
    row = _first_in_box(frame, 5)
    dot = view.person_item(row["nip"])
    assert isinstance(dot, PersonDot)
    with qtbot.waitSignal(view.moveRequested) as blocker:
        _drag(view, _item_center(view, dot), _view_point(view, view.cell_center(7)))
    assert blocker.args == [int(row["person_id"]), 5, 7]
    assert view.cell_rect(5).contains(dot.sceneBoundingRect())  # back in its place


def test_double_click_on_a_cell_opens_its_list(view, qtbot):
    view.set_people(make_frame({3: 2}))
    header = view.cell_rect(3).topRight() + QPointF(-30, 12)
    with qtbot.waitSignal(view.boxActivated) as blocker:
        QTest.mouseDClick(view.viewport(), LEFT, NO_MOD, _view_point(view, header))
    assert blocker.args == [3]


def test_twenty_thousand_people(view):
    rng = np.random.default_rng(11)
    n = 20_000
    boxes = rng.choice(np.arange(1, 10), size=n, p=[0.03, 0.07, 0.07, 0.05, 0.45, 0.05, 0.13, 0.1, 0.05])
    frame = pd.DataFrame(
        {
            "person_id": np.arange(1, n + 1),
            "nip": [f"{198001012005011000 + i}" for i in range(n)],
            "nama_lengkap": [f"Pegawai Nomor {i}" for i in range(n)],
            "jabatan": ["Pengadministrasi Perkantoran"] * n,
            "box": pd.array(boxes, dtype="Int64"),
            "computed_box": pd.array(boxes, dtype="Int64"),
            "nilai_kinerja": rng.uniform(50, 100, n),
            "nilai_potensial": rng.uniform(50, 100, n),
            "nilai_talenta": rng.uniform(50, 100, n),
            "calibrated": rng.random(n) < 0.05,
            "calibration_reason": [None] * n,
            "movement": rng.choice(["naik", "tetap", "turun", "bergeser"], size=n),
        }
    )
    frame.loc[::97, "box"] = pd.NA  # not mapped: left out
    view.set_people(frame)
    counts = view.box_counts()
    assert sum(counts.values()) == frame["box"].notna().sum()
    people_items = [i for i in view.scene().items() if isinstance(i, PersonChip | PersonDot)]
    assert 0 < len(people_items) <= 9 * MAX_DOTS_PER_CELL
    pid = int(frame.loc[frame["box"] == 5, "person_id"].iloc[0])
    view.apply_move(pid, 9, calibrated=True)
    assert view.box_counts()[9] == counts[9] + 1 and view.box_counts()[5] == counts[5] - 1
    view.set_presentation(True)
    view.set_names_hidden(True)
    view.grab()  # paints without warnings


# -- projector modes --------------------------------------------------------------------------------------


def test_names_hidden_shows_initials_and_masked_nip_only(view, demo_frame):
    frame = demo_frame[demo_frame["box"].notna()].head(40)  # few enough for chips in most cells
    view.set_people(frame)
    names = frame["nama_lengkap"].tolist()
    assert any(name in view.drawn_texts() for name in names)  # shown before
    view.set_names_hidden(True)
    everything = "\n".join(view.drawn_texts())
    for name, nip, jabatan in zip(frame["nama_lengkap"], frame["nip"], frame["jabatan"], strict=True):
        assert name not in everything
        bare = split_gelar(name)[1]
        assert bare not in everything
        assert nip not in everything
        if jabatan and len(jabatan) > 25:
            assert jabatan not in everything  # a unique post would name the person
    chips = [i for i in view.scene().items() if isinstance(i, PersonChip)]
    assert chips
    for chip in chips:
        assert chip.texts()[0] == initials(chip.person.name)
        if len(chip.texts()) > 1:
            assert chip.texts()[1] == mask_nip(chip.person.nip)
    calibrated = frame[frame["calibrated"] & frame["calibration_reason"].notna()]
    for reason in calibrated["calibration_reason"]:
        assert reason not in everything
    view.set_names_hidden(False)
    assert any(name in view.drawn_texts() for name in names)


def test_initials_skip_gelar():
    assert initials("Dr. Siti Aminah, M.Si.") == "S.A."
    assert initials("H. Galar Perkasa, A.Md.") == "G.P."
    assert initials("Faizah") == "F."
    assert initials("Anak Agung Gede Ngurah") == "A.A.G.N."
    assert initials("") == "—"


def test_counts_only_draws_no_people(view, demo_frame):
    view.set_people(demo_frame)
    view.set_counts_only(True)
    assert not [i for i in view.scene().items() if isinstance(i, PersonChip | PersonDot)]
    assert all(view.person_item(nip) is None for nip in demo_frame["nip"])
    cells = {cell.box: cell for cell in view.scene().items() if isinstance(cell, Cell)}
    for box, count in view.box_counts().items():
        assert cells[box].big_count.text() == str(count)
        assert cells[box].big_percent.text() == cells[box].percent_text()
    view.set_counts_only(False)
    assert [i for i in view.scene().items() if isinstance(i, PersonChip | PersonDot)]


def test_presentation_mode_is_larger_and_keeps_everything_inside(view, qtbot, demo_frame):
    view.resize(1024, 768)
    view.set_people(demo_frame)
    cells = {cell.box: cell for cell in view.scene().items() if isinstance(cell, Cell)}
    normal_size = cells[5].number.font().pointSizeF()
    normal_count = cells[5].count_text.font().pointSizeF()
    view.set_presentation(True)
    assert cells[5].number.font().pointSizeF() >= 1.5 * normal_size
    assert cells[5].count_text.font().pointSizeF() >= 1.5 * normal_count
    assert cells[5].pen().widthF() > 1
    for box, cell in cells.items():
        for child in cell.childItems():
            if child.isVisible():
                assert cell.rect.contains(child.sceneBoundingRect()), (box, child)
    for item in view.scene().items():
        if isinstance(item, PersonChip | PersonDot):
            assert view.cell_rect(item.person.box).contains(item.sceneBoundingRect())
    assert view.sceneRect().contains(view.scene().itemsBoundingRect())


def test_presentation_with_names_prefers_two_columns_of_name_chips_to_dots(qtbot):
    """A projected unit: four people in a cell too narrow for two chips of the usual width get two
    columns of one-line name chips at the presentation size (names elided), not anonymous dots."""
    view = NineBoxView(interactive=False)
    qtbot.addWidget(view)
    view.resize(976, 640)  # the nine-box of the 1024×768 projector window
    view.show()
    qtbot.waitExposed(view)
    view.set_presentation(True)
    frame = make_frame({5: 4, 7: 3, 2: 2, 9: 1, 8: 40})
    frame.loc[frame["box"] == 5, "calibrated"] = True  # both markers take room from the name
    frame["movement"] = "turun"
    view.set_people(frame)
    body = view._cells[5].body
    assert body.width() < 2 * PRESENTATION.compact_min_width + PRESENTATION.chip_gap  # the case at hand
    for box, columns in ((5, 2), (7, 2), (2, 1)):
        people = frame[frame["box"] == box]
        items = [view.person_item(nip) for nip in people["nip"]]
        assert all(isinstance(item, PersonChip) and item.compact for item in items), box
        assert len({round(item.pos().x()) for item in items}) == columns, box
        for item in items:
            assert item.title.font().pointSizeF() == PRESENTATION.chip_name_pt  # not shrunk to fit
            assert len(item.texts()) == 1  # the name only
            shown = item.texts()[0].rstrip("…").strip()
            assert len(shown) >= 5 and item.person.name.startswith(shown)
            assert view.cell_rect(box).contains(item.sceneBoundingRect())
            assert item.title.sceneBoundingRect().right() <= item.movement_mark.sceneBoundingRect().left()
        rects = [item.sceneBoundingRect() for item in items]
        assert not any(a.intersects(b) for k, a in enumerate(rects) for b in rects[k + 1 :]), box
    assert all(isinstance(view.person_item(nip), PersonDot) for nip in frame[frame["box"] == 8]["nip"])
    view.set_names_hidden(True)  # initials were already chips; they stay chips
    assert all(isinstance(view.person_item(nip), PersonChip) for nip in frame[frame["box"] == 5]["nip"])


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen platform's tooltip
def test_hovering_a_person_shows_their_tooltip(view, qtbot):
    frame = make_frame({7: 2})
    view.set_people(frame)
    row = _first_in_box(frame, 7)
    item = view.person_item(row["nip"])
    pos = _item_center(view, item)
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert row["nip"] in QToolTip.text() and row["nama_lengkap"] in QToolTip.text()
    QToolTip.hideText()
