"""The user guide (F1): every topic opens its page, every link and picture in the guide resolves, and the
window's navigation and find-in-page behave as a reader expects."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from talenta_desktop.ui import help as guide
from talenta_desktop.ui.help import TOPICS, HelpWindow, guide_dir, open_help
from talenta_desktop.ui.main_window import PAGES

GUIDE = guide_dir("id")
PAGE_FILES = sorted(GUIDE.glob("*.html"))


class _Page(HTMLParser):
    """Links, pictures, anchors and title of one guide page."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.images: list[dict[str, str]] = []
        self.anchors: set[str] = set()
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        if tag == "a" and "href" in attributes:
            self.links.append(attributes["href"])
        if tag == "a" and "name" in attributes:
            self.anchors.add(attributes["name"])
        if "id" in attributes:
            self.anchors.add(attributes["id"])
        if tag == "img":
            self.images.append(attributes)
        self._in_title = tag == "title"

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


@pytest.fixture
def window(qtbot):
    """A fresh guide window for each test (open_help keeps one per application)."""
    guide._window = None
    win = open_help(None, "index")
    qtbot.addWidget(win)
    yield win
    guide._window = None


def test_every_topic_has_its_file_and_every_file_a_topic():
    assert {path.name for path in PAGE_FILES} == set(TOPICS.values())
    for path in PAGE_FILES:
        assert _parse(path).title.strip(), f"{path.name} has no <title>"


def test_every_page_of_the_main_window_has_a_topic():
    assert {spec.name for spec in PAGES} <= set(TOPICS)
    assert {"index", "shortcuts"} <= set(TOPICS)


@pytest.mark.parametrize("path", PAGE_FILES, ids=lambda p: p.name)
def test_links_and_pictures_resolve(path):
    page = _parse(path)
    for href in page.links:
        parts = urlsplit(href)
        if parts.scheme in ("http", "https", "mailto"):
            continue
        assert not parts.scheme, f"{path.name}: unexpected link {href}"
        target = (path.parent / unquote(parts.path)).resolve() if parts.path else path
        assert target.is_file(), f"{path.name}: link to a missing page {href}"
        if parts.fragment:
            assert parts.fragment in _parse(target).anchors, f"{path.name}: no anchor for {href}"
    for image in page.images:
        source = (path.parent / image["src"]).resolve()
        assert source.is_file(), f"{path.name}: missing picture {image['src']}"
        picture = QImage(str(source))
        assert not picture.isNull(), f"{path.name}: unreadable picture {image['src']}"
        # Sized to the reading width, and in proportion (a missing height leaves a gap under it).
        width, height = int(image["width"]), int(image["height"])
        assert 200 <= width <= 700, f"{path.name}: {image['src']} is {width} px wide"
        assert abs(height - width * picture.height() / picture.width()) <= 2, image["src"]


def test_pictures_are_the_apps_screenshots_scaled_down():
    pictures = sorted((GUIDE.parent / "img").glob("*.png"))
    names = {p.stem for p in pictures}
    assert {spec.name for spec in PAGES} | {"projector", "projector-names-hidden"} <= names
    for picture in pictures:
        image = QImage(str(picture))
        assert 0 < image.width() <= 1000, picture.name
        assert picture.stat().st_size < 300_000, f"{picture.name} is too large for the bundle"


@pytest.mark.parametrize("topic", list(TOPICS))
def test_open_help_shows_the_topic(window, topic):
    shown = open_help(None, topic)
    assert shown is window
    assert window.current_topic() == topic
    assert Path(window.browser.source().toLocalFile()).name == TOPICS[topic]
    text = window.browser.toPlainText()
    assert len(text) > 800, f"{topic}: only {len(text)} characters"
    title = _parse(GUIDE / TOPICS[topic]).title.strip()
    assert window.contents.currentItem().text() == title
    assert title in window.windowTitle()


def test_pages_name_the_buttons_they_explain(window):
    """Spot checks that the guide speaks of what the pages actually show."""
    expected = {
        "ninebox": [
            "Petakan…",
            "Catat kalibrasi",
            "Sembunyikan nama (inisial dan NIP tersamar)",
            "Proyektor",
        ],
        "committee": ["Komite baru…", "Mulai rapat", "Finalkan…", "Berita acara (PDF)…"],
        "personnel": ["Ekspor tampilan…", "Lewati baris yang tidak valid", "18 angka"],
        "reports": ["Buat lembar kerja…", "Buat PDF…", "Ekspor paket…"],
        "settings": ["Simpan sebagai versi baru…", "Periksa rantai", "Kontras tinggi (proyektor)"],
    }
    for topic, phrases in expected.items():
        open_help(None, topic)
        text = window.browser.toPlainText()
        for phrase in phrases:
            assert phrase in text, f"{topic}: {phrase!r}"


def test_unknown_topic_opens_the_start_page(window):
    open_help(None, "ninebox")
    open_help(None, "tidak-ada")
    assert window.current_topic() == "index"


def test_a_section_of_a_page(window):
    open_help(None, "ninebox#kalibrasi")
    assert window.current_topic() == "ninebox"
    assert window.browser.source().fragment() == "kalibrasi"
    assert window.browser.verticalScrollBar().value() > 0


def test_second_open_raises_the_same_window(window, qtbot):
    window.close()
    again = open_help(None, "reports")
    assert again is window
    assert again.isVisible()
    assert again.current_topic() == "reports"


def test_contents_list_opens_a_page(window):
    titles = [window.contents.item(row).text() for row in range(window.contents.count())]
    assert len(titles) == len(TOPICS)
    assert titles[list(TOPICS).index("succession")] == "Suksesi"
    window.contents.setCurrentRow(list(TOPICS).index("succession"))
    assert window.current_topic() == "succession"


def test_links_back_forward_and_home(window, qtbot):
    assert not window.back_button.isEnabled()
    window.browser.anchorClicked.emit(window.browser.source().resolved("ninebox.html#memetakan"))
    assert window.current_topic() == "ninebox"
    assert window.contents.currentItem().text() == "Peta Talenta"
    window.browser.anchorClicked.emit(window.browser.source().resolved("committee.html"))
    assert window.current_topic() == "committee"
    assert window.back_button.isEnabled()

    qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
    assert window.current_topic() == "ninebox"
    qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
    assert window.current_topic() == "index"
    assert window.forward_button.isEnabled()
    qtbot.mouseClick(window.forward_button, Qt.MouseButton.LeftButton)
    assert window.current_topic() == "ninebox"
    qtbot.mouseClick(window.home_button, Qt.MouseButton.LeftButton)
    assert window.current_topic() == "index"


def test_a_link_to_a_missing_page_goes_nowhere(window, qtbot):
    with qtbot.captureExceptions():
        window.browser.anchorClicked.emit(window.browser.source().resolved("tidak-ada.html"))
    assert window.current_topic() == "index"


def test_search_finds_a_word_and_steps_through_it(window, qtbot):
    open_help(None, "committee")
    qtbot.keyClicks(window.search, "kuorum")
    count = window.browser.toPlainText().lower().count("kuorum")
    assert count >= 2
    assert window.search_status.text() == f"1 dari {count} di halaman ini"
    current = [s for s in window.browser.extraSelections() if s.format.foreground().style() != Qt.NoBrush]
    assert [s.cursor.selectedText().lower() for s in current] == ["kuorum"]  # the current match, marked
    first = window.browser.textCursor().position()
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.search_status.text() == f"2 dari {count} di halaman ini"
    assert window.browser.textCursor().position() > first
    assert len(window.browser.extraSelections()) == count
    window.show()
    qtbot.waitExposed(window)
    qtbot.keyClick(window.search, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.search_status.text() == f"1 dari {count} di halaman ini"
    assert window.browser.textCursor().position() == first
    window.find_previous()  # wraps round to the last one
    assert window.search_status.text() == f"{count} dari {count} di halaman ini"


def test_search_says_when_the_word_is_absent(window, qtbot):
    open_help(None, "home")
    qtbot.keyClicks(window.search, "proyektor")
    status = window.search_status.text()
    assert "tidak ditemukan" in status
    # …and names the pages that have it, as links that open them
    assert "href='ninebox'" in status
    window.search_status.linkActivated.emit("ninebox")
    assert window.current_topic() == "ninebox"
    assert "1 dari" in window.search_status.text()  # the search runs again on the new page

    window.search.clear()
    qtbot.keyClicks(window.search, "zzqxj")
    assert "tidak ditemukan" in window.search_status.text()
    assert "Ada di" not in window.search_status.text()


def test_ctrl_f_puts_the_cursor_in_the_search_field(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.browser.setFocus()
    qtbot.keyClick(window.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()


def test_the_shortcuts_page_lists_every_shortcut(window):
    from talenta_desktop.ui.shortcuts import SHORTCUTS, description, key_text

    open_help(None, "shortcuts")
    text = window.browser.toPlainText()
    for name in SHORTCUTS:
        assert key_text(name) in text, name
        assert description(name) in text, name


def test_english_interface_reads_the_indonesian_guide(qtbot):
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        expected = "en" if (GUIDE.parent / "en" / "index.html").is_file() else "id"
        assert guide.guide_language() == expected
        win = HelpWindow()
        qtbot.addWidget(win)
        assert win.folder == guide_dir(expected)
        assert win.current_topic() == "index"
        assert "Talenta Desktop" in win.browser.toPlainText()
    finally:
        QLocale.setDefault(previous)


def test_the_guide_is_styled_from_the_palette(window):
    css = window.browser.document().defaultStyleSheet()
    assert re.search(r"h1 \{[^}]*color: #[0-9a-f]{6}", css)
    assert "p.catatan" in css


def test_window_is_not_modal_and_resizable(window):
    assert not window.isModal()
    assert window.isWindow()
    window.resize(700, 500)
    assert window.width() == 700
    assert isinstance(window, HelpWindow)
