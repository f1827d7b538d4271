"""The workspace as an evaluator finds it on an 8-hour day (issue 12): the N/A key, comments asked for
at once, nothing clipped at 1366×768, the queue after a submit, notes' time and item, the waveform's
legend and one-side listening. Everything through keys and clicks; results read from the database."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import select
from test_workspace_keyboard import keys_for
from workspace_support import populate, workspace_shown

from qa_desktop.core.db.models import Annotation, Evaluation, EvaluationStatus
from qa_desktop.ui import i18n
from qa_desktop.ui.context import AppContext
from qa_desktop.ui.settings import AppSettings
from qa_desktop.ui.workspace.queue_model import QueueModel

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def workspace(qtbot, sqlite_db, tmp_path, monkeypatch):
    monkeypatch.setenv("QA_DESKTOP_PLAYER", "silent")
    sqlite_db.user_login = "tester"
    data = populate(sqlite_db, tmp_path, calls=3, seconds=20)
    ctx = AppContext(sqlite_db, data["me"], AppSettings())
    with workspace_shown(qtbot, ctx) as page:
        yield page, data, ctx


def key(qtbot, page, k, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(page.focusWidget() or page, k, modifier)


def settle(qtbot, page):
    qtbot.waitUntil(lambda: not page.saver.busy() and not page.worker.pending(), timeout=10000)


def stored(database, call_id):
    with database.read() as session:
        row = session.scalar(select(Evaluation).where(Evaluation.call_id == call_id))
        return None if row is None else (row.status, dict(row.answers), dict(row.comments))


def go_to(qtbot, page, code):
    """Move with ↑/↓ from the item in focus to ``code``."""
    codes = [r.item.code for r in page.panel.rows]
    while page.panel.current_item_code() != code:
        here = codes.index(page.panel.current_item_code())
        key(qtbot, page, Qt.Key.Key_Down if codes.index(code) > here else Qt.Key.Key_Up)


def test_n_is_na_on_every_item_type_and_0_is_a_scales_zero_point(qtbot, workspace, sqlite_db):
    page, data, _ctx = workspace
    key(qtbot, page, Qt.Key.Key_N, CTRL)
    rows = {r.item.code: r for r in page.panel.rows}
    # Shown on screen: the N/A button carries its key, and the key line under the form says it.
    assert any(b.text() == "N N/A" for _v, b in rows["empathy"].buttons)
    assert "N\u00a0N/A" in page.panel.keys_label.text()
    go_to(qtbot, page, "empathy")                        # a scale that allows N/A
    qtbot.keyClicks(page.focusWidget(), "0")
    key(qtbot, page, Qt.Key.Key_S, CTRL)
    settle(qtbot, page)
    assert stored(sqlite_db, data["calls"][0])[1] == {"empathy": 0}   # 0 points, not N/A
    go_to(qtbot, page, "empathy")
    qtbot.keyClicks(page.focusWidget(), "n")
    go_to(qtbot, page, "silent_caller")                  # yes / no / N/A
    qtbot.keyClicks(page.focusWidget(), "n")
    go_to(qtbot, page, "hold_phrase")
    qtbot.keyClicks(page.focusWidget(), "0")             # no longer N/A: nothing happens
    assert page.panel.current_item_code() == "hold_phrase"
    key(qtbot, page, Qt.Key.Key_S, CTRL)
    settle(qtbot, page)
    assert stored(sqlite_db, data["calls"][0])[1] == {"empathy": "na", "silent_caller": "na"}


def test_lost_points_ask_for_their_comment_at_once_and_submitting_never_bounces_back(qtbot, workspace, sqlite_db):
    page, data, _ctx = workspace
    key(qtbot, page, Qt.Key.Key_N, CTRL)
    rows = {r.item.code: r for r in page.panel.rows}
    polite = rows["polite_no_rudeness"]
    no_button = next(b for v, b in polite.buttons if v == "no")
    qtbot.mouseClick(no_button, Qt.MouseButton.LeftButton)         # by mouse
    assert page.focusWidget() is polite.comment
    qtbot.keyClicks(polite.comment, "raised voice at 00:12")
    key(qtbot, page, Qt.Key.Key_Return)                             # back to the item
    go_to(qtbot, page, "greeting_id")
    for _section, item in page.definition.items():
        if item.code == "polite_no_rudeness":
            key(qtbot, page, Qt.Key.Key_Down)
            continue
        assert page.panel.current_item_code() == item.code
        for stroke in keys_for(item):
            if stroke == "DOWN":
                key(qtbot, page, Qt.Key.Key_Down)
            else:
                qtbot.keyClicks(page.focusWidget(), stroke)
        if item.code == "greeting_id":                              # by key: the same
            assert page.focusWidget() is rows["greeting_id"].comment
            qtbot.keyClicks(page.focusWidget(), "no agent ID")
            key(qtbot, page, Qt.Key.Key_Return)
            key(qtbot, page, Qt.Key.Key_Down)
    key(qtbot, page, Qt.Key.Key_Return, CTRL)
    settle(qtbot, page)
    status, _answers, comments = stored(sqlite_db, data["calls"][0])
    assert status == EvaluationStatus.SUBMITTED      # one Ctrl+Enter: nothing to go back for
    assert comments == {"greeting_id": "no agent ID", "polite_no_rudeness": "raised voice at 00:12"}


def test_after_a_submit_the_queue_is_on_the_next_call_and_why_starts_folded(qtbot, workspace, sqlite_db):
    page, data, _ctx = workspace
    key(qtbot, page, Qt.Key.Key_N, CTRL)
    for _section, item in page.definition.items():
        for stroke in keys_for(item):
            if stroke == "DOWN":
                key(qtbot, page, Qt.Key.Key_Down)
            else:
                qtbot.keyClicks(page.focusWidget(), stroke)
        if item.code == "greeting_id":
            qtbot.keyClicks(page.focusWidget(), "no agent ID")
            key(qtbot, page, Qt.Key.Key_Return)
            key(qtbot, page, Qt.Key.Key_Down)
    qtbot.mouseClick(page.panel.why_button, Qt.MouseButton.LeftButton)
    assert page.panel.why.isVisible() and "greeting" in page.panel.why.text().lower()
    key(qtbot, page, Qt.Key.Key_Return, CTRL)
    settle(qtbot, page)
    qtbot.waitUntil(lambda: page.queue.current_call_id() == data["calls"][1])
    assert stored(sqlite_db, data["calls"][0])[0] == EvaluationStatus.SUBMITTED
    page.queue.table.setFocus()
    qtbot.keyClick(page.queue.table, Qt.Key.Key_Return)            # Enter opens what the queue shows
    assert page.call.id == data["calls"][1]
    assert not page.panel.why_button.isChecked() and not page.panel.why.isVisible()
    assert "greeting" not in page.panel.why.text().lower()         # nothing of the last call's reasons


def test_a_note_shows_its_time_and_item_and_the_item_can_be_changed(qtbot, workspace, sqlite_db):
    page, data, _ctx = workspace
    key(qtbot, page, Qt.Key.Key_N, CTRL)
    page.player.pause()
    page.player.seek(5_000)
    assert page.notes.at_label.text() == "00:05"                    # follows playback
    key(qtbot, page, Qt.Key.Key_Down)
    key(qtbot, page, Qt.Key.Key_Down)
    third, fourth = page.panel.rows[2].item.code, page.panel.rows[3].item.code
    assert page.notes.item.currentData() == third                   # shown before Ctrl+M
    key(qtbot, page, Qt.Key.Key_M, CTRL)
    assert page.focusWidget() is page.notes.edit
    qtbot.keyClicks(page.notes.edit, "asked twice")
    page.player.seek(9_000)
    assert page.notes.at_label.text() == "00:05"                    # a begun note keeps its time
    key(qtbot, page, Qt.Key.Key_Tab)
    assert page.focusWidget() is page.notes.item
    key(qtbot, page, Qt.Key.Key_Down)                               # another item
    key(qtbot, page, Qt.Key.Key_Return)
    settle(qtbot, page)
    with sqlite_db.read() as session:
        notes = [(n.text, n.item_code, n.position_ms) for n in session.scalars(select(Annotation))]
    assert notes == [("asked twice", fourth, 5_000)]
    key(qtbot, page, Qt.Key.Key_N, CTRL)                            # the next call
    assert page.call.id == data["calls"][1]
    assert page.notes.at_label.text() == "00:00"


def test_the_waveform_names_its_colours_and_agent_only_dims_the_customer(qtbot, workspace):
    page, data, _ctx = workspace
    key(qtbot, page, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: page.waveform.envelope is not None, timeout=10000)
    legend = page.legend.text()
    for word in ("agent", "customer", "dead air", "talk-over", "note"):
        assert word in legend
    lanes = page.waveform._lanes()
    customer = lanes[1].toRect().adjusted(2, 16, -2, -2)

    def customer_lightness():
        image = page.waveform.grab().toImage()
        values = [image.pixelColor(x, y).lightness() for x in range(customer.left(), customer.right(), 3)
                  for y in range(customer.top(), customer.bottom(), 3)]
        return sum(values) / len(values)

    both = customer_lightness()
    key(qtbot, page, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)   # agent only
    assert page.player.side == "agent" and page.waveform.side == "agent"
    assert customer_lightness() > both + 10


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_nothing_is_clipped_at_1366x768(qtbot, sqlite_db, tmp_path, monkeypatch, language):
    from test_workspace_screenshots import scene

    monkeypatch.setenv("QA_DESKTOP_PLAYER", "silent")
    data = scene(sqlite_db, tmp_path, language)
    installed = i18n.install_language(language)
    try:
        from qa_desktop.ui.main_window import MainWindow

        ctx = AppContext(sqlite_db, data["me"], AppSettings())
        ctx.language = installed
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        page = window.show_page("workspace")
        page.open_call(data["calls"][2])
        for row in page.panel.rows:                                   # every option chosen once
            for _value, button in row.buttons:
                button.setChecked(True)
                assert button.sizeHint().width() <= button.width() + 1 or not button.isVisible(), button.text()
        page.panel.set_state_text(page.tr("Waiting for the shared database ({0} s)… Your answers are kept "
                                          "safe on this computer.").format(12))
        qtbot.wait(100)
        state = page.panel.state_label
        assert state.height() >= state.heightForWidth(state.width())
        assert state.geometry().bottom() < page.panel.submit_button.geometry().top() or \
            state.geometry().right() < page.panel.submit_button.geometry().left()
        table = page.queue.table
        assert not table.horizontalScrollBar().isVisible()
        for column in (QueueModel.DURATION, QueueModel.SCORE):
            assert not table.isColumnHidden(column)
            assert table.columnViewportPosition(column) + table.columnWidth(column) <= table.viewport().width()
        score_width = max(table.sizeHintForColumn(QueueModel.SCORE), 1)
        assert table.columnWidth(QueueModel.SCORE) >= score_width
        page.tabs.setCurrentWidget(page.details)
        qtbot.wait(100)
        for label in page.details.findChildren(QLabel):
            if label.isVisible() and label.text():
                needed = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
                assert label.width() >= label.minimumSizeHint().width() or label.wordWrap(), label.text()
                assert label.height() >= needed - 1, label.text()
        page.release_database()
    finally:
        i18n.install_language("en")
