"""The skip plan: what the player jumps over, and that no true speech is ever in it."""
from __future__ import annotations

import pytest

from qa_desktop.core.audio import corpus, intervals, skipping
from qa_desktop.core.audio.analysis import analyze_samples


def test_plan_jumps_long_silences_and_keeps_their_edges():
    analysis = {"duration_s": 30.0, "speech": [[{"start_s": 1.0, "end_s": 5.0}, {"start_s": 12.0, "end_s": 20.0}],
                                               [{"start_s": 6.0, "end_s": 7.5}, {"start_s": 21.0, "end_s": 26.0}]]}
    plan = skipping.skip_plan(analysis, min_skip_s=2.0)
    # 0-1 is under 2 s; 7.5-12 is skipped less its edges; 20-21 too short; 26-30 to the end
    assert plan == [(7.8, 11.7), (26.3, 30.0)]
    assert skipping.listening_time_s(30.0, plan) == pytest.approx(30.0 - 3.9 - 3.7)
    assert skipping.listening_time_s(30.0, plan, 1.25) == pytest.approx((30.0 - 7.6) / 1.25)
    assert skipping.skip_plan(analysis, min_skip_s=5.0) == []
    assert skipping.skip_plan(None) == [] and skipping.skip_plan({"duration_s": 3}) == []


def test_skip_only_when_playback_runs_into_the_silence():
    plan = [(7.8, 11.7)]
    assert skipping.skip_at(plan, 7.85, came_from_s=7.75) == (7.8, 11.7)
    assert skipping.skip_at(plan, 9.0, came_from_s=9.0) is None  # a click into the silence plays it
    assert skipping.skip_at(plan, 12.0, came_from_s=11.9) is None


@pytest.mark.skipif(not corpus.espeak_available(), reason="espeak-ng is not installed")
@pytest.mark.parametrize("condition,codec,seed", [
    ("quiet", "pcm", 0), ("floor_echo", "ulaw", 1), ("hold_music", "mp3_16k", 2), ("agc", "amr_nb", 3),
    ("floor_echo_mono", "alaw", 0), ("hold_tone", "opus_12k", 1),
])
def test_no_true_speech_is_ever_skipped(condition, codec, seed):
    call = corpus.make_call(seed, condition, codec)
    analysis = analyze_samples(call.samples, call.sample_rate)
    plan = skipping.skip_plan(analysis, min_skip_s=2.0)
    assert plan, "every corpus call has a hold and a look-up silence to skip"
    true_speech = intervals.merge([span for side in call.truth["speech"] for span in side])
    for start, end in plan:
        for s, e in true_speech:
            assert min(end, e) <= max(start, s), (call.name, (start, end), (s, e))
    # the holds are skipped (all but their edges)
    for start, end in call.truth["holds"]:
        assert any(a <= start + 0.5 and b >= end - 0.5 for a, b in plan), (call.name, plan)


@pytest.mark.skipif(not corpus.espeak_available(), reason="espeak-ng is not installed")
def test_the_player_plays_every_word_of_a_call_while_it_skips(qtbot, tmp_path):
    """Playback driven position report by position report (40 ms, as the silent clock ticks)
    through a whole corpus call: what the player actually plays covers every true speech span."""
    from qa_desktop.core.audio.synth import write_audio
    from qa_desktop.ui.player.service import PlayerService

    call = corpus.make_call(2, "floor_echo_agc_music", "ulaw")
    path = write_audio(tmp_path / "call.wav", call.samples, call.sample_rate, "pcm_mulaw")
    analysis = analyze_samples(call.samples, call.sample_rate)
    duration_ms = int(call.truth["duration_s"] * 1000)
    player = PlayerService(backend="silent")
    player.load(str(path), duration_ms=duration_ms)
    player.set_skip_plan(skipping.skip_plan(analysis))
    jumps = []
    player.skipped.connect(lambda a, b: jumps.append((a, b)))
    player.play()
    played, position = [], 0
    while position < duration_ms:
        seen = len(jumps)
        player.backend.positionChanged.emit(position)  # the backend reports where it is
        if len(jumps) > seen:  # the player jumped instead of playing from here
            position = jumps[-1][1]
            continue
        played.append((position / 1000, (position + 40) / 1000))
        position += 40
    player.stop()
    assert jumps, "the hold and the look-up silence are jumped over"
    heard = intervals.merge(played)
    for side in call.truth["speech"]:
        for s, e in side:
            assert any(a <= s + 0.01 and b >= e - 0.01 for a, b in heard), ((s, e), jumps)
    assert sum(b - a for a, b in heard) < call.truth["duration_s"] - 5  # and time was saved
