"""The Calibration page writes off the GUI thread: a consensus, a new session, calls added, a session
closed, self-checks assigned, saved and submitted each run in a worker thread while the button that
asked stays closed (a second press writes nothing) and the dialog that asked stays open; a refusal is
said in words and leaves the answers or the notes typed where they were; a page closed while its write
runs lets it land quietly."""
from __future__ import annotations

import threading

from PySide6.QtWidgets import QMessageBox
from test_calibration_ui import page_for, scored_session, settle

from qa_desktop.core import evaluations
from qa_desktop.core.calibration import consistency
from qa_desktop.core.calibration import sessions as cal
from qa_desktop.core.users import find_user
from tests.test_calibration_sessions import answers, as_user, seed

WRITES = [(cal, "record_consensus"), (cal, "create_session"), (cal, "add_calls"), (cal, "close_session"),
          (consistency, "assign_self_checks"), (evaluations, "submit"), (evaluations, "save_draft")]


def watch_writes(monkeypatch, hold: threading.Event) -> list[tuple[str, bool]]:
    """Each write, with whether it ran on the GUI thread; each waits for ``hold`` (a colleague's save
    holding the shared database) before it writes."""
    seen: list[tuple[str, bool]] = []
    for module, name in WRITES:
        original = getattr(module, name)

        def wrapper(*args, _original=original, _name=name, **kwargs):
            seen.append((_name, threading.current_thread() is threading.main_thread()))
            hold.wait(5)
            return _original(*args, **kwargs)

        monkeypatch.setattr(module, name, wrapper)
    return seen


def warnings_shown(monkeypatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _parent, _title, text, *a, **k: said.append(text)))
    return said


def held(qtbot, seen, name: str) -> None:
    """The write ``name`` has started and waits: the window is alive meanwhile."""
    qtbot.waitUntil(lambda: name in [n for n, _ in seen])


def test_every_calibration_write_runs_off_the_gui_thread_with_its_button_closed(qtbot, sqlite_db, monkeypatch):
    from qa_desktop.ui.calibration.close_dialog import CloseSessionDialog
    from qa_desktop.ui.calibration.new_session_dialog import AddCallsDialog, NewSessionDialog
    from tests.test_calibration_consistency import past_evaluations

    ids = seed(sqlite_db)
    session_id = scored_session(sqlite_db, ids)
    past_evaluations(sqlite_db, ids, "ann", 40, [("yes", "yes", 4, 4), ("yes", "no", 3, 3)])
    hold = threading.Event()
    seen = watch_writes(monkeypatch, hold)
    said = warnings_shown(monkeypatch)
    page = page_for(qtbot, sqlite_db, "lead")
    status: list[str] = []
    page.ctx.statusMessage.connect(status.append)

    # the consensus of call 2
    page.tabs.setCurrentIndex(1)
    page.call_picker.setCurrentIndex(1)
    page.consensus_panel.set_values(answers("yes", "no", 3, 4), {"closing": "agent hung up first"})
    page.save_consensus()
    held(qtbot, seen, "record_consensus")
    assert page.reading() and not page.save_consensus_button.isEnabled() and not page.close_button.isEnabled()
    assert status == ["Saving the consensus…"]              # the page says what it is doing
    assert not page.new_button.isEnabled() and not page.add_calls_button.isEnabled()
    page.save_consensus()                                    # pressed again: nothing more is written
    assert [n for n, _ in seen] == ["record_consensus"]
    hold.set()
    settle(qtbot, page)
    assert page.save_consensus_button.isEnabled() and status[-1] == "Consensus saved."
    stored = next(c for c in cal.get_session(sqlite_db, session_id).calls if c.call_id == ids["calls"][1])
    assert stored.consensus_answers == answers("yes", "no", 3, 4)

    # a new session: the dialog stays open, its button closed, until the session is stored
    dialog = NewSessionDialog(sqlite_db, page)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    dialog.check_people([ids["users"]["ann"], ids["users"]["bo"]])
    dialog.calls.item(0).setCheckState(dialog.calls.item(0).checkState().Checked)
    hold.clear()
    dialog.accept()
    held(qtbot, seen, "create_session")
    assert not dialog.create_button.isEnabled() and dialog.result() != dialog.DialogCode.Accepted
    dialog.reject()                                          # Escape meanwhile: the session lands all the same
    dialog.accept()
    hold.set()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted)
    assert [p.login for p in cal.get_session(sqlite_db, dialog.session_id).participants] == ["ann", "bo"]
    assert [n for n, _ in seen].count("create_session") == 1

    # calls added to it
    present = {c.call_id for c in cal.get_session(sqlite_db, dialog.session_id).calls}
    adding = AddCallsDialog(sqlite_db, dialog.session_id, present, page)
    qtbot.addWidget(adding)
    qtbot.waitUntil(lambda: adding.loaded)
    adding.calls.item(0).setCheckState(adding.calls.item(0).checkState().Checked)
    hold.clear()
    adding.accept()
    held(qtbot, seen, "add_calls")
    assert not adding.add_button.isEnabled()
    hold.set()
    qtbot.waitUntil(lambda: adding.result() == adding.DialogCode.Accepted)
    assert len(adding.added) == 1

    # the first session closed with its notes
    closing = CloseSessionDialog(sqlite_db, session_id, 0, "", page)
    qtbot.addWidget(closing)
    closing.notes.setPlainText("Greeting: the ID may be said after the greeting.")
    hold.clear()
    closing.accept()
    held(qtbot, seen, "close_session")
    assert closing.notes.isReadOnly() and not closing.close_button.isEnabled()
    hold.set()
    qtbot.waitUntil(lambda: closing.result() == closing.DialogCode.Accepted)
    assert cal.get_session(sqlite_db, session_id).summary.status == "closed"

    # self-checks assigned to Ann...
    settle(qtbot, page)
    page.tabs.setCurrentIndex(3)
    settle(qtbot, page)
    view = page.consistency
    view.evaluator.setCurrentIndex(view.evaluator.findData(ids["users"]["ann"]))
    settle(qtbot, page)
    view.count.setValue(1)
    hold.clear()
    view.assign()
    held(qtbot, seen, "assign_self_checks")
    assert view.reading() and not view.assign_button.isEnabled()
    hold.set()
    qtbot.waitUntil(lambda: not view.reading(), timeout=10000)
    assert view.assign_button.isEnabled()

    # ...who saves a draft of one and submits it
    ann = page_for(qtbot, sqlite_db, "ann")
    mine = ann.consistency
    ann.tabs.setCurrentIndex(3)
    settle(qtbot, ann)
    mine.tabs.setCurrentIndex(2)
    mine.blind.calls.setCurrentRow(0)
    mine.blind.panel.set_values(answers("yes", "yes", 4, 4), {})
    hold.set()
    mine.save_self_check(submit=False)
    qtbot.waitUntil(lambda: "save_draft" in [n for n, _ in seen])
    settle(qtbot, ann)
    mine.blind.calls.setCurrentRow(0)
    mine.blind.panel.set_values(answers("yes", "yes", 4, 4), {})
    hold.clear()
    mine.save_self_check(submit=True)
    held(qtbot, seen, "submit")
    assert not mine.blind.save_draft_button.isEnabled()
    mine.save_self_check(submit=True)                        # Ctrl+Enter again: one submission
    hold.set()
    settle(qtbot, ann)
    assert [n for n, _ in seen].count("submit") == 1
    assert mine.pairs.rowCount() == 1
    assert said == []
    assert [name for name, on_gui_thread in seen if on_gui_thread] == []


def test_a_refused_consensus_or_close_leaves_the_answers_and_the_notes_typed(qtbot, sqlite_db, monkeypatch):
    from qa_desktop.ui.calibration.close_dialog import CloseSessionDialog

    ids = seed(sqlite_db)
    session_id = scored_session(sqlite_db, ids)
    said = warnings_shown(monkeypatch)
    page = page_for(qtbot, sqlite_db, "lead")
    page.tabs.setCurrentIndex(1)
    page.call_picker.setCurrentIndex(1)
    agreed = answers("yes", "no", 3, 4)
    page.consensus_panel.set_values(agreed, {"closing": "agent hung up first"})
    as_user(sqlite_db, "lead")
    cal.close_session(sqlite_db, session_id, notes="closed on another machine")  # meanwhile, elsewhere
    page.save_consensus()
    settle(qtbot, page)
    assert len(said) == 1 and said[0].startswith("The calibration session is closed.")
    assert page.consensus_panel.answers() == agreed
    assert page.consensus_panel.comments() == {"closing": "agent hung up first"}

    closing = CloseSessionDialog(sqlite_db, session_id, 0, "", page)
    qtbot.addWidget(closing)
    closing.show()
    closing.notes.setPlainText("What we agreed")
    closing.accept()
    qtbot.waitUntil(lambda: len(said) == 2)
    assert said[1].startswith("The calibration session is closed.")
    assert closing.isVisible() and closing.text() == "What we agreed" and not closing.notes.isReadOnly()
    assert closing.close_button.isEnabled()


def test_a_page_closed_while_its_consensus_is_written_lets_it_land_quietly(qtbot, sqlite_db, monkeypatch):
    from PySide6.QtCore import QThreadPool

    from qa_desktop.ui import tasks
    from qa_desktop.ui.calibration.page import CalibrationPage
    from qa_desktop.ui.context import AppContext
    from qa_desktop.ui.settings import AppSettings

    ids = seed(sqlite_db)
    session_id = scored_session(sqlite_db, ids)
    hold = threading.Event()
    seen = watch_writes(monkeypatch, hold)
    as_user(sqlite_db, "lead")
    page = CalibrationPage(AppContext(sqlite_db, find_user(sqlite_db, "lead"), AppSettings()))
    page.show()
    settle(qtbot, page)
    page.tabs.setCurrentIndex(1)
    page.call_picker.setCurrentIndex(0)
    page.consensus_panel.set_values(answers("yes", "yes", 4, 4), {})
    page.save_consensus()
    qtbot.waitUntil(lambda: seen == [("record_consensus", False)])
    page.close()
    page.deleteLater()
    qtbot.wait(50)
    hold.set()  # the write ends after its page is gone: it is in the database, nothing is shown or raised
    qtbot.waitUntil(lambda: not tasks._running and QThreadPool.globalInstance().activeThreadCount() == 0,
                    timeout=10000)
    qtbot.wait(50)
    stored = next(c for c in cal.get_session(sqlite_db, session_id).calls if c.call_id == ids["calls"][0])
    assert stored.consensus_answers == answers("yes", "yes", 4, 4)


def test_a_locked_shared_database_keeps_the_close_dialog_open_with_its_notes(qtbot, tmp_path, monkeypatch):
    import sqlite3

    from qa_desktop.core.db import open_database
    from qa_desktop.ui.calibration.close_dialog import CloseSessionDialog

    database = open_database(tmp_path / "shared.sqlite3", busy_timeout=0.3)
    database.lock_retries = 0
    try:
        ids = seed(database)
        session_id = scored_session(database, ids)
        said = warnings_shown(monkeypatch)
        as_user(database, "lead")
        closing = CloseSessionDialog(database, session_id, 0, "")
        qtbot.addWidget(closing)
        closing.show()
        closing.notes.setPlainText("Greeting: the ID may be said after the greeting.")
        holder = sqlite3.connect(tmp_path / "shared.sqlite3", isolation_level=None, check_same_thread=False)
        holder.execute("BEGIN IMMEDIATE")  # a colleague's machine saving on the share
        try:
            closing.accept()
            qtbot.waitUntil(lambda: len(said) == 1, timeout=10000)
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        assert "is busy: another evaluator or machine is saving" in said[0]
        assert closing.isVisible() and closing.text() == "Greeting: the ID may be said after the greeting."
        assert closing.close_button.isEnabled()
        assert cal.get_session(database, session_id).summary.status == "open"
        closing.accept()                                     # the lock is gone: it closes
        qtbot.waitUntil(lambda: closing.result() == closing.DialogCode.Accepted)
        detail = cal.get_session(database, session_id)
        assert detail.summary.status == "closed" and detail.notes == "Greeting: the ID may be said after the greeting."
    finally:
        database.dispose()


def test_the_report_workbook_is_written_off_the_gui_thread_and_a_bad_place_is_said(qtbot, sqlite_db, monkeypatch,
                                                                                     tmp_path):
    from PySide6.QtWidgets import QFileDialog

    from qa_desktop.core.calibration import report_xlsx

    ids = seed(sqlite_db)
    scored_session(sqlite_db, ids)
    said = warnings_shown(monkeypatch)
    written: list[bool] = []
    original = report_xlsx.write_report_xlsx

    def spy(*args, **kwargs):
        written.append(threading.current_thread() is threading.main_thread())
        return original(*args, **kwargs)

    monkeypatch.setattr(report_xlsx, "write_report_xlsx", spy)
    page = page_for(qtbot, sqlite_db, "lead")
    view = page.report_view
    target = tmp_path / "calibration.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    view.export_button.click()
    qtbot.waitUntil(target.exists, timeout=10000)
    qtbot.waitUntil(view.export_button.isEnabled)
    # a folder chosen as the file (or a workbook open in Excel): said in words, the page goes on
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path), "")))
    view.export_button.click()
    qtbot.waitUntil(lambda: len(said) == 1, timeout=10000)
    assert said[0].startswith(f"{tmp_path} cannot be written: it is a folder")
    assert written == [False, False] and view.export_button.isEnabled()
