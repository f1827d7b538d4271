"""The numbers behind the in-app report charts (Qt-free; the Qt page only draws them).

``load_chart_data`` makes one streamed pass over the period (same rules as the workbooks) and
returns plain data: team comparison, item Pareto of the main form version, score distribution
and every agent's average over the recent periods.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from qa_desktop.core.db import Database
from qa_desktop.core.progress import ProgressSink
from qa_desktop.core.reports import figures as fig
from qa_desktop.core.reports.dataset import (
    CHUNK,
    count_evaluations,
    find_team,
    load_lookups,
    natural_key,
    stream_evaluations,
)
from qa_desktop.core.reports.period import ReportPeriod


@dataclass
class ChartData:
    period: str
    evaluations: int
    average: Decimal | None
    teams: list[tuple[str, int, Decimal | None]] = field(default_factory=list)        # name, n, average
    pareto_title: str = ""
    pareto: list[tuple[str, str, int, float | None]] = field(default_factory=list)    # code, text, errors, cum.
    distribution: list[tuple[int, int]] = field(default_factory=list)                 # bin start (0..100), n
    trend_periods: list[str] = field(default_factory=list)
    agents: list[tuple[int, str]] = field(default_factory=list)                       # id, "code name"
    agent_trend: dict[int, list[Decimal | None]] = field(default_factory=dict)
    overall_trend: list[Decimal | None] = field(default_factory=list)


def load_chart_data(database: Database, kind: str, period_text: str, *, team: str | None = None, lang: str = "en",
                    tz: str | None = None, trend_periods: int = 6, progress: ProgressSink | None = None,
                    chunk: int = CHUNK) -> ChartData:
    period = ReportPeriod.month(period_text, tz) if kind == "month" else ReportPeriod.week(period_text, tz)
    figures = fig.PeriodFigures()
    with database.read() as session:
        team_id = find_team(session, team)
        lookups = load_lookups(session, lang, team_id)
        total = count_evaluations(session, period, team_id)
        done = 0
        if progress is not None:
            progress.report(0, total, "")
        for records in stream_evaluations(session, period, lookups, chunk, details=False):  # figures only
            figures.add(records, lookups)
            done += len(records)
            if progress is not None:
                progress.report(done, total, "")
        figures.finalize(lookups)
        trend = fig.score_trend(session, period.recent(trend_periods), lookups)
    data = ChartData(period.label, figures.overall.n, figures.overall.average)
    data.teams = sorted(((lookups.team_name(t) or "—", s.n, s.average) for t, s in figures.by_team.items()),
                        key=lambda row: natural_key(row[0]))
    main = figures.main_form_version()
    if main is not None and main in lookups.forms:
        form = lookups.forms[main]
        texts = {item.code: form.item_text(item) for _s, _t, item in form.items}
        data.pareto_title = form.title
        data.pareto = [(code, texts.get(code, code), tally.errors, cumulative)
                       for code, tally, cumulative in figures.pareto(main) if tally.errors]
    data.distribution = sorted(figures.score_bins.items())
    # The trend starts where the data starts: months before the first evaluation would only
    # draw an empty axis (a new centre, or the demo's three months, on a six-month chart).
    first = next((i for i, (n, _avg) in enumerate(trend.overall) if n), len(trend.overall) - 1)
    data.trend_periods = [p.label for p in trend.periods[first:]]
    data.overall_trend = [avg for _n, avg in trend.overall[first:]]
    for agent_id, values in trend.by_agent.items():
        data.agent_trend[agent_id] = [avg for _n, avg in values[first:]]
    data.agents = sorted(((a, f"{lookups.agents[a].code} {lookups.agents[a].name}".strip())
                          for a in data.agent_trend if a in lookups.agents), key=lambda row: row[1])
    return data
