"""The command line: score a file, list/export/import/publish/check forms, the Excel sheet for agents."""
from __future__ import annotations

import copy
import json

import openpyxl
import pytest

from qa_desktop.cli import main
from qa_desktop.core.scoring import default_form_path

GENESYS = {"format": 1, "code": "genesys", "name": {"en": "Genesys example"}, "sections": [
    {"code": "g1", "title": {"en": "Group 1", "zh_CN": "第一组"}, "weight": 40, "items": [
        {"code": "q1", "type": "yes_no", "text": {"en": "Q1", "zh_CN": "问题一", "zh_TW": "問題一"}},
        {"code": "q2", "type": "yes_no", "text": {"en": "Q2", "zh_CN": "问题二", "zh_TW": "問題二"}}]},
    {"code": "g2", "title": {"en": "Group 2", "zh_CN": "第二组"}, "weight": 20, "items": [
        {"code": "q3", "type": "yes_no", "text": {"en": "Q3", "zh_CN": "问题三", "zh_TW": "問題三"}}]}]}


def write(path, data):
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_score_command_reproduces_the_genesys_example(tmp_path, capsys):
    form = write(tmp_path / "form.json", GENESYS)
    answers = write(tmp_path / "answers.json", {"q1": "yes", "q2": "no", "q3": "yes"})
    code, out, _ = run(capsys, "score", form, answers, "--json")
    data = json.loads(out)
    assert code == 0 and data["total"] == "60.00" and data["grade_code"] == "pass"
    assert data["explanation"][0] == "Score 60.00, grade Pass."
    code, out, _ = run(capsys, "score", form, answers, "--lang", "zh_CN")
    assert code == 0 and out.splitlines()[0] == "得分 60.00,等级 合格。" and "问题二:评为否" in out


def test_score_command_rejects_answers_that_do_not_match(tmp_path, capsys):
    form = write(tmp_path / "form.json", GENESYS)
    for answers, where in [({"q1": "yes", "q2": "no"}, "item q3: not answered"),
                           ({"q1": "yes", "q2": "no", "q3": "yes", "q4": "no"}, "item q4: not an item"),
                           ({"q1": "yes", "q2": 7, "q3": "yes"}, "item q2: expected 'yes' or 'no'")]:
        code, out, err = run(capsys, "score", form, write(tmp_path / "a.json", answers))
        assert code == 2 and out == "" and where in err
    code, out, _ = run(capsys, "score", form, write(tmp_path / "a.json", {"q1": "yes"}), "--partial", "--json")
    assert code == 0 and json.loads(out)["unanswered"] == ["q2", "q3"]


def test_score_command_with_comments_and_default_form(tmp_path, capsys):
    form = json.loads(default_form_path().read_text(encoding="utf-8"))
    answers = {}
    for section in form["sections"]:
        for item in section["items"]:
            if item["type"] in ("yes_no", "yes_no_na"):
                answers[item["code"]] = "yes"
            elif item["type"] == "checklist":
                answers[item["code"]] = [o["value"] for o in item["options"]]
            else:
                answers[item["code"]] = max(item["options"], key=lambda o: o["points"])["value"]
    answers["polite_no_rudeness"] = "no"
    path = write(tmp_path / "a.json", {"answers": answers, "comments": {"polite_no_rudeness": "对客户大声嚷嚷"}})
    code, out, _ = run(capsys, "score", default_form_path(), path, "--json", "--lang", "zh_TW")
    data = json.loads(out)
    assert (data["total"], data["grade"], data["fatal_failed"], data["missing_comments"]) == \
        ("0.00", "不合格", True, [])
    assert any("整份評分計為 0" in line for line in data["explanation"])


def test_forms_import_list_export_and_publish(tmp_path, capsys):
    db = tmp_path / "qa.sqlite3"
    form = write(tmp_path / "form.json", GENESYS)
    code, out, _ = run(capsys, "forms", "import", form, "--db", db)
    assert code == 0 and "Imported form genesys as version 1 (not published yet)" in out
    code, out, _ = run(capsys, "forms", "publish", "genesys", "--db", db)
    assert code == 0 and "version 1 is published" in out
    code, out, _ = run(capsys, "forms", "list", "--db", db, "--json")
    assert [(f["code"], f["published_version"]) for f in json.loads(out)] == [("genesys", 1)]
    exported = tmp_path / "out.json"
    code, out, _ = run(capsys, "forms", "export", "genesys", "-o", exported, "--db", db)
    assert code == 0 and json.loads(exported.read_text(encoding="utf-8"))["sections"][1]["weight"] == 20
    # Importing an edited file makes version 2 (version 1 is published).
    edited = copy.deepcopy(GENESYS)
    edited["sections"][1]["weight"] = 30
    code, out, _ = run(capsys, "forms", "import", write(tmp_path / "v2.json", edited), "--db", db, "--json")
    assert code == 0 and json.loads(out)["version_no"] == 2


@pytest.mark.parametrize("change, message", [
    (lambda d: d.update(format=2), "written by a newer QA Desktop"),
    (lambda d: d["sections"][0]["items"][0].update(points="many"), "item q1: 'points' must be a number"),
    (lambda d: d["sections"][0]["items"][1].update(code="q1"), "item q1: duplicate item code"),
    (lambda d: d["sections"][1]["items"][0].update(fatal={"answers": ["maybe"]}), "item q3: fatal answer 'maybe'"),
])
def test_forms_import_rejects_bad_files_and_keeps_existing_forms(tmp_path, capsys, change, message):
    db = tmp_path / "qa.sqlite3"
    run(capsys, "forms", "import", write(tmp_path / "form.json", GENESYS), "--db", db, "--publish")
    bad = copy.deepcopy(GENESYS)
    change(bad)
    code, out, err = run(capsys, "forms", "import", write(tmp_path / "bad.json", bad), "--db", db)
    assert code == 2 and message in err
    code, out, _ = run(capsys, "forms", "export", "genesys", "--db", db)
    assert json.loads(out) == json.loads(json.dumps(json.loads(out))) and json.loads(out)["sections"][1]["weight"] == 20
    code, out, _ = run(capsys, "forms", "list", "--db", db, "--json")
    assert json.loads(out)[0]["versions"] == 1


def test_forms_import_of_a_file_that_is_not_json(tmp_path, capsys):
    path = tmp_path / "bad.json"
    path.write_text("{not json", encoding="utf-8")
    code, _, err = run(capsys, "forms", "import", path, "--db", tmp_path / "qa.sqlite3")
    assert code == 2 and "not valid JSON" in err


def test_forms_check_reports_publish_problems(tmp_path, capsys):
    bad = copy.deepcopy(GENESYS)
    bad["sections"][0]["items"][0]["fatal"] = {"answers": ["yes"], "effect": "zero_total"}
    code, out, _ = run(capsys, "forms", "check", write(tmp_path / "f.json", bad))
    assert code == 1 and "item q1" in out and "NOT publishable" in out
    code, out, _ = run(capsys, "forms", "check", default_form_path())
    assert code == 0 and "22 items, can be published" in out


def test_forms_export_xlsx_sheet_for_agents(tmp_path, capsys):
    db = tmp_path / "qa.sqlite3"
    run(capsys, "forms", "import", default_form_path(), "--db", db, "--publish")
    sheet_path = tmp_path / "form.xlsx"
    code, out, _ = run(capsys, "forms", "export", "default", "--xlsx", sheet_path, "--db", db)
    assert code == 0 and sheet_path.exists()
    sheet = openpyxl.load_workbook(sheet_path).active
    rows = [r for r in sheet.iter_rows(values_only=True)]
    assert rows[0][0].startswith("呼叫中心通话质检评分表")
    by_code = {r[0]: r for r in rows if r[0] and r[1]}
    assert by_code["greeting_id"][2] == 5 and "是 (5)" in by_code["greeting_id"][3]
    assert "整份计 0 分" in by_code["polite_no_rudeness"][5]
    assert "按满分计" == by_code["restate_question"][4]
    assert sum(r[2] for r in by_code.values() if isinstance(r[2], int)) == 100
    assert sheet.page_setup.orientation == "landscape" and sheet.print_title_rows
    code, _, _ = run(capsys, "forms", "export", "default", "--xlsx", tmp_path / "en.xlsx", "--lang", "en",
                     "--db", db)
    english = openpyxl.load_workbook(tmp_path / "en.xlsx").active
    assert english.cell(1, 1).value.startswith("Call-centre call quality scoring form")
