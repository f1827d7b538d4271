"""Calibration sessions (校准会议): the same calls scored blind by several people, then agreed on.

Rules kept here, not in the GUI:
- only a QA lead creates, moderates and closes a session;
- everyone who scores (participants and the expert, whose scores are the reference) scores
  blind: the others' answers on a call are refused (:class:`PermissionDenied`) until the
  person has submitted their own evaluation of that call, or the session is closed; a lead who
  does not score moderates and may look at any time;
- a submitted calibration score is final (the point is to compare first judgements);
- calibration evaluations are ``EvaluationKind.CALIBRATION`` and never count in agents'
  results: every query of agents' results filters with :data:`COUNTS_IN_AGENT_RESULTS`;
- after discussion the lead records the agreed answers per item, with notes (consensus).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, exists, inspect, select
from sqlalchemy.orm import Session, aliased

from qa_desktop.core.db import audit
from qa_desktop.core.db.database import Database
from qa_desktop.core.db.models import (
    Agent,
    CalibrationCall,
    CalibrationParticipant,
    CalibrationSession,
    CalibrationStatus,
    Call,
    Evaluation,
    EvaluationKind,
    EvaluationStatus,
    Flag,
    FlagKind,
    FlagResolution,
    FormVersion,
    Role,
    User,
    utcnow,
)
from qa_desktop.core.errors import QADesktopError, ValidationError
from qa_desktop.core.workflow.permissions import deny
from qa_desktop.core.workflow.units import in_transaction

# The filter every report of agents' results must apply: calibration, re-score and self-check
# evaluations are about the evaluators, not the agents.
COUNTS_IN_AGENT_RESULTS = Evaluation.kind == EvaluationKind.REGULAR


class CalibrationNotFound(QADesktopError):
    code = "calibration_not_found"


class CalibrationClosed(QADesktopError):
    """The session is closed: nothing in it changes any more."""

    code = "calibration_closed"


class AlreadySubmitted(QADesktopError):
    """A calibration score is a first, blind judgement and is not changed after submitting."""

    code = "calibration_already_submitted"


@event.listens_for(Session, "before_flush")
def _refuse_changes_to_submitted_calibration_scores(session: Session, _context, _instances) -> None:
    # Whatever path tries it (an amend in the evaluation service, a script), a submitted calibration
    # score stays the first, blind judgement it was; the consensus records what was agreed instead.
    for obj in session.dirty:
        if not isinstance(obj, Evaluation) or obj.kind != EvaluationKind.CALIBRATION:
            continue
        state = inspect(obj)
        status = state.attrs.status.history
        was = (status.deleted or status.unchanged or [None])[0]
        if was == EvaluationStatus.SUBMITTED and (state.attrs.answers.history.has_changes()
                                                  or state.attrs.score.history.has_changes()
                                                  or status.has_changes()):
            raise AlreadySubmitted(f"Evaluation #{obj.id} is a submitted calibration score: it is not changed "
                                   "afterwards (record the agreed answers as the session's consensus).",
                                   evaluation_id=obj.id)


# ----------------------------------------------------------------------------------------------
# What callers get back


@dataclass(frozen=True)
class Person:
    id: int
    login: str
    name: str


@dataclass(frozen=True)
class SessionCall:
    call_id: int
    external_id: str | None
    agent: str
    call_type: str | None
    started_at: dt.datetime | None
    duration_s: float | None
    consensus_answers: dict[str, Any] | None
    consensus_notes: dict[str, Any]


@dataclass(frozen=True)
class SessionSummary:
    id: int
    title: str
    status: str
    form_version_id: int
    form_name: str
    form_version_no: int
    lead: Person | None
    expert: Person | None
    scheduled_on: dt.date | None
    created_at: dt.datetime
    closed_at: dt.datetime | None
    n_calls: int
    n_participants: int
    n_submitted: int      # submitted calibration evaluations
    n_expected: int       # calls × scorers
    # the form's name per language ({"zh_CN": …, "en": …}, as its definition has it); form_name is the one
    # stored with the form, in one language: a page shows form_names picked in the reader's language
    form_names: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict:
        """Plain JSON-ready data (dates as ISO text)."""
        data = {}
        for name in self.__dataclass_fields__:
            value = getattr(self, name)
            if isinstance(value, Person):
                value = dict(value.__dict__)
            elif isinstance(value, (dt.date, dt.datetime)):
                value = value.isoformat()
            data[name] = value
        return data


@dataclass(frozen=True)
class SessionDetail:
    summary: SessionSummary
    definition: dict[str, Any]
    calls: list[SessionCall]
    participants: list[Person]   # everyone who scores, the expert included
    notes: str
    row_version: int


@dataclass(frozen=True)
class ScoredAnswers:
    evaluation_id: int
    evaluator: Person
    is_expert: bool
    status: str
    answers: dict[str, Any]
    comments: dict[str, Any]
    total: float | None
    grade: str | None
    submitted_at: dt.datetime | None


@dataclass(frozen=True)
class MyCall:
    call: SessionCall
    evaluation_id: int | None
    status: str  # not_started | draft | submitted
    answers: dict[str, Any] = field(default_factory=dict)
    comments: dict[str, Any] = field(default_factory=dict)
    row_version: int | None = None


# ----------------------------------------------------------------------------------------------
# Helpers


def _person(user: User) -> Person:
    return Person(user.id, user.login, user.display_name)


def _person_by_id(session: Session, user_id: int | None) -> Person | None:
    """The lead or expert of a session, None when the session has none (or theirs was deleted: SET NULL)."""
    user = session.get(User, user_id) if user_id is not None else None
    return None if user is None else _person(user)


def acting_user(session: Session, login: str) -> User:
    user = session.scalar(select(User).where(User.login == login))
    if user is None or not user.active:
        raise deny("unknown_user", login=login)
    return user


def _require_lead(user: User, what: str) -> None:
    if user.role != Role.QA_LEAD:
        raise deny("qa_lead_only", what=what, login=user.login, role=user.role.value)


def _load(session: Session, session_id: int) -> CalibrationSession:
    calibration = session.get(CalibrationSession, session_id)
    if calibration is None:
        raise CalibrationNotFound(f"There is no calibration session #{session_id}.", session_id=session_id)
    return calibration


def _require_open(calibration: CalibrationSession) -> None:
    if calibration.status == CalibrationStatus.CLOSED:
        raise CalibrationClosed(f"Calibration session #{calibration.id} is closed; nothing in it can change.",
                                session_id=calibration.id)


def scorer_ids(calibration: CalibrationSession) -> list[int]:
    return [p.user_id for p in calibration.participants]


def _session_call(session: Session, link: CalibrationCall) -> SessionCall:
    call = session.get_one(Call, link.call_id)  # the foreign key restricts deleting a call in a session
    agent = session.get(Agent, call.agent_id) if call.agent_id else None
    return SessionCall(call.id, call.external_id, (f"{agent.agent_code} {agent.name}".strip() if agent else ""),
                       call.call_type, call.started_at, call.duration_s, link.consensus_answers,
                       dict(link.consensus_notes or {}))


def _evaluations(session: Session, session_id: int, *, submitted_only: bool = False) -> list[Evaluation]:
    query = select(Evaluation).where(Evaluation.calibration_session_id == session_id,
                                     Evaluation.kind == EvaluationKind.CALIBRATION)
    if submitted_only:
        query = query.where(Evaluation.status == EvaluationStatus.SUBMITTED)
    return list(session.scalars(query.order_by(Evaluation.id)))


def submitted_scores(session: Session, session_id: int) -> list[Any]:
    """(call_id, evaluator_id, score, answers) of the submitted calibration evaluations, without the
    large ``breakdown`` JSON that loading whole rows would decode."""
    return list(session.execute(
        select(Evaluation.call_id, Evaluation.evaluator_id, Evaluation.score, Evaluation.answers)
        .where(Evaluation.calibration_session_id == session_id, Evaluation.kind == EvaluationKind.CALIBRATION,
               Evaluation.status == EvaluationStatus.SUBMITTED).order_by(Evaluation.id)))


def _summary(session: Session, calibration: CalibrationSession) -> SessionSummary:
    version = session.get_one(FormVersion, calibration.form_version_id)
    evaluations = session.scalars(
        select(Evaluation.id).where(Evaluation.calibration_session_id == calibration.id,
                                    Evaluation.kind == EvaluationKind.CALIBRATION,
                                    Evaluation.status == EvaluationStatus.SUBMITTED)).all()
    return SessionSummary(
        calibration.id, calibration.title, calibration.status.value, version.id, version.form.name,
        version.version_no, _person_by_id(session, calibration.lead_id), _person_by_id(session, calibration.expert_id),
        calibration.scheduled_on, calibration.created_at, calibration.closed_at, len(calibration.calls),
        len(calibration.participants), len(evaluations), len(calibration.calls) * len(calibration.participants),
        form_names(version.definition))


def form_names(definition: dict | None) -> dict[str, str]:
    """A form version's name per language, from its definition (a plain name counts as simplified Chinese)."""
    name = (definition or {}).get("name")
    if isinstance(name, str):
        return {"zh_CN": name} if name else {}
    return {lang: text for lang, text in (name or {}).items() if isinstance(text, str) and text}


def _definition(version: FormVersion):
    from qa_desktop.core.scoring.form import FormDefinition

    return FormDefinition.from_dict(version.definition)


# ----------------------------------------------------------------------------------------------
# Creating and reading sessions


def calibration_candidates(database: Database) -> list[dict[str, Any]]:
    """Calls flagged as calibration candidates (open CALIBRATION flags) not yet in any session."""
    raiser = aliased(User)
    with database.read() as session:
        in_a_session = exists().where(CalibrationCall.call_id == Flag.call_id)
        # one statement, agents and raisers joined (a year's flags took a query per flag)
        rows = session.execute(
            select(Flag.id, Flag.reason, Flag.raised_at, Call.id, Call.external_id, Call.call_type, Call.started_at,
                   Agent.agent_code, Agent.name, raiser.display_name)
            .join(Call, Call.id == Flag.call_id).outerjoin(Agent, Agent.id == Call.agent_id)
            .outerjoin(raiser, raiser.id == Flag.raised_by_id)
            .where(Flag.kind == FlagKind.CALIBRATION, Flag.resolution == FlagResolution.OPEN, ~in_a_session)
            .order_by(Flag.raised_at, Flag.id)).all()
    result, seen = [], set()
    for flag_id, reason, raised_at, call_id, external_id, call_type, started_at, code, name, raised_by in rows:
        if call_id in seen:
            continue
        seen.add(call_id)
        result.append({"call_id": call_id, "external_id": external_id, "flag_id": flag_id, "reason": reason,
                       "raised_by": raised_by or "", "raised_at": raised_at, "call_type": call_type,
                       "started_at": started_at, "agent": f"{code or ''} {name or ''}".strip()})
    return result


def create_session(database: Database, *, title: str, form_version_id: int, participant_ids: Iterable[int],
                   call_ids: Iterable[int] | None = None, use_candidates: bool = False,
                   expert_id: int | None = None, scheduled_on: dt.date | None = None, notes: str = "") -> int:
    """A new open session; returns its id. The expert, if any, scores too and is the reference."""
    calls = list(dict.fromkeys(call_ids or []))
    if use_candidates:
        calls += [c["call_id"] for c in calibration_candidates(database) if c["call_id"] not in calls]
    scorers = list(dict.fromkeys(participant_ids))
    if expert_id is not None and expert_id not in scorers:
        scorers.append(expert_id)
    title = (title or "").strip()
    if not title:
        raise ValidationError("A calibration session needs a title.", field="title")
    if not calls:
        raise ValidationError("Choose at least one call (or flag calls as calibration candidates).", field="calls")
    if len(scorers) < 2:
        raise ValidationError("A calibration session needs at least two people scoring the calls.",
                              field="participants")

    def work(session: Session) -> int:
        lead = acting_user(session, database.user_login)
        _require_lead(lead, "create a calibration session")
        version = session.get(FormVersion, form_version_id)
        if version is None:
            raise ValidationError(f"There is no form version #{form_version_id}.", field="form_version")
        if version.published_at is None:
            raise ValidationError("Calibrate on a published form version (this one is still a draft).",
                                  field="form_version")
        for call_id in calls:
            if session.get(Call, call_id) is None:
                raise ValidationError(f"There is no call #{call_id}.", field="calls", call_id=call_id)
        for user_id in scorers:
            user = session.get(User, user_id)
            if user is None or not user.active:
                raise ValidationError(f"There is no active user #{user_id}.", field="participants", user_id=user_id)
        calibration = CalibrationSession(title=title, form_version_id=version.id, lead_id=lead.id,
                                         expert_id=expert_id, scheduled_on=scheduled_on, notes=notes or "")
        calibration.calls = [CalibrationCall(call_id=c, consensus_notes={}) for c in calls]
        calibration.participants = [CalibrationParticipant(user_id=u) for u in scorers]
        session.add(calibration)
        session.flush()
        audit.record(session, database.user_login, "create", "calibration_session", calibration.id,
                     title=title, form_version_id=version.id, calls=calls, participants=scorers, expert_id=expert_id)
        return calibration.id

    return database.write(work)


def list_sessions(database: Database, status: CalibrationStatus | None = None) -> list[SessionSummary]:
    with database.read() as session:
        query = select(CalibrationSession).order_by(CalibrationSession.created_at.desc(), CalibrationSession.id.desc())
        if status is not None:
            query = query.where(CalibrationSession.status == status)
        return [_summary(session, c) for c in session.scalars(query)]


def get_session(database: Database, session_id: int) -> SessionDetail:
    with database.read() as session:
        calibration = _load(session, session_id)
        version = session.get_one(FormVersion, calibration.form_version_id)
        people = [_person(session.get_one(User, uid)) for uid in scorer_ids(calibration)]
        return SessionDetail(_summary(session, calibration), version.definition,
                             [_session_call(session, link) for link in calibration.calls], people,
                             calibration.notes, calibration.row_version)


# ----------------------------------------------------------------------------------------------
# Scoring blind


def my_calls(database: Database, session_id: int) -> list[MyCall]:
    """The acting user's own work in the session: each call with their draft or submitted answers."""
    with database.read() as session:
        calibration = _load(session, session_id)
        user = acting_user(session, database.user_login)
        if user.id not in scorer_ids(calibration):
            raise deny("not_participant", session_id=session_id)
        mine = {e.call_id: e for e in session.scalars(select(Evaluation).where(
            Evaluation.calibration_session_id == session_id, Evaluation.kind == EvaluationKind.CALIBRATION,
            Evaluation.evaluator_id == user.id))}
        result = []
        for link in calibration.calls:
            evaluation = mine.get(link.call_id)
            call = _session_call(session, link)
            if evaluation is None:
                result.append(MyCall(call, None, "not_started"))
            else:
                result.append(MyCall(call, evaluation.id, evaluation.status.value, dict(evaluation.answers or {}),
                                     dict(evaluation.comments or {}), evaluation.row_version))
        return result


def save_answers(database: Database, session_id: int, call_id: int, answers: dict[str, Any],
                 comments: dict[str, Any] | None = None, *, submit: bool = False,
                 expected_row_version: int | None = None, active_seconds: int = 0) -> int:
    """Save the acting user's answers on one call (a draft), or submit them (validated and scored).

    Returns the evaluation id. ``expected_row_version`` guards a draft against a second window.
    The session's own rules (taking part, the call belongs to it, a submitted score is final) are
    checked here; saving, scoring and locking the form version are the evaluation service's.
    """
    from qa_desktop.core import evaluations

    def work(session: Session) -> int:
        calibration = _load(session, session_id)
        _require_open(calibration)
        user = acting_user(session, database.user_login)
        if user.id not in scorer_ids(calibration):
            raise deny("not_participant", session_id=session_id)
        if call_id not in [c.call_id for c in calibration.calls]:
            raise ValidationError(f"Call #{call_id} is not part of calibration session #{session_id}.",
                                  call_id=call_id)
        evaluation = session.scalar(select(Evaluation).where(
            Evaluation.calibration_session_id == session_id, Evaluation.call_id == call_id,
            Evaluation.evaluator_id == user.id, Evaluation.kind == EvaluationKind.CALIBRATION))
        unit = in_transaction(database, session)
        expected = expected_row_version
        if evaluation is None:
            draft = evaluations.create_draft(unit, call_id, form_version_id=calibration.form_version_id,
                                             kind=EvaluationKind.CALIBRATION, calibration_session_id=session_id)
            evaluation_id, expected, spent = draft.id, None, 0
        elif evaluation.status == EvaluationStatus.SUBMITTED:
            raise AlreadySubmitted("You already submitted this call in the calibration session; a calibration "
                                   "score is a first judgement and is not changed afterwards.", call_id=call_id)
        else:
            evaluation_id, spent = evaluation.id, evaluation.active_seconds or 0
        save = evaluations.submit if submit else evaluations.save_draft
        return save(unit, evaluation_id, {k: v for k, v in (answers or {}).items() if v is not None}, comments,
                    expected_row_version=expected, active_seconds=spent + max(0, int(active_seconds))).id

    return database.write(work)


def may_see_answers(calibration: CalibrationSession, user: User, submitted_call_ids: set[int],
                    call_id: int | None = None) -> bool:
    """Whether ``user`` may see others' answers on ``call_id`` (None: on every call of the session)."""
    if calibration.status == CalibrationStatus.CLOSED:
        return True
    if user.id in scorer_ids(calibration):
        wanted = {call_id} if call_id is not None else {c.call_id for c in calibration.calls}
        return wanted <= submitted_call_ids
    return user.role == Role.QA_LEAD


def _submitted_calls(session: Session, session_id: int, user_id: int) -> set[int]:
    return set(session.scalars(
        select(Evaluation.call_id).where(Evaluation.calibration_session_id == session_id,
                                         Evaluation.kind == EvaluationKind.CALIBRATION,
                                         Evaluation.status == EvaluationStatus.SUBMITTED,
                                         Evaluation.evaluator_id == user_id)))


def require_may_see_answers(session: Session, calibration: CalibrationSession, login: str,
                            call_id: int | None = None) -> User:
    user = acting_user(session, login)
    if not may_see_answers(calibration, user, _submitted_calls(session, calibration.id, user.id), call_id):
        if user.id in scorer_ids(calibration):
            raise deny("blind_call" if call_id is not None else "blind_all", session_id=calibration.id,
                       call_id=call_id)
        raise deny("answers_hidden", session_id=calibration.id)
    return user


def answers_for_call(database: Database, session_id: int, call_id: int) -> list[ScoredAnswers]:
    """Everyone's submitted answers on a call, once the acting user may see them (else PermissionDenied)."""
    with database.read() as session:
        calibration = _load(session, session_id)
        if call_id not in [c.call_id for c in calibration.calls]:
            raise ValidationError(f"Call #{call_id} is not part of calibration session #{session_id}.",
                                  call_id=call_id)
        require_may_see_answers(session, calibration, database.user_login, call_id)
        result = []
        for evaluation in _evaluations(session, session_id, submitted_only=True):
            if evaluation.call_id != call_id:
                continue
            result.append(ScoredAnswers(
                evaluation.id, _person(session.get_one(User, evaluation.evaluator_id)),
                evaluation.evaluator_id == calibration.expert_id, evaluation.status.value,
                dict(evaluation.answers or {}), dict(evaluation.comments or {}),
                None if evaluation.score is None else float(evaluation.score), evaluation.grade,
                evaluation.submitted_at))
        return result


def add_calls(database: Database, session_id: int, call_ids: Iterable[int]) -> list[int]:
    """Add calls to an open session ("score at least 3 more calls of the same nature together");
    returns the calls actually added (those already in the session are skipped)."""
    wanted = list(dict.fromkeys(call_ids))

    def work(session: Session) -> list[int]:
        calibration = _load(session, session_id)
        _require_open(calibration)
        _require_lead(acting_user(session, database.user_login), "add calls to a calibration session")
        present = {c.call_id for c in calibration.calls}
        added = []
        for call_id in wanted:
            if call_id in present:
                continue
            if session.get(Call, call_id) is None:
                raise ValidationError(f"There is no call #{call_id}.", field="calls", call_id=call_id)
            calibration.calls.append(CalibrationCall(call_id=call_id, consensus_notes={}))
            added.append(call_id)
        if added:
            audit.record(session, database.user_login, "add_calls", "calibration_session", session_id, calls=added)
        return added

    return database.write(work)


# ----------------------------------------------------------------------------------------------
# Consensus and closing


def record_consensus(database: Database, session_id: int, call_id: int, answers: dict[str, Any],
                     notes: dict[str, str] | None = None, *, replace: bool = False) -> dict[str, Any]:
    """The lead records the answers agreed after discussion (merged into earlier ones unless ``replace``).

    Returns the consensus answers now stored. Answers are checked against the form version.
    """
    from qa_desktop.core.scoring.engine import check_answers

    def work(session: Session) -> dict[str, Any]:
        calibration = _load(session, session_id)
        _require_open(calibration)
        user = acting_user(session, database.user_login)
        _require_lead(user, "record the consensus of a calibration session")
        link = next((c for c in calibration.calls if c.call_id == call_id), None)
        if link is None:
            raise ValidationError(f"Call #{call_id} is not part of calibration session #{session_id}.",
                                  call_id=call_id)
        definition = _definition(session.get_one(FormVersion, calibration.form_version_id))
        merged = {} if replace else dict(link.consensus_answers or {})
        merged.update({k: v for k, v in answers.items() if v is not None})
        for code in [k for k, v in answers.items() if v is None]:
            merged.pop(code, None)
        check_answers(definition, merged, partial=True)
        merged_notes = {} if replace else dict(link.consensus_notes or {})
        for code, text in (notes or {}).items():
            if definition.item(code) is None and code != "_call":
                raise ValidationError(f"{code!r} is not an item of this form version.", item=code)
            if text and str(text).strip():
                merged_notes[code] = str(text).strip()
            else:
                merged_notes.pop(code, None)
        # JSON columns are replaced, not mutated, so the change is seen and saved.
        link.consensus_answers = merged or None
        link.consensus_notes = merged_notes
        audit.record(session, database.user_login, "record_consensus", "calibration_session", session_id,
                     call_id=call_id, answers=answers, notes=notes or {})
        return merged

    return database.write(work)


def close_session(database: Database, session_id: int, *, notes: str | None = None) -> None:
    """Close the session: answers become visible to all participants and nothing changes any more."""

    def work(session: Session) -> None:
        calibration = _load(session, session_id)
        _require_open(calibration)
        user = acting_user(session, database.user_login)
        _require_lead(user, "close a calibration session")
        calibration.status = CalibrationStatus.CLOSED
        calibration.closed_at = utcnow()
        if notes is not None:
            calibration.notes = notes
        drafts = [e.id for e in _evaluations(session, session_id) if e.status != EvaluationStatus.SUBMITTED]
        # The calls' calibration-candidate flags have served their purpose: settle them, saying where.
        flags = session.scalars(select(Flag).where(
            Flag.kind == FlagKind.CALIBRATION, Flag.resolution == FlagResolution.OPEN,
            Flag.call_id.in_([c.call_id for c in calibration.calls]))).all()
        for flag in flags:
            flag.resolution = FlagResolution.CONFIRMED
            flag.resolution_note = f"Calibrated in session #{session_id} ({calibration.title})"
            flag.resolved_by_id = user.id
            flag.resolved_at = utcnow()
            audit.record(session, database.user_login, "settle", "flag", flag.id, call_id=flag.call_id,
                         kind=flag.kind.value, resolution=FlagResolution.CONFIRMED.value,
                         note=flag.resolution_note)
        audit.record(session, database.user_login, "close", "calibration_session", session_id,
                     unsubmitted_drafts=drafts, settled_flags=[f.id for f in flags])

    database.write(work)


# ----------------------------------------------------------------------------------------------
# Choices offered when creating a session


def published_form_versions(database: Database) -> list[dict[str, Any]]:
    """Published versions of active forms, newest first: what a calibration session can score on."""
    from qa_desktop.core.db.models import ScoringForm

    with database.read() as session:
        rows = session.execute(
            select(FormVersion, ScoringForm).join(ScoringForm, ScoringForm.id == FormVersion.form_id)
            .where(FormVersion.published_at.is_not(None), ScoringForm.archived.is_(False))
            .order_by(ScoringForm.name, FormVersion.version_no.desc())).all()
        return [{"id": v.id, "form_code": f.code, "form_name": f.name, "form_names": form_names(v.definition),
                 "version_no": v.version_no, "published_at": v.published_at} for v, f in rows]


def recent_calls(database: Database, limit: int = 300) -> list[dict[str, Any]]:
    """The most recent calls (by call time), to pick calibration calls from."""
    with database.read() as session:
        rows = session.execute(
            select(Call, Agent).outerjoin(Agent, Agent.id == Call.agent_id)
            .order_by(Call.started_at.desc().nulls_last(), Call.id.desc()).limit(limit)).all()
        return [{"call_id": c.id, "external_id": c.external_id, "call_type": c.call_type,
                 "started_at": c.started_at, "duration_s": c.duration_s,
                 "agent": f"{a.agent_code} {a.name}".strip() if a else ""} for c, a in rows]


def active_people(database: Database) -> list[Person]:
    with database.read() as session:
        return [_person(u) for u in session.scalars(select(User).where(User.active.is_(True))
                                                     .order_by(User.display_name))]
