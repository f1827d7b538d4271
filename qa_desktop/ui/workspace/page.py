"""The evaluator's workspace: queue on the left, the call (player, waveform, notes, details, flags)
in the middle, the scoring panel on the right. Everything has a key:

    Ctrl+N next call · Enter open the selected call · Ctrl+F search · F6 queue ⇄ scoring
    Ctrl+Space / F8 play-pause · Ctrl+←/→ ±5 s · Ctrl+Shift+←/→ ±30 s · Ctrl+[ / Ctrl+] speed
    Alt+A / Alt+C / Alt+B agent / customer / both · Ctrl+L A–B loop · Ctrl+M note
    ↑/↓ items · 1 yes · 2 no · N N/A · digits for scales and options · F1/? guidance
    Ctrl+S save now · Ctrl+Enter submit (or change a submitted evaluation, with a reason)
    Ctrl+Y accept the automatic checks' suggestions · Ctrl+F in the Transcript tab searches what was said

The evaluation itself (answers, draft → submit → amend → lock, validation, active time, the local
journal) is a Qt-free :class:`~qa_desktop.core.evaluation_session.EvaluationSession`; this page
shows it and feeds it keystrokes. Drafts save themselves 1.5 s after the last change and whenever
the call is left; the queue polls the database's change token so colleagues' submits show
without a restart.
"""
from __future__ import annotations

import dataclasses
import time

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.core import call_details, work_queue
from qa_desktop.core import evaluation_session as sessions
from qa_desktop.core.audio import skipping
from qa_desktop.core.audio.sides import one_side_file
from qa_desktop.core.audio.tracks import analysis_spans, compute_envelope
from qa_desktop.core.draft_journal import DraftJournal
from qa_desktop.core.errors import QADesktopError
from qa_desktop.core.evaluation_session import EvaluationSession
from qa_desktop.core.library import call_analysis
from qa_desktop.core.scoring.form import pick
from qa_desktop.ui.context import AppContext
from qa_desktop.ui.database_worker import DatabaseWorker
from qa_desktop.ui.messages import describe_error
from qa_desktop.ui.player.controls import PlayerActions, PlayerBar
from qa_desktop.ui.player.service import PlayerService
from qa_desktop.ui.player.waveform import WaveformLegend, WaveformView, fmt_time
from qa_desktop.ui.scoring import ScoringPanel
from qa_desktop.ui.tasks import run_in_background
from qa_desktop.ui.transcript.call_tabs import CallTranscriptTabs
from qa_desktop.ui.workspace import recording
from qa_desktop.ui.workspace.annotations import CallAnnotations
from qa_desktop.ui.workspace.call_panel import DetailsPanel, FlagsPanel, NotesPanel
from qa_desktop.ui.workspace.evaluation_view import EvaluationView
from qa_desktop.ui.workspace.positions import PlaybackPositions
from qa_desktop.ui.workspace.queue_panel import QueuePanel
from qa_desktop.ui.workspace.queue_reading import QueueReading

PRELOAD_AFTER_MS = 1500  # once the opened call is playing and drawn
POLL_MS = 4000           # how often the shared database is asked whether anything changed
RELEASE_WAIT_S = 2.0     # how long leaving a database waits for a pending save (the journal keeps it anyway)


class WorkspacePage(QueueReading, QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.setObjectName("workspacePage")
        self.ctx = ctx
        # This page's database and user for its whole life: when another database is opened the
        # main window makes new pages, and a draft still pending here is saved where it belongs.
        self.db, self.user = ctx.db, ctx.user
        self.call: call_details.CallInfo | None = None
        self.journal = DraftJournal()
        # Saves, submits and the change poll wait on the database here, never in the GUI thread.
        self.worker = DatabaseWorker(self)
        self._token = None
        self._envelope_task = None
        self._opened_at = 0.0
        self.positions = PlaybackPositions(ctx.settings)
        self._released = False
        self._opening: int | None = None  # a call asked for while the database was busy
        self._queue_rows: list = []
        self._queue_loading = False   # a reload is on the worker
        self._queue_again = False     # and another was asked for meanwhile
        self._after_queue: list = []  # what waits for the reload (the next call after a submit, Ctrl+N)

        self.player = PlayerService(self, side_maker=one_side_file)
        self.player.set_rate(ctx.settings.playback_rate)
        self.player.set_volume(ctx.settings.volume)
        self.player.rateChanged.connect(lambda r: setattr(self.ctx.settings, "playback_rate", r))
        self.player.volumeChanged.connect(lambda v: setattr(self.ctx.settings, "volume", v))
        self.player.set_skipping(ctx.settings.skip_silences)
        self.player.set_skip_min_s(ctx.settings.skip_min_s)
        self.player.skippingChanged.connect(lambda on: setattr(self.ctx.settings, "skip_silences", on))
        self.player.skipThresholdChanged.connect(lambda s: setattr(self.ctx.settings, "skip_min_s", s))
        self.player.skipThresholdChanged.connect(lambda _s: self._apply_skip_plan())
        for signal in (self.player.rateChanged, self.player.skippingChanged):
            signal.connect(lambda *_: self._show_call_header())
        self._analysis_task = None
        self.player.error.connect(self._on_player_error)
        self.player_actions = PlayerActions(self, self.player)

        # -- layout ---------------------------------------------------------------------------
        self.queue = QueuePanel()
        self.queue.openRequested.connect(self.open_call)
        self.queue.librarySearchRequested.connect(self.search_library)
        self.queue.backToQueueRequested.connect(self.show_queue)

        center = QWidget()
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(0, 0, 0, 0)
        center_layout.setSpacing(3)
        self.header = QLabel()
        self.header.setObjectName("callHeader")
        self.header.setWordWrap(True)
        self.others = QLabel()
        self.others.setObjectName("othersScoring")
        self.others.setWordWrap(True)
        self.others.setStyleSheet("background:#fff3cd; color:#6b4e00; padding:3px; border-radius:3px;")
        self.others.setVisible(False)
        self.player_bar = PlayerBar(self.player, self.player_actions)
        self.player_bar.relinkRequested.connect(self.relink_recording)
        self.waveform = WaveformView()
        self.waveform.bind(self.player)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("callTabs")
        self.notes = NotesPanel()
        self.player.positionChanged.connect(self.notes.follow_position)
        self.details = DetailsPanel()
        self.flags = FlagsPanel()
        self.tabs.addTab(self.notes, "")
        self.tabs.addTab(self.details, "")
        self.tabs.addTab(self.flags, "")
        self.transcript = CallTranscriptTabs(self, self.tabs, self.player, self.waveform,
                                             accept=self.accept_suggestions,
                                             focus_item=lambda code: self.panel.focus_item(code))
        center_layout.addWidget(self.header)
        center_layout.addWidget(self.others)
        center_layout.addWidget(self.player_bar)
        self.legend = WaveformLegend()
        wave_box = QWidget()
        wave_layout = QVBoxLayout(wave_box)
        wave_layout.setContentsMargins(0, 0, 0, 0)
        wave_layout.setSpacing(0)
        wave_layout.addWidget(self.waveform, 1)
        wave_layout.addWidget(self.legend)
        self.vertical = QSplitter(Qt.Orientation.Vertical)
        self.vertical.addWidget(wave_box)
        self.vertical.addWidget(self.tabs)
        self.vertical.setStretchFactor(0, 3)
        self.vertical.setStretchFactor(1, 2)
        center_layout.addWidget(self.vertical, 1)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.panel = ScoringPanel()
        self.panel.currentItemChanged.connect(self.notes.follow_item)
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("changeSubmitted")
        # the evaluation of the open call: its session on the panel, saved off the GUI thread
        self.scoring = EvaluationView(ctx, self.panel, self.edit_button, self.worker, self)
        self.scoring.stored.connect(lambda: self.ctx.dataChanged.emit("evaluation"))
        self.scoring.submitted.connect(self._submitted)
        self.saver, self.autosave = self.scoring.saver, self.scoring.autosave
        self.panel.answersChanged.connect(self._answers_changed)
        right_layout.addWidget(self.panel, 1)
        right_layout.addWidget(self.edit_button)

        self.queue.setMinimumWidth(200)
        center.setMinimumWidth(360)
        right.setMinimumWidth(300)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.queue)
        self.splitter.addWidget(center)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 4)
        self._sized = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)

        self.annotations = CallAnnotations(self)

        # -- keys -----------------------------------------------------------------------------
        def action(slot, *keys: str) -> QAction:
            act = QAction(self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.next_action = action(self.open_next_call, "Ctrl+N")
        self.search_action = action(self.focus_search, "Ctrl+F")
        self.note_action = action(self.begin_note, "Ctrl+M")
        self.submit_action = action(self.submit, "Ctrl+Return", "Ctrl+Enter")
        self.save_action = action(self.save_now, "Ctrl+S")
        self.switch_action = action(self.toggle_focus, "F6")
        self.zoom_in_action = action(self.waveform.zoom_in, "Ctrl+=", "Ctrl++")
        self.zoom_out_action = action(self.waveform.zoom_out, "Ctrl+-")
        self.player_actions.install(self)

        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self.poll_changes)
        ctx.dataChanged.connect(self._on_data_changed)
        ctx.openCallRequested.connect(self.open_call)
        # Emitted before the old database is closed: no read of ours may still be running on it.
        ctx.databaseChanged.connect(self.release_database)

        self.retranslate()
        self.refresh_queue()
        # Drafts a crash or a locked database left in the journal go to the database first.
        self.worker.run(sessions.replay_journal, self.db, self.user.id, self.journal, self._is_open_call,
                        done=self._journal_replayed)
        self._show_call_header()

    # -- translation ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Notes"))
        self.tabs.setTabText(1, self.tr("Details"))
        self.tabs.setTabText(2, self.tr("Flags"))
        self.edit_button.setText(self.tr("Change this submitted evaluation…"))
        self.waveform.channel_labels = (self.tr("Agent"), self.tr("Customer"))
        self.player_actions.retranslate(self)
        self.notes.retranslate()
        self.details.retranslate()
        self.flags.retranslate()
        self.transcript.retranslate()
        self._show_call_header()
        self.scoring.show_state()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- lifecycle -----------------------------------------------------------------------------
    def activate(self) -> None:
        if self._released:
            return
        self.refresh_queue(then=self._select_first_row)
        self.poll.start()
        if self.call is None and self.panel.definition is None:
            QTimer.singleShot(0, self, self._warm_up)
        if self.call is None:
            self.queue.table.setFocus()
            self._select_first_row()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._sized and self.width() > 200:
            self._sized = True
            width = self.splitter.width() or self.width()
            # The queue's columns (status to score) need ~440 px in English ("Submitted", "100.00 Excellent"):
            # at 1366 px the centre and the form give way (the player's buttons and tabs need ~390 px).
            queue, form = (0.27, 0.32) if width >= 1500 else (0.37, 0.30)
            self.splitter.setSizes([int(width * queue), int(width * (1 - queue - form)), int(width * form)])
            self.vertical.setSizes([int(self.height() * 0.55), int(self.height() * 0.45)])

    def _warm_up(self) -> None:
        """Build the scoring form the next call will use before it is asked for (the slow part of opening)."""
        if self.call is not None or self.panel.definition is not None:
            return
        row = work_queue.next_call(getattr(self, "_queue_rows", []))
        if row is None:
            return
        try:
            version_id, definition = sessions.form_for_call(self.db, row.call_id)
        except QADesktopError:
            return
        if definition is None or self.call is not None:
            return
        self.panel.set_form(definition, self.ctx.language, key=version_id)
        self.panel.set_read_only(True)
        self.panel.set_state_text(self.tr("Press Ctrl+N to open the next call and start scoring."))
        info = call_details.load_call(self.db, row.call_id, previous_limit=0)
        if info is not None and call_details.check_recording(info.recording_path, info.file_size)[0] == \
                call_details.RECORDING_OK:
            self.player.preload(info.recording_path)

    def hideEvent(self, event) -> None:
        self.save_now()
        self.poll.stop()
        super().hideEvent(event)

    def closeEvent(self, event) -> None:
        self.leave_call()
        self.worker.wait_idle(RELEASE_WAIT_S)
        super().closeEvent(event)

    def release_database(self) -> None:
        """Stop using the database: save what is pending (waiting a moment for it; what does not make it
        stays in the local journal for the next time this database is opened), stop polling and loading."""
        self.leave_call()
        self.poll.stop()
        self.worker.wait_idle(RELEASE_WAIT_S)
        self.saver.forget()
        self._released = self.scoring.released = True

    def _is_open_call(self, call_id: int) -> bool:
        call = self.call  # read from the worker thread: one attribute, no lock needed
        return call is not None and call.id == call_id

    def _journal_replayed(self, report, error) -> None:
        if error is not None or report is None or self._released:
            return
        if report.saved:
            self.ctx.statusMessage.emit(self.tr("{0} unsaved drafts kept on this computer were saved.").format(
                len(report.saved)))
            self.ctx.dataChanged.emit("evaluation")

    def _on_data_changed(self, entity: str) -> None:
        if entity in ("evaluation", "call", "flag", "all", "sample"):
            self.refresh_queue()

    def focus_search(self) -> None:
        if self.transcript.wants_search():
            self.transcript.focus_search()
            return
        self.queue.search.setFocus()
        self.queue.search.selectAll()

    def toggle_focus(self) -> None:
        if self.panel.isAncestorOf(self.focusWidget()) if self.focusWidget() else False:
            self.queue.table.setFocus()
        else:
            self.panel.focus_item(self.panel.current_item_code())

    # -- opening a call ------------------------------------------------------------------------
    def open_call(self, call_id: int) -> None:
        """Show a call: playback starts at once, the waveform and draft follow."""
        self._opened_at = time.perf_counter()
        if self.call is not None and self.call.id == call_id:
            self.panel.focus_item()
            return
        if self.saver.held_up():
            # A save is held up by a lock on the shared file: reading the next call here would hold up
            # the window too. It opens once the database has answered (after that save, on the worker).
            self._opening = call_id
            self.ctx.statusMessage.emit(self.tr("The shared database is busy: the call opens as soon as it answers."))
            self.worker.run(lambda: None, done=lambda *_: self._open_when_answered(call_id))
            return
        self.leave_call()
        info = call_details.load_call(self.db, call_id)
        if info is None:
            self.ctx.statusMessage.emit(self.tr("This call no longer exists."))
            return
        self.call = info
        self.queue.set_current(call_id)
        self.notes.reset()
        # 1. Sound first: an evaluator should hear the call before anything else is ready.
        status, detail = call_details.check_recording(info.recording_path, info.file_size)
        spans = analysis_spans(info.analysis)
        self.waveform.clear()
        self.waveform.set_spans(spans)
        if status == call_details.RECORDING_OK:
            self.player_bar.set_problem("", False)
            self.player.load(info.recording_path, duration_ms=int((info.duration_s or 0) * 1000),
                             position_ms=self.positions.position(call_id), autoplay=True,
                             agent_channel=spans.agent_channel)
            self.waveform.set_status(self.tr("Drawing the waveform…"))
            self._start_envelope(info.recording_path, info.content_hash, call_id)
            self._apply_skip_plan()
            if call_analysis.is_stale(info.analysis):
                self._start_reanalysis(call_id)
        else:
            self.player.unload()
            self.waveform.set_duration(int((info.duration_s or 0) * 1000))
            self.player_bar.set_problem(recording.problem_text(status), True)
            self.waveform.set_status(recording.problem_text(status))
        # 2. The evaluation (draft created on the first answer, so listening alone leaves no trace).
        session = EvaluationSession.open_own(self.db, call_id, self.user.id, journal=self.journal)
        self._show_evaluation(session)
        self.transcript.show_call(self.db, call_id, session.definition, session.answers, self.ctx.language)
        # 3. The rest of the call: notes now (their markers go on the waveform), the other tabs
        # right after the event loop has started playback.
        self._refresh_notes()
        self._show_call_header()
        self.panel.focus_item()
        QTimer.singleShot(0, self, lambda c=call_id: self._show_call_extras(c))

    def _open_when_answered(self, call_id: int) -> None:
        if self._opening == call_id and not self._released:  # not overtaken by another call asked for since
            self._opening = None
            self.open_call(call_id)

    def _show_call_extras(self, call_id: int) -> None:
        if self.call is None or self.call.id != call_id:
            return
        self.details.show_call(self.call)
        self.annotations.refresh_flags()
        self._show_others()
        QTimer.singleShot(PRELOAD_AFTER_MS, self, lambda: self._preload_next(call_id))

    def _preload_next(self, call_id: int) -> None:
        """Load the next call's recording into the player's standby slot: Ctrl+N then only swaps."""
        if self.call is None or self.call.id != call_id:
            return
        row = work_queue.next_call(getattr(self, "_queue_rows", []), call_id)
        if row is None:
            return
        info = call_details.load_call(self.db, row.call_id, previous_limit=0)
        if info is not None and call_details.check_recording(info.recording_path, info.file_size)[0] == \
                call_details.RECORDING_OK:
            self.player.preload(info.recording_path)

    def leave_call(self) -> None:
        """Save what is pending and remember where playback was."""
        self.autosave.stop()
        if self.dirty:
            self.save_now()
        if self.call is not None and self.player.path:
            call_id, position, duration = self.call.id, self.player.position(), self.player.duration()
            self.positions.note(call_id, position, duration)
            # Written after the next call has started: a settings sync is slow on some disks.
            QTimer.singleShot(0, self, lambda: self.positions.remember(call_id, position, duration))
        if self._envelope_task is not None:
            self._envelope_task.cancel()
            self._envelope_task = None
        if self._analysis_task is not None:
            self._analysis_task.cancel()
            self._analysis_task = None
        self.player.stop()

    def _start_envelope(self, path: str, content_hash: str | None, call_id: int) -> None:
        task = run_in_background(None, compute_envelope, path, content_hash)
        self._envelope_task = task

        def done(envelope, t=task):
            if t is self._envelope_task and self.call is not None and self.call.id == call_id:
                self.waveform.set_envelope(envelope)
                self._envelope_task = None

        def failed(error, t=task):
            if t is self._envelope_task:
                self.waveform.set_status(self.tr("No waveform: {0}").format(describe_error(error)))
                self._envelope_task = None

        task.succeeded.connect(done)
        task.failed.connect(failed)

    # -- skipping what needs no listening -------------------------------------------------------
    def _apply_skip_plan(self) -> None:
        analysis = self.call.analysis if self.call is not None else None
        if call_analysis.is_stale(analysis):  # an older analysis may have missed speech: skip nothing
            analysis = None
        self.player.set_skip_plan(skipping.skip_plan(analysis, self.player.skip_min_s))
        self._show_call_header()

    def _start_reanalysis(self, call_id: int) -> None:
        """The call has no analysis, or one from an older version: make it anew in the background."""
        task = run_in_background(None, call_analysis.analyze_call, self.db, call_id)
        self._analysis_task = task

        def done(analysis, t=task):
            if t is not self._analysis_task or self.call is None or self.call.id != call_id:
                return
            self._analysis_task = None
            self.call = dataclasses.replace(self.call, analysis=analysis)
            self.waveform.set_spans(analysis_spans(analysis))
            self._apply_skip_plan()
            self.details.show_call(self.call)

        def failed(_error, t=task):
            if t is self._analysis_task:
                self._analysis_task = None  # the call plays and is scored without it

        task.succeeded.connect(done)
        task.failed.connect(failed)

    def _show_evaluation(self, session: EvaluationSession) -> None:
        self.scoring.show(session)
        if session is not None and session.definition is not None:
            self.notes.set_items([(item.code, f"{n}. {pick(item.text, self.ctx.language)[:60]}")
                                  for n, (_s, item) in enumerate(session.definition.items(), 1)])

    # The evaluation on screen, for pages and tests that read it.
    @property
    def session(self) -> EvaluationSession | None:
        return self.scoring.session

    @property
    def evaluation(self):
        return self.session.state if self.session else None

    @property
    def definition(self):
        return self.session.definition if self.session else None

    @property
    def dirty(self) -> bool:
        return bool(self.session and self.session.dirty)

    @property
    def amending(self) -> bool:
        return bool(self.session and self.session.amending)

    # -- header --------------------------------------------------------------------------------
    def _show_call_header(self) -> None:
        info = self.call
        if info is None:
            self.header.setText(self.tr("<b>No call open.</b> Press Ctrl+N for the next call in your queue, "
                                        "or Enter on a row."))
            return
        when = info.started_at.strftime("%Y-%m-%d %H:%M") if info.started_at else ""
        duration = info.duration_s or 0
        plan = self.player.skip_plan if self.player.skipping else []
        listening = skipping.listening_time_s(duration, plan, self.player.rate)
        self.header.setText(
            f"<b>{info.agent_code} {info.agent_name}</b> · {info.team} · {when} · {info.call_type} · "
            f"{fmt_time(int(duration * 1000))} · "
            + self.tr("listening {0} at {1:g}×").format(fmt_time(int(round(listening * 1000))), self.player.rate))

    def _show_others(self) -> None:
        if self.call is None:
            self.others.setVisible(False)
            return
        names = work_queue.others_scoring(self.db, self.call.id, self.user.id)
        self.others.setText(self.tr("Also being scored by {0} (their draft is open).").format(", ".join(names)))
        self.others.setVisible(bool(names))

    # -- scoring (the evaluation view does the work; these are the page's keys and buttons) ----------
    def save_now(self) -> None:
        self.scoring.save_now()

    def submit(self) -> None:
        if self.call is not None:
            self.scoring.submit()

    def begin_amend(self) -> None:
        self.scoring.begin_amend()

    def _answers_changed(self) -> None:
        if self.session is not None:
            self.transcript.set_answers(self.session.answers)

    def accept_suggestions(self, suggested: dict) -> None:
        """Ctrl+Y: the automatic checks' answers for the items not answered yet (answers given stay)."""
        if self.call is None or self.session is None or not self.session.editable:
            return
        self.panel.set_values({**suggested, **self.panel.answers()}, self.panel.comments())
        self.panel.answersChanged.emit()

    # -- notes and flags (CallAnnotations does the work) -----------------------------------------
    def begin_note(self) -> None:
        self.annotations.begin_note()

    def _refresh_notes(self) -> None:
        self.annotations.refresh_notes()

    def jump_to_note(self, note_id: int) -> None:
        self.annotations.jump_to_note(note_id)

    # -- recording -----------------------------------------------------------------------------
    def _on_player_error(self, text: str) -> None:
        self.player_bar.set_problem(recording.playback_problem_text(text), self.call is not None)

    def relink_recording(self) -> None:
        if self.call is not None and recording.relink(self, self.db, self.call.id):
            call_id, self.call = self.call.id, None
            self.open_call(call_id)
            self.ctx.dataChanged.emit("call")
