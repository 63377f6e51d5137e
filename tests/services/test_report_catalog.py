"""The report catalog's trust rules: redacted ("tersamar") reports that print no name and no NIP, logged as
such, and the roles checked before any work — for reports, the BKN workbook and the exchange package."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select

from talenta_desktop.domain.masking import initials, mask_nip, masked_identity
from talenta_desktop.domain.nip import format_nip
from talenta_desktop.models import Person
from talenta_desktop.models.db import backup_sqlite, open_database
from talenta_desktop.services.actor import Actor
from talenta_desktop.services.bkn_workbook import write_bkn_workbook
from talenta_desktop.services.exchange.exchange import export_package, import_package
from talenta_desktop.services.exchange.identity import installation
from talenta_desktop.services.export_log import export_log
from talenta_desktop.services.permissions import PermissionDenied
from talenta_desktop.services.reports.catalog import REPORTS, ReportRequest, produce_report
from talenta_desktop.services.reports.errors import ReportError
from talenta_desktop.services.reports.talent_map_report import redact_talent_map, talent_map_report_data
from talenta_desktop.services.talent.talent_map import talent_map
from tests.services.test_berita_acara_pdf import PdfReadBack

PERIOD = "2025"
ADMIN = Actor("admin", "administrator")
OPERATOR = Actor("operator", "operator")
KOMITE = Actor("anggota", "komite")
PEMBACA = Actor("budi", "pembaca")
REDACTABLE = ("talent-map", "executive", "succession")


def pdf_text(path: Path) -> str:
    """The text a reader can copy out of the PDF (the report tests' own reader of the file's bytes)."""
    return PdfReadBack(path.read_bytes()).text


def squashed(value: str) -> str:
    return re.sub(r"\s+", "", value)


@pytest.fixture(scope="module")
def demo(_demo_template, tmp_path_factory):
    """One copy of the demo agency for the module's reads; tests that log make their own copy."""
    target = backup_sqlite(_demo_template, tmp_path_factory.mktemp("catalog") / "demo.sqlite")
    database = open_database(target)
    yield database
    database.dispose()


@pytest.fixture(scope="module")
def people(demo) -> list[tuple[str, str, str]]:
    """(nip, nama without gelar, full name with gelar) of everyone in the demo agency."""
    from talenta_desktop.domain.people import full_name

    with demo.session() as session:
        rows = session.execute(select(Person.nip, Person.gelar_depan, Person.nama, Person.gelar_belakang))
        return [(nip, nama, full_name(depan, nama, belakang)) for nip, depan, nama, belakang in rows]


@pytest.fixture(scope="module")
def printed(demo, tmp_path_factory) -> dict[tuple[str, bool], str]:
    """The text of each redactable report, redacted and not, made through the catalog as an operator."""
    out = tmp_path_factory.mktemp("printed")
    texts = {}
    for kind in REDACTABLE:
        for redact in (False, True):
            target = out / f"{kind}-{redact}.pdf"
            with demo.transaction() as session:
                produce_report(session, OPERATOR, ReportRequest(kind, period=PERIOD, redact=redact), target)
            texts[kind, redact] = pdf_text(target)
    return texts


# -- redaction ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", REDACTABLE)
def test_a_redacted_report_prints_no_name_and_no_nip(printed, people, kind):
    plain, redacted = printed[kind, False], printed[kind, True]
    flat_plain, flat_redacted = squashed(plain), squashed(redacted)
    # The plain report does name people (so the check below means something) ...
    assert sum(squashed(nama) in flat_plain for _, nama, _ in people) >= 5
    assert sum(nip in flat_plain for nip, _, _ in people) >= 5
    # ... the redacted one names nobody, in any spelling: no name, no NIP, written or spaced.
    leaked_names = [nama for _, nama, _ in people if squashed(nama) in flat_redacted]
    leaked_nips = [nip for nip, _, _ in people if nip in flat_redacted or format_nip(nip) in redacted]
    assert leaked_names == [] and leaked_nips == []
    assert "Identitas pegawai disamarkan" in redacted
    assert "tersamar" in redacted  # the running footer, on every page


def test_the_redacted_talent_map_prints_initials_and_masked_nips(demo, printed):
    with demo.session() as session:
        report = talent_map_report_data(session, PERIOD)
    text = squashed(printed["talent-map", True])
    top = report.in_box(9)[0]
    masked_name, masked_nip = masked_identity(top.nama, top.nip)
    assert masked_nip + masked_name in text  # the NIP cell, then the initials, as the list prints them
    assert "Inisial" in text and "NamadanNIP" not in text
    posts = {p.jabatan for p in report.people if p.jabatan and len(p.jabatan) > 25}
    assert posts and not any(squashed(post) in text for post in posts)  # a post held by one names them
    reasons = [p.calibration_reason for p in report.calibrated if p.calibration_reason]
    assert reasons and not any(squashed(reason) in text for reason in reasons)  # free text: not printed


def test_redaction_is_the_projector_rule_applied_to_the_data(demo):
    """Every person of the report, masked by domain.masking — the module the projector draws with."""
    with demo.session() as session:
        report = talent_map_report_data(session, PERIOD, include_sensitive=True)
        frame = talent_map(session, PERIOD).frame
    redacted = redact_talent_map(report)
    assert redacted.redacted and not redacted.include_sensitive
    assert len(redacted.people) == len(report.people) and len(redacted.holding) == len(report.holding)
    names = dict(zip(frame["nip"], frame["nama_lengkap"], strict=True))
    for before, after in zip(report.people + report.holding, redacted.people + redacted.holding, strict=True):
        assert (after.nama, after.nip) == (initials(names[before.nip]), mask_nip(before.nip))
        assert after.jabatan is None and after.calibration_reason is None
        assert (after.box, after.computed_box, after.unit) == (before.box, before.computed_box, before.unit)
        if after.holding_reason:
            assert "TMT" not in after.holding_reason  # no disciplinary details, whatever was read


def test_the_export_log_says_redacted_and_not_sensitive(demo_db, tmp_path):
    with demo_db.transaction() as session:
        produce_report(
            session, KOMITE, ReportRequest("talent-map", period=PERIOD, redact=True), tmp_path / "r.pdf"
        )
    with demo_db.transaction() as session:
        produce_report(
            session,
            OPERATOR,
            ReportRequest("talent-map", period=PERIOD, include_sensitive=True),
            tmp_path / "s.pdf",
        )
    with demo_db.session() as session:
        sensitive, redacted = export_log(session)[:2]
    assert (redacted.file, redacted.details.get("redacted"), redacted.sensitive) == ("r.pdf", True, False)
    assert (sensitive.file, "redacted" in sensitive.details, sensitive.sensitive) == ("s.pdf", False, True)
    assert redacted.actor == "anggota"


@pytest.mark.parametrize("kind", ["profile", "idp", "berita-acara"])
def test_reports_about_one_person_or_a_signed_record_are_never_redacted(demo_db, tmp_path, kind):
    assert not REPORTS[kind].redactable
    request = ReportRequest(kind, period=PERIOD, nip="196912302001071002", meeting=1, redact=True)
    with demo_db.transaction() as session, pytest.raises(ReportError, match="tidak dapat disamarkan"):
        produce_report(session, ADMIN, request, tmp_path / "x.pdf")
    assert list(tmp_path.glob("*.pdf*")) == []


def test_redacted_and_sensitive_at_once_is_refused(demo_db, tmp_path):
    request = ReportRequest("talent-map", period=PERIOD, redact=True, include_sensitive=True)
    with demo_db.transaction() as session, pytest.raises(ReportError, match="pilih salah satu"):
        produce_report(session, ADMIN, request, tmp_path / "x.pdf")
    assert list(tmp_path.glob("*.pdf*")) == []


# -- roles -----------------------------------------------------------------------------------------------


def _log_size(db) -> int:
    with db.session() as session:
        return len(export_log(session))


def test_a_reader_may_not_make_any_report_and_is_refused_before_any_work(demo_db, tmp_path):
    before = _log_size(demo_db)
    for kind in REPORTS:
        for redact in (False, True):
            # a period that does not exist: the refusal comes first, so the role is what the reader hears
            request = ReportRequest(kind, period="1999", nip="1", meeting=999, redact=redact)
            with demo_db.transaction() as session, pytest.raises(PermissionDenied, match="Pembaca"):
                produce_report(session, PEMBACA, request, tmp_path / "x.pdf")
    assert list(tmp_path.glob("*.pdf*")) == [] and _log_size(demo_db) == before


@pytest.mark.parametrize(
    ("actor", "allowed"), [(ADMIN, True), (OPERATOR, True), (KOMITE, False), (PEMBACA, False)]
)
def test_disciplinary_details_only_for_roles_that_may_see_them(demo_db, tmp_path, actor, allowed):
    request = ReportRequest("talent-map", period=PERIOD, include_sensitive=True)
    target = tmp_path / "peta.pdf"
    with demo_db.transaction() as session:
        if allowed:
            assert produce_report(session, actor, request, target).rows
        else:
            with pytest.raises(PermissionDenied, match=actor.username):
                produce_report(session, actor, request, target)
    assert target.exists() is allowed


def test_a_committee_member_may_make_plain_and_redacted_reports(demo_db, tmp_path):
    for redact in (False, True):
        with demo_db.transaction() as session:
            made = produce_report(
                session,
                KOMITE,
                ReportRequest("executive", period=PERIOD, redact=redact),
                tmp_path / f"{redact}.pdf",
            )
        assert made.path.read_bytes().startswith(b"%PDF")


def test_bkn_workbook_roles(demo_db, tmp_path):
    missing = (
        tmp_path / "tidak-ada" / "bkn.xlsx"
    )  # the folder check would say ExportError: the role comes first
    with demo_db.transaction() as session, pytest.raises(PermissionDenied, match="Pembaca"):
        write_bkn_workbook(session, PEMBACA, PERIOD, missing, include_sensitive=False)
    with demo_db.transaction() as session, pytest.raises(PermissionDenied, match="hukuman disiplin"):
        write_bkn_workbook(session, KOMITE, PERIOD, missing)  # the sensitive columns are the default
    with demo_db.transaction() as session:
        export = write_bkn_workbook(session, KOMITE, PERIOD, tmp_path / "bkn.xlsx", include_sensitive=False)
    assert export.rows and (tmp_path / "bkn.xlsx").is_file()


def test_exchange_package_roles(demo_db, tmp_path):
    signer = installation(tmp_path / "kunci")
    target = tmp_path / "2025.talenta"
    with demo_db.transaction() as session, pytest.raises(PermissionDenied, match="Pembaca"):
        export_package(session, PEMBACA, PERIOD, target, include_sensitive=False, signer=signer)
    with demo_db.transaction() as session, pytest.raises(PermissionDenied, match="hukuman disiplin"):
        export_package(session, KOMITE, PERIOD, target, signer=signer)
    assert not target.exists()
    with demo_db.transaction() as session:
        export_package(session, KOMITE, PERIOD, target, include_sensitive=False, signer=signer)
    assert target.is_file()
    for actor in (KOMITE, PEMBACA):  # refused before the package is even looked at
        with demo_db.transaction() as session, pytest.raises(PermissionDenied, match="paket pertukaran"):
            import_package(session, actor, None)
