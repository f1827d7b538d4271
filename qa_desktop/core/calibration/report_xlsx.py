"""The calibration session report as an Excel workbook (openpyxl), for managers and the weekly report."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from qa_desktop.core import texts
from qa_desktop.core.leftovers import write_atomically

BOLD = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
DIFFERS_FILL = PatternFill("solid", fgColor="FCE4D6")   # an answer that differs from the reference
WIDE_FILL = PatternFill("solid", fgColor="F8CBAD")      # an item that differs by more than one point
BAND_FILLS = {"excellent": "C6EFCE", "good": "E2EFDA", "moderate": "FFF2CC", "poor": "F8CBAD"}

def _t(text: Any, lang: str) -> Any:
    # Headers and fixed values in the workbook's language (catalogue table ``calibration``, keyed by
    # the English text); anything else (names, numbers, cited readings) is written as it is.
    if not isinstance(text, str):
        return text
    return texts.maybe(f"calibration.{text}", lang, text)


def value_word(kind: str, code: str | None, lang: str) -> str:
    """A stored code standing alone in a cell (``band`` good, ``bias`` in_line, ``status`` open, ``reference``,
    ``type``, ``level``) as the word a reader expects: "Good", "In line"; in Chinese, Chinese."""
    if not code:
        return ""
    return texts.maybe(f"calibration.{kind}.{code}", lang, code)


def statistic_name(stat: dict, lang: str) -> str:
    """The statistic's name in the workbook's language (the result's own label is English)."""
    details, statistic = stat.get("details") or {}, stat["statistic"]
    if lang in (None, "en"):
        return stat["label"]
    if statistic == "alpha" and details.get("level"):
        return texts.text("calibration.statistic.alpha", lang, level=texts.text(
            f"agreement.level.{details['level']}", lang))
    if statistic == "percent_within" and details.get("within") is not None:
        return texts.text("calibration.statistic.percent_within", lang, points=f"{details['within']:g}")
    if statistic == "icc" and texts.has(f"calibration.icc_form.{details.get('form')}"):
        form = details["form"]
        return f"{form}:" + texts.text(f"calibration.icc_form.{form}", lang)
    if statistic in ("percent_exact", "percent_within_one", "fleiss_kappa"):
        return texts.text(f"calibration.statistic.{statistic}", lang)
    return stat["label"]


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    return value


def _header(sheet, row: int, names: list[str]) -> None:
    for col, name in enumerate(names, 1):
        cell = sheet.cell(row=row, column=col, value=name)
        cell.font = BOLD
        cell.fill = HEADER_FILL


def _widths(sheet, widths: dict[int, int] | None = None, default: int = 14) -> None:
    for col in range(1, sheet.max_column + 1):
        sheet.column_dimensions[get_column_letter(col)].width = (widths or {}).get(col, default)


def write_report_xlsx(report: dict, path: str | Path, *, lang: str | None = None) -> Path:
    """Write ``report`` (from :func:`session_report`) to ``path``; headers in ``lang`` (default: the
    report's language). Returns the path."""
    path = Path(path)
    lang = lang or report.get("lang") or "en"

    def L(text: Any) -> Any:  # noqa: N802 - used on every header
        return _t(text, lang)

    def yes(flag: bool) -> str:
        return L("Yes" if flag else "No")

    def word(kind: str, code: str | None) -> str:
        return value_word(kind, code, lang)

    item_info = {item["code"]: item for item in report.get("items", [])}

    def said(code: str, answer: Any) -> Any:
        # an answer as the reader says it (是/否/不适用, a choice's label), never the stored code; a scale
        # point stays its number
        item = item_info.get(code) or {}
        labels = item.get("option_labels") or {}
        if answer is None:
            return None
        if item.get("type") == "checklist":  # a list, or "a|b" as a reference answer compares it
            ticked = answer if isinstance(answer, list) else [a for a in str(answer).split("|") if a]
            return ", ".join(labels.get(str(a), str(a)) for a in ticked)
        if answer in ("yes", "no", "na"):
            return L({"yes": "Yes", "no": "No", "na": "N/A"}[answer])
        return labels.get(str(answer), answer) if item.get("type") == "choice" else answer

    book = Workbook()
    s = report["session"]

    summary = book.active
    summary.title = L("Summary")
    rows = [
        ("Calibration session", f"#{s['id']} {s['title']}"), ("Status", word("status", s["status"])),
        ("Form", f"{report['form']['name']} v{report['form']['version_no']}"),
        ("Lead", (s.get("lead") or {}).get("name", "")),
        ("Expert (reference)", (s.get("expert") or {}).get("name", "")),
        ("Scheduled on", s.get("scheduled_on") or ""), ("Closed at", s.get("closed_at") or ""),
        ("Calls", s["n_calls"]), ("Scorers", len(report["raters"])),
        ("Submitted evaluations", report["n_evaluations"]), ("Notes", report["session"].get("notes", "")),
        ("", ""), ("Items to consider rewording", ""),
    ]
    for r, (name, value) in enumerate(rows, 1):
        summary.cell(row=r, column=1, value=L(name)).font = BOLD
        summary.cell(row=r, column=2, value=value)
    r = len(rows) + 1
    for candidate in report["rewrite_candidates"]:
        summary.cell(row=r, column=1, value=candidate["code"])
        summary.cell(row=r, column=2, value=f"{candidate['text']} — " + L(
            "differs by more than one point on {0} of {1} call(s)").format(
            candidate["calls_differ_by_more_than_one"], candidate["n_calls"]))
        r += 1
    if not report["rewrite_candidates"]:
        summary.cell(row=r, column=2, value=L("None"))
        r += 1
    r += 1
    summary.cell(row=r, column=1, value=L("Rules")).font = BOLD
    for name, text in report["rules"].items():
        r += 1
        summary.cell(row=r, column=1, value=texts.maybe(f"calibration.rule_name.{name}", lang, name))
        summary.cell(row=r, column=2, value=text)
    _widths(summary, {1: 30, 2: 90})

    stats = book.create_sheet(L("Agreement"))
    _header(stats, 1, [L(h) for h in ("What", "Statistic", "Value", "95% CI", "Reading", "Band", "Calls",
                                      "Raters", "Pairable ratings", "Computable", "Thresholds (source)")])
    r = 2
    for block in report["agreement"]:
        for stat in block["statistics"]:
            ci = ((stat["details"].get("ci95") or {}).get(stat["details"].get("form"))
                  or (stat["details"].get("bootstrap") or {}).get("ci95"))
            values = [L(block["title"]), statistic_name(stat, lang),
                      None if stat["value"] is None else round(stat["value"], 3),
                      f"{ci[0]:.2f} – {ci[1]:.2f}" if ci else "", stat["reading"], word("band", stat["band"]),
                      stat["n_calls"], stat["n_raters"], stat["n_pairable"], yes(stat["computable"]),
                      stat["threshold_source"]]
            for col, value in enumerate(values, 1):
                stats.cell(row=r, column=col, value=value)
            if stat["band"] in BAND_FILLS:
                stats.cell(row=r, column=6).fill = PatternFill("solid", fgColor=BAND_FILLS[stat["band"]])
            stats.cell(row=r, column=5).alignment = Alignment(wrap_text=True, vertical="top")
            r += 1
    _widths(stats, {1: 30, 2: 45, 5: 70, 11: 60})

    people = book.create_sheet(L("Participants"))
    _header(people, 1, [L(h) for h in (
        "Name", "Login", "Expert", "Calls submitted", "Mean total", "Calls vs expert", "Mean signed vs expert",
        "Mean absolute vs expert", "Bias vs expert", "Calls vs consensus", "Mean signed vs consensus",
        "Mean absolute vs consensus", "Bias vs consensus", "Items differing from consensus",
        "Items differing from expert")])
    for r, p in enumerate(report["participants"], 2):
        e, c = p["vs_expert"] or {}, p["vs_consensus"] or {}
        values = [p["name"], p["login"], yes(p["is_expert"]), p["n_calls_submitted"], p["mean_total"],
                  e.get("n_calls"), e.get("mean_signed"), e.get("mean_absolute"), word("bias", e.get("bias")),
                  c.get("n_calls"), c.get("mean_signed"), c.get("mean_absolute"), word("bias", c.get("bias")),
                  _share(p["items_differ_from_consensus"], lang), _share(p["items_differ_from_expert"], lang)]
        for col, value in enumerate(values, 1):
            people.cell(row=r, column=col, value=value)
    _widths(people, {1: 20})

    items = book.create_sheet(L("Items"))
    _header(items, 1, [L(h) for h in (
        "Item", "Section", "Text", "Type", "Calls", "Calls all agree", "Calls differ > 1 point",
        "Share differ > 1 point", "Rewrite candidate", "Alpha", "Alpha level", "Alpha reading",
        "Differs from reference (who: calls)")])
    for r, entry in enumerate(report["item_summary"], 2):
        alpha = entry["alpha"]
        values = [entry["code"], entry["section"], entry["text"], word("type", entry["type"]), entry["n_calls"],
                  entry["calls_all_agree"], entry["calls_differ_by_more_than_one"],
                  entry["share_differ_by_more_than_one"], yes(entry["rewrite_candidate"]),
                  None if alpha["value"] is None else round(alpha["value"], 3), word("level", entry["level"]),
                  alpha["reading"],
                  _cell(entry["differs_from_reference"])]
        for col, value in enumerate(values, 1):
            items.cell(row=r, column=col, value=value)
        if entry["rewrite_candidate"]:
            for col in range(1, len(values) + 1):
                items.cell(row=r, column=col).fill = WIDE_FILL
        items.cell(row=r, column=8).number_format = "0%"
    _widths(items, {3: 40, 12: 60})

    calls = book.create_sheet(L("Calls"))
    logins = [rater["login"] for rater in report["raters"]]
    _header(calls, 1, [L("Call"), L("Item"), *logins, *[L(h) for h in (
        "Reference", "Reference answer", "Differs", "Spread (points)", "Differs > 1 point", "Consensus",
        "Consensus note")]])
    r = 2
    for call in report["calls"]:
        name = call["external_id"] or str(call["call_id"])
        values = [name, L("TOTAL"), *[call["totals"].get(w) for w in logins], L("Consensus total"),
                  call["consensus_total"], "", call["total_spread"], "", "", call["consensus_note"]]
        for col, value in enumerate(values, 1):
            calls.cell(row=r, column=col, value=value).font = BOLD
        r += 1
        for row in call["items"]:
            code = row["code"]
            values = [name, code, *[said(code, row["answers"].get(w)) for w in logins],
                      word("reference", row["reference"]), said(code, row["reference_answer"]),
                      _cell(row["differs"]), row["points_spread"], yes(row["differs_by_more_than_one"]),
                      said(code, row["consensus"]), row["note"]]
            for col, value in enumerate(values, 1):
                calls.cell(row=r, column=col, value=value)
            for offset, who in enumerate(logins):
                if who in row["differs"]:
                    calls.cell(row=r, column=3 + offset).fill = DIFFERS_FILL
            if row["differs_by_more_than_one"]:
                calls.cell(row=r, column=2).fill = WIDE_FILL
            r += 1
    calls.freeze_panes = "C2"
    _widths(calls, {len(logins) + 10: 50})

    return write_atomically(path, book.save, prefix=".qa-report-")


def _share(entry: dict, lang: str) -> str:
    if not entry or not entry.get("n_items"):
        return ""
    return texts.text("calibration.share_of", lang, differ=entry["differ"], n=entry["n_items"])
