"""A tab's content is built once, when the tab is first shown or the content is asked for."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget

from talenta_desktop.ui.lazy_tab import LazyTab


def test_content_is_built_when_its_tab_is_first_shown_and_only_once(qtbot):
    built = []

    def build(parent):
        built.append(parent)
        return QLabel("isi", parent)

    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    first, second = LazyTab(build), LazyTab(build)
    tabs.addTab(first, "satu")
    tabs.addTab(second, "dua")
    assert built == [] and first.built is None

    tabs.show()
    qtbot.waitExposed(tabs)
    assert built == [first] and second.built is None  # the tab on show only
    assert first.built.isVisible() and first.built.parentWidget() is first

    tabs.setCurrentIndex(1)
    assert built == [first, second] and second.built.isVisible()
    tabs.setCurrentIndex(0)
    tabs.setCurrentIndex(1)
    assert len(built) == 2  # once each


def test_asking_for_the_content_builds_it_without_showing_it(qtbot):
    tab = LazyTab(lambda parent: QLabel("isi", parent))
    qtbot.addWidget(tab)
    content = tab.content()
    assert tab.built is content and tab.content() is content
    assert not content.isVisible()


def test_pengaturan_builds_only_the_section_on_show(qtbot, demo_db):
    from talenta_desktop.app import build_window

    window = build_window(demo_db)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("settings")
    names = ("schemes", "periods", "users", "audit", "privacy", "appearance")
    assert [name for name in names if page.built(name) is not None] == ["schemes"]
    assert page.refresh() is None and page.may_close()  # sections not built are left alone
    users = page.show_section("users")
    assert users is page.built("users") and users.isVisible()
