"""The calibration session report on a scenario worked out by hand, its Excel sheet and its command."""
from __future__ import annotations

import json
import re

import openpyxl
import pytest
from ui_text_walk import latin_words

from qa_desktop import cli
from qa_desktop.core.calibration import agreement
from qa_desktop.core.calibration import sessions as cal
from qa_desktop.core.calibration.report import NOMINAL_TYPES, session_report
from qa_desktop.core.calibration.report_xlsx import write_report_xlsx
from qa_desktop.core.errors import PermissionDenied
from tests.test_calibration_sessions import answers, as_user, make_session, seed

# greeting, closing (yes/no, 10 points, weight 40); attitude, accuracy (0-5 scale, weight 60)
SCORES = {
    1: {"ann": ("yes", "yes", 4, 5), "bo": ("yes", "yes", 4, 4), "cai": ("yes", "yes", 5, 5), "exp": ("yes", "yes", 4,
                                                                                                      5)},
    2: {"ann": ("yes", "no", 3, 4), "bo": ("yes", "yes", 1, 4), "cai": ("yes", "no", 4, 4), "exp": ("yes", "no", 3, 4)},
    3: {"ann": ("no", "yes", 2, 3), "bo": ("yes", "yes", 5, 3), "cai": ("no", "yes", 2, 3), "exp": ("no", "yes", 2, 3)},
    4: {"ann": ("yes", "yes", 5, 5), "bo": ("yes", "yes", 2, 5), "cai": ("yes", "yes", 4, 5), "exp": ("yes", "yes", 5,
                                                                                                      5)},
}
# total = (40 × etiquette points + 60 × service points) / 1400 × 100
TOTALS = {
    1: {"ann": 95.71, "bo": 91.43, "cai": 100.0, "exp": 95.71},
    2: {"ann": 58.57, "bo": 78.57, "cai": 62.86, "exp": 58.57},
    3: {"ann": 50.0, "bo": 91.43, "cai": 50.0, "exp": 50.0},
    4: {"ann": 100.0, "bo": 87.14, "cai": 95.71, "exp": 100.0},
}


@pytest.fixture
def scored(any_db):
    ids = seed(any_db)
    session_id = make_session(any_db, ids)
    for n, by_login in SCORES.items():
        for login, values in by_login.items():
            as_user(any_db, login)
            cal.save_answers(any_db, session_id, ids["calls"][n - 1], answers(*values), submit=True)
    as_user(any_db, "lead")
    cal.record_consensus(any_db, session_id, ids["calls"][1], answers("yes", "no", 3, 4),
                         {"closing": "No closing phrase: the agent hung up first", "_call": "clear after replay"})
    cal.record_consensus(any_db, session_id, ids["calls"][2], {"greeting": "no"}, {"greeting": "ID not said"})
    return any_db, ids, session_id


def test_report_spreads_differences_and_rewrite_candidates(scored):
    database, ids, session_id = scored
    report = session_report(database, session_id)
    json.dumps(report)  # plain data all the way down
    calls = {c["external_id"]: c for c in report["calls"]}
    for n, totals in TOTALS.items():
        assert calls[f"C{n}"]["totals"] == totals
    assert calls["C3"]["total_spread"] == pytest.approx(41.43)
    assert calls["C2"]["consensus_total"] == 58.57 and calls["C3"]["consensus_total"] is None
    assert calls["C2"]["consensus_note"] == "clear after replay"
    items = {c: {row["code"]: row for row in calls[c]["items"]} for c in calls}
    assert items["C3"]["greeting"]["reference"] == "consensus" and items["C3"]["greeting"]["differs"] == ["bo"]
    assert items["C2"]["closing"]["differs"] == ["bo"]
    assert items["C2"]["closing"]["note"] == "No closing phrase: the agent hung up first"
    assert items["C1"]["attitude"]["reference"] == "expert" and items["C1"]["attitude"]["differs"] == ["cai"]
    assert items["C4"]["attitude"]["differs"] == ["bo", "cai"] and items["C4"]["attitude"]["points_spread"] == 3
    assert not items["C1"]["attitude"]["differs_by_more_than_one"]
    summary = {i["code"]: i for i in report["item_summary"]}
    assert summary["attitude"]["calls_differ_by_more_than_one"] == 3
    assert summary["attitude"]["share_differ_by_more_than_one"] == 0.75
    assert summary["greeting"]["share_differ_by_more_than_one"] == 0.25
    assert [r["code"] for r in report["rewrite_candidates"]] == ["attitude"]


def test_report_participants_deviation_and_bias(scored):
    database, ids, session_id = scored
    people = {p["login"]: p for p in session_report(database, session_id)["participants"]}
    bo = people["bo"]
    diffs = [TOTALS[n]["bo"] - TOTALS[n]["exp"] for n in TOTALS]
    assert bo["vs_expert"]["n_calls"] == 4
    assert bo["vs_expert"]["mean_signed"] == pytest.approx(sum(diffs) / 4, abs=0.01)
    assert bo["vs_expert"]["mean_absolute"] == pytest.approx(sum(map(abs, diffs)) / 4, abs=0.01)
    assert bo["vs_expert"]["bias"] == "lenient"
    assert bo["vs_consensus"] == {"n_calls": 1, "mean_signed": 20.0, "mean_absolute": 20.0, "max_absolute": 20.0,
                                  "bias": "lenient"}
    assert people["ann"]["vs_expert"]["mean_absolute"] == 0 and people["ann"]["vs_expert"]["bias"] == "in_line"
    assert people["cai"]["vs_expert"]["bias"] == "in_line"
    assert people["exp"]["is_expert"] and people["exp"]["vs_expert"] is None
    # item level: Bo differs from the consensus on call 2 closing and attitude, and call 3 greeting
    assert people["bo"]["items_differ_from_consensus"] == {"n_items": 5, "differ": 3, "share": 0.6}


def test_report_agreement_statistics_with_their_basis(scored):
    database, ids, session_id = scored
    report = session_report(database, session_id)
    blocks = {b["what"]: {s["statistic"]: s for s in b["statistics"]} for b in report["agreement"]}
    # the pooled nominal block holds every item without finer steps: a checklist's ticked set is one answer
    titles = {b["what"]: b["title"] for b in report["agreement"]}
    assert titles["yes_no_items"] == "Yes/no, choice and checklist items (pooled)"
    assert "checklist" in NOMINAL_TYPES
    yes_no = blocks["yes_no_items"]
    # 8 call×item units, 4 raters → 48 pairs; two units with one dissenter lose 3 pairs each
    assert yes_no["percent_exact"]["value"] == pytest.approx(42 / 48)
    assert yes_no["alpha"]["label"] == "Krippendorff's alpha (nominal)"
    assert yes_no["alpha"]["n_calls"] == 4 and yes_no["alpha"]["n_raters"] == 4 and yes_no["alpha"]["n_items"] == 2
    scales = blocks["scale_items"]
    assert scales["percent_within_one"]["value"] == pytest.approx(39 / 48)
    assert scales["alpha"]["label"] == "Krippendorff's alpha (ordinal)" and scales["alpha"]["computable"]
    totals = blocks["totals"]
    assert totals["icc"]["details"]["form"] == "ICC(2,1)" and totals["icc"]["n_calls"] == 4
    table = {n: TOTALS[n] for n in TOTALS}
    assert totals["icc"]["value"] == pytest.approx(agreement.icc(table).value, abs=1e-6)
    assert totals["alpha"]["label"] == "Krippendorff's alpha (interval)"
    # within 10 points: C1 all 6 pairs; C2 3 (Bo is 20 off two and 15.71 off Cai); C3 3 (Bo 41 off all);
    # C4 4 (Bo is 12.86 off Ann and the expert, 8.57 off Cai)
    assert totals["percent_within"]["value"] == pytest.approx((6 + 3 + 3 + 4) / 24, abs=1e-6)
    for block in blocks.values():
        for stat in block.values():
            assert stat["reading"] and stat["threshold_source"]


def test_report_is_blind_for_participants_until_they_submitted_everything(any_db):
    ids = seed(any_db)
    session_id = make_session(any_db, ids)
    as_user(any_db, "ann")
    cal.save_answers(any_db, session_id, ids["calls"][0], answers("yes", "yes", 4, 5), submit=True)
    with pytest.raises(PermissionDenied, match="every call"):
        session_report(any_db, session_id)
    as_user(any_db, "bo")
    cal.save_answers(any_db, session_id, ids["calls"][0], answers("yes", "no", 4, 5), submit=True)
    as_user(any_db, "lead")
    report = session_report(any_db, session_id)
    totals = {s["statistic"]: s for s in report["agreement"][0]["statistics"]}
    # only one call scored by two people: ICC and alpha say why they cannot be given
    assert not totals["icc"]["computable"] and "at least two units" in totals["icc"]["reason"]
    assert not totals["alpha"]["computable"] and totals["alpha"]["value"] is None
    # Ann and Bo differ on the closing phrase of that one call: too few calls to call the item unclear
    closing = next(i for i in report["item_summary"] if i["code"] == "closing")
    assert closing["share_differ_by_more_than_one"] == 1.0 and not closing["rewrite_candidate"]
    assert report["rewrite_candidates"] == []


def test_excel_sheet_reads_back(scored, tmp_path):
    database, ids, session_id = scored
    report = session_report(database, session_id)
    path = write_report_xlsx(report, tmp_path / "calibration.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Summary", "Agreement", "Participants", "Items", "Calls"]
    agreement_rows = [[c.value for c in row] for row in book["Agreement"].iter_rows()]
    icc_row = next(r for r in agreement_rows if r[1] and str(r[1]).startswith("ICC(2,1)"))
    assert icc_row[2] == pytest.approx(round(agreement.icc(TOTALS).value, 3))
    items = [[c.value for c in row] for row in book["Items"].iter_rows()]
    attitude = next(r for r in items if r[0] == "attitude")
    assert "yes" in [str(v).lower() for v in attitude]
    participants = [[c.value for c in row] for row in book["Participants"].iter_rows()]
    header = participants[0]
    bo = next(r for r in participants if r[1] == "bo")
    assert bo[header.index("Bias vs expert")] == "Lenient"
    # codes standing alone in a cell read as words: bands, types, levels, references, statuses
    stats = [[c.value for c in row] for row in book["Agreement"].iter_rows()]
    bands = {r[stats[0].index("Band")] for r in stats[1:]} - {None, ""}
    assert bands and bands <= {"Excellent", "Good", "Moderate", "Poor"}, bands
    assert {r[3] for r in items[1:]} == {"Yes/no", "Scale"} and {r[10] for r in items[1:]} == {"Nominal", "Ordinal"}
    assert "Yes/no, choice and checklist items (pooled)" in {r[0] for r in stats}
    assert "Percent agreement (within 10 points)" in {r[1] for r in stats}
    summary = {row[0].value: row[1].value for row in book["Summary"].iter_rows()}
    assert summary["Status"] == "Open"
    assert summary["Totals tolerance"] == report["rules"]["totals_tolerance"]
    assert report["rules"]["totals_tolerance"].startswith("totals within 10 points")
    calls = [[c.value for c in row] for row in book["Calls"].iter_rows()]
    assert any(r[0] == "C3" and r[1] == "greeting" and r[calls[0].index("bo")] == "Yes" for r in calls)
    assert any(r[1] == "attitude" and r[calls[0].index("bo")] == 5 for r in calls)  # a scale point stays a number
    assert {r[calls[0].index("Reference")] for r in calls[1:]} >= {"Consensus", "Expert", "Consensus total"}


def test_report_command(scored, tmp_path, capsys):
    database, ids, session_id = scored
    target = str(database.path) if database.path else database.url
    out_file = tmp_path / "report.xlsx"
    assert cli.main(["calibration", "report", str(session_id), "--db", target, "--user", "lead", "--json",
                     "-o", str(out_file)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["workbook"] == str(out_file) and out_file.exists()
    assert [r["code"] for r in data["rewrite_candidates"]] == ["attitude"]
    assert cli.main(["calibration", "report", str(session_id), "--db", target, "--user", "lead"]) == 0
    text = capsys.readouterr().out
    assert "ICC(2,1)" in text and "attitude" in text and "lenient" in text
    assert cli.main(["calibration", "report", "999", "--db", target, "--user", "lead"]) == 2
    assert "no calibration session #999" in capsys.readouterr().err


def test_excel_sheet_in_chinese_for_managers(scored, tmp_path):
    database, ids, session_id = scored
    report = session_report(database, session_id, lang="zh_CN")
    path = write_report_xlsx(report, tmp_path / "校准.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["概况", "一致性", "参会人员", "评分项", "录音"]
    header = [c.value for c in book["参会人员"][1]]
    bo = next([c.value for c in row] for row in book["参会人员"].iter_rows(min_row=2) if row[1].value == "bo")
    assert bo[header.index("对比专家倾向")] == "偏松"
    # no stored code or English word where a value stands alone (the cited readings and sources stay English)
    latin = re.compile("[A-Za-z]")
    stats = [[c.value for c in row] for row in book["一致性"].iter_rows()]
    for row in stats[1:]:
        for col in (0, 5, 9):  # what, band, computable
            assert not latin.search(str(row[col] or "")), row[col]
        assert latin_words(row[4]) == [], row[4]  # the reading, bands and all ("ICC" names the statistic)
        assert not latin.search(str(row[1]).replace("Krippendorff", "").replace("ICC", "")), row[1]
    assert "是/否、选择题及清单题(合并)" in {r[0] for r in stats}
    items = [[c.value for c in row] for row in book["评分项"].iter_rows()]
    assert {r[3] for r in items[1:]} == {"是/否", "量表"} and {r[10] for r in items[1:]} == {"名义", "顺序"}
    assert all(r[11] and latin_words(r[11]) == [] for r in items[1:]), [r[11] for r in items[1:]]
    for row in book["参会人员"].iter_rows(min_row=2):
        for col in (2, 8, 12):  # expert, bias vs expert, bias vs consensus
            assert not latin.search(str(row[col].value or "")), row[col].value
    calls = [[c.value for c in row] for row in book["录音"].iter_rows()]
    assert {r[calls[0].index("参照")] for r in calls[1:]} >= {"共识", "专家", "共识总分"}
    answers = {r[calls[0].index(who)] for r in calls[1:] for who in ("ann", "bo", "cai", "exp")}
    assert {"是", "否"} <= answers and not any(isinstance(a, str) and latin_words(a) for a in answers), answers
    assert bo[header.index("与共识不同的评分项")] == "5 项中 3 项"
    summary = {row[0].value: row[1].value for row in book["概况"].iter_rows()}
    assert summary["状态"] == "进行中"
    assert summary["总分容差"] == "计算总分一致百分比时，相差不超过 10 分的总分算作一致"  # the rules, in words
    assert "超过 30% 的录音" in summary["建议修改措辞的评分项"]
    traditional = openpyxl.load_workbook(write_report_xlsx(report, tmp_path / "tw.xlsx", lang="zh_TW"))
    assert traditional.sheetnames[0] == "概況"


def test_report_command_in_chinese(scored, tmp_path, capsys):
    database, ids, session_id = scored
    out_file = tmp_path / "report.xlsx"
    assert cli.main(["--lang", "zh_TW", "calibration", "report", str(session_id), "--db", str(database.path or
                     database.url), "--user", "lead", "-o", str(out_file)]) == 0
    capsys.readouterr()
    assert openpyxl.load_workbook(out_file).sheetnames[0] == "概況"


def test_report_command_takes_the_language_after_the_command_too(scored, tmp_path, capsys):
    database, ids, session_id = scored
    out_file = tmp_path / "报告.xlsx"
    assert cli.main(["calibration", "report", str(session_id), "--lang", "zh_CN", "--db",
                     str(database.path or database.url), "--user", "lead", "-o", str(out_file)]) == 0
    capsys.readouterr()
    assert openpyxl.load_workbook(out_file).sheetnames == ["概况", "一致性", "参会人员", "评分项", "录音"]


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
def test_statistic_names_are_chinese_in_a_chinese_workbook_computable_or_not(lang):
    from qa_desktop.core.calibration.report_xlsx import statistic_name

    one_rater, two = {"c1": {"a": 1}, "c2": {"a": 2}}, {n: TOTALS[n] for n in TOTALS}
    for data in (one_rater, two):
        for result in (agreement.percent_agreement(data), agreement.percent_agreement(data, within=1),
                       agreement.percent_agreement(data, within=10), agreement.krippendorff_alpha(data, "interval"),
                       agreement.krippendorff_alpha(data, "nominal"), agreement.icc(data),
                       agreement.fleiss_kappa(data)):
            name = statistic_name(result.to_dict(), lang)
            assert "{" not in name and latin_words(name) == [], name
            assert statistic_name(result.to_dict(), "en") == result.label
