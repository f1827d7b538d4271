"""The agent's record (坐席档案) in one window: results, coaching, training, rewards and penalties.

Opened from the Roster page (Enter or double-click on an agent, or "Agent record…"). Read off the
GUI thread; the window shows "Loading…" until the record is there.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTabWidget, QVBoxLayout, QWidget
from shiboken6 import isValid

from qa_desktop.core.errors import ValidationError
from qa_desktop.core.workflow.agent_overview import agent_overview
from qa_desktop.ui.coaching.tables import follow_up_text, kind_text
from qa_desktop.ui.coaching.training_records_tab import kind_text as training_kind_text
from qa_desktop.ui.i18n import current_language
from qa_desktop.ui.people.common import error_text
from qa_desktop.ui.rows_model import BAD, GOOD, RowsModel
from qa_desktop.ui.tasks import run_in_background
from qa_desktop.ui.widgets import read_only_table
from qa_desktop.ui.workspace.queue_model import grade_text

C = "AgentOverview"
GRADES = ("excellent", "good", "pass", "fail")
RECORD_KINDS = {"reward": QT_TRANSLATE_NOOP("AgentOverview", "Praise (reward)"),
                "penalty": QT_TRANSLATE_NOOP("AgentOverview", "Complaint (penalty)")}
LIST_SEPARATOR = QT_TRANSLATE_NOOP("AgentOverview", ", ")


def _tr(text: str) -> str:
    return QCoreApplication.translate(C, text)


def _reward_text(row: dict) -> str:
    return _tr(RECORD_KINDS[row["kind"]])


def results_model(parent=None) -> RowsModel:
    return RowsModel([
        (C, QT_TRANSLATE_NOOP("AgentOverview", "Scored on"), lambda r: r["submitted_at"], None),
        (C, QT_TRANSLATE_NOOP("AgentOverview", "Call"), lambda r: r["external_id"] or r["call_id"], None),
        (C, QT_TRANSLATE_NOOP("AgentOverview", "Call time"), lambda r: r["call_at"], None),
        (C, QT_TRANSLATE_NOOP("AgentOverview", "Score"), lambda r: r["score"], None),
        (C, QT_TRANSLATE_NOOP("AgentOverview", "Grade"), lambda r: grade_text(r["grade"]) if r["grade"] else None,
         lambda r: BAD if r["grade"] == "fail" else GOOD if r["grade"] == "excellent" else None),
        (C, QT_TRANSLATE_NOOP("AgentOverview", "Evaluator"), lambda r: r["evaluator"], None),
        (C, QT_TRANSLATE_NOOP("AgentOverview", "Points lost on"),
         lambda r: _tr(LIST_SEPARATOR).join(r["failed_items"]) or None, None),
    ], parent)


def coaching_model(parent=None) -> RowsModel:
    return RowsModel([
        (C, QT_TRANSLATE_NOOP("AgentOverview", "Date"), lambda r: r["held_on"], None),
        (C, QT_TRANSLATE_NOOP("AgentOverview", "Kind"), lambda r: kind_text(r["kind"]), None),
        (C, QT_TRANSLATE_NOOP("AgentOverview", "Coach"), lambda r: r["coach"], None),
        (C, QT_TRANSLATE_NOOP("AgentOverview", "Agreed"), lambda r: r["agreed"], None),
        (C, QT_TRANSLATE_NOOP("AgentOverview", "Follow-up"),
         lambda r: follow_up_text(r["follow_up"]) + (f" {r['follow_up_on']}" if r["follow_up_on"] else ""),
         lambda r: BAD if r["follow_up"] == "overdue" else None),
        (C, QT_TRANSLATE_NOOP("AgentOverview", "Acknowledged"), lambda r: r["acknowledged_at"] is not None, None),
    ], parent)


def training_model(parent=None) -> RowsModel:
    return RowsModel([
        (C, QT_TRANSLATE_NOOP("AgentOverview", "Held on"), lambda r: r["held_on"], None),
        (C, QT_TRANSLATE_NOOP("AgentOverview", "Kind"), lambda r: training_kind_text(r["kind"]), None),
        (C, QT_TRANSLATE_NOOP("AgentOverview", "Trainer"), lambda r: r["trainer"], None),
        (C, QT_TRANSLATE_NOOP("AgentOverview", "Attended"), lambda r: r["attended"],
         lambda r: None if r["attended"] else BAD),
        (C, QT_TRANSLATE_NOOP("AgentOverview", "Test score"), lambda r: r["score"], None),
        (C, QT_TRANSLATE_NOOP("AgentOverview", "Content"), lambda r: r["content"], None),
    ], parent)


def rewards_model(parent=None) -> RowsModel:
    return RowsModel([
        (C, QT_TRANSLATE_NOOP("AgentOverview", "Verified on"), lambda r: r["verified_at"], None),
        (C, QT_TRANSLATE_NOOP("AgentOverview", "Record"), _reward_text,
         lambda r: GOOD if r["kind"] == "reward" else BAD),
        (C, QT_TRANSLATE_NOOP("AgentOverview", "Call"), lambda r: r["external_id"] or r["call_id"], None),
        (C, QT_TRANSLATE_NOOP("AgentOverview", "Customer said"), lambda r: r["customer_said"], None),
        (C, QT_TRANSLATE_NOOP("AgentOverview", "Verified by"), lambda r: r["verified_by"], None),
    ], parent)


class AgentOverviewDialog(QDialog):
    def __init__(self, database, agent_code: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("agentOverview")
        self.agent_code = agent_code
        self.record: dict | None = None
        self.setWindowTitle(self.tr("Agent record: {0}").format(agent_code))
        self.resize(1100, 620)
        self.heading = QLabel(self.tr("Loading…"))
        self.heading.setObjectName("agentHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.summary = QLabel()
        self.summary.setObjectName("agentSummary")
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget()
        self.models = {"results": results_model(self), "coaching": coaching_model(self),
                       "training": training_model(self), "rewards": rewards_model(self)}
        self.tables = {key: read_only_table(model, f"agent_{key}") for key, model in self.models.items()}
        for table in self.tables.values():
            self.tabs.addTab(table, "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        # Ctrl+Tab is taken by the table; Ctrl+1…4 pick a tab from the keyboard
        for number in range(4):
            QShortcut(QKeySequence(f"Ctrl+{number + 1}"), self, lambda n=number: self.tabs.setCurrentIndex(n))
        self._name_tabs()
        task = run_in_background(self, agent_overview, database, agent_code, lang=current_language(),
                                 pass_progress=False)
        task.succeeded.connect(self._show)
        task.failed.connect(self._failed)
        self.task = task

    def _name_tabs(self) -> None:
        counts = {key: len(model.rows) for key, model in self.models.items()} if self.record else {}
        names = {"results": self.tr("Results"), "coaching": self.tr("Coaching"), "training": self.tr("Training"),
                 "rewards": self.tr("Rewards and penalties")}
        for index, key in enumerate(self.models):
            label = names[key] if key not in counts else f"{names[key]} ({counts[key]})"
            self.tabs.setTabText(index, label)

    def _failed(self, error) -> None:
        if not isValid(self):
            return
        if isinstance(error, ValidationError) and error.params.get("agent"):  # another team's agent
            self.heading.setText(self.tr("Agent {0} is not in a team whose records you may read.").format(
                self.agent_code))
        else:
            self.heading.setText(error_text(error))

    def _show(self, record: dict) -> None:
        if not isValid(self):  # closed while reading
            return
        self.record = record
        agent, summary = record["agent"], record["summary"]
        if not agent["active"]:
            status = self.tr("has left")
        elif agent["on_probation"]:
            status = self.tr("on probation until {0}").format(agent["probation_end"])
        else:
            status = self.tr("employed")
        self.heading.setText(self.tr("{0} {1} · {2} · hired {3} · {4}").format(
            agent["agent_code"], agent["name"], agent["team"] or self.tr("no team"),
            agent["hire_date"] or "–", status))
        grades = "  ".join(f"{grade_text(g)} {summary['grades'][g]}" for g in GRADES if summary["grades"].get(g))
        mean = "–" if summary["mean_score"] is None else f"{summary['mean_score']:.2f}"
        self.summary.setText(self.tr(
            "Last {0} days: {1} results, mean score {2}. {3}\nRewards {4}, penalties {5}.").format(
            summary["days"], summary["evaluations"], mean, grades, summary["rewards"], summary["penalties"]))
        for key, model in self.models.items():
            model.set_rows(record[key])
        self._name_tabs()
        self.tables["results"].setFocus()
