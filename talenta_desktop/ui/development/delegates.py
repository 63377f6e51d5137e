"""A progress bar painted in a table cell (the Progres columns), so a column of plans reads at a glance."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from talenta_desktop.ui import palette

from .models import ProgressRole


class ProgressDelegate(QStyledItemDelegate):
    """A thin bar under the percentage; cells without a share (``ProgressRole`` None) paint as usual."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        share = index.data(ProgressRole)
        if share is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = option.rect.adjusted(6, 3, -6, -3)
        bar_width = max(rect.width() - 40, 20)
        bar = QRectF(rect.left(), rect.center().y() - 3, bar_width, 6)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(palette.TRACK))
        painter.drawRoundedRect(bar, 3, 3)
        share = min(max(float(share), 0.0), 1.0)
        if share > 0:
            painter.setBrush(QColor(palette.SECONDARY))
            painter.drawRoundedRect(QRectF(bar.left(), bar.top(), max(bar.width() * share, 6), 6), 3, 3)
        painter.setPen(QColor(palette.TEXT))
        text_rect = rect.adjusted(bar_width + 4, 0, 0, 0)
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)
        painter.restore()
