"""On the demo, as an evaluator: a call opens with the checks' suggestions and their evidence, one key
accepts them, answering overrides them, and the monthly workbook shows how often the evaluator agreed."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QThreadPool
from sqlalchemy import select
from workspace_support import workspace_shown

from qa_desktop.cli import main
from qa_desktop.core.db.models import Call, CallTranscript, Evaluation, EvaluationStatus
from qa_desktop.core.demo import DemoOptions, build_demo
from qa_desktop.core.users import ensure_user
from qa_desktop.ui.context import AppContext
from qa_desktop.ui.settings import AppSettings

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def demo_workspace(qtbot, sqlite_db, tmp_path, monkeypatch):
    monkeypatch.setenv("QA_DESKTOP_PLAYER", "silent")
    sqlite_db.user_login = "tester"
    build_demo(sqlite_db, DemoOptions(agents=4, calls=12, months=1, recordings=3, queue_size=3,
                                      longest_recording_s=95, recording_dir=tmp_path / "rec"))
    me = ensure_user(sqlite_db, "tester")
    with workspace_shown(qtbot, AppContext(sqlite_db, me, AppSettings())) as page:
        yield page


def press(qtbot, page, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(page.focusWidget() or page, key, modifier)


def full_marks_keys(item):
    if item.type in ("yes_no", "yes_no_na"):
        return ["1"]
    if item.type == "scale":
        return [str(max(o.value for o in item.options))]
    if item.type == "choice":
        return [str(max(range(len(item.options)), key=lambda n: item.options[n].points) + 1)]
    return [str(n) for n in range(1, len(item.options) + 1)] + ["DOWN"]


def test_suggestions_with_evidence_accepted_with_one_key_and_agreement_in_the_workbook(
        qtbot, demo_workspace, sqlite_db, tmp_path):
    page = demo_workspace
    with sqlite_db.read() as session:
        assert session.query(CallTranscript).count() == 6  # both sides of the 3 recorded calls
        screened = session.query(Call).filter(Call.screening.isnot(None)).count()
    assert screened == 3  # the demo ran the automatic checks on them

    press(qtbot, page, Qt.Key.Key_N, CTRL)
    assert page.call is not None
    tabs = page.transcript
    qtbot.waitUntil(lambda: bool(tabs.suggestions.suggestions) and bool(tabs.pane.lines), timeout=15000)
    # Suggestions with their evidence: the greeting's line and time, in the tree the evaluator sees.
    tree = tabs.suggestions.tree
    greeting = next(tree.topLevelItem(n) for n in range(tree.topLevelItemCount())
                    if tree.topLevelItem(n).data(0, Qt.ItemDataRole.UserRole) == "greeting_id")
    assert greeting.childCount() >= 1 and "00:00" in greeting.child(0).text(1)
    assert "Suggestions (" in page.tabs.tabText(page.tabs.indexOf(tabs.suggestions))
    assert page.tabs.currentWidget() is tabs.suggestions  # opening the call shows them
    # A click on the evidence plays the call from there.
    page.tabs.setCurrentWidget(tabs.suggestions)
    children = [tree.topLevelItem(n).child(c) for n in range(tree.topLevelItemCount())
                for c in range(tree.topLevelItem(n).childCount())]
    evidence = next(child for child in children if (child.data(1, Qt.ItemDataRole.UserRole) or 0) > 5000)
    target = evidence.data(1, Qt.ItemDataRole.UserRole)
    rect = tree.visualItemRect(evidence)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: abs(page.player.position() - target) < 1500, timeout=3000)

    # A click on a suggestion puts the cursor on its item, to answer it oneself.
    closing = next(tree.topLevelItem(n) for n in range(tree.topLevelItemCount())
                   if tree.topLevelItem(n).data(0, Qt.ItemDataRole.UserRole) == "closing_phrase")
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(closing).center())
    assert page.panel.current_item_code() == "closing_phrase"

    # One key accepts every suggestion not answered yet.
    suggested = {s.item: s.answer for s in tabs.suggestions.suggestions}
    page.panel.focus_item()
    press(qtbot, page, Qt.Key.Key_Y, CTRL)
    answers = page.panel.answers()
    assert {code: answers.get(code) for code in suggested} == suggested

    # The evaluator goes through the form: a suggested "no" that would need a comment is overridden
    # with "yes" (answering overrides), the rest answered with full marks.
    definition = page.definition
    overridden = set()
    page.panel.focus_item(definition.item_codes()[0])
    for _section, item in definition.items():
        assert page.panel.current_item_code() == item.code
        if item.code in suggested and suggested[item.code] == "no" and item.comment_required_on_loss:
            qtbot.keyClicks(page.focusWidget(), "1")
            overridden.add(item.code)
        elif item.code in suggested:
            press(qtbot, page, Qt.Key.Key_Down)
        else:
            for stroke in full_marks_keys(item):
                if stroke == "DOWN":
                    press(qtbot, page, Qt.Key.Key_Down)
                else:
                    qtbot.keyClicks(page.focusWidget(), stroke)
    assert page.panel.problems() == ([], [])
    press(qtbot, page, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not page.saver.busy(), timeout=15000)  # submits run off the GUI thread

    with sqlite_db.read() as session:
        evaluation = session.scalar(select(Evaluation).where(Evaluation.call_id == page.call.id,
                                                             Evaluation.status == EvaluationStatus.SUBMITTED))
        assert evaluation is not None
        stored = evaluation.suggestions
    assert {code: entry["answer"] for code, entry in stored.items()} == suggested
    assert {code for code, entry in stored.items() if not entry["kept"]} == overridden

    # The agreement figures in the monthly workbook (as a manager gets it from the command line).
    out = tmp_path / "month.xlsx"
    assert main(["--db", str(tmp_path / "qa.sqlite3"), "export", "monthly", "--month",
                 dt.date.today().strftime("%Y-%m"), "-o", str(out), "--lang", "zh_CN"]) == 0
    sheet = load_workbook(out)["自动质检一致率"]
    rows = {row[2]: row for row in sheet.iter_rows(values_only=True) if row and row[2] in suggested}
    assert set(rows) == set(suggested)
    for code, row in rows.items():
        assert row[4] == 1 and row[5] == (0 if code in overridden else 1)

    # ...and on the Reports page, for the QA lead: the same figures, least trusted check first.
    from qa_desktop.ui.reports.page import ReportsPage

    reports = ReportsPage(page.ctx)
    qtbot.addWidget(reports)
    reports.resize(1366, 768)
    reports.show()
    reports.period.selectAll()
    qtbot.keyClicks(reports.period, dt.date.today().strftime("%Y-%m"))
    qtbot.mouseClick(reports.checks_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(reports, "agreement_dialog", None) is not None, timeout=10000)
    table = reports.agreement_dialog.table
    assert table.rowCount() == len(suggested)
    shown = {table.item(row, 1).text(): (table.item(row, 2).text(), table.item(row, 6).text())
             for row in range(table.rowCount())}
    overridden_texts = {page.definition.item(code).text["en"] for code in overridden}
    for text, (count, rate) in shown.items():
        assert count == "1" and rate == ("0%" if text in overridden_texts else "100%")
    if overridden:
        assert table.item(0, 6).text() == "0%"  # least trusted first
    QThreadPool.globalInstance().waitForDone(10000)
