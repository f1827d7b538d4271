"""The Coaching page: the coaching log (sessions, action items, follow-ups, before/after pass rates)
and the training needs (monthly error rates per item and team, the training ranking).

Rules live in ``qa_desktop.core.workflow.coaching`` and ``.training``; this page collects input
and shows what they return.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.core.forms_repository import item_titles
from qa_desktop.core.workflow import coaching, training
from qa_desktop.core.workflow.permissions import visible_teams_of
from qa_desktop.ui.coaching import tables
from qa_desktop.ui.coaching.recordings_tab import RecordingsTab
from qa_desktop.ui.coaching.training_records_tab import TrainingRecordsTab
from qa_desktop.ui.context import AppContext
from qa_desktop.ui.i18n import current_language
from qa_desktop.ui.messages import workflow_error_text as describe_error
from qa_desktop.ui.role_gate import gate
from qa_desktop.ui.widgets import read_only_table as table_view


def _date_edit(day: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate(day or dt.date.today()))
    return edit


def _to_date(edit: QDateEdit) -> dt.date:
    return edit.date().toPython()


class NewSessionBox(QGroupBox):
    """The form for a new coaching session."""

    def __init__(self, page: CoachingPage):
        super().__init__(page)
        self.page = page
        form = QFormLayout(self)
        self.agent = QComboBox()
        self.agent.setObjectName("coachAgent")
        self.agent.currentIndexChanged.connect(self.load_failed_items)
        self.kind = QComboBox()
        self.held_on = _date_edit()
        self.links = QListWidget()
        self.links.setObjectName("coachLinks")
        self.links.setMaximumHeight(110)
        self.agreed = QPlainTextEdit()
        self.agreed.setObjectName("coachAgreed")
        self.agreed.setMaximumHeight(60)
        self.action = QLineEdit()
        self.action.setObjectName("coachAction")
        self.owner = QLineEdit()
        self.action_due = _date_edit(dt.date.today() + dt.timedelta(days=7))
        action_row = QHBoxLayout()
        action_row.addWidget(self.action, 2)
        action_row.addWidget(self.owner, 1)
        action_row.addWidget(self.action_due)
        self.follow_up = QCheckBox()
        self.follow_up.setObjectName("coachFollowUp")
        self.follow_up_on = _date_edit(dt.date.today() + dt.timedelta(days=7))
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follow_up)
        follow_row.addWidget(self.follow_up_on)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveCoaching")
        self.save_button.clicked.connect(self.save)
        gate(self.save_button, page.ctx, "coaching.log")
        self.labels = [QLabel() for _ in range(7)]
        for label, widget in zip(self.labels, [self.agent, self.kind, self.held_on, self.links, self.agreed,
                                               action_row, follow_row]):
            form.addRow(label, widget)
        form.addRow(self.save_button)

    def retranslate(self) -> None:
        self.setTitle(self.tr("New coaching session"))
        for label, text in zip(self.labels, [self.tr("Agent"), self.tr("Kind"), self.tr("Date"),
                                             self.tr("Evaluations and failed items"), self.tr("What was agreed"),
                                             self.tr("Action item"), self.tr("Follow-up")]):
            label.setText(text)
        current = self.kind.currentData()
        self.kind.clear()
        self.kind.addItem(self.tr("online (right after the call)"), "online")
        self.kind.addItem(self.tr("offline (next day)"), "offline")
        self.kind.setCurrentIndex(max(0, self.kind.findData(current or "offline")))
        self.action.setPlaceholderText(self.tr("What the agent will do"))
        self.owner.setPlaceholderText(self.tr("Owner"))
        self.follow_up.setText(self.tr("Follow-up evaluation in the next sample, by"))
        self.save_button.setText(self.tr("Save session"))

    def set_agents(self, agents: list[dict]) -> None:
        current = self.agent.currentData()
        self.agent.blockSignals(True)
        self.agent.clear()
        for agent in agents:
            team = f" ({agent['team']})" if agent["team"] else ""
            self.agent.addItem(f"{agent['agent_code']} {agent['name']}{team}",
                               agent["id"])
        self.agent.setCurrentIndex(max(0, self.agent.findData(current)))
        self.agent.blockSignals(False)
        self.load_failed_items()

    def load_failed_items(self) -> None:
        self.links.clear()
        agent_id = self.agent.currentData()
        if agent_id is None:
            return
        for evaluation in coaching.failed_items_of_agent(self.page.ctx.db, agent_id, limit=20):
            call = evaluation["external_id"] or evaluation["call_id"]
            when = evaluation["started_at"].strftime("%m-%d %H:%M") if evaluation["started_at"] else ""
            titles = self.page.item_titles()
            for code in evaluation["failed_items"] or [None]:
                text = self.tr("call {0} {1}, score {2}: {3}").format(
                    call, when, evaluation["score"], titles.get(code, code) if code else self.tr("(whole evaluation)"))
                entry = QListWidgetItem(text)
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Unchecked)
                entry.setData(Qt.ItemDataRole.UserRole, (evaluation["evaluation_id"], code))
                self.links.addItem(entry)

    def chosen_links(self) -> list[tuple[int, str | None]]:
        return [tuple(self.links.item(n).data(Qt.ItemDataRole.UserRole)) for n in range(self.links.count())
                if self.links.item(n).checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        agent_id = self.agent.currentData()
        if agent_id is None:
            return
        actions = []
        if self.action.text().strip():
            actions.append({"description": self.action.text(), "owner": self.owner.text(),
                            "due_on": _to_date(self.action_due)})
        try:
            row = coaching.record_session(
                self.page.ctx.db, agent_id, held_on=_to_date(self.held_on), kind=self.kind.currentData(),
                agreed=self.agreed.toPlainText(), links=self.chosen_links(), actions=actions,
                follow_up_on=_to_date(self.follow_up_on) if self.follow_up.isChecked() else None,
                schedule_follow_up_sample=self.follow_up.isChecked())
        except Exception as error:  # noqa: BLE001
            self.page.say(describe_error(error))
            return
        self.agreed.clear()
        self.action.clear()
        self.owner.clear()
        self.page.say(self.tr("Coaching session saved."))
        self.page.ctx.dataChanged.emit("coaching")
        self.page.refresh(select_id=row["id"])


class CoachingLogTab(QWidget):
    def __init__(self, page: CoachingPage):
        super().__init__(page)
        self.page = page
        self.current: dict | None = None
        layout = QHBoxLayout(self)
        splitter = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        self.sessions = tables.sessions_model(self)
        self.view = table_view(self.sessions, "coachingSessions")
        self.view.selectionModel().currentRowChanged.connect(lambda c, _p: self.show_row(c.row()))
        left_layout.addWidget(self.view, 1)
        self.new_box = NewSessionBox(page)
        left_layout.addWidget(self.new_box)
        splitter.addWidget(left)

        right = QWidget()
        side = QVBoxLayout(right)
        self.heading = QLabel()
        self.heading.setObjectName("coachingHeading")
        self.heading.setWordWrap(True)
        side.addWidget(self.heading)
        self.actions = tables.actions_model(self)
        self.actions_view = table_view(self.actions, "coachingActions")
        side.addWidget(self.actions_view, 1)
        self.effect = tables.effect_model(self)
        self.effect_label = QLabel()
        self.effect_label.setWordWrap(True)
        side.addWidget(self.effect_label)
        effect_view = table_view(self.effect, "coachingEffect")
        # the item's text takes the room left by the pass rates, which stay in sight at 1366×768
        effect_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.actions_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        side.addWidget(effect_view, 1)
        buttons = QHBoxLayout()
        self.action_done = QPushButton()
        self.action_done.setObjectName("actionDone")
        self.action_done.clicked.connect(self.mark_action_done)
        self.ack_button = QPushButton()
        self.ack_button.setObjectName("acknowledge")
        self.ack_button.clicked.connect(self.acknowledge)
        self.follow_done = QPushButton()
        self.follow_done.setObjectName("followUpDone")
        self.follow_done.clicked.connect(self.follow_up_done)
        for button in (self.action_done, self.ack_button, self.follow_done):
            buttons.addWidget(button)
        side.addLayout(buttons)
        schedule = QHBoxLayout()
        self.schedule_on = _date_edit(dt.date.today() + dt.timedelta(days=7))
        self.schedule_button = QPushButton()
        self.schedule_button.setObjectName("scheduleFollowUp")
        self.schedule_button.clicked.connect(self.schedule)
        schedule.addWidget(self.schedule_on)
        schedule.addWidget(self.schedule_button, 1)
        side.addLayout(schedule)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter)

    def retranslate(self) -> None:
        self.new_box.retranslate()
        self.effect_label.setText(self.tr("Pass rate on each coached item, before and after the session:"))
        self.action_done.setText(self.tr("Action done"))
        self.ack_button.setText(self.tr("Agent acknowledged"))
        self.follow_done.setText(self.tr("Follow-up done"))
        # the long wording as a tooltip: on the button it made the page wider than a 1366-pixel screen
        self.schedule_button.setText(self.tr("Schedule a follow-up"))
        self.schedule_button.setToolTip(self.tr("Schedule a follow-up evaluation into the next sample"))
        self._show_heading()

    def set_rows(self, rows: list[dict], select_id: int | None = None) -> None:
        keep = select_id or (self.current or {}).get("id")
        self.sessions.set_rows(tables.name_items(rows, self.page.item_titles()))
        index = next((n for n, r in enumerate(rows) if r["id"] == keep), 0 if rows else -1)
        if index >= 0:
            self.view.selectRow(index)
            self.show_row(index)
        else:
            self.current = None
            self.actions.set_rows([])
            self.effect.set_rows([])
            self._show_heading()

    def show_row(self, row: int) -> None:
        if row < 0 or row >= self.sessions.rowCount():
            return
        self.current = self.sessions.row(row)
        self.actions.set_rows(self.current["actions"])
        try:
            self.effect.set_rows(tables.name_items(coaching.coaching_effect(self.page.ctx.db, self.current["id"]),
                                                   self.page.item_titles()))
        except Exception as error:  # noqa: BLE001
            self.page.say(describe_error(error))
        self._show_heading()

    def _show_heading(self) -> None:
        for button in (self.action_done, self.ack_button, self.follow_done, self.schedule_button):
            gate(button, self.page.ctx, "coaching.log", self.current is not None)
        s = self.current
        if not s:
            self.heading.setText(self.tr("No coaching logged yet."))
            return
        lines = [self.tr("{0} coaching of {1} {2} by {3} on {4}").format(
            tables.kind_text(s["kind"]), s["agent_code"], s["agent_name"], s["coach"], s["held_on"])]
        lines.append(self.tr("Agreed: {0}").format(s["agreed"] or "–"))
        lines.append(self.tr("Acknowledged by the agent: {0}").format(
            s["acknowledged_at"].strftime("%Y-%m-%d %H:%M") if s["acknowledged_at"] else self.tr("not yet")))
        lines.append(self.tr("Follow-up: {0}").format(tables.follow_up_text(s["follow_up"])
                                                       + (f" {s['follow_up_on']}" if s["follow_up_on"] else "")
                                                       + (f" ({s['sampled_in']})" if s["sampled_in"] else "")))
        self.heading.setText("\n".join(lines))

    def _act(self, action, message: str) -> None:
        if not self.current:
            return
        try:
            action()
        except Exception as error:  # noqa: BLE001
            self.page.say(describe_error(error))
            return
        self.page.say(message)
        self.page.ctx.dataChanged.emit("coaching")
        self.page.refresh()

    def mark_action_done(self) -> None:
        index = self.actions_view.currentIndex()
        if not index.isValid():
            self.page.say(self.tr("Select an action item first."))
            return
        action_id = self.actions.row(index.row())["id"]
        self._act(lambda: coaching.set_action_status(self.page.ctx.db, action_id, "done"),
                  self.tr("Action item done."))

    def acknowledge(self) -> None:
        self._act(lambda: coaching.acknowledge(self.page.ctx.db, self.current["id"]),
                  self.tr("The agent's acknowledgement is recorded."))

    def follow_up_done(self) -> None:
        self._act(lambda: coaching.complete_follow_up(self.page.ctx.db, self.current["id"]),
                  self.tr("Follow-up marked done."))

    def schedule(self) -> None:
        self._act(lambda: coaching.schedule_follow_up(self.page.ctx.db, self.current["id"], _to_date(self.schedule_on)),
                  self.tr("A follow-up evaluation will be drawn in the next sample."))


class TrainingTab(QWidget):
    def __init__(self, page: CoachingPage):
        super().__init__(page)
        self.page = page
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        today = dt.date.today()
        self.month = QLineEdit(f"{today.year}-{today.month:02d}")
        self.month.setObjectName("trainingMonth")
        # a number of agents ("100") or a share of the ranked agents ("10%"), as the seed's 100/30 are for
        # a centre of about a thousand agents
        quota = QRegularExpressionValidator(QRegularExpression(r"^\d{1,5}(\.\d)?%?$"))
        self.bottom_n = QLineEdit(str(training.ONE_TO_ONE_N))
        self.bottom_n.setObjectName("trainingBottom")
        self.top_n = QLineEdit(str(training.RECORDING_N))
        self.top_n.setObjectName("trainingTop")
        for box in (self.bottom_n, self.top_n):
            box.setValidator(quota)
            box.setMaximumWidth(70)
        self.show_button = QPushButton()
        self.show_button.setObjectName("showTraining")
        self.show_button.clicked.connect(self.refresh)
        self.labels = [QLabel() for _ in range(3)]
        for label, widget in zip(self.labels, [self.month, self.bottom_n, self.top_n]):
            bar.addWidget(label)
            bar.addWidget(widget)
        bar.addWidget(self.show_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.summary = QLabel()
        self.summary.setObjectName("trainingSummary")
        self.summary.setWordWrap(True)  # the most-failed items run long; unwrapped they widen the window
        layout.addWidget(self.summary)
        self.items = tables.item_rates_model(self)
        self.teams = tables.item_rates_model(self, with_team=True)
        self.ranking = tables.ranking_model(self)
        self.tabs = QTabWidget()
        for model, name in ((self.items, "itemErrorRates"), (self.teams, "teamErrorRates"),
                            (self.ranking, "trainingRanking")):
            self.tabs.addTab(table_view(model, name), "")
        layout.addWidget(self.tabs, 1)

    def retranslate(self) -> None:
        for label, text in zip(self.labels, [self.tr("Month"), self.tr("One-to-one training: bottom (agents or %)"),
                                             self.tr("Recording training: top (agents or %)")]):
            label.setText(text)
        self.show_button.setText(self.tr("Show"))
        for index, text in enumerate([self.tr("Error rate per item"), self.tr("Per team"),
                                      self.tr("Training ranking")]):
            self.tabs.setTabText(index, text)

    def refresh(self) -> None:
        try:
            teams = visible_teams_of(self.page.ctx.db)
            data = training.monthly_error_rates(self.page.ctx.db, self.month.text(), team_ids=teams)
            start, end = training.month_bounds(self.month.text())
            ranking = training.training_ranking(self.page.ctx.db, start, end, bottom_n=self.bottom_n.text(),
                                                top_n=self.top_n.text(), team_ids=teams)
        except Exception as error:  # noqa: BLE001
            self.page.say(describe_error(error))
            return
        titles = self.page.item_titles()
        self.items.set_rows(tables.name_items(data["items"], titles))
        self.teams.set_rows(tables.name_items(data["teams"], titles))
        self.ranking.set_rows(ranking)
        worst = self.tr(", ").join(f"{titles.get(r['item_code'], r['item_code'])} ({r['failed']})"
                                   for r in data["most_failed"][:3]) or "–"
        self.summary.setText(self.tr("{0}: {1} evaluations. Most failed items: {2}.").format(
            data["month"], data["evaluations"], worst))


class CoachingPage(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._titles: tuple[str, dict[str, str]] | None = None
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.log_tab = CoachingLogTab(self)
        self.training_tab = TrainingTab(self)
        self.recordings_tab = RecordingsTab(self)
        self.training_records_tab = TrainingRecordsTab(self)
        self.tabs.addTab(self.log_tab, "")
        self.tabs.addTab(self.training_tab, "")
        self.tabs.addTab(self.recordings_tab, "")
        self.tabs.addTab(self.training_records_tab, "")
        self.message = QLabel()
        self.message.setObjectName("coachingMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        ctx.databaseChanged.connect(self.activate)
        self.retranslate()
        self.activate()

    def describe(self, error: BaseException) -> str:
        return describe_error(error)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.ctx.statusMessage.emit(text)

    def item_titles(self) -> dict[str, str]:
        """Item codes as their texts in the UI's language (read once per activation or language)."""
        language = current_language()
        if self._titles is None or self._titles[0] != language:
            self._titles = (language, item_titles(self.ctx.db, language))
        return self._titles[1]

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Coaching log"))
        self.tabs.setTabText(1, self.tr("Training needs"))
        self.tabs.setTabText(2, self.tr("Recordings of the month"))
        self.tabs.setTabText(3, self.tr("Training records"))
        self.log_tab.retranslate()
        self.training_tab.retranslate()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self._titles is not None and self._titles[0] != current_language():
                self.refresh()  # item texts and statuses in the tables follow the language too
                self.training_tab.refresh()
                self.recordings_tab.refresh()
                self.training_records_tab.refresh()
        super().changeEvent(event)

    def refresh(self, select_id: int | None = None) -> None:
        try:
            self.log_tab.set_rows(coaching.list_sessions(self.ctx.db), select_id)
        except Exception as error:  # noqa: BLE001
            self.say(describe_error(error))

    def activate(self) -> None:
        self._titles = None
        try:
            self.log_tab.new_box.set_agents(coaching.coachable_agents(self.ctx.db))
        except Exception as error:  # noqa: BLE001
            self.say(describe_error(error))
        self.refresh()
        self.training_tab.refresh()
        self.recordings_tab.refresh()
        self.training_records_tab.refresh()
