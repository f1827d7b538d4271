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

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from qa_desktop.core.db import Database
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
    utcnow,
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


@dataclass(frozen=True)
class _Own:
    """The few fields of an evaluator's own evaluation the queue shows (never the JSON payloads)."""

    id: int
    status: EvaluationStatus
    score: Decimal | None
    grade: str | None
    submitted_at: dt.datetime | None


def _status_of(evaluation: _Own | None) -> str:
    if evaluation is None:
        return TODO
    return {EvaluationStatus.DRAFT: DRAFT, EvaluationStatus.SUBMITTED: SUBMITTED,
            EvaluationStatus.RETURNED: RETURNED}[evaluation.status]


_OWN_COLUMNS = (Evaluation.call_id, Evaluation.id, Evaluation.status, Evaluation.score, Evaluation.grade,
                Evaluation.submitted_at)


def _collect_own(result) -> dict[int, _Own]:
    found: dict[int, _Own] = {}
    for call_id, *fields in result:  # ordered by id: the latest evaluation wins
        found[call_id] = _Own(*fields)
    return found


def _own_evaluations(session: Session, evaluator_id: int, call_ids: list[int]) -> dict[int, _Own]:
    """The evaluator's regular evaluation of each call (the latest when there are several)."""
    if not call_ids:
        return {}
    return _collect_own(session.execute(
        select(*_OWN_COLUMNS)
        .where(Evaluation.evaluator_id == evaluator_id, Evaluation.call_id.in_(call_ids),
               Evaluation.kind == EvaluationKind.REGULAR)
        .order_by(Evaluation.id)))


def _drafters_query(evaluator_id: int | None):
    query = (select(Evaluation.call_id, User.display_name)
             .join(User, User.id == Evaluation.evaluator_id)
             .where(Evaluation.status == EvaluationStatus.DRAFT, Evaluation.kind == EvaluationKind.REGULAR)
             .order_by(Evaluation.started_at))
    if evaluator_id is not None:
        query = query.where(Evaluation.evaluator_id != evaluator_id)
    return query


def _collect_drafters(result) -> dict[int, tuple[str, ...]]:
    found: dict[int, list[str]] = {}
    for call_id, name in result:
        names = found.setdefault(call_id, [])
        if name not in names:
            names.append(name)
    return {k: tuple(v) for k, v in found.items()}


def _drafters(session: Session, evaluator_id: int | None, call_ids: list[int]) -> dict[int, tuple[str, ...]]:
    """Who else holds an open draft on each call (a second evaluator is told who is scoring it)."""
    if not call_ids:
        return {}
    return _collect_drafters(session.execute(_drafters_query(evaluator_id).where(Evaluation.call_id.in_(call_ids))))


# Only what a queue line shows: never Call.analysis or other JSON, so a long queue loads fast.
_LINE_COLUMNS = (Call.id, Call.started_at, Call.call_type, Call.duration_s, Call.recording_missing,
                 Call.external_id, Agent.agent_code, Agent.name, Team.name)


def _line_query(*extra):
    return (select(*_LINE_COLUMNS, *extra)
            .select_from(Call)
            .outerjoin(Agent, Agent.id == Call.agent_id)
            .outerjoin(Team, Team.id == Agent.team_id))


def _row(line, own: _Own | None, assignment: tuple | None, drafters: tuple[str, ...]) -> QueueRow:
    call_id, started_at, call_type, duration_s, missing, external_id, code, name, team = line[:9]
    done = own if own is not None and own.status != EvaluationStatus.DRAFT else None  # a draft shows no score
    return QueueRow(
        call_id=call_id, status=_status_of(own), agent_code=code or "", agent_name=name or "", team=team or "",
        started_at=started_at, call_type=call_type or "", duration_s=duration_s,
        score=done.score if done else None, grade=(done.grade or "") if done else "",
        evaluation_id=own.id if own else None,
        assignment_id=assignment[0] if assignment else None,
        assigned_at=assignment[1] if assignment else None,
        category=assignment[2] if assignment else "",
        recording_missing=bool(missing), external_id=external_id or "", others_drafting=drafters)


def evaluator_queue(database: Database, evaluator_id: int, done_within_days: int | None = 30) -> list[QueueRow]:
    """The calls assigned to ``evaluator_id``: open ones in queue order, then the submitted ones.

    Submitted calls older than ``done_within_days`` (by submission, else assignment) are left out:
    a year of finished work would only slow the queue down; the library search still finds them.
    """
    mine = Assignment.evaluator_id == evaluator_id
    if done_within_days is not None:
        # Leave out, in SQL, calls this evaluator finished before the cutoff.
        cutoff = utcnow() - dt.timedelta(days=done_within_days)
        done = aliased(Evaluation)
        finished_long_ago = exists().where(
            done.call_id == Assignment.call_id, done.evaluator_id == evaluator_id,
            done.kind == EvaluationKind.REGULAR, done.status == EvaluationStatus.SUBMITTED,
            done.submitted_at < cutoff).correlate(Assignment)
        mine = mine & ~finished_long_ago
    with database.read() as session:
        lines = session.execute(
            _line_query(Assignment.id, Assignment.assigned_at, Assignment.category)
            .join(Assignment, Assignment.call_id == Call.id)
            .where(mine)
            .order_by(Assignment.assigned_at, Call.started_at, Call.id)).all()
        own = _collect_own(session.execute(
            select(*_OWN_COLUMNS)
            .join(Assignment, Assignment.call_id == Evaluation.call_id)
            .where(mine, Evaluation.evaluator_id == evaluator_id, Evaluation.kind == EvaluationKind.REGULAR)
            .order_by(Evaluation.id)))
        others = _collect_drafters(session.execute(
            _drafters_query(evaluator_id).join(Assignment, Assignment.call_id == Evaluation.call_id).where(mine)))
    queue = [_row(line, own.get(line[0]), line[9:12], others.get(line[0], ())) for line in lines]
    # The work still to do on top, in the order it was assigned; what is done below it.
    return [r for r in queue if r.is_open] + [r for r in queue if not r.is_open]


def search_library(database: Database, text: str, evaluator_id: int | None = None,
                   limit: int = SEARCH_LIMIT) -> list[QueueRow]:
    """Calls of the whole library whose agent ID (工号) or name contains ``text``, newest first.

    Statuses are the ``evaluator_id``'s own; calls not in their queue show as ``todo``.
    """
    needle = text.strip()
    if not needle:
        return []
    with database.read() as session:
        lines = session.execute(
            _line_query()  # autoescape: the user's % and _ are literal characters, never wildcards
            .where(or_(*(column.icontains(needle, autoescape=True)
                         for column in (Agent.agent_code, Agent.name, Call.external_id))))
            .order_by(Call.started_at.desc(), Call.id.desc())
            .limit(limit)).all()
        call_ids = [line[0] for line in lines]
        own = _own_evaluations(session, evaluator_id, call_ids) if evaluator_id is not None else {}
        assignments: dict[int, tuple] = {}
        if evaluator_id is not None and call_ids:
            for call_id, *fields in session.execute(
                    select(Assignment.call_id, Assignment.id, Assignment.assigned_at, Assignment.category)
                    .where(Assignment.evaluator_id == evaluator_id, Assignment.call_id.in_(call_ids))):
                assignments[call_id] = tuple(fields)
        others = _drafters(session, evaluator_id, call_ids)
    return [_row(line, own.get(line[0]), assignments.get(line[0]), others.get(line[0], ())) for line in lines]


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


def change_token(database: Database, evaluator_id: int | None = None) -> tuple:
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


def others_scoring(database: Database, call_id: int, evaluator_id: int) -> list[str]:
    """Display names of other evaluators holding a draft of this call."""
    with database.read() as session:
        return list(_drafters(session, evaluator_id, [call_id]).get(call_id, ()))


def queue_summary(rows: list[QueueRow]) -> dict[str, int]:
    counts = {status: 0 for status in STATUSES}
    for row in rows:
        counts[row.status] += 1
    counts["total"] = len(rows)
    return counts
