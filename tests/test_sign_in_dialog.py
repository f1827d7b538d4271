"""Opening a shared database in the app: the sign-in dialog, 'remember me', and settings that grant nothing."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QLabel, QLineEdit

from qa_desktop.core.db import open_database
from qa_desktop.core.db.models import Role
from qa_desktop.core.user_admin import add_user, set_password
from qa_desktop.ui.open_database import open_database_interactively
from qa_desktop.ui.settings import AppSettings


@pytest.fixture
def shared_file(tmp_path):
    path = tmp_path / "team.sqlite3"
    database = open_database(path, shared=True)
    add_user(database, "lead", "李组长")
    database.user_login = "lead"
    add_user(database, "eva", "王评")
    set_password(database, "lead", "lead-secret-1")
    set_password(database, "eva", "eva-secret-1")
    database.dispose()
    return path


def type_into_sign_in(qtbot, steps):
    """Each step fills the open sign-in dialog and presses Enter; what the dialog said is collected."""
    said = []

    def act():
        dialog = QApplication.activeModalWidget()
        if dialog is None or not steps:
            QTimer.singleShot(20, act)
            return
        login, password, remember = steps.pop(0)
        said.append(dialog.findChild(QLabel, "signInProblem").text())
        if login is None:
            dialog.reject()
            return
        dialog.findChild(QLineEdit, "signInLogin").setText(login)
        dialog.findChild(QLineEdit, "signInPassword").setText(password)
        dialog.findChild(QCheckBox, "rememberMe").setChecked(remember)
        qtbot.keyClick(dialog.findChild(QLineEdit, "signInPassword"), Qt.Key.Key_Return)
        if steps:
            QTimer.singleShot(20, act)

    QTimer.singleShot(0, act)
    return said


def test_sign_in_dialog_refuses_a_wrong_password_and_remembers_on_request(qtbot, shared_file, memory_keyring):
    settings = AppSettings()
    settings.user_login = "eva"
    said = type_into_sign_in(qtbot, [("eva", "guess-guess", False), ("eva", "eva-secret-1", True)])
    opened = open_database_interactively(None, str(shared_file), settings, True)
    assert opened is not None
    database, user = opened
    assert user.login == "eva" and user.role == Role.EVALUATOR and database.user_login == "eva"
    assert said[1] == "Unknown user or wrong password."
    database.dispose()
    assert list(memory_keyring.items.values()) == ["eva-secret-1"]
    # next start: the keyring answers, no dialog
    opened = open_database_interactively(None, str(shared_file), settings, True)
    assert opened is not None and opened[1].login == "eva"
    opened[0].dispose()


def test_settings_naming_the_qa_lead_grant_nothing_without_the_password(qtbot, shared_file, memory_keyring):
    settings = AppSettings()
    settings.user_login = "lead"  # someone edits the settings file to act as the QA lead
    type_into_sign_in(qtbot, [("lead", "i-do-not-know", False), (None, None, None)])
    assert open_database_interactively(None, str(shared_file), settings, True) is None
    assert QApplication.activeModalWidget() is None or not isinstance(QApplication.activeModalWidget(), QDialog)


def test_postgresql_asking_for_a_password_opens_the_server_sign_in(qtbot, tmp_path, monkeypatch, memory_keyring):
    """The server refuses a connection without the person's password: the app asks for it, then connects."""
    import qa_desktop.core.db as db_module
    from qa_desktop.core.errors import DatabaseUnreachable

    real_open = db_module.open_database
    local = tmp_path / "stand-in.sqlite3"
    database = real_open(local)
    add_user(database, "eva", "王评")
    database.dispose()
    given = []

    def server(target, *, password=None, **kwargs):
        given.append((target, password))
        if password != "eva-secret-1":
            raise DatabaseUnreachable("password authentication failed", why="password", login="eva",
                                      path="postgresql+psycopg://eva@db.example/qa")
        return real_open(local)

    monkeypatch.setattr("qa_desktop.ui.open_database.open_database", server)
    monkeypatch.setattr(db_module, "open_database", server)

    def answer():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, answer)
            return
        dialog.findChild(QLineEdit, "serverPassword").setText("eva-secret-1")
        qtbot.keyClick(dialog.findChild(QLineEdit, "serverPassword"), Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    opened = open_database_interactively(None, "postgresql://eva@db.example/qa", AppSettings(), None)
    assert opened is not None and opened[1].login == "eva"
    assert given[-1] == ("postgresql://eva@db.example/qa", "eva-secret-1")
    opened[0].dispose()


def test_the_qa_lead_of_a_new_shared_database_chooses_the_first_password(qtbot, tmp_path, memory_keyring):
    from qa_desktop.core.auth.signin import sign_in_required

    def first_run():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, first_run)
            return
        if dialog.objectName() == "firstPassword":
            dialog.findChild(QLineEdit, "newPassword").setText("lead-secret-1")
            dialog.findChild(QLineEdit, "repeatPassword").setText("lead-secret-1")
            qtbot.keyClick(dialog.findChild(QLineEdit, "repeatPassword"), Qt.Key.Key_Return)
            return
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the first-run dialog: just the name
        QTimer.singleShot(20, first_run)

    QTimer.singleShot(0, first_run)
    opened = open_database_interactively(None, str(tmp_path / "new-team.sqlite3"), AppSettings(), True)
    assert opened is not None
    database, user = opened
    assert user.role == Role.QA_LEAD and sign_in_required(database)
    database.dispose()
