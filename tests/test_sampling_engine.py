"""The weekly sample: quotas per agent, rate cap, call types, reproducibility, assignment, intervals."""
from __future__ import annotations

import datetime as dt
import json
from collections import Counter

import pytest
import workflow_builders as build
from scipy import stats
from sqlalchemy import select

from qa_desktop.core.db.models import Assignment, AuditEntry, CoachingSession, Role, Sample
from qa_desktop.core.errors import PermissionDenied
from qa_desktop.core.workflow.confidence import score_interval
from qa_desktop.core.workflow.sampling import PeriodInvalid, SeedMismatch, parse_week, run_sample
from qa_desktop.core.workflow.sampling_plan import DEFAULT_PLAN, SamplingPlanInvalid, save_plan

W46 = dt.datetime(2026, 11, 9, 9, 0)   # Monday of 2026-W46
W45 = dt.datetime(2026, 11, 2, 9, 0)
TYPES = ["inquiry", "complaint", "booking"]
SMALL_RANKING = {"inbound": {"top": 1, "bottom": 1}, "outbound": {"top": 0, "bottom": 0}}


def _world(db, calls_per_agent=60, evaluators=("eva", "evb", "evc")):
    """Teams A/B; agents P1 (probation), G1 (last week's best), G2 (worst), G3; a QA lead 'tester'."""

    def work(s):
        lead = build.user(s, "tester", Role.QA_LEAD)
        team_a, team_b = build.team(s, "A"), build.team(s, "B")
        evs = {}
        for n, login in enumerate(evaluators):
            evs[login] = build.user(s, login, Role.EVALUATOR, [team_a, team_b, None][n % 3])
        agents = {
            "P1": build.agent(s, "P1", team_a, probation_end=dt.date(2026, 12, 31)),
            "G1": build.agent(s, "G1", team_a), "G2": build.agent(s, "G2", team_b), "G3": build.agent(s, "G3", team_b),
        }
        version = build.form_version(s)
        for code, agent in agents.items():
            for n in range(calls_per_agent):
                build.call(s, agent, W46 + dt.timedelta(hours=n * 2), TYPES[n % 2], external_id=f"{code}-{n}")
        for code, totals in {"G1": [100, 100], "G2": [30, 40], "G3": [70, 80]}.items():
            for n, total in enumerate(totals):
                c = build.call(s, agents[code], W45 + dt.timedelta(hours=n), "inquiry", external_id=f"{code}-w45-{n}")
                build.evaluation(s, c, lead, version, total=total)
        return {"agents": {k: v.id for k, v in agents.items()}, "version": version.id,
                "evaluators": {k: v.id for k, v in evs.items()}, "lead": lead.id}

    return db.write(work)


def _plan(db, **changes):
    plan = {"ranking": SMALL_RANKING, **changes}
    return save_plan(db, "default", plan)


def _per_agent(result):
    return Counter(c["agent_code"] for c in result["calls"])


def test_week_parsing_refuses_nonsense():
    week = parse_week("2026-W46")
    assert (week.start, week.end) == (dt.date(2026, 11, 9), dt.date(2026, 11, 16))
    with pytest.raises(PeriodInvalid):
        parse_week("2026-46")
    with pytest.raises(PeriodInvalid):
        parse_week("2026-W54")


def test_default_plan_follows_the_seed_quotas():
    assert DEFAULT_PLAN["quotas"]["probation"] == 5
    assert DEFAULT_PLAN["quotas"]["general"] == 2
    assert DEFAULT_PLAN["quotas"]["bottom"] == 3
    assert DEFAULT_PLAN["quotas"]["top"] == 0
    assert DEFAULT_PLAN["ranking"] == {"outbound": {"top": 5, "bottom": 5}, "inbound": {"top": 1, "bottom": 5}}


def test_quotas_by_category_and_last_weeks_ranking(any_db):
    _world(any_db)
    _plan(any_db)
    result = run_sample(any_db, "2026-W46", seed=7)
    categories = {a["agent_code"]: a["category"] for a in result["agents"]}
    assert categories == {"P1": "probation", "G1": "top", "G2": "bottom", "G3": "general"}
    assert _per_agent(result) == {"P1": 5, "G2": 3, "G3": 2}
    assert result["period_calls"] == 240 and result["selected"] == 10
    assert result["shortfalls"] == []
    # every sampled call is in the week and belongs to the agent it is counted for
    for call in result["calls"]:
        assert call["external_id"].startswith(call["agent_code"] + "-") and "w45" not in call["external_id"]


def test_same_seed_same_calls_and_rerun_keeps_them(any_db, tmp_path):
    ids = _world(any_db)
    _plan(any_db)
    first = run_sample(any_db, "2026-W46", seed=1234)
    # A call of the sample gets evaluated; the rerun must still give exactly the same calls.
    evaluated = first["calls"][0]["call_id"]

    def evaluate(s):
        from qa_desktop.core.db.models import Call, FormVersion, User

        build.evaluation(s, s.get(Call, evaluated), s.get(User, ids["lead"]), s.get(FormVersion, ids["version"]))

    any_db.write(evaluate)
    again = run_sample(any_db, "2026-W46")
    assert again["rerun"] and again["same_calls_as_stored"]
    assert [c["call_id"] for c in again["calls"]] == [c["call_id"] for c in first["calls"]]
    assert again["seed"] == 1234
    with pytest.raises(SeedMismatch):
        run_sample(any_db, "2026-W46", seed=99)
    with any_db.read() as s:
        sample = s.scalar(select(Sample))
        assert sample.seed == 1234 and sample.plan_snapshot["ranking"] == SMALL_RANKING


def test_another_database_with_the_same_calls_and_seed_draws_the_same(tmp_path):
    from qa_desktop.core.db import open_database

    drawn = []
    for name in ("one", "two"):
        db = open_database(tmp_path / f"{name}.sqlite3")
        _world(db)
        _plan(db)
        drawn.append(sorted(c["external_id"] for c in run_sample(db, "2026-W46", seed=42)["calls"]))
        db.dispose()
    assert drawn[0] == drawn[1]
    db = open_database(tmp_path / "three.sqlite3")
    _world(db)
    _plan(db)
    assert sorted(c["external_id"] for c in run_sample(db, "2026-W46", seed=43)["calls"]) != drawn[0]
    db.dispose()


def test_calls_already_evaluated_are_never_sampled(sqlite_db):
    ids = _world(sqlite_db, calls_per_agent=6)

    def evaluate_most(s):
        from qa_desktop.core.db.models import Agent, Call, FormVersion, User

        p1 = s.get(Agent, ids["agents"]["P1"])
        calls = s.scalars(select(Call).where(Call.agent_id == p1.id, Call.started_at >= W46)).all()
        for c in calls[:4]:
            build.evaluation(s, c, s.get(User, ids["lead"]), s.get(FormVersion, ids["version"]))
        return {c.id for c in calls[:4]}

    done = sqlite_db.write(evaluate_most)
    _plan(sqlite_db, rate_cap=0.05)
    result = run_sample(sqlite_db, "2026-W46", seed=3)
    assert not done & {c["call_id"] for c in result["calls"]}
    assert result["left_out"]["already_evaluated"] == 4
    p1 = next(r for r in result["shortfalls"] if r["agent_code"] == "P1")
    # 6 calls, 4 evaluated: 2 left for a quota of 5 → short by 3, because there are too few calls
    assert p1["available"] == 2 and p1["reasons"][0] == {"reason": "too_few_calls", "short": 3}


def test_agents_with_too_few_calls_are_reported_by_how_much(sqlite_db):
    def work(s):
        build.user(s, "tester", Role.QA_LEAD)
        team = build.team(s, "A")
        few = build.agent(s, "FEW", team, probation_end=dt.date(2027, 1, 1))
        none = build.agent(s, "NONE", team)
        busy = build.agent(s, "BUSY", team)
        for n in range(2):
            build.call(s, few, W46 + dt.timedelta(hours=n))
        for n in range(200):
            build.call(s, busy, W46 + dt.timedelta(minutes=n))
        return none.id

    sqlite_db.write(work)
    result = run_sample(sqlite_db, "2026-W46", seed=5)
    short = {r["agent_code"]: r for r in result["shortfalls"]}
    assert set(short) == {"FEW", "NONE"}
    assert short["FEW"]["wanted"] == 5 and short["FEW"]["selected"] == 2 and short["FEW"]["short"] == 3
    assert short["FEW"]["reasons"] == [{"reason": "too_few_calls", "short": 3}]
    assert short["NONE"]["short"] == 2 and short["NONE"]["available"] == 0


def test_rate_cap_trims_general_first_and_says_so(sqlite_db):
    _world(sqlite_db)
    _plan(sqlite_db, rate_cap=0.02)  # 240 calls → at most 4
    result = run_sample(sqlite_db, "2026-W46", seed=11)
    assert result["cap_calls"] == 4 and result["selected"] == 4
    # general (G3: 2) goes first, then bottom (G2: 3), then probation loses 1 of 5
    assert _per_agent(result) == {"P1": 4}
    short = {r["agent_code"]: r for r in result["shortfalls"]}
    assert short["G3"]["reasons"] == [{"reason": "rate_cap", "short": 2}]
    assert short["G2"]["reasons"] == [{"reason": "rate_cap", "short": 3}]
    assert short["P1"]["reasons"] == [{"reason": "rate_cap", "short": 1}]
    assert {"code": "rate_cap_trimmed", "calls": 6, "cap": 4} in result["warnings"]


def test_rate_cap_outside_two_to_five_percent_is_refused(sqlite_db):
    _world(sqlite_db, calls_per_agent=1)
    with pytest.raises(SamplingPlanInvalid, match="rate_cap"):
        save_plan(sqlite_db, "default", {"rate_cap": 0.1})
    with pytest.raises(SamplingPlanInvalid, match="quotas.general"):
        save_plan(sqlite_db, "default", {"quotas": {"general": -1}})
    with pytest.raises(SamplingPlanInvalid, match="duration_max_s"):
        save_plan(sqlite_db, "default", {"duration_min_s": 60, "duration_max_s": 30})


def test_every_call_type_is_covered(sqlite_db):
    ids = _world(sqlite_db)

    def rare(s):
        from qa_desktop.core.db.models import Agent

        build.call(s, s.get(Agent, ids["agents"]["G3"]), W46 + dt.timedelta(days=3, minutes=7), "booking")

    sqlite_db.write(rare)
    _plan(sqlite_db)
    for seed in range(5):
        sqlite_db.write(lambda s: [s.delete(x) for x in s.scalars(select(Sample))])
        result = run_sample(sqlite_db, "2026-W46", seed=seed)
        sampled = Counter(c["call_type"] for c in result["calls"])
        assert sampled["booking"] == 1 and sampled["inquiry"] >= 3 and sampled["complaint"] >= 3
        assert _per_agent(result)["G3"] == 2  # swapped within the agent's quota, not added


def test_duration_bounds(sqlite_db):
    ids = _world(sqlite_db, calls_per_agent=0)

    def calls(s):
        from qa_desktop.core.db.models import Agent

        g3 = s.get(Agent, ids["agents"]["G3"])
        for n, duration in enumerate([20, 45, 300, 900, None] * 20):
            build.call(s, g3, W46 + dt.timedelta(minutes=n * 5), duration_s=duration)

    sqlite_db.write(calls)
    _plan(sqlite_db, duration_min_s=30, duration_max_s=600, quotas={"general": 10})
    result = run_sample(sqlite_db, "2026-W46", seed=2)
    assert result["selected"] == 5  # 5% of 100
    assert all(30 <= c["duration_s"] <= 600 for c in result["calls"])
    assert result["left_out"] == {"too_short": 20, "too_long": 20, "duration_unknown": 20}


def test_follow_up_from_coaching_is_sampled_once(sqlite_db):
    ids = _world(sqlite_db)

    def coach(s):
        session = CoachingSession(agent_id=ids["agents"]["G1"], coach_id=ids["lead"], held_on=dt.date(2026, 11, 10),
                                  schedule_follow_up_sample=True, follow_up_on=dt.date(2026, 11, 13))
        s.add(session)
        s.flush()
        return session.id

    session_id = sqlite_db.write(coach)
    _plan(sqlite_db)
    result = run_sample(sqlite_db, "2026-W46", seed=8)
    follow = [c for c in result["calls"] if c["category"] == "follow_up"]
    assert len(follow) == 1 and follow[0]["agent_code"] == "G1" and follow[0]["coaching_session_id"] == session_id
    assert follow[0]["started_at"].date() > dt.date(2026, 11, 10)  # a call made after the coaching
    assert result["follow_up_sessions"] == [session_id]
    # rerun keeps it; the next week's sample does not take it again
    assert run_sample(sqlite_db, "2026-W46")["follow_up_sessions"] == [session_id]
    assert run_sample(sqlite_db, "2026-W47", seed=8)["follow_up_sessions"] == []


def test_assignment_balances_load_avoids_own_team_and_respects_the_limit(sqlite_db):
    _world(sqlite_db)
    _plan(sqlite_db, max_unstarted=3)  # 3 evaluators × 3 = 9 places for 10 calls
    result = run_sample(sqlite_db, "2026-W46", seed=21, assign=True)
    assignment = result["assignment"]
    assert assignment["assigned"] == 9
    assert [u["reason"] for u in assignment["unassigned"]] == ["evaluators_at_limit"]
    assert assignment["capacity_missing"] == 1
    loads = {row["login"]: row["held_after"] for row in assignment["evaluators"]}
    assert loads == {"eva": 3, "evb": 3, "evc": 3}
    with sqlite_db.read() as s:
        from qa_desktop.core.db.models import Agent, User

        for a in s.scalars(select(Assignment)):
            evaluator, agent = s.get(User, a.evaluator_id), s.get(Agent, a.call.agent_id)
            assert evaluator.team_id is None or evaluator.team_id != agent.team_id
            assert a.sample_id is not None
        assert s.scalar(select(AuditEntry).where(AuditEntry.action == "assign")) is not None
    # assigning again adds nothing: the calls are already queued
    again = run_sample(sqlite_db, "2026-W46", assign=True)
    assert again["assignment"]["assigned"] == 0
    with sqlite_db.read() as s:
        assert len(s.scalars(select(Assignment)).all()) == 9


def test_no_evaluator_outside_the_team_is_reported(sqlite_db):
    _world(sqlite_db, evaluators=("eva",))  # eva is in team A: P1 and G1 are team A
    _plan(sqlite_db)
    result = run_sample(sqlite_db, "2026-W46", seed=4, assign=True)
    reasons = Counter((u["team"], u["reason"]) for u in result["assignment"]["unassigned"])
    assert reasons == {("A", "no_evaluator_outside_team"): 5}
    assert result["assignment"]["team_conflicts"] == 5


def test_only_a_qa_lead_runs_a_sample(sqlite_db):
    _world(sqlite_db, calls_per_agent=2)
    sqlite_db.user_login = "eva"
    with pytest.raises(PermissionDenied):
        run_sample(sqlite_db, "2026-W46")
    sqlite_db.user_login = "stranger"
    with pytest.raises(PermissionDenied):
        run_sample(sqlite_db, "2026-W46")


def test_t_interval_and_evaluations_needed():
    interval = score_interval([70, 75, 80], 60, 0.95)
    half = stats.t.ppf(0.975, 2) * 5 / 3 ** 0.5
    assert interval.mean == 75 and interval.low == round(75 - half, 2) and interval.high == round(75 + half, 2)
    assert interval.verdict == "above" and interval.more_needed == 0
    undecided = score_interval([50, 80, 62, 70], 60, 0.95)
    assert undecided.verdict == "undecided"
    sd = stats.tstd([50, 80, 62, 70])
    m = next(m for m in range(4, 1000) if stats.t.ppf(0.975, m - 1) * sd / m ** 0.5 < abs(65.5 - 60))
    assert undecided.more_needed == m - 4
    on_the_line = score_interval([55, 65], 60)
    assert on_the_line.verdict == "undecided" and on_the_line.more_needed is None
    assert score_interval([72]).verdict == "too_few"


def test_confidence_table_in_the_sample(sqlite_db):
    _world(sqlite_db)
    _plan(sqlite_db)
    table = {r["agent_code"]: r for r in run_sample(sqlite_db, "2026-W46", seed=1)["confidence"]}
    assert table["G1"]["n"] == 2 and table["G1"]["mean"] == 100
    assert table["G2"]["mean"] == 35 and table["P1"]["verdict"] == "too_few"


def test_cli_sample_text_and_json(sqlite_db, capsys):
    from qa_desktop.cli import main

    _world(sqlite_db, calls_per_agent=3)
    path = str(sqlite_db.path)
    assert main(["sample", "--db", path, "--user", "tester", "--week", "2026-W46", "--seed", "5", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["seed"] == 5 and data["period"] == "2026-W46"
    assert main(["sample", "--db", path, "--user", "tester", "--week", "2026-W46"]) == 0
    text = capsys.readouterr().out
    assert "redrawn from the stored seed" in text and "short" in text
    assert main(["sample", "--db", path, "--user", "tester", "--week", "2026-W99"]) == 2
    assert "2026 has no week 99" in capsys.readouterr().err
