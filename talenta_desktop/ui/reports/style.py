"""The Laporan page's style sheet: the Komite page's (buttons, tables, messages) plus its own panels,
strips and warnings, until the theme gains a "QWidget#page-reports" section. Set on the page and on the
package preview dialog; colours are the palette's."""

from talenta_desktop.ui import palette
from talenta_desktop.ui.committee.style import STYLE as COMMITTEE_STYLE

STYLE = (
    COMMITTEE_STYLE
    + f"""
QFrame#reportsPanel {{
    background: {palette.SURFACE}; border: 1px solid {palette.BORDER}; border-radius: 8px;
}}
QLabel#aboutFile {{ color: {palette.TEXT_MUTED}; }}
QLabel#reportTitle {{ font-size: 12pt; font-weight: 600; color: {palette.TEXT}; }}
QLabel#reportText {{ color: {palette.TEXT_MUTED}; }}
QLabel#reportsRoleNote {{
    background: #FFF4D6; border: 1px solid #E9CF7E; border-radius: 6px; padding: 6px 10px; color: {palette.TEXT};
}}
QLabel#logWhy {{
    background: #EAF1FA; border: 1px solid #B7CCE8; border-radius: 6px; padding: 8px 10px; color: {palette.TEXT};
}}
QLabel#periodNote, QLabel#personNote {{ color: {palette.TEXT_MUTED}; }}
QLabel#periodNote[tone="warning"], QLabel#personNote[tone="error"] {{ color: #B03A2E; }}
QLabel#personNote[tone="ok"] {{ color: {palette.TEXT}; }}
QLabel#packageFingerprint, QLabel#previewFingerprint {{
    font-family: "DejaVu Sans Mono", "Consolas", monospace; font-size: 11pt; font-weight: 600;
    color: {palette.TEXT}; letter-spacing: 1px;
}}
QListWidget#reportKinds {{
    background: {palette.SURFACE}; border: 1px solid {palette.BORDER}; border-radius: 8px; padding: 4px;
    outline: 0;
}}
QListWidget#reportKinds::item {{ padding: 8px 10px; border-radius: 5px; color: {palette.TEXT}; }}
QListWidget#reportKinds::item:hover {{ background: #EAF1FA; }}
QListWidget#reportKinds::item:selected {{ background: {palette.ACCENT}; color: #FFFFFF; }}
QFrame#jobPanel {{ background: #EAF1FA; border: 1px solid #B7CCE8; border-radius: 6px; }}
QLabel#jobStep {{ color: {palette.TEXT}; }}
QFrame#resultPanel {{ border: 1px solid {palette.BORDER}; border-radius: 6px; background: {palette.SURFACE}; }}
QFrame#resultPanel[tone="ok"] {{ background: #EEF7F1; border-color: #BFDFCB; }}
QFrame#resultPanel[tone="error"] {{ background: #FDF0EE; border-color: #F0C4BE; }}
QFrame#resultPanel[tone="warning"] {{ background: #FFF4D6; border-color: #E9CF7E; }}
QLabel#resultText {{ color: {palette.TEXT}; }}
QFrame#sourceBanner {{ border-radius: 6px; border: 1px solid {palette.BORDER}; }}
QFrame#sourceBanner[tone="warning"] {{ background: #FFF4D6; border-color: #E9CF7E; }}
QFrame#sourceBanner[tone="ok"] {{ background: #EEF7F1; border-color: #BFDFCB; }}
QLabel#sourceText {{ color: {palette.TEXT}; }}
QLabel#previewSummary {{ font-size: 10.5pt; color: {palette.TEXT}; }}
QLabel#nothingNew {{
    background: #EEF7F1; border: 1px solid #BFDFCB; border-radius: 6px; padding: 8px 10px; color: #1D6B40;
    font-weight: 600;
}}
QTabWidget#reportsTabs::pane, QTabWidget#previewTabs::pane {{ border: none; background: transparent; }}
QTabWidget#reportsTabs QTabBar::tab, QTabWidget#previewTabs QTabBar::tab {{
    background: transparent; color: {palette.TEXT_MUTED}; padding: 7px 14px; border: none;
    border-bottom: 2px solid transparent;
}}
QTabWidget#reportsTabs QTabBar::tab:hover, QTabWidget#previewTabs QTabBar::tab:hover {{ color: {palette.TEXT}; }}
QTabWidget#reportsTabs QTabBar::tab:selected, QTabWidget#previewTabs QTabBar::tab:selected {{
    color: {palette.ACCENT}; border-bottom: 2px solid {palette.ACCENT}; font-weight: 600;
}}
QProgressBar {{
    background: {palette.SURFACE}; border: 1px solid #C3CAD4; border-radius: 4px; text-align: center;
    min-height: 16px;
}}
QProgressBar::chunk {{ background: {palette.ACCENT}; border-radius: 3px; }}
QCheckBox {{ spacing: 8px; }}
"""
)
