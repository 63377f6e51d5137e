"""The exchange package (issue 7): a period's data carried between installations, signed, checked, merged
without losing anything; a damaged, foreign or forged file is refused and the database stays as it was."""

from __future__ import annotations

import base64
import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from talenta_desktop.models import (
    AuditEvent,
    Calibration,
    ExchangeSource,
    Instansi,
    Meeting,
    Person,
    Successor,
    TalentPeriod,
)
from talenta_desktop.services.audit import verify_chain
from talenta_desktop.services.exchange.exchange import (
    export_package,
    import_package,
    preview_import,
)
from talenta_desktop.services.exchange.identity import installation
from talenta_desktop.services.exchange.package import MANIFEST, PackageError, read_package, sign_archive
from talenta_desktop.services.export_log import export_log
from talenta_desktop.services.talent.calibration import calibrate
from talenta_desktop.services.talent.talent_map import talent_map

MAP_COLUMNS = [
    "nip",
    "nama_lengkap",
    "unit",
    "jabatan",
    "computed_box",
    "box",
    "calibration_reason",
    "nilai_talenta",
]


@pytest.fixture
def laptop_a(tmp_path):
    return installation(tmp_path / "laptop-a")


@pytest.fixture
def package(demo_db, actor, laptop_a, tmp_path) -> Path:
    with demo_db.transaction() as session:
        export_package(session, actor, "2025", tmp_path / "2025.talenta", signer=laptop_a)
    return tmp_path / "2025.talenta"


def _snapshot(database, *, skip: tuple[str, ...] = ()) -> str:
    """A digest of every row of every table (but ``skip``): equal digests mean nothing changed."""
    digest = hashlib.sha256()
    with database.session() as session:
        tables = session.execute(text("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))
        for (table,) in tables.all():
            if table in skip:
                continue
            for row in session.execute(text(f'SELECT * FROM "{table}" ORDER BY 1')):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def _map(database, label="2025"):
    with database.session() as session:
        frame = talent_map(session, label).frame[MAP_COLUMNS]
    return frame.sort_values("nip").reset_index(drop=True)


def _import(database, actor, path, **kwargs):
    with database.transaction() as session:
        return import_package(session, actor, read_package(path), file=Path(path).name, **kwargs)


def _count(database, model, period: str | None = None) -> int:
    query = select(func.count()).select_from(model)
    if period is not None:
        query = query.join(TalentPeriod, TalentPeriod.id == model.period_id).where(
            TalentPeriod.label == period
        )
    with database.session() as session:
        return session.scalar(query)


def test_a_package_carries_the_period_into_an_empty_database_and_a_second_import_changes_nothing(
    demo_db, db, actor, package, laptop_a
):
    preview = _import(db, actor, package)
    assert preview.total_new > 0 and not preview.conflicts and not preview.known_source
    assert preview.fingerprint == laptop_a.fingerprint
    assert _map(db).equals(_map(demo_db))
    assert _count(db, Person) == _count(demo_db, Person)
    for model in (Calibration, Meeting, Successor):  # the period's rows
        assert _count(db, model) == _count(demo_db, model, "2025") > 0
    with db.session() as session:
        meetings = {m.number: (m.status, m.fingerprint) for m in session.scalars(select(Meeting))}
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "package.import")).one()
        assert event.after["sha256"] == read_package(package).sha256
        assert event.after["new"]["person"] == _count(demo_db, Person)
        assert session.scalar(select(ExchangeSource.name)) == laptop_a.name
        assert verify_chain(session)[1] is None
    with demo_db.session() as session:
        assert meetings == {m.number: (m.status, m.fingerprint) for m in session.scalars(select(Meeting))
                            if m.number in meetings}  # fmt: skip

    before = _snapshot(db)
    again = _import(db, actor, package)
    assert again.nothing_new and again.known_source
    assert _snapshot(db) == before


def test_importing_ones_own_package_back_finds_everything_the_same(demo_db, actor, package):
    bookkeeping = ("exchange_source", "audit_event")
    before, events = _snapshot(demo_db, skip=bookkeeping), _count(demo_db, AuditEvent)
    with demo_db.session() as session:
        preview = preview_import(session, read_package(package))
    assert preview.nothing_new and not preview.conflicts
    _import(demo_db, actor, package)  # pins the source, nothing else
    assert _snapshot(demo_db, skip=bookkeeping) == before
    assert _count(demo_db, ExchangeSource) == 1 and _count(demo_db, AuditEvent) == events + 1


def test_the_export_is_logged_with_its_checksum(demo_db, package):
    with demo_db.session() as session:
        entry = export_log(session)[0]
    assert (entry.kind, entry.file, entry.period) == ("package", "2025.talenta", "2025")
    assert entry.rows == _count(demo_db, Person)
    assert entry.details["sha256"] == read_package(package).sha256


def _rewrite(source: Path, target: Path, change, signer=None) -> Path:
    """Copy a package entry by entry, letting ``change(name, data)`` alter an entry; sign it with
    ``signer``'s key (as a forger would) or leave it unsigned."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for name in old.namelist():
            new.writestr(name, change(name, old.read(name)))
    if signer is not None:
        sign_archive(target, signer)
    return target


def _flip_byte(path: Path, position: int) -> Path:
    data = bytearray(path.read_bytes())
    data[position] ^= 0x01
    target = path.with_name(f"flipped-{position}.talenta")
    target.write_bytes(bytes(data))
    return target


def _refused(database, actor, path, match: str) -> None:
    before = _snapshot(database)
    with pytest.raises(PackageError, match=match):
        _import(database, actor, path)
    assert _snapshot(database) == before


def test_a_flipped_byte_anywhere_is_refused_and_nothing_changes(db, actor, package):
    size = package.stat().st_size
    # ZIP headers, the parts, the manifest near the end, the central directory and the signature itself
    for position in [*range(0, size, size // 40), *range(size - 400, size, 37)]:
        _refused(
            db, actor, _flip_byte(package, position), "rusak|tidak sah|tidak cocok|utuh|dibaca|bukan paket"
        )


def test_a_changed_row_or_manifest_is_refused(db, actor, package, laptop_a, tmp_path):
    def change_row(name, data):
        return data.replace(b'"nama":"', b'"nama":"X', 1) if name == "data/person.jsonl" else data

    _refused(
        db, actor, _rewrite(package, tmp_path / "unsigned.talenta", change_row), "tanda tangannya tidak ada"
    )
    # even someone holding laptop A's key cannot change a row without the manifest's checksum noticing
    changed = _rewrite(package, tmp_path / "row.talenta", change_row, signer=laptop_a)
    _refused(db, actor, changed, "tidak cocok dengan checksum")

    def change_manifest(name, data):
        return data.replace(b'"period": "2025"', b'"period": "2024"') if name == MANIFEST else data

    stranger = installation(tmp_path / "stranger")
    _refused(
        db, actor, _rewrite(package, tmp_path / "period.talenta", change_manifest, stranger), "Tanda tangan"
    )


def test_a_truncated_package_is_refused(db, actor, package, tmp_path):
    for keep in (0.5, 0.99):
        cut = tmp_path / f"cut-{keep}.talenta"
        cut.write_bytes(package.read_bytes()[: int(package.stat().st_size * keep)])
        _refused(db, actor, cut, "utuh|terpotong")


def test_a_package_resigned_with_another_key_is_refused(db, actor, package, laptop_a, tmp_path):
    stranger = installation(tmp_path / "stranger")

    # the stranger re-signs the file but laptop A's key is still in the manifest: the signature fails
    _refused(
        db, actor, _rewrite(package, tmp_path / "signed.talenta", lambda _n, d: d, stranger), "Tanda tangan"
    )

    # the stranger puts its own key in the manifest and signs: valid as a file, but laptop A is pinned
    _import(db, actor, package)
    forged_manifest = json.loads(_manifest_bytes(package))
    forged_manifest["source"]["public_key"] = base64.b64encode(stranger.public_key).decode()
    body = json.dumps(forged_manifest, indent=1, sort_keys=True).encode()
    forged = _rewrite(
        package, tmp_path / "forged.talenta", lambda n, d: body if n == MANIFEST else d, stranger
    )
    _refused(db, actor, forged, "kunci lain")


def _manifest_bytes(package: Path) -> bytes:
    with zipfile.ZipFile(package) as archive:
        return archive.read(MANIFEST)


def test_a_foreign_or_newer_format_is_refused(db, actor, package, laptop_a, tmp_path):
    plain = tmp_path / "pegawai.talenta"
    plain.write_text("nipBaru,nama\n197601202001081001,Andi\n")
    _refused(db, actor, plain, "bukan paket Talenta")
    no_manifest = tmp_path / "zip.talenta"
    with zipfile.ZipFile(no_manifest, "w") as archive:
        archive.writestr("data/person.jsonl", "{}\n")
    _refused(db, actor, no_manifest, "tidak ada manifest")
    newer = json.loads(_manifest_bytes(package))
    newer["format_version"] = 99
    body = json.dumps(newer).encode()
    bumped = _rewrite(
        package, tmp_path / "newer.talenta", lambda n, d: body if n == MANIFEST else d, laptop_a
    )
    _refused(db, actor, bumped, "lebih baru")


def test_a_package_of_another_instansi_is_refused(db, actor, package):
    with db.transaction() as session:
        session.add(Instansi(nama="Pemerintah Kabupaten Lain", jenis="kabupaten"))
    _refused(db, actor, package, "instansi lain")


def test_merging_keeps_both_sides_calibrations_and_lists_conflicting_edits_for_the_user(
    demo_db, db, actor, package, laptop_a, tmp_path
):
    _import(db, actor, package)  # the OPD laptop (db) starts from laptop A's package
    with demo_db.session() as session:
        frame = talent_map(session, "2025").placed
        free = frame[frame["calibration_id"].isna()]
        here_person, there_person = int(free.iloc[0]["person_id"]), int(free.iloc[1]["person_id"])
        nips = dict(session.execute(select(Person.id, Person.nip)).all())
        edited = session.scalars(select(Person).order_by(Person.id).limit(1)).one().nip

    def other_box(box):
        return 9 if int(box) != 9 else 1

    # laptop A: a calibration and an edit of one person's post
    with demo_db.transaction() as session:
        box = frame.set_index("person_id").loc[there_person, "box"]
        calibrate(session, actor, "2025", there_person, other_box(box), "Diputuskan di BKPSDM")
        session.scalars(
            select(Person).where(Person.nip == edited)
        ).one().jabatan_nama = "Analis Kebijakan Ahli Muda"
        export_package(session, actor, "2025", tmp_path / "second.talenta", signer=laptop_a)
    # the OPD laptop: its own calibration of someone else and another edit of the same person
    with db.transaction() as session:
        pid = session.scalar(select(Person.id).where(Person.nip == nips[here_person]))
        box = talent_map(session, "2025").frame.set_index("person_id").loc[pid, "box"]
        calibrate(session, actor, "2025", pid, other_box(box), "Diputuskan di OPD")
        session.scalars(select(Person).where(Person.nip == edited)).one().jabatan_nama = "Perencana Ahli Muda"
    calibrations_before = _count(db, Calibration)

    with db.session() as session:
        preview = preview_import(session, read_package(tmp_path / "second.talenta"))
    assert preview.counts["calibration"].new == 1
    (conflict,) = preview.conflicts
    assert conflict.part == "person" and edited in conflict.title and not conflict.locked
    assert ("jabatan_nama", "Perencana Ahli Muda", "Analis Kebijakan Ahli Muda") in conflict.fields

    kept = _import(db, actor, tmp_path / "second.talenta")  # the user keeps this laptop's value
    assert _count(db, Calibration) == calibrations_before + 1
    with db.session() as session:
        reasons = set(session.scalars(select(Calibration.reason)))
        assert {"Diputuskan di BKPSDM", "Diputuskan di OPD"} <= reasons
        assert (
            session.scalars(select(Person.jabatan_nama).where(Person.nip == edited)).one()
            == "Perencana Ahli Muda"
        )
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "package.import")
                                .order_by(AuditEvent.id.desc())).first()  # fmt: skip
        assert event.after["kept"] == [conflict.id]
    assert kept.conflicts[0].id == conflict.id

    taken = _import(db, actor, tmp_path / "second.talenta", take=[conflict.id])  # now the package's value
    assert taken.counts["person"].taken == 1 and taken.counts["calibration"].new == 0
    with db.session() as session:
        assert session.scalars(select(Person.jabatan_nama).where(Person.nip == edited)).one() == (
            "Analis Kebijakan Ahli Muda"
        )


def test_a_meeting_finalised_elsewhere_replaces_the_open_copy_here(demo_db, db, actor, laptop_a, tmp_path):
    from talenta_desktop.services.committee import activate_meeting, finalize_meeting, set_attendance

    with demo_db.transaction() as session:
        export_package(session, actor, "2025", tmp_path / "before.talenta", signer=laptop_a)
        open_meeting = session.scalars(select(Meeting).where(Meeting.status != "final")).first()
        number = open_meeting.number
    _import(db, actor, tmp_path / "before.talenta")
    with demo_db.transaction() as session:
        meeting = session.scalars(select(Meeting).where(Meeting.number == number)).one()
        from talenta_desktop.services.committee import attendance

        for row in attendance(session, meeting.id):
            set_attendance(session, actor, meeting.id, row.member.id, "hadir")
        if meeting.status == "draft":
            activate_meeting(session, actor, meeting.id)
        fingerprint = finalize_meeting(session, actor, meeting.id)
        export_package(session, actor, "2025", tmp_path / "after.talenta", signer=laptop_a)
    preview = _import(db, actor, tmp_path / "after.talenta")
    assert preview.counts["meeting"].changed == 1 and not preview.conflicts
    with db.session() as session:
        here = session.scalars(select(Meeting).where(Meeting.number == number)).one()
        assert (here.status, here.fingerprint) == ("final", fingerprint)


def test_leaving_out_sensitive_data_drops_the_disciplinary_records(demo_db, actor, laptop_a, tmp_path):
    with demo_db.transaction() as session:
        export_package(
            session, actor, "2025", tmp_path / "plain.talenta", signer=laptop_a, include_sensitive=False
        )
    package = read_package(tmp_path / "plain.talenta")
    assert "riwayat_hukdis" not in package.manifest["counts"] and package.manifest["sensitive"] is False
    assert not package.rows("riwayat_hukdis") and package.rows("person")
    with demo_db.session() as session:
        assert export_log(session)[0].sensitive is False
