"""Signing in to a shared database: a password per person, failures that slow down, the OS keyring.

Where sign-in applies: a shared SQLite file and PostgreSQL (``Database.shared``), where several
people reach the same data. A private local database skips it (its owner is the OS account).

- A wrong password costs nothing the first few times, then each further failure doubles the wait
  before the next attempt (1 s, 2 s, 4 s … up to 5 min), counted in the database so another
  machine or a script does not start afresh.
- "Remember me on this computer" keeps the password in the OS keyring (Windows Credential
  Manager, macOS Keychain, Secret Service) under this database's name; nothing is written to disk
  by the app itself.
- A database where nobody has a password yet (new, or upgraded from before sign-in) lets its
  people in as before, and its QA lead chooses a password first; from then on everyone signs in.
"""
from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy import select
from sqlalchemy.orm import Session

from qa_desktop.core.auth.passwords import hash_password, needs_rehash, verify_password
from qa_desktop.core.db import Database, audit
from qa_desktop.core.db.models import Role, User, utcnow
from qa_desktop.core.errors import QADesktopError
from qa_desktop.core.users import CurrentUser

log = logging.getLogger(__name__)

KEYRING_SERVICE = "QA Desktop"
FREE_FAILURES = 3
MAX_WAIT_S = 300
# verified when the login is unknown, so a wrong login takes as long as a wrong password
_DUMMY_HASH = None


class SignInFailed(QADesktopError):
    """why: unknown | inactive | wrong | wait | no_password."""
    code = "sign_in_failed"


def wait_after(failures: int) -> int:
    """Seconds to wait before the next attempt after ``failures`` failures in a row."""
    if failures < FREE_FAILURES:
        return 0
    return min(MAX_WAIT_S, 2 ** (failures - FREE_FAILURES))


def sign_in_required(database: Database) -> bool:
    """Shared files and PostgreSQL once anyone has a password; never a private local database."""
    if not database.shared:
        return False
    with database.read() as session:
        return session.scalar(select(User.id).where(User.password_hash.is_not(None)).limit(1)) is not None


def _dummy() -> str:
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = hash_password("not-a-real-password")
    return _DUMMY_HASH


def sign_in(database: Database, login: str, password: str, *, now: dt.datetime | None = None) -> CurrentUser:
    """Check ``login``'s password; on success the database acts as them. Raises :class:`SignInFailed`."""
    now = now or utcnow()
    with database.read() as session:
        user = session.scalar(select(User).where(User.login == login))
        state = None if user is None else (user.id, bool(user.active), user.password_hash, user.failed_signins or 0,
                                           user.last_failed_at)
    if state is None:
        verify_password(_dummy(), password)
        raise SignInFailed(f"Unknown user or wrong password for {login}.", login=login, why="wrong")
    user_id, active, stored, failures, last_failed = state
    if not active:
        raise SignInFailed(f"{login} was deactivated; ask your QA lead.", login=login, why="inactive")
    wait = wait_after(failures)
    if wait and last_failed is not None and now < last_failed + dt.timedelta(seconds=wait):
        remaining = int((last_failed + dt.timedelta(seconds=wait) - now).total_seconds()) + 1
        raise SignInFailed(f"Too many wrong passwords for {login}; try again in {remaining} s.", login=login,
                           why="wait", seconds=remaining)
    if not stored:
        raise SignInFailed(f"{login} has no password yet; ask your QA lead to set one.", login=login,
                           why="no_password")
    def row_of(session: Session) -> User:
        row = session.get(User, user_id)
        if row is None:  # removed from the database while the password was checked: as an unknown user
            raise SignInFailed(f"Unknown user or wrong password for {login}.", login=login, why="wrong")
        return row

    if not verify_password(stored, password):
        def failed(session: Session) -> int:
            row = row_of(session)
            row.failed_signins = (row.failed_signins or 0) + 1
            row.last_failed_at = now
            audit.record(session, login, "sign_in_failed", "user", user_id, failures=row.failed_signins)
            return row.failed_signins

        count = database.write(failed)
        raise SignInFailed(f"Unknown user or wrong password for {login}.", login=login, why="wrong",
                           failures=count, seconds=wait_after(count))

    def succeeded(session: Session) -> CurrentUser:
        row = row_of(session)
        row.failed_signins, row.last_failed_at = 0, None
        if needs_rehash(stored):
            row.password_hash = hash_password(password)
        return CurrentUser.of(row)

    signed_in = database.write(succeeded)
    database.user_login = login
    database.signed_in_login = login
    return signed_in


def may_choose_first_password(database: Database, login: str) -> bool:
    """A QA lead of a database where nobody has a password yet chooses theirs (turning sign-in on)."""
    with database.read() as session:
        user = session.scalar(select(User).where(User.login == login))
        anyone = session.scalar(select(User.id).where(User.password_hash.is_not(None)).limit(1))
        return user is not None and user.active and user.role == Role.QA_LEAD and anyone is None


# ---------------------------------------------------------------- the OS keyring

def keyring_account(database: Database, login: str) -> str:
    """The keyring entry of ``login`` on this database (a file path, or the server URL without password)."""
    if database.is_sqlite:
        return f"{login}@{database.display_name}"
    return server_account(database.url, login)


def server_account(url: str, login: str) -> str:
    """The keyring entry of a PostgreSQL person: their login at the server URL, without any password."""
    from sqlalchemy.engine import make_url

    if url.startswith("postgresql://") or url.startswith("postgres://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    address = make_url(url).set(username=login or None, password=None).render_as_string(hide_password=False)
    return f"{login}@{address}"


def remembered_server_password(url: str, login: str) -> str | None:
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, server_account(url, login))
    except Exception:  # noqa: BLE001 - no keyring service: ask
        return None


def remembered_password(database: Database, login: str) -> str | None:
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, keyring_account(database, login))
    except Exception as error:  # noqa: BLE001 - no keyring service on this machine: just ask
        log.info("No password from the system keyring: %r", error)
        return None


def remember_password(database: Database, login: str, password: str) -> bool:
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, keyring_account(database, login), password)
        return True
    except Exception as error:  # noqa: BLE001 - keyring backends raise their own errors
        log.info("The system keyring did not keep the password: %r", error)
        return False


def forget_password(database: Database, login: str) -> None:
    try:
        import keyring

        keyring.delete_password(KEYRING_SERVICE, keyring_account(database, login))
    except Exception as error:  # noqa: BLE001 - nothing stored, or no keyring at all
        log.info("No password removed from the system keyring: %r", error)
