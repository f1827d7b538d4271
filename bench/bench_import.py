"""Registering 10,000 recordings of real speech from a telephony export into a realistic centre.

    .venv/bin/python bench/bench_import.py [--files 10000] [--size month500|year|team] [--work DIR] [--keep]
    (quick: --files 500 --size team)

Recordings (bench/realistic_audio.py): 15–60 s pieces of Mandarin conversations by espeak-ng with a
call-centre floor, echo, gain control and hold music, as a telephony system stores them: G.711
µ-law WAVs (70 %) and A-law WAVs (28 %), stereo or mono, and MP3s (2 %), in dated folders, listed
in a GB18030 call list with Chinese headers (录音文件, 工号, 通话时间, 通话时长 …) naming the
demo's own agents. They are registered through the real import
(``library.importer.import_recordings``) into a working copy of the demo generator's database of
that size (bench/realistic_data.py), so every lookup (by content, path, call id) runs against its
tens of thousands of calls.

Floor, in the same run: reading the call list (``read_manifest``) and the bytes of each file the
fingerprint reads (``content_hash``), one file after another: the reading any import must do.
Budget (issue 3): at least 2,000 files/s on local disk with a warm page cache (a network share
adds its own latency per file); nothing decoded.
"""
from __future__ import annotations

import argparse
import datetime as dt
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import realistic_audio  # noqa: E402
import realistic_data  # noqa: E402

BUDGET_FILES_PER_S = 2000


def make_export(root: Path, count: int, agents: int) -> tuple[Path, list[Path]]:
    """The recordings and their call list; real speech sliced into distinct pieces."""
    from qa_desktop.core.audio.ffmpeg import ffmpeg_exe

    rng = np.random.default_rng(2026)
    root.mkdir(parents=True, exist_ok=True)
    speech = realistic_audio.speech(30, seed=2)  # 30 minutes of conversation to cut the calls from
    mono = (speech.astype(np.int32).sum(axis=0) // 2).astype(np.int16)[None, :]
    payloads = {(codec, channels): realistic_audio.g711(speech if channels == 2 else mono, codec)
                for codec in ("mulaw", "alaw") for channels in (1, 2)}
    mp3_pool = root / ".speech.mp3"
    realistic_audio.write(speech, mp3_pool, "mp3")
    start = dt.datetime(2026, 11, 3, 8, 0, 0)
    total = speech.shape[1]
    lines, files = [], []
    for index in range(count):
        seconds = int(rng.integers(15, 61))
        offset = int(rng.integers(0, total - seconds * realistic_audio.RATE))  # every piece its own audio
        when = start + dt.timedelta(minutes=3 * index % (28 * 24 * 60))
        agent = str(1001 + index % agents)
        folder = root / f"{when:%Y-%m-%d}"
        folder.mkdir(exist_ok=True)
        stem = f"{agent}_{when:%Y%m%d_%H%M%S}_{index:06d}"
        if index % 50 == 49:
            path = folder / f"{stem}.mp3"
            subprocess.run([ffmpeg_exe(), "-v", "error", "-ss", f"{offset / realistic_audio.RATE:.3f}",
                            "-t", str(seconds), "-i", str(mp3_pool), "-c", "copy", "-y", str(path)], check=True)
        else:
            codec = "alaw" if index % 7 in (2, 5) else "mulaw"
            channels = 1 + index % 2
            payload = payloads[(codec, channels)]
            piece = payload[offset * channels:(offset + seconds * realistic_audio.RATE) * channels]
            path = folder / f"{stem}.wav"
            path.write_bytes(realistic_audio.g711_wav(codec, channels, piece))
        files.append(path)
        lines.append(realistic_audio.call_list_line(path.relative_to(root).as_posix(), agent, when, index, seconds))
    mp3_pool.unlink()
    return realistic_audio.write_call_list(root, lines), files


def floor_seconds(manifest: Path, files: list[Path]) -> float:
    from qa_desktop.core.audio.fingerprint import content_hash
    from qa_desktop.core.library.manifest import read_manifest

    began = time.perf_counter()
    read_manifest(manifest)
    for path in files:
        content_hash(path)
    return time.perf_counter() - began


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10_000)
    realistic_data.add_size_argument(parser)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "qa_desktop_bench_import")
    parser.add_argument("--keep", action="store_true", help="keep the generated export for another run")
    args = parser.parse_args()
    if args.size == "all":
        parser.error("one size at a time")
    size = realistic_data.SIZES[args.size]
    export = args.work / "export"
    manifest = export / "通话清单.csv"
    files = sorted(p for p in export.rglob("*") if p.suffix in (".wav", ".mp3")) if export.exists() else []
    if not manifest.exists() or len(files) != args.files:
        shutil.rmtree(export, ignore_errors=True)
        started = time.perf_counter()
        manifest, files = make_export(export, args.files, size.agents)
        volume = sum(p.stat().st_size for p in files)
        print(f"generated {args.files} recordings of real speech ({volume / 1e9:.2f} GB) in "
              f"{time.perf_counter() - started:.1f} s")
    print(f"{size.describe()}; {realistic_data.load_average()}", flush=True)
    database_path = realistic_data.working_copy(args.size, args.work)
    from qa_desktop.core.db import open_database
    from qa_desktop.core.library.importer import import_recordings

    database = open_database(database_path)
    database.user_login = realistic_data.USER
    try:
        ok = True
        for label in ("first import", "re-import (nothing new)"):
            floor = floor_seconds(manifest, files)
            usage = resource.getrusage(resource.RUSAGE_SELF)
            started = time.perf_counter()
            report = import_recordings(database, export, manifest=manifest)
            elapsed = time.perf_counter() - started
            after = resource.getrusage(resource.RUSAGE_SELF)
            cpu = after.ru_utime + after.ru_stime - usage.ru_utime - usage.ru_stime
            rate = args.files / elapsed
            print(f"  {label}: {args.files} files in {elapsed:.2f} s = {rate:,.0f} files/s "
                  f"(budget >= {BUDGET_FILES_PER_S:,}); CPU {cpu:.2f} s; floor (call list + fingerprint bytes) "
                  f"{floor:.2f} s; ratio {elapsed / floor:.1f}x | {report.counts}", flush=True)
            ok &= rate >= BUDGET_FILES_PER_S
    finally:
        database.dispose()
        database_path.unlink(missing_ok=True)
        if not args.keep:
            shutil.rmtree(args.work, ignore_errors=True)
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
