"""Reading the transcripts call platforms export (Qt-free): Alibaba Cloud JSON (and Tencent Cloud's),
SRT, WebVTT, CSV.

Every reader turns one file into :class:`TranscriptFile`: lines with a side ("agent",
"customer" or None when the file does not say), start and end in milliseconds, and text.
Which call a file belongs to is decided later (:mod:`.importer`), from the file name, a
column of the CSV or a manifest.

Files come from Chinese platforms in UTF-8 (with or without BOM) or GBK; GB18030, GBK's
strict superset, reads both GBK and the rare characters GBK lacks.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from qa_desktop.core.errors import QADesktopError

SIDES = ("agent", "customer")
EXTENSIONS = (".json", ".srt", ".vtt", ".csv", ".txt")


class TranscriptUnreadable(QADesktopError):
    code = "transcript_unreadable"


@dataclass
class Line:
    start_ms: int
    end_ms: int
    text: str
    side: str | None = None      # None: the file does not say (one file per side names it instead)
    call_key: str | None = None  # CSV only: the call this line belongs to
    channel: int | None = None   # Alibaba only: the recognised track, mapped to a side by the importer


@dataclass
class TranscriptFile:
    path: Path
    kind: str                    # alibaba_json | srt | vtt | csv
    encoding: str
    lines: list[Line] = field(default_factory=list)


# ---------------------------------------------------------------- decoding

def decode_text(data: bytes) -> tuple[str, str]:
    """The text of a file in UTF-8 (BOM or not), UTF-16 with BOM, or GBK/GB18030; (text, encoding)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding), "utf-8" if encoding == "utf-8" else "gbk"
        except UnicodeDecodeError:
            continue
    raise TranscriptUnreadable("the file is neither UTF-8 nor GBK text", why="not_text")


# ---------------------------------------------------------------- side labels

_AGENT_WORDS = {"agent", "staff", "seat", "operator", "csr", "坐席", "座席", "客服", "话务员", "話務員", "客服专员",
                "客服專員", "a", "left", "l", "ch0", "channel0", "spk0", "speaker0", "0"}
_CUSTOMER_WORDS = {"customer", "client", "caller", "user", "客户", "客戶", "用户", "用戶", "来电人", "來電人",
                   "b", "right", "r", "ch1", "channel1", "spk1", "speaker1", "1"}
# spoken-word labels at the start of a cue: "坐席:", "客户：", "Agent:", "[客服]"
_LABEL_RE = re.compile(r"^\s*[\[【(（]?\s*([A-Za-z]+\s?\d?|[\u4e00-\u9fff]{2,4})\s*[\]】)）]?\s*[:：]\s*")
_BRACKET_LABEL_RE = re.compile(r"^\s*[\[【]\s*([A-Za-z]+\s?\d?|[\u4e00-\u9fff]{2,4})\s*[\]】]\s*")
_VOICE_RE = re.compile(r"^\s*<v(?:\.[^ >]*)?\s+([^>]+)>")


def side_of_word(word: str | None) -> str | None:
    """"agent" / "customer" for a label people and platforms use for a side, else None."""
    if word is None:
        return None
    key = re.sub(r"[\s_\-]+", "", str(word).strip().lower())
    if key in _AGENT_WORDS:
        return "agent"
    if key in _CUSTOMER_WORDS:
        return "customer"
    return None


def split_speaker_label(text: str) -> tuple[str | None, str]:
    """A cue's side from a leading speaker label ("坐席:", "<v Customer>", "[客户]"), and the text without it."""
    for pattern in (_VOICE_RE, _LABEL_RE, _BRACKET_LABEL_RE):
        match = pattern.match(text)
        if match:
            side = side_of_word(match.group(1))
            if side is not None:
                rest = text[match.end():]
                if pattern is _VOICE_RE:
                    rest = rest.replace("</v>", "")
                return side, rest.strip()
    return None, text


# ---------------------------------------------------------------- Alibaba Cloud file transcription

def _read_alibaba(path: Path, text: str, encoding: str) -> TranscriptFile:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise TranscriptUnreadable(f"not valid JSON (line {error.lineno}: {error.msg})", why="not_json",
                                   line=error.lineno) from None
    result = data.get("Result", data) if isinstance(data, dict) else None
    if isinstance(result, str):  # some SDKs hand the Result over as a JSON string
        try:
            result = json.loads(result)
        except json.JSONDecodeError:
            result = None
    sentences = result.get("Sentences") if isinstance(result, dict) else None
    if not isinstance(sentences, list):
        tencent = _tencent_sentences(data)
        if tencent is not None:
            return _read_tencent(path, encoding, tencent)
        status = data.get("StatusText") if isinstance(data, dict) else None
        raise TranscriptUnreadable("no Result.Sentences in this JSON" + (f" (task status {status})" if status else ""),
                                   why="no_sentences", status=status or "")
    lines = []
    for number, sentence in enumerate(sentences, 1):
        if not isinstance(sentence, dict):
            raise TranscriptUnreadable(f"sentence {number} is not an object", why="bad_sentence", number=number)
        try:
            start, end = int(sentence["BeginTime"]), int(sentence["EndTime"])
        except (KeyError, TypeError, ValueError):
            raise TranscriptUnreadable(f"sentence {number} has no BeginTime/EndTime in ms", why="bad_sentence",
                                       number=number) from None
        content = str(sentence.get("Text") or "").strip()
        if not content:
            continue
        channel = sentence.get("ChannelId")
        lines.append(Line(start, max(start, end), content,
                          channel=int(channel) if isinstance(channel, (int, str)) and str(channel).isdigit() else None))
    return TranscriptFile(path, "alibaba_json", encoding, lines)


def _tencent_sentences(data) -> list | None:
    """Tencent Cloud recording recognition: ``ResultDetail`` / ``SentenceDetail`` sentences, wherever the
    response nests them (``Response.Data``, ``Data``, or the list itself)."""
    for holder in (data, (data or {}).get("Data") if isinstance(data, dict) else None,
                   ((data or {}).get("Response") or {}).get("Data") if isinstance(data, dict) else None):
        if isinstance(holder, dict):
            for key in ("ResultDetail", "SentenceDetail"):
                if isinstance(holder.get(key), list):
                    return holder[key]
    return None


def _read_tencent(path: Path, encoding: str, sentences: list) -> TranscriptFile:
    lines = []
    for number, sentence in enumerate(sentences, 1):
        try:
            start, end = int(sentence["StartMs"]), int(sentence["EndMs"])
        except (KeyError, TypeError, ValueError):
            raise TranscriptUnreadable(f"sentence {number} has no StartMs/EndMs", why="bad_sentence",
                                       number=number) from None
        content = str(sentence.get("FinalSentence") or sentence.get("SliceSentence") or "").strip()
        speaker = sentence.get("SpeakerId")
        if content:
            lines.append(Line(start, max(start, end), content,
                              channel=int(speaker) if isinstance(speaker, int) and speaker >= 0 else None))
    return TranscriptFile(path, "tencent_json", encoding, lines)


# ---------------------------------------------------------------- SRT and WebVTT

_CUE_TIME_RE = re.compile(
    r"(?P<s>(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*(?P<e>(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})")


def _clock_ms(value: str) -> int:
    value = value.replace(",", ".")
    parts = value.split(":")
    seconds = float(parts[-1])
    minutes = int(parts[-2]) if len(parts) >= 2 else 0
    hours = int(parts[-3]) if len(parts) >= 3 else 0
    return round((hours * 3600 + minutes * 60 + seconds) * 1000)


def _read_cues(path: Path, text: str, encoding: str, kind: str) -> TranscriptFile:
    lines: list[Line] = []
    blocks = re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n").strip())
    for block in blocks:
        rows = block.split("\n")
        index = next((n for n, row in enumerate(rows) if "-->" in row), None)
        if index is None:
            continue  # WEBVTT header, NOTE, STYLE or a stray number
        match = _CUE_TIME_RE.search(rows[index])
        if match is None:
            raise TranscriptUnreadable(f"cue time not understood: {rows[index].strip()!r}", why="bad_cue_time",
                                       text=rows[index].strip())
        start, end = _clock_ms(match["s"]), _clock_ms(match["e"])
        content = " ".join(r.strip() for r in rows[index + 1:] if r.strip())
        side, content = split_speaker_label(content)
        content = re.sub(r"</?[^>]+>", "", content).strip()  # <i>, <c.x>, </v> styling
        if content:
            lines.append(Line(start, max(start, end), content, side=side))
    if not lines and not (kind == "vtt" and text.lstrip("\ufeff").startswith("WEBVTT")):
        raise TranscriptUnreadable("no subtitle cues (start --> end) in this file", why="no_cues")
    return TranscriptFile(path, kind, encoding, lines)


# ---------------------------------------------------------------- CSV

_CSV_COLUMNS = {
    "call": ("callid", "call", "id", "通话id", "呼叫id", "流水号", "通话编号", "录音编号", "录音id", "通話id",
             "流水號", "通話編號", "錄音編號", "file", "filename", "文件名", "录音文件", "錄音文件"),
    "side": ("side", "speaker", "role", "channel", "channelid", "角色", "说话人", "說話人", "声道", "聲道", "发言人",
             "發言人"),
    "start": ("start", "starttime", "begin", "begintime", "start_s", "starts", "startms", "开始", "开始时间",
              "起始时间", "開始", "開始時間", "起始時間"),
    "end": ("end", "endtime", "stop", "end_s", "ends", "endms", "结束", "结束时间", "結束", "結束時間"),
    "text": ("text", "content", "transcript", "sentence", "文本", "内容", "转写文本", "识别文本", "識別文本", "內容",
             "轉寫文本", "文字"),
}
_CSV_ALIAS = {alias: name for name, aliases in _CSV_COLUMNS.items() for alias in aliases}


def _csv_key(name: str) -> str:
    return re.sub(r"[\s_\-.()（）/:：#]+", "", str(name or "").strip().lstrip("\ufeff").lower())


def _csv_time_ms(value: str, header: str) -> int:
    value = str(value).strip()
    if ":" in value:
        return _clock_ms(value if re.search(r"[.,]\d+$", value) else value + ".0")
    number = float(value)
    in_ms = "ms" in header.lower() or "毫秒" in header
    return round(number if in_ms else number * 1000)


def _read_csv(path: Path, text: str, encoding: str) -> TranscriptFile:
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(text), dialect))
    if not rows:
        raise TranscriptUnreadable("the CSV is empty", why="empty")
    header = rows[0]
    columns: dict[str, int] = {}
    for index, name in enumerate(header):
        key = _csv_key(name)
        field_name = _CSV_ALIAS.get(key) or _CSV_ALIAS.get(key.replace("ms", "")) or _CSV_ALIAS.get(
            re.sub(r"[(（].*", "", str(name)).strip().lower())
        if field_name and field_name not in columns:
            columns[field_name] = index
    missing = [name for name in ("call", "side", "start", "end", "text") if name not in columns]
    if missing:
        raise TranscriptUnreadable("the CSV lacks the column(s) " + ", ".join(missing)
                                   + " (call id, side, start, end, text)", why="csv_columns",
                                   columns=", ".join(missing))
    lines = []
    for number, row in enumerate(rows[1:], 2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) < len(header):
            row = row + [""] * (len(header) - len(row))
        side = side_of_word(row[columns["side"]])
        if side is None:
            raise TranscriptUnreadable(f"line {number}: side {row[columns['side']]!r} is neither agent nor customer",
                                       why="csv_side", line=number, value=row[columns["side"]])
        try:
            start = _csv_time_ms(row[columns["start"]], header[columns["start"]])
            end = _csv_time_ms(row[columns["end"]], header[columns["end"]])
        except ValueError:
            raise TranscriptUnreadable(f"line {number}: start/end time not understood", why="csv_time",
                                       line=number) from None
        content = row[columns["text"]].strip()
        key = row[columns["call"]].strip()
        if not key:
            raise TranscriptUnreadable(f"line {number}: no call id", why="csv_no_call", line=number)
        if content:
            lines.append(Line(start, max(start, end), content, side=side, call_key=key))
    return TranscriptFile(path, "csv", encoding, lines)


# ---------------------------------------------------------------- entry point

def read_transcript_file(path: str | Path) -> TranscriptFile:
    """Read one transcript export; raises :class:`TranscriptUnreadable` saying why not."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise TranscriptUnreadable(f"cannot be read ({error.strerror or error})", why="cannot_read",
                                   detail=str(error.strerror or error)) from None
    if not data.strip():
        raise TranscriptUnreadable("the file is empty", why="empty")
    text, encoding = decode_text(data)
    text = text.lstrip("\ufeff")
    suffix = path.suffix.lower()
    head = text.lstrip()[:200]
    if suffix == ".json" or head.startswith("{"):
        return _read_alibaba(path, text, encoding)
    if suffix == ".vtt" or head.startswith("WEBVTT"):
        return _read_cues(path, text, encoding, "vtt")
    if suffix == ".srt" or "-->" in text[:2000]:
        return _read_cues(path, text, encoding, "srt")
    if suffix == ".csv":
        return _read_csv(path, text, encoding)
    raise TranscriptUnreadable("not a transcript format QA Desktop reads (Alibaba JSON, SRT, WebVTT, CSV)",
                               why="unknown_format")
