"""The Transcript tab in the workspace, used as an evaluator does: it follows playback, a click or Enter
plays from a line, Ctrl+F searches what was said and marks the hits on the waveform, F3 goes to the next."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from workspace_support import populate, workspace_shown

from qa_desktop.core.transcripts.demo_script import demo_lines
from qa_desktop.core.transcripts.store import store_side
from qa_desktop.ui.context import AppContext
from qa_desktop.ui.settings import AppSettings

CTRL = Qt.KeyboardModifier.ControlModifier
SECONDS = 40


@pytest.fixture
def workspace(qtbot, sqlite_db, tmp_path, monkeypatch):
    monkeypatch.setenv("QA_DESKTOP_PLAYER", "silent")
    sqlite_db.user_login = "tester"
    data = populate(sqlite_db, tmp_path, calls=2, seconds=SECONDS)

    def transcripts(session):  # what is said in each recording, at the times it is said
        for seed, call_id in enumerate(data["calls"]):
            for side, lines in demo_lines(seed, SECONDS, "1001").items():
                store_side(session, call_id, side, lines, f"EXT-{seed}.srt")

    sqlite_db.write(transcripts)
    with workspace_shown(qtbot, AppContext(sqlite_db, data["me"], AppSettings())) as page:
        yield page


def test_transcript_follows_playback_seeks_and_searches(qtbot, workspace):
    page = workspace
    qtbot.keyClick(page.focusWidget() or page, Qt.Key.Key_N, CTRL)
    pane = page.transcript.pane
    qtbot.waitUntil(lambda: len(pane.lines) > 4, timeout=10000)
    page.tabs.setCurrentWidget(pane)
    assert {line.side for line in pane.lines} == {"agent", "customer"}

    # A click on a line plays from it; the line playing is the one highlighted.
    target = pane.lines[3]
    rect = pane.table.visualItemRect(pane.table.item(3, 2))
    qtbot.mouseClick(pane.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: abs(page.player.position() - target.start_s * 1000) < 800, timeout=3000)
    qtbot.waitUntil(lambda: pane.current_row >= 3, timeout=3000)
    # Enter on a line does the same.
    pane.table.setFocus()
    pane.table.setCurrentCell(1, 2)
    qtbot.keyClick(pane.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: abs(page.player.position() - pane.lines[1].start_s * 1000) < 800, timeout=3000)

    # Ctrl+F (the Transcript tab in view) searches what was said; hits are marked on the waveform.
    qtbot.keyClick(pane.table, Qt.Key.Key_F, CTRL)
    assert pane.search.hasFocus()
    event = QInputMethodEvent()
    event.setCommitString("您")
    QApplication.sendEvent(pane.search, event)
    hits = [n for n, line in enumerate(pane.lines) if "您" in line.text]
    assert hits and page.waveform.marks == [(int(pane.lines[n].start_s * 1000), int(pane.lines[n].end_s * 1000))
                                            for n in hits]
    assert pane.hit_label.text().startswith(str(len(hits)))
    # Enter in the search box, then F3, go from hit to hit, playing each.
    qtbot.keyClick(pane.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: abs(page.player.position() - pane.lines[hits[0]].start_s * 1000) < 800, timeout=3000)
    if len(hits) > 1:
        qtbot.keyClick(pane.search, Qt.Key.Key_F3)
        qtbot.waitUntil(lambda: abs(page.player.position() - pane.lines[hits[1]].start_s * 1000) < 800,
                        timeout=3000)
    # Away from the Transcript tab, Ctrl+F is the library search again.
    page.tabs.setCurrentWidget(page.notes)
    qtbot.keyClick(page.notes, Qt.Key.Key_F, CTRL)
    assert page.queue.search.hasFocus()


def test_a_transcript_read_ending_after_the_window_closed_touches_nothing(qtbot, monkeypatch):
    """The workspace's transcript tabs read in the background; a read that finishes after the page
    was closed and deleted (bench_open_call found it) must not touch the deleted table."""
    from PySide6.QtCore import QEvent, QObject, Signal
    from PySide6.QtWidgets import QTabWidget, QWidget

    from qa_desktop.ui.transcript import call_tabs

    class Read(QObject):
        succeeded = Signal(object)

    class Player(QObject):
        positionChanged = Signal(int)

        def seek(self, ms):
            pass

    class Waveform(QObject):
        def set_marks(self, marks):
            pass

    reads = []
    monkeypatch.setattr(call_tabs, "run_in_background", lambda *a, **k: reads.append(Read()) or reads[-1])
    player, waveform = Player(), Waveform()
    owner = QWidget()
    tabs = call_tabs.CallTranscriptTabs(owner, QTabWidget(owner), player, waveform)
    following = call_tabs.FollowingTranscript(owner, call_tabs.TranscriptPane(owner), player)
    tabs.show_call(None, 7, None, {}, "en")
    following.show_call(None, 7)
    tabs.pane.deleteLater()
    following.pane.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    from qa_desktop.core.transcripts.store import TranscriptLine

    line = TranscriptLine("agent", 0.0, 1.0, "您好")
    reads[0].succeeded.emit(([line], []))  # raised RuntimeError: Internal C++ object already deleted
    reads[1].succeeded.emit([line])
