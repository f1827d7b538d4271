"""``qa-desktop demo``: fill the database with a realistic demo call centre."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from qa_desktop.cli.common import add_json_flag, emit, open_db
from qa_desktop.core.demo_options import DemoOptions


def register(subparsers, common) -> None:
    parser = subparsers.add_parser(
        "demo", parents=[common],
        help="fill an empty database with demo teams, agents, calls, recordings, evaluations and coaching")
    defaults = DemoOptions()
    parser.add_argument("--agents", type=int, default=defaults.agents, help=f"agents (default {defaults.agents})")
    parser.add_argument("--calls", type=int, default=defaults.calls, help=f"calls (default {defaults.calls})")
    parser.add_argument("--months", type=int, default=defaults.months,
                        help=f"months of history (default {defaults.months})")
    parser.add_argument("--recordings", type=int, default=defaults.recordings,
                        help=f"calls with a real recording of their own (default {defaults.recordings}); "
                             "the others share them")
    parser.add_argument("--recording-dir", type=Path, help="where to write the demo recordings")
    parser.add_argument("--seed", type=int, default=defaults.seed)
    add_json_flag(parser)
    parser.set_defaults(handler=run)


def run(args) -> int:
    from qa_desktop.core.demo import build_demo
    from qa_desktop.core.progress import ProgressSink

    for name in ("agents", "calls", "months"):
        if getattr(args, name) < 1:
            raise ValueError(f"--{name} must be at least 1")
    database = open_db(args)
    quiet = getattr(args, "json", False) or not sys.stderr.isatty()
    sink = ProgressSink(None if quiet else
                        lambda done, total, message: print(f"\r{done}/{total} {message:<30}", end="", file=sys.stderr))
    started = dt.datetime.now()
    try:
        summary = build_demo(database, DemoOptions(
            agents=args.agents, calls=args.calls, months=args.months, recordings=min(args.recordings, args.calls),
            seed=args.seed, recording_dir=args.recording_dir), progress=sink)
    finally:
        database.dispose()
    if not quiet:
        print(file=sys.stderr)
    summary["seconds"] = round((dt.datetime.now() - started).total_seconds(), 1)
    summary["database"] = database.display_name
    emit(args, summary, lambda s: (
        f"Demo loaded into {s['database']} in {s['seconds']} s: {s['teams']} teams, {s['agents']} agents, "
        f"{s['calls']} calls ({s['recordings']} recordings in {s['recording_dir']}), {s['evaluations']} "
        f"evaluations, {s['flags']} flags, {s['coaching_sessions']} coaching sessions; "
        f"{s['queue']} calls wait in {s['evaluator']}'s work queue."))
    return 0
