"""Issue 7, done when: a package exported from one database and imported into an empty one gives the same
BKN workbook data rows as the original; importing the same package twice changes nothing."""

from __future__ import annotations

from talenta_desktop.services.bkn_workbook import read_bkn_workbook, write_bkn_workbook
from talenta_desktop.services.exchange.exchange import export_package, import_package
from talenta_desktop.services.exchange.identity import installation
from talenta_desktop.services.exchange.package import read_package
from tests.services.test_exchange_package import _snapshot


def test_the_bkn_workbook_of_an_imported_package_has_the_same_data_rows(demo_db, db, actor, tmp_path):
    laptop = installation(tmp_path / "laptop")
    with demo_db.transaction() as session:
        export_package(session, actor, "2025", tmp_path / "2025.talenta", signer=laptop)
        original = write_bkn_workbook(session, actor, "2025", tmp_path / "asal.xlsx")
    with db.transaction() as session:
        import_package(session, actor, read_package(tmp_path / "2025.talenta"))
    before = _snapshot(db)
    with db.transaction() as session:
        again = import_package(session, actor, read_package(tmp_path / "2025.talenta"))
    assert again.nothing_new and _snapshot(db) == before
    with db.transaction() as session:
        copy = write_bkn_workbook(session, actor, "2025", tmp_path / "salinan.xlsx")

    theirs, ours = read_bkn_workbook(original.path), read_bkn_workbook(copy.path)
    assert ours.header == theirs.header
    assert len(ours.rows) == len(theirs.rows) == original.rows > 0
    assert ours.rows == theirs.rows
    assert copy.sha256 == original.sha256  # the checksum of the data rows, as the Metadata sheet states
