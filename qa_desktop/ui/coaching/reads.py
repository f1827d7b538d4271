"""The Coaching page's database reads and writes, off the GUI thread.

A year's coaching log, a 500-agent month's recordings or error rates took seconds to read; on the
GUI thread the window froze meanwhile. Each kind of read here is a :class:`LatestRead`: it runs
through ``ui.tasks.run_in_background``, only the newest one's answer is shown (a month typed while
the previous one was read must not be overwritten by it), and an answer that arrives after the page
closed is dropped (its widgets are gone). The page shows "Loading…" while any of them runs.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from shiboken6 import isValid

from qa_desktop.ui.tasks import BackgroundTask, run_in_background


class LatestRead:
    """One kind of read of a widget (the log, the month's recordings, a session's effect …)."""

    def __init__(self, owner, busy: Callable[[int], None] | None = None):
        self.owner = owner
        self.task: BackgroundTask | None = None
        self._busy = busy  # told +1 when a read starts and -1 when it ends

    @property
    def running(self) -> bool:
        return self.task is not None

    def start(self, job: Callable[..., Any], *args, done: Callable[[Any], None],
              failed: Callable[[BaseException], None]) -> BackgroundTask:
        """``job(*args)`` in the background; ``done(result)`` or ``failed(error)`` in the GUI thread if
        this is still the newest read and its widget is still there."""
        task = run_in_background(None, job, *args, pass_progress=False)
        self.task = task
        if self._busy is not None:
            self._busy(+1)

        def current() -> bool:
            return isValid(self.owner) and task is self.task

        # the read is over for the page once its answer is shown, not when the pool's ``finished`` comes
        # after it: a save pressed in between (Enter right after the plan appeared) was refused as busy
        def succeeded(result) -> None:
            if current():
                self.task = None
                done(result)

        def refused(error) -> None:
            if current():
                self.task = None
                failed(error)

        def finished() -> None:
            if not isValid(self.owner):
                return
            if task is self.task:
                self.task = None
            if self._busy is not None:
                self._busy(-1)

        task.succeeded.connect(succeeded)
        task.failed.connect(refused)
        task.finished.connect(finished)
        return task
