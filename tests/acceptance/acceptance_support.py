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
        self._earlier_windows: list[QMainWindow] = []  # held, so no new window can reuse an old one's id
        self._fallback = QTimer()
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(lambda: QApplication.instance().exit(0))

    def _main_window(self) -> QMainWindow | None:
        for window in _main_windows():
            if not any(window is earlier for earlier in self._earlier_windows) and window.isVisible():
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
        self._earlier_windows = _main_windows()
        try:
            self.exit_code = main(self.argv)
        finally:
            watchdog.stop()
            self._fallback.stop()
            for window in _main_windows():
                if not any(window is earlier for earlier in self._earlier_windows):
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


# -- what a person does, as helpers --------------------------------------------------------------
def wait_until(condition, timeout_s: float = 30, what: str = "") -> None:
    """Let the event loop run until ``condition()`` holds (a database query, a file, a dialog)."""
    import time

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting after {timeout_s:.0f} s: {what or condition}")
        QTest.qWait(50)


def focus() -> object:
    return QApplication.focusWidget() or QApplication.activeWindow()


def press(key, modifier=Qt.KeyboardModifier.NoModifier, target=None) -> None:
    """A key press on whatever has the keyboard focus, as a keyboard sends it."""
    QTest.keyClick(target or focus(), key, modifier)
    QTest.qWait(10)


def type_text(text: str, target=None) -> None:
    """Typing; a Chinese character arrives as an input method commits it: a key event carrying the text."""
    from PySide6.QtGui import QKeyEvent

    for char in text:
        widget = target or focus()
        if char.isascii():
            QTest.keyClicks(widget, char)
            continue
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def click(widget) -> None:
    assert widget.isEnabled() and widget.isVisible(), f"{widget.objectName()} cannot be clicked"
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
    QTest.qWait(10)


def find(window, cls, name: str):
    """A widget by its objectName: tests survive layout changes."""
    found = window.findChild(cls, name)
    assert found is not None, f"no {cls.__name__} named {name!r}"
    return found


def go_to_page(window, number: int):
    """Ctrl+number, the navigation shortcut; returns the page shown."""
    if not window.isActiveWindow():  # a person clicks the window first
        window.activateWindow()
        QTest.qWaitForWindowActive(window, 5000)
    QTest.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
    wait_until(lambda: window.stack.currentIndex() == number - 1, 10,
               f"page {number} (modal: {QApplication.activeModalWidget()!r}, focus: {focus()!r})")
    return window.stack.currentWidget()


def choose_menu_item(window, menu_name: str, action_name: str) -> None:
    """Alt+letter opens the menu, arrow keys move to the item, Enter triggers it."""
    from PySide6.QtWidgets import QMenu

    menu = find(window, QMenu, menu_name)
    title = menu.title()
    letter = title[title.index("&") + 1]
    QTest.keyClick(window, Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)
    wait_until(menu.isVisible, 5, "the menu opens")
    target = next(a for a in menu.actions() if a.objectName() == action_name)
    for _ in range(len(menu.actions()) + 1):
        if menu.activeAction() is target:
            break
        QTest.keyClick(menu, Qt.Key.Key_Down)
    assert menu.activeAction() is target
    QTest.keyClick(menu, Qt.Key.Key_Return)


def when_dialog_opens(answer, cls=QDialog) -> None:
    """Answer the next modal dialog of ``cls`` (a file dialog, a confirmation) once it is up."""

    def poll():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, cls) and dialog.isVisible():
            answer(dialog)
        else:
            QTimer.singleShot(POLL_MS, poll)

    QTimer.singleShot(POLL_MS, poll)


def type_file_name(path) -> callable:
    """For Qt's own file dialog: type the path into its file name field and press Enter."""
    from PySide6.QtWidgets import QLineEdit

    def answer(dialog):
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        # An Open dialog still reading its folder in the background clears the name when it is done,
        # and the first Enter may only close the completer's list of names: look, type it again if it
        # is gone, Enter again, as a person would.
        for _ in range(40):
            if not dialog.isVisible():
                break
            if not dialog.isActiveWindow():  # offscreen, a new dialog is not always made active
                dialog.activateWindow()
                QTest.qWaitForWindowActive(dialog, 1000)
            if name.text() != str(path):
                name.setFocus()
                name.selectAll()
                QTest.keyClicks(name, str(path))
            popup = name.completer().popup() if name.completer() else None
            QTest.keyClick(popup if popup is not None and popup.isVisible() else name, Qt.Key.Key_Return)
            QTest.qWait(100)

    return answer


def background_idle() -> bool:
    from PySide6.QtCore import QThreadPool

    from qa_desktop.ui import tasks

    return not tasks._running and QThreadPool.globalInstance().activeThreadCount() == 0
