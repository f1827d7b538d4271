"""Who may do what starts with who joins as what: roles are given, never taken."""
from __future__ import annotations

from qa_desktop.core.db.models import Role
from qa_desktop.core.users import ensure_user, find_user, join


def test_first_person_is_qa_lead_everyone_after_joins_as_evaluator(any_db):
    assert join(any_db, "first", "First").role == Role.QA_LEAD
    assert join(any_db, "second").role == Role.EVALUATOR
    assert join(any_db, "first").role == Role.QA_LEAD  # joining again changes nothing
    assert find_user(any_db, "second").display_name == "second"


def test_ensure_user_takes_a_role_as_its_plain_value(sqlite_db):
    assert ensure_user(sqlite_db, "lead", "组长", "team_lead").role == Role.TEAM_LEAD
    assert ensure_user(sqlite_db, "boss", role=Role.MANAGER).role == Role.MANAGER
