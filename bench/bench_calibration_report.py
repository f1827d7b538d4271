"""A large calibration session in a realistic centre: scoring it, its agreement report and its Excel sheet.

    .venv/bin/python bench/bench_calibration_report.py [--size team|year|month500|all] [--calls 40] [--scorers 10]

Data: the demo generator's database of that size (bench/realistic_data.py), copied to a temporary
folder. The session takes ``--calls`` calls the demo's evaluators already scored, on the demo's
real form (the default form: 22 items of every kind, critical and fatal ones); its scorers are
the demo's QA staff and team leads, plus evaluators added up to ``--scorers``. Each scorer
answers as the call's own evaluation did and disagrees on about one item in seven, as calibration
finds (an answer drawn the way the demo draws a weaker agent's), with the comments the form asks for.

Measured, each with a floor from the same run:
- submitting every answer sheet through ``calibration.sessions.save_answers`` (validate, score,
  store, audit) against the scoring engine alone on the same answers;
- the session report (agreement statistics, per item and per scorer) against reading and decoding
  the session's answers with one SQL statement;
- its Excel sheet against openpyxl's write-only mode writing a grid of the same size.
Budget: the report within 1 s and the sheet within 1 s for 40 calls × 10 scorers.
"""
from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import realistic_data  # noqa: E402

BUDGET_S = 1.0


def _disagreeing(definition, answers: dict, rng: random.Random) -> dict:
    from qa_desktop.core.demo import _answer

    by_code = {item.code: item for _section, item in definition.items()}
    return {code: (_answer(by_code[code], 0.4, rng) if rng.random() < 0.15 else value)
            for code, value in answers.items()}


def bench(size_name: str, n_calls: int, n_scorers: int) -> None:
    from sqlalchemy import select

    from qa_desktop.core.calibration import sessions as cal
    from qa_desktop.core.calibration.report import session_report
    from qa_desktop.core.calibration.report_xlsx import write_report_xlsx
    from qa_desktop.core.db import open_database
    from qa_desktop.core.db.models import Evaluation, FormVersion, Role, User
    from qa_desktop.core.scoring import FormDefinition, score
    from qa_desktop.core.users import ensure_user

    size = realistic_data.SIZES[size_name]
    rng = random.Random(1)
    with tempfile.TemporaryDirectory(prefix="qa-bench-calibration-") as folder:
        path = realistic_data.working_copy(size_name, Path(folder))
        database = open_database(path)
        database.user_login = realistic_data.USER
        try:
            with database.read() as session:
                version = session.scalars(select(FormVersion).order_by(FormVersion.id)).first()
                definition, version_id = FormDefinition.from_dict(version.definition), version.id
                scored = session.execute(select(Evaluation.call_id, Evaluation.answers, Evaluation.comments)
                                         .where(Evaluation.form_version_id == version_id)
                                         .order_by(Evaluation.submitted_at.desc()).limit(n_calls)).all()
                staff = list(session.scalars(select(User.login).where(
                    User.role.in_([Role.EVALUATOR, Role.TEAM_LEAD])).order_by(User.login)))
            logins = staff[:n_scorers] + [f"qa.bench{n}" for n in range(max(0, n_scorers - len(staff)))]
            people = {login: ensure_user(database, login, login, Role.EVALUATOR).id for login in logins}
            session_id = cal.create_session(database, title="校准:基准测试", form_version_id=version_id,
                                            participant_ids=list(people.values()),
                                            call_ids=[call_id for call_id, _a, _c in scored],
                                            expert_id=people[logins[0]])
            sheets = [(call_id, login, _disagreeing(definition, answers, rng), comments or {})
                      for call_id, answers, comments in scored for login in logins]
            print(f"{size.describe()}; session of {len(scored)} calls × {len(logins)} scorers × "
                  f"{len(list(definition.items()))} items = {len(sheets)} answer sheets; "
                  f"{realistic_data.load_average()}", flush=True)

            began = time.perf_counter()
            for _call_id, _login, answers, comments in sheets:
                score(definition, answers, comments)
            engine = time.perf_counter() - began
            began = time.perf_counter()
            for call_id, login, answers, comments in sheets:
                database.user_login = login
                cal.save_answers(database, session_id, call_id, answers, comments, submit=True)
            submitted = time.perf_counter() - began
            database.user_login = realistic_data.USER
            print(f"  submit  {submitted:6.2f} s ({submitted / len(sheets) * 1000:.1f} ms a sheet); floor "
                  f"(the engine alone) {engine:.2f} s; ratio {submitted / engine:.1f}x", flush=True)

            began = time.perf_counter()
            connection = sqlite3.connect(path)
            rows = connection.execute("SELECT e.call_id, e.evaluator_id, e.answers, e.score FROM evaluations e "
                                      "JOIN calibration_calls cc ON cc.call_id = e.call_id "
                                      "WHERE cc.session_id = ? AND e.kind = 'calibration'", (session_id,)).fetchall()
            assert len([json.loads(answers) for _c, _e, answers, _s in rows]) == len(sheets)
            connection.close()
            read = time.perf_counter() - began
            began = time.perf_counter()
            session_report(database, session_id)
            first = time.perf_counter() - began
            began = time.perf_counter()
            report = session_report(database, session_id)
            built = time.perf_counter() - began
            print(f"  report  {built:6.2f} s (budget {BUDGET_S:.0f} s; the first, importing SciPy, {first:.2f} s); "
                  f"floor (reading and decoding the answers) {read:.3f} s; ratio {built / read:.1f}x", flush=True)

            from openpyxl import Workbook

            began = time.perf_counter()
            workbook = Workbook(write_only=True)
            grid = workbook.create_sheet()
            for row in range(len(sheets) + len(scored) * 4):
                grid.append([f"{row}-{column}" if column % 3 == 0 else row * column for column in range(30)])
            workbook.save(Path(folder) / "floor.xlsx")
            floor = time.perf_counter() - began
            began = time.perf_counter()
            write_report_xlsx(report, Path(folder) / "report.xlsx")
            written = time.perf_counter() - began
            size_bytes = (Path(folder) / "report.xlsx").stat().st_size
            print(f"  sheet   {written:6.2f} s (budget {BUDGET_S:.0f} s, {size_bytes:,} bytes); "
                  f"floor (openpyxl write-only, same rows × 30 columns) {floor:.2f} s; "
                  f"ratio {written / floor:.1f}x", flush=True)
            totals = next(b for b in report["agreement"] if b["what"] == "totals")
            print("  agreement on totals: " + ", ".join(
                f"{s['label']} {'—' if s['value'] is None else round(s['value'], 3)}" for s in totals["statistics"]))
        finally:
            database.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    realistic_data.add_size_argument(parser, default="team")
    parser.add_argument("--calls", type=int, default=40)
    parser.add_argument("--scorers", type=int, default=10)
    args = parser.parse_args()
    for size_name in realistic_data.chosen_sizes(args):
        bench(size_name, args.calls, args.scorers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
