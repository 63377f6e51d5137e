"""The profile panel beside the personnel table: one person's data and histories, read-only.

Sections are tabs of titled, fitted tables (no nested scroll bars inside a tab except the tab's own).
Disciplinary records appear only when the service returned them (services.personnel.can_view_hukdis);
otherwise the tab says they are hidden for the user's role.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from talenta_desktop.services.permissions import ROLE_PERMISSIONS, Permission
from talenta_desktop.services.personnel import PersonProfile
from talenta_desktop.ui import palette
from talenta_desktop.ui.formatting import date_text, short_date_text
from talenta_desktop.ui.permissions import role_text

ROW_HEIGHT = 26
WEAK_PREDIKAT = {"Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang"}


class RecordsModel(QAbstractTableModel):
    """A read-only table of already formatted rows (a person's history is a handful of rows)."""

    def __init__(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        *,
        right_aligned: Sequence[int] = (),
        warn_rows: Sequence[bool] | None = None,
        colors: dict[tuple[int, int], str] | None = None,
        tooltips: dict[tuple[int, int], str] | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.tooltips = tooltips or {}
        self.headers = list(headers)
        self.rows = [list(r) for r in rows]
        self.right_aligned = set(right_aligned)
        self.warn_rows = list(warn_rows or [False] * len(self.rows))
        self.colors = colors or {}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return value
        if role == Qt.ItemDataRole.ToolTipRole:  # cells are elided in a narrow panel: show them whole
            return self.tooltips.get((index.row(), index.column())) or value or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight
                if index.column() in self.right_aligned
                else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self.warn_rows[index.row()]:
            return QBrush(QColor(palette.ERROR_ROW))  # a row below a norm (JP under 20 a year)
        if role == Qt.ItemDataRole.ForegroundRole:
            color = self.colors.get((index.row(), index.column()))
            return QBrush(QColor(color)) if color else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None


class RecordsTable(QTableView):
    """A RecordsModel shown at its full height, so the tab scrolls rather than each table."""

    def __init__(self, model: RecordsModel, *, stretch: int | tuple[int, ...], parent=None) -> None:
        super().__init__(parent)
        self.setModel(model)
        model.setParent(self)
        self.setObjectName("recordsTable")
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (stretch,) if isinstance(stretch, int) else stretch:
            if 0 <= column < model.columnCount():
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        # Every row and the header, measured after the style sheet has set the header's padding.
        self.ensurePolished()
        header = self.horizontalHeader()
        header.ensurePolished()
        height = header.sizeHint().height() + self.model().rowCount() * ROW_HEIGHT + 2 * self.frameWidth()
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())


class ProfilePanel(QFrame):
    """Who the selected person is: a header, then tabs per kind of record. Empty until show_profile()."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profilePanel")
        self.locale = QLocale()
        self.profile: PersonProfile | None = None

        self.empty = QLabel(
            self.tr("Pilih seorang pegawai di tabel untuk melihat profilnya."), objectName="profileEmpty"
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        self.name = QLabel(objectName="profileName")
        self.name.setWordWrap(True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.nip = QLabel(objectName="profileNip")
        self.nip.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.position = QLabel(objectName="profilePosition")
        self.position.setWordWrap(True)
        self.facts = QLabel(objectName="profileFacts")
        self.facts.setWordWrap(True)
        header = QWidget(objectName="profileHeader")
        head = QVBoxLayout(header)
        head.setContentsMargins(16, 14, 16, 10)
        head.setSpacing(3)
        for label in (self.name, self.nip, self.position, self.facts):
            head.addWidget(label)

        self.tabs = QTabWidget(objectName="profileTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self._tab_pages: dict[str, QVBoxLayout] = {}
        for key, title, tip in (
            ("identitas", self.tr("Identitas"), self.tr("Data pribadi dan riwayat pendidikan")),
            ("jabatan", self.tr("Jabatan"), self.tr("Jabatan sekarang, riwayat jabatan dan pangkat")),
            ("skp", self.tr("SKP"), self.tr("Penilaian kinerja per tahun")),
            ("asesmen", self.tr("Asesmen"), self.tr("Hasil asesmen kompetensi dan potensi")),
            ("diklat", self.tr("Diklat"), self.tr("Pengembangan kompetensi dan JP per tahun")),
            ("penghargaan", self.tr("Penghargaan"), self.tr("Penghargaan")),
            ("hukdis", self.tr("Hukdis"), self.tr("Hukuman disiplin")),
        ):
            body = QWidget(objectName="profileTabBody")
            layout = QVBoxLayout(body)
            layout.setContentsMargins(14, 12, 14, 14)
            layout.setSpacing(8)
            scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
            scroll.setObjectName(f"profileTab-{key}")
            scroll.setWidget(body)
            self.tabs.addTab(scroll, title)
            self.tabs.setTabToolTip(self.tabs.count() - 1, tip)
            self._tab_pages[key] = layout

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(header)
        column.addWidget(self.tabs, 1)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(1, 1, 1, 1)
        outer.addWidget(self.stack)
        self.clear()

    # -- state ---------------------------------------------------------------------------------------

    def clear(self, message: str | None = None) -> None:
        """The empty state: nobody selected (``message`` says why, when it is not the usual reason)."""
        self.profile = None
        self.empty.setText(message or self.tr("Pilih seorang pegawai di tabel untuk melihat profilnya."))
        self.stack.setCurrentIndex(0)

    def is_empty(self) -> bool:
        return self.stack.currentIndex() == 0

    def show_profile(self, profile: PersonProfile) -> None:
        self.profile = profile
        ident, pos = profile.identity, profile.position
        self.name.setText(ident.nama_lengkap)
        self.nip.setText(self.tr("NIP {0}").format(ident.nip_formatted))
        where = " · ".join(part for part in (pos.jabatan, pos.unit) if part)
        self.position.setText(where or self.tr("Jabatan belum diisi"))
        facts = [ident.jenis_pegawai]
        if pos.golongan:
            facts.append(pos.golongan)
        self.facts.setToolTip(f"{pos.golongan} — {pos.pangkat}" if pos.pangkat else "")
        facts.append(self.tr("{0} tahun").format(self.locale.toString(ident.usia)))
        if ident.tmt_pensiun:
            facts.append(self.tr("pensiun {0}").format(self._long_date(ident.tmt_pensiun)))
        self.facts.setText("  ·  ".join(facts))

        self._fill_identitas(profile)
        self._fill_jabatan(profile)
        self._fill_skp(profile)
        self._fill_asesmen(profile)
        self._fill_diklat(profile)
        self._fill_penghargaan(profile)
        self._fill_hukdis(profile)
        self.stack.setCurrentIndex(1)

    # -- formatting ----------------------------------------------------------------------------------

    def _date(self, day: date | None) -> str:
        return "" if day is None else short_date_text(day)

    def _long_date(self, day: date | None) -> str:
        return "" if day is None else date_text(day)

    def _gender(self, label: str) -> str:
        return {"Laki-laki": self.tr("Laki-laki"), "Perempuan": self.tr("Perempuan")}.get(label, label)

    def _number(self, value: float | None, decimals: int = 2) -> str:
        return "" if value is None else self.locale.toString(float(value), "f", decimals)

    # -- building blocks -----------------------------------------------------------------------------

    def _reset(self, key: str) -> QVBoxLayout:
        layout = self._tab_pages[key]
        while layout.count():
            widget = layout.takeAt(0).widget()
            if widget is not None:
                widget.setParent(None)  # gone from the screen now, not when deleteLater runs
                widget.deleteLater()
        return layout

    def _title(self, layout: QVBoxLayout, text: str, note: str | None = None) -> None:
        title = QLabel(text)
        title.setProperty("role", "sectionTitle")
        layout.addWidget(title)
        if note:
            hint = QLabel(note)
            hint.setProperty("role", "sectionNote")
            hint.setWordWrap(True)
            layout.addWidget(hint)

    def _empty_note(self, layout: QVBoxLayout, text: str) -> QLabel:
        label = QLabel(text)
        label.setProperty("role", "emptyNote")
        label.setWordWrap(True)
        layout.addWidget(label)
        return label

    def _table(
        self,
        layout: QVBoxLayout,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        *,
        stretch: int | tuple[int, ...],
        empty: str,
        object_name: str,
        **options,
    ) -> RecordsTable | None:
        if not rows:
            self._empty_note(layout, empty)
            return None
        table = RecordsTable(RecordsModel(headers, rows, **options), stretch=stretch)
        table.setObjectName(object_name)
        layout.addWidget(table)
        return table

    def _form(self, layout: QVBoxLayout, pairs: Sequence[tuple[str, str]]) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 4)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(5)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for caption, value in pairs:
            label = QLabel(caption)
            label.setProperty("role", "fieldLabel")
            shown = QLabel(value or "–")
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, shown)
        layout.addWidget(box)
        return box

    # -- sections ------------------------------------------------------------------------------------

    def _fill_identitas(self, p: PersonProfile) -> None:
        layout = self._reset("identitas")
        i = p.identity
        born = ", ".join(part for part in (i.tempat_lahir, self._long_date(i.tanggal_lahir)) if part)
        masa_kerja = ""
        if i.masa_kerja is not None:
            masa_kerja = self.tr("{0} tahun {1} bulan").format(i.masa_kerja[0], i.masa_kerja[1])
        retirement = ""
        if i.bup:
            retirement = self.tr("{0} tahun").format(i.bup)
            if i.tmt_pensiun:
                retirement += " · " + self.tr("TMT pensiun {0}").format(self._long_date(i.tmt_pensiun))
        pendidikan = " · ".join(part for part in (i.pendidikan, i.pendidikan_nama) if part)
        if i.tahun_lulus:
            pendidikan += self.tr(" (lulus {0})").format(i.tahun_lulus)
        self._form(
            layout,
            [
                (self.tr("NIP"), i.nip_formatted),
                (self.tr("NIP lama"), i.nip_lama or ""),
                (self.tr("Nama"), i.nama),
                (self.tr("Gelar"), " / ".join(g for g in (i.gelar_depan, i.gelar_belakang) if g)),
                (self.tr("Tempat, tanggal lahir"), born),
                (self.tr("Usia"), self.tr("{0} tahun").format(self.locale.toString(i.usia))),
                (self.tr("Jenis kelamin"), self._gender(i.jenis_kelamin)),
                (self.tr("Jenis pegawai"), i.jenis_pegawai),
                (self.tr("Kedudukan"), i.kedudukan or ""),
                (self.tr("TMT CPNS/PPPK"), self._long_date(i.tmt_cpns)),
                (self.tr("TMT PNS"), self._long_date(i.tmt_pns)),
                (self.tr("Masa kerja golongan"), masa_kerja),
                (self.tr("Pendidikan terakhir"), pendidikan),
                (self.tr("Batas usia pensiun"), retirement),
                (self.tr("Email"), i.email or ""),
                (self.tr("Nomor HP"), i.no_hp or ""),
            ],
        )
        self._title(layout, self.tr("Riwayat pendidikan"))
        self._table(
            layout,
            [self.tr("Tingkat"), self.tr("Program / lembaga"), self.tr("Lulus")],
            [(e.tingkat, e.nama or "", str(e.tahun_lulus or "")) for e in p.pendidikan],
            stretch=1,
            right_aligned=(2,),
            empty=self.tr("Belum ada riwayat pendidikan."),
            object_name="pendidikanTable",
        )
        layout.addStretch(1)

    def _fill_jabatan(self, p: PersonProfile) -> None:
        layout = self._reset("jabatan")
        pos = p.position
        jenis = " · ".join(part for part in (pos.jenis_jabatan, pos.jenjang) if part)
        golongan = f"{pos.golongan} — {pos.pangkat}" if pos.golongan and pos.pangkat else pos.golongan or ""
        self._title(layout, self.tr("Jabatan sekarang"))
        self._form(
            layout,
            [
                (self.tr("Jabatan"), pos.jabatan or ""),
                (self.tr("Jenis / jenjang"), jenis),
                (self.tr("Eselon"), pos.eselon or self.tr("Non-eselon")),
                (self.tr("TMT jabatan"), self._long_date(pos.tmt_jabatan)),
                (self.tr("Unit kerja"), pos.unit or ""),
                (self.tr("Unit induk"), pos.unit_induk or ""),
                (self.tr("Golongan/ruang"), golongan),
                (self.tr("TMT golongan"), self._long_date(pos.tmt_golongan)),
            ],
        )
        self._title(layout, self.tr("Riwayat jabatan"))
        rows, tips = [], {}
        for n, e in enumerate(p.jabatan_history):
            jabatan = f"{e.jabatan} ({e.eselon})" if e.eselon else e.jabatan
            rows.append((self._date(e.tmt), jabatan, e.unit or ""))
            if e.nomor_sk:
                tips[(n, 0)] = self.tr("SK {0}").format(e.nomor_sk)
                tips[(n, 1)] = f"{jabatan}\n" + self.tr("SK {0}").format(e.nomor_sk)
        self._table(
            layout,
            [self.tr("TMT"), self.tr("Jabatan"), self.tr("Unit kerja")],
            rows,
            stretch=(1, 2),
            tooltips=tips,
            empty=self.tr("Belum ada riwayat jabatan."),
            object_name="jabatanTable",
        )
        self._title(layout, self.tr("Riwayat golongan/pangkat"))
        self._table(
            layout,
            [self.tr("TMT"), self.tr("Golongan"), self.tr("Pangkat"), self.tr("Nomor SK")],
            [(self._date(e.tmt), e.golongan, e.pangkat or "", e.nomor_sk or "") for e in p.golongan_history],
            stretch=(2, 3),
            empty=self.tr("Belum ada riwayat golongan."),
            object_name="golonganTable",
        )
        layout.addStretch(1)

    def _fill_skp(self, p: PersonProfile) -> None:
        layout = self._reset("skp")
        self._title(
            layout,
            self.tr("Penilaian kinerja (SKP)"),
            self.tr("Predikat dari hasil kerja dan perilaku kerja (PermenPANRB 6/2022)."),
        )
        colors = {}
        for row, e in enumerate(p.skp):
            if e.predikat == "Sangat Baik":
                colors[(row, 3)] = palette.SECONDARY
            elif e.predikat in WEAK_PREDIKAT:
                colors[(row, 3)] = palette.WARNING
        self._table(
            layout,
            [
                self.tr("Tahun"),
                self.tr("Hasil kerja"),
                self.tr("Perilaku kerja"),
                self.tr("Predikat"),
                self.tr("Nilai"),
            ],
            [
                (str(e.tahun), e.hasil_kerja, e.perilaku_kerja, e.predikat, self._number(e.nilai))
                for e in p.skp
            ],
            stretch=3,
            right_aligned=(4,),
            colors=colors,
            empty=self.tr("Belum ada SKP."),
            object_name="skpTable",
        )
        layout.addStretch(1)

    def _fill_asesmen(self, p: PersonProfile) -> None:
        layout = self._reset("asesmen")
        self._title(layout, self.tr("Hasil asesmen kompetensi dan potensi"))
        if not p.assessments:
            self._empty_note(layout, self.tr("Belum ada hasil asesmen."))
        for n, e in enumerate(p.assessments):
            title = " · ".join(part for part in (self._long_date(e.tanggal), e.jenis, e.lembaga) if part)
            heading = QLabel(title)
            heading.setProperty("role", "subTitle")
            heading.setWordWrap(True)
            layout.addWidget(heading)
            jpm = self._number(e.jpm) + " %" if e.jpm is not None else ""
            if e.kategori:
                jpm = f"{jpm} ({e.kategori})" if jpm else e.kategori
            form = self._form(
                layout,
                [
                    (self.tr("JPM"), jpm),
                    (self.tr("Manajerial"), self._number(e.nilai_manajerial)),
                    (self.tr("Sosial kultural"), self._number(e.nilai_sosial_kultural)),
                    (self.tr("Teknis"), self._number(e.nilai_teknis)),
                    (self.tr("Potensi"), self._number(e.nilai_potensi)),
                ],
            )
            form.setObjectName(f"assessment-{n}")
        layout.addStretch(1)

    def _fill_diklat(self, p: PersonProfile) -> None:
        layout = self._reset("diklat")
        minimum = p.jp_minimum
        self._title(
            layout,
            self.tr("Jam pelajaran (JP) per tahun"),
            self.tr("Setiap PNS berhak atas pengembangan kompetensi paling sedikit {0} JP setahun "
                    "(PP 17/2020 Pasal 203 ayat 4). Tahun di bawah {0} JP ditandai merah.").format(minimum),
        )  # fmt: skip
        rows, warn = [], []
        for y in p.jp_per_year:
            status = (
                self.tr("Terpenuhi")
                if y.meets_minimum
                else self.tr("Kurang {0} JP").format(self.locale.toString(minimum - y.jp))
            )
            rows.append((str(y.tahun), self.locale.toString(y.jp), status))
            warn.append(not y.meets_minimum)
        self._table(
            layout,
            [self.tr("Tahun"), self.tr("JP"), self.tr("Status")],
            rows,
            stretch=2,
            right_aligned=(1,),
            warn_rows=warn,
            empty=self.tr("Belum ada riwayat diklat: 0 JP."),
            object_name="jpTable",
        )
        self._title(layout, self.tr("Riwayat diklat dan kursus"))
        self._table(
            layout,
            [self.tr("Mulai"), self.tr("Nama"), self.tr("Jenis"), self.tr("JP")],
            [(self._date(e.tanggal_mulai), e.nama, e.jenis, self.locale.toString(e.jp)) for e in p.diklat],
            stretch=1,
            right_aligned=(3,),
            empty=self.tr("Belum ada riwayat diklat."),
            object_name="diklatTable",
        )
        layout.addStretch(1)

    def _fill_penghargaan(self, p: PersonProfile) -> None:
        layout = self._reset("penghargaan")
        self._title(layout, self.tr("Penghargaan"))
        self._table(
            layout,
            [self.tr("Tanggal"), self.tr("Penghargaan"), self.tr("Tingkat")],
            [(self._date(e.tanggal), e.nama, e.tingkat or "") for e in p.penghargaan],
            stretch=1,
            empty=self.tr("Belum ada penghargaan."),
            object_name="penghargaanTable",
        )
        layout.addStretch(1)

    def _fill_hukdis(self, p: PersonProfile) -> None:
        layout = self._reset("hukdis")
        self._title(layout, self.tr("Hukuman disiplin"))
        if not p.hukdis_visible:
            # the roles named in running text, as names: "peran Administrator dan Operator BKPSDM"
            allowed = [
                role_text(role)
                for role, granted in ROLE_PERMISSIONS.items()
                if Permission.SENSITIVE_DATA in granted
            ]
            note = self._empty_note(
                layout,
                self.tr("Riwayat hukuman disiplin adalah data pribadi yang sensitif dan hanya ditampilkan "
                        "untuk peran {0}.").format(self.tr(" dan ").join(allowed)),
            )  # fmt: skip
            note.setObjectName("hukdisHidden")
        else:
            self._table(
                layout,
                [
                    self.tr("TMT"),
                    self.tr("Tingkat"),
                    self.tr("Jenis"),
                    self.tr("Berakhir"),
                    self.tr("Keterangan"),
                ],
                [
                    (self._date(e.tmt), e.tingkat, e.jenis, self._date(e.tanggal_akhir), e.keterangan or "")
                    for e in p.hukdis
                ],
                stretch=4,
                empty=self.tr("Tidak ada catatan hukuman disiplin."),
                object_name="hukdisTable",
            )
        layout.addStretch(1)
        index = self.tabs.indexOf(self.tabs.findChild(QScrollArea, "profileTab-hukdis"))
        title = self.tr("Hukdis")
        if p.hukdis_visible and p.hukdis:
            title = self.tr("Hukdis ({0})").format(len(p.hukdis))
        self.tabs.setTabText(index, title)
