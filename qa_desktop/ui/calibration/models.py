"""Table models of the calibration page: plain rows from the core shown as Qt tables."""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

BAND_COLOURS = {"excellent": "#c6efce", "good": "#e2efda", "moderate": "#fff2cc", "poor": "#f8cbad"}
DIFFERS_COLOUR = "#fce4d6"
WIDE_COLOUR = "#f8cbad"


def _t(text: str) -> str:
    return QCoreApplication.translate("CalibrationTables", text)


def band_text(band: str | None) -> str:
    return {"excellent": _t("excellent"), "good": _t("good"), "moderate": _t("moderate"),
            "poor": _t("poor")}.get(band or "", "")


def bias_text(bias: str | None) -> str:
    return {"lenient": _t("lenient"), "harsh": _t("harsh"), "in_line": _t("in line")}.get(bias or "", "")


def level_text(level: str) -> str:
    return {"nominal": _t("nominal"), "ordinal": _t("ordinal"), "interval": _t("interval"),
            "ratio": _t("ratio")}.get(level, level)


def statistic_text(stat: dict) -> str:
    key = stat["statistic"]
    details = stat.get("details") or {}
    if key == "percent_exact":
        return _t("Percent agreement (exact)")
    if key == "percent_within_one":
        return _t("Percent agreement (within one scale point)")
    if key == "percent_within":
        return _t("Percent agreement (within {0} points)").format(f"{details.get('within', 0):g}")
    if key == "alpha":
        level = details.get("level") or stat["label"].split("(")[-1].rstrip(")")
        return _t("Krippendorff's alpha ({0})").format(level_text(level))
    if key == "icc":
        return _t("{0}: two-way random effects, absolute agreement, single rater").format(details.get("form", "")) \
            if details.get("form") == "ICC(2,1)" else stat["label"]
    if key == "fleiss_kappa":
        return _t("Fleiss' kappa")
    return stat["label"]


def block_text(what: str) -> str:
    return {"totals": _t("Evaluation totals"), "yes_no_items": _t("Yes/no and choice items"),
            "scale_items": _t("Scale items")}.get(what, what)


def _fmt(value: Any, digits: int = 2) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


class RowsModel(QAbstractTableModel):
    """Rows of dicts shown through column definitions ``(header, value_fn, colour_fn | None)``."""

    def __init__(self, columns: list[tuple[Callable[[], str], Callable[[dict], Any],
                                           Callable[[dict], str | None] | None]], parent=None):
        super().__init__(parent)
        self._columns = columns
        self._rows: list[dict] = []
        self._tooltip: Callable[[dict, int], str | None] | None = None

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> dict:
        return self._rows[index]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section][0]()
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        _header, value_fn, colour_fn = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _fmt(value_fn(row))
        if role == Qt.ItemDataRole.BackgroundRole and colour_fn is not None:
            colour = colour_fn(row)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole and self._tooltip is not None:
            return self._tooltip(row, index.column())
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def set_tooltip(self, fn: Callable[[dict, int], str | None]) -> None:
        self._tooltip = fn


def sessions_model(parent=None) -> RowsModel:
    return RowsModel([
        (lambda: _t("Session"), lambda r: r["title"], None),
        (lambda: _t("Status"), lambda r: _t("open") if r["status"] == "open" else _t("closed"), None),
        (lambda: _t("Form"), lambda r: f"{r['form_name']} v{r['form_version_no']}", None),
        (lambda: _t("Calls"), lambda r: r["n_calls"], None),
        (lambda: _t("Scorers"), lambda r: r["n_participants"], None),
        (lambda: _t("Submitted"), lambda r: f"{r['n_submitted']} / {r['n_expected']}", None),
        (lambda: _t("Expert"), lambda r: (r.get("expert") or {}).get("name", ""), None),
        (lambda: _t("Created"), lambda r: (r.get("created_at") or "")[:10], None),
    ], parent)


def agreement_rows(report: dict) -> list[dict]:
    rows = []
    for block in report["agreement"]:
        for stat in block["statistics"]:
            rows.append({**stat, "what": block["what"]})
    return rows


def agreement_model(parent=None) -> RowsModel:
    model = RowsModel([
        (lambda: _t("What"), lambda r: block_text(r["what"]), None),
        (lambda: _t("Statistic"), statistic_text, None),
        (lambda: _t("Value"), lambda r: f"{r['value']:.3f}" if r["computable"] else _t("not computable"),
         lambda r: BAND_COLOURS.get(r["band"] or "")),
        (lambda: _t("Reading"), lambda r: band_text(r["band"]) if r["computable"] else r["reason"],
         lambda r: BAND_COLOURS.get(r["band"] or "")),
        (lambda: _t("Calls"), lambda r: r["n_calls"], None),
        (lambda: _t("Raters"), lambda r: r["n_raters"], None),
    ], parent)
    model.set_tooltip(lambda r, c: f"{r['reading']}\n\n{r['threshold_source']}")
    return model


def participants_model(parent=None) -> RowsModel:
    def dev(key: str, field: str):
        return lambda r: (r.get(key) or {}).get(field)

    def bias_colour(key: str):
        return lambda r: WIDE_COLOUR if (r.get(key) or {}).get("bias") in ("lenient", "harsh") else None

    return RowsModel([
        (lambda: _t("Participant"), lambda r: r["name"] + (" ★" if r["is_expert"] else ""), None),
        (lambda: _t("Calls"), lambda r: r["n_calls_submitted"], None),
        (lambda: _t("Mean total"), lambda r: r["mean_total"], None),
        (lambda: _t("vs expert: mean signed"), dev("vs_expert", "mean_signed"), None),
        (lambda: _t("vs expert: mean absolute"), dev("vs_expert", "mean_absolute"), None),
        (lambda: _t("vs expert: bias"), lambda r: bias_text((r.get("vs_expert") or {}).get("bias")),
         bias_colour("vs_expert")),
        (lambda: _t("vs consensus: mean signed"), dev("vs_consensus", "mean_signed"), None),
        (lambda: _t("vs consensus: mean absolute"), dev("vs_consensus", "mean_absolute"), None),
        (lambda: _t("vs consensus: bias"), lambda r: bias_text((r.get("vs_consensus") or {}).get("bias")),
         bias_colour("vs_consensus")),
    ], parent)


def items_model(parent=None) -> RowsModel:
    def share(r):
        value = r["share_differ_by_more_than_one"]
        return None if value is None else f"{value:.0%}"

    model = RowsModel([
        (lambda: _t("Item"), lambda r: f"{r['code']} {r['text']}", lambda r: WIDE_COLOUR if r["rewrite_candidate"] else None),
        (lambda: _t("Calls"), lambda r: r["n_calls"], None),
        (lambda: _t("All agree"), lambda r: r["calls_all_agree"], None),
        (lambda: _t("Differ by more than one point"), lambda r: r["calls_differ_by_more_than_one"], None),
        (lambda: _t("Share"), share, lambda r: WIDE_COLOUR if r["rewrite_candidate"] else None),
        (lambda: _t("Reword?"), lambda r: _t("yes") if r["rewrite_candidate"] else "", None),
        (lambda: _t("Alpha"), lambda r: f"{r['alpha']['value']:.3f}" if r["alpha"]["computable"] else _t("not computable"),
         lambda r: BAND_COLOURS.get(r["alpha"]["band"] or "")),
        (lambda: _t("Who differs (calls)"),
         lambda r: ", ".join(f"{w}: {n}" for w, n in sorted(r["differs_from_reference"].items())), None),
    ], parent)
    model.set_tooltip(lambda r, c: r["alpha"]["reading"] if c == 6 else None)
    return model


class CallMatrixModel(QAbstractTableModel):
    """One call: items down, each scorer's answer across, the consensus last; who differs is shaded."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._call: dict | None = None
        self._raters: list[dict] = []

    def set_call(self, call: dict | None, raters: list[dict]) -> None:
        self.beginResetModel()
        self._call, self._raters = call, list(raters)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self._call is None else len(self._call["items"]) + 1

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._raters) + 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            if self._call is None:
                return None
            return _t("Total") if section == len(self._call["items"]) else self._call["items"][section]["code"]
        if section < len(self._raters):
            rater = self._raters[section]
            return rater["name"] + (" ★" if rater["is_expert"] else "")
        return [_t("Spread"), _t("Consensus"), _t("Note")][section - len(self._raters)]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._call is None:
            return None
        n = len(self._raters)
        if index.row() == len(self._call["items"]):
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            if index.column() < n:
                return _fmt(self._call["totals"].get(self._raters[index.column()]["login"]))
            return _fmt([self._call["total_spread"], self._call["consensus_total"],
                         self._call["consensus_note"]][index.column() - n])
        row = self._call["items"][index.row()]
        if index.column() < n:
            who = self._raters[index.column()]["login"]
            if role == Qt.ItemDataRole.DisplayRole:
                answer = row["answers"].get(who)
                return _fmt(", ".join(answer) if isinstance(answer, list) else answer)
            if role == Qt.ItemDataRole.BackgroundRole and who in row["differs"]:
                return QBrush(QColor(DIFFERS_COLOUR))
            return None
        column = index.column() - n
        if role == Qt.ItemDataRole.DisplayRole:
            return _fmt([row["points_spread"], row["consensus"], row["note"]][column])
        if role == Qt.ItemDataRole.BackgroundRole and column == 0 and row["differs_by_more_than_one"]:
            return QBrush(QColor(WIDE_COLOUR))
        return None
