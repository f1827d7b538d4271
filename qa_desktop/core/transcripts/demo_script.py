"""Transcripts for the demo's recordings: what each side says, at the times it speaks in the recording.

A demo recording is planned by :func:`qa_desktop.core.audio.synth.plan_call` (who speaks when,
one hold); the same plan gives each utterance a line of a call-centre script. Calls differ the
way real ones do, so the automatic checks have something to find: some agents forget their ID
or the hold phrase, recognition writes 公号 for 工号 or drops a particle, and now and then an
agent says a prohibited phrase (没办法).
"""
from __future__ import annotations

import random

from qa_desktop.core.audio.synth import AGENT, CUSTOMER, plan_call
from qa_desktop.core.db import Database
from qa_desktop.core.transcripts.store import store_side

GREETINGS = ["您好,工号{id}为您服务", "您好,公号{id}很高兴为您服务", "您好,很高兴为您服务", "你好,{id}号为您服务"]
HOLD = ["好的,我帮您查询一下,请稍等", "您稍等一下,我看一下系统", "好的我查一下"]
BACK = ["对不起,让您久等了", "让您久等,已经查到了", "查到了"]
AGENT_MIDDLE = ["请问您的手机号码是多少", "好的,我这边帮您登记一下", "这个问题是这样的,您的订单已经发货了",
                "请您提供一下身份证后四位", "明白了,我给您解释一下", "这个我们会在三个工作日内回复您",
                "是的,这个费用是按月收取的", "我帮您把问题反馈给相关部门"]
PROHIBITED = ["这个我也没办法", "这不归我们管"]
CUSTOMER_LINES = ["喂,你好,我想问一下我的宽带怎么又断了", "我上个月的账单好像多扣了钱", "一三八零零一三八零零零",
                  "那要等多久啊", "好的好的", "嗯,我知道了", "你们上次也是这么说的", "那我的订单什么时候能到",
                  "可以,没问题", "我要改一下预订的日期"]
ANYTHING_ELSE = ["请问您还有什么问题吗", "请问还有其他问题吗", "还有别的需要帮您的吗"]
CLOSING = ["不客气,欢迎您再次来电", "好的,再见", "不客气欢迎再次来电"]
CUSTOMER_END = ["没有了,谢谢", "没有了", "好的,谢谢你"]


def demo_lines(seed: int, duration_s: float, agent_code: str = "1001") -> dict[str, list[list]]:
    """{"agent": [[start_ms, end_ms, text]], "customer": [...]} for the demo recording made with ``seed``."""
    truth = plan_call(seed, duration_s)
    rng = random.Random(seed)
    hold_start, hold_end = truth.holds[0] if truth.holds else (None, None)
    agent_spans, customer_spans = truth.speech[AGENT], truth.speech[CUSTOMER]
    before_hold = max((n for n, (_s, e) in enumerate(agent_spans) if hold_start is not None and e <= hold_start + 0.01),
                      default=None)
    after_hold = min((n for n, (s, _e) in enumerate(agent_spans) if hold_end is not None and s >= hold_end - 0.01),
                     default=None)
    rude = rng.random() < 0.2
    out: dict[str, list[list]] = {"agent": [], "customer": []}
    for number, (start, end) in enumerate(agent_spans):
        if number == 0:
            text = rng.choice(GREETINGS).format(id=agent_code)
        elif number == before_hold:
            text = rng.choice(HOLD)
        elif number == after_hold:
            text = rng.choice(BACK)
        elif number == len(agent_spans) - 1:
            text = rng.choice(CLOSING)
        elif number == len(agent_spans) - 2:
            text = rng.choice(ANYTHING_ELSE)
        elif rude and number == len(agent_spans) // 2:
            text = rng.choice(PROHIBITED)
        else:
            text = rng.choice(AGENT_MIDDLE)
        out["agent"].append([int(start * 1000), int(end * 1000), text])
    for number, (start, end) in enumerate(customer_spans):
        text = rng.choice(CUSTOMER_END) if number == len(customer_spans) - 1 else (
            CUSTOMER_LINES[0] if number == 0 else rng.choice(CUSTOMER_LINES[1:]))
        out["customer"].append([int(start * 1000), int(end * 1000), text])
    return out


def add_demo_transcripts(database: Database, recordings: list[tuple[int, float]], hashes: list[str]) -> int:
    """Give the demo's recorded calls their transcripts; ``recordings`` are (seed, duration) per hash."""
    from sqlalchemy import select

    from qa_desktop.core.db.models import Agent, Call

    def work(session):
        count = 0
        rows = session.execute(select(Call.id, Call.content_hash, Agent.agent_code)
                               .outerjoin(Agent, Agent.id == Call.agent_id)
                               .where(Call.content_hash.in_(hashes))).all() if hashes else []
        for call_id, content_hash, agent_code in rows:
            seed, duration = recordings[hashes.index(content_hash)]
            for side, lines in demo_lines(seed, duration, agent_code or "1001").items():
                store_side(session, call_id, side, lines, "demo")
            count += 1
        return count

    return database.write(work)
