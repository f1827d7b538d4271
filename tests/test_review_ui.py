"""The Reviews and disputes page: models without a window; a team lead confirms, adjusts and records a
dispute, a QA lead decides it; a call opens in the workspace."""
from __future__ import annotations

import datetime as dt

import workflow_builders as build
from PySide6.QtCore import Qt
from sqlalchemy import select

from qa_desktop.core.db.models import Evaluation, Flag, FlagKind, Role
from qa_desktop.core.users import find_user
from qa_desktop.ui.context import AppContext
from qa_desktop.ui.review import tables
from qa_desktop.ui.settings import AppSettings


def _world(db):
    now = dt.datetime.now().replace(microsecond=0)

    def work(s):
        build.user(s, "qa", Role.QA_LEAD)
        lead = build.user(s, "lead", Role.TEAM_LEAD)
        ev = build.user(s, "eva", Role.EVALUATOR)
        team = build.team(s, "Team A", lead)
        version = build.form_version(s)
        agent = build.agent(s, "A1", team)
        failed = build.evaluation(s, build.call(s, agent, now - dt.timedelta(hours=3), external_id="CALL-1"), ev,
                                  version, total=50, submitted_at=now)
        fatal = build.evaluation(s, build.call(s, agent, now - dt.timedelta(hours=2), external_id="CALL-2"), ev,
                                 version,
                                 answers={"greet": "yes", "solve": "yes", "close": "yes", "polite": "no"},
                                 submitted_at=now)
        unscored = build.call(s, agent, now - dt.timedelta(minutes=30), external_id="CALL-4")
        s.add(Flag(call_id=unscored.id, kind=FlagKind.REVIEW, reason="please listen", raised_by_id=ev.id))
        praise_call = build.call(s, agent, now - dt.timedelta(hours=1), external_id="CALL-3")
        s.add(Flag(call_id=praise_call.id, kind=FlagKind.PRAISE, reason="customer thanked the agent by name",
                   raised_by_id=ev.id))
        return {"failed": failed.id, "fatal": fatal.id}

    return db.write(work)


def _page(qtbot, db, login):
    from qa_desktop.ui.review.page import ReviewPage

    ctx = AppContext(db, find_user(db, login), AppSettings())
    db.user_login = login
    page = ReviewPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 750)
    _read(qtbot, page)
    return page, ctx


def _read(qtbot, page) -> None:
    """The page reads its lists and the selected evaluation in the background: wait for them."""
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=10000)


def test_review_model_rows(qapp):
    model = tables.review_model()
    model.set_rows([{"external_id": "C9", "call_id": 9, "started_at": dt.datetime(2026, 11, 10, 9, 30),
                     "agent_code": "A1", "team": "A", "evaluator": "Eva", "score": 0.0, "grade": "fail",
                     "fatal_failed": True, "reasons": ["fail", "fatal"], "failed_items": ["polite"], "notes": 2,
                     "outcome": "open"}])
    assert [model.text(0, c) for c in range(model.columnCount())] == [
        "C9", "2026-11-10 09:30", "A1", "A", "Eva", "0.00", "Failed · Fatal error", "polite", "2", "To review"]
    assert model.data(model.index(0, 5), Qt.ItemDataRole.BackgroundRole) is not None


def test_team_lead_adjusts_and_records_a_dispute_qa_lead_decides(qtbot, sqlite_db):
    ids = _world(sqlite_db)
    page, ctx = _page(qtbot, sqlite_db, "lead")
    tab = page.review_tab
    assert tab.model.rowCount() == 3 and tab.model.rows[0]["evaluation_id"] == ids["fatal"]  # fatal first
    unscored = next(n for n, r in enumerate(tab.model.rows) if r["external_id"] == "CALL-4")
    tab.view.selectRow(unscored)
    _read(qtbot, page)
    assert "not scored yet" in tab.heading.text() and "please listen" in tab.explanation.toPlainText()
    tab.adjust()
    assert "not been scored" in page.message.text()
    tab.confirm()
    _read(qtbot, page)
    assert page.message.text() == "Review flag closed." and tab.model.rowCount() == 2
    tab.view.selectRow(0)
    _read(qtbot, page)
    opened = []
    ctx.openCallRequested.connect(opened.append)
    tab.open_call()
    assert opened == [tab.model.rows[0]["call_id"]]
    page.grab().save("/tmp/review.png")

    # adjust the failed call: 'solve' becomes yes
    tab.view.selectRow(1)
    _read(qtbot, page)
    assert tab.detail["evaluation_id"] == ids["failed"]
    solve_row = [i["code"] for i in tab.detail["items"]].index("solve")
    combo = tab.items.cellWidget(solve_row, tab.COL_NEW)
    combo.setCurrentIndex(combo.findData("yes"))
    tab.adjust()
    _read(qtbot, page)  # written in the background, refused there
    assert "reason" in page.message.text().lower()  # refused: no reason given
    assert tab.items.cellWidget(solve_row, tab.COL_NEW).currentData() == "yes"  # the choice is still there
    tab.reason.setText("the solution is given at 02:10")
    tab.adjust()
    _read(qtbot, page)
    assert "adjusted" in page.message.text()
    with sqlite_db.read() as s:
        assert s.get(Evaluation, ids["failed"]).score == 80

    # the agent disputes the fatal call's 'polite' item
    tab.view.selectRow(0)
    _read(qtbot, page)
    assert tab.detail["evaluation_id"] == ids["fatal"]
    polite_row = [i["code"] for i in tab.detail["items"]].index("polite")
    tab.items.item(polite_row, tab.COL_CLAIM).setCheckState(Qt.CheckState.Checked)
    tab.items.item(polite_row, tab.COL_CLAIM).setText("I was firm, not rude")
    combo = tab.items.cellWidget(polite_row, tab.COL_NEW)
    combo.setCurrentIndex(combo.findData("yes"))
    tab.reason.setText("agent disputes the fatal error")
    tab.record_dispute()
    _read(qtbot, page)
    assert "Dispute recorded" in page.message.text()
    assert page.disputes_tab.model.rowCount() == 0  # read when its tab is shown
    page.tabs.setCurrentIndex(2)
    _read(qtbot, page)
    assert page.disputes_tab.model.rowCount() == 1
    page.grab().save("/tmp/disputes.png")
    page.disputes_tab.decide()
    _read(qtbot, page)
    assert "QA lead" in page.message.text()  # a team lead cannot decide

    page, _ctx = _page(qtbot, sqlite_db, "qa")
    page.tabs.setCurrentIndex(2)
    _read(qtbot, page)
    disputes_tab = page.disputes_tab
    disputes_tab.items.cellWidget(0, disputes_tab.COL_DECISION).setCurrentIndex(1)  # accept the agent's view
    disputes_tab.items.item(0, disputes_tab.COL_REASON).setText("tone is firm but polite")
    disputes_tab.decide()
    _read(qtbot, page)
    assert "0.00 → 100.00" in page.message.text()
    with sqlite_db.read() as s:
        assert s.get(Evaluation, ids["fatal"]).score == 100


def test_praise_is_verified_as_founded(qtbot, sqlite_db):
    _world(sqlite_db)
    page, _ctx = _page(qtbot, sqlite_db, "lead")
    page.tabs.setCurrentIndex(1)
    _read(qtbot, page)
    tab = page.verification_tab
    assert tab.model.rowCount() == 1 and tab.model.text(0, 3) == "Praise"
    tab.note.setText("thanks heard at 04:12")
    tab.verify(True)
    _read(qtbot, page)
    assert tab.model.rowCount() == 0
    with sqlite_db.read() as s:
        assert s.scalar(select(Flag).where(Flag.kind == FlagKind.PRAISE)).resolution.value == "founded"


def test_an_evaluator_is_told_the_queue_is_not_theirs(qtbot, sqlite_db):
    _world(sqlite_db)
    page, _ctx = _page(qtbot, sqlite_db, "eva")
    assert page.review_tab.model.rowCount() == 0
    assert "not allowed" in page.message.text()


def test_refusals_are_shown_in_the_users_language(qtbot, sqlite_db):
    from qa_desktop.core.workflow.disputes import DisputeRefused
    from qa_desktop.ui import i18n
    from qa_desktop.ui.messages import workflow_error_text

    late = DisputeRefused("too late", why="too_late", result_day="2026-11-12", days=2, last_day="2026-11-16")
    assert workflow_error_text(late) == ("The dispute is too late: the result was given on 2026-11-12, and disputes "
                                         "must be raised within 2 working days (by 2026-11-16).")
    try:
        i18n.install_language("zh_CN")
        text = workflow_error_text(DisputeRefused("x", why="unknown_item", item="hold"))
        assert "hold" in text and "不存在" in text
    finally:
        i18n.install_language("en")


def test_the_page_reads_off_the_gui_thread_and_shows_it_is_loading(qtbot, sqlite_db, monkeypatch):
    import threading

    from qa_desktop.core.workflow import disputes, review

    _world(sqlite_db)
    threads: dict[str, list[bool]] = {}
    gate = threading.Event()

    def watched(name, read):
        def call(*args, **kwargs):
            threads.setdefault(name, []).append(threading.current_thread() is threading.main_thread())
            if name == "review_queue":
                gate.wait(10)  # a slow shared database: the window must stay alive meanwhile
            return read(*args, **kwargs)
        return call

    for module, name in ((review, "review_queue"), (review, "review_detail"), (review, "verification_queue"),
                         (disputes, "list_disputes")):
        monkeypatch.setattr(module, name, watched(name, getattr(module, name)))
    from qa_desktop.ui.review.page import ReviewPage

    db = sqlite_db
    db.user_login = "lead"
    page = ReviewPage(AppContext(db, find_user(db, "lead"), AppSettings()))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: "review_queue" in threads)
    assert page.is_loading() and page.loading.isVisible() and page.loading.text().startswith("Loading")
    assert page.review_tab.model.rowCount() == 0
    gate.set()
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=10000)
    assert not page.loading.isVisible() and page.review_tab.model.rowCount() == 3
    assert page.review_tab.detail["evaluation_id"] is not None  # the first row's evaluation was read too
    assert set(threads) == {"review_queue", "review_detail"}    # the other tabs when they are shown
    for index in (1, 2):
        page.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: not page.is_loading(), timeout=10000)
    assert set(threads) == {"review_queue", "review_detail", "verification_queue", "list_disputes"}
    assert not any(on_gui for calls in threads.values() for on_gui in calls), threads


def test_a_page_closed_while_its_lists_are_read_finishes_quietly(qtbot, sqlite_db, monkeypatch):
    import threading

    from qa_desktop.core.workflow import review
    from qa_desktop.ui import tasks
    from qa_desktop.ui.review.page import ReviewPage

    _world(sqlite_db)
    gate = threading.Event()
    slow = review.review_queue
    monkeypatch.setattr(review, "review_queue", lambda *a, **k: (gate.wait(10), slow(*a, **k))[1])
    sqlite_db.user_login = "lead"
    page = ReviewPage(AppContext(sqlite_db, find_user(sqlite_db, "lead"), AppSettings()))
    page.show()
    qtbot.waitUntil(lambda: page.is_loading())
    page.close()
    page.deleteLater()
    qtbot.wait(50)
    gate.set()  # the read ends after its page is gone: nothing is shown, nothing raised
    qtbot.waitUntil(lambda: not tasks._running, timeout=10000)
    qtbot.wait(50)


def test_a_long_review_queue_is_shown_as_the_view_scrolls(qapp):
    rows = [{"external_id": f"C{n}", "call_id": n, "started_at": None, "agent_code": "A1", "team": "A",
             "evaluator": "Eva", "score": 50.0, "grade": "fail", "fatal_failed": False, "reasons": ["fail"],
             "failed_items": [], "notes": 0, "outcome": "open"} for n in range(tables.BATCH * 2 + 5)]
    model = tables.review_model()
    model.set_rows(rows)
    assert model.rowCount() == tables.BATCH and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == tables.BATCH * 2
    model.reveal(len(rows) - 1)
    assert model.rowCount() == len(rows) and not model.canFetchMore()
