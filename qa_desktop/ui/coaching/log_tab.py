"""Coaching → Coaching log: the sessions (what was agreed, action items, follow-ups, before/after pass
rates) and the form for a new one. Rules are the core's (``core.workflow.coaching``); every read and
write runs off the GUI thread (a year's log took seconds to read and show)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
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
    QVBoxLayout,
    QWidget,
)

from qa_desktop.core.forms_repository import item_titles
from qa_desktop.core.workflow import coaching
from qa_desktop.ui.coaching import tables
from qa_desktop.ui.coaching.reads import LatestRead
from qa_desktop.ui.i18n import current_language
from qa_desktop.ui.messages import workflow_error_text as describe_error
from qa_desktop.ui.role_gate import gate
from qa_desktop.ui.rows_model import fmt
from qa_desktop.ui.widgets import read_only_table as table_view

SHOWN_AT_ONCE = 100  # sessions handed to the table at a time; more as it scrolls


def read_log(database, language: str) -> dict:
    """Everything the log tab shows, read in one go in the background."""
    return {"sessions": coaching.list_sessions(database), "agents": coaching.coachable_agents(database),
            "titles": item_titles(database, language)}


def date_edit(day: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate(day or dt.date.today()))
    return edit


def to_date(edit: QDateEdit) -> dt.date:
    return edit.date().toPython()


class NewSessionBox(QGroupBox):
    """The form for a new coaching session."""

    def __init__(self, page):
        super().__init__(page)
        self.page = page
        self.failed_read = LatestRead(self, page.busy)
        self.save_write = LatestRead(self, page.busy)
        form = QFormLayout(self)
        self.agent = QComboBox()
        self.agent.setObjectName("coachAgent")
        self.agent.currentIndexChanged.connect(self.load_failed_items)
        self.kind = QComboBox()
        self.held_on = date_edit()
        self.links = QListWidget()
        self.links.setObjectName("coachLinks")
        self.links.setMaximumHeight(110)
        self.agreed = QPlainTextEdit()
        self.agreed.setObjectName("coachAgreed")
        self.agreed.setMaximumHeight(60)
        self.action = QLineEdit()
        self.action.setObjectName("coachAction")
        self.owner = QLineEdit()
        self.action_due = date_edit(dt.date.today() + dt.timedelta(days=7))
        action_row = QHBoxLayout()
        action_row.addWidget(self.action, 2)
        action_row.addWidget(self.owner, 1)
        action_row.addWidget(self.action_due)
        self.follow_up = QCheckBox()
        self.follow_up.setObjectName("coachFollowUp")
        self.follow_up_on = date_edit(dt.date.today() + dt.timedelta(days=7))
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follow_up)
        follow_row.addWidget(self.follow_up_on)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveCoaching")
        self.save_button.clicked.connect(self.save)
        gate(self.save_button, page.ctx, "coaching.log")
        # keyboard-first: Ctrl+Enter saves from any field of the form (Enter alone is a new line of the note)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._save_by_key,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
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
        self.kind.addItem(self.tr("Online (right after the call)"), "online")
        self.kind.addItem(self.tr("Offline (next day)"), "offline")
        self.kind.setCurrentIndex(max(0, self.kind.findData(current or "offline")))
        self.action.setPlaceholderText(self.tr("What the agent will do"))
        self.owner.setPlaceholderText(self.tr("Owner"))
        self.follow_up.setText(self.tr("Follow-up evaluation in the next sample, by"))
        self.save_button.setText(self.tr("Save session (Ctrl+Enter)"))

    def set_agents(self, agents: list[dict]) -> None:
        entries = [(f"{a['agent_code']} {a['name']}" + (f" ({a['team']})" if a["team"] else ""), a["id"])
                   for a in agents]
        if entries == [(self.agent.itemText(n), self.agent.itemData(n)) for n in range(self.agent.count())]:
            return  # the same agents: the choice and its ticked links stay as they are
        current = self.agent.currentData()
        self.agent.blockSignals(True)
        self.agent.clear()
        for text, agent_id in entries:
            self.agent.addItem(text, agent_id)
        self.agent.setCurrentIndex(max(0, self.agent.findData(current)))
        self.agent.blockSignals(False)
        self.load_failed_items()

    def load_failed_items(self) -> None:
        """The chosen agent's recent failed items to tick, read in the background."""
        self.links.clear()
        agent_id = self.agent.currentData()
        if agent_id is None:
            return
        self.failed_read.start(coaching.failed_items_of_agent, self.page.ctx.db, agent_id, 20,
                               done=self._show_failed_items, failed=lambda error: self.page.say(describe_error(error)))

    def _show_failed_items(self, evaluations: list[dict]) -> None:
        self.links.clear()
        titles = self.page.item_titles()
        for evaluation in evaluations:
            call = evaluation["external_id"] or evaluation["call_id"]
            when = evaluation["started_at"].strftime("%m-%d %H:%M") if evaluation["started_at"] else ""
            for code in evaluation["failed_items"] or [None]:
                text = self.tr("call {0} {1}, score {2}: {3}").format(
                    call, when, fmt(evaluation["score"]),
                    titles.get(code, code) if code else self.tr("(whole evaluation)"))
                entry = QListWidgetItem(text)
                entry.setToolTip(text)  # wider than the list at 1366×768
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Unchecked)
                entry.setData(Qt.ItemDataRole.UserRole, (evaluation["evaluation_id"], code))
                self.links.addItem(entry)

    def chosen_links(self) -> list[tuple[int, str | None]]:
        return [tuple(self.links.item(n).data(Qt.ItemDataRole.UserRole)) for n in range(self.links.count())
                if self.links.item(n).checkState() == Qt.CheckState.Checked]

    def _save_by_key(self) -> None:
        if self.save_button.isEnabled():  # the roles that may not log coaching: the key does nothing either
            self.save()

    def save(self) -> None:
        """Log the session in the background; the button waits until it is in the database."""
        agent_id = self.agent.currentData()
        if agent_id is None or self.save_write.running:
            return
        actions = []
        if self.action.text().strip():
            actions.append({"description": self.action.text(), "owner": self.owner.text(),
                            "due_on": to_date(self.action_due)})
        # what the person entered, taken here: widgets are read on the GUI thread only
        database, follow_up = self.page.ctx.db, self.follow_up.isChecked()
        fields = {"held_on": to_date(self.held_on), "kind": self.kind.currentData(),
                  "agreed": self.agreed.toPlainText(), "links": self.chosen_links(), "actions": actions,
                  "follow_up_on": to_date(self.follow_up_on) if follow_up else None,
                  "schedule_follow_up_sample": follow_up}
        gate(self.save_button, self.page.ctx, "coaching.log", False)
        self.save_write.start(lambda: coaching.record_session(database, agent_id, **fields),
                              done=self._saved, failed=self._not_saved)

    def _saved(self, row: dict) -> None:
        gate(self.save_button, self.page.ctx, "coaching.log")
        self.agreed.clear()
        self.action.clear()
        self.owner.clear()
        self.page.say(self.tr("Coaching session saved."))
        self.page.ctx.dataChanged.emit("coaching")
        self.page.log_tab.refresh(select_id=row["id"])

    def _not_saved(self, error: BaseException) -> None:
        gate(self.save_button, self.page.ctx, "coaching.log")
        self.page.say(describe_error(error))


class CoachingLogTab(QWidget):
    def __init__(self, page):
        super().__init__(page)
        self.page = page
        self.current: dict | None = None
        self.read = LatestRead(self, page.busy)
        self.effect_read = LatestRead(self, page.busy)
        self.write = LatestRead(self, page.busy)
        layout = QHBoxLayout(self)
        splitter = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        self.sessions = tables.sessions_model(self, batch=SHOWN_AT_ONCE)
        self.view = table_view(self.sessions, "coachingSessions")
        # the items coached, last, take what the other columns leave (elided; the whole text as tooltip)
        self.view.horizontalHeader().setSectionResizeMode(self.sessions.columnCount() - 1,
                                                          QHeaderView.ResizeMode.Stretch)
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
        # the item's text, last, takes the room left by the pass rates, which stay in sight at 1366×768
        effect_view.horizontalHeader().setSectionResizeMode(self.effect.columnCount() - 1,
                                                            QHeaderView.ResizeMode.Stretch)
        # the action's text takes what the owner, due date and status leave: stretched twice (itself and
        # as the last section's neighbour) the status went behind a scroll bar at 1366×768, even empty
        self.actions_view.horizontalHeader().setStretchLastSection(False)
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
        self.schedule_on = date_edit(dt.date.today() + dt.timedelta(days=7))
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

    @property
    def loading(self) -> bool:
        return self.read.running

    def refresh(self, select_id: int | None = None) -> None:
        """The log, the agents to coach and the items' texts, read in the background."""
        self.read.start(read_log, self.page.ctx.db, current_language(),
                        done=lambda result: self._loaded(result, select_id),
                        failed=lambda error: self.page.say(describe_error(error)))

    def _loaded(self, result: dict, select_id: int | None) -> None:
        self.page.remember_titles(result["titles"])
        self.new_box.set_agents(result["agents"])
        self.set_rows(result["sessions"], select_id)

    def set_rows(self, rows: list[dict], select_id: int | None = None) -> None:
        keep = select_id or (self.current or {}).get("id")
        self.sessions.set_rows(tables.name_items(rows, self.page.item_titles()))
        index = next((n for n, r in enumerate(rows) if r["id"] == keep), 0 if rows else -1)
        if index >= 0:
            self.sessions.reveal(index)
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
        if self.current is not None and self.current is self.sessions.row(row):
            return  # selected again by a reload that kept it
        self.current = self.sessions.row(row)
        self.actions.set_rows(self.current["actions"])
        self.effect.set_rows([])
        self.effect_read.start(coaching.coaching_effect, self.page.ctx.db, self.current["id"],
                               done=lambda rows: self.effect.set_rows(tables.name_items(rows, self.page.item_titles())),
                               failed=lambda error: self.page.say(describe_error(error)))
        self._show_heading()

    def _show_heading(self) -> None:
        for button in (self.action_done, self.ack_button, self.follow_done, self.schedule_button):
            gate(button, self.page.ctx, "coaching.log", self.current is not None)
        s = self.current
        if not s:
            self.heading.setText(self.tr("No coaching logged yet.") if not self.read.running else "")
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
        """A change to the selected session, written in the background; the log is read again after it."""
        if not self.current:
            return

        def done(row: dict) -> None:
            self.page.say(message)
            self.page.ctx.dataChanged.emit("coaching")
            self.current = None  # shown afresh from what the reload brings
            self.refresh(select_id=row["id"])

        self.write.start(action, done=done, failed=lambda error: self.page.say(describe_error(error)))

    def mark_action_done(self) -> None:
        index = self.actions_view.currentIndex()
        if not index.isValid():
            self.page.say(self.tr("Select an action item first."))
            return
        action_id, database = self.actions.row(index.row())["id"], self.page.ctx.db
        self._act(lambda: coaching.set_action_status(database, action_id, "done"),
                  self.tr("Action item done."))

    def acknowledge(self) -> None:
        session_id = self.current["id"] if self.current else None
        database = self.page.ctx.db
        self._act(lambda: coaching.acknowledge(database, session_id),
                  self.tr("The agent's acknowledgement is recorded."))

    def follow_up_done(self) -> None:
        session_id = self.current["id"] if self.current else None
        database = self.page.ctx.db
        self._act(lambda: coaching.complete_follow_up(database, session_id),
                  self.tr("Follow-up marked done."))

    def schedule(self) -> None:
        session_id = self.current["id"] if self.current else None
        on, database = to_date(self.schedule_on), self.page.ctx.db
        self._act(lambda: coaching.schedule_follow_up(database, session_id, on),
                  self.tr("A follow-up evaluation will be drawn in the next sample."))
