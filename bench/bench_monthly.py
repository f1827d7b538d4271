"""Benchmark: the monthly and weekly workbooks at a real centre's scale, against openpyxl's own floor.

    .venv/bin/python bench/bench_monthly.py                          # three sizes, month and week
    .venv/bin/python bench/bench_monthly.py --sizes month500 --kinds month --trace

The databases come from the app's demo generator (bench/realistic_data.py: a 40-agent team, a
120-agent centre for a year, 500 agents for a month; cached in /tmp), so the evaluations carry
real breakdowns, flags, coaching sessions with links and action items, and disputes.

What it prints, per size and workbook:
- export time (CPU and wall, best of ``--repeat`` runs, each in a fresh process) against the floor:
  openpyxl write-only writing exactly the same cells (read back from the exported workbook
  beforehand) with nothing computed, measured in the same run — target < 2×;
- SQL statements the export ran, and the peak resident memory of the export process (VmHWM);
  with ``--trace`` also the tracemalloc peak. Peak memory must not grow with the evaluations.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import realistic_data  # noqa: E402

OUT = realistic_data.CACHE / "workbooks"


def run_export(db_path: Path, kind: str, period: str, out: Path, trace: bool) -> dict:
    import tracemalloc

    from sqlalchemy import event

    from qa_desktop.core.db import open_database
    from qa_desktop.core.reports.monthly import export_monthly
    from qa_desktop.core.reports.weekly import export_weekly

    # The libraries an export loads on first use (openpyxl, its charts, SciPy for the agents' intervals,
    # NumPy for calibration) are imported before the clock starts, as the floor's openpyxl is: the
    # comparison is of the work. Their one-time cost is reported on its own.
    began_imports = time.process_time()
    import openpyxl.chart  # noqa: F401
    import scipy.stats  # noqa: F401

    import qa_desktop.core.calibration.report  # noqa: F401
    imports_cpu = time.process_time() - began_imports
    db = open_database(db_path, create=False)
    db.user_login = realistic_data.USER
    statements = [0]
    event.listen(db.engine, "before_cursor_execute", lambda *_a, **_k: statements.__setitem__(0, statements[0] + 1))
    if trace:
        tracemalloc.start()
    export = export_monthly if kind == "month" else export_weekly
    began, began_cpu = time.perf_counter(), time.process_time()
    result = export(db, period, out, lang="zh_CN", tz="UTC", today=realistic_data.TODAY)
    seconds, cpu = time.perf_counter() - began, time.process_time() - began_cpu
    peak = tracemalloc.get_traced_memory()[1] if trace else None
    db.dispose()
    return {"seconds": seconds, "cpu": cpu, "tracemalloc_peak_mb": peak / 2 ** 20 if peak else None,
            "max_rss_mb": peak_rss_mb(), "evaluations": result.evaluations, "statements": statements[0],
            "imports_cpu": imports_cpu}


def peak_rss_mb() -> float:
    """This process's peak resident memory. VmHWM, not ru_maxrss: on Linux ru_maxrss survives exec,
    so a child started by a parent that had grown (the floor holds every cell) would report the
    parent's peak."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def floor_time(workbook_path: Path, out: Path) -> tuple[float, float]:
    """openpyxl write-only writing the very same cell values, nothing computed: (CPU, wall) seconds."""
    from openpyxl import Workbook, load_workbook

    source = load_workbook(workbook_path, read_only=True)
    sheets = [(ws.title, [list(row) for row in ws.iter_rows(values_only=True)]) for ws in source.worksheets]
    source.close()
    began, began_cpu = time.perf_counter(), time.process_time()
    wb = Workbook(write_only=True)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(out)
    return time.process_time() - began_cpu, time.perf_counter() - began


def subprocess_export(db_path: Path, kind: str, period: str, out: Path, trace: bool) -> dict:
    command = [sys.executable, __file__, "--export-only", str(db_path), kind, period, str(out)]
    done = subprocess.run(command + (["--trace"] if trace else []), capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", nargs="+", default=list(realistic_data.SIZES), choices=list(realistic_data.SIZES))
    parser.add_argument("--kinds", nargs="+", default=["month", "week"], choices=["month", "week"])
    parser.add_argument("--repeat", type=int, default=2, help="runs of export and floor, alternating; best kept")
    parser.add_argument("--trace", action="store_true",
                        help="also measure the tracemalloc peak (slow: tracemalloc makes Python ~4x slower)")
    parser.add_argument("--export-only", nargs=4, metavar=("DB", "KIND", "PERIOD", "OUT"))
    args = parser.parse_args()
    if args.export_only:
        db, kind, period, out = args.export_only
        print(json.dumps(run_export(Path(db), kind, period, Path(out), args.trace)))
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    print(f"workbook benchmark ({dt.datetime.now():%Y-%m-%d %H:%M}): {realistic_data.load_average()}", flush=True)
    for name in args.sizes:
        size = realistic_data.SIZES[name]
        db_path = realistic_data.database_for(name)
        print(f"\n  {size.describe()}", flush=True)
        for kind in args.kinds:
            period = size.month if kind == "month" else size.week
            out = OUT / f"{name}-{period}.xlsx"
            exports, floors, rss = [], [], []
            for _ in range(args.repeat):
                timed = subprocess_export(db_path, kind, period, out, trace=False)
                exports.append((timed["cpu"], timed["seconds"]))
                rss.append(timed["max_rss_mb"])
                floors.append(floor_time(out, OUT / f"floor-{name}-{period}.xlsx"))
            (export_cpu, export_wall), (floor_cpu, floor_wall) = min(exports), min(floors)
            print(f"    {kind} {period}: {timed['evaluations']:,} evaluations, {cell_count(out):,} cells, "
                  f"{timed['statements']} SQL statements, file {out.stat().st_size / 2 ** 20:.1f} MB\n"
                  f"      export  CPU {export_cpu:6.2f} s, wall {export_wall:6.2f} s   (CPU of each run: "
                  f"{', '.join(f'{c:.1f}' for c, _w in exports)})\n"
                  f"      floor   CPU {floor_cpu:6.2f} s, wall {floor_wall:6.2f} s   (CPU of each run: "
                  f"{', '.join(f'{c:.1f}' for c, _w in floors)})\n"
                  f"      ratio   CPU {export_cpu / floor_cpu:.2f}x, wall {export_wall / floor_wall:.2f}x "
                  f"(target < 2x; CPU is the fair figure on a shared machine)\n"
                  f"      peak RSS of the export process {max(rss):.0f} MB; one-time library imports before the "
                  f"clock started: {timed['imports_cpu']:.2f} s CPU", flush=True)
            if args.trace:
                traced = subprocess_export(db_path, kind, period, OUT / f"traced-{name}-{period}.xlsx", trace=True)
                print(f"      tracemalloc peak during the export {traced['tracemalloc_peak_mb']:.1f} MB", flush=True)
    return 0


def cell_count(path: Path) -> int:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    total = sum(sum(1 for row in ws.iter_rows(values_only=True) for v in row if v is not None) for ws in wb.worksheets)
    wb.close()
    return total


if __name__ == "__main__":
    sys.exit(main())
