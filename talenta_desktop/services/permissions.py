"""Who may do what: the permission matrix of the four roles, enforced in the services.

Every write records an audit event (DESIGN §2), so `audit.record` asks `require` for the permission its
action needs: a write the actor may not make is refused inside its own transaction, and nothing of it is
kept — whether it came from the GUI, the CLI or a script calling services directly. Reads that show
sensitive data (disciplinary records, the audit log) and long operations ask `require` before they start,
so a refusal comes first, not after minutes of work. The UI asks `can` only to hide what would be refused.
"""

from __future__ import annotations

from enum import StrEnum

from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP, Message, MessageError

from .actor import Actor


class Permission(StrEnum):
    PERSONNEL_EDIT = "personnel.edit"  # import and change personnel, SKP, assessments, units
    TALENT_MAP = "talent.map"  # periods and mapping runs
    TALENT_CALIBRATE = "talent.calibrate"  # move a person to another box, with a reason
    COMMITTEE_MANAGE = "committee.manage"  # committees, meetings, minutes, decisions
    DEVELOPMENT_MANAGE = "development.manage"  # development plans and activities
    SUCCESSION_MANAGE = "succession.manage"  # critical posts and successors
    SETTINGS_MANAGE = "settings.manage"  # scoring schemes, templates, agency-wide settings
    REPORT = "report"  # PDF reports and exports (leaving the office: logged)
    SENSITIVE_DATA = "sensitive.data"  # see disciplinary records; export them
    EXCHANGE_IMPORT = "exchange.import"  # bring in another installation's package
    BACKUP = "database.backup"
    RESTORE = "database.restore"  # replace the database with a copy
    USERS_MANAGE = "users.manage"  # add, disable, reset passwords; encrypt the database
    AUDIT_VIEW = "audit.view"  # read and export the audit log
    PRIVACY_MANAGE = "privacy.manage"  # retention settings and applying them


ROLE_LABELS = {
    "administrator": QT_TRANSLATE_NOOP("services.permissions", "Administrator"),
    "operator": QT_TRANSLATE_NOOP("services.permissions", "Operator BKPSDM"),
    "komite": QT_TRANSLATE_NOOP("services.permissions", "Anggota Komite"),
    "pembaca": QT_TRANSLATE_NOOP("services.permissions", "Pembaca"),
}

# Everyone may read the talent data that is not sensitive; these are the permissions beyond that.
_OPERATOR = frozenset(Permission) - {
    Permission.RESTORE,
    Permission.USERS_MANAGE,
    Permission.AUDIT_VIEW,
    Permission.PRIVACY_MANAGE,
}
ROLE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    "administrator": frozenset(Permission),
    "operator": _OPERATOR,
    "komite": frozenset({Permission.TALENT_CALIBRATE, Permission.REPORT}),
    "pembaca": frozenset(),
}

# The permission each audited action needs, by the action's first word ("meeting.finalize" → "meeting").
# An action that is listed nowhere needs an administrator: a new kind of write is closed until placed.
ACTION_PERMISSIONS: dict[str, Permission] = {
    "personnel": Permission.PERSONNEL_EDIT,
    "skp": Permission.PERSONNEL_EDIT,
    "assessment": Permission.PERSONNEL_EDIT,
    "import_profile": Permission.PERSONNEL_EDIT,
    "unit": Permission.PERSONNEL_EDIT,
    "mapping": Permission.TALENT_MAP,
    "period": Permission.TALENT_MAP,
    "calibration": Permission.TALENT_CALIBRATE,
    "committee": Permission.COMMITTEE_MANAGE,
    "meeting": Permission.COMMITTEE_MANAGE,
    "berita_acara": Permission.COMMITTEE_MANAGE,
    "development": Permission.DEVELOPMENT_MANAGE,
    "succession": Permission.SUCCESSION_MANAGE,
    "scheme": Permission.SETTINGS_MANAGE,
    "setting": Permission.SETTINGS_MANAGE,
    "instansi": Permission.SETTINGS_MANAGE,
    "export": Permission.REPORT,
    "report": Permission.REPORT,
    "package": Permission.EXCHANGE_IMPORT,
    "exchange": Permission.EXCHANGE_IMPORT,
    "user": Permission.USERS_MANAGE,
    "privacy": Permission.PRIVACY_MANAGE,
}
# Actions with their own permission, finer than their first word.
_EXACT_ACTIONS: dict[str, Permission] = {
    "personnel.export": Permission.REPORT,
    "database.backup": Permission.BACKUP,
    "database.restore": Permission.RESTORE,
    "database.encrypt": Permission.USERS_MANAGE,
}

PERMISSION_LABELS = {
    Permission.PERSONNEL_EDIT: "Mengimpor dan mengubah data pegawai",
    Permission.TALENT_MAP: "Mengelola periode dan memetakan talenta",
    Permission.TALENT_CALIBRATE: "Mengkalibrasi kotak talenta",
    Permission.COMMITTEE_MANAGE: "Mengelola komite, rapat, notula, dan keputusan",
    Permission.DEVELOPMENT_MANAGE: "Mengelola rencana pengembangan",
    Permission.SUCCESSION_MANAGE: "Mengelola jabatan kritikal dan suksesor",
    Permission.SETTINGS_MANAGE: "Mengubah skema penilaian dan pengaturan",
    Permission.REPORT: "Membuat laporan dan ekspor",
    Permission.SENSITIVE_DATA: "Melihat dan mengekspor hukuman disiplin",
    Permission.EXCHANGE_IMPORT: "Mengimpor paket pertukaran",
    Permission.BACKUP: "Membuat salinan cadangan",
    Permission.RESTORE: "Memulihkan database dari salinan",
    Permission.USERS_MANAGE: "Mengelola pengguna dan enkripsi",
    Permission.AUDIT_VIEW: "Melihat dan mengekspor log audit",
    Permission.PRIVACY_MANAGE: "Mengatur dan menerapkan masa retensi data",
}

_WHAT = {  # PERMISSION_LABELS as they end a refusal: "… tidak berwenang mengelola …"
    Permission.PERSONNEL_EDIT: QT_TRANSLATE_NOOP(
        "services.permissions", "mengimpor dan mengubah data pegawai"
    ),
    Permission.TALENT_MAP: QT_TRANSLATE_NOOP(
        "services.permissions", "mengelola periode dan memetakan talenta"
    ),
    Permission.TALENT_CALIBRATE: QT_TRANSLATE_NOOP("services.permissions", "mengkalibrasi kotak talenta"),
    Permission.COMMITTEE_MANAGE: QT_TRANSLATE_NOOP(
        "services.permissions", "mengelola komite, rapat, notula, dan keputusan"
    ),
    Permission.DEVELOPMENT_MANAGE: QT_TRANSLATE_NOOP(
        "services.permissions", "mengelola rencana pengembangan"
    ),
    Permission.SUCCESSION_MANAGE: QT_TRANSLATE_NOOP(
        "services.permissions", "mengelola jabatan kritikal dan suksesor"
    ),
    Permission.SETTINGS_MANAGE: QT_TRANSLATE_NOOP(
        "services.permissions", "mengubah skema penilaian dan pengaturan"
    ),
    Permission.REPORT: QT_TRANSLATE_NOOP("services.permissions", "membuat laporan dan ekspor"),
    Permission.SENSITIVE_DATA: QT_TRANSLATE_NOOP(
        "services.permissions", "melihat dan mengekspor hukuman disiplin"
    ),
    Permission.EXCHANGE_IMPORT: QT_TRANSLATE_NOOP("services.permissions", "mengimpor paket pertukaran"),
    Permission.BACKUP: QT_TRANSLATE_NOOP("services.permissions", "membuat salinan cadangan"),
    Permission.RESTORE: QT_TRANSLATE_NOOP("services.permissions", "memulihkan database dari salinan"),
    Permission.USERS_MANAGE: QT_TRANSLATE_NOOP("services.permissions", "mengelola pengguna dan enkripsi"),
    Permission.AUDIT_VIEW: QT_TRANSLATE_NOOP("services.permissions", "melihat dan mengekspor log audit"),
    Permission.PRIVACY_MANAGE: QT_TRANSLATE_NOOP(
        "services.permissions", "mengatur dan menerapkan masa retensi data"
    ),
}


class PermissionDenied(MessageError, PermissionError):
    """The actor's role may not do this; the message is for the user and names role and action."""

    def __init__(self, actor: Actor, what: str | Message) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "services.permissions", "Pengguna {username} (peran {role}) tidak berwenang {what}."
            ),
            username=actor.username,
            role=ROLE_LABELS.get(actor.role, actor.role),
            what=what,
        )
        self.actor = actor


def can(actor: Actor, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS.get(actor.role, frozenset())


def require(actor: Actor, permission: Permission) -> None:
    if not can(actor, permission):
        raise PermissionDenied(actor, _WHAT[permission])


def permission_for_action(action: str) -> Permission | None:
    """The permission an audited action needs; None for an action placed nowhere (administrators only)."""
    return _EXACT_ACTIONS.get(action) or ACTION_PERMISSIONS.get(action.split(".", 1)[0])


# What every user may do to their own account: sign in, and change their password.
_OWN_ACCOUNT_ACTIONS = frozenset({"user.login", "user.password"})


def authorize_action(actor: Actor, action: str, entity_id: str | None = None) -> None:
    """Refuse a write the actor may not make."""
    if action in _OWN_ACCOUNT_ACTIONS and entity_id == actor.username:
        return
    permission = permission_for_action(action)
    if permission is None:
        if actor.role != "administrator":
            raise PermissionDenied(
                actor, Message(QT_TRANSLATE_NOOP("services.permissions", "melakukan {action}"), action=action)
            )
        return
    require(actor, permission)
