"""Which ffmpeg the app uses, and running it without a console window or a stray prompt.

Order of preference:
1. ``QA_DESKTOP_FFMPEG`` (an explicit choice, e.g. a site-approved build);
2. an ``ffmpeg`` on PATH (system builds usually have more decoders, e.g. GSM);
3. an ``ffmpeg`` shipped next to the app inside a frozen PyInstaller bundle;
4. the binary bundled with ``imageio-ffmpeg`` (always present after ``pip install``).

imageio-ffmpeg ships no ffprobe, so nothing in the app may rely on ffprobe: formats,
durations and channel counts come from file headers or from ``ffmpeg -i`` (see probe.py).
"""
from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from pathlib import Path

from qa_desktop.core.audio.errors import FFmpegMissing

ENV_VAR = "QA_DESKTOP_FFMPEG"
_EXE_NAME = "ffmpeg.exe" if os.name == "nt" else "ffmpeg"


def _frozen_candidates() -> list[Path]:
    root = getattr(sys, "_MEIPASS", None)
    if not root:
        return []
    root_path = Path(root)
    candidates = [root_path / _EXE_NAME, root_path / "ffmpeg" / _EXE_NAME,
                  Path(sys.executable).resolve().parent / _EXE_NAME]
    binaries = root_path / "imageio_ffmpeg" / "binaries"
    if binaries.is_dir():
        candidates += sorted(p for p in binaries.iterdir() if p.name.startswith("ffmpeg"))
    return candidates


def _usable(path: Path) -> bool:
    return path.is_file() and (os.name == "nt" or os.access(path, os.X_OK))


@functools.lru_cache(maxsize=1)
def ffmpeg_exe() -> str:
    """The path of the ffmpeg binary to use; raises :class:`FFmpegMissing` when there is none."""
    explicit = os.environ.get(ENV_VAR)
    if explicit:
        path = Path(explicit).expanduser()
        if _usable(path):
            return str(path)
        found = shutil.which(explicit)
        if found:
            return found
        raise FFmpegMissing(f"{ENV_VAR} names {explicit}, which is not an executable ffmpeg.", path=explicit)
    on_path = shutil.which("ffmpeg")
    if on_path:
        return on_path
    for candidate in _frozen_candidates():
        if _usable(candidate):
            return str(candidate)
    try:
        import imageio_ffmpeg

        bundled = imageio_ffmpeg.get_ffmpeg_exe()
    except (ImportError, RuntimeError) as error:  # not installed / its binary is missing
        raise FFmpegMissing("No ffmpeg found: install ffmpeg or the imageio-ffmpeg package, "
                            f"or set {ENV_VAR}.") from error
    return bundled


def reset_cache() -> None:
    """Forget the chosen binary (tests and the settings page change the environment)."""
    ffmpeg_exe.cache_clear()
    _pydub_configured.cache_clear()


@functools.lru_cache(maxsize=1)
def _pydub_configured() -> str:
    exe = ffmpeg_exe()
    import warnings

    with warnings.catch_warnings():
        # pydub warns at import time when no ffmpeg is on PATH; we set its converter right away.
        warnings.simplefilter("ignore", RuntimeWarning)
        from pydub import AudioSegment

    AudioSegment.converter = exe
    AudioSegment.ffmpeg = exe
    return exe


def configure_pydub() -> str:
    """Point pydub at our ffmpeg (idempotent); returns the binary path."""
    return _pydub_configured()


def subprocess_flags() -> dict:
    """Keyword arguments that stop a console window flashing up on Windows for each ffmpeg run."""
    if os.name == "nt":  # pragma: no cover - Windows only
        return {"creationflags": getattr(subprocess, "CREATE_NO_WINDOW", 0)}
    return {}


def ffmpeg_command(*args: str) -> list[str]:
    """A full command line: our ffmpeg, no banner, never waiting on stdin."""
    return [ffmpeg_exe(), "-hide_banner", "-nostdin", *args]


def run_ffmpeg(*args: str, timeout: float | None = None, check: bool = True) -> subprocess.CompletedProcess:
    """Run ffmpeg to completion, capturing its output (for encoding and small jobs)."""
    completed = subprocess.run(ffmpeg_command(*args), stdin=subprocess.DEVNULL, capture_output=True,
                               timeout=timeout, **subprocess_flags())
    if check and completed.returncode != 0:
        from qa_desktop.core.audio.errors import AudioError

        tail = completed.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
        raise AudioError("ffmpeg failed: " + " / ".join(tail), detail="\n".join(tail))
    return completed
