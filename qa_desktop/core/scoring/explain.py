""""Why this score": plain-language lines in English, simplified or traditional Chinese.

Built from templates (not Qt translations) so the CLI, the Excel export and the stored
breakdown carry the same sentences in all three languages without a GUI.
"""
from __future__ import annotations

import functools
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

from qa_desktop.core import texts
from qa_desktop.core.scoring.form import Item, pick
from qa_desktop.core.scoring.item_status import LOST_POINTS
from qa_desktop.core.scoring.numbers import exact_decimal, round_half_up
from qa_desktop.core.scoring.results import ScoreFigures


def _t(lang: str) -> Mapping[str, str]:
    return texts.view("explain", lang)


def _pts(value: Fraction | Decimal | int) -> str:
    return _points_text(*value.as_integer_ratio())


@functools.lru_cache(maxsize=8192)  # few distinct point values, formatted for every line of every evaluation
def _points_text(numerator: int, denominator: int) -> str:
    return str(exact_decimal(Fraction(numerator, denominator)))


def answer_text(item: Item, answer: Any, lang: str) -> str:
    """An answer as a person reads it: 是/否, a scale point with its label, option labels."""
    t = _t(lang)
    if answer is None:
        return "—"
    if answer == "na":
        return t["na"]
    if item.type in ("yes_no", "yes_no_na"):
        return t.get(answer, str(answer))
    if item.type == "checklist":
        labels = [pick(o.label, lang) or str(o.value) for o in item.options if o.value in answer]
        return t["sep"].join(labels) if labels else t["nothing_checked"]
    option = item.option(answer)
    label = pick(option.label, lang) if option else ""
    if item.type == "scale":
        return f"{answer} ({label})" if label else str(answer)
    return label or str(answer)


def explanation_lines(result: ScoreFigures, lang: str) -> list[str]:
    t = _t(lang)
    form = result.form
    grade = result.grade(lang)
    lines = []
    if result.complete:
        lines.append(t["headline"].format(total=result.total, grade=grade))
    else:
        lines.append(t["headline_partial"].format(total=result.total, grade=grade, n=len(result.unanswered)))
    if form.scoring_method == "weighted_points":
        if result.weighted_possible:
            lines.append(t["method_points"].format(num=_pts(result.weighted_earned or 0),
                                                   den=_pts(result.weighted_possible)))
        else:
            lines.append(t["method_points_empty"])
    else:
        lines.append(t["method_percent"])
    by_section: dict[str, list] = {}
    for item_result in result.items:
        by_section.setdefault(item_result.section, []).append(item_result)
    for section in result.sections:
        title = pick(section.section.title, lang)
        weight = _pts(section.section.weight)
        if section.percent is None:
            lines.append(t["section_empty"].format(title=title, weight=weight))
        else:
            lines.append(t["section"].format(title=title, weight=weight, earned=_pts(section.earned),
                                             possible=_pts(section.possible), score=section.score))
        if section.capped:
            lines.append(t["section_capped"].format(title=title, raw=_pts(section.raw_earned),
                                                    possible=_pts(section.possible)))
        if section.zeroed:
            lines.append(t["section_zeroed"].format(title=title))
        for r in by_section.get(section.code, []):  # most items pass and say nothing
            if r.status == "na":
                key = {"exclude": "na_exclude", "full": "na_full", "fixed": "na_fixed"}[r.item.na_mode]
                if r.item.bonus:
                    key = "na_exclude"
                lines.append(t[key].format(text=pick(r.item.text, lang), earned=_pts(r.earned),
                                           possible=_pts(r.possible)))
            elif r.status == "bonus":
                if r.earned:
                    lines.append(t["bonus"].format(text=pick(r.item.text, lang), earned=_pts(r.earned)))
            elif r.status in LOST_POINTS and r.lost > 0:
                lines.append(t["lost"].format(text=pick(r.item.text, lang),
                                              answer=answer_text(r.item, r.answer, lang),
                                              lost=_pts(r.lost), possible=_pts(r.possible)))
    for r in result.items:
        if r.fatal_triggered and r.item.fatal is not None:
            key = "fatal_" + r.item.fatal.effect
            form_section = next(s for s in form.sections if s.code == r.section)
            lines.append(t[key].format(text=pick(r.item.text, lang), answer=answer_text(r.item, r.answer, lang),
                                       section=pick(form_section.title, lang), total=result.total,
                                       computed=round_half_up(result.computed_exact)))
    if result.critical_score is not None:
        lines.append(t["critical"].format(score=result.critical_score, earned=_pts(result.critical_earned),
                                          possible=_pts(result.critical_possible),
                                          mark=_pts(form.critical_pass_mark)))
        lost = [pick(r.item.text, lang) for r in result.items
                if r.item.critical and r.status in LOST_POINTS]
        if lost:
            lines.append(t["critical_failed"].format(items=t["sep"].join(lost)))
    band = form.grade_bands[result.grade_index]
    if result.grade_forced:
        lines.append(t["grade_forced"].format(grade=grade))
    elif result.grade_index == len(form.grade_bands) - 1 and len(form.grade_bands) > 1:
        lines.append(t["grade_lowest"].format(grade=grade, total=result.total))
    else:
        lines.append(t["grade_band"].format(grade=grade, total=result.total, min=_pts(band.min)))
    if result.missing_comments:
        names = [pick(r.item.text, lang) for r in result.items if r.comment_missing]
        lines.append(t["comments_missing"].format(items=t["sep"].join(names)))
    lines.append(t["rounding"])
    return lines
