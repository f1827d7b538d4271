"""Scoring calls blind: a list of calls, the player and the scoring panel, nothing of anyone else's.

Used for calibration calls and for self-checks. Scorers listen here rather than in the
workspace, which shows the agent's earlier scores — a blind score must not see them. The score
of the call on screen is an :class:`EvaluationSession` (``self.session``), as in the workspace:
it journals every change locally and saves and submits through the page's store, on this
widget's database worker (``self.saver``), so a locked shared database never freezes the window.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from qa_desktop.core import call_details
from qa_desktop.core.audio.sides import one_side_file
from qa_desktop.core.draft_journal import DraftJournal
from qa_desktop.core.evaluation_session import EvaluationSession
from qa_desktop.core.evaluations import EvaluationInfo
from qa_desktop.core.scoring.form import FormDefinition
from qa_desktop.ui.database_worker import DatabaseWorker
from qa_desktop.ui.player.controls import PlayerActions, PlayerBar
from qa_desktop.ui.player.service import PlayerService
from qa_desktop.ui.scoring import ScoringPanel
from qa_desktop.ui.scoring.saving import DraftSaver
from qa_desktop.ui.tasks import run_in_background
from qa_desktop.ui.transcript.call_tabs import FollowingTranscript
from qa_desktop.ui.transcript.pane import TranscriptPane


@dataclass
class BlindEntry:
    call_id: int
    label: str
    status: str                      # not_started | draft | submitted
    answers: dict[str, Any] = field(default_factory=dict)
    comments: dict[str, Any] = field(default_factory=dict)
    definition: dict[str, Any] | None = None  # when entries use different form versions
    key: Any = None                  # what the caller needs to save (evaluation id, …)
    row_version: int | None = None
    form_version_id: int | None = None  # names ``definition``, so the panel is not built again for it


class BlindScoringWidget(QWidget):
    saveRequested = Signal(bool)  # True: submit

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[BlindEntry] = []
        self.editable = True
        self._definition_key: Any = None
        self._default_definition: dict | None = None
        self._default_key: Any = None
        self._recording_task = None
        self.session: EvaluationSession | None = None
        # call id → where its score is saved (set by the page that knows the calibration session)
        self.store_for: Callable[[int], Any] | None = None
        self.journal = DraftJournal()
        self.worker = DatabaseWorker(self)
        self.saver = DraftSaver(self.worker, self)
        self.saver.waiting.connect(self._on_waiting)
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.calls = QListWidget()
        self.calls.setObjectName("blindCalls")
        self.calls.currentRowChanged.connect(self._show)
        self.save_draft_button = QPushButton()
        self.save_draft_button.clicked.connect(lambda: self.saveRequested.emit(False))
        left.addWidget(self.hint)
        left.addWidget(self.calls, 1)
        left.addWidget(self.save_draft_button)
        layout.addLayout(left, 1)
        right = QVBoxLayout()
        self.player = PlayerService(self, side_maker=one_side_file)
        self.player_actions = PlayerActions(self, self.player)
        self.player_actions.install(self)
        self.player_bar = PlayerBar(self.player, self.player_actions)
        right.addWidget(self.player_bar)
        self.panel = ScoringPanel()
        self.panel.setObjectName("blindScoringPanel")
        self.panel.submitRequested.connect(lambda: self.saveRequested.emit(True))
        self.panel.answersChanged.connect(self._on_answers_changed)
        # What was said, following playback; no automatic suggestions here, the scoring stays blind.
        self.transcript_pane = TranscriptPane()
        self.transcript = FollowingTranscript(self, self.transcript_pane, self.player)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.transcript_pane)
        split.addWidget(self.panel)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        right.addWidget(split, 1)
        layout.addLayout(right, 2)
        # the same keys as the workspace: Ctrl+Enter submits, Ctrl+S saves the draft
        for keys, submit in ((("Ctrl+Return", "Ctrl+Enter"), True), (("Ctrl+S",), False)):
            act = QAction(self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(lambda _=False, submit=submit: self._shortcut(submit))
            self.addAction(act)
        self.retranslate()

    def retranslate(self) -> None:
        self.save_draft_button.setText(self.tr("Save draft (Ctrl+S)"))
        for i, entry in enumerate(self.entries):
            self.calls.item(i).setText(self._label(entry))

    def showEvent(self, event) -> None:
        # Opening the tab is opening the score: the keys answer the first open item at once.
        super().showEvent(event)
        entry = self.current()
        if entry is not None and self.editable and entry.status != "submitted":
            self.panel.focus_item()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _label(self, entry: BlindEntry) -> str:
        state = {"not_started": self.tr("to score"), "draft": self.tr("draft"),
                 "submitted": self.tr("submitted")}.get(entry.status, entry.status)
        return f"{entry.label} — {state}"

    def set_entries(self, entries: list[BlindEntry], definition: dict | None, *, editable: bool = True,
                    keep_row: bool = False, definition_key: Any = None) -> None:
        """``definition_key`` (the form version id) names ``definition``: the panel keeps its item widgets
        while it stays the same, instead of building them again on every read."""
        row = self.calls.currentRow()
        self.entries, self.editable = list(entries), editable
        self._default_definition = definition
        self._default_key = definition_key
        if definition_key is None and any(e.form_version_id is None for e in self.entries):
            self._definition_key = None  # unnamed definitions: build the panel again, as ids of dicts are reused
        self.calls.blockSignals(True)
        self.calls.clear()
        for entry in self.entries:
            item = QListWidgetItem(self._label(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.call_id)
            self.calls.addItem(item)
        self.calls.blockSignals(False)
        if keep_row and 0 <= row < len(self.entries):
            target = row
        else:
            target = next((i for i, e in enumerate(self.entries) if e.status != "submitted"), 0)
        if self.entries:
            self.calls.setCurrentRow(target)
        self._show(self.calls.currentRow())

    def hold_saving(self, held: bool) -> None:
        """A save of the page's own is under way (self-checks): the draft button waits for it; Ctrl+S and
        Ctrl+Enter still ask the page, which takes one write at a time."""
        entry = self.current()
        self.save_draft_button.setEnabled(not held and entry is not None and self.editable
                                          and entry.status != "submitted")

    def _shortcut(self, submit: bool) -> None:
        entry = self.current()
        if entry is not None and self.editable and entry.status != "submitted":
            self.saveRequested.emit(submit)

    def current(self) -> BlindEntry | None:
        row = self.calls.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _on_answers_changed(self) -> None:
        if self.session is not None:
            self.session.edit(self.panel.answers(), self.panel.comments())

    def _on_waiting(self, session, seconds: int) -> None:
        if session is self.session:
            self.panel.set_state_text(self.tr("Waiting for the shared database ({0} s)… Your answers are kept "
                                              "safe on this computer.").format(seconds))

    def current_session(self) -> EvaluationSession | None:
        """The score on screen, with what the panel shows (a caller may have set values directly)."""
        if self.session is not None and self.session.editable:
            self.session.edit(self.panel.answers(), self.panel.comments())
        return self.session

    def _session_for(self, entry: BlindEntry, definition: dict | None) -> EvaluationSession | None:
        if self.store_for is None:
            return None
        store = self.store_for(entry.call_id)
        state = None
        if entry.key is not None:
            state = EvaluationInfo(id=entry.key, call_id=entry.call_id, evaluator_id=store.evaluator_id,
                                   form_version_id=0, status=entry.status, row_version=entry.row_version or 0,
                                   answers=dict(entry.answers), comments=dict(entry.comments))
        session = EvaluationSession(store, FormDefinition.from_dict(definition) if definition else None, None, state,
                                    journal=self.journal)
        session.adopt_journal()
        return session

    def _show(self, row: int) -> None:
        if row < 0 or row >= len(self.entries):
            self.session = None
            self.panel.set_form(None)
            self.save_draft_button.setEnabled(False)
            self.player.unload()
            return
        entry = self.entries[row]
        definition = entry.definition or self._default_definition
        key = ("version", entry.form_version_id or self._default_key) \
            if (entry.form_version_id or self._default_key) is not None else ("dict", id(definition))
        if key != self._definition_key:
            self.panel.set_form(FormDefinition.from_dict(definition) if definition else None, self.ctx.language,
                                key=key)
            self._definition_key = key
        self._load_recording(entry.call_id)
        self.transcript.show_call(self.ctx.db, entry.call_id)
        self.session = self._session_for(entry, definition)
        if self.session is not None:
            self.panel.set_values(self.session.answers, self.session.comments)
        else:
            self.panel.set_values(entry.answers, entry.comments)
        can_edit = self.editable and entry.status != "submitted"
        self.panel.set_read_only(not can_edit)
        self.save_draft_button.setEnabled(can_edit)
        self.panel.set_state_text(self.tr("Submitted: final.") if entry.status == "submitted" else
                                  self.tr("Ctrl+S saves the draft, Ctrl+Enter submits."))
        if can_edit and self.isVisible():
            self.panel.focus_item()

    def _load_recording(self, call_id: int) -> None:
        """Find and check the recording off the GUI thread (a shared drive may be slow to answer)."""
        task = run_in_background(self, _recording_of, self.ctx.db, call_id, pass_progress=False)
        self._recording_task = task
        task.succeeded.connect(lambda found: self._show_recording(task, call_id, found))

    def _show_recording(self, task, call_id: int, found) -> None:
        if not isValid(self) or task is not self._recording_task:
            return
        current = self.current()
        if current is None or current.call_id != call_id:
            return
        if found is None:
            self.player.unload()
            return
        path, duration_s, status, detail = found
        if status == call_details.RECORDING_OK:
            self.player_bar.set_problem("", False)
            if self.player.path != path:
                self.player.load(path, duration_ms=int((duration_s or 0) * 1000))
        else:
            self.player.unload()
            self.player_bar.set_problem(self.tr("The recording cannot be played: {0}").format(detail), False)


def _recording_of(database, call_id: int):
    """(path, duration, check status, detail) of a call's recording, or None for an unknown call."""
    info = call_details.load_call(database, call_id, previous_limit=0)
    if info is None:
        return None
    status, detail = call_details.check_recording(info.recording_path, info.file_size)
    return info.recording_path, info.duration_s, status, detail
