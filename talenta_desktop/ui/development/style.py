"""The Pengembangan page's style sheet: ``@token``s of the palette, filled in when the page is built
(theme.style_sheet), so it follows the current theme. Set on the page, so its dialogs share it."""

from talenta_desktop.ui.theme import style_sheet

TEMPLATE = """
QFrame#plansPanel, QFrame#detailPanel, QFrame#unitsPanel {
    background: @surface; border: @line solid @border; border-radius: 8px;
}
QLabel#summary { color: @text; font-size: 10.5pt; }
QLabel#planCount { color: @text_muted; }
QLabel#planPerson { font-size: 12pt; font-weight: 600; color: @text; }
QLabel#planFacts { color: @text_muted; }
QLabel#rekomendasi, QLabel#gaps { color: @text; }
QLabel[role="sectionTitle"] { font-size: 10pt; font-weight: 600; color: @text; padding-top: 4px; }
QLabel#planStatus, QLabel#planBox { border-radius: 4px; padding: 2px 10px; font-weight: 600; }
QLabel#planStatus { background: @neutral_bg; color: @header_text; border: @line solid @border; }
QLabel#planStatus[tone="disetujui"] { background: @ok_chip; color: @ok_strong; border-color: @ok_chip_border; }
QLabel#planStatus[tone="selesai"] { background: @info_bg; color: @accent; border-color: @info_border; }
QLabel#planStatus[tone="batal"] { background: @disabled_bg; color: @text_muted; }
QLabel[tone="error"] { color: @error_text; }
QLabel[tone="ok"] { color: @ok_text; }
QLabel[role="hint"] { color: @text_muted; }
QLabel#messages[tone="error"], QLabel#pageStatus[tone="error"] {
    background: @error_bg; border: @line solid @error_border; border-radius: 5px; padding: 6px 8px; color: @error_text;
}
QLabel#pageStatus[tone="ok"] {
    background: @ok_bg; border: @line solid @ok_border; border-radius: 5px; padding: 6px 8px; color: @ok_text;
}
QLabel[role="emptyNote"] { color: @text_muted; font-style: italic; font-size: 10.5pt; }
QTabWidget#developmentTabs::pane { border: none; background: transparent; }
QTabWidget#developmentTabs QTabBar::tab {
    background: transparent; color: @text_muted; padding: 6px 14px; border: none;
    border-bottom: @line_bold solid transparent;
}
QTabWidget#developmentTabs QTabBar::tab:hover { color: @text; }
QTabWidget#developmentTabs QTabBar::tab:selected {
    color: @accent; border-bottom: @line_bold solid @accent; font-weight: 600;
}
QPushButton {
    background: @surface; border: @line solid @border_strong; border-radius: 5px; padding: 5px 12px;
    min-height: 20px; color: @text;
}
QPushButton:hover { background: @hover; border-color: @accent; }
QPushButton:pressed { background: @pressed; }
QPushButton:focus { border-color: @accent; border-width: @focus_line; }
QPushButton:disabled { color: @text_disabled; border-color: @border; background: @disabled_bg; }
QPushButton[role="primary"] { background: @accent; border-color: @accent; color: @on_accent; }
QPushButton[role="primary"]:hover { background: @accent_hover; }
QPushButton[role="primary"]:disabled { background: @accent_disabled; border-color: @accent_disabled; color: @on_accent_disabled; }
QPushButton[role="warning"] { background: @surface; border-color: @caution_border_strong; color: @caution_text; }
QPushButton[role="warning"]:hover { background: @caution_bg; }
QPushButton[role="warning"]:disabled { color: @text_disabled; border-color: @border; background: @disabled_bg; }
QTableView {
    background: @surface; alternate-background-color: @alt_row; border: @line solid @border_soft;
    gridline-color: @grid; selection-background-color: @selection; selection-color: @text;
}
QTableView QHeaderView::section {
    background: @background; color: @header_text; font-weight: 600; border: none;
    border-bottom: @line solid @border; border-right: @line solid @border_soft; padding: 4px 6px;
}
QLineEdit {
    background: @surface; border: @line solid @border_strong; border-radius: 4px; padding: 3px 5px;
    selection-background-color: @accent;
}
QLineEdit:focus { border-color: @accent; border-width: @focus_line; }
QScrollArea#planInfoScroll, QWidget#planInfo { background: transparent; }
QSplitter::handle { background: transparent; }
"""


def style() -> str:
    return style_sheet(TEMPLATE)
