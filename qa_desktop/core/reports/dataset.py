"""What every report reads: the small lookups (agents, teams, people, form versions) and the
evaluations of a period, streamed in chunks so memory does not grow with their number.

Only evaluations that count in results are read: ``kind == regular`` and ``status == submitted``;
an evaluation belongs to the period of its ``submitted_at`` (local time, see ``period``) and to
the team its call's agent was in on the day of the call (see ``core.roster.history``). The large
``breakdown`` JSON is never loaded: an item's status is derived from the stored answer with the form
version's own item rules (the scoring engine's definition), the grade band from the stored grade label.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, tuple_
from sqlalchemy.orm import Session

from qa_desktop.core.db.models import (
    Agent,
    Annotation,
    Call,
    Evaluation,
    EvaluationKind,
    EvaluationStatus,
    FormVersion,
    ScoringForm,
    Team,
    User,
)
from qa_desktop.core.reports.labels import label
from qa_desktop.core.reports.period import ReportPeriod
from qa_desktop.core.reports.privacy import clean_text
from qa_desktop.core.roster.history import TeamHistory, in_teams_on
from qa_desktop.core.scoring.form import FormDefinition, Item, pick
from qa_desktop.core.scoring.item_status import item_status, status_of_points

log = logging.getLogger(__name__)

CHUNK = 1000


def natural_key(text: str) -> list:
    """Sort "2组" before "10组": digit runs compare as numbers."""
    return [(0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.split(r"(\d+)", text or "") if part]


@dataclass
class AgentInfo:
    id: int
    code: str
    name: str
    team_id: int | None


class FormInfo:
    """One form version as the reports need it: items in order, statuses, grade bands."""

    def __init__(self, version: FormVersion, form: ScoringForm, lang: str):
        self.id = version.id
        self.form_code = form.code
        self.form_name = form.name
        self.version_no = version.version_no
        self.lang = lang
        self.definition = FormDefinition.from_dict(version.definition)
        self.items: list[tuple[str, str, Item]] = [
            (s.code, pick(s.title, lang), i) for s, i in self.definition.items()]
        self.by_code: dict[str, Item] = {item.code: item for _s, _t, item in self.items}
        self.bands = sorted(((b.code, b.min) for b in self.definition.grade_bands), key=lambda b: b[1], reverse=True)
        self._grade_by_label: dict[str, str] = {}
        for band in self.definition.grade_bands:
            self._grade_by_label[band.code] = band.code
            for text in band.label.values():
                if text:
                    self._grade_by_label[text] = band.code
        self._status: dict[tuple, str | None] = {}
        self._shown: dict[tuple, Any] = {}
        # per item in form order: its code, the item and the statuses its answers were found to have
        self._status_slots: list[tuple[str, Item, dict]] = [(item.code, item, {}) for _s, _t, item in self.items]

    @property
    def title(self) -> str:
        """The form as a person names it: its name in the report's language and the version."""
        return f"{pick(self.definition.name, self.lang) or self.form_code} v{self.version_no}"

    @property
    def name(self) -> str:
        return pick(self.definition.name, self.lang) or self.form_code

    def item_text(self, item: Item) -> str:
        return pick(item.text, self.lang)

    def grade_code(self, grade: str | None, score: Decimal | None, fatal: bool) -> str:
        code = self._grade_by_label.get(grade or "")
        if code:
            return code
        if score is None:
            return "fail"
        for code, minimum in self.bands:
            if score >= minimum:
                return code
        return self.bands[-1][0] if self.bands else "fail"

    def status(self, item: Item, answer: Any) -> str | None:
        """pass | fail | partial | na | bonus, as the scoring engine decides it; None if unanswered."""
        if answer is None:
            return None
        key = (item.code, tuple(answer) if isinstance(answer, list) else answer)
        memo = True
        try:
            return self._status[key]
        except KeyError:
            pass
        except TypeError:  # an unhashable, malformed answer: decide it without the memo
            memo = False
        try:
            status = item_status(item, answer)
        except TypeError:  # a malformed answer earns nothing
            status = status_of_points(Decimal(0), item.max_points, False)
        if memo:
            self._status[key] = status
        return status

    def statuses(self, answers: dict) -> list[str | None]:
        """Each item's status, in form order, for one evaluation's answers (see :meth:`status`).

        Called for every evaluation of a period: an answer seen before costs one dictionary lookup."""
        out: list[str | None] = []
        for code, item, seen in self._status_slots:
            answer = answers.get(code)
            if answer is None:
                out.append(None)
                continue
            try:
                out.append(seen[answer])
                continue
            except (KeyError, TypeError):  # new, or a list (several options) that cannot be a key
                pass
            status = self.status(item, answer)
            if type(answer) in (str, int, float, bool):
                seen[answer] = status
            out.append(status)
        return out

    def shown_answer(self, item: Item, answer: Any) -> Any:
        """The answer as a person reads it: 是/否, N/A, a scale number, option labels."""
        if answer is None:
            return None
        key = (item.code, tuple(answer) if isinstance(answer, list) else answer)
        try:
            return self._shown[key]
        except (KeyError, TypeError):
            pass
        if answer == "na":
            shown = label("na", self.lang)
        elif item.type in ("yes_no", "yes_no_na"):
            shown = label(answer, self.lang) if answer in ("yes", "no") else str(answer)
        elif item.type == "scale":
            shown = answer
        elif isinstance(answer, list):
            shown = "; ".join(pick(o.label, self.lang) or str(v) if (o := item.option(v)) else str(v)
                              for v in answer)
        else:
            option = item.option(answer)
            shown = (pick(option.label, self.lang) or str(answer)) if option else str(answer)
        if isinstance(shown, str):
            shown = clean_text(shown)
        try:
            self._shown[key] = shown
        except TypeError:
            pass
        return shown


@dataclass
class Lookups:
    teams: dict[int, str]
    agents: dict[int, AgentInfo]
    users: dict[int, str]
    forms: dict[int, FormInfo]
    team_id: int | None  # the scope: one team, or None for the whole centre
    history: TeamHistory | None = None

    def team_name(self, team_id: int | None) -> str:
        return self.teams.get(team_id, "") if team_id is not None else ""

    def user_name(self, user_id: int | None) -> str:
        return self.users.get(user_id, "") if user_id is not None else ""

    def agent_team(self, agent_id: int | None, when: dt.date | dt.datetime | None = None) -> int | None:
        """The agent's team on the day of the call (``when``); today's team without a day."""
        if self.history is not None and when is not None:
            return self.history.team_on(agent_id, when)
        agent = self.agents.get(agent_id) if agent_id is not None else None
        return agent.team_id if agent else None


def load_lookups(session: Session, lang: str, team_id: int | None = None) -> Lookups:
    teams = dict(session.execute(select(Team.id, Team.name)).all())
    agents = {row.id: AgentInfo(row.id, row.agent_code, row.name or "", row.team_id)
              for row in session.execute(select(Agent.id, Agent.agent_code, Agent.name, Agent.team_id))}
    users = {row.id: row.display_name or row.login
             for row in session.execute(select(User.id, User.display_name, User.login))}
    forms = {}
    for version, form in session.execute(select(FormVersion, ScoringForm).join(ScoringForm)):
        try:
            forms[version.id] = FormInfo(version, form, lang)
        except Exception:  # noqa: BLE001 - a broken definition must not stop the whole report
            log.warning("Form version %s cannot be read; its evaluations are left out", version.id, exc_info=True)
            continue
    return Lookups(teams, agents, users, forms, team_id, TeamHistory(session))


def item_titles(forms: dict[int, FormInfo]) -> dict[str, str]:
    """Item code -> the item's text in the report's language, the newest form version's wording first."""
    titles: dict[str, str] = {}
    for form in sorted(forms.values(), key=lambda f: f.id, reverse=True):
        for _s, _t, item in form.items:
            titles.setdefault(item.code, form.item_text(item) or item.code)
    return titles


def find_team(session: Session, name: str | None) -> int | None:
    from qa_desktop.core.errors import ValidationError

    if not name:
        return None
    team_id = session.scalar(select(Team.id).where(Team.name == name))
    if team_id is None:
        known = ", ".join(session.scalars(select(Team.name).order_by(Team.name))) or "none"
        raise ValidationError(f"There is no team named {name!r} (teams: {known}).", team=name)
    return team_id


def counted(query, period: ReportPeriod, team_id: int | None):
    """Restrict a query joined to evaluations and calls to what counts in ``period`` and the scope."""
    return query.where(Evaluation.kind == EvaluationKind.REGULAR, Evaluation.status == EvaluationStatus.SUBMITTED,
                       *in_period(period, team_id))


def in_period(period: ReportPeriod, team_id: int | None) -> list:
    """The conditions on submission time and scope of :func:`counted` (without those on kind and status)."""
    conditions = [Evaluation.submitted_at >= period.start_utc, Evaluation.submitted_at < period.end_utc]
    if team_id is not None:  # the agent's team on the day of the call
        conditions.append(in_teams_on(Call.agent_id, func.coalesce(Call.started_at, Evaluation.submitted_at),
                                      [team_id]))
    return conditions


@dataclass(slots=True)
class EvalRecord:
    id: int
    submitted_at: dt.datetime | None  # local time
    form_version_id: int
    evaluator_id: int
    score: Decimal | None
    grade: str | None
    grade_code: str
    critical_failed: bool
    fatal_failed: bool
    answers: dict
    comments: dict
    summary: str | None
    active_seconds: int
    call_external_id: str | None
    call_type: str | None
    customer_number: str | None
    call_started_at: dt.datetime | None  # local time; None when read without details
    agent_id: int | None
    team_id: int | None
    notes: list[tuple[int, str | None, str]]  # (position ms, item code, text)
    statuses: list[str | None]  # per item of the form version, in form order (see FormInfo.status)
    call_started_utc: dt.datetime | None = None  # as stored, for windows counted in stored time


_COLUMNS = (Evaluation.id, Evaluation.submitted_at, Evaluation.form_version_id, Evaluation.evaluator_id,
            Evaluation.score, Evaluation.grade, Evaluation.critical_failed, Evaluation.fatal_failed,
            Evaluation.answers, Evaluation.comments, Evaluation.summary, Evaluation.active_seconds,
            Call.external_id, Call.call_type, Call.customer_number_masked, Call.started_at, Call.agent_id,
            Evaluation.call_id)


def count_evaluations(session: Session, period: ReportPeriod, team_id: int | None) -> int:
    query = counted(select(func.count(Evaluation.id)).join(Call, Call.id == Evaluation.call_id), period, team_id)
    return int(session.scalar(query) or 0)


# What the figures need when no sheet lists the evaluations one by one (the weekly): no free texts, notes or
# call details, so the week's read is the few columns its figures are computed from.
_FIGURE_COLUMNS = (Evaluation.id, Evaluation.submitted_at, Evaluation.form_version_id, Evaluation.evaluator_id,
                   Evaluation.score, Evaluation.grade, Evaluation.critical_failed, Evaluation.fatal_failed,
                   Evaluation.answers, Evaluation.active_seconds, Call.started_at, Call.agent_id, Evaluation.call_id)


def stream_evaluations(session: Session, period: ReportPeriod, lookups: Lookups,
                       chunk: int = CHUNK, *, details: bool = True) -> Iterator[list[EvalRecord]]:
    """The period's evaluations in submission order, ``chunk`` at a time.

    Keyset pages on (submitted_at, id) walk the submitted_at index once in total (an OFFSET or an
    id-ordered page would rescan the month for every chunk), and the read transaction ends between
    chunks so a long export never holds a shared database file's lock. Without ``details`` the records
    carry only what the figures need (no comments, summary, notes or call details).
    """
    last: tuple[dt.datetime, int] | None = None
    columns = _COLUMNS if details else _FIGURE_COLUMNS
    while True:
        query = counted(select(*columns).join(Call, Call.id == Evaluation.call_id), period, lookups.team_id)
        if last is not None:
            # the plain bound lets the index start at the page; the row value breaks ties on the same second
            query = query.where(Evaluation.submitted_at >= last[0],
                                tuple_(Evaluation.submitted_at, Evaluation.id) > tuple_(*last))
        rows: Sequence[Any] = session.execute(query.order_by(Evaluation.submitted_at, Evaluation.id)
                                              .limit(chunk)).all()
        if not rows:
            return
        last = (rows[-1][1], rows[-1][0])
        if not details:
            rows = [(eid, submitted, fvid, evaluator, score, grade, critical, fatal, answers, None, None, active,
                     None, None, None, started, agent_id, call_id)
                    for eid, submitted, fvid, evaluator, score, grade, critical, fatal, answers, active, started,
                    agent_id, call_id in rows]
        notes = _notes_of(session, rows) if details else {}
        records = []
        for (eid, submitted, fvid, evaluator, score, grade, critical, fatal, answers, comments, summary, active,
             external, call_type, number, started, agent_id, _call_id) in rows:
            form = lookups.forms.get(fvid)
            grade_code = form.grade_code(grade, score, fatal) if form else "fail"
            answers = answers or {}
            statuses = form.statuses(answers) if form else []
            records.append(EvalRecord(
                eid, period.to_local(submitted), fvid, evaluator, score, grade, grade_code, bool(critical),
                bool(fatal), answers, comments or {}, summary, active or 0, external, call_type, number,
                period.to_local(started) if details else None, agent_id,
                # the stored (UTC) time, as the SQL team filter compares it, so scope and label agree
                lookups.agent_team(agent_id, started or submitted),
                notes.get(eid, []), statuses, started))
        session.rollback()
        yield records
        if len(rows) < chunk:
            return


def _notes_of(session: Session, rows) -> dict[int, list[tuple[int, str | None, str]]]:
    """The timestamped notes of a page of evaluations, by evaluation, in the order of the recording.

    Found through their calls: annotations are indexed by call, not by evaluation, and a page's
    evaluation ids alone made every page scan the whole annotations table."""
    notes: dict[int, list] = {}
    for evaluation_id, position, item_code, text in session.execute(
            select(Annotation.evaluation_id, Annotation.position_ms, Annotation.item_code, Annotation.text)
            .where(Annotation.call_id.in_(sorted({row[-1] for row in rows})),
                   Annotation.evaluation_id.in_([row[0] for row in rows]))
            .order_by(Annotation.evaluation_id, Annotation.position_ms, Annotation.id)):
        if evaluation_id is not None:  # always, as asked; the column allows a note of no evaluation
            notes.setdefault(evaluation_id, []).append((position, item_code, text))
    return notes
