"""The Coaching page: the coaching log (sessions, action items, follow-ups, before/after pass rates),
the training needs (monthly error rates per item and team, the training ranking), the recordings of
the month and the training records.

Rules live in ``qa_desktop.core.workflow``; the tabs collect input and show what it returns. Only the
tab in sight is read, in the background (``reads.LatestRead``); the others when they are shown.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from qa_desktop.ui.coaching.log_tab import CoachingLogTab
from qa_desktop.ui.coaching.needs_tab import TrainingTab
from qa_desktop.ui.coaching.recordings_tab import RecordingsTab
from qa_desktop.ui.coaching.training_records_tab import TrainingRecordsTab
from qa_desktop.ui.context import AppContext
from qa_desktop.ui.i18n import current_language
from qa_desktop.ui.messages import workflow_error_text as describe_error


class CoachingPage(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._titles: tuple[str, dict[str, str]] | None = None
        self._busy = 0
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.loading = QLabel()  # says a read is under way, beside the tabs
        self.loading.setObjectName("coachingLoading")
        self.tabs.setCornerWidget(self.loading, Qt.Corner.TopRightCorner)
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
        self._stale: set[int] = set()
        self.tabs.currentChanged.connect(lambda _index: self._load_shown_tab())
        ctx.databaseChanged.connect(self._database_changed)
        self.retranslate()
        self.activate()

    def describe(self, error: BaseException) -> str:
        return describe_error(error)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.ctx.statusMessage.emit(text)

    def busy(self, change: int) -> None:
        """A read or write of a tab started (+1) or ended (-1)."""
        self._busy = max(0, self._busy + change)
        self.loading.setText(self.tr("Loading…") if self._busy else "")

    def item_titles(self) -> dict[str, str]:
        """Item codes as their texts in the UI's language, as the last read brought them (never read here:
        this is the GUI thread)."""
        return self._titles[1] if self._titles is not None else {}

    def remember_titles(self, titles: dict[str, str]) -> None:
        self._titles = (current_language(), titles)

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Coaching log"))
        self.tabs.setTabText(1, self.tr("Training needs"))
        self.tabs.setTabText(2, self.tr("Recordings of the month"))
        self.tabs.setTabText(3, self.tr("Training records"))
        self.busy(0)
        self.log_tab.retranslate()
        self.training_tab.retranslate()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self._titles is not None and self._titles[0] != current_language():
                # item texts and statuses in the tables follow the language too: read again when shown
                self._stale = set(range(self.tabs.count()))
                self._load_shown_tab()
        super().changeEvent(event)

    def refresh(self, select_id: int | None = None) -> None:
        """The coaching log read again (after a save elsewhere, or by a test)."""
        self.log_tab.refresh(select_id)

    def activate(self) -> None:
        """Shown (again): the tab in sight is read afresh, the others when they are shown. A read of it
        still under way (the page was just built) is not started twice."""
        self._stale = set(range(self.tabs.count()))
        if self.tabs.currentWidget().loading:
            self._stale.discard(self.tabs.currentIndex())
        self._load_shown_tab()

    def _database_changed(self) -> None:
        self._titles = None
        self._stale = set(range(self.tabs.count()))
        self._load_shown_tab()

    def _load_shown_tab(self) -> None:
        index = self.tabs.currentIndex()
        if index in self._stale:
            self._stale.discard(index)
            self.tabs.widget(index).refresh()
