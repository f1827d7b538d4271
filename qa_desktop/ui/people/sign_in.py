"""The sign-in dialog of a shared database: login, password, "remember me on this computer".

The checks (password hash, slow-down after failures) are the core's (core.auth.signin); this dialog
only asks, says why a try failed, and keeps the password in the OS keyring when asked to.
"""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QLineEdit, QWidget

from qa_desktop.core.auth import signin
from qa_desktop.core.users import CurrentUser
from qa_desktop.ui.people.common import FormDialog, error_text


class SignInDialog(FormDialog):
    def __init__(self, database, login: str, parent: QWidget | None = None):
        super().__init__(self.tr("Sign in"), parent,
                         self.tr("{0} is shared: sign in with your password.").format(database.display_name))
        self.database = database
        self.login = QLineEdit(login)
        self.login.setObjectName("signInLogin")
        self.password = QLineEdit()
        self.password.setObjectName("signInPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember me on this computer"))
        self.remember.setObjectName("rememberMe")
        self.problem = QLabel()
        self.problem.setObjectName("signInProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        self.form.addRow(self.tr("Login"), self.login)
        self.form.addRow(self.tr("Password"), self.password)
        self.form.addRow("", self.remember)
        self.form.addRow(self.problem)
        self.finish()
        self.password.setFocus()
        self.user: CurrentUser | None = None

    def accept(self) -> None:
        login, password = self.login.text().strip(), self.password.text()
        try:
            self.user = signin.sign_in(self.database, login, password)
        except Exception as error:  # noqa: BLE001 - a wrong password is said, the dialog stays open
            self.problem.setText(error_text(error))
            self.password.clear()
            self.password.setFocus()
            return
        if self.remember.isChecked():
            signin.remember_password(self.database, login, password)
        super().accept()


def sign_in_interactively(parent, database, login: str, *, ask: bool = True) -> CurrentUser | None:
    """The signed-in user of a shared database (the keyring first, then the dialog); None if cancelled."""
    remembered = signin.remembered_password(database, login)
    if remembered is not None:
        try:
            return signin.sign_in(database, login, remembered)
        except signin.SignInFailed:
            signin.forget_password(database, login)  # changed since: ask again
    if not ask:
        return None
    dialog = SignInDialog(database, login, parent)
    return dialog.user if dialog.exec() == QDialog.DialogCode.Accepted else None


class ServerSignInDialog(FormDialog):
    """PostgreSQL asks for the person's own database password (the same as their app password)."""

    def __init__(self, server: str, login: str, parent: QWidget | None = None):
        super().__init__(self.tr("Sign in"), parent, self.tr("Sign in to {0} as yourself.").format(server))
        self.login = QLineEdit(login)
        self.login.setObjectName("serverLogin")
        self.password = QLineEdit()
        self.password.setObjectName("serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember me on this computer"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        self.form.addRow(self.tr("Login"), self.login)
        self.form.addRow(self.tr("Password"), self.password)
        self.form.addRow("", self.remember)
        self.form.addRow(self.problem)
        self.finish()
        self.password.setFocus()


def connect_with_password(parent, target: str, login: str):
    """Connect to PostgreSQL as the person (their role and password); (database, user) or None if cancelled."""
    from sqlalchemy.engine import make_url

    from qa_desktop.core.db import open_database
    from qa_desktop.core.errors import QADesktopError

    remembered = signin.remembered_server_password(target, login)
    if remembered is not None:
        try:
            database = open_database(make_url(target).set(username=login, password=None)
                                     .render_as_string(hide_password=False), password=remembered)
            database.user_login = login
            if signin.sign_in_required(database):
                user = signin.sign_in(database, login, remembered)
            else:
                from qa_desktop.core.users import find_user

                user = find_user(database, login)
            if user is not None:
                return database, user
            database.dispose()
        except QADesktopError:
            pass  # changed since it was remembered: ask
    server = make_url(target).set(password=None, username=None).render_as_string(hide_password=True)
    dialog = ServerSignInDialog(server, login, parent)
    while dialog.exec() == QDialog.DialogCode.Accepted:
        who, password = dialog.login.text().strip(), dialog.password.text()
        url = make_url(target).set(username=who, password=None).render_as_string(hide_password=False)
        try:
            database = open_database(url, password=password)
        except QADesktopError as error:
            dialog.problem.setText(error_text(error) if error.params.get("why") != "password"
                                   else signin_text_wrong())
            dialog.password.clear()
            continue
        database.user_login = who  # connected as their own database role: that is who acts
        try:
            user = signin.sign_in(database, database.user_login, password) if signin.sign_in_required(database) \
                else None
        except signin.SignInFailed as error:
            database.dispose()
            dialog.problem.setText(error_text(error))
            continue
        if user is None:
            from qa_desktop.core.users import find_user

            user = find_user(database, database.user_login)
            if user is None:
                database.dispose()
                dialog.problem.setText(signin_text_wrong())
                continue
        if dialog.remember.isChecked():
            signin.remember_password(database, who, password)
        return database, user
    return None


def signin_text_wrong() -> str:
    from qa_desktop.core import texts
    from qa_desktop.ui.i18n import current_language

    return texts.text("signin.wrong", current_language())


def offer_first_password(parent, database, user: CurrentUser) -> bool:
    """A shared database's QA lead, on joining it, chooses the first password: sign-in is on from then."""
    from qa_desktop.core.user_admin import set_password
    from qa_desktop.ui.people.common import PasswordDialog, show_refusal

    if not signin.may_choose_first_password(database, user.login):
        return False
    from PySide6.QtCore import QCoreApplication

    dialog = PasswordDialog(QCoreApplication.translate(
        "FirstPassword", "This database is shared: choose your password"), user.login, parent)
    dialog.setObjectName("firstPassword")
    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            set_password(database, user.login, dialog.password())
        except Exception as error:  # noqa: BLE001 - e.g. too short: say so and ask again
            show_refusal(parent, error)
            continue
        database.signed_in_login = user.login
        return True
    return False
