"""The demo's topic QA and a fresh complaint, so every seed system has something to try at once.

A topic (专题质检) over the demo's complaint calls, split between the two demo evaluators and partly
reviewed; and a customer's complaint raised today, still inside its 2-working-day verification deadline.
Written straight through the models (the demo may be loaded by an evaluator, who could not create a
topic through the QA lead's path), in one short transaction.
"""
from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select

from qa_desktop.core.db import Database
from qa_desktop.core.db.models import Call, Evaluation, EvaluationStatus, Flag, FlagKind, FlagResolution, User
from qa_desktop.core.db.topic_models import Topic, TopicCall

QUESTIONS = [
    {"code": "q1", "kind": "choice", "text": "客户不满的主要原因",
     "options": ["价格资费", "服务态度", "等待时间", "业务规则", "其他"]},
    {"code": "q2", "kind": "choice", "text": "座席是否先安抚客户情绪", "options": ["是", "否"]},
    {"code": "q3", "kind": "tags", "text": "可改进之处", "options": ["话术", "流程", "知识库", "系统"]},
    {"code": "q4", "kind": "text", "text": "补充说明", "options": []},
]


def add_topic_and_fresh_complaint(database: Database, now: dt.datetime, seed: int = 2026) -> dict:
    rng = random.Random(seed)

    def work(session) -> dict:
        people = {u.login: u for u in session.scalars(select(User).where(User.login.in_(["qa.lead", "qa.li",
                                                                                          "qa.zhou"])))}
        reviewers = [people[login] for login in ("qa.li", "qa.zhou") if login in people]
        calls = list(session.scalars(select(Call.id).where(Call.call_type == "投诉", Call.started_at < now)
                                     .order_by(Call.id)))
        result: dict[str, int | None] = {"topic_calls": 0, "topic_answered": 0, "fresh_complaint": None}
        answered = 0
        if reviewers and calls:
            picked = sorted(rng.sample(calls, min(len(calls), 1000)))
            topic = Topic(title="投诉通话中客户不满的原因", questions=QUESTIONS, selection={"call_types": ["投诉"]},
                          target_records=1000, created_by_id=people["qa.lead"].id if "qa.lead" in people else None,
                          created_at=now - dt.timedelta(days=7))
            session.add(topic)
            session.flush()
            for index, call_id in enumerate(picked):
                link = TopicCall(topic_id=topic.id, call_id=call_id,
                                 assigned_to_id=reviewers[index % len(reviewers)].id)
                if rng.random() < 0.3:  # a week in: about a third reviewed
                    link.answers = {"q1": rng.choice(QUESTIONS[0]["options"][:4]),
                                    "q2": rng.choice(["是", "是", "否"]),
                                    "q3": rng.sample(QUESTIONS[2]["options"], rng.randint(1, 2))}
                    link.answered_at = now - dt.timedelta(hours=rng.randint(2, 160))
                    answered += 1
                session.add(link)
            result["topic_calls"], result["topic_answered"] = len(picked), answered
        newest = session.execute(select(Evaluation.call_id, Evaluation.evaluator_id)
                                 .where(Evaluation.status == EvaluationStatus.SUBMITTED)
                                 .order_by(Evaluation.submitted_at.desc()).limit(1)).first()
        if newest is not None:
            flag = Flag(call_id=newest[0], kind=FlagKind.COMPLAINT, reason="客户当天来电投诉：说话不耐烦",
                        raised_by_id=newest[1], raised_at=now - dt.timedelta(hours=1),
                        resolution=FlagResolution.OPEN)
            session.add(flag)
            session.flush()
            result["fresh_complaint"] = flag.id
        return result

    return database.write(work)
