"""Calibration commands: agreement statistics from a CSV, and a calibration session's report."""
from __future__ import annotations

from pathlib import Path

from qa_desktop.cli.common import add_json_flag, emit, open_db
from qa_desktop.core.calibration.agreement import ICC_FORMS, LEVELS, all_statistics
from qa_desktop.core.calibration.ratings_csv import guess_level, read_ratings_csv


def register(subparsers, common) -> None:
    calibration = subparsers.add_parser(
        "calibration", parents=[common], help="inter-rater agreement statistics and calibration session reports")
    commands = calibration.add_subparsers(dest="calibration_command", metavar="SUBCOMMAND", required=True)

    stats = commands.add_parser(
        "stats", parents=[common],
        help="agreement statistics from a long-format CSV (header unit,rater,value; empty value = missing)")
    stats.add_argument("file", type=Path, metavar="FILE.csv")
    stats.add_argument("--level", choices=LEVELS,
                       help="level of measurement (default: interval when every value is a number, else nominal)")
    stats.add_argument("--order", metavar="V1,V2,…",
                       help="for --level ordinal with words: the categories from lowest to highest")
    stats.add_argument("--icc-form", choices=list(ICC_FORMS), default="ICC(2,1)",
                       help="the Shrout & Fleiss form reported as the ICC (default ICC(2,1))")
    add_json_flag(stats)
    stats.set_defaults(handler=run_stats)

    report = commands.add_parser("report", parents=[common], help="a calibration session's report")
    report.add_argument("session_id", type=int, metavar="SESSION_ID")
    report.add_argument("-o", "--output", type=Path, metavar="FILE.xlsx", help="also write it as an Excel workbook")
    add_json_flag(report)
    report.set_defaults(handler=run_report)


def run_stats(args) -> int:
    table = read_ratings_csv(args.file)
    level = args.level or guess_level(table)
    order = [v.strip() for v in args.order.split(",")] if args.order else None
    results = all_statistics(table, level, icc_form=args.icc_form, value_order=order)
    data = {
        "file": str(args.file), "level": level, "level_given": bool(args.level),
        "units": len(table.units), "raters": len(table.raters), "ratings": table.n_ratings,
        "missing": len(table.units) * len(table.raters) - table.n_ratings,
        "statistics": [r.to_dict() for r in results],
    }
    emit(args, data, format_stats)
    return 0


def format_statistic(s: dict, indent: str = "  ") -> list[str]:
    head = f"{indent}{s['label']}: " + (f"{s['value']:.3f}" if s["computable"] else "not computable")
    lines = [head, f"{indent}  {s['reading']}"]
    lines.append(f"{indent}  rests on {s['n_units']} unit(s), {s['n_raters']} rater(s), "
                 f"{s['n_pairable']} pairable rating(s)")
    forms = s["details"].get("forms")
    if forms:
        lines.append(f"{indent}  all Shrout & Fleiss forms: "
                     + ", ".join(f"{k} {'n/a' if v is None else f'{v:.3f}'}" for k, v in forms.items()))
    if s["threshold_source"]:
        lines.append(f"{indent}  thresholds: {s['threshold_source']}")
    return lines


def format_stats(d: dict) -> str:
    lines = [f"{d['file']}: {d['units']} unit(s), {d['raters']} rater(s), {d['ratings']} rating(s), "
             f"{d['missing']} missing; level {d['level']}" + ("" if d["level_given"] else " (guessed; use --level)")]
    for s in d["statistics"]:
        lines += format_statistic(s)
    return "\n".join(lines)


def run_report(args) -> int:
    from qa_desktop.core.calibration.report import format_report_text, session_report

    database = open_db(args, create=False)
    try:
        report = session_report(database, args.session_id)
    finally:
        database.dispose()
    if args.output:
        from qa_desktop.core.calibration.report_xlsx import write_report_xlsx

        write_report_xlsx(report, args.output)
        report = {**report, "workbook": str(args.output)}
    emit(args, report, format_report_text)
    return 0
