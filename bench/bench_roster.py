"""Importing HR's roster into a realistic centre: the first export, then 12 monthly re-exports.

    .venv/bin/python bench/bench_roster.py [--size month500|year|team|all] [--agents 5000] [--months 12]

Data: the demo generator's database of that size (bench/realistic_data.py), copied to a temporary
folder: its agents already have calls, evaluations, coaching and disputes. HR's export lists those
agents (their 工号, names, teams and leads, hire and probation dates, as the database has them)
and, with ``--agents``, more colleagues up to that many; each month's export is a GBK CSV with
Chinese headers, as HR systems write it: everyone still employed or who left that month, ~3 % moved
to another team (with 调动日期), ~1.5 % leaving, ~2 % new hires on probation. Each goes through the
real roster import (``roster.importer.import_roster``, as 设置 → 花名册 and ``qa-desktop roster
import`` do).

Reported per import: seconds, rows changed, and the ratio to a floor measured in the same run:
reading and parsing the same file (``read_table``) without the database. Budget: a month's
re-import of 5,000 agents within 5 s.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import realistic_data  # noqa: E402

from qa_desktop.core.db import open_database  # noqa: E402
from qa_desktop.core.library.manifest import read_table  # noqa: E402
from qa_desktop.core.roster.columns import ROSTER  # noqa: E402
from qa_desktop.core.roster.importer import add_months, import_roster  # noqa: E402

HEADER = ["序号", "工号", "姓名", "部门", "班组", "组长", "入职日期", "试用期至", "状态", "离职日期", "呼入/呼出",
          "调动日期", "手机号码"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华"


def write_export(path: Path, people: dict, leads: dict[str, str]) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    for n, (code, p) in enumerate(sorted(people.items())):
        writer.writerow([n + 1, code, p["name"], "客服中心", p["team"], leads[p["team"]],
                         p["hired"].isoformat(), add_months(p["hired"], 3).isoformat(),
                         "离职" if p["left"] else "在职", p["left"].isoformat() if p["left"] else "",
                         p["line"], p["moved"].isoformat() if p.get("moved") else "", f"139{n:08d}"])
    path.write_bytes(buffer.getvalue().encode("gbk"))


def demo_people(path: Path) -> tuple[dict, list[str], dict[str, str]]:
    """The realistic database's agents as HR lists them, its teams and their leads' names."""
    import sqlite3

    connection = sqlite3.connect(path)
    rows = connection.execute(
        "SELECT a.agent_code, a.name, t.name, a.hire_date, u.display_name FROM agents a "
        "JOIN teams t ON t.id = a.team_id LEFT JOIN users u ON u.id = t.lead_user_id ORDER BY a.agent_code").fetchall()
    connection.close()
    people = {code: {"name": name, "team": team, "hired": dt.date.fromisoformat(hired[:10]), "left": None,
                     "line": "呼出" if "外呼" in team else "呼入"} for code, name, team, hired, _lead in rows}
    leads = {team: (lead or "").replace("(班组长)", "") for _code, _name, team, _hired, lead in rows}
    return people, sorted(leads), leads


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    realistic_data.add_size_argument(parser)
    parser.add_argument("--agents", type=int, default=0,
                        help="people in HR's export (default: the database's agents only)")
    parser.add_argument("--months", type=int, default=12)
    args = parser.parse_args()
    for size_name in realistic_data.chosen_sizes(args):
        bench(size_name, args.agents, args.months)
    return 0


def bench(size_name: str, agents: int, months: int) -> None:
    rng = random.Random(2026)
    start = dt.date(2026, 12, 1)
    work = Path(tempfile.mkdtemp(prefix="bench-roster-"))
    db = realistic_data.working_copy(size_name, work)
    people, teams, leads = demo_people(db)
    next_code = max(int(code) for code in people) + 1
    for _ in range(max(0, agents - len(people))):
        people[str(next_code)] = {
            "name": rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN), "team": rng.choice(teams),
            "hired": start - dt.timedelta(days=rng.randrange(30, 2000)), "left": None,
            "line": rng.choice(["呼入", "呼出"])}
        next_code += 1
    database = open_database(db)
    database.user_login = realistic_data.USER
    print(f"{realistic_data.SIZES[size_name].describe()}; HR lists {len(people):,} people; "
          f"{realistic_data.load_average()}", flush=True)
    totals = {"seconds": 0.0, "floor": 0.0, "changed": 0}
    try:
        for month in range(months + 1):
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
            write_export(path, people, leads)
            began = time.perf_counter()
            read_table(path, ROSTER)
            floor = time.perf_counter() - began
            report = import_roster(database, path, as_of=as_of)
            label = "first import" if month == 0 else f"re-import {month:2d}"
            print(f"{label} {as_of:%Y-%m}: {report.rows:5d} rows in {report.elapsed_s:5.2f} s "
                  f"({report.elapsed_s / floor:4.1f}x reading the file, {floor:.2f} s); changed {report.changed:4d} "
                  f"(new {len(report.created)}, transfers {len(report.transferred)}, left {len(report.left)}), "
                  f"problems {len(report.problems)}", flush=True)
            if month:
                totals["seconds"] += report.elapsed_s
                totals["floor"] += floor
                totals["changed"] += report.changed
        again = import_roster(database, path, as_of=as_of)
        print(f"same file again: {again.rows} rows in {again.elapsed_s:.2f} s, changed {again.changed}")
        print(f"{months} re-imports: {totals['seconds']:.1f} s in total "
              f"({totals['seconds'] / max(totals['floor'], 1e-9):.1f}x reading the files), "
              f"{totals['changed']} rows changed; database {db.stat().st_size / 1e6:.1f} MB")
    finally:
        database.dispose()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
