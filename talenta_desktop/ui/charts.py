"""Small pyqtgraph bar charts in the application's palette, with the value printed on each bar.

pyqtgraph (with NumPy) takes about half a second to import, so it is imported when a chart first draws,
not when this module is: Beranda's frame shows at start-up while its figures load (DESIGN §6).
"""

from __future__ import annotations

from collections.abc import Sequence
from types import ModuleType

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QTransform
from PySide6.QtWidgets import QFrame, QGraphicsItem, QGraphicsSimpleTextItem, QLabel, QSizePolicy, QVBoxLayout

from talenta_desktop.ui import palette
from talenta_desktop.ui.theme import points

_pyqtgraph: ModuleType | None = None


def pyqtgraph_loaded() -> bool:
    return _pyqtgraph is not None


def load_pyqtgraph() -> ModuleType:
    """pyqtgraph, imported on first use and set up for the application's charts. Safe to call from a
    worker thread (importing creates no Qt object), so a page can load it while it counts its data."""
    global _pyqtgraph
    if _pyqtgraph is None:
        import pyqtgraph as pg

        pg.setConfigOptions(antialias=True, foreground=palette.TEXT_MUTED)
        _pyqtgraph = pg
    return _pyqtgraph


class BarChart(QFrame):
    """A titled bar chart. Horizontal bars suit long labels such as unit names; the value axis is
    left out because every bar carries its own figure.

    Given a `placeholder` ("Memuat…"), the chart shows that text until its first data, and makes its
    plot (and imports pyqtgraph) only then."""

    def __init__(
        self,
        title: str,
        *,
        horizontal: bool = False,
        color: str | None = None,  # default: the theme's accent
        placeholder: str | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chartCard")
        self.horizontal = horizontal
        self.color = color or palette.ACCENT
        self.title = QLabel(title, objectName="chartTitle")
        self.legend = QLabel(objectName="chartLegend")
        self.legend.hide()
        self.font = QFont()
        self.font.setPointSizeF(points(8.5))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.legend)
        self.labels: list[str] = []
        self.values: list[int] = []
        self._peak = 1
        self.waiting: QLabel | None = None
        if placeholder is not None:
            self.waiting = QLabel(placeholder, objectName="chartLoading")
            self.waiting.setProperty("role", "hint")
            self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.waiting.setMinimumHeight(120)
            self.waiting.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
            layout.addWidget(self.waiting, 1)
        else:
            self._make_plot()

    @property
    def has_plot(self) -> bool:
        return self.waiting is None

    def _make_plot(self) -> None:
        pg = load_pyqtgraph()
        pg.setConfigOption("foreground", palette.TEXT_MUTED)  # axes take it when built: the current theme's
        self.plot = pg.PlotWidget(background=palette.SURFACE)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setFrameShape(QFrame.Shape.NoFrame)
        # Let the page's layout, not pyqtgraph's generous size hint, decide the height.
        self.plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.plot.setMinimumHeight(120)
        category, value = ("left", "bottom") if self.horizontal else ("bottom", "left")
        self.category_axis = self.plot.getAxis(category)
        self.category_axis.setStyle(tickFont=self.font, tickLength=0)
        self.category_axis.setPen(pg.mkPen(palette.BORDER))
        self.category_axis.setTextPen(pg.mkPen(palette.TEXT))
        self.plot.getPlotItem().hideAxis(value)
        self.plot.getPlotItem().getViewBox().sigResized.connect(self._fit_figures)
        if self.waiting is not None:  # the plot takes the place of "Memuat…"
            self.layout().replaceWidget(self.waiting, self.plot)
            self.waiting.deleteLater()
            self.waiting = None
        else:
            self.layout().addWidget(self.plot, 1)

    def set_legend(self, entries: Sequence[tuple[str, str]]) -> None:
        """Colour keys shown under the title, as (label, colour) pairs."""
        self.legend.setText(
            "&nbsp;&nbsp;&nbsp;".join(
                f"<span style='color:{colour}'>■</span> {label}" for label, colour in entries
            )
        )
        self.legend.setVisible(bool(entries))

    def set_data(
        self, labels: Sequence[str], values: Sequence[int], colors: Sequence[str] | None = None
    ) -> None:
        self.labels, self.values = list(labels), list(values)
        if not self.has_plot:
            self._make_plot()
        pg = load_pyqtgraph()
        item = self.plot.getPlotItem()
        item.clear()
        if not values:
            return
        brushes = [pg.mkBrush(QColor(c)) for c in (colors or [self.color] * len(values))]
        pen = pg.mkPen(None)
        self._peak = max(values) or 1
        self._fit_figures()
        positions = list(range(len(values)))
        if self.horizontal:
            ys = _top_down(len(values))
            item.addItem(pg.BarGraphItem(x0=0, y=ys, width=values, height=0.66, brushes=brushes, pen=pen))
            item.setYRange(-0.6, len(values) - 0.4, padding=0)
            for y, v in zip(ys, values, strict=True):
                self._value_label(v, v, y, anchor=(0, 0.5))
        else:
            item.addItem(pg.BarGraphItem(x=positions, height=values, width=0.66, brushes=brushes, pen=pen))
            self.category_axis.setTicks([list(zip(positions, labels, strict=True)), []])
            item.setXRange(-0.6, len(values) - 0.4, padding=0)
            for x, v in zip(positions, values, strict=True):
                self._value_label(v, x, v, anchor=(0.5, 1))

    def _fit_figures(self) -> None:
        """Fit the labels and figures to the chart's width, measured again on every resize: long labels
        of horizontal bars take at most half the chart and end in "…", and the value axis is stretched
        just enough that the longest bar's printed figure stays inside the plot."""
        if not self.values:
            return
        view = self.plot.getPlotItem().getViewBox()
        metrics = QFontMetrics(self.font)
        if self.horizontal:
            self._fit_labels(metrics)
        figure = QLocale().toString(self._peak)
        if self.horizontal:
            length, room = view.width(), metrics.horizontalAdvance(figure) + 8
        else:
            length, room = view.height(), metrics.height() + 4
        length = max(length, 2 * room)  # before the first layout the view has no size yet
        top = self._peak * length / (length - room)
        if self.horizontal:
            view.setXRange(0, top, padding=0)
        else:
            view.setYRange(0, top, padding=0)

    def _fit_labels(self, metrics: QFontMetrics) -> None:
        limit = max(60, self.width() // 2)
        shown = [metrics.elidedText(label, Qt.TextElideMode.ElideRight, limit) for label in self.labels]
        ys = _top_down(len(shown))
        self.category_axis.setTicks([list(zip(ys, shown, strict=True)), []])
        width = max(metrics.horizontalAdvance(label) for label in shown) + 10
        if self.category_axis.width() != width:
            self.category_axis.setWidth(width)

    def _value_label(self, value: int, x: float, y: float, *, anchor: tuple[float, float]) -> None:
        # A plain text item that ignores the plot's scaling, so labels keep their size at any zoom.
        text = QGraphicsSimpleTextItem(QLocale().toString(value))
        text.setFont(self.font)
        text.setBrush(QColor(palette.TEXT))
        text.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        box = text.boundingRect()
        gap = 4 * (1 - anchor[0])  # a little air between a horizontal bar's end and its figure
        text.setTransform(QTransform.fromTranslate(gap - box.width() * anchor[0], -box.height() * anchor[1]))
        text.setPos(x, y)
        self.plot.getPlotItem().addItem(text)


def _top_down(count: int) -> list[int]:
    """The y of each horizontal bar: the first label at the top, as a ranking reads."""
    return [count - 1 - i for i in range(count)]


def stat_card(caption: str, value: str, *, object_name: str) -> QFrame:
    """A large figure with its caption, for the top row of a page."""
    card = QFrame(objectName="kpiCard")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(14, 10, 14, 10)
    figure = QLabel(value, objectName=object_name)
    figure.setProperty("role", "kpiValue")
    label = QLabel(caption)
    label.setProperty("role", "kpiCaption")
    label.setWordWrap(True)
    figure.setAlignment(Qt.AlignmentFlag.AlignLeft)
    layout.addWidget(figure)
    layout.addWidget(label)
    return card
