"""How long drawing and assigning a week's sample takes at call-centre volume.

    .venv/bin/python bench/bench_sampling.py [AGENTS] [CALLS_PER_AGENT]

Builds a throwaway SQLite database with AGENTS agents (default 500; 10% in probation) in 25 teams,
CALLS_PER_AGENT calls each in 2026-W46 (default 300, four call types), last week's scores for
the ranking, and 20 evaluators; then times the draw, a rerun (must give the same calls) and the
assignment. Prints the figures.
"""
from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

from qa_desktop.core.db import open_database
from qa_desktop.core.db.models import (
    Agent,
    Call,
    Direction,
    Evaluation,
    EvaluationKind,
    EvaluationStatus,
    FormVersion,
    Role,
    ScoringForm,
    Team,
    User,
)
from qa_desktop.core.workflow.sampling import run_sample
from qa_desktop.core.workflow.sampling_plan import save_plan


def build(db, agents: int, calls_per_agent: int) -> None:
    rng = random.Random(1)
    monday = dt.datetime(2026, 11, 9)

    def work(s):
        s.add(User(login="bench", display_name="Bench", role=Role.QA_LEAD))
        teams = [Team(name=f"T{n}") for n in range(25)]
        s.add_all(teams)
        s.flush()
        s.add_all([User(login=f"ev{n}", display_name=f"Ev {n}", role=Role.EVALUATOR, team_id=teams[n % 25].id)
                   for n in range(20)])
        form = ScoringForm(code="f", name="f")
        s.add(form)
        s.flush()
        version = FormVersion(form_id=form.id, version_no=1, definition={}, locked=True)
        evaluator = User(login="scorer", display_name="Scorer", role=Role.EVALUATOR)
        s.add_all([version, evaluator])
        s.flush()
        agent_rows = [{"agent_code": f"A{n:05d}", "name": f"Agent {n}", "team_id": teams[n % 25].id,
                       "probation_end": dt.date(2027, 1, 1) if n % 10 == 0 else None, "row_version": 1}
                      for n in range(agents)]
        s.execute(insert(Agent), agent_rows)
        ids = [a for (a,) in s.execute(Agent.__table__.select().with_only_columns(Agent.id))]
        types = ["inquiry", "complaint", "booking", "billing"]
        calls = []
        for agent_id in ids:
            direction = Direction.OUTBOUND if agent_id % 3 == 0 else Direction.INBOUND
            for _ in range(calls_per_agent):
                calls.append({"recording_path": "/x.wav", "agent_id": agent_id, "direction": direction,
                              "call_type": types[rng.randrange(4)], "duration_s": rng.uniform(30, 900),
                              "started_at": monday + dt.timedelta(seconds=rng.randrange(7 * 86400)),
                              "recording_missing": False, "row_version": 1})
            for n in range(2):
                calls.append({"recording_path": "/y.wav", "agent_id": agent_id, "direction": direction,
                              "call_type": "inquiry", "duration_s": 120.0,
                              "started_at": monday - dt.timedelta(days=6, hours=n), "recording_missing": False,
                              "row_version": 1})
        for chunk in range(0, len(calls), 20000):
            s.execute(insert(Call), calls[chunk:chunk + 20000])
        last_week = s.execute(Call.__table__.select().with_only_columns(Call.id).where(
            Call.started_at < monday)).scalars().all()
        s.execute(insert(Evaluation), [{"call_id": c, "form_version_id": version.id, "evaluator_id": evaluator.id,
                                        "kind": EvaluationKind.REGULAR, "status": EvaluationStatus.SUBMITTED,
                                        "answers": {}, "comments": {}, "score": rng.randrange(40, 101),
                                        "row_version": 1, "active_seconds": 0} for c in last_week])

    db.write(work)


def main() -> None:
    agents = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    per_agent = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.sqlite3")
        db.user_login = "bench"
        started = time.perf_counter()
        build(db, agents, per_agent)
        print(f"built {agents} agents × {per_agent} calls in {time.perf_counter() - started:.1f} s")
        save_plan(db, "default", {"max_unstarted": 1000})
        for label, kwargs in (("draw", {"seed": 7}), ("rerun", {}), ("assign", {"assign": True})):
            started = time.perf_counter()
            result = run_sample(db, "2026-W46", **kwargs)
            elapsed = time.perf_counter() - started
            extra = f", same calls {result.get('same_calls_as_stored')}" if result.get("rerun") else ""
            print(f"{label}: {elapsed:.2f} s — {result['selected']} of {result['period_calls']} calls "
                  f"({result['rate']:.2%}), {len(result['shortfalls'])} agents short, "
                  f"{result['assignment']['assigned']} "
                  f"{'would be assigned' if result['assignment'].get('preview') else 'assigned'}{extra}")
        db.dispose()


if __name__ == "__main__":
    main()
