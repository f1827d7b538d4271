"""What a recordings manifest says about agents: their 班组 and 入职日期, for agents HR has not named.

The HR roster is the authority: an agent it names (``in_roster``) is never changed by a call list.
An agent seen only in call lists gets the list's team and hire date (so the probation quota and
the team lead's rights work at once) and stays "not in the roster" until the QA lead or the next
HR export places them.
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from qa_desktop.core.db import audit
from qa_desktop.core.db.models import Agent, AgentTeamPeriod, Team
from qa_desktop.core.roster.columns import parse_date


def place_from_call_list(session: Session, login: str, placements: dict[str, tuple[str | None, object]]) -> int:
    """Fill team and hire date of agents not in the roster from a call list; returns how many changed."""
    from qa_desktop.core.roster.importer import PROBATION_MONTHS, add_months

    agents = list(session.scalars(select(Agent).where(Agent.agent_code.in_(list(placements)),
                                                      Agent.in_roster.is_(False))))
    if not agents:
        return 0
    teams = {t.name: t for t in session.scalars(select(Team))}
    changed = 0
    for agent in agents:
        team_name, hired = placements[agent.agent_code]
        changes: dict = {}
        if team_name and agent.team_id is None:
            team = teams.get(team_name)
            if team is None:
                team = teams[team_name] = Team(name=team_name, active=True)
                session.add(team)
                session.flush()
                audit.record(session, login, "create", "team", team.id, name=team_name, source="call list")
            agent.team_id = team.id
            session.add(AgentTeamPeriod(agent_id=agent.id, team_id=team.id, valid_from=None, source="call list"))
            changes["team"] = team_name
        try:
            hire_date = parse_date(hired)
        except ValueError:
            hire_date = None  # a call list's odd date is not worth refusing the call for
        if hire_date and agent.hire_date is None:
            agent.hire_date = hire_date
            agent.probation_end = agent.probation_end or add_months(hire_date, PROBATION_MONTHS)
            changes["hire_date"] = hire_date
        if changes:
            changed += 1
            audit.record(session, login, "update", "agent", agent.id, agent_code=agent.agent_code,
                         source="call list", **changes)
    return changed
