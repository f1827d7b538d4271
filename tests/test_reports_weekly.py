"""The weekly report: the week's figures, error items, calibration results and open coaching actions."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from openpyxl import load_workbook

from qa_desktop.core.db import models as m
from qa_desktop.core.reports.weekly import export_weekly
from qa_desktop.core.scoring.engine import score
from qa_desktop.core.scoring.form import FormDefinition
from tests.test_reports_monthly import FORM, _answers, expected_evaluations, half_up_mean, seed, table


def add_closed_calibration(db, ids) -> None:
    definition = FormDefinition.from_dict(FORM)

    def work(s):
        users = {u.login: u for u in s.query(m.User)}
        call = m.Call(external_id="CAL1", recording_path="/r/cal.wav", agent_id=ids["agents"][0],
                      started_at=dt.datetime(2026, 9, 30, 9))
        s.add(call)
        s.flush()
        calibration = m.CalibrationSession(title="十月校准 Oct", form_version_id=ids["version"],
                                           lead_id=users["tester"].id, expert_id=users["tester"].id,
                                           status=m.CalibrationStatus.CLOSED, scheduled_on=dt.date(2026, 10, 1),
                                           closed_at=dt.datetime(2026, 10, 1, 12))
        calibration.calls.append(m.CalibrationCall(call_id=call.id))
        for login in ("tester", "qa1", "qa2"):
            calibration.participants.append(m.CalibrationParticipant(user_id=users[login].id))
        s.add(calibration)
        s.flush()
        for login, answers in (("tester", _answers()), ("qa1", _answers(skill=2)), ("qa2", _answers(wait="no"))):
            result = score(definition, answers)
            s.add(m.Evaluation(call_id=call.id, form_version_id=ids["version"], evaluator_id=users[login].id,
                               kind=m.EvaluationKind.CALIBRATION, status=m.EvaluationStatus.SUBMITTED,
                               answers=answers, score=result.total, grade=result.grade("en"),
                               calibration_session_id=calibration.id, submitted_at=dt.datetime(2026, 10, 1, 10)))

    db.write(work)


def test_weekly_report_figures_and_calibration(sqlite_db, tmp_path):
    ids = seed(sqlite_db)
    add_closed_calibration(sqlite_db, ids)
    path = tmp_path / "w40.xlsx"
    result = export_weekly(sqlite_db, "2026-W40", path, tz="UTC", today=dt.date(2026, 10, 25))
    wb = load_workbook(path)
    assert wb.sheetnames == ["Summary", "Agents", "Items", "Calibration", "Open coaching actions"]
    week = expected_evaluations(sqlite_db, dt.datetime(2026, 9, 28), dt.datetime(2026, 10, 5))
    assert result.evaluations == len(week) == 4   # calibration scores never count
    summary = {r[0].value: [c.value for c in r[1:4]] for r in wb["Summary"].iter_rows() if r[0].value}
    assert summary["Evaluations"][0] == 4
    assert Decimal(str(summary["Average score"][0])) == half_up_mean([r[1] for r in week])
    trend = [line for line in wb["Summary"].iter_rows(values_only=True) if str(line[0]).startswith("2026-W")]
    assert [line[0] for line in trend][-2:] == ["2026-W39", "2026-W40"] and len(trend) == 8
    calibration = {r["Evaluator"]: r for r in table(wb["Calibration"])[1]}
    # reference = the expert (no consensus recorded): 100.00; qa1 71.43, qa2 90.48
    assert Decimal(str(calibration["质检员甲"]["Mean deviation from reference"])) == Decimal("-28.57")
    assert Decimal(str(calibration["+qa2 formula"]["Mean deviation from reference"])) == Decimal("-9.52")
    assert calibration["质检员甲"]["Outcome"] == "harsh" and calibration["质检员甲"]["Reference"] == "expert"
    header, items = table(wb["Items"])
    greet = next(i for i in items if i["Item"] == "Standard greeting")
    assert greet["Failed"] == 0 and greet["Applicable"] == 4


def test_weekly_open_actions_and_an_empty_week(sqlite_db, tmp_path):
    seed(sqlite_db)
    path = tmp_path / "w42.xlsx"
    result = export_weekly(sqlite_db, "2026-W42", path, tz="UTC", today=dt.date(2026, 10, 25), lang="zh_CN")
    assert result.evaluations == 0 and result.average is None
    wb = load_workbook(path)
    header, actions = table(wb["未完成辅导行动"])
    assert len(actions) == 1
    assert actions[0]["行动项"] == "每天复听两通录音" and actions[0]["已逾期"] == "是"   # due 15 Oct, week ends 18 Oct
    # an empty table says so instead of showing a bare header
    assert [a["排名"] for a in table(wb["座席"])[1]] == ["本期无数据。"]


def test_cli_weekly(sqlite_db, tmp_path, capsys):
    from qa_desktop.cli import main

    seed(sqlite_db)
    db_path = str(sqlite_db.path)
    sqlite_db.dispose()
    out = tmp_path / "w.xlsx"
    assert main(["export", "weekly", "--db", db_path, "--week", "2026-W40", "--tz", "UTC", "-o", str(out)]) == 0
    assert "4 evaluations" in capsys.readouterr().out
    assert main(["export", "weekly", "--db", db_path, "--week", "2026-W60", "-o", str(out)]) == 2
