"""The monthly workbook (月度质检报告) managers receive.

Sheets, in order: Summary, Agents, Items, Evaluations, Flags and reviews, Coaching, Training, Evaluators,
Automatic checks (how often evaluators agreed with each item's automatic suggestion).
The Evaluations sheet is the raw data every other sheet is computed from (one row per counted
evaluation), so a manager can check or pivot any figure.

    export_monthly(db, "2026-10", "oct.xlsx", team="Team A", lang="zh_CN")
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from qa_desktop.core.db import Database
from qa_desktop.core.leftovers import check_output_path
from qa_desktop.core.progress import ProgressSink
from qa_desktop.core.reports.check_agreement import write_check_agreement
from qa_desktop.core.reports.dataset import CHUNK
from qa_desktop.core.reports.period import ReportPeriod
from qa_desktop.core.reports.training_sheet import write_training
from qa_desktop.core.reports.workbook import ReportBuilder, ReportResult

SHEETS = ("summary", "agents", "items", "evaluations", "flags", "coaching", "training", "evaluators", "checks")


def export_monthly(database: Database, month: str, output: str | Path, *, team: str | None = None, lang: str = "en",
                   tz: str | None = None, today: dt.date | None = None, progress: ProgressSink | None = None,
                   chunk: int = CHUNK) -> ReportResult:
    period = ReportPeriod.month(month, tz)
    check_output_path(output)  # a folder or read-only place is refused before any work
    builder = ReportBuilder(database, period, team=team, lang=lang, today=today, progress=progress, chunk=chunk)
    sheets = {key: builder.sheet(key) for key in SHEETS}
    builder.load_calibration()
    with database.read() as session:
        builder.prepare(session)
        builder.write_evaluations_while_streaming(session, sheets["evaluations"])
        builder.write_summary(session, sheets["summary"], "title.monthly")
        builder.write_agents(session, sheets["agents"])
        builder.write_items(sheets["items"], chart_ws=sheets["summary"])
        builder.write_flags(session, sheets["flags"])
        builder.write_coaching(session, sheets["coaching"])
        write_training(builder, session, sheets["training"])
        builder.write_evaluators(session, sheets["evaluators"])
        write_check_agreement(builder, session, sheets["checks"])
    if progress is not None:
        progress.check()
    path = builder.save(Path(output))
    return builder.result(path)
