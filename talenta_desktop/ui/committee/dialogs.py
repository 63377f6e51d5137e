"""The Komite page's dialogs: a new committee, a member, a meeting, a decision, a conflict of interest,
a note on one person, a follow-up, and where to save the berita acara.

Each form dialog runs its one service through the workspace when OK is pressed; a refusal
(CommitteeError, in Indonesian, naming what is wrong) is shown inside the dialog, which stays open so
nothing typed is lost. What the service returned is kept in ``result_value``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

import pandas as pd
from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from talenta_desktop.services.committee import (
    CommitteeError,
    CommitteeInfo,
    MeetingInfo,
    MemberInfo,
    NoteInfo,
    add_decision,
    add_follow_up,
    add_member,
    create_committee,
    create_meeting,
    record_conflict,
    set_note,
    update_member,
)
from talenta_desktop.services.talent.periods import PeriodInfo
from talenta_desktop.services.workspace import Workspace
from talenta_desktop.ui import forms
from talenta_desktop.ui.formatting import date_text
from talenta_desktop.ui.forms import hint

from .labels import DECISION_TEXT, RELATION_TEXT, ROLE_TEXT, nip_text, text
from .person_picker import PersonPicker

People = Callable[[], pd.DataFrame]


def _date_edit(name: str, day: date | None = None) -> QDateEdit:
    edit = QDateEdit(objectName=name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMMM yyyy")
    edit.setDate(QDate(day or date.today()))
    edit.setMinimumWidth(170)
    return edit


def _time_edit(name: str, hours: int, minutes: int = 0) -> QTimeEdit:
    edit = QTimeEdit(objectName=name)
    edit.setDisplayFormat("HH.mm")
    edit.setTime(QTime(hours, minutes))
    edit.setMinimumWidth(80)
    return edit


class ServiceDialog(forms.ServiceDialog):
    """A committee form: what the committee service refuses is shown in place."""

    refusals = (CommitteeError,)


# -- committee and members --------------------------------------------------------------------------


class CommitteeDialog(ServiceDialog):
    """A new Komite Talenta as its SK establishes it."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("CommitteeDialog")
        self.setWindowTitle(self.tr("Komite baru"))
        self.setMinimumWidth(560)
        today = date.today()
        self.name = QLineEdit(self.tr("Komite Talenta Instansi"), objectName="name")
        self.sk_number = QLineEdit(objectName="skNumber")
        self.sk_number.setPlaceholderText(self.tr("mis. 800.1.3/45/KPTS/BKPSDM/2025"))
        self.sk_date = _date_edit("skDate", today)
        self.sk_title = QLineEdit(objectName="skTitle")
        self.sk_title.setPlaceholderText(
            self.tr("mis. Keputusan Bupati … tentang Pembentukan Komite Talenta")
        )
        self.serves_from = _date_edit("servesFrom", today)
        self.has_end = QCheckBox(self.tr("s.d."), objectName="hasEnd")
        self.serves_until = _date_edit("servesUntil", date(today.year + 2, 12, 31))
        self.serves_until.setEnabled(False)
        term = QHBoxLayout()
        term.setContentsMargins(0, 0, 0, 0)
        term.addWidget(self.serves_from)
        term.addWidget(self.has_end)
        term.addWidget(self.serves_until)
        term.addStretch(1)
        term_host = QWidget()
        term_host.setLayout(term)
        self.quorum = QSpinBox(objectName="quorum")
        self.quorum.setRange(0, 99)
        self.quorum.setSpecialValueText(self.tr("lebih dari separuh anggota"))
        self.quorum.setSuffix(self.tr(" anggota"))
        self.quorum.setMinimumWidth(220)

        self.form.addRow(self.tr("&Nama komite:"), self.name)
        self.form.addRow(self.tr("Nomor &SK:"), self.sk_number)
        self.form.addRow(self.tr("&Tanggal SK:"), self.sk_date)
        self.form.addRow(self.tr("&Judul SK:"), self.sk_title)
        self.form.addRow(self.tr("&Masa tugas:"), term_host)
        self.form.addRow(self.tr("&Kuorum:"), self.quorum)
        self.finish(
            self.tr("Buat komite"),
            hint(
                self.tr(
                    "Komite ditetapkan dengan SK Pejabat Pembina Kepegawaian. Nomor dan tanggal SK menjadi "
                    "dasar hukum pada berita acara. Kuorum: jumlah anggota yang harus hadir atau diwakili "
                    "agar rapat dapat dimulai; bawaan lebih dari separuh anggota."
                )
            ),
        )
        self.has_end.toggled.connect(self.serves_until.setEnabled)
        self.sk_date.dateChanged.connect(lambda d: self.serves_from.setDate(d))
        for field in (self.name, self.sk_number):
            field.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        self.ok_button.setEnabled(bool(self.name.text().strip() and self.sk_number.text().strip()))

    def submit(self) -> CommitteeInfo:
        return self.workspace.write(
            create_committee,
            self.name.text(),
            sk_number=self.sk_number.text(),
            sk_date=self.sk_date.date().toPython(),
            serves_from=self.serves_from.date().toPython(),
            serves_until=self.serves_until.date().toPython() if self.has_end.isChecked() else None,
            sk_title=self.sk_title.text().strip() or None,
            quorum=self.quorum.value() or None,
        )


class MemberDialog(ServiceDialog):
    """A member from the personnel list (name, NIP and jabatan as recorded) or from outside."""

    def __init__(
        self, workspace: Workspace, committee: CommitteeInfo, people: People, parent: QWidget | None = None
    ) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("MemberDialog")
        self.setWindowTitle(self.tr("Tambah anggota — {0}").format(committee.name))
        self.setMinimumWidth(580)
        self.committee = committee
        self.from_personnel = QRadioButton(self.tr("Pegawai &instansi"), objectName="fromPersonnel")
        self.external = QRadioButton(self.tr("Dari &luar instansi"), objectName="external")
        self.from_personnel.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.from_personnel)
        group.addButton(self.external)
        source = QHBoxLayout()
        source.setContentsMargins(0, 0, 0, 0)
        source.addWidget(self.from_personnel)
        source.addWidget(self.external)
        source.addStretch(1)
        source_host = QWidget()
        source_host.setLayout(source)

        self.picker = PersonPicker(people)
        self.external_name = QLineEdit(objectName="externalName")
        self.external_name.setPlaceholderText(self.tr("Nama lengkap dengan gelar, seperti ditandatangani"))
        self.external_nip = QLineEdit(objectName="externalNip")
        self.external_nip.setPlaceholderText(self.tr("bila ada"))
        self.external_jabatan = QLineEdit(objectName="externalJabatan")
        self.external_jabatan.setPlaceholderText(self.tr("mis. Akademisi, Universitas Sriwijaya"))
        external = QWidget()
        external_form = QFormLayout(external)
        external_form.setContentsMargins(0, 0, 0, 0)
        external_form.addRow(self.tr("Nama:"), self.external_name)
        external_form.addRow(self.tr("NIP:"), self.external_nip)
        external_form.addRow(self.tr("Jabatan:"), self.external_jabatan)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.picker)
        self.stack.addWidget(external)

        self.role = QComboBox(objectName="role")
        taken = {m.role for m in committee.members}
        for code, source_text in ROLE_TEXT.items():
            self.role.addItem(QCoreApplication.translate("Committee", source_text), code)
        self.role.setCurrentIndex(
            self.role.findData(next((r for r in ROLE_TEXT if r not in taken), "anggota"))
        )
        self.order = QSpinBox(objectName="signOrder")
        self.order.setRange(0, 99)
        self.order.setSpecialValueText(self.tr("terakhir"))
        self.order.setMinimumWidth(120)

        self.form.addRow(self.tr("Asal:"), source_host)
        self.form.addRow(self.tr("&Anggota:"), self.stack)
        self.form.addRow(self.tr("&Peran:"), self.role)
        self.form.addRow(self.tr("&Urutan tanda tangan:"), self.order)
        self.finish(
            self.tr("Tambah anggota"),
            hint(
                self.tr(
                    "Komite hanya mempunyai satu ketua dan satu sekretaris. Urutan tanda tangan menentukan "
                    "urutan pada daftar hadir dan berita acara."
                )
            ),
        )
        self.external.toggled.connect(lambda on: self.stack.setCurrentIndex(1 if on else 0))
        self.external.toggled.connect(self._check)
        self.picker.changed.connect(self._check)
        self.external_name.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        if self.external.isChecked():
            ok = bool(self.external_name.text().strip())
        else:
            ok = self.picker.person_id() is not None
        self.ok_button.setEnabled(ok)

    def submit(self) -> MemberInfo:
        role = self.role.currentData()
        order = self.order.value() or None
        if self.external.isChecked():
            return self.workspace.write(
                add_member,
                self.committee.id,
                role=role,
                nama=self.external_name.text().strip(),
                nip=self.external_nip.text().strip() or None,
                jabatan=self.external_jabatan.text().strip() or None,
                sign_order=order,
            )
        return self.workspace.write(
            add_member, self.committee.id, role=role, person_id=self.picker.person_id(), sign_order=order
        )


class MemberEditDialog(ServiceDialog):
    """A member's role, jabatan and order of signature, or the end of their membership."""

    def __init__(self, workspace: Workspace, member: MemberInfo, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("MemberEditDialog")
        self.setWindowTitle(self.tr("Ubah anggota — {0}").format(member.nama))
        self.setMinimumWidth(520)
        self.member = member
        name = QLabel(member.nama + (f" · {nip_text(member.nip)}" if member.nip else ""))
        name.setWordWrap(True)
        self.jabatan = QLineEdit(member.jabatan or "", objectName="jabatan")
        self.role = QComboBox(objectName="role")
        for code, source_text in ROLE_TEXT.items():
            self.role.addItem(QCoreApplication.translate("Committee", source_text), code)
        self.role.setCurrentIndex(self.role.findData(member.role))
        self.order = QSpinBox(objectName="signOrder")
        self.order.setRange(1, 99)
        self.order.setValue(max(member.sign_order, 1))
        self.active = QCheckBox(self.tr("Masih &anggota komite"), objectName="active")
        self.active.setChecked(True)
        self.form.addRow(self.tr("Anggota:"), name)
        self.form.addRow(self.tr("&Jabatan:"), self.jabatan)
        self.form.addRow(self.tr("&Peran:"), self.role)
        self.form.addRow(self.tr("&Urutan tanda tangan:"), self.order)
        self.form.addRow("", self.active)
        self.finish(
            self.tr("Simpan"),
            hint(
                self.tr(
                    "Anggota yang tidak lagi menjabat tidak dihitung dalam kuorum rapat berikutnya. Berita acara "
                    "rapat yang sudah final tetap memuat anggota seperti saat rapat itu."
                )
            ),
        )

    def submit(self) -> MemberInfo:
        return self.workspace.write(
            update_member,
            self.member.id,
            role=self.role.currentData(),
            jabatan=self.jabatan.text(),
            sign_order=self.order.value(),
            active=self.active.isChecked(),
        )


# -- meetings ---------------------------------------------------------------------------------------

_SERIAL = re.compile(r"(BA-?)(\d+)", re.IGNORECASE)


def next_number(numbers: Sequence[str]) -> str:
    """The number after the newest berita acara's ("…/BA-02/…" → "…/BA-03/…"); empty when unknown."""
    for number in numbers:
        match = _SERIAL.search(number)
        if match:
            serial = str(int(match.group(2)) + 1).zfill(len(match.group(2)))
            return number[: match.start(2)] + serial + number[match.end(2) :]
    return ""


class MeetingDialog(ServiceDialog):
    """A meeting of the committee; with ``corrects`` it is the correction of a final meeting."""

    def __init__(
        self,
        workspace: Workspace,
        committee: CommitteeInfo,
        meetings: Sequence[MeetingInfo],
        periods: Sequence[PeriodInfo],
        corrects: MeetingInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("MeetingDialog")
        self.setWindowTitle(self.tr("Rapat koreksi") if corrects else self.tr("Rapat baru"))
        self.setMinimumWidth(620)
        self.committee = committee
        self.number = QLineEdit(next_number([m.number for m in meetings]), objectName="number")
        self.number.setPlaceholderText(self.tr("Nomor berita acara, mis. 800.1.3/BA-01/KT/2026"))
        self.title = QLineEdit(objectName="title")
        self.title.setText(self.tr("Penetapan Hasil Pemetaan Talenta"))
        self.period = QComboBox(objectName="period")
        for period in periods:
            suffix = "" if period.is_open else self.tr(" (ditutup)")
            self.period.addItem(period.label + suffix, period.label)
        open_periods = [p for p in periods if p.is_open]
        if open_periods:
            self.period.setCurrentIndex(self.period.findData(open_periods[0].label))
        self.period.setMinimumWidth(140)
        self.held_on = _date_edit("heldOn")
        self.starts_at = _time_edit("startsAt", 9)
        self.has_end = QCheckBox(self.tr("s.d."), objectName="hasEnd")
        self.ends_at = _time_edit("endsAt", 12)
        self.ends_at.setEnabled(False)
        when = QHBoxLayout()
        when.setContentsMargins(0, 0, 0, 0)
        when.addWidget(self.held_on)
        when.addSpacing(10)
        when.addWidget(QLabel(self.tr("pukul")))
        when.addWidget(self.starts_at)
        when.addWidget(self.has_end)
        when.addWidget(self.ends_at)
        when.addWidget(QLabel(self.tr("WIB")))
        when.addStretch(1)
        when_host = QWidget()
        when_host.setLayout(when)
        self.place = QLineEdit(objectName="place")
        self.place.setPlaceholderText(self.tr("mis. Ruang Rapat Sekretariat Daerah"))
        previous_place = next((m.place for m in meetings if m.place), "")
        self.place.setText(previous_place)
        self.agenda = QPlainTextEdit(objectName="agenda")
        self.agenda.setTabChangesFocus(True)
        self.agenda.setPlaceholderText(self.tr("Satu butir agenda per baris"))
        self.agenda.setPlainText(
            "\n".join(
                (
                    self.tr("Pembukaan dan pengesahan kehadiran anggota"),
                    self.tr("Pembahasan dan kalibrasi hasil pemetaan talenta"),
                    self.tr("Tindak lanjut dan penutup"),
                )
            )
        )
        self.agenda.setFixedHeight(96)
        self.corrects = QComboBox(objectName="corrects")
        self.corrects.addItem(self.tr("— bukan rapat koreksi —"), None)
        for meeting in meetings:
            if meeting.is_final:
                self.corrects.addItem(
                    self.tr("{0} ({1})").format(meeting.number, date_text(meeting.held_on)), meeting.id
                )
        if corrects is not None:
            self.corrects.setCurrentIndex(max(self.corrects.findData(corrects.id), 0))
            self.title.setText(self.tr("Koreksi {0}").format(corrects.title))
            self.period.setCurrentIndex(max(self.period.findData(corrects.period_label), 0))
            self.agenda.setPlainText(
                "\n".join(
                    (
                        self.tr("Pembukaan dan pengesahan kehadiran anggota"),
                        self.tr("Koreksi keputusan rapat {0}").format(corrects.number),
                        self.tr("Penutup"),
                    )
                )
            )

        self.form.addRow(self.tr("&Nomor berita acara:"), self.number)
        self.form.addRow(self.tr("&Judul rapat:"), self.title)
        self.form.addRow(self.tr("&Periode talenta:"), self.period)
        self.form.addRow(self.tr("&Waktu:"), when_host)
        self.form.addRow(self.tr("&Tempat:"), self.place)
        self.form.addRow(self.tr("A&genda:"), self.agenda)
        self.form.addRow(self.tr("&Koreksi atas:"), self.corrects)
        self.finish(
            self.tr("Buat rapat"),
            hint(
                self.tr(
                    "Rapat koreksi merujuk rapat final yang dikoreksi; rapat final itu sendiri tidak berubah."
                )
            ),
        )
        self.has_end.toggled.connect(self.ends_at.setEnabled)
        for field in (self.number, self.place):
            field.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        self.ok_button.setEnabled(
            bool(self.number.text().strip() and self.place.text().strip() and self.period.count())
        )

    def submit(self) -> MeetingInfo:
        return self.workspace.write(
            create_meeting,
            self.committee.id,
            period_label=self.period.currentData(),
            number=self.number.text().strip(),
            title=self.title.text().strip(),
            held_on=self.held_on.date().toPython(),
            starts_at=self.starts_at.time().toString("HH.mm"),
            ends_at=self.ends_at.time().toString("HH.mm") if self.has_end.isChecked() else None,
            place=self.place.text().strip(),
            agenda=self.agenda.toPlainText().splitlines(),
            corrects_meeting_id=self.corrects.currentData(),
        )


# -- what a meeting records ------------------------------------------------------------------------


class DecisionDialog(ServiceDialog):
    """A decision of the meeting being held, optionally about one person."""

    def __init__(
        self, workspace: Workspace, meeting: MeetingInfo, people: People, parent: QWidget | None = None
    ) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("DecisionDialog")
        self.setWindowTitle(self.tr("Tambah keputusan — rapat {0}").format(meeting.number))
        self.setMinimumWidth(600)
        self.meeting = meeting
        self.kind = QComboBox(objectName="kind")
        for code, source_text in DECISION_TEXT.items():
            self.kind.addItem(QCoreApplication.translate("Committee", source_text), code)
        self.kind.setCurrentIndex(self.kind.findData("krs"))
        self.picker = PersonPicker(people)
        self.text_edit = QPlainTextEdit(objectName="text")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText(self.tr("Apa yang diputuskan"))
        self.text_edit.setFixedHeight(80)
        self.basis = QLineEdit(objectName="basis")
        self.basis.setPlaceholderText(self.tr("Data atau peraturan yang mendasari, mis. jabatan target"))
        self.form.addRow(self.tr("&Jenis:"), self.kind)
        self.form.addRow(self.tr("&Pegawai:"), self.picker)
        self.form.addRow(self.tr("&Keputusan:"), self.text_edit)
        self.form.addRow(self.tr("&Dasar:"), self.basis)
        self.finish(
            self.tr("Catat keputusan"),
            hint(
                self.tr(
                    "Pegawai boleh dikosongkan untuk keputusan umum. Perpindahan kotak dicatat di Peta Talenta "
                    "selama rapat berlangsung dan otomatis masuk daftar keputusan rapat ini."
                )
            ),
        )
        self.text_edit.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        self.ok_button.setEnabled(bool(self.text_edit.toPlainText().strip()))

    def submit(self) -> int:
        return self.workspace.write(
            add_decision,
            self.meeting.id,
            self.kind.currentData(),
            self.text_edit.toPlainText(),
            person_id=self.picker.person_id(),
            basis=self.basis.text().strip() or None,
        )


class ConflictDialog(ServiceDialog):
    """A member who steps out while a person is discussed (themselves, a relative, a direct report)."""

    def __init__(
        self,
        workspace: Workspace,
        meeting: MeetingInfo,
        members: Sequence[MemberInfo],
        people: People,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("ConflictDialog")
        self.setWindowTitle(self.tr("Benturan kepentingan — rapat {0}").format(meeting.number))
        self.setMinimumWidth(600)
        self.meeting = meeting
        self.member = QComboBox(objectName="member")
        for member in members:
            self.member.addItem(
                self.tr("{0} ({1})").format(member.nama, text(ROLE_TEXT, member.role)), member.id
            )
        self.picker = PersonPicker(people)
        self.relation = QComboBox(objectName="relation")
        for code, source_text in RELATION_TEXT.items():
            self.relation.addItem(QCoreApplication.translate("Committee", source_text), code)
        self.note = QLineEdit(objectName="note")
        self.note.setPlaceholderText(self.tr("mis. atasan langsung pegawai yang dibahas"))
        self.form.addRow(self.tr("&Anggota:"), self.member)
        self.form.addRow(self.tr("&Pegawai yang dibahas:"), self.picker)
        self.form.addRow(self.tr("&Hubungan:"), self.relation)
        self.form.addRow(self.tr("&Keterangan:"), self.note)
        self.finish(
            self.tr("Catat"),
            hint(
                self.tr(
                    "Anggota tersebut keluar ruangan selama pegawai ini dibahas; berita acara mencatatnya "
                    "pada setiap keputusan tentang pegawai itu."
                )
            ),
        )
        self.picker.changed.connect(self._check)
        self._check()

    def _check(self) -> None:
        self.ok_button.setEnabled(self.picker.person_id() is not None and self.member.count() > 0)

    def submit(self) -> None:
        return self.workspace.write(
            record_conflict,
            self.meeting.id,
            self.member.currentData(),
            self.picker.person_id(),
            self.relation.currentData(),
            self.note.text().strip() or None,
        )


class NoteDialog(ServiceDialog):
    """What was said about one person, and whether the committee has discussed them."""

    def __init__(
        self, workspace: Workspace, meeting: MeetingInfo, people: People, parent: QWidget | None = None
    ) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("NoteDialog")
        self.setWindowTitle(self.tr("Catatan pegawai — rapat {0}").format(meeting.number))
        self.setMinimumWidth(600)
        self.meeting = meeting
        self.picker = PersonPicker(people)
        self.text_edit = QPlainTextEdit(objectName="text")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText(self.tr("Pokok pembahasan tentang pegawai ini"))
        self.text_edit.setFixedHeight(90)
        self.discussed = QCheckBox(self.tr("Sudah &dibahas"), objectName="discussed")
        self.discussed.setChecked(True)
        self.form.addRow(self.tr("&Pegawai:"), self.picker)
        self.form.addRow(self.tr("&Catatan:"), self.text_edit)
        self.form.addRow("", self.discussed)
        self.finish(
            self.tr("Simpan catatan"),
            hint(self.tr("Menyimpan lagi untuk pegawai yang sama menggantikan catatan sebelumnya.")),
        )
        self.picker.changed.connect(self._check)
        self._check()

    def edit(self, note: NoteInfo) -> None:
        """Start from a note already written (its person chosen, its text and mark)."""
        self.picker.set_query(note.nip)
        self.text_edit.setPlainText(note.text)
        self.discussed.setChecked(note.discussed)

    def _check(self) -> None:
        self.ok_button.setEnabled(self.picker.person_id() is not None)

    def submit(self) -> tuple[str, bool]:
        text_value = self.text_edit.toPlainText().strip()
        self.workspace.write(
            set_note, self.meeting.id, self.picker.person_id(), text_value, self.discussed.isChecked()
        )
        return text_value, self.discussed.isChecked()


class FollowUpDialog(ServiceDialog):
    def __init__(self, workspace: Workspace, meeting: MeetingInfo, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("FollowUpDialog")
        self.setWindowTitle(self.tr("Tindak lanjut — rapat {0}").format(meeting.number))
        self.setMinimumWidth(560)
        self.meeting = meeting
        self.task = QLineEdit(objectName="task")
        self.task.setPlaceholderText(self.tr("mis. Menyusun rencana pengembangan pegawai kotak 5–8"))
        self.owner = QLineEdit(objectName="owner")
        self.owner.setPlaceholderText(self.tr("mis. Kepala BKPSDM"))
        self.has_due = QCheckBox(self.tr("Ada batas waktu"), objectName="hasDue")
        self.has_due.setChecked(True)
        self.due = _date_edit("due", date.fromordinal(date.today().toordinal() + 30))
        due = QHBoxLayout()
        due.setContentsMargins(0, 0, 0, 0)
        due.addWidget(self.has_due)
        due.addWidget(self.due)
        due.addStretch(1)
        due_host = QWidget()
        due_host.setLayout(due)
        self.form.addRow(self.tr("&Kegiatan:"), self.task)
        self.form.addRow(self.tr("&Penanggung jawab:"), self.owner)
        self.form.addRow(self.tr("&Batas waktu:"), due_host)
        self.finish(self.tr("Tambah tindak lanjut"))
        self.has_due.toggled.connect(self.due.setEnabled)
        for field in (self.task, self.owner):
            field.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        self.ok_button.setEnabled(bool(self.task.text().strip() and self.owner.text().strip()))

    def submit(self) -> int:
        return self.workspace.write(
            add_follow_up,
            self.meeting.id,
            self.task.text(),
            self.owner.text(),
            self.due.date().toPython() if self.has_due.isChecked() else None,
        )


# -- the berita acara --------------------------------------------------------------------------------

PAPERS = ("A4", "F4")


def default_pdf_name(number: str) -> str:
    """ "Berita Acara 800.1.3-BA-01-KT-2026.pdf": the number without what a file name cannot hold."""
    safe = re.sub(r'[\\/:*?"<>|]+', "-", number).strip(" .-") or "rapat"
    return f"Berita Acara {safe}.pdf"


class BeritaAcaraDialog(QDialog):
    """Where to save the berita acara PDF, and on which paper (A4, or F4/folio as many offices print)."""

    def __init__(self, meeting: MeetingInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BeritaAcaraDialog")
        self.setWindowTitle(self.tr("Berita acara (PDF) — rapat {0}").format(meeting.number))
        self.setMinimumWidth(600)
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(
            Path.home()
        )
        self.path_edit = QLineEdit(str(Path(folder) / default_pdf_name(meeting.number)), objectName="path")
        browse = QPushButton(self.tr("&Pilih…"), objectName="browse")
        where = QHBoxLayout()
        where.setContentsMargins(0, 0, 0, 0)
        where.addWidget(self.path_edit, 1)
        where.addWidget(browse)
        where_host = QWidget()
        where_host.setLayout(where)
        self.a4 = QRadioButton(self.tr("A4 (210 × 297 mm)"), objectName="paperA4")
        self.f4 = QRadioButton(self.tr("F4/folio (215 × 330 mm)"), objectName="paperF4")
        self.a4.setChecked(True)
        papers = QHBoxLayout()
        papers.setContentsMargins(0, 0, 0, 0)
        papers.addWidget(self.a4)
        papers.addWidget(self.f4)
        papers.addStretch(1)
        papers_host = QWidget()
        papers_host.setLayout(papers)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Simpan ke:"), where_host)
        form.addRow(self.tr("Ukuran kertas:"), papers_host)
        if meeting.status == "final":
            wording = self.tr(
                "Berita acara dicetak dari rekaman yang disimpan saat rapat difinalkan. Sidik jari pada halaman "
                "terakhir dapat dicocokkan dengan basis data."
            )
        else:
            wording = self.tr(
                "Rapat belum final: setiap halaman ditandai DRAF dan tidak ada sidik jari, karena isinya masih "
                "dapat berubah."
            )
        note = hint(wording)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("ok")
        self.ok_button.setText(self.tr("Buat PDF"))
        self.ok_button.setProperty("role", "primary")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        browse.clicked.connect(self._browse)
        self.path_edit.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t.strip())))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan berita acara"), self.path_edit.text(), self.tr("Dokumen PDF (*.pdf)")
        )
        if path:
            self.path_edit.setText(path if path.lower().endswith(".pdf") else path + ".pdf")

    def paper(self) -> str:
        return "F4" if self.f4.isChecked() else "A4"

    def path(self) -> Path:
        return Path(self.path_edit.text().strip())
