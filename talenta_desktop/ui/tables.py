"""The look every read-only list in the app shares: whole-row single selection, no editing, no row
numbers, uniform row height, left-aligned headers."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

READABLE = 140  # the least a stretching column (usually a name) keeps when the table is narrow…
READABLE_SHARE = 0.45  # …or this share of a small table
NARROWEST = 40  # the least a fixed column is squeezed to


def read_only_table(model: QAbstractItemModel, name: str) -> QTableView:
    table = QTableView(objectName=name)
    table.setModel(model)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)  # Tab leaves the table for the next control
    table.setCornerButtonEnabled(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(28)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setHighlightSections(False)
    return table


def set_widths(table: QTableView, widths: dict[int, int], stretch: int) -> None:
    """Fixed starting widths for some columns (the user may drag them); ``stretch`` takes the rest. On a
    narrow window the fixed columns give way, so that the stretching one (a name) stays readable."""
    header = table.horizontalHeader()
    for column, width in widths.items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(column, width)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    _NarrowColumns(table, widths)


class _NarrowColumns(QObject):
    """Shrinks the fixed columns in proportion while the table is too narrow for them and a readable
    stretching column, and gives them their widths back when it widens again."""

    def __init__(self, table: QTableView, widths: dict[int, int]) -> None:
        super().__init__(table)
        self.table = table
        self.widths = widths
        self.squeezed = False
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit(event.size().width())
        return False

    def fit(self, width: int) -> None:
        shown = {c: w for c, w in self.widths.items() if not self.table.isColumnHidden(c)}
        total = sum(shown.values())
        readable = min(READABLE, round(width * READABLE_SHARE))
        scale = min(1.0, max(width - readable, 0) / total) if total else 1.0
        if scale < 1.0 or self.squeezed:  # a width the user dragged stays until the table narrows
            for column, start in shown.items():
                self.table.setColumnWidth(column, max(round(start * scale), NARROWEST))
        self.squeezed = scale < 1.0


def say_when_empty(table: QTableView, text: str) -> None:
    """``text`` in the middle of the table while it has no rows, rather than a blank box."""
    _EmptyNote(table, text)


class _EmptyNote(QObject):
    def __init__(self, table: QTableView, text: str) -> None:
        super().__init__(table)
        self.table = table
        self.text = text
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.table.model().rowCount() == 0:
            viewport = self.table.viewport()
            painter = QPainter(viewport)
            painter.setPen(viewport.palette().placeholderText().color())
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(viewport.rect().adjusted(24, 24, -24, -24), int(flags), self.text)
            painter.end()
        return False
