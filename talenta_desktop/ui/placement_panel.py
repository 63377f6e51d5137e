"""Beside the nine-box: who the selected person is, how their box came about (scores and the
components behind them), what the committee changed, and their boxes in earlier periods.

A disciplinary record is sensitive data (DOMAIN §10): for a role that may not see it, the components
scored from it are shown without their value (a score of 50 would say "hukuman disiplin sedang")."""

from __future__ import annotations

import json
from html import escape

import pandas as pd
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from talenta_desktop.domain.ninebox import REKOMENDASI, TALENT_POOL_BOXES
from talenta_desktop.services.talent.sources import SOURCES
from talenta_desktop.services.talent.talent_map import PlacementHistoryEntry
from talenta_desktop.ui import palette
from talenta_desktop.ui.calibration_dialog import box_description

# Components scored from disciplinary records (services.talent.sources, integritas_score).
SENSITIVE_COMPONENTS = frozenset({"integritas", "integritas_kinerja"})


def _swatch(box: int | None) -> str:
    if box is None:
        return "—"
    return (
        f"<span style='background:{palette.BOX_TINTS[box]}; border-left:5px solid {palette.BOX_COLORS[box]};'>"
        f"&nbsp;<b>{box}</b>&nbsp;</span>"
    )


class PlacementPanel(QScrollArea):
    def __init__(self, parent: QWidget | None = None, *, show_sensitive: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("placementPanel")
        self.show_sensitive = show_sensitive
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.label = QLabel(objectName="placementText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setMargin(12)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        self.setWidget(inner)
        self._locale = QLocale()
        self.clear()

    def clear(self, message: str | None = None) -> None:
        text = message or self.tr(
            "Pilih seorang pegawai pada peta untuk melihat nilai dan riwayat penempatannya."
        )
        self.label.setText(f"<p style='color:{palette.TEXT_MUTED}'>{escape(text)}</p>")

    def _score(self, value) -> str:
        return "—" if value is None or pd.isna(value) else self._locale.toString(float(value), "f", 2)

    def show_person(self, row: pd.Series, history: list[PlacementHistoryEntry], period_label: str) -> None:
        box = None if pd.isna(row["box"]) else int(row["box"])
        computed = None if pd.isna(row["computed_box"]) else int(row["computed_box"])
        parts = [
            f"<h3 style='margin:0'>{escape(str(row['nama_lengkap']))}</h3>",
            f"<div style='color:{palette.TEXT_MUTED}'>{escape(str(row['nip']))}</div>",
            f"<div>{escape(str(row['jabatan'] or '—'))}</div>",
            f"<div style='color:{palette.TEXT_MUTED}'>{escape(str(row['unit'] or '—'))} · "
            f"{escape(str(row['golongan'] or '—'))} · {escape(str(row['jenis_pegawai']))}</div>",
        ]
        if box is None:
            held = self.tr("Belum dapat dipetakan")
            parts.append(f"<h4>{held}</h4><p>{escape(str(row['holding_reason']))}</p>")
        else:
            parts.append(f"<h4>{_swatch(box)}&nbsp; {escape(box_description(box))}</h4>")
            if row["calibrated"]:
                moved = self.tr("Dikalibrasi dari kotak {0}.").format(_swatch(computed))
                why = self.tr("Alasan:")
                parts.append(f"<p>{moved} {why} <i>{escape(str(row['calibration_reason']))}</i></p>")
            if box in TALENT_POOL_BOXES:
                krs = self.tr("Kelompok Rencana Suksesi (KRS)")
                parts.append(f"<p><b>{krs}</b></p>")
            advice = self.tr("Rekomendasi")
            parts.append(f"<p><b>{advice}</b><br>{escape(REKOMENDASI[box])}</p>")
        scores = (
            (self.tr("Nilai kinerja"), row["nilai_kinerja"]),
            (self.tr("Nilai potensial"), row["nilai_potensial"]),
            (self.tr("Nilai talenta"), row["nilai_talenta"]),
        )
        parts.append(
            "<table cellspacing='0' cellpadding='2'>"
            + "".join(
                f"<tr><td>{label}</td><td align='right'><b>{self._score(value)}</b></td></tr>"
                for label, value in scores
            )
            + "</table>"
        )
        current = next((h for h in history if h.period_label == period_label), None)
        parts.append(self._components(current.components if current else None))
        parts.append(self._history(history))
        self.label.setText("".join(parts))

    def _components(self, raw) -> str:
        if not raw or (isinstance(raw, float) and pd.isna(raw)):
            return ""
        data = json.loads(raw) if isinstance(raw, str) else raw
        rows = []
        for axis, title in (
            ("kinerja", self.tr("Komponen kinerja")),
            ("potensial", self.tr("Komponen potensial")),
        ):
            rows.append(f"<tr><td colspan='2'><b>{title}</b></td></tr>")
            for key, value in (data.get(axis) or {}).items():
                source = SOURCES.get(key)
                label = escape(source.label) if source else escape(key)
                if key in SENSITIVE_COMPONENTS and not self.show_sensitive:
                    shown = f"<i>{escape(self.tr('data sensitif'))}</i>"
                else:
                    shown = self._score(value) if value is not None else self.tr("tidak ada data")
                rows.append(f"<tr><td>{label}</td><td align='right'>{shown}</td></tr>")
        return "<table cellspacing='0' cellpadding='1' width='100%'>" + "".join(rows) + "</table>"

    def _history(self, history: list[PlacementHistoryEntry]) -> str:
        if not history:
            return ""
        title = self.tr("Riwayat penempatan")
        rows = [f"<h4>{title}</h4><table cellspacing='0' cellpadding='2' width='100%'>"]
        for entry in history:
            now = _swatch(entry.current_box) if entry.current_box else self.tr("belum dapat dipetakan")
            rows.append(
                f"<tr><td><b>{escape(entry.period_label)}</b></td><td>{now}</td>"
                f"<td style='color:{palette.TEXT_MUTED}'>{escape(entry.scheme)}</td></tr>"
            )
            for cal in entry.calibrations:
                text = QCoreApplication.translate("PlacementPanel", "{0} → {1}: {2} ({3})").format(
                    cal.before_box or "—", cal.after_box, escape(cal.reason), escape(cal.decided_by)
                )
                rows.append(
                    f"<tr><td></td><td colspan='2' style='color:{palette.TEXT_MUTED}'>{text}</td></tr>"
                )
        rows.append("</table>")
        return "".join(rows)
