"""One evaluator scoring one call, from the first answer to the lock (Qt-free).

The workspace and calibration's blind scoring both hold an :class:`EvaluationSession` for the
call on screen; it owns what a window used to keep in widgets and flags:

- the working answers and comments, and whether they differ from the database (``dirty``);
- the life of the evaluation: nothing yet → draft (created on the first save) → submitted
  (locked) → amending (a submitted one being changed, with a reason) → submitted again;
- validation before submitting (:meth:`problems`: unanswered items, comments owed where
  points were lost);
- the time actively spent on the call;
- the local journal (:mod:`qa_desktop.core.draft_journal`): every change is written there
  first, so a locked or vanished shared database, or a kill -9, loses nothing.

Saving is split so a window can run the slow part off its GUI thread: :meth:`prepare` takes
a snapshot (on the owner's thread), :func:`run_job` talks to the database (any thread, never
raises a :class:`QADesktopError`: it returns it), :meth:`finish` applies the outcome (owner's
thread). :meth:`save`, :meth:`submit` and :meth:`amend` do the three in a row for callers and
tests that may wait.

Where an evaluation is stored is a *store*: :class:`RegularStore` (the evaluator's own
evaluation, through :mod:`qa_desktop.core.evaluations`) or :class:`CalibrationStore` (a blind
calibration score, through the calibration service).
"""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.exc import OperationalError

from qa_desktop.core import evaluations
from qa_desktop.core.db import Database
from qa_desktop.core.db.database import is_lock_error
from qa_desktop.core.draft_journal import DraftJournal, JournalEntry, database_identity
from qa_desktop.core.errors import DatabaseLocked, DatabaseUnreachable, QADesktopError
from qa_desktop.core.evaluations import EvaluationInfo
from qa_desktop.core.scoring.errors import AnswersInvalid, FormNotFound
from qa_desktop.core.scoring.form import FormDefinition

SAVE, SUBMIT, AMEND = "save", "submit", "amend"

# What a window shows about the evaluation (it words them in the user's language).
NOT_STARTED, UNSAVED, SAVED, RETURNED, SUBMITTED, AMENDING = (
    "not_started", "unsaved", "saved", "returned", "submitted", "amending")


def database_unavailable(error: BaseException) -> bool:
    """True for the errors that mean "the database did not answer" (keep the draft, try again),
    as opposed to a refusal (invalid answers, permissions, a conflict)."""
    return isinstance(error, (DatabaseLocked, DatabaseUnreachable))


@dataclass
class Job:
    """What one save, submit or amend sends to the database: a snapshot, safe to hand to a thread."""

    action: str
    call_id: int
    evaluation_id: int | None
    row_version: int | None
    form_version_id: int | None
    answers: dict[str, Any]
    comments: dict[str, Any]
    active_seconds: int
    generation: int                  # the session's edit counter when the snapshot was taken
    journal_written_at: float | None = None
    reason: str = ""
    with_draft: bool = False         # submit: save the draft first (the audit trail shows both)


@dataclass
class Outcome:
    """What the database answered: the evaluation as stored now (also when a later step failed after
    the draft was created) and the error, if any."""

    state: EvaluationInfo | None = None
    error: QADesktopError | None = None


class RegularStore:
    """The evaluator's own evaluation of a call, through the evaluation service."""

    kind = "regular"
    can_amend = True

    def __init__(self, database, call_id: int, evaluator_id: int):
        self.database, self.call_id, self.evaluator_id = database, call_id, evaluator_id
        self.calibration_session_id = None

    def _create(self, job: Job) -> EvaluationInfo:
        from qa_desktop.core import call_notes

        state = evaluations.create_draft(self.database, job.call_id, form_version_id=job.form_version_id)
        # notes made while listening, before the first answer, belong to this evaluation
        call_notes.attach_notes(self.database, job.call_id, self.evaluator_id, state.id)
        return state

    def run(self, job: Job, outcome: Outcome) -> None:
        state = outcome.state
        if job.evaluation_id is None:
            state = outcome.state = self._create(job)
        elif state is None:
            state = EvaluationInfo(id=job.evaluation_id, call_id=job.call_id, evaluator_id=self.evaluator_id,
                                   form_version_id=job.form_version_id or 0, status="draft",
                                   row_version=job.row_version or 0)
        if job.action == SAVE or job.with_draft:
            state = outcome.state = evaluations.save_draft(
                self.database, state.id, job.answers, job.comments, expected_row_version=state.row_version,
                active_seconds=job.active_seconds)
        if job.action == SUBMIT:
            outcome.state = evaluations.submit(self.database, state.id, job.answers, job.comments,
                                               expected_row_version=state.row_version,
                                               active_seconds=job.active_seconds)
        elif job.action == AMEND:
            outcome.state = evaluations.amend(self.database, state.id, job.answers, job.comments, reason=job.reason,
                                              expected_row_version=state.row_version)

    def load(self, evaluation_id: int) -> EvaluationInfo:
        return evaluations.get(self.database, evaluation_id)

    def find(self) -> EvaluationInfo | None:
        return evaluations.find_own_evaluation(self.database, self.call_id, self.evaluator_id)


class CalibrationStore:
    """A blind calibration score: saved and submitted through the calibration session, never amended."""

    kind = "calibration"
    can_amend = False

    def __init__(self, database, calibration_session_id: int, call_id: int, evaluator_id: int):
        self.database, self.call_id, self.evaluator_id = database, call_id, evaluator_id
        self.calibration_session_id = calibration_session_id

    def run(self, job: Job, outcome: Outcome) -> None:
        from qa_desktop.core.calibration import sessions

        if job.action == AMEND:
            raise sessions.AlreadySubmitted("A calibration score is not changed after submitting.")
        evaluation_id = sessions.save_answers(self.database, self.calibration_session_id, job.call_id, job.answers,
                                              job.comments, submit=job.action == SUBMIT,
                                              expected_row_version=job.row_version)
        outcome.state = self.load(evaluation_id)

    def load(self, evaluation_id: int) -> EvaluationInfo:
        return evaluations.get(self.database, evaluation_id)

    def find(self) -> EvaluationInfo | None:
        return None


def run_job(store, job: Job) -> Outcome:
    """Send ``job`` to the database (any thread). Errors the evaluator must hear of are returned."""
    outcome = Outcome()
    try:
        store.run(job, outcome)
    except QADesktopError as error:
        outcome.error = error
    except OperationalError as error:  # a read kept waiting past the busy timeout: the same as a write's
        if not is_lock_error(error):
            raise
        outcome.error = DatabaseLocked("The database is locked by another user or machine; try again in a moment.")
    return outcome


class EvaluationSession:
    """The evaluation of one call on screen. See the module docstring."""

    def __init__(self, store, definition: FormDefinition | None, form_version_id: int | None,
                 state: EvaluationInfo | None = None, *, journal: DraftJournal | None = None,
                 clock: Callable[[], float] = time.monotonic):
        self.store = store
        self.definition = definition
        self.form_version_id = form_version_id
        self.state = state
        self.journal = journal
        self.clock = clock
        self.answers: dict[str, Any] = dict(state.answers) if state else {}
        self.comments: dict[str, Any] = dict(state.comments) if state else {}
        self.dirty = False
        self.amending = False
        self.generation = 0
        self.journal_behind = False  # edits not journalled yet (see edit)
        self._journal_written_at: float | None = None
        self._active_since = clock()

    # -- opening -------------------------------------------------------------------------------
    @classmethod
    def open_own(cls, database, call_id: int, evaluator_id: int, *, journal: DraftJournal | None = None,
                 clock: Callable[[], float] = time.monotonic) -> EvaluationSession:
        """The evaluator's evaluation of ``call_id``: the stored one (with anything the journal kept
        that the database has not got yet), or a new one on the form version the call is scored on."""
        store = RegularStore(database, call_id, evaluator_id)
        state = store.find()
        version_id = state.form_version_id if state else evaluations.form_version_for_call(database, call_id)
        definition = load_definition(database, version_id)
        session = cls(store, definition, version_id, state, journal=journal, clock=clock)
        session.adopt_journal()
        return session

    def adopt_journal(self) -> bool:
        """Put the journal's unsaved answers for this call on screen (dirty, so they are saved next)."""
        if self.journal is None or self.definition is None or self.locked:
            return False
        entry = self.journal.find(database_identity(self.store.database), self.store.evaluator_id,
                                  self.store.call_id, kind=self.store.kind,
                                  calibration_session_id=self.store.calibration_session_id)
        if entry is None or entry.form_version_id != self.form_version_id:
            return False
        if (entry.answers, entry.comments) == (self.answers, self.comments):
            self.journal.remove(entry)
            return False
        self.answers, self.comments = dict(entry.answers), dict(entry.comments)
        self.dirty = True
        self.generation += 1
        self._journal_written_at = entry.written_at
        return True

    # -- state ---------------------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        """Submitted and not being changed: read-only on screen."""
        return bool(self.state is not None and self.state.locked and not self.amending)

    @property
    def editable(self) -> bool:
        return self.definition is not None and not self.locked

    @property
    def phase(self) -> str:
        if self.dirty and not self.amending:
            return UNSAVED
        if self.state is None:
            return NOT_STARTED
        if self.amending:
            return AMENDING
        if self.state.locked:
            return SUBMITTED
        return RETURNED if self.state.status == "returned" else SAVED

    def active_seconds(self) -> int:
        base = self.state.active_seconds if self.state else 0
        return base + int(self.clock() - self._active_since)

    # -- editing -------------------------------------------------------------------------------
    def edit(self, answers: dict[str, Any], comments: dict[str, Any], *, journal: bool = True) -> bool:
        """The evaluator changed the answers or comments; False when the evaluation may not change.

        Journalled at once unless ``journal`` is False (a window typing a comment letter by letter
        journals it a moment later with :meth:`write_journal`, not at every key)."""
        if not self.editable:
            return False
        self.answers, self.comments = dict(answers), dict(comments)
        self.dirty = True
        self.generation += 1
        self.journal_behind = not journal
        if journal and not self.amending:
            self._write_journal()
        return True

    def write_journal(self) -> None:
        """Journal what :meth:`edit` left for later (nothing when it is all in the journal or saved)."""
        if self.journal_behind and self.dirty and not self.amending:
            self._write_journal()

    def _journal_entry(self) -> JournalEntry:
        store, state = self.store, self.state
        return JournalEntry(
            database=database_identity(store.database), evaluator_id=store.evaluator_id, call_id=store.call_id,
            kind=store.kind, calibration_session_id=store.calibration_session_id,
            evaluation_id=state.id if state else None, row_version=state.row_version if state else None,
            form_version_id=self.form_version_id, answers=dict(self.answers), comments=dict(self.comments),
            active_seconds=self.active_seconds())

    def _write_journal(self) -> None:
        if self.journal is None:
            return
        entry = self._journal_entry()
        try:
            self.journal.write(entry)
        except OSError:
            return  # a full or read-only data folder: the database save still goes ahead
        self._journal_written_at = entry.written_at
        self.journal_behind = False

    def problems(self) -> tuple[list[str], list[str]]:
        """(unanswered item codes, items owing a comment because points were lost): what blocks a submit."""
        if self.definition is None:
            return [], []
        unanswered = [code for code in self.definition.item_codes() if code not in self.answers]
        return unanswered, self.comments_owed()

    def comments_owed(self) -> list[str]:
        """Items whose lost points need a comment that is not written yet."""
        from qa_desktop.core.scoring.engine import score

        if self.definition is None:
            return []
        try:
            return list(score(self.definition, self.answers, self.comments, partial=True).missing_comments)
        except AnswersInvalid:
            return []

    # -- saving --------------------------------------------------------------------------------
    def prepare(self, action: str = SAVE, *, reason: str = "") -> Job | None:
        """A snapshot of what to send, or None when there is nothing to save."""
        if self.definition is None:
            return None
        if action == SAVE and (not self.dirty or self.amending or self.locked):
            return None
        state = self.state
        return Job(action=action, call_id=self.store.call_id, evaluation_id=state.id if state else None,
                   row_version=state.row_version if state else None, form_version_id=self.form_version_id,
                   answers=dict(self.answers), comments=dict(self.comments), active_seconds=self.active_seconds(),
                   generation=self.generation, journal_written_at=self._journal_written_at, reason=reason,
                   with_draft=action == SUBMIT and (self.dirty or state is None))

    def run(self, job: Job) -> Outcome:
        return run_job(self.store, job)

    def finish(self, job: Job, outcome: Outcome) -> None:
        """Take in what the database answered; raises the error it returned, if any."""
        if outcome.state is not None:
            self.state = outcome.state
            self._active_since = self.clock()
        if outcome.error is not None:
            if self.state is not None and job.evaluation_id is None and not self.amending:
                self._write_journal()  # the draft exists now: the journal must name it
            raise outcome.error
        if job.action in (SUBMIT, AMEND):
            self.amending = False
        if self.generation == job.generation:
            self.dirty = False
            if self.journal is not None:
                self.journal.remove(self._journal_entry(), if_written_at=job.journal_written_at)
        elif not self.amending:
            self._write_journal()  # typed meanwhile: the journal keeps it, over the new row version

    def save(self) -> bool:
        """Save the draft now (creating it on the first answer); True when nothing is left unsaved."""
        job = self.prepare(SAVE)
        if job is None:
            return not self.dirty
        self.finish(job, self.run(job))
        return not self.dirty

    def submit(self) -> EvaluationInfo:
        """Submit (the draft is saved first when it has changes); the service validates and scores."""
        return self._send(SUBMIT)

    def _send(self, action: str, *, reason: str = "") -> EvaluationInfo:
        """Submit or amend now; the evaluation as stored afterwards."""
        job = self.prepare(action, reason=reason)
        if job is None:  # only a save is ever skipped, except when there is no form to score on
            raise FormNotFound("There is no published scoring form to score this call on.",
                               call_id=self.store.call_id)
        self.finish(job, self.run(job))
        if self.state is None:  # a store always answers a submit or amend with the evaluation it stored
            raise RuntimeError(f"{action} returned no evaluation")
        return self.state

    # -- changing a submitted evaluation -------------------------------------------------------
    def begin_amend(self) -> bool:
        if self.state is None or not self.state.locked or not self.store.can_amend:
            return False
        self.amending = True
        return True

    def amend(self, reason: str) -> EvaluationInfo:
        return self._send(AMEND, reason=reason)

    # -- conflicts -----------------------------------------------------------------------------
    def keep_mine(self) -> bool:
        """After a conflict: take the stored row version and save the answers on screen over it.
        False when the stored evaluation is locked meanwhile (then :meth:`take_stored`)."""
        if self.state is None:
            return True  # nothing stored to conflict with: the answers on screen are saved as a new draft
        latest = self.store.load(self.state.id)
        if latest.locked:
            return False
        self.state = latest
        self.dirty = True
        self.generation += 1
        self._write_journal()
        return True

    def take_stored(self) -> None:
        """After a conflict: drop what is on screen and show the stored evaluation."""
        if self.state is not None:
            self.state = self.store.load(self.state.id)
            self.answers, self.comments = dict(self.state.answers), dict(self.state.comments)
        if self.journal is not None:
            self.journal.remove(self._journal_entry())
        self.amending = False
        self.dirty = False


def load_definition(database: Database, version_id: int | None) -> FormDefinition | None:
    from qa_desktop.core import forms_repository

    if version_id is None:
        return None
    return forms_repository.load_version(database, version_id)[1]


def form_for_call(database: Database, call_id: int) -> tuple[int | None, FormDefinition | None]:
    """The form version a new evaluation of ``call_id`` is scored on, and its definition."""
    version_id = evaluations.form_version_for_call(database, call_id)
    return version_id, load_definition(database, version_id)


@dataclass
class ReplayReport:
    saved: list[int] = field(default_factory=list)   # call ids whose journal draft is in the database now
    kept: list[int] = field(default_factory=list)    # still only in the journal (database busy, conflict)
    unavailable: bool = False                        # the database did not answer: try again later


def replay_journal(database: Database, evaluator_id: int, journal: DraftJournal,
                   skip: Callable[[int], bool] | None = None) -> ReplayReport:
    """Save the journal's drafts of this database (after a crash, or when a locked database answers again).

    Any thread. A draft whose evaluation was submitted or changed elsewhere since is never forced
    over it: it stays in the journal and is put on screen when its call is opened. ``skip(call_id)``
    leaves a call alone (the one open on screen, whose session saves it).
    """
    report = ReplayReport()
    for entry in journal.pending(database_identity(database), evaluator_id):
        if skip is not None and skip(entry.call_id):
            continue
        store: RegularStore | CalibrationStore
        if entry.kind == "calibration":
            if entry.calibration_session_id is None:  # an entry edited by hand: left for a person to look at
                report.kept.append(entry.call_id)
                continue
            store = CalibrationStore(database, entry.calibration_session_id, entry.call_id, evaluator_id)
        else:
            store = RegularStore(database, entry.call_id, evaluator_id)
        state = None
        try:
            if entry.evaluation_id is None:
                state = store.find()  # created just before the crash?
            else:
                state = store.load(entry.evaluation_id)
        except (QADesktopError, OperationalError) as error:
            if isinstance(error, OperationalError) and not is_lock_error(error):
                raise
            report.kept.append(entry.call_id)
            if isinstance(error, OperationalError) or database_unavailable(error):
                report.unavailable = True
                break
            continue
        if state is not None and ((state.answers, state.comments) == (entry.answers, entry.comments)
                                  or state.locked):
            journal.remove(entry, if_written_at=entry.written_at)  # already there, or final since
            continue
        if state is not None and entry.row_version is not None and state.row_version != entry.row_version:
            report.kept.append(entry.call_id)  # saved elsewhere meanwhile: the evaluator decides on opening
            continue
        job = Job(action=SAVE, call_id=entry.call_id, evaluation_id=state.id if state else None,
                  row_version=state.row_version if state else None, form_version_id=entry.form_version_id,
                  answers=entry.answers, comments=entry.comments, active_seconds=entry.active_seconds,
                  generation=0)
        outcome = run_job(store, job)
        if outcome.error is None:
            journal.remove(entry, if_written_at=entry.written_at)
            report.saved.append(entry.call_id)
        else:
            report.kept.append(entry.call_id)
            if database_unavailable(outcome.error):
                report.unavailable = True
                break
    return report
