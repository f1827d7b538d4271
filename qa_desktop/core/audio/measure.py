"""Decode, envelope and analysis in one pass: measuring while ffmpeg is still decoding.

Opening a call needs all three. Run one after the other, the envelope and the analysis add
their time to the decode; here they are computed block by block as decoded audio arrives
(while the ffmpeg process decodes the next part on another core), so on a compressed
recording they cost next to nothing on top of the decode itself. Results are identical to
:func:`~qa_desktop.core.audio.waveform.compute_waveform` and
:func:`~qa_desktop.core.audio.analysis.analyze_samples` on the whole recording.
"""
from __future__ import annotations

import math
import os
from dataclasses import dataclass

import numpy as np

from qa_desktop.core.audio.analysis import AnalysisOptions, analyze_samples, frame_levels_db
from qa_desktop.core.audio.decode import DecodedAudio, decode
from qa_desktop.core.audio.waveform import BUCKET_S, Waveform, compute_waveform
from qa_desktop.core.progress import ProgressSink

_MIN_BLOCK_S = 2.0  # smaller blocks would spend more on Python than on NumPy


class _Blocks:
    """Consumes decoded frames in blocks aligned to both the analysis frame and the envelope bucket."""

    def __init__(self, options: AnalysisOptions):
        self.options = options
        self.rate: int | None = None  # set by the first block (or by finish when none came)
        self.cursor = 0
        self.levels: list[np.ndarray] = []
        self.mins: list[np.ndarray] = []
        self.maxs: list[np.ndarray] = []

    def _setup(self, rate: int) -> None:
        self.rate = rate
        self.frame = max(1, int(round(rate * self.options.frame_s)))
        self.bucket = max(1, int(round(rate * BUCKET_S)))
        step = self.frame * self.bucket // math.gcd(self.frame, self.bucket)
        self.step = step * max(1, int(_MIN_BLOCK_S * rate) // step)

    def _take(self, block: np.ndarray) -> None:
        self.levels.append(frame_levels_db(block, self.frame))
        envelope = compute_waveform(block, self.rate)
        self.mins.append(envelope.mins)
        self.maxs.append(envelope.maxs)

    def __call__(self, array: np.ndarray, frames: int, rate: int) -> None:
        if self.rate is None:
            self._setup(rate)
        end = frames - frames % self.step
        if end > self.cursor:
            self._take(array[:, self.cursor:end])
            self.cursor = end

    def finish(self, samples: np.ndarray, rate: int) -> tuple[np.ndarray, Waveform]:
        if self.rate is None:
            self._setup(rate)
        if samples.shape[1] > self.cursor:
            self._take(samples[:, self.cursor:])
        levels = np.concatenate(self.levels, axis=1)
        waveform = Waveform(np.concatenate(self.mins, axis=1), np.concatenate(self.maxs, axis=1), self.bucket,
                            int(rate), int(samples.shape[1]))
        return levels, waveform


@dataclass
class Measured:
    decoded: DecodedAudio
    waveform: Waveform
    analysis: dict


def decode_and_measure(path: str | os.PathLike, options: AnalysisOptions | None = None,
                       progress: ProgressSink | None = None) -> Measured:
    """Decode a recording and compute its envelope and its analysis in the same pass."""
    options = options or AnalysisOptions()
    blocks = _Blocks(options)
    decoded = decode(path, progress=progress, on_samples=blocks)
    levels, waveform = blocks.finish(decoded.samples, decoded.sample_rate)
    analysis = analyze_samples(decoded.samples, decoded.sample_rate, options, progress, levels_db=levels)
    analysis["codec"] = decoded.info.codec
    return Measured(decoded, waveform, analysis)
