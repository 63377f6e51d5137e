"""Personal data (UU 27/2022): the register lists every category the app stores, with live counts and the
roles the permission matrix gives; the retention rules validate, are audited and are an administrator's;
the preview says exactly what applying would do, and applying does that, all of it or none of it."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import ForeignKey, func, select, text, update

from talenta_desktop.models import (
    AuditEvent,
    Base,
    Committee,
    CriticalPost,
    Decision,
    DevelopmentActivity,
    DevelopmentPlan,
    HukdisHistory,
    JabatanHistory,
    MappingRun,
    Meeting,
    Person,
    Placement,
    ScoringScheme,
    Skp,
    Successor,
    TalentPeriod,
)
from talenta_desktop.services import permissions, privacy
from talenta_desktop.services.actor import Actor
from talenta_desktop.services.app_settings import get_setting
from talenta_desktop.services.audit import verify_chain
from talenta_desktop.services.export_log import export_log
from talenta_desktop.services.importing.engine import run_import
from talenta_desktop.services.importing.fields import FIELDS, alias_index, header_key
from talenta_desktop.services.permissions import PermissionDenied
from talenta_desktop.services.privacy import (
    CATEGORY_KEYS,
    CLEARED_COLUMNS,
    DEFAULTS,
    KEPT_COLUMNS,
    NOT_COLLECTED,
    RetentionError,
    RetentionSettings,
    apply_retention,
    data_register,
    export_register,
    preview_retention,
    retention_settings,
    save_retention,
    validate_retention,
)

TODAY = date(2026, 6, 1)
ADMIN = Actor("admin", "administrator")
OPERATOR = Actor("ops", "operator")
READER = Actor("budi", "pembaca")

NIP = {
    "gone_plain": "196201011986031001",  # died long ago, named nowhere: removed whole
    "gone_kept": "195503101980031002",  # retired, mapped and named in a decision: anonymised
    "gone_held": "196005051985031003",  # resigned, in a holding area for a disciplinary sentence
    "waiting": "197001011995031004",  # moved away recently: not yet
    "mpp": "196801011990031005",  # masa persiapan pensiun: still in service
    "undated": "197501012000031006",  # "Berhenti" with no date at all: kept
    "active": "198001012005031007",  # in service, with an old, a fenced and a recent sentence
}


def _person(session, key: str, kedudukan: str, **values) -> int:
    nip = NIP[key]
    born = date(int(nip[:4]), int(nip[4:6]), int(nip[6:8]))
    person = Person(
        nip=nip,
        nama=key.replace("_", " ").title(),
        tanggal_lahir=born,
        jenis_kelamin="L",
        jenis_pegawai="PNS",
        kedudukan=kedudukan,
        tempat_lahir="Martapura",
        agama="Islam",
        email=f"{key}@contoh.go.id",
        no_hp="081200000000",
        jabatan_nama="Analis Kepegawaian",
        golongan="33",
        **values,
    )
    session.add(person)
    session.flush()
    return person.id


def _agency(db) -> dict[str, int]:
    """A small agency whose every row the tests can name."""
    with db.transaction() as s:
        ids = {}
        ids["gone_plain"] = _person(s, "gone_plain", "Meninggal Dunia", tmt_jabatan=date(2010, 1, 1))
        ids["gone_kept"] = _person(s, "gone_kept", "Pensiun", bup=58, tmt_golongan=date(2009, 4, 1))
        ids["gone_held"] = _person(s, "gone_held", "Pemberhentian dengan hormat atas permintaan sendiri")
        ids["waiting"] = _person(s, "waiting", "Pindah Instansi", tmt_jabatan=date(2015, 1, 1))
        ids["mpp"] = _person(s, "mpp", "Masa Persiapan Pensiun", tmt_jabatan=date(2001, 1, 1))
        ids["undated"] = _person(s, "undated", "Berhenti")
        ids["active"] = _person(s, "active", "Aktif", tmt_jabatan=date(2012, 1, 1))
        s.add_all(
            [
                JabatanHistory(person_id=ids["gone_plain"], jabatan_nama="Staf", tmt=date(2011, 3, 1)),
                Skp(person_id=ids["gone_plain"], tahun=2012, predikat="Baik"),
                HukdisHistory(
                    person_id=ids["gone_kept"], tingkat="ringan", jenis="Teguran lisan", tmt=date(2015, 2, 1)
                ),
                Skp(person_id=ids["gone_kept"], tahun=2013, predikat="Sangat Baik"),
                JabatanHistory(person_id=ids["gone_held"], jabatan_nama="Lurah", tmt=date(2014, 6, 1)),
                Skp(person_id=ids["waiting"], tahun=2024, predikat="Baik"),
                JabatanHistory(person_id=ids["active"], jabatan_nama="Kasubbag", tmt=date(2012, 1, 1)),
            ]
        )
        old = HukdisHistory(
            person_id=ids["active"], tingkat="sedang", jenis="Penundaan pangkat", tmt=date(2012, 5, 1),
            tanggal_akhir=date(2013, 5, 1),
        )  # fmt: skip
        fenced = HukdisHistory(  # past the five years, but an open period still looks back at it
            person_id=ids["active"], tingkat="ringan", jenis="Teguran tertulis", tmt=date(2019, 3, 1)
        )
        recent = HukdisHistory(
            person_id=ids["active"], tingkat="ringan", jenis="Teguran", tmt=date(2024, 3, 1)
        )
        s.add_all([old, fenced, recent])
        scheme = ScoringScheme(
            name="Uji", version=1, source="uji", params={"integritas_years": 5}, created_by="uji"
        )
        s.add(scheme)
        s.flush()
        closed = TalentPeriod(
            label="2020",
            skp_year_from=2019,
            skp_year_to=2020,
            reference_date=date(2020, 12, 31),
            status="closed",
        )
        open_ = TalentPeriod(
            label="2023",
            skp_year_from=2022,
            skp_year_to=2023,
            reference_date=date(2023, 12, 31),
            status="open",
        )
        s.add_all([closed, open_])
        s.flush()
        run = MappingRun(period_id=closed.id, scheme_id=scheme.id, computed_by="uji")
        s.add(run)
        s.flush()
        s.add_all(
            [
                Placement(
                    run_id=run.id, period_id=closed.id, person_id=ids["gone_kept"], nilai_kinerja=81,
                    nilai_potensial=70, nilai_talenta=75.5, kinerja_level=3, potensial_level=2,
                    components={"potensial": {"integritas": 75}},
                ),
                Placement(
                    run_id=run.id, period_id=closed.id, person_id=ids["gone_held"],
                    holding_reason="Hukuman disiplin tingkat berat (TMT 1 Maret 2014) dalam 2 tahun terakhir; "
                    "Kedudukan Pemberhentian",
                    components={"potensial": {"integritas": 25}},
                ),
            ]
        )  # fmt: skip
        committee = Committee(
            name="Komite Talenta", sk_number="800/1/2020", sk_date=date(2020, 1, 2),
            serves_from=date(2020, 1, 2), created_by="uji",
        )  # fmt: skip
        s.add(committee)
        s.flush()
        meeting = Meeting(
            committee_id=committee.id, period_id=closed.id, number="BA/1/2021", title="Rapat 1",
            held_on=date(2021, 1, 20), starts_at="09.00", place="Aula", created_by="uji",
        )  # fmt: skip
        s.add(meeting)
        s.flush()
        decision = Decision(
            meeting_id=meeting.id, kind="lainnya", person_id=ids["gone_kept"], text="Dipertahankan",
            created_by="uji",
        )  # fmt: skip
        s.add(decision)
        s.flush()
        plain_plan = DevelopmentPlan(person_id=ids["gone_plain"], period_id=closed.id, created_by="uji")
        kept_plan = DevelopmentPlan(
            person_id=ids["gone_kept"], period_id=closed.id, decision_id=decision.id, created_by="uji"
        )
        s.add_all([plain_plan, kept_plan])
        s.flush()
        s.add_all(
            [
                DevelopmentActivity(plan_id=plain_plan.id, title="Coaching", form="nonklasikal", kind="coaching",
                                    category="20", mentor_name="Pak Mentor"),
                DevelopmentActivity(plan_id=kept_plan.id, title="Diklat PIM", form="klasikal", kind="pelatihan",
                                    category="10"),
            ]
        )  # fmt: skip
        post = CriticalPost(
            jabatan_nama="Kepala Bidang Mutasi", kind="kritikal", jenjang_jabatan="Administrator",
            incumbent_id=ids["gone_plain"], created_by="uji",
        )  # fmt: skip
        s.add(post)
        s.flush()
        s.add(
            Successor(post_id=post.id, person_id=ids["gone_plain"], period_id=closed.id, readiness="siap",
                      created_by="uji")
        )  # fmt: skip
        ids.update(
            old_hukdis=old.id, fenced_hukdis=fenced.id, recent_hukdis=recent.id, decision=decision.id,
            post=post.id, kept_plan=kept_plan.id, plain_plan=plain_plan.id,
        )  # fmt: skip
    return ids


def _snapshot(db) -> dict[str, dict[object, tuple]]:
    """Every row of every table, by primary key: what "nothing else changed" is checked against."""
    out = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            key = [c.name for c in table.primary_key.columns]
            rows = conn.execute(table.select()).mappings().all()
            out[table.name] = {tuple(r[k] for k in key): tuple(sorted(r.items())) for r in rows}
    return out


def _diff(before, after) -> dict[str, tuple[set, set, set]]:
    """table -> (removed keys, added keys, changed keys), for the tables that differ."""
    out = {}
    for table in before:
        b, a = before[table], after[table]
        removed, added = set(b) - set(a), set(a) - set(b)
        changed = {k for k in set(a) & set(b) if a[k] != b[k]}
        if removed or added or changed:
            out[table] = (removed, added, changed)
    return out


# -- the register ----------------------------------------------------------------------------------------


def test_register_lists_every_category_with_live_counts(demo_db, actor):
    with demo_db.session() as s:
        register = data_register(s, backup_count=3)
        people = s.scalar(select(func.count()).select_from(Person))
        hukdis = len(s.scalars(select(HukdisHistory.id)).all())
    assert tuple(e.key for e in register.entries) == CATEGORY_KEYS
    assert len(CATEGORY_KEYS) == 13
    counts = {e.key: e.count for e in register.entries}
    assert counts["identitas"] == people == 400
    assert counts["hukdis"] == hukdis > 0
    assert counts["cadangan"] == 3
    assert counts["ekspor"] == 0
    for entry in register.entries:
        assert entry.purpose and entry.legal_basis and entry.source and entry.retention, entry.key
        assert "UU 27/2022" in entry.legal_basis or "PermenPANRB" in entry.legal_basis, entry.key
    assert register.entry("hukdis").sensitive
    assert "dipangkas" in register.entry("audit").retention
    assert any("rantai" in note and "tidak dipangkas" in note for note in register.notes)

    # an export is counted at once
    with demo_db.transaction() as s:
        export_register(s, actor, demo_db.path.parent / "register.xlsx")
    with demo_db.session() as s:
        assert data_register(s).entry("ekspor").count == 1
        assert data_register(s).entry("cadangan").count is None  # unknown without the file's folder


def test_every_table_holding_personal_data_is_in_the_register():
    """A new table that points at a person (or an account) must be placed in a category."""
    registered = {t for category in privacy.CATEGORIES for t in category.tables}
    personal = {
        table.name
        for table in Base.metadata.sorted_tables
        for column in table.columns
        for fk in column.foreign_keys
        if isinstance(fk, ForeignKey) and fk.target_fullname == "person.id"
    }
    assert personal, "the person foreign keys were not found"
    assert personal | {"person", "app_user", "audit_event"} <= registered, personal - registered


def test_who_may_see_and_change_comes_from_the_permission_matrix(db, monkeypatch):
    with db.session() as s:
        register = data_register(s)
    hukdis = register.entry("hukdis")
    assert set(hukdis.viewer_roles) == {
        role
        for role, granted in permissions.ROLE_PERMISSIONS.items()
        if permissions.Permission.SENSITIVE_DATA in granted
    }
    assert "komite" not in hukdis.viewer_roles and "pembaca" not in hukdis.viewer_roles
    assert register.entry("identitas").viewer_roles == tuple(permissions.ROLE_PERMISSIONS)
    assert register.entry("audit").editor_roles == ()
    assert register.entry("audit").viewer_roles == ("administrator",)
    assert "Anggota Komite" in register.entry("talenta").editors  # calibration

    # give the committee the sensitive data: the register follows the matrix, not a copy of it
    granted = permissions.ROLE_PERMISSIONS["komite"] | {permissions.Permission.SENSITIVE_DATA}
    monkeypatch.setitem(permissions.ROLE_PERMISSIONS, "komite", granted)
    with db.session() as s:
        assert "komite" in data_register(s).entry("hukdis").viewer_roles


def test_data_not_collected_matches_no_import_field():
    every_alias = {key for fields in FIELDS.values() for key in alias_index(fields)}
    for item in NOT_COLLECTED:
        for header in item.headers:
            assert header_key(header) not in every_alias, (item.item, header)


def test_columns_the_app_does_not_collect_are_skipped_by_the_import(db, tmp_path):
    path = tmp_path / "pegawai.csv"
    headers = ["NIP", "Nama", *[h for item in NOT_COLLECTED for h in item.headers]]
    values = ["200012312024121001", "Siti Aminah", *[f"RAHASIA-{i}" for i in range(len(headers) - 2)]]
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([headers, values])
    with db.transaction() as s:
        report = run_import(s, ADMIN, path, "personnel")
    assert report.new == 1
    assert set(headers[2:]) <= set(report.ignored_columns)
    dump = "\n".join(db.engine.raw_connection().driver_connection.iterdump())
    assert "Siti Aminah" in dump and "RAHASIA" not in dump


# -- retention settings ----------------------------------------------------------------------------------


def test_defaults_are_documented_and_in_force_until_saved(db):
    with db.session() as s:
        assert retention_settings(s) == DEFAULTS
    assert DEFAULTS.departed_years == 5 and DEFAULTS.hukdis_years == 5
    assert "Pensiun" in DEFAULTS.departed_statuses


@pytest.mark.parametrize(
    ("kedudukan", "departed"),
    [
        ("Pensiun", True),
        ("PENSIUN  DINI", True),
        ("Meninggal Dunia", True),
        ("Pindah Instansi", True),
        ("Pemberhentian dengan hormat tidak atas permintaan sendiri", True),
        ("Pindahan", False),
        ("Masa Persiapan Pensiun", False),
        ("Pemberhentian Sementara", False),
        ("Aktif", False),
        ("", False),
        (None, False),
    ],
)
def test_which_kedudukan_means_the_person_left(kedudukan, departed):
    assert DEFAULTS.is_departed(kedudukan) is departed


@pytest.mark.parametrize(
    ("values", "field", "value"),
    [
        ({"departed_years": 0}, "Masa simpan setelah pegawai keluar", "'0'"),
        ({"departed_years": "lima"}, "Masa simpan setelah pegawai keluar", "'lima'"),
        ({"departed_years": True}, "Masa simpan setelah pegawai keluar", "'True'"),
        ({"hukdis_years": 31}, "Masa simpan hukuman disiplin", "'31'"),
        ({"hukdis_years": -1}, "Masa simpan hukuman disiplin", "'-1'"),
        ({"departed_statuses": "\n \n"}, "Kedudukan yang berarti telah keluar", "sedikitnya satu"),
        ({"departed_statuses": ["Pensiun", "Aktif"]}, "Kedudukan yang berarti telah keluar", "'Aktif'"),
        ({"departed_statuses": ["x" * 61]}, "Kedudukan yang berarti telah keluar", "60 karakter"),
        ({"tahun": 3}, "tidak dikenal", "tahun"),
    ],
)
def test_invalid_rules_are_refused_naming_field_and_value(values, field, value):
    with pytest.raises(RetentionError) as refused:
        validate_retention(values)
    assert field in str(refused.value) and value in str(refused.value)


@given(st.integers(min_value=-1000, max_value=1000))
def test_years_outside_the_range_are_refused(years):
    if 1 <= years <= privacy.MAX_YEARS:
        assert validate_retention({"departed_years": years}).departed_years == years
    else:
        with pytest.raises(RetentionError, match="1–30"):
            validate_retention({"departed_years": years})


def test_statuses_are_tidied_from_text():
    settings = validate_retention({"departed_statuses": " Pensiun \n\npensiun\nMeninggal ;  Pindah  keluar"})
    assert settings.departed_statuses == ("Pensiun", "Meninggal", "Pindah keluar")


def test_saving_rules_is_audited_as_privacy_retention(db):
    with db.transaction() as s:
        saved = save_retention(
            s, ADMIN, {"departed_years": "7", "departed_statuses": "Pensiun\nMeninggal", "hukdis_years": 0}
        )
    assert saved == RetentionSettings(7, ("Pensiun", "Meninggal"), 0)
    with db.session() as s:
        assert retention_settings(s) == saved
        assert get_setting(s, privacy.SETTING_KEY)["departed_years"] == 7
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "privacy.retention")).one()
        assert event.actor == "admin" and event.before == {"value": None}
        assert event.after["value"]["departed_statuses"] == ["Pensiun", "Meninggal"]
        assert s.scalar(select(AuditEvent.id).where(AuditEvent.action == "setting.save")) is None


@pytest.mark.parametrize("who", [OPERATOR, READER, Actor("rapat", "komite")])
def test_only_an_administrator_may_change_the_rules(db, who):
    with pytest.raises(PermissionDenied), db.transaction() as s:
        save_retention(s, who, {"departed_years": 2})
    with db.session() as s:
        assert get_setting(s, privacy.SETTING_KEY) is None
        assert s.scalar(select(AuditEvent.id)) is None


def test_disciplinary_retention_cannot_undercut_the_scoring_window(db):
    with db.transaction() as s:
        s.add(
            ScoringScheme(
                name="Lama", version=2, source="uji", params={"integritas_years": 6}, created_by="u"
            )
        )
    with pytest.raises(RetentionError, match=r"'5'.*6 tahun.*Lama versi 2"), db.transaction() as s:
        save_retention(s, ADMIN, {"hukdis_years": 5})
    with db.transaction() as s:
        assert save_retention(s, ADMIN, {"hukdis_years": 0}).hukdis_years == 0  # "while in service" is fine


# -- preview and apply -----------------------------------------------------------------------------------


def test_preview_says_who_and_what_and_changes_nothing(db):
    ids = _agency(db)
    before = _snapshot(db)
    with db.session() as s:
        preview = preview_retention(s, today=TODAY)
    assert _snapshot(db) == before

    by_nip = {c.nip: c for c in preview.candidates}
    assert set(by_nip) == {NIP["gone_plain"], NIP["gone_kept"], NIP["gone_held"]}
    plain, kept, held = by_nip[NIP["gone_plain"]], by_nip[NIP["gone_kept"]], by_nip[NIP["gone_held"]]
    assert plain.action == privacy.ACTION_DELETE and plain.kept_because == ()
    assert (plain.left_on, plain.left_basis) == (date(2012, 12, 31), "SKP tahun 2012")
    assert plain.due_on == date(2017, 12, 31) and plain.rows == 2
    assert kept.action == privacy.ACTION_ANONYMISE
    assert set(kept.kept_because) >= {"penempatan talenta", "keputusan rapat komite"}
    assert (kept.left_on, kept.left_basis) == (date(2020, 12, 31), "Dipetakan dalam periode talenta")
    assert held.action == privacy.ACTION_ANONYMISE and held.left_basis == "Riwayat jabatan"

    assert (preview.departed, preview.waiting, preview.undated, preview.done) == (5, 1, 1, 0)
    statuses = {s.kedudukan: s.departed for s in preview.statuses}
    assert statuses["Masa Persiapan Pensiun"] is False and statuses["Pindah Instansi"] is True
    # five years back from today, but never past what the open period 2023 still looks at
    assert preview.hukdis_cutoff == date(2018, 12, 31)
    assert preview.hukdis_ids == (ids["old_hukdis"],)
    removals = dict(preview.removals)
    assert removals == {
        "Riwayat jabatan": 2,
        "Hukuman disiplin pegawai yang keluar": 1,
        "SKP": 2,
        "Hukuman disiplin lama pegawai lain": 1,
        "Rencana pengembangan tanpa keputusan komite": 1,
        "Usulan suksesor tanpa keputusan komite": 1,
        "Jabatan kritikal yang pemangkunya dikosongkan": 1,
        "Penempatan yang rinciannya dihapus": 2,
        "Pegawai dianonimkan": 2,
        "Pegawai dihapus seluruhnya": 1,
    }
    assert "1 pegawai dihapus seluruhnya; 2 pegawai dianonimkan" in preview.summary()


def test_the_preview_for_a_role_without_sensitive_data_does_not_count_disciplinary_records_apart(db):
    _agency(db)
    with db.session() as s:
        full = preview_retention(s, today=TODAY)
        shown = preview_retention(s, today=TODAY, sensitive=False)
    assert shown.token == full.token and shown.candidates == full.candidates
    removals = dict(shown.removals)
    assert removals["Riwayat, SKP, dan asesmen"] == 5  # 2 jabatan, 2 SKP and 1 sentence of a person who left
    assert not [label for label in removals if "pegawai yang keluar" in label]
    assert removals["Hukuman disiplin lama pegawai lain"] == 1  # agency-wide, nobody's in particular


def test_apply_does_what_the_preview_says_and_nothing_else(db):
    ids = _agency(db)
    with db.session() as s:
        preview = preview_retention(s, today=TODAY)
        keep_values = {c: getattr(s.get(Person, ids["gone_kept"]), c) for c in KEPT_COLUMNS}
    before = _snapshot(db)
    with db.transaction() as s:
        result = apply_retention(s, ADMIN, today=TODAY, token=preview.token)
    after = _snapshot(db)

    assert result.deleted == (NIP["gone_plain"],)
    assert set(result.anonymised) == {NIP["gone_kept"], NIP["gone_held"]}
    changes = _diff(before, after)
    plain, kept, held = ids["gone_plain"], ids["gone_kept"], ids["gone_held"]
    assert changes.pop("person") == ({(plain,)}, set(), {(kept,), (held,)})
    assert changes.pop("riwayat_hukdis")[0] == {(ids["old_hukdis"],)} | {
        k for k, row in before["riwayat_hukdis"].items() if dict(row)["person_id"] == kept
    }
    assert len(changes.pop("riwayat_jabatan")[0]) == 2
    assert len(changes.pop("skp")[0]) == 2
    assert changes.pop("development_plan") == ({(ids["plain_plan"],)}, set(), set())
    assert len(changes.pop("development_activity")[0]) == 1
    assert len(changes.pop("successor")[0]) == 1
    assert changes.pop("critical_post") == (set(), set(), {(ids["post"],)})
    assert len(changes.pop("placement")[2]) == 2
    assert len(changes.pop("audit_event")[1]) == 1
    assert changes == {}  # nothing else: decisions, meetings, the kept plan, other people untouched

    with db.session() as s:
        anonymised = s.get(Person, kept)
        assert all(getattr(anonymised, c) is None for c in CLEARED_COLUMNS)
        assert {c: getattr(anonymised, c) for c in KEPT_COLUMNS} == keep_values
        assert s.get(Decision, ids["decision"]).text == "Dipertahankan"
        assert s.get(CriticalPost, ids["post"]).incumbent_id is None
        placements = {p.person_id: p for p in s.scalars(select(Placement))}
        assert placements[kept].components is None and placements[kept].kinerja_level == 3
        assert placements[held].holding_reason == (f"{privacy.HUKDIS_REDACTED}; Kedudukan Pemberhentian")
        assert s.scalar(select(HukdisHistory.id).where(HukdisHistory.id == ids["fenced_hukdis"]))
        assert s.scalar(select(HukdisHistory.id).where(HukdisHistory.id == ids["recent_hukdis"]))
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "privacy.apply")).one()
        assert event.actor == "admin"
        assert event.after["deleted"] == [NIP["gone_plain"]]
        assert event.after["removals"]["Pegawai dihapus seluruhnya"] == 1
        assert verify_chain(s)[1] is None
        again = preview_retention(s, today=TODAY)
    assert again.is_empty and again.done == 2  # applying twice changes nothing more


@pytest.mark.parametrize("who", [OPERATOR, READER])
def test_only_an_administrator_may_apply(db, who):
    _agency(db)
    before = _snapshot(db)
    with pytest.raises(PermissionDenied), db.transaction() as s:
        apply_retention(s, who, today=TODAY)
    assert _snapshot(db) == before


@pytest.mark.parametrize("fail_at", ["_redact_holding", "record"])
def test_apply_is_all_or_nothing(db, monkeypatch, fail_at):
    """A failure half-way (while redacting) or at the very end (the audit event) leaves every row as it was."""
    _agency(db)
    before = _snapshot(db)

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(privacy, fail_at, broken)
    with pytest.raises(RuntimeError, match="disk full"), db.transaction() as s:
        apply_retention(s, ADMIN, today=TODAY)
    assert _snapshot(db) == before


def test_apply_refuses_a_preview_that_no_longer_holds(db):
    ids = _agency(db)
    with db.session() as s:
        token = preview_retention(s, today=TODAY).token
    with db.transaction() as s:  # someone imports a new kedudukan meanwhile
        s.execute(update(Person).where(Person.id == ids["mpp"]).values(kedudukan="Pensiun"))
    before = _snapshot(db)
    with pytest.raises(RetentionError, match="pratinjau"), db.transaction() as s:
        apply_retention(s, ADMIN, today=TODAY, token=token)
    assert _snapshot(db) == before


def test_saved_rules_drive_the_preview(db):
    _agency(db)
    with db.transaction() as s:
        save_retention(
            s, ADMIN, {"departed_years": 10, "departed_statuses": ["Meninggal"], "hukdis_years": 0}
        )
    with db.session() as s:
        preview = preview_retention(s, today=TODAY)
    assert [(c.nip, c.action) for c in preview.candidates] == [(NIP["gone_plain"], privacy.ACTION_DELETE)]
    assert preview.departed == 1  # "Meninggal Dunia" only
    assert preview.hukdis_cutoff is None and preview.hukdis_ids == ()  # 0: kept while in service
    with db.transaction() as s:
        save_retention(
            s, ADMIN, {"departed_years": 14, "departed_statuses": ["Meninggal"], "hukdis_years": 0}
        )
    with db.session() as s:
        assert preview_retention(s, today=TODAY).waiting == 1  # 2012 + 14 years is still to come


# -- the register for the DPIA ---------------------------------------------------------------------------


def test_register_exports_to_xlsx_and_pdf_and_is_logged(db, tmp_path):
    _agency(db)
    xlsx, pdf = tmp_path / "register.xlsx", tmp_path / "register.pdf"
    with db.transaction() as s:
        export_register(s, ADMIN, xlsx, backup_count=2, today=TODAY)
    with db.transaction() as s:
        export_register(s, ADMIN, pdf, today=TODAY)
    book = load_workbook(xlsx)
    sheet = book["Register"]
    rows = list(sheet.iter_rows(min_row=5, values_only=True))
    assert [r[0] for r in rows] == [c.title for c in privacy.CATEGORIES]
    assert rows[0][9] == "7 pegawai"
    assert "NPWP dan data pajak" in [r[0] for r in book["Tidak dikumpulkan"].iter_rows(values_only=True)]
    assert pdf.read_bytes().startswith(b"%PDF")
    with db.session() as s:
        log = export_log(s)
    assert [(e.kind, e.file, e.sensitive) for e in log] == [
        ("privacy-register", "register.pdf", False),
        ("privacy-register", "register.xlsx", False),
    ]


def test_register_export_needs_the_report_permission_and_a_known_format(db, tmp_path):
    with pytest.raises(PermissionDenied), db.transaction() as s:
        export_register(s, READER, tmp_path / "register.xlsx")
    assert not (tmp_path / "register.xlsx").exists()
    with pytest.raises(RetentionError, match=r"'\.docx'"), db.transaction() as s:
        export_register(s, ADMIN, tmp_path / "register.docx")
    with db.session() as s:
        assert export_log(s) == []


def test_backup_before_retention_is_an_automatic_copy(db):
    made = privacy.backup_before_retention(db, ADMIN)
    assert made is not None and made.reason == privacy.BACKUP_REASON and made.path.is_file()
    with db.session() as s:
        assert data_register(s, backup_count=privacy.count_backups(db)).entry("cadangan").count == 1
    assert isinstance(made.made_at, datetime) and made.made_at.tzinfo == UTC


def test_apply_with_nothing_due_changes_no_data(db):
    with db.session() as s:
        preview = preview_retention(s, today=TODAY)
    assert preview.is_empty and preview.summary() == "Tidak ada data yang melewati masa retensi."
    with db.transaction() as s:
        result = apply_retention(s, ADMIN, today=TODAY, token=preview.token)
    assert result.deleted == result.anonymised == () and "tidak ada yang diubah" in result.summary()
    with db.session() as s:
        assert s.execute(text("select count(*) from person")).scalar() == 0
