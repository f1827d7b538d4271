"""``qa-desktop roster import|list``: the HR roster (agents, teams, leads, hires, leavers)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from qa_desktop.cli.common import add_json_flag, emit, open_db


def register(subparsers, common) -> None:
    roster = subparsers.add_parser("roster", help="the HR roster: import HR's export, list the agents")
    commands = roster.add_subparsers(dest="roster_command", metavar="ACTION", required=True)

    importing = commands.add_parser(
        "import", parents=[common], help="import HR's roster export (CSV or XLSX; UTF-8, GBK/GB18030 or Big5)",
        epilog="Columns (Chinese or English): 工号, 姓名, 班组/组别, 组长, 入职日期, 试用期至/转正日期, "
               "状态 (在职/离职), 离职日期, 呼入/呼出, 调动日期. Importing the same file again changes nothing; "
               "a changed team is a transfer from the row's 调动日期 (else --as-of). "
               "Exit status: 0 every row used, 1 some rows reported, 2 the file could not be imported.")
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.add_argument("--as-of", type=dt.date.fromisoformat, metavar="YYYY-MM-DD",
                           help="the export's date: transfers and leavers without their own date take effect "
                                "then (default: today)")
    add_json_flag(importing)
    importing.set_defaults(handler=run_import)

    listing = commands.add_parser("list", parents=[common], help="list the agents with their team and status")
    listing.add_argument("--search", default="", help="part of a 工号, name or team")
    listing.add_argument("--all", action="store_true", help="include agents who left")
    listing.add_argument("--not-in-roster", action="store_true",
                         help="only agents seen in call lists that the roster does not name yet")
    add_json_flag(listing)
    listing.set_defaults(handler=run_list)


def run_import(args) -> int:
    from qa_desktop.core.roster.importer import import_roster

    database = open_db(args)
    try:
        report = import_roster(database, args.file, as_of=args.as_of)
    finally:
        database.dispose()
    emit(args, report.to_dict(), format_report)
    return 1 if report.problems else 0


def format_report(data: dict) -> str:
    counts = data["counts"]
    lines = [f"Roster {data['source']} ({data['encoding'] or 'xlsx'}): {counts['rows']} rows, {counts['created']} "
             f"new, {counts['updated']} changed ({counts['transferred']} transfers, {counts['left']} left), "
             f"{counts['unchanged']} unchanged, {counts['problems']} not usable ({data['elapsed_s']:.1f} s)"]
    if data["teams_created"]:
        lines.append(f"  new teams: {', '.join(data['teams_created'])}")
    for move in data["transferred"][:50]:
        lines.append(f"  transfer  {move['agent_code']} -> {move['to']} from {move['effective'] or 'the start'}")
    for lead in data["leads_not_users"]:
        lines.append(f"  note      {lead['team']}: team lead {lead['lead']} is not a user yet (add them, then set "
                     "the team's lead)")
    for problem in data["problems"]:
        lines.append(f"  skipped   {problem['reason']}")
    return "\n".join(lines)


def run_list(args) -> int:
    from qa_desktop.core.roster.agents import list_roster

    database = open_db(args, create=False)
    try:
        entries = list_roster(database, search=args.search, include_left=args.all, only_unplaced=args.not_in_roster)
    finally:
        database.dispose()
    emit(args, [e.to_dict() for e in entries], lambda rows: "\n".join(
        f"{r['agent_code']:<10} {r['name']:<10} {r['team'] or '-':<14} "
        f"{'probation ' if r['on_probation'] else ''}{'' if r['active'] else 'left ' + str(r['left_on'])}"
        f"{'' if r['in_roster'] else 'not in the roster'}" for r in rows) or "No agents.")
    return 0
