"""Coaching log, follow-ups into the sample, before/after pass rates, and the training-needs queries."""
from __future__ import annotations

import datetime as dt

import pytest
import workflow_builders as build
from sqlalchemy import select

from qa_desktop.core.db.models import ActionItem, Agent, AuditEntry, Role
from qa_desktop.core.errors import PermissionDenied
from qa_desktop.core.workflow import coaching, training
from qa_desktop.core.workflow.sampling import run_sample

COACHED_ON = dt.date(2026, 11, 11)


def _world(db):
    """Agent A1 fails 'close' 3 of 4 times before coaching and 1 of 4 after; B1 does well."""

    def work(s):
        build.user(s, "qa", Role.QA_LEAD)
        lead = build.user(s, "lead", Role.TEAM_LEAD)
        build.user(s, "lead_b", Role.TEAM_LEAD)
        ev = build.user(s, "eva", Role.EVALUATOR)
        team_a = build.team(s, "A", lead)
        team_b = build.team(s, "B")
        version = build.form_version(s)
        a1, b1 = build.agent(s, "A1", team_a), build.agent(s, "B1", team_b)
        ids = []
        # 50 = greet + polite (close failed), 70 = greet + close + polite (close passed)
        for n, total in enumerate([50, 50, 50, 70]):
            c = build.call(s, a1, dt.datetime(2026, 11, 2 + n, 10), external_id=f"a-before-{n}")
            ids.append(build.evaluation(s, c, ev, version, total=total).id)
        for n, total in enumerate([70, 70, 70, 50]):
            c = build.call(s, a1, dt.datetime(2026, 11, 16 + n, 10), external_id=f"a-after-{n}")
            build.evaluation(s, c, ev, version, total=total)
        for n in range(3):
            c = build.call(s, b1, dt.datetime(2026, 11, 3 + n, 10), external_id=f"b-{n}")
            build.evaluation(s, c, ev, version, total=100)
        return {"a1": a1.id, "b1": b1.id, "evaluations": ids}

    return db.write(work)


def test_record_session_with_links_actions_and_acknowledgement(any_db):
    ids = _world(any_db)
    any_db.user_login = "lead"
    row = coaching.record_session(
        any_db, ids["a1"], held_on=COACHED_ON, kind="offline", agreed="Always say the closing phrase",
        links=[(ids["evaluations"][0], "close"), (ids["evaluations"][1], None)],
        actions=[{"description": "Practise closing script", "owner": "A1", "due_on": dt.date(2026, 11, 13)}],
        follow_up_on=dt.date(2026, 11, 18))
    assert row["kind"] == "offline" and row["coach"] == "Lead" and row["follow_up_on"] == dt.date(2026, 11, 18)
    assert coaching.list_sessions(any_db, today=dt.date(2026, 11, 12))[0]["follow_up"] == "pending"
    assert row["links"] == [{"evaluation_id": ids["evaluations"][0], "item_code": "close"},
                            {"evaluation_id": ids["evaluations"][1], "item_code": None}]
    assert row["actions"][0]["owner"] == "A1" and row["acknowledged_at"] is None
    acked = coaching.acknowledge(any_db, row["id"], dt.datetime(2026, 11, 11, 16, 0))
    assert acked["acknowledged_at"] == dt.datetime(2026, 11, 11, 16, 0)
    done = coaching.set_action_status(any_db, row["actions"][0]["id"], "done")
    assert done["actions"][0]["status"] == "done" and done["actions"][0]["done_at"] is not None
    listed = coaching.list_sessions(any_db, today=dt.date(2026, 11, 20))
    assert [s["follow_up"] for s in listed] == ["overdue"]
    assert coaching.complete_follow_up(any_db, row["id"])["follow_up"] == "done"
    with any_db.read() as s:
        actions = [a.action for a in s.scalars(select(AuditEntry))]
        assert {"coaching.record", "coaching.acknowledge", "coaching.action_status",
                "coaching.follow_up_done"} <= set(actions)
        assert s.scalar(select(ActionItem)).status.value == "done"


def test_coaching_refusals(any_db):
    ids = _world(any_db)
    any_db.user_login = "lead"
    with pytest.raises(coaching.CoachingRefused, match="not on the form"):
        coaching.record_session(any_db, ids["a1"], held_on=COACHED_ON, links=[(ids["evaluations"][0], "nope")])
    with pytest.raises(coaching.CoachingRefused, match="before the session"):
        coaching.record_session(any_db, ids["a1"], held_on=COACHED_ON, follow_up_on=dt.date(2026, 11, 1))
    with pytest.raises(PermissionDenied):
        coaching.record_session(any_db, ids["b1"], held_on=COACHED_ON)  # not lead's team
    any_db.user_login = "lead_b"
    assert coaching.list_sessions(any_db) == []


def test_pass_rate_before_and_after_coaching(any_db):
    ids = _world(any_db)
    any_db.user_login = "eva"
    row = coaching.record_session(any_db, ids["a1"], held_on=COACHED_ON, kind="online",
                                  links=[(ids["evaluations"][0], "close"), (ids["evaluations"][0], "solve")])
    effect = {e["item_code"]: e for e in coaching.coaching_effect(any_db, row["id"])}
    assert effect["close"]["before"] == {"passed": 1, "evaluated": 4, "rate": 0.25}
    # after: 70 = greet + close + polite → close yes three times, 50 = greet + polite → no
    assert effect["close"]["after"] == {"passed": 3, "evaluated": 4, "rate": 0.75}
    assert effect["close"]["change"] == 0.5
    assert effect["solve"]["before"]["rate"] == 0.0 and effect["solve"]["after"]["rate"] == 0.0


def test_follow_up_goes_into_the_next_sample(any_db):
    ids = _world(any_db)
    any_db.write(lambda s: [build.call(s, s.get(Agent, ids["a1"]), dt.datetime(2026, 11, 23, 9) + dt.timedelta(hours=n))
                            for n in range(40)])
    any_db.user_login = "qa"
    row = coaching.record_session(any_db, ids["a1"], held_on=COACHED_ON)
    assert row["follow_up"] == "none"
    coaching.schedule_follow_up(any_db, row["id"], dt.date(2026, 11, 24))
    result = run_sample(any_db, "2026-W48", seed=3)
    assert [c["coaching_session_id"] for c in result["calls"] if c["category"] == "follow_up"] == [row["id"]]
    assert coaching.list_sessions(any_db)[0]["follow_up"] == "scheduled"
    assert coaching.list_sessions(any_db)[0]["sampled_in"] == "2026-W48"


def test_monthly_error_rates_and_training_ranking(any_db):
    _world(any_db)
    month = training.monthly_error_rates(any_db, "2026-11")
    assert month["evaluations"] == 11
    items = {r["item_code"]: r for r in month["items"]}
    # solve: A1 fails 8 of 8 (totals 50/80/70 never include solve), B1 passes 3 → 8/11
    assert items["solve"]["failed"] == 8 and items["solve"]["evaluated"] == 11
    assert month["items"][0]["item_code"] == "solve" and month["most_failed"][0]["item_code"] == "solve"
    teams = {(r["team"], r["item_code"]): r for r in month["teams"]}
    assert teams[("A", "solve")]["error_rate"] == 1.0 and teams[("B", "solve")]["error_rate"] == 0.0
    start, end = training.month_bounds("2026-11")
    assert training.item_error_rates(any_db, start, end) == month["items"]
    assert len(training.team_item_error_rates(any_db, start, end)) == 8
    ranking = training.training_ranking(any_db, start, end, bottom_n=1, top_n=1)
    assert [(r["agent_code"], r["rank"], r["group"]) for r in ranking] == [("B1", 1, "recording"),
                                                                            ("A1", 2, "one_to_one")]
    # defaults are shares (bottom 10 %, top 3 %, at least one agent each), not the seed's 100 / 30 of a
    # thousand-agent centre, which labelled every agent of a small centre "one-to-one"
    shares = training.training_ranking(any_db, start, end)
    assert [r["group"] for r in shares] == ["recording", "one_to_one"]
    both = training.training_ranking(any_db, start, end, bottom_n=100, top_n=30)  # numbers: bottom wins
    assert [r["group"] for r in both] == ["one_to_one", "one_to_one"]
    assert training.quota_size("10%", 39) == 4 and training.quota_size("100", 39) == 100
    with pytest.raises(Exception, match="share such as 10%"):
        training.quota_size("ten", 39)
    # an agent is ranked only on enough results (default 3): B1 has 3, so with 4 required B1 is unranked
    strict = training.training_ranking(any_db, start, end, min_evaluations=4)
    assert [(r["agent_code"], r["rank"]) for r in strict] == [("A1", 1), ("B1", None)]
    with pytest.raises(Exception, match="not a month"):
        training.month_bounds("2026-13")


def test_cli_training_needs_and_coaching_log(sqlite_db, capsys):
    import json

    from qa_desktop.cli import main

    ids = _world(sqlite_db)
    sqlite_db.user_login = "lead"
    coaching.record_session(sqlite_db, ids["a1"], held_on=COACHED_ON, agreed="closing phrase",
                            links=[(ids["evaluations"][0], "close")])
    path = str(sqlite_db.path)
    assert main(["training-needs", "--db", path, "--user", "qa", "--month", "2026-11", "--bottom", "1",
                 "--top", "1", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["evaluations"] == 11 and [r["group"] for r in data["ranking"]] == ["recording", "one_to_one"]
    # a team lead sees only their own team's figures
    assert main(["training-needs", "--db", path, "--user", "lead", "--month", "2026-11"]) == 0
    text = capsys.readouterr().out
    assert "8 evaluation(s)" in text and "B1" not in text
    assert main(["coaching", "--db", path, "--user", "lead"]) == 0
    assert "A1" in capsys.readouterr().out
    assert main(["training-needs", "--db", path, "--user", "qa", "--month", "2026-13"]) == 2
