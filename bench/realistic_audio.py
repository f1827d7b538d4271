"""The audio benchmarks' recordings: real speech, a real line, a telephone codec, imported the real way.

Speech is Mandarin by espeak-ng (``qa_desktop/core/audio/corpus.py``): two parties taking turns,
a hold with music, an interruption, a call-centre floor in the agent's headset (colleagues' voices,
keystrokes, hum, hiss), echo of the other side and gain control pumping the floor up in pauses.
A long call is several such conversations one after another. Files are written in the codecs
telephony systems record (G.711 µ-law/A-law WAV, MP3) by the bundled ffmpeg and registered through
``library.importer.import_recordings`` with a GB18030 call list with Chinese headers, as a
telephony export comes.

    samples = speech(minutes=10)                      # int16 (2, n) at 8 kHz, cached under the bench cache
    write(samples, folder / "call.wav", "pcm_mulaw")
    report = import_calls(database, folder, [(path, "1001", started)])
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import realistic_data

RATE = 8000
CONDITION = "floor_echo_agc_music"
AUDIO_CACHE = realistic_data.CACHE / "speech"


def speech(minutes: float, seed: int = 1) -> np.ndarray:
    """int16 (2, n) samples of ``minutes`` of conversation (agent left, customer right), cached."""
    from qa_desktop.core.audio import corpus

    AUDIO_CACHE.mkdir(parents=True, exist_ok=True)
    path = AUDIO_CACHE / f"speech_{seed}_{minutes:g}min.npy"
    if path.exists():
        return np.load(path)
    pieces, total, part = [], 0, 0
    while total < minutes * 60 * RATE:
        call = corpus.make_call(seed * 1000 + part, CONDITION, "pcm", turns=40)
        pieces.append(call.samples)
        total += call.samples.shape[1]
        part += 1
    samples = np.concatenate(pieces, axis=1)[:, :int(minutes * 60 * RATE)]
    temporary = path.with_suffix(".partial.npy")
    np.save(temporary, samples)
    temporary.rename(path)
    return samples


def write(samples: np.ndarray, path: Path, fmt: str) -> Path:
    """Write the samples in a telephony format (a key of ``synth.FORMATS``) through ffmpeg."""
    from qa_desktop.core.audio.synth import write_audio

    path.parent.mkdir(parents=True, exist_ok=True)
    return write_audio(path, samples, RATE, fmt)


CALL_LIST_HEADER = "录音文件,工号,坐席姓名,通话时间,通话时长,主叫,呼叫类型,队列,方向"


def call_list_line(relative: str, agent_code: str, started: dt.datetime, index: int, seconds: float | None) -> str:
    types = ["投诉", "查询", "预订", "咨询", "业务办理"]
    return (f"{relative},{agent_code},坐席{agent_code},{started:%Y-%m-%d %H:%M:%S},"
            f"{'' if seconds is None else round(seconds)},138{index:08d},"
            f"{types[index % len(types)]},队列{index % 7},{'呼入' if index % 3 else '呼出'}")


def write_call_list(folder: Path, lines: list[str]) -> Path:
    manifest = folder / "通话清单.csv"
    manifest.write_bytes(("\r\n".join([CALL_LIST_HEADER, *lines]) + "\r\n").encode("gb18030"))
    return manifest


def import_calls(database, folder: Path, recordings: list[tuple[Path, str, dt.datetime]]):
    """Register ``recordings`` (path under ``folder``, agent code, start) through the real import."""
    from qa_desktop.core.library.importer import import_recordings

    manifest = write_call_list(folder, [call_list_line(path.relative_to(folder).as_posix(), agent, started, n, None)
                                        for n, (path, agent, started) in enumerate(recordings)])
    return import_recordings(database, folder, manifest=manifest)


def g711(samples: np.ndarray, codec: str) -> bytes:
    """The interleaved G.711 bytes (``mulaw`` or ``alaw``) of the samples, encoded by ffmpeg."""
    import subprocess

    from qa_desktop.core.audio.ffmpeg import ffmpeg_command, subprocess_flags

    command = ffmpeg_command("-v", "error", "-f", "s16le", "-ar", str(RATE), "-ac", str(samples.shape[0]),
                             "-i", "pipe:0", "-f", codec, "pipe:1")
    return subprocess.run(command, input=np.ascontiguousarray(samples.T).astype("<i2").tobytes(),
                          capture_output=True, check=True, **subprocess_flags()).stdout


def g711_wav(codec: str, channels: int, payload: bytes) -> bytes:
    """A WAV file around G.711 bytes, as telephony recorders write it (with a fact chunk)."""
    import struct

    tag = {"mulaw": 7, "alaw": 6}[codec]
    fmt = struct.pack("<HHIIHH", tag, channels, RATE, RATE * channels, channels, 8) + b"\x00\x00"
    fact = struct.pack("<I", len(payload) // channels)
    body = (b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt + b"fact" + struct.pack("<I", 4) + fact
            + b"data" + struct.pack("<I", len(payload)) + payload)
    return b"RIFF" + struct.pack("<I", len(body)) + body
