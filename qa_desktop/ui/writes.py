"""A page's writes off the GUI thread: one at a time, its acting buttons closed while it runs.

    self.write = PageWrite(self, changed=self._gate)
    self.write.start(review.confirm, db, evaluation_id, reason, done=self._confirmed, failed=self._refused)

A shared SQLite file on a network drive keeps a writer waiting up to its busy timeout (and the retries
after it) while a colleague saves; on the GUI thread the window froze meanwhile. Here the core function
runs on the thread pool (``ui.tasks.run_in_background``), as the pages' reads do. While it runs,
``running`` is True and ``start`` refuses another write (a double click or Enter pressed twice records
one dispute, not two); ``changed()`` is called as it starts and as it ends, so the page closes its
buttons and opens them again. ``done(result)`` or ``failed(error)`` then runs in the GUI thread, unless
the page closed meanwhile (its widgets are gone; what was written stays written).

The job gets plain values only: whatever the person typed or chose is read from the widgets before
``start``, in the GUI thread, and the widgets keep it until the write has landed (a refusal loses nothing).
"""
from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject
from shiboken6 import isValid

from qa_desktop.ui.tasks import BackgroundTask, run_in_background


class PageWrite:
    """The one write a page (or a dialog) may have under way; see the module docstring."""

    def __init__(self, owner: QObject, changed: Callable[[], None] | None = None):
        self.owner = owner
        self.task: BackgroundTask | None = None
        self._changed = changed

    @property
    def running(self) -> bool:
        return self.task is not None

    def start(self, job: Callable[..., Any], *args, done: Callable[[Any], None],
              failed: Callable[[BaseException], None], **kwargs) -> bool:
        """``job(*args, **kwargs)`` on the thread pool; False (and nothing started) while a write runs."""
        if self.task is not None:
            return False
        # bound here: the job's own keywords (a session's ``title``) are not run_in_background's
        task = run_in_background(None, partial(job, *args, **kwargs), pass_progress=False)
        self.task = task

        def over() -> bool:
            """The write has ended for the page (if the page is still there to be told)."""
            if not isValid(self.owner) or task is not self.task:
                return False
            self.task = None
            self._tell()
            return True

        # the buttons open before done() runs: it may start the next thing at once (a read, another write)
        task.succeeded.connect(lambda result: done(result) if over() else None)
        task.failed.connect(lambda error: failed(error) if over() else None)
        task.finished.connect(over)  # neither came (cancelled): the page is not left busy for ever
        self._tell()
        return True

    def _tell(self) -> None:
        if self._changed is not None:
            self._changed()
