"""Beranda: the loaded agency at a glance, for the whole agency or one unit's subtree.

It is the first page at start-up, so it shows its frame at once and counts in the background: the
figures of 50,000 people and pyqtgraph for the charts arrive while the window is already usable, with
"Memuat…" where they will be (DESIGN §6).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QLocale, QSettings, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from talenta_desktop.services.overview import Overview, agency_overview, instansi_name
from talenta_desktop.services.permissions import Permission
from talenta_desktop.services.units import unit_tree
from talenta_desktop.services.workspace import Workspace
from talenta_desktop.ui import palette
from talenta_desktop.ui.charts import BarChart, pyqtgraph_loaded, stat_card
from talenta_desktop.ui.workers import LatestLoader, Task, preload

MAX_UNIT_BARS = 10  # more bars than this stop being readable at 1366×768
WIDE_PAGE = 1000  # narrower than this (a 1024-pixel screen), figures and charts take two rows


class HomePage(QWidget):
    loaded = Signal()  # the figures and charts of the chosen scope are on the page

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.locale = QLocale()
        self.overview: Overview | None = None  # the figures on the page; None until the first count
        self._drawn: Overview | None = None  # the figures the charts show
        self._loader = LatestLoader(self)  # counts off the UI thread; only the newest count is shown
        self._charts_task: Task | None = None  # pyqtgraph, imported in the background
        self._first_count_pending = True

        self.heading = QLabel(
            objectName="pageTitle", wordWrap=True
        )  # a long agency name must not widen the page
        self.subheading = QLabel(objectName="pageSubtitle")
        self.unit_filter = QComboBox(objectName="unitFilter")
        # as wide as a unit's name needs up to a point: the agency's name beside it matters more
        self.unit_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit_filter.setMinimumContentsLength(20)
        self.unit_filter.setToolTip(
            self.tr("Tampilkan seluruh instansi atau satu unit kerja beserta sub-unitnya")
        )
        self.unit_filter.addItem(self.tr("Seluruh instansi"), None)
        for node in workspace.read(unit_tree):
            self.unit_filter.addItem("    " * node.depth + node.nama, node.id)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.subheading)
        header.addLayout(titles, 1)
        header.addWidget(QLabel(self.tr("Unit kerja:")))
        header.addWidget(self.unit_filter)

        self.cards = QGridLayout()
        self.cards.setSpacing(10)
        self.card_values: dict[str, QLabel] = {}
        self.card_frames: list[QWidget] = []
        for key, caption in (
            ("total", self.tr("Pegawai")),
            ("pns", self.tr("PNS")),
            ("pppk", self.tr("PPPK")),
            ("gender", self.tr("Laki-laki / perempuan")),
            ("age", self.tr("Rata-rata usia (tahun)")),
            ("retiring", self.tr("Pensiun dalam 12 bulan")),
        ):
            card = stat_card(caption, "–", object_name=f"kpi-{key}")
            self.card_values[key] = card.findChild(QLabel, f"kpi-{key}")
            self.card_frames.append(card)

        wait = self.tr("Memuat…")
        self.by_unit = BarChart(self.tr("Pegawai per unit kerja"), horizontal=True, placeholder=wait)
        self.by_post = BarChart(
            self.tr("Jenis jabatan"), horizontal=True, color=palette.SECONDARY, placeholder=wait
        )
        self.by_golongan = BarChart(self.tr("Golongan/ruang"), placeholder=wait)
        self.by_golongan.set_legend([(self.tr("PNS"), palette.ACCENT), (self.tr("PPPK"), palette.SECONDARY)])
        self.by_age = BarChart(self.tr("Sebaran usia (tahun)"), color=palette.ACCENT_SOFT, placeholder=wait)
        self.charts = QGridLayout()
        self.charts.setSpacing(10)
        self._arrangement: tuple[bool, int] | None = None

        self.body = body = QWidget(objectName="homeBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addLayout(self.cards)
        layout.addLayout(self.charts, 1)
        scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._arrange(wide=True, cards_per_row=len(self.card_frames))

        saved = QSettings().value("home/unit")
        index = self.unit_filter.findData(int(saved)) if saved not in (None, "") else -1
        self.unit_filter.setCurrentIndex(max(index, 0))
        self.unit_filter.currentIndexChanged.connect(self._unit_changed)
        self._show_scope()
        # Counting starts once the event loop runs, so that the window is on screen first.
        QTimer.singleShot(0, self, self._first_refresh)

    def resizeEvent(self, event) -> None:
        self._fit_to(event.size().width())
        super().resizeEvent(event)

    def _fit_to(self, width: int) -> None:
        self._arrange(wide=width >= WIDE_PAGE, cards_per_row=self._cards_per_row(width))

    def _cards_per_row(self, width: int) -> int:
        """Six figures in a row when they fit, else three, else two (large type on a small screen)."""
        widest = max(card.minimumSizeHint().width() for card in self.card_frames)
        room = width - 60  # the page's margins and a vertical scroll bar
        return next((n for n in (6, 3) if n * widest + (n - 1) * self.cards.spacing() <= room), 2)

    def _arrange(self, *, wide: bool, cards_per_row: int) -> None:
        """Three charts side by side on a wide page; on a 1024-pixel screen the age chart goes under the
        job types and the grades below both, so nothing scrolls sideways."""
        if (wide, cards_per_row) == self._arrangement:
            return
        self._arrangement = (wide, cards_per_row)
        for i, card in enumerate(self.card_frames):
            self.cards.removeWidget(card)
            self.cards.addWidget(card, i // cards_per_row, i % cards_per_row)
        for column in range(6):
            self.cards.setColumnStretch(column, 1 if column < cards_per_row else 0)
        grid = self.charts
        for chart in (self.by_unit, self.by_post, self.by_age, self.by_golongan):
            grid.removeWidget(chart)
        grid.addWidget(self.by_unit, 0, 0, 2, 1)
        grid.addWidget(self.by_post, 0, 1)
        if wide:
            grid.addWidget(self.by_age, 0, 2)
            grid.addWidget(self.by_golongan, 1, 1, 1, 2)
        else:
            grid.addWidget(self.by_age, 1, 1)
            grid.addWidget(self.by_golongan, 2, 0, 1, 2)
        for column, stretch in enumerate((5, 4, 4 if wide else 0)):
            grid.setColumnStretch(column, stretch)
        for row, stretch in enumerate((1, 1, 0 if wide else 1)):
            grid.setRowStretch(row, stretch)
        # below this the page scrolls rather than squeezing the charts
        self.body.setMinimumHeight(560 if wide else 900)

    def selected_unit(self) -> int | None:
        return self.unit_filter.currentData()

    def _unit_changed(self) -> None:
        QSettings().setValue("home/unit", self.selected_unit() if self.selected_unit() is not None else "")
        self.refresh()

    @property
    def loading(self) -> bool:
        """Whether figures or charts are still on their way."""
        counting = self._first_count_pending or self._loader.busy
        return counting or (self.overview is not None and self._drawn is not self.overview)

    def _first_refresh(self) -> None:
        if self._first_count_pending:
            self.refresh()

    def refresh(self) -> None:
        """Count the chosen scope in the background; the page says "Memuat…" until the answer is in.
        The figures on show stay until then, so a refresh after an import does not blank the page."""
        self._first_count_pending = False
        unit = self.selected_unit()
        workspace = self.workspace
        self._show_scope()
        self._loader.load(
            lambda: workspace.read(agency_overview, unit), self.show_overview, self._count_failed
        )

    def _show_scope(self) -> None:
        """What is being counted, said at once."""
        if self.selected_unit() is None:
            self.heading.setText(self.workspace.read(instansi_name) or self.tr("Instansi belum diisi"))
        else:
            self.heading.setText(self.unit_filter.currentText().strip())
        self.subheading.setText(self.tr("Memuat…"))

    def _count_failed(self, exc: BaseException) -> None:
        self.subheading.clear()
        sys.excepthook(type(exc), exc, exc.__traceback__)  # as when it was counted in the foreground

    def _charts_ready(self, _result: object = None) -> None:
        if self.overview is not None and self._drawn is not self.overview:
            self._draw_charts(self.overview)

    def show_overview(self, ov: Overview) -> None:
        self.overview = ov
        n = self.locale.toString
        self.heading.setText(ov.unit or ov.instansi or self.tr("Instansi belum diisi"))
        if ov.total == 0 and not self.workspace.can(Permission.PERSONNEL_EDIT):
            # no "impor" to suggest to a role that may not import
            self.subheading.setText(self.tr("Belum ada data pegawai."))
        elif ov.total == 0:
            self.subheading.setText(
                self.tr(
                    "Belum ada data pegawai. Impor data SIASN atau buat instansi demo dengan 'talenta demo'."
                )
            )
        else:
            self.subheading.setText(self.tr("{0} pegawai di {1} unit kerja").format(n(ov.total), n(ov.units)))
        self.card_values["total"].setText(n(ov.total))
        self.card_values["pns"].setText(self._share(ov.pns, ov.total))
        self.card_values["pppk"].setText(self._share(ov.pppk, ov.total))
        self.card_values["gender"].setText(f"{n(ov.men)} / {n(ov.women)}")
        self.card_values["age"].setText(
            "–" if ov.mean_age is None else self.locale.toString(ov.mean_age, "f", 1)
        )
        self.card_values["retiring"].setText(n(ov.retiring_within_year))
        self._fit_to(self.width())  # the figures may have widened the cards
        if pyqtgraph_loaded() or (self._charts_task is not None and self._charts_task.done):
            self._draw_charts(ov)
        elif self._charts_task is None:
            # half a second of imports, off the UI thread: the figures above are readable meanwhile (a
            # failed import is tried again, and explained, when the charts are drawn)
            self._charts_task = preload(["pyqtgraph"])
            self._charts_task.finished.connect(self._charts_ready)

    def _draw_charts(self, ov: Overview) -> None:
        units = ov.by_unit[:MAX_UNIT_BARS]
        rest = sum(count for _, count in ov.by_unit[MAX_UNIT_BARS:])
        if rest:
            units.append((self.tr("Unit lainnya"), rest))
        self.by_unit.set_data([name for name, _ in units], [count for _, count in units])
        self.by_post.set_data([self.post_label(group) for group, _ in ov.by_post], [n for _, n in ov.by_post])
        self.by_golongan.set_data(
            [label for label, _, _ in ov.by_golongan],
            [count for _, _, count in ov.by_golongan],
            [palette.ACCENT if kind == "PNS" else palette.SECONDARY for _, kind, _ in ov.by_golongan],
        )
        self.by_age.set_data(*_columns(ov.by_age))
        self._drawn = ov
        self.loaded.emit()

    def post_label(self, group: str) -> str:
        labels = {
            "JPT": self.tr("JPT"),
            "Administrator": self.tr("Administrator"),
            "Pengawas": self.tr("Pengawas"),
            "Fungsional": self.tr("Fungsional"),
            "Pelaksana": self.tr("Pelaksana"),
            "Belum diisi": self.tr("Belum diisi"),
        }
        return labels.get(group, group)

    def _share(self, part: int, total: int) -> str:
        if not total:
            return "0"
        return f"{self.locale.toString(part)} ({self.locale.toString(100 * part / total, 'f', 0)}%)"


def _columns(pairs: list[tuple[str, int]]) -> tuple[list[str], list[int]]:
    return [label for label, _ in pairs], [value for _, value in pairs]
