"""Disputes (申诉): recorded per item by the team lead, decided per item by the QA lead, score recomputed."""
from __future__ import annotations

import datetime as dt

import pytest
import workflow_builders as build
from sqlalchemy import select

from qa_desktop.core.db.models import AuditEntry, Dispute, Evaluation, EvaluationRevision, Role
from qa_desktop.core.errors import PermissionDenied
from qa_desktop.core.workflow import disputes

SUBMITTED = dt.datetime(2026, 11, 12, 15, 0)  # a Thursday
THURSDAY, MONDAY, TUESDAY = dt.date(2026, 11, 12), dt.date(2026, 11, 16), dt.date(2026, 11, 17)


def _world(db):
    def work(s):
        build.user(s, "qa", Role.QA_LEAD)
        lead = build.user(s, "lead", Role.TEAM_LEAD)
        build.user(s, "other_lead", Role.TEAM_LEAD)
        ev = build.user(s, "eva", Role.EVALUATOR)
        team = build.team(s, "A", lead)
        version = build.form_version(s)
        agent = build.agent(s, "A1", team)
        call = build.call(s, agent, SUBMITTED - dt.timedelta(hours=3), external_id="c1")
        # 40 + 10: greet yes, solve no, close no, polite yes
        return build.evaluation(s, call, ev, version, total=50, submitted_at=SUBMITTED).id

    return db.write(work)


def test_working_days_skip_the_weekend():
    assert disputes.add_working_days(THURSDAY, 2) == MONDAY
    assert disputes.add_working_days(dt.date(2026, 11, 13), 1) == MONDAY


def test_record_and_decide_per_item_recomputes_and_keeps_both_versions(any_db):
    evaluation_id = _world(any_db)
    any_db.user_login = "lead"
    dispute = disputes.record_dispute(
        any_db, evaluation_id,
        [{"item_code": "solve", "claim": "I solved it, listen at 03:00", "claimed_answer": "yes"},
         {"item_code": "close", "claim": "I said the closing phrase"}],
        "agent disputes two items", today=THURSDAY)
    assert dispute["status"] == "open" and dispute["deadline"] == MONDAY
    assert [i["decision"] for i in dispute["items"]] == ["pending", "pending"]
    with pytest.raises(PermissionDenied, match="QA lead"):
        disputes.decide_dispute(any_db, dispute["id"], {}, today=THURSDAY)
    any_db.user_login = "qa"
    with pytest.raises(disputes.DisputeRefused, match="still undecided: close"):
        disputes.decide_dispute(any_db, dispute["id"], {"solve": {"decision": "accept", "reason": "heard it"}})
    with pytest.raises(disputes.DisputeRefused, match="reason"):
        disputes.decide_dispute(any_db, dispute["id"], {"solve": {"decision": "accept"},
                                                        "close": {"decision": "keep", "reason": "x"}})
    decided = disputes.decide_dispute(
        any_db, dispute["id"],
        {"solve": {"decision": "accept", "reason": "solution confirmed at 03:00"},
         "close": {"decision": "keep", "reason": "closing phrase missing"}}, today=THURSDAY)
    assert decided["status"] == "decided"
    assert (decided["score_before"], decided["score_after"]) == ("50.00", "80.00")
    assert {i["item_code"]: (i["decision"], i["decided_answer"]) for i in decided["items"]} == {
        "solve": ("accept", "yes"), "close": ("keep", "no")}
    with any_db.read() as s:
        evaluation = s.get(Evaluation, evaluation_id)
        assert evaluation.score == 80 and evaluation.breakdown["total"] == "80.00"
        revision = s.scalar(select(EvaluationRevision).where(EvaluationRevision.evaluation_id == evaluation_id))
        assert revision.score == 50 and revision.answers["solve"] == "no"
        assert f"Dispute #{dispute['id']}" in revision.reason
        actions = [a.action for a in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]
        assert "dispute.record" in actions and "dispute.decide" in actions and "evaluation.amend" in actions
    with pytest.raises(disputes.DisputeRefused, match="already decided"):
        disputes.decide_dispute(any_db, dispute["id"], {"solve": {"decision": "keep", "reason": "x"},
                                                        "close": {"decision": "keep", "reason": "x"}})


def test_set_another_answer_and_keep_everything(any_db):
    evaluation_id = _world(any_db)
    any_db.user_login = "lead"
    dispute = disputes.record_dispute(any_db, evaluation_id, [{"item_code": "greet", "claim": "fine"}], today=THURSDAY)
    any_db.user_login = "qa"
    with pytest.raises(disputes.DisputeRefused, match="expected 'yes' or 'no'"):
        disputes.decide_dispute(any_db, dispute["id"], {"greet": {"decision": "set", "answer": "maybe", "reason": "r"}})
    decided = disputes.decide_dispute(any_db, dispute["id"],
                                      {"greet": {"decision": "set", "answer": "no", "reason": "no agent ID given"}})
    assert (decided["score_before"], decided["score_after"]) == ("50.00", "10.00")
    any_db.user_login = "lead"
    kept = disputes.record_dispute(any_db, evaluation_id, [{"item_code": "polite"}], today=THURSDAY)
    any_db.user_login = "qa"
    result = disputes.decide_dispute(any_db, kept["id"], {"polite": {"decision": "keep", "reason": "correct"}})
    assert result["score_before"] == result["score_after"] == "10.00"
    with any_db.read() as s:
        assert len(s.scalars(select(EvaluationRevision)).all()) == 1  # nothing changed, nothing amended


def test_refusals_say_why(any_db):
    evaluation_id = _world(any_db)
    any_db.user_login = "lead"
    with pytest.raises(disputes.DisputeRefused, match=r"too late.*by 2026-11-16"):
        disputes.record_dispute(any_db, evaluation_id, [{"item_code": "solve"}], today=TUESDAY)
    with pytest.raises(disputes.DisputeRefused, match="'hold' does not exist"):
        disputes.record_dispute(any_db, evaluation_id, [{"item_code": "hold"}], today=THURSDAY)
    with pytest.raises(disputes.DisputeRefused, match="impossible"):
        disputes.record_dispute(any_db, evaluation_id, [{"item_code": "solve", "claimed_answer": 3}], today=THURSDAY)
    disputes.record_dispute(any_db, evaluation_id, [{"item_code": "solve"}], today=MONDAY)  # last day is fine
    with pytest.raises(disputes.DisputeRefused, match="already has an open dispute"):
        disputes.record_dispute(any_db, evaluation_id, [{"item_code": "close"}], today=MONDAY)
    any_db.user_login = "other_lead"
    with pytest.raises(PermissionDenied):
        disputes.record_dispute(any_db, evaluation_id, [{"item_code": "close"}], today=THURSDAY)
    with any_db.read() as s:
        assert len(s.scalars(select(Dispute)).all()) == 1


def test_overdue_status_and_listing_by_team(any_db):
    evaluation_id = _world(any_db)
    any_db.user_login = "lead"
    dispute = disputes.record_dispute(any_db, evaluation_id, [{"item_code": "solve", "claimed_answer": "yes"}],
                                      today=THURSDAY)
    assert [d["status"] for d in disputes.list_disputes(any_db, today=MONDAY)] == ["open"]
    assert [d["status"] for d in disputes.list_disputes(any_db, today=TUESDAY)] == ["overdue"]
    any_db.user_login = "other_lead"
    assert disputes.list_disputes(any_db, today=THURSDAY) == []
    any_db.user_login = "lead"
    assert disputes.withdraw_dispute(any_db, dispute["id"], "agent changed their mind")["status"] == "withdrawn"


def test_cli_lists_disputes(sqlite_db, capsys):
    from qa_desktop.cli import main

    evaluation_id = _world(sqlite_db)
    sqlite_db.user_login = "lead"
    disputes.record_dispute(sqlite_db, evaluation_id, [{"item_code": "solve", "claim": "solved at 03:00"}],
                            today=THURSDAY)
    assert main(["disputes", "--db", str(sqlite_db.path), "--user", "qa"]) == 0
    out = capsys.readouterr().out
    assert "agent A1" in out and "solve: solved at 03:00" in out
    assert main(["disputes", "--db", str(sqlite_db.path), "--user", "other_lead"]) == 0
    assert capsys.readouterr().out.strip() == "no disputes"


def test_a_call_without_an_agent_cannot_be_disputed(any_db):
    """A recording imported without an agent: there is nobody to dispute its result, so even a QA lead
    (whom no team check stops) is refused with the reason instead of failing on the missing agent."""
    def work(s):
        build.user(s, "qa", Role.QA_LEAD)
        ev = build.user(s, "eva", Role.EVALUATOR)
        call = build.call(s, None, SUBMITTED - dt.timedelta(hours=3), external_id="no-agent")
        return build.evaluation(s, call, ev, build.form_version(s), total=50, submitted_at=SUBMITTED).id

    evaluation_id = any_db.write(work)
    any_db.user_login = "qa"
    with pytest.raises(disputes.DisputeRefused, match="has no agent") as refused:
        disputes.record_dispute(any_db, evaluation_id, [{"item_code": "solve"}], today=THURSDAY)
    assert refused.value.params["why"] == "not_result"
    with any_db.read() as s:
        assert s.scalars(select(Dispute)).all() == []
