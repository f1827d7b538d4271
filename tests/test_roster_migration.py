"""Schema v4 (the HR roster) upgrades a v3 database holding agents in teams, keeping them there."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import create_engine, select, text
from test_migrations import _undo_v5, undo_v4_roster, undo_v6_sign_in, undo_v8_topics, undo_v9_training_records

from qa_desktop.core.db import open_database
from qa_desktop.core.db.models import Agent, AgentTeamPeriod, Base, Team
from qa_desktop.core.roster.history import TeamHistory


def make_schema_v3(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        Base.metadata.create_all(connection)
        undo_v9_training_records(connection)
        undo_v8_topics(connection)
        undo_v6_sign_in(connection)
        _undo_v5(connection)
        undo_v4_roster(connection)
        connection.execute(text("INSERT INTO schema_version (version, app_version, migrated_at) "
                                "VALUES (3, '0.1.0', '2026-11-01 08:00:00')"))
        connection.execute(text("INSERT INTO teams (id, name, active) VALUES (1, '投诉组', TRUE), (2, '咨询组', TRUE)"))
        connection.execute(text("INSERT INTO agents (id, agent_code, name, team_id, active, row_version) VALUES "
                                "(1, 'A007', '陈静', 1, TRUE, 1), (2, 'A008', '李娜', NULL, TRUE, 1)"))
    engine.dispose()


def _check(database) -> None:
    with database.read() as session:
        agent = session.get(Agent, 1)
        assert agent.team.name == "投诉组" and agent.in_roster is True and agent.left_on is None
        assert session.get(Team, 1).lead_name is None
        periods = session.execute(select(AgentTeamPeriod.agent_id, AgentTeamPeriod.team_id,
                                         AgentTeamPeriod.valid_from, AgentTeamPeriod.valid_to)).all()
        assert periods == [(1, 1, None, None)]
        history = TeamHistory(session)
        assert history.team_on(1, dt.date(2020, 1, 1)) == 1 and history.team_on(2, dt.date(2026, 1, 1)) is None


def test_sqlite_v3_database_gets_the_roster_tables(tmp_path):
    path = tmp_path / "team.sqlite3"
    make_schema_v3(f"sqlite:///{path}")
    database = open_database(path)
    try:
        _check(database)
    finally:
        database.dispose()


def test_postgresql_v3_database_gets_the_roster_tables(pg_url):
    make_schema_v3(pg_url.replace("postgresql://", "postgresql+psycopg://", 1))
    database = open_database(pg_url)
    try:
        _check(database)
        database.write(lambda s: s.add(AgentTeamPeriod(agent_id=2, team_id=2, valid_from=dt.date(2026, 12, 1))))
    finally:
        database.dispose()
