"""A whole evaluation with the keyboard only, as an evaluator does it fifty times a day."""
from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select
from workspace_support import populate, workspace_shown

from qa_desktop.core.db.models import Annotation, Evaluation, EvaluationStatus
from qa_desktop.core.scoring import score
from qa_desktop.ui.context import AppContext
from qa_desktop.ui.settings import AppSettings

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def workspace(qtbot, sqlite_db, tmp_path, monkeypatch):
    monkeypatch.setenv("QA_DESKTOP_PLAYER", "silent")
    sqlite_db.user_login = "tester"
    data = populate(sqlite_db, tmp_path, calls=3, seconds=20)
    ctx = AppContext(sqlite_db, data["me"], AppSettings())
    with workspace_shown(qtbot, ctx) as page:
        yield page, data, ctx


def key(qtbot, page, k, modifier=Qt.KeyboardModifier.NoModifier, text=None):
    target = page.focusWidget() or page
    qtbot.keyClick(target, k, modifier)


def type_text(qtbot, page, text):
    qtbot.keyClicks(page.focusWidget(), text)


def settle(qtbot, page):
    """Wait for the saves and submits the page sent to the database (they run off the GUI thread)."""
    qtbot.waitUntil(lambda: not page.saver.busy() and not page.worker.pending(), timeout=10000)


def keys_for(item):
    """The keystrokes that answer ``item`` with full marks (the greeting gets a 'no')."""
    if item.code == "greeting_id":
        return ["2"]
    if item.type in ("yes_no", "yes_no_na"):
        return ["1"]
    if item.type == "scale":
        return [str(max(o.value for o in item.options))]
    if item.type == "choice":
        best = max(range(len(item.options)), key=lambda n: item.options[n].points)
        return [str(best + 1)]
    return [str(n) for n in range(1, len(item.options) + 1)] + ["DOWN"]  # checklist: tick all, move on


def test_a_whole_evaluation_from_the_keyboard(qtbot, workspace, sqlite_db):
    page, data, ctx = workspace
    first = data["calls"][0]

    # Open the next call: one keystroke; playback starts at once.
    key(qtbot, page, Qt.Key.Key_N, CTRL)
    assert page.call is not None and page.call.id == first
    assert page.player.is_playing
    qtbot.waitUntil(lambda: page.player.position() > 300, timeout=3000)
    qtbot.waitUntil(lambda: page.waveform.envelope is not None, timeout=10000)

    # A note at the current position, tied to the item in focus (the first one).
    position = page.player.position()
    key(qtbot, page, Qt.Key.Key_M, CTRL)
    assert page.focusWidget() is page.notes.edit
    type_text(qtbot, page, "greeting without agent ID")
    key(qtbot, page, Qt.Key.Key_Return)
    assert page.panel.current_item_code() == "greeting_id"  # focus went back to the item

    # Answer every item with number keys; the lost greeting point needs a comment.
    definition = page.definition
    for _section, item in definition.items():
        assert page.panel.current_item_code() == item.code
        for stroke in keys_for(item):
            if stroke == "DOWN":
                key(qtbot, page, Qt.Key.Key_Down)
            else:
                qtbot.keyClicks(page.focusWidget(), stroke)
        if item.code == "greeting_id":
            assert page.focusWidget() is page.panel.rows[0].comment  # the lost point asks for its comment at once
            type_text(qtbot, page, "no agent ID in the greeting")
            key(qtbot, page, Qt.Key.Key_Return)     # back to the item
            key(qtbot, page, Qt.Key.Key_Down)
    assert page.panel.problems() == ([], [])
    assert page.panel.total_label.text() == "95.00"

    # The draft was saved on its own (debounced) before submitting.
    qtbot.waitUntil(lambda: not page.dirty, timeout=5000)
    with sqlite_db.read() as session:
        draft = session.scalar(select(Evaluation).where(Evaluation.call_id == first))
        assert draft.status == EvaluationStatus.DRAFT and draft.answers["greeting_id"] == "no"

    key(qtbot, page, Qt.Key.Key_Return, CTRL)
    settle(qtbot, page)

    with sqlite_db.read() as session:
        evaluation = session.scalar(select(Evaluation).where(Evaluation.call_id == first))
        assert evaluation.status == EvaluationStatus.SUBMITTED
        expected = score(definition, evaluation.answers, evaluation.comments)
        assert str(evaluation.score) == str(expected.total) == "95.00"
        assert evaluation.grade == "excellent"
        assert evaluation.comments == {"greeting_id": "no agent ID in the greeting"}
        notes = list(session.scalars(select(Annotation).where(Annotation.call_id == first)))
        assert [(n.text, n.item_code, n.evaluation_id) for n in notes] == [
            ("greeting without agent ID", "greeting_id", evaluation.id)]
        assert abs(notes[0].position_ms - position) < 1000
    row = next(r for r in page.queue.model.rows if r.call_id == first)
    assert row.status == "submitted" and str(row.score) == "95.00"
    assert page.panel.read_only

    # The next keystroke goes on to the next call, remembering speed between calls.
    page.player.set_rate(1.5)
    key(qtbot, page, Qt.Key.Key_N, CTRL)
    assert page.call.id == data["calls"][1] and page.player.rate == 1.5
    assert ctx.settings.playback_rate == 1.5


def test_submitting_an_incomplete_evaluation_points_at_what_is_missing(qtbot, workspace, sqlite_db):
    page, data, _ctx = workspace
    key(qtbot, page, Qt.Key.Key_N, CTRL)
    qtbot.keyClicks(page.focusWidget(), "1")
    key(qtbot, page, Qt.Key.Key_Return, CTRL)
    assert page.panel.current_item_code() == "silent_caller"  # the first unanswered item
    settle(qtbot, page)
    with sqlite_db.read() as session:
        evaluation = session.scalar(select(Evaluation).where(Evaluation.call_id == data["calls"][0]))
        assert evaluation.status == EvaluationStatus.DRAFT  # saved, not submitted


def test_switching_calls_saves_the_draft_and_keeps_the_position(qtbot, workspace, sqlite_db):
    page, data, _ctx = workspace
    key(qtbot, page, Qt.Key.Key_N, CTRL)
    qtbot.keyClicks(page.focusWidget(), "1")
    page.player.seek(7_000)
    key(qtbot, page, Qt.Key.Key_N, CTRL)  # leave before the autosave fires
    assert page.call.id == data["calls"][1]
    settle(qtbot, page)
    with sqlite_db.read() as session:
        evaluation = session.scalar(select(Evaluation).where(Evaluation.call_id == data["calls"][0]))
        assert evaluation.answers == {"greeting_id": "yes"}
    started = time.monotonic()
    page.open_call(data["calls"][0])
    elapsed_ms = (time.monotonic() - started) * 1000
    assert 7_000 - 100 <= page.player.position() <= 7_000 + elapsed_ms + 200  # resumed, not from the start
    assert page.panel.answers() == {"greeting_id": "yes"}
