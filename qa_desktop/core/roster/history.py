"""The team of an agent on a date: the one question every report, sample and permission asks.

An agent's teams over time live in ``agent_team_history`` (see :class:`AgentTeamPeriod`); an
agent with no history (a database from before the roster, or the demo) is in ``Agent.team_id``
all along. Everything that attributes a call to a team goes through this module, so a transfer
recorded on the 15th moves the calls from the 15th on, and the earlier ones stay where they were.

Dates are the call centre's calendar days; a call is compared by its stored start time.
"""
from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import and_, exists, false, or_, select
from sqlalchemy.orm import Session, aliased

from qa_desktop.core.db import audit
from qa_desktop.core.db.models import Agent, AgentTeamPeriod


def _as_date(when: dt.date | dt.datetime | None) -> dt.date | None:
    if isinstance(when, dt.datetime):
        return when.date()
    return when


class TeamHistory:
    """Every agent's teams over time, loaded once for a report or a sample."""

    def __init__(self, session: Session, agent_ids: Iterable[int] | None = None):
        query = select(AgentTeamPeriod.agent_id, AgentTeamPeriod.valid_from, AgentTeamPeriod.valid_to,
                       AgentTeamPeriod.team_id)
        current = select(Agent.id, Agent.team_id)
        if agent_ids is not None:
            ids = list(agent_ids)
            query, current = query.where(AgentTeamPeriod.agent_id.in_(ids)), current.where(Agent.id.in_(ids))
        self._starts: dict[int, list[dt.date]] = defaultdict(list)
        self._ends: dict[int, list[dt.date | None]] = defaultdict(list)
        self._teams: dict[int, list[int]] = defaultdict(list)
        rows = sorted(session.execute(query).all(), key=lambda r: (r[0], r[1] or dt.date.min))
        for agent_id, start, end, team_id in rows:
            self._starts[agent_id].append(start or dt.date.min)
            self._ends[agent_id].append(end)
            self._teams[agent_id].append(team_id)
        self._current = dict(session.execute(current).all())

    def team_on(self, agent_id: int | None, when: dt.date | dt.datetime | None) -> int | None:
        """The agent's team on ``when`` (None: today's team); None outside every recorded period."""
        if agent_id is None:
            return None
        starts = self._starts.get(agent_id)
        day = _as_date(when)
        if not starts:
            return self._current.get(agent_id)
        if day is None:
            return self._current.get(agent_id)
        index = bisect.bisect_right(starts, day) - 1
        if index < 0:
            return None
        end = self._ends[agent_id][index]
        return self._teams[agent_id][index] if end is None or day < end else None


def team_of_agent_on(session: Session, agent_id: int | None, when: dt.date | dt.datetime | None) -> int | None:
    """The team ``agent_id`` belonged to on ``when``: the single answer for one agent."""
    if agent_id is None:
        return None
    return TeamHistory(session, [agent_id]).team_on(agent_id, when)


def in_teams_on(agent_id_column, when_column, team_ids: Iterable[int]):
    """A SQL condition: the agent in ``agent_id_column`` was in one of ``team_ids`` at ``when_column``.

    The same rule as :meth:`TeamHistory.team_on`, for filters that must stay in the database.
    Dates compare with timestamps on both SQLite (ISO text) and PostgreSQL (date → midnight).
    """
    teams = list(team_ids)
    if not teams:
        return false()
    period = aliased(AgentTeamPeriod)
    anything = aliased(AgentTeamPeriod)
    dated = exists().where(
        period.agent_id == agent_id_column, period.team_id.in_(teams),
        or_(period.valid_from.is_(None), period.valid_from <= when_column),
        or_(period.valid_to.is_(None), period.valid_to > when_column))
    undated = and_(agent_id_column.in_(select(Agent.id).where(Agent.team_id.in_(teams))),
                   ~exists().where(anything.agent_id == agent_id_column))
    return or_(dated, undated)


def move_agent(session: Session, agent: Agent, team_id: int | None, effective: dt.date | None, *,
               login: str, source: str) -> bool:
    """Put ``agent`` in ``team_id`` from ``effective`` on (None: since always); True if anything changed.

    The open period is closed the day the new one starts; a move dated on or before the start of the
    open period replaces it (a correction, not a transfer). ``team_id`` None ends the open period.
    """
    periods = list(session.scalars(select(AgentTeamPeriod).where(AgentTeamPeriod.agent_id == agent.id)
                                   .order_by(AgentTeamPeriod.valid_from)))
    if not periods and agent.team_id is not None and agent.team_id != team_id:
        # an agent placed before the history existed: that placement becomes its first period
        periods = [AgentTeamPeriod(agent_id=agent.id, team_id=agent.team_id, valid_from=None, source="before")]
        session.add(periods[0])
    current = next((p for p in reversed(periods) if p.valid_to is None), None)
    if current is not None and current.team_id == team_id:
        return False
    if current is None and team_id is None:
        return False
    before = agent.team_id
    if current is not None and (effective is None or (current.valid_from is not None
                                                      and effective <= current.valid_from)):
        if team_id is None:
            session.delete(current)
        else:
            current.team_id, current.source = team_id, source
    else:
        if current is not None:
            current.valid_to = effective
        if team_id is not None:
            session.add(AgentTeamPeriod(agent_id=agent.id, team_id=team_id, valid_from=effective, source=source))
    agent.team_id = team_id
    session.flush()
    audit.record(session, login, "transfer", "agent", agent.id, agent_code=agent.agent_code, team_from=before,
                 team_to=team_id, effective=effective, source=source)
    return True
