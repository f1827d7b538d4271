"""Who may do what in the workflow: evaluators, team leads, QA leads, managers.

The rules (domain brief, "Who uses it"):
- an evaluator edits only their own evaluations;
- a team lead sees the agents of the teams they lead (``Team.lead_user_id``) and reviews,
  adjusts and records disputes for them;
- a QA lead (质检组长) sees everything, decides disputes and may amend any evaluation;
- a manager reads.

Every check names the reason in :class:`PermissionDenied` so the GUI and the CLI can say why.
The acting person is the database's ``user_login`` (the OS login, or ``--user``).
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from qa_desktop.core import texts
from qa_desktop.core.db import Database
from qa_desktop.core.db.models import Agent, Call, Evaluation, Role, Team, User
from qa_desktop.core.errors import PermissionDenied
from qa_desktop.core.roster.history import in_teams_on, team_of_agent_on

# What each role may do, by action, for screens to enable a button only for those who may press
# it. The checks below (and in each workflow module) still refuse at the door, with the reason;
# tests/test_permissions.py keeps this table and those checks in agreement.
MAY: dict[str, tuple[Role, ...]] = {
    "review.see": (Role.TEAM_LEAD, Role.QA_LEAD, Role.MANAGER),  # the review queue, disputes, verifications
    "review.act": (Role.TEAM_LEAD, Role.QA_LEAD),    # confirm, adjust with a reason, close review flags
    "flag.verify": (Role.TEAM_LEAD, Role.QA_LEAD),   # complaints and praise: founded or not
    "dispute.record": (Role.TEAM_LEAD, Role.QA_LEAD),
    "dispute.withdraw": (Role.TEAM_LEAD, Role.QA_LEAD),
    "dispute.decide": (Role.QA_LEAD,),
    "form.change": (Role.QA_LEAD,),                  # edit, import and publish scoring forms
    "calibration.lead": (Role.QA_LEAD,),             # create, add calls, consensus, close
    "sampling.run": (Role.QA_LEAD,),                 # draw and assign a week's sample, change the plan
    "coaching.log": (Role.EVALUATOR, Role.QA_LEAD, Role.TEAM_LEAD),  # and update its follow-ups
    "people.admin": (Role.QA_LEAD,),                 # roster, teams, users and roles
    "recordings.pick": (Role.TEAM_LEAD, Role.QA_LEAD),  # the month's excellent and failing examples
    "topic.lead": (Role.QA_LEAD,),                   # create a topic, write its findings
    "calendar.change": (Role.QA_LEAD,),              # the centre's working-day exceptions
    "targets.set": (Role.QA_LEAD,),                  # evaluators' monthly targets
}


def may(role: Role | str, action: str) -> bool:
    """Whether someone with ``role`` may do ``action`` (a key of :data:`MAY`) at all.

    A team lead may still be refused for an agent of another team: that needs the agent, and the
    check that enforces it says so.
    """
    return Role(role) in MAY[action]


def role_name(role: Role | str, lang: str | None = "en") -> str:
    return texts.text(f"role.{Role(role).value}", lang)


def permission_reason(error: PermissionDenied, lang: str | None = "en") -> str:
    """Why ``error`` refused, in ``lang``: role names and the action translated, logins as they are."""
    p = error.params
    if "rule" not in p:
        return p.get("reason", str(error))
    values = {"login": p.get("login", ""), "evaluation": p.get("evaluation", ""),
              "what": texts.maybe(f"action.{p.get('what', '')}", lang, p.get("what", "")),
              "agent": p.get("agent") or texts.text("permission.unknown_agent", lang)}
    if "role" in p:
        values["role"] = role_name(p["role"], lang)
    if "roles" in p:
        values["roles"] = texts.text("role.list_sep", lang).join(role_name(r, lang) for r in p["roles"])
    return texts.text(f"permission.{p['rule']}", lang, **values)


def deny(rule: str, **params) -> PermissionDenied:
    """A refusal that names its rule (``permission.<rule>`` in the core's catalogue); the message is
    built in the user's language where it is shown, the English one is the exception's text."""
    error = PermissionDenied("", rule=rule, **params)
    error.params["reason"] = permission_reason(error, "en")
    error.args = (f"Not allowed: {error.params['reason']}",)
    return error


def acting_user(session: Session, login: str) -> User:
    """The active user row for ``login``; someone unknown to the database may do nothing."""
    user = session.scalar(select(User).where(User.login == login))
    if user is None or not user.active:
        raise deny("unknown_user", login=login)
    return user


def led_team_ids(session: Session, user: User) -> set[int]:
    return set(session.scalars(select(Team.id).where(Team.lead_user_id == user.id)))


def visible_team_ids(session: Session, user: User) -> set[int] | None:
    """The teams whose agents ``user`` may see; None means every team."""
    if user.role in (Role.QA_LEAD, Role.MANAGER, Role.EVALUATOR):
        return None
    return led_team_ids(session, user)


def visible_teams_of(database: Database) -> set[int] | None:
    """The teams the database's acting user may see (None: all), for filtering reports and pages."""
    with database.read() as session:
        return visible_team_ids(session, acting_user(session, database.user_login))


def can_see_agent(session: Session, user: User, agent: Agent | None) -> bool:
    teams = visible_team_ids(session, user)
    return teams is None or (agent is not None and agent.team_id in teams)


def require_qa_lead(user: User, what: str) -> None:
    if user.role != Role.QA_LEAD:
        raise deny("qa_lead_only", what=what, login=user.login, role=user.role.value)


def require_role(user: User, roles: tuple[Role, ...], what: str) -> None:
    if user.role not in roles:
        raise deny("roles_only", what=what, login=user.login, role=user.role.value,
                    roles=[r.value for r in roles])


def require_team_lead_of(session: Session, user: User, agent: Agent | None, what: str,
                         on: dt.date | dt.datetime | None = None) -> None:
    """The team lead of ``agent``'s team on ``on`` (the call's day; None: today), or a QA lead.

    A call belongs to the team the agent was in that day, so after a transfer the old team's lead
    still answers for the calls made in their team, and the new lead for those made since.
    """
    if user.role == Role.QA_LEAD:
        return
    if user.role != Role.TEAM_LEAD:
        raise deny("team_lead_only", what=what, login=user.login, role=user.role.value)
    team_id = team_of_agent_on(session, agent.id, on) if agent is not None else None
    if agent is None or team_id not in led_team_ids(session, user):
        raise deny("not_their_team", what=what, login=user.login,
                    agent=agent.agent_code if agent is not None else None)


def require_can_edit_evaluation(session: Session, user: User, evaluation: Evaluation, what: str = "edit it") -> None:
    """An evaluator edits only their own; a QA lead any; a team lead those of their agents (review)."""
    if evaluation.evaluator_id == user.id or user.role == Role.QA_LEAD:
        return
    if user.role == Role.TEAM_LEAD:
        require_team_lead_of_call(session, user, evaluation.call, what)
        return
    raise deny("other_evaluator", what=what, login=user.login, evaluation=evaluation.id)


def require_people_admin(user: User, what: str) -> None:
    """Roster, teams, users and roles are the QA lead's (the database's administrator)."""
    require_qa_lead(user, what)


def call_day(call: Call):
    """The moment that decides a call's team: when it was made (else when it was registered)."""
    return call.started_at or call.imported_at


def require_team_lead_of_call(session: Session, user: User, call: Call, what: str) -> None:
    """The lead of the team the call's agent was in when the call was made (or a QA lead)."""
    require_team_lead_of(session, user, call.agent, what, call_day(call))


def calls_in_teams(team_ids) -> ColumnElement[bool]:
    """SQL condition on a query joined to ``calls``: the call was made by an agent then in ``team_ids``."""
    return in_teams_on(Call.agent_id, func.coalesce(Call.started_at, Call.imported_at), team_ids)


def may_manage_people(role: Role | str) -> bool:
    """Whether the people screens offer their changes to this role (the core checks again on each change)."""
    return Role(role) == Role.QA_LEAD
