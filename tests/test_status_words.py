"""Statuses and kinds in tables read as words ("Open", "Offline", "Not founded"), never as the stored
codes they come from ("open", "offline", "unfounded"), and in Chinese as Chinese."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from qa_desktop.core import texts
from qa_desktop.ui import i18n


def _shown() -> dict[str, str]:
    from qa_desktop.core.calibration.report_xlsx import value_word
    from qa_desktop.ui.calibration import models as calibration
    from qa_desktop.ui.coaching import tables as coaching
    from qa_desktop.ui.library.models import STATUSES
    from qa_desktop.ui.review import tables as review
    from qa_desktop.ui.sampling import tables as sampling

    shown = {}
    for code in ("open", "confirmed", "adjusted"):
        shown[f"review outcome {code}"] = review.outcome_text(code)
    for code in ("open", "overdue", "decided", "withdrawn", "founded", "unfounded"):
        shown[f"dispute/verdict {code}"] = review.status_text(code)
    for code in ("complaint", "praise"):
        shown[f"flag kind {code}"] = review.kind_text(code)
    from qa_desktop.ui.workspace.call_panel import verdict_texts

    for n, text in enumerate(verdict_texts()):  # the workspace's flags tab
        shown[f"flag verdict {n}"] = text
    for code in ("pending", "keep", "accept", "set"):
        shown[f"decision {code}"] = review.decision_text(code)
    shown["why"] = review.reason_text(["fail", "fatal", "flagged"])
    for code in ("lenient", "harsh", "in_line"):
        shown[f"calibration bias {code}"] = calibration.bias_text(code)
    for band in ("excellent", "good", "moderate", "poor"):  # the agreement table's reading column
        shown[f"calibration reading {band}"] = calibration._reading_text(
            {"computable": True, "statistic": "alpha", "band": band, "value": 0.7})
    shown["calibration block yes_no_items"] = calibration.block_text("yes_no_items")
    for code in ("online", "offline"):
        shown[f"coaching kind {code}"] = coaching.kind_text(code)
    for code in ("done", "scheduled", "overdue", "pending", "none"):
        shown[f"follow-up {code}"] = coaching.follow_up_text(code)
    for code in ("open", "done", "cancelled"):
        shown[f"action {code}"] = coaching.action_status_text(code)
    for code in ("one_to_one", "recording"):
        shown[f"training group {code}"] = coaching.group_text(code)
    for code in ("probation", "general", "bottom", "top", "follow_up", "targeted"):
        shown[f"sample category {code}"] = sampling.category_text(code)
    for code in ("above", "below", "undecided", "too_few"):
        shown[f"verdict {code}"] = sampling.verdict_text(code)
    for code, source in STATUSES.items():
        shown[f"import {code}"] = QCoreApplication.translate("ImportReport", source)
    for code in ("pass", "fail", "partial", "na", "bonus"):
        shown[f"item status {code}"] = texts.maybe(f"item_status.{code}", i18n.current_language(), code)
    # the calibration report workbook (made by the core, in the user's language)
    for kind, codes in (("band", ("excellent", "good", "moderate", "poor")), ("bias", ("lenient", "harsh", "in_line")),
                        ("status", ("open", "closed")), ("reference", ("consensus", "expert", "majority")),
                        ("type", ("yes_no", "yes_no_na", "scale", "choice", "checklist")),
                        ("level", ("nominal", "ordinal", "interval", "ratio"))):
        for code in codes:
            shown[f"calibration workbook {kind} {code}"] = value_word(kind, code, i18n.current_language())
    return shown


def test_english_statuses_are_words_not_codes(qapp):
    lower = {what: text for what, text in _shown().items() if not text[:1].isupper()}
    assert not lower, lower


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_chinese_statuses_are_chinese(qapp, language):
    try:
        assert i18n.install_language(language) == language
        latin = {what: text for what, text in _shown().items()
                 if any("a" <= ch.lower() <= "z" for ch in text.replace("N/A", ""))}
        assert not latin, latin
    finally:
        i18n.install_language("en")
