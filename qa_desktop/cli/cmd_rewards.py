"""An agent's reward and penalty record (奖惩): founded praise and complaints."""
from __future__ import annotations

from qa_desktop.cli.common import add_json_flag, emit, open_db


def register(subparsers, common) -> None:
    record = subparsers.add_parser("rewards", parents=[common],
                                   help="an agent's reward and penalty record: founded praise and complaints (奖惩)")
    record.add_argument("agent_code", metavar="AGENT_ID", help="the agent's 工号")
    add_json_flag(record)
    record.set_defaults(handler=run_rewards)


def run_rewards(args) -> int:
    from qa_desktop.core.workflow.rewards import agent_record

    database = open_db(args, create=False)
    try:
        record = agent_record(database, args.agent_code)
    finally:
        database.dispose()

    def text(r: dict) -> str:
        lines = [f"{r['agent_code']} {r['agent_name']}: {r['rewards']} reward(s), {r['penalties']} penalty(ies)"]
        for e in r["entries"]:
            when = e["verified_at"].strftime("%Y-%m-%d") if e["verified_at"] else ""
            lines.append(f"  {when} {e['kind']:<7} call {e['external_id'] or e['call_id']}: {e['customer_said']}"
                         + (f" ({e['note']})" if e["note"] else ""))
        return "\n".join(lines)

    emit(args, record, text)
    return 0
