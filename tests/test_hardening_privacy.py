"""Customer numbers stay masked however they are written, and search text is text, not a pattern.

- ``138.1234.5678``, ``138/1234/5678``, ``138－1234－5678`` (full-width hyphens), full-width digits and
  dashes are masked in exported text like ``13812345678``; dates and scores are left alone;
- a number typed into a call list's queue or call-type column is stored masked;
- ``%`` and ``_`` typed into a search box are searched for, not used as wildcards, in every search
  (call library, work queue, roster, transcripts) and in relinking a Windows share.
"""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from qa_desktop.cli import main
from qa_desktop.core.audio.synth import write_demo_call
from qa_desktop.core.db.models import Agent, Call, CallTranscript
from qa_desktop.core.library.catalogue import list_calls
from qa_desktop.core.library.importer import import_recordings
from qa_desktop.core.library.relink import relink_prefix
from qa_desktop.core.reports.privacy import mask_customer_numbers
from qa_desktop.core.roster.agents import list_roster
from qa_desktop.core.work_queue import search_library
from tests import workflow_builders as build

WRITTEN_NUMBERS = ["138.1234.5678", "138/1234/5678", "138－1234－5678", "138—1234—5678", "138．1234．5678",
                   "１３８１２３４５６７８", "138 1234 5678", "+86 138-1234-5678", "（010）1234－8888"]


@pytest.mark.parametrize("number", WRITTEN_NUMBERS)
def test_numbers_written_any_way_are_masked(number):
    masked = mask_customer_numbers(f"客户 {number} 要求回电")
    middle = "1234" if "1234" in number else "１２３４"
    assert middle not in masked and masked.startswith("客户 ") and masked.endswith(" 要求回电")
    assert masked.count("*") >= 4


@pytest.mark.parametrize("text", ["on 2026-10-15, score 85.50, 工号 1008", "2026.10.15 09:30", "2026/10/15",
                                  "2026－10－15", "scores 1.5 2.5 3.5 4.5", "09:30:00", "138****5678"])
def test_dates_scores_and_masked_numbers_are_left_alone(text):
    assert mask_customer_numbers(text) == text


def test_exported_workbook_masks_numbers_in_every_notation(sqlite_db, tmp_path, capsys):
    submitted = dt.datetime(2026, 10, 12, 10, 0)

    def work(session):
        team = build.team(session, "一组")
        qa = build.user(session, "qa1", team_row=team)
        version = build.form_version(session)
        for index, number in enumerate(WRITTEN_NUMBERS):
            agent = build.agent(session, f"A{index:03d}", team_row=team)
            call = build.call(session, agent, submitted - dt.timedelta(hours=3), external_id=f"C{index}")
            evaluation = build.evaluation(session, call, qa, version, total=80, submitted_at=submitted)
            evaluation.summary = f"客户 {number} 要求回电"
            evaluation.comments = {"greet": f"回拨 {number}"}

    sqlite_db.write(work)
    out = tmp_path / "october.xlsx"
    assert main(["--db", str(sqlite_db.path), "export", "monthly", "--month", "2026-10", "--tz", "UTC",
                 "-o", str(out)]) == 0
    texts = [str(cell) for sheet in load_workbook(out, read_only=True).worksheets
             for row in sheet.iter_rows(values_only=True) for cell in row if cell is not None]
    noted = [text for text in texts if "要求回电" in text or "回拨" in text]
    assert len(noted) >= len(WRITTEN_NUMBERS)
    leaks = [text for text in noted if "1234" in text or "１２３４" in text]
    assert not leaks


def test_a_number_in_the_queue_column_is_stored_masked(sqlite_db, tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    write_demo_call(share / "a.wav", seed=1, duration_s=2.0)
    write_demo_call(share / "b.wav", seed=2, duration_s=2.0)
    manifest = tmp_path / "calls.csv"
    manifest.write_text("录音文件,坐席工号,队列,呼叫类型\n"
                        "a.wav,1001,VIP回拨 138.1234.5678,投诉\n"
                        "b.wav,1002,普通,回访 13912345678\n", encoding="utf-8")
    report = import_recordings(sqlite_db, share, manifest=manifest)
    assert report.counts["imported"] == 2
    with sqlite_db.read() as session:
        calls = {c.recording_path.rsplit("/", 1)[-1]: (c.queue, c.call_type) for c in session.scalars(select(Call))}
    assert calls["a.wav"] == ("VIP回拨 138.****.5678", "投诉")
    assert calls["b.wav"] == ("普通", "回访 139****5678")


@pytest.fixture
def searchable(sqlite_db):
    """Calls, agents and transcripts whose names hold _ and %, and look-alikes that a wildcard would match."""
    def work(session):
        team = build.team(session, "Team_A")
        other = build.team(session, "TeamXA")
        agents = {code: build.agent(session, code, team_row=team if code.startswith("A_") else other)
                  for code in ("A_01", "AX01", "B%50", "B150")}
        for code, agent in agents.items():
            agent.name = f"name {code}"
            call = build.call(session, agent, dt.datetime(2026, 10, 1, 9), external_id=f"C-{code}")
            session.add(CallTranscript(call_id=call.id, side="customer", lines=[], text=f"the customer said {code}",
                                       source="test"))

    sqlite_db.write(work)
    return sqlite_db


@pytest.mark.parametrize(("text", "expected"), [("A_01", {"A_01"}), ("B%50", {"B%50"}), ("%", {"B%50"}),
                                                 ("_", {"A_01"}), ("a_0", {"A_01"})])
def test_library_search_takes_percent_and_underscore_literally(searchable, text, expected):
    assert {row["agent_code"] for row in list_calls(searchable, search=text)} == expected


@pytest.mark.parametrize(("text", "expected"), [("A_01", {"A_01"}), ("B%50", {"B%50"}), ("%", {"B%50"})])
def test_work_queue_search_takes_percent_and_underscore_literally(searchable, text, expected):
    assert {row.agent_code for row in search_library(searchable, text)} == expected


@pytest.mark.parametrize(("text", "expected"), [("A_01", {"A_01"}), ("B%50", {"B%50"}), ("%", {"B%50"}),
                                                 ("Team_", {"A_01"})])
def test_roster_search_takes_percent_and_underscore_literally(searchable, text, expected):
    assert {entry.agent_code for entry in list_roster(searchable, search=text)} == expected


def test_transcript_search_takes_percent_and_underscore_literally(searchable):
    from qa_desktop.core.transcripts.store import search_transcripts

    with searchable.read() as session:
        ids = set(session.scalars(search_transcripts("said A_0")))
        codes = set(session.scalars(select(Agent.agent_code).join(Call, Call.agent_id == Agent.id)
                                    .where(Call.id.in_(ids))))
    assert codes == {"A_01"}


def test_relink_of_a_windows_drive_prefix(sqlite_db):
    def work(session):
        for path in (r"D:\rec\2026\a.wav", r"D:\rec\2026\b.wav", r"D%\rec\c.wav", "/mnt/rec/d.wav"):
            session.add(Call(recording_path=path))

    sqlite_db.write(work)
    summary = relink_prefix(sqlite_db, "D:\\rec", "/mnt/share/rec", dry_run=True)
    assert summary["calls"] == 2
    unc = relink_prefix(sqlite_db, "\\\\nas01\\rec", "/mnt/x", dry_run=True)
    assert unc["calls"] == 0


def test_relink_of_a_unc_prefix(sqlite_db):
    def work(session):
        for path in (r"\\nas01\rec\a.wav", r"\\nas01\rec\b.wav", r"\\nas02\rec\c.wav"):
            session.add(Call(recording_path=path))

    sqlite_db.write(work)
    assert relink_prefix(sqlite_db, "\\\\nas01\\rec", "R:\\rec", dry_run=True)["calls"] == 2


def test_no_query_uses_a_bare_like():
    """Every LIKE in the core escapes the user's text (autoescape); a new bare .like() / .ilike() is a leak."""
    import pathlib
    import re

    root = pathlib.Path(__file__).resolve().parents[1] / "qa_desktop"
    bare = [f"{path.relative_to(root)}:{n}" for path in root.rglob("*.py")
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if re.search(r"\.i?like\(", line) and "escape" not in line]
    assert not bare


def test_v6_database_gets_numbers_in_queue_and_call_type_masked(tmp_path):
    """Calls imported before the importer masked these columns are masked by the v7 upgrade; the rest of
    the call, and calls without numbers, stay as they were."""
    import sqlite3

    from qa_desktop.core.db import open_database

    db = tmp_path / "team.sqlite3"
    open_database(db).dispose()
    with sqlite3.connect(db) as raw:  # a v6 database holding calls imported the old way
        for table in ("training_trainees", "training_sessions", "training_plans"):  # v9 did not exist yet
            raw.execute(f"DROP TABLE {table}")
        raw.execute("DROP TABLE topic_calls")  # v8 (topic QA) did not exist yet
        raw.execute("DROP TABLE topics")
        raw.execute("UPDATE schema_version SET version = 6")
        raw.executemany("INSERT INTO calls (recording_path, queue, call_type, duration_s, recording_missing, "
                        "row_version, imported_at, risk_count) VALUES (?, ?, ?, ?, 0, 1, '2026-10-16 08:00:00', 0)",
                        [("/r/a.wav", "VIP回拨 138.1234.5678", "投诉", 95.0),
                         ("/r/b.wav", "普通", "回访 13912345678", 120.0),
                         ("/r/c.wav", "2026-10-15 队列 3", None, 30.0)])
    database = open_database(db)
    try:
        with database.read() as session:
            rows = {c.recording_path: (c.queue, c.call_type, c.duration_s) for c in session.scalars(select(Call))}
    finally:
        database.dispose()
    assert rows == {"/r/a.wav": ("VIP回拨 138.****.5678", "投诉", 95.0),
                    "/r/b.wav": ("普通", "回访 139****5678", 120.0),
                    "/r/c.wav": ("2026-10-15 队列 3", None, 30.0)}
    assert sorted(p.name for p in tmp_path.glob("*.before-schema-v6-*"))  # the upgrade kept a copy first
