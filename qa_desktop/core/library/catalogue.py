"""What the Call library page lists: registered calls and past import runs (Qt-free)."""
from __future__ import annotations

from sqlalchemy import String, and_, cast, desc, or_, select

from qa_desktop.core.db import Database
from qa_desktop.core.db.models import Agent, Call, ImportRun, User
from qa_desktop.core.transcripts.store import search_transcripts, transcribed_call_ids

LIST_FILTERS = ("all", "transcribed", "risky")


def list_calls(database: Database, search: str = "", limit: int = 5000, only: str = "all") -> list[dict]:
    """The most recent calls (by start time), optionally filtered by call ID, agent, type, queue, path or words said."""
    query = (select(Call.id, Call.external_id, Call.started_at, Agent.agent_code, Agent.name, Call.call_type,
                    Call.queue, Call.direction, Call.duration_s, Call.codec, Call.channels, Call.recording_path,
                    Call.recording_missing,
                    # a JSON column may hold JSON null rather than SQL NULL
                    and_(Call.analysis.is_not(None), cast(Call.analysis, String) != "null").label("analysed"),
                    Call.customer_number_masked)
             .outerjoin(Agent, Agent.id == Call.agent_id)
             .order_by(desc(Call.started_at), desc(Call.id)).limit(limit))
    if only == "transcribed":
        query = query.where(Call.id.in_(transcribed_call_ids()))
    elif only == "risky":  # the automatic checks found something (see ``qa-desktop screen``)
        query = query.where(Call.risk_count > 0)
    text = search.strip()
    if text:
        # autoescape: % and _ typed by the user are searched for, not wildcards (C_001 finds C_001 only)
        query = query.where(or_(*(column.icontains(text, autoescape=True) for column in (
            Call.external_id, Agent.agent_code, Agent.name, Call.call_type, Call.queue, Call.recording_path)),
                                Call.id.in_(search_transcripts(text))))  # what was said, too
    with database.read() as session:
        rows = session.execute(query).all()
    return [{"id": r.id, "external_id": r.external_id, "started_at": r.started_at, "agent_code": r.agent_code,
             "agent_name": r.name, "call_type": r.call_type, "queue": r.queue,
             "direction": r.direction.value if r.direction else None, "duration_s": r.duration_s,
             "codec": r.codec, "channels": r.channels, "recording_path": r.recording_path,
             "recording_missing": bool(r.recording_missing), "analysed": bool(r.analysed),
             "customer": r.customer_number_masked} for r in rows]


def count_calls(database: Database) -> int:
    from sqlalchemy import func

    with database.read() as session:
        return int(session.scalar(select(func.count()).select_from(Call)) or 0)


def list_import_runs(database: Database, limit: int = 20) -> list[dict]:
    with database.read() as session:
        rows = session.execute(select(ImportRun, User.login).outerjoin(User, User.id == ImportRun.user_id)
                               .order_by(desc(ImportRun.id)).limit(limit)).all()
        return [{"id": run.id, "started_at": run.started_at, "finished_at": run.finished_at, "source": run.source,
                 "user": login, "report": run.report or {}} for run, login in rows]
