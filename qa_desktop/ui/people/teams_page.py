"""Teams page: the 班组, who leads each, how many agents (and new hires) they have; create, rename, merge, close."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from qa_desktop.core.db.models import Role
from qa_desktop.core.roster import teams
from qa_desktop.core.user_admin import list_people
from qa_desktop.core.workflow.permissions import may_manage_people
from qa_desktop.ui.context import AppContext
from qa_desktop.ui.people.common import FormDialog, date_edit, date_of, show_refusal
from qa_desktop.ui.rows_model import RowsModel
from qa_desktop.ui.widgets import read_only_table

C = "TeamsPage"
COLUMNS = [
    (C, QT_TRANSLATE_NOOP("TeamsPage", "Team"), lambda r: r["name"], None),
    (C, QT_TRANSLATE_NOOP("TeamsPage", "Team lead"), lambda r: r["lead_name"], None),
    (C, QT_TRANSLATE_NOOP("TeamsPage", "Lead in the HR roster"), lambda r: r["hr_lead_name"], None),
    (C, QT_TRANSLATE_NOOP("TeamsPage", "Agents"), lambda r: r["agents"], None),
    (C, QT_TRANSLATE_NOOP("TeamsPage", "On probation"), lambda r: r["on_probation"], None),
    (C, QT_TRANSLATE_NOOP("TeamsPage", "Open"), lambda r: r["active"], None),
]


class TeamsPage(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.model = RowsModel(COLUMNS, self)
        self.table = read_only_table(self.model, "teamsTable")
        self.new_button, self.rename_button, self.lead_button = QPushButton(), QPushButton(), QPushButton()
        self.merge_button, self.close_button = QPushButton(), QPushButton()
        self.new_button.setObjectName("newTeam")
        self.lead_button.setObjectName("setLead")
        self.new_button.clicked.connect(self._new)
        self.rename_button.clicked.connect(self._rename)
        self.lead_button.clicked.connect(self._set_lead)
        self.merge_button.clicked.connect(self._merge)
        self.close_button.clicked.connect(self._close)
        tools = QHBoxLayout()
        for button in (self.new_button, self.rename_button, self.lead_button, self.merge_button, self.close_button):
            tools.addWidget(button)
        tools.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        ctx.databaseChanged.connect(self.refresh)
        ctx.dataChanged.connect(lambda entity: self.refresh() if entity in ("agent", "user", "team") else None)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New team…"))
        self.rename_button.setText(self.tr("Rename…"))
        self.lead_button.setText(self.tr("Set lead…"))
        self.merge_button.setText(self.tr("Merge into…"))
        self.close_button.setText(self.tr("Close team"))
        self._update_buttons()
        self.model.layoutChanged.emit()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def activate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows([t.to_dict() for t in teams.list_teams(self.ctx.db)])
        self._update_buttons()

    def selected(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update_buttons(self, *_args) -> None:
        admin = may_manage_people(self.ctx.user.role)
        self.new_button.setEnabled(admin)
        for button in (self.rename_button, self.lead_button, self.merge_button, self.close_button):
            button.setEnabled(admin and self.selected() is not None)

    def _do(self, change) -> None:
        try:
            change()
        except Exception as error:  # noqa: BLE001 - refusals are shown; nothing was changed
            show_refusal(self, error)
            return
        self.ctx.dataChanged.emit("team")
        self.refresh()

    def _ask_name(self, title: str, current: str = "") -> str | None:
        dialog = FormDialog(title, self)
        name = QLineEdit(current)
        name.setObjectName("teamName")
        dialog.form.addRow(self.tr("Name"), name)
        dialog.finish()
        return name.text() if dialog.exec() == FormDialog.DialogCode.Accepted else None

    def _new(self) -> None:
        name = self._ask_name(self.tr("New team"))
        if name is not None:
            self._do(lambda: teams.create_team(self.ctx.db, name))

    def _rename(self) -> None:
        row = self.selected()
        name = self._ask_name(self.tr("Rename {0}").format(row["name"]), row["name"])
        if name is not None:
            self._do(lambda: teams.rename_team(self.ctx.db, row["id"], name))

    def _set_lead(self) -> None:
        row = self.selected()
        dialog = FormDialog(self.tr("Lead of {0}").format(row["name"]), self, self.tr(
            "Only team leads (and QA leads) are offered; give the role on the Users page first."))
        box = QComboBox()
        box.setObjectName("leadChoice")
        box.addItem("–", None)
        for person in list_people(self.ctx.db, include_inactive=False):
            if person.role in (Role.TEAM_LEAD.value, Role.QA_LEAD.value):
                box.addItem(f"{person.display_name} ({person.login})", person.login)
        box.setCurrentIndex(max(0, box.findData(row["lead_login"])))
        dialog.form.addRow(self.tr("Team lead"), box)
        dialog.finish()
        if dialog.exec() == FormDialog.DialogCode.Accepted:
            self._do(lambda: teams.set_team_lead(self.ctx.db, row["id"], box.currentData()))

    def _merge(self) -> None:
        row = self.selected()
        dialog = FormDialog(self.tr("Merge {0}").format(row["name"]), self, self.tr(
            "Its agents move to the other team from the date; calls before it stay with {0}, which is then "
            "closed.").format(row["name"]))
        box = QComboBox()
        for entry in teams.list_teams(self.ctx.db):
            if entry.id != row["id"]:
                box.addItem(entry.name, entry.id)
        effective = date_edit()
        dialog.form.addRow(self.tr("Into"), box)
        dialog.form.addRow(self.tr("From"), effective)
        dialog.finish()
        if dialog.exec() == FormDialog.DialogCode.Accepted and box.currentData() is not None:
            self._do(lambda: teams.merge_teams(self.ctx.db, row["id"], box.currentData(), date_of(effective)))

    def _close(self) -> None:
        row = self.selected()
        self._do(lambda: teams.set_team_active(self.ctx.db, row["id"], False))
