"""What the services say reaches the screen in the interface language: an import's rejected rows, a
committee's refusal, the quorum and the meeting's day, in English when the interface is English and, in
Indonesian, exactly as before (the services' own text)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication

from talenta_desktop.app import build_window, create_application
from talenta_desktop.domain.nip import parse_nip
from talenta_desktop.domain.skp import parse_predikat
from talenta_desktop.services import committee as service
from talenta_desktop.services.workspace import Workspace
from talenta_desktop.ui.committee.dialogs import MemberDialog
from talenta_desktop.ui.language import apply_language
from talenta_desktop.ui.messages import user_text
from talenta_desktop.ui.pages.committee import CommitteePage
from talenta_desktop.ui.workers import running_tasks

from .test_import_wizard import messy_personnel, open_wizard, to_mapping, to_preview

WAIT_MS = 20_000
ENGLISH_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@pytest.fixture(params=["id", "en"])
def language(request):
    """The interface in one language for the test, Indonesian again afterwards."""
    app = create_application()
    apply_language(app, request.param)
    yield request.param
    QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    apply_language(app, "id")


# -- the function every screen goes through -----------------------------------------------------------


def test_user_text_translates_errors_and_leaves_other_text_alone(language):
    with pytest.raises(ValueError) as refused:
        parse_nip("1985031520100")
    error = refused.value
    assert str(error) == "NIP '1985031520100' berisi 13 digit; NIP harus tepat 18 digit."  # always
    expected = {
        "id": "NIP '1985031520100' berisi 13 digit; NIP harus tepat 18 digit.",
        "en": "NIP '1985031520100' has 13 digits; a NIP must have exactly 18.",
    }
    assert user_text(error) == expected[language]
    with pytest.raises(ValueError) as refused:
        parse_predikat("Luar Biasa")
    assert ("Sangat Baik" in user_text(refused.value)) and (
        ("tidak dikenali" in user_text(refused.value)) == (language == "id")
    )
    assert user_text(OSError("disk penuh")) == "disk penuh"  # not a service's message: as it is


# -- importing ------------------------------------------------------------------------------------------


def test_rejected_rows_of_an_import_are_explained_in_the_interface_language(qtbot, db, tmp_path, language):
    window = build_window(db)
    qtbot.addWidget(window)
    wizard = open_wizard(window, messy_personnel(tmp_path / "rekap.xlsx"))
    to_mapping(qtbot, wizard)
    to_preview(qtbot, wizard)
    table = wizard.preview_page.proxy
    messages = {table.index(r, 0).data(): table.index(r, 3).data() for r in range(table.rowCount())}
    if language == "en":
        assert messages["7"] == "NIP '1985031520100' has 13 digits; a NIP must have exactly 18."
        assert messages["10"].startswith("PNS grade 'V/z' not recognised. Accepted forms: 'III/c', '3c'")
        assert "agency" in messages["–"]  # the file-wide warning: the database has no instansi yet
        assert table.headerData(3, Qt.Orientation.Horizontal) == "Message"
    else:
        assert messages["7"] == "NIP '1985031520100' berisi 13 digit; NIP harus tepat 18 digit."
        assert messages["10"].startswith("Golongan PNS 'V/z' tidak dikenali. Bentuk yang diterima: 'III/c'")
        assert "instansi" in messages["–"]
    # whatever the language, the report itself (the CLI's and the exported workbook's text) is Indonesian
    report = wizard.preview_page.report
    assert {p.row: p.message for p in report.errors}[7].endswith("NIP harus tepat 18 digit.")
    wizard.reject()


def test_a_missing_required_column_is_named_in_the_interface_language(qtbot, db, tmp_path, language):
    from openpyxl import Workbook

    path = tmp_path / "tanpa-nama.xlsx"
    book = Workbook()
    book.active.append(["NIP"])
    book.active.append(["198503152010011001"])
    book.save(path)
    window = build_window(db)
    qtbot.addWidget(window)
    wizard = open_wizard(window, path)
    to_mapping(qtbot, wizard)
    labels = wizard.mapping_page.editor.missing_labels()
    assert labels == (["Name"] if language == "en" else ["Nama"])
    wizard.reject()


# -- the committee --------------------------------------------------------------------------------------


@pytest.fixture
def committee_page(qtbot, actor, demo_db, language):
    page = CommitteePage(Workspace(demo_db, actor))
    qtbot.addWidget(page)
    page.resize(1160, 700)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT_MS)
    yield page
    qtbot.waitUntil(lambda: not running_tasks(), timeout=WAIT_MS)


def test_a_committee_refusal_is_said_in_the_interface_language(qtbot, committee_page, language):
    page = committee_page  # the demo committee already has a ketua
    qtbot.mouseClick(page.members_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.findChild(MemberDialog) is not None, timeout=5000)
    dialog = page.findChild(MemberDialog)
    dialog.external.setChecked(True)
    dialog.external_name.setText("Drs. Yusuf")
    dialog.role.setCurrentIndex(dialog.role.findData("ketua"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.messages.isVisible()
    expected = {"id": "Komite ini sudah mempunyai ketua.", "en": "This committee already has a chair."}
    assert dialog.messages.text() == expected[language]
    dialog.reject()


def test_the_quorum_and_the_meeting_day_are_said_in_the_interface_language(
    qtbot, committee_page, demo_db, actor, language
):
    page = committee_page
    draft = next(m for m in page.meetings if m.status == "draft")
    page.select_meeting(draft.id)
    q = page.quorum
    if language == "en":
        verdict = "quorum met" if q.met else "quorum not yet met"
        expected = f"{q.present} of {q.members} members present ({verdict}: at least {q.required})."
        day = ENGLISH_DAYS[draft.held_on.weekday()]
    else:
        expected = q.describe()  # the service's own Indonesian text, as before
        day = service.DAYS[draft.held_on.weekday()]
    assert page.quorum_label.text() == expected
    assert page.meeting_facts.text().startswith(f"{day}, ")

    # a refusal that quotes the quorum: the quorum inside it is translated too
    ws = Workspace(demo_db, actor)
    for row in ws.read(service.attendance, draft.id):
        ws.write(service.set_attendance, draft.id, row.member.id, "tidak_hadir")
    page.select_meeting(draft.id)
    with pytest.raises(service.CommitteeError) as refused:
        ws.write(service.finalize_meeting, draft.id)
    shown = user_text(refused.value)
    if language == "en":
        assert shown.startswith("The meeting cannot be finalised: 0 of ")
        assert shown.endswith(f"members present (quorum not yet met: at least {q.required}).")
    else:
        assert shown == str(refused.value)
        assert shown.startswith("Rapat tidak dapat difinalkan: Dihadiri 0 dari ")


def test_day_names_follow_the_interface_language(language):
    from talenta_desktop.ui.formatting import weekday_text

    monday = date(2025, 8, 18)
    assert weekday_text(monday) == ("Monday" if language == "en" else "Senin")
    assert [weekday_text(date(2025, 8, 18 + i)) for i in range(7)] == (
        list(ENGLISH_DAYS) if language == "en" else list(service.DAYS)
    )
