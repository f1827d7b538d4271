"""Importing HR's roster: 5,000 agents, then 12 monthly re-exports with transfers, leavers and hires.

    .venv/bin/python bench/bench_roster.py [--agents 5000] [--months 12] [--db PATH]

Each month's export is a GBK CSV with Chinese headers, as HR systems write it: every agent still
employed or who left that month, ~3 % of them moved to another team (with 调动日期), ~1.5 % leaving,
~2 % new hires on probation. Reported per import: seconds, rows changed, and the ratio to a floor
measured in the same run, reading and parsing the same file (``read_table``) without the database;
so the figure stays comparable on a loaded machine.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qa_desktop.core.db import open_database  # noqa: E402
from qa_desktop.core.library.manifest import read_table  # noqa: E402
from qa_desktop.core.roster.columns import ROSTER  # noqa: E402
from qa_desktop.core.roster.importer import add_months, import_roster  # noqa: E402

HEADER = ["序号", "工号", "姓名", "部门", "班组", "组长", "入职日期", "试用期至", "状态", "离职日期", "呼入/呼出",
          "调动日期", "手机号码"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华"


def write_export(path: Path, people: dict, teams: list[str]) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    for n, (code, p) in enumerate(sorted(people.items())):
        writer.writerow([n + 1, code, p["name"], "客服中心", p["team"], f"组长{teams.index(p['team']) + 1}",
                         p["hired"].isoformat(), add_months(p["hired"], 3).isoformat(),
                         "离职" if p["left"] else "在职", p["left"].isoformat() if p["left"] else "",
                         p["line"], p["moved"].isoformat() if p.get("moved") else "", f"139{n:08d}"])
    path.write_bytes(buffer.getvalue().encode("gbk"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agents", type=int, default=5000)
    parser.add_argument("--months", type=int, default=12)
    parser.add_argument("--db", type=Path, help="database file (default: a new one in a temporary folder)")
    args = parser.parse_args()
    rng = random.Random(2026)
    teams = [f"{n + 1}组" for n in range(40)]
    start = dt.date(2026, 1, 1)
    people = {}
    for n in range(args.agents):
        people[f"{100000 + n}"] = {
            "name": rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN), "team": rng.choice(teams),
            "hired": start - dt.timedelta(days=rng.randrange(30, 2000)), "left": None,
            "line": rng.choice(["呼入", "呼出"])}
    work = Path(tempfile.mkdtemp(prefix="bench-roster-"))
    db = args.db or work / "qa.sqlite3"
    database = open_database(db)
    print("load average before the run: " + ", ".join(f"{v:.2f}" for v in os.getloadavg()))
    next_code = 100000 + args.agents
    totals = {"seconds": 0.0, "floor": 0.0, "changed": 0}
    try:
        for month in range(args.months + 1):
            as_of = add_months(start, month)
            if month:
                for p in people.values():
                    p.pop("moved", None)
                current = [c for c, p in people.items() if not p["left"]]
                for code in rng.sample(current, int(len(current) * 0.03)):
                    people[code]["team"] = rng.choice([t for t in teams if t != people[code]["team"]])
                    people[code]["moved"] = as_of - dt.timedelta(days=rng.randrange(1, 28))
                for code in rng.sample(current, int(len(current) * 0.015)):
                    people[code]["left"] = as_of - dt.timedelta(days=rng.randrange(1, 28))
                for _ in range(int(len(current) * 0.02)):
                    people[str(next_code)] = {"name": rng.choice(SURNAMES) + rng.choice(GIVEN),
                                              "team": rng.choice(teams), "left": None, "line": "呼入",
                                              "hired": as_of - dt.timedelta(days=rng.randrange(1, 28))}
                    next_code += 1
            path = work / f"花名册_{as_of:%Y-%m}.csv"
            write_export(path, people, teams)
            began = time.perf_counter()
            read_table(path, ROSTER)
            floor = time.perf_counter() - began
            report = import_roster(database, path, as_of=as_of)
            label = "first import" if month == 0 else f"re-import {month:2d}"
            print(f"{label} {as_of:%Y-%m}: {report.rows:5d} rows in {report.elapsed_s:5.2f} s "
                  f"({report.elapsed_s / floor:4.1f}x reading the file, {floor:.2f} s); changed {report.changed:4d} "
                  f"(new {len(report.created)}, transfers {len(report.transferred)}, left {len(report.left)}), "
                  f"problems {len(report.problems)}")
            if month:
                totals["seconds"] += report.elapsed_s
                totals["floor"] += floor
                totals["changed"] += report.changed
        again = import_roster(database, path, as_of=as_of)
        print(f"same file again: {again.rows} rows in {again.elapsed_s:.2f} s, changed {again.changed}")
        print(f"{args.months} re-imports: {totals['seconds']:.1f} s in total "
              f"({totals['seconds'] / max(totals['floor'], 1e-9):.1f}x reading the files), "
              f"{totals['changed']} rows changed; database {db.stat().st_size / 1e6:.1f} MB")
    finally:
        database.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
