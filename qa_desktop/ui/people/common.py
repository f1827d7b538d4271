"""What the people screens share: refusals worded in the user's language, small dialogs, the role list."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from qa_desktop.core import texts
from qa_desktop.core.db.models import Role
from qa_desktop.core.errors import QADesktopError
from qa_desktop.ui.messages import workflow_error_text
from qa_desktop.ui.roles import role_title


def error_text(error: BaseException) -> str:
    """A refusal of the people screens (by its ``why``) in the user's language, else the shared wording."""
    from qa_desktop.ui.i18n import current_language

    if isinstance(error, QADesktopError):
        why = error.params.get("why")
        prefix = "signin." if error.code == "sign_in_failed" else "people."
        if why and texts.has(prefix + str(why)):
            values = {"login": "", "team": "", "seconds": "", **error.params}
            return texts.text(prefix + str(why), current_language(), **values)
    return workflow_error_text(error)


def show_refusal(parent: QWidget, error: BaseException) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("PeopleScreens", "Not done"), error_text(error))


def fill_roles(box: QComboBox, current: Role | str | None = None) -> None:
    box.clear()
    for role in (Role.EVALUATOR, Role.TEAM_LEAD, Role.QA_LEAD, Role.MANAGER):
        box.addItem(role_title(role), role.value)
    if current is not None:
        box.setCurrentIndex(max(0, box.findData(Role(current).value)))


def date_edit(day: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    day = day or dt.date.today()
    edit.setDate(QDate(day.year, day.month, day.day))
    return edit


def date_of(edit: QDateEdit) -> dt.date:
    return edit.date().toPython()


class FormDialog(QDialog):
    """A titled form with OK/Cancel: the people screens' one shape of dialog."""

    def __init__(self, title: str, parent: QWidget | None = None, note: str = ""):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        if note:
            label = QLabel(note)
            label.setWordWrap(True)
            self.form.addRow(label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        self.form.addRow(self.buttons)
        self.setMinimumWidth(420)


class PasswordDialog(FormDialog):
    """A new password, typed twice; OK stays disabled until both agree."""

    def __init__(self, title: str, login: str, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.first, self.second = QLineEdit(), QLineEdit()
        for edit in (self.first, self.second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self._check)
        self.first.setObjectName("newPassword")
        self.second.setObjectName("repeatPassword")
        self.form.addRow(self.tr("User"), QLabel(login))
        self.form.addRow(self.tr("New password"), self.first)
        self.form.addRow(self.tr("Repeat it"), self.second)
        self.finish()
        self._check()

    def _check(self) -> None:
        ok = bool(self.first.text()) and self.first.text() == self.second.text()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def password(self) -> str:
        return self.first.text()
