"""Settings → Database, through the page: shared mode on the open file, per-database memory, same person."""
from __future__ import annotations

import os

from acceptance_support import click, find, go_to_page, query, type_text, wait_until, when_dialog_opens
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QLineEdit, QMessageBox, QPushButton


def _open(window, target: str, shared: bool) -> None:
    page = go_to_page(window, 9)
    path = find(page, QLineEdit, "databasePath")
    path.setFocus()
    path.selectAll()
    type_text(target, path)
    box = find(page, QCheckBox, "sharedDatabase")
    if box.isChecked() != shared:
        box.setFocus()
        QTest.keyClick(box, Qt.Key.Key_Space)
    click(find(page, QPushButton, "openDatabase"))


def test_sharing_the_open_database_is_not_busy_and_remembered_for_that_file_only(launch_app, tmp_path):
    team, mine = tmp_path / "team.sqlite3", tmp_path / "mine.sqlite3"
    launch_app(["--db", str(mine), "--lang", "en"])                  # the first-run dialog: Enter
    seen = {}

    def share_the_open_one(window):
        boxes = seen["boxes"] = []

        def note_and_close(box):
            boxes.append(box.text())
            box.reject()

        when_dialog_opens(note_and_close, QMessageBox)               # any message ("busy…") is a failure
        _open(window, str(team), shared=True)                        # tick Shared on the open file, Open
        wait_until(lambda: window.ctx.db.shared or boxes, 40, "reopened shared")
        seen["shared"] = window.ctx.db.shared

    launch_app(["--db", str(team), "--lang", "en"], script=share_the_open_one)
    assert seen == {"boxes": [], "shared": True}
    assert query(team, "PRAGMA journal_mode") == [("delete",)]      # shared: no WAL

    later = {}
    launch_app(["--db", str(mine), "--lang", "en"], script=lambda w: later.update(mine=w.ctx.db.shared))
    launch_app(["--db", str(team), "--lang", "en"], script=lambda w: later.update(team=w.ctx.db.shared))
    assert later == {"mine": False, "team": True}


def test_opening_another_database_keeps_the_signed_in_person(launch_app, tmp_path, monkeypatch):
    first, other = tmp_path / "first.sqlite3", tmp_path / "other.sqlite3"
    launch_app(["--db", str(first), "--lang", "en"])                 # tester: QA lead of first
    launch_app(["--db", str(other), "--lang", "en"])                 # tester: QA lead of other
    here = os.environ["QA_DESKTOP_SETTINGS_DIR"]
    monkeypatch.setenv("QA_DESKTOP_SETTINGS_DIR", str(tmp_path / "a-colleague's-computer"))
    launch_app(["--db", str(first), "--user", "wang.fang", "--lang", "en"])  # wang.fang joins first
    monkeypatch.setenv("QA_DESKTOP_SETTINGS_DIR", here)              # back on this computer (tester's)
    seen = {}

    def switch(window):
        seen["before"] = window.ctx.user.login

        def welcome(dialog):
            seen["asked"] = dialog.findChild(QLineEdit, "firstRunLogin").text()
            QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)

        when_dialog_opens(welcome)                                   # new to "other": who are you?
        _open(window, str(other), shared=False)
        wait_until(lambda: window.ctx.db.path == other, 20, "other database open")
        seen["after"] = window.ctx.user.login

    run = launch_app(["--db", str(first), "--user", "wang.fang", "--lang", "en"], script=switch)
    assert not run.saw_first_run
    assert seen == {"before": "wang.fang", "asked": "wang.fang", "after": "wang.fang"}
    assert ("wang.fang", "evaluator") in query(other, "SELECT login, role FROM users")
