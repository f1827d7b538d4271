"""Calibration sessions on a real database: blind scoring, consensus, closing, and keeping
calibration scores out of agents' results."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from qa_desktop.core.calibration import sessions as cal
from qa_desktop.core.db.models import (
    Agent,
    AuditEntry,
    Call,
    Evaluation,
    EvaluationKind,
    EvaluationStatus,
    Flag,
    FlagKind,
    FormVersion,
    Role,
    ScoringForm,
    User,
)
from qa_desktop.core.errors import PermissionDenied, ValidationError
from qa_desktop.core.scoring.errors import AnswersInvalid

FORM = {
    "format": 1, "code": "cal-test", "name": {"en": "Calibration test form", "zh_CN": "校准测试表"},
    "sections": [
        {"code": "etiquette", "title": {"en": "Etiquette"}, "weight": 40, "items": [
            {"code": "greeting", "type": "yes_no", "text": {"en": "Greets with ID", "zh_CN": "您好,××为您服务"},
             "points": 10},
            {"code": "closing", "type": "yes_no", "text": {"en": "Closing phrase"}, "points": 10},
        ]},
        {"code": "service", "title": {"en": "Service"}, "weight": 60, "items": [
            {"code": "attitude", "type": "scale", "text": {"en": "Service attitude"},
             "options": [{"value": v} for v in range(6)]},
            {"code": "accuracy", "type": "scale", "text": {"en": "Answer accuracy"},
             "options": [{"value": v} for v in range(6)]},
        ]},
    ],
}


def as_user(database, login):
    database.user_login = login
    return database


def seed(database, n_calls=4):
    """A QA lead, three evaluators, an expert, a team lead, an agent, calls and a published form."""

    def work(session):
        users = {login: User(login=login, display_name=name, role=role) for login, name, role in [
            ("lead", "Lead Li", Role.QA_LEAD), ("ann", "Ann", Role.EVALUATOR), ("bo", "Bo", Role.EVALUATOR),
            ("cai", "Cai", Role.EVALUATOR), ("exp", "Expert Xu", Role.QA_LEAD), ("tl", "Team Lead", Role.TEAM_LEAD)]}
        session.add_all(users.values())
        agent = Agent(agent_code="A001", name="Zhang")
        session.add(agent)
        form = ScoringForm(code="cal-test", name="Calibration test form")
        session.add(form)
        session.flush()
        version = FormVersion(form_id=form.id, version_no=1, definition=FORM,
                              published_at=dt.datetime(2026, 11, 1))
        session.add(version)
        calls = [Call(external_id=f"C{n}", recording_path=f"/rec/{n}.wav", agent_id=agent.id, call_type="查询",
                      started_at=dt.datetime(2026, 11, 2, 9, n)) for n in range(1, n_calls + 1)]
        session.add_all(calls)
        session.flush()
        return {"users": {k: u.id for k, u in users.items()}, "version": version.id, "calls": [c.id for c in calls],
                "agent": agent.id}

    return database.write(work)


def answers(greeting, closing, attitude, accuracy):
    return {"greeting": greeting, "closing": closing, "attitude": attitude, "accuracy": accuracy}


def make_session(database, ids, **kw):
    as_user(database, "lead")
    u = ids["users"]
    kw.setdefault("call_ids", ids["calls"])
    return cal.create_session(database, title="November calibration", form_version_id=ids["version"],
                              participant_ids=[u["ann"], u["bo"], u["cai"]], expert_id=u["exp"], **kw)


def test_lead_creates_a_session_and_the_expert_scores_too(any_db):
    ids = seed(any_db)
    session_id = make_session(any_db, ids)
    detail = cal.get_session(any_db, session_id)
    assert detail.summary.status == "open" and detail.summary.n_calls == 4
    assert detail.summary.expert.login == "exp"
    assert [p.login for p in detail.participants] == ["ann", "bo", "cai", "exp"]
    assert detail.summary.n_expected == 16 and detail.summary.n_submitted == 0
    assert [s.id for s in cal.list_sessions(any_db)] == [session_id]
    with any_db.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)
                              .where(AuditEntry.entity == "calibration_session")) == 1


def test_only_a_qa_lead_creates_sessions(any_db):
    ids = seed(any_db)
    as_user(any_db, "ann")
    with pytest.raises(PermissionDenied):
        cal.create_session(any_db, title="x", form_version_id=ids["version"], call_ids=ids["calls"],
                           participant_ids=[ids["users"]["ann"], ids["users"]["bo"]])
    as_user(any_db, "lead")
    with pytest.raises(ValidationError, match="at least two people"):
        cal.create_session(any_db, title="x", form_version_id=ids["version"], call_ids=ids["calls"],
                           participant_ids=[ids["users"]["ann"]])
    with pytest.raises(ValidationError, match="at least one call"):
        cal.create_session(any_db, title="x", form_version_id=ids["version"], call_ids=[],
                           participant_ids=[ids["users"]["ann"], ids["users"]["bo"]])


def test_session_from_flagged_calibration_candidates(any_db):
    ids = seed(any_db)

    def flag(session):
        session.add(Flag(call_id=ids["calls"][1], kind=FlagKind.CALIBRATION, reason="scores differ by 20",
                         raised_by_id=ids["users"]["tl"]))
        session.add(Flag(call_id=ids["calls"][2], kind=FlagKind.EXCELLENT, reason="great call"))
        session.add(Flag(call_id=ids["calls"][3], kind=FlagKind.CALIBRATION, reason="unclear item"))

    any_db.write(flag)
    candidates = cal.calibration_candidates(any_db)
    assert [c["call_id"] for c in candidates] == [ids["calls"][1], ids["calls"][3]]
    assert candidates[0]["raised_by"] == "Team Lead" and candidates[0]["reason"] == "scores differ by 20"
    session_id = make_session(any_db, ids, call_ids=[], use_candidates=True)
    assert [c.call_id for c in cal.get_session(any_db, session_id).calls] == [ids["calls"][1], ids["calls"][3]]
    assert cal.calibration_candidates(any_db) == []  # taken into a session: no longer offered
    cal.close_session(any_db, session_id)
    with any_db.read() as session:
        settled = {f.call_id: f for f in session.scalars(select(Flag))}
        assert settled[ids["calls"][1]].resolution.value == "confirmed"
        assert f"session #{session_id}" in settled[ids["calls"][1]].resolution_note
        assert settled[ids["calls"][2]].resolution.value == "open"  # not a calibration flag


def test_scoring_is_blind_until_submitted(any_db):
    ids = seed(any_db)
    session_id = make_session(any_db, ids)
    call = ids["calls"][0]
    as_user(any_db, "ann")
    cal.save_answers(any_db, session_id, call, answers("yes", "yes", 4, 5), submit=True)
    assert [a.evaluator.login for a in cal.answers_for_call(any_db, session_id, call)] == ["ann"]
    as_user(any_db, "bo")
    draft = cal.save_answers(any_db, session_id, call, {"greeting": "no"})
    with pytest.raises(PermissionDenied, match="blind"):
        cal.answers_for_call(any_db, session_id, call)
    mine = {m.call.call_id: m for m in cal.my_calls(any_db, session_id)}
    assert mine[call].status == "draft" and mine[call].answers == {"greeting": "no"}
    assert mine[ids["calls"][1]].status == "not_started"
    assert cal.save_answers(any_db, session_id, call, answers("no", "yes", 3, 5), submit=True) == draft
    seen = cal.answers_for_call(any_db, session_id, call)
    assert {a.evaluator.login: a.total for a in seen} == {"ann": 95.71, "bo": 62.86}
    # blindness is per call: Bo has not scored call 2
    with pytest.raises(PermissionDenied):
        cal.answers_for_call(any_db, session_id, ids["calls"][1])
    # a team lead outside the session sees nothing before closing; the moderating lead does
    as_user(any_db, "tl")
    with pytest.raises(PermissionDenied):
        cal.answers_for_call(any_db, session_id, call)
    as_user(any_db, "lead")
    assert len(cal.answers_for_call(any_db, session_id, call)) == 2


def test_submitted_calibration_scores_are_final_and_validated(any_db):
    ids = seed(any_db)
    session_id = make_session(any_db, ids)
    call = ids["calls"][0]
    as_user(any_db, "ann")
    with pytest.raises(AnswersInvalid):
        cal.save_answers(any_db, session_id, call, answers("yes", "yes", 9, 5), submit=True)
    with pytest.raises(AnswersInvalid, match="not answered"):
        cal.save_answers(any_db, session_id, call, {"greeting": "yes"}, submit=True)
    cal.save_answers(any_db, session_id, call, answers("yes", "yes", 4, 5), submit=True)
    with pytest.raises(cal.AlreadySubmitted):
        cal.save_answers(any_db, session_id, call, answers("no", "no", 0, 0), submit=True)
    as_user(any_db, "tl")
    with pytest.raises(PermissionDenied, match="not taking part"):
        cal.save_answers(any_db, session_id, call, answers("yes", "yes", 4, 5))
    with any_db.read() as session:
        evaluation = session.scalar(select(Evaluation))
        assert evaluation.kind == EvaluationKind.CALIBRATION and evaluation.calibration_session_id == session_id
        assert evaluation.status == EvaluationStatus.SUBMITTED and float(evaluation.score) == 95.71
        # weighted points: (20/20 × 40 + 9/10 × 60) / (20 × 40 + 10 × 60) = 1340/1400
        assert evaluation.breakdown["total"] == "95.71"
        assert session.get(FormVersion, ids["version"]).locked


def test_calibration_scores_never_count_in_agents_results(any_db):
    ids = seed(any_db)
    session_id = make_session(any_db, ids)
    as_user(any_db, "ann")
    cal.save_answers(any_db, session_id, ids["calls"][0], answers("no", "no", 0, 0), submit=True)

    def regular(session):
        session.add(Evaluation(call_id=ids["calls"][1], form_version_id=ids["version"],
                               evaluator_id=ids["users"]["ann"], status=EvaluationStatus.SUBMITTED,
                               answers=answers("yes", "yes", 5, 5), score=100))

    any_db.write(regular)
    with any_db.read() as session:
        agent_scores = session.scalars(select(Evaluation.score).join(Call).where(
            Call.agent_id == ids["agent"], Evaluation.status == EvaluationStatus.SUBMITTED,
            cal.COUNTS_IN_AGENT_RESULTS)).all()
        assert [float(s) for s in agent_scores] == [100.0]


def test_consensus_and_closing(any_db):
    ids = seed(any_db)
    session_id = make_session(any_db, ids)
    call = ids["calls"][0]
    as_user(any_db, "ann")
    with pytest.raises(PermissionDenied):
        cal.record_consensus(any_db, session_id, call, {"greeting": "yes"})
    as_user(any_db, "lead")
    cal.record_consensus(any_db, session_id, call, {"greeting": "yes", "attitude": 4},
                         {"greeting": "The ID was said quickly but clearly"})
    stored = cal.record_consensus(any_db, session_id, call, {"attitude": 3}, {"attitude": "tone flat at the end"})
    assert stored == {"greeting": "yes", "attitude": 3}
    with pytest.raises(AnswersInvalid):
        cal.record_consensus(any_db, session_id, call, {"attitude": 7})
    with pytest.raises(ValidationError):
        cal.record_consensus(any_db, session_id, call, {}, {"nonsense": "x"})
    detail = cal.get_session(any_db, session_id)
    first = next(c for c in detail.calls if c.call_id == call)
    assert first.consensus_answers == {"greeting": "yes", "attitude": 3}
    assert first.consensus_notes == {"greeting": "The ID was said quickly but clearly",
                                     "attitude": "tone flat at the end"}
    # before closing Cai is blind on call 1; after closing everyone sees
    as_user(any_db, "cai")
    with pytest.raises(PermissionDenied):
        cal.answers_for_call(any_db, session_id, call)
    as_user(any_db, "ann")
    with pytest.raises(PermissionDenied):
        cal.close_session(any_db, session_id)
    as_user(any_db, "lead")
    cal.close_session(any_db, session_id, notes="Greeting wording to be clarified")
    assert cal.get_session(any_db, session_id).summary.status == "closed"
    as_user(any_db, "cai")
    assert cal.answers_for_call(any_db, session_id, call) == []
    with pytest.raises(cal.CalibrationClosed):
        cal.save_answers(any_db, session_id, call, answers("yes", "yes", 4, 5))
    as_user(any_db, "lead")
    with pytest.raises(cal.CalibrationClosed):
        cal.record_consensus(any_db, session_id, call, {"closing": "yes"})


def test_lead_adds_calls_of_the_same_nature_to_an_open_session(any_db):
    ids = seed(any_db, n_calls=5)
    session_id = make_session(any_db, ids, call_ids=ids["calls"][:2])
    as_user(any_db, "ann")
    with pytest.raises(PermissionDenied):
        cal.add_calls(any_db, session_id, [ids["calls"][2]])
    as_user(any_db, "lead")
    assert cal.add_calls(any_db, session_id, [ids["calls"][1], ids["calls"][2], ids["calls"][3]]) == \
        ids["calls"][2:4]
    detail = cal.get_session(any_db, session_id)
    assert [c.call_id for c in detail.calls] == ids["calls"][:4] and detail.summary.n_expected == 16
    as_user(any_db, "ann")
    assert [m.call.call_id for m in cal.my_calls(any_db, session_id)] == ids["calls"][:4]
    as_user(any_db, "lead")
    cal.close_session(any_db, session_id)
    with pytest.raises(cal.CalibrationClosed):
        cal.add_calls(any_db, session_id, [ids["calls"][4]])


def test_a_submitted_calibration_score_cannot_be_amended_by_any_path(any_db):
    from qa_desktop.core import evaluations

    ids = seed(any_db)
    session_id = make_session(any_db, ids)
    as_user(any_db, "ann")
    evaluation_id = cal.save_answers(any_db, session_id, ids["calls"][0], answers("yes", "yes", 4, 5), submit=True)
    as_user(any_db, "lead")  # a QA lead may amend any regular evaluation, but not a calibration score
    with pytest.raises((cal.AlreadySubmitted, evaluations.WrongStatus)):
        evaluations.amend(any_db, evaluation_id, answers("no", "no", 0, 0), reason="after discussion",
                          expected_row_version=None)
    with any_db.read() as session:
        assert session.get(Evaluation, evaluation_id).answers == answers("yes", "yes", 4, 5)


def test_sessions_score_on_a_published_form_version(any_db):
    ids = seed(any_db)

    def draft_version(session):
        version = FormVersion(form_id=session.get(FormVersion, ids["version"]).form_id, version_no=2,
                              definition=FORM)
        session.add(version)
        session.flush()
        return version.id

    draft = any_db.write(draft_version)
    as_user(any_db, "lead")
    with pytest.raises(ValidationError, match="published"):
        cal.create_session(any_db, title="x", form_version_id=draft, call_ids=ids["calls"],
                           participant_ids=[ids["users"]["ann"], ids["users"]["bo"]])
