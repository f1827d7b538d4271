"""A new person on a new database: `qa-desktop --db new.sqlite3`, OK in the first-run dialog."""
from __future__ import annotations

from acceptance_support import query
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def test_first_person_on_a_new_database_becomes_its_qa_lead(launch_app, tmp_path):
    database = tmp_path / "new.sqlite3"
    seen = {}

    def who_am_i(dialog):
        name = dialog.focusWidget()
        name.selectAll()
        QTest.keyClicks(name, "Tess Tester")
        QTest.keyClick(name, Qt.Key.Key_Return)

    def look(window):
        seen["title"] = window.windowTitle()

    run = launch_app(["--db", str(database), "--lang", "en"], first_run=who_am_i, script=look)

    assert run.saw_first_run and run.exit_code == 0 and run.quit_by_shortcut
    assert "Tess Tester" in seen["title"]
    assert query(database, "SELECT login, display_name, role FROM users") == [("tester", "Tess Tester", "qa_lead")]


def test_the_next_new_person_joins_as_evaluator(launch_app, tmp_path, monkeypatch):
    database = tmp_path / "team.sqlite3"
    launch_app(["--db", str(database), "--lang", "en"])
    monkeypatch.setenv("QA_DESKTOP_USER", "wang.fang")
    monkeypatch.setenv("QA_DESKTOP_SETTINGS_DIR", str(tmp_path / "another-computer"))

    run = launch_app(["--db", str(database), "--lang", "en"])

    assert run.saw_first_run
    assert sorted(query(database, "SELECT login, role FROM users")) == [("tester", "qa_lead"),
                                                                         ("wang.fang", "evaluator")]


def test_a_known_person_is_not_asked_again(launch_app, tmp_path):
    database = tmp_path / "new.sqlite3"
    launch_app(["--db", str(database), "--lang", "en"])

    run = launch_app(["--db", str(database), "--lang", "en"])

    assert not run.saw_first_run
    assert query(database, "SELECT count(*) FROM users") == [(1,)]
