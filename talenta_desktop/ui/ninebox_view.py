"""The interactive nine-box (peta talenta): a QGraphicsView whose items are people.

It is drawn as BKN draws it (DOMAIN §3): potensial left → right, kinerja bottom → top, boxes placed by
:func:`talenta_desktop.domain.ninebox.grid_position` only. The scene is laid out in viewport pixels
(one scene unit = one pixel, no scrolling), so the grid always fills the widget and text keeps its
point size whatever the window size.

Committees project this widget on a wall with thousands of people in it, which shapes the design:

* People are compact chips while they fit, dense dots when they do not, and as many dots as fit plus a
  "+N" badge beyond that. A cell therefore never holds more than ``MAX_DOTS_PER_CELL`` items, whatever
  the agency's size, and every item is a stock C++ item (path, ellipse, simple text) so painting never
  calls back into Python.
* The view never changes the data. A drag released on another cell, or Enter after choosing a target
  cell with the arrow keys, only *asks* for a move (``moveRequested``); the page confirms it with a
  reason and calls :meth:`NineBoxView.apply_move`, which re-lays out the two affected cells only.
* Projector privacy (initials and masked NIP), counts only and a large high-contrast presentation style
  are switches on the same widget, so the projector window shows exactly what the operator sees.
"""

from __future__ import annotations

import bisect
import html
import math
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace

import numpy as np
import pandas as pd
from pandas.errors import InvalidIndexError
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QToolTip,
)

# Projector privacy follows the one masking rule the redacted reports follow too.
from talenta_desktop.domain.masking import initials, mask_nip
from talenta_desktop.domain.ninebox import (
    BOXES,
    REKOMENDASI,
    Level,
    box_levels,
    grid_position,
    is_talent_pool,
)
from talenta_desktop.domain.people import split_gelar
from talenta_desktop.services.talent.talent_map import DOWN, SAME, SIDEWAYS, UP, move_direction
from talenta_desktop.services.talent.talent_map import movement as talent_movement
from talenta_desktop.ui import palette
from talenta_desktop.ui.theme import current_font_scale

CHIP_MAX_STRETCH = 2.2  # chips grow up to this times their minimum width before a column is added
MAX_DOTS_PER_CELL = 400  # keeps a 20,000-person map at a few thousand items, all painted in C++
# Below this the layout degenerates (negative cell bodies); the widget simply shows a clipped map.
MIN_LAYOUT_SIZE = QSize(480, 360)

Z_CELL, Z_PERSON, Z_BADGE, Z_SELECTED, Z_DRAGGED = 0.0, 1.0, 2.0, 3.0, 10.0

_BOX_AT = {grid_position(box): box for box in BOXES}  # (row, column) -> box


def _kinerja_level_name(level: Level, short: bool = False) -> str:
    """Row caption on the vertical axis (bottom to top); the short form where rows are too low."""
    if short:
        return {
            Level.LOW: QCoreApplication.translate("NineBoxView", "Di bawah"),
            Level.MIDDLE: QCoreApplication.translate("NineBoxView", "Sesuai"),
            Level.HIGH: QCoreApplication.translate("NineBoxView", "Di atas"),
        }[level]
    return {
        Level.LOW: QCoreApplication.translate("NineBoxView", "Di bawah ekspektasi"),
        Level.MIDDLE: QCoreApplication.translate("NineBoxView", "Sesuai ekspektasi"),
        Level.HIGH: QCoreApplication.translate("NineBoxView", "Di atas ekspektasi"),
    }[level]


def _potensial_level_name(level: Level) -> str:
    """Column caption on the horizontal axis (left to right)."""
    return {
        Level.LOW: QCoreApplication.translate("NineBoxView", "Rendah"),
        Level.MIDDLE: QCoreApplication.translate("NineBoxView", "Menengah"),
        Level.HIGH: QCoreApplication.translate("NineBoxView", "Tinggi"),
    }[level]


def _box_label_parts(box: int) -> tuple[str, str]:
    kinerja, potensial = box_levels(box)
    kinerja_text = {
        Level.LOW: QCoreApplication.translate("NineBoxView", "Kinerja di bawah"),
        Level.MIDDLE: QCoreApplication.translate("NineBoxView", "Kinerja sesuai"),
        Level.HIGH: QCoreApplication.translate("NineBoxView", "Kinerja di atas"),
    }[kinerja]
    potensial_text = {
        Level.LOW: QCoreApplication.translate("NineBoxView", "Potensial rendah"),
        Level.MIDDLE: QCoreApplication.translate("NineBoxView", "Potensial menengah"),
        Level.HIGH: QCoreApplication.translate("NineBoxView", "Potensial tinggi"),
    }[potensial]
    return kinerja_text, potensial_text


def box_label(box: int) -> str:
    """ "Kinerja di atas · Potensial tinggi": a cell's two levels, kinerja first as the slides write it."""
    return " · ".join(_box_label_parts(box))


# -- colours ------------------------------------------------------------------------------------------


def _mix(a: str | QColor, b: str | QColor, t: float) -> QColor:
    """``a`` moved a fraction ``t`` of the way towards ``b``."""
    ca, cb = QColor(a), QColor(b)
    return QColor.fromRgbF(
        ca.redF() + (cb.redF() - ca.redF()) * t,
        ca.greenF() + (cb.greenF() - ca.greenF()) * t,
        ca.blueF() + (cb.blueF() - ca.blueF()) * t,
    )


def _luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def _readable_on(background: QColor, dark: str) -> QColor:
    """Light type or ``dark``, whichever contrasts more with ``background`` (WCAG contrast ratio)."""
    lum = _luminance(background)
    dark_color, light_color = QColor(dark), QColor(palette.TEXT_ON_DARK)
    on_light = (_luminance(light_color) + 0.05) / (lum + 0.05)
    on_dark = (lum + 0.05) / (_luminance(dark_color) + 0.05)
    return light_color if on_light > on_dark else dark_color


def _on_surface(colour: QColor, factor: int) -> QColor:
    """A box colour made to stand out on the theme's surface: darker on a light one, lighter on a dark one."""
    return colour.darker(factor) if _luminance(QColor(palette.SURFACE)) > 0.4 else colour.lighter(factor)


# -- styles -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Spec:
    """Sizes in points (fonts) and scene pixels (everything else) for one look."""

    margin: float
    grid_gap: float
    radius: float
    cell_border: float
    padding: float
    number_pt: float
    label_pt: float
    count_pt: float
    tag_pt: float
    axis_title_pt: float
    axis_level_pt: float
    legend_pt: float
    chip_name_pt: float
    chip_detail_pt: float
    chip_min_width: float
    compact_min_width: float  # one-line chips (name only), before falling back to dots
    chip_gap: float
    chip_pad: float
    chip_border: float
    dot: float
    dot_gap: float
    badge_pt: float
    big_count_pt: float
    big_percent_pt: float
    target_border: float
    selected_border: float
    # Colours as palette token names, looked up when a _Theme is built, so they follow the theme.
    text: str
    muted: str
    chip_border_color: str
    background: str
    tint_strength: float  # 0: palette.BOX_TINTS as they are; towards 1: the box accent colour


NORMAL = _Spec(
    margin=10, grid_gap=8, radius=6, cell_border=1, padding=8,
    number_pt=17, label_pt=8.5, count_pt=10, tag_pt=7, axis_title_pt=10, axis_level_pt=9, legend_pt=8.5,
    chip_name_pt=8.5, chip_detail_pt=7.5, chip_min_width=150, compact_min_width=112, chip_gap=4, chip_pad=4, chip_border=1,
    dot=9, dot_gap=3, badge_pt=9, big_count_pt=26, big_percent_pt=12,
    target_border=3, selected_border=2.5,
    text="TEXT", muted="TEXT_MUTED", chip_border_color="BORDER",
    background="SURFACE", tint_strength=0.0,
)  # fmt: skip
# For a 1024×768 projector seen from the back of a meeting room: every figure at least ~17 pt, pure
# black text, thicker lines and stronger cell colours (projectors wash pale tints out to white).
PRESENTATION = _Spec(
    margin=12, grid_gap=10, radius=8, cell_border=2.5, padding=10,
    number_pt=30, label_pt=12, count_pt=17, tag_pt=10, axis_title_pt=16, axis_level_pt=13, legend_pt=11,
    chip_name_pt=13, chip_detail_pt=10.5, chip_min_width=200, compact_min_width=135, chip_gap=6, chip_pad=6, chip_border=1.5,
    dot=15, dot_gap=4, badge_pt=15, big_count_pt=46, big_percent_pt=20,
    target_border=5, selected_border=4,
    text="WALL_TEXT", muted="WALL_TEXT_MUTED", chip_border_color="WALL_BORDER",
    background="WALL_BACKGROUND", tint_strength=0.28,
)  # fmt: skip


def _spec(presentation: bool) -> _Spec:
    """The wall keeps its sizes (set for the room); the desk map follows the user's font scale."""
    scale = current_font_scale()
    if presentation or scale == 1.0:
        return PRESENTATION if presentation else NORMAL
    scaled = [f.name for f in fields(_Spec) if f.name.endswith(("_pt", "min_width"))]
    return replace(NORMAL, **{name: getattr(NORMAL, name) * scale for name in scaled})


class _Theme:
    """A spec turned into fonts, metrics and derived heights (computed once per style switch)."""

    def __init__(self, spec: _Spec, base: QFont) -> None:
        self.spec = spec

        def font(points: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
            f = QFont(base)
            f.setPointSizeF(points)
            f.setWeight(weight)
            return f

        self.number = font(spec.number_pt, QFont.Weight.Bold)
        self.label = font(spec.label_pt)
        self.count = font(spec.count_pt, QFont.Weight.Bold)
        self.tag = font(spec.tag_pt, QFont.Weight.Bold)
        self.axis_title = font(spec.axis_title_pt, QFont.Weight.Bold)
        self.axis_level = font(spec.axis_level_pt, QFont.Weight.DemiBold)
        self.legend = font(spec.legend_pt)
        self.chip_name = font(spec.chip_name_pt, QFont.Weight.DemiBold)
        self.chip_detail = font(spec.chip_detail_pt)
        self.marker = font(spec.chip_detail_pt, QFont.Weight.Bold)
        self.badge = font(spec.badge_pt, QFont.Weight.Bold)
        self.big_count = font(spec.big_count_pt, QFont.Weight.Bold)
        self.big_percent = font(spec.big_percent_pt, QFont.Weight.DemiBold)

        self.fm_label = QFontMetricsF(self.label)
        self.fm_count = QFontMetricsF(self.count)
        self.fm_tag = QFontMetricsF(self.tag)
        self.fm_number = QFontMetricsF(self.number)
        self.fm_axis_title = QFontMetricsF(self.axis_title)
        self.fm_axis_level = QFontMetricsF(self.axis_level)
        self.fm_legend = QFontMetricsF(self.legend)
        self.fm_chip_name = QFontMetricsF(self.chip_name)
        self.fm_chip_detail = QFontMetricsF(self.chip_detail)
        self.fm_marker = QFontMetricsF(self.marker)
        self.fm_badge = QFontMetricsF(self.badge)

        self.chip_height = (
            2 * spec.chip_pad + self.fm_chip_name.height() + self.fm_chip_detail.height() + spec.chip_pad / 2
        )
        self.compact_height = 1.5 * spec.chip_pad + self.fm_chip_name.height()
        markers = 2 * self.fm_marker.horizontalAdvance("◆") + 6
        # Names hidden, chips only need room for a masked NIP or a few initials.
        self.chip_min_width_hidden = (
            self.fm_chip_detail.horizontalAdvance("1978***********001") + 2 * spec.chip_pad + markers
        )
        self.compact_min_width_hidden = (
            self.fm_chip_name.horizontalAdvance("M.M.M.") + 2 * spec.chip_pad + markers
        )
        # Names shown in a narrow cell: two columns of one-line chips that still hold the first five
        # letters of a name at full size (then "…") beside both markers beat anonymous dots.
        self.compact_min_width_narrow = (
            self.fm_chip_name.horizontalAdvance("Abcde…") + 2 * spec.chip_pad + 6 + markers
        )
        self.badge_height = self.fm_badge.height() + 6
        self.text_color = QColor(getattr(palette, spec.text))
        self.muted_color = QColor(getattr(palette, spec.muted))
        self.background_color = QColor(getattr(palette, spec.background))
        # Dark type for bright number plates: the theme's text where it is dark, else the fixed ink.
        self.ink = self.text_color if _luminance(self.text_color) < 0.2 else QColor(palette.TEXT_ON_LIGHT)
        # Shared by every chip and dot: building pens and colours per item is measurable with thousands.
        self.chip_pen = QPen(QColor(getattr(palette, spec.chip_border_color)), spec.chip_border)
        self.chip_brush = QBrush(QColor(palette.SURFACE))
        self.selected_pen = QPen(QColor(palette.ACCENT), spec.selected_border)
        self.selected_brush = QBrush(QColor(palette.SELECTION))
        self.marker_colors = {
            glyph: QBrush(QColor(color))
            for glyph, color in (("◆", palette.ACCENT), ("▲", palette.SECONDARY), ("▼", palette.WARNING))
        }
        self._dot_styles: dict[tuple[int, str, float], tuple[QPen, QBrush]] = {}

    def dot_style(self, box: int, look: str, diameter: float) -> tuple[QPen, QBrush]:
        """Pen and brush of a dot: "plain" (box colour), "calibrated" (blue ring) or "selected"."""
        key = (box, look, diameter)
        style = self._dot_styles.get(key)
        if style is None:
            if look == "selected":
                pen = QPen(QColor(palette.SURFACE), max(1.5, self.spec.selected_border / 2))
                brush = QBrush(QColor(palette.ACCENT))
            elif look == "calibrated":
                pen = QPen(QColor(palette.ACCENT), max(1.5, diameter / 5))
                brush = QBrush(QColor(palette.SURFACE))
            else:
                accent = QColor(palette.BOX_COLORS[box])
                pen, brush = QPen(accent.darker(170), 1), QBrush(accent)
            style = self._dot_styles[key] = (pen, brush)
        return style


# -- people -------------------------------------------------------------------------------------------


class _Person:
    """One placed person as the map needs them: plain attributes. The view keeps one object per
    person_id across set_people calls (see :class:`_PersonCache`) and refreshes it when its row
    changes, so a change of filter builds nothing for the people it shows again."""

    __slots__ = (
        "box",
        "calibrated",
        "computed_box",
        "jabatan",
        "kinerja",
        "movement",
        "name",
        "nip",
        "person_id",
        "potensial",
        "previous_box",
        "reason",
        "talenta",
        "version",
    )

    def __init__(self, person_id: int) -> None:
        self.person_id = person_id
        self.version = 0  # bumped on every change, so items know to refresh texts and tooltips

    def fill(self, row: tuple) -> None:
        """Take one row of :func:`_python_rows` (``_FIELDS`` order, None for missing)."""
        nip, name, jabatan, box, computed_box, kinerja, potensial, talenta = row[:8]
        calibrated, reason, code, previous_box = row[8:]
        self.nip = "" if nip is None else str(nip)
        self.name = "" if name is None else str(name)
        self.jabatan = None if jabatan is None else str(jabatan)
        self.box, self.computed_box = box, computed_box
        self.kinerja, self.potensial, self.talenta = kinerja, potensial, talenta
        self.calibrated, self.reason = calibrated, None if reason is None else str(reason)
        self.movement, self.previous_box = _ARROW.get(code), previous_box
        self.version += 1

    def sort_key(self) -> tuple:
        """Within a cell: best nilai talenta first; people without one last; then by name."""
        return (self.talenta is None, -(self.talenta or 0.0), self.name, self.person_id)


# The columns of a person, as set_people reads them from the frame (and the cache compares them).
_FIELDS = (
    "nip",
    "name",
    "jabatan",
    "box",
    "computed_box",
    "kinerja",
    "potensial",
    "talenta",
    "calibrated",
    "reason",
    "movement",
    "previous_box",
)
_FLOAT_FIELDS = frozenset({"computed_box", "kinerja", "potensial", "talenta", "previous_box"})
_TEXT_FIELDS = frozenset({"nip", "name", "jabatan", "reason"})
_TEXT_COLUMNS = {"nip": "nip", "name": "nama_lengkap", "jabatan": "jabatan", "reason": "calibration_reason"}
_FLOAT_COLUMNS = {
    "computed_box": "computed_box",
    "kinerja": "nilai_kinerja",
    "potensial": "nilai_potensial",
    "talenta": "nilai_talenta",
    "previous_box": "previous_box",
}


def _float_column(frame: pd.DataFrame, column: str) -> np.ndarray:
    """A numeric column as float64, NaN for missing (NaN, <NA>) or an absent column."""
    if column not in frame.columns:
        return np.full(len(frame), np.nan)
    return frame[column].to_numpy(dtype="float64", na_value=np.nan)


def _object_column(frame: pd.DataFrame, column: str, rows: np.ndarray) -> np.ndarray:
    """A column's ``rows`` (a boolean mask) as Python objects, None for missing (NaN, <NA>) or an
    absent column."""
    if column not in frame.columns:
        return np.full(int(rows.sum()), None, dtype=object)
    values = np.asarray(frame[column].to_numpy(dtype=object))[rows]  # a copy: safe to change
    values[pd.isna(values)] = None
    return values


def _frame_columns(frame: pd.DataFrame) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """person_id and the ``_FIELDS`` of the rows placed in a box 1–9, as numpy arrays (no Python loop).

    Values are kept as the frame has them (floats with NaN, objects with None) so the cache can compare
    them with what it built its people from; :meth:`_Person.fill` turns one row into attributes."""
    box = np.trunc(_float_column(frame, "box"))
    with np.errstate(invalid="ignore"):
        keep = (box >= 1) & (box <= 9)  # NaN (not mapped) compares False
    columns: dict[str, np.ndarray] = {"box": box[keep].astype(np.int64)}
    for field, column in _FLOAT_COLUMNS.items():
        values = _float_column(frame, column)[keep]
        columns[field] = np.trunc(values) if field.endswith("box") else values  # boxes as int() has them
    for field, column in _TEXT_COLUMNS.items():
        columns[field] = _object_column(frame, column, keep)
    if "calibrated" in frame.columns:
        columns["calibrated"] = frame["calibrated"].fillna(False).astype(bool).to_numpy()[keep]
    else:
        columns["calibrated"] = np.zeros(int(keep.sum()), dtype=bool)
    if "movement" in frame.columns:
        columns["movement"] = _object_column(frame, "movement", keep)
    else:
        columns["movement"] = talent_movement(frame).to_numpy(dtype=object)[keep]
    person_ids = frame["person_id"].to_numpy()[keep].astype(np.int64)
    duplicated = pd.Index(person_ids).duplicated(keep="last")
    if duplicated.any():  # one row per person: the last one wins, as a dict keyed by person_id would
        person_ids = person_ids[~duplicated]
        columns = {field: values[~duplicated] for field, values in columns.items()}
    return person_ids, columns


def _python_rows(columns: dict[str, np.ndarray], rows: np.ndarray) -> zip:
    """These rows as tuples of Python values for :meth:`_Person.fill`: None for missing (NaN, None,
    empty text), int boxes, float scores — converted a column at a time, not value by value."""
    values = []
    for field in _FIELDS:
        column = columns[field][rows]
        if field in _FLOAT_FIELDS:
            missing = np.isnan(column)
            if field.endswith("box"):
                column = np.where(missing, 0, column).astype(np.int64)
            column = column.astype(object)
            column[missing] = None
        elif field in _TEXT_FIELDS:
            column = column.copy()
            column[column == ""] = None
        values.append(column.tolist())
    return zip(*values, strict=True)


def _same(a: np.ndarray, b: np.ndarray, field: str) -> np.ndarray:
    if field in _FLOAT_FIELDS:
        return (a == b) | (np.isnan(a) & np.isnan(b))
    return np.asarray(a == b, dtype=bool)


class _PersonCache:
    """Every person a view has been given, by person_id, with the values they were built from.

    A change of filter hands the view a subset of the same frame again; looking the rows up here and
    comparing them column by column (in numpy) finds the few people whose data changed — or all of
    them when another period or a re-mapped frame is loaded — and only those are (re)filled. The
    cache also keeps every person's rank in the within-cell order, so ordering a subset is one integer
    sort instead of a Python sort per cell."""

    def __init__(self) -> None:
        self.index = pd.Index(np.empty(0, dtype=np.int64))
        self.people = np.empty(0, dtype=object)
        self.values: dict[str, np.ndarray] = {}
        self.rank = np.empty(0, dtype=np.int64)

    def lookup(self, person_ids: np.ndarray, columns: dict[str, np.ndarray]) -> np.ndarray:
        """Positions in the cache of these rows' people, each one up to date with its row."""
        positions = self.index.get_indexer(person_ids) if len(self.index) else np.full(len(person_ids), -1)
        known = np.flatnonzero(positions >= 0)
        at = positions[known]
        same = np.ones(len(known), dtype=bool)
        reorder = False
        for field in _FIELDS:
            equal = _same(self.values[field][at], columns[field][known], field) if len(known) else same
            same &= equal
            if field in ("name", "talenta") and not equal.all():
                reorder = True
        changed = known[~same]
        if len(changed):
            rows = _python_rows(columns, changed)
            for person, row in zip(self.people[positions[changed]].tolist(), rows, strict=True):
                person.fill(row)
            for field in _FIELDS:
                self.values[field][positions[changed]] = columns[field][changed]
        new = np.flatnonzero(positions < 0)
        if len(new):
            fresh = []
            rows = _python_rows(columns, new)
            for pid, row in zip(person_ids[new].tolist(), rows, strict=True):
                person = _Person(pid)
                person.fill(row)
                fresh.append(person)
            start = len(self.people)
            added = np.empty(len(fresh), dtype=object)
            added[:] = fresh
            self.people = np.concatenate([self.people, added])
            self.index = pd.Index(np.concatenate([self.index.to_numpy(), person_ids[new]]))
            for field in _FIELDS:
                old = self.values.get(field)
                values = columns[field][new]
                self.values[field] = values.copy() if old is None else np.concatenate([old, values])
            positions[new] = np.arange(start, start + len(new))
            reorder = True
        if reorder:
            self._rank()
        return positions

    def forget(self, person_id: int) -> None:
        """The view changed this person (a committed move): rebuild them from their next row."""
        if person_id in self.index:
            self.values["box"][self.index.get_loc(person_id)] = 0  # never a box: always "changed"

    def _rank(self) -> None:
        """Everyone's place in the order of :meth:`_Person.sort_key`, computed with numpy."""
        people = self.people.tolist()
        names = [person.name for person in people]
        by_name = sorted(range(len(names)), key=names.__getitem__)
        sorted_names = np.array(names, dtype=object)[by_name]
        first = np.ones(len(names), dtype=bool)
        first[1:] = sorted_names[1:] != sorted_names[:-1]
        name_code = np.empty(len(names), dtype=np.int64)
        name_code[by_name] = np.cumsum(first)
        talenta = self.values["talenta"]
        missing = np.isnan(talenta)
        pids = self.index.to_numpy()
        order = np.lexsort((pids, name_code, np.where(missing, 0.0, -talenta), missing))
        self.rank = np.empty(len(people), dtype=np.int64)
        self.rank[order] = np.arange(len(people))


class _ShownPeople(Mapping):
    """person_id -> _Person for the rows of the last set_people: a view on the cache, so a change of
    filter does not build a 20,000-entry dict."""

    def __init__(self, cache: _PersonCache, positions: np.ndarray) -> None:
        self._cache, self._positions = cache, positions
        self._shown = np.zeros(len(cache.people), dtype=bool)
        self._shown[positions] = True

    def __getitem__(self, person_id) -> _Person:
        try:
            position = self._cache.index.get_loc(person_id)
        except (KeyError, TypeError, InvalidIndexError):
            raise KeyError(person_id) from None
        # A cache shared with another view (the projector's) may have grown since: not shown here.
        if (
            not isinstance(position, int | np.integer)
            or position >= len(self._shown)
            or not self._shown[position]
        ):
            raise KeyError(person_id)
        return self._cache.people[position]

    def __iter__(self):
        return iter(self._cache.index.to_numpy()[self._positions].tolist())

    def __len__(self) -> int:
        return len(self._positions)

    def values(self) -> list[_Person]:  # in the frame's order
        return self._cache.people[self._positions].tolist()


# -- items --------------------------------------------------------------------------------------------


def _rounded(rect: QRectF, radius: float) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    return path


def _text(parent: QGraphicsItem | None, font: QFont, color: QColor) -> QGraphicsSimpleTextItem:
    item = QGraphicsSimpleTextItem(parent)
    item.setFont(font)
    item.setBrush(color)
    item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    return item


class PersonChip(QGraphicsPathItem):
    """A person as a small card: name (or initials) and jabatan (or masked NIP), with markers."""

    def __init__(self, person: _Person) -> None:
        super().__init__()
        self.person = person
        self.selected = False
        self.compact = False
        self.content_key: tuple | None = None
        self.shape_key: tuple | None = None
        self.title = QGraphicsSimpleTextItem(self)
        self.detail = QGraphicsSimpleTextItem(self)
        self.movement_mark = QGraphicsSimpleTextItem(self)
        self.calibration_mark = QGraphicsSimpleTextItem(self)
        for child in (self.title, self.detail, self.movement_mark, self.calibration_mark):
            child.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(Z_PERSON)

    def sync(self, theme: _Theme, width: float, hidden: bool, compact: bool = False) -> None:
        """Shape and texts for this width; skipped when nothing they depend on changed. A compact chip
        is one line: the name (or initials) only."""
        # The theme and the person themselves (compared by identity) are part of the key: a chip is
        # handed another person when a change of filter reuses it.
        key = (theme, width, hidden, compact, self.person, self.person.version, self.selected)
        if key == self.content_key:
            return
        shape = (theme, width, compact, self.selected)
        if shape != self.shape_key:
            self.shape_key = shape
            height = theme.compact_height if compact else theme.chip_height
            self.setPath(_rounded(QRectF(0, 0, width, height), 4))
            self.setPen(theme.selected_pen if self.selected else theme.chip_pen)
            self.setBrush(theme.selected_brush if self.selected else theme.chip_brush)
        self.content_key = key
        self.compact = compact
        spec, person = theme.spec, self.person

        right = width - spec.chip_pad - 2
        top = spec.chip_pad * (0.75 if compact else 1)
        for mark, glyph, shown in (
            (self.calibration_mark, "◆", person.calibrated),
            (self.movement_mark, "▲" if person.movement == 1 else "▼", person.movement in (1, -1)),
        ):
            mark.setVisible(bool(shown))
            if shown:
                mark.setFont(theme.marker)
                mark.setBrush(theme.marker_colors[glyph])
                mark.setText(glyph)
                advance = theme.fm_marker.horizontalAdvance(glyph)
                right -= advance
                mark.setPos(right, top + (theme.fm_chip_name.height() - theme.fm_marker.height()) / 2)
                right -= 2
        text_left = spec.chip_pad + 2
        room = max(0.0, right - text_left - 2)
        title = initials(person.name) if hidden else person.name
        if theme.fm_chip_name.horizontalAdvance(title) > room and not hidden:
            title = split_gelar(title)[1]  # gelar go first, the name itself only when it must
        detail = mask_nip(person.nip) if hidden else (person.jabatan or "—")
        self.title.setFont(theme.chip_name)
        self.title.setBrush(theme.text_color)
        self.title.setText(theme.fm_chip_name.elidedText(title, Qt.TextElideMode.ElideRight, room))
        self.title.setPos(text_left, top)
        self.detail.setVisible(not compact)
        self.detail.setFont(theme.chip_detail)
        self.detail.setBrush(theme.muted_color)
        self.detail.setText(
            theme.fm_chip_detail.elidedText(
                detail, Qt.TextElideMode.ElideRight, max(0.0, width - text_left - spec.chip_pad)
            )
        )
        self.detail.setPos(text_left, top + theme.fm_chip_name.height() + spec.chip_pad / 2)

    def set_selected(self, selected: bool) -> None:
        self.selected = selected
        self.content_key = None
        self.setZValue(Z_SELECTED if selected else Z_PERSON)

    def texts(self) -> list[str]:
        return [item.text() for item in (self.title, self.detail) if item.isVisible()]


class PersonDot(QGraphicsEllipseItem):
    """A person as one dot in a crowded cell; calibrated people are a hollow blue ring."""

    def __init__(self, person: _Person) -> None:
        super().__init__()
        self.person = person
        self.selected = False
        self.content_key: tuple | None = None
        self.setZValue(Z_PERSON)

    def sync(self, theme: _Theme, diameter: float, hidden: bool) -> None:
        # A dot only shows its box and whether it is calibrated or selected: when a change of filter
        # hands it another person who looks the same, nothing changes and nothing is repainted.
        person = self.person
        look = "selected" if self.selected else "calibrated" if person.calibrated else "plain"
        key = (theme, diameter, person.box, look)
        if key == self.content_key:
            return
        self.content_key = key
        if look == "selected":  # a larger solid blue dot, ringed white so it stands out on any tint
            grow = max(2.0, diameter * 0.35)
            self.setRect(QRectF(-grow, -grow, diameter + 2 * grow, diameter + 2 * grow))
        elif look == "calibrated":  # hollow, blue-ringed: visible on every box colour
            ring = max(1.5, diameter / 5)
            self.setRect(QRectF(ring / 2, ring / 2, diameter - ring, diameter - ring))
        else:
            self.setRect(QRectF(0, 0, diameter, diameter))
        pen, brush = theme.dot_style(person.box, look, diameter)
        self.setPen(pen)
        self.setBrush(brush)

    def set_selected(self, selected: bool) -> None:
        self.selected = selected
        self.content_key = None
        self.setZValue(Z_SELECTED if selected else Z_PERSON)

    def texts(self) -> list[str]:
        return []


PersonItem = PersonChip | PersonDot


class MoreBadge(QGraphicsPathItem):
    """ "+N": the people of a crowded cell that are not drawn; clicking it opens the box's list."""

    def __init__(self, cell: Cell) -> None:
        super().__init__(cell)
        self.box = cell.box
        self.hidden_count = 0
        self.label = _text(self, QFont(), QColor(palette.ACCENT))
        self.setZValue(Z_BADGE)

    def show_count(self, theme: _Theme, count: int, right: float, bottom: float) -> None:
        """Place the badge with its bottom-right corner at (right, bottom), cell coordinates."""
        self.hidden_count = count
        text = "+" + QLocale().toString(count)
        self.label.setFont(theme.badge)
        self.label.setText(text)
        width = theme.fm_badge.horizontalAdvance(text) + 16
        height = theme.badge_height
        self.setPath(_rounded(QRectF(0, 0, width, height), height / 2))
        self.setPen(QPen(QColor(palette.ACCENT), max(1.0, theme.spec.cell_border)))
        self.setBrush(QColor(palette.SURFACE))
        self.label.setPos(8, (height - theme.fm_badge.height()) / 2)
        self.setPos(right - width, bottom - height)
        self.setToolTip(
            QCoreApplication.translate(
                "NineBoxView",
                "{0} orang lainnya di kotak ini tidak digambar. Klik untuk membuka daftar lengkapnya.",
            ).format(QLocale().toString(count))
        )
        self.show()


class Cell(QGraphicsPathItem):
    """One box: tinted background, number badge, label, count and percentage; the drop target."""

    def __init__(self, box: int) -> None:
        super().__init__()
        self.box = box
        self.rect = QRectF()
        self.body = QRectF()  # where people go, in scene coordinates
        self.count = 0
        self.percent = 0.0
        self.drop_target = False
        self.theme: _Theme | None = None
        self.text_left = self.text_width = self.tag_width = self.count_room = 0.0
        self.short_counts = False
        self.setZValue(Z_CELL)
        self.number_plate = QGraphicsPathItem(self)
        self.number = _text(self, QFont(), QColor())
        self.label = _text(self, QFont(), QColor())
        self.label2 = _text(self, QFont(), QColor())
        self.count_text = _text(self, QFont(), QColor())
        self.tag = QGraphicsPathItem(self)
        self.tag_text = _text(self.tag, QFont(), QColor())
        self.big_count = _text(self, QFont(), QColor())
        self.big_percent = _text(self, QFont(), QColor())
        self.badge = MoreBadge(self)
        self.badge.hide()
        for item in (self.number_plate, self.tag):
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.tag.setVisible(is_talent_pool(box))
        self.tag.setToolTip(
            QCoreApplication.translate("NineBoxView", "Talent pool: Kelompok Rencana Suksesi (KRS)")
        )
        self.setToolTip(self._tooltip())

    def _tooltip(self) -> str:
        title = QCoreApplication.translate("NineBoxView", "Kotak {0}").format(self.box)
        rekomendasi = QCoreApplication.translate("NineBoxView", "Rekomendasi: {0}").format(
            REKOMENDASI[self.box]
        )
        hint = QCoreApplication.translate(
            "NineBoxView", "Klik dua kali untuk membuka daftar pegawai di kotak ini."
        )
        return (
            f"<qt><b>{html.escape(title)}</b> — {html.escape(box_label(self.box))}"
            f"<br>{html.escape(rekomendasi)}<br><i>{html.escape(hint)}</i></qt>"
        )

    def retranslate(self) -> None:
        self.setToolTip(self._tooltip())
        self.tag.setToolTip(
            QCoreApplication.translate("NineBoxView", "Talent pool: Kelompok Rencana Suksesi (KRS)")
        )

    def background(self) -> tuple[QBrush, QPen]:
        theme, spec = self.theme, self.theme.spec
        accent = QColor(palette.BOX_COLORS[self.box])
        fill = _mix(palette.BOX_TINTS[self.box], accent, spec.tint_strength)
        if self.drop_target:
            return QBrush(_mix(fill, theme.background_color, 0.45)), QPen(
                QColor(palette.ACCENT), spec.target_border
            )
        border = _mix(accent, theme.text_color, 0.25 if spec.tint_strength else 0.0)
        return QBrush(fill), QPen(border, spec.cell_border)

    def set_drop_target(self, on: bool) -> None:
        if on != self.drop_target:
            self.drop_target = on
            brush, pen = self.background()
            self.setBrush(brush)
            self.setPen(pen)

    def layout(self, theme: _Theme, rect: QRectF, counts_only: bool, stacked: bool, plate: float) -> None:
        """Geometry of the cell and its header; people are placed by the view afterwards.

        The header is a square number plate with, beside it, the label (on two lines when ``stacked``,
        decided by the view for all cells at once so headers stay aligned) and the count line."""
        self.theme, self.rect = theme, QRectF(rect)
        spec = theme.spec
        self.setPos(rect.topLeft())
        w, h = rect.width(), rect.height()
        inset = spec.cell_border / 2
        self.setPath(_rounded(QRectF(inset, inset, w - 2 * inset, h - 2 * inset), spec.radius))
        brush, pen = self.background()
        self.setBrush(brush)
        self.setPen(pen)

        p = spec.padding
        accent = QColor(palette.BOX_COLORS[self.box])
        self.number_plate.setPath(_rounded(QRectF(p, p, plate, plate), max(3.0, spec.radius - 2)))
        self.number_plate.setBrush(accent)
        self.number_plate.setPen(
            QPen(accent.darker(135), 1) if _luminance(accent) > 0.5 else QPen(Qt.PenStyle.NoPen)
        )
        digit = str(self.box)
        self.number.setFont(theme.number)
        self.number.setBrush(_readable_on(accent, theme.ink))
        self.number.setText(digit)
        ink = theme.fm_number.tightBoundingRect(digit)
        self.number.setPos(
            p + (plate - ink.width()) / 2 - ink.left(),
            p + (plate - ink.height()) / 2 - (theme.fm_number.ascent() + ink.top()),
        )

        self.text_left = text_left = p + plate + p
        self.text_width = text_width = max(0.0, w - text_left - p)
        label_lines = 2 if stacked else 1
        block = label_lines * theme.fm_label.height() + 2 + theme.fm_count.height()
        top = p + (plate - block) / 2
        count_y = top + label_lines * theme.fm_label.height() + 2
        # The KRS tag sits at the right end of a line with room for it: the first label line when the
        # label is stacked (short lines), else the count line.
        self.tag_width = 0.0
        if self.tag.isVisible():
            tag_text = QCoreApplication.translate("NineBoxView", "KRS")
            self.tag_text.setFont(theme.tag)
            self.tag_text.setBrush(_on_surface(accent, 170))
            self.tag_text.setText(tag_text)
            tag_w = theme.fm_tag.horizontalAdvance(tag_text) + 12
            tag_h = theme.fm_tag.height() + 2
            self.tag.setPath(_rounded(QRectF(0, 0, tag_w, tag_h), tag_h / 2))
            self.tag.setPen(QPen(_on_surface(accent, 130), max(1.0, spec.cell_border * 0.6)))
            self.tag.setBrush(QColor(palette.SURFACE))
            self.tag_text.setPos(6, 1)
            if stacked:
                self.tag.setPos(w - p - tag_w, top + (theme.fm_label.height() - tag_h) / 2)
            else:
                self.tag.setPos(w - p - tag_w, count_y + (theme.fm_count.height() - tag_h) / 2)
            self.tag_width = tag_w + 8
        labels = _box_label_parts(self.box) if stacked else (box_label(self.box), "")
        for item, text, y, width in (
            (self.label, labels[0], top, text_width - (self.tag_width if stacked else 0.0)),
            (self.label2, labels[1], top + theme.fm_label.height(), text_width),
        ):
            item.setFont(theme.label)
            item.setBrush(theme.muted_color)
            item.setText(theme.fm_label.elidedText(text, Qt.TextElideMode.ElideRight, max(0.0, width)))
            item.setPos(text_left, y)
        self.label2.setVisible(stacked)
        self.count_room = text_width - (0.0 if stacked else self.tag_width)
        self.count_text.setFont(theme.count)
        self.count_text.setBrush(theme.text_color)
        self.count_text.setPos(text_left, count_y)

        header_bottom = p + plate + p
        self.body = QRectF(
            rect.left() + p, rect.top() + header_bottom, w - 2 * p, max(0.0, h - header_bottom - p)
        )
        self.count_text.setVisible(not counts_only)
        self.big_count.setVisible(counts_only)
        self.big_percent.setVisible(counts_only)
        self.big_count.setFont(theme.big_count)
        self.big_count.setBrush(theme.text_color)
        self.big_percent.setFont(theme.big_percent)
        self.big_percent.setBrush(theme.muted_color)
        self._refresh_texts()

    def set_count(self, count: int, percent: float) -> None:
        self.count, self.percent = count, percent
        if self.theme is not None:
            self._refresh_texts()

    def percent_text(self) -> str:
        return QLocale().toString(self.percent, "f", 1) + "%"

    def count_line(self, short: bool) -> str:
        """ "119 orang · 5,8%", or "119 · 5,8%" where that does not fit (figures are never elided)."""
        if short:
            return f"{QLocale().toString(self.count)} · {self.percent_text()}"
        # not a %Ln plural: lupdate marks QCoreApplication.translate calls as plain messages, and Qt does not
        # find a plain message asked for with a count
        people = QCoreApplication.translate("NineBoxView", "{0} orang").format(QLocale().toString(self.count))
        return f"{people} · {self.percent_text()}"

    def count_line_fits(self) -> bool:
        return self.theme.fm_count.horizontalAdvance(self.count_line(False)) <= self.count_room

    def set_short_counts(self, short: bool) -> None:
        if short != self.short_counts:
            self.short_counts = short
            self.count_text.setText(self.count_line(short))

    def _refresh_texts(self) -> None:
        self.count_text.setText(self.count_line(self.short_counts))
        # Counts-only: the figure large in the middle of the body, its percentage beneath it.
        self.big_count.setText(QLocale().toString(self.count))
        self.big_percent.setText(self.percent_text())
        big = self.big_count.boundingRect()
        small = self.big_percent.boundingRect()
        body = self.body.translated(-self.rect.topLeft())
        block = big.height() + small.height()
        top = body.top() + max(0.0, (body.height() - block) / 2)
        self.big_count.setPos(body.center().x() - big.width() / 2, top)
        self.big_percent.setPos(body.center().x() - small.width() / 2, top + big.height())

    def texts(self) -> list[str]:
        items = (
            self.number,
            self.label,
            self.label2,
            self.count_text,
            self.tag_text,
            self.big_count,
            self.big_percent,
        )
        return [item.text() for item in items if item.isVisible()]


@dataclass
class _Drag:
    person_id: int
    from_box: int
    press_scene: QPointF
    origin: QPointF
    active: bool = False
    target: int | None = None


@dataclass(frozen=True)
class _Plan:
    """How a cell shows its people for the current size and count."""

    kind: str  # "chips" | "compact" (one line: the name only) | "dots" | "none"
    visible: int
    columns: int
    item_width: float  # chip width or dot diameter
    pitch_x: float
    pitch_y: float
    hidden: int


# -- the view -----------------------------------------------------------------------------------------


class NineBoxView(QGraphicsView):
    """The nine-box of one period for the people given to :meth:`set_people`."""

    personSelected = Signal(int)  # person_id; -1 when the selection is cleared
    moveRequested = Signal(int, int, int)  # person_id, from_box, to_box
    boxActivated = Signal(int)  # box number: "+N" badge clicked or a cell double-clicked

    def __init__(self, parent=None, *, interactive: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("NineBoxView")
        self.setAccessibleName(self.tr("Peta talenta sembilan kotak"))
        self.interactive = interactive
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        # One rectangle around everything that changed: a change of filter touches items all over the
        # grid, and clipping each paint to hundreds of small rectangles costs more than it saves.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.viewport().setMouseTracking(True)
        self.setMinimumSize(320, 240)

        self._presentation = False
        self._names_hidden = False
        self._counts_only = False
        self._theme = _Theme(_spec(False), self.font())

        self._cache = _PersonCache()
        self._people: Mapping[int, _Person] = {}
        self._pid_by_nip: dict[str, int] | None = {}  # built when first asked for
        self._by_box: dict[int, list[_Person]] = {box: [] for box in BOXES}
        # Per cell, its drawn items in reading order ("slots"); a re-layout hands them the people it
        # now shows instead of replacing them. _items maps the same items by person_id.
        self._slots: dict[int, list[PersonItem]] = {box: [] for box in BOXES}
        self._items: dict[int, dict[int, PersonItem]] = {box: {} for box in BOXES}
        self._legend_key: tuple | None = None
        self._has_movement = False
        self._selected: int | None = None
        self._target: int | None = None  # keyboard move target cell
        self._drag: _Drag | None = None
        self._badge_press: int | None = None

        self._cells = {box: Cell(box) for box in BOXES}
        for cell in self._cells.values():
            self._scene.addItem(cell)
        self._axis_title_x = _text(None, QFont(), QColor())
        self._axis_title_y = _text(None, QFont(), QColor())
        self._axis_title_y.setRotation(-90)
        self._col_labels = {level: _text(None, QFont(), QColor()) for level in Level}
        self._row_labels = {level: _text(None, QFont(), QColor()) for level in Level}
        for item in self._row_labels.values():
            item.setRotation(-90)
        self._total_text = _text(None, QFont(), QColor())
        self._legend: list[QGraphicsSimpleTextItem] = []
        for item in (
            self._axis_title_x,
            self._axis_title_y,
            self._total_text,
            *self._col_labels.values(),
            *self._row_labels.values(),
        ):
            self._scene.addItem(item)
        self._apply_background()
        self._relayout()
        self._describe()

    # -- public API ------------------------------------------------------------------------------------

    def set_interactive(self, on: bool) -> None:
        """Whether people can be moved (drag, or arrows and Enter); off on the projector and for a role
        that may not calibrate, where a click only selects and shows the person."""
        self.interactive = on
        if not on:
            self._cancel_drag()
            self._target = None
            self._refresh_targets()
        self._describe()

    def _describe(self) -> None:
        on = self.interactive
        self.setAccessibleDescription(
            self.tr(
                "Pilih pegawai dengan klik; Tab berpindah ke pegawai berikutnya di kotak yang sama. "
                "Panah memilih kotak tujuan, Enter mengusulkan pemindahan, Esc membatalkan."
            )
            if on
            else self.tr(
                "Pilih pegawai dengan klik untuk melihat nilainya; Tab berpindah ke pegawai berikutnya di "
                "kotak yang sama. Peta ini hanya dapat dilihat."
            )
        )

    def sizeHint(self) -> QSize:
        return QSize(1000, 640)

    def set_people(self, frame: pd.DataFrame) -> None:
        """Show these people (one row each; rows without a box are not on the map).

        A change of filter calls this with a subset of the same frame again and again, so nothing here
        loops over people in Python: the rows are read as numpy columns, people are reused from
        earlier calls unless their row changed, and one integer sort orders every cell."""
        self._cancel_drag()
        self._target = None
        self._has_movement = "movement" in frame.columns or "previous_box" in frame.columns
        person_ids, columns = _frame_columns(frame)
        positions = self._cache.lookup(person_ids, columns)
        boxes = columns["box"]
        order = np.lexsort((self._cache.rank[positions], boxes))
        ordered = self._cache.people[positions[order]].tolist()
        bounds = np.searchsorted(boxes[order], np.arange(1, 11)).tolist()
        self._by_box = {box: ordered[bounds[box - 1] : bounds[box]] for box in BOXES}
        self._people = _ShownPeople(self._cache, positions)
        self._pid_by_nip = None
        previous_selection = self._selected
        self._selected = previous_selection if previous_selection in self._people else None
        self._lay_out_people()
        if previous_selection is not None and self._selected is None:
            self.personSelected.emit(-1)

    @staticmethod
    def prepare_people(frame: pd.DataFrame) -> _PersonCache:
        """Everyone of a freshly read map built as the view needs them, without touching Qt: a page
        calls this in its background read, so that the first ``set_people`` of a new period (tens of
        thousands of people to build) costs the UI thread only the layout. Hand it to ``adopt_people``."""
        cache = _PersonCache()
        person_ids, columns = _frame_columns(frame)
        cache.lookup(person_ids, columns)
        return cache

    def adopt_people(self, cache: _PersonCache) -> None:
        """Use people built by ``prepare_people`` (or another view's, see ``share_people``) from now on;
        the next ``set_people`` finds them up to date. Items are handed their person on every layout, so
        nothing still refers to the old ones after it."""
        self._cache = cache

    def share_people(self, other: NineBoxView) -> None:
        """Show the same people objects as ``other`` (the projector mirrors the operator's view): they are
        built once, not once per view."""
        self._cache = other._cache

    def cell_center(self, box: int) -> QPointF:
        """Scene coordinates of the middle of a box's cell."""
        return self._cells[box].rect.center()

    def cell_rect(self, box: int) -> QRectF:
        """Scene rectangle of a box's cell."""
        return QRectF(self._cells[box].rect)

    def person_item(self, nip: str) -> QGraphicsItem | None:
        """The chip or dot drawn for this NIP, or None when the person is not drawn (absent, behind a
        "+N" badge, or counts-only mode)."""
        if self._pid_by_nip is None:
            self._pid_by_nip = {p.nip: p.person_id for p in self._people.values()}
        pid = self._pid_by_nip.get(nip)
        if pid is None:
            return None
        return self._items[self._people[pid].box].get(pid)

    def select_person(self, person_id: int | None) -> None:
        """Select (and highlight) a person, drawing them even in a crowded cell; None or an unknown id
        clears the selection. Emits personSelected when the selection changes."""
        if person_id is not None and person_id not in self._people:
            person_id = None
        if person_id == self._selected:
            return
        old = self._selected
        self._selected = person_id
        self._target = None
        self._refresh_targets()
        for pid in (old, person_id):
            if pid is None or pid not in self._people:
                continue
            box = self._people[pid].box
            item = self._items[box].get(pid)
            if pid == person_id and item is None:
                self._layout_cell(box)  # crowded cell: make room for the selected person
                continue
            if item is not None:
                item.set_selected(pid == person_id)
                self._sync_item(item)
                if pid == old and self._plan_for(box).visible <= self._index_in_cell(pid):
                    self._layout_cell(box)  # it was only drawn because it was selected
        self.personSelected.emit(-1 if person_id is None else person_id)

    def selected_person_id(self) -> int | None:
        return self._selected

    def apply_move(self, person_id: int, to_box: int, *, calibrated: bool, reason: str | None = None) -> None:
        """The service committed a move: the person now lives in ``to_box``. Only the two affected
        cells are re-laid out, so this stays fast with tens of thousands of people."""
        if to_box not in self._cells:
            raise ValueError(f"nomor kotak harus 1–9: {to_box!r}")
        person = self._people.get(person_id)
        if person is None:
            raise KeyError(person_id)
        self._cancel_drag()
        self._target = None
        self._refresh_targets()
        from_box = person.box
        if from_box != to_box:
            members = self._by_box[from_box]
            index = bisect.bisect_left(members, person.sort_key(), key=_Person.sort_key)
            if index >= len(members) or members[index] is not person:
                index = members.index(person)
            del members[index]
            person.box = to_box
            bisect.insort(self._by_box[to_box], person, key=_Person.sort_key)
        person.calibrated = calibrated
        person.reason = reason if calibrated else None
        if person.previous_box is not None:
            person.movement = _ARROW.get(move_direction(person.previous_box, to_box))
        person.version += 1
        self._cache.forget(person_id)  # the next set_people takes them from the (updated) frame again
        self._update_counts((from_box, to_box))
        for box in (from_box, to_box) if from_box != to_box else (to_box,):
            self._layout_cell(box)
        self._layout_legend()

    def set_names_hidden(self, hidden: bool) -> None:
        """Projector privacy: initials and masked NIP instead of names and jabatan, also in tooltips."""
        if hidden != self._names_hidden:
            self._names_hidden = hidden
            self._relayout()

    def names_hidden(self) -> bool:
        return self._names_hidden

    def set_counts_only(self, on: bool) -> None:
        """Only number, label, count and percentage per box; no people drawn."""
        if on != self._counts_only:
            self._counts_only = on
            self._cancel_drag()
            self._relayout()

    def counts_only(self) -> bool:
        return self._counts_only

    def set_presentation(self, on: bool) -> None:
        """Large type and high contrast for a projector."""
        if on != self._presentation:
            self._presentation = on
            self._theme = _Theme(_spec(on), self.font())
            self._apply_background()
            self._relayout()

    def presentation(self) -> bool:
        return self._presentation

    def box_counts(self) -> dict[int, int]:
        return {box: len(self._by_box[box]) for box in BOXES}

    def box_percentages(self) -> dict[int, float]:
        """Per box, percent of the people on the map (rounded to one decimal as drawn)."""
        return {box: self._cells[box].percent for box in BOXES}

    def box_at(self, scene_pos: QPointF) -> int | None:
        """The box whose cell contains a scene point (None in gaps and margins)."""
        for box, cell in self._cells.items():
            if cell.rect.contains(scene_pos):
                return box
        return None

    def drawn_texts(self) -> list[str]:
        """Every text the map currently draws or shows as a tooltip (for privacy checks and tests)."""
        texts = []
        for item in self._scene.items():
            if isinstance(item, QGraphicsSimpleTextItem) and item.isVisible():
                texts.append(item.text())
            if item.toolTip():
                texts.append(item.toolTip())
            if isinstance(item, PersonChip | PersonDot):
                texts.append(self.person_tooltip(item.person.person_id))
        return texts

    # -- layout ----------------------------------------------------------------------------------------

    def _apply_background(self) -> None:
        self.setBackgroundBrush(self._theme.background_color)

    def _scene_size(self) -> QSize:
        size = self.viewport().size()
        return QSize(max(size.width(), MIN_LAYOUT_SIZE.width()), max(size.height(), MIN_LAYOUT_SIZE.height()))

    def _relayout(self) -> None:
        """Lay out the frame (axes, legend) and every cell for the current viewport size."""
        self._cancel_drag()
        size = self._scene_size()
        self._scene.setSceneRect(QRectF(0, 0, size.width(), size.height()))
        theme, spec = self._theme, self._theme.spec
        width, height = float(size.width()), float(size.height())

        title_h = theme.fm_axis_title.height()
        level_h = theme.fm_axis_level.height()
        left = spec.margin + title_h + 4 + level_h + 6
        bottom_strip = 4 + level_h + 4 + max(title_h, theme.fm_legend.height())
        top = spec.margin
        grid = QRectF(left, top, width - left - spec.margin, height - top - spec.margin - bottom_strip)
        gap = spec.grid_gap
        cell_w = (grid.width() - 2 * gap) / 3
        cell_h = (grid.height() - 2 * gap) / 3
        self._grid = grid

        # One header height for every cell, so the people of a row start on one line: the label goes
        # on two lines (kinerja / potensial) when any cell's label would not fit on one.
        count_block = 2 + theme.fm_count.height()
        plate = max(theme.fm_number.height() * 1.05, theme.fm_label.height() + count_block)
        label_width = cell_w - 3 * spec.padding - plate
        stacked = any(theme.fm_label.horizontalAdvance(box_label(box)) > label_width for box in BOXES)
        if stacked:
            plate = max(plate, 2 * theme.fm_label.height() + count_block)
        total = sum(len(members) for members in self._by_box.values())
        for box, cell in self._cells.items():
            row, column = grid_position(box)
            rect = QRectF(
                grid.left() + column * (cell_w + gap), grid.top() + row * (cell_h + gap), cell_w, cell_h
            )
            cell.set_count(len(self._by_box[box]), _percent(len(self._by_box[box]), total))
            cell.layout(theme, rect, self._counts_only, stacked, plate)
        self._sync_count_lines()

        # Axis captions outside the grid: levels beside each column and row, titles beyond them.
        for level, item in self._col_labels.items():
            column = int(level) - 1
            item.setFont(theme.axis_level)
            item.setBrush(theme.text_color)
            item.setText(
                theme.fm_axis_level.elidedText(
                    _potensial_level_name(level), Qt.TextElideMode.ElideRight, cell_w
                )
            )
            x = grid.left() + column * (cell_w + gap) + cell_w / 2
            item.setPos(x - item.boundingRect().width() / 2, grid.bottom() + 4)
        short = any(
            theme.fm_axis_level.horizontalAdvance(_kinerja_level_name(level)) > cell_h - 4 for level in Level
        )
        for level, item in self._row_labels.items():
            row = 3 - int(level)
            item.setFont(theme.axis_level)
            item.setBrush(theme.text_color)
            item.setText(
                theme.fm_axis_level.elidedText(
                    _kinerja_level_name(level, short), Qt.TextElideMode.ElideRight, cell_h
                )
            )
            y = grid.top() + row * (cell_h + gap) + cell_h / 2
            _place_rotated(item, QPointF(grid.left() - 6 - level_h / 2, y))
        arrow_x = self.tr("Potensial") + "  →"
        arrow_y = self.tr("Kinerja") + "  →"
        for item, text in ((self._axis_title_x, arrow_x), (self._axis_title_y, arrow_y)):
            item.setFont(theme.axis_title)
            item.setBrush(QColor(palette.ACCENT) if not self._presentation else theme.text_color)
            item.setText(text)
        title_y = grid.bottom() + 4 + level_h + 4
        self._axis_title_x.setPos(grid.center().x() - self._axis_title_x.boundingRect().width() / 2, title_y)
        _place_rotated(self._axis_title_y, QPointF(spec.margin + title_h / 2, grid.center().y()))

        self._total_text.setFont(theme.legend)
        self._total_text.setBrush(theme.muted_color)
        self._total_text.setPos(grid.left(), title_y + (title_h - theme.fm_legend.height()) / 2)
        self._legend_y = title_y + (title_h - theme.fm_legend.height()) / 2
        self._legend_key = None
        self._lay_out_people()

    def _lay_out_people(self) -> None:
        """Counts, the total and every cell's people, in the geometry laid out by _relayout."""
        total = sum(len(members) for members in self._by_box.values())
        for box, cell in self._cells.items():
            cell.set_count(len(self._by_box[box]), _percent(len(self._by_box[box]), total))
        self._sync_count_lines()
        self._total_text.setText(self.tr("%Ln orang dipetakan", None, total))
        for box in BOXES:
            self._layout_cell(box)
        self._layout_legend()
        self._refresh_targets()

    def _layout_legend(self) -> None:
        """Marker key at the bottom right, only where it cannot collide with the axis title."""
        kinds = {type(slots[0]) for slots in self._slots.values() if slots}
        dots, chips = PersonDot in kinds, PersonChip in kinds
        key = (self._theme, self._counts_only, dots, chips, self._has_movement)
        if key == self._legend_key:
            return  # unchanged (geometry changes reset the key)
        self._legend_key = key
        for item in self._legend:
            self._scene.removeItem(item)
        self._legend = []
        if self._counts_only:
            return
        theme, grid, y = self._theme, self._grid, self._legend_y
        # Chips mark a calibration with a diamond, dots with a blue ring.
        glyph = " ".join(g for g, used in (("◆", chips or not dots), ("◯", dots)) if used)
        entries = [(glyph, palette.ACCENT, self.tr("dikalibrasi"))]
        if self._has_movement and chips:  # dots are too small for arrows; their tooltips say it
            entries += [
                ("▲", palette.SECONDARY, self.tr("naik dari periode lalu")),
                ("▼", palette.WARNING, self.tr("turun")),
            ]
        x = grid.right()
        placed: list[QGraphicsSimpleTextItem] = []
        for glyph, color, text in reversed(entries):
            label = _text(None, theme.legend, theme.muted_color)
            label.setText(text)
            mark = _text(None, theme.legend, QColor(color))
            mark.setText(glyph)
            x -= label.boundingRect().width()
            label.setPos(x, y)
            x -= mark.boundingRect().width() + 3
            mark.setPos(x, y)
            x -= 16
            placed += [label, mark]
        title_right = self._axis_title_x.pos().x() + self._axis_title_x.boundingRect().width()
        if x + 16 < title_right + 24:
            return  # too narrow: the chips' tooltips still explain the markers
        for item in placed:
            self._scene.addItem(item)
        self._legend = placed

    def _plan_for(self, box: int) -> _Plan:
        count = len(self._by_box[box])
        body = self._cells[box].body
        spec, theme = self._theme.spec, self._theme
        if self._counts_only or count == 0 or body.width() <= 0 or body.height() <= 0:
            return _Plan("none", 0, 0, 0, 0, 0, count)
        # Chips while they all fit: two lines (name and jabatan), then one line (name only).
        gap = spec.chip_gap
        hidden = self._names_hidden
        for kind, min_width, height in (
            ("chips", theme.chip_min_width_hidden if hidden else spec.chip_min_width, theme.chip_height),
            (
                "compact",
                theme.compact_min_width_hidden if hidden else spec.compact_min_width,
                theme.compact_height,
            ),
        ):
            most = max(1, int((body.width() + gap) // (min_width + gap)))
            rows = int((body.height() + gap) // (height + gap))
            if rows and count <= most * rows:
                # As few columns as hold everyone (wider chips elide less), but no absurdly wide chips.
                fewest = math.ceil((body.width() + gap) / (min_width * CHIP_MAX_STRETCH + gap))
                columns = min(most, max(math.ceil(count / rows), fewest))
                width = (body.width() - (columns - 1) * gap) / columns
                return _Plan(kind, count, columns, width, width + gap, height + gap, 0)
        # Names shown: rather than dots, one-line chips in two narrower columns (names elided, text
        # still at full size) — projected cells are too narrow for two chips of the usual width, and
        # one column of them held too few (else the loop above had returned).
        rows = int((body.height() + gap) // (theme.compact_height + gap))
        width = (body.width() - gap) / 2
        if not hidden and count <= 2 * rows and width >= theme.compact_min_width_narrow:
            return _Plan("compact", count, 2, width, width + gap, theme.compact_height + gap, 0)
        # Then dots, as many as fit, leaving a strip for the "+N" badge when not all do.
        pitch = spec.dot + spec.dot_gap
        columns = max(0, int((body.width() + spec.dot_gap) // pitch))
        rows = int((body.height() + spec.dot_gap) // pitch)
        if columns and count <= min(columns * rows, MAX_DOTS_PER_CELL):
            return _Plan("dots", count, columns, spec.dot, pitch, pitch, 0)
        free = body.height() - theme.badge_height - spec.dot_gap
        rows = max(0, int((free + spec.dot_gap) // pitch))
        visible = min(columns * rows, MAX_DOTS_PER_CELL, count)
        return _Plan("dots", visible, max(columns, 1), spec.dot, pitch, pitch, count - visible)

    def _index_in_cell(self, person_id: int) -> int:
        person = self._people[person_id]
        members = self._by_box[person.box]
        index = bisect.bisect_left(members, person.sort_key(), key=_Person.sort_key)
        return index if index < len(members) and members[index] is person else members.index(person)

    def _layout_cell(self, box: int) -> None:
        cell = self._cells[box]
        plan = self._plan_for(box)
        members = self._by_box[box]
        shown = members[: plan.visible]
        if self._selected is not None and plan.visible and self._people[self._selected].box == box:
            selected = self._people[self._selected]
            if self._index_in_cell(selected.person_id) >= plan.visible:
                shown = [*members[: plan.visible - 1], selected]

        # Items are slots in reading order: the n-th drawn person of a cell always goes in the n-th
        # slot, which keeps its position. A re-filter therefore mostly hands existing items other
        # people; a dot that looks the same is not even repainted.
        item_class = PersonDot if plan.kind == "dots" else PersonChip
        slots = self._slots[box]
        if slots and not isinstance(slots[0], item_class):
            for item in slots:
                self._scene.removeItem(item)
            slots = []
        for item in slots[len(shown) :]:
            self._scene.removeItem(item)
        del slots[len(shown) :]
        scene = self._scene
        for person in shown[len(slots) :]:
            item = item_class(person)
            scene.addItem(item)
            slots.append(item)
        self._slots[box] = slots

        body = cell.body
        left, top, columns = body.left(), body.top(), plan.columns
        pitch_x, pitch_y, width = plan.pitch_x, plan.pitch_y, plan.item_width
        chips, hidden, compact = item_class is PersonChip, self._names_hidden, plan.kind == "compact"
        theme, selected_id = self._theme, self._selected
        current: dict[int, PersonItem] = {}
        for index, (item, person) in enumerate(zip(slots, shown, strict=True)):
            item.person = person
            pid = person.person_id
            if item.selected != (pid == selected_id):
                item.set_selected(pid == selected_id)
            row, column = divmod(index, columns)
            item.setPos(left + column * pitch_x, top + row * pitch_y)
            if chips:
                item.sync(theme, width, hidden, compact)
            else:
                item.sync(theme, width, hidden)
            current[pid] = item
        self._items[box] = current

        if plan.hidden and plan.kind != "none":
            cell.badge.show_count(
                self._theme,
                plan.hidden,
                body.right() - cell.rect.left(),
                body.bottom() - cell.rect.top(),
            )
        elif cell.badge.hidden_count or cell.badge.isVisible():
            cell.badge.hide()
            cell.badge.hidden_count = 0
            cell.badge.setToolTip("")  # drawn_texts() reports what is shown now, not an old count

    def _sync_item(self, item: PersonItem) -> None:
        if isinstance(item, PersonChip):
            width = item.path().boundingRect().width()
            item.sync(self._theme, width, self._names_hidden, item.compact)
        else:
            item.sync(self._theme, self._theme.spec.dot, self._names_hidden)

    def person_tooltip(self, person_id: int) -> str:
        """The rich-text tooltip of a person's chip or dot (built when shown: a map can hold thousands)."""
        person = self._people[person_id]
        locale = QLocale()

        def number(value: float | None) -> str:
            return "—" if value is None else locale.toString(value, "f", 2)

        hidden = self._names_hidden
        name = initials(person.name) if hidden else person.name
        nip = mask_nip(person.nip) if hidden else person.nip
        lines = [f"<b>{html.escape(name)}</b>", html.escape(self.tr("NIP {0}").format(nip))]
        if person.jabatan and not hidden:
            lines.append(html.escape(person.jabatan))
        lines.append(
            html.escape(
                self.tr("Nilai kinerja {0} · potensial {1} · talenta {2}").format(
                    number(person.kinerja), number(person.potensial), number(person.talenta)
                )
            )
        )
        if person.computed_box is not None:
            lines.append(
                html.escape(
                    self.tr("Kotak {0}; hasil perhitungan kotak {1}").format(person.box, person.computed_box)
                )
            )
        if person.calibrated:
            # A reason is free text that may name people: not on a projected, names-hidden map.
            if person.reason and not hidden:
                text = self.tr("Dikalibrasi: {0}").format(person.reason)
            else:
                text = self.tr("Dikalibrasi oleh Komite Talenta")
            lines.append(f"<span style='color:{palette.ACCENT}'>◆ {html.escape(text)}</span>")
        if person.movement == 1:
            text = html.escape(self.tr("Naik dari periode lalu"))
            lines.append(f"<span style='color:{palette.SECONDARY}'>▲ {text}</span>")
        elif person.movement == -1:
            text = html.escape(self.tr("Turun dari periode lalu"))
            lines.append(f"<span style='color:{palette.WARNING}'>▼ {text}</span>")
        elif person.movement == 0:
            lines.append(html.escape(self.tr("Tetap di kotak yang sama dengan periode lalu")))
        return "<qt>" + "<br>".join(lines) + "</qt>"

    def _update_counts(self, boxes) -> None:
        total = sum(len(members) for members in self._by_box.values())
        for box in set(boxes):
            self._cells[box].set_count(len(self._by_box[box]), _percent(len(self._by_box[box]), total))
        self._sync_count_lines()

    def _sync_count_lines(self) -> None:
        """All cells write their count the same way: with "orang" only if every cell has room for it."""
        short = not all(cell.count_line_fits() for cell in self._cells.values())
        for cell in self._cells.values():
            cell.set_short_counts(short)

    def _refresh_targets(self) -> None:
        """Cell outlines: the drag's cell under the cursor, else the keyboard target."""
        target = self._drag.target if self._drag and self._drag.active else self._target
        for box, cell in self._cells.items():
            cell.set_drop_target(box == target)

    # -- events ----------------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.LanguageChange:
            for cell in self._cells.values():
                cell.retranslate()
            self._relayout()
        elif event.type() == event.Type.FontChange:
            self._theme = _Theme(_spec(self._presentation), self.font())
            self._relayout()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            hit = self._hit(event.pos())
            if hit and hit[0] == "person":
                QToolTip.showText(
                    event.globalPos(), self.person_tooltip(hit[1].person.person_id), self.viewport()
                )
                return True
        return super().viewportEvent(event)

    def _hit(self, view_pos) -> tuple[str, object] | None:
        """What is under a viewport point: ("person", item), ("badge", badge), ("cell", cell) or None."""
        for item in self.items(view_pos):
            node = item
            while node is not None:
                if isinstance(node, PersonChip | PersonDot):
                    return "person", node
                if isinstance(node, MoreBadge):
                    return ("badge", node) if node.isVisible() else None
                if isinstance(node, Cell):
                    return "cell", node
                node = node.parentItem()
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._badge_press = None
        hit = self._hit(event.position().toPoint())
        if hit and hit[0] == "badge":
            self._badge_press = hit[1].box
            event.accept()
            return
        if hit and hit[0] == "person":
            item = hit[1]
            pid = item.person.person_id
            if self.interactive and not self._counts_only:
                self._drag = _Drag(
                    pid, item.person.box, self.mapToScene(event.position().toPoint()), item.pos()
                )
            self.select_person(pid)
        else:
            self.select_person(None)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        drag = self._drag
        if drag is None:
            self._update_cursor(pos)
            super().mouseMoveEvent(event)
            return
        scene_pos = self.mapToScene(pos)
        item = self._items[self._people[drag.person_id].box].get(drag.person_id)
        if item is None:
            self._drag = None
            return
        if not drag.active:
            distance = (scene_pos - drag.press_scene).manhattanLength()
            if distance < QApplication.startDragDistance():
                return
            drag.active = True
            item.setZValue(Z_DRAGGED)
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        item.setPos(drag.origin + (scene_pos - drag.press_scene))
        target = self.box_at(scene_pos)
        drag.target = target if target != drag.from_box else None
        self._refresh_targets()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        pos = event.position().toPoint()
        if self._badge_press is not None:
            box, self._badge_press = self._badge_press, None
            hit = self._hit(pos)
            if hit and hit[0] == "badge" and hit[1].box == box:
                self.boxActivated.emit(box)
            event.accept()
            return
        drag = self._drag
        if drag is None:
            event.accept()
            return
        to_box = self.box_at(self.mapToScene(pos)) if drag.active else None
        # Put everything back before emitting: the slot may open a modal dialog and call apply_move
        # (or set_people) while this handler is still on the stack.
        self._cancel_drag()
        self._update_cursor(pos)
        if to_box is not None and to_box != drag.from_box:
            self.moveRequested.emit(drag.person_id, drag.from_box, to_box)
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        hit = self._hit(event.position().toPoint())
        if hit and hit[0] == "cell":
            self.boxActivated.emit(hit[1].box)
        elif hit and hit[0] == "badge":
            self._badge_press = hit[1].box  # the release completes the click
        event.accept()

    def _update_cursor(self, pos) -> None:
        hit = self._hit(pos)
        if hit and hit[0] == "badge":
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        elif hit and hit[0] == "person" and self.interactive:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.viewport().unsetCursor()

    def _cancel_drag(self) -> None:
        drag, self._drag = self._drag, None
        if drag is None:
            return
        person = self._people.get(drag.person_id)
        item = self._items[person.box].get(drag.person_id) if person else None
        if item is not None and drag.active:
            item.setPos(drag.origin)
            item.setZValue(Z_SELECTED if item.selected else Z_PERSON)
            self.viewport().unsetCursor()
        self._refresh_targets()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        person = self._people.get(self._selected) if self._selected is not None else None
        arrows = {
            Qt.Key.Key_Up: (-1, 0),
            Qt.Key.Key_Down: (1, 0),
            Qt.Key.Key_Left: (0, -1),
            Qt.Key.Key_Right: (0, 1),
        }
        if key == Qt.Key.Key_Escape:
            if self._drag is not None:
                self._cancel_drag()
            elif self._target is not None:
                self._target = None
                self._refresh_targets()
            elif person is not None:
                self.select_person(None)
            else:
                event.ignore()
                return
            event.accept()
            return
        if person is None or not self.interactive or self._counts_only:
            if key in arrows or key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                event.ignore()  # nothing to move; let a parent use the key
                return
            super().keyPressEvent(event)
            return
        if key in arrows:
            row, column = grid_position(self._target or person.box)
            d_row, d_column = arrows[key]
            row = min(2, max(0, row + d_row))
            column = min(2, max(0, column + d_column))
            self._target = _BOX_AT[(row, column)]
            self._refresh_targets()
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            target, self._target = self._target, None
            self._refresh_targets()
            if target is not None and target != person.box:
                self.moveRequested.emit(person.person_id, person.box, target)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab / Shift+Tab walk through the people of the selected person's cell (best first); with no
        selection, Tab leaves the map as usual (Esc clears the selection)."""
        if self._selected is None or self._counts_only:
            return super().focusNextPrevChild(next)
        members = self._by_box[self._people[self._selected].box]
        if len(members) < 2:
            return super().focusNextPrevChild(next)
        index = self._index_in_cell(self._selected)
        self.select_person(members[(index + (1 if next else -1)) % len(members)].person_id)
        return True


# -- helpers ------------------------------------------------------------------------------------------


# movement code (services.talent.talent_map) -> the arrow drawn: +1 ▲ up, -1 ▼ down, 0 none
_ARROW = {UP: 1, DOWN: -1, SAME: 0, SIDEWAYS: 0}


def _percent(count: int, total: int) -> float:
    return round(count / total * 100, 1) if total else 0.0


def _place_rotated(item: QGraphicsSimpleTextItem, center: QPointF) -> None:
    """Centre a text item rotated by -90° (reading bottom to top) on a point."""
    rect = item.boundingRect()
    item.setPos(center.x() - rect.height() / 2, center.y() + rect.width() / 2)


__all__ = ["NineBoxView", "PersonChip", "PersonDot", "box_label", "initials"]
