"""Users and roles given, never taken; sign-in on a shared file with hashed passwords, slow-down, keyring."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from qa_desktop.cli import main
from qa_desktop.core.auth.signin import SignInFailed, remember_password, sign_in, wait_after
from qa_desktop.core.db import open_database
from qa_desktop.core.db.models import AuditEntry, Role, User


@pytest.fixture
def passwords(monkeypatch):
    """What the person types at each getpass prompt, in order."""
    typed: list[str] = []

    def fake_getpass(prompt=""):
        if not typed:
            raise AssertionError(f"unexpected password prompt: {prompt}")
        return typed.pop(0)

    monkeypatch.setattr("getpass.getpass", fake_getpass)
    return typed


def users(db, capsys) -> dict[str, dict]:
    capsys.readouterr()
    assert main(["users", "list", "--db", str(db), "--json", "--user", "lead"]) == 0
    return {u["login"]: u for u in json.loads(capsys.readouterr().out)}


def test_roles_are_given_by_a_qa_lead_never_taken(tmp_path, capsys):
    db = tmp_path / "qa.sqlite3"
    # the first user of a new database is its QA lead, whatever role was asked for
    assert main(["users", "add", "lead", "--name", "李组长", "--role", "evaluator", "--db", str(db)]) == 0
    # someone unknown cannot add people; --user names who acts, it grants nothing
    assert main(["users", "add", "mallory", "--role", "qa_lead", "--db", str(db), "--user", "mallory"]) == 2
    assert "mallory is not a registered, active user" in capsys.readouterr().err
    assert main(["users", "add", "eva", "--name", "王评", "--db", str(db), "--user", "lead"]) == 0
    assert main(["users", "add", "tl", "--role", "team_lead", "--db", str(db), "--user", "lead"]) == 0
    listed = users(db, capsys)
    assert {k: v["role"] for k, v in listed.items()} == {"lead": "qa_lead", "eva": "evaluator", "tl": "team_lead"}
    # an evaluator cannot make themselves (or anyone) QA lead
    assert main(["users", "set-role", "eva", "qa_lead", "--db", str(db), "--user", "eva"]) == 2
    assert "only a QA lead may change roles" in capsys.readouterr().err
    assert main(["users", "set-role", "tl", "qa_lead", "--db", str(db), "--user", "tl"]) == 2
    # the last QA lead cannot step down or be deactivated; the database keeps its administrator
    assert main(["users", "set-role", "lead", "evaluator", "--db", str(db), "--user", "lead"]) == 2
    assert "last QA lead" in capsys.readouterr().err
    assert main(["users", "deactivate", "eva", "--db", str(db), "--user", "lead"]) == 0
    assert main(["users", "add", "x", "--db", str(db), "--user", "eva"]) == 2  # deactivated: may do nothing
    listed = users(db, capsys)
    assert listed["eva"]["active"] is False and listed["tl"]["role"] == "team_lead"
    database = open_database(db)
    try:
        with database.read() as session:
            actions = [(a.user_login, a.action) for a in session.scalars(select(AuditEntry).where(
                AuditEntry.entity == "user").order_by(AuditEntry.id))]
        assert actions == [("tester", "create"), ("lead", "create"), ("lead", "create"), ("lead", "deactivate")]
    finally:
        database.dispose()


def test_shared_database_sign_in_with_hashed_password_keyring_and_slow_down(
        tmp_path, capsys, passwords, memory_keyring):
    db = tmp_path / "team.sqlite3"
    shared = ["--db", str(db), "--shared"]
    assert main(["users", "add", "lead", *shared]) == 0
    assert main(["users", "add", "eva", *shared, "--user", "lead"]) == 0
    # nobody has a password yet: the QA lead chooses the first one, which turns sign-in on
    passwords[:] = ["", "lead-secret-1", "lead-secret-1"]
    assert main(["users", "set-password", "lead", *shared, "--user", "lead"]) == 0
    database = open_database(db, shared=True)
    try:
        with database.read() as session:
            stored = session.scalar(select(User.password_hash).where(User.login == "lead"))
        assert stored.startswith("$argon2id$") and "lead-secret-1" not in stored
    finally:
        database.dispose()
    # from now on --user asks for that user's password
    passwords[:] = ["wrong-password"]
    assert main(["users", "list", *shared, "--user", "lead"]) == 2
    assert "wrong password" in capsys.readouterr().err
    passwords[:] = ["lead-secret-1"]
    assert main(["users", "list", *shared, "--user", "lead"]) == 0
    # eva has no password yet: she cannot get in until the QA lead gives her one
    passwords[:] = ["anything-at-all"]
    assert main(["users", "list", *shared, "--user", "eva"]) == 2
    assert "eva has no password yet" in capsys.readouterr().err
    passwords[:] = ["lead-secret-1", "eva-secret-1", "eva-secret-1"]
    assert main(["users", "set-password", "eva", *shared, "--user", "lead"]) == 0
    # "remember me": the keyring answers, nothing is asked
    database = open_database(db, shared=True)
    remember_password(database, "eva", "eva-secret-1")
    database.dispose()
    capsys.readouterr()
    assert main(["users", "list", *shared, "--user", "eva", "--json"]) == 0
    assert memory_keyring.items and not passwords
    # an evaluator signed in still cannot grant herself a role
    assert main(["users", "set-role", "eva", "qa_lead", *shared, "--user", "eva"]) == 2


def test_repeated_failures_slow_down_and_count_across_processes(tmp_path):
    from qa_desktop.core.user_admin import add_user, set_password

    database = open_database(tmp_path / "team.sqlite3", shared=True)
    try:
        add_user(database, "lead")
        database.user_login = "lead"
        set_password(database, "lead", "lead-secret-1")
        start = dt.datetime(2026, 12, 7, 9, 0, 0)
        for attempt in range(3):
            with pytest.raises(SignInFailed) as failed:
                sign_in(database, "lead", "guess", now=start + dt.timedelta(seconds=attempt))
            assert failed.value.params["why"] == "wrong"
        # after three failures the next attempt must wait; even the right password is not checked
        with pytest.raises(SignInFailed) as failed:
            sign_in(database, "lead", "lead-secret-1", now=start + dt.timedelta(seconds=2.5))
        assert failed.value.params["why"] == "wait"
        assert [wait_after(n) for n in (2, 3, 4, 5, 20)] == [0, 1, 2, 4, 300]
        user = sign_in(database, "lead", "lead-secret-1", now=start + dt.timedelta(seconds=10))
        assert user.role == Role.QA_LEAD
        with database.read() as session:
            assert session.scalar(select(User.failed_signins).where(User.login == "lead")) == 0
    finally:
        database.dispose()


def test_a_private_local_database_skips_sign_in(tmp_path, passwords):
    db = tmp_path / "mine.sqlite3"
    assert main(["users", "add", "tester", "--db", str(db)]) == 0
    passwords[:] = ["", "my-secret-12", "my-secret-12"]
    assert main(["users", "set-password", "tester", "--db", str(db)]) == 0
    assert main(["users", "list", "--db", str(db)]) == 0  # nothing asked


def test_a_postgresql_server_asking_for_a_password_gets_it_from_the_keyring_or_the_prompt(
        tmp_path, passwords, memory_keyring, monkeypatch, capsys):
    """The server's own refusal ("password authentication failed") makes the CLI ask, never the command line."""
    import qa_desktop.core.db as db_module
    from qa_desktop.core.auth.signin import server_account
    from qa_desktop.core.errors import DatabaseUnreachable

    real_open = db_module.open_database
    local = tmp_path / "stand-in.sqlite3"
    assert main(["users", "add", "eva", "--db", str(local)]) == 0
    given = []

    def server(target, *, password=None, **kwargs):
        given.append(password)
        if password != "eva-secret-1":
            raise DatabaseUnreachable("Cannot connect: password authentication failed", why="password",
                                      login="eva", path="postgresql+psycopg://eva@db.example:5432/qa")
        return real_open(local)

    monkeypatch.setattr(db_module, "open_database", server)
    passwords[:] = ["eva-secret-1"]
    assert main(["users", "list", "--db", "postgresql://eva@db.example:5432/qa"]) == 0
    assert given == [None, "eva-secret-1"] and not passwords
    memory_keyring.items[("QA Desktop", server_account("postgresql://eva@db.example:5432/qa", "eva"))] = \
        "eva-secret-1"
    given.clear()
    assert main(["users", "list", "--db", "postgresql://eva@db.example:5432/qa"]) == 0
    assert given == [None, "eva-secret-1"]  # the keyring answered; nothing was asked


def test_the_first_password_is_the_qa_leads_so_nobody_locks_the_lead_out(tmp_path, passwords, capsys):
    db = tmp_path / "team.sqlite3"
    shared = ["--db", str(db), "--shared"]
    assert main(["users", "add", "lead", *shared]) == 0
    assert main(["users", "add", "eva", *shared, "--user", "lead"]) == 0
    passwords[:] = ["", "eva-secret-1", "eva-secret-1"]
    assert main(["users", "set-password", "eva", *shared, "--user", "eva"]) == 2
    assert "The QA lead chooses the first password" in capsys.readouterr().err
    passwords[:] = ["eva-secret-1", "eva-secret-1"]
    assert main(["users", "set-password", "eva", *shared, "--user", "lead"]) == 2  # not even the lead for her
    passwords[:] = ["", "lead-secret-1", "lead-secret-1"]
    assert main(["users", "set-password", "lead", *shared, "--user", "lead"]) == 0
