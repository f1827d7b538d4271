"""Decoding a recording to 16-bit PCM at its own sample rate, one row per channel.

Two paths, both giving the same samples:
- plain WAV (PCM 8/16-bit, G.711 µ-law and A-law), the bulk of telephony exports, is read
  straight from the file with NumPy: the G.711 tables are the standard ones (identical to
  ffmpeg's and audioop's), so an 8-bit µ-law file expands to its true 16-bit levels instead of
  being misread as unsigned 8-bit PCM, and an hour of audio decodes in a fraction of a second;
- everything else (GSM 6.10, MP3, Ogg Vorbis/Opus, AAC, FLAC, AMR, exotic WAV) goes through
  the ffmpeg that pydub is configured with, asked explicitly for ``pcm_s16le`` and streamed
  into memory; pydub is not asked to guess the sample format, since without ffprobe it
  cannot, and with it it decodes 8-bit G.711 as unsigned PCM.

:meth:`DecodedAudio.to_segment` hands the result to pydub for playback and export.
"""
from __future__ import annotations

import contextlib
import importlib
import io
import os
import struct
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import numpy as np

from qa_desktop.core.audio.errors import AudioCorrupt, AudioEmpty, AudioError, AudioTruncated
from qa_desktop.core.audio.probe import AudioInfo, classify_ffmpeg_failure, probe
from qa_desktop.core.leftovers import (
    DECODE_PREFIX,
    DECODE_SUFFIX,
    SHARED_MEMORY,
    private_memory_folder,
    remove_stale_decodes,
    temporary_name,
)
from qa_desktop.core.progress import ProgressSink, report_step

SamplesHook = Callable[[np.ndarray, int, int], None]
_NATIVE_WAV_CODECS = {"pcm_s16le", "pcm_u8", "pcm_mulaw", "pcm_alaw"}
_PIPE_CHUNK = 1 << 20
_LOOKUP_CHUNK = 1 << 18


@dataclass
class DecodedAudio:
    samples: np.ndarray  # int16, shape (channels, n), each row C-contiguous
    sample_rate: int
    info: AudioInfo

    @property
    def channels(self) -> int:
        return int(self.samples.shape[0])

    @property
    def frame_count(self) -> int:
        return int(self.samples.shape[1])

    @property
    def duration_s(self) -> float:
        return self.frame_count / self.sample_rate if self.sample_rate else 0.0

    def interleaved_bytes(self) -> bytes:
        return np.ascontiguousarray(self.samples.T).astype("<i2", copy=False).tobytes()

    def to_segment(self):
        """A pydub ``AudioSegment`` of the decoded audio (for playback, slicing, export)."""
        from qa_desktop.core.audio.ffmpeg import configure_pydub

        configure_pydub()
        from pydub import AudioSegment

        return AudioSegment(data=self.interleaved_bytes(), sample_width=2, frame_rate=self.sample_rate,
                            channels=self.channels)


def _ulaw_table() -> np.ndarray:
    # ITU-T G.711 µ-law expansion (as in audioop.ulaw2lin and ffmpeg's pcm_mulaw).
    u = (~np.arange(256, dtype=np.int32)) & 0xFF
    exponent = (u >> 4) & 0x07
    mantissa = u & 0x0F
    magnitude = (((mantissa << 3) + 0x84) << exponent) - 0x84
    return np.where(u & 0x80, -magnitude, magnitude).astype(np.int16)


def _alaw_table() -> np.ndarray:
    # ITU-T G.711 A-law expansion (as in audioop.alaw2lin and ffmpeg's pcm_alaw).
    a = np.arange(256, dtype=np.int32) ^ 0x55
    segment = (a & 0x70) >> 4
    base = (a & 0x0F) << 4
    magnitude = np.where(segment == 0, base + 8, (base + 0x108) << np.maximum(segment - 1, 0))
    return np.where(a & 0x80, magnitude, -magnitude).astype(np.int16)


ULAW_TABLE = _ulaw_table()
ALAW_TABLE = _alaw_table()
U8_TABLE = ((np.arange(256, dtype=np.int32) - 128) << 8).astype(np.int16)  # unsigned 8-bit PCM


def _split_channels(interleaved: np.ndarray, channels: int) -> np.ndarray:
    frames = interleaved.size // channels
    interleaved = interleaved[:frames * channels]
    if channels == 1:
        return interleaved.reshape(1, frames)
    # Transposing in cache-sized pieces is several times faster than one strided copy of 100 MB.
    out = np.empty((channels, frames), dtype=interleaved.dtype)
    step = _LOOKUP_CHUNK
    for first in range(0, frames, step):
        last = min(first + step, frames)
        out[:, first:last] = interleaved[first * channels:last * channels].reshape(-1, channels).T
    return out


def _decode_wav_natively(info: AudioInfo, data_offset: int, data_size: int) -> np.ndarray:
    channels = info.channels or 1
    if info.codec == "pcm_s16le":
        raw = np.fromfile(info.path, dtype="<i2", count=data_size // 2, offset=data_offset)
        return _split_channels(raw.astype(np.int16, copy=False), channels)
    raw = np.fromfile(info.path, dtype=np.uint8, count=data_size, offset=data_offset)
    table = {"pcm_u8": U8_TABLE, "pcm_mulaw": ULAW_TABLE, "pcm_alaw": ALAW_TABLE}[info.codec]
    frames = raw.size // channels
    out = np.empty((channels, frames), dtype=np.int16)
    # Table lookup in cache-sized chunks: np.take on the whole file would first widen every byte
    # to a 64-bit index (8x the file in memory); chunk by chunk it stays fast and small.
    chunk = _LOOKUP_CHUNK - _LOOKUP_CHUNK % channels
    expanded = np.empty(chunk, dtype=np.int16)
    for start in range(0, frames * channels, chunk):
        piece = raw[start:min(start + chunk, frames * channels)]
        values = expanded[:piece.size]
        np.take(table, piece, out=values)
        first = start // channels
        out[:, first:first + piece.size // channels] = values.reshape(-1, channels).T
    return out


def _parse_streamed_wav_header(buffer: bytes) -> tuple[int, int, int] | None:
    """(channels, rate, header length) of the WAV ffmpeg writes to a pipe, once enough arrived."""
    if len(buffer) < 12:
        return None
    if buffer[:4] != b"RIFF" or buffer[8:12] != b"WAVE":
        raise AudioCorrupt("ffmpeg did not produce WAV output.")
    pos, channels, rate = 12, None, None
    while pos + 8 <= len(buffer):
        cid, size = buffer[pos:pos + 4], struct.unpack("<I", buffer[pos + 4:pos + 8])[0]
        if cid == b"fmt ":
            if pos + 8 + 16 > len(buffer):
                return None
            _tag, channels, rate = struct.unpack("<HHI", buffer[pos + 8:pos + 16])
        elif cid == b"data":
            if channels is None or rate is None:
                raise AudioCorrupt("ffmpeg produced WAV output without a format header.")
            return channels, rate, pos + 8
        pos += 8 + size + (size & 1)
    return None


def _widen_pipe(stream) -> bool:
    """Ask Linux for a 1 MiB pipe so ffmpeg rarely waits for us to be scheduled (64 KiB by default)."""
    try:
        import fcntl

        return fcntl.fcntl(stream.fileno(), 1031, _PIPE_CHUNK) >= _PIPE_CHUNK  # F_SETPIPE_SZ
    except (ImportError, OSError, AttributeError):  # not Linux, or a limit: the default pipe works too
        return False


class _ChannelWriter:
    """Appends interleaved 16-bit frames to one (channels, capacity) array, growing it if needed.

    Deinterleaving each pipe read while it is still in the CPU cache, into a single array sized
    from the header's duration, means an hour of audio is written to memory once: fresh memory is
    costly to touch (page faults), so a second full-size buffer would cost more than the copy.
    """

    def __init__(self, channels: int, expected_frames: int):
        self.channels = channels
        self.frame_bytes = 2 * channels
        self.out = np.empty((channels, max(expected_frames, 1024)), dtype=np.int16)
        self.frames = 0

    def add(self, data: np.ndarray) -> int:
        """Take whole frames from the start of ``data`` (uint8); returns the bytes used."""
        frames = data.size // self.frame_bytes
        if not frames:
            return 0
        if self.frames + frames > self.out.shape[1]:
            grown = np.empty((self.channels, (self.frames + frames) * 3 // 2), dtype=np.int16)
            grown[:, :self.frames] = self.out[:, :self.frames]
            self.out = grown
        used = frames * self.frame_bytes
        values = data[:used].view("<i2").reshape(frames, self.channels)
        self.out[:, self.frames:self.frames + frames] = values.T
        self.frames += frames
        return used

    def samples(self) -> np.ndarray:
        return self.out[:, :self.frames]


_stale_removed = False


def _memory_folder(needed_bytes: int) -> str | None:
    """A private RAM-backed folder with room for ffmpeg's output (Linux /dev/shm), or None.

    Decoded calls are customer conversations: they go into a folder of this user's own (0700), never
    straight into /dev/shm where every user can read them (see :mod:`qa_desktop.core.leftovers`).
    """
    global _stale_removed
    try:
        stats = os.statvfs(SHARED_MEMORY)
    except (AttributeError, OSError):
        return None
    if stats.f_bavail * stats.f_frsize < needed_bytes * 3 // 2 + (64 << 20):
        return None
    folder = private_memory_folder()
    if folder is not None and not _stale_removed:
        # The program's start-up does this too; a long-lived process using the core alone does it here.
        _stale_removed = True
        remove_stale_decodes()
    return folder


def _private_file(folder: str) -> str:
    """A new empty file only this user can read (0600), for ffmpeg to write into."""
    path = os.path.join(folder, temporary_name(DECODE_PREFIX, DECODE_SUFFIX))
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600))
    return path


class _GrowingFile:
    """Reads a file that ffmpeg is still writing; ``readinto`` returns 0 only once ffmpeg is done."""

    def __init__(self, path: str, process: subprocess.Popen):
        self.path, self.process = path, process
        self.handle: io.FileIO | None = None

    def readinto(self, view) -> int:
        while True:
            if self.handle is None:
                try:
                    self.handle = open(self.path, "rb", buffering=0)
                except FileNotFoundError:
                    if self.process.poll() is not None:
                        return 0
                    time.sleep(0.005)
                    continue
            done = self.process.poll() is not None  # checked before reading: nothing is missed
            count = self.handle.readinto(view)
            if count or done:
                return count
            time.sleep(0.005)

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()
        Path(self.path).unlink(missing_ok=True)


def _decode_with_ffmpeg(info: AudioInfo, progress: ProgressSink | None,
                        on_samples: SamplesHook | None = None) -> tuple[np.ndarray, int]:
    """Run ffmpeg to 16-bit WAV and deinterleave its output as it arrives.

    On Linux ffmpeg writes into RAM (/dev/shm) and we follow the growing file: it then decodes at
    full speed whatever the load, never waiting for this process to empty a pipe (on a busy
    machine that coupling alone costs more than all our work). Elsewhere a pipe is used.
    """
    from qa_desktop.core.audio.ffmpeg import configure_pydub, subprocess_flags

    exe = configure_pydub()
    expected_frames = int((info.duration_s or 0) * (info.sample_rate or 8000) * 1.02) + 1024
    expected_bytes = expected_frames * 2 * (info.channels or 1)
    memory = _memory_folder(expected_bytes if info.duration_s else 1 << 30)
    try:
        target = _private_file(memory) if memory else "pipe:1"
    except OSError:
        memory, target = None, "pipe:1"
    command = [exe, "-hide_banner", "-nostdin", "-v", "error", "-i", info.path, "-map", "0:a:0", "-vn",
               "-map_metadata", "-1", "-fflags", "+bitexact", "-flags:a", "+bitexact",
               "-acodec", "pcm_s16le", "-f", "wav", "-y", target]
    chunk = np.empty(_PIPE_CHUNK, dtype=np.uint8)
    view = chunk.data  # a memoryview of the chunk's bytes
    writer: _ChannelWriter | None = None
    rate = 0  # from the WAV header ffmpeg writes first
    filled = received = 0
    with tempfile.TemporaryFile() as errors:  # a file, not a pipe: a flood of warnings cannot block ffmpeg
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL,
                                   stdout=subprocess.DEVNULL if memory else subprocess.PIPE, stderr=errors,
                                   bufsize=0, **subprocess_flags())
        source: _GrowingFile | io.RawIOBase
        if memory:
            source = _GrowingFile(target, process)
        else:
            # stdout=PIPE and bufsize=0: a raw FileIO (typeshed only knows an IO[bytes] or None)
            source = cast(io.RawIOBase, process.stdout)
        widened = not memory and _widen_pipe(process.stdout)
        try:
            while True:
                count = source.readinto(view[filled:])
                if not count:
                    break
                filled += count
                received += count
                if writer is None:
                    header = _parse_streamed_wav_header(chunk[:filled].tobytes())
                    if header is None:
                        if filled == chunk.size:
                            raise AudioCorrupt(f"{Path(info.path).name}: ffmpeg produced no usable audio.",
                                               path=info.path)
                        continue
                    writer = _ChannelWriter(header[0], expected_frames)
                    rate, start = header[1], header[2]
                else:
                    start = 0
                used = writer.add(chunk[start:filled])
                if on_samples is not None and used:
                    on_samples(writer.out, writer.frames, rate)  # work on what arrived while ffmpeg goes on
                rest = filled - start - used
                if rest:
                    chunk[:rest] = chunk[start + used:filled]
                filled = rest
                if widened and count < _PIPE_CHUNK // 4:
                    # Let the wide pipe fill a little: one read per ~quarter MiB instead of one
                    # wake-up per ffmpeg write saves both processes thousands of context switches.
                    time.sleep(0.004)
                if progress is not None:
                    report_step(progress, min(received, expected_bytes), max(expected_bytes, received),
                                "progress.decoding")
        except BaseException:
            process.kill()
            process.wait()
            raise
        finally:
            view.release()
            source.close()
        returncode = process.wait()
        errors.seek(0)
        stderr = errors.read().decode("utf-8", "replace")
    if returncode != 0 or writer is None:
        raise classify_ffmpeg_failure(Path(info.path), stderr or "no output")
    return writer.samples(), rate


@contextlib.contextmanager
def _without_huge_pages():
    """Allocate the decoded audio without NumPy's transparent-huge-page advice (Linux).

    Asking for huge pages makes the kernel compact memory on first touch; on a busy or
    fragmented machine that stalled an hour-long decode by seconds (touching 600 MB took 2.4 s
    instead of 0.8 s). Audio is streamed through once, so huge pages buy nothing here.
    """
    set_advice: Callable[[bool], bool] | None = None
    for name in ("numpy._core.multiarray", "numpy.core.multiarray"):  # NumPy 2, NumPy 1 (a private function)
        try:
            set_advice = vars(importlib.import_module(name)).get("_set_madvise_hugepage")
        except ImportError:
            continue
        if set_advice is not None:
            break
    previous = set_advice(False) if set_advice else None
    try:
        yield
    finally:
        if set_advice and previous is not None:
            set_advice(previous)


def decode(path: str | os.PathLike, *, info: AudioInfo | None = None, progress: ProgressSink | None = None,
           on_samples: SamplesHook | None = None) -> DecodedAudio:
    """Decode a recording; raises an :class:`AudioError` subclass naming the reason it cannot.

    ``on_samples(array, frames, sample_rate)`` is called as decoded audio arrives, with the
    (channels, capacity) array of which the first ``frames`` columns are final, so measurements
    can run while ffmpeg is still decoding (see :mod:`qa_desktop.core.audio.measure`).
    """
    info = info or probe(path)
    # probe() gives a plain WAV's layout and rate together; an AudioInfo without them goes to ffmpeg
    offset, size, rate = info.data_offset, info.data_size, info.sample_rate
    with _without_huge_pages():
        if (info.container == "wav" and info.codec in _NATIVE_WAV_CODECS and offset is not None
                and size is not None and rate):
            samples = _decode_wav_natively(info, offset, size)
            if on_samples is not None:
                on_samples(samples, samples.shape[1], int(rate))
        else:
            samples, rate = _decode_with_ffmpeg(info, progress, on_samples)
    if samples.shape[1] == 0:
        raise AudioEmpty(f"{Path(info.path).name}: the recording holds no audio.", path=info.path)
    decoded = DecodedAudio(samples, int(rate), info)
    # A header that promised clearly more than the decoder found means the file was cut off.
    if info.source == "header" and info.duration_s and decoded.duration_s < info.duration_s * 0.97 - 0.1:
        raise AudioTruncated(
            f"{Path(info.path).name}: the file is truncated ({decoded.duration_s:.1f} s of "
            f"{info.duration_s:.1f} s announced).", path=info.path)
    return decoded


__all__ = ["DecodedAudio", "decode", "probe", "AudioError", "ULAW_TABLE", "ALAW_TABLE"]
