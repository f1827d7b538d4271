"""The demo's own recordings: synthesized, written in the telephony formats, fingerprinted and
analysed on background threads while the demo scores and inserts its history.

Most of this work waits on ffmpeg or runs in numpy (both let the scoring thread go on), so doing
it beside the database work instead of before and after it takes the recordings off the demo's
wall time. The demo waits for them before it commits, inside its one transaction: a failed or
cancelled recording leaves no half-made call centre.
"""
from __future__ import annotations

import random
import threading
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor
from concurrent.futures import wait as futures_wait
from dataclasses import dataclass
from pathlib import Path

from qa_desktop.core.audio.analysis_options import AnalysisOptions
from qa_desktop.core.errors import Cancelled
from qa_desktop.core.progress import ProgressSink, report_step

RECORDING_FORMATS = ["pcm_s16le", "pcm_mulaw", "mp3", "pcm_alaw", "ogg", "flac"]
LENGTHS_S = [75, 95, 120, 150, 200, 330]


@dataclass(frozen=True)
class PlannedRecording:
    path: Path
    seed: int
    duration_s: float
    fmt: str


@dataclass(frozen=True)
class MadeRecording:
    path: Path
    content_hash: str  # the importer's fingerprint
    analysis: dict     # what the call analysis stores on the call (dead air, talk-over, levels)


def plan_recordings(count: int, folder: Path, seed: int, longest_s: int, rng: random.Random) -> list[PlannedRecording]:
    """Which recordings to make: names, formats and lengths (drawn from the demo's ``rng``)."""
    planned = []
    for index in range(count):
        fmt = RECORDING_FORMATS[index % len(RECORDING_FORMATS)]
        duration = min(longest_s, rng.choice(LENGTHS_S))
        suffix = ".wav" if fmt.startswith("pcm_") else "." + fmt
        planned.append(PlannedRecording(folder / f"demo_{index + 1:03d}{suffix}", seed + index, float(duration), fmt))
    return planned


class RecordingsInBackground:
    """Makes and analyses the planned recordings on two worker threads (one's ffmpeg encoding while
    the other synthesizes or analyses); ``wait()`` returns them in plan order.

    Use as a context manager: leaving it early (an error or Cancel in the demo) stops the workers
    after the recordings they are on.
    """

    WORKERS = 2

    def __init__(self, planned: list[PlannedRecording], options: AnalysisOptions):
        self._planned = planned
        self._options = options
        self._stop = threading.Event()
        self._pool = ThreadPoolExecutor(max_workers=self.WORKERS, thread_name_prefix="demo-recordings")
        self._futures: list[Future] = [self._pool.submit(self._make, recording) for recording in planned]

    def __enter__(self) -> RecordingsInBackground:
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._pool.shutdown(wait=True, cancel_futures=True)

    def wait(self, progress: ProgressSink | None, done: int, total: int) -> list[MadeRecording]:
        """The made recordings, in plan order, once all are made; says how far they are meanwhile
        (and a Cancel pressed while waiting stops the wait)."""
        while True:
            finished, _pending = futures_wait(self._futures, timeout=0.25, return_when=FIRST_EXCEPTION)
            if len(finished) == len(self._futures) or any(f.exception() for f in finished):
                return [future.result() for future in self._futures]
            report_step(progress, done, total, "demo.recording", n=len(finished), total=len(self._planned))

    def _make(self, planned: PlannedRecording) -> MadeRecording:
        if self._stop.is_set():
            raise Cancelled()
        return make_and_analyse(planned, self._options)


def make_and_analyse(planned: PlannedRecording, options: AnalysisOptions) -> MadeRecording:
    """Write one recording (unless a whole one is there from an earlier demo), fingerprint it, analyse
    it the way an imported call is analysed and cache its waveform."""
    from qa_desktop.core.audio import waveform
    from qa_desktop.core.audio.fingerprint import content_hash
    from qa_desktop.core.audio.measure import decode_and_measure
    from qa_desktop.core.audio.synth import write_demo_call
    from qa_desktop.core.leftovers import write_atomically

    def write(temporary: str) -> None:
        write_demo_call(temporary, seed=planned.seed, duration_s=planned.duration_s, fmt=planned.fmt)

    planned.path.parent.mkdir(parents=True, exist_ok=True)
    if not planned.path.exists():  # written under a temporary name: a killed demo never leaves a cut-short call
        write_atomically(planned.path, write, prefix=".demo-")
    fingerprint = content_hash(planned.path)
    measured = decode_and_measure(planned.path, options)
    waveform.store(fingerprint, measured.waveform)
    return MadeRecording(planned.path, fingerprint, measured.analysis)
