"""Synthetic two-channel call recordings with a known truth, for tests, benchmarks and the demo.

A call is the agent on channel 0 and the customer on channel 1, taking turns in
speech-like bursts: a voiced harmonic source (gliding pitch, falling harmonic amplitudes,
moving formant-like emphasis) shaped by a syllable-rate envelope, with short pauses inside a
turn, gaps between turns, the odd talk-over, and holds where both sides fall silent. A low
line-noise floor and a faint echo of the other side make it look like a real recording
rather than digital silence.

The returned :class:`CallTruth` lists every utterance per channel, and the dead air and
talk-over that follow from them by the same definitions the call analysis uses, so the
analysis can be checked against it to the sample.
"""
from __future__ import annotations

import os
import subprocess
import wave
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from qa_desktop.core.audio.intervals import as_dicts, overlapping_spans, silent_spans

DEAD_AIR_MIN_S = 3.0
TALK_OVER_MIN_S = 0.5
AGENT, CUSTOMER = 0, 1

# Output formats by name; the WAV ones are what telephony systems write.
FORMATS = {
    "pcm_s16le": ("wav", ["-c:a", "pcm_s16le"]),
    "pcm_mulaw": ("wav", ["-c:a", "pcm_mulaw"]),
    "pcm_alaw": ("wav", ["-c:a", "pcm_alaw"]),
    "pcm_u8": ("wav", ["-c:a", "pcm_u8"]),
    "mp3": ("mp3", ["-c:a", "libmp3lame", "-b:a", "32k"]),
    "ogg": ("ogg", ["-c:a", "libvorbis", "-q:a", "3"]),
    "opus": ("ogg", ["-c:a", "libopus", "-b:a", "32k"]),  # below ~32k stereo Opus leaks one side into the other
    "m4a": ("ipod", ["-c:a", "aac", "-b:a", "48k"]),
    "flac": ("flac", ["-c:a", "flac"]),
    "amr": ("amr", ["-ac", "1", "-ar", "8000", "-c:a", "libopencore_amrnb", "-b:a", "12.2k"]),
}
_FORMAT_BY_EXTENSION = {".wav": "pcm_mulaw", ".mp3": "mp3", ".ogg": "ogg", ".opus": "opus", ".m4a": "m4a",
                        ".flac": "flac", ".amr": "amr"}


@dataclass
class CallTruth:
    duration_s: float
    sample_rate: int
    speech: list[list[tuple[float, float]]]  # per channel, sorted utterances
    holds: list[tuple[float, float]] = field(default_factory=list)  # planned silences (the "please hold")
    agent_channel: int = AGENT

    @property
    def dead_air(self) -> list[tuple[float, float]]:
        return silent_spans(self.speech, self.duration_s, DEAD_AIR_MIN_S)

    @property
    def talk_over(self) -> list[tuple[float, float]]:
        return overlapping_spans(self.speech[0], self.speech[1], TALK_OVER_MIN_S)

    def to_dict(self) -> dict:
        span = as_dicts
        return {"duration_s": self.duration_s, "sample_rate": self.sample_rate,
                "agent_channel": self.agent_channel, "speech": [span(ch) for ch in self.speech],
                "holds": span(self.holds), "dead_air": span(self.dead_air), "talk_over": span(self.talk_over)}


# ---------------------------------------------------------------- the conversation plan

def plan_call(seed: int, duration_s: float) -> CallTruth:
    """Who speaks when: turns, pauses, one hold and one talk-over in any call over a minute."""
    rng = np.random.default_rng(seed)
    speech: list[list[tuple[float, float]]] = [[], []]
    holds: list[tuple[float, float]] = []
    end_limit = duration_s - 0.4
    t = float(rng.uniform(0.3, 0.8))
    speaker = AGENT  # the agent greets first
    did_hold = did_overlap = False
    shortest_first = 0.8
    while t < end_limit - 0.6:
        utterances = int(rng.integers(1, 4))
        cursor = t
        for index in range(utterances):
            longest = 7.0 if speaker == CUSTOMER else 5.0
            shortest = shortest_first if index == 0 else 0.8
            length = float(rng.uniform(shortest, max(longest, shortest + 0.5)))
            end = min(cursor + length, end_limit)
            if end - cursor < 0.5:
                break
            speech[speaker].append((cursor, end))
            cursor = end
            if index < utterances - 1:
                cursor += float(rng.uniform(0.45, 0.9))  # a breath inside the turn
        if cursor >= end_limit - 0.6:
            break
        other = 1 - speaker
        if not did_hold and speaker == AGENT and cursor > 0.3 * duration_s and duration_s >= 60:
            # "please hold": the line goes quiet for a while, then the agent comes back
            hold = float(rng.uniform(5.0, 12.0))
            holds.append((cursor, min(cursor + hold, end_limit)))
            did_hold = True
            t = cursor + hold
            speaker = AGENT
            continue
        turn_overlap = (not did_overlap and cursor > 0.15 * duration_s and duration_s >= 60) \
            or rng.random() < 0.08
        last_start, last_end = speech[speaker][-1]
        if turn_overlap and last_end - last_start > 2.2:
            overlap = float(rng.uniform(0.8, min(1.8, last_end - last_start - 1.0)))
            # the other side starts before this one stops (never over its own previous words)
            t = max(last_end - overlap, speech[other][-1][1] + 0.3 if speech[other] else 0.0)
            shortest_first = last_end - t + 0.8  # ...and goes on after this one stopped
            did_overlap = did_overlap or last_end - t >= 0.7
        else:
            t = cursor + float(rng.uniform(0.3, 1.4))
            shortest_first = 0.8
        speaker = other
    return CallTruth(duration_s, 0, speech, holds)


# ---------------------------------------------------------------- the sound

def _voice(rng, n: int, rate: int, f0: float) -> np.ndarray:
    """n samples of a voiced, syllable-modulated burst at around pitch f0 (amplitude ~1 peak)."""
    return _voices(rng, [n], rate, f0)


def _voices(rng, lengths: list[int], rate: int, f0: float) -> np.ndarray:
    """Voiced bursts of these lengths, one after another in one array, each with its own syllable
    rhythm, pitch movement and formant (drawn from ``rng`` burst by burst), each peaking at ~1.

    Computed for all bursts at once: a handful of array operations per call rather than dozens per
    burst, so rendering a call on a background thread hardly waits for the interpreter lock.
    """
    count = len(lengths)
    if not count:
        return np.zeros(0)
    draws = np.array([[rng.uniform(3.0, 6.0), rng.uniform(0, 6), rng.uniform(0.3, 0.8), rng.uniform(0, 6),
                       rng.standard_normal(), rng.uniform(400, 900)] for _ in range(count)]).reshape(count, 6)
    syllable_rate, glide_phase, drift_rate, drift_phase, offset, formant = draws.T
    sizes = np.asarray(lengths, dtype=np.int64)
    starts = np.concatenate(([0], np.cumsum(sizes)[:-1]))
    burst = np.repeat(np.arange(count), sizes)
    index = np.arange(int(sizes.sum())) - starts[burst]  # sample number within its burst
    t = index / rate

    def running_sum(values: np.ndarray) -> np.ndarray:  # a cumulative sum that starts again at each burst
        total = np.cumsum(values)
        before = total[starts] - values[starts]
        return total - before[burst]

    # syllables at 3-6 per second, each with its own pitch movement (a tone language glides
    # 20-30 % within a syllable): a steady harmonic sound would be hold music, not a voice
    syllable_phase = 2 * np.pi * running_sum(syllable_rate[burst] * (1 + 0.3 * np.sin(2 * np.pi * 0.7 * t))) / rate
    glide = np.sin(syllable_phase / 2 + glide_phase[burst]) * 0.12 + np.sin(syllable_phase * 1.5) * 0.05
    last_t = np.maximum((sizes - 1) / rate, 1e-3)
    contour = f0 * (1.0 + glide + 0.06 * np.sin(2 * np.pi * drift_rate[burst] * t + drift_phase[burst])
                    - 0.06 * t / last_t[burst] + 0.01 * offset[burst])
    phase = 2 * np.pi * running_sum(contour) / rate
    harmonics = max(3, min(12, int(3400 / (f0 * 1.1))))
    # sin(k·phase) by the recurrence sin(kx) = 2cos(x)·sin((k-1)x) - sin((k-2)x): one multiply per
    # harmonic instead of a sine
    sine, previous, twice_cos = np.sin(phase), np.zeros_like(phase), 2 * np.cos(phase)
    signal = np.zeros_like(phase)
    for k in range(1, harmonics + 1):
        emphasis = 1.0 + 1.5 * np.exp(-((k * f0 - formant) / 300.0) ** 2)
        signal += (emphasis / k)[burst] * sine
        sine, previous = twice_cos * sine - previous, sine
    # raised-cosine syllable bumps that dip but never reach silence
    envelope = 0.12 + 0.88 * (0.5 - 0.5 * np.cos(syllable_phase)) ** 3
    # soft onset/offset (20 ms) so bursts start and end where the truth says
    ramp = np.minimum(sizes // 2, int(0.02 * rate))[burst]
    steps = np.maximum(ramp - 1, 1)
    from_end = sizes[burst] - 1 - index
    envelope *= np.where(index < ramp, np.where(ramp > 1, index / steps, 0.0), 1.0)
    envelope *= np.where(from_end < ramp, np.where(ramp > 1, from_end / steps, 0.0), 1.0)
    signal *= envelope
    peak = np.maximum.reduceat(np.abs(signal), starts)
    return signal / np.where(peak > 0, peak, 1.0)[burst]


def render_call(truth: CallTruth, sample_rate: int = 8000, seed: int = 0, *, echo_db: float = -38.0,
                noise_dbfs: float = -62.0) -> np.ndarray:
    """The int16 (2, n) samples of a planned call."""
    rng = np.random.default_rng(seed + 1)
    n = int(round(truth.duration_s * sample_rate))
    channels = np.zeros((2, n))
    pitches = (rng.uniform(180, 230), rng.uniform(105, 140))  # agent, customer
    levels_dbfs = (rng.uniform(-20, -15), rng.uniform(-26, -18))  # speech peak-ish levels
    for channel, spans in enumerate(truth.speech):
        gain = 10 ** (levels_dbfs[channel] / 20) * 2.2
        bounds = [(a, b) for a, b in ((int(round(start * sample_rate)), int(round(end * sample_rate)))
                                      for start, end in spans) if b > a]
        voiced = gain * _voices(rng, [b - a for a, b in bounds], sample_rate, pitches[channel])
        cursor = 0
        for a, b in bounds:
            channels[channel, a:b] += voiced[cursor:cursor + b - a]
            cursor += b - a
    echo = 10 ** (echo_db / 20)
    mixed = channels + echo * channels[::-1]
    mixed += 10 ** (noise_dbfs / 20) * rng.standard_normal(mixed.shape)
    return np.clip(np.round(mixed * 32767), -32768, 32767).astype(np.int16)


def synthesize_call(seed: int = 0, duration_s: float = 120.0, sample_rate: int = 8000) -> tuple[np.ndarray, CallTruth]:
    truth = plan_call(seed, duration_s)
    truth.sample_rate = sample_rate
    return render_call(truth, sample_rate, seed), truth


# ---------------------------------------------------------------- files

def write_audio(path: str | os.PathLike, samples: np.ndarray, sample_rate: int, fmt: str = "pcm_s16le") -> Path:
    """Write int16 (channels, n) samples as ``fmt`` (a key of FORMATS) to ``path``."""
    path = Path(path)
    samples = np.atleast_2d(samples)
    interleaved = np.ascontiguousarray(samples.T).astype("<i2").tobytes()
    if fmt == "pcm_s16le":
        with wave.open(str(path), "wb") as out:
            out.setnchannels(samples.shape[0])
            out.setsampwidth(2)
            out.setframerate(sample_rate)
            out.writeframes(interleaved)
        return path
    try:
        muxer, codec_args = FORMATS[fmt]
    except KeyError:
        raise ValueError(f"unknown audio format {fmt!r}; choose one of {', '.join(FORMATS)}") from None
    from qa_desktop.core.audio.ffmpeg import ffmpeg_command, subprocess_flags

    command = ffmpeg_command("-v", "error", "-f", "s16le", "-ar", str(sample_rate), "-ac", str(samples.shape[0]),
                             "-i", "pipe:0", *codec_args, "-f", muxer, "-y", str(path))
    completed = subprocess.run(command, input=interleaved, capture_output=True, **subprocess_flags())
    if completed.returncode != 0:
        from qa_desktop.core.audio.errors import AudioError

        raise AudioError(f"ffmpeg could not write {path.name}: "
                         + completed.stderr.decode("utf-8", "replace").strip()[-300:])
    return path


def write_demo_call(path: str | os.PathLike, seed: int = 0, duration_s: float = 180.0,
                    fmt: str | None = None, sample_rate: int = 8000) -> CallTruth:
    """Write one synthetic stereo call (agent left, customer right); returns its truth.

    ``fmt`` defaults from the extension: .wav gives 8 kHz G.711 µ-law, as telephony systems record.
    """
    path = Path(path)
    fmt = fmt or _FORMAT_BY_EXTENSION.get(path.suffix.lower(), "pcm_s16le")
    samples, truth = synthesize_call(seed, duration_s, sample_rate)
    write_audio(path, samples, sample_rate, fmt)
    return truth
