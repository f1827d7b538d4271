"""A QA lead imports a hand-edited scoring form file with a mistake, in the Chinese UI: she reads where
and why in Chinese, and nothing is stored (`qa-desktop --db new.sqlite3 --lang zh_CN`, the first-run
dialog confirmed with Enter, Scoring forms → Import JSON…, the file name typed into Qt's dialog)."""
from __future__ import annotations

import json

import pytest
from acceptance_support import click, find, go_to_page, query, type_file_name, wait_until, when_dialog_opens
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton
from ui_text_walk import latin_words

from qa_desktop.core.scoring import default_form


def _mistakes() -> dict[str, dict]:
    form = default_form().to_dict()
    points = json.loads(json.dumps(form))
    points["sections"][0]["items"][0]["points"] = "五"
    na = json.loads(json.dumps(form))
    item = next(i for s in na["sections"] for i in s["items"] if i["type"] == "yes_no")
    item.update(na_allowed=True, na_mode="fixed", na_points=99)
    bands = json.loads(json.dumps(form))
    bands["grade_bands"] = list(reversed(bands.get("grade_bands") or [
        {"code": "excellent", "label": "优秀", "min": 90}, {"code": "pass", "label": "合格", "min": 0}]))
    return {"points": points, "na_points": na, "bands": bands}


@pytest.mark.parametrize("mistake", ["points", "na_points", "bands"])
def test_a_form_file_with_a_mistake_is_refused_in_chinese(launch_app, tmp_path, mistake):
    database = tmp_path / "new.sqlite3"
    path = tmp_path / "form_edited_by_hand.json"
    path.write_text(json.dumps(_mistakes()[mistake], ensure_ascii=False), encoding="utf-8")
    shown = {}

    def work(window):
        page = go_to_page(window, 3)                          # Ctrl+3: Scoring forms
        when_dialog_opens(type_file_name(path), QFileDialog)
        click(find(page, QPushButton, "importForm"))
        message = find(page, QLabel, "formMessage")
        wait_until(lambda: message.text().startswith("未导入"), 20, "the refusal shown")
        shown["text"] = message.text()

    run = launch_app(["--db", str(database), "--lang", "zh_CN"], script=work)
    assert run.saw_first_run and run.exit_code == 0
    text = shown["text"]
    codes = {i["code"] for s in _mistakes()[mistake]["sections"] for i in s["items"]}
    assert latin_words(text, names=codes) == [], text
    expected = {"points": "分值须为数字", "na_points": "不适用得分 99 超过该项分值",
                "bands": "等级区间须按下限从高到低排列"}
    assert expected[mistake] in text
    assert query(database, "SELECT count(*) FROM form_versions v JOIN scoring_forms f ON f.id = v.form_id "
                           "WHERE f.code <> 'default'") == [(0,)]
