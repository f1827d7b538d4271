"""The weekly report (周报): the team's week, error-item analysis, calibration results, open
coaching actions — the same engine and look as the monthly workbook.

Sheets, in order: Summary (with the last 8 weeks), Agents, Items, Calibration, Open coaching actions.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from qa_desktop.core.db import Database
from qa_desktop.core.leftovers import check_output_path
from qa_desktop.core.progress import ProgressSink
from qa_desktop.core.reports.dataset import CHUNK
from qa_desktop.core.reports.period import ReportPeriod
from qa_desktop.core.reports.workbook import ReportBuilder, ReportResult

SHEETS = ("summary", "agents", "items", "calibration", "actions")


def export_weekly(database: Database, week: str, output: str | Path, *, team: str | None = None, lang: str = "en",
                  tz: str | None = None, today: dt.date | None = None, progress: ProgressSink | None = None,
                  chunk: int = CHUNK) -> ReportResult:
    period = ReportPeriod.week(week, tz)
    check_output_path(output)  # a folder or read-only place is refused before any work
    builder = ReportBuilder(database, period, team=team, lang=lang, today=today, progress=progress, chunk=chunk,
                            trend_periods=8)
    sheets = {key: builder.sheet(key) for key in SHEETS}
    builder.load_calibration()
    with database.read() as session:
        builder.prepare(session)
        builder.stream(session)
        builder.write_summary(session, sheets["summary"], "title.weekly")
        builder.write_agents(session, sheets["agents"])
        builder.write_items(sheets["items"], chart_ws=sheets["summary"])
        builder.write_calibration(session, sheets["calibration"])
        builder.write_open_actions(session, sheets["actions"])
    if progress is not None:
        progress.check()
    path = builder.save(Path(output))
    return builder.result(path)
