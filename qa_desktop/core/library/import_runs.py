"""The life of an import run in the database: started, kept alive, finished — or found abandoned.

A run is written when an import starts and completed when it ends. An import killed midway (kill -9,
a power cut, a closed laptop) never completes its run, which would read "in progress" forever. So a
running import records where it runs (host, process id) and refreshes a heartbeat; the next import
settles every run whose process is gone (same machine) or whose heartbeat stopped (any machine) as
*interrupted*, counting the calls it did register. Importing the same folder again registers the rest:
calls are identified by content, so nothing is registered twice.
"""
from __future__ import annotations

import datetime as dt
import functools
import os
import socket

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from qa_desktop.core.db import Database, audit
from qa_desktop.core.db.models import Call, ImportRun, User, utcnow
from qa_desktop.core.leftovers import process_alive

HEARTBEAT_EVERY_S = 60.0
# A run whose heartbeat is older than this is abandoned, wherever it ran. Generous: a share that
# stalls for a minute must not get a live import settled under it.
STALE_AFTER = dt.timedelta(minutes=15)


def running_marker() -> dict:
    return {"status": "running", "host": socket.gethostname(), "pid": os.getpid(),
            "heartbeat": utcnow().isoformat()}


def start_run(database: Database, source: str) -> int:
    def work(session):
        user_id = session.scalar(select(User.id).where(User.login == database.user_login))
        run = ImportRun(source=source, user_id=user_id, report=running_marker())
        session.add(run)
        session.flush()
        return run.id

    return database.write(work)


def heartbeat(database: Database, run_id: int) -> None:
    def work(session):
        run = session.get(ImportRun, run_id)
        if run is not None and run.finished_at is None:
            run.report = dict(run.report or {}, heartbeat=utcnow().isoformat())

    database.write(work)


def finish_run(database: Database, run_id: int, data: dict, *, cancelled: bool, counts: dict) -> None:
    def work(session):
        run = session.get(ImportRun, run_id)
        run.report = dict(data, status="cancelled" if cancelled else "finished")
        run.finished_at = utcnow()
        audit.record(session, database.user_login, "import", "import_run", run_id, source=data.get("source"),
                     cancelled=cancelled, **counts)

    database.write(work)


def is_abandoned(run: ImportRun, now: dt.datetime, host: str) -> bool:
    report = run.report or {}
    if report.get("status") != "running":
        return True  # unfinished without the running marker: an import that died while starting
    try:
        beat = dt.datetime.fromisoformat(report["heartbeat"]) if report.get("heartbeat") else run.started_at
    except (TypeError, ValueError):
        beat = run.started_at
    if beat is None or now - beat > STALE_AFTER:
        return True
    pid = report.get("pid")
    return report.get("host") == host and isinstance(pid, int) and not process_alive(pid)


def settle_interrupted_runs(database: Database) -> list[int]:
    """Mark the runs of killed imports as interrupted, with the calls they registered; their ids."""
    now, host = utcnow(), socket.gethostname()
    with database.read() as session:
        open_runs = session.scalars(select(ImportRun).where(ImportRun.finished_at.is_(None))).all()
        abandoned = [run.id for run in open_runs if is_abandoned(run, now, host)]
    for run_id in abandoned:
        database.write(functools.partial(_settle, login=database.user_login, run_id=run_id))
    return abandoned


def _settle(session: Session, login: str, run_id: int) -> None:
    run = session.get(ImportRun, run_id)
    if run is None or run.finished_at is not None:
        return  # settled meanwhile by someone else
    registered = session.scalar(select(func.count()).select_from(Call).where(Call.import_run_id == run_id)) or 0
    counts = {"imported": registered, "moved": 0, "duplicate": 0, "skipped": 0, "failed": 0}
    run.report = {"status": "interrupted", "interrupted": True, "source": run.source, "counts": counts,
                  "cancelled": False, "lines": [], "agents_created": [],
                  "reason": "The import stopped before it finished (the program or computer was stopped); "
                            "importing the same files again registers the rest."}
    run.finished_at = utcnow()
    audit.record(session, login, "import_interrupted", "import_run", run_id, source=run.source, **counts)
