"""Crash reports: an exception nobody caught is logged and shown, never lost in a console.

``install_excepthook`` replaces ``sys.excepthook`` (PySide calls it for an exception raised in a slot)
and ``threading.excepthook``. Every such exception is written to the log with its traceback; on the
GUI thread a :class:`CrashDialog` then says what happened, where, and where the log is, with the
details ready to copy into a message to support. The app keeps running: what was saved is safe.
"""
from __future__ import annotations

import datetime as dt
import logging
import platform
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt, QThread, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qa_desktop import __version__, paths
from qa_desktop.core import logs

log = logging.getLogger(__name__)
_showing = False  # one dialog at a time: an error while it is open is only logged


def where(tb: TracebackType | None) -> str:
    """The innermost place in QA Desktop's own code (else the innermost place at all): file:line in function."""
    frames = traceback.extract_tb(tb)
    if not frames:
        return ""
    ours = [f for f in frames if "qa_desktop" in Path(f.filename).parts]
    frame = (ours or frames)[-1]
    parts = Path(frame.filename).parts
    shown = "/".join(parts[parts.index("qa_desktop"):]) if "qa_desktop" in parts else Path(frame.filename).name
    return f"{shown}:{frame.lineno}, {frame.name}()"


def crash_details(exc_type: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    """What support needs, in plain text: version, system, time, the traceback."""
    return "\n".join([
        f"QA Desktop {__version__}",
        f"Python {platform.python_version()}, {platform.system()} {platform.release()} ({platform.machine()})",
        f"Time: {dt.datetime.now().isoformat(timespec='seconds')}",
        f"Log: {logs.log_file() or paths.user_log_dir()}",
        "",
        "".join(traceback.format_exception(exc_type, error, tb)).rstrip(),
    ])


def open_log_folder() -> bool:
    """Show the log folder in the system's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.user_log_dir())))


class CrashDialog(QDialog):
    def __init__(self, exc_type: type[BaseException], error: BaseException, tb: TracebackType | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("QA Desktop: unexpected error"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr(
            "QA Desktop ran into an error it did not expect. What you saved is safe; the last change "
            "may need to be made again. You can keep working."))
        self.intro.setWordWrap(True)
        message = str(error).strip()
        self.summary = QLabel(
            self.tr("What happened: {0}").format(f"{exc_type.__name__}: {message}" if message else exc_type.__name__)
            + "\n" + self.tr("Where: {0}").format(where(tb))
            + "\n" + self.tr("The details are in the log: {0}").format(logs.log_file() or paths.user_log_dir()))
        self.summary.setObjectName("crashSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(crash_details(exc_type, error, tb))
        self.details.setObjectName("crashDetails")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.folder_button = QPushButton(self.tr("Open log folder"))
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        self.folder_button.clicked.connect(open_log_folder)
        buttons.rejected.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        for widget in (self.intro, self.summary, self.details, buttons):
            layout.addWidget(widget)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


def handle_exception(exc_type: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, error, tb)
        return
    log.critical("Unexpected error at %s", where(tb), exc_info=(exc_type, error, tb))
    logs.flush()
    app = QApplication.instance()
    if app is None or _showing or QThread.currentThread() is not app.thread():
        return
    _showing = True
    try:
        CrashDialog(exc_type, error, tb, QApplication.activeWindow()).exec()
    finally:
        _showing = False


def _handle_thread_exception(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    log.critical("Unexpected error in thread %s at %s", getattr(args.thread, "name", "?"), where(args.exc_traceback),
                 exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
    logs.flush()


def install_excepthook() -> None:
    """From now on, uncaught exceptions are logged and (on the GUI thread) shown in a CrashDialog."""
    sys.excepthook = handle_exception
    threading.excepthook = _handle_thread_exception
