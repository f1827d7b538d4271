"""A shared database held by another machine, and a workspace killed mid-typing (issue 18).

- Another process holds the shared file's lock (BEGIN EXCLUSIVE) while the evaluator scores and
  saves: the window keeps answering, says it is waiting for the shared database, the answers
  are in the local journal, and the save lands once the lock is released.
- The app is killed with SIGKILL right after a keystroke, before any save: at the next start
  the draft is in the database.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool, QTimer
from sqlalchemy import select
from workspace_support import populate, show_workspace

from qa_desktop.core.db import open_database
from qa_desktop.core.db.models import Annotation, Evaluation
from qa_desktop.core.draft_journal import DraftJournal, database_identity
from qa_desktop.ui.context import AppContext
from qa_desktop.ui.settings import AppSettings

ROOT = Path(__file__).resolve().parent.parent

HOLD_LOCK = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.readline()
connection.execute("COMMIT")
"""

TYPE_AND_DIE = """
import sys, time
from PySide6.QtWidgets import QApplication
from PySide6.QtTest import QTest
app = QApplication([])
from qa_desktop.core.db import open_database
from qa_desktop.core.users import ensure_user
from qa_desktop.ui.context import AppContext
from qa_desktop.ui.settings import AppSettings
from qa_desktop.ui.workspace.page import WorkspacePage
database = open_database(sys.argv[1])
database.user_login = "tester"
page = WorkspacePage(AppContext(database, ensure_user(database, "tester"), AppSettings()))
page.resize(1366, 768)
page.show()
page.open_call(int(sys.argv[2]))
row = page.panel.rows[0]
row.setFocus()
QTest.keyClicks(row, "2")
print("typed", flush=True)
time.sleep(120)   # the event loop never runs again: no autosave, the kill comes first
"""


class GapMeter:
    """The longest pause between ticks of a 20 ms timer: how long the event loop stopped answering."""

    def __init__(self):
        self.longest = 0.0
        self._last = time.monotonic()
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self):
        now = time.monotonic()
        self.longest = max(self.longest, now - self._last)
        self._last = now


def answers_in_database(path, call_id):
    database = open_database(path, migrate=False)
    try:
        with database.read() as session:
            evaluation = session.scalar(select(Evaluation).where(Evaluation.call_id == call_id))
            return None if evaluation is None else dict(evaluation.answers)
    finally:
        database.dispose()


@pytest.fixture
def shared(tmp_path, monkeypatch):
    """A team database in shared-file mode (rollback journal: a held lock blocks readers too)."""
    monkeypatch.setenv("QA_DESKTOP_PLAYER", "silent")
    path = tmp_path / "team.sqlite3"
    database = open_database(path, shared=True)
    database.user_login = "tester"
    data = populate(database, tmp_path, calls=2, seconds=6)
    yield path, database, data
    database.dispose()


def test_a_held_lock_never_freezes_the_window_and_the_save_lands_when_released(qtbot, shared):
    path, database, data = shared
    page = show_workspace(qtbot, AppContext(database, data["me"], AppSettings()), active=False)
    call_id = data["calls"][0]
    page.open_call(call_id)
    qtbot.wait(2000)  # listening: the call's details and the next call's preload are read by now

    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        meter = GapMeter()
        for row, key in zip(page.panel.rows[:3], "211"):
            row.setFocus()
            qtbot.keyClicks(row, key)
            qtbot.wait(100)
        page.panel.rows[0].comment.setFocus()
        qtbot.keyClicks(page.panel.rows[0].comment, "no agent ID")
        page.panel.rows[1].setFocus()
        qtbot.keyClick(page.panel.rows[1], Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)   # a note
        qtbot.keyClicks(page.notes.edit, "long hold")
        qtbot.keyClick(page.notes.edit, Qt.Key.Key_Return)
        page.save_now()                                   # Ctrl+S
        qtbot.wait(3500)                                  # the autosave and the poll come and go meanwhile
        assert "Waiting for the shared database" in page.panel.state_label.text()
        typed = dict(zip([r.item.code for r in page.panel.rows[:3]], ["no", "yes", "yes"]))
        journal = DraftJournal()
        [entry] = journal.pending(database_identity(database))
        assert entry.call_id == call_id and entry.answers == typed
        assert entry.comments == {"greeting_id": "no agent ID"}
        qtbot.keyClick(page.panel.rows[1], Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # the next call
        qtbot.wait(500)
        assert page.call.id == call_id                    # it opens once the database answers
        # A freeze detector, not a timing: a save on the GUI thread stopped the loop for 30 s and more.
        assert meter.longest < 1.0, f"the event loop stopped for {meter.longest:.1f} s"
    finally:
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(10)
    qtbot.waitUntil(lambda: page.call.id == data["calls"][1], timeout=15000)
    qtbot.waitUntil(lambda: not page.saver.busy() and not page.worker.pending(), timeout=15000)
    assert answers_in_database(path, call_id) == typed
    qtbot.waitUntil(lambda: not page.worker.pending())
    check = open_database(path, migrate=False)
    try:
        with check.read() as session:
            assert [(n.text, n.item_code) for n in session.scalars(select(Annotation))] == [
                ("long hold", page.panel.rows[1].item.code)]
    finally:
        check.dispose()
    assert DraftJournal().pending(database_identity(database)) == []
    page.release_database()
    QThreadPool.globalInstance().waitForDone(10000)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_kill_right_after_a_keystroke_loses_nothing(qtbot, sqlite_db, tmp_path, monkeypatch):
    from qa_desktop.ui.workspace.page import WorkspacePage

    monkeypatch.setenv("QA_DESKTOP_PLAYER", "silent")
    sqlite_db.user_login = "tester"
    data = populate(sqlite_db, tmp_path, calls=2, seconds=6)
    call_id = data["calls"][1]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, "-c", TYPE_AND_DIE, str(sqlite_db.path), str(call_id)], env=env,
                             stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert child.stdout.readline().strip() == "typed"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    assert child.returncode == -signal.SIGKILL
    assert answers_in_database(sqlite_db.path, call_id) is None    # never reached the database

    # The next start: the workspace saves what the journal kept.
    page = WorkspacePage(AppContext(sqlite_db, data["me"], AppSettings()))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: answers_in_database(sqlite_db.path, call_id) == {"greeting_id": "no"}, timeout=10000)
    qtbot.waitUntil(lambda: not page.worker.pending())   # the journal entry goes once the save is in
    assert DraftJournal().pending(database_identity(sqlite_db)) == []
    page.release_database()
    QThreadPool.globalInstance().waitForDone(10000)
