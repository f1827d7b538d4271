"""A call list's 班组 and 入职日期 place agents HR has not named; the QA lead sees them as "not in the roster"."""
from __future__ import annotations

import datetime as dt
import json

import roster_files as rf
from sqlalchemy import select

from qa_desktop.cli import main
from qa_desktop.core.audio.synth import write_demo_call
from qa_desktop.core.db import open_database
from qa_desktop.core.db.models import Agent, AgentTeamPeriod, Team


def _call_list(share, rows) -> object:
    lines = ["录音文件,工号,坐席姓名,班组,入职日期,通话时间,主叫,呼叫类型"]
    for index, (code, name, team, hired) in enumerate(rows):
        path = share / f"{code}_{index}.wav"
        write_demo_call(path, seed=index, duration_s=3.0, fmt="pcm_mulaw")
        lines.append(f"{path.name},{code},{name},{team},{hired},2026-12-0{index + 1} 10:00:00,1381234567{index},投诉")
    manifest = share / "通话清单.csv"
    manifest.write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))
    return manifest


def test_call_list_places_new_agents_and_the_roster_takes_over(tmp_path, capsys):
    share = tmp_path / "share"
    share.mkdir()
    db = tmp_path / "qa.sqlite3"
    # 80000 is in HR's roster in 投诉一组; the call list wrongly says 咨询二组 and must not move them.
    roster = rf.write_csv(tmp_path / "roster.csv", rf.HEADERS_CN, rf.cn_rows(rf.january(0, 1)), "gbk")
    assert main(["roster", "import", str(roster), "--db", str(db)]) == 0
    manifest = _call_list(share, [("80000", "老员工0", "咨询二组", "2020-01-01"),
                                  ("95001", "新人甲", "投诉一组", "2026-11-20"),
                                  ("95002", "新人乙", "夜班组", "")])
    assert main(["import", str(share), "--manifest", str(manifest), "--db", str(db), "--json"]) == 0
    capsys.readouterr()
    assert main(["roster", "list", "--not-in-roster", "--json", "--db", str(db)]) == 0
    unplaced = {r["agent_code"]: r for r in json.loads(capsys.readouterr().out)}
    assert set(unplaced) == {"95001", "95002"}
    assert unplaced["95001"]["team"] == "投诉一组" and unplaced["95001"]["on_probation"]
    assert unplaced["95002"]["team"] == "夜班组" and unplaced["95002"]["hire_date"] is None
    database = open_database(db)
    try:
        with database.read() as session:
            agents = {a.agent_code: a for a in session.scalars(select(Agent))}
            teams = {t.id: t.name for t in session.scalars(select(Team))}
            assert teams[agents["80000"].team_id] == "投诉一组" and agents["80000"].hire_date == dt.date(2023, 1, 15)
            assert agents["95001"].probation_end == dt.date(2027, 2, 20)
    finally:
        database.dispose()
    # Next month HR names 95001 in 咨询二组 from 2026-12-10: placed, and the move is dated.
    people = rf.january(0, 1) + [rf.person("95001", "新人甲", "咨询二组", "赵强", "2026-11-20", "2027-02-20")]
    rows = [row + [""] for row in rf.cn_rows(people)]
    rows[1][-1] = "2026-12-10"
    roster = rf.write_csv(tmp_path / "roster-2.csv", rf.HEADERS_CN + ["调动日期"], rows, "gbk")
    assert main(["roster", "import", str(roster), "--db", str(db), "--json"]) == 0
    capsys.readouterr()
    assert main(["roster", "list", "--not-in-roster", "--json", "--db", str(db)]) == 0
    assert [r["agent_code"] for r in json.loads(capsys.readouterr().out)] == ["95002"]
    database = open_database(db)
    try:
        with database.read() as session:
            agent = session.scalar(select(Agent).where(Agent.agent_code == "95001"))
            periods = session.execute(select(Team.name, AgentTeamPeriod.valid_from, AgentTeamPeriod.valid_to)
                                      .join(Team, Team.id == AgentTeamPeriod.team_id)
                                      .where(AgentTeamPeriod.agent_id == agent.id)
                                      .order_by(AgentTeamPeriod.id)).all()
            assert agent.in_roster and periods == [("投诉一组", None, dt.date(2026, 12, 10)),
                                                   ("咨询二组", dt.date(2026, 12, 10), None)]
    finally:
        database.dispose()
