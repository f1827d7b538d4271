"""Training needs (质检纠错培训): monthly error rates per item and team, and the quality ranking.

Seed 003: "质检员根据每月汇总的监听结果进行错误率分析" — each month the error rate of every item
drives targeted training. Seed 002: by the quality ranking, the bottom 100 agents get
one-to-one training and the top 30 may join recording-based training.

Pure queries returning plain data (lists of dicts), usable from the GUI, the CLI and the Excel
reports. ``source`` is a Database or an open SQLAlchemy Session. A month's results are the
submitted regular evaluations submitted in that month. Item error rate = failed (including
partial) / evaluated, where N/A and unanswered items do not count as evaluated.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import load_only

from qa_desktop.core.db.models import (
    Agent,
    Call,
    Evaluation,
    EvaluationKind,
    EvaluationStatus,
    FormVersion,
    Team,
)
from qa_desktop.core.errors import ValidationError
from qa_desktop.core.scoring.form import FormDefinition, pick
from qa_desktop.core.scoring.item_status import APPLICABLE, item_status
from qa_desktop.core.workflow.units import reading

# Seed 002: the bottom 100 agents get one-to-one training, the top 30 recording-based training, in a
# centre of about a thousand agents. A share keeps that proportion in a centre of any size (a fixed 100
# labelled every agent of a 40-agent centre "one-to-one"); a plain number still means that many agents.
ONE_TO_ONE_N = "10%"
RECORDING_N = "3%"
MIN_EVALUATIONS = 3  # an agent is ranked on at least this many results, not on one bad call


def quota_size(quota: int | str | None, ranked: int) -> int:
    """How many agents ``quota`` means among ``ranked``: a number ("100", 100) or a share ("10%")."""
    if quota is None or quota == "":
        return 0
    text = str(quota).strip()
    try:
        if text.endswith("%"):
            share = float(text[:-1])
            if not 0 <= share <= 100:
                raise ValueError
            return min(ranked, math.ceil(ranked * share / 100)) if share else 0
        count = int(text)
        if count < 0:
            raise ValueError
        return count
    except ValueError:
        raise ValidationError(f"{quota!r} is neither a number of agents nor a share such as 10%.",
                              field="quota") from None
_MONTH_RE = re.compile(r"^(\d{4})-(\d{1,2})$")


def month_bounds(month: str) -> tuple[dt.date, dt.date]:
    """``2026-11`` → (2026-11-01, 2026-12-01), the end exclusive."""
    match = _MONTH_RE.match(month.strip()) if isinstance(month, str) else None
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise ValidationError(f"{month!r} is not a month; write it like 2026-11.", period=month)
    year, number = int(match.group(1)), int(match.group(2))
    start = dt.date(year, number, 1)
    end = dt.date(year + (number == 12), number % 12 + 1, 1)
    return start, end


def _results(session, start: dt.date, end: dt.date, team_ids: Iterable[int] | None = None):
    """The period's results with their agent and the team the agent was in on the day of the call."""
    from qa_desktop.core.roster.history import TeamHistory
    from qa_desktop.core.workflow.permissions import calls_in_teams

    query = (select(Evaluation, Agent.id, Agent.agent_code, Agent.name, Call.started_at, Call.imported_at)
             .join(Call, Call.id == Evaluation.call_id).join(Agent, Agent.id == Call.agent_id)
             .where(Evaluation.status == EvaluationStatus.SUBMITTED, Evaluation.kind == EvaluationKind.REGULAR,
                    Evaluation.submitted_at >= dt.datetime.combine(start, dt.time()),
                    Evaluation.submitted_at < dt.datetime.combine(end, dt.time())))
    if team_ids is not None:
        query = query.where(calls_in_teams(list(team_ids)))
    # only what the figures read: statuses come from the answers (a month's breakdowns took seconds to
    # decode, and its comments and suggestions as long again, on the Coaching page's training needs)
    rows = session.execute(query.options(load_only(Evaluation.id, Evaluation.form_version_id, Evaluation.answers,
                                                   Evaluation.score))).all()
    history = TeamHistory(session, {row[1] for row in rows})
    names = dict(session.execute(select(Team.id, Team.name)).all())
    results = []
    for evaluation, agent_id, code, name, started, imported in rows:
        team_id = history.team_on(agent_id, started or imported)
        results.append((evaluation, agent_id, code, name, team_id, names.get(team_id) if team_id else None))
    return results


def _statuses(session, rows) -> tuple[dict[int, dict[str, str]], dict[str, dict]]:
    """Item statuses per evaluation, and each item's form, section and text."""
    version_ids = {row[0].form_version_id for row in rows}
    definitions = {v.id: FormDefinition.from_dict(v.definition) for v in session.scalars(
        select(FormVersion).where(FormVersion.id.in_(version_ids or {-1})))}
    meta: dict[str, dict] = {}
    for definition in definitions.values():
        for section, item in definition.items():
            meta.setdefault(item.code, {"form_code": definition.code, "section": section.code,
                                        "item_text": pick(item.text, "en"), "item_texts": dict(item.text),
                                        "critical": item.critical, "fatal": item.fatal is not None})
    statuses: dict[int, dict[str, str]] = {}
    decided: dict[tuple, str | None] = {}  # (form version, item, answer) -> status: few distinct ones
    for row in rows:
        evaluation = row[0]
        definition = definitions[evaluation.form_version_id]
        answers = evaluation.answers or {}
        mine = statuses[evaluation.id] = {}
        for _section, item in definition.items():
            answer = answers.get(item.code)
            try:
                key = (evaluation.form_version_id, item.code, tuple(answer) if isinstance(answer, list) else answer)
                status = decided[key] if key in decided else decided.setdefault(key, item_status(item, answer))
            except TypeError:  # an answer of the wrong shape: not counted, as the engine would refuse it
                continue
            if status is not None:
                mine[item.code] = status
    return statuses, meta


def _rate_rows(counts: dict[Any, list[int]], meta: dict[str, dict], key_fields) -> list[dict]:
    rows = []
    for key, (failed, evaluated) in counts.items():
        code = key[-1] if isinstance(key, tuple) else key
        row = dict(zip(key_fields, key if isinstance(key, tuple) else (key,)))
        row.update(item_code=code, **{k: meta.get(code, {}).get(k) for k in ("form_code", "section", "item_text",
                                                                              "item_texts")},
                   evaluated=evaluated, failed=failed, error_rate=round(failed / evaluated, 4) if evaluated else None)
        rows.append(row)
    rows.sort(key=lambda r: (-(r["error_rate"] or 0), -r["failed"], r["item_code"]))
    return rows


def item_error_rates(source, start: dt.date, end: dt.date, *, team_ids: Iterable[int] | None = None) -> list[dict]:
    """Per item: evaluations where it applied, how many failed, the error rate; worst first."""
    with reading(source) as session:
        rows = _results(session, start, end, team_ids)
        statuses, meta = _statuses(session, rows)
        return _item_rates(rows, statuses, meta)


def _item_rates(rows, statuses, meta) -> list[dict]:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for evaluation_id in (row[0].id for row in rows):
        for code, status in statuses[evaluation_id].items():
            if status in APPLICABLE:
                counts[code][1] += 1
                counts[code][0] += status != "pass"
    return _rate_rows(counts, meta, ("item_code",))


def team_item_error_rates(source, start: dt.date, end: dt.date, *,
                          team_ids: Iterable[int] | None = None) -> list[dict]:
    """Per team and item, worst first within the whole list."""
    with reading(source) as session:
        rows = _results(session, start, end, team_ids)
        statuses, meta = _statuses(session, rows)
        return _team_item_rates(rows, statuses, meta)


def _team_item_rates(rows, statuses, meta) -> list[dict]:
    keyed = [(row[0].id, row[5] or "") for row in rows]
    counts: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    for evaluation_id, team in keyed:
        for code, status in statuses[evaluation_id].items():
            if status in APPLICABLE:
                counts[(team, code)][1] += 1
                counts[(team, code)][0] += status != "pass"
    return _rate_rows(counts, meta, ("team", "item_code"))


def most_failed_items(source, start: dt.date, end: dt.date, limit: int = 10, *,
                      team_ids: Iterable[int] | None = None) -> list[dict]:
    """The items failed most often (by count of failures), the training topics of the month."""
    return _most_failed(item_error_rates(source, start, end, team_ids=team_ids), limit)


def _most_failed(item_rows: list[dict], limit: int = 10) -> list[dict]:
    rows = [r for r in item_rows if r["failed"]]
    return sorted(rows, key=lambda r: (-r["failed"], -(r["error_rate"] or 0), r["item_code"]))[:limit]


def monthly_error_rates(source, month: str, *, team_ids: Iterable[int] | None = None) -> dict:
    """The month's error-rate analysis: per item, per team and item, and the most-failed items."""
    start, end = month_bounds(month)
    team_ids = None if team_ids is None else list(team_ids)
    with reading(source) as session:  # one read of the month, every table from it
        rows = _results(session, start, end, team_ids)
        statuses, meta = _statuses(session, rows)
        items = _item_rates(rows, statuses, meta)
        teams = _team_item_rates(rows, statuses, meta)
    return {"month": month, "start": start, "end": end - dt.timedelta(days=1), "evaluations": len(rows),
            "items": items, "teams": teams, "most_failed": _most_failed(items)}


def training_ranking(source, start: dt.date, end: dt.date, *, bottom_n: int | str = ONE_TO_ONE_N,
                     top_n: int | str = RECORDING_N, min_evaluations: int = MIN_EVALUATIONS,
                     team_ids: Iterable[int] | None = None) -> list[dict]:
    """Agents ranked by mean score (best first); ``group`` is one_to_one (bottom N), recording (top N) or ''.

    ``bottom_n`` and ``top_n`` are a number of agents or a share of the ranked agents ("10%").
    Agents with fewer than ``min_evaluations`` results are listed unranked (rank None). When fewer
    agents are ranked than bottom N + top N, one-to-one training takes precedence.
    """
    with reading(source) as session:
        rows = [(e.score, agent_id, code, name, team)
                for e, agent_id, code, name, _team_id, team in _results(session, start, end, team_ids)]
    per_agent: dict[int, dict] = {}
    for score, agent_id, code, name, team in rows:
        entry = per_agent.setdefault(agent_id, {"agent_id": agent_id, "agent_code": code, "agent_name": name,
                                                "team": team, "scores": []})
        if score is not None:
            entry["scores"].append(float(score))
    ranked: list[dict] = []
    unranked: list[dict] = []
    for entry in per_agent.values():
        scores = entry.pop("scores")
        entry.update(evaluations=len(scores), mean=round(sum(scores) / len(scores), 2) if scores else None,
                     lowest=min(scores) if scores else None)
        (ranked if len(scores) >= max(1, min_evaluations) else unranked).append(entry)
    ranked.sort(key=lambda e: (-e["mean"], e["agent_code"]))
    bottom_count, top_count = quota_size(bottom_n, len(ranked)), quota_size(top_n, len(ranked))
    bottom = {e["agent_id"] for e in ranked[::-1][:bottom_count]} if bottom_count else set()
    top = {e["agent_id"] for e in [e for e in ranked if e["agent_id"] not in bottom][:top_count]}
    for rank, entry in enumerate(ranked, 1):
        entry["rank"] = rank
        agent_id = entry["agent_id"]
        entry["group"] = "one_to_one" if agent_id in bottom else "recording" if agent_id in top else ""
    for entry in sorted(unranked, key=lambda e: e["agent_code"]):
        entry.update(rank=None, group="")
    return ranked + sorted(unranked, key=lambda e: e["agent_code"])


def agents_failing_items(source, start: dt.date, end: dt.date, item_codes: Iterable[str], *,
                         team_ids: Iterable[int] | None = None) -> dict[int, int]:
    """Per agent, how many of the period's results failed one of ``item_codes`` (a special course's trainees)."""
    codes = set(item_codes)
    with reading(source) as session:
        rows = _results(session, start, end, team_ids)
        statuses, _meta = _statuses(session, rows)
        keyed = [(row[0].id, row[1]) for row in rows]
    failures: dict[int, int] = defaultdict(int)
    for evaluation_id, agent_id in keyed:
        if any(status in APPLICABLE and status != "pass" for code, status in statuses[evaluation_id].items()
               if code in codes):
            failures[agent_id] += 1
    return dict(failures)
