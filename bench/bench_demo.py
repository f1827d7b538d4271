"""Benchmark: `qa-desktop demo` at 500 agents (60,000 calls, one month) against SQLite writing the same rows.

    .venv/bin/python bench/bench_demo.py [--agents 500 --calls 60000 --months 1]

The demo scores every evaluation with the real engine and inserts in bulk; the floor copies the
finished database's tables into a new file (SQLite writing the very same rows, nothing computed),
measured in the same run. Budget: 30 s for the whole command.
"""
from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET_S = 30


def copy_tables(source: Path, target: Path) -> float:
    """SQLite writing the same rows into a new file: wall seconds."""
    began = time.perf_counter()
    connection = sqlite3.connect(target)
    connection.execute("ATTACH DATABASE ? AS source", (str(source),))
    tables = [name for (name,) in connection.execute(
        "SELECT name FROM source.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    with connection:
        for table in tables:
            connection.execute(f'CREATE TABLE "{table}" AS SELECT * FROM source."{table}"')
    connection.close()
    return time.perf_counter() - began


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--agents", type=int, default=500)
    parser.add_argument("--calls", type=int, default=60000)
    parser.add_argument("--months", type=int, default=1)
    args = parser.parse_args()
    one, five, _ = os.getloadavg()
    print(f"demo benchmark: {args.agents} agents, {args.calls:,} calls, {args.months} month(s); "
          f"{os.cpu_count()} CPUs, load average {one:.1f} (5 min {five:.1f})", flush=True)
    with tempfile.TemporaryDirectory(prefix="qa-bench-demo-") as folder:
        db = Path(folder) / "demo.sqlite3"
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        began = time.perf_counter()
        subprocess.run([sys.executable, "-m", "qa_desktop", "--db", str(db), "demo", "--agents", str(args.agents),
                        "--calls", str(args.calls), "--months", str(args.months), "--json"],
                       check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
        seconds = time.perf_counter() - began
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        floor = copy_tables(db, Path(folder) / "floor.sqlite3")
        size = db.stat().st_size / 2 ** 20
    print(f"  demo   wall {seconds:6.1f} s, CPU {cpu:6.1f} s (database {size:.0f} MB; budget {BUDGET_S} s wall)\n"
          f"  floor  wall {floor:6.1f} s (SQLite copying the same tables into a new file)\n"
          f"  ratio  {seconds / floor:.1f}x", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
