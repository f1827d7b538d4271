"""One background thread per page for talking to a database that may keep it waiting.

A shared SQLite file on a network drive can be locked by a colleague for minutes, and SQLite
then blocks the caller until its busy timeout ends. Whatever may wait like that runs here, one
call after another (a draft's saves must reach the database in the order they were made), and
its result comes back to the GUI thread through a queued signal, so the window never freezes:

    worker.run(evaluations_job, session, job, done=self._saved)   # done(result, error) in the GUI thread
"""
from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal


@dataclass(eq=False)
class Ticket:
    """One call waiting for, or running on, the worker."""

    function: Callable[..., Any]
    args: tuple
    done: Callable[[Any, BaseException | None], None] | None
    queued_at: float = field(default_factory=time.monotonic)
    started_at: float | None = None
    result: Any = None
    error: BaseException | None = None
    finished: threading.Event = field(default_factory=threading.Event)


class DatabaseWorker(QObject):
    """A serial background thread; see the module docstring."""

    _ended = Signal(object)  # a Ticket, delivered in the thread this object lives in

    def __init__(self, parent=None, name: str = "qa-database"):
        super().__init__(parent)
        self._queue: queue.Queue[Ticket | None] = queue.Queue()
        self._tickets: list[Ticket] = []  # not yet delivered
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._name = name
        self._ended.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def run(self, function: Callable[..., Any], *args,
            done: Callable[[Any, BaseException | None], None] | None = None) -> Ticket:
        ticket = Ticket(function, args, done)
        with self._lock:
            self._tickets.append(ticket)
            if self._thread is None or not self._thread.is_alive():
                # a daemon: an app that quits while the share is locked is not held open by it
                # (what it was saving is in the local journal and replayed at the next start)
                self._thread = threading.Thread(target=self._loop, name=self._name, daemon=True)
                self._thread.start()
        self._queue.put(ticket)
        return ticket

    def busy_since(self) -> float | None:
        """When the call now running started (monotonic), or None when idle."""
        with self._lock:
            running = [t.started_at for t in self._tickets if t.started_at is not None and not t.finished.is_set()]
        return min(running) if running else None

    def pending(self) -> int:
        """Calls sent whose answer has not reached the GUI thread yet (an answer may send another call:
        the queue read again after a flag is written)."""
        with self._lock:
            return len(self._tickets)

    def wait_idle(self, timeout: float) -> bool:
        """Block until every queued call has ended, at most ``timeout`` s; True when they all did."""
        deadline = time.monotonic() + timeout
        with self._lock:
            tickets = list(self._tickets)
        for ticket in tickets:
            if not ticket.finished.wait(max(0.0, deadline - time.monotonic())):
                return False
        return True

    def _loop(self) -> None:
        while True:
            ticket = self._queue.get()
            if ticket is None:
                return
            ticket.started_at = time.monotonic()
            try:
                ticket.result = ticket.function(*ticket.args)
            except BaseException as error:  # handed to the GUI thread, never lost in this one
                ticket.error = error
            ticket.finished.set()
            try:
                self._ended.emit(ticket)
            except RuntimeError:  # the page that asked is gone (its window closed meanwhile)
                return

    def _deliver(self, ticket: Ticket) -> None:
        with self._lock:
            if ticket in self._tickets:
                self._tickets.remove(ticket)
        if ticket.done is not None:
            ticket.done(ticket.result, ticket.error)
