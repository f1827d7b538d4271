"""Topic QA (专题质检, seed 001): one aspect reviewed across many calls, unscored, to find causes.

Besides scored monitoring, evaluators listen to about 300 calls a month for one or two topics
("只需要对某一方面进行评价"), at least 1,000 records per topic, to find causes across the whole line
rather than fault one agent. A topic is a few unscored questions (a choice, tags, free text) and a
selection of calls (dates, teams, call types, duration, flags, words said when transcripts exist),
split among evaluators. Results are counted per answer, by team and call type, with the QA lead's
written findings and recommendations; :func:`export_topic` writes them as a workbook.

Qt-free. One way in for each step: create, next call, answer, findings, results, export.
"""
from __future__ import annotations

import datetime as dt
import random
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qa_desktop.core import texts
from qa_desktop.core.db import Database, audit
from qa_desktop.core.db.models import Agent, Call, Flag, FlagKind, Role, Team, User, utcnow
from qa_desktop.core.db.topic_models import Topic, TopicCall
from qa_desktop.core.errors import ValidationError
from qa_desktop.core.leftovers import write_atomically
from qa_desktop.core.workflow.permissions import MAY, acting_user, require_role

DEFAULT_TARGET = 1000  # seed 001: at least 1,000 records per topic
KINDS = ("choice", "tags", "text")
# what a person types for a kind, in either script or English
KIND_WORDS = {"单选": "choice", "單選": "choice", "选择": "choice", "選擇": "choice", "多选": "tags", "多選": "tags",
              "标签": "tags", "標籤": "tags", "文字": "text", "文本": "text", "填空": "text"}
MAX_QUESTIONS = 20


def check_questions(questions: Any) -> list[dict]:
    """Questions as stored: each has a code, a kind, its text and (choice, tags) its options."""
    if not isinstance(questions, list) or not 0 < len(questions) <= MAX_QUESTIONS:
        raise ValidationError(f"A topic asks 1 to {MAX_QUESTIONS} questions.", field="questions")
    checked, codes = [], set()
    for number, question in enumerate(questions, 1):
        if not isinstance(question, dict):
            raise ValidationError(f"Question {number} is not a question.", field="questions")
        kind = str(question.get("kind") or "choice").strip()
        kind = KIND_WORDS.get(kind, kind)
        text = str(question.get("text") or "").strip()
        options = [str(o).strip() for o in question.get("options") or [] if str(o).strip()]
        code = str(question.get("code") or f"q{number}").strip()
        if kind not in KINDS or not text or code in codes:
            raise ValidationError(f"Question {number} needs a text, a kind (choice, tags, text) and its own code.",
                                  field="questions")
        if kind in ("choice", "tags") and len(options) < 2:
            raise ValidationError(f"Question {number} ({text}) needs at least two options.", field="questions")
        codes.add(code)
        checked.append({"code": code, "kind": kind, "text": text[:300], "options": options[:50]})
    return checked


def _candidates(session: Session, selection: dict) -> list[int]:
    query = select(Call.id).join(Agent, Agent.id == Call.agent_id, isouter=True)
    if selection.get("from"):
        query = query.where(Call.started_at >= dt.datetime.combine(dt.date.fromisoformat(selection["from"]),
                                                                   dt.time()))
    if selection.get("to"):
        query = query.where(Call.started_at < dt.datetime.combine(
            dt.date.fromisoformat(selection["to"]) + dt.timedelta(days=1), dt.time()))
    if selection.get("teams"):
        query = query.join(Team, Team.id == Agent.team_id).where(Team.name.in_(selection["teams"]))
    if selection.get("call_types"):
        query = query.where(Call.call_type.in_(selection["call_types"]))
    if selection.get("min_duration_s"):
        query = query.where(Call.duration_s >= float(selection["min_duration_s"]))
    if selection.get("max_duration_s"):
        query = query.where(Call.duration_s <= float(selection["max_duration_s"]))
    if selection.get("flags"):
        flagged = select(Flag.call_id).where(Flag.kind.in_([FlagKind(k) for k in selection["flags"]]))
        query = query.where(Call.id.in_(flagged))
    if selection.get("words"):
        from qa_desktop.core.db.models import CallTranscript

        for word in selection["words"]:
            query = query.where(Call.id.in_(select(CallTranscript.call_id).where(
                CallTranscript.text.contains(word))))
    return list(session.scalars(query.order_by(Call.id)))


def create_topic(database: Database, title: str, questions: list[dict], selection: dict | None = None, *,
                 target: int = DEFAULT_TARGET, evaluators: list[str] | None = None, seed: int = 1) -> dict:
    """Create a topic, draw its calls (``target`` at most, at random, reproducibly) and split them among
    ``evaluators`` (logins; default: every active evaluator). QA lead only; audited."""
    title = (title or "").strip()
    if not title:
        raise ValidationError("A topic needs a title.", field="title")
    if not isinstance(target, int) or not 1 <= target <= 100_000:
        raise ValidationError("A topic reviews 1 to 100,000 calls.", field="target")
    checked = check_questions(questions)
    selection = dict(selection or {})

    def work(session: Session) -> dict:
        lead = acting_user(session, database.user_login)
        require_role(lead, MAY["topic.lead"], "create a topic")
        query = select(User).where(User.active.is_(True))
        query = query.where(User.login.in_(evaluators)) if evaluators else query.where(User.role == Role.EVALUATOR)
        people = list(session.scalars(query.order_by(User.login)))
        if not people:
            raise ValidationError("Nobody to review the topic: name evaluators who use this database.",
                                  field="evaluators")
        calls = _candidates(session, selection)
        random.Random(seed).shuffle(calls)
        calls = sorted(calls[:target])
        topic = Topic(title=title[:200], questions=checked, selection=selection, target_records=target,
                      created_by_id=lead.id)
        session.add(topic)
        session.flush()
        for index, call_id in enumerate(calls):
            session.add(TopicCall(topic_id=topic.id, call_id=call_id, assigned_to_id=people[index % len(people)].id))
        audit.record(session, lead.login, "topic.create", "topic", topic.id, title=title, calls=len(calls),
                     evaluators=[p.login for p in people])
        return {"id": topic.id, "title": topic.title, "calls": len(calls), "evaluators": [p.login for p in people]}

    return database.write(work)


def list_topics(database: Database) -> list[dict]:
    """Every topic with its progress per evaluator."""
    with database.read() as session:
        names = dict(session.execute(select(User.id, User.display_name)).all())
        counts: dict[int, dict[int | None, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
        for topic_id, user_id, answered, n in session.execute(
                select(TopicCall.topic_id, TopicCall.assigned_to_id, TopicCall.answered_at.is_not(None), func.count())
                .group_by(TopicCall.topic_id, TopicCall.assigned_to_id, TopicCall.answered_at.is_not(None))):
            counts[topic_id][user_id][1] += n
            if answered:
                counts[topic_id][user_id][0] += n
        result = []
        for topic in session.scalars(select(Topic).order_by(Topic.created_at.desc(), Topic.id.desc())):
            per = {(names.get(uid, str(uid)) if uid is not None else "—"): {"done": done, "assigned": total}
                   for uid, (done, total) in counts[topic.id].items()}
            result.append({"id": topic.id, "title": topic.title, "status": topic.status,
                           "target": topic.target_records, "questions": topic.questions,
                           "calls": sum(p["assigned"] for p in per.values()),
                           "done": sum(p["done"] for p in per.values()), "by_evaluator": per,
                           "findings": topic.findings, "recommendations": topic.recommendations})
        return result


def next_call(database: Database, topic_id: int) -> dict | None:
    """The acting evaluator's next call of the topic still to review (None when done)."""
    with database.read() as session:
        user = acting_user(session, database.user_login)
        row = session.execute(select(TopicCall, Call).join(Call, Call.id == TopicCall.call_id).where(
            TopicCall.topic_id == topic_id, TopicCall.assigned_to_id == user.id, TopicCall.answered_at.is_(None))
            .order_by(Call.started_at, Call.id).limit(1)).first()
        if row is None:
            return None
        link, call = row
        return {"topic_call_id": link.id, "call_id": call.id, "external_id": call.external_id,
                "recording_path": call.recording_path, "started_at": call.started_at, "call_type": call.call_type}


def answer(database: Database, topic_id: int, call_id: int, answers: dict[str, Any]) -> dict:
    """Record the acting evaluator's answers for a call of the topic (they may change them later)."""

    def work(session: Session) -> dict:
        user = acting_user(session, database.user_login)
        topic = session.get(Topic, topic_id)
        link = session.scalar(select(TopicCall).where(TopicCall.topic_id == topic_id, TopicCall.call_id == call_id))
        if topic is None or link is None:
            raise ValidationError(f"Call #{call_id} is not part of topic #{topic_id}.", field="call")
        if topic.status != "open":
            raise ValidationError("This topic is closed.", field="topic")
        if link.assigned_to_id != user.id and user.role != Role.QA_LEAD:
            raise ValidationError("This call of the topic is another evaluator's.", field="call")
        clean: dict[str, Any] = {}
        for question in topic.questions:
            given = answers.get(question["code"])
            if given in (None, "", []):
                continue
            if question["kind"] == "choice" and given not in question["options"]:
                raise ValidationError(f"{given!r} is not an answer to '{question['text']}'.", field=question["code"])
            if question["kind"] == "tags":
                given = [g for g in (given if isinstance(given, list) else [given]) if g in question["options"]]
            clean[question["code"]] = given if question["kind"] != "text" else str(given)[:2000]
        if not clean:
            raise ValidationError("Answer at least one question.", field="answers")
        link.answers, link.answered_at = clean, utcnow()
        audit.record(session, user.login, "topic.answer", "topic", topic_id, call_id=call_id)
        return {"topic_id": topic_id, "call_id": call_id, "answers": clean}

    return database.write(work)


def set_findings(database: Database, topic_id: int, findings: str, recommendations: str,
                 close: bool = False) -> None:
    """The QA lead's written findings and recommendations (and, when done, closing the topic)."""

    def work(session: Session) -> None:
        lead = acting_user(session, database.user_login)
        require_role(lead, MAY["topic.lead"], "write a topic's findings")
        topic = session.get(Topic, topic_id)
        if topic is None:
            raise ValidationError(f"There is no topic #{topic_id}.", field="topic")
        topic.findings, topic.recommendations = findings.strip(), recommendations.strip()
        if close:
            topic.status = "closed"
        audit.record(session, lead.login, "topic.findings", "topic", topic_id, close=close)

    database.write(work)


def topic_results(database: Database, topic_id: int) -> dict:
    """Per question, how often each answer was given, overall, by team (of the call's day) and call type."""
    from qa_desktop.core.roster.history import TeamHistory

    with database.read() as session:
        topic = session.get(Topic, topic_id)
        if topic is None:
            raise ValidationError(f"There is no topic #{topic_id}.", field="topic")
        teams = dict(session.execute(select(Team.id, Team.name)).all())
        history = TeamHistory(session)
        rows = session.execute(select(TopicCall.answers, Call.agent_id, Call.started_at, Call.call_type)
                               .join(Call, Call.id == TopicCall.call_id)
                               .where(TopicCall.topic_id == topic_id, TopicCall.answered_at.is_not(None))).all()
        questions = list(topic.questions)
        title, findings, recommendations = topic.title, topic.findings, topic.recommendations
    results = []
    for question in questions:
        overall: Counter = Counter()
        by_team: dict[str, Counter] = defaultdict(Counter)
        by_type: dict[str, Counter] = defaultdict(Counter)
        texts_given: list[str] = []
        for answers, agent_id, started_at, call_type in rows:
            given = (answers or {}).get(question["code"])
            if given in (None, "", []):
                continue
            if question["kind"] == "text":
                texts_given.append(given)
                continue
            team_id = history.team_on(agent_id, started_at.date()) if agent_id and started_at else None
            for value in (given if isinstance(given, list) else [given]):
                overall[value] += 1
                by_team[teams.get(team_id, "—") if team_id else "—"][value] += 1
                by_type[call_type or "—"][value] += 1
        results.append({"question": question, "overall": dict(overall), "by_team": {k: dict(v) for k, v in
                                                                                  by_team.items()},
                        "by_call_type": {k: dict(v) for k, v in by_type.items()}, "texts": texts_given})
    return {"id": topic_id, "title": title, "reviewed": len(rows), "questions": results,
            "findings": findings, "recommendations": recommendations}


def export_topic(database: Database, topic_id: int, output: str | Path, *, lang: str = "zh_CN") -> Path:
    """The topic as a workbook: findings and recommendations, then per question the answers by team and
    by call type (counts and shares)."""
    data = topic_results(database, topic_id)
    t = texts.view("topics", lang)

    def write(temporary: str) -> None:
        book = Workbook()
        sheet = book.active
        sheet.title = t["sheet_summary"]
        sheet.append([data["title"]])
        sheet.append([t["reviewed"], data["reviewed"]])
        sheet.append([t["findings"], data["findings"]])
        sheet.append([t["recommendations"], data["recommendations"]])
        for n, result in enumerate(data["questions"], 1):
            question = result["question"]
            sheet.append([])
            sheet.append([f"{n}. {question['text']}"])
            if question["kind"] == "text":
                for given in result["texts"]:
                    sheet.append(["", given])
                continue
            total = sum(result["overall"].values()) or 1
            sheet.append([t["answer"], t["count"], t["share"]])
            for option in question["options"]:
                count = result["overall"].get(option, 0)
                sheet.append([option, count, round(count / total, 4)])
            for label, groups in ((t["by_team"], result["by_team"]), (t["by_call_type"], result["by_call_type"])):
                sheet.append([label, *question["options"]])
                for group, counts in sorted(groups.items()):
                    sheet.append([group, *[counts.get(option, 0) for option in question["options"]]])
        sheet.column_dimensions["A"].width = 36
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value[:1] in ("=", "+", "-", "@"):
                    cell.data_type = "s"
        book.save(temporary)

    return write_atomically(Path(output), write, prefix=".qa-topic-")
