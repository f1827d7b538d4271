"""What every command shares: opening the database, acting as a user, printing results."""
from __future__ import annotations

import datetime as dt
import decimal
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from qa_desktop.core.db import Database


def open_db(args, *, create: bool = True) -> Database:
    # Imported here: SQLAlchemy alone takes longer than `--version` and `--help` may (issue 19).
    from qa_desktop.core.db import open_database

    wait = getattr(args, "wait", None)
    if wait is not None and not 0 < wait <= 3600:
        raise ValueError("--wait takes a number of seconds from 0 to 3600")
    from qa_desktop.core.errors import DatabaseUnreachable

    target, shared = getattr(args, "db", None), True if getattr(args, "shared", False) else None
    password = None
    try:
        database = open_database(target, shared=shared, create=create, busy_timeout=wait)
    except DatabaseUnreachable as error:
        if error.params.get("why") != "password":
            raise
        # PostgreSQL wants this person's own password: from the keyring, else asked (never on the command line)
        password = _server_password(error.params.get("path", ""), error.params.get("login", ""))
        database = open_database(target, shared=shared, create=create, busy_timeout=wait, password=password)
    if wait is not None:
        database.lock_retries = 0  # one wait of that length, not several
    if getattr(args, "user", None):
        database.user_login = args.user
    try:
        sign_in_from_terminal(database, password)
    except BaseException:
        database.dispose()
        raise
    return database


def _server_password(shown_url: str, login: str) -> str:
    from qa_desktop.core.auth.signin import remembered_server_password

    remembered = remembered_server_password(shown_url, login)
    if remembered is not None:
        return remembered
    import getpass

    return getpass.getpass(f"Password for {login} ({shown_url}): ")


def sign_in_from_terminal(database, known_password: str | None = None) -> None:
    """On a shared file or PostgreSQL, the acting user (``--user`` or the OS login) proves who they are.

    The password comes from the OS keyring ("remember me" in the app) or is asked on the terminal;
    a wrong one is refused like in the app, and repeated failures slow down there too.
    """
    from qa_desktop.core.auth.signin import SignInFailed, remembered_password, sign_in, sign_in_required

    if not sign_in_required(database):
        return
    login = database.user_login
    remembered = known_password if known_password is not None else remembered_password(database, login)
    if remembered is not None:
        try:
            sign_in(database, login, remembered)
            return
        except SignInFailed as error:
            if error.params.get("why") != "wrong":
                raise
    import getpass

    sign_in(database, login, getpass.getpass(f"Password for {login} ({database.display_name}): "))


def _default(value: Any) -> Any:
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if hasattr(value, "to_dict"):
        return value.to_dict()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def to_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=_default)


def emit(args, data: Any, text: Callable[[Any], str] | str | None = None) -> None:
    """Print ``data`` as JSON with ``--json``, else as the human text."""
    if getattr(args, "json", False):
        sys.stdout.write(to_json(data) + "\n")
    elif text is not None:
        sys.stdout.write((text(data) if callable(text) else text).rstrip("\n") + "\n")


def add_json_flag(parser) -> None:
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
