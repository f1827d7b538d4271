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
    database = open_database(getattr(args, "db", None), shared=True if getattr(args, "shared", False) else None,
                             create=create, busy_timeout=wait)
    if wait is not None:
        database.lock_retries = 0  # one wait of that length, not several
    if getattr(args, "user", None):
        database.user_login = args.user
    try:
        sign_in_from_terminal(database)
    except BaseException:
        database.dispose()
        raise
    return database


def sign_in_from_terminal(database) -> None:
    """On a shared file or PostgreSQL, the acting user (``--user`` or the OS login) proves who they are.

    The password comes from the OS keyring ("remember me" in the app) or is asked on the terminal;
    a wrong one is refused like in the app, and repeated failures slow down there too.
    """
    from qa_desktop.core.auth.signin import SignInFailed, remembered_password, sign_in, sign_in_required

    if not sign_in_required(database):
        return
    login = database.user_login
    remembered = remembered_password(database, login)
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
