"""The month's excellent and failing recordings: proposed per agent, picked with commentary, exported as a
training pack a trainer can use offline (renamed audio, an index workbook, an M3U playlist); failed calls
not yet coached are listed per team lead."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from qa_desktop import cli
from qa_desktop.core.db import open_database
from qa_desktop.core.demo import DemoOptions, build_demo


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "centre.sqlite3"
    database = open_database(path)
    database.user_login = "qa.li"
    build_demo(database, DemoOptions(agents=8, calls=240, months=2, recordings=2, queue_size=2))
    # The demo's agents rarely fail; make last month's three lowest results failing ones (one fatal).
    from sqlalchemy import select

    from qa_desktop.core.db.models import Call, Evaluation

    first = (dt.date.today().replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    with database.engine.begin() as connection:
        lowest = connection.execute(select(Evaluation.id).join(Call, Call.id == Evaluation.call_id)
                                    .where(Call.started_at >= first).order_by(Evaluation.score)
                                    .limit(3)).scalars().all()
        for n, evaluation_id in enumerate(lowest):
            connection.execute(Evaluation.__table__.update().where(Evaluation.id == evaluation_id).values(
                grade="fail", score=45 + n, fatal_failed=n == 0))
    database.dispose()
    return str(path)


def _run(capsys, *argv) -> dict | list:
    assert cli.main([*argv, "--json"]) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


def test_pick_and_export_the_months_recordings(demo, capsys, tmp_path):
    today = dt.date.today()
    month = f"{(today.replace(day=1) - dt.timedelta(days=1)):%Y-%m}"  # last month: full of results
    proposals = _run(capsys, "recordings", "propose", "--month", month, "--db", demo, "--user", "qa.lead")
    excellent = next(p for p in proposals if p["kind"] == "excellent")
    failing = next(p for p in proposals if p["kind"] == "failing")
    assert not excellent["picked"] and failing["score"] < excellent["score"]
    _run(capsys, "recordings", "pick", excellent["external_id"], "--excellent", "--comment",
         "开场报工号、结束语完整，可作为新员工范例", "--db", demo, "--user", "qa.lead")
    _run(capsys, "recordings", "pick", failing["external_id"], "--failing", "--comment",
         "=未经同意让客户等待超过一分钟", "--db", demo, "--user", "qa.lead")
    again = _run(capsys, "recordings", "propose", "--month", month, "--db", demo, "--user", "qa.lead")
    assert {(p["call_id"], p["picked"]) for p in again} >= {(excellent["call_id"], True), (failing["call_id"], True)}

    pack = tmp_path / "培训录音"
    result = _run(capsys, "recordings", "export", "--month", month, "-o", str(pack), "--db", demo, "--user", "qa.lead")
    assert result["recordings"] >= 2 and result["missing"] == []  # ours and the demo's own picks
    audio = sorted(p.name for p in pack.iterdir() if p.suffix.lower() in (".wav", ".mp3", ".ogg", ".flac"))
    assert any(name.startswith(f"优秀录音_{excellent['agent_code']}_") for name in audio)
    assert any(name.startswith(f"不合格录音_{failing['agent_code']}_") for name in audio)
    playlist = Path(result["playlist"]).read_text(encoding="utf-8").splitlines()
    assert playlist[0] == "#EXTM3U" and set(audio) <= set(playlist)
    sheet = load_workbook(result["index"]).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("类别", "座席", "班组")
    commentary = {row[6] for row in rows[1:]}
    assert "开场报工号、结束语完整，可作为新员工范例" in commentary
    formula_cell = next(c for c in sheet["G"] if c.value == "=未经同意让客户等待超过一分钟")
    assert formula_cell.data_type == "s"  # a comment starting with '=' stays text
    assert not [p for p in pack.iterdir() if p.name.startswith(".qa-pack-")]  # no temporary leftovers


def test_failed_calls_not_yet_coached_per_team_lead(demo, capsys):
    from qa_desktop.core.workflow import coaching

    owed = _run(capsys, "recordings", "uncoached", "--db", demo, "--user", "qa.lead")
    assert owed and all(r["score"] is not None for r in owed)
    first = owed[0]
    lead = _run(capsys, "recordings", "uncoached", "--db", demo, "--user", "tl.1")
    assert len({r["team"] for r in lead}) <= 1  # a team lead sees their own team only
    database = open_database(demo)
    database.user_login = "qa.lead"
    coaching.record_session(database, _agent_id(database, first), held_on=dt.date.today(), agreed="逐项复盘",
                            links=[(first["evaluation_id"], None)])
    database.dispose()
    after = _run(capsys, "recordings", "uncoached", "--db", demo, "--user", "qa.lead")
    assert first["evaluation_id"] not in {r["evaluation_id"] for r in after} and len(after) == len(owed) - 1


def _agent_id(database, row) -> int:
    from sqlalchemy import select

    from qa_desktop.core.db.models import Agent

    with database.read() as session:
        return session.scalar(select(Agent.id).where(Agent.agent_code == row["agent_code"]))


def test_a_qa_lead_picks_and_exports_from_the_coaching_page(demo, qtbot, tmp_path, monkeypatch):
    """Coaching → Recordings of the month: select a proposal, type the commentary, Enter; Export training
    pack… with a folder chosen in the dialog; the flag is in the database and the pack on disk."""
    from PySide6.QtWidgets import QFileDialog
    from sqlalchemy import select

    from qa_desktop.core.db.models import Flag, FlagKind
    from qa_desktop.core.users import find_user
    from qa_desktop.ui.coaching.page import CoachingPage
    from qa_desktop.ui.context import AppContext
    from qa_desktop.ui.settings import AppSettings

    database = open_database(demo)
    database.user_login = "qa.lead"
    page = CoachingPage(AppContext(database, find_user(database, "qa.lead"), AppSettings()))
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    tab = page.recordings_tab
    page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.proposals.rowCount() > 0)  # read in the background
    row = next(n for n in range(tab.proposals.rowCount()) if not tab.proposals.row(n)["picked"])
    tab.view.selectRow(row)
    chosen = tab.proposals.row(row)
    tab.commentary.setFocus()
    tab.commentary.insert("语速过快，复述客户问题不完整")  # typed through the input method
    qtbot.keyClick(tab.commentary, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.message.text() == "Kept as an example.", timeout=20000)
    with database.read() as session:
        flag = session.scalar(select(Flag).where(Flag.call_id == chosen["call_id"],
                                                 Flag.kind == FlagKind(chosen["kind"])))
        assert flag is not None and flag.reason == "语速过快，复述客户问题不完整"
    # the list shows it kept, the same row still selected for the next one
    qtbot.waitUntil(lambda: any(r["call_id"] == chosen["call_id"] and r["picked"] for r in tab.proposals.rows),
                    timeout=20000)
    assert tab.view.currentIndex().row() == row and tab.commentary.text() == ""
    pack = tmp_path / "pack"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(pack))
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pack.exists() and any(p.suffix == ".m3u" for p in pack.iterdir()), timeout=20000)
    qtbot.waitUntil(lambda: any(p.suffix == ".xlsx" for p in pack.iterdir()), timeout=20000)
    assert any(chosen["agent_code"] in p.name for p in pack.iterdir())
    database.dispose()
