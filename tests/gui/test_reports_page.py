"""The Laporan page driven as BKPSDM staff would: the BKN workbook written for a period (with and without
the sensitive columns, and cancelled), PDF reports (a unit's talent map, a profile by typed NIP, a mistyped
NIP refused), a package carried to a second laptop's empty database, previewed and imported, imported
again with nothing new, a tampered package refused, a conflicting edit settled in the package's favour or
kept, and the export log that lists every file that left the office."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QFileDialog, QMessageBox

import talenta_desktop.ui.pages.reports as reports_page
from talenta_desktop.app import build_window
from talenta_desktop.services.actor import Actor
from talenta_desktop.services.backups import list_backups
from talenta_desktop.services.bkn_workbook import verify_bkn_workbook
from talenta_desktop.services.exchange.exchange import Conflict
from talenta_desktop.services.exchange.tables import PARTS_BY_NAME
from talenta_desktop.services.export_log import KIND_LABELS
from talenta_desktop.services.reports.catalog import REPORTS
from talenta_desktop.ui.main_window import PAGES
from talenta_desktop.ui.reports import labels
from talenta_desktop.ui.reports.models import ConflictModel, ExportLogModel
from talenta_desktop.ui.reports.package_dialog import PackagePreviewDialog
from talenta_desktop.ui.workers import running_tasks

PERIOD = "2025"  # the demo's mapped, open period
NIP = "196912302001071002"  # a demo employee (Kepala Dinas Sosial)


# -- set-up -------------------------------------------------------------------------------------------


def _window(qtbot, db, actor: Actor | None = None):
    window = build_window(db, actor=actor or Actor("penguji"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("reports")
    page.opened = []
    page.open_url = page.opened.append  # nothing is really opened
    return window, page


@pytest.fixture
def window(qtbot, demo_db):
    return _window(qtbot, demo_db)


@pytest.fixture
def page(window):
    return window[1]


def _done(qtbot, page, timeout: int = 30_000) -> None:
    qtbot.waitUntil(lambda: page.task is None and not running_tasks(), timeout=timeout)


def _messages(page) -> list[QMessageBox]:
    return [box for box in page.findChildren(QMessageBox, "reportsMessage") if box.isVisible()]


def _close_messages(page) -> None:
    for box in _messages(page):
        box.close()


def _sql(db, query: str, *args):
    with sqlite3.connect(db.path) as conn:
        return conn.execute(query, args).fetchall()


def _log_kinds(page) -> list[str]:
    return [entry.kind for entry in page.log_model.rows]


def _preview(qtbot, page, path) -> PackagePreviewDialog:
    page.open_package(path)
    _done(qtbot, page)
    qtbot.waitUntil(lambda: page.preview_dialog is not None and page.preview_dialog.isVisible())
    return page.preview_dialog


def _import(qtbot, window, page, dialog: PackagePreviewDialog) -> None:
    with qtbot.waitSignal(window.data_changed, timeout=30_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        _done(qtbot, page)


# -- the page -----------------------------------------------------------------------------------------


def test_page_is_registered_between_succession_and_settings(window, page, qtmodeltester):
    main, _ = window
    names = [spec.name for spec in PAGES]
    assert names.index("reports") == names.index("succession") + 1
    assert names.index("settings") == names.index("reports") + 1
    assert page.objectName() == "page-reports"
    assert main.current_page_name() == "reports"
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Lembar kerja BKN",
        "Laporan PDF",
        "Paket pertukaran",
        "Log ekspor",
    ]
    qtmodeltester.check(page.log_model)
    qtmodeltester.check(page.log.proxy)


def test_labels_cover_every_code_of_the_services():
    assert set(labels.REPORT_TITLE) == set(REPORTS)
    assert set(labels.REPORT_TEXT) == set(REPORTS)
    assert set(labels.REPORT_ORDER) == set(REPORTS)
    assert set(labels.EXPORT_KIND_TEXT) == set(KIND_LABELS)
    assert set(labels.PART_TEXT) == set(PARTS_BY_NAME)
    assert set(labels.LOCK_REASON) <= {name for name, part in PARTS_BY_NAME.items() if part.locked}


def test_fits_a_1024_pixel_screen(window):
    main, page = window
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        assert main.minimumSizeHint().width() <= 1024
        assert main.minimumSizeHint().height() <= 740


# -- Lembar kerja BKN ---------------------------------------------------------------------------------


def test_bkn_workbook_is_written_logged_and_its_folder_offered(qtbot, page, tmp_path):
    assert page.bkn.period_label() == PERIOD
    assert page.bkn.sensitive_check.isChecked() and page.bkn.sensitive_check.isEnabled()  # an administrator
    target = tmp_path / "bkn.xlsx"

    assert page.write_bkn_workbook(target) is not None
    assert page.job.isVisible() and not page.bkn.run_button.isEnabled()  # one piece of work at a time
    _done(qtbot, page)

    book = verify_bkn_workbook(target)  # whole, and its SHA-256 matches the Metadata
    assert len(book.rows) == 400 and "tglLahir" in book.header
    assert page.result.isVisible() and page.result.property("tone") == "ok"
    assert str(target) in page.result.text.text()
    assert not page.job.isVisible() and page.bkn.run_button.isEnabled()
    entry = page.log_model.rows[0]
    assert (entry.kind, entry.file, entry.period, entry.rows, entry.sensitive) == (
        "bkn",
        "bkn.xlsx",
        PERIOD,
        400,
        True,
    )
    assert page.recent_bkn.proxy.rowCount() == 1

    qtbot.mouseClick(page.result.open_button, Qt.MouseButton.LeftButton)
    assert page.opened == [QUrl.fromLocalFile(str(tmp_path))]


def test_bkn_workbook_without_sensitive_columns_through_the_save_dialog(qtbot, page, tmp_path, monkeypatch):
    asked = []

    def save(parent, title, suggested, filters):
        asked.append(Path(suggested).name)
        return str(tmp_path / "untuk-kanreg"), filters  # typed without the suffix

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    page.bkn.sensitive_check.setChecked(False)
    qtbot.mouseClick(page.bkn.run_button, Qt.MouseButton.LeftButton)
    _done(qtbot, page)

    assert asked == [f"talenta-bkn-{PERIOD}.xlsx"]
    book = verify_bkn_workbook(tmp_path / "untuk-kanreg.xlsx")
    assert "tglLahir" not in book.header and "alasanKalibrasi" not in book.header
    assert page.log_model.rows[0].sensitive is False
    assert page.log_model.data(page.log_model.index(0, ExportLogModel.SENSITIVE)) == "tidak"


def test_a_cancelled_workbook_leaves_no_file_and_no_log_entry(qtbot, page, tmp_path):
    before = len(page.log_model.rows)
    target = tmp_path / "batal.xlsx"
    page.write_bkn_workbook(target)
    qtbot.mouseClick(page.job.cancel_button, Qt.MouseButton.LeftButton)
    _done(qtbot, page)

    assert not target.exists() and not list(tmp_path.glob("*.tmp"))
    assert len(page.log_model.rows) == before
    assert "Dibatalkan" in page.result.text.text()
    assert not page.result.open_button.isVisible()
    assert _messages(page) == []


def test_a_reader_cannot_export_sensitive_data(qtbot, demo_db):
    _, page = _window(qtbot, demo_db, Actor("anggota", role="komite"))
    assert not page.bkn.sensitive_check.isChecked() and not page.bkn.sensitive_check.isEnabled()
    assert not page.bkn.include_sensitive()
    assert page.package.without_hukdis.isChecked() and not page.package.without_hukdis.isEnabled()
    assert not page.package.include_sensitive()
    page.pdf.choose_kind("talent-map")
    page.pdf.hukdis_check.setChecked(True)
    assert not page.pdf.hukdis_check.isEnabled()
    assert page.pdf.request().include_sensitive is False


# -- Laporan PDF --------------------------------------------------------------------------------------


def test_talent_map_of_one_unit(qtbot, page, tmp_path):
    page.tabs.setCurrentIndex(1)
    page.pdf.choose_kind("talent-map")
    assert page.pdf.unit_combo.isVisible() and not page.pdf.nip_edit.isVisible()
    assert page.pdf.unit_combo.itemText(0) == "Seluruh instansi"
    unit = page.pdf.unit_combo.findText("Dinas Sosial")
    assert unit > 0
    page.pdf.unit_combo.setCurrentIndex(unit)
    assert page.pdf.suggested_name() == f"peta-talenta-{PERIOD}-dinas-sosial.pdf"
    target = tmp_path / page.pdf.suggested_name()

    page.make_pdf(target)
    _done(qtbot, page)

    assert target.read_bytes().startswith(b"%PDF")
    entry = page.log_model.rows[0]
    assert entry.kind == "report.talent-map" and entry.details["unit"] == page.pdf.unit_combo.currentData()
    assert page.recent_pdf.proxy.rowCount() == 1 and page.recent_bkn.proxy.rowCount() == 0
    assert "Peta talenta disimpan" in page.result.text.text()


def test_profile_by_a_typed_nip(qtbot, page, tmp_path):
    page.tabs.setCurrentIndex(1)
    page.pdf.choose_kind("profile")
    assert page.pdf.nip_edit.isVisible() and not page.pdf.unit_combo.isVisible()
    assert not page.pdf.run_button.isEnabled()  # no NIP yet
    qtbot.keyClicks(page.pdf.nip_edit, "19691230 200107 1 002")  # as written on an SK
    # the personnel list is read in the background; the note names the person once it is there
    qtbot.waitUntil(lambda: "Ihsan Galur" in page.pdf.person_note.text(), timeout=5000)
    assert page.pdf.run_button.isEnabled()
    target = tmp_path / "profil.pdf"

    page.make_pdf(target)
    _done(qtbot, page)

    assert target.read_bytes().startswith(b"%PDF")
    entry = page.log_model.rows[0]
    assert (entry.kind, entry.details["nip"], entry.rows) == ("report.profile", NIP, 1)


def test_a_mistyped_nip_is_refused_and_nothing_is_written(qtbot, page, tmp_path):
    page.tabs.setCurrentIndex(1)
    page.pdf.choose_kind("profile")
    before = len(page.log_model.rows)
    for typed, says in (("1969123020010710", "18 digit"), ("19691230-2001O7-1-002", "NIP")):
        page.pdf.nip_edit.clear()
        qtbot.keyClicks(page.pdf.nip_edit, typed)
        target = tmp_path / "salah.pdf"
        assert page.make_pdf(target) is None
        boxes = _messages(page)
        assert len(boxes) == 1 and says in boxes[0].text()
        assert boxes[0].windowTitle() == "NIP tidak sah"
        _close_messages(page)
        assert not target.exists()
    assert len(page.log_model.rows) == before
    assert page.task is None


def test_a_nip_nobody_has_is_the_service_refusal(qtbot, page, tmp_path):
    page.tabs.setCurrentIndex(1)
    page.pdf.choose_kind("profile")
    qtbot.keyClicks(page.pdf.nip_edit, "199001012015031001")
    qtbot.waitUntil(
        lambda: page.pdf.person_note.text() == "Tidak ada pegawai dengan NIP ini di database.", timeout=5000
    )
    page.make_pdf(tmp_path / "tidak-ada.pdf")
    _done(qtbot, page)
    boxes = _messages(page)
    assert len(boxes) == 1 and "199001012015031001" in boxes[0].text().replace(" ", "")
    assert not (tmp_path / "tidak-ada.pdf").exists()


def test_a_cancelled_report_leaves_no_file_and_no_log_entry(qtbot, page, tmp_path, monkeypatch):
    from dataclasses import replace

    from talenta_desktop.services.reports import catalog

    kind = catalog.REPORTS["succession"]

    def write_then_cancel(data, target, paper):
        kind.write(data, target, paper)
        page.task.cancel()  # the user pressed Batal while the PDF was being written

    monkeypatch.setitem(catalog.REPORTS, "succession", replace(kind, write=write_then_cancel))
    before = len(page.log_model.rows)
    page.pdf.choose_kind("succession")
    target = tmp_path / "suksesi.pdf"
    target.write_bytes(b"versi lama")  # a file of that name the user chose to overwrite
    page.make_pdf(target)
    _done(qtbot, page)

    assert target.read_bytes() == b"versi lama" and [p.name for p in tmp_path.glob("*.pdf*")] == [
        "suksesi.pdf"
    ]
    assert len(page.workspace.read(reports_page.export_log)) == before  # nothing logged
    assert page.result.text.text() == "Dibatalkan; tidak ada berkas yang ditulis."


def test_the_person_search_fills_the_nip(qtbot, page):
    page.pdf.choose_kind("idp")
    dialog = page.open_person_search()
    qtbot.keyClicks(dialog.picker.search, "Ihsan Galur")
    qtbot.waitUntil(lambda: dialog.picker.model.rowCount() >= 1)
    dialog.picker.matches.clicked.emit(dialog.picker.model.index(0))
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert page.pdf.nip_edit.text() == "19691230 200107 1 002"
    assert "Ihsan Galur" in page.pdf.person_note.text()
    assert page.pdf.request().nip == NIP


def test_berita_acara_lists_only_final_meetings(page):
    page.pdf.choose_kind("berita-acara")
    assert page.pdf.meeting_combo.count() == 1  # the demo's meeting 1 is final, meeting 2 is not
    assert "BA-01" in page.pdf.meeting_combo.currentText()
    assert not page.pdf.period_combo.isVisibleTo(page.pdf)
    assert page.pdf.run_button.isEnabled()


# -- Paket pertukaran ---------------------------------------------------------------------------------


@pytest.fixture
def exported(qtbot, page, tmp_path) -> Path:
    target = tmp_path / "kirim.talenta"
    page.tabs.setCurrentIndex(2)
    page.export_package(target)
    _done(qtbot, page)
    assert target.is_file()
    return target


def test_package_export_shows_the_fingerprint_to_give_the_receiver(page, exported):
    fingerprint = page.package.fingerprint.text()
    assert len(fingerprint.replace(" ", "")) == 16 and fingerprint.count(" ") == 3
    assert page.package.fingerprint.isVisible()
    assert fingerprint in page.result.text.text()
    assert page.log_model.rows[0].kind == "package"
    assert page.log_model.rows[0].details["fingerprint"] == fingerprint


def test_package_into_an_empty_database_then_nothing_new(qtbot, page, exported, db, qtmodeltester):
    other_window, other = _window(qtbot, db)
    assert other.bkn.period_combo.count() == 0 and not other.bkn.run_button.isEnabled()
    assert other.package.import_button.isEnabled()

    dialog = _preview(qtbot, other, exported)
    assert not dialog.preview.known_source
    assert "Sumber baru: cocokkan sidik jari ini dengan pengirim" in dialog.source_text.text()
    assert dialog.fingerprint.text() == page.package.fingerprint.text()
    assert dialog.preview.period == PERIOD
    counts = {
        dialog.counts_model.rows[r].name: dialog.counts_model.rows[r].counts
        for r in range(dialog.counts_model.rowCount())
    }
    assert counts["person"].new == 400 and counts["unit"].new > 0
    names = [
        dialog.counts_model.data(dialog.counts_model.index(r, 0))
        for r in range(dialog.counts_model.rowCount())
    ]
    assert names[:3] == ["Instansi", "Unit kerja", "Pegawai"]
    assert dialog.conflict_model.rowCount() == 0 and not dialog.tabs.isTabEnabled(1)
    assert dialog.import_button.isVisible()
    for model in (dialog.counts_model, dialog.counts_proxy, dialog.conflict_model, dialog.difference_model):
        qtmodeltester.check(model)
    assert _sql(db, "SELECT count(*) FROM person") == [(0,)]  # a preview changes nothing

    _import(qtbot, other_window, other, dialog)

    assert _sql(db, "SELECT count(*) FROM person") == [(400,)]
    assert [b.reason for b in list_backups(db)] == ["sebelum-impor"]  # a copy was kept first
    assert "diimpor" in other.result.text.text()
    assert other.bkn.period_combo.count() == 1  # the page read the imported period again
    assert other_window.windowTitle().startswith("Talenta Desktop — ")  # the instansi arrived with it

    again = _preview(qtbot, other, exported)
    assert again.preview.known_source and again.preview.nothing_new
    assert again.nothing_new.isVisible()
    assert again.nothing_new.text().startswith("Tidak ada yang baru dalam paket ini")
    assert not again.import_button.isVisible() and again.cancel_button.text() == "Tutup"
    again.reject()


def test_a_tampered_package_is_refused_and_changes_nothing(qtbot, exported, db, tmp_path):
    data = bytearray(exported.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered = tmp_path / "diubah.talenta"
    tampered.write_bytes(bytes(data))
    _, other = _window(qtbot, db)

    other.open_package(tampered)
    _done(qtbot, other)

    boxes = _messages(other)
    assert len(boxes) == 1 and boxes[0].windowTitle() == "Paket tidak dapat dibuka"
    assert "diubah" in boxes[0].text() or "rusak" in boxes[0].text()
    assert other.preview_dialog is None
    assert other.result.property("tone") == "error"
    assert _sql(db, "SELECT count(*) FROM person") == [(0,)]


def test_a_cancelled_import_changes_nothing(qtbot, exported, db, monkeypatch):
    _, other = _window(qtbot, db)
    dialog = _preview(qtbot, other, exported)
    real = reports_page.import_package

    def cancel_then_import(*args, **kwargs):
        other.task.cancel()  # Batal pressed as the merge begins
        return real(*args, **kwargs)

    monkeypatch.setattr(reports_page, "import_package", cancel_then_import)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    _done(qtbot, other)

    assert _sql(db, "SELECT count(*) FROM person") == [(0,)]
    assert _sql(db, "SELECT count(*) FROM exchange_source") == [(0,)]
    assert other.result.text.text() == "Impor dibatalkan; database tidak berubah."


def test_conflicts_are_listed_and_settled_as_ticked(qtbot, page, exported, db, qtmodeltester):
    other_window, other = _window(qtbot, db)
    _import(qtbot, other_window, other, _preview(qtbot, other, exported))
    taken_nip = NIP
    kept_nip = _sql(db, "SELECT nip FROM person WHERE nip <> ? ORDER BY id LIMIT 1", NIP)[0][0]
    (package_name,) = _sql(db, "SELECT nama FROM person WHERE nip = ?", taken_nip)[0]
    with sqlite3.connect(db.path) as conn:  # edited on this laptop meanwhile
        conn.execute("UPDATE person SET nama = 'Nama Diubah Di Sini' WHERE nip = ?", (taken_nip,))
        conn.execute("UPDATE person SET tempat_lahir = 'Kota Lain' WHERE nip = ?", (kept_nip,))

    dialog = _preview(qtbot, other, exported)
    assert dialog.tabs.currentIndex() == 1 and dialog.tabs.isTabEnabled(1)
    model = dialog.conflict_model
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    rows = {model.conflict(r).key[0]: r for r in range(model.rowCount())}
    assert set(rows) == {taken_nip, kept_nip}
    taken_row = rows[taken_nip]
    assert model.data(model.index(taken_row, ConflictModel.KIND)) == "Pegawai"
    assert model.data(model.index(taken_row, ConflictModel.FIELDS)) == "Nama"
    assert "19691230 200107 1 002" in model.data(model.index(taken_row, ConflictModel.WHAT))
    dialog.conflicts_table.setCurrentIndex(model.index(taken_row, ConflictModel.WHAT))
    assert [[dialog.difference_model.data(dialog.difference_model.index(0, c)) for c in range(3)]] == [
        ["Nama", "Nama Diubah Di Sini", package_name]
    ]
    qtmodeltester.check(dialog.difference_model)
    assert dialog.taken() == []

    dialog.conflicts_table.setFocus()
    dialog.conflicts_table.setCurrentIndex(model.index(taken_row, ConflictModel.CHECK))
    qtbot.keyClick(dialog.conflicts_table, Qt.Key.Key_Space)  # ticks "Ambil dari paket"
    assert dialog.taken() == [model.conflict(taken_row).id]
    assert "1 diambil dari paket, 1 dipertahankan" in dialog.summary.text()
    _import(qtbot, other_window, other, dialog)

    assert _sql(db, "SELECT nama FROM person WHERE nip = ?", taken_nip) == [(package_name,)]
    assert _sql(db, "SELECT tempat_lahir FROM person WHERE nip = ?", kept_nip) == [("Kota Lain",)]
    assert "1 diambil dari paket, 1 dipertahankan" in other.result.text.text()


def test_a_locked_conflict_cannot_be_ticked():
    locked = Conflict(
        "meeting", (("Komite", "SK 1"), "BA-01"), "Rapat", (("minutes", "a", "b"),), locked=True
    )
    free = Conflict("person", (NIP,), "Pegawai", (("nama", "A", "B"),), locked=False)
    model = ConflictModel()
    model.set_rows([locked, free])
    check = model.index(0, ConflictModel.CHECK)
    assert not model.flags(check) & Qt.ItemFlag.ItemIsEnabled
    assert not model.setData(check, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert "difinalkan" in model.data(check, Qt.ItemDataRole.ToolTipRole)
    model.set_all(True)
    assert model.taken() == [free.id]


# -- Log ekspor ---------------------------------------------------------------------------------------


def test_the_log_lists_every_export_and_searches(qtbot, page, tmp_path, qtmodeltester):
    page.write_bkn_workbook(tmp_path / "a.xlsx")
    _done(qtbot, page)
    page.pdf.choose_kind("executive")
    page.make_pdf(tmp_path / "ringkasan.pdf")
    _done(qtbot, page)
    page.tabs.setCurrentIndex(3)

    assert _log_kinds(page)[:2] == ["report.executive", "bkn"]
    log = page.log
    assert log.count.text() == f"{log.model.rowCount()} ekspor tercatat"
    first = [log.proxy.index(0, c).data() for c in range(log.proxy.columnCount())]
    assert first[1:7] == ["penguji", "Ringkasan eksekutif", PERIOD, "ringkasan.pdf", "400", "tidak"]
    assert first[7] == str(tmp_path / "ringkasan.pdf")
    assert re.fullmatch(r"\d{1,2} \w+ \d{4} \d{2}\.\d{2}", first[0])  # "24 November 2026 01.34", local time

    qtbot.keyClicks(log.search, "a.xlsx")
    assert log.proxy.rowCount() == 1 and log.count.text() == f"1 dari {log.model.rowCount()} ekspor"
    log.select(page.log_model.rows[1].event_id)
    qtbot.mouseClick(log.open_button, Qt.MouseButton.LeftButton)
    assert page.opened == [QUrl.fromLocalFile(str(tmp_path))]
    qtmodeltester.check(log.proxy)
    qtmodeltester.check(page.recent_pdf.proxy)
