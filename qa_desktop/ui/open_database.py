"""Opening a database from the GUI: the first-run "who are you" dialog and signing in.

Used at start-up (ui/app.py), by File → Open database (the main window) and by the Settings page.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from qa_desktop.core.db import Database, open_database
from qa_desktop.core.db.database import current_os_login
from qa_desktop.core.errors import QADesktopError
from qa_desktop.core.users import CurrentUser, find_user, join
from qa_desktop.ui.messages import describe_error
from qa_desktop.ui.settings import AppSettings


class FirstRunDialog(QDialog):
    """Who is using the app: asked once per database, defaulting to the OS login.

    It asks for a name only: a role is given, never taken (core.users.join decides it).
    """

    def __init__(self, login: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("Welcome to QA Desktop"))
        form = QFormLayout(self)
        intro = QLabel(self.tr("Tell QA Desktop who you are. Your evaluations are saved under this name.")
                       + "\n" + self.tr("The first person on a new database becomes its QA lead and gives "
                                        "everyone else their role; others start as evaluators."))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.login = QLineEdit(login)
        self.login.setObjectName("firstRunLogin")
        self.login.setReadOnly(True)
        self.login.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.display_name = QLineEdit(login)
        self.display_name.setObjectName("firstRunDisplayName")
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Display name"), self.display_name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.display_name.setFocus()
        self.display_name.selectAll()
        self.setMinimumWidth(460)


def resolve_user(parent, database: Database, settings: AppSettings, login: str | None = None,
                 ask: bool = True) -> CurrentUser | None:
    login = login or settings.user_login or current_os_login()
    from qa_desktop.core.auth.signin import sign_in_required

    if sign_in_required(database):  # a shared file or PostgreSQL: who you are is proven, not chosen
        from qa_desktop.ui.people.sign_in import sign_in_interactively

        user = sign_in_interactively(parent, database, login, ask=ask)
        if user is not None:
            settings.user_login = user.login
        return user
    user = find_user(database, login)
    if user is not None:
        return user
    if not ask:
        return join(database, login)
    dialog = FirstRunDialog(login, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    user = join(database, login, dialog.display_name.text().strip() or login)
    settings.user_login = login
    if database.shared:  # the administrator of a new shared database chooses the first password
        from qa_desktop.ui.people.sign_in import offer_first_password

        offer_first_password(parent, database, user)
    return user


def open_database_interactively(parent, target, settings: AppSettings, shared: bool | None,
                                login: str | None = None, ask_user: bool = True):
    """Open ``target``; on failure explain why in the user's language. Returns (db, user) or None."""
    try:
        database = open_database(target or None, shared=shared)
        user = None
    except QADesktopError as error:
        if error.params.get("why") == "password" and ask_user:  # PostgreSQL: each person connects as themselves
            from qa_desktop.ui.people.sign_in import connect_with_password

            opened = connect_with_password(parent, target, error.params.get("login", ""))
            if opened is None:
                return None
            database, user = opened
        else:
            QMessageBox.critical(parent, QCoreApplication.translate("App", "Cannot open the database"),
                                 describe_error(error))
            return None
    if user is None:
        user = resolve_user(parent, database, settings, login, ask=ask_user)
    else:
        settings.user_login = user.login
    if user is None:
        database.dispose()
        return None
    database.user_login = user.login
    return database, user
