"""The Pengembangan page's form dialogs: an activity (new or changed), marking one done with its evidence,
and a plan for one person.

Each dialog runs its one service through the workspace when OK is pressed; a refusal (in Indonesian,
naming what is wrong) is shown inside the dialog, which stays open so nothing typed is lost. What the
service returned is kept in ``result_value``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pandas as pd
from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from talenta_desktop.domain.dates import add_years
from talenta_desktop.services.committee import CommitteeError
from talenta_desktop.services.development.interventions import KINDS
from talenta_desktop.services.development.plans import (
    ActivityInfo,
    DevelopmentError,
    PlanInfo,
    add_activity,
    create_plan,
    update_activity,
)
from talenta_desktop.services.permissions import PermissionDenied
from talenta_desktop.services.talent.periods import PeriodError
from talenta_desktop.services.workspace import Workspace
from talenta_desktop.ui import forms
from talenta_desktop.ui.committee.person_picker import PersonPicker
from talenta_desktop.ui.forms import hint

from .labels import (
    ACTIVITY_STATUS_TEXT,
    CATEGORY_TEXT,
    FORM_TEXT,
    KIND_TEXT,
    MENTOR_TYPE_TEXT,
    text,
)

# What a service may refuse with; anything else is a bug and goes to the exception hook.
REFUSALS = (DevelopmentError, PeriodError, CommitteeError, PermissionDenied)
NO_DATE = QDate(2000, 1, 1)  # an optional date edit's "not set" value, shown as "—"


def date_edit(name: str, day: date | None, *, optional: bool = False) -> QDateEdit:
    """A date with a calendar; an optional one shows "—" while not set (its minimum date)."""
    edit = QDateEdit(objectName=name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMMM yyyy")
    edit.setMinimumWidth(170)
    if optional:
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText("—")
    edit.setDate(QDate(day) if day else NO_DATE)
    return edit


def date_value(edit: QDateEdit) -> date | None:
    return None if edit.date() == NO_DATE and edit.specialValueText() else edit.date().toPython()


class ServiceDialog(forms.ServiceDialog):
    """A development form: what the development, period and committee services refuse is shown in place."""

    refusals = REFUSALS


# -- an activity ---------------------------------------------------------------------------------------


def kind_choice_text(kind: str) -> str:
    return f"{text(FORM_TEXT, KINDS[kind].form)} — {text(KIND_TEXT, kind)}"


def default_due(start: date, kind: str) -> date:
    """As the service schedules its proposals: formal training within six months, the rest in a year."""
    if KINDS[kind].form == "klasikal":
        return start + timedelta(days=182)
    return add_years(start, 1) - timedelta(days=1)


class ActivityDialog(ServiceDialog):
    """A new activity for a plan, or changes to one. Choosing the kind fills in its customary 70:20:10
    category and JP, which stay editable: the mix is a guideline, not a rule."""

    def __init__(
        self,
        workspace: Workspace,
        plan: PlanInfo,
        activity: ActivityInfo | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("ActivityDialog")
        self.plan = plan
        self.activity = activity
        self.setWindowTitle(
            self.tr("Ubah kegiatan — {0}").format(plan.nama)
            if activity
            else self.tr("Tambah kegiatan — {0}").format(plan.nama)
        )
        self.setMinimumWidth(560)
        start = today or date.today()
        self._due_touched = activity is not None

        self.kind = QComboBox(objectName="kind")
        for code in sorted(KINDS, key=lambda k: KINDS[k].form):  # klasikal first, each in service order
            self.kind.addItem(kind_choice_text(code), code)
        self.kind.view().setMinimumWidth(self.kind.view().sizeHintForColumn(0) + 24)
        self.title = QLineEdit(objectName="title")
        self.title.setPlaceholderText(self.tr("mis. Pelatihan Analis Kebijakan Ahli Muda"))
        self.category = QComboBox(objectName="category")
        for code, source in CATEGORY_TEXT.items():
            self.category.addItem(QCoreApplication.translate("Development", source), code)
        self.jp = QSpinBox(objectName="jp")
        self.jp.setRange(0, 1000)
        self.jp.setSuffix(self.tr(" JP"))
        self.jp.setFixedWidth(120)
        self.starts_on = date_edit("startsOn", activity.starts_on if activity else start, optional=True)
        self.due_on = date_edit("dueOn", activity.due_on if activity else None, optional=True)
        self.mentor_name = QLineEdit(objectName="mentorName")
        self.mentor_name.setPlaceholderText(self.tr("nama mentor atau coach, bila ada"))
        self.mentor_type = QComboBox(objectName="mentorType")
        for code, source in MENTOR_TYPE_TEXT.items():
            self.mentor_type.addItem(QCoreApplication.translate("Development", source), code)
        mentor = QHBoxLayout()
        mentor.setContentsMargins(0, 0, 0, 0)
        mentor.addWidget(self.mentor_name, 1)
        mentor.addWidget(self.mentor_type)
        mentor_host = QWidget()
        mentor_host.setLayout(mentor)
        dates = QHBoxLayout()
        dates.setContentsMargins(0, 0, 0, 0)
        dates.addWidget(self.starts_on)
        dates.addWidget(QLabel(self.tr("s.d.")))
        dates.addWidget(self.due_on)
        dates.addStretch(1)
        dates_host = QWidget()
        dates_host.setLayout(dates)

        self.form.addRow(self.tr("&Bentuk:"), self.kind)
        self.form.addRow(self.tr("&Nama kegiatan:"), self.title)
        self.form.addRow(self.tr("&Kategori 70:20:10:"), self.category)
        self.form.addRow(self.tr("&JP direncanakan:"), self.jp)
        self.form.addRow(self.tr("Mulai s.d. &batas waktu:"), dates_host)
        self.form.addRow(self.tr("&Mentor:"), mentor_host)
        self.status: QComboBox | None = None
        self.evidence: QLineEdit | None = None
        if activity is not None:
            self.status = QComboBox(objectName="status")
            for code, source in ACTIVITY_STATUS_TEXT.items():
                if code != "selesai" or activity.status == "selesai":
                    self.status.addItem(QCoreApplication.translate("Development", source), code)
            self.form.addRow(self.tr("&Status:"), self.status)
            if activity.status == "selesai":
                self.evidence = QLineEdit(activity.evidence or "", objectName="evidence")
                self.form.addRow(self.tr("B&ukti:"), self.evidence)
        self.finish(
            self.tr("Simpan") if activity else self.tr("Tambah kegiatan"),
            hint(
                self.tr(
                    "70:20:10 adalah pedoman, bukan aturan: kira-kira 70% belajar dari pengalaman (penugasan, "
                    "rotasi, magang), 20% dari orang lain (coaching, mentoring) dan 10% pembelajaran formal "
                    '(pelatihan, seminar). Tandai kegiatan selesai dengan tombol "Tandai selesai…".'
                )
            ),
        )

        if activity is not None:
            self._show(activity)
        else:
            self.kind.setCurrentIndex(self.kind.findData("pelatihan_teknis"))
            self._kind_chosen(start)
        self.kind.currentIndexChanged.connect(lambda _: self._kind_chosen(start))
        self.due_on.dateChanged.connect(self._due_edited)
        self.title.textChanged.connect(self._check)
        self.mentor_name.textChanged.connect(self._check)
        self._check()

    def _show(self, activity: ActivityInfo) -> None:
        self.kind.setCurrentIndex(self.kind.findData(activity.kind))
        self.title.setText(activity.title)
        self.category.setCurrentIndex(self.category.findData(activity.category))
        self.jp.setValue(activity.jp)
        self.mentor_name.setText(activity.mentor_name or "")
        if activity.mentor_type:
            self.mentor_type.setCurrentIndex(self.mentor_type.findData(activity.mentor_type))
        if self.status is not None:
            self.status.setCurrentIndex(self.status.findData(activity.status))

    def _kind_chosen(self, start: date) -> None:
        kind = self.kind.currentData()
        spec = KINDS[kind]
        self.category.setCurrentIndex(self.category.findData(spec.category))
        self.jp.setValue(spec.jp)
        labels = {text(KIND_TEXT, k) for k in KINDS}
        if not self.title.text().strip() or self.title.text() in labels:
            self.title.setText(text(KIND_TEXT, kind))
        if not self._due_touched:
            self.due_on.blockSignals(True)
            self.due_on.setDate(QDate(default_due(date_value(self.starts_on) or start, kind)))
            self.due_on.blockSignals(False)

    def _due_edited(self) -> None:
        self._due_touched = True

    def _check(self) -> None:
        self.mentor_type.setEnabled(bool(self.mentor_name.text().strip()))
        self.ok_button.setEnabled(bool(self.title.text().strip()))

    def values(self) -> dict:
        mentor = self.mentor_name.text().strip() or None
        values = {
            "kind": self.kind.currentData(),
            "title": self.title.text().strip(),
            "category": self.category.currentData(),
            "jp": self.jp.value(),
            "starts_on": date_value(self.starts_on),
            "due_on": date_value(self.due_on),
            "mentor_name": mentor,
            "mentor_type": self.mentor_type.currentData() if mentor else None,
        }
        if self.status is not None:
            values["status"] = self.status.currentData()
        if self.evidence is not None:
            values["evidence"] = self.evidence.text().strip() or None
        return values

    def submit(self) -> int | ActivityInfo | None:
        values = self.values()
        if self.activity is None:
            return self.workspace.write(add_activity, self.plan.id, **values)
        changes = {key: value for key, value in values.items() if getattr(self.activity, key) != value}
        if not changes:
            return None
        return self.workspace.write(update_activity, self.activity.id, **changes)


class CompleteDialog(ServiceDialog):
    """An activity marked done, with the evidence of it (certificate number, report, file name): the
    service refuses a completion without one."""

    def __init__(self, workspace: Workspace, activity: ActivityInfo, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("CompleteDialog")
        self.activity = activity
        self.setWindowTitle(self.tr("Tandai selesai — {0}").format(activity.title))
        self.setMinimumWidth(520)
        self.evidence = QLineEdit(activity.evidence or "", objectName="evidence")
        self.evidence.setPlaceholderText(
            self.tr("mis. Sertifikat No. 123/PKA/2026, laporan magang, nama berkas")
        )
        today = date.today()
        self.completed_on = date_edit("completedOn", activity.completed_on or today)
        self.completed_on.setMaximumDate(QDate(today))
        self.jp = QSpinBox(objectName="jp")
        self.jp.setRange(0, 1000)
        self.jp.setSuffix(self.tr(" JP"))
        self.jp.setValue(activity.jp)
        self.jp.setFixedWidth(120)
        self.form.addRow(self.tr("Kegiatan:"), QLabel(activity.title))
        self.form.addRow(self.tr("&Bukti penyelesaian:"), self.evidence)
        self.form.addRow(self.tr("&Tanggal selesai:"), self.completed_on)
        self.form.addRow(self.tr("&JP yang diperoleh:"), self.jp)
        self.finish(
            self.tr("Tandai selesai"),
            hint(
                self.tr(
                    "Bukti wajib diisi. JP yang diperoleh dihitung pada tahun tanggal selesai, untuk "
                    "pemenuhan 20 JP per tahun."
                )
            ),
        )

    def submit(self) -> ActivityInfo:
        changes: dict = {
            "status": "selesai",
            "evidence": self.evidence.text().strip() or None,
            "completed_on": self.completed_on.date().toPython(),
        }
        if self.jp.value() != self.activity.jp:
            changes["jp"] = self.jp.value()
        return self.workspace.write(update_activity, self.activity.id, **changes)


# -- a plan for one person ------------------------------------------------------------------------------


class PlanDialog(ServiceDialog):
    """A draft plan for one person with a box in the period and no plan yet; the activities are proposed
    from the box's rekomendasi and the person's competence gaps."""

    def __init__(
        self,
        workspace: Workspace,
        period_label: str,
        people: Callable[[], pd.DataFrame],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("PlanDialog")
        self.period_label = period_label
        self.setWindowTitle(self.tr("Buat rencana pengembangan — periode {0}").format(period_label))
        self.setMinimumWidth(560)
        self.picker = PersonPicker(people)
        self.target = QLineEdit(objectName="targetJabatan")
        self.target.setPlaceholderText(self.tr("bila ada, mis. Kepala Bidang Perencanaan"))
        self.form.addRow(self.tr("&Pegawai:"), self.picker)
        self.form.addRow(self.tr("&Jabatan target:"), self.target)
        self.finish(
            self.tr("Buat rencana"),
            hint(
                self.tr(
                    "Hanya pegawai yang sudah mempunyai kotak pada periode ini (kotak 2–9) dan belum "
                    "mempunyai rencana yang dapat dipilih. Kegiatan diusulkan dari rekomendasi kotaknya dan "
                    "kesenjangan kompetensinya; ubah sesudahnya bila perlu."
                )
            ),
        )
        self.picker.changed.connect(self._check)
        self._check()

    def _check(self) -> None:
        self.ok_button.setEnabled(self.picker.person_id() is not None)

    def submit(self) -> int:
        return self.workspace.write(
            create_plan, self.period_label, self.picker.person_id(), target_jabatan=self.target.text() or None
        )
