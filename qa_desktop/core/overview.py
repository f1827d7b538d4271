"""At-a-glance counts of what a database holds (for the welcome banner and the status bar)."""
from __future__ import annotations

from sqlalchemy import func, select

from qa_desktop.core.db.models import Agent, Call, Evaluation


def library_counts(database) -> dict[str, int]:
    with database.read() as session:
        return {
            "calls": session.scalar(select(func.count()).select_from(Call)) or 0,
            "agents": session.scalar(select(func.count()).select_from(Agent)) or 0,
            "evaluations": session.scalar(select(func.count()).select_from(Evaluation)) or 0,
        }
