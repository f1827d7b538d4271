"""Drawing and assigning a week's sample in a realistic call centre, against reading that week's calls.

    .venv/bin/python bench/bench_sampling.py [--size month500|year|team|all]

Data: the demo generator's database of that size (bench/realistic_data.py: agents in four teams,
some on probation, a third of the calls evaluated, with flags, coaching, disputes and a
calibration session), copied to a temporary folder because the draw stores its sample. The week
is the size's ISO week (2026-W47): ~14,000 calls at 500 agents.

Measured: ``run_sample`` as the Sampling page and ``qa-desktop sample`` call it: the draw
(seed 7), a rerun (must give the same calls) and the assignment to the evaluators.
Floor, in the same run: reading that week's calls with the fields a draw looks at (one SQL
statement through sqlite3, no ORM). Budget: the draw within 2 s at 500 agents (a QA lead waits
on it), printed as its ratio to the floor so a loaded machine does not hide a regression.
"""
from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import realistic_data  # noqa: E402

BUDGET_S = 2.0


def floor_seconds(path: Path, week) -> float:
    """Reading the week's calls and their agents' teams, nothing computed."""
    began = time.perf_counter()
    connection = sqlite3.connect(path)
    rows = connection.execute(
        "SELECT c.id, c.agent_id, a.team_id, a.probation_end, c.call_type, c.direction, c.duration_s, "
        "c.started_at, c.recording_missing FROM calls c JOIN agents a ON a.id = c.agent_id "
        "WHERE c.started_at >= ? AND c.started_at < ?",
        (week.start.isoformat(), week.end.isoformat())).fetchall()
    connection.close()
    assert rows, "the week has no calls"
    return time.perf_counter() - began


def _week_before(label: str) -> str:
    year, number = label.split("-W")
    return f"{year}-W{int(number) - 1:02d}"


def bench(size_name: str) -> None:
    from qa_desktop.core.db import open_database
    from qa_desktop.core.workflow.sampling import parse_week, run_sample
    from qa_desktop.core.workflow.sampling_plan import save_plan

    size = realistic_data.SIZES[size_name]
    week = parse_week(size.week)
    with tempfile.TemporaryDirectory(prefix="qa-bench-sampling-") as folder:
        path = realistic_data.working_copy(size_name, Path(folder))
        database = open_database(path)
        database.user_login = realistic_data.USER
        try:
            save_plan(database, "default", {"max_unstarted": 1000})
            run_sample(database, _week_before(size.week), seed=1)  # warm-up: the modules a first draw imports
            print(f"{size.describe()}; week {week.label}; {realistic_data.load_average()}", flush=True)
            for label, kwargs in (("draw", {"seed": 7}), ("rerun", {}), ("assign", {"assign": True})):
                floor = floor_seconds(path, week)
                began = time.perf_counter()
                result = run_sample(database, size.week, **kwargs)
                elapsed = time.perf_counter() - began
                extra = f", same calls {result.get('same_calls_as_stored')}" if result.get("rerun") else ""
                budget = f" (budget {BUDGET_S:.0f} s)" if label == "draw" else ""
                print(f"  {label:6s} {elapsed:6.2f} s{budget}, floor {floor:.3f} s, ratio {elapsed / floor:5.1f}x — "
                      f"{result['selected']} of {result['period_calls']} calls ({result['rate']:.2%}), "
                      f"{len(result['shortfalls'])} agents short, {result['assignment']['assigned']} "
                      f"{'would be assigned' if result['assignment'].get('preview') else 'assigned'}{extra}",
                      flush=True)
        finally:
            database.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    realistic_data.add_size_argument(parser)
    args = parser.parse_args()
    for size_name in realistic_data.chosen_sizes(args):
        bench(size_name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
