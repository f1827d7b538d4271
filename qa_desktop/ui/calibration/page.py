"""The Calibration page: sessions, blind scoring, the report, and recording the consensus.

Every rule (who may create, see, score or agree) is enforced by
``qa_desktop.core.calibration.sessions``; this page only shows what the core returns and
turns its refusals into messages. Reads and writes run off the GUI thread: a consensus is saved
through ``writes.PageWrite`` (the acting buttons closed until it has landed), a session is created,
given calls or closed by its dialog, which stays open with what was typed until the write has landed.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from qa_desktop.core.calibration import page_data
from qa_desktop.core.calibration import sessions as cal
from qa_desktop.core.errors import ConflictError
from qa_desktop.core.evaluation_session import SAVE, SUBMIT, CalibrationStore
from qa_desktop.core.scoring.form import FormDefinition
from qa_desktop.ui.calibration.blind_scoring import BlindEntry, BlindScoringWidget
from qa_desktop.ui.calibration.close_dialog import CloseSessionDialog
from qa_desktop.ui.calibration.consistency_view import ConsistencyView
from qa_desktop.ui.calibration.models import CallMatrixModel, form_name_shown, majority_answer, sessions_model
from qa_desktop.ui.calibration.new_session_dialog import AddCallsDialog, NewSessionDialog
from qa_desktop.ui.calibration.report_view import ReportView
from qa_desktop.ui.context import AppContext
from qa_desktop.ui.messages import describe_error
from qa_desktop.ui.role_gate import allowed
from qa_desktop.ui.scoring import ScoringPanel
from qa_desktop.ui.tasks import run_in_background
from qa_desktop.ui.widgets import read_only_table as table
from qa_desktop.ui.writes import PageWrite

CALLS_TAB, SCORING_TAB, CONSISTENCY_TAB = 1, 2, 3


class CalibrationPage(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.view: page_data.SessionView | None = None
        self.detail: cal.SessionDetail | None = None
        self.report: dict | None = None
        self.my_calls: list[cal.MyCall] = []
        self._task = None          # the read under way; a newer one replaces it
        self._filling = False      # the sessions list is being filled from a read
        self._keep_row = False
        self._stale_tabs: set[int] = set()  # tabs showing an earlier read, filled when next shown
        self._consensus_call = None         # the call whose consensus the panel shows
        self._consensus_edited = False      # ...changed by the lead since it was shown or saved
        self._task_reads: tuple[str, int] = ("", 0)
        self._changes = 0          # data changes seen; a read started before the last one is out of date
        self.write = PageWrite(self, changed=self._update_state)  # the consensus being saved
        layout = QVBoxLayout(self)

        bar = QHBoxLayout()
        self.new_button = QPushButton()
        self.new_button.setObjectName("newCalibration")
        self.new_button.clicked.connect(self.new_session)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.activate)
        self.add_calls_button = QPushButton()
        self.add_calls_button.setObjectName("addCalibrationCalls")
        self.add_calls_button.clicked.connect(self.add_calls)
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeCalibration")
        self.close_button.clicked.connect(self.close_session)
        self.status = QLabel()
        self.status.setObjectName("calibrationStatus")
        self.status.setWordWrap(True)  # session, form and expert names run long; unwrapped they widened the window
        bar.addWidget(self.new_button)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.add_calls_button)
        bar.addWidget(self.close_button)
        bar.addWidget(self.status, 1)
        layout.addLayout(bar)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.sessions = sessions_model(self)
        self.sessions_view = table(self.sessions, "sessionsTable")
        self.sessions_view.selectionModel().currentRowChanged.connect(lambda *_: self._load_selected())
        splitter.addWidget(self.sessions_view)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("calibrationTabs")
        # report
        self.report_view = ReportView()
        self.tabs.addTab(self.report_view, "")
        # calls and consensus
        self.calls_tab = QWidget()
        calls_layout = QVBoxLayout(self.calls_tab)
        pick_row = QHBoxLayout()
        self.call_label = QLabel()
        self.call_picker = QComboBox()
        self.call_picker.setObjectName("consensusCall")
        self.call_picker.currentIndexChanged.connect(self._show_call)
        pick_row.addWidget(self.call_label)
        pick_row.addWidget(self.call_picker, 1)
        calls_layout.addLayout(pick_row)
        self.calls_blocked = QLabel()
        self.calls_blocked.setWordWrap(True)
        calls_layout.addWidget(self.calls_blocked)
        calls_split = QSplitter(Qt.Orientation.Horizontal)
        self.matrix = CallMatrixModel(self)
        self.matrix_view: QTableView = table(self.matrix, "callMatrix")
        self.matrix_view.verticalHeader().setVisible(True)
        # the items' words cut short beside the answers (whole in their tooltips): as wide as a code was
        self.matrix_view.verticalHeader().setMaximumWidth(100)
        self.matrix_view.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        calls_split.addWidget(self.matrix_view)
        consensus_box = QWidget()
        consensus_layout = QVBoxLayout(consensus_box)
        consensus_layout.setContentsMargins(0, 0, 0, 0)
        self.consensus_hint = QLabel()
        self.consensus_hint.setWordWrap(True)
        self.consensus_panel = ScoringPanel(preview=True)
        self.consensus_panel.setObjectName("consensusPanel")
        self.consensus_panel.answersChanged.connect(self._consensus_changed)
        self.save_consensus_button = QPushButton()
        self.save_consensus_button.setObjectName("saveConsensus")
        self.save_consensus_button.clicked.connect(self.save_consensus)
        self.majority_button = QPushButton()
        self.majority_button.setObjectName("consensusFromMajority")
        self.majority_button.clicked.connect(self.prefill_consensus)
        consensus_layout.addWidget(self.consensus_hint)
        consensus_layout.addWidget(self.majority_button)
        consensus_layout.addWidget(self.consensus_panel, 1)
        consensus_layout.addWidget(self.save_consensus_button)
        calls_split.addWidget(consensus_box)
        calls_split.setSizes([600, 400])
        calls_layout.addWidget(calls_split, 1)
        self.tabs.addTab(self.calls_tab, "")
        # my scoring
        self.blind = BlindScoringWidget(ctx)
        self.blind.saveRequested.connect(self.save_my_answers)
        saver = self.blind.saver
        saver.finished.connect(self._my_answers_stored)
        saver.failed.connect(lambda _s, _a, error: self._my_answers_refused(error))
        saver.conflict.connect(lambda _s, _a: self._my_answers_refused(ConflictError(
            "This draft was saved elsewhere in the meantime; reload it and try again.")))
        saver.unavailable.connect(lambda _s, error: self._say(self.tr(
            "Not saved yet: {0} Your answers are kept safe on this computer and saving is tried again every few "
            "seconds.").format(describe_error(error))))
        self.tabs.addTab(self.blind, "")
        # evaluator consistency
        self.consistency = ConsistencyView(ctx)
        self.tabs.addTab(self.consistency, "")
        splitter.addWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda _index: self._fill_current_tab())
        # wide enough at 1366 px for the sessions' calls, scorers and submitted count, not only their names
        splitter.setSizes([480, 800])
        layout.addWidget(splitter, 1)
        self.retranslate()
        ctx.dataChanged.connect(self._on_data_changed)
        self.activate()

    # -- texts ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New session…"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.add_calls_button.setText(self.tr("Add calls…"))
        self.close_button.setText(self.tr("Close session"))
        self.tabs.setTabText(0, self.tr("Report"))
        self.tabs.setTabText(1, self.tr("Calls and consensus"))
        self.tabs.setTabText(2, self.tr("My scoring (blind)"))
        self.tabs.setTabText(3, self.tr("Evaluator consistency"))
        self.call_label.setText(self.tr("Call"))
        self.consensus_hint.setText(self.tr("Agreed answers after discussion; the comment of an item is its "
                                            "consensus note."))
        self.save_consensus_button.setText(self.tr("Save consensus for this call"))
        self.majority_button.setText(self.tr("Start from the majority answers (the expert's on a tie)"))
        self._update_state()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def is_lead(self) -> bool:
        return allowed(self.ctx, "calibration.lead")

    # -- loading -------------------------------------------------------------------------------
    # Every read runs off the GUI thread (a year of calibration work stalled the window for a third
    # of a second on opening); the newest read wins, and one that ends after the page closed is dropped.
    def activate(self) -> None:
        if self._task is not None and self._task_reads == ("page", self._changes):
            return  # the read started for what is in the database now is still under way (first open)
        self.consistency.refresh()
        self._read(self.detail.summary.id if self.detail else None)

    def _on_data_changed(self, entity: str) -> None:
        if entity in ("calibration", "evaluation", "flag"):
            self._changes += 1
            self.activate()

    def _read(self, session_id: int | None, *, whole_page: bool = True, keep_row: bool = False) -> None:
        self._keep_row = keep_row
        if whole_page:
            task = run_in_background(self, page_data.calibration_page, self.ctx.db, session_id,
                                     lang=self.ctx.language, pass_progress=False)
        else:
            task = run_in_background(self, page_data.session_view, self.ctx.db, session_id,
                                     lang=self.ctx.language, pass_progress=False)
        self._task, self._task_reads = task, ("page" if whole_page else "session", self._changes)
        task.succeeded.connect(lambda data: self._read_done(task, data))
        task.failed.connect(lambda error: self._read_failed(task, error))

    def reading(self) -> bool:
        """Whether a read or a write of this page is still under way (tests wait for it to end: a write
        that has landed starts the read that shows it)."""
        return self._task is not None or self.write.running

    def _current(self, task) -> bool:
        return isValid(self) and task is self._task

    def _read_failed(self, task, error) -> None:
        if self._current(task):
            self._task = None
            self._say(describe_error(error))

    def _read_done(self, task, data) -> None:
        if not self._current(task):
            return
        self._task = None
        if isinstance(data, page_data.CalibrationPageData):
            self._filling = True  # selecting the row here must not start another read
            try:
                self.sessions.set_rows(data.sessions)
                shown = data.shown.detail.summary.id if data.shown else None
                row = next((i for i, r in enumerate(data.sessions) if r["id"] == shown), None)
                if row is not None:
                    self.sessions_view.selectionModel().setCurrentIndex(
                        self.sessions.index(row, 0),
                        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            finally:
                self._filling = False
            self._show_session(data.shown)
        else:
            self._show_session(data)

    def select_session(self, session_id: int) -> None:
        """Show ``session_id`` (read again with the list: it may be new)."""
        self._read(session_id)

    def _load_selected(self) -> None:
        index = self.sessions_view.currentIndex()
        if self._filling or not index.isValid():
            return
        self._read(self.sessions.row(index.row())["id"], whole_page=False)

    def _show_session(self, view: page_data.SessionView | None) -> None:
        self.view = view
        self.detail = view.detail if view else None
        self.report = view.report if view else None
        if view is None:
            self.report_view.show_blocked("")
        elif self.report is None:
            self.report_view.show_blocked(
                self.tr("Only the QA lead and the session's participants can see this session before it is "
                        "closed.") if view.hidden_because == "answers_hidden" else
                self.tr("Calibration is blind: the report and the others' answers appear once you have "
                        "submitted your own score of every call, or when the session is closed."))
        else:
            self.report_view.set_report(self.report)
        # The consensus and scoring tabs are filled when they are shown: each builds a scoring panel
        # of the session's form, which is most of the time a session takes to show.
        self._stale_tabs = {CALLS_TAB, SCORING_TAB}
        self._fill_current_tab()
        self._update_state()

    def _fill_current_tab(self) -> None:
        index = self.tabs.currentIndex()
        if index not in self._stale_tabs:
            return
        self._stale_tabs.discard(index)
        if index == CALLS_TAB:
            if self.detail is not None:
                self.consensus_panel.set_form(FormDefinition.from_dict(self.detail.definition), self.ctx.language,
                                              key=self.detail.summary.form_version_id)
            self._show_report()
        elif index == SCORING_TAB:
            self._show_my_calls(keep_row=self._keep_row)

    def _show_report(self) -> None:
        current = self.call_picker.currentData()
        self.call_picker.blockSignals(True)
        self.call_picker.clear()
        spreads = {c["call_id"]: c["total_spread"] for c in self.report["calls"]} if self.report else {}
        for call in self.detail.calls if self.detail else []:
            label = f"{call.external_id or call.call_id} · {call.agent} · {call.call_type or ''}"
            if spreads.get(call.call_id) is not None:
                label += " — " + self.tr("totals differ by up to {0:.2f} points").format(spreads[call.call_id])
            self.call_picker.addItem(label, call.call_id)
        self.call_picker.blockSignals(False)
        position = self.call_picker.findData(current)
        self.call_picker.setCurrentIndex(position if position >= 0 else 0)
        self._show_call()

    def _show_my_calls(self, keep_row: bool = False) -> None:
        self.my_calls = list(self.view.my_calls or []) if self.view else []
        entries = [BlindEntry(m.call.call_id, f"{m.call.external_id or m.call.call_id} · {m.call.agent}", m.status,
                              m.answers, m.comments, key=m.evaluation_id, row_version=m.row_version)
                   for m in self.my_calls]
        if self.detail is not None:
            session_id, user_id = self.detail.summary.id, self.ctx.user.id
            self.blind.store_for = lambda call_id: CalibrationStore(self.ctx.db, session_id, call_id, user_id)
        is_open = self.detail is not None and self.detail.summary.status == "open"
        self.blind.set_entries(entries, self.detail.definition if self.detail else None, editable=is_open,
                               keep_row=keep_row,
                               definition_key=self.detail.summary.form_version_id if self.detail else None)

    def _update_state(self) -> None:
        free = not self.write.running  # a consensus being saved: nothing else is asked of the session
        self.new_button.setEnabled(self.is_lead and free)
        is_open = self.detail is not None and self.detail.summary.status == "open"
        self.close_button.setEnabled(self.is_lead and is_open and free)
        self.add_calls_button.setEnabled(self.is_lead and is_open and free)
        self.save_consensus_button.setEnabled(self.is_lead and is_open and self.report is not None and free)
        self.consensus_panel.set_read_only(not (self.is_lead and is_open and self.report is not None))
        self.majority_button.setEnabled(self.is_lead and is_open and self.report is not None)
        scoring = self.detail is not None and self.ctx.user.id in [p.id for p in self.detail.participants]
        self.tabs.setTabEnabled(2, scoring)
        if self.detail is None:
            self.status.setText(self.tr("No calibration session yet.") if self.is_lead else
                                self.tr("No calibration session yet; the QA lead creates them."))
            self.blind.hint.setText("")
            return
        s = self.detail.summary
        state = self.tr("open") if s.status == "open" else self.tr("closed")
        expert = s.expert.name if s.expert else self.tr("none")
        self.status.setText(self.tr("{0} — {1}; form {2} v{3}; expert: {4}; {5} of {6} scores submitted")
                            .format(s.title, state, form_name_shown(s.form_names, s.form_name), s.form_version_no,
                                    expert, s.n_submitted, s.n_expected))
        self.blind.hint.setText(self.tr("Score each call on your own. Others' answers stay hidden until you "
                                          "submit; a submitted calibration score cannot be changed.")
                                  if scoring else self.tr("You are not scoring in this session."))

    # -- calls and consensus -------------------------------------------------------------------
    def _show_call(self) -> None:
        call_id = self.call_picker.currentData()
        call = None
        if self.report is not None and call_id is not None:
            call = next((c for c in self.report["calls"] if c["call_id"] == call_id), None)
        self.matrix.set_call(call, self.report["raters"] if self.report else [],
                             self.report["items"] if self.report else [])
        self.calls_blocked.setVisible(self.report is None)
        self.calls_blocked.setText(self.tr("The answers are hidden until you have submitted your own scores "
                                           "(calibration is blind)."))
        detail_call = next((c for c in self.detail.calls if c.call_id == call_id), None) if self.detail else None
        if call_id == self._consensus_call and self._consensus_edited:
            pass  # a read that came back while the lead was agreeing answers on this call leaves them be
        elif detail_call is not None and self.report is not None:
            self.consensus_panel.set_values(detail_call.consensus_answers or {}, detail_call.consensus_notes)
        else:
            self.consensus_panel.set_values({}, {})
        if call_id != self._consensus_call:
            self._consensus_call, self._consensus_edited = call_id, False
        self._update_state()

    def _consensus_changed(self) -> None:
        self._consensus_edited = True

    def prefill_consensus(self) -> None:
        """Fill the unanswered consensus items with the most frequent answer, to discuss only the rest."""
        call = self.matrix.call
        if call is None:
            return
        answers = self.consensus_panel.answers()
        for row in call["items"]:
            if row["code"] in answers:
                continue
            majority = majority_answer(row["answers"], self.report.get("expert"))
            if majority is not None:
                answers[row["code"]] = majority
        self.consensus_panel.set_values(answers, self.consensus_panel.comments())
        self._consensus_edited = True

    def save_consensus(self) -> None:
        """The agreed answers of the call shown, saved in the background; they stay in the panel, and the
        button closed, until the write has landed."""
        call_id = self.call_picker.currentData()
        if self.detail is None or call_id is None:
            return
        answers, comments = self.consensus_panel.answers(), self.consensus_panel.comments()
        if self.write.start(cal.record_consensus, self.ctx.db, self.detail.summary.id, call_id, answers, comments,
                            replace=True, done=lambda _result: self._consensus_saved(call_id, answers, comments),
                            failed=self._consensus_refused):
            self._say(self.tr("Saving the consensus…"))

    def _consensus_refused(self, error: BaseException) -> None:
        self._say("")
        QMessageBox.warning(self, self.tr("Consensus"), describe_error(error))

    def _consensus_saved(self, call_id, answers: dict, comments: dict) -> None:
        same = (self._consensus_call == call_id and self.consensus_panel.answers() == answers
                and self.consensus_panel.comments() == comments)
        if same:  # changed again while it was written: those changes are not saved yet, and stay
            self._consensus_edited = False
        self._say(self.tr("Consensus saved."))
        self.ctx.dataChanged.emit("calibration")

    # -- my scoring ----------------------------------------------------------------------------
    def save_my_answers(self, submit: bool) -> None:
        """Save or submit the score on screen, off the GUI thread (the answers are journalled already)."""
        session = self.blind.current_session()
        if self.detail is None or session is None:
            return
        self.blind.saver.request(session, SUBMIT if submit else SAVE)

    def _my_answers_stored(self, _session, action: str) -> None:
        self._say(self.tr("Submitted.") if action == SUBMIT else self.tr("Draft saved."))
        if action == SUBMIT:
            self.ctx.dataChanged.emit("calibration")
        else:
            self._read(self.detail.summary.id, whole_page=False, keep_row=True)

    def _my_answers_refused(self, error) -> None:
        QMessageBox.warning(self, self.tr("Calibration"), describe_error(error))

    # -- session actions -----------------------------------------------------------------------
    def new_session(self) -> None:
        dialog = NewSessionDialog(self.ctx.db, self)
        if dialog.exec():  # accepted once the session is in the database
            self.ctx.dataChanged.emit("calibration")
            self.select_session(dialog.session_id)

    def add_calls(self) -> None:
        if self.detail is None:
            return
        dialog = AddCallsDialog(self.ctx.db, self.detail.summary.id, {c.call_id for c in self.detail.calls}, self)
        if dialog.exec() and dialog.added:
            self.ctx.dataChanged.emit("calibration")

    def close_session(self) -> None:
        if self.detail is None:
            return
        s = self.detail.summary
        dialog = CloseSessionDialog(self.ctx.db, s.id, s.n_expected - s.n_submitted, self.detail.notes, self)
        if dialog.exec():  # accepted once the session is closed in the database
            self.ctx.dataChanged.emit("calibration")

    def _say(self, text: str) -> None:
        self.ctx.statusMessage.emit(text)
