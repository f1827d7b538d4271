"""Opening a database: one entry point for a file path, a shared file or a URL.

- Local SQLite (default): a file in the user's data directory, WAL journal.
- Shared SQLite on a network drive: rollback journal (WAL's shared memory does not work
  across machines), a long busy timeout, write transactions that take the write lock up
  front (BEGIN IMMEDIATE, so two writers never deadlock on a lock upgrade) and a retry loop.
- PostgreSQL: a ``postgresql://`` URL, used through psycopg 3.

Every table that two people may edit carries a row version, so a stale save raises
:class:`ConflictError` instead of silently overwriting (see :meth:`Database.write`).
"""
from __future__ import annotations

import contextlib
import logging
import os
import random
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import QueuePool

from qa_desktop import paths
from qa_desktop.core.db.sqlite_uri import sqlite_uri
from qa_desktop.core.errors import (
    ConflictError,
    DatabaseDamaged,
    DatabaseLocked,
    DatabaseMissing,
    DatabaseNotSQLite,
    DatabaseReadOnly,
    DatabaseUnreachable,
)

log = logging.getLogger(__name__)

T = TypeVar("T")

SQLITE_MAGIC = b"SQLite format 3\x00"
LOCAL_BUSY_TIMEOUT_S = 10.0
SHARED_BUSY_TIMEOUT_S = 30.0
LOCK_RETRIES = 5

_NETWORK_FS = {"cifs", "smb", "smb2", "smbfs", "nfs", "nfs4", "afpfs", "fuse.sshfs", "9p", "davfs", "ncpfs"}


def is_network_path(path: Path) -> bool:
    """Best-effort detection of a network drive, so shared mode is chosen without being asked."""
    text = str(path)
    if text.startswith("\\\\") or text.startswith("//"):
        return True
    if sys.platform == "win32":
        try:
            import ctypes

            drive = os.path.splitdrive(os.path.abspath(text))[0] + "\\"
            return ctypes.windll.kernel32.GetDriveTypeW(drive) == 4  # DRIVE_REMOTE
        except (AttributeError, OSError, ValueError):  # pragma: no cover - only on Windows
            return False
    try:
        resolved = str(path.resolve())
        best, fstype = "", ""
        with open("/proc/mounts", encoding="utf-8") as mounts:
            for line in mounts:
                parts = line.split()
                if len(parts) >= 3 and resolved.startswith(parts[1]) and len(parts[1]) > len(best):
                    best, fstype = parts[1], parts[2]
        return fstype in _NETWORK_FS
    except OSError:
        return False


def is_lock_error(error: BaseException) -> bool:
    text = str(getattr(error, "orig", error)).lower()
    return "database is locked" in text or "database is busy" in text or "database table is locked" in text


@dataclass
class Database:
    """An open database: engines, session factories and the name to show the user."""

    url: str
    engine: Engine
    write_engine: Engine
    path: Path | None = None
    shared: bool = False
    user_login: str = field(default_factory=lambda: current_os_login())
    lock_retries: int = LOCK_RETRIES  # attempts after the first busy timeout (``--wait`` sets 0: one bound)
    signed_in_login: str | None = None  # who proved their password in this process (core.auth.signin)

    def __post_init__(self) -> None:
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(self.write_engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def display_name(self) -> str:
        return str(self.path) if self.path else make_url(self.url).render_as_string(hide_password=True)

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A short read-only unit of work."""
        session = self._read()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def write(self, work: Callable[[Session], T], *, retries: int | None = None) -> T:
        """Run ``work`` in one short write transaction, retried while another machine holds the lock.

        ``work`` must be safe to run again (it is re-run from scratch on a lock timeout).
        A row changed by someone else since it was loaded raises :class:`ConflictError`.
        """
        retries = self.lock_retries if retries is None else retries
        attempt = 0
        while True:
            session = self._write()
            try:
                result = work(session)
                session.commit()
                return result
            except StaleDataError as error:
                session.rollback()
                raise ConflictError(
                    "Someone else saved this record in the meantime; reload it and try again.") from error
            except OperationalError as error:
                session.rollback()
                if is_lock_error(error) and attempt < retries:
                    attempt += 1
                    time.sleep(min(2.0, 0.1 * 2 ** attempt) * (0.5 + random.random()))
                    continue
                if is_lock_error(error):
                    raise DatabaseLocked(
                        f"The database {self.display_name} is locked by another user or machine; "
                        "try again in a moment.", path=self.display_name) from error
                raise
            except BaseException:
                session.rollback()
                raise
            finally:
                session.close()

    @contextlib.contextmanager
    def write_session(self) -> Iterator[Session]:
        """A write transaction for callers that cannot be expressed as a retryable function."""
        session = self._write()
        try:
            yield session
            session.commit()
        except StaleDataError as error:
            session.rollback()
            raise ConflictError(
                "Someone else saved this record in the meantime; reload it and try again.") from error
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
        if self.write_engine is not self.engine:
            self.write_engine.dispose()


def expect_version(record, expected: int | None) -> None:
    """Refuse to save ``record`` if it changed since the caller loaded version ``expected``.

    The GUI keeps the row version it loaded; each save runs in a new short transaction and
    passes it here, so a concurrent save by another evaluator is reported, never overwritten.
    """
    if expected is not None and record.row_version != expected:
        raise ConflictError(
            f"{type(record).__name__} {record.id} was changed by someone else (version {record.row_version}, "
            f"you loaded {expected}); nothing was overwritten: reload it and try again.",
            entity=type(record).__name__, id=record.id)


def current_os_login() -> str:
    for name in ("QA_DESKTOP_USER", "USER", "USERNAME", "LOGNAME"):
        value = os.environ.get(name)
        if value:
            return value
    try:
        import getpass

        return getpass.getuser()
    except (ImportError, KeyError, OSError):  # no login name in the environment or the user database
        return "unknown"


def _sqlite_engine(path: Path, *, shared: bool, immediate: bool, read_only: bool,
                   busy_timeout: float | None = None) -> Engine:
    timeout = busy_timeout if busy_timeout is not None else (
        SHARED_BUSY_TIMEOUT_S if shared else LOCAL_BUSY_TIMEOUT_S)
    uri = sqlite_uri(path, read_only=read_only)
    engine = create_engine(
        "sqlite+pysqlite:///",
        creator=lambda: sqlite3.connect(uri, uri=True, timeout=timeout, check_same_thread=False),
        # The URL names no file (the creator does), which would select SingletonThreadPool; its
        # dispose() closes connections other threads are still using. A queue pool hands each
        # unit of work its own connection and closes an in-use one only when it is returned.
        poolclass=QueuePool, pool_size=4, max_overflow=8,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite's implicit BEGIN is
        # deferred and only precedes DML, which breaks lock upgrades on shared files).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _check_sqlite_file(path: Path, *, create: bool, read_only: bool) -> None:
    if not path.exists():
        if not path.parent.is_dir():
            raise DatabaseMissing(
                f"The folder {path.parent} does not exist (database {path}); check the path or that "
                "the network drive is connected.", path=str(path))
        if not create:
            raise DatabaseMissing(f"No database at {path}; check the path or create one.", path=str(path))
        if not os.access(path.parent, os.W_OK):
            raise DatabaseReadOnly(f"Cannot create {path}: the folder is read-only.", path=str(path))
        return
    if path.is_dir():
        raise DatabaseNotSQLite(f"{path} is a folder, not a QA Desktop database.", path=str(path))
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except PermissionError as error:
        raise DatabaseReadOnly(f"Cannot read {path}: permission denied.", path=str(path)) from error
    except OSError as error:
        raise DatabaseUnreachable(f"Cannot reach {path}: {error.strerror or error}.", path=str(path)) from error
    if head and head != SQLITE_MAGIC:
        raise DatabaseNotSQLite(
            f"{path} is not a QA Desktop database (not a SQLite file); nothing was changed.", path=str(path))
    if not read_only and (not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)):
        raise DatabaseReadOnly(
            f"{path} is read-only (the file or its folder cannot be written); ask for write access "
            "or open it read-only.", path=str(path))


def _set_journal_mode(engine: Engine, shared: bool, path: Path) -> None:
    wanted = "delete" if shared else "wal"
    raw = engine.raw_connection()
    try:
        current = raw.execute("PRAGMA journal_mode").fetchone()[0].lower()
        if current != wanted:
            raw.execute(f"PRAGMA journal_mode={wanted}")
    except sqlite3.OperationalError as error:
        if is_lock_error(error):
            raise DatabaseLocked(
                f"The database {path} is locked by another user or machine; try again in a moment.",
                path=str(path)) from error
        raise
    finally:
        raw.close()


def resolve_target(target: str | os.PathLike | None) -> tuple[str | None, Path | None]:
    """Split a ``--db`` value into (URL, SQLite path); exactly one is set."""
    if target is None or str(target) == "":
        return None, paths.default_database_path()
    text = str(target)
    if "://" in text:
        url = make_url(text)
        if url.get_backend_name() == "sqlite":
            return None, Path(url.database or "").expanduser()
        return text, None
    return None, Path(text).expanduser()


def open_database(
    target: str | os.PathLike | None = None,
    *,
    shared: bool | None = None,
    create: bool = True,
    migrate: bool = True,
    read_only: bool = False,
    busy_timeout: float | None = None,
    password: str | None = None,
) -> Database:
    """Open (and by default create and upgrade) the database named by a path or URL.

    ``shared=None`` detects a network drive; pass True to force shared-file mode. ``password`` is the
    PostgreSQL role's (each person connects as themselves); a server that wants one and was given
    none raises :class:`DatabaseUnreachable` with ``why="password"``, so the caller can ask for it.
    """
    from qa_desktop.core.db import migrations

    url, path = resolve_target(target)
    if url is not None:
        if url.startswith("postgresql://") or url.startswith("postgres://"):
            url = "postgresql+psycopg://" + url.split("://", 1)[1]
        if password is not None:
            url = make_url(url).set(password=password).render_as_string(hide_password=False)
        engine = create_engine(url, pool_pre_ping=True)
        try:
            with engine.connect():
                pass
        except OperationalError as error:
            engine.dispose()
            shown = make_url(url).render_as_string(hide_password=True)
            reason = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
            wants_password = any(text in reason for text in ("password authentication failed", "no password supplied",
                                                             "password is required"))
            raise DatabaseUnreachable(f"Cannot connect to {shown}: {reason}", path=shown,
                                      why="password" if wants_password else "unreachable",
                                      login=make_url(url).username or "") from error
        database = Database(url=url, engine=engine, write_engine=engine, path=None, shared=True)
    else:
        assert path is not None
        path = path.absolute()
        _check_sqlite_file(path, create=create, read_only=read_only)
        is_shared = is_network_path(path) if shared is None else shared
        reader = _sqlite_engine(path, shared=is_shared, immediate=False, read_only=read_only,
                                busy_timeout=busy_timeout)
        writer = _sqlite_engine(path, shared=is_shared, immediate=True, read_only=read_only,
                                busy_timeout=busy_timeout)
        try:
            if not read_only:
                _set_journal_mode(writer, is_shared, path)
            with reader.connect() as connection:
                connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").fetchone()
        except (SADatabaseError, sqlite3.DatabaseError) as error:
            reader.dispose()
            writer.dispose()
            if is_lock_error(error):
                raise DatabaseLocked(
                    f"The database {path} is locked by another user or machine; try again in a moment.",
                    path=str(path)) from error
            if is_damage_error(error):  # the file starts as SQLite (checked above): it is damaged
                raise damaged(path, error) from error
            raise DatabaseUnreachable(f"Cannot open {path}: {getattr(error, 'orig', None) or error}",
                                      path=str(path)) from error
        except BaseException:
            reader.dispose()
            writer.dispose()
            raise
        database = Database(url=f"sqlite:///{path}", engine=reader, write_engine=writer, path=path,
                            shared=is_shared)
    try:
        migrations.check_and_upgrade(database, migrate=migrate and not read_only)
        username = make_url(url).username if url is not None else None
        if username:
            from qa_desktop.core.db.pg_roles import roles_are_set_up

            with database.engine.connect() as connection:
                if roles_are_set_up(connection):  # each person connects as themselves: that is who acts
                    database.user_login = username
    except (SADatabaseError, sqlite3.DatabaseError) as error:
        database.dispose()
        if database.path is not None and is_damage_error(error):
            raise damaged(database.path, error) from error
        raise
    except BaseException:
        database.dispose()
        raise
    log.info("Opened database %s (%s)", database.display_name, "shared" if database.shared else "local")
    return database


def is_damage_error(error: BaseException) -> bool:
    """SQLite's words for a file whose pages are not what they should be (truncated, overwritten)."""
    text = str(getattr(error, "orig", None) or error).lower()
    return any(words in text for words in ("malformed", "not a database", "disk image", "corrupt"))


def damaged(path: Path, error: BaseException) -> DatabaseDamaged:
    reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
    return DatabaseDamaged(
        f"The database {path} is damaged ({reason}); nothing was changed. Restore it from a backup "
        "(the folder holds the copies made before each upgrade) or ask your administrator.",
        path=str(path), reason=reason)
