"""Coaching → Training needs: the month's error rate per item and per team, and the training ranking
(bottom agents to one-to-one training, top agents to recording-based training). Rules are the core's
(``core.workflow.training``); the month is read in the background (500 agents' month: seconds)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget

from qa_desktop.core.forms_repository import item_titles
from qa_desktop.core.workflow import training
from qa_desktop.core.workflow.permissions import visible_teams_of
from qa_desktop.ui.coaching import tables
from qa_desktop.ui.coaching.reads import LatestRead
from qa_desktop.ui.i18n import current_language
from qa_desktop.ui.messages import workflow_error_text as describe_error
from qa_desktop.ui.widgets import read_only_table as table_view

SHOWN_AT_ONCE = 100  # ranked agents handed to the table at a time; more as it scrolls


def read_needs(database, month: str, bottom_n: str, top_n: str, language: str) -> dict:
    """The month's error rates and ranking for the teams the acting user sees, and the items' texts."""
    teams = visible_teams_of(database)
    start, end = training.month_bounds(month)
    return {"rates": training.monthly_error_rates(database, month, team_ids=teams),
            "ranking": training.training_ranking(database, start, end, bottom_n=bottom_n, top_n=top_n,
                                                 team_ids=teams),
            "titles": item_titles(database, language)}


class TrainingTab(QWidget):
    def __init__(self, page):
        super().__init__(page)
        self.page = page
        self.read = LatestRead(self, page.busy)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        today = dt.date.today()
        self.month = QLineEdit(f"{today.year}-{today.month:02d}")
        self.month.setObjectName("trainingMonth")
        self.month.returnPressed.connect(self.refresh)
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
            box.returnPressed.connect(self.refresh)
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
        self.items = tables.item_rates_model(self, batch=SHOWN_AT_ONCE)
        self.teams = tables.item_rates_model(self, with_team=True, batch=SHOWN_AT_ONCE)
        self.ranking = tables.ranking_model(self, batch=SHOWN_AT_ONCE)
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

    @property
    def loading(self) -> bool:
        return self.read.running

    def refresh(self) -> None:
        self.read.start(read_needs, self.page.ctx.db, self.month.text(), self.bottom_n.text(), self.top_n.text(),
                        current_language(), done=self._show, failed=lambda error: self.page.say(describe_error(error)))

    def _show(self, result: dict) -> None:
        self.page.remember_titles(result["titles"])
        data, titles = result["rates"], self.page.item_titles()
        self.items.set_rows(tables.name_items(data["items"], titles))
        self.teams.set_rows(tables.name_items(data["teams"], titles))
        self.ranking.set_rows(result["ranking"])
        worst = self.tr(", ").join(f"{titles.get(r['item_code'], r['item_code'])} ({r['failed']})"
                                   for r in data["most_failed"][:3]) or "–"
        self.summary.setText(self.tr("{0}: {1} evaluations. Most failed items: {2}.").format(
            data["month"], data["evaluations"], worst))
