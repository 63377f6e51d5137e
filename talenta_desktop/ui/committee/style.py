"""The Komite page's style sheet (also the base of the Suksesi and Laporan pages'): ``@token``s of the
palette, filled in when a page is built (theme.style_sheet), so it follows the current theme. Set on the
page, so its dialogs share it."""

from talenta_desktop.ui.theme import style_sheet

TEMPLATE = """
QFrame#committeePanel, QFrame#meetingPanel {
    background: @surface; border: @line solid @border; border-radius: 8px;
}
QLabel#committeeName { font-size: 12pt; font-weight: 600; color: @text; }
QLabel#meetingTitle { font-size: 12.5pt; font-weight: 600; color: @text; }
QLabel#committeeFacts, QLabel#meetingFacts { color: @text_muted; }
QLabel#meetingNumber { color: @text_muted; font-weight: 600; }
QLabel[role="sectionTitle"] { font-size: 10.5pt; font-weight: 600; color: @text; }
QLabel#meetingStatus { border-radius: 4px; padding: 2px 10px; font-weight: 600; }
QLabel#meetingStatus[tone="draft"] { background: @neutral_bg; color: @header_text; border: @line solid @border; }
QLabel#meetingStatus[tone="active"] { background: @ok_chip; color: @ok_strong; border: @line solid @ok_chip_border; }
QLabel#meetingStatus[tone="final"] { background: @caution_bg; color: @caution_text; border: @line solid @caution_border; }
QFrame#activeBanner { background: @ok_chip; border: @line solid @ok_chip_border; border-radius: 6px; }
QLabel#activeText { color: @ok_strong; font-weight: 600; font-size: 10.5pt; }
QFrame#finalBanner { background: @caution_bg; border: @line solid @caution_border; border-radius: 6px; }
QLabel#finalText { color: @caution_strong; font-weight: 600; }
QLabel#fingerprint { color: @caution_strong; font-family: "DejaVu Sans Mono", "Consolas", monospace; font-size: 8.5pt; }
QLabel#quorum { border: @line solid transparent; border-radius: 5px; padding: 6px 10px; font-weight: 600; }
QLabel#quorum[tone="ok"] { background: @ok_bg; border-color: @ok_border; color: @ok_text; }
QLabel#quorum[tone="error"] { background: @error_bg; border-color: @error_border; color: @error_text; }
QLabel#activateHint, QLabel#minutesStatus, QLabel#agendaStatus { color: @text_muted; }
QLabel#minutesStatus[tone="error"], QLabel#agendaStatus[tone="error"], QLabel#pageStatus[tone="error"] {
    color: @error_text;
}
QLabel#messages[tone="error"] {
    background: @error_bg; border: @line solid @error_border; border-radius: 5px; padding: 6px 8px; color: @error_text;
}
QLabel[role="emptyNote"] { color: @text_muted; font-style: italic; font-size: 10.5pt; }
QPlainTextEdit#minutesEdit, QPlainTextEdit#agendaEdit { font-size: 10.5pt; }
QLabel#personChosen { padding: 2px 0; }
QTableView#followUpsTable::item { padding: 4px 4px; }
"""


def style() -> str:
    return style_sheet(TEMPLATE)
