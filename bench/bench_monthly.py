"""Benchmark: the monthly workbook for 500 agents and 60,000 evaluations of a 30-item form.

    .venv/bin/python bench/bench_monthly.py                  # build DBs (cached in /tmp), time, memory
    .venv/bin/python bench/bench_monthly.py --evaluations 20000 --agents 500

What it prints:
- export time of ``export_monthly`` against the floor: openpyxl write-only writing exactly the
  same cells (read back from the exported workbook beforehand) with no computation — target < 2×;
- peak memory of the export (tracemalloc peak and the process's max RSS, each run in a fresh
  process) for 20,000 and 60,000 evaluations: it must not grow with the number of evaluations
  beyond one chunk.

The database is built with bulk inserts (not through the GUI); scores come from the real
scoring engine over a pool of answer sets.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MONTH = "2026-10"
N_ITEMS = 30


def form_definition() -> dict:
    sections = []
    for s in range(5):
        items = []
        for i in range(6):
            code = f"S{s + 1}I{i + 1}"
            text = {"zh_CN": f"第{s + 1}部分第{i + 1}项：服务规范用语", "en": f"Section {s + 1} item {i + 1}"}
            if i % 3 == 0:
                items.append({"code": code, "type": "yes_no_na", "text": text, "points": 3,
                              "critical": s == 0 and i == 0})
            elif i % 3 == 1:
                items.append({"code": code, "type": "scale", "text": text,
                              "options": [{"value": v} for v in range(0, 6)]})
            else:
                items.append({"code": code, "type": "yes_no", "text": text, "points": 2,
                              **({"fatal": {"answers": ["no"], "effect": "zero_total"}} if s == 4 and i == 5 else {})})
        sections.append({"code": f"S{s + 1}", "title": {"zh_CN": f"第{s + 1}部分", "en": f"Part {s + 1}"},
                         "weight": 20, "items": items})
    return {"format": 1, "code": "STD", "name": {"zh_CN": "标准评分表", "en": "Standard form"},
            "sections": sections}


def build_database(path: Path, n_agents: int, n_evaluations: int, seed: int = 7) -> None:
    from sqlalchemy import insert

    from qa_desktop.core.db import models as m
    from qa_desktop.core.db import open_database
    from qa_desktop.core.scoring.engine import score
    from qa_desktop.core.scoring.form import FormDefinition

    rng = random.Random(seed)
    if path.exists():
        path.unlink()
    db = open_database(path)
    definition_dict = form_definition()
    definition = FormDefinition.from_dict(definition_dict)
    pool = []
    for _ in range(400):
        answers = {}
        quality = rng.random()
        for _s, item in definition.items():
            good = rng.random() < 0.55 + 0.45 * quality
            if item.type == "yes_no_na":
                answers[item.code] = "na" if rng.random() < 0.1 else ("yes" if good else "no")
            elif item.type == "scale":
                answers[item.code] = 5 if good else rng.randint(0, 4)
            else:
                answers[item.code] = "yes" if good or (item.fatal and rng.random() < 0.97) else "no"
        result = score(definition, answers)
        pool.append((answers, result.total, result.grade("zh_CN"), result.critical_failed, result.fatal_failed))

    start = dt.datetime(2026, 10, 1)
    previous_months = [(dt.datetime(2026, 10 - k, 1), n_evaluations // 10) for k in range(1, 6)]
    with db.write_session() as s:
        s.execute(insert(m.Team), [{"id": t + 1, "name": f"{t + 1}组 Team {t + 1}"} for t in range(10)])
        s.execute(insert(m.User), [{"id": u + 1, "login": f"qa{u + 1}", "display_name": f"质检员{u + 1}",
                                    "role": "evaluator"} for u in range(6)])
        s.execute(insert(m.Agent), [{"id": a + 1, "agent_code": f"A{a + 1:04d}", "name": f"座席{a + 1}",
                                     "team_id": a % 10 + 1} for a in range(n_agents)])
        s.execute(insert(m.ScoringForm), [{"id": 1, "code": "STD", "name": "标准评分表"}])
        s.execute(insert(m.FormVersion), [{"id": 1, "form_id": 1, "version_no": 1, "definition": definition_dict,
                                           "locked": True}])
    next_id = 1
    batches = [(start, n_evaluations)] + previous_months
    for month_start, count in batches:
        days = 28
        for offset in range(0, count, 5000):
            calls, evaluations, notes = [], [], []
            for _ in range(min(5000, count - offset)):
                answers, total, grade, critical, fatal = rng.choice(pool)
                at = month_start + dt.timedelta(seconds=rng.randint(0, days * 86400))
                calls.append({"id": next_id, "external_id": f"C{next_id}", "recording_path": f"/rec/{next_id}.wav",
                              "started_at": at - dt.timedelta(hours=20),
                              "call_type": rng.choice(["投诉", "查询", "预订"]),
                              "customer_number_masked": "138****5678", "agent_id": rng.randint(1, n_agents)})
                evaluations.append({"id": next_id, "call_id": next_id, "form_version_id": 1,
                                    "evaluator_id": rng.randint(1, 6), "kind": "regular", "status": "submitted",
                                    "answers": answers, "comments": {}, "score": total, "grade": grade,
                                    "critical_failed": critical, "fatal_failed": fatal,
                                    "breakdown": None, "submitted_at": at, "started_at": at,
                                    "updated_at": at, "active_seconds": rng.randint(120, 600)})
                if rng.random() < 0.2:
                    notes.append({"call_id": next_id, "evaluation_id": next_id, "position_ms": rng.randint(0, 300000),
                                  "item_code": "S1I2", "text": "客户来电 13812345678，未按规范致歉"})
                next_id += 1
            with db.write_session() as s:
                s.execute(insert(m.Call), calls)
                s.execute(insert(m.Evaluation), evaluations)
                if notes:
                    s.execute(insert(m.Annotation), notes)
    with db.write_session() as s:
        s.execute(insert(m.CoachingSession), [
            {"id": c + 1, "agent_id": rng.randint(1, n_agents), "coach_id": 1, "kind": "offline",
             "held_on": dt.date(2026, 10, rng.randint(1, 28)), "agreed": "按规范致歉", "follow_up_status": "pending",
             "follow_up_on": dt.date(2026, 11, 5)} for c in range(200)])
        s.execute(insert(m.Flag), [
            {"call_id": rng.randint(1, n_evaluations), "kind": rng.choice(["excellent", "failing", "complaint"]),
             "reason": "示例", "raised_at": start + dt.timedelta(days=rng.randint(0, 27)), "resolution": "open"}
            for _ in range(300)])
    db.dispose()


def run_export(db_path: Path, out: Path, trace: bool) -> dict:
    import tracemalloc

    from qa_desktop.core.db import open_database
    from qa_desktop.core.reports.monthly import export_monthly

    db = open_database(db_path, create=False)
    if trace:
        tracemalloc.start()
    began, began_cpu = time.perf_counter(), time.process_time()
    result = export_monthly(db, MONTH, out, lang="zh_CN", tz="UTC", today=dt.date(2026, 11, 3))
    seconds, cpu = time.perf_counter() - began, time.process_time() - began_cpu
    peak = tracemalloc.get_traced_memory()[1] if trace else None
    db.dispose()
    return {"seconds": seconds, "cpu": cpu, "tracemalloc_peak_mb": peak / 2 ** 20 if peak else None,
            "max_rss_mb": peak_rss_mb(),
            "evaluations": result.evaluations}


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
    """openpyxl write-only writing the very same cell values, nothing computed: (wall, CPU) seconds."""
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
    return time.perf_counter() - began, time.process_time() - began_cpu


def subprocess_export(db_path: Path, out: Path, trace: bool) -> dict:
    command = [sys.executable, __file__, "--export-only", str(db_path), str(out)] + (["--trace"] if trace else [])
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--agents", type=int, default=500)
    parser.add_argument("--evaluations", type=int, nargs="+", default=[20000, 60000])
    parser.add_argument("--dir", type=Path, default=Path("/tmp/qa_bench_reports"))
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--repeat", type=int, default=2, help="runs of export and floor, alternating; best kept")
    parser.add_argument("--trace", action="store_true",
                        help="also measure the tracemalloc peak (slow: tracemalloc makes Python ~4x slower)")
    parser.add_argument("--export-only", nargs=2, metavar=("DB", "OUT"))
    args = parser.parse_args()
    os.environ.setdefault("QA_DESKTOP_USER", "bench")
    if args.export_only:
        print(json.dumps(run_export(Path(args.export_only[0]), Path(args.export_only[1]), args.trace)))
        return 0
    args.dir.mkdir(parents=True, exist_ok=True)
    print(f"monthly workbook benchmark: {args.agents} agents, {N_ITEMS}-item form, month {MONTH}, "
          f"CPU count {os.cpu_count()}, load average {os.getloadavg()[0]:.1f}", flush=True)
    for n in args.evaluations:
        db_path = args.dir / f"bench_{args.agents}_{n}.sqlite3"
        if args.rebuild or not db_path.exists():
            began = time.perf_counter()
            build_database(db_path, args.agents, n)
            print(f"  built {db_path.name} in {time.perf_counter() - began:.1f} s", flush=True)
        out = args.dir / f"monthly_{n}.xlsx"
        exports, floors, rss = [], [], []
        for _ in range(args.repeat):
            timed = subprocess_export(db_path, out, trace=False)
            exports.append((timed["cpu"], timed["seconds"]))
            rss.append(timed["max_rss_mb"])
            floors.append(floor_time(out, args.dir / f"floor_{n}.xlsx")[::-1])
        (export_cpu, export_wall), (floor_cpu, floor_wall) = min(exports), min(floors)
        cells = cell_count(out)
        print(f"  {n:>6} evaluations, {cells:,} cells in the workbook:\n"
              f"      export  CPU {export_cpu:6.2f} s, wall {export_wall:6.2f} s   (runs, CPU: "
              f"{', '.join(f'{c:.1f}' for c, _w in exports)})\n"
              f"      floor   CPU {floor_cpu:6.2f} s, wall {floor_wall:6.2f} s   (runs, CPU: "
              f"{', '.join(f'{c:.1f}' for c, _w in floors)})\n"
              f"      ratio   CPU {export_cpu / floor_cpu:.2f}x, wall {export_wall / floor_wall:.2f}x (target < 2x; "
              f"CPU time is the fair figure on a shared, loaded machine)\n"
              f"      peak RSS (VmHWM) of the export process {max(rss):.0f} MB; "
              f"file {out.stat().st_size / 2 ** 20:.1f} MB",
              flush=True)
        if args.trace:
            traced = subprocess_export(db_path, args.dir / f"monthly_{n}_traced.xlsx", trace=True)
            print(f"          tracemalloc peak during the export {traced['tracemalloc_peak_mb']:.1f} MB", flush=True)
    return 0


def cell_count(path: Path) -> int:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    total = sum(sum(1 for row in ws.iter_rows(values_only=True) for v in row if v is not None) for ws in wb.worksheets)
    wb.close()
    return total


if __name__ == "__main__":
    sys.exit(main())
