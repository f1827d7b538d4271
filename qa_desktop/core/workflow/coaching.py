"""The coaching log (辅导记录): sessions, what was agreed, action items, follow-ups, and whether it worked.

Online coaching (线上辅导) happens right after a call, offline coaching (离线辅导) the next day
from yesterday's results. A session links the evaluations and failed items discussed, records
what was agreed, action items with owners and due dates, the follow-up date and the agent's
acknowledgement. A follow-up evaluation can be scheduled into the next sample (the sampling
engine picks a call made after the session). For each coached item we compare the agent's
pass rate on that item before and after the session.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from qa_desktop.core.db import Database, audit
from qa_desktop.core.db.models import (
    ActionItem,
    ActionStatus,
    Agent,
    Call,
    CoachingKind,
    CoachingLink,
    CoachingSession,
    Evaluation,
    EvaluationKind,
    EvaluationStatus,
    FormVersion,
    Role,
    Sample,
    Team,
    User,
    utcnow,
)
from qa_desktop.core.errors import ValidationError
from qa_desktop.core.scoring.engine import item_statuses
from qa_desktop.core.scoring.form import FormDefinition, pick
from qa_desktop.core.scoring.item_status import APPLICABLE
from qa_desktop.core.workflow.permissions import (
    MAY,
    acting_user,
    can_see_agent,
    require_role,
    require_team_lead_of,
    visible_team_ids,
)
from qa_desktop.core.workflow.units import reading

COACHES = MAY["coaching.log"]


class CoachingRefused(ValidationError):
    code = "coaching_refused"

    def __init__(self, message: str, **params):
        super().__init__(message, reason=message, **params)


@dataclass
class ActionSpec:
    description: str
    owner: str = ""
    due_on: dt.date | None = None


def _check_coach(session: Session, user: User, agent: Agent) -> None:
    require_role(user, COACHES, "log coaching")
    if user.role == Role.TEAM_LEAD:
        require_team_lead_of(session, user, agent, "coach this agent")


def _item_definition(session: Session, evaluation: Evaluation) -> FormDefinition:
    return FormDefinition.from_dict(session.get_one(FormVersion, evaluation.form_version_id).definition)


def record_session(database: Database, agent_id: int, *, held_on: dt.date,
                   kind: CoachingKind | str = CoachingKind.OFFLINE,
                   agreed: str = "", links: list[tuple[int, str | None]] | None = None,
                   actions: list[ActionSpec | dict] | None = None, follow_up_on: dt.date | None = None,
                   schedule_follow_up_sample: bool = False, coach_login: str | None = None) -> dict:
    """Log a coaching session; links are (evaluation id, item code or None) of this agent's evaluations."""
    kind = CoachingKind(kind)
    specs = [a if isinstance(a, ActionSpec) else ActionSpec(**a) for a in (actions or [])]

    def work(session: Session) -> dict:
        user = acting_user(session, database.user_login)
        agent = session.get(Agent, agent_id)
        if agent is None:
            raise CoachingRefused(f"No agent #{agent_id}.", agent_id=agent_id)
        _check_coach(session, user, agent)
        coach = user if not coach_login else session.scalar(select(User).where(User.login == coach_login))
        if coach is None:
            raise CoachingRefused(f"No user {coach_login!r} to name as the coach.")
        if follow_up_on is not None and follow_up_on < held_on:
            raise CoachingRefused(f"The follow-up date {follow_up_on} is before the session ({held_on}).",
                                  why="follow_up_before")
        for spec in specs:
            if not spec.description.strip():
                raise CoachingRefused("An action item needs a description.", why="no_description")
        row = CoachingSession(agent_id=agent.id, coach_id=coach.id, kind=kind, held_on=held_on,
                              agreed=(agreed or "").strip(), follow_up_on=follow_up_on,
                              schedule_follow_up_sample=bool(schedule_follow_up_sample), follow_up_status="pending")
        for evaluation_id, item_code in links or []:
            evaluation = session.get(Evaluation, evaluation_id)
            if evaluation is None or evaluation.call.agent_id != agent.id:
                raise CoachingRefused(f"Evaluation #{evaluation_id} is not an evaluation of agent {agent.agent_code}.",
                                      evaluation_id=evaluation_id)
            if item_code is not None and _item_definition(session, evaluation).item(item_code) is None:
                raise CoachingRefused(f"Item {item_code!r} is not on the form of evaluation #{evaluation_id}.",
                                      item=item_code, why="not_on_form")
            row.links.append(CoachingLink(evaluation_id=evaluation_id, item_code=item_code))
        for spec in specs:
            row.action_items.append(ActionItem(description=spec.description.strip(), owner=spec.owner.strip(),
                                               due_on=spec.due_on))
        session.add(row)
        session.flush()
        audit.record(session, database.user_login, "coaching.record", "coaching_session", row.id,
                     agent=agent.agent_code, kind=kind.value, held_on=held_on, links=links or [],
                     actions=len(specs), follow_up_on=follow_up_on, schedule_follow_up_sample=schedule_follow_up_sample)
        return _session_dict(session, row, dt.date.today())

    return database.write(work)


def _load(session: Session, database, session_id: int) -> tuple[User, CoachingSession]:
    user = acting_user(session, database.user_login)
    row = session.get(CoachingSession, session_id)
    if row is None:
        raise CoachingRefused(f"No coaching session #{session_id}.", session_id=session_id)
    _check_coach(session, user, row.agent)
    return user, row


def _update(database: Database, session_id: int, action: str, change, **details) -> dict:
    def work(session: Session) -> dict:
        _user, row = _load(session, database, session_id)
        change(session, row)
        session.flush()
        audit.record(session, database.user_login, action, "coaching_session", row.id, **details)
        return _session_dict(session, row, dt.date.today())

    return database.write(work)


def acknowledge(database: Database, session_id: int, when: dt.datetime | None = None) -> dict:
    """The agent acknowledged the session (signed or confirmed the record)."""
    moment = when or utcnow()

    def change(_s, row):
        row.acknowledged_at = moment

    return _update(database, session_id, "coaching.acknowledge", change, at=moment)


def schedule_follow_up(database: Database, session_id: int, on: dt.date | None, *, into_sample: bool = True) -> dict:
    """Set the follow-up date and (by default) ask the next sample for a follow-up evaluation."""

    def change(_s, row):
        if on is not None and on < row.held_on:
            raise CoachingRefused(f"The follow-up date {on} is before the session ({row.held_on}).",
                                  why="follow_up_before")
        row.follow_up_on = on
        row.schedule_follow_up_sample = into_sample
        if row.follow_up_status == "done":
            row.follow_up_status = "pending"

    return _update(database, session_id, "coaching.schedule_follow_up", change, on=on, into_sample=into_sample)


def complete_follow_up(database: Database, session_id: int) -> dict:
    def change(_s, row):
        row.follow_up_status = "done"

    return _update(database, session_id, "coaching.follow_up_done", change)


def add_action(database: Database, session_id: int, spec: ActionSpec | dict) -> dict:
    spec = spec if isinstance(spec, ActionSpec) else ActionSpec(**spec)
    if not spec.description.strip():
        raise CoachingRefused("An action item needs a description.", why="no_description")

    def change(_s, row):
        row.action_items.append(ActionItem(description=spec.description.strip(), owner=spec.owner.strip(),
                                           due_on=spec.due_on))

    return _update(database, session_id, "coaching.add_action", change, description=spec.description,
                   owner=spec.owner, due_on=spec.due_on)


def set_action_status(database: Database, action_id: int, status: ActionStatus | str) -> dict:
    status = ActionStatus(status)

    def work(session: Session) -> dict:
        action = session.get(ActionItem, action_id)
        if action is None:
            raise CoachingRefused(f"No action item #{action_id}.", action_id=action_id)
        _user, row = _load(session, database, action.session_id)
        action.status = status
        action.done_at = utcnow() if status == ActionStatus.DONE else None
        session.flush()
        audit.record(session, database.user_login, "coaching.action_status", "action_item", action.id,
                     status=status.value)
        return _session_dict(session, row, dt.date.today())

    return database.write(work)


# -- reading ------------------------------------------------------------------------------------------
def _sampled_sessions(session: Session) -> dict[int, str]:
    taken = {}
    for period, report in session.execute(select(Sample.period, Sample.report)):
        for session_id in (report or {}).get("follow_up_sessions", []):
            taken[session_id] = period
    return taken


class _FollowUp(Protocol):
    """What the follow-up state reads: a CoachingSession, or a row of the log's query of its columns."""

    follow_up_status: str
    follow_up_on: dt.date | None
    schedule_follow_up_sample: bool


def follow_up_state(row: _FollowUp, today: dt.date, sampled_in: str | None) -> str:
    """done | scheduled (in a sample) | overdue | pending | none."""
    if row.follow_up_status == "done":
        return "done"
    if sampled_in:
        return "scheduled"
    if row.follow_up_on is None and not row.schedule_follow_up_sample:
        return "none"
    if row.follow_up_on is not None and row.follow_up_on < today:
        return "overdue"
    return "pending"


def _session_dict(session: Session, row: CoachingSession, today: dt.date,
                  sampled: dict[int, str] | None = None, names: dict[int, str] | None = None) -> dict:
    sampled = _sampled_sessions(session) if sampled is None else sampled
    names = dict(session.execute(select(User.id, User.display_name)).all()) if names is None else names
    agent = row.agent
    return {
        "id": row.id, "agent_id": agent.id, "agent_code": agent.agent_code, "agent_name": agent.name,
        "team": agent.team.name if agent.team else None,
        "coach": names.get(row.coach_id, "") if row.coach_id is not None else "",
        "kind": row.kind.value, "held_on": row.held_on, "agreed": row.agreed, "follow_up_on": row.follow_up_on,
        "follow_up": follow_up_state(row, today, sampled.get(row.id)), "sampled_in": sampled.get(row.id),
        "schedule_follow_up_sample": row.schedule_follow_up_sample, "acknowledged_at": row.acknowledged_at,
        "links": [{"evaluation_id": link.evaluation_id, "item_code": link.item_code} for link in row.links],
        "actions": [{"id": a.id, "description": a.description, "owner": a.owner, "due_on": a.due_on,
                     "status": a.status.value, "done_at": a.done_at,
                     "overdue": a.status == ActionStatus.OPEN and a.due_on is not None and a.due_on < today}
                    for a in sorted(row.action_items, key=lambda a: (a.due_on or dt.date.max, a.id))],
        "row_version": row.row_version,
    }


def list_sessions(database: Database, *, agent_id: int | None = None, today: dt.date | None = None) -> list[dict]:
    """The log, newest first, as ``_session_dict`` gives each session.

    Set-based and in plain columns: the sessions in one statement, their links and action items in one
    each, names from small lookups (a year's log as ORM objects took most of a second, on the Coaching
    page's first open)."""
    today = today or dt.date.today()
    with database.read() as session:
        user = acting_user(session, database.user_login)
        where = []
        if agent_id is not None:
            where.append(CoachingSession.agent_id == agent_id)
        teams = visible_team_ids(session, user)
        if teams is not None:
            where.append(Agent.team_id.in_(teams or [-1]))
        listed = select(CoachingSession.id).join(Agent, Agent.id == CoachingSession.agent_id).where(*where)
        rows = session.execute(
            select(CoachingSession.id, CoachingSession.agent_id, CoachingSession.coach_id, CoachingSession.kind,
                   CoachingSession.held_on, CoachingSession.agreed, CoachingSession.follow_up_on,
                   CoachingSession.follow_up_status, CoachingSession.schedule_follow_up_sample,
                   CoachingSession.acknowledged_at, CoachingSession.row_version, Agent.agent_code,
                   Agent.name.label("agent_name"), Agent.team_id)
            .join(Agent, Agent.id == CoachingSession.agent_id).where(*where)
            .order_by(CoachingSession.held_on.desc(), CoachingSession.id.desc())).all()
        links: dict[int, list[dict]] = {}
        for session_id, evaluation_id, item_code in session.execute(
                select(CoachingLink.session_id, CoachingLink.evaluation_id, CoachingLink.item_code)
                .where(CoachingLink.session_id.in_(listed)).order_by(CoachingLink.id)):
            links.setdefault(session_id, []).append({"evaluation_id": evaluation_id, "item_code": item_code})
        actions: dict[int, list[dict]] = {}
        for a in session.execute(
                select(ActionItem.session_id, ActionItem.id, ActionItem.description, ActionItem.owner,
                       ActionItem.due_on, ActionItem.status, ActionItem.done_at)
                .where(ActionItem.session_id.in_(listed))):
            actions.setdefault(a.session_id, []).append(
                {"id": a.id, "description": a.description, "owner": a.owner, "due_on": a.due_on,
                 "status": a.status.value, "done_at": a.done_at,
                 "overdue": a.status == ActionStatus.OPEN and a.due_on is not None and a.due_on < today})
        sampled = _sampled_sessions(session)
        # people's and teams' names once for the whole log, not once per session
        names = dict(session.execute(select(User.id, User.display_name)).all())
        team_names = dict(session.execute(select(Team.id, Team.name)).all())
    return [{
        "id": row.id, "agent_id": row.agent_id, "agent_code": row.agent_code, "agent_name": row.agent_name,
        "team": team_names.get(row.team_id) if row.team_id is not None else None,
        "coach": names.get(row.coach_id, ""), "kind": row.kind.value, "held_on": row.held_on, "agreed": row.agreed,
        "follow_up_on": row.follow_up_on, "follow_up": follow_up_state(row, today, sampled.get(row.id)),
        "sampled_in": sampled.get(row.id), "schedule_follow_up_sample": row.schedule_follow_up_sample,
        "acknowledged_at": row.acknowledged_at, "links": links.get(row.id, []),
        "actions": sorted(actions.get(row.id, []), key=lambda a: (a["due_on"] or dt.date.max, a["id"])),
        "row_version": row.row_version,
    } for row in rows]


def failed_items_of_agent(database: Database, agent_id: int, limit: int = 50) -> list[dict]:
    """The agent's recent submitted evaluations with their failed items, to link into a session."""
    with database.read() as session:
        user = acting_user(session, database.user_login)
        agent = session.get(Agent, agent_id)
        if agent is None or not can_see_agent(session, user, agent):
            return []
        rows = session.execute(
            select(Evaluation, Call).join(Call, Call.id == Evaluation.call_id)
            .where(Call.agent_id == agent_id, Evaluation.status == EvaluationStatus.SUBMITTED,
                   Evaluation.kind == EvaluationKind.REGULAR)
            .order_by(Evaluation.submitted_at.desc()).limit(limit)).all()
        return [{"evaluation_id": e.id, "call_id": c.id, "external_id": c.external_id, "started_at": c.started_at,
                 "score": None if e.score is None else float(e.score),
                 "failed_items": list((e.breakdown or {}).get("failed_items", []))} for e, c in rows]


def item_pass_rates(source, agent_id: int, item_codes: list[str], *, before: dt.date, window_days: int | None = None,
                    until: dt.date | None = None) -> dict[str, dict[str, Any]]:
    """The agent's pass rate on each item in calls up to the day ``before`` and in calls after it.

    Pass = the item earned full points; N/A and unanswered items are left out; partial counts as not passed.
    ``window_days`` limits both sides to that many days around the date.
    """
    with reading(source) as session:
        query = (select(Evaluation, Call.started_at).join(Call, Call.id == Evaluation.call_id)
                 .where(Call.agent_id == agent_id, Evaluation.status == EvaluationStatus.SUBMITTED,
                        Evaluation.kind == EvaluationKind.REGULAR, Call.started_at.is_not(None)))
        if window_days:
            query = query.where(Call.started_at >= dt.datetime.combine(before - dt.timedelta(days=window_days),
                                                                       dt.time()),
                                Call.started_at < dt.datetime.combine(before + dt.timedelta(days=window_days),
                                                                      dt.time()))
        if until:
            query = query.where(Call.started_at < dt.datetime.combine(until, dt.time()))
        rows = session.execute(query).all()
        definitions = {v.id: FormDefinition.from_dict(v.definition) for v in session.scalars(
            select(FormVersion).where(FormVersion.id.in_({e.form_version_id for e, _ in rows} or {-1})))}
        texts: dict[str, str] = {}
        for definition in definitions.values():
            for code in item_codes:
                item = definition.item(code)
                if item is not None:
                    texts.setdefault(code, pick(item.text, "en"))
        tally = {code: {"before": [0, 0], "after": [0, 0]} for code in item_codes}
        for evaluation, started_at in rows:
            if started_at is None:
                continue  # the query leaves out calls without a start time; this says so to the type checker
            # The session's own day counts as before: an online session follows the very call it coaches.
            side = "after" if started_at.date() > before else "before"
            statuses = item_statuses(definitions[evaluation.form_version_id], evaluation.answers,
                                     evaluation.breakdown)
            for code in item_codes:
                status = statuses.get(code)
                if status in APPLICABLE:
                    tally[code][side][1] += 1
                    tally[code][side][0] += status == "pass"
    result = {}
    for code, sides in tally.items():
        entry: dict[str, Any] = {"item_code": code, "item_text": texts.get(code, code)}
        for side, (passed, total) in sides.items():
            entry[side] = {"passed": passed, "evaluated": total, "rate": round(passed / total, 4) if total else None}
        b, a = entry["before"]["rate"], entry["after"]["rate"]
        entry["change"] = None if a is None or b is None else round(a - b, 4)
        result[code] = entry
    return result


def coaching_effect(database: Database, session_id: int, *, window_days: int | None = 90) -> list[dict]:
    """For each item coached in the session: the agent's pass rate before and after it."""
    with database.read() as session:
        user = acting_user(session, database.user_login)
        row = session.get(CoachingSession, session_id)
        if row is None:
            raise CoachingRefused(f"No coaching session #{session_id}.", session_id=session_id)
        if not can_see_agent(session, user, row.agent):
            require_team_lead_of(session, user, row.agent, "see this agent's coaching")
        codes = sorted({link.item_code for link in row.links if link.item_code})
        rates = item_pass_rates(session, row.agent_id, codes, before=row.held_on, window_days=window_days)
        return [rates[c] for c in codes]


def coachable_agents(database: Database) -> list[dict]:
    """Active agents the acting user may coach or see (a team lead: their teams)."""
    with database.read() as session:
        user = acting_user(session, database.user_login)
        query = (select(Agent).where(Agent.active.is_(True)).options(selectinload(Agent.team))
                 .order_by(Agent.agent_code))
        teams = visible_team_ids(session, user)
        if teams is not None:
            query = query.where(Agent.team_id.in_(teams or [-1]))
        return [{"id": a.id, "agent_code": a.agent_code, "name": a.name, "team": a.team.name if a.team else None}
                for a in session.scalars(query)]
