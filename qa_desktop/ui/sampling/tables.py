"""Table models of the workflow pages (sampling, reviews and disputes, coaching): plain rows as Qt tables.

A column is ``(context, header, value_fn, colour_fn)``; the header is an English source marked
with ``QT_TRANSLATE_NOOP`` and translated when shown, so the table follows a language switch.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

GOOD, WARN, BAD = "#e2efda", "#fff2cc", "#f8cbad"
Column = tuple[str, str, Callable[[dict], Any], Callable[[dict], str | None] | None]


def fmt(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return ", ".join(fmt(v) for v in value)
    return str(value)


def percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: list[Column], parent=None):
        super().__init__(parent)
        self.columns = columns
        self.rows: list[dict] = []

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = [r if isinstance(r, dict) else r.to_dict() for r in rows]
        self.endResetModel()

    def row(self, index: int) -> dict:
        return self.rows[index]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            context, header, *_ = self.columns[section]
            return tr(context, header)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        _context, _header, value_fn, colour_fn = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return fmt(value_fn(row))
        if role == Qt.ItemDataRole.BackgroundRole and colour_fn is not None:
            colour = colour_fn(row)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def text(self, row: int, column: int) -> str:
        return self.data(self.index(row, column))


C = "SamplingTables"


def category_text(category: str | None) -> str:
    return {
        "probation": QCoreApplication.translate("SamplingTables", "probation"),
        "general": QCoreApplication.translate("SamplingTables", "general"),
        "bottom": QCoreApplication.translate("SamplingTables", "last week's bottom"),
        "top": QCoreApplication.translate("SamplingTables", "last week's top (exempt)"),
        "follow_up": QCoreApplication.translate("SamplingTables", "coaching follow-up"),
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
        "above": QCoreApplication.translate("SamplingTables", "above the pass line"),
        "below": QCoreApplication.translate("SamplingTables", "below the pass line"),
        "undecided": QCoreApplication.translate("SamplingTables", "cannot tell yet"),
        "too_few": QCoreApplication.translate("SamplingTables", "too few evaluations"),
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
