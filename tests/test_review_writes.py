"""The Reviews page writes off the GUI thread: every decision (close a flag, confirm, adjust, record a
dispute, verify, decide, withdraw) runs in a worker thread while the page says it is saving and its
acting buttons are closed (a second press writes nothing); a refusal (someone else changed the
evaluation, the shared database locked) is said in words and leaves what was typed and chosen on
screen; a page closed while its write runs lets it land quietly."""
from __future__ import annotations

import sqlite3
import threading

from PySide6.QtCore import Qt
from sqlalchemy import select, update
from test_review_ui import _page, _read, _world

from qa_desktop.core.db.models import Dispute, Evaluation, Flag, FlagKind, TeamLeadReview
from qa_desktop.core.users import find_user
from qa_desktop.core.workflow import disputes, review
from qa_desktop.ui.context import AppContext
from qa_desktop.ui.settings import AppSettings

WRITES = [(review, "close_flags"), (review, "confirm"), (review, "adjust"), (review, "verify"),
          (disputes, "record_dispute"), (disputes, "decide_dispute"), (disputes, "withdraw_dispute")]


def watch_writes(monkeypatch, hold: threading.Event | None = None) -> list[tuple[str, bool]]:
    """Each write the page makes, with whether it ran on the GUI thread; each waits for ``hold`` (a
    colleague's save holding the shared database) before it writes."""
    seen: list[tuple[str, bool]] = []
    for module, name in WRITES:
        original = getattr(module, name)

        def wrapper(*args, _original=original, _name=name, **kwargs):
            seen.append((_name, threading.current_thread() is threading.main_thread()))
            if hold is not None:
                hold.wait(5)
            return _original(*args, **kwargs)

        monkeypatch.setattr(module, name, wrapper)
    return seen


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_every_decision_is_written_off_the_gui_thread_with_the_buttons_closed(qtbot, sqlite_db, monkeypatch):
    ids = _world(sqlite_db)
    hold = threading.Event()
    seen = watch_writes(monkeypatch, hold)
    page, _ctx = _page(qtbot, sqlite_db, "lead")
    page.show()
    tab = page.review_tab
    tab.view.selectRow(next(n for n, r in enumerate(tab.model.rows) if r["evaluation_id"] == ids["failed"]))
    _read(qtbot, page)
    tab.reason.setText("listened again: the evaluation stands")
    click(qtbot, tab.confirm_button)
    qtbot.waitUntil(lambda: seen == [("confirm", False)])
    # the write waits on the database; the window is alive, says so, and takes no second decision
    assert page.is_loading() and page.loading.isVisible() and page.loading.text().startswith("Saving")
    assert not tab.confirm_button.isEnabled() and not tab.adjust_button.isEnabled()
    assert not tab.dispute_button.isEnabled()
    tab.confirm()                                    # Enter pressed again, a double click: nothing more
    assert seen == [("confirm", False)]
    assert tab.reason.text() == "listened again: the evaluation stands"
    hold.set()
    _read(qtbot, page)
    assert page.message.text() == "Evaluation confirmed." and tab.reason.text() == ""
    assert tab.confirm_button.isEnabled() and not page.loading.isVisible()
    with sqlite_db.read() as s:
        reviews = s.scalars(select(TeamLeadReview).where(TeamLeadReview.evaluation_id == ids["failed"])).all()
        assert [(r.outcome, r.reason) for r in reviews] == [("confirmed", "listened again: the evaluation stands")]

    # the unscored call's flag, a dispute, a verdict, a decision and a withdrawal: all in workers
    unscored = next(n for n, r in enumerate(tab.model.rows) if r["evaluation_id"] is None)
    tab.view.selectRow(unscored)
    _read(qtbot, page)
    click(qtbot, tab.confirm_button)
    _read(qtbot, page)
    assert page.message.text() == "Review flag closed."
    tab.view.selectRow(next(n for n, r in enumerate(tab.model.rows) if r["evaluation_id"] == ids["fatal"]))
    _read(qtbot, page)
    polite = [i["code"] for i in tab.detail["items"]].index("polite")
    tab.items.item(polite, tab.COL_CLAIM).setCheckState(Qt.CheckState.Checked)
    tab.reason.setText("the agent disputes it")
    click(qtbot, tab.dispute_button)
    _read(qtbot, page)
    assert "Dispute recorded" in page.message.text()
    page.tabs.setCurrentIndex(1)
    _read(qtbot, page)
    page.verification_tab.view.selectRow(0)
    click(qtbot, page.verification_tab.founded_button)
    _read(qtbot, page)
    assert page.message.text() == "Recorded as founded."
    page.tabs.setCurrentIndex(2)
    _read(qtbot, page)
    disputes_tab = page.disputes_tab
    disputes_tab.withdraw_reason.setText("the agent agreed after listening")
    click(qtbot, disputes_tab.withdraw_button)
    _read(qtbot, page)
    assert page.message.text() == "Dispute withdrawn."
    with sqlite_db.read() as s:
        assert s.scalar(select(Dispute.status)).value == "withdrawn"
        assert s.scalar(select(Flag.resolution).where(Flag.kind == FlagKind.PRAISE)).value == "founded"
    assert {name for name, _ in seen} == {"confirm", "close_flags", "record_dispute", "verify", "withdraw_dispute"}
    assert [name for name, on_gui_thread in seen if on_gui_thread] == []


def test_an_evaluation_changed_meanwhile_is_read_again_with_the_leads_choices_kept(qtbot, sqlite_db):
    ids = _world(sqlite_db)
    page, _ctx = _page(qtbot, sqlite_db, "lead")
    tab = page.review_tab
    tab.view.selectRow(next(n for n, r in enumerate(tab.model.rows) if r["evaluation_id"] == ids["failed"]))
    _read(qtbot, page)
    # someone else saves the evaluation after the team lead opened it
    sqlite_db.write(lambda s: s.execute(update(Evaluation).where(Evaluation.id == ids["failed"])
                                        .values(row_version=Evaluation.row_version + 1)))
    solve = [i["code"] for i in tab.detail["items"]].index("solve")
    combo = tab.items.cellWidget(solve, tab.COL_NEW)
    combo.setCurrentIndex(combo.findData("yes"))
    tab.reason.setText("the solution is given at 02:10")
    click(qtbot, tab.adjust_button)
    _read(qtbot, page)
    assert page.message.text().startswith("Someone else saved this record in the meantime")
    assert tab.reason.text() == "the solution is given at 02:10"          # nothing typed is lost...
    assert tab.items.cellWidget(solve, tab.COL_NEW).currentData() == "yes"  # ...nor chosen, on the fresh copy
    with sqlite_db.read() as s:
        assert s.get(Evaluation, ids["failed"]).score == 50
    click(qtbot, tab.adjust_button)                                           # again, on what is stored now
    _read(qtbot, page)
    assert "adjusted" in page.message.text()
    with sqlite_db.read() as s:
        assert s.get(Evaluation, ids["failed"]).score == 80


def test_a_locked_shared_database_is_said_and_the_reason_kept(qtbot, tmp_path):
    from qa_desktop.core.db import open_database

    database = open_database(tmp_path / "shared.sqlite3", busy_timeout=0.3)
    database.lock_retries = 0
    try:
        ids = _world(database)
        page, _ctx = _page(qtbot, database, "lead")
        tab = page.review_tab
        tab.view.selectRow(next(n for n, r in enumerate(tab.model.rows) if r["evaluation_id"] == ids["failed"]))
        _read(qtbot, page)
        holder = sqlite3.connect(tmp_path / "shared.sqlite3", isolation_level=None, check_same_thread=False)
        holder.execute("BEGIN IMMEDIATE")  # a colleague's machine saving on the share
        try:
            tab.reason.setText("listened again")
            click(qtbot, tab.confirm_button)
            _read(qtbot, page)
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        assert "is busy: another evaluator or machine is saving" in page.message.text()
        assert tab.reason.text() == "listened again" and tab.confirm_button.isEnabled()
        click(qtbot, tab.confirm_button)                                      # the lock is gone: it lands
        _read(qtbot, page)
        assert page.message.text() == "Evaluation confirmed."
    finally:
        database.dispose()


def test_a_page_closed_while_its_write_runs_lets_it_land_quietly(qtbot, sqlite_db, monkeypatch):
    from qa_desktop.ui import tasks
    from qa_desktop.ui.review.page import ReviewPage

    ids = _world(sqlite_db)
    hold = threading.Event()
    seen = watch_writes(monkeypatch, hold)
    sqlite_db.user_login = "lead"
    page = ReviewPage(AppContext(sqlite_db, find_user(sqlite_db, "lead"), AppSettings()))
    page.show()
    _read(qtbot, page)
    tab = page.review_tab
    tab.view.selectRow(next(n for n, r in enumerate(tab.model.rows) if r["evaluation_id"] == ids["failed"]))
    _read(qtbot, page)
    click(qtbot, tab.confirm_button)
    qtbot.waitUntil(lambda: seen == [("confirm", False)])
    page.close()
    page.deleteLater()
    qtbot.wait(50)
    hold.set()  # the write ends after its page is gone: it is in the database, nothing is shown or raised
    qtbot.waitUntil(lambda: not tasks._running, timeout=10000)
    qtbot.wait(50)
    with sqlite_db.read() as s:
        assert s.scalar(select(TeamLeadReview.outcome).where(TeamLeadReview.evaluation_id == ids["failed"])) \
            == "confirmed"
