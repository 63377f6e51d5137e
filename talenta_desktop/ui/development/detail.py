"""One plan in full: who, their box and its rekomendasi, their gaps, the activities, and what can be done
with the plan now (add, change, remove or complete an activity; the committee's approval; closing it).

The panel runs each write through the workspace and the development services, shows a refusal in its
status line, and emits ``changed(plan_id)`` after every recorded write so the page can refresh the list
and the summary.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from talenta_desktop.domain.ninebox import REKOMENDASI
from talenta_desktop.services.committee import MeetingInfo
from talenta_desktop.services.development.plans import (
    ActivityInfo,
    Gap,
    PlanInfo,
    approve_plan,
    gaps,
    get_plan,
    remove_activity,
    set_plan_status,
)
from talenta_desktop.services.permissions import Permission
from talenta_desktop.services.workspace import Workspace
from talenta_desktop.ui import palette
from talenta_desktop.ui.forms import ask, hbox, section
from talenta_desktop.ui.messages import user_text
from talenta_desktop.ui.permissions import denial, guard
from talenta_desktop.ui.restyle import restyle
from talenta_desktop.ui.tables import read_only_table

from .dialogs import REFUSALS, ActivityDialog, CompleteDialog
from .labels import PLAN_STATUS_TEXT, nip_text, text
from .models import ActivityModel

OPEN_ACTIVITY = ("rencana", "berjalan")
# Activity columns (models.ACTIVITY_COLUMNS): on a 1366 px screen everything up to the 70:20:10 category
# shows whole; the mentor and the evidence are a scroll away (and in the tooltips).
ACTIVITY_WIDTHS = {0: 250, 1: 80, 2: 92, 3: 96, 4: 42, 5: 150, 6: 72, 7: 150, 8: 160}
INFO_WIDTH = (250, 190)  # the left column of the detail: normal, narrow screen (1024 px)


class PlanDetail(QWidget):
    changed = Signal(int)

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.plan: PlanInfo | None = None
        self.gaps: list[Gap] = []
        self.meeting: MeetingInfo | None = None  # the committee meeting being held, if any
        self._today = today

        # -- who, box, rekomendasi, gaps (left) -------------------------------------------------------
        self.name = QLabel(objectName="planPerson")
        self.name.setWordWrap(True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel(objectName="planFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_chip = QLabel(objectName="planStatus")
        self.status_chip.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.box_chip = QLabel(objectName="planBox")
        self.box_chip.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.approval = QLabel(objectName="planApproval")
        self.approval.setWordWrap(True)
        self.approval.setProperty("role", "hint")
        self.rekomendasi = QLabel(objectName="rekomendasi")
        self.rekomendasi.setWordWrap(True)
        self.gaps_label = QLabel(objectName="gaps")
        self.gaps_label.setWordWrap(True)
        self.gaps_label.setTextFormat(Qt.TextFormat.RichText)
        self.mix = QLabel(objectName="mix")
        self.mix.setWordWrap(True)
        self.mix.setProperty("role", "hint")

        info = QWidget(objectName="planInfo")
        info_layout = QVBoxLayout(info)
        info_layout.setContentsMargins(0, 0, 8, 0)
        info_layout.setSpacing(4)
        info_layout.addWidget(self.name)
        info_layout.addWidget(self.facts)
        info_layout.addLayout(hbox(self.status_chip, self.box_chip, 1, spacing=6, margins=0))
        info_layout.addWidget(self.approval)
        info_layout.addWidget(section(self.tr("Rekomendasi kotak")))
        info_layout.addWidget(self.rekomendasi)
        info_layout.addWidget(section(self.tr("Kesenjangan")))
        info_layout.addWidget(self.gaps_label)
        info_layout.addWidget(section(self.tr("Campuran 70:20:10")))
        info_layout.addWidget(self.mix)
        info_layout.addStretch(1)
        self.info_scroll = QScrollArea(objectName="planInfoScroll")
        self.info_scroll.setWidget(info)
        self.info_scroll.setWidgetResizable(True)
        self.info_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.info_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.info_scroll.setFixedWidth(INFO_WIDTH[0])

        # -- activities and actions (right) ------------------------------------------------------------
        self.activity_model = ActivityModel(self, today=today)
        self.activities_table = read_only_table(self.activity_model, "activitiesTable")
        header = self.activities_table.horizontalHeader()
        for column, width in ACTIVITY_WIDTHS.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.activities_table.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        self.activities_table.setToolTip(self.tr("Klik dua kali untuk mengubah kegiatan"))

        self.add_button = QPushButton(self.tr("Tambah kegiatan…"), objectName="addActivity")
        self.edit_button = QPushButton(self.tr("Ubah…"), objectName="editActivity")
        self.remove_button = QPushButton(self.tr("Hapus"), objectName="removeActivity")
        self.complete_button = QPushButton(self.tr("Tandai selesai…"), objectName="completeActivity")
        self.complete_button.setToolTip(self.tr("Catat kegiatan ini selesai beserta buktinya"))
        self.approve_button = QPushButton(self.tr("Setujui dalam rapat"), objectName="approvePlan")
        self.approve_button.setProperty("role", "primary")
        self.finish_button = QPushButton(self.tr("Selesaikan rencana"), objectName="finishPlan")
        self.cancel_button = QPushButton(self.tr("Batalkan rencana"), objectName="cancelPlan")
        self.cancel_button.setProperty("role", "warning")
        self.reopen_button = QPushButton(self.tr("Buka kembali"), objectName="reopenPlan")
        self.reopen_button.setToolTip(self.tr("Buka kembali rencana ini agar kegiatannya dapat diubah"))
        self.reopen_button.hide()  # only a closed plan shows it; a fifth button would widen the page
        self.status = QLabel(objectName="detailStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        work = QWidget(objectName="planWork")
        work_layout = QVBoxLayout(work)
        work_layout.setContentsMargins(0, 0, 0, 0)
        work_layout.setSpacing(6)
        work_layout.addWidget(self.activities_table, 1)
        self.actions = QWidget(objectName="planActions")
        actions = QVBoxLayout(self.actions)
        actions.setContentsMargins(0, 0, 0, 0)
        actions.setSpacing(6)
        actions.addLayout(
            hbox(
                self.add_button,
                self.edit_button,
                self.remove_button,
                self.complete_button,
                1,
                spacing=6,
                margins=0,
            )
        )
        actions.addLayout(
            hbox(
                self.approve_button,
                self.finish_button,
                self.cancel_button,
                self.reopen_button,
                1,
                spacing=6,
                margins=0,
            )
        )
        work_layout.addWidget(self.actions)
        self.read_only_note = QLabel(objectName="planReadOnly")
        self.read_only_note.setProperty("role", "hint")
        self.read_only_note.setWordWrap(True)
        self.read_only_note.hide()
        work_layout.addWidget(self.read_only_note)
        work_layout.addWidget(self.status)

        shown = QWidget(objectName="planShown")
        layout = QHBoxLayout(shown)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.info_scroll, 0)
        layout.addWidget(work, 1)

        self.empty = QLabel(objectName="noPlan")
        self.empty.setProperty("role", "emptyNote")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(shown)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.add_button.clicked.connect(self.open_add_dialog)
        self.edit_button.clicked.connect(self.open_edit_dialog)
        self.remove_button.clicked.connect(self.remove_selected)
        self.complete_button.clicked.connect(self.open_complete_dialog)
        self.approve_button.clicked.connect(self.approve)
        self.finish_button.clicked.connect(lambda: self.set_status("selesai"))
        self.cancel_button.clicked.connect(lambda: self.set_status("batal"))
        self.reopen_button.clicked.connect(lambda: self.set_status("draf"))
        self.activities_table.doubleClicked.connect(lambda _index: self.open_edit_dialog())
        self.activities_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        # The plan stays readable for every role; its actions need the role's permission.
        self.may_manage = guard(
            workspace,
            Permission.DEVELOPMENT_MANAGE,
            self.add_button,
            self.edit_button,
            self.remove_button,
            self.complete_button,
            self.finish_button,
            self.cancel_button,
            self.reopen_button,
        )
        # Approval is a decision of the meeting being held: it needs both.
        self.may_approve = guard(
            workspace, (Permission.DEVELOPMENT_MANAGE, Permission.COMMITTEE_MANAGE), self.approve_button
        )
        if not self.may_manage:
            self.activities_table.setToolTip("")
        if not self.may_manage and not self.may_approve:
            # Two rows of buttons that all say no take the activities' room: one line says it instead.
            self.actions.hide()
            self.read_only_note.setText(denial(workspace, Permission.DEVELOPMENT_MANAGE))
            self.read_only_note.show()
        self.show_plan(None)

    # -- showing -------------------------------------------------------------------------------------

    def show_plan(self, plan_id: int | None, *, empty_text: str | None = None) -> None:
        """Read the plan (and the person's gaps) and show it; None shows ``empty_text``."""
        self._say("")
        if plan_id is None:
            self.plan = None
            self.activity_model.set_rows(())
            self.empty.setText(empty_text or self.tr("Pilih rencana di daftar untuk melihat kegiatannya."))
            self.stack.setCurrentIndex(0)
            return
        plan = self.workspace.read(get_plan, plan_id)
        if (
            self.plan is None
            or self.plan.person_id != plan.person_id
            or self.plan.period_label != plan.period_label
        ):
            self.gaps = self.workspace.read(gaps, plan.person_id, plan.period_label)
        self._show(plan)

    def _show(self, plan: PlanInfo) -> None:
        keep = self.selected_activity()
        self.plan = plan
        self.stack.setCurrentIndex(1)
        self.name.setText(plan.nama)
        facts = [nip_text(plan.nip), plan.jabatan or ""]
        if plan.target_jabatan:
            facts.append(self.tr("Jabatan target: {0}").format(plan.target_jabatan))
        self.facts.setText("\n".join(f for f in facts if f))
        self.status_chip.setText(text(PLAN_STATUS_TEXT, plan.status))
        restyle(self.status_chip, "tone", plan.status)
        if plan.box is not None:
            self.box_chip.setText(self.tr("Kotak {0}").format(plan.box))
            self.box_chip.setStyleSheet(
                f"background: {palette.BOX_TINTS[plan.box]}; border: {palette.LINE} solid {palette.BOX_COLORS[plan.box]};"
            )
            self.rekomendasi.setText(REKOMENDASI[plan.box])
        else:
            self.box_chip.setText(self.tr("Kotak —"))
            self.box_chip.setStyleSheet("")
            self.rekomendasi.setText("—")
        self.box_chip.setToolTip(self.tr("Kotak pegawai saat rencana dibuat"))
        self.approval.setText(
            self.tr("Disetujui Komite Talenta (keputusan rapat tercatat).") if plan.decision_id else ""
        )
        self.approval.setVisible(bool(plan.decision_id))
        self.gaps_label.setText(
            "<ul style='margin-left:-20px'>"
            + "".join(f"<li>{escape(user_text(g.message or g.text))}</li>" for g in self.gaps)
            + "</ul>"
            if self.gaps
            else escape(self.tr("Tidak ada kesenjangan kompetensi atau kinerja yang tercatat."))
        )
        self.mix.setText(self._mix_text(plan))
        self.activity_model.set_rows(plan.activities)
        row = self.activity_model.row_of(keep.id) if keep else -1
        if row >= 0:
            self.activities_table.selectRow(row)
        self._update_buttons()

    def _mix_text(self, plan: PlanInfo) -> str:
        mix = plan.mix()
        total = sum(mix.values())
        if not total:
            return self.tr("Belum ada kegiatan.")
        shares = " : ".join(str(round(100 * mix[c] / total)) for c in ("70", "20", "10"))
        return self.tr(
            "Kegiatan pengalaman : belajar dari orang lain : pembelajaran formal = {0} : {1} : {2} "
            "({3}). Pedoman BKN 70 : 20 : 10, tidak wajib. {4} JP direncanakan."
        ).format(mix["70"], mix["20"], mix["10"], shares, plan.jp_planned)

    def set_narrow(self, narrow: bool) -> None:
        """On a narrow window (1024 px) the left column gives the activities some room."""
        self.info_scroll.setFixedWidth(INFO_WIDTH[1] if narrow else INFO_WIDTH[0])

    def set_meeting(self, meeting: MeetingInfo | None) -> None:
        """The committee meeting being held (None when none is): approval is possible only during one."""
        self.meeting = meeting
        self._update_buttons()

    def selected_activity(self) -> ActivityInfo | None:
        rows = self.activities_table.selectionModel().selectedRows()
        return self.activity_model.rows[rows[0].row()] if rows else None

    def select_activity(self, activity_id: int) -> None:
        row = self.activity_model.row_of(activity_id)
        if row >= 0:
            self.activities_table.selectRow(row)

    def _update_buttons(self) -> None:
        plan = self.plan
        activity = self.selected_activity()
        closed = plan is None or plan.status in ("selesai", "batal")
        closed_tip = (
            self.tr("Rencana sudah {0}; buka kembali untuk mengubahnya.").format(
                text(PLAN_STATUS_TEXT, plan.status).lower()
            )
            if plan is not None and closed
            else ""
        )
        self.add_button.setEnabled(not closed)
        self.add_button.setToolTip(closed_tip or self.tr("Tambah kegiatan pengembangan ke rencana ini"))
        self.edit_button.setEnabled(not closed and activity is not None)
        self.edit_button.setToolTip(closed_tip or self.tr("Ubah kegiatan yang dipilih"))
        self.remove_button.setEnabled(not closed and activity is not None and plan.status == "draf")
        self.remove_button.setToolTip(
            closed_tip
            or (
                self.tr("Hapus kegiatan yang dipilih dari draf rencana")
                if plan is None or plan.status == "draf"
                else self.tr('Rencana sudah disetujui: batalkan kegiatannya melalui "Ubah…" (status Batal).')
            )
        )
        self.complete_button.setEnabled(
            not closed and activity is not None and activity.status in OPEN_ACTIVITY
        )
        self.finish_button.setVisible(not closed)
        self.cancel_button.setVisible(not closed)
        self.reopen_button.setVisible(plan is not None and closed)
        left = sum(a.status in OPEN_ACTIVITY for a in plan.activities) if plan else 0
        self.finish_button.setEnabled(not closed and left == 0)
        self.finish_button.setToolTip(
            self.tr("{0} kegiatan belum selesai atau dibatalkan.").format(left)
            if left
            else self.tr("Tutup rencana ini: semua kegiatannya selesai atau dibatalkan")
        )
        self.cancel_button.setToolTip(
            self.tr("Batalkan seluruh rencana ini (mis. pegawai pindah atau pensiun)")
        )
        reason = self._approval_blocked()
        self.approve_button.setEnabled(reason is None)
        if reason is None:
            reason = self.tr("Catat persetujuan rencana ini sebagai keputusan rapat {0}").format(
                self.meeting.number
            )
        self.approve_button.setToolTip(reason)

    def _approval_blocked(self) -> str | None:
        """Why the plan cannot be approved now, or None when it can."""
        plan = self.plan
        if plan is None:
            return ""
        if plan.status != "draf":
            return self.tr("Hanya rencana berstatus draf yang dapat disetujui.")
        if not plan.counted:
            return self.tr("Rencana tanpa kegiatan tidak dapat disetujui.")
        if self.meeting is None:
            return self.tr(
                "Tidak ada rapat Komite Talenta yang sedang berlangsung. Persetujuan dicatat sebagai keputusan "
                'rapat: mulai rapat di halaman Komite ("Mulai rapat"), lalu setujui di sini.'
            )
        return None

    def _say(self, message: str, tone: str | None = None) -> None:
        self.status.setText(message)
        restyle(self.status, "tone", tone)
        self.status.setVisible(bool(message))

    # -- writing -------------------------------------------------------------------------------------

    def _written(self, message: str, activity_id: int | None = None) -> None:
        plan_id = self.plan.id
        self.show_plan(plan_id)
        if activity_id is not None:
            self.select_activity(activity_id)
        self._say(message, "ok")
        self.changed.emit(plan_id)

    def _open(self, dialog, done) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: done(dialog.result_value))
        dialog.open()

    def open_add_dialog(self) -> ActivityDialog | None:
        if self.plan is None or not self.add_button.isEnabled():
            return None
        dialog = ActivityDialog(self.workspace, self.plan, None, self)
        self._open(dialog, lambda activity_id: self._written(self.tr("Kegiatan ditambahkan."), activity_id))
        return dialog

    def open_edit_dialog(self) -> ActivityDialog | None:
        activity = self.selected_activity()
        if self.plan is None or activity is None or not self.edit_button.isEnabled():
            return None
        dialog = ActivityDialog(self.workspace, self.plan, activity, self)
        self._open(dialog, lambda _result: self._written(self.tr("Kegiatan diubah."), activity.id))
        return dialog

    def open_complete_dialog(self) -> CompleteDialog | None:
        activity = self.selected_activity()
        if activity is None or not self.complete_button.isEnabled():
            return None
        dialog = CompleteDialog(self.workspace, activity, self)
        self._open(
            dialog,
            lambda _result: self._written(
                self.tr("Kegiatan \u201c{0}\u201d ditandai selesai.").format(activity.title), activity.id
            ),
        )
        return dialog

    def remove_selected(self) -> bool:
        activity = self.selected_activity()
        if activity is None or not self.remove_button.isEnabled():
            return False
        if not ask(
            self,
            self.tr("Hapus kegiatan?"),
            self.tr("Hapus kegiatan \u201c{0}\u201d dari draf rencana {1}?").format(
                activity.title, self.plan.nama
            ),
            self.tr("Hapus"),
            self.tr("Batal"),
        ):
            return False
        return self._write(self.tr("Kegiatan dihapus."), remove_activity, activity.id)

    def approve(self) -> bool:
        if self.plan is None or not self.may_approve or self._approval_blocked() is not None:
            return False
        meeting = self.meeting
        if not ask(
            self,
            self.tr("Setujui rencana?"),
            self.tr(
                "Catat persetujuan rencana pengembangan {0} ({1} kegiatan, {2} JP) sebagai keputusan rapat {3}?"
            ).format(self.plan.nama, len(self.plan.counted), self.plan.jp_planned, meeting.number),
            self.tr("Setujui"),
            self.tr("Batal"),
        ):
            return False
        return self._write(
            self.tr("Rencana disetujui dalam rapat {0}.").format(meeting.number),
            approve_plan,
            meeting.id,
            self.plan.id,
        )

    def set_status(self, status: str) -> bool:
        if self.plan is None or not self.may_manage:
            return False
        questions = {
            "selesai": (
                self.tr("Selesaikan rencana?"),
                self.tr(
                    "Tutup rencana pengembangan {0}? Kegiatannya tidak dapat diubah lagi kecuali dibuka kembali."
                ),
                self.tr("Selesaikan"),
                self.tr("Rencana diselesaikan."),
            ),
            "batal": (
                self.tr("Batalkan rencana?"),
                self.tr(
                    "Batalkan seluruh rencana pengembangan {0}? Rencana tetap tercatat dengan status Batal."
                ),
                self.tr("Batalkan rencana"),
                self.tr("Rencana dibatalkan."),
            ),
            "draf": (
                self.tr("Buka kembali rencana?"),
                self.tr("Buka kembali rencana pengembangan {0} agar kegiatannya dapat diubah?"),
                self.tr("Buka kembali"),
                self.tr("Rencana dibuka kembali."),
            ),
        }
        title, question, yes, done = questions[status]
        if not ask(self, title, question.format(self.plan.nama), yes, self.tr("Kembali")):
            return False
        return self._write(done, set_plan_status, self.plan.id, status)

    def _write(self, message: str, service, *args) -> bool:
        try:
            self.workspace.write(service, *args)
        except REFUSALS as exc:
            self._say(user_text(exc), "error")
            return False
        self._written(message)
        return True
