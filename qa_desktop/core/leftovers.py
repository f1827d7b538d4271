"""Files a killed process leaves behind: never half-written under the real name, never kept forever.

Long writes (report workbooks, decoded audio) go to a temporary file named after the machine and
the process that writes it, then are renamed into place. ``kill -9`` or a power cut can still leave
that temporary file; the next writer in the same folder removes those whose process is gone (same
machine) or that are older than any write takes (any machine on a shared folder).
"""
from __future__ import annotations

import os
import re
import socket
import stat
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from qa_desktop.core.errors import OutputInvalid

# A write that takes longer than this is not running any more, wherever it runs.
STALE_AFTER_S = 6 * 3600
# Names from before temporary files carried their writer (``mkstemp``): stale once this old.
_LEGACY_STALE_AFTER_S = 3600
_cleaned: set[tuple[str, str, str]] = set()  # (folder, prefix, suffix) already cleaned by this process


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine (never signals it)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - Windows; os.kill would terminate the process there
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        try:
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        finally:
            kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's live process
    except OSError:
        return False
    return True


def host_tag() -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", socket.gethostname())[:40].strip("-") or "host"


def temporary_name(prefix: str, suffix: str) -> str:
    """``<prefix><host>-<pid>-<random><suffix>``: whose it is can be told from the name alone."""
    return f"{prefix}{host_tag()}-{os.getpid()}-{uuid.uuid4().hex[:12]}{suffix}"


def _is_stale(path: Path, prefix: str, suffix: str, now: float) -> bool:
    try:
        age = now - path.lstat().st_mtime
    except OSError:
        return False
    middle = path.name[len(prefix):len(path.name) - len(suffix)]
    # "<host>-<pid>-<random>", possibly followed by a step's own mark (".dimensions") of the same writer
    found = re.fullmatch(r"(?P<host>[A-Za-z0-9-]*?)-(?P<pid>\d+)-[0-9a-f]{12}(?:\.[a-z]+)?", middle)
    if found is None:
        legacy = re.fullmatch(r"(?P<pid>\d+)-[0-9a-f]{32}", middle)  # decoded audio, older versions
        if legacy is not None and not process_alive(int(legacy["pid"])):
            return True
        return age > _LEGACY_STALE_AFTER_S
    if found["host"] == host_tag() and not process_alive(int(found["pid"])):
        return True
    return age > STALE_AFTER_S


def remove_stale(folder: Path | str, prefix: str, suffix: str) -> list[Path]:
    """Delete the temporary files of writers that died in ``folder``; the paths removed."""
    removed: list[Path] = []
    now = time.time()
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        if name.startswith(prefix) and name.endswith(suffix):
            path = Path(folder, name)
            if _is_stale(path, prefix, suffix, now):
                try:
                    path.unlink()
                    removed.append(path)
                except OSError:
                    pass  # another machine removed it first, or it is not ours to remove
    return removed


def check_output_path(output: Path | str) -> Path:
    """Refuse, with a one-line reason, a place no file can be written: checked before long work starts."""
    output = Path(output)
    if output.is_dir():
        raise OutputInvalid(f"{output} is a folder; give a file name to write, e.g. {output / 'report.xlsx'}.",
                            path=str(output))
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputInvalid(f"Cannot create the folder {output.parent}: {error.strerror or error}.",
                            path=str(output)) from error
    if not os.access(output.parent, os.W_OK):
        raise OutputInvalid(f"Cannot write in {output.parent}: the folder is read-only.", path=str(output))
    return output


# Decoded audio (see core/audio/decode.py): RAM-backed, in a folder of the user's own.
SHARED_MEMORY = "/dev/shm"
DECODE_PREFIX, DECODE_SUFFIX = "qa-desktop-", ".wav"


def _decode_folder() -> str | None:
    if not hasattr(os, "getuid") or not os.path.isdir(SHARED_MEMORY):
        return None
    return os.path.join(SHARED_MEMORY, f"qa-desktop-{os.getuid()}")


def private_memory_folder() -> str | None:
    """This user's folder for decoded audio in /dev/shm (0700), created if needed; None where there
    is none, or when the name is taken by something not ours or not private (then a pipe is used)."""
    folder = _decode_folder()
    if folder is None or not os.access(SHARED_MEMORY, os.W_OK):
        return None
    try:
        os.mkdir(folder, 0o700)
    except FileExistsError:
        pass
    except OSError:
        return None
    try:
        info = os.lstat(folder)
    except OSError:
        return None
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
        return None
    return folder


def remove_stale_decodes() -> list[Path]:
    """Remove decoded audio that killed processes left (115 MB of RAM each for an hour-long call);
    run at start-up. Also clears /dev/shm itself of what versions before the private folder left."""
    folder = _decode_folder()
    if folder is None:
        return []
    removed = remove_stale(folder, DECODE_PREFIX, DECODE_SUFFIX) if os.path.isdir(folder) else []
    return removed + remove_stale(SHARED_MEMORY, DECODE_PREFIX, DECODE_SUFFIX)


def write_atomically(output: Path | str, write: Callable[[str], object], *, prefix: str) -> Path:
    """Write ``output`` through ``write(temporary_path)`` (its result ignored) and rename it into place.

    The temporary file is created with the folder's normal permissions (mode 0666 less the umask,
    and whatever the folder's ACLs add), unlike ``mkstemp``'s 0600 which colleagues on a share
    cannot open. A folder given as the output, or a missing or read-only folder, is an
    :class:`OutputInvalid` with a one-line reason.
    """
    output = check_output_path(output)
    suffix = output.suffix or ".tmp"
    # Once per folder and process: an import copying 10,000 recordings into one folder must not
    # list it 10,000 times.
    key = (str(output.parent), prefix, suffix)
    if key not in _cleaned:
        _cleaned.add(key)
        remove_stale(output.parent, prefix, suffix)
    temporary = output.parent / temporary_name(prefix, suffix)
    try:
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except OSError as error:
        raise OutputInvalid(f"Cannot write in {output.parent}: {error.strerror or error}.",
                            path=str(output)) from error
    os.close(handle)
    try:
        write(str(temporary))
        os.replace(temporary, output)
    except IsADirectoryError as error:
        raise OutputInvalid(f"{output} is a folder; give a file name to write.", path=str(output)) from error
    except PermissionError as error:
        raise OutputInvalid(f"Cannot write {output}: {error.strerror or error} (is it open in Excel?).",
                            path=str(output)) from error
    finally:
        Path(temporary).unlink(missing_ok=True)
    return output
