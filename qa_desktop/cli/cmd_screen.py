"""``qa-desktop screen``: the form's automatic checks on every call with a transcript or an analysis."""
from __future__ import annotations

import datetime as dt

from qa_desktop.cli.common import add_json_flag, emit, open_db


def register(subparsers, common) -> None:
    parser = subparsers.add_parser(
        "screen", parents=[common],
        help="run the form's automatic checks on every call with a transcript or analysis; risks feed sampling")
    parser.add_argument("--since", type=dt.date.fromisoformat, metavar="DATE", help="only calls from this day on")
    parser.add_argument("--call", metavar="ID", help="only this call (its call ID, or the number in the library)")
    parser.add_argument("--form", metavar="CODE", help="the published form whose checks to run (default: the newest "
                                                       "with checks)")
    parser.add_argument("--dry-run", action="store_true", help="print the results without keeping them")
    add_json_flag(parser)
    parser.set_defaults(handler=run)


def _text(results: list[dict]) -> str:
    risky = [r for r in results if r["risks"]]
    lines = [f"Screened {len(results)} call(s); {len(risky)} with risks."]
    for result in risky[:200]:
        reasons = "; ".join(f"{risk['item']}: " + (", ".join(risk.get("words") or []) or risk["reason"])
                            + (f" at {risk['evidence'][0]['start_s']:.1f}s" if risk["evidence"] else "")
                            for risk in result["risks"])
        lines.append(f"  {result['call']}: {reasons}")
    return "\n".join(lines)


def run(args) -> int:
    from qa_desktop.core.checks.screening import screen_calls

    database = open_db(args, create=False)
    try:
        results = [r.to_dict() for r in screen_calls(database, since=args.since, call=args.call,
                                                     form_code=args.form, store=not args.dry_run)]
    finally:
        database.dispose()
    emit(args, results, _text)
    return 0
