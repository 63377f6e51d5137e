"""The Komite page's style sheet, until the theme (resources/themes/light.qss) gains a
"QWidget#page-committee" section; colours are the palette's. Set on the page, so its dialogs share it."""

from talenta_desktop.ui import palette

STYLE = f"""
QFrame#committeePanel, QFrame#meetingPanel {{
    background: {palette.SURFACE}; border: 1px solid {palette.BORDER}; border-radius: 8px;
}}
QLabel#committeeName {{ font-size: 12pt; font-weight: 600; color: {palette.TEXT}; }}
QLabel#meetingTitle {{ font-size: 12.5pt; font-weight: 600; color: {palette.TEXT}; }}
QLabel#committeeFacts, QLabel#meetingFacts {{ color: {palette.TEXT_MUTED}; }}
QLabel#meetingNumber {{ color: {palette.TEXT_MUTED}; font-weight: 600; }}
QLabel[role="sectionTitle"] {{ font-size: 10.5pt; font-weight: 600; color: {palette.TEXT}; }}
QLabel#meetingStatus {{ border-radius: 4px; padding: 2px 10px; font-weight: 600; }}
QLabel#meetingStatus[tone="draft"] {{ background: #EEF1F5; color: #3C4452; border: 1px solid {palette.BORDER}; }}
QLabel#meetingStatus[tone="active"] {{ background: #E3F4EA; color: #1D6B40; border: 1px solid #9FD3B4; }}
QLabel#meetingStatus[tone="final"] {{ background: #FFF4D6; color: #7A5A00; border: 1px solid #E9CF7E; }}
QFrame#activeBanner {{ background: #E3F4EA; border: 1px solid #9FD3B4; border-radius: 6px; }}
QLabel#activeText {{ color: #1D6B40; font-weight: 600; font-size: 10.5pt; }}
QFrame#finalBanner {{ background: #FFF4D6; border: 1px solid #E9CF7E; border-radius: 6px; }}
QLabel#finalText {{ color: #5C4300; font-weight: 600; }}
QLabel#fingerprint {{ color: #5C4300; font-family: "DejaVu Sans Mono", "Consolas", monospace; font-size: 8.5pt; }}
QLabel#quorum {{ border: 1px solid transparent; border-radius: 5px; padding: 6px 10px; font-weight: 600; }}
QLabel#quorum[tone="ok"] {{ background: #EEF7F1; border-color: #BFDFCB; color: #23734A; }}
QLabel#quorum[tone="error"] {{ background: #FDF0EE; border-color: #F0C4BE; color: #B03A2E; }}
QLabel[tone="error"] {{ color: #B03A2E; }}
QLabel[tone="ok"] {{ color: #23734A; }}
QLabel[role="hint"], QLabel#activateHint, QLabel#minutesStatus, QLabel#agendaStatus {{ color: {palette.TEXT_MUTED}; }}
QLabel#minutesStatus[tone="error"], QLabel#agendaStatus[tone="error"], QLabel#pageStatus[tone="error"] {{
    color: #B03A2E;
}}
QLabel#messages[tone="error"] {{
    background: #FDF0EE; border: 1px solid #F0C4BE; border-radius: 5px; padding: 6px 8px; color: #B03A2E;
}}
QLabel[role="emptyNote"] {{ color: {palette.TEXT_MUTED}; font-style: italic; font-size: 10.5pt; }}
QTabWidget#meetingTabs::pane {{ border: none; background: transparent; }}
QTabWidget#meetingTabs QTabBar::tab {{
    background: transparent; color: {palette.TEXT_MUTED}; padding: 7px 12px; border: none;
    border-bottom: 2px solid transparent;
}}
QTabWidget#meetingTabs QTabBar::tab:hover {{ color: {palette.TEXT}; }}
QTabWidget#meetingTabs QTabBar::tab:selected {{
    color: {palette.ACCENT}; border-bottom: 2px solid {palette.ACCENT}; font-weight: 600;
}}
QPushButton {{
    background: {palette.SURFACE}; border: 1px solid #C3CAD4; border-radius: 5px; padding: 5px 14px;
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
QTableView {{
    background: {palette.SURFACE}; alternate-background-color: #F7F9FC; border: 1px solid #E3E7EC;
    gridline-color: #EEF1F5; selection-background-color: #DCE8F6; selection-color: {palette.TEXT};
}}
QTableView QHeaderView::section {{
    background: #F3F5F8; color: #3C4452; font-weight: 600; border: none;
    border-bottom: 1px solid {palette.BORDER}; border-right: 1px solid #E3E7EC; padding: 4px 6px;
}}
QPlainTextEdit, QLineEdit {{
    background: {palette.SURFACE}; border: 1px solid #C3CAD4; border-radius: 4px; padding: 3px 5px;
    selection-background-color: {palette.ACCENT};
}}
QPlainTextEdit:focus, QLineEdit:focus {{ border-color: {palette.ACCENT}; }}
QPlainTextEdit[readOnly="true"] {{ background: #F7F8FA; }}
QPlainTextEdit#minutesEdit, QPlainTextEdit#agendaEdit {{ font-size: 10.5pt; }}
QLabel#personChosen {{ padding: 2px 0; }}
QTableView#followUpsTable::item {{ padding: 4px 4px; }}
"""
