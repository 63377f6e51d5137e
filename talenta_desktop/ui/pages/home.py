"""Beranda: the loaded agency at a glance, for the whole agency or one unit's subtree."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from talenta_desktop.services.overview import Overview, agency_overview
from talenta_desktop.services.permissions import Permission
from talenta_desktop.services.units import unit_tree
from talenta_desktop.services.workspace import Workspace
from talenta_desktop.ui import palette
from talenta_desktop.ui.charts import BarChart, stat_card

MAX_UNIT_BARS = 10  # more bars than this stop being readable at 1366×768


class HomePage(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.locale = QLocale()

        self.heading = QLabel(objectName="pageTitle")
        self.subheading = QLabel(objectName="pageSubtitle")
        self.unit_filter = QComboBox(objectName="unitFilter")
        self.unit_filter.setMinimumWidth(320)
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

        self.cards = QHBoxLayout()
        self.cards.setSpacing(10)
        self.card_values: dict[str, QLabel] = {}
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
            self.cards.addWidget(card)

        self.by_unit = BarChart(self.tr("Pegawai per unit kerja"), horizontal=True)
        self.by_post = BarChart(self.tr("Jenis jabatan"), horizontal=True, color=palette.SECONDARY)
        self.by_golongan = BarChart(self.tr("Golongan/ruang"))
        self.by_golongan.set_legend([(self.tr("PNS"), palette.ACCENT), (self.tr("PPPK"), palette.SECONDARY)])
        self.by_age = BarChart(self.tr("Sebaran usia (tahun)"), color=palette.ACCENT_SOFT)
        charts = QGridLayout()
        charts.setSpacing(10)
        charts.addWidget(self.by_unit, 0, 0, 2, 1)
        charts.addWidget(self.by_post, 0, 1)
        charts.addWidget(self.by_age, 0, 2)
        charts.addWidget(self.by_golongan, 1, 1, 1, 2)
        charts.setColumnStretch(0, 5)
        charts.setColumnStretch(1, 4)
        charts.setColumnStretch(2, 4)
        charts.setRowStretch(0, 1)
        charts.setRowStretch(1, 1)

        body = QWidget(objectName="homeBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addLayout(self.cards)
        layout.addLayout(charts, 1)
        scroll = QScrollArea(widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        body.setMinimumHeight(560)  # below this the page scrolls rather than squeezing the charts

        saved = QSettings().value("home/unit")
        index = self.unit_filter.findData(int(saved)) if saved not in (None, "") else -1
        self.unit_filter.setCurrentIndex(max(index, 0))
        self.unit_filter.currentIndexChanged.connect(self._unit_changed)
        self.refresh()

    def selected_unit(self) -> int | None:
        return self.unit_filter.currentData()

    def _unit_changed(self) -> None:
        QSettings().setValue("home/unit", self.selected_unit() if self.selected_unit() is not None else "")
        self.refresh()

    def refresh(self) -> None:
        self.show_overview(self.workspace.read(agency_overview, self.selected_unit()))

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

        units = ov.by_unit[:MAX_UNIT_BARS]
        rest = sum(count for _, count in ov.by_unit[MAX_UNIT_BARS:])
        if rest:
            units.append((self.tr("Unit lainnya"), rest))
        self.by_unit.set_data([_shorten(name) for name, _ in units], [count for _, count in units])
        self.by_post.set_data([self.post_label(group) for group, _ in ov.by_post], [n for _, n in ov.by_post])
        self.by_golongan.set_data(
            [label for label, _, _ in ov.by_golongan],
            [count for _, _, count in ov.by_golongan],
            [palette.ACCENT if kind == "PNS" else palette.SECONDARY for _, kind, _ in ov.by_golongan],
        )
        self.by_age.set_data(*_columns(ov.by_age))

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


def _shorten(name: str, limit: int = 34) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"
