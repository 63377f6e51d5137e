"""What the services say, in the interface language.

Services and domain rules speak in :class:`~talenta_desktop.domain.messages.Message` values (an Indonesian
template filed under a translation context, and the facts that fill it); their errors carry one as
``user_message`` while ``str(error)`` stays Indonesian for the CLI, the logs and the audit chain. Every
place on screen that shows a service's words goes through :func:`user_text`, which translates the template
and every translatable param through the installed catalogue and writes dates the way the interface
language does.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from talenta_desktop.domain.messages import Message, message_of, problems_of
from talenta_desktop.ui.formatting import date_text

__all__ = ["user_lines", "user_text"]


def _translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def user_text(thing: object) -> str:
    """A message, a marked label, or an error (its message; its plain text when it carries none), as
    the user reads it. An error listing several problems gives each its own line."""
    if not isinstance(thing, Message):
        problems = problems_of(thing)
        if problems:
            return "\n".join(user_lines(problems))
    return message_of(thing).render(_translate, date_text=date_text, decimal_point=QLocale().decimalPoint())


def user_lines(things) -> list[str]:
    """Each of several messages (or errors) as the user reads it."""
    return [user_text(thing) for thing in things]
