"""Working-day calendar commands: the centre's exceptions to the public-holiday schedule (调休, days off)."""
from __future__ import annotations

import datetime as dt

from qa_desktop.cli.common import add_json_flag, emit, open_db


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise ValueError(f"{text!r} is not a date (use YYYY-MM-DD)") from error


def register(subparsers, common) -> None:
    calendar = subparsers.add_parser(
        "calendar", help="working days: public holidays, 调休 make-up days and the centre's own exceptions")
    commands = calendar.add_subparsers(dest="calendar_command", metavar="COMMAND", required=True)

    listing = commands.add_parser("list", parents=[common], help="the centre's exceptions and unknown years")
    add_json_flag(listing)
    listing.set_defaults(handler=run_list)

    add = commands.add_parser("add", parents=[common], help="mark a day as a working day or a day off (QA lead)")
    add.add_argument("day", type=_day, metavar="YYYY-MM-DD")
    kind = add.add_mutually_exclusive_group(required=True)
    kind.add_argument("--working", dest="working", action="store_true", help="a working day (e.g. 调休)")
    kind.add_argument("--day-off", dest="working", action="store_false", help="a day off (e.g. a holiday)")
    add.add_argument("--note", default="", help="why (shown beside the day)")
    add_json_flag(add)
    add.set_defaults(handler=run_add)

    remove = commands.add_parser("remove", parents=[common], help="drop the centre's exception for a day")
    remove.add_argument("day", type=_day, metavar="YYYY-MM-DD")
    add_json_flag(remove)
    remove.set_defaults(handler=run_remove)

    count = commands.add_parser("add-days", parents=[common], help="the day N working days after a day")
    count.add_argument("day", type=_day, metavar="YYYY-MM-DD")
    count.add_argument("days", type=int, metavar="N")
    add_json_flag(count)
    count.set_defaults(handler=run_add_days)


def _listing(database) -> dict:
    from qa_desktop.core.workflow.working_days import list_overrides, load_calendar

    calendar = load_calendar(database)
    this_year = dt.date.today().year
    return {"exceptions": list_overrides(database),
            "years_without_schedule": [y for y in range(this_year, this_year + 2) if not calendar.known(y)]}


def _format(result: dict) -> str:
    lines = [f"{e['day']}  {'working day' if e['working'] else 'day off'}  {e['note']}".rstrip()
             for e in result["exceptions"]] or ["no exceptions: the public-holiday schedule alone"]
    for year in result["years_without_schedule"]:
        lines.append(f"{year}: public holidays not known yet; counted Monday–Friday until added with "
                     f"'qa-desktop calendar add'")
    return "\n".join(lines)


def run_list(args) -> int:
    database = open_db(args, create=False)
    try:
        emit(args, _listing(database), _format)
    finally:
        database.dispose()
    return 0


def _change(args, working: bool | None) -> int:
    from qa_desktop.core.workflow.working_days import set_override

    database = open_db(args, create=False)
    try:
        set_override(database, args.day, working, getattr(args, "note", ""))
        emit(args, _listing(database), _format)
    finally:
        database.dispose()
    return 0


def run_add(args) -> int:
    return _change(args, args.working)


def run_remove(args) -> int:
    return _change(args, None)


def run_add_days(args) -> int:
    from qa_desktop.core.workflow.working_days import load_calendar

    database = open_db(args, create=False)
    try:
        result = load_calendar(database).add(args.day, args.days)
    finally:
        database.dispose()
    emit(args, {"from": args.day.isoformat(), "working_days": args.days, "result": result.isoformat()},
         lambda r: r["result"])
    return 0
