"""Coaching commands: the coaching log and the month's training needs (error rates, ranking)."""
from __future__ import annotations

from qa_desktop.cli.common import add_json_flag, emit, open_db


def register(subparsers, common) -> None:
    needs = subparsers.add_parser(
        "training-needs", parents=[common],
        help="a month's error rate per item and team, the most-failed items, and the training ranking")
    needs.add_argument("--month", required=True, metavar="YYYY-MM")
    needs.add_argument("--bottom", default="10%", metavar="N|P%",
                       help="one-to-one training: the bottom N agents or P%% of them (default 10%%)")
    needs.add_argument("--top", default="3%", metavar="N|P%",
                       help="recording-based training: the top N agents or P%% of them (default 3%%)")
    needs.add_argument("--min-evaluations", type=int, default=3, metavar="N",
                       help="rank an agent only with at least N evaluations (default 3)")
    add_json_flag(needs)
    needs.set_defaults(handler=run_training_needs)

    log = subparsers.add_parser("coaching", parents=[common], help="list the coaching log (sessions and follow-ups)")
    log.add_argument("--agent", metavar="CODE", help="only this agent (工号)")
    add_json_flag(log)
    log.set_defaults(handler=run_coaching_log)


def run_training_needs(args) -> int:
    from qa_desktop.core.workflow.permissions import visible_teams_of
    from qa_desktop.core.workflow.training import month_bounds, monthly_error_rates, training_ranking

    database = open_db(args, create=False)
    try:
        start, end = month_bounds(args.month)
        teams = visible_teams_of(database)
        data = monthly_error_rates(database, args.month, team_ids=teams)
        data["ranking"] = training_ranking(database, start, end, bottom_n=args.bottom, top_n=args.top,
                                           min_evaluations=args.min_evaluations, team_ids=teams)
    finally:
        database.dispose()
    emit(args, data, format_training_needs)
    return 0


def format_training_needs(d: dict) -> str:
    lines = [f"training needs {d['month']} ({d['start']} – {d['end']}): {d['evaluations']} evaluation(s)",
             "  error rate per item (worst first):"]
    for row in d["items"]:
        rate = "–" if row["error_rate"] is None else f"{row['error_rate']:.1%}"
        lines.append(f"    {row['item_code']:<14} {rate:>7}  {row['failed']}/{row['evaluated']}  {row['item_text']}")
    lines.append("  ranking (one-to-one = bottom, recording = top):")
    for row in d["ranking"]:
        group = {"one_to_one": "one-to-one training", "recording": "recording training"}.get(row["group"], "")
        lines.append(f"    {row['rank'] or '-':>4} {row['agent_code']:<10} mean {row['mean']} "
                     f"({row['evaluations']} evaluation(s)) {group}")
    return "\n".join(lines)


def run_coaching_log(args) -> int:
    from qa_desktop.core.workflow.coaching import list_sessions

    database = open_db(args, create=False)
    try:
        rows = list_sessions(database)
    finally:
        database.dispose()
    if args.agent:
        rows = [r for r in rows if r["agent_code"] == args.agent]
    emit(args, rows, lambda rs: "\n".join(
        f"{r['held_on']} {r['agent_code']:<10} {r['kind']:<7} coach {r['coach']}; follow-up {r['follow_up']}"
        f"{' ' + str(r['follow_up_on']) if r['follow_up_on'] else ''}; "
        f"{sum(a['status'] == 'open' for a in r['actions'])} open action(s); "
        f"{'acknowledged' if r['acknowledged_at'] else 'not acknowledged'} — {r['agreed']}" for r in rs)
        or "no coaching logged")
    return 0
