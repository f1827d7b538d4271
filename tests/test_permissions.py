"""The roles table the screens ask (permissions.MAY) agrees with the checks that refuse at the door."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from qa_desktop.core.db.models import Agent, Call, Dispute, DisputeStatus, Evaluation, FormVersion, Role, Team, User
from qa_desktop.core.demo import DemoOptions, build_demo
from qa_desktop.core.errors import PermissionDenied
from qa_desktop.core.workflow.permissions import MAY, may

NOW = dt.datetime(2026, 11, 11, 9, 30)


def _world(database):
    build_demo(database, DemoOptions(agents=8, calls=160, months=1, recordings=0, queue_size=2, now=NOW))
    with database.read() as session:
        dispute = session.scalars(select(Dispute).where(Dispute.status == DisputeStatus.OPEN)).first()
        evaluation = session.get(Evaluation, dispute.evaluation_id)
        agent = session.get(Agent, session.get(Call, evaluation.call_id).agent_id)
        lead = session.scalar(select(User.login).join(Team, Team.lead_user_id == User.id)
                              .where(Team.id == agent.team_id))
        return {"dispute": dispute.id, "items": [i.item_code for i in dispute.items], "evaluation": evaluation.id,
                "agent": agent.id, "lead": lead, "call": evaluation.call_id,
                "version": session.scalar(select(FormVersion.id)),
                "people": list(session.scalars(select(User.id).where(User.login.in_(["qa.li", "qa.zhou"]))))}


def _attempt(action: str, database, w: dict) -> None:
    from qa_desktop.core.calibration.sessions import create_session
    from qa_desktop.core.workflow import coaching, disputes, review, sampling

    if action == "dispute.decide":
        disputes.decide_dispute(database, w["dispute"], {c: {"decision": "keep", "reason": "成立"} for c in w["items"]},
                                today=NOW.date())
    elif action == "dispute.record":
        disputes.record_dispute(database, w["evaluation"], [{"item_code": w["items"][0]}], "申诉", today=NOW.date())
    elif action == "review.act":
        review.confirm(database, w["evaluation"], "复核无误")
    elif action == "sampling.run":
        sampling.run_sample(database, "2026-W45")
    elif action == "calibration.lead":
        create_session(database, title="校准", form_version_id=w["version"], participant_ids=w["people"],
                       call_ids=[w["call"]])
    elif action == "coaching.log":
        coaching.record_session(database, w["agent"], held_on=NOW.date(), agreed="复听")


@pytest.mark.parametrize("action", ["dispute.decide", "dispute.record", "review.act", "sampling.run",
                                    "calibration.lead", "coaching.log"])
def test_the_table_and_the_checks_agree(sqlite_db, action):
    w = _world(sqlite_db)
    logins = {Role.EVALUATOR: "qa.li", Role.MANAGER: "manager", Role.TEAM_LEAD: w["lead"], Role.QA_LEAD: "qa.lead"}
    # Those the table refuses first, so a permitted attempt cannot change what the others meet.
    for role in sorted(Role, key=lambda r: may(r, action)):
        sqlite_db.user_login = logins[role]
        try:
            _attempt(action, sqlite_db, w)
            refused = False
        except PermissionDenied:
            refused = True
        except Exception:  # noqa: BLE001 - refused for another reason (e.g. already decided): allowed in
            refused = False
        assert refused == (not may(role, action)), (action, role)


def test_every_action_names_known_roles():
    assert all(roles and set(roles) <= set(Role) for roles in MAY.values())
