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
    def __init__(self, callback=None):
        self._callback = callback
        self._cancel = threading.Event()

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
