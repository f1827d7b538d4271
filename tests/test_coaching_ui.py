"""The Coaching page: models without a window; logging a session with a failed item and an action,
acknowledging it, scheduling a follow-up; the training-needs tables."""
from __future__ import annotations

import datetime as dt

import workflow_builders as build
from PySide6.QtCore import QDate, Qt

from qa_desktop.core.db.models import Role
from qa_desktop.core.users import find_user
from qa_desktop.ui.coaching import tables
from qa_desktop.ui.context import AppContext
from qa_desktop.ui.settings import AppSettings

TODAY = dt.date.today()


def _world(db):
    def work(s):
        lead = build.user(s, "lead", Role.TEAM_LEAD)
        ev = build.user(s, "eva", Role.EVALUATOR)
        team = build.team(s, "Team A", lead)
        version = build.form_version(s)
        agent = build.agent(s, "A1", team)
        other = build.agent(s, "B1", build.team(s, "Team B"))
        start = dt.datetime.combine(TODAY.replace(day=1), dt.time(9))
        for n, total in enumerate([50, 50, 70]):
            c = build.call(s, agent, start + dt.timedelta(hours=n), external_id=f"A-{n}")
            build.evaluation(s, c, ev, version, total=total, submitted_at=start + dt.timedelta(hours=n, minutes=30))
        c = build.call(s, other, start, external_id="B-0")
        build.evaluation(s, c, ev, version, total=100, submitted_at=start + dt.timedelta(minutes=30))

    db.write(work)


def test_effect_and_ranking_models(qapp):
    effect = tables.effect_model()
    effect.set_rows([{"item_code": "close", "item_text": "Closing phrase",
                      "before": {"passed": 1, "evaluated": 4, "rate": 0.25},
                      "after": {"passed": 3, "evaluated": 4, "rate": 0.75}, "change": 0.5}])
    assert [effect.text(0, c) for c in range(4)] == ["25% (1/4)", "75% (3/4)", "+50%", "Closing phrase"]
    ranking = tables.ranking_model()
    ranking.set_rows([{"rank": 1, "agent_code": "B1", "agent_name": "Bo", "team": "B", "evaluations": 3,
                       "mean": 95.0, "group": "recording"}])
    assert ranking.text(0, 5) == "Recording-based training"


def test_log_a_session_and_follow_it_up(qtbot, sqlite_db):
    from qa_desktop.ui.coaching.page import CoachingPage

    _world(sqlite_db)
    sqlite_db.user_login = "lead"
    ctx = AppContext(sqlite_db, find_user(sqlite_db, "lead"), AppSettings())
    page = CoachingPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    box = page.log_tab.new_box
    qtbot.waitUntil(lambda: box.links.count() > 0, timeout=20000)  # read in the background
    assert box.agent.count() == 1  # only the lead's own team
    texts = [box.links.item(n).text() for n in range(box.links.count())]
    # items are named by their text, never by their code
    assert any(": Closing phrase" in t for t in texts) and any(": Solved the problem" in t for t in texts)
    assert not any(t.endswith(": close") for t in texts)
    # a score reads as it does everywhere else (two decimals), not as Python prints a float ("50.0")
    assert all(", score 50.00: " in t or ", score 70.00: " in t for t in texts), texts
    close_entry = next(n for n, t in enumerate(texts) if t.endswith(": Closing phrase"))
    box.links.item(close_entry).setCheckState(Qt.CheckState.Checked)
    box.held_on.setDate(QDate(TODAY))
    box.agreed.setPlainText("Say the closing phrase on every call")
    box.action.setText("Practise the closing script")
    box.owner.setText("A1")
    box.follow_up.setChecked(True)
    box.save()
    qtbot.waitUntil(lambda: page.message.text() == "Coaching session saved.", timeout=20000)
    tab = page.log_tab
    qtbot.waitUntil(lambda: tab.sessions.rowCount() == 1 and tab.effect.rowCount() == 1, timeout=20000)
    assert tab.sessions.text(0, 8) == "Closing phrase" and tab.actions.rowCount() == 1
    assert tab.effect.text(0, 0) == "33% (1/3)"
    tab.acknowledge()
    qtbot.waitUntil(lambda: tab.current is not None and tab.current["acknowledged_at"] is not None, timeout=20000)
    tab.actions_view.selectRow(0)
    tab.mark_action_done()
    qtbot.waitUntil(lambda: tab.actions.text(0, 3) == "Done", timeout=20000)
    page.grab().save("/tmp/coaching.png")
    page.tabs.setCurrentIndex(1)
    training = page.training_tab
    qtbot.waitUntil(lambda: not page.training_tab.loading and training.items.rowCount() > 0, timeout=20000)
    # a team lead sees only their own team: B1's perfect scores are not counted
    assert training.items.rowCount() == 4 and [r["agent_code"] for r in training.ranking.rows] == ["A1"]
    assert "3 evaluations" in training.summary.text()
    page.grab().save("/tmp/training.png")


def _lead_coaching_page(qtbot, database):
    """The Coaching page of a new QA lead on an empty database."""
    from qa_desktop.ui.coaching.page import CoachingPage

    database.write(lambda s: build.user(s, "lead", Role.QA_LEAD))
    database.user_login = "lead"
    page = CoachingPage(AppContext(database, find_user(database, "lead"), AppSettings()))
    qtbot.addWidget(page)
    return page


def test_no_failed_call_left_to_coach_is_said_not_left_as_an_empty_table(qtbot, sqlite_db):
    """Recordings of the month: with every failed call coached, the list of failed calls not yet coached
    was an empty table under its heading, which reads as 'still loading' or 'broken'."""
    page = _lead_coaching_page(qtbot, sqlite_db)
    tab = page.recordings_tab
    page.tabs.setCurrentWidget(tab)
    tab.refresh()
    qtbot.waitUntil(lambda: not tab.loading, timeout=20000)
    assert tab.uncoached.rowCount() == 0
    assert "none" in tab.uncoached_label.text()


def test_a_month_without_training_says_so(qtbot, sqlite_db):
    """Training records of a month with none: two empty tables, nothing said; now the month says it has
    no training recorded and where to record one."""
    page = _lead_coaching_page(qtbot, sqlite_db)
    tab = page.training_records_tab
    page.tabs.setCurrentWidget(tab)
    tab.refresh()
    qtbot.waitUntil(lambda: not tab.loading and tab.message.text() != "", timeout=20000)
    assert tab.sessions.rowCount() == 0
    assert tab.message.text().startswith("No training recorded in " + tab.month.text())
