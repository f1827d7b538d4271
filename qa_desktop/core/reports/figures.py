"""The figures behind the workbooks and the in-app charts (Qt-free).

:class:`PeriodFigures` accumulates chunk by chunk over streamed evaluations, so its size depends
on agents, teams, items and evaluators — never on the number of evaluations. The other loaders
read small tables (trend aggregates, coaching, flags, disputes, calibration).
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Any

from sqlalchemy import Integer, cast, func, select
from sqlalchemy.orm import Session

from qa_desktop.core.db import Database
from qa_desktop.core.db.models import (
    ActionItem,
    ActionStatus,
    CalibrationSession,
    CalibrationStatus,
    Call,
    CoachingSession,
    Dispute,
    DisputeItem,
    Evaluation,
    Flag,
    TeamLeadReview,
)
from qa_desktop.core.reports.dataset import EvalRecord, Lookups, counted
from qa_desktop.core.reports.period import ReportPeriod
from qa_desktop.core.reports.stats import ScoreStats, round_cents

ALL_TEAMS = "*"  # key of the whole-scope rows in per-team tables (None is "no team")
COACHING_WINDOW_DAYS = 30


@dataclass
class ItemTally:
    applicable: int = 0  # answered and not N/A (bonus items excluded)
    failed: int = 0
    partial: int = 0
    na: int = 0

    @property
    def errors(self) -> int:
        return self.failed + self.partial

    @property
    def error_rate(self) -> float | None:
        return self.errors / self.applicable if self.applicable else None


@dataclass
class EvaluatorTally:
    n: int = 0
    days: Counter = field(default_factory=Counter)
    timed: int = 0          # evaluations with a recorded scoring time
    seconds: int = 0
    scores: ScoreStats = field(default_factory=ScoreStats)

    @property
    def per_day(self) -> float | None:
        return self.n / len(self.days) if self.days else None

    @property
    def average_minutes(self) -> Decimal | None:
        return round_cents(Fraction(self.seconds, 60 * self.timed)) if self.timed else None


@dataclass
class PeriodFigures:
    overall: ScoreStats = field(default_factory=ScoreStats)
    by_agent: dict[int, ScoreStats] = field(default_factory=dict)
    by_team: dict[Any, ScoreStats] = field(default_factory=dict)
    items: dict[tuple[int, Any], dict[str, ItemTally]] = field(default_factory=dict)
    evaluators: dict[int, EvaluatorTally] = field(default_factory=dict)
    form_usage: Counter = field(default_factory=Counter)
    score_bins: Counter = field(default_factory=Counter)  # 0, 5, …, 95, 100 → count
    _counts: dict[tuple[int, Any], list[list[int]]] = field(default_factory=dict)  # per item: appl., fail, part., na
    _finalized: bool = False

    def add(self, records: Iterable[EvalRecord], lookups: Lookups) -> None:
        page: dict[tuple[int, Any], list[list[str | None]]] = {}
        for r in records:
            self.overall.add(r.score, r.grade_code, r.critical_failed, r.fatal_failed)
            if r.agent_id is not None:
                self.by_agent.setdefault(r.agent_id, ScoreStats()).add(
                    r.score, r.grade_code, r.critical_failed, r.fatal_failed)
            self.by_team.setdefault(r.team_id, ScoreStats()).add(
                r.score, r.grade_code, r.critical_failed, r.fatal_failed)
            self.form_usage[r.form_version_id] += 1
            if r.score is not None:
                self.score_bins[min(int(r.score) // 5 * 5, 100)] += 1
            tally = self.evaluators.setdefault(r.evaluator_id, EvaluatorTally())
            tally.n += 1
            if r.submitted_at is not None:
                tally.days[r.submitted_at.date()] += 1
            if r.active_seconds > 0:
                tally.timed += 1
                tally.seconds += r.active_seconds
            tally.scores.add(r.score, r.grade_code)
            if r.statuses:
                page.setdefault((r.form_version_id, r.team_id), []).append(r.statuses)
        # the page's statuses counted item by item (a column of the page at a time, counted in C)
        for key, rows in page.items():
            counts = self._counts.get(key)
            if counts is None:
                counts = self._counts[key] = [[0, 0, 0, 0] for _ in rows[0]]
            for slot, column in zip(counts, zip(*rows)):
                seen = Counter(column)
                na = seen.get("na", 0)
                slot[0] += len(column) - seen.get(None, 0) - seen.get("bonus", 0) - na  # answered and applicable
                slot[1] += seen.get("fail", 0)
                slot[2] += seen.get("partial", 0)
                slot[3] += na
        self._finalized = False

    def finalize(self, lookups: Lookups) -> None:
        """Item tallies per team and for the whole scope, from the running counts (idempotent)."""
        if self._finalized:
            return
        self.items = {}
        for (form_version_id, team_id), counts in self._counts.items():
            form = lookups.forms[form_version_id]
            team_table = self.items.setdefault((form_version_id, team_id), {})
            all_table = self.items.setdefault((form_version_id, ALL_TEAMS), {})
            for (_s, _t, item), (applicable, failed, partial, na) in zip(form.items, counts):
                if applicable + na == 0:
                    continue
                team_table[item.code] = ItemTally(applicable, failed, partial, na)
                total = all_table.setdefault(item.code, ItemTally())
                total.applicable += applicable
                total.failed += failed
                total.partial += partial
                total.na += na
        self._finalized = True

    def main_form_version(self) -> int | None:
        return self.form_usage.most_common(1)[0][0] if self.form_usage else None

    def pareto(self, form_version_id: int, team_key: Any = ALL_TEAMS) -> list[tuple[str, ItemTally, float | None]]:
        """Items by errors, most first, with the cumulative share of all errors (after ``finalize``)."""
        table = self.items.get((form_version_id, team_key), {})
        ordered = sorted(table.items(), key=lambda kv: (-kv[1].errors, kv[0]))
        total = sum(t.errors for _, t in ordered)
        out, running = [], 0
        for code, tally in ordered:
            running += tally.errors
            out.append((code, tally, running / total if total else None))
        return out


# -- light reads ---------------------------------------------------------------------------------

def period_summary(session: Session, period: ReportPeriod, lookups: Lookups) -> tuple[ScoreStats, int]:
    """Overall figures and the number of agents evaluated in a period, without reading answers
    (for the previous-period column): two aggregate reads over the submitted_at index.

    Grouped by what decides an evaluation's grade band (form version, stored grade, fatal flag and, for a
    grade label the form does not know, the score), so the figures are those of adding each evaluation."""
    stats = ScoreStats()
    grouped = counted(select(Evaluation.form_version_id, Evaluation.grade, Evaluation.fatal_failed,
                             Evaluation.critical_failed, Evaluation.score, func.count())
                      .join(Call, Call.id == Evaluation.call_id), period, lookups.team_id)
    for fvid, grade, fatal, critical, score, count in session.execute(
            grouped.group_by(Evaluation.form_version_id, Evaluation.grade, Evaluation.fatal_failed,
                             Evaluation.critical_failed, Evaluation.score)):
        form = lookups.forms.get(fvid)
        stats.add(score, form.grade_code(grade, score, fatal) if form else "fail", critical, fatal, count=count)
    agents = session.scalar(counted(select(func.count(func.distinct(Call.agent_id))).select_from(Evaluation)
                                    .join(Call, Call.id == Evaluation.call_id), period, lookups.team_id))
    return stats, int(agents or 0)


@dataclass
class Trend:
    periods: list[ReportPeriod]
    overall: list[tuple[int, Decimal | None]]                 # per period: (n, average)
    by_agent: dict[int, list[tuple[int, Decimal | None]]]
    by_team: dict[int | None, list[tuple[int, Decimal | None]]]


def score_trend(session: Session, periods: list[ReportPeriod], lookups: Lookups,
                agent_ids: Iterable[int] | None = None) -> Trend:
    """Averages per period from SQL sums of whole cents (exact on SQLite's floats and PostgreSQL's numerics)."""
    cents = func.sum(cast(func.round(Evaluation.score * 100), Integer))
    wanted = set(agent_ids) if agent_ids is not None else None
    by_agent: dict[int, list] = {}
    by_team: dict[Any, list] = {}
    overall = []
    for index, period in enumerate(periods):
        query = counted(select(Call.agent_id, func.count(Evaluation.score), cents)
                        .join(Call, Call.id == Evaluation.call_id), period, lookups.team_id)
        total_n, total_cents = 0, 0
        team_sums: dict[Any, list[int]] = {}
        for agent_id, n, summed in session.execute(query.group_by(Call.agent_id)):
            summed = int(summed or 0)
            total_n += n
            total_cents += summed
            team = lookups.agent_team(agent_id)
            pair = team_sums.setdefault(team, [0, 0])
            pair[0] += n
            pair[1] += summed
            if agent_id is None or (wanted is not None and agent_id not in wanted):
                continue
            by_agent.setdefault(agent_id, [(0, None)] * len(periods))[index] = (n, _avg(summed, n))
        overall.append((total_n, _avg(total_cents, total_n)))
        for team, (n, summed) in team_sums.items():
            by_team.setdefault(team, [(0, None)] * len(periods))[index] = (n, _avg(summed, n))
    return Trend(periods, overall, by_agent, by_team)


def _avg(cents: int, n: int) -> Decimal | None:
    return round_cents(Fraction(cents, 100 * n)) if n else None


def in_scope_agents(lookups: Lookups) -> set[int]:
    return {a.id for a in lookups.agents.values() if lookups.team_id is None or a.team_id == lookups.team_id}


def _day_bounds(period: ReportPeriod) -> tuple[dt.date, dt.date]:
    return period.first_day, period.last_day


# -- coaching (the sessions themselves: coaching_figures) ---------------------------------------

def coaching_counts(session: Session, period: ReportPeriod) -> Counter:
    first, last = _day_bounds(period)
    return Counter(dict(session.execute(
        select(CoachingSession.agent_id, func.count(CoachingSession.id))
        .where(CoachingSession.held_on >= first, CoachingSession.held_on <= last)
        .group_by(CoachingSession.agent_id)).all()))


def open_actions(session: Session, lookups: Lookups, as_of: dt.date) -> list[dict]:
    agents = in_scope_agents(lookups)
    rows = []
    # columns, not entities: a year's open actions are thousands of rows, and the ORM's identity map
    # and attribute loading cost more than writing them
    for agent_id, held_on, description, owner, due_on, coach_id in session.execute(
            select(CoachingSession.agent_id, CoachingSession.held_on, ActionItem.description, ActionItem.owner,
                   ActionItem.due_on, CoachingSession.coach_id)
            .join(CoachingSession, CoachingSession.id == ActionItem.session_id)
            .where(ActionItem.status == ActionStatus.OPEN, CoachingSession.held_on <= as_of)
            .order_by(ActionItem.due_on, ActionItem.id)):
        if agent_id not in agents:
            continue
        rows.append({"agent_id": agent_id, "held_on": held_on, "description": description, "owner": owner,
                     "due_on": due_on, "overdue": due_on is not None and due_on < as_of,
                     "coach": lookups.user_name(coach_id)})
    return rows


# -- flags, disputes, reviews ---------------------------------------------------------------------

def flags_and_reviews(session: Session, period: ReportPeriod, lookups: Lookups) -> list[dict]:
    """One list: flags raised, disputes raised and team-lead reviews made in the period."""
    agents = in_scope_agents(lookups)
    start, end = period.start_utc, period.end_utc
    rows = []
    for flag, agent_id, external, score in session.execute(
            select(Flag, Call.agent_id, Call.external_id, Evaluation.score).join(Call, Call.id == Flag.call_id)
            .outerjoin(Evaluation, Evaluation.id == Flag.evaluation_id)
            .where(Flag.raised_at >= start, Flag.raised_at < end).order_by(Flag.raised_at, Flag.id)):
        if agent_id not in agents:
            continue
        rows.append({"record": f"flag.{flag.kind.value}", "at": period.to_local(flag.raised_at),
                     "agent_id": agent_id, "call": external, "evaluation_id": flag.evaluation_id, "score": score,
                     "detail": flag.reason, "outcome": flag.resolution.value,
                     "by": lookups.user_name(flag.resolved_by_id or flag.raised_by_id),
                     "note": flag.resolution_note, "score_before": None, "score_after": None})
    raised_in_period = (Dispute.created_at >= start, Dispute.created_at < end)
    decisions_of: dict[int, Counter] = {}
    for dispute_id, decision in session.execute(  # one read for every dispute's item decisions
            select(DisputeItem.dispute_id, DisputeItem.decision).join(Dispute, Dispute.id == DisputeItem.dispute_id)
            .where(*raised_in_period)):
        decisions_of.setdefault(dispute_id, Counter())[decision.value] += 1
    for dispute, agent_id, external in session.execute(
            select(Dispute, Call.agent_id, Call.external_id).join(Evaluation, Evaluation.id == Dispute.evaluation_id)
            .join(Call, Call.id == Evaluation.call_id)
            .where(*raised_in_period).order_by(Dispute.created_at, Dispute.id)):
        if agent_id not in agents:
            continue
        decisions = decisions_of.get(dispute.id, Counter())
        rows.append({"record": "dispute", "at": period.to_local(dispute.created_at), "agent_id": agent_id,
                     "call": external, "evaluation_id": dispute.evaluation_id, "score": dispute.score_before,
                     "detail": dispute.statement, "outcome": dispute.status.value, "decisions": dict(decisions),
                     "by": lookups.users.get(dispute.decided_by_id or dispute.raised_by_id, ""), "note": "",
                     "score_before": dispute.score_before, "score_after": dispute.score_after})
    for review, agent_id, external, score in session.execute(
            select(TeamLeadReview, Call.agent_id, Call.external_id, Evaluation.score)
            .join(Evaluation, Evaluation.id == TeamLeadReview.evaluation_id).join(Call, Call.id == Evaluation.call_id)
            .where(TeamLeadReview.created_at >= start, TeamLeadReview.created_at < end)
            .order_by(TeamLeadReview.created_at, TeamLeadReview.id)):
        if agent_id not in agents:
            continue
        rows.append({"record": "tl_review", "at": period.to_local(review.created_at), "agent_id": agent_id,
                     "call": external, "evaluation_id": review.evaluation_id, "score": score, "detail": review.reason,
                     "outcome": review.outcome, "by": lookups.users.get(review.reviewer_id, ""), "note": "",
                     "score_before": None, "score_after": None})
    return rows


# -- calibration ---------------------------------------------------------------------------------

def calibration_results(database: Database, period: ReportPeriod) -> list[dict]:
    """Closed calibration sessions of the period, each participant's deviation from the reference.

    Uses the calibration engineer's ``session_report`` (reference: the consensus when recorded,
    else the expert). Sessions are dated by their scheduled day, else their closing day.
    """
    from qa_desktop.core.calibration.report import session_report
    from qa_desktop.core.errors import QADesktopError

    # listed in a short read of its own: session_report opens its own reads, which must not nest
    with database.read() as session:
        chosen = []
        for calibration in session.scalars(select(CalibrationSession)
                                           .where(CalibrationSession.status == CalibrationStatus.CLOSED)
                                           .order_by(CalibrationSession.id)):
            day = calibration.scheduled_on or period.to_local(calibration.closed_at or calibration.created_at).date()
            if period.first_day <= day <= period.last_day:
                chosen.append((calibration.id, calibration.title, day))
    out = []
    for calibration_id, title, day in chosen:
        try:
            report = session_report(database, calibration_id)
        except QADesktopError:
            continue
        alpha = next((s for section in report["agreement"] if section["what"] == "totals"
                      for s in section["statistics"] if s.get("statistic") == "alpha"),
                     None)
        for person in report["participants"]:
            deviation = person.get("vs_consensus") or person.get("vs_expert")
            reference = "consensus" if person.get("vs_consensus") else ("expert" if person.get("vs_expert") else "")
            out.append({"session_id": calibration_id, "title": title, "day": day,
                        "user_id": person["id"], "name": person["name"] or person["login"],
                        "is_expert": person["is_expert"], "n_calls": person["n_calls_submitted"],
                        "mean_total": person["mean_total"], "reference": reference,
                        "n_compared": deviation["n_calls"] if deviation else 0,
                        "mean_signed": deviation["mean_signed"] if deviation else None,
                        "mean_absolute": deviation["mean_absolute"] if deviation else None,
                        "bias": deviation["bias"] if deviation else None,
                        "alpha_totals": alpha.get("value") if alpha else None})
    return out


def deviation_by_evaluator(results: list[dict]) -> dict[int, dict]:
    """Calibration results pooled per evaluator over the period's sessions (weighted by calls)."""
    pooled: dict[int, dict] = {}
    for row in results:
        if row["mean_signed"] is None or not row["n_compared"]:
            continue
        entry = pooled.setdefault(row["user_id"], {"n": 0, "signed": 0.0, "absolute": 0.0})
        entry["n"] += row["n_compared"]
        entry["signed"] += row["mean_signed"] * row["n_compared"]
        entry["absolute"] += (row["mean_absolute"] or 0.0) * row["n_compared"]
    return {uid: {"n_calls": e["n"], "mean_signed": e["signed"] / e["n"], "mean_absolute": e["absolute"] / e["n"]}
            for uid, e in pooled.items()}
