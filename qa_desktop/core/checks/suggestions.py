"""Suggestions for the call on screen, and what an evaluation keeps of them.

The checks only suggest: the evaluator's answer is the record. When an evaluation is submitted
the suggestions the checks make for its call on its form are stored with it (item -> suggested
answer and whether the submitted answer kept it), so reports can show per item how often
evaluators agree with each check, and a QA lead sees which checks to trust.
"""
from __future__ import annotations

from sqlalchemy import select

from qa_desktop.core.checks.run import CallFacts, CompiledForm, Suggestion
from qa_desktop.core.db import Database
from qa_desktop.core.db.models import Call
from qa_desktop.core.scoring.form import FormDefinition
from qa_desktop.core.transcripts.store import call_lines


def call_facts(session, call_id: int) -> CallFacts:
    row = session.execute(select(Call.analysis, Call.duration_s).where(Call.id == call_id)).first()
    analysis, duration = (row if row is not None else (None, None))
    return CallFacts(call_lines(session, call_id), analysis if isinstance(analysis, dict) else None, duration)


def suggestions_for_call(session, call_id: int, definition: FormDefinition | None) -> list[Suggestion]:
    """What the form's checks suggest for this call (empty when the form has none or nothing to go on)."""
    if definition is None or not any(item.checks for _, item in definition.items()):
        return []
    return CompiledForm(definition).run(call_facts(session, call_id))


def load_suggestions(database: Database, call_id: int, definition: FormDefinition | None) -> list[Suggestion]:
    with database.read() as session:
        return suggestions_for_call(session, call_id, definition)


def kept_record(suggestions: list[Suggestion], answers: dict) -> dict | None:
    """What an evaluation stores: item -> {"answer": suggested, "kept": the evaluator answered the same}."""
    if not suggestions:
        return None
    return {s.item: {"answer": s.answer, "kept": answers.get(s.item) == s.answer} for s in suggestions}


def unanswered_suggestions(suggestions: list[Suggestion], answers: dict) -> dict:
    """The answers that accepting the suggestions fills in: only items not answered yet (answering overrides)."""
    return {s.item: s.answer for s in suggestions if s.item not in answers}
