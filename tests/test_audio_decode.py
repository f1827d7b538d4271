"""Decoding and probing real recordings made by ffmpeg: every supported format, and bad files."""
from __future__ import annotations

import shutil
import struct

import numpy as np
import pytest

from qa_desktop.core.audio import errors
from qa_desktop.core.audio.decode import decode
from qa_desktop.core.audio.ffmpeg import configure_pydub, ffmpeg_exe, reset_cache, run_ffmpeg
from qa_desktop.core.audio.probe import probe

SECONDS = 4.0


def _levels_db(samples: np.ndarray) -> list[float]:
    return [20 * np.log10(np.sqrt(np.mean(row.astype(np.float64) ** 2)) / 32768.0) for row in samples]


@pytest.fixture(scope="module")
def recordings(tmp_path_factory):
    """A 16-bit stereo original (loud noise left, quieter 300 Hz tone right) in every format."""
    folder = tmp_path_factory.mktemp("recordings")
    source = folder / "original.wav"
    run_ffmpeg("-f", "lavfi", "-i", f"anoisesrc=r=8000:a=0.3:d={SECONDS}:seed=7", "-f", "lavfi",
               "-i", f"sine=f=300:r=8000:d={SECONDS}", "-filter_complex", "[0][1]amerge=inputs=2",
               "-c:a", "pcm_s16le", "-y", str(source))
    made = {"pcm_s16le": source}
    encodings = {
        "pcm_mulaw": ("ulaw.wav", ["-c:a", "pcm_mulaw"]),
        "pcm_alaw": ("alaw.wav", ["-c:a", "pcm_alaw"]),
        "pcm_u8": ("u8.wav", ["-c:a", "pcm_u8"]),
        "mp3": ("call.mp3", ["-c:a", "libmp3lame", "-b:a", "32k"]),
        "vorbis": ("call.ogg", ["-c:a", "libvorbis"]),
        "opus": ("call.opus", ["-c:a", "libopus"]),
        "aac": ("call.m4a", ["-c:a", "aac"]),
        "flac": ("call.flac", ["-c:a", "flac"]),
        "amr_nb": ("call.amr", ["-ac", "1", "-c:a", "libopencore_amrnb", "-b:a", "12.2k"]),
    }
    for codec, (name, args) in encodings.items():
        run_ffmpeg("-i", str(source), *args, "-y", str(folder / name))
        made[codec] = folder / name
    return made


@pytest.mark.parametrize("codec", ["pcm_mulaw", "pcm_alaw", "pcm_u8"])
def test_8bit_wav_keeps_the_levels_of_its_16bit_original(recordings, codec):
    original = decode(recordings["pcm_s16le"])
    eight_bit = decode(recordings[codec])
    assert eight_bit.samples.dtype == np.int16
    assert eight_bit.samples.shape == original.samples.shape == (2, int(SECONDS * 8000))
    for ours, theirs in zip(_levels_db(eight_bit.samples), _levels_db(original.samples)):
        assert abs(ours - theirs) < 0.5


@pytest.mark.parametrize("codec", ["pcm_mulaw", "pcm_alaw", "pcm_u8", "pcm_s16le"])
def test_native_wav_decoding_gives_the_same_samples_as_ffmpeg(recordings, codec, tmp_path):
    raw = tmp_path / "ffmpeg.s16"
    run_ffmpeg("-i", str(recordings[codec]), "-f", "s16le", "-acodec", "pcm_s16le", "-y", str(raw))
    reference = np.fromfile(raw, dtype="<i2").reshape(-1, 2).T
    assert np.array_equal(decode(recordings[codec]).samples, reference)


@pytest.mark.parametrize("codec,rate,channels", [
    ("mp3", 8000, 2), ("vorbis", 8000, 2), ("opus", 48000, 2), ("aac", 8000, 2), ("flac", 8000, 2),
    ("amr_nb", 8000, 1)])
def test_compressed_formats_decode_at_source_rate_with_channels_apart(recordings, codec, rate, channels):
    decoded = decode(recordings[codec])
    assert decoded.sample_rate == rate and decoded.channels == channels
    assert abs(decoded.duration_s - SECONDS) < 0.3
    if channels == 2:
        noise_db, tone_db = _levels_db(decoded.samples)
        # left is loud noise (about -15 dBFS), right the tone (about -21 dBFS): not mixed together
        assert noise_db - tone_db > 3


def test_gsm_610_wav_decodes_through_ffmpeg(tmp_path):
    # No GSM encoder in the bundled ffmpeg: build a Microsoft GSM 6.10 WAV by hand (any 65-byte
    # block is a valid pair of GSM frames, 320 samples).
    blocks = 50
    data = np.random.default_rng(1).integers(0, 256, blocks * 65, dtype=np.uint8).tobytes()
    fmt = struct.pack("<HHIIHHHH", 0x31, 1, 8000, 1625, 65, 0, 2, 320)
    fact = struct.pack("<I", blocks * 320)
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt + b"fact" + struct.pack("<I", 4) + fact \
        + b"data" + struct.pack("<I", len(data)) + data
    path = tmp_path / "gsm.wav"
    path.write_bytes(b"RIFF" + struct.pack("<I", len(body)) + body)
    info = probe(path)
    assert info.codec == "gsm_ms" and info.duration_s == pytest.approx(2.0)
    decoded = decode(path)
    assert decoded.sample_rate == 8000 and decoded.frame_count == blocks * 320


@pytest.mark.parametrize("codec", ["pcm_mulaw", "mp3", "vorbis", "opus", "flac", "aac"])
def test_probe_reads_headers_without_starting_ffmpeg(recordings, codec, monkeypatch):
    import subprocess

    def no_process(*_args, **_kwargs):
        raise AssertionError("probe started a process")

    monkeypatch.setattr(subprocess, "run", no_process)
    monkeypatch.setattr(subprocess, "Popen", no_process)
    info = probe(recordings[codec], use_ffmpeg=False)
    assert info.channels == 2
    assert info.duration_s == pytest.approx(SECONDS, abs=0.25)


def test_probe_falls_back_to_ffmpeg_for_amr(recordings):
    info = probe(recordings["amr_nb"])
    assert (info.codec, info.channels, info.sample_rate) == ("amr_nb", 1, 8000)
    assert info.duration_s == pytest.approx(SECONDS, abs=0.25)


def test_decoded_audio_becomes_a_pydub_segment(recordings):
    decoded = decode(recordings["pcm_mulaw"])
    segment = decoded.to_segment()
    assert segment.channels == 2 and segment.frame_rate == 8000 and segment.sample_width == 2
    assert int(segment.frame_count()) == decoded.frame_count


def test_empty_file_is_refused(tmp_path):
    path = tmp_path / "empty.wav"
    path.write_bytes(b"")
    with pytest.raises(errors.AudioEmpty) as caught:
        decode(path)
    assert caught.value.code == "audio_empty" and "empty" in str(caught.value)


def test_truncated_wav_is_refused(recordings, tmp_path):
    data = recordings["pcm_mulaw"].read_bytes()
    path = tmp_path / "cut.wav"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(errors.AudioTruncated) as caught:
        probe(path)
    assert "truncated" in str(caught.value)


def test_truncated_flac_is_refused(recordings, tmp_path):
    data = recordings["flac"].read_bytes()
    path = tmp_path / "cut.flac"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(errors.AudioTruncated):
        decode(path)


def test_mp3_named_wav_is_reported_as_mislabelled(recordings, tmp_path):
    path = tmp_path / "really_mp3.wav"
    shutil.copy(recordings["mp3"], path)
    with pytest.raises(errors.AudioMislabelled) as caught:
        decode(path)
    assert "MP3" in str(caught.value) and ".wav" in str(caught.value)


@pytest.mark.parametrize("name,content", [
    ("noise.mp3", bytes(range(256)) * 40),
    ("garbage.wav", b"RIFF\x10\x00\x00\x00WAVEjunkjunkjunk"),
    ("text.flac", b"hello, this is not audio"),
])
def test_corrupt_files_are_refused_with_a_reason(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(errors.AudioError) as caught:
        decode(path)
    assert caught.value.code in {"audio_corrupt", "audio_truncated"}
    assert name in str(caught.value)


def test_unsupported_extension_and_missing_file(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("not a recording")
    with pytest.raises(errors.AudioUnsupported):
        probe(path)
    with pytest.raises(errors.AudioNotFound):
        probe(tmp_path / "gone.wav")


def test_ffmpeg_exe_honours_the_environment(tmp_path, monkeypatch):
    real = ffmpeg_exe()
    copy = tmp_path / "my-ffmpeg"
    copy.symlink_to(real)
    monkeypatch.setenv("QA_DESKTOP_FFMPEG", str(copy))
    reset_cache()
    try:
        assert ffmpeg_exe() == str(copy)
        from pydub import AudioSegment

        assert configure_pydub() == str(copy) and AudioSegment.converter == str(copy)
        monkeypatch.setenv("QA_DESKTOP_FFMPEG", str(tmp_path / "nothing-here"))
        reset_cache()
        with pytest.raises(errors.FFmpegMissing):
            ffmpeg_exe()
    finally:
        monkeypatch.delenv("QA_DESKTOP_FFMPEG")
        reset_cache()
    assert ffmpeg_exe()


def test_pipe_and_memory_file_paths_give_the_same_samples(recordings, monkeypatch):
    import qa_desktop.core.audio.decode as decode_module

    via_default = decode(recordings["mp3"]).samples
    monkeypatch.setattr(decode_module, "_memory_folder", lambda _needed: None)  # force the pipe
    assert np.array_equal(decode(recordings["mp3"]).samples, via_default)


def test_cancelling_a_decode_stops_ffmpeg_and_leaves_no_temporary_file(tmp_path):
    import glob
    import os

    from qa_desktop.core.audio.synth import synthesize_call, write_audio
    from qa_desktop.core.errors import Cancelled
    from qa_desktop.core.progress import ProgressSink

    samples, _truth = synthesize_call(3, 240.0)
    path = write_audio(tmp_path / "long.mp3", samples, 8000, "mp3")
    sink = ProgressSink(lambda done, total, message: sink.cancel())
    with pytest.raises(Cancelled):
        decode(path, progress=sink)
    assert not glob.glob(f"/dev/shm/qa-desktop-{os.getpid()}-*")  # ours only: others may be decoding
