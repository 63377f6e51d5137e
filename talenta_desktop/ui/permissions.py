"""What the person using the app may do, as the pages show it: an action the role may not perform is
disabled, with a tooltip that says why, so nobody meets a button that the services would only refuse.

The services enforce the matrix (services.permissions); the UI only asks ``Workspace.can``. A page
calls :func:`guard` once, after building its widgets: the widgets stay disabled whatever the page's own
logic sets later (a meeting that becomes active, a selection that changes), because the lock watches
the widget rather than relying on every ``setEnabled`` call to remember the role.

A write that is refused all the same (the role changed behind the window, a path nobody guarded) ends
as the page's usual refusal message: every place that reports a service's refusal also catches
:class:`~talenta_desktop.services.permissions.PermissionDenied`, whose message names role and action.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from talenta_desktop.services.permissions import ROLE_PERMISSIONS, Permission, PermissionDenied
from talenta_desktop.services.workspace import Workspace

__all__ = ["PermissionDenied", "denial", "guard", "lock_reason", "role_text"]

CONTEXT = "Permissions"

# The services' labels (ROLE_LABELS, PERMISSION_LABELS) stay Indonesian for the audit log and the CLI;
# the screen shows these, translated. tests/gui/test_roles.py checks the keys match the services'.
ROLE_TEXT = {
    "administrator": QT_TRANSLATE_NOOP("Permissions", "Administrator"),
    "operator": QT_TRANSLATE_NOOP("Permissions", "Operator BKPSDM"),
    "komite": QT_TRANSLATE_NOOP("Permissions", "Anggota Komite"),
    "pembaca": QT_TRANSLATE_NOOP("Permissions", "Pembaca"),
}
# What a permission allows, to complete "Peran Anda (…) tidak berwenang …".
PERMISSION_TEXT = {
    Permission.PERSONNEL_EDIT: QT_TRANSLATE_NOOP("Permissions", "mengimpor dan mengubah data pegawai"),
    Permission.TALENT_MAP: QT_TRANSLATE_NOOP("Permissions", "mengelola periode dan memetakan talenta"),
    Permission.TALENT_CALIBRATE: QT_TRANSLATE_NOOP("Permissions", "mengkalibrasi kotak talenta"),
    Permission.COMMITTEE_MANAGE: QT_TRANSLATE_NOOP(
        "Permissions", "mengelola komite, rapat, notula, dan keputusan"
    ),
    Permission.DEVELOPMENT_MANAGE: QT_TRANSLATE_NOOP("Permissions", "mengelola rencana pengembangan"),
    Permission.SUCCESSION_MANAGE: QT_TRANSLATE_NOOP("Permissions", "mengelola jabatan kritikal dan suksesor"),
    Permission.SETTINGS_MANAGE: QT_TRANSLATE_NOOP("Permissions", "mengubah skema penilaian dan pengaturan"),
    Permission.REPORT: QT_TRANSLATE_NOOP("Permissions", "membuat laporan dan ekspor"),
    Permission.SENSITIVE_DATA: QT_TRANSLATE_NOOP("Permissions", "melihat dan mengekspor hukuman disiplin"),
    Permission.EXCHANGE_IMPORT: QT_TRANSLATE_NOOP("Permissions", "mengimpor paket pertukaran"),
    Permission.BACKUP: QT_TRANSLATE_NOOP("Permissions", "membuat salinan cadangan"),
    Permission.RESTORE: QT_TRANSLATE_NOOP("Permissions", "memulihkan database dari salinan"),
    Permission.USERS_MANAGE: QT_TRANSLATE_NOOP("Permissions", "mengelola pengguna dan enkripsi"),
    Permission.AUDIT_VIEW: QT_TRANSLATE_NOOP("Permissions", "melihat dan mengekspor log audit"),
    Permission.PRIVACY_MANAGE: QT_TRANSLATE_NOOP("Permissions", "mengatur dan menerapkan masa retensi data"),
}


def role_text(role: str) -> str:
    """A role as the user reads it; the code itself for a role this version does not know."""
    source = ROLE_TEXT.get(role)
    return QCoreApplication.translate(CONTEXT, source) if source else role


def _as_tuple(permissions: Permission | Iterable[Permission]) -> tuple[Permission, ...]:
    return (permissions,) if isinstance(permissions, Permission) else tuple(permissions)


def denial(workspace: Workspace, permissions: Permission | Iterable[Permission]) -> str | None:
    """Why the person using the app may not do what needs all of ``permissions``; None when they may.

    A role with no permission at all reads everything and changes nothing: "… hanya dapat melihat".
    """
    missing = [p for p in _as_tuple(permissions) if not workspace.can(p)]
    if not missing:
        return None
    role = workspace.actor.role
    if not ROLE_PERMISSIONS.get(role):
        return QCoreApplication.translate(CONTEXT, "Peran Anda ({0}) hanya dapat melihat.").format(
            role_text(role)
        )
    return QCoreApplication.translate(CONTEXT, "Peran Anda ({0}) tidak berwenang {1}.").format(
        role_text(role), QCoreApplication.translate(CONTEXT, PERMISSION_TEXT[missing[0]])
    )


class _Lock(QObject):
    """Keeps one widget disabled, with the reason as its tooltip, whatever its page sets later."""

    def __init__(self, widget: QWidget, reason: str) -> None:
        super().__init__(widget)
        self.setObjectName("roleLock")
        self.reason = reason
        widget.setEnabled(False)
        widget.setToolTip(reason)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.EnabledChange and watched.isEnabled():
            watched.setEnabled(False)
        elif kind == QEvent.Type.ToolTipChange and watched.toolTip() != self.reason:
            watched.setToolTip(self.reason)
        return False


def _lock_action(action: QAction, reason: str) -> None:
    def keep() -> None:
        if action.isEnabled():
            action.setEnabled(False)
        if action.toolTip() != reason:
            action.setToolTip(reason)

    action.setProperty("roleLock", reason)
    keep()
    action.changed.connect(keep)


def guard(
    workspace: Workspace, permissions: Permission | Iterable[Permission], *widgets: QWidget | QAction
) -> bool:
    """Whether the person may do what needs all of ``permissions``; when not, ``widgets`` are disabled
    for good with a tooltip saying why (e.g. "Peran Anda (Pembaca) hanya dapat melihat.")."""
    reason = denial(workspace, permissions)
    if reason is None:
        return True
    for widget in widgets:
        if isinstance(widget, QAction):
            _lock_action(widget, reason)
        else:
            _Lock(widget, reason)
    return False


def lock_reason(widget: QWidget | QAction) -> str | None:
    """The role's reason a widget (or action) is locked; None when the role does not lock it."""
    if isinstance(widget, QAction):
        reason = widget.property("roleLock")
        return str(reason) if reason else None
    lock = widget.findChild(_Lock, "roleLock", Qt.FindChildOption.FindDirectChildrenOnly)
    return lock.reason if lock is not None else None
