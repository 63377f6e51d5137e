"""The Laporan page's trust options as staff meet them: "Samarkan identitas" on the reports that list
people (initials and masked NIPs, logged as redacted), the roles (a Pembaca told why nothing can be made, a
committee member without sensitive data or package import, a refusal from a service shown as a message),
and the projector and the paper masking people the same way."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from talenta_desktop.models import Person
from talenta_desktop.services.actor import Actor
from talenta_desktop.services.reports.catalog import REPORTS
from talenta_desktop.services.reports.talent_map_report import redact_talent_map, talent_map_report_data
from talenta_desktop.services.talent.talent_map import talent_map
from talenta_desktop.ui.ninebox_view import NineBoxView, PersonChip
from talenta_desktop.ui.permissions import lock_reason
from tests.gui.test_reports_page import PERIOD, _done, _messages, _window
from tests.services.test_berita_acara_pdf import PdfReadBack


@pytest.fixture
def page(qtbot, demo_db):
    _, page = _window(qtbot, demo_db)
    page.tabs.setCurrentIndex(1)
    return page


def _pdf_text(path) -> str:
    return PdfReadBack(path.read_bytes()).text


# -- Samarkan identitas ----------------------------------------------------------------------------------


def test_the_option_is_offered_on_the_reports_that_list_people(page):
    assert page.pdf.redact_check.text() == "Samarkan identitas (inisial dan NIP tersamar)"
    for kind in REPORTS:
        page.pdf.choose_kind(kind)
        assert page.pdf.redact_check.isVisibleTo(page.pdf) is REPORTS[kind].redactable, kind
    assert {k for k in REPORTS if REPORTS[k].redactable} == {"talent-map", "executive", "succession"}
    page.pdf.choose_kind("profile")
    page.pdf.redact_check.setChecked(True)  # ticked for another report: a profile still names its person
    assert page.pdf.redacts() is False
    page.pdf.nip_edit.setText("196912302001071002")
    assert page.pdf.request().redact is False


def test_redaction_and_disciplinary_details_exclude_each_other(page):
    pdf = page.pdf
    pdf.choose_kind("talent-map")
    pdf.hukdis_check.setChecked(True)
    assert pdf.request().include_sensitive
    pdf.redact_check.setChecked(True)
    assert not pdf.hukdis_check.isChecked() and not pdf.hukdis_check.isEnabled()
    assert "tersamar" in pdf.hukdis_check.toolTip()
    request = pdf.request()
    assert request.redact and not request.include_sensitive
    pdf.redact_check.setChecked(False)
    assert pdf.hukdis_check.isEnabled()


def test_a_redacted_talent_map_from_the_page(qtbot, page, demo_db, tmp_path):
    page.pdf.choose_kind("talent-map")
    qtbot.mouseClick(page.pdf.redact_check, Qt.MouseButton.LeftButton)
    assert page.pdf.redact_check.isChecked()
    assert page.pdf.suggested_name() == f"peta-talenta-{PERIOD}-tersamar.pdf"
    target = tmp_path / page.pdf.suggested_name()

    page.make_pdf(target)
    _done(qtbot, page)

    flat = re.sub(r"\s+", "", _pdf_text(target))
    with demo_db.session() as session:
        people = session.execute(select(Person.nip, Person.nama)).all()
    assert not [n for _, n in people if re.sub(r"\s+", "", n) in flat]
    assert not [nip for nip, _ in people if nip in flat]
    entry = page.log_model.rows[0]
    assert entry.details.get("redacted") is True and entry.sensitive is False
    assert "identitas disamarkan" in page.result.text.text()
    shown = page.recent_pdf.proxy.index(0, 2).data()
    assert shown == "Laporan peta talenta (tersamar)"
    assert page.log_model.index(0, page.log_model.SENSITIVE).data() == "tidak (tersamar)"


# -- roles -----------------------------------------------------------------------------------------------


def test_a_reader_is_told_why_nothing_can_be_made(qtbot, demo_db, tmp_path):
    _, page = _window(qtbot, demo_db, Actor("budi", "pembaca"))
    assert page.role_note.isVisible()
    assert "Pembaca" in page.role_note.text() and "Log ekspor tetap dapat dibaca" in page.role_note.text()
    for button in (
        page.bkn.run_button,
        page.pdf.run_button,
        page.package.export_button,
        page.package.import_button,
    ):
        assert not button.isEnabled()
        assert lock_reason(button) and "Pembaca" in button.toolTip()
    page.tabs.setCurrentIndex(1)
    page.pdf.choose_kind("executive")  # the form's own logic does not turn the button back on
    page.pdf.set_busy(False)
    assert not page.pdf.run_button.isEnabled()
    # Asked anyway (a script, a shortcut nobody guarded): the service refuses, the page says so.
    target = tmp_path / "ringkasan.pdf"
    page.make_pdf(target)
    _done(qtbot, page)
    boxes = _messages(page)
    assert len(boxes) == 1 and "tidak berwenang" in boxes[0].text() and "Pembaca" in boxes[0].text()
    assert boxes[0].windowTitle() == "Laporan tidak dapat dibuat"
    assert not target.exists() and page.log_model.rowCount() == 0


def test_a_committee_member_reports_without_sensitive_data_and_imports_nothing(qtbot, demo_db, tmp_path):
    _, page = _window(qtbot, demo_db, Actor("anggota", "komite"))
    note = page.role_note.text()
    assert page.role_note.isVisible() and "Anggota Komite" in note and "tanpa data sensitif" in note
    assert "Mengimpor paket" in note
    assert page.pdf.run_button.isEnabled() and page.bkn.run_button.isEnabled()
    assert page.package.export_button.isEnabled()
    assert (
        not page.package.import_button.isEnabled()
        and "Anggota Komite" in page.package.import_button.toolTip()
    )
    page.tabs.setCurrentIndex(1)
    page.pdf.choose_kind("succession")
    page.pdf.redact_check.setChecked(True)
    target = tmp_path / "suksesi.pdf"
    page.make_pdf(target)
    _done(qtbot, page)
    assert target.read_bytes().startswith(b"%PDF") and _messages(page) == []
    assert page.log_model.rows[0].actor == "anggota" and page.log_model.rows[0].details["redacted"] is True


def test_an_administrator_sees_no_role_note(page):
    assert not page.role_note.isVisible()
    assert page.package.import_button.isEnabled() and lock_reason(page.pdf.run_button) is None


# -- the wall and the paper agree -------------------------------------------------------------------------


def test_the_projector_and_the_redacted_report_mask_people_alike(qtbot, demo_db):
    with demo_db.session() as session:
        frame = talent_map(session, PERIOD).frame
        report = talent_map_report_data(session, PERIOD)
    on_paper = {
        before.nip: (after.nama, after.nip)
        for before, after in zip(report.people, redact_talent_map(report).people, strict=True)
    }
    view = NineBoxView()
    qtbot.addWidget(view)
    view.resize(1600, 1000)
    view.set_presentation(True)
    view.set_names_hidden(True)
    view.set_people(frame[frame["box"].notna()].head(40))  # few enough for two-line chips
    view.show()
    qtbot.waitExposed(view)
    chips = [item for item in view.scene().items() if isinstance(item, PersonChip) and len(item.texts()) > 1]
    assert chips
    for chip in chips:
        assert tuple(chip.texts()[:2]) == on_paper[chip.person.nip]
