"""How fast a call opens, and whether the GUI stays responsive while a long waveform is computed.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_open_call.py [--runs 5]

1. Key press (Ctrl+N in the workspace) → playback running, for a 10-minute two-channel call:
   "running" = the player reports the playing state and a position past 0 (the Qt Multimedia
   backend, which plays without a sound device too, and the silent clock used when there is none).
   Targets: under 150 ms.
2. The GUI event loop's longest stall while a 60-minute call's waveform is computed on a worker
   thread (cache emptied first): a 5 ms timer measures the gaps between its ticks. Target: no
   stall over 50 ms.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def make_calls(folder: Path) -> tuple[Path, Path]:
    from qa_desktop.core.audio.ffmpeg import run_ffmpeg
    from qa_desktop.core.audio.synth import write_demo_call

    ten = folder / "call_10min.wav"
    write_demo_call(ten, seed=7, duration_s=600, fmt="pcm_mulaw")
    sixty = folder / "call_60min.wav"
    run_ffmpeg("-y", "-loglevel", "error", "-stream_loop", "5", "-i", str(ten), "-c:a", "pcm_mulaw", str(sixty))
    return ten, sixty


def build_database(folder: Path, recordings: list[Path]):
    import datetime as dt

    from qa_desktop.core.audio.probe import probe
    from qa_desktop.core.call_details import file_sha256
    from qa_desktop.core.db import open_database
    from qa_desktop.core.db.models import Agent, Assignment, Call, Role, Team
    from qa_desktop.core.forms_repository import ensure_default_form
    from qa_desktop.core.users import ensure_user

    db = open_database(folder / "bench.sqlite3")
    db.user_login = "bench"
    me = ensure_user(db, "bench", "Bench Evaluator", Role.EVALUATOR)
    ensure_default_form(db)

    def work(session):
        team = Team(name="Bench team")
        agent = Agent(agent_code="B001", name="Bench agent", team=team)
        session.add_all([team, agent])
        session.flush()
        ids = []
        for n, path in enumerate(recordings):
            info = probe(path)
            call = Call(external_id=f"BENCH-{n}", recording_path=str(path), content_hash=file_sha256(path),
                        file_size=path.stat().st_size, codec=info.codec, duration_s=info.duration_s,
                        channels=info.channels, sample_rate=info.sample_rate, agent=agent,
                        started_at=dt.datetime(2026, 11, 20, 9, n))
            session.add(call)
            session.flush()
            session.add(Assignment(call_id=call.id, evaluator_id=me.id, assigned_at=dt.datetime(2026, 11, 20, 8, n)))
            ids.append(call.id)
        return ids

    return db, me, db.write(work)


def wait_until(app, condition, timeout_s: float = 10.0) -> bool:
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.perf_counter() + timeout_s
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: (condition() or time.perf_counter() > deadline) and loop.quit())
    timer.start()
    if not condition():
        loop.exec()
    timer.stop()
    return condition()


def open_call_latency(app, db, me, call_ids, backend: str, runs: int) -> list[float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from qa_desktop.ui.context import AppContext
    from qa_desktop.ui.settings import AppSettings
    from qa_desktop.ui.workspace.page import WorkspacePage

    os.environ["QA_DESKTOP_PLAYER"] = backend
    ctx = AppContext(db, me, AppSettings())
    page = WorkspacePage(ctx)
    page.resize(1366, 768)
    page.show()
    page.activateWindow()
    page.activate()
    timings = []
    for _ in range(runs):
        page.leave_call()
        page.call = None
        page.player.unload()
        wait_until(app, lambda: False, 0.3)  # let the previous call's work settle
        started = time.perf_counter()
        QTest.keyClick(page.focusWidget() or page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        running = wait_until(app, lambda: page.player.is_playing and page.player.position() > 0, 10)
        elapsed = (time.perf_counter() - started) * 1000
        if not running:
            print(f"  ({backend}) playback did not start within 10 s")
        assert page.call.id == call_ids[0]
        timings.append(elapsed)
        wait_until(app, lambda: page.waveform.envelope is not None, 30)
    page.leave_call()
    page.close()
    page.deleteLater()
    return timings


def stall_while_waveform(app, path: Path, content_hash: str) -> tuple[float, float, int]:
    from PySide6.QtCore import QTimer

    from qa_desktop.core.audio.waveform import cache_path
    from qa_desktop.ui.player.tracks import compute_envelope
    from qa_desktop.ui.tasks import run_in_background

    cache_path(content_hash).unlink(missing_ok=True)
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick():
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    started = time.perf_counter()
    task = run_in_background(None, compute_envelope, str(path), content_hash)
    done = []
    task.finished.connect(lambda: done.append(1))
    wait_until(app, lambda: bool(done), 120)
    computed = (time.perf_counter() - started) * 1000
    timer.stop()
    if task.error is not None:
        raise task.error
    return max(gaps), computed, len(gaps)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="qa_bench_"))
    os.environ.setdefault("QA_DESKTOP_SETTINGS_DIR", str(folder / "settings"))
    os.environ.setdefault("QA_DESKTOP_CACHE_DIR", str(folder / "cache"))
    from qa_desktop.ui.app import create_application

    app = create_application()
    try:
        made = time.perf_counter()
        ten, sixty = make_calls(folder)
        print(f"recordings: 10 min ({ten.stat().st_size / 1e6:.1f} MB) and 60 min ({sixty.stat().st_size / 1e6:.1f} MB) "
              f"made in {time.perf_counter() - made:.1f} s")
        db, me, ids = build_database(folder, [ten, sixty])
        for backend in ("qt", "silent"):
            timings = open_call_latency(app, db, me, ids, backend, args.runs)
            print(f"open 10-min call, key press -> playback running [{backend} backend]: "
                  f"median {statistics.median(timings):.1f} ms, max {max(timings):.1f} ms over {len(timings)} runs "
                  f"(target < 150 ms)")
        from qa_desktop.core.call_details import file_sha256

        worst, computed, ticks = stall_while_waveform(app, sixty, file_sha256(sixty))
        print(f"60-min waveform computed off the GUI thread in {computed:.0f} ms; longest event-loop stall "
              f"{worst:.1f} ms over {ticks} timer ticks (target < 50 ms)")
        db.dispose()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
