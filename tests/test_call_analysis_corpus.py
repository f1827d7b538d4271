"""Call analysis on real-shaped calls: espeak-ng Mandarin on both sides, a call-centre floor, echo,
gain control, hold music, a mono mix and telephone codecs (see qa_desktop/core/audio/corpus.py).

A representative subset of bench/bench_call_analysis.py's matrix, asserting issue 14's goal: dead
air and talk-over events found with precision and recall 1.0 on these calls, boundaries within
0.3 s, and holds reported as holds.
"""
from __future__ import annotations

import os

import pytest

from qa_desktop.core.audio import corpus
from qa_desktop.core.audio.analysis import analyze_samples
from qa_desktop.core.audio.decode import probe

pytestmark = pytest.mark.skipif(not corpus.espeak_available(), reason="espeak-ng is not installed")

BOUNDARY_S = 0.3


def _check(call):
    result = analyze_samples(call.samples, call.sample_rate)
    score = corpus.score(result, call.truth)
    for key in ("dead_air", "talk_over"):
        events = score[key]
        if events is None:  # mono: who spoke cannot be told
            continue
        assert events["precision"] == 1.0 and events["recall"] == 1.0, (call.name, key, events, result[key])
        assert events["boundary_s"] <= BOUNDARY_S, (call.name, key, events)
    assert min(score["speech_f1"]) > 0.95, (call.name, score["speech_f1"])
    return result, score


@pytest.mark.parametrize("condition,codec,seed", [
    ("quiet", "pcm", 0), ("floor", "ulaw", 1), ("echo", "alaw", 2), ("floor_echo", "mp3_16k", 3),
    ("agc", "opus_12k", 0), ("floor_echo", "amr_nb", 1), ("mono", "ulaw", 2),
])
def test_dead_air_and_talk_over_hold_on_real_shaped_calls(condition, codec, seed):
    call = corpus.make_call(seed, condition, codec)
    assert call.truth["dead_air"], "every corpus call has a hold and a look-up silence"
    _check(call)


@pytest.mark.parametrize("condition,seed", [("floor_echo", 4), ("hold_tone", 3)])
def test_gsm_610_recordings_of_an_old_pbx_hold(condition, seed, tmp_path):
    # GSM 6.10 in WAV, written by SoX (the bundled ffmpeg has no GSM encoder) and decoded by the app's own.
    if not corpus.sox_available():
        if os.environ.get("QA_DESKTOP_REQUIRE_XVFB") == "1":  # tests/run.sh could install it
            pytest.fail("sox is required here (tests/run.sh installs it) but not installed")
        pytest.skip("sox is not installed")
    call = corpus.make_call(seed, condition, "gsm", folder=tmp_path)
    assert probe(tmp_path / "leg0.wav").codec == "gsm_ms"
    assert call.sample_rate == 8000 and call.truth["dead_air"]
    _check(call)


@pytest.mark.parametrize("condition,seed", [("hold_music", 1), ("hold_tone", 2)])
def test_hold_music_and_tones_are_holds_and_count_as_dead_air(condition, seed):
    call = corpus.make_call(seed, condition, "ulaw")
    result, score = _check(call)
    assert score["hold"]["precision"] == 1.0 and score["hold"]["recall"] == 1.0, result["hold"]
    (hold_start, hold_end), = call.truth["holds"]
    assert result["hold_total_s"] == pytest.approx(hold_end - hold_start, abs=1.5)
    # nobody speaks during the hold: it lies inside a dead-air span
    assert any(d["start_s"] <= hold_start + 1.0 and d["end_s"] >= hold_end - 1.0 for d in result["dead_air"])


def test_the_truth_knows_the_pauses_inside_sentences():
    clip = corpus.utterance("您好，这里是客服中心。请问有什么可以帮您？", corpus.AGENT_VOICES[0], 0)
    assert len(clip.spans) >= 3  # the comma and the full stop are pauses
    assert all(b[0] - a[1] >= corpus.PAUSE_MIN_S for a, b in zip(clip.spans, clip.spans[1:]))
    assert clip.spans[0][0] == 0.0 and clip.spans[-1][1] == pytest.approx(clip.samples.size / corpus.RATE, abs=0.02)


@pytest.mark.parametrize("condition,codec,seed", [
    # gain control lifting colleagues and keystrokes through the agent's look-up pause into the agent's
    # next words: the pause's dead air ended 2.5 s early (pcm) or was lost (AMR-NB, Opus)
    ("floor_echo_agc_music", "pcm", 2), ("floor_echo_agc_music", "opus_12k", 3), ("floor_echo_agc_music", "amr_nb", 3),
    # a 0.27 s breath inside an interruption, heard a little longer than 0.3 s: the talk-over ended there
    ("quiet", "pcm", 5), ("floor_echo", "ulaw", 5),
])
def test_voices_lifted_in_a_pause_and_breaths_in_a_talk_over(condition, codec, seed):
    call = corpus.make_call(seed, condition, codec)
    result = analyze_samples(call.samples, call.sample_rate)
    score = corpus.score(result, call.truth)
    for key in ("dead_air", "talk_over"):
        events = score[key]
        assert events["precision"] == 1.0 and events["recall"] == 1.0, (call.name, key, events, result[key])
        assert events["boundary_s"] <= BOUNDARY_S, (call.name, key, events)
