"""Form definitions: strict reading of JSON, publish checks, and the shipped default form."""
from __future__ import annotations

import copy
import json

import pytest

from qa_desktop.core.scoring import default_form, default_form_path, score
from qa_desktop.core.scoring.errors import FormInvalid, FormTooNew
from qa_desktop.core.scoring.form import FORMAT_VERSION, FormDefinition, Item, Section

BASE = {
    "format": 1, "code": "f", "name": {"zh_CN": "表", "en": "Form"},
    "sections": [{"code": "s1", "title": "开场", "weight": 10, "items": [
        {"code": "a", "type": "yes_no", "text": {"zh_CN": "问候", "zh_TW": "問候", "en": "Greeting"}, "points": 2},
        {"code": "b", "type": "scale", "text": {"zh_CN": "语气", "zh_TW": "語氣", "en": "Tone"},
         "options": [{"value": 0, "label": "差"}, {"value": 1}, {"value": 2}, {"value": 3, "label": "好"}]},
    ]}],
}


def with_change(path, value):
    data = copy.deepcopy(BASE)
    target = data
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data


def test_round_trip_keeps_everything():
    form = FormDefinition.from_dict(BASE)
    again = FormDefinition.from_dict(json.loads(json.dumps(form.to_dict())))
    assert again.to_dict() == form.to_dict()
    assert form.item("b").max_points == 3 and form.to_dict()["format"] == FORMAT_VERSION


@pytest.mark.parametrize("path, value, where, reason", [
    (("format",), 99, "the file", "newer QA Desktop"),
    (("format",), KeyError, "the file", "'format'"),
    (("sections",), "x", "the form", "'sections' must be a list"),
    (("sections", 0, "items", 0, "type"), "stars", "item a", "unknown item type"),
    (("sections", 0, "items", 0, "points"), -1, "item a", "at least 0"),
    (("sections", 0, "items", 0, "points"), "lots", "item a", "must be a number"),
    (("sections", 0, "items", 0, "text"), "", "item a", "text is missing"),
    (("sections", 0, "items", 1, "code"), "a", "item a", "duplicate item code"),
    (("sections", 0, "items", 1, "points"), 5, "item b", "options are worth 3"),
    (("sections", 0, "items", 0, "na_mode"), "fixed", "item a", "needs 'na_points'"),
    (("sections", 0, "items", 0, "fatal"), {"answers": ["maybe"]}, "item a", "not a possible answer"),
    (("sections", 0, "items", 0, "fatal"), {"answers": ["no"], "effect": "explode"}, "item a", "unknown fatal effect"),
    (("sections", 0, "items", 0, "fatal"), {"answers": ["yes", "no"]}, "item a", "every possible answer"),
    (("sections", 0, "items", 0, "colour"), "red", "item a", "unknown field"),
    (("sections", 0, "weight"), -5, "section s1", "at least 0"),
    (("grade_bands",), [{"code": "pass", "label": "ok", "min": 60}, {"code": "fail", "label": "no", "min": 70}],
     "grade band fail", "highest minimum"),
    (("grade_bands",), [{"code": "pass", "label": "ok", "min": 60}], "grade band pass", "start at 0"),
])
def test_malformed_or_inconsistent_forms_name_the_item_and_reason(path, value, where, reason):
    with pytest.raises(FormInvalid) as caught:
        FormDefinition.from_dict(with_change(path, value))
    assert caught.value.where == where and reason in caught.value.reason
    assert where in str(caught.value)


def test_newer_format_is_its_own_error():
    with pytest.raises(FormTooNew) as caught:
        FormDefinition.from_dict(with_change(("format",), FORMAT_VERSION + 1))
    assert caught.value.code == "form_too_new"


def test_na_points_above_the_item_value_is_inconsistent():
    data = with_change(("sections", 0, "items", 0, "na_allowed"), True)
    data["sections"][0]["items"][0].update(na_mode="fixed", na_points=3)
    with pytest.raises(FormInvalid, match="more than the item is worth"):
        FormDefinition.from_dict(data)


def test_publish_problems():
    form = FormDefinition.from_dict(BASE)
    assert form.validate_for_publish() == [] or all(p.severity == "warning" for p in form.validate_for_publish())
    form.sections.append(Section("empty", {"en": "Empty"}, weight=0))
    form.sections[0].items.append(Item("a", "yes_no", {"en": "dup"}))
    inverted = Item("c", "yes_no", {"zh_CN": "礼貌", "zh_TW": "禮貌", "en": "Polite"})
    from qa_desktop.core.scoring.form import Fatal
    inverted.fatal = Fatal(["yes"], "zero_total")
    form.sections[0].items.append(inverted)
    problems = {(p.code, p.where) for p in form.validate_for_publish() if p.severity == "error"}
    assert ("empty_section", "section empty") in problems
    assert ("weight", "section empty") in problems
    assert ("duplicate_code", "item a") in problems
    assert ("fatal_inverted", "item c") in problems


def test_inverted_fatal_on_a_choice_is_spotted():
    data = copy.deepcopy(BASE)
    data["sections"][0]["items"].append({
        "code": "acc", "type": "choice", "text": "准确", "options": [
            {"value": "right", "label": "准确", "points": 5}, {"value": "wrong", "label": "错误", "points": 0}],
        "fatal": {"answers": ["right"], "effect": "zero_total"}})
    problems = [p for p in FormDefinition.from_dict(data).validate_for_publish() if p.code == "fatal_inverted"]
    assert [p.where for p in problems] == ["item acc"]
    data["sections"][0]["items"][-1]["fatal"]["answers"] = ["wrong"]
    assert not [p for p in FormDefinition.from_dict(data).validate_for_publish() if p.code == "fatal_inverted"]


def test_section_percent_weights_should_add_to_100():
    data = dict(copy.deepcopy(BASE), scoring_method="section_percent")
    problems = FormDefinition.from_dict(data).validate_for_publish()
    assert any(p.code == "weights_sum" for p in problems)


# -- the shipped default form ---------------------------------------------------------------------

def test_default_form_is_complete_and_publishable():
    form = default_form()
    assert default_form_path().name == "default_form.json"
    assert 20 <= len(form.item_codes()) <= 30
    assert sum(i.max_points for _, i in form.items()) == 100
    assert form.validate_for_publish() == []
    for _, item in form.items():
        assert all(item.text.get(lang) for lang in ("zh_CN", "zh_TW", "en")), item.code
        assert all(item.guidance.get(lang) for lang in ("zh_CN", "zh_TW", "en")), item.code
    texts = " ".join(item.text["zh_CN"] + item.guidance["zh_CN"] for _, item in form.items())
    for phrase in ("号为您服务", "请问有什么可以帮您", "请稍等", "让您久等了", "还有什么问题", "欢迎您再次来电",
                   "先挂电话", "普通话", "准确", "问题解决", "礼貌", "同理心", "粗鲁", "转接", "超过一分钟"):
        assert phrase in texts, phrase
    effects = {item.code: item.fatal.effect for _, item in form.items() if item.fatal}
    assert effects == {"polite_no_rudeness": "zero_total", "permission_hold_transfer": "zero_section",
                       "no_unexplained_wait": "mark_failed"}


def _best_answers(form):
    answers = {}
    for _, item in form.items():
        if item.type in ("yes_no", "yes_no_na"):
            answers[item.code] = "yes"
        elif item.type == "checklist":
            answers[item.code] = [o.value for o in item.options]
        else:
            answers[item.code] = max(item.options, key=lambda o: o.points).value
    return answers


def test_default_form_scores_a_typical_call():
    form = default_form()
    answers = _best_answers(form)
    assert score(form, answers).total == 100
    answers.update(greeting_id="no", hold_phrase="na", return_phrase="na", permission_hold_transfer="na",
                   empathy="na", answer_accuracy="minor_gap")
    result = score(form, answers, {"greeting_id": "没有报工号", "answer_accuracy": "漏说手续费"})
    # lost 5 (greeting) + 4 (accuracy) out of 100 - 12 (three excluded hold items)
    assert str(result.total) == "89.77"  # 79 / 88
    assert result.grade_code == "good" and result.missing_comments == []
    rude = score(form, dict(answers, polite_no_rudeness="no"))
    assert rude.total == 0 and rude.grade("zh_CN") == "不合格" and rude.fatal_failed
    assert "polite_no_rudeness" in rude.missing_comments
