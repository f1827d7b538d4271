"""The Coaching sheet's figures: each session held in the period with its links, action items, and the
agent's results in the 30 days before and after it — in a few set-based reads for the whole period.

Per session this once took two pass-rate queries, a links and an actions query and a read of every
evaluation of the agent around it (answers and breakdown decoded again for each session): on a
500-agent month, thousands of statements and a quarter of a million JSON decodes. Now the windows
are read once for all sessions and tallied per agent and day (memory: agents × days × coached items,
never the evaluations themselves), and each session sums its own days.

The figures are the same as before: pass rate = share of counted evaluations not graded 不合格 in
[held − 30, held) and [held + 1, held + 31) (local days of submission); coached items = the workflow's
``item_pass_rates`` rule (calls up to the day of the session are "before", later ones "after", within
30 days by the call's start; pass = full points, N/A and unanswered left out), pooled over the items.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from qa_desktop.core.db.models import (
    ActionItem,
    ActionStatus,
    Call,
    CoachingLink,
    CoachingSession,
    Evaluation,
    EvaluationKind,
    EvaluationStatus,
)
from qa_desktop.core.reports.dataset import CHUNK, Lookups, counted
from qa_desktop.core.reports.figures import COACHING_WINDOW_DAYS, in_scope_agents
from qa_desktop.core.reports.period import ReportPeriod
from qa_desktop.core.scoring.item_status import APPLICABLE

_WINDOW = dt.timedelta(days=COACHING_WINDOW_DAYS)
_DAY = dt.timedelta(days=1)


def coaching_sessions(session: Session, period: ReportPeriod, lookups: Lookups, today: dt.date,
                      page: int = CHUNK) -> list[dict]:
    """Sessions held in the period, with action items, follow-up and pass rates around them; the
    evaluations around them are read ``page`` rows at a time."""
    first, last = period.first_day, period.last_day
    in_scope = in_scope_agents(lookups)
    held_in_period = (CoachingSession.held_on >= first, CoachingSession.held_on <= last)
    sessions = [c for c in session.scalars(select(CoachingSession).where(*held_in_period)
                                           .order_by(CoachingSession.held_on, CoachingSession.id))
                if c.agent_id in in_scope]
    if not sessions:
        return []
    wanted = {c.id for c in sessions}
    links: dict[int, list[tuple[int | None, str | None]]] = defaultdict(list)
    for session_id, evaluation_id, code in session.execute(
            select(CoachingLink.session_id, CoachingLink.evaluation_id, CoachingLink.item_code)
            .join(CoachingSession, CoachingSession.id == CoachingLink.session_id).where(*held_in_period)
            .order_by(CoachingLink.id)):
        if session_id in wanted:
            links[session_id].append((evaluation_id, code))
    actions: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for session_id, description, status in session.execute(
            select(ActionItem.session_id, ActionItem.description, ActionItem.status)
            .join(CoachingSession, CoachingSession.id == ActionItem.session_id).where(*held_in_period)
            .order_by(ActionItem.id)):
        if session_id in wanted:
            actions[session_id].append((description, status))

    agents = {c.agent_id for c in sessions}
    graded = _graded_by_day(session, period, lookups, agents, min(c.held_on for c in sessions) - _WINDOW,
                            max(c.held_on for c in sessions) + _WINDOW + _DAY, page)
    codes_of: dict[int, set[str]] = defaultdict(set)
    for c in sessions:
        codes_of[c.agent_id].update(code for _e, code in links[c.id] if code)
    items = _item_results_by_day(session, lookups, codes_of, min(c.held_on for c in sessions) - _WINDOW,
                                 max(c.held_on for c in sessions) + _WINDOW, page)

    rows = []
    for coaching in sessions:
        held, agent_id = coaching.held_on, coaching.agent_id
        session_links = links[coaching.id]
        codes = sorted({code for _e, code in session_links if code})
        status = coaching.follow_up_status
        if status == "pending" and coaching.follow_up_on is not None and coaching.follow_up_on < today:
            status = "overdue"
        session_actions = actions[coaching.id]
        rows.append({
            "id": coaching.id, "held_on": held, "agent_id": agent_id,
            "coach": lookups.users.get(coaching.coach_id, ""), "kind": coaching.kind.value,
            "n_evaluations": len({e for e, _ in session_links if e is not None}),
            "items": codes,
            "agreed": coaching.agreed, "follow_up_on": coaching.follow_up_on, "follow_up_status": status,
            "acknowledged": coaching.acknowledged_at is not None,
            "actions": [(description, action_status.value) for description, action_status in session_actions],
            "actions_open": sum(action_status == ActionStatus.OPEN for _d, action_status in session_actions),
            "before": _pass_rate(graded.get(agent_id, {}), held - _WINDOW, held),
            "after": _pass_rate(graded.get(agent_id, {}), held + _DAY, held + _WINDOW + _DAY),
            "items_before": _item_rate(items.get(agent_id, {}), codes, held - _WINDOW, held + _DAY),
            "items_after": _item_rate(items.get(agent_id, {}), codes, held + _DAY, held + _WINDOW),
        })
    return rows


def _days(first: dt.date, end: dt.date):
    day = first
    while day < end:
        yield day
        day += _DAY


def _graded_by_day(session: Session, period: ReportPeriod, lookups: Lookups, agents: set[int], first: dt.date,
                   end: dt.date, page: int) -> dict[int, dict[dt.date, list[int]]]:
    """Per agent and local day of submission in [first, end): [counted evaluations, not graded fail]."""
    window = ReportPeriod("window", "", first, end - _DAY, period.tz)
    tally: dict[int, dict[dt.date, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    last: tuple[dt.datetime, int] | None = None
    while True:
        # keyset pages on (submitted_at, id) walk the submitted_at index once; id-ordered pages scanned the
        # whole table, reading past every evaluation's breakdown to reach its submitted_at
        query = counted(select(Evaluation.id, Evaluation.submitted_at, Call.agent_id, Evaluation.score,
                               Evaluation.grade, Evaluation.fatal_failed, Evaluation.form_version_id)
                        .join(Call, Call.id == Evaluation.call_id), window, None)
        if last is not None:
            query = query.where(Evaluation.submitted_at >= last[0],
                                tuple_(Evaluation.submitted_at, Evaluation.id) > tuple_(*last))
        rows = session.execute(query.order_by(Evaluation.submitted_at, Evaluation.id).limit(page)).all()
        for _id, submitted, agent_id, score, grade, fatal, form_version_id in rows:
            if agent_id not in agents:
                continue
            form = lookups.forms.get(form_version_id)
            slot = tally[agent_id][period.to_local(submitted).date()]
            slot[0] += 1
            slot[1] += (form.grade_code(grade, score, fatal) if form else "fail") != "fail"
        if len(rows) < page:
            return tally
        last = (rows[-1][1], rows[-1][0])


def _item_results_by_day(session: Session, lookups: Lookups, codes_of: dict[int, set[str]], first: dt.date,
                         end: dt.date, page: int) -> dict[int, dict[dt.date, dict[str, list[int]]]]:
    """Per agent and day of the call in [first, end): per coached item, [passed, evaluated].

    Each evaluation's answers are read once (not the large breakdown), and only for coached agents."""
    coached = {agent_id for agent_id, codes in codes_of.items() if codes}
    tally: dict[int, dict[dt.date, dict[str, list[int]]]] = defaultdict(dict)
    if not coached:
        return tally
    # One streamed read, in no particular order (the tallies do not need one): id-ordered pages re-ran the
    # join over every coached agent's calls and sorted what was left, once per page.
    query = (select(Call.agent_id, Call.started_at, Evaluation.form_version_id, Evaluation.answers)
             .join(Call, Call.id == Evaluation.call_id)
             .where(Evaluation.status == EvaluationStatus.SUBMITTED, Evaluation.kind == EvaluationKind.REGULAR,
                    Call.started_at >= dt.datetime.combine(first, dt.time()),
                    Call.started_at < dt.datetime.combine(end, dt.time()),
                    Call.agent_id.in_(sorted(coached)))
             .execution_options(yield_per=page))
    for agent_id, started_at, form_version_id, answers in session.execute(query):
        form = lookups.forms.get(form_version_id)
        if form is None:
            continue
        answers = answers or {}
        day = tally[agent_id].setdefault(started_at.date(), {})
        for code in codes_of[agent_id]:
            item = form.by_code.get(code)
            status = form.status(item, answers.get(code)) if item is not None else None
            if status in APPLICABLE:
                slot = day.setdefault(code, [0, 0])
                slot[0] += status == "pass"
                slot[1] += 1
    return tally


def _pass_rate(by_day: dict[dt.date, list[int]], first: dt.date, end: dt.date) -> tuple[int, float | None]:
    n = passed = 0
    for day in _days(first, end):
        slot = by_day.get(day)
        if slot:
            n += slot[0]
            passed += slot[1]
    return n, (passed / n if n else None)


def _item_rate(by_day: dict[dt.date, dict[str, list[int]]], codes: list[str], first: dt.date,
               end: dt.date) -> float | None:
    if not codes:
        return None
    passed = evaluated = 0
    for day in _days(first, end):
        slots = by_day.get(day)
        if not slots:
            continue
        for code in codes:
            slot = slots.get(code)
            if slot:
                passed += slot[0]
                evaluated += slot[1]
    return passed / evaluated if evaluated else None
