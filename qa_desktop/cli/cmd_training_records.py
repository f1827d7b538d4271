"""Training records (质检纠错培训): plan from the training needs, record a session and its sign-in sheet,
its test scores (typed or imported), the trainees' feedback on the trainer, and the effect."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from qa_desktop.cli.common import add_json_flag, emit, open_db


def _codes(text: str | None) -> list[str]:
    return [c for c in (text or "").replace("，", ",").replace(" ", ",").split(",") if c]


def register(subparsers, common) -> None:
    training = subparsers.add_parser(
        "training", help="training records: plans, sessions, sign-in, test scores, feedback, effect (培训记录)")
    commands = training.add_subparsers(dest="training_command", metavar="COMMAND", required=True)

    plan = commands.add_parser("plan", parents=[common], help="a training plan from a month's training needs")
    plan.add_argument("--month", required=True, metavar="YYYY-MM")
    plan.add_argument("--kind", required=True, choices=["one_to_one", "recording", "item_course"],
                      help="one-to-one (bottom of the ranking), recording training (top), a course on items")
    plan.add_argument("--items", metavar="CODE,CODE", help="the items it targets (default: the month's most failed)")
    plan.add_argument("--title")
    plan.add_argument("--bottom", default="10%", metavar="N|P%", help="one-to-one: bottom N agents or P%% (10%%)")
    plan.add_argument("--top", default="3%", metavar="N|P%", help="recording training: top N agents or P%% (3%%)")
    plan.add_argument("--min-evaluations", type=int, default=3, metavar="N")
    add_json_flag(plan)
    plan.set_defaults(handler=run_plan)

    plans = commands.add_parser("plans", parents=[common], help="the training plans")
    add_json_flag(plans)
    plans.set_defaults(handler=run_plans)

    listing = commands.add_parser("list", parents=[common], help="sessions with attendance, scores, feedback, effect")
    listing.add_argument("--month", metavar="YYYY-MM", help="only sessions held in this month")
    add_json_flag(listing)
    listing.set_defaults(handler=run_list)

    held = commands.add_parser("record", parents=[common], help="a session held and its sign-in sheet (签到)")
    held.add_argument("--plan", type=int, metavar="ID", help="the plan it carries out")
    held.add_argument("--date", required=True, type=dt.date.fromisoformat, metavar="YYYY-MM-DD")
    held.add_argument("--trainer", required=True)
    held.add_argument("--content", default="", help="what was taught")
    held.add_argument("--attended", required=True, metavar="工号,工号", help="the agents who signed in")
    held.add_argument("--kind", choices=["one_to_one", "recording", "item_course"], help="default: the plan's")
    held.add_argument("--items", metavar="CODE,CODE", help="the items it targets (default: the plan's)")
    add_json_flag(held)
    held.set_defaults(handler=run_record)

    scores = commands.add_parser("scores", parents=[common], help="type test scores: 工号=成绩 …")
    scores.add_argument("session", type=int, metavar="SESSION")
    scores.add_argument("scores", nargs="+", metavar="工号=成绩")
    add_json_flag(scores)
    scores.set_defaults(handler=run_scores)

    scores_import = commands.add_parser("scores-import", parents=[common],
                                        help="test scores from an Excel or CSV file with 工号 and 成绩 columns")
    scores_import.add_argument("session", type=int, metavar="SESSION")
    scores_import.add_argument("file", type=Path)
    add_json_flag(scores_import)
    scores_import.set_defaults(handler=run_scores_import)

    feedback = commands.add_parser("feedback", parents=[common], help="a trainee's rating of the trainer (1–5)")
    feedback.add_argument("session", type=int, metavar="SESSION")
    feedback.add_argument("agent", metavar="工号")
    feedback.add_argument("--rating", required=True, type=int, choices=range(1, 6), metavar="1-5")
    feedback.add_argument("--comment", default="")
    add_json_flag(feedback)
    feedback.set_defaults(handler=run_feedback)

    effect = commands.add_parser("effect", parents=[common],
                                 help="the trained agents' error rate on the targeted items before and after")
    effect.add_argument("session", type=int, metavar="SESSION")
    effect.add_argument("--window-days", type=int, default=90, metavar="N")
    add_json_flag(effect)
    effect.set_defaults(handler=run_effect)

    agent = commands.add_parser("agent", parents=[common], help="one agent's training record")
    agent.add_argument("agent", metavar="工号")
    add_json_flag(agent)
    agent.set_defaults(handler=run_agent)


def _with_db(args, work):
    database = open_db(args, create=False)
    try:
        return work(database)
    finally:
        database.dispose()


def _rate(value) -> str:
    return "–" if value is None else f"{value:.1%}"


def _session_line(s: dict) -> str:
    line = (f"#{s['session_id']} {s['held_on']} {s['kind']:<11} trainer {s['trainer']}; "
            f"{s['attended']}/{s['invited']} signed in; mean score {s['mean_score'] or '–'}; "
            f"mean rating {s['mean_rating'] or '–'}")
    effect = s.get("effect")
    if effect and effect["items"]:
        line += (f"; error rate on {','.join(s['item_codes'])} {_rate(effect['before']['error_rate'])} → "
                 f"{_rate(effect['after']['error_rate'])}")
    return line


def run_plan(args) -> int:
    from qa_desktop.core.workflow.training_records import make_plan

    plan = _with_db(args, lambda db: make_plan(db, args.month, args.kind, item_codes=_codes(args.items),
                                               title=args.title, bottom_n=args.bottom, top_n=args.top,
                                               min_evaluations=args.min_evaluations))
    emit(args, plan, lambda p: f"plan #{p['plan_id']} {p['title']}: {len(p['agents'])} agent(s) — "
         + ", ".join(a["agent_code"] for a in p["agents"]))
    return 0


def run_plans(args) -> int:
    from qa_desktop.core.workflow.training_records import plans

    rows = _with_db(args, plans)
    emit(args, rows, lambda rs: "\n".join(
        f"#{p['plan_id']} {p['month']} {p['kind']:<11} {p['title']} ({len(p['agents'])} agent(s))"
        + (" held" if p["held"] else "") for p in rs) or "no training planned")
    return 0


def run_list(args) -> int:
    from qa_desktop.core.workflow.permissions import visible_teams_of
    from qa_desktop.core.workflow.training import month_bounds
    from qa_desktop.core.workflow.training_records import sessions

    start, end = month_bounds(args.month) if args.month else (None, None)
    rows = _with_db(args, lambda db: sessions(db, start=start, end=end, team_ids=visible_teams_of(db)))
    emit(args, rows, lambda rs: "\n".join(_session_line(s) for s in rs) or "no training recorded")
    return 0


def run_record(args) -> int:
    from qa_desktop.core.workflow.training_records import record_session

    details = _with_db(args, lambda db: record_session(
        db, held_on=args.date, trainer=args.trainer, content=args.content, attended=_codes(args.attended),
        plan_id=args.plan, kind=args.kind, item_codes=_codes(args.items)))
    emit(args, details, _session_line)
    return 0


def run_scores(args) -> int:
    from qa_desktop.core.errors import ValidationError
    from qa_desktop.core.workflow.training_records import set_scores

    typed = {}
    for pair in args.scores:
        code, sep, score = pair.partition("=")
        if not sep:
            raise ValidationError(f"{pair!r}: write 工号=成绩, e.g. 1001=92.", field="score")
        typed[code] = score
    details = _with_db(args, lambda db: set_scores(db, args.session, typed))
    emit(args, details, _session_line)
    return 0


def run_scores_import(args) -> int:
    from qa_desktop.core.workflow.training_records import import_scores

    details = _with_db(args, lambda db: import_scores(db, args.session, args.file))
    emit(args, details, lambda d: f"{d['imported']} score(s) kept"
         + (f"; {len(d['skipped'])} row(s) without a score skipped" if d["skipped"] else "") + "\n"
         + _session_line(d))
    return 0


def run_feedback(args) -> int:
    from qa_desktop.core.workflow.training_records import record_feedback

    details = _with_db(args, lambda db: record_feedback(db, args.session, args.agent, args.rating, args.comment))
    emit(args, details, _session_line)
    return 0


def run_effect(args) -> int:
    from qa_desktop.core.workflow.training_records import training_effect

    effect = _with_db(args, lambda db: training_effect(db, args.session, window_days=args.window_days or None))
    emit(args, effect, lambda e: "\n".join(
        [f"error rate on the trained items: {_rate(e['before']['error_rate'])} ({e['before']['failed']}/"
         f"{e['before']['evaluated']}) before → {_rate(e['after']['error_rate'])} ({e['after']['failed']}/"
         f"{e['after']['evaluated']}) after"]
        + [f"  {i['item_code']:<14} {_rate(i['before']['error_rate'])} → {_rate(i['after']['error_rate'])}  "
           f"{i['item_text']}" for i in e["items"]]))
    return 0


def run_agent(args) -> int:
    from qa_desktop.core.workflow.training_records import agent_training

    rows = _with_db(args, lambda db: agent_training(db, args.agent))
    emit(args, rows, lambda rs: "\n".join(
        f"{r['held_on']} {r['kind']:<11} {r['trainer']} {'attended' if r['attended'] else 'absent'}"
        f" score {r['score'] if r['score'] is not None else '–'} — {r['content']}" for r in rs)
        or "no training recorded")
    return 0
