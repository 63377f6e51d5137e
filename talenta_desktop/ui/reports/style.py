"""The Laporan page's style sheet: the Komite page's (panels, banners, messages) plus its own panels,
strips and warnings, as ``@token``s of the palette filled in when the page is built. Set on the page and
on the package preview dialog."""

from talenta_desktop.ui.committee.style import TEMPLATE as COMMITTEE
from talenta_desktop.ui.theme import style_sheet

TEMPLATE = (
    COMMITTEE
    + """
QFrame#reportsPanel {
    background: @surface; border: @line solid @border; border-radius: 8px;
}
QLabel#aboutFile { color: @text_muted; }
QLabel#reportTitle { font-size: 12pt; font-weight: 600; color: @text; }
QLabel#reportText { color: @text_muted; }
QLabel#reportsRoleNote {
    background: @caution_bg; border: @line solid @caution_border; border-radius: 6px; padding: 6px 10px; color: @text;
}
QLabel#logWhy {
    background: @info_bg; border: @line solid @info_border; border-radius: 6px; padding: 8px 10px; color: @text;
}
QLabel#periodNote, QLabel#personNote { color: @text_muted; }
QLabel#periodNote[tone="warning"], QLabel#personNote[tone="error"] { color: @error_text; }
QLabel#personNote[tone="ok"] { color: @text; }
QLabel#packageFingerprint, QLabel#previewFingerprint {
    font-family: "DejaVu Sans Mono", "Consolas", monospace; font-size: 11pt; font-weight: 600;
    color: @text; letter-spacing: 1px;
}
QListWidget#reportKinds {
    background: @surface; border: @line solid @border; border-radius: 8px; padding: 4px;
    outline: 0;
}
QListWidget#reportKinds::item { padding: 8px 10px; border-radius: 5px; color: @text; }
QListWidget#reportKinds::item:hover { background: @hover; }
QListWidget#reportKinds::item:selected { background: @accent; color: @on_accent; }
QFrame#jobPanel { background: @info_bg; border: @line solid @info_border; border-radius: 6px; }
QLabel#jobStep { color: @text; }
QFrame#resultPanel { border: @line solid @border; border-radius: 6px; background: @surface; }
QFrame#resultPanel[tone="ok"] { background: @ok_bg; border-color: @ok_border; }
QFrame#resultPanel[tone="error"] { background: @error_bg; border-color: @error_border; }
QFrame#resultPanel[tone="warning"] { background: @caution_bg; border-color: @caution_border; }
QLabel#resultText { color: @text; }
QFrame#sourceBanner { border-radius: 6px; border: @line solid @border; }
QFrame#sourceBanner[tone="warning"] { background: @caution_bg; border-color: @caution_border; }
QFrame#sourceBanner[tone="ok"] { background: @ok_bg; border-color: @ok_border; }
QLabel#sourceText { color: @text; }
QLabel#previewSummary { font-size: 10.5pt; color: @text; }
QLabel#nothingNew {
    background: @ok_bg; border: @line solid @ok_border; border-radius: 6px; padding: 8px 10px; color: @ok_strong;
    font-weight: 600;
}
QTabWidget#reportsTabs QTabBar::tab, QTabWidget#previewTabs QTabBar::tab { padding: 7px 14px; }
QCheckBox { spacing: 8px; }
"""
)


def style() -> str:
    return style_sheet(TEMPLATE)
