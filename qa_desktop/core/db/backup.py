"""Consistent online copies of a database (before migrations, and ``qa-desktop backup``)."""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from sqlalchemy import MetaData, create_engine, select

from qa_desktop import paths
from qa_desktop.core.db.models import Base
from qa_desktop.core.db.sqlite_uri import sqlite_uri
from qa_desktop.core.leftovers import check_output_path, remove_stale, write_atomically

_CHUNK = 2000
_PREFIX = ".qa-backup-"


def backup_to(database, destination: Path) -> Path:
    """Copy ``database`` into a new SQLite file at ``destination`` while others keep working.

    SQLite uses the online backup API (a consistent snapshot even while others write);
    any other server is copied table by table into a SQLite file of the same schema.
    """
    destination = Path(destination).absolute()
    if destination.exists():
        raise FileExistsError(f"{destination} already exists; choose another name.")
    check_output_path(destination)
    # Only a complete copy ever carries the final name; what a killed backup left is removed here.
    remove_stale(destination.parent, _PREFIX, (destination.suffix or ".tmp") + "-journal")

    def copy_into(partial: str) -> None:
        if database.is_sqlite:
            source = sqlite3.connect(sqlite_uri(database.path, read_only=True), uri=True, timeout=30)
            target = sqlite3.connect(partial)
            try:
                source.backup(target, pages=1024)
                target.execute("PRAGMA journal_mode=DELETE")
            finally:
                target.close()
                source.close()
        else:
            _copy_tables(database.engine, Path(partial))

    return write_atomically(destination, copy_into, prefix=_PREFIX)


def _copy_tables(source_engine, target_path: Path) -> None:
    # A creator, not a URL: a URL would read "?" or "#" in the file name as options.
    target_engine = create_engine("sqlite+pysqlite:///", creator=lambda: sqlite3.connect(target_path))
    present = MetaData()
    present.reflect(source_engine)
    with source_engine.connect() as source, target_engine.begin() as target:
        tables = [t for t in Base.metadata.sorted_tables if t.name in present.tables]
        for table in tables:
            table.create(target)
            shared_columns = [c for c in table.columns if c.name in present.tables[table.name].columns]
            result = source.execution_options(stream_results=True).execute(
                select(*[present.tables[table.name].c[c.name] for c in shared_columns]))
            for rows in result.partitions(_CHUNK):
                target.execute(table.insert(), [dict(zip([c.name for c in shared_columns], row)) for row in rows])
    target_engine.dispose()


def backup_before_migration(database, from_version: int) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    if database.is_sqlite:
        folder = database.path.parent
        name = f"{database.path.stem}.before-schema-v{from_version}-{stamp}.sqlite3"
    else:
        folder = paths.user_data_dir() / "backups"
        name = f"server-before-schema-v{from_version}-{stamp}.sqlite3"
    return backup_to(database, folder / name)
