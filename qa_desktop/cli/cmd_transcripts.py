"""``qa-desktop transcripts import``: attach the call platform's transcripts to registered calls."""
from __future__ import annotations

import sys
from pathlib import Path

from qa_desktop.cli.common import add_json_flag, emit, open_db


def register(subparsers, common) -> None:
    parser = subparsers.add_parser("transcripts", parents=[common],
                                   help="import the call platform's transcripts (Alibaba JSON, SRT, WebVTT, CSV)")
    commands = parser.add_subparsers(dest="transcripts_command", metavar="ACTION", required=True)
    do_import = commands.add_parser(
        "import", parents=[common],
        help="import a transcript file or a folder of them; files are matched to calls by name or a manifest")
    do_import.add_argument("path", type=Path, metavar="PATH", help="a transcript file or a folder")
    do_import.add_argument("--manifest", type=Path, metavar="CSV",
                           help="a CSV naming each transcript file's call (file name, call ID columns)")
    do_import.add_argument("--agent-channel", type=int, choices=[0, 1], default=0,
                           help="Alibaba ChannelId of the agent when the call has no analysis saying (default 0)")
    add_json_flag(do_import)
    do_import.set_defaults(handler=run_import)


def format_report(report: dict) -> str:
    lines = [f"{report['files']} file(s): {report['calls']} call(s); sides added {report['added']}, "
             f"replaced {report['replaced']}, unchanged {report['unchanged']}; "
             f"{len(report['problems'])} file(s) not used" + (" (cancelled)" if report["cancelled"] else "")]
    lines += [f"  {p['file']}: {p['reason']}" for p in report["problems"]]
    return "\n".join(lines)


def run_import(args) -> int:
    from qa_desktop.core.transcripts.importer import import_transcripts

    database = open_db(args, create=False)
    try:
        report = import_transcripts(database, args.path, manifest=args.manifest,
                                    agent_channel=args.agent_channel).to_dict()
    finally:
        database.dispose()
    emit(args, report, format_report)
    if report["problems"] and not getattr(args, "json", False):
        print(f"qa-desktop: {len(report['problems'])} transcript file(s) could not be used", file=sys.stderr)
    return 1 if report["problems"] else 0
