"""Every refusal of a scoring form says why in words the catalogue has, in three languages.

The parser's ``raise FormInvalid(...)`` sites are read from the source: each names a ``why`` that the
catalogue (core/texts/form_errors.py) has, and passes every value its texts need; a new refusal
without one fails here instead of showing English in the Chinese UI.
"""
from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest
from ui_text_walk import latin_words

from qa_desktop.core import texts
from qa_desktop.core.scoring import default_form
from qa_desktop.core.scoring.errors import FormInvalid, form_error_text
from qa_desktop.core.scoring.form import FormDefinition

SOURCES = [Path(__file__).resolve().parent.parent / "qa_desktop" / "core" / "scoring" / name
           for name in ("form.py", "checks.py")]


def _refusals():
    for source in SOURCES:
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("FormInvalid", "FormTooNew",
                                                                                 "CheckInvalid"):
                keywords = {k.arg: k.value for k in node.keywords}
                why = keywords.get("why") or (node.args[2] if len(node.args) > 2 else None)
                yield f"{source.name}:{node.lineno}", why, set(keywords) - {"why"}


def test_every_refusal_names_a_reason_the_catalogue_has_with_its_values():
    wrong = []
    for place, why, given in _refusals():
        if not isinstance(why, ast.Constant) or not texts.has(f"form_invalid.{why.value}"):
            wrong.append(f"{place}: no reason in the catalogue")
            continue
        needed = {name for text in texts.catalogue()[f"form_invalid.{why.value}"]
                  for _, name, _, _ in string.Formatter().parse(text) if name}
        if "key" in given:  # the automatic checks name their number's key
            given |= {"field"}
        if needed - given:
            wrong.append(f"{place}: {why.value} needs {sorted(needed - given)}")
    assert wrong == []


def _broken(change) -> dict:
    data = default_form().to_dict()
    change(data)
    return data


def _item(data, kind):
    return next(i for s in data["sections"] for i in s["items"] if i["type"] == kind)


BROKEN = {
    "points": lambda d: _item(d, "yes_no").update(points="x"),
    "na_points": lambda d: _item(d, "yes_no").update(na_allowed=True, na_mode="fixed", na_points=99),
    "type": lambda d: _item(d, "scale").update(type="stars"),
    "fatal_na": lambda d: _item(d, "yes_no").update(fatal={"answers": ["na"]}),
    "bands": lambda d: d.update(grade_bands=list(reversed(d["grade_bands"]))),
    "phrases": lambda d: _item(d, "yes_no").update(checks=[{"kind": "said", "phrases": []}]),
    "checks_on_scale": lambda d: _item(d, "scale").update(checks=[{"kind": "said", "phrases": ["您好"]}]),
    "option": lambda d: _item(d, "choice")["options"].append(dict(_item(d, "choice")["options"][0])),
    "format": lambda d: d.update(format=99),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
def test_a_broken_form_is_explained_in_chinese(case, lang):
    data = _broken(BROKEN[case])
    with pytest.raises(FormInvalid) as refused:
        FormDefinition.from_dict(data)
    shown = form_error_text(refused.value, lang)
    codes = {i["code"] for s in data["sections"] for i in s["items"]}
    # what the file holds is quoted as it is written, and the values it may hold are listed as the
    # file must spell them (可用：…): the rest is words
    words = re.sub(r"'[^']*'|（可[用选]：[^）]*）", "", shown)
    assert latin_words(words, names=codes) == [], shown
    assert form_error_text(refused.value, "en") != shown


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
def test_an_item_or_section_the_file_titles_is_named_by_its_title_code_in_brackets(lang):
    data = _broken(BROKEN["points"])
    item = _item(data, "yes_no")
    with pytest.raises(FormInvalid) as refused:
        FormDefinition.from_dict(data)
    assert form_error_text(refused.value, lang).startswith(
        ("项目" if lang == "zh_CN" else "項目") + f"「{item['text'][lang]}」（{item['code']}）：")
    assert form_error_text(refused.value, "en").startswith(f"Item “{item['text']['en']}” ({item['code']}): ")

    # an item code used twice: the other section is named by its title too
    data = default_form().to_dict()
    first, second = data["sections"][0], data["sections"][1]
    second["items"].append(dict(first["items"][0]))
    with pytest.raises(FormInvalid) as refused:
        FormDefinition.from_dict(data)
    shown = form_error_text(refused.value, lang)
    assert f"「{first['title'][lang]}」（{first['code']}）" in shown, shown

    data = default_form().to_dict()
    copy = dict(data["sections"][0], items=[dict(i, code=i["code"] + "_2") for i in data["sections"][0]["items"]])
    data["sections"].append(copy)  # the same section code twice
    with pytest.raises(FormInvalid) as refused:
        FormDefinition.from_dict(data)
    assert form_error_text(refused.value, lang).startswith(f"部分「{first['title'][lang]}」（{first['code']}）：")


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
def test_without_a_title_the_code_names_the_item(lang):
    data = _broken(lambda d: _item(d, "yes_no").update(text=""))
    with pytest.raises(FormInvalid) as refused:
        FormDefinition.from_dict(data)
    code = _item(data, "yes_no")["code"]
    assert form_error_text(refused.value, lang).startswith(("项目 " if lang == "zh_CN" else "項目 ") + code + "：")


def test_the_designer_names_the_item_by_its_title_too():
    from qa_desktop.core.scoring import designer
    from qa_desktop.core.scoring.errors import form_refusal_text

    form = default_form()
    item = next(i for _, i in form.items() if i.type == "yes_no")
    item.na_allowed, item.na_mode, item.na_points = True, "fixed", item.max_points + 90
    problem = next(p for p in designer.check(form).problems if p.code == "invalid")
    p = problem.params
    shown = form_refusal_text(problem.where, problem.message, p["why"], p["values"], "zh_CN", p.get("titles"))
    assert shown.startswith(f"项目「{item.text['zh_CN']}」（{item.code}）：")
