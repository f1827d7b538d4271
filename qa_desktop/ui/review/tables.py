"""Table models of the Reviews and disputes page."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from qa_desktop.ui.rows_model import BAD, GOOD, WARN, RowsModel

C = "ReviewTables"


def reason_text(reasons: list[str]) -> str:
    names = {"fail": QCoreApplication.translate("ReviewTables", "failed"),
             "fatal": QCoreApplication.translate("ReviewTables", "fatal error"),
             "flagged": QCoreApplication.translate("ReviewTables", "flagged for review")}
    return ", ".join(names.get(r, r) for r in reasons)


def outcome_text(outcome: str) -> str:
    return {"open": QCoreApplication.translate("ReviewTables", "to review"),
            "confirmed": QCoreApplication.translate("ReviewTables", "confirmed"),
            "adjusted": QCoreApplication.translate("ReviewTables", "adjusted")}.get(outcome, outcome)


def status_text(status: str) -> str:
    return {"open": QCoreApplication.translate("ReviewTables", "open"),
            "overdue": QCoreApplication.translate("ReviewTables", "overdue"),
            "decided": QCoreApplication.translate("ReviewTables", "decided"),
            "withdrawn": QCoreApplication.translate("ReviewTables", "withdrawn"),
            "founded": QCoreApplication.translate("ReviewTables", "founded"),
            "unfounded": QCoreApplication.translate("ReviewTables", "unfounded")}.get(status, status)


def kind_text(kind: str) -> str:
    return {"complaint": QCoreApplication.translate("ReviewTables", "complaint"),
            "praise": QCoreApplication.translate("ReviewTables", "praise")}.get(kind, kind)


def decision_text(decision: str) -> str:
    return {"pending": QCoreApplication.translate("ReviewTables", "pending"),
            "keep": QCoreApplication.translate("ReviewTables", "keep the evaluation"),
            "accept": QCoreApplication.translate("ReviewTables", "accept the agent's view"),
            "set": QCoreApplication.translate("ReviewTables", "set another answer")}.get(decision, decision)


def review_model(parent=None) -> RowsModel:
    return RowsModel([
        (C, QT_TRANSLATE_NOOP("ReviewTables", "Call"), lambda r: r["external_id"] or r["call_id"], None),
        (C, QT_TRANSLATE_NOOP("ReviewTables", "Started"), lambda r: r["started_at"], None),
        (C, QT_TRANSLATE_NOOP("ReviewTables", "Agent"), lambda r: r["agent_code"], None),
        (C, QT_TRANSLATE_NOOP("ReviewTables", "Team"), lambda r: r["team"], None),
        (C, QT_TRANSLATE_NOOP("ReviewTables", "Evaluator"), lambda r: r["evaluator"], None),
        (C, QT_TRANSLATE_NOOP("ReviewTables", "Score"), lambda r: r["score"],
         lambda r: BAD if r["fatal_failed"] or r["grade"] == "fail" else None),
        (C, QT_TRANSLATE_NOOP("ReviewTables", "Why"), lambda r: reason_text(r["reasons"]), None),
        (C, QT_TRANSLATE_NOOP("ReviewTables", "Failed items"),
         lambda r: QCoreApplication.translate("ReviewTables", ", ").join(
             r.get("failed_item_titles", r["failed_items"])), None),
        (C, QT_TRANSLATE_NOOP("ReviewTables", "Notes"), lambda r: r["notes"] or None, None),
        (C, QT_TRANSLATE_NOOP("ReviewTables", "Review"), lambda r: outcome_text(r["outcome"]),
         lambda r: WARN if r["outcome"] == "open" else GOOD),
    ], parent)


def verification_model(parent=None) -> RowsModel:
    return RowsModel([
        (C, QT_TRANSLATE_NOOP("ReviewTables", "Call"), lambda r: r["external_id"] or r["call_id"], None),
        (C, QT_TRANSLATE_NOOP("ReviewTables", "Agent"), lambda r: r["agent_code"], None),
        (C, QT_TRANSLATE_NOOP("ReviewTables", "Team"), lambda r: r["team"], None),
        (C, QT_TRANSLATE_NOOP("ReviewTables", "Kind"), lambda r: kind_text(r["kind"]), None),
        (C, QT_TRANSLATE_NOOP("ReviewTables", "What the customer said"), lambda r: r["reason"], None),
        (C, QT_TRANSLATE_NOOP("ReviewTables", "Raised by"), lambda r: r["raised_by"], None),
        # verified within 2 working days (public holidays and 调休 counted); red once overdue
        (C, QT_TRANSLATE_NOOP("ReviewTables", "Verify by"), lambda r: r.get("deadline"),
         lambda r: BAD if r.get("overdue") else None),
        (C, QT_TRANSLATE_NOOP("ReviewTables", "Verdict"), lambda r: status_text(r["resolution"]),
         lambda r: WARN if r["resolution"] == "open" else None),
        (C, QT_TRANSLATE_NOOP("ReviewTables", "Note"), lambda r: r["note"], None),
    ], parent)


def disputes_model(parent=None) -> RowsModel:
    return RowsModel([
        (C, QT_TRANSLATE_NOOP("ReviewTables", "Dispute"), lambda r: r["id"], None),
        (C, QT_TRANSLATE_NOOP("ReviewTables", "Call"), lambda r: r["external_id"] or r["call_id"], None),
        (C, QT_TRANSLATE_NOOP("ReviewTables", "Agent"), lambda r: r["agent_code"], None),
        (C, QT_TRANSLATE_NOOP("ReviewTables", "Team"), lambda r: r["team"], None),
        (C, QT_TRANSLATE_NOOP("ReviewTables", "Recorded by"), lambda r: r["raised_by"], None),
        (C, QT_TRANSLATE_NOOP("ReviewTables", "Items"),
         lambda r: QCoreApplication.translate("ReviewTables", ", ").join(i["item_text"] or i["item_code"]
                                                                          for i in r["items"]), None),
        (C, QT_TRANSLATE_NOOP("ReviewTables", "Deadline"), lambda r: r["deadline"], None),
        (C, QT_TRANSLATE_NOOP("ReviewTables", "Status"), lambda r: status_text(r["status"]),
         lambda r: {"overdue": BAD, "open": WARN, "decided": GOOD}.get(r["status"])),
        (C, QT_TRANSLATE_NOOP("ReviewTables", "Score before"), lambda r: r["score_before"], None),
        (C, QT_TRANSLATE_NOOP("ReviewTables", "Score after"),
         lambda r: r["score_after"] if r["status"] == "decided" else None, None),
    ], parent)
