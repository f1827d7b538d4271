"""One agent on one page (坐席档案): who they are, their recent results, coaching, training and 奖惩.

A team lead preparing a coaching talk, or a QA lead answering HR, wants the agent's whole record in
one place instead of four pages filtered by hand. Everything here is read through the functions
that own each part (the coaching log, training records, the reward and penalty record), so the
overview never disagrees with them, and under the same rule of who may see which agent.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from qa_desktop.core.db import Database
from qa_desktop.core.db.models import (
    Agent,
    Call,
    Evaluation,
    EvaluationKind,
    EvaluationStatus,
    Team,
    User,
)
from qa_desktop.core.errors import ValidationError
from qa_desktop.core.forms_repository import item_titles
from qa_desktop.core.workflow.coaching import list_sessions
from qa_desktop.core.workflow.permissions import acting_user, can_see_agent
from qa_desktop.core.workflow.rewards import agent_record
from qa_desktop.core.workflow.training_records import agent_training

RECENT_RESULTS = 30     # results listed; enough for a quarter of a general agent's 2 calls a week
SUMMARY_DAYS = 90       # the summary's window, as the coaching and training effects use


def agent_overview(database: Database, agent_code: str, *, lang: str | None = "en",
                   today: dt.date | None = None) -> dict:
    """The agent's record for the people who may see the agent; refuses others like the rewards record does."""
    today = today or dt.date.today()
    since = dt.datetime.combine(today - dt.timedelta(days=SUMMARY_DAYS), dt.time())
    with database.read() as session:
        user = acting_user(session, database.user_login)
        agent = session.scalar(select(Agent).where(Agent.agent_code == agent_code))
        if agent is None or not can_see_agent(session, user, agent):
            raise ValidationError(f"There is no agent {agent_code!r} you may see.", agent=agent_code)
        agent_id = agent.id
        team = session.get(Team, agent.team_id) if agent.team_id else None
        submitted = (Call.agent_id == agent.id, Evaluation.status == EvaluationStatus.SUBMITTED,
                     Evaluation.kind == EvaluationKind.REGULAR)
        rows = session.execute(
            select(Evaluation.id, Evaluation.submitted_at, Evaluation.score, Evaluation.grade,
                   Evaluation.breakdown, Call.id, Call.external_id, Call.started_at, User.display_name)
            .join(Call, Call.id == Evaluation.call_id).join(User, User.id == Evaluation.evaluator_id)
            .where(*submitted).order_by(Evaluation.submitted_at.desc(), Evaluation.id.desc())
            .limit(RECENT_RESULTS)).all()
        # the window's grades with their score sums in one grouped read: the count and mean follow
        by_grade = session.execute(
            select(Evaluation.grade, func.count(Evaluation.id), func.count(Evaluation.score),
                   func.sum(Evaluation.score)).join(Call, Call.id == Evaluation.call_id)
            .where(*submitted, Evaluation.submitted_at >= since).group_by(Evaluation.grade)).all()
        person = {"id": agent.id, "agent_code": agent.agent_code, "name": agent.name,
                  "team": team.name if team else None, "hire_date": agent.hire_date,
                  "probation_end": agent.probation_end, "active": agent.active,
                  "on_probation": bool(agent.active) and agent.on_probation(today)}
    titles = item_titles(database, lang)
    results = [{"evaluation_id": evaluation_id, "submitted_at": submitted_at, "call_id": call_id,
                "external_id": external_id, "call_at": call_at, "evaluator": evaluator,
                "score": None if score is None else float(score), "grade": grade,
                "failed_items": [titles.get(code, code) for code in (breakdown or {}).get("failed_items", [])]}
               for (evaluation_id, submitted_at, score, grade, breakdown, call_id, external_id, call_at, evaluator)
               in rows]
    rewards = agent_record(database, agent_code)
    scored = sum(n for _g, _n, n, _t in by_grade)
    scored_total = sum(total or 0 for _g, _n, _s, total in by_grade)
    return {
        "agent": person,
        "summary": {"days": SUMMARY_DAYS, "evaluations": sum(n for _g, n, _s, _t in by_grade),
                    "mean_score": round(float(scored_total) / scored, 2) if scored else None,
                    "grades": {grade: n for grade, n, _s, _t in by_grade if grade},
                    "rewards": rewards["rewards"], "penalties": rewards["penalties"]},
        "results": results,
        "coaching": list_sessions(database, agent_id=agent_id, today=today),
        "training": agent_training(database, agent_code),
        "rewards": rewards["entries"],
    }
