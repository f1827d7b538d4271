"""Teams as the QA lead keeps them: leads are team leads, a merge is dated like a transfer, a team with
agents is not closed; nobody else may change them."""
from __future__ import annotations

import datetime as dt

import pytest
import roster_files as rf
from sqlalchemy import select

from qa_desktop.cli import main
from qa_desktop.core.db import open_database
from qa_desktop.core.db.models import Agent, Role
from qa_desktop.core.errors import PermissionDenied, ValidationError
from qa_desktop.core.roster import teams
from qa_desktop.core.roster.history import TeamHistory
from qa_desktop.core.user_admin import add_user


@pytest.fixture
def centre(tmp_path):
    db = tmp_path / "qa.sqlite3"
    assert main(["users", "add", "lead", "--db", str(db)]) == 0
    roster = rf.write_csv(tmp_path / "roster.csv", rf.HEADERS_CN, rf.cn_rows(rf.january()), "gbk")
    assert main(["roster", "import", str(roster), "--db", str(db), "--user", "lead"]) == 0
    database = open_database(db)
    database.user_login = "lead"
    add_user(database, "wangli", "王丽", role=Role.TEAM_LEAD)
    add_user(database, "eva", "评估员")
    yield database
    database.dispose()


def test_leads_merges_and_closing(centre):
    ids = {t.name: t.id for t in teams.list_teams(centre)}
    with pytest.raises(ValidationError) as refused:
        teams.set_team_lead(centre, ids["投诉一组"], "eva")
    assert refused.value.params["why"] == "not_team_lead"
    teams.set_team_lead(centre, ids["投诉一组"], "wangli")
    assert {t.name: t.lead_login for t in teams.list_teams(centre)}["投诉一组"] == "wangli"
    with pytest.raises(ValidationError) as refused:
        teams.set_team_active(centre, ids["咨询二组"], False)
    assert refused.value.params["why"] == "team_not_empty"
    moved = teams.merge_teams(centre, ids["咨询二组"], ids["投诉一组"], dt.date(2027, 1, 1))
    assert moved == 5
    listed = {t.name: t for t in teams.list_teams(centre, include_closed=True)}
    assert listed["投诉一组"].agents == 12 and not listed["咨询二组"].active
    with centre.read() as session:
        agent_id = session.scalar(select(Agent.id).where(Agent.agent_code == "80001"))
        history = TeamHistory(session)
        assert history.team_on(agent_id, dt.date(2026, 12, 31)) == ids["咨询二组"]
        assert history.team_on(agent_id, dt.date(2027, 1, 1)) == ids["投诉一组"]
    teams.rename_team(centre, ids["投诉一组"], "一组")
    assert [t.name for t in teams.list_teams(centre)] == ["一组"]


def test_only_a_qa_lead_changes_teams(centre):
    centre.user_login = "wangli"
    with pytest.raises(PermissionDenied):
        teams.create_team(centre, "夜班组")
    with pytest.raises(PermissionDenied):
        teams.set_team_lead(centre, teams.list_teams(centre)[0].id, "wangli")


def test_a_team_id_no_longer_in_the_database_is_refused_by_name(centre):
    # The Teams page acts on ids from the list it last read; one that is gone is a refusal the page can
    # word (why=no_team), not an AttributeError on None.
    missing = max(t.id for t in teams.list_teams(centre, include_closed=True)) + 1
    for change in (lambda: teams.rename_team(centre, missing, "夜班组"),
                   lambda: teams.set_team_lead(centre, missing, "wangli"),
                   lambda: teams.set_team_active(centre, missing, False)):
        with pytest.raises(ValidationError) as refused:
            change()
        assert refused.value.params == {"team_id": missing, "why": "no_team"}
    assert "夜班组" not in {t.name for t in teams.list_teams(centre, include_closed=True)}
