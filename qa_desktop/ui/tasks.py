"""Running Qt-free long jobs off the GUI thread, with progress and cancel.

    task = run_in_background(parent, import_folder, db, folder, title=self.tr("Import"))
    task.succeeded.connect(...); task.failed.connect(...)

The job is called with ``progress=ProgressSink`` as a keyword argument; its reports arrive
in the GUI thread through queued signals and drive an optional progress dialog whose Cancel
button sets the sink's cancel flag (the job stops at its next ``progress.check()``).
"""
from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from qa_desktop.core.errors import Cancelled
from qa_desktop.core.progress import ProgressSink

_running: set[BackgroundTask] = set()


class BackgroundTask(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()
    finished = Signal()

    def __init__(self, job: Callable[..., Any], *args, pass_progress: bool = True, **kwargs):
        super().__init__()
        from qa_desktop.ui.i18n import current_language

        self.sink = ProgressSink(lambda done, total, message: self.progressed.emit(done, total, message),
                                 lang=current_language())
        self._job, self._args, self._kwargs = job, args, kwargs
        self._pass_progress = pass_progress
        self.result: Any = None
        self.error: BaseException | None = None

    def cancel(self) -> None:
        self.sink.cancel()

    def _run(self) -> None:
        try:
            kwargs = dict(self._kwargs)
            if self._pass_progress:
                kwargs["progress"] = self.sink
            self.result = self._job(*self._args, **kwargs)
        except Cancelled:
            self._emit(self.cancelled)
        except BaseException as error:  # reported to the GUI, never lost in the thread
            error.traceback_text = traceback.format_exc()
            self.error = error
            self._emit(self.failed, error)
        else:
            self._emit(self.succeeded, self.result)
        finally:
            self._emit(self.finished)

    @staticmethod
    def _emit(signal, *values) -> None:
        # The page that started the job may have closed meanwhile (a window closed while a read ran):
        # nobody is left to tell, which is not an error of the job.
        try:
            signal.emit(*values)
        except RuntimeError as error:
            if "deleted" not in str(error):
                raise


class _Runnable(QRunnable):
    def __init__(self, task: BackgroundTask):
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task._run()


def run_in_background(parent: QWidget | None, job: Callable[..., Any], *args, title: str | None = None,
                      label: str = "", pass_progress: bool = True, **kwargs) -> BackgroundTask:
    """Start ``job(*args, progress=sink, **kwargs)`` on the thread pool; show a dialog if ``title``."""
    task = BackgroundTask(job, *args, pass_progress=pass_progress, **kwargs)
    _running.add(task)
    task.finished.connect(lambda: _running.discard(task), Qt.ConnectionType.QueuedConnection)
    if title is not None:
        dialog = QProgressDialog(label, QCoreApplication.translate("BackgroundTask", "Cancel"), 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(task.cancel)

        def on_progress(done: int, total: int, message: str) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total > 0 else 0)
            if message:
                dialog.setLabelText(message)

        task.progressed.connect(on_progress)
        task.finished.connect(dialog.close)
        task.finished.connect(dialog.deleteLater)
        task.dialog = dialog
    # Started from the event loop, not here: the caller connects to the task's signals after this
    # returns, and a job that ends at once would otherwise report to nobody.
    QTimer.singleShot(0, lambda: QThreadPool.globalInstance().start(_Runnable(task)))
    return task


def read_for(owner: QObject, job: Callable[..., Any], *args, done: Callable[[Any], None],
             failed: Callable[[BaseException], None] | None = None, ended: Callable[[], None] | None = None,
             key: str = "", **kwargs) -> BackgroundTask:
    """A page's database read off the GUI thread. ``done(result)`` or ``failed(error)``, then ``ended()``,
    run in the GUI thread only if this is still the owner's newest read of that ``key`` (an older read
    ending late must not overwrite a newer one) and the owner still exists (a page closed while its read
    ran is left alone)."""
    from shiboken6 import isValid

    task = run_in_background(None, job, *args, pass_progress=False, **kwargs)
    newest = getattr(owner, "_newest_reads", None)
    if newest is None:
        newest = {}
        owner._newest_reads = newest
    newest[key] = task

    def current() -> bool:
        return isValid(owner) and newest.get(key) is task

    task.succeeded.connect(lambda result: done(result) if current() else None)
    if failed is not None:
        task.failed.connect(lambda error: failed(error) if current() else None)
    if ended is not None:
        task.finished.connect(lambda: ended() if current() else None)
    return task


def reading(owner: QObject, key: str = "") -> bool:
    """Whether the owner's newest read of ``key`` (see :func:`read_for`) is still running."""
    task = getattr(owner, "_newest_reads", {}).get(key)
    return task is not None and task in _running
