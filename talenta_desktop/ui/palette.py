"""The colour tokens of the three themes (light, dark, high-contrast), in one place: the QSS template
(resources/themes/app.qss, as ``@token``), widget style sheets and self-painted widgets (charts, the
nine-box, table models) all read them here.

The module-level names hold the *current* theme's values: ``theme.apply_theme`` calls :func:`use`. Code
reads ``palette.X`` when it builds or paints a widget, never copies a value at import, so a window built
after a switch is in the new colours throughout.
"""

from __future__ import annotations

# -- light: the original look, and the default --------------------------------------------------------

ACCENT = "#1F5FA8"  # the blue of Indonesian government documents, readable on a projector
ACCENT_SOFT = "#7FA7D6"
ACCENT_HOVER = "#1A5090"
ACCENT_DISABLED = "#9DB7D8"
ON_ACCENT = "#FFFFFF"  # text on an accent fill (selected item, primary button)
ON_ACCENT_DISABLED = "#FFFFFF"
SECONDARY = "#2E8B57"
WARNING = "#C0392B"  # "down" and "below the norm" marks, not a message tone (see CAUTION_*)
DECLINE = "#B9560B"  # a smaller drop: orange, apart from WARNING
SIDEWAYS = "#7D6BB0"  # neither good nor bad news: a quiet violet, apart from the other movements
TEXT = "#1E2430"
TEXT_MUTED = "#5B6473"
TEXT_FAINT = "#A3AAB5"  # a zero in a table of counts
TEXT_DISABLED = "#9AA3AF"
HEADER_TEXT = "#3C4452"
TEXT_ON_LIGHT = "#1E2430"  # on a bright colour (a yellow box), whatever the theme
TEXT_ON_DARK = "#FFFFFF"  # on a deep colour (a dark green box), whatever the theme
BORDER = "#D5DAE1"
BORDER_STRONG = "#C3CAD4"  # the outline of a control (button, field, combo box)
BORDER_SOFT = "#E3E7EC"  # lines inside a panel
GRID = "#EEF1F5"
SURFACE = "#FFFFFF"
BACKGROUND = "#F3F5F8"
ALT_ROW = "#F7F9FC"
NEUTRAL_BG = "#EEF1F5"  # a neutral chip or heading strip
HOVER = "#EAF1FA"
PRESSED = "#D6E4F5"
SELECTION = "#DCE8F6"  # a quiet selection that keeps TEXT readable
DISABLED_BG = "#F7F8FA"
TRACK = "#E6E9EE"  # the empty part of a progress bar
OK_TEXT = "#23734A"
OK_STRONG = "#1D6B40"
OK_BG = "#EEF7F1"
OK_BORDER = "#BFDFCB"
OK_CHIP = "#E3F4EA"
OK_CHIP_BORDER = "#9FD3B4"
ERROR_TEXT = "#B03A2E"
ERROR_STRONG = "#8E2B21"
ERROR_BG = "#FDF0EE"
ERROR_BG_SOFT = "#FDF5F4"
ERROR_BORDER = "#F0C4BE"
ERROR_BORDER_STRONG = "#E3A59D"
ERROR_ROW = "#FBE3E0"  # a table row or field that needs attention
CAUTION_TEXT = "#7A5A00"
CAUTION_STRONG = "#5C4300"
CAUTION_BG = "#FFF4D6"
CAUTION_BG_SOFT = "#FFF8E5"
CAUTION_BORDER = "#E9CF7E"
CAUTION_BORDER_STRONG = "#D9A441"
INFO_BG = "#EAF1FA"
INFO_BORDER = "#B7CCE8"
# The projector window ("the wall"), and its blank screen.
WALL_BACKGROUND = "#FFFFFF"
WALL_TEXT = "#000000"
WALL_TEXT_MUTED = "#23272F"
WALL_BORDER = "#7B8594"
BLANK = "#000000"
# Not colours, but themed the same way: line widths, the combo box arrow and the check box's tick.
LINE = "1px"
LINE_BOLD = "2px"  # tab underlines
FOCUS_LINE = "1px"
CHEVRON = "chevron-down.svg"
CHEVRON_DISABLED = "chevron-down-disabled.svg"
CHECK = "check.svg"  # drawn in ON_ACCENT on an ACCENT box

# Nine-box cells: the talent pool (7–9) in greens, the middle row of boxes (4–6) in warm yellows, the
# boxes needing attention (1–3) in oranges and red — the colours regions use on their slides.
BOX_COLORS = {
    9: "#1E8449",
    8: "#52BE80",
    7: "#82C99A",
    6: "#F4D03F",
    5: "#F7DC6F",
    4: "#F9E79F",
    3: "#F0A35E",
    2: "#EB984E",
    1: "#D9534F",
}
# A lighter tint of each, for cell backgrounds behind chips.
BOX_TINTS = {
    9: "#D4EFDF",
    8: "#E3F4EA",
    7: "#EDF8F1",
    6: "#FDF6D8",
    5: "#FDF8E1",
    4: "#FEFBEC",
    3: "#FBE5D2",
    2: "#FAE3D0",
    1: "#F6D5D4",
}

LIGHT: dict[str, str | dict[int, str]] = {
    name: dict(value) if isinstance(value, dict) else value
    for name, value in globals().items()
    if name.isupper()
}

# -- dark: grey surfaces, light text (WCAG AA), the same hues a little lighter -------------------------

DARK: dict[str, str | dict[int, str]] = {
    "ACCENT": "#6AA9F0",
    "ACCENT_SOFT": "#4F7FB8",
    "ACCENT_HOVER": "#8DBDF4",
    "ACCENT_DISABLED": "#34465C",
    "ON_ACCENT": "#0D1520",
    "ON_ACCENT_DISABLED": "#8895A6",
    "SECONDARY": "#4CC38A",
    "WARNING": "#FF7B6E",
    "DECLINE": "#F0A257",
    "SIDEWAYS": "#B7A8EC",
    "TEXT": "#E6EAF0",
    "TEXT_MUTED": "#A7B1BF",
    "TEXT_FAINT": "#6C7684",
    "TEXT_DISABLED": "#6C7684",
    "HEADER_TEXT": "#CDD4DE",
    "TEXT_ON_LIGHT": "#1E2430",
    "TEXT_ON_DARK": "#FFFFFF",
    "BORDER": "#3B434E",
    "BORDER_STRONG": "#55606E",
    "BORDER_SOFT": "#313842",
    "GRID": "#2D343D",
    "SURFACE": "#21262D",
    "BACKGROUND": "#181B20",
    "ALT_ROW": "#262C34",
    "NEUTRAL_BG": "#2B323B",
    "HOVER": "#263A52",
    "PRESSED": "#2E4A6B",
    "SELECTION": "#1F3D63",
    "DISABLED_BG": "#1C2026",
    "TRACK": "#333B45",
    "OK_TEXT": "#6DD49C",
    "OK_STRONG": "#8FE0B3",
    "OK_BG": "#17301F",
    "OK_BORDER": "#2F5C40",
    "OK_CHIP": "#1C3A27",
    "OK_CHIP_BORDER": "#3A7A52",
    "ERROR_TEXT": "#FF8F84",
    "ERROR_STRONG": "#FFAEA6",
    "ERROR_BG": "#3A1E1C",
    "ERROR_BG_SOFT": "#2E1F1E",
    "ERROR_BORDER": "#6E3631",
    "ERROR_BORDER_STRONG": "#8F4740",
    "ERROR_ROW": "#4A2522",
    "CAUTION_TEXT": "#F0C75E",
    "CAUTION_STRONG": "#F6D88C",
    "CAUTION_BG": "#352C12",
    "CAUTION_BG_SOFT": "#2C2717",
    "CAUTION_BORDER": "#6B5A24",
    "CAUTION_BORDER_STRONG": "#9C7F2E",
    "INFO_BG": "#1E2F45",
    "INFO_BORDER": "#36557D",
    # The wall follows the theme: dark, with light type (choose "contrast" for a dim room).
    "WALL_BACKGROUND": "#14171B",
    "WALL_TEXT": "#FFFFFF",
    "WALL_TEXT_MUTED": "#D3D9E2",
    "WALL_BORDER": "#8793A3",
    "BLANK": "#000000",
    "LINE": "1px",
    "LINE_BOLD": "2px",
    "FOCUS_LINE": "1px",
    "CHEVRON": "chevron-down-dark.svg",
    "CHEVRON_DISABLED": "chevron-down-dark-disabled.svg",
    "CHECK": "check-dark.svg",
    "BOX_COLORS": {
        9: "#2E9E5B",
        8: "#5CC98A",
        7: "#93D6AA",
        6: "#F4D03F",
        5: "#F7DC6F",
        4: "#F9E79F",
        3: "#F0A35E",
        2: "#EB8A3C",
        1: "#E35D59",
    },
    # Deep tints of the same hues, so light text stays readable on them.
    "BOX_TINTS": {
        9: "#1B4A30",
        8: "#203F2D",
        7: "#24362C",
        6: "#4A4019",
        5: "#403A21",
        4: "#37342A",
        3: "#4A3220",
        2: "#45291C",
        1: "#4D2322",
    },
}

# -- contrast: for a projected wall in a lit room: white, black, thick lines, saturated boxes (AAA) ----

CONTRAST: dict[str, str | dict[int, str]] = {
    "ACCENT": "#0033A0",
    "ACCENT_SOFT": "#3366CC",
    "ACCENT_HOVER": "#002270",
    "ACCENT_DISABLED": "#7C8BA8",
    "ON_ACCENT": "#FFFFFF",
    "ON_ACCENT_DISABLED": "#FFFFFF",
    "SECONDARY": "#00662B",
    "WARNING": "#A80000",
    "DECLINE": "#8A3A00",
    "SIDEWAYS": "#4B2D99",
    "TEXT": "#000000",
    "TEXT_MUTED": "#262626",
    "TEXT_FAINT": "#595959",
    "TEXT_DISABLED": "#6E6E6E",
    "HEADER_TEXT": "#000000",
    "TEXT_ON_LIGHT": "#000000",
    "TEXT_ON_DARK": "#FFFFFF",
    "BORDER": "#1A1A1A",
    "BORDER_STRONG": "#000000",
    "BORDER_SOFT": "#595959",
    "GRID": "#8C8C8C",
    "SURFACE": "#FFFFFF",
    "BACKGROUND": "#FFFFFF",
    "ALT_ROW": "#F0F0F0",
    "NEUTRAL_BG": "#E6E6E6",
    "HOVER": "#D6E6FF",
    "PRESSED": "#B3D0FF",
    "SELECTION": "#BFD8FF",
    "DISABLED_BG": "#EDEDED",
    "TRACK": "#CCCCCC",
    "OK_TEXT": "#00561F",
    "OK_STRONG": "#00471A",
    "OK_BG": "#DDF5E5",
    "OK_BORDER": "#00662B",
    "OK_CHIP": "#C6EED3",
    "OK_CHIP_BORDER": "#00662B",
    "ERROR_TEXT": "#8A0000",
    "ERROR_STRONG": "#7A0000",
    "ERROR_BG": "#FFE2DE",
    "ERROR_BG_SOFT": "#FFEFEC",
    "ERROR_BORDER": "#990000",
    "ERROR_BORDER_STRONG": "#990000",
    "ERROR_ROW": "#FFD2CC",
    "CAUTION_TEXT": "#4F3800",
    "CAUTION_STRONG": "#3D2B00",
    "CAUTION_BG": "#FFEC99",
    "CAUTION_BG_SOFT": "#FFF5C7",
    "CAUTION_BORDER": "#7A5C00",
    "CAUTION_BORDER_STRONG": "#5C4500",
    "INFO_BG": "#DCEAFF",
    "INFO_BORDER": "#0033A0",
    "WALL_BACKGROUND": "#FFFFFF",
    "WALL_TEXT": "#000000",
    "WALL_TEXT_MUTED": "#1A1A1A",
    "WALL_BORDER": "#000000",
    "BLANK": "#000000",
    "LINE": "2px",
    "LINE_BOLD": "3px",
    "FOCUS_LINE": "3px",
    "CHEVRON": "chevron-down-contrast.svg",
    "CHEVRON_DISABLED": "chevron-down-disabled.svg",
    "CHECK": "check.svg",
    # Saturated, so a projector does not wash them out; black or white type reads on each.
    "BOX_COLORS": {
        9: "#006B2E",
        8: "#12A150",
        7: "#5CCB6B",
        6: "#D9A800",
        5: "#FFCC1A",
        4: "#FFE470",
        3: "#FF9F40",
        2: "#F0681A",
        1: "#D01A1A",
    },
    "BOX_TINTS": {
        9: "#7ACF96",
        8: "#A3E0B5",
        7: "#CDEFD3",
        6: "#FFD84D",
        5: "#FFE685",
        4: "#FFF2BD",
        3: "#FFC894",
        2: "#FFAA80",
        1: "#FF8C8C",
    },
}

THEME_TOKENS = {"light": LIGHT, "dark": DARK, "contrast": CONTRAST}


def use(theme: str) -> None:
    """Make ``theme``'s tokens the module's values. The box dictionaries change in place, so code that
    imported them by name sees the new colours too."""
    for name, value in THEME_TOKENS[theme].items():
        if isinstance(value, dict):
            target = globals()[name]
            target.clear()
            target.update(value)
        else:
            globals()[name] = value
