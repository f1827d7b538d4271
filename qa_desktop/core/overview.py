"""At-a-glance counts of what a database holds (for the welcome banner and the status bar)."""
from __future__ import annotations

from sqlalchemy import func, select

from qa_desktop.core.db import Database
from qa_desktop.core.db.models import Agent, Call, Evaluation


def library_counts(database: Database) -> dict[str, int]:
    with database.read() as session:
        return {
            "calls": session.scalar(select(func.count()).select_from(Call)) or 0,
            "agents": session.scalar(select(func.count()).select_from(Agent)) or 0,
            "evaluations": session.scalar(select(func.count()).select_from(Evaluation)) or 0,
        }


def active_team_names(database: Database) -> list[str]:
    """The names of the teams still in service, for choosing a team in a report or filter."""
    from qa_desktop.core.db.models import Team

    with database.read() as session:
        return list(session.scalars(select(Team.name).where(Team.active.is_(True)).order_by(Team.name)))
