"""The navigation icons in the current theme's colours. The SVGs are drawn in the light theme's accent;
each is rendered again with the theme's accent, and in the colour of text on an accent fill for the
selected entry (a blue icon on the blue selection would vanish)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from talenta_desktop.resources import resource_path
from talenta_desktop.ui import palette
from talenta_desktop.ui.theme import ICON_STROKE

SIZES = (16, 20, 24, 32, 40, 48)  # up to 2× the navigation's 20 px and more, for high-DPI screens


def themed_icon(name: str) -> QIcon:
    svg = resource_path("icons", name).read_text(encoding="utf-8")
    icon = QIcon()
    for mode, colour in ((QIcon.Mode.Normal, palette.ACCENT), (QIcon.Mode.Selected, palette.ON_ACCENT)):
        renderer = QSvgRenderer(QByteArray(svg.replace(ICON_STROKE, colour).encode("utf-8")))
        for size in SIZES:
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter)
            painter.end()
            icon.addPixmap(pixmap, mode)
    return icon
