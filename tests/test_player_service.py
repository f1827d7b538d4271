"""The player service and its views: transport, speed, loop, sides, waveform seeking, no sound device."""
from __future__ import annotations

import wave

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from workspace_support import make_recording

from qa_desktop.core.audio.decode import decode
from qa_desktop.core.audio.sides import one_side_file
from qa_desktop.core.audio.tracks import analysis_spans, compute_envelope
from qa_desktop.ui.player.service import AGENT, BOTH, CUSTOMER, PAUSED, PLAYING, PlayerService


@pytest.fixture
def recording(tmp_path):
    return str(make_recording(tmp_path / "call.wav", seconds=12, seed=3))


def test_silent_clock_plays_seeks_jumps_and_loops(qtbot, recording):
    player = PlayerService(backend="silent")
    assert player.silent and player.silent_reason
    player.load(recording, duration_ms=12_000, autoplay=True)
    assert player.state == PLAYING
    qtbot.waitUntil(lambda: player.position() > 200, timeout=3000)
    player.pause()
    assert player.state == PAUSED
    frozen = player.position()
    qtbot.wait(120)
    assert player.position() == frozen
    player.seek(4_000)
    player.jump(5_000)
    assert player.position() == 9_000
    player.jump(30_000)
    assert player.position() == 12_000                  # clamped to the end
    player.jump(-30_000)
    assert player.position() == 0                       # and to the start
    # Speed: steps, limits, and the clock follows it.
    player.faster()
    assert player.rate == 1.25
    player.set_rate(5)
    assert player.rate == 2.0
    player.set_rate(0.1)
    assert player.rate == 0.5
    player.slower()
    assert player.rate == 0.5
    # A–B loop: A at 1 s, B at 1.6 s; playback comes back to A.
    player.set_rate(2.0)
    player.seek(1_000)
    player.mark_loop()
    player.seek(1_600)
    player.mark_loop()
    assert player.loop == (1_000, 1_600)
    player.seek(1_000)
    player.play()
    seen = []
    player.positionChanged.connect(seen.append)
    qtbot.waitUntil(lambda: len(seen) > 30, timeout=5000)
    assert max(seen) < 1_700 and min(seen) >= 1_000
    player.mark_loop()                                  # a third press clears it
    assert player.loop == (-1, -1)


def test_one_side_file_holds_that_channel_only(recording):
    decoded = decode(recording)
    for channel in (0, 1):
        mono = decode(one_side_file(recording, channel))
        assert mono.channels == 1 and mono.frame_count == decoded.frame_count
        assert np.array_equal(mono.samples[0], decoded.samples[channel])
    assert one_side_file(recording, 0) == one_side_file(recording, 0)  # made once, then reused


def test_real_backend_keeps_pitch_and_switches_sides_at_the_same_position(qtbot, recording):
    player = PlayerService(backend="qt", side_maker=one_side_file)
    if player.silent:
        pytest.skip(f"Qt Multimedia unavailable: {player.silent_reason}")
    errors = []
    player.error.connect(errors.append)
    assert player.pitch_kept  # FFmpeg backend: pitch compensation available and on
    player.load(recording, duration_ms=12_000, autoplay=True)
    player.set_rate(1.5)
    qtbot.waitUntil(lambda: player.position() > 500, timeout=8000)
    player.pause()
    qtbot.waitUntil(lambda: player.state == PAUSED, timeout=3000)
    player.seek(6_000)
    qtbot.waitUntil(lambda: abs(player.position() - 6_000) < 200, timeout=3000)
    sides = []
    player.sideChanged.connect(sides.append)
    player.set_side(CUSTOMER)
    qtbot.waitUntil(lambda: player._playing_path != recording, timeout=10000)
    qtbot.waitUntil(lambda: abs(player.position() - 6_000) < 300, timeout=5000)
    with wave.open(player._playing_path) as mono:
        assert mono.getnchannels() == 1
    player.set_side(BOTH)
    assert player._playing_path == recording and sides == [CUSTOMER, BOTH]
    assert errors == []


def test_waveform_click_drag_zoom_and_note_markers(qtbot, recording):
    from qa_desktop.ui.player.waveform import MARKER_STRIP, WaveformView

    view = WaveformView()
    qtbot.addWidget(view)
    view.resize(600, 160)
    view.show()
    envelope = compute_envelope(recording)
    assert envelope.channels == 2 and abs(envelope.duration_s - 12) < 0.05
    view.set_envelope(envelope)
    view.set_duration(12_000)
    sought = []
    view.seekRequested.connect(sought.append)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(300, 80))
    assert abs(sought[-1] - 6_000) < 50
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(150, 80))
    qtbot.mouseMove(view, QPoint(450, 80))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(450, 80))
    assert abs(sought[-1] - 9_000) < 50                 # dragging seeks along
    view.set_position(6_000)
    view.zoom_in()
    view.zoom_in()
    assert view.zoom == 4 and abs(view.visible_span_ms() - 3_000) < 1
    assert view.view_start_ms <= 6_000 <= view.view_start_ms + 3_000  # zoomed around the cursor
    view.zoom_out()
    view.zoom_out()
    view.zoom_out()
    assert view.zoom == 1
    clicked = []
    view.noteClicked.connect(clicked.append)
    view.set_notes([(42, 3_000, "long hold")])
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(150, MARKER_STRIP // 2))
    assert clicked == [42]
    view.grab()  # paints with envelope, notes and cursor without error


def test_analysis_spans_read_the_engine_format():
    spans = analysis_spans({
        "agent_channel": 1, "dead_air": [{"start_s": 3.0, "end_s": 7.5}], "talk_over": [{"start_s": 1, "end_s": 2}],
        "speech": [[{"start_s": 0.0, "end_s": 1.0}], [{"start_s": 1.5, "end_s": 2.5}]]})
    assert spans.agent_channel == 1 and spans.dead_air == [(3.0, 7.5)] and spans.talk_over == [(1.0, 2.0)]
    assert spans.agent_speech == [(1.5, 2.5)] and spans.customer_speech == [(0.0, 1.0)]
    assert analysis_spans(None).empty


def test_no_sound_device_is_said_in_the_player_bar(qtbot, recording):
    from PySide6.QtWidgets import QWidget

    from qa_desktop.ui.player.controls import PlayerActions, PlayerBar

    owner = QWidget()
    qtbot.addWidget(owner)
    player = PlayerService(owner, backend="silent")
    bar = PlayerBar(player, PlayerActions(owner, player), owner)
    assert "No sound device" in bar.notice.text()
    player.load(recording, duration_ms=12_000)
    player.seek(65_000 // 10)
    assert bar.time.text() == "00:06 / 00:12"
    player.set_side(AGENT)
    assert bar.side.currentData() == AGENT
    player.play()
    assert bar.play.text() == "❚❚"


def test_preloaded_next_call_starts_by_swapping_players(qtbot, tmp_path, recording):
    player = PlayerService(backend="qt")
    if player.silent:
        pytest.skip(f"Qt Multimedia unavailable: {player.silent_reason}")
    following = str(make_recording(tmp_path / "next.wav", seconds=9, seed=4))
    player.load(recording, duration_ms=12_000, autoplay=True)
    qtbot.waitUntil(lambda: player.position() > 0, timeout=8000)
    first_backend = player.backend
    player.preload(following)
    qtbot.waitUntil(lambda: player._standby.duration() > 0, timeout=8000)  # loaded ahead
    player.load(following, duration_ms=9_000, position_ms=2_000, autoplay=True)
    assert player.backend is not first_backend and player.path == following
    assert first_backend.player.playbackState() != first_backend._QMediaPlayer.PlaybackState.PlayingState
    qtbot.waitUntil(lambda: player.is_playing and player.position() > 2_000, timeout=8000)
    assert player.duration() == pytest.approx(9_000, abs=100)
    # Going back to the previous call is a swap too, and starts where asked.
    player.load(recording, duration_ms=12_000, position_ms=0, autoplay=False)
    assert player.backend is first_backend and player.position() < 500
