"""Themes and font scaling: each theme applies in full, reaches windows built afterwards, keeps its text
readable (WCAG contrast), and font sizes scale; no colour is hard-coded outside the palette."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from talenta_desktop.app import build_window, create_application, take_screenshots
from talenta_desktop.ui import palette
from talenta_desktop.ui.committee.style import style as committee_style
from talenta_desktop.ui.ninebox_view import NineBoxView
from talenta_desktop.ui.theme import (
    FONT_SCALES,
    THEME_LABELS,
    THEMES,
    apply_theme,
    current_font_scale,
    current_theme,
    style_sheet,
    tokens,
)

UI = Path(__file__).resolve().parents[2] / "talenta_desktop" / "ui"
HEX = re.compile(r"#[0-9A-Fa-f]{6}\b")
FONT_SIZE = re.compile(r"font-size:\s*([\d.]+)pt")

# (text, background) token pairs that carry body text somewhere in the application.
TEXT_PAIRS = [
    ("TEXT", "SURFACE"),
    ("TEXT", "BACKGROUND"),
    ("TEXT", "ALT_ROW"),
    ("TEXT", "SELECTION"),
    ("TEXT", "HOVER"),
    ("TEXT", "NEUTRAL_BG"),
    ("TEXT", "ERROR_ROW"),
    ("TEXT", "OK_BG"),
    ("TEXT", "ERROR_BG"),
    ("TEXT", "CAUTION_BG"),
    ("TEXT", "CAUTION_BG_SOFT"),
    ("TEXT", "INFO_BG"),
    ("TEXT_MUTED", "SURFACE"),
    ("TEXT_MUTED", "BACKGROUND"),
    ("HEADER_TEXT", "BACKGROUND"),
    ("HEADER_TEXT", "NEUTRAL_BG"),
    ("ACCENT", "SURFACE"),
    ("ACCENT", "BACKGROUND"),
    ("ACCENT", "INFO_BG"),
    ("ON_ACCENT", "ACCENT"),
    ("ON_ACCENT", "ACCENT_HOVER"),
    ("OK_TEXT", "SURFACE"),
    ("OK_TEXT", "OK_BG"),
    ("OK_STRONG", "OK_CHIP"),
    ("ERROR_TEXT", "SURFACE"),
    ("ERROR_TEXT", "ERROR_BG"),
    ("ERROR_TEXT", "ERROR_ROW"),
    ("ERROR_STRONG", "ERROR_BG"),
    ("CAUTION_TEXT", "SURFACE"),
    ("CAUTION_TEXT", "CAUTION_BG"),
    ("CAUTION_STRONG", "CAUTION_BG"),
    ("WARNING", "SURFACE"),
    ("WALL_TEXT", "WALL_BACKGROUND"),
    ("WALL_TEXT_MUTED", "WALL_BACKGROUND"),
]
MINIMUM_CONTRAST = {"light": 4.5, "dark": 4.5, "contrast": 7.0}  # WCAG AA, AA, AAA for body text


@pytest.fixture
def app(qapp):
    application = create_application()
    yield application
    apply_theme(application, "light", 1.0)  # every other test expects the default look


def _luminance(colour: str) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    c = QColor(colour)
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def _contrast(a: str, b: str) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_public_names():
    assert THEMES == ("light", "dark", "contrast")
    assert set(THEME_LABELS) == set(THEMES)
    assert THEME_LABELS["contrast"] == "Kontras tinggi (proyektor)"
    assert 1.0 in FONT_SCALES and list(FONT_SCALES) == sorted(FONT_SCALES)


def test_every_theme_has_every_token():
    for name, tokens_of_theme in palette.THEME_TOKENS.items():
        assert set(tokens_of_theme) == set(palette.LIGHT), name
        for token in ("BOX_COLORS", "BOX_TINTS"):
            assert sorted(tokens_of_theme[token]) == list(range(1, 10)), (name, token)


@pytest.mark.parametrize("name", THEMES)
def test_a_theme_applies_in_full(app, qtbot, name):
    apply_theme(app, name)
    assert current_theme() == name
    sheet = app.styleSheet()
    assert not re.search(r"@[a-z]", sheet)  # every placeholder filled
    for token in ("TEXT", "ACCENT", "BACKGROUND", "SURFACE", "BORDER"):
        assert getattr(palette, token) == palette.THEME_TOKENS[name][token]
        assert getattr(palette, token) in sheet, token
    if name != "light":  # light keeps Fusion's own palette, as it always had
        assert app.palette().color(QPalette.ColorRole.Window) == QColor(palette.BACKGROUND)
        assert app.palette().color(QPalette.ColorRole.Text) == QColor(palette.TEXT)
    widget = QWidget()  # polishing a widget parses the sheet: a parse error is a Qt warning, which fails
    qtbot.addWidget(widget)
    QLabel("Talenta", widget)
    widget.show()


def test_unknown_names_and_scales_fall_back(app):
    apply_theme(app, "neon", 9.0)
    assert (current_theme(), current_font_scale()) == ("light", FONT_SCALES[-1])
    apply_theme(app, "dark", 0.1)
    assert (current_theme(), current_font_scale()) == ("dark", FONT_SCALES[0])
    apply_theme(app, "light")  # a live switch back
    light = palette.LIGHT
    assert (palette.SURFACE, palette.BOX_TINTS[9]) == (light["SURFACE"], light["BOX_TINTS"][9])


def test_style_sheet_fills_tokens_and_refuses_unknown_ones(app):
    apply_theme(app, "contrast")
    assert style_sheet("QLabel { color: @text_muted; border: @line solid @box_9; }") == (
        f"QLabel {{ color: {palette.TEXT_MUTED}; border: {palette.LINE} solid {palette.BOX_COLORS[9]}; }}"
    )
    assert tokens()["box_tint_1"] == palette.BOX_TINTS[1]
    with pytest.raises(KeyError):
        style_sheet("QLabel { color: @no_such_token; }")


@pytest.mark.parametrize("name", THEMES)
def test_text_contrast(name):
    theme = palette.THEME_TOKENS[name]
    minimum = MINIMUM_CONTRAST[name]
    low = [
        (text, background, round(_contrast(theme[text], theme[background]), 2))
        for text, background in TEXT_PAIRS
        if _contrast(theme[text], theme[background]) < minimum
    ]
    low += [
        ("TEXT", f"BOX_TINTS[{box}]", round(_contrast(theme["TEXT"], tint), 2))
        for box, tint in theme["BOX_TINTS"].items()
        if _contrast(theme["TEXT"], tint) < minimum
    ]
    assert low == []
    # The big bold box numbers sit on the box colours in dark or white type, whichever reads better
    # (WCAG's large-text threshold).
    for box, colour in theme["BOX_COLORS"].items():
        best = max(_contrast(theme["TEXT_ON_LIGHT"], colour), _contrast(theme["TEXT_ON_DARK"], colour))
        assert best >= 3.0, (name, box)


@pytest.mark.parametrize("name", THEMES)
def test_box_colours_keep_their_meaning(name):
    """Green for the talent pool (7–9), yellow in the middle (4–6), orange to red for 1–3; all distinct."""
    theme = palette.THEME_TOKENS[name]
    for kind in ("BOX_COLORS", "BOX_TINTS"):
        colours = theme[kind]
        assert len({QColor(c).rgb() for c in colours.values()}) == 9, (name, kind)
        hue = {box: QColor(c).hslHue() for box, c in colours.items()}
        assert all(90 <= hue[box] <= 160 for box in (7, 8, 9)), (name, kind, hue)
        assert all(40 <= hue[box] <= 60 for box in (4, 5, 6)), (name, kind, hue)
        assert all(hue[box] <= 32 or hue[box] >= 350 for box in (1, 2, 3)), (name, kind, hue)


def test_font_scale_scales_the_font_and_every_sheet(app):
    apply_theme(app, "light", 1.0)
    base_point_size = app.font().pointSizeF()
    base_sizes = [float(size) for size in FONT_SIZE.findall(app.styleSheet())]
    page_sizes = [float(size) for size in FONT_SIZE.findall(committee_style())]
    assert base_sizes and page_sizes
    apply_theme(app, "light", 1.3)
    assert app.font().pointSizeF() == pytest.approx(base_point_size * 1.3)
    scaled = [float(size) for size in FONT_SIZE.findall(app.styleSheet())]
    assert scaled == pytest.approx([size * 1.3 for size in base_sizes], abs=0.051)
    page_scaled = [float(size) for size in FONT_SIZE.findall(committee_style())]
    assert page_scaled == pytest.approx([size * 1.3 for size in page_sizes], abs=0.051)
    assert style_sheet("QLabel { font-size: 10pt; }") == "QLabel { font-size: 13pt; }"
    apply_theme(app, "light", 1.0)
    assert app.font().pointSizeF() == pytest.approx(base_point_size)  # scales the base, not the last size


def test_self_painted_widgets_take_the_theme_when_built(app, qtbot):
    apply_theme(app, "dark")
    view = NineBoxView()
    qtbot.addWidget(view)
    assert view.backgroundBrush().color() == QColor(palette.SURFACE)
    view.set_presentation(True)
    assert view.backgroundBrush().color() == QColor(palette.WALL_BACKGROUND)


def _dark_share(image: QImage) -> float:
    samples = [
        image.pixelColor(x, y).lightness()
        for x in range(0, image.width(), 23)
        for y in range(0, image.height(), 19)
    ]
    return sum(lightness < 90 for lightness in samples) / len(samples)


def test_a_window_built_under_dark_is_dark_throughout(app, qtbot, demo_db, tmp_path):
    apply_theme(app, "dark")
    window = build_window(demo_db)
    qtbot.addWidget(window)
    for path in take_screenshots(window, tmp_path):
        assert _dark_share(QImage(str(path))) > 0.6, path.name  # no white panels left behind
    for name in window.page_names():
        sheet = window.show_page(name).styleSheet().upper()
        assert palette.LIGHT["SURFACE"] not in sheet and palette.LIGHT["BACKGROUND"] not in sheet, name
    window.close()

    apply_theme(app, "light")  # a live switch: the next window is built in the new theme
    light = build_window(demo_db)
    qtbot.addWidget(light)
    light.resize(1366, 768)
    light.show()
    assert _dark_share(light.show_page("committee").grab().toImage()) < 0.2


def test_no_colour_is_hard_coded_outside_the_palette():
    """Colours come from palette tokens, so every theme reaches every widget."""
    found = [
        f"{path.relative_to(UI)}:{number}: {line.strip()}"
        for path in sorted(UI.rglob("*.py"))
        if path.name not in ("palette.py", "theme.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if HEX.search(line)
    ]
    assert found == []


def test_the_app_sheet_is_a_template_only():
    """The style sheet of the application is one template; no theme keeps literal colours of its own."""
    themes = Path(__file__).resolve().parents[2] / "resources" / "themes"
    assert sorted(p.name for p in themes.iterdir()) == ["app.qss"]
    assert not HEX.search((themes / "app.qss").read_text(encoding="utf-8"))
