"""Calibration commands: agreement statistics from a CSV, and a calibration session's report."""
from __future__ import annotations

import argparse
from pathlib import Path

from qa_desktop.cli.common import add_json_flag, emit, open_db
from qa_desktop.core.calibration.agreement_choices import DEFAULT_ICC_FORM, ICC_FORMS, LEVELS
from qa_desktop.core.languages import LANGUAGES


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
    stats.add_argument("--icc-form", choices=list(ICC_FORMS), default=DEFAULT_ICC_FORM,
                       help="the Shrout & Fleiss form reported as the ICC (default ICC(2,1))")
    stats.add_argument("--bootstrap", type=int, default=1000, metavar="N",
                       help="resamples for alpha's 95%% interval (default 1000, fixed seed; 0 = none)")
    add_json_flag(stats)
    stats.set_defaults(handler=run_stats)

    report = commands.add_parser("report", parents=[common], help="a calibration session's report")
    report.add_argument("session_id", type=int, metavar="SESSION_ID")
    report.add_argument("-o", "--output", type=Path, metavar="FILE.xlsx", help="also write it as an Excel workbook")
    # after the command too ("calibration report 3 --lang zh_CN"), not only before it
    report.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS,
                        help="language of the item texts and the workbook's headers (default en)")
    add_json_flag(report)
    report.set_defaults(handler=run_report)

    listing = commands.add_parser("sessions", parents=[common], help="list calibration sessions")
    add_json_flag(listing)
    listing.set_defaults(handler=run_sessions)

    consistency = commands.add_parser(
        "consistency", parents=[common],
        help="each evaluator's deviation and bias month by month, against the expert and the consensus")
    consistency.add_argument("--evaluator", metavar="LOGIN", help="only this evaluator")
    add_json_flag(consistency)
    consistency.set_defaults(handler=run_consistency)

    self_check = commands.add_parser(
        "self-check", parents=[common],
        help="an evaluator's blind re-scores of their own past calls compared with the originals")
    self_check.add_argument("evaluator", metavar="LOGIN")
    self_check.add_argument("--assign", type=int, metavar="N",
                            help="first give the evaluator N of their past calls to re-score blind (QA lead)")
    self_check.add_argument("--min-age-days", type=int, default=30,
                            help="only calls evaluated at least this many days ago (default 30)")
    add_json_flag(self_check)
    self_check.set_defaults(handler=run_self_check)


def run_stats(args) -> int:
    from qa_desktop.core.calibration.agreement import all_statistics
    from qa_desktop.core.calibration.ratings_csv import guess_level, read_ratings_csv

    table = read_ratings_csv(args.file)
    level = args.level or guess_level(table)
    order = [v.strip() for v in args.order.split(",")] if args.order else None
    results = all_statistics(table, level, icc_form=args.icc_form, value_order=order, bootstrap=max(0, args.bootstrap))
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
        report = session_report(database, args.session_id, lang=getattr(args, "lang", None) or "en")
    finally:
        database.dispose()
    if args.output:
        from qa_desktop.core.calibration.report_xlsx import write_report_xlsx

        write_report_xlsx(report, args.output)
        report = {**report, "workbook": str(args.output)}
    emit(args, report, format_report_text)
    return 0


def _user_id(database, login: str) -> int:
    from qa_desktop.core.errors import ValidationError
    from qa_desktop.core.users import find_user

    user = find_user(database, login)
    if user is None:
        raise ValidationError(f"No user with the login {login!r}.", login=login)
    return user.id


def run_sessions(args) -> int:
    from qa_desktop.core.calibration.sessions import list_sessions

    database = open_db(args, create=False)
    try:
        rows = [s.to_dict() for s in list_sessions(database)]
    finally:
        database.dispose()

    def text(rows):
        if not rows:
            return "No calibration session."
        return "\n".join(f"#{r['id']} {r['title']} ({r['status']}): form {r['form_name']} v{r['form_version_no']}, "
                         f"{r['n_calls']} call(s), {r['n_participants']} scorer(s), "
                         f"{r['n_submitted']}/{r['n_expected']} submitted" for r in rows)

    emit(args, rows, text)
    return 0


def _dev(d: dict | None) -> str:
    if not d:
        return "-"
    bias = d["bias"].replace("_", " ")
    return f"{d['mean_signed']:+.2f} (abs {d['mean_absolute']:.2f}, {d['n_calls']} call(s), {bias})"


def run_consistency(args) -> int:
    from qa_desktop.core.calibration.consistency import evaluator_consistency

    database = open_db(args, create=False)
    try:
        evaluator_id = _user_id(database, args.evaluator) if args.evaluator else None
        data = evaluator_consistency(database, evaluator_id=evaluator_id)
    finally:
        database.dispose()

    def text(d):
        if not d["months"]:
            return "No submitted calibration scores."
        lines = [f"Deviation of totals ({d['reading']})"]
        for r in d["months"]:
            lines.append(f"  {r['month']} {r['name']} ({r['login']}): {r['calls']} call(s) in {r['sessions']} "
                         f"session(s); vs expert {_dev(r['vs_expert'])}; vs consensus {_dev(r['vs_consensus'])}")
        return "\n".join(lines)

    emit(args, data, text)
    return 0


def run_self_check(args) -> int:
    from qa_desktop.core.calibration.consistency import assign_self_checks, self_check_comparison

    database = open_db(args, create=False)
    try:
        evaluator_id = _user_id(database, args.evaluator)
        assigned = []
        if args.assign:
            assigned = assign_self_checks(database, evaluator_id, count=args.assign, min_age_days=args.min_age_days)
        data = {**self_check_comparison(database, evaluator_id), "assigned": assigned}
    finally:
        database.dispose()

    def text(d):
        s = d["summary"]
        lines = []
        if d["assigned"]:
            lines.append(f"Assigned {len(d['assigned'])} self-check(s) to {d['login']}.")
        lines.append(f"{d['name']} ({d['login']}): {s['n_calls']} self-check(s) compared, {s['pending']} pending")
        if s["drift"]:
            lines.append(f"  drift (re-score minus original): {_dev(s['drift'])}")
            lines.append(f"  items answered the same: {s['share_items_same']:.0%}")
            for month in s["by_month"]:
                lines.append(f"  {month['month']}: {_dev(month)}")
        for key in ("percent_totals_within_5", "icc_totals", "alpha_items_nominal"):
            stat = s[key]
            value = f"{stat['value']:.3f}" if stat["computable"] else "not computable"
            lines.append(f"  {stat['label']}: {value} - {stat['reading']}")
        for p in d["pairs"]:
            changed = ", ".join(f"{c['code']} {c['original']}->{c['rescore']}" for c in p["items_changed"]) or "none"
            lines.append(f"  call {p['external_id'] or p['call_id']}: {p['original_total']} -> {p['rescore_total']} "
                         f"({p['difference']:+.2f}); changed: {changed}")
        return "\n".join(lines)

    emit(args, data, text)
    return 0
