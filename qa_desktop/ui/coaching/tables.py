"""Table models of the Coaching page: sessions, action items, before/after pass rates, training needs."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from qa_desktop.ui.rows_model import BAD, GOOD, WARN, RowsModel, percent

C = "CoachingTables"


def kind_text(kind: str) -> str:
    return {"online": QCoreApplication.translate("CoachingTables", "Online"),
            "offline": QCoreApplication.translate("CoachingTables", "Offline")}.get(kind, kind)


def follow_up_text(state: str) -> str:
    return {"done": QCoreApplication.translate("CoachingTables", "Done"),
            "scheduled": QCoreApplication.translate("CoachingTables", "In a sample"),
            "overdue": QCoreApplication.translate("CoachingTables", "Overdue"),
            "pending": QCoreApplication.translate("CoachingTables", "Pending"),
            "none": QCoreApplication.translate("CoachingTables", "None")}.get(state, state)


def action_status_text(status: str) -> str:
    return {"open": QCoreApplication.translate("CoachingTables", "Open"),
            "done": QCoreApplication.translate("CoachingTables", "Done"),
            "cancelled": QCoreApplication.translate("CoachingTables", "Cancelled")}.get(status, status)


def group_text(group: str) -> str:
    return {"one_to_one": QCoreApplication.translate("CoachingTables", "One-to-one training"),
            "recording": QCoreApplication.translate("CoachingTables", "Recording-based training")}.get(group, "")


def name_items(rows: list[dict], titles: dict[str, str]) -> list[dict]:
    """Rows with the items' texts beside their codes: ``item_title`` for a row about one item,
    ``item_titles`` for a session linking several (a person never reads a code)."""
    separator = QCoreApplication.translate("CoachingTables", ", ")
    for row in rows:
        if "item_code" in row:
            row["item_title"] = titles.get(row["item_code"]) or row.get("item_text") or row["item_code"]
        if "links" in row:
            codes = sorted({link["item_code"] for link in row["links"] if link["item_code"]})
            row["item_titles"] = separator.join(titles.get(code, code) for code in codes)
    return rows


def _change(row: dict) -> str:
    return "–" if row["change"] is None else f"{row['change']:+.0%}"


def sessions_model(parent=None, batch: int | None = None) -> RowsModel:
    return RowsModel([
        (C, QT_TRANSLATE_NOOP("CoachingTables", "Date"), lambda r: r["held_on"], None),
        (C, QT_TRANSLATE_NOOP("CoachingTables", "Agent"), lambda r: f"{r['agent_code']} {r['agent_name']}", None),
        (C, QT_TRANSLATE_NOOP("CoachingTables", "Team"), lambda r: r["team"], None),
        (C, QT_TRANSLATE_NOOP("CoachingTables", "Kind"), lambda r: kind_text(r["kind"]), None),
        (C, QT_TRANSLATE_NOOP("CoachingTables", "Coach"), lambda r: r["coach"], None),
        (C, QT_TRANSLATE_NOOP("CoachingTables", "Open actions"),
         lambda r: sum(a["status"] == "open" for a in r["actions"]) or None,
         lambda r: BAD if any(a["overdue"] for a in r["actions"]) else None),
        (C, QT_TRANSLATE_NOOP("CoachingTables", "Follow-up"),
         lambda r: follow_up_text(r["follow_up"]) + (f" {r['follow_up_on']}" if r["follow_up_on"] else ""),
         lambda r: {"overdue": BAD, "done": GOOD, "pending": WARN}.get(r["follow_up"])),
        (C, QT_TRANSLATE_NOOP("CoachingTables", "Acknowledged"), lambda r: r["acknowledged_at"] is not None, None),
        # last, where the stretched column elides it (whole text as tooltip): in the middle, the long item
        # texts pushed open actions, follow-up and acknowledgement behind the scroll bar at 1366×768
        (C, QT_TRANSLATE_NOOP("CoachingTables", "Items"), lambda r: r.get("item_titles", ""), None),
    ], parent, batch=batch)


def actions_model(parent=None) -> RowsModel:
    return RowsModel([
        (C, QT_TRANSLATE_NOOP("CoachingTables", "Action"), lambda r: r["description"], None),
        (C, QT_TRANSLATE_NOOP("CoachingTables", "Owner"), lambda r: r["owner"], None),
        (C, QT_TRANSLATE_NOOP("CoachingTables", "Due"), lambda r: r["due_on"], lambda r: BAD if r["overdue"] else None),
        (C, QT_TRANSLATE_NOOP("CoachingTables", "Status"), lambda r: action_status_text(r["status"]), None),
    ], parent)


def effect_model(parent=None) -> RowsModel:
    return RowsModel([
        # short headers (the label above says "pass rate … before and after"): the long ones left the item's
        # own text a few letters wide in the narrow side pane
        (C, QT_TRANSLATE_NOOP("CoachingTables", "Before"),
         lambda r: f"{percent(r['before']['rate'])} ({r['before']['passed']}/{r['before']['evaluated']})", None),
        (C, QT_TRANSLATE_NOOP("CoachingTables", "After"),
         lambda r: f"{percent(r['after']['rate'])} ({r['after']['passed']}/{r['after']['evaluated']})", None),
        (C, QT_TRANSLATE_NOOP("CoachingTables", "Change"), _change,
         lambda r: None if r["change"] is None else GOOD if r["change"] > 0 else BAD if r["change"] < 0 else None),
        # the item last, taking what the figures leave in the narrow side pane
        (C, QT_TRANSLATE_NOOP("CoachingTables", "Item"), lambda r: r.get("item_title") or r["item_text"], None),
    ], parent)


def item_rates_model(parent=None, with_team: bool = False, batch: int | None = None) -> RowsModel:
    columns = [(C, QT_TRANSLATE_NOOP("CoachingTables", "Team"), lambda r: r["team"], None)] if with_team else []
    columns += [
        (C, QT_TRANSLATE_NOOP("CoachingTables", "Item"), lambda r: r.get("item_title") or r["item_text"], None),
        (C, QT_TRANSLATE_NOOP("CoachingTables", "Evaluated"), lambda r: r["evaluated"], None),
        (C, QT_TRANSLATE_NOOP("CoachingTables", "Failed"), lambda r: r["failed"], None),
        (C, QT_TRANSLATE_NOOP("CoachingTables", "Error rate"), lambda r: percent(r["error_rate"]),
         lambda r: BAD if (r["error_rate"] or 0) >= 0.3 else WARN if (r["error_rate"] or 0) >= 0.1 else None),
    ]
    return RowsModel(columns, parent, batch=batch)


def ranking_model(parent=None, batch: int | None = None) -> RowsModel:
    return RowsModel([
        (C, QT_TRANSLATE_NOOP("CoachingTables", "Rank"), lambda r: r["rank"], None),
        (C, QT_TRANSLATE_NOOP("CoachingTables", "Agent"), lambda r: f"{r['agent_code']} {r['agent_name']}", None),
        (C, QT_TRANSLATE_NOOP("CoachingTables", "Team"), lambda r: r["team"], None),
        (C, QT_TRANSLATE_NOOP("CoachingTables", "Evaluations"), lambda r: r["evaluations"], None),
        (C, QT_TRANSLATE_NOOP("CoachingTables", "Mean score"), lambda r: r["mean"], None),
        (C, QT_TRANSLATE_NOOP("CoachingTables", "Training"), lambda r: group_text(r["group"]),
         lambda r: {"one_to_one": BAD, "recording": GOOD}.get(r["group"])),
    ], parent, batch=batch)
