"""An evaluator's work queue: the calls assigned to them, where each stands, and what to open next.

Qt-free. The GUI polls :func:`change_token` every few seconds (one cheap aggregate query);
when the token differs it reloads the queue, so a colleague's submit on a shared database
shows up without a restart.

Status of a queued call for its evaluator, from their own evaluation of it:
``todo`` (none yet), ``draft``, ``submitted``, ``returned`` (sent back to be changed).
Queue order is the order calls were assigned (then the call's own time), open calls first and
submitted ones after them, so "next call" is stable while an evaluator works through a day's
sample and the table starts with what is left to do.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from qa_desktop.core.db.models import (
    Agent,
    Assignment,
    Call,
    Evaluation,
    EvaluationKind,
    EvaluationStatus,
    Flag,
    Team,
    User,
)

TODO, DRAFT, SUBMITTED, RETURNED = "todo", "draft", "submitted", "returned"
STATUSES = (TODO, DRAFT, SUBMITTED, RETURNED)
OPEN_STATUSES = (TODO, DRAFT, RETURNED)  # what "next call" may pick, in queue order
SEARCH_LIMIT = 500


@dataclass(frozen=True)
class QueueRow:
    """One line of the work queue (or of a library search)."""

    call_id: int
    status: str
    agent_code: str = ""
    agent_name: str = ""
    team: str = ""
    started_at: dt.datetime | None = None
    call_type: str = ""
    duration_s: float | None = None
    score: Decimal | None = None
    grade: str = ""
    evaluation_id: int | None = None
    assignment_id: int | None = None
    assigned_at: dt.datetime | None = None
    category: str = ""
    recording_missing: bool = False
    external_id: str = ""
    others_drafting: tuple[str, ...] = field(default_factory=tuple)

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


def _status_of(evaluation: Evaluation | None) -> str:
    if evaluation is None:
        return TODO
    return {EvaluationStatus.DRAFT: DRAFT, EvaluationStatus.SUBMITTED: SUBMITTED,
            EvaluationStatus.RETURNED: RETURNED}[evaluation.status]


def _own_evaluations(session: Session, evaluator_id: int, call_ids: list[int]) -> dict[int, Evaluation]:
    """The evaluator's regular evaluation of each call (the latest when there are several)."""
    if not call_ids:
        return {}
    found: dict[int, Evaluation] = {}
    query = (select(Evaluation)
             .where(Evaluation.evaluator_id == evaluator_id, Evaluation.call_id.in_(call_ids),
                    Evaluation.kind == EvaluationKind.REGULAR)
             .order_by(Evaluation.id))
    for evaluation in session.scalars(query):
        found[evaluation.call_id] = evaluation
    return found


def _drafters(session: Session, evaluator_id: int | None, call_ids: list[int]) -> dict[int, tuple[str, ...]]:
    """Who else holds an open draft on each call (a second evaluator is told who is scoring it)."""
    if not call_ids:
        return {}
    query = (select(Evaluation.call_id, User.display_name)
             .join(User, User.id == Evaluation.evaluator_id)
             .where(Evaluation.call_id.in_(call_ids), Evaluation.status == EvaluationStatus.DRAFT,
                    Evaluation.kind == EvaluationKind.REGULAR)
             .order_by(Evaluation.started_at))
    if evaluator_id is not None:
        query = query.where(Evaluation.evaluator_id != evaluator_id)
    result: dict[int, list[str]] = {}
    for call_id, name in session.execute(query):
        names = result.setdefault(call_id, [])
        if name not in names:
            names.append(name)
    return {k: tuple(v) for k, v in result.items()}


def _row(call: Call, agent: Agent | None, team: Team | None, evaluation: Evaluation | None,
         assignment: Assignment | None, drafters: tuple[str, ...]) -> QueueRow:
    return QueueRow(
        call_id=call.id, status=_status_of(evaluation),
        agent_code=agent.agent_code if agent else "", agent_name=agent.name if agent else "",
        team=team.name if team else "", started_at=call.started_at, call_type=call.call_type or "",
        duration_s=call.duration_s,
        score=evaluation.score if evaluation is not None and evaluation.status != EvaluationStatus.DRAFT else None,
        grade=(evaluation.grade or "") if evaluation is not None and evaluation.status != EvaluationStatus.DRAFT
        else "",
        evaluation_id=evaluation.id if evaluation else None,
        assignment_id=assignment.id if assignment else None,
        assigned_at=assignment.assigned_at if assignment else None,
        category=assignment.category if assignment else "",
        recording_missing=bool(call.recording_missing), external_id=call.external_id or "",
        others_drafting=drafters)


def _call_query():
    return (select(Call, Agent, Team)
            .outerjoin(Agent, Agent.id == Call.agent_id)
            .outerjoin(Team, Team.id == Agent.team_id))


def evaluator_queue(database, evaluator_id: int) -> list[QueueRow]:
    """The calls assigned to ``evaluator_id``: open ones in queue order, then the submitted ones."""
    with database.read() as session:
        query = (_call_query().add_columns(Assignment)
                 .join(Assignment, Assignment.call_id == Call.id)
                 .where(Assignment.evaluator_id == evaluator_id)
                 .order_by(Assignment.assigned_at, Call.started_at, Call.id))
        rows = session.execute(query).all()
        call_ids = [r[0].id for r in rows]
        own = _own_evaluations(session, evaluator_id, call_ids)
        others = _drafters(session, evaluator_id, call_ids)
        queue = [_row(call, agent, team, own.get(call.id), assignment, others.get(call.id, ()))
                 for call, agent, team, assignment in rows]
    # The work still to do on top, in the order it was assigned; what is done below it.
    return [r for r in queue if r.is_open] + [r for r in queue if not r.is_open]


def search_library(database, text: str, evaluator_id: int | None = None,
                   limit: int = SEARCH_LIMIT) -> list[QueueRow]:
    """Calls of the whole library whose agent ID (工号) or name contains ``text``, newest first.

    Statuses are the ``evaluator_id``'s own; calls not in their queue show as ``todo``.
    """
    needle = text.strip()
    if not needle:
        return []
    pattern = f"%{needle.replace('%', '').replace('_', '')}%"
    with database.read() as session:
        query = (_call_query()
                 .where(or_(Agent.agent_code.ilike(pattern), Agent.name.ilike(pattern),
                            Call.external_id.ilike(pattern)))
                 .order_by(Call.started_at.desc(), Call.id.desc())
                 .limit(limit))
        rows = session.execute(query).all()
        call_ids = [r[0].id for r in rows]
        own = _own_evaluations(session, evaluator_id, call_ids) if evaluator_id is not None else {}
        assignments = {}
        if evaluator_id is not None and call_ids:
            for assignment in session.scalars(select(Assignment).where(
                    Assignment.evaluator_id == evaluator_id, Assignment.call_id.in_(call_ids))):
                assignments[assignment.call_id] = assignment
        others = _drafters(session, evaluator_id, call_ids)
        return [_row(call, agent, team, own.get(call.id), assignments.get(call.id), others.get(call.id, ()))
                for call, agent, team in rows]


def next_call(rows: list[QueueRow], after_call_id: int | None = None) -> QueueRow | None:
    """The first to-do, draft or returned call in queue order (after ``after_call_id`` if given).

    When nothing is open after the current call, wrap around to the first open one before it.
    """
    start = 0
    if after_call_id is not None:
        index = next((n for n, r in enumerate(rows) if r.call_id == after_call_id), None)
        if index is not None:
            start = index + 1
    for row in rows[start:] + rows[:start]:
        if row.is_open and row.call_id != after_call_id:
            return row
    return None


def change_token(database, evaluator_id: int | None = None) -> tuple:
    """A cheap fingerprint of what the queue shows; it changes when anyone saves or assigns.

    One aggregate query per table; row_version sums catch updates that keep the count.
    """
    with database.read() as session:
        evaluations = session.execute(select(
            func.count(Evaluation.id), func.max(Evaluation.updated_at),
            func.coalesce(func.sum(Evaluation.row_version), 0))).one()
        assignment_query = select(func.count(Assignment.id), func.max(Assignment.id))
        if evaluator_id is not None:
            assignment_query = assignment_query.where(Assignment.evaluator_id == evaluator_id)
        assignments = session.execute(assignment_query).one()
        calls = session.execute(select(func.count(Call.id),
                                       func.coalesce(func.sum(Call.row_version), 0))).one()
        flags = session.execute(select(func.count(Flag.id),
                                       func.coalesce(func.sum(Flag.row_version), 0))).one()
    return (tuple(_plain(v) for v in evaluations), tuple(assignments), tuple(_plain(v) for v in calls),
            tuple(_plain(v) for v in flags))


def _plain(value):
    # SQLite returns datetimes as text through aggregates; PostgreSQL as datetime: both compare fine.
    return int(value) if isinstance(value, Decimal) else value


def others_scoring(database, call_id: int, evaluator_id: int) -> list[str]:
    """Display names of other evaluators holding a draft of this call."""
    with database.read() as session:
        return list(_drafters(session, evaluator_id, [call_id]).get(call_id, ()))


def queue_summary(rows: list[QueueRow]) -> dict[str, int]:
    counts = {status: 0 for status in STATUSES}
    for row in rows:
        counts[row.status] += 1
    counts["total"] = len(rows)
    return counts
