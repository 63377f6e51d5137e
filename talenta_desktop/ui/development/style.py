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
QLabel#messages[tone="error"], QLabel#pageStatus[tone="error"] {
    background: @error_bg; border: @line solid @error_border; border-radius: 5px; padding: 6px 8px; color: @error_text;
}
QLabel#pageStatus[tone="ok"] {
    background: @ok_bg; border: @line solid @ok_border; border-radius: 5px; padding: 6px 8px; color: @ok_text;
}
QLabel[role="emptyNote"] { color: @text_muted; font-style: italic; font-size: 10.5pt; }
QTabWidget#developmentTabs QTabBar::tab { padding: 6px 14px; }
QScrollArea#planInfoScroll, QWidget#planInfo { background: transparent; }
QSplitter::handle { background: transparent; }
"""


def style() -> str:
    return style_sheet(TEMPLATE)
