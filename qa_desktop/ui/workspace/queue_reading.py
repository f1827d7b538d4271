"""The workspace's work queue: read on the page's database worker, never in the GUI thread.

A 500-agent month's queue took a third of a second to read and a locked shared file can keep a
reader waiting for long, so the queue (after a submit, on a colleague's change, on Refresh) and the
library search are read on the page's :class:`~qa_desktop.ui.database_worker.DatabaseWorker`. It runs
in order after the saves and submits sent before it, and leaving the database waits for it, so no
read runs on a closed database. What waits for the queue (the next call selected after a submit,
Ctrl+N pressed before the first read ended) runs once it is shown.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from qa_desktop.core import work_queue
from qa_desktop.ui.messages import describe_error


def _load_queue(database, evaluator_id: int):
    """The queue and the change token it matches (read before the queue, so a change in between
    is caught by the next poll rather than missed)."""
    token = work_queue.change_token(database, evaluator_id)
    return work_queue.evaluator_queue(database, evaluator_id), token


class QueueReading:
    """The queue's part of :class:`~qa_desktop.ui.workspace.page.WorkspacePage` (a mixin: it uses the
    page's ``worker``, ``queue`` panel, ``db``, ``user``, ``call`` and ``ctx``)."""

    def refresh_queue(self, then=None) -> None:
        """Reload the queue on the page's database worker, never in the GUI thread (a 500-agent month's
        queue took a third of a second to read, and a locked shared file can keep a reader waiting for
        long). ``then()`` runs in the GUI thread once the queue is shown. The worker runs in order after
        the saves and submits sent before, and leaving the database waits for it (``release_database``),
        so no read runs on a closed database."""
        if self._released:
            return
        if then is not None:
            self._after_queue.append(then)
        if self._queue_loading:
            self._queue_again = True  # read once more when this read ends: it may predate the change
            return
        self._queue_loading = True
        self.queue.set_loading(True)
        self.worker.run(_load_queue, self.db, self.user.id, done=self._queue_read)

    def _queue_read(self, loaded, error) -> None:
        self._queue_loading = False
        if self._released:
            return
        if error is not None:
            self.ctx.statusMessage.emit(describe_error(error))
        else:
            self._queue_loaded(loaded)
        if self._queue_again:
            self._queue_again = False
            self.refresh_queue()
            return
        self.queue.set_loading(False)
        waiting, self._after_queue = self._after_queue, []
        for then in waiting:
            then()

    @property
    def queue_loading(self) -> bool:
        """The queue is being read (tests wait for it to end)."""
        return self._queue_loading

    def _queue_loaded(self, loaded) -> None:
        rows, self._token = loaded
        if not self.queue.library_mode:
            self.queue.set_rows(rows)
        self._queue_rows = rows
        if self.call is not None:
            self.queue.model.set_current(self.call.id)  # marked; the selection stays where the evaluator left it
            self._show_others()

    def poll_changes(self) -> None:
        """Reload when someone (here or on another machine) changed the queue's data.

        Asked on the worker (a locked share keeps the asker waiting), and not while a save is
        already waiting for the database."""
        if self._released or self.saver.waiting_for_database():
            return
        self.worker.run(work_queue.change_token, self.db, self.user.id, done=self._polled)

    def _polled(self, token, error) -> None:
        if error is None and not self._released and token != self._token:
            self.refresh_queue()

    def search_library(self, text: str) -> None:
        """Enter in the search box: the whole library by agent ID or name, read on the worker."""
        self.queue.set_loading(True)
        self.worker.run(work_queue.search_library, self.db, text, self.user.id,
                        done=lambda rows, error: self._library_found(text, rows, error))

    def _library_found(self, text: str, rows, error) -> None:
        self.queue.set_loading(self._queue_loading)
        if self._released:
            return
        if error is not None:
            self.ctx.statusMessage.emit(describe_error(error))
            return
        self.queue.search.blockSignals(True)
        self.queue.search.clear()
        self.queue.proxy.set_text("")
        self.queue.search.blockSignals(False)
        self.queue.set_rows(rows, library=True, query=text)
        self.queue.table.setFocus()
        if rows:
            self.queue.table.setCurrentIndex(self.queue.proxy.index(0, 0))

    def show_queue(self) -> None:
        self.queue.library_mode = False
        self.refresh_queue()
        self.queue.set_rows(getattr(self, "_queue_rows", []))

    def _select_first_row(self) -> None:
        if self.call is None and self.queue.proxy.rowCount() and not self.queue.table.currentIndex().isValid():
            self.queue.table.setCurrentIndex(self.queue.proxy.index(0, 0))
        if self.call is None and self.panel.definition is None:
            self._warm_up()  # the queue was not read yet when the page was shown

    def open_next_call(self) -> None:
        rows = getattr(self, "_queue_rows", [])
        row = work_queue.next_call(rows, self.call.id if self.call else None)
        if row is None and self._queue_loading and not rows:  # pressed before the queue was read: once it is
            self.refresh_queue(then=self._open_next_when_read)
            return
        if row is None:
            self.ctx.statusMessage.emit(QCoreApplication.translate("WorkspacePage",
                                                                   "Nothing left to score in your queue."))
            return
        self.open_call(row.call_id)

    def _open_next_when_read(self) -> None:
        if self.call is None:
            self.open_next_call()

    def _submitted(self, session) -> None:
        call_id = session.store.call_id
        self.refresh_queue(then=lambda: self._select_after(call_id))

    def _select_after(self, call_id: int) -> None:
        """Once the queue is read again after a submit: the next call to do is selected, so Enter or
        Ctrl+N goes on from here."""
        following = work_queue.next_call(self._queue_rows, call_id)
        if following is not None and not self.queue.library_mode:
            self.queue.select_call(following.call_id)
