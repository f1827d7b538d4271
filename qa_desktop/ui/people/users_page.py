"""Users page: who uses this database, their role and team; the QA lead adds, changes and deactivates them.

Roles are given here and nowhere else (the first-run dialog never offers one); every change is
checked again by core.user_admin, which also keeps PostgreSQL's database roles in step.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.core import user_admin
from qa_desktop.core.db.models import Role
from qa_desktop.core.roster.teams import list_teams
from qa_desktop.core.workflow.permissions import may_manage_people
from qa_desktop.ui.context import AppContext
from qa_desktop.ui.people.common import FormDialog, PasswordDialog, fill_roles, show_refusal
from qa_desktop.ui.roles import role_title
from qa_desktop.ui.rows_model import RowsModel
from qa_desktop.ui.widgets import read_only_table

C = "UsersPage"
COLUMNS = [
    (C, QT_TRANSLATE_NOOP("UsersPage", "Login"), lambda r: r["login"], None),
    (C, QT_TRANSLATE_NOOP("UsersPage", "Name"), lambda r: r["display_name"], None),
    (C, QT_TRANSLATE_NOOP("UsersPage", "Role"), lambda r: role_title(Role(r["role"])), None),
    (C, QT_TRANSLATE_NOOP("UsersPage", "Team"), lambda r: r["team"], None),
    (C, QT_TRANSLATE_NOOP("UsersPage", "Leads"), lambda r: r["leads"], None),
    (C, QT_TRANSLATE_NOOP("UsersPage", "Active"), lambda r: r["active"], None),
    (C, QT_TRANSLATE_NOOP("UsersPage", "Password set"), lambda r: r["has_password"], None),
]


def _team_box(database, current: int | None = None) -> QComboBox:
    box = QComboBox()
    box.addItem("–", None)
    for team in list_teams(database):
        box.addItem(team.name, team.id)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


class AddUserDialog(FormDialog):
    def __init__(self, database, parent=None):
        super().__init__(self.tr("Add a user"), parent,
                         self.tr("They sign in with this login. Give the first password now or later."))
        self.login, self.name = QLineEdit(), QLineEdit()
        self.login.setObjectName("newLogin")
        self.role = QComboBox()
        fill_roles(self.role, Role.EVALUATOR)
        self.team = _team_box(database)
        self.password, self.repeat = QLineEdit(), QLineEdit()
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("Login"), self.login)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Role"), self.role)
        self.form.addRow(self.tr("Team"), self.team)
        self.form.addRow(self.tr("Password"), self.password)
        self.form.addRow(self.tr("Repeat it"), self.repeat)
        self.finish()


class UsersPage(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = RowsModel(COLUMNS, self)
        self.table = read_only_table(self.model, "usersTable")
        self.search = QLineEdit()
        self.search.setObjectName("userSearch")
        self.search.textChanged.connect(self.refresh)
        self.add_button, self.role_button, self.team_button = QPushButton(), QPushButton(), QPushButton()
        self.active_button, self.password_button = QPushButton(), QPushButton()
        self.add_button.setObjectName("addUser")
        self.role_button.setObjectName("setRole")
        self.add_button.clicked.connect(self._add)
        self.role_button.clicked.connect(self._set_role)
        self.team_button.clicked.connect(self._set_team)
        self.active_button.clicked.connect(self._toggle_active)
        self.password_button.clicked.connect(self._reset_password)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        tools = QHBoxLayout()
        tools.addWidget(self.search, 1)
        for button in (self.add_button, self.role_button, self.team_button, self.active_button,
                       self.password_button):
            tools.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        ctx.databaseChanged.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search login, name or team"))
        self.add_button.setText(self.tr("Add user…"))
        self.role_button.setText(self.tr("Set role…"))
        self.team_button.setText(self.tr("Set team…"))
        self.password_button.setText(self.tr("Reset password…"))
        self.hint.setText(self.tr(
            "The first user of a database is its QA lead. Everyone else joins as an evaluator; only a QA lead "
            "gives another role, here.") if may_manage_people(self.ctx.user.role) else self.tr(
            "Only a QA lead changes users and roles. You can read the list."))
        self._update_buttons()
        self.model.layoutChanged.emit()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def activate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        text = self.search.text().strip().lower()
        rows = [p.to_dict() for p in user_admin.list_people(self.ctx.db)]
        if text:
            rows = [r for r in rows if text in " ".join(str(r[k] or "") for k in ("login", "display_name", "team"))
                    .lower()]
        self.model.set_rows(rows)
        self._update_buttons()

    def selected(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row(rows[0].row()) if rows else None

    def _update_buttons(self, *_args) -> None:
        admin = may_manage_people(self.ctx.user.role)
        row = self.selected()
        self.add_button.setEnabled(admin)
        for button in (self.role_button, self.team_button, self.active_button, self.password_button):
            button.setEnabled(admin and row is not None)
        self.active_button.setText(self.tr("Reactivate") if row is not None and not row["active"]
                                   else self.tr("Deactivate"))

    def _run(self, change) -> bool:
        try:
            change()
        except Exception as error:  # noqa: BLE001 - every refusal is shown, nothing is half done
            show_refusal(self, error)
            return False
        self.ctx.dataChanged.emit("user")
        self.refresh()
        return True

    def _add(self) -> None:
        dialog = AddUserDialog(self.ctx.db, self)
        if dialog.exec() != FormDialog.DialogCode.Accepted:
            return
        if dialog.password.text() != dialog.repeat.text():
            show_refusal(self, ValueError(self.tr("The two passwords differ; nothing was changed.")))
            return
        self._run(lambda: user_admin.add_user(
            self.ctx.db, dialog.login.text(), dialog.name.text(), role=Role(dialog.role.currentData()),
            team_id=dialog.team.currentData(), password=dialog.password.text() or None))

    def _set_role(self) -> None:
        row = self.selected()
        dialog = FormDialog(self.tr("Role of {0}").format(row["display_name"]), self)
        box = QComboBox()
        box.setObjectName("roleChoice")
        fill_roles(box, row["role"])
        dialog.form.addRow(self.tr("Role"), box)
        dialog.finish()
        if dialog.exec() == FormDialog.DialogCode.Accepted:
            self._run(lambda: user_admin.set_role(self.ctx.db, row["login"], Role(box.currentData())))

    def _set_team(self) -> None:
        row = self.selected()
        dialog = FormDialog(self.tr("Team of {0}").format(row["display_name"]), self)
        box = _team_box(self.ctx.db, row["team_id"])
        dialog.form.addRow(self.tr("Team"), box)
        dialog.finish()
        if dialog.exec() == FormDialog.DialogCode.Accepted:
            self._run(lambda: user_admin.set_user_team(self.ctx.db, row["login"], box.currentData()))

    def _toggle_active(self) -> None:
        row = self.selected()
        self._run(lambda: user_admin.set_user_active(self.ctx.db, row["login"], not row["active"]))

    def _reset_password(self) -> None:
        row = self.selected()
        dialog = PasswordDialog(self.tr("Set a password"), row["login"], self)
        if dialog.exec() == FormDialog.DialogCode.Accepted:
            self._run(lambda: user_admin.set_password(self.ctx.db, row["login"], dialog.password()))
