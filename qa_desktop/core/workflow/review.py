"""The team lead's review queue (班组长复核): failed, fatal and flagged evaluations of their agents.

A team lead listens to the call, reads the evaluation and notes, and either confirms it or
adjusts it with a reason (the evaluation is amended through the evaluation service, so the
previous state is kept as a revision). Complaints and praise raised on a call (鉴定投诉/表扬)
are verified as founded or unfounded. A QA lead sees every team; a team lead only the teams
they lead. Each step is one transaction with its audit line.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from qa_desktop.core import evaluations as evaluation_service
from qa_desktop.core import flags as flag_service
from qa_desktop.core import texts
from qa_desktop.core.db import Database, audit
from qa_desktop.core.db.models import (
    Agent,
    Annotation,
    Call,
    Evaluation,
    EvaluationKind,
    EvaluationRevision,
    EvaluationStatus,
    Flag,
    FlagKind,
    FlagResolution,
    FormVersion,
    Role,
    Team,
    TeamLeadReview,
    User,
)
from qa_desktop.core.errors import ValidationError
from qa_desktop.core.scoring.explain import answer_text
from qa_desktop.core.scoring.form import FormDefinition, pick
from qa_desktop.core.workflow.permissions import (
    acting_user,
    calls_in_teams,
    require_role,
    require_team_lead_of_call,
    visible_team_ids,
)
from qa_desktop.core.workflow.units import in_transaction
from qa_desktop.core.workflow.working_days import calendar_of, verification_deadline

FAILING_GRADE = "fail"


class ReviewError(ValidationError):
    code = "review_refused"


@dataclass
class ReviewRow:
    evaluation_id: int | None     # None: a call flagged for review before anyone evaluated it
    call_id: int
    external_id: str | None
    started_at: dt.datetime | None
    agent_code: str
    agent_name: str
    team: str | None
    evaluator: str
    score: float | None
    grade: str | None
    fatal_failed: bool
    critical_failed: bool
    reasons: list[str]            # fail | fatal | flagged
    flag_reasons: list[str]
    failed_items: list[str]
    notes: int
    outcome: str                  # open | confirmed | adjusted
    row_version: int
    review_reason: str = ""
    flag_ids: list[int] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class VerificationRow:
    flag_id: int
    call_id: int
    external_id: str | None
    started_at: dt.datetime | None
    agent_code: str
    team: str | None
    kind: str                     # complaint | praise
    reason: str
    raised_by: str
    raised_at: dt.datetime
    resolution: str               # open | founded | unfounded
    note: str
    row_version: int
    evaluation_id: int | None = None
    extra: dict = field(default_factory=dict)
    deadline: dt.date | None = None   # verified within 2 working days of being raised (seed 004)
    overdue: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _visible(query, session: Session, user: User):
    teams = visible_team_ids(session, user)
    if teams is not None:
        query = query.where(calls_in_teams(teams))  # the team the agent was in on the call's day
    return query


def review_queue(database: Database, *, include_done: bool = False) -> list[ReviewRow]:
    """Evaluations needing the acting team lead's (or QA lead's) review, worst first.

    Set-based: the evaluations' columns the queue shows (the failed items picked out of the breakdown by
    the database, not the whole breakdown decoded per row), their latest reviews, notes counted per call
    and the review flags grouped by call, each in one statement (a year's queue took 0.3 s and more)."""
    with database.read() as session:
        user = acting_user(session, database.user_login)
        require_role(user, (Role.TEAM_LEAD, Role.QA_LEAD, Role.MANAGER), "see the review queue")
        review_flags = session.execute(
            select(Flag.call_id, Flag.evaluation_id, Flag.reason, Flag.resolution, Flag.id, Flag.raised_by_id)
            .where(Flag.kind == FlagKind.REVIEW)).all()
        open_flags: dict[int, list] = {}  # call id -> its open review flags
        for flag in review_flags:
            if flag.resolution == FlagResolution.OPEN:
                open_flags.setdefault(flag.call_id, []).append(flag)
        flagged_calls_any = {flag.call_id for flag in review_flags}
        query = (select(Evaluation.id, Evaluation.call_id, Evaluation.evaluator_id, Evaluation.score,
                        Evaluation.grade, Evaluation.fatal_failed, Evaluation.critical_failed, Evaluation.row_version,
                        Evaluation.breakdown["failed_items"].label("failed_items"), Call.external_id,
                        Call.started_at, Agent.agent_code, Agent.name.label("agent_name"), Team.name.label("team"))
                 .join(Call, Call.id == Evaluation.call_id).join(Agent, Agent.id == Call.agent_id)
                 .outerjoin(Team, Team.id == Agent.team_id)
                 .where(Evaluation.status == EvaluationStatus.SUBMITTED, Evaluation.kind == EvaluationKind.REGULAR,
                        or_(Evaluation.grade == FAILING_GRADE, Evaluation.fatal_failed.is_(True),
                            Evaluation.call_id.in_(flagged_calls_any or {-1}))))
        rows = session.execute(_visible(query, session, user)).all()
        ids = [row.id for row in rows]
        reviews: dict[int, tuple[str, str]] = {}
        for start in range(0, len(ids), 500):
            for evaluation_id, outcome, reason in session.execute(
                    select(TeamLeadReview.evaluation_id, TeamLeadReview.outcome, TeamLeadReview.reason)
                    .where(TeamLeadReview.evaluation_id.in_(ids[start:start + 500]))
                    .order_by(TeamLeadReview.created_at, TeamLeadReview.id)):
                reviews[evaluation_id] = (outcome, reason)  # the latest
        names = dict(session.execute(select(User.id, User.display_name)).all())
        call_ids = sorted({row.call_id for row in rows})
        note_counts: dict[int, int] = {}
        for start in range(0, len(call_ids), 500):
            note_counts.update(session.execute(
                select(Annotation.call_id, func.count()).where(Annotation.call_id.in_(call_ids[start:start + 500]))
                .group_by(Annotation.call_id)).all())
        result = []
        for row in rows:
            review = reviews.get(row.id)
            reasons = []
            if row.grade == FAILING_GRADE:
                reasons.append("fail")
            if row.fatal_failed:
                reasons.append("fatal")
            if row.call_id in flagged_calls_any:
                reasons.append("flagged")
            if not reasons:
                continue
            flags = open_flags.get(row.call_id, [])
            open_review = bool(flags) or review is None
            if not include_done and not open_review:
                continue
            outcome = "open" if flags or review is None else review[0]
            result.append(ReviewRow(
                row.id, row.call_id, row.external_id, row.started_at, row.agent_code, row.agent_name, row.team,
                names.get(row.evaluator_id, ""), None if row.score is None else float(row.score), row.grade,
                bool(row.fatal_failed), bool(row.critical_failed), reasons,
                [flag.reason for flag in flags if flag.reason], list(row.failed_items or []),
                note_counts.get(row.call_id, 0), outcome, row.row_version,
                review[1] if review and not open_review else "", [flag.id for flag in flags]))
        result.extend(_flagged_without_result(session, user, review_flags, {row.call_id for row in rows}, names))
        result.sort(key=lambda r: (r.outcome != "open", not r.fatal_failed,
                                   r.score if r.score is not None else 0, r.evaluation_id or 0))
        return result


def _flagged_without_result(session: Session, user: User, review_flags, listed: set[int],
                            names: dict[int, str]) -> list[ReviewRow]:
    """Calls flagged for the team lead that have no submitted result yet: listened to, not scored."""
    open_flags: dict[int, list] = {}
    for call_id, _e, reason, resolution, flag_id, raised_by in review_flags:
        if resolution == FlagResolution.OPEN and call_id not in listed:
            open_flags.setdefault(call_id, []).append((flag_id, reason, raised_by))
    if not open_flags:
        return []
    scored = set(session.scalars(select(Evaluation.call_id).where(
        Evaluation.call_id.in_(open_flags), Evaluation.status == EvaluationStatus.SUBMITTED,
        Evaluation.kind == EvaluationKind.REGULAR)))
    query = (select(Call, Agent).join(Agent, Agent.id == Call.agent_id)
             .where(Call.id.in_(set(open_flags) - scored)).options(selectinload(Agent.team)))
    rows = []
    for call, agent in session.execute(_visible(query, session, user)):
        flags = open_flags[call.id]
        rows.append(ReviewRow(None, call.id, call.external_id, call.started_at, agent.agent_code, agent.name,
                              agent.team.name if agent.team else None, names.get(flags[0][2], ""), None, None,
                              False, False, ["flagged"], [r for _i, r, _u in flags if r], [], 0, "open", 0, "",
                              [i for i, _r, _u in flags]))
    return rows


def close_flags(database: Database, flag_ids: list[int], note: str = "") -> dict:
    """The team lead has listened to a flagged call that has no result yet and closes the flag(s)."""

    def work(session: Session) -> dict:
        user = acting_user(session, database.user_login)
        closed = []
        for flag_id in flag_ids:
            flag = session.get(Flag, flag_id)
            if flag is None or flag.kind != FlagKind.REVIEW:
                raise ReviewError(f"No review flag #{flag_id}.", flag_id=flag_id)
            require_team_lead_of_call(session, user, flag.call, "close this review flag")
            if flag.resolution != FlagResolution.OPEN:
                raise ReviewError(f"Flag #{flag_id} was already settled as {flag.resolution.value}.",
                                  flag_id=flag_id, why="already_settled")
            flag_service.settle_flag(in_transaction(database, session), flag.id, user.id, FlagResolution.CONFIRMED,
                                     (note or "").strip())
            closed.append(flag.id)
        audit.record(session, database.user_login, "review.close_flags", "flag", closed[0] if closed else None,
                     flags=closed, note=note)
        return {"flags_closed": closed}

    return database.write(work)


def _load_for_review(session: Session, database, evaluation_id: int) -> tuple[User, Evaluation]:
    user = acting_user(session, database.user_login)
    evaluation = session.get(Evaluation, evaluation_id)
    if evaluation is None:
        raise ReviewError(f"No evaluation #{evaluation_id}.", evaluation_id=evaluation_id)
    require_team_lead_of_call(session, user, evaluation.call, "review this evaluation")
    if evaluation.status != EvaluationStatus.SUBMITTED:
        raise ReviewError(f"Evaluation #{evaluation_id} is not submitted; only results can be reviewed.",
                          evaluation_id=evaluation_id)
    return user, evaluation


def _close_review_flags(session: Session, database, user: User, call_id: int, resolution: FlagResolution,
                        note: str) -> list[int]:
    closed = []
    for flag in session.scalars(select(Flag).where(Flag.call_id == call_id, Flag.kind == FlagKind.REVIEW,
                                                   Flag.resolution == FlagResolution.OPEN)):
        flag_service.settle_flag(in_transaction(database, session), flag.id, user.id, resolution, note)
        closed.append(flag.id)
    return closed


def confirm(database: Database, evaluation_id: int, reason: str = "") -> dict:
    """The team lead agrees with the evaluation as it stands."""

    def work(session: Session) -> dict:
        user, evaluation = _load_for_review(session, database, evaluation_id)
        review = TeamLeadReview(evaluation_id=evaluation.id, reviewer_id=user.id, outcome="confirmed",
                                reason=(reason or "").strip())
        session.add(review)
        session.flush()
        flags = _close_review_flags(session, database, user, evaluation.call_id, FlagResolution.CONFIRMED,
                                    review.reason)
        audit.record(session, database.user_login, "review.confirm", "evaluation", evaluation.id,
                     review_id=review.id, reason=review.reason, flags=flags)
        return {"review_id": review.id, "evaluation_id": evaluation.id, "outcome": "confirmed",
                "score": str(evaluation.score), "flags_closed": flags}

    return database.write(work)


def adjust(database: Database, evaluation_id: int, answers: dict, reason: str, *, comments: dict | None = None,
           expected_row_version: int | None = None) -> dict:
    """The team lead changes answers; the evaluation is amended (old state kept) and the review recorded."""
    reason = (reason or "").strip()
    if not reason:
        raise ReviewError("Say why the evaluation is adjusted (a reason is required).", why="reason_required")

    def work(session: Session) -> dict:
        user, evaluation = _load_for_review(session, database, evaluation_id)
        before = None if evaluation.score is None else str(evaluation.score)
        new_answers = {**(evaluation.answers or {}), **answers}
        new_comments = {**(evaluation.comments or {}), **(comments or {})}
        info = evaluation_service.amend(in_transaction(database, session), evaluation.id, new_answers, new_comments,
                                        reason=f"Team-lead review: {reason}",
                                        expected_row_version=expected_row_version)
        review = TeamLeadReview(evaluation_id=evaluation.id, reviewer_id=user.id, outcome="adjusted", reason=reason)
        session.add(review)
        session.flush()
        flags = _close_review_flags(session, database, user, evaluation.call_id, FlagResolution.ADJUSTED, reason)
        audit.record(session, database.user_login, "review.adjust", "evaluation", evaluation.id,
                     review_id=review.id, reason=reason, score_before=before, score_after=info.score,
                     changed={k: v for k, v in answers.items()}, flags=flags)
        return {"review_id": review.id, "evaluation_id": evaluation.id, "outcome": "adjusted",
                "score_before": before, "score_after": info.score, "flags_closed": flags}

    return database.write(work)


def review_history(database: Database, evaluation_id: int) -> list[dict]:
    with database.read() as session:
        names = dict(session.execute(select(User.id, User.display_name)).all())
        return [{"id": r.id, "reviewer": names.get(r.reviewer_id, ""), "outcome": r.outcome, "reason": r.reason,
                 "created_at": r.created_at}
                for r in session.scalars(select(TeamLeadReview).where(TeamLeadReview.evaluation_id == evaluation_id)
                                         .order_by(TeamLeadReview.created_at, TeamLeadReview.id))]


# -- complaint / praise verification ------------------------------------------------------------------
def verification_queue(database: Database, *, include_done: bool = False,
                       today: dt.date | None = None) -> list[VerificationRow]:
    with database.read() as session:
        user = acting_user(session, database.user_login)
        require_role(user, (Role.TEAM_LEAD, Role.QA_LEAD, Role.MANAGER), "see complaints and praise to verify")
        query = (select(Flag, Call, Agent).join(Call, Call.id == Flag.call_id).join(Agent, Agent.id == Call.agent_id)
                 .where(Flag.kind.in_([FlagKind.COMPLAINT, FlagKind.PRAISE])).options(selectinload(Agent.team)))
        if not include_done:
            query = query.where(Flag.resolution == FlagResolution.OPEN)
        names = dict(session.execute(select(User.id, User.display_name)).all())
        rows = session.execute(_visible(query, session, user).order_by(Flag.raised_at, Flag.id)).all()
        calendar = calendar_of(session)
        today = today or dt.date.today()
        result = []
        for f, c, a in rows:
            deadline = verification_deadline(calendar, f.raised_at)
            result.append(VerificationRow(
                f.id, c.id, c.external_id, c.started_at, a.agent_code, a.team.name if a.team else None,
                f.kind.value, f.reason or "", names.get(f.raised_by_id, ""), f.raised_at, f.resolution.value,
                f.resolution_note or "", f.row_version, f.evaluation_id, deadline=deadline,
                overdue=f.resolution == FlagResolution.OPEN and today > deadline))
        # the overdue first, then by deadline: what a team lead must do today is on top
        result.sort(key=lambda r: (not r.overdue, r.resolution != "open", r.deadline or dt.date.max, r.flag_id))
        return result


def verify(database: Database, flag_id: int, founded: bool, note: str = "", *,
           expected_row_version: int | None = None) -> dict:
    """Record whether a customer's complaint or praise about the agent is founded (成立) or not."""

    def work(session: Session) -> dict:
        user = acting_user(session, database.user_login)
        flag = session.get(Flag, flag_id)
        if flag is None:
            raise ReviewError(f"No flag #{flag_id}.", flag_id=flag_id)
        if flag.kind not in (FlagKind.COMPLAINT, FlagKind.PRAISE):
            raise ReviewError(f"Flag #{flag_id} is a {flag.kind.value} flag; only complaints and praise are "
                              "verified as founded or unfounded.", flag_id=flag_id)
        if flag.resolution != FlagResolution.OPEN:
            raise ReviewError(f"This {flag.kind.value} was already settled as {flag.resolution.value}.",
                              flag_id=flag_id, why="already_settled")
        require_team_lead_of_call(session, user, flag.call, f"verify this {flag.kind.value}")
        resolution = FlagResolution.FOUNDED if founded else FlagResolution.UNFOUNDED
        info = flag_service.settle_flag(in_transaction(database, session), flag.id, user.id, resolution,
                                        (note or "").strip(), expected_row_version)
        return {"flag_id": info.id, "kind": info.kind.value, "resolution": info.resolution.value,
                "note": info.resolution_note}

    return database.write(work)


def _grade_text(definition: FormDefinition, grade: str | None, lang: str) -> str:
    """The stored grade (a band's code, or a label in any language) as the band's label in ``lang``."""
    for band in definition.grade_bands:
        if grade == band.code or grade in band.label.values():
            return pick(band.label, lang) or band.code
    return texts.maybe(f"grade.{grade}", lang, grade or "")


def review_detail(database: Database, evaluation_id: int, lang: str = "en") -> dict:
    """What a reviewer reads: the evaluation, every item with its possible answers, notes, flags and history."""
    with database.read() as session:
        user = acting_user(session, database.user_login)
        evaluation = session.get(Evaluation, evaluation_id)
        if evaluation is None:
            raise ReviewError(f"No evaluation #{evaluation_id}.", evaluation_id=evaluation_id)
        call, agent = evaluation.call, evaluation.call.agent
        if user.role == Role.TEAM_LEAD:
            require_team_lead_of_call(session, user, call, "read this evaluation")
        definition = FormDefinition.from_dict(session.get_one(FormVersion, evaluation.form_version_id).definition)
        statuses = {i["code"]: i["status"] for i in (evaluation.breakdown or {}).get("items", [])}
        items = []
        for section, item in definition.items():
            values = list(item.answer_values()) + (["na"] if item.allows_na else [])
            answer = (evaluation.answers or {}).get(item.code)
            status = statuses.get(item.code)
            # Answers and statuses as the reader says them (是/否, 通过/不通过), never as stored codes.
            items.append({"code": item.code, "section": pick(section.title, lang), "text": pick(item.text, lang),
                          "type": item.type, "answer": answer,
                          "answer_text": answer_text(item, answer, lang) if answer is not None else "",
                          "comment": (evaluation.comments or {}).get(item.code, ""),
                          "status": status, "status_text": texts.maybe(f"item_status.{status}", lang, status or ""),
                          "values": values, "value_texts": [answer_text(item, v, lang) for v in values],
                          "critical": item.critical, "fatal": item.fatal is not None})
        # looked up by ids that may be None (an author or flagger since deleted): those read as ""
        names: dict[int | None, str] = dict(session.execute(select(User.id, User.display_name)).all())
        notes = [{"position_ms": n.position_ms, "text": n.text, "item_code": n.item_code,
                  "author": names.get(n.author_id, "")}
                 for n in session.scalars(select(Annotation).where(Annotation.call_id == call.id)
                                          .order_by(Annotation.position_ms, Annotation.id))]
        flags = [{"id": f.id, "kind": f.kind.value, "reason": f.reason, "resolution": f.resolution.value,
                  "raised_by": names.get(f.raised_by_id, "")}
                 for f in session.scalars(select(Flag).where(Flag.call_id == call.id).order_by(Flag.id))]
        revisions = [{"revision_no": r.revision_no, "score": None if r.score is None else str(r.score),
                      "reason": r.reason, "changed_by": names.get(r.changed_by_id, ""), "changed_at": r.changed_at}
                     for r in session.scalars(select(EvaluationRevision)
                                              .where(EvaluationRevision.evaluation_id == evaluation.id)
                                              .order_by(EvaluationRevision.revision_no))]
        breakdown = evaluation.breakdown or {}
        explanation = (breakdown.get("explanation_i18n") or {}).get(lang) or breakdown.get("explanation") or []
        return {"evaluation_id": evaluation.id, "call_id": call.id, "external_id": call.external_id,
                "started_at": call.started_at, "agent_code": agent.agent_code if agent else None,
                "agent_name": agent.name if agent else None, "evaluator": names.get(evaluation.evaluator_id, ""),
                "score": None if evaluation.score is None else str(evaluation.score), "grade": evaluation.grade,
                "grade_text": _grade_text(definition, evaluation.grade, lang),
                "fatal_failed": bool(evaluation.fatal_failed), "summary": evaluation.summary or "",
                "row_version": evaluation.row_version, "items": items, "explanation": list(explanation),
                "notes": notes, "flags": flags, "revisions": revisions}
