"""The one rule for how an answered item came out: pass, fail, partial, N/A or bonus.

The scoring engine stores it in every breakdown; the reports, coaching effects and training
needs read it from there or, for an evaluation without a stored breakdown, ask this module.
"""
from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

from qa_desktop.core.scoring.form import Item

# An item "applies" when it was scored on its merits: N/A, bonus and unanswered items do not.
APPLICABLE = ("pass", "fail", "partial")
LOST_POINTS = ("fail", "partial")


def status_of_points(earned: Fraction | Decimal, points: Fraction | Decimal, fatal: bool) -> str:
    """A scored (not N/A, not bonus) item: fail on a fatal answer or nothing earned, partial when
    some points were lost, else pass."""
    if fatal or (earned == 0 and points > 0):
        return "fail"
    if earned < points:
        return "partial"
    return "pass"


def item_status(item: Item, answer: Any) -> str | None:
    """pass | fail | partial | na | bonus for ``answer`` on ``item``; None when unanswered.

    Raises TypeError for an answer of the wrong shape (``Item.answer_points`` cannot read it).
    """
    if answer is None:
        return None
    if answer == "na":
        return "na"
    if item.bonus:
        return "bonus"
    return status_of_points(item.answer_points(answer), item.max_points, item.answer_triggers_fatal(answer))
