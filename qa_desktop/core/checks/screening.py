"""Screening: the form's automatic checks on every call with a transcript or an analysis.

Evaluators reach 2-5 % of calls; screening reads all of them. Each call's result (its
suggestions and risks) is kept with the call (``Call.screening``, ``Call.risk_count``), so the
library can list the risky calls and sampling can draw its targeted quota from them.

Reading is the floor of the cost: transcripts are read in one pass with their calls, and the
checks (matchers built once per form) take less than reading them (see bench/).
"""
from __future__ import annotations

import datetime as dt
import gc
from dataclasses import dataclass, field
from typing import cast

from sqlalchemy import Table, bindparam, or_, select, update

from qa_desktop.core.checks.run import CallFacts, CompiledForm, Suggestion, risks_of
from qa_desktop.core.db import Database
from qa_desktop.core.db.models import Call, CallTranscript, FormVersion, ScoringForm, utcnow
from qa_desktop.core.errors import ValidationError
from qa_desktop.core.progress import ProgressSink
from qa_desktop.core.scoring.form import FormDefinition
from qa_desktop.core.transcripts.store import merged_lines

CHUNK = 2000  # calls read and written per transaction
ANALYSIS_KEYS = ("duration_s", "mono", "dead_air", "hold", "talk_over", "talk_ratio")  # what the checks read


class NoChecks(ValidationError):
    code = "form_without_checks"


@dataclass
class CallToScreen:
    call_id: int
    external_id: str | None
    facts: CallFacts


@dataclass
class ScreenedCall:
    call_id: int
    external_id: str | None
    suggestions: list[Suggestion]
    risks: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"call": self.external_id or str(self.call_id), "call_id": self.call_id,
                "suggestions": [s.to_dict() for s in self.suggestions], "risks": self.risks}


def screening_form(database: Database, form_code: str | None = None) -> tuple[int, FormDefinition]:
    """(version id, definition) of the published form to screen with: ``form_code``'s, else the newest with checks."""
    with database.read() as session:
        query = (select(FormVersion.id, ScoringForm.code, FormVersion.definition)
                 .join(ScoringForm, ScoringForm.id == FormVersion.form_id)
                 .where(ScoringForm.archived.is_(False), FormVersion.published_at.is_not(None))
                 .order_by(FormVersion.published_at.desc(), FormVersion.id.desc()))
        if form_code:
            query = query.where(ScoringForm.code == form_code)
        rows = session.execute(query).all()
    for version_id, _code, data in rows:
        definition = FormDefinition.from_dict(data)
        if any(item.checks for _, item in definition.items()):
            return version_id, definition
    raise NoChecks("No published form has automatic checks" + (f" (form {form_code})" if form_code else "")
                   + "; add them in the form designer.", form=form_code)


def _call_filter(query, since: dt.date | None, call: str | None):
    if since is not None:
        query = query.where(Call.started_at >= dt.datetime.combine(since, dt.time()))
    if call:
        condition = Call.external_id == call
        if call.isdigit():
            condition = or_(condition, Call.id == int(call))
        query = query.where(condition)
    return query


def read_calls(database: Database, *, since: dt.date | None = None, call: str | None = None,
               with_analysis: bool = True) -> list[CallToScreen]:
    """Every call with a transcript or an analysis (filtered), with what the checks read."""
    with database.read() as session:
        transcribed = select(CallTranscript.call_id)
        # Only the analysis facts the checks read, taken out of the JSON by the database: an analysis
        # also holds every utterance of both sides, which nothing here needs.
        facts = [Call.analysis[key] for key in ANALYSIS_KEYS] if with_analysis else []
        query = select(Call.id, Call.external_id, Call.duration_s, *facts)
        query = _call_filter(query.where(or_(Call.id.in_(transcribed), Call.analysis.is_not(None))), since, call)
        calls = {}
        for row in session.execute(query.order_by(Call.id)):
            analysis = None
            if with_analysis and any(value is not None for value in row[3:]):
                analysis = {key: value for key, value in zip(ANALYSIS_KEYS, row[3:]) if value is not None}
            calls[row[0]] = CallToScreen(row[0], row[1], CallFacts([], analysis, row[2]))
        sides: dict[int, list] = {}
        lines_query = _call_filter(select(CallTranscript.call_id, CallTranscript.side, CallTranscript.lines)
                                   .join(Call, Call.id == CallTranscript.call_id), since, call)
        for call_id, side, lines in session.execute(lines_query):
            sides.setdefault(call_id, []).append((side, lines))
    for call_id, rows in sides.items():
        if call_id in calls:
            calls[call_id].facts.lines = merged_lines(rows)
    return list(calls.values())


def screen_calls(database: Database, *, since: dt.date | None = None, call: str | None = None,
                 form_code: str | None = None,
                 store: bool = True, progress: ProgressSink | None = None) -> list[ScreenedCall]:
    """Run the checks on every matching call; keeps each result with its call unless ``store`` is False."""
    version_id, definition = screening_form(database, form_code)
    compiled = CompiledForm(definition)
    to_screen = read_calls(database, since=since, call=call)
    if call and not to_screen:
        raise ValidationError(f"Call {call} has neither a transcript nor an analysis to screen.", call=call)
    results = []
    # The checks make many short-lived objects while every call's transcript is held: each full
    # garbage collection would walk all of those lines again (a third of the time), and nothing
    # made here forms a cycle, so collection waits until the loop is over.
    collecting = gc.isenabled()
    gc.disable()
    try:
        for number, item in enumerate(to_screen):
            if progress is not None and number % 500 == 0:
                progress.report(number, len(to_screen), "")
            suggestions = compiled.run(item.facts)
            results.append(ScreenedCall(item.call_id, item.external_id, suggestions, risks_of(suggestions)))
    finally:
        if collecting:
            gc.enable()
    if store:
        _store(database, results, version_id)
    if progress is not None:
        progress.report(len(to_screen), len(to_screen), "")
    return results


def _store(database: Database, results: list[ScreenedCall], version_id: int) -> None:
    now = utcnow()
    for start in range(0, len(results), CHUNK):
        chunk = results[start:start + CHUNK]

        def work(session, chunk=chunk):
            # A table-level update: screening is no edit two people race on, so it leaves row_version be.
            table = cast(Table, Call.__table__)  # a mapped class's table (SQLAlchemy types it as a FromClause)
            session.execute(
                update(table).where(table.c.id == bindparam("call_id"))
                .values(risk_count=bindparam("risks"), screening=bindparam("result")),
                [{"call_id": r.call_id, "risks": len(r.risks),
                  "result": {"form_version_id": version_id, "screened_at": now.isoformat(timespec="seconds"),
                             "suggestions": [s.to_dict() for s in r.suggestions], "risks": r.risks}}
                 for r in chunk])

        database.write(work)
