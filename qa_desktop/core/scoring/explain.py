""""Why this score": plain-language lines in English, simplified or traditional Chinese.

Built from templates (not Qt translations) so the CLI, the Excel export and the stored
breakdown carry the same sentences in all three languages without a GUI.
"""
from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
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


@functools.lru_cache(maxsize=16)  # the catalogue is fixed while the program runs
def _templates(lang: str) -> dict[str, str]:
    """The explanation's templates in ``lang`` as a plain dict (looked up ~50 times per evaluation)."""
    return dict(_t(lang))


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
    return explanations(result, (lang,))[lang]


# A line of the explanation: its template key, the figures it shows (the same in every language)
# and, when it names items, sections or grades, how to word them in a language.
_Line = tuple[str, dict[str, Any], Callable[[str, Mapping[str, str]], dict[str, str]] | None]


def explanations(result: ScoreFigures, langs) -> dict[str, list[str]]:
    """The "why this score" lines in each of ``langs``: the figures are worked out once and worded
    per language (a stored breakdown carries all three)."""
    plan = _plan(result)
    worded = {}
    for lang in langs:
        t = _templates(lang)
        worded[lang] = [t[key].format(**figures, **(words(lang, t) if words else {})) for key, figures, words in plan]
    return worded


def _plan(result: ScoreFigures) -> list[_Line]:
    form = result.form
    total = result.total

    def grade(lang: str, _t: Mapping[str, str]) -> dict[str, str]:
        return {"grade": result.grade(lang)}

    lines: list[_Line] = []
    if result.complete:
        lines.append(("headline", {"total": total}, grade))
    else:
        lines.append(("headline_partial", {"total": total, "n": len(result.unanswered)}, grade))
    if form.scoring_method == "weighted_points":
        if result.weighted_possible:
            lines.append(("method_points", {"num": _pts(result.weighted_earned or 0),
                                            "den": _pts(result.weighted_possible)}, None))
        else:
            lines.append(("method_points_empty", {}, None))
    else:
        lines.append(("method_percent", {}, None))
    by_section: dict[str, list] = {}
    for item_result in result.items:
        by_section.setdefault(item_result.section, []).append(item_result)
    for section in result.sections:
        def title(lang: str, _t: Mapping[str, str], text=section.section.title) -> dict[str, str]:
            return {"title": pick(text, lang)}

        weight = _pts(section.section.weight)
        if section.percent is None:
            lines.append(("section_empty", {"weight": weight}, title))
        else:
            lines.append(("section", {"weight": weight, "earned": _pts(section.earned),
                                      "possible": _pts(section.possible), "score": section.score}, title))
        if section.capped:
            lines.append(("section_capped", {"raw": _pts(section.raw_earned), "possible": _pts(section.possible)},
                          title))
        if section.zeroed:
            lines.append(("section_zeroed", {}, title))
        for r in by_section.get(section.code, []):  # most items pass and say nothing
            if r.status == "na":
                key = {"exclude": "na_exclude", "full": "na_full", "fixed": "na_fixed"}[r.item.na_mode]
                if r.item.bonus:
                    key = "na_exclude"
                lines.append((key, {"earned": _pts(r.earned), "possible": _pts(r.possible)}, _item_text(r)))
            elif r.status == "bonus":
                if r.earned:
                    lines.append(("bonus", {"earned": _pts(r.earned)}, _item_text(r)))
            elif r.status in LOST_POINTS and r.lost > 0:
                lines.append(("lost", {"lost": _pts(r.lost), "possible": _pts(r.possible)},
                              _item_text(r, with_answer=True)))
    for r in result.items:
        if r.fatal_triggered and r.item.fatal is not None:
            form_section = next(s for s in form.sections if s.code == r.section)

            def fatal(lang: str, t: Mapping[str, str], r=r, form_section=form_section) -> dict[str, str]:
                return {"text": pick(r.item.text, lang), "answer": answer_text(r.item, r.answer, lang),
                        "section": pick(form_section.title, lang)}

            lines.append(("fatal_" + r.item.fatal.effect,
                          {"total": total, "computed": round_half_up(result.computed_exact)}, fatal))
    if result.critical_score is not None:
        lines.append(("critical", {"score": result.critical_score, "earned": _pts(result.critical_earned),
                                   "possible": _pts(result.critical_possible),
                                   "mark": _pts(form.critical_pass_mark)}, None))
        lost = [r.item.text for r in result.items if r.item.critical and r.status in LOST_POINTS]
        if lost:
            lines.append(("critical_failed", {}, _joined(lost)))
    band = form.grade_bands[result.grade_index]
    if result.grade_forced:
        lines.append(("grade_forced", {}, grade))
    elif result.grade_index == len(form.grade_bands) - 1 and len(form.grade_bands) > 1:
        lines.append(("grade_lowest", {"total": total}, grade))
    else:
        lines.append(("grade_band", {"total": total, "min": _pts(band.min)}, grade))
    if result.missing_comments:
        lines.append(("comments_missing", {}, _joined([r.item.text for r in result.items if r.comment_missing])))
    lines.append(("rounding", {}, None))
    return lines


def _item_text(r, *, with_answer: bool = False) -> Callable[[str, Mapping[str, str]], dict[str, str]]:
    def words(lang: str, _t: Mapping[str, str]) -> dict[str, str]:
        if with_answer:
            return {"text": pick(r.item.text, lang), "answer": answer_text(r.item, r.answer, lang)}
        return {"text": pick(r.item.text, lang)}

    return words


def _joined(texts: list) -> Callable[[str, Mapping[str, str]], dict[str, str]]:
    def words(lang: str, t: Mapping[str, str]) -> dict[str, str]:
        return {"items": t["sep"].join(pick(text, lang) for text in texts)}

    return words
