"""Upgrading databases made by older schemas: backup first, data kept, all or nothing."""
from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import create_engine, inspect, select, text
from sqlalchemy.exc import OperationalError

from qa_desktop.core.db import open_database
from qa_desktop.core.db.backup import backup_to
from qa_desktop.core.db.integrity import check_database
from qa_desktop.core.db.migrations import SCHEMA_VERSION, Migration, check_and_upgrade
from qa_desktop.core.db.models import Agent, Base, Call, Team


def _undo_v5(connection) -> None:
    connection.execute(text("ALTER TABLE calls DROP COLUMN screening"))
    connection.execute(text("ALTER TABLE calls DROP COLUMN risk_count"))


def _undo_v3(connection) -> None:
    connection.execute(text("DROP TABLE call_transcripts"))
    connection.execute(text("ALTER TABLE evaluations DROP COLUMN suggestions"))


def undo_v9_training_records(connection) -> None:
    """Take away what schema v9 (training records) added to the current models."""
    for table in ("training_trainees", "training_sessions", "training_plans"):
        connection.execute(text(f"DROP TABLE {table}"))


def undo_v8_topics(connection) -> None:
    """Take away what schema v8 (topic QA) added to the current models."""
    connection.execute(text("DROP TABLE topic_calls"))
    connection.execute(text("DROP TABLE topics"))


def undo_v6_sign_in(connection) -> None:
    """Take away what schema v6 (sign-in, the audit chain) added."""
    for column in ("password_hash", "failed_signins", "last_failed_at"):
        connection.execute(text(f"ALTER TABLE users DROP COLUMN {column}"))
    connection.execute(text("ALTER TABLE audit_log DROP COLUMN entry_hash"))


def undo_v4_roster(connection) -> None:
    """Take away what schema v4 (the HR roster) added to the current models."""
    connection.execute(text("DROP TABLE agent_team_history"))
    for column in ("left_on", "direction", "in_roster"):
        connection.execute(text(f"ALTER TABLE agents DROP COLUMN {column}"))
    connection.execute(text("ALTER TABLE teams DROP COLUMN lead_name"))


def make_schema_v1(url: str) -> None:
    """A database exactly as schema version 1 of the app created it, holding some data."""
    engine = create_engine(url)
    with engine.begin() as connection:
        Base.metadata.create_all(connection)
        undo_v9_training_records(connection)
        undo_v8_topics(connection)
        undo_v6_sign_in(connection)
        _undo_v5(connection)
        undo_v4_roster(connection)
        _undo_v3(connection)
        connection.execute(text("ALTER TABLE calls DROP COLUMN recording_missing"))
        connection.execute(text("INSERT INTO schema_version (version, app_version, migrated_at) "
                                "VALUES (1, '0.0.1', '2026-09-01 08:00:00')"))
        connection.execute(text("INSERT INTO teams (id, name, active) VALUES (1, '投诉组', TRUE)"))
        connection.execute(text("INSERT INTO agents (id, agent_code, name, team_id, active, row_version) "
                                "VALUES (1, 'A007', '陈静', 1, TRUE, 1)"))
        connection.execute(text("INSERT INTO calls (id, recording_path, content_hash, agent_id, imported_at, "
                                "row_version) VALUES (1, '//share/rec/1.wav', 'ff', 1, '2026-09-02', 1)"))
    engine.dispose()


def test_sqlite_v1_database_upgrades_in_place_with_a_backup(tmp_path):
    path = tmp_path / "team.sqlite3"
    make_schema_v1(f"sqlite:///{path}")
    database = open_database(path)
    try:
        with database.read() as session:
            call = session.get(Call, 1)
            assert call.recording_path == "//share/rec/1.wav" and call.recording_missing is False
            assert session.get(Agent, 1).team.name == "投诉组"
        assert check_database(database).ok
    finally:
        database.dispose()
    backups = list(tmp_path.glob("team.before-schema-v1-*.sqlite3"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("SELECT max(version) FROM schema_version").fetchone() == (1,)
    assert old.execute("SELECT name FROM agents").fetchall() == [("陈静",)]
    old.close()


def test_postgresql_v1_database_upgrades_in_place(pg_url):
    make_schema_v1(pg_url.replace("postgresql://", "postgresql+psycopg://", 1))
    database = open_database(pg_url)
    try:
        with database.read() as session:
            assert session.get(Call, 1).recording_missing is False
        assert check_database(database).schema_version == SCHEMA_VERSION
    finally:
        database.dispose()


def test_a_failing_migration_leaves_the_old_database_as_it_was(tmp_path):
    path = tmp_path / "qa.sqlite3"
    open_database(path).dispose()

    def add_column(connection):
        connection.execute(text("ALTER TABLE teams ADD COLUMN colour TEXT"))

    def broken(connection):
        connection.execute(text("UPDATE teams SET no_such_column = 1"))

    database = open_database(path)
    database.write(lambda s: s.add(Team(name="一组")))
    ladder = [Migration(SCHEMA_VERSION + 1, "colour", add_column), Migration(SCHEMA_VERSION + 2, "bad", broken)]
    with pytest.raises(OperationalError):
        check_and_upgrade(database, ladder=ladder, target_version=SCHEMA_VERSION + 2)
    with database.engine.connect() as connection:
        assert "colour" not in {c["name"] for c in inspect(connection).get_columns("teams")}
        assert connection.execute(text("SELECT max(version) FROM schema_version")).scalar() == SCHEMA_VERSION
    with database.read() as session:
        assert session.scalar(select(Team.name)) == "一组"
    database.dispose()


def test_backup_of_a_live_database_opens_and_passes_check(any_db, tmp_path):
    any_db.write(lambda s: s.add(Agent(agent_code="A1", name="周洁", team=Team(name="预订组"))))
    copy = backup_to(any_db, tmp_path / "copy.sqlite3")
    restored = open_database(copy, create=False)
    try:
        assert check_database(restored).ok
        with restored.read() as session:
            assert session.scalar(select(Agent.name)) == "周洁"
    finally:
        restored.dispose()
    with pytest.raises(FileExistsError):
        backup_to(any_db, copy)


def make_schema_v2(url: str) -> None:
    """A database as schema version 2 created it, with a call and a submitted evaluation."""
    engine = create_engine(url)
    with engine.begin() as connection:
        Base.metadata.create_all(connection)
        undo_v9_training_records(connection)
        undo_v8_topics(connection)
        undo_v6_sign_in(connection)
        _undo_v5(connection)
        undo_v4_roster(connection)
        _undo_v3(connection)
        connection.execute(text("INSERT INTO schema_version (version, app_version, migrated_at) "
                                "VALUES (2, '0.1.0', '2026-11-01 08:00:00')"))
        connection.execute(text("INSERT INTO users (id, login, display_name, role, active, created_at) "
                                "VALUES (1, 'qa.li', '李娜', 'evaluator', TRUE, '2026-11-01')"))
        connection.execute(text("INSERT INTO calls (id, external_id, recording_path, imported_at, recording_missing, "
                                "row_version) VALUES (1, 'C-1', '//share/rec/1.wav', '2026-11-02', FALSE, 1)"))
        connection.execute(text("INSERT INTO scoring_forms (id, code, name, archived, created_at) "
                                "VALUES (1, 'basic', '基础', FALSE, '2026-11-01')"))
        connection.execute(text("INSERT INTO form_versions (id, form_id, version_no, definition, locked, created_at) "
                                "VALUES (1, 1, 1, '{}', TRUE, '2026-11-01')"))
        connection.execute(text(
            "INSERT INTO evaluations (id, call_id, form_version_id, evaluator_id, kind, status, answers, comments, "
            "score, critical_failed, fatal_failed, started_at, updated_at, active_seconds, row_version) VALUES "
            "(1, 1, 1, 1, 'regular', 'submitted', '{\"greet\": \"yes\"}', '{}', 100, FALSE, FALSE, "
            "'2026-11-02', '2026-11-02', 60, 1)"))
    engine.dispose()


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_v2_database_gains_transcripts_and_keeps_its_evaluations(kind, tmp_path, request):
    from qa_desktop.core.db.models import CallTranscript, Evaluation
    from qa_desktop.core.transcripts.store import load_transcripts, store_side

    if kind == "sqlite":
        target = tmp_path / "team.sqlite3"
        make_schema_v2(f"sqlite:///{target}")
    else:
        target = request.getfixturevalue("pg_url")
        make_schema_v2(target.replace("postgresql://", "postgresql+psycopg://", 1))
    database = open_database(target)
    try:
        with database.read() as session:
            evaluation = session.get(Evaluation, 1)
            assert evaluation.answers == {"greet": "yes"} and evaluation.suggestions is None
            assert session.get(Call, 1).risk_count == 0 and session.get(Call, 1).screening is None
        database.write(lambda s: store_side(s, 1, "agent", [[500, 3200, "您好,工号1001为您服务"]], "C-1.srt"))
        assert [line.text for line in load_transcripts(database, 1)] == ["您好,工号1001为您服务"]
        with database.read() as session:
            assert session.query(CallTranscript).count() == 1
        assert check_database(database).ok
    finally:
        database.dispose()


def test_v4_database_gains_call_screening_and_keeps_its_transcripts(tmp_path):
    from qa_desktop.core.transcripts.store import load_transcripts

    path = tmp_path / "team.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        Base.metadata.create_all(connection)
        undo_v9_training_records(connection)
        undo_v8_topics(connection)
        undo_v6_sign_in(connection)
        _undo_v5(connection)
        connection.execute(text("INSERT INTO schema_version (version, app_version, migrated_at) "
                                "VALUES (4, '0.1.0', '2026-12-01 08:00:00')"))
        connection.execute(text("INSERT INTO calls (id, external_id, recording_path, imported_at, recording_missing, "
                                "row_version) VALUES (7, 'C-7', '//share/rec/7.wav', '2026-12-02', FALSE, 1)"))
        connection.execute(text(
            "INSERT INTO call_transcripts (call_id, side, lines, text, source, source_hash, imported_at) VALUES "
            "(7, 'agent', '[[600, 4200, \"您好,工号1023为您服务\"]]', '您好,工号1023为您服务', 'C-7.json', 'x', "
            "'2026-12-02')"))
    engine.dispose()
    database = open_database(path)
    try:
        with database.read() as session:
            call = session.get(Call, 7)
            assert call.risk_count == 0 and call.screening is None
        assert [line.text for line in load_transcripts(database, 7)] == ["您好,工号1023为您服务"]
        assert check_database(database).ok
    finally:
        database.dispose()
