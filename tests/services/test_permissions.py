"""The permission matrix (issue "Trust", part 2) at the service layer: each role calls the real services
directly — as a script would, with no GUI to hide a button — and is refused (PermissionDenied, and the
database exactly as it was, and no file written) exactly when `ROLE_PERMISSIONS` says so.

The expectations are derived from `ROLE_PERMISSIONS`: each operation below says which permissions it
needs (what the design gives it), never which roles may run it."""

from __future__ import annotations

import ast
import functools
import hashlib
import importlib
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from talenta_desktop.models import (
    CriticalPost,
    DevelopmentPlan,
    HukdisHistory,
    Meeting,
    Person,
    TalentPeriod,
    encryption,
)
from talenta_desktop.models.db import Database, backup_sqlite, open_database
from talenta_desktop.services.actor import SYSTEM, Actor
from talenta_desktop.services.permissions import (
    ROLE_PERMISSIONS,
    Permission,
    PermissionDenied,
    authorize_action,
    can,
    permission_for_action,
    require,
)

P = Permission
ROLES = tuple(ROLE_PERMISSIONS)
ADMIN = Actor("penyiap", "administrator")  # prepares what an operation needs, before the snapshot
PASSWORD = "rahasia-uji-1"
SOURCE = Path(__file__).resolve().parents[2] / "talenta_desktop"


@pytest.fixture(autouse=True)
def _cheap_scrypt(monkeypatch):
    monkeypatch.setattr(encryption, "SCRYPT_N", 2**10)


def _actor(role: str) -> Actor:
    return Actor(f"uji-{role}", role)


def _digest(db: Database) -> str:
    """The database file and its write-ahead log as they stand: a committed write changes one of them, a
    rolled-back transaction neither. Equal digests mean nothing was written."""
    digest = hashlib.sha256(db.path.read_bytes())
    wal = db.path.with_name(db.path.name + "-wal")
    if wal.exists():
        digest.update(wal.read_bytes())
    return digest.hexdigest()


# -- what each operation needs, and how it is called ------------------------------------------------------


@dataclass
class Context:
    """Ids and files in the demo that the operations work on, prepared by an administrator."""

    folder: Path
    period: str = "2025"
    person: int = 0  # placed in 2025, not calibrated, no development plan
    box: int = 0  # their computed box
    calibration: int = 0  # a move an administrator made, which may be reversed
    committee: int = 0
    open_meeting: int = 0
    plan: int = 0  # a draft development plan
    post: int = 0
    scheme: int = 0
    scheme_params: dict | None = None
    scheme_name: str = ""
    hukdis_person: int = 0
    nip: str = ""
    personnel_csv: Path | None = None
    package: Path | None = None
    copy: Path | None = None  # a backup to restore


@dataclass(frozen=True)
class Operation:
    needs: frozenset[Permission]
    run: Callable[[Any, Actor, Context, Path], Any]  # (session or Database, actor, context, output folder)
    whole_database: bool  # takes the Database (manages its own transactions) instead of a session


OPERATIONS: dict[str, Operation] = {}


def operation(*needs: Permission, whole_database: bool = False):
    def register(function):
        OPERATIONS[function.__name__] = Operation(frozenset(needs), function, whole_database)
        return function

    return register


@operation(P.PERSONNEL_EDIT)
def import_personnel(session, actor, ctx, out):
    from talenta_desktop.services.importing.engine import run_import

    run_import(session, actor, ctx.personnel_csv, "personnel")


@operation()  # a dry run writes nothing: everyone may check a file
def import_personnel_dry_run(session, actor, ctx, out):
    from talenta_desktop.services.importing.engine import run_import

    run_import(session, actor, ctx.personnel_csv, "personnel", dry_run=True)


@operation(P.PERSONNEL_EDIT)
def save_import_profile(session, actor, ctx, out):
    from talenta_desktop.services.importing.mapping import save_profile

    save_profile(session, actor, f"Profil {actor.username}", "skp", {"nipBaru": "Nomor Pegawai"})


@operation(P.TALENT_MAP)
def create_period(session, actor, ctx, out):
    from talenta_desktop.services.talent.periods import create_period

    create_period(
        session, actor, "2026", skp_year_from=2025, skp_year_to=2026, reference_date=date(2026, 12, 31)
    )


@operation(P.TALENT_MAP)
def map_period(session, actor, ctx, out):
    from talenta_desktop.services.talent.mapping import map_period

    map_period(session, actor, ctx.period)


@operation(P.TALENT_CALIBRATE)
def calibrate(session, actor, ctx, out):
    from talenta_desktop.services.talent.calibration import calibrate

    to_box = next(b for b in (9, 1, 5, 7, 3) if b != ctx.box)
    calibrate(session, actor, ctx.period, ctx.person, to_box, f"Diputuskan komite ({actor.role})")


@operation(P.TALENT_CALIBRATE)
def reverse_calibration(session, actor, ctx, out):
    from talenta_desktop.services.talent.calibration import reverse_calibration

    reverse_calibration(session, actor, ctx.calibration, "Salah orang")


@operation(P.COMMITTEE_MANAGE)
def create_committee(session, actor, ctx, out):
    from talenta_desktop.services.committee import create_committee

    create_committee(session, actor, "Komite Talenta (uji)", sk_number=f"800/{actor.role}/KPTS/2026",
                     sk_date=date(2026, 1, 5), serves_from=date(2026, 1, 5))  # fmt: skip


@operation(P.COMMITTEE_MANAGE)
def create_meeting(session, actor, ctx, out):
    from talenta_desktop.services.committee import create_meeting

    create_meeting(session, actor, ctx.committee, period_label=ctx.period, number=f"BA-{actor.role}/2025",
                   title="Rapat uji", held_on=date(2025, 12, 1), starts_at="09.00", place="Aula")  # fmt: skip


@operation(P.COMMITTEE_MANAGE)
def save_minutes(session, actor, ctx, out):
    from talenta_desktop.services.committee import save_minutes

    save_minutes(session, actor, ctx.open_meeting, f"Notula oleh {actor.username}.")


@operation(P.DEVELOPMENT_MANAGE)
def create_development_plan(session, actor, ctx, out):
    from talenta_desktop.services.development.plans import create_plan

    create_plan(session, actor, ctx.period, ctx.person)


@operation(P.DEVELOPMENT_MANAGE)
def add_development_activity(session, actor, ctx, out):
    from talenta_desktop.services.development.plans import add_activity

    add_activity(
        session, actor, ctx.plan, kind="pelatihan_kepemimpinan", title="Pelatihan kepemimpinan", jp=20
    )


@operation(P.SUCCESSION_MANAGE)
def create_critical_post(session, actor, ctx, out):
    from talenta_desktop.services.succession.posts import create_post

    create_post(session, actor, f"Kepala Bagian Uji {actor.role}", kind="target", jenjang_jabatan="Administrator",
                jenis_jabatan="struktural", eselon="31", min_golongan="III/d")  # fmt: skip


@operation(P.SUCCESSION_MANAGE)
def update_critical_post(session, actor, ctx, out):
    from talenta_desktop.services.succession.posts import update_post

    update_post(session, actor, ctx.post, note=f"Diperbarui oleh {actor.username}")


@operation(P.SETTINGS_MANAGE)
def save_scheme_version(session, actor, ctx, out):
    from talenta_desktop.services.talent.schemes import save_new_version

    save_new_version(session, actor, ctx.scheme, ctx.scheme_params, description=f"Versi {actor.role}")


@operation(P.SETTINGS_MANAGE)
def set_default_scheme(session, actor, ctx, out):
    from talenta_desktop.services.talent.schemes import set_default

    set_default(session, actor, ctx.scheme_name)


@operation(P.SETTINGS_MANAGE)
def put_setting(session, actor, ctx, out):
    from talenta_desktop.services.app_settings import put_setting

    put_setting(session, actor, "uji.pengaturan", {"oleh": actor.username})


@operation(P.SETTINGS_MANAGE)
def set_instansi(session, actor, ctx, out):
    from talenta_desktop.services.organization import set_instansi

    set_instansi(session, actor, "Pemerintah Kabupaten Sukamaju")


@operation(P.PRIVACY_MANAGE)
def save_retention_rules(session, actor, ctx, out):
    from talenta_desktop.services.privacy import retention_settings, save_retention

    save_retention(session, actor, retention_settings(session).as_json())


@operation(P.REPORT)
def export_personnel(session, actor, ctx, out):
    from talenta_desktop.services.personnel import export_personnel

    export_personnel(session, actor, out / "pegawai.csv")


@operation(P.REPORT)
def profile_report(session, actor, ctx, out):
    from talenta_desktop.services.reports.catalog import ReportRequest, produce_report

    produce_report(
        session, actor, ReportRequest("profile", period=ctx.period, nip=ctx.nip), out / "profil.pdf"
    )


@operation(P.REPORT, P.SENSITIVE_DATA)
def profile_report_with_hukdis(session, actor, ctx, out):
    from talenta_desktop.services.reports.catalog import ReportRequest, produce_report

    request = ReportRequest("profile", period=ctx.period, nip=ctx.nip, include_sensitive=True)
    produce_report(session, actor, request, out / "profil.pdf")


@operation(P.REPORT)
def bkn_workbook(session, actor, ctx, out):
    from talenta_desktop.services.bkn_workbook import write_bkn_workbook

    write_bkn_workbook(session, actor, ctx.period, out / "bkn.xlsx", include_sensitive=False)


@operation(P.REPORT, P.SENSITIVE_DATA)
def bkn_workbook_with_sensitive_columns(session, actor, ctx, out):
    from talenta_desktop.services.bkn_workbook import write_bkn_workbook

    write_bkn_workbook(session, actor, ctx.period, out / "bkn.xlsx", include_sensitive=True)


@operation(P.REPORT)
def export_package(session, actor, ctx, out):
    from talenta_desktop.services.exchange.exchange import export_package
    from talenta_desktop.services.exchange.identity import installation

    export_package(session, actor, ctx.period, out / "p.talenta", include_sensitive=False,
                   signer=installation(ctx.folder / "identitas"))  # fmt: skip


@operation(P.REPORT, P.SENSITIVE_DATA)
def export_package_with_hukdis(session, actor, ctx, out):
    from talenta_desktop.services.exchange.exchange import export_package
    from talenta_desktop.services.exchange.identity import installation

    export_package(
        session, actor, ctx.period, out / "p.talenta", signer=installation(ctx.folder / "identitas")
    )


@operation(P.EXCHANGE_IMPORT)
def import_package(session, actor, ctx, out):
    from talenta_desktop.services.exchange.exchange import import_package
    from talenta_desktop.services.exchange.package import read_package

    import_package(session, actor, read_package(ctx.package), file=ctx.package.name)


@operation(P.AUDIT_VIEW)
def read_audit_log(session, actor, ctx, out):
    from talenta_desktop.services.audit_log import audit_choices, audit_events, chain_status

    assert audit_events(session, actor).rows
    audit_choices(session, actor)
    chain_status(session, actor)


@operation(P.AUDIT_VIEW, P.REPORT)
def export_audit_log(session, actor, ctx, out):
    from talenta_desktop.services.audit_log import export_audit_log

    export_audit_log(session, actor, None, out / "audit.csv")


@operation(P.BACKUP, whole_database=True)
def backup_to_a_file(db, actor, ctx, out):
    from talenta_desktop.services.backups import backup_database

    backup_database(db, actor, out=out / "cadangan.sqlite")


@operation(whole_database=True)  # the automatic copies (daily, before an import) are made for everyone
def automatic_backup(db, actor, ctx, out):
    from talenta_desktop.services.backups import backup_database

    backup_database(db, actor, "harian")


@operation(P.RESTORE, whole_database=True)
def restore(db, actor, ctx, out):
    from talenta_desktop.services.backups import restore_database

    restore_database(db, actor, ctx.copy)


@operation(P.USERS_MANAGE, whole_database=True)
def add_user(db, actor, ctx, out):
    from talenta_desktop.services.users import add_user

    add_user(db, actor, f"baru-{actor.role}", "Pengguna Baru", "pembaca", PASSWORD)


@operation(P.USERS_MANAGE, whole_database=True)
def reset_another_users_password(db, actor, ctx, out):
    from talenta_desktop.services.users import set_password

    set_password(db, actor, "lain", "sandi-baru-lain")


@operation(whole_database=True)  # everyone may change their own password
def change_own_password(db, actor, ctx, out):
    from talenta_desktop.services.users import set_password

    set_password(db, actor, actor.username, "sandi-sendiri-1")


@operation(P.USERS_MANAGE, whole_database=True)
def disable_user(db, actor, ctx, out):
    from talenta_desktop.services.users import set_active

    set_active(db, actor, "lain", False)


@operation(P.USERS_MANAGE, whole_database=True)
def change_role(db, actor, ctx, out):
    from talenta_desktop.services.users import set_role

    set_role(db, actor, "lain", "komite")


def _prepare(db: Database, folder: Path) -> Context:
    """What the operations work on, made by an administrator before anyone is tested."""
    from talenta_desktop.services.backups import backup_database
    from talenta_desktop.services.committee import active_meeting, list_committees
    from talenta_desktop.services.development.plans import create_plan
    from talenta_desktop.services.exchange.exchange import export_package
    from talenta_desktop.services.exchange.identity import installation
    from talenta_desktop.services.personnel import export_personnel
    from talenta_desktop.services.talent.calibration import calibrate
    from talenta_desktop.services.talent.schemes import list_schemes
    from talenta_desktop.services.talent.talent_map import talent_map
    from talenta_desktop.services.users import add_user

    ctx = Context(folder)
    with db.transaction() as session:
        tm = talent_map(session, ctx.period)
        planned = set(session.scalars(select(DevelopmentPlan.person_id)))
        free = tm.placed[tm.placed["calibration_id"].isna() & ~tm.placed["person_id"].isin(planned)]
        (ctx.person, ctx.box), (moved, moved_box) = (
            (int(r["person_id"]), int(r["computed_box"])) for _, r in free.head(2).iterrows()
        )
        ctx.calibration = calibrate(session, ADMIN, ctx.period, moved, 9 if moved_box != 9 else 1, "Uji").id
        ctx.plan = create_plan(session, ADMIN, ctx.period, moved)
        ctx.committee = list_committees(session)[0].id
        meeting = (
            active_meeting(session)
            or session.scalars(select(Meeting).where(Meeting.finalized_at.is_(None))).first()
        )
        ctx.open_meeting = meeting.id
        ctx.post = session.scalars(select(CriticalPost.id).order_by(CriticalPost.id)).first()
        scheme = next(s for s in list_schemes(session, latest_only=True) if not s.is_default)
        ctx.scheme, ctx.scheme_params, ctx.scheme_name = scheme.id, scheme.params, scheme.name
        ctx.hukdis_person = session.scalars(
            select(HukdisHistory.person_id).order_by(HukdisHistory.id)
        ).first()
        ctx.nip = session.get(Person, ctx.person).nip
        ctx.personnel_csv = folder / "pegawai.csv"
        first = list(session.scalars(select(Person.id).order_by(Person.id).limit(5)))
        export_personnel(session, ADMIN, ctx.personnel_csv, person_ids=first)
        ctx.package = folder / "paket.talenta"
        export_package(session, ADMIN, ctx.period, ctx.package, signer=installation(folder / "identitas"))
    ctx.copy = backup_database(db, ADMIN, out=folder / "salinan.sqlite").path
    add_user(db, ADMIN, "admin", "Admin", "administrator", PASSWORD)
    add_user(db, ADMIN, "lain", "Pengguna Lain", "operator", PASSWORD)
    for role in ROLES:  # the actors under test are real accounts, so their own account is theirs
        add_user(db, ADMIN, _actor(role).username, f"Uji {role}", role, PASSWORD)
    return ctx


def test_the_operations_cover_every_permission_that_guards_a_write_or_a_read():
    needed = set().union(*(op.needs for op in OPERATIONS.values()))
    assert needed == set(Permission)


@pytest.fixture(scope="module")
def _prepared(_demo_template, tmp_path_factory) -> tuple[Path, Context]:
    """The demo with everything the operations need, made once; each test works on its own copy."""
    folder = tmp_path_factory.mktemp("matriks")
    db = open_database(backup_sqlite(_demo_template, folder / "talenta.sqlite"))
    encryption.SCRYPT_N, saved = 2**10, encryption.SCRYPT_N  # module scope: no monkeypatch here
    try:
        ctx = _prepare(db, folder)
    finally:
        encryption.SCRYPT_N = saved
        db.dispose()
    return folder / "talenta.sqlite", ctx


@pytest.fixture
def prepared(_prepared, tmp_path) -> tuple[Database, Context]:
    template, ctx = _prepared
    shutil.copyfile(template, tmp_path / "talenta.sqlite")  # closed and checkpointed: one file
    db = open_database(tmp_path / "talenta.sqlite", migrate=False)
    yield db, ctx
    db.dispose()


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_each_role_is_refused_exactly_what_the_matrix_withholds(name, prepared, tmp_path):
    op = OPERATIONS[name]
    demo_db, ctx = prepared
    # Refused roles first, on the prepared database; then the allowed ones. An allowed role whose permissions
    # include those of a role already seen to succeed is not run again: a check can only ask for
    # permissions, so it cannot refuse a role that holds more (this keeps the slow exports to one run).
    succeeded: list[frozenset[Permission]] = []
    before = _digest(demo_db)
    for role in sorted(ROLES, key=lambda r: (op.needs <= ROLE_PERMISSIONS[r], len(ROLE_PERMISSIONS[r]))):
        actor, held = _actor(role), ROLE_PERMISSIONS[role]
        out = tmp_path / f"keluaran-{role}"
        out.mkdir()
        if op.needs <= held:
            if not any(seen <= held for seen in succeeded):
                _call(op, demo_db, actor, ctx, out, keep=False)
                succeeded.append(held)
            continue
        with pytest.raises(PermissionDenied) as refused:
            _call(op, demo_db, actor, ctx, out)
        assert actor.username in str(refused.value)
        assert _digest(demo_db) == before, f"{role}: refused, but the database changed"
        assert list(out.iterdir()) == [], f"{role}: refused, but a file was written"
    assert succeeded, "no role may do this: the operation's needs are wrong"


def _call(op: Operation, db: Database, actor: Actor, ctx: Context, out: Path, *, keep: bool = True) -> None:
    """Run one operation as a caller would: a session's work in one transaction (committed when it ends,
    rolled back on an error; an allowed role's work is rolled back too, so the next role finds the same
    database), or the whole-database services, which manage their own transactions."""
    if op.whole_database:
        op.run(db, actor, ctx, out)
        return
    if keep:
        with db.transaction() as session:
            op.run(session, actor, ctx, out)
        return
    with db.session() as session:
        session.begin()
        try:
            op.run(session, actor, ctx, out)
            session.flush()
        finally:
            session.rollback()


# -- disciplinary records ---------------------------------------------------------------------------------


def test_disciplinary_records_are_read_only_for_roles_with_the_sensitive_data_permission(demo_db):
    from talenta_desktop.services.personnel import can_view_hukdis, person_profile

    with demo_db.session() as session:
        person = session.scalars(select(HukdisHistory.person_id).order_by(HukdisHistory.id)).first()
        for role in ROLES:
            actor = _actor(role)
            may = P.SENSITIVE_DATA in ROLE_PERMISSIONS[role]
            assert can_view_hukdis(actor) is may
            profile = person_profile(session, person, actor)
            assert profile.hukdis_visible is may
            assert bool(profile.hukdis) is may, role  # not read at all for the others


def test_a_profile_report_leaves_out_hukdis_unless_asked_and_allowed(demo_db, tmp_path):
    from talenta_desktop.services.reports.catalog import ReportRequest, produce_report

    with demo_db.transaction() as session:
        person = session.get(Person, session.scalars(select(HukdisHistory.person_id)).first())
        period = session.scalars(select(TalentPeriod.label).order_by(TalentPeriod.label.desc())).first()
        made = produce_report(session, _actor("komite"), ReportRequest("profile", period=period, nip=person.nip),
                              tmp_path / "profil.pdf")  # fmt: skip
    assert made.data.hukdis is None


# -- unknown roles and the rule for actions nobody placed -------------------------------------------------


def test_an_unknown_role_may_do_nothing():
    stranger = Actor("tamu", "tamu")
    assert not any(can(stranger, p) for p in Permission)
    with pytest.raises(PermissionDenied):
        require(stranger, P.REPORT)
    with pytest.raises(PermissionDenied):
        authorize_action(stranger, "calibration.create")


def test_an_action_placed_nowhere_is_for_administrators_only():
    assert permission_for_action("fitur_baru.simpan") is None
    authorize_action(_actor("administrator"), "fitur_baru.simpan")
    for role in ("operator", "komite", "pembaca"):
        with pytest.raises(PermissionDenied, match=r"fitur_baru\.simpan"):
            authorize_action(_actor(role), "fitur_baru.simpan")


def test_own_account_actions_are_open_only_for_ones_own_account():
    pembaca = _actor("pembaca")
    authorize_action(pembaca, "user.login", pembaca.username)
    authorize_action(pembaca, "user.password", pembaca.username)
    for action in ("user.login", "user.password"):
        with pytest.raises(PermissionDenied):
            authorize_action(pembaca, action, "admin")
    with pytest.raises(PermissionDenied):
        authorize_action(pembaca, "user.disable", pembaca.username)  # not even one's own


# -- every audited action in the source is placed ---------------------------------------------------------

# Actions meant for administrators only, by falling through `permission_for_action`.
ADMINISTRATORS_ONLY = {"demo.build"}


@functools.cache
def _modules() -> tuple[tuple[str, Path, ast.Module], ...]:
    """(module name, file, syntax tree) of every module of the package, parsed once."""
    found = []
    for path in sorted(SOURCE.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if not any(f"{name}(" in text for name in ("record", "record_export", "put_setting")):
            continue  # nothing audited here: skip parsing it
        parts = path.relative_to(SOURCE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found.append((name, path, ast.parse(text)))
    return tuple(found)


def _calls(name: str) -> list[tuple[str, str, ast.Call]]:
    """(module, file:line, call) of every call of a function called ``name`` in the package."""
    found = []
    for module, path, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
                if called == name:
                    found.append((module, f"{path.relative_to(SOURCE)}:{node.lineno}", node))
    return found


def _argument(call: ast.Call, position: int, keyword: str) -> ast.expr | None:
    if len(call.args) > position:
        return call.args[position]
    return next((k.value for k in call.keywords if k.arg == keyword), None)


def _strings(node: ast.expr, module: str, where: str) -> set[str]:
    """The action strings an expression can take. A kind of expression not known here fails the test, so a
    new way of naming actions is looked at rather than skipped."""
    from talenta_desktop.services.export_log import ACTION_PREFIX
    from talenta_desktop.services.importing.fields import ImportKind
    from talenta_desktop.services.reports.catalog import REPORTS

    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        return _strings(node.body, module, where) | _strings(node.orelse, module, where)
    text = ast.unparse(node)
    if isinstance(node, ast.Name) and isinstance(
        getattr(importlib.import_module(module), node.id, None), str
    ):
        return {getattr(importlib.import_module(module), node.id)}  # a module constant, e.g. APPLY_ACTION
    if text == "f'{report.kind}.import'":  # services/importing/engine.py
        return {f"{kind.value}.import" for kind in ImportKind}
    if text == "ACTION_PREFIX + kind":  # services/export_log.record_export: every kind it is called with
        kinds = set()
        for caller, at, call in _calls("record_export"):
            kinds |= _strings(_argument(call, 2, "kind"), caller, at)
        return {ACTION_PREFIX + kind for kind in kinds}
    if text == "f'report.{request.kind}'":  # services/reports/catalog.py
        return {f"report.{kind}" for kind in REPORTS}
    if module.endswith("app_settings") and text == "action":  # put_setting(..., action=...) or its default
        actions = {"setting.save"}
        for caller, at, call in _calls("put_setting"):
            if (given := _argument(call, 4, "action")) is not None:
                actions |= _strings(given, caller, at)
        return actions
    raise AssertionError(f"{where}: an audit action named by `{text}`; teach this test what it can be")


@functools.cache
def _actions() -> frozenset[str]:
    actions = set()
    for module, at, call in _calls("record"):
        if (argument := _argument(call, 2, "action")) is not None:
            actions |= _strings(argument, module, at)
    return frozenset(actions)


def test_every_audited_action_in_the_source_needs_a_placed_permission():
    actions = _actions()
    assert {"calibration.create", "calibration.reverse", "personnel.import", "export.personnel",
            "export.report.profile", "export.audit", "database.restore", "user.enable"} <= actions  # fmt: skip
    unplaced = {a for a in actions if permission_for_action(a) is None}
    assert unplaced == ADMINISTRATORS_ONLY
    for action in ADMINISTRATORS_ONLY:  # … and those really are closed to everyone else
        for role in ROLES:
            if role != "administrator":
                with pytest.raises(PermissionDenied):
                    authorize_action(_actor(role), action)


@pytest.mark.parametrize(
    ("action", "permission"),
    [
        ("export.personnel", P.REPORT),
        ("export.audit", P.REPORT),
        ("personnel.export", P.REPORT),
        ("personnel.import", P.PERSONNEL_EDIT),
        ("database.backup", P.BACKUP),
        ("database.restore", P.RESTORE),
        ("database.encrypt", P.USERS_MANAGE),
        ("user.login_failed", P.USERS_MANAGE),
        ("package.import", P.EXCHANGE_IMPORT),
        ("meeting.finalize", P.COMMITTEE_MANAGE),
        ("berita_acara.template", P.COMMITTEE_MANAGE),
    ],
)
def test_finer_actions_take_their_own_permission(action, permission):
    assert permission_for_action(action) is permission


def test_a_failed_sign_in_is_recorded_by_the_system_which_may_record_it():
    authorize_action(SYSTEM, "user.login_failed", "siapa-saja")


def test_the_digest_sees_a_committed_write_and_not_a_rolled_back_one(prepared):
    from talenta_desktop.services.app_settings import put_setting

    db, _ = prepared
    before = _digest(db)
    with db.session() as session, session.begin():
        put_setting(session, ADMIN, "uji.digest", 1)
        session.rollback()
    assert _digest(db) == before
    with db.transaction() as session:
        put_setting(session, ADMIN, "uji.digest", 1)
    assert _digest(db) != before
