"""How long a calibration session report takes: a large session (40 calls × 10 scorers × 30 items).

    .venv/bin/python bench/calibration_report.py [CALLS] [SCORERS] [ITEMS]

Prints the time to score the evaluations in, build the report, and write its Excel sheet.
"""
from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

from qa_desktop.core.calibration import sessions as cal
from qa_desktop.core.calibration.report import session_report
from qa_desktop.core.calibration.report_xlsx import write_report_xlsx
from qa_desktop.core.db import open_database
from qa_desktop.core.db.models import Agent, Call, FormVersion, Role, ScoringForm, User


def main(n_calls: int = 40, n_scorers: int = 10, n_items: int = 30) -> None:
    folder = Path(tempfile.mkdtemp())
    database = open_database(folder / "bench.sqlite3")
    items = [{"code": f"y{i}", "type": "yes_no", "text": {"en": f"Yes/no {i}"}, "points": 2}
             for i in range(n_items // 2)]
    items += [{"code": f"s{i}", "type": "scale", "text": {"en": f"Scale {i}"},
               "options": [{"value": v} for v in range(6)]} for i in range(n_items - len(items))]
    form = {"format": 1, "code": "bench", "name": {"en": "Bench"},
            "sections": [{"code": "all", "title": {"en": "All"}, "weight": 1, "items": items}]}

    def seed(session):
        people = [User(login=f"u{i}", display_name=f"User {i}", role=Role.EVALUATOR) for i in range(n_scorers)]
        session.add(User(login="lead", display_name="Lead", role=Role.QA_LEAD))
        session.add_all(people)
        agent = Agent(agent_code="A1", name="Agent")
        scoring_form = ScoringForm(code="bench", name="Bench")
        session.add_all([agent, scoring_form])
        session.flush()
        version = FormVersion(form_id=scoring_form.id, version_no=1, definition=form, published_at=dt.datetime.now())
        calls = [Call(external_id=f"C{i}", recording_path=f"/x/{i}.wav", agent_id=agent.id) for i in range(n_calls)]
        session.add(version)
        session.add_all(calls)
        session.flush()
        return version.id, [p.id for p in people], [c.id for c in calls]

    version_id, people, calls = database.write(seed)
    database.user_login = "lead"
    session_id = cal.create_session(database, title="bench", form_version_id=version_id, participant_ids=people,
                                    call_ids=calls, expert_id=people[0])
    rng = random.Random(1)
    start = time.perf_counter()
    for call_id in calls:
        truth = {it["code"]: rng.choice(["yes", "no"]) if it["type"] == "yes_no" else rng.randint(0, 5)
                 for it in items}
        for person in range(n_scorers):
            database.user_login = f"u{person}"
            answers = {code: (value if rng.random() > 0.15 else
                              ("no" if value == "yes" else "yes") if isinstance(value, str)
                              else max(0, min(5, value + rng.choice([-2, -1, 1, 2]))))
                       for code, value in truth.items()}
            cal.save_answers(database, session_id, call_id, answers, submit=True)
    scored = time.perf_counter() - start
    database.user_login = "lead"
    start = time.perf_counter()
    report = session_report(database, session_id)
    built = time.perf_counter() - start
    start = time.perf_counter()
    write_report_xlsx(report, folder / "report.xlsx")
    written = time.perf_counter() - start
    n_eval = n_calls * n_scorers
    print(f"{n_calls} calls × {n_scorers} scorers × {n_items} items = {n_eval} evaluations")
    print(f"submit (validate + score + store): {scored:.2f} s total, {scored / n_eval * 1000:.1f} ms each")
    print(f"session report: {built * 1000:.0f} ms")
    print(f"Excel sheet: {written * 1000:.0f} ms ({(folder / 'report.xlsx').stat().st_size:,} bytes)")
    totals = next(b for b in report["agreement"] if b["what"] == "totals")
    for stat in totals["statistics"]:
        print(f"  {stat['label']}: {stat['value'] if stat['value'] is None else round(stat['value'], 3)}")
    database.dispose()


if __name__ == "__main__":
    main(*[int(a) for a in sys.argv[1:]])
