"""The nine-box page's "Distribusi dan pergerakan" panel: where people are against the scheme's
guideline, how they moved since the previous period, their scores, and each unit's profile.

Three tabs, each laid out for the ~1100×560 px the page gives the panel at 1366×768:

* Sebaran — grouped bars (actual % in the box colour, guideline % as an outlined bar) over a table
  that flags boxes more than HIGHLIGHT_POINTS away from the guideline; beside them the scores as a
  scatter over the nine cells, cut-off lines at the scheme's cut-offs;
* Pergerakan — a summary line, the 9×9 movement matrix and the people who moved (a click on a cell
  lists that cell's people); see ``ui.models.talent_tables`` for why moves are classified by the sum
  of the two levels rather than by box number;
* Per unit induk — ``distribution_by_unit`` as a sortable, shaded table.

Everything is computed from the (possibly filtered) ``TalentMap.frame`` handed to ``set_map``.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPointF,
    QRectF,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPen, QTransform
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from talenta_desktop.domain.ninebox import BOXES, box_levels
from talenta_desktop.services.talent.talent_map import distribution, distribution_by_unit, movement_matrix
from talenta_desktop.ui import palette
from talenta_desktop.ui.charts import BarChart, load_pyqtgraph
from talenta_desktop.ui.models.talent_tables import (
    DOWN,
    HIGHLIGHT_POINTS,
    MOVED,
    NEW,
    OUT,
    SAME,
    SIDEWAYS,
    UP,
    DistributionModel,
    MovementMatrixModel,
    MoversModel,
    SortRole,
    UnitDistributionModel,
    format_count,
    format_percent,
    movement_color,
    movement_label,
    movement_summary,
)
from talenta_desktop.ui.theme import points, style_sheet

load_pyqtgraph()  # the application's chart settings, before this module makes a plot of its own

ROW_HEIGHT = 24
DOTS_PER_ITEM = 5_000  # a scatter item fills in a few tens of milliseconds

# Tables of this panel, styled here rather than in the theme because only this panel uses them; palette
# @tokens, filled in when the panel is built (theme.style_sheet).
STYLE = """
QTableView[role="analysisTable"] {
    background: @surface;
    border: @line solid @border_soft;
    gridline-color: @grid;
    selection-background-color: @accent;
    selection-color: @on_accent;
    outline: 0;
}
QTableView[role="analysisTable"] QHeaderView::section {
    background: @background;
    color: @header_text;
    font-weight: 600;
    border: none;
    border-bottom: @line solid @border;
    border-right: @line solid @border_soft;
    padding: 3px 6px;
}
QTableView[role="analysisTable"] QTableCornerButton::section {
    background: @background;
    border: none;
    border-bottom: @line solid @border;
    border-right: @line solid @border_soft;
}
QTableView#movementMatrix { selection-background-color: @text; }
QLabel[role="analysisNote"] { font-size: 8.5pt; color: @text_muted; }
QLabel#movementSummary { font-size: 10pt; color: @text; padding: 2px 2px 4px 2px; }
QLabel#noPreviousMessage { font-size: 10.5pt; color: @text_muted; padding: 24px; }
QWidget#analysisTab { background: @background; }
QTabWidget#analysisTabs::pane { background: @background; }
QTabWidget#analysisTabs QTabBar::tab { padding: 6px 12px; }
QFrame#chartCard QPushButton { padding: 3px 10px; min-height: 0; }
"""


def _note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setProperty("role", "analysisNote")
    label.setWordWrap(True)
    return label


def _box_ink(box: int) -> QColor:
    """A box's number in its own colour, deepened on a light plot and brightened on a dark one."""
    colour = QColor(palette.BOX_COLORS[box])
    return colour.darker(130) if QColor(palette.SURFACE).lightness() > 128 else colour.lighter(130)


def _veil() -> QColor:
    """The plot's surface, slightly see-through: behind a box number that sits over dots."""
    colour = QColor(palette.SURFACE)
    colour.setAlpha(215)
    return colour


def _card(title: str) -> tuple[QFrame, QVBoxLayout, QLabel]:
    card = QFrame(objectName="chartCard")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(12, 10, 12, 10)
    layout.setSpacing(6)
    heading = QLabel(title, objectName="chartTitle")
    layout.addWidget(heading)
    return card, layout, heading


def _table(name: str) -> QTableView:
    view = QTableView(objectName=name)
    view.setProperty("role", "analysisTable")
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setCornerButtonEnabled(False)
    vertical = view.verticalHeader()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(ROW_HEIGHT)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setMinimumSectionSize(28)
    return view


def _fixed_height(view: QTableView, rows: int) -> None:
    """Exactly ``rows`` rows and the header, measured after the style sheet padded the header."""
    view.ensurePolished()
    view.horizontalHeader().ensurePolished()
    header = view.horizontalHeader().sizeHint().height()
    row_height = view.verticalHeader().defaultSectionSize()
    view.setFixedHeight(header + rows * row_height + 2 * view.frameWidth())
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


# -- distribution against the guideline ---------------------------------------------------------------


class GuidelineChart(BarChart):
    """Per box 1–9: the actual share as a bar in the box's colour beside the guideline share as an
    outlined grey bar; the actual percentage printed above each pair."""

    def __init__(self, parent=None) -> None:
        super().__init__(
            QCoreApplication.translate("GuidelineChart", "Sebaran per kotak dibanding pedoman"), parent=parent
        )
        self.actual: list[float] = []
        self.guideline: list[float] = []

    def set_distribution(self, table: pd.DataFrame) -> None:
        """``table`` as ``distribution(frame, guideline)`` returns it."""
        item = self.plot.getPlotItem()
        item.clear()
        has_guideline = "guideline" in table.columns
        self.actual = [float(v) for v in table["percent"]] if len(table) else []
        self.guideline = [float(v) for v in table["guideline"]] if has_guideline else []
        actual, planned = self.tr("Aktual (warna kotak)"), self.tr("Pedoman")
        legend = (
            f"<span style='color:{palette.BOX_COLORS[8]}'>■</span> {actual}"
            f"&nbsp;&nbsp;&nbsp;<span style='color:{palette.TEXT_MUTED}'>□</span> {planned}"
        )
        self.legend.setText(
            legend if has_guideline else self.tr("Pedoman distribusi belum diatur pada skema.")
        )
        self.legend.show()
        boxes = np.array(BOXES, dtype=float)
        self.category_axis.setTicks([[(float(b), str(b)) for b in BOXES], []])
        item.setXRange(0.45, 9.55, padding=0)
        if not self.actual or not table["count"].sum():
            item.setYRange(0, 1, padding=0)
            return
        offset, width = (0.19, 0.36) if has_guideline else (0.0, 0.6)
        item.addItem(
            pg.BarGraphItem(
                x=boxes - offset,
                height=self.actual,
                width=width,
                brushes=[pg.mkBrush(palette.BOX_COLORS[b]) for b in BOXES],
                pens=[pg.mkPen(QColor(palette.BOX_COLORS[b]).darker(125), width=1) for b in BOXES],
            )
        )
        if has_guideline:
            item.addItem(
                pg.BarGraphItem(
                    x=boxes + offset,
                    height=self.guideline,
                    width=width,
                    brush=pg.mkBrush(palette.NEUTRAL_BG),
                    pen=pg.mkPen(palette.TEXT_MUTED, width=1.2),
                )
            )
        tops = [max(a, g) for a, g in zip(self.actual, self.guideline or self.actual, strict=True)]
        item.setYRange(0, max(tops) * 1.16 or 1, padding=0)
        for box, actual, top in zip(BOXES, self.actual, tops, strict=True):
            self._percent_label(actual, float(box), top)

    def _percent_label(self, value: float, x: float, y: float) -> None:
        text = QGraphicsSimpleTextItem(format_percent(value))
        text.setFont(self.font)
        text.setBrush(QColor(palette.TEXT))
        text.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        box = text.boundingRect()
        text.setTransform(QTransform.fromTranslate(-box.width() / 2, -box.height() - 1))
        text.setPos(x, y)
        self.plot.getPlotItem().addItem(text)


# -- scores -------------------------------------------------------------------------------------------


class _Marker(pg.ScatterPlotItem):
    """The ring around the hovered dot. It lies on top of the dots, so it must let their clicks
    through: a plain ScatterPlotItem would take the click itself."""

    def mouseClickEvent(self, ev) -> None:
        ev.ignore()


class ScoreScatter(QFrame):
    """Nilai potensial (x) against nilai kinerja (y), one dot per placed person in the colour of the
    current box, over the nine cells the scheme's cut-offs draw. Calibrated people are diamonds with a
    dark outline: their box is not the one their scores give.

    One ScatterPlotItem with arrays serves 20,000 people. Hovering is looked up with NumPy (nearest dot
    within a few pixels) rather than through the item's hover events, which build a Python object per
    dot; a click emits ``personActivated``.
    """

    personActivated = Signal(int)
    HOVER_RADIUS = 7.0  # pixels

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("chartCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(4)
        self.title = QLabel(self.tr("Nilai potensial dan nilai kinerja"), objectName="chartTitle")
        self.legend = QLabel(objectName="chartLegend")
        computed, calibrated, cutoff = (
            self.tr("hasil pemetaan"),
            self.tr("dikalibrasi"),
            self.tr("batas nilai"),
        )
        self.legend.setText(
            f"<span style='color:{palette.BOX_COLORS[5]}'>●</span> {computed}"
            f"&nbsp;&nbsp;&nbsp;<span style='color:{palette.TEXT}'>◆</span> {calibrated}"
            f"&nbsp;&nbsp;&nbsp;<span style='color:{palette.TEXT_MUTED}'>┄</span> {cutoff}"
        )
        pg.setConfigOption("foreground", palette.TEXT_MUTED)  # axes take it when built: the current theme's
        self.plot = pg.PlotWidget(background=palette.SURFACE)
        self.plot.setFrameShape(QFrame.Shape.NoFrame)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.plot.setMinimumHeight(200)
        item = self.plot.getPlotItem()
        font = QFont()
        font.setPointSizeF(points(8.5))
        for name, label in (("bottom", self.tr("Nilai potensial")), ("left", self.tr("Nilai kinerja"))):
            axis = item.getAxis(name)
            axis.setStyle(tickFont=font, hideOverlappingLabels=False)  # keep "100" at the axis end
            axis.setPen(pg.mkPen(palette.BORDER))
            axis.setTextPen(pg.mkPen(palette.TEXT_MUTED))
            axis.setLabel(label, color=palette.TEXT, **{"font-size": f"{points(9):g}pt"})
            axis.setTickSpacing(20, 10)
        item.layout.setContentsMargins(0, 4, 10, 0)  # room for the last tick label
        self.view = item.getViewBox()
        self.view.setLimits(xMin=-3, xMax=103, yMin=-3, yMax=103, minXRange=5, minYRange=5)
        self.view.setRange(xRange=(0, 100), yRange=(0, 100), padding=0.02)
        self.view.setMouseEnabled(x=True, y=True)  # the wheel zooms into a crowded area
        self.hover = _note()
        self.hover.setWordWrap(False)
        self.hover.setTextFormat(Qt.TextFormat.PlainText)
        self.hover.setMinimumWidth(10)
        self.hover.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.title)
        layout.addWidget(self.legend)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.hover)

        self._cells: list[QGraphicsItem] = []
        self.lines: list[pg.InfiniteLine] = []
        # Scatter items per look (box × calibrated), at most DOTS_PER_ITEM dots each: one pen and brush
        # per item is several times faster than one item styled dot by dot, and each is quick to fill.
        self._groups: dict[tuple[int, bool, int], pg.ScatterPlotItem] = {}
        self.marker = _Marker(
            pxMode=True, size=14, pen=pg.mkPen(palette.TEXT, width=2), brush=pg.mkBrush(None)
        )
        self.marker.setZValue(20)
        self.empty = pg.TextItem(
            self.tr("Belum ada pegawai yang dipetakan"), color=palette.TEXT_MUTED, anchor=(0.5, 0.5)
        )
        self.empty.setPos(50, 50)
        for graphic in (self.marker, self.empty):
            item.addItem(graphic)
        self._brushes = {b: pg.mkBrush(QColor(palette.BOX_COLORS[b])) for b in BOXES}
        self._pens = {b: pg.mkPen(QColor(palette.BOX_COLORS[b]).darker(150), width=0.8) for b in BOXES}
        self._calibrated_pen = pg.mkPen(palette.TEXT, width=1.3)
        self._frame = pd.DataFrame()
        self._x = self._y = np.empty(0)
        self._boxes = np.empty(0, int)
        self._calibrated = np.empty(0, bool)
        self.hovered: int | None = None  # row in self._frame of the dot under the cursor
        self.plot.scene().sigMouseMoved.connect(self._mouse_moved)
        self._show_hint()

    # -- data ------------------------------------------------------------------------------------

    def set_data(self, frame: pd.DataFrame, cutoffs: dict[str, list[float]]) -> None:
        """Draw the placed people of ``frame`` (rows without a box or a score are left out)."""
        for step in self.data_steps(frame, cutoffs):
            step()

    def data_steps(self, frame: pd.DataFrame, cutoffs: dict[str, list[float]]) -> list[Callable[[], None]]:
        """``set_data`` as steps to run in turn — the frame and the grid, then the dots a few thousand at a
        time — so that a caller can give the event loop a turn between them (a box can hold 20,000)."""
        parts = max(1, -(-len(frame) // DOTS_PER_ITEM))
        return [
            lambda: self._take(frame, cutoffs),
            *(lambda b=b, p=p: self._draw_part(b, p) for b in BOXES for p in range(parts)),
        ]

    def _take(self, frame: pd.DataFrame, cutoffs: dict[str, list[float]]) -> None:
        placed = frame
        if len(frame):
            placed = frame[
                frame["box"].notna() & frame["nilai_potensial"].notna() & frame["nilai_kinerja"].notna()
            ]
        if len(placed) and "calibrated" in placed:
            # the calibrated last, so that their outlined diamonds are drawn on top
            placed = placed.sort_values("calibrated", kind="stable")
        self._frame = placed.reset_index(drop=True)
        self._draw_cells(cutoffs)
        n = len(self._frame)
        self.hovered = None
        self.marker.setData([], [])
        self.empty.setVisible(n == 0)
        # a score outside 0–100 (a scheme error) is drawn on the edge rather than lost off the plot
        self._x = np.clip(self._frame["nilai_potensial"].to_numpy(dtype=float), 0, 100) if n else np.empty(0)
        self._y = np.clip(self._frame["nilai_kinerja"].to_numpy(dtype=float), 0, 100) if n else np.empty(0)
        self._boxes = self._frame["box"].to_numpy(dtype=int) if n else np.empty(0, int)
        self._calibrated = (
            self._frame["calibrated"].to_numpy(dtype=bool)
            if n and "calibrated" in self._frame
            else np.zeros(n, bool)
        )
        for group in self._groups.values():  # drawn again part by part
            if len(group.data):
                group.setData([], [])
        if n:
            self.view.setRange(xRange=(0, 100), yRange=(0, 100), padding=0.02)
        self._show_hint()

    def _draw_part(self, box: int, part: int) -> None:
        """The ``part``-th DOTS_PER_ITEM dots of a box, plain and calibrated, each in its own item."""
        ids = self.person_ids()
        for outlined in (False, True):
            rows = np.flatnonzero((self._boxes == box) & (self._calibrated == outlined))
            rows = rows[part * DOTS_PER_ITEM : (part + 1) * DOTS_PER_ITEM]
            if not len(rows):
                continue
            self._group(box, outlined, part).setData(
                x=self._x[rows],
                y=self._y[rows],
                data=ids[rows],
                brush=self._brushes[box],
                pen=self._calibrated_pen if outlined else self._pens[box],
                symbol="d" if outlined else "o",
                size=9.0 if outlined else 6.5,
            )

    def _draw_cells(self, cutoffs: dict[str, list[float]]) -> None:
        item = self.plot.getPlotItem()
        for graphic in (*self._cells, *self.lines):
            item.removeItem(graphic)
        self._cells, self.lines = [], []
        kinerja, potensial = cutoffs.get("kinerja"), cutoffs.get("potensial")
        if not (kinerja and potensial and len(kinerja) == 2 and len(potensial) == 2):
            return
        edges_y = [0.0, float(kinerja[0]), float(kinerja[1]), 100.0]
        edges_x = [0.0, float(potensial[0]), float(potensial[1]), 100.0]
        number_font = QFont()
        number_font.setPointSizeF(points(10))
        number_font.setBold(True)
        for box in BOXES:
            level_k, level_p = (int(level) for level in box_levels(box))
            x0, x1 = edges_x[level_p - 1], edges_x[level_p]
            y0, y1 = edges_y[level_k - 1], edges_y[level_k]
            rect = QGraphicsRectItem(QRectF(x0, y0, x1 - x0, y1 - y0))
            rect.setPen(QPen(Qt.PenStyle.NoPen))
            rect.setBrush(QColor(palette.BOX_TINTS[box]))
            rect.setZValue(-20)
            # the number in a small badge above the dots: crowded cells would hide it otherwise
            label = pg.TextItem(
                str(box),
                color=_box_ink(box),
                anchor=(0, 0),
                fill=pg.mkBrush(_veil()),
            )
            label.setFont(number_font)
            label.setPos(x0, y1)
            label.setZValue(30)
            for graphic in (rect, label):
                item.addItem(graphic)
                self._cells.append(graphic)
        pen = pg.mkPen(palette.TEXT_MUTED, width=1.2, style=Qt.PenStyle.DashLine)
        for value in potensial:
            self.lines.append(pg.InfiniteLine(pos=float(value), angle=90, pen=pen, movable=False))
        for value in kinerja:
            self.lines.append(pg.InfiniteLine(pos=float(value), angle=0, pen=pen, movable=False))
        for line in self.lines:
            line.setZValue(5)
            item.addItem(line)

    # -- pointing ----------------------------------------------------------------------------------

    def nearest(self, x: float, y: float) -> tuple[int | None, int]:
        """The row of the dot nearest to the view point (x, y) within HOVER_RADIUS pixels, and how many
        dots lie within that radius."""
        if not len(self._x):
            return None, 0
        width, height = self.view.viewPixelSize()
        distance = ((self._x - x) / (width or 1)) ** 2 + ((self._y - y) / (height or 1)) ** 2
        within = distance <= self.HOVER_RADIUS**2
        if not within.any():
            return None, 0
        return int(np.argmin(distance)), int(within.sum())

    def _mouse_moved(self, scene_pos: QPointF) -> None:
        if not self.view.sceneBoundingRect().contains(scene_pos):
            self._set_hovered(None, 0)
            return
        point = self.view.mapSceneToView(scene_pos)
        self._set_hovered(*self.nearest(point.x(), point.y()))

    def _set_hovered(self, row: int | None, crowd: int) -> None:
        if row == self.hovered:
            return
        self.hovered = row
        if row is None:
            self.marker.setData([], [])
            self._show_hint()
            return
        self.marker.setData([self._x[row]], [self._y[row]])
        self.hover.setText(self.describe(row, crowd))

    def describe(self, row: int, crowd: int = 1) -> str:
        """One line about the person in ``row``: what hovering shows."""
        person = self._frame.iloc[row]
        number = QLocale().toString
        text = self.tr("{0} · kotak {1} · kinerja {2} · potensial {3}").format(
            person["nama_lengkap"],
            int(person["box"]),
            number(float(person["nilai_kinerja"]), "f", 1),
            number(float(person["nilai_potensial"]), "f", 1),
        )
        if bool(person.get("calibrated", False)):
            text += " · " + self.tr("dikalibrasi dari kotak {0}").format(int(person["computed_box"]))
        if crowd > 1:
            text += " " + self.tr("(dan {0} lainnya di dekatnya)").format(format_count(crowd - 1))
        return text

    def _show_hint(self) -> None:
        if len(self._x):
            self.hover.setText(
                self.tr(
                    "{0} pegawai. Arahkan kursor ke titik untuk melihat nama; klik untuk memilih."
                ).format(format_count(len(self._x)))
            )
        else:
            self.hover.setText("")

    def _group(self, box: int, calibrated: bool, part: int) -> pg.ScatterPlotItem:
        group = self._groups.get((box, calibrated, part))
        if group is None:
            group = pg.ScatterPlotItem(pxMode=True, hoverable=False, tip=None)
            group.setZValue(11 if calibrated else 10)  # the calibrated's outlined diamonds on top
            group.sigClicked.connect(self._clicked)
            self.plot.getPlotItem().addItem(group)
            self._groups[box, calibrated, part] = group
        return group

    def items(self) -> list[pg.ScatterPlotItem]:
        """The scatter items that draw dots now (one per box and look)."""
        return [group for group in self._groups.values() if len(group.data)]

    def _clicked(self, _item, points, event=None) -> None:
        if points is None or not len(points):
            return
        chosen = points[0]
        if event is not None and len(points) > 1:
            where = event.pos()
            width, height = self.view.viewPixelSize()
            chosen = min(
                points,
                key=lambda p: (
                    ((p.pos().x() - where.x()) / (width or 1)) ** 2
                    + ((p.pos().y() - where.y()) / (height or 1)) ** 2
                ),
            )
        self.personActivated.emit(int(chosen.data()))

    def person_ids(self) -> np.ndarray:
        return (
            self._frame["person_id"].to_numpy(dtype=np.int64) if len(self._frame) else np.empty(0, np.int64)
        )


# -- the panel ----------------------------------------------------------------------------------------


class TalentAnalysisPanel(QWidget):
    """Distribution against the guideline, movement since the previous period, scores and units."""

    personActivated = Signal(int)  # a dot clicked or a mover chosen: the page selects that person

    TAB_DISTRIBUTION, TAB_MOVEMENT, TAB_UNITS = range(3)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("talentAnalysis")
        self.setStyleSheet(style_sheet(STYLE))
        self.previous_label: str | None = None
        self.period_label = ""
        self.movement_counts: dict[str, int] = {}
        self._cell: tuple[int | None, int | None] | None = None  # the matrix cell the movers list shows
        self._generation = 0  # set_map calls; a staged one stops when a newer one comes

        self.tabs = QTabWidget(objectName="analysisTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._distribution_tab(), self.tr("Sebaran dan nilai"))
        self.tabs.addTab(self._movement_tab(), self.tr("Pergerakan"))
        self.tabs.addTab(self._unit_tab(), self.tr("Per unit induk"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.set_map(pd.DataFrame(columns=["person_id", "box", "previous_box"]), guideline={}, cutoffs={},
                     previous_label=None, period_label="")  # fmt: skip

    # -- building ----------------------------------------------------------------------------------

    def _distribution_tab(self) -> QWidget:
        self.chart = GuidelineChart()
        self.distribution_model = DistributionModel(self)
        self.distribution_table = _table("distributionTable")
        self.distribution_table.setModel(self.distribution_model)
        self.distribution_table.verticalHeader().hide()
        self.distribution_table.verticalHeader().setDefaultSectionSize(21)  # leaves the bars their height
        self.distribution_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.distribution_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.distribution_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.distribution_note = _note()
        self.chart.layout().addWidget(self.distribution_table)
        self.chart.layout().addWidget(self.distribution_note)

        self.scatter = ScoreScatter()
        self.scatter.personActivated.connect(self.personActivated)

        page = QWidget(objectName="analysisTab")
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 8, 0, 0)
        grid.setSpacing(10)
        grid.addWidget(self.chart, 0, 0)
        grid.addWidget(self.scatter, 0, 1)
        grid.setColumnStretch(0, 10)
        grid.setColumnStretch(1, 11)
        return page

    def _movement_tab(self) -> QWidget:
        self.summary = QLabel(objectName="movementSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)

        matrix_card, matrix_layout, self.matrix_title = _card(self.tr("Matriks pergerakan"))
        self.matrix_caption = _note()
        self.matrix_model = MovementMatrixModel(self)
        self.matrix = _table("movementMatrix")
        self.matrix.setModel(self.matrix_model)
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        for header in (self.matrix.horizontalHeader(), self.matrix.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.matrix.horizontalHeader().setMinimumSectionSize(32)
        self.matrix.verticalHeader().setMinimumWidth(56)
        self.matrix.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.matrix.setMinimumWidth(420)
        legend = "&nbsp;&nbsp;".join(
            f"<span style='color:{movement_color(code)}'>■</span> {movement_label(code)}"
            for code in (UP, SAME, SIDEWAYS, DOWN)
        )
        self.matrix_legend = _note(
            legend + "&nbsp;&nbsp;·&nbsp;&nbsp;" + self.tr("makin pekat, makin banyak pegawai")
        )
        self.matrix_legend.setToolTip(
            self.tr(
                "Naik kelas: jumlah tingkat kinerja dan potensial bertambah. Bergeser: pindah ke kotak"
                " lain dengan jumlah tingkat yang sama (satu sumbu naik, yang lain turun)."
            )
        )
        matrix_layout.addWidget(self.matrix_caption)
        matrix_layout.addWidget(self.matrix, 1)
        matrix_layout.addWidget(self.matrix_legend)

        movers_card, movers_layout, self.movers_title = _card(self.tr("Pegawai yang berpindah"))
        self.kind_filter = QComboBox(objectName="movementFilter")
        for kinds, label in (
            (MOVED, self.tr("Semua yang berpindah kotak")),
            ((UP,), movement_label(UP)),
            ((DOWN,), movement_label(DOWN)),
            ((SIDEWAYS,), movement_label(SIDEWAYS)),
            ((SAME,), movement_label(SAME)),
            ((NEW,), movement_label(NEW)),
            ((OUT,), movement_label(OUT)),
            (None, self.tr("Semua pegawai")),
        ):
            self.kind_filter.addItem(label, kinds)
        self.cell_filter = QLabel()
        self.cell_filter.setProperty("role", "analysisNote")
        self.clear_cell = QPushButton(self.tr("Hapus pilihan sel"))
        self.clear_cell.setToolTip(self.tr("Tampilkan lagi sesuai pilihan di sebelah kiri"))
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.cell_filter, 1)
        filters.addWidget(self.clear_cell)
        self.movers_model = MoversModel(self)
        self.movers = _table("moversTable")
        self.movers.setModel(self.movers_model)
        self.movers.verticalHeader().hide()
        self.movers.setAlternatingRowColors(False)
        self.movers.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.movers.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.movers.horizontalHeader()
        header.setSortIndicator(MoversModel.CHANGE, Qt.SortOrder.AscendingOrder)  # naik kelas first
        self.movers.setSortingEnabled(True)
        header.setSectionResizeMode(MoversModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MoversModel.UNIT, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(MoversModel.UNIT, 150)  # names get the rest of the width
        for column, width in ((MoversModel.BEFORE, 62), (MoversModel.NOW, 62), (MoversModel.CHANGE, 118)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
        self.movers_count = _note()
        movers_layout.addLayout(filters)
        movers_layout.addWidget(self.movers, 1)
        movers_layout.addWidget(self.movers_count)

        split = QHBoxLayout()
        split.setSpacing(10)
        split.addWidget(matrix_card, 9)
        split.addWidget(movers_card, 10)
        compared = QWidget()
        compared_layout = QVBoxLayout(compared)
        compared_layout.setContentsMargins(0, 0, 0, 0)
        compared_layout.setSpacing(6)
        compared_layout.addWidget(self.summary)
        compared_layout.addLayout(split, 1)

        self.no_previous = QLabel(objectName="noPreviousMessage")
        self.no_previous.setWordWrap(True)
        self.no_previous.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.movement_stack = QStackedWidget()
        self.movement_stack.addWidget(compared)
        self.movement_stack.addWidget(self.no_previous)

        self.matrix.clicked.connect(self._cell_chosen)
        self.kind_filter.currentIndexChanged.connect(self._kind_chosen)
        self.clear_cell.clicked.connect(self._kind_chosen)
        # a click (not a change of the current row): clicking the same person again selects them again
        self.movers.clicked.connect(self._mover_chosen)
        self.movers.activated.connect(self._mover_chosen)

        page = QWidget(objectName="analysisTab")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.movement_stack)
        return page

    def _unit_tab(self) -> QWidget:
        card, layout, self.unit_title = _card(self.tr("Sebaran per unit induk"))
        self.unit_caption = _note(
            self.tr(
                "Kolom 1–9: pegawai per kotak; makin pekat warnanya, makin besar porsi unit di kotak itu."
                " Kotak 7–9: persentase di kelompok rencana suksesi. Klik judul kolom untuk mengurutkan."
            )
        )
        self.unit_model = UnitDistributionModel(self)
        self.unit_proxy = QSortFilterProxyModel(self)
        self.unit_proxy.setSourceModel(self.unit_model)
        self.unit_proxy.setSortRole(SortRole)
        self.unit_table = _table("unitTable")
        self.unit_table.setModel(self.unit_proxy)
        self.unit_table.verticalHeader().hide()
        self.unit_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.unit_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.unit_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.unit_table.setSortingEnabled(True)
        header = self.unit_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(UnitDistributionModel.UNIT, QHeaderView.ResizeMode.Stretch)
        for column in range(1, UnitDistributionModel.TOTAL):
            header.resizeSection(column, 56)
        header.resizeSection(UnitDistributionModel.TOTAL, 84)
        header.resizeSection(UnitDistributionModel.POOL, 100)
        self.unit_table.sortByColumn(UnitDistributionModel.TOTAL, Qt.SortOrder.DescendingOrder)
        layout.addWidget(self.unit_caption)
        layout.addWidget(self.unit_table, 1)
        page = QWidget(objectName="analysisTab")
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 8, 0, 0)
        outer.addWidget(card)
        return page

    # -- data --------------------------------------------------------------------------------------

    def set_map(
        self,
        frame: pd.DataFrame,
        *,
        guideline: dict[int, float],
        cutoffs: dict[str, list[float]],
        previous_label: str | None,
        period_label: str,
        staged: bool = False,
    ) -> None:
        """Show a (possibly filtered) ``TalentMap.frame``: guideline {box: percent}, cut-offs
        {"kinerja": [low, high], "potensial": [low, high]}, and the previous period's label (None when
        there is no mapped previous period).

        ``staged``: the distribution now, and the rest — the scatter of every person, the movement, the
        units — each in its own later turn of the event loop, so that the window keeps answering while a
        20,000-person map is drawn (the page does this; a newer set_map drops what is still to come)."""
        self._generation += 1
        self.frame = frame
        self.previous_label, self.period_label = previous_label, period_label
        placed = int(frame["box"].notna().sum()) if len(frame) else 0
        holding = len(frame) - placed

        table = distribution(frame, guideline or None)
        self.distribution = table
        self.chart.set_distribution(table)
        self.distribution_model.set_distribution(table)
        _fixed_height(self.distribution_table, self.distribution_model.rowCount())
        note = self.tr("{0} pegawai dipetakan pada periode {1}.").format(format_count(placed), period_label)
        if holding:
            note += " " + self.tr("{0} di area tunggu tidak dihitung.").format(format_count(holding))
        if guideline:
            note += " " + self.tr("Selisih lebih dari {0} poin ditandai merah.").format(
                QLocale().toString(HIGHLIGHT_POINTS, "f", 0)
            )
        self.distribution_note.setText(note)

        steps = [
            *self.scatter.data_steps(frame, cutoffs),
            lambda: self._set_movement(frame),
            lambda: self._set_units(frame, placed),
        ]
        if not staged:
            for step in steps:
                step()
            return
        generation = self._generation

        def next_step() -> None:
            if generation != self._generation or not steps:
                return  # a newer map came meanwhile
            steps.pop(0)()
            if steps:
                QTimer.singleShot(0, self, next_step)

        QTimer.singleShot(0, self, next_step)

    def _set_units(self, frame: pd.DataFrame, placed: int) -> None:
        self.unit_model.set_table(distribution_by_unit(frame) if placed else pd.DataFrame())
        self.unit_title.setText(
            self.tr("Sebaran per unit induk ({0} unit)").format(format_count(self.unit_model.rowCount()))
        )

    def _set_movement(self, frame: pd.DataFrame) -> None:
        previous = self.previous_label
        if previous is None:
            self.movement_counts = {}
            self.matrix_model.set_matrix(None)
            self.movers_model.set_frame(frame.iloc[0:0], "", self.period_label)
            self.no_previous.setText(
                self.tr(
                    "Belum ada periode sebelumnya yang dipetakan, jadi pergerakan antarperiode belum dapat"
                    " ditampilkan. Petakan periode sebelumnya untuk membandingkan."
                )
            )
            self.movement_stack.setCurrentWidget(self.no_previous)
            self.tabs.setTabText(self.TAB_MOVEMENT, self.tr("Pergerakan"))
            return
        self.movement_stack.setCurrentIndex(0)
        self.tabs.setTabText(self.TAB_MOVEMENT, self.tr("Pergerakan sejak {0}").format(previous))
        self.movement_counts = movement_summary(frame)
        self.summary.setText(self._summary_text())
        self.summary.setToolTip(
            self.tr(
                "Dibandingkan dengan kotak pada periode {0}. Naik kelas: jumlah tingkat kinerja dan"
                " potensial bertambah (mis. 5 → 8); turun: berkurang; bergeser: kotak lain dengan jumlah"
                " tingkat yang sama (mis. 8 → 7)."
            ).format(previous)
        )
        matrix = (
            movement_matrix(frame) if len(frame) else pd.DataFrame(0, index=list(BOXES), columns=list(BOXES))
        )
        self.matrix_model.set_matrix(matrix, previous, self.period_label)
        total_column = MovementMatrixModel.SIZE
        self.matrix.horizontalHeader().setSectionResizeMode(total_column, QHeaderView.ResizeMode.Fixed)
        self.matrix.horizontalHeader().resizeSection(total_column, 68)
        self.matrix_caption.setText(
            self.tr(
                "Baris: kotak pada {0} · kolom: kotak pada {1}. Klik sel untuk melihat pegawainya."
            ).format(previous, self.period_label)
        )
        self.movers_model.set_frame(frame, previous, self.period_label)
        self._cell = None  # the matrix lost its selection with the new counts
        self._apply_movers_filter()

    def _summary_text(self) -> str:
        counts = self.movement_counts
        parts = [
            f"<span style='color:{movement_color(code)}'><b>{movement_label(code)}: "
            f"{format_count(counts[code])}</b></span>"
            for code in (UP, SAME, SIDEWAYS, DOWN)
        ]
        parts.append(f"{movement_label(NEW)}: <b>{format_count(counts[NEW])}</b>")
        if counts[OUT]:
            parts.append(f"{movement_label(OUT)}: <b>{format_count(counts[OUT])}</b>")
        return " &nbsp;·&nbsp; ".join(parts)

    # -- movers ------------------------------------------------------------------------------------

    def _cell_chosen(self, index: QModelIndex) -> None:
        before, now = self.matrix_model.boxes_at(index)
        self._cell = (before, now)
        self._apply_movers_filter()

    def _kind_chosen(self) -> None:
        self._cell = None
        self.matrix.clearSelection()
        self._apply_movers_filter()

    def _apply_movers_filter(self) -> None:
        cell = self._cell
        if cell is not None:
            before, now = cell
            shown = self.movers_model.set_filter(None, before, now)
            if before is not None and now is not None:
                text = self.tr("Dari kotak {0} ke kotak {1}").format(before, now)
            elif before is not None:
                text = self.tr("Dari kotak {0}").format(before)
            elif now is not None:
                text = self.tr("Ke kotak {0}").format(now)
            else:
                text = self.tr("Dipetakan pada kedua periode")
            self.cell_filter.setText(text)
        else:
            shown = self.movers_model.set_filter(self.kind_filter.currentData())
            self.cell_filter.setText("")
        self.kind_filter.setEnabled(cell is None)
        self.clear_cell.setVisible(cell is not None)
        self.movers_count.setText(
            self.tr("{0} dari {1} pegawai. Klik nama untuk memilih pegawai itu.").format(
                format_count(shown), format_count(self.movers_model.total_count)
            )
        )

    def _mover_chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.personActivated.emit(self.movers_model.person_id(index.row()))

    # -- for the page and tests --------------------------------------------------------------------

    def summary_counts(self) -> dict[str, int]:
        """Movement counts by code (empty when there is no previous period)."""
        return dict(self.movement_counts)
