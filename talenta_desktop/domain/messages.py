"""Messages for people, written once in Indonesian and shown in the interface language.

The services and the domain rules are pure Python (DESIGN §1), yet what they say reaches the screen:
why a write was refused, which row, column and value an import rejected, whether a meeting has its
quorum. So they say it as a :class:`Message` — an Indonesian template with ``{named}`` placeholders,
filed under a translation context, and the facts that fill it. ``str()`` of a message (and of an error
that carries one) is the Indonesian text, as before: the CLI, the logs and the audit chain read that.
The GUI renders the same message through Qt's catalogue instead (``ui.messages.user_text``).

Templates are marked with :func:`QT_TRANSLATE_NOOP`, a plain function under the name Qt's ``lupdate``
looks for, so ``scripts/update_translations.py`` files every service template in the catalogues next to
the interface's own strings. Its two arguments must be literal strings (lupdate reads the source, it
does not run it); the context is the module's path below ``talenta_desktop`` (``"services.committee"``),
which tests/domain/test_messages.py checks along with each template's placeholders against its params.

A param may itself be a message or a marked label (a :class:`Template` without placeholders, such as a
role or a field name): the GUI translates those too. A ``date`` param is written out as a date in the
user's language ("17 Agustus 2025" / "17 August 2025"), a :class:`Figure` with its decimal mark.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Sequence
from datetime import date, datetime
from functools import lru_cache
from typing import Any

__all__ = [
    "QT_TRANSLATE_NOOP",
    "Figure",
    "Lowered",
    "Message",
    "MessageError",
    "Template",
    "Translate",
    "joined",
    "message_of",
    "placeholders",
    "problems_of",
]

# (context, source) -> translated source; the GUI passes QCoreApplication.translate
Translate = Callable[[str, str], str]


class Template(str):
    """Indonesian source text that knows the translation context it is filed under.

    It *is* the text (a ``str``): labels marked this way still work as dictionary values, in f-strings
    and in comparisons; only a renderer that is given a translator looks at ``context``.
    """

    context: str

    def __new__(cls, text: str, context: str) -> Template:
        self = super().__new__(cls, text)
        self.context = context
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Template, (str(self), self.context))


def QT_TRANSLATE_NOOP(context: str, text: str) -> Template:  # the name lupdate extracts
    """Mark ``text`` for translation under ``context`` (both literal strings) and return it as a
    :class:`Template`. Translates nothing itself: that happens where the text is shown."""
    return Template(text, context)


@lru_cache(maxsize=4096)
def placeholders(template: str) -> frozenset[str]:
    """The names a template's ``{name}`` fields refer to."""
    names = set()
    for _literal, field, _spec, _conversion in string.Formatter().parse(template):
        if field is not None:
            names.add(field.split(".", 1)[0].split("[", 1)[0])
    return frozenset(names)


def _indonesian_date(day: date) -> str:
    from talenta_desktop.domain.dates import format_tanggal  # dates imports errors, which imports us

    return format_tanggal(day)


class Message:
    """A template and the facts that fill it; ``str()`` is the Indonesian text.

    ``Message(template, **params)``: ``template`` is normally marked with :func:`QT_TRANSLATE_NOOP`; a
    plain string (text from outside, or from code not yet converted) renders as it is, untranslated.
    """

    __slots__ = ("params", "template")

    template: str
    params: dict[str, Any]

    def __init__(self, template: str, /, **params: Any) -> None:
        self.template = template
        self.params = params

    @property
    def context(self) -> str | None:
        return getattr(self.template, "context", None)

    def render(
        self,
        translate: Translate | None = None,
        *,
        date_text: Callable[[date], str] | None = None,
        decimal_point: str | None = None,
    ) -> str:
        """The text: Indonesian without ``translate``; otherwise the template and every translatable
        param through it, dates through ``date_text`` and figures with ``decimal_point``. A translation
        whose placeholders do not fit the params (a translator's slip) falls back to the Indonesian
        template rather than failing."""
        source = str(self.template)
        translated = source
        if translate is not None and self.context:
            translated = translate(self.context, source) or source
        if not self.params:  # nothing to fill: braces in the text are text
            return translated
        values = {
            key: _render(value, translate, date_text, decimal_point) for key, value in self.params.items()
        }
        if translated != source:
            try:
                return translated.format_map(values)
            except (KeyError, IndexError, ValueError, AttributeError):
                pass
        return source.format_map(values)

    def __str__(self) -> str:
        return self.render()

    def __format__(self, spec: str) -> str:
        return format(self.render(), spec)

    def __repr__(self) -> str:
        return f"Message({str(self.template)!r}, context={self.context!r}, params={self.params!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message):
            return NotImplemented
        return (self.context, str(self.template), self.params) == (
            other.context,
            str(other.template),
            other.params,
        )

    __hash__ = None  # type: ignore[assignment]  # params may hold lists

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.template, self.params))


def _rebuild(template: str, params: dict[str, Any]) -> Message:
    return Message(template, **params)


class Figure:
    """A measured number in a message, written with the reader's decimal mark: "65,7" in Indonesian,
    "65.7" in English; at most ``places`` decimals, no trailing zeros."""

    __slots__ = ("places", "value")

    def __init__(self, value: float, places: int | None = 2) -> None:
        self.value = value
        self.places = places  # None: as many decimals as the number has (up to Python's "g")

    def text(self, decimal_point: str = ",") -> str:
        number = float(self.value) if self.places is None else round(float(self.value), self.places)
        return f"{number:g}".replace(".", decimal_point)

    def __str__(self) -> str:
        return self.text()

    def __repr__(self) -> str:
        return f"Figure({self.value!r}, places={self.places!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Figure) and (other.value, other.places) == (self.value, self.places)

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self) -> tuple[Any, ...]:
        return (Figure, (self.value, self.places))


class Lowered:
    """A label (or message) in lower case wherever it is rendered, as in "2 riwayat jabatan"."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __str__(self) -> str:
        return str(_render(self.value, None, None, None)).lower()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Lowered) and other.value == self.value

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self) -> tuple[Any, ...]:
        return (Lowered, (self.value,))


def _render(
    value: Any,
    translate: Translate | None,
    date_text: Callable[[date], str] | None,
    decimal_point: str | None,
) -> Any:
    if isinstance(value, BaseException) and isinstance(getattr(value, "user_message", None), Message):
        value = value.user_message  # an error quoted inside a message says its own message
    if isinstance(value, Message):
        return value.render(translate, date_text=date_text, decimal_point=decimal_point)
    if isinstance(value, Template):
        return translate(value.context, str(value)) if translate is not None else str(value)
    if isinstance(value, date) and not isinstance(value, datetime):
        return (date_text or _indonesian_date)(value)
    if isinstance(value, Figure):
        return value.text(decimal_point or ",")
    if isinstance(value, Lowered):
        return str(_render(value.value, translate, date_text, decimal_point)).lower()
    return value


def joined(parts: Sequence[Any], separator: str = ", ") -> Message:
    """Several messages (or labels, or plain values) as one, each rendered in turn: for lists that a
    service builds at run time, such as the problems of a form or the parts of a summary."""
    names = {f"part{i}": part for i, part in enumerate(parts)}
    template = separator.replace("{", "{{").replace("}", "}}").join("{" + name + "}" for name in names)
    return Message(template, **names)


def message_of(thing: object) -> Message:
    """What ``thing`` says, as a message: itself, the message an error carries, or its plain text."""
    if isinstance(thing, Message):
        return thing
    if isinstance(thing, Template):
        return Message(thing)
    carried = getattr(thing, "user_message", None)
    if isinstance(carried, Message):
        return carried
    return Message(str(thing))


class MessageError(Exception):
    """An exception whose text is a :class:`Message`: ``str(error)`` stays the Indonesian text and
    ``error.user_message`` is what the GUI translates.

    Raise it as ``XxxError(QT_TRANSLATE_NOOP("services.x", "… {name} …"), name=value)``, or with a
    ready message. A plain string is accepted too (it is shown as it is, in any language).
    """

    user_message: Message

    def __init__(self, message: Message | str = "", /, **params: Any) -> None:
        if isinstance(message, Message):
            if params:
                raise TypeError("params go into the Message, not beside it")
            user_message = message
        else:
            user_message = Message(message, **params)
        super().__init__(str(user_message))
        self.user_message = user_message


def problems_of(thing: object) -> list[Message] | None:
    """The list of problems an error carries (a form refused for several reasons), as messages:
    ``problem_messages`` when it has them, else its ``problems``."""
    found = getattr(thing, "problem_messages", None) or getattr(thing, "problems", None)
    if not found or isinstance(found, str | bytes) or not isinstance(found, Sequence):
        return None
    return [message_of(p) for p in found]
