"""The evaluation of the open call on the scoring panel: what the evaluator sees of its session.

The rules live in :class:`~qa_desktop.core.evaluation_session.EvaluationSession` (Qt-free); the
database work in :class:`~qa_desktop.ui.scoring.saving.DraftSaver` (off the GUI thread). This
object joins them to the panel: it feeds the session the panel's answers, autosaves 1.5 s after
the last change, words the session's state in the user's language, walks the evaluator to what
blocks a submit, asks for the reason of an amendment, and lets them choose after a conflict.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton, QWidget

from qa_desktop.core import evaluation_session as sessions
from qa_desktop.core.evaluation_session import EvaluationSession
from qa_desktop.core.scoring.errors import CommentRequired
from qa_desktop.ui.database_worker import DatabaseWorker
from qa_desktop.ui.messages import describe_error
from qa_desktop.ui.scoring import ScoringPanel
from qa_desktop.ui.scoring.saving import AMEND, SAVE, SUBMIT, DraftSaver
from qa_desktop.ui.workspace.queue_model import grade_text

AUTOSAVE_MS = 1500  # the database gets the draft this long after the last change (the journal at once)
COMMENT_JOURNAL_MS = 300  # a comment being typed is journalled this long after its last key, not at each one


class EvaluationView(QObject):
    stored = Signal()            # a save, submit or amendment reached the database
    submitted = Signal(object)   # the session on screen was submitted (or its amendment stored)

    def __init__(self, ctx, panel: ScoringPanel, edit_button: QPushButton, worker: DatabaseWorker,
                 window: QWidget):
        super().__init__(window)
        self.ctx, self.panel, self.edit_button, self.window = ctx, panel, edit_button, window
        self.session: EvaluationSession | None = None
        self.released = False
        self.saver = DraftSaver(worker, self)
        self.saver.waiting.connect(self._on_waiting)
        self.saver.finished.connect(self._on_stored)
        self.saver.conflict.connect(self._on_conflict)
        self.saver.failed.connect(self._on_failed)
        self.saver.unavailable.connect(self._on_unavailable)
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_now)
        self.journal_timer = QTimer(self)
        self.journal_timer.setSingleShot(True)
        self.journal_timer.setInterval(COMMENT_JOURNAL_MS)
        self.journal_timer.timeout.connect(lambda: self.session.write_journal() if self.session else None)
        panel.answersChanged.connect(self._on_answers_changed)
        panel.submitRequested.connect(self.submit)
        edit_button.clicked.connect(self.begin_amend)
        edit_button.setVisible(False)

    # -- showing -------------------------------------------------------------------------------
    def show(self, session: EvaluationSession | None) -> None:
        """Put ``session``'s form, answers and state on the panel (None: no call open)."""
        self.session = session
        if session is None:
            self.panel.set_state_text("")
            return
        if session.definition is None:
            self.panel.set_form(None, self.ctx.language)
            self.panel.set_state_text(self.tr("No published scoring form: ask your QA lead to publish one."))
            return
        self.panel.set_form(session.definition, self.ctx.language, key=session.form_version_id)
        self.panel.set_values(session.answers, session.comments)
        self.panel.set_read_only(session.locked)
        self.edit_button.setVisible(session.locked)
        self.show_state()
        if session.dirty:  # the journal held answers the database has not got yet
            self.autosave.start()

    def show_state(self) -> None:
        session = self.session
        if session is None:
            self.panel.set_state_text("")
            return
        state, phase = session.state, session.phase
        if phase == sessions.UNSAVED:
            text = self.tr("Unsaved changes…")
        elif phase == sessions.NOT_STARTED:
            text = self.tr("Not started")
        elif phase == sessions.SUBMITTED:
            text = self.tr("Submitted: {0} {1}").format(state.score, grade_text(state.grade))
        elif phase == sessions.AMENDING:
            text = self.tr("Changing a submitted evaluation: Ctrl+Enter asks for the reason")
        else:
            text = self.tr("Draft saved {0}").format(
                state.updated_at.strftime("%H:%M:%S") if state.updated_at else "")
            if phase == sessions.RETURNED:
                text = self.tr("Returned to you: change and submit again") + " · " + text
        self.panel.set_state_text(text)

    # -- editing and saving --------------------------------------------------------------------
    def _on_answers_changed(self) -> None:
        session = self.session
        answers = self.panel.answers()
        typing = session is not None and answers == session.answers  # only a comment changed
        if session is None or not session.edit(answers, self.panel.comments(), journal=not typing):
            return
        if typing:
            self.journal_timer.start()
        self.show_state()
        if not self.session.amending:
            self.autosave.start()

    def save_now(self) -> None:
        """Save the draft (creating it on the first answer), off the GUI thread; the journal has it already."""
        self.autosave.stop()
        if self.session is not None:
            self.session.write_journal()
        self.saver.request(self.session, SAVE)

    def _on_stored(self, session, action: str) -> None:
        if self.released:
            return
        self.stored.emit()
        if session is not self.session:
            return
        if action in (SUBMIT, AMEND):
            self.panel.set_read_only(True)
            self.edit_button.setVisible(True)
            self.show_state()
            self.ctx.statusMessage.emit(self.tr("Submitted: {0} {1}. Ctrl+N opens the next call.").format(
                session.state.score, grade_text(session.state.grade)))
            self.submitted.emit(session)
        else:
            self.show_state()

    def _on_waiting(self, session, seconds: int) -> None:
        if session is self.session:
            self.panel.set_state_text(self.tr("Waiting for the shared database ({0} s)… Your answers are kept "
                                              "safe on this computer.").format(seconds))

    def _on_unavailable(self, session, error) -> None:
        if session is not self.session:
            return
        if not session.locked:
            self.panel.set_read_only(False)
        self.panel.set_state_text(self.tr("Not saved yet: {0} Your answers are kept safe on this computer and "
                                          "saving is tried again every few seconds.").format(describe_error(error)))

    def _on_failed(self, session, action: str, error) -> None:
        if session is not self.session:
            return
        if action == SAVE:
            self.panel.set_state_text(self.tr("Not saved: {0}").format(describe_error(error)))
            return
        self.panel.set_read_only(session.locked)
        if isinstance(error, CommentRequired):
            self.panel.focus_comment(error.items[0])
            self.panel.set_state_text(self.tr("A comment is required where points were lost."))
        else:
            self.show_state()
            QMessageBox.warning(self.window, self.tr("Not submitted"), describe_error(error))

    def _on_conflict(self, session, action: str = SAVE) -> None:
        """Someone else saved this evaluation: keep what is on screen, let the evaluator choose."""
        if session is not self.session:
            return  # a call already left: its answers stay in the journal and come back when it is opened
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Saved elsewhere"))
        box.setText(self.tr("This evaluation was saved from another window or machine since you opened it. "
                            "Your answers are still on screen; nothing has been overwritten."))
        keep = box.addButton(self.tr("Keep mine and save"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Load the saved version"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is keep and session.keep_mine():
            self.saver.request(session, action if action != AMEND else SAVE)
        else:
            session.take_stored()
            self.show(session)

    # -- submitting ----------------------------------------------------------------------------
    def submit(self) -> None:
        session = self.session
        if session is None or session.definition is None:
            return
        if session.locked:
            self.begin_amend()
            return
        unanswered, missing = session.problems()
        if (unanswered or missing) and not session.amending:
            self.save_now()  # what is there is kept while the evaluator completes the rest
        if unanswered:
            self.panel.focus_item(unanswered[0])
            self.ctx.statusMessage.emit(self.tr("{0} items are not answered yet.").format(len(unanswered)))
            self.panel.set_state_text(self.tr("{0} items are not answered yet.").format(len(unanswered)))
            return
        if missing:
            self.panel.focus_comment(missing[0])
            self.panel.set_state_text(self.tr("A comment is required where points were lost."))
            return
        if session.amending:
            reason, ok = QInputDialog.getText(self.window, self.tr("Change a submitted evaluation"),
                                              self.tr("Why is this evaluation changed? (kept in its history)"))
            if not ok or not reason.strip():
                return
            self.saver.request(session, AMEND, reason.strip())
        else:
            self.autosave.stop()
            self.saver.request(session, SUBMIT)
        self.panel.set_read_only(True)  # nothing changes while it is being stored
        self.panel.set_state_text(self.tr("Submitting…"))

    def begin_amend(self) -> None:
        if self.session is None or not self.session.locked:
            return
        answer = QMessageBox.question(self.window, self.tr("Change a submitted evaluation"), self.tr(
            "This evaluation was submitted. Change it? You will be asked for a reason, and the submitted "
            "version is kept in its history."))
        if answer != QMessageBox.StandardButton.Yes or not self.session.begin_amend():
            return
        self.panel.set_read_only(False)
        self.edit_button.setVisible(False)
        self.show_state()
        self.panel.focus_item()
