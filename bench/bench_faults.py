"""Fault injection figures: kill -9 at random (seeded) moments of submit, import, export, backup and demo.

    .venv/bin/python bench/bench_faults.py [--kills 10] [--seed 18] [--work DIR] [--keep]

Runs the harness of tests/fault_injection.py (the CI test runs a few kills of each; this runs many)
and prints, per command: processes started, how many were killed before finishing, what they had
reported committed and how much of it was found afterwards (lost must be 0), files under their
final name that did not open (must be 0), `check` failures (must be 0), temporary files or import
runs "in progress" right after the kills, and what was still left after the next run (must be 0).
Kill moments are seeded; which phase a kill lands in still depends on the machine's speed and load.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fault_injection import run_all  # noqa: E402

COLUMNS = ("runs", "kills", "reported", "present", "lost", "broken_outputs", "check_failures",
           "leftovers_after_kill", "leftovers_after_restart", "seconds")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=10, help="kills per command (default 10)")
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--work", type=Path, help="working folder (default: a new temporary one)")
    parser.add_argument("--keep", action="store_true", help="keep the working folder")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="qa-faults-"))
    started = time.monotonic()
    try:
        figures = run_all(work, args.seed, {name: args.kills for name in
                                            ("submit", "import_", "export", "backup", "demo")})
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(f"{'command':<8} " + " ".join(f"{c:>10.10}" for c in COLUMNS))
    for f in figures:
        row = f.to_dict()
        print(f"{f.scenario:<8} " + " ".join(f"{row[c]:>10.1f}" if c == "seconds" else f"{row[c]:>10}"
                                            for c in COLUMNS))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"seed {args.seed}, {time.monotonic() - started:.0f} s, load average {load:.1f} on {os.cpu_count()} CPUs")
    print(json.dumps([f.to_dict() for f in figures]))
    bad = sum(f.lost + f.broken_outputs + f.check_failures + f.leftovers_after_restart for f in figures)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
