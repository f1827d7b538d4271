"""Schema versioning: an ordered ladder of migrations, a backup before any of them runs.

A new database is created from the current models and stamped with ``SCHEMA_VERSION``.
An older database is copied aside first (see :mod:`qa_desktop.core.db.backup`), then
upgraded in place, one step per version, inside one transaction (SQLite and PostgreSQL
both roll DDL back), so an interrupted upgrade leaves the old database as it was.

To change the schema: change the models, append a step to ``MIGRATIONS`` that brings a
database of the previous version to the new one with explicit DDL, and add a test that
upgrades a database of the previous version holding data.
"""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
    inspect,
    select,
    text,
)

from qa_desktop import __version__
from qa_desktop.core.db.models import Base, SchemaVersion, utcnow
from qa_desktop.core.errors import DatabaseNotSQLite, DatabaseOpenError, DatabaseTooNew

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Migration:
    version: int  # the version this step produces
    description: str
    upgrade: Callable[[Connection], None]


def _v2_call_recording_status(connection: Connection) -> None:
    # v2: calls remember whether their recording was found at the last check, so the queue can
    # show a moved share before the evaluator opens the call.
    connection.execute(text("ALTER TABLE calls ADD COLUMN recording_missing BOOLEAN DEFAULT FALSE"))
    connection.execute(text("UPDATE calls SET recording_missing = FALSE"))


def _v3_call_transcripts(connection: Connection) -> None:
    # v3: transcripts per call and side (imported from the call platform), and the automatic
    # checks' suggestions kept with each evaluation. The table is frozen here as it was at v3,
    # so later model changes do not change what this step creates.
    metadata = MetaData()
    Table("calls", metadata, Column("id", Integer, primary_key=True))
    table = Table(
        "call_transcripts", metadata,
        Column("id", Integer, primary_key=True),
        Column("call_id", Integer, ForeignKey("calls.id", ondelete="CASCADE"), nullable=False, index=True),
        Column("side", String(16), nullable=False),
        Column("lines", JSON, nullable=False),
        Column("text", Text, nullable=False),
        Column("source", Text, nullable=False),
        Column("source_hash", String(64), nullable=False),
        Column("imported_at", DateTime, nullable=False),
        UniqueConstraint("call_id", "side"))
    table.create(connection)
    connection.execute(text("ALTER TABLE evaluations ADD COLUMN suggestions JSON"))


def _v4_roster(connection: Connection) -> None:
    # v4: the HR roster. Agents remember when they left, their line and whether the roster names them;
    # teams keep the HR 组长 name; agent_team_history dates every transfer so a report puts a call in
    # the team the agent was in that day. The table is spelled out here (not taken from the models)
    # so this step stays what it was when later versions change the model.
    connection.execute(text("ALTER TABLE agents ADD COLUMN left_on DATE"))
    connection.execute(text("ALTER TABLE agents ADD COLUMN direction VARCHAR(16)"))
    connection.execute(text("ALTER TABLE agents ADD COLUMN in_roster BOOLEAN DEFAULT TRUE"))
    connection.execute(text("UPDATE agents SET in_roster = TRUE"))
    connection.execute(text("ALTER TABLE teams ADD COLUMN lead_name VARCHAR(120)"))
    metadata = MetaData()
    Table("agents", metadata, Column("id", Integer, primary_key=True))
    Table("teams", metadata, Column("id", Integer, primary_key=True))
    history = Table(
        "agent_team_history", metadata,
        Column("id", Integer, primary_key=True),
        Column("agent_id", Integer, ForeignKey("agents.id", ondelete="CASCADE"), nullable=False),
        Column("team_id", Integer, ForeignKey("teams.id", ondelete="CASCADE"), nullable=False, index=True),
        Column("valid_from", Date), Column("valid_to", Date),
        Column("recorded_at", DateTime, nullable=False), Column("source", String(40), nullable=False),
        Index("ix_agent_team_history_agent", "agent_id", "valid_from"))
    history.create(connection)
    # Agents already in a team have been in it "since before the roster".
    connection.execute(text(
        "INSERT INTO agent_team_history (agent_id, team_id, valid_from, valid_to, recorded_at, source) "
        "SELECT id, team_id, NULL, NULL, :now, 'migration' FROM agents WHERE team_id IS NOT NULL"),
        {"now": utcnow()})


def _v5_call_screening(connection: Connection) -> None:
    # v5: the automatic checks' result kept with each call, so the library lists risky calls
    # and sampling draws its targeted quota without screening again.
    connection.execute(text("ALTER TABLE calls ADD COLUMN screening JSON"))
    connection.execute(text("ALTER TABLE calls ADD COLUMN risk_count INTEGER DEFAULT 0"))
    connection.execute(text("UPDATE calls SET risk_count = 0"))


def _v6_sign_in_and_audit_chain(connection: Connection) -> None:
    # v6: people sign in (a salted password hash, failures that slow the next attempt) and each audit
    # entry carries a hash chained to the previous one. Entries written before stay unchained; the
    # chain starts with the first entry written after the upgrade.
    connection.execute(text("ALTER TABLE users ADD COLUMN password_hash VARCHAR(255)"))
    connection.execute(text("ALTER TABLE users ADD COLUMN failed_signins INTEGER DEFAULT 0"))
    connection.execute(text("UPDATE users SET failed_signins = 0"))
    connection.execute(text("ALTER TABLE users ADD COLUMN last_failed_at TIMESTAMP"))
    connection.execute(text("ALTER TABLE audit_log ADD COLUMN entry_hash VARCHAR(64)"))


def _v7_mask_numbers_in_call_texts(connection: Connection) -> None:
    # v7 (data only): customer numbers typed into a call list's queue or call-type column were stored
    # in clear; they are masked like the number column (the importer masks them from now on).
    from qa_desktop.core.reports.privacy import mask_customer_numbers

    rows = connection.execute(text("SELECT id, queue, call_type FROM calls "
                                   "WHERE queue IS NOT NULL OR call_type IS NOT NULL")).all()
    for call_id, queue, call_type in rows:
        masked = (mask_customer_numbers(queue), mask_customer_numbers(call_type))
        if masked != (queue, call_type):
            connection.execute(text("UPDATE calls SET queue = :queue, call_type = :call_type WHERE id = :id"),
                               {"queue": masked[0], "call_type": masked[1], "id": call_id})


def _v8_topics(connection: Connection) -> None:
    # v8: topic QA (专题质检): topics and the calls reviewed for them, created as the models define them.
    from qa_desktop.core.db.topic_models import Topic, TopicCall

    # a mapped class's __table__ is a Table; SQLAlchemy types it as any FromClause
    cast(Table, Topic.__table__).create(connection)
    cast(Table, TopicCall.__table__).create(connection)


def _v9_training_records(connection: Connection) -> None:
    # v9: training records (质检纠错培训): plans, sessions, and each trainee's sign-in, test score and rating
    # of the trainer. Spelled out as they were at v9, so later model changes do not change this step.
    metadata = MetaData()
    for name in ("users", "agents"):
        Table(name, metadata, Column("id", Integer, primary_key=True))
    Table("training_plans", metadata,
          Column("id", Integer, primary_key=True), Column("title", String(200), nullable=False),
          Column("kind", String(16), nullable=False), Column("month", String(7), nullable=False),
          Column("item_codes", JSON, nullable=False), Column("agent_ids", JSON, nullable=False),
          Column("created_by_id", Integer, ForeignKey("users.id", ondelete="SET NULL")),
          Column("created_at", DateTime, nullable=False), Column("row_version", Integer, nullable=False))
    Table("training_sessions", metadata,
          Column("id", Integer, primary_key=True),
          Column("plan_id", Integer, ForeignKey("training_plans.id", ondelete="SET NULL"), index=True),
          Column("kind", String(16), nullable=False), Column("held_on", Date, nullable=False, index=True),
          Column("trainer", String(120), nullable=False), Column("content", Text, nullable=False),
          Column("item_codes", JSON, nullable=False),
          Column("created_by_id", Integer, ForeignKey("users.id", ondelete="SET NULL")),
          Column("created_at", DateTime, nullable=False), Column("row_version", Integer, nullable=False))
    Table("training_trainees", metadata,
          Column("id", Integer, primary_key=True),
          Column("session_id", Integer, ForeignKey("training_sessions.id", ondelete="CASCADE"), nullable=False,
                 index=True),
          Column("agent_id", Integer, ForeignKey("agents.id", ondelete="CASCADE"), nullable=False, index=True),
          Column("attended", Boolean, nullable=False), Column("score", Numeric(6, 2)), Column("rating", Integer),
          Column("feedback", Text, nullable=False), Column("row_version", Integer, nullable=False),
          UniqueConstraint("session_id", "agent_id", name="uq_training_trainee"))
    for name in ("training_plans", "training_sessions", "training_trainees"):
        metadata.tables[name].create(connection)


MIGRATIONS: list[Migration] = [
    Migration(2, "calls.recording_missing", _v2_call_recording_status),
    Migration(3, "call_transcripts, evaluations.suggestions", _v3_call_transcripts),
    Migration(4, "HR roster: agent team history, leavers, teams' HR lead", _v4_roster),
    Migration(5, "calls.screening, calls.risk_count", _v5_call_screening),
    Migration(6, "sign-in: users' password hashes; audit entries chained by hash", _v6_sign_in_and_audit_chain),
    Migration(7, "customer numbers in calls' queue and call type masked", _v7_mask_numbers_in_call_texts),
    Migration(8, "topic QA: topics and topic_calls", _v8_topics),
    Migration(9, "training records: training_plans, training_sessions, training_trainees", _v9_training_records),
]

SCHEMA_VERSION = 1 + len(MIGRATIONS)


def read_version(connection: Connection) -> int | None:
    """The schema version of the database, or None when it is empty (a new file)."""
    tables = set(inspect(connection).get_table_names())
    if not tables:
        return None
    if SchemaVersion.__tablename__ not in tables:
        raise DatabaseNotSQLite(
            "This database was not made by QA Desktop (it has no schema version); nothing was changed.")
    version = connection.execute(select(SchemaVersion.version).order_by(SchemaVersion.version.desc())).scalar()
    if version is None:
        raise DatabaseOpenError("This database has an empty schema version table; run 'qa-desktop check'.")
    return int(version)


def _stamp(connection: Connection, version: int) -> None:
    connection.execute(cast(Table, SchemaVersion.__table__).insert().values(
        version=version, app_version=__version__, migrated_at=utcnow()))


def upgrade(connection: Connection, from_version: int, ladder: list[Migration] | None = None) -> list[int]:
    """Apply the steps above ``from_version`` in order; returns the versions applied."""
    applied = []
    for step in sorted(ladder if ladder is not None else MIGRATIONS, key=lambda m: m.version):
        if step.version > from_version:
            step.upgrade(connection)
            _stamp(connection, step.version)
            applied.append(step.version)
    return applied


def check_and_upgrade(database, *, migrate: bool = True, ladder: list[Migration] | None = None,
                      target_version: int | None = None) -> Path | None:
    """Create, accept or upgrade the schema; returns the backup made before upgrading, if any."""
    from qa_desktop.core.db.backup import backup_before_migration

    latest = target_version if target_version is not None else SCHEMA_VERSION
    with database.engine.connect() as connection:
        version = read_version(connection)
    if version is not None and version > latest:
        raise DatabaseTooNew(
            f"{database.display_name} was made by a newer version of QA Desktop (schema {version}; this "
            f"app knows up to {latest}). Install the newer version; nothing was changed.",
            path=database.display_name, version=version, known=latest)
    if version == latest:
        return None
    if version is not None and not migrate:
        raise DatabaseOpenError(
            f"{database.display_name} needs an upgrade from schema {version} to {latest}.",
            path=database.display_name)
    backup = backup_before_migration(database, version) if version is not None else None
    with database.write_engine.begin() as connection:
        # Another machine may have created or upgraded it while we were copying.
        version = read_version(connection)
        if version is None:
            Base.metadata.create_all(connection)
            _stamp(connection, latest)
        elif version < latest:
            upgrade(connection, version, ladder)
            log.info("Upgraded %s from schema %s to %s (backup: %s)", database.display_name, version, latest, backup)
    return backup


def describe_version(database) -> dict:
    with database.engine.connect() as connection:
        rows = connection.execute(select(SchemaVersion.version, SchemaVersion.app_version,
                                         SchemaVersion.migrated_at).order_by(SchemaVersion.version)).all()
    return {"schema_version": rows[-1][0] if rows else None,
            "history": [{"version": v, "app_version": a,
                         "migrated_at": m.isoformat() if isinstance(m, dt.datetime) else m}
                        for v, a, m in rows]}
