"""Themes (light, dark, high-contrast for a projector) and font scaling for the whole application.

Each theme is a token set in palette.py; resources/themes/app.qss is the one application style sheet,
with ``@token`` placeholders filled from the current set. Widgets with a style sheet of their own build
it at construction through :func:`style_sheet` (same tokens, same font scaling); self-painted widgets read
``palette.X`` when they paint. A live switch is :func:`apply_theme` and then rebuilding the windows.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

from talenta_desktop.resources import resource_path
from talenta_desktop.ui import palette

THEMES: tuple[str, ...] = ("light", "dark", "contrast")
THEME_LABELS: dict[str, str] = {
    "light": QT_TRANSLATE_NOOP("Theme", "Terang"),
    "dark": QT_TRANSLATE_NOOP("Theme", "Gelap"),
    "contrast": QT_TRANSLATE_NOOP("Theme", "Kontras tinggi (proyektor)"),
}
FONT_SCALES: tuple[float, ...] = (0.9, 1.0, 1.15, 1.3, 1.5)
ICON_STROKE = "#1F5FA8"  # the colour resources/icons/*.svg are drawn in; ui/icons.py recolours it

_TOKEN = re.compile(r"@([a-z][a-z0-9_]*)")
_FONT_SIZE = re.compile(r"(font-size:\s*)(\d+(?:\.\d+)?)pt")
_state: dict = {"theme": "light", "scale": 1.0, "base_font": None}


def current_theme() -> str:
    return _state["theme"]


def current_font_scale() -> float:
    return _state["scale"]


def points(size: float) -> float:
    """A font size in points, scaled by the current font scale (for fonts set in code)."""
    return round(size * _state["scale"], 1)


def tokens() -> dict[str, str]:
    """The current theme's tokens by their style-sheet name: "text_muted", "box_9", "box_tint_9", …"""
    values = {name.lower(): getattr(palette, name) for name, v in palette.LIGHT.items() if isinstance(v, str)}
    values.update({f"box_{box}": colour for box, colour in palette.BOX_COLORS.items()})
    values.update({f"box_tint_{box}": colour for box, colour in palette.BOX_TINTS.items()})
    return values


def style_sheet(text: str) -> str:
    """A style sheet in the current theme: its ``@token``s filled from the palette (an unknown one raises
    KeyError rather than leave Qt a sheet it cannot parse) and every ``font-size: …pt`` scaled."""
    values = tokens()
    text = _TOKEN.sub(lambda m: values[m.group(1)], text)
    return _FONT_SIZE.sub(lambda m: f"{m.group(1)}{points(float(m.group(2))):g}pt", text)


@cache
def _template() -> str:
    return resource_path("themes", "app.qss").read_text(encoding="utf-8")


def _qpalette(app: QApplication) -> QPalette:
    """Colours for what the style sheet leaves to the style (dialogs, check boxes, spin boxes, menus)."""
    if _state["theme"] == "light":
        return app.style().standardPalette()  # Fusion's own, as the light theme always had
    c = QColor
    result = QPalette(c(palette.SURFACE), c(palette.BACKGROUND))  # derives the bevel shades
    role = QPalette.ColorRole
    for name, colour in (
        (role.Window, palette.BACKGROUND),
        (role.WindowText, palette.TEXT),
        (role.Base, palette.SURFACE),
        (role.AlternateBase, palette.ALT_ROW),
        (role.Text, palette.TEXT),
        (role.PlaceholderText, palette.TEXT_MUTED),
        (role.Button, palette.SURFACE),
        (role.ButtonText, palette.TEXT),
        (role.BrightText, palette.ERROR_TEXT),
        (role.ToolTipBase, palette.SURFACE),
        (role.ToolTipText, palette.TEXT),
        (role.Highlight, palette.ACCENT),
        (role.HighlightedText, palette.ON_ACCENT),
        (role.Link, palette.ACCENT),
        (role.LinkVisited, palette.ACCENT),
        (role.Mid, palette.BORDER),
        (role.Dark, palette.BORDER_STRONG),
    ):
        result.setColor(name, c(colour))
    disabled = QPalette.ColorGroup.Disabled
    for name in (role.WindowText, role.Text, role.ButtonText):
        result.setColor(disabled, name, c(palette.TEXT_DISABLED))
    result.setColor(disabled, role.Base, c(palette.DISABLED_BG))
    result.setColor(disabled, role.Button, c(palette.DISABLED_BG))
    return result


def apply_theme(app: QApplication, name: str, font_scale: float = 1.0) -> None:
    """Switch the whole application to theme ``name`` (unknown: light) at ``font_scale`` (clamped to
    FONT_SCALES' range). Windows built afterwards are in the new look throughout."""
    _state["theme"] = name if name in THEMES else "light"
    _state["scale"] = min(max(float(font_scale), FONT_SCALES[0]), FONT_SCALES[-1])
    palette.use(_state["theme"])
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    colours = _qpalette(app)
    app.setPalette(colours)
    QToolTip.setPalette(colours)
    if _state["base_font"] is None:  # the platform's font, before any scaling
        _state["base_font"] = QFont(app.font())
    base, font = _state["base_font"], QFont(_state["base_font"])
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * _state["scale"])
    else:
        font.setPixelSize(round(base.pixelSize() * _state["scale"]))
    app.setFont(font)
    app.setStyleSheet(style_sheet(_template()))
