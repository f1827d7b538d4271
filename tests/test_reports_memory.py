"""The workbooks' memory does not grow with the number of evaluations (issue 19): the evaluations are
streamed in pages, the figures are running tallies, and no step holds a whole sheet or a whole period's
answers. Measured with tracemalloc on two demo centres, one with four times the calls of the other,
exported in small pages so that both span many of them. Memory, not time: the speed is in bench/."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tracemalloc

import pytest

from qa_desktop.core.db import open_database
from qa_desktop.core.demo import build_demo
from qa_desktop.core.demo_options import DemoOptions
from qa_desktop.core.reports.monthly import export_monthly
from qa_desktop.core.reports.weekly import export_weekly

TODAY = dt.date(2026, 12, 3)
PAGES = {"month": 40, "week": 5}  # evaluations per page: the small centre's period already spans several pages


@pytest.fixture(scope="module")
def centres(tmp_path_factory):
    folder = tmp_path_factory.mktemp("centres")
    paths = {}
    for name, calls in (("small", 400), ("four_times", 1600)):
        path = folder / f"{name}.sqlite3"
        database = open_database(path)
        database.user_login = "qa.lead"
        build_demo(database, DemoOptions(agents=12, calls=calls, months=2, recordings=0, today=TODAY,
                                         recording_dir=folder / "rec"))
        database.dispose()
        paths[name] = path
    return paths


def _peak_of_export(path, kind: str, out) -> tuple[int, int]:
    """(tracemalloc peak in bytes during the export, evaluations in the workbook)."""
    database = open_database(path, create=False)
    database.user_login = "qa.lead"
    export, period = (export_monthly, "2026-11") if kind == "month" else (export_weekly, "2026-W47")
    export(database, period, out, tz="UTC", today=TODAY, chunk=PAGES[kind])  # warm: one-time caches, compiled SQL
    tracemalloc.start()
    try:
        result = export(database, period, out, tz="UTC", today=TODAY, chunk=PAGES[kind])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        database.dispose()
    return peak, result.evaluations


@pytest.mark.parametrize("kind", ["month", "week"])
def test_four_times_the_evaluations_take_no_more_memory(centres, tmp_path, kind):
    small_peak, small_n = _peak_of_export(centres["small"], kind, tmp_path / "small.xlsx")
    big_peak, big_n = _peak_of_export(centres["four_times"], kind, tmp_path / "big.xlsx")
    assert big_n > 3 * small_n > 3 * PAGES[kind], (small_n, big_n)
    # Flat, not proportional: four times the evaluations may add the few more rows of the small sheets
    # (flags, coaching sessions, open actions); never a per-evaluation share. Before issue 19 the month grew
    # from 5.5 to 19.7 MB here (a sheet's XML re-read to add its size, every training result held at once).
    assert big_peak - small_peak < 0.25 * small_peak, (f"{small_n} evaluations: {small_peak / 2 ** 20:.1f} MB, "
                                                      f"{big_n}: {big_peak / 2 ** 20:.1f} MB")


def test_an_export_leaves_scipy_stats_unimported(centres, tmp_path):
    """The agents' intervals need Student's t only: scipy.special gives it. Importing scipy.stats for it cost a
    first export 0.45 s and 46 MB, several times a team's weekly workbook itself (issue 19)."""
    script = (
        "import sys, datetime as dt\n"
        "from qa_desktop.core.db import open_database\n"
        "from qa_desktop.core.reports.monthly import export_monthly\n"
        "from qa_desktop.core.reports.weekly import export_weekly\n"
        f"db = open_database({str(centres['small'])!r}, create=False)\n"
        "db.user_login = 'qa.lead'\n"
        f"export_monthly(db, '2026-11', {str(tmp_path / 'm.xlsx')!r}, tz='UTC', today=dt.date(2026, 12, 3))\n"
        f"result = export_weekly(db, '2026-W47', {str(tmp_path / 'w.xlsx')!r}, tz='UTC', today=dt.date(2026, 12, 3))\n"
        "assert result.agents > 1, result\n"
        "print(sorted(m for m in ('scipy.stats', 'pandas', 'matplotlib') if m in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]", done.stdout + done.stderr
