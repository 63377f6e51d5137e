"""Candidates side by side: one talent card per person (services.succession.candidates.TalentCard), the
same facts on the same line of every card, as a committee compares them on a laptop or a projector.

The facts are in rows and the people in columns, so the labels are written once and the eye runs along a
line; the best value of each score line is marked. "Huruf besar" enlarges everything for the projector,
"Layar penuh" fills the screen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from talenta_desktop.services.succession.candidates import TalentCard
from talenta_desktop.ui import palette
from talenta_desktop.ui.committee.labels import nip_text
from talenta_desktop.ui.formatting import date_text
from talenta_desktop.ui.messages import user_text
from talenta_desktop.ui.shortcuts import bind
from talenta_desktop.ui.theme import style_sheet

from .models import MAX_COMPARE, number

TIPS = {
    "jp": QT_TRANSLATE_NOOP("CompareDialog", "Jam pelajaran pengembangan kompetensi pada tahun periode ini"),
    "hukdis": QT_TRANSLATE_NOOP("CompareDialog", "Hukuman disiplin terakhir yang tercatat, bila ada"),
    "jpm": QT_TRANSLATE_NOOP("CompareDialog", "Job Person Match dari asesmen kompetensi terakhir"),
}
BASE_PT = 10.5
LARGE_PT = 14.0


def _ink_on(background: str) -> str:
    """Dark or white text, whichever reads on the box colour (in every theme)."""
    colour = QColor(background)
    luminance = 0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue()
    return palette.TEXT_ON_DARK if luminance < 150 else palette.TEXT_ON_LIGHT


class CompareDialog(QDialog):
    """Two to four talent cards. ``cards`` in the order the user ticked them."""

    def __init__(
        self,
        cards: Sequence[TalentCard],
        *,
        show_hukdis: bool = True,
        post_name: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if not 1 <= len(cards) <= MAX_COMPARE:
            raise ValueError(f"compare 1–{MAX_COMPARE} cards, not {len(cards)}")
        self.setObjectName("CompareDialog")
        self.cards = tuple(cards)
        self.show_hukdis = show_hukdis
        self.large = False
        self.setWindowTitle(
            self.tr("Bandingkan calon — {0}").format(post_name) if post_name else self.tr("Bandingkan calon")
        )
        self.setSizeGripEnabled(True)

        self.grid_host = QWidget(objectName="compareGrid")
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(4, 4, 4, 4)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(0)
        self.value_labels: dict[str, list[QLabel]] = {}
        self.card_frames: list[QFrame] = []
        self.headers: list[QFrame] = []
        self._build()

        scroll = QScrollArea(objectName="compareScroll")
        scroll.setWidget(self.grid_host)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        self.large_button = QPushButton(self.tr("Huruf &besar"), objectName="largeText")
        self.large_button.setCheckable(True)
        self.large_button.setToolTip(self.tr("Perbesar tulisan untuk proyektor"))
        self.full_button = QPushButton(self.tr("&Layar penuh"), objectName="fullScreen")
        self.full_button.setCheckable(True)
        self.full_button.setToolTip(self.tr("Isi seluruh layar (F11)"))
        close = QPushButton(self.tr("&Tutup"), objectName="close")
        close.setProperty("role", "primary")
        close.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.large_button)
        buttons.addWidget(self.full_button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(10)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        self.large_button.toggled.connect(self.set_large)
        self.full_button.toggled.connect(self.set_full_screen)
        close.clicked.connect(self.accept)
        bind(self, "succession.compare-full-screen", self.full_button.toggle, window=True)
        self._apply_style()
        self._initial_size()

    # -- content -------------------------------------------------------------------------------------

    def facts(
        self,
    ) -> list[tuple[str, str, Callable[[TalentCard], str], Callable[[TalentCard], float] | None]]:
        """(key, label, value, score): score ranks the values of a line (the best is marked)."""

        def skp(card: TalentCard) -> str:
            if not card.skp:
                return "—"
            return "\n".join(f"{year}: {predikat}" for year, predikat in card.skp)

        def hukdis(card: TalentCard) -> str:
            if not self.show_hukdis:
                return self.tr("(tidak ditampilkan)")
            return user_text(card.hukdis_message or card.hukdis) if card.hukdis else self.tr("Tidak ada")

        def score(name: str):
            return lambda c: getattr(c, name)

        return [
            ("jabatan", self.tr("Jabatan"), lambda c: c.jabatan or "—", None),
            ("golongan", self.tr("Jenjang, gol."), lambda c: " · ".join(p for p in (c.jenjang, c.golongan) if p) or "—", None),
            ("unit", self.tr("Unit kerja"), lambda c: c.unit or "—", None),
            ("kinerja", self.tr("Nilai kinerja"), lambda c: number(c.nilai_kinerja), score("nilai_kinerja")),
            ("potensial", self.tr("Nilai potensial"), lambda c: number(c.nilai_potensial), score("nilai_potensial")),
            ("talenta", self.tr("Nilai talenta"), lambda c: number(c.nilai_talenta), score("nilai_talenta")),
            ("jpm", self.tr("JPM asesmen"), lambda c: number(c.jpm), score("jpm")),
            ("skp", self.tr("Predikat SKP"), skp, None),
            ("jp", self.tr("JP tahun ini"), lambda c: str(c.jp_this_year), score("jp_this_year")),
            ("retires", self.tr("Usia · pensiun"), lambda c: self.tr("{0} tahun · pensiun {1}").format(c.age, date_text(c.retires_on)), None),
            ("hukdis", self.tr("Hukdis terakhir"), hukdis, None),
        ]  # fmt: skip

    def _build(self) -> None:
        facts = self.facts()
        rows = len(facts) + 1
        self.grid.setColumnMinimumWidth(0, 110)
        for column in range(1, len(self.cards) + 1):
            frame = QFrame(objectName="card")
            self.grid.addWidget(frame, 0, column, rows, 1)
            self.card_frames.append(frame)
            self.grid.setColumnStretch(column, 1)
            self.grid.setColumnMinimumWidth(column, 186)
        for column, card in enumerate(self.cards, start=1):
            self.grid.addWidget(self._header(card), 0, column)
        for row, (key, label_text, value, score) in enumerate(facts, start=1):
            label = QLabel(label_text, objectName="factLabel")
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            label.setWordWrap(True)
            if key in TIPS:
                label.setToolTip(QCoreApplication.translate("CompareDialog", TIPS[key]))
            self.grid.addWidget(label, row, 0)
            best = self._best(score)
            labels = []
            for column, card in enumerate(self.cards, start=1):
                cell = QLabel(value(card), objectName="factValue")
                cell.setWordWrap(True)
                cell.setTextFormat(Qt.TextFormat.PlainText)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                cell.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if best is not None and score(card) == best:
                    cell.setProperty("best", True)
                    cell.setToolTip(self.tr("Tertinggi di antara calon yang dibandingkan"))
                if key == "hukdis" and card.hukdis and self.show_hukdis:
                    cell.setProperty("warn", True)
                if key == "retires" and (card.retires_on - date.today()).days < 2 * 365:
                    cell.setProperty("warn", True)
                self.grid.addWidget(cell, row, column)
                labels.append(cell)
            self.value_labels[key] = labels
        self.grid.setRowStretch(rows, 1)

    def _best(self, score) -> float | None:
        """The best value of a line, when comparing at least two and they differ."""
        if score is None or len(self.cards) < 2:
            return None
        values = [score(c) for c in self.cards if score(c) is not None]
        if len(set(values)) < 2:
            return None
        return max(values)

    def _header(self, card: TalentCard) -> QFrame:
        header = QFrame(objectName="cardHeader")
        colour = palette.BOX_COLORS.get(card.box or 0, palette.BORDER)
        header.setStyleSheet(
            f"QFrame#cardHeader {{ background: {colour}; border-top-left-radius: 8px;"
            f" border-top-right-radius: 8px; }} QFrame#cardHeader QLabel {{ color: {_ink_on(colour)}; }}"
        )
        name = QLabel(card.nama, objectName="cardName")
        name.setWordWrap(True)
        nip = QLabel(nip_text(card.nip), objectName="cardNip")
        nip.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QLabel(
            self.tr("Kotak {0}").format(card.box) if card.box else self.tr("Belum dipetakan"),
            objectName="cardBox",
        )
        layout = QVBoxLayout(header)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        layout.addWidget(box)
        layout.addWidget(name)
        layout.addWidget(nip)
        self.headers.append(header)
        return header

    # -- look ----------------------------------------------------------------------------------------

    def _apply_style(self) -> None:
        pt = LARGE_PT if self.large else BASE_PT
        pad = 6 if self.large else 4
        self.grid_host.setStyleSheet(
            style_sheet(
                f"""
            QWidget#compareGrid {{ background: @background; }}
            QFrame#card {{ background: @surface; border: @line solid @border; border-radius: 8px; }}
            QLabel#factLabel {{ color: @text_muted; font-size: {pt}pt; padding: {pad}px 8px; }}
            QLabel#factValue {{ color: @text; font-size: {pt}pt; padding: {pad}px 12px;
                               border-top: @line solid @grid; }}
            QLabel#factValue[best="true"] {{ color: @ok_strong; font-weight: 700; }}
            QLabel#factValue[warn="true"] {{ color: @error_text; font-weight: 600; }}
            QLabel#cardBox {{ font-size: {pt}pt; font-weight: 600; }}
            QLabel#cardName {{ font-size: {pt * 1.25:.1f}pt; font-weight: 700; }}
            QLabel#cardNip {{ font-size: {pt * 0.9:.1f}pt; }}
            """
            )
        )

    def set_large(self, on: bool) -> None:
        self.large = on
        if self.large_button.isChecked() != on:
            self.large_button.setChecked(on)
        self._apply_style()

    def set_full_screen(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    def _initial_size(self) -> None:
        screen = self.screen() if self.parent() is None else self.parentWidget().screen()
        available = screen.availableGeometry() if screen else None
        width = 200 + 290 * len(self.cards)
        height = max(self.grid_host.sizeHint().height() + 90, 420)
        if available is not None:
            width = min(width, available.width() - 40)
            height = min(height, available.height() - 60)
        self.resize(max(width, 520), height)
