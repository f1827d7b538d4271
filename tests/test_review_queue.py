"""Team-lead review queue: failed, fatal and flagged calls of the lead's own teams; confirm, adjust, verify."""
from __future__ import annotations

import datetime as dt

import pytest
import workflow_builders as build
from sqlalchemy import select

from qa_desktop.core.db.models import (
    AuditEntry,
    Evaluation,
    EvaluationRevision,
    Flag,
    FlagKind,
    FlagResolution,
    Role,
    TeamLeadReview,
)
from qa_desktop.core.errors import PermissionDenied
from qa_desktop.core.workflow import review

DAY = dt.datetime(2026, 11, 10, 10, 0)


def _world(db):
    def work(s):
        build.user(s, "qa", Role.QA_LEAD)
        lead_a = build.user(s, "lead_a", Role.TEAM_LEAD)
        lead_b = build.user(s, "lead_b", Role.TEAM_LEAD)
        team_a, team_b = build.team(s, "A", lead_a), build.team(s, "B", lead_b)
        ev = build.user(s, "eva", Role.EVALUATOR)
        version = build.form_version(s)
        a1, b1 = build.agent(s, "A1", team_a), build.agent(s, "B1", team_b)
        ids = {}
        ids["fail_a"] = build.evaluation(s, build.call(s, a1, DAY, external_id="c1"), ev, version, total=50).id
        ids["pass_a"] = build.evaluation(s, build.call(s, a1, DAY, external_id="c2"), ev, version, total=100).id
        fatal = {"greet": "yes", "solve": "yes", "close": "yes", "polite": "no"}
        ids["fatal_a"] = build.evaluation(s, build.call(s, a1, DAY, external_id="c3"), ev, version, answers=fatal).id
        flagged = build.evaluation(s, build.call(s, a1, DAY, external_id="c4"), ev, version, total=80)
        ids["flagged_a"] = flagged.id
        s.add(Flag(call_id=flagged.call_id, evaluation_id=flagged.id, kind=FlagKind.REVIEW, reason="tone?",
                   raised_by_id=ev.id))
        ids["fail_b"] = build.evaluation(s, build.call(s, b1, DAY, external_id="c5"), ev, version, total=40).id
        complaint_call = build.call(s, a1, DAY, external_id="c6")
        complaint = Flag(call_id=complaint_call.id, kind=FlagKind.COMPLAINT, reason="customer says rude",
                         raised_by_id=ev.id)
        praise = Flag(call_id=build.call(s, b1, DAY, external_id="c7").id, kind=FlagKind.PRAISE, raised_by_id=ev.id)
        s.add_all([complaint, praise])
        s.flush()
        ids["complaint"], ids["praise"] = complaint.id, praise.id
        return ids

    return db.write(work)


def test_team_lead_sees_only_their_teams_failed_fatal_and_flagged(any_db):
    ids = _world(any_db)
    any_db.user_login = "lead_a"
    rows = review.review_queue(any_db)
    assert {r.evaluation_id for r in rows} == {ids["fail_a"], ids["fatal_a"], ids["flagged_a"]}
    by_id = {r.evaluation_id: r for r in rows}
    assert by_id[ids["fatal_a"]].reasons == ["fail", "fatal"] and rows[0].evaluation_id == ids["fatal_a"]
    assert by_id[ids["flagged_a"]].reasons == ["flagged"] and by_id[ids["flagged_a"]].flag_reasons == ["tone?"]
    assert by_id[ids["fail_a"]].failed_items and by_id[ids["fail_a"]].outcome == "open"
    any_db.user_login = "qa"
    assert {r.evaluation_id for r in review.review_queue(any_db)} >= {ids["fail_b"], ids["fail_a"]}
    any_db.user_login = "eva"
    with pytest.raises(PermissionDenied):
        review.review_queue(any_db)


def test_confirm_closes_the_review_and_the_flag(any_db):
    ids = _world(any_db)
    any_db.user_login = "lead_a"
    result = review.confirm(any_db, ids["flagged_a"], "listened, evaluation is right")
    assert result["outcome"] == "confirmed" and len(result["flags_closed"]) == 1
    assert ids["flagged_a"] not in {r.evaluation_id for r in review.review_queue(any_db)}
    done = {r.evaluation_id: r for r in review.review_queue(any_db, include_done=True)}
    assert done[ids["flagged_a"]].outcome == "confirmed"
    with any_db.read() as s:
        flag = s.scalar(select(Flag).where(Flag.kind == FlagKind.REVIEW))
        assert flag.resolution == FlagResolution.CONFIRMED and flag.resolution_note == "listened, evaluation is right"
        assert s.scalar(select(AuditEntry).where(AuditEntry.action == "review.confirm")).user_login == "lead_a"


def test_adjust_amends_through_the_evaluation_service_and_keeps_the_old_version(any_db):
    ids = _world(any_db)
    any_db.user_login = "lead_a"
    with pytest.raises(review.ReviewError):
        review.adjust(any_db, ids["fail_a"], {"solve": "yes"}, reason="  ")
    result = review.adjust(any_db, ids["fail_a"], {"solve": "yes"}, reason="the problem was solved at 02:10")
    assert (result["score_before"], result["score_after"]) == ("50.00", "80.00")
    with any_db.read() as s:
        evaluation = s.get(Evaluation, ids["fail_a"])
        assert evaluation.score == 80 and evaluation.answers["solve"] == "yes"
        revision = s.scalar(select(EvaluationRevision).where(EvaluationRevision.evaluation_id == evaluation.id))
        assert revision.score == 50 and revision.answers["solve"] == "no" and "02:10" in revision.reason
        review_row = s.scalar(select(TeamLeadReview).where(TeamLeadReview.evaluation_id == evaluation.id))
        assert review_row.outcome == "adjusted" and review_row.reason == "the problem was solved at 02:10"


def test_team_lead_of_another_team_cannot_review(any_db):
    ids = _world(any_db)
    any_db.user_login = "lead_b"
    with pytest.raises(PermissionDenied, match="does not lead the team"):
        review.confirm(any_db, ids["fail_a"])
    with pytest.raises(PermissionDenied):
        review.adjust(any_db, ids["fail_a"], {"solve": "yes"}, reason="x")
    with any_db.read() as s:
        assert s.scalars(select(TeamLeadReview)).all() == []


def test_complaint_and_praise_verification(any_db):
    ids = _world(any_db)
    any_db.user_login = "lead_a"
    queue = review.verification_queue(any_db)
    assert [(r.flag_id, r.kind) for r in queue] == [(ids["complaint"], "complaint")]
    assert review.verify(any_db, ids["complaint"], founded=False, note="agent was polite")["resolution"] == "unfounded"
    with pytest.raises(review.ReviewError, match="already settled"):
        review.verify(any_db, ids["complaint"], founded=True)
    with pytest.raises(PermissionDenied):
        review.verify(any_db, ids["praise"], founded=True)
    any_db.user_login = "lead_b"
    assert review.verify(any_db, ids["praise"], founded=True)["resolution"] == "founded"
    any_db.user_login = "qa"
    assert {r.resolution for r in review.verification_queue(any_db, include_done=True)} == {"founded", "unfounded"}


def test_review_detail_lists_items_with_possible_answers_and_history(any_db):
    ids = _world(any_db)
    any_db.user_login = "lead_a"
    review.adjust(any_db, ids["fail_a"], {"close": "yes"}, reason="closing heard at the end")
    detail = review.review_detail(any_db, ids["fail_a"])
    assert [i["code"] for i in detail["items"]] == ["greet", "solve", "close", "polite"]
    close = next(i for i in detail["items"] if i["code"] == "close")
    assert close["answer"] == "yes" and close["values"] == ["yes", "no"] and close["status"] == "pass"
    assert detail["score"] == "70.00" and detail["revisions"][0]["score"] == "50.00"
    assert detail["explanation"]
    any_db.user_login = "lead_b"
    with pytest.raises(PermissionDenied):
        review.review_detail(any_db, ids["fail_a"])


def test_a_call_flagged_before_it_was_scored_is_in_the_queue_and_can_be_closed(any_db):
    _world(any_db)

    def flag_unscored(s):
        from qa_desktop.core.db.models import Agent, User

        agent = s.scalar(select(Agent).where(Agent.agent_code == "A1"))
        call = build.call(s, agent, DAY, external_id="c-unscored")
        eva = s.scalar(select(User).where(User.login == "eva"))
        flag = Flag(call_id=call.id, kind=FlagKind.REVIEW, reason="customer shouted, please listen",
                    raised_by_id=eva.id)
        s.add(flag)
        s.flush()
        return flag.id

    flag_id = any_db.write(flag_unscored)
    any_db.user_login = "lead_b"
    assert all(r.external_id != "c-unscored" for r in review.review_queue(any_db))
    with pytest.raises(PermissionDenied):
        review.close_flags(any_db, [flag_id])
    any_db.user_login = "lead_a"
    row = next(r for r in review.review_queue(any_db) if r.external_id == "c-unscored")
    assert row.evaluation_id is None and row.flag_ids == [flag_id] and row.evaluator == "Eva"
    assert row.flag_reasons == ["customer shouted, please listen"]
    assert review.close_flags(any_db, row.flag_ids, "listened; agent stayed calm") == {"flags_closed": [flag_id]}
    assert all(r.external_id != "c-unscored" for r in review.review_queue(any_db))
