"""The Pengembangan page's style sheet, until the theme (resources/themes/light.qss) gains a
"QWidget#page-development" section; colours are the palette's. Set on the page, so its dialogs share it."""

from talenta_desktop.ui import palette

STYLE = f"""
QFrame#plansPanel, QFrame#detailPanel, QFrame#unitsPanel {{
    background: {palette.SURFACE}; border: 1px solid {palette.BORDER}; border-radius: 8px;
}}
QLabel#summary {{ color: {palette.TEXT}; font-size: 10.5pt; }}
QLabel#planCount {{ color: {palette.TEXT_MUTED}; }}
QLabel#planPerson {{ font-size: 12pt; font-weight: 600; color: {palette.TEXT}; }}
QLabel#planFacts {{ color: {palette.TEXT_MUTED}; }}
QLabel#rekomendasi, QLabel#gaps {{ color: {palette.TEXT}; }}
QLabel[role="sectionTitle"] {{ font-size: 10pt; font-weight: 600; color: {palette.TEXT}; padding-top: 4px; }}
QLabel#planStatus, QLabel#planBox {{ border-radius: 4px; padding: 2px 10px; font-weight: 600; }}
QLabel#planStatus {{ background: #EEF1F5; color: #3C4452; border: 1px solid {palette.BORDER}; }}
QLabel#planStatus[tone="disetujui"] {{ background: #E3F4EA; color: #1D6B40; border-color: #9FD3B4; }}
QLabel#planStatus[tone="selesai"] {{ background: #EAF1FA; color: {palette.ACCENT}; border-color: #B7CCE8; }}
QLabel#planStatus[tone="batal"] {{ background: #F7F8FA; color: {palette.TEXT_MUTED}; }}
QLabel[tone="error"] {{ color: #B03A2E; }}
QLabel[tone="ok"] {{ color: #23734A; }}
QLabel[role="hint"] {{ color: {palette.TEXT_MUTED}; }}
QLabel#messages[tone="error"], QLabel#pageStatus[tone="error"] {{
    background: #FDF0EE; border: 1px solid #F0C4BE; border-radius: 5px; padding: 6px 8px; color: #B03A2E;
}}
QLabel#pageStatus[tone="ok"] {{
    background: #EEF7F1; border: 1px solid #BFDFCB; border-radius: 5px; padding: 6px 8px; color: #23734A;
}}
QLabel[role="emptyNote"] {{ color: {palette.TEXT_MUTED}; font-style: italic; font-size: 10.5pt; }}
QTabWidget#developmentTabs::pane {{ border: none; background: transparent; }}
QTabWidget#developmentTabs QTabBar::tab {{
    background: transparent; color: {palette.TEXT_MUTED}; padding: 6px 14px; border: none;
    border-bottom: 2px solid transparent;
}}
QTabWidget#developmentTabs QTabBar::tab:hover {{ color: {palette.TEXT}; }}
QTabWidget#developmentTabs QTabBar::tab:selected {{
    color: {palette.ACCENT}; border-bottom: 2px solid {palette.ACCENT}; font-weight: 600;
}}
QPushButton {{
    background: {palette.SURFACE}; border: 1px solid #C3CAD4; border-radius: 5px; padding: 5px 12px;
    min-height: 20px; color: {palette.TEXT};
}}
QPushButton:hover {{ background: #EAF1FA; border-color: {palette.ACCENT}; }}
QPushButton:pressed {{ background: #D6E4F5; }}
QPushButton:focus {{ border-color: {palette.ACCENT}; }}
QPushButton:disabled {{ color: #9AA3AF; border-color: {palette.BORDER}; background: #F7F8FA; }}
QPushButton[role="primary"] {{ background: {palette.ACCENT}; border-color: {palette.ACCENT}; color: #FFFFFF; }}
QPushButton[role="primary"]:hover {{ background: #1A5090; }}
QPushButton[role="primary"]:disabled {{ background: #9DB7D8; border-color: #9DB7D8; color: #FFFFFF; }}
QPushButton[role="warning"] {{ background: #FFFFFF; border-color: #D9A441; color: #7A5A00; }}
QPushButton[role="warning"]:hover {{ background: #FFF4D6; }}
QPushButton[role="warning"]:disabled {{ color: #9AA3AF; border-color: {palette.BORDER}; background: #F7F8FA; }}
QTableView {{
    background: {palette.SURFACE}; alternate-background-color: #F7F9FC; border: 1px solid #E3E7EC;
    gridline-color: #EEF1F5; selection-background-color: #DCE8F6; selection-color: {palette.TEXT};
}}
QTableView QHeaderView::section {{
    background: #F3F5F8; color: #3C4452; font-weight: 600; border: none;
    border-bottom: 1px solid {palette.BORDER}; border-right: 1px solid #E3E7EC; padding: 4px 6px;
}}
QLineEdit {{
    background: {palette.SURFACE}; border: 1px solid #C3CAD4; border-radius: 4px; padding: 3px 5px;
    selection-background-color: {palette.ACCENT};
}}
QLineEdit:focus {{ border-color: {palette.ACCENT}; }}
QScrollArea#planInfoScroll, QWidget#planInfo {{ background: transparent; }}
QSplitter::handle {{ background: transparent; }}
"""
