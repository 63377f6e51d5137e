"""The cheat sheet (Ctrl+/): every keyboard shortcut, read from ui.shortcuts, in a small window."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from talenta_desktop.ui.shortcuts import cheat_sheet_html


class ShortcutSheet(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ShortcutSheet")
        self.setWindowTitle(self.tr("Pintasan papan ketik"))
        self.text = QTextBrowser(objectName="shortcutText")
        self.text.setOpenLinks(False)
        self.text.setHtml(cheat_sheet_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(560, 600)
