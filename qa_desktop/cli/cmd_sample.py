"""Sampling commands: draw a week's sample (and assign it), show or change a sampling plan."""
from __future__ import annotations

import json
from pathlib import Path

from qa_desktop.cli.common import add_json_flag, emit, open_db


def register(subparsers, common) -> None:
    sample = subparsers.add_parser(
        "sample", parents=[common],
        help="draw a week's sample by the sampling plan (quotas per agent, rate cap, call types) and assign it")
    sample.add_argument("--week", required=True, metavar="YYYY-Www", help="ISO week, e.g. 2026-W46")
    # No default here: the plan's module needs SQLAlchemy, which `--help` should not wait for.
    sample.add_argument("--plan", metavar="NAME",
                        help="sampling plan name (default: the standard plan, made from the standard quotas)")
    sample.add_argument("--seed", type=int, metavar="N",
                        help="random seed (default: a new one; a week already sampled reuses its stored seed)")
    sample.add_argument("--assign", action="store_true",
                        help="put the sampled calls in evaluators' queues "
                             "(otherwise only a preview of who would get them)")
    add_json_flag(sample)
    sample.set_defaults(handler=run_sample_command)

    plan = subparsers.add_parser("sample-plan", parents=[common], help="show or change a sampling plan")
    plan.add_argument("--plan", metavar="NAME", help="sampling plan name (default: the standard plan)")
    plan.add_argument("--set", type=Path, metavar="PLAN.json",
                      help="replace the plan with this JSON (missing fields take the defaults)")
    add_json_flag(plan)
    plan.set_defaults(handler=run_plan_command)


def run_sample_command(args) -> int:
    from qa_desktop.core.workflow.sampling import run_sample
    from qa_desktop.core.workflow.sampling_plan import DEFAULT_PLAN_NAME

    database = open_db(args)
    try:
        result = run_sample(database, args.week, args.plan or DEFAULT_PLAN_NAME, seed=args.seed, assign=args.assign)
    finally:
        database.dispose()
    emit(args, result, format_sample)
    return 0


def run_plan_command(args) -> int:
    from qa_desktop.core.workflow.sampling_plan import DEFAULT_PLAN_NAME, SamplingPlanInvalid, load_plan, save_plan

    args.plan = args.plan or DEFAULT_PLAN_NAME
    database = open_db(args)
    try:
        if args.set:
            try:
                data = json.loads(args.set.read_text(encoding="utf-8-sig"))
            except json.JSONDecodeError as error:
                raise SamplingPlanInvalid(str(args.set), f"not valid JSON ({error})") from error
            plan = save_plan(database, args.plan, data)
        else:
            plan = load_plan(database, args.plan)
    finally:
        database.dispose()
    emit(args, {"name": args.plan, "definition": plan},
         lambda d: f"sampling plan {d['name']}:\n" + json.dumps(d["definition"], ensure_ascii=False, indent=2))
    return 0


def _reasons(row: dict) -> str:
    names = {"too_few_calls": "too few calls", "rate_cap": "rate cap"}
    return ", ".join(f"{names.get(r['reason'], r['reason'])} ({r['short']})" for r in row["reasons"])


def format_sample(d: dict) -> str:
    lines = [f"sample {d['period']} ({d['start']} – {d['end']}), plan {d['plan_name']}, seed {d['seed']}"
             + (" — redrawn from the stored seed" if d.get("rerun") else ""),
             f"  {d['selected']} call(s) of {d['period_calls']} in the week ({d['rate']:.1%}; cap "
             f"{d['rate_cap']:.0%} = {d['cap_calls']}); {d['eligible_calls']} eligible"]
    if d.get("rerun"):
        lines.append("  same calls as stored: " + ("yes" if d.get("same_calls_as_stored") else "NO"))
    if d["left_out"]:
        lines.append("  left out: " + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in sorted(d["left_out"].items())))
    for warning in d["warnings"]:
        if warning["code"] == "call_types_uncovered":
            lines.append("  warning: no call sampled of type(s) " + ", ".join(warning["call_types"]))
        elif warning["code"] == "rate_cap_trimmed":
            lines.append(f"  warning: the rate cap ({warning['cap']} calls) trimmed {warning['calls']} call(s) "
                         "from the quotas")
        elif warning["code"] == "below_representative_rate":
            lines.append(f"  note: the sample is {warning['rate']:.1%} of the week's calls, below the "
                         f"{warning['minimum']:.0%} usually taken as representative")
    types = ", ".join(f"{t['call_type']} {t['selected']}/{t['period_calls']}" for t in d["call_types"])
    if types:
        lines.append(f"  by call type (sampled/week): {types}")
    if d["shortfalls"]:
        lines.append(f"  agents short of their quota ({len(d['shortfalls'])}):")
        for row in d["shortfalls"]:
            lines.append(f"    {row['agent_code']} {row['agent_name']} [{row['category']}] wanted {row['wanted']}, "
                         f"{row['available']} eligible, got {row['selected']}: short {row['short']} — {_reasons(row)}")
    lines.append("  calls:")
    for call in d["calls"]:
        evaluator = call.get("evaluator") or "-"
        lines.append(f"    {call['call_id']:>6} {call['external_id'] or '':<16} {call['agent_code']:<10} "
                     f"{call['category']:<10} {call['call_type']:<10} → {evaluator}")
    assignment = d["assignment"]
    head = "assignment preview (use --assign to queue)" if assignment.get("preview") else "assignment"
    lines.append(f"  {head}: {assignment['assigned']} assigned, {len(assignment['unassigned'])} left over")
    for row in assignment["evaluators"]:
        lines.append(f"    {row['login']:<14} held {row['held_before']:>3} +{row['assigned']:<3} "
                     f"= {row['held_after']:>3}"
                     f" / limit {row['limit']}" + (f"  short by {row['short_by']}" if row["short_by"] else ""))
    for row in assignment["unassigned"]:
        reason = {"no_evaluator_outside_team": "every evaluator is in the agent's team",
                  "evaluators_at_limit": "every allowed evaluator is at the limit"}.get(row["reason"], row["reason"])
        lines.append(f"    call {row['call_id']} ({row['agent_code']}) not assigned: {reason}")
    if assignment["unknown_evaluators"]:
        lines.append("    unknown evaluators in the plan: " + ", ".join(assignment["unknown_evaluators"]))
    pass_mark = d["plan"]["pass_mark"]
    lines.append(f"  period score, {d['plan']['confidence']:.0%} t-interval, vs pass line {pass_mark}:")
    for row in d["confidence"]:
        if row["n"] < 2:
            figure = f"n={row['n']}" + (f" mean {row['mean']}" if row["mean"] is not None else "") + " — too few to say"
        else:
            more = ("settled" if row["more_needed"] == 0 else
                    f"{row['more_needed']} more needed" if row["more_needed"] is not None else "cannot be told apart")
            figure = (f"n={row['n']} mean {row['mean']} [{row['low']}, {row['high']}] {row['verdict']}; {more}")
        lines.append(f"    {row['agent_code']:<10} {figure}")
    return "\n".join(lines)
