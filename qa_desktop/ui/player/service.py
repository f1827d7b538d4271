"""The player service: one QObject that owns playback; controls only listen and ask.

Like MusicBrainz Picard's player, the widgets (buttons, sliders, waveform) hold no playback
state of their own: they call the service's slots and redraw from its signals, so the
keyboard, the toolbar and the waveform always agree.

Two backends behind the same signals (:mod:`.backends`): Qt Multimedia, or a silent clock when
there is no sound device (``silent`` is True and ``silent_reason`` says why, for the UI to show).

Listening to one side: the service is given a function that makes a mono file of one channel
(see :mod:`qa_desktop.core.audio.sides`); switching swaps the source and keeps the position.

Skipping: given a skip plan (:mod:`qa_desktop.core.audio.skipping`), playback that runs into a
planned silence jumps to its end and says so (``skipped``), unless skipping is turned off.
"""
from __future__ import annotations

import logging
import os

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal

from qa_desktop.core.audio.skipping import DEFAULT_MIN_SKIP_S, skip_at
from qa_desktop.ui.player.backends import (
    PAUSED,  # noqa: F401  (re-exported: controls and tests name the states from here)
    PLAYER_ENV,
    PLAYING,
    STOPPED,
    QtBackend,
    SilentClock,
    detect_sound_output,
)

log = logging.getLogger(__name__)

BOTH, AGENT, CUSTOMER = "both", "agent", "customer"
MIN_RATE, MAX_RATE = 0.5, 2.0
RATE_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0)
SHORT_JUMP_MS, LONG_JUMP_MS = 5_000, 30_000


class PlayerService(QObject):
    """Playback of the open call for every control of the workspace."""

    positionChanged = Signal(int)        # ms
    durationChanged = Signal(int)        # ms
    stateChanged = Signal(str)           # stopped | playing | paused
    rateChanged = Signal(float)
    volumeChanged = Signal(float)        # 0..1
    sideChanged = Signal(str)            # both | agent | customer
    loopChanged = Signal(int, int)       # A, B in ms; -1 when unset
    sourceChanged = Signal(str)          # the recording's path ("" when unloaded)
    error = Signal(str)                  # an English reason; the UI shows it
    sideBusy = Signal(bool)              # a one-side file is being prepared
    skipped = Signal(int, int)           # playback jumped over a silence: from, to (ms)
    skippingChanged = Signal(bool)
    skipThresholdChanged = Signal(float)  # silences longer than this many seconds are skipped

    def __init__(self, parent=None, *, backend: str | None = None, side_maker=None):
        """``backend``: None chooses (sound when a device exists), "qt" or "silent" force one."""
        super().__init__(parent)
        usable, reason = detect_sound_output()
        backend = backend or (os.environ.get(PLAYER_ENV, "").lower() or None)
        if backend == "silent":
            usable, reason = False, QT_TRANSLATE_NOOP("Player", "Silent mode was chosen.")
        elif backend == "qt":
            usable, reason = True, ""
        self.silent = not usable
        self.silent_reason = reason
        self.backend = None
        if usable:
            try:
                self.backend = QtBackend(self)
            except Exception as error:  # noqa: BLE001 - a broken multimedia plugin must not take the app down
                log.warning("Sound output failed to start", exc_info=True)
                self.silent, self.silent_reason = True, f"Sound output failed to start ({error})."
        if self.backend is None:
            self.backend = SilentClock(self)
        self.pitch_kept = getattr(self.backend, "pitch_kept", True)
        self._attach(self.backend)
        self._standby: QtBackend | None = None  # a second player holding the next call, loaded ahead
        self._standby_path = ""
        self._side_maker = side_maker  # (path, side) -> mono path, may be slow: called off the GUI thread
        self._path = ""
        self._playing_path = ""
        self._duration_hint = 0
        self._duration = 0
        self._state = STOPPED
        self._rate = 1.0
        self._volume = 0.8
        self._side = BOTH
        self._loop_a = -1
        self._loop_b = -1
        self._position = 0
        self._resume_after_load = False
        self._seek_after_load: int | None = None
        self._side_task = None
        self._side_channels: dict[str, int] = {AGENT: 0, CUSTOMER: 1}
        self._skip_plan: list[tuple[float, float]] = []
        self._skipping = True
        self._skip_min_s = DEFAULT_MIN_SKIP_S
        self._came_from_s = 0.0

    # -- state ---------------------------------------------------------------------------------
    @property
    def path(self) -> str:
        return self._path

    @property
    def state(self) -> str:
        return self._state

    @property
    def is_playing(self) -> bool:
        return self._state == PLAYING

    @property
    def rate(self) -> float:
        return self._rate

    @property
    def volume(self) -> float:
        return self._volume

    @property
    def side(self) -> str:
        return self._side

    @property
    def loop(self) -> tuple[int, int]:
        return self._loop_a, self._loop_b

    @property
    def skipping(self) -> bool:
        return self._skipping

    @property
    def skip_plan(self) -> list[tuple[float, float]]:
        return list(self._skip_plan)

    def position(self) -> int:
        return self.backend.position() if self._path else 0

    def duration(self) -> int:
        return self._duration or self._duration_hint

    def _attach(self, backend) -> None:
        backend.positionChanged.connect(self._on_position)
        backend.durationChanged.connect(self._on_duration)
        backend.stateChanged.connect(self._on_state)
        backend.error.connect(self.error)
        backend.ready.connect(self._on_ready)

    def _detach(self, backend) -> None:
        for signal, slot in ((backend.positionChanged, self._on_position), (backend.durationChanged, self._on_duration),
                             (backend.stateChanged, self._on_state), (backend.error, self.error),
                             (backend.ready, self._on_ready)):
            signal.disconnect(slot)

    # -- loading -------------------------------------------------------------------------------
    def preload(self, path: str) -> None:
        """Open ``path`` in a standby player, so that loading it later is a swap, not a load.

        The workspace preloads the next call of the queue while the current one is scored; with
        the silent clock there is nothing to load.
        """
        if self.silent or not path or path in (self._playing_path, self._standby_path):
            return
        if self._standby is None:
            try:
                self._standby = QtBackend(self)
            except Exception:  # noqa: BLE001  # pragma: no cover - a second player will not start: load normally
                log.warning("The standby player failed to start", exc_info=True)
                return
        self._standby.set_source(path, 0)
        self._standby_path = path

    def _take_standby(self, source: str) -> bool:
        """Swap in the standby player when it already holds ``source``."""
        if self._standby is None or not source or source != self._standby_path:
            return False
        current, previous_path = self.backend, self._playing_path
        self._detach(current)
        current.pause()
        self.backend, self._standby = self._standby, current
        self._standby_path = previous_path  # going back to the previous call is a swap too
        self._attach(self.backend)
        return True

    def load(self, path: str, *, duration_ms: int = 0, position_ms: int = 0, autoplay: bool = False,
             agent_channel: int = 0) -> None:
        """Open a recording (the side resets to both, rate and volume are kept)."""
        self.clear_loop()
        self._skip_plan = []
        self._came_from_s = position_ms / 1000.0
        self._path = path or ""
        self._duration_hint = int(duration_ms or 0)
        self._duration = self._duration_hint
        self._side_channels = {AGENT: agent_channel, CUSTOMER: 1 - agent_channel if agent_channel in (0, 1) else 1}
        if self._side != BOTH:
            self._side = BOTH
            self.sideChanged.emit(BOTH)
        self._set_source(self._path, position_ms, autoplay)
        self.sourceChanged.emit(self._path)
        self.durationChanged.emit(self.duration())

    def unload(self) -> None:
        self.backend.stop()
        self._path = self._playing_path = ""
        self.backend.set_source("", 0)
        self._position = 0
        self.clear_loop()
        self.sourceChanged.emit("")
        self.positionChanged.emit(0)

    def _set_source(self, source: str, position_ms: int, autoplay: bool) -> None:
        swapped = self._take_standby(source)
        self._playing_path = source
        self._seek_after_load = int(position_ms) if position_ms else None
        self._resume_after_load = autoplay
        if not swapped:
            self.backend.set_source(source, self._duration_hint)
        elif self.backend.duration():
            self._on_duration(self.backend.duration())
        self.backend.set_rate(self._rate)
        self.backend.set_volume(self._volume)
        if position_ms or swapped:
            self.backend.set_position(int(position_ms))
            self._position = int(position_ms)
        else:
            self._position = 0
        self.positionChanged.emit(self._position)
        if autoplay and source:
            # Start at once: the FFmpeg backend buffers asynchronously and begins when ready.
            self.backend.play()

    def _on_ready(self) -> None:
        if self._seek_after_load is not None:
            self.backend.set_position(self._seek_after_load)
            self._seek_after_load = None

    # -- transport -----------------------------------------------------------------------------
    def play(self) -> None:
        if self._path:
            self.backend.play()

    def pause(self) -> None:
        self.backend.pause()

    def toggle(self) -> None:
        self.pause() if self.is_playing else self.play()

    def stop(self) -> None:
        self.backend.stop()

    def seek(self, ms: int) -> None:
        if not self._path:
            return
        end = self.duration()
        ms = max(0, int(ms))
        if end:
            ms = min(ms, end)
        self.backend.set_position(ms)
        self._position = ms
        self._came_from_s = ms / 1000.0  # a seek into a silence plays it
        self.positionChanged.emit(ms)

    def jump(self, delta_ms: int) -> None:
        self.seek(self.position() + int(delta_ms))

    def set_rate(self, rate: float) -> None:
        rate = round(max(MIN_RATE, min(MAX_RATE, float(rate))), 2)
        if rate == self._rate:
            return
        self._rate = rate
        self.backend.set_rate(rate)
        self.rateChanged.emit(rate)

    def faster(self) -> None:
        self.set_rate(next((r for r in RATE_STEPS if r > self._rate + 1e-6), MAX_RATE))

    def slower(self) -> None:
        self.set_rate(next((r for r in reversed(RATE_STEPS) if r < self._rate - 1e-6), MIN_RATE))

    def set_volume(self, volume: float) -> None:
        volume = round(max(0.0, min(1.0, float(volume))), 3)
        if volume == self._volume:
            return
        self._volume = volume
        self.backend.set_volume(volume)
        self.volumeChanged.emit(volume)

    # -- skipping silences ----------------------------------------------------------------------
    def set_skip_plan(self, plan) -> None:
        """The silences (start_s, end_s) to jump over in the loaded recording."""
        self._skip_plan = sorted((float(a), float(b)) for a, b in plan or [])
        self._came_from_s = self.position() / 1000.0

    def set_skipping(self, on: bool) -> None:
        on = bool(on)
        if on != self._skipping:
            self._skipping = on
            self.skippingChanged.emit(on)

    def toggle_skipping(self) -> None:
        self.set_skipping(not self._skipping)

    @property
    def skip_min_s(self) -> float:
        return self._skip_min_s

    def set_skip_min_s(self, seconds: float) -> None:
        """Skip silences longer than ``seconds`` (whoever owns the analysis makes the new plan)."""
        seconds = max(0.5, float(seconds))
        if seconds != self._skip_min_s:
            self._skip_min_s = seconds
            self.skipThresholdChanged.emit(seconds)

    # -- A–B loop ------------------------------------------------------------------------------
    def set_loop(self, a_ms: int, b_ms: int) -> None:
        a, b = sorted((int(a_ms), int(b_ms)))
        if b - a < 200:  # a loop shorter than a syllable is a slip of the key
            return
        self._loop_a, self._loop_b = a, b
        self.loopChanged.emit(a, b)

    def mark_loop(self) -> None:
        """First press sets A, the second sets B (and starts looping), the third clears it."""
        position = self.position()
        if self._loop_a < 0 or self._loop_b >= 0:
            if self._loop_b >= 0:
                self.clear_loop()
                return
            self._loop_a, self._loop_b = position, -1
            self.loopChanged.emit(position, -1)
        else:
            if position <= self._loop_a + 200:
                return
            self.set_loop(self._loop_a, position)

    def clear_loop(self) -> None:
        if self._loop_a >= 0 or self._loop_b >= 0:
            self._loop_a = self._loop_b = -1
            self.loopChanged.emit(-1, -1)

    # -- sides ---------------------------------------------------------------------------------
    def set_side(self, side: str) -> None:
        """Listen to both sides, or to the agent's or the customer's channel alone."""
        if side not in (BOTH, AGENT, CUSTOMER) or side == self._side or not self._path:
            return
        self._side = side
        self.sideChanged.emit(side)
        if self.silent or side == BOTH or self._side_maker is None:
            if not self.silent:
                self._switch_source(self._path)
            return
        from qa_desktop.ui.tasks import run_in_background

        self.sideBusy.emit(True)
        path, channel = self._path, self._side_channels[side]
        task = run_in_background(None, self._side_maker, path, channel, pass_progress=False)
        self._side_task = task
        task.succeeded.connect(lambda mono, t=task, s=side: self._side_ready(t, s, mono))
        task.failed.connect(lambda err, t=task: self._side_failed(t, err))

    def _side_ready(self, task, side: str, mono_path: str) -> None:
        if task is not self._side_task or side != self._side:
            return  # the user moved on (another call or side) meanwhile
        self.sideBusy.emit(False)
        self._switch_source(mono_path)

    def _side_failed(self, task, error) -> None:
        if task is not self._side_task:
            return
        self.sideBusy.emit(False)
        self._side = BOTH
        self.sideChanged.emit(BOTH)
        self.error.emit(f"Cannot separate the sides of this recording: {error}")

    def _switch_source(self, source: str) -> None:
        if source == self._playing_path:
            return
        position, playing = self.position(), self.is_playing
        self._set_source(source, position, playing)

    # -- backend events ------------------------------------------------------------------------
    def _on_position(self, ms: int) -> None:
        self._position = ms
        if self._loop_b >= 0 and ms >= self._loop_b and self.is_playing:
            self.backend.set_position(self._loop_a)
            ms = self._loop_a
        elif self._skipping and self._skip_plan and self.is_playing:
            # position reports come every 40 ms to 1 s depending on the backend: 1 s of tolerance
            span = skip_at(self._skip_plan, ms / 1000.0, self._came_from_s, tolerance_s=1.0)
            if span is not None:
                start, end = int(span[0] * 1000), int(span[1] * 1000)
                self.backend.set_position(end)
                self._position = ms = end
                self.skipped.emit(start, end)
        self._came_from_s = ms / 1000.0
        self.positionChanged.emit(ms)

    def _on_duration(self, ms: int) -> None:
        if ms > 0 and ms != self._duration:
            self._duration = ms
            self.durationChanged.emit(ms)

    def _on_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.stateChanged.emit(state)
