"""Logs and crash reports: an exception nobody caught is written to the log file in the user's log
folder and shown in a dialog that says what happened, where, and where the log is."""
from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from qa_desktop.core import logs
from qa_desktop.ui import crash


@pytest.fixture
def ctx(sqlite_db):
    from qa_desktop.core.users import ensure_user
    from qa_desktop.ui.context import AppContext
    from qa_desktop.ui.settings import AppSettings

    return AppContext(sqlite_db, ensure_user(sqlite_db, "tester"), AppSettings())


@pytest.fixture
def log_folder(tmp_path, monkeypatch):
    folder = tmp_path / "logs"
    monkeypatch.setenv("QA_DESKTOP_LOG_DIR", str(folder))
    hooks = sys.excepthook, threading.excepthook
    yield folder
    sys.excepthook, threading.excepthook = hooks
    logs.stop_logging()


def test_the_command_line_logs_to_the_users_log_folder(log_folder, capsys):
    from qa_desktop.cli import main
    from qa_desktop.core.db import open_database

    path = log_folder.parent / "qa.sqlite3"
    assert main(["check", "--db", str(path)]) == 2  # no database there yet: refused, and said so in the log
    open_database(path).dispose()
    assert main(["check", "--db", str(path)]) == 0
    logs.flush()
    text = (log_folder / "qa-desktop.log").read_text(encoding="utf-8")
    assert "QA Desktop" in text and "started" in text
    assert "WARNING qa_desktop.cli [MainThread] qa-desktop check refused" in text
    assert f"Opened database {path} (local)" in text


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_and_shown(qtbot, log_folder):
    log_file = logs.start_logging()
    crash.install_excepthook()
    button = QPushButton("Score")
    qtbot.addWidget(button)

    def broken_slot():
        {}["greeting"]  # a bug: the KeyError reaches Qt's event loop

    button.clicked.connect(broken_slot)
    seen = {}

    def read_and_close_the_dialog():
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, crash.CrashDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, read_and_close_the_dialog)
            return
        dialog = dialogs[0]
        seen["title"] = dialog.windowTitle()
        seen["summary"] = dialog.summary.text()
        seen["details"] = dialog.details.toPlainText()
        dialog.copy_button.click()
        seen["clipboard"] = QApplication.clipboard().text()
        dialog.close_button.click()

    QTimer.singleShot(0, read_and_close_the_dialog)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # returns once the dialog is closed
    assert seen, "no crash dialog was shown"
    assert "KeyError: 'greeting'" in seen["summary"]
    assert "broken_slot" in seen["summary"] and str(log_folder) in seen["summary"]
    assert "Traceback" in seen["details"] and seen["clipboard"] == seen["details"]
    logs.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "CRITICAL qa_desktop.ui.crash" in text and "KeyError: 'greeting'" in text and "broken_slot" in text


def test_an_exception_in_a_worker_thread_is_logged(log_folder):
    log_file = logs.start_logging()
    crash.install_excepthook()

    def work():
        raise ValueError("bad recording header")

    thread = threading.Thread(target=work, name="decoder")
    thread.start()
    thread.join()
    logs.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "thread decoder" in text and "ValueError: bad recording header" in text


def test_unexpected_errors_shown_by_a_page_are_logged(log_folder):
    from qa_desktop.ui.messages import describe_error

    log_file = logs.start_logging()
    try:
        raise ZeroDivisionError("division by zero in a statistic")
    except ZeroDivisionError as error:
        assert "division by zero" in describe_error(error)
    logs.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "Unexpected error shown to the user" in text and "ZeroDivisionError" in text
    assert logging.getLogger("qa_desktop").getEffectiveLevel() == logging.INFO


def test_help_menu_opens_the_log_folder(qtbot, ctx, log_folder, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    from qa_desktop.ui.main_window import MainWindow

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.help_menu.menuAction().trigger()
    assert window.log_folder_action.text() == "Open log folder"
    window.log_folder_action.trigger()
    assert [url.toLocalFile() for url in opened] == [str(log_folder)]
