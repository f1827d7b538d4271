"""Table models of the Sampling page."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from qa_desktop.ui.rows_model import BAD, GOOD, WARN, RowsModel

C = "SamplingTables"


def category_text(category: str | None) -> str:
    return {
        "probation": QCoreApplication.translate("SamplingTables", "Probation"),
        "general": QCoreApplication.translate("SamplingTables", "General"),
        "bottom": QCoreApplication.translate("SamplingTables", "Last week's bottom"),
        "top": QCoreApplication.translate("SamplingTables", "Last week's top (exempt)"),
        "follow_up": QCoreApplication.translate("SamplingTables", "Coaching follow-up"),
        "targeted": QCoreApplication.translate("SamplingTables", "Targeted (automatic checks found risks)"),
    }.get(category or "", category or "")


def shortfall_reason_text(reasons: list[dict]) -> str:
    parts = []
    for reason in reasons:
        if reason["reason"] == "too_few_calls":
            parts.append(QCoreApplication.translate("SamplingTables", "too few calls ({0})").format(reason["short"]))
        elif reason["reason"] == "rate_cap":
            parts.append(QCoreApplication.translate("SamplingTables", "rate cap ({0})").format(reason["short"]))
    return "; ".join(parts)


def unassigned_reason_text(reason: str) -> str:
    return {
        "no_evaluator_outside_team": QCoreApplication.translate(
            "SamplingTables", "every evaluator belongs to the agent's team"),
        "evaluators_at_limit": QCoreApplication.translate(
            "SamplingTables", "every allowed evaluator is at the unstarted-call limit"),
    }.get(reason, reason)


def verdict_text(verdict: str) -> str:
    return {
        "above": QCoreApplication.translate("SamplingTables", "Above the pass line"),
        "below": QCoreApplication.translate("SamplingTables", "Below the pass line"),
        "undecided": QCoreApplication.translate("SamplingTables", "Cannot tell yet"),
        "too_few": QCoreApplication.translate("SamplingTables", "Too few evaluations"),
    }.get(verdict, verdict)


def _verdict_colour(row: dict) -> str | None:
    return {"above": GOOD, "below": BAD, "undecided": WARN}.get(row["verdict"])


def sample_calls_model(parent=None) -> RowsModel:
    return RowsModel([
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Call"), lambda r: r.get("external_id") or r["call_id"], None),
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Agent"), lambda r: r["agent_code"], None),
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Team"), lambda r: r["team"], None),
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Category"), lambda r: category_text(r["category"]), None),
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Call type"), lambda r: r["call_type"], None),
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Started"), lambda r: r["started_at"], None),
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Duration (s)"),
         lambda r: None if r.get("duration_s") is None else round(r["duration_s"]), None),
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Evaluator"), lambda r: r.get("evaluator") or "", None),
    ], parent)


def agents_model(parent=None) -> RowsModel:
    return RowsModel([
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Agent"), lambda r: r["agent_code"], None),
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Name"), lambda r: r["agent_name"], None),
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Team"), lambda r: r["team"], None),
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Category"), lambda r: category_text(r["category"]), None),
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Last week's rank"), lambda r: r["last_week_rank"], None),
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Quota"), lambda r: r["quota"] + r["follow_ups"], None),
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Eligible calls"), lambda r: r["available"], None),
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Sampled"), lambda r: r["selected"],
         lambda r: BAD if r["short"] else None),
    ], parent)


def shortfalls_model(parent=None) -> RowsModel:
    return RowsModel([
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Agent"), lambda r: r["agent_code"], None),
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Team"), lambda r: r["team"], None),
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Category"), lambda r: category_text(r["category"]), None),
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Wanted"), lambda r: r["wanted"], None),
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Eligible calls"), lambda r: r["available"], None),
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Sampled"), lambda r: r["selected"], None),
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Short by"), lambda r: r["short"], lambda r: BAD),
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Why"), lambda r: shortfall_reason_text(r["reasons"]), None),
    ], parent)


def evaluators_model(parent=None) -> RowsModel:
    return RowsModel([
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Evaluator"), lambda r: r["name"], None),
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Unstarted before"), lambda r: r["held_before"], None),
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Assigned now"), lambda r: r["assigned"], None),
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Unstarted after"), lambda r: r["held_after"], None),
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Limit"), lambda r: r["limit"], None),
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Short by"), lambda r: r["short_by"] or None,
         lambda r: BAD if r["short_by"] else None),
    ], parent)


def unassigned_model(parent=None) -> RowsModel:
    return RowsModel([
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Call"), lambda r: r["call_id"], None),
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Agent"), lambda r: r["agent_code"], None),
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Team"), lambda r: r["team"], None),
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Why not assigned"), lambda r: unassigned_reason_text(r["reason"]),
         lambda r: BAD),
    ], parent)


def confidence_model(parent=None) -> RowsModel:
    def more(r):
        if r["more_needed"] is None:
            return "–"
        return r["more_needed"]

    return RowsModel([
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Agent"), lambda r: r["agent_code"], None),
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Team"), lambda r: r["team"], None),
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Evaluations"), lambda r: r["n"], None),
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Mean score"), lambda r: r["mean"], None),
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Interval low"), lambda r: r["low"], None),
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Interval high"), lambda r: r["high"], None),
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Against the pass line"), lambda r: verdict_text(r["verdict"]),
         _verdict_colour),
        (C, QT_TRANSLATE_NOOP("SamplingTables", "More evaluations needed"), more, None),
    ], parent)


def call_types_model(parent=None) -> RowsModel:
    return RowsModel([
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Call type"), lambda r: r["call_type"], None),
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Calls in the week"), lambda r: r["period_calls"], None),
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Eligible"), lambda r: r["eligible"], None),
        (C, QT_TRANSLATE_NOOP("SamplingTables", "Sampled"), lambda r: r["selected"],
         lambda r: BAD if r["eligible"] and not r["selected"] else None),
    ], parent)
