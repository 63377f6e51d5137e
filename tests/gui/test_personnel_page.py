"""The Pegawai page, driven as a user would with pytest-qt: search, filters, sorting, the profile panel,
the column chooser and "export what I see"."""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTableView,
)

from talenta_desktop.app import build_window
from talenta_desktop.domain.nip import format_nip
from talenta_desktop.services.actor import Actor
from talenta_desktop.services.personnel import (
    COLUMNS_BY_KEY,
    DEFAULT_VISIBLE_COLUMNS,
    PERSONNEL_COLUMNS,
    personnel_frame,
)
from talenta_desktop.ui.models.personnel_table import HEADERS, PersonIdRole, PersonnelTableModel
from talenta_desktop.ui.pages.personnel import SETTINGS_COLUMNS, SETTINGS_SPLITTER, ColumnChooser


@pytest.fixture(autouse=True)
def _fresh_settings():
    for key in (SETTINGS_COLUMNS, SETTINGS_SPLITTER):
        QSettings().remove(key)
    yield
    for key in (SETTINGS_COLUMNS, SETTINGS_SPLITTER):
        QSettings().remove(key)


@pytest.fixture
def window(qtbot, demo_db):
    win = build_window(demo_db)
    qtbot.addWidget(win)
    return win


def _personnel(qtbot, window):
    """The Pegawai page once its list is read (in the background)."""
    page = window.show_page("personnel")
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    return page


@pytest.fixture
def page(qtbot, window):
    return _personnel(qtbot, window)


def _sql(db, query: str, *args):
    with sqlite3.connect(db.path) as conn:
        return conn.execute(query, args).fetchall()


def _count_text(page) -> str:
    return page.findChild(QLabel, "personnelCount").text()


def _click_row(qtbot, table: QTableView, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _click_header(qtbot, table: QTableView, column: int) -> None:
    header = table.horizontalHeader()
    table.scrollTo(table.model().index(0, column))
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


# -- contract and first look ---------------------------------------------------------------------------


def test_page_contract(window, page, demo_db):
    assert page.objectName() == "page-personnel"
    assert window.current_page_name() == "personnel"
    search = page.findChild(QLineEdit, "personnelSearch")
    assert search.placeholderText() == "Cari nama atau NIP…"
    assert search.isClearButtonEnabled()
    assert page.findChild(QComboBox, "unitFilter").itemText(0) == "Seluruh instansi"
    table = page.findChild(QTableView, "personnelTable")
    assert table.isSortingEnabled() and table.alternatingRowColors()
    assert page.findChild(object, "profilePanel") is page.profile
    total = _sql(demo_db, "SELECT count(*) FROM person")[0][0]
    assert _count_text(page) == f"{total} dari {total} pegawai"
    assert page.visible_columns() == list(DEFAULT_VISIBLE_COLUMNS)


def test_headers_match_the_service_columns():
    assert {c.key: c.header for c in PERSONNEL_COLUMNS} == HEADERS


def test_first_row_is_selected_when_the_page_is_first_shown(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    page = _personnel(qtbot, window)
    assert not page.profile.is_empty()
    assert page.selected_person_id() == page.model.person_id(0)


def test_nothing_selected_shows_the_empty_state(page):
    assert page.selected_person_id() is None
    assert page.profile.is_empty()


# -- search and filters ----------------------------------------------------------------------------------


def test_typing_in_the_search_box_narrows_the_list(page, qtbot):
    total = page.model.total_count
    first, last = next(n.split()[:2] for n in page.frame["search_name"] if len(n.split()) >= 2)
    search = page.findChild(QLineEdit, "personnelSearch")
    qtbot.keyClicks(search, first.upper())
    qtbot.waitUntil(lambda: 0 < page.model.visible_count < total, timeout=2000)
    shown = page.model.visible_count
    assert _count_text(page) == f"{shown} dari {total} pegawai"
    names = page.frame.set_index("id").loc[page.model.visible_ids(), "search_name"]
    assert all(first in name for name in names)
    qtbot.keyClicks(search, f" {last}")
    qtbot.waitUntil(lambda: page.model.visible_count < shown or shown == 1, timeout=2000)
    names = page.frame.set_index("id").loc[page.model.visible_ids(), "search_name"]
    assert len(names) >= 1 and all(first in name and last in name for name in names)
    search.clear()
    qtbot.waitUntil(lambda: page.model.visible_count == total, timeout=2000)


def test_searching_a_nip_with_spaces_finds_that_person(page, qtbot, demo_db):
    nip, nama = _sql(demo_db, "SELECT nip, nama FROM person WHERE jenis_pegawai = 'PNS' LIMIT 1")[0]
    written = f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
    search = page.findChild(QLineEdit, "personnelSearch")
    qtbot.keyClicks(search, written)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert page.model.visible_count == 1
    assert page.model.data(page.model.index(0, page.model.column_index("nip"))) == nip
    assert nama in page.model.data(page.model.index(0, page.model.column_index("nama_lengkap")))


def test_unit_filter_shows_the_whole_subtree(page, demo_db):
    combo = page.findChild(QComboBox, "unitFilter")
    index = next(i for i in range(combo.count()) if combo.itemText(i).strip() == "Dinas Kesehatan")
    assert combo.itemText(index + 1).startswith("    ")  # sub-units indented below it
    combo.setCurrentIndex(index)
    unit_id = combo.itemData(index)
    expected = {
        pid
        for (pid,) in _sql(
            demo_db,
            "SELECT p.id FROM person p JOIN unit u ON u.id = p.unit_id WHERE u.path LIKE ?",
            f"%/{unit_id}/%",
        )
    }
    assert 0 < len(expected) < page.model.total_count
    assert set(page.model.visible_ids()) == expected
    assert set(page.model.column_values("unit_induk")) == {"Dinas Kesehatan"}


def test_jenis_pegawai_and_jabatan_filters_combine(page, demo_db):
    pns = page.findChild(QComboBox, "jenisPegawaiFilter")
    pns.setCurrentIndex(pns.findData("PNS"))
    expected = _sql(demo_db, "SELECT count(*) FROM person WHERE jenis_pegawai = 'PNS'")[0][0]
    assert page.model.visible_count == expected
    assert set(page.model.column_values("jenis_pegawai")) == {"PNS"}
    jabatan = page.findChild(QComboBox, "jenisJabatanFilter")
    jabatan.setCurrentIndex(jabatan.findData("struktural"))
    expected = _sql(
        demo_db, "SELECT count(*) FROM person WHERE jenis_pegawai = 'PNS' AND jenis_jabatan = 'struktural'"
    )[0][0]
    assert page.model.visible_count == expected > 0
    page.reset_filters()
    assert page.model.visible_count == page.model.total_count


def test_eselon_and_golongan_filters(page, demo_db):
    eselon = page.findChild(QComboBox, "eselonFilter")
    eselon.setCurrentIndex(eselon.findText("Eselon III"))
    expected = _sql(demo_db, "SELECT count(*) FROM person WHERE eselon IN ('31', '32')")[0][0]
    assert page.model.visible_count == expected > 0
    eselon.setCurrentIndex(eselon.findText("Non-eselon"))
    expected = _sql(demo_db, "SELECT count(*) FROM person WHERE eselon IS NULL")[0][0]
    assert page.model.visible_count == expected
    eselon.setCurrentIndex(0)
    golongan = page.findChild(QComboBox, "golonganFilter")
    golongan.setCurrentIndex(golongan.findText("PNS golongan III"))
    expected = _sql(demo_db, "SELECT count(*) FROM person WHERE golongan IN ('31', '32', '33', '34')")[0][0]
    assert page.model.visible_count == expected > 0
    assert all(label.startswith("III/") for label in page.model.column_values("golongan"))


def test_the_selected_person_stays_selected_while_filtering(page, qtbot):
    _click_row(qtbot, page.table, 3)
    chosen = page.selected_person_id()
    nama = page.frame.set_index("id").loc[chosen, "nama"]
    page.search.setText(nama.split()[0])
    page.apply_filters()
    assert page.selected_person_id() == chosen
    assert page.profile.profile.id == chosen
    page.search.setText("zzzz tidak ada")
    page.apply_filters()
    assert page.model.visible_count == 0
    assert page.profile.is_empty()
    assert "Tidak ada pegawai" in page.profile.empty.text()
    assert not page.export_button.isEnabled()


# -- sorting -------------------------------------------------------------------------------------------


def test_clicking_a_header_sorts_and_clicking_again_reverses(page, qtbot):
    usia = page.model.column_index("usia")
    _click_header(qtbot, page.table, usia)
    ages = np.array(list(page.model.column_values("usia")), dtype=float)
    assert (np.diff(ages[~np.isnan(ages)]) >= 0).all()
    assert page.table.horizontalHeader().sortIndicatorSection() == usia
    _click_header(qtbot, page.table, usia)
    ages = np.array(list(page.model.column_values("usia")), dtype=float)
    assert (np.diff(ages[~np.isnan(ages)]) <= 0).all()
    shown = page.model.data(page.model.index(0, usia))
    assert shown == str(int(np.nanmax(ages)))


def test_name_sort_ignores_gelar_and_case(page, qtbot):
    nama = page.model.column_index("nama_lengkap")
    assert page.table.horizontalHeader().sortIndicatorSection() == nama  # the default order
    keys = list(page.frame.set_index("id").loc[page.model.visible_ids(), "search_name"])
    assert keys == sorted(keys)


def test_sorting_keeps_the_selection(page, qtbot):
    _click_row(qtbot, page.table, 5)
    chosen = page.selected_person_id()
    _click_header(qtbot, page.table, page.model.column_index("golongan"))
    assert page.selected_person_id() == chosen
    row = page.table.selectionModel().selectedRows()[0].row()
    assert page.model.person_id(row) == chosen


# -- profile ---------------------------------------------------------------------------------------------


def test_selecting_a_row_fills_the_profile_panel(page, qtbot):
    _click_row(qtbot, page.table, 2)
    person = page.model.person_id(2)
    row = page.frame.set_index("id").loc[person]
    assert not page.profile.is_empty()
    assert page.profile.name.text() == row["nama_lengkap"]
    nip = row["nip"]
    assert page.profile.nip.text() == f"NIP {format_nip(nip)}"
    assert row["jabatan"] in page.profile.position.text()
    tabs = [page.profile.tabs.tabText(i) for i in range(page.profile.tabs.count())]
    assert tabs[:6] == ["Identitas", "Jabatan", "SKP", "Asesmen", "Diklat", "Penghargaan"]
    assert tabs[6].startswith("Hukdis")


def test_diklat_years_below_twenty_jp_are_highlighted(page, qtbot, demo_db):
    short = _sql(
        demo_db,
        "SELECT person_id FROM riwayat_diklat GROUP BY person_id, strftime('%Y', tanggal_mulai) "
        "HAVING sum(jp) < 20 LIMIT 1",
    )[0][0]
    page.select_row(page.model.row_of(short))
    table = page.profile.findChild(QTableView, "jpTable")
    model = table.model()
    flagged = [
        model.data(model.index(r, 0), Qt.ItemDataRole.BackgroundRole) is not None
        for r in range(model.rowCount())
    ]
    assert flagged == [not y.meets_minimum for y in page.profile.profile.jp_per_year]
    assert any(flagged)
    statuses = [model.data(model.index(r, 2)) for r in range(model.rowCount())]
    assert any(s.startswith("Kurang") for s in statuses)


def test_hukdis_is_hidden_from_a_reader_and_shown_to_an_operator(qtbot, demo_db):
    person = _sql(demo_db, "SELECT person_id FROM riwayat_hukdis LIMIT 1")[0][0]
    for role, visible in (("pembaca", False), ("operator", True)):
        win = build_window(demo_db, actor=Actor("u", role))
        qtbot.addWidget(win)
        page = _personnel(qtbot, win)
        page.select_row(page.model.row_of(person))
        hidden_note = page.profile.findChild(QLabel, "hukdisHidden")
        table = page.profile.findChild(QTableView, "hukdisTable")
        if visible:
            assert table is not None and table.model().rowCount() >= 1 and hidden_note is None
        else:
            assert table is None and hidden_note is not None and "Administrator" in hidden_note.text()


# -- columns ---------------------------------------------------------------------------------------------


def test_column_chooser_choice_is_remembered_in_the_next_window(qtbot, demo_db):
    first = build_window(demo_db)
    qtbot.addWidget(first)
    page = _personnel(qtbot, first)

    def choose() -> None:
        dialog = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, ColumnChooser) and w.isVisible()
        )
        for i in range(dialog.list.count()):
            item = dialog.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in ("usia", "unit_induk"):
                item.setCheckState(Qt.CheckState.Unchecked)
            if item.data(Qt.ItemDataRole.UserRole) == "tanggal_lahir":
                item.setCheckState(Qt.CheckState.Checked)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, choose)
    qtbot.mouseClick(page.columns_button, Qt.MouseButton.LeftButton)
    chosen = page.visible_columns()
    assert "tanggal_lahir" in chosen and "usia" not in chosen and "unit_induk" not in chosen
    assert page.table.isColumnHidden(page.model.column_index("usia"))

    second = build_window(demo_db)
    qtbot.addWidget(second)
    assert _personnel(qtbot, second).visible_columns() == chosen


def test_column_chooser_needs_one_column_and_restores_defaults(qtbot):
    dialog = ColumnChooser(["nip"])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.chosen() == ["nip"] and ok.isEnabled()
    dialog.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert not ok.isEnabled()
    dialog.defaults.click()
    assert dialog.chosen() == list(DEFAULT_VISIBLE_COLUMNS) and ok.isEnabled()


# -- export ----------------------------------------------------------------------------------------------


def test_export_writes_exactly_the_rows_and_columns_shown(page, qtbot, tmp_path, demo_db):
    pppk = page.findChild(QComboBox, "jenisPegawaiFilter")
    pppk.setCurrentIndex(pppk.findData("PPPK"))
    page.apply_columns(["nip", "nama_lengkap", "golongan", "tanggal_lahir"])
    _click_header(qtbot, page.table, page.model.column_index("nip"))
    target = tmp_path / "tampilan.xlsx"
    with qtbot.waitSignal(page.export_finished, timeout=20_000) as blocker:
        page.export_view(target)
    assert blocker.args == [page.model.visible_count]
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert list(rows[0]) == ["nipBaru", "namaLengkap", "golRuangAkhir", "tglLahir"]
    assert [r[0] for r in rows[1:]] == [
        page.frame.set_index("id").loc[i, "nip"] for i in page.model.visible_ids()
    ]
    assert [r[0] for r in rows[1:]] == sorted(r[0] for r in rows[1:])
    event = _sql(demo_db, "SELECT actor, after FROM audit_event WHERE action = 'export.personnel'")
    assert len(event) == 1 and '"rows": ' in event[0][1]
    qtbot.waitUntil(lambda: page.export_button.isEnabled())


def test_export_to_an_unsupported_file_reports_failure(page, qtbot, tmp_path):
    with qtbot.waitSignal(page.export_finished, timeout=10_000) as blocker:
        page.export_view(tmp_path / "tampilan.pdf")
    assert blocker.args == [None]
    assert not (tmp_path / "tampilan.pdf").exists()


# -- the model itself ------------------------------------------------------------------------------------


@pytest.fixture
def model(demo_db, qtbot):
    with demo_db.session() as session:
        frame = personnel_frame(session)
    return PersonnelTableModel(frame)


def test_model_passes_the_qt_model_tester(model, qtmodeltester):
    # The tester stays connected and re-checks the model on every reset and layout change below.
    qtmodeltester.check(model, force_py=True)
    model.set_filters(text="a", jenis_pegawai="PNS")
    model.sort(model.column_index("tanggal_lahir"), Qt.SortOrder.DescendingOrder)
    model.set_filters(text="tidak ada yang bernama begini")
    assert model.rowCount() == 0
    model.set_filters()
    assert model.rowCount() == model.total_count


def test_a_filtered_and_sorted_model_passes_the_qt_model_tester(model, qtmodeltester):
    model.set_filters(text="an", jenis_jabatan="fungsional")
    model.sort(model.column_index("golongan"), Qt.SortOrder.AscendingOrder)
    assert 0 < model.rowCount() < model.total_count
    qtmodeltester.check(model, force_py=True)


def test_model_roles(model):
    model.sort(model.column_index("nama_lengkap"))
    nip = model.index(0, model.column_index("nip"))
    assert len(model.data(nip)) == 18 and model.data(nip).isdigit()
    assert model.data(nip, Qt.ItemDataRole.ToolTipRole).count(" ") >= 3  # the written form
    assert model.data(nip, PersonIdRole) == model.person_id(0)
    born = model.data(model.index(0, model.column_index("tanggal_lahir")))
    day, month, year = born.split("-")
    assert len(day) == 2 and len(month) == 2 and len(year) == 4
    align = model.data(model.index(0, model.column_index("usia")), Qt.ItemDataRole.TextAlignmentRole)
    assert align & Qt.AlignmentFlag.AlignRight
    header = model.headerData(model.column_index("unit"), Qt.Orientation.Horizontal)
    assert header == "Unit kerja"
    assert "unorNama" in model.headerData(
        model.column_index("unit"), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )


def test_model_sort_is_stable_over_the_previous_order(model):
    model.sort(model.column_index("nama_lengkap"))
    model.sort(model.column_index("unit"))
    units = list(model.column_values("unit"))
    names = list(model.column_values("nama_lengkap"))
    frame = model._frame.set_index("id")
    keys = list(frame.loc[model.visible_ids(), "search_name"])
    for unit in set(units):
        within = [k for u, k in zip(units, keys, strict=True) if u == unit]
        assert within == sorted(within)
    assert len(names) == model.total_count


def test_model_filters_on_units_and_keeps_its_sort(model):
    model.sort(model.column_index("usia"), Qt.SortOrder.DescendingOrder)
    some_units = sorted({int(u) for u in model._frame["unit_id"].dropna().unique()})[:3]
    shown = model.set_filters(unit_ids=some_units)
    assert shown == model.visible_count > 0
    assert set(model._frame.set_index("id").loc[model.visible_ids(), "unit_id"]) <= set(some_units)
    ages = np.array(list(model.column_values("usia")), dtype=float)
    assert (np.diff(ages) <= 0).all()


def test_export_columns_have_a_field_name_each():
    assert all(COLUMNS_BY_KEY[key].field for key in DEFAULT_VISIBLE_COLUMNS)
