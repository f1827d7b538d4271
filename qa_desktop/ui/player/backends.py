"""The player's two playback backends behind the same signals (see :mod:`.service`).

- ``QtBackend``: ``QMediaPlayer`` + ``QAudioOutput`` (FFmpeg media backend). Its playback
  rate keeps the pitch (``pitchCompensation``, available with the FFmpeg backend), so 1.5×
  still sounds like the agent, not a chipmunk.
- ``SilentClock``: no sound device (CI, a remote desktop without audio redirection, a machine
  without PulseAudio): the position advances on a monotonic clock at the chosen rate, so the
  waveform, notes, A–B loop and the tests behave the same.
"""
from __future__ import annotations

import logging
import os
import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer, QUrl, Signal

log = logging.getLogger(__name__)

STOPPED, PLAYING, PAUSED = "stopped", "playing", "paused"
PLAYER_ENV = "QA_DESKTOP_PLAYER"  # "silent" forces the silent clock, "qt" Qt Multimedia (tests, benchmarks)


def detect_sound_output() -> tuple[bool, str]:
    """(usable, English reason when not) — whether real audio output can be used."""
    if os.environ.get(PLAYER_ENV, "").lower() == "silent":
        return False, QT_TRANSLATE_NOOP("Player", "Silent mode was chosen (QA_DESKTOP_PLAYER=silent).")
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError as error:  # Qt Multimedia missing from this build
        return False, f"Qt Multimedia is not available ({error})."
    try:
        outputs = QMediaDevices.audioOutputs()
    except Exception as error:  # noqa: BLE001  # pragma: no cover - broken audio stacks
        log.warning("The sound system cannot be queried", exc_info=True)
        return False, f"The sound system cannot be queried ({error})."
    if not outputs:
        return False, QT_TRANSLATE_NOOP("Player", "No sound output device was found.")
    return True, ""


class SilentClock(QObject):
    """A playback clock without sound: same interface as :class:`QtBackend`."""

    positionChanged = Signal(int)
    durationChanged = Signal(int)
    stateChanged = Signal(str)
    error = Signal(str)
    ready = Signal()

    TICK_MS = 40

    def __init__(self, parent=None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(self.TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._origin_ms = 0.0
        self._started = 0.0
        self._rate = 1.0
        self._duration = 0
        self._state = STOPPED
        self._source = ""

    def set_source(self, path: str, duration_ms: int) -> None:
        self.stop()
        self._source = path
        self._origin_ms = 0.0
        self._duration = max(0, int(duration_ms))
        self.durationChanged.emit(self._duration)
        self.ready.emit()

    def position(self) -> int:
        if self._state == PLAYING:
            elapsed = (time.monotonic() - self._started) * 1000.0 * self._rate
            return int(min(self._origin_ms + elapsed, self._duration or float("inf")))
        return int(self._origin_ms)

    def duration(self) -> int:
        return self._duration

    def _rebase(self) -> None:
        self._origin_ms = float(self.position())
        self._started = time.monotonic()

    def play(self) -> None:
        if not self._source:
            return
        if self._duration and self._origin_ms >= self._duration:
            self._origin_ms = 0.0
        self._started = time.monotonic()
        self._state = PLAYING
        self._timer.start()
        self.stateChanged.emit(PLAYING)

    def pause(self) -> None:
        if self._state == PLAYING:
            self._rebase()
            self._timer.stop()
            self._state = PAUSED
            self.stateChanged.emit(PAUSED)
            self.positionChanged.emit(self.position())

    def stop(self) -> None:
        self._timer.stop()
        if self._state != STOPPED:
            self._state = STOPPED
            self.stateChanged.emit(STOPPED)

    def set_position(self, ms: int) -> None:
        self._origin_ms = float(max(0, min(int(ms), self._duration or int(ms))))
        self._started = time.monotonic()
        self.positionChanged.emit(self.position())

    def set_rate(self, rate: float) -> None:
        self._rebase()
        self._rate = rate

    def set_volume(self, volume: float) -> None:
        pass

    def _tick(self) -> None:
        position = self.position()
        self.positionChanged.emit(position)
        if self._duration and position >= self._duration:
            self._origin_ms = float(self._duration)
            self._timer.stop()
            self._state = STOPPED
            self.stateChanged.emit(STOPPED)


class QtBackend(QObject):
    """``QMediaPlayer`` with pitch-kept rate changes."""

    positionChanged = Signal(int)
    durationChanged = Signal(int)
    stateChanged = Signal(str)
    error = Signal(str)
    ready = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

        self._QMediaPlayer = QMediaPlayer
        self.player = QMediaPlayer(self)
        self.output = QAudioOutput(self)
        self.player.setAudioOutput(self.output)
        self.pitch_kept = self._keep_pitch()
        self.player.positionChanged.connect(lambda ms: self.positionChanged.emit(int(ms)))
        self.player.durationChanged.connect(lambda ms: self.durationChanged.emit(int(ms)))
        self.player.playbackStateChanged.connect(self._on_state)
        self.player.errorOccurred.connect(lambda _code, text: self.error.emit(text))
        self.player.mediaStatusChanged.connect(self._on_status)
        self._pending_seek: int | None = None

    def _keep_pitch(self) -> bool:
        availability = getattr(self.player, "pitchCompensationAvailability", None)
        if availability is None:
            return False  # older Qt: the FFmpeg backend keeps the pitch without being asked
        if availability() == self._QMediaPlayer.PitchCompensationAvailability.Unavailable:
            return False
        self.player.setPitchCompensation(True)
        return self.player.pitchCompensation()

    def _on_state(self, state) -> None:
        names = {self._QMediaPlayer.PlaybackState.PlayingState: PLAYING,
                 self._QMediaPlayer.PlaybackState.PausedState: PAUSED,
                 self._QMediaPlayer.PlaybackState.StoppedState: STOPPED}
        self.stateChanged.emit(names.get(state, STOPPED))

    def _on_status(self, status) -> None:
        Status = self._QMediaPlayer.MediaStatus
        if status in (Status.LoadedMedia, Status.BufferedMedia):
            if self._pending_seek is not None:
                self.player.setPosition(self._pending_seek)
                self._pending_seek = None
            self.ready.emit()
        elif status == Status.InvalidMedia:
            self.error.emit(self.player.errorString() or "The recording cannot be played.")

    def set_source(self, path: str, duration_ms: int) -> None:
        self._pending_seek = None
        self.player.setSource(QUrl.fromLocalFile(path) if path else QUrl())

    def position(self) -> int:
        return int(self.player.position())

    def duration(self) -> int:
        return int(self.player.duration())

    def play(self) -> None:
        self.player.play()

    def pause(self) -> None:
        self.player.pause()

    def stop(self) -> None:
        self.player.stop()

    def set_position(self, ms: int) -> None:
        if self.player.mediaStatus() in (self._QMediaPlayer.MediaStatus.LoadingMedia,
                                         self._QMediaPlayer.MediaStatus.NoMedia):
            self._pending_seek = int(ms)
        self.player.setPosition(int(ms))

    def set_rate(self, rate: float) -> None:
        self.player.setPlaybackRate(rate)

    def set_volume(self, volume: float) -> None:
        self.output.setVolume(volume)
