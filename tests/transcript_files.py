"""Transcript exports shaped like the call platforms' own, for the transcript and check tests."""
from __future__ import annotations

import json
from pathlib import Path

# A complaint call as Alibaba Cloud's recorded-file recognition (nls-filetrans) returns it:
# the whole GetTaskResult response, two channels, ASR errors (公号 for 工号), dropped particles.
ALIBABA_SENTENCES = [
    (0, 600, 4200, "您好,很高兴为您服务,公号1023", 5),
    (1, 4500, 9800, "喂你好我想问一下我的宽带怎么又断了", 4),
    (0, 10100, 15600, "好的先生请您提供一下您的手机号码", 6),
    (1, 16000, 19500, "一三八零零一三八零零零", 5),
    (0, 20000, 22400, "对不起请稍等", 6),
    (0, 41000, 45800, "对不起让您久等了,查到您那边线路在检修", 6),
    (1, 46200, 51000, "你们这个怎么老是这样,我都打了三次了", 2),
    (0, 51500, 56500, "这个我也没办法,不归我们管", 3),
    (0, 57000, 60500, "请问您还有其他问题吗", 6),
    (1, 61000, 62500, "没有了", 5),
    (0, 63000, 66000, "不客气欢迎再次来电", 6),
]


def alibaba_json(path: Path, sentences=ALIBABA_SENTENCES) -> Path:
    result = {
        "TaskId": "d429dd7dd75711e89305ab6170fe8fd8",
        "RequestId": "9A8B7C6D-5E4F-3A2B-1C0D-0E9F8A7B6C5D",
        "StatusCode": 21050000,
        "StatusText": "SUCCESS",
        "BizDuration": 67000,
        "SolveTime": 1543478530123,
        "Result": {"Sentences": [
            {"EndTime": end, "SilenceDuration": 0, "BeginTime": begin, "Text": text, "ChannelId": channel,
             "SpeechRate": 220, "EmotionValue": emotion}
            for channel, begin, end, text, emotion in sentences]},
    }
    path.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


AGENT_SRT = """1
00:00:00,500 --> 00:00:03,900
您好,公号2046为您服务

2
00:00:08,200 --> 00:00:11,000
好的,我帮您查询一下,对不起请烧等

3
00:00:25,300 --> 00:00:28,800
让您久等了,您的订单已经发货

4
00:00:33,000 --> 00:00:35,500
请问还有什么问题吗
"""

CUSTOMER_SRT = """1
00:00:04,200 --> 00:00:07,900
你好,我的快递三天了还没到

2
00:00:29,100 --> 00:00:31,000
哦好的,谢谢

3
00:00:36,000 --> 00:00:37,200
没有了,再见
"""


def gbk_srt_pair(folder: Path, call_key: str) -> tuple[Path, Path]:
    """One SRT per side in GBK, named CALLID_坐席.srt / CALLID_客户.srt as a Chinese platform names them."""
    agent = folder / f"{call_key}_坐席.srt"
    customer = folder / f"{call_key}_客户.srt"
    agent.write_bytes(AGENT_SRT.replace("\n", "\r\n").encode("gbk"))
    customer.write_bytes(CUSTOMER_SRT.replace("\n", "\r\n").encode("gbk"))
    return agent, customer


SPEAKER_VTT = """WEBVTT

00:00.400 --> 00:03.000
<v 坐席>您好,工号3301为您服务</v>

00:03.500 --> 00:06.000
<v 客户>我要投诉,你们态度太差了

00:06.500 --> 00:09.000
<v 坐席>你听不懂吗,我不是说了吗
"""

TRANSCRIPT_CSV = (
    "通话ID,角色,开始时间,结束时间,文本\n"
    "{a},坐席,0.5,3.2,您好工号1188为您服务\n"
    "{a},客户,3.6,7.0,我想改一下预订的日期\n"
    "{a},坐席,7.4,9.9,好的请稍等\n"
    "{b},坐席,0.4,3.0,您好很高兴为您服务\n"
    "{b},客户,3.3,6.1,我的账单有问题\n"
)
