"""Skipping what needs no listening, as an evaluator meets it: a real-shaped call whose stored
analysis is from an older version is opened with Ctrl+N; the workspace re-analyses it in the
background, plays, jumps over the hold (a mark on the waveform says where), the header shows the
listening time, and Ctrl+K turns skipping off (kept in the user's settings)."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select
from workspace_support import workspace_shown

from qa_desktop.core.audio import corpus, skipping
from qa_desktop.core.audio.analysis import ANALYSIS_VERSION
from qa_desktop.core.audio.fingerprint import content_hash
from qa_desktop.core.audio.synth import write_audio
from qa_desktop.core.db.models import Agent, Assignment, Call, Direction, Role, Team
from qa_desktop.core.forms_repository import ensure_default_form
from qa_desktop.core.users import ensure_user
from qa_desktop.ui.context import AppContext
from qa_desktop.ui.settings import AppSettings

pytestmark = pytest.mark.skipif(not corpus.espeak_available(), reason="espeak-ng is not installed")
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def workspace(qtbot, sqlite_db, tmp_path, monkeypatch):
    monkeypatch.setenv("QA_DESKTOP_PLAYER", "silent")
    sqlite_db.user_login = "tester"
    me = ensure_user(sqlite_db, "tester", "Tess Tester", Role.EVALUATOR)
    ensure_default_form(sqlite_db)
    call = corpus.make_call(1, "floor_echo", "pcm")
    path = write_audio(tmp_path / "call.wav", call.samples, call.sample_rate, "pcm_mulaw")
    old = {"version": 1, "duration_s": call.truth["duration_s"], "speech": [[], []], "dead_air": [],
           "talk_over": [], "agent_channel": 0}  # what the energy threshold stored: no speech found

    def work(session):
        team = Team(name="投诉处理组")
        agent = Agent(agent_code="A100", name="王芳", team=team)
        session.add_all([team, agent])
        session.flush()
        row = Call(external_id="EXT-1", recording_path=str(path), content_hash=content_hash(path),
                   file_size=path.stat().st_size, codec="pcm_mulaw", duration_s=call.truth["duration_s"],
                   channels=2, sample_rate=8000, started_at=dt.datetime(2026, 11, 16, 9), call_type="投诉",
                   direction=Direction.INBOUND, agent=agent, analysis=old)
        session.add(row)
        session.flush()
        session.add(Assignment(call_id=row.id, evaluator_id=me.id, assigned_at=dt.datetime(2026, 11, 16, 10)))
        return row.id

    call_id = sqlite_db.write(work)
    ctx = AppContext(sqlite_db, me, AppSettings())
    with workspace_shown(qtbot, ctx) as page:
        yield page, call, call_id, ctx


def test_playback_jumps_over_the_hold_and_ctrl_k_turns_it_off(qtbot, workspace, sqlite_db):
    page, call, call_id, ctx = workspace
    qtbot.keyClick(page.focusWidget() or page, Qt.Key.Key_N, CTRL)
    assert page.call is not None and page.call.id == call_id
    # the stored analysis is from version 1: it is redone in the background and stored
    qtbot.waitUntil(lambda: page.call.analysis.get("version") == ANALYSIS_VERSION, timeout=30000)
    with sqlite_db.read() as session:
        stored = session.scalars(select(Call.analysis).where(Call.id == call_id)).one()
    assert stored["version"] == ANALYSIS_VERSION and stored["hold"] is not None
    plan = page.player.skip_plan
    hold_start, hold_end = max(call.truth["dead_air"], key=lambda span: span[1] - span[0])
    assert any(a <= hold_start + 0.5 and b >= hold_end - 0.5 for a, b in plan), plan
    # the header tells how long listening takes at this speed, with the jumps
    listening = skipping.listening_time_s(call.truth["duration_s"], plan, page.player.rate)
    assert listening < call.truth["duration_s"] - 5
    minutes, seconds = divmod(int(round(listening)), 60)
    assert f"{minutes:02d}:{seconds:02d}" in page.header.text()

    # play into the hold: playback jumps to its end and the waveform marks the jump
    jump_from, jump_to = next((a, b) for a, b in plan if a <= hold_start + 0.5 and b >= hold_end - 0.5)
    page.player.set_rate(2.0)
    page.player.seek(int((jump_from - 0.6) * 1000))
    page.player.play()
    qtbot.waitUntil(lambda: bool(page.waveform.skip_marks), timeout=5000)
    assert page.waveform.skip_marks[0] == (int(jump_from * 1000), int(jump_to * 1000))
    assert page.player.position() >= int(jump_to * 1000)
    page.player.pause()

    # Ctrl+K: no more skipping, the bar and the settings say so, the silence plays
    qtbot.keyClick(page.focusWidget() or page, Qt.Key.Key_K, CTRL)
    assert not page.player.skipping and not page.player_bar.skip.isChecked()
    assert AppSettings().skip_silences is False
    assert page.player_bar.skip.text() == page.player_bar.tr("No skipping")
    page.player.seek(int((jump_from - 0.3) * 1000))
    page.player.play()
    qtbot.waitUntil(lambda: page.player.position() > int((jump_from + 0.6) * 1000), timeout=5000)
    assert page.player.position() < int(jump_to * 1000)
    page.player.pause()
    # the full listening time is back in the header
    full = call.truth["duration_s"] / page.player.rate
    minutes, seconds = divmod(int(round(full)), 60)
    assert f"{minutes:02d}:{seconds:02d}" in page.header.text()
    qtbot.keyClick(page.focusWidget() or page, Qt.Key.Key_K, CTRL)
    assert page.player.skipping and AppSettings().skip_silences is True
