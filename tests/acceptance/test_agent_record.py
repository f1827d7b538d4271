"""A team lead looks up one of her agents before a coaching talk: Roster → type the 工号 → Enter →
the agent's record (results, coaching, training, rewards and penalties), checked against the database.

Entered through `qa-desktop --db FILE --user LOGIN` on the demo loaded through the GUI (conftest).
"""
from __future__ import annotations

from acceptance_support import background_idle, find, press, query, type_text, wait_until
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QTableView, QTabWidget


def _open_roster(window):
    if not window.isActiveWindow():  # a person clicks the window first
        window.activateWindow()
        QTest.qWaitForWindowActive(window, 5000)
    nav = window.nav
    row = next(n for n in range(nav.count()) if nav.item(n).data(Qt.ItemDataRole.UserRole) == "roster")
    QTest.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(nav.item(row)).center())
    wait_until(lambda: window.stack.currentIndex() == row, 10, "the Roster page")
    return window.stack.currentWidget()


def test_team_lead_reads_her_agents_record_and_is_refused_another_teams(launch_app, centre):
    (lead_id, team_id), = query(centre, "SELECT u.id, t.id FROM users u JOIN teams t ON t.lead_user_id = u.id "
                                        "WHERE u.role = 'team_lead' ORDER BY u.id LIMIT 1")
    (login,), = query(centre, "SELECT login FROM users WHERE id = :id", id=lead_id)
    # her agent with the most coaching sessions, and an agent of another team
    (agent_id, code), = query(centre, "SELECT a.id, a.agent_code FROM agents a JOIN coaching_sessions c "
                                      "ON c.agent_id = a.id WHERE a.team_id = :t GROUP BY a.id "
                                      "ORDER BY count(*) DESC, a.id LIMIT 1", t=team_id)
    (other_code,), = query(centre, "SELECT agent_code FROM agents WHERE team_id <> :t AND active = 1 LIMIT 1",
                           t=team_id)
    seen: dict = {}

    def work(window):
        # The record: Enter on the agent opens it; read what it shows once loaded, then Esc closes it.
        for agent in (code, other_code):
            page = _open_roster(window)
            search = find(page, QLineEdit, "rosterSearch")
            search.setFocus()
            search.selectAll()
            type_text(agent, target=search)
            press(Qt.Key.Key_Return, target=search)
            table = find(page, QTableView, "rosterTable")
            model = table.model()
            # the roster lists every agent (another team's too: the record is what is refused)
            wait_until(lambda model=model, agent=agent: any(model.row(n)["agent_code"] == agent
                                                            for n in range(model.rowCount())),
                       20, "the roster filtered to the agent")
            wait_until(background_idle, 20, "the roster's reads done")
            table.setFocus()
            table.selectRow(next(n for n in range(model.rowCount()) if model.row(n)["agent_code"] == agent))
            QTest.qWait(20)

            def read_and_close(agent=agent):
                dialog = QApplication.activeModalWidget()
                if not (isinstance(dialog, QDialog) and dialog.objectName() == "agentOverview"):
                    QTimer.singleShot(20, lambda: read_and_close(agent))
                    return
                heading = dialog.findChild(QLabel, "agentHeading")
                wait_until(lambda: heading.text() != dialog.tr("Loading…"), 20, "the record loaded")
                tabs = dialog.findChild(QTabWidget)
                seen[agent] = {
                    "heading": heading.text(),
                    "summary": dialog.findChild(QLabel, "agentSummary").text(),
                    "tabs": [tabs.tabText(n) for n in range(tabs.count())],
                    "rows": {name: dialog.findChild(QTableView, f"agent_{name}").model().rowCount()
                             for name in ("results", "coaching", "training", "rewards")},
                }
                press(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier, dialog)   # to the Coaching tab
                seen[agent]["tab_after_ctrl_2"] = tabs.currentIndex()
                press(Qt.Key.Key_Escape, target=dialog)

            QTimer.singleShot(0, read_and_close)
            press(Qt.Key.Key_Return, target=table)
            wait_until(lambda agent=agent: agent in seen and QApplication.activeModalWidget() is None, 30,
                       "the record read and closed")

    run = launch_app(["--db", str(centre), "--user", login, "--lang", "en"], script=work)
    assert run.exit_code == 0 and not run.saw_first_run

    mine = seen[code]
    evaluations = query(centre, "SELECT count(*) FROM evaluations e JOIN calls c ON c.id = e.call_id WHERE "
                                "c.agent_id = :a AND e.status = 'submitted' AND e.kind = 'regular'", a=agent_id)[0][0]
    coaching = query(centre, "SELECT count(*) FROM coaching_sessions WHERE agent_id = :a", a=agent_id)[0][0]
    training = query(centre, "SELECT count(*) FROM training_trainees WHERE agent_id = :a", a=agent_id)[0][0]
    rewards = query(centre, "SELECT count(*) FROM flags f JOIN calls c ON c.id = f.call_id WHERE c.agent_id = :a "
                            "AND f.kind IN ('complaint', 'praise') AND f.resolution = 'founded'", a=agent_id)[0][0]
    assert coaching >= 1
    assert mine["rows"] == {"results": min(evaluations, 30), "coaching": coaching, "training": training,
                            "rewards": rewards}
    (name,), = query(centre, "SELECT name FROM agents WHERE id = :a", a=agent_id)
    assert mine["heading"].startswith(f"{code} {name} · ")
    assert mine["tabs"][1] == f"Coaching ({coaching})" and mine["tab_after_ctrl_2"] == 1
    # the other team's agent: refused in words, nothing listed
    other = seen[other_code]
    assert other["heading"] == f"Agent {other_code} is not in a team whose records you may read."
    assert other["rows"] == dict.fromkeys(other["rows"], 0)
