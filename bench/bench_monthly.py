"""Benchmark: the monthly and weekly workbooks at a real centre's scale, against floors measured in the same run.

    .venv/bin/python bench/bench_monthly.py                          # three sizes, month and week
    .venv/bin/python bench/bench_monthly.py --sizes month500 --kinds month --trace

The databases come from the app's demo generator (bench/realistic_data.py: a 40-agent team, a
120-agent centre for a year, 500 agents for a month; cached in /tmp), so the evaluations carry
real breakdowns, flags, coaching sessions with links and action items, and disputes.

What it prints, per size and workbook (each export in a fresh process, best of ``--repeat`` runs; with
``--warm`` the second export of that process is timed, as the app's exports after its first):
- the export's CPU time against two floors measured in the same run:
  * write floor: openpyxl write-only writing exactly the same cells (read back from the exported
    workbook beforehand), nothing computed and nothing read;
  * own-writer floor: the same cells written by the app's own write-only workbook, whose rows bypass
    openpyxl's per-cell XML trees (core/reports/xlsx_rows.py, the same bytes): the floor's writing done
    as fast as the export's own, so this ratio is the export's work beyond writing its cells;
  * read+write floor: the write floor plus the reads no implementation of the workbook can skip,
    in plain sqlite3: the period's counted evaluations once (each one's answers decoded, and for
    the monthly, whose Evaluations sheet shows them, its comments) and the trend's per-agent sums.
    A weekly writes a few thousand cells from thousands of evaluations, so its write floor alone
    is mostly the cost of formatting cells, not of the work the report does; the target is < 2x
    the read+write floor (the ratio against the write floor is printed too);
- SQL statements the export ran, and the export process's peak resident memory (VmHWM) beside
  its resident memory once the libraries were imported, before the export began, so the growth
  during the export is visible; with ``--trace`` also the tracemalloc peak. Peak memory must not
  grow with the evaluations (tests/test_reports_memory.py checks it on small centres).
At the end, one table of every size and workbook, with the machine's load before and after.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import realistic_data  # noqa: E402

OUT = Path(os.environ.get("QA_DESKTOP_BENCH_OUT", str(realistic_data.CACHE / "workbooks")))


def run_export(db_path: Path, kind: str, period: str, out: Path, trace: bool, warm: bool = False) -> dict:
    import tracemalloc

    from sqlalchemy import event

    from qa_desktop.core.db import open_database
    from qa_desktop.core.reports.monthly import export_monthly
    from qa_desktop.core.reports.weekly import export_weekly

    # The libraries an export loads on first use (openpyxl, its charts, scipy.special for the agents' intervals,
    # NumPy for calibration) are imported before the clock starts, as the floor's openpyxl is: the
    # comparison is of the work. Their one-time cost is reported on its own.
    began_imports = time.process_time()
    import openpyxl.chart  # noqa: F401
    import scipy.special  # noqa: F401

    import qa_desktop.core.calibration.report  # noqa: F401
    imports_cpu = time.process_time() - began_imports
    db = open_database(db_path, create=False)
    db.user_login = realistic_data.USER
    statements = [0]
    event.listen(db.engine, "before_cursor_execute", lambda *_a, **_k: statements.__setitem__(0, statements[0] + 1))
    export = export_monthly if kind == "month" else export_weekly
    if warm:  # the app's second export: SQL compiled, caches filled (the first one's cost is reported apart)
        export(db, period, out, lang="zh_CN", tz="UTC", today=realistic_data.TODAY)
        statements[0] = 0
    resident_before = memory_mb("VmRSS")
    if trace:
        tracemalloc.start()
    began, began_cpu = time.perf_counter(), time.process_time()
    result = export(db, period, out, lang="zh_CN", tz="UTC", today=realistic_data.TODAY)
    seconds, cpu = time.perf_counter() - began, time.process_time() - began_cpu
    peak = tracemalloc.get_traced_memory()[1] if trace else None
    db.dispose()
    return {"seconds": seconds, "cpu": cpu, "tracemalloc_peak_mb": peak / 2 ** 20 if peak else None,
            "max_rss_mb": memory_mb("VmHWM"), "rss_before_mb": resident_before, "evaluations": result.evaluations,
            "statements": statements[0], "imports_cpu": imports_cpu}


def memory_mb(field: str) -> float:
    """This process's resident memory now (VmRSS) or at its peak (VmHWM). Not ru_maxrss: on Linux it
    survives exec, so a child started by a parent that had grown (the floor holds every cell) would
    report the parent's peak."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def write_floor(workbook_path: Path, out: Path, own_rows: bool = False) -> float:
    """openpyxl write-only writing the very same cell values, nothing computed: CPU seconds. With ``own_rows``
    the app's own write-only workbook writes them (its rows through core/reports/xlsx_rows.py)."""
    from openpyxl import Workbook, load_workbook

    from qa_desktop.core.reports.sheet_dimensions import MeasuredWorkbook

    source = load_workbook(workbook_path, read_only=True)
    sheets = [(ws.title, [list(row) for row in ws.iter_rows(values_only=True)]) for ws in source.worksheets]
    source.close()
    began_cpu = time.process_time()
    wb = MeasuredWorkbook() if own_rows else Workbook(write_only=True)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(out)
    return time.process_time() - began_cpu


def read_floor(db_path: Path, kind: str, period_text: str) -> float:
    """The reads the workbook cannot skip, in plain sqlite3 (no SQLAlchemy, nothing computed): CPU seconds.

    The period's counted evaluations once, through the submitted_at index, each one's answers decoded (the
    item figures need them; the monthly's Evaluations sheet also shows comments), and the trend periods'
    per-agent counts and score sums in one grouped read."""
    from qa_desktop.core.reports.period import ReportPeriod

    period = ReportPeriod.month(period_text, "UTC") if kind == "month" else ReportPeriod.week(period_text, "UTC")
    trend = period.recent(6 if kind == "month" else 8)
    counted = ("FROM evaluations e JOIN calls c ON c.id = e.call_id WHERE e.kind = 'regular' "
               "AND e.status = 'submitted' AND e.submitted_at >= ? AND e.submitted_at < ?")
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    began_cpu = time.process_time()
    details = ", e.comments, e.summary, c.external_id, c.call_type, c.customer_number_masked" if kind == "month" else ""
    for row in connection.execute(
            "SELECT e.id, e.submitted_at, e.form_version_id, e.evaluator_id, e.score, e.grade, e.critical_failed, "
            f"e.fatal_failed, e.answers, e.active_seconds, c.started_at, c.agent_id{details} {counted}",
            (stamp(period.start_utc), stamp(period.end_utc))):
        json.loads(row[8])
        if details:
            json.loads(row[12])
    connection.execute(f"SELECT c.agent_id, count(e.score), sum(round(e.score * 100)) {counted} GROUP BY c.agent_id",
                       (stamp(trend[0].start_utc), stamp(trend[-1].end_utc))).fetchall()
    cpu = time.process_time() - began_cpu
    connection.close()
    return cpu


def stamp(moment: dt.datetime) -> str:
    return f"{moment:%Y-%m-%d %H:%M:%S.%f}"  # as SQLAlchemy stores and binds a DateTime in SQLite


def subprocess_export(db_path: Path, kind: str, period: str, out: Path, trace: bool, warm: bool = False) -> dict:
    command = [sys.executable, __file__, "--export-only", str(db_path), kind, period, str(out)]
    command += (["--trace"] if trace else []) + (["--warm"] if warm else [])
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure(name: str, kind: str, repeat: int, trace: bool, warm: bool) -> dict:
    size = realistic_data.SIZES[name]
    db_path = realistic_data.database_for(name)
    period = size.month if kind == "month" else size.week
    out = OUT / f"{name}-{period}.xlsx"
    exports, writes, own_writes, reads, runs = [], [], [], [], []
    for _ in range(repeat):  # export and floors alternate, so a burst of load hits both alike
        timed = subprocess_export(db_path, kind, period, out, trace=False, warm=warm)
        runs.append(timed)
        exports.append(timed["cpu"])
        writes.append(write_floor(out, OUT / f"floor-{name}-{period}.xlsx"))
        own_writes.append(write_floor(out, OUT / f"floor-{name}-{period}.xlsx", own_rows=True))
        reads.append(read_floor(db_path, kind, period))
    row = {"size": name, "kind": kind, "period": period, "evaluations": timed["evaluations"],
           "cells": cell_count(out), "statements": timed["statements"], "file_mb": out.stat().st_size / 2 ** 20,
           "cpu": min(exports), "wall": min(r["seconds"] for r in runs), "write_floor": min(writes),
           "own_write_floor": min(own_writes),
           "read_floor": min(reads), "peak_mb": max(r["max_rss_mb"] for r in runs),
           "before_mb": min(r["rss_before_mb"] for r in runs), "imports_cpu": timed["imports_cpu"],
           "runs": exports}
    if trace:
        traced = subprocess_export(db_path, kind, period, OUT / f"traced-{name}-{period}.xlsx", trace=True)
        row["tracemalloc_mb"] = traced["tracemalloc_peak_mb"]
    return row


def describe(row: dict) -> str:
    floor = row["write_floor"] + row["read_floor"]
    text = (f"    {row['kind']} {row['period']}: {row['evaluations']:,} evaluations, {row['cells']:,} cells, "
            f"{row['statements']} SQL statements, file {row['file_mb']:.1f} MB\n"
            f"      export CPU {row['cpu']:6.2f} s (wall {row['wall']:.2f} s; CPU of each run "
            f"{', '.join(f'{c:.2f}' for c in row['runs'])})\n"
            f"      floors CPU: write {row['write_floor']:.2f} s, read {row['read_floor']:.2f} s, own-writer write "
            f"{row['own_write_floor']:.2f} s\n"
            f"      ratio  {row['cpu'] / floor:.2f}x the read+write floor, {row['cpu'] / row['write_floor']:.2f}x "
            f"the write floor (target < 2x read+write); "
            f"{row['cpu'] / (row['own_write_floor'] + row['read_floor']):.2f}x the own-writer read+write floor\n"
            f"      memory peak {row['peak_mb']:.0f} MB resident ({row['before_mb']:.0f} MB once the libraries were "
            f"imported: +{row['peak_mb'] - row['before_mb']:.0f} MB during the export)")
    if "tracemalloc_mb" in row:
        text += f"; tracemalloc peak {row['tracemalloc_mb']:.1f} MB"
    return text


def table(rows: list[dict]) -> str:
    lines = ["| size | workbook | evaluations | export CPU s | write floor s | read+write floor s | ratio (r+w) | "
             "ratio (write) | ratio (own writer r+w) | peak MB (+ during export) | SQL statements |",
             "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for row in rows:
        floor = row["write_floor"] + row["read_floor"]
        lines.append(f"| {row['size']} | {row['kind']} | {row['evaluations']:,} | {row['cpu']:.2f} | "
                     f"{row['write_floor']:.2f} | {floor:.2f} | {row['cpu'] / floor:.2f}x | "
                     f"{row['cpu'] / row['write_floor']:.2f}x | "
                     f"{row['cpu'] / (row['own_write_floor'] + row['read_floor']):.2f}x | {row['peak_mb']:.0f} "
                     f"(+{row['peak_mb'] - row['before_mb']:.0f}) | {row['statements']} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", nargs="+", default=list(realistic_data.SIZES), choices=list(realistic_data.SIZES))
    parser.add_argument("--kinds", nargs="+", default=["month", "week"], choices=["month", "week"])
    parser.add_argument("--repeat", type=int, default=3, help="runs of export and floors, alternating; best kept")
    parser.add_argument("--trace", action="store_true",
                        help="also measure the tracemalloc peak (slow: tracemalloc makes Python ~4x slower)")
    parser.add_argument("--warm", action="store_true",
                        help="time each export after a first one in the same process (the app's second export: "
                             "statements compiled, caches filled; the peak memory then covers both); by default the "
                             "first, cold one is timed")
    parser.add_argument("--export-only", nargs=4, metavar=("DB", "KIND", "PERIOD", "OUT"))
    args = parser.parse_args()
    if args.export_only:
        db, kind, period, out = args.export_only
        print(json.dumps(run_export(Path(db), kind, period, Path(out), args.trace, args.warm)))
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    load_before = realistic_data.load_average()
    print(f"workbook benchmark ({dt.datetime.now():%Y-%m-%d %H:%M}, {'warm' if args.warm else 'first'} export "
          f"of a process): {load_before}", flush=True)
    rows = []
    for name in args.sizes:
        print(f"\n  {realistic_data.SIZES[name].describe()}", flush=True)
        for kind in args.kinds:
            rows.append(measure(name, kind, args.repeat, args.trace, args.warm))
            print(describe(rows[-1]), flush=True)
    print(f"\nload before: {load_before}; after: {realistic_data.load_average()}\n{table(rows)}", flush=True)
    return 0


def cell_count(path: Path) -> int:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    total = sum(sum(1 for row in ws.iter_rows(values_only=True) for v in row if v is not None) for ws in wb.worksheets)
    wb.close()
    return total


if __name__ == "__main__":
    sys.exit(main())
