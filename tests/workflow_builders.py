"""Data for the workflow tests (sampling, review, disputes, coaching), built directly with the models."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from qa_desktop.core.db.models import (
    Agent,
    Call,
    Direction,
    Evaluation,
    EvaluationKind,
    EvaluationStatus,
    FormVersion,
    Role,
    ScoringForm,
    Team,
    User,
)
from qa_desktop.core.scoring.engine import score
from qa_desktop.core.scoring.form import FormDefinition

# Four items worth 40/30/20/10 points, so a total of any multiple of 10 can be built;
# "polite" answered "no" is fatal (zero total).
FORM = {
    "format": 1, "code": "basic", "name": {"en": "Basic", "zh_CN": "基础"},
    "sections": [
        {"code": "S1", "title": {"en": "Service"}, "weight": 1, "items": [
            {"code": "greet", "type": "yes_no", "text": {"en": "Greeting with ID"}, "points": 40},
            {"code": "solve", "type": "yes_no", "text": {"en": "Solved the problem"}, "points": 30},
            {"code": "close", "type": "yes_no", "text": {"en": "Closing phrase"}, "points": 20},
            {"code": "polite", "type": "yes_no", "text": {"en": "No rude speech"}, "points": 10,
             "fatal": {"answers": ["no"], "effect": "zero_total"}},
        ]},
    ],
}

ITEMS = [("greet", 40), ("solve", 30), ("close", 20), ("polite", 10)]


def answers_for(total: int) -> dict:
    """Yes/no answers adding up to ``total`` (10, 30–80 or 100), never triggering the fatal item."""
    import itertools

    for picks in itertools.product(("yes", "no"), repeat=3):
        answers = dict(zip(("greet", "solve", "close"), picks), polite="yes")
        if sum(p for code, p in ITEMS if answers[code] == "yes") == total:
            return answers
    raise ValueError(f"no answers give {total}")


def team(session, name, lead: User | None = None) -> Team:
    row = Team(name=name, lead_user_id=lead.id if lead else None)
    session.add(row)
    session.flush()
    return row


def user(session, login, role=Role.EVALUATOR, team_row: Team | None = None) -> User:
    row = User(login=login, display_name=login.title(), role=role, team_id=team_row.id if team_row else None)
    session.add(row)
    session.flush()
    return row


def agent(session, code, team_row: Team | None = None, probation_end: dt.date | None = None) -> Agent:
    row = Agent(agent_code=code, name=f"Agent {code}", team_id=team_row.id if team_row else None,
                probation_end=probation_end)
    session.add(row)
    session.flush()
    return row


def call(session, agent_row: Agent | None, started_at: dt.datetime, call_type="inquiry",
         direction=Direction.INBOUND, duration_s=180.0, external_id=None) -> Call:
    row = Call(recording_path=f"/rec/{external_id or started_at.isoformat()}.wav", started_at=started_at,
               call_type=call_type, direction=direction, duration_s=duration_s,
               agent_id=agent_row.id if agent_row else None, external_id=external_id)
    session.add(row)
    session.flush()
    return row


def form_version(session) -> FormVersion:
    form = ScoringForm(code="basic", name="Basic")
    session.add(form)
    session.flush()
    version = FormVersion(form_id=form.id, version_no=1, definition=FORM, locked=True,
                          published_at=dt.datetime(2026, 1, 1))
    session.add(version)
    session.flush()
    return version


def evaluation(session, call_row: Call, evaluator: User, version: FormVersion, answers: dict | None = None,
               total: int | None = None, submitted_at: dt.datetime | None = None,
               kind=EvaluationKind.REGULAR) -> Evaluation:
    answers = answers if answers is not None else answers_for(total if total is not None else 80)
    result = score(FormDefinition.from_dict(version.definition), answers)
    row = Evaluation(call_id=call_row.id, form_version_id=version.id, evaluator_id=evaluator.id, kind=kind,
                     status=EvaluationStatus.SUBMITTED, answers=answers, comments={},
                     score=Decimal(str(result.total)),
                     critical_score=None if result.critical_score is None else Decimal(str(result.critical_score)),
                     grade=result.grade_code, critical_failed=result.critical_failed,
                     fatal_failed=result.fatal_failed, breakdown=result.to_dict(),
                     submitted_at=submitted_at or (call_row.started_at + dt.timedelta(hours=2)))
    session.add(row)
    session.flush()
    return row
