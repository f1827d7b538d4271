"""PostgreSQL enforces the roles itself: a database role per person, group roles, GRANTs and row-level security.

On a shared SQLite file the app's rules hold only while people use the app. On PostgreSQL each person
connects as their own database role (``postgresql://eva@server/qa``), a member of one group role per
app role (``<prefix>_evaluator``, ``_team_lead``, ``_qa_lead``, ``_manager``), and the server refuses
what the core refuses, even to someone typing SQL into psql:

- an evaluator changes only their own evaluations, and a submitted one not at all (changing a result
  goes through the amend path: the QA lead, or the agent's team lead reviewing it);
- nobody changes or deletes an audit entry (the groups may only read and add);
- nobody gives themselves a role: ``users.role`` is writable by QA leads only, and only QA leads may
  grant membership in the group roles.

``setup_roles`` is run once by the database's owner (``qa-desktop pg-roles setup``); after that the
Users page keeps each person's database role in step with their app role in the same transaction.
The owner is not subject to row-level security (it is the administrator's and the migrations' role).
"""
from __future__ import annotations

import re

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from qa_desktop.core.db.models import Base, Role, User

GROUPS = {Role.EVALUATOR: "evaluator", Role.TEAM_LEAD: "team_lead", Role.QA_LEAD: "qa_lead",
          Role.MANAGER: "manager"}
# tables nobody but the owner writes, and the append-only log
READ_ONLY = {"schema_version"}
APPEND_ONLY = {"audit_log", "evaluation_revisions"}
ADMIN_ONLY = {"users", "teams", "agent_team_history"}  # QA leads write these (roles, teams, transfers)

_FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION qa_user_id() RETURNS integer LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public AS $$ SELECT id FROM users WHERE login = session_user AND active $$;
CREATE OR REPLACE FUNCTION qa_user_role() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public AS $$ SELECT role FROM users WHERE login = session_user AND active $$;
-- the acting user leads the team the call's agent was in on the day of the call (core.roster.history)
CREATE OR REPLACE FUNCTION qa_leads_call(p_call integer) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public AS $$
    SELECT EXISTS (
        SELECT 1 FROM calls c JOIN teams t ON t.lead_user_id = qa_user_id()
        WHERE c.id = p_call AND (
            EXISTS (SELECT 1 FROM agent_team_history h WHERE h.agent_id = c.agent_id AND h.team_id = t.id
                    AND (h.valid_from IS NULL OR h.valid_from <= COALESCE(c.started_at, c.imported_at))
                    AND (h.valid_to IS NULL OR h.valid_to > COALESCE(c.started_at, c.imported_at)))
            OR (NOT EXISTS (SELECT 1 FROM agent_team_history h2 WHERE h2.agent_id = c.agent_id)
                AND EXISTS (SELECT 1 FROM agents a WHERE a.id = c.agent_id AND a.team_id = t.id))))
$$;
"""

_POLICIES = """
ALTER TABLE evaluations ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS qa_read ON evaluations;
DROP POLICY IF EXISTS qa_add ON evaluations;
DROP POLICY IF EXISTS qa_change ON evaluations;
DROP POLICY IF EXISTS qa_remove ON evaluations;
CREATE POLICY qa_read ON evaluations FOR SELECT USING (true);
CREATE POLICY qa_add ON evaluations FOR INSERT
    WITH CHECK (evaluator_id = qa_user_id() OR qa_user_role() = 'qa_lead');
CREATE POLICY qa_change ON evaluations FOR UPDATE
    USING ((evaluator_id = qa_user_id() AND status <> 'submitted') OR qa_user_role() = 'qa_lead'
           OR (qa_user_role() = 'team_lead' AND qa_leads_call(call_id)))
    WITH CHECK (evaluator_id = qa_user_id() OR qa_user_role() = 'qa_lead'
                OR (qa_user_role() = 'team_lead' AND qa_leads_call(call_id)));
CREATE POLICY qa_remove ON evaluations FOR DELETE
    USING (qa_user_role() = 'qa_lead' OR (evaluator_id = qa_user_id() AND status = 'draft'));
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS qa_read ON users;
DROP POLICY IF EXISTS qa_change ON users;
DROP POLICY IF EXISTS qa_add ON users;
CREATE POLICY qa_read ON users FOR SELECT USING (true);
CREATE POLICY qa_change ON users FOR UPDATE
    USING (login = session_user OR qa_user_role() = 'qa_lead') WITH CHECK (true);
CREATE POLICY qa_add ON users FOR INSERT WITH CHECK (qa_user_role() = 'qa_lead');
"""


def group_prefix(connection: Connection) -> str:
    name = connection.execute(text("SELECT current_database()")).scalar_one()
    return "qad_" + re.sub(r"[^a-z0-9_]", "_", name.lower())[:40]


def group_name(connection: Connection, role: Role) -> str:
    return f"{group_prefix(connection)}_{GROUPS[role]}"


def _quote(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote_identifier(name)


def roles_are_set_up(connection: Connection) -> bool:
    if connection.dialect.name != "postgresql":
        return False
    return connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"),
                              {"n": group_name(connection, Role.QA_LEAD)}).first() is not None


def setup_roles(database) -> dict:
    """Create the group roles, GRANTs and policies, and a login role for every active user (owner only)."""
    if database.is_sqlite:
        raise ValueError("database roles exist only on PostgreSQL")
    with database.write_engine.begin() as connection:
        q = lambda name: _quote(connection, name)  # noqa: E731
        groups = {role: group_name(connection, role) for role in Role}
        for name in groups.values():
            if connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first() is None:
                connection.execute(text(f"CREATE ROLE {q(name)} NOLOGIN"))
        tables = [t.name for t in Base.metadata.sorted_tables]
        every = ", ".join(q(g) for g in groups.values())
        workers = ", ".join(q(groups[r]) for r in (Role.EVALUATOR, Role.TEAM_LEAD, Role.QA_LEAD))
        connection.execute(text(f"GRANT USAGE ON SCHEMA public TO {every}"))
        connection.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {every}"))
        for table in tables:
            connection.execute(text(f"REVOKE ALL ON {q(table)} FROM {every}"))
            connection.execute(text(f"GRANT SELECT ON {q(table)} TO {every}"))
            if table in READ_ONLY:
                continue
            if table in APPEND_ONLY:
                connection.execute(text(f"GRANT INSERT ON {q(table)} TO {every}"))
            elif table in ADMIN_ONLY:
                connection.execute(text(f"GRANT INSERT, UPDATE, DELETE ON {q(table)} TO {q(groups[Role.QA_LEAD])}"))
            else:
                connection.execute(text(f"GRANT INSERT, UPDATE, DELETE ON {q(table)} TO {workers}"))
        # people keep their own sign-in state and password; the role column stays the QA lead's
        connection.execute(text(f"GRANT UPDATE (failed_signins, last_failed_at, password_hash) ON users TO {every}"))
        connection.execute(text(_FUNCTIONS))
        for function in ("qa_user_id()", "qa_user_role()", "qa_leads_call(integer)"):
            connection.execute(text(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC"))
            connection.execute(text(f"GRANT EXECUTE ON FUNCTION {function} TO {every}"))
        connection.execute(text(_POLICIES))
        people = 0
        with Session(bind=connection) as session:
            for user in session.scalars(select(User)):
                sync_person(connection, user.login, user.role, bool(user.active))
                people += 1
    return {"groups": list(groups.values()), "people": people}


def sync_person(connection: Connection, login: str, role: Role, active: bool, password: str | None = None) -> None:
    """Make ``login``'s database role match the app: in their role's group, able to log in only if active.

    A QA lead gives roles, so they hold every group WITH ADMIN OPTION (the QA lead group's rights
    include the others'); everyone else is in exactly one group and may grant none.
    """
    q = lambda name: _quote(connection, name)  # noqa: E731
    if connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": login}).first() is None:
        connection.execute(text(f"CREATE ROLE {q(login)} LOGIN"))
    connection.execute(text(f"ALTER ROLE {q(login)} {'LOGIN' if active else 'NOLOGIN'} "
                            f"{'CREATEROLE' if role == Role.QA_LEAD else 'NOCREATEROLE'}"))
    if password is not None:  # the server keeps its own SCRAM hash of it
        connection.execute(text(f"ALTER ROLE {q(login)} PASSWORD '" + password.replace("'", "''") + "'"))
    wanted = set(Role) if role == Role.QA_LEAD else {role}
    for group_role in Role:
        name = group_name(connection, group_role)
        member = connection.execute(text(
            "SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = :g AND u.rolname = :u"),
            {"g": name, "u": login}).first() is not None
        if group_role in wanted:
            admin = " WITH ADMIN OPTION" if role == Role.QA_LEAD else ""
            if not member or admin:
                connection.execute(text(f"GRANT {q(name)} TO {q(login)}{admin}"))
        elif member:
            connection.execute(text(f"REVOKE {q(name)} FROM {q(login)}"))


def sync_if_enforced(session: Session, user: User, password: str | None = None) -> None:
    """After the app changed a user: mirror it in their database role, when this database enforces roles."""
    connection = session.connection()
    if not roles_are_set_up(connection):
        return
    session.flush()
    sync_person(connection, user.login, user.role, bool(user.active), password)
