"""What the scoring engine works out, per item, per section and for the whole form, kept exact.

The figures people see are rounded once, here, by the product's one rule (numbers.round_half_up).
The "why this score" lines (explain.py) read these results; the engine (engine.py) makes them.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Any

from qa_desktop.core.scoring.form import FormDefinition, Item, Section, pick
from qa_desktop.core.scoring.item_status import LOST_POINTS
from qa_desktop.core.scoring.numbers import exact_decimal, round_half_up


@dataclass
class ItemResult:
    code: str
    section: str
    item: Item
    answer: Any
    earned: Fraction
    possible: Fraction  # what counts in the denominator (0 for N/A excluded and bonus items)
    status: str  # pass | fail | partial | na | bonus | unanswered
    fatal_triggered: bool = False
    comment: str = ""
    comment_missing: bool = False

    @functools.cached_property  # asked per language of the explanation
    def lost(self) -> Fraction:
        return max(self.possible - self.earned, Fraction(0))

    def to_dict(self, lang: str) -> dict:
        item = self.item
        return {
            "code": self.code, "section": self.section, "text": pick(item.text, lang), "answer": self.answer,
            "earned": str(exact_decimal(self.earned)),
            "possible": str(exact_decimal(item.max_points if item.bonus else self.possible)),
            "status": self.status, "critical": item.critical, "fatal_triggered": self.fatal_triggered,
            "bonus": item.bonus, "type": item.type,
            "fatal_effect": item.fatal.effect if self.fatal_triggered and item.fatal else None,
            "comment": self.comment, "comment_missing": self.comment_missing,
        }


@dataclass
class SectionResult:
    code: str
    section: Section
    earned: Fraction       # after the 100% cap and any fatal zeroing
    possible: Fraction
    raw_earned: Fraction   # before the cap
    capped: bool = False
    zeroed: bool = False   # a fatal zero_section answer set it to 0
    percent: Fraction | None = None  # exact; None when nothing in the section applied

    @property
    def score(self) -> Decimal | None:
        return None if self.percent is None else round_half_up(self.percent)

    def to_dict(self, lang: str) -> dict:
        return {
            "code": self.code, "title": pick(self.section.title, lang),
            "weight": str(exact_decimal(self.section.weight)),
            "earned": str(exact_decimal(self.earned)), "possible": str(exact_decimal(self.possible)),
            "score": None if self.score is None else str(self.score),
            "capped": self.capped, "zeroed": self.zeroed,
        }


@dataclass
class ScoreFigures:
    """A score with its parts, exact, and the figures people see; the engine's ScoreResult adds the
    "why this score" lines and the stored breakdown."""

    form: FormDefinition
    total_exact: Fraction
    computed_exact: Fraction          # before a fatal zero_total
    weighted_earned: Fraction | None  # weighted_points only: the two sides of the division
    weighted_possible: Fraction | None
    critical_exact: Fraction | None
    critical_earned: Fraction
    critical_possible: Fraction
    grade_index: int
    grade_forced: bool
    critical_failed: bool
    fatal_failed: bool
    sections: list[SectionResult]
    items: list[ItemResult]
    complete: bool = True
    lang: str = "en"
    unanswered: list[str] = field(default_factory=list)

    # -- figures -------------------------------------------------------------------------------
    @property
    def total(self) -> Decimal:
        return round_half_up(self.total_exact)

    @property
    def critical_score(self) -> Decimal | None:
        return None if self.critical_exact is None else round_half_up(self.critical_exact)

    @property
    def grade_code(self) -> str:
        return self.form.grade_bands[self.grade_index].code

    def grade(self, lang: str | None = None) -> str:
        return pick(self.form.grade_bands[self.grade_index].label, lang or self.lang)

    @property
    def failed_items(self) -> list[str]:
        return [r.code for r in self.items if r.status in LOST_POINTS or r.fatal_triggered]

    @property
    def missing_comments(self) -> list[str]:
        return [r.code for r in self.items if r.comment_missing]

    @property
    def fatal_items(self) -> list[str]:
        return [r.code for r in self.items if r.fatal_triggered]
