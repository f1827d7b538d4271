"""Acceptance tests start the app the way a person does and drive it with keys and clicks.

``launch_app(argv, first_run=..., script=...)`` calls the real entry point,
``qa_desktop.cli.main(argv)`` (what ``qa-desktop --db new.sqlite3`` runs), which blocks in the
first-run dialog and then in the application's event loop. Timers started before the call drive
it from inside: ``first_run(dialog)`` answers the first-run dialog with key presses, then
``script(window)`` does a person's work on the main window and finally quits through the File
menu's shortcut, so ``main`` returns. A failure inside the script is re-raised after ``main``
returns; a watchdog ends a stuck run instead of hanging the suite.

Tests end by reading the database with SQLAlchemy and the files written, never the widgets.
"""
from __future__ import annotations

import sys
import traceback
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow
from sqlalchemy import create_engine, text

POLL_MS = 20


def press_enter(dialog: QDialog) -> None:
    """Confirm a dialog as a person does: Enter on whatever has the keyboard focus."""
    QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)


def _main_windows() -> list[QMainWindow]:
    return [widget for widget in QApplication.topLevelWidgets()
            if isinstance(widget, QMainWindow) and widget.objectName() == "MainWindow"]


class AppRun:
    """One run of the real entry point; see the module docstring."""

    def __init__(self, argv, first_run=press_enter, script=None, timeout_s: float = 600):
        self.argv = list(argv)
        self.first_run = first_run
        self.script = script
        self.timeout_s = timeout_s
        self.failure: BaseException | None = None
        self.saw_first_run = False
        self.exit_code: int | None = None
        self.quit_by_shortcut = False
        self._earlier_windows: set[int] = set()
        self._fallback = QTimer()
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(lambda: QApplication.instance().exit(0))

    def _main_window(self) -> QMainWindow | None:
        for window in _main_windows():
            if id(window) not in self._earlier_windows and window.isVisible():
                return window
        return None

    def _fail(self, error: BaseException) -> None:
        if self.failure is None:
            self.failure = error
            traceback.print_exception(error, file=sys.stderr)

    def _answer_first_run(self) -> None:
        if self.first_run is None or self._main_window() is not None:
            return
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(POLL_MS, self._answer_first_run)
            return
        self.saw_first_run = True
        try:
            if not QTest.qWaitForWindowActive(dialog, 5000):
                raise AssertionError("the first-run dialog never got the keyboard focus")
            self.first_run(dialog)
        except BaseException as error:  # noqa: BLE001 - re-raised by run()
            self._fail(error)
            dialog.reject()

    def _run_script(self) -> None:
        window = self._main_window()
        if window is None or QApplication.activeModalWidget() is not None:
            QTimer.singleShot(POLL_MS, self._run_script)
            return
        try:
            if not QTest.qWaitForWindowActive(window, 5000):
                raise AssertionError("the main window never got the keyboard focus")
            if self.script is not None:
                self.script(window)
        except BaseException as error:  # noqa: BLE001 - re-raised by run()
            self._fail(error)
        finally:
            self._quit(window)

    def _quit(self, window: QMainWindow) -> None:
        for widget in QApplication.topLevelWidgets():  # a dialog left open by a failed script
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        window.activateWindow()
        QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # File → Quit
        self.quit_by_shortcut = not window.isVisible()
        window.close()
        # Qt quits when the last window closes; a window of another test must not keep it running.
        self._fallback.start(2000)

    def _watchdog(self) -> None:
        self._fail(TimeoutError(f"the app was still running after {self.timeout_s:.0f} s"))
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        QApplication.instance().exit(1)

    def run(self) -> int:
        from qa_desktop.cli import main

        QTimer.singleShot(0, self._answer_first_run)
        QTimer.singleShot(0, self._run_script)
        watchdog = QTimer()
        watchdog.setSingleShot(True)
        watchdog.timeout.connect(self._watchdog)
        watchdog.start(int(self.timeout_s * 1000))
        self._earlier_windows = {id(window) for window in _main_windows()}
        try:
            self.exit_code = main(self.argv)
        finally:
            watchdog.stop()
            self._fallback.stop()
            for window in _main_windows():
                if id(window) not in self._earlier_windows:
                    window.close()
                    window.deleteLater()
        if self.failure is not None:
            raise self.failure
        return self.exit_code



def query(database: Path, sql: str, **params) -> list[tuple]:
    """Rows from the database file the app wrote, read with plain SQLAlchemy."""
    engine = create_engine(f"sqlite:///{database}")
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(sql), params)]
    finally:
        engine.dispose()
