"""The scoring engine: worked examples, N/A, bonus, critical and fatal rules, bad answers, explanations."""
from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa_desktop.core.scoring.engine import round_half_up, score
from qa_desktop.core.scoring.errors import AnswersInvalid
from qa_desktop.core.scoring.form import FormDefinition


def yn(code, points=1, **kw):
    return {"code": code, "type": "yes_no", "text": {"en": code.upper(), "zh_CN": code}, "points": points, **kw}


def form(*sections, **kw):
    return FormDefinition.from_dict({"format": 1, "code": "t", "name": "T", "sections": list(sections), **kw})


def section(code, weight, *items, **kw):
    return {"code": code, "title": {"en": code.title(), "zh_CN": code}, "weight": weight, "items": list(items), **kw}


GENESYS = form(section("g1", 40, yn("q1"), yn("q2")), section("g2", 20, yn("q3")))


def test_genesys_worked_example_is_60_percent():
    result = score(GENESYS, {"q1": "yes", "q2": "no", "q3": "yes"})
    data = result.to_dict()
    assert data["total"] == "60.00"
    assert data["grade_code"] == "pass"
    assert data["failed_items"] == ["q2"]
    assert [(s["code"], s["earned"], s["possible"], s["score"]) for s in data["sections"]] == [
        ("g1", "1", "2", "50.00"), ("g2", "1", "1", "100.00")]
    assert any("60 ÷ 100" in line for line in data["explanation"])


def test_na_drops_a_question_from_numerator_and_denominator():
    na_form = form(section("g1", 40, yn("q1"), yn("q2", na_allowed=True)), section("g2", 20, yn("q3")))
    # q2 N/A: (40 + 20) / (40 + 20) = 100%
    assert score(na_form, {"q1": "yes", "q2": "na", "q3": "yes"}).total == Decimal("100.00")
    # q1 no, q2 N/A: 20 / 60
    assert score(na_form, {"q1": "no", "q2": "na", "q3": "yes"}).total == Decimal("33.33")


def test_na_counted_as_full_or_fixed_points():
    f = form(section("s", 1, yn("a", 4), yn("b", 4, na_allowed=True, na_mode="full"),
                     yn("c", 2, na_allowed=True, na_mode="fixed", na_points=1)))
    r = score(f, {"a": "no", "b": "na", "c": "na"})
    assert r.total == Decimal("50.00")  # (0 + 4 + 1) / 10
    assert [i.status for i in r.items] == ["fail", "na", "na"]


def test_section_percent_method_weights_section_percentages():
    f = form(section("a", 70, yn("x"), yn("y")), section("b", 30, yn("z")), scoring_method="section_percent")
    assert score(f, {"x": "yes", "y": "no", "z": "yes"}).total == Decimal("65.00")  # 70*50% + 30*100%


def test_rounding_is_half_up_once_at_the_end_and_grade_uses_rounded_total():
    assert round_half_up(Fraction(89995, 1000)) == Decimal("90.00")
    assert round_half_up(Fraction(2, 3) * 100) == Decimal("66.67")
    assert round_half_up(Fraction(1, 8)) == Decimal("0.13")
    assert round_half_up(Fraction(-1, 8)) == Decimal("-0.13")  # half away from zero, both sides
    assert round_half_up(Fraction(-89994, 1000)) == Decimal("-89.99") and round_half_up(Fraction(0)) == Decimal("0.00")
    assert round_half_up(Decimal("89.995")) == round_half_up(Fraction(89995, 1000))  # the same cache entry
    assert str(round_half_up(Fraction(7, 2), 0)) == "4"
    # 2 of 3 points on each of three sections would drift if rounded per section; exact is 66.67
    f = form(*(section(f"s{n}", 1, yn(f"a{n}"), yn(f"b{n}"), yn(f"c{n}")) for n in range(3)),
             scoring_method="section_percent")
    answers = {f"{k}{n}": ("no" if k == "c" else "yes") for n in range(3) for k in "abc"}
    assert score(f, answers).total == Decimal("66.67")


def test_bonus_fills_lost_points_but_is_capped_unless_the_section_allows_more():
    items = (yn("a", 5), yn("b", 5), yn("bonus", 2, bonus=True))
    capped = form(section("s", 1, *items))
    open_ = form(section("s", 1, *items, allow_over_100=True))
    assert score(capped, {"a": "yes", "b": "no", "bonus": "yes"}).total == Decimal("70.00")
    assert score(capped, {"a": "yes", "b": "yes", "bonus": "yes"}).total == Decimal("100.00")
    result = score(open_, {"a": "yes", "b": "yes", "bonus": "yes"})
    assert result.total == Decimal("120.00")
    assert result.items[2].status == "bonus"
    assert score(capped, {"a": "yes", "b": "yes", "bonus": "yes"}).sections[0].capped


def test_critical_score_is_separate_from_the_total():
    f = form(section("s", 1, yn("a", 6, critical=True), yn("b", 4, critical=True), yn("c", 10)))
    r = score(f, {"a": "yes", "b": "no", "c": "yes"})
    assert r.total == Decimal("80.00")
    assert r.critical_score == Decimal("60.00")
    assert r.critical_failed
    ok = score(f, {"a": "yes", "b": "yes", "c": "no"})
    assert ok.critical_score == Decimal("100.00") and not ok.critical_failed
    assert score(GENESYS, {"q1": "yes", "q2": "yes", "q3": "yes"}).to_dict()["critical_score"] is None


@pytest.mark.parametrize("effect, total, grade, section_score", [
    ("zero_total", "0.00", "fail", "80.00"),  # sections keep their figures
    ("zero_section", "50.00", "fail", "0.00"),
    ("mark_failed", "90.00", "fail", "80.00"),
])
def test_fatal_effects(effect, total, grade, section_score):
    f = form(section("s", 1, yn("rude", 2, fatal={"answers": ["no"], "effect": effect}), yn("a", 8)),
             section("t", 1, yn("b", 10)))
    r = score(f, {"rude": "no", "a": "yes", "b": "yes"})
    d = r.to_dict()
    assert (d["total"], d["grade_code"], d["sections"][0]["score"]) == (total, grade, section_score)
    assert d["fatal_failed"] and d["fatal_items"] == ["rude"]
    assert d["items"][0]["fatal_triggered"] and d["items"][0]["status"] == "fail"
    assert any("Fatal" in line for line in d["explanation"])


def test_zero_section_alone_does_not_force_the_grade():
    f = form(section("s", 1, yn("x", 1, fatal={"answers": ["no"], "effect": "zero_section"})),
             section("t", 1, yn("y", 9)))
    d = score(f, {"x": "no", "y": "yes"}).to_dict()
    assert d["total"] == "90.00" and d["grade_code"] == "excellent" and d["fatal_failed"]


def test_grade_bands_default_and_configurable():
    f = form(section("s", 1, *(yn(f"i{n}") for n in range(10))))
    answers = lambda k: {f"i{n}": "yes" if n < k else "no" for n in range(10)}  # noqa: E731
    assert [score(f, answers(k)).grade_code for k in (10, 9, 8, 7, 6, 5)] == [
        "excellent", "excellent", "good", "pass", "pass", "fail"]
    assert score(f, answers(9)).grade("zh_CN") == "优秀"
    custom = form(section("s", 1, *(yn(f"i{n}") for n in range(10))), grade_bands=[
        {"code": "excellent", "label": "优", "min": 95}, {"code": "pass", "label": "及格", "min": 70},
        {"code": "fail", "label": "差", "min": 0}])
    assert [score(custom, answers(k)).grade_code for k in (10, 9, 7, 6)] == ["excellent", "pass", "pass", "fail"]


@pytest.mark.parametrize("answers, item, reason", [
    ({"q1": "yes", "q2": "no"}, "q3", "not answered"),
    ({"q1": "yes", "q2": "no", "q3": "yes", "q9": "yes"}, "q9", "not an item"),
    ({"q1": "maybe", "q2": "no", "q3": "yes"}, "q1", "expected 'yes' or 'no'"),
    ({"q1": "na", "q2": "no", "q3": "yes"}, "q1", "N/A is not allowed"),
    ({"q1": 1, "q2": "no", "q3": "yes"}, "q1", "expected"),
])
def test_answers_not_matching_the_form_are_rejected(answers, item, reason):
    with pytest.raises(AnswersInvalid) as caught:
        score(GENESYS, answers)
    assert caught.value.item == item and reason in caught.value.reason and item in str(caught.value)


def test_impossible_scale_choice_and_checklist_answers_are_rejected():
    f = form(section("s", 1,
                     {"code": "sc", "type": "scale", "text": "S", "options": [{"value": v} for v in range(6)]},
                     {"code": "ch", "type": "choice", "text": "C", "options": [
                         {"value": "a", "label": "A", "points": 2}, {"value": "b", "label": "B", "points": 0}]},
                     {"code": "cl", "type": "checklist", "text": "L", "options": [
                         {"value": "x", "label": "X", "points": 1}, {"value": "y", "label": "Y", "points": 1}]}))
    good = {"sc": 4, "ch": "a", "cl": ["x"]}
    assert score(f, good).total == Decimal("77.78")  # (4 + 2 + 1) / 9
    for code, bad in [("sc", 6), ("sc", "4"), ("sc", True), ("ch", "z"), ("cl", ["x", "x"]), ("cl", ["q"]),
                      ("cl", "x")]:
        with pytest.raises(AnswersInvalid) as caught:
            score(f, {**good, code: bad})
        assert caught.value.item == code


def test_partial_draft_scores_only_what_is_answered():
    r = score(GENESYS, {"q1": "yes"}, partial=True)
    assert r.total == Decimal("100.00") and not r.complete and r.unanswered == ["q2", "q3"]
    assert "not answered yet" in r.explanation()[0]
    with pytest.raises(AnswersInvalid):
        score(GENESYS, {"q1": "yes", "zz": "no"}, partial=True)  # unknown items are never ignored


def test_comment_required_when_points_lost():
    f = form(section("s", 1, yn("a", 1, comment_required_on_loss=True), yn("b")))
    r = score(f, {"a": "no", "b": "no"})
    assert r.missing_comments == ["a"]
    assert score(f, {"a": "no", "b": "no"}, {"a": "did not greet"}).missing_comments == []
    assert score(f, {"a": "yes", "b": "no"}).missing_comments == []


def test_explanation_in_three_languages():
    f = form(section("s", 1, yn("a", 1, fatal={"answers": ["no"], "effect": "zero_total"}), yn("b")))
    r = score(f, {"a": "no", "b": "yes"})
    en, cn, tw = r.explanation("en"), r.explanation("zh_CN"), r.explanation("zh_TW")
    assert en[0] == "Score 0.00, grade Fail."
    assert cn[0] == "得分 0.00,等级 不合格。" and tw[0] == "得分 0.00,等級 不合格。"
    assert any("致命项" in line and "整份评分计为 0" in line for line in cn)
    assert r.to_dict("zh_CN")["explanation"] == cn and r.to_dict()["explanation_i18n"]["zh_TW"] == tw


# -- property tests ------------------------------------------------------------------------------

@st.composite
def forms_and_answers(draw):
    sections = []
    n = 0
    for s in range(draw(st.integers(1, 3))):
        items = []
        for _ in range(draw(st.integers(1, 4))):
            n += 1
            kind = draw(st.sampled_from(["yes_no", "yes_no_na", "scale", "choice", "checklist"]))
            item = {"code": f"i{n}", "type": kind, "text": f"item {n}"}
            if kind in ("yes_no", "yes_no_na"):
                item["points"] = draw(st.integers(0, 10))
                answers = ["yes", "no"]
            elif kind == "scale":
                top = draw(st.integers(1, 5))
                item["options"] = [{"value": v} for v in range(top + 1)]
                answers = list(range(top + 1))
            else:
                count = draw(st.integers(2, 4))
                item["options"] = [{"value": f"o{k}", "label": f"o{k}", "points": draw(st.integers(0, 5))}
                                   for k in range(count)]
                answers = [f"o{k}" for k in range(count)]
            na_ok = kind == "yes_no_na" or draw(st.booleans())
            item["na_allowed"] = na_ok
            if na_ok:
                item["na_mode"] = draw(st.sampled_from(["exclude", "full", "fixed"]))
                if item["na_mode"] == "fixed":
                    form_ = FormDefinition.from_dict({"format": 1, "code": "x", "name": "x", "sections": [
                        {"code": "s", "title": "s", "items": [{**item, "na_mode": "exclude"}]}]})
                    item["na_points"] = draw(st.integers(0, int(form_.sections[0].items[0].max_points)))
            item["bonus"] = draw(st.integers(0, 5)) == 0
            item["critical"] = not item["bonus"] and draw(st.booleans())
            if not item["bonus"] and kind != "checklist" and draw(st.integers(0, 3)) == 0:
                item["fatal"] = {"answers": [answers[0] if kind != "yes_no" and kind != "yes_no_na" else "no"],
                                 "effect": draw(st.sampled_from(["zero_total", "zero_section", "mark_failed"]))}
            items.append((item, answers, na_ok))
        sections.append({"code": f"s{s}", "title": f"s{s}", "weight": draw(st.integers(1, 50)),
                         "allow_over_100": draw(st.booleans()), "items": [i for i, _, _ in items]})
        for item, answers, na_ok in items:
            choices = answers + (["na"] if na_ok else [])
            if item["type"] == "checklist":
                picked = draw(st.lists(st.sampled_from(answers), unique=True))
                value = "na" if na_ok and draw(st.booleans()) else picked
            else:
                value = draw(st.sampled_from(choices))
            item["_answer"] = value
    method = draw(st.sampled_from(["weighted_points", "section_percent"]))
    answers = {}
    for sec in sections:
        for item in sec["items"]:
            answers[item["code"]] = item.pop("_answer")
    definition = FormDefinition.from_dict({"format": 1, "code": "p", "name": "P", "sections": sections,
                                           "scoring_method": method})
    return definition, answers


SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(forms_and_answers())
def test_property_scores_stay_within_bounds(case):
    definition, answers = case
    r = score(definition, answers)
    over_allowed = any(s.allow_over_100 for s in definition.sections)
    assert r.total >= 0
    if not over_allowed:
        assert r.total <= 100
    for s in r.sections:
        if s.score is not None:
            assert s.score >= 0
            if not s.section.allow_over_100:
                assert s.score <= 100
    if r.critical_score is not None:
        assert 0 <= r.critical_score <= 100
    assert r.grade_code in ("excellent", "good", "pass", "fail")
    assert FormDefinition.from_dict(definition.to_dict()).to_dict() == definition.to_dict()


@SETTINGS
@given(forms_and_answers())
def test_property_a_fatal_answer_always_yields_its_stated_outcome(case):
    definition, answers = case
    r = score(definition, answers)
    triggered = [i for i in r.items if i.fatal_triggered]
    assert r.fatal_failed == bool(triggered)
    effects = {i.item.fatal.effect for i in triggered}
    if "zero_total" in effects:
        assert r.total == 0 and r.grade_code == definition.grade_bands[-1].code
    if "mark_failed" in effects:
        assert r.grade_code == definition.grade_bands[-1].code
        if "zero_total" not in effects:
            assert r.total == round_half_up(r.computed_exact)
    for i in triggered:
        if i.item.fatal.effect == "zero_section":
            section = next(s for s in r.sections if s.code == i.section)
            assert section.earned == 0 and section.score in (None, Decimal("0.00"))


@SETTINGS
@given(forms_and_answers(), st.data())
def test_property_na_rules_hold(case, data):
    definition, answers = case
    candidates = [(s, i) for s, i in definition.items() if i.allows_na and not i.bonus]
    if not candidates:
        return
    section, item = data.draw(st.sampled_from(candidates))
    with_na = dict(answers, **{item.code: "na"})
    r = score(definition, with_na)
    if item.na_mode == "exclude":
        # Same as the form without the item at all.
        reduced = definition.copy()
        for s in reduced.sections:
            s.items = [i for i in s.items if i.code != item.code]
        if not any(s.items for s in reduced.sections if s.code == section.code):
            reduced.sections = [s for s in reduced.sections if s.code != section.code]
        without = {k: v for k, v in with_na.items() if k != item.code}
        if reduced.sections:
            assert r.total_exact == score(reduced, without).total_exact
    else:
        # Same as a form where the item's answer earned exactly the N/A points.
        earned = item.max_points if item.na_mode == "full" else item.na_points
        result_item = next(x for x in r.items if x.code == item.code)
        assert result_item.earned == earned and result_item.possible == item.max_points
        assert result_item.status == "na" and not result_item.fatal_triggered
