"""Roster page: the agents as HR's roster and the call lists describe them; search, correct, transfer, leavers.

Importing HR's export runs in the background with the file's report shown after; agents seen only in
call lists are listed under "not in the roster" for the QA lead to place.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.core import texts
from qa_desktop.core.roster import agents as roster
from qa_desktop.core.roster.importer import import_roster
from qa_desktop.core.roster.teams import list_teams
from qa_desktop.core.workflow.permissions import may_manage_people
from qa_desktop.ui.context import AppContext
from qa_desktop.ui.people.common import FormDialog, date_edit, date_of, error_text, show_refusal
from qa_desktop.ui.rows_model import WARN, RowsModel
from qa_desktop.ui.tasks import run_in_background
from qa_desktop.ui.widgets import read_only_table

C = "RosterPage"
LINES = {"inbound": QT_TRANSLATE_NOOP("RosterPage", "Inbound"), "outbound": QT_TRANSLATE_NOOP("RosterPage", "Outbound")}


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(C, text)


STATUSES = {"left": QT_TRANSLATE_NOOP("RosterPage", "Left {0}"),
            "probation": QT_TRANSLATE_NOOP("RosterPage", "On probation"),
            "employed": QT_TRANSLATE_NOOP("RosterPage", "Employed")}


def _status(row: dict) -> str:
    if not row["active"]:
        return _tr(STATUSES["left"]).format(row["left_on"] or "")
    return _tr(STATUSES["probation"] if row["on_probation"] else STATUSES["employed"])


COLUMNS = [
    (C, QT_TRANSLATE_NOOP("RosterPage", "Employee no."), lambda r: r["agent_code"], None),
    (C, QT_TRANSLATE_NOOP("RosterPage", "Name"), lambda r: r["name"], None),
    (C, QT_TRANSLATE_NOOP("RosterPage", "Team"), lambda r: r["team"], None),
    (C, QT_TRANSLATE_NOOP("RosterPage", "Hired"), lambda r: r["hire_date"], None),
    (C, QT_TRANSLATE_NOOP("RosterPage", "Probation until"), lambda r: r["probation_end"], None),
    (C, QT_TRANSLATE_NOOP("RosterPage", "Status"), _status, lambda r: WARN if r["on_probation"] else None),
    (C, QT_TRANSLATE_NOOP("RosterPage", "Line"), lambda r: _tr(LINES[r["direction"]]) if r["direction"] else None,
     None),
    (C, QT_TRANSLATE_NOOP("RosterPage", "In the roster"), lambda r: r["in_roster"],
     lambda r: None if r["in_roster"] else WARN),
]


class RosterPage(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._task = None
        self._again = False
        self.model = RowsModel(COLUMNS, self)
        self.table = read_only_table(self.model, "rosterTable")
        self.search = QLineEdit()
        self.search.setObjectName("rosterSearch")
        self.search.returnPressed.connect(self.refresh)
        self.include_left, self.only_unplaced = QCheckBox(), QCheckBox()
        self.include_left.toggled.connect(self.refresh)
        self.only_unplaced.toggled.connect(self.refresh)
        self.import_button, self.edit_button, self.transfer_button = QPushButton(), QPushButton(), QPushButton()
        self.leave_button, self.history_button = QPushButton(), QPushButton()
        self.record_button = QPushButton()
        self.record_button.setObjectName("agentRecord")
        self.record_button.clicked.connect(self._record)
        self.table.activated.connect(lambda _index: self._record())  # Enter or a double-click
        self.import_button.setObjectName("importRoster")
        self.import_button.clicked.connect(self._import)
        self.edit_button.clicked.connect(self._edit)
        self.transfer_button.clicked.connect(self._transfer)
        self.leave_button.clicked.connect(self._leave)
        self.history_button.clicked.connect(self._history)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.include_left)
        filters.addWidget(self.only_unplaced)
        actions = QHBoxLayout()
        for button in (self.record_button, self.import_button, self.edit_button, self.transfer_button,
                       self.leave_button, self.history_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        ctx.databaseChanged.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search employee no., name or team, then Enter"))
        self.include_left.setText(self.tr("Include agents who left"))
        self.only_unplaced.setText(self.tr("Only agents not in the roster"))
        self.import_button.setText(self.tr("Import HR roster…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.transfer_button.setText(self.tr("Transfer…"))
        self.history_button.setText(self.tr("Team history"))
        self.record_button.setText(self.tr("Agent record…"))
        self._update_buttons()
        self._show_summary()
        self.model.layoutChanged.emit()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def activate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Read the roster off the GUI thread (thousands of agents)."""
        if self._task is not None:
            self._again = True  # the filters changed while reading: read again when this one is done
            return
        self._again = False
        task = run_in_background(self, roster.list_roster, self.ctx.db, search=self.search.text(),
                                 include_left=self.include_left.isChecked(),
                                 only_unplaced=self.only_unplaced.isChecked(), pass_progress=False)
        self._task = task
        task.succeeded.connect(self._show)
        task.failed.connect(lambda error: show_refusal(self, error))
        task.finished.connect(self._loaded)

    def _show(self, entries) -> None:
        self.model.set_rows([e.to_dict() for e in entries])
        self._show_summary()

    def _loaded(self) -> None:
        self._task = None
        self._update_buttons()
        if self._again:
            self.refresh()

    def _show_summary(self) -> None:
        rows = self.model.rows
        self.summary.setText(self.tr("{0} agents, {1} on probation, {2} not in the roster").format(
            len(rows), sum(r["on_probation"] for r in rows if r["active"]), sum(not r["in_roster"] for r in rows)))

    def selected(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update_buttons(self, *_args) -> None:
        admin = may_manage_people(self.ctx.user.role)
        row = self.selected()
        self.import_button.setEnabled(admin)
        for button in (self.edit_button, self.transfer_button, self.leave_button):
            button.setEnabled(admin and row is not None)
        self.history_button.setEnabled(row is not None)
        self.record_button.setEnabled(row is not None)
        self.leave_button.setText(self.tr("Reactivate") if row is not None and not row["active"]
                                  else self.tr("Mark as left…"))

    def _changed(self) -> None:
        self.ctx.dataChanged.emit("agent")
        self.refresh()

    def _do(self, change) -> None:
        try:
            change()
        except Exception as error:  # noqa: BLE001 - every refusal is shown; the core changed nothing
            show_refusal(self, error)
            return
        self._changed()

    # ------------------------------------------------------------ actions

    def _record(self) -> None:
        from qa_desktop.ui.people.agent_overview_dialog import AgentOverviewDialog

        row = self.selected()
        if row is not None:
            AgentOverviewDialog(self.ctx.db, row["agent_code"], self).exec()

    def _import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("HR roster export"), "",
                                              self.tr("Roster (*.csv *.xlsx *.txt);;All files (*)"))
        if not path:
            return
        task = run_in_background(self, import_roster, self.ctx.db, Path(path), pass_progress=False,
                                 title=self.tr("Importing the roster"), label=Path(path).name)
        task.succeeded.connect(self._imported)
        task.failed.connect(lambda error: show_refusal(self, error))

    def _imported(self, report) -> None:
        from qa_desktop.ui.i18n import current_language

        lang = current_language()
        lines = [self.tr("{0} rows: {1} new, {2} changed ({3} transfers, {4} left), {5} unchanged.").format(
            report.rows, len(report.created), len(report.updated), len(report.transferred), len(report.left),
            report.unchanged)]
        if report.teams_created:
            lines.append(self.tr("New teams: {0}").format("、".join(report.teams_created)))
        for lead in report.leads_not_users:
            lines.append(self.tr("{0}: team lead {1} is not a user yet; add them on the Users page, then set the "
                                 "team's lead.").format(lead["team"], lead["lead"]))
        for problem in report.problems[:30]:
            lines.append(texts.text(f"roster.{problem.code}", lang, line=problem.line, agent_code=problem.agent_code))
        if len(report.problems) > 30:
            lines.append(self.tr("… and {0} more rows not used.").format(len(report.problems) - 30))
        box = QMessageBox.warning if report.problems else QMessageBox.information
        box(self, self.tr("Roster imported"), "\n".join(lines))
        self._changed()

    def _edit(self) -> None:
        row = self.selected()
        dialog = FormDialog(self.tr("Agent {0}").format(row["agent_code"]), self)
        name = QLineEdit(row["name"])
        hired, probation = date_edit(row["hire_date"]), date_edit(row["probation_end"] or row["hire_date"])
        line = QComboBox()
        line.addItem("–", None)
        for code, text in LINES.items():
            line.addItem(_tr(text), code)
        line.setCurrentIndex(max(0, line.findData(row["direction"])))
        dialog.form.addRow(self.tr("Name"), name)
        dialog.form.addRow(self.tr("Hired"), hired)
        dialog.form.addRow(self.tr("Probation until"), probation)
        dialog.form.addRow(self.tr("Line"), line)
        dialog.finish()
        if dialog.exec() == FormDialog.DialogCode.Accepted:
            self._do(lambda: roster.update_agent(
                self.ctx.db, row["id"], version=row["row_version"], name=name.text().strip() or None,
                hire_date=date_of(hired), probation_end=date_of(probation), direction=line.currentData()))

    def _transfer(self) -> None:
        row = self.selected()
        dialog = FormDialog(self.tr("Transfer {0} {1}").format(row["agent_code"], row["name"]), self, self.tr(
            "Calls from this date on count for the new team; earlier calls stay with {0}.").format(row["team"] or "–"))
        team = QComboBox()
        team.setObjectName("transferTeam")
        for entry in list_teams(self.ctx.db):
            if entry.id != row["team_id"]:
                team.addItem(entry.name, entry.id)
        effective = date_edit()
        dialog.form.addRow(self.tr("New team"), team)
        dialog.form.addRow(self.tr("From"), effective)
        dialog.finish()
        if dialog.exec() == FormDialog.DialogCode.Accepted and team.currentData() is not None:
            self._do(lambda: roster.transfer_agent(self.ctx.db, row["id"], team.currentData(), date_of(effective),
                                                   version=row["row_version"]))

    def _leave(self) -> None:
        row = self.selected()
        if not row["active"]:
            self._do(lambda: roster.set_agent_active(self.ctx.db, row["id"], True, version=row["row_version"]))
            return
        dialog = FormDialog(self.tr("{0} {1} left").format(row["agent_code"], row["name"]), self,
                            self.tr("Their evaluations and coaching are kept; they leave the samples."))
        day = date_edit()
        dialog.form.addRow(self.tr("Last day"), day)
        dialog.finish()
        if dialog.exec() == FormDialog.DialogCode.Accepted:
            self._do(lambda: roster.set_agent_active(self.ctx.db, row["id"], False, left_on=date_of(day),
                                                     version=row["row_version"]))

    def _history(self) -> None:
        row = self.selected()
        try:
            periods = roster.team_history(self.ctx.db, row["id"])
        except Exception as error:  # noqa: BLE001
            QMessageBox.warning(self, self.tr("Team history"), error_text(error))
            return
        lines = [self.tr("{0}: from {1} to {2}").format(p["team"], p["from"] or self.tr("the start"),
                                                        p["to"] or self.tr("today")) for p in periods]
        QMessageBox.information(self, self.tr("Team history of {0}").format(row["agent_code"]),
                                "\n".join(lines) or self.tr("No team yet."))
