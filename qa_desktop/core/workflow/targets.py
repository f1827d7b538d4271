"""Evaluators' monthly targets (seed 001: about 700 scored calls and 300 topic listens a month).

A QA lead sets a centre-wide default and, where an evaluator works part-time or also trains, a
target of their own. Targets are team-wide data (a ``Setting`` row, so every evaluator's app and the
monthly workbook read the same), and every change is audited. Progress counts the evaluator's
submitted regular evaluations in the month (calibration and self-checks are not production) and the
topic calls they answered (专题质检).
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qa_desktop.core.db import audit
from qa_desktop.core.db.models import Evaluation, EvaluationKind, EvaluationStatus, Setting, User
from qa_desktop.core.errors import ValidationError
from qa_desktop.core.workflow.permissions import MAY, acting_user, require_role

TARGETS_KEY = "targets.evaluators"
DEFAULT_TARGET = {"scored": 700, "topic_listens": 300}  # seed 001: 1,000 recordings a month in all
MAX_TARGET = 100_000


def _stored(session: Session) -> dict:
    setting = session.get(Setting, TARGETS_KEY)
    value = setting.value if setting is not None and isinstance(setting.value, dict) else {}
    return {"default": {**DEFAULT_TARGET, **(value.get("default") or {})},
            "by_login": dict(value.get("by_login") or {})}


def targets_of(session: Session) -> dict:
    """{"default": {...}, "by_login": {login: {...}}} with the seed's figures where nothing is set."""
    return _stored(session)


def target_for(targets: dict, login: str) -> dict:
    return {**targets["default"], **(targets["by_login"].get(login) or {})}


def set_target(database, login: str | None, *, scored: int | None = None,
               topic_listens: int | None = None) -> dict:
    """Set the monthly target of ``login`` (None: the centre's default). QA lead only; audited."""
    for name, value in (("scored", scored), ("topic_listens", topic_listens)):
        if value is not None and not (isinstance(value, int) and 0 <= value <= MAX_TARGET):
            raise ValidationError(f"A monthly target is a whole number from 0 to {MAX_TARGET}; {name}={value!r}.",
                                  field=name)

    def work(session: Session) -> dict:
        user = acting_user(session, database.user_login)
        require_role(user, MAY["targets.set"], "set evaluators' targets")
        if login is not None and session.scalar(select(User.id).where(User.login == login)) is None:
            raise ValidationError(f"There is no user {login!r}.", field="login")
        targets = _stored(session)
        entry = targets["default"] if login is None else targets["by_login"].setdefault(login, {})
        for name, value in (("scored", scored), ("topic_listens", topic_listens)):
            if value is not None:
                entry[name] = value
        setting = session.get(Setting, TARGETS_KEY) or Setting(key=TARGETS_KEY)
        setting.value = targets
        session.add(setting)
        audit.record(session, user.login, "targets.set", "user" if login else "setting", None,
                     login=login, scored=scored, topic_listens=topic_listens)
        return targets

    return database.write(work)


def month_bounds(month: dt.date) -> tuple[dt.datetime, dt.datetime]:
    first = month.replace(day=1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return dt.datetime.combine(first, dt.time()), dt.datetime.combine(following, dt.time())


def scored_by_evaluator(session: Session, start: dt.datetime, end: dt.datetime) -> dict[int, int]:
    """Submitted regular evaluations per evaluator id with ``start <= submitted_at < end``."""
    rows = session.execute(
        select(Evaluation.evaluator_id, func.count()).where(
            Evaluation.status == EvaluationStatus.SUBMITTED, Evaluation.kind == EvaluationKind.REGULAR,
            Evaluation.submitted_at >= start, Evaluation.submitted_at < end).group_by(Evaluation.evaluator_id))
    return {evaluator_id: count for evaluator_id, count in rows}


def topic_listens_by_evaluator(session: Session, start: dt.datetime, end: dt.datetime) -> dict[int, int]:
    """Topic calls (专题质检) each evaluator answered with ``start <= answered_at < end``."""
    from qa_desktop.core.db.topic_models import TopicCall

    rows = session.execute(select(TopicCall.assigned_to_id, func.count()).where(
        TopicCall.answered_at >= start, TopicCall.answered_at < end).group_by(TopicCall.assigned_to_id))
    return {user_id: count for user_id, count in rows if user_id is not None}


def month_progress(database, login: str, today: dt.date | None = None) -> dict:
    """The evaluator's month so far against their target, for the status bar and the CLI."""
    today = today or dt.date.today()
    start, end = month_bounds(today)
    with database.read() as session:
        user_id = session.scalar(select(User.id).where(User.login == login))
        target = target_for(targets_of(session), login)
        scored = scored_by_evaluator(session, start, end).get(user_id, 0) if user_id is not None else 0
        listens = topic_listens_by_evaluator(session, start, end).get(user_id, 0) if user_id is not None else 0
    goal = target["scored"]
    return {"login": login, "month": f"{today:%Y-%m}", "scored": scored, "target_scored": goal,
            "topic_listens": listens, "target_topic_listens": target["topic_listens"],
            "share": round(scored / goal, 4) if goal else None}


def evaluators_progress(database, today: dt.date | None = None) -> list[dict]:
    """Every active evaluator's month against their target, by name (the targets screen, the CLI)."""
    from qa_desktop.core.db.models import Role

    with database.read() as session:
        people = session.execute(select(User.login, User.display_name).where(
            User.active.is_(True), User.role == Role.EVALUATOR).order_by(User.display_name)).all()
    return [{**month_progress(database, login, today), "name": name} for login, name in people]
