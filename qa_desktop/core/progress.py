"""How long Qt-free jobs (import, decode, export) report progress and learn they were cancelled.

A job takes ``progress: ProgressSink | None``; it calls ``progress.report(done, total, message)``
now and then and ``progress.check()`` between units of work, which raises ``Cancelled`` once
the user asked to stop. The Qt layer adapts this to a progress dialog on a worker thread;
the CLI passes ``None`` or a console printer.
"""
from __future__ import annotations

import threading

from qa_desktop.core.errors import Cancelled


class ProgressSink:
    """``lang`` is the language of the person watching: steps named by a catalogue key
    (:func:`report_step`) are worded in it."""

    def __init__(self, callback=None, lang: str = "en"):
        self._callback = callback
        self._cancel = threading.Event()
        self.lang = lang

    def report(self, done: int, total: int, message: str = "") -> None:
        if self._callback is not None:
            self._callback(done, total, message)
        self.check()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


def report(progress: ProgressSink | None, done: int, total: int, message: str = "") -> None:
    if progress is not None:
        progress.report(done, total, message)


def report_step(progress: ProgressSink | None, done: int, total: int, key: str, /, **values) -> None:
    """Report a step whose text is the catalogue entry ``key``, in the watcher's language."""
    if progress is not None:
        from qa_desktop.core import texts

        progress.report(done, total, texts.text(key, progress.lang, **values))
