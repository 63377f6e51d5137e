"""The "Distribusi dan pergerakan" panel of the nine-box page, driven with pytest-qt over the demo map."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QLocale, QPoint, QPointF, Qt

from talenta_desktop.domain.ninebox import box_levels
from talenta_desktop.services.talent.talent_map import (
    distribution,
    distribution_by_unit,
    movement_matrix,
    talent_map,
)
from talenta_desktop.ui.models.talent_tables import (
    DOWN,
    MOVED,
    NEW,
    OUT,
    SAME,
    SIDEWAYS,
    UP,
    CountRole,
    DistributionModel,
    MovementMatrixModel,
    MoversModel,
    PersonIdRole,
    SortRole,
    UnitDistributionModel,
    format_percent,
    format_points,
    move_direction,
    movement,
)
from talenta_desktop.ui.talent_analysis import TalentAnalysisPanel

GUIDELINE = {1: 5.0, 2: 10.0, 3: 10.0, 4: 10.0, 5: 30.0, 6: 5.0, 7: 15.0, 8: 10.0, 9: 5.0}
CUTOFFS = {"kinerja": [60.0, 80.0], "potensial": [60.0, 80.0]}


@pytest.fixture(autouse=True)
def indonesian_numbers():
    """The application's default language is Indonesian; the panel formats with the default locale."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def tm(demo_db):
    with demo_db.session() as session:
        return talent_map(session, "2025")


@pytest.fixture
def panel(qtbot, tm):
    widget = TalentAnalysisPanel()
    qtbot.addWidget(widget)
    widget.resize(1100, 560)
    widget.set_map(
        tm.frame,
        guideline=tm.guideline or GUIDELINE,
        cutoffs=tm.cutoffs or CUTOFFS,
        previous_label=tm.previous.label,
        period_label=tm.period.label,
    )
    return widget


def _expected_kind(before, now) -> str | None:
    """The documented rule, written out independently: compare the sums of the two levels."""
    if pd.isna(now):
        return None if pd.isna(before) else OUT
    if pd.isna(before):
        return NEW
    if before == now:
        return SAME
    change = sum(box_levels(int(now))) - sum(box_levels(int(before)))
    return UP if change > 0 else DOWN if change < 0 else SIDEWAYS


# -- the models ---------------------------------------------------------------------------------------


def test_every_model_passes_the_qt_model_tester(panel, qtmodeltester):
    for model in (
        panel.distribution_model,
        panel.matrix_model,
        panel.unit_model,
        panel.unit_proxy,
        panel.movers_model,
    ):
        assert model.rowCount() > 0
        qtmodeltester.check(model, force_py=True)


def test_models_pass_the_tester_when_empty_sorted_and_filtered(qtmodeltester, tm):
    empty = [DistributionModel(), MovementMatrixModel(), UnitDistributionModel(), MoversModel()]
    for model in empty:
        qtmodeltester.check(model, force_py=True)
    movers = MoversModel()
    movers.set_frame(tm.frame, "2024", "2025")
    movers.sort(MoversModel.NAME, Qt.SortOrder.DescendingOrder)
    movers.set_filter((UP,))
    qtmodeltester.check(movers, force_py=True)
    movers.set_filter(None, before=5, now=5)
    qtmodeltester.check(movers, force_py=True)


# -- distribution against the guideline ----------------------------------------------------------------


def test_distribution_table_matches_the_service(panel, tm):
    expected = distribution(tm.frame, tm.guideline or GUIDELINE)
    model = panel.distribution_model
    assert model.rowCount() == 10  # boxes 1–9 and the total
    for row, box in enumerate(range(1, 10)):
        assert model.index(row, model.BOX).data() == str(box)
        assert model.index(row, model.COUNT).data() == QLocale().toString(int(expected.loc[box, "count"]))
        assert model.value(row, model.PERCENT) == pytest.approx(expected.loc[box, "percent"])
        assert model.index(row, model.PERCENT).data() == format_percent(expected.loc[box, "percent"])
        assert model.value(row, model.GUIDELINE) == pytest.approx(expected.loc[box, "guideline"])
        assert model.value(row, model.DIFFERENCE) == pytest.approx(expected.loc[box, "difference"])
    total = model.index(9, model.COUNT).data()
    assert total == QLocale().toString(int(tm.frame["box"].notna().sum()))
    assert model.index(9, model.PERCENT).data() == "100,0%"
    assert panel.chart.actual == pytest.approx(expected["percent"].tolist())
    assert panel.chart.guideline == pytest.approx(expected["guideline"].tolist())


def test_numbers_are_written_the_indonesian_way():
    assert format_percent(12.5) == "12,5%"
    assert format_points(3.44) == "+3,4"
    assert format_points(-9.1) == "−9,1"
    assert format_points(0.0) == "0,0"


def test_differences_beyond_five_points_are_highlighted(qtbot, tm):
    frame = tm.frame
    actual = distribution(frame)["percent"]
    # a guideline 6 points above the actual share of box 5, 4 points below that of box 7, the rest
    # equal to the actual shares: only box 5 may be flagged
    guideline = {int(box): float(actual[box]) for box in actual.index}
    guideline[5] += 6.0
    guideline[7] -= 4.0
    panel = TalentAnalysisPanel()
    qtbot.addWidget(panel)
    panel.set_map(frame, guideline=guideline, cutoffs=CUTOFFS, previous_label="2024", period_label="2025")
    model = panel.distribution_model
    flagged = [row + 1 for row in range(9) if model.is_flagged(row)]
    assert flagged == [5]
    cell = model.index(4, model.DIFFERENCE)
    assert cell.data() == "−6,0"
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "5 poin" in cell.data(Qt.ItemDataRole.ToolTipRole)
    quiet = model.index(6, model.DIFFERENCE)
    assert quiet.data() == "+4,0"
    assert quiet.data(Qt.ItemDataRole.BackgroundRole) is None
    assert "ditandai" in panel.distribution_note.text()


def test_without_a_guideline_the_guideline_columns_are_empty(qtbot, tm):
    panel = TalentAnalysisPanel()
    qtbot.addWidget(panel)
    panel.set_map(tm.frame, guideline={}, cutoffs=CUTOFFS, previous_label="2024", period_label="2025")
    model = panel.distribution_model
    assert model.index(0, model.GUIDELINE).data() == "–"
    assert not any(model.is_flagged(row) for row in range(9))
    assert panel.chart.guideline == []


# -- movement -------------------------------------------------------------------------------------------


def test_moves_are_classified_by_the_sum_of_levels():
    assert move_direction(5, 8) == UP
    assert move_direction(3, 4) == UP  # kinerja rendah → tinggi, potensial down one: net up
    assert move_direction(6, 7) == UP
    assert move_direction(8, 7) == SIDEWAYS
    assert move_direction(5, 6) == SIDEWAYS  # box number up, but kinerja fell as potensial rose
    assert move_direction(2, 3) == SIDEWAYS
    assert move_direction(9, 7) == DOWN
    assert move_direction(4, 3) == DOWN
    assert move_direction(7, 7) == SAME


def test_matrix_counts_and_totals_equal_the_service(panel, tm):
    expected = movement_matrix(tm.frame)
    model = panel.matrix_model
    assert (model.rowCount(), model.columnCount()) == (10, 10)
    for row in range(9):
        for column in range(9):
            count = int(expected.iloc[row, column])
            index = model.index(row, column)
            assert index.data(CountRole) == count
            assert index.data() == (QLocale().toString(count) if count else "")
    for i in range(9):
        assert model.index(i, 9).data(CountRole) == int(expected.iloc[i].sum())  # row total
        assert model.index(9, i).data(CountRole) == int(expected.iloc[:, i].sum())  # column total
    both = int((tm.frame["box"].notna() & tm.frame["previous_box"].notna()).sum())
    assert model.index(9, 9).data(CountRole) == both
    assert model.headerData(0, Qt.Orientation.Vertical) == "1"
    assert model.headerData(9, Qt.Orientation.Horizontal) == "Jumlah"


def test_the_diagonal_stands_apart_from_the_moves(panel):
    model = panel.matrix_model
    stayed = model.index(4, 4).data(Qt.ItemDataRole.BackgroundRole)
    up = model.index(4, 7).data(Qt.ItemDataRole.BackgroundRole)  # 5 → 8
    down = model.index(7, 4).data(Qt.ItemDataRole.BackgroundRole)  # 8 → 5
    assert model.index(4, 4).data(Qt.ItemDataRole.FontRole).bold()
    assert len({stayed.name(), up.name(), down.name()}) == 3
    assert "naik kelas" in model.index(4, 7).data(Qt.ItemDataRole.ToolTipRole)


def test_summary_counts_follow_the_level_rule(panel, tm):
    frame = tm.frame
    expected = [_expected_kind(b, n) for b, n in zip(frame["previous_box"], frame["box"], strict=True)]
    counts = {code: expected.count(code) for code in (UP, SAME, SIDEWAYS, DOWN, NEW, OUT)}
    assert panel.summary_counts() == counts
    assert movement(frame).tolist() == expected
    assert counts[UP] and counts[DOWN] and counts[SAME] and counts[NEW]
    text = panel.summary.text()
    for label, code in (("Naik kelas", UP), ("Tetap", SAME), ("Turun", DOWN), ("Baru dipetakan", NEW)):
        assert f"{label}: {QLocale().toString(counts[code])}" in text.replace("</b>", "").replace("<b>", "")
    assert panel.tabs.tabText(panel.TAB_MOVEMENT) == "Pergerakan sejak 2024"
    assert panel.movement_stack.currentIndex() == 0


def test_movers_list_the_people_who_changed_box(panel, tm):
    model = panel.movers_model
    assert set(model.codes()) <= set(MOVED)
    moved = sum(panel.summary_counts()[code] for code in MOVED)
    assert model.rowCount() == moved
    assert "dari" in panel.movers_count.text()


def test_a_matrix_cell_lists_its_people(panel, qtbot):
    panel.show()
    panel.tabs.setCurrentIndex(panel.TAB_MOVEMENT)
    qtbot.waitExposed(panel.matrix)
    model = panel.matrix_model
    index = model.index(4, 6)  # from box 5 to box 7
    qtbot.mouseClick(
        panel.matrix.viewport(), Qt.MouseButton.LeftButton, pos=panel.matrix.visualRect(index).center()
    )
    assert panel.movers_model.rowCount() == index.data(CountRole) > 0
    movers = panel.movers_model
    rows = range(movers.rowCount())
    assert {movers.index(r, MoversModel.BEFORE).data() for r in rows} == {"5"}
    assert {movers.index(r, MoversModel.NOW).data() for r in rows} == {"7"}
    assert panel.cell_filter.text() == "Dari kotak 5 ke kotak 7"
    panel.clear_cell.click()
    assert panel.cell_filter.text() == ""
    assert set(movers.codes()) <= set(MOVED)


def test_clicking_a_mover_activates_the_person(panel, qtbot):
    panel.show()
    panel.tabs.setCurrentIndex(panel.TAB_MOVEMENT)
    qtbot.waitExposed(panel.movers)
    movers = panel.movers_model
    index = movers.index(2, MoversModel.NAME)
    expected = index.data(PersonIdRole)
    with qtbot.waitSignal(panel.personActivated) as signal:
        qtbot.mouseClick(
            panel.movers.viewport(), Qt.MouseButton.LeftButton, pos=panel.movers.visualRect(index).center()
        )
    assert signal.args == [expected]


def test_movers_sort_by_box(panel):
    movers = panel.movers_model
    movers.sort(MoversModel.NOW, Qt.SortOrder.DescendingOrder)
    boxes = [int(movers.index(r, MoversModel.NOW).data()) for r in range(movers.rowCount())]
    assert boxes == sorted(boxes, reverse=True)


def test_without_a_previous_period_a_message_replaces_the_matrix(qtbot, tm):
    panel = TalentAnalysisPanel()
    qtbot.addWidget(panel)
    panel.set_map(tm.frame, guideline=GUIDELINE, cutoffs=CUTOFFS, previous_label=None, period_label="2025")
    assert panel.movement_stack.currentWidget() is panel.no_previous
    assert "periode sebelumnya" in panel.no_previous.text()
    assert panel.matrix_model.rowCount() == 0
    assert panel.summary_counts() == {}
    assert panel.tabs.tabText(panel.TAB_MOVEMENT) == "Pergerakan"


# -- scatter --------------------------------------------------------------------------------------------


def test_scatter_draws_every_placed_person_with_cutoff_lines(panel, tm):
    placed = tm.frame[tm.frame["box"].notna()]
    assert sorted(panel.scatter.person_ids().tolist()) == sorted(placed["person_id"].tolist())
    assert sum(len(item.data) for item in panel.scatter.items()) == len(placed)
    positions = sorted((line.angle, line.value()) for line in panel.scatter.lines)
    cutoffs = tm.cutoffs or CUTOFFS
    assert positions == sorted([(0, v) for v in cutoffs["kinerja"]] + [(90, v) for v in cutoffs["potensial"]])
    item = panel.scatter.plot.getPlotItem()
    assert item.getAxis("bottom").labelText == "Nilai potensial"
    assert item.getAxis("left").labelText == "Nilai kinerja"


def test_clicking_a_dot_activates_its_person(panel, qtbot):
    scatter = max(panel.scatter.items(), key=lambda item: len(item.data))  # one box's dots
    point = scatter.points()[3]
    with qtbot.waitSignal(panel.personActivated) as signal:
        scatter.sigClicked.emit(scatter, [point], None)
    assert signal.args == [int(point.data())]


def test_a_real_click_and_hover_on_a_dot(panel, qtbot):
    panel.show()
    qtbot.waitExposed(panel)
    scatter = panel.scatter
    row = int(np.argmax(scatter._frame["nilai_kinerja"].to_numpy()))  # at the top: few neighbours
    x, y = scatter._x[row], scatter._y[row]

    def where():
        return scatter.plot.mapFromScene(scatter.view.mapViewToScene(QPointF(x, y)))

    # pyqtgraph lays the plot out in posted events and on the first paint (axis widths follow the
    # tick labels): paint, then wait until the dot stays put
    panel.grab()
    seen = []
    qtbot.waitUntil(lambda: seen.append(where()) or (len(seen) > 2 and seen[-1] == seen[-2] == seen[-3]))
    widget_pos = where()
    # the offscreen platform drops the first synthetic moves after a show: move until one arrives,
    # a pixel to and fro (a move to the cursor's own position is no move)
    nudges = iter(np.tile([0, 1], 500))

    def hover() -> bool:
        qtbot.mouseMove(scatter.plot.viewport(), widget_pos + QPoint(int(next(nudges)), 0))
        return scatter.hovered is not None

    qtbot.waitUntil(hover)
    assert scatter._x[scatter.hovered] == pytest.approx(x, abs=2)
    hovered = scatter._frame.iloc[scatter.hovered]
    assert hovered["nama_lengkap"] in scatter.hover.text()
    assert f"kotak {int(hovered['box'])}" in scatter.hover.text()
    near, _ = scatter.nearest(x, y)
    candidates = set(scatter._frame["person_id"].to_numpy()[np.hypot(scatter._x - x, scatter._y - y) < 2])
    with qtbot.waitSignal(panel.personActivated) as signal:
        qtbot.mouseClick(scatter.plot.viewport(), Qt.MouseButton.LeftButton, pos=widget_pos)
    assert signal.args[0] in candidates
    assert near is not None


# -- units ----------------------------------------------------------------------------------------------


def test_unit_table_matches_the_service_and_sorts(panel, tm):
    expected = distribution_by_unit(tm.frame)
    proxy, model = panel.unit_proxy, panel.unit_model
    assert model.rowCount() == len(expected)
    first = proxy.index(0, model.UNIT).data()
    assert first == expected.index[0]  # largest unit first
    for unit in expected.index:
        source = next(r for r in range(model.rowCount()) if model.unit(r) == unit)
        for box in range(1, 10):
            assert model.value(source, box) == expected.loc[unit, box]
        assert model.value(source, model.TOTAL) == expected.loc[unit, "total"]
        pool = expected.loc[unit, [7, 8, 9]].sum() / expected.loc[unit, "total"] * 100
        assert model.value(source, model.POOL) == pytest.approx(pool)
        assert model.index(source, model.POOL).data() == format_percent(pool)
    panel.unit_table.sortByColumn(model.UNIT, Qt.SortOrder.AscendingOrder)
    names = [proxy.index(r, model.UNIT).data() for r in range(proxy.rowCount())]
    assert names == sorted(names, key=str.casefold)
    panel.unit_table.sortByColumn(model.POOL, Qt.SortOrder.DescendingOrder)
    pools = [proxy.index(r, model.POOL).data(SortRole) for r in range(proxy.rowCount())]
    assert pools == sorted(pools, reverse=True)
    shaded = model.index(0, 5).data(Qt.ItemDataRole.BackgroundRole)
    assert shaded is not None


# -- edge cases -----------------------------------------------------------------------------------------


def test_an_empty_frame_does_not_crash(qtbot, tm):
    panel = TalentAnalysisPanel()
    qtbot.addWidget(panel)
    panel.resize(1100, 560)
    panel.show()
    empty = tm.frame.iloc[0:0]
    panel.set_map(empty, guideline=GUIDELINE, cutoffs=CUTOFFS, previous_label="2024", period_label="2025")
    assert panel.distribution_model.total == 0
    assert panel.movers_model.rowCount() == 0
    assert panel.unit_model.rowCount() == 0
    assert panel.summary_counts()[UP] == 0
    assert panel.scatter.items() == []
    for tab in range(panel.tabs.count()):
        panel.tabs.setCurrentIndex(tab)
        panel.grab()
    panel.set_map(tm.frame, guideline=GUIDELINE, cutoffs={}, previous_label=None, period_label="2025")
    assert panel.scatter.lines == []


def test_a_filtered_frame_redraws_everything(panel, tm):
    unit = tm.frame["unit_induk"].value_counts().index[1]
    part = tm.frame[tm.frame["unit_induk"] == unit]
    panel.set_map(part, guideline=GUIDELINE, cutoffs=CUTOFFS, previous_label="2024", period_label="2025")
    assert panel.unit_model.rowCount() == 1
    assert panel.distribution_model.total == int(part["box"].notna().sum())
    assert panel.matrix_model.index(9, 9).data(CountRole) == int(movement_matrix(part).to_numpy().sum())
