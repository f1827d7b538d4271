"""What an evaluator sees about the call they opened, and whether its recording can be played.

Qt-free. :func:`load_call` gathers the metadata, the analysis figures and the agent's previous
evaluations in one short read. :func:`check_recording` says why a recording cannot be played
(moved share, unreadable, still being copied) without decoding it; :func:`relink_recording`
points a call at the file's new place once its content is proven to be the same recording.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from qa_desktop.core.audio.fingerprint import recording_matches
from qa_desktop.core.db import Database, audit
from qa_desktop.core.db.models import Agent, Call, Evaluation, EvaluationKind, EvaluationStatus, Team, User
from qa_desktop.core.errors import QADesktopError

log = logging.getLogger(__name__)

# A file modified this recently, or smaller than when it was imported, is probably still being copied.
STILL_COPYING_SECONDS = 5.0
PREVIOUS_EVALUATIONS = 10


class RecordingProblem(QADesktopError):
    """Why a recording cannot be played; ``code`` is one of the RECORDING_* values below."""


RECORDING_OK = "ok"
RECORDING_MISSING = "recording_missing"
RECORDING_UNREADABLE = "recording_unreadable"
RECORDING_COPYING = "recording_copying"
RECORDING_DIFFERENT = "recording_different"


class RelinkRefused(QADesktopError):
    code = RECORDING_DIFFERENT


@dataclass(frozen=True)
class PreviousEvaluation:
    evaluation_id: int
    call_id: int
    call_started_at: dt.datetime | None
    submitted_at: dt.datetime | None
    evaluator: str
    score: Decimal | None
    grade: str
    critical_failed: bool
    fatal_failed: bool


@dataclass(frozen=True)
class CallInfo:
    id: int
    external_id: str
    recording_path: str
    content_hash: str | None
    file_size: int | None
    codec: str
    duration_s: float | None
    channels: int | None
    sample_rate: int | None
    started_at: dt.datetime | None
    direction: str
    call_type: str
    queue: str
    customer_number: str
    agent_id: int | None
    agent_code: str
    agent_name: str
    team: str
    on_probation: bool
    analysis: dict[str, Any] = field(default_factory=dict)
    recording_missing: bool = False
    row_version: int = 1
    previous: tuple[PreviousEvaluation, ...] = ()


def load_call(database: Database, call_id: int, previous_limit: int = PREVIOUS_EVALUATIONS) -> CallInfo | None:
    with database.read() as session:
        call = session.get(Call, call_id)
        if call is None:
            return None
        agent = session.get(Agent, call.agent_id) if call.agent_id else None
        team = session.get(Team, agent.team_id) if agent and agent.team_id else None
        previous: list[PreviousEvaluation] = []
        if agent is not None:
            query = (select(Evaluation, Call.started_at, User.display_name)
                     .join(Call, Call.id == Evaluation.call_id)
                     .join(User, User.id == Evaluation.evaluator_id)
                     .where(Call.agent_id == agent.id, Evaluation.call_id != call.id,
                            Evaluation.status == EvaluationStatus.SUBMITTED,
                            Evaluation.kind == EvaluationKind.REGULAR)
                     .order_by(Evaluation.submitted_at.desc(), Evaluation.id.desc())
                     .limit(previous_limit))
            for evaluation, started, evaluator in session.execute(query):
                previous.append(PreviousEvaluation(
                    evaluation.id, evaluation.call_id, started, evaluation.submitted_at, evaluator,
                    evaluation.score, evaluation.grade or "", bool(evaluation.critical_failed),
                    bool(evaluation.fatal_failed)))
        today = dt.date.today()
        return CallInfo(
            id=call.id, external_id=call.external_id or "", recording_path=call.recording_path or "",
            content_hash=call.content_hash, file_size=call.file_size, codec=call.codec or "",
            duration_s=call.duration_s, channels=call.channels, sample_rate=call.sample_rate,
            started_at=call.started_at, direction=call.direction.value if call.direction else "",
            call_type=call.call_type or "", queue=call.queue or "",
            customer_number=call.customer_number_masked or "", agent_id=agent.id if agent else None,
            agent_code=agent.agent_code if agent else "", agent_name=agent.name if agent else "",
            team=team.name if team else "", on_probation=bool(agent and agent.on_probation(today)),
            analysis=dict(call.analysis or {}), recording_missing=bool(call.recording_missing),
            row_version=call.row_version, previous=tuple(previous))


def check_recording(path: str, expected_size: int | None = None, *, probe_header: bool = True) -> tuple[str, str]:
    """(status, English detail) for the recording at ``path``; status is one of the RECORDING_* codes.

    Cheap: a stat, the header, no decoding, so it can run while the call opens.
    """
    if not path:
        return RECORDING_MISSING, "The call has no recording path."
    file = Path(path)
    try:
        stat = file.stat()
    except FileNotFoundError:
        folder = file.parent
        where = "its folder is missing too (a disconnected or moved share?)" if not folder.exists() \
            else "the folder exists but the file is not in it"
        return RECORDING_MISSING, f"{file.name} is not at {folder}: {where}."
    except OSError as error:
        return RECORDING_UNREADABLE, f"{file.name} cannot be reached: {error.strerror or error}."
    if file.is_dir():
        return RECORDING_UNREADABLE, f"{file} is a folder, not a recording."
    if not os.access(file, os.R_OK):
        return RECORDING_UNREADABLE, f"{file.name} cannot be read: permission denied."
    if expected_size and stat.st_size < expected_size:
        return RECORDING_COPYING, (f"{file.name} is smaller than when it was imported "
                                   f"({stat.st_size:,} of {expected_size:,} bytes): still being copied?")
    if stat.st_size == 0:
        recent = time.time() - stat.st_mtime < STILL_COPYING_SECONDS
        return (RECORDING_COPYING if recent else RECORDING_UNREADABLE), f"{file.name} is empty."
    if probe_header:
        try:
            from qa_desktop.core.audio.probe import probe

            probe(file, use_ffmpeg=False)
        except QADesktopError as error:
            recent = time.time() - stat.st_mtime < STILL_COPYING_SECONDS
            if recent or error.code == "audio_truncated":
                return RECORDING_COPYING, f"{file.name}: {error} (still being copied?)"
            return RECORDING_UNREADABLE, f"{file.name}: {error}"
        except Exception as error:  # noqa: BLE001 - an unknown header must not stop the call from opening
            log.warning("Probing %s failed", file, exc_info=True)
            return RECORDING_UNREADABLE, f"{file.name}: {error}"
    return RECORDING_OK, ""


def relink_recording(database: Database, call_id: int, new_path: str | os.PathLike) -> CallInfo:
    """Point the call at ``new_path`` once its content hash matches the imported recording.

    A call imported without a hash is relinked when the size matches; anything else is refused
    (:class:`RelinkRefused`), so a wrong file is never scored as this call.
    """
    new_path = str(Path(new_path).absolute())
    with database.read() as session:
        call = session.get(Call, call_id)
        if call is None:
            raise _call_gone(call_id)
        expected_hash, expected_size, old_path = call.content_hash, call.file_size, call.recording_path
    status, detail = check_recording(new_path, probe_header=False)
    if status != RECORDING_OK:
        raise RelinkRefused(f"{new_path} cannot be used: {detail}", path=new_path)
    size = os.path.getsize(new_path)
    if expected_hash:
        if not recording_matches(new_path, expected_hash):
            raise RelinkRefused(f"{Path(new_path).name} is a different recording (its content does not match "
                                "the imported one); the call was not changed.", path=new_path)
    elif expected_size and size != expected_size:
        raise RelinkRefused(f"{Path(new_path).name} has {size:,} bytes, the imported recording had "
                            f"{expected_size:,}; the call was not changed.", path=new_path)

    def work(session: Session) -> None:
        call = session.get(Call, call_id)
        if call is None:  # removed by someone else while the file was checked
            raise _call_gone(call_id)
        call.recording_path = new_path
        call.recording_missing = False
        session.flush()
        audit.record(session, database.user_login, "relink", "call", call.id, old_path=old_path,
                     new_path=new_path)

    database.write(work)
    relinked = load_call(database, call_id)
    if relinked is None:
        raise _call_gone(call_id)
    return relinked


def _call_gone(call_id: int) -> QADesktopError:
    return QADesktopError(f"Call {call_id} no longer exists.", call_id=call_id)
