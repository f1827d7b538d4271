"""Table models of the Reviews and disputes page."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from qa_desktop.ui.rows_model import BAD, GOOD, WARN, RowsModel

C = "ReviewTables"
BATCH = 200  # rows handed to a view at a time as it scrolls (a year's disputes are near a thousand)
# the review queue's columns
(REVIEW_CALL, REVIEW_STARTED, REVIEW_AGENT, REVIEW_TEAM, REVIEW_EVALUATOR, REVIEW_SCORE, REVIEW_WHY,
 REVIEW_FAILED_ITEMS, REVIEW_NOTES, REVIEW_OUTCOME) = range(10)


def reason_text(reasons: list[str]) -> str:
    # short words in one column beside the detail pane: "Failed · Fatal error · Flagged"
    names = {"fail": QCoreApplication.translate("ReviewTables", "Failed"),
             "fatal": QCoreApplication.translate("ReviewTables", "Fatal error"),
             "flagged": QCoreApplication.translate("ReviewTables", "Flagged")}
    return " · ".join(names.get(r, r) for r in reasons)


def outcome_text(outcome: str) -> str:
    return {"open": QCoreApplication.translate("ReviewTables", "To review"),
            "confirmed": QCoreApplication.translate("ReviewTables", "Confirmed"),
            "adjusted": QCoreApplication.translate("ReviewTables", "Adjusted")}.get(outcome, outcome)


def status_text(status: str) -> str:
    return {"open": QCoreApplication.translate("ReviewTables", "Open"),
            "overdue": QCoreApplication.translate("ReviewTables", "Overdue"),
            "decided": QCoreApplication.translate("ReviewTables", "Decided"),
            "withdrawn": QCoreApplication.translate("ReviewTables", "Withdrawn"),
            "founded": QCoreApplication.translate("ReviewTables", "Founded"),
            "unfounded": QCoreApplication.translate("ReviewTables", "Not founded")}.get(status, status)


def kind_text(kind: str) -> str:
    return {"complaint": QCoreApplication.translate("ReviewTables", "Complaint"),
            "praise": QCoreApplication.translate("ReviewTables", "Praise")}.get(kind, kind)


def decision_text(decision: str) -> str:
    return {"pending": QCoreApplication.translate("ReviewTables", "Pending"),
            "keep": QCoreApplication.translate("ReviewTables", "Keep the evaluation"),
            "accept": QCoreApplication.translate("ReviewTables", "Accept the agent's view"),
            "set": QCoreApplication.translate("ReviewTables", "Set another answer")}.get(decision, decision)


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
    ], parent, batch=BATCH)


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
    ], parent, batch=BATCH)


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
    ], parent, batch=BATCH)
