"""Making a one-side (mono) copy of a two-channel recording, for "listen to the agent alone".

Qt-free, run off the GUI thread. ffmpeg picks the channel straight from the file (any format it
reads) into a small 16-bit WAV in the user's cache, named after the source's path, size and
modification time so a second request is instant and a replaced file is never served stale.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from qa_desktop import paths
from qa_desktop.core.audio.ffmpeg import run_ffmpeg
from qa_desktop.core.leftovers import write_atomically


def side_cache_dir() -> Path:
    folder = paths.user_cache_dir() / "sides"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def one_side_file(path: str, channel: int) -> str:
    """A mono WAV of ``channel`` (0 = left) of ``path``; made once, then reused."""
    stat = os.stat(path)
    key = hashlib.sha1(f"{os.path.abspath(path)}|{stat.st_size}|{stat.st_mtime_ns}".encode()).hexdigest()[:20]
    target = side_cache_dir() / f"{key}_c{int(channel)}.wav"
    if target.exists() and target.stat().st_size > 44:
        return str(target)
    # Under a temporary name first: a killed player never leaves half a side to be served later.
    write_atomically(target, lambda partial: run_ffmpeg(
        "-y", "-loglevel", "error", "-i", str(path), "-af", f"pan=mono|c0=c{int(channel)}",
        "-c:a", "pcm_s16le", "-f", "wav", partial), prefix=".side-")
    return str(target)
