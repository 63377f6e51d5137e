"""Choosing one employee by NIP or name, for the committee's dialogs (member, decision, conflict, note).

The list of people is read once by the page (services.personnel.personnel_frame, a few columns) and
searched in memory with services.personnel.search_mask, the same search as the Pegawai page: digits
search the NIP, words the name without gelar. A complete NIP that matches one person picks them at once.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from talenta_desktop.services.personnel import search_mask

from .labels import nip_text

PEOPLE_COLUMNS = ("nip", "nama_lengkap", "jabatan", "unit_induk")
MATCH_LIMIT = 40  # enough to scroll through a common name, few enough to show at once


class PersonMatchModel(QAbstractListModel):
    """The people matching the search: "Nama — NIP", with the jabatan and unit as tooltip."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[int, str, str, str | None, str | None]] = []

    def set_rows(self, rows: list[tuple[int, str, str, str | None, str | None]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        person_id, nip, nama, jabatan, unit = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{nama} — {nip_text(nip)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(part for part in (jabatan, unit) if part) or None
        if role == Qt.ItemDataRole.UserRole:
            return person_id
        return None


class PersonPicker(QWidget):
    """``changed`` fires when the chosen person changes (to someone, or to nobody)."""

    changed = Signal()

    def __init__(self, people: Callable[[], pd.DataFrame], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people = people
        self._chosen: tuple[int, str, str, str | None, str | None] | None = None
        self.search = QLineEdit(objectName="personSearch")
        self.search.setPlaceholderText(self.tr("Ketik NIP atau nama pegawai…"))
        self.search.setClearButtonEnabled(True)
        self.model = PersonMatchModel(self)
        self.matches = QListView(objectName="personMatches")
        self.matches.setModel(self.model)
        self.matches.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matches.setFixedHeight(112)
        self.chosen_label = QLabel(objectName="personChosen")
        self.chosen_label.setWordWrap(True)
        self.chosen_label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search)
        layout.addWidget(self.matches)
        layout.addWidget(self.chosen_label)
        self.search.textChanged.connect(self._search)
        self.search.returnPressed.connect(self._take_first)
        self.matches.clicked.connect(self._take)
        self.matches.activated.connect(self._take)
        self._show_chosen()

    def person_id(self) -> int | None:
        return self._chosen[0] if self._chosen else None

    def person_nip(self) -> str | None:
        return self._chosen[1] if self._chosen else None

    def person_name(self) -> str | None:
        return self._chosen[2] if self._chosen else None

    def set_query(self, text: str) -> None:
        """Search as if typed (a full NIP picks its person)."""
        self.search.setText(text)

    def _search(self, text: str) -> None:
        frame = self._people()
        query = text.strip()
        rows: list = []
        if query and len(frame):
            hits = np.flatnonzero(search_mask(frame, query))[:MATCH_LIMIT]
            part = frame.iloc[hits]
            rows = [
                (int(r.id), r.nip, r.nama_lengkap, r.jabatan, r.unit_induk)
                for r in part[["id", *PEOPLE_COLUMNS]].itertuples(index=False)
            ]
        self.model.set_rows(rows)
        digits = "".join(ch for ch in query if ch.isdigit())
        exact = [r for r in rows if r[1] == digits] if len(digits) == 18 else []
        if len(exact) == 1:
            self._choose(exact[0])
            self.matches.setCurrentIndex(self.model.index(rows.index(exact[0])))
        elif self._chosen is not None and self._chosen not in rows:
            self._choose(None)

    def _take_first(self) -> None:
        if self.model.rows:
            self._take(self.model.index(0))

    def _take(self, index: QModelIndex) -> None:
        if index.isValid():
            self.matches.setCurrentIndex(index)
            self._choose(self.model.rows[index.row()])

    def _choose(self, row) -> None:
        if row == self._chosen:
            return
        self._chosen = row
        self._show_chosen()
        self.changed.emit()

    def _show_chosen(self) -> None:
        if self._chosen is None:
            self.chosen_label.setText(self.tr("Belum ada pegawai yang dipilih."))
            self.chosen_label.setProperty("role", "hint")
        else:
            _, nip, nama, jabatan, unit = self._chosen
            parts = [nama, nip_text(nip), jabatan, unit]
            self.chosen_label.setText(" · ".join(p for p in parts if p))
            self.chosen_label.setProperty("role", "subTitle")
        self.chosen_label.style().unpolish(self.chosen_label)
        self.chosen_label.style().polish(self.chosen_label)
