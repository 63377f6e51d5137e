"""A tab whose content is built the first time it is shown or asked for.

A page with several heavy tabs (Pengaturan has six) then opens paying only for the tab on show: every
widget costs its share of styling under the application's style sheet, and building all of them at once
held the window for half a second on the first visit.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyTab(QWidget):
    """Holds the content ``build(parent)`` makes; ``content()`` builds it if need be."""

    def __init__(self, build: Callable[[QWidget], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self._content: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> QWidget | None:
        """The content, or None while it was never needed."""
        return self._content

    def content(self) -> QWidget:
        if self._content is None:
            self._content = self._build(self)
            self.layout().addWidget(self._content)
            if self.isVisible():  # asked for during the show: the tab's children were shown already
                self._content.show()
        return self._content

    def showEvent(self, event) -> None:
        # Built before the show goes on: its widgets are laid out and shown with the tab, in one pass.
        self.content()
        super().showEvent(event)
