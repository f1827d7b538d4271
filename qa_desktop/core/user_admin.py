"""Users and roles, given and never taken.

- The first user of a new database is its administrator: a QA lead (质检组长).
- Everyone after joins as an evaluator; only a QA lead creates people with another role, changes a
  role or a team, deactivates someone or sets their password. Nobody grants a role to themselves:
  not the first-run dialog, not ``--user``, not the settings (they all go through here or through
  :func:`qa_desktop.core.users.ensure_user`, which never grants more than evaluator after the first).
- The last active QA lead cannot be demoted or deactivated, so a database never loses its administrator.

Every change is one transaction with its audit line. The Users page and ``qa-desktop users`` call these.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qa_desktop.core.auth.passwords import hash_password
from qa_desktop.core.db import Database, audit
from qa_desktop.core.db.models import Role, Team, User
from qa_desktop.core.db.pg_roles import sync_if_enforced
from qa_desktop.core.errors import PermissionDenied, ValidationError
from qa_desktop.core.users import CurrentUser
from qa_desktop.core.workflow.permissions import acting_user, require_people_admin

_LOGIN = re.compile(r"^[\w.@\-]{1,120}$")


@dataclass
class PersonRow:
    id: int
    login: str
    display_name: str
    role: str
    team_id: int | None
    team: str | None
    leads: list[str]
    active: bool
    has_password: bool
    created_at: dt.datetime | None

    def to_dict(self) -> dict:
        return asdict(self)


def list_people(database: Database, *, include_inactive: bool = True) -> list[PersonRow]:
    with database.read() as session:
        query = select(User, Team.name).outerjoin(Team, Team.id == User.team_id).order_by(User.login)
        if not include_inactive:
            query = query.where(User.active.is_(True))
        leads: dict[int, list[str]] = {}
        for team_name, lead_id in session.execute(select(Team.name, Team.lead_user_id)
                                                  .where(Team.lead_user_id.is_not(None), Team.active.is_(True))):
            assert lead_id is not None  # teams without a lead are filtered out by the query
            leads.setdefault(lead_id, []).append(team_name)
        return [PersonRow(u.id, u.login, u.display_name, u.role.value, u.team_id, team, sorted(leads.get(u.id, [])),
                          bool(u.active), bool(u.password_hash), u.created_at)
                for u, team in session.execute(query)]


def _user(session: Session, login: str) -> User:
    user = session.scalar(select(User).where(User.login == login))
    if user is None:
        raise ValidationError(f"There is no user {login!r}.", login=login, why="no_user")
    return user


def _admin(session: Session, database, what: str) -> User:
    user = acting_user(session, database.user_login)
    require_people_admin(user, what)
    return user


def _other_active_qa_leads(session: Session, user: User) -> int:
    return int(session.scalar(select(func.count(User.id)).where(
        User.role == Role.QA_LEAD, User.active.is_(True), User.id != user.id)) or 0)


def _qa_lead_password_first(session: Session) -> None:
    """The first password of a database is a QA lead's: it turns sign-in on, and whoever has no
    password then cannot sign in, so anyone else going first would lock the QA lead out."""
    if session.scalar(select(User.id).where(User.password_hash.is_not(None)).limit(1)) is None:
        raise ValidationError("The QA lead chooses the first password of this database (their own); then "
                              "everyone else gets theirs.", why="qa_lead_first")


def _team_id(session: Session, team_id: int | None) -> int | None:
    if team_id is not None and session.get(Team, team_id) is None:
        raise ValidationError(f"There is no team with id {team_id}.", team_id=team_id)
    return team_id


def add_user(database: Database, login: str, display_name: str | None = None, *, role: Role | None = None,
             team_id: int | None = None, password: str | None = None) -> CurrentUser:
    """Create a person. In a database with no users yet they become its QA lead, whatever was asked."""
    login = (login or "").strip()
    if not _LOGIN.match(login):
        raise ValidationError("A login is one word of letters, digits, '.', '-', '_' or '@'.", login=login,
                              why="bad_login")
    password_hash = hash_password(password) if password else None

    def work(session: Session) -> CurrentUser:
        first = session.scalar(select(User.id).limit(1)) is None
        if first:
            granted = Role.QA_LEAD  # the administrator of a new database
        else:
            _admin(session, database, "add users")
            granted = role or Role.EVALUATOR
        if session.scalar(select(User.id).where(User.login == login)) is not None:
            raise ValidationError(f"The user {login!r} already exists.", login=login, why="user_exists")
        if password_hash is not None and granted != Role.QA_LEAD:
            _qa_lead_password_first(session)
        user = User(login=login, display_name=(display_name or "").strip() or login, role=granted,
                    team_id=_team_id(session, team_id), active=True, password_hash=password_hash, failed_signins=0)
        session.add(user)
        session.flush()
        audit.record(session, database.user_login, "create", "user", user.id, login=login, role=granted.value,
                     first_user=first)
        sync_if_enforced(session, user, password)
        return CurrentUser.of(user)

    return database.write(work)


def set_role(database: Database, login: str, role: Role) -> None:
    def work(session: Session) -> None:
        _admin(session, database, "change roles")
        user = _user(session, login)
        if user.role == role:
            return
        if user.role == Role.QA_LEAD and _other_active_qa_leads(session, user) == 0:
            raise ValidationError(f"{login} is the last QA lead; make someone else QA lead first.", login=login,
                                  why="last_qa_lead")
        before = user.role
        user.role = role
        audit.record(session, database.user_login, "set_role", "user", user.id, login=login, before=before.value,
                     after=role.value)
        sync_if_enforced(session, user)

    database.write(work)


def set_user_team(database: Database, login: str, team_id: int | None) -> None:
    def work(session: Session) -> None:
        _admin(session, database, "change a user's team")
        user = _user(session, login)
        if user.team_id != team_id:
            before, user.team_id = user.team_id, _team_id(session, team_id)
            audit.record(session, database.user_login, "set_team", "user", user.id, login=login, before=before,
                         after=team_id)

    database.write(work)


def set_user_active(database: Database, login: str, active: bool) -> None:
    """Deactivate (nothing is deleted: their evaluations keep their name) or reactivate a person."""

    def work(session: Session) -> None:
        admin = _admin(session, database, "deactivate users")
        user = _user(session, login)
        if bool(user.active) == active:
            return
        if not active and user.id == admin.id:
            raise ValidationError("You cannot deactivate yourself.", login=login, why="self")
        if not active and user.role == Role.QA_LEAD and _other_active_qa_leads(session, user) == 0:
            raise ValidationError(f"{login} is the last QA lead.", login=login, why="last_qa_lead")
        user.active = active
        audit.record(session, database.user_login, "reactivate" if active else "deactivate", "user", user.id,
                     login=login)
        sync_if_enforced(session, user)

    database.write(work)


def set_password(database: Database, login: str, password: str, *, old_password: str | None = None) -> None:
    """A QA lead sets anyone's password (a reset); a person changes their own.

    Changing one's own needs the old password, unless this process signed them in already, the
    database is private (no sign-in), or they are the QA lead choosing the very first password.
    """
    from qa_desktop.core.auth.passwords import verify_password
    from qa_desktop.core.auth.signin import may_choose_first_password, sign_in_required

    password_hash = hash_password(password)
    proven = (database.signed_in_login == login or not sign_in_required(database)
              or may_choose_first_password(database, login))

    def work(session: Session) -> None:
        actor = acting_user(session, database.user_login)
        user = _user(session, login)
        if user.id != actor.id:
            require_people_admin(actor, "reset other people's passwords")
        elif not proven and not verify_password(user.password_hash, old_password or ""):
            raise PermissionDenied("Not allowed: give your current password to change it.", why="old_password")
        if user.role != Role.QA_LEAD:
            _qa_lead_password_first(session)
        user.password_hash = password_hash
        user.failed_signins, user.last_failed_at = 0, None
        audit.record(session, database.user_login, "set_password", "user", user.id, login=login,
                     reset=user.id != actor.id)
        sync_if_enforced(session, user, password)

    database.write(work)
