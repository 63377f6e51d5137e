"""What the pages' forms share: a question with honest buttons, hints, section titles, rows, and the
dialog whose OK runs a service and shows its refusal in place.

One copy here, so the Komite, Pengembangan and Suksesi pages look and behave alike.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, QSize, QStandardPaths, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from talenta_desktop.services.permissions import PermissionDenied
from talenta_desktop.services.workspace import Workspace
from talenta_desktop.ui.messages import user_text
from talenta_desktop.ui.restyle import restyle


def ask(parent: QWidget, title: str, question: str, yes: str, no: str) -> bool:
    """A question with buttons that say what they do (the app carries no translation of Qt's "Yes")."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.NoButton, parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.YesRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def say(label: QLabel, message: str, tone: str | None = None) -> None:
    """A status line's text and tone ("ok", "error" …, or None for plain)."""
    label.setText(message)
    restyle(label, "tone", tone)


def hint(source_text: str) -> QLabel:
    label = QLabel(source_text)
    label.setWordWrap(True)
    label.setProperty("role", "hint")
    return label


def section(title: str) -> QLabel:
    label = QLabel(title)
    label.setProperty("role", "sectionTitle")
    return label


def period_label(text: str, combo: QWidget) -> QLabel:
    """The label of a page's period list, for a heading row aligned at the bottom: as tall as the list,
    so that its text sits level with the list's text rather than below it."""
    label = QLabel(text)
    label.setBuddy(combo)
    label.setMinimumHeight(combo.sizeHint().height())
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return label


def hbox(*items, spacing: int = 8, margins: int | None = None) -> QHBoxLayout:
    """A horizontal row of widgets and layouts; an int is a stretch of that factor."""
    layout = QHBoxLayout()
    layout.setSpacing(spacing)
    if margins is not None:
        layout.setContentsMargins(margins, margins, margins, margins)
    for item in items:
        if isinstance(item, int):
            layout.addStretch(item)
        elif isinstance(item, QWidget):
            layout.addWidget(item)
        else:
            layout.addLayout(item)
    return layout


class ServiceDialog(QDialog):
    """A form whose OK button runs :meth:`submit`; a refusal of one of ``refusals``, or of the actor's
    role (PermissionDenied, whatever the dialog), is shown in place (anything else is a bug and goes to
    the exception hook)."""

    refusals: tuple[type[Exception], ...] = ()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.result_value: Any = None
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(9)
        self.form.setHorizontalSpacing(12)
        self.messages = QLabel(objectName="messages")
        self.messages.setWordWrap(True)
        self.messages.setTextFormat(Qt.TextFormat.PlainText)
        self.messages.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("ok")
        self.ok_button.setProperty("role", "primary")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(QCoreApplication.translate("ServiceDialog", "Batal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.setSpacing(10)
        self.body.addLayout(self.form)

    def finish(self, ok_text: str, *extra: QWidget) -> None:
        """Lay out what follows the form (hints), then the messages and the buttons."""
        self.ok_button.setText(ok_text)
        for widget in extra:
            self.body.addWidget(widget)
        self.body.addWidget(self.messages)
        self.body.addStretch(1)
        self.body.addWidget(self.buttons)

    def show_message(self, message: str) -> None:
        self.messages.setText(message)
        restyle(self.messages, "tone", "error")
        self.messages.setVisible(bool(message))
        self.body.activate()  # grow to fit the message rather than squeeze the fields
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def submit(self) -> Any:  # pragma: no cover - every dialog has its own
        raise NotImplementedError

    def accept(self) -> None:
        if not self.ok_button.isEnabled():
            return
        try:
            self.result_value = self.submit()
        except (PermissionDenied, *self.refusals) as exc:
            self.show_message(user_text(exc))
            return
        super().accept()


def last_folder(settings_key: str) -> Path:
    """Where a save dialog opens: the folder of the last file saved under ``settings_key`` (see
    :func:`remember_folder`) while it exists, else the user's Documents."""
    saved = QSettings().value(settings_key)
    if isinstance(saved, str) and Path(saved).is_dir():
        return Path(saved)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home())


def remember_folder(settings_key: str, saved_file: Path) -> None:
    QSettings().setValue(settings_key, str(Path(saved_file).parent))


class ElidedLabel(QLabel):
    """One line that ends in "…" when it does not fit (the whole text is its tooltip)."""

    def setText(self, value: str) -> None:
        super().setText(value)
        self.setToolTip(value)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.minimumWidth() or 0), hint.height())

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        elided = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided)
