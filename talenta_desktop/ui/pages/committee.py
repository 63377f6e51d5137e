"""Komite: the Komite Talenta, its members and meetings, and the meeting being prepared, held or read.

The committee and its meetings are on the left; the chosen meeting on the right, in tabs that follow the
meeting's course: attendance until there is a quorum, then "Mulai rapat" (from then on every nine-box
calibration is recorded on this meeting), the agenda, the minutes, the decisions, the follow-ups, and
finally "Finalkan…", which locks the meeting for good (services.committee): a correction is a new
meeting that names the final one.

The minutes are typed during the meeting, on a laptop that may lose power: a change is written as an
unaudited draft within AUTOSAVE_MS and whenever the page is hidden, and a draft newer than the saved
minutes is offered back when the meeting is opened again. Only "Simpan" records (and audits) the text.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
from PySide6.QtCore import QModelIndex, Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from talenta_desktop.services.committee import (
    CommitteeError,
    CommitteeInfo,
    MeetingInfo,
    MeetingLocked,
    MinutesState,
    Quorum,
    activate_meeting,
    active_meeting,
    attendance,
    berita_acara_document,
    discard_minutes_draft,
    finalize_meeting,
    get_meeting,
    list_committees,
    list_follow_ups,
    list_meetings,
    meeting_conflicts,
    meeting_notes,
    minutes_state,
    pause_meeting,
    quorum,
    save_minutes,
    save_minutes_draft,
    set_agenda,
    set_attendance,
    set_follow_up_done,
)
from talenta_desktop.services.permissions import Permission, PermissionDenied
from talenta_desktop.services.personnel import personnel_frame
from talenta_desktop.services.talent.periods import list_periods
from talenta_desktop.services.workspace import Workspace
from talenta_desktop.ui.committee.dialogs import (
    BeritaAcaraDialog,
    CommitteeDialog,
    ConflictDialog,
    DecisionDialog,
    FollowUpDialog,
    MeetingDialog,
    MemberDialog,
    MemberEditDialog,
    NoteDialog,
)
from talenta_desktop.ui.committee.labels import STATUS_TEXT, clock, text
from talenta_desktop.ui.committee.models import (
    REPRESENTATIVE_COLUMN,
    STATUS_COLUMN,
    AttendanceDelegate,
    AttendanceModel,
    ConflictModel,
    DecisionModel,
    FollowUpModel,
    IdRole,
    MeetingListModel,
    MemberModel,
    NoteModel,
)
from talenta_desktop.ui.committee.person_picker import PEOPLE_COLUMNS
from talenta_desktop.ui.committee.style import style
from talenta_desktop.ui.committee.tabs import DecisionsTab, DiscussionTab, FollowUpsTab
from talenta_desktop.ui.committee.template_dialog import BeritaAcaraTemplateDialog
from talenta_desktop.ui.formatting import clock_text, date_text, weekday_text
from talenta_desktop.ui.forms import ElidedLabel, ask, hbox, say, section
from talenta_desktop.ui.lazy_tab import LazyTab
from talenta_desktop.ui.messages import user_text
from talenta_desktop.ui.permissions import guard
from talenta_desktop.ui.restyle import restyle
from talenta_desktop.ui.shortcuts import bind
from talenta_desktop.ui.tables import read_only_table, set_widths
from talenta_desktop.ui.workers import LatestLoader, Task

if TYPE_CHECKING:
    from talenta_desktop.services.reports.berita_acara_data import BeritaAcaraDocument

log = logging.getLogger(__name__)

AUTOSAVE_MS = 5000  # a change to the minutes reaches the database within this time
# What the committee service refuses, and what the actor's role may not do: shown, never raised.
REFUSALS = (CommitteeError, PermissionDenied)


def ask_text(parent: QWidget, title: str, label: str, ok: str, cancel: str) -> str | None:
    """One line of text, or None when cancelled."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setOkButtonText(ok)
    dialog.setCancelButtonText(cancel)
    dialog.resize(460, dialog.sizeHint().height())
    if dialog.exec() != QInputDialog.DialogCode.Accepted:
        return None
    return dialog.textValue().strip() or None


@dataclass(frozen=True)
class MeetingRecord:
    """What the page shows of one meeting, read in one go."""

    meeting: MeetingInfo
    active: MeetingInfo | None  # the meeting being held, whichever it is
    quorum: Quorum
    document: BeritaAcaraDocument | None
    problem: CommitteeError | None  # why the document could not be read (a final record altered)
    attendance: list
    follow_ups: list
    notes: list
    conflicts: list
    minutes: MinutesState


def read_meeting(workspace: Workspace, meeting_id: int) -> MeetingRecord:
    read = workspace.read
    try:
        document, problem = read(berita_acara_document, meeting_id), None
    except CommitteeError as exc:
        document, problem = None, exc
    return MeetingRecord(
        meeting=read(get_meeting, meeting_id),
        active=read(active_meeting),
        quorum=read(quorum, meeting_id),
        document=document,
        problem=problem,
        attendance=read(attendance, meeting_id),
        follow_ups=read(list_follow_ups, meeting_id),
        notes=read(meeting_notes, meeting_id),
        conflicts=read(meeting_conflicts, meeting_id),
        minutes=read(minutes_state, meeting_id),
    )


class CommitteePage(QWidget):
    """Emits ``changed`` after every recorded write (other pages may show what the committee did)."""

    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.committees: list[CommitteeInfo] = []
        self.committee: CommitteeInfo | None = None
        self.meetings: list[MeetingInfo] = []
        self.meeting: MeetingInfo | None = None
        self.active: MeetingInfo | None = None  # the meeting being held, whichever it is
        self.quorum: Quorum | None = None
        self.fingerprint: str | None = None
        self.last_error: str | None = None
        self._people: pd.DataFrame | None = None
        self._selecting = False
        self._minutes_meeting: int | None = None  # whose minutes are in the editor
        self._minutes_stored = ""  # what the database holds for them (saved text or draft)
        self._minutes_locked = True
        self._agenda_stored = ""
        self._restore_offer = None  # (meeting id, MinutesState) to offer once the page is on screen
        self._shown_once = False
        self._pdf_task: Task | None = None
        self._loader = LatestLoader(self)
        self._opening = True  # the first meeting shown is read in the background
        self.setStyleSheet(style())

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.timeout.connect(self.autosave)

        # -- heading ----------------------------------------------------------------------------------
        title = QLabel(self.tr("Komite Talenta"), objectName="pageTitle")
        subtitle = QLabel(
            self.tr("Rapat komite: kehadiran dan kuorum, notulen, keputusan, tindak lanjut dan berita acara"),
            objectName="pageSubtitle",
        )
        subtitle.setProperty("role", "pageSubtitle")
        subtitle.setWordWrap(True)  # two lines rather than a page wider than a 1024 px screen
        self.committee_combo = QComboBox(objectName="committeeCombo")
        self.committee_combo.setMinimumWidth(220)
        self.committee_combo.setAccessibleName(self.tr("Komite"))
        self.new_committee_button = QPushButton(self.tr("Komite baru…"), objectName="newCommittee")
        self.new_committee_button.setToolTip(
            self.tr("Catat komite baru sesuai SK Pejabat Pembina Kepegawaian")
        )
        self.template_button = QPushButton(self.tr("Templat berita acara…"), objectName="beritaAcaraTemplate")
        self.template_button.setToolTip(
            self.tr("Kop, kata-kata pembuka dan penutup, dan penanda tangan berita acara")
        )
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(title)
        titles.addWidget(subtitle)
        heading = QHBoxLayout()
        heading.addLayout(titles, 1)
        heading.addWidget(self.committee_combo, 0, Qt.AlignmentFlag.AlignBottom)
        heading.addWidget(self.new_committee_button, 0, Qt.AlignmentFlag.AlignBottom)
        heading.addWidget(self.template_button, 0, Qt.AlignmentFlag.AlignBottom)

        # -- left: the committee and its meetings ------------------------------------------------------
        self.committee_name = QLabel(objectName="committeeName")
        self.committee_name.setWordWrap(True)
        self.committee_facts = QLabel(objectName="committeeFacts")
        self.committee_facts.setWordWrap(True)
        self.committee_facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.members_button = QPushButton(self.tr("Anggota…"), objectName="addMember")
        self.members_button.setToolTip(
            self.tr("Tambah anggota komite dari daftar pegawai atau dari luar instansi")
        )
        self.member_model = MemberModel(self)
        self.members_table = read_only_table(self.member_model, "membersTable")
        set_widths(self.members_table, {0: 38, 2: 96}, 1)
        self.members_table.setMinimumHeight(150)
        self.members_table.setToolTip(self.tr("Klik dua kali untuk mengubah peran, jabatan atau keanggotaan"))
        self.new_meeting_button = QPushButton(self.tr("Rapat baru…"), objectName="newMeeting")
        self.meeting_model = MeetingListModel(self)
        self.meetings_table = read_only_table(self.meeting_model, "meetingsTable")
        set_widths(self.meetings_table, {1: 112, 2: 96}, 0)
        self.meetings_table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.meetings_table.setMinimumHeight(120)

        self.committee_panel = QFrame(objectName="committeePanel")
        left = QVBoxLayout(self.committee_panel)
        left.setContentsMargins(14, 12, 14, 12)
        left.setSpacing(6)
        left.addWidget(self.committee_name)
        left.addWidget(self.committee_facts)
        left.addSpacing(4)
        left.addLayout(hbox(section(self.tr("Anggota")), 1, self.members_button))
        left.addWidget(self.members_table, 5)
        left.addSpacing(4)
        left.addLayout(hbox(section(self.tr("Rapat")), 1, self.new_meeting_button))
        left.addWidget(self.meetings_table, 4)

        # -- right: the chosen meeting -----------------------------------------------------------------
        # One line each, ending in "…" when narrow (the whole text is the tooltip): a wrapped title was
        # cut in half at 1024 px, since a stacked page gets no height for its wrapped lines.
        self.meeting_title = ElidedLabel(objectName="meetingTitle")
        self.meeting_facts = QLabel(objectName="meetingFacts")
        self.meeting_facts.setWordWrap(True)
        self.status_chip = QLabel(objectName="meetingStatus")
        self.pdf_button = QPushButton(self.tr("Berita acara (PDF)…"), objectName="beritaAcaraPdf")
        self.pdf_button.setToolTip(self.tr("Buat berita acara rapat ini sebagai PDF (A4 atau F4)"))
        self.finalize_button = QPushButton(self.tr("Finalkan…"), objectName="finalize")
        self.finalize_button.setProperty("role", "primary")
        self.finalize_button.setToolTip(
            self.tr("Kunci rapat ini: kehadiran, notulen, keputusan dan kalibrasinya tidak dapat diubah lagi")
        )
        self.meeting_number = ElidedLabel(objectName="meetingNumber")
        self.status_chip.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        top = hbox(self.status_chip, self.meeting_number, 1, self.pdf_button, self.finalize_button)
        meeting_heading = QVBoxLayout()
        meeting_heading.setSpacing(3)
        meeting_heading.addLayout(top)
        meeting_heading.addSpacing(2)
        meeting_heading.addWidget(self.meeting_title)
        meeting_heading.addWidget(self.meeting_facts)

        self.active_banner = QFrame(objectName="activeBanner")
        self.active_text = QLabel(
            self.tr("● Rapat berlangsung — kalibrasi di Peta Talenta tercatat pada rapat ini."),
            objectName="activeText",
        )
        self.active_text.setWordWrap(True)
        banner = QHBoxLayout(self.active_banner)
        banner.setContentsMargins(12, 7, 12, 7)
        banner.addWidget(self.active_text, 1)

        self.final_banner = QFrame(objectName="finalBanner")
        self.final_text = QLabel(
            self.tr("Rapat final — terkunci. Koreksi melalui rapat baru yang merujuk rapat ini."),
            objectName="finalText",
        )
        self.final_text.setWordWrap(True)
        self.fingerprint_label = QLabel(objectName="fingerprint")
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_label.setToolTip(
            self.tr(
                "Sidik jari (SHA-256) isi berita acara saat difinalkan; tercetak di halaman terakhir PDF dan "
                "dapat dicocokkan dengan basis data."
            )
        )
        self.correction_button = QPushButton(self.tr("Rapat koreksi…"), objectName="correctionMeeting")
        self.correction_button.setProperty("role", "warning")
        self.correction_button.setToolTip(self.tr("Buat rapat baru yang mengoreksi rapat final ini"))
        final_texts = QVBoxLayout()
        final_texts.setSpacing(2)
        final_texts.addWidget(self.final_text)
        final_texts.addWidget(self.fingerprint_label)
        final_layout = QHBoxLayout(self.final_banner)
        final_layout.setContentsMargins(12, 7, 12, 7)
        final_layout.addLayout(final_texts, 1)
        final_layout.addWidget(self.correction_button, 0, Qt.AlignmentFlag.AlignVCenter)

        # The models of the view-only tabs, filled with every meeting shown whether or not their views
        # were built: the tab titles count their rows.
        self.decision_model = DecisionModel(self)
        self.note_model = NoteModel(self)
        self.conflict_model = ConflictModel(self)
        self.follow_up_model = FollowUpModel(self)
        # Queued: the record is written after the view has finished handling the click.
        self.follow_up_model.done_requested.connect(
            self.set_follow_up_done, Qt.ConnectionType.QueuedConnection
        )

        self.tabs = QTabWidget(objectName="meetingTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._attendance_tab(), self.tr("Kehadiran"))
        self.tabs.addTab(self._agenda_tab(), self.tr("Agenda"))
        self.tabs.addTab(self._minutes_tab(), self.tr("Notulen"))
        # Built when their tab is first shown (or a widget of theirs is asked for): every widget is styled
        # under the application's style sheet when the page is shown, hidden tabs included, and these
        # three were most of the first visit's cost. The three above stay built: they hold what is typed.
        self._decisions_tab = LazyTab(self._build_decisions)
        self._discussion_tab = LazyTab(self._build_discussion)
        self._follow_ups_tab = LazyTab(self._build_follow_ups)
        self.tabs.addTab(self._decisions_tab, self.tr("Keputusan"))
        self.tabs.addTab(self._discussion_tab, self.tr("Pembahasan"))
        self.tabs.addTab(self._follow_ups_tab, self.tr("Tindak lanjut"))

        self.page_status = QLabel(objectName="pageStatus")
        self.page_status.setWordWrap(True)
        self.page_status.setProperty("role", "hint")
        self.page_status.setTextFormat(Qt.TextFormat.RichText)
        self.page_status.setOpenExternalLinks(True)
        self.page_status.hide()

        self.meeting_panel = QFrame(objectName="meetingPanel")
        right = QVBoxLayout(self.meeting_panel)
        right.setContentsMargins(16, 12, 16, 10)
        right.setSpacing(8)
        right.addLayout(meeting_heading)
        right.addWidget(self.active_banner)
        right.addWidget(self.final_banner)
        right.addWidget(self.tabs, 1)
        right.addWidget(self.page_status)

        self.no_meeting = QLabel(objectName="noMeeting")
        self.no_meeting.setProperty("role", "emptyNote")
        self.no_meeting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_meeting.setWordWrap(True)
        no_meeting_panel = QFrame(objectName="meetingPanel")
        QVBoxLayout(no_meeting_panel).addWidget(self.no_meeting)
        self.right_stack = QStackedWidget(objectName="meetingStack")
        self.right_stack.addWidget(no_meeting_panel)
        self.right_stack.addWidget(self.meeting_panel)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="committeeSplitter")
        self.splitter.addWidget(self.committee_panel)
        self.splitter.addWidget(self.right_stack)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([390, 770])
        self.committee_panel.setMinimumWidth(250)
        self.right_stack.setMinimumWidth(520)  # with the panel beside it, the page fits a 1024 px screen

        # -- no committee yet --------------------------------------------------------------------------
        self.empty = QWidget(objectName="committeeEmpty")
        empty_text = QLabel(
            self.tr(
                "Belum ada Komite Talenta. Catat komite sesuai SK Pejabat Pembina Kepegawaian (nomor dan "
                "tanggal SK, anggota dengan perannya), lalu siapkan rapatnya."
            )
        )
        empty_text.setProperty("role", "emptyNote")
        empty_text.setWordWrap(True)
        empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_text.setFixedWidth(620)  # a readable line; fixed, so the wrapped height is right
        self.empty_button = QPushButton(self.tr("Komite baru…"), objectName="firstCommittee")
        self.empty_button.setProperty("role", "primary")
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(empty_text, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)

        self.body = QStackedWidget(objectName="committeeBody")
        self.body.addWidget(self.empty)
        self.body.addWidget(self.splitter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(10)
        layout.addLayout(heading)
        layout.addWidget(self.body, 1)

        # -- wiring ------------------------------------------------------------------------------------
        self.new_committee_button.clicked.connect(self.open_committee_dialog)
        self.empty_button.clicked.connect(self.open_committee_dialog)
        self.committee_combo.currentIndexChanged.connect(lambda _: self._committee_chosen())
        self.members_button.clicked.connect(self.open_member_dialog)
        self.members_table.doubleClicked.connect(lambda index: self.open_member_edit_dialog(index.row()))
        self.new_meeting_button.clicked.connect(lambda: self.open_meeting_dialog())
        bind(self, "committee.new-meeting", self.new_meeting_button.click)  # a disabled button ignores it
        self.correction_button.clicked.connect(lambda: self.open_meeting_dialog(corrects=self.meeting))
        self.meetings_table.selectionModel().currentRowChanged.connect(lambda *_: self._meeting_chosen())
        self.finalize_button.clicked.connect(self.finalize)
        self.pdf_button.clicked.connect(self.open_berita_acara_dialog)
        self.template_button.clicked.connect(self.open_template_dialog)

        # -- what the role may do: the rest stays readable, its controls disabled with the reason ------
        self.may_manage = guard(
            workspace,
            Permission.COMMITTEE_MANAGE,
            self.new_committee_button,
            self.empty_button,
            self.members_button,
            self.new_meeting_button,
            self.correction_button,
            self.finalize_button,
            self.activate_button,
            self.pause_button,
            self.save_agenda_button,
            self.save_minutes_button,
        )  # the lazy tabs' buttons get the same lock when they are built
        self.may_edit_template = guard(workspace, Permission.SETTINGS_MANAGE, self.template_button)
        self.may_report = guard(workspace, Permission.REPORT, self.pdf_button)
        self.follow_up_model.checkable = self.may_manage
        if not self.may_manage:
            self.members_table.setToolTip("")
            self.minutes_edit.setPlaceholderText(self.tr("Belum ada notulen."))
            self.agenda_edit.setPlaceholderText(self.tr("Belum ada agenda."))

        self.reload()
        self._opening = False

    # -- the tabs --------------------------------------------------------------------------------------

    def _attendance_tab(self) -> QWidget:
        self.attendance_model = AttendanceModel(self)
        self.attendance_table = read_only_table(self.attendance_model, "attendanceTable")
        self.attendance_table.setItemDelegate(AttendanceDelegate(self.attendance_table))
        self.attendance_table.verticalHeader().setDefaultSectionSize(34)
        set_widths(self.attendance_table, {0: 38, 2: 92, STATUS_COLUMN: 150, REPRESENTATIVE_COLUMN: 200}, 1)
        self.attendance_model.modelReset.connect(self._open_status_editors)
        # Queued: the record is written after the combo has finished committing its choice.
        self.attendance_model.edit_requested.connect(self.set_attendance, Qt.ConnectionType.QueuedConnection)
        self.quorum_label = QLabel(objectName="quorum")
        self.quorum_label.setWordWrap(True)
        self.activate_button = QPushButton(self.tr("Mulai rapat"), objectName="activate")
        self.activate_button.setProperty("role", "primary")
        self.pause_button = QPushButton(self.tr("Jeda"), objectName="pause")
        self.pause_button.setToolTip(
            self.tr("Hentikan sementara: kalibrasi di Peta Talenta tidak lagi tercatat pada rapat ini")
        )
        self.activate_hint = QLabel(objectName="activateHint")
        self.activate_hint.setWordWrap(True)
        self.attendance_hint = hint = QLabel(
            self.tr(
                "Pilih kehadiran tiap anggota; untuk yang diwakili, tulis nama wakilnya di kolom "
                '"Diwakili oleh".'
            )
        )
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        tab = QWidget(objectName="attendanceTab")
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(hint)
        layout.addWidget(self.attendance_table, 1)
        layout.addWidget(self.quorum_label)
        self.activate_row = QWidget(objectName="activateRow")
        buttons = QHBoxLayout(self.activate_row)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(8)
        buttons.addWidget(self.activate_button)
        buttons.addWidget(self.pause_button)
        buttons.addSpacing(6)
        buttons.addWidget(self.activate_hint, 1)
        layout.addWidget(self.activate_row)
        self.activate_button.clicked.connect(self.activate)
        self.pause_button.clicked.connect(self.pause)
        return tab

    def _agenda_tab(self) -> QWidget:
        self.agenda_edit = QPlainTextEdit(objectName="agendaEdit")
        self.agenda_edit.setTabChangesFocus(True)
        self.agenda_edit.setPlaceholderText(self.tr("Satu butir agenda per baris"))
        self.agenda_status = QLabel(objectName="agendaStatus")
        self.save_agenda_button = QPushButton(self.tr("Simpan agenda"), objectName="saveAgenda")
        hint = QLabel(self.tr("Satu butir agenda per baris, berurutan seperti pada berita acara."))
        hint.setProperty("role", "hint")
        tab = QWidget(objectName="agendaTab")
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(hint)
        layout.addWidget(self.agenda_edit, 1)
        layout.addLayout(hbox(self.agenda_status, 1, self.save_agenda_button))
        self.agenda_edit.textChanged.connect(self._agenda_edited)
        self.save_agenda_button.clicked.connect(self.save_agenda)
        return tab

    def _minutes_tab(self) -> QWidget:
        self.minutes_edit = QPlainTextEdit(objectName="minutesEdit")
        self.minutes_edit.setPlaceholderText(
            self.tr(
                "Tulis jalannya rapat di sini. Perubahan tersimpan otomatis sebagai draf setiap beberapa detik."
            )
        )
        self.minutes_status = QLabel(objectName="minutesStatus")
        self.save_minutes_button = QPushButton(self.tr("Simpan"), objectName="saveMinutes")
        self.save_minutes_button.setProperty("role", "primary")
        self.save_minutes_button.setToolTip(self.tr("Simpan notulen (tercatat di jejak audit)"))
        tab = QWidget(objectName="minutesTab")
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.minutes_edit, 1)
        layout.addLayout(hbox(self.minutes_status, 1, self.save_minutes_button))
        self.minutes_edit.textChanged.connect(self._minutes_edited)
        self.save_minutes_button.clicked.connect(self.save_minutes)
        bind(self, "committee.save-minutes", self.save_minutes_button.click)
        return tab

    def _build_decisions(self, parent: QWidget) -> DecisionsTab:
        tab = DecisionsTab(
            self.decision_model,
            hint=self.tr(
                "Kalibrasi di Peta Talenta selama rapat berlangsung masuk ke sini, diikuti keputusan lain "
                "rapat ini."
            ),
            add=self.tr("Tambah keputusan…"),
            conflict=self.tr("Benturan kepentingan…"),
            conflict_tip=self.tr("Catat anggota yang keluar ruangan selama seorang pegawai dibahas"),
            note=self.tr("Catatan pegawai…"),
            note_tip=self.tr('Catatan pembahasan tentang seorang pegawai dan tanda "dibahas"'),
            parent=parent,
        )
        tab.add_button.clicked.connect(self.open_decision_dialog)
        tab.conflict_button.clicked.connect(self.open_conflict_dialog)
        tab.note_button.clicked.connect(self.open_note_dialog)
        tab.table.doubleClicked.connect(self._show_decision)
        self._lock_and_show_meeting(tab)
        return tab

    def _build_discussion(self, parent: QWidget) -> DiscussionTab:
        tab = DiscussionTab(
            self.note_model,
            self.conflict_model,
            notes_title=self.tr("Catatan pembahasan per pegawai"),
            notes_tip=self.tr("Klik dua kali untuk mengubah catatan"),
            conflicts_title=self.tr("Benturan kepentingan: anggota yang keluar ruangan"),
            parent=parent,
        )
        if not self.may_manage:  # a reader cannot change a note: no "double-click to change" either
            tab.notes_table.setToolTip("")
        tab.notes_table.doubleClicked.connect(self._edit_note)
        return tab

    def _build_follow_ups(self, parent: QWidget) -> FollowUpsTab:
        tab = FollowUpsTab(self.follow_up_model, add=self.tr("Tambah…"), parent=parent)
        tab.add_button.clicked.connect(self.open_follow_up_dialog)
        self._lock_and_show_meeting(tab)
        return tab

    def _lock_and_show_meeting(self, tab: DecisionsTab | FollowUpsTab) -> None:
        """A tab built late gets the role's lock and the meeting shown, as the eager controls got them."""
        guard(self.workspace, Permission.COMMITTEE_MANAGE, *tab.buttons)
        self._show_meeting_on(tab)

    # The lazy tabs' contents and widgets: asking for one builds its tab if need be.

    @property
    def decisions(self) -> DecisionsTab:
        return self._decisions_tab.content()

    @property
    def discussion(self) -> DiscussionTab:
        return self._discussion_tab.content()

    @property
    def follow_ups(self) -> FollowUpsTab:
        return self._follow_ups_tab.content()

    @property
    def decisions_tab(self) -> LazyTab:
        """The Keputusan tab's page in ``tabs`` (its content is ``decisions``, built when first shown)."""
        return self._decisions_tab

    @property
    def discussion_tab(self) -> LazyTab:
        """The Pembahasan tab's page in ``tabs`` (its content is ``discussion``, built when first shown)."""
        return self._discussion_tab

    @property
    def follow_ups_tab(self) -> LazyTab:
        """The Tindak lanjut tab's page in ``tabs`` (its content is ``follow_ups``, built when first shown)."""
        return self._follow_ups_tab

    @property
    def decisions_table(self) -> QTableView:
        return self.decisions.table

    @property
    def add_decision_button(self) -> QPushButton:
        return self.decisions.add_button

    @property
    def conflict_button(self) -> QPushButton:
        return self.decisions.conflict_button

    @property
    def note_button(self) -> QPushButton:
        return self.decisions.note_button

    @property
    def decisions_status(self) -> QLabel:
        return self.decisions.status

    @property
    def notes_table(self) -> QTableView:
        return self.discussion.notes_table

    @property
    def conflicts_table(self) -> QTableView:
        return self.discussion.conflicts_table

    @property
    def follow_ups_table(self) -> QTableView:
        return self.follow_ups.table

    @property
    def add_follow_up_button(self) -> QPushButton:
        return self.follow_ups.add_button

    # -- loading ---------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the committees again, keeping the chosen committee and meeting."""
        keep = self.committee.id if self.committee else None
        self.committees = self.workspace.read(list_committees)
        self.active = self.workspace.read(active_meeting)
        self._selecting = True
        self.committee_combo.clear()
        for committee in self.committees:
            self.committee_combo.addItem(committee.name, committee.id)
        if keep is None and self.active is not None:
            keep = self.active.committee_id
        index = self.committee_combo.findData(keep) if keep is not None else -1
        self.committee_combo.setCurrentIndex(max(index, 0) if self.committees else -1)
        self._selecting = False
        self.committee_combo.setVisible(len(self.committees) > 1)
        self.body.setCurrentWidget(self.splitter if self.committees else self.empty)
        self.new_committee_button.setVisible(bool(self.committees))
        self._committee_chosen(force=True)

    def refresh(self) -> None:
        """After data changed behind the page (an import, the nine-box): read everything again."""
        self.autosave()
        self._people = None
        self.reload()

    def _committee_chosen(self, force: bool = False) -> None:
        if self._selecting:
            return
        committee_id = self.committee_combo.currentData()
        if not force and self.committee is not None and committee_id == self.committee.id:
            return
        self.committee = next((c for c in self.committees if c.id == committee_id), None)
        self._show_committee()

    def _show_committee(self) -> None:
        committee = self.committee
        self.member_model.set_rows(committee.members if committee else ())
        self.members_button.setEnabled(committee is not None)
        self.new_meeting_button.setEnabled(committee is not None)
        if committee is None:
            self.committee_name.clear()
            self.committee_facts.clear()
            self._set_meetings([], None)
            return
        self.committee_name.setText(committee.name)
        term = date_text(committee.serves_from)
        if committee.serves_until:
            term = self.tr("{0} s.d. {1}").format(term, date_text(committee.serves_until))
        else:
            term = self.tr("sejak {0}").format(term)
        quorum_text = (
            self.tr("Kuorum {0} dari {1} anggota").format(committee.quorum, len(committee.members))
            if committee.members
            else self.tr('Belum ada anggota: tambahkan dengan "Anggota…".')
        )
        self.committee_facts.setText(
            self.tr("SK Nomor {0}\ntanggal {1}\nMasa tugas {2}").format(
                committee.sk_number, date_text(committee.sk_date), term
            )
            + "\n"
            + quorum_text
        )
        self.committee_facts.setToolTip(committee.sk_title or "")
        keep = self.meeting.id if self.meeting and self.meeting.committee_id == committee.id else None
        if keep is None and self.active is not None and self.active.committee_id == committee.id:
            keep = self.active.id
        self._set_meetings(self.workspace.read(list_meetings, committee.id), keep)

    def _set_meetings(self, meetings: list[MeetingInfo], keep: int | None) -> None:
        self.meetings = meetings
        self._selecting = True
        self.meeting_model.set_rows(meetings)
        row = self.meeting_model.row_of(keep) if keep is not None else -1
        if row < 0 and meetings:
            row = 0
        if row >= 0:
            self.meetings_table.setCurrentIndex(self.meeting_model.index(row, 0))
        self._selecting = False
        self._meeting_chosen(force=True)

    def select_meeting(self, meeting_id: int) -> None:
        row = self.meeting_model.row_of(meeting_id)
        if row >= 0:
            self.meetings_table.setCurrentIndex(self.meeting_model.index(row, 0))

    def _meeting_chosen(self, force: bool = False) -> None:
        if self._selecting:
            return
        index = self.meetings_table.currentIndex()
        meeting_id = index.data(IdRole) if index.isValid() else None
        if not force and self.meeting is not None and meeting_id == self.meeting.id:
            return
        self.autosave()  # the minutes of the meeting left behind
        self._status("")
        if meeting_id is None:
            self.meeting = None
            self._minutes_meeting = None
            self.autosave_timer.stop()
            self.no_meeting.setText(
                self.tr('Belum ada rapat. Buat rapat dengan "Rapat baru…".')
                if self.committee
                else self.tr("Pilih atau buat komite.")
            )
            self.right_stack.setCurrentIndex(0)
            return
        # The same meeting read again (a refresh): what is in the editor stays, it was just autosaved.
        self._load_meeting(meeting_id, minutes=meeting_id != self._minutes_meeting)

    def _load_meeting(self, meeting_id: int, *, minutes: bool) -> None:
        """Read the meeting and what it recorded; the minutes only when opening it (not to overwrite
        what is being typed). When the page opens, in the background: the window stays free meanwhile."""
        workspace = self.workspace
        if self._opening:
            self.no_meeting.setText(self.tr("Memuat rapat…"))
            self.right_stack.setCurrentIndex(0)
            self._loader.load(
                lambda: read_meeting(workspace, meeting_id),
                lambda record: self._show_record(record, minutes=minutes),
                self._record_failed,
            )
            return
        self._loader.drop()  # a meeting chosen while the first one was read: that one is not shown
        self._show_record(read_meeting(workspace, meeting_id), minutes=minutes)

    def _record_failed(self, error: BaseException) -> None:
        log.error("reading the meeting failed", exc_info=error)
        self.no_meeting.setText(self.tr("Rapat tidak dapat dibaca: {0}").format(user_text(error)))

    @property
    def loading(self) -> bool:
        """Whether the meeting shown when the page opened is still being read."""
        return self._loader.busy

    def _show_record(self, record: MeetingRecord, *, minutes: bool) -> None:
        self.meeting = record.meeting
        self.active = record.active
        self.quorum = record.quorum
        if record.problem is not None:  # a final record altered outside the app: say so, show the rest
            self._status(user_text(record.problem), "error")
        document = record.document
        locked_before = self.attendance_model.locked
        self.attendance_model.set_locked(self.meeting.is_final or not self.may_manage)
        self.attendance_model.set_rows(record.attendance)
        if locked_before != self.attendance_model.locked:
            self._open_status_editors()
        self.decision_model.set_rows(document.decisions if document else ())
        self.follow_up_model.set_rows(record.follow_ups)
        self.note_model.set_rows(record.notes)
        self.conflict_model.set_rows(record.conflicts)
        self._set_agenda_text("\n".join(self.meeting.agenda))
        # Just locked: the final text. A reader types nothing: the saved minutes, always the latest.
        if minutes or not self.may_manage or (self.meeting.is_final and not self._minutes_locked):
            self._load_minutes(record.minutes)
        self._show_meeting()
        self.right_stack.setCurrentIndex(1)

    def _reload_meeting(self, *, list_too: bool = False) -> None:
        """After a write: the meeting again, and the meeting list when a status changed."""
        if self.meeting is None:
            return
        if list_too:
            self.committees = self.workspace.read(list_committees)
            self.committee = next((c for c in self.committees if c.id == self.meeting.committee_id), None)
            meetings = self.workspace.read(list_meetings, self.meeting.committee_id)
            self.meetings = meetings
            self._selecting = True
            self.meeting_model.set_rows(meetings)
            self.meetings_table.setCurrentIndex(
                self.meeting_model.index(self.meeting_model.row_of(self.meeting.id), 0)
            )
            self._selecting = False
        self._load_meeting(self.meeting.id, minutes=False)

    def _show_meeting(self) -> None:
        meeting = self.meeting
        final = meeting.is_final
        held = meeting.status == "active"
        self.meeting_number.setText(self.tr("Berita acara nomor {0}").format(meeting.number))
        self.meeting_title.setText(meeting.title)
        time = (
            self.tr("{0}–{1} WIB").format(clock_text(meeting.starts_at), clock_text(meeting.ends_at))
            if meeting.ends_at
            else self.tr("{0} WIB").format(clock_text(meeting.starts_at))
        )
        facts = self.tr("{0}, {1} · {2} · {3} · periode {4}").format(
            weekday_text(meeting.held_on),
            date_text(meeting.held_on),
            time,
            meeting.place,
            meeting.period_label,
        )
        corrected = next((m for m in self.meetings if m.id == meeting.corrects_meeting_id), None)
        if corrected is not None:
            facts += "\n" + self.tr("Koreksi atas rapat {0}").format(corrected.number)
        self.meeting_facts.setText(facts)
        self.status_chip.setText(text(STATUS_TEXT, meeting.status))
        restyle(self.status_chip, "tone", meeting.status)

        self.active_banner.setVisible(held)
        self.final_banner.setVisible(final)
        self.fingerprint = meeting.fingerprint
        self.fingerprint_label.setText(
            self.tr("Sidik jari berita acara: {0}").format(meeting.fingerprint) if meeting.fingerprint else ""
        )
        self.fingerprint_label.setVisible(bool(meeting.fingerprint))
        self.finalize_button.setEnabled(not final)

        # attendance and quorum
        q = self.quorum
        say(self.quorum_label, user_text(q.message()), "ok" if q.met else "error")
        self.attendance_table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if final or not self.may_manage
            else QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        other = self.active if self.active is not None and self.active.id != meeting.id else None
        if final:
            reason = self.tr("Rapat sudah final.")
        elif held:
            reason = self.tr(
                'Rapat sedang berlangsung. "Jeda" menghentikan pencatatan kalibrasi pada rapat ini.'
            )
        elif other is not None:
            reason = self.tr("Rapat {0} masih berlangsung; jeda atau finalkan rapat itu dulu.").format(
                other.number
            )
        elif not q.met:
            reason = self.tr(
                "Belum dapat dimulai: paling sedikit {0} anggota harus hadir atau diwakili (kini {1})."
            ).format(q.required, q.present)
        else:
            reason = self.tr(
                "Kuorum terpenuhi. Setelah dimulai, kalibrasi di Peta Talenta tercatat pada rapat ini."
            )
        can_start = not final and not held and other is None and q.met
        self.activate_button.setEnabled(can_start)
        self.activate_button.setToolTip(reason)
        self.activate_hint.setText(reason)
        self.pause_button.setEnabled(held)
        self.activate_row.setVisible(not final and self.may_manage)  # only actions: nothing to read
        self.attendance_hint.setVisible(not final and self.may_manage)

        # agenda, minutes, decisions, follow-ups
        self.agenda_edit.setReadOnly(final or not self.may_manage)
        self._agenda_edited()
        self.minutes_edit.setReadOnly(final or not self.may_manage)
        self._minutes_locked = final or not self.may_manage
        self.save_minutes_button.setEnabled(not final)
        for tab in (self._decisions_tab, self._follow_ups_tab):
            if tab.built is not None:  # one built later gets the meeting when it is
                self._show_meeting_on(tab.built)
        # The counts come from the models: the tabs' views need not exist.
        self.tabs.setTabText(
            self.tabs.indexOf(self._decisions_tab),
            self.tr("Keputusan ({0})").format(self.decision_model.rowCount()),
        )
        self.tabs.setTabText(
            self.tabs.indexOf(self._discussion_tab),
            self.tr("Pembahasan ({0})").format(self.note_model.rowCount() + self.conflict_model.rowCount()),
        )
        self.tabs.setTabText(
            self.tabs.indexOf(self._follow_ups_tab),
            self.tr("Tindak lanjut ({0})").format(self.follow_up_model.rowCount()),
        )

    def _show_meeting_on(self, tab: DecisionsTab | FollowUpsTab) -> None:
        """The meeting's state on one lazy tab's buttons: from ``_show_meeting`` for the tabs built, and
        from a tab's build for one built after the meeting was shown. Nothing to do before a meeting is."""
        meeting = self.meeting
        if meeting is None:
            return
        final = meeting.is_final
        for button in tab.buttons:
            button.setEnabled(not final)
        if isinstance(tab, DecisionsTab):
            tab.add_button.setToolTip(
                ""
                if meeting.status == "active" or final
                else self.tr("Keputusan hanya dapat dicatat selama rapat berlangsung")
            )

    def _open_status_editors(self) -> None:
        """A status combo on every row while attendance may change; plain coloured text once final."""
        for row in range(self.attendance_model.rowCount()):
            index = self.attendance_model.index(row, STATUS_COLUMN)
            if self.attendance_model.locked:
                self.attendance_table.closePersistentEditor(index)
            else:
                self.attendance_table.openPersistentEditor(index)

    def attendance_combo(self, row: int) -> QComboBox:
        """The status combo of one attendance row (for keyboard users' scripts and for tests)."""
        return self.attendance_table.indexWidget(self.attendance_model.index(row, STATUS_COLUMN))

    def people(self) -> pd.DataFrame:
        """Everyone on the personnel list (a few columns), read once, for choosing a person by NIP."""
        if self._people is None:
            self._people = self.workspace.read(personnel_frame, columns=PEOPLE_COLUMNS)
        return self._people

    # -- messages --------------------------------------------------------------------------------------

    def show_error(self, title: str, message: str) -> QMessageBox:
        """A refusal, window-modal but not blocking: the page keeps running behind it."""
        self.last_error = message
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("committeeMessage")
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("Tutup"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _refused(self, exc: CommitteeError | PermissionDenied, title: str) -> None:
        if isinstance(exc, MeetingLocked):
            title = self.tr("Rapat terkunci")
        self.show_error(title, user_text(exc))
        if self.meeting is not None:  # the meeting may have changed elsewhere (finalised, say)
            self._reload_meeting(list_too=isinstance(exc, MeetingLocked))

    def _status(self, message: str, tone: str | None = None) -> None:
        say(self.page_status, message, tone)
        self.page_status.setVisible(bool(message))

    def _written(self, *, list_too: bool = False) -> None:
        self._reload_meeting(list_too=list_too)
        self.changed.emit()

    # -- attendance and holding the meeting -------------------------------------------------------------

    def set_attendance(self, member_id: int, status: str, represented_by: str = "") -> bool:
        """Record one member's attendance; a representative's name is asked for when missing."""
        if not self.may_manage:  # not for this role (its buttons are disabled too)
            return False
        if self.meeting is None:
            return False
        if status == "diwakili" and not represented_by.strip():
            member = next((r.member for r in self.attendance_model.rows if r.member.id == member_id), None)
            name = ask_text(
                self,
                self.tr("Diwakili"),
                self.tr("Nama (dan jabatan) wakil {0}:").format(member.nama if member else ""),
                self.tr("Catat"),
                self.tr("Batal"),
            )
            if not name:
                self.attendance_model.set_rows(self.attendance_model.rows)  # the combo shows the record again
                return False
            represented_by = name
        try:
            self.workspace.write(set_attendance, self.meeting.id, member_id, status, represented_by or None)
        except REFUSALS as exc:
            self._refused(exc, self.tr("Kehadiran tidak dicatat"))
            return False
        self._written()
        return True

    def activate(self) -> None:
        if not self.may_manage:  # not for this role (its buttons are disabled too)
            return
        if self.meeting is None:
            return
        try:
            self.workspace.write(activate_meeting, self.meeting.id)
        except REFUSALS as exc:
            self._refused(exc, self.tr("Rapat belum dapat dimulai"))
            return
        self._status(
            self.tr("Rapat {0} dimulai. Kalibrasi di Peta Talenta kini tercatat pada rapat ini.").format(
                self.meeting.number
            ),
            "ok",
        )
        self._written(list_too=True)

    def pause(self) -> None:
        if not self.may_manage:  # not for this role (its buttons are disabled too)
            return
        if self.meeting is None:
            return
        try:
            self.workspace.write(pause_meeting, self.meeting.id)
        except REFUSALS as exc:
            self._refused(exc, self.tr("Rapat tidak dapat dijeda"))
            return
        self._status(self.tr("Rapat {0} dijeda.").format(self.meeting.number))
        self._written(list_too=True)

    # -- agenda ----------------------------------------------------------------------------------------

    def _set_agenda_text(self, agenda: str) -> None:
        """Show the stored agenda, unless the user is editing it (then their text stays)."""
        editing = self.agenda_edit.toPlainText() != self._agenda_stored
        same_meeting = getattr(self, "_agenda_meeting", None) == (self.meeting.id if self.meeting else None)
        self._agenda_meeting = self.meeting.id if self.meeting else None
        self._agenda_stored = agenda
        if not (editing and same_meeting):
            self.agenda_edit.blockSignals(True)
            self.agenda_edit.setPlainText(agenda)
            self.agenda_edit.blockSignals(False)
            say(self.agenda_status, "")
        self._agenda_edited()

    def _agenda_edited(self) -> None:
        final = self.meeting is None or self.meeting.is_final
        dirty = self.agenda_edit.toPlainText().strip() != self._agenda_stored.strip()
        self.save_agenda_button.setEnabled(not final and dirty)
        if dirty and not final:
            say(self.agenda_status, self.tr("Perubahan agenda belum disimpan."))

    def save_agenda(self) -> None:
        if not self.may_manage:  # not for this role (its buttons are disabled too)
            return
        if self.meeting is None:
            return
        items = self.agenda_edit.toPlainText().splitlines()
        try:
            info = self.workspace.write(set_agenda, self.meeting.id, items)
        except REFUSALS as exc:
            self._refused(exc, self.tr("Agenda tidak disimpan"))
            return
        self._agenda_stored = ""  # show what was stored (blank lines dropped)
        self.agenda_edit.blockSignals(True)
        self.agenda_edit.setPlainText("\n".join(info.agenda))
        self.agenda_edit.blockSignals(False)
        self._written()
        say(self.agenda_status, self.tr("Agenda disimpan ({0} butir).").format(len(info.agenda)), "ok")

    # -- minutes ---------------------------------------------------------------------------------------

    def _load_minutes(self, state: MinutesState) -> None:
        meeting = self.meeting
        self.autosave_timer.stop()
        self._minutes_meeting = meeting.id
        self._minutes_locked = meeting.is_final or not self.may_manage
        self._minutes_stored = state.saved
        self.minutes_edit.blockSignals(True)
        self.minutes_edit.setPlainText(state.saved)
        self.minutes_edit.blockSignals(False)
        self._restore_offer = None
        if meeting.is_final:
            say(self.minutes_status, self.tr("Notulen final."))
        elif state.draft is not None and state.draft != state.saved and self.may_manage:
            self._restore_offer = (meeting.id, state)
            say(
                self.minutes_status,
                self.tr("Ada draf tersimpan otomatis pukul {0} yang belum disimpan.").format(
                    clock(state.draft_at)
                ),
            )
            if self.isVisible():
                QTimer.singleShot(0, self._offer_restore)
        else:
            say(self.minutes_status, "")

    def _offer_restore(self) -> None:
        offer, self._restore_offer = self._restore_offer, None
        if offer is None or self.meeting is None or offer[0] != self.meeting.id or self.meeting.is_final:
            return
        state = offer[1]
        restore = ask(
            self,
            self.tr("Pulihkan notulen?"),
            self.tr(
                "Notulen rapat {0} mempunyai draf yang tersimpan otomatis pukul {1} tetapi belum disimpan — "
                "mungkin aplikasi tertutup sebelum notulen disimpan.\n\nPulihkan draf itu ke editor? Bila "
                "dibuang, notulen kembali ke versi terakhir yang disimpan."
            ).format(self.meeting.number, clock(state.draft_at)),
            self.tr("Pulihkan draf"),
            self.tr("Buang draf"),
        )
        if restore:
            self.minutes_edit.blockSignals(True)
            self.minutes_edit.setPlainText(state.draft)
            self.minutes_edit.blockSignals(False)
            self._minutes_stored = state.draft
            self.tabs.setCurrentIndex(2)
            say(
                self.minutes_status,
                self.tr("Draf pukul {0} dipulihkan. Tekan Simpan untuk mencatatnya sebagai notulen.").format(
                    clock(state.draft_at)
                ),
                "ok",
            )
            return
        try:  # discarded: gone from the database too, so finalising cannot pick it up
            self.workspace.write(discard_minutes_draft, self.meeting.id)
        except REFUSALS as exc:
            self._refused(exc, self.tr("Draf tidak dapat dibuang"))
            return
        say(self.minutes_status, self.tr("Draf dibuang; notulen yang disimpan ditampilkan."))

    def _minutes_edited(self) -> None:
        if self._minutes_locked or self._minutes_meeting is None:
            return
        if self.minutes_edit.toPlainText() == self._minutes_stored:
            return
        if not self.autosave_timer.isActive():  # while typing on: a save every AUTOSAVE_MS, not never
            self.autosave_timer.start(AUTOSAVE_MS)
        say(self.minutes_status, self.tr("Perubahan belum tersimpan…"))

    def autosave(self) -> bool:
        """Write what is typed as the draft (no audit event); True when something was written."""
        self.autosave_timer.stop()
        meeting_id = self._minutes_meeting
        minutes = self.minutes_edit.toPlainText()
        if meeting_id is None or self._minutes_locked or minutes == self._minutes_stored:
            return False
        try:
            moment = self.workspace.write(save_minutes_draft, meeting_id, minutes)
        except REFUSALS as exc:
            say(
                self.minutes_status,
                self.tr("Draf notulen tidak tersimpan: {0}").format(user_text(exc)),
                "error",
            )
            return False
        self._minutes_stored = minutes
        say(self.minutes_status, self.tr("Tersimpan otomatis pukul {0}").format(clock(moment)))
        return True

    def save_minutes(self) -> None:
        if not self.may_manage:  # not for this role (its buttons are disabled too)
            return
        if self.meeting is None or self._minutes_meeting != self.meeting.id:
            return
        self.autosave_timer.stop()
        minutes = self.minutes_edit.toPlainText()
        try:
            self.workspace.write(save_minutes, self.meeting.id, minutes)
        except REFUSALS as exc:
            self._refused(exc, self.tr("Notulen tidak disimpan"))
            return
        self._minutes_stored = minutes
        say(self.minutes_status, self.tr("Notulen disimpan pukul {0}").format(clock(datetime.now(UTC))), "ok")
        self.changed.emit()

    # -- decisions, conflicts, notes, follow-ups --------------------------------------------------------

    def _open(self, dialog, done) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: done(dialog.result_value))
        dialog.open()

    def open_decision_dialog(self) -> DecisionDialog | None:
        if not self.may_manage:  # not for this role (its buttons are disabled too)
            return None
        if self.meeting is None or self.meeting.is_final:
            return None
        if self.meeting.status != "active":
            self.show_error(
                self.tr("Rapat belum dimulai"),
                self.tr(
                    "Keputusan hanya dapat dicatat selama rapat berlangsung. Catat kehadiran sampai kuorum "
                    'terpenuhi, lalu tekan "Mulai rapat" di tab Kehadiran.'
                ),
            )
            return None
        dialog = DecisionDialog(self.workspace, self.meeting, self.people, self)
        self._open(dialog, lambda _id: self._noted(self.tr("Keputusan dicatat.")))
        return dialog

    def open_conflict_dialog(self) -> ConflictDialog | None:
        if not self.may_manage:  # not for this role (its buttons are disabled too)
            return None
        if self.meeting is None or self.meeting.is_final or self.committee is None:
            return None
        members = [r.member for r in self.attendance_model.rows]
        dialog = ConflictDialog(self.workspace, self.meeting, members, self.people, self)
        self._open(
            dialog,
            lambda _r: self._noted(
                self.tr("Benturan kepentingan dicatat: {0} keluar ruangan saat {1} dibahas.").format(
                    dialog.member.currentText(), dialog.picker.person_name()
                )
            ),
        )
        return dialog

    def open_note_dialog(self) -> NoteDialog | None:
        if not self.may_manage:  # not for this role (its buttons are disabled too)
            return None
        if self.meeting is None or self.meeting.is_final:
            return None
        dialog = NoteDialog(self.workspace, self.meeting, self.people, self)
        self._open(
            dialog,
            lambda result: self._noted(
                (
                    self.tr("Catatan tentang {0} disimpan (dibahas).")
                    if result[1]
                    else self.tr("Catatan tentang {0} disimpan (belum dibahas).")
                ).format(dialog.picker.person_name())
            ),
        )
        return dialog

    def open_follow_up_dialog(self) -> FollowUpDialog | None:
        if not self.may_manage:  # not for this role (its buttons are disabled too)
            return None
        if self.meeting is None or self.meeting.is_final:
            return None
        dialog = FollowUpDialog(self.workspace, self.meeting, self)
        self._open(dialog, lambda _id: self._written())
        return dialog

    def _edit_note(self, index: QModelIndex) -> None:
        if not index.isValid() or self.meeting is None or self.meeting.is_final:
            return
        dialog = self.open_note_dialog()
        if dialog is not None:
            dialog.edit(self.note_model.rows[index.row()])

    def set_follow_up_done(self, follow_up_id: int, done: bool) -> None:
        if not self.may_manage:  # not for this role (its buttons are disabled too)
            return
        try:
            self.workspace.write(set_follow_up_done, follow_up_id, done)
        except REFUSALS as exc:
            self._refused(exc, self.tr("Tindak lanjut tidak dapat diubah"))
            return
        self._written()

    def _noted(self, message: str) -> None:
        say(self.decisions_status, message, "ok")
        self.decisions_status.show()
        self._written()

    def _show_decision(self, index: QModelIndex) -> None:
        row = self.decision_model.rows[index.row()] if index.isValid() else None
        if row is None:
            return
        details = [row.reason]
        if row.basis:
            details.append(self.tr("Dasar: {0}").format(row.basis))
        if row.stepped_out:
            details.append(self.tr("Keluar ruangan: {0}").format("; ".join(row.stepped_out)))
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Keputusan {0}").format(row.number),
            "\n\n".join(details),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("Tutup"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- committee, members, meetings -------------------------------------------------------------------

    def open_committee_dialog(self) -> CommitteeDialog | None:
        if not self.may_manage:  # not for this role (its buttons are disabled too)
            return None
        dialog = CommitteeDialog(self.workspace, self)
        self._open(dialog, self._committee_created)
        return dialog

    def _committee_created(self, committee: CommitteeInfo) -> None:
        self.committee = committee
        self.meeting = None
        self.reload()
        self.committee_combo.setCurrentIndex(self.committee_combo.findData(committee.id))
        self.changed.emit()

    def open_member_dialog(self) -> MemberDialog | None:
        if not self.may_manage:  # not for this role (its buttons are disabled too)
            return None
        if self.committee is None:
            return None
        dialog = MemberDialog(self.workspace, self.committee, self.people, self)
        self._open(dialog, lambda _member: self._members_changed())
        return dialog

    def open_member_edit_dialog(self, row: int) -> MemberEditDialog | None:
        if not self.may_manage:  # not for this role (its buttons are disabled too)
            return None
        if self.committee is None or not 0 <= row < self.member_model.rowCount():
            return None
        dialog = MemberEditDialog(self.workspace, self.member_model.rows[row], self)
        self._open(dialog, lambda _member: self._members_changed())
        return dialog

    def _members_changed(self) -> None:
        self.reload()
        self.changed.emit()

    def open_meeting_dialog(self, corrects: MeetingInfo | None = None) -> MeetingDialog | None:
        if not self.may_manage:  # not for this role (its buttons are disabled too)
            return None
        if self.committee is None:
            return None
        periods = self.workspace.read(list_periods)
        if not periods:
            self.show_error(
                self.tr("Belum ada periode"),
                self.tr("Rapat membahas satu periode talenta. Buat periode di Pengaturan lebih dulu."),
            )
            return None
        dialog = MeetingDialog(self.workspace, self.committee, self.meetings, periods, corrects, self)
        self._open(dialog, self._meeting_created)
        return dialog

    def _meeting_created(self, meeting: MeetingInfo) -> None:
        self.autosave()
        self.meeting = meeting
        self._show_committee()
        self.select_meeting(meeting.id)
        self.tabs.setCurrentIndex(0)
        self.changed.emit()

    # -- finalising and the berita acara ------------------------------------------------------------------

    def finalize(self) -> str | None:
        """Confirm, then lock the meeting; returns the berita acara's fingerprint."""
        if not self.may_manage:  # not for this role (its buttons are disabled too)
            return None
        if self.meeting is None or self.meeting.is_final:
            return None
        self.autosave()  # what was typed last is what is finalised
        meeting = self.meeting
        if not ask(
            self,
            self.tr("Finalkan rapat?"),
            self.tr(
                "Setelah difinalkan, rapat {0} terkunci untuk selamanya: kehadiran, agenda, notulen, keputusan, "
                "catatan, tindak lanjut dan kalibrasi yang tercatat pada rapat ini tidak dapat diubah lagi. "
                "Sidik jari isi berita acaranya disimpan agar setiap salinan dapat diperiksa.\n\n"
                "Kesalahan sesudahnya hanya dapat dikoreksi melalui rapat baru yang merujuk rapat ini.\n\n"
                "Finalkan sekarang?"
            ).format(meeting.number),
            self.tr("Finalkan"),
            self.tr("Batal"),
        ):
            return None
        try:
            fingerprint = self.workspace.write(finalize_meeting, meeting.id)
        except REFUSALS as exc:
            self._refused(exc, self.tr("Rapat tidak dapat difinalkan"))
            return None
        self.autosave_timer.stop()
        self._written(list_too=True)  # shows the final minutes, read-only
        self._status(
            self.tr("Rapat {0} difinalkan. Sidik jari: {1}").format(meeting.number, fingerprint), "ok"
        )
        return fingerprint

    def open_template_dialog(self) -> BeritaAcaraTemplateDialog | None:
        if not self.may_edit_template:  # not for this role (its buttons are disabled too)
            return None
        dialog = BeritaAcaraTemplateDialog(self.workspace, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._status(self.tr("Templat berita acara disimpan."), "ok"))
        dialog.accepted.connect(self._written)
        dialog.open()
        return dialog

    def open_berita_acara_dialog(self) -> BeritaAcaraDialog | None:
        if not self.may_report:  # not for this role (its buttons are disabled too)
            return None
        if self.meeting is None:
            return None
        dialog = BeritaAcaraDialog(self.meeting, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.render_berita_acara(dialog.path(), dialog.paper()))
        dialog.open()
        return dialog

    def render_berita_acara(self, path: Path, paper: str) -> Task | None:
        """Render the berita acara in the background (the renderer is loaded on first use)."""
        if not self.may_report:  # not for this role (its buttons are disabled too)
            return None
        if self.meeting is None:
            return None
        self.autosave()  # a draft berita acara shows the minutes as typed
        meeting_id, workspace = self.meeting.id, self.workspace
        draft = self.meeting.status != "final"

        def work(_progress, _cancel):
            from talenta_desktop.services.reports.berita_acara import render_berita_acara

            document = workspace.read(berita_acara_document, meeting_id)
            render_berita_acara(document, path, paper=paper, draft=draft)
            return path

        task = Task(work)
        task.finished.connect(self._pdf_done)
        task.failed.connect(self._pdf_failed)
        self._pdf_task = task
        self.pdf_button.setEnabled(False)
        self._status(self.tr("Membuat berita acara ({0})…").format(paper))
        return task.start()

    def _pdf_done(self, path: Path) -> None:
        self.pdf_button.setEnabled(True)
        url = QUrl.fromLocalFile(str(path)).toString()
        self._status(
            self.tr('Berita acara disimpan: {0} — <a href="{1}">buka</a>').format(
                str(path).replace("&", "&amp;").replace("<", "&lt;"), url
            ),
            "ok",
        )

    def _pdf_failed(self, error: BaseException) -> None:
        self.pdf_button.setEnabled(True)
        if isinstance(error, ImportError):
            message = self.tr("Pembuat PDF berita acara belum tersedia pada versi ini.")
        else:
            log.warning("berita acara failed: %r", error)
            message = self.tr("Berita acara tidak dapat dibuat: {0}").format(user_text(error))
        self._status(message, "error")
        self.show_error(self.tr("Berita acara"), message)

    # -- the page coming and going -------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._shown_once and self.meeting is not None:
            # The nine-box may have recorded calibrations on the meeting meanwhile.
            self._reload_meeting()
        self._shown_once = True
        if self._restore_offer is not None:
            QTimer.singleShot(0, self._offer_restore)

    def hideEvent(self, event) -> None:
        self.autosave()
        super().hideEvent(event)

    def closeEvent(self, event) -> None:
        self.autosave()
        super().closeEvent(event)
