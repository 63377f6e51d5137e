"""Finding the person a profile or IDP is printed for, by name or part of the NIP (the committee's
person picker in a small dialog)."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from talenta_desktop.ui.committee.person_picker import PersonPicker


class PersonSearchDialog(QDialog):
    def __init__(self, people: Callable[[], pd.DataFrame], query: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("personSearchDialog")
        self.setWindowTitle(self.tr("Cari pegawai"))
        self.picker = PersonPicker(people, self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Pilih"))
        self.ok_button.setObjectName("ok")
        self.ok_button.setProperty("role", "primary")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(self.buttons)
        self.picker.changed.connect(self._update)
        self.picker.matches.doubleClicked.connect(lambda _: self.accept())
        if query:
            self.picker.set_query(query)
        self._update()
        self.resize(520, 280)

    def nip(self) -> str | None:
        return self.picker.person_nip()

    def _update(self) -> None:
        self.ok_button.setEnabled(self.picker.person_id() is not None)

    def accept(self) -> None:
        if self.picker.person_id() is not None:
            super().accept()
