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
