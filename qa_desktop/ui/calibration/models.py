"""Table models of the calibration page: plain rows from the core shown as Qt tables."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from qa_desktop.ui.rows_model import Column, RowsModel

BAND_COLOURS = {"excellent": "#c6efce", "good": "#e2efda", "moderate": "#fff2cc", "poor": "#f8cbad"}
DIFFERS_COLOUR = "#fce4d6"
WIDE_COLOUR = "#f8cbad"


def form_name_shown(form_names: dict[str, str] | None, stored_name: str | None) -> str:
    """A session's or a version's form name in the UI's language (the stored name is in one language)."""
    from qa_desktop.core.languages import pick
    from qa_desktop.ui.i18n import current_language

    return pick(form_names, current_language()) or stored_name or ""


def band_text(band: str | None) -> str:
    return {"excellent": QCoreApplication.translate("CalibrationTables", "excellent"),
            "good": QCoreApplication.translate("CalibrationTables", "good"),
            "moderate": QCoreApplication.translate("CalibrationTables", "moderate"),
            "poor": QCoreApplication.translate("CalibrationTables", "poor")}.get(band or "", "")


def bias_text(bias: str | None) -> str:
    return {"lenient": QCoreApplication.translate("CalibrationTables", "Lenient"),
            "harsh": QCoreApplication.translate("CalibrationTables", "Harsh"),
            "in_line": QCoreApplication.translate("CalibrationTables", "In line")}.get(bias or "", "")


def level_text(level: str) -> str:
    return {"nominal": QCoreApplication.translate("CalibrationTables", "nominal"),
            "ordinal": QCoreApplication.translate("CalibrationTables", "ordinal"),
            "interval": QCoreApplication.translate("CalibrationTables", "interval"),
            "ratio": QCoreApplication.translate("CalibrationTables", "ratio")}.get(level, level)


def statistic_text(stat: dict) -> str:
    key = stat["statistic"]
    details = stat.get("details") or {}
    if key == "percent_exact":
        return QCoreApplication.translate("CalibrationTables", "Percent agreement (exact)")
    if key == "percent_within_one":
        return QCoreApplication.translate("CalibrationTables", "Percent agreement (within one scale point)")
    if key == "percent_within":
        within = f"{details.get('within', 0):g}"
        return QCoreApplication.translate("CalibrationTables", "Percent agreement (within {0} points)").format(within)
    if key == "alpha":
        level = details.get("level") or stat["label"].split("(")[-1].rstrip(")")
        return QCoreApplication.translate("CalibrationTables", "Krippendorff's alpha ({0})").format(level_text(level))
    if key == "icc":
        if details.get("form") != "ICC(2,1)":
            return stat["label"]
        return QCoreApplication.translate(
            "CalibrationTables", "{0}: two-way random effects, absolute agreement, single rater").format("ICC(2,1)")
    if key == "fleiss_kappa":
        return QCoreApplication.translate("CalibrationTables", "Fleiss' kappa")
    return stat["label"]


def block_text(what: str) -> str:
    return {"totals": QCoreApplication.translate("CalibrationTables", "Evaluation totals"),
            "yes_no_items": QCoreApplication.translate("CalibrationTables", "Yes/no, choice and checklist items"),
            "scale_items": QCoreApplication.translate("CalibrationTables", "Scale items")}.get(what, what)


def _fmt(value: Any, digits: int = 2) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def _column(header: str, value_fn: Callable[[dict], Any], colour_fn: Callable[[dict], str | None] | None = None,
            ) -> Column:
    return ("CalibrationTables", header, value_fn, colour_fn)


def sessions_model(parent=None) -> RowsModel:
    return RowsModel([
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "Session"), lambda r: r["title"], None),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "Status"),
         lambda r: QCoreApplication.translate("CalibrationTables", "Open") if r["status"] == "open"
         else QCoreApplication.translate("CalibrationTables", "Closed"), None),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "Form"),
         lambda r: QCoreApplication.translate("CalibrationTables", "{0} v{1}").format(
             form_name_shown(r.get("form_names"), r["form_name"]), r["form_version_no"]), None),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "Calls"), lambda r: r["n_calls"], None),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "Scorers"), lambda r: r["n_participants"], None),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "Submitted"),
         lambda r: f"{r['n_submitted']} / {r['n_expected']}", None),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "Expert"),
         lambda r: (r.get("expert") or {}).get("name", ""), None),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "Created"),
         lambda r: (r.get("created_at") or "")[:10], None),
    ], parent, format_value=_fmt)


def agreement_rows(report: dict) -> list[dict]:
    rows = []
    for block in report["agreement"]:
        for stat in block["statistics"]:
            rows.append({**stat, "what": block["what"]})
    return rows


def _interval(stat: dict) -> list[float] | None:
    """The 95% interval of an ICC (analytic) or of alpha (bootstrap), when there is one."""
    details = stat.get("details") or {}
    if stat["statistic"] == "icc":
        return (details.get("ci95") or {}).get(details.get("form"))
    return (details.get("bootstrap") or {}).get("ci95")


def _value_with_interval(stat: dict) -> str:
    if not stat["computable"]:
        return QCoreApplication.translate("CalibrationTables", "not computable")
    ci = _interval(stat)
    if ci:
        return QCoreApplication.translate("CalibrationTables", "{0:.3f} (95% CI {1:.2f} to {2:.2f})").format(
            stat["value"], ci[0], ci[1])
    return f"{stat['value']:.3f}"


def _reading_text(stat: dict) -> str:
    """The band, a word of its own in the column (Good; the bands stay lowercase inside the sentence);
    for an ICC also the bands its 95% interval spans (Koo & Li read the interval)."""
    text = _reading_sentence(stat)
    return text[:1].upper() + text[1:]


def _reading_sentence(stat: dict) -> str:
    if not stat["computable"]:
        return stat["reason"]
    ci = _interval(stat)
    if ci:
        from qa_desktop.core.calibration.agreement import alpha_band, icc_band

        bands = icc_band if stat["statistic"] == "icc" else alpha_band
        low, high = bands(ci[0])[0], bands(ci[1])[0]
        if low != high:
            return QCoreApplication.translate("CalibrationTables", "{0} (anywhere from {1} to {2})").format(
                band_text(stat["band"]), band_text(low), band_text(high))
    return band_text(stat["band"])


def agreement_model(parent=None) -> RowsModel:
    model = RowsModel([
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "What"), lambda r: block_text(r["what"]), None),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "Statistic"), statistic_text, None),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "Value"), _value_with_interval,
         lambda r: BAND_COLOURS.get(r["band"] or "")),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "Reading"), _reading_text,
         lambda r: BAND_COLOURS.get(r["band"] or "")),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "Calls"), lambda r: r["n_calls"], None),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "Raters"), lambda r: r["n_raters"], None),
    ], parent, format_value=_fmt)
    model.set_tooltip(lambda r, c: f"{r['reading']}\n\n{r['threshold_source']}")
    return model


def participants_model(parent=None) -> RowsModel:
    def dev(key: str, field: str):
        return lambda r: (r.get(key) or {}).get(field)

    def bias_colour(key: str):
        return lambda r: WIDE_COLOUR if (r.get(key) or {}).get("bias") in ("lenient", "harsh") else None

    return RowsModel([
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "Participant"),
         lambda r: r["name"] + (" ★" if r["is_expert"] else ""), None),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "Calls"), lambda r: r["n_calls_submitted"], None),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "Mean total"), lambda r: r["mean_total"], None),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "vs expert: mean signed"),
         dev("vs_expert", "mean_signed"), None),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "vs expert: mean absolute"),
         dev("vs_expert", "mean_absolute"), None),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "vs expert: bias"),
         lambda r: bias_text((r.get("vs_expert") or {}).get("bias")),
         bias_colour("vs_expert")),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "vs consensus: mean signed"),
         dev("vs_consensus", "mean_signed"), None),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "vs consensus: mean absolute"),
         dev("vs_consensus", "mean_absolute"), None),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "vs consensus: bias"),
         lambda r: bias_text((r.get("vs_consensus") or {}).get("bias")),
         bias_colour("vs_consensus")),
    ], parent, format_value=_fmt)


def items_model(parent=None) -> RowsModel:
    def share(r):
        value = r["share_differ_by_more_than_one"]
        return None if value is None else f"{value:.0%}"

    model = RowsModel([
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "Item"),
         lambda r: f"{r['code']} {r['text']}", lambda r: WIDE_COLOUR if r["rewrite_candidate"] else None),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "Calls"), lambda r: r["n_calls"], None),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "All agree"), lambda r: r["calls_all_agree"], None),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "Differ by more than one point"),
         lambda r: r["calls_differ_by_more_than_one"], None),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "Share"),
         share, lambda r: WIDE_COLOUR if r["rewrite_candidate"] else None),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "Reword?"),
         lambda r: QCoreApplication.translate("CalibrationTables", "yes") if r["rewrite_candidate"] else "", None),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "Alpha"),
         lambda r: f"{r['alpha']['value']:.3f}" if r["alpha"]["computable"]
         else QCoreApplication.translate("CalibrationTables", "not computable"),
         lambda r: BAND_COLOURS.get(r["alpha"]["band"] or "")),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "Who differs (calls)"),
         lambda r: ", ".join(f"{w}: {n}" for w, n in sorted(r["differs_from_reference"].items())), None),
    ], parent, format_value=_fmt)
    model.set_tooltip(lambda r, c: r["alpha"]["reading"] if c == 6 else None)
    return model


def majority_answer(answers: dict, expert: str | None):
    """The answer most scorers gave; on a tie the expert's, else None."""
    from collections import Counter

    def key(a):
        return "|".join(sorted(map(str, a))) if isinstance(a, list) else a

    given = [a for a in answers.values() if a is not None]
    if not given:
        return None
    counts = Counter(key(a) for a in given).most_common()
    if len(counts) > 1 and counts[0][1] == counts[1][1]:
        return answers.get(expert) if expert else None
    return next(a for a in given if key(a) == counts[0][0])


class CallMatrixModel(QAbstractTableModel):
    """One call: items down, each scorer's answer across, the consensus last; who differs is shaded."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._call: dict | None = None
        self._raters: list[dict] = []
        self._items: dict[str, dict] = {}

    def set_call(self, call: dict | None, raters: list[dict], items: list[dict] | None = None) -> None:
        self.beginResetModel()
        self._call, self._raters = call, list(raters)
        self._items = {i["code"]: i for i in (items or [])}
        self.endResetModel()

    @property
    def call(self) -> dict | None:
        return self._call

    def answer_text(self, code: str, answer) -> str:
        """An answer as people read it: Yes / No / N/A, an option's label, checked entries."""
        if answer is None:
            return "–"
        labels = (self._items.get(code) or {}).get("option_labels") or {}
        if isinstance(answer, list):
            return ", ".join(labels.get(str(a), str(a)) for a in answer) or "∅"
        if answer == "yes":
            return QCoreApplication.translate("CalibrationTables", "Yes")
        if answer == "no":
            return QCoreApplication.translate("CalibrationTables", "No")
        if answer == "na":
            return QCoreApplication.translate("CalibrationTables", "N/A")
        label = labels.get(str(answer))
        return f"{answer} {label}" if label and isinstance(answer, int) else (label or str(answer))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self._call is None else len(self._call["items"]) + 1

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._raters) + 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Vertical and self._call
                and section < len(self._call["items"])):
            return (self._items.get(self._call["items"][section]["code"]) or {}).get("text")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            if self._call is None:
                return None
            if section == len(self._call["items"]):
                return QCoreApplication.translate("CalibrationTables", "Total")
            # numbered as the consensus panel beside it numbers them, in words: never the item's code
            code = self._call["items"][section]["code"]
            return f"{section + 1}. {(self._items.get(code) or {}).get('text') or code}"
        if section < len(self._raters):
            rater = self._raters[section]
            return rater["name"] + (" ★" if rater["is_expert"] else "")
        return [QCoreApplication.translate("CalibrationTables", "Spread"),
                QCoreApplication.translate("CalibrationTables", "Consensus"),
                QCoreApplication.translate("CalibrationTables", "Note")][section - len(self._raters)]

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
                return self.answer_text(row["code"], row["answers"].get(who))
            if role == Qt.ItemDataRole.BackgroundRole and who in row["differs"]:
                return QBrush(QColor(DIFFERS_COLOUR))
            return None
        column = index.column() - n
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 1:
                return self.answer_text(row["code"], row["consensus"])
            return _fmt([row["points_spread"], None, row["note"]][column])
        if role == Qt.ItemDataRole.BackgroundRole and column == 0 and row["differs_by_more_than_one"]:
            return QBrush(QColor(WIDE_COLOUR))
        return None


def months_model(parent=None) -> RowsModel:
    def dev(key: str, field: str):
        return lambda r: (r.get(key) or {}).get(field)

    def bias_colour(key: str):
        return lambda r: WIDE_COLOUR if (r.get(key) or {}).get("bias") in ("lenient", "harsh") else None

    def share(key: str):
        def value(r):
            entry = r.get(key)
            return None if not entry else f"{entry['share']:.0%} ({entry['differ']}/{entry['n_items']})"
        return value

    return RowsModel([
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "Evaluator"), lambda r: r["name"], None),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "Month"), lambda r: r["month"], None),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "Sessions"), lambda r: r["sessions"], None),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "Calls"), lambda r: r["calls"], None),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "vs expert: mean signed"),
         dev("vs_expert", "mean_signed"), None),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "vs expert: mean absolute"),
         dev("vs_expert", "mean_absolute"), None),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "vs expert: bias"),
         lambda r: bias_text((r.get("vs_expert") or {}).get("bias")), bias_colour("vs_expert")),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "vs consensus: mean signed"),
         dev("vs_consensus", "mean_signed"), None),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "vs consensus: bias"),
         lambda r: bias_text((r.get("vs_consensus") or {}).get("bias")), bias_colour("vs_consensus")),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "Items differing from expert"),
         share("items_differ_from_expert"), None),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "Items differing from consensus"),
         share("items_differ_from_consensus"), None),
    ], parent, format_value=_fmt)


def self_check_model(parent=None) -> RowsModel:
    def changed(r):
        return ", ".join(f"{c['code']}: {c['original']} → {c['rescore']}" for c in r["items_changed"])

    return RowsModel([
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "Call"),
         lambda r: r["external_id"] or r["call_id"], None),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "Original"), lambda r: r["original_total"], None),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "Re-score"), lambda r: r["rescore_total"], None),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "Difference"), lambda r: r["difference"],
         lambda r: WIDE_COLOUR if r["difference"] is not None and abs(r["difference"]) > 5 else None),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "Days between"), lambda r: r["days_between"], None),
        _column(QT_TRANSLATE_NOOP("CalibrationTables", "Items changed"), changed, None),
    ], parent, format_value=_fmt)
