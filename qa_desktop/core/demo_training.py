"""The demo's training course (质检纠错培训), so the training records have something to show at once.

A month ago the QA lead planned a course on the two items failed most in the fortnight before, for the agents
who failed them; it was held that day: most signed in, their test scores were typed in and they rated the
trainer. Its effect (error rate on those items before and after) comes from the demo's own results.
Written straight through the models (the demo may be loaded by an evaluator, who could not record training
through the QA lead's path), in one short transaction.
"""
from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from sqlalchemy import select

from qa_desktop.core.db import Database
from qa_desktop.core.db.models import User
from qa_desktop.core.db.training_models import TrainingPlan, TrainingSession, TrainingTrainee
from qa_desktop.core.workflow.training import agents_failing_items, most_failed_items

COMMENTS = ["案例贴近实际，讲得清楚", "练习时间可以再多一些", "录音示范很有帮助", "节奏偏快", ""]


def add_training_course(database: Database, now: dt.datetime, seed: int = 2026) -> dict:
    rng = random.Random(seed)
    held_on = now.date() - dt.timedelta(days=30)
    start = held_on - dt.timedelta(days=14)
    codes = [r["item_code"] for r in most_failed_items(database, start, held_on, 2)]
    failing = agents_failing_items(database, start, held_on, codes) if codes else {}
    invited = sorted(failing, key=lambda agent_id: (-failing[agent_id], agent_id))[:8]
    if not invited:
        return {"training_sessions": 0}

    def work(session) -> dict:
        lead = session.scalar(select(User.id).where(User.login == "qa.lead"))
        plan = TrainingPlan(title=f"{held_on:%Y-%m} 专项纠错培训", kind="item_course", month=f"{start:%Y-%m}",
                            item_codes=codes, agent_ids=invited, created_by_id=lead,
                            created_at=dt.datetime.combine(start + dt.timedelta(days=14), dt.time(9)))
        session.add(plan)
        session.flush()
        course = TrainingSession(plan_id=plan.id, kind="item_course", held_on=held_on, trainer="王敏",
                                 content="逐条回放不合格录音，演练标准话术，课后笔试", item_codes=codes,
                                 created_by_id=lead, created_at=dt.datetime.combine(held_on, dt.time(17)))
        for index, agent_id in enumerate(invited):
            attended = index != len(invited) - 1 or len(invited) == 1  # one was on leave that day
            course.trainees.append(TrainingTrainee(
                agent_id=agent_id, attended=attended,
                score=Decimal(rng.randint(140, 196)) / 2 if attended else None,
                rating=rng.choice([3, 4, 4, 5, 5]) if attended else None,
                feedback=rng.choice(COMMENTS) if attended else ""))
        session.add(course)
        return {"training_sessions": 1}

    return database.write(work)
