"""How fast a call of real speech opens, and whether the GUI stays responsive while a long waveform is computed.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_open_call.py [--runs 5]     (quick: --runs 1)

Recordings (bench/realistic_audio.py): 10 minutes of Mandarin conversation by espeak-ng with a
call-centre floor, echo, gain control and hold music, as a G.711 µ-law WAV and as 16-bit PCM,
and an hour of it; registered through the real import (a GB18030 call list) into a working copy
of the demo generator's team database (bench/realistic_data.py) and assigned to an evaluator.

1. Key press (Ctrl+N in the workspace, listening to call A) → playback of the next call, the
   10-minute recording: time to the playing state and to sound actually running (Qt Multimedia,
   which plays without a sound device too, with the next call preloaded as the workspace does
   and cold; and the silent clock used when there is no sound device). Floor, same run: a bare
   QMediaPlayer told to play the same file. Budget: under 150 ms.
2. The GUI event loop's longest stall while the hour-long call's waveform is computed on a worker
   thread (cache emptied first): a 5 ms timer measures the gaps between its ticks. Floor: the
   same timer with nothing to do. Budget: no stall over 50 ms.
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
sys.path.insert(0, str(ROOT / "bench"))

import realistic_audio  # noqa: E402
import realistic_data  # noqa: E402


def make_calls(folder: Path) -> tuple[Path, Path, Path]:
    from qa_desktop.core.audio.ffmpeg import run_ffmpeg

    speech = realistic_audio.speech(10)
    ten = realistic_audio.write(speech, folder / "call_10min.wav", "pcm_mulaw")
    other = realistic_audio.write(speech, folder / "call_10min_b.wav", "pcm_s16le")  # another recording
    sixty = folder / "call_60min.wav"
    run_ffmpeg("-y", "-loglevel", "error", "-stream_loop", "5", "-i", str(ten), "-c:a", "pcm_mulaw", str(sixty))
    return ten, other, sixty


def build_database(folder: Path, recordings: list[Path]):
    import datetime as dt

    from sqlalchemy import select

    from qa_desktop.core.db import open_database
    from qa_desktop.core.db.models import Assignment, Call, Role
    from qa_desktop.core.users import ensure_user

    db = open_database(realistic_data.working_copy("team", folder))
    db.user_login = "bench"
    me = ensure_user(db, "bench", "Bench Evaluator", Role.EVALUATOR)
    report = realistic_audio.import_calls(db, folder, [(path, "1001", dt.datetime(2026, 12, 3, 9, n))
                                                      for n, path in enumerate(recordings)])
    assert report.counts["imported"] == len(recordings), report.counts

    def work(session):
        by_path = dict(session.execute(select(Call.recording_path, Call.id)).all())
        ids = [by_path[str(path)] for path in recordings]
        for n, call_id in enumerate(ids):
            session.add(Assignment(call_id=call_id, evaluator_id=me.id, assigned_at=dt.datetime(2026, 12, 3, 8, n)))
        return ids

    return db, me, db.write(work)


def bare_player_ms(app, path: Path, runs: int) -> list[float]:
    """The floor: ms from play() on a bare QMediaPlayer to sound running, for the same file."""
    from PySide6.QtCore import QUrl
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

    timings = []
    for _ in range(runs):
        player, output = QMediaPlayer(), QAudioOutput()
        player.setAudioOutput(output)
        marks: dict[str, float] = {}

        def on_position(ms, marks=marks):
            if ms > 0 and "sound" not in marks:
                marks["sound"] = time.perf_counter() - ms / 1000.0

        player.positionChanged.connect(on_position)
        started = time.perf_counter()
        player.setSource(QUrl.fromLocalFile(str(path)))
        player.play()
        wait_until(app, lambda marks=marks: "sound" in marks, 10)
        timings.append((max(marks.get("sound", float("nan")), started) - started) * 1000)
        player.stop()
        player.setSource(QUrl())
        wait_until(app, lambda: False, 0.3)
    return timings


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


def open_call_latency(app, db, me, call_ids, backend: str, runs: int, preload: bool) -> list[tuple[float, float]]:
    """(ms to the playing state, ms until sound runs) for Ctrl+N from call A to the 10-minute call B.

    "Sound runs" is when the first position report says playback began: the time of that report
    minus the position it reports (at the playback rate); with the silent clock it is the
    playing state itself.
    """
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
    first, second = call_ids[0], call_ids[1]
    timings = []
    for _ in range(runs):
        page.open_call(first)
        wait_until(app, lambda: False, 2.2)  # listening to A: its waveform is drawn, B is preloaded
        if not preload:
            page.player._standby_path = ""
        marks: dict[str, float] = {}
        started = time.perf_counter()

        def on_state(state, marks=marks):
            if state == "playing" and "playing" not in marks:
                marks["playing"] = time.perf_counter()

        def on_position(ms, marks=marks):
            if ms > 0 and "sound" not in marks and page.call is not None and page.call.id == second:
                marks["sound"] = time.perf_counter() - ms / 1000.0 / page.player.rate

        page.player.stateChanged.connect(on_state)
        page.player.positionChanged.connect(on_position)
        QTest.keyClick(page.focusWidget() or page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        if page.player.is_playing:
            marks.setdefault("playing", time.perf_counter())
        wait_until(app, lambda marks=marks: "sound" in marks, 10)
        page.player.stateChanged.disconnect(on_state)
        page.player.positionChanged.disconnect(on_position)
        assert page.call.id == second, "Ctrl+N did not open the next call"
        playing = (marks.get("playing", float("nan")) - started) * 1000
        sound = (max(marks.get("sound", float("nan")), started) - started) * 1000
        if backend == "silent":
            sound = playing
        timings.append((playing, sound))
    page.leave_call()
    page.close()
    page.deleteLater()
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # not inside a later measurement
    wait_until(app, lambda: False, 0.5)
    return timings


def timer_jitter(app, seconds: float = 2.0) -> float:
    """The longest gap between 5 ms timer ticks with nothing to do: the machine's own noise."""
    from PySide6.QtCore import QTimer

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
    wait_until(app, lambda: False, seconds)
    timer.stop()
    return max(gaps), _p99(gaps)


def _p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def stall_while_waveform(app, path: Path, content_hash: str) -> tuple[float, float, float, int]:
    from PySide6.QtCore import QTimer

    from qa_desktop.core.audio.tracks import compute_envelope
    from qa_desktop.core.audio.waveform import cache_path
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
    return max(gaps), _p99(gaps), computed, len(gaps)


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
        ten, other, sixty = make_calls(folder)
        print(f"recordings: 2 x 10 min ({ten.stat().st_size / 1e6:.1f} MB mu-law, {other.stat().st_size / 1e6:.1f} MB "
              f"PCM) and 60 min ({sixty.stat().st_size / 1e6:.1f} MB) made in {time.perf_counter() - made:.1f} s")
        db, me, ids = build_database(folder, [ten, other, sixty])
        print(realistic_data.load_average())
        floor = bare_player_ms(app, other, args.runs)
        print(f"floor: a bare QMediaPlayer playing the 10-min call: sound running median "
              f"{statistics.median(floor):.1f} ms (max {max(floor):.1f})")
        for backend, preload in (("qt", True), ("qt", False), ("silent", False)):
            timings = open_call_latency(app, db, me, ids, backend, args.runs, preload)
            playing = [t[0] for t in timings]
            sound = [t[1] for t in timings]
            detail = ", next call preloaded" if preload else ", cold load" if backend == "qt" else ""
            label = f"{backend} backend{detail}"
            print(f"Ctrl+N -> 10-min call [{label}]: playing state median {statistics.median(playing):.1f} ms "
                  f"(max {max(playing):.1f}); sound running median {statistics.median(sound):.1f} ms "
                  f"(max {max(sound):.1f}) over {len(timings)} runs (target < 150 ms); ratio to the bare player "
                  f"{statistics.median(sound) / statistics.median(floor):.1f}x")
        from qa_desktop.core.audio.fingerprint import content_hash as file_fingerprint

        idle, idle_p99 = timer_jitter(app)
        worst, p99, computed, ticks = stall_while_waveform(app, sixty, file_fingerprint(sixty))
        print(f"(machine load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
        print(f"60-min waveform computed off the GUI thread in {computed:.0f} ms; longest event-loop stall "
              f"{worst:.1f} ms, 99th percentile {p99:.1f} ms over {ticks} timer ticks (target < 50 ms); the same "
              f"timer with nothing to do: longest {idle:.1f} ms, 99th percentile {idle_p99:.1f} ms")
        db.dispose()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
