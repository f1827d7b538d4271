"""The workspace page with bad input and colleagues: missing recordings, relinking, shared databases,
conflicts, flags and changing a submitted evaluation."""
from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from sqlalchemy import select
from workspace_support import populate, show_workspace, workspace_shown

from qa_desktop.core import evaluations
from qa_desktop.core.db.models import Call, Evaluation, EvaluationRevision, EvaluationStatus, Flag, FlagKind
from qa_desktop.core.scoring import default_form
from qa_desktop.ui.context import AppContext
from qa_desktop.ui.settings import AppSettings


@pytest.fixture
def workspace(qtbot, sqlite_db, tmp_path, monkeypatch):
    monkeypatch.setenv("QA_DESKTOP_PLAYER", "silent")
    sqlite_db.user_login = "tester"
    data = populate(sqlite_db, tmp_path, calls=2, seconds=8)
    ctx = AppContext(sqlite_db, data["me"], AppSettings())
    with workspace_shown(qtbot, ctx, active=False) as page:
        yield page, data, ctx


def settle(qtbot, page):
    """Wait for the saves and submits the page sent to the database (they run off the GUI thread)."""
    qtbot.waitUntil(lambda: not page.saver.busy() and not page.worker.pending(), timeout=10000)


def full_marks(definition):
    answers = {}
    for _s, item in definition.items():
        if item.type in ("yes_no", "yes_no_na"):
            answers[item.code] = "yes"
        elif item.type == "checklist":
            answers[item.code] = [o.value for o in item.options]
        else:
            answers[item.code] = max(item.options, key=lambda o: o.points).value
    return answers


def test_a_moved_recording_still_opens_offers_relink_and_can_be_drafted(qtbot, workspace, sqlite_db, tmp_path,
                                                                        monkeypatch):
    page, data, _ctx = workspace
    call_id = data["calls"][0]
    moved = tmp_path / "moved" / "call_0.wav"
    moved.parent.mkdir()
    shutil.move(data["recordings"][0], moved)
    page.open_call(call_id)
    assert page.call.id == call_id and not page.player.path
    assert "cannot be found" in page.player_bar.notice.text()
    assert page.player_bar.relink.isVisibleTo(page)
    # The evaluation can still be drafted.
    page.panel.rows[0].setFocus()
    qtbot.keyClicks(page.panel.rows[0], "1")
    page.save_now()
    settle(qtbot, page)
    assert not page.dirty
    with sqlite_db.read() as session:
        assert session.scalar(select(Evaluation).where(Evaluation.call_id == call_id)).answers == {
            "greeting_id": "yes"}
    # Relinking to another call's recording is refused, to the right one accepted.
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(data["recordings"][1]), ""))
    page.player_bar.relink.click()
    assert warnings and "not this call's recording" in warnings[0] and "different recording" in warnings[0]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(moved), ""))
    page.player_bar.relink.click()
    assert page.player.path == str(moved) and not page.player_bar.relink.isVisibleTo(page)
    assert page.panel.answers() == {"greeting_id": "yes"}  # the draft survived the relink
    with sqlite_db.read() as session:
        assert session.get(Call, call_id).recording_path == str(moved)


def test_a_colleagues_draft_is_announced_and_their_submit_refreshes_the_queue(qtbot, workspace, sqlite_db):
    page, data, _ctx = workspace
    call_id = data["calls"][1]
    sqlite_db.user_login = "qa.zhou"  # the colleague, on "another machine" sharing the database
    theirs = evaluations.create_draft(sqlite_db, call_id, form_code=default_form().code)
    sqlite_db.user_login = "tester"
    page.poll_changes()
    qtbot.waitUntil(lambda: bool(next(r for r in page.queue.model.rows if r.call_id == call_id).others_drafting))
    row = next(r for r in page.queue.model.rows if r.call_id == call_id)
    assert row.others_drafting == ("周婷",)
    page.open_call(call_id)
    qtbot.waitUntil(lambda: page.others.isVisibleTo(page))
    assert "周婷" in page.others.text()
    # They submit; the next poll shows it without a restart.
    sqlite_db.user_login = "qa.zhou"
    evaluations.submit(sqlite_db, theirs.id, full_marks(default_form()), {}, expected_row_version=theirs.row_version)
    sqlite_db.user_login = "tester"
    page.poll_changes()
    qtbot.waitUntil(lambda: not page.others.isVisibleTo(page))
    row = next(r for r in page.queue.model.rows if r.call_id == call_id)
    assert row.others_drafting == ()


def test_a_conflicting_save_loses_nothing(qtbot, workspace, sqlite_db, monkeypatch):
    page, data, _ctx = workspace
    page.open_call(data["calls"][0])
    row = page.panel.rows[0]
    row.setFocus()
    qtbot.keyClicks(row, "1")
    page.save_now()
    settle(qtbot, page)
    assert not page.dirty
    # The same evaluator saves from a second window meanwhile.
    other = evaluations.save_draft(sqlite_db, page.evaluation.id, {"greeting_id": "no"}, {"greeting_id": "x"},
                                   expected_row_version=page.evaluation.row_version)
    page.panel.rows[1].setFocus()
    qtbot.keyClicks(page.panel.rows[1], "1")
    shown = []

    def answer(box):
        shown.append(box.text())
        box.clickedButton = lambda: box.buttons()[0]  # "Keep mine and save"
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    page.save_now()
    settle(qtbot, page)
    assert shown and "nothing has been overwritten" in shown[0]
    with sqlite_db.read() as session:
        saved = session.get(Evaluation, page.evaluation.id)
        assert saved.row_version > other.row_version
        assert saved.answers == {"greeting_id": "yes", "silent_caller": "yes"}


def test_flags_from_the_flags_tab(qtbot, workspace, sqlite_db):
    page, data, _ctx = workspace
    call_id = data["calls"][0]
    page.open_call(call_id)
    flags_tab = page.flags
    flags_tab.boxes[FlagKind.EXCELLENT].click()
    flags_tab.boxes[FlagKind.REVIEW].click()               # no reason yet: refused, reason asked
    assert not flags_tab.boxes[FlagKind.REVIEW].isChecked()
    flags_tab.reasons[FlagKind.REVIEW].setText("agent interrupted the customer repeatedly")
    flags_tab.reasons[FlagKind.REVIEW].returnPressed.emit()
    flags_tab.boxes[FlagKind.COMPLAINT].click()
    verdict = flags_tab.verdicts[FlagKind.COMPLAINT]
    verdict.setCurrentIndex(1)
    verdict.activated.emit(1)                              # founded
    settle(qtbot, page)                                    # written off the GUI thread
    with sqlite_db.read() as session:
        rows = {f.kind: (f.reason, f.resolution.value)
                for f in session.scalars(select(Flag).where(Flag.call_id == call_id))}
    assert set(rows) == {FlagKind.EXCELLENT, FlagKind.REVIEW, FlagKind.COMPLAINT}
    assert rows[FlagKind.REVIEW] == ("agent interrupted the customer repeatedly", "open")
    assert rows[FlagKind.COMPLAINT][1] == "founded"
    flags_tab.boxes[FlagKind.EXCELLENT].click()            # withdrawn
    settle(qtbot, page)
    with sqlite_db.read() as session:
        assert session.scalar(select(Flag).where(Flag.kind == FlagKind.EXCELLENT)).resolution.value == "dismissed"
    assert not flags_tab.boxes[FlagKind.EXCELLENT].isChecked()


def test_changing_a_submitted_evaluation_asks_for_a_reason_and_keeps_the_old_one(qtbot, workspace, sqlite_db,
                                                                                  monkeypatch):
    page, data, _ctx = workspace
    call_id = data["calls"][0]
    page.open_call(call_id)
    page.panel.set_values(full_marks(page.definition), {})
    page.panel.answersChanged.emit()
    page.submit()
    settle(qtbot, page)
    assert page.evaluation.status == "submitted" and str(page.evaluation.score) == "100.00"
    assert page.panel.read_only
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("agent did give the ID at 00:03", True))
    page.submit()                                         # Ctrl+Enter on a submitted evaluation: change it
    assert page.amending and not page.panel.read_only
    row = next(r for r in page.panel.rows if r.item.code == "closing_phrase")
    row.setFocus()
    qtbot.keyClicks(row, "2")
    page.submit()
    settle(qtbot, page)
    with sqlite_db.read() as session:
        evaluation = session.scalar(select(Evaluation).where(Evaluation.call_id == call_id))
        assert evaluation.status == EvaluationStatus.SUBMITTED and str(evaluation.score) == "96.00"
        revisions = [(r.reason, str(r.score)) for r in session.scalars(select(EvaluationRevision))]
    assert revisions == [("agent did give the ID at 00:03", "100.00")]
    assert page.panel.read_only and not page.amending


def test_library_search_by_agent_and_back_to_the_queue(qtbot, workspace, sqlite_db):
    from PySide6.QtCore import Qt

    from qa_desktop.core.db.models import Agent

    page, data, _ctx = workspace

    def unassigned_call(session):  # a call of 张敏's that is in nobody's queue
        agent = session.scalar(select(Agent).where(Agent.name == "张敏"))
        call = Call(external_id="EXT-X", recording_path=str(data["recordings"][1]), agent_id=agent.id,
                    duration_s=8.0)
        session.add(call)
        session.flush()
        return call.id

    other_call = sqlite_db.write(unassigned_call)
    page.focus_search()
    page.queue.search.insert("张敏")                                     # (QTest types ASCII only)
    assert page.queue.visible_rows() == []                              # not in my queue
    qtbot.keyClick(page.queue.search, Qt.Key.Key_Return)                # the whole library
    qtbot.waitUntil(lambda: page.queue.library_mode)                    # read off the GUI thread
    assert page.queue.library_mode and page.queue.back.isVisibleTo(page)
    assert [r.call_id for r in page.queue.visible_rows()] == [other_call]
    assert page.queue.table.hasFocus()
    qtbot.keyClick(page.queue.table, Qt.Key.Key_Return)                 # open the result
    assert page.call is not None and page.call.id == other_call and page.call.agent_name == "张敏"
    page.queue.back.click()
    assert not page.queue.library_mode
    assert [r.call_id for r in page.queue.model.rows] == data["calls"]


def test_opening_another_database_saves_the_pending_draft_in_the_first(qtbot, workspace, sqlite_db, tmp_path):
    from qa_desktop.core.db import open_database
    from qa_desktop.core.users import ensure_user

    page, data, ctx = workspace
    page.open_call(data["calls"][0])
    row = page.panel.rows[0]
    row.setFocus()
    qtbot.keyClicks(row, "2")
    assert page.dirty                                      # typed, the autosave has not fired yet
    other = open_database(tmp_path / "other.sqlite3")
    other.user_login = "tester"
    ctx.set_database(other, ensure_user(other, "tester"))  # the first database is closed after this
    reopened = open_database(sqlite_db.path)
    try:
        with reopened.read() as session:
            saved = session.scalar(select(Evaluation).where(Evaluation.call_id == data["calls"][0]))
            assert saved.answers == {"greeting_id": "no"}
    finally:
        reopened.dispose()
        other.dispose()


def test_the_queue_is_read_off_the_gui_thread_and_after_a_submit_the_next_call_is_selected(
        qtbot, workspace, monkeypatch):
    import threading

    from PySide6.QtCore import Qt

    from qa_desktop.core import work_queue

    page, data, _ctx = workspace
    on_gui: list[bool] = []
    gate = threading.Event()
    gate.set()
    read = work_queue.evaluator_queue

    def slow_read(*args, **kwargs):  # a busy shared database
        on_gui.append(threading.current_thread() is threading.main_thread())
        gate.wait(10)
        return read(*args, **kwargs)

    monkeypatch.setattr(work_queue, "evaluator_queue", slow_read)
    first, following = data["calls"][0], data["calls"][1]
    page.open_call(first)
    page.panel.set_values(full_marks(page.definition), {})
    page.panel.answersChanged.emit()
    gate.clear()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page.focusWidget() or page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # submit
    qtbot.waitUntil(lambda: page.queue_loading and bool(on_gui))
    assert "loading" in page.queue.mode_label.text()
    assert page.queue.current_call_id() == first     # the window goes on while the queue is read
    gate.set()
    qtbot.waitUntil(lambda: page.queue.current_call_id() == following, timeout=10000)
    assert not page.queue_loading and "loading" not in page.queue.mode_label.text()
    assert on_gui and not any(on_gui)
    status = next(r for r in page.queue.model.rows if r.call_id == first).status
    assert status == work_queue.SUBMITTED
    qtbot.keyClick(page.queue.table, Qt.Key.Key_Return)             # Enter goes on to the selected call
    assert page.call.id == following


def test_ctrl_n_pressed_before_the_queue_is_read_opens_the_first_call_once_it_is(qtbot, sqlite_db, tmp_path,
                                                                                monkeypatch):
    import threading

    from PySide6.QtCore import Qt

    from qa_desktop.core import work_queue

    monkeypatch.setenv("QA_DESKTOP_PLAYER", "silent")
    sqlite_db.user_login = "tester"
    data = populate(sqlite_db, tmp_path, calls=2, seconds=8)
    gate = threading.Event()
    read = work_queue.evaluator_queue
    monkeypatch.setattr(work_queue, "evaluator_queue", lambda *a, **k: (gate.wait(10), read(*a, **k))[1])
    page = show_workspace(qtbot, AppContext(sqlite_db, data["me"], AppSettings()), queue_read=False)
    assert page.queue_loading and page.queue.model.rowCount() == 0
    qtbot.keyClick(page.focusWidget() or page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.call is None
    gate.set()
    qtbot.waitUntil(lambda: page.call is not None, timeout=10000)
    assert page.call.id == data["calls"][0]
    page.release_database()
    QThreadPool.globalInstance().waitForDone(10000)
