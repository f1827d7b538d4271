"""An agent's reward and penalty record (奖惩记录): customers' complaints and praise found founded.

QA verifies whether a customer's complaint or praise about an agent is founded (鉴定投诉/表扬是否成立,
seed 004); a founded one enters the agent's record: praise as a reward, a complaint as a penalty. The
record is read from the verified flags themselves, so it can never disagree with the verification.
"""
from __future__ import annotations

from sqlalchemy import select

from qa_desktop.core.db import Database
from qa_desktop.core.db.models import Agent, Call, Flag, FlagKind, FlagResolution, User
from qa_desktop.core.errors import ValidationError
from qa_desktop.core.workflow.permissions import acting_user, can_see_agent


def agent_record(database: Database, agent_code: str) -> dict:
    """The agent's founded complaints (penalties) and praise (rewards), newest first."""
    with database.read() as session:
        user = acting_user(session, database.user_login)
        agent = session.scalar(select(Agent).where(Agent.agent_code == agent_code))
        if agent is None or not can_see_agent(session, user, agent):
            raise ValidationError(f"There is no agent {agent_code!r} you may see.", agent=agent_code)
        names = dict(session.execute(select(User.id, User.display_name)).all())
        rows = session.execute(
            select(Flag, Call).join(Call, Call.id == Flag.call_id)
            .where(Call.agent_id == agent.id, Flag.kind.in_([FlagKind.COMPLAINT, FlagKind.PRAISE]),
                   Flag.resolution == FlagResolution.FOUNDED)
            .order_by(Flag.resolved_at.desc(), Flag.id.desc())).all()
        entries = [{"kind": "reward" if flag.kind == FlagKind.PRAISE else "penalty",
                    "what": flag.kind.value, "call_id": call.id, "external_id": call.external_id,
                    "call_at": call.started_at, "verified_at": flag.resolved_at,
                    "verified_by": names.get(flag.resolved_by_id, "") if flag.resolved_by_id else "",
                    "customer_said": flag.reason or "", "note": flag.resolution_note or ""} for flag, call in rows]
        return {"agent_code": agent.agent_code, "agent_name": agent.name,
                "rewards": sum(e["kind"] == "reward" for e in entries),
                "penalties": sum(e["kind"] == "penalty" for e in entries), "entries": entries}
