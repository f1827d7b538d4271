"""``transcripts import``: attaching the platform's transcripts to registered calls (Qt-free).

A file belongs to a call by (in this order) a manifest row naming the file and the call, the
call ID column of a CSV, or its file name: the call's external ID or its recording's name,
optionally followed by the side (``20261201-0001_agent.srt``, ``…_客户.vtt``, ``…_A.json``).
A side comes from the file name, a speaker label in the cue ("坐席:", ``<v 客户>``), the CSV's
side column, or Alibaba's ``ChannelId`` (the agent's channel from the call's analysis, else 0).

Importing the same files again changes nothing; a corrected file replaces that side. Every
file that cannot be used is one line of the report, with a stable code and the reason, and the
rest goes on.
"""
from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath

from sqlalchemy import select
from sqlalchemy.orm import Session

from qa_desktop.core.db import Database, audit
from qa_desktop.core.db.models import Call
from qa_desktop.core.errors import Cancelled, QADesktopError
from qa_desktop.core.progress import ProgressSink
from qa_desktop.core.transcripts.formats import (
    EXTENSIONS,
    TranscriptUnreadable,
    decode_text,
    read_transcript_file,
    side_of_word,
)
from qa_desktop.core.transcripts.store import store_side

BATCH_FILES = 500  # files per transaction: few commits, short enough a lock on a shared file


class TranscriptSourceMissing(QADesktopError):
    code = "transcript_source_missing"


@dataclass
class Problem:
    file: str
    code: str          # unreadable | no_call | no_side | duplicate | manifest
    reason: str        # English; the GUI says it in the user's language from code + params
    params: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"file": self.file, "code": self.code, "reason": self.reason, "params": dict(self.params)}


@dataclass
class TranscriptImportReport:
    source: str
    files: int = 0
    added: int = 0       # sides of calls that had no transcript
    replaced: int = 0    # sides whose lines changed
    unchanged: int = 0   # sides imported again with the same lines
    calls: set = field(default_factory=set)
    problems: list[Problem] = field(default_factory=list)
    cancelled: bool = False

    def to_dict(self) -> dict:
        return {"source": self.source, "files": self.files, "calls": len(self.calls), "added": self.added,
                "replaced": self.replaced, "unchanged": self.unchanged, "cancelled": self.cancelled,
                "problems": [p.to_dict() for p in self.problems]}


class _CallIndex:
    """Call keys people put in file names: the external ID, or the recording's file name without extension."""

    def __init__(self, session: Session):
        self.by_key: dict[str, int] = {}
        self.agent_channel: dict[int, int] = {}
        for call_id, external_id, path in session.execute(select(Call.id, Call.external_id, Call.recording_path)):
            if path:
                stem = PureWindowsPath(path).stem if "\\" in path else Path(path).stem
                self.by_key.setdefault(stem.lower(), call_id)
            if external_id:
                self.by_key[external_id.lower()] = call_id  # the external ID wins over a file name

    def find(self, key: str | None) -> int | None:
        return self.by_key.get(key.strip().lower()) if key else None

    def from_file_name(self, stem: str) -> tuple[int | None, str | None]:
        """(call id, side named in the file name) for a stem like ``CALLID``, ``CALLID_agent`` or ``CALLID-客户``."""
        call_id = self.find(stem)
        if call_id is not None:
            return call_id, None
        match = re.match(r"^(.*?)[\s_\-.]+([^\s_\-.]+)$", stem)
        if match:
            side = side_of_word(match.group(2))
            call_id = self.find(match.group(1))
            if call_id is not None and side is not None:
                return call_id, side
        return None, None


def read_file_manifest(path: Path) -> dict[str, str]:
    """A manifest naming each transcript file's call: file name (without folders) -> call key."""
    text, _ = decode_text(path.read_bytes())
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    if not rows:
        return {}
    header = [re.sub(r"[\s_\-.()（）]+", "", h.lower()) for h in rows[0]]
    file_names = ("file", "filename", "transcript", "transcriptfile", "文件", "文件名", "转写文件", "轉寫文件", "檔名")
    call_names = ("callid", "call", "id", "通话id", "通話id", "录音编号", "錄音編號", "流水号", "流水號", "通话编号")
    file_col = next((n for n, h in enumerate(header) if h in file_names), None)
    call_col = next((n for n, h in enumerate(header) if h in call_names), None)
    if file_col is None or call_col is None:
        raise TranscriptUnreadable("the manifest needs a file name column and a call ID column",
                                   why="manifest_columns")
    mapping = {}
    for row in rows[1:]:
        if len(row) > max(file_col, call_col) and row[file_col].strip():
            mapping[Path(row[file_col].strip().replace("\\", "/")).name.lower()] = row[call_col].strip()
    return mapping


def transcript_files(source: Path, manifest: Path | None = None) -> list[Path]:
    if source.is_file():
        return [source]
    skip = manifest.resolve() if manifest else None
    return sorted(p for p in source.rglob("*") if p.is_file() and p.suffix.lower() in EXTENSIONS
                  and p.suffix.lower() != ".txt" and p.resolve() != skip and not p.name.startswith("."))


def _sides_of_file(parsed, call_id: int | None, file_side: str | None, index: _CallIndex,
                   agent_channel: int) -> dict[tuple[int, str], list[list]]:
    """The lines of one parsed file grouped by (call id, side); raises Problem-worthy ValueErrors."""
    grouped: dict[tuple[int, str], list[list]] = defaultdict(list)
    if parsed.kind == "csv":
        unknown: set[str] = set()
        for line in parsed.lines:
            line_call = index.find(line.call_key)
            if line_call is None:
                unknown.add(line.call_key)
            else:
                grouped[(line_call, line.side)].append([line.start_ms, line.end_ms, line.text])
        if unknown:
            shown = ", ".join(sorted(unknown)[:5])
            raise _Unusable("no_call", "no registered call has the ID(s) " + shown, {"calls": shown})
        return grouped
    if call_id is None:
        raise _Unusable("no_call", "no registered call matches this file name (give the call ID as the file "
                                   "name or in a manifest)")
    channel_of_agent = index.agent_channel.get(call_id, agent_channel)
    for line in parsed.lines:
        side = line.side or file_side
        if line.channel is not None and side is None:
            side = "agent" if line.channel == channel_of_agent else "customer"
        if side is None:
            raise _Unusable("no_side", "the file does not say whose words these are: name it CALLID_agent / "
                                       "CALLID_customer, or label each cue (坐席: / 客户:)")
        grouped[(call_id, side)].append([line.start_ms, line.end_ms, line.text])
    return grouped


class _Unusable(Exception):
    def __init__(self, code: str, reason: str, params: dict | None = None):
        super().__init__(reason)
        self.code, self.reason, self.params = code, reason, params or {}


def import_transcripts(database: Database, source, *, manifest=None, agent_channel: int = 0,
                       progress: ProgressSink | None = None) -> TranscriptImportReport:
    """Import every transcript file under ``source`` (a file or a folder); see the module doc."""
    source = Path(source)
    if not source.exists():
        raise TranscriptSourceMissing(f"{source}: no such file or folder")
    manifest_path = Path(manifest) if manifest else None
    report = TranscriptImportReport(source=str(source))
    names: dict[str, str] = {}
    if manifest_path is not None:
        try:
            names = read_file_manifest(manifest_path)
        except (OSError, TranscriptUnreadable) as error:
            report.problems.append(Problem(str(manifest_path), "manifest", f"manifest unusable: {error}",
                                           {"detail": str(error), **getattr(error, "params", {})}))
            return report
    files = transcript_files(source, manifest_path)
    report.files = len(files)
    with database.read() as session:
        index = _CallIndex(session)
        for call_id, analysis in session.execute(select(Call.id, Call.analysis).where(Call.analysis.is_not(None))):
            if isinstance(analysis, dict) and isinstance(analysis.get("agent_channel"), int):
                index.agent_channel[call_id] = analysis["agent_channel"]
    claimed: dict[tuple[int, str], str] = {}
    pending: list[tuple[str, dict]] = []

    def flush():
        if not pending:
            return

        def work(session):
            outcomes = []
            for name, grouped in pending:
                for (call_id, side), lines in grouped.items():
                    outcomes.append((call_id, store_side(session, call_id, side, lines, name)))
            audit.record(session, database.user_login, "import", "transcripts", None, files=len(pending),
                         sides=len(outcomes))
            return outcomes

        for call_id, outcome in database.write(work):
            report.calls.add(call_id)
            setattr(report, outcome, getattr(report, outcome) + 1)
        pending.clear()

    for number, path in enumerate(files):
        if progress is not None:
            try:
                progress.report(number, len(files), path.name)
            except Cancelled:
                report.cancelled = True
                break
        shown = str(path)
        try:
            parsed = read_transcript_file(path)
            key = names.get(path.name.lower())
            if key is not None:
                call_id, file_side = index.find(key), side_of_word(re.split(r"[\s_\-.]+", path.stem)[-1])
                if call_id is None:
                    raise _Unusable("no_call", f"the manifest names call {key}, which is not registered",
                                    {"calls": key})
            else:
                call_id, file_side = index.from_file_name(path.stem)
            grouped = _sides_of_file(parsed, call_id, file_side, index, agent_channel)
            for key_side in grouped:
                if key_side in claimed:
                    raise _Unusable("duplicate", f"the same call and side is also in {claimed[key_side]}",
                                    {"other": claimed[key_side]})
        except TranscriptUnreadable as error:
            report.problems.append(Problem(shown, "unreadable", str(error), {"detail": str(error), **error.params}))
            continue
        except _Unusable as error:
            report.problems.append(Problem(shown, error.code, error.reason, error.params))
            continue
        for key_side in grouped:
            claimed[key_side] = path.name
        pending.append((path.name, grouped))
        if len(pending) >= BATCH_FILES:
            flush()
    flush()
    if progress is not None and not report.cancelled:
        progress.report(len(files), len(files), "")
    return report
