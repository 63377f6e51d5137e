"""Dynamic style-sheet properties: the one way the app switches a widget's look (tone, state)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def restyle(widget: QWidget, name: str, value: object) -> None:
    """Set a dynamic property the style sheet selects on, and make the style notice."""
    if widget.property(name) != value:
        widget.setProperty(name, value)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        widget.updateGeometry()  # a rule may change the font, and with it the size the layout gives
        widget.update()
