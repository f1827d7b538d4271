"""The weekly sample (抽检): which calls the evaluators listen to, and who gets which.

How a week is drawn (plan defaults: :mod:`qa_desktop.core.workflow.sampling_plan`):

1. Each active agent gets a category and its quota: ``probation`` while in 试用期, ``bottom``
   when in last week's bottom ranking of their direction (OB/IB), ``top`` (exempt by default)
   when in the top, otherwise ``general``. Follow-ups scheduled from coaching add calls on top.
2. Candidate calls: the agent's calls started in the week, of the plan's call types and
   duration bounds, with a recording, not evaluated yet and not in another sample's queue.
3. If the quotas ask for more than the rate cap (a share of all the week's calls), allotments
   are trimmed from the lowest-priority category first (general, top, bottom, probation,
   follow-up), always from the agent holding most.
4. Within an agent, calls are drawn round-robin across call types; afterwards a call type that
   has candidates but no sampled call swaps in for an over-represented type.
5. The targeted quota: calls the automatic checks found risks in (``Call.risk_count``, kept by
   ``qa-desktop screen``), riskiest first, fill what room the rate cap leaves, up to the plan's
   ``targeted``.

Reproducible: each call's random key is a hash of (seed, call id), independent of the other
calls, so the seed and the stored plan snapshot give the same calls again; a rerun of a stored
sample keeps the calls that were evaluated since. Nobody is skipped silently: agents short of
their quota and calls no evaluator could take are listed with the reason and the amount.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import random
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import Session, selectinload

from qa_desktop.core.db import Database, audit
from qa_desktop.core.db.models import (
    Agent,
    Assignment,
    Call,
    CoachingSession,
    Direction,
    Evaluation,
    EvaluationKind,
    EvaluationStatus,
    Role,
    Sample,
    User,
)
from qa_desktop.core.errors import ValidationError
from qa_desktop.core.progress import ProgressSink, report_step
from qa_desktop.core.progress import report as report_progress
from qa_desktop.core.roster.history import TeamHistory
from qa_desktop.core.workflow.confidence import score_interval
from qa_desktop.core.workflow.permissions import acting_user, require_role
from qa_desktop.core.workflow.sampling_plan import (
    CATEGORIES,
    DEFAULT_PLAN_NAME,
    RATE_CAP_RANGE,
    get_plan,
    normalize_plan,
)

_WEEK_RE = re.compile(r"^(\d{4})-W(\d{1,2})$")
NO_TYPE = "(none)"
MIN_REPRESENTATIVE_RATE = RATE_CAP_RANGE[0]


class PeriodInvalid(ValidationError):
    code = "period_invalid"


class SeedMismatch(ValidationError):
    code = "sample_seed_mismatch"


@dataclass(frozen=True)
class Week:
    label: str
    start: dt.date  # Monday
    end: dt.date    # the next Monday (exclusive)

    @property
    def start_dt(self) -> dt.datetime:
        return dt.datetime.combine(self.start, dt.time())

    @property
    def end_dt(self) -> dt.datetime:
        return dt.datetime.combine(self.end, dt.time())

    def shifted(self, weeks: int) -> Week:
        start = self.start + dt.timedelta(weeks=weeks)
        year, number, _ = start.isocalendar()
        return Week(f"{year}-W{number:02d}", start, start + dt.timedelta(days=7))


def parse_week(text: str) -> Week:
    """An ISO week such as ``2026-W46`` (Monday to Sunday)."""
    match = _WEEK_RE.match(text.strip()) if isinstance(text, str) else None
    if not match:
        raise PeriodInvalid(f"{text!r} is not an ISO week; write it like 2026-W46.", period=text)
    year, number = int(match.group(1)), int(match.group(2))
    try:
        start = dt.date.fromisocalendar(year, number, 1)
    except ValueError:
        raise PeriodInvalid(f"{year} has no week {number}.", period=text) from None
    return Week(f"{year}-W{number:02d}", start, start + dt.timedelta(days=7))


def week_of(day: dt.date) -> Week:
    year, number, _ = day.isocalendar()
    return parse_week(f"{year}-W{number:02d}")


def call_key(seed: int, call_id: int) -> str:
    """The call's place in the random order: depends only on the seed and the call."""
    return hashlib.sha256(f"{seed}:{call_id}".encode()).hexdigest()


@dataclass
class _Candidate:
    id: int
    agent_id: int
    call_type: str
    started_at: dt.datetime | None
    key: str


@dataclass
class _AgentPlan:
    agent: Agent
    category: str
    quota: int
    follow_ups: list[CoachingSession]
    candidates: list[_Candidate]
    rank: int | None = None
    last_week_mean: float | None = None
    alloc_base: int = 0
    alloc_follow_up: int = 0
    capped: int = 0  # calls trimmed by the rate cap
    chosen: list[tuple[_Candidate, str, int | None]] = field(default_factory=list)  # (call, category, session)

    @property
    def follow_up_quota(self) -> int:
        return len(self.follow_ups)


# -- what the week holds ----------------------------------------------------------------------------
def _ranking(session: Session, week: Week, plan: dict, agents: dict[int, Agent]) -> dict[int, tuple[str, int, float]]:
    """Last week's ranking: agent id → ("top"|"bottom"|"", rank in their direction, mean score)."""
    rows = session.execute(
        select(Call.agent_id, Call.direction, Evaluation.score)
        .join(Evaluation, Evaluation.call_id == Call.id)
        .where(Call.started_at >= week.start_dt, Call.started_at < week.end_dt,
               Evaluation.kind == EvaluationKind.REGULAR, Evaluation.status == EvaluationStatus.SUBMITTED,
               Evaluation.score.is_not(None), Call.agent_id.is_not(None))).all()
    scores: dict[int, list[float]] = defaultdict(list)
    directions: dict[int, Counter] = defaultdict(Counter)
    for agent_id, direction, score in rows:
        if agent_id not in agents or score is None:  # (the query leaves out calls without a score)
            continue
        scores[agent_id].append(float(score))
        directions[agent_id][direction.value if direction else plan["unknown_direction"]] += 1
    groups: dict[str, list[tuple[float, str, int]]] = defaultdict(list)
    for agent_id, values in scores.items():
        counts = directions[agent_id]
        # The agent's line is the direction most of their evaluated calls took; a tie goes to the default.
        best = max(counts.values())
        tied = [d for d, c in counts.items() if c == best]
        line = tied[0] if len(tied) == 1 else plan["unknown_direction"]
        groups[line].append((sum(values) / len(values), agents[agent_id].agent_code, agent_id))
    result: dict[int, tuple[str, int, float]] = {}
    for line, members in groups.items():
        limits = plan["ranking"][line]
        ordered = sorted(members, key=lambda m: (-m[0], m[1]))  # best first
        bottom = {m[2] for m in sorted(members, key=lambda m: (m[0], m[1]))[:limits["bottom"]]}
        top = [m[2] for m in ordered if m[2] not in bottom][:limits["top"]]
        for rank, (mean, _code, agent_id) in enumerate(ordered, 1):
            label = "bottom" if agent_id in bottom else "top" if agent_id in top else ""
            result[agent_id] = (label, rank, mean)
    return result


def _follow_ups_taken(session: Session, except_sample_id: int | None) -> set[int]:
    taken: set[int] = set()
    for sample_id, report in session.execute(select(Sample.id, Sample.report)):
        if sample_id != except_sample_id and report:
            taken.update(report.get("follow_up_sessions", []))
    return taken


def _candidates(session: Session, week: Week, plan: dict, seed: int,
                keep: set[int]) -> tuple[int, list[_Candidate], dict]:
    """(all calls of the week, eligible candidates, counts of why the others were left out)."""
    calls = session.execute(
        select(Call.id, Call.agent_id, Call.call_type, Call.started_at, Call.duration_s, Call.recording_missing)
        .where(Call.started_at >= week.start_dt, Call.started_at < week.end_dt)).all()
    # Any evaluation counts, calibration included: the call has been listened to already.
    evaluated = set(session.scalars(
        select(Evaluation.call_id).join(Call, Call.id == Evaluation.call_id)
        .where(Call.started_at >= week.start_dt, Call.started_at < week.end_dt)))
    queued = set(session.scalars(
        select(Assignment.call_id).join(Call, Call.id == Assignment.call_id)
        .where(Call.started_at >= week.start_dt, Call.started_at < week.end_dt)))
    types = set(plan["call_types"]) if plan["call_types"] else None
    dmin, dmax = plan["duration_min_s"], plan["duration_max_s"]
    left_out: Counter = Counter()
    eligible = []
    for call_id, agent_id, call_type, started_at, duration, missing in calls:
        if agent_id is None:
            left_out["no_agent"] += 1
            continue
        reason = None
        if missing:
            reason = "recording_missing"
        elif types is not None and call_type not in types:
            reason = "call_type"
        elif (dmin is not None or dmax is not None) and duration is None:
            reason = "duration_unknown"
        elif dmin is not None and duration < dmin:
            reason = "too_short"
        elif dmax is not None and duration > dmax:
            reason = "too_long"
        elif call_id not in keep and call_id in evaluated:
            reason = "already_evaluated"
        elif call_id not in keep and call_id in queued:
            reason = "already_queued"
        if reason:
            left_out[reason] += 1
            continue
        eligible.append(_Candidate(call_id, agent_id, call_type or NO_TYPE, started_at, call_key(seed, call_id)))
    return len(calls), eligible, dict(left_out)


# -- drawing ------------------------------------------------------------------------------------------
def _trim_to_cap(agent_plans: list[_AgentPlan], cap: int) -> int:
    """Take allotments away, lowest priority first and from whoever holds most, until under the cap."""
    excess = sum(p.alloc_base + p.alloc_follow_up for p in agent_plans) - cap
    trimmed = 0
    for category in reversed(CATEGORIES):
        while excess > 0:
            if category == "follow_up":
                pool = [p for p in agent_plans if p.alloc_follow_up > 0]
                attr = "alloc_follow_up"
            else:
                pool = [p for p in agent_plans if p.category == category and p.alloc_base > 0]
                attr = "alloc_base"
            if not pool:
                break
            victim = max(pool, key=lambda p: (getattr(p, attr), p.agent.agent_code))
            setattr(victim, attr, getattr(victim, attr) - 1)
            victim.capped += 1
            excess -= 1
            trimmed += 1
    return trimmed


def _round_robin_by_type(candidates: list[_Candidate], count: int) -> list[_Candidate]:
    by_type: dict[str, list[_Candidate]] = defaultdict(list)
    for candidate in sorted(candidates, key=lambda c: c.key):
        by_type[candidate.call_type].append(candidate)
    order = sorted(by_type, key=lambda t: by_type[t][0].key)
    picked: list[_Candidate] = []
    depth = 0
    while len(picked) < count and any(len(by_type[t]) > depth for t in order):
        for call_type in order:
            if len(picked) < count and len(by_type[call_type]) > depth:
                picked.append(by_type[call_type][depth])
        depth += 1
    return picked


def _choose(plan_: _AgentPlan) -> None:
    remaining = sorted(plan_.candidates, key=lambda c: c.key)
    sessions = sorted(plan_.follow_ups, key=lambda s: (s.held_on, s.id))
    for number in range(plan_.alloc_follow_up):
        session = sessions[number % len(sessions)]
        # A follow-up should show whether coaching worked: prefer a call made after the session.
        after = [c for c in remaining if c.started_at is not None and c.started_at.date() > session.held_on]
        call = (after or remaining)[0]
        remaining.remove(call)
        plan_.chosen.append((call, "follow_up", session.id))
    for call in _round_robin_by_type(remaining, plan_.alloc_base):
        plan_.chosen.append((call, plan_.category, None))


def _targeted(session: Session, week: Week, plan: dict, agent_plans: list[_AgentPlan],
              cap: int) -> list[tuple[_Candidate, _AgentPlan, int]]:
    """The targeted quota: calls the automatic checks found risks in, not sampled yet, most risks first,
    as many as the plan asks and the rate cap leaves room for."""
    room = min(plan.get("targeted", 0), cap - sum(len(p.chosen) for p in agent_plans))
    if room <= 0:
        return []
    risky = dict(session.execute(select(Call.id, Call.risk_count).where(
        Call.started_at >= week.start_dt, Call.started_at < week.end_dt, Call.risk_count > 0)).all())
    chosen = {c.id for p in agent_plans for c, _, _ in p.chosen}
    options = [(candidate, owner, risky[candidate.id]) for owner in agent_plans for candidate in owner.candidates
               if candidate.id in risky and candidate.id not in chosen]
    options.sort(key=lambda option: (-option[2], option[0].key))
    return options[:room]


def _cover_call_types(agent_plans: list[_AgentPlan]) -> list[str]:
    """Swap in a call of every type that has candidates but none sampled; returns types still missing."""
    chosen_ids = {c.id for p in agent_plans for c, _, _ in p.chosen}
    type_counts = Counter(c.call_type for p in agent_plans for c, _, _ in p.chosen)
    available_types = sorted({c.call_type for p in agent_plans for c in p.candidates})
    missing = []
    for call_type in available_types:
        if type_counts[call_type] > 0:
            continue
        swapped = False
        options = sorted(((c, p) for p in agent_plans for c in p.candidates
                          if c.call_type == call_type and c.id not in chosen_ids), key=lambda cp: cp[0].key)
        for candidate, owner in options:
            replaceable = [(index, c) for index, (c, category, _) in enumerate(owner.chosen)
                           if category != "follow_up" and type_counts[c.call_type] > 1]
            if not replaceable:
                continue
            index, old = max(replaceable, key=lambda ic: (type_counts[ic[1].call_type], ic[1].key))
            owner.chosen[index] = (candidate, owner.chosen[index][1], None)
            type_counts[old.call_type] -= 1
            type_counts[call_type] += 1
            chosen_ids.discard(old.id)
            chosen_ids.add(candidate.id)
            swapped = True
            break
        if not swapped:
            missing.append(call_type)
    return missing


def _confidence_table(session: Session, week: Week, plan: dict, agents: dict[int, Agent],
                      categories: dict[int, str]) -> list[dict]:
    first = week.shifted(-(plan["ci_weeks"] - 1))
    rows = session.execute(
        select(Call.agent_id, Evaluation.score).join(Evaluation, Evaluation.call_id == Call.id)
        .where(Call.started_at >= first.start_dt, Call.started_at < week.end_dt,
               Evaluation.kind == EvaluationKind.REGULAR, Evaluation.status == EvaluationStatus.SUBMITTED,
               Evaluation.score.is_not(None))).all()
    scores: dict[int, list[float]] = defaultdict(list)
    for agent_id, score in rows:
        if agent_id is not None and score is not None:  # a call without an agent belongs to nobody's interval
            scores[agent_id].append(float(score))
    table = []
    for agent in sorted(agents.values(), key=lambda a: a.agent_code):
        interval = score_interval(scores.get(agent.id, []), plan["pass_mark"], plan["confidence"])
        table.append({"agent_id": agent.id, "agent_code": agent.agent_code, "agent_name": agent.name,
                      "team": agent.team.name if agent.team else None, "category": categories.get(agent.id),
                      **interval.to_dict()})
    return table


def draw_sample(session: Session, week: Week, plan: dict, seed: int, *, sample_id: int | None = None,
                keep_call_ids: set[int] | None = None, progress: ProgressSink | None = None) -> dict:
    """Draw the week's sample (nothing is written). ``plan`` is a normalized plan definition."""
    keep = keep_call_ids or set()
    report_step(progress, 0, 4, "sampling.reading")
    agents = {a.id: a for a in session.scalars(
        select(Agent).where(Agent.active.is_(True)).options(selectinload(Agent.team)))}
    period_calls, eligible, left_out = _candidates(session, week, plan, seed, keep)
    ranking = _ranking(session, week.shifted(-1), plan, agents)
    taken = _follow_ups_taken(session, sample_id)
    follow_ups: dict[int, list[CoachingSession]] = defaultdict(list)
    for coaching in session.scalars(
            select(CoachingSession).where(CoachingSession.schedule_follow_up_sample.is_(True),
                                          CoachingSession.follow_up_status != "done")):
        due = coaching.follow_up_on is None or coaching.follow_up_on < week.end
        if coaching.id not in taken and due and coaching.agent_id in agents and coaching.held_on < week.end:
            follow_ups[coaching.agent_id].append(coaching)
    by_agent: dict[int, list[_Candidate]] = defaultdict(list)
    for candidate in eligible:
        if candidate.agent_id in agents:
            by_agent[candidate.agent_id].append(candidate)

    report_step(progress, 1, 4, "sampling.drawing")
    quotas = plan["quotas"]
    agent_plans: list[_AgentPlan] = []
    for agent in sorted(agents.values(), key=lambda a: a.agent_code):
        label, rank, mean = ranking.get(agent.id, ("", None, None))
        if agent.on_probation(week.start):
            category = "probation"
        elif label:
            category = label
        else:
            category = "general"
        sessions = follow_ups.get(agent.id, [])
        agent_plan = _AgentPlan(agent, category, quotas[category], sessions * quotas["follow_up"],
                                by_agent.get(agent.id, []), rank, None if mean is None else round(mean, 2))
        available = len(agent_plan.candidates)
        agent_plan.alloc_follow_up = min(agent_plan.follow_up_quota, available)
        agent_plan.alloc_base = min(agent_plan.quota, available - agent_plan.alloc_follow_up)
        agent_plans.append(agent_plan)

    cap = int(plan["rate_cap"] * period_calls)
    trimmed = _trim_to_cap(agent_plans, cap)
    for agent_plan in agent_plans:
        _choose(agent_plan)
    uncovered = _cover_call_types(agent_plans)
    targeted = _targeted(session, week, plan, agent_plans, cap)

    report_step(progress, 2, 4, "sampling.quotas")
    calls_out: list[dict[str, Any]] = []
    agents_out, shortfalls = [], []
    categories = {}
    for p in agent_plans:
        categories[p.agent.id] = p.category
        wanted = p.quota + p.follow_up_quota
        got = len(p.chosen)
        short_by_calls = max(0, min(wanted, wanted - len(p.candidates)))
        row = {"agent_id": p.agent.id, "agent_code": p.agent.agent_code, "agent_name": p.agent.name,
               "team": p.agent.team.name if p.agent.team else None, "category": p.category,
               "last_week_rank": p.rank, "last_week_mean": p.last_week_mean,
               "quota": p.quota, "follow_ups": p.follow_up_quota, "available": len(p.candidates),
               "selected": got, "short": wanted - got}
        agents_out.append(row)
        if got < wanted:
            reasons = []
            if short_by_calls:
                reasons.append({"reason": "too_few_calls", "short": short_by_calls})
            if p.capped:
                reasons.append({"reason": "rate_cap", "short": p.capped})
            shortfalls.append({**{k: row[k] for k in ("agent_id", "agent_code", "agent_name", "team", "category",
                                                      "quota", "follow_ups", "available", "selected")},
                               "wanted": wanted, "short": wanted - got, "reasons": reasons})
        for call, category, session_id in sorted(p.chosen, key=lambda x: x[0].key):
            calls_out.append({"call_id": call.id, "agent_id": p.agent.id, "agent_code": p.agent.agent_code,
                              "team": row["team"], "category": category, "call_type": call.call_type,
                              "started_at": call.started_at, "coaching_session_id": session_id, "key": call.key})
    for call, owner, risks in targeted:
        calls_out.append({"call_id": call.id, "agent_id": owner.agent.id, "agent_code": owner.agent.agent_code,
                          "team": owner.agent.team.name if owner.agent.team else None, "category": "targeted",
                          "call_type": call.call_type, "started_at": call.started_at, "coaching_session_id": None,
                          "key": call.key, "risks": risks})
    _add_call_details(session, calls_out)

    report_step(progress, 3, 4, "sampling.intervals")
    selected_types = Counter(c["call_type"] for c in calls_out)
    eligible_types = Counter(c.call_type for c in eligible)
    week_types: Counter = Counter()
    for call_type, count in session.execute(
            select(Call.call_type, func.count()).where(Call.started_at >= week.start_dt, Call.started_at < week.end_dt)
            .group_by(Call.call_type)):
        week_types[call_type or NO_TYPE] += count
    warnings = []
    if period_calls and len(calls_out) < MIN_REPRESENTATIVE_RATE * period_calls:
        warnings.append({"code": "below_representative_rate", "rate": round(len(calls_out) / period_calls, 4),
                         "minimum": MIN_REPRESENTATIVE_RATE})
    if uncovered:
        warnings.append({"code": "call_types_uncovered", "call_types": uncovered})
    if trimmed:
        warnings.append({"code": "rate_cap_trimmed", "calls": trimmed, "cap": cap})
    result = {
        "period": week.label, "start": week.start, "end": week.end - dt.timedelta(days=1), "seed": seed,
        "plan": plan, "period_calls": period_calls, "eligible_calls": len(eligible), "left_out": left_out,
        "rate_cap": plan["rate_cap"], "cap_calls": cap, "selected": len(calls_out),
        "rate": round(len(calls_out) / period_calls, 4) if period_calls else 0.0,
        "calls": calls_out, "agents": agents_out, "shortfalls": shortfalls,
        "call_types": [{"call_type": t, "period_calls": week_types[t], "eligible": eligible_types[t],
                        "selected": selected_types[t]} for t in sorted(week_types)],
        "follow_up_sessions": sorted({c["coaching_session_id"] for c in calls_out if c["coaching_session_id"]}),
        "warnings": warnings,
        "confidence": _confidence_table(session, week, plan, agents, categories),
    }
    report_progress(progress, 4, 4, "")
    return result


def _add_call_details(session: Session, calls_out: list[dict]) -> None:
    ids = [c["call_id"] for c in calls_out]
    details = {}
    for chunk in range(0, len(ids), 500):
        for row in session.execute(select(Call.id, Call.external_id, Call.direction, Call.duration_s)
                                   .where(Call.id.in_(ids[chunk:chunk + 500]))):
            details[row[0]] = row
    for call in calls_out:
        _, external_id, direction, duration = details[call["call_id"]]
        call.update(external_id=external_id, direction=direction.value if isinstance(direction, Direction) else None,
                    duration_s=duration)


# -- assignment ---------------------------------------------------------------------------------------
def unstarted_counts(session: Session) -> dict[int, int]:
    """Calls each evaluator holds but has not started (no evaluation of theirs on the call yet)."""
    started = exists().where(and_(Evaluation.call_id == Assignment.call_id,
                                  Evaluation.evaluator_id == Assignment.evaluator_id))
    return dict(session.execute(select(Assignment.evaluator_id, func.count())
                                .where(~started).group_by(Assignment.evaluator_id)).all())


def assign_calls(session: Session, plan: dict, calls: list[dict], sample_id: int | None, user_login: str,
                 *, write: bool = True) -> dict:
    """Give each sampled call to the least-loaded allowed evaluator; report what could not be placed."""
    if plan["evaluators"]:
        evaluators = list(session.scalars(select(User).where(User.login.in_(plan["evaluators"]),
                                                             User.active.is_(True))))
        unknown = sorted(set(plan["evaluators"]) - {e.login for e in evaluators})
    else:
        evaluators = list(session.scalars(select(User).where(User.role == Role.EVALUATOR, User.active.is_(True))))
        unknown = []
    evaluators.sort(key=lambda e: e.login)
    held = unstarted_counts(session)
    load = {e.id: held.get(e.id, 0) for e in evaluators}
    given: Counter[int] = Counter()  # evaluator id -> calls handed out now
    limit = plan["max_unstarted"]
    existing = dict(session.execute(select(Assignment.call_id, Assignment.evaluator_id)
                                    .where(Assignment.call_id.in_([c["call_id"] for c in calls] or [-1]))).all())
    logins = {u.id: u.login for u in session.scalars(select(User))}
    agent_teams = TeamHistory(session, {c["agent_id"] for c in calls if c.get("agent_id") is not None})
    priority = {name: n for n, name in enumerate(CATEGORIES)}
    unassigned = []
    blocked_by_limit: Counter = Counter()
    for call in sorted(calls, key=lambda c: (priority.get(c["category"], 99), c["key"])):
        if call["call_id"] in existing:
            call["evaluator"] = logins.get(existing[call["call_id"]])
            continue
        team_id = agent_teams.team_on(call["agent_id"], call.get("started_at"))  # the team on the call's day
        allowed = [e for e in evaluators
                   if not (plan["exclude_own_team"] and team_id is not None and e.team_id == team_id)]
        free = [e for e in allowed if load[e.id] < limit]
        if not free:
            reason = "no_evaluator_outside_team" if not allowed else "evaluators_at_limit"
            if allowed:
                blocked_by_limit.update(e.id for e in allowed)
            unassigned.append({"call_id": call["call_id"], "agent_code": call["agent_code"], "team": call["team"],
                               "category": call["category"], "reason": reason})
            call["evaluator"] = None
            continue
        chosen = min(free, key=lambda e: (load[e.id], given[e.id], e.login))
        load[chosen.id] += 1
        given[chosen.id] += 1
        call["evaluator"] = chosen.login
        if write:
            session.add(Assignment(call_id=call["call_id"], evaluator_id=chosen.id, sample_id=sample_id,
                                   category=call["category"]))
    rows = []
    for e in evaluators:
        rows.append({"login": e.login, "name": e.display_name, "team_id": e.team_id, "held_before": held.get(e.id, 0),
                     "assigned": given[e.id], "held_after": load[e.id], "limit": limit,
                     "free": max(0, limit - load[e.id]),
                     "short_by": blocked_by_limit[e.id]})  # calls left over that this evaluator could have taken
    if write and given:
        audit.record(session, user_login, "assign", "sample", sample_id, calls=sum(given.values()),
                     per_evaluator={logins[k]: v for k, v in given.items()}, unassigned=len(unassigned))
    return {"evaluators": rows, "unassigned": unassigned, "unknown_evaluators": unknown,
            "assigned": sum(given.values()),
            "capacity_missing": sum(1 for u in unassigned if u["reason"] == "evaluators_at_limit"),
            "team_conflicts": sum(1 for u in unassigned if u["reason"] == "no_evaluator_outside_team")}


# -- the stored sample --------------------------------------------------------------------------------
def run_sample(database: Database, week: str, plan_name: str = DEFAULT_PLAN_NAME, *, seed: int | None = None,
               assign: bool = False, progress: ProgressSink | None = None) -> dict:
    """Draw (or redraw) and store the week's sample for a plan; optionally assign it.

    A week already sampled with this plan is redrawn from its stored seed and plan snapshot,
    so it gives the same calls; a different ``seed`` for it is refused.
    """
    period = parse_week(week)
    fresh_seed = random.SystemRandom().randrange(1, 2 ** 31 - 1)

    def work(session: Session) -> dict:
        user = acting_user(session, database.user_login)
        require_role(user, (Role.QA_LEAD,), "run a sampling plan")
        plan_row = get_plan(session, plan_name, user_login=database.user_login)
        stored = session.scalar(select(Sample).where(Sample.plan_id == plan_row.id, Sample.period == period.label))
        if stored is not None:
            if seed is not None and seed != stored.seed:
                raise SeedMismatch(
                    f"{period.label} was already sampled with plan {plan_name!r} using seed {stored.seed}; "
                    f"it is redrawn with that seed, not {seed}.", period=period.label, seed=stored.seed)
            use_seed, snapshot = stored.seed, normalize_plan(stored.plan_snapshot)
            keep = set((stored.report or {}).get("call_ids", []))
        else:
            use_seed = seed if seed is not None else fresh_seed
            snapshot = normalize_plan(plan_row.definition)
            keep = set()
        result = draw_sample(session, period, snapshot, use_seed, sample_id=stored.id if stored else None,
                             keep_call_ids=keep, progress=progress)
        call_ids = sorted(c["call_id"] for c in result["calls"])
        if stored is None:
            stored = Sample(plan_id=plan_row.id, period=period.label, seed=use_seed, plan_snapshot=snapshot,
                            created_by_id=user.id)
            session.add(stored)
            session.flush()
            result["rerun"] = False
        else:
            result["rerun"] = True
            result["same_calls_as_stored"] = call_ids == sorted(keep)
        stored.report = {"call_ids": call_ids, "follow_up_sessions": result["follow_up_sessions"],
                         "selected": result["selected"], "period_calls": result["period_calls"],
                         "shortfalls": len(result["shortfalls"])}
        result.update(sample_id=stored.id, plan_name=plan_row.name)
        audit.record(session, database.user_login, "rerun" if result["rerun"] else "draw", "sample", stored.id,
                     period=period.label, plan=plan_row.name, seed=use_seed, calls=len(call_ids))
        if assign:
            result["assignment"] = assign_calls(session, snapshot, result["calls"], stored.id, database.user_login)
        else:
            result["assignment"] = assign_calls(session, snapshot, result["calls"], stored.id,
                                                database.user_login, write=False)
            result["assignment"]["preview"] = True
        return result

    return database.write(work)


def stored_samples(database: Database) -> list[dict]:
    with database.read() as session:
        return [{"id": s.id, "period": s.period, "plan_id": s.plan_id, "seed": s.seed,
                 "selected": (s.report or {}).get("selected"), "created_at": s.created_at}
                for s in session.scalars(select(Sample).order_by(Sample.period.desc(), Sample.id))]
