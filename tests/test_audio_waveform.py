"""Waveform envelopes: correct peaks per channel, cached by content hash, reopened without decoding."""
from __future__ import annotations

import numpy as np
import pytest

from qa_desktop import paths
from qa_desktop.core.audio import waveform as wf
from qa_desktop.core.audio.fingerprint import content_hash
from qa_desktop.core.audio.synth import write_demo_call


def test_envelope_holds_each_channels_extremes():
    samples = np.zeros((2, 8000), dtype=np.int16)
    samples[0, 1234] = 20000
    samples[1, 4321] = -15000
    envelope = wf.compute_waveform(samples, 8000)
    assert envelope.bucket == 40 and envelope.mins.shape == (2, 200)
    assert envelope.maxs[0, 1234 // 40] == 20000 and envelope.maxs[1].max() == 0
    assert envelope.mins[1, 4321 // 40] == -15000 and envelope.mins[0].min() == 0
    mins, maxs = envelope.columns(10)
    assert mins.shape == maxs.shape == (2, 10)
    assert maxs[0, 1234 * 10 // 8000] == 20000 and mins[1, 4321 * 10 // 8000] == -15000
    # zoomed into the second half: the first channel's spike is out of view
    mins, maxs = envelope.columns(50, 0.5, 1.0)
    assert maxs[0].max() == 0 and mins[1].min() == -15000


def test_partial_last_bucket_is_kept():
    samples = np.zeros((1, 8010), dtype=np.int16)
    samples[0, -1] = 999
    envelope = wf.compute_waveform(samples, 8000)
    assert envelope.mins.shape[1] == 201 and envelope.maxs[0, -1] == 999


def test_reopening_a_call_reads_the_cache_not_the_recording(tmp_path, monkeypatch):
    recording = tmp_path / "call.wav"
    write_demo_call(recording, seed=4, duration_s=30.0)
    digest = content_hash(recording)
    first = wf.waveform_for(recording, digest)
    cache_file = wf.cache_path(digest)
    assert cache_file.is_file() and str(cache_file).startswith(str(paths.user_cache_dir()))

    import qa_desktop.core.audio.decode as decode_module

    def must_not_decode(*_args, **_kwargs):
        raise AssertionError("decoded again despite the cache")

    monkeypatch.setattr(decode_module, "decode", must_not_decode)
    recording.unlink()  # the share may even be offline: the waveform still shows
    again = wf.waveform_for(recording, digest)
    assert np.array_equal(again.mins, first.mins) and np.array_equal(again.maxs, first.maxs)
    assert again.duration_s == pytest.approx(30.0, abs=0.01) and again.channels == 2


def test_damaged_cache_file_is_rebuilt(tmp_path):
    recording = tmp_path / "call.wav"
    write_demo_call(recording, seed=5, duration_s=10.0)
    digest = content_hash(recording)
    wf.cache_path(digest).parent.mkdir(parents=True, exist_ok=True)
    wf.cache_path(digest).write_bytes(b"half-written")
    assert wf.load_cached(digest) is None
    rebuilt = wf.waveform_for(recording, digest)
    assert rebuilt.duration_s == pytest.approx(10.0, abs=0.01)
    assert wf.load_cached(digest) is not None


def test_content_hash_follows_content_not_name(tmp_path):
    first = tmp_path / "a.wav"
    write_demo_call(first, seed=6, duration_s=40.0)  # bigger than the whole-file limit
    moved = tmp_path / "sub" / "renamed.wav"
    moved.parent.mkdir()
    moved.write_bytes(first.read_bytes())
    assert content_hash(first) == content_hash(moved) and len(content_hash(first)) == 64
    data = bytearray(first.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one byte in the middle changed
    changed = tmp_path / "changed.wav"
    changed.write_bytes(bytes(data))
    assert content_hash(changed) != content_hash(first)
    assert content_hash(first, full=True) != content_hash(changed, full=True)


def test_a_path_gives_the_cached_envelope_with_simple_peaks(tmp_path):
    recording = tmp_path / "call.wav"
    write_demo_call(recording, seed=7, duration_s=12.0)
    envelope = wf.compute_waveform(str(recording), buckets_per_second=100)
    assert wf.load_cached(content_hash(recording)) is not None
    assert envelope.buckets_per_second == 200 and envelope.peaks.shape == (2, 2400)
    assert 0 < envelope.peaks.max() <= 1.0 and envelope.peaks.dtype == np.float32
