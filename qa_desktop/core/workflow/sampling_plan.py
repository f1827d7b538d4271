"""The sampling plan (抽检方案): what a week's sample must contain, as editable JSON.

Defaults follow seed 003 ("日常监控"): an agent in probation 5 calls a week, a general agent 2,
the bottom 5 of last week's ranking 3, last week's top performers (OB top 5, IB top 1) exempt.
The overall sample is capped at a share of the period's calls (2%–5% is representative,
domain brief "Sampling"). Every value can be changed in the stored plan.
"""
from __future__ import annotations

import copy
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from qa_desktop.core.db import Database, audit
from qa_desktop.core.db.models import Role, SamplingPlan
from qa_desktop.core.errors import QADesktopError, ValidationError
from qa_desktop.core.workflow.permissions import acting_user, require_role

DEFAULT_PLAN_NAME = "default"
CATEGORIES = ("follow_up", "probation", "bottom", "general", "top")  # highest priority first
RATE_CAP_RANGE = (0.02, 0.05)

DEFAULT_PLAN: dict[str, Any] = {
    "quotas": {"probation": 5, "general": 2, "bottom": 3, "top": 0, "follow_up": 1},
    # Last week's ranking, per call direction of the agent (seed 003: OB top 5 / IB top 1 exempt,
    # OB and IB bottom 5 corrected with 3 calls a week).
    "ranking": {"outbound": {"top": 5, "bottom": 5}, "inbound": {"top": 1, "bottom": 5}},
    "unknown_direction": "inbound",
    "rate_cap": 0.05,
    # Calls the automatic checks found risks in (a prohibited word, no 工号 in the greeting, a long
    # hold without the hold phrase; see ``qa-desktop screen``), added on top of the quotas while
    # the rate cap leaves room: the riskiest first.
    "targeted": 10,
    "duration_min_s": None,
    "duration_max_s": None,
    "call_types": None,            # None = every call type; else the list to sample from
    "evaluators": None,            # None = every active evaluator; else their logins
    "exclude_own_team": True,      # never give an evaluator calls of their own team
    "max_unstarted": 60,           # calls one evaluator may hold not yet started
    "pass_mark": 60,
    "confidence": 0.95,
    "ci_weeks": 4,                 # the period score: this many weeks up to the sampled one
}


class SamplingPlanInvalid(ValidationError):
    code = "sampling_plan_invalid"

    def __init__(self, field: str, reason: str):
        super().__init__(f"Sampling plan rejected at {field}: {reason}", field=field, reason=reason)


class SamplingPlanNotFound(QADesktopError):
    code = "sampling_plan_not_found"


def _number(value: Any, field: str, *, low: float | None = None, high: float | None = None,
            integer: bool = False, optional: bool = False):
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or (integer and not isinstance(value, int)):
        raise SamplingPlanInvalid(field, f"expected {'a whole number' if integer else 'a number'}, got {value!r}")
    if low is not None and value < low:
        raise SamplingPlanInvalid(field, f"must be at least {low}, got {value}")
    if high is not None and value > high:
        raise SamplingPlanInvalid(field, f"must be at most {high}, got {value}")
    return value


def normalize_plan(data: Any) -> dict[str, Any]:
    """The plan with defaults filled in; a value that cannot work is refused with where and why."""
    if not isinstance(data, dict):
        raise SamplingPlanInvalid("the plan", "a sampling plan must be a JSON object")
    unknown = sorted(set(data) - set(DEFAULT_PLAN))
    if unknown:
        raise SamplingPlanInvalid("the plan", f"unknown field(s) {', '.join(unknown)}")
    plan = copy.deepcopy(DEFAULT_PLAN)
    for key, value in data.items():
        if key in ("quotas", "ranking") and isinstance(value, dict):
            plan[key].update(copy.deepcopy(value))
        else:
            plan[key] = copy.deepcopy(value)
    quotas = plan["quotas"]
    if not isinstance(quotas, dict) or set(quotas) - set(CATEGORIES):
        raise SamplingPlanInvalid("quotas", f"categories are {', '.join(CATEGORIES)}")
    for name in CATEGORIES:
        quotas[name] = _number(quotas.get(name, 0), f"quotas.{name}", low=0, high=500, integer=True)
    ranking = plan["ranking"]
    if not isinstance(ranking, dict) or set(ranking) - {"inbound", "outbound"}:
        raise SamplingPlanInvalid("ranking", "expected inbound and outbound")
    for direction in ("inbound", "outbound"):
        entry = ranking.setdefault(direction, {"top": 0, "bottom": 0})
        if not isinstance(entry, dict) or set(entry) - {"top", "bottom"}:
            raise SamplingPlanInvalid(f"ranking.{direction}", "expected {\"top\": N, \"bottom\": N}")
        for end in ("top", "bottom"):
            entry[end] = _number(entry.get(end, 0), f"ranking.{direction}.{end}", low=0, integer=True)
    if plan["unknown_direction"] not in ("inbound", "outbound"):
        raise SamplingPlanInvalid("unknown_direction", "must be inbound or outbound")
    low, high = RATE_CAP_RANGE
    plan["rate_cap"] = _number(plan["rate_cap"], "rate_cap", low=low, high=high)
    dmin = _number(plan["duration_min_s"], "duration_min_s", low=0, optional=True)
    dmax = _number(plan["duration_max_s"], "duration_max_s", low=0, optional=True)
    if dmin is not None and dmax is not None and dmin > dmax:
        raise SamplingPlanInvalid("duration_max_s", f"the longest duration {dmax}s is below the shortest {dmin}s")
    for key in ("call_types", "evaluators"):
        value = plan[key]
        if value is not None and (not isinstance(value, list) or not all(isinstance(v, str) for v in value)):
            raise SamplingPlanInvalid(key, "expected null or a list of texts")
        if value == []:
            raise SamplingPlanInvalid(key, "an empty list would select nothing; use null for all")
    if not isinstance(plan["exclude_own_team"], bool):
        raise SamplingPlanInvalid("exclude_own_team", "expected true or false")
    plan["max_unstarted"] = _number(plan["max_unstarted"], "max_unstarted", low=1, integer=True)
    plan["targeted"] = _number(plan["targeted"], "targeted", low=0, high=10000, integer=True)
    plan["pass_mark"] = _number(plan["pass_mark"], "pass_mark", low=0, high=100)
    plan["confidence"] = _number(plan["confidence"], "confidence", low=0.5, high=0.999)
    plan["ci_weeks"] = _number(plan["ci_weeks"], "ci_weeks", low=1, high=52, integer=True)
    return plan


def get_plan(session: Session, name: str = DEFAULT_PLAN_NAME, *, user_login: str | None = None) -> SamplingPlan:
    """The stored plan called ``name``; the default plan is created from the seed defaults on first use."""
    plan = session.scalar(select(SamplingPlan).where(SamplingPlan.name == name))
    if plan is None:
        if name != DEFAULT_PLAN_NAME:
            known = ", ".join(session.scalars(select(SamplingPlan.name).order_by(SamplingPlan.name))) or "none"
            raise SamplingPlanNotFound(f"No sampling plan named {name!r} (plans: {known}).", name=name)
        plan = SamplingPlan(name=name, definition=copy.deepcopy(DEFAULT_PLAN))
        session.add(plan)
        session.flush()
        if user_login:
            audit.record(session, user_login, "create", "sampling_plan", plan.id, name=name, defaults=True)
    return plan


def list_plans(database: Database) -> list[dict]:
    with database.read() as session:
        return [{"id": p.id, "name": p.name, "definition": normalize_plan(p.definition)}
                for p in session.scalars(select(SamplingPlan).order_by(SamplingPlan.name))]


def load_plan(database: Database, name: str = DEFAULT_PLAN_NAME) -> dict:
    """The plan's normalized definition (creating the default plan if needed)."""
    return database.write(lambda s: normalize_plan(get_plan(s, name, user_login=database.user_login).definition))


def save_plan(database: Database, name: str, definition: dict) -> dict:
    """Store (create or replace) a plan after checking it; audited with the old and new values."""
    plan_data = normalize_plan(definition)

    def work(session: Session) -> dict:
        user = acting_user(session, database.user_login)
        require_role(user, (Role.QA_LEAD,), "change a sampling plan")
        plan = session.scalar(select(SamplingPlan).where(SamplingPlan.name == name))
        before = plan.definition if plan else None
        if plan is None:
            plan = SamplingPlan(name=name, definition=plan_data)
            session.add(plan)
        else:
            plan.definition = plan_data
        session.flush()
        audit.record(session, database.user_login, "save", "sampling_plan", plan.id, name=name,
                     before=before, after=plan_data)
        return plan_data

    return database.write(work)
