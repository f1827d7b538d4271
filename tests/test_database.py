"""Opening databases: local, shared, PostgreSQL; bad paths; locks; conflicts; audit."""
from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import sqlite3

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from qa_desktop.core.db import audit, open_database
from qa_desktop.core.db.database import expect_version
from qa_desktop.core.db.migrations import SCHEMA_VERSION
from qa_desktop.core.db.models import (
    Agent,
    AuditEntry,
    Call,
    Evaluation,
    FormVersion,
    Role,
    ScoringForm,
    Team,
    User,
)
from qa_desktop.core.errors import (
    ConflictError,
    DatabaseLocked,
    DatabaseMissing,
    DatabaseNotSQLite,
    DatabaseReadOnly,
    DatabaseTooNew,
)


def seed_evaluation(database) -> int:
    """A team, agent, call, form version and draft evaluation; returns the evaluation id."""

    def work(session):
        team = Team(name="一组")
        evaluator = User(login="li", display_name="李质检", role=Role.EVALUATOR)
        agent = Agent(agent_code="1001", name="王芳", team=team, hire_date=dt.date(2026, 1, 5))
        call = Call(recording_path="/calls/a.wav", content_hash="a" * 64, agent=agent, call_type="投诉")
        form = ScoringForm(code="default", name="默认评分表")
        version = FormVersion(form=form, version_no=1, definition={"format": 1, "sections": []})
        session.add_all([team, evaluator, agent, call, form, version])
        session.flush()
        evaluation = Evaluation(call=call, form_version=version, evaluator=evaluator, answers={"greet": "yes"})
        session.add(evaluation)
        session.flush()
        return evaluation.id

    return database.write(work)


def test_new_local_database_is_created_migrated_with_foreign_keys(sqlite_db):
    assert sqlite_db.path.exists()
    with sqlite_db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    with pytest.raises(IntegrityError):
        sqlite_db.write(lambda s: s.add(Agent(agent_code="x", team_id=999)) or s.flush())


def test_shared_file_uses_rollback_journal_not_wal(tmp_path):
    database = open_database(tmp_path / "team.sqlite3", shared=True)
    try:
        assert database.shared
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 10000
    finally:
        database.dispose()


def test_local_database_switches_to_shared_mode_in_place(tmp_path):
    path = tmp_path / "qa.sqlite3"
    open_database(path).dispose()
    database = open_database(path, shared=True)
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
    database.dispose()


def test_missing_folder_is_reported_with_the_path(tmp_path):
    target = tmp_path / "no-such-share" / "qa.sqlite3"
    with pytest.raises(DatabaseMissing) as error:
        open_database(target)
    assert str(target.parent) in str(error.value)
    assert not target.parent.exists()


def test_missing_file_is_not_created_when_only_opening(tmp_path):
    target = tmp_path / "qa.sqlite3"
    with pytest.raises(DatabaseMissing):
        open_database(target, create=False)
    assert not target.exists()


def test_a_file_that_is_not_sqlite_is_refused_and_left_untouched(tmp_path):
    target = tmp_path / "calls.xlsx"
    target.write_bytes(b"PK\x03\x04 not a database at all")
    before = target.read_bytes()
    with pytest.raises(DatabaseNotSQLite) as error:
        open_database(target)
    assert str(target) in str(error.value)
    assert target.read_bytes() == before


def test_a_sqlite_file_of_another_program_is_refused(tmp_path):
    target = tmp_path / "other.db"
    connection = sqlite3.connect(target)
    connection.execute("CREATE TABLE songs (title TEXT)")
    connection.commit()
    connection.close()
    with pytest.raises(DatabaseNotSQLite):
        open_database(target)
    tables = sqlite3.connect(target).execute("SELECT name FROM sqlite_master").fetchall()
    assert tables == [("songs",)]


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can write read-only files")
def test_read_only_file_is_reported(tmp_path):
    target = tmp_path / "qa.sqlite3"
    open_database(target).dispose()
    target.chmod(0o444)
    with pytest.raises(DatabaseReadOnly):
        open_database(target)
    open_database(target, read_only=True).dispose()


def test_database_from_a_newer_app_is_refused_and_unchanged(tmp_path):
    target = tmp_path / "qa.sqlite3"
    open_database(target).dispose()
    connection = sqlite3.connect(target)
    connection.execute("INSERT INTO schema_version (version, app_version, migrated_at) "
                       "VALUES (?, '9.0', '2030-01-01')", (SCHEMA_VERSION + 5,))
    connection.commit()
    connection.close()
    before = target.read_bytes()
    with pytest.raises(DatabaseTooNew) as error:
        open_database(target)
    assert "newer version" in str(error.value)
    assert target.read_bytes() == before


def test_write_locked_by_another_machine_reports_locked_then_succeeds(tmp_path):
    target = tmp_path / "team.sqlite3"
    database = open_database(target, shared=True, busy_timeout=0.2)
    other_machine = sqlite3.connect(target, timeout=0.1, isolation_level=None)
    other_machine.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLocked) as error:
            database.write(lambda s: s.add(Team(name="二组")), retries=1)
        assert str(target) in str(error.value)
    finally:
        other_machine.execute("ROLLBACK")
        other_machine.close()
    database.write(lambda s: s.add(Team(name="二组")))
    with database.read() as session:
        assert session.scalar(select(Team.name)) == "二组"
    database.dispose()


def test_stale_save_raises_conflict_instead_of_overwriting(any_db):
    evaluation_id = seed_evaluation(any_db)
    with any_db.read() as session:
        loaded_version = session.get(Evaluation, evaluation_id).row_version

    def save(answer):
        def work(session):
            evaluation = session.get(Evaluation, evaluation_id)
            expect_version(evaluation, loaded_version)
            evaluation.answers = {"greet": answer}
        return work

    any_db.write(save("no"))
    with pytest.raises(ConflictError):
        any_db.write(save("yes"))
    with any_db.read() as session:
        assert session.get(Evaluation, evaluation_id).answers == {"greet": "no"}


def _save_in_another_process(path, evaluation_id, expected, answer, barrier, results):
    database = open_database(path, shared=True)
    barrier.wait()

    def work(session):
        evaluation = session.get(Evaluation, evaluation_id)
        expect_version(evaluation, expected)
        evaluation.answers = {"greet": answer}

    try:
        database.write(work)
        results.put((answer, "saved"))
    except ConflictError:
        results.put((answer, "conflict"))
    finally:
        database.dispose()


def test_two_processes_saving_the_same_evaluation_one_gets_a_conflict(tmp_path):
    path = tmp_path / "team.sqlite3"
    database = open_database(path, shared=True)
    evaluation_id = seed_evaluation(database)
    with database.read() as session:
        loaded = session.get(Evaluation, evaluation_id).row_version
    database.dispose()

    context = multiprocessing.get_context("spawn")
    barrier, results = context.Barrier(2), context.Queue()
    workers = [context.Process(target=_save_in_another_process,
                               args=(path, evaluation_id, loaded, answer, barrier, results))
               for answer in ("no", "na")]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    outcomes = dict(results.get(timeout=5) for _ in workers)
    assert sorted(outcomes.values()) == ["conflict", "saved"]
    winner = next(answer for answer, outcome in outcomes.items() if outcome == "saved")
    database = open_database(path, shared=True)
    with database.read() as session:
        assert session.get(Evaluation, evaluation_id).answers == {"greet": winner}
    database.dispose()


def test_audit_log_is_append_only(any_db):
    entry_id = any_db.write(lambda s: audit.record(s, "li", "submit", "evaluation", 1, score="85.00")
                            and s.flush() or s.scalar(select(AuditEntry.id)))
    with pytest.raises(PermissionError):
        any_db.write(lambda s: setattr(s.get(AuditEntry, entry_id), "action", "edited"))
    with pytest.raises(PermissionError):
        any_db.write(lambda s: s.delete(s.get(AuditEntry, entry_id)))
    with any_db.read() as session:
        entry = session.get(AuditEntry, entry_id)
        assert (entry.action, entry.details) == ("submit", {"score": "85.00"})


def test_postgresql_url_opens_and_creates_schema(pg_url):
    database = open_database(pg_url)
    try:
        assert database.engine.dialect.name == "postgresql"
        seed_evaluation(database)
        with database.read() as session:
            assert session.scalar(select(Agent.name)) == "王芳"
    finally:
        database.dispose()
