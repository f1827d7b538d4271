"""The Sampling page: table models without a window, and the page drawing and assigning a week."""
from __future__ import annotations

import datetime as dt

import workflow_builders as build
from sqlalchemy import select

from qa_desktop.core.db.models import Assignment, Role
from qa_desktop.core.users import find_user
from qa_desktop.core.workflow.sampling_plan import load_plan
from qa_desktop.ui.context import AppContext
from qa_desktop.ui.sampling import tables
from qa_desktop.ui.settings import AppSettings

W46 = dt.datetime(2026, 11, 9, 9, 0)


def _world(db):
    def work(s):
        build.user(s, "tester", Role.QA_LEAD)
        team_a, team_b = build.team(s, "A"), build.team(s, "B")
        build.user(s, "eva", Role.EVALUATOR, team_a)
        build.user(s, "evb", Role.EVALUATOR, team_b)
        probation = build.agent(s, "P1", team_a, probation_end=dt.date(2027, 1, 1))
        general = build.agent(s, "G1", team_b)
        build.agent(s, "EMPTY", team_b)
        for n in range(60):
            build.call(s, probation, W46 + dt.timedelta(hours=n), ["inquiry", "complaint"][n % 2], external_id=f"p{n}")
            build.call(s, general, W46 + dt.timedelta(hours=n, minutes=5), "booking", external_id=f"g{n}")

    db.write(work)


def test_shortfall_and_confidence_models_show_reasons_and_verdicts(qapp):
    shortfalls = tables.shortfalls_model()
    shortfalls.set_rows([{"agent_code": "A7", "team": "A", "category": "probation", "wanted": 5, "available": 2,
                          "selected": 2, "short": 3, "reasons": [{"reason": "too_few_calls", "short": 3}]}])
    assert shortfalls.rowCount() == 1
    assert [shortfalls.text(0, c) for c in range(shortfalls.columnCount())] == [
        "A7", "A", "Probation", "5", "2", "2", "3", "too few calls (3)"]
    confidence = tables.confidence_model()
    confidence.set_rows([{"agent_code": "A7", "team": "A", "n": 4, "mean": 65.5, "low": 51.2, "high": 79.8,
                          "verdict": "undecided", "more_needed": 12},
                         {"agent_code": "B2", "team": "B", "n": 1, "mean": 90.0, "low": None, "high": None,
                          "verdict": "too_few", "more_needed": None}])
    assert confidence.text(0, 6) == "Cannot tell yet" and confidence.text(0, 7) == "12"
    assert confidence.text(1, 4) == "–" and confidence.text(1, 6) == "Too few evaluations"
    assert confidence.headerData(7, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) == \
        "More evaluations needed"


def test_page_edits_the_plan_draws_and_assigns(qtbot, sqlite_db, tmp_path):
    from qa_desktop.ui.sampling.page import SamplingPage

    _world(sqlite_db)
    ctx = AppContext(sqlite_db, find_user(sqlite_db, "tester"), AppSettings())
    page = SamplingPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.editor.quota["general"].setValue(3)
    assert page.save_plan()
    assert load_plan(sqlite_db)["quotas"]["general"] == 3
    page.week.setText("2026-W46")
    page.seed.setValue(77)
    page.run(assign=False, wait=True)
    assert page.result["seed"] == 77 and page.calls_model.rowCount() == 6  # 5% of 120 calls: general trimmed 3 → 1
    assert page.shortfalls_model.rowCount() >= 1
    short = {r["agent_code"]: r for r in page.shortfalls_model.rows}
    assert short["EMPTY"]["short"] == 3
    assert "short of their quota" in page.summary.text()
    page.tabs.setCurrentIndex(2)
    page.grab().save("/tmp/sampling.png")
    page.run(assign=True, wait=True)
    with sqlite_db.read() as s:
        assert len(s.scalars(select(Assignment)).all()) == page.result["assignment"]["assigned"] > 0
    # the probation agent is team A: only evb (team B) may take those calls
    assert {r["evaluator"] for r in page.calls_model.rows if r["agent_code"] == "P1"} == {"evb"}
    opened = []
    ctx.openCallRequested.connect(opened.append)
    page._open_call(page.calls_model.index(0, 0))
    assert opened == [page.calls_model.rows[0]["call_id"]]


def test_pages_follow_a_language_switch(qtbot, sqlite_db):
    from qa_desktop.ui import i18n
    from qa_desktop.ui.coaching.page import CoachingPage
    from qa_desktop.ui.review.page import ReviewPage
    from qa_desktop.ui.sampling.page import SamplingPage

    _world(sqlite_db)
    ctx = AppContext(sqlite_db, find_user(sqlite_db, "tester"), AppSettings())
    pages = [SamplingPage(ctx), ReviewPage(ctx), CoachingPage(ctx)]
    for page in pages:
        qtbot.addWidget(page)
        page.resize(1300, 750)
    try:
        assert i18n.install_language("zh_CN") == "zh_CN"
        qtbot.waitUntil(lambda: pages[0].draw_button.text() != "Draw sample")
        pages[0].week.setText("2026-W46")
        pages[0].run(assign=False, wait=True)
        assert pages[0].draw_button.text() == "抽取样本"
        assert pages[0].tabs.tabText(2) == "配额不足"
        assert (
            pages[0].shortfalls_model.headerData(6, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal)
            == "差额"
        )
        assert pages[1].tabs.tabText(2) == "申诉" and pages[2].tabs.tabText(0) == "辅导记录"
        pages[0].tabs.setCurrentIndex(2)
        pages[0].grab().save("/tmp/sampling_zh.png")
        pages[1].grab().save("/tmp/review_zh.png")
    finally:
        i18n.install_language("en")
    qtbot.waitUntil(lambda: pages[0].draw_button.text() == "Draw sample")


def test_drawing_runs_off_the_gui_thread(qtbot, sqlite_db):
    from qa_desktop.ui.sampling.page import SamplingPage

    _world(sqlite_db)
    ctx = AppContext(sqlite_db, find_user(sqlite_db, "tester"), AppSettings())
    page = SamplingPage(ctx)
    qtbot.addWidget(page)
    page.week.setText("2026-W46")
    page.run(assign=False)
    assert not page.draw_button.isEnabled()
    qtbot.waitUntil(lambda: page.draw_button.isEnabled(), timeout=60000)
    assert page.calls_model.rowCount() == 6 and page.result["period"] == "2026-W46"
    page.week.setText("2026-W99")
    page.run(assign=False)  # a mistyped week is refused before any work starts
    qtbot.waitUntil(lambda: page.draw_button.isEnabled(), timeout=30000)
    assert page.message.text() == "2026-W99 is not a week; write it like 2026-W46."
    assert page.draw_button.isEnabled()
