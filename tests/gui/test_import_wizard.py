"""The GUI import: the wizard driven as a user would, from choosing a file to the committed import."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QPushButton, QWizard

from talenta_desktop.app import build_window
from talenta_desktop.services.backups import list_backups
from talenta_desktop.services.importing import (
    ERROR,
    WARNING,
    ImportKind,
    Problem,
    list_profiles,
    run_import,
)
from talenta_desktop.services.importing import personnel as personnel_import
from talenta_desktop.ui.import_wizard import (
    PAGE_COMMIT,
    PAGE_MAPPING,
    PAGE_PREVIEW,
    ImportWizard,
    ProblemsFilter,
    ProblemsModel,
)
from talenta_desktop.ui.mapping_dialog import NOT_USED, MappingDialog, column_letter

WAIT_MS = 20_000  # background work on a slow test machine

# -- spreadsheets written the way regional offices write them ----------------------------------------


def nip(serial: int, *, year: int = 1985) -> str:
    """A valid PNS NIP: born 15 March `year`, TMT CPNS January 2010, male, the given serial."""
    return f"{year}0315" + "201001" + "1" + f"{serial:03d}"


def write_xlsx(
    path: Path,
    header: list[str],
    rows: list[list[object]],
    *,
    title_rows: tuple[str, ...] = (),
    sheet: str = "Pegawai",
    extra_sheets: tuple[str, ...] = (),
) -> Path:
    """A workbook with optional title lines above the header (as agencies' recaps have) and extra
    sheets that are not the data."""
    book = Workbook()
    data = book.active
    data.title = sheet
    for line in title_rows:
        data.append([line])
    if title_rows:
        data.append([])
    data.append(header)
    for row in rows:
        data.append(row)
    for name in extra_sheets:
        book.create_sheet(name).append(["Catatan", "lembar ini bukan data"])
    book.save(path)
    return path


MESSY_HEADER = ["NO", "NIP BARU", "NAMA PEGAWAI", "GOL/RUANG", "JABATAN", "UNIT KERJA", "KETERANGAN"]


def messy_personnel(path: Path) -> Path:
    """Six valid people and two invalid rows (a short NIP, an unknown golongan), under two title lines;
    header on row 4, data rows 5–12."""
    rows: list[list[object]] = []
    for i in range(1, 9):
        unit = "Bidang Uji Coba" if i % 2 else "Bagian Percobaan"
        rows.append([i, nip(i), f"Pegawai Uji {i}", "III/b", "Analis Kebijakan Ahli Pertama", unit, ""])
    rows[2][1] = "1985031520100"  # row 7: 13 digits
    rows[5][3] = "V/z"  # row 10: no such golongan
    return write_xlsx(
        path,
        MESSY_HEADER,
        rows,
        title_rows=("REKAP DATA PEGAWAI", "Keadaan per 31 Desember 2025"),
        extra_sheets=("Keterangan",),
    )


def valid_nips() -> list[str]:
    return [nip(i) for i in (1, 2, 4, 5, 7, 8)]


# -- fixtures and helpers ----------------------------------------------------------------------------


@pytest.fixture
def window(qtbot, db):
    win = build_window(db)
    qtbot.addWidget(win)
    return win


def _count(db, sql: str, *args) -> int:
    with sqlite3.connect(db.path) as conn:
        return conn.execute(sql, args).fetchone()[0]


def _people(db, nips: list[str]) -> int:
    marks = ",".join("?" * len(nips))
    return _count(db, f"SELECT count(*) FROM person WHERE nip IN ({marks})", *nips)


def open_wizard(window, path: Path, kind: str = "personnel") -> ImportWizard:
    wizard = window.open_import_wizard()
    wizard.set_kind(kind)
    wizard.set_file(path)
    return wizard


def to_mapping(qtbot, wizard: ImportWizard) -> None:
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentId() == PAGE_MAPPING
    page = wizard.mapping_page
    qtbot.waitUntil(lambda: page.inspection is not None and not page.loading(), timeout=WAIT_MS)


def to_preview(qtbot, wizard: ImportWizard) -> None:
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentId() == PAGE_PREVIEW
    page = wizard.preview_page
    qtbot.waitUntil(lambda: page.report is not None or page._error is not None, timeout=WAIT_MS)
    assert page._error is None, page._error


def commit(qtbot, wizard: ImportWizard) -> None:
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    wizard.next()
    assert wizard.currentId() == PAGE_COMMIT
    qtbot.waitUntil(wizard.commit_page.isComplete, timeout=WAIT_MS)


def count(wizard: ImportWizard, key: str) -> str:
    return wizard.preview_page.findChild(QLabel, f"count-{key}").text()


# -- the menu ----------------------------------------------------------------------------------------


def test_import_action_sits_in_the_file_menu_before_quit(window, qtbot):
    action = window.findChild(type(window.menuBar().actions()[0]), "action-import")
    assert action is not None
    assert action.shortcut() == QKeySequence("Ctrl+I")
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert texts.index("&Impor data…") < texts.index("&Keluar")
    action.trigger()
    wizard = window.findChild(ImportWizard, "ImportWizard")
    assert wizard is not None and wizard.isVisible()
    assert wizard.currentId() == 0
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no file yet
    wizard.reject()


def test_first_step_explains_a_missing_or_unsupported_file(window, tmp_path):
    wizard = window.open_import_wizard()
    page = wizard.source_page
    wizard.set_file(tmp_path / "tidak-ada.xlsx")
    assert "tidak ditemukan" in page.file_status.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    other = tmp_path / "catatan.pdf"
    other.write_bytes(b"%PDF-1.4")
    wizard.set_file(other)
    assert "tidak didukung" in page.file_status.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.set_file(messy_personnel(tmp_path / "rekap.xlsx"))
    assert "NIP, Nama" in page.file_status.text()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.reject()


def test_a_file_dropped_on_the_first_step_is_chosen(window, tmp_path):
    wizard = window.open_import_wizard()
    page = wizard.source_page
    path = messy_personnel(tmp_path / "diseret.xlsx")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dropEvent(drop)
    assert drop.isAccepted()
    assert wizard.path() == path
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.reject()


# -- the whole way through ---------------------------------------------------------------------------


def test_import_from_file_to_database(window, db, qtbot, tmp_path, monkeypatch):
    home = window.show_page("home")
    qtbot.waitUntil(lambda: not home.loading, timeout=10_000)  # Beranda counts in the background
    assert home.findChild(QLabel, "kpi-total").text() == "0"
    wizard = open_wizard(window, messy_personnel(tmp_path / "rekap pegawai.xlsx"))

    # Step 2: the data sheet is chosen over the notes sheet, the header found under the titles.
    to_mapping(qtbot, wizard)
    page = wizard.mapping_page
    assert page.sheet_combo.currentText() == "Pegawai"
    assert [page.sheet_combo.itemText(i) for i in range(page.sheet_combo.count())] == [
        "Pegawai",
        "Keterangan",
    ]
    assert "baris 4" in page.header_info.text() and "8 baris data" in page.header_info.text()
    editor = page.editor
    assert editor.fields()[:2] == ["nipBaru", "nama"]  # required first
    assert editor.combo("nipBaru").currentData() == "NIP BARU"
    assert editor.combo("nama").currentData() == "NAMA PEGAWAI"
    assert editor.combo("golRuangAkhir").currentData() == "GOL/RUANG"
    assert editor.combo("unorNama").currentData() == "UNIT KERJA"
    assert editor.combo("tglLahir").currentData() == ""
    assert editor.sample_label("nipBaru").text() == nip(1)
    assert page.status.text().startswith("Semua kolom wajib ditemukan")
    assert "NO, KETERANGAN" in page.ignored.text()

    # Step 3: a dry run in the background; nothing is written.
    to_preview(qtbot, wizard)
    preview = wizard.preview_page
    assert (count(wizard, "new"), count(wizard, "updated"), count(wizard, "unchanged")) == ("6", "0", "0")
    assert count(wizard, "invalid") == "2"
    assert count(wizard, "units") == "2"
    assert _count(db, "SELECT count(*) FROM person") == 0
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert "2 baris tidak valid" in preview.decision.text()
    assert "Lewati baris yang tidak valid" in preview.decision.text()
    assert preview.skip_invalid.isVisible()

    table = preview.proxy
    rows = {(table.index(r, 0).data(), table.index(r, 1).data()) for r in range(table.rowCount())}
    assert {("7", "NIP BARU"), ("10", "GOL/RUANG")} <= rows
    warnings = len(preview.report.warnings)
    assert table.rowCount() == 2 + warnings  # the empty database has no instansi name: a warning
    preview.filter_combo.setCurrentIndex(1)  # Kesalahan
    assert preview.filter_combo.currentText() == "Kesalahan (2)"
    assert table.rowCount() == 2
    assert {table.index(r, 4).data() for r in range(2)} == {"Kesalahan"}
    assert [table.index(r, 0).data() for r in range(2)] == ["7", "10"]
    assert "13 digit" in table.index(0, 3).data()

    # Export what is shown, through the button and its save dialog.
    target = tmp_path / "masalah"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    preview.findChild(QPushButton, "export-problems").click()
    qtbot.waitUntil(lambda: "disimpan ke" in preview.export_status.text(), timeout=WAIT_MS)
    written = tmp_path / "masalah.xlsx"
    sheet = load_workbook(written).active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0] == ("Baris", "Kolom", "Nilai", "Pesan", "Jenis")
    assert [(r[0], r[1], r[2], r[4]) for r in values[1:]] == [
        (7, "NIP BARU", "1985031520100", "Kesalahan"),
        (10, "GOL/RUANG", "V/z", "Kesalahan"),
    ]
    preview.set_filter(WARNING)
    assert table.rowCount() == warnings
    preview.set_filter(None)

    # Step 4: skip the invalid rows, commit in the background, and the pages hear of it.
    preview.skip_invalid.setChecked(True)
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert "2 baris yang tidak valid akan dilewati" in preview.decision.text()
    imported = []
    wizard.imported.connect(imported.append)
    with qtbot.waitSignal(window.data_changed, timeout=WAIT_MS):
        commit(qtbot, wizard)
    result = wizard.commit_page
    assert result.outcome == "committed"
    assert result.result_title.text() == "Impor selesai"
    assert "2 baris tidak valid dilewati" in result.result_text.text()
    assert len(imported) == 1 and imported[0].committed and imported[0].new == 6
    assert _people(db, valid_nips()) == 6
    assert _count(db, "SELECT count(*) FROM person") == 6
    assert _count(db, "SELECT count(*) FROM unit WHERE nama IN ('Bidang Uji Coba', 'Bagian Percobaan')") == 2
    assert _count(db, "SELECT count(*) FROM audit_event WHERE action = 'personnel.import'") == 1
    assert [b.reason for b in list_backups(db)] == ["sebelum-impor"]  # a copy was kept first
    qtbot.waitUntil(lambda: not home.loading, timeout=10_000)
    assert home.findChild(QLabel, "kpi-total").text() == "6"  # Beranda was refreshed
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.accept()


def test_reimport_counts_updates_and_unchanged_rows(window, db, qtbot, tmp_path):
    header = ["NIP", "NAMA", "JABATAN", "UNIT KERJA"]
    first = [[nip(i), f"Pegawai {i}", "Pengelola Data", "Bagian Umum"] for i in range(1, 6)]
    window.workspace.write(run_import, write_xlsx(tmp_path / "awal.xlsx", header, first), "personnel")
    second = [row[:] for row in first] + [[nip(9), "Pegawai Baru", "Pengelola Data", "Bagian Umum"]]
    second[0][2] = "Analis Data"
    wizard = open_wizard(window, write_xlsx(tmp_path / "ulang.xlsx", header, second))
    to_mapping(qtbot, wizard)
    to_preview(qtbot, wizard)
    assert [count(wizard, k) for k in ("new", "updated", "unchanged", "invalid")] == ["1", "1", "4", "0"]
    assert not wizard.preview_page.skip_invalid.isVisible()
    assert "1 baris baru dan 1 baris diperbarui" in wizard.preview_page.decision.text()
    commit(qtbot, wizard)
    assert _count(db, "SELECT jabatan_nama FROM person WHERE nip = ?", nip(1)) == "Analis Data"
    assert _count(db, "SELECT count(*) FROM person") == 6
    wizard.accept()


def test_nothing_to_change_cannot_be_committed(window, qtbot, tmp_path):
    header = ["NIP", "NAMA"]
    rows = [[nip(i), f"Pegawai {i}"] for i in range(1, 4)]
    path = write_xlsx(tmp_path / "sama.xlsx", header, rows)
    window.workspace.write(run_import, path, "personnel")
    wizard = open_wizard(window, path)
    to_mapping(qtbot, wizard)
    to_preview(qtbot, wizard)
    assert count(wizard, "unchanged") == "3"
    assert "tidak ada yang perlu diimpor" in wizard.preview_page.decision.text()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    wizard.reject()


# -- mapping -----------------------------------------------------------------------------------------


def test_missing_nip_header_must_be_mapped_before_import(window, db, qtbot, tmp_path):
    rows = [[nip(21), "Budi Santoso", "Pengelola Umum"], [nip(22), "Siti Aminah", "Pengelola Umum"]]
    wizard = open_wizard(window, write_xlsx(tmp_path / "id.xlsx", ["ID PEGAWAI", "NAMA", "JABATAN"], rows))
    to_mapping(qtbot, wizard)
    page = wizard.mapping_page
    assert not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "NIP" in page.status.text() and page.status.property("tone") == "error"
    nip_combo = page.findChild(QComboBox, "map-nipBaru")
    assert nip_combo.currentText() == NOT_USED
    assert nip_combo.property("missing") is True
    qtbot.waitUntil(lambda: wizard.focusWidget() is nip_combo)  # where the user has to act
    assert "ID PEGAWAI" in page.ignored.text()
    nip_combo.setCurrentIndex(nip_combo.findData("ID PEGAWAI"))
    assert nip_combo.currentText() == "ID PEGAWAI  (kolom A)"
    assert nip_combo.property("missing") is False
    assert page.isComplete() and wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "ID PEGAWAI" not in page.ignored.text()
    to_preview(qtbot, wizard)
    assert count(wizard, "new") == "2"
    assert wizard.preview_page.report.mapping["nipBaru"] == "ID PEGAWAI"
    commit(qtbot, wizard)
    assert _people(db, [nip(21), nip(22)]) == 2
    wizard.accept()


def test_profile_saved_then_reused_for_the_next_file(window, db, qtbot, tmp_path):
    header = ["ID PEGAWAI", "NAMA LENGKAP PEGAWAI", "STATUS PEGAWAI", "JABATAN"]
    rows = [[nip(31), "Rina Wati", "Aktif", "Pengelola Arsip"]]
    wizard = open_wizard(window, write_xlsx(tmp_path / "januari.xlsx", header, rows))
    to_mapping(qtbot, wizard)
    page, editor = wizard.mapping_page, wizard.mapping_page.editor
    assert editor.combo("jenisPegawaiNama").currentData() == "STATUS PEGAWAI"  # an alias, but wrong here
    editor.set_header("nipBaru", "ID PEGAWAI")
    editor.set_header("nama", "NAMA LENGKAP PEGAWAI")
    editor.set_header("jenisPegawaiNama", None)  # "Aktif" is not an employee kind
    assert not page.save_profile_button.isEnabled()  # no name yet
    page.profile_name.setText("  Rekap   bulanan ")
    page.save_profile_button.click()
    assert page.profile_status.text() == "Profil “Rekap bulanan” disimpan."
    (profile,) = window.workspace.read(list_profiles, ImportKind.PERSONNEL)
    assert profile.name == "Rekap bulanan"
    assert profile.mapping == {
        "nipBaru": "ID PEGAWAI",
        "nama": "NAMA LENGKAP PEGAWAI",
        "jabatanNama": "JABATAN",
        "jenisPegawaiNama": "",
    }
    wizard.reject()

    later = [[nip(32), "Dedi Kurnia", "Aktif", "Pengelola Keuangan"]]
    wizard = open_wizard(window, write_xlsx(tmp_path / "februari.xlsx", header, later))
    combo = wizard.source_page.profile_combo
    assert combo.isEnabled() and combo.findData("Rekap bulanan") > 0
    wizard.source_page.set_profile("Rekap bulanan")
    to_mapping(qtbot, wizard)
    editor = wizard.mapping_page.editor
    assert editor.combo("nipBaru").currentData() == "ID PEGAWAI"
    assert editor.combo("nama").currentData() == "NAMA LENGKAP PEGAWAI"
    assert editor.combo("jenisPegawaiNama").currentData() == ""
    assert wizard.mapping_page.isComplete()
    to_preview(qtbot, wizard)
    assert "jenisPegawaiNama" not in wizard.preview_page.report.mapping
    assert count(wizard, "invalid") == "0"
    commit(qtbot, wizard)
    assert _people(db, [nip(32)]) == 1
    wizard.accept()


def test_the_users_choice_wins_over_an_earlier_look_alike_column(window, db, qtbot, tmp_path):
    """ "NIP" (first, the old 9-digit numbers) and "NIP 18 DIGIT" both look like the NIP; the user picks
    the second, and the import uses exactly that."""
    rows = [["010203041", "Rina", nip(41)], ["010203042", "Dedi", nip(42)]]
    wizard = open_wizard(window, write_xlsx(tmp_path / "dua-nip.xlsx", ["NIP", "NAMA", "NIP 18 DIGIT"], rows))
    to_mapping(qtbot, wizard)
    editor = wizard.mapping_page.editor
    assert editor.combo("nipBaru").currentData() == "NIP"  # the first look-alike, as detected
    editor.set_header("nipBaru", "NIP 18 DIGIT")
    assert "NIP" in wizard.mapping_page.ignored.text()
    to_preview(qtbot, wizard)
    report = wizard.preview_page.report
    assert report.mapping["nipBaru"] == "NIP 18 DIGIT" and "NIP" in report.ignored_columns
    assert (report.new, report.invalid) == (2, 0)
    commit(qtbot, wizard)
    assert _people(db, [nip(41), nip(42)]) == 2
    wizard.accept()


def test_a_header_feeds_one_field_at_a_time(qtbot):
    dialog = MappingDialog("personnel", ["NIP", "NAMA", "JABATAN"], {"nipBaru": "NIP", "nama": "NAMA"})
    qtbot.addWidget(dialog)
    editor = dialog.editor
    editor.set_header("nipLama", "NIP")
    assert editor.combo("nipLama").currentData() == "NIP"
    assert editor.combo("nipBaru").currentData() == ""
    assert not dialog.ok_button.isEnabled()
    assert "NIP" in dialog.status.text()


def test_mapping_dialog_enables_ok_only_when_required_fields_are_mapped(qtbot):
    headers = ["", "ID PEGAWAI", "NAMA", "KETERANGAN", "NAMA"]  # an empty and a repeated header
    samples = {"ID PEGAWAI": nip(1), "NAMA": "Budi"}
    dialog = MappingDialog(ImportKind.PERSONNEL, headers, {"nama": "NAMA"}, samples)
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "MappingDialog"
    ok = dialog.findChild(QPushButton, "ok")
    assert ok is dialog.ok_button and not ok.isEnabled()
    combo = dialog.findChild(QComboBox, "map-nipBaru")
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "ID PEGAWAI", "NAMA", "KETERANGAN"]
    assert combo.itemText(1) == "ID PEGAWAI  (kolom B)"
    labels = dialog.editor.fields()
    assert labels[:2] == ["nipBaru", "nama"]
    assert "*" in dialog.findChild(QLabel, "label-nipBaru").text()
    combo.setCurrentIndex(1)
    assert ok.isEnabled()
    assert dialog.editor.sample_label("nipBaru").text() == nip(1)
    dialog.profile_name.setText(" Rekap  SIASN ")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == MappingDialog.DialogCode.Accepted
    assert dialog.result_mapping() == {"nipBaru": "ID PEGAWAI", "nama": "NAMA"}
    assert dialog.profile() == "Rekap SIASN"
    assert dialog.editor.ignored_headers() == ["KETERANGAN"]


def test_column_letters():
    assert [column_letter(i) for i in (0, 1, 25, 26, 27, 701, 702)] == [
        "A",
        "B",
        "Z",
        "AA",
        "AB",
        "ZZ",
        "AAA",
    ]


# -- cancel ------------------------------------------------------------------------------------------


@pytest.fixture
def held_write(monkeypatch):
    """Hold the import at the start of its write phase until released, so a test can press Cancel
    while rows are being written (the first chunk is inserted, then the cancel check fires)."""
    entered, release = threading.Event(), threading.Event()
    original = personnel_import.write

    def write(*args, **kwargs):
        entered.set()
        release.wait(30)
        return original(*args, **kwargs)

    monkeypatch.setattr(personnel_import, "write", write)
    yield entered, release
    release.set()


def test_cancel_during_commit_leaves_the_database_unchanged(window, db, qtbot, tmp_path, held_write):
    entered, release = held_write
    rows = [[nip(i), f"Pegawai {i}", "Bagian Umum"] for i in range(1, 41)]
    wizard = open_wizard(window, write_xlsx(tmp_path / "besar.xlsx", ["NIP", "NAMA", "UNIT KERJA"], rows))
    to_mapping(qtbot, wizard)
    to_preview(qtbot, wizard)
    assert count(wizard, "new") == "40"
    changed = []
    window.data_changed.connect(lambda: changed.append(True))
    wizard.next()
    page = wizard.commit_page
    qtbot.waitUntil(entered.is_set, timeout=WAIT_MS)
    cancel = page.findChild(QPushButton, "cancel-import")
    assert cancel.isVisible() and page.progress.isVisible()
    assert not page.isComplete()
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert "Membatalkan" in page.step.text()
    release.set()
    qtbot.waitUntil(page.isComplete, timeout=WAIT_MS)
    assert page.outcome == "cancelled"
    assert page.result_title.text() == "Impor dibatalkan"
    assert "Tidak ada data yang diubah" in page.result_text.text()
    assert not cancel.isVisible()
    assert _count(db, "SELECT count(*) FROM person") == 0
    assert _count(db, "SELECT count(*) FROM unit") == 0
    assert _count(db, "SELECT count(*) FROM audit_event WHERE action = 'personnel.import'") == 0
    assert changed == []
    wizard.accept()


def test_closing_the_wizard_while_importing_cancels_first(window, db, qtbot, tmp_path, held_write):
    entered, release = held_write
    rows = [[nip(i), f"Pegawai {i}"] for i in range(1, 6)]
    wizard = open_wizard(window, write_xlsx(tmp_path / "tutup.xlsx", ["NIP", "NAMA"], rows))
    to_mapping(qtbot, wizard)
    to_preview(qtbot, wizard)
    wizard.next()
    qtbot.waitUntil(entered.is_set, timeout=WAIT_MS)
    wizard.reject()
    assert wizard.isVisible()  # stays until the import has been rolled back
    with qtbot.waitSignal(wizard.rejected, timeout=WAIT_MS):
        release.set()
    assert _count(db, "SELECT count(*) FROM person") == 0


# -- other kinds -------------------------------------------------------------------------------------


def test_skp_import_through_the_wizard(window, db, qtbot, tmp_path):
    people = [[nip(i), f"Pegawai {i}"] for i in range(1, 4)]
    window.workspace.write(
        run_import, write_xlsx(tmp_path / "pegawai.xlsx", ["NIP", "NAMA"], people), "personnel"
    )
    rows = [[nip(1), 2024, "Baik"], [nip(2), 2024, "Sangat Baik"], [nip(99), 2024, "Baik"]]
    path = write_xlsx(tmp_path / "skp.xlsx", ["NIP", "TAHUN", "PREDIKAT KINERJA"], rows, sheet="SKP")
    wizard = open_wizard(window, path, kind="skp")
    assert wizard.source_page.findChild(
        type(wizard.source_page.kind_buttons[ImportKind.SKP]), "kind-skp"
    ).isChecked()
    to_mapping(qtbot, wizard)
    assert wizard.mapping_page.editor.fields()[:2] == ["nipBaru", "tahun"]
    to_preview(qtbot, wizard)
    assert count(wizard, "new") == "2" and count(wizard, "invalid") == "1"
    assert not wizard.preview_page.tiles["units"].isVisible()  # units belong to personnel imports
    wizard.preview_page.skip_invalid.setChecked(True)
    commit(qtbot, wizard)
    assert _count(db, "SELECT count(*) FROM skp") == 2
    wizard.accept()


# -- the problems model ------------------------------------------------------------------------------


def _problems() -> list[Problem]:
    return [
        Problem(None, None, None, "Database belum memiliki instansi.", WARNING, "instansi.unnamed"),
        Problem(12, "NIP BARU", "1985", "NIP harus 18 digit.", ERROR, "nip.length"),
        Problem(3, "GOL/RUANG", "V/z", "Golongan tidak dikenali.", ERROR, "golongan.unknown"),
        Problem(3, "TGL LAHIR", "31-02-1980", "Tanggal tidak ada.", WARNING, "date.invalid"),
    ]


def test_problems_model_is_a_well_behaved_qt_model(qtmodeltester):
    model = ProblemsModel(_problems())
    qtmodeltester.check(model)
    proxy = ProblemsFilter()
    proxy.setSourceModel(model)
    proxy.set_severity(ERROR)
    qtmodeltester.check(proxy)
    model.set_problems(_problems()[:1])
    qtmodeltester.check(model)


def test_problems_model_shows_and_filters_rows():
    model = ProblemsModel(_problems())
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Baris",
        "Kolom",
        "Nilai",
        "Pesan",
        "Jenis",
    ]
    assert [model.index(0, c).data() for c in range(5)] == [
        "–",
        "",
        "",
        "Database belum memiliki instansi.",
        "Peringatan",
    ]
    assert model.index(1, 4).data() == "Kesalahan"
    proxy = ProblemsFilter()
    proxy.setSourceModel(model)
    proxy.sort(0)
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["–", "3", "3", "12"]
    proxy.set_severity(ERROR)
    assert [p.code for p in proxy.visible_problems()] == ["golongan.unknown", "nip.length"]
    proxy.set_severity(WARNING)
    assert proxy.rowCount() == 2
    proxy.set_severity(None)
    assert proxy.rowCount() == 4
