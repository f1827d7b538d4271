"""Who is speaking, frame by frame: WebRTC's voice activity detector with per-side gates on top.

WebRTC's VAD (the C detector of the WebRTC project, via ``webrtcvad-wheels``) tells speech from
noise by its spectrum, whatever the level, so on a real line it also hears the colleagues at the
next desk, the other party's echo and hold music. Three gates, each measured on the call itself,
keep only the near talker:

- **level**: a frame must be within ``speech_range_db`` of the side's own loud speech, and above
  the side's local noise floor (tracked over a few seconds, so gain control pumping the floor up in
  a pause raises the bar with it);
- **echo**: each side's coupling to the other (how loud the other side comes back, measured where
  only the other side speaks) predicts the echo in every frame; a frame is speech only when it is
  clearly louder than its predicted echo;
- **tonal**: a sound that keeps a narrow spectral peak for seconds (hold music, a hold tone) is not
  speech; see :func:`tonal_frames`.

Frames are 10 ms; everything here is NumPy over the whole call except the VAD's own loop (about
1 µs a frame), so an hour of stereo takes about a second.
"""
from __future__ import annotations

from typing import cast

import numpy as np

FRAME_S = 0.01
VAD_RATE = 8000  # telephone speech; WebRTC's VAD is at its best and fastest here


def to_vad_rate(samples: np.ndarray, rate: int) -> np.ndarray:
    """int16 (channels, n) at VAD_RATE (polyphase resampling when the source has another rate)."""
    if rate == VAD_RATE:
        return samples
    from scipy.signal import resample_poly

    divisor = np.gcd(VAD_RATE, int(rate))
    up, down = VAD_RATE // divisor, int(rate) // divisor
    samples = np.atleast_2d(samples)
    out = np.empty((samples.shape[0], -(-samples.shape[1] * up // down)), dtype=np.int16)
    # a minute at a time: an hour of 48 kHz stereo (Opus decodes at 48 kHz) would take gigabytes as floats
    block = int(rate) * 60 // down * down
    for first in range(0, samples.shape[1], block):
        piece = resample_poly(samples[:, first:first + block].astype(np.float32), up, down, axis=1)
        start = first * up // down
        out[:, start:start + piece.shape[1]] = np.clip(np.round(piece), -32768, 32767)
    return out


def vad_frames(samples: np.ndarray, aggressiveness: int = 3, skip: np.ndarray | None = None) -> np.ndarray:
    """WebRTC VAD decisions per 10 ms frame and channel, (channels, frames) bool, at VAD_RATE.

    Frames flagged in ``skip`` (too quiet to be anyone's speech) are not asked: that is most
    of a call's pauses, and the VAD loop is the one part of the analysis run frame by frame.
    """
    import webrtcvad

    samples = np.atleast_2d(samples)
    frame = int(VAD_RATE * FRAME_S)
    count = samples.shape[1] // frame
    out = np.zeros((samples.shape[0], count), dtype=bool)
    width = frame * 2
    for channel, row in enumerate(samples):
        vad = webrtcvad.Vad(aggressiveness)  # its state is per stream: one per side
        data = np.ascontiguousarray(row[:count * frame]).astype("<i2", copy=False).tobytes()
        asked = np.flatnonzero(~skip[channel, :count]) if skip is not None else range(count)
        is_speech = vad.is_speech
        values = [is_speech(data[i * width:(i + 1) * width], VAD_RATE) for i in asked]
        out[channel, np.asarray(asked, dtype=np.int64)] = values
    return out


def _smooth(levels_db: np.ndarray, frames: int) -> np.ndarray:
    """Mean power over ``frames`` frames, in dB (centred)."""
    from scipy.ndimage import uniform_filter1d

    power = 10 ** (levels_db / 10)
    return 10 * np.log10(np.maximum(uniform_filter1d(power, frames, axis=-1, mode="nearest"), 1e-13))


def local_floor(levels_db: np.ndarray, window_s: float) -> np.ndarray:
    """Each frame's noise floor: the quietest 50 ms within ``window_s`` around it (long enough to
    reach a pause of the talker, short enough to follow gain control lifting the floor)."""
    from scipy.ndimage import minimum_filter1d

    window = max(3, int(window_s / FRAME_S))
    return minimum_filter1d(_smooth(levels_db, 5), window, axis=-1, mode="nearest")


def speech_reference(levels_db: np.ndarray, candidate: np.ndarray) -> float:
    """The side's loud-speech level: a high percentile of the frames the VAD calls speech."""
    values = levels_db[candidate]
    if values.size < 50:
        values = levels_db
    return float(np.percentile(values, 90)) if values.size else 0.0


def echo_coupling(levels_db: np.ndarray, other_db: np.ndarray, other_loud: np.ndarray) -> float:
    """How loud the other side comes back on this side (dB relative), from the frames where the
    other side speaks loudly. Mostly this side listens then, so a high percentile is still echo (as
    gain control pumped it while this side was quiet) and not the rarer double talk; a high one,
    because ``other_db`` is the other side's peak over the echo delay, above its level in most frames."""
    if other_loud.sum() < 100:
        return -120.0
    return float(np.percentile(levels_db[other_loud] - other_db[other_loud], 80))


def reject_echo(levels_db: np.ndarray, found: np.ndarray, references: list[float], margin_db: float,
                delay_s: float = 0.15) -> np.ndarray:
    """Drop each side's frames that are no louder than the other side's echo would be.

    The echo arrives up to ``delay_s`` late and smeared, so the prediction uses the other side's
    loudest level over that much time before each frame.
    """
    from scipy.ndimage import maximum_filter1d

    frames = max(1, int(delay_s / FRAME_S))
    out = found.copy()
    for side in (0, 1):
        other = 1 - side
        # loudest of the other side over the last ``frames`` frames (a causal window)
        recent = maximum_filter1d(levels_db[other], frames, mode="nearest", origin=(frames - 1) // 2)
        loud = found[other] & (levels_db[other] > references[other] - 12)
        coupling = echo_coupling(levels_db[side], recent, loud)
        out[side] &= levels_db[side] > recent + coupling + margin_db
    return out


def keep_loud_runs(levels_db: np.ndarray, found: np.ndarray, reference: float, gate_db: float,
                   bridge_frames: int, near_db: float | None = None) -> np.ndarray:
    """Keep the runs of speech frames that sound like the talker and not like voices behind them.

    A run is kept when its loudest 50 ms comes within ``near_db`` (default ``gate_db / 2``) of the
    side's loud speech, or
    within ``gate_db`` and its level leaps from frame to frame as one voice's syllables do (over
    3.3 dB a frame on average): colleagues' voices behind, even pumped up by gain control in a
    pause, are several voices blurred together (about 2.5 dB a frame) and come less close.
    """
    from scipy.ndimage import binary_closing, label, maximum, mean

    if not found.any():
        return found
    padded = np.pad(found, bridge_frames)
    joined = binary_closing(padded, np.ones(bridge_frames, dtype=bool))[bridge_frames:-bridge_frames]
    joined |= found
    labels, count = label(joined)
    index = np.arange(1, count + 1)
    smoothed = _smooth(levels_db, 5)
    peaks = np.asarray(maximum(smoothed, labels, index))
    flux = np.minimum(np.abs(np.diff(levels_db, prepend=levels_db[:1])), 20.0)
    leaps = np.asarray(mean(flux, labels, index))
    near = gate_db / 2 if near_db is None else near_db
    loud = (peaks >= reference - near) | ((peaks >= reference - gate_db) & (leaps >= 3.3))
    keep = np.concatenate(([False], loud))
    kept = found & keep[labels]
    return _trim_far_edges(smoothed, kept, labels, count, reference - near)


EDGE_REACH_FRAMES = 25  # 250 ms: the talker's quieter sounds at a word's edge lie this close to a loud one


def _trim_far_edges(smoothed_db: np.ndarray, kept: np.ndarray, labels: np.ndarray, count: int,
                    near_level: float) -> np.ndarray:
    """Cut from each kept run the frames at its ends that lie more than ``EDGE_REACH_FRAMES`` from any frame
    whose level (``smoothed_db``, over 50 ms) is as loud as ``near_level`` (the talker's own loud speech, less
    the ``near_db`` margin).

    Gain control lifts the voices and keystrokes behind the agent through a long look-up pause until they
    reach the agent's next words with no gap, and the run they make together passed on the strength of
    those words: seconds of colleagues counted as the agent, the pause's dead air ending early or lost
    (corpus condition floor_echo_agc_music: recall 0.5, boundary 2.5 s). A run with no such loud frame
    (a quiet talker, kept by its syllable leaps) is left whole.
    """
    from scipy.ndimage import maximum_filter1d

    loud_near = maximum_filter1d(smoothed_db, 2 * EDGE_REACH_FRAMES + 1, mode="nearest") >= near_level
    strong = np.flatnonzero(kept & loud_near)
    first = np.full(count + 1, labels.size)
    last = np.full(count + 1, -1)
    np.minimum.at(first, labels[strong], strong)
    np.maximum.at(last, labels[strong], strong)
    frames = np.arange(labels.size)
    has_strong = last[labels] >= 0
    return kept & ~(has_strong & ((frames < first[labels]) | (frames > last[labels])))


def tonal_frames(samples: np.ndarray, levels_db: np.ndarray, window_s: float = 2.5) -> np.ndarray:
    """Frames inside a sound that holds a narrow spectral peak for ``window_s`` or more: hold music
    (its notes and pad), a hold tone. Speech glides in pitch and changes vowels several times a
    second, so no narrow peak of its spectrum lasts that long.

    ``samples`` is one channel at VAD_RATE, ``levels_db`` its 10 ms frame levels. A hold fills the
    pauses, so its sound is measured against the call's quietest frames, not the local floor.
    """
    from scipy.ndimage import maximum_filter1d, minimum_filter1d, uniform_filter1d

    frame = int(VAD_RATE * FRAME_S)
    hop = 2  # spectra every 20 ms are plenty for seconds-long sounds
    count = samples.size // frame
    size = 256
    starts = np.arange(0, count - 3, hop) * frame
    out = np.zeros(count, dtype=bool)
    if starts.size == 0:
        return out
    window = np.hanning(size).astype(np.float32)
    peaks = np.zeros((starts.size, size // 2 + 1), dtype=bool)
    chunk = 4096
    x = samples.astype(np.float32)
    for first in range(0, starts.size, chunk):
        index = starts[first:first + chunk, None] + np.arange(size)[None, :]
        spectrum = np.abs(np.fft.rfft(x[np.minimum(index, x.size - 1)] * window, axis=1)) ** 2 + 1e-3
        db = 10 * np.log10(spectrum)
        # a narrow peak: at least 8 dB above the lowest point 2-4 bins (31-62 Hz) away on both sides,
        # so the notes of a chord a few bins apart are each a peak
        left = np.minimum(np.minimum(np.roll(db, 2, axis=1), np.roll(db, 3, axis=1)), np.roll(db, 4, axis=1))
        right = np.minimum(np.minimum(np.roll(db, -2, axis=1), np.roll(db, -3, axis=1)), np.roll(db, -4, axis=1))
        peaks[first:first + chunk] = (db - np.maximum(left, right) > 8.0) & (db > db.max(axis=1, keepdims=True) - 25)
    peaks[:, :10] = False  # below 310 Hz: mains hum and its harmonics, not a hold sound
    # a peak held (give or take a bin) across the whole window
    peaks = maximum_filter1d(peaks, 3, axis=1)
    peaks = maximum_filter1d(peaks, 3, axis=0)  # and a hop either side (a beep's onset and tail)
    span = max(2, int(window_s / (FRAME_S * hop)))
    floor = float(np.percentile(levels_db, 5)) if levels_db.size else 0.0
    hop_levels = levels_db[:count][np.arange(starts.size) * hop]
    sounding_hops = hop_levels > floor + 9.0
    # the line's quiet does not break a peak (a hold tone beeps; between beeps there may be only the
    # floor, or colleagues 20 dB under the tone), but the window must be mostly sounding
    loudest = maximum_filter1d(hop_levels, max(3, int(1.5 / (FRAME_S * hop))), mode="nearest")
    chain = peaks | (hop_levels < np.maximum(floor + 6.0, loudest - 20.0))[:, None]
    held = minimum_filter1d(chain.astype(np.uint8), span, axis=0) > 0
    busy = uniform_filter1d(sounding_hops.astype(np.float32), span, mode="nearest") >= 0.3
    # ...and its level barely moves: speech rises and falls with every syllable (over 5 dB per 20 ms
    # on average, even under a floor), music and tones do not (under 1.7, even through AMR-NB, whose
    # 20 ms frames make a tone's level tremble). Levels over 20 ms, compared 20 ms apart.
    sounding = levels_db[:count] > floor + 9.0
    smoothed = _smooth(levels_db[:count], 2)
    flux = np.minimum(np.abs(smoothed - np.concatenate([smoothed[:2], smoothed[:-2]])), 20.0)
    frames_span = span * hop
    mean_flux = (uniform_filter1d(flux * sounding, frames_span, mode="nearest")
                 / np.maximum(uniform_filter1d(sounding.astype(np.float64), frames_span, mode="nearest"), 1e-9))
    steady = held.any(axis=1) & busy & (mean_flux[np.arange(starts.size) * hop] < 1.9)
    steady = maximum_filter1d(steady.astype(np.uint8), span, axis=0) > 0  # the whole window, not its middle
    steady = _grow_holds(steady, peaks, chain)
    steady &= sounding_hops
    out[:starts.size * hop] = np.repeat(steady, hop)[:count]
    # at its edges the hold may reach into the speech before and after: speech leaps there
    short_flux = uniform_filter1d(flux * sounding, 30, mode="nearest") / np.maximum(
        uniform_filter1d(sounding.astype(np.float64), 30, mode="nearest"), 1e-9)
    return out & (short_flux < 3.5)


def _grow_holds(steady: np.ndarray, peaks: np.ndarray, chain: np.ndarray, limit: int = 125) -> np.ndarray:
    """Widen each held stretch while its own steady peaks go on, by at most ``limit`` hops (2.5 s):
    the windows that found it stop short of its ends wherever a window would reach past them (a
    beep's last seconds before the agent speaks)."""
    from scipy.ndimage import label

    labels, count = label(steady)
    grown = steady.copy()
    for region in range(1, count + 1):
        where = np.flatnonzero(labels == region)
        first, last = int(where[0]), int(where[-1])
        bins = chain[first:last + 1].mean(axis=0) >= 0.9  # the hold's own chord or tone, not its melody
        if not bins.any():
            continue
        going_on = cast(np.ndarray, chain[:, bins].all(axis=1))  # chain is 2-D: one flag per hop, never a scalar
        start, end = first, last
        while first > 0 and start - first < limit and going_on[first - 1]:
            first -= 1
        while last + 1 < going_on.size and last - end < limit and going_on[last + 1]:
            last += 1
        grown[first:last + 1] = True
    return grown
