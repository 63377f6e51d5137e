"""The main window's keyboard shortcuts, cheat sheet and help key, and Pengaturan › Tampilan: a language,
theme or font size chosen there rebuilds the window in it at once, without losing unsaved work."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QScrollArea

from talenta_desktop.app import build_window
from talenta_desktop.ui.appearance import Appearance, apply_appearance, current_appearance
from talenta_desktop.ui.formatting import clock_text, date_text, datetime_text, number_text
from talenta_desktop.ui.main_window import PAGES
from talenta_desktop.ui.shortcuts import AREAS, PAGE_KEYS, SHORTCUTS, WINDOWS, key_text
from talenta_desktop.ui.workers import running_tasks

UI = Path(__file__).resolve().parents[2] / "talenta_desktop" / "ui"


@pytest.fixture
def window(qtbot, demo_db):
    win = build_window(demo_db)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()  # closed and deleted here (not by qtbot), before the appearance is restored
    win.deleteLater()
    _restore_default_appearance()
    QSettings().remove("ui")


def _restore_default_appearance() -> None:
    """Indonesian, light, 100 % for the tests that follow. Windows that earlier tests closed are deleted
    first: re-polishing a widget that is half torn down is not something the app ever does."""
    QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    apply_appearance(Appearance())


def _press(qtbot, window, keys: str) -> None:
    sequence = QKeySequence(keys)[0]
    qtbot.keyClick(window.focusWidget() or window, sequence.key(), sequence.keyboardModifiers())


def test_every_shortcut_in_the_table_is_bound_and_no_key_is_bound_outside_it():
    """The table is the one source: each entry is used by name, and no widget binds a literal key."""
    code = {p: p.read_text(encoding="utf-8") for p in UI.rglob("*.py") if p.name != "shortcuts.py"}
    unused = [name for name in SHORTCUTS if not any(f'"{name}"' in text for text in code.values())]
    assert unused == []
    literal = re.compile(r"QKeySequence\(\s*(\"|Qt\.Key)|setShortcuts?\(\s*\[?QKeySequence\(\"")
    bypass = [str(p.name) for p, text in code.items() if literal.search(text)]
    assert bypass == []


def test_no_two_shortcuts_share_keys_where_both_work():
    seen: dict[tuple[str, str], str] = {}
    for name, shortcut in SHORTCUTS.items():
        assert shortcut.area in AREAS
        for keys in shortcut.keys:
            portable = QKeySequence(keys).toString()
            areas = {shortcut.area} if shortcut.area in ("global", *WINDOWS) else {shortcut.area, "global"}
            for area in areas:
                other = seen.get((area, portable))
                assert other is None, f"{name} and {other} both use {keys} in {area}"
            seen[(shortcut.area, portable)] = name


def test_ctrl_and_a_number_opens_the_page_in_that_place(window, qtbot):
    for row, spec in enumerate(PAGES):
        _press(qtbot, window, PAGE_KEYS[row])
        assert window.current_page_name() == spec.name
    _press(qtbot, window, PAGE_KEYS[0])
    assert window.current_page_name() == "home"


def test_f1_opens_the_guide_at_the_page_on_screen(window, qtbot):
    window.show_page("ninebox")
    _press(qtbot, window, "F1")
    help_window = window._help
    assert help_window is not None and help_window.isVisible()
    assert help_window.current_topic() == "ninebox"
    help_window.close()


def test_the_cheat_sheet_lists_every_shortcut(window, qtbot):
    _press(qtbot, window, "Ctrl+/")
    sheet = QApplication.activeModalWidget()
    assert sheet is not None and sheet.objectName() == "ShortcutSheet"
    text = sheet.text.toPlainText()
    assert "Batalkan pemindahan terakhir" in text and "Panduan untuk halaman yang terbuka" in text
    assert key_text("pages") in text
    sheet.close()


def test_ctrl_f_puts_the_cursor_in_the_pages_search_field(window, qtbot):
    window.show_page("personnel")
    _press(qtbot, window, "Ctrl+F")
    focused = QApplication.focusWidget()
    assert isinstance(focused, QLineEdit) and focused.objectName() == "personnelSearch"
    window.show_page("home")
    assert window.focus_search() is None  # Beranda has none: said in the status bar
    assert "pencarian" in window.statusBar().currentMessage()


def test_choosing_english_rebuilds_the_window_in_english_and_remembers_it(window, qtbot):
    section = window.show_page("settings").show_section("appearance")
    section.choose(language="en")
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == "Home", timeout=5000)
    assert window.current_page_name() == "settings"
    settings = window.page("settings")
    assert settings.tabs.currentWidget().isAncestorOf(settings.appearance)  # still where the user was
    assert settings.tabs.tabText(0) != "Skema penilaian"
    assert [action.text() for action in window.menuBar().actions()] == ["&File", "&Pages", "&View", "&Help"]
    assert QSettings().value("ui/language") == "en"
    assert date_text(date(2025, 8, 17)) == "17 August 2025"
    assert datetime_text(datetime(2025, 8, 17, 14, 5, 9), seconds=True) == "17 August 2025 14:05:09"
    assert clock_text("09.00") == "09:00"
    assert number_text(1234.5, 1) == "1,234.5"

    settings.appearance.choose(language="id")
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == "Beranda", timeout=5000)
    assert date_text(date(2025, 8, 17)) == "17 Agustus 2025"
    assert datetime_text(datetime(2025, 8, 17, 14, 5)) == "17 Agustus 2025 14.05"
    assert clock_text("09.00") == "09.00" and clock_text("pagi") == "pagi"
    assert number_text(1234.5, 1) == "1.234,5"
    assert QLocale().name().startswith("id")


def test_a_theme_and_a_font_size_apply_at_once(window, qtbot):
    section = window.show_page("settings").show_section("appearance")
    normal = QApplication.font().pointSizeF()
    section.choose(theme="dark")
    qtbot.waitUntil(lambda: current_appearance().theme == "dark", timeout=5000)
    assert QSettings().value("ui/theme") == "dark"
    _press(qtbot, window, "Ctrl++")
    qtbot.waitUntil(lambda: current_appearance().font_scale == 1.15, timeout=5000)
    assert QApplication.font().pointSizeF() == pytest.approx(normal * 1.15, rel=0.02)
    _press(qtbot, window, "Ctrl+0")
    qtbot.waitUntil(lambda: current_appearance().font_scale == 1.0, timeout=5000)
    assert current_appearance().theme == "dark"  # only the size went back


def test_unsaved_scheme_edits_hold_the_rebuild_until_the_user_lets_them_go(window, qtbot, monkeypatch):
    settings = window.show_page("settings")
    schemes = settings.schemes
    schemes.editor.axes["kinerja"].high_box.setValue(85)
    assert schemes.editor.is_modified()
    monkeypatch.setattr(type(schemes), "confirm", lambda self, title, text: False)  # keep my edits
    settings.show_section("appearance").choose(theme="contrast")
    qtbot.waitUntil(lambda: "dibuka lagi" in window.statusBar().currentMessage(), timeout=5000)
    assert current_appearance().theme == "light"  # not applied now …
    assert window.page("settings") is settings and schemes.editor.axes["kinerja"].high_box.value() == 85
    assert QSettings().value("ui/theme") == "contrast"  # … but kept for the next start
    schemes.revert()  # nothing left unsaved for closing the window
    assert not schemes.editor.is_modified()


@pytest.mark.parametrize(
    ("language", "theme"), [("id", "light"), ("en", "light"), ("id", "contrast"), ("en", "dark")]
)
def test_every_page_fits_a_1024_by_768_screen(qtbot, demo_db, language, theme):
    """The oldest screens in these offices: no page may force the window wider or taller, not even for
    a moment while it is first shown (a window never shrinks back by itself)."""
    _restore_default_appearance()
    apply_appearance(Appearance(language=language, theme=theme))
    window = build_window(demo_db)
    window.resize(1024, 768)
    window.show()
    try:
        for name in window.page_names():
            page = window.show_page(name)
            if name == "settings":
                for index in range(page.tabs.count()):
                    page.tabs.setCurrentIndex(index)
            qtbot.waitUntil(lambda: not running_tasks(), timeout=30_000)  # figures can widen a page
            QApplication.processEvents()  # pages that adapt to a narrow window do it on their resize
            hint = window.minimumSizeHint()
            assert hint.width() <= 1024 and hint.height() <= 768, (name, hint)
            assert (window.width(), window.height()) == (1024, 768), name
            # a page inside a scroll area never forces the window wider: it would scroll sideways instead
            for area in page.findChildren(QScrollArea):
                if area.isVisible() and area.widgetResizable():
                    assert area.horizontalScrollBar().maximum() == 0, (name, area.objectName())
    finally:
        window.close()
        window.deleteLater()
        _restore_default_appearance()
