"""Laporan: everything that leaves the office as a file, and the record of it.

Four tabs: the BKN exchange workbook of a period (services.bkn_workbook), the PDF reports of the catalog
(services.reports.catalog), the signed exchange package that carries a period between laptops, with a
preview before anything is imported (services.exchange), and the export log (services.export_log), which
lets the agency say which personal data left the office (UU 27/2022).

The forms live in ui.reports.panels; this page runs the work. Every export runs off the UI thread in a
`Task` with progress and Cancel in the strip at the foot of the page; the services write the file whole or
not at all and record it in the export log in the same transaction, so a cancel or an error leaves no
file and no log entry. After a file is written the page offers "Buka folder".

What the role may not do is disabled with the reason (ui.permissions.guard), and a line under the title
says what this role can and cannot make here; a refusal that comes from a service all the same
(PermissionDenied) is shown like any other refusal, never as a crash.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pandas as pd
from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from talenta_desktop.domain.errors import RuleError
from talenta_desktop.services.backups import backup_before_import
from talenta_desktop.services.bkn_workbook import BknExport, write_bkn_workbook
from talenta_desktop.services.committee import list_meetings
from talenta_desktop.services.exchange.exchange import (
    ImportPreview,
    PackageCancelled,
    PackageExport,
    export_package,
    import_package,
    preview_import,
)
from talenta_desktop.services.exchange.package import Package, PackageError, read_package
from talenta_desktop.services.export_log import export_log
from talenta_desktop.services.permissions import Permission, require
from talenta_desktop.services.personnel import ExportCancelled, ExportError, can_view_hukdis, personnel_frame
from talenta_desktop.services.reports.catalog import (
    REPORTS,
    ProducedReport,
    ReportCancelled,
    ReportRequest,
    produce_report,
)
from talenta_desktop.services.reports.errors import ReportError
from talenta_desktop.services.talent.periods import PeriodError, list_periods
from talenta_desktop.services.units import unit_tree
from talenta_desktop.services.workspace import Workspace
from talenta_desktop.ui.committee.person_picker import PEOPLE_COLUMNS
from talenta_desktop.ui.forms import last_folder, remember_folder
from talenta_desktop.ui.messages import user_text
from talenta_desktop.ui.permissions import PermissionDenied, denial, guard, role_text
from talenta_desktop.ui.reports.feedback import JobPanel, ResultPanel
from talenta_desktop.ui.reports.labels import REPORT_TITLE, Describer, text
from talenta_desktop.ui.reports.models import ExportLogModel
from talenta_desktop.ui.reports.package_dialog import PackagePreviewDialog
from talenta_desktop.ui.reports.panels import BknPanel, LogPanel, PackagePanel, PdfPanel, RecentExports
from talenta_desktop.ui.reports.person_dialog import PersonSearchDialog
from talenta_desktop.ui.reports.style import style
from talenta_desktop.ui.workers import LatestLoader, Task

log = logging.getLogger(__name__)

SETTINGS_FOLDER = "reports/folder"  # where the last file was saved: the next save dialog opens there
# What a service says when it cannot do what was asked: shown to the user, nothing was written.
REFUSALS = (ExportError, ReportError, PackageError, PeriodError, PermissionDenied)


def _tab(*parts: QWidget) -> QWidget:
    """A tab's page: the form on top, the list below it taking the rest of the height."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 10, 0, 0)
    layout.setSpacing(12)
    for index, part in enumerate(parts):
        layout.addWidget(part, 1 if index == len(parts) - 1 else 0)
    return page


def describer(workspace: Workspace, package: Package, preview: ImportPreview) -> Describer:
    """Names for what the preview's conflicts point at: people by NIP, units by code (from this database
    and the package). Runs in the background with the preview."""
    if not preview.conflicts:
        return Describer()
    units = {u["kode"]: u["nama"] for u in package.rows("unit") if u.get("kode")}
    package.forget("unit")
    units.update({u.kode: u.nama for u in workspace.read(unit_tree) if u.kode})
    people = workspace.read(personnel_frame, columns=("nip", "nama_lengkap"))
    return Describer(dict(zip(people["nip"], people["nama_lengkap"], strict=False)), units)


@dataclass(frozen=True)
class _Job:
    """What to do when the running task ends."""

    done: Callable[[Any], None]
    failure_title: str
    cancelled: str  # what to say after a Cancel
    reads_only: bool
    cancel_requested: bool = False


class ReportsPage(QWidget):
    """Emits ``imported`` (the preview of what was merged) after a package was imported."""

    imported = Signal(object)
    task_ended = Signal(object)  # the task's result, or None when it failed or was cancelled

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.open_url = open_url  # tests replace it: nothing is really opened
        self.may_see_sensitive = can_view_hukdis(workspace.actor)
        self.task: Task | None = None
        self._job: _Job | None = None
        self.preview_dialog: PackagePreviewDialog | None = None
        self.last_error: str | None = None
        self._people: pd.DataFrame | None = None
        self._shown_once = False
        self.setStyleSheet(style())

        # -- heading ---------------------------------------------------------------------------------------
        title = QLabel(self.tr("Laporan"), objectName="pageTitle")
        subtitle = QLabel(
            self.tr("Lembar kerja BKN, laporan PDF, paket pertukaran antarlaptop, dan log data yang keluar"),
            objectName="pageSubtitle",
        )
        subtitle.setProperty("role", "pageSubtitle")
        subtitle.setWordWrap(True)
        self.role_note = QLabel(objectName="reportsRoleNote")
        self.role_note.setWordWrap(True)
        self.role_note.setTextFormat(Qt.TextFormat.PlainText)

        # -- the tabs --------------------------------------------------------------------------------------
        self.log_model = ExportLogModel(self)
        self.bkn = BknPanel(self.may_see_sensitive)
        self._people_loader = LatestLoader(self)
        self.pdf = PdfPanel(self.may_see_sensitive, self.people_if_read)
        self.package = PackagePanel(self.may_see_sensitive)
        self.log = LogPanel(self.log_model)
        self.recent_bkn = RecentExports(
            self.log_model, "recentBkn", self.tr("Lembar kerja BKN yang pernah dibuat"), lambda k: k == "bkn"
        )
        self.recent_pdf = RecentExports(
            self.log_model,
            "recentPdf",
            self.tr("Laporan PDF yang pernah dibuat"),
            lambda k: k.startswith("report."),
            show_kind=True,
        )
        self.recent_package = RecentExports(
            self.log_model, "recentPackages", self.tr("Paket yang pernah diekspor"), lambda k: k == "package"
        )
        self.tabs = QTabWidget(objectName="reportsTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(_tab(self.bkn, self.recent_bkn), self.tr("Lembar kerja BKN"))
        self.tabs.addTab(_tab(self.pdf, self.recent_pdf), self.tr("Laporan PDF"))
        self.tabs.addTab(_tab(self.package, self.recent_package), self.tr("Paket pertukaran"))
        self.tabs.addTab(_tab(self.log), self.tr("Log ekspor"))

        self.job = JobPanel()
        self.result = ResultPanel()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addWidget(self.role_note)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.job)
        layout.addWidget(self.result)

        # -- wiring ----------------------------------------------------------------------------------------
        self.bkn.run_requested.connect(self.choose_bkn_path)
        self.pdf.run_requested.connect(self.choose_pdf_path)
        self.pdf.search_button.clicked.connect(self.open_person_search)
        self.package.export_requested.connect(self.choose_package_path)
        self.package.import_requested.connect(self.choose_package_to_import)
        for table in (self.log, self.recent_bkn, self.recent_pdf, self.recent_package):
            table.open_requested.connect(self.open_folder)
        self.result.open_requested.connect(self.open_folder)
        self.job.cancel_requested.connect(self.cancel)
        self.pdf.nip_edit.textChanged.connect(self._forget_error)
        self.pdf.kinds.currentRowChanged.connect(self._forget_error)

        self._apply_role()
        self.reload()

    def _apply_role(self) -> None:
        """Disable what the role may not do (the reason as tooltip) and say so once under the title."""
        workspace = self.workspace
        self.may_report = guard(
            workspace, Permission.REPORT, self.bkn.run_button, self.pdf.run_button, self.package.export_button
        )
        self.may_import = guard(workspace, Permission.EXCHANGE_IMPORT, self.package.import_button)
        lines = []
        if not self.may_report:
            lines.append(denial(workspace, Permission.REPORT))
            lines.append(
                self.tr(
                    "Laporan PDF, lembar kerja BKN dan paket pertukaran tidak dapat dibuat dengan akun ini; "
                    "Log ekspor tetap dapat dibaca."
                )
            )
        elif not self.may_see_sensitive:
            lines.append(
                self.tr(
                    "Peran Anda ({0}) dapat membuat laporan dan ekspor tanpa data sensitif (rincian hukuman "
                    "disiplin dan kolom sensitif)."
                ).format(role_text(workspace.actor.role))
            )
        if self.may_report and not self.may_import:
            lines.append(self.tr("Mengimpor paket pertukaran hanya untuk Administrator dan Operator BKPSDM."))
        self.role_note.setText(" ".join(line for line in lines if line))
        self.role_note.setVisible(bool(lines))

    # -- loading -----------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the periods, units, final meetings and the export log again, keeping what is chosen."""
        periods = self.workspace.read(list_periods)
        self.bkn.set_periods(periods)
        self.package.set_periods(periods)
        self.pdf.set_data(periods, self.workspace.read(unit_tree), self.workspace.read(list_meetings))
        self.load_log()

    def refresh(self) -> None:
        """After data changed behind the page (an import, a mapping, a meeting finalised)."""
        self._people = None
        self._people_loader.drop()
        self.reload()

    def load_log(self) -> None:
        self.log_model.set_rows(self.workspace.read(export_log))

    def people(self) -> pd.DataFrame:
        """Everyone on the personnel list (a few columns), read once, for the NIP field and its search."""
        if self._people is None:
            self._people_loader.drop()  # needed now: read here rather than wait for the background
            self._people = self.workspace.read(personnel_frame, columns=PEOPLE_COLUMNS)
        return self._people

    def people_if_read(self) -> pd.DataFrame | None:
        """The personnel list when it has been read; else None, and it is read in the background (the
        NIP field says "Mencari…" meanwhile and looks again when it is there)."""
        if self._people is None and not self._people_loader.busy:
            workspace = self.workspace
            self._people_loader.load(
                lambda: workspace.read(personnel_frame, columns=PEOPLE_COLUMNS), self._people_read
            )
        return self._people

    def _people_read(self, people: pd.DataFrame) -> None:
        self._people = people
        self.pdf.people_ready()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._shown_once:
            self.load_log()  # the Pegawai page may have exported meanwhile
        self._shown_once = True

    # -- saving where -------------------------------------------------------------------------------------

    def _folder(self) -> Path:
        return last_folder(SETTINGS_FOLDER)

    def _save_path(self, title: str, name: str, file_filter: str, suffix: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, title, str(self._folder() / name), file_filter)
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        return target

    def _remember_folder(self, path: Path) -> None:
        remember_folder(SETTINGS_FOLDER, path)

    def open_folder(self, folder: Path) -> None:
        """Show a folder in the system's file manager."""
        self.open_url(QUrl.fromLocalFile(str(folder)))

    # -- running work -------------------------------------------------------------------------------------

    def _start(
        self,
        work: Callable[[Callable[[int, str], None], Callable[[], bool]], Any],
        step: str,
        done: Callable[[Any], None],
        failure_title: str,
        *,
        measured: bool,
        cancelled: str | None = None,
        reads_only: bool = False,
    ) -> Task:
        """Run ``work(progress, cancel)`` as a Task shown in the strip at the foot of the page; ``done``
        gets its result. ``cancelled``: what to say after a Cancel (default: no file was written);
        ``reads_only``: work that writes nothing and ignores Cancel, whose result is then dropped.

        The task's signals go to bound methods of the page, so a page closed while its task still runs
        is simply not told (Qt disconnects a destroyed receiver)."""
        task = Task(work)
        self.task = task
        message = cancelled or self.tr("Dibatalkan; tidak ada berkas yang ditulis.")
        self._job = _Job(done, failure_title, message, reads_only)
        self.result.hide()
        self.job.start(step, measured=measured)
        self._set_busy(True)
        task.progress.connect(self.job.progress)
        task.finished.connect(self._task_finished)
        task.failed.connect(self._task_failed)
        return task.start()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _set_busy(self, busy: bool) -> None:
        for panel in (self.bkn, self.pdf, self.package):
            panel.set_busy(busy)

    def _stop(self) -> _Job:
        """The strip hidden, the buttons back; what to do with the outcome."""
        job = self._job
        if self.task is not None and self.task.cancel_requested:
            job = replace(job, cancel_requested=True)
        self.task, self._job = None, None
        self.job.finish()
        self._set_busy(False)
        return job

    def _task_finished(self, value: Any) -> None:
        job = self._stop()
        if job.reads_only and job.cancel_requested:
            self.result.show_result(job.cancelled, None)
            self.task_ended.emit(None)
            return
        job.done(value)
        self.task_ended.emit(value)

    def _task_failed(self, error: BaseException) -> None:
        job = self._stop()
        if isinstance(error, ExportCancelled | PackageCancelled | ReportCancelled):
            self.result.show_result(job.cancelled, None)
        elif isinstance(error, REFUSALS):
            self.show_error(job.failure_title, user_text(error))
        elif isinstance(error, OSError):
            self.show_error(
                job.failure_title,
                self.tr("Berkas {0}: {1}. Tidak ada berkas atau data yang berubah.").format(
                    error.filename or "", error.strerror or error
                ),
            )
        else:  # a bug: logged with its traceback, told without one
            log.error("reports task failed", exc_info=error)
            self.show_error(
                job.failure_title,
                self.tr(
                    "Terjadi kesalahan yang tidak terduga: {0}. Tidak ada berkas atau data yang berubah."
                ).format(user_text(error)),
            )
        self.task_ended.emit(None)

    def _written(self, message: str, path: Path) -> None:
        self._remember_folder(path)
        self.result.show_result(message, "ok", path.parent)
        self.load_log()

    def _forget_error(self) -> None:
        """A refusal stops applying once the user changes what was refused."""
        if self.result.isVisible() and self.result.property("tone") == "error":
            self.result.hide()

    def show_error(self, title: str, message: str) -> QMessageBox:
        """A refusal, window-modal but not blocking: the page keeps running behind it."""
        self.last_error = message
        self.result.show_result(message, "error")
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("reportsMessage")
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("Tutup"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # -- Lembar kerja BKN ---------------------------------------------------------------------------------

    def choose_bkn_path(self) -> None:
        period = self.bkn.period_label()
        if period is None:
            return
        path = self._save_path(
            self.tr("Simpan lembar kerja BKN"),
            f"talenta-bkn-{period}.xlsx",
            self.tr("Buku kerja Excel (*.xlsx)"),
            ".xlsx",
        )
        if path is not None:
            self.write_bkn_workbook(path)

    def write_bkn_workbook(self, path: str | Path) -> Task | None:
        """Write the BKN workbook of the chosen period to ``path`` in the background."""
        period = self.bkn.period_label()
        if period is None or self.task is not None:
            return None
        target = Path(path)
        sensitive = self.bkn.include_sensitive()
        workspace = self.workspace
        template = self.tr("Menulis baris {0} dari {1}…")
        locale = QLocale()

        def work(progress, cancel):
            def rows_written(done: int, total: int) -> None:
                percent = int(100 * done / total) if total else 100
                progress(percent, template.format(locale.toString(done), locale.toString(total)))

            return workspace.write(
                write_bkn_workbook,
                period,
                target,
                include_sensitive=sensitive,
                progress=rows_written,
                cancelled=cancel,
            )

        return self._start(
            work,
            self.tr("Membuat lembar kerja BKN periode {0}…").format(period),
            self._bkn_done,
            self.tr("Lembar kerja BKN tidak dapat dibuat"),
            measured=True,
        )

    def _bkn_done(self, export: BknExport) -> None:
        what = (
            self.tr("dengan kolom sensitif")
            if self.bkn.include_sensitive()
            else self.tr("tanpa kolom sensitif")
        )
        self._written(
            self.tr(
                "Lembar kerja BKN periode {0} disimpan ({1}, {2}):\n{3}\nSHA-256 data: {4}… (lembar "
                "Metadata). Kirim hanya lewat saluran resmi."
            ).format(
                export.period,
                self.tr("%Ln pegawai", "", export.rows),
                what,
                export.path,
                export.sha256[:16],
            ),
            Path(export.path),
        )

    # -- Laporan PDF --------------------------------------------------------------------------------------

    def open_person_search(self) -> PersonSearchDialog:
        query = self.pdf.nip_edit.text().strip()
        dialog = PersonSearchDialog(self.people, query, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: dialog.nip() and self.pdf.set_nip(dialog.nip()))
        dialog.open()
        return dialog

    def _pdf_request(self) -> ReportRequest | None:
        """The request as filled in, or None after telling the user what is wrong with the NIP."""
        try:
            return self.pdf.request()
        except RuleError as exc:
            self.show_error(self.tr("NIP tidak sah"), user_text(exc))
            self.pdf.nip_edit.setFocus()
            self.pdf.nip_edit.selectAll()
            return None

    def choose_pdf_path(self) -> None:
        if self._pdf_request() is None:
            return
        path = self._save_path(
            self.tr("Simpan laporan PDF"), self.pdf.suggested_name(), self.tr("Dokumen PDF (*.pdf)"), ".pdf"
        )
        if path is not None:
            self.make_pdf(path)

    def make_pdf(self, path: str | Path) -> Task | None:
        """Make the chosen report as a PDF at ``path`` in the background; None when the form is not
        right (the user is told why) or work is already running."""
        if self.task is not None:
            return None
        request = self._pdf_request()
        if request is None:
            return None
        target = Path(path)
        workspace = self.workspace

        def work(_progress, cancel):
            return workspace.write(produce_report, request, target, cancel=cancel)

        title = text(REPORT_TITLE, request.kind, REPORTS[request.kind].title)
        return self._start(
            work,
            self.tr("Membuat {0}…").format(title),
            lambda produced: self._pdf_done(produced, title, request.redact),
            self.tr("Laporan tidak dapat dibuat"),
            measured=False,
        )

    def _pdf_done(self, produced: ProducedReport, title: str, redacted: bool = False) -> None:
        message = (
            self.tr("{0} disimpan dengan identitas disamarkan (inisial dan NIP tersamar):\n{1}")
            if redacted
            else self.tr("{0} disimpan:\n{1}")
        )
        self._written(message.format(title, produced.path), Path(produced.path))

    # -- Paket pertukaran: kirim ---------------------------------------------------------------------------

    def choose_package_path(self) -> None:
        period = self.package.period_label()
        if period is None:
            return
        path = self._save_path(
            self.tr("Simpan paket pertukaran"),
            f"talenta-{period}.talenta",
            self.tr("Paket Talenta (*.talenta)"),
            ".talenta",
        )
        if path is not None:
            self.export_package(path)

    def export_package(self, path: str | Path) -> Task | None:
        period = self.package.period_label()
        if period is None or self.task is not None:
            return None
        target = Path(path)
        sensitive = self.package.include_sensitive()
        workspace = self.workspace

        def work(progress, cancel):
            return workspace.write(
                export_package, period, target, include_sensitive=sensitive, progress=progress, cancel=cancel
            )

        return self._start(
            work,
            self.tr("Membuat paket periode {0}…").format(period),
            self._package_done,
            self.tr("Paket tidak dapat dibuat"),
            measured=True,
        )

    def _package_done(self, export: PackageExport) -> None:
        self.package.show_fingerprint(export.fingerprint)
        self._written(
            self.tr(
                "Paket periode {0} disimpan ({1}):\n{2}\nSidik jari kunci: {3}. Sampaikan sidik jari ini kepada "
                "penerima lewat telepon atau pesan, bukan bersama paketnya."
            ).format(
                export.period,
                self.tr("%Ln pegawai", "", export.counts.get("person", 0)),
                export.path,
                export.fingerprint,
            ),
            Path(export.path),
        )

    # -- Paket pertukaran: terima --------------------------------------------------------------------------

    def choose_package_to_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Buka paket pertukaran"),
            str(self._folder()),
            self.tr("Paket Talenta (*.talenta);;Semua berkas (*)"),
        )
        if path:
            self.open_package(path)

    def open_package(self, path: str | Path) -> Task | None:
        """Check the package and preview what importing it would do (in the background), then show the
        preview dialog; nothing changes until the user imports from there."""
        if self.task is not None:
            return None
        source = Path(path)
        workspace = self.workspace

        def work(_progress, _cancel):
            package = read_package(source)
            preview = workspace.read(preview_import, package, file=source.name)
            return package, preview, describer(workspace, package, preview)

        return self._start(
            work,
            self.tr("Memeriksa paket {0}…").format(source.name),
            self._preview_ready,
            self.tr("Paket tidak dapat dibuka"),
            measured=False,
            cancelled=self.tr("Dibatalkan; database tidak berubah."),
            reads_only=True,
        )

    def _preview_ready(self, outcome: tuple[Package, ImportPreview, Describer]) -> None:
        package, preview, describer = outcome
        dialog = PackagePreviewDialog(preview, describer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.run_import(package, dialog.taken(), preview.file))
        dialog.destroyed.connect(lambda: setattr(self, "preview_dialog", None))
        self.preview_dialog = dialog
        dialog.open()

    def run_import(self, package: Package, take: list[str], file: str) -> Task | None:
        """Merge the package, settling the ``take`` conflicts in its favour, in one transaction."""
        if self.task is not None:
            return None
        workspace = self.workspace

        def work(progress, cancel):
            def merged(percent: int, step: str) -> None:
                if cancel():  # import_package has no cancel of its own: stop between parts, roll back
                    raise PackageCancelled("Impor dibatalkan; database tidak berubah.")
                progress(percent, step)

            require(workspace.actor, Permission.EXCHANGE_IMPORT)  # before the copy, not after it
            backup_before_import(workspace.db, workspace.actor)
            return workspace.write(import_package, package, take=take, file=file, progress=merged)

        return self._start(
            work,
            self.tr("Mengimpor paket {0}…").format(file),
            self._imported,
            self.tr("Paket tidak dapat diimpor"),
            measured=True,
            cancelled=self.tr("Impor dibatalkan; database tidak berubah."),
        )

    def _imported(self, preview: ImportPreview) -> None:
        n = QLocale().toString
        taken = sum(c.taken for c in preview.counts.values())
        kept = len(preview.conflicts) - taken
        message = self.tr("Paket {0} dari {1} diimpor: {2} baris baru, {3} diperbarui.").format(
            preview.file, preview.source_name, n(preview.total_new), n(preview.total_changed)
        )
        if preview.conflicts:
            message += " " + self.tr("Pertentangan: {0} diambil dari paket, {1} dipertahankan.").format(
                n(taken), n(kept)
            )
        self.result.show_result(message, "ok")
        self.imported.emit(preview)
        notify = getattr(self.window(), "_imported", None)
        if callable(notify) and self.window() is not self:
            notify(preview)  # the main window: its title and every page refresh, as after the import wizard
        else:
            self.refresh()
