"""Training records (质检纠错培训, seeds 002 and 003): plan → sign-in sheet → content → test scores → effect.

- :func:`make_plan` turns a month's training needs into a plan: one-to-one training for the bottom of
  the ranking, recording training for the top (both from :func:`training.training_ranking`), or a
  special course on items, for the agents who failed them that month;
- :func:`record_session` keeps what was held: trainer, day, content, the items it targets and the
  sign-in sheet (签到: who of the invited attended);
- :func:`set_scores` / :func:`import_scores` keep the test scores (成绩单), typed or read from the
  trainer's Excel or CSV (工号 and 成绩 columns, UTF-8 or GBK, read like every other table we import);
- :func:`record_feedback` keeps each trainee's 1–5 rating of the trainer and their comment;
- :func:`training_effect` compares the trained agents' error rate on the targeted items before and
  after the session, each item's status given by the scoring engine (:func:`item_statuses`) and counted
  as the coaching effect and the training needs count it (N/A and unanswered left out, partial failed).

Qt-free; every change is one short write transaction with its audit entry.
"""
from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from qa_desktop.core.db import Database
from qa_desktop.core.db.audit import record
from qa_desktop.core.db.models import (
    Agent,
    Call,
    Evaluation,
    EvaluationKind,
    EvaluationStatus,
    FormVersion,
    Role,
    Team,
)
from qa_desktop.core.db.training_models import KINDS, TrainingPlan, TrainingSession, TrainingTrainee
from qa_desktop.core.errors import ValidationError
from qa_desktop.core.library.manifest import TableSpec, read_table
from qa_desktop.core.scoring.engine import item_statuses
from qa_desktop.core.scoring.form import FormDefinition, pick
from qa_desktop.core.scoring.item_status import APPLICABLE
from qa_desktop.core.workflow.permissions import acting_user, require_role
from qa_desktop.core.workflow.training import (
    MIN_EVALUATIONS,
    ONE_TO_ONE_N,
    RECORDING_N,
    agents_failing_items,
    month_bounds,
    most_failed_items,
    training_ranking,
)
from qa_desktop.core.workflow.units import reading

EFFECT_WINDOW_DAYS = 90  # before and after a session, like the coaching effect
COURSE_ITEMS = 3         # a course planned without items targets the month's three most-failed ones
TRAINERS = (Role.QA_LEAD, Role.TEAM_LEAD)

SCORE_SHEET = TableSpec(
    {"agent_code": ("工号", "工號", "员工编号", "員工編號", "坐席工号", "座席工号", "员工号", "agentcode", "agentid",
                    "employeeid", "id"),
     "name": ("姓名", "名字", "name", "agentname"),
     "score": ("成绩", "成績", "分数", "分數", "得分", "考试成绩", "考試成績", "测试成绩", "測試成績", "score",
               "testscore", "result")},
    "agent_code", "employee number (工号)", "'工号' and '成绩'", what="score sheet")


def _kind(kind: str) -> str:
    if kind not in KINDS:
        raise ValidationError(f"{kind!r} is not a kind of training ({', '.join(KINDS)}).", field="kind", kind=kind)
    return kind


def _codes(item_codes) -> list[str]:
    return sorted({str(c).strip() for c in item_codes or [] if str(c).strip()})


def _agents_by_code(session: Session, codes) -> dict[str, Agent]:
    codes = [str(c).strip() for c in codes if str(c).strip()]
    if not codes:
        return {}
    found = {a.agent_code: a for a in session.scalars(select(Agent).where(Agent.agent_code.in_(codes)))}
    unknown = [c for c in codes if c not in found]
    if unknown:
        raise ValidationError(f"No agent with the ID {', '.join(unknown)}.", field="agent", agents=", ".join(unknown),
                              why="training_unknown_agent")
    return found


# ------------------------------------------------------------------------------------------------ plans

def make_plan(database: Database, month: str, kind: str, *, item_codes=None, title: str | None = None,
              bottom_n: int | str = ONE_TO_ONE_N, top_n: int | str = RECORDING_N,
              min_evaluations: int = MIN_EVALUATIONS) -> dict:
    """A plan from ``month``'s training needs: the agents of the ranking's group, or those who failed the items."""
    kind = _kind(kind)
    start, end = month_bounds(month)
    codes = _codes(item_codes) or [r["item_code"] for r in most_failed_items(database, start, end, COURSE_ITEMS)]
    if kind == "item_course":
        failing = agents_failing_items(database, start, end, codes)
        agent_ids = sorted(failing, key=lambda a: -failing[a])
    else:
        ranking = training_ranking(database, start, end, bottom_n=bottom_n, top_n=top_n,
                                   min_evaluations=min_evaluations)
        agent_ids = [r["agent_id"] for r in ranking if r["group"] == kind]
    if not agent_ids:
        raise ValidationError(f"The training needs of {month} name no agent for this kind of training.",
                              month=month, kind=kind, why="training_no_agents")
    title = (title or "").strip() or f"{month} {' '.join(codes)}".strip()

    def work(session: Session) -> int:
        user = acting_user(session, database.user_login)
        require_role(user, TRAINERS, "plan training")
        plan = TrainingPlan(title=title, kind=kind, month=month, item_codes=codes, agent_ids=agent_ids,
                            created_by_id=user.id)
        session.add(plan)
        session.flush()
        record(session, database.user_login, "training.plan", "training_plan", plan.id, kind=kind, month=month,
               items=codes, agents=len(agent_ids))
        return plan.id

    return plan_details(database, database.write(work))


def plan_details(source, plan_id: int) -> dict:
    with reading(source) as session:
        plan = session.get(TrainingPlan, plan_id)
        if plan is None:
            raise ValidationError(f"There is no training plan #{plan_id}.", plan=plan_id)
        agents = {a.id: a for a in session.scalars(select(Agent).where(Agent.id.in_(plan.agent_ids or [-1])))}
        held = session.scalar(select(TrainingSession.id).where(TrainingSession.plan_id == plan_id).limit(1))
        return {"plan_id": plan.id, "title": plan.title, "kind": plan.kind, "month": plan.month,
                "item_codes": list(plan.item_codes), "held": held is not None,
                "agents": [{"agent_code": agents[i].agent_code, "agent_name": agents[i].name}
                           for i in plan.agent_ids if i in agents]}


def plans(source) -> list[dict]:
    with reading(source) as session:
        ids = session.scalars(select(TrainingPlan.id).order_by(TrainingPlan.month.desc(), TrainingPlan.id)).all()
        return [plan_details(session, i) for i in ids]


# ------------------------------------------------------------------------------------------------ sessions

def record_session(database: Database, *, held_on: dt.date, trainer: str, content: str = "",
                   attended, plan_id: int | None = None, kind: str | None = None, item_codes=None,
                   invited=None) -> dict:
    """Keep a session held and its sign-in sheet; returns its details.

    ``attended`` are the 工号 on the sign-in sheet; the invited are the plan's agents (or ``invited``),
    and whoever attended without being invited is added. Kind and items default to the plan's.
    """
    trainer = (trainer or "").strip()
    if not trainer:
        raise ValidationError("Say who gave the training.", field="trainer", why="training_no_trainer")
    if not isinstance(held_on, dt.date):
        raise ValidationError("The day of the training is missing.", field="held_on")

    def work(session: Session) -> int:
        user = acting_user(session, database.user_login)
        require_role(user, TRAINERS, "record training")
        plan = session.get(TrainingPlan, plan_id) if plan_id is not None else None
        if plan_id is not None and plan is None:
            raise ValidationError(f"There is no training plan #{plan_id}.", plan=plan_id)
        chosen_kind = _kind(kind or (plan.kind if plan else "item_course"))
        codes = _codes(item_codes) or (list(plan.item_codes) if plan else [])
        present = _agents_by_code(session, attended or [])
        if not present:
            raise ValidationError("Nobody is on the sign-in sheet.", field="attended", why="training_nobody")
        invited_ids = set(plan.agent_ids) if plan else set()
        invited_ids |= {a.id for a in _agents_by_code(session, invited or []).values()}
        row = TrainingSession(plan_id=plan.id if plan else None, kind=chosen_kind, held_on=held_on, trainer=trainer,
                              content=(content or "").strip(), item_codes=codes, created_by_id=user.id)
        present_ids = {a.id for a in present.values()}
        row.trainees = [TrainingTrainee(agent_id=i, attended=i in present_ids, feedback="")
                        for i in sorted(invited_ids | present_ids)]
        session.add(row)
        session.flush()
        record(session, database.user_login, "training.session", "training_session", row.id, kind=chosen_kind,
               held_on=held_on.isoformat(), trainer=trainer, attended=len(present_ids), invited=len(row.trainees))
        return row.id

    return session_details(database, database.write(work))


def _trainees_by_code(session: Session, session_id: int) -> tuple[TrainingSession, dict[str, TrainingTrainee]]:
    row = session.get(TrainingSession, session_id, options=[selectinload(TrainingSession.trainees)
                                                           .selectinload(TrainingTrainee.agent)])
    if row is None:
        raise ValidationError(f"There is no training session #{session_id}.", session=session_id)
    return row, {t.agent.agent_code: t for t in row.trainees}


def _score(value, code: str) -> Decimal:
    try:
        score = Decimal(str(value).strip().rstrip("分").strip())
    except (InvalidOperation, ValueError):
        raise ValidationError(f"{value!r} is not a test score (agent {code}).", field="score", agent=code,
                              value=str(value), why="training_bad_score") from None
    if not score.is_finite() or not 0 <= score <= 100:
        raise ValidationError(f"A test score is from 0 to 100, not {value} (agent {code}).", field="score", agent=code,
                              value=str(value), why="training_bad_score")
    return score.quantize(Decimal("0.01"))


def set_scores(database: Database, session_id: int, scores: dict[str, Any]) -> dict:
    """Keep test scores by 工号; an agent who took the test attended. All or nothing."""
    parsed = {str(code).strip(): _score(value, str(code)) for code, value in scores.items()}

    def work(session: Session) -> int:
        require_role(acting_user(session, database.user_login), TRAINERS, "record test scores")
        row, trainees = _trainees_by_code(session, session_id)
        unknown = _agents_by_code(session, [c for c in parsed if c not in trainees])
        for code, agent in unknown.items():  # took the test without being on the list: they were there
            trainee = TrainingTrainee(agent_id=agent.id, attended=True, feedback="")
            row.trainees.append(trainee)
            trainees[code] = trainee
        for code, score in parsed.items():
            trainees[code].score = score
            trainees[code].attended = True
        record(session, database.user_login, "training.scores", "training_session", session_id,
               scores={c: str(s) for c, s in parsed.items()})
        return len(parsed)

    database.write(work)
    return session_details(database, session_id)


def import_scores(database: Database, session_id: int, path: str | os.PathLike) -> dict:
    """Read a score sheet (CSV in any of our encodings, or XLSX) with 工号 and 成绩 columns and keep it.

    Rows without a score are skipped and reported; a bad score refuses the whole sheet, naming its line.
    """
    sheet = read_table(path, SCORE_SHEET)
    if "score" not in sheet.columns:
        raise ValidationError(f"{os.path.basename(path)}: no column names the test score (成绩).", path=str(path))
    scores: dict[str, Any] = {}
    skipped = []
    for row in sheet.rows:
        code, value = row.values.get("agent_code"), row.values.get("score")
        if code is None:
            continue
        code = str(code).strip().removesuffix(".0")  # a 工号 typed as a number in Excel
        if value is None:
            skipped.append({"line": row.line, "agent_code": code})
            continue
        try:
            scores[code] = _score(value, code)
        except ValidationError as error:
            raise ValidationError(f"{os.path.basename(path)}, line {row.line}: {error}", path=str(path),
                                  line=row.line, agent=code, value=str(value), why="training_bad_line") from None
    result = set_scores(database, session_id, scores)
    result["imported"] = len(scores)
    result["skipped"] = skipped
    result["encoding"] = sheet.encoding
    return result


def record_feedback(database: Database, session_id: int, agent_code: str, rating: int, comment: str = "") -> dict:
    """A trainee's rating of the trainer (1–5) and what they said."""
    try:
        rating = int(rating)
    except (TypeError, ValueError):
        rating = 0
    if not 1 <= rating <= 5:
        raise ValidationError("A trainee rates the trainer from 1 to 5.", field="rating", why="training_rating")

    def work(session: Session) -> None:
        require_role(acting_user(session, database.user_login), TRAINERS, "record trainee feedback")
        _row, trainees = _trainees_by_code(session, session_id)
        trainee = trainees.get(str(agent_code).strip())
        if trainee is None or not trainee.attended:
            raise ValidationError(f"Agent {agent_code} did not attend this training.", agent=agent_code,
                                  why="training_not_attended")
        trainee.rating, trainee.feedback = rating, (comment or "").strip()
        record(session, database.user_login, "training.feedback", "training_session", session_id,
               agent=agent_code, rating=rating)

    database.write(work)
    return session_details(database, session_id)


# ------------------------------------------------------------------------------------------------ reading

def _effects(session: Session, held: list[TrainingSession], window_days: int | None) -> dict[int, dict]:
    """Each session's effect, read in two statements whatever the number of sessions and trainees.

    The attended agents' submitted regular results from ``window_days`` before a session to ``window_days``
    after it (the session's own day counts as before), each item's status as the scoring engine gives it
    (:func:`item_statuses`, the rule of the coaching effect and the training needs): error rate = failed
    (partial included) / evaluated, N/A and unanswered left out.
    """
    attended = {s.id: {t.agent_id for t in s.trainees if t.attended} for s in held}
    agents = set().union(*attended.values()) if attended else set()
    tally = {s.id: {c: {"before": [0, 0], "after": [0, 0]} for c in s.item_codes} for s in held}
    texts: dict[str, str] = {}
    if agents and any(s.item_codes for s in held):
        where = [Call.agent_id.in_(agents), Evaluation.status == EvaluationStatus.SUBMITTED,
                 Evaluation.kind == EvaluationKind.REGULAR, Call.started_at.is_not(None)]
        if window_days:
            first, last = min(s.held_on for s in held), max(s.held_on for s in held)
            where += [Call.started_at >= dt.datetime.combine(first - dt.timedelta(days=window_days), dt.time()),
                      Call.started_at < dt.datetime.combine(last + dt.timedelta(days=window_days), dt.time())]
        # The form versions first, then the results streamed: holding every result (answers and breakdown)
        # at once made the monthly workbook's memory grow with the evaluations around its training sessions.
        used = set(session.scalars(select(Evaluation.form_version_id).distinct()
                                   .join(Call, Call.id == Evaluation.call_id).where(*where)))
        definitions = {v.id: FormDefinition.from_dict(v.definition) for v in session.scalars(
            select(FormVersion).where(FormVersion.id.in_(used or {-1})))}
        for definition in definitions.values():
            for _section, item in definition.items():
                texts.setdefault(item.code, pick(item.text, "en"))
        for version_id, answers, breakdown, agent_id, started_at in session.execute(
                select(Evaluation.form_version_id, Evaluation.answers, Evaluation.breakdown, Call.agent_id,
                       Call.started_at).join(Call, Call.id == Evaluation.call_id).where(*where)
                .execution_options(yield_per=25)):  # a decoded breakdown takes ~50 kB: a few at a time
            statuses = item_statuses(definitions[version_id], answers, breakdown)
            day = started_at.date()
            for s in held:
                if agent_id not in attended[s.id] or (window_days and not
                                                      -window_days <= (day - s.held_on).days < window_days):
                    continue
                when = "after" if day > s.held_on else "before"
                for code in s.item_codes:
                    status = statuses.get(code)
                    if status in APPLICABLE:
                        tally[s.id][code][when][1] += 1
                        tally[s.id][code][when][0] += status != "pass"

    def side(failed: int, evaluated: int) -> dict:
        return {"failed": failed, "evaluated": evaluated,
                "error_rate": round(failed / evaluated, 4) if evaluated else None}

    result = {}
    for s in held:
        items, totals = [], {"before": [0, 0], "after": [0, 0]}
        for code, counts in tally[s.id].items():
            items.append({"item_code": code, "item_text": texts.get(code, code),
                          **{when: side(*counts[when]) for when in ("before", "after")}})
            for when in ("before", "after"):
                totals[when][0] += counts[when][0]
                totals[when][1] += counts[when][1]
        before, after = side(*totals["before"]), side(*totals["after"])
        change = (None if before["error_rate"] is None or after["error_rate"] is None
                  else round(after["error_rate"] - before["error_rate"], 4))
        result[s.id] = {"session_id": s.id, "window_days": window_days, "items": items, "before": before,
                        "after": after, "change": change}
    return result


def training_effect(source, session_id: int, *, window_days: int | None = EFFECT_WINDOW_DAYS) -> dict:
    """The attended agents' error rate on the session's items, in their calls before and after it."""
    with reading(source) as session:
        row, _trainees = _trainees_by_code(session, session_id)
        return _effects(session, [row], window_days)[session_id]


def _mean(values) -> Decimal | None:
    values = [Decimal(v) for v in values if v is not None]
    return (sum(values) / len(values)).quantize(Decimal("0.01")) if values else None


def _details(row: TrainingSession, teams: dict[int | None, str]) -> dict:
    people: list[dict[str, Any]] = [
        {"agent_code": t.agent.agent_code, "agent_name": t.agent.name, "team": teams.get(t.agent.team_id),
         "attended": t.attended, "score": t.score, "rating": t.rating, "feedback": t.feedback}
        for t in sorted(row.trainees, key=lambda t: t.agent.agent_code)]
    present = [p for p in people if p["attended"]]
    return {"session_id": row.id, "plan_id": row.plan_id, "kind": row.kind, "held_on": row.held_on,
            "trainer": row.trainer, "content": row.content, "item_codes": list(row.item_codes),
            "invited": len(people), "attended": len(present),
            "mean_score": _mean(p["score"] for p in present),
            "mean_rating": _mean(p["rating"] for p in present),
            "trainees": people}


def _teams(session: Session) -> dict[int | None, str]:
    return dict(session.execute(select(Team.id, Team.name)).all())


def session_details(source, session_id: int) -> dict:
    with reading(source) as session:
        row, _trainees = _trainees_by_code(session, session_id)
        return _details(row, _teams(session))


def sessions(source, *, start: dt.date | None = None, end: dt.date | None = None,
             team_ids: set[int] | None = None, effect: bool = True) -> list[dict]:
    """Sessions held from ``start`` to the day before ``end``, oldest first, with their figures and effect.

    With ``team_ids`` (a team lead's view), only sessions one of whose trainees is in those teams.
    A fixed number of statements however many sessions and trainees (the monthly workbook reads it).
    """
    with reading(source) as session:
        query = (select(TrainingSession).options(selectinload(TrainingSession.trainees)
                                                 .selectinload(TrainingTrainee.agent))
                 .order_by(TrainingSession.held_on, TrainingSession.id))
        if start is not None:
            query = query.where(TrainingSession.held_on >= start)
        if end is not None:
            query = query.where(TrainingSession.held_on < end)
        if team_ids is not None:
            query = query.where(TrainingSession.id.in_(
                select(TrainingTrainee.session_id).join(Agent, Agent.id == TrainingTrainee.agent_id)
                .where(Agent.team_id.in_(team_ids or [-1]))))
        held = list(session.scalars(query).all())
        teams = _teams(session)
        effects = _effects(session, held, EFFECT_WINDOW_DAYS) if effect and held else {}
        result = []
        for row in held:
            details = _details(row, teams)
            if effect:
                details["effect"] = effects[row.id]
            result.append(details)
        return result


def agent_training(source, agent_code: str) -> list[dict]:
    """An agent's training record (entered into the staff record): each session, attended or not, and results."""
    with reading(source) as session:
        agent = _agents_by_code(session, [agent_code])[agent_code]
        rows = session.execute(select(TrainingSession, TrainingTrainee)
                               .join(TrainingTrainee, TrainingTrainee.session_id == TrainingSession.id)
                               .where(TrainingTrainee.agent_id == agent.id)
                               .order_by(TrainingSession.held_on, TrainingSession.id)).all()
        return [{"session_id": s.id, "held_on": s.held_on, "kind": s.kind, "trainer": s.trainer,
                 "content": s.content, "item_codes": list(s.item_codes), "attended": t.attended, "score": t.score,
                 "rating": t.rating} for s, t in rows]
