"""``qa-desktop import`` (register recordings as calls) and ``qa-desktop relink`` (a share moved)."""
from __future__ import annotations

import sys
from pathlib import Path

from qa_desktop.cli.common import add_json_flag, emit, open_db


def register(subparsers, common) -> None:
    parser = subparsers.add_parser(
        "import", parents=[common],
        help="register recordings (a folder tree or files) as calls, referenced where they are",
        epilog="Importing the same files again adds nothing; a moved or renamed file keeps its call. "
               "Exit status: 0 all usable files registered, 1 some files or rows failed (see the report), "
               "2 the import could not run.")
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="folders and/or recording files")
    parser.add_argument("--manifest", type=Path, metavar="FILE",
                        help="call list (CSV or XLSX; UTF-8, GB18030/GBK or Big5; English or Chinese columns)")
    parser.add_argument("--pattern", metavar="PATTERN",
                        help="read metadata from file names, "
                             "e.g. '{agent_id}_{date:%%Y%%m%%d}_{time:%%H%%M%%S}_{call_id}'")
    parser.add_argument("--copy-to", type=Path, metavar="DIR", help="copy the recordings here and reference the copies")
    parser.add_argument("--all", action="store_true", help="list every file in the text report, not only problems")
    add_json_flag(parser)
    parser.set_defaults(handler=run_import)

    relink = subparsers.add_parser(
        "relink", parents=[common], help="point calls at a share mounted under another path (prefix remap)")
    relink.add_argument("--from", dest="old", required=True, metavar="OLD", help="the old path prefix")
    relink.add_argument("--to", dest="new", required=True, metavar="NEW", help="the new path prefix")
    relink.add_argument("--dry-run", action="store_true", help="only count what would change")
    add_json_flag(relink)
    relink.set_defaults(handler=run_relink)


def run_import(args) -> int:
    from qa_desktop.core.library.importer import FAILED, import_recordings
    from qa_desktop.core.progress import ProgressSink

    quiet = getattr(args, "json", False) or not sys.stderr.isatty()
    sink = ProgressSink(None if quiet else
                        lambda done, total, message: print(f"\r{done}/{total} {message[:40]:<40}", end="",
                                                           file=sys.stderr))
    database = open_db(args)
    try:
        report = import_recordings(database, args.paths, manifest=args.manifest, pattern=args.pattern,
                                   copy_to=args.copy_to, progress=sink)
    finally:
        database.dispose()
    if not quiet:
        print(file=sys.stderr)
    emit(args, report.to_dict(), lambda data: format_report(data, args.all))
    return 1 if report.counts[FAILED] else 0


def format_report(data: dict, everything: bool = False) -> str:
    from qa_desktop.core.library.importer import FAILED, MOVED, SKIPPED

    counts = data["counts"]
    lines = [f"Import of {data['source']}{' (cancelled)' if data['cancelled'] else ''}: "
             f"{counts['imported']} imported, {counts['moved']} moved, {counts['duplicate']} already there, "
             f"{counts['skipped']} skipped, {counts['failed']} failed ({data['elapsed_s']:.1f} s)"]
    if data["agents_created"]:
        lines.append(f"  new agents: {', '.join(data['agents_created'][:20])}"
                     + (" …" if len(data["agents_created"]) > 20 else ""))
    for line in data["lines"]:
        if everything or line["status"] in (FAILED, SKIPPED, MOVED):
            where = f" (manifest line {line['manifest_line']})" if line["manifest_line"] else ""
            lines.append(f"  {line['status']:<9} {line['reason'] or line['path']}{where}")
    return "\n".join(lines)


def run_relink(args) -> int:
    from qa_desktop.core.library.relink import relink_prefix

    database = open_db(args, create=False)
    try:
        summary = relink_prefix(database, args.old, args.new, dry_run=args.dry_run)
    finally:
        database.dispose()
    emit(args, summary, lambda s: (
        f"{'Would relink' if s['dry_run'] else 'Relinked'} {s['calls']} call(s) from {s['from']} to {s['to']}: "
        f"{s['found']} recording(s) found there, {s['missing']} missing."))
    return 0
