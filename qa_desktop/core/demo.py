"""``qa-desktop demo``: a realistic call centre to try the app on, or to benchmark it.

Several teams, ~40 agents (some new hires still on probation), a few months of calls with
submitted evaluations, flags, coaching sessions with action items, and real two-channel
recordings (agent left, customer right, with pauses, holds and overlaps) for the calls in
the current user's work queue. ``--agents/--calls/--months`` scale it up for benchmarks:
beyond the first ``recordings`` calls, calls share a small pool of recordings (they carry
no content hash of their own), so no audio file per call is needed.
"""
from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, func, insert, select, update

from qa_desktop import paths
from qa_desktop.core.db import Database, audit
from qa_desktop.core.db.models import (
    ActionItem,
    Agent,
    Assignment,
    Base,
    Call,
    CoachingKind,
    CoachingLink,
    CoachingSession,
    Direction,
    Dispute,
    DisputeDecision,
    DisputeItem,
    DisputeStatus,
    Evaluation,
    EvaluationKind,
    EvaluationStatus,
    Flag,
    FlagKind,
    FormVersion,
    Role,
    ScoringForm,
    Team,
    User,
    utcnow,
)
from qa_desktop.core.demo_options import DemoOptions
from qa_desktop.core.demo_recordings import (
    RECORDING_FORMATS,
    MadeRecording,
    PlannedRecording,
    RecordingsInBackground,
    plan_recordings,
)
from qa_desktop.core.progress import ProgressSink, report_step
from qa_desktop.core.scoring import FormDefinition, default_form, score

TEAMS = [("投诉处理组", "投诉"), ("业务咨询组", "查询"), ("预订服务组", "预订"), ("外呼回访组", "外呼")]
CALL_TYPES = ["投诉", "查询", "咨询", "预订", "外呼回访"]
QUEUES = ["普通队列", "VIP 队列", "英文队列"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
GIVEN = ["芳", "伟", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超", "秀英",
         "霞", "平", "刚", "桂英", "婷", "雪", "慧", "颖", "鹏", "宇", "欣", "佳", "琳"]
STAFF = [("qa.lead", "王敏(质检组长)", Role.QA_LEAD), ("qa.li", "李娜", Role.EVALUATOR),
         ("qa.zhou", "周婷", Role.EVALUATOR), ("manager", "陈经理", Role.MANAGER)]
STAFF_QUEUE = 3  # calls waiting for each of the demo's own evaluators


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def _masked_number(rng: random.Random) -> str:
    number = f"1{rng.choice('3578')}{rng.randrange(10**9):09d}"
    return number[:3] + "****" + number[-4:]


def _answer(item, skill: float, rng: random.Random):
    """A plausible answer: good agents mostly pass, the fatal answer is rare."""
    passes = rng.random() < skill
    values = item.answer_values()
    answer: Any  # "yes"/"no", a choice's or a scale's value, or a checklist's ticked values
    if item.allows_na and rng.random() < 0.08:
        return "na"
    if item.type in ("yes_no", "yes_no_na"):
        answer = "yes" if passes else "no"
    elif item.type == "checklist":
        answer = [v for v in values if rng.random() < (0.9 if passes else 0.4)]
    else:
        ranked = sorted(item.options, key=lambda o: o.points, reverse=True)
        answer = ranked[0].value if passes else rng.choice(ranked[1:] or ranked).value
    if item.answer_triggers_fatal(answer) and rng.random() > 0.02:
        safe = [v for v in values if not item.answer_triggers_fatal(v if item.type != "checklist" else [v])]
        answer = ("yes" if item.type in ("yes_no", "yes_no_na") else
                  [v for v in answer if not item.answer_triggers_fatal([v])] if item.type == "checklist" else
                  safe[0] if safe else answer)
    return answer


def _answers(definition: FormDefinition, skill: float, rng: random.Random) -> tuple[dict, dict]:
    answers, comments = {}, {}
    for _section, item in definition.items():
        answers[item.code] = _answer(item, skill, rng)
        if item.comment_required_on_loss:
            comments[item.code] = rng.choice(["未按规范用语", "语速过快,客户两次要求重复", "未确认客户需求",
                                               "解释不清,客户不满意"])
    return answers, comments


def build_demo(database: Database, options: DemoOptions | None = None, progress: ProgressSink | None = None) -> dict:
    """Fill ``database`` with the demo call centre; refuses a database that already has calls."""
    from qa_desktop.core.library.call_analysis import load_options as load_analysis_options
    from qa_desktop.core.library.call_analysis import store_analysis

    options = options or DemoOptions()
    rng = random.Random(options.seed)
    limit = demo_clock(options)
    today = options.today or limit.date()
    with database.read() as session:
        if session.scalar(select(func.count()).select_from(Call)):
            raise ValueError("This database already has calls; the demo is only loaded into an empty database.")
        analysis_options = load_analysis_options(session)
    folder = options.recording_dir or demo_recording_folder(database)
    planned = plan_recordings(options.recordings, folder, options.seed, options.longest_recording_s, rng)
    made: list[MadeRecording] = []
    definition = default_form()
    login = database.user_login

    def work(session):
        staff = {}
        for staff_login, name, role in STAFF:
            staff[staff_login] = session.scalar(select(User).where(User.login == staff_login)) or User(
                login=staff_login, display_name=name, role=role)
        # signed in as one of the demo's own staff (e.g. --user qa.lead): that person, not a second one
        me = staff.get(login) or session.scalar(select(User).where(User.login == login))
        if me is None:
            me = User(login=login, display_name=login, role=Role.EVALUATOR)
        session.add_all({id(user): user for user in [*staff.values(), me]}.values())
        teams = []
        for index, (team_name, _) in enumerate(TEAMS):
            lead = User(login=f"tl.{index + 1}", display_name=f"{_name(rng)}(班组长)", role=Role.TEAM_LEAD)
            team = Team(name=team_name, lead=lead)
            session.add_all([lead, team])
            teams.append((team, lead))
        session.flush()
        for team, lead in teams:
            lead.team_id = team.id
        agents = []
        skills: dict[str, float] = {}  # agent code -> chance of passing an item
        used_names = set()
        for index in range(options.agents):
            team = teams[index % len(teams)][0]
            name = _name(rng)
            while name in used_names:
                name = _name(rng)
            used_names.add(name)
            probation = index % 7 == 3  # roughly one agent in seven is a new hire
            hire = today - dt.timedelta(days=rng.randrange(20, 80) if probation else rng.randrange(200, 2000))
            agent = Agent(agent_code=f"{1001 + index}", name=name, team=team, hire_date=hire,
                          probation_end=hire + dt.timedelta(days=91))
            skills[agent.agent_code] = rng.uniform(0.72, 0.97) - (0.08 if probation else 0)
            agents.append(agent)
        session.add_all(agents)
        form = ScoringForm(code=definition.code, name=definition.name.get("zh_CN") or definition.code)
        version = FormVersion(form=form, version_no=1, definition=definition.to_dict(),
                              published_at=utcnow(), locked=True)
        session.add_all([form, version])
        session.flush()
        report_step(progress, 1, STEPS, "demo.calls")

        evaluators = [staff["qa.li"], staff["qa.zhou"], me]
        call_rows, call_agents = _call_rows(options, agents, planned, rng, today, limit)
        # The current user's queue: the newest calls with a real recording, left to be scored.
        order = sorted(range(len(call_rows)), key=lambda i: (i >= len(planned),
                                                             -call_rows[i]["started_at"].timestamp()))
        call_rows = [call_rows[i] for i in order]
        call_agents = [call_agents[i] for i in order]
        for row in call_rows[:options.queue_size + 2 * STAFF_QUEUE]:
            row["started_at"] = _before(limit, dt.datetime.combine(today - dt.timedelta(days=rng.randrange(0, 4)),
                                                                   row["started_at"].time()))
        call_ids = _insert(session, Call, call_rows)
        # The demo's other evaluators find a few calls of their own waiting too (``--user qa.li``).
        colleagues = [person for person in (staff["qa.li"], staff["qa.zhou"]) if person is not me]
        queued = options.queue_size + STAFF_QUEUE * len(colleagues)
        owners = [me] * options.queue_size + [person for person in colleagues for _ in range(STAFF_QUEUE)]
        if queued:
            session.execute(insert(_table(Assignment)), [
                {"call_id": call_id, "evaluator_id": owner.id, "category": "general"}
                for call_id, owner in zip(call_ids[:queued], owners)])

        # History: about a third of the older calls were sampled and scored, in chunks so a month of a
        # large centre never holds every breakdown in memory at once.
        # Only calls at least six hours old were scored by now.
        history = [i for i in range(queued, len(call_rows))
                   if rng.random() < 0.33 and call_rows[i]["started_at"] < limit - dt.timedelta(hours=6)]
        # The newest results were given today, inside the dispute window: some flagged for the team
        # lead's review, some disputed and waiting for the QA lead's decision.
        newest = sorted(history, key=lambda i: call_rows[i]["started_at"], reverse=True)[:12]
        recent = {index: ("dispute" if n % 3 == 1 else "review") for n, index in enumerate(newest)}
        counts = {"evaluations": 0, "flags": 0, "coaching": 0, "disputes": 0}
        for chunk_start in range(0, len(history), _CHUNK):
            chunk = history[chunk_start:chunk_start + _CHUNK]
            _insert_history(session, chunk_start, chunk, call_rows, call_ids, call_agents, skills, evaluators,
                            version, definition, rng, today, counts, limit, recent, staff["qa.lead"])
            report_step(progress, 1 + 7 * (chunk_start + len(chunk)) // max(1, len(history)), STEPS, "demo.flags")
        # The recordings were made meanwhile; their calls get the importer's fingerprint and analysis.
        made.extend(background.wait(progress, 8, STEPS))
        own_calls = {original: call_ids[position] for position, original in enumerate(order)
                     if original < len(planned)}
        for number, recording in enumerate(made):
            session.execute(update(Call).where(Call.id == own_calls[number])
                            .values(content_hash=recording.content_hash))
            store_analysis(session, login, own_calls[number], recording.analysis)
        _add_calibration_session(session, version, call_ids[queued:queued + 3],
                                 [staff["qa.lead"], staff["qa.li"], staff["qa.zhou"], me], today)
        audit.record(session, login, "load_demo", "database", None, calls=len(call_rows),
                     evaluations=counts["evaluations"], agents=len(agents))
        return {"teams": len(teams), "agents": len(agents), "calls": len(call_rows),
                "recordings": len(planned), "evaluations": counts["evaluations"], "flags": counts["flags"],
                "coaching_sessions": counts["coaching"], "disputes": counts["disputes"],
                "queue": min(options.queue_size, len(call_rows)), "evaluator": login,
                "recording_dir": str(folder)}

    with RecordingsInBackground(planned, analysis_options) as background:
        summary = database.write(work, retries=0)
    summary["analysed"] = len(made)
    from qa_desktop.core.transcripts.demo_script import add_demo_transcripts

    summary["transcribed"] = add_demo_transcripts(
        database, [(recording.seed, recording.duration_s) for recording in planned],
        [recording.content_hash for recording in made])
    if summary["transcribed"]:  # the library's risky-calls filter and the targeted quota have something to show
        from qa_desktop.core.checks.screening import screen_calls

        summary["screened"] = len(screen_calls(database))
    from qa_desktop.core.demo_topics import add_topic_and_fresh_complaint

    summary.update(add_topic_and_fresh_complaint(database, limit, options.seed))
    from qa_desktop.core.demo_training import add_training_course

    summary.update(add_training_course(database, limit, options.seed))
    report_step(progress, STEPS, STEPS, "demo.done")
    return summary


_CHUNK = 2000  # evaluations scored and inserted at a time
STEPS = 10  # of the progress bar: calls, seven of history, the recordings, done


def _table(model: type[Base]) -> Table:
    """A mapped class's table (SQLAlchemy types ``__table__`` as any FromClause), for a Core executemany."""
    return cast(Table, model.__table__)


def _insert(session, model, rows: list[dict]) -> list[int]:
    """Bulk insert; the new ids in row order.

    SQLite cannot say in which order a multi-row INSERT … RETURNING hands back its ids, so there
    SQLAlchemy would insert row by row to keep them in order. Instead the rows go in one
    executemany and their ids are read back: inside the demo's one write transaction nobody else
    inserts, and SQLite numbers new rows one after another, in the order they were inserted.
    """
    if not rows:
        return []
    if session.get_bind().dialect.name != "sqlite":
        return list(session.scalars(insert(model).returning(model.id, sort_by_parameter_order=True), rows))
    before = session.scalar(select(func.max(model.id))) or 0
    session.execute(insert(_table(model)), rows)  # Core: no ORM bookkeeping per row
    ids = list(session.scalars(select(model.id).where(model.id > before).order_by(model.id)))
    if len(ids) != len(rows):
        raise RuntimeError(f"{model.__tablename__}: inserted {len(rows)} rows, found {len(ids)} new ids")
    return ids


def demo_clock(options: DemoOptions) -> dt.datetime:
    """The moment nothing in the demo is dated after: the machine's clock, in local time and UTC.

    Calls carry local time and results UTC; the earlier of the two keeps both on the machine's
    today, whichever side of UTC it is on. A demo built for another ``today`` ends that evening.
    """
    if options.now is not None:
        return options.now
    real = min(dt.datetime.now(), utcnow()).replace(microsecond=0)
    if options.today is None:
        return real
    evening = dt.datetime.combine(options.today, dt.time(23, 59))
    return min(evening, real) if options.today >= real.date() else evening


def demo_recording_folder(database: Database) -> Path:
    """Beside the database file (``team.sqlite3`` -> ``team_recordings/``), so a demo made with
    ``--db`` elsewhere leaves nothing in the home folder; a server database uses the data folder."""
    if database.path is not None:
        return database.path.with_name(database.path.stem + "_recordings")
    return paths.user_data_dir() / "demo_recordings"


def _before(limit: dt.datetime, moment: dt.datetime, margin: dt.timedelta = dt.timedelta(minutes=20)) -> dt.datetime:
    """``moment``, moved back by whole days until it lies ``margin`` before ``limit``."""
    while moment > limit - margin:
        moment -= dt.timedelta(days=1)
    return moment


def _add_calibration_session(session, version, call_ids: list[int], people: list, today: dt.date) -> None:
    """A blind calibration session on three recorded calls, open and ready for everyone to score."""
    from qa_desktop.core.db.models import CalibrationCall, CalibrationParticipant, CalibrationSession

    if len(call_ids) < 1:
        return
    calibration = CalibrationSession(title="本周校准:三通录音", form_version_id=version.id, lead_id=people[0].id,
                                     scheduled_on=today, notes="")
    calibration.calls = [CalibrationCall(call_id=call_id, consensus_notes={}) for call_id in call_ids]
    calibration.participants = [CalibrationParticipant(user_id=user_id)
                                for user_id in dict.fromkeys(person.id for person in people)]
    session.add(calibration)


def _call_rows(options: DemoOptions, agents: list, recordings: list[PlannedRecording], rng: random.Random,
               today: dt.date, limit: dt.datetime) -> tuple[list[dict], list]:
    """The calls, their agents in the same order; the first ``len(recordings)`` have a recording of
    their own (its fingerprint is set once it is made), the others share them."""
    start = today - dt.timedelta(days=30 * options.months)
    span_days = (today - start).days
    rows, owners = [], []
    for index in range(options.calls):
        agent = agents[index % len(agents)]
        day = start + dt.timedelta(days=rng.randrange(span_days + 1))
        started = _before(limit, dt.datetime.combine(day, dt.time(rng.randrange(8, 21), rng.randrange(60),
                                                                  rng.randrange(60))))
        pool_index = index % max(1, len(recordings))
        own = index < len(recordings)
        path, duration = ((recordings[pool_index].path, recordings[pool_index].duration_s) if recordings
                          else (Path("/demo/missing.wav"), 120.0))
        call_type = rng.choice(CALL_TYPES)
        rows.append({
            "external_id": f"DEMO-{index + 1:06d}", "recording_path": str(path),
            "content_hash": None,
            "duration_s": duration if own else float(rng.randrange(40, 900)), "channels": 2,
            "sample_rate": 8000, "started_at": started,
            "direction": Direction.OUTBOUND if call_type == "外呼回访" else Direction.INBOUND,
            "call_type": call_type, "queue": rng.choice(QUEUES), "customer_number_masked": _masked_number(rng),
            "agent_id": agent.id,
            "codec": RECORDING_FORMATS[pool_index % len(RECORDING_FORMATS)] if recordings else None})
        owners.append(agent)
    return rows, owners


def _insert_history(session, number0: int, chunk: list[int], call_rows: list[dict], call_ids: list[int],
                    call_agents: list, skills: dict[str, float], evaluators: list, version, definition: FormDefinition,
                    rng: random.Random, today: dt.date, counts: dict, limit: dt.datetime,
                    recent: dict[int, str], decider) -> None:
    """Score and insert one chunk of past evaluations, with the flags, coaching and disputes they led to."""
    rows, kept = [], []
    for offset, index in enumerate(chunk):
        evaluator = evaluators[(number0 + offset) % len(evaluators)]
        agent = call_agents[index]
        answers, comments = _answers(definition, skills[agent.agent_code], rng)
        result = score(definition, answers, comments)  # the scoring every submitted evaluation goes through
        submitted = call_rows[index]["started_at"] + dt.timedelta(days=rng.randrange(1, 4),
                                                                  minutes=rng.randrange(600))
        if index in recent:
            submitted = limit - dt.timedelta(minutes=rng.randrange(20, 240))
        submitted = min(submitted, limit - dt.timedelta(minutes=rng.randrange(5, 60)))
        data = result.to_dict("zh_CN")
        rows.append({
            "call_id": call_ids[index], "form_version_id": version.id, "evaluator_id": evaluator.id,
            "kind": EvaluationKind.REGULAR, "status": EvaluationStatus.SUBMITTED, "answers": answers,
            "comments": comments, "score": result.total, "critical_score": result.critical_score,
            "grade": result.grade_code, "critical_failed": data["critical_failed"],
            "fatal_failed": data["fatal_failed"], "breakdown": data,
            "started_at": submitted - dt.timedelta(minutes=rng.randrange(4, 12)), "updated_at": submitted,
            "submitted_at": submitted, "active_seconds": rng.randrange(180, 720)})
        kept.append((index, agent, evaluator, submitted, result.total, data["fatal_failed"], data["failed_items"]))
    evaluation_ids = _insert(session, Evaluation, rows)
    del rows
    session.execute(insert(_table(Assignment)), [
        {"call_id": call_ids[index], "evaluator_id": evaluator.id, "category": "general", "assigned_at": submitted}
        for index, _agent, evaluator, submitted, *_ in kept])
    counts["evaluations"] += len(kept)

    flags, sessions, links, actions, disputes, disputed_items = [], [], [], [], [], []
    for evaluation_id, (index, agent, evaluator, submitted, total, fatal, failed) in zip(evaluation_ids, kept):
        total = total or Decimal(0)
        kind = None
        if total >= 95 and rng.random() < 0.15:
            kind, reason = FlagKind.EXCELLENT, "服务规范,可作为优秀录音"
        elif fatal or total < 60:
            kind, reason = rng.choice([(FlagKind.FAILING, "不合格录音"), (FlagKind.REVIEW, "请班组长复核")])
        elif rng.random() < 0.02:
            kind, reason = rng.choice([(FlagKind.COMPLAINT, "客户来电投诉服务态度"),
                                       (FlagKind.CALIBRATION, "评分有争议,建议校准")])
        if recent.get(index) == "review" or (recent.get(index) == "dispute" and not failed):
            kind, reason = FlagKind.REVIEW, "请班组长复核"
        if kind is not None:
            flags.append({"call_id": call_ids[index], "evaluation_id": evaluation_id, "kind": kind,
                          "reason": reason, "raised_by_id": evaluator.id, "raised_at": submitted})
        lead = agent.team.lead
        if failed and total < 80 and rng.random() < 0.6:
            held = min(submitted.date() + dt.timedelta(days=1), limit.date())
            acknowledged = dt.datetime.combine(held, dt.time(17, 0))
            sessions.append({
                "agent_id": agent.id, "coach_id": lead.id if lead else None,
                "kind": rng.choice([CoachingKind.ONLINE, CoachingKind.OFFLINE]), "held_on": held,
                "agreed": "复听录音,练习规范用语;下周跟进抽检", "follow_up_on": held + dt.timedelta(days=7),
                "follow_up_status": "done" if held + dt.timedelta(days=7) < today else "pending",
                "acknowledged_at": acknowledged if rng.random() < 0.8 and acknowledged <= limit else None})
            links.append([{"evaluation_id": evaluation_id, "item_code": code} for code in failed[:3]])
            actions.append({"description": "每日复听一通优秀录音并做笔记", "owner": agent.name,
                            "due_on": held + dt.timedelta(days=5)})
        forced = recent.get(index) == "dispute"
        if failed and lead is not None and (forced or rng.random() < 0.03):  # a few agents dispute a lost item
            recorded = min(submitted + dt.timedelta(days=1), limit)
            if forced:
                recorded = submitted + dt.timedelta(minutes=10)
            decided = recorded + dt.timedelta(days=2) < dt.datetime.combine(today, dt.time())
            disputes.append({
                "evaluation_id": evaluation_id, "raised_by_id": lead.id, "statement": "坐席认为该项已按规范执行",
                "deadline": recorded.date() + dt.timedelta(days=2),
                "status": DisputeStatus.DECIDED if decided else DisputeStatus.OPEN, "created_at": recorded,
                "decided_by_id": decider.id if decided else None,
                "decided_at": recorded + dt.timedelta(days=1) if decided else None,
                "score_before": total, "score_after": total if decided else None})
            disputed_items.append({"item_code": failed[0], "agent_claim": "录音中已说明",
                                   "decision": DisputeDecision.KEEP if decided else DisputeDecision.PENDING,
                                   "reason": "复听确认扣分成立" if decided else ""})
    if flags:
        session.execute(insert(_table(Flag)), flags)
    session_ids = _insert(session, CoachingSession, sessions)
    if session_ids:
        session.execute(insert(_table(CoachingLink)), [dict(link, session_id=session_id)
                                               for session_id, session_links in zip(session_ids, links)
                                               for link in session_links])
        session.execute(insert(_table(ActionItem)), [dict(action, session_id=session_id)
                                             for session_id, action in zip(session_ids, actions)])
    dispute_ids = _insert(session, Dispute, disputes)
    if dispute_ids:
        session.execute(insert(_table(DisputeItem)), [dict(item, dispute_id=dispute_id)
                                              for dispute_id, item in zip(dispute_ids, disputed_items)])
    counts["flags"] += len(flags)
    counts["coaching"] += len(sessions)
    counts["disputes"] += len(disputes)
