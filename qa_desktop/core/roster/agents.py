"""The roster as the QA lead sees and corrects it: listing, searching, editing, transfers, leavers.

The Roster screen and ``qa-desktop roster`` call these; every change is checked by
:mod:`qa_desktop.core.workflow.permissions` and written with an audit line.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from qa_desktop.core.db import Database, audit
from qa_desktop.core.db.database import expect_version
from qa_desktop.core.db.models import Agent, AgentTeamPeriod, Team
from qa_desktop.core.errors import ValidationError
from qa_desktop.core.roster.history import move_agent
from qa_desktop.core.workflow.permissions import acting_user, require_people_admin


@dataclass
class RosterEntry:
    id: int
    agent_code: str
    name: str
    team_id: int | None
    team: str | None
    hire_date: dt.date | None
    probation_end: dt.date | None
    on_probation: bool
    active: bool
    left_on: dt.date | None
    direction: str | None
    in_roster: bool
    row_version: int

    def to_dict(self) -> dict:
        return asdict(self)


def list_roster(database: Database, *, search: str = "", team_id: int | None = None, include_left: bool = False,
                only_unplaced: bool = False, on: dt.date | None = None) -> list[RosterEntry]:
    """The agents, by 工号; ``only_unplaced`` lists those seen only in call lists ("not in the roster")."""
    today = on or dt.date.today()
    with database.read() as session:
        query = select(Agent, Team.name).outerjoin(Team, Team.id == Agent.team_id).order_by(Agent.agent_code)
        if not include_left:
            query = query.where(Agent.active.is_(True))
        if team_id is not None:
            query = query.where(Agent.team_id == team_id)
        if only_unplaced:
            query = query.where(Agent.in_roster.is_(False))
        text = search.strip()
        if text:
            # autoescape: the user's % and _ are literal characters, never wildcards
            query = query.where(or_(*(column.icontains(text, autoescape=True)
                                      for column in (Agent.agent_code, Agent.name, Team.name))))
        return [RosterEntry(a.id, a.agent_code, a.name or "", a.team_id, team, a.hire_date, a.probation_end,
                            a.on_probation(today), bool(a.active), a.left_on, a.direction, bool(a.in_roster),
                            a.row_version)
                for a, team in session.execute(query)]


def team_history(database: Database, agent_id: int) -> list[dict]:
    with database.read() as session:
        rows = session.execute(select(AgentTeamPeriod.valid_from, AgentTeamPeriod.valid_to, Team.name)
                               .join(Team, Team.id == AgentTeamPeriod.team_id)
                               .where(AgentTeamPeriod.agent_id == agent_id)
                               .order_by(AgentTeamPeriod.valid_from)).all()
        return [{"from": f, "to": t, "team": name} for f, t, name in rows]


def _agent(session: Session, agent_id: int, version: int | None) -> Agent:
    agent = session.get(Agent, agent_id)
    if agent is None:
        raise ValidationError(f"There is no agent with id {agent_id}.", agent_id=agent_id)
    expect_version(agent, version)
    return agent


def update_agent(database: Database, agent_id: int, *, version: int | None = None, name: str | None = None,
                 hire_date: dt.date | None = None, probation_end: dt.date | None = None,
                 direction: str | None = None) -> None:
    """Correct what HR got wrong (name, hire date, probation end, line); empty values are left alone."""

    def work(session: Session) -> None:
        require_people_admin(acting_user(session, database.user_login), "edit the roster")
        agent = _agent(session, agent_id, version)
        changes = {k: v for k, v in {"name": name, "hire_date": hire_date, "probation_end": probation_end,
                                     "direction": direction}.items() if v is not None and getattr(agent, k) != v}
        if probation_end is not None and agent.hire_date and probation_end < (hire_date or agent.hire_date):
            raise ValidationError("The probation cannot end before the hire date.", agent=agent.agent_code,
                                  why="probation_before_hire")
        for key, value in changes.items():
            setattr(agent, key, value)
        if changes:
            audit.record(session, database.user_login, "update", "agent", agent.id, agent_code=agent.agent_code,
                         **changes)

    database.write(work)


def transfer_agent(database: Database, agent_id: int, team_id: int, effective: dt.date, *,
                   version: int | None = None) -> bool:
    """Move an agent to another team from ``effective`` on; their earlier calls stay with the old team."""

    def work(session: Session) -> bool:
        require_people_admin(acting_user(session, database.user_login), "transfer agents")
        agent = _agent(session, agent_id, version)
        team = session.get(Team, team_id)
        if team is None or not team.active:
            raise ValidationError("That team does not exist or was closed.", team_id=team_id, why="no_team")
        agent.in_roster = True
        return move_agent(session, agent, team_id, effective, login=database.user_login, source="manual")

    return database.write(work)


def set_agent_active(database: Database, agent_id: int, active: bool, *, left_on: dt.date | None = None,
                     version: int | None = None) -> None:
    """Mark an agent as left (离职) on ``left_on``, or back; nothing of theirs is deleted."""

    def work(session: Session) -> None:
        require_people_admin(acting_user(session, database.user_login), "deactivate agents")
        agent = _agent(session, agent_id, version)
        if bool(agent.active) == active:
            return
        agent.active = active
        agent.left_on = None if active else (left_on or dt.date.today())
        audit.record(session, database.user_login, "reactivate" if active else "deactivate", "agent", agent.id,
                     agent_code=agent.agent_code, left_on=agent.left_on)

    database.write(work)
