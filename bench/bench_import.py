"""Registering 10,000 recordings from a manifest: files per second, first import and re-import.

    .venv/bin/python bench/bench_import.py [--files 10000] [--work DIR] [--keep]

Target (issue 3): at least 2,000 files/s without decoding each file. The recordings are
G.711 u-law WAVs of 15-60 s (mono and stereo, 120-960 KB, distinct content), in dated
folders, listed in a GB18030 manifest with Chinese column names, as a telephony export
would be. Files sit on local disk and were just written (warm page cache); a network share
adds its own latency per file.

Hash strategy (see qa_desktop/core/audio/fingerprint.py): SHA-256 of the size plus 64 KiB at
the start, middle and end of each file (whole file up to 256 KiB). Reading whole files would
cap the import at the disk's or the share's bandwidth (10,000 x 0.5 MB = 5 GB).
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import shutil
import struct
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qa_desktop.core.db import open_database  # noqa: E402
from qa_desktop.core.library.importer import import_recordings  # noqa: E402


def ulaw_wav(channels: int, payload: bytes) -> bytes:
    fmt = struct.pack("<HHIIHH", 7, channels, 8000, 8000 * channels, channels, 8) + b"\x00\x00"
    fact = struct.pack("<I", len(payload) // channels)
    body = (b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt + b"fact" + struct.pack("<I", 4) + fact
            + b"data" + struct.pack("<I", len(payload)) + payload)
    return b"RIFF" + struct.pack("<I", len(body)) + body


def make_export(root: Path, count: int) -> Path:
    rng = np.random.default_rng(2026)
    root.mkdir(parents=True, exist_ok=True)
    lines = ["录音文件,工号,坐席姓名,通话时间,主叫,呼叫类型,队列,方向"]
    types = ["投诉", "查询", "预订", "咨询", "业务办理"]
    start = dt.datetime(2026, 11, 1, 8, 0, 0)
    pool = rng.integers(0, 256, 8000 * 60 * 2 + 1_000_000, dtype=np.uint8).tobytes()  # noise to slice from
    for index in range(count):
        channels = 1 + index % 2
        seconds = int(rng.integers(15, 61))
        size = 8000 * seconds * channels
        offset = int(rng.integers(0, len(pool) - size))
        payload = bytearray(pool[offset:offset + size])
        payload[:8] = index.to_bytes(8, "little")  # every file distinct, as real calls are
        when = start + dt.timedelta(minutes=3 * index)
        agent = 1000 + index % 200
        name = f"{agent}_{when:%Y%m%d_%H%M%S}_{index:06d}.wav"
        folder = root / f"{when:%Y-%m-%d}"
        folder.mkdir(exist_ok=True)
        (folder / name).write_bytes(ulaw_wav(channels, bytes(payload)))
        lines.append(f"{when:%Y-%m-%d}/{name},{agent},坐席{agent},{when:%Y-%m-%d %H:%M:%S},"
                     f"138{index:08d},{types[index % len(types)]},队列{index % 7},{'呼入' if index % 3 else '呼出'}")
    manifest = root / "通话清单.csv"
    manifest.write_bytes(("\r\n".join(lines) + "\r\n").encode("gb18030"))
    return manifest


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "qa_desktop_bench_import")
    parser.add_argument("--keep", action="store_true", help="keep the generated export for another run")
    args = parser.parse_args()
    export = args.work / "export"
    manifest = export / "通话清单.csv"
    if not manifest.exists() or sum(1 for _ in export.rglob("*.wav")) != args.files:
        shutil.rmtree(export, ignore_errors=True)
        started = time.perf_counter()
        manifest = make_export(export, args.files)
        size = sum(p.stat().st_size for p in export.rglob("*.wav"))
        print(f"generated {args.files} recordings ({size / 1e9:.2f} GB) in {time.perf_counter() - started:.1f} s")
    if hasattr(os, "getloadavg"):
        print("load average before the run: " + ", ".join(f"{v:.2f}" for v in os.getloadavg()))
    database_path = args.work / "bench.sqlite3"
    database_path.unlink(missing_ok=True)
    database = open_database(database_path)
    try:
        ok = True
        for label in ("first import", "re-import (nothing new)"):
            usage = resource.getrusage(resource.RUSAGE_SELF)
            started = time.perf_counter()
            report = import_recordings(database, export, manifest=manifest)
            elapsed = time.perf_counter() - started
            after = resource.getrusage(resource.RUSAGE_SELF)
            cpu = after.ru_utime + after.ru_stime - usage.ru_utime - usage.ru_stime
            rate = args.files / elapsed
            print(f"{label}: {args.files} files in {elapsed:.2f} s = {rate:,.0f} files/s (target >= 2,000); "
                  f"CPU {cpu:.2f} s | {report.counts}")
            ok &= rate >= 2000
    finally:
        database.dispose()
        if not args.keep:
            shutil.rmtree(args.work, ignore_errors=True)
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
