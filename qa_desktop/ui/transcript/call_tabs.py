"""The transcript and suggestions tabs under a call's waveform, wired to its player.

A page that shows a call (the workspace, review, calibration) adds them with a few lines: it
gives its tab widget, player and waveform, calls :meth:`CallTranscriptTabs.show_call` when a
call is opened, and (to let Ctrl+Y fill in answers) an ``accept`` callback taking item -> answer.
The transcript and suggestions are read off the GUI thread.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTabWidget, QWidget
from shiboken6 import isValid

from qa_desktop.core.scoring.form import FormDefinition
from qa_desktop.ui.tasks import run_in_background
from qa_desktop.ui.transcript.pane import TranscriptPane
from qa_desktop.ui.transcript.suggestions import ACCEPT_KEY, SuggestionsPanel


def _load(database, call_id: int, definition: FormDefinition | None):
    from qa_desktop.core.checks.run import CompiledForm
    from qa_desktop.core.checks.suggestions import call_facts

    with database.read() as session:
        facts = call_facts(session, call_id)
    has_checks = definition is not None and any(item.checks for _, item in definition.items())
    return facts.lines, (CompiledForm(definition).run(facts) if has_checks else [])


def _load_lines(database, call_id: int):
    from qa_desktop.core.transcripts.store import load_transcripts

    return load_transcripts(database, call_id)


class FollowingTranscript(QObject):
    """A transcript pane on its own, following a player (calibration's blind scoring: no suggestions,
    so the scorers' judgement stays their own)."""

    def __init__(self, owner: QWidget, pane: TranscriptPane, player):
        super().__init__(owner)
        self.pane, self.call_id, self._task = pane, None, None
        pane.seekRequested.connect(player.seek)
        player.positionChanged.connect(pane.set_position)

    def show_call(self, database, call_id: int | None) -> None:
        self.call_id = call_id
        self.pane.set_lines([])
        if call_id is None:
            return
        task = run_in_background(None, _load_lines, database, call_id, pass_progress=False)
        self._task = task
        task.succeeded.connect(lambda lines, t=task, c=call_id: self.pane.set_lines(lines)
                               if isValid(self.pane) and t is self._task and c == self.call_id else None)


class CallTranscriptTabs(QObject):
    def __init__(self, owner: QWidget, tabs: QTabWidget, player, waveform,
                 accept: Callable[[dict], None] | None = None, focus_item: Callable[[str], None] | None = None):
        super().__init__(owner)
        self.tabs, self.player, self.waveform, self._accept = tabs, player, waveform, accept
        self.pane = TranscriptPane()
        self.suggestions = SuggestionsPanel()
        self.suggestions.accept_button.setVisible(accept is not None)
        tabs.addTab(self.pane, "")
        if accept is not None:
            tabs.addTab(self.suggestions, "")
        self.pane.seekRequested.connect(player.seek)
        self.suggestions.seekRequested.connect(player.seek)
        player.positionChanged.connect(self.pane.set_position)
        self.pane.hitsChanged.connect(waveform.set_marks)
        self.suggestions.acceptRequested.connect(self.accept)
        if focus_item is not None:  # a click on a suggestion puts the cursor on its item, to answer it
            self.suggestions.itemRequested.connect(focus_item)
        self.accept_action = QAction(owner)
        self.accept_action.setShortcut(QKeySequence(ACCEPT_KEY))
        self.accept_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.accept_action.triggered.connect(self.accept)
        if accept is not None:
            owner.addAction(self.accept_action)
        self.call_id: int | None = None
        self._task = None
        # Opening a call shows its suggestions, until the evaluator picks a tab of their own.
        self._tab_chosen = False
        tabs.tabBarClicked.connect(lambda _index: setattr(self, "_tab_chosen", True))
        self.retranslate()

    def retranslate(self) -> None:
        self.tabs.setTabText(self.tabs.indexOf(self.pane), self.tr("Transcript"))
        count = len(self.suggestions.suggestions)
        index = self.tabs.indexOf(self.suggestions)
        if index >= 0:
            self.tabs.setTabText(index, self.tr("Suggestions (%1)").replace("%1", str(count)) if count
                                 else self.tr("Suggestions"))
        self.pane.retranslate()
        self.suggestions.retranslate()

    def show_call(self, database, call_id: int | None, definition: FormDefinition | None, answers: dict,
                  lang: str) -> None:
        """Clear the tabs, then fill them from the database in the background."""
        self.call_id = call_id
        self.pane.set_lines([])
        self.suggestions.show_suggestions([], definition, answers, lang)
        self.waveform.set_marks([])
        self.retranslate()
        if call_id is None:
            return
        task = run_in_background(None, _load, database, call_id, definition, pass_progress=False)
        self._task = task

        def done(result, t=task, c=call_id):
            # a read that ends after the page was closed must not touch its deleted widgets
            if not isValid(self.pane) or t is not self._task or c != self.call_id:
                return
            lines, suggestions = result
            self.pane.set_lines(lines)
            self.suggestions.show_suggestions(suggestions, definition, self.suggestions.answers, lang)
            self.retranslate()
            if suggestions and self._accept is not None and not self._tab_chosen:
                self.tabs.setCurrentWidget(self.suggestions)

        task.succeeded.connect(done)

    def set_answers(self, answers: dict) -> None:
        self.suggestions.set_answers(answers)

    def accept(self) -> None:
        pending = self.suggestions.pending()
        if pending and self._accept is not None:
            self._accept(pending)

    def wants_search(self) -> bool:
        """The transcript is the tab in view: Ctrl+F searches it rather than the library."""
        return self.tabs.currentWidget() is self.pane and self.pane.isVisible()

    def focus_search(self) -> None:
        self.pane.focus_search()
