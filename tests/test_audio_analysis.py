"""Call analysis against the truth of synthetic calls, written to real files by ffmpeg."""
from __future__ import annotations

import json

import numpy as np
import pytest

from qa_desktop.core.audio.analysis import AnalysisOptions, analyze_file, analyze_samples
from qa_desktop.core.audio.synth import synthesize_call, write_audio, write_demo_call

TOLERANCE_S = 0.25


def _assert_spans_match(found, truth):
    assert len(found) == len(truth), (found, truth)
    for got, (start, end) in zip(found, truth):
        assert abs(got["start_s"] - start) <= TOLERANCE_S and abs(got["end_s"] - end) <= TOLERANCE_S, (got, start, end)


@pytest.mark.parametrize("seed,fmt,name", [(0, "pcm_mulaw", "call.wav"), (1, "pcm_alaw", "call.wav"),
                                           (2, "mp3", "call.mp3"), (3, "pcm_s16le", "call.wav"),
                                           (4, "opus", "call.opus")])
def test_speech_dead_air_and_talk_over_match_the_truth(tmp_path, seed, fmt, name):
    samples, truth = synthesize_call(seed, 150.0)
    path = write_audio(tmp_path / name, samples, 8000, fmt)
    result = analyze_file(path)
    for channel in (0, 1):
        _assert_spans_match(result["speech"][channel], truth.speech[channel])
    _assert_spans_match(result["dead_air"], truth.dead_air)
    _assert_spans_match(result["talk_over"], truth.talk_over)
    assert result["dead_air"] and result["talk_over"]
    assert result["duration_s"] == pytest.approx(150.0, abs=0.1)
    assert result["channels"] == 2 and result["agent_channel"] == 0
    agent_time = sum(e - s for s, e in truth.speech[0])
    customer_time = sum(e - s for s, e in truth.speech[1])
    assert result["talk_ratio"]["agent"] == pytest.approx(agent_time / (agent_time + customer_time), abs=0.03)
    assert result["talk_ratio"]["agent"] + result["talk_ratio"]["customer"] == pytest.approx(1.0, abs=1e-3)
    assert not result["exceeds_handling_standard"]
    json.dumps(result)  # stored as JSON in Call.analysis


def test_levels_are_per_channel_and_follow_gain(tmp_path):
    samples, _truth = synthesize_call(7, 40.0)
    quieter = samples.copy()
    quieter[1] = (quieter[1].astype(np.int32) // 4).astype(np.int16)  # -12 dB on the customer side
    loud = analyze_samples(samples, 8000)["levels"]
    soft = analyze_samples(quieter, 8000)["levels"]
    assert soft[0]["rms_dbfs"] == pytest.approx(loud[0]["rms_dbfs"], abs=0.01)
    assert soft[1]["speech_rms_dbfs"] == pytest.approx(loud[1]["speech_rms_dbfs"] - 12.04, abs=0.3)
    assert soft[1]["peak_dbfs"] == pytest.approx(loud[1]["peak_dbfs"] - 12.04, abs=0.1)
    assert loud[0]["peak_dbfs"] > loud[0]["speech_rms_dbfs"] > loud[0]["rms_dbfs"]


def test_agent_channel_can_be_the_right_one():
    samples, truth = synthesize_call(8, 90.0)
    swapped = analyze_samples(samples[::-1].copy(), 8000, AnalysisOptions(agent_channel=1))
    normal = analyze_samples(samples, 8000)
    assert swapped["agent_channel"] == 1 and swapped["customer_channel"] == 0
    assert swapped["talk_ratio"] == normal["talk_ratio"]
    _assert_spans_match(swapped["speech"][1], truth.speech[0])


def test_mono_call_reports_speech_and_dead_air_but_not_who_spoke():
    samples, truth = synthesize_call(9, 120.0)
    mono = ((samples[0].astype(np.int32) + samples[1]) // 2).astype(np.int16)[None, :]
    result = analyze_samples(mono, 8000)
    assert result["mono"] and result["channels"] == 1 and result["agent_channel"] is None
    _assert_spans_match(result["dead_air"], truth.dead_air)
    assert result["talk_over"] == [] and result["talk_ratio"] == {"agent": None, "customer": None}
    assert result["levels"][0]["role"] == "mixed"


def test_long_call_exceeds_the_handling_standard(tmp_path):
    truth = write_demo_call(tmp_path / "long.wav", seed=3, duration_s=310.0)
    result = analyze_file(tmp_path / "long.wav")
    assert result["exceeds_handling_standard"] and result["duration_s"] > 300
    assert result["longest_monologue_s"] > 0
    monologue = result["longest_monologue"]
    assert monologue["role"] in {"agent", "customer"}
    assert monologue["end_s"] - monologue["start_s"] == pytest.approx(result["longest_monologue_s"], abs=0.01)
    shorter = analyze_samples(np.zeros((2, 8000 * 10), dtype=np.int16), 8000,
                              AnalysisOptions(handling_standard_s=5))
    assert shorter["exceeds_handling_standard"]
    # digital silence: no speech, the whole call is dead air
    assert shorter["speech"] == [[], []] and shorter["dead_air"] == [{"start_s": 0.0, "end_s": 10.0}]
    assert truth.duration_s == 310.0


def test_thresholds_are_configurable():
    samples, truth = synthesize_call(11, 120.0)
    strict = analyze_samples(samples, 8000, AnalysisOptions(dead_air_min_s=30.0, talk_over_min_s=5.0))
    assert strict["dead_air"] == [] and strict["talk_over"] == []
    assert strict["options"]["dead_air_min_s"] == 30.0


def test_analyze_command_prints_json_and_refuses_bad_files(tmp_path, capsys):
    from qa_desktop.cli import main

    truth = write_demo_call(tmp_path / "call.wav", seed=12, duration_s=70.0)
    assert main(["analyze", str(tmp_path / "call.wav"), "--json", "--dead-air", "4"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["file"].endswith("call.wav") and result["options"]["dead_air_min_s"] == 4.0
    assert len(result["speech"][0]) == len(truth.speech[0])
    assert main(["analyze", str(tmp_path / "call.wav")]) == 0
    assert "talk ratio: agent" in capsys.readouterr().out
    (tmp_path / "empty.wav").write_bytes(b"")
    assert main(["analyze", str(tmp_path / "empty.wav")]) == 2
    assert "empty" in capsys.readouterr().err


@pytest.mark.parametrize("name,fmt", [("call.mp3", "mp3"), ("call.wav", "pcm_alaw"), ("call.flac", "flac")])
def test_measuring_while_decoding_gives_the_same_results(tmp_path, name, fmt):
    from qa_desktop.core.audio.decode import decode
    from qa_desktop.core.audio.measure import decode_and_measure
    from qa_desktop.core.audio.waveform import compute_waveform

    samples, _truth = synthesize_call(13, 200.0)  # long enough to arrive in several pipe reads
    path = write_audio(tmp_path / name, samples, 8000, fmt)
    measured = decode_and_measure(path)
    decoded = decode(path)
    envelope = compute_waveform(decoded.samples, decoded.sample_rate)
    assert np.array_equal(measured.decoded.samples, decoded.samples)
    assert np.array_equal(measured.waveform.mins, envelope.mins) and np.array_equal(measured.waveform.maxs,
                                                                                    envelope.maxs)
    expected = analyze_samples(decoded.samples, decoded.sample_rate)
    expected["codec"] = decoded.info.codec
    assert measured.analysis == expected
