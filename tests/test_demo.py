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
