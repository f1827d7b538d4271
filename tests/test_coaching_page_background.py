"""The Coaching page reads and writes off the GUI thread: every core call it makes runs in a worker
thread, only the tab in sight is read, what a read brings appears once it returns, a save lands in the
database and in the list, and a page closed while a read runs lets it finish quietly."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select
from test_coaching_ui import _world

from qa_desktop.core.db.models import CoachingSession
from qa_desktop.core.users import find_user
from qa_desktop.core.workflow import coaching, month_recordings, training, training_records
from qa_desktop.ui.context import AppContext
from qa_desktop.ui.settings import AppSettings

CALLS = [(coaching, "list_sessions"), (coaching, "coachable_agents"), (coaching, "failed_items_of_agent"),
         (coaching, "coaching_effect"), (coaching, "record_session"), (coaching, "acknowledge"),
         (training, "monthly_error_rates"), (training, "training_ranking"), (month_recordings, "propose"),
         (month_recordings, "uncoached_failures"), (training_records, "sessions"), (training_records, "plans")]


@pytest.fixture
def watched(monkeypatch):
    """Each core call the page makes, with whether it ran on the GUI thread."""
    seen: list[tuple[str, bool]] = []
    for module, name in CALLS:
        original = getattr(module, name)

        def wrapper(*args, _original=original, _name=name, **kwargs):
            seen.append((_name, threading.current_thread() is threading.main_thread()))
            return _original(*args, **kwargs)

        monkeypatch.setattr(module, name, wrapper)
    return seen


def _page(qtbot, database):
    from qa_desktop.ui.coaching.page import CoachingPage

    _world(database)
    database.user_login = "lead"
    page = CoachingPage(AppContext(database, find_user(database, "lead"), AppSettings()))
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    return page


def test_every_read_and_save_of_the_page_runs_off_the_gui_thread(qtbot, sqlite_db, watched):
    page = _page(qtbot, sqlite_db)
    log = page.log_tab
    box = log.new_box
    assert page.loading.text() == "Loading…"  # the person sees that a read is under way
    qtbot.waitUntil(lambda: box.links.count() > 0 and page.loading.text() == "", timeout=20000)
    assert box.agent.count() == 1
    # only the tab in sight was read
    assert {name for name, _ in watched} == {"list_sessions", "coachable_agents", "failed_items_of_agent"}

    box.links.item(0).setCheckState(Qt.CheckState.Checked)
    box.agreed.setFocus()
    qtbot.keyClicks(box.agreed, "Greet by name")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: log.sessions.rowCount() == 1 and log.effect.rowCount() == 1, timeout=20000)
    with sqlite_db.read() as session:
        assert session.scalars(select(CoachingSession.agreed)).all() == ["Greet by name"]
    assert log.current["agreed"] == "Greet by name" and box.agreed.toPlainText() == ""

    qtbot.mouseClick(log.ack_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: log.current is not None and log.current["acknowledged_at"] is not None, timeout=20000)
    for index, loaded in ((1, lambda: page.training_tab.ranking.rows),
                          (2, lambda: not page.recordings_tab.loading),
                          (3, lambda: not page.training_records_tab.loading)):
        page.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda loaded=loaded: bool(loaded()) and page.loading.text() == "", timeout=20000)
    assert {name for name, _ in watched} == {name for _module, name in CALLS}
    assert [name for name, on_gui_thread in watched if on_gui_thread] == []


def test_a_page_shown_again_reads_only_the_tab_in_sight(qtbot, sqlite_db, watched):
    page = _page(qtbot, sqlite_db)
    qtbot.waitUntil(lambda: page.loading.text() == "", timeout=20000)
    page.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: page.loading.text() == "" and not page.recordings_tab.loading, timeout=20000)
    watched.clear()
    page.activate()  # the navigation shows the page again
    qtbot.waitUntil(lambda: page.loading.text() == "", timeout=20000)
    assert {name for name, _ in watched} == {"propose", "uncoached_failures"}
    watched.clear()
    page.tabs.setCurrentIndex(0)  # the log is read again, being stale since the page was shown again
    qtbot.waitUntil(lambda: page.loading.text() == "" and bool(watched), timeout=20000)
    assert "list_sessions" in {name for name, _ in watched}


def test_a_page_closed_while_its_read_runs_lets_it_finish_quietly(qtbot, sqlite_db, monkeypatch):
    release, started = threading.Event(), threading.Event()
    original = coaching.list_sessions

    def slow(*args, **kwargs):
        started.set()
        release.wait(10)
        return original(*args, **kwargs)

    monkeypatch.setattr(coaching, "list_sessions", slow)
    from qa_desktop.ui.coaching.page import CoachingPage

    _world(sqlite_db)
    sqlite_db.user_login = "lead"
    page = CoachingPage(AppContext(sqlite_db, find_user(sqlite_db, "lead"), AppSettings()))
    qtbot.waitUntil(started.is_set, timeout=20000)
    page.close()
    page.deleteLater()
    qtbot.wait(50)
    release.set()
    from PySide6.QtCore import QThreadPool

    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=20000)
    qtbot.wait(100)  # the answer's queued delivery to the deleted page: nothing raised


def test_a_coaching_note_typed_and_saved_with_ctrl_enter(qtbot, sqlite_db):
    """Keyboard-first: tick a failed item with the keyboard, type what was agreed, Ctrl+Enter saves; the
    session is in the database and at the top of the log."""
    page = _page(qtbot, sqlite_db)
    box, log = page.log_tab.new_box, page.log_tab
    qtbot.waitUntil(lambda: box.links.count() > 0 and page.loading.text() == "", timeout=20000)
    box.links.setFocus()
    box.links.setCurrentRow(0)
    qtbot.keyClick(box.links, Qt.Key.Key_Space)  # ticks the item
    box.agreed.setFocus()
    qtbot.keyClicks(box.agreed, "Use the closing phrase")
    qtbot.keyClick(box.agreed, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.message.text() == "Coaching session saved.", timeout=20000)
    with sqlite_db.read() as session:
        saved = session.scalars(select(CoachingSession)).all()
        assert [(s.agreed, len(s.links)) for s in saved] == [("Use the closing phrase", 1)]
    qtbot.waitUntil(lambda: log.sessions.rowCount() == 1, timeout=20000)
    assert log.current["agreed"] == "Use the closing phrase" and box.agreed.toPlainText() == ""
