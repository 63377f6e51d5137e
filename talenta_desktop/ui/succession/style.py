"""The Suksesi page's style sheet: the Komite page's (buttons, tables, panels, messages) plus its own
banner and headings, until the theme gains a "QWidget#page-succession" section. Set on the page, so its
dialogs share it; colours are the palette's."""

from talenta_desktop.ui import palette
from talenta_desktop.ui.committee.style import STYLE as COMMITTEE_STYLE

STYLE = (
    COMMITTEE_STYLE
    + f"""
QFrame#postsPanel, QFrame#postPanel {{
    background: {palette.SURFACE}; border: 1px solid {palette.BORDER}; border-radius: 8px;
}}
QLabel#benchSummary {{ font-size: 10.5pt; color: {palette.TEXT}; }}
QFrame#urgentBanner {{ background: #FDF0EE; border: 1px solid #F0C4BE; border-radius: 6px; }}
QLabel#urgentText {{ color: #8E2B21; font-weight: 600; }}
QLabel#postTitle {{ font-size: 12pt; font-weight: 600; color: {palette.TEXT}; }}
QLabel#postFacts {{ color: {palette.TEXT_MUTED}; }}
QLabel#pageStatus[tone="ok"] {{ color: #23734A; }}
QLabel#messages[tone="error"] {{ padding: 0; }}
QLabel#noPost {{ color: {palette.TEXT_MUTED}; font-style: italic; font-size: 10.5pt; }}
QLabel#compareCount {{ color: {palette.TEXT_MUTED}; }}
QLabel#compareCount[tone="error"] {{ color: #B03A2E; font-weight: 600; }}
QTabWidget#postTabs::pane {{ border: none; background: transparent; }}
QTabWidget#postTabs QTabBar::tab {{
    background: transparent; color: {palette.TEXT_MUTED}; padding: 6px 12px; border: none;
    border-bottom: 2px solid transparent;
}}
QTabWidget#postTabs QTabBar::tab:hover {{ color: {palette.TEXT}; }}
QTabWidget#postTabs QTabBar::tab:selected {{
    color: {palette.ACCENT}; border-bottom: 2px solid {palette.ACCENT}; font-weight: 600;
}}

QSplitter#successionSplitter::handle {{ background: transparent; height: 8px; }}
"""
)
