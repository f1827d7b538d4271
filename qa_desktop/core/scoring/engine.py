"""The scoring engine: answers + form definition → score, grade and the reasons for them.

Pure functions, exact arithmetic (``Fraction``) throughout.

The one rounding rule: every percentage (total, section scores, critical score) is computed
exactly and rounded **once, at the end, half-up to 2 decimals** (89.995 → 90.00). The grade
compares the rounded total, so the figure people see and the grade always agree.

How a total is made (``FormDefinition.scoring_method``):

- ``weighted_points`` (Genesys): total = Σ(section points earned × weight) / Σ(section points
  possible × weight) × 100. The Genesys worked example (two 1-point items weight 40, one
  1-point item weight 20, answers yes/no/yes) gives (40+20)/(80+20) = 60.00.
- ``section_percent``: each section's percentage counts by its weight: Σ(weight × section %) / Σ weight
  over the sections that have anything applicable.

N/A: ``exclude`` drops the item from both sides, ``full`` counts it as earned in full, ``fixed``
earns ``na_points`` of its points. Bonus items add earned points without adding possible ones;
a section is capped at 100% unless it ``allow_over_100``. Critical items also feed a separate
critical score (points earned / possible over critical items, unweighted); below
``critical_pass_mark`` it is "critical failed". A fatal answer: ``zero_total`` sets the total to
0 and the grade to the lowest band, ``zero_section`` sets its section to 0 (the total follows),
``mark_failed`` keeps the computed total but forces the lowest grade. Any triggered fatal rule
sets ``fatal_failed``.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any

from qa_desktop.core.languages import LANGUAGES
from qa_desktop.core.scoring.errors import AnswersInvalid
from qa_desktop.core.scoring.explain import explanation_lines
from qa_desktop.core.scoring.explain import explanations as all_explanations
from qa_desktop.core.scoring.form import FormDefinition, Item, Section
from qa_desktop.core.scoring.item_status import LOST_POINTS, status_of_points
from qa_desktop.core.scoring.numbers import exact_sum, round_half_up
from qa_desktop.core.scoring.results import ItemResult, ScoreFigures, SectionResult

HUNDRED = Fraction(100)
ZERO = Fraction(0)  # immutable, shared


@functools.lru_cache(maxsize=8192)  # a form's few point values, converted for every item scored
def _fr(value: Decimal) -> Fraction:
    return Fraction(value)


@dataclass
class ScoreResult(ScoreFigures):
    """What :func:`score` returns: the figures, the "why this score" lines and the stored breakdown."""

    def explanation(self, lang: str | None = None) -> list[str]:
        return explanation_lines(self, lang or self.lang)

    def to_dict(self, lang: str | None = None) -> dict:
        lang = lang or self.lang
        explanations = all_explanations(self, LANGUAGES)
        return {
            "form_code": self.form.code,
            "scoring_method": self.form.scoring_method,
            "total": str(self.total),
            "computed_total": str(round_half_up(self.computed_exact)),
            "critical_score": None if self.critical_score is None else str(self.critical_score),
            "grade": self.grade(lang),
            "grade_code": self.grade_code,
            "grade_labels": dict(self.form.grade_bands[self.grade_index].label),
            "critical_failed": self.critical_failed,
            "fatal_failed": self.fatal_failed,
            "fatal_items": self.fatal_items,
            "complete": self.complete,
            "unanswered": list(self.unanswered),
            "sections": [s.to_dict(lang) for s in self.sections],
            "items": [r.to_dict(lang) for r in self.items],
            "failed_items": self.failed_items,
            "missing_comments": self.missing_comments,
            "explanation": explanations.get(lang) or self.explanation(lang),
            "explanation_i18n": explanations,
            "rounding": "half-up to 2 decimals, once at the end",
        }


def check_answers(definition: FormDefinition, answers: Any, *, partial: bool = False) -> list[str]:
    """Raise :class:`AnswersInvalid` unless ``answers`` fit this form; return the unanswered codes."""
    if not isinstance(answers, dict):
        raise AnswersInvalid("(all)", "answers must be an object of item code → answer")
    known = set(definition.item_codes())
    for code in answers:
        if code not in known:
            raise AnswersInvalid(str(code), "not an item of this form version")
    unanswered = []
    for _section, item in definition.items():
        answer = answers.get(item.code)
        if answer is None:
            unanswered.append(item.code)
            continue
        reason = item.check_answer(answer)
        if reason:
            raise AnswersInvalid(item.code, reason)
    if unanswered and not partial:
        more = f" ({len(unanswered)} items unanswered: {', '.join(unanswered)})" if len(unanswered) > 1 else ""
        raise AnswersInvalid(unanswered[0], "not answered" + more)
    return unanswered


def _score_item(section: Section, item: Item, answer: Any, comment: str) -> ItemResult:
    max_points = item.max_points
    points = _fr(max_points)
    if answer == "na":
        earned = {"exclude": ZERO, "full": points,
                  "fixed": _fr(item.na_points or Decimal(0))}[item.na_mode]
        possible = ZERO if item.na_mode == "exclude" or item.bonus else points
        return ItemResult(item.code, section.code, item, answer, ZERO if item.bonus else earned,
                          possible, "na", comment=comment)
    answer_points = item.answer_points(answer)
    earned = _fr(answer_points)
    fatal = item.answer_triggers_fatal(answer)
    if item.bonus:
        return ItemResult(item.code, section.code, item, answer, earned, ZERO, "bonus", comment=comment)
    status = status_of_points(answer_points, max_points, fatal)  # compared as decimals: the same, quicker
    missing = item.comment_required_on_loss and status in LOST_POINTS and not comment.strip()
    return ItemResult(item.code, section.code, item, answer, earned, points, status, fatal, comment, missing)


def score(definition: FormDefinition, answers: dict, comments: dict | None = None, *,
          partial: bool = False, lang: str = "en") -> ScoreResult:
    """Score ``answers`` on ``definition``.

    Raises :class:`AnswersInvalid` for an unknown item, an impossible value or (unless
    ``partial``) an unanswered item. ``partial=True`` scores a draft for the live preview:
    unanswered items are left out of both sides and listed in ``unanswered``.
    Comments never change the score; items that lost points without a required comment are
    listed in ``missing_comments`` (submitting refuses them).
    """
    unanswered = check_answers(definition, answers, partial=partial)
    comments = comments or {}
    items: list[ItemResult] = []
    sections: list[SectionResult] = []
    for section in definition.sections:
        results = []
        for item in section.items:
            answer = answers.get(item.code)
            comment = comments.get(item.code) or ""
            comment = comment if isinstance(comment, str) else str(comment)
            if answer is None:
                results.append(ItemResult(item.code, section.code, item, None, ZERO, ZERO,
                                          "unanswered", comment=comment))
            else:
                results.append(_score_item(section, item, answer, comment))
        items.extend(results)
        raw = exact_sum(r.earned for r in results)
        possible = exact_sum(r.possible for r in results)
        earned, capped = raw, False
        if not section.allow_over_100 and raw > possible:
            earned, capped = possible, True
        zeroed = any(r.fatal_triggered and r.item.fatal is not None and r.item.fatal.effect == "zero_section"
                     for r in results)
        if zeroed:
            earned = ZERO
        percent = earned / possible * HUNDRED if possible > 0 else None
        sections.append(SectionResult(section.code, section, earned, possible, raw, capped, zeroed, percent))

    weighted_earned = weighted_possible = None
    if definition.scoring_method == "weighted_points":
        weighted_earned = exact_sum(s.earned * _fr(s.section.weight) for s in sections)
        weighted_possible = exact_sum(s.possible * _fr(s.section.weight) for s in sections)
        computed = weighted_earned / weighted_possible * HUNDRED if weighted_possible > 0 else HUNDRED
    else:
        counted = [(_fr(s.section.weight), s.percent) for s in sections
                   if s.percent is not None and s.section.weight > 0]
        weights = exact_sum(weight for weight, _percent in counted)
        computed = (exact_sum(weight * percent for weight, percent in counted) / weights
                    if weights > 0 else HUNDRED)

    effects = {r.item.fatal.effect for r in items if r.fatal_triggered and r.item.fatal is not None}
    total = ZERO if "zero_total" in effects else computed
    grade_forced = bool(effects & {"zero_total", "mark_failed"})
    bands = definition.grade_bands
    if grade_forced:
        grade_index = len(bands) - 1
    else:
        rounded = round_half_up(total)
        grade_index = next((n for n, b in enumerate(bands) if rounded >= b.min), len(bands) - 1)

    critical = [r for r in items if r.item.critical and r.status != "unanswered"]
    critical_possible = exact_sum(r.possible for r in critical)
    critical_earned = exact_sum(r.earned for r in critical)
    critical_exact = critical_earned / critical_possible * HUNDRED if critical_possible > 0 else None
    critical_failed = (critical_exact is not None
                       and round_half_up(critical_exact) < definition.critical_pass_mark)

    return ScoreResult(
        form=definition, total_exact=total, computed_exact=computed,
        weighted_earned=weighted_earned, weighted_possible=weighted_possible,
        critical_exact=critical_exact, critical_earned=critical_earned, critical_possible=critical_possible,
        grade_index=grade_index, grade_forced=grade_forced, critical_failed=critical_failed,
        fatal_failed=bool(effects), sections=sections, items=items, complete=not unanswered, lang=lang,
        unanswered=unanswered)


def item_statuses(definition: FormDefinition, answers: dict, breakdown: dict | None = None) -> dict[str, str]:
    """Item code → pass | fail | partial | na | bonus of an evaluation: from its stored breakdown
    when it has one, else scored afresh (unanswered items left out)."""
    items = (breakdown or {}).get("items")
    if items:
        return {i["code"]: i["status"] for i in items}
    return {r.code: r.status for r in score(definition, answers or {}, partial=True).items}
