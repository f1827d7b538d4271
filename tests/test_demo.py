"""``qa-desktop demo`` gives a consistent, realistic database on SQLite and PostgreSQL."""
from __future__ import annotations

import json
import wave

import pytest
from sqlalchemy import func, select

from qa_desktop.cli import main
from qa_desktop.core.db.integrity import check_database
from qa_desktop.core.db.models import Agent, Assignment, Evaluation, User
from qa_desktop.core.demo import DemoOptions, build_demo
from qa_desktop.core.scoring import FormDefinition, score


def test_demo_builds_a_consistent_call_centre(any_db, tmp_path):
    summary = build_demo(any_db, DemoOptions(agents=9, calls=80, months=2, recordings=3, longest_recording_s=12,
                                             queue_size=3, recording_dir=tmp_path / "rec"))
    assert check_database(any_db).ok
    assert summary["agents"] == 9 and summary["calls"] == 80 and summary["evaluations"] > 10
    with any_db.read() as session:
        me = session.scalar(select(User).where(User.login == any_db.user_login))
        assigned = session.scalars(select(Assignment).where(Assignment.evaluator_id == me.id)).all()
        queue = [a for a in assigned if not a.call.evaluations]
        assert len(queue) == 3
        assert all(a.call.content_hash for a in queue), "queued calls have their own recording"
        assert summary["analysed"] == 3
        assert all("dead_air" in a.call.analysis and a.call.analysis["channels"] == 2 for a in queue)
        assert session.scalar(select(func.count()).select_from(Agent).where(Agent.probation_end.is_not(None))) == 9
        evaluation = session.scalars(select(Evaluation)).first()
        definition = FormDefinition.from_dict(evaluation.form_version.definition)
        assert score(definition, evaluation.answers, evaluation.comments).total == evaluation.score
        # rows inserted in bulk point at the rows they were made for: a coaching link or a disputed
        # item names an item that evaluation lost, a flag sits on that evaluation's call
        from qa_desktop.core.db.models import CoachingLink, DisputeItem, Flag

        failed = {e.id: set(e.breakdown["failed_items"]) for e in session.scalars(select(Evaluation))}
        links = session.scalars(select(CoachingLink)).all()
        disputed = session.scalars(select(DisputeItem)).all()
        assert links and all(link.item_code in failed[link.evaluation_id] for link in links)
        assert all(item.item_code in failed[item.dispute.evaluation_id] for item in disputed)
        flags = session.scalars(select(Flag).where(Flag.evaluation_id.is_not(None))).all()
        assert flags and all(flag.call_id == session.get(Evaluation, flag.evaluation_id).call_id for flag in flags)
    with wave.open(str(next((tmp_path / "rec").glob("*.wav")))) as recording:
        assert recording.getnchannels() == 2
    with pytest.raises(ValueError):
        build_demo(any_db, DemoOptions(recordings=0))


def test_demo_then_check_from_the_command_line(tmp_path, capsys):
    db = str(tmp_path / "demo.sqlite3")
    assert main(["--db", db, "demo", "--agents", "6", "--calls", "40", "--months", "1", "--recordings", "0",
                 "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["calls"] == 40
    assert main(["--db", db, "check", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] and report["counts"]["calls"] == 40
    with pytest.raises(SystemExit):
        main(["demo", "--agents", "many"])


def test_demo_lets_every_role_try_its_work_and_dates_nothing_after_now(sqlite_db):
    import datetime as dt

    from qa_desktop.core.db.models import (
        CalibrationSession,
        Call,
        CoachingSession,
        Dispute,
        DisputeStatus,
        Flag,
        FlagKind,
        FlagResolution,
        Role,
        Team,
    )
    from qa_desktop.core.reports.chart_data import load_chart_data
    from qa_desktop.core.workflow.disputes import record_dispute

    now = dt.datetime(2026, 11, 11, 9, 30)  # a Wednesday morning: calls "later today" would be in the future
    summary = build_demo(sqlite_db, DemoOptions(agents=12, calls=400, months=3, recordings=5, longest_recording_s=8,
                                                queue_size=3, now=now))
    assert summary["recording_dir"] == str(sqlite_db.path.with_name("qa_recordings"))
    assert len(list(sqlite_db.path.with_name("qa_recordings").iterdir())) == 5
    assert check_database(sqlite_db).ok
    with sqlite_db.read() as session:
        latest = [session.scalar(select(func.max(column))) for column in (
            Call.started_at, Evaluation.started_at, Evaluation.submitted_at, Evaluation.updated_at, Flag.raised_at,
            Dispute.created_at, Dispute.decided_at, CoachingSession.acknowledged_at)]
        assert all(moment <= now for moment in latest if moment is not None), latest
        assert session.scalar(select(func.max(CoachingSession.held_on))) <= now.date()
        roles = {role for (role,) in session.execute(select(User.role))}
        assert roles == set(Role)
        lead = session.scalar(select(User).join(Team, Team.lead_user_id == User.id))
        assert lead.role == Role.TEAM_LEAD and lead.team_id is not None
        assert session.scalar(select(func.count()).select_from(Dispute)
                              .where(Dispute.status == DisputeStatus.OPEN)) >= 1
        calibration = session.scalars(select(CalibrationSession)).one()
        assert len(calibration.calls) == 3 and len(calibration.participants) >= 3
        flagged = session.execute(
            select(Flag.evaluation_id, Team.lead_user_id).join(Call, Call.id == Flag.call_id)
            .join(Agent, Agent.id == Call.agent_id).join(Team, Team.id == Agent.team_id)
            .where(Flag.kind == FlagKind.REVIEW, Flag.resolution == FlagResolution.OPEN,
                   Flag.raised_at >= now - dt.timedelta(days=1))).first()
        lead_login = session.get(User, flagged.lead_user_id).login
        item = next(iter(session.get(Evaluation, flagged.evaluation_id).answers))
    sqlite_db.user_login = lead_login  # that agent's team lead, the day the result was given
    assert record_dispute(sqlite_db, flagged.evaluation_id, [{"item_code": item}], "坐席申诉",
                          today=now.date())["status"] == "open"
    chart = load_chart_data(sqlite_db, "month", "2026-11", trend_periods=6)
    assert chart.trend_periods[0] == "2026-08" and chart.overall_trend[0] is not None


def test_a_demo_cancelled_while_its_recordings_are_made_leaves_nothing_behind(sqlite_db, tmp_path):
    """The recordings are made on a worker thread beside the history: Cancel stops both, and the one
    transaction leaves the database empty, with no thread and no half-written recording left."""
    import threading

    from qa_desktop.core.db.models import Call
    from qa_desktop.core.errors import Cancelled
    from qa_desktop.core.progress import ProgressSink

    def cancel_once_history_starts(done, total, message):
        if done >= 2:  # the first evaluations are in; the recordings are still being made
            sink.cancel()

    sink = ProgressSink(cancel_once_history_starts)
    folder = tmp_path / "rec"
    with pytest.raises(Cancelled):
        build_demo(sqlite_db, DemoOptions(agents=6, calls=3000, months=1, recordings=6, recording_dir=folder),
                   progress=sink)
    with sqlite_db.read() as session:
        assert session.scalar(select(func.count()).select_from(Call)) == 0
    assert not [t for t in threading.enumerate() if t.name.startswith("demo-recordings")]
    assert not [p for p in folder.iterdir() if p.name.startswith(".")] if folder.exists() else True
    summary = build_demo(sqlite_db, DemoOptions(agents=6, calls=60, months=1, recordings=6, longest_recording_s=20,
                                                queue_size=3, recording_dir=folder))
    assert summary["analysed"] == 6 and len(list(folder.iterdir())) == 6
