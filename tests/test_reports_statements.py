"""The monthly workbook reads the month in a few set-based statements, however many evaluations,
coaching sessions, flags and disputes it has (issue 19: one workbook took 12,645 statements, five
per coaching session and one per flag). Counted statements, not time: the speed is in bench/."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import event

from qa_desktop.core.db import open_database
from qa_desktop.core.demo import build_demo
from qa_desktop.core.demo_options import DemoOptions
from qa_desktop.core.reports.monthly import export_monthly

TODAY = dt.date(2026, 12, 3)


def _statements_of_a_month(tmp_path, name: str, calls: int) -> tuple[int, dict]:
    database = open_database(tmp_path / f"{name}.sqlite3")
    database.user_login = "qa.lead"
    summary = build_demo(database, DemoOptions(agents=12, calls=calls, months=2, recordings=0, today=TODAY,
                                               recording_dir=tmp_path / "rec"))
    count = [0]
    event.listen(database.engine, "before_cursor_execute", lambda *_a, **_k: count.__setitem__(0, count[0] + 1))
    result = export_monthly(database, "2026-11", tmp_path / f"{name}.xlsx", tz="UTC", today=TODAY)
    database.dispose()
    assert result.evaluations > 0
    return count[0], summary


def test_a_bigger_month_takes_no_more_statements(tmp_path):
    small, small_summary = _statements_of_a_month(tmp_path, "small", 300)
    big, big_summary = _statements_of_a_month(tmp_path, "big", 1500)
    assert big_summary["coaching_sessions"] > 2 * small_summary["coaching_sessions"] > 0
    assert big_summary["flags"] > small_summary["flags"]
    # keyset pages of 2,000 evaluations may add a statement or two; nothing grows per session or per flag
    assert big <= small + 4, (small, big)
