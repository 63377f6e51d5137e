"""Set-based inserts for imports and generators.

On SQLite the rows go straight to the driver's executemany: SQLAlchemy's per-row parameter processing
costs more than SQLite's own work at 50,000 rows. Values are converted column by column to what
SQLAlchemy itself stores (dates as ISO text), so the ORM reads them back unchanged. Other databases take
the portable Core INSERT.
"""

from __future__ import annotations

import gc
from collections.abc import Sequence
from typing import Any

import pandas as pd
from sqlalchemy import Date, DateTime, Table, insert
from sqlalchemy.orm import Session


def _iso_dates(values: list[Any]) -> list[Any]:
    return [None if v is None else v.isoformat() for v in values]


def _iso_datetimes(values: list[Any]) -> list[Any]:
    # SQLAlchemy's SQLite DateTime format: "YYYY-MM-DD HH:MM:SS.ffffff"
    return [None if v is None else v.strftime("%Y-%m-%d %H:%M:%S.%f") for v in values]


def insert_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert rows that all have the same keys, in one statement run as executemany."""
    if rows:
        insert_columns(session, table, {name: [row[name] for row in rows] for name in rows[0]})


def insert_columns(session: Session, table: Table, columns: dict[str, list[Any]]) -> None:
    """Insert rows given column by column (name -> values, all of one length)."""
    names = list(columns)
    if not names or not columns[names[0]]:
        return
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        session.execute(
            insert(table), [dict(zip(names, row, strict=True)) for row in zip(*columns.values(), strict=True)]
        )
        return
    converted = []
    for name in names:
        values = columns[name]
        kind = table.c[name].type
        if isinstance(kind, DateTime):
            values = _iso_datetimes(values)
        elif isinstance(kind, Date):
            values = _iso_dates(values)
        converted.append(values)
    quoted = ", ".join(f'"{name}"' for name in names)
    sql = f'INSERT INTO "{table.name}" ({quoted}) VALUES ({", ".join("?" * len(names))})'
    connection.exec_driver_sql(sql, list(zip(*converted, strict=True)))


def raw_frame(session: Session, sql: str, params: Sequence[Any], columns: list[str]) -> pd.DataFrame:
    """A SELECT through the session connection's raw DB-API cursor, as a DataFrame.

    Set-based reads (mapping, the talent map) fetch tens of thousands of rows; SQLAlchemy's Row objects
    cost more per value than SQLite does, and the cyclic garbage collector would run over and over on
    fresh tuples that can form no cycle, so it is paused while they arrive. The cursor belongs to the
    session's connection, so the read sees the session's own transaction.
    """
    cursor = session.connection().connection.dbapi_connection.cursor()
    collecting = gc.isenabled()
    gc.disable()
    try:
        cursor.execute(sql, tuple(params))
        rows = cursor.fetchall()
    finally:
        if collecting:
            gc.enable()
        cursor.close()
    return (
        pd.DataFrame.from_records(rows, columns=columns, coerce_float=False)
        if rows
        else pd.DataFrame({name: pd.Series(dtype=object) for name in columns})
    )
