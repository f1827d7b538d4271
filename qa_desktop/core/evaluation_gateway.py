"""The workspace's one door to the evaluation lifecycle (draft → submit → amend).

Qt-free. Calls go to ``qa_desktop.core.evaluations`` (the lifecycle service owned by the scoring
engine); this module only turns its results into the small :class:`EvaluationState` the
workspace needs, and picks the form version a new evaluation is scored on.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from qa_desktop.core.db.models import Evaluation, EvaluationKind, FormVersion, ScoringForm


@dataclass
class EvaluationState:
    id: int
    call_id: int
    evaluator_id: int
    form_version_id: int
    status: str                       # draft | submitted | returned
    row_version: int
    answers: dict[str, Any] = field(default_factory=dict)
    comments: dict[str, Any] = field(default_factory=dict)
    summary: str = ""
    score: Decimal | None = None
    grade: str = ""
    breakdown: dict[str, Any] | None = None
    updated_at: dt.datetime | None = None
    active_seconds: int = 0

    @property
    def locked(self) -> bool:
        return self.status == "submitted"


def state_of(evaluation: Evaluation) -> EvaluationState:
    return EvaluationState(
        id=evaluation.id, call_id=evaluation.call_id, evaluator_id=evaluation.evaluator_id,
        form_version_id=evaluation.form_version_id, status=evaluation.status.value,
        row_version=evaluation.row_version, answers=dict(evaluation.answers or {}),
        comments=dict(evaluation.comments or {}), summary=evaluation.summary or "", score=evaluation.score,
        grade=evaluation.grade or "", breakdown=evaluation.breakdown, updated_at=evaluation.updated_at,
        active_seconds=evaluation.active_seconds or 0)


def find_own_evaluation(database, call_id: int, evaluator_id: int) -> EvaluationState | None:
    """The evaluator's regular evaluation of the call (the latest), if any."""
    with database.read() as session:
        evaluation = session.scalar(
            select(Evaluation)
            .where(Evaluation.call_id == call_id, Evaluation.evaluator_id == evaluator_id,
                   Evaluation.kind == EvaluationKind.REGULAR)
            .order_by(Evaluation.id.desc()).limit(1))
        return state_of(evaluation) if evaluation is not None else None


def load_evaluation(database, evaluation_id: int) -> EvaluationState:
    with database.read() as session:
        return state_of(session.get(Evaluation, evaluation_id))


def form_version_for_call(database, call_id: int, preferred_form_code: str | None = None) -> int | None:
    """The published form version a new evaluation of this call is scored on.

    The preferred form (the evaluator's last choice) when it has a published version, else the
    newest published version of any active form; installs the shipped default form on an
    empty database.
    """
    from qa_desktop.core import forms_repository

    forms_repository.ensure_default_form(database)
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


def _service():
    from qa_desktop.core import evaluations

    return evaluations


def create_draft(database, call_id: int, form_version_id: int) -> EvaluationState:
    info = _service().create_draft(database, call_id, form_version_id=form_version_id)
    return load_evaluation(database, info.id)


def save_draft(database, state: EvaluationState, answers: dict, comments: dict, *,
               active_seconds: int | None = None, summary: str | None = None) -> EvaluationState:
    info = _service().save_draft(database, state.id, answers, comments, expected_row_version=state.row_version,
                                 active_seconds=active_seconds, summary=summary)
    return load_evaluation(database, info.id)


def submit(database, state: EvaluationState, answers: dict, comments: dict, *,
           active_seconds: int | None = None, summary: str | None = None) -> EvaluationState:
    info = _service().submit(database, state.id, answers, comments, expected_row_version=state.row_version,
                             active_seconds=active_seconds, summary=summary)
    return load_evaluation(database, info.id)


def amend(database, state: EvaluationState, answers: dict, comments: dict, reason: str) -> EvaluationState:
    info = _service().amend(database, state.id, answers, comments, reason=reason,
                            expected_row_version=state.row_version)
    return load_evaluation(database, info.id)
