"""The one error type the rule modules raise.

Importers collect these per row and show them to BKPSDM staff, so each carries a stable machine code (for
counting, filtering and tests) beside a message that names the offending value: Indonesian as text, and
as a :class:`~talenta_desktop.domain.messages.Message` the GUI shows in the user's language.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .messages import Message, Template, placeholders


class RuleError(ValueError):
    """A value broke a domain rule.

    ``code`` is stable and machine-readable (e.g. ``"nip.length"``); ``message`` is for the user, in
    Indonesian, and is what ``str(err)`` returns; ``params`` holds the facts the message was built from
    so a caller can rephrase it without parsing text. Given a marked template (``QT_TRANSLATE_NOOP``),
    the message is that template filled from ``params`` (which may hold more facts than it names), and
    ``user_message`` is what the GUI translates.
    """

    code: str
    message: str
    params: dict[str, Any]
    user_message: Message

    def __init__(self, code: str, message: str, params: Mapping[str, Any] | None = None) -> None:
        self.code = code
        self.params = dict(params or {})
        if isinstance(message, Template):
            self.user_message = Message(
                message, **{key: self.params[key] for key in self.params if key in placeholders(message)}
            )
            message = str(self.user_message)
        else:
            self.user_message = Message(message)
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"RuleError({self.code!r}, {self.message!r}, {self.params!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        # Keeps errors picklable (e.g. when an import runs in a worker process), template and all.
        template = self.user_message.template
        return (
            type(self),
            (self.code, template if isinstance(template, Template) else self.message, self.params),
        )


def shown(value: object, limit: int = 40) -> str:
    """A value as quoted in a message: as text, cut short so a pasted paragraph stays readable."""
    if isinstance(value, str):
        text = value
    else:
        try:
            text = str(value)
        except ValueError:  # e.g. an int too long to print (sys.int_info.default_max_str_digits)
            text = f"<{type(value).__name__} yang sangat panjang>"
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"
