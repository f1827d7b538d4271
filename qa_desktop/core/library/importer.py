"""Registering recordings as calls: a folder tree or single files, with a manifest or a name pattern.

Rules the evaluators rely on:
- recordings are referenced where they are (on the share); ``copy_to`` copies them first;
- a recording is identified by its content hash (see :mod:`qa_desktop.core.audio.fingerprint`),
  so importing the same tree again adds nothing, and a moved or renamed file only has its path
  updated;
- nothing is decoded: format, duration, channels and rate come from the file headers (ffmpeg is
  asked only for formats without usable headers, and only when the manifest gives no duration);
- every file or manifest row that cannot be used becomes one line of the report with its reason,
  and the rest of the import goes on; each call is written whole or not at all, in batches;
- cancelling keeps what was registered so far; the report says the run was cancelled.

The report is stored in ``ImportRun.report`` and returned as :class:`ImportReport`.
"""
from __future__ import annotations

import datetime as dt
import functools
import itertools
import os
import shutil
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.exc import IntegrityError

from qa_desktop.core.audio.errors import AudioError
from qa_desktop.core.audio.fingerprint import content_hash, plain_sha256
from qa_desktop.core.audio.probe import AudioInfo, probe
from qa_desktop.core.db import Database, audit
from qa_desktop.core.db.models import Agent, Call, Direction, utcnow
from qa_desktop.core.errors import Cancelled, QADesktopError
from qa_desktop.core.leftovers import write_atomically
from qa_desktop.core.library import import_runs, phone
from qa_desktop.core.library.filename_pattern import FilenamePattern
from qa_desktop.core.library.import_report import (
    DUPLICATE,
    FAILED,
    IMPORTED,
    MOVED,
    SKIPPED,
    ImportReport,
    ReportLine,
)
from qa_desktop.core.library.manifest import parse_datetime, parse_direction, parse_duration, read_manifest
from qa_desktop.core.library.scan import ImportItem, absolute, is_within, plan_import, printable_path
from qa_desktop.core.progress import ProgressSink
from qa_desktop.core.reports.privacy import mask_customer_numbers
from qa_desktop.core.roster.call_lists import place_from_call_list

BATCH_SIZE = 2000  # calls per transaction: few commits (each is an fsync), short enough a lock
# Files are opened, probed and hashed by a few threads: on a network share each open is a
# round trip, and hashing releases the GIL, so reading overlaps with the database work.
READ_THREADS = 6

__all__ = ["import_recordings", "ImportReport", "ReportLine", "ImportSourceMissing",
           "IMPORTED", "MOVED", "DUPLICATE", "SKIPPED", "FAILED"]


class ImportSourceMissing(QADesktopError):
    code = "import_source_missing"


@dataclass
class _Pending:
    """A call ready to be written, or a moved call whose path is to be updated."""
    line: ReportLine
    row: dict | None = None
    agent: tuple[str, str] | None = None  # (code, name) to find or create
    placement: tuple[str | None, object] | None = None  # (班组, 入职日期) from the call list
    moved_call_id: int | None = None
    copied_to: Path | None = None
    rehash: tuple[int, str] | None = None  # (call id, content hash) for a call hashed the old way


# ---------------------------------------------------------------- reading one file

def _call_values(item: ImportItem, pattern: FilenamePattern | None) -> dict:
    values: dict = {}
    if pattern is not None:
        parsed = pattern.parse(item.path.stem)
        if parsed is None and not item.values:
            raise _RowProblem("pattern_mismatch",
                              f"{item.path.name} does not match the file-name pattern {pattern.text}.")
        values.update(parsed or {})
    values.update({k: v for k, v in item.values.items() if k != "file"})
    return values


class _RowProblem(Exception):
    def __init__(self, code: str, reason: str):
        super().__init__(reason)
        self.code, self.reason = code, reason


def _to_utc(local: dt.datetime | None) -> dt.datetime | None:
    # Manifests and file names carry the call centre's local time; the database stores naive UTC.
    if local is None:
        return None
    if local.tzinfo is not None:
        return local.astimezone(dt.UTC).replace(tzinfo=None)
    return local - _local_offset(local.replace(minute=0, second=0, microsecond=0))


@functools.lru_cache(maxsize=4096)
def _local_offset(hour: dt.datetime) -> dt.timedelta:
    # The local zone's offset barely changes (DST at most twice a year): look it up once per hour.
    return hour.astimezone().utcoffset() or dt.timedelta()


def _build_row(item: ImportItem, values: dict, info, digest: str, key: bytes,
               stored_path: str) -> tuple[dict, tuple | None]:
    try:
        started = parse_datetime(values.get("started_at"))
    except ValueError as error:
        raise _RowProblem("bad_value", f"{item.path.name}: {error}.") from None
    direction = parse_direction(values.get("direction"))
    customer = values.get("customer_number")
    if customer in (None, ""):
        customer = values.get("callee") if direction == "outbound" else values.get("caller")
    digits = phone.normalise_number(customer) if customer not in (None, "") else ""
    duration = info.duration_s
    if duration is None:
        try:
            duration = parse_duration(values.get("duration"))
        except ValueError:
            duration = None
    agent_code = str(values.get("agent_code", "")).strip() or None
    row = {
        "external_id": (str(values["external_id"]).strip() or None) if values.get("external_id") else None,
        "recording_path": stored_path,
        "content_hash": digest,
        "file_size": info.file_size,
        "codec": info.codec if info.codec != "unknown" else None,
        "duration_s": round(duration, 3) if duration is not None else None,
        "channels": info.channels,
        "sample_rate": info.sample_rate,
        "started_at": _to_utc(started),
        "direction": Direction(direction) if direction else None,
        # Free-text columns: a customer's number typed into them is masked like the number column.
        "call_type": _masked(str(values["call_type"]))[:60] if values.get("call_type") else None,
        "queue": _masked(str(values["queue"]))[:60] if values.get("queue") else None,
        "customer_number_masked": phone.mask_number(digits) if digits else None,
        "customer_number_hash": phone.hash_number(digits, key) if digits else None,
    }
    agent = (agent_code[:64], str(values.get("agent_name", "") or "")[:120]) if agent_code else None
    return row, agent


def _masked(text: str) -> str:
    return mask_customer_numbers(text) or ""  # None only for None in


def _placement(values: dict) -> tuple[str | None, object] | None:
    team = str(values.get("team", "") or "").strip()[:120] or None
    hired = values.get("hire_date")
    return (team, hired) if team or hired else None


def _copy_into(source: Path, root: Path | None, destination_dir: Path) -> Path:
    relative = source.relative_to(root) if root is not None and is_within(source, root) else Path(source.name)
    target = destination_dir / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    stem, suffix, counter = target.stem, target.suffix, 1
    while target.exists():
        if target.stat().st_size == source.stat().st_size and content_hash(target) == content_hash(source):
            return target  # an earlier, interrupted run already copied it
        target = target.with_name(f"{stem} ({counter}){suffix}")
        counter += 1
    # Copied under a hidden temporary name (never imported: hidden files are skipped) and renamed; a
    # killed import's temporary copy is removed by the next copy into that folder.
    return write_atomically(target, lambda temporary: shutil.copy2(source, temporary), prefix=".qa-copy-")


# ---------------------------------------------------------------- writing

def _write_batch(database: Database, run_id: int, batch: list[_Pending], report: ImportReport) -> None:
    """Write a batch in one transaction; if another import got there first, fall back row by row."""
    login = database.user_login
    try:
        report.agents_created += database.write(lambda session: _apply(session, login, run_id, batch))
        return
    except IntegrityError:
        pass
    for pending in batch:
        try:
            report.agents_created += database.write(
                functools.partial(_apply, login=login, run_id=run_id, batch=[pending]))
        except IntegrityError:
            pending.line.status, pending.line.code = FAILED, "conflict"
            pending.line.reason = (f"{Path(pending.line.path).name}: its recording or call ID was registered by "
                                   "another import at the same time.")
            pending.line.call_id = None
            if pending.copied_to is not None:
                pending.copied_to.unlink(missing_ok=True)


def _apply(session, login: str, run_id: int, batch: list[_Pending]) -> list[str]:
    """Insert the batch's calls (creating unknown agents) and update moved ones; re-runnable.

    Plain multi-row INSERTs (no RETURNING, no ORM unit of work): thousands of rows a second on
    SQLite and PostgreSQL alike; ids are read back by content hash in one query.
    """
    codes = {p.agent[0]: p.agent[1] for p in batch if p.agent}
    agent_ids: dict[str, int] = {}
    created: list[str] = []
    if codes:
        agent_ids = dict(session.execute(select(Agent.agent_code, Agent.id).where(Agent.agent_code.in_(codes))).all())
        # in_roster false: the HR roster has not named them; the QA lead places them (Roster page)
        new_codes = [code for code in codes if code not in agent_ids]
        if new_codes:
            missing = [{"agent_code": code, "name": codes[code] or "", "active": True, "row_version": 1,
                        "in_roster": False} for code in new_codes]
            # Core executemany: no ORM overhead (a mapped class's __table__ is a Table, typed as a FromClause)
            session.connection().execute(insert(cast(Table, Agent.__table__)), missing)
            new_ids = dict(session.execute(
                select(Agent.agent_code, Agent.id).where(Agent.agent_code.in_(new_codes))).all())
            agent_ids.update(new_ids)
            created = new_codes
            for code in new_codes:
                audit.record(session, login, "create", "agent", new_ids[code], agent_code=code, source="import")
        placements = {p.agent[0]: p.placement for p in batch if p.agent and p.placement}
        if placements:
            place_from_call_list(session, login, placements)
    new_rows = [(p, p.row) for p in batch if p.row is not None]
    if new_rows:
        now = utcnow()
        payload = []
        for pending, fields in new_rows:
            row = dict(fields, import_run_id=run_id, imported_at=now, recording_missing=False, row_version=1,
                       agent_id=agent_ids.get(pending.agent[0]) if pending.agent else None)
            payload.append(row)
        session.connection().execute(insert(cast(Table, Call.__table__)), payload)
        ids = dict(session.execute(select(Call.content_hash, Call.id).where(
            Call.content_hash.in_([row["content_hash"] for row in payload]))).all())
        for pending, fields in new_rows:
            pending.line.call_id = ids.get(fields["content_hash"])
    for pending in batch:
        if pending.rehash is not None:
            call_id, digest = pending.rehash
            session.execute(update(Call).where(Call.id == call_id).values(
                content_hash=digest, row_version=Call.row_version + 1))
        if pending.moved_call_id is not None:
            session.execute(update(Call).where(Call.id == pending.moved_call_id).values(
                recording_path=pending.line.path, recording_missing=False, row_version=Call.row_version + 1))
            audit.record(session, login, "relink", "call", pending.moved_call_id,
                         path=pending.line.path, source="import")
    return created


# ---------------------------------------------------------------- the import

def import_recordings(database: Database, sources, *, manifest: str | os.PathLike | None = None,
                      pattern: str | None = None, copy_to: str | os.PathLike | None = None,
                      progress: ProgressSink | None = None, batch_size: int = BATCH_SIZE) -> ImportReport:
    """Register the recordings under ``sources`` (folders and/or files) as calls; see the module doc."""
    started = time.perf_counter()
    sources = [absolute(Path(s)) for s in ([sources] if isinstance(sources, (str, os.PathLike)) else sources)]
    for source in sources:
        if not source.exists():
            raise ImportSourceMissing(f"{source}: no such file or folder (is the network drive connected?).",
                                      path=str(source))
    compiled = FilenamePattern.compile(pattern) if pattern else None
    parsed_manifest = read_manifest(manifest) if manifest else None
    copy_dir = absolute(Path(copy_to)) if copy_to else None
    root = sources[0] if sources[0].is_dir() else sources[0].parent
    report = ImportReport(source=", ".join(printable_path(str(s)) for s in sources),
                          manifest=str(manifest) if manifest else None, pattern=pattern)

    key = _number_key(database)
    run_id = _start_run(database, report)
    batch: list[_Pending] = []
    last_beat = time.monotonic()
    try:
        with database.read() as session:
            by_hash = {h: (i, p) for i, h, p in session.execute(
                select(Call.id, Call.content_hash, Call.recording_path).where(Call.content_hash.is_not(None)))}
            by_path = {p: (i, h) for i, h, p in session.execute(
                select(Call.id, Call.content_hash, Call.recording_path))}
            by_external = dict(session.execute(
                select(Call.external_id, Call.id).where(Call.external_id.is_not(None))).all())
        items = plan_import(sources, parsed_manifest, report)
        total = len(items)
        pool = ThreadPoolExecutor(max_workers=READ_THREADS, thread_name_prefix="import-read")
        try:
            # Files go to the threads in small groups: one task per file costs more than reading its header.
            groups = [[item.path for item in items[i:i + 32]] for i in range(0, len(items), 32)]
            read = itertools.chain.from_iterable(pool.map(_read_files, groups))
            for index, (item, facts) in enumerate(zip(items, read)):
                if progress is not None and index % 50 == 0:
                    progress.report(index, total, item.path.name)
                pending = _prepare(item, facts, compiled, key, by_hash, by_path, by_external, copy_dir, root,
                                   report)
                if pending is not None:
                    batch.append(pending)
                if len(batch) >= batch_size:
                    _write_batch(database, run_id, batch, report)
                    batch = []
                if time.monotonic() - last_beat > import_runs.HEARTBEAT_EVERY_S:
                    import_runs.heartbeat(database, run_id)  # others can tell a live import from a killed one
                    last_beat = time.monotonic()
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        if batch:
            _write_batch(database, run_id, batch, report)
            batch = []
        if progress is not None:
            progress.report(total, total, "")
    except Cancelled:
        if batch:  # prepared calls are complete: keep them, so the report matches the database
            _write_batch(database, run_id, batch, report)
        report.cancelled = True
    except BaseException as error:
        # The report must not claim files that never reached the database (e.g. the share or the
        # database went away): they are listed as not registered, and the error goes on up.
        for pending in batch:
            pending.line.status, pending.line.code, pending.line.call_id = FAILED, "interrupted", None
            pending.line.reason = f"{Path(pending.line.path).name}: not registered, the import stopped ({error})."
            if pending.copied_to is not None:
                pending.copied_to.unlink(missing_ok=True)
        raise
    finally:
        report.elapsed_s = time.perf_counter() - started
        _finish_run(database, run_id, report)
    return report


def _read_file(path: Path) -> tuple[AudioInfo | None, str | None, Exception | None]:
    """Header facts and content hash of one file, in a worker thread; errors are returned, not raised."""
    try:
        info, digest = probe(path, use_ffmpeg=False, with_hash=True)
        return info, digest, None
    except (AudioError, OSError) as error:
        return None, None, error


def _read_files(paths: list[Path]) -> list:
    return [_read_file(path) for path in paths]


def _prepare(item, facts, pattern, key, by_hash, by_path, by_external, copy_dir, root, report) -> _Pending | None:
    path = item.path
    line = ReportLine(str(path), IMPORTED, manifest_line=item.manifest_line)
    report.lines.append(line)
    info, digest, read_error = facts
    if isinstance(read_error, AudioError):
        line.status, line.code, line.reason = FAILED, read_error.code, str(read_error)
        return None
    if read_error is not None:
        line.status, line.code, line.reason = FAILED, "unreadable", f"{path.name}: {read_error.strerror or read_error}."
        return None

    known = by_hash.get(digest)
    if known is not None:
        call_id, old_path = known
        line.call_id = call_id
        if old_path == str(path) or (copy_dir is not None and is_within(Path(old_path), copy_dir)):
            line.status, line.code, line.reason = DUPLICATE, "already_imported", f"Already imported as call {call_id}."
            return None
        if call_id is None:
            line.status, line.code = DUPLICATE, "same_recording"
            line.reason = f"The same recording appears earlier in this import as {old_path}."
            return None
        if os.path.exists(old_path):
            line.status, line.code = DUPLICATE, "same_recording"
            line.reason = f"The same recording is already imported as call {call_id} from {old_path}."
            return None
        line.status, line.code = MOVED, "moved"
        line.reason = f"Call {call_id} was moved or renamed from {old_path}; its path was updated."
        by_hash[digest] = (call_id, str(path))
        by_path[str(path)] = (call_id, digest)
        return _Pending(line, moved_call_id=call_id)
    if str(path) in by_path and copy_dir is None:
        legacy = _registered_with_plain_hash(path, by_path[str(path)], by_hash, digest)
        if legacy is not None:
            line.status, line.code, line.call_id = DUPLICATE, "already_imported", legacy
            line.reason = f"Already imported as call {legacy}."
            return _Pending(line, rehash=(legacy, digest))
        line.status, line.code = FAILED, "path_reused"
        line.reason = (f"{path.name}: a different recording was imported from this path before "
                       f"(call {by_path[str(path)][0]}); it was not replaced.")
        return None
    try:
        values = _call_values(item, pattern)
        if info.duration_s is None and values.get("duration") in (None, ""):
            info = probe(path)  # a format without a duration in its header (AMR, ADTS): ask ffmpeg
        row, agent = _build_row(item, values, info, digest, key, str(path))
    except AudioError as error:
        line.status, line.code, line.reason = FAILED, error.code, str(error)
        return None
    except _RowProblem as problem:
        line.status, line.code, line.reason = FAILED, problem.code, problem.reason
        return None
    if row["external_id"] and row["external_id"] in by_external:
        line.status, line.code = FAILED, "call_id_taken"
        line.reason = (f"{path.name}: call ID {row['external_id']} is already registered for another recording "
                       f"(call {by_external[row['external_id']]}).")
        return None
    copied = None
    if copy_dir is not None:
        try:
            copied = _copy_into(path, root, copy_dir)
        except OSError as error:
            line.status, line.code = FAILED, "copy_failed"
            line.reason = f"{path.name}: could not be copied to {copy_dir} ({error.strerror or error})."
            return None
        row["recording_path"] = str(copied)
        line.path = str(copied)
    by_hash[digest] = (None, row["recording_path"])
    by_path[row["recording_path"]] = (None, digest)
    if row["external_id"]:
        by_external[row["external_id"]] = None
    return _Pending(line, row=row, agent=agent, copied_to=copied, placement=_placement(values))


def _registered_with_plain_hash(path: Path, registered: tuple, by_hash: dict, digest: str) -> int | None:
    """The call at this path when it was registered with a plain whole-file SHA-256 (older data, the
    demo) and the file is unchanged; its hash is then brought to the current scheme."""
    call_id, stored = registered
    if call_id is None or not stored or not is_plain_sha256_of(path, stored):
        return None
    by_hash[digest] = (call_id, str(path))
    return call_id


def is_plain_sha256_of(path: Path, stored: str) -> bool:
    try:
        return plain_sha256(path) == stored
    except OSError:
        return False


def _number_key(database: Database) -> bytes:
    try:
        return database.write(phone.hash_key)
    except IntegrityError:  # another machine created it at the same moment
        return database.write(phone.hash_key)


def _start_run(database: Database, report: ImportReport) -> int:
    import_runs.settle_interrupted_runs(database)
    report.run_id = import_runs.start_run(database, report.source)
    return report.run_id


def _finish_run(database: Database, run_id: int, report: ImportReport) -> None:
    import_runs.finish_run(database, run_id, report.to_dict(), cancelled=report.cancelled, counts=report.counts)
