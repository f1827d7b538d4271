"""The evaluation session without any window: draft → submit → amend → lock, validation, conflicts,
active time and the local journal of unsaved drafts."""
from __future__ import annotations

import pytest
from sqlalchemy import select
from workspace_support import populate

from qa_desktop.core import call_notes, evaluations
from qa_desktop.core.db.models import Evaluation, EvaluationRevision, EvaluationStatus
from qa_desktop.core.draft_journal import DraftJournal, database_identity
from qa_desktop.core.errors import ConflictError, DatabaseLocked
from qa_desktop.core.evaluation_session import (
    AMENDING,
    NOT_STARTED,
    SAVED,
    SUBMITTED,
    UNSAVED,
    EvaluationSession,
    RegularStore,
    replay_journal,
)


def full_marks(definition):
    answers = {}
    for _s, item in definition.items():
        if item.type in ("yes_no", "yes_no_na"):
            answers[item.code] = "yes"
        elif item.type == "checklist":
            answers[item.code] = [o.value for o in item.options]
        else:
            answers[item.code] = max(item.options, key=lambda o: o.points).value
    return answers


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


@pytest.fixture
def centre(sqlite_db, tmp_path):
    sqlite_db.user_login = "tester"
    return populate(sqlite_db, tmp_path, calls=2, seconds=4)


def stored(database, call_id):
    """The evaluation of the call as stored (its fields read inside the transaction)."""
    from types import SimpleNamespace

    with database.read() as session:
        row = session.scalar(select(Evaluation).where(Evaluation.call_id == call_id))
        if row is None:
            return None
        return SimpleNamespace(id=row.id, status=row.status, answers=dict(row.answers or {}),
                               comments=dict(row.comments or {}), active_seconds=row.active_seconds)


def test_listening_leaves_no_trace_the_first_answer_makes_a_draft(sqlite_db, centre, tmp_path):
    call_id = centre["calls"][0]
    call_notes.add_note(sqlite_db, call_id, 1200, "heard before scoring", centre["me"].id)
    clock = Clock()
    session = EvaluationSession.open_own(sqlite_db, call_id, centre["me"].id, clock=clock)
    assert session.phase == NOT_STARTED and session.state is None and session.definition is not None
    assert session.save() and stored(sqlite_db, call_id) is None  # nothing typed: nothing written
    assert session.edit({"greeting_id": "no"}, {"greeting_id": "no agent ID"})
    assert session.phase == UNSAVED
    clock.now += 42
    assert session.save()
    row = stored(sqlite_db, call_id)
    assert row.status == EvaluationStatus.DRAFT and row.answers == {"greeting_id": "no"}
    assert row.active_seconds == 42 and session.phase == SAVED
    notes = call_notes.call_notes(sqlite_db, call_id)
    assert [n.evaluation_id for n in notes] == [row.id]  # notes made while listening follow the draft


def test_submit_is_refused_until_complete_and_commented_then_locks(sqlite_db, centre):
    call_id = centre["calls"][0]
    session = EvaluationSession.open_own(sqlite_db, call_id, centre["me"].id)
    answers = full_marks(session.definition)
    answers["greeting_id"] = "no"
    partial = dict(list(answers.items())[:3])
    session.edit(partial, {})
    unanswered, owed = session.problems()
    assert unanswered == [c for c in session.definition.item_codes() if c not in partial]
    assert owed == ["greeting_id"]              # points lost where a comment is required
    session.edit(answers, {"greeting_id": "no agent ID"})
    assert session.problems() == ([], [])
    state = session.submit()
    assert state.locked and session.locked and session.phase == SUBMITTED and not session.dirty
    assert not session.edit({}, {})             # locked: nothing changes
    assert stored(sqlite_db, call_id).status == EvaluationStatus.SUBMITTED


def test_amending_needs_a_reason_and_keeps_the_submitted_version(sqlite_db, centre):
    call_id = centre["calls"][0]
    session = EvaluationSession.open_own(sqlite_db, call_id, centre["me"].id)
    answers = full_marks(session.definition)
    session.edit(answers, {})
    session.submit()
    assert session.begin_amend() and session.phase == AMENDING and session.editable
    answers["closing_phrase"] = "no"
    session.edit(answers, {})
    assert session.prepare() is None            # an amendment is never autosaved as a draft
    session.amend("agent did give the ID at 00:03")
    assert session.locked and not session.amending
    with sqlite_db.read() as db:
        assert str(db.scalar(select(Evaluation)).score) == "96.00"
        assert [r.reason for r in db.scalars(select(EvaluationRevision))] == ["agent did give the ID at 00:03"]


def test_a_stale_save_is_a_conflict_and_either_side_can_win(sqlite_db, centre):
    call_id = centre["calls"][0]
    mine = EvaluationSession.open_own(sqlite_db, call_id, centre["me"].id)
    mine.edit({"greeting_id": "yes"}, {})
    mine.save()
    evaluations.save_draft(sqlite_db, mine.state.id, {"greeting_id": "no"}, {"greeting_id": "x"},
                           expected_row_version=mine.state.row_version)   # a second window
    mine.edit({"greeting_id": "yes", "silent_caller": "yes"}, {})
    with pytest.raises(ConflictError):
        mine.save()
    assert mine.dirty                                     # nothing on screen was dropped
    assert mine.keep_mine() and mine.save()
    assert stored(sqlite_db, call_id).answers == {"greeting_id": "yes", "silent_caller": "yes"}
    evaluations.save_draft(sqlite_db, mine.state.id, {"greeting_id": "no"}, {},
                           expected_row_version=mine.state.row_version)
    mine.edit({}, {})
    with pytest.raises(ConflictError):
        mine.save()
    mine.take_stored()
    assert mine.answers == {"greeting_id": "no"} and not mine.dirty


def test_every_change_is_journalled_first_and_replayed_after_a_crash(sqlite_db, centre, tmp_path):
    journal = DraftJournal(tmp_path / "journal")
    call_id = centre["calls"][1]
    session = EvaluationSession.open_own(sqlite_db, call_id, centre["me"].id, journal=journal)
    session.edit({"greeting_id": "no"}, {"greeting_id": "typed, never saved"})
    entries = journal.pending(database_identity(sqlite_db), centre["me"].id)
    assert [(e.call_id, e.answers, e.evaluation_id) for e in entries] == [(call_id, {"greeting_id": "no"}, None)]
    del session                                            # the window died before any save
    assert stored(sqlite_db, call_id) is None
    report = replay_journal(sqlite_db, centre["me"].id, journal)
    assert report.saved == [call_id] and not report.kept
    row = stored(sqlite_db, call_id)
    assert row.answers == {"greeting_id": "no"} and row.comments == {"greeting_id": "typed, never saved"}
    assert journal.pending(database_identity(sqlite_db)) == []
    # A saved draft leaves no journal entry behind.
    again = EvaluationSession.open_own(sqlite_db, call_id, centre["me"].id, journal=journal)
    again.edit({"greeting_id": "yes"}, {})
    assert len(journal.pending(database_identity(sqlite_db))) == 1
    again.save()
    assert journal.pending(database_identity(sqlite_db)) == []


def test_a_journal_draft_saved_elsewhere_meanwhile_is_not_forced_but_shown_on_opening(sqlite_db, centre, tmp_path):
    journal = DraftJournal(tmp_path / "journal")
    call_id = centre["calls"][0]
    session = EvaluationSession.open_own(sqlite_db, call_id, centre["me"].id, journal=journal)
    session.edit({"greeting_id": "yes"}, {})
    session.save()
    session.edit({"greeting_id": "yes", "silent_caller": "no"}, {})     # journalled, not saved
    evaluations.save_draft(sqlite_db, session.state.id, {"greeting_id": "no"}, {},
                           expected_row_version=session.state.row_version)
    report = replay_journal(sqlite_db, centre["me"].id, journal)
    assert report.kept == [call_id] and stored(sqlite_db, call_id).answers == {"greeting_id": "no"}
    reopened = EvaluationSession.open_own(sqlite_db, call_id, centre["me"].id, journal=journal)
    assert reopened.dirty and reopened.answers == {"greeting_id": "yes", "silent_caller": "no"}


def test_a_locked_database_keeps_the_draft_in_the_journal(sqlite_db, centre, tmp_path, monkeypatch):
    journal = DraftJournal(tmp_path / "journal")
    call_id = centre["calls"][0]
    session = EvaluationSession.open_own(sqlite_db, call_id, centre["me"].id, journal=journal)
    session.edit({"greeting_id": "yes"}, {})

    def locked(*_a, **_k):
        raise DatabaseLocked("locked")

    monkeypatch.setattr(RegularStore, "_create", locked)
    with pytest.raises(DatabaseLocked):
        session.save()
    assert session.dirty and len(journal.pending(database_identity(sqlite_db))) == 1
    assert replay_journal(sqlite_db, centre["me"].id, journal).unavailable
    monkeypatch.undo()
    assert replay_journal(sqlite_db, centre["me"].id, journal).saved == [call_id]


def test_a_comment_typed_letter_by_letter_is_journalled_when_asked(sqlite_db, centre, tmp_path):
    journal = DraftJournal(tmp_path / "journal")
    session = EvaluationSession.open_own(sqlite_db, centre["calls"][0], centre["me"].id, journal=journal)
    session.edit({"greeting_id": "no"}, {})
    session.edit({"greeting_id": "no"}, {"greeting_id": "no agent"}, journal=False)   # a key in a comment
    [entry] = journal.pending(database_identity(sqlite_db))
    assert entry.comments == {}
    session.write_journal()                                                           # a moment later
    [entry] = journal.pending(database_identity(sqlite_db))
    assert entry.comments == {"greeting_id": "no agent"}


def test_a_read_kept_waiting_by_a_lock_is_reported_as_the_database_being_busy(sqlite_db, centre, tmp_path,
                                                                              monkeypatch):
    import sqlite3

    from sqlalchemy.exc import OperationalError

    journal = DraftJournal(tmp_path / "journal")
    session = EvaluationSession.open_own(sqlite_db, centre["calls"][0], centre["me"].id, journal=journal)
    session.edit({"greeting_id": "yes"}, {})
    session.save()
    session.edit({"greeting_id": "no"}, {})

    def locked(*_a, **_k):
        raise OperationalError("SELECT", {}, sqlite3.OperationalError("database is locked"))

    monkeypatch.setattr(RegularStore, "load", locked)
    monkeypatch.setattr("qa_desktop.core.evaluations.save_draft", locked)
    with pytest.raises(DatabaseLocked):
        session.save()                                 # retried later, never a traceback
    assert replay_journal(sqlite_db, centre["me"].id, journal).unavailable


def test_submitting_without_a_scoring_form_is_refused_in_words(sqlite_db, centre):
    """No published form to score on: the session has no definition, and a submit says why
    instead of failing on the snapshot it could not take."""
    from qa_desktop.core.scoring.errors import FormNotFound

    call_id = centre["calls"][0]
    session = EvaluationSession(RegularStore(sqlite_db, call_id, centre["me"].id), None, None)
    assert not session.editable and session.save()
    with pytest.raises(FormNotFound, match="no published scoring form"):
        session.submit()
    with pytest.raises(FormNotFound):
        session.amend("a reason")
    assert stored(sqlite_db, call_id) is None
