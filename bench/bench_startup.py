"""Benchmark: `qa-desktop --version` and `--help` against a bare `python -c pass`, in the same run.

    .venv/bin/python bench/bench_startup.py [--runs 15]

Each command runs as a whole process, alternating with the floor so a drift of the shared machine
hits both; the median wall time of each and the median of the pairwise ratios are printed.
Budget: 0.3 s for each (the window's own start-up is in bench_screens.py).
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET_S = 0.3


def wall(command: list[str]) -> float:
    began = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, cwd=ROOT)
    return time.perf_counter() - began


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    one, five, _ = os.getloadavg()
    print(f"start-up benchmark: {os.cpu_count()} CPUs, load average {one:.1f} (5 min {five:.1f})")
    floor_command = [sys.executable, "-c", "pass"]
    for flag in ("--version", "--help"):
        command = [sys.executable, "-m", "qa_desktop", flag]
        wall(command)  # warm the file cache
        ours, floor = [], []
        for _ in range(args.runs):
            ours.append(wall(command))
            floor.append(wall(floor_command))
        ratio = statistics.median(a / b for a, b in zip(ours, floor))
        print(f"  qa-desktop {flag:<9} median {statistics.median(ours):.3f} s (min {min(ours):.3f}); "
              f"floor python -c pass {statistics.median(floor):.3f} s; ratio {ratio:.1f}x; budget {BUDGET_S} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
