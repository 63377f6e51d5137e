"""The berita acara template dialog: live checking with the service's own messages, and saving."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from talenta_desktop.services.berita_acara_template import BeritaAcaraTemplate, get_template
from talenta_desktop.services.workspace import Workspace
from talenta_desktop.ui.committee.template_dialog import BeritaAcaraTemplateDialog


@pytest.fixture
def dialog(qtbot, demo_db, actor):
    dialog = BeritaAcaraTemplateDialog(Workspace(demo_db, actor))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_an_unknown_marker_disables_save_and_says_which(qtbot, dialog):
    assert dialog.save_button.isEnabled() and not dialog.messages.isVisible()
    assert dialog.preview.text().startswith(
        "Contoh: Pada hari ini, Senin, 17 November 2025, pukul 09.00–12.00 WIB"
    )
    dialog.opening.setPlainText("Pada {hari_tanggal} di {ruang}.")
    assert not dialog.save_button.isEnabled()
    assert dialog.messages.isVisible() and "penanda {ruang} tidak dikenal" in dialog.messages.text()
    assert dialog.preview.text() == "—"
    dialog.opening.setPlainText("Pada {hari_tanggal} di {tempat}.")
    assert dialog.save_button.isEnabled()
    assert dialog.preview.text() == "Contoh: Pada Senin, 17 November 2025 di Ruang Rapat Sekretariat Daerah."


def test_mengetahui_needs_name_and_jabatan_together(qtbot, dialog):
    dialog.mengetahui_nama.setText("H. Darmawan Saleh, S.E.")
    assert not dialog.save_button.isEnabled()
    assert "Mengetahui: isi jabatan dan nama" in dialog.messages.text()
    dialog.mengetahui_jabatan.setText("Bupati Sukamaju Timur")
    assert dialog.save_button.isEnabled()


def test_save_stores_the_template_and_reset_restores_the_default(qtbot, dialog, demo_db, actor):
    dialog.kop_alamat.setText("Jalan Merdeka Nomor 1, Martapura Baru")
    dialog.signers.setCurrentIndex(dialog.signers.findData("pimpinan"))
    assert dialog.signers.currentText() == "Ketua dan sekretaris saja"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == BeritaAcaraTemplateDialog.DialogCode.Accepted
    with demo_db.session() as session:
        stored = get_template(session)
    assert (stored.kop_alamat, stored.signers) == ("Jalan Merdeka Nomor 1, Martapura Baru", "pimpinan")

    again = BeritaAcaraTemplateDialog(Workspace(demo_db, actor))
    qtbot.addWidget(again)
    assert again.template() == stored
    qtbot.mouseClick(again.reset_button, Qt.MouseButton.LeftButton)
    assert again.template() == BeritaAcaraTemplate()
