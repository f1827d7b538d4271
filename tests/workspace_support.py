"""Test data for the workspace tests: a small call centre with real two-channel recordings; and the
workspace page shown as an evaluator finds it (Qt imported only there, so Qt-free tests use the data too)."""
from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from qa_desktop.core.db.models import Agent, Assignment, Call, Direction, Role, Team
from qa_desktop.core.forms_repository import ensure_default_form
from qa_desktop.core.users import ensure_user


def make_recording(path: Path, seconds: float = 30.0, seed: int = 1) -> Path:
    from qa_desktop.core.audio.synth import write_demo_call

    write_demo_call(path, seed=seed, duration_s=seconds, fmt="pcm_s16le")
    return path


def populate(database, folder: Path, calls: int = 4, seconds: float = 30.0, login: str = "tester") -> dict:
    """Teams, agents, ``calls`` calls with recordings assigned to ``login``, a colleague, the default form."""
    me = ensure_user(database, login, "Tess Tester", Role.EVALUATOR)
    colleague = ensure_user(database, "qa.zhou", "周婷", Role.EVALUATOR)
    ensure_default_form(database)
    recordings = [make_recording(folder / f"call_{n}.wav", seconds, seed=n) for n in range(calls)]
    from qa_desktop.core.audio.analysis import analyze_file
    from qa_desktop.core.audio.fingerprint import content_hash as file_fingerprint

    analyses = [analyze_file(path) for path in recordings]

    def work(session):
        team = Team(name="投诉处理组")
        agents = [Agent(agent_code=f"A{100 + n}", name=name, team=team)
                  for n, name in enumerate(["王芳", "李伟", "张敏"])]
        session.add_all([team, *agents])
        session.flush()
        ids = []
        base = dt.datetime(2026, 11, 16, 9, 0)
        for n, path in enumerate(recordings):
            call = Call(external_id=f"EXT-{n}", recording_path=str(path), content_hash=file_fingerprint(path),
                        file_size=path.stat().st_size, codec="pcm_s16le", duration_s=seconds, channels=2,
                        sample_rate=8000, started_at=base + dt.timedelta(hours=n), direction=Direction.INBOUND,
                        call_type=["投诉", "查询"][n % 2], agent=agents[n % len(agents)], analysis=analyses[n])
            session.add(call)
            session.flush()
            session.add(Assignment(call_id=call.id, evaluator_id=me.id,
                                   assigned_at=base + dt.timedelta(minutes=n)))
            ids.append(call.id)
        return {"calls": ids, "agents": [a.id for a in agents]}

    data = database.write(work)
    data.update(me=me, colleague=colleague, recordings=recordings)
    return data


def show_workspace(qtbot, ctx, *, active: bool = True, queue_read: bool = True):
    """The workspace page at 1366×768, shown and activated as the main window does; with ``active`` it is
    also the active window, so key presses reach it; with ``queue_read`` its queue (read off the GUI
    thread) is on screen. The caller releases the page (or uses :func:`workspace_shown`)."""
    from qa_desktop.ui.workspace.page import WorkspacePage

    page = WorkspacePage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    if active:
        qtbot.waitExposed(page)
        page.activateWindow()
        qtbot.waitUntil(page.isActiveWindow)
    page.activate()
    if queue_read:
        qtbot.waitUntil(lambda: not page.queue_loading, timeout=10000)
    return page


@contextlib.contextmanager
def workspace_shown(qtbot, ctx, *, active: bool = True) -> Iterator:
    """:func:`show_workspace` with its queue read; afterwards the page lets go of the database and no
    background read outlives it."""
    from PySide6.QtCore import QThreadPool

    page = show_workspace(qtbot, ctx, active=active)
    try:
        yield page
    finally:
        page.release_database()  # no background read may outlive the database
        QThreadPool.globalInstance().waitForDone(10000)
