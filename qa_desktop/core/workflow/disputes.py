"""Disputes (申诉): an agent contests items of an evaluation; the QA lead decides each item.

- The agent's team lead records the dispute, item by item (what the agent says, and the answer
  they think is right). It must be raised within the filing window (2 working days after the
  result, seed 004's time limit for complaints) and name items that exist on the evaluation's
  form version; otherwise it is refused with the reason.
- The dispute carries a deadline for the decision (default 2 working days after it is recorded);
  an open dispute past it shows as overdue.
- A QA lead decides every item: keep the evaluator's answer, accept the agent's view, or set
  another answer, each with a reason. The evaluation is amended through the evaluation service
  (the scoring engine recomputes it; the previous state stays as an EvaluationRevision) and the
  dispute keeps the score before and after.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, defer, selectinload

from qa_desktop.core import evaluations as evaluation_service
from qa_desktop.core.db import Database, audit
from qa_desktop.core.db.models import (
    Agent,
    Call,
    Dispute,
    DisputeDecision,
    DisputeItem,
    DisputeStatus,
    Evaluation,
    EvaluationKind,
    EvaluationStatus,
    FormVersion,
    Role,
    User,
    utcnow,
)
from qa_desktop.core.errors import ValidationError
from qa_desktop.core.scoring.explain import answer_text
from qa_desktop.core.scoring.form import FormDefinition, pick
from qa_desktop.core.workflow.permissions import (
    acting_user,
    calls_in_teams,
    require_qa_lead,
    require_role,
    require_team_lead_of_call,
    visible_team_ids,
)
from qa_desktop.core.workflow.units import in_transaction
from qa_desktop.core.workflow.working_days import WorkingCalendar, calendar_of

FILING_WORKING_DAYS = 2
DECISION_WORKING_DAYS = 2


class DisputeRefused(ValidationError):
    code = "dispute_refused"

    def __init__(self, message: str, **params):
        super().__init__(message, reason=message, **params)


def add_working_days(day: dt.date, days: int, calendar: WorkingCalendar | None = None) -> dt.date:
    """``days`` working days after ``day``: Chinese public holidays and 调休 make-up days counted
    (:mod:`qa_desktop.core.workflow.working_days`); without a calendar, Monday–Friday with holidays."""
    return (calendar or WorkingCalendar()).add(day, days)


@dataclass
class ItemClaim:
    item_code: str
    claim: str = ""
    claimed_answer: Any = None


def _definition(session: Session, evaluation: Evaluation) -> FormDefinition:
    return FormDefinition.from_dict(session.get_one(FormVersion, evaluation.form_version_id).definition)


def _disputed_evaluation(session: Session, dispute: Dispute) -> Evaluation:
    # a dispute goes with its evaluation (the foreign key cascades), so the evaluation is there
    return session.get_one(Evaluation, dispute.evaluation_id)


def record_dispute(database: Database, evaluation_id: int, items: list[ItemClaim | dict], statement: str = "", *,
                   deadline: dt.date | None = None, today: dt.date | None = None) -> dict:
    """The team lead records an agent's dispute; refused with the reason when it cannot stand."""
    today = today or dt.date.today()
    claims = [i if isinstance(i, ItemClaim) else ItemClaim(**i) for i in items]

    def work(session: Session) -> dict:
        user = acting_user(session, database.user_login)
        evaluation = session.get(Evaluation, evaluation_id)
        if evaluation is None:
            raise DisputeRefused(f"No evaluation #{evaluation_id} to dispute.", evaluation_id=evaluation_id)
        agent = evaluation.call.agent
        require_team_lead_of_call(session, user, evaluation.call, "record a dispute for this agent")
        if agent is None:  # only a QA lead gets here: a team lead leads no call without an agent
            raise DisputeRefused(f"The call of evaluation #{evaluation_id} has no agent; only a submitted result "
                                 "of an agent can be disputed.", evaluation_id=evaluation_id, why="not_result")
        if evaluation.status != EvaluationStatus.SUBMITTED or evaluation.kind != EvaluationKind.REGULAR:
            raise DisputeRefused(f"Evaluation #{evaluation_id} is not a submitted result of the agent; only those "
                                 "can be disputed.", evaluation_id=evaluation_id, why="not_result")
        result_day = (evaluation.submitted_at or evaluation.updated_at).date()
        calendar = calendar_of(session)
        last_day = add_working_days(result_day, FILING_WORKING_DAYS, calendar)
        if today > last_day:
            raise DisputeRefused(
                f"The dispute is too late: the result was given on {result_day} and a dispute must be raised "
                f"within {FILING_WORKING_DAYS} working days, by {last_day}.", evaluation_id=evaluation_id,
                result_day=result_day, days=FILING_WORKING_DAYS, last_day=last_day, why="too_late")
        if not claims:
            raise DisputeRefused("Name at least one disputed item.", why="no_items")
        definition = _definition(session, evaluation)
        seen = set()
        for claim in claims:
            item = definition.item(claim.item_code)
            if item is None:
                raise DisputeRefused(
                    f"Item {claim.item_code!r} does not exist on the form version of evaluation #{evaluation_id} "
                    f"(items: {', '.join(definition.item_codes())}).", item=claim.item_code, why="unknown_item")
            if claim.item_code in seen:
                raise DisputeRefused(f"Item {claim.item_code} is disputed twice.", item=claim.item_code,
                                     why="duplicate_item")
            seen.add(claim.item_code)
            if claim.claimed_answer is not None:
                problem = item.check_answer(claim.claimed_answer)
                if problem:
                    raise DisputeRefused(f"The answer the agent claims for {claim.item_code} is impossible: {problem}.",
                                         item=claim.item_code, why="impossible_answer")
        open_one = session.scalar(select(Dispute.id).where(Dispute.evaluation_id == evaluation.id,
                                                           Dispute.status == DisputeStatus.OPEN))
        if open_one is not None:
            raise DisputeRefused(f"Evaluation #{evaluation_id} already has an open dispute (#{open_one}).",
                                 dispute_id=open_one, why="already_open")
        due = deadline or add_working_days(today, DECISION_WORKING_DAYS, calendar)
        if due < today:
            raise DisputeRefused(f"The deadline {due} is already past.", deadline=due, why="deadline_past")
        dispute = Dispute(evaluation_id=evaluation.id, raised_by_id=user.id, statement=(statement or "").strip(),
                          deadline=due, status=DisputeStatus.OPEN, score_before=evaluation.score)
        dispute.items = [DisputeItem(item_code=c.item_code, agent_claim=(c.claim or "").strip(),
                                     claimed_answer=c.claimed_answer) for c in claims]
        session.add(dispute)
        session.flush()
        audit.record(session, database.user_login, "dispute.record", "dispute", dispute.id,
                     evaluation_id=evaluation.id, agent=agent.agent_code, deadline=due,
                     items=[{"item": c.item_code, "claim": c.claim, "claimed_answer": c.claimed_answer}
                            for c in claims])
        return _dispute_dict(session, dispute, today)

    return database.write(work)


def decide_dispute(database: Database, dispute_id: int, decisions: dict[str, dict], *,
                   today: dt.date | None = None) -> dict:
    """The QA lead decides each item: ``{item_code: {"decision": keep|accept|set, "answer": .., "reason": ..}}``."""
    today = today or dt.date.today()

    def work(session: Session) -> dict:
        user = acting_user(session, database.user_login)
        require_qa_lead(user, "decide a dispute")
        dispute = session.get(Dispute, dispute_id)
        if dispute is None:
            raise DisputeRefused(f"No dispute #{dispute_id}.", dispute_id=dispute_id)
        if dispute.status != DisputeStatus.OPEN:
            raise DisputeRefused(f"Dispute #{dispute_id} is already {dispute.status.value}.", dispute_id=dispute_id,
                                 status=dispute.status.value, why="not_open")
        evaluation = _disputed_evaluation(session, dispute)
        definition = _definition(session, evaluation)
        by_code = {i.item_code: i for i in dispute.items}
        unknown = sorted(set(decisions) - set(by_code))
        if unknown:
            raise DisputeRefused(f"Item(s) {', '.join(unknown)} are not part of dispute #{dispute_id}.")
        missing = sorted(set(by_code) - set(decisions))
        if missing:
            raise DisputeRefused(f"Decide every disputed item; still undecided: {', '.join(missing)}.",
                                 items=", ".join(missing), why="undecided")
        answers = dict(evaluation.answers or {})
        comments = dict(evaluation.comments or {})
        changed = {}
        for code, entry in decisions.items():
            item, row = definition.item(code), by_code[code]
            if item is None:  # recorded against this (frozen) form version, so only a hand-edited database
                raise DisputeRefused(f"Item {code!r} does not exist on the form version of evaluation "
                                     f"#{evaluation.id}.", item=code, why="unknown_item")
            try:
                decision = DisputeDecision(entry.get("decision"))
            except ValueError:
                raise DisputeRefused(f"Item {code}: the decision must be keep, accept or set.", item=code) from None
            reason = (entry.get("reason") or "").strip()
            if decision == DisputeDecision.PENDING:
                raise DisputeRefused(f"Item {code}: decide keep, accept or set.", item=code)
            if not reason:
                raise DisputeRefused(f"Item {code}: give the reason for the decision.", item=code, why="reason_missing")
            if decision == DisputeDecision.KEEP:
                answer = answers.get(code)
            elif decision == DisputeDecision.ACCEPT:
                if row.claimed_answer is None:
                    raise DisputeRefused(f"Item {code}: the agent's answer was not recorded; use 'set' with the "
                                         "answer instead.", item=code, why="no_claimed_answer")
                answer = row.claimed_answer
            else:
                answer = entry.get("answer")
                problem = item.check_answer(answer) if answer is not None else "no answer given"
                if problem:
                    raise DisputeRefused(f"Item {code}: {problem}.", item=code, why="bad_answer")
            row.decision, row.decided_answer, row.reason = decision, answer, reason
            if answer != answers.get(code):
                changed[code] = {"from": answers.get(code), "to": answer}
                answers[code] = answer
                comments.setdefault(code, f"Dispute #{dispute.id}: {reason}")
        before = evaluation.score
        if changed:
            info = evaluation_service.amend(
                in_transaction(database, session), evaluation.id, answers, comments,
                reason=f"Dispute #{dispute.id} decided: " + "; ".join(
                    f"{code} {c['from']}→{c['to']}" for code, c in changed.items()),
                expected_row_version=None)
            after = None if info.score is None else Decimal(info.score)
        else:
            after = before
        dispute.status = DisputeStatus.DECIDED
        dispute.decided_by_id = user.id
        dispute.decided_at = utcnow()
        dispute.score_before = before
        dispute.score_after = after
        session.flush()
        audit.record(session, database.user_login, "dispute.decide", "dispute", dispute.id,
                     evaluation_id=evaluation.id, score_before=before, score_after=after, changed=changed,
                     decisions={c: {"decision": by_code[c].decision.value, "reason": by_code[c].reason}
                                for c in by_code}, late=today > dispute.deadline)
        return _dispute_dict(session, dispute, today)

    return database.write(work)


def withdraw_dispute(database: Database, dispute_id: int, reason: str, *, today: dt.date | None = None) -> dict:
    def work(session: Session) -> dict:
        user = acting_user(session, database.user_login)
        dispute = session.get(Dispute, dispute_id)
        if dispute is None:
            raise DisputeRefused(f"No dispute #{dispute_id}.", dispute_id=dispute_id)
        require_team_lead_of_call(session, user, _disputed_evaluation(session, dispute).call,
                                  "withdraw this dispute")
        if dispute.status != DisputeStatus.OPEN:
            raise DisputeRefused(f"Dispute #{dispute_id} is already {dispute.status.value}.", dispute_id=dispute_id,
                                 status=dispute.status.value, why="not_open")
        dispute.status = DisputeStatus.WITHDRAWN
        session.flush()
        audit.record(session, database.user_login, "dispute.withdraw", "dispute", dispute.id, reason=reason)
        return _dispute_dict(session, dispute, today or dt.date.today())

    return database.write(work)


def status_of(dispute: Dispute, today: dt.date) -> str:
    if dispute.status == DisputeStatus.OPEN and today > dispute.deadline:
        return "overdue"
    return dispute.status.value


def _dispute_dict(session: Session, dispute: Dispute, today: dt.date, lang: str = "en", *,
                  shared: dict | None = None) -> dict:
    """``shared``: what a list of disputes reads once for all of them (people's names, parsed forms)."""
    shared = {} if shared is None else shared
    evaluation = _disputed_evaluation(session, dispute)
    definitions = shared.setdefault("definitions", {})
    definition = definitions.get(evaluation.form_version_id)
    if definition is None:
        definition = definitions[evaluation.form_version_id] = _definition(session, evaluation)
    agent = evaluation.call.agent
    if "names" not in shared:
        shared["names"] = dict(session.execute(select(User.id, User.display_name)).all())
    names = shared["names"]

    def text(code):
        item = definition.item(code)
        return pick(item.text, lang) if item else code

    def said(code, answer):
        # an answer as the reader says it (是/否, a scale point with its label), never a stored code
        item = definition.item(code)
        return answer_text(item, answer, lang) if item is not None and answer is not None else ""

    return {
        "id": dispute.id, "evaluation_id": evaluation.id, "call_id": evaluation.call_id,
        "external_id": evaluation.call.external_id,
        "agent_code": agent.agent_code if agent else None, "agent_name": agent.name if agent else None,
        "team": agent.team.name if agent and agent.team else None,
        "raised_by": names.get(dispute.raised_by_id, ""), "created_at": dispute.created_at,
        "statement": dispute.statement, "deadline": dispute.deadline, "status": status_of(dispute, today),
        "decided_by": names.get(dispute.decided_by_id, "") if dispute.decided_by_id else None,
        "decided_at": dispute.decided_at,
        "score_before": None if dispute.score_before is None else str(dispute.score_before),
        "score_after": None if dispute.score_after is None else str(dispute.score_after),
        "row_version": dispute.row_version,
        "items": [{"item_code": i.item_code, "item_text": text(i.item_code),
                   "item_texts": dict(definition.item(i.item_code).text) if definition.item(i.item_code) else {},
                   "evaluated_answer": (evaluation.answers or {}).get(i.item_code)
                   if dispute.status == DisputeStatus.OPEN
                   else None,
                   "answer_values": definition.item(i.item_code).answer_values() if definition.item(i.item_code)
                   else [],
                   "claim": i.agent_claim, "claimed_answer": i.claimed_answer, "decision": i.decision.value,
                   "decided_answer": i.decided_answer, "reason": i.reason,
                   "evaluated_answer_text": said(i.item_code, (evaluation.answers or {}).get(i.item_code)
                                                 if dispute.status == DisputeStatus.OPEN else None),
                   "claimed_answer_text": said(i.item_code, i.claimed_answer),
                   "answer_choices": [(value, said(i.item_code, value)) for value in
                                      (definition.item(i.item_code).answer_values()
                                       if definition.item(i.item_code) else [])]} for i in dispute.items],
    }


def list_disputes(database: Database, *, status: str | None = None, today: dt.date | None = None,
                  lang: str = "en") -> list[dict]:
    """Disputes the acting user may see (a team lead: their teams), newest first."""
    today = today or dt.date.today()
    with database.read() as session:
        user = acting_user(session, database.user_login)
        require_role(user, (Role.TEAM_LEAD, Role.QA_LEAD, Role.MANAGER), "see disputes")
        query = (select(Dispute).join(Evaluation, Evaluation.id == Dispute.evaluation_id)
                 .join(Call, Call.id == Evaluation.call_id).join(Agent, Agent.id == Call.agent_id)
                 .options(selectinload(Dispute.items)).order_by(Dispute.created_at.desc(), Dispute.id.desc()))
        teams = visible_team_ids(session, user)
        if teams is not None:
            query = query.where(calls_in_teams(teams))
        found = session.scalars(query).all()
        # their evaluations in one read, without the large breakdown nobody shows here (it was decoded
        # once per dispute: seconds for a year's disputes)
        ids = [d.evaluation_id for d in found]
        loaded: list[Evaluation] = []  # held, so the session's identity map keeps them for the rows below
        for start in range(0, len(ids), 500):
            loaded += session.scalars(
                select(Evaluation).options(defer(Evaluation.breakdown),
                                           selectinload(Evaluation.call).selectinload(Call.agent)
                                           .selectinload(Agent.team))
                .where(Evaluation.id.in_(ids[start:start + 500]))).all()
        shared: dict = {}
        rows = [_dispute_dict(session, d, today, lang, shared=shared) for d in found]
    if status:
        rows = [r for r in rows if r["status"] == status]
    return rows


def get_dispute(database: Database, dispute_id: int, *, today: dt.date | None = None) -> dict:
    with database.read() as session:
        dispute = session.get(Dispute, dispute_id)
        if dispute is None:
            raise DisputeRefused(f"No dispute #{dispute_id}.", dispute_id=dispute_id)
        return _dispute_dict(session, dispute, today or dt.date.today())
