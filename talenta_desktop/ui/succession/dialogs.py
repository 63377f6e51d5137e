"""The Suksesi page's dialogs: a post (new or changed), a successor proposed from the candidates, and
the succession rules ("Aturan suksesi…").

Like the Komite's dialogs, OK runs the one service through the workspace; a refusal (SuccessionError,
SettingsError — in Indonesian, naming what is wrong) is shown inside the dialog, which stays open so
nothing typed is lost. What the service returned is kept in ``result_value``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

import pandas as pd
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from talenta_desktop.domain.jabatan import JENJANG_TARGETS, bup_of
from talenta_desktop.services.committee import CommitteeError
from talenta_desktop.services.permissions import PermissionDenied
from talenta_desktop.services.succession.candidates import SuccessionError
from talenta_desktop.services.succession.posts import PostInfo, create_post, propose_successor, update_post
from talenta_desktop.services.succession.settings import (
    HUKDIS_LEVELS,
    Readiness,
    SettingsError,
    SuccessionSettings,
    save_settings,
    settings_problems,
)
from talenta_desktop.services.talent.periods import PeriodError
from talenta_desktop.services.units import UnitNode
from talenta_desktop.services.workspace import Workspace
from talenta_desktop.ui import forms
from talenta_desktop.ui.committee.labels import nip_text
from talenta_desktop.ui.committee.person_picker import PersonPicker
from talenta_desktop.ui.forms import hint
from talenta_desktop.ui.messages import user_text
from talenta_desktop.ui.restyle import restyle

from .labels import HUKDIS_LEVEL_TEXT, KIND_LONG_TEXT, text
from .models import CandidateRow, ReadinessModel, number

People = Callable[[], pd.DataFrame]
REFUSALS = (SuccessionError, SettingsError, CommitteeError, PeriodError, PermissionDenied)


class SuccessionDialog(forms.ServiceDialog):
    """A succession form: what the succession, settings, committee and period services refuse is shown
    in place, each problem of a settings refusal on its own line."""

    refusals = REFUSALS

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        # The message's padding as contents margins (the style sheet sets none for it here): a wrapped
        # label's height-for-width counts these, not style-sheet padding, so a refusal is never cut.
        self.messages.setContentsMargins(8, 6, 8, 6)


def _row_widget(*items, stretch: bool = True) -> QWidget:
    layout = QHBoxLayout()
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(8)
    for item in items:
        layout.addWidget(item)
    if stretch:
        layout.addStretch(1)
    host = QWidget()
    host.setLayout(layout)
    return host


# -- a post -------------------------------------------------------------------------------------------


class PostDialog(SuccessionDialog):
    """A jabatan target or kritikal: its level, unit, minimum golongan, BUP, incumbent and how many
    successors it needs. Changing a post sends only what changed (the audit log says what)."""

    NO_BUP = 49  # the spin box's "sesuai jenjang" value, below the service's 50–70

    def __init__(
        self,
        workspace: Workspace,
        people: People,
        units: Sequence[UnitNode],
        settings: SuccessionSettings,
        post: PostInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("PostDialog")
        self.post = post
        self.setWindowTitle(
            self.tr("Ubah jabatan — {0}").format(post.jabatan_nama) if post else self.tr("Jabatan baru")
        )
        self.setMinimumWidth(620)
        self.name = QLineEdit(objectName="name")
        self.name.setPlaceholderText(self.tr("mis. Kepala Dinas Pendidikan dan Kebudayaan"))
        self.kind = QComboBox(objectName="kind")
        for code, source in KIND_LONG_TEXT.items():
            self.kind.addItem(QCoreApplication.translate("Succession", source), code)
        self.jenjang = QComboBox(objectName="jenjang")
        for jenjang in JENJANG_TARGETS:
            self.jenjang.addItem(jenjang, jenjang)
        self.unit = QComboBox(objectName="unit")
        self.unit.addItem(self.tr("— tanpa unit —"), None)
        for node in units:
            self.unit.addItem("\u2003" * node.depth + node.nama, node.id)
        self.unit.setMaxVisibleItems(20)
        self.min_golongan = QLineEdit(objectName="minGolongan")
        self.min_golongan.setPlaceholderText(self.tr("mis. IV/a — kosong: tanpa syarat golongan"))
        self.min_golongan.setMaximumWidth(300)
        self.bup = QSpinBox(objectName="bup")
        self.bup.setRange(self.NO_BUP, 70)
        self.bup.setSuffix(self.tr(" tahun"))
        self.bup.setMinimumWidth(240)
        self.bup.setMinimumHeight(28)
        self.picker = PersonPicker(people)
        self.needed = QSpinBox(objectName="successorsNeeded")
        self.needed.setRange(1, 10)
        self.needed.setValue(settings.successors_needed)
        self.needed.setSuffix(self.tr(" orang"))
        self.needed.setMinimumWidth(120)
        self.needed.setMinimumHeight(28)
        self.note = QPlainTextEdit(objectName="note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(60)
        self.note.setPlaceholderText(self.tr("mis. alasan jabatan ini kritikal"))

        if post is not None:
            self.name.setText(post.jabatan_nama)
            self.kind.setCurrentIndex(max(self.kind.findData(post.kind), 0))
            self.jenjang.setCurrentIndex(max(self.jenjang.findData(post.jenjang_jabatan), 0))
            self.unit.setCurrentIndex(max(self.unit.findData(post.unit_id), 0))
            self.min_golongan.setText(post.min_golongan or "")
            self.needed.setValue(post.successors_needed)
            self.note.setPlainText(post.note or "")
            if post.incumbent_nip:
                self.picker.set_query(post.incumbent_nip)
        self._bup_text()
        stored_bup = self._stored_bup()
        self.bup.setValue(stored_bup or self.NO_BUP)

        self.form.addRow(self.tr("&Nama jabatan:"), self.name)
        self.form.addRow(self.tr("J&enis:"), _row_widget(self.kind))
        self.form.addRow(self.tr("&Jenjang jabatan:"), _row_widget(self.jenjang))
        self.form.addRow(self.tr("&Unit kerja:"), self.unit)
        self.form.addRow(self.tr("&Golongan paling rendah:"), self.min_golongan)
        self.form.addRow(self.tr("&BUP:"), _row_widget(self.bup))
        self.form.addRow(self.tr("&Pemangku:"), self.picker)
        self.form.addRow(self.tr("&Suksesor dibutuhkan:"), _row_widget(self.needed))
        self.form.addRow(self.tr("C&atatan:"), self.note)
        self.finish(
            self.tr("Simpan jabatan") if post else self.tr("Tambah jabatan"),
            hint(
                self.tr(
                    "Perkiraan lowong dihitung dari tanggal lahir pemangku dan BUP jabatan. Calon suksesor "
                    "diambil dari Kelompok Rencana Suksesi (kotak 7–9) yang jenjangnya satu tingkat di "
                    "bawah jenjang ini. Kosongkan pemangku bila jabatan sedang lowong."
                )
            ),
        )
        self.name.textChanged.connect(self._check)
        self.jenjang.currentIndexChanged.connect(lambda _: self._bup_text())
        self._check()

    def _stored_bup(self) -> int | None:
        """The post's own BUP, when it differs from its level's (PostInfo carries the effective one)."""
        if self.post is None or self.post.bup == bup_of(self.post.jenjang_jabatan):
            return None
        return self.post.bup

    def _bup_text(self) -> None:
        self.bup.setSpecialValueText(
            self.tr("Sesuai jenjang ({0} tahun)").format(bup_of(self.jenjang.currentData()))
        )

    def _check(self) -> None:
        self.ok_button.setEnabled(bool(self.name.text().strip()))

    def values(self) -> dict[str, Any]:
        bup = self.bup.value()
        return {
            "jabatan_nama": self.name.text().strip(),
            "kind": self.kind.currentData(),
            "jenjang_jabatan": self.jenjang.currentData(),
            "unit_id": self.unit.currentData(),
            "min_golongan": self.min_golongan.text().strip() or None,
            "bup": None if bup == self.NO_BUP else bup,
            "incumbent_id": self.picker.person_id(),
            "successors_needed": self.needed.value(),
            "note": self.note.toPlainText().strip() or None,
        }

    def submit(self) -> int:
        values = self.values()
        if self.post is None:
            name = values.pop("jabatan_nama")
            return self.workspace.write(create_post, name, **values)
        post = self.post
        before = {
            "jabatan_nama": post.jabatan_nama,
            "kind": post.kind,
            "jenjang_jabatan": post.jenjang_jabatan,
            "unit_id": post.unit_id,
            "min_golongan": post.min_golongan,
            "bup": self._stored_bup(),
            "incumbent_id": post.incumbent_id,
            "successors_needed": post.successors_needed,
            "note": post.note,
        }
        changes = {k: v for k, v in values.items() if v != before[k]}
        if (
            "min_golongan" in changes
            and (changes["min_golongan"] or "").upper() == (post.min_golongan or "").upper()
        ):
            del changes["min_golongan"]
        if changes:
            self.workspace.write(update_post, post.id, **changes)
        return post.id


# -- a successor --------------------------------------------------------------------------------------


class ProposeDialog(SuccessionDialog):
    """Propose an eligible candidate as successor, with a readiness category (penilaian kesiapan)."""

    def __init__(
        self,
        workspace: Workspace,
        period_label: str,
        post: PostInfo,
        candidate: CandidateRow,
        categories: Sequence[Readiness],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("ProposeDialog")
        self.setWindowTitle(self.tr("Usulkan suksesor — {0}").format(post.jabatan_nama))
        self.setMinimumWidth(560)
        self.period_label = period_label
        self.post = post
        self.candidate = candidate
        who = QLabel(objectName="candidate")
        who.setWordWrap(True)
        who.setTextFormat(Qt.TextFormat.PlainText)
        who.setText(
            "\n".join(
                p
                for p in (
                    candidate.nama,
                    nip_text(candidate.nip),
                    candidate.jabatan,
                    self.tr("Kotak {0} · nilai talenta {1} · peringkat {2}").format(
                        candidate.box or "—", number(candidate.nilai_talenta), candidate.rank or "—"
                    ),
                )
                if p
            )
        )
        self.readiness = QComboBox(objectName="readiness")
        for category in categories:
            self.readiness.addItem(category.label, category.code)
        self.readiness.setMinimumWidth(220)
        self.note = QLineEdit(objectName="note")
        self.note.setPlaceholderText(self.tr("mis. dasar penilaian kesiapan"))
        self.form.addRow(self.tr("Calon:"), who)
        self.form.addRow(self.tr("&Kesiapan:"), _row_widget(self.readiness))
        self.form.addRow(self.tr("&Catatan:"), self.note)
        self.finish(
            self.tr("Usulkan"),
            hint(
                self.tr(
                    "Usulan menjadi suksesor tetap setelah ditetapkan Komite Talenta dalam rapat "
                    '("Tetapkan dalam rapat").'
                )
            ),
        )
        self.ok_button.setEnabled(self.readiness.count() > 0)

    def submit(self) -> int:
        return self.workspace.write(
            propose_successor,
            self.period_label,
            self.post.id,
            self.candidate.person_id,
            self.readiness.currentData(),
            self.note.text().strip() or None,
        )


# -- the rules ----------------------------------------------------------------------------------------


def _group_form(group: QGroupBox) -> QFormLayout:
    form = QFormLayout(group)
    form.setContentsMargins(12, 12, 12, 10)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setVerticalSpacing(8)
    return form


def _spin(name: str, low: int, high: int, suffix: str, special: str | None = None) -> QSpinBox:
    spin = QSpinBox(objectName=name)
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    if special:
        spin.setSpecialValueText(special)
    spin.setMinimumWidth(150)
    spin.setMinimumHeight(28)  # as tall as the themed combo boxes
    return spin


class SettingsDialog(SuccessionDialog):
    """The succession rules, checked with services.succession.settings.validate_settings as they are
    edited: the problems are listed and OK waits until there are none."""

    def __init__(
        self, workspace: Workspace, settings: SuccessionSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("SuccessionSettingsDialog")
        self.setWindowTitle(self.tr("Aturan suksesi"))
        self.setMinimumWidth(640)
        self.original = settings

        self.one_level_below = QCheckBox(
            self.tr("Jenjang calon satu tingkat di bawah jabatan target"), objectName="oneLevelBelow"
        )
        self.min_golongan = QCheckBox(
            self.tr("Golongan calon paling rendah sesuai syarat jabatan (bila ditentukan)"),
            objectName="minGolongan",
        )
        self.hukdis_years = _spin(
            "hukdisYears", 0, 10, self.tr(" tahun terakhir"), self.tr("tidak diperiksa")
        )
        self.hukdis_levels = {}
        for level in HUKDIS_LEVELS:
            box = QCheckBox(text(HUKDIS_LEVEL_TEXT, level), objectName=f"hukdis_{level}")
            self.hukdis_levels[level] = box
        self.retirement_years = _spin(
            "retirementYears", 0, 10, self.tr(" tahun lagi sebelum BUP"), self.tr("tidak diperiksa")
        )
        self.retirement_years.setMinimumWidth(210)
        rules = QGroupBox(self.tr("Syarat calon suksesor"))
        rules_form = _group_form(rules)
        rules_form.addRow(self.one_level_below)
        rules_form.addRow(self.min_golongan)
        rules_form.addRow(self.tr("Tanpa hukuman disiplin dalam:"), _row_widget(self.hukdis_years))
        rules_form.addRow(self.tr("Tingkat hukuman disiplin:"), _row_widget(*self.hukdis_levels.values()))
        rules_form.addRow(self.tr("Masa kerja sebelum pensiun:"), _row_widget(self.retirement_years))

        self.successors_needed = _spin("successorsNeeded", 1, 10, self.tr(" orang"))
        self.warning_months = _spin(
            "warningMonths", 0, 60, self.tr(" bulan sebelum lowong"), self.tr("hanya yang sudah lowong")
        )
        self.warning_months.setMinimumWidth(200)
        posts = QGroupBox(self.tr("Jabatan dan peringatan"))
        posts_form = _group_form(posts)
        posts_form.addRow(self.tr("Suksesor per jabatan (bawaan):"), _row_widget(self.successors_needed))
        posts_form.addRow(self.tr("Peringatan kekosongan:"), _row_widget(self.warning_months))

        self.readiness_model = ReadinessModel(settings.readiness, self)
        self.readiness_table = QTableView(objectName="readinessTable")
        self.readiness_table.setModel(self.readiness_model)
        self.readiness_table.verticalHeader().hide()
        self.readiness_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.readiness_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.readiness_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.readiness_table.horizontalHeader().setStretchLastSection(False)
        self.readiness_table.horizontalHeader().setSectionResizeMode(
            0, self.readiness_table.horizontalHeader().ResizeMode.Stretch
        )
        self.readiness_table.setColumnWidth(1, 190)
        self.readiness_table.verticalHeader().setDefaultSectionSize(26)
        self.readiness_table.setMinimumHeight(26 * 4 + 32)
        self.readiness_table.setToolTip(
            self.tr("Klik dua kali nama kategori untuk mengubahnya; centang yang dihitung siap sekarang")
        )
        self.add_button = QPushButton(self.tr("Tambah"), objectName="addReadiness")
        self.remove_button = QPushButton(self.tr("Hapus"), objectName="removeReadiness")
        self.remove_button.setToolTip(
            self.tr(
                "Menghapus kategori yang sedang dipakai tidak mengubah suksesornya; kesiapan mereka tetap "
                "tampil sebagaimana tersimpan."
            )
        )
        self.up_button = QPushButton(self.tr("Naik"), objectName="readinessUp")
        self.down_button = QPushButton(self.tr("Turun"), objectName="readinessDown")
        readiness = QGroupBox(self.tr("Kategori kesiapan (urut dari yang paling siap)"))
        readiness_layout = QHBoxLayout(readiness)
        readiness_layout.setContentsMargins(12, 12, 12, 10)
        readiness_layout.addWidget(self.readiness_table, 1)
        buttons = QVBoxLayout()
        buttons.setSpacing(6)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        readiness_layout.addLayout(buttons)

        self.body.insertWidget(0, rules)
        self.body.insertWidget(1, posts)
        self.body.insertWidget(2, readiness)
        self.finish(self.tr("Simpan aturan"))

        self._load(settings)
        for box in (self.one_level_below, self.min_golongan, *self.hukdis_levels.values()):
            box.toggled.connect(self._check)
        for spin in (self.hukdis_years, self.retirement_years, self.successors_needed, self.warning_months):
            spin.valueChanged.connect(self._check)
        for signal in (
            self.readiness_model.dataChanged,
            self.readiness_model.rowsInserted,
            self.readiness_model.rowsRemoved,
            self.readiness_model.rowsMoved,
        ):
            signal.connect(self._check)
        self.readiness_table.selectionModel().currentRowChanged.connect(lambda *_: self._buttons())
        self.add_button.clicked.connect(self.add_category)
        self.remove_button.clicked.connect(self.remove_category)
        self.up_button.clicked.connect(lambda: self.move_category(-1))
        self.down_button.clicked.connect(lambda: self.move_category(1))
        self._check()

    def _load(self, settings: SuccessionSettings) -> None:
        self.one_level_below.setChecked(settings.one_level_below)
        self.min_golongan.setChecked(settings.min_golongan)
        self.hukdis_years.setValue(settings.hukdis_years)
        for level, box in self.hukdis_levels.items():
            box.setChecked(level in settings.hukdis_levels)
        self.retirement_years.setValue(settings.retirement_years)
        self.successors_needed.setValue(settings.successors_needed)
        self.warning_months.setValue(settings.vacancy_warning_months)

    def settings(self) -> SuccessionSettings:
        return dataclasses.replace(
            self.original,
            one_level_below=self.one_level_below.isChecked(),
            min_golongan=self.min_golongan.isChecked(),
            hukdis_years=self.hukdis_years.value(),
            hukdis_levels=tuple(level for level, box in self.hukdis_levels.items() if box.isChecked()),
            retirement_years=self.retirement_years.value(),
            successors_needed=self.successors_needed.value(),
            vacancy_warning_months=self.warning_months.value(),
            readiness=self.readiness_model.categories(),
        )

    def problems(self) -> list[str]:
        settings = self.settings()
        problems = [user_text(problem) for problem in settings_problems(settings)]
        if settings.hukdis_years and not settings.hukdis_levels:
            problems.append(
                self.tr("Pilih paling sedikit satu tingkat hukuman disiplin, atau pilih “tidak diperiksa”.")
            )
        return problems

    def _check(self, *_args) -> None:
        problems = self.problems()
        for box in self.hukdis_levels.values():
            box.setEnabled(self.hukdis_years.value() > 0)
        if problems:
            self.show_message("\n".join(problems))
            self.layout().activate()
            if self.isVisible() and self.height() < self.sizeHint().height():
                self.resize(self.width(), self.sizeHint().height())  # room for the message
        else:
            self.messages.hide()
            restyle(self.messages, "tone", None)
        self.ok_button.setEnabled(not problems)
        self._buttons()

    def _buttons(self) -> None:
        row = self.readiness_table.currentIndex().row()
        count = self.readiness_model.rowCount()
        self.remove_button.setEnabled(0 <= row < count)
        self.up_button.setEnabled(0 < row < count)
        self.down_button.setEnabled(0 <= row < count - 1)

    def add_category(self) -> None:
        row = self.readiness_model.add(self.tr("Kategori baru"))
        index = self.readiness_model.index(row, ReadinessModel.LABEL_COLUMN)
        self.readiness_table.setCurrentIndex(index)
        self.readiness_table.edit(index)

    def remove_category(self) -> None:
        row = self.readiness_table.currentIndex().row()
        self.readiness_model.remove(row)
        self._buttons()

    def move_category(self, delta: int) -> None:
        row = self.readiness_table.currentIndex().row()
        target = self.readiness_model.move(row, delta)
        self.readiness_table.setCurrentIndex(self.readiness_model.index(target, 0))
        self._buttons()

    def submit(self) -> SuccessionSettings:
        settings = self.settings()
        self.workspace.write(save_settings, settings)
        return settings
