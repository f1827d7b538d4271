"""Each role's main work on the demo call centre, entered through `qa-desktop --db FILE --user LOGIN`.

The demo is loaded once through the GUI (conftest.demo_centre: a new database, the first-run dialog
confirmed with Enter, File → Load demo data); each test signs in as one of the demo's people on
its own copy, works with keys and clicks, and checks the database and the files written.
"""
from __future__ import annotations

import json

from acceptance_support import (
    background_idle,
    click,
    find,
    go_to_page,
    press,
    query,
    type_file_name,
    type_text,
    wait_until,
    when_dialog_opens,
)
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QPushButton, QTableView, QTableWidget

from qa_desktop.core.scoring import FormDefinition, score

CTRL = Qt.KeyboardModifier.ControlModifier


def sign_in(launch_app, database, login, script):
    run = launch_app(["--db", str(database), "--user", login, "--lang", "en"], script=script)
    assert not run.saw_first_run and run.exit_code == 0
    return run


def keys_for(item) -> list:
    """Full marks on ``item`` from the keyboard: 1 = yes, the best option's number, every box ticked."""
    if item.type in ("yes_no", "yes_no_na"):
        return ["1"]
    if item.type == "scale":
        return [str(max(option.value for option in item.options))]
    if item.type == "choice":
        return [str(1 + max(range(len(item.options)), key=lambda n: item.options[n].points))]
    return [str(n) for n in range(1, len(item.options) + 1)] + [Qt.Key.Key_Down]  # checklist, then on


def published_form(database) -> FormDefinition:
    (definition,), = query(database, "SELECT definition FROM form_versions WHERE published_at IS NOT NULL "
                                     "ORDER BY id DESC LIMIT 1")
    return FormDefinition.from_dict(json.loads(definition) if isinstance(definition, str) else definition)


def test_evaluator_scores_the_next_call_from_the_keyboard(launch_app, centre):
    definition = published_form(centre)
    waiting = query(centre, "SELECT count(*) FROM assignments a JOIN users u ON u.id = a.evaluator_id "
                            "LEFT JOIN evaluations e ON e.call_id = a.call_id "
                            "WHERE u.login = 'qa.li' AND e.id IS NULL")[0][0]
    assert waiting >= 1, "the demo leaves the evaluator calls to score"

    def work(window):
        page = go_to_page(window, 1)
        page.setFocus()
        press(Qt.Key.Key_N, CTRL)                                    # next call
        wait_until(lambda: getattr(page, "call", None) is not None, 20, "a call opens")
        player = page.player
        if not player.is_playing:
            press(Qt.Key.Key_Space, CTRL)                            # play
        wait_until(lambda: player.position() > 500, 20, "the recording plays")
        press(Qt.Key.Key_M, CTRL)                                    # a note at the current position
        type_text("客户两次要求重复,坐席语速过快")
        press(Qt.Key.Key_Return)
        for _section, item in definition.items():                    # every item, full marks
            for stroke in keys_for(item):
                if isinstance(stroke, str):
                    type_text(stroke)
                else:
                    press(stroke)
        press(Qt.Key.Key_Return, CTRL)                               # submit
        wait_until(lambda: query(centre, "SELECT count(*) FROM evaluations e JOIN users u ON u.id = e.evaluator_id"
                                         " WHERE u.login = 'qa.li' AND e.status = 'submitted' AND e.call_id = :c",
                                 c=page.call.id)[0][0] == 1 if page.call else False, 20, "the submitted evaluation")

    sign_in(launch_app, centre, "qa.li", work)

    rows = query(centre, "SELECT e.id, e.answers, e.comments, e.score, e.call_id FROM evaluations e "
                         "JOIN users u ON u.id = e.evaluator_id JOIN assignments a ON a.call_id = e.call_id "
                         "AND a.evaluator_id = u.id WHERE u.login = 'qa.li' AND e.status = 'submitted' "
                         "AND e.submitted_at >= (SELECT max(created_at) FROM users)")
    assert len(rows) == 1
    evaluation_id, answers, comments, stored_score, call_id = rows[0]
    answers = json.loads(answers)
    assert set(answers) == set(definition.item_codes())
    assert f"{float(stored_score):.2f}" == f"{score(definition, answers, json.loads(comments)).total:.2f}"
    notes = query(centre, "SELECT text, position_ms, evaluation_id FROM annotations WHERE call_id = :c", c=call_id)
    assert [(text, evaluation) for text, _ms, evaluation in notes] == [("客户两次要求重复,坐席语速过快", evaluation_id)]
    assert notes[0][1] > 0
    assert QApplication.activeModalWidget() is None


def _click_row(view, row: int) -> None:
    """A click on a table row, as a person picks the call they mean (scrolling down to it in a long list)."""
    while row >= view.model().rowCount():
        view.scrollToBottom()
        QTest.qWait(20)
    index = view.model().index(row, 0)
    view.scrollTo(index)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    QTest.qWait(50)


def _click_cell(table, row: int, column: int) -> None:
    table.scrollToItem(table.item(row, column))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualItemRect(table.item(row, column)).center())


def test_team_lead_records_a_dispute_and_adjusts_a_result_with_a_reason(launch_app, centre):
    # A result flagged for review today in some team; its lead is who signs in.
    flagged, lead = query(centre, """
        SELECT f.evaluation_id, u.login FROM flags f JOIN calls c ON c.id = f.call_id
        JOIN agents a ON a.id = c.agent_id JOIN teams t ON t.id = a.team_id JOIN users u ON u.id = t.lead_user_id
        WHERE f.kind = 'review' AND f.resolution = 'open' AND f.evaluation_id IS NOT NULL
          AND f.evaluation_id NOT IN (SELECT evaluation_id FROM disputes)
        ORDER BY f.raised_at DESC LIMIT 1""")[0]
    done = {}

    def work(window):
        page = go_to_page(window, 5)
        wait_until(lambda: not page.is_loading(), 20, "the review queue is read")
        queue = find(page, QTableView, "reviewQueue")
        rows = [row["evaluation_id"] for row in queue.model().rows]
        _click_row(queue, rows.index(flagged))
        wait_until(lambda: not page.is_loading(), 20, "the call's evaluation is read")
        items = find(page, QTableWidget, "reviewItems")
        _click_cell(items, 0, 3)                                     # the first item's claim: Space ticks it
        press(Qt.Key.Key_Space, target=items)                        # as disputed, then F2, type, Enter
        press(Qt.Key.Key_F2, target=items)
        type_text("已按规范报工号")
        press(Qt.Key.Key_Return)
        reason = find(page, QLineEdit, "reviewReason")
        reason.setFocus()
        type_text("坐席申诉:开场已报工号", reason)
        click(find(page, QPushButton, "recordDispute"))
        wait_until(lambda: query(centre, "SELECT count(*) FROM disputes WHERE evaluation_id = :e",
                                 e=flagged)[0][0] == 1, 20, "the dispute is recorded")
        done["disputed"] = flagged
        wait_until(lambda: not page.is_loading(), 20, "the review queue is read again")

        other = next(r for r in [queue.model().row(n)["evaluation_id"] for n in range(queue.model().rowCount())]
                     if r is not None and r != flagged)
        rows = [row["evaluation_id"] for row in queue.model().rows]
        _click_row(queue, rows.index(other))
        wait_until(lambda: not page.is_loading(), 20, "the call's evaluation is read")
        change = next(items.cellWidget(n, 2) for n in range(items.rowCount()) if items.cellWidget(n, 2).count() > 1)
        change.setFocus()
        press(Qt.Key.Key_Down, target=change)                        # the next answer in the list
        reason.setFocus()
        type_text("复听确认:该项评分有误", reason)
        click(find(page, QPushButton, "adjustReview"))
        wait_until(lambda: query(centre, "SELECT count(*) FROM team_lead_reviews WHERE evaluation_id = :e",
                                 e=other)[0][0] == 1, 20, "the adjustment is saved")
        done["adjusted"] = other

    sign_in(launch_app, centre, lead, work)

    dispute = query(centre, "SELECT d.status, u.login, d.statement, i.agent_claim FROM disputes d "
                            "JOIN users u ON u.id = d.raised_by_id JOIN dispute_items i ON i.dispute_id = d.id "
                            "WHERE d.evaluation_id = :e", e=done["disputed"])
    assert dispute == [("open", lead, "坐席申诉:开场已报工号", "已按规范报工号")]
    review = query(centre, "SELECT r.outcome, r.reason, u.login FROM team_lead_reviews r "
                           "JOIN users u ON u.id = r.reviewer_id WHERE r.evaluation_id = :e", e=done["adjusted"])
    assert review == [("adjusted", "复听确认:该项评分有误", lead)]


def test_manager_exports_last_months_workbook_from_the_reports_page(launch_app, centre, tmp_path):
    import datetime as dt

    from openpyxl import load_workbook

    from qa_desktop.core.reports.period import ReportPeriod

    today = dt.date.today()
    month = (today.replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
    target = tmp_path / "exports" / f"QA-{month}.xlsx"
    target.parent.mkdir()

    def work(window):
        page = go_to_page(window, 8)
        when_dialog_opens(type_file_name(target), QFileDialog)      # Qt's own dialog: type the name, Enter
        click(find(page, QPushButton, "exportMonthly"))
        wait_until(lambda: target.exists() and background_idle(), 120, "the workbook is written")

    sign_in(launch_app, centre, "manager", work)

    period = ReportPeriod.month(month, None)
    expected = query(centre, "SELECT count(*) FROM evaluations WHERE kind = 'regular' AND status = 'submitted' "
                             "AND submitted_at >= :a AND submitted_at < :b", a=period.start_utc, b=period.end_utc)[0][0]
    assert expected > 0
    workbook = load_workbook(target, read_only=True)
    sheets = workbook.sheetnames
    evaluations = workbook[next(name for name in sheets if "valuation" in name and "valuator" not in name)]
    assert len(sheets) >= 5 and expected <= evaluations.max_row <= expected + 5
    workbook.close()


def test_qa_lead_decides_a_dispute_and_draws_and_assigns_a_weeks_sample(launch_app, centre):
    import datetime as dt

    from PySide6.QtWidgets import QTabWidget

    dispute = query(centre, "SELECT id FROM disputes WHERE status = 'open' ORDER BY id LIMIT 1")[0][0]
    year, week, _ = (dt.date.today() - dt.timedelta(days=7)).isocalendar()
    label = f"{year}-W{week:02d}"

    def work(window):
        page = go_to_page(window, 5)
        tabs = page.findChild(QTabWidget)
        QTest.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(2).center())
        wait_until(lambda: not page.is_loading(), 20, "the disputes are read")
        table = find(page, QTableView, "disputes")
        ids = [row["id"] for row in table.model().rows]
        _click_row(table, ids.index(dispute))
        items = find(page, QTableWidget, "disputeItems")
        for n in range(items.rowCount()):                            # keep the deduction, say why
            _click_cell(items, n, 6)
            press(Qt.Key.Key_F2, target=items)
            type_text("复听确认扣分成立")
            press(Qt.Key.Key_Return)
        click(find(page, QPushButton, "decideDispute"))
        wait_until(lambda: query(centre, "SELECT status FROM disputes WHERE id = :d", d=dispute)[0][0] == "decided",
                   20, "the dispute is decided")

        page = go_to_page(window, 4)
        week_field = find(page, QLineEdit, "week")
        week_field.setFocus()
        week_field.selectAll()
        type_text(label, week_field)
        click(find(page, QPushButton, "assignSample"))
        wait_until(lambda: query(centre, "SELECT count(*) FROM samples WHERE period = :p", p=label)[0][0] == 1
                   and background_idle(), 120, "the sample is drawn and assigned")

    sign_in(launch_app, centre, "qa.lead", work)

    decided = query(centre, "SELECT d.status, u.login, i.decision, i.reason FROM disputes d JOIN users u "
                            "ON u.id = d.decided_by_id JOIN dispute_items i ON i.dispute_id = d.id WHERE d.id = :d",
                    d=dispute)
    assert decided and all(row == ("decided", "qa.lead", "keep", "复听确认扣分成立") for row in decided)
    (sample_id, report), = query(centre, "SELECT id, report FROM samples WHERE period = :p", p=label)
    assigned = query(centre, "SELECT count(*) FROM assignments WHERE assigned_at >= "
                             "(SELECT created_at FROM samples WHERE id = :s)", s=sample_id)[0][0]
    assert assigned > 0


def test_qa_lead_publishes_a_new_form_version(launch_app, centre):
    from PySide6.QtWidgets import QTreeView

    before = query(centre, "SELECT max(version_no) FROM form_versions")[0][0]

    def work(window):
        page = go_to_page(window, 3)
        tree = page.findChild(QTreeView)
        model = tree.model()
        first_item = model.index(0, 0, model.index(0, 0))
        tree.scrollTo(first_item)
        QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(first_item).center())
        press(Qt.Key.Key_Down, CTRL, target=tree)                    # move the first item one line down
        wait_until(lambda: find(page, QPushButton, "publishForm").isEnabled(), 10, "publishable")
        click(find(page, QPushButton, "publishForm"))
        wait_until(lambda: query(centre, "SELECT max(version_no) FROM form_versions")[0][0] == before + 1,
                   20, "the new version is stored")

    sign_in(launch_app, centre, "qa.lead", work)

    new, old = query(centre, "SELECT definition, published_at FROM form_versions ORDER BY version_no DESC LIMIT 2")
    assert new[1] is not None                                        # published

    def first_section(row):
        definition = json.loads(row[0]) if isinstance(row[0], str) else row[0]
        return [item["code"] for item in definition["sections"][0]["items"]]

    assert first_section(new)[:2] == first_section(old)[:2][::-1]  # the two first items swapped
