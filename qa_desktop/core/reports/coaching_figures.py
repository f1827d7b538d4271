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
from dataclasses import dataclass

from sqlalchemy import and_, not_, or_, select, tuple_
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
from qa_desktop.core.reports.dataset import CHUNK, EvalRecord, Lookups, counted, in_period
from qa_desktop.core.reports.figures import COACHING_WINDOW_DAYS, in_scope_agents
from qa_desktop.core.reports.period import ReportPeriod
from qa_desktop.core.scoring.item_status import APPLICABLE

_WINDOW = dt.timedelta(days=COACHING_WINDOW_DAYS)
_DAY = dt.timedelta(days=1)


def coaching_sessions(session: Session, period: ReportPeriod, lookups: Lookups, today: dt.date,
                      page: int = CHUNK) -> list[dict]:
    """Sessions held in the period, with action items, follow-up and pass rates around them; the
    evaluations around them are read ``page`` rows at a time."""
    return CoachingWindows(session, period, lookups).rows(session, today, page)


@dataclass(frozen=True)
class HeldSession:
    """A coaching session held in the period, as plain values: the export's stream ends its read transaction
    between pages, which expires entities."""
    id: int
    held_on: dt.date
    agent_id: int
    coach_id: int | None
    kind: str
    agreed: str
    follow_up_on: dt.date | None
    follow_up_status: str
    acknowledged: bool


class CoachingWindows:
    """The period's coaching sessions and the evaluations in the 30 days around them.

    The monthly workbook streams the month's evaluations once for every sheet: it hands them to
    :meth:`add` (their answers already decoded), and :meth:`rows` then reads only the evaluations of
    the windows that stream did not carry (those submitted outside the month or the scope)."""

    def __init__(self, session: Session, period: ReportPeriod, lookups: Lookups):
        self.period, self.lookups = period, lookups
        first, last = period.first_day, period.last_day
        in_scope = in_scope_agents(lookups)
        held_in_period = (CoachingSession.held_on >= first, CoachingSession.held_on <= last)
        self.sessions = [
            HeldSession(c.id, c.held_on, c.agent_id, c.coach_id, c.kind.value, c.agreed, c.follow_up_on,
                        c.follow_up_status, c.acknowledged_at is not None)
            for c in session.scalars(select(CoachingSession).where(*held_in_period)
                                     .order_by(CoachingSession.held_on, CoachingSession.id))
            if c.agent_id in in_scope]
        wanted = {c.id for c in self.sessions}
        self.links: dict[int, list[tuple[int | None, str | None]]] = defaultdict(list)
        self.actions: dict[int, list[tuple[str, ActionStatus]]] = defaultdict(list)
        self.streamed: tuple[ReportPeriod, int | None] | None = None
        self.graded: dict[int, dict[dt.date, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
        self.items: dict[int, dict[dt.date, dict[str, list[int]]]] = defaultdict(dict)
        if not self.sessions:
            return
        for session_id, evaluation_id, code in session.execute(
                select(CoachingLink.session_id, CoachingLink.evaluation_id, CoachingLink.item_code)
                .join(CoachingSession, CoachingSession.id == CoachingLink.session_id).where(*held_in_period)
                .order_by(CoachingLink.id)):
            if session_id in wanted:
                self.links[session_id].append((evaluation_id, code))
        for session_id, description, status in session.execute(
                select(ActionItem.session_id, ActionItem.description, ActionItem.status)
                .join(CoachingSession, CoachingSession.id == ActionItem.session_id).where(*held_in_period)
                .order_by(ActionItem.id)):
            if session_id in wanted:
                self.actions[session_id].append((description, status))
        self.agents = {c.agent_id for c in self.sessions}
        self.codes_of: dict[int, set[str]] = defaultdict(set)
        for c in self.sessions:
            self.codes_of[c.agent_id].update(code for _e, code in self.links[c.id] if code)
        self.coached = {agent_id for agent_id, codes in self.codes_of.items() if codes}
        earliest, latest = min(c.held_on for c in self.sessions), max(c.held_on for c in self.sessions)
        self.graded_days = (earliest - _WINDOW, latest + _WINDOW + _DAY)  # local days of submission
        self.item_days = (earliest - _WINDOW, latest + _WINDOW)            # days of the call, as stored

    def add(self, records: list[EvalRecord], period: ReportPeriod, team_id: int | None) -> None:
        """The counted evaluations of ``period`` and scope, as the export streams them (every one, once)."""
        self.streamed = (period, team_id)
        if not self.sessions:
            return
        lookups = self.lookups
        first, end = self.graded_days
        item_first, item_end = self.item_days
        for r in records:
            agent_id = r.agent_id
            if agent_id not in self.agents:
                continue
            if r.submitted_at is not None and first <= r.submitted_at.date() < end:
                slot = self.graded[agent_id][r.submitted_at.date()]
                slot[0] += 1
                slot[1] += r.grade_code != "fail"
            started = r.call_started_utc
            if agent_id in self.coached and started is not None and item_first <= started.date() < item_end:
                form = lookups.forms.get(r.form_version_id)
                if form is not None:
                    self._tally_items(form, agent_id, started, r.answers)

    def _tally_items(self, form, agent_id: int, started: dt.datetime, answers: dict) -> None:
        day = self.items[agent_id].setdefault(started.date(), {})
        for code in self.codes_of[agent_id]:
            item = form.by_code.get(code)
            status = form.status(item, answers.get(code)) if item is not None else None
            if status in APPLICABLE:
                slot = day.setdefault(code, [0, 0])
                slot[0] += status == "pass"
                slot[1] += 1

    def _not_streamed(self) -> list:
        """Conditions leaving out the evaluations :meth:`add` was given (none if it was given none)."""
        if self.streamed is None:
            return []
        period, team_id = self.streamed
        return [or_(Evaluation.submitted_at.is_(None), not_(and_(*in_period(period, team_id))))]

    def rows(self, session: Session, today: dt.date, page: int = CHUNK) -> list[dict]:
        if not self.sessions:
            return []
        _graded_by_day(session, self, page)
        _item_results_by_day(session, self, page)
        rows = []
        for coaching in self.sessions:
            held, agent_id = coaching.held_on, coaching.agent_id
            session_links = self.links[coaching.id]
            codes = sorted({code for _e, code in session_links if code})
            status = coaching.follow_up_status
            if status == "pending" and coaching.follow_up_on is not None and coaching.follow_up_on < today:
                status = "overdue"
            session_actions = self.actions[coaching.id]
            graded, items = self.graded.get(agent_id, {}), self.items.get(agent_id, {})
            rows.append({
                "id": coaching.id, "held_on": held, "agent_id": agent_id,
                "coach": self.lookups.user_name(coaching.coach_id),
                "kind": coaching.kind,
                "n_evaluations": len({e for e, _ in session_links if e is not None}),
                "items": codes,
                "agreed": coaching.agreed, "follow_up_on": coaching.follow_up_on, "follow_up_status": status,
                "acknowledged": coaching.acknowledged,
                "actions": [(description, action_status.value) for description, action_status in session_actions],
                "actions_open": sum(action_status == ActionStatus.OPEN for _d, action_status in session_actions),
                "before": _pass_rate(graded, held - _WINDOW, held),
                "after": _pass_rate(graded, held + _DAY, held + _WINDOW + _DAY),
                "items_before": _item_rate(items, codes, held - _WINDOW, held + _DAY),
                "items_after": _item_rate(items, codes, held + _DAY, held + _WINDOW),
            })
        return rows


def _days(first: dt.date, end: dt.date):
    day = first
    while day < end:
        yield day
        day += _DAY


def _graded_by_day(session: Session, windows: CoachingWindows, page: int) -> None:
    """Per agent and local day of submission in the windows: [counted evaluations, not graded fail]."""
    period, lookups, agents, tally = windows.period, windows.lookups, windows.agents, windows.graded
    first, end = windows.graded_days
    window = ReportPeriod("window", "", first, end - _DAY, period.tz)
    last: tuple[dt.datetime, int] | None = None
    while True:
        # keyset pages on (submitted_at, id) walk the submitted_at index once; id-ordered pages scanned the
        # whole table, reading past every evaluation's breakdown to reach its submitted_at
        query = counted(select(Evaluation.id, Evaluation.submitted_at, Call.agent_id, Evaluation.score,
                               Evaluation.grade, Evaluation.fatal_failed, Evaluation.form_version_id)
                        .join(Call, Call.id == Evaluation.call_id), window, None).where(*windows._not_streamed())
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
            return
        last = (rows[-1][1], rows[-1][0])


def _item_results_by_day(session: Session, windows: CoachingWindows, page: int) -> None:
    """Per agent and day of the call in the windows: per coached item, [passed, evaluated].

    Each evaluation's answers are read once (not the large breakdown), and only for coached agents."""
    if not windows.coached:
        return
    first, end = windows.item_days
    lookups = windows.lookups
    # One streamed read, in no particular order (the tallies do not need one): id-ordered pages re-ran the
    # join over every coached agent's calls and sorted what was left, once per page.
    query = (select(Call.agent_id, Call.started_at, Evaluation.form_version_id, Evaluation.answers)
             .join(Call, Call.id == Evaluation.call_id)
             .where(Evaluation.status == EvaluationStatus.SUBMITTED, Evaluation.kind == EvaluationKind.REGULAR,
                    Call.started_at >= dt.datetime.combine(first, dt.time()),
                    Call.started_at < dt.datetime.combine(end, dt.time()),
                    Call.agent_id.in_(sorted(windows.coached)), *windows._not_streamed())
             .execution_options(yield_per=page))
    for agent_id, started_at, form_version_id, answers in session.execute(query):
        form = lookups.forms.get(form_version_id)
        if form is not None:
            windows._tally_items(form, agent_id, started_at, answers or {})


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
