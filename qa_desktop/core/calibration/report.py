"""The calibration session report: who differs where, by how much, and how much the raters agree.

``session_report`` returns a plain, JSON-ready dict shared by the GUI, the Excel sheet and
``qa-desktop calibration report``. Only submitted calibration evaluations enter it. The
reader must be allowed to see everyone's answers (see the blind rule in ``sessions``).
"""
from __future__ import annotations

import statistics
from collections import Counter
from decimal import Decimal
from typing import Any

from qa_desktop.core import texts
from qa_desktop.core.calibration import agreement
from qa_desktop.core.calibration.readings import reading_in, reason_in
from qa_desktop.core.calibration.sessions import (
    _load,
    _session_call,
    _summary,
    require_may_see_answers,
    scorer_ids,
    submitted_scores,
)
from qa_desktop.core.db import Database
from qa_desktop.core.db.models import FormVersion, User
from qa_desktop.core.languages import pick

NOMINAL_TYPES = ("yes_no", "yes_no_na", "choice", "checklist")
TOTAL_TOLERANCE = 10        # points: "within ±10 points of each other on >85% of calls"
BIAS_TOLERANCE = 5          # points of mean signed difference before calling someone lenient or harsh
REWRITE_SHARE = 0.30        # an item differing by more than one point on more than 30% of calls
TOTALS_BOOTSTRAP = 500     # resamples for the interval of alpha on totals (fixed seed)
REWRITE_MIN_CALLS = 3       # below this a share says little ("score at least 3 more calls", seed 003)

RULE_KEYS = ("differs_by_more_than_one_point", "rewrite_candidate", "bias", "reference_for_differs",
             "totals_tolerance")
RULE_VALUES = {"share": f"{REWRITE_SHARE:.0%}", "calls": REWRITE_MIN_CALLS, "bias": BIAS_TOLERANCE,
               "totals": TOTAL_TOLERANCE}


def rules(lang: str | None = "en") -> dict[str, str]:
    """The rules the report applies, by their stable key, in ``lang`` (catalogue ``calibration.rule.*``)."""
    return {key: texts.text(f"calibration.rule.{key}", lang, **RULE_VALUES) for key in RULE_KEYS}



def _key(answer: Any) -> Any:
    """A comparable form of an answer (checklists are lists)."""
    if isinstance(answer, list):
        return "|".join(sorted(str(a) for a in answer))
    return answer


def _num(value: Decimal | float | None) -> float | None:
    return None if value is None else round(float(value), 2)


def _mean(values: list[float]) -> float | None:
    return round(statistics.fmean(values), 2) if values else None


def _text(item, lang: str) -> str:
    from qa_desktop.core.scoring.form import pick

    return pick(item.text, lang)


def _option_labels(item, lang: str) -> dict[str, str]:
    """How to show each answer value of a choice, checklist or labelled scale."""
    from qa_desktop.core.scoring.form import pick

    return {str(o.value): pick(o.label, lang) for o in item.options if pick(o.label, lang)}


def _differs_widely(item, answers: list[Any]) -> bool:
    present = [a for a in answers if a is not None]
    if len(present) < 2:
        return False
    if item.type == "scale":
        numbers = [a for a in present if a != "na"]
        if len(numbers) != len(present) and numbers:
            return True
        return bool(numbers) and max(numbers) - min(numbers) > 1
    return len({_key(a) for a in present}) > 1


def _bias(mean_signed: float | None) -> str | None:
    if mean_signed is None:
        return None
    if mean_signed > BIAS_TOLERANCE:
        return "lenient"
    if mean_signed < -BIAS_TOLERANCE:
        return "harsh"
    return "in_line"


def _deviation(mine: dict[int, float], reference: dict[int, float]) -> dict[str, Any] | None:
    """Totals minus the reference's on the calls both scored; None when there is no such call."""
    calls = sorted(set(mine) & set(reference))
    if not calls:
        return None
    diffs = [mine[c] - reference[c] for c in calls]
    signed = _mean(diffs)
    return {"n_calls": len(calls), "mean_signed": signed,
            "mean_absolute": _mean([abs(d) for d in diffs]),
            "max_absolute": round(max(abs(d) for d in diffs), 2) if diffs else None,
            "bias": _bias(signed)}


def session_report(database: Database, session_id: int, *, lang: str = "en") -> dict[str, Any]:
    from qa_desktop.core.scoring.engine import score
    from qa_desktop.core.scoring.form import FormDefinition

    with database.read() as session:
        calibration = _load(session, session_id)
        require_may_see_answers(session, calibration, database.user_login)
        version = session.get_one(FormVersion, calibration.form_version_id)
        definition = FormDefinition.from_dict(version.definition)
        summary = _summary(session, calibration).to_dict()
        scorers = [session.get_one(User, uid) for uid in scorer_ids(calibration)]
        expert_id = calibration.expert_id
        calls = [_session_call(session, link) for link in calibration.calls]
        evaluations = [{"evaluator_id": evaluator_id, "call_id": call_id, "score": score_,
                        "answers": dict(answers or {})}
                       for call_id, evaluator_id, score_, answers in submitted_scores(session, session_id)]
        people = {u.id: {"login": u.login, "name": u.display_name} for u in scorers}
        notes = calibration.notes

    login = {uid: user["login"] for uid, user in people.items()}
    by_call: dict[int, dict[str, Any]] = {}  # call id -> login -> evaluation
    for evaluation in evaluations:
        if evaluation["evaluator_id"] in login:
            by_call.setdefault(evaluation["call_id"], {})[login[evaluation["evaluator_id"]]] = evaluation
    expert = login.get(expert_id) if expert_id else None
    raters: list[dict[str, Any]] = [
        {"id": uid, "login": user["login"], "name": user["name"], "is_expert": uid == expert_id}
        for uid, user in people.items()]
    items = [(section, item) for section, item in definition.items()]

    # -- per call -----------------------------------------------------------------------------
    call_rows: list[dict[str, Any]] = []
    totals: dict[int, dict[str, float | None]] = {}  # call id -> login -> total
    consensus_totals: dict[int, float] = {}
    for call in calls:
        evals = by_call.get(call.call_id, {})
        call_totals = {who: _num(e["score"]) for who, e in evals.items()}
        totals[call.call_id] = call_totals
        consensus = call.consensus_answers or {}
        consensus_total = None
        if consensus and all(item.code in consensus for _, item in items):
            consensus_total = round(float(score(definition, consensus).total), 2)
            consensus_totals[call.call_id] = consensus_total
        values = [v for v in call_totals.values() if v is not None]
        item_rows = []
        for _section, item in items:
            answers = {who: e["answers"].get(item.code) for who, e in evals.items()}
            keys = [_key(a) for a in answers.values() if a is not None]
            counts = Counter(keys).most_common()
            ref_kind: str | None
            majority = counts[0][0] if counts and (len(counts) == 1 or counts[0][1] > counts[1][1]) else None
            if item.code in consensus:
                reference, ref_kind = _key(consensus[item.code]), "consensus"
            elif expert and answers.get(expert) is not None:
                reference, ref_kind = _key(answers[expert]), "expert"
            else:
                reference, ref_kind = majority, ("majority" if majority is not None else None)
            points = {who: (None if a is None else _num(item.answer_points(a)) if a != "na" else None)
                      for who, a in answers.items()}
            numbers = [p for p in points.values() if p is not None]
            item_rows.append({
                "code": item.code, "answers": answers, "points": points,
                "distinct": len(set(keys)), "all_agree": len(set(keys)) <= 1,
                "points_spread": round(max(numbers) - min(numbers), 2) if numbers else None,
                "differs_by_more_than_one": _differs_widely(item, list(answers.values())),
                "reference": ref_kind, "reference_answer": reference,
                "differs": sorted(w for w, a in answers.items()
                                  if a is not None and reference is not None and _key(a) != reference),
                "consensus": consensus.get(item.code), "note": call.consensus_notes.get(item.code, ""),
            })
        call_rows.append({
            "call_id": call.call_id, "external_id": call.external_id, "agent": call.agent,
            "call_type": call.call_type, "started_at": call.started_at.isoformat() if call.started_at else None,
            "n_scored": len(evals), "totals": call_totals,
            "total_min": min(values) if values else None, "total_max": max(values) if values else None,
            "total_spread": round(max(values) - min(values), 2) if values else None,
            "total_mean": _mean(values),
            "expert_total": call_totals.get(expert) if expert else None,
            "consensus_total": consensus_total, "consensus_note": call.consensus_notes.get("_call", ""),
            "items": item_rows,
        })

    # -- per item -----------------------------------------------------------------------------
    item_summary, rewrite = [], []
    for index, (section, item) in enumerate(items):
        rows = [c["items"][index] for c in call_rows]
        scored = [r for r in rows if sum(a is not None for a in r["answers"].values()) >= 2]
        wide = sum(r["differs_by_more_than_one"] for r in scored)
        share = round(wide / len(scored), 4) if scored else None
        level = "nominal" if item.type in NOMINAL_TYPES else "ordinal"
        data = {c["call_id"]: {w: (None if level == "ordinal" and a == "na" else _key(a))
                               for w, a in r["answers"].items()} for c, r in zip(call_rows, rows)}
        alpha = agreement.krippendorff_alpha(data, level)
        entry = {"code": item.code, "section": section.code, "text": _text(item, lang), "type": item.type,
                 "level": level, "n_calls": len(scored), "calls_all_agree": sum(r["all_agree"] for r in scored),
                 "calls_differ_by_more_than_one": wide, "share_differ_by_more_than_one": share,
                 "rewrite_candidate": share is not None and len(scored) >= REWRITE_MIN_CALLS and share > REWRITE_SHARE,
                 "differs_from_reference": dict(Counter(w for r in scored for w in r["differs"])),
                 "alpha": alpha.to_dict()}
        item_summary.append(entry)
        if entry["rewrite_candidate"]:
            rewrite.append({"code": item.code, "text": entry["text"], "share": share, "n_calls": len(scored),
                            "calls_differ_by_more_than_one": wide})

    # -- per participant ----------------------------------------------------------------------
    expert_totals = {c: total for c, t in totals.items() if expert and (total := t.get(expert)) is not None}
    participants = []
    for rater in raters:
        who = rater["login"]
        mine = {c: total for c, t in totals.items() if (total := t.get(who)) is not None}
        entry = {**rater, "n_calls_submitted": len(mine), "mean_total": _mean(list(mine.values())),
                 "vs_expert": None if rater["is_expert"] or not expert else _deviation(mine, expert_totals),
                 "vs_consensus": _deviation(mine, consensus_totals)}
        # item level: how often this rater's answer differed from the consensus / expert answer
        vs_consensus = vs_expert = compared_c = compared_e = 0
        for call_row in call_rows:
            for row in call_row["items"]:
                mine_answer = row["answers"].get(who)
                if mine_answer is None:
                    continue
                if row["consensus"] is not None:
                    compared_c += 1
                    vs_consensus += _key(mine_answer) != _key(row["consensus"])
                if expert and who != expert and row["answers"].get(expert) is not None:
                    compared_e += 1
                    vs_expert += _key(mine_answer) != _key(row["answers"][expert])
        entry["items_differ_from_consensus"] = {"n_items": compared_c, "differ": vs_consensus,
                                                "share": round(vs_consensus / compared_c, 4) if compared_c else None}
        entry["items_differ_from_expert"] = {"n_items": compared_e, "differ": vs_expert,
                                             "share": round(vs_expert / compared_e, 4) if compared_e else None}
        participants.append(entry)

    # -- agreement ----------------------------------------------------------------------------
    def pooled(types: tuple[str, ...]) -> dict:
        return {(c["call_id"], row["code"]): {w: _key(a) for w, a in row["answers"].items()}
                for c in call_rows for (section, item), row in zip(items, c["items"]) if item.type in types}

    def with_calls(result: agreement.AgreementResult, unit_calls: set, n_items: int | None = None) -> dict:
        data = result.to_dict()
        data["n_calls"] = len(unit_calls)
        if n_items is not None:
            data["n_items"] = n_items
        return data

    nominal = pooled(NOMINAL_TYPES)
    scales = {u: {w: (None if v == "na" else v) for w, v in by.items()} for u, by in pooled(("scale",)).items()}
    total_data = {c: t for c, t in totals.items()}

    def pairable_calls(data: dict) -> set:
        return {u[0] if isinstance(u, tuple) else u for u, by in data.items()
                if sum(v is not None for v in by.values()) >= 2}

    n_nominal_items = sum(1 for _, i in items if i.type in NOMINAL_TYPES)
    n_scale_items = sum(1 for _, i in items if i.type == "scale")
    agreement_sections = [
        {"what": "totals", "title": "Evaluation totals", "statistics": [
            with_calls(agreement.percent_agreement(total_data, within=TOTAL_TOLERANCE), pairable_calls(total_data)),
            with_calls(agreement.krippendorff_alpha(total_data, "interval", bootstrap=TOTALS_BOOTSTRAP),
                       pairable_calls(total_data)),
            with_calls(agreement.icc(total_data, agreement.DEFAULT_ICC_FORM), pairable_calls(total_data)),
        ]},
    ]
    if n_nominal_items:
        # A checklist's ticked options are one nominal answer (raters agree when they ticked the same set),
        # as in the per-item alpha and the "differs" of each call, so checklists are pooled here too.
        agreement_sections.append({"what": "yes_no_items", "title": "Yes/no, choice and checklist items (pooled)",
                                   "statistics": [
            with_calls(agreement.percent_agreement(nominal), pairable_calls(nominal), n_nominal_items),
            with_calls(agreement.krippendorff_alpha(nominal, "nominal"), pairable_calls(nominal), n_nominal_items),
        ]})
    if n_scale_items:
        agreement_sections.append({"what": "scale_items", "title": "Scale items (pooled)", "statistics": [
            with_calls(agreement.percent_agreement(scales), pairable_calls(scales), n_scale_items),
            with_calls(agreement.percent_agreement(scales, within=1), pairable_calls(scales), n_scale_items),
            with_calls(agreement.krippendorff_alpha(scales, "ordinal"), pairable_calls(scales), n_scale_items),
        ]})

    # the statistics read in English when computed: say them (and why one is not computable) in its language
    for stat in [stat for block in agreement_sections for stat in block["statistics"]] + [
            entry["alpha"] for entry in item_summary]:
        stat["reading"], stat["reason"] = reading_in(stat, lang), reason_in(stat, lang)

    return {
        "session": {**summary, "notes": notes},
        "form": {"code": definition.code, "version_no": summary["form_version_no"],
                 "name": pick(summary.get("form_names"), lang) or summary["form_name"]},
        "raters": raters,
        "expert": expert,
        "items": [{"code": i.code, "section": s.code, "text": _text(i, lang), "type": i.type,
                   "option_labels": _option_labels(i, lang)} for s, i in items],
        "calls": call_rows,
        "item_summary": item_summary,
        "participants": participants,
        "agreement": agreement_sections,
        "rewrite_candidates": rewrite,
        "rules": rules(lang),
        "n_evaluations": sum(len(v) for v in by_call.values()),
        "lang": lang,
    }


def _fmt(value: Any, digits: int = 2) -> str:
    return "-" if value is None else f"{value:.{digits}f}" if isinstance(value, float) else str(value)


def format_report_text(report: dict) -> str:
    """The report as plain text for the terminal."""
    s = report["session"]
    lines = [f"Calibration session #{s['id']} {s['title']} ({s['status']}), form {report['form']['name']} "
             f"v{report['form']['version_no']}: {s['n_calls']} call(s), {len(report['raters'])} scorer(s), "
             f"{report['n_evaluations']} submitted evaluation(s)"
             + (f"; expert {report['expert']}" if report["expert"] else "")]
    lines.append("")
    lines.append("Agreement")
    for block in report["agreement"]:
        lines.append(f"  {block['title']}")
        for stat in block["statistics"]:
            value = f"{stat['value']:.3f}" if stat["computable"] else "not computable"
            lines.append(f"    {stat['label']}: {value} [{stat['n_calls']} call(s), {stat['n_raters']} rater(s)]")
            lines.append(f"      {stat['reading']}")
    lines.append("")
    lines.append("Participants (totals; signed = participant minus reference)")
    for p in report["participants"]:
        parts = [f"  {p['name']} ({p['login']}{', expert' if p['is_expert'] else ''}): "
                 f"{p['n_calls_submitted']} call(s), mean total {_fmt(p['mean_total'])}"]
        for key, label in (("vs_expert", "vs expert"), ("vs_consensus", "vs consensus")):
            d = p[key]
            if d and d["n_calls"]:
                parts.append(f"{label}: signed {_fmt(d['mean_signed'])}, absolute {_fmt(d['mean_absolute'])} "
                             f"over {d['n_calls']} call(s), {d['bias'].replace('_', ' ')}")
        lines.append("; ".join(parts))
    lines.append("")
    lines.append("Calls")
    for c in report["calls"]:
        totals = ", ".join(f"{w} {_fmt(t)}" for w, t in c["totals"].items())
        lines.append(f"  {c['external_id'] or c['call_id']}: spread {_fmt(c['total_spread'])} ({totals})"
                     + (f"; consensus {_fmt(c['consensus_total'])}" if c["consensus_total"] is not None else ""))
        for row in c["items"]:
            if row["differs"] or row["differs_by_more_than_one"]:
                lines.append(f"    {row['code']}: " + ", ".join(f"{w}={a}" for w, a in row["answers"].items())
                             + (f"; differ from {row['reference']}: {', '.join(row['differs'])}"
                                if row["differs"] else ""))
    lines.append("")
    if report["rewrite_candidates"]:
        lines.append("Items to consider rewording (differ by more than one point on more than 30% of calls)")
        for r in report["rewrite_candidates"]:
            lines.append(f"  {r['code']} {r['text']}: {r['calls_differ_by_more_than_one']} of {r['n_calls']} call(s)")
    else:
        lines.append("No item differs by more than one point on more than 30% of calls.")
    return "\n".join(lines)
