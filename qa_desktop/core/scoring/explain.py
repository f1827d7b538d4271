""""Why this score": plain-language lines in English, simplified or traditional Chinese.

Built from templates (not Qt translations) so the CLI, the Excel export and the stored
breakdown carry the same sentences in all three languages without a GUI.
"""
from __future__ import annotations

import functools
from decimal import Decimal
from fractions import Fraction
from typing import Any

from qa_desktop.core.scoring.form import Item, pick
from qa_desktop.core.scoring.numbers import exact_decimal, round_half_up
from qa_desktop.core.scoring.results import ScoreFigures

TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        "headline": "Score {total}, grade {grade}.",
        "headline_partial": "Preview score {total}, grade {grade} ({n} items not answered yet, left out).",
        "method_points": "How: each section's points are multiplied by its weight; score = weighted points earned "
                         "÷ weighted points possible × 100 = {num} ÷ {den} × 100.",
        "method_points_empty": "How: no item applied (all N/A), so nothing was lost: 100.",
        "method_percent": "How: each section's percentage counts by its weight; score = Σ(weight × section %) "
                          "÷ Σ weight.",
        "section": "{title} (weight {weight}): {earned} of {possible} points = {score}%.",
        "section_empty": "{title} (weight {weight}): nothing applicable, left out.",
        "section_capped": "  {title}: bonus points beyond 100% not counted ({raw} earned, capped at {possible}).",
        "section_zeroed": "  {title}: set to 0 by a fatal answer.",
        "lost": "  - {text}: answered {answer}, lost {lost} of {possible} points.",
        "na_exclude": "  - {text}: N/A, left out of the score.",
        "na_full": "  - {text}: N/A, counted as full points ({possible}).",
        "na_fixed": "  - {text}: N/A, counted as {earned} of {possible} points.",
        "bonus": "  - Bonus {text}: +{earned} points.",
        "fatal_zero_total": "Fatal: {text} answered {answer}, so the whole evaluation is set to 0 "
                            "(computed score was {computed}).",
        "fatal_zero_section": "Fatal: {text} answered {answer}, so section {section} is set to 0.",
        "fatal_mark_failed": "Fatal: {text} answered {answer}, so the evaluation is marked failed; the computed "
                             "score {total} is kept.",
        "critical": "Critical score {score}: {earned} of {possible} critical points (pass mark {mark}).",
        "critical_failed": "Critical items lost: {items}.",
        "grade_band": "Grade {grade}: {total} is at least {min}.",
        "grade_lowest": "Grade {grade}: {total} is below every higher band.",
        "grade_forced": "Grade {grade}: forced by the fatal answer.",
        "comments_missing": "A comment is still required on: {items}.",
        "rounding": "Percentages are rounded half-up to 2 decimals once, at the end; the grade uses the rounded score.",
        "yes": "yes", "no": "no", "na": "N/A", "nothing_checked": "nothing checked", "sep": ", ",
    },
    "zh_CN": {
        "headline": "得分 {total},等级 {grade}。",
        "headline_partial": "预览得分 {total},等级 {grade}(尚有 {n} 项未评,暂不计入)。",
        "method_points": "计算方法:各部分得分乘以权重;总分 = 加权实得分 ÷ 加权应得分 × 100 = {num} ÷ {den} × 100。",
        "method_points_empty": "计算方法:所有项目均不适用,未扣分,计 100。",
        "method_percent": "计算方法:各部分百分比按权重计;总分 = Σ(权重 × 部分得分率) ÷ Σ权重。",
        "section": "{title}(权重 {weight}):{possible} 分中得 {earned} 分 = {score}%。",
        "section_empty": "{title}(权重 {weight}):无适用项目,不计入。",
        "section_capped": "  {title}:超过 100% 的加分不计(实得 {raw},以 {possible} 封顶)。",
        "section_zeroed": "  {title}:因致命项被计为 0。",
        "lost": "  - {text}:评为{answer},{possible} 分中扣 {lost} 分。",
        "na_exclude": "  - {text}:不适用,不计入得分。",
        "na_full": "  - {text}:不适用,按满分({possible})计。",
        "na_fixed": "  - {text}:不适用,{possible} 分中按 {earned} 分计。",
        "bonus": "  - 加分项 {text}:+{earned} 分。",
        "fatal_zero_total": "致命项:{text} 评为{answer},整份评分计为 0(原计算得分 {computed})。",
        "fatal_zero_section": "致命项:{text} 评为{answer},{section} 部分计为 0。",
        "fatal_mark_failed": "致命项:{text} 评为{answer},本次评定为不合格;保留计算得分 {total}。",
        "critical": "关键项得分 {score}:关键项 {possible} 分中得 {earned} 分(合格线 {mark})。",
        "critical_failed": "失分的关键项:{items}。",
        "grade_band": "等级 {grade}:{total} 不低于 {min}。",
        "grade_lowest": "等级 {grade}:{total} 低于所有更高等级的分数线。",
        "grade_forced": "等级 {grade}:由致命项决定。",
        "comments_missing": "以下项目仍需填写说明:{items}。",
        "rounding": "百分比在最后一步统一四舍五入保留两位小数;等级按四舍五入后的得分判定。",
        "yes": "是", "no": "否", "na": "不适用", "nothing_checked": "未勾选", "sep": "、",
    },
    "zh_TW": {
        "headline": "得分 {total},等級 {grade}。",
        "headline_partial": "預覽得分 {total},等級 {grade}(尚有 {n} 項未評,暫不計入)。",
        "method_points": "計算方法:各部分得分乘以權重;總分 = 加權實得分 ÷ 加權應得分 × 100 = {num} ÷ {den} × 100。",
        "method_points_empty": "計算方法:所有項目均不適用,未扣分,計 100。",
        "method_percent": "計算方法:各部分百分比按權重計;總分 = Σ(權重 × 部分得分率) ÷ Σ權重。",
        "section": "{title}(權重 {weight}):{possible} 分中得 {earned} 分 = {score}%。",
        "section_empty": "{title}(權重 {weight}):無適用項目,不計入。",
        "section_capped": "  {title}:超過 100% 的加分不計(實得 {raw},以 {possible} 封頂)。",
        "section_zeroed": "  {title}:因致命項被計為 0。",
        "lost": "  - {text}:評為{answer},{possible} 分中扣 {lost} 分。",
        "na_exclude": "  - {text}:不適用,不計入得分。",
        "na_full": "  - {text}:不適用,按滿分({possible})計。",
        "na_fixed": "  - {text}:不適用,{possible} 分中按 {earned} 分計。",
        "bonus": "  - 加分項 {text}:+{earned} 分。",
        "fatal_zero_total": "致命項:{text} 評為{answer},整份評分計為 0(原計算得分 {computed})。",
        "fatal_zero_section": "致命項:{text} 評為{answer},{section} 部分計為 0。",
        "fatal_mark_failed": "致命項:{text} 評為{answer},本次評定為不合格;保留計算得分 {total}。",
        "critical": "關鍵項得分 {score}:關鍵項 {possible} 分中得 {earned} 分(合格線 {mark})。",
        "critical_failed": "失分的關鍵項:{items}。",
        "grade_band": "等級 {grade}:{total} 不低於 {min}。",
        "grade_lowest": "等級 {grade}:{total} 低於所有更高等級的分數線。",
        "grade_forced": "等級 {grade}:由致命項決定。",
        "comments_missing": "以下項目仍需填寫說明:{items}。",
        "rounding": "百分比在最後一步統一四捨五入保留兩位小數;等級按四捨五入後的得分判定。",
        "yes": "是", "no": "否", "na": "不適用", "nothing_checked": "未勾選", "sep": "、",
    },
}


def _t(lang: str) -> dict[str, str]:
    return TEMPLATES.get(lang, TEMPLATES["en"])


@functools.lru_cache(maxsize=8192)  # few distinct point values, formatted for every line of every evaluation
def _pts(value: Fraction | Decimal) -> str:
    return str(exact_decimal(Fraction(value)))


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
            lines.append(t["method_points"].format(num=_pts(result.weighted_earned),
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
        weight = _pts(Fraction(section.section.weight))
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
        for r in by_section.get(section.code, []):
            text = pick(r.item.text, lang)
            if r.status == "na":
                key = {"exclude": "na_exclude", "full": "na_full", "fixed": "na_fixed"}[r.item.na_mode]
                if r.item.bonus:
                    key = "na_exclude"
                lines.append(t[key].format(text=text, earned=_pts(r.earned), possible=_pts(r.possible)))
            elif r.status == "bonus":
                if r.earned:
                    lines.append(t["bonus"].format(text=text, earned=_pts(r.earned)))
            elif r.status in ("fail", "partial") and r.lost > 0:
                lines.append(t["lost"].format(text=text, answer=answer_text(r.item, r.answer, lang),
                                              lost=_pts(r.lost), possible=_pts(r.possible)))
    for r in result.items:
        if r.fatal_triggered:
            key = "fatal_" + r.item.fatal.effect
            section = next(s for s in form.sections if s.code == r.section)
            lines.append(t[key].format(text=pick(r.item.text, lang), answer=answer_text(r.item, r.answer, lang),
                                       section=pick(section.title, lang), total=result.total,
                                       computed=round_half_up(result.computed_exact)))
    if result.critical_score is not None:
        lines.append(t["critical"].format(score=result.critical_score, earned=_pts(result.critical_earned),
                                          possible=_pts(result.critical_possible),
                                          mark=_pts(Fraction(form.critical_pass_mark))))
        lost = [pick(r.item.text, lang) for r in result.items
                if r.item.critical and r.status in ("fail", "partial")]
        if lost:
            lines.append(t["critical_failed"].format(items=t["sep"].join(lost)))
    band = form.grade_bands[result.grade_index]
    if result.grade_forced:
        lines.append(t["grade_forced"].format(grade=grade))
    elif result.grade_index == len(form.grade_bands) - 1 and len(form.grade_bands) > 1:
        lines.append(t["grade_lowest"].format(grade=grade, total=result.total))
    else:
        lines.append(t["grade_band"].format(grade=grade, total=result.total, min=_pts(Fraction(band.min))))
    if result.missing_comments:
        names = [pick(r.item.text, lang) for r in result.items if r.comment_missing]
        lines.append(t["comments_missing"].format(items=t["sep"].join(names)))
    lines.append(t["rounding"])
    return lines
