"""The audit log's hash chain: `qa-desktop check` names the first entry changed behind the app's back."""
from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess

import pytest

from qa_desktop.cli import main
from qa_desktop.core.db import open_database
from qa_desktop.core.db.audit import verify_chain


def _database_with_history(tmp_path, capsys):
    db = tmp_path / "team.sqlite3"
    assert main(["users", "add", "lead", "--db", str(db)]) == 0
    for login in ("eva", "tl", "mgr"):
        assert main(["users", "add", login, "--db", str(db), "--user", "lead"]) == 0
    assert main(["users", "set-role", "tl", "team_lead", "--db", str(db), "--user", "lead"]) == 0
    assert main(["users", "deactivate", "mgr", "--db", str(db), "--user", "lead"]) == 0
    capsys.readouterr()
    return db


def check(db, capsys) -> tuple[int, dict]:
    code = main(["check", "--db", str(db), "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_an_untouched_log_is_one_whole_chain(tmp_path, capsys):
    db = _database_with_history(tmp_path, capsys)
    code, report = check(db, capsys)
    assert code == 0 and report["ok"], report
    assert report["audit"]["entries"] == 6 and report["audit"]["chained"] == 6


@pytest.mark.skipif(shutil.which("sqlite3") is None, reason="the sqlite3 command-line tool is not installed")
def test_an_entry_edited_with_the_sqlite3_tool_is_named(tmp_path, capsys):
    db = _database_with_history(tmp_path, capsys)
    # someone with write access to the share makes the role change look like someone else's
    subprocess.run(["sqlite3", str(db), "UPDATE audit_log SET user_login = 'eva' WHERE id = 5"], check=True)
    code, report = check(db, capsys)
    assert code == 1 and report["audit"]["first_break"] == {"id": 5, "problem": "edited"}
    assert any("audit entry 5 (set_role user by eva) was changed outside the app" in p for p in report["problems"])


def test_deleted_and_smuggled_entries_are_named(tmp_path, capsys):
    db = _database_with_history(tmp_path, capsys)
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(db, copy)
    with sqlite3.connect(db) as connection:  # outside the app: the plain sqlite3 module
        connection.execute("DELETE FROM audit_log WHERE id IN (3, 4)")
    code, report = check(db, capsys)
    assert code == 1 and report["audit"]["first_break"] == {"id": 5, "problem": "deleted_before", "after": 2}
    assert "audit entries 3–4 were deleted outside the app" in report["problems"][0]
    with sqlite3.connect(copy) as connection:
        connection.execute("INSERT INTO audit_log (at, user_login, action, entity) "
                           "VALUES ('2026-12-01 09:00:00', 'eva', 'set_role', 'user')")
    database = open_database(copy)
    try:
        chain = verify_chain(database)
    finally:
        database.dispose()
    assert chain.first_break == {"id": 7, "problem": "unchained"}


def test_the_app_chains_every_transaction_on_sqlite_and_postgresql(any_db):
    from qa_desktop.core.db.models import Role
    from qa_desktop.core.user_admin import add_user, set_role

    database = any_db
    add_user(database, "lead")
    database.user_login = "lead"
    for n in range(5):
        add_user(database, f"e{n}")
        set_role(database, f"e{n}", Role.MANAGER)
    chain = verify_chain(database)
    assert chain.first_break is None and chain.chained == chain.entries == 11
