"""The main window and Beranda, driven as a user would with pytest-qt."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest
from PySide6.QtGui import QFontMetrics, QImage
from PySide6.QtWidgets import QComboBox, QLabel

from talenta_desktop import __version__
from talenta_desktop.app import build_window, take_screenshots
from talenta_desktop.ui.charts import BarChart


@pytest.fixture
def window(qtbot, demo_db):
    win = build_window(demo_db)
    qtbot.addWidget(win)
    return win


def _loaded(qtbot, page):
    """Beranda counts in the background: wait until its figures and charts are on the page."""
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    return page


def _count(db, sql: str) -> int:
    with sqlite3.connect(db.path) as conn:
        return conn.execute(sql).fetchone()[0]


def test_window_contract_and_first_page(window, demo_db):
    assert window.objectName() == "MainWindow"
    page = window.show_page("home")
    assert page.objectName() == "page-home"
    assert window.stack.currentWidget() is page
    assert "Sukamaju" in window.windowTitle() or "Kabupaten" in window.windowTitle()
    with pytest.raises(KeyError):
        window.show_page("tidak-ada")


def test_navigation_lists_only_built_pages(window):
    labels = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert labels == [
        "Beranda", "Pegawai", "Peta Talenta", "Komite", "Pengembangan", "Suksesi", "Laporan", "Pengaturan"
    ]  # fmt: skip


def test_home_shows_the_agency_counts(window, demo_db, qtbot):
    page = _loaded(qtbot, window.show_page("home"))
    total = _count(demo_db, "SELECT count(*) FROM person")
    pns = _count(demo_db, "SELECT count(*) FROM person WHERE jenis_pegawai = 'PNS'")
    assert page.findChild(QLabel, "kpi-total").text() == f"{total}"
    assert page.findChild(QLabel, "kpi-pns").text().startswith(f"{pns} (")
    assert sum(page.by_age.values) == total
    assert sum(page.by_post.values) == total
    assert sum(page.by_unit.values) == total
    assert page.by_golongan.values and all(v > 0 for v in page.by_golongan.values)


def test_unit_filter_narrows_to_a_subtree(window, demo_db, qtbot):
    page = _loaded(qtbot, window.show_page("home"))
    combo = page.findChild(QComboBox, "unitFilter")
    assert combo.itemText(0) == "Seluruh instansi"
    index = next(i for i in range(combo.count()) if combo.itemText(i).strip() == "Dinas Kesehatan")
    combo.setCurrentIndex(index)
    unit_id = combo.itemData(index)
    path = f"%/{unit_id}/%"
    expected = _count(
        demo_db, f"SELECT count(*) FROM person p JOIN unit u ON u.id = p.unit_id WHERE u.path LIKE '{path}'"
    )
    assert 0 < expected < _count(demo_db, "SELECT count(*) FROM person")
    assert page.heading.text() == "Dinas Kesehatan"  # at once, while the figures are counted
    _loaded(qtbot, page)
    assert page.findChild(QLabel, "kpi-total").text() == f"{expected}"
    assert page.heading.text() == "Dinas Kesehatan"
    assert sum(page.by_unit.values) == expected
    combo.setCurrentIndex(0)
    _loaded(qtbot, page)
    assert page.overview.unit is None


def test_home_shows_its_frame_at_once_and_the_figures_when_counted(qtbot, demo_db):
    """Start-up does not wait for Beranda's counting (DESIGN §6): the page says "Memuat…" where its
    figures and charts will be, and fills them in when the background count is in."""
    win = build_window(demo_db)
    qtbot.addWidget(win)
    page = win.show_page("home")
    assert page.loading
    assert page.subheading.text() == "Memuat…"
    assert "Sukamaju" in page.heading.text() or "Kabupaten" in page.heading.text()
    assert page.findChild(QLabel, "kpi-total").text() == "–"
    waiting = page.findChildren(QLabel, "chartLoading")
    assert len(waiting) == 4 and all(label.text() == "Memuat…" for label in waiting)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        pass
    assert not page.loading
    assert page.findChild(QLabel, "kpi-total").text() == f"{_count(demo_db, 'SELECT count(*) FROM person')}"
    assert "pegawai di" in page.subheading.text()
    qtbot.waitUntil(lambda: not page.findChildren(QLabel, "chartLoading"))  # the charts took their place
    assert all(chart.has_plot for chart in (page.by_unit, page.by_post, page.by_golongan, page.by_age))


def test_an_overtaken_count_is_not_shown(window, demo_db, qtbot):
    """Choosing another unit while the first count runs: the page ends on the last choice."""
    page = window.show_page("home")
    combo = page.findChild(QComboBox, "unitFilter")
    index = next(i for i in range(combo.count()) if combo.itemText(i).strip() == "Dinas Kesehatan")
    combo.setCurrentIndex(index)
    combo.setCurrentIndex(0)
    _loaded(qtbot, page)
    qtbot.wait(200)  # the overtaken answers have arrived by now, and must have been dropped
    assert page.overview.unit is None
    assert page.findChild(QLabel, "kpi-total").text() == f"{_count(demo_db, 'SELECT count(*) FROM person')}"
    assert sum(page.by_unit.values) == page.overview.total


def test_unit_choice_is_remembered(qtbot, demo_db):
    first = build_window(demo_db)
    qtbot.addWidget(first)
    combo = first.show_page("home").findChild(QComboBox, "unitFilter")
    combo.setCurrentIndex(3)
    chosen = combo.currentData()
    second = build_window(demo_db)
    qtbot.addWidget(second)
    assert second.show_page("home").selected_unit() == chosen
    combo.setCurrentIndex(0)


def test_about_names_the_version(window):
    assert __version__ in window.about_text()


def test_empty_database_says_what_to_do(qtbot, db):
    win = build_window(db)
    qtbot.addWidget(win)
    page = _loaded(qtbot, win.show_page("home"))
    assert page.findChild(QLabel, "kpi-total").text() == "0"
    assert "talenta demo" in page.subheading.text()


def test_screenshots_are_real_pictures_of_each_page(window, tmp_path):
    written = take_screenshots(window, tmp_path)
    assert [p.name for p in written] == [
        "home.png", "personnel.png", "ninebox.png", "committee.png", "development.png", "succession.png", "reports.png",
        "settings.png", "projector.png",
        "projector-names-hidden.png",
    ]  # fmt: skip
    for path in written:
        image = QImage(str(path))
        size = (1024, 768) if path.name.startswith("projector") else (1366, 768)
        assert (image.width(), image.height()) == size, path.name
        colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, 768, 29)}
        assert len(colours) > 8, path.name  # not a blank canvas
    assert QImage(str(written[-2])) != QImage(str(written[-1]))  # names hidden changes the wall


def test_desktop_command_writes_screenshots_of_the_demo(tmp_path):
    env_dir = tmp_path / "data"
    result = subprocess.run(
        [sys.executable, "-m", "talenta_desktop", "--demo", "--screenshots", str(tmp_path / "shots")],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "TALENTA_DATA_DIR": str(env_dir), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "shots" / "home.png").stat().st_size > 10_000
    assert (env_dir / "demo.sqlite").exists()


def test_a_page_shown_after_another_page_recorded_something_is_refreshed(window, monkeypatch):
    """What one page records (a calibration, a committee decision) the others show when next opened."""
    development = window.show_page("development")
    committee = window.show_page("committee")
    refreshed = []
    monkeypatch.setattr(development, "refresh", lambda: refreshed.append("development"))
    window.show_page("development")
    assert refreshed == []  # nothing recorded meanwhile: no needless reload
    window.show_page("committee")
    committee.changed.emit()
    window.show_page("development")
    assert refreshed == ["development"]
    window.show_page("development")
    assert refreshed == ["development"]


def _ticks(chart) -> list[str]:
    return [label for _, label in chart.category_axis._tickLevels[0]]


def test_a_narrow_window_stacks_the_figures_and_charts(window, qtbot):
    """At 1024 pixels Beranda takes more rows instead of scrolling sideways."""
    window.resize(1366, 768)
    window.show()
    page = _loaded(qtbot, window.show_page("home"))
    grid = page.charts
    assert grid.getItemPosition(grid.indexOf(page.by_age))[:2] == (0, 2)
    assert page.cards.getItemPosition(page.cards.indexOf(page.card_frames[5]))[:2] == (0, 5)

    window.resize(1024, 768)
    qtbot.waitUntil(lambda: grid.getItemPosition(grid.indexOf(page.by_age))[:2] == (1, 1))
    assert page.cards.getItemPosition(page.cards.indexOf(page.card_frames[5]))[:2] == (1, 2)
    assert grid.getItemPosition(grid.indexOf(page.by_golongan)) == (2, 0, 1, 2)


def test_a_narrow_bar_chart_shortens_its_labels_and_keeps_its_figures_inside(qtbot):
    chart = BarChart("Pegawai per unit kerja", horizontal=True)
    qtbot.addWidget(chart)
    names = ["Dinas Pekerjaan Umum dan Penataan Ruang", "Badan Pengelolaan Keuangan dan Aset Daerah"]
    chart.set_data(names, [497, 33])
    chart.resize(260, 240)
    chart.show()
    qtbot.waitExposed(chart)
    view = chart.plot.getPlotItem().getViewBox()
    figure = QFontMetrics(chart.font).horizontalAdvance("497")

    def room_past_the_longest_bar() -> float:
        right_end = view.viewRange()[0][1]
        return (right_end - 497) / right_end * view.width()

    qtbot.waitUntil(lambda: view.width() > 100 and room_past_the_longest_bar() >= figure)
    assert all(label.endswith("…") for label in _ticks(chart))
    assert chart.category_axis.width() <= chart.width() // 2 + 10
