"""A new talent period ("2026"): which SKP years count, the reference date, how long assessments stay valid.

The dialog checks what it can as the user types (empty or existing name, SKP years in the wrong order) and
leaves the final word to `services.talent.periods.create_period`, whose refusal it shows in place.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from talenta_desktop.services.permissions import PermissionDenied
from talenta_desktop.services.talent.periods import PeriodError, PeriodInfo, create_period, list_periods
from talenta_desktop.services.workspace import Workspace
from talenta_desktop.ui.messages import user_text
from talenta_desktop.ui.restyle import restyle

LABEL_MAX = 40  # the column's length (models.talent.TalentPeriod.label)


class PeriodDialog(QDialog):
    """Creates the period when accepted; `period` holds the created PeriodInfo afterwards."""

    created = Signal(object)  # PeriodInfo

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PeriodDialog")
        self.setWindowTitle(self.tr("Periode baru"))
        self.workspace = workspace
        self.period: PeriodInfo | None = None
        self._existing = {p.label.casefold() for p in workspace.read(list_periods)}
        self._follow_label = True  # years and date follow a year-like name until the user sets them

        year = self._suggested_year()
        self.label_edit = QLineEdit(str(year), objectName="label")
        self.label_edit.setMaxLength(LABEL_MAX)
        self.label_edit.setPlaceholderText(self.tr("mis. 2026"))
        self.skp_from = QSpinBox(objectName="skpFrom")
        self.skp_to = QSpinBox(objectName="skpTo")
        for box in (self.skp_from, self.skp_to):
            box.setRange(2000, 2100)
            box.setMinimumWidth(90)
        self.skp_from.setValue(year - 1)
        self.skp_to.setValue(year)
        self.reference = QDateEdit(objectName="referenceDate")
        self.reference.setCalendarPopup(True)
        self.reference.setDisplayFormat("d MMMM yyyy")
        self.reference.setDate(QDate(year, 12, 31))
        self.reference.setMinimumWidth(170)
        self.valid_years = QSpinBox(objectName="validYears")
        self.valid_years.setRange(1, 10)
        self.valid_years.setValue(3)
        self.valid_years.setSuffix(self.tr(" tahun"))
        self.valid_years.setMinimumWidth(90)

        years = QHBoxLayout()
        years.setContentsMargins(0, 0, 0, 0)
        years.addWidget(self.skp_from)
        years.addWidget(QLabel(self.tr("s.d.")))
        years.addWidget(self.skp_to)
        years.addStretch(1)
        years_host = QWidget()
        years_host.setLayout(years)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(12)
        form.addRow(self.tr("&Nama periode:"), self.label_edit)
        form.addRow(self.tr("Tahun &SKP:"), years_host)
        form.addRow(self.tr("&Tanggal acuan:"), self.reference)
        form.addRow(self.tr("&Masa berlaku asesmen:"), self.valid_years)
        for row, field in enumerate((self.label_edit, self.skp_from, self.reference, self.valid_years)):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            if isinstance(label, QLabel):
                label.setBuddy(field)

        hint = QLabel(
            self.tr(
                "SKP pada tahun-tahun ini dihitung untuk kinerja. Usia, masa pensiun, masa berlaku asesmen "
                "dan penghargaan dihitung pada tanggal acuan (biasanya 31 Desember tahun periode). "
                "Lazimnya asesmen berlaku 3 tahun."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        self.messages = QLabel(objectName="messages")
        self.messages.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("ok")
        self.ok_button.setText(self.tr("Buat periode"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.messages)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

        self.label_edit.textEdited.connect(self._label_edited)
        for box in (self.skp_from, self.skp_to, self.valid_years):
            box.valueChanged.connect(self._field_edited)
        self.reference.dateChanged.connect(self._field_edited)
        self.label_edit.selectAll()
        self._check()

    def _suggested_year(self) -> int:
        years = [int(label) for label in self._existing if label.isdigit() and len(label) == 4]
        return max(years) + 1 if years else date.today().year

    # -- behaviour -----------------------------------------------------------------------------------

    def _label_edited(self, text: str) -> None:
        text = text.strip()
        if self._follow_label and text.isdigit() and len(text) == 4 and 2000 <= int(text) <= 2100:
            year = int(text)
            for widget, value in ((self.skp_from, year - 1), (self.skp_to, year)):
                widget.blockSignals(True)
                widget.setValue(value)
                widget.blockSignals(False)
            self.reference.blockSignals(True)
            self.reference.setDate(QDate(year, 12, 31))
            self.reference.blockSignals(False)
        self._check()

    def _field_edited(self) -> None:
        self._follow_label = False
        self._check()

    def problems(self) -> tuple[list[str], list[str]]:
        """(errors that block creating, warnings worth a second look)."""
        errors: list[str] = []
        warnings: list[str] = []
        label = self.label_edit.text().strip()
        if not label:
            errors.append(self.tr("Nama periode wajib diisi."))
        elif label.casefold() in self._existing:
            errors.append(self.tr("Periode {0} sudah ada.").format(label))
        if self.skp_from.value() > self.skp_to.value():
            errors.append(
                self.tr("Tahun SKP awal ({0}) sesudah tahun akhir ({1}).").format(
                    self.skp_from.value(), self.skp_to.value()
                )
            )
        reference = self.reference_date()
        if reference.year < self.skp_to.value():
            warnings.append(
                self.tr("Tanggal acuan jatuh sebelum tahun SKP terakhir ({0}) berakhir.").format(
                    self.skp_to.value()
                )
            )
        return errors, warnings

    def _check(self) -> bool:
        errors, warnings = self.problems()
        lines = [f"• {text}" for text in errors + warnings]
        self.messages.setText("\n".join(lines))
        self.messages.setVisible(bool(lines))
        restyle(self.messages, "tone", "error" if errors else ("warning" if warnings else None))
        label = self.label_edit.text().strip()
        restyle(self.label_edit, "invalid", not label or label.casefold() in self._existing)
        restyle(self.skp_from, "invalid", self.skp_from.value() > self.skp_to.value())
        self.ok_button.setEnabled(not errors)
        return not errors

    def reference_date(self) -> date:
        qdate = self.reference.date()
        return date(qdate.year(), qdate.month(), qdate.day())

    def accept(self) -> None:
        if not self._check():
            return
        try:
            self.period = self.workspace.write(
                create_period,
                self.label_edit.text().strip(),
                skp_year_from=self.skp_from.value(),
                skp_year_to=self.skp_to.value(),
                reference_date=self.reference_date(),
                assessment_valid_years=self.valid_years.value(),
            )
        except (PeriodError, PermissionDenied) as exc:
            self.messages.setText(user_text(exc))
            self.messages.setVisible(True)
            restyle(self.messages, "tone", "error")
            return
        self.created.emit(self.period)
        super().accept()
