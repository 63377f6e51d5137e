"""The user guide (F1): HTML pages in resources/guide/<language>/, read offline in a non-modal window.

One window for the whole application: `open_help(parent, topic)` opens it at the page of a topic (the
main window passes its current page name) or brings the open one forward. The guide is written in
Indonesian; a language without its own guide folder reads the Indonesian one.

The pages are plain files, so anyone can correct a sentence without touching code. They carry no
colours: the window gives them a style sheet made from the current palette, so they read well in the
light, dark and high-contrast themes alike. The keyboard-shortcuts page is completed with the live table
of ui.shortcuts, the same one the cheat sheet (Ctrl+/) shows, so the guide cannot list keys that do not
exist.
"""

from __future__ import annotations

import html
import logging
import re
from functools import cache
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QGuiApplication,
    QPalette,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from talenta_desktop.resources import resource_path
from talenta_desktop.ui import palette as app_palette
from talenta_desktop.ui.shortcuts import bind, cheat_sheet_html

log = logging.getLogger(__name__)

# Topic → guide file. The main window's page names, plus the guide's own start page and the shortcuts;
# the contents list follows this order.
TOPICS: dict[str, str] = {
    "index": "index.html",
    "home": "home.html",
    "personnel": "personnel.html",
    "ninebox": "ninebox.html",
    "committee": "committee.html",
    "development": "development.html",
    "succession": "succession.html",
    "reports": "reports.html",
    "settings": "settings.html",
    "shortcuts": "shortcuts.html",
}
DEFAULT_LANGUAGE = "id"  # the guide is written in Indonesian; other languages fall back to it
# shortcuts.html keeps a short list between these marks, replaced by the live shortcut table when shown
SHORTCUTS_REGION = re.compile(r"<!-- pintasan -->.*?<!-- /pintasan -->", re.DOTALL)
_TITLE = re.compile(r"<title>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def guide_language() -> str:
    """The guide folder for the interface language: its own when it exists, else Indonesian."""
    language = QLocale().name().split("_")[0].lower()
    if language != DEFAULT_LANGUAGE and resource_path("guide", language, "index.html").is_file():
        return language
    return DEFAULT_LANGUAGE


def guide_dir(language: str | None = None) -> Path:
    return resource_path("guide", language or guide_language())


def topic_path(topic: str, language: str | None = None) -> Path:
    """The file of a topic; an unknown topic is the start page."""
    return guide_dir(language) / TOPICS.get(topic, TOPICS["index"])


@cache
def _page_title(path: Path) -> str:
    try:
        match = _TITLE.search(path.read_text(encoding="utf-8"))
    except OSError:
        return path.stem
    return html.unescape(match.group(1)).strip() if match else path.stem


@cache
def _page_text(path: Path) -> str:
    """A page's visible text, lower case, for "which other pages mention this"."""
    document = QTextDocument()
    document.setHtml(_with_shortcut_table(path.read_text(encoding="utf-8")))
    return document.toPlainText().lower()


def _topic_of(url: QUrl) -> str:
    name = Path(url.toLocalFile()).name
    return next((topic for topic, file_name in TOPICS.items() if file_name == name), "index")


def _mix(a: QColor, b: QColor, share_of_b: float) -> str:
    """`a` with `share_of_b` of `b` blended in, as #rrggbb."""
    mixed = QColor(
        round(a.red() * (1 - share_of_b) + b.red() * share_of_b),
        round(a.green() * (1 - share_of_b) + b.green() * share_of_b),
        round(a.blue() * (1 - share_of_b) + b.blue() * share_of_b),
    )
    return mixed.name()


def guide_style_sheet(palette: QPalette) -> str:
    """The guide's CSS from the palette: body text and background come from the widget itself, so only
    accents, notes and tables are coloured here, blended from the palette so that each theme keeps its
    contrast."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    dark = base.lightness() < 128
    accent = QColor(app_palette.ACCENT)  # the theme's accent (ui.palette follows the chosen theme)
    if dark != (accent.lightness() > 128):  # a palette given without its theme: keep the text readable
        accent = QColor(palette.color(QPalette.ColorRole.Link))
    muted = _mix(text, base, 0.35)
    note = _mix(base, accent, 0.10)
    warn = app_palette.CAUTION_BG  # the theme's warning background
    header = _mix(base, text, 0.08)
    border = _mix(base, text, 0.30)
    return f"""
        h1 {{ font-size: x-large; color: {accent.name()}; margin-top: 4px; margin-bottom: 6px; }}
        h2 {{ font-size: large; color: {accent.name()}; margin-top: 18px; margin-bottom: 4px; }}
        h3 {{ font-size: medium; margin-top: 12px; margin-bottom: 2px; }}
        p, li {{ line-height: 130%; }}  /* not p.foto: it would stretch the picture's line */
        p {{ margin-top: 4px; margin-bottom: 6px; }}
        a {{ color: {accent.name()}; }}
        p.lead {{ font-size: medium; color: {muted}; }}
        p.catatan {{ background-color: {note}; padding: 6px; }}
        p.awas {{ background-color: {warn}; padding: 6px; }}
        p.gambar {{ color: {muted}; margin-bottom: 12px; }}
        p.foto {{ line-height: 100%; margin-bottom: 0px; }}
        table {{ border-color: {border}; border-style: solid; border-collapse: collapse; margin-top: 4px;
                 margin-bottom: 8px; }}
        th {{ background-color: {header}; text-align: left; }}
        td, th {{ padding: 4px; border-color: {border}; }}
        td.keys {{ white-space: nowrap; }}
        kbd {{ font-weight: bold; }}
        code {{ font-family: monospace; }}
    """


class GuideBrowser(QTextBrowser):
    """A QTextBrowser that completes the shortcuts page with the live table of ui.shortcuts."""

    def loadResource(self, kind: int, url: QUrl):
        if kind == QTextDocument.ResourceType.HtmlResource and url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.name == TOPICS["shortcuts"] and path.is_file():
                return _with_shortcut_table(path.read_text(encoding="utf-8"))
        return super().loadResource(kind, url)


def _with_shortcut_table(page: str) -> str:
    if not SHORTCUTS_REGION.search(page):
        return page
    table = (
        cheat_sheet_html()
        .replace("<table ", "<table border='1' width='100%' ")
        .replace("<td class='keys'>", "<td class='keys' width='30%'>")
    )
    return SHORTCUTS_REGION.sub(lambda _: table, page, count=1)


class HelpWindow(QWidget):
    """The guide: contents on the left, the page on the right, back/forward/contents, find in page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("HelpWindow")
        self.setWindowTitle(self.tr("Panduan Talenta Desktop"))
        self.language = guide_language()
        self.folder = guide_dir(self.language)
        self._matches: list[QTextCursor] = []
        self._topic = "index"
        self._match = -1

        # -- toolbar -------------------------------------------------------------------------------------
        self.back_button = self._tool_button(
            "helpBack", self.tr("◀ Kembali"), self.tr("Halaman sebelumnya (Alt+Kiri)")
        )
        self.forward_button = self._tool_button(
            "helpForward", self.tr("Maju ▶"), self.tr("Halaman berikutnya (Alt+Kanan)")
        )
        self.home_button = self._tool_button(
            "helpHome", self.tr("Halaman awal"), self.tr("Halaman awal panduan")
        )
        self.search = QLineEdit(objectName="helpSearch")
        self.search.setPlaceholderText(self.tr("Cari di halaman ini (Ctrl+F)…"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr("Enter: temuan berikutnya · Shift+Enter: sebelumnya · Esc: hapus"))
        self.search.setMinimumWidth(220)
        self.search_status = QLabel(objectName="helpSearchStatus")
        self.search_status.setTextFormat(Qt.TextFormat.RichText)
        self.search_status.setWordWrap(True)
        self.search_status.linkActivated.connect(self.show_topic)
        toolbar = QHBoxLayout()
        toolbar.setSpacing(6)
        for button in (self.back_button, self.forward_button, self.home_button):
            toolbar.addWidget(button)
        toolbar.addSpacing(12)
        toolbar.addWidget(self.search_status, 1)
        toolbar.addWidget(self.search)

        # -- contents and page ---------------------------------------------------------------------------
        self.contents = QListWidget(objectName="helpContents")
        self.contents.setAccessibleName(self.tr("Daftar isi panduan"))
        for topic, file_name in TOPICS.items():
            item = QListWidgetItem(_page_title(self.folder / file_name))
            item.setData(Qt.ItemDataRole.UserRole, topic)
            self.contents.addItem(item)
        self.contents.setMinimumWidth(150)
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contents.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.contents.setStyleSheet(  # room around the entries; colours stay the theme's
            "QListWidget#helpContents { padding: 4px; } QListWidget#helpContents::item { padding: 4px 6px; }"
        )
        self.browser = GuideBrowser(objectName="helpBrowser")
        self.browser.setOpenLinks(False)  # links are followed here: inside the guide, or outside it
        self.browser.setSearchPaths([str(self.folder)])
        self.browser.document().setDocumentMargin(14)
        self.browser.setAccessibleName(self.tr("Isi panduan"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="helpSplitter")
        self.splitter.addWidget(self.contents)
        self.splitter.addWidget(self.browser)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        # The contents fit their longest title in the chosen font size, within reason.
        contents_width = min(max(self.contents.sizeHintForColumn(0) + 40, 190), 320)
        self.splitter.setSizes([contents_width, 1000 - contents_width])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(8)
        layout.addLayout(toolbar)
        layout.addWidget(self.splitter, 1)

        # -- behaviour -----------------------------------------------------------------------------------
        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button.clicked.connect(self.browser.forward)
        self.home_button.clicked.connect(lambda: self.show_topic("index"))
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.sourceChanged.connect(self._source_changed)
        self.contents.currentRowChanged.connect(self._contents_chosen)
        self.search.textChanged.connect(lambda _: self.find(restart=True))
        self.search.returnPressed.connect(self.find_next)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        bind(self, "guide.find", self._focus_search, window=True)
        bind(self, "guide.next", self.find_next, window=True)
        bind(self, "guide.previous", self.find_previous, window=True)
        self.search.installEventFilter(self)  # Shift+Enter: QLineEdit takes it for a plain Enter
        bind(self, "guide.back", self.browser.backward, window=True)
        bind(self, "guide.forward", self.browser.forward, window=True)
        bind(self, "guide.home", lambda: self.show_topic("index"), window=True)
        bind(self, "guide.escape", self._escape, window=True)

        self._apply_style()
        self.resize(1024, 720)
        self.show_topic("index")

    def _tool_button(self, name: str, text: str, tip: str) -> QToolButton:
        button = QToolButton(objectName=name)
        button.setText(text)
        button.setToolTip(tip)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAutoRaise(False)
        button.setProperty("role", "button")  # drawn as a push button (app.qss)
        return button

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.find_previous()
            return True
        return super().eventFilter(watched, event)

    # -- pages ---------------------------------------------------------------------------------------

    def show_topic(self, topic: str) -> None:
        """Show a topic's page ("ninebox", "shortcuts"…; "ninebox#kalibrasi" goes to a section)."""
        name, _, fragment = topic.partition("#")
        url = QUrl.fromLocalFile(str(topic_path(name, self.language)))
        if fragment:
            url.setFragment(fragment)
        if url == self.browser.source():
            return
        self.browser.setSource(url)

    def current_topic(self) -> str:
        """The topic of the page shown ("index" for a page outside the contents)."""
        return self._topic

    def _follow(self, url: QUrl) -> None:
        """A clicked link: a guide page (or a place in one) here; a web or mail address outside."""
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        target = self.browser.source().resolved(url)
        if target.isLocalFile() and not Path(target.toLocalFile()).is_file():
            log.warning("guide link to a missing page: %s", url.toString())
            return
        self.browser.setSource(target)

    def _source_changed(self, url: QUrl) -> None:
        # source() may still name the previous page while this signal runs: the URL given is the new one
        topic = self._topic = _topic_of(url)
        row = list(TOPICS).index(topic)
        if self.contents.currentRow() != row:
            self.contents.blockSignals(True)
            self.contents.setCurrentRow(row)
            self.contents.blockSignals(False)
        self.setWindowTitle(
            self.tr("{0} — Panduan Talenta Desktop").format(
                self.browser.documentTitle() or _page_title(topic_path(topic))
            )
        )
        if self.search.text():
            self.find(restart=True)

    def _contents_chosen(self, row: int) -> None:
        if row >= 0:
            self.show_topic(self.contents.item(row).data(Qt.ItemDataRole.UserRole))

    # -- find in page --------------------------------------------------------------------------------

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _escape(self) -> None:
        if self.search.hasFocus() and self.search.text():
            self.search.clear()
        else:
            self.close()

    def find(self, *, restart: bool = False, step: int = 1) -> bool:
        """Mark every occurrence of the search text in the page and go to the next one (`step` 1) or the
        previous one (-1), wrapping around; from the top of the page when `restart`. Says "tidak
        ditemukan" when the page has none, and names the guide pages that do."""
        needle = self.search.text().strip()
        if restart:
            self._matches = self._all_matches(needle)
            self._match = -1
        if not needle:
            self._show_matches()
            self.search_status.clear()
            return False
        if not self._matches:
            self._show_matches()
            self.browser.setTextCursor(QTextCursor(self.browser.document()))
            self.search_status.setText(self._not_found_text(needle))
            return False
        if self._match < 0:
            self._match = 0 if step > 0 else len(self._matches) - 1
        else:
            self._match = (self._match + step) % len(self._matches)
        # The caret goes to the match (so the page scrolls there) without selecting it: the browser paints
        # its own selection pale while the search field has the focus, over the marks below.
        caret = QTextCursor(self._matches[self._match])
        caret.clearSelection()
        self.browser.setTextCursor(caret)
        self.browser.ensureCursorVisible()
        self._show_matches()
        self.search_status.setText(
            self.tr("{0} dari {1} di halaman ini").format(self._match + 1, len(self._matches))
        )
        return True

    def find_next(self) -> bool:
        return self.find(restart=not self._matches)

    def find_previous(self) -> bool:
        return self.find(restart=not self._matches, step=-1)

    def _all_matches(self, needle: str) -> list[QTextCursor]:
        if not needle:
            return []
        document = self.browser.document()
        found, cursor = [], QTextCursor(document)
        while True:
            cursor = document.find(needle, cursor)
            if cursor.isNull():
                return found
            found.append(QTextCursor(cursor))

    def _show_matches(self) -> None:
        """Every occurrence softly marked, the current one in full."""
        soft = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        soft.setAlpha(70)
        strong = self.palette().color(QPalette.ColorRole.Highlight)
        strong_text = self.palette().color(QPalette.ColorRole.HighlightedText)
        selections = []
        for index, cursor in enumerate(self._matches):
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            if index == self._match:
                selection.format.setBackground(strong)
                selection.format.setForeground(strong_text)
            else:
                selection.format.setBackground(soft)
            selections.append(selection)
        self.browser.setExtraSelections(selections)

    def _not_found_text(self, needle: str) -> str:
        current = self.current_topic()
        elsewhere = [
            f"<a href='{topic}'>{html.escape(_page_title(self.folder / file_name))}</a>"
            for topic, file_name in TOPICS.items()
            if topic != current and needle.lower() in _page_text(self.folder / file_name)
        ]
        text = self.tr("“{0}” tidak ditemukan di halaman ini.").format(html.escape(needle))
        if elsewhere:
            text += " " + self.tr("Ada di: {0}").format(", ".join(elsewhere))
        return text

    # -- look ----------------------------------------------------------------------------------------

    def _apply_style(self) -> None:
        self.browser.document().setDefaultStyleSheet(guide_style_sheet(self.browser.palette()))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange) and hasattr(self, "browser"):
            self._apply_style()
            self.browser.reload()


_window: HelpWindow | None = None


def _alive(window: HelpWindow | None) -> bool:
    if window is None:
        return False
    from shiboken6 import isValid

    return isValid(window)


def open_help(parent: QWidget | None, topic: str = "index") -> HelpWindow:
    """Open the guide at `topic` (a page name of the main window, "index" or "shortcuts"; an unknown one
    opens the start page), or bring the window already open forward at that topic."""
    global _window
    if not _alive(_window):
        _window = HelpWindow(parent)
    name = topic.partition("#")[0]
    _window.show_topic(topic if name in TOPICS else "index")
    _window.show()
    if QGuiApplication.platformName() not in ("offscreen", "minimal"):  # no window stacking there
        _window.raise_()
        _window.activateWindow()
    return _window
