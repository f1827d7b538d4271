"""Export commands: the monthly and weekly report workbooks."""
from __future__ import annotations

import sys
from pathlib import Path

from qa_desktop.cli.common import add_json_flag, emit, open_db
from qa_desktop.core.languages import LANGUAGES
from qa_desktop.core.progress import ProgressSink


def register(subparsers, common) -> None:
    export = subparsers.add_parser("export", parents=[common], help="export report workbooks (Excel)")
    commands = export.add_subparsers(dest="export_command", metavar="REPORT", required=True)

    monthly = commands.add_parser("monthly", parents=[common], help="the monthly quality workbook")
    monthly.add_argument("--month", required=True, metavar="YYYY-MM", help="e.g. 2026-10")
    weekly = commands.add_parser("weekly", parents=[common], help="the weekly quality report")
    weekly.add_argument("--week", required=True, metavar="YYYY-Www", help="ISO week, e.g. 2026-W46")
    for parser, handler in ((monthly, run_monthly), (weekly, run_weekly)):
        parser.add_argument("--team", metavar="NAME", help="one team only (default: the whole centre)")
        parser.add_argument("--lang", choices=LANGUAGES, default="en",
                            help="language of sheet and column titles (default en)")
        parser.add_argument("--tz", metavar="ZONE", help="time zone of the period, e.g. Asia/Shanghai "
                                                         "(default: this computer's)")
        parser.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.xlsx")
        parser.add_argument("--quiet", action="store_true", help="no progress on stderr")
        add_json_flag(parser)
        parser.set_defaults(handler=handler)


def _progress(args) -> ProgressSink | None:
    if args.quiet or not sys.stderr.isatty():
        return None
    return ProgressSink(lambda done, total, _m: print(f"\r{done}/{total} evaluations", end="", file=sys.stderr))


def _text(data: dict) -> str:
    average = data["average"] if data["average"] is not None else "-"
    return (f"{data['path']}: {data['period']}, {data['team'] or 'all teams'}, {data['evaluations']} evaluations "
            f"of {data['agents']} agents, average {average}\nsheets: {', '.join(data['sheets'])}")


def _export(args, export, period: str) -> int:
    database = open_db(args, create=False)
    progress = _progress(args)
    try:
        result = export(database, period, args.output, team=args.team, lang=args.lang, tz=args.tz,
                        progress=progress)
    finally:
        database.dispose()
    if progress is not None:
        print(file=sys.stderr)
    emit(args, result.to_dict(), _text)
    return 0


def run_monthly(args) -> int:
    from qa_desktop.core.reports.monthly import export_monthly

    return _export(args, export_monthly, args.month)


def run_weekly(args) -> int:
    from qa_desktop.core.reports.weekly import export_weekly

    return _export(args, export_weekly, args.week)
