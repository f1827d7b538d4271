"""Dispute commands: list disputes (申诉) with their status, deadline and score before and after."""
from __future__ import annotations

from qa_desktop.cli.common import add_json_flag, emit, open_db


def register(subparsers, common) -> None:
    disputes = subparsers.add_parser("disputes", parents=[common], help="list agents' disputes (申诉)")
    disputes.add_argument("--status", choices=["open", "overdue", "decided", "withdrawn"])
    add_json_flag(disputes)
    disputes.set_defaults(handler=run_disputes)


def run_disputes(args) -> int:
    from qa_desktop.core.workflow.disputes import list_disputes

    database = open_db(args, create=False)
    try:
        rows = list_disputes(database, status=args.status)
    finally:
        database.dispose()
    emit(args, rows, format_disputes)
    return 0


def format_disputes(rows: list[dict]) -> str:
    if not rows:
        return "no disputes"
    lines = []
    for d in rows:
        after = f" → {d['score_after']}" if d["status"] == "decided" else ""
        lines.append(f"#{d['id']} {d['status']:<9} agent {d['agent_code']} call {d['external_id'] or d['call_id']} "
                     f"deadline {d['deadline']} score {d['score_before']}{after} (recorded by {d['raised_by']})")
        for item in d["items"]:
            decision = "" if item["decision"] == "pending" else f" — {item['decision']}: {item['reason']}"
            lines.append(f"    {item['item_code']}: {item['claim'] or '(no statement)'}{decision}")
    return "\n".join(lines)
