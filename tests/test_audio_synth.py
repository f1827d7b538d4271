"""The synthetic calls used by tests, benchmarks and the demo: plausible sound, consistent truth."""
from __future__ import annotations

import numpy as np
import pytest

from qa_desktop.core.audio.decode import decode
from qa_desktop.core.audio.synth import plan_call, synthesize_call, write_demo_call


@pytest.mark.parametrize("seed", range(20))
def test_every_planned_call_has_turns_a_hold_and_a_talk_over(seed):
    truth = plan_call(seed, 180.0)
    for channel in truth.speech:
        assert channel, "both sides speak"
        for (start, end), (next_start, _) in zip(channel, channel[1:]):
            assert end - start >= 0.5 and next_start - end >= 0.3
        assert channel[-1][1] <= truth.duration_s
    assert truth.dead_air and all(end - start >= 3.0 for start, end in truth.dead_air)
    assert truth.talk_over and all(end - start >= 0.5 for start, end in truth.talk_over)


def test_the_same_seed_gives_the_same_call():
    first, truth_a = synthesize_call(5, 30.0)
    second, truth_b = synthesize_call(5, 30.0)
    assert np.array_equal(first, second) and truth_a.speech == truth_b.speech
    assert not np.array_equal(first, synthesize_call(6, 30.0)[0])


def test_speech_bursts_are_voiced_and_syllabic_not_a_pure_tone():
    samples, truth = synthesize_call(2, 60.0)
    start, end = max(truth.speech[0], key=lambda span: span[1] - span[0])
    burst = samples[0, int(start * 8000) + 400:int(end * 8000) - 400].astype(np.float64)
    spectrum = np.abs(np.fft.rfft(burst * np.hanning(burst.size)))
    strong = spectrum > spectrum.max() * 0.05
    # energy spread over several harmonic peaks, not one line
    peaks = np.flatnonzero(strong[1:-1] & (spectrum[1:-1] >= spectrum[:-2]) & (spectrum[1:-1] >= spectrum[2:]))
    assert len(peaks) >= 4
    # the loudness rises and falls several times a second (syllables)
    frames = burst[: burst.size // 80 * 80].reshape(-1, 80)
    rms = np.sqrt((frames ** 2).mean(axis=1))
    assert rms.max() > 2.5 * np.percentile(rms, 10)
    # ...but never falls silent inside an utterance
    assert np.percentile(rms, 1) > 20 * np.sqrt((samples[0, :1600].astype(float) ** 2).mean() + 1)


@pytest.mark.parametrize("name", ["demo.wav", "demo.mp3", "demo.flac"])
def test_write_demo_call_writes_a_decodable_stereo_recording(tmp_path, name):
    truth = write_demo_call(tmp_path / name, seed=1, duration_s=20.0)
    decoded = decode(tmp_path / name)
    assert decoded.channels == 2 and decoded.sample_rate == 8000
    assert decoded.duration_s == pytest.approx(20.0, abs=0.1)
    data = truth.to_dict()
    assert data["agent_channel"] == 0 and data["speech"][0] and data["speech"][1]
    if name.endswith(".wav"):
        assert decoded.info.codec == "pcm_mulaw"
