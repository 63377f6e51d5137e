"""What importing an exchange package would do, before anything changes: where it comes from (with the
key's fingerprint, and a warning when the source is new), how many rows of each kind are new, updated,
the same or in conflict, and each conflict with its differing fields and an "Ambil dari paket" check box.

The dialog only decides; the page runs the import (services.exchange.exchange.import_package) with the
conflicts ticked here (:meth:`PackagePreviewDialog.taken`).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QLocale, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from talenta_desktop.services.exchange.exchange import ImportPreview, describe_time
from talenta_desktop.ui.forms import hint
from talenta_desktop.ui.restyle import restyle
from talenta_desktop.ui.tables import read_only_table, set_widths

from .labels import Describer
from .models import ConflictModel, DifferenceModel, PartCountsModel, SortRole, count_rows
from .style import style


class PackagePreviewDialog(QDialog):
    """Accepted (``Impor``) when the user imports; :meth:`taken` names the conflicts to take."""

    def __init__(self, preview: ImportPreview, describer: Describer | None = None, parent=None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.describer = describer or Describer()
        self.setObjectName("PackagePreviewDialog")
        self.setWindowTitle(self.tr("Impor paket pertukaran"))
        self.setStyleSheet(style())
        n = QLocale().toString

        # -- where it comes from -------------------------------------------------------------------------
        title = QLabel(self.tr("Paket dari {0}").format(preview.source_name), objectName="reportTitle")
        title.setTextFormat(Qt.TextFormat.PlainText)
        facts = QFormLayout()
        facts.setHorizontalSpacing(12)
        facts.setVerticalSpacing(4)
        self.fingerprint = QLabel(preview.fingerprint, objectName="previewFingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setToolTip(self.tr("Sidik jari kunci tanda tangan instalasi pengirim"))
        made = self.tr("{0} oleh {1}").format(describe_time(preview.created_at), preview.created_by or "—")
        for label, value in (
            (self.tr("Berkas:"), preview.file or "—"),
            (self.tr("Instansi:"), preview.instansi or "—"),
            (self.tr("Periode:"), preview.period),
            (self.tr("Dibuat:"), made),
        ):
            shown = QLabel(value)
            shown.setTextFormat(Qt.TextFormat.PlainText)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            facts.addRow(label, shown)
        facts.addRow(self.tr("Sidik jari kunci:"), self.fingerprint)

        self.source_banner = QFrame(objectName="sourceBanner")
        self.source_text = QLabel(objectName="sourceText")
        self.source_text.setWordWrap(True)
        self.source_text.setTextFormat(Qt.TextFormat.RichText)
        QVBoxLayout(self.source_banner).addWidget(self.source_text)
        if preview.known_source:
            self.source_text.setText(
                self.tr(
                    "<b>Sumber dikenal.</b> Paket ditandatangani dengan kunci yang sama seperti paket "
                    "sebelumnya dari {0}."
                ).format(_html(preview.source_name))
            )
            restyle(self.source_banner, "tone", "ok")
        else:
            self.source_text.setText(
                self.tr(
                    "<b>Sumber baru: cocokkan sidik jari ini dengan pengirim</b> (lewat telepon atau pesan, "
                    "bukan lewat flashdisk yang sama) sebelum mengimpor. Setelah diimpor, paket berikutnya "
                    "atas nama {0} hanya diterima bila ditandatangani dengan kunci yang sama."
                ).format(_html(preview.source_name))
            )
            restyle(self.source_banner, "tone", "warning")

        top = QHBoxLayout()
        top.setSpacing(16)
        top.addLayout(facts, 0)
        top.addWidget(self.source_banner, 1)

        self.summary = QLabel(objectName="previewSummary")
        self.summary.setWordWrap(True)
        self.nothing_new = QLabel(
            self.tr("Tidak ada yang baru dalam paket ini: semua isinya sudah ada di database ini."),
            objectName="nothingNew",
        )
        self.nothing_new.setWordWrap(True)
        self.nothing_new.setVisible(preview.nothing_new)

        # -- what it would do ----------------------------------------------------------------------------
        self.counts_model = PartCountsModel(self)
        self.counts_model.set_rows(count_rows(preview.counts))
        self.counts_proxy = QSortFilterProxyModel(self)
        self.counts_proxy.setSourceModel(self.counts_model)
        self.counts_proxy.setSortRole(SortRole)
        self.counts_table = read_only_table(self.counts_proxy, "countsTable")
        self.counts_table.setSortingEnabled(True)
        self.counts_table.sortByColumn(PartCountsModel.NAME, Qt.SortOrder.AscendingOrder)
        set_widths(self.counts_table, {1: 96, 2: 96, 3: 96, 4: 110}, 0)

        self.conflict_model = ConflictModel(self.describer, self)
        self.conflict_model.set_rows(preview.conflicts)
        self.conflicts_table = read_only_table(self.conflict_model, "conflictsTable")
        set_widths(self.conflicts_table, {0: 124, 1: 130, 2: 340}, 3)
        self.difference_model = DifferenceModel(self.describer, self)
        self.differences_table = read_only_table(self.difference_model, "differencesTable")
        self.differences_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.take_all_button = QPushButton(self.tr("Ambil semua dari paket"), objectName="takeAll")
        self.keep_all_button = QPushButton(self.tr("Pertahankan semua"), objectName="keepAll")

        conflicts = QWidget(objectName="conflictsTab")
        conflicts_layout = QVBoxLayout(conflicts)
        conflicts_layout.setContentsMargins(0, 8, 0, 0)
        conflicts_layout.setSpacing(6)
        conflicts_layout.addWidget(
            hint(
                self.tr(
                    'Data berikut diubah berbeda di database ini dan di paket. Centang "Ambil dari paket" '
                    "untuk memakai isi paket; yang tidak dicentang tetap seperti di database ini. Kalibrasi, "
                    "keputusan rapat dan hasil pemetaan tidak pernah bertentangan: catatan kedua pihak disimpan."
                )
            )
        )
        buttons_row = QHBoxLayout()
        buttons_row.addStretch(1)
        buttons_row.addWidget(self.take_all_button)
        buttons_row.addWidget(self.keep_all_button)
        conflicts_layout.addLayout(buttons_row)
        conflicts_layout.addWidget(self.conflicts_table, 3)
        self.difference_title = QLabel(self.tr("Perbedaan pada data terpilih"))
        self.difference_title.setProperty("role", "sectionTitle")
        conflicts_layout.addWidget(self.difference_title)
        conflicts_layout.addWidget(self.differences_table, 2)

        counts = QWidget(objectName="countsTab")
        counts_layout = QVBoxLayout(counts)
        counts_layout.setContentsMargins(0, 8, 0, 0)
        counts_layout.addWidget(self.counts_table)

        self.tabs = QTabWidget(objectName="previewTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(counts, self.tr("Per jenis data"))
        self.tabs.addTab(conflicts, self.tr("Bertentangan ({0})").format(n(len(preview.conflicts))))
        if preview.conflicts:
            self.tabs.setCurrentIndex(1)  # the only part that needs a decision
        else:
            self.tabs.setTabEnabled(1, False)

        # -- buttons -------------------------------------------------------------------------------------
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("Impor"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        self.import_button.setProperty("role", "primary")
        self.cancel_button = self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("cancelButton")
        if preview.nothing_new:
            self.import_button.hide()
            self.cancel_button.setText(self.tr("Tutup"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(self.nothing_new)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

        # -- wiring --------------------------------------------------------------------------------------
        self.take_all_button.clicked.connect(lambda: self.conflict_model.set_all(True))
        self.keep_all_button.clicked.connect(lambda: self.conflict_model.set_all(False))
        self.conflict_model.checked_changed.connect(self._summarise)
        self.conflicts_table.selectionModel().currentRowChanged.connect(lambda *_: self._conflict_chosen())
        if preview.conflicts:
            self.conflicts_table.selectionModel().setCurrentIndex(
                self.conflict_model.index(0, ConflictModel.WHAT),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._summarise()
        self.resize(920, 640)

    def taken(self) -> list[str]:
        """The ids of the conflicts to settle in the package's favour (``import_package(take=…)``)."""
        return self.conflict_model.taken()

    def set_taken(self, row: int, taken: bool) -> bool:
        """Tick or untick "Ambil dari paket" on a conflict row (as a click on its check box does)."""
        state = Qt.CheckState.Checked if taken else Qt.CheckState.Unchecked
        return self.conflict_model.setData(
            self.conflict_model.index(row, ConflictModel.CHECK), state, Qt.ItemDataRole.CheckStateRole
        )

    def _conflict_chosen(self) -> None:
        index = self.conflicts_table.currentIndex()
        conflict = self.conflict_model.conflict(index.row()) if index.isValid() else None
        self.difference_model.show_conflict(conflict)
        if conflict is not None:
            self.difference_title.setText(
                self.tr("Perbedaan: {0}").format(self.describer.key(conflict.part, conflict.key))
            )

    def _summarise(self) -> None:
        preview = self.preview
        n = QLocale().toString
        if preview.nothing_new:
            same = sum(c.same for c in preview.counts.values())
            self.summary.setText(
                self.tr("{0} baris sudah sama; impor tidak akan mengubah apa pun.").format(n(same))
            )
            return
        parts = [
            self.tr("<b>{0}</b> baris baru").format(n(preview.total_new)),
            self.tr("<b>{0}</b> diperbarui").format(n(preview.total_changed)),
        ]
        conflicts = len(preview.conflicts)
        if conflicts:
            taken = len(self.taken())
            parts.append(
                self.tr("<b>{0}</b> bertentangan ({1} diambil dari paket, {2} dipertahankan)").format(
                    n(conflicts), n(taken), n(conflicts - taken)
                )
            )
        same = sum(c.same for c in preview.counts.values())
        parts.append(self.tr("{0} sudah sama").format(n(same)))
        self.summary.setText(
            self.tr("Bila diimpor: {0}. Tidak ada data yang dihapus.").format(" · ".join(parts))
        )


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
