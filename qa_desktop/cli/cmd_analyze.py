"""``qa-desktop analyze``: levels, speech, dead air and talk-over of a recording or a registered call."""
from __future__ import annotations

from pathlib import Path

from qa_desktop.cli.common import add_json_flag, emit, open_db
from qa_desktop.core.audio.analysis_options import AnalysisOptions


def register(subparsers, common) -> None:
    parser = subparsers.add_parser(
        "analyze", parents=[common],
        help="analyse a recording: levels, speech per side, dead air, talk-over, talk ratio")
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("file", type=Path, nargs="?", metavar="FILE", help="a recording (no database needed)")
    target.add_argument("--call", type=int, metavar="ID",
                        help="analyse a registered call and store the result with it")
    target.add_argument("--pending", action="store_true",
                        help="analyse every registered call not analysed yet (recordings found at their path)")
    defaults = AnalysisOptions()
    parser.add_argument("--agent-channel", type=int, choices=[0, 1], default=None,
                        help="channel of the agent on stereo calls (default 0, or the team setting with --call)")
    parser.add_argument("--dead-air", type=float, metavar="SECONDS", default=None,
                        help="shortest silence of both sides counted as dead air "
                             f"(default {defaults.dead_air_min_s:g})")
    parser.add_argument("--talk-over", type=float, metavar="SECONDS", default=None,
                        help=f"shortest overlap counted as talk-over (default {defaults.talk_over_min_s:g})")
    parser.add_argument("--handling-standard", type=float, metavar="SECONDS", default=None,
                        help=f"handling standard (default {defaults.handling_standard_s:g} s)")
    add_json_flag(parser)
    parser.set_defaults(handler=run)


def _options(args, base: AnalysisOptions) -> AnalysisOptions:
    values = base.to_dict()
    for arg, key in (("agent_channel", "agent_channel"), ("dead_air", "dead_air_min_s"),
                     ("talk_over", "talk_over_min_s"), ("handling_standard", "handling_standard_s")):
        value = getattr(args, arg)
        if value is not None:
            if key != "agent_channel" and value <= 0:
                raise ValueError(f"--{arg.replace('_', '-')} must be positive")
            values[key] = value
    return AnalysisOptions.from_dict(values)


def run(args) -> int:
    if args.pending:
        return run_pending(args)
    if args.call is not None:
        from qa_desktop.core.library.call_analysis import analyze_call, load_options

        database = open_db(args, create=False)
        try:
            with database.read() as session:
                base = load_options(session)
            result = analyze_call(database, args.call, options=_options(args, base))
        finally:
            database.dispose()
        result = {"call_id": args.call, **result}
    else:
        from qa_desktop.core.audio.analysis import analyze_file

        result = {"file": str(args.file), **analyze_file(args.file, _options(args, AnalysisOptions()))}
    emit(args, result, format_analysis)
    return 0


def run_pending(args) -> int:
    import sys

    from qa_desktop.core.library.call_analysis import analyze_pending
    from qa_desktop.core.progress import ProgressSink

    quiet = getattr(args, "json", False) or not sys.stderr.isatty()
    sink = ProgressSink(None if quiet else
                        lambda done, total, message: print(f"\r{done}/{total} {message:<20}", end="", file=sys.stderr))
    database = open_db(args, create=False)
    try:
        result = analyze_pending(database, progress=sink)
    finally:
        database.dispose()
    if not quiet:
        print(file=sys.stderr)
    emit(args, result, lambda r: "\n".join(
        [f"Analysed {len(r['analysed'])} call(s); {len(r['failed'])} could not be read."]
        + [f"  call {f['call_id']}: {f['reason']}" for f in r["failed"]]))
    return 1 if result["failed"] else 0


def _span_text(spans) -> str:
    return ", ".join(f"{s['start_s']:.1f}–{s['end_s']:.1f}s" for s in spans) or "none"


def format_analysis(r: dict) -> str:
    minutes, seconds = divmod(r["duration_s"], 60)
    name = r.get("file") or f"call #{r.get('call_id')}"
    lines = [f"{name}: {int(minutes)}:{seconds:04.1f}, "
             f"{r['channels']} channel(s), {r['sample_rate']} Hz"
             + (" — over the handling standard" if r["exceeds_handling_standard"] else "")]
    for level in r["levels"]:
        lines.append(f"  {level['role']:<8} channel {level['channel']}: rms {level['rms_dbfs']} dBFS, "
                     f"peak {level['peak_dbfs']} dBFS, speech {level['speech_rms_dbfs']} dBFS, "
                     f"{len(r['speech'][level['channel']])} utterances")
    if r["mono"]:
        lines.append("  mono recording: who spoke when cannot be told apart")
    else:
        ratio = r["talk_ratio"]
        if ratio["agent"] is not None:
            lines.append(f"  talk ratio: agent {ratio['agent']:.0%}, customer {ratio['customer']:.0%}")
        lines.append(f"  talk-over ({len(r['talk_over'])}): {_span_text(r['talk_over'])}")
    lines.append(f"  dead air ({len(r['dead_air'])}): {_span_text(r['dead_air'])}")
    if r.get("hold"):
        lines.append(f"  hold music or tone ({len(r['hold'])}, {r['hold_total_s']:.1f} s, part of the dead air): "
                     f"{_span_text(r['hold'])}")
    lines.append(f"  longest monologue: {r['longest_monologue_s']:.1f} s")
    return "\n".join(lines)
