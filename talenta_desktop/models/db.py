"""Opening a database: URL resolution, SQLite pragmas, migrations with a backup first, sessions.

A plain path means SQLite. Every SQLite connection gets the pragmas that make a write survive a power
cut (WAL + synchronous=FULL) and that enforce foreign keys. An encrypted database (models.encryption) is
the same SQLite file format under SQLCipher: given its key, it is opened through the sqlcipher3 driver
and everything above this module is unchanged.
"""

from __future__ import annotations

import ast
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from talenta_desktop.domain.messages import QT_TRANSLATE_NOOP, MessageError

from .encryption import is_encrypted, key_file_path, sqlcipher_key_pragma

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported only when a schema is not the newest one (to migrate it, or to tell an older
# revision from an unknown one): its import alone costs about a third of a second of every start-up.
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"
BUSY_TIMEOUT_MS = 10_000
# A copy that may be cancelled goes 4 MB at a time, and a long statement asks every million SQLite steps
# (a few hundredths of a second): a Cancel is answered at once, without taking the GIL often from the UI.
COPY_STEP_PAGES = 1024
CANCEL_CHECK_STEPS = 1_000_000


class DatabaseError(MessageError):
    """A database that cannot be opened as asked; the message is for the user."""


class SchemaTooNewError(DatabaseError):
    pass


class EncryptedDatabaseError(DatabaseError):
    """The database is encrypted and no key was given: a user must sign in."""


class CopyCancelled(DatabaseError):
    """A copy stopped because its ``cancel()`` said so; the unfinished target is the caller's to delete."""


def _sqlcipher():
    import sqlcipher3.dbapi2  # only encrypted databases need it

    return sqlcipher3.dbapi2


def driver_errors() -> tuple[type[Exception], ...]:
    """The exception bases of both SQLite drivers (sqlcipher3's do not derive from sqlite3's)."""
    return (sqlite3.Error, _sqlcipher().Error)


def connect_file(path: Path, key: bytes | None = None, *, read_only: bool = False):
    """A DB-API connection to a SQLite file, plain or (with its key) encrypted, for work below the ORM:
    backups, checks and encryption itself."""
    # A file: URI (percent-encoded, so '#', '?' and Windows drive letters survive) to allow mode=ro.
    target = Path(path).resolve().as_uri() + ("?mode=ro" if read_only else "")
    if key is None:
        return sqlite3.connect(target, uri=True)
    connection = _sqlcipher().connect(target, uri=True)
    connection.execute(sqlcipher_key_pragma(key))
    return connection


def database_url(location: str | Path) -> str:
    """A SQLAlchemy URL for a path or URL; a plain path means a SQLite file."""
    text = str(location)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _set_sqlite_pragmas(dbapi_connection, _record, key: bytes | None = None) -> None:
    cursor = dbapi_connection.cursor()
    if key is not None:
        cursor.execute(sqlcipher_key_pragma(key))  # before anything reads a page
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def make_engine(url: str, key: bytes | None = None) -> Engine:
    """An engine for the URL; with a key, a SQLite file is opened encrypted through sqlcipher3."""
    if key is None:
        engine = create_engine(url)
    else:
        if sqlite_path(url) is None:
            raise DatabaseError(
                QT_TRANSLATE_NOOP("models.db", "Enkripsi hanya untuk database berkas SQLite.")
            )
        engine = create_engine(url, module=_sqlcipher())
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", lambda conn, record: _set_sqlite_pragmas(conn, record, key))
    return engine


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        # configparser interpolates '%': a path with '#' or '%' in it is rendered with percent escapes
        cfg.set_main_option(
            "sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%")
        )
    return cfg


def _script_directory():
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


@cache
def head_revision() -> str:
    """The newest schema revision. Read from the `revision` and `down_revision` lines of the migration
    files, which is what Alembic does too, without importing Alembic at every start; Alembic decides
    when the history is anything but one line of revisions."""
    revisions: set[str] = set()
    parents: set[str] = set()
    try:
        for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
            found = _revision_lines(script)
            if "revision" not in found or "down_revision" not in found:
                return _script_directory().get_current_head()
            revisions.add(found["revision"])
            down = found["down_revision"]
            parents.update((down,) if isinstance(down, str) else down or ())
    except (OSError, SyntaxError, ValueError, TypeError):
        return _script_directory().get_current_head()
    heads = revisions - parents
    if len(heads) != 1 or not parents <= revisions:
        return _script_directory().get_current_head()
    return heads.pop()


def _revision_lines(script: Path) -> dict[str, object]:
    """The literal values of a migration file's module-level `revision` and `down_revision`."""
    found: dict[str, object] = {}
    for node in ast.parse(script.read_bytes(), str(script)).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
            found[target.id] = ast.literal_eval(value)
    if not isinstance(found.get("revision", ""), str):
        raise ValueError(f"{script.name}: revision is not a string")
    return found


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        rows = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
        if len(rows) > 1:  # several heads: Alembic says what that means
            from alembic.runtime.migration import MigrationContext

            return MigrationContext.configure(conn).get_current_revision()
    return rows[0] if rows else None


@dataclass
class Database:
    """An opened, migrated database and its session factory."""

    url: str
    engine: Engine
    backups: list[Path] = field(default_factory=list)  # copies made before migrating, newest last
    key: bytes | None = field(default=None, repr=False)  # the SQLCipher key of an encrypted database

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed whole when the block ends, rolled back whole on any error."""
        with self._sessions() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def backup_sqlite(
    source: Path, target: Path, key: bytes | None = None, *, cancel: Callable[[], bool] = lambda: False
) -> Path:
    """A consistent copy of a live SQLite database through SQLite's online backup API. An encrypted
    database's copy is encrypted with the same key, so the same key file opens it. When ``cancel()``
    turns true the copy stops with CopyCancelled (a write by another connection between two steps only
    restarts the copy: what is copied is always one state of the database)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = connect_file(source, key)
    try:
        dst = connect_file(target, key)
        try:
            with stoppable(dst, cancel):
                src.backup(dst, pages=COPY_STEP_PAGES, progress=lambda *_: _stop_if(cancel))
                dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, with no -wal beside it
                if dst.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                    raise DatabaseError(
                        QT_TRANSLATE_NOOP(
                            "models.db", "Salinan cadangan {target} rusak; migrasi dibatalkan."
                        ),
                        target=target,
                    )
        finally:
            dst.close()
    finally:
        src.close()
    return target


def _stop_if(cancel: Callable[[], bool]) -> None:
    if cancel():
        raise CopyCancelled(QT_TRANSLATE_NOOP("models.db", "Salinan dibatalkan."))


@contextmanager
def stoppable(connection, cancel: Callable[[], bool]) -> Iterator[None]:
    """Inside the block, ``cancel()`` stops the statement running on ``connection`` (an integrity check
    of a large file takes seconds) with CopyCancelled."""
    connection.set_progress_handler(cancel, CANCEL_CHECK_STEPS)  # SQLite interrupts when it is true
    try:
        yield
    except driver_errors():
        _stop_if(cancel)  # "interrupted" because of the cancel: say so
        raise
    finally:
        connection.set_progress_handler(None, 0)


def export_encrypted(plain: Path, target: Path, key: bytes) -> None:
    """SQLCipher's own export: every table, index and row of a plain file into a new encrypted one,
    checked before it is used."""
    connection = _sqlcipher().connect(str(plain))
    try:
        connection.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(target),))
        connection.execute("SELECT sqlcipher_export('encrypted')")
        connection.execute("DETACH DATABASE encrypted")
    finally:
        connection.close()
    check = connect_file(target, key)
    try:
        if check.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise DatabaseError(
                QT_TRANSLATE_NOOP("models.db", "Salinan terenkripsi {name} gagal diperiksa."),
                name=target.name,
            )
    finally:
        check.close()


def open_database(
    location: str | Path, *, create: bool = True, migrate: bool = True, key: bytes | None = None
) -> Database:
    """Open (and by default create and migrate) the database at a path or URL; an encrypted one needs
    its key (services.users.sign_in finds it from a user's password).

    Refuses a database written by a newer Talenta Desktop, and one that is not a Talenta database.
    Before migrating an existing database, a backup copy is written beside it in `backups/`.
    """
    url = database_url(location)
    path = sqlite_path(url)
    if path is not None and not path.exists():
        if not create:
            raise DatabaseError(QT_TRANSLATE_NOOP("models.db", "Database tidak ditemukan: {path}"), path=path)
        path.parent.mkdir(parents=True, exist_ok=True)
    if path is not None and key is None and is_encrypted(path):
        if not key_file_path(path).is_file():
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "models.db",
                    "{name} bukan database SQLite yang dapat dibuka: bukan database Talenta Desktop, rusak, "
                    "atau terenkripsi tanpa berkas kuncinya ({key_file}). Berkas tidak diubah.",
                ),
                name=path.name,
                key_file=key_file_path(path).name,
            )
        raise EncryptedDatabaseError(
            QT_TRANSLATE_NOOP(
                "models.db",
                "Database {name} terenkripsi: masuk dengan nama pengguna dan kata sandi (di baris "
                "perintah: --user NAMA, kata sandi dari TALENTA_PASSWORD atau ditanyakan).",
            ),
            name=path.name,
        )
    if path is not None and path.is_file() and path.stat().st_size:
        check_schema(*file_schema(path, key))  # read-only first: a refused file is left as it was
    engine = make_engine(url, key)
    db = Database(url=url, engine=engine, key=key)
    try:
        _check_and_migrate(db, migrate=migrate)
    except (DBAPIError, UnicodeDecodeError, *driver_errors()) as exc:  # a wrong key: "not a database"
        engine.dispose()
        raise DatabaseError(
            QT_TRANSLATE_NOOP("models.db", "Database {name} tidak dapat dibuka: {exc}"),
            name=path.name if path else url,
            exc=exc,
        ) from exc
    except BaseException:
        engine.dispose()
        raise
    return db


def file_schema(path: Path, key: bytes | None = None) -> tuple[set[str], str | None]:
    """The tables and schema revision of a SQLite file, read without changing a byte of it."""
    try:
        connection = connect_file(path, key, read_only=True)
        try:
            tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            connection.close()
    except (UnicodeDecodeError, *driver_errors()) as exc:  # a damaged schema is quoted in the error text
        if key is not None:  # a right password opened a slot, so the key file is another database's
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "models.db",
                    "Database {name} tidak dapat dibuka dengan kunci ini: berkas kuncinya milik database "
                    "lain, atau database rusak. Berkas tidak diubah.",
                ),
                name=path.name,
            ) from exc
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "models.db", "{name} bukan database SQLite yang dapat dibaca ({exc}); tidak diubah."
            ),
            name=path.name,
            exc=exc,
        ) from exc
    return tables, revision


def check_schema(tables: set[str], revision: str | None) -> None:
    """Refuse what this version cannot open: another program's database, or a schema it does not know
    (written by a newer Talenta Desktop)."""
    if revision is None:
        if tables - {"alembic_version"}:
            raise DatabaseError(
                QT_TRANSLATE_NOOP(
                    "models.db",
                    "Berkas ini bukan database Talenta Desktop (tabelnya tidak dikenal); tidak dibuka.",
                )
            )
        return
    if revision == head_revision():  # the common case, answered without loading Alembic
        return
    try:
        _script_directory().get_revision(revision)
    except Exception as exc:  # alembic raises several kinds for an unknown revision
        raise SchemaTooNewError(
            QT_TRANSLATE_NOOP(
                "models.db",
                "Database ini dibuat oleh versi Talenta Desktop yang lebih baru (skema {revision}). "
                "Perbarui aplikasi untuk membukanya; database tidak diubah.",
            ),
            revision=revision,
        ) from exc


def _check_and_migrate(db: Database, *, migrate: bool) -> None:
    head = head_revision()
    current = current_revision(db.engine)
    if current == head:  # already at the newest schema, as on every start but the first after an update
        return
    check_schema(set(inspect(db.engine).get_table_names()), current)
    if not migrate:
        return
    if current is not None and db.path is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = db.path.parent / "backups" / f"{db.path.stem}-sebelum-migrasi-{current}-{stamp}.sqlite"
        db.backups.append(backup_sqlite(db.path, target, db.key))
    upgrade(db.engine, head)


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations as one transaction: all of them, or — on any error — none.

    On SQLite two things need care. The driver does not open a transaction for DDL by itself, so BEGIN
    is issued here; and batch mode rebuilds a table by copying it, which a referencing table's foreign
    key would refuse, so foreign keys are off during the copy and checked as a whole before COMMIT
    (in migrations/env.py, inside the transaction).
    """
    from alembic import command

    cfg = alembic_config(engine)
    with engine.connect() as conn:
        raw = conn.connection.driver_connection if conn.dialect.name == "sqlite" else None
        if raw is not None:
            raw.isolation_level = None  # we say BEGIN and COMMIT ourselves
            raw.execute("PRAGMA foreign_keys=OFF")  # only takes effect outside a transaction
            raw.execute("BEGIN")
        try:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)  # env.py checks the foreign keys before it commits
            conn.commit()
            if raw is not None and raw.in_transaction:
                raw.execute("COMMIT")
        except BaseException:
            conn.rollback()
            if raw is not None and raw.in_transaction:
                raw.execute("ROLLBACK")
            raise
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")
                raw.isolation_level = ""  # the driver's default again, for the pool
