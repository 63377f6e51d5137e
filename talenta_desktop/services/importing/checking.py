"""Column-wise parsing with per-value memo, and the problems it finds, row by row.

Personnel files repeat values down a column (the same unit, golongan, gender, jabatan thousands of
times), so each distinct cell value is parsed once per column; the cost then grows with the number of
distinct values, not of rows.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from talenta_desktop.domain.cells import is_blank
from talenta_desktop.domain.errors import RuleError, shown
from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP, Message

from .report import ERROR, WARNING, Problem


@dataclass
class Table:
    """The data rows of a sheet below its header, column by mapped field."""

    row_numbers: list[int]  # spreadsheet row number of each data row
    columns: dict[str, list[object]]  # field key -> the cells of that column
    headers: dict[str, str]  # field key -> header as written

    def __len__(self) -> int:
        return len(self.row_numbers)


class RowChecker:
    """Parses columns of a Table and records every problem against its row, column and value."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.problems: list[Problem] = []
        self.invalid_rows: set[int] = set()  # indexes into the table

    def error(
        self, index: int, field: str | None, value: object, message: Message | str, code: str = ""
    ) -> None:
        self.invalid_rows.add(index)
        self._add(index, field, value, message, ERROR, code)

    def warn(
        self, index: int, field: str | None, value: object, message: Message | str, code: str = ""
    ) -> None:
        self._add(index, field, value, message, WARNING, code)

    def _add(
        self, index: int, field: str | None, value: object, message: Message | str, severity: str, code: str
    ) -> None:
        column = self.table.headers.get(field) if field else None
        shown_value = None if value is None else shown(_as_typed(value), 60)
        self.problems.append(
            Problem.of(self.table.row_numbers[index], column, shown_value, message, severity, code)
        )

    def has(self, field: str) -> bool:
        return field in self.table.columns

    def raw(self, field: str) -> list[object]:
        return self.table.columns.get(field) or [None] * len(self.table)

    def parse(
        self,
        field: str,
        parser: Callable[..., Any],
        *,
        required: bool = False,
        context: list[object] | None = None,
    ) -> list[Any]:
        """Parse one column; an unparsable or missing required cell becomes None and an error.

        `context` gives each row an extra argument for the parser (e.g. the row's employee kind for
        golongan); the memo then keys on the value and the context together.
        """
        values = self.table.columns.get(field)
        if values is None:
            return [None] * len(self.table)
        # Each distinct (type, value[, context]) is parsed once; the type keeps 1, 1.0 and True apart.
        # Mapping the results back runs at C speed, which matters at 50,000 rows × 30 columns.
        kinds = set(map(type, values))
        kinds.discard(type(None))
        plain = context is None and len(kinds) <= 1  # one type: the values themselves are safe keys
        if plain:
            keys: list[Any] = values
        else:
            types = map(type, values)
            keys = list(
                zip(types, values, strict=True)
                if context is None
                else zip(types, values, context, strict=True)
            )
        results: dict[Any, Any] = {}  # key -> parsed value, or None when blank or wrong
        bad: dict[Any, RuleError | None] = {}  # key -> its error (None: a required blank)
        for key in dict.fromkeys(keys):
            raw = key if plain else key[1]
            if is_blank(raw):
                results[key] = None
                if required:
                    bad[key] = None
                continue
            try:
                results[key] = parser(raw) if context is None else parser(raw, key[2])
            except RuleError as exc:
                results[key] = None
                bad[key] = exc
        if bad:
            blank = Message(
                QT_TRANSLATE_NOOP("services.importing.checking", "{column} wajib diisi."),
                column=self.table.headers[field],
            )
            for index, key in enumerate(keys):
                if key in bad:
                    error = bad[key]
                    if error is None:
                        self.error(index, field, None, blank, "required")
                    else:
                        self.error(index, field, key if plain else key[1], error.user_message, error.code)
        return list(map(results.__getitem__, keys))


def _as_typed(value: object) -> object:
    """A cell as the user typed it: spreadsheets store every number as a float, but 1999 was typed, not
    1999.0. Numbers too long to be exact (a NIP typed as a number) stay as read, 1.97203041998031e+17,
    rather than showing invented last digits."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    return value


# -- cell parsers for plain kinds of value -----------------------------------------------------------


def text(max_length: int | None = None) -> Callable[[object], str]:
    """Text with spaces tidied; longer than the column allows is an error, not a silent cut."""

    def parse(raw: object) -> str:
        if raw.__class__ is str:
            value = " ".join(raw.split())
            if max_length is None or len(value) <= max_length:
                return value
        if isinstance(raw, float) and raw.is_integer():
            raw = int(raw)  # a code typed as a number: 12.0 -> "12"
        if isinstance(raw, datetime | date):
            raise RuleError(
                "text.invalid",
                QT_TRANSLATE_NOOP("services.importing.checking", "Berisi tanggal '{value}', bukan teks."),
                {"value": shown(raw)},
            )
        value = " ".join(str(raw).split())
        if max_length is not None and len(value) > max_length:
            raise RuleError(
                "text.too_long",
                QT_TRANSLATE_NOOP(
                    "services.importing.checking",
                    "Teks terlalu panjang ({length} karakter; paling banyak {max}).",
                ),
                {"length": len(value), "max": max_length},
            )
        return value

    return parse


def _not_whole(what: str, raw: object) -> RuleError:
    return RuleError(
        "number.invalid",
        QT_TRANSLATE_NOOP("services.importing.checking", "{what} '{value}' bukan bilangan bulat."),
        {"what": what, "value": shown(raw)},
    )


def _not_number(what: str, raw: object) -> RuleError:
    return RuleError(
        "number.invalid",
        QT_TRANSLATE_NOOP("services.importing.checking", "{what} '{value}' bukan angka."),
        {"what": what, "value": shown(raw)},
    )


def _out_of_range(what: str, raw: object, low: str, high: str) -> RuleError:
    return RuleError(
        "number.range",
        QT_TRANSLATE_NOOP("services.importing.checking", "{what} {value} di luar rentang {low}–{high}."),
        {"what": what, "value": shown(_as_typed(raw)), "low": low, "high": high},
    )


def integer(low: int, high: int, what: str) -> Callable[[object], int]:
    """A whole number in [low, high]; ``what`` names it in messages (a label marked for translation)."""

    def parse(raw: object) -> int:
        value: Any = raw
        if isinstance(raw, str):
            value = raw.strip().replace(".", "") if raw.strip().replace(".", "").isdigit() else raw.strip()
        try:
            number = Decimal(str(value))
        except (InvalidOperation, ValueError):
            raise _not_whole(what, raw) from None
        # NaN, and "sNaN" (a signalling NaN that raises on comparison), are no number at all
        if isinstance(raw, bool) or number.is_nan() or number != number.to_integral_value():
            raise _not_whole(what, raw)
        if not low <= number <= high:
            raise _out_of_range(what, raw, str(low), str(high))
        return int(number)

    return parse


def decimal(low: float, high: float, what: str) -> Callable[[object], float]:
    """A number such as a score; accepts a decimal comma ("85,5") and a trailing percent sign."""

    def parse(raw: object) -> float:
        if isinstance(raw, bool):
            raise _not_number(what, raw)
        if isinstance(raw, int | float):
            number = float(raw)
        else:
            cleaned = str(raw).strip().rstrip("%").strip().replace(",", ".")
            try:
                number = float(cleaned)
            except ValueError:
                raise _not_number(what, raw) from None
        if math.isnan(number) or not low <= number <= high:
            raise _out_of_range(what, raw, f"{low:g}", f"{high:g}")
        return round(number, 2)

    return parse
