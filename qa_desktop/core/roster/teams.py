"""Teams (班组): create, rename, merge, close, and who leads each (the QA lead's to change).

A merge moves every agent of one team into another from a date, through the same dated history as
a transfer, so the calls made before the merge stay with the old team in every report.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qa_desktop.core.db import Database, audit
from qa_desktop.core.db.models import Agent, Role, Team, User
from qa_desktop.core.errors import ValidationError
from qa_desktop.core.roster.history import move_agent
from qa_desktop.core.workflow.permissions import acting_user, require_people_admin


@dataclass
class TeamRow:
    id: int
    name: str
    lead_login: str | None
    lead_name: str | None      # the user leading it, else the 组长 HR named
    hr_lead_name: str | None
    agents: int
    on_probation: int
    active: bool

    def to_dict(self) -> dict:
        return asdict(self)


def list_teams(database: Database, *, include_closed: bool = False, on: dt.date | None = None) -> list[TeamRow]:
    today = on or dt.date.today()
    with database.read() as session:
        counts = dict(session.execute(select(Agent.team_id, func.count(Agent.id))
                                      .where(Agent.active.is_(True)).group_by(Agent.team_id)).all())
        probation = dict(session.execute(select(Agent.team_id, func.count(Agent.id))
                                         .where(Agent.active.is_(True), Agent.probation_end >= today)
                                         .group_by(Agent.team_id)).all())
        query = select(Team, User).outerjoin(User, User.id == Team.lead_user_id)
        if not include_closed:
            query = query.where(Team.active.is_(True))
        rows = [TeamRow(t.id, t.name, u.login if u else None, u.display_name if u else t.lead_name, t.lead_name,
                        counts.get(t.id, 0), probation.get(t.id, 0), bool(t.active))
                for t, u in session.execute(query)]
    from qa_desktop.core.reports.dataset import natural_key

    return sorted(rows, key=lambda r: natural_key(r.name))


def team_id_by_name(database: Database, name: str) -> int:
    with database.read() as session:
        team_id = session.scalar(select(Team.id).where(Team.name == name))
    if team_id is None:
        raise ValidationError(f"There is no team named {name!r}.", team=name, why="no_team")
    return team_id


def _admin(session: Session, database, what: str) -> None:
    require_people_admin(acting_user(session, database.user_login), what)


def _team(session: Session, team_id: int) -> Team:
    team = session.get(Team, team_id)
    if team is None:  # an id from a list that another person's change made stale
        raise ValidationError(f"There is no team {team_id}.", team_id=team_id, why="no_team")
    return team


def _name(session: Session, name: str, team_id: int | None = None) -> str:
    name = (name or "").strip()
    if not name:
        raise ValidationError("A team needs a name.", why="empty_name")
    clash = session.scalar(select(Team.id).where(Team.name == name))
    if clash is not None and clash != team_id:
        raise ValidationError(f"There is already a team named {name!r}.", team=name, why="name_taken")
    return name[:120]


def create_team(database: Database, name: str) -> int:
    def work(session: Session) -> int:
        _admin(session, database, "create teams")
        team = Team(name=_name(session, name), active=True)
        session.add(team)
        session.flush()
        audit.record(session, database.user_login, "create", "team", team.id, name=team.name)
        return team.id

    return database.write(work)


def rename_team(database: Database, team_id: int, name: str) -> None:
    def work(session: Session) -> None:
        _admin(session, database, "rename teams")
        team = _team(session, team_id)
        before, team.name = team.name, _name(session, name, team_id)
        audit.record(session, database.user_login, "rename", "team", team.id, before=before, after=team.name)

    database.write(work)


def set_team_lead(database: Database, team_id: int, login: str | None) -> None:
    """Make ``login`` (a team lead or QA lead already: roles are given on the Users page) lead the team."""

    def work(session: Session) -> None:
        _admin(session, database, "assign team leads")
        team = _team(session, team_id)
        user = session.scalar(select(User).where(User.login == login)) if login else None
        if login and (user is None or not user.active):
            raise ValidationError(f"There is no active user {login!r}.", login=login, why="no_user")
        if user is not None and user.role not in (Role.TEAM_LEAD, Role.QA_LEAD):
            raise ValidationError(f"{login} is {user.role.value}; give them the team lead role first.",
                                  login=login, why="not_team_lead")
        team.lead_user_id = user.id if user else None
        audit.record(session, database.user_login, "set_lead", "team", team.id, lead=login)

    database.write(work)


def merge_teams(database: Database, source_id: int, target_id: int, effective: dt.date) -> int:
    """Move every agent of ``source_id`` into ``target_id`` from ``effective`` and close the source."""

    def work(session: Session) -> int:
        _admin(session, database, "merge teams")
        if source_id == target_id:
            raise ValidationError("A team cannot be merged into itself.", why="same_team")
        source, target = session.get(Team, source_id), session.get(Team, target_id)
        if source is None or target is None or not target.active:
            raise ValidationError("Both teams must exist and the target must be open.", why="no_team")
        moved = 0
        for agent in session.scalars(select(Agent).where(Agent.team_id == source_id)):
            moved += move_agent(session, agent, target_id, effective, login=database.user_login, source="merge")
        source.active = False
        audit.record(session, database.user_login, "merge", "team", source.id, into=target.name, agents=moved,
                     effective=effective)
        return moved

    return database.write(work)


def set_team_active(database: Database, team_id: int, active: bool) -> None:
    def work(session: Session) -> None:
        _admin(session, database, "close teams")
        team = _team(session, team_id)
        if not active and session.scalar(select(func.count(Agent.id)).where(
                Agent.team_id == team_id, Agent.active.is_(True))):
            raise ValidationError(f"{team.name} still has agents; transfer them or merge the team first.",
                                  team=team.name, why="team_not_empty")
        team.active = active
        audit.record(session, database.user_login, "reopen" if active else "close", "team", team.id)

    database.write(work)
