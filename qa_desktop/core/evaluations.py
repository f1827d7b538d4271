"""The life of an evaluation: draft → submitted → amended or re-scored.

- ``create_draft``: an evaluator opens a call on a published form version (the version is
  frozen from then on, so the draft's answers always match it);
- ``save_draft``: answers, comments and active time, saved against the row version the
  window loaded, so a second window's stale save raises :class:`ConflictError`;
- ``submit``: every item answered and valid, comments where the form requires them, then the
  score, grade, critical/fatal outcome and the "why this score" breakdown are stored;
- ``amend``: a submitted evaluation changed with a reason; the previous state is kept as an
  :class:`EvaluationRevision`;
- ``rescore``: the same call scored under another form version as a new RESCORE evaluation,
  side by side; the original is never touched.

An evaluator edits only their own evaluations (``workflow.permissions``); every change is audited.

This is the one way into the lifecycle: the workspace (through ``core.evaluation_session``),
calibration's blind scores (``calibration.sessions.save_answers``), team-lead reviews and disputes
all call these functions; reviews and disputes from inside their own transaction
(``workflow.units.in_transaction``).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qa_desktop.core.db import audit
from qa_desktop.core.db.database import Database, expect_version
from qa_desktop.core.db.models import (
    Call,
    Evaluation,
    EvaluationKind,
    EvaluationRevision,
    EvaluationStatus,
    FormVersion,
    Role,
    ScoringForm,
    utcnow,
)
from qa_desktop.core.errors import ValidationError
from qa_desktop.core.forms_repository import ensure_default_form, lock_version, published_version
from qa_desktop.core.scoring.engine import ScoreResult, check_answers, score
from qa_desktop.core.scoring.errors import AnswersInvalid, CommentRequired, FormNotFound
from qa_desktop.core.scoring.form import FormDefinition
from qa_desktop.core.workflow.permissions import acting_user, deny, require_can_edit_evaluation

EDITABLE = (EvaluationStatus.DRAFT, EvaluationStatus.RETURNED)


class EvaluationNotFound(ValidationError):
    code = "evaluation_not_found"


class WrongStatus(ValidationError):
    code = "evaluation_status"


@dataclass
class EvaluationInfo:
    """An evaluation as the service hands it out: plain values, safe to keep after the transaction."""

    id: int
    call_id: int
    form_version_id: int
    evaluator_id: int
    status: str                       # draft | submitted | returned
    row_version: int                  # pass it back as expected_row_version when saving
    kind: str = EvaluationKind.REGULAR.value
    answers: dict[str, Any] = field(default_factory=dict)
    comments: dict[str, Any] = field(default_factory=dict)
    active_seconds: int = 0
    score: str | None = None
    critical_score: str | None = None
    grade: str | None = None
    critical_failed: bool = False
    fatal_failed: bool = False
    rescore_of_id: int | None = None
    breakdown: dict[str, Any] | None = None
    unanswered: list[str] = field(default_factory=list)  # for a re-score the evaluator must complete
    summary: str = ""
    updated_at: dt.datetime | None = None
    calibration_session_id: int | None = None

    @property
    def locked(self) -> bool:
        """Submitted: changed only by amending with a reason."""
        return self.status == EvaluationStatus.SUBMITTED.value

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _info(evaluation: Evaluation, unanswered: list[str] | None = None) -> EvaluationInfo:
    def text(value: Decimal | None) -> str | None:
        return None if value is None else str(Decimal(value).quantize(Decimal("0.01")))

    return EvaluationInfo(
        id=evaluation.id, call_id=evaluation.call_id, form_version_id=evaluation.form_version_id,
        evaluator_id=evaluation.evaluator_id, status=evaluation.status.value, row_version=evaluation.row_version,
        kind=evaluation.kind.value, answers=dict(evaluation.answers or {}), comments=dict(evaluation.comments or {}),
        active_seconds=evaluation.active_seconds or 0, score=text(evaluation.score),
        critical_score=text(evaluation.critical_score), grade=evaluation.grade,
        critical_failed=bool(evaluation.critical_failed), fatal_failed=bool(evaluation.fatal_failed),
        rescore_of_id=evaluation.rescore_of_id, breakdown=evaluation.breakdown, unanswered=list(unanswered or []),
        summary=evaluation.summary or "", updated_at=evaluation.updated_at,
        calibration_session_id=evaluation.calibration_session_id)


def _load(session: Session, evaluation_id: int) -> Evaluation:
    evaluation = session.get(Evaluation, evaluation_id)
    if evaluation is None:
        raise EvaluationNotFound(f"No evaluation #{evaluation_id}.", evaluation_id=evaluation_id)
    return evaluation


def _clean(answers: dict[str, Any] | None) -> dict[str, Any]:
    if answers is not None and not isinstance(answers, dict):
        raise AnswersInvalid("(all)", "answers must be an object of item code → answer")
    return {k: v for k, v in (answers or {}).items() if v is not None}


def _clean_comments(comments: dict[str, Any] | None) -> dict[str, str]:
    return {k: str(v) for k, v in (comments or {}).items() if v is not None and str(v).strip()}


def _store_result(evaluation: Evaluation, result: ScoreResult) -> None:
    evaluation.score = result.total
    evaluation.critical_score = result.critical_score
    evaluation.grade = result.grade_code  # stable code; the GUI shows the label of its language
    evaluation.critical_failed = result.critical_failed
    evaluation.fatal_failed = result.fatal_failed
    evaluation.breakdown = result.to_dict()


def _keep_suggestions(session: Session, evaluation: Evaluation) -> None:
    """Store what the automatic checks suggested for this call and whether the answers kept it."""
    if evaluation.kind != EvaluationKind.REGULAR:
        return
    from qa_desktop.core.checks.suggestions import kept_record, suggestions_for_call

    suggestions = suggestions_for_call(session, evaluation.call_id,
                                       definition_of(session, evaluation.form_version_id))
    evaluation.suggestions = kept_record(suggestions, evaluation.answers or {})


def _score_complete(definition: FormDefinition, answers: dict, comments: dict) -> ScoreResult:
    result = score(definition, answers, comments)
    if result.missing_comments:
        raise CommentRequired(result.missing_comments)
    return result


def definition_of(session: Session, version_id: int) -> FormDefinition:
    version = session.get(FormVersion, version_id)
    if version is None:
        raise FormNotFound(f"No form version #{version_id}.", version_id=version_id)
    return FormDefinition.from_dict(version.definition)


def _pick_version(session: Session, form_version_id: int | None, form_code: str | None) -> FormVersion:
    if form_version_id is not None:
        version = session.get(FormVersion, form_version_id)
        if version is None:
            raise FormNotFound(f"No form version #{form_version_id}.", version_id=form_version_id)
        if version.published_at is None:
            raise ValidationError(f"Version {version.version_no} of form {version.form.code} is not published yet.",
                                  version_id=form_version_id)
        return version
    if form_code is None:
        codes = list(session.scalars(select(ScoringForm.code).where(ScoringForm.archived.is_(False))))
        if len(codes) != 1:
            raise ValidationError("Choose the scoring form to use (there is "
                                  f"{'none' if not codes else 'more than one'}).", forms=codes)
        form_code = codes[0]
    version = published_version(session, form_code)
    if version is None:
        raise FormNotFound(f"Form {form_code} has no published version to score on.", code=form_code)
    return version


# ----------------------------------------------------------------------------------------------

def create_draft(database: Database, call_id: int, *, form_version_id: int | None = None,
                 form_code: str | None = None, kind: EvaluationKind = EvaluationKind.REGULAR,
                 calibration_session_id: int | None = None) -> EvaluationInfo:
    """Open a new evaluation of ``call_id`` by the acting user on a published form version
    (a calibration score names its session; the calibration service checks the user takes part)."""

    def work(session: Session) -> EvaluationInfo:
        user = acting_user(session, database.user_login)
        if session.get(Call, call_id) is None:
            raise ValidationError(f"No call #{call_id}.", call_id=call_id)
        version = _pick_version(session, form_version_id, form_code)
        evaluation = Evaluation(call_id=call_id, form_version_id=version.id, evaluator_id=user.id, kind=kind,
                                status=EvaluationStatus.DRAFT, answers={}, comments={}, active_seconds=0,
                                calibration_session_id=calibration_session_id)
        session.add(evaluation)
        lock_version(session, version)
        session.flush()
        audit.record(session, database.user_login, "evaluation.create", "evaluation", evaluation.id,
                     call_id=call_id, form_version_id=version.id, kind=kind.value)
        return _info(evaluation)

    return database.write(work)


def save_draft(database: Database, evaluation_id: int, answers: dict[str, Any] | None,
               comments: dict[str, Any] | None = None, *, expected_row_version: int | None,
               active_seconds: int | None = None, summary: str | None = None) -> EvaluationInfo:
    """Save work in progress. Unanswered items are fine; unknown items or impossible values are not."""
    clean, notes = _clean(answers), _clean_comments(comments)

    def work(session: Session) -> EvaluationInfo:
        user = acting_user(session, database.user_login)
        evaluation = _load(session, evaluation_id)
        require_can_edit_evaluation(session, user, evaluation, "edit it")
        if evaluation.status not in EDITABLE:
            raise WrongStatus(f"Evaluation #{evaluation_id} is {evaluation.status.value}; amend it with a reason "
                              "instead.", evaluation_id=evaluation_id)
        expect_version(evaluation, expected_row_version)
        check_answers(definition_of(session, evaluation.form_version_id), clean, partial=True)
        changed = sorted(k for k in set(clean) | set(evaluation.answers or {})
                         if clean.get(k) != (evaluation.answers or {}).get(k))
        evaluation.answers = clean
        evaluation.comments = notes
        if active_seconds is not None:
            evaluation.active_seconds = max(0, int(active_seconds))
        if summary is not None:
            evaluation.summary = summary
        evaluation.updated_at = utcnow()
        session.flush()
        audit.record(session, database.user_login, "evaluation.save_draft", "evaluation", evaluation.id,
                     changed_items=changed, active_seconds=evaluation.active_seconds)
        return _info(evaluation)

    return database.write(work)


def submit(database: Database, evaluation_id: int, answers: dict[str, Any] | None = None,
           comments: dict[str, Any] | None = None, *, expected_row_version: int | None = None,
           active_seconds: int | None = None, summary: str | None = None) -> EvaluationInfo:
    """Validate, score and store. ``answers``/``comments`` None means "as last saved"."""

    def work(session: Session) -> EvaluationInfo:
        user = acting_user(session, database.user_login)
        evaluation = _load(session, evaluation_id)
        require_can_edit_evaluation(session, user, evaluation, "submit it")
        if evaluation.status not in EDITABLE:
            raise WrongStatus(f"Evaluation #{evaluation_id} is already {evaluation.status.value}.",
                              evaluation_id=evaluation_id)
        expect_version(evaluation, expected_row_version)
        final_answers = _clean(evaluation.answers if answers is None else answers)
        final_comments = _clean_comments(evaluation.comments if comments is None else comments)
        result = _score_complete(definition_of(session, evaluation.form_version_id), final_answers, final_comments)
        evaluation.answers = final_answers
        evaluation.comments = final_comments
        if active_seconds is not None:
            evaluation.active_seconds = max(0, int(active_seconds))
        if summary is not None:
            evaluation.summary = summary
        _store_result(evaluation, result)
        _keep_suggestions(session, evaluation)
        evaluation.status = EvaluationStatus.SUBMITTED
        evaluation.submitted_at = utcnow()
        lock_version(session, evaluation.form_version)
        session.flush()
        audit.record(session, database.user_login, "evaluation.submit", "evaluation", evaluation.id,
                     score=str(result.total), grade=result.grade_code, fatal_failed=result.fatal_failed,
                     critical_failed=result.critical_failed)
        return _info(evaluation)

    return database.write(work)


def amend(database: Database, evaluation_id: int, answers: dict[str, Any], comments: dict[str, Any] | None = None, *,
          reason: str, expected_row_version: int | None) -> EvaluationInfo:
    """Change a submitted evaluation; the state before is kept as a revision with the reason."""
    if not reason or not reason.strip():
        raise ValidationError("Say why the submitted evaluation is changed (a reason is required).")
    clean, notes = _clean(answers), _clean_comments(comments)

    def work(session: Session) -> EvaluationInfo:
        user = acting_user(session, database.user_login)
        evaluation = _load(session, evaluation_id)
        require_can_edit_evaluation(session, user, evaluation, "amend it")
        if evaluation.status != EvaluationStatus.SUBMITTED:
            raise WrongStatus(f"Evaluation #{evaluation_id} is {evaluation.status.value}, not submitted; save the "
                              "draft instead.", evaluation_id=evaluation_id)
        if evaluation.kind == EvaluationKind.CALIBRATION:
            # A calibration score is evidence of how the scorer judged blind; changing it would falsify
            # the agreement statistics. The lead records the agreed answers as consensus instead.
            raise WrongStatus(f"Evaluation #{evaluation_id} is a calibration score and is final; record the "
                              "agreed answers as the session's consensus.", evaluation_id=evaluation_id)
        expect_version(evaluation, expected_row_version)
        result = _score_complete(definition_of(session, evaluation.form_version_id), clean, notes)
        number = (session.scalar(select(func.max(EvaluationRevision.revision_no))
                                 .where(EvaluationRevision.evaluation_id == evaluation.id)) or 0) + 1
        session.add(EvaluationRevision(
            evaluation_id=evaluation.id, revision_no=number, form_version_id=evaluation.form_version_id,
            answers=dict(evaluation.answers or {}), comments=dict(evaluation.comments or {}),
            score=evaluation.score, grade=evaluation.grade, changed_by_id=user.id, reason=reason.strip()))
        before = None if evaluation.score is None else str(evaluation.score)
        evaluation.answers = clean
        evaluation.comments = notes
        _store_result(evaluation, result)
        if evaluation.suggestions:  # the suggestions stay what they were; whether they were kept may change
            evaluation.suggestions = {code: {**entry, "kept": clean.get(code) == entry.get("answer")}
                                      for code, entry in evaluation.suggestions.items()}
        evaluation.updated_at = utcnow()
        session.flush()
        audit.record(session, database.user_login, "evaluation.amend", "evaluation", evaluation.id,
                     revision_no=number, reason=reason.strip(), score_before=before, score_after=str(result.total))
        return _info(evaluation)

    return database.write(work)


def rescore(database: Database, evaluation_id: int, form_version_id: int, answers: dict[str, Any] | None = None,
            comments: dict[str, Any] | None = None) -> EvaluationInfo:
    """Score the same call under another form version as a new RESCORE evaluation.

    Without ``answers``, the original's answers are carried over for the items the other version
    still has (and still accepts). When that answers everything, the re-score is submitted at once;
    otherwise it stays a draft listing ``unanswered`` for the evaluator to complete.
    """

    def work(session: Session) -> EvaluationInfo:
        user = acting_user(session, database.user_login)
        original = _load(session, evaluation_id)
        if original.status != EvaluationStatus.SUBMITTED:
            raise WrongStatus(f"Only a submitted evaluation can be re-scored (#{evaluation_id} is "
                              f"{original.status.value}).", evaluation_id=evaluation_id)
        if original.evaluator_id != user.id and user.role != Role.QA_LEAD:
            raise deny("other_evaluator", what="re-score it", login=user.login, evaluation=original.id)
        version = session.get(FormVersion, form_version_id)
        if version is None:
            raise FormNotFound(f"No form version #{form_version_id}.", version_id=form_version_id)
        definition = FormDefinition.from_dict(version.definition)
        if answers is None:
            carried = {}
            for code, value in (original.answers or {}).items():
                item = definition.item(code)
                if item is not None and item.check_answer(value) is None:
                    carried[code] = value
            new_comments = {k: v for k, v in (original.comments or {}).items() if definition.item(k) is not None}
        else:
            carried, new_comments = _clean(answers), _clean_comments(comments)
        unanswered = check_answers(definition, carried, partial=True)
        evaluation = Evaluation(call_id=original.call_id, form_version_id=version.id, evaluator_id=user.id,
                                kind=EvaluationKind.RESCORE, status=EvaluationStatus.DRAFT, answers=carried,
                                comments=new_comments, rescore_of_id=original.id, active_seconds=0)
        session.add(evaluation)
        if not unanswered:
            result = score(definition, carried, new_comments)
            if not result.missing_comments:
                _store_result(evaluation, result)
                evaluation.status = EvaluationStatus.SUBMITTED
                evaluation.submitted_at = utcnow()
        lock_version(session, version)
        session.flush()
        audit.record(session, database.user_login, "evaluation.rescore", "evaluation", evaluation.id,
                     rescore_of=original.id, form_version_id=version.id, status=evaluation.status.value,
                     unanswered=unanswered)
        return _info(evaluation, unanswered)

    return database.write(work)


def get(database: Database, evaluation_id: int) -> EvaluationInfo:
    with database.read() as session:
        return _info(_load(session, evaluation_id))


def find_own_evaluation(database: Database, call_id: int, evaluator_id: int) -> EvaluationInfo | None:
    """The evaluator's regular evaluation of the call (the latest), if any."""
    with database.read() as session:
        evaluation = session.scalar(
            select(Evaluation)
            .where(Evaluation.call_id == call_id, Evaluation.evaluator_id == evaluator_id,
                   Evaluation.kind == EvaluationKind.REGULAR)
            .order_by(Evaluation.id.desc()).limit(1))
        return _info(evaluation) if evaluation is not None else None


def form_version_for_call(database: Database, call_id: int, preferred_form_code: str | None = None) -> int | None:
    """The published form version a new evaluation of this call is scored on.

    The preferred form (the evaluator's last choice) when it has a published version, else the
    newest published version of any active form; installs the shipped default form on an
    empty database.
    """
    ensure_default_form(database)
    with database.read() as session:
        query = (select(FormVersion.id, ScoringForm.code)
                 .join(ScoringForm, ScoringForm.id == FormVersion.form_id)
                 .where(ScoringForm.archived.is_(False), FormVersion.published_at.is_not(None))
                 .order_by(FormVersion.published_at.desc(), FormVersion.id.desc()))
        rows = session.execute(query).all()
    if not rows:
        return None
    if preferred_form_code:
        for version_id, code in rows:
            if code == preferred_form_code:
                return version_id
    return rows[0][0]


def revisions(database: Database, evaluation_id: int) -> list[dict[str, Any]]:
    with database.read() as session:
        rows = session.scalars(select(EvaluationRevision).where(EvaluationRevision.evaluation_id == evaluation_id)
                               .order_by(EvaluationRevision.revision_no))
        return [{"revision_no": r.revision_no, "form_version_id": r.form_version_id, "answers": r.answers,
                 "comments": r.comments, "score": None if r.score is None else str(r.score), "grade": r.grade,
                 "changed_by_id": r.changed_by_id, "changed_at": r.changed_at, "reason": r.reason} for r in rows]


def side_by_side(database: Database, evaluation_id: int) -> list[EvaluationInfo]:
    """The original evaluation followed by its re-scores, oldest first."""
    with database.read() as session:
        original = _load(session, evaluation_id)
        rescores = session.scalars(select(Evaluation).where(Evaluation.rescore_of_id == original.id)
                                   .order_by(Evaluation.id))
        return [_info(original)] + [_info(e) for e in rescores]


def preview(definition: FormDefinition, answers: dict[str, Any], comments: dict[str, Any] | None = None,
            lang: str = "en") -> ScoreResult:
    """The live score of a draft (unanswered items left out), for the scoring panel."""
    return score(definition, _clean(answers), _clean_comments(comments), partial=True, lang=lang)
