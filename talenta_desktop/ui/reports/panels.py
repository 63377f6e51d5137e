"""The four tabs of the Laporan page as forms: what to make, for which period, with which options.

A panel only collects the user's choices and says whether they can be acted on (a button disabled with
the reason as its tooltip and in a note); the page runs the work (ui.pages.reports).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pandas as pd
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from talenta_desktop.domain.errors import RuleError
from talenta_desktop.domain.nip import normalize_nip
from talenta_desktop.services.committee import MeetingInfo
from talenta_desktop.services.export_log import ExportLogEntry
from talenta_desktop.services.reports.catalog import PAPERS, REPORTS, ReportRequest
from talenta_desktop.services.talent.periods import PeriodInfo
from talenta_desktop.services.units import UnitNode
from talenta_desktop.ui.committee.labels import nip_text
from talenta_desktop.ui.formatting import date_text
from talenta_desktop.ui.forms import hint, section
from talenta_desktop.ui.messages import user_text
from talenta_desktop.ui.restyle import restyle
from talenta_desktop.ui.tables import read_only_table, say_when_empty, set_widths

from .labels import REPORT_ORDER, REPORT_TEXT, REPORT_TITLE, local_time, text
from .models import ExportLogModel, LogFilter

# Reports that print hukuman disiplin when asked (ReportRequest.include_sensitive).
HUKDIS_REPORTS = frozenset({"talent-map", "profile"})
# Reports that print a mapping: a period that was never mapped has nothing to show.
MAPPED_REPORTS = frozenset({"talent-map", "profile", "executive", "succession", "idp"})
PAPER_TEXT = {"A4": "A4 (210 × 297 mm)", "F4": "F4 (215 × 330 mm)"}


def default_period(periods: Sequence[PeriodInfo]) -> PeriodInfo | None:
    """The newest mapped period (periods come newest first), else the newest."""
    return next((p for p in periods if p.last_run_id is not None), periods[0] if periods else None)


def slug(value: str) -> str:
    """A piece of a file name: "800.1.3/BA-01/KT/2026" → "800.1.3-ba-01-kt-2026"."""
    return re.sub(r"[^0-9a-z.]+", "-", value.casefold()).strip("-.") or "laporan"


def panel() -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame(objectName="reportsPanel")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 14)
    layout.setSpacing(8)
    return frame, layout


def form_layout() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    form.setHorizontalSpacing(12)
    form.setVerticalSpacing(9)
    return form


def align_labels(form: QFormLayout, width: int = 0) -> None:
    """Centre each row's label on its field (QFormLayout puts a label at the top of a taller field); with
    ``width``, give every label that width, so the fields do not move as rows are shown and hidden."""
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        shown = label.widget() if label is not None else None
        if isinstance(shown, QLabel) and shown.text() and field is not None and field.widget() is not None:
            shown.setMinimumHeight(field.widget().sizeHint().height())
        if isinstance(shown, QLabel) and width:
            shown.setMinimumWidth(width)


def note_label(name: str) -> QLabel:
    label = QLabel(objectName=name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class PeriodCombo(QComboBox):
    """The talent periods, newest first; a closed or unmapped one says so."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setMinimumWidth(150)
        self.setMaximumWidth(260)
        self.periods: list[PeriodInfo] = []

    def set_periods(self, periods: Sequence[PeriodInfo]) -> None:
        keep = self.label()
        self.periods = list(periods)
        chosen = next((p for p in self.periods if p.label == keep), None) or default_period(self.periods)
        self.blockSignals(True)
        self.clear()
        for period in self.periods:
            if period.last_run_id is None:
                shown = self.tr("{0} (belum dipetakan)").format(period.label)
            elif not period.is_open:
                shown = self.tr("{0} (ditutup)").format(period.label)
            else:
                shown = period.label
            self.addItem(shown, period.label)
        self.setCurrentIndex(self.findData(chosen.label) if chosen else -1)
        self.blockSignals(False)
        self.currentIndexChanged.emit(self.currentIndex())

    def label(self) -> str | None:
        return self.currentData()

    def period(self) -> PeriodInfo | None:
        return next((p for p in self.periods if p.label == self.label()), None)

    def choose(self, label: str) -> None:
        index = self.findData(label)
        if index >= 0:
            self.setCurrentIndex(index)


def _mapping_note(period: PeriodInfo | None) -> tuple[str, str | None]:
    """What the chosen period holds, and a tone: "warning" when nothing can be made from it."""

    if period is None:
        return QCoreApplication.translate(
            "ReportsPanels",
            "Belum ada periode talenta: petakan periode di halaman Peta Talenta terlebih dahulu.",
        ), "warning"
    if period.last_run_id is None:
        return (
            QCoreApplication.translate(
                "ReportsPanels",
                "Periode {0} belum dipetakan: jalankan pemetaan di halaman Peta Talenta terlebih dahulu.",
            ).format(period.label),
            "warning",
        )
    n = QLocale().toString
    when = local_time(period.last_run_at) if period.last_run_at else "—"
    return (
        QCoreApplication.translate(
            "ReportsPanels", "Pemetaan terakhir {0}: {1} pegawai dipetakan, {2} belum dapat dipetakan."
        ).format(when, n(period.placed), n(period.holding)),
        None,
    )


# -- Lembar kerja BKN --------------------------------------------------------------------------------


class BknPanel(QWidget):
    """The BKN exchange workbook of one period; ``run_requested`` on "Buat lembar kerja…"."""

    run_requested = Signal()

    def __init__(self, may_see_sensitive: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.may_see_sensitive = may_see_sensitive
        self._busy = False
        frame, layout = panel()
        self.period_combo = PeriodCombo("bknPeriod")
        self.period_note = note_label("periodNote")
        self.sensitive_check = QCheckBox(
            self.tr("Sertakan kolom sensitif (tempat/tanggal lahir, alasan kalibrasi)"),
            objectName="bknSensitive",
        )
        self.sensitive_check.setChecked(may_see_sensitive)
        self.sensitive_check.setEnabled(may_see_sensitive)
        self.sensitive_check.setToolTip(
            self.tr("Kirim kolom sensitif hanya bila penerima memerlukannya (UU 27/2022).")
            if may_see_sensitive
            else self.tr("Hanya administrator dan operator BKPSDM yang boleh mengekspor kolom sensitif.")
        )
        self.run_button = QPushButton(self.tr("Buat lembar kerja…"), objectName="bknRun")
        self.run_button.setProperty("role", "primary")

        form = form_layout()
        form.addRow(self.tr("&Periode:"), self.period_combo)
        form.addRow("", self.period_note)
        form.addRow("", self.sensitive_check)
        align_labels(form)
        left = QVBoxLayout()
        left.setSpacing(10)
        left.addLayout(form)
        left.addLayout(_button_row(self.run_button))
        left.addStretch(1)
        left_widget = QWidget()
        left_widget.setLayout(left)
        left_widget.setMaximumWidth(560)
        left.setContentsMargins(0, 0, 0, 0)

        about = QLabel(objectName="aboutFile")
        about.setWordWrap(True)
        about.setTextFormat(Qt.TextFormat.RichText)
        about.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        about.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        about.setText(
            self.tr(
                "<p style='margin-top:0'>Berkas .xlsx untuk Kantor Regional BKN, dengan tiga lembar:</p>"
                "<ul style='margin-left:-20px'>"
                "<li><b>Data Talenta</b>: satu baris per pegawai pada pemetaan terakhir periode: data utama "
                "dengan nama kolom SIASN, nilai kinerja dan potensial, kotak hasil hitung dan hasil "
                "kalibrasi, KRS, jabatan target dan kesiapan, nomor berita acara.</li>"
                "<li><b>Ringkasan</b>: jumlah pegawai per kotak dan per perangkat daerah.</li>"
                "<li><b>Metadata</b>: instansi, periode, skema penilaian, pembuat, waktu, dan SHA-256 data "
                "agar penerima dapat memastikan isinya tidak diubah.</li></ul>"
                "<p>Agama, surel dan nomor HP tidak pernah diekspor. Setiap ekspor tercatat di Log ekspor.</p>"
            )
        )

        columns = QHBoxLayout()
        columns.setSpacing(28)
        columns.addWidget(left_widget, 1)
        columns.addWidget(about, 1)
        layout.addWidget(section(self.tr("Lembar kerja BKN")))
        layout.addLayout(columns, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)

        self.period_combo.currentIndexChanged.connect(lambda _: self._update())
        self.run_button.clicked.connect(self.run_requested)
        self._update()

    def set_periods(self, periods: Sequence[PeriodInfo]) -> None:
        self.period_combo.set_periods(periods)
        self._update()

    def period_label(self) -> str | None:
        return self.period_combo.label()

    def include_sensitive(self) -> bool:
        return self.may_see_sensitive and self.sensitive_check.isChecked()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update()

    def _update(self) -> None:
        period = self.period_combo.period()
        note, tone = _mapping_note(period)
        self.period_note.setText(note)
        restyle(self.period_note, "tone", tone)
        ready = period is not None and period.last_run_id is not None
        self.run_button.setEnabled(ready and not self._busy)
        self.run_button.setToolTip(
            self.tr("Simpan lembar kerja BKN periode ini sebagai .xlsx") if ready else note
        )


def _button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(8)
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


# -- Laporan PDF -------------------------------------------------------------------------------------


class PdfPanel(QWidget):
    """One PDF report of the catalog (services.reports.catalog.REPORTS) with the fields its kind needs."""

    run_requested = Signal()

    def __init__(
        self,
        may_see_sensitive: bool,
        people: Callable[[], pd.DataFrame | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.may_see_sensitive = may_see_sensitive
        self._people = people
        self._busy = False
        self.meetings: list[MeetingInfo] = []

        self.kinds = QListWidget(objectName="reportKinds")
        self.kinds.setFixedWidth(250)
        self.kinds.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.kinds.setTextElideMode(Qt.TextElideMode.ElideRight)
        for kind in [k for k in REPORT_ORDER if k in REPORTS] + [k for k in REPORTS if k not in REPORT_ORDER]:
            item = QListWidgetItem(text(REPORT_TITLE, kind, REPORTS[kind].title))
            item.setData(Qt.ItemDataRole.UserRole, kind)
            self.kinds.addItem(item)

        frame, layout = panel()
        self.title = QLabel(objectName="reportTitle")
        self.description = QLabel(objectName="reportText")
        self.description.setWordWrap(True)
        self.period_combo = PeriodCombo("pdfPeriod")
        self.period_note = note_label("periodNote")
        self.unit_combo = QComboBox(objectName="pdfUnit")
        self.unit_combo.setMinimumContentsLength(24)
        self.unit_combo.setMaximumWidth(440)
        self.unit_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit_combo.setToolTip(self.tr("Unit kerja beserta unit di bawahnya, atau seluruh instansi"))
        self.nip_edit = QLineEdit(objectName="pdfNip")
        self.nip_edit.setPlaceholderText(self.tr("18 digit, mis. 19691230 200107 1 002"))
        self.nip_edit.setClearButtonEnabled(True)
        self.nip_edit.setMaxLength(40)
        self.search_button = QPushButton(self.tr("Cari…"), objectName="pdfPersonSearch")
        self.search_button.setToolTip(self.tr("Cari pegawai menurut nama atau sebagian NIP"))
        nip_row = QWidget()
        nip_row.setMaximumWidth(360)
        nip_layout = QHBoxLayout(nip_row)
        nip_layout.setContentsMargins(0, 0, 0, 0)
        nip_layout.setSpacing(6)
        nip_layout.addWidget(self.nip_edit, 1)
        nip_layout.addWidget(self.search_button)
        self.person_note = note_label("personNote")
        self.meeting_combo = QComboBox(objectName="pdfMeeting")
        self.meeting_combo.setMinimumContentsLength(24)
        self.meeting_combo.setMaximumWidth(520)
        self.meeting_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.meeting_note = note_label("periodNote")
        self.paper_combo = QComboBox(objectName="pdfPaper")
        self.paper_combo.setMaximumWidth(260)
        for paper in PAPERS:
            self.paper_combo.addItem(PAPER_TEXT.get(paper, paper), paper)
        self.paper_combo.setToolTip(self.tr("F4 (folio) masih lazim untuk naskah dinas di banyak daerah"))
        self.redact_check = QCheckBox(
            self.tr("Samarkan identitas (inisial dan NIP tersamar)"), objectName="pdfRedact"
        )
        self.redact_check.setToolTip(
            self.tr(
                "Nama dicetak sebagai inisial dan NIP tersamar, seperti pada tampilan proyektor; jabatan "
                "pegawai dan teks bebas (alasan kalibrasi, catatan) tidak dicetak. Tercatat di Log ekspor "
                "sebagai tersamar, bukan data sensitif. Pemangku jabatan target tetap dapat dikenali dari "
                "jabatannya."
            )
        )
        self.hukdis_check = QCheckBox(self.tr("Sertakan rincian hukuman disiplin"), objectName="pdfHukdis")
        self._sync_sensitive()
        self.run_button = QPushButton(self.tr("Buat PDF…"), objectName="pdfRun")
        self.run_button.setProperty("role", "primary")

        self.form = form_layout()
        self.form.addRow(self.tr("&Periode:"), self.period_combo)
        self.form.addRow("", self.period_note)
        self.form.addRow(self.tr("&Unit kerja:"), self.unit_combo)
        self.form.addRow(self.tr("&NIP:"), nip_row)
        self.form.addRow("", self.person_note)
        self.form.addRow(self.tr("&Rapat:"), self.meeting_combo)
        self.form.addRow("", self.meeting_note)
        self.form.addRow(self.tr("&Kertas:"), self.paper_combo)
        self.form.addRow("", self.redact_check)
        self.form.addRow("", self.hukdis_check)
        self._nip_row = nip_row
        align_labels(self.form, 84)
        self.form.labelForField(self.period_combo).setBuddy(self.period_combo)
        self.form.labelForField(nip_row).setBuddy(self.nip_edit)

        fields = QWidget()
        fields.setMaximumWidth(620)
        fields_layout = QVBoxLayout(fields)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        fields_layout.setSpacing(10)
        fields_layout.addLayout(self.form)
        fields_layout.addLayout(_button_row(self.run_button))

        layout.addWidget(self.title)
        layout.addWidget(self.description)
        layout.addSpacing(4)
        layout.addWidget(fields)
        layout.addStretch(1)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(12)
        outer.addWidget(self.kinds)
        outer.addWidget(frame, 1)

        self.kinds.currentRowChanged.connect(lambda _: self._kind_chosen())
        self.period_combo.currentIndexChanged.connect(lambda _: self._update())
        self.meeting_combo.currentIndexChanged.connect(lambda _: self._update())
        self.nip_edit.textChanged.connect(lambda _: self._nip_changed())
        self.redact_check.toggled.connect(lambda _: self._sync_sensitive())
        self.run_button.clicked.connect(self.run_requested)
        self.nip_edit.returnPressed.connect(lambda: self.run_button.isEnabled() and self.run_requested.emit())
        self.kinds.setCurrentRow(0)

    # -- data ------------------------------------------------------------------------------------------

    def set_data(
        self, periods: Sequence[PeriodInfo], units: Sequence[UnitNode], meetings: Sequence[MeetingInfo]
    ) -> None:
        self.period_combo.set_periods(periods)
        keep = self.unit_combo.currentData()
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        self.unit_combo.addItem(self.tr("Seluruh instansi"), None)
        for unit in units:
            self.unit_combo.addItem("    " * unit.depth + unit.nama, str(unit.id))
            self.unit_combo.setItemData(self.unit_combo.count() - 1, unit.path, Qt.ItemDataRole.ToolTipRole)
        self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(keep)))
        self.unit_combo.blockSignals(False)
        self.meetings = [m for m in meetings if m.is_final]
        keep_meeting = self.meeting_combo.currentData()
        self.meeting_combo.blockSignals(True)
        self.meeting_combo.clear()
        for meeting in self.meetings:
            self.meeting_combo.addItem(
                self.tr("{0} ({1}) — {2}").format(meeting.number, date_text(meeting.held_on), meeting.title),
                meeting.id,
            )
        self.meeting_combo.setCurrentIndex(max(0, self.meeting_combo.findData(keep_meeting)))
        self.meeting_combo.blockSignals(False)
        self._nip_changed()

    def kind(self) -> str:
        item = self.kinds.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else REPORT_ORDER[0]

    def choose_kind(self, kind: str) -> None:
        for row in range(self.kinds.count()):
            if self.kinds.item(row).data(Qt.ItemDataRole.UserRole) == kind:
                self.kinds.setCurrentRow(row)
                return
        raise KeyError(kind)

    def choose_unit(self, unit_id: int | None) -> None:
        self.unit_combo.setCurrentIndex(
            max(0, self.unit_combo.findData(None if unit_id is None else str(unit_id)))
        )

    def needs(self, field: str) -> bool:
        kind = self.kind()
        if field == "unit":
            return kind == "talent-map"
        return field in REPORTS[kind].needs

    def redacts(self) -> bool:
        """Whether the chosen report is to be printed with identities masked (the kinds that list people)."""
        return REPORTS[self.kind()].redactable and self.redact_check.isChecked()

    def request(self) -> ReportRequest:
        """The request as filled in; a RuleError (its message for the user) when the NIP is no NIP."""
        kind = self.kind()
        redact = self.redacts()
        nip = normalize_nip(self.nip_edit.text()) if self.needs("nip") else None
        return ReportRequest(
            kind,
            period=self.period_combo.label() if self.needs("period") else None,
            unit=self.unit_combo.currentData() if self.needs("unit") else None,
            nip=nip,
            meeting=self.meeting_combo.currentData() if self.needs("meeting") else None,
            paper=self.paper_combo.currentData(),
            include_sensitive=self.may_see_sensitive
            and kind in HUKDIS_REPORTS
            and not redact
            and self.hukdis_check.isChecked(),
            redact=redact,
        )

    def suggested_name(self) -> str:
        """The file name offered in the save dialog: peta-talenta-2025-dinas-kesehatan.pdf and the like."""
        kind = self.kind()
        names = {
            "talent-map": "peta-talenta",
            "profile": "profil-talenta",
            "executive": "ringkasan-eksekutif",
            "succession": "laporan-suksesi",
            "idp": "idp",
            "berita-acara": "berita-acara",
        }
        parts = [names.get(kind, kind)]
        if self.needs("nip"):
            digits = "".join(ch for ch in self.nip_edit.text() if ch.isdigit())
            if digits:
                parts.append(digits)
        if self.needs("period") and self.period_combo.label():
            parts.append(self.period_combo.label())
        if self.needs("unit") and self.unit_combo.currentData() is not None:
            parts.append(self.unit_combo.currentText().strip())
        if self.needs("meeting") and self.meeting_combo.currentIndex() >= 0:
            meeting = next((m for m in self.meetings if m.id == self.meeting_combo.currentData()), None)
            if meeting is not None:
                parts.append(meeting.number)
        if self.redacts():
            parts.append("tersamar")
        return "-".join(slug(p) for p in parts) + ".pdf"

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update()

    # -- the person --------------------------------------------------------------------------------------

    def set_nip(self, nip: str) -> None:
        self.nip_edit.setText(nip_text(nip))

    def _nip_changed(self) -> None:
        raw = self.nip_edit.text()
        digits = "".join(ch for ch in raw if not ch.isspace())
        if self.needs("nip"):
            self._people()  # the list the NIP is looked up in starts reading now (in the background)
        if not self.needs("nip") or not digits:
            self.person_note.setText(self.tr('Ketik NIP, atau cari pegawai menurut nama dengan "Cari…".'))
            restyle(self.person_note, "tone", None)
        elif len(digits) < 18 and digits.isdigit():
            self.person_note.setText(self.tr("{0} dari 18 digit").format(len(digits)))
            restyle(self.person_note, "tone", None)
        else:
            try:
                nip = normalize_nip(raw)
            except RuleError as exc:
                self.person_note.setText(user_text(exc))
                restyle(self.person_note, "tone", "error")
            else:
                frame = self._people()
                found = self._person(frame, nip) if frame is not None else None
                if frame is None:  # still being read: people_ready() looks again
                    self.person_note.setText(self.tr("Mencari pegawai dengan NIP ini…"))
                    restyle(self.person_note, "tone", None)
                elif found is None:
                    self.person_note.setText(self.tr("Tidak ada pegawai dengan NIP ini di database."))
                    restyle(self.person_note, "tone", "error")
                else:
                    self.person_note.setText(found)
                    restyle(self.person_note, "tone", "ok")
        self._update()

    def people_ready(self) -> None:
        """The page has read the personnel list: the NIP typed meanwhile is looked up now."""
        self._nip_changed()

    def _person(self, frame: pd.DataFrame, nip: str) -> str | None:
        if not len(frame):
            return None
        hits = np.flatnonzero(frame["nip"].to_numpy() == nip)
        if not len(hits):
            return None
        row = frame.iloc[int(hits[0])]
        parts = [row.get("nama_lengkap"), row.get("jabatan"), row.get("unit_induk")]
        return " · ".join(str(p) for p in parts if isinstance(p, str) and p)

    # -- state -------------------------------------------------------------------------------------------

    def _kind_chosen(self) -> None:
        kind = self.kind()
        self.title.setText(text(REPORT_TITLE, kind, REPORTS[kind].title))
        self.description.setText(text(REPORT_TEXT, kind, ""))
        self.form.setRowVisible(self.period_combo, self.needs("period"))
        self.form.setRowVisible(self.period_note, self.needs("period"))
        self.form.setRowVisible(self.unit_combo, self.needs("unit"))
        self.form.setRowVisible(self._nip_row, self.needs("nip"))
        self.form.setRowVisible(self.person_note, self.needs("nip"))
        self.form.setRowVisible(self.meeting_combo, self.needs("meeting"))
        self.form.setRowVisible(self.meeting_note, self.needs("meeting"))
        self.form.setRowVisible(self.redact_check, REPORTS[kind].redactable)
        self.form.setRowVisible(self.hukdis_check, kind in HUKDIS_REPORTS)
        self._sync_sensitive()
        self._nip_changed()

    def _sync_sensitive(self) -> None:
        """Disciplinary details only for roles that may see them, and never in a redacted report."""
        redact = self.redacts()
        if redact and self.hukdis_check.isChecked():
            self.hukdis_check.setChecked(False)
        self.hukdis_check.setEnabled(self.may_see_sensitive and not redact)
        if not self.may_see_sensitive:
            tip = self.tr("Hanya administrator dan operator BKPSDM yang boleh mencetak hukuman disiplin.")
        elif redact:
            tip = self.tr("Laporan tersamar tidak memuat rincian hukuman disiplin.")
        else:
            tip = self.tr("Data sensitif (UU 27/2022): cetak hanya untuk yang berhak membacanya.")
        self.hukdis_check.setToolTip(tip)

    def _update(self) -> None:
        kind = self.kind()
        why = ""
        if self.needs("period"):
            period = self.period_combo.period()
            note, tone = _mapping_note(period)
            self.period_note.setText(note)
            restyle(self.period_note, "tone", tone)
            if period is None or (kind in MAPPED_REPORTS and period.last_run_id is None):
                why = note
        if self.needs("meeting"):
            if not self.meetings:
                why = self.tr(
                    "Belum ada rapat komite yang difinalkan; berita acara dicetak setelah rapat difinalkan."
                )
                self.meeting_note.setText(why)
            else:
                self.meeting_note.setText(self.tr("Hanya rapat yang sudah difinalkan yang dapat dicetak."))
        if not why and self.needs("nip") and not self.nip_edit.text().strip():
            why = self.tr("Isikan NIP pegawai.")
        self.run_button.setEnabled(not why and not self._busy)
        self.run_button.setToolTip(why or self.tr("Simpan laporan ini sebagai PDF"))


# -- Paket pertukaran --------------------------------------------------------------------------------


class PackagePanel(QWidget):
    """Sending a period to another laptop, and receiving one: ``export_requested`` / ``import_requested``."""

    export_requested = Signal()
    import_requested = Signal()

    def __init__(self, may_see_sensitive: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.may_see_sensitive = may_see_sensitive
        self._busy = False

        send, send_layout = panel()
        self.period_combo = PeriodCombo("packagePeriod")
        self.without_hukdis = QCheckBox(
            self.tr("Tanpa riwayat hukuman disiplin"), objectName="packageNoHukdis"
        )
        self.without_hukdis.setChecked(not may_see_sensitive)
        self.without_hukdis.setEnabled(may_see_sensitive)
        self.without_hukdis.setToolTip(
            self.tr("Centang bila penerima tidak berhak membaca riwayat hukuman disiplin (UU 27/2022).")
            if may_see_sensitive
            else self.tr(
                "Hanya administrator dan operator BKPSDM yang boleh mengirim riwayat hukuman disiplin."
            )
        )
        self.export_button = QPushButton(self.tr("Ekspor paket…"), objectName="packageExport")
        self.export_button.setProperty("role", "primary")
        self.fingerprint_title = QLabel(self.tr("Sidik jari kunci instalasi ini:"))
        self.fingerprint = QLabel(objectName="packageFingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_note = hint(
            self.tr(
                "Sampaikan sidik jari ini kepada penerima lewat telepon atau pesan, bukan bersama paketnya, "
                "agar penerima dapat memastikan paket berasal dari Anda."
            )
        )
        for widget in (self.fingerprint_title, self.fingerprint, self.fingerprint_note):
            widget.hide()
        form = form_layout()
        form.addRow(self.tr("&Periode:"), self.period_combo)
        form.addRow("", self.without_hukdis)
        align_labels(form)
        send_layout.addWidget(section(self.tr("Kirim paket")))
        send_layout.addWidget(
            hint(
                self.tr(
                    "Data satu periode (pegawai dan riwayatnya, SKP, asesmen, pemetaan, rapat komite, suksesi "
                    "dan rencana pengembangan) dalam satu berkas .talenta yang ditandatangani kunci instalasi "
                    "ini. Bawa dengan flashdisk ke laptop lain; penerima melihat pratinjau sebelum ada yang "
                    "berubah."
                )
            )
        )
        send_layout.addLayout(form)
        send_layout.addLayout(_button_row(self.export_button))
        send_layout.addWidget(self.fingerprint_title)
        send_layout.addWidget(self.fingerprint)
        send_layout.addWidget(self.fingerprint_note)
        send_layout.addStretch(1)

        receive, receive_layout = panel()
        self.import_button = QPushButton(self.tr("Impor paket…"), objectName="packageImport")
        self.import_button.setProperty("role", "primary")
        receive_layout.addWidget(section(self.tr("Terima paket")))
        receive_layout.addWidget(
            hint(
                self.tr(
                    "Buka berkas .talenta dari laptop lain. Tanda tangan dan checksum diperiksa lebih dulu: "
                    "paket yang rusak atau diubah ditolak. Pratinjau menunjukkan apa yang baru, diperbarui dan "
                    "bertentangan; Anda memilih sebelum mengimpor. Tidak ada data yang dihapus."
                )
            )
        )
        receive_layout.addLayout(_button_row(self.import_button))
        receive_layout.addStretch(1)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(12)
        outer.addWidget(send, 1)
        outer.addWidget(receive, 1)

        self.period_combo.currentIndexChanged.connect(lambda _: self._update())
        self.export_button.clicked.connect(self.export_requested)
        self.import_button.clicked.connect(self.import_requested)
        self._update()

    def set_periods(self, periods: Sequence[PeriodInfo]) -> None:
        self.period_combo.set_periods(periods)
        self._update()

    def period_label(self) -> str | None:
        return self.period_combo.label()

    def include_sensitive(self) -> bool:
        return self.may_see_sensitive and not self.without_hukdis.isChecked()

    def show_fingerprint(self, fingerprint: str) -> None:
        self.fingerprint.setText(fingerprint)
        for widget in (self.fingerprint_title, self.fingerprint, self.fingerprint_note):
            widget.show()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update()

    def _update(self) -> None:
        has_period = self.period_combo.label() is not None
        self.export_button.setEnabled(has_period and not self._busy)
        self.export_button.setToolTip(
            self.tr("Simpan data periode ini sebagai paket .talenta")
            if has_period
            else self.tr("Belum ada periode talenta untuk dikirim.")
        )
        self.import_button.setEnabled(not self._busy)


# -- Log ekspor --------------------------------------------------------------------------------------


class LogTable(QWidget):
    """The export log (one shared model) through its own filter: the whole log, or one kind of export
    under the form that makes it. ``open_requested`` with the folder of the chosen file."""

    open_requested = Signal(Path)

    def __init__(
        self,
        model: ExportLogModel,
        name: str,
        kinds: Callable[[str], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = LogFilter(self, kinds=kinds)
        self.proxy.setSourceModel(model)
        self.table = read_only_table(self.proxy, name)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ExportLogModel.TIME, Qt.SortOrder.DescendingOrder)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # paths: the start and the file name
        set_widths(self.table, {0: 124, 1: 120, 2: 230, 3: 64, 4: 210, 5: 64, 6: 140}, 7)
        self.table.horizontalHeader().setMinimumSectionSize(48)
        say_when_empty(
            self.table, QCoreApplication.translate("LogTable", "Belum ada berkas yang dibuat dari sini.")
        )
        self.open_button = QPushButton(
            QCoreApplication.translate("LogTable", "Buka folder"), objectName="logOpenFolder"
        )
        self.table.doubleClicked.connect(lambda _: self._open())
        self.open_button.clicked.connect(self._open)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.update_buttons())
        model.modelReset.connect(self.update_buttons)
        self.proxy.layoutChanged.connect(self.update_buttons)
        self.update_buttons()

    def current_entry(self) -> ExportLogEntry | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.entry(self.proxy.mapToSource(index).row())

    def select(self, event_id: int) -> bool:
        row = next((i for i, e in enumerate(self.model.rows) if e.event_id == event_id), -1)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        return True

    def _open(self) -> None:
        entry = self.current_entry()
        if entry is not None and Path(entry.path).parent.is_dir():
            self.open_requested.emit(Path(entry.path).parent)

    def update_buttons(self) -> None:
        entry = self.current_entry()
        exists = entry is not None and Path(entry.path).parent.is_dir()
        self.open_button.setEnabled(exists)
        if entry is None:
            self.open_button.setToolTip(
                QCoreApplication.translate("LogTable", "Pilih berkas di daftar untuk membuka foldernya")
            )
        elif not exists:
            self.open_button.setToolTip(
                QCoreApplication.translate("LogTable", "Folder berkas ini sudah tidak ada di komputer ini.")
            )
        else:
            self.open_button.setToolTip(
                QCoreApplication.translate("LogTable", "Tampilkan folder {0}").format(Path(entry.path).parent)
            )


class RecentExports(LogTable):
    """Under a form: the files of its kind made before, newest first (where did last month's go?)."""

    def __init__(
        self,
        model: ExportLogModel,
        name: str,
        title: str,
        kinds: Callable[[str], bool],
        *,
        show_kind: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(model, name, kinds, parent)
        self.title = title
        self.heading = QLabel(objectName="recentTitle")
        self.heading.setProperty("role", "sectionTitle")
        self.table.setColumnHidden(ExportLogModel.KIND, not show_kind)
        for column in (ExportLogModel.ROWS, ExportLogModel.SENSITIVE):  # in the Log ekspor tab
            self.table.setColumnHidden(column, True)
        set_widths(self.table, {0: 124, 1: 100, 2: 215, 3: 64, 4: 170}, ExportLogModel.PATH)
        self.table.setMinimumHeight(110)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(_heading_row(self.heading, self.open_button))
        layout.addWidget(self.table, 1)
        self.update_buttons()

    def update_buttons(self) -> None:
        super().update_buttons()
        if hasattr(self, "heading"):
            shown = self.proxy.rowCount()
            self.heading.setText(
                QCoreApplication.translate("ReportsPanels", "{0} ({1})").format(
                    self.title,
                    QLocale().toString(shown)
                    if shown
                    else QCoreApplication.translate("ReportsPanels", "belum ada"),
                )
            )


def _heading_row(label: QLabel, *buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(8)
    row.addWidget(label, 1, Qt.AlignmentFlag.AlignBottom)
    for button in buttons:
        row.addWidget(button)
    return row


class LogPanel(LogTable):
    """Every export recorded in the audit log, searchable."""

    def __init__(self, model: ExportLogModel, parent: QWidget | None = None) -> None:
        super().__init__(model, "exportLogTable", None, parent)
        why = QLabel(objectName="logWhy")
        why.setWordWrap(True)
        why.setText(
            self.tr(
                "Setiap data pegawai yang keluar dari kantor tercatat di sini: siapa, kapan, berkas apa, berapa "
                "baris, dan apakah memuat kolom sensitif. Menurut UU 27/2022 tentang Pelindungan Data Pribadi, "
                "instansi harus dapat menyebutkan data pribadi apa yang keluar, dan kegagalan pelindungan data "
                "(misalnya flashdisk berisi ekspor hilang) wajib diberitahukan paling lambat 3 × 24 jam."
            )
        )
        self.search = QLineEdit(objectName="logSearch")
        self.search.setPlaceholderText(self.tr("Cari pengguna, jenis, periode atau berkas…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(360)
        self.count = QLabel(objectName="logCount")
        self.count.setProperty("role", "hint")
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(self.search, 1)
        row.addWidget(self.count)
        row.addStretch(1)
        row.addWidget(self.open_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)
        outer.addWidget(why)
        outer.addLayout(row)
        outer.addWidget(self.table, 1)
        self.search.textChanged.connect(self._search)
        self.update_buttons()

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        self.update_buttons()

    def update_buttons(self) -> None:
        super().update_buttons()
        if not hasattr(self, "count"):
            return
        n = QLocale().toString
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(
            self.tr("%Ln ekspor tercatat", "", total)
            if shown == total
            else self.tr("{0} dari {1} ekspor").format(n(shown), n(total))
        )
