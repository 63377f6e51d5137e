"""Alembic environment: runs on the connection the application hands over (models.db.upgrade)."""

from alembic import context
from sqlalchemy import create_engine

import talenta_desktop.models as models

target_metadata = models.Base.metadata


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds the table
        compare_type=True,
        transactional_ddl=True,  # one transaction for all steps (models.db.upgrade makes SQLite honour it)
    )
    with context.begin_transaction():
        context.run_migrations()
        # models.db.upgrade turns SQLite's foreign keys off while batch mode copies tables: check them
        # all here, inside the transaction, so a violation rolls every step back
        if (
            connection.dialect.name == "sqlite"
            and connection.exec_driver_sql("PRAGMA foreign_key_check").first()
        ):
            from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP
            from talenta_desktop.models.db import DatabaseError

            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "models.migrations.env",
                    "Migrasi dibatalkan: data melanggar kunci asing; database tidak diubah.",
                )
            )


connection = context.config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:  # the alembic command line, for developers writing a new revision
    engine = create_engine(context.config.get_main_option("sqlalchemy.url"))
    with engine.begin() as conn:
        _run(conn)
