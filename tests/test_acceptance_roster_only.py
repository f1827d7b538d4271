"""Acceptance (issue 13): a call centre built from nothing but its HR roster and its recordings.

No demo: the QA lead creates the database, imports HR's GBK roster and the week's recordings with their
GBK call list through the command line, and draws the week's sample. New hires on probation get their
5 calls; the team lead reviews and records a dispute for an agent of their own team and is refused
for an agent of another team.
"""
from __future__ import annotations

import datetime as dt
import json
import struct
from collections import Counter

import pytest
import roster_files as rf
import workflow_builders as wb

from qa_desktop.cli import main
from qa_desktop.core import evaluations
from qa_desktop.core.db import open_database
from qa_desktop.core.errors import PermissionDenied
from qa_desktop.core.workflow import disputes, review

WEEK = "2026-W50"  # Monday 2026-12-07 … Sunday 2026-12-13


def ulaw_wav(payload: bytes) -> bytes:
    """A one-second G.711 µ-law telephone recording, as call platforms store them."""
    fmt = struct.pack("<HHIIHH", 7, 1, 8000, 8000, 1, 8) + b"\x00\x00"
    body = (b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt + b"fact" + struct.pack("<I", 4)
            + struct.pack("<I", len(payload)) + b"data" + struct.pack("<I", len(payload)) + payload)
    return b"RIFF" + struct.pack("<I", len(body)) + body


def write_week_of_calls(share, agent_codes, per_agent=80):
    """Every agent's calls of the week in dated folders, and the platform's GBK call list."""
    lines = ["录音文件,工号,通话时间,主叫,呼叫类型,方向"]
    n = 0
    for code in agent_codes:
        for index in range(per_agent):
            day = dt.date(2026, 12, 7) + dt.timedelta(days=index % 5)
            when = dt.datetime.combine(day, dt.time(9, 0)) + dt.timedelta(minutes=5 * (index // 5))
            folder = share / day.isoformat()
            folder.mkdir(parents=True, exist_ok=True)
            name = f"{code}_{when:%Y%m%d_%H%M%S}.wav"
            (folder / name).write_bytes(ulaw_wav(n.to_bytes(4, "little") * 2000))
            lines.append(f"{day.isoformat()}/{name},{code},{when:%Y-%m-%d %H:%M:%S},1390000{n:04d},"
                         f"{('投诉', '查询', '咨询')[n % 3]},呼入")
            n += 1
    manifest = share / "通话清单.csv"
    manifest.write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))
    return manifest


def cli(capsys, *argv, user="lead") -> dict | list:
    capsys.readouterr()
    code = main([*argv, "--json", "--user", user])
    out = capsys.readouterr().out
    assert code == 0, out
    return json.loads(out)


def test_centre_from_the_roster_alone_samples_new_hires_and_keeps_team_leads_to_their_teams(tmp_path, capsys):
    db = tmp_path / "centre.sqlite3"
    base = ["--db", str(db)]
    assert main(["users", "add", "lead", "--name", "质检组长", *base]) == 0  # the first user: QA lead
    for login, name, role in (("wangli", "王丽", "team_lead"), ("zhaoqiang", "赵强", "team_lead"),
                              ("eva", "评估员甲", "evaluator"), ("eve", "评估员乙", "evaluator")):
        assert main(["users", "add", login, "--name", name, "--role", role, *base, "--user", "lead"]) == 0
    # HR's roster: three new hires on probation, three long-standing agents, two teams with their 组长
    people = rf.january(probation_agents=3, general_agents=3)
    roster = rf.write_csv(tmp_path / "在职员工花名册.csv", rf.HEADERS_CN, rf.cn_rows(people), "gbk")
    report = cli(capsys, "roster", "import", str(roster), *base, "--as-of", "2026-12-01")
    assert report["counts"]["created"] == 6 and not report["leads_not_users"] and not report["problems"]
    teams = {p["code"]: p["team"] for p in people}

    share = tmp_path / "share"
    manifest = write_week_of_calls(share, [p["code"] for p in people])
    imported = cli(capsys, "import", str(share), "--manifest", str(manifest), *base)
    assert imported["counts"]["imported"] == 480 and not imported["agents_created"]

    sample = cli(capsys, "sample", "--week", WEEK, "--assign", *base)
    per_agent = Counter(call["agent_code"] for call in sample["calls"])
    categories = {call["agent_code"]: call["category"] for call in sample["calls"]}
    assert {code: per_agent[code] for code in ("90000", "90001", "90002")} == {"90000": 5, "90001": 5,
                                                                               "90002": 5}
    assert {categories[code] for code in ("90000", "90001", "90002")} == {"probation"}
    assert {per_agent[code] for code in ("80000", "80001", "80002")} == {2}

    # the evaluators score a call of each team (the form is the QA lead's, published)
    database = open_database(db)
    try:
        with database.write_session() as session:
            wb.form_version(session)
        results = {}
        for call in sample["calls"]:
            code = call["agent_code"]
            if code in ("90000", "90001") and code not in results:
                database.user_login = call["evaluator"]
                draft = evaluations.create_draft(database, call["call_id"], form_code="basic")
                # a failed call (30 points): it goes to the team lead's review
                results[code] = evaluations.submit(database, draft.id, wb.answers_for(30)).id
        assert (teams["90000"], teams["90001"]) == ("投诉一组", "咨询二组")
        # 王丽 leads 投诉一组 (named 组长 in the roster): she sees and reviews her team's result only
        database.user_login = "wangli"
        queue = review.review_queue(database, include_done=True)
        assert [row.evaluation_id for row in queue] == [results["90000"]]
        review.confirm(database, results["90000"], "听过录音，评分无误")
        today = dt.date.today()
        dispute = disputes.record_dispute(database, results["90000"], [{"item_code": "solve", "claim": "已解决"}],
                                          "座席认为问题已解决", today=today)
        assert dispute["status"] == "open"
        with pytest.raises(PermissionDenied) as refused:
            disputes.record_dispute(database, results["90001"], [{"item_code": "solve", "claim": "已解决"}],
                                    "", today=today)
        assert "wangli does not lead the team of agent 90001" in str(refused.value)
        with pytest.raises(PermissionDenied):
            review.confirm(database, results["90001"], "")
    finally:
        database.dispose()
