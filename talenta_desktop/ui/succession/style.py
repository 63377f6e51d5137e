"""The Suksesi page's style sheet: the Komite page's (panels, banners, messages) plus its own
banner and headings, as ``@token``s of the palette filled in when the page is built. Set on the page, so
its dialogs share it."""

from talenta_desktop.ui.committee.style import TEMPLATE as COMMITTEE
from talenta_desktop.ui.theme import style_sheet

TEMPLATE = (
    COMMITTEE
    + """
QFrame#postsPanel, QFrame#postPanel {
    background: @surface; border: @line solid @border; border-radius: 8px;
}
QLabel#benchSummary { font-size: 10.5pt; color: @text; }
QFrame#urgentBanner { background: @error_bg; border: @line solid @error_border; border-radius: 6px; }
QLabel#urgentText { color: @error_strong; font-weight: 600; }
QLabel#postTitle { font-size: 12pt; font-weight: 600; color: @text; }
QLabel#postFacts { color: @text_muted; }
QLabel#pageStatus[tone="ok"] { color: @ok_text; }
QLabel#messages[tone="error"] { padding: 0; }
QLabel#noPost { color: @text_muted; font-style: italic; font-size: 10.5pt; }
QLabel#compareCount { color: @text_muted; }
QLabel#compareCount[tone="error"] { color: @error_text; font-weight: 600; }
QTabWidget#postTabs QTabBar::tab { padding: 6px 12px; }
QSplitter#successionSplitter::handle { background: transparent; height: 8px; }
"""
)


def style() -> str:
    return style_sheet(TEMPLATE)
