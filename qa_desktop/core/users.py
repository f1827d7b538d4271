"""The people who use the app, and who is using it now."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from qa_desktop.core.db import Database, audit
from qa_desktop.core.db.models import Role, User


@dataclass(frozen=True)
class CurrentUser:
    id: int
    login: str
    display_name: str
    role: Role
    team_id: int | None

    @classmethod
    def of(cls, user: User) -> CurrentUser:
        return cls(user.id, user.login, user.display_name, user.role, user.team_id)

    @property
    def is_qa_lead(self) -> bool:
        return self.role == Role.QA_LEAD


def find_user(database: Database, login: str) -> CurrentUser | None:
    with database.read() as session:
        user = session.scalar(select(User).where(User.login == login))
        return CurrentUser.of(user) if user else None


def ensure_user(database: Database, login: str, display_name: str | None = None, role: Role | str = Role.EVALUATOR,
                team_id: int | None = None) -> CurrentUser:
    """The user with this OS login, created on first use with ``role`` (a Role or its value)."""
    role = Role(role)  # a combo box or a JSON file hands back the plain value

    def work(session):
        user = session.scalar(select(User).where(User.login == login))
        if user is None:
            user = _create(session, login, display_name, role, team_id)
        return CurrentUser.of(user)

    return database.write(work)


def join(database: Database, login: str, display_name: str | None = None) -> CurrentUser:
    """A person opening this database for the first time: roles are given, never taken.

    The first user of a new database is its administrator (QA lead), who then grants other
    roles; everyone after that joins as an evaluator. Counting and creating happen in one
    write transaction, so two people joining a new shared file at once cannot both become
    QA lead.
    """

    def work(session):
        user = session.scalar(select(User).where(User.login == login))
        if user is None:
            first = session.scalar(select(func.count()).select_from(User)) == 0
            user = _create(session, login, display_name, Role.QA_LEAD if first else Role.EVALUATOR, None)
        return CurrentUser.of(user)

    return database.write(work)


def _create(session, login: str, display_name: str | None, role: Role, team_id: int | None) -> User:
    user = User(login=login, display_name=display_name or login, role=role, team_id=team_id)
    session.add(user)
    session.flush()
    audit.record(session, login, "create", "user", user.id, role=role.value)
    return user


def list_users(database: Database, role: Role | None = None) -> list[CurrentUser]:
    with database.read() as session:
        query = select(User).where(User.active.is_(True)).order_by(User.display_name)
        if role is not None:
            query = query.where(User.role == role)
        return [CurrentUser.of(u) for u in session.scalars(query)]
