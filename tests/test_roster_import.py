"""Importing HR's roster as the QA lead does: `qa-desktop roster import FILE`, then looking at the database."""
from __future__ import annotations

import datetime as dt
import json

import pytest
import roster_files as rf
import workflow_builders as wb
from sqlalchemy import select

from qa_desktop.cli import main
from qa_desktop.core.db import open_database
from qa_desktop.core.db.models import (
    Agent,
    AgentTeamPeriod,
    AuditEntry,
    Role,
    Team,
    User,
)
from qa_desktop.core.reports.dataset import (
    count_evaluations,
    load_lookups,
    stream_evaluations,
)
from qa_desktop.core.reports.period import ReportPeriod


def run(capsys, *argv) -> tuple[int, dict | list | str]:
    code = main(list(argv))
    out = capsys.readouterr().out
    try:
        return code, json.loads(out)
    except ValueError:
        return code, out


def agents_by_code(database) -> dict[str, Agent]:
    with database.read() as session:
        agents = {a.agent_code: a for a in session.scalars(select(Agent))}
        session.expunge_all()  # keep them readable after the read transaction ends
        return agents


def test_gbk_csv_with_chinese_headers_builds_agents_teams_and_probation(tmp_path, capsys):
    path = rf.write_csv(tmp_path / "花名册_2026-12.csv", rf.HEADERS_CN, rf.cn_rows(rf.january()), "gbk")
    db = tmp_path / "qa.sqlite3"
    code, report = run(capsys, "roster", "import", str(path), "--db", str(db), "--json", "--as-of", "2026-12-01")
    assert code == 0, report
    assert report["encoding"] == "gb18030" and report["counts"]["created"] == 12 and not report["problems"]
    assert set(report["teams_created"]) == {"投诉一组", "咨询二组"}
    assert {"team": "投诉一组", "lead": "王丽"} in report["leads_not_users"]
    database = open_database(db)
    try:
        agents = agents_by_code(database)
        with database.read() as session:
            teams = {t.id: t for t in session.scalars(select(Team))}
            assert {t.lead_name for t in teams.values()} == {"王丽", "赵强"}
            periods = session.scalars(select(AgentTeamPeriod)).all()
            session.expunge_all()
        new = agents["90000"]
        assert new.name == "新员工0" and teams[new.team_id].name == "投诉一组"
        assert new.hire_date == dt.date(2026, 11, 2) and new.probation_end == dt.date(2027, 2, 1)
        assert new.on_probation(dt.date(2026, 12, 7)) and new.direction == "inbound" and new.in_roster
        old = agents["80001"]
        # no 试用期至 given: three months after the hire date
        assert old.hire_date == dt.date(2023, 2, 15) and old.probation_end == dt.date(2023, 5, 15)
        assert not old.on_probation(dt.date(2026, 12, 7))
        assert len(periods) == 12 and all(p.valid_from is None and p.valid_to is None for p in periods)
    finally:
        database.dispose()
    # the same file again changes nothing
    code, again = run(capsys, "roster", "import", str(path), "--db", str(db), "--json", "--as-of", "2026-12-01")
    assert code == 0 and again["counts"]["created"] == 0 and again["counts"]["updated"] == 0
    assert again["counts"]["unchanged"] == 12
    code, listed = run(capsys, "roster", "list", "--db", str(db), "--json")
    assert [r["agent_code"] for r in listed][:3] == ["80000", "80001", "80002"]
    assert sum(r["on_probation"] for r in listed) == 3


def test_each_bad_row_is_one_report_line_and_the_rest_is_imported(tmp_path, capsys):
    people = rf.january(1, 3)
    rows = rf.cn_rows(people)
    rows.append(["5", "", "无工号", "客服中心", "投诉一组", "王丽", "2025-01-01", "", "在职", "", "呼入", ""])
    rows.append(["6", "77001", "日期错", "客服中心", "投诉一组", "王丽", "2025-13-45", "", "在职", "", "呼入", ""])
    rows.append(["7", "77002", "状态错", "客服中心", "投诉一组", "王丽", "2025-01-01", "", "休假", "", "呼入", ""])
    rows.append(["8", "80001", "重复", "客服中心", "投诉一组", "王丽", "2025-01-01", "", "在职", "", "呼入", ""])
    path = rf.write_csv(tmp_path / "roster.csv", rf.HEADERS_CN, rows, "gb18030")
    db = tmp_path / "qa.sqlite3"
    code, report = run(capsys, "roster", "import", str(path), "--db", str(db), "--json")
    assert code == 1
    assert [(p["line"], p["code"]) for p in report["problems"]] == [
        (6, "missing_code"), (7, "bad_date"), (8, "bad_status"), (9, "duplicate_code")]
    assert report["counts"]["created"] == 4
    database = open_database(db)
    try:
        assert set(agents_by_code(database)) == {"80000", "80001", "80002", "90000"}
        assert agents_by_code(database)["80001"].name == "老员工1"  # the duplicate did not overwrite
    finally:
        database.dispose()
    code, _text = run(capsys, "roster", "import", str(path), "--db", str(db))
    assert "line 7 (77001): unrecognised date/time '2025-13-45'" in _text


def test_xlsx_with_english_headers_and_excel_dates(tmp_path, capsys):
    rows = [[1, 10023, "Li Na", "Billing", "Zhou Min", dt.datetime(2026, 10, 8), dt.datetime(2027, 1, 7), "Active",
             None, "outbound"],
            [2, 10024, "Wang Wei", "Billing", "Zhou Min", dt.datetime(2021, 3, 1), None, "Left",
             dt.datetime(2026, 11, 30), "inbound"]]
    path = rf.write_xlsx(tmp_path / "roster.xlsx", rf.HEADERS_EN, rows)
    db = tmp_path / "qa.sqlite3"
    code, report = run(capsys, "roster", "import", str(path), "--db", str(db), "--json")
    assert code == 0, report
    database = open_database(db)
    try:
        agents = agents_by_code(database)
        assert agents["10023"].probation_end == dt.date(2027, 1, 7) and agents["10023"].direction == "outbound"
        assert agents["10024"].active is False and agents["10024"].left_on == dt.date(2026, 11, 30)
    finally:
        database.dispose()


@pytest.mark.parametrize("encoding", ["big5", "utf-8-sig"])
def test_big5_and_bom_with_traditional_headers(tmp_path, capsys, encoding):
    rows = [["1", "A100", "陳靜", "客服部", "投訴組", "林志明", "2026-09-01", "2026-12-01", "在職", "", "呼入"],
            ["2", "A101", "黃美玲", "客服部", "查詢組", "林志明", "2019-05-20", "", "離職", "2026-10-31", "呼出"]]
    path = rf.write_csv(tmp_path / "名冊.csv", rf.HEADERS_TW, rows, encoding)
    db = tmp_path / "qa.sqlite3"
    code, report = run(capsys, "roster", "import", str(path), "--db", str(db), "--json")
    assert code == 0, report
    database = open_database(db)
    try:
        agents = agents_by_code(database)
        assert agents["A100"].name == "陳靜" and agents["A100"].probation_end == dt.date(2026, 12, 1)
        assert agents["A101"].active is False and agents["A101"].direction == "outbound"
        with database.read() as session:
            assert set(session.scalars(select(Team.name))) == {"投訴組", "查詢組"}
    finally:
        database.dispose()


def test_a_file_that_is_not_a_roster_changes_nothing(tmp_path, capsys):
    path = rf.write_csv(tmp_path / "calls.csv", ["录音文件", "通话时间"], [["a.wav", "2026-12-01 10:00"]], "gbk")
    db = tmp_path / "qa.sqlite3"
    assert main(["roster", "import", str(path), "--db", str(db)]) == 2
    assert "no column names the employee number (工号)" in capsys.readouterr().err


def test_a_failure_while_writing_leaves_nothing_half_imported(tmp_path, monkeypatch):
    from qa_desktop.core.roster import importer

    path = rf.write_csv(tmp_path / "roster.csv", rf.HEADERS_CN, rf.cn_rows(rf.january()), "gbk")
    database = open_database(tmp_path / "qa.sqlite3")
    real = importer.audit.record

    def failing(session, login, action, entity, *args, **kwargs):
        if action == "import":
            raise OSError("the network drive went away")
        return real(session, login, action, entity, *args, **kwargs)

    monkeypatch.setattr(importer.audit, "record", failing)
    try:
        with pytest.raises(OSError):
            importer.import_roster(database, path)
        with database.read() as session:
            assert session.scalars(select(Agent)).all() == [] and session.scalars(select(Team)).all() == []
    finally:
        database.dispose()


def test_next_months_export_records_a_transfer_and_a_leaver_and_reports_follow_the_call_date(
        tmp_path, capsys, monkeypatch):
    db = tmp_path / "qa.sqlite3"
    people = rf.january()
    december = rf.write_csv(tmp_path / "2026-12.csv", rf.HEADERS_CN, rf.cn_rows(people), "gbk")
    assert main(["roster", "import", str(december), "--db", str(db), "--as-of", "2026-12-01"]) == 0
    capsys.readouterr()
    # January: 80000 moves from 投诉一组 to 咨询二组 on 2027-01-11 (the export says so in 调动日期),
    # 80002 leaves on 2027-01-20, and the rest stays.
    header = rf.HEADERS_CN + ["调动日期"]
    rows = [row + [""] for row in rf.cn_rows(people)]
    rows[0][4], rows[0][5], rows[0][-1] = "咨询二组", "赵强", "2027-01-11"
    rows[2][8], rows[2][9] = "离职", "2027-01-20"
    january = rf.write_csv(tmp_path / "2027-01.csv", header, rows, "gbk")
    code, report = run(capsys, "roster", "import", str(january), "--db", str(db), "--json", "--as-of", "2027-01-31")
    assert code == 0, report
    assert report["transferred"] == [{"agent_code": "80000", "to": "咨询二组", "effective": "2027-01-11"}]
    assert report["left"] == ["80002"] and report["counts"]["updated"] == 2 and report["counts"]["unchanged"] == 10
    database = open_database(db)
    try:
        with database.write_session() as session:
            teams = {t.name: t.id for t in session.scalars(select(Team))}
            mover = session.scalar(select(Agent).where(Agent.agent_code == "80000"))
            leaver = session.scalar(select(Agent).where(Agent.agent_code == "80002"))
            assert mover.team_id == teams["咨询二组"]
            assert leaver.active is False and leaver.left_on == dt.date(2027, 1, 20)
            periods = [(p.team_id, p.valid_from, p.valid_to) for p in session.scalars(
                select(AgentTeamPeriod).where(AgentTeamPeriod.agent_id == mover.id).order_by(AgentTeamPeriod.id))]
            assert periods == [(teams["投诉一组"], None, dt.date(2027, 1, 11)),
                               (teams["咨询二组"], dt.date(2027, 1, 11), None)]
            evaluator = wb.user(session, "eva", Role.EVALUATOR)
            version = wb.form_version(session)
            for agent, day in ((mover, 5), (mover, 14), (leaver, 8)):
                call = wb.call(session, agent, dt.datetime(2027, 1, day, 3, 0), external_id=f"{agent.agent_code}-{day}")
                evaluation = wb.evaluation(session, call, evaluator, version, wb.answers_for(80))
                evaluation.submitted_at = dt.datetime(2027, 1, 25, 3, 0)
        with database.read() as session:
            period = ReportPeriod.month("2027-01", "Asia/Shanghai")
            assert count_evaluations(session, period, teams["投诉一组"]) == 2  # 80000 on the 5th, 80002
            assert count_evaluations(session, period, teams["咨询二组"]) == 1  # 80000 on the 14th
            lookups = load_lookups(session, "zh_CN")
            records = [r for chunk in stream_evaluations(session, period, lookups) for r in chunk]
            by_call = {r.call_external_id: r.team_id for r in records}
            assert by_call == {"80000-5": teams["投诉一组"], "80000-14": teams["咨询二组"],
                               "80002-8": teams["投诉一组"]}
            assert session.scalar(select(AuditEntry).where(AuditEntry.action == "transfer")) is not None
        # the training needs (error rates per team) place calls the same way
        from qa_desktop.core.workflow.training import monthly_error_rates

        assert monthly_error_rates(database, "2027-01", team_ids=[teams["投诉一组"]])["evaluations"] == 2
        assert monthly_error_rates(database, "2027-01", team_ids=[teams["咨询二组"]])["evaluations"] == 1
    finally:
        database.dispose()
    code, listed = run(capsys, "roster", "list", "--db", str(db), "--json", "--all")
    assert {r["agent_code"]: r["active"] for r in listed}["80002"] is False


def test_only_a_qa_lead_imports_the_roster_once_people_use_the_database(tmp_path, capsys):
    db = tmp_path / "qa.sqlite3"
    database = open_database(db)
    database.write(lambda s: s.add_all([User(login="lead", display_name="Lead", role=Role.QA_LEAD),
                                        User(login="eva", display_name="Eva", role=Role.EVALUATOR)]))
    database.dispose()
    path = rf.write_csv(tmp_path / "roster.csv", rf.HEADERS_CN, rf.cn_rows(rf.january()), "gbk")
    assert main(["roster", "import", str(path), "--db", str(db), "--user", "eva"]) == 2
    assert "only a QA lead may import the roster" in capsys.readouterr().err
    assert main(["roster", "import", str(path), "--db", str(db), "--user", "lead"]) == 0
