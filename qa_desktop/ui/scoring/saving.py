"""Saving an evaluation session without freezing the window.

A save, submit or amendment is a snapshot taken in the GUI thread (:meth:`EvaluationSession.prepare`),
sent to the database on the page's :class:`DatabaseWorker`, and taken back in the GUI thread
(:meth:`EvaluationSession.finish`). Meanwhile the draft is already safe in the local journal.
When the database keeps a save waiting (a colleague's machine holding the shared file's lock),
:attr:`DraftSaver.waiting` reports for how long, once a second; when it gives up
(``DatabaseLocked``, an unreachable share) the session stays dirty and its save is retried
every few seconds, until it lands.

One session has at most one job in flight: the next one is prepared when it comes back, so it
carries the row version the database has just given (two snapshots in a row would conflict).
"""
from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal

from qa_desktop.core.errors import ConflictError, QADesktopError
from qa_desktop.core.evaluation_session import AMEND, SAVE, SUBMIT, EvaluationSession, database_unavailable
from qa_desktop.ui.database_worker import DatabaseWorker

WAITING_AFTER_S = 1.0   # a save that takes longer than this is announced
RETRY_MS = 3000         # how often a save the database refused for being busy is tried again


class DraftSaver(QObject):
    waiting = Signal(object, int)         # session, seconds its job has waited so far
    finished = Signal(object, str)        # session, action: stored
    conflict = Signal(object, str)        # session, action: saved elsewhere meanwhile
    failed = Signal(object, str, object)  # session, action, error: refused (invalid, permissions…)
    unavailable = Signal(object, object)  # session, error: the database did not answer; retried

    def __init__(self, worker: DatabaseWorker, parent=None):
        super().__init__(parent)
        self.worker = worker
        self._flight: dict[EvaluationSession, tuple[str, float]] = {}
        self._next: dict[EvaluationSession, tuple[str, str]] = {}
        self._retry: set[EvaluationSession] = set()
        self.clock = QTimer(self)
        self.clock.setInterval(1000)
        self.clock.timeout.connect(self._tick)
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.setInterval(RETRY_MS)
        self.retry_timer.timeout.connect(self._retry_all)

    def request(self, session: EvaluationSession | None, action: str = SAVE, reason: str = "") -> bool:
        """Send ``action`` for ``session``; False when there is nothing to send."""
        if session is None:
            return False
        if session in self._flight:
            current = self._next.get(session, (SAVE, ""))[0]
            if action != SAVE or current == SAVE:  # a submit or amendment outranks a save
                self._next[session] = (action, reason)
            return True
        job = session.prepare(action, reason=reason)
        if job is None:
            return False
        self._retry.discard(session)
        self._flight[session] = (action, time.monotonic())
        self.worker.run(session.run, job, done=lambda outcome, error: self._done(session, job, outcome, error))
        self.clock.start()
        return True

    def busy(self, session: EvaluationSession | None = None) -> bool:
        return bool(self._flight) if session is None else session in self._flight

    def waiting_for_database(self) -> bool:
        """A save is waiting, or was refused for a busy database and will be retried."""
        return bool(self._retry) or any(time.monotonic() - started >= WAITING_AFTER_S
                                        for _a, started in self._flight.values())

    def held_up(self) -> bool:
        """A job has been waiting for the database for a while now (a lock is held on it)."""
        return any(time.monotonic() - started >= WAITING_AFTER_S for _a, started in self._flight.values())

    def forget(self) -> None:
        """Stop retrying (the page lets go of its database; the journal keeps what is unsaved)."""
        self._retry.clear()
        self._next.clear()
        self.retry_timer.stop()

    def _tick(self) -> None:
        if not self._flight:
            self.clock.stop()
            return
        now = time.monotonic()
        for session, (_action, started) in list(self._flight.items()):
            if now - started >= WAITING_AFTER_S:
                self.waiting.emit(session, int(now - started))

    def _done(self, session: EvaluationSession, job, outcome, crash) -> None:
        action = self._flight.pop(session, (job.action, 0.0))[0]
        if crash is not None:  # a bug, not a database answer: shown, and the draft stays journalled
            self.failed.emit(session, action, crash)
            return
        try:
            session.finish(job, outcome)
        except ConflictError:
            self._next.pop(session, None)
            self.conflict.emit(session, action)
            return
        except QADesktopError as error:
            if database_unavailable(error):
                self._retry.add(session)
                self.retry_timer.start()
                self.unavailable.emit(session, error)
            else:
                self._next.pop(session, None)
                self.failed.emit(session, action, error)
            return
        self.finished.emit(session, action)
        follow = self._next.pop(session, None)
        if follow is not None:
            self.request(session, *follow)
        elif session.dirty and not session.amending:
            self.request(session, SAVE)  # typed while this save was under way

    def _retry_all(self) -> None:
        for session in list(self._retry):
            if not session.dirty:
                self._retry.discard(session)
            elif session not in self._flight:
                self.request(session, SAVE)


__all__ = ["AMEND", "SAVE", "SUBMIT", "DraftSaver"]
