"""Analysing a registered call and keeping the result with it (Call.analysis, waveform cache).

The analysis options are team-wide (a ``Setting`` row), so every evaluator's app marks the
same dead air and talk-over on the same call. Each stored analysis carries the version of the
analysis that made it: when the analysis improves (``ANALYSIS_VERSION``), older ones are
*stale* and are redone — by ``analyze --pending`` overnight, or in the background when a call
is opened.
"""
from __future__ import annotations

from sqlalchemy import select

from qa_desktop.core.audio import waveform
from qa_desktop.core.audio.analysis import ANALYSIS_VERSION, AnalysisOptions
from qa_desktop.core.audio.errors import AudioError, AudioNotFound
from qa_desktop.core.audio.measure import decode_and_measure
from qa_desktop.core.db import Database, audit
from qa_desktop.core.db.models import Call, Setting
from qa_desktop.core.errors import ValidationError
from qa_desktop.core.progress import ProgressSink, report_step

OPTIONS_KEY = "analysis_options"


def load_options(session) -> AnalysisOptions:
    setting = session.get(Setting, OPTIONS_KEY)
    return AnalysisOptions.from_dict(setting.value if setting else None)


def save_options(database: Database, options: AnalysisOptions) -> None:
    def work(session):
        setting = session.get(Setting, OPTIONS_KEY) or Setting(key=OPTIONS_KEY)
        setting.value = options.to_dict()
        session.add(setting)
        audit.record(session, database.user_login, "update", "setting", None, key=OPTIONS_KEY, **options.to_dict())

    database.write(work)


def find_call_by_hash(database: Database, content_hash: str) -> int | None:
    with database.read() as session:
        return session.scalar(select(Call.id).where(Call.content_hash == content_hash))


def analyze_call(database: Database, call_id: int, *, options: AnalysisOptions | None = None,
                 progress: ProgressSink | None = None) -> dict:
    """Decode the call's recording, analyse it, cache its waveform, store the analysis; returns it."""
    with database.read() as session:
        call = session.get(Call, call_id)
        if call is None:
            raise ValidationError(f"There is no call #{call_id}.", call_id=call_id)
        path, content_hash = call.recording_path, call.content_hash
        options = options or load_options(session)
    try:
        measured = decode_and_measure(path, options, progress)
    except AudioNotFound:
        database.write(lambda s: _mark_missing(s, call_id))
        raise
    result = measured.analysis
    if content_hash:
        waveform.store(content_hash, measured.waveform)

    database.write(lambda session: store_analysis(session, database.user_login, call_id, result))
    return result


def store_analysis(session, login: str, call_id: int, result: dict) -> None:
    """Keep an analysis with its call (and the figures it measured), in the caller's transaction."""
    call = session.get(Call, call_id)
    call.analysis = result
    call.duration_s = result["duration_s"]
    call.channels = result["channels"]
    call.sample_rate = result["sample_rate"]
    call.recording_missing = False
    audit.record(session, login, "analyze", "call", call_id,
                 dead_air=len(result["dead_air"]), talk_over=len(result["talk_over"]))


def is_stale(analysis: dict | None) -> bool:
    """True when a call has no analysis, or one made by an older version of the analysis."""
    if not isinstance(analysis, dict) or not analysis:
        return True
    version = analysis.get("version")
    return not isinstance(version, int) or version < ANALYSIS_VERSION


def _mark_missing(session, call_id: int) -> None:
    call = session.get(Call, call_id)
    if call is not None and not call.recording_missing:
        call.recording_missing = True


def _stale_calls():
    """Calls with a recording at hand whose analysis is missing or made by an older version."""
    from sqlalchemy import String, cast, or_

    version = Call.analysis["version"].as_integer()
    return (select(Call.id)
            .where(or_(Call.analysis.is_(None), cast(Call.analysis, String) == "null",
                       version.is_(None), version < ANALYSIS_VERSION))
            .where(Call.recording_missing.is_not(True)))


def count_stale(database: Database) -> int:
    from sqlalchemy import func

    with database.read() as session:
        return int(session.scalar(select(func.count()).select_from(_stale_calls().subquery())) or 0)


def analyze_pending(database: Database, *, limit: int | None = None, progress: ProgressSink | None = None) -> dict:
    """Analyse every call that has a recording but no analysis yet, or one made by an older version
    of the analysis (e.g. overnight after an import or an upgrade).

    A recording that cannot be read is reported (call, reason) and the rest goes on.
    """
    with database.read() as session:
        query = _stale_calls().order_by(Call.id)
        if limit:
            query = query.limit(limit)
        call_ids = list(session.scalars(query))
        options = load_options(session)
    done, failed = [], []
    for index, call_id in enumerate(call_ids):
        if progress is not None:
            report_step(progress, index, len(call_ids), "progress.analysing_call", call=call_id)
        try:
            analyze_call(database, call_id, options=options)
            done.append(call_id)
        except AudioError as error:
            failed.append({"call_id": call_id, "code": error.code, "reason": str(error)})
    if progress is not None:
        progress.report(len(call_ids), len(call_ids), "")
    return {"analysed": done, "failed": failed}
