"""The Komite page's view-only meeting tabs: Keputusan, Pembahasan and Tindak lanjut.

Each is built when its tab is first shown (or a widget of it is asked for): the page opens on Kehadiran,
and styling these tables and buttons under the application's style sheet was most of what the first
visit cost. The models are the page's, filled whether or not a tab was built; the page connects the
buttons, applies the role and the meeting's state when a tab is built, and passes the texts in, so that
they stay in its translation context (CommitteePage).
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from talenta_desktop.ui.forms import hbox, section
from talenta_desktop.ui.tables import read_only_table, set_widths

from .models import ConflictModel, DecisionModel, FollowUpModel, NoteModel


class DecisionsTab(QWidget):
    """The decisions of the meeting (nine-box calibrations first), and the buttons that record one, a
    conflict of interest or a note about a person; ``status`` says what was recorded last."""

    def __init__(
        self,
        model: DecisionModel,
        *,
        hint: str,
        add: str,
        conflict: str,
        conflict_tip: str,
        note: str,
        note_tip: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("decisionsTab")
        self.table = read_only_table(model, "decisionsTable")
        set_widths(self.table, {0: 38, 1: 170, 2: 172, 3: 56, 4: 290, 5: 180, 6: 160}, 7)
        self.table.horizontalHeader().setSectionResizeMode(7, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(7, 220)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.add_button = QPushButton(add, objectName="addDecision")
        self.conflict_button = QPushButton(conflict, objectName="addConflict")
        self.conflict_button.setToolTip(conflict_tip)
        self.note_button = QPushButton(note, objectName="addNote")
        self.note_button.setToolTip(note_tip)
        self.buttons = (self.add_button, self.conflict_button, self.note_button)  # what records something
        hint_label = QLabel(hint)
        hint_label.setProperty("role", "hint")
        hint_label.setWordWrap(True)
        self.status = QLabel(objectName="decisionsStatus")
        self.status.setProperty("role", "hint")
        self.status.setWordWrap(True)
        self.status.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(hint_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(hbox(self.add_button, self.conflict_button, self.note_button, 1))
        layout.addWidget(self.status)


class DiscussionTab(QWidget):
    """Read-back of the notes per person (double-click to edit one) and of who stepped out."""

    def __init__(
        self,
        notes: NoteModel,
        conflicts: ConflictModel,
        *,
        notes_title: str,
        notes_tip: str,
        conflicts_title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("discussionTab")
        self.notes_table = read_only_table(notes, "notesTable")
        set_widths(self.notes_table, {0: 220, 1: 170, 2: 70}, 3)
        self.notes_table.setToolTip(notes_tip)
        self.conflicts_table = read_only_table(conflicts, "conflictsTable")
        set_widths(self.conflicts_table, {0: 240, 2: 150}, 1)
        self.conflicts_table.setMaximumHeight(150)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(section(notes_title))
        layout.addWidget(self.notes_table, 3)
        layout.addWidget(section(conflicts_title))
        layout.addWidget(self.conflicts_table, 1)


class FollowUpsTab(QWidget):
    """The meeting's follow-ups ("Selesai" ticked in place when the role may) and the button adding one."""

    def __init__(self, model: FollowUpModel, *, add: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpsTab")
        self.table = read_only_table(model, "followUpsTable")
        set_widths(self.table, {0: 38, 2: 240, 3: 140, 4: 70}, 1)
        self.table.setWordWrap(True)  # few rows: show each task whole
        # Rows fit their text on every reset; the rows read before the tab was built, now.
        model.modelReset.connect(self.table.resizeRowsToContents)
        self.table.resizeRowsToContents()
        self.add_button = QPushButton(add, objectName="addFollowUp")
        self.buttons = (self.add_button,)  # what records something
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.table, 1)
        layout.addLayout(hbox(self.add_button, 1))
