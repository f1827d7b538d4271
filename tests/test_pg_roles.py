"""PostgreSQL enforces the roles: an evaluator connected with their own role (as with psql) is refused."""
from __future__ import annotations

import datetime as dt

import psycopg
import pytest
import workflow_builders as wb
from sqlalchemy import select
from sqlalchemy.engine import make_url

from qa_desktop.cli import main
from qa_desktop.core.db import open_database
from qa_desktop.core.db.models import Evaluation, EvaluationStatus, Role

pytestmark = pytest.mark.postgres


def _connect_as(pg_url: str, login: str) -> psycopg.Connection:
    """The person's own connection, as psql would open it (the test server trusts loopback logins)."""
    url = make_url(pg_url)
    return psycopg.connect(host=url.host, port=url.port, dbname=url.database, user=login, autocommit=True)


@pytest.fixture
def centre(pg_url):
    """A PostgreSQL database set up by its owner: a QA lead, two evaluators, a team lead, roles enforced."""
    from qa_desktop.core.user_admin import add_user

    unique = make_url(pg_url).database[-6:]
    logins = {name: f"{name}_{unique}" for name in ("lead", "eva", "eve", "tl")}
    database = open_database(pg_url)
    database.user_login = logins["lead"]
    add_user(database, logins["lead"])
    for name, role in (("eva", Role.EVALUATOR), ("eve", Role.EVALUATOR), ("tl", Role.TEAM_LEAD)):
        add_user(database, logins[name], role=role)
    ids = {}
    with database.write_session() as session:
        from qa_desktop.core.db.models import User

        users = {u.login: u for u in session.scalars(select(User))}
        team_a = wb.team(session, "投诉组", users[logins["tl"]])
        team_b = wb.team(session, "咨询组")
        version = wb.form_version(session)
        for key, evaluator, team, status in (("eva_draft", "eva", team_a, EvaluationStatus.DRAFT),
                                             ("eve_draft", "eve", team_a, EvaluationStatus.DRAFT),
                                             ("eva_submitted", "eva", team_a, EvaluationStatus.SUBMITTED),
                                             ("other_team", "eve", team_b, EvaluationStatus.SUBMITTED)):
            agent = wb.agent(session, f"A-{key}", team)
            call = wb.call(session, agent, dt.datetime(2026, 12, 1, 2, 0), external_id=key)
            evaluation = wb.evaluation(session, call, users[logins[evaluator]], version, total=80)
            evaluation.status = status
            session.flush()
            ids[key] = evaluation.id
    database.dispose()
    assert main(["pg-roles", "--db", pg_url, "--json"]) == 0
    yield logins, ids
    # roles belong to the whole (throwaway) server: take their privileges in this database away, drop them
    import sqlalchemy

    admin = sqlalchemy.create_engine(pg_url.replace("postgresql://", "postgresql+psycopg://", 1),
                                     isolation_level="AUTOCOMMIT")
    prefix = "qad_" + make_url(pg_url).database.lower()
    with admin.connect() as connection:
        for name in list(logins.values()) + [f"{prefix}_{g}" for g in ("evaluator", "team_lead", "qa_lead",
                                                                         "manager")]:
            connection.exec_driver_sql(f'DROP OWNED BY "{name}"')
            connection.exec_driver_sql(f'DROP ROLE "{name}"')
    admin.dispose()


def _summary(pg_url, evaluation_id) -> str | None:
    database = open_database(pg_url)
    try:
        with database.read() as session:
            return session.scalar(select(Evaluation.summary).where(Evaluation.id == evaluation_id))
    finally:
        database.dispose()


def test_an_evaluator_with_psql_cannot_change_what_the_core_forbids(pg_url, centre):
    logins, ids = centre
    with _connect_as(pg_url, logins["eva"]) as eva:
        # her own draft: allowed (the check can fail)
        assert eva.execute("UPDATE evaluations SET summary = 'mine' WHERE id = %s", [ids["eva_draft"]]).rowcount == 1
        # another evaluator's evaluation: row-level security hides it from UPDATE and DELETE
        assert eva.execute("UPDATE evaluations SET summary = 'hacked' WHERE id = %s",
                           [ids["eve_draft"]]).rowcount == 0
        assert eva.execute("DELETE FROM evaluations WHERE id = %s", [ids["eve_draft"]]).rowcount == 0
        # her own submitted evaluation: only the amend path (QA lead, the agent's team lead) changes results
        assert eva.execute("UPDATE evaluations SET score = 100, summary = 'better' WHERE id = %s",
                           [ids["eva_submitted"]]).rowcount == 0
        # nor can she hand her draft to someone else or create one in another's name
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            eva.execute("UPDATE evaluations SET evaluator_id = (SELECT id FROM users WHERE login = %s) "
                        "WHERE id = %s", [logins["eve"], ids["eva_draft"]])
        # the audit log: read and append only
        assert eva.execute("SELECT count(*) FROM audit_log").fetchone()[0] > 0
        for statement in ("UPDATE audit_log SET user_login = 'someone'", "DELETE FROM audit_log",
                          "TRUNCATE audit_log"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                eva.execute(statement)
        # and no role for herself: neither the app's role column nor the server's group roles
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            eva.execute("UPDATE users SET role = 'qa_lead' WHERE login = %s", [logins["eva"]])
        prefix = "qad_" + make_url(pg_url).database.lower()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            eva.execute(f'GRANT "{prefix}_qa_lead" TO "{logins["eva"]}"')
    assert _summary(pg_url, ids["eve_draft"]) is None and _summary(pg_url, ids["eva_draft"]) == "mine"
    assert _summary(pg_url, ids["eva_submitted"]) is None


def test_the_amend_path_and_the_users_page_stay_open(pg_url, centre):
    logins, ids = centre
    with _connect_as(pg_url, logins["tl"]) as tl:
        # the team lead reviews their own team's result, not another team's
        assert tl.execute("UPDATE evaluations SET summary = 'reviewed' WHERE id = %s",
                          [ids["eva_submitted"]]).rowcount == 1
        assert tl.execute("UPDATE evaluations SET summary = 'reviewed' WHERE id = %s",
                          [ids["other_team"]]).rowcount == 0
    # the app connected as the QA lead gives eva a role: her database role follows in the same transaction
    from qa_desktop.core.user_admin import set_role

    url = make_url(pg_url).set(username=logins["lead"]).render_as_string(hide_password=False)
    database = open_database(url)
    try:
        assert database.user_login == logins["lead"]  # who connects is who acts
        set_role(database, logins["eva"], Role.TEAM_LEAD)
    finally:
        database.dispose()
    with _connect_as(pg_url, logins["eva"]) as eva:
        groups = {row[0] for row in eva.execute(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = current_user")}
        assert groups == {f"qad_{make_url(pg_url).database.lower()}_team_lead"}


def test_the_app_works_for_an_evaluator_connected_as_herself(pg_url, centre):
    """The app's own writes (a draft, its score, the audit chain) pass the server's rules for the evaluator."""
    from qa_desktop.core import evaluations
    from qa_desktop.core.db.audit import verify_chain

    logins, ids = centre
    url = make_url(pg_url).set(username=logins["eva"]).render_as_string(hide_password=False)
    database = open_database(url)
    try:
        assert database.user_login == logins["eva"]
        with database.read() as session:
            call_id = session.scalar(select(Evaluation.call_id).where(Evaluation.id == ids["other_team"]))
        draft = evaluations.create_draft(database, call_id, form_code="basic")
        import workflow_builders as wb

        submitted = evaluations.submit(database, draft.id, wb.answers_for(80))
        assert submitted.status == EvaluationStatus.SUBMITTED and float(submitted.score) == 80
        from qa_desktop.core.evaluations import WrongStatus

        with pytest.raises(WrongStatus):  # once submitted, the app sends her to the amend path too
            evaluations.save_draft(database, draft.id, wb.answers_for(100), expected_row_version=submitted.row_version)
        assert verify_chain(database).first_break is None
    finally:
        database.dispose()
