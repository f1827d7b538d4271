"""Per-channel peak envelope for drawing a call's waveform, cached on disk by content hash.

The envelope is the minimum and maximum sample of every 5 ms bucket (int16), fine enough to
zoom into a single word; :meth:`Waveform.columns` reduces it to any on-screen width. It is
stored under ``<user cache>/waveforms/<content hash>.npz`` so reopening a call only reads a
small file (an hour-long stereo call is about 5.8 MB), never the recording.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from qa_desktop import paths
from qa_desktop.core.leftovers import write_atomically
from qa_desktop.core.progress import ProgressSink

BUCKET_S = 0.005
CACHE_VERSION = 1


@dataclass
class Waveform:
    mins: np.ndarray    # int16 (channels, buckets)
    maxs: np.ndarray    # int16 (channels, buckets)
    bucket: int         # samples per bucket
    sample_rate: int
    frame_count: int    # samples per channel in the recording

    @property
    def channels(self) -> int:
        return int(self.mins.shape[0])

    @property
    def duration_s(self) -> float:
        return self.frame_count / self.sample_rate

    @property
    def bucket_s(self) -> float:
        return self.bucket / self.sample_rate

    @property
    def buckets_per_second(self) -> float:
        return self.sample_rate / self.bucket

    @property
    def peaks(self) -> np.ndarray:
        """Absolute peak per bucket, float32 in 0..1, shape (channels, buckets): for simple drawing."""
        return (np.maximum(-self.mins.astype(np.int32), self.maxs.astype(np.int32)) / 32768.0).astype(np.float32)

    def columns(self, width: int, start_s: float = 0.0, end_s: float | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(mins, maxs) of shape (channels, width) for drawing ``start_s..end_s`` in ``width`` pixels.

        Values are int16 full scale; divide by 32768 for -1..1. A column narrower than one bucket
        repeats that bucket.
        """
        width = max(1, int(width))
        total = self.mins.shape[1]
        end_s = self.duration_s if end_s is None else end_s
        first = min(max(0, int(start_s / self.bucket_s)), max(total - 1, 0))
        last = min(total, max(first + 1, int(np.ceil(end_s / self.bucket_s))))
        if total == 0:
            empty = np.zeros((self.channels, width), dtype=np.int16)
            return empty, empty.copy()
        edges = np.linspace(first, last, width + 1)
        starts = np.minimum(edges[:-1].astype(np.int64), last - 1)
        return (np.minimum.reduceat(self.mins, starts, axis=1),
                np.maximum.reduceat(self.maxs, starts, axis=1))


def compute_waveform(samples, sample_rate: int | None = None, *, bucket_s: float = BUCKET_S,
                     progress: ProgressSink | None = None, content_hash: str | None = None,
                     **_ignored) -> Waveform:
    """The envelope of int16 (channels, n) samples.

    Given a recording's path instead of samples, returns :func:`waveform_for` it (from the cache
    when it is there), so a caller holding only a path gets the cached envelope too.
    """
    if isinstance(samples, (str, os.PathLike)):
        return waveform_for(samples, content_hash, progress=progress)
    if sample_rate is None:
        raise TypeError("compute_waveform: samples given as an array need their sample_rate")
    samples = np.atleast_2d(samples)
    bucket = max(1, int(round(sample_rate * bucket_s)))
    channels, frames = samples.shape
    whole = frames // bucket
    buckets = whole + (1 if frames % bucket else 0)
    mins = np.empty((channels, buckets), dtype=np.int16)
    maxs = np.empty((channels, buckets), dtype=np.int16)
    for channel in range(channels):
        if progress is not None:
            progress.check()
        body = samples[channel, :whole * bucket].reshape(whole, bucket)
        mins[channel, :whole] = body.min(axis=1)
        maxs[channel, :whole] = body.max(axis=1)
        if buckets > whole:
            rest = samples[channel, whole * bucket:]
            mins[channel, whole], maxs[channel, whole] = rest.min(), rest.max()
    return Waveform(mins, maxs, bucket, int(sample_rate), int(frames))


def cache_path(content_hash: str) -> Path:
    return paths.user_cache_dir() / "waveforms" / f"{content_hash}.v{CACHE_VERSION}.npz"


def load_cached(content_hash: str) -> Waveform | None:
    """The cached envelope, or None when there is none (or it is unreadable)."""
    path = cache_path(content_hash)
    try:
        with np.load(path, allow_pickle=False) as data:
            meta = data["meta"]
            return Waveform(data["mins"], data["maxs"], int(meta[0]), int(meta[1]), int(meta[2]))
    except (OSError, KeyError, ValueError, IndexError):
        return None


def store(content_hash: str, waveform: Waveform) -> Path:
    """Write the envelope atomically (a half-written cache file is never seen by another reader)."""
    path = cache_path(content_hash)
    path.parent.mkdir(parents=True, exist_ok=True)
    meta = np.array([waveform.bucket, waveform.sample_rate, waveform.frame_count], dtype=np.int64)

    def write(temporary: str) -> None:
        with open(temporary, "wb") as out:
            np.savez(out, mins=waveform.mins, maxs=waveform.maxs, meta=meta)

    # A killed player's temporary file is removed by the next store into the folder.
    return write_atomically(path, write, prefix=".waveform-")


def waveform_for(recording: str | os.PathLike, content_hash: str | None = None, *, decoded=None,
                 progress: ProgressSink | None = None) -> Waveform:
    """The call's envelope: from the cache when present, else decoded, computed and cached."""
    if content_hash is None:
        from qa_desktop.core.audio.fingerprint import content_hash as hash_file

        content_hash = hash_file(recording)
    cached = load_cached(content_hash)
    if cached is not None:
        return cached
    if decoded is None:
        from qa_desktop.core.audio.decode import decode

        decoded = decode(recording, progress=progress)
    waveform = compute_waveform(decoded.samples, decoded.sample_rate, progress=progress)
    store(content_hash, waveform)
    return waveform
